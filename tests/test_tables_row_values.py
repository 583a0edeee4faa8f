"""Reading one printed row's values: the cell tokens a line ends in."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from table_texts import cells_per_line, read_text

from budgetkit.extract.tables_row_values import _cell_forms, _cell_pattern, own_number, split_row
from budgetkit.extract.tables_tokens import DASHES, MINUS, SIGNED

#: What a row's line is made of: figures in their printed forms, signs, nil marks, words
#: instead of a figure, scale words, footnote marks, and the words of a label.
_PIECES = st.sampled_from(
    [
        "1.250", "12,5", "1 302", "2024", "(5.350)", "(4,5)", "45%", "3 %", "100,-", "7a",
        "1.104,2a", "32,9¹", "1.200*", "€", "€ 12,5 mln", "-€ 4 mld", "mln", "miljoen",
        "-", "–", "−", "-/-", "+/+", "+", "...", "…", "n.v.t.", "p.m.", "PM", "nnb", "€ -",
        "(620)", "(8)",
        "Artikel", "Lasten", "nr.", "(", ")", "a", "x",
    ]
)  # fmt: skip
_GAPS = st.sampled_from([" ", "  ", "   ", "\xa0", "\t", ""])
_LINES = st.lists(st.tuples(_PIECES, _GAPS), max_size=8).map(
    lambda parts: "".join(piece + gap for piece, gap in parts)
)


@given(_LINES)
def test_a_cell_token_is_one_of_its_forms_standing_apart(line: str) -> None:
    """The look-behind and look-ahead written once around the cell's forms find the tokens
    each form would find with its own: the same cells, in the same places, in a row whose
    minus stands before its figures, in one printing it after them, and in one whose small
    figures in brackets are values."""
    after = (SIGNED.replace(MINUS, f"[{DASHES}]"), f"[{DASHES}]", False)
    for signed, minus, brackets in ((SIGNED, MINUS, False), after, (SIGNED, MINUS, True)):
        forms = _cell_forms(signed, minus, brackets)
        each = re.compile("|".join(rf"(?<!\S){form}(?!\S)" for form in forms))
        found = [m.span() for m in _cell_pattern(signed, minus, brackets).finditer(line)]
        assert found == [m.span() for m in each.finditer(line)]


def test_a_lone_year_one_space_after_a_label_is_no_amount_of_one_column() -> None:
    """A page cut right after the first label of a table printed one cell per line ("Tabel
    63 Opbouw ontvangsten ..." / the years a line each / "Stand ontwerpbegroting 2024" /
    "3.105" / "3.105", the text's end): the last year and the label under it read as a
    table of one column whose row printed the value 2024, titled "2029", no unit. The year
    one space after the label's word names the stage's budget, as it does before a row's
    values; nothing tells it is an amount, so no such row is read. A year padded apart
    from its label stays a value."""
    assert split_row("Stand ontwerpbegroting 2024", 1) is None
    assert split_row("Stand ontwerpbegroting 2024   3.105", 1) == (
        "Stand ontwerpbegroting 2024",
        [("3.105", 31)],
    )
    assert split_row("Aantal vergunningen       2024", 1) == (
        "Aantal vergunningen",
        [("2024", 27)],
    )
    text = cells_per_line(
        "Tabel 63 Opbouw ontvangsten artikel 4 (bedragen x € 1.000)", " ",
        "2024", "2025", "2026", "2027", "2028", "2029",
        "Stand ontwerpbegroting 2024", "3.105", "3.105",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert not any(c["value_text"] == "2024" for c in cells)


@pytest.mark.parametrize(
    ("text", "number", "own"),
    [
        ("Reserve Culturele Hoofdstad 2018 9.750", "2018", True),
        ("Regeling 2014-2020 9.750", "2014-2020", True),
        ("Stand 1-1-2024 9.750", "1-1-2024", True),
        ("Fonds 2 3.000", "2", True),
        ("Bijdrage 150 3.000", "150", False),  # a value's size: no label form tells
        ("Reserve  2018 9.750", "2018", False),  # parted by a column's padding
        ("Artikel 3 2 3.000", "2", False),  # after a number, not a word
    ],
)
def test_a_label_owns_a_year_span_date_or_small_number_one_space_after_its_word(
    text: str, number: str, own: bool
) -> None:
    assert own_number(text, (number, text.rindex(f" {number} ") + 2)) is own
