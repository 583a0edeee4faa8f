"""The contracts layer's rules on inline rows: each broken rule names its row."""

from __future__ import annotations

from inline_package import DOCUMENT, amount_row, cell_row, codes, load, measure_row, table_row

from budgetkit.validate import contracts

TEXT = "Het kabinet trekt € 3,5 mrd uit.\n" * 6


def _run(tmp_path, **rows):
    return contracts.run(load(tmp_path, {DOCUMENT: TEXT}, **rows))


def test_right_rows_pass(tmp_path):
    result = _run(
        tmp_path,
        amounts=[amount_row(measure_id="m1", year_from=2021, year_to=2022)],
        measures=[measure_row("m1", "Onderwijs", 1, 3)],
        tables=[table_row()],
        table_cells=[cell_row(), cell_row(row_id="r2", parent_row_id="r1", row_order=2)],
    )
    assert result.errors == []


def test_a_guilder_table_column_of_1988_passes(tmp_path):
    """The contracts take their year bounds from schemas/, which admit the 1900s."""
    result = _run(tmp_path, tables=[table_row()], table_cells=[cell_row(year=1988)])
    assert result.errors == []


def test_range_upper_bound_below_lower_bound(tmp_path):
    result = _run(tmp_path, amounts=[amount_row(amount_eur_max=1)])
    assert codes(result.errors) == [("range", 2)]


def test_year_span_running_backwards(tmp_path):
    result = _run(tmp_path, amounts=[amount_row(year_from=2022, year_to=2021)])
    assert codes(result.errors) == [("year-span", 2)]


def test_amount_outside_its_measure_lines(tmp_path):
    result = _run(
        tmp_path,
        amounts=[amount_row(measure_id="m1")],
        measures=[measure_row("m1", "Onderwijs", 2, 3)],
    )
    assert codes(result.errors) == [("measure-span", 2)]


def test_amount_in_another_document_than_its_measure(tmp_path):
    data = load(
        tmp_path,
        {DOCUMENT: TEXT, "other": TEXT},
        amounts=[amount_row(measure_id="m1")],
        measures=[measure_row("m1", "Onderwijs", 1, 3, document_id="other")],
    )
    assert codes(contracts.run(data).errors) == [("measure-span", 2)]


def test_line_span_running_backwards(tmp_path):
    result = _run(tmp_path, tables=[table_row(line_start=4, line_end=2)])
    assert codes(result.errors) == [("line-span", 2)]


def test_parent_row_of_another_table(tmp_path):
    result = _run(tmp_path, tables=[table_row()], table_cells=[cell_row(parent_row_id="r9")])
    assert codes(result.errors) == [("parent-row", 2)]


def test_schema_rules_per_cell(tmp_path):
    result = _run(
        tmp_path,
        amounts=[
            amount_row(scale="gigantisch"),
            amount_row(amount_id="a2", line="x"),
            amount_row(amount_id="a3", quote=None),
            amount_row(amount_id="a3", column=20),
        ],
    )
    assert sorted(codes(result.errors)) == [
        ("constraint", 2),
        ("required", 4),
        ("type-error", 3),
        ("unique", 5),
    ]
