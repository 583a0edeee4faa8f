"""The provenance rules, each on a few inline rows: the right row passes, a broken one fails.

The strict reader these rules use is tested on its own in ``test_dutchnumbers``; here a
stored value that disagrees with its printed text must be named with its row and line.
"""

from __future__ import annotations

import pytest
from inline_package import (
    DOCUMENT,
    amount_row,
    build,
    cell_row,
    codes,
    document_row,
    load,
    table_row,
)

from budgetkit.validate import provenance
from budgetkit.validate.loader import PackageData

TEXT = (
    "Het kabinet trekt € 3,5 mrd uit.\n"
    "Tabel 1 Uitgaven (x € 1 mln)\n"
    "Onderwijs 2021 2022\n"
    "Totaal 1.234,5 – 7\n"
    "Het betreft 7,5 miljard dollar.\n"
)


_amount, _table, _cell = amount_row, table_row, cell_row


def _run(tmp_path, amounts=(), tables=(), cells=(), text=TEXT):
    data = load(
        tmp_path,
        {DOCUMENT: text},
        amounts=list(amounts),
        tables=list(tables),
        table_cells=list(cells),
    )
    return provenance.run(data)


def test_right_rows_pass(tmp_path):
    minus = _cell(row_id="r1", column_label="2022", year=2022, value=-7, value_text="– 7")
    result = _run(tmp_path, [_amount()], [_table()], [_cell(), {**minus, "column": 16}])
    assert result.errors == []
    assert result.checked["amount quotes read strictly"] == 1
    assert result.checked["cell texts read strictly"] == 2


def test_amount_read_wrong_by_the_extractor_is_named(tmp_path):
    """ "€ 3,5 mrd" stored as € 4 (issue 8) is an error on that row and line."""
    result = _run(tmp_path, [_amount(amount_eur=4)])
    assert codes(result.errors) == [("amount-value", 2)]
    assert result.errors[0].source_line == 1 and "3500000000" in result.errors[0].message


def test_amount_upper_bound_is_checked(tmp_path):
    result = _run(tmp_path, [_amount(amount_eur_max=4_000_000_000)])
    assert codes(result.errors) == [("amount-value", 2)]
    assert result.errors[0].field == "amount_eur_max"


def test_amount_scale_column_must_match_printed_word(tmp_path):
    result = _run(tmp_path, [_amount(scale="mln")])
    assert codes(result.errors) == [("amount-scale", 2)]


ACCRESSEN = (
    "De accressen wijzigen als volgt (bedragen in miljoenen euro):\n"
    "2026: + 120\n"
    "2027: - 37\n"
    "2028: +210,5\n"
    "De bijstelling (bedragen x € 1.000) volgt uit de circulaire.\n"
    "Het fonds groeit tot € 1.000.000.\n"
    "Het kader stijgt tot € 15 mlrd, waarvan € 3 voor zorg.\n"
)


def _noted(**fields):
    """The last figure of the list, "+210,5" (€ 210,5 mln), scaled by the note on line 1."""
    row = {
        "amount_id": f"{DOCUMENT}:4:7",
        "line": 4,
        "column": 7,
        "quote": "+210,5",
        "amount_eur": 210_500_000,
        "scale": "mln",
        "scale_line": 1,
    }
    return _amount(**{**row, **fields})


@pytest.mark.parametrize(
    ("fields", "line"),
    [
        ({}, None),  # the note's line
        ({"scale_line": 3}, 3),  # the figure before it: "2027: - 37" prints no scale
        ({"scale_line": 9}, 9),  # no such line
        # "x € 1.000" on line 5 is thousands, "€ 1.000.000" on line 6 is no "1.000" note
        ({"quote": "+210,5", "amount_eur": 210_500, "scale": "duizend", "scale_line": 5}, None),
        ({"quote": "+210,5", "amount_eur": 210_500, "scale": "duizend", "scale_line": 6}, 6),
        ({"scale": "mld", "amount_eur": 210_500_000_000}, 1),  # "miljoenen" is no mld
        # every scale word the strict reader knows: "mlrd" (failed before)
        ({"scale": "mld", "amount_eur": 210_500_000_000, "scale_line": 7}, None),
    ],
)
def test_amount_scale_line_must_print_its_scale(tmp_path, fields, line):
    """A figure a note scales points at the note's line (a wrong scale_line, the figure
    before it, was stored for "2028: +210,5" and no rule noticed)."""
    result = _run(tmp_path, [_noted(**fields)], text=ACCRESSEN)
    assert codes(result.errors) == ([] if line is None else [("scale-line", 2)])
    if line is not None:
        assert result.errors[0].source_line == line
    assert result.checked["amount scale lines"] == 1


