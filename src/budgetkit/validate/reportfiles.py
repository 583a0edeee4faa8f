"""The report files: ``reports/validation.json`` for machines, ``validation.md`` for stewards.

The JSON has stable keys (publishing reads ``package_fingerprint`` and ``data_errors``);
the Markdown is what a steward reads first: per layer passed or failed, then each error
with its file, row and source line, then the findings in the sources.
"""

from __future__ import annotations

import json
from typing import Any

from budgetkit import __version__
from budgetkit.extract.package import write_atomic
from budgetkit.project import Project
from budgetkit.validate.report import DataError, Problem, Report

MAX_ERRORS_JSON = 10_000
MAX_ERRORS_MD = 50


def report_dict(report: Report) -> dict[str, Any]:
    by_check: dict[str, int] = {}
    for finding in report.findings:
        by_check[finding["check"]] = by_check.get(finding["check"], 0) + 1
    return {
        "budgetkit_version": __version__,
        "package_fingerprint": report.package_fingerprint,
        "passed": report.passed,
        "data_errors": report.data_errors,
        "layers_run": [layer.name for layer in report.layers],
        "data_docs": "reports/data-docs/index.html" if report.data_docs else None,
        "layers": {layer.name: layer.to_dict(MAX_ERRORS_JSON) for layer in report.layers},
        "problems": {
            "count": len(report.problems),
            "items": [dict(p.__dict__) for p in report.problems[:MAX_ERRORS_JSON]],
            "left_off": max(0, len(report.problems) - MAX_ERRORS_JSON),
        },
        "findings": {
            "count": len(report.findings),
            "path": report.findings_path,
            "by_check": dict(sorted(by_check.items())),
            "items": report.findings,
        },
    }


def _where(error: DataError | Problem) -> str:
    parts = []
    if error.resource:
        row = f" row {error.row}" if error.row else ""
        parts.append(f"`{error.resource}`{row}")
    if error.key:
        parts.append(f"key `{error.key}`")
    if error.field:
        parts.append(f"field `{error.field}`")
    if error.source_path:
        line = f":{error.source_line}" if error.source_line else ""
        parts.append(f"source `{error.source_path}{line}`")
    return ", ".join(parts) or "package"


def _cell(value: Any) -> str:
    return "" if value in (None, "") else str(value).replace("|", "\\|").replace("\n", " ")


def report_markdown(report: Report) -> str:
    verdict = "PASSED" if report.passed else f"FAILED: {report.verdict()}"
    lines = [
        "# Validation report",
        "",
        f"**{verdict}** — "
        + (
            f"package fingerprint `{report.package_fingerprint[:16]}…`"
            if report.package_fingerprint
            else "some layers only: no package fingerprint, so this report cannot open `publish`"
        ),
        "",
        "Data errors mean the package is wrong and block publishing. Findings mean the package",
        "is right and the *source document* is inconsistent; they are published, never block.",
        "",
        "| layer | result | data errors | findings | seconds |",
        "|---|---|---|---|---|",
    ]
    for layer in report.layers:
        result = "passed" if layer.passed else "**failed**"
        lines.append(
            f"| {layer.name} | {result} | {len(layer.errors)} | {len(layer.findings)} "
            f"| {layer.seconds:.2f} |"
        )
    if report.problems:
        lines += [
            "",
            f"## Problems ({len(report.problems)})",
            "",
            "One entry per wrong cell or row, with every layer that saw it.",
            "",
        ]
        for problem in report.problems[:MAX_ERRORS_MD]:
            lines.append(
                f"- {_where(problem)}: {'; '.join(problem.messages)} "
                f"(seen by {', '.join(problem.layers)}: {', '.join(problem.checks)})"
            )
        if len(report.problems) > MAX_ERRORS_MD:
            lines.append(f"- … and {len(report.problems) - MAX_ERRORS_MD} more in validation.json")
    for layer in report.layers:
        lines += ["", f"## {layer.name}: {'passed' if layer.passed else 'failed'}", ""]
        if layer.checked:
            lines.append(
                "Checked: " + ", ".join(f"{v} {k}" for k, v in sorted(layer.checked.items())) + "."
            )
        lines += [f"_{note}_" for note in layer.notes]
        if layer.rounding:
            lines.append(
                f"{len(layer.rounding)} sums off by no more than their printed precision "
                "(rounding, not findings):"
            )
            lines += [f"- rounding: {r['message']}" for r in layer.rounding[:MAX_ERRORS_MD]]
        errors = sorted(layer.errors, key=DataError.sort_key)
        for error in errors[:MAX_ERRORS_MD]:
            lines.append(f"- **{error.check}** at {_where(error)}: {error.message}")
        if len(errors) > MAX_ERRORS_MD:
            lines.append(f"- … and {len(errors) - MAX_ERRORS_MD} more in validation.json")
    lines += [
        "",
        f"## Findings in the sources ({len(report.findings)})",
        "",
        f"Written to `{report.findings_path}`.",
        "",
        "| check | document | line | expected | actual | difference | tolerance | message |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for f in report.findings:
        lines.append(
            "| "
            + " | ".join(
                _cell(f.get(k))
                for k in (
                    "check",
                    "document_id",
                    "line",
                    "expected",
                    "actual",
                    "difference",
                    "tolerance",
                    "message",
                )
            )
            + " |"
        )
    return "\n".join(lines) + "\n"


def write_reports(project: Project, report: Report) -> None:
    """Both report files. The JSON is one line: only without ``indent`` does the json module
    use its C encoder, ten times faster on the ten thousand errors a layer may keep (a
    steward reads the Markdown; ``python -m json.tool`` prints the JSON indented)."""
    data = json.dumps(report_dict(report), ensure_ascii=False, default=str) + "\n"
    write_atomic(project.reports / "validation.json", data.encode("utf-8"))
    write_atomic(project.reports / "validation.md", report_markdown(report).encode("utf-8"))
