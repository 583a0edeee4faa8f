"""Tests of reading one column heading line (``tables_heading_line``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from budgetkit.extract import tables_heading_line

_HEADING_WORDS = ["Realisatie", "Begroting", "Verschil", "Totaal", "Stand", "2023", "2024", "2025"]


@given(
    st.lists(st.sampled_from([*_HEADING_WORDS, "x", "€", "1.000", "in", "31", "december", "Q1"]))
    .filter(bool)
    .map(" ".join)
)
def test_a_line_that_is_its_own_fold_reads_the_same_without_paddings(line: str) -> None:
    """A line of words single spaces apart from the margin ("Realisatie 2024 Begroting
    2025") has no padding to part its headings: the row reader skips that reading for it,
    and must read it as when it tries it."""
    read = tables_heading_line._split_heading
    assert read(line, padded=False) == read(line)


def test_worded_headings_need_two_periods() -> None:
    """Headings of words each ending in a period need two periods, a year's four digits each
    or a total: a line with fewer is no such heading line (told by counting its digits
    before it is read), one with them is read as before, a total among them too."""

    def worded(line: str) -> tuple[str, list[tuple[str, int]]] | None:
        tokens = [(m.group(), m.start() + 1) for m in tables_heading_line._TOKEN.finditer(line)]
        return tables_heading_line._worded_heading(line, tokens)

    assert worded("Realisatie 2024 Begroting 2025") == (
        "",
        [("Realisatie 2024", 1), ("Begroting 2025", 17)],
    )
    assert worded("Stand Totaal Begroting 2025") == (
        "",
        [("Stand Totaal", 1), ("Begroting 2025", 14)],
    )
    assert worded("De uitgaven stijgen in 2025") is None