def test_quote_not_at_its_column_is_named_and_not_read(tmp_path):
    result = _run(tmp_path, [_amount(column=18, amount_eur=1)])
    assert codes(result.errors) == [("quote", 2)]


def test_unreadable_quote_is_counted_not_guessed(tmp_path):
    text = "Er is 9⅓ miljard.\n"
    amount = _amount(quote="9⅓ miljard", column=7, amount_eur=1)
    result = _run(tmp_path, [amount], text=text)
    assert result.errors == []
    assert result.checked["amount quotes the strict reader cannot read"] == 1
    assert any("9⅓ miljard" in note for note in result.notes)


def test_dollars_are_not_euros(tmp_path):
    """Where the package has a currency column, a dollar quote stored as EUR fails."""
    amount = _amount(
        amount_id=f"{DOCUMENT}:5:13",
        line=5,
        column=13,
        quote="7,5 miljard dollar",
        amount_eur=7_500_000_000,
    )
    data = load(tmp_path, {DOCUMENT: TEXT}, amounts=[amount])
    if "currency" not in data.raw("amounts").columns:
        assert provenance.run(data).errors == []
        return
    bad = load(tmp_path / "eur", {DOCUMENT: TEXT}, amounts=[{**amount, "currency": "EUR"}])
    assert codes(provenance.run(bad).errors) == [("amount-currency", 2)]


def test_cell_value_must_be_what_its_text_prints(tmp_path):
    result = _run(tmp_path, tables=[_table()], cells=[_cell(value=1234.6)])
    assert codes(result.errors) == [("cell-value", 2)]
    assert result.errors[0].source_line == 4


def test_lost_minus_is_a_cell_value_error(tmp_path):
    cell = _cell(column_label="2022", year=2022, value=7, value_text="– 7", column=16)
    result = _run(tmp_path, tables=[_table()], cells=[cell])
    assert codes(result.errors) == [("cell-value", 2)]


def test_cell_text_not_on_its_line(tmp_path):
    result = _run(tmp_path, tables=[_table()], cells=[_cell(line=3)])
    assert codes(result.errors) == [("cell-text", 2)]


def test_scale_note_must_give_the_scale_factor(tmp_path):
    """A table "(x € 1 mln)" stored with factor 1 is 10**6 too small (issue 11)."""
    result = _run(tmp_path, tables=[_table(scale_factor=1)], cells=[_cell(scale_factor=1)])
    assert codes(result.errors) == [("table-scale", 2)]


def test_scale_note_must_stand_on_its_line(tmp_path):
    result = _run(tmp_path, tables=[_table(scale_line=3)], cells=[_cell()])
    assert codes(result.errors) == [("scale-text", 2)]


def test_cell_euros_are_value_times_scale(tmp_path):
    """value_eur = value x scale_factor (the column is added here if the schema lacks it)."""
    euros = {"table_cells": [{"name": "value_eur", "type": "number"}]}

    def run(folder, stored):
        project = build(
            folder,
            {DOCUMENT: TEXT},
            extra_fields=euros,
            tables=[_table()],
            table_cells=[_cell(value_eur=stored)],
        )
        return provenance.run(PackageData.load(project)).errors

    assert run(tmp_path / "good", 1_234_500_000) == []
    assert codes(run(tmp_path / "bad", 1_234_500)) == [("cell-euros", 2)]
    # the euros are compared to the cent: a reader rounding a tariff's cents is caught
    assert codes(run(tmp_path / "rounded", 1_234_500_000.4)) == [("cell-euros", 2)]


