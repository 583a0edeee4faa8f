"""Tests of turning a page's lines into cell-per-line items (``tables_cell_items``)."""

from __future__ import annotations

from table_texts import read_text, row_parents


def test_a_letter_s_page_furniture_between_two_rows_of_a_cell_per_line_table() -> None:
    """A Kamerbrief as plain pdftotext prints it, one cell per line without blank lines, the
    table running over a page break: between two rows the page's mark ("Pagina 2 van 3")
    and the letter's margin of headed fields ("Datum" / "5 maart 2026", "Onze referentie" /
    "2026-0000123456"). They are page furniture, no rows: the rows after the break keep
    their parent, the total (the reference number headed them as a group)."""
    text = "\n".join(
        [
            "Tabel 2 Bijdragen aan de openbare lichamen 2026-2027 (bedragen x € 1.000)",
            "Bijdrage",
            "2026",
            "2027",
            "Vrije uitkering Bonaire",
            "12.500",
            "12.900",
            "Pagina 2 van 4",
            "Datum",
            "5 maart 2026",
            "Onze referentie",
            "2026-0000123456",
            "Vrije uitkering Sint Eustatius",
            "4.100",
            "4.250",
            "Vrije uitkering Saba",
            "3.200",
            "3.300",
            "Totaal",
            "19.800",
            "20.450",
        ]
    )
    [table], cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert len(cells) == 8 and table["line_end"] == 21
    assert parents["Vrije uitkering Sint Eustatius"] == "Totaal"
    assert parents["Vrije uitkering Bonaire"] == "Totaal"
    assert not any("2026-0000123456" in (c["parent_row_label"] or "") for c in cells)
