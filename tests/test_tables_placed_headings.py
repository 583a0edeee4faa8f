"""Tests of placing headings by where the values below them stand (``tables_placed_headings``)."""

from __future__ import annotations

import pytest
from table_texts import cell_grid, printed, read_text, row_parents


def test_headings_wrapped_over_lines_that_each_name_some_columns_are_placed_by_position() -> None:
    """A municipal reserves table from a Word-made PDF: the headings hang from the top, so
    no line names every column ("Saldo" / "1 januari 2026" over the first, "Toevoe-" /
    "gingen" over the second, joined as printed, hyphen kept, "31 december" / "2026" over
    the last, alone on its line). Each fragment joins the column it stands over; the lines
    headed no table."""
    text = "\n".join(
        [
            "Tabel 6 Verloop reserves (bedragen x € 1.000)",
            "",
            "                              Saldo       Toevoe-      Onttrek-          Saldo",
            "                     1 januari 2026        gingen        kingen    31 december",
            "                                                                          2026",
            "Algemene reserve             14.250         1.800         2.600         13.450",
            "Reserve sociaal domein        3.900           400         1.150          3.150",
            "Totaal                       18.150         2.200         3.750         16.600",
        ]
    )
    [table], cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Algemene reserve", "Saldo 1 januari 2026")] == "14.250" and not warnings
    assert grid[("Reserve sociaal domein", "Toevoe-gingen")] == "400"
    assert grid[("Reserve sociaal domein", "Onttrek-kingen")] == "1.150"
    assert grid[("Totaal", "Saldo 31 december 2026")] == "16.600"
    assert table["column_count"] == 4 and table["unit_label"] == "x € 1.000"


def test_headings_printed_one_space_apart_are_parted_where_they_stand_over_the_values() -> None:
    """A text layer prints a suppletoire's headings one space apart over values in columns
    ("Stand ontwerpbegroting 2026 Mutaties NvW Stand na NvW 2026"): where each word stands
    tells the column it heads, so the words after a year go to the next column or stay with
    the year, whichever they stand over. No table was read, or "NvW" headed the first."""
    text = "\n".join(
        [
            "Tabel 2 Nota van wijziging artikel 6 (bedragen x € 1.000)",
            "",
            "                       Stand ontwerpbegroting 2026 Mutaties NvW Stand na NvW 2026",
            "Verplichtingen                             412.000        9.500           421.500",
            "Uitgaven                                   398.700        7.250           405.950",
            "Ontvangsten                                 21.000            0            21.000",
        ]
    )
    [table], cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Stand ontwerpbegroting 2026")] == "398.700" and not warnings
    assert grid[("Verplichtingen", "Mutaties NvW")] == "9.500"
    assert grid[("Ontvangsten", "Stand na NvW 2026")] == "21.000"
    assert table["column_count"] == 3