def test_changed_source_fails_its_hash(tmp_path):
    row = document_row("other text\n")
    data = load(tmp_path, {DOCUMENT: TEXT}, documents=[row])
    assert [e.check for e in provenance.run(data).errors] == ["sha256", "line-count"]


def test_missing_source_file_is_named(tmp_path):
    data = load(tmp_path, {DOCUMENT: TEXT})
    (data.project.root / "sources" / f"{DOCUMENT}.txt").unlink()
    assert codes(provenance.run(data).errors) == [("source-missing", 2)]


def test_source_that_is_not_utf8_is_named(tmp_path):
    data = load(tmp_path, {DOCUMENT: TEXT})
    (data.project.root / "sources" / f"{DOCUMENT}.txt").write_bytes(b"\xff\xfe bad")
    assert [e.check for e in provenance.run(data).errors] == ["sha256", "source-encoding"]


def test_accountants_minus_is_read_and_a_lost_one_named(tmp_path):
    """ "-/- 7" is a minus as the extractor reads it: a right cell is checked, a lost sign
    is an error, not a text the strict reader leaves unread."""
    text = TEXT.replace("– 7", "-/- 7")
    cell = _cell(column_label="2022", year=2022, value=-7, value_text="-/- 7", column=16)
    right = _run(tmp_path / "right", tables=[_table()], cells=[cell], text=text)
    assert right.errors == [] and right.checked["cell texts read strictly"] == 1
    lost = _run(tmp_path / "lost", tables=[_table()], cells=[{**cell, "value": 7}], text=text)
    assert codes(lost.errors) == [("cell-value", 2)]


def test_new_scale_forms_are_checked_not_counted_unread(tmp_path):
    """ "€ 5 mio." and "k€ 500" are read by the strict reader too: stored as the bare figure
    they are errors; stored right they are read, none left unread."""
    text = "De post bedraagt € 5 mio. en k€ 500.\n"
    mio = _amount(amount_id=f"{DOCUMENT}:1:18", column=18, quote="€ 5 mio.", scale="mln")
    kilo = _amount(amount_id=f"{DOCUMENT}:1:30", column=30, quote="k€ 500", scale="duizend")
    right = [{**mio, "amount_eur": 5_000_000}, {**kilo, "amount_eur": 500_000}]
    result = _run(tmp_path / "right", right, text=text)
    assert result.errors == []
    assert result.checked["amount quotes read strictly"] == 2
    wrong = [{**mio, "amount_eur": 5, "scale": "units"}, {**kilo, "amount_eur": 500}]
    result = _run(tmp_path / "wrong", wrong, text=text)
    assert sorted(codes(result.errors)) == [
        ("amount-scale", 2),
        ("amount-value", 2),
        ("amount-value", 3),
    ]


def test_a_prefixed_scale_note_must_give_the_scale_factor(tmp_path):
    """A table "(x k€)" stored with factor 1 is a thousand times too small."""
    text = TEXT.replace("(x € 1 mln)", "(x k€)")
    table = _table(scale_text="x k€", scale_factor=1)
    result = _run(tmp_path, tables=[table], cells=[_cell(scale_factor=1)], text=text)
    assert codes(result.errors) == [("table-scale", 2)]


@pytest.mark.parametrize(("stored", "errors"), [(22.5, 0), (23, 1), (22, 1)])
def test_an_amount_with_cents_is_stored_as_printed(tmp_path, stored, errors):
    """ "€ 22,50 per uur" is stored as 22.5: the strict reader agrees with it and flags the
    whole euros a rounding reader would store (neither 22 nor 23 is in the text)."""
    text = "Het kost € 22,50 per uur.\n"
    amount = _amount(quote="€ 22,50", column=10, amount_eur=stored, scale="units")
    result = _run(tmp_path, [amount], text=text)
    assert len(result.errors) == errors
