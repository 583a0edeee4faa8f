"""Tests of reading a table's rows past a page break (``tables_page_breaks``)."""

from __future__ import annotations

import pytest
from table_texts import cell_grid, read_text, row_parents


def test_a_table_goes_on_past_wrapped_footnotes_and_the_gap_above_them() -> None:
    """A page's footnotes run over lines ("2 Zie de brief ... over de" / "loonbijstelling
    ..."), and a text layer prints the gap down to the page's foot as blank lines: the rows
    after the page number and running head are still the table's (a wrapped footnote ended
    it, and so did more than twelve lines, blank ones counted; the rows after were said as
    unread and the stand lost its parts)."""

    def row(label: str, *values: str) -> str:
        return label.ljust(30) + "".join(value.rjust(12) for value in values)

    lines = [
        "Najaarsnota 2025",
        "",
        "Tabel 4.2.1 Uitgavenmutaties Justitie (bedragen x € 1 mln)",
        row("", "2025", "2026", "2027"),
        row("Stand ontwerpbegroting 2025", "14.210,4", "14.390,2", "14.512,8"),
        "",
        "Technische mutaties",
        row("  Loonbijstelling1", "210,5", "208,1", "207,9"),
        row("  Prijsbijstelling2", "102,3", "101,0", "100,4"),
        *[""] * 8,
        "1 Zie Kamerstuk 36 200 VI, nr. 12.",
        "2 Zie de brief van de minister van 12 mei 2025 over de",
        "loonbijstelling en de prijsbijstelling.",
        "",
        "17".rjust(70),
        "Najaarsnota 2025",
        "",
        row("  Overboeking naar BZK", "-45,0", "-45,0", "-45,0"),
        "",
        row("Stand Najaarsnota 2025", "14.478,2", "14.654,3", "14.776,1"),
    ]
    [_table], cells, warnings = read_text("\n".join(lines))
    assert cell_grid(cells)[("Overboeking naar BZK", "2026")] == "-45,0" and not warnings
    parents = row_parents(cells)
    assert parents["Overboeking naar BZK"] == "Technische mutaties"
    assert parents["Stand ontwerpbegroting 2025"] == "Stand Najaarsnota 2025"
    assert len(cells) == 15


RUNNING = "Najaarsnota 2025 (Kamerstuk 36 450, nr. 1)"


@pytest.mark.parametrize(
    ("top", "foot", "next_head"),
    [
        ("Najaarsnota 2025", "17".rjust(70), "Najaarsnota 2025"),
        (RUNNING.ljust(66) + "16", RUNNING.ljust(66) + "17", ""),  # running lines, numbered
    ],
)
def test_a_table_goes_on_past_the_footnotes_page_number_and_running_head_of_a_page(
    top: str, foot: str, next_head: str
) -> None:
    """A nota's text layer prints a table over a page break: the page's footnotes ("1 Zie
    ..." reads as a numbered line), its number (alone, or in a running footer) and the
    next page's running head stand between two rows, and the header is not repeated. The
    rows after them are the same table's (they were said as unread and the total lost its
    parts); where prose follows the page number instead, the table ends at its last row."""

    def row(label: str, *values: str) -> str:
        return label.ljust(30) + "".join(value.rjust(12) for value in values)

    head = [
        top,
        "",
        "Tabel 4.2.1 Uitgavenmutaties Justitie (bedragen x € 1 mln)",
        row("", "2025", "2026", "2027"),
        row("Stand ontwerpbegroting 2025", "14.210,4", "14.390,2", "14.512,8"),
        "",
        "Technische mutaties",
        row("  Loonbijstelling1", "210,5", "208,1", "207,9"),
        row("  Prijsbijstelling", "102,3", "101,0", "100,4"),
        "",
        "1 Zie Kamerstuk 36 200 VI, nr. 12.",
        "",
        foot,
    ]
    rest = [
        next_head,
        "",
        row("  Overboeking naar BZK", "-45,0", "-45,0", "-45,0"),
        "",
        row("Stand Najaarsnota 2025", "14.478,2", "14.654,3", "14.776,1"),
    ]
    [table], cells, warnings = read_text("\n".join([*head, *rest]))
    grid = cell_grid(cells)
    assert grid[("Overboeking naar BZK", "2026")] == "-45,0" and not warnings
    assert grid[("Stand Najaarsnota 2025", "2027")] == "14.776,1"
    parents = row_parents(cells)
    assert parents["Overboeking naar BZK"] == "Technische mutaties"
    assert parents["Stand ontwerpbegroting 2025"] == "Stand Najaarsnota 2025"
    assert table["line_end"] == 18 and len(cells) == 15
    prose = [*head, "De mutaties worden hieronder per artikel toegelicht in 2025."]
    [table], cells, _warnings = read_text("\n".join(prose))
    assert table["line_end"] == 9 and len(cells) == 9


def test_a_page_footer_between_a_tables_rows_parts_it_over_two_pages() -> None:
    """A PDF text layer prints the page's footer between two rows of one table: the rows
    after it are the same table's (they were left unread), the footer none of them."""
    text = "\n".join(
        [
            "Tabel 2 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "2023 2024 2025",
            "Uitgaven 68.120 72.400 70.110",
            "NVWA 21.050 22.400 21.400",
            "",
            "Tweede Kamer, vergaderjaar 2024–2025, 36 600 F, nr. 2 7",
            "",
            "Wageningen Bioveterinary Research 5.870 5.700 5.610",
            "Ontvangsten 30.100 33.000 32.500",
        ]
    )
    tables, cells, warnings = read_text(text)
    assert len(tables) == 1 and len(cells) == 12
    assert not [w for w in warnings if "look like table rows" in w.reason]
