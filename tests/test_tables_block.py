"""Tests of reading the rows of one block and where it ends (``tables_block``)."""

from __future__ import annotations

import pytest
from table_texts import cell_grid, printed, read_text, row_parents


def test_rule_lines_are_layout_and_a_line_of_values_under_a_rule_sums_the_rows_above() -> None:
    """Rule lines ("-----" under the heading, a segment under each column, "=====" or the
    box-drawing "─────" of a browser's copy) are layout, never part of a label; the
    unlabelled line of values under a rule is the sum of the rows above it (up to the
    previous rule), their parent, and a part of the total under the next rule. (The rule
    went into the next row's label, and the subtotal's values into a label of rules, its
    last alone read.)"""
    text = "\n".join(
        [
            "Tabel 3 Exploitatie per product (bedragen in k€)",
            "",
            "Product                          Rekening 2024   Begroting 2025",
            "-----------------------------------------------------------------",
            "Riolering                               14.210           14.880",
            "Afval                                   21.460           22.050",
            "Begraafplaatsen                          1.830            1.910",
            "                                  ─────────────    ─────────────",
            "                                        37.500           38.840",
            "Toevoeging voorziening riolering         1.200              900",
            "Dotatie egalisatiereserve afval           -350             -400",
            "                                  =============    =============",
            "Totaal exploitatie                      38.350           39.340",
            "-----------------------------------------------------------------",
            "k€ = duizend euro.",
        ]
    )
    [table], cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Riolering", "Rekening 2024")] == "14.210"
    assert grid[("", "Rekening 2024")] == "37.500" and grid[("", "Begroting 2025")] == "38.840"
    assert not any("--" in c["row_label"] or "==" in c["row_label"] for c in cells)
    parents = row_parents(cells)
    assert parents["Afval"] == "" and parents[""] == "Totaal exploitatie"
    assert parents["Toevoeging voorziening riolering"] == "Totaal exploitatie"
    assert len(cells) == 7 * 2 and table["hierarchy"] == "sums" and not warnings


