"""Tests of naming groups of columns from the line above (``tables_column_groups``)."""

from __future__ import annotations

import pytest
from table_texts import cell_grid, read_text


@pytest.mark.parametrize("gap", [" ", "    "])
def test_group_headings_over_repeated_years_name_their_columns(gap: str) -> None:
    """b12 printed one row per line: "Realisatie Vastgestelde begroting Verschil" over
    "2012 2013 2014 2016 2016 2016". Three columns headed "2016" were one label; each leaf
    takes its group's name, the group line heads no rows."""
    text = "\n".join(
        [
            "Tabel 2 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            gap.join(["Realisatie", "Vastgestelde begroting", "Verschil"]),
            "2013 2014 2016 2016 2016",
            "Verplichtingen 1.552.656 1.295.704 1.450.000 1.500.000 - 50.000",
            "Uitgaven 1.552.656 1.295.704 1.440.000 1.480.000 - 40.000",
        ]
    )
    [table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Realisatie 2014")] == "1.295.704"
    assert grid[("Uitgaven", "Vastgestelde begroting 2016")] == "1.480.000"
    assert grid[("Verplichtingen", "Verschil 2016")] == "- 50.000"
    assert table["column_count"] == 5
    assert {c["row_group"] for c in cells} == {None}


def test_a_line_of_one_word_per_column_above_the_years_names_them() -> None:
    """A provincial budget's PDF prints "Rekening Begroting Begroting Raming" over the
    years: each word heads its column ("Rekening 2023"); they were read as a group of rows
    and realisation could not be told from budget."""
    text = "\n".join([
        "Programma 2 Natuur",
        "Rekening Begroting Begroting Raming",
        "(bedragen x € 1.000) 2023 2024 2025 2026",
        "Natuurbeheer 10.200 11.000 11.500 11.900",
        "Soortenbescherming 3.100 3.300 3.400 3.400",
        "Totaal lasten 13.300 14.300 14.900 15.300",
    ])  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Natuurbeheer", "Rekening 2023")] == "10.200"
    assert grid[("Soortenbescherming", "Begroting 2025")] == "3.400"
    assert grid[("Totaal lasten", "Raming 2026")] == "15.300"


def test_a_group_heading_drawn_between_dashes_names_no_single_column() -> None:
    """A heading drawn between rule dashes ("------ Baten ------") spans the columns under
    it: with the code's and the labels' headings beside it, its line parts into as many
    names as there are columns, but none of them is one column's name ("Code Realisatie
    2023" was stored); the years' own words head them."""
    text = "\n".join([
        "Overzicht baten per taakveld (bedragen x € 1.000)",
        "",
        "Code  Taakveld                        =========== Baten ===========",
        "                                      Realisatie  Begroting  Raming",
        "                                            2023       2024    2025",
        "0.1   Bestuur                              1.250      1.310   1.340",
        "0.2   Burgerzaken                            845        870     905",
        "2.1   Verkeer en vervoer                   3.410      3.520   3.600",
        "      Totaal baten                         5.505      5.700   5.845",
    ])  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {
        "Realisatie 2023",
        "Begroting 2024",
        "Raming 2025",
    }
    grid = cell_grid(cells)
    assert grid[("0.2 Burgerzaken", "Begroting 2024")] == "870"
