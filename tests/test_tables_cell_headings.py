"""Tests of the heading block above a cell-per-line table (``tables_cell_headings``)."""

from __future__ import annotations

from table_texts import cell_grid, cells_per_line, read_text, row_parents


def test_a_column_of_marks_after_the_values_printed_one_cell_per_line() -> None:
    """A Miljoenennota annex printed one cell per line prints, after the years, a column of
    who receives each payment ("Ontvangers": "G", "P", "G/P"), a word no list of text
    headings holds. The letters after each row's values are that column's marks: no
    group row over the rows after them (the first row's "G" headed the next rows, and the
    total the others), and the heading word no group row either."""
    text = cells_per_line(
        "Tabel 4.2 Decentralisatie-uitkeringen per departement", "x € 1.000",
        "Naam uitkering", "2024", "2025", "Ontvangers",
        "Justitie en Veiligheid (VI)", " ", " ", " ",
        "Veiligheidshuizen", "12.480", "12.910", "G",
        "Slachtofferhulp", "8.200", "0", "G/P",
        "Infrastructuur en Waterstaat (XII)", " ", " ", " ",
        "Verkeersveiligheid", "41.300", "42.150", "P",
        "Bodemsanering", "52.300", "48.900", "G/P",
        "Totaal", "114.280", "103.960", " ",
        "G = gemeenten, P = provincies.",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {"2024", "2025"}
    parents = row_parents(cells)
    assert parents["Veiligheidshuizen"] == "Justitie en Veiligheid (VI)"
    assert parents["Slachtofferhulp"] == "Justitie en Veiligheid (VI)"
    assert parents["Bodemsanering"] == "Infrastructuur en Waterstaat (XII)"
    assert parents["Totaal"] is None
    assert len(cells) == 10


def test_a_heading_printed_a_word_a_line_joins_its_broken_words_and_dates() -> None:
    """A plain text layer (no -layout) prints a heading wrapped in narrow columns a word a
    line, breaking words at the line's end ("Vermeer-" / "deringen") and printing each
    date under its word ("Stand" / "1-1-2024"): eight lines over four columns. A broken
    word is one again, as printed, and a date ends the words above it (the last four
    fragments named the columns: "Vermin-", "deringen", "Stand", "31-12-2024")."""
    rows = [
        "Tabel 9 Staat van voorzieningen (in duizenden euro’s)", "",
        "Omschrijving", "Stand", "1-1-2024", "Vermeer-", "deringen", "Vermin-", "deringen",
        "Stand", "31-12-2024", "",
        "Voorziening groot onderhoud", "4.100", "900", "650", "4.350", "",
        "Voorziening pensioenen", "2.300", "210", "180", "2.330", "",
        "Totaal voorzieningen", "6.400", "1.110", "830", "6.680", "",
    ]  # fmt: skip
    _tables, cells, _warnings = read_text("\n".join(rows))
    grid = cell_grid(cells)
    assert {column for _row, column in grid} == {
        "Stand 1-1-2024", "Vermeer-deringen", "Vermin-deringen", "Stand 31-12-2024",
    }  # fmt: skip
    assert grid[("Voorziening pensioenen", "Stand 1-1-2024")] == "2.300"
    assert grid[("Totaal voorzieningen", "Stand 31-12-2024")] == "6.680"
    assert grid[("Totaal voorzieningen", "Vermin-deringen")] == "830"