def test_a_dotted_rule_is_a_rule_and_the_total_under_it_sums_the_rows_above() -> None:
    """Older typeset tables draw their rules in dots ("......" under the heading and over
    the total, or "·····"/"……" as a word processor prints them): a line of five dots or more
    is a rule as a line of dashes is, and the total under it is the rows' parent. (The dotted
    line ended the table: its total was not read and the rows had no parent.)"""
    text = "\n".join(
        [
            "Tabel 4.2 Uitgaven per beleidsartikel (bedragen x f 1 miljoen)",
            "",
            "Art.   Omschrijving                        Realisatie   Begroting   Raming",
            "                                                 1997        1998     1999",
            "..........................................................................",
            "11     Infrastructuur                           412,5       430,0    441,2",
            "12     Openbaar vervoer                         288,1       301,4    296,0",
            "13     Verkeersveiligheid                        54,3        60,9     61,5",
            "··························································",
            "       Totaal uitgaven                          754,9       792,3    798,7",
            "",
            "De raming voor 1999 is exclusief de loon- en prijsbijstelling.",
        ]
    )
    [table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Totaal uitgaven", "Raming 1999")] == "798,7"
    assert grid[("11 Infrastructuur", "Realisatie 1997")] == "412,5"
    assert not any(".." in c["row_label"] or "··" in c["row_label"] for c in cells)
    parents = row_parents(cells)
    assert parents["13 Verkeersveiligheid"] == "Totaal uitgaven" and not parents["Totaal uitgaven"]
    assert len(cells) == 4 * 3 and table["hierarchy"] == "sums"


def test_a_row_label_on_its_own_line_over_its_values_is_one_row() -> None:
    """Plain pdftotext output of a table whose cells it cannot keep on one line: each row's
    label alone on a line, its values, one for each column, alone on the line right under it
    ("Gemeentefonds" / "182.400 186.950 191.300"). The two lines are one row, its cells on
    the values' line (the label read as a group heading over a line of values without a
    label: no table was read)."""
    text = "\n".join(
        [
            "Tabel 2.3 Algemene dekkingsmiddelen (bedragen x € 1.000)",
            "Realisatie 2024 Begroting 2025 Raming 2026",
            "Gemeentefonds",
            "182.400 186.950 191.300",
            "Onroerendezaakbelastingen",
            "41.250 43.100 44.900",
            "Toeristenbelasting",
            "2.150 2.300 2.350",
            "Totaal algemene dekkingsmiddelen",
            "225.800 232.350 238.550",
            "De stijging komt vooral door de hogere uitkering uit het gemeentefonds.",
        ]
    )
    [table], cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert table["column_count"] == 3 and len(cells) == 12 and not warnings
    assert grid[("Onroerendezaakbelastingen", "Begroting 2025")] == "43.100"
    assert grid[("Totaal algemene dekkingsmiddelen", "Raming 2026")] == "238.550"
    assert {c["line"] for c in cells if c["row_label"] == "Gemeentefonds"} == {4}
    assert row_parents(cells)["Toeristenbelasting"] == "Totaal algemene dekkingsmiddelen"


def test_a_row_a_text_dump_wraps_at_the_screens_width_is_one_row() -> None:
    """A text browser's dump prints a row per line with single spaces and wraps a row
    longer than the screen: its label alone over a line of all its values (right under a
    group heading), or its values parted over two lines, the rest alone on the next line.
    Each is one row, every cell on the line it is printed on (the table ended at the first
    wrapped row: a group heading over a label alone was no row, and a line of values alone
    no row's)."""
    text = "\n".join(
        [
            "   Tabel 2.3 Uitgavenmutaties Justitie (x € 1 mln)",
            "",
            "   2010 2011 2012 2013 2014",
            "   Stand ontwerpbegroting 2010 6.112,4 6.080,2 6.031,9 6.010,5 6.002,3",
            "   Mutaties Voorjaarsnota 2010",
            "   Loonbijstelling tranche 2010 (overboeking van de aanvullende post naar art. 5)",
            "   41,2 40,8 40,8 40,8 40,8",
            "   Capaciteitsuitbreiding gevangeniswezen in verband met hogere instroom -25,0",
            "   -30,0 -30,0 -30,0 -30,0",
            "   Huisvesting rechtspraak (versobering van het programma) -4,0 -6,0 -8,0 -8,0",
            "   -8,0",
            "   Stand Voorjaarsnota 2010 6.124,6 6.085,0 6.034,7 6.013,3 6.005,1",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert len(cells) == 5 * 5
    where = {(c["row_label"], c["column_label"]): (c["line"], c["value_text"]) for c in cells}
    loon = "Loonbijstelling tranche 2010 (overboeking van de aanvullende post naar art. 5)"
    capaciteit = "Capaciteitsuitbreiding gevangeniswezen in verband met hogere instroom"
    huisvesting = "Huisvesting rechtspraak (versobering van het programma)"
    assert where[(loon, "2014")] == (7, "40,8")
    assert where[(capaciteit, "2010")] == (8, "-25,0")
    assert where[(capaciteit, "2011")] == (9, "-30,0")
    assert where[(huisvesting, "2013")] == (10, "-8,0")
    assert where[(huisvesting, "2014")] == (11, "-8,0")
    parents = row_parents(cells)
    assert parents[capaciteit] == parents[huisvesting] == "Mutaties Voorjaarsnota 2010"
    assert parents["Stand ontwerpbegroting 2010"] == "Stand Voorjaarsnota 2010"


def test_a_label_over_one_figure_is_no_row_printed_over_its_values() -> None:
    """A table printed one cell per line prints every label over one figure ("Realisatie" /
    "2024"): a label over a line of values counts as a row on its own line only over two
    values or more. Read as a table of one column, a heading's words and its year were a
    row "Realisatie mln euro" whose year 2024 was stored as € 2.024 mln."""
    text = "\n".join(
        [
            "Tabel 5 Uitgaven",
            "Omschrijving", "Begroting", "2024", "Realisatie", "2024", "mln euro",
            "Personeel", "1.200", "1.300",
            "Materieel", "800", "850",
            "Totaal", "2.000", "2.150",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert [c for c in cells if c["value_text"] == "2024"] == []


def test_a_line_of_figures_alone_right_under_aligned_rows_is_an_unlabelled_subtotal() -> None:
    """A 1990s nota printed through ``pdftotext -layout`` loses the rule over a subtotal:
    its figures stand alone right under the rows, each under its column's figures. That
    line is a row without a label (row_label ''), never a label of figures over its last
    value ("12.760 13.105" over 13.490); a figure set apart by a blank line under the
    table stays a page's number."""
    text = "\n".join(
        [
            "Tabel 4.2 Uitgaven onderwijs (in mln gulden)",
            "",
            "                                     1995        1996        1997        1998",
            "Primair onderwijs                   7.410       7.615       7.830       8.020",
            "Voortgezet onderwijs                5.350       5.490       5.660       5.815",
            "                                   12.760      13.105      13.490      13.835",
            "Af: ouderbijdragen                  – 410       – 425       – 440       – 455",
            "Netto-uitgaven onderwijs           12.350      12.680      13.050      13.380",
            "",
            "                                                                            41",
        ]
    )
    [_table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert [grid[("", year)] for year in ("1995", "1996", "1997", "1998")] == [
        "12.760",
        "13.105",
        "13.490",
        "13.835",
    ]
    assert {c["row_label"] for c in cells} == {
        "Primair onderwijs",
        "Voortgezet onderwijs",
        "",
        "Af: ouderbijdragen",
        "Netto-uitgaven onderwijs",
    }
    assert len(cells) == 5 * 4
    assert row_parents(cells)[""] == "Netto-uitgaven onderwijs"


def test_a_kamerstuks_reference_and_page_number_past_the_rows_is_no_row() -> None:
    """A Kamerstuk prints its reference and the page number at the foot (or head) of each
    page: the reference ends in the paper's dossier and number ("..., 33 400 VII, nr. 2"), the
    page number stands far right, where a column's figures end. Printed once on the page (a
    running line no repetition shows), past a blank line under rows spaced from their
    headings, it was read as a row of one value, the page number a cell. It is no row; a
    row naming a paper in brackets is one."""
    text = "\n".join(
        [
            "Begrotingsstaat Binnenlandse Zaken (bedragen x € 1 000)",
            "",
            "Art.  Omschrijving                      Verplichtingen    Uitgaven  Ontvangsten",
            "",
            "1     Openbaar bestuur                          41.200      40.950        1.100",
            "2     Motie Koopmans (33 400, nr. 17)            2.500       2.500           12",
            "3     Arbeidszaken overheid                      9.870       9.640            0",
            "",
            "",
            "Tweede Kamer, vergaderjaar 2012–2013, 33 400 VII, nr. 2                      5",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert {c["value_text"] for c in cells if c["line"] == 10} == set()
    grid = cell_grid(cells)
    assert grid[("2 Motie Koopmans (33 400, nr. 17)", "Ontvangsten")] == "12"
    assert len(cells) == 9


def test_rows_under_a_year_that_ends_a_heading_and_a_blank_line_are_spaced_from_them() -> None:
    """A staat van voorzieningen prints its headings over three lines, words broken with a
    hyphen, the last line a year alone under a heading of words ("Vrijval-" / "resultaat" /
    "2023"), then a blank line, then rows line under line, the first of fewer values (empty
    cells blank), and the page's foot. The blank line under the headings' last line spaces
    the rows from them, as a blank right under the heading line does: a row of fewer values
    after it is a row. It was taken for a page's foot past the rows (none yet but the
    year), and no table was read."""
    text = "\n".join(
        [
            "Staat van voorzieningen",
            "",
            "Bedragen x € 1.000",
            "",
            "                               Saldo      Vrijval-    Toevoe-    Aanwen-        Saldo",
            "Voorziening                 1-1-2024     resultaat     gingen     dingen   31-12-2024",
            "                                              2023",
            "",
            "Groot onderhoud gebouwen       4.210           350                   870        2.990",
            "Wachtgelden wethouders           640                      120        210          550",
            "Pensioenen wethouders          2.980            50                              2.930",
            "Totaal voorzieningen           7.830           400        120      1.080        6.470",
            "",
            "",
            "Jaarrekening 2024  |  87",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Groot onderhoud gebouwen", "Vrijval-resultaat 2023")] == "350"
    assert grid[("Wachtgelden wethouders", "Toevoe-gingen")] == "120"
    assert grid[("Totaal voorzieningen", "Saldo 31-12-2024")] == "6.470"
    assert len(cells) == 16
    assert row_parents(cells)["Pensioenen wethouders"] == "Totaal voorzieningen"


def test_a_row_naming_a_paper_outside_brackets_with_its_amount_is_a_row() -> None:
    """A motion's or amendment's row names its paper outside brackets ("Motie Van der Lee
    c.s., Kamerstuk 36 410, nr. 17   3,0") and prints one amount, decimals or thousands and
    all: a row, not a running foot's page number; the rows under it stay in the table."""
    text = "\n".join(
        [
            "Tabel 3 Mutaties 1e suppletoire begroting (bedragen x € 1 mln)",
            "",
            "                                                   2024      2025      2026",
            "Loonbijstelling                                    12,5      12,5      12,5",
            "Motie Van der Lee c.s., Kamerstuk 36 410, nr. 17   3,0",
            "Amendement Dassen, 36 410 XV, nr. 12                          2,5",
            "Totaal                                             15,5      15,0      12,5",
        ]
    )
    [_table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Motie Van der Lee c.s., Kamerstuk 36 410, nr. 17", "2024")] == "3,0"
    assert grid[("Amendement Dassen, 36 410 XV, nr. 12", "2025")] == "2,5"
    assert grid[("Totaal", "2026")] == "12,5"


@pytest.mark.parametrize("end", [[f"{'Totaal':52}20        12        12"], []])
def test_a_row_naming_a_paper_with_a_small_whole_amount_right_under_a_row_is_a_row(
    end: list[str],
) -> None:
    """A motion's row naming its paper outside brackets whose one amount is a small whole
    number ("Motie Van der Lee c.s., Kamerstuk 36 410, nr. 17   5", a table in millions)
    prints as a Kamerstuk's running foot and its page number does; standing right under a
    row, no blank line between, it is a row of the table (a running foot stands apart from
    the rows). Read as a foot, it was dropped, and where rows followed it the table ended
    there and they were lost."""
    text = "\n".join(
        [
            "Tabel 2 Mutaties Voorjaarsnota (bedragen x € 1 mln)",
            "",
            f"{'':50}2024      2025      2026",
            f"{'Loonbijstelling':52}12        12        12",
            f"{'Motie Van der Lee c.s., Kamerstuk 36 410, nr. 17':53}5",
            *([f"{'Amendement Dassen, 36 410 XV, nr. 12':53}3"] if end else []),
            *end,
            "",
            "De mutaties worden hieronder toegelicht.",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Motie Van der Lee c.s., Kamerstuk 36 410, nr. 17", "2024")] == "5"
    if end:
        assert grid[("Totaal", "2026")] == "12"


def test_a_year_labelling_its_row_is_no_unlabelled_subtotal() -> None:
    """A table whose rows are years ("2021   1.300   1.150", a time series) prints a figure
    in the labels' place: the line under a row is that year's row, its year its label, not
    a subtotal without a label (its year left out and the row's label blanked)."""
    text = "\n".join(
        [
            "Tabel 5 Ontwikkeling (bedragen x € 1 mln)",
            "",
            "Jaar             Uitgaven     Ontvangsten",
            "2020                1.200           1.100",
            "2021                1.300           1.150",
            "2022                1.350           1.210",
        ]
    )
    [_table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert {c["row_label"] for c in cells} == {"2020", "2021", "2022"}
    assert (grid[("2021", "Uitgaven")], grid[("2022", "Ontvangsten")]) == ("1.300", "1.210")


def test_a_letters_header_under_a_date_is_no_table() -> None:
    """A raadsinformatiebrief prints its header fields apart by padding: "Datum   12 maart
    2024" reads as a heading of one date column, and "Onderwerp   Voorlopige jaarrekening
    2023" under it as a row whose value is the subject's year, one space after its word (it
    was stored, 2023 in a table of its own). Under one value column printed apart by
    padding, a figure one space after a word is a row only as a row of one value between
    rows is; a long label's pushed value among rows is still read."""
    letter = "\n".join(
        [
            "Aan de leden van de gemeenteraad",
            "",
            "Datum            12 maart 2024",
            "Onderwerp        Voorlopige jaarrekening 2023",
            "Kenmerk          RIB-2024-031",
            "",
            "Met deze brief informeren wij u over het voorlopige resultaat over 2023.",
            "",
            "Tabel 1 Resultaat per programma",
            "Bedragen x € 1.000",
            "",
            "                                           Begroting     Realisatie",
            "Sociaal domein                               -41.200        -40.815",
            "Fysiek domein                                -18.730        -19.004",
            "Algemene dekkingsmiddelen                     62.410         63.120",
            "Saldo                                          2.480          3.301",
        ]
    )
    [table], cells, _warnings = read_text(letter)
    assert table["title"] == "Tabel 1 Resultaat per programma" and len(cells) == 8
    assert 2023 not in {c["value"] for c in cells}
    pushed = "\n".join(
        [
            "Tabel 3 Uitgaven (x € 1.000)",
            "",
            "Omschrijving                          2024",
            "Personeel                            1.200",
            "Bijdrage aan de gemeentelijke uitvoering 12.118",
            "Materieel                              300",
            "Totaal                              13.618",
        ]
    )
    _tables, cells, _warnings = read_text(pushed)
    assert cell_grid(cells)[("Bijdrage aan de gemeentelijke uitvoering", "2024")] == "12.118"


def test_a_row_whose_figures_stand_under_no_column_is_no_row_of_one_value() -> None:
    """A row of a layout dump whose long label pushed its figures right by unequal offsets
    ("... gemeentelijke uitvoering 1.480       2.115     2.200" under three aligned
    columns): which figure is which column's, nothing tells. It was read as a row of one
    value, its last figure, put under the first column, the other figures in its label.
    Figures padded apart before a row's last value are values: no row of one value;
    refused and said."""
    text = "\n".join(
        [
            "Tabel 6 Budgettaire gevolgen van beleid artikel 4 (bedragen x € 1.000)",
            "",
            "                                     2025        2026        2027",
            "Uitgaven                           24.300      25.100      25.900",
            "Subsidies                          12.100      12.600      13.000",
            "  Bijdrage aan gemeenten voor de gemeentelijke uitvoering 1.480       2.115     2.200",
            "  Overige subsidies                10.620      10.485      10.800",
            "Opdrachten                         12.200      12.500      12.900",
        ]
    )
    _tables, cells, warnings = read_text(text)
    assert not any(c["line"] == 6 for c in cells)
    assert not any(c["value_text"] in ("1.480", "2.115", "2.200") for c in cells)
    assert any(w.line == 6 for w in warnings)


def test_a_corners_heading_going_on_under_it_in_lower_case_is_no_row() -> None:
    """A code column's heading printed over two lines ("Art." / "nr.") puts a line of
    words right under the column heading line, under the corner's first run: the rest of
    the heading, not a row nor a line that ends the table. (The table was lost there and
    read from its first row, the Verplichtingen amounts taken for the column headings.)"""
    text = "\n".join(
        [
            "   Budgettaire gevolgen van beleid (x € 1 000)",
            "",
            "   Art.   Omschrijving                  2023        2024        2025",
            "   nr.",
            "",
            "          Verplichtingen              81 204      79 530      78 115",
            "",
            "          Uitgaven                    80 950      80 210      77 460",
            "   4.1    Subsidies regionale",
            "          ontwikkeling                61 320      60 740      58 105",
            "   4.2    Bijdrage aan agentschappen  19 630      19 470      19 355",
            "",
            "          Ontvangsten                  2 150       1 100       1 100",
        ]
    )
    [_table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Verplichtingen", "2023")] == "81 204"
    assert grid[("4.1 Subsidies regionale ontwikkeling", "2025")] == "58 105"
    assert grid[("Ontvangsten", "2024")] == "1 100"
    assert len(cells) == 15


def test_a_capitalised_group_under_the_corner_stays_the_group_of_its_rows() -> None:
    """A value-less line right under the heading line naming a group with a capital
    ("Programma-uitgaven") is no heading going on: it still heads the rows under it."""
    text = "\n".join(
        [
            "   Budgettaire gevolgen van beleid (x € 1 000)",
            "",
            "   Art.   Omschrijving                  2023        2024        2025",
            "          Programma",
            "   4.1    Subsidies                   61 320      60 740      58 105",
            "   4.2    Bijdragen                   19 630      19 470      19 355",
        ]
    )
    [_table], cells, _warnings = read_text(text)
    assert cell_grid(cells)[("4.1 Subsidies", "2023")] == "61 320"
    assert row_parents(cells)["4.1 Subsidies"] == "Programma"


#: Where a municipal overview's four columns end, as ``pdftotext -layout`` prints them.
_FOUR = (52, 63, 74, 85)


def _bracketed_overview(*after: str, blank_last: bool = True) -> str:
    """A municipal overview printing its negatives in brackets, one row printing three
    values for four columns (its last year blank, ``blank_last``) and its label wrapped
    onto the next line, then ``after``."""
    energy = ("(212)", "(150)", "(100)", "" if blank_last else "(50)")
    total = ("(971)", "(1.036)", "(1.025)", "(966)" if blank_last else "(1.016)")
    return "\n".join(
        [
            "Tabel 1 Actualisatie meerjarenperspectief (bedragen x € 1.000)",
            "",
            printed("", _FOUR, "Begroting", "Raming", "Raming", "Raming"),
            printed("", _FOUR, "2025", "2026", "2027", "2028"),
            printed("Saldo begroting 2025-2028", _FOUR, "412", "(86)", "233", "1.419"),
            "Autonome ontwikkelingen",
            printed("   Loon- en prijsontwikkeling", _FOUR, "(944)", "(981)", "(1.020)", "(1.061)"),
            printed("   Energiekosten gemeentelijke gebouwen en", _FOUR, *energy),
            "   openbare verlichting",
            printed("   Hogere opbrengst bouwleges", _FOUR, "185", "95", "95", "95"),
            printed("Totaal autonome ontwikkelingen", _FOUR, *total),
            *after,
        ]
    )


def test_a_row_of_fewer_bracketed_values_under_the_columns_does_not_end_the_table() -> None:
    """A row printing fewer values than the columns, all under the columns' figures, some
    small negatives in brackets ("Energiekosten ...   (212)   (150)   (100)", the last year
    blank), its label going on on the next line: a row placed by where its values stand,
    no heading of column numbers. Read as one, it ended the table there and its rows below
    were lost (review71 vh08: 37 of 53 cells). The paragraph under the table still ends
    it."""
    paragraph = ["", "Het tekort in 2026 wordt gedekt bij de Kadernota (zie paragraaf 3)."]
    [table], cells, _warnings = read_text(_bracketed_overview(*paragraph))
    grid = cell_grid(cells)
    label = "Energiekosten gemeentelijke gebouwen en openbare verlichting"
    assert grid[(label, "Raming 2027")] == "(100)"
    assert (label, "Raming 2028") not in grid
    assert grid[("Hogere opbrengst bouwleges", "Raming 2028")] == "95"
    assert grid[("Totaal autonome ontwikkelingen", "Begroting 2025")] == "(971)"
    assert row_parents(cells)[label] == "Autonome ontwikkelingen"
    assert len(cells) == 19 and table["line_end"] == 11


@pytest.mark.parametrize(
    "after",
    [
        # a paragraph past a blank line, its first line ending in a figure in brackets
        ["", "Het tekort in 2026 wordt gedekt bij de Kadernota (zie paragraaf 3).", "Verder."],
        # a note right under the rows, a bracketed figure closing it
        ["Bedragen tussen haakjes zijn nadelig voor het saldo (zie tabel 2)."],
    ],
)
def test_a_paragraph_after_a_table_of_bracketed_values_still_ends_it(after: list[str]) -> None:
    """The near form: under such a table whose rows each fill every column, a paragraph or
    a note ending in a figure in brackets is no row: the table ends at its last row."""
    [table], cells, _warnings = read_text(_bracketed_overview(*after, blank_last=False))
    assert table["line_end"] == 11 and len(cells) == 20
    assert max(c["line"] for c in cells) == 11


def test_rows_of_bracketed_figures_first_under_a_group_read_as_rows() -> None:
    """An overview of incidental items printing its negatives in brackets, a value-less
    group first and then rows of fewer values, every one a small negative ("Inhaalslag
    onderhoud sportparken   (450)   (300)", "Uitvoering Omgevingswet   (275)"), before any
    row fills every column: figures that do not rise, or pass the columns there are,
    number no columns, so each such line is a row and the table prints its negatives in
    brackets. Read as a heading of column numbers, the first ended the table before it
    had a row ("no table read")."""
    text = "\n".join(
        [
            "Tabel 4 Overzicht incidentele baten en lasten (bedragen x € 1.000)",
            "",
            printed("Omschrijving", _FOUR, "2025", "2026", "2027", "2028"),
            "Incidentele lasten",
            printed("   Inhaalslag onderhoud sportparken", _FOUR, "(450)", "(300)", "", ""),
            printed("   Uitvoering Omgevingswet", _FOUR, "(275)", "", "", ""),
            printed("   Herinrichting centrum", _FOUR, "", "", "(350)", "(250)"),
            printed("Totaal incidentele lasten", _FOUR, "(725)", "(300)", "(350)", "(250)"),
            "",
            "Het saldo is verwerkt in het meerjarenperspectief.",
        ]
    )
    [table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Inhaalslag onderhoud sportparken", "2026")] == "(300)"
    assert grid[("Uitvoering Omgevingswet", "2025")] == "(275)"
    assert grid[("Herinrichting centrum", "2028")] == "(250)"
    assert grid[("Totaal incidentele lasten", "2025")] == "(725)"
    assert row_parents(cells)["Uitvoering Omgevingswet"] == "Incidentele lasten"
    assert len(cells) == 2 + 1 + 2 + 4 and table["line_end"] == 8


_THREE = _FOUR[:3]
#: A -layout table's caption, two heading lines and two plain rows, which the rows under test
#: continue.
_DEKKING_ROWS = [
    "Tabel 8 Overzicht algemene dekkingsmiddelen (bedragen x € 1.000)",
    "",
    printed("", _THREE, "Rekening", "Begroting", "Begroting"),
    printed("", _THREE, "2023", "2024", "2025"),
    printed("Onroerendezaakbelastingen", _THREE, "24.812", "25.930", "27.214"),
    printed("Algemene uitkering", _THREE, "96.451", "101.388", "103.930"),
]


def test_a_row_of_small_bracketed_figures_after_plain_rows_does_not_end_the_table() -> None:
    """Rows of plain figures, then a row filling every column with small negatives in
    brackets ("Saldo financieringsfunctie   (612)   (540)   (705)"), then the total: no
    row above prints a bracket, but the figures do not rise, so they number no columns.
    Read as a heading of column numbers, it ended the table and the total was lost."""
    text = "\n".join(
        [
            *_DEKKING_ROWS,
            printed("Saldo financieringsfunctie", _THREE, "(612)", "(540)", "(705)"),
            printed("Totaal algemene dekkingsmiddelen", _THREE, "120.651", "126.778", "130.439"),
        ]
    )
    [_table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Saldo financieringsfunctie", "Begroting 2024")] == "(540)"
    assert grid[("Totaal algemene dekkingsmiddelen", "Begroting 2025")] == "130.439"
    assert row_parents(cells)["Saldo financieringsfunctie"] == "Totaal algemene dekkingsmiddelen"
    assert len(cells) == 4 * 3


def test_a_label_over_rising_column_numbers_still_ends_the_table() -> None:
    """The near form: after the rows, a line of words over "(1)   (2)   (3)", numbers that
    rise from one within the columns, heads the next table's columns: the table ends
    there, and no number is read as a negative."""
    text = "\n".join(
        [
            *_DEKKING_ROWS,
            printed("Mutaties per programma", _THREE, "(1)", "(2)", "(3)"),
            printed("Programma 1 Bestuur", _THREE, "1.200", "1.150", "980"),
        ]
    )
    tables, cells, _warnings = read_text(text)
    assert tables[0]["line_end"] == 6
    assert {c["value_text"] for c in cells}.isdisjoint({"(1)", "(2)", "(3)"})
    assert cell_grid(cells)[("Algemene uitkering", "Begroting 2025")] == "103.930"


#: A row-per-line table (one space between cells, as a web page's copy prints it), its
#: second row's label a long name with commas, past the length of a row's label beside
#: fewer values than columns.
_LONG_NAMED = [
    "Tabel 3 Uitgaven per instrument (bedragen x € 1 mln)",
    "Omschrijving 2025 2026 2027",
    "Bijdrage aan het Infrastructuurfonds 1.250,4 1.310,2 1.375,0",
    "Bijdrage aan provincies en gemeenten voor de aanleg, het beheer en het onderhoud van"
    " regionale wegen, vaarwegen en fietspaden 412,0 398,5 405,3",
    "Apparaatsuitgaven 88,1 90,3 91,2",
    "Totaal uitgaven 1.750,5 1.799,0 1.871,5",
]


def test_a_long_label_before_a_value_in_every_column_is_a_row() -> None:
    """A row-per-line table whose row names a category in full, past the length where a
    line ending in a figure reads as prose, with commas ("Bijdrage aan provincies en
    gemeenten voor de aanleg, het beheer en het onderhoud van regionale wegen, ..."): it
    prints a value under every column, as no sentence ends, so it is a row. Read as prose,
    it ended the table there, the rows below and the total lost, and the rows above had no
    parent (review74 vk16: 60 of 108 cells)."""
    long_label = _LONG_NAMED[3].rsplit(" ", 3)[0]
    assert len(long_label) > 100
    [table], cells, _warnings = read_text("\n".join([*_LONG_NAMED, "", "Toelichting."]))
    grid = cell_grid(cells)
    assert grid[(long_label, "2026")] == "398,5"
    assert grid[("Totaal uitgaven", "2027")] == "1.871,5"
    parents = row_parents(cells)
    assert parents[long_label] == parents["Bijdrage aan het Infrastructuurfonds"]
    assert parents[long_label] == parents["Apparaatsuitgaven"] == "Totaal uitgaven"
    assert len(cells) == 4 * 3 and table["line_end"] == 6


def test_a_long_label_running_into_its_values_in_aligned_columns_is_a_row() -> None:
    """The same row as ``pdftotext -layout`` prints it: the long label runs into its first
    value with one space and pushes every value right of its column by as much; a value in
    every column, it is a row however long its label. Read as prose, it ended the table,
    the rows below and the total lost."""
    label = _LONG_NAMED[3].rsplit(" ", 3)[0]
    ends = (120, 132, 144)
    text = "\n".join(
        [
            _LONG_NAMED[0],
            printed("Omschrijving", ends, "2025", "2026", "2027"),
            printed("Bijdrage aan het Infrastructuurfonds", ends, "1.250,4", "1.310,2", "1.375,0"),
            printed(label + " 412,0", tuple(end + 11 for end in ends), "", "398,5", "405,3"),
            printed("Apparaatsuitgaven", ends, "88,1", "90,3", "91,2"),
            printed("Totaal uitgaven", ends, "1.750,5", "1.799,0", "1.871,5"),
        ]
    )
    [table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[(label, "2025")] == "412,0" and grid[(label, "2027")] == "405,3"
    assert row_parents(cells)[label] == "Totaal uitgaven"
    assert len(cells) == 4 * 3 and table["line_end"] == 6


@pytest.mark.parametrize(
    "sentence",
    [
        # a comma, one figure closing the sentence
        "De bijdrage aan het Infrastructuurfonds stijgt, zoals in de vorige begroting is"
        " aangekondigd, in 2027 met een bedrag van 125",
        # a comma, two figures closing it (a paper's number) under three columns
        "De bijdrage aan het Infrastructuurfonds stijgt, zoals aangekondigd in de brief van"
        " de minister van 12 juni 2024, Kamerstuk 36 410",
        # one figure with as many decimals as the rows print theirs, no comma
        "Naar verwachting stijgt de bijdrage aan het Infrastructuurfonds in de komende jaren"
        " verder als gevolg van hogere bouwkosten met 4,5",
    ],
)
def test_a_long_sentence_ending_in_fewer_figures_than_columns_still_ends_the_table(
    sentence: str,
) -> None:
    """The near form: under such a table (its rows' labels short), a sentence as long as
    that label ending in fewer figures than the table has columns, or in one figure under
    one column as much as under three, is prose, no row: the table ends at its total."""
    assert len(sentence.rsplit(" ", 2)[0]) > 100
    rows = [*_LONG_NAMED[:3], _LONG_NAMED[4], "Totaal uitgaven 1.338,5 1.400,5 1.466,2"]
    tables, cells, _warnings = read_text("\n".join([*rows, sentence, "Verder."]))
    assert tables[0]["line_end"] == 5 and len(cells) == 3 * 3
    assert max(c["line"] for c in cells) == 5


#: A row-per-line table of two columns, its values printed with points for thousands, a
#: long name with commas among its rows (the line ending in a year before its values).
_TWO_COLUMNS = [
    "Tabel 4 Bijdragen aan medeoverheden (bedragen x € 1.000)",
    "Omschrijving 2025 2026",
    "Bijdrage aan het Gemeentefonds 1.250.410 1.310.220",
    "Bijdrage aan provincies en gemeenten voor de aanleg, het beheer en het onderhoud van"
    " regionale wegen, inclusief de tijdelijke regeling voor de verkeersveiligheid van 2024"
    " 412.005 398.512",
    "Totaal bijdragen 1.662.415 1.708.732",
]


@pytest.mark.parametrize(
    "sentence",
    [
        # a clause running on into a Kamerstuk's number after a comma
        "De bijdrage aan provincies en gemeenten voor regionale wegen stijgt, zoals aangekondigd"
        " in de brief van de minister van 12 juni 2024, Kamerstukken II 2023/24, 36 410",
        # the same number after a word: one number printed with space thousands
        "De bijdrage aan provincies en gemeenten voor regionale wegen stijgt zoals aangekondigd"
        " in de brief van de minister van Infrastructuur en Waterstaat in Kamerstuk 36 410",
    ],
)
def test_a_long_sentence_citing_a_number_parted_into_two_figures_ends_the_table(
    sentence: str,
) -> None:
    """Under a table of two columns, a sentence past the length of a row's label that
    ends in a Kamerstuk's number ("36 410"): two figures, one under each column, but the
    words before them end in a comma, or the two read as one number printed with space
    thousands, which the table prints no figure as: prose, no row. Read as a row, its
    figures were two cells, and the heading under it went on its label."""
    assert len(sentence.rsplit(" ", 2)[0]) > 100
    tables, cells, _warnings = read_text("\n".join([*_TWO_COLUMNS, sentence, "Toelichting"]))
    assert tables[0]["line_end"] == 5 and len(cells) == 3 * 2
    assert {c["value_text"] for c in cells}.isdisjoint({"36", "410"})


def test_a_long_name_before_figures_printed_as_the_rows_print_theirs_stays_a_row() -> None:
    """The near form: a row's long name with commas, its two figures printed as the table
    prints its values ("412.005 398.512"; after a year ending the name too), or two small
    figures no space thousands would join ("88 90"), is a row under every column."""
    long_name = _TWO_COLUMNS[3].rsplit(" ", 2)[0]
    small = "Specifieke uitkering aan gemeenten, gemeenschappelijke regelingen en de openbare"
    small += " lichamen Bonaire, Sint Eustatius en Saba voor de inburgering"
    total = "Totaal bijdragen 1.662.503 1.708.822"
    text = "\n".join([*_TWO_COLUMNS[:4], f"{small} 88 90", total, "", "Toelichting"])
    tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[(long_name, "2026")] == "398.512"
    assert grid[(small, "2025")] == "88" and grid[(small, "2026")] == "90"
    assert row_parents(cells)[small] == "Totaal bijdragen"
    assert tables[0]["line_end"] == 6 and len(cells) == 4 * 2


def test_a_total_word_alone_at_the_labels_margin_heads_the_block_under_it() -> None:
    """Blocks of the same rows under value-less headings, the last one "Totaal" at the
    labels' margin: "Totaal" reads as a column heading, which ended the table, the totals'
    block under it lost. A word alone at the labels' margin, the rows above labelled from
    there or further in, is a row heading the rows under it."""
    text = "\n".join(
        [
            "Tabel 4.2 Kasramingen per fonds (in miljoenen euro)",
            "",
            "                                    2025      2026      2027",
            "Gemeentefonds",
            "  Raming                          34.120    35.010    35.870",
            "  Realisatie                      34.300    35.150    35.900",
            "Provinciefonds",
            "  Raming                           3.910     4.020     4.110",
            "  Realisatie                       3.880     4.060     4.150",
            "Totaal",
            "  Raming                          38.030    39.030    39.980",
            "  Realisatie                      38.180    39.210    40.050",
        ]
    )
    tables, cells, warnings = read_text(text)
    assert len(tables) == 1 and not warnings
    assert len(cells) == 3 * 2 * 3
    assert [c["value_text"] for c in cells if c["line"] == 12] == ["38.180", "39.210", "40.050"]


def test_a_total_heading_standing_over_the_values_still_heads_a_block_of_its_own() -> None:
    """ "Totaal" standing over a value column, not at the labels' margin, is the heading
    of the next block: the rows above end there."""
    text = "\n".join(
        [
            "Tabel 4.2 Kasramingen per fonds (in miljoenen euro)",
            "",
            "                                    2025      2026      2027",
            "Gemeentefonds                     34.120    35.010    35.870",
            "Provinciefonds                     3.910     4.020     4.110",
            "",
            "                                  Totaal",
            "Fondsen                           38.030",
        ]
    )
    tables, cells, _warnings = read_text(text)
    assert tables[0]["line_end"] == 5
    assert len(cells) == 2 * 3


def _sectors(rest: list[str]) -> str:
    """A -layout table of shares of bbp: three rows and their total, then past a blank
    line the ``rest``, their last two columns printed further right than the rows above."""
    return "\n".join(
        [
            "Tabel 3.4 Saldo per sector (in procenten bbp)",
            "                                                  2022        2023        2024"
            "        2025",
            "Saldo Rijk                                        ‒ 1,6       ‒ 1,9       ‒ 2,1"
            "       ‒ 2,4",
            "Saldo gemeenten                                   ‒ 0,2       ‒ 0,1         0,0"
            "       ‒ 0,3",
            "Saldo collectieve sector                          ‒ 1,8       ‒ 2,0       ‒ 2,1"
            "       ‒ 2,7",
            "",
            *rest,
            "",
            "Een min duidt op een tekort.",
        ]
    )


_STRUCTUREEL = (
    "Structureel saldo                                 ‒ 1,2       ‒ 1,4           ‒ 1,5    ‒ 1,9"
)


def test_full_rows_past_a_blank_line_standing_alike_off_the_columns_are_rows() -> None:
    """Past a blank line under the total, two rows print a value for every column, their
    last two further right than the columns above, each ending where the other's does:
    rows of the table, the first no page's foot. Before, the first was passed over as a
    foot (its values standing under none of the aligned columns) and lost."""
    schuld = (
        "Schuld                                            48,3        47,9            48,6"
        "     49,2"
    )
    grid = cell_grid(read_text(_sectors([_STRUCTUREEL, schuld]))[1])
    assert grid[("Structureel saldo", "2022")] == "‒ 1,2"
    assert grid[("Structureel saldo", "2025")] == "‒ 1,9"
    assert grid[("Schuld", "2024")] == "48,6"


def test_a_lone_full_line_past_a_blank_line_off_the_columns_is_still_no_row() -> None:
    """Near form: the same line alone past the blank line, no row under it standing alike,
    is left out as a page's foot would be, as before."""
    grid = cell_grid(read_text(_sectors([_STRUCTUREEL]))[1])
    assert not any(label == "Structureel saldo" for label, _column in grid)
    assert grid[("Saldo Rijk", "2025")] == "‒ 2,4"
