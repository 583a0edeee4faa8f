"""Tests of reading where a -layout table's columns stand (``tables_alignment``)."""

from __future__ import annotations

from table_texts import cell_grid, read_text


def _suppletoire(zeros: str) -> str:
    """A suppletoire's -layout table, its headings stacked over column numbers and a group
    over the years, the last row printing ``zeros`` in the years' columns."""
    return "\n".join(
        [
            "Tabel 4.2 Budgettaire gevolgen van beleid artikel 4 (bedragen x € 1.000)",
            "",
            "                              Vastgestelde     Mutatie 1e      Stand 1e"
            "      Mutaties 1e suppletoire",
            "                                 begroting     suppletoire   suppletoire",
            "                                                begroting      begroting",
            "                                         (1)           (2)   (3)=(1)+(2)"
            "        2027      2028",
            "",
            "Verplichtingen                  2.102.410          98.305    2.200.715"
            "     74.210     61.880",
            "Uitgaven                        1.765.094          91.180    1.856.274"
            "     71.010     60.130",
            "Inkomensoverdrachten               17.440          -1.105       16.335"
            "     -1.200     -1.250",
            "Ontvangsten                        60.400          12.500       72.900" + zeros,
        ]
    )


def test_a_row_of_short_figures_a_few_places_off_the_columns_keeps_the_stacked_headings() -> None:
    """A PDF's text layer sets a row's "0" three places right of the figures above it,
    each still nearest its own column: the other rows align, so the columns stand where
    they do and the headings' words stacked over the column numbers join them. Before,
    that one row made the table unaligned and every column was named by its number alone
    ("(1)", "2027")."""
    grid = cell_grid(read_text(_suppletoire("             0          0"))[1])
    assert grid[("Uitgaven", "Vastgestelde begroting (1)")] == "1.765.094"
    assert grid[("Verplichtingen", "Mutatie 1e suppletoire begroting (2)")] == "98.305"
    assert grid[("Uitgaven", "Mutaties 1e suppletoire 2027")] == "71.010"
    assert grid[("Ontvangsten", "Mutaties 1e suppletoire 2028")] == "0"


def test_a_row_whose_figure_stands_half_a_gap_off_leaves_the_table_unaligned() -> None:
    """Near form: a row whose first "0" stands half a column's gap or more off its own
    column's figures (no nearer its own) tells no alignment, and the columns keep their
    numbers alone, as before."""
    grid = cell_grid(read_text(_suppletoire("                 0          0"))[1])
    assert grid[("Uitgaven", "(1)")] == "1.765.094"