def test_a_worded_heading_over_the_labels_is_the_corner_not_a_value_column() -> None:
    """A -layout table whose heading line names two label columns, a code's and a
    description's ("Programma  Omschrijving  Vastleggingskredieten 2025 ..."): the second
    stands right over the rows' label words, so it heads the labels, not a column of values.
    Read as a value column, the rows printing a value fewer were lost, and the total's label
    ending in a number ("Totaal afdeling 3") gave that number as a value."""
    text = "\n".join(
        [
            "Afdeling 3 – Mobiliteit (in duizend euro)",
            "",
            "Code     Omschrijving                      Ordonnanceringen 2026   Betalingen 2026",
            "03-11-1  Wegen – onderhoud                              512.400           498.100",
            "03-11-2  Wegen – aanleg                                  88.250            71.900",
            "03-20-1  Openbaar vervoer                               240.600           238.000",
            "         Totaal afdeling 3                              841.250           808.000",
            "",
            "Bron: algemene uitgavenbegroting.",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("03-11-1 Wegen – onderhoud", "Ordonnanceringen 2026")] == "512.400"
    assert grid[("03-20-1 Openbaar vervoer", "Betalingen 2026")] == "238.000"
    assert grid[("Totaal afdeling 3", "Betalingen 2026")] == "808.000"
    assert len(cells) == 8
    assert row_parents(cells)["03-11-2 Wegen – aanleg"] == "Totaal afdeling 3"


def test_a_corner_of_two_label_columns_under_headings_over_two_lines() -> None:
    """Headings printed over two lines above aligned values, the last line ending in a
    word ("krediet"), its corner naming two label columns apart by padding ("Nr.
    Investering": a code and a name): every run left of the values is the corner, each run
    over a column joins that column's heading. Only a corner of one run at the margin was
    read, so the headings stood over no columns and no table was read."""
    widths = (34, 10, 12, 11, 11)

    def line(*cells: str) -> str:
        return cells[0].ljust(widths[0]) + "".join(
            cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)
        )

    text = "\n".join(
        [
            "Tabel 7 Lopende investeringskredieten (bedragen x € 1.000)",
            "",
            line("", "Krediet", "Uitgaven", "Uitgaven", "Restant"),
            line("Nr.  Investering", "totaal", "t/m 2023", "2024", "krediet"),
            "",
            line("412  Renovatie stadhuis", "8.400", "5.120", "2.310", "970"),
            line("418  Vervanging riolering Noord", "3.250", "1.040", "1.200", "1.010"),
            line("433  Fietspad Zuidelijke Ring", "1.900", "0", "1.450", "450"),
            line("     Totaal", "13.550", "6.160", "4.960", "2.430"),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("412 Renovatie stadhuis", "Krediet totaal")] == "8.400"
    assert grid[("433 Fietspad Zuidelijke Ring", "Uitgaven t/m 2023")] == "0"
    assert grid[("Totaal", "Restant krediet")] == "2.430"
    assert len(cells) == 16


def test_a_column_the_rows_fill_only_far_down_is_placed_by_its_values() -> None:
    """A saldo split over two columns, "nadelig" and "voordelig", each row filling one of
    them: the rows fill "voordelig" first ten rows down (the taxes' function). Headings
    placed by where the values stand take the columns every row of the block fills, not
    only those of its first eight lines: with three columns found the four headings stood
    over no columns and no table was read."""
    widths = (40, 9, 10, 10, 11)

    def line(*cells: str) -> str:
        return cells[0].ljust(widths[0]) + "".join(
            cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)
        )

    names = [
        "Bestuur", "Veiligheid", "Verkeer", "Economie", "Onderwijs", "Cultuur", "Sport",
        "Zorg", "Wonen", "Milieu",
    ]  # fmt: skip
    rows = [line(f"{k}  {name}", "1.200", "300", "900", "") for k, name in enumerate(names)]
    text = "\n".join(
        [
            "Overzicht lasten en baten per functie (bedragen x € 1.000)",
            "",
            line("", "Lasten", "Baten", "Saldo", "Saldo"),
            line("", "", "", "nadelig", "voordelig"),
            "",
            *rows,
            line("11  Belastingen", "500", "12.000", "", "11.500"),
            line("    Totaal", "12.500", "15.000", "9.000", "11.500"),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("0 Bestuur", "Saldo nadelig")] == "900"
    assert grid[("11 Belastingen", "Saldo voordelig")] == "11.500"
    assert ("11 Belastingen", "Saldo nadelig") not in grid
    assert grid[("Totaal", "Saldo voordelig")] == "11.500"


def test_a_group_name_over_years_heads_each_of_them_not_the_one_it_stands_over() -> None:
    """A suppletoire's headings hang from the top, the line right above the rows heading
    its first columns only ("2024   2024"): the mutations of the later years carry one
    name centred over all of them ("Mutatie 2e suppletoire" over "2025  2026  2027"), a
    column's group, as a merged cell prints. Each year under it takes the whole name; it
    was parted by where its words stand, "Mutatie" over 2025, "2e suppletoire" over 2027
    and 2026 left a bare year. Headings printed one space apart, one word over each year
    ("Realisatie Realisatie Realisatie"), stay one word each: a group's name repeats no
    word."""
    text = "\n".join(
        [
            "Tabel 6 Budgettaire gevolgen van beleid artikel 12 Natuur en water",
            "(bedragen x € 1.000)",
            "",
            "                             Vastgestelde     Mutatie 2e        Stand 2e"
            "     Mutatie 2e suppletoire",
            "                                begroting    suppletoire     suppletoire",
            "                                     2024      begroting       begroting"
            "      2025      2026      2027",
            "                                                    2024            2024",
            "Verplichtingen                     84.210        – 3.400          80.810"
            "   – 1.200   – 1.100     – 900",
            "Uitgaven                           84.210        – 3.400          80.810"
            "   – 1.200   – 1.100     – 900",
            "Ontvangsten                         1.500            250           1.750"
            "         0         0         0",
            "",
            "Tabel 7 Budgettaire gevolgen van uitvoering artikel 13 (bedragen x € 1 mln)",
            "",
            "                       Realisatie Realisatie Realisatie    Vastgestelde   Verschil",
            "                             2022       2023       2024  begroting 2024       2024",
            "Verplichtingen              1.495      1.767      1.218           1.522       -304",
            "Uitgaven                    1.495      1.767      1.218           1.522       -304",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Mutatie 2e suppletoire 2025")] == "– 1.200"
    assert grid[("Uitgaven", "Mutatie 2e suppletoire 2026")] == "– 1.100"
    assert grid[("Verplichtingen", "Mutatie 2e suppletoire 2027")] == "– 900"
    assert grid[("Ontvangsten", "Stand 2e suppletoire begroting 2024")] == "1.750"
    assert grid[("Uitgaven", "Realisatie 2023")] == "1.767"
    assert grid[("Verplichtingen", "Verschil 2024")] == "-304"


def test_headings_of_one_capitalised_word_over_each_column_are_no_group_name() -> None:
    """Headings printed one space apart, one capitalised word over each year column
    ("Begroting Realisatie Verschil" over "2024  2024  2024"), are a heading each: a
    group's name centred over its columns goes on in lower case after its first word
    ("Mutatie 2e suppletoire"). Read as one name over all three, the three columns took
    one label ("Begroting Realisatie Verschil 2024") and could not be told apart."""
    text = "\n".join(
        [
            "Tabel 7 Budgettaire gevolgen van uitvoering artikel 13 (bedragen x € 1 mln)",
            "",
            "                       Begroting Realisatie Verschil    Vastgestelde   Verschil",
            "                            2024       2024     2024  begroting 2025       2025",
            "Verplichtingen             1.495      1.767     -272           1.522       -304",
            "Uitgaven                   1.495      1.767     -272           1.522       -304",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Begroting 2024")] == "1.495"
    assert grid[("Uitgaven", "Realisatie 2024")] == "1.767"
    assert grid[("Verplichtingen", "Verschil 2024")] == "-272"
    assert grid[("Verplichtingen", "Verschil 2025")] == "-304"


def test_a_word_over_the_middle_of_a_run_of_years_heads_each_of_them() -> None:
    """A jaarverslag's budgettaire gevolgen: "Realisatie" printed over the five years it
    groups, a PDF's text layer moving it off their centre, over the middle year alone; the
    heading's last line names the last columns only ("2011   2011" under "Vastgestelde" /
    "begroting" and "Verschil"), and a narrow column of note numbers follows. The word
    heads every year of the run no other word stands over, as a heading read line by line
    has it; it headed the middle year alone ("Realisatie 2009", the others bare years)."""
    text = "\n".join(
        [
            "  Tabel 12.2 Budgettaire gevolgen van beleid (x € 1 000)",
            "",
            "                                                      Realisatie"
            "                         Vastgestelde    Verschil  Noot",
            "                                     2007        2008        2009"
            "        2010        2011   begroting",
            "                                                                "
            "                                 2011        2011",
            "",
            "  Verplichtingen                   48 315      52 110      61 870"
            "      57 402      55 930      54 100       1 830     1",
            "  Uitgaven                         47 902      51 344      60 215"
            "      58 017      56 208      55 870         338",
            "  Programma-uitgaven               39 410      42 736      50 883"
            "      48 229      46 615      45 902         713",
            "  Apparaatsuitgaven                 8 492       8 608       9 332"
            "       9 788       9 593       9 968       – 375     2",
            "  Ontvangsten                       1 204         988       2 310"
            "         745         902         650         252",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Realisatie 2007")] == "47 902"
    assert grid[("Uitgaven", "Realisatie 2009")] == "60 215"
    assert grid[("Ontvangsten", "Realisatie 2011")] == "902"
    assert grid[("Ontvangsten", "Vastgestelde begroting 2011")] == "650"
    assert grid[("Apparaatsuitgaven", "Verschil 2011")] == "– 375"
    assert not {c["column_label"] for c in cells} & {"2007", "2008", "2010", "2011"}


def test_a_word_over_a_run_of_years_heads_the_last_one_its_column_number_joined() -> None:
    """A jaarverslag's budgettaire gevolgen numbers its last three columns ("(1)" under
    the last realised year, "(2)" and "(3)=(1)-(2)" under the budget and the difference).
    The number joins its year ("2012 (1)"), and the year is still one of the run
    "Realisatie" stands over: it heads that column too ("Realisatie 2012 (1)"; the
    number made it no year and it was left "2012 (1)")."""
    text = "\n".join(
        [
            "Tabel 4 Budgettaire gevolgen van beleid artikel 4 (x € 1.000)",
            "",
            "                                               Realisatie"
            "                       Vastgestelde",
            "                                 2008      2009      2010      2011      2012"
            "    begroting     Verschil",
            "                                                                             "
            "         2012         2012",
            "                                                                          (1)"
            "          (2)  (3)=(1)-(2)",
            "Verplichtingen                 61.210    64.880    70.115    72.430    69.905"
            "       71.000      – 1.095",
            "Uitgaven                       60.455    63.902    69.870    71.118    70.240"
            "       69.500          740",
            "Ontvangsten                     2.110     1.985     2.430     2.012     2.605"
            "        2.000          605",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Realisatie 2008")] == "60.455"
    assert grid[("Uitgaven", "Realisatie 2012 (1)")] == "70.240"
    assert grid[("Ontvangsten", "Vastgestelde begroting 2012 (2)")] == "2.000"
    assert grid[("Verplichtingen", "Verschil 2012 (3)=(1)-(2)")] == "– 1.095"


def test_a_group_word_over_the_first_of_its_years_above_other_columns_words_heads_all() -> None:
    """A suppletoire begroting's stacked headings printed from their top line down: each
    stand's and mutation's words over its year and column number ("Stand" / "vast-" /
    "gestelde" / "2019" / "(1)", one line longer than the others), and a group's name
    ("Meerjarig") flush with the first of the later years it groups, on the top line,
    above a line of the other columns' words. The years carry no words of their own: the
    name is the group's and heads each of them (it headed the first year alone,
    "Meerjarig 2020", the others bare years)."""
    text = "\n".join(
        [
            "Tabel 7 Budgettaire gevolgen van beleid artikel 2 (bedragen x € 1.000)",
            "",
            "                                 Stand     Mutatie       Stand   Meerjarig",
            "                                 vast-   2e supp.    2e supp.",
            "                               gestelde      2019        2019        2020"
            "        2021        2022",
            "                                  2019",
            "                                   (1)        (2) (3)=(1)+(2)",
            "Verplichtingen                  81.400      1.250      82.650         400"
            "         400         400",
            "Uitgaven                        80.900      1.100      82.000         400"
            "         400         400",
            "Ontvangsten                      3.200      – 700       2.500       – 100"
            "       – 100       – 100",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Meerjarig 2020")] == "400"
    assert grid[("Ontvangsten", "Meerjarig 2022")] == "– 100"
    assert grid[("Uitgaven", "Stand 2e supp. 2019 (3)=(1)+(2)")] == "82.000"
    assert grid[("Verplichtingen", "Mutatie 2e supp. 2019 (2)")] == "1.250"
    assert grid[("Uitgaven", "Stand vast-gestelde 2019 (1)")] == "80.900"


def test_a_word_over_the_first_year_right_above_the_years_heads_that_year_alone() -> None:
    """A jaarrekening's staat van baten en lasten: "Begroting" over the first of its years
    on the line right above them, no other column's words between. It names that column
    alone ("Begroting 2025"), the realisation beside it and last year's bare years."""
    text = "\n".join(
        [
            "Staat van baten en lasten over 2025 (bedragen x € 1.000)",
            "                                                   Begroting",
            "                                        2025            2025          2024",
            "",
            "Bedrijfsopbrengsten                  198.412         192.300       186.905",
            "Bedrijfslasten                       196.540         192.400       183.977",
            "Resultaat                              1.872            -100         2.928",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Bedrijfslasten", "Begroting 2025")] == "192.400"
    assert grid[("Bedrijfslasten", "2024")] == "183.977"


def test_a_group_word_reaching_over_two_column_headings_heads_both() -> None:
    """An audit report's table (-layout): "Onjuist" starts over "fouten" and ends over
    "onzeker", a group's name printed over both, beside "Totaal" over "uitgaven" alone and
    a last "Totaal" with no word above it. A run reaching over the words of two adjacent
    headings, no other run over either, heads both ("Onjuist fouten", "Onjuist onzeker");
    it went to the one its end was nearest, the other left bare."""
    text = "\n".join(
        [
            "Tabel 4 Fouten en onzekerheden per begrotingshoofdstuk in 2022",
            "Bedragen x € 1 miljoen",
            "",
            "                                        Totaal             Onjuist",
            "                                      uitgaven         fouten    onzeker     Totaal",
            "Buitenlandse Zaken                       9.115            204         58        262",
            "Defensie                                14.420          1.012        377      1.389",
            "Landbouw, Natuur en Voedselkwaliteit     3.986             96        150        246",
            "Totaal                                  27.521          1.312        585      1.897",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Defensie", "Totaal uitgaven")] == "14.420"
    assert grid[("Defensie", "Onjuist fouten")] == "1.012"
    assert grid[("Buitenlandse Zaken", "Onjuist onzeker")] == "58"
    assert grid[("Totaal", "Totaal")] == "1.897"


def test_headings_of_words_over_two_lines_over_rows_ending_in_a_nil_dash() -> None:
    """A municipal staat van investeringen in pdftotext -layout: the headings are words
    over two lines, no line a heading line of its own ("Besteed" / "t/m 2024", "Raming" /
    "2026 e.v."), and the first row ends in a lone dash, a nil cell. The dash stands in
    the last column as a figure would: the columns are where the rows print their values,
    dashes among them, so the headings are placed over them. Before, the first row's
    values ended in no figure, its columns were none, and no table was read."""
    text = "\n".join(
        [
            "Bijlage 3 Staat van investeringen (bedragen x € 1.000)",
            "",
            "Nr.    Omschrijving                       Krediet    Besteed     Raming     Raming",
            "                                                    t/m 2024       2025  2026 e.v.",
            "",
            "4101   Vervanging gemalen Zuid              1.200        350        850          -",
            "4102   Renovatie sporthal Oost                900          -        450        450",
            "4115   Herinrichting Marktplein             2.400      1.100        700        600",
            "       Totaal investeringen                 4.500      1.450      2.000      1.050",
        ]
    )
    [table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("4101 Vervanging gemalen Zuid", "Krediet")] == "1.200"
    assert grid[("4101 Vervanging gemalen Zuid", "Raming 2025")] == "850"
    assert grid[("4102 Renovatie sporthal Oost", "Raming 2026 e.v.")] == "450"
    assert grid[("Totaal investeringen", "Besteed t/m 2024")] == "1.450"
    assert row_parents(cells)["4115 Herinrichting Marktplein"] == "Totaal investeringen"
    assert table["unit_label"] == "x € 1.000"


def test_headings_of_words_over_two_lines_one_ending_in_its_columns_unit() -> None:
    """A gemeenschappelijke regeling's division of its costs (pdftotext -layout): words
    over two lines head columns of different kinds, one column's heading ending in its
    unit in brackets ("Aantal" / "inwoners", "Aandeel" / "(%)", "Bijdrage" / "2026"). The
    unit is one of the lines' headings, not the table's unit: the contributions in the
    last column are no percentages, and a table whose columns count and give shares is
    mixed. Before, the "(%)" kept the lines from heading the rows and no table was read."""
    text = "\n".join(
        [
            "4.2 Verdeling van de bijdragen",
            "",
            "Gemeente                    Aantal        Aandeel        Bijdrage",
            "                          inwoners            (%)            2026",
            "",
            "Aalten                      27.310           22,4       1.204.560",
            "Berkelland                  44.420           36,4       1.959.220",
            "Winterswijk                 50.260           41,2       2.216.990",
            "Totaal                     121.990          100,0       5.380.770",
        ]
    )
    [table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Aalten", "Aantal inwoners")] == "27.310"
    assert grid[("Berkelland", "Aandeel (%)")] == "36,4"
    assert grid[("Totaal", "Bijdrage 2026")] == "5.380.770"
    assert row_parents(cells)["Winterswijk"] == "Totaal"
    units = {c["column_label"]: c["unit"] for c in cells}
    assert units["Aandeel (%)"] == "percent" and units["Bijdrage 2026"] != "percent"
    assert table["unit_label"] == "mixed"


def _two_line_heading_table(first_heading_end: int) -> str:
    """A -layout table whose headings stand right-aligned a few characters short of their
    values' ends, the first one's words ("begroting 2023") wider than its column, ending at
    ``first_heading_end`` (the values of that column end at 70)."""
    lines = [
        "Tabel 4 Uitgaven per artikel (in miljoenen euro)",
        "",
        " " * (first_heading_end - 12) + "Vastgestelde     Realisatie       Verschil",
        " " * (first_heading_end - 14) + "begroting 2023           2023",
    ]
    rows = [
        ("21 Jeugd en gezin", "310,4", "298,7", "‒ 11,7"),
        ("22 Sport en bewegen", "1.204,9", "1.251,3", "46,4"),
        ("23 Cultuur en erfgoed met een lange omschrijving", "88,0", "91,5", "3,5"),
        ("Totaal", "1.603,3", "1.641,5", "38,2"),
    ]
    for label, *values in rows:
        line = label
        for value, end in zip(values, (70, 85, 100), strict=True):
            line = line.ljust(end - len(value)) + value
        lines.append(line)
    return "\n".join(lines)


def test_a_first_heading_wider_than_its_column_and_ending_short_of_its_values() -> None:
    """A text layer prints headings right-aligned a few characters left of their values'
    ends ("Vastgestelde" / "begroting 2023" ending four short of the first column's
    figures). A heading may end that far short of its column, so its start may stand that
    much further left too: the first one, wider than the gap between two columns, starts
    over the labels' side of the first column. No table was read."""
    [table], cells, warnings = read_text(_two_line_heading_table(66))
    assert table["column_count"] == 3
    grid = cell_grid(cells)
    assert grid[("21 Jeugd en gezin", "Vastgestelde begroting 2023")] == "310,4"
    assert grid[("22 Sport en bewegen", "Realisatie 2023")] == "1.251,3"
    assert grid[("21 Jeugd en gezin", "Verschil")] == "‒ 11,7" and not warnings
    assert row_parents(cells)["21 Jeugd en gezin"] == "Totaal"


def test_a_heading_reaching_further_over_the_labels_still_heads_no_column() -> None:
    """The same headings standing a whole column's width short of the values (the first
    ending ten characters before them, starting well over the labels) stand over no column:
    no table is read from them."""
    tables, cells, warnings = read_text(_two_line_heading_table(60))
    assert not cells and not tables and warnings


def _set_in(*above: str) -> str:
    """A suppletoire-like table a text layer prints a space in from the margin: each
    column's heading words printed from the column's left edge over four lines, the
    column number last, the figures set flush right under the heading's longest word."""

    def line(corner: str, *runs: str) -> str:
        text = corner
        for run, start in zip(runs, (36, 54, 71), strict=False):
            text = text.ljust(start) + run if run else text
        return text

    def row(label: str, *values: str) -> str:
        text = label
        for value, end in zip(values, (45, 63, 82), strict=True):
            text = text.ljust(end - len(value)) + value
        return text

    return "\n".join(
        [
            "Tabel 3 Budgettaire gevolgen van beleid artikel 8 (bedragen x € 1.000)",
            "",
            *above,
            line(" Art.    Omschrijving", "Ontwerp-", "Mutatie", "Stand na"),
            line("", "begroting", "nota van", "nota van"),
            line("", "", "wijziging", "wijziging"),
            line("", "(1)", "(2)", "(3)=(1)+(2)"),
            "",
            row("         Verplichtingen", "98.400", "1.250", "99.650"),
            "",
            row(" 08.01   Musea", "61.200", "800", "62.000"),
            row(" 08.02   Erfgoed", "37.200", "– 450", "36.750"),
        ]
    )


def test_a_corner_set_in_from_the_margin_leaves_the_headings_their_first_line() -> None:
    """The corner of a table a text layer prints a space in (" Art.    Omschrijving": a
    code column's and the labels' headings) is the corner: every run starting left of
    where a column's heading can and ending before the first column's values. Only a run
    at the margin was, so the line of the headings' first words ended the reading and the
    columns lost them ("begroting (1)", "nota van wijziging (2)")."""
    _tables, cells, _warnings = read_text(_set_in())
    grid = cell_grid(cells)
    assert grid[("Verplichtingen", "Ontwerp-begroting (1)")] == "98.400"
    assert grid[("08.01 Musea", "Mutatie nota van wijziging (2)")] == "800"
    assert grid[("08.02 Erfgoed", "Stand na nota van wijziging (3)=(1)+(2)")] == "36.750"


def test_a_title_set_in_over_the_columns_is_no_corner_and_joins_no_heading() -> None:
    """A title line right above the headings, set in from the margin and running on over
    the columns, is no corner: it ends the headings' lines, and no column takes its words."""
    title = " Uitgaven en verplichtingen per instrument, artikel 8 Cultuur en Media"
    _tables, cells, _warnings = read_text(_set_in(title))
    grid = cell_grid(cells)
    assert not any("Cultuur" in column for _row, column in grid)
    assert grid[("Verplichtingen", "Ontwerp-begroting (1)")] == "98.400"
    assert grid[("08.01 Musea", "Mutatie nota van wijziging (2)")] == "800"


def _reserves(corner_on_top: bool, corner: str = "Bedragen x € 1.000") -> str:
    """A staat van reserves as pdftotext -layout prints it, no "Tabel N" caption: movement
    words over the columns ("Saldo" / "1-1-2023", "Toevoegingen", "Onttrekkingen",
    "Saldo" / "31-12-2023"), the table's unit in the corner of the top or the bottom
    heading line."""
    widths = (36, 9, 15, 15, 12)

    def line(*cells: str) -> str:
        return cells[0].ljust(widths[0]) + "".join(
            cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)
        )

    top = line("", "Saldo", "Toevoegingen", "Onttrekkingen", "Saldo")
    dates = line("", "1-1-2023", "", "", "31-12-2023")
    if corner_on_top:
        top = corner + top[len(corner) :]
    else:
        dates = corner + dates[len(corner) :]
    return "\n".join(
        [
            "Staat van reserves",
            "",
            top,
            dates,
            line("Algemene reserve", "1.250", "300", "410", "1.140"),
            line("Reserve sociaal domein", "8.400", "1.200", "2.050", "7.550"),
            line("Totaal reserves", "9.650", "1.500", "2.460", "8.690"),
        ]
    )


@pytest.mark.parametrize("corner_on_top", [True, False])
def test_the_tables_unit_in_the_corner_of_a_heading_line_is_no_end_of_its_headings(
    corner_on_top: bool,
) -> None:
    """Headings over two lines whose columns are movements and dated balances, no years
    ("Saldo" / "1-1-2023" ... "Saldo" / "31-12-2023"), the unit printed in the corner of
    one of the lines ("Bedragen x € 1.000   Saldo  Toevoegingen ..."): the unit is the
    corner's, the runs after it the columns' headings. Before, a line saying a unit ended
    the headings (on the top line) or was no heading line (on the bottom one): the dated
    line alone headed two of four columns and no table was read."""
    [table], cells, warnings = read_text(_reserves(corner_on_top))
    grid = cell_grid(cells)
    assert grid[("Algemene reserve", "Saldo 1-1-2023")] == "1.250" and not warnings
    assert grid[("Reserve sociaal domein", "Toevoegingen")] == "1.200"
    assert grid[("Reserve sociaal domein", "Onttrekkingen")] == "2.050"
    assert grid[("Totaal reserves", "Saldo 31-12-2023")] == "8.690"
    assert table["column_count"] == 4 and table["unit_label"] == "x € 1.000"


def test_a_unit_line_above_the_headings_stays_the_tables_unit_and_heads_no_column() -> None:
    """Near form: the unit alone on its line above the heading lines ("(bedragen x €
    1.000)") is the table's unit, no heading of a column nor a corner run before one."""
    text = _reserves(True, " " * 18).replace(
        "Staat van reserves\n\n", "Staat van reserves\n\n(bedragen x € 1.000)\n"
    )
    [table], cells, _warnings = read_text(text)
    assert {cell["column_label"] for cell in cells} == {
        "Saldo 1-1-2023",
        "Toevoegingen",
        "Onttrekkingen",
        "Saldo 31-12-2023",
    }
    assert table["unit_label"] == "x € 1.000"


def test_a_page_foot_under_the_first_rows_fills_no_column_of_its_own() -> None:
    """A table running over a page break: the page's foot ("Jaarstukken 2023 Provincie
    ... 163", its number apart by padding, a form feed after it) stands in no column, and
    the headings over two lines still head the four the rows fill. Before, the page's
    number was a fifth column the headings were spread over, and no table was read."""
    rows = _reserves(True).splitlines()
    foot = "Jaarstukken 2023 Provincie Overijssel".ljust(77) + "163"
    text = "\n".join([*rows[:6], "", "", foot, "\f" + rows[2], rows[3], rows[6]])
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Reserve sociaal domein", "Saldo 1-1-2023")] == "8.400"
    assert grid[("Totaal reserves", "Saldo 31-12-2023")] == "8.690"
    assert "163" not in {cell["value_text"] for cell in cells}


def test_a_row_of_one_value_after_a_blank_line_still_fills_its_column() -> None:
    """Near form: a row printing one value after a blank line, read as a page's foot reads
    ("Belastingen   415"), where no page is seen to turn (no form feed) is a row, and its
    value fills the column the rows above leave empty ("Saldo voordelig")."""
    widths = (40, 9, 10, 10, 11)

    def line(*cells: str) -> str:
        return cells[0].ljust(widths[0]) + "".join(
            cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)
        )

    names = ["Bestuur", "Veiligheid", "Verkeer"]
    rows = [line(name, "1.200", "300", "900", "") for name in names]
    text = "\n".join(
        [
            "Overzicht lasten en baten per functie (bedragen x € 1.000)",
            "",
            line("", "Lasten", "Baten", "Saldo", "Saldo"),
            line("", "", "", "nadelig", "voordelig"),
            "",
            *rows,
            "",
            line("Belastingen", "", "", "", "415"),
            line("Totaal", "3.600", "900", "2.700", "415"),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Bestuur", "Saldo nadelig")] == "900"
    assert grid[("Belastingen", "Saldo voordelig")] == "415"
    assert grid[("Totaal", "Saldo voordelig")] == "415"


#: Where a jaarrekening's four columns end, headings and values alike (set right).
_ENDS = (48, 63, 76, 88)


def test_a_line_of_years_under_headings_over_three_lines_ends_them() -> None:
    """A municipal jaarrekening's headings hang over three lines ("Begroting" / "primitief"
    / "2015", "Rekening" / "2015", "Verschil" alone), the last line printing years only,
    set in under some columns. That line is the headings' last, no first row: read as a
    row, its years were left out of every heading ("Begroting primitief")."""
    text = "\n".join(
        [
            "4.2 Overzicht van baten en lasten",
            "",
            printed("Bedragen x € 1.000", _ENDS, "Begroting", "Begroting", "Rekening", "Verschil"),
            printed("", _ENDS, "primitief", "na wijziging", "2015", ""),
            printed("", _ENDS[:2], "2015", "2015"),
            "",
            "Lasten",
            printed("1 Bestuur en dienstverlening", _ENDS, "14.208", "15.117", "14.930", "187"),
            printed("2 Veiligheid", _ENDS, "9.870", "10.240", "10.012", "228"),
            printed("Totaal lasten", _ENDS, "24.078", "25.357", "24.942", "415"),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("2 Veiligheid", "Begroting primitief 2015")] == "9.870"
    assert grid[("2 Veiligheid", "Begroting na wijziging 2015")] == "10.240"
    assert grid[("Totaal lasten", "Rekening 2015")] == "24.942"
    assert grid[("Totaal lasten", "Verschil")] == "415"


def test_a_row_labelled_by_a_year_at_the_margin_under_such_headings_stays_a_row() -> None:
    """A line of a year at the margin and figures is a row ("2015" as its label), not the
    headings' last line: years alone set in from the margin are."""
    text = "\n".join(
        [
            "Tabel 7 Ontwikkeling reserves",
            "",
            "Bedragen x € 1.000                     Begroting      Begroting     Rekening",
            "                                       primitief   na wijziging",
            "2014                                      1.208          1.117        1.930",
            "2015                                      1.870          1.240        1.012",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("2015", "Begroting primitief")] == "1.870"
    assert grid[("2014", "Rekening")] == "1.930"


def test_a_heading_line_naming_some_columns_over_one_columns_last_line_heads_them_all() -> None:
    """An agentschap's staat van baten en lasten (pdftotext -layout) hangs its headings
    over four lines, column numbers on top, and the first column's heading runs a line
    further than the rest ("Vastgestelde" / "begroting" / "incl. ISB 2024"). The line
    above that last one names two columns' years only: read as the heading line, with the
    last line as the first row, it headed two of the three columns and glued the first
    value to each label. The rows fix the columns; each heading line's words join the
    column they stand over, the column numbers too."""
    text = "\n".join(
        [
            "Tabel 12 Staat van baten en lasten (bedragen x € 1.000)",
            "",
            "                                     (1)                (2)          (3)=(2)-(1)",
            "                               Vastgestelde         Realisatie        Verschil",
            "                                 begroting             2024",
            "                             incl. ISB 2024",
            "Baten",
            "Omzet moederdepartement             50.120             52.300            2.180",
            "Omzet derden                         4.200              3.950             -250",
            "Totaal baten                        54.320             56.250            1.930",
        ]
    )
    [table], cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert table["column_count"] == 3 and not warnings
    assert grid[("Omzet derden", "(1) Vastgestelde begroting incl. ISB 2024")] == "4.200"
    assert grid[("Omzet derden", "(2) Realisatie 2024")] == "3.950"
    assert grid[("Totaal baten", "(3)=(2)-(1) Verschil")] == "1.930"
    assert len(cells) == 9


def test_a_group_line_ending_in_a_year_at_the_labels_under_such_headings_stays_a_group() -> None:
    """A line of words ending in a year right under a heading line hanging over the
    columns, but standing at the labels, not under the heading's words ("Tranche 2024"),
    is a group of the rows below, no column's heading."""
    text = "\n".join(
        [
            "Tabel 3 Mutaties (bedragen x € 1.000)",
            "",
            "                                    Realisatie        Begroting",
            "                                          2023             2024",
            "  Tranche 2024",
            "Loonbijstelling                          1.200            1.300",
            "Prijsbijstelling                           300              350",
            "Totaal                                   1.500            1.650",
        ]
    )
    [table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert table["column_count"] == 2
    assert grid[("Loonbijstelling", "Realisatie 2023")] == "1.200"
    assert grid[("Prijsbijstelling", "Begroting 2024")] == "350"
    assert row_parents(cells)["Loonbijstelling"] == "Tranche 2024"


def test_a_first_row_ending_in_a_small_bracketed_negative_leaves_the_columns_to_the_next() -> None:
    """Headings over two lines ("Begroting" / "primitief 2024" ... "Afwijking"), the first
    row ending in a small negative in brackets ("(312)"), which may as well be a note's
    mark after a value under each of the three dated headings: the next row ("(2.180)")
    tells the columns. Read from the first, the lower heading line alone headed the
    table, its top line became the title, and a value of each row went into its label."""
    text = "\n".join(
        [
            "Overzicht van lasten per programma 2024 (bedragen x € 1.000)",
            "",
            "                              Begroting      Begroting    Rekening   Afwijking",
            "                         primitief 2024  na wijz. 2024        2024",
            "",
            "Lasten",
            "  1   Bestuur                      8.204          9.113       9.425       (312)",
            "  2   Openbare orde               14.310         15.602      17.782     (2.180)",
            "  3   Verkeer en vervoer          22.015         23.480      22.905         575",
            "Totaal lasten                     44.529         48.195      50.112     (1.917)",
        ]
    )
    [table], cells, _warnings = read_text(text)
    assert table["title"].startswith("Overzicht van lasten per programma 2024")
    grid = cell_grid(cells)
    assert grid[("1 Bestuur", "Begroting primitief 2024")] == "8.204"
    assert grid[("1 Bestuur", "Afwijking")] == "(312)"
    assert grid[("2 Openbare orde", "Rekening 2024")] == "17.782"


def test_a_note_mark_after_every_columns_value_in_the_first_row_stays_no_value() -> None:
    """Near form: a first row ending in a note's mark in brackets ("(1)") after a value
    under each of the headings, the next rows printing as many values: the mark is no
    column's, the headings name every column as before."""
    text = "\n".join(
        [
            "Overzicht van lasten per programma 2024 (bedragen x € 1.000)",
            "",
            "                              Begroting      Begroting    Rekening",
            "                         primitief 2024  na wijz. 2024        2024",
            "",
            "  1   Bestuur                      8.204          9.113       9.425    (1)",
            "  2   Openbare orde               14.310         15.602      17.782",
            "  3   Verkeer en vervoer          22.015         23.480      22.905",
        ]
    )
    [_table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("1 Bestuur", "Rekening 2024")] == "9.425"
    assert grid[("2 Openbare orde", "Begroting primitief 2024")] == "14.310"
    assert len(cells) == 9


def test_two_first_rows_ending_in_small_bracketed_negatives_read_as_a_column() -> None:
    """The first two rows under headings over two lines each end in a small negative in
    brackets ("(9)", "(57)"): a figure ending several rows is a column of negatives, not a
    note's mark, and the first row printing none ("(1.215)") tells the columns. Read off
    the second, whose "(57)" seemed a mark again, no table was read."""
    text = "\n".join(
        [
            "Overzicht van baten per programma 2024 (bedragen x € 1.000)",
            "",
            "                              Begroting      Begroting    Rekening   Afwijking",
            "                         primitief 2024  na wijz. 2024        2024",
            "",
            "Baten",
            "  1   Bestuur                      1.204          1.310       1.301         (9)",
            "  2   Openbare orde                  420            455         398        (57)",
            "  3   Sociaal domein              18.760         21.140      19.925     (1.215)",
            "Totaal baten                      20.384         22.905      21.624     (1.281)",
        ]
    )
    [table], cells, _warnings = read_text(text)
    assert table["title"].startswith("Overzicht van baten per programma 2024")
    grid = cell_grid(cells)
    assert grid[("1 Bestuur", "Begroting primitief 2024")] == "1.204"
    assert grid[("1 Bestuur", "Afwijking")] == "(9)"
    assert grid[("2 Openbare orde", "Afwijking")] == "(57)"
    assert grid[("3 Sociaal domein", "Rekening 2024")] == "19.925"
    assert len(cells) == 16


def test_note_marks_after_the_first_two_rows_stay_no_values() -> None:
    """Near form: the first two rows each end in a note's mark ("(1)", "(2)") after a
    value under every heading, the third printing as many values and no mark: the marks
    are no column's, the headings name the three columns as before."""
    text = "\n".join(
        [
            "Overzicht van lasten per programma 2024 (bedragen x € 1.000)",
            "",
            "                              Begroting      Begroting    Rekening",
            "                         primitief 2024  na wijz. 2024        2024",
            "",
            "  1   Bestuur                      8.204          9.113       9.425    (1)",
            "  2   Openbare orde               14.310         15.602      17.782    (2)",
            "  3   Verkeer en vervoer          22.015         23.480      22.905",
        ]
    )
    [_table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("1 Bestuur", "Rekening 2024")] == "9.425"
    assert grid[("2 Openbare orde", "Rekening 2024")] == "17.782"
    assert len(cells) == 9


def _shares(
    top: tuple[str, ...], bottom: tuple[str, ...], rows: list[tuple[str, tuple[str, ...]]]
) -> str:
    """A -layout table under two heading lines, ``top`` over ``bottom`` (beside the labels'
    heading), each text ending where its column's values do; a group row over ``rows``."""
    ends = (58, 70, 80, 90)
    return "\n".join(
        [
            "Tabel 4 Verschillen realisatie en begroting (bedragen x € 1 mln)",
            "",
            printed("", ends[: len(top)], *top),
            printed("       Omschrijving", ends[: len(bottom)], *bottom),
            "",
            "Uitgaven",
            *(printed(f"       {label}", ends[: len(values)], *values) for label, values in rows),
            "",
            "De verschillen worden per artikel toegelicht.",
        ]
    )


def test_a_share_printed_in_percent_without_brackets_ends_its_columns_heading() -> None:
    """A column's heading whose last line says its unit without brackets ("Verschil" /
    "in %", beside "2023" under the other headings) ends that heading as "(%)" does: the
    line is the headings' last, the column "Verschil in %". Read as no heading line, it
    left the table unread."""
    rows = [
        ("Natuur en water", ("58", "61", "3", "5%")),
        ("Wonen en ruimte", ("140", "129", "-11", "-8%")),
        ("Cultuur", ("96", "99", "3", "3%")),
    ]
    top = ("Begroting", "Realisatie", "Verschil", "Verschil")
    [table], cells, warnings = read_text(_shares(top, ("2023", "2023", "", "in %"), rows))
    assert table["unit_label"] == "x € 1 mln" and not warnings
    grid = cell_grid(cells)
    assert grid[("Natuur en water", "Begroting 2023")] == "58"
    assert grid[("Wonen en ruimte", "Verschil")] == "-11"
    assert grid[("Wonen en ruimte", "Verschil in %")] == "-8%"
    assert set(row_parents(cells).values()) == {"Uitgaven"}
    assert len(cells) == 12


def test_a_line_of_percent_units_alone_stays_no_heading_line() -> None:
    """Near form: a line saying "in %" under every column and nothing else is a line of
    units alone, as "(%)   (%)" is: no heading line of its own, the table read as before
    under the words over it, the unit joined to them."""
    rows = [(label, ("5%", "-8%", "3%")) for label in ("Natuur", "Wonen", "Cultuur")]
    text = _shares(("Aandeel", "Aandeel", "Aandeel"), ("in %", "in %", "in %"), rows)
    _tables, cells, _warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {"Aandeel in %"}


def test_headings_wrapped_to_different_heights_each_ending_in_its_column_number() -> None:
    """A -layout staat whose headings hang from the top over different numbers of lines, so
    each column's number stands at its own height ("(2)" beside "begroting 2026", "(1)"
    beside "begroting", "(3)=(2)-(1)" alone under them): the lines mixing one column's words
    with another's number go on with the headings, and each column gets its words and its
    number. No table was read: no line named every column, and the mixed lines were no
    heading line."""
    text = "\n".join(
        [
            "Tabel 7 Kasstroomoverzicht (bedragen x € 1.000)",
            "  Omschrijving                     Oorspronkelijk    Realisatie Verschil realisatie",
            "                                     vastgestelde         2026 en oorspronkelijk",
            "                                   begroting 2026           (2)      vastgestelde",
            "                                               (1)                      begroting",
            "                                                                        (3)=(2)-(1)",
            "  Stand liquide middelen 1 januari     7.210       18.105               5.895",
            "  Totaal operationele kasstroom       12.400       11.950                -450",
            "  Totaal investeringskasstroom       -16.300       -5.875               4.425",
        ]
    )
    [table], cells, warnings = read_text(text)
    grid = cell_grid(cells)
    columns = sorted({column for _label, column in grid}, key=len)
    assert columns[0].startswith("Realisatie") and columns[0].endswith(" (2)")
    assert columns[1] == "Oorspronkelijk vastgestelde begroting 2026 (1)"
    assert columns[2].startswith("Verschil realisatie") and columns[2].endswith(
        "en oorspronkelijk vastgestelde begroting (3)=(2)-(1)"
    )
    assert grid[("Stand liquide middelen 1 januari", columns[0])] == "18.105"
    assert grid[("Totaal operationele kasstroom", columns[1])] == "12.400"
    assert grid[("Totaal investeringskasstroom", columns[2])] == "4.425"
    assert table["column_count"] == 3 and not warnings


def test_a_line_of_words_and_a_figure_under_headings_stays_a_row() -> None:
    """Near form: a row set in from the margin whose label is followed by a figure, under
    headings that name every column on one line, is a row, not the headings' rest (its
    figure is no column number)."""
    text = "\n".join(
        [
            "Tabel 8 Verloop (bedragen x € 1.000)",
            "                                      Begroting 2026   Realisatie 2026",
            "  Stand 1 januari                              7.210             8.105",
            "  Mutatie                                      5.190             3.845",
            "  Stand 31 december                           12.400            11.950",
        ]
    )
    [table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Stand 1 januari", "Begroting 2026")] == "7.210"
    assert grid[("Mutatie", "Realisatie 2026")] == "3.845"
    assert table["column_count"] == 2


def _coded_rows_under_set_in_groups(indent: int) -> str:
    """A provincial overview of lasten and baten per programme (-layout): headings over two
    lines, the last column's on the top one only, each programme's number at the margin
    before its name, and the value-less groups "Lasten" / "Baten" set in by ``indent``."""
    ends = (58, 74, 88)
    return "\n".join(
        [
            "Tabel 4 Lasten en baten per programma (bedragen x € 1.000)",
            "",
            printed("", ends, "Begroting", "Rekening", "Verschil"),
            printed("Programma", ends[:2], "2024", "2024"),
            " " * indent + "Lasten",
            printed("1      Mobiliteit", ends, "43.960", "41.208", "2.752"),
            printed("2      Natuur en landbouw", ends, "30.015", "28.772", "1.243"),
            printed("       Totaal lasten", ends, "73.975", "69.980", "3.995"),
            "",
            " " * indent + "Baten",
            printed("3      Cultuur", ends, "12.900", "12.406", "-494"),
            printed("4      Economie", ends, "9.760", "9.318", "-442"),
            printed("       Totaal baten", ends, "22.660", "21.724", "-936"),
        ]
    )


def test_groups_set_in_where_labels_start_past_their_codes_end_the_headings() -> None:
    """A layout printing each row's programme number at the margin sets a value-less group
    ("Lasten") in the labels' column, where the rows' names start past their codes: a group
    line as one from the margin is, ending the headings over two lines above it. Read as
    neither a group nor a row, it stopped the headings' reading and no table was read."""
    tables, cells, _warnings = read_text(_coded_rows_under_set_in_groups(7))
    assert len(tables) == 1 and tables[0]["unit_label"] == "x € 1.000"
    grid = cell_grid(cells)
    assert grid[("1 Mobiliteit", "Rekening 2024")] == "41.208"
    assert grid[("2 Natuur en landbouw", "Verschil")] == "1.243"
    assert grid[("Totaal baten", "Begroting 2024")] == "22.660"
    assert row_parents(cells)["4 Economie"] == "Baten"


def test_groups_set_in_where_no_label_starts_are_no_group_of_coded_rows() -> None:
    """The near form: a line set in short of where the rows' labels start past their codes
    ("   Lasten" over "1      Mobiliteit") is no group of those rows, and the reading of
    headings over several lines is refused there, as before."""
    _tables, cells, warnings = read_text(_coded_rows_under_set_in_groups(3))
    assert not any(cell["column_label"] == "Rekening 2024" for cell in cells)
    assert any("look like table rows" in warning.reason for warning in warnings)


def test_a_subgroup_set_in_under_a_group_from_the_margin_needs_no_coded_rows() -> None:
    """A group from the margin ("Programma 1 Mobiliteit") over a subgroup set in ("   Lasten")
    over rows printing no codes, headings over two lines above: the set-in line is the
    margin group's subgroup, read with the rows, not a group of coded rows that must start
    where their labels do. Taken for one, it refused the headings and no table was read."""
    ends = (58, 74, 88)
    text = "\n".join(
        [
            "Tabel 4 Lasten en baten (bedragen x € 1.000)",
            "",
            printed("", ends, "Begroting", "Rekening", "Verschil"),
            printed("Omschrijving", ends[:2], "2024", "2024"),
            "Programma 1 Mobiliteit",
            "   Lasten",
            printed("Wegen", ends, "43.960", "41.208", "2.752"),
            printed("Vaarwegen", ends, "30.015", "28.772", "1.243"),
            printed("Totaal", ends, "73.975", "69.980", "3.995"),
        ]
    )
    tables, cells, _warnings = read_text(text)
    assert len(tables) == 1
    grid = cell_grid(cells)
    assert grid[("Wegen", "Rekening 2024")] == "41.208"
    assert grid[("Totaal", "Verschil")] == "3.995"


def _havens(heading: list[tuple[str, ...]]) -> str:
    """A suppletoire's -layout table under the heading lines ``heading`` (five texts each,
    one per column, "" for none) and a line of column numbers; a row of one percentage and
    a group line between the first rows, so no run of rows reaches up to the headings."""
    ends = (52, 66, 80, 92, 104)
    return "\n".join(
        [
            "Tabel 4 Budgettaire gevolgen van beleid artikel 12 Havens (bedragen x € 1.000)",
            *(printed("", ends, *texts) for texts in heading),
            printed("", ends, "(1)", "(2)", "(3)=(1)+(2)", "", ""),
            printed("Verplichtingen", ends, "812.400", "12.350", "824.750", "3.000", "1.500"),
            printed("waarvan juridisch verplicht", ends[:1], "97%"),
            printed("Uitgaven", ends, "790.120", "10.200", "800.320", "3.000", "1.500"),
            "Subsidies",
            printed("Haveninfrastructuur", ends, "640.000", "8.000", "648.000", "2.000", "1.000"),
            printed("Opdrachten", ends, "150.120", "2.200", "152.320", "1.000", "500"),
            printed("Ontvangsten", ends, "4.000", "0", "4.000", "0", "0"),
        ]
    )


_TOP = ("Vastgestelde", "Mutatie 1e", "Stand 1e", "Mutatie", "Mutatie")


def test_headings_wrapped_a_line_further_than_the_years_end_on_their_last_line() -> None:
    """The middle columns' headings wrap over one line more than the years' ("Mutatie 1e" /
    "suppletoire" / "begroting" beside "Mutatie" / "2026"): the line of years is not the
    headings' last, the line of words under it, each run under a heading of its own, goes
    on with them. Read from the line of years, that line ended the reading and no table was
    read."""
    text = _havens(
        [
            _TOP,
            ("begroting", "suppletoire", "suppletoire", "2026", "2027"),
            ("", "begroting", "begroting", "", ""),
        ]
    )
    tables, cells, _warnings = read_text(text)
    assert len(tables) == 1
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Mutatie 1e suppletoire begroting (2)")] == "10.200"
    assert grid[("Opdrachten", "Stand 1e suppletoire begroting (3)=(1)+(2)")] == "152.320"
    assert grid[("Ontvangsten", "Mutatie 2027")] == "0"
    assert row_parents(cells)["Haveninfrastructuur"] == "Subsidies"


def test_headings_ending_on_the_line_of_years_read_from_it_as_before() -> None:
    """Near form: every heading ends on the line of years, the column numbers under it:
    no line of words goes on under it, and the headings are read from it as before."""
    text = _havens(
        [
            _TOP,
            ("", "suppletoire", "suppletoire", "", ""),
            ("begroting", "begroting", "begroting", "2026", "2027"),
        ]
    )
    grid = cell_grid(read_text(text)[1])
    assert grid[("Uitgaven", "Mutatie 1e suppletoire begroting (2)")] == "10.200"
    assert grid[("Ontvangsten", "Mutatie 2027")] == "0"


def test_a_first_heading_line_every_run_of_which_goes_on_is_no_line_headings_end_on() -> None:
    """Near form of the wrapped headings: a first line of runs each going on under it, no
    heading ending on it ("Stand 1e   Stand 1e" over "begroting   suppletoire"), is the
    first of headings stacked alike, read as such: a run repeating over leaves that differ
    joins none. Read as a line some headings end on, the line under it was taken as their
    last: "Stand 1e begroting (1)", "Stand 1e suppletoire (2)"."""
    text = _havens(
        [
            ("Stand 1e", "Stand 1e", "Mutatie 1e", "Raming", "Raming"),
            ("begroting", "suppletoire", "suppletoire", "meerjaren", "meerjaren"),
        ]
    )
    tables, cells, _warnings = read_text(text)
    assert len(tables) == 1
    assert not any("Stand" in c["column_label"] for c in cells)


def test_the_labels_heading_is_no_run_of_a_first_line_that_goes_on() -> None:
    """The same first line with the labels' heading in the corner ("Omschrijving"): the
    corner word is no column's heading that could end on that line, so every value column's
    heading still goes on under it and the line is still the first of headings stacked
    alike. Counted as a run, it made the line one some headings end on, and the line under
    it was taken as their last: "Stand 1e begroting (1)", "Stand 1e suppletoire (2)"."""
    lines = _havens(
        [
            ("Stand 1e", "Stand 1e", "Mutatie 1e", "Raming", "Raming"),
            ("begroting", "suppletoire", "suppletoire", "meerjaren", "meerjaren"),
        ]
    ).split("\n")
    lines[1] = "Omschrijving" + lines[1][len("Omschrijving") :]
    tables, cells, _warnings = read_text("\n".join(lines))
    assert len(tables) == 1
    assert not any("Stand" in c["column_label"] for c in cells)


def test_headings_wrapped_further_beside_the_labels_heading_end_on_their_last_line() -> None:
    """Near form: the labels' heading in the corner of the line of years, some headings
    wrapped a line further: fewer runs go on under it than it prints over the value
    columns, and the headings end on their last line as without the corner word."""
    lines = _havens(
        [
            _TOP,
            ("begroting", "suppletoire", "suppletoire", "2026", "2027"),
            ("", "begroting", "begroting", "", ""),
        ]
    ).split("\n")
    lines[2] = "Omschrijving" + lines[2][len("Omschrijving") :]
    grid = cell_grid(read_text("\n".join(lines))[1])
    assert grid[("Uitgaven", "Mutatie 1e suppletoire begroting (2)")] == "10.200"
    assert grid[("Ontvangsten", "Mutatie 2027")] == "0"


def test_headings_over_rows_whose_first_leaves_a_column_empty_are_placed_in_their_rooms() -> None:
    """A staat van reserves from a PDF: the first row leaves a narrow column empty (no
    placeholder), a row under it fills it; two headings of neighbouring columns are printed
    one space apart ("Vrijval Onttrekkingen") and a wide column's heading ends some
    characters left of its figures. The heading line names fewer columns than the rows
    print: its words are placed by where they stand, each in the room its column leaves,
    the one-space run parted; the line above joins its columns ("Saldo" over each date)."""
    ends = (58, 78, 87, 102, 118)
    text = "\n".join(
        [
            "Bijlage 2 Staat van reserves",
            printed("", (58, 117), "Saldo", "Saldo"),
            "Omschrijving                                      1-1-2024     Toevoegingen       "
            "Vrijval Onttrekkingen    31-12-2024",
            printed("Algemene reserve", ends, "12.420", "1.310", "", "512", "13.218"),
            printed("Reserve sociaal domein", ends, "642", "120", "85", "301", "376"),
            printed("Reserve wegen", ends, "2.150", "", "400", "318", "1.432"),
            printed("Totaal reserves", ends, "15.212", "1.430", "485", "1.131", "15.026"),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Reserve sociaal domein", "Saldo 1-1-2024")] == "642"
    assert grid[("Reserve sociaal domein", "Toevoegingen")] == "120"
    assert grid[("Reserve sociaal domein", "Vrijval")] == "85"
    assert grid[("Reserve sociaal domein", "Onttrekkingen")] == "301"
    assert grid[("Algemene reserve", "Saldo 31-12-2024")] == "13.218"
    assert grid[("Totaal reserves", "Vrijval")] == "485"
    assert len(cells) == 18


def test_a_heading_line_over_rows_printing_as_many_values_as_it_names_stays_as_printed() -> None:
    """Near form: the rows print no more values than the heading line names, a cell left
    empty in the first: the heading line is read as printed, its runs each a column."""
    ends = (58, 78, 102, 118)
    text = "\n".join(
        [
            "Bijlage 2 Staat van reserves",
            "Omschrijving                                      1-1-2024     Toevoegingen       "
            "Onttrekkingen    31-12-2024",
            printed("Algemene reserve", ends, "12.420", "1.310", "512", "13.218"),
            printed("Reserve sociaal domein", ends, "642", "", "301", "341"),
            printed("Totaal reserves", ends, "13.062", "1.310", "813", "13.559"),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Reserve sociaal domein", "Onttrekkingen")] == "301"
    assert grid[("Algemene reserve", "Toevoegingen")] == "1.310"
