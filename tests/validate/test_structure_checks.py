"""The structure layer's rules on inline rows: Frictionless on the rows the screen picks."""

from __future__ import annotations

import json

from inline_package import DOCUMENT, amount_row, build, cell_row, codes, document_row, table_row

from budgetkit.validate import structure
from budgetkit.validate.loader import PackageData

TEXT = "Het kabinet trekt € 3,5 mrd uit.\n"


def _run(tmp_path, **rows):
    project = build(tmp_path, {DOCUMENT: TEXT}, **rows)
    return structure.run(PackageData.load(project))


def test_right_rows_pass(tmp_path):
    assert _run(tmp_path, amounts=[amount_row()]).errors == []


def test_each_broken_cell_is_named_at_its_row(tmp_path):
    result = _run(
        tmp_path,
        amounts=[
            amount_row(scale="gigantisch"),
            amount_row(amount_id="a2", line="x"),
            amount_row(amount_id="a3", document_id="nowhere"),
        ],
    )
    found = {(e.resource, e.row, e.field) for e in result.errors}
    assert found == {
        ("amounts", 2, "scale"),
        ("amounts", 3, "line"),
        ("amounts", 4, "document_id"),
    }
    kinds = {e.check for e in result.errors}
    assert {"foreign-key", "constraint-error", "type-error"} <= kinds


def test_every_error_is_reported(tmp_path):
    """Frictionless stops at 1000 errors by default; the layer lifts the cap (1001 broken
    rows, so the default cap would lose the last one)."""
    rows = [amount_row(amount_id=f"a{i}", column=i + 1, scale="zz") for i in range(1001)]
    assert [e.row for e in _run(tmp_path, amounts=rows).errors] == list(range(2, 1003))


def test_repeated_primary_key(tmp_path):
    result = _run(tmp_path, amounts=[amount_row(), amount_row(column=20)])
    assert ("primary-key", 3) in codes(result.errors)


def test_inlined_schema_must_equal_the_schema_file(tmp_path):
    project = build(tmp_path, {DOCUMENT: TEXT}, amounts=[amount_row()])
    path = project.descriptor
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    amounts = next(r for r in descriptor["resources"] if r["name"] == "amounts")
    amounts["schema"]["fields"][0]["description"] = "changed by hand"
    path.write_text(json.dumps(descriptor), encoding="utf-8")
    result = structure.run(PackageData.load(project))
    assert [(e.check, e.resource) for e in result.errors] == [("schema", "amounts")]


def test_a_span_opening_before_1990_passes(tmp_path):
    """The extractor reads spans opening before 1990 ("over 1963-2023"); the schema's
    year bounds must let them through."""
    row = amount_row(year_from=1963, year_to=2023, year_source="stated")
    assert _run(tmp_path, amounts=[row]).errors == []


def test_a_year_before_1900_is_a_constraint_error(tmp_path):
    result = _run(
        tmp_path, amounts=[amount_row(year_from=1899, year_to=2023, year_source="stated")]
    )
    assert {(e.check, e.field) for e in result.errors} == {("constraint-error", "year_from")}


def test_years_before_1990_in_tables_and_documents_pass(tmp_path):
    """Guilder tables print year columns before 1990 ("1988", "1989") and the extractor
    stores them as the cells' years; a document may be about such a budget year."""
    result = _run(
        tmp_path,
        documents=[document_row(TEXT, budget_year=1989)],
        tables=[table_row()],
        table_cells=[cell_row(column_label="1988", year=1988)],
    )
    assert result.errors == []


def test_a_table_year_before_1900_is_a_constraint_error(tmp_path):
    result = _run(tmp_path, tables=[table_row()], table_cells=[cell_row(year=1899)])
    assert {(e.check, e.resource, e.field) for e in result.errors} == {
        ("constraint-error", "table_cells", "year")
    }
