"""``budgetkit validate`` as a user runs it: exit 0 on the committed package, 1 on a data
error, 2 with a one-line message on input no layer can read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from validate_helpers import edit_rows, read_rows, write_rows

from budgetkit.project import Project
from budgetkit.validate import validate

FAST = ["--layer", "structure", "--layer", "contracts", "--layer", "provenance"]


def budgetkit(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "budgetkit", *args], capture_output=True, text=True, check=False
    )


def _one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:"), result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0], lines[0]


def test_committed_package_exits_0_and_prints_json(project_copy: Project):
    result = budgetkit("validate", "-C", str(project_copy.root), "--format", "json", *FAST)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["data_errors"] == 0
    assert report["layers_run"] == ["structure", "contracts", "provenance"]
    assert "report: reports/validation.md" in result.stderr


def test_data_error_exits_1_and_names_the_row(project_copy: Project):
    amounts = project_copy.datapackage / "data" / "amounts.csv"
    amount = edit_rows(
        amounts, lambda r: bool(r["measure_id"]), lambda r: r.update(measure_id="no-such-measure")
    )
    result = budgetkit("validate", "-C", str(project_copy.root), "--layer", "structure")
    assert result.returncode == 1, result.stderr
    saved = json.loads((project_copy.reports / "validation.json").read_text("utf-8"))
    errors = saved["layers"]["structure"]["errors"]
    assert [(e["resource"], e["key"], e["field"]) for e in errors] == [
        ("amounts", amount["amount_id"], "measure_id")
    ]
    assert errors[0]["source_path"].startswith("sources/")
    assert errors[0]["source_line"] == int(amount["line"])


def test_no_package_is_bad_input(tmp_path: Path):
    _one_line_error(budgetkit("validate", "-C", str(tmp_path)), "datapackage.json")


def test_missing_resource_file_is_bad_input(project_copy: Project):
    (project_copy.datapackage / "data" / "tables.csv").unlink()
    _one_line_error(budgetkit("validate", "-C", str(project_copy.root)), "tables.csv", "missing")


def test_wrong_column_count_is_bad_input(project_copy: Project):
    path = project_copy.datapackage / "data" / "references.csv"
    lines = path.read_bytes().split(b"\n")
    lines[3] = lines[3] + b",one too many"
    path.write_bytes(b"\n".join(lines))
    _one_line_error(budgetkit("validate", "-C", str(project_copy.root)), "references.csv")


@pytest.mark.parametrize("damage", [b"\x00", b"\xff\xfe"])
def test_binary_or_non_utf8_csv_is_bad_input(project_copy: Project, damage: bytes):
    path = project_copy.datapackage / "data" / "measures.csv"
    path.write_bytes(path.read_bytes()[:200] + damage + path.read_bytes()[200:])
    _one_line_error(budgetkit("validate", "-C", str(project_copy.root)), "measures.csv")


def test_unknown_layer_is_a_usage_error(project_copy: Project):
    result = budgetkit("validate", "-C", str(project_copy.root), "--layer", "vibes")
    assert result.returncode == 2
    assert "vibes" in result.stderr


def test_structure_reports_every_error(project_copy: Project):
    """More than Frictionless' default 1000 errors in one resource: every one is reported."""
    amounts = project_copy.datapackage / "data" / "amounts.csv"
    rows = read_rows(amounts)
    for row in rows:
        row.update(basis="per_jaar", role="")
    write_rows(amounts, rows, list(rows[0]))
    errors = validate(project_copy, ["structure"]).layer("structure").errors
    found = {(e.row, e.field) for e in errors if e.resource == "amounts"}
    expected = {(n, f) for n in range(2, len(rows) + 2) for f in ("basis", "role")}
    assert len(expected) > 1000
    assert found == expected


@pytest.mark.parametrize("chosen", [None, "4"])
def test_openblas_runs_one_thread_unless_the_user_chose(tmp_path: Path, monkeypatch, chosen):
    """No layer multiplies matrices: OpenBLAS' threads, started when numpy loads, would only
    spin. The command asks for one before the layers load numpy; a user's choice stands."""
    from budgetkit.errors import InputError
    from budgetkit.validate.command import validate_command

    if chosen is None:
        monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    else:
        monkeypatch.setenv("OPENBLAS_NUM_THREADS", chosen)
    with pytest.raises(InputError):  # no package here: refused after the setting is made
        validate_command(project_dir=tmp_path)
    assert os.environ["OPENBLAS_NUM_THREADS"] == (chosen or "1")
