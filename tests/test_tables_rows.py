"""Tests of the row-per-line reader: finding heading lines, stacking blocks (``tables_rows``)."""

from __future__ import annotations

import pytest

from budgetkit.extract import tables_rows
from budgetkit.extract.tables_layout import find_tables
from budgetkit.textmodel import TextModel


def test_a_line_of_prose_ending_in_a_year_is_not_read_for_placed_headings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A sentence ending in a year is tried as a column heading line (it ends as one does),
    but it is one run of words from the margin, single spaces apart: it holds no headings
    parted by where they stand, and (a comma in it) no heading words over several lines, so
    neither reading is tried on it; a heading over aligned values still is."""
    tried: list[str] = []
    for name in ("_placed_heading", "_block_heading"):
        reader = getattr(tables_rows, name)
        monkeypatch.setattr(
            tables_rows,
            name,
            lambda lines, index, r=reader: tried.append(lines[index]) or r(lines, index),
        )
    prose = "De uitgaven stijgen in 2024, net als in 2023"
    heading = "                       Stand ontwerpbegroting 2026 Mutaties NvW Stand na NvW 2026"
    rows = [
        "Verplichtingen                             412.000        9.500           421.500",
        "Uitgaven                                   398.700        7.250           405.950",
    ]
    found = find_tables(TextModel("\n".join([prose, "", heading, *rows])))
    assert prose not in tried and heading in tried
    assert [table.columns for table in found.tables] == [
        ["Stand ontwerpbegroting 2026", "Mutaties NvW", "Stand na NvW 2026"]
    ]
