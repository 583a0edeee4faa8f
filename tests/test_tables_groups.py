"""Tests of telling a line without values that heads rows, or starts a label, from a row
(``tables_groups``)."""

from __future__ import annotations

from table_texts import cell_grid, printed, read_text, row_parents

from budgetkit.extract import tables_groups


def _mutations(first_line: str, rest: str) -> str:
    """A Najaarsnota's one-year table as ``pdftotext -layout`` prints it, one label wrapped
    over two lines (``first_line`` / ``rest``) with its value on the second."""
    end = (70,)
    return "\n".join(
        [
            "Tabel 12 Verticale toelichting (in mln euro)",
            printed("", end, "2025"),
            printed("Stand Voorjaarsnota 2025", end, "8.412,0"),
            "",
            "Technische mutaties",
            printed(" Loonbijstelling tranche 2025", end, "120,4"),
            " " + first_line,
            printed(" " + rest, end, "– 300,0"),
            printed(" Overige mutaties", end, "2,6"),
            "",
            printed("Stand Najaarsnota 2025", end, "8.235,0"),
        ]
    )


def test_a_label_line_ending_in_a_joining_word_after_a_year_goes_on_below() -> None:
    """A label's first line with a year inside it and a joining word after the year ("...
    naar 2026 en" / "latere jaren   – 300,0"): no row ends in "en", so the year is no
    value of a row; read as one, the table ended above it and lost its last rows."""
    _tables, cells, _warnings = read_text(
        _mutations("Doorschuiven subsidies naar 2026 en", "latere jaren")
    )
    grid = cell_grid(cells)
    assert grid[("Doorschuiven subsidies naar 2026 en latere jaren", "2025")] == "– 300,0"
    assert grid[("Stand Najaarsnota 2025", "2025")] == "8.235,0"
    assert row_parents(cells)["Overige mutaties"] == "Technische mutaties"
    assert tables_groups.is_group("Overboeking naar 2026 en", inside=True)


def test_a_label_line_ending_in_a_year_is_a_group_over_the_next_row() -> None:
    """The near form: a line ending in the year it names ("Doorschuiven subsidies naar
    2026") is a line without values all the same, the year part of its words: the table
    reads on past it."""
    _tables, cells, _warnings = read_text(
        _mutations("Doorschuiven subsidies naar 2026", "Doorschuiven materieel")
    )
    grid = cell_grid(cells)
    assert grid[("Stand Najaarsnota 2025", "2025")] == "8.235,0"


def test_a_line_ending_in_its_figure_after_a_joining_word_is_a_row() -> None:
    """The near form at the line's end: a joining word before the figure, none after it
    ("Overboeking naar   – 300,0"): the line ends in its cell, a row, no group."""
    assert not tables_groups.is_group("Overboeking naar   – 300,0", inside=True)
