"""Tests of a column of text printed between a row's label and its values, one row per line
(``tables_inner_texts``)."""

from __future__ import annotations

from table_texts import cell_grid, read_text


def test_a_taakveld_column_between_label_and_years_is_neither_label_nor_values() -> None:
    """A reserves overview prints, beside each reserve, the taakveld it falls under, a code
    and words ("0.10 Mutaties reserves"), before two years' figures, under a heading of its
    own ("Taakveld"). The text is no part of the label nor a value column: read as printed,
    the heading named a column too many and the labels ran on into the texts."""
    text = "\n".join(
        [
            "Overzicht reserves (bedragen x € 1.000)",
            "",
            "Reserve                      Taakveld                          2025       2026",
            "Algemene reserve             0.10 Mutaties reserves           4.120      4.380",
            "Reserve sociaal domein       6.1 Samenkracht en burgerpart.     950        810",
            "Reserve wegen                2.1 Verkeer en vervoer             615        540",
            "Totaal                                                        5.685      5.730",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Algemene reserve", "2025")] == "4.120"
    assert grid[("Reserve sociaal domein", "2026")] == "810"
    assert grid[("Reserve wegen", "2025")] == "615"
    assert grid[("Totaal", "2026")] == "5.730"
    assert {c["row_label"] for c in cells} == {
        "Algemene reserve",
        "Reserve sociaal domein",
        "Reserve wegen",
        "Totaal",
    }


def test_a_status_column_of_words_wrapped_under_a_two_line_heading_is_text() -> None:
    """An investment list prints a status of words ("In uitvoering", "Gereed") between the
    project and three value columns, one heading wrapped over two lines, and a status
    wrapped onto a line of its own: each a text, blanked, the values under their own
    headings."""
    text = "\n".join(
        [
            "Investeringen 2025 (bedragen x € 1.000)",
            "",
            "Project                 Status                Krediet    Uitgaven   Restant",
            "                                                          2025",
            "Brug Westsingel         In uitvoering           1.800        650     1.150",
            "Sporthal Noord          Gereed, nog af te         920        905        15",
            "                        rekenen",
            "Riolering Dorpsstraat   Voorbereiding           2.400        120     2.280",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Brug Westsingel", "Krediet")] == "1.800"
    assert grid[("Sporthal Noord", "Uitgaven 2025")] == "905"
    assert grid[("Riolering Dorpsstraat", "Restant")] == "2.280"
    assert {c["row_label"] for c in cells} == {
        "Brug Westsingel",
        "Sporthal Noord",
        "Riolering Dorpsstraat",
    }


def test_a_programme_column_beside_bracketed_negatives_with_a_note() -> None:
    """A municipal overview of incidental items: a programme's number and name between the
    item and three value columns, one heading wrapped ("Begroting na" / "wijziging"), its
    negatives in brackets, all small, as a note says ("een bedrag tussen haakjes is een
    nadeel"); a note's mark after a label ("2)") stays in the label. No table was read."""
    text = "\n".join(
        [
            "Incidentele baten en lasten",
            "Bedragen x € 1.000; een bedrag tussen haakjes is een nadeel.",
            "",
            "Omschrijving             Prog.                      Begroting na   Realisatie   Saldo",
            "                                                        wijziging",
            "Incidentele lasten",
            "Herindeling              1. Bestuur                          85           97     (12)",
            "Jeugd 2)                 6. Sociaal domein                  210          188       22",
            "Omgevingswet             8. Wonen en ruimte                 130          145     (15)",
            "Totaal incidentele lasten                                   425          430      (5)",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Herindeling", "Begroting na wijziging")] == "85"
    assert grid[("Herindeling", "Saldo")] == "(12)"
    assert grid[("Jeugd 2)", "Realisatie")] == "188"
    assert grid[("Totaal incidentele lasten", "Saldo")] == "(5)"
    assert [c["value"] for c in cells if c["value_text"] == "(15)"] == [-15]
    assert {c["parent_row_label"] for c in cells if c["row_label"] == "Omgevingswet"} == {
        "Incidentele lasten"
    }


def test_a_unit_column_between_label_and_years_is_the_rows_unit_not_a_text() -> None:
    """A table of key figures prints each row's unit in a column of its own ("Eenheid":
    "mln euro", "aantal x 1.000", "procent") between the label and the years. It is no text
    beside the label to blank: it says the row's unit, and blanked, a row of percentages
    took the table's euros (12 stored as € 12 mln). Under its heading the column is read
    apart (``tables_unit_columns``): each row's unit its text cell, no word of its label."""
    text = "\n".join(
        [
            "Tabel 3 Kerncijfers jeugd (bedragen x € 1 mln)",
            "",
            "Omschrijving                 Eenheid              2024        2025",
            "Uitgaven jeugdzorg           mln euro            1.250       1.300",
            "Aantal jongeren              aantal x 1.000        245         250",
            "Bereik                       procent                12          14",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    units = {(c["row_label"], c["value_text"]): c["unit"] for c in cells}
    assert units[("Bereik", "12")] == "percent"
    assert units[("Aantal jongeren", "250")] == "count"
    assert units[("Uitgaven jeugdzorg", "1.300")] == "EUR"
    assert not [c for c in cells if c["value_text"] in ("12", "14") and c["unit"] == "EUR"]


def test_an_items_number_before_its_name_keeps_the_name_in_the_label() -> None:
    """A table by article prints each article's number in a cell of its own ("Artikel 1")
    and its name in the next ("Openbaar bestuur"), under "Artikel" and "Naam": the name
    is the row's label, with the number, no text beside it (as an item's code, "IIB",
    before its name). It was blanked as a column of text, the rows left "Artikel 1",
    "Artikel 2"."""
    text = "\n".join(
        [
            "Tabel 2 Uitgaven per artikel (bedragen x € 1.000)",
            "",
            "Artikel        Naam                          2024      2025",
            "Artikel 1      Openbaar bestuur             1.250     1.300",
            "Artikel 2      Veiligheid                     480       495",
            "Artikel 3      Zorg en welzijn                210       220",
            "Totaal                                      1.940     2.015",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Artikel 1 Openbaar bestuur", "2024")] == "1.250"
    assert grid[("Artikel 3 Zorg en welzijn", "2025")] == "220"
