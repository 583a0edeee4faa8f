"""Tests of two tables a page prints side by side (``tables_side_by_side``)."""

from __future__ import annotations

from table_texts import cell_grid, read_text, row_parents


def test_a_balance_printed_side_by_side_is_read_as_two_tables() -> None:
    """A balance sheet in a PDF's text layer: activa on the left, passiva on the right of
    the same lines, each its label and the same years. Read as one table, each row's label
    held the activa's values ("Materiële vaste activa 13.570 12.400 Algemene reserve")
    and its cells the passiva's; now two tables, no row mixing the halves."""
    text = "\n".join(
        [
            "Tabel 8 Balans per 31 december 2023 (bedragen x € 1.000)",
            "",
            "Activa                          2023      2022   Passiva"
            "                          2023      2022",
            "Vaste activa                                     Eigen vermogen",
            "Materiële vaste activa        13.570    12.400   Algemene reserve"
            "               8.200     7.900",
            "Financiële vaste activa        2.100     2.300   Bestemmingsreserves"
            "            3.400     3.100",
            "Totaal vaste activa           15.670    14.700   Totaal eigen vermogen"
            "         11.600    11.000",
            "Vlottende activa                                 Schulden",
            "Voorraden                        900       800   Kortlopende schulden"
            "           8.400     7.800",
            "Debiteuren                     3.430     3.300",
            "Totaal activa                 20.000    18.800   Totaal passiva"
            "                20.000    18.800",
        ]
    )
    tables, cells, _warnings = read_text(text)
    assert len(tables) == 2
    rows = {table["table_id"]: set() for table in tables}
    for cell in cells:
        rows[cell["table_id"]].add(cell["row_label"])
    assert list(rows.values()) == [
        {"Materiële vaste activa", "Financiële vaste activa", "Totaal vaste activa"}
        | {"Voorraden", "Debiteuren", "Totaal activa"},
        {"Algemene reserve", "Bestemmingsreserves", "Totaal eigen vermogen"}
        | {"Kortlopende schulden", "Totaal passiva"},
    ]
    grid = cell_grid(cells)
    assert grid[("Materiële vaste activa", "2022")] == "12.400"
    assert grid[("Algemene reserve", "2023")] == "8.200"
    parents = row_parents(cells)
    assert parents["Debiteuren"] == "Vlottende activa"
    assert parents["Kortlopende schulden"] == "Schulden"


def test_two_tables_side_by_side_with_a_blank_line_under_their_headings() -> None:
    """A jaarrekening's text layer prints its two halves' headings over two lines (the
    words, the years right under them) and a blank line before the first row. The block
    under the headings ran only to that blank line, so no right table was found and every
    row was left out (its values under headings printed twice); now the block runs on past
    the blank line and each half is a table of its own, the right one's gap kept blank."""
    text = "\n".join(
        [
            "Staat van baten en lasten 2022 (bedragen x € 1.000)",
            "",
            "Lasten                   Begroting   Realisatie     Baten"
            "                    Begroting   Realisatie",
            "                              2022         2022"
            "                                   2022         2022",
            "",
            "Salarissen                   7.400        7.650     Rijksbijdrage"
            "               11.900       12.100",
            "Huisvesting                  2.100        2.050     Leges"
            "                         800          940",
            "Materiële kosten             3.200        3.340     Overige baten"
            "                            310",
            "Totaal lasten               12.700       13.040     Totaal baten"
            "                12.700       13.350",
        ]
    )
    tables, cells, _warnings = read_text(text)
    assert len(tables) == 2
    rows = {table["table_id"]: set() for table in tables}
    for cell in cells:
        rows[cell["table_id"]].add(cell["row_label"])
    assert list(rows.values()) == [
        {"Salarissen", "Huisvesting", "Materiële kosten", "Totaal lasten"},
        {"Rijksbijdrage", "Leges", "Overige baten", "Totaal baten"},
    ]
    grid = cell_grid(cells)
    assert grid[("Huisvesting", "Realisatie 2022")] == "2.050"
    assert grid[("Overige baten", "Realisatie 2022")] == "310"
    assert ("Overige baten", "Begroting 2022") not in grid
    assert row_parents(cells)["Leges"] == "Totaal baten"
