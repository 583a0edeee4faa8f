"""Tests of column headings printed a part per line over rows printed one per line
(``tables_line_headings``)."""

from __future__ import annotations

from table_texts import cell_grid, read_text, row_parents


def test_words_each_over_their_year_a_line_each_head_rows_of_as_many_values() -> None:
    """A plain text layer prints each heading cell's lines in turn ("Begroting" / "2021" /
    "Realisatie" / "2021" / "Mutatie") and each row on one line: the year closes the words
    above it, and the three headings head the rows' three values."""
    text = "\n".join(
        [
            "Tabel 3.1 Niet-belastingontvangsten 2021 (x € 1 mld)",
            "Begroting",
            "2021",
            "Realisatie",
            "2021",
            "Mutatie",
            "Aardgasbaten 2,4 3,1 0,7",
            "Dividenden 1,2 0,9 -0,3",
            "Totaal 3,6 4,0 0,4",
            "Bron: Rijksrekening 2021",
        ]
    )
    [table], cells, warnings = read_text(text)
    assert not warnings
    assert table["title"].startswith("Tabel 3.1")
    grid = cell_grid(cells)
    assert grid[("Aardgasbaten", "Begroting 2021")] == "2,4"
    assert grid[("Dividenden", "Realisatie 2021")] == "0,9"
    assert grid[("Totaal", "Mutatie")] == "0,4"
    assert row_parents(cells)["Dividenden"] == "Totaal"


def test_numbered_headings_wrapped_in_lower_case_over_a_group_line() -> None:
    """A line of column numbers opens the block and numbers the first columns; a line
    opening in lower case goes on with the heading above it; a group line ("Baten") stands
    between the headings and the rows; a row printing fewer values without placeholders
    between full rows is placed by the total under it."""
    text = "\n".join(
        [
            "Tabel 2 Staat van baten en lasten (bedragen x € 1.000)",
            "(1) (2) (3)=(2)-(1)",
            "Vastgestelde",
            "begroting 2023",
            "Realisatie 2023",
            "Verschil",
            "realisatie en begroting",
            "Realisatie 2022",
            "Baten",
            "Omzet moederdepartement 50.100 52.300 2.200 49.800",
            "Omzet derden 10.400 9.900 –500 10.100",
            "Rentebaten 15 15 30",
            "Totaal baten 60.500 62.215 1.715 59.930",
        ]
    )
    _tables, cells, warnings = read_text(text)
    assert not warnings
    grid = cell_grid(cells)
    assert grid[("Omzet derden", "Vastgestelde begroting 2023 (1)")] == "10.400"
    assert grid[("Omzet derden", "Verschil realisatie en begroting (3)=(2)-(1)")] == "–500"
    assert grid[("Omzet derden", "Realisatie 2022")] == "10.100"
    assert ("Rentebaten", "Vastgestelde begroting 2023 (1)") not in grid
    assert grid[("Rentebaten", "Realisatie 2023 (2)")] == "15"
    assert grid[("Rentebaten", "Realisatie 2022")] == "30"
    assert row_parents(cells)["Omzet derden"] == "Baten"


def test_parts_that_group_into_fewer_headings_than_the_values_head_nothing() -> None:
    """Two headings over rows of three values: which column each heads the text does not
    tell, so no table is read and the rows are said."""
    text = "\n".join(
        [
            "Tabel 4 Ontvangsten",
            "Begroting",
            "2021",
            "Realisatie",
            "2021",
            "Aardgasbaten 2,4 3,1 0,7",
            "Dividenden 1,2 0,9 -0,3",
        ]
    )
    tables, _cells, warnings = read_text(text)
    assert not tables
    assert warnings


def test_a_row_of_fewer_values_after_the_last_full_row_still_ends_the_table() -> None:
    """A line of fewer values with no full row after it is no row with dropped cells: the
    table ends above it, as under any heading of words."""
    text = "\n".join(
        [
            "Tabel 5 Uitgaven (x € 1 mln)",
            "Begroting",
            "2022",
            "Realisatie",
            "2022",
            "Verschil",
            "Onderwijs 120 125 5",
            "Zorg 80 78 -2",
            "Gemeld in 2023 bij 12 en 14",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert {cell["row_label"] for cell in cells} == {"Onderwijs", "Zorg"}
