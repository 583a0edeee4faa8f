"""The totals layer's rules on inline rows: a sum off by rounding is listed as rounding, a
sum off by more is a finding, and "waarvan" rows are not summands."""

from __future__ import annotations

from inline_package import DOCUMENT, amount_row, cell_row, load, table_row

from budgetkit.validate import totals
from budgetkit.validate.dutchnumbers import read_table_number

TEXT = "Tabel 1 Uitgaven (x € 1 mln)\n"


def _cell(row_id, label, text, parent=None, column="2021", **fields):
    value = None if text is None else float(read_table_number(text).value)
    return cell_row(
        row_id=row_id,
        row_label=label,
        parent_row_id=parent,
        column_label=column,
        year=int(column) if column.isdigit() else None,
        value=value,
        value_text=text,
        **fields,
    )


def _table(tmp_path, cells, amounts=(), text=TEXT):
    data = load(
        tmp_path, {DOCUMENT: text}, tables=[table_row()], table_cells=cells, amounts=list(amounts)
    )
    return totals.run(data)


def _sums(total: str, *parts: str, waarvan: str | None = None):
    cells = [_cell("r1", "Totaal", total)]
    cells += [_cell(f"r{i + 2}", f"Post {i}", text, "r1") for i, text in enumerate(parts)]
    if waarvan is not None:
        cells.append(_cell("r9", "waarvan apparaat", waarvan, "r1", adds_up=False))
    return cells


def test_sum_that_holds(tmp_path):
    result = _table(tmp_path, _sums("10,0", "4,0", "6,0", waarvan="3,0"))
    assert result.findings == [] and result.rounding == []
    assert result.checked["table_sum relations"] == 1


def test_sum_off_by_printed_rounding_is_rounding_not_a_finding(tmp_path):
    """10,1 against 4,0 + 6,0: within 3 x 0,05 mln, the printed precision."""
    result = _table(tmp_path, _sums("10,1", "4,0", "6,0"))
    assert result.findings == []
    assert [(r["check"], r["row_id"], r["year"]) for r in result.rounding] == [
        ("table_sum", "r1", 2021)
    ]
    assert result.checked["table_sum relations off by rounding"] == 1


def test_the_totals_own_rounding_counts(tmp_path):
    """10 (rounded to units: 9,5-10,5) against 4,2 + 6,2 = 10,4 is rounding, though the
    parts' own half units (0,1) alone would not explain it."""
    result = _table(tmp_path, _sums("10", "4,2", "6,2"))
    assert result.findings == [] and len(result.rounding) == 1


def test_sum_off_by_more_than_rounding_is_a_finding(tmp_path):
    result = _table(tmp_path, _sums("10,2", "4,0", "6,0"))
    assert [(f["check"], f["row_id"]) for f in result.findings] == [("table_sum", "r1")]
    assert result.findings[0]["difference"] == 200_000  # euros: 0,2 x € 1 mln
    assert result.rounding == []


def test_lost_sign_is_a_finding(tmp_path):
    result = _table(tmp_path, _sums("3", "5", "– 2").copy())
    assert result.findings == []
    lost = _sums("3", "5", "2")
    assert [f["check"] for f in _table(tmp_path / "lost", lost).findings] == ["table_sum"]


def test_waarvan_rows_are_not_summands(tmp_path):
    """A "waarvan" row is part of its parent: counted into the sum, 10 = 4 + 6 would fail."""
    result = _table(tmp_path, _sums("10", "4", "6", waarvan="3"))
    assert result.findings == []


def test_header_row_counts_as_the_sum_of_its_rows(tmp_path):
    """A sub-row that prints no figure stands for the sum of its own sub-rows."""
    cells = [
        _cell("r1", "Totaal", "10"),
        _cell("r2", "Personeel", None, "r1"),
        _cell("r3", "Eigen personeel", "4", "r2"),
        _cell("r4", "Inhuur", "5", "r2"),
        _cell("r5", "Materieel", "1", "r1"),
    ]
    result = _table(tmp_path, cells)
    assert result.findings == [] and result.checked["table_sum relations"] == 1
    cells[3] = _cell("r4", "Inhuur", "50", "r2")
    assert [f["row_id"] for f in _table(tmp_path / "off", cells).findings] == ["r1"]


def test_total_column_against_its_years(tmp_path):
    row = [
        _cell("r1", "Onderwijs", "4", column="2021", column_order=1),
        _cell("r1", "Onderwijs", "6", column="2022", column_order=2),
        _cell("r1", "Onderwijs", "10", column="Totaal", column_order=3),
    ]
    assert _table(tmp_path, row).findings == []
    row[2] = _cell("r1", "Onderwijs", "12", column="Totaal", column_order=3)
    found = _table(tmp_path / "off", row).findings
    assert [f["check"] for f in found] == ["table_total_column"]


def _at(text: str, quote: str, **fields):
    offset = text.index(quote)
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    value = int(quote.split()[1]) * 1_000_000
    return amount_row(
        amount_id=f"{DOCUMENT}:{line}:{column}",
        line=line,
        column=column,
        quote=quote,
        amount_eur=value,
        scale="mln",
        sentence=text.strip(),
        **fields,
    )


def test_decomposition_that_does_not_add_up(tmp_path):
    text = "Het budget is € 100 mln. Dit betreft € 40 mln en € 50 mln.\n"
    amounts = [_at(text, q) for q in ("€ 100 mln", "€ 40 mln", "€ 50 mln")]
    found = _table(tmp_path, [], amounts, text).findings
    assert [f["check"] for f in found] == ["prose_decomposition"]
    good = text.replace("€ 50 mln", "€ 60 mln")
    amounts = [_at(good, q) for q in ("€ 100 mln", "€ 40 mln", "€ 60 mln")]
    assert _table(tmp_path / "good", [], amounts, good).findings == []


def test_prose_figure_against_the_table_row_it_restates(tmp_path):
    text = "Voor het Onderwijsbudget is in 2021 € 12 mln beschikbaar.\n"
    amount = _at(text, "€ 12 mln", year_from=2021, year_to=2021)
    cell = _cell("r1", "Onderwijsbudget", "10")
    found = _table(tmp_path, [cell], [amount], text).findings
    assert [f["check"] for f in found] == ["prose_vs_table"]
    same = _cell("r1", "Onderwijsbudget", "12")
    assert _table(tmp_path / "same", [same], [amount], text).findings == []


def test_a_top_level_word_in_a_sentence_restates_no_row(tmp_path):
    """ "extra uitgaven ... € 60 mln" is part of the money, not the "Uitgaven" row's total:
    the top-level rows' words are vague labels in checks/tolerances.yml."""
    text = "Voor extra uitgaven is in 2021 € 60 mln beschikbaar gesteld.\n"
    amount = _at(text, "€ 60 mln", year_from=2021, year_to=2021)
    cell = _cell("r1", "Uitgaven", "72,8")
    assert _table(tmp_path, [cell], [amount], text).findings == []
    named = _cell("r1", "Uitgaven aan onderwijs", "72,8")
    text = text.replace("extra uitgaven", "uitgaven aan onderwijs")
    amount = _at(text, "€ 60 mln", year_from=2021, year_to=2021)
    found = _table(tmp_path / "named", [named], [amount], text).findings
    assert [f["check"] for f in found] == ["prose_vs_table"]
