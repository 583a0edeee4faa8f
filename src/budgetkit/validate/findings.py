"""Writing source findings to ``datapackage/data/findings.csv``: deterministic, atomic.

Findings are part of the published package (they are news), so the file is sorted and
rendered the same way extraction renders every CSV. A run of only some layers keeps the
findings of the checks it did not run.
"""

from __future__ import annotations

import math
from typing import Any

import polars as pl

from budgetkit.extract.package import render_csv, write_atomic
from budgetkit.project import Project
from budgetkit.schemas import field_names, load_schema
from budgetkit.validate.registry import finding_codes


def finding_id(finding: dict[str, Any]) -> str:
    """Stable id from the check and where it points, never from a counter."""
    parts = [
        finding["check"],
        finding["document_id"],
        finding.get("table_id"),
        finding.get("row_id"),
        finding.get("year"),
        finding.get("line"),
        finding.get("other_document_id"),
        finding.get("other_line"),
    ]
    return ":".join(str(p) for p in parts if p not in (None, ""))


def _clean(value: Any) -> Any:
    """Whole-euro floats as ints, so the CSV says 50000 rather than 50000.0."""
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return value


def _kept(project: Project, fields: list[str], layers: list[str]) -> list[dict[str, Any]]:
    path = project.datapackage / "data" / "findings.csv"
    if not path.exists():
        return []
    rerun = finding_codes(layers)
    frame = pl.read_csv(path, infer_schema=False)
    if not set(fields) <= set(frame.columns):
        return []
    # Dropped in polars, not row by row: a run of every layer keeps none of the rows, and
    # reading each as a dict only to drop it cost more than reading the file.
    rerun_here = pl.col("check").is_in(sorted(rerun)).fill_null(False)
    return list(frame.filter(~rerun_here).select(fields).iter_rows(named=True))


def write_findings(
    project: Project, findings: list[dict[str, Any]], layers: list[str]
) -> list[dict[str, Any]]:
    """Replace the findings of the layers that ran; return every finding now in the file."""
    fields = field_names(load_schema(project.schemas, "findings"))
    rows = {}
    for finding in findings:
        row = {name: _clean(finding.get(name)) for name in fields}
        row["finding_id"] = finding_id(finding)
        rows[row["finding_id"]] = row
    for row in _kept(project, fields, layers):
        rows.setdefault(row["finding_id"], row)
    ordered = [rows[k] for k in sorted(rows)]
    write_atomic(project.datapackage / "data" / "findings.csv", render_csv(fields, ordered))
    return ordered
