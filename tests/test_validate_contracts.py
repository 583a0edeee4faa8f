"""Pandera models are derived from the Table Schemas, so they must judge like Frictionless.

For every schema and every constraint it states (type, required, enum, pattern, minimum,
maximum, unique, primary key), a row that violates it must fail both Frictionless and the
generated Pandera model (through the same code the structure and contracts layers run).
The valid rows are the first two of the committed package's resource.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import polars as pl
import pytest
from conftest import ROOT
from frictionless import Resource
from validate_helpers import edit_rows, read_rows, write_rows

from budgetkit.project import Project
from budgetkit.schemas import RESOURCES, load_schema
from budgetkit.validate import contracts
from budgetkit.validate.loader import PackageData
from budgetkit.validate.modelcheck import constraint_errors, type_errors
from budgetkit.validate.tableschema import primary_key


def _violations(schema: dict) -> list[tuple[str, str, str | None]]:
    """(constraint, field, bad value or None = copy row 1's value) for each rule stated."""
    out = []
    for field in schema["fields"]:
        name, kind = field["name"], field.get("type", "string")
        c = field.get("constraints") or {}
        if kind in ("integer", "number", "boolean"):
            out.append(("type", name, "not-a-" + kind))
        if c.get("required"):
            out.append(("required", name, ""))
        if "enum" in c:
            out.append(("enum", name, "zz-not-listed"))
        if "pattern" in c:
            assert not re.fullmatch(c["pattern"], "!?"), c["pattern"]
            out.append(("pattern", name, "!?"))
        if "minimum" in c:
            out.append(("minimum", name, str(c["minimum"] - 1)))
        if "maximum" in c:
            out.append(("maximum", name, str(c["maximum"] + 1)))
        if c.get("unique"):
            out.append(("unique", name, None))
    if len(primary_key(schema)) > 1:
        out.append(("primaryKey", "+".join(primary_key(schema)), None))
    return out


CASES = [
    (resource, *violation)
    for resource in RESOURCES
    for violation in _violations(load_schema(ROOT / "schemas", resource))
]


def _package(tmp: Path, resource: str, schema: dict, rows: list[dict]) -> Project:
    schema = {k: v for k, v in schema.items() if k != "foreignKeys"}  # keys need other tables
    fields = [f["name"] for f in schema["fields"]]
    write_rows(tmp / "datapackage" / "data" / f"{resource}.csv", rows, fields)
    descriptor = {
        "name": "one",
        "resources": [{"name": resource, "path": f"data/{resource}.csv", "schema": schema}],
    }
    (tmp / "datapackage" / "datapackage.json").write_text(json.dumps(descriptor), "utf-8")
    return Project(tmp)


@pytest.mark.parametrize(("resource", "constraint", "field", "bad"), CASES)
def test_violation_fails_frictionless_and_pandera(tmp_path, resource, constraint, field, bad):
    schema = load_schema(ROOT / "schemas", resource)
    rows = read_rows(ROOT / "datapackage" / "data" / f"{resource}.csv")[:2]
    if len(rows) < 2:
        pytest.skip(f"the committed {resource} resource has fewer than two rows to start from")
    (tmp_path / "datapackage" / "data").mkdir(parents=True)
    for name in field.split("+"):
        rows[1][name] = rows[0][name] if bad is None else bad
    project = _package(tmp_path, resource, schema, rows)

    report = Resource(
        json.loads(project.descriptor.read_text("utf-8"))["resources"][0],
        basepath=str(project.datapackage),
    ).validate()
    frictionless_rows = {e.row_number for e in report.tasks[0].errors}
    assert 3 in frictionless_rows, f"Frictionless accepted {constraint} on {field}"

    data = PackageData.load(project)
    errors = type_errors(data, resource) + constraint_errors(data, resource, schema)
    assert 3 in {e.row for e in errors}, f"Pandera accepted {constraint} on {field}"


@pytest.mark.parametrize("resource", RESOURCES)
def test_valid_rows_pass_both(tmp_path, resource):
    schema = load_schema(ROOT / "schemas", resource)
    rows = read_rows(ROOT / "datapackage" / "data" / f"{resource}.csv")[:2]
    (tmp_path / "datapackage" / "data").mkdir(parents=True)
    project = _package(tmp_path, resource, schema, rows)
    report = Resource(
        json.loads(project.descriptor.read_text("utf-8"))["resources"][0],
        basepath=str(project.datapackage),
    ).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type"])
    data = PackageData.load(project)
    assert type_errors(data, resource) + constraint_errors(data, resource, schema) == []


def test_cross_column_rules_name_the_row_and_values(project_copy: Project):
    """A range running backwards and a year span running backwards are contract errors."""
    path = project_copy.datapackage / "data" / "amounts.csv"

    def backwards(row: dict[str, str]) -> None:
        row["amount_eur_max"] = str(int(row["amount_eur"]) - 1)
        row["year_from"], row["year_to"] = "2022", "2020"

    before = edit_rows(path, lambda r: r["amount_eur"].isdigit() and r["year_from"], backwards)
    errors = contracts.run(PackageData.load(project_copy)).errors
    ours = {(e.check, e.field): e for e in errors if e.key == before["amount_id"]}
    assert (
        f"is below amount_eur {before['amount_eur']}" in ours[("range", "amount_eur_max")].message
    )
    assert ours[("year-span", "year_to")].message == "year_to 2020 is before year_from 2022"
    assert not [e for e in errors if e.check == "rule-failed"]


def test_a_rule_that_cannot_run_is_reported_not_raised(project_copy: Project, monkeypatch):
    """A polars panic (a BaseException) inside a rule becomes an error; other rules still run."""

    def panic(self, data: PackageData, result: object) -> None:
        raise pl.exceptions.PanicException("assertion failed: i < self.len()")

    monkeypatch.setattr(contracts.LineSpan, "apply", panic)
    path = project_copy.datapackage / "data" / "table_cells.csv"
    edit_rows(path, lambda r: True, lambda r: r.update(parent_row_id="no-such-row"))
    result = contracts.run(PackageData.load(project_copy))
    failed = [e for e in result.errors if e.check == "rule-failed"]
    assert len(failed) == 1 and "line-span" in failed[0].message, failed
    assert "parent-row" in {e.check for e in result.errors}
    assert not result.passed
