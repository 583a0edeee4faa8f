"""Tests of reading the rows of a table printed one cell per line (``tables_cell_rows``)."""

from __future__ import annotations

import pytest
from table_texts import cell_grid, cells_per_line, read_text, row_parents

from budgetkit.extract.tables_vocabulary import heading_kind


def test_a_label_printed_over_two_cells_after_a_joining_word_is_one_label() -> None:
    """The Financieel Jaarverslag's chapter list (review finding): "Overige Hoge Colleges
    van" / "Staat en Kabinetten" is one label wrapped over two cells, not a heading over
    the row and the rows after it."""
    text = cells_per_line(
        "Tabel 1.2 Uitgaven 2021 (x € 1.000)", "Onderdeel", "Begroting", "Realisatie",
        "I", "Koning", "47.110", "47.420",
        "IIB", "Overige Hoge Colleges van", "Staat en Kabinetten", "131.002", "127.880",
        "III", "Algemene Zaken", "74.500", "76.012",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    label = "IIB Overige Hoge Colleges van Staat en Kabinetten"
    assert cell_grid(cells)[(label, "Realisatie")] == "127.880"
    assert (parents[label], parents["III Algemene Zaken"]) == (None, None)


def test_a_name_wrapped_over_two_lines_of_its_cell_is_one_label() -> None:
    """A narrow label cell wraps "Sint Eustatius" over two lines: one cell, as no blank line
    parts them where blank lines part the cells. "Sint" was read as a heading with
    "Eustatius" and "Saba" under it (the row label cut, both rows misparented)."""
    text = cells_per_line(
        "Tabel 4 Vrije uitkering BES-fonds (bedragen x € 1.000)", " ",
        "2024", "2025",
        "Caribisch Nederland", " ",
        "Bonaire", "35.200", "36.100",
        "Sint\nEustatius", "9.800", "10.100",
        "Saba", "7.400", "7.600",
        "Totaal", "52.400", "53.800",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert set(parents) == {"Bonaire", "Sint Eustatius", "Saba", "Totaal"}
    assert parents["Sint Eustatius"] == parents["Saba"] == "Caribisch Nederland"
    # the control: a heading over its rows, a blank line between, stays their heading
    text = cells_per_line(
        "Tabel 4 Lasten (bedragen x € 1.000)", " ", "2024", "2025",
        "Personeel", "Ambtelijk", "3.000", "3.100", "Inhuur", "500", "600",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert row_parents(cells) == {"Ambtelijk": "Personeel", "Inhuur": "Personeel"}


@pytest.mark.parametrize(
    "second", ["1e suppletoire begroting", "2e Suppletoire begroting", "2 keer bijgesteld"]
)
def test_a_name_wrapped_onto_a_line_opening_with_an_ordinal_or_a_number_is_one_label(
    second: str,
) -> None:
    """A label wrapped in its cell whose second line opens with an ordinal ("1e <naam>", "2e
    <Naam>") or a number before a word in lower case ("2 keer <woord>"): no code of a coded
    label ("Art. 3 <Naam>", "1.01 <Naam>"), whose line starts a name of its own, so the two
    lines are one label, as where the second line opens with a word."""
    text = cells_per_line(
        "Tabel 2 Mutaties 2023 (bedragen x € 1 miljoen)", "Omschrijving", "Uitgaven",
        "Ontvangsten",
        "Stand ontwerpbegroting", "310,5", "22,4",
        f"Mutaties\n{second}", "9,1", "0,0",
        "Stand na suppletoire", "319,6", "22,4",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    label = f"Mutaties {second}"
    assert {c["row_label"] for c in cells} == {
        "Stand ontwerpbegroting",
        label,
        "Stand na suppletoire",
    }
    assert cell_grid(cells)[(label, "Uitgaven")] == "9,1"


def test_a_label_broken_with_a_hyphen_over_two_lines_of_a_cell_is_one_label() -> None:
    """Plain pdftotext prints a municipal table one cell per line without blank lines, and
    a label's last word broken at the line's end ("Sport- en recreatie-" / "voorzieningen")
    on two lines: one label, joined as printed (hyphen kept), not a heading over the row
    and the rows after it (they were taken from their group line "Lasten")."""
    text = "\n".join(
        [
            "Tabel 3 Wat mag het kosten? (bedragen x € 1.000)",
            "Omschrijving", "Begroting 2025", "Begroting 2026",
            "Lasten",
            "Wegen en groen", "2.140", "2.210",
            "Sport- en recreatie-", "voorzieningen", "1.310", "1.355",
            "Cultuur", "620", "640",
            "Totaal lasten", "4.070", "4.205",
            "Baten",
            "Huren", "410", "420",
            "Subsidies derden", "95", "100",
            "Totaal baten", "505", "520",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    label = "Sport- en recreatie-voorzieningen"
    assert cell_grid(cells)[(label, "Begroting 2026")] == "1.355"
    assert "voorzieningen" not in parents
    assert {parents[k] for k in ("Wegen en groen", label, "Cultuur")} == {"Lasten"}
    assert parents["Huren"] == parents["Subsidies derden"] == "Baten"


def test_a_table_printed_column_by_column_is_read_with_its_rows_as_rows() -> None:
    """Plain pdftotext (no -layout) of a small municipal table prints it column by column:
    the labels' heading and labels, then each column's heading and its values, one per line.
    Read as rows, "Realisatie 2024" was a row and "Lasten" a column: labels that are words
    ending in a year, under headings that name none, head the columns. A time series whose
    rows are bare years stays as printed."""
    text = "\n".join(
        [
            "Taakveld 2 Verkeer en vervoer",
            "bedragen x € 1.000",
            "Omschrijving",
            "Lasten",
            "Baten",
            "Saldo",
            "Realisatie 2024",
            "12.480",
            "-3.120",
            "9.360",
            "Begroting 2025",
            "13.050",
            "-3.300",
            "9.750",
            "Toelichting",
            "De lasten stijgen door groot onderhoud aan de Stationsweg.",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Lasten", "Realisatie 2024")] == "12.480"
    assert grid[("Baten", "Begroting 2025")] == "-3.300"
    assert grid[("Saldo", "Begroting 2025")] == "9.750"
    assert {c["line"] for c in cells if c["column_label"] == "Begroting 2025"} == {12, 13, 14}
    assert row_parents(cells)["Baten"] == "Saldo"
    series = "\n".join(
        [
            *("Tabel 3 Uitgaven en ontvangsten (x € 1 mln)", "Jaar", "Uitgaven", "Ontvangsten"),
            *("2022", "395", "371", "2023", "410", "380", "2024", "425", "390"),
        ]
    )
    _tables, cells, _warnings = read_text(series)
    assert cell_grid(cells)[("2024", "Ontvangsten")] == "390"


def test_a_table_printed_column_by_column_whose_labels_close_with_their_total_is_transposed() -> (
    None
):
    """Plain pdftotext (no -layout) prints a table of a few columns column by column: the
    labels' heading and every label, the last their total, then each column's heading
    ("Lasten", or a year) and its values. Read as rows, "Lasten" was a row and each label
    a column: headings outnumbering the rows, the last a total adding up the others in
    every row, are the labels, and the rows the columns."""
    text = "\n".join(
        [
            "Tabel 2.3 Lasten en baten per taakveld (bedragen x € 1.000)",
            *("Taakveld", "2.1 Verkeer en vervoer", "2.2 Parkeren", "2.4 Openbaar vervoer"),
            "Totaal programma 2",
            *("Lasten", "4.120", "310", "95", "4.525"),
            *("Baten", "210", "880", "0", "1.090"),
            *("Saldo", "-3.910", "570", "-95", "-3.435"),
            "Toelichting",
        ]
    )
    _tables, cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("2.2 Parkeren", "Baten")] == "880"
    assert grid[("Totaal programma 2", "Saldo")] == "-3.435"
    assert row_parents(cells)["2.4 Openbaar vervoer"] == "Totaal programma 2"
    assert any("does not tell" in warning.reason for warning in warnings)
    years = "\n".join(
        [
            "Tabel 1 Omvang fonds (bedragen x € 1.000)",
            *("Stand meicirculaire 2024", "Accres", "Overige mutaties"),
            "Stand septembercirculaire 2024",
            *("2024", "1 000", "30", "– 5", "1 025"),
            *("2025", "1 040", "45", "0", "1 085"),
            *("2026", "1 100", "50", "– 10", "1 140"),
        ]
    )
    _tables, cells, _warnings = read_text(years)
    assert cell_grid(cells)[("Overige mutaties", "2024")] == "– 5"
    assert row_parents(cells)["Accres"] == "Stand septembercirculaire 2024"


def test_a_table_printed_column_by_column_with_shares_among_its_labels_is_transposed() -> None:
    """The labels of a table printed column by column may hold shares of the label above
    them ("Mutatie ..." / "waarvan loon- en prijsontwikkeling" / "waarvan volume") before
    their total ("Stand ..."): the shares are counted in their row, not beside it, so the
    total adds up the other labels only. Counted in the sum, the total did not add up and
    the table was read as printed: its years as rows, its labels as columns. Where the
    total adds up nothing so, the table stays as printed."""
    lines = [
        "Tabel 2 Accres (bedragen x € 1 mln)",
        *("Stand voorjaarsnota 2023", "Mutatie septembercirculaire 2023"),
        *("waarvan loon- en prijsontwikkeling", "waarvan volume"),
        "Stand septembercirculaire 2023",
        *("2023", "900", "-40", "-15", "-25", "860"),
        *("2024", "950", "30", "10", "20", "980"),
        *("2025", "1.010", "12", "-3", "15", "1.022"),
    ]
    _tables, cells, _warnings = read_text("\n".join(lines))
    grid = cell_grid(cells)
    assert grid[("waarvan volume", "2024")] == "20"
    assert grid[("Stand septembercirculaire 2023", "2025")] == "1.022"
    parents = row_parents(cells)
    assert parents["Mutatie septembercirculaire 2023"] == "Stand septembercirculaire 2023"
    assert parents["waarvan volume"] == "Mutatie septembercirculaire 2023"
    unsummed = "\n".join(lines).replace("1.022", "1.037")
    _tables, cells, _warnings = read_text(unsummed)
    assert cell_grid(cells)[("2025", "Stand septembercirculaire 2023")] == "1.037"


def test_a_table_printed_column_by_column_over_as_many_years_or_more_is_transposed() -> None:
    """A table printed column by column over more years than it has labels (four labels,
    "Stand ..." closing them, over five years, a blank line under each year): read as
    printed, its rows are years one after the other, which head a budget table's columns
    however few its labels. More headings than rows was asked of it, and the table was read
    with its years as rows. Rows of years that skip one are left as printed."""
    blocks = [
        "Tabel 2.1 Accres 2024-2028 (bedragen x € 1 miljoen)",
        "Stand septembercirculaire 2023\nAccres\nOverige mutaties\nStand meicirculaire 2024",
        *("2024", "1.310\n-42\n5\n1.273", "2025", "1.150\n61\n0\n1.211"),
        *("2026", "1.205\n18\n-3\n1.220", "2027", "1.260\n-7\n0\n1.253"),
        *("2028", "1.330\n25\n2\n1.357"),
    ]
    text = "\n\n".join(blocks)
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Accres", "2025")] == "61"
    assert grid[("Stand meicirculaire 2024", "2028")] == "1.357"
    assert row_parents(cells)["Overige mutaties"] == "Stand meicirculaire 2024"
    _tables, cells, _warnings = read_text(text.replace("2026", "2030"))
    assert cell_grid(cells)[("2025", "Accres")] == "61"


def test_a_table_printed_row_by_row_with_a_total_column_stays_as_printed() -> None:
    """The near forms of a table printed column by column whose labels close with their
    total stay read row by row: more rows than headings (a total column, "Totaal"), the
    headings a run of periods ending in a total, a corner naming the rows periods ("Jaar"),
    a last heading that does not add up the others."""
    totals = "\n".join(
        [
            *("Tabel 4 Uitkeringen (x € 1.000)", "Gemeente", "Jeugd", "Wmo", "Totaal"),
            *("Assen", "10", "20", "30", "Emmen", "5", "6", "11"),
            *("Zwolle", "7", "8", "15", "Almere", "1", "2", "3"),
        ]
    )
    _tables, cells, _warnings = read_text(totals)
    assert cell_grid(cells)[("Emmen", "Totaal")] == "11"
    periods = "\n".join(
        [
            *("Tabel 5 Meerjarenraming (x € 1.000)", "Omschrijving", "2024", "2025", "2026"),
            *("Totaal", "Lasten", "10", "20", "30", "60", "Baten", "5", "6", "7", "18"),
            *("Saldo", "5", "14", "23", "42"),
        ]
    )
    _tables, cells, _warnings = read_text(periods)
    assert cell_grid(cells)[("Baten", "2025")] == "6"
    series = "\n".join(
        [
            *("Tabel 6 Ontvangsten (x € 1 mln)", "Jaar", "Belastingen", "Premies", "Overig"),
            *("Totaal", "2022", "300", "200", "50", "550", "2023", "310", "210", "55", "575"),
            *("2024", "320", "220", "60", "600"),
        ]
    )
    _tables, cells, _warnings = read_text(series)
    assert cell_grid(cells)[("2023", "Premies")] == "210"
    unsummed = series.replace("550", "590").replace("Jaar", "Omschrijving")
    _tables, cells, _warnings = read_text(unsummed)
    assert cell_grid(cells)[("2023", "Premies")] == "210"


def test_few_rows_under_a_closing_total_heading_stay_as_printed_unless_they_head_columns() -> None:
    """A table printed row by row with a total column may have fewer rows than headings:
    a suppletoire's "Verplichtingen" / "Uitgaven" / "Ontvangsten" under "Vastgestelde
    begroting" / "Mutaties ..." / "Stand ...", two organisations' "Personeel" /
    "Materieel" / "Totaal", "Formatie (fte)" / "Loonsom" by salary scale. Its rows name
    no column (no period, no "Lasten", no stage), or its headings all do: read as printed,
    with or without blank lines between its cells. Rows that head columns ("Lasten" /
    "Baten" / "Saldo") under labels are still the columns."""
    suppletoire = [
        "Tabel 3.1 Budgettaire gevolgen 2e suppletoire begroting (bedragen x € 1.000)",
        "Omschrijving", "Vastgestelde begroting", "Mutaties 1e suppletoire begroting",
        "Mutaties 2e suppletoire begroting", "Stand 2e suppletoire begroting",
        "Verplichtingen", "1.000.500", "50.200", "– 20.100", "1.030.600",
        "Uitgaven", "900.000", "40.000", "10.000", "950.000",
        "Ontvangsten", "100.000", "0", "5.000", "105.000",
    ]  # fmt: skip
    for text in ("\n".join(suppletoire), cells_per_line(*suppletoire)):
        _tables, cells, _warnings = read_text(text)
        assert cell_grid(cells)[("Uitgaven", "Mutaties 1e suppletoire begroting")] == "40.000"
    parts = cells_per_line(
        "Tabel 2.4 Apparaatsuitgaven per onderdeel (bedragen x € 1.000)",
        "Onderdeel", "Personeel", "Materieel", "Totaal",
        "Kerndepartement", "120.400", "45.100", "165.500",
        "Inspectie", "30.200", "10.300", "40.500",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(parts)
    assert cell_grid(cells)[("Inspectie", "Materieel")] == "10.300"
    scales = cells_per_line(
        "Tabel 5.3 Personeel naar schaalgroep",
        "Omschrijving", "Schaal 1-9", "Schaal 10-13", "Schaal 14 en hoger", "Totaal",
        "Formatie (fte)", "110", "240", "50", "400",
        "Loonsom (x € 1.000)", "6.600", "19.200", "5.500", "31.300",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(scales)
    assert cell_grid(cells)[("Formatie (fte)", "Schaal 10-13")] == "240"
    measures = "\n".join(
        [
            "Tabel 7 Lasten en baten (bedragen x € 1.000)",
            *("Omschrijving", "Begroting 2024", "Mutaties", "Stand na wijziging"),
            *("Lasten", "900", "40", "940", "Baten", "300", "-10", "290"),
        ]
    )
    _tables, cells, _warnings = read_text(measures)
    assert cell_grid(cells)[("Baten", "Mutaties")] == "-10"


def test_a_label_whose_rest_in_brackets_is_printed_on_the_next_line_is_one_label() -> None:
    """Plain pdftotext, one cell per line and no blank lines: a name too long for its cell
    goes on on the next line with its rest in brackets ("Woningstichting Het Baken" /
    "(achtervang gemeente)" / values). The two lines are one label, also for the first row
    (the first line was a group heading over the rest, and the first row's first line read
    as a column heading)."""
    rows = [
        "Tabel 7 Verstrekte geldleningen (bedragen in €)",
        "Geldnemer", "Hoofdsom", "Aflossing 2024", "Restant 31-12-2024",
        "Stichting Sportaccommodaties", "(lening renovatie zwembad)",
        "2.500.000", "125.000", "1.875.000",
        "Voetbalvereniging VV Noordhoek", "150.000", "15.000", "60.000",
        "Woningstichting Het Baken", "(achtervang gemeente)", "4.000.000", "200.000", "3.200.000",
        "Totaal", "6.650.000", "340.000", "5.135.000",
    ]  # fmt: skip
    _tables, cells, _warnings = read_text("\n".join(rows))
    grid = cell_grid(cells)
    first = "Stichting Sportaccommodaties (lening renovatie zwembad)"
    last = "Woningstichting Het Baken (achtervang gemeente)"
    assert grid[(first, "Hoofdsom")] == "2.500.000"
    assert grid[(last, "Restant 31-12-2024")] == "3.200.000"
    parents = row_parents(cells)
    assert parents[first] == parents[last] == "Totaal"
    assert len(cells) == 4 * 3


def test_rows_numbered_by_a_letter_in_brackets_are_no_labels_rest() -> None:
    """A row's letter in brackets ("(a) Ambtelijk personeel") opens a label of its own, as
    a number in brackets does: the group heading on the line above ("Personeel") heads it
    and the rows after it. It was read as the first line of that row's label ("Personeel
    (a) Ambtelijk personeel"), and the group lost its rows to the total."""
    rows = [
        "Tabel 2.1 Apparaatsuitgaven (bedragen x € 1.000)",
        "Omschrijving", "2024", "2025",
        "Personeel", "(a) Ambtelijk personeel", "4.500", "4.600",
        "(b) Externe inhuur", "500", "400",
        "Materieel", "(c) ICT", "1.200", "1.250", "(d) Huisvesting", "800", "820",
        "Totaal", "7.000", "7.070",
    ]  # fmt: skip
    _tables, cells, _warnings = read_text("\n".join(rows))
    assert cell_grid(cells)[("(a) Ambtelijk personeel", "2024")] == "4.500"
    parents = row_parents(cells)
    assert parents["(a) Ambtelijk personeel"] == parents["(b) Externe inhuur"] == "Personeel"
    assert parents["(c) ICT"] == parents["(d) Huisvesting"] == "Materieel"


def test_a_label_wrapped_after_its_code_goes_on_in_lower_case_on_the_next_line() -> None:
    """A table printed as plain text one cell per line, without blank lines, prints an
    article's number in a cell of its own and a long label wrapped in its cell ("3" /
    "Zvw: overheveling middelen" / "langdurige ggz" / values): a line opening in lower case
    right under a label without values goes on with it, as no row's label starts so here.
    The first line was read as a group over the rest and the rows after it."""
    text = "\n".join(
        [
            "Tabel 3 Belangrijkste mutaties (bedragen x € 1.000)",
            "Art. nr.", "2025", "2026", "2027", "2028",
            "Stand ontwerpbegroting 2025", "8.120.400", "8.204.900", "8.311.250", "8.406.700",
            "2", "Zvw: overheveling middelen", "langdurige ggz",
            "– 12.400", "– 12.400", "– 13.050", "– 13.050",
            "7", "Subsidieregeling sportaccommodaties", "6.000", "6.000", "0", "0",
            "Overige mutaties", "420", "– 118", "305", "12",
            "Stand eerste suppletoire begroting 2025",
            "8.114.020", "8.198.382", "8.298.505", "8.393.662",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    label = "2 Zvw: overheveling middelen langdurige ggz"
    assert grid[(label, "2026")] == "– 12.400"
    parents = row_parents(cells)
    assert parents["7 Subsidieregeling sportaccommodaties"] != "2 Zvw: overheveling middelen"
    assert label in parents


def test_a_label_wrapped_over_three_lines_of_its_cell_is_one_label() -> None:
    """The same plain text one cell per line wraps a long label over three lines of its
    cell, the values after the last ("Bijdrage aan de gemeenschappelijke" / "meldkamer
    voor ambulancezorg en" / "politie" / values): the middle line opens in lower case and
    goes on below, so the first is the label's start too. It was read as a group heading,
    the parent of the row of the last two lines."""
    text = "\n".join(
        [
            "Tabel 5 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "Art.", "2025", "2026", "2027",
            "Uitgaven", "31.000", "32.500", "33.000",
            "Subsidies", "9.000", "9.500", "9.500",
            "12", "Bijdrage aan de gemeenschappelijke", "meldkamer voor ambulancezorg en",
            "politie", "22.000", "23.000", "23.500",
            "Ontvangsten", "1.000", "1.000", "1.000",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    label = "12 Bijdrage aan de gemeenschappelijke meldkamer voor ambulancezorg en politie"
    assert cell_grid(cells)[(label, "2026")] == "23.000"
    assert row_parents(cells)[label] == "Uitgaven"


def test_a_waarvan_row_under_a_group_without_values_is_no_rest_of_its_label() -> None:
    """A table printed as plain text one cell per line, without blank lines: a group row
    without values, then a row opening in lower case because it is a part of it
    ("Apparaat" / "waarvan personeel" / values). That row is a row of its own under the
    group, not the rest of the group's label wrapped in its cell (no label starts in lower
    case, but a "waarvan" row does)."""
    text = "\n".join(
        [
            "Tabel 5 Apparaatsuitgaven (bedragen x € 1.000)",
            "Omschrijving", "2024", "2025", "2026",
            "Apparaat",
            "waarvan personeel", "12.400", "12.600", "12.800",
            "Materieel", "3.100", "3.050", "3.000",
            "Totaal apparaat", "15.500", "15.650", "15.800",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("waarvan personeel", "2025")] == "12.600"
    assert row_parents(cells)["waarvan personeel"] == "Apparaat"


def test_a_name_printed_with_a_capital_inside_it_is_no_label_s_rest() -> None:
    """A name a government prints in camel case opens in lower case ("eHerkenning",
    "iDEAL") and is a row's label of its own under a group heading without values, not the
    rest of the heading wrapped in its cell: it was joined to "Digitale overheid
    eHerkenning", and its group lost."""
    text = "\n".join(
        [
            "Tabel 4 Uitgaven digitale dienstverlening (bedragen x € 1.000)",
            "Omschrijving", "2025", "2026", "2027",
            "Digitale overheid",
            "eHerkenning", "4.100", "4.250", "4.300",
            "DigiD", "12.400", "12.800", "13.050",
            "MijnOverheid", "3.200", "3.300", "3.350",
            "Totaal digitale overheid", "19.700", "20.350", "20.700",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells)[("eHerkenning", "2026")] == "4.250"
    parents = row_parents(cells)
    assert parents["eHerkenning"] == parents["DigiD"] == "Digitale overheid"


def test_columns_printed_one_after_the_other_under_a_block_of_labels_are_refused() -> None:
    """Plain pdftotext (no -layout) prints a jaarverslag's widely spaced table column by
    column: the block of label lines ("Kostensoort" / "Personeel" / "Materieel" /
    "waarvan ICT" / "Totaal"), then each column's heading over its values, a blank line
    between blocks. Each column holds one value fewer than the label block holds lines:
    the first line may be the corner, or a row with no value printed. The text does not
    tell, so no value is stored and it is said (read as rows, "Ontwerp-begroting 2023" was
    a row and "Personeel" a column, every value one row off, and the first column left
    out). (A corner printing a corner's word, "Omschrijving", tells: ``tables_cell_blocks``
    reads that table.)"""
    blocks = [
        "Tabel 8 Apparaatskosten Dienst Toeslagen",
        "Bedragen x € 1.000",
        "Kostensoort\nPersoneel\nMaterieel\nwaarvan ICT\nTotaal",
        "Realisatie\n2023\n52.310\n31.404\n12.118\n83.714",
        "Ontwerp-\nbegroting 2023\n50.100\n29.880\n11.540\n79.980",
        "Verschil\n2.210\n1.524\n578\n3.734",
        "De hogere personele uitgaven volgen uit de cao-loonstijging.",
    ]
    _tables, cells, warnings = read_text("\n\n".join(blocks))
    assert cells == []
    (said,) = [w for w in warnings if "not read" in w.reason]
    assert said.line == 11 and "3 columns printed one after the other" in said.reason


def test_columns_one_after_the_other_under_labels_with_headings_their_totals_name() -> None:
    """Plain pdftotext prints a municipal statement of baten and lasten column by column:
    the label block holds two headings without values ("Uitgaven" / "Inkomsten") each
    closed by the total naming it ("Totaal uitgaven"), and each column's block as many
    values as the other labels. Those headings say which labels hold no value, so the
    values are read in the labels' order under their own columns and headings (read as
    rows, each column's heading was a row and each label a column, every value off).
    The reading is said."""
    blocks = [
        "Overzicht per taakveld",
        "Bedragen x € 1.000",
        "Uitgaven\nBestuur\nSport\nTotaal uitgaven\nInkomsten\nBestuur\nSport\nTotaal inkomsten",
        "Begroting\n2022\n1.200\n3.400\n4.600\n100\n250\n350",
        "Rekening\n2022\n1.150\n3.520\n4.670\n120\n240\n360",
        "De uitgaven aan sport zijn hoger door de nieuwe sporthal.",
    ]
    _tables, cells, warnings = read_text("\n\n".join(blocks))
    assert len(cells) == 12
    got = {
        (c["row_label"], c["parent_row_label"], c["column_label"]): c["value_text"] for c in cells
    }
    assert got[("Sport", "Uitgaven", "Begroting 2022")] == "3.400"
    assert got[("Bestuur", "Inkomsten", "Rekening 2022")] == "120"
    assert got[("Totaal inkomsten", None, "Rekening 2022")] == "360"
    assert [w for w in warnings if "read column by column" in w.reason]


def test_columns_one_after_the_other_under_labels_two_more_named_by_no_total() -> None:
    """The same printing where the two labels too many are not headings their totals
    name ("Uitgaven" / "Inkomsten" closed by "Totaal"): which labels hold no value the
    text does not tell, so nothing is stored and it is said."""
    blocks = [
        "Overzicht per taakveld",
        "Bedragen x € 1.000",
        "Uitgaven\nBestuur\nSport\nTotaal\nInkomsten\nBestuur\nSport\nTotaal",
        "Begroting\n2022\n1.200\n3.400\n4.600\n100\n250\n350",
        "Rekening\n2022\n1.150\n3.520\n4.670\n120\n240\n360",
        "De uitgaven aan sport zijn hoger door de nieuwe sporthal.",
    ]
    _tables, cells, warnings = read_text("\n\n".join(blocks))
    assert cells == []
    assert [w for w in warnings if "not read" in w.reason]


def test_a_row_a_block_whose_label_names_a_year_is_no_table_printed_column_by_column() -> None:
    """A table printed a row a block (the heading block "Omschrijving" / "Begroting" /
    "Realisatie" / "Verschil", then each row's label over its values) has the shape of one
    printed column by column when a row's label names a year ("Resultaat 2024"): a block
    of lines naming no period, then blocks of one fewer values under a heading. Each
    block's heading is one line, so read as printed no value moves: it is read, not
    refused (it was refused with a warning, its nine cells lost)."""
    blocks = [
        "Overzicht baten en lasten (bedragen x € 1.000)",
        "Omschrijving\nBegroting\nRealisatie\nVerschil",
        "Algemene uitkering\n212.480\n219.115\n6.635",
        "Lokale heffingen\n41.260\n40.912\n-348",
        "Resultaat 2024\n253.740\n260.027\n6.287",
    ]
    _tables, cells, warnings = read_text("\n\n".join(blocks))
    grid = cell_grid(cells)
    assert grid[("Algemene uitkering", "Realisatie")] == "219.115"
    assert grid[("Lokale heffingen", "Verschil")] == "-348"
    assert grid[("Resultaat 2024", "Begroting")] == "253.740"
    assert len(cells) == 9 and not [w for w in warnings if "not read" in w.reason]


def test_a_text_column_between_label_and_values_printing_small_numbers() -> None:
    """A suppletoire begroting's build-up of an article, printed one cell per line, gives
    each row a cell for the note that explains it between its label and its values
    ("Toel.": empty, or "1", "2"). The number is that column's cell, not a value of the
    first year nor the next row's code ("0 Overig"), and a heading row without values over
    numbered rows ("Belangrijkste mutaties") is a row, not a label whose text cell is the
    next row's label: its rows stand under it."""
    text = "\n".join(
        [
            "Tabel 4 Opbouw ontvangsten artikel 5 (bedragen x € 1.000)",
            "Omschrijving", "Toel.", "2024", "2025", "2026", "2027",
            "Stand ontwerpbegroting 2024", " ", "120.400", "121.000", "122.300", "123.100",
            "Nota van wijziging", " ", "1.500", "0", "0", "0",
            "Stand vastgestelde begroting 2024", " ", "121.900", "121.000", "122.300", "123.100",
            "Belangrijkste mutaties",
            "Hogere opbrengst leges", "1", "2.300", "2.300", "2.300", "2.300",
            "Kasschuif", "2", "-4.000", "4.000", "0", "0",
            "Overig", " ", "12", "-8", "3", "0",
            "Stand 1e suppletoire begroting 2024", " ", "120.212", "127.292", "124.603", "125.400",
            "",
            "Toelichting",
            "1. De leges stijgen door meer aanvragen van vergunningen dan geraamd.",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Hogere opbrengst leges", "2024")] == "2.300"
    assert grid[("Kasschuif", "2024")] == "-4.000"
    assert grid[("Kasschuif", "2027")] == "0"
    assert grid[("Overig", "2024")] == "12"
    assert {c["value_text"] for c in cells if c["row_label"] == "Kasschuif"} == {
        "-4.000",
        "4.000",
        "0",
    }
    parents = row_parents(cells)
    assert parents["Hogere opbrengst leges"] == "Belangrijkste mutaties"
    assert parents["Overig"] == "Belangrijkste mutaties"
    assert len(cells) == 28


def _verticale_toelichting(tranche_values: list[str]) -> str:
    """A Voorjaarsnota's verticale toelichting printed one cell per line: a stand, its
    mutations, the new stand; the loon- en prijsbijstelling's label wrapped so that its
    tranche year stands alone on the line before the values."""
    return "\n".join(
        [
            "Tabel 8 Uitgaven Infrastructuur en Waterstaat (XII) (bedragen x € 1 mln)",
            "2026",
            "2027",
            "2028",
            "Stand ontwerpbegroting 2026",
            "8.210,4",
            "8.044,0",
            "7.990,5",
            "Mutaties 1e suppletoire begroting",
            "Kasschuif onderhoud vaarwegen",
            "–45,0",
            "45,0",
            "0,0",
            "Loon- en prijsbijstelling tranche",
            "2026",
            *tranche_values,
            "Diversen",
            "2,1",
            "–0,4",
            "0,3",
            "Stand 1e suppletoire begroting 2026",
            "8.310,2",
            "8.231,4",
            "8.134,1",
        ]
    )


def test_a_tranche_year_wrapped_alone_before_the_values_ends_the_label_where_sums_hold() -> None:
    """The year on its own line after the label makes one value more than the columns. The
    stand and its mutations add up to the new stand with the other values one a column: the
    year is the label's last word. Where they do not add up, the row is left out and said,
    never placed by guess."""
    _tables, cells, warnings = read_text(_verticale_toelichting(["142,7", "142,8", "143,3"]))
    grid = cell_grid(cells)
    label = "Loon- en prijsbijstelling tranche 2026"
    assert grid[(label, "2026")] == "142,7"
    assert grid[(label, "2028")] == "143,3"
    assert not any("tranche" in w.reason for w in warnings)
    _tables, cells, warnings = read_text(_verticale_toelichting(["142,7", "142,8", "150,0"]))
    assert not any("tranche" in c["row_label"] for c in cells)
    assert any("tranche" in w.reason for w in warnings)


def test_a_code_column_s_cell_before_values_and_an_empty_last_cell_is_no_value() -> None:
    """A suppletoire begroting's table of mutations one cell per line heads an article
    column between the labels and the years ("Omschrijving" / "Art.nr." / "2025" ...);
    every row prints that column's cell, a number or a placeholder, then a cell a year. A
    mutation for the first years only prints its article, its amounts and a placeholder for
    the last year: that run fits the years with the article read as the first amount too,
    and the article was stored under 2025, each amount a year late."""
    text = cells_per_line(
        "Tabel 2 Belangrijkste mutaties (bedragen x € 1.000)",
        "Omschrijving", "Art.nr.", "2025", "2026", "2027",
        "Stand ontwerpbegroting 2025", " ", "812.400", "805.100", "799.300",
        "Extra inzet handhaving", "3", "4.500", "4.500", " ",
        "Kasschuif subsidies", "12", " ", "– 2.000", " ",
        "Loonbijstelling", "7", "9.100", "9.050", "9.050",
        "Stand 1e suppletoire begroting 2025", " ", "826.000", "816.650", "808.350",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Extra inzet handhaving", "2025")] == "4.500"
    assert grid[("Extra inzet handhaving", "2026")] == "4.500"
    assert ("Extra inzet handhaving", "2027") not in grid
    assert grid[("Kasschuif subsidies", "2026")] == "– 2.000"
    assert not [c for c in cells if c["value_text"] in ("3", "12", "7")]
    assert len(cells) == 12


def test_the_next_row_s_code_after_a_row_s_empty_cells_is_no_value_of_it() -> None:
    """A begroting's budgettaire gevolgen one cell per line prints each article's code in a
    cell of its own before its label ("12" / "Ontvangsten"), a regeling's row its amounts
    and a placeholder for its empty years. After such a row ending in an empty cell the next
    row's code follows the placeholder: the row fits the years without it (two spaces two
    empty years). Read as the row's value, each placeholder one cell, the code was stored
    as the regeling's amount for 2029 and lost to the next label; where no reading fits it
    in the row, the row was left out."""
    text = cells_per_line(
        "Tabel 3 Budgettaire gevolgen van beleid artikel 12 (bedragen x € 1.000)",
        "Art.", "Naam artikel", "2025", "2026", "2027", "2028", "2029",
        "12", "Verplichtingen", "84.210", "80.150", "79.900", "79.900", "79.900",
        "12", "Uitgaven", "83.760", "80.400", "79.900", "79.900", "79.900",
        "12.1", "Subsidies", "21.760", "18.400", "17.900", "17.900", "17.900",
        " ", "Regeling duurzame mobiliteit", "17.900", "17.900", "17.900", "17.900", "17.900",
        " ", "Tijdelijke regeling laadpalen", "3.860", " ", "500", "  ",
        "12", "Ontvangsten", "1.250", "1.250", "1.250", "1.250", "1.250",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    regeling = "Tijdelijke regeling laadpalen"
    assert (grid[(regeling, "2025")], grid[(regeling, "2027")]) == ("3.860", "500")
    assert len([c for c in cells if c["row_label"] == regeling]) == 2
    assert grid[("12 Ontvangsten", "2029")] == "1.250"
    assert not [c for c in cells if c["value_text"] == "12"]


def test_a_row_s_last_value_before_a_label_is_no_code_where_no_row_prints_it_as_one() -> None:
    """Under a code column headed first, a small number ending a row right before the next
    label ("100" / "  " / "48" / "Totaal") is that label's code only where the table's rows
    print it as a code elsewhere (an article's "12" over its rows): "48" was taken for the
    total's code, lost as the row's 2027 amount (the sums then failing, every parent lost)."""
    text = cells_per_line(
        "Tabel 3 Budgettaire gevolgen van beleid artikel 12 (bedragen x € 1.000)",
        "Art.", "Naam artikel", "2025", "2026", "2027",
        "12", "Uitgaven", "2.100", "1.345", "1.348",
        "12.1", "Subsidies", "2.000", "1.300", "1.300",
        " ", "Regeling A", "2.000", "1.300", "1.300",
        "12.2", "Opdrachten", "100", "  ", "48",
        "Totaal", "2.100", "1.345", "1.348",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("12.2 Opdrachten", "2027")] == "48"
    assert grid[("Totaal", "2027")] == "1.348"
    assert row_parents(cells)["12.2 Opdrachten"] == "Totaal"


def _codes_after_values(last_cell: str) -> str:
    """A begroting's budgettaire gevolgen one cell per line whose code column is headed
    after the years ("2026" ... / "Art."): each row prints its article's code, or an empty
    cell, after its values, the instrument row its placeholder and its code; the last row
    ends in ``last_cell``."""
    return cells_per_line(
        "Tabel 6.2 Budgettaire gevolgen van beleid artikel 6 Nationale ombudsman",
        "Bedragen x € 1.000",
        " ", "2026", "2027", "2028", "2029", "Art.",
        "Verplichtingen", "18.412", "18.650", "18.650", "18.650", " ",
        "Uitgaven", "18.204", "18.650", "18.650", "18.650", " ",
        "Opdracht", "    ", "6.1",
        "Behandeling van klachten", "15.120", "15.480", "15.480", "15.480", "6.1",
        "Onderzoek uit eigen beweging", "3.084", "3.170", "3.170", "3.170", "6.2",
        "Ontvangsten", "412", "150", "150", "150",
        last_cell,
        "Toelichting op de instrumenten",
    )  # fmt: skip


def test_codes_printed_after_the_values_under_a_code_heading_printed_last_are_no_labels() -> None:
    """Under a code column headed after the years, rows whose first label has no code
    before it and whose last row is followed by a code cell of its own print each code
    after their values: read as the next label's code, every code went one row down
    ("6.1 Onderzoek uit eigen beweging", "6.2 Ontvangsten"). The labels are kept as printed,
    no code prepended (a code is a label's where printed before it)."""
    _tables, cells, _warnings = read_text(_codes_after_values(" "))
    grid = cell_grid(cells)
    assert grid[("Onderzoek uit eigen beweging", "2026")] == "3.084"
    assert grid[("Ontvangsten", "2029")] == "150"
    assert grid[("Behandeling van klachten", "2027")] == "15.480"
    assert row_parents(cells)["Behandeling van klachten"] == "Opdracht"
    assert not [c for c in cells if c["row_label"][:1].isdigit()]


def test_codes_under_a_code_heading_printed_last_stay_the_labels_without_a_last_cell() -> None:
    """The same cells between the rows, but the last row followed by a wider spacer, no code
    cell of its own: the codes are the labels after them (a code column's cells before the
    labels, the first row's left out), prepended as before."""
    _tables, cells, _warnings = read_text(_codes_after_values("         "))
    labels = {c["row_label"] for c in cells}
    assert "6.2 Ontvangsten" in labels
    assert "6.1 Onderzoek uit eigen beweging" in labels


def test_a_code_column_after_one_value_printing_numbers_and_words_is_no_rows() -> None:
    """A suppletoire begroting's belangrijkste mutaties of one year, its code column headed
    after the year ("2025" / "Art."): each row prints its article after its amount, a number
    ("41"), a word ("alle", "div.") or an empty cell, the group row its empty cell too.
    Read as labels, "Art." took the first amount, "alle" and "div." the next, and every
    number went to the next label ("41 Subsidie verduurzaming")."""
    text = cells_per_line(
        "Tabel 2 Belangrijkste suppletoire uitgavenmutaties 2025 (bedragen x € 1.000)",
        " ", "2025", "Art.",
        "Stand ontwerpbegroting 2025", "1.204.300", "alle",
        "1e suppletoire begroting 2025", "56.100", "div.",
        "Vastgestelde begroting 2025", "1.260.400", " ",
        "Belangrijkste mutaties 2e suppletoire begroting:", " ",
        "Kasschuif warmtenetten", "– 38.000", "41",
        "Subsidie verduurzaming", "12.500", "42",
        "Overige mutaties", "– 1.900", "div.",
        "Stand 2e suppletoire begroting 2025", "1.233.000", " ",
        "Toelichting",
        "Kasschuif warmtenetten: de projecten komen later tot uitvoering dan geraamd.",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Stand ontwerpbegroting 2025", "2025")] == "1.204.300"
    assert grid[("1e suppletoire begroting 2025", "2025")] == "56.100"
    assert grid[("Subsidie verduurzaming", "2025")] == "12.500"
    assert grid[("Overige mutaties", "2025")] == "– 1.900"
    assert len(cells) == 7
    parents = row_parents(cells)
    assert parents["Kasschuif warmtenetten"] == "Belangrijkste mutaties 2e suppletoire begroting:"


def _mutaties_codes_after_empty_cells(last_cell: str) -> str:
    """A suppletoire begroting's belangrijkste mutaties one cell per line over four years
    and an article column headed after them ("2025" ... "2028" / "Art.nr."): each empty
    cell one space, a row's article after its empty cells ("– 60.000" / "25.000" / " " /
    " " / "2"), the group heading's empty cells and a spacer row seven spaces (2n - 1 over
    four years and the article); the last row ends in ``last_cell``."""
    return cells_per_line(
        "Tabel 3 Belangrijkste mutaties (bedragen x € 1.000)",
        " ", "2025", "2026", "2027", "2028", "Art.nr.",
        "Stand ontwerpbegroting 2025", "910.400", "884.000", "861.250", "850.000", " ",
        "Mutaties 1e suppletoire begroting", "       ",
        "Kasschuif subsidieregeling", "– 60.000", "25.000", " ", " ", "2",
        "Bijdrage aan de provincies", "40.000", "40.000", "40.000", "40.000", "1",
        "Uitvoeringskosten", "3.500", " ", " ", " ", "3",
        "Totaal mutaties 1e suppletoire begroting", "– 16.500", "65.000", "40.000", "40.000",
        " ", "       ",
        "Stand 1e suppletoire begroting 2025", "893.900", "949.000", "901.250", "890.000",
        last_cell,
        "Toelichting",
        "De kasschuif volgt het ritme van de beschikkingen.",
    )  # fmt: skip


def test_codes_after_a_row_s_empty_cells_under_a_code_heading_printed_last_are_no_labels() -> None:
    """Under a code column headed after the years, a row printing fewer values than years
    prints its empty cells and then its code ("– 60.000" / "25.000" / " " / " " / "2"),
    and the total's code cell is followed by a spacer row: each row's cells fill the years
    and the code column, so the codes are the rows' own, after their values. Read as the
    next labels' codes ("2 Bijdrage aan de provincies"), every item lost its own and the
    total took the group's items' place."""
    _tables, cells, _warnings = read_text(_mutaties_codes_after_empty_cells(" "))
    grid = cell_grid(cells)
    assert grid[("Bijdrage aan de provincies", "2028")] == "40.000"
    assert grid[("Uitvoeringskosten", "2025")] == "3.500"
    assert grid[("Kasschuif subsidieregeling", "2026")] == "25.000"
    assert not [c for c in cells if c["row_label"][:1].isdigit()]
    parents = row_parents(cells)
    assert parents["Bijdrage aan de provincies"] == "Mutaties 1e suppletoire begroting"


def test_codes_after_a_row_s_empty_cells_stay_the_labels_without_a_last_code_cell() -> None:
    """The same rows, but the last row followed by no code cell of its own: the codes may
    be the labels' after them (a code column's cells printed before the labels), and they
    stay so, prepended as printed before them."""
    _tables, cells, _warnings = read_text(_mutaties_codes_after_empty_cells("Bron: begroting"))
    labels = {c["row_label"] for c in cells}
    assert "2 Bijdrage aan de provincies" in labels


def test_a_heading_spaced_by_one_space_over_two_columns_heads_the_rows_under_it() -> None:
    """An agentschap's balance sheet printed one cell per line, every heading without values
    followed by one space ("Passiva" / " " / "Eigen vermogen" / " "): one space over two
    columns stands for no row of empty cells, so "Eigen vermogen" is no row of nothing
    under "Passiva" but the heading of the reserves (they went to the total printed under
    the debts)."""
    text = cells_per_line(
        "Balans agentschap per 31 december 2023", "(bedragen x € 1.000)",
        "Balans per", "31-12-2023", "31-12-2022",
        "Activa", " ", "Vaste activa", " ",
        "Materiële vaste activa", "8.412", "9.106",
        "Vlottende activa", " ",
        "Debiteuren", "2.260", "1.874",
        "Liquide middelen", "11.508", "9.770",
        "Passiva", " ", "Eigen vermogen", " ",
        "Exploitatiereserve", "2.140", "1.905",
        "Onverdeeld resultaat", "610", "235",
        "Schulden", " ",
        "Leningen bij het Ministerie van Financiën", "7.300", "8.100",
        "Crediteuren", "12.130", "10.510",
        "Totaal activa", "22.180", "20.750",
        "Totaal passiva", "22.180", "20.750",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["Exploitatiereserve"] == parents["Onverdeeld resultaat"] == "Eigen vermogen"
    assert parents["Crediteuren"] == "Schulden"
    assert parents["Liquide middelen"] == "Vlottende activa"


def test_an_instrument_row_printing_its_empty_cells_after_a_row_without_a_note_heads_rows() -> None:
    """A jaarverslag's budgettaire gevolgen one cell per line with a note column after the
    values ("Verschil" / "Noot": "3" after some rows only): a row without a note is
    followed by the next row's label, and where that is an instrument printing its empty
    cells ("Opdrachten" / seven spaces) over its regelingen, it was read as the row
    above's note, the instrument lost and its regelingen put under "Uitgaven"."""
    text = cells_per_line(
        "Tabel 14 Budgettaire gevolgen van beleid artikel 4 (bedragen x € 1.000)",
        "Realisatie", "Vastgestelde begroting", "Verschil", "Noot",
        " ", "2021", "2022", "2023", "2023", "2023",
        "Verplichtingen", "88.310", "91.420", "95.006", "90.100", "4.906", "1",
        "Uitgaven", "86.950", "90.880", "94.210", "90.100", "4.110",
        "Opdrachten", "       ",
        "Onderzoek en monitoring", "12.400", "13.010", "14.650", "13.000", "1.650", "2",
        "Voorlichting", "4.550", "4.870", "4.560", "4.600", "– 40",
        "Bijdrage aan medeoverheden", "       ",
        "Specifieke uitkering", "70.000", "73.000", "75.000", "72.500", "2.500",
        "Ontvangsten", "1.210", "980", "1.040", "1.000", "40",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["Onderzoek en monitoring"] == "Opdrachten"
    assert parents["Voorlichting"] == "Opdrachten"
    assert parents["Specifieke uitkering"] == "Bijdrage aan medeoverheden"
    assert cell_grid(cells)[("Voorlichting", "Verschil 2023")] == "– 40"


def test_codes_under_a_code_heading_printed_last_before_the_first_row_and_after_the_last() -> None:
    """Under a code column headed after the years, a code before the first label and a
    code cell after the last row's values: each code between the rows may be the row's
    above it (printed after its values) or the label's after it, and nothing in the text
    tells which. Read either way, every code but one could be stored with the wrong row:
    the table is said, not read."""
    text = cells_per_line(
        "Tabel 6.2 Budgettaire gevolgen van beleid artikel 6 Nationale ombudsman",
        "Bedragen x € 1.000",
        " ", "2026", "2027", "2028", "2029", "Art.",
        "6", "Verplichtingen", "18.412", "18.650", "18.650", "18.650",
        "6.1", "Behandeling van klachten", "15.120", "15.480", "15.480", "15.480",
        "6.2", "Onderzoek uit eigen beweging", "3.084", "3.170", "3.170", "3.170",
        "6", "Ontvangsten", "412", "150", "150", "150",
        " ",
        "Toelichting op de instrumenten",
    )  # fmt: skip
    _tables, cells, warnings = read_text(text)
    assert not [c for c in cells if c["value_text"] == "15.120"]
    assert any("does not tell" in w.reason for w in warnings)


def _mutations_by_article(heading_blank: str, pair_blank: str) -> str:
    """A suppletoire begroting's mutations one cell per line under "Art." and four years:
    each row opens with its article's code cell (a number, or a placeholder for a stand or
    a row without article), the value-less heading of the mutations prints its empty cells
    as ``heading_blank``, a mutation for the first year only three spaces for its empty
    years, one for the first two years ``pair_blank``, each before the next row's code."""
    return cells_per_line(
        "Tabel 2 Suppletoire mutaties (bedragen x € 1.000)",
        "Art.", " ", "2025", "2026", "2027", "2028",
        " ", "Stand ontwerpbegroting 2025", "500.000", "480.000", "470.000", "460.000",
        " ", "Mutaties 1e suppletoire begroting 2025", heading_blank,
        "4", "Versterking toezicht", "12.000", "   ",
        "6", "Kasschuif investeringen", "– 8.000", "8.000", pair_blank,
        "9", "Bijdrage aan provincies", "3.000", "3.000", "3.000", "3.000",
        " ", "Stand 1e suppletoire begroting 2025", "507.000", "491.000", "473.000", "463.000",
    )  # fmt: skip


def test_a_code_after_a_row_s_placeholders_is_the_next_row_s_by_the_table_s_convention() -> None:
    """Under a code column headed first, a row's placeholder and a small number before the
    next label may fit the columns two ways: "12.000" / three spaces / "4" is three empty
    years and the next row's code where the table prints n spaces for n cells, two empty
    years and the last year's amount where it prints 2n - 1, and "– 8.000" / "8.000" / two
    spaces / "9" two empty years and the code, or (each placeholder one cell) an empty
    year and the amount. A value-less heading printing four spaces over four columns
    tells the table prints n spaces for n cells: both numbers are codes. They were stored
    as the rows' 2028 amounts and lost to the next labels."""
    _tables, cells, _warnings = read_text(_mutations_by_article("    ", "  "))
    grid = cell_grid(cells)
    assert grid[("4 Versterking toezicht", "2025")] == "12.000"
    assert grid[("6 Kasschuif investeringen", "2026")] == "8.000"
    assert grid[("9 Bijdrage aan provincies", "2028")] == "3.000"
    assert not [c for c in cells if c["value_text"] in ("4", "6", "9")]
    assert len(cells) == 15
    parents = row_parents(cells)
    assert parents["6 Kasschuif investeringen"] == "Mutaties 1e suppletoire begroting 2025"


def test_a_number_after_a_row_s_placeholders_is_its_value_where_the_convention_fits_it() -> None:
    """The same table whose value-less heading prints seven spaces over its four columns
    prints 2n - 1 spaces for n cells: "12.000" / three spaces / "6" is two empty years and
    the last year's amount, as before; "– 8.000" / "8.000" / three spaces / "9" fills the
    columns without the number only, so it is the next row's code."""
    _tables, cells, _warnings = read_text(_mutations_by_article("       ", "   "))
    grid = cell_grid(cells)
    assert grid[("4 Versterking toezicht", "2028")] == "6"
    assert grid[("Kasschuif investeringen", "2026")] == "8.000"
    assert grid[("9 Bijdrage aan provincies", "2028")] == "3.000"
    assert not [c for c in cells if c["value_text"] == "9"]


def _stand_and_mutations(*mutation: str) -> str:
    """A stand, its mutations and the stand they make, one cell per line and no blank
    line, as a PDF's text layer without layout prints them under three years."""
    return "\n".join(
        [
            "Tabel 5 Opbouw uitgaven (bedragen x € 1.000)",
            "2024", "2025", "2026",
            "Stand ontwerpbegroting 2024", "1.200", "1.300", "1.400",
            "Mutatie Nota van wijziging", "20", "30", "40",
            *mutation,
            "Nieuwe mutaties", "5", "5", "5",
            "Stand ontwerpbegroting 2025", "1.235", "1.345", "1.455",
        ]
    )  # fmt: skip


def test_a_run_of_two_rows_values_after_a_label_is_its_row_and_an_unlabelled_subtotal() -> None:
    """A verdieping table printed one cell per line with no blank lines: after the last
    mutation's three values come the three of the subtotal they make, printed without a
    label. Six values under three years are the label's row and an unlabelled row (both
    were left out: "6 values for 3 columns and no placeholders")."""
    text = _stand_and_mutations(
        "Mutatie 1e suppletoire", "10", "10", "10", "1.230", "1.340", "1.450"
    )
    _tables, cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert (grid[("Mutatie 1e suppletoire", "2026")], grid[("", "2024")]) == ("10", "1.230")
    assert row_parents(cells)[""] == "Stand ontwerpbegroting 2025"
    assert not [w for w in warnings if "no placeholders" in w.reason]


def test_a_run_of_values_no_whole_number_of_rows_after_a_label_stays_unplaced() -> None:
    """Five values under three years are no row and a subtotal: which columns they fill
    nothing tells, and they are left out with a warning, never split into rows."""
    text = _stand_and_mutations("Mutatie 1e suppletoire", "10", "10", "1.230", "1.340", "1.450")
    _tables, cells, warnings = read_text(text)
    assert "" not in row_parents(cells) and "Mutatie 1e suppletoire" not in row_parents(cells)
    assert [w for w in warnings if "no placeholders" in w.reason]


def test_a_code_heading_opening_the_group_row_after_a_blank_corner_heads_a_column_between() -> None:
    """A suppletoire begroting's mutations one cell per line under a heading of two rows:
    the blank corner, the code heading and the groups (" " / "Art.nr." / "Verplichtingen" /
    "Uitgaven"), then the leaves' row with its two empty cells (" " / " " / "2025" / "2025"
    / "2026"). The code column stands between the labels and the values, as under a heading
    of one row (" " / "Art." / "2025"): each row prints its code or an empty cell after the
    label. Read as the labels' code before them, a stand's empty code cell was an empty
    first value, its last value the next label's code ("0 Mutatie amendementen") and "Div."
    a label of its own."""
    text = cells_per_line(
        "Tabel 2 Belangrijkste suppletoire mutaties (bedragen x € 1.000)",
        " ", "Art.nr.", "Verplichtingen", "Uitgaven",
        " ", " ", "2025", "2025", "2026",
        "Stand ontwerpbegroting 2025", " ", "540.200", "530.100", "520.400",
        "Mutatie nota van wijziging", " ", "4.000", "4.000", "0",
        "Stand vastgestelde begroting 2025", " ", "544.200", "534.100", "520.400",
        "1. Kasschuif natuurherstel", "14", "0", "– 7.500", "7.500",
        "2. Loonbijstelling 2025", "Div.", "6.300", "6.300", "6.100",
        "Stand 1e suppletoire begroting 2025", " ", "550.500", "532.900", "534.000",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Mutatie nota van wijziging", "Verplichtingen 2025")] == "4.000"
    assert grid[("Mutatie nota van wijziging", "Uitgaven 2026")] == "0"
    assert grid[("1. Kasschuif natuurherstel", "Uitgaven 2025")] == "– 7.500"
    assert grid[("2. Loonbijstelling 2025", "Uitgaven 2026")] == "6.100"
    assert not [c for c in cells if c["value_text"] in ("14", "Div.")]
    assert len(cells) == 18


def test_a_code_heading_first_in_a_group_row_stays_the_labels_code_before_them() -> None:
    """The near form: the code heading opens the group row with nothing before it ("Art." /
    " " / "Verplichtingen" / "Uitgaven" over " " / " " / "2025" ...): the labels' code,
    printed before each label ("14" / "Kasschuif natuurherstel"), a stand's code cell
    empty (" " / "Stand ..."); no column between labels and values."""
    text = cells_per_line(
        "Tabel 2 Belangrijkste suppletoire mutaties (bedragen x € 1.000)",
        "Art.", " ", "Verplichtingen", "Uitgaven",
        " ", " ", "2025", "2025", "2026",
        " ", "Stand ontwerpbegroting 2025", "540.200", "530.100", "520.400",
        "14", "Kasschuif natuurherstel", "0", "– 7.500", "7.500",
        "21", "Loonbijstelling 2025", "6.300", "6.300", "6.100",
        " ", "Stand 1e suppletoire begroting 2025", "546.500", "528.900", "534.000",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("14 Kasschuif natuurherstel", "Uitgaven 2025")] == "– 7.500"
    assert grid[("21 Loonbijstelling 2025", "Verplichtingen 2025")] == "6.300"
    assert grid[("Stand 1e suppletoire begroting 2025", "Uitgaven 2026")] == "534.000"
    assert len(cells) == 12


def test_a_run_of_two_rows_items_holding_a_lone_dash_is_not_split_into_rows() -> None:
    """The near form: six items under three years, two of them lone dashes ("–" / "10" /
    "–" / "20" / "5" / "5"). A dash alone may be a nil cell or the minus of the figure
    after it printed apart (-10, -20, 5), so the items make no count of values: no row and
    unlabelled subtotal are made of them ("–" under 2024 and "20" as a stand), the run is
    left out with a warning as before."""
    text = _stand_and_mutations("Mutatie 1e suppletoire", "–", "10", "–", "20", "5", "5")
    _tables, cells, warnings = read_text(text)
    assert "" not in row_parents(cells) and "Mutatie 1e suppletoire" not in row_parents(cells)
    assert [w for w in warnings if "no placeholders" in w.reason]


def _empty_cells_as_empty_lines(group_cells: int, *rows: str) -> str:
    """A municipal overview printed a cell a line, no blank line between the cells: its
    group row "Lasten" followed by ``group_cells`` empty lines, then ``rows``."""
    return "\n".join(
        [
            "Overzicht van lasten",
            "(bedragen x € 1.000)",
            "Omschrijving", "Rekening 2023", "Begroting 2024", "Begroting 2025",
            "Lasten", *[""] * group_cells,
            "1 Bestuur", "-6.812", "-7.105", "-7.390",
            *rows,
            "4 Wonen", "-1.210", "-1.305", "-1.330",
            "Toelichting",
        ]
    )  # fmt: skip


def test_a_row_s_empty_cells_printed_as_empty_lines_stand_where_their_lines_put_them() -> None:
    """Where a table printing a cell a line prints its group row's empty cells as empty
    lines, one per column, a row's empty cells are empty lines too: each value stands
    in the column its line's distance from the label names ("2 Nieuw beleid" / "" /
    "-500" / "-600"; "3 Afgerond" / "-300" / "" / ""). Counted as values alone, the rows
    had too few, and were left out: no sums told their columns."""
    text = _empty_cells_as_empty_lines(
        3,
        "2 Nieuw beleid", "", "-500", "-600",
        "3 Afgerond", "-300", "", "",
    )  # fmt: skip
    _tables, cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("2 Nieuw beleid", "Begroting 2024")] == "-500"
    assert grid[("2 Nieuw beleid", "Begroting 2025")] == "-600"
    assert grid[("3 Afgerond", "Rekening 2023")] == "-300"
    assert ("2 Nieuw beleid", "Rekening 2023") not in grid
    assert row_parents(cells)["3 Afgerond"] == "Lasten"
    assert len(cells) == 9 and not warnings


@pytest.mark.parametrize(
    ("group_cells", "rows"),
    [
        # the group row prints no empty lines: nothing says the empty ones are cells
        (0, ("2 Nieuw beleid", "", "-500", "-600")),
        # its empty lines are not one a column: a spacer, no cells
        (1, ("2 Nieuw beleid", "", "-500", "-600")),
        # as many empty lines as another table's columns: what they are, nothing tells
        (2, ("2 Nieuw beleid", "", "-500", "-600")),
    ],
)
def test_a_row_short_of_values_where_empty_lines_are_no_cells_stays_left_out(
    group_cells: int, rows: tuple[str, ...]
) -> None:
    """The controls: where the table's value-less rows do not print an empty line a column,
    a row printing fewer values than the columns is left out with a warning as before,
    never placed by its lines (a plain text layer leaves a missing cell out, and a page's
    furniture it leaves out between two rows is no empty cell)."""
    _tables, cells, warnings = read_text(_empty_cells_as_empty_lines(group_cells, *rows))
    assert "2 Nieuw beleid" not in row_parents(cells)
    assert [w for w in warnings if "no placeholders" in w.reason]
    assert cell_grid(cells)[("4 Wonen", "Begroting 2025")] == "-1.330"


def test_a_row_short_of_values_in_a_table_parted_by_blank_lines_stays_left_out() -> None:
    """The control where blank lines part every cell and the group row's empty cells are
    blank lines too: a row printing fewer values than the columns is no row of lines, its
    values are left out with a warning as before."""
    text = cells_per_line(
        "Overzicht van lasten (bedragen x € 1.000)",
        "Omschrijving", "Rekening 2023", "Begroting 2024", "Begroting 2025",
        "Lasten", "", "",
        "1 Bestuur", "-6.812", "-7.105", "-7.390",
        "2 Nieuw beleid", "-500", "-600",
        "4 Wonen", "-1.210", "-1.305", "-1.330",
    )  # fmt: skip
    _tables, cells, warnings = read_text(text)
    assert "2 Nieuw beleid" not in row_parents(cells)
    assert [w for w in warnings if "no placeholders" in w.reason]
    assert cell_grid(cells)[("4 Wonen", "Begroting 2025")] == "-1.330"


def _without_group_rows(*rows: str) -> str:
    """A municipal overview printed a cell a line, no blank line between the cells and no
    row without values: a full first row, then ``rows``, then the explanation's heading
    and a sentence right under the last row's lines."""
    return "\n".join(
        [
            "Overzicht van lasten en baten",
            "(bedragen x € 1.000)",
            "Omschrijving", "Rekening 2023", "Begroting 2024", "Begroting 2025",
            "1 Bestuur", "-6.812", "-7.105", "-7.390",
            *rows,
            "Toelichting",
            "De lasten van bestuur stijgen met de cao.",
        ]
    )  # fmt: skip


def test_short_rows_whose_empty_lines_fill_their_cells_tell_them_without_a_group_row() -> None:
    """A table printing a cell a line with no row without values to show its empty cells:
    the rows printing fewer values than the columns show them, each followed by the next
    row's label a full row's lines below its own ("2 Nieuw beleid" / "" / "-500" / "-600" /
    "3 Wonen"), so each value stands in the column its line names, the last row's too,
    whose empty lines the explanation follows ("Baten" / "250" / "" / "" / "Toelichting").
    The rows were left out where no sums told their columns."""
    text = _without_group_rows(
        "2 Nieuw beleid", "", "-500", "-600",
        "3 Wonen", "-1.210", "-1.305", "-1.330",
        "Baten", "250", "", "",
    )  # fmt: skip
    _tables, cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("2 Nieuw beleid", "Begroting 2024")] == "-500"
    assert grid[("2 Nieuw beleid", "Begroting 2025")] == "-600"
    assert grid[("Baten", "Rekening 2023")] == "250"
    assert ("2 Nieuw beleid", "Rekening 2023") not in grid
    assert len(cells) == 9 and not warnings


@pytest.mark.parametrize(
    "rows",
    [
        # the short rows print no empty lines: a text layer leaving empty cells out
        ("2 Nieuw beleid", "-500", "-600", "3 Wonen", "-1.210", "-1.305", "-1.330"),
        # one short row prints them, another does not: nothing tells which is the table's
        (
            "2 Nieuw beleid", "", "-500", "-600", "3 Wonen", "-1.210", "-1.305", "-1.330",
            "Baten", "250", "4 Milieu", "-300", "-310", "-320",
        ),
    ],
)  # fmt: skip
def test_short_rows_that_do_not_all_fill_their_lines_stay_left_out(rows: tuple[str, ...]) -> None:
    """The near forms: where the short rows' lines do not each run to the next label a full
    row's lines below, the empty lines are no sure cells, and a short row is left out with
    a warning as before; the full rows are read as before."""
    _tables, cells, warnings = read_text(_without_group_rows(*rows))
    assert "2 Nieuw beleid" not in row_parents(cells)
    assert [w for w in warnings if "no placeholders" in w.reason]
    assert cell_grid(cells)[("3 Wonen", "Begroting 2025")] == "-1.330"


def _lined_overview(*rows: str) -> str:
    """A municipal overview printed a cell a line, no blank line between the cells, its
    group row "Lasten" followed by one empty line a column, then ``rows`` and a sentence."""
    return "\n".join(
        [
            "Overzicht van lasten",
            "(bedragen x € 1.000)",
            "Omschrijving", "Rekening 2023", "Begroting 2024", "Begroting 2025",
            "Lasten", "", "", "",
            "1 Bestuur", "-6.812", "-7.105", "-7.390",
            "2 Veiligheid", "-2.100", "-2.250", "-2.400",
            *rows,
            "",
            "De gemeente groeit gestaag.",
        ]
    )  # fmt: skip


_KENGETALLEN = ("Aantal inwoners", "", "52.310", "", "Aantal woningen", "", "23.415")


@pytest.mark.parametrize(
    "after",
    [
        # a blank line after the last row, then a block of its own: no line of the table's
        ("", "Kengetallen", *_KENGETALLEN),
        # a heading printing none of the empty lines the table's group rows print
        ("Kengetallen", *_KENGETALLEN),
    ],
)
def test_rows_after_the_tables_lines_break_off_are_not_placed_by_their_lines(
    after: tuple[str, ...],
) -> None:
    """A table printing a cell a line, its group row's empty cells as empty lines, ends at
    its last row where the lines no longer follow its pattern: a block of figures after it
    ("Kengetallen" / "Aantal inwoners" / "" / "52.310"), after a blank line no row of the
    table accounts for, or under a heading printing none of the group rows' empty lines,
    holds rows whose lines tell no columns of the table. Placed by their lines, the number
    of inhabitants was stored as € 52 mln under "Begroting 2024", and the table's unit
    turned mixed; they are left out with a warning as before empty lines were read as
    cells, the table keeps its unit and ends at its last row."""
    text = _lined_overview(*after)
    [table], cells, warnings = read_text(text)
    assert {c["row_label"] for c in cells} == {"1 Bestuur", "2 Veiligheid"}
    assert (table["unit"], table["unit_label"]) == ("EUR", "x € 1.000")
    assert text.splitlines()[table["line_end"] - 1] == "-2.400"
    assert len([w for w in warnings if "no placeholders" in w.reason]) == 2


@pytest.mark.parametrize(
    "rows",
    [
        # a group row printing its empty lines again, after a blank line: its rows are
        ("", "Baten", "", "", "", "3 Leges", "", "300", "310"),
        # a label wrapped over two lines, right under the row above
        ("3 Wonen en", "ruimte", "", "300", "310"),
        # a row's last cells empty, the next row right after its last column's line
        ("3 Wonen", "300", "", "", "4 Milieu", "", "300", "310"),
    ],
)
def test_rows_whose_lines_go_on_in_the_tables_pattern_stay_placed_by_them(
    rows: tuple[str, ...],
) -> None:
    """The near forms: rows standing line under line right under the row above, or under
    a group row printing one empty line a column, are placed by their lines as before."""
    [_table], cells, warnings = read_text(_lined_overview(*rows))
    grid = cell_grid(cells)
    label = next(c["row_label"] for c in cells if c["value_text"] == "310")
    assert grid[(label, "Begroting 2024")] == "300"
    assert (label, "Rekening 2023") not in grid
    assert not [w for w in warnings if "no placeholders" in w.reason]


def _article_with_instruments(
    group_cells: int, note: str = "2", first_note: str = "", late: str = "20"
) -> str:
    """A ministry's budget table printed a cell a line, no blank line between, an empty cell
    an empty line: an "Art." cell before each label (an article part's code, or empty), three
    years, a "Ref." cell after them (a note's number, ``note`` under the row starting a year
    late, its first figure ``late``, ``first_note`` under "Democratie", or empty); each
    value-less instrument row followed by ``group_cells`` empty lines, then the next row's
    empty "Art." cell."""
    group = [""] * group_cells
    return "\n".join(
        [
            "Tabel 3 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "Art.", "Omschrijving", "2022", "2023", "2024", "Ref.",
            "", "Uitgaven", "300", "330", "360", "",
            "1.1", "Democratie", "200", "210", "220", first_note,
            "", "Subsidies (regelingen)", *group,
            "", "ProDemos", "200", "210", "220", "1",
            "1.2", "Bestuur", "100", "120", "140", "",
            "", "Opdrachten", *group,
            "", "Onderzoek", "100", "100", "100", "",
            "", "Bijdrage aan medeoverheden", *group,
            "", "Specifieke uitkering", "", late, "40", note,
            "", "Ontvangsten", "50", "50", "50", "",
            "E. Toelichting op de financiële instrumenten",
        ]
    )  # fmt: skip


def test_rows_of_a_table_printing_code_and_note_cells_as_lines_are_placed_by_their_lines() -> None:
    """Where a table printing a cell a line prints its empty cells as empty lines, a code
    column's cell before each label and a note column's after the values among them, a
    value-less row's lines are its empty cells, the note's and the next row's code's
    ("Subsidies (regelingen)" / three empty years / an empty "Ref." / an empty "Art."): a
    text past a row's note line is no note of it but the next row, an instrument heading
    the rows under it, or a code prepended to the next label ("1.2"); a row whose first
    years are empty lines stands where its lines put it, its note's number no value. Read
    by items alone, each instrument row was taken for the note of the row above, its
    items hung under the wrong row, and the row starting later was shifted a year."""
    _tables, cells, warnings = read_text(_article_with_instruments(4))
    grid = cell_grid(cells)
    parents = row_parents(cells)
    assert grid[("Specifieke uitkering", "2023")] == "20"
    assert grid[("Specifieke uitkering", "2024")] == "40"
    assert ("Specifieke uitkering", "2022") not in grid
    assert parents["ProDemos"] == "Subsidies (regelingen)"
    assert parents["Onderzoek"] == "Opdrachten"
    assert parents["Specifieke uitkering"] == "Bijdrage aan medeoverheden"
    assert parents["1.1 Democratie"] == parents["1.2 Bestuur"] == "Uitgaven"
    assert len(cells) == 20 and not [w for w in warnings if "no placeholders" in w.reason]


def test_a_row_short_of_values_where_value_less_rows_print_no_line_a_cell_stays_left_out() -> None:
    """The control: where a value-less row prints fewer empty lines than a row's cells
    (two for three years and a note), nothing says the empty lines are cells: the row
    printing fewer values than the columns is left out with a warning, as before, where its
    figures make its article's total hold in no placement either (25, not 20)."""
    _tables, cells, warnings = read_text(_article_with_instruments(2, note="", late="25"))
    assert "Specifieke uitkering" not in row_parents(cells)
    assert [w for w in warnings if "no placeholders" in w.reason]
    assert cell_grid(cells)[("Ontvangsten", "2024")] == "50"


def test_a_text_on_a_row_s_note_line_stays_its_note() -> None:
    """The near form: a text standing on the note column's line, right after a row's last
    value, is that row's note, as before, no row of its own."""
    _tables, cells, _warnings = read_text(_article_with_instruments(4, first_note="zie noot"))
    assert "zie noot" not in row_parents(cells)
    row = {
        c["column_label"]: c["value_text"] for c in cells if c["row_label"].endswith("Democratie")
    }
    assert row == {"2022": "200", "2023": "210", "2024": "220"}


def test_a_code_with_leading_zeros_in_a_cell_of_its_own_is_the_next_rows_code() -> None:
    """A list of municipalities one cell per line without blank lines, each row's CBS code
    in a cell of its own before its name under a heading naming the codes ("CBS-code" /
    "Gemeente" / three amounts): a number printed with leading zeros ("0014") is a code,
    never an amount, and the heading says so. Read as values, each next row's code was the
    row's last value, every row a column over and the total (its code cell " ") lost."""
    text = "\n".join(
        [
            "Tabel 2 Uitkering per gemeente 2025 (bedragen in euro's)",
            *("CBS-code", "Gemeente", "Eerste deel (€)", "Tweede deel (€)", "Totaal (€)"),
            *("0014", "Groningen", "1.250.000", "2.500.000", "3.750.000"),
            *("0080", "Leeuwarden", "1.100.000", "900.000", "2.000.000"),
            *("0363", "Amsterdam", "8.000.000", "4.000.000", "12.000.000"),
            *(" ", "Totaal", "10.350.000", "7.400.000", "17.750.000"),
            "Deze bedragen worden in december 2025 betaald.",
        ]
    )
    _tables, cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("0014 Groningen", "Eerste deel (€)")] == "1.250.000"
    assert grid[("0363 Amsterdam", "Totaal (€)")] == "12.000.000"
    assert grid[("Totaal", "Tweede deel (€)")] == "7.400.000"
    assert {c["column_label"] for c in cells} == {
        "Eerste deel (€)", "Tweede deel (€)", "Totaal (€)",
    }  # fmt: skip
    assert row_parents(cells)["0080 Leeuwarden"] == "Totaal"
    assert not warnings


def test_a_zero_a_year_and_a_number_as_label_stay_as_printed_beside_codes() -> None:
    """The control of the leading-zero code: a nil amount "0", a decimal "0,5" and a row
    labelled by a year ("2025") are no codes; a code of one to three digits before its
    label ("21" / "Land- en tuinbouw") is prepended as before."""
    text = "\n".join(
        [
            "Tabel 3 Mutaties (bedragen x € 1 mln)",
            *("Omschrijving", "2025", "2026", "2027"),
            *("Subsidies", "0", "0,5", "1,0"),
            *("Bijdragen", "12,0", "0", "0,5"),
            *("Totaal", "12,0", "0,5", "1,5"),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Subsidies", "2025")] == "0"
    assert grid[("Subsidies", "2026")] == "0,5"
    assert grid[("Bijdragen", "2027")] == "0,5"
    series = "\n".join(
        [
            *("Tabel 4 Uitgaven en ontvangsten (x € 1 mln)", "Jaar", "Uitgaven", "Ontvangsten"),
            *("2023", "380", "0", "2024", "395", "0", "2025", "410", "0,5"),
        ]
    )
    _tables, cells, _warnings = read_text(series)
    assert cell_grid(cells)[("2025", "Ontvangsten")] == "0,5"
    coded = "\n".join(
        [
            *("Tabel 5 Uitgaven (bedragen x € 1.000)", "Art.", "Omschrijving", "2025", "2026"),
            *("21", "Land- en tuinbouw", "1.200", "1.300"),
            *("22", "Visserij", "400", "0"),
        ]
    )
    _tables, cells, _warnings = read_text(coded)
    assert cell_grid(cells)[("22 Visserij", "2026")] == "0"


def test_a_regions_code_of_two_capitals_and_a_number_is_prepended_to_its_name() -> None:
    """A province's CBS code in a cell of its own before its name ("PV20" / "Groningen"),
    one cell per line without blank lines, under "Code" / "Provincie": the code goes before
    the label ("PV20 Groningen"), as an article's number does. Read as a text, the code was
    the row's label and the name a text column's cell, lost."""
    text = "\n".join(
        [
            "Bijlage 1 Uitkeringen per provincie (bedragen x € 1.000)",
            *("Code", "Provincie", "2025", "2026"),
            *("PV20", "Groningen", "176.412", "181.881"),
            *("PV21", "Fryslân", "198.305", "204.452"),
            *("PV22", "Drenthe", "161.877", "166.895"),
            *(" ", "Totaal", "536.594", "553.228"),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("PV20 Groningen", "2025")] == "176.412"
    assert grid[("PV22 Drenthe", "2026")] == "166.895"
    assert row_parents(cells)["PV21 Fryslân"] == "Totaal"
    # the control: such a name followed by its values is a label, no code ("EU27")
    text = "\n".join(
        [
            "Tabel 2 Afdrachten (bedragen x € 1 mln)",
            *("Omschrijving", "2025", "2026"),
            *("EU27", "7.100", "7.300", "Overig", "400", "410", "Totaal", "7.500", "7.710"),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells)[("EU27", "2026")] == "7.300"


def test_a_region_code_alone_over_rows_without_values_is_a_group_label() -> None:
    """A text of two capitals and a number ("EU27") printed alone over rows, no code column
    headed and no other code of its capitals on the page, is a group row's label: read as a
    region's code it was prepended to the next row's label ("EU27 Nederland") and the group
    lost. Its near form, codes of the same capitals on every row ("PV20", "PV21", ...)
    without a code heading, stays prepended."""
    text = "\n".join(
        [
            "Tabel 5 Afdrachten (x € 1 mln)",
            *("Land", "2025", "2026"),
            *("EU27", "Nederland", "7.100", "7.300", "Duitsland", "25.000", "26.000"),
            *("Totaal EU27", "32.100", "33.300"),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Nederland", "2025")] == "7.100"
    assert row_parents(cells)["Nederland"] == "EU27"
    coded = "\n".join(
        [
            "Tabel 6 Uitkeringen per provincie (x € 1.000)",
            *("Provincie", "2025", "2026"),
            *("PV20", "Groningen", "176.412", "181.881"),
            *("PV21", "Fryslân", "198.305", "204.452"),
            *("PV22", "Drenthe", "161.877", "166.895"),
        ]
    )
    _tables, cells, _warnings = read_text(coded)
    assert cell_grid(cells)[("PV21 Fryslân", "2026")] == "204.452"


def test_one_amount_column_beside_a_named_code_column_is_read() -> None:
    """A list one cell per line of each row's code, name and one amount under "Gemeentecode"
    / "Gemeente" / "Bedrag": each next row's code ending a row's run is no second value, so
    every row prints the one value a table of one column needs. Counted as a value, no row
    printed one, no heading was read and the table was lost without a word. Its near form,
    two year columns, reads as before."""
    rows = ("0014", "Groningen", "12.000", "0080", "Leeuwarden", "3.000")
    text = "\n".join(
        [
            "Tabel 3 Uitkering per gemeente (bedragen in euro)",
            *("Gemeentecode", "Gemeente", "Bedrag"),
            *rows,
            *("0363", "Amsterdam", "8.000", " ", "Totaal", "23.000"),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("0080 Leeuwarden", "Bedrag")] == "3.000"
    assert grid[("Totaal", "Bedrag")] == "23.000"
    assert row_parents(cells)["0363 Amsterdam"] == "Totaal"
    years = "\n".join(
        [
            "Tabel 3 Uitkering per gemeente (bedragen in euro)",
            *("Gemeentecode", "Gemeente", "2025", "2026"),
            *("0014", "Groningen", "12.000", "13.000", "0080", "Leeuwarden", "3.000", "3.100"),
        ]
    )
    _tables, cells, _warnings = read_text(years)
    assert cell_grid(cells)[("0080 Leeuwarden", "2026")] == "3.100"


def test_a_postcode_heading_names_no_register_s_code_column() -> None:
    """ "Postcode" ends in "code" as "Gemeentecode" does, but a postcode is a part of an
    address, no register's number: no code column's heading. Taken for one, a list of
    postcodes, places and one amount was dropped without a warning; now the reader says
    what it could not place. Its near forms, named registers' codes, stay code headings."""
    assert heading_kind("Postcode") is None
    assert heading_kind("Gemeentecode") == "code"
    assert heading_kind("CBS-code") == "code"
    text = "\n".join(
        [
            "Tabel 3 Uitkering per vestiging (bedragen in euro)",
            *("Postcode", "Plaats", "Bedrag", "1012", "Amsterdam", "12.000"),
            *("3511", "Utrecht", "3.000", "2511", "Den Haag", "8.000"),
        ]
    )
    _tables, _cells, warnings = read_text(text)
    assert warnings


def _noted_table(note_heading: str, rows: list[tuple[str, ...]]) -> str:
    """A jaarverslag's budget table printed a cell a line: a blank corner, the stages over
    the years, and ``note_heading`` (a note column's, or a year's) last; each row's cells."""
    return cells_per_line(
        "Tabel 9 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
        " ", "Realisatie", "Vastgestelde begroting", "Verschil", note_heading,
        " ", "2019", "2020", "2021", "2022", "2023", "2023", "2023", " ",
        *(cell for row in rows for cell in row),
    )  # fmt: skip


_NOTED_ROWS = [
    ("Verplichtingen", "21.340", "24.780", "28.115", "25.090", "26.410", "25.300", "1.110", "1"),
    ("Uitgaven", "139.180", "143.970", "154.550", "162.190", "166.260", "168.590", "– 2.330", " "),
    ("Subsidies", "22.150", "23.410", "28.180", "30.460", "31.045", "33.090", "– 2.045", " "),
    ("Topsectoren", "22.150", "23.410", "24.980", "25.310", "24.175", "26.590", "– 2.415", "2"),
    ("Groen onderwijs", " ", " ", "3.200", "5.150", "6.870", "6.500", "370", " "),
    ("Opdrachten", "117.030", "120.560", "126.370", "131.730", "135.215", "135.500", "– 285", " "),
    ("Agentschap", "117.030", "120.560", "126.370", "131.730", "135.215", "135.500", "– 285", "3"),
    ("Ontvangsten", "1.230", "1.340", "1.410", "1.520", "1.650", "1.500", "150", " "),
]


@pytest.mark.parametrize("heading", ["Ref. nr.", "Ref.nr.", "Noot nr."])
def test_a_note_number_column_headed_after_the_values_holds_no_codes(heading: str) -> None:
    """A note column headed after the stages' headings by its name and the word for its
    number ("Ref. nr." over "1", "2" or an empty cell after each row's values) holds the
    number of the note to its own row. "nr." alone heads a code column, so the heading was
    read as no column's: each number was taken for the next row's code ("1 Uitgaven",
    every row under it misparented) and the heading's words for leaves ("2023 (2)")."""
    _tables, cells, _warnings = read_text(_noted_table(heading, _NOTED_ROWS))
    grid = cell_grid(cells)
    assert {c["row_label"] for c in cells} == {row[0] for row in _NOTED_ROWS}
    assert grid[("Uitgaven", "Realisatie 2019")] == "139.180"
    assert grid[("Topsectoren", "Verschil 2023")] == "– 2.415"
    assert grid[("Groen onderwijs", "Realisatie 2021")] == "3.200"
    parents = row_parents(cells)
    assert parents["Subsidies"] == parents["Opdrachten"] == "Uitgaven"
    assert parents["Topsectoren"] == "Subsidies"
    assert not {"1", "2", "3"} & set(grid.values())


def test_a_code_column_headed_before_the_labels_stays_the_labels_code() -> None:
    """The near form: "Nr." heading the first column, before the labels' own heading, is a
    code column: each number is the code of the label printed after it, prepended."""
    text = cells_per_line(
        "Tabel 2 Uitgaven per artikel (bedragen x € 1.000)",
        "Nr.", "Omschrijving", "2024", "2025",
        "1", "Bestuur", "1.200", "1.310",
        "2", "Veiligheid", "2.400", "2.520",
        "3", "Onderwijs", "3.100", "3.150",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert {c["row_label"] for c in cells} == {"1 Bestuur", "2 Veiligheid", "3 Onderwijs"}
    assert cell_grid(cells)[("2 Veiligheid", "2025")] == "2.520"


_SPACED_ROWS = [
    ("Verplichtingen", "4.900", "4.950", "5.100", "5.300", "5.700", "5.500", "200", "1"),
    ("Uitgaven", "4.800", "4.900", "5.000", "5.200", "5.600", "5.500", "100", " "),
    ("Subsidies", " ", " ", " ", " ", " ", " ", " ", " "),
    ("Regeling A", "2.800", "2.900", "3.000", "3.100", "3.300", "3.200", "100", " "),
    ("Regeling B", " ", " ", "500", "550", "600", "650", "‒ 50", "2"),
    ("Opdrachten", " ", " ", " ", " ", " ", " ", " ", " "),
    ("Onderzoek", "2.000", "2.000", "2.000", "2.100", "1.600", "1.650", "‒ 50", " "),
    ("Ontvangsten", "300", "350", "400", "450", "500", "480", "20", "3"),
]  # fmt: skip


def test_a_space_a_cell_counts_the_note_column_after_the_values() -> None:
    """Under "Ref." after the values, a table printing each empty cell as a space of its own
    (its value-less rows print one for every column, the note column's too) prints " " /
    " " / five values / "2": two empty years, five values and the note's number. Each
    value went a column to the left and the note became the last column's value; the rows
    misread, the value-less "Opdrachten" headed nothing."""
    text = cells_per_line(
        "Tabel 18 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
        "Realisatie", "Vastgestelde begroting", "Verschil", "Ref.",
        "2019", "2020", "2021", "2022", "2023", "2023", "2023", " ",
        *(cell for row in _SPACED_ROWS for cell in row),
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Regeling B", "Realisatie 2021")] == "500"
    assert grid[("Regeling B", "Verschil 2023")] == "‒ 50"
    assert ("Regeling B", "Realisatie 2020") not in grid
    assert not {"1", "2", "3"} & set(grid.values())
    parents = row_parents(cells)
    assert parents["Regeling B"] == "Subsidies"
    assert parents["Onderzoek"] == "Opdrachten"


def test_small_whole_numbers_in_a_last_year_column_stay_values() -> None:
    """The near form: the same rows under eight years, the last a year's column, no note's:
    the value-less rows' spaces count the year columns alone, and the small whole number
    ending a row is that year's value."""
    text = cells_per_line(
        "Tabel 18 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
        " ", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026",
        *(cell for row in _SPACED_ROWS for cell in row),
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Regeling B", "2021")] == "500"
    assert grid[("Regeling B", "2026")] == "2"
    assert grid[("Ontvangsten", "2026")] == "3"


def _slotwet(*rows: str) -> str:
    """A slotwet's main mutations a cell per line: each row's article code in a cell of its
    own before its label (" " on the stands and the total), an empty cell printed as one
    space, and ``rows`` between the first mutations and the total."""
    return cells_per_line(
        "Tabel 3", "Bedragen x € 1.000",
        "Art.", "Omschrijving", "Uitgaven", "Ontvangsten",
        " ", "Stand 2e suppletoire begroting 2024", "29.184.320", "1.452.310",
        "1", "Volksgezondheid: lagere uitgaven", "− 48.310", " ",
        "4", "Zorgbreed beleid: afrekening subsidies", "− 6.210", "18.420",
        *rows,
        " ", "Totaal slotwetmutaties", "− 58.900", "20.620",
        " ", "Stand slotwet 2024", "29.125.420", "1.472.930",
    )  # fmt: skip


def test_a_code_after_a_row_s_empty_first_cell_is_the_next_row_s() -> None:
    """A row printing its empty first cell (" ") and an amount, then a two-digit code and
    the next label ("6" / "<Naam>" / " " / "2.915" / "10" / "Apparaatsuitgaven"): the row
    prints a cell a column with its placeholder, so "10" is the next row's code, prepended
    to its label as the single-digit codes are. (The placeholder right after the label was
    dropped as no cell: the amount went a column to the left, "10" became the last
    column's value and the next row lost its code.)"""
    text = _slotwet(
        "6", "Sport en bewegen: restituties", " ", "2.915",
        "10", "Apparaatsuitgaven", "− 4.380", "− 1.200",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("6 Sport en bewegen: restituties", "Ontvangsten")] == "2.915"
    assert ("6 Sport en bewegen: restituties", "Uitgaven") not in grid
    assert grid[("10 Apparaatsuitgaven", "Uitgaven")] == "− 4.380"
    assert grid[("10 Apparaatsuitgaven", "Ontvangsten")] == "− 1.200"
    assert "10" not in {c["value_text"] for c in cells}
    assert row_parents(cells)["10 Apparaatsuitgaven"] == "Totaal slotwetmutaties"
    assert len(cells) == 12


def test_a_two_digit_value_after_a_row_s_empty_first_cell_stays_the_row_s() -> None:
    """Near forms that must not change: a row printing its empty first cell and a two-digit
    amount before the total's empty code cell ("15" / " " / "Totaal ..."), and under three
    columns a row whose empty cell, amount and "10" fill the columns: the number is the
    row's last value, no code."""
    _tables, cells, _warnings = read_text(_slotwet("6", "Sport en bewegen", " ", "15"))
    grid = cell_grid(cells)
    assert grid[("6 Sport en bewegen", "Ontvangsten")] == "15"
    assert ("6 Sport en bewegen", "Uitgaven") not in grid
    text = cells_per_line(
        "Tabel 4 Mutaties (bedragen x € 1.000)",
        "Omschrijving", "Uitgaven", "Ontvangsten", "Saldo",
        "Volksgezondheid", "− 48.310", "1.200", "− 47.110",
        "Sport en bewegen", " ", "2.915", "10",
        "Apparaatsuitgaven", "− 4.380", "− 1.200", "− 5.580",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Sport en bewegen", "Ontvangsten")] == "2.915"
    assert grid[("Sport en bewegen", "Saldo")] == "10"
    assert grid[("Apparaatsuitgaven", "Uitgaven")] == "− 4.380"


def _net_spending(net_2025: str) -> str:
    """A Miljoenennota's table as a plain text layer prints it: one cell per line, no blank
    line, the empty cells simply missing ("Onderuitputting" prints its first two years of
    four); the net total below its parts, named by no total's word (its 2025 value
    ``net_2025``), then the ceiling and the difference, rows of their own."""
    return "\n".join(
        [
            "Tabel 2.1 Netto uitgaven onder het kader", "(in miljarden euro)",
            "2025", "2026", "2027", "2028",
            "Rijksbegroting", "230,0", "235,5", "240,1", "244,0",
            "Sociale zekerheid", "110,2", "114,0", "117,5", "121,3",
            "Onderuitputting", "− 1,5", "− 0,5",
            "Netto uitgaven onder het kader", net_2025, "349,0", "357,6", "365,3",
            "Uitgavenkader", "340,0", "350,0", "357,0", "366,0",
            "Onderschrijding (−) / overschrijding (+)", "− 1,3", "− 1,0", "0,6", "− 0,7",
            "Bron: Ministerie van Financiën",
        ]
    )  # fmt: skip


def test_a_row_missing_cells_goes_where_the_total_below_it_holds_whatever_its_name() -> None:
    """A row printing two values of four, no placeholder for the others, over a total named
    by no total's word ("Netto uitgaven onder het kader"): its parts and the row's values
    in the first two years add up to it in every column, and no other placement does, so
    the values go there and the total is the parts' parent (the row was left out, "the
    sums do not tell", and the total had no parts)."""
    _tables, cells, warnings = read_text(_net_spending("338,7"))
    grid = cell_grid(cells)
    assert (grid[("Onderuitputting", "2025")], grid[("Onderuitputting", "2026")]) == (
        "− 1,5", "− 0,5",
    )  # fmt: skip
    assert ("Onderuitputting", "2027") not in grid
    parents = row_parents(cells)
    total = "Netto uitgaven onder het kader"
    assert parents["Rijksbegroting"] == parents["Onderuitputting"] == total
    assert parents[total] is None
    assert not [w for w in warnings if "no placeholders" in w.reason]


def test_a_row_missing_cells_over_a_total_that_does_not_hold_is_left_out() -> None:
    """The near form: the total below does not hold in 2025 (338,9 for 338,7), so no
    placement makes it hold in every column: the row's values are left out with a
    warning, never put in columns by guess."""
    _tables, cells, warnings = read_text(_net_spending("338,9"))
    assert "Onderuitputting" not in row_parents(cells)
    assert [w for w in warnings if "no placeholders" in w.reason]


def _sector(loose: list[str], totals: list[str]) -> str:
    """A sector's table as a plain text layer prints it, one cell per line: two full rows,
    "Onderuitputting" printing the values ``loose`` and no placeholders, a third full row and
    the net total below them (``totals``), named by no total's word."""
    return "\n".join(
        [
            "Tabel 3.6 Netto uitgaven onderwijs onder het kader", "(in miljarden euro)",
            "2025", "2026", "2027", "2028",
            "Primair onderwijs", "14,9", "15,2", "15,4", "15,5",
            "Voortgezet onderwijs", "10,3", "10,5", "10,6", "10,6",
            "Onderuitputting", *loose,
            "Hoger onderwijs", "11,8", "12,0", "12,1", "12,3",
            "Netto onderwijsuitgaven onder het kader", *totals,
        ]
    )  # fmt: skip


def test_a_zero_that_fits_several_columns_under_an_unnamed_total_is_left_out() -> None:
    """A zero adds nothing to any sum: "– 0,5" / "0,0" over a total no word names holds with
    the zero in 2026, 2027 or 2028, so the sums do not tell its column and the row is left
    out with a warning (it was put in the first two years, side by side, by guess)."""
    text = _sector(["– 0,5", "0,0"], ["36,5", "37,7", "38,1", "38,4"])
    _tables, cells, warnings = read_text(text)
    assert "Onderuitputting" not in row_parents(cells)
    assert [w for w in warnings if "no placeholders" in w.reason]


def test_a_zero_the_order_of_the_values_pins_is_placed_under_an_unnamed_total() -> None:
    """The near form: "– 0,5" holds only in 2027, so the zero printed after it can only be
    2028's: one placement, the zero's column counted, and the row goes there."""
    text = _sector(["– 0,5", "0,0"], ["37,0", "37,7", "37,6", "38,4"])
    _tables, cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert (grid[("Onderuitputting", "2027")], grid[("Onderuitputting", "2028")]) == (
        "– 0,5", "0,0",
    )  # fmt: skip
    assert row_parents(cells)["Onderuitputting"] == "Netto onderwijsuitgaven onder het kader"
    assert not [w for w in warnings if "no placeholders" in w.reason]


def test_a_total_no_word_names_holds_within_one_unit_of_its_last_printed_digit() -> None:
    """Rounded parts add up to their rounded total within one unit of the last printed
    digit: 15,2 + 10,5 – 0,5 + 12,0 = 37,2 printed as 37,3 still places the row (the
    placement is the only one within that unit); two units off (the near form of
    ``_net_spending``) place nothing."""
    text = _sector(["– 0,5", "– 0,5"], ["37,0", "37,3", "37,6", "38,4"])
    grid = cell_grid(read_text(text)[1])
    assert (grid[("Onderuitputting", "2026")], grid[("Onderuitputting", "2027")]) == (
        "– 0,5", "– 0,5",
    )  # fmt: skip


def _agencies(share: list[str]) -> str:
    """Contributions to agencies, one cell per line: an agency, a "waarvan" share of it
    printing ``share``, a second agency, a one-off contribution printing two years of four
    and no placeholders, and their total, named by no total's word."""
    return "\n".join(
        [
            "Tabel 49 Bijdragen aan agentschappen (bedragen x € 1.000)",
            "2025", "2026", "2027", "2028",
            "Rijksvastgoedbedrijf", "84.200", "86.100", "87.300", "87.300",
            "waarvan huisvesting", *share,
            "Logius", "52.700", "53.900", "54.100", "54.600",
            "Eenmalige bijdrage migratie", "3.400", "1.600",
            "Bijdragen aan agentschappen artikel 6", "136.900", "143.400", "143.000", "141.900",
        ]
    )  # fmt: skip


def test_a_waarvan_row_is_no_summand_of_a_total_no_word_names() -> None:
    """A "waarvan" row is a share of the row above, counted in it: the agencies and the
    one-off contribution in 2026 and 2027 add up to the total, the share left out of the
    sum (counted, no placement held and the contribution was left out)."""
    _tables, cells, warnings = read_text(_agencies(["61.500", "62.800", "63.400", "63.400"]))
    grid = cell_grid(cells)
    row = "Eenmalige bijdrage migratie"
    assert (grid[(row, "2026")], grid[(row, "2027")]) == ("3.400", "1.600")
    assert row_parents(cells)[row] == "Bijdragen aan agentschappen artikel 6"
    assert not [w for w in warnings if "no placeholders" in w.reason]


def test_a_waarvan_row_missing_cells_is_not_placed_by_a_total_no_word_names() -> None:
    """The near form: the share itself prints two years of four: being no summand, no sum
    places it, and it is left out with a warning as before."""
    _tables, cells, warnings = read_text(_agencies(["61.500", "62.800"]))
    assert "waarvan huisvesting" not in row_parents(cells)
    assert [w for w in warnings if "'waarvan huisvesting'" in w.reason]


def _article(programme: str) -> str:
    """An article's spending by kind, one cell per line: two kinds and their subtotal
    (``programme``), two kinds with "Vertrekregeling" between them printing two years of
    four and no placeholders, their subtotal, and the article's total; no total's word names
    any of the three."""
    return "\n".join(
        [
            "Tabel 50 Uitgaven artikel 6 naar soort (bedragen x € 1.000)",
            "2025", "2026", "2027", "2028",
            "Opdrachten", "21.400", "20.800", "20.100", "19.900",
            "Subsidies", "34.650", "35.310", "35.880", "36.240",
            "Programma-uitgaven", *programme.split(),
            "Personeel", "18.300", "18.650", "18.900", "19.100",
            "Vertrekregeling", "1.250", "600",
            "Materieel", "6.420", "6.380", "6.300", "6.300",
            "Apparaatsuitgaven", "25.970", "25.630", "25.200", "25.400",
            "Uitgaven artikel 6", "82.020", "81.740", "81.180", "81.540",
        ]
    )  # fmt: skip


def test_a_total_no_word_names_sums_the_rows_past_the_subtotal_above() -> None:
    """ "Programma-uitgaven" is the sum of the two rows above it: the block of
    "Vertrekregeling" starts under it, and its first two years make "Apparaatsuitgaven"
    hold (summed from the table's start, no placement held: left out)."""
    _tables, cells, warnings = read_text(_article("56.050 56.110 55.980 56.140"))
    grid = cell_grid(cells)
    assert (grid[("Vertrekregeling", "2025")], grid[("Vertrekregeling", "2026")]) == (
        "1.250", "600",
    )  # fmt: skip
    assert row_parents(cells)["Vertrekregeling"] == "Apparaatsuitgaven"
    assert not [w for w in warnings if "no placeholders" in w.reason]


def test_a_row_the_rows_above_do_not_add_up_to_is_no_subtotal() -> None:
    """The near form: "Programma-uitgaven" is not the sum of the rows above it (a row of its
    own), so the block runs from the table's start, where no placement makes
    "Apparaatsuitgaven" hold: "Vertrekregeling" is left out with a warning."""
    _tables, cells, warnings = read_text(_article("56.050 56.110 55.980 56.150"))
    assert "Vertrekregeling" not in row_parents(cells)
    assert [w for w in warnings if "'Vertrekregeling'" in w.reason]


def _coded_staat(*rows: str) -> str:
    """A begrotingsstaat printed one cell per line, no blank lines and nothing for an empty
    cell: a code column headed before the labels ("Art."), each article's code on a line
    of its own before its label, ``rows`` under the headings."""
    caption = "Begrotingsstaat van het Ministerie van Financiën (IX) (bedragen x € 1.000)"
    heading = ["Art.", "Omschrijving", "Verplichtingen", "Uitgaven", "Ontvangsten"]
    return "\n".join([caption, *heading, *rows, "Artikel 2", "Deze wet treedt in werking."])


def test_a_code_after_a_short_row_is_the_next_rows_code() -> None:
    """An article printing one value for three columns (receipts only, nothing printed for
    its empty cells) in the middle of the table, then the next article's code ("14") and
    label: the code is that article's, no second value of the short row (it was, and the
    next article lost its code); the first "Totaal" places the short row's value."""
    text = _coded_staat(
        "Totaal", "7.600", "7.050", "1.560",
        "Beleidsartikelen",
        "11", "Belastingen", "2.400", "2.150", "300",
        "13", "Afdrachten", "250",
        "14", "Douane", "1.200", "1.000", "210",
        "Niet-beleidsartikelen",
        "97", "Aflopende regelingen", "4.000", "3.900", "800",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("13 Afdrachten", "Ontvangsten")] == "250"
    assert ("13 Afdrachten", "Uitgaven") not in grid
    assert grid[("14 Douane", "Ontvangsten")] == "210"


def test_a_small_last_value_of_a_short_row_before_a_total_stays_its_value() -> None:
    """Near form: a short row's last value a small number ("45") right before "Totaal", a
    row printed without a code: the number is the row's value, which the total below
    places, as before."""
    text = _coded_staat(
        "11", "Belastingen", "2.400", "2.150", "300",
        "13", "Toeslagen", "1.600", "45",
        "Totaal", "4.000", "2.195", "300",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("13 Toeslagen", "Uitgaven")] == "45"
    assert grid[("Totaal", "Uitgaven")] == "2.195"


def _provisions(*notes: str) -> str:
    """A plain text layer's table of provisions, one cell per line: the first row's label
    carries a footnote mark dropped onto a line of its own ("2"), ``notes`` printed under
    the table."""
    return "\n".join(
        [
            "Tabel 9 Verloop voorzieningen (bedragen in euro's)",
            "Omschrijving", "Saldo 1-1-2025", "Dotaties", "Onttrekkingen", "Saldo 31-12-2025",
            "Voorziening pensioenen", "2", "4.100.000", "300.000", "250.000", "4.150.000",
            "Voorziening onderhoud", "2.000.000", "500.000", "400.000", "2.100.000",
            "Totaal voorzieningen", "6.100.000", "800.000", "650.000", "6.250.000",
            "",
            *notes,
        ]
    )  # fmt: skip


def test_a_footnote_mark_on_its_own_line_after_a_label_is_no_value() -> None:
    """The number under the label ("2") is the footnote mark of the note printed under the
    table ("2 Inclusief ..."): the row's values are the four after it (it was read as five
    values for four columns and left out)."""
    text = _provisions("2 Inclusief de overdracht van twee pensioenen.")
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Voorziening pensioenen", "Saldo 1-1-2025")] == "4.100.000"
    assert grid[("Voorziening pensioenen", "Saldo 31-12-2025")] == "4.150.000"
    assert not [c for c in cells if c["value_text"] == "2"]


def test_a_small_first_value_no_footnote_points_at_stays_in_the_row() -> None:
    """Near form: no footnote opening with the number is printed: the number is not known
    to be a mark, and the row is read as before (five values for four columns, left out
    with its warning)."""
    _tables, cells, warnings = read_text(_provisions("Bron: jaarrekening."))
    assert not [c for c in cells if c["row_label"] == "Voorziening pensioenen"]
    assert any("Voorziening pensioenen" in str(w) for w in warnings)


def _coded_rows(spending: list[str], last_rows: list[str]) -> str:
    """A fund's budgettaire gevolgen one cell per line under a code column headed first
    ("Art." / "Omschrijving" / four years): every row opens with its code cell, one space
    where it has none; "Uitgaven" prints ``spending``, and ``last_rows`` follow the two
    artikelonderdelen that print every year."""
    return cells_per_line(
        "Tabel 4.1 Budgettaire gevolgen van beleid artikel 4 (bedragen x € 1.000)",
        "Art.", "Omschrijving", "2022", "2023", "2024", "2025",
        " ", "Uitgaven", *spending,
        "4.01", "Dijkversterking", "80.000", "85.000", "90.000", "95.000",
        "4.02", "Beheer", "10.400", "10.400", "10.400", "10.400",
        *last_rows,
        " ", "Ontvangsten", "2.000", "2.000", "2.000", "2.000",
    )  # fmt: skip


def test_a_space_before_the_next_label_under_a_code_column_is_that_row_s_code_cell() -> None:
    """Printed so, a row new in the budget prints no cell for its first year, not even a
    placeholder ("4.03" / "Studies" / three amounts), and then the next row's empty code
    cell (" " / "Ontvangsten"). That space is no empty last cell of the short row: read so,
    its amounts stood a year early and "Uitgaven" no longer held. Left to the sums, they
    stand under the years "Uitgaven" holds with."""
    text = _coded_rows(
        ["90.400", "95.600", "100.800", "106.000"], ["4.03", "Studies", "200", "400", "600"]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert ("4.03 Studies", "2022") not in grid
    assert [grid[("4.03 Studies", year)] for year in ("2023", "2024", "2025")] == [
        "200", "400", "600",
    ]  # fmt: skip
    assert row_parents(cells)["4.03 Studies"] == "Uitgaven"


def test_a_row_s_space_before_the_next_row_s_printed_code_stays_its_empty_last_cell() -> None:
    """The same table where the short row's space stands before the next row's printed code
    ("4.04"): the space is the short row's empty cell for the last year, and its amounts
    stand under the first three years."""
    text = _coded_rows(
        ["90.600", "95.800", "101.000", "105.400"],
        ["4.03", "Studies", "200", "400", "600", " ", "4.04", "Overig", "0", "0", "0", "0"],
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert [grid[("4.03 Studies", year)] for year in ("2022", "2023", "2024")] == [
        "200", "400", "600",
    ]  # fmt: skip
    assert ("4.03 Studies", "2025") not in grid
    assert row_parents(cells)["4.03 Studies"] == "Uitgaven"


def _articles_then_total(first: list[str], last: list[str]) -> str:
    """Mutations per article one cell per line, no blank line and no placeholder, under a
    code column headed first ("Art." / "Omschrijving" / three columns): each article opens
    with its code cell; ``first`` and ``last`` are the first and the last article's cells,
    then "Totaal", which prints no code."""
    return "\n".join(
        [
            "Tabel 2 Mutaties per artikel (bedragen x € 1.000)",
            "Art.", "Omschrijving", "Verplichtingen", "Uitgaven", "Ontvangsten",
            "21", "Natuur", *first,
            "22", "Waterbeheer", "-1.000", "-2.000", "300",
            "25", "Landbouw", "3.000", "4.000", "-50",
            "31", "Nog onverdeeld", *last,
            "Totaal", "2.500", "1.300", "250",
        ]
    )  # fmt: skip


def test_a_lone_number_right_before_a_total_is_the_row_s_own_value() -> None:
    """A row printing one value and no placeholder right before "Totaal": a total prints
    no code, so the number is no code of its but the short row's value (left to the sums,
    which place a zero nowhere for sure). Read as the total's code, the total was
    labelled "0 Totaal" and the short row, empty, became its heading."""
    _tables, cells, _warnings = read_text(_articles_then_total(["500", "-700", "0"], ["0"]))
    assert cell_grid(cells)[("Totaal", "Verplichtingen")] == "2.500"
    assert row_parents(cells)["Totaal"] is None
    assert not [c for c in cells if c["row_label"].startswith("0 ")]


def test_a_lone_number_after_a_group_row_stays_the_next_article_s_code() -> None:
    """The near form: a value-less group row ("Niet-beleidsartikelen") followed by a number
    and a label with values: the number is that article's code, as before."""
    text = "\n".join(
        [
            "Tabel 2 Begrotingsstaat (bedragen x € 1.000)",
            "Art.", "Omschrijving", "Verplichtingen", "Uitgaven", "Ontvangsten",
            "Beleidsartikelen",
            "21", "Natuur", "500", "-700", "10",
            "Niet-beleidsartikelen",
            "30", "Apparaat", "200", "200", "0",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells)[("30 Apparaat", "Uitgaven")] == "200"
    assert row_parents(cells)["30 Apparaat"] == "Niet-beleidsartikelen"


def test_the_next_article_s_code_after_a_row_one_value_short_is_no_value() -> None:
    """The first article prints two values for three columns, no placeholder, and then
    the next article's code ("22"), higher than its own ("21"): a code column numbers its
    rows in ascending order, so the number is that label's code, and the short row's two
    values go where "Totaal" holds. Read as the row's third value, "22" stood under
    Ontvangsten and the next article lost its code."""
    _tables, cells, _warnings = read_text(_articles_then_total(["500", "-700"], ["0"]))
    grid = cell_grid(cells)
    assert (grid[("21 Natuur", "Verplichtingen")], grid[("21 Natuur", "Uitgaven")]) == (
        "500",
        "-700",
    )
    assert ("21 Natuur", "Ontvangsten") not in grid
    assert grid[("22 Waterbeheer", "Ontvangsten")] == "300"


def test_a_full_row_s_last_value_before_a_group_row_stays_its_value() -> None:
    """The near form: a full row ending in a small number ("150") above its own code,
    right before a value-less group row whose article opens with its code: the group row
    is no coded row with values, so the number stays the row's last value."""
    text = "\n".join(
        [
            "Tabel 2 Begrotingsstaat (bedragen x € 1.000)",
            "Art.", "Omschrijving", "Verplichtingen", "Uitgaven", "Ontvangsten",
            "Beleidsartikelen",
            "6", "Sport", "182.770", "176.315", "150",
            "Niet-beleidsartikelen",
            "9", "Uitkeringen", "9.865", "9.865", "0",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells)[("6 Sport", "Ontvangsten")] == "150"
    assert row_parents(cells)["9 Uitkeringen"] == "Niet-beleidsartikelen"


def test_a_full_row_s_small_last_value_before_an_uncoded_row_and_the_total_stays_its_own() -> None:
    """A full row ending in a number higher than its code ("40" after "8"), then an uncoded
    row with values and the total: no coded row follows, so the code column's order does
    not run on past the number, and it is the row's own last value. Read as the next
    row's code, the row lost its last value and was left out, and the uncoded row took
    the number as its code."""
    text = "\n".join(
        [
            "Tabel 3 Mutaties per artikel (bedragen x € 1.000)",
            "Art.", "Omschrijving", "Verplichtingen", "Uitgaven", "Ontvangsten",
            "7", "Wonen", "2.200", "2.300", "15",
            "8", "Ruimte", "5.100", "5.250", "40",
            "Onverdeeld", "300", "300", "0",
            "Totaal", "7.600", "7.850", "55",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("8 Ruimte", "Ontvangsten")] == "40"
    assert grid[("Onverdeeld", "Uitgaven")] == "300"
    assert not [c for c in cells if c["row_label"].startswith("40 ")]


def _staat_in_groups(water: list[str], last: str) -> str:
    """A begrotingsstaat one cell per line, no blank line and no placeholder, under a code
    column headed first, "Totaal" at the top and the articles under value-less groups
    ("Beleidsartikelen", "Niet-beleidsartikelen"); ``water``: the cells of the second
    article, ``last``: the code of the article under the second group."""
    return "\n".join(
        [
            "Tabel 2 Begrotingsstaat (bedragen x € 1.000)",
            "Art.", "Omschrijving", "Verplichtingen", "Uitgaven", "Ontvangsten",
            "Totaal", "4.700", "4.700", "-40",
            "Beleidsartikelen",
            "21", "Natuur", "500", "-700", "10",
            "22", "Waterbeheer", *water,
            "23", "Landbouw", "3.000", "4.000", "-50",
            "Niet-beleidsartikelen",
            last, "Apparaat", "200", "200", "0",
        ]
    )  # fmt: skip


def test_the_next_article_s_code_after_a_short_row_runs_on_past_a_group_row() -> None:
    """An article printing two values for three columns, no placeholder ("22" /
    "Waterbeheer" / two amounts), then the next article's code ("23"), whose own row
    is followed by a value-less group and the article under it ("Niet-beleidsartikelen" /
    "30"): the codes run on past the group, so "23" is that label's code and the short
    row is left to the sums. Read as the short row's third value, "23" stood under
    Ontvangsten and "Landbouw" lost its code."""
    _tables, cells, _warnings = read_text(_staat_in_groups(["1.000", "1.200"], "30"))
    grid = cell_grid(cells)
    assert grid[("22 Waterbeheer", "Uitgaven")] == "1.200"
    assert ("22 Waterbeheer", "Ontvangsten") not in grid
    assert grid[("23 Landbouw", "Ontvangsten")] == "-50"
    assert row_parents(cells)["23 Landbouw"] == "Beleidsartikelen"


def test_a_number_the_codes_past_a_group_row_do_not_run_on_from_stays_a_value() -> None:
    """The near form: the article under the group opens with a lower code ("9" after
    "23"): the codes do not run on past the number, which stays the short row's last
    value, as before."""
    _tables, cells, _warnings = read_text(_staat_in_groups(["1.000", "1.200"], "9"))
    grid = cell_grid(cells)
    assert grid[("22 Waterbeheer", "Ontvangsten")] == "23"
    assert ("Landbouw", "Ontvangsten") in grid


def _corner_table(rows: list[str]) -> str:
    """A municipal page's table one cell per line under a blank corner (" " / " " / the
    values' headings), no code heading: ``rows`` its rows' cells."""
    return cells_per_line(
        "Wat heeft het gekost?", " ", " ", "Begroting 2023", "Realisatie 2023", "Verschil",
        *rows,
    )  # fmt: skip


def test_a_space_before_a_label_under_a_blank_corner_over_codes_is_the_next_empty_code_cell() -> (
    None
):
    """Rows opening with taakveld codes no value reads as ("4.1", "0.10") under a blank
    corner are a code column as under "Art.", a total's code cell printed as one space: a
    row printing two values and no placeholder, then one space before "Totaal baten", gets
    no empty last cell there. Its values go where the sums place them (Realisatie and
    Verschil), as under "Art."; read as the row's empty last cell, the space put them one
    column early, under Begroting."""
    rows = [
        " ", "Totaal lasten", "4.500", "4.800", "300",
        "4.1", "Onderwijshuisvesting", "2.000", "2.100", "100",
        "4.2", "Leerlingenvervoer", "2.500", "2.400", "-100",
        "4.3", "Volwasseneneducatie", "300", "300",
        " ", "Totaal baten", "800", "850", "50",
        "0.10", "Mutaties reserves", "500", "550", "50",
        "4.2", "Rijksbijdragen", "300", "300", "0",
    ]  # fmt: skip
    _tables, cells, _warnings = read_text(_corner_table(rows))
    grid = cell_grid(cells)
    assert grid[("4.3 Volwasseneneducatie", "Realisatie 2023")] == "300"
    assert grid[("4.3 Volwasseneneducatie", "Verschil")] == "300"
    assert ("4.3 Volwasseneneducatie", "Begroting 2023") not in grid


def test_a_space_after_a_row_under_a_blank_corner_without_codes_stays_its_empty_cell() -> None:
    """The near form: under the same blank corner rows that print no codes: a row's two
    values then one space before the next label are its first two columns and its empty
    last cell, as before."""
    rows = [
        "Onderwijshuisvesting", "2.000", "2.100", "100",
        "Leerlingenvervoer", "2.500", "2.400", "-100",
        "Volwasseneneducatie", "300", "300", " ",
        "Totaal", "4.800", "4.800", "0",
    ]  # fmt: skip
    _tables, cells, _warnings = read_text(_corner_table(rows))
    grid = cell_grid(cells)
    assert grid[("Volwasseneneducatie", "Begroting 2023")] == "300"
    assert grid[("Volwasseneneducatie", "Realisatie 2023")] == "300"


def _coded_rows_with_empty_years(defensie: tuple[str, ...]) -> str:
    """A jaarverslag's budgettaire gevolgen one cell per line under a code column and a
    label column headed by blank corners, each row opening with its code cell (" " for
    the rows no article numbers), instrument headings printing no placeholder, and one
    article's row printing ``defensie`` after its label, before the receipts' row."""
    return cells_per_line(
        "Tabel 4.1 Budgettaire gevolgen van beleid artikel 4 (bedragen x € 1.000)",
        " ", " ", "2020", "2021", "2022", "2023", "2024",
        " ", "Verplichtingen", "41.200", "42.310", "43.050", "44.800", "45.120",
        " ", "Uitgaven", "40.900", "42.000", "43.400", "44.100", "44.950",
        "Subsidies (regelingen)",
        "4.1", "Regeling kennisdeling", "40.900", "42.000", "41.200", "41.750", "42.540",
        "Bijdrage aan (andere) begrotingshoofdstukken",
        "4.2", "Bijdrage aan Defensie", *defensie,
        " ", "Ontvangsten", "1.200", "1.350", "900", "1.100", "1.000",
    )  # fmt: skip


def test_a_run_of_empty_years_before_the_next_row_s_empty_code_cell() -> None:
    """Under a code column whose rows print an empty code cell as one space (" " /
    "Ontvangsten"), a row printing its two empty first years as one run of three spaces
    (2n - 1), then three amounts: the space after them is the next row's code cell, and the
    three spaces two empty years. Read with that space as its last cell, the run was one
    empty year and every amount a column early."""
    _tables, cells, _warnings = read_text(
        _coded_rows_with_empty_years(("   ", "2.200", "2.350", "2.410"))
    )
    grid = cell_grid(cells)
    assert grid[("4.2 Bijdrage aan Defensie", "2022")] == "2.200"
    assert grid[("4.2 Bijdrage aan Defensie", "2024")] == "2.410"
    assert ("4.2 Bijdrage aan Defensie", "2021") not in grid
    assert row_parents(cells)["4.2 Bijdrage aan Defensie"] == (
        "Bijdrage aan (andere) begrotingshoofdstukken"
    )
    assert grid[("Ontvangsten", "2020")] == "1.200"


def test_a_row_s_own_empty_last_cell_before_the_next_row_s_code_cell_stays_its_own() -> None:
    """The near form: the row's first and last years empty, one space each (" " / three
    amounts / " "), then the next row's code cell: the amounts stay in the middle years."""
    _tables, cells, _warnings = read_text(
        _coded_rows_with_empty_years((" ", "2.200", "2.350", "2.410", " "))
    )
    grid = cell_grid(cells)
    assert grid[("4.2 Bijdrage aan Defensie", "2021")] == "2.200"
    assert grid[("4.2 Bijdrage aan Defensie", "2023")] == "2.410"
    assert ("4.2 Bijdrage aan Defensie", "2024") not in grid


def _mutaties_by_kind(after_last: str) -> str:
    """A suppletoire begroting's belangrijkste mutaties one cell per line, its values headed
    by their kind ("Uitgaven" / "Ontvangsten") and the article column headed last ("Art."):
    each row prints its article, or an empty cell, after its values, an empty value cell
    one space (" " / "18.500" / "6"); the last row is followed by ``after_last``."""
    return cells_per_line(
        "Tabel 2 Belangrijkste mutaties 1e suppletoire begroting 2024 (bedragen x € 1.000)",
        " ", "Uitgaven", "Ontvangsten", "Art.",
        "Stand ontwerpbegroting 2024", "5.120.400", "310.200", " ",
        "Belangrijkste mutaties:", "     ",
        "Kasschuif woningbouw", "- 85.000", " ", "4",
        "Bijdrage provincies", "42.000", " ", "2",
        "Verkoop gronden", " ", "18.500", "6",
        "Overige mutaties", "- 3.100", "1.200", "div.",
        "Totaal mutaties", "- 46.100", "19.700", after_last,
        "Toelichting",
        "Kasschuif woningbouw: de projecten lopen vertraging op.",
    )  # fmt: skip


def test_codes_after_values_headed_by_their_kind_under_a_code_heading_last_are_no_labels() -> None:
    """The code column headed after value columns named by what they hold ("Uitgaven" /
    "Ontvangsten" / "Art."), not by periods, is printed after the values just the same:
    every row is followed by its code cell and the last row by its own. Read as the next
    labels' codes, each went a row down ("4 Bijdrage provincies", "div. Totaal mutaties")
    and a row with an empty first cell took its code as its last value."""
    _tables, cells, _warnings = read_text(_mutaties_by_kind(" "))
    grid = cell_grid(cells)
    assert grid[("Verkoop gronden", "Ontvangsten")] == "18.500"
    assert grid[("Bijdrage provincies", "Uitgaven")] == "42.000"
    assert grid[("Totaal mutaties", "Ontvangsten")] == "19.700"
    assert not [c for c in cells if c["value_text"] == "6"]
    assert not [c for c in cells if c["row_label"][:1].isdigit() or c["row_label"][:4] == "div."]


def test_codes_under_a_kind_headed_code_column_stay_the_labels_without_a_last_cell() -> None:
    """The same rows with no code cell after the last row: the codes may be the labels'
    after them, and they stay so, prepended as printed before them."""
    _tables, cells, _warnings = read_text(_mutaties_by_kind("Bron: begroting"))
    labels = {c["row_label"] for c in cells}
    assert "4 Bijdrage provincies" in labels


def _taakvelden(codes: tuple[str, str, str]) -> str:
    """A municipal jaarrekening's lasten per taakveld one cell per line, the taakveld's
    number in a cell of its own before its name (``codes``, "" for none) under the
    corner's "Taakveld" / " ", the group row "Lasten" printing its empty cells as one
    placeholder of 2n - 1 spaces."""
    rows = (
        ("Bestuur en ondersteuning", "1.200.000", "1.180.500", "19.500"),
        ("Onderwijs", "3.400.000", "3.512.000", "-112.000"),
        ("Volksgezondheid en milieu", "2.050.000", "2.001.300", "48.700"),
    )
    cells = [
        "Lasten per taakveld (bedragen in euro)",
        "Taakveld",
        " ",
        "Begroting 2024",
        "Realisatie 2024",
        "Verschil",
        " ",
        "Lasten",
        "     ",
    ]
    for code, row in zip(codes, rows, strict=True):
        cells.extend([code, *row] if code else list(row))
    cells.extend([" ", "Totaal lasten", "6.650.000", "6.693.800", "-43.800"])
    return cells_per_line(*cells)


def test_a_number_after_a_group_row_s_placeholder_is_the_first_row_s_code() -> None:
    """Under a group row printing only its placeholder, a plain number right before the
    first row's label, where each later row opens with such a number too, is that row's
    code: read as the group row's one value it fitted no column and was lost, and the
    first row's label lost its code while the others kept theirs."""
    _tables, cells, _warnings = read_text(_taakvelden(("1", "4", "7")))
    parents = row_parents(cells)
    assert parents["1 Bestuur en ondersteuning"] == "Lasten"
    assert parents["4 Onderwijs"] == "Lasten"
    assert cell_grid(cells)[("1 Bestuur en ondersteuning", "Verschil")] == "19.500"


def test_a_number_after_a_group_row_s_placeholder_without_codes_after_is_no_label_s() -> None:
    """The same number before the first row's label where the rows after it print no
    codes: nothing tells a code column, and the label is read without it."""
    _tables, cells, _warnings = read_text(_taakvelden(("1", "", "")))
    labels = {c["row_label"] for c in cells}
    assert "Bestuur en ondersteuning" in labels
    assert "Onderwijs" in labels


def test_lists_of_codes_before_the_labels_under_a_code_heading_first_are_the_rows_codes() -> None:
    """An ontwerpbegroting's main policy mutations one cell per line, "Art." heading the
    first column: each row's articles printed in a cell before its label, a list of them
    where a mutation falls on several ("3, 7", "1, 2, 6") among single numbers and
    "div.". A list is that row's code, prepended to its label as "div." is, no group row
    over the rows under it."""
    text = cells_per_line(
        "Tabel 2 Belangrijkste beleidsmatige mutaties (bedragen x € 1.000)",
        "Art.", " ", "2025", "2026", "2027", " ",
        "Stand ontwerpbegroting 2024", "3.410.200", "3.422.800", "3.430.000", " ",
        "Beleidsmatige mutaties", "       ",
        "3, 7", "Versterking toezicht", "12.000", "15.000", "15.000",
        "div.", "Taakstelling subsidies", "– 4.100", "– 4.100", "– 4.100",
        "1, 2, 6", "Kasschuif natuurherstel", "– 6.000", "3.000", "3.000",
        "5", "Bijdrage Caribisch Nederland", "1.200", "1.200", "1.200",
        " ", "Stand ontwerpbegroting 2025", "3.413.300", "3.437.900", "3.445.100",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["3, 7 Versterking toezicht"] == "Beleidsmatige mutaties"
    assert parents["1, 2, 6 Kasschuif natuurherstel"] == "Beleidsmatige mutaties"
    assert parents["5 Bijdrage Caribisch Nederland"] == "Beleidsmatige mutaties"
    assert cell_grid(cells)[("1, 2, 6 Kasschuif natuurherstel", "2026")] == "3.000"


def test_a_label_with_a_comma_before_a_row_under_a_code_heading_first_stays_a_group() -> None:
    """The near form: the text right before a row's label and its values holds a comma
    but is words, no list of codes ("Wonen, bouwen"): a group row over the rows under it,
    as before, not that row's code."""
    text = cells_per_line(
        "Tabel 2 Belangrijkste beleidsmatige mutaties (bedragen x € 1.000)",
        "Art.", " ", "2025", "2026", "2027", " ",
        "Stand ontwerpbegroting 2024", "3.410.200", "3.422.800", "3.430.000", " ",
        "Wonen, bouwen",
        "Versterking toezicht", "12.000", "15.000", "15.000",
        "div.", "Taakstelling subsidies", "– 4.100", "– 4.100", "– 4.100",
        " ", "Stand ontwerpbegroting 2025", "3.418.100", "3.433.700", "3.440.900",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["Versterking toezicht"] == "Wonen, bouwen"
    assert parents["div. Taakstelling subsidies"] == "Wonen, bouwen"


def _labels_after(labels: list[str]) -> str:
    """A report's table as plain pdftotext prints it, a cell a line and a blank line between
    cells, whose last two rows print their figures after the row above's with no label
    between, then the lines ``labels``."""
    lines = ["Tabel 3 Omvang begroting 2023 (bedragen x € 1 miljoen)", "Onderdeel"]
    lines += ["Verplichtingen", "Uitgaven", "Ontvangsten"]
    lines += ["Wonen", "210,5", "205,0", "12,4", "Natuur", "88,1", "90,2", "0,0"]
    lines += ["Water", "41,7", "40,9", "3,3", "Klimaat", "65,0", "61,8", "0,0"]
    lines += ["12,0", "11,0", "0,0", "417,3", "408,9", "15,7"]
    text = "\n\n".join(lines)
    return text + ("\n\n" + "\n".join(labels) if labels else "")


def test_labels_after_rows_printing_figures_alone_are_said() -> None:
    """Labels without values right after rows whose figures follow the row above's with no
    label between, as many or more than those rows: a text layer's block order may have
    printed their labels after the values. Which label is whose (one may be a group row's)
    the counts do not tell: the rows are kept as read, and the doubt is said."""
    _tables, cells, warnings = read_text(_labels_after(["Overig", "Apparaat", "Totaal"]))
    assert cell_grid(cells)[("", "Uitgaven")] == "408,9"
    assert any("labels without values follow them" in str(w) for w in warnings)


def test_rows_printing_figures_alone_at_a_tables_end_are_not_doubted() -> None:
    """The near form: nothing follows the rows printing their figures alone (unlabelled
    subtotals ending the table): no doubt is said."""
    _tables, cells, warnings = read_text(_labels_after([]))
    assert cell_grid(cells)[("", "Uitgaven")] == "408,9"
    assert not any("labels without values follow them" in str(w) for w in warnings)


def _labels_before(labels: list[str]) -> str:
    """A table printed one cell per line whose last rows' labels may stand as a block above
    their values: ``labels`` without values, then a row's label and its figures, then two
    rows of figures alone."""
    lines = ["Tabel 4 Mutaties fonds 2022 (bedragen x € 1.000)", "Onderdeel"]
    lines += ["Uitgaven 2022", "Ontvangsten 2022"]
    lines += ["Bijdrage scholen", "310,0", "310,0", "Bijdrage musea", "45,5", "45,5"]
    lines += [*labels, "Stand slotwet", "7,5", "7,5", "363,0", "363,0", "1.200,0", "1.200,0"]
    return "\n\n".join(lines)


def test_labels_above_a_row_followed_by_figures_alone_are_said() -> None:
    """Labels without values right above a row whose figures are followed by rows printing
    figures alone, as many or more than those rows: a text layer's block order may have
    printed a block of labels before the values of them all. Which label is whose the
    counts do not tell (a label may be a heading over unlabelled subtotals): the rows are
    kept as read, and the doubt is said."""
    _tables, cells, warnings = read_text(_labels_before(["Overige bijdragen", "Subtotaal"]))
    assert cell_grid(cells)[("Stand slotwet", "Uitgaven 2022")] == "7,5"
    assert any("printed before the values" in str(w) for w in warnings)


def test_a_heading_above_a_row_followed_by_more_figures_alone_is_not_doubted() -> None:
    """The near form: one label without values over a row that two rows of figures alone
    follow: the labels too few to be theirs, a heading over the row: no doubt is said."""
    _tables, cells, warnings = read_text(_labels_before(["Overige bijdragen"]))
    assert cell_grid(cells)[("Stand slotwet", "Uitgaven 2022")] == "7,5"
    assert not any("printed before the values" in str(w) for w in warnings)
