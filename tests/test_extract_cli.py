"""The extract stage end to end: determinism, the up-to-date check, and bad input."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from conftest import run_cli
from frictionless import Package

from budgetkit.project import Project


def _snapshot(project: Project) -> dict[str, str]:
    return {
        path.relative_to(project.datapackage).as_posix(): hashlib.sha256(
            path.read_bytes()
        ).hexdigest()
        for path in sorted(project.datapackage.rglob("*"))
        if path.is_file()
    }


def test_committed_package_is_up_to_date(project: Project) -> None:
    result = run_cli("extract", "--check", "-C", str(project.root))
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stderr


def test_extract_is_deterministic_and_reports_progress(project_copy: Project) -> None:
    first = run_cli("extract", "-C", str(project_copy.root))
    assert first.returncode == 0, first.stderr
    snapshot = _snapshot(project_copy)
    second = run_cli("extract", "-C", str(project_copy.root))
    assert second.returncode == 0, second.stderr
    assert _snapshot(project_copy) == snapshot
    for doc_id in ("regioplus-miljoenennota-2021", "vws-begroting-2023-artikel-3"):
        assert doc_id in first.stderr
    summary = next(line for line in first.stderr.splitlines() if " documents, " in line)
    for word in ("documents", "sections", "amounts", "measures", "tables", "cells", "references"):
        assert word in summary


def test_jobs_give_byte_identical_output_in_document_order(project_copy: Project) -> None:
    one = run_cli("extract", "--jobs", "1", "-C", str(project_copy.root))
    assert one.returncode == 0, one.stderr
    snapshot = _snapshot(project_copy)
    for path in (project_copy.datapackage / "data").glob("*.csv"):
        if path.name != "findings.csv":  # (written by validate)
            path.unlink()  # so that identical files must have been written again
    two = run_cli("extract", "--jobs", "2", "-C", str(project_copy.root))
    assert two.returncode == 0, two.stderr
    assert _snapshot(project_copy) == snapshot
    assert two.stderr == one.stderr  # progress lines in the order of sources.yml


def test_warnings_are_listed_with_document_and_line(project_copy: Project) -> None:
    """A region no reader can place is a warning naming document and line, not a crash."""
    words = " ".join(f"woord{i}" for i in range(600))  # no sentence end for 5,000 characters
    text = f"Inleiding\n\nVoor het fonds is 5 miljoen euro beschikbaar {words}\n"
    (project_copy.sources / "lang.txt").write_text(text, encoding="utf-8")
    with project_copy.sources_yml.open("a", encoding="utf-8") as f:
        f.write(
            "  - id: lang\n    file: lang.txt\n    title: Lang\n    publisher: Test\n"
            "    kind: memo\n    published: 2021-01-01\n    budget_year: 2021\n"
            "    license: CC0-1.0\n"
        )
    result = run_cli("extract", "-C", str(project_copy.root))
    assert result.returncode == 0, result.stderr
    assert "  lang: " in result.stderr and ", 1 warnings" in result.stderr
    # the closing list names every warning of the run, the examples' own among them
    listed = [line for line in result.stderr.splitlines() if re.match(r"  [\w-]+:\d+: ", line)]
    assert f"extract: {len(listed)} warnings" in result.stderr
    assert any(line.startswith("  lang:3: no sentence end within 2000") for line in listed)


def test_check_catches_a_stale_package(project_copy: Project) -> None:
    amounts = project_copy.datapackage / "data" / "amounts.csv"
    amounts.write_bytes(amounts.read_bytes()[:-200])
    result = run_cli("extract", "--check", "-C", str(project_copy.root))
    assert result.returncode == 1
    assert "data/amounts.csv" in result.stderr


def test_package_is_valid_frictionless(project: Project) -> None:
    report = Package(str(project.descriptor)).validate()
    errors = [error.message for task in report.tasks for error in task.errors]
    assert report.valid, errors[:5]


def _break_binary(project: Project) -> Path:
    path = project.sources / "vws-kamerbrief-taz-voortgang-2023.txt"
    path.write_bytes(b"line one\nline\x00 two\n")
    return path


def _break_encoding(project: Project) -> Path:
    path = project.sources / "vws-kamerbrief-taz-voortgang-2023.txt"
    path.write_bytes("één\ntwee\n".encode("latin-1"))
    return path


def _break_empty(project: Project) -> Path:
    path = project.sources / "vws-kamerbrief-taz-voortgang-2023.txt"
    path.write_bytes(b"")
    return path


def _break_unlisted(project: Project) -> Path:
    path = project.sources / "nieuwe-brief.txt"
    path.write_text("Er wordt € 5 miljoen uitgetrokken.\n", encoding="utf-8")
    return path


def _break_missing(project: Project) -> Path:
    path = project.sources / "vng-ledenbrief-rijksbegroting-2021.txt"
    path.unlink()
    return path


def _break_yaml(project: Project) -> Path:
    path = project.sources_yml
    path.write_text(path.read_text(encoding="utf-8") + "  - id: [unclosed\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("breaker", "expected"),
    [
        (_break_binary, "binary"),
        (_break_encoding, "not UTF-8"),
        (_break_empty, "empty"),
        (_break_unlisted, "no entry in sources/sources.yml"),
        (_break_missing, "is missing"),
        (_break_yaml, "invalid YAML"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_package_untouched(
    project_copy: Project, breaker, expected: str
) -> None:
    before = _snapshot(project_copy)
    path = breaker(project_copy)
    result = run_cli("extract", "-C", str(project_copy.root))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    error = [line for line in lines if line.startswith("error:")]
    assert len(error) == 1, result.stderr
    assert path.name in error[0]
    assert expected in error[0]
    assert _snapshot(project_copy) == before
