"""Reading one printed row's values: the cell tokens a line ends in."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from budgetkit.extract.tables_row_values import _cell_forms, _cell_pattern
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
