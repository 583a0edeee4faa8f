"""Tests of reading column headings printed over several lines (``tables_stacked_headings``)."""

from __future__ import annotations

import pytest
from table_texts import cell_grid, printed, read_text, row_parents


def test_headings_printed_over_several_lines_above_their_years_or_column_numbers() -> None:
    """A PDF prints a long column heading over several lines above its year or column
    number (b01 shape): the words standing over a column join its heading, top line first,
    so "Realisatie 2023" and "Vastgestelde begroting 2023" stay two columns; the space
    thousands of a row with a blank cell are read where they stand (50 205, not 50 and
    205); the unit line above them is the table's."""
    text = "\n".join(
        [
            "Bedragen x € 1 000",
            "                                   Stand   Vastgestelde           Stand",
            "                          oorspronkelijk       mutaties     suppletoire",
            "                          begroting 2011       ISB 2011  begroting 2011",
            "                                     (1)            (2)     (4)=(1+2+3)",
            "UITGAVEN                         103 922            288         104 210",
            "Personeel                         50 205                         50 205",
            "Materieel                         53 717            288          54 005",
        ]
    )
    [table], cells, warnings = read_text(text)
    assert (table["unit_label"], table["line_start"]) == ("x € 1.000", 2) and not warnings
    grid = cell_grid(cells)
    assert grid[("Personeel", "Stand oorspronkelijk begroting 2011 (1)")] == "50 205"
    assert grid[("Personeel", "Stand suppletoire begroting 2011 (4)=(1+2+3)")] == "50 205"
    assert grid[("Materieel", "Vastgestelde mutaties ISB 2011 (2)")] == "288"
    assert row_parents(cells)["Personeel"] == "UITGAVEN"
    jaarverslag = "\n".join(
        [
            "Tabel 2 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "                                 Vastgestelde",
            "                     Realisatie     begroting   Verschil",
            "                           2023          2023       2023",
            "Uitgaven                405.220       401.000      4.220",
            "Ontvangsten              12.001         9.000      3.001",
        ]
    )
    _tables, cells, _warnings = read_text(jaarverslag)
    assert {c["column_label"] for c in cells} == {
        "Realisatie 2023",
        "Vastgestelde begroting 2023",
        "Verschil 2023",
    }
    assert len(cells) == 6 and {c["year"] for c in cells} == {2023}


def test_a_heading_word_split_by_a_hyphen_over_two_lines_is_one_word() -> None:
    """A begrotingsstaat's text layer splits long heading words at the column's edge
    ("Verplich-" / "tingen", "Ontvang-" / "sten"): one word, joined as printed with its
    hyphen, as the answers keep it (c04, m04 "Verplich-tingen"); a compound split after a
    capital too ("EMU-" / "saldo"). They were "Verplich- tingen", then "Verplichtingen"."""
    text = "\n".join(
        [
            "Tabel 1 Departementale begrotingsstaat 2026 (bedragen x € 1.000)",
            "",
            "                                     Verplich-                    Ontvang-       EMU-",
            "Art.  Omschrijving                      tingen      Uitgaven          sten      saldo",
            "1     Arbeidsmarkt                     412.300       398.100        12.400   -385.700",
            "2     Inkomensbeleid                   250.900       251.800         3.100   -248.700",
            "      Totaal                           663.200       649.900        15.500   -634.400",
        ]
    )
    _tables, cells, warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {
        "Verplich-tingen", "Uitgaven", "Ontvang-sten", "EMU-saldo",
    }  # fmt: skip
    grid = cell_grid(cells)
    assert grid[("2 Inkomensbeleid", "Ontvang-sten")] == "3.100" and not warnings


def test_a_broken_word_over_repeated_leaves_joins_its_own_leaf_under_the_groups() -> None:
    """A verantwoordingsstaat prints each group's leaves again ("Verplich-" / "tingen",
    "Uitgaven", "Ontvangsten" under "Begroting (1)" and "Realisatie (2)"): the line of
    broken words is the leaves' first line, each part joining the rest under it alone
    ("Verplich-tingen", no "Verplich- Uitgaven"), and the groups' names above still name
    each leaf. They were "Verplich- tingen", "Verplich- Uitgaven", no group."""
    text = "\n".join(
        [
            "Staat 2025 (bedragen x € 1.000)",
            "",
            "                             Begroting (1)                    Realisatie (2)",
            "",
            "                    Verplich-                       Verplich-",
            "Art. Omschrijving      tingen   Uitgaven Ontvangsten    tingen   Uitgaven Ontvangsten",
            "Totaal                  2.000      1.900         100     1.800      1.700         120",
            "11   Wegen              1.500      1.400          60     1.300      1.250          70",
            "12   Water                500        500          40       500        450          50",
        ]
    )
    _tables, cells, warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {
        f"{group} {leaf}"
        for group in ("Begroting (1)", "Realisatie (2)")
        for leaf in ("Verplich-tingen", "Uitgaven", "Ontvangsten")
    }
    grid = cell_grid(cells)
    assert grid[("12 Water", "Realisatie (2) Uitgaven")] == "450" and not warnings


#: Where each part ends on the leaves' first line of ``_broken_leaves`` (1-based): each
#: centred over its rest, or starting where its rest starts.
_BROKEN_ENDS = {"centred": (46, 72, 85, 111), "flush": (47, 74, 87, 114)}


def _broken_leaves(parts: str) -> str:
    """A suppletoire wet's begrotingsstaat (-layout) printing its leaves again under each of
    two groups, the long ones broken with a hyphen (``_BROKEN_ENDS``), each rest ending
    where the figures under it do."""
    ends = (44, 57, 70, 83, 96, 109)
    return "\n".join(
        [
            "Wijziging van de begrotingsstaat 2025 (bedragen x € 1.000)",
            "",
            printed("", (65, 97), "Vastgestelde begroting", "Mutaties"),
            printed("", _BROKEN_ENDS[parts], "Verplich-", "Ontvang-", "Verplich-", "Ontvang-"),
            printed("Art.  Omschrijving", ends, *("tingen", "Uitgaven", "sten") * 2),
            printed("      Totaal", ends, "2.000", "1.900", "100", "300", "250", "20"),
            printed("1     Wegen", ends, "1.500", "1.400", "60", "200", "150", "10"),
            printed("2     Water", ends, "500", "500", "40", "100", "100", "10"),
        ]
    )


@pytest.mark.parametrize("parts", ["centred", "flush"])
def test_broken_leaves_over_their_rests_join_their_own_leaf_alone(parts: str) -> None:
    """Each part of a broken leaf over its rest ("Verplich-" over "tingen", "Ontvang-" over
    "sten"), under groups whose leaves repeat: the leaves' first line, each part joining
    the rest under it alone; the groups' names above name each leaf. Centred over their
    rests, one a place left of its rest's start ("Verplich-") and one two places left
    ("Ontvang-"), the line read as groups' names: "Verplich-" headed "tingen" and
    "Uitgaven" both ("Verplich-Uitgaven"). Starting where their rests start, the near
    form, they were read so before."""
    _tables, cells, _warnings = read_text(_broken_leaves(parts))
    assert {c["column_label"] for c in cells} == {
        f"{group} {leaf}"
        for group in ("Vastgestelde begroting", "Mutaties")
        for leaf in ("Verplich-tingen", "Uitgaven", "Ontvang-sten")
    }
    grid = cell_grid(cells)
    assert grid[("2 Water", "Mutaties Uitgaven")] == "100"


def test_a_group_name_flush_with_its_first_leaf_still_heads_its_run() -> None:
    """The near form: a line of two groups' names each starting where its first leaf starts
    ("Begroting" over "Verplich-tingen   Uitgaven"), no broken word: each names its run of
    leaves, as before."""
    ends = (44, 57, 75, 88)
    text = "\n".join(
        [
            "Wijziging van de begrotingsstaat 2025 (bedragen x € 1.000)",
            "",
            printed("", (38, 68), "Begroting", "Mutaties"),
            printed("Art.  Omschrijving", ends, *("Verplich-tingen", "Uitgaven") * 2),
            printed("      Totaal", ends, "2.000", "1.900", "300", "250"),
            printed("1     Wegen", ends, "1.500", "1.400", "200", "150"),
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("1 Wegen", "Begroting Verplich-tingen")] == "1.500"
    assert grid[("1 Wegen", "Mutaties Uitgaven")] == "150"


def test_group_names_right_over_repeated_whole_leaves_still_name_them() -> None:
    """The near form: the line right over the repeated leaves names the groups ("Begroting
    (1)" over "Verplichtingen Uitgaven Ontvangsten"), no word broken in it: each leaf takes
    its group's name, as before."""
    text = "\n".join(
        [
            "Staat 2025 (bedragen x € 1.000)",
            "",
            "                Begroting (1)                        Realisatie (2)",
            "Omschrijving Verplichtingen Uitgaven Ontvangsten Verplichtingen Uitgaven Ontvangsten",
            "Totaal                2.000    1.900         100          1.800    1.700         120",
            "Wegen                 1.500    1.400          60          1.300    1.250          70",
        ]
    )
    _tables, cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Wegen", "Begroting (1) Verplichtingen")] == "1.500"
    assert grid[("Wegen", "Realisatie (2) Ontvangsten")] == "70" and not warnings


def test_a_heading_wrapped_over_three_lines_keeps_each_line_over_its_own_column() -> None:
    """A suppletoire's text layer wraps its headings over three lines, the last line holding
    words of the second and third column only ("begroting" / "begroting", flush with their
    columns): each fragment joins the column it stands over. Fewer runs of words than
    columns read as a line of groups, and the first two columns shared "begroting"."""
    text = "\n".join(
        [
            "Tabel 9 Budgettaire gevolgen van beleid artikel 2 (bedragen x € 1.000)",
            "",
            "                               Vastgestelde        Mutaties 1e         Stand 1e",
            "                                  begroting        suppletoire      suppletoire",
            "                                                    begroting        begroting",
            "                                       2026             2026             2026",
            "Verplichtingen                      184.300            6.200          190.500",
            "Uitgaven                            181.950            4.800          186.750",
            "Ontvangsten                           1.200              300            1.500",
        ]
    )
    [table], cells, warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {
        "Vastgestelde begroting 2026",
        "Mutaties 1e suppletoire begroting 2026",
        "Stand 1e suppletoire begroting 2026",
    }
    assert cell_grid(cells)[("Uitgaven", "Mutaties 1e suppletoire begroting 2026")] == "4.800"
    assert table["column_count"] == 3 and not warnings


def test_a_line_of_groups_centred_over_their_columns_names_each_column() -> None:
    """A jaarverslag's text layer centres each year over its "Begroting" and "Realisatie"
    columns, a municipal one a word ("Raming") over its years: each column's label holds its
    group too ("2024 Realisatie", "Raming 2027"). The year went to one column of the two
    (or to none), so the repeated words were one column."""
    jaarverslag = "\n".join(
        [
            "Tabel 6 Budgettaire gevolgen van beleid artikel 3 (bedragen x € 1.000)",
            "",
            "                                      2023                          2024",
            "                           Begroting      Realisatie      Begroting      Realisatie",
            "Verplichtingen               188.400         179.655        192.000         201.318",
            "Uitgaven                     186.900         181.204        190.500         197.770",
            "Ontvangsten                    2.100           3.448          2.100           1.906",
        ]
    )
    [table], cells, warnings = read_text(jaarverslag)
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "2023 Realisatie")] == "181.204"
    assert grid[("Verplichtingen", "2024 Begroting")] == "192.000"
    assert grid[("Ontvangsten", "2024 Realisatie")] == "1.906"
    assert table["column_count"] == 4 and not warnings
    assert {c["year"] for c in cells if c["column_label"].endswith("Realisatie")} == {2023, 2024}
    programma = "\n".join(
        [
            "Overzicht baten en lasten (bedragen x € 1.000)",
            "                                Begroting                Raming",
            "                                     2025       2026       2027       2028",
            "Programma 1 Bestuur                 9.800      9.950     10.100     10.250",
            "Programma 2 Wonen                  14.200     14.600     14.900     15.100",
            "Totaal lasten                      24.000     24.550     25.000     25.350",
        ]
    )
    _tables, cells, _warnings = read_text(programma)
    assert {c["column_label"] for c in cells} == {
        "Begroting 2025", "Raming 2026", "Raming 2027", "Raming 2028",
    }  # fmt: skip
    # printed without layout, one space apart: the years name the groups in order
    plain = "\n".join(
        [
            "Tabel 6 Budgettaire gevolgen van beleid artikel 3 (bedragen x € 1.000)",
            "2023 2024",
            "Begroting Realisatie Begroting Realisatie",
            "Verplichtingen 188.400 179.655 192.000 201.318",
            "Uitgaven 186.900 181.204 190.500 197.770",
        ]
    )
    _tables, cells, _warnings = read_text(plain)
    assert cell_grid(cells)[("Uitgaven", "2024 Realisatie")] == "197.770"
    assert {c["year"] for c in cells if c["value_text"] == "179.655"} == {2023}


def test_years_flush_with_the_first_of_their_columns_name_their_groups() -> None:
    """A Word-made PDF prints each year flush with the first column of its group, not
    centred over it ("2025" over "Begroting", its "Realisatie" on the right): the year still
    heads both. "Realisatie" under 2025 took 2026, which was nearer."""
    text = "\n".join(
        [
            "Tabel 7 Budgettaire gevolgen van beleid artikel 8 (bedragen x € 1.000)",
            "",
            "                             2025                        2026",
            "Omschrijving                 Begroting    Realisatie     Begroting    Realisatie",
            "Verplichtingen                 96.400        94.018        98.000       101.210",
            "Uitgaven                       95.100        93.877        97.250        99.604",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "2025 Realisatie")] == "93.877"
    assert grid[("Verplichtingen", "2026 Begroting")] == "98.000"
    assert {c["column_label"] for c in cells} == {
        "2025 Begroting", "2025 Realisatie", "2026 Begroting", "2026 Realisatie",
    }  # fmt: skip


def test_a_headings_last_line_with_the_corner_and_a_unit_under_each_column_is_no_row() -> None:
    """A report prints the labels' heading in the corner beside a unit under each column
    ("Begrotingsartikel  (€ mln)  (€ mln)  (%)"): that line ends the headings, it is no
    group of rows (it became every row's parent and its table's percentages were stored as
    millions of euros); each column says its unit, so the table is mixed."""
    text = "\n".join(
        [
            "Tabel 4 Rechtmatigheid per artikel, 2019",
            "",
            "                                      Verantwoorde                   Aandeel",
            "                                          uitgaven   Onrechtmatig  onrechtmatig",
            "Begrotingsartikel                          (€ mln)        (€ mln)           (%)",
            "",
            "31 Politie                                 5.412,0           12,4           0,2",
            "32 Rechtspleging                           3.108,7           30,1           1,0",
            "Totaal                                     8.520,7           42,5           0,5",
        ]
    )
    [table], cells, _warnings = read_text(text)
    assert table["unit"] == "mixed"
    got = {(c["row_label"], c["column_label"]): c["value_eur"] for c in cells}
    assert got[("31 Politie", "Verantwoorde uitgaven (€ mln)")] == 5_412_000_000
    assert got[("Totaal", "Onrechtmatig (€ mln)")] == 42_500_000
    assert got[("32 Rechtspleging", "Aandeel onrechtmatig (%)")] is None
    assert row_parents(cells)["31 Politie"] == "Totaal"


def test_a_year_under_a_heading_of_words_ends_that_heading_not_the_table() -> None:
    """A planning bureau's table prints its unit as the corner of its line of years and a
    column of changes after them, its heading a word over two lines ("mld euro   2022
    2023   2024   Verschil" / "2024"). The year alone under the word is the heading's last
    line: it ended the table as a heading line of its own (one year over rows of four
    values heads nothing), so no table was read. It joins its heading ("Verschil 2024")."""
    text = "\n".join(
        [
            "Tabel 3.1    Ontwikkeling van de collectieve lasten",
            "",
            "mld euro                          2022     2023     2024    Verschil",
            "                                                              2024",
            "",
            "Collectieve lasten               316,2    332,7    348,3      15,6",
            "  Directe belastingen            112,4    118,9    124,3       5,4",
            "  Indirecte belastingen           98,7    103,2    107,0       3,8",
            "  Sociale premies                105,1    110,6    117,0       6,4",
        ]
    )
    tables, cells, _warnings = read_text(text)
    assert [t["unit_label"] for t in tables] == ["mld euro"]
    grid = cell_grid(cells)
    assert grid[("Collectieve lasten", "Verschil 2024")] == "15,6"
    assert grid[("Sociale premies", "2022")] == "105,1"
    assert len(cells) == 16
    assert row_parents(cells)["Directe belastingen"] == "Collectieve lasten"


def test_a_span_of_years_under_a_heading_of_words_ends_that_heading_not_the_table() -> None:
    """A column summing the years before it prints its heading as a word over the span it
    sums ("Totaal" / "2023–2026"). The span alone under the word is the heading's last line,
    as a year is: it ended the table as a heading line of its own, so no table was read. It
    joins its heading ("Totaal 2023–2026")."""
    text = "\n".join(
        [
            "Tabel 2.4 Koopkrachtontwikkeling (in miljoenen euro)",
            "",
            "                                    2023      2024      2025      2026      Totaal",
            "                                                                         2023–2026",
            "Werkenden                          1.250      -340       410       -95       1.225",
            "Uitkeringsgerechtigden               310       120       -60        45         415",
            "Gepensioneerden                      -80       200        90       110         320",
        ]
    )
    tables, cells, _warnings = read_text(text)
    assert [t["unit_label"] for t in tables] == ["mln euro"]
    grid = cell_grid(cells)
    assert grid[("Werkenden", "Totaal 2023–2026")] == "1.225"
    assert grid[("Gepensioneerden", "2024")] == "200"
    assert len(cells) == 15


def test_a_span_of_years_labelling_the_first_row_stays_that_rows_label() -> None:
    """Spans of years that label rows ("2019–2022" under headings of words) print values
    beside them: the first is a row, not the last line of the headings above."""
    text = "\n".join(
        [
            "Tabel 2.5 Lastenontwikkeling per kabinetsperiode (in miljarden euro)",
            "",
            "                           Huishoudens    Bedrijven       Totaal",
            "2019–2022                         -4,1          2,3         -1,8",
            "2023–2026                          1,6         -0,7          0,9",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("2019–2022", "Huishoudens")] == "-4,1"
    assert grid[("2023–2026", "Totaal")] == "0,9"
    assert len(cells) == 6


def test_headings_of_close_columns_printed_one_space_apart_each_head_their_own() -> None:
    """A municipal jaarrekening's text layer prints the headings of narrow columns right
    aligned over two lines, the first line's words one space apart where the columns stand
    close ("Toevoe- Onttrek-" over "gingen   kingen"): that line is one run of words over
    no one column, and it ended the headings, each column keeping its last line alone
    ("1-1-2025", "gingen"; two "ringen" columns read as one). The run is parted into its
    words each over its own column, as a line of column numbers is ("Saldo 1-1-2025",
    "Toevoe-gingen")."""
    text = "\n".join(
        [
            "Overzicht reserves (bedragen x € 1.000)",
            "",
            "                                     Saldo  Toevoe- Onttrek-     Aan-       Saldo",
            "                                  1-1-2025   gingen   kingen  wending  31-12-2025",
            "",
            "Algemene reserves                   12.480    2.100    1.750               12.830",
            "  Algemene reserve                  10.200    2.100    1.250               11.050",
            "  Weerstandsreserve                  2.280               500                1.780",
            "Bestemmingsreserves                  8.930    1.400    2.115      310       7.905",
            "  Reserve onderhoud wegen            3.410      900    1.200                3.110",
            "  Reserve sociaal domein             5.520      500      915      310       4.795",
            "",
            "Totaal                              21.410    3.500    3.865      310      20.735",
        ]
    )
    [table], cells, warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {
        "Saldo 1-1-2025", "Toevoe-gingen", "Onttrek-kingen", "Aan-wending", "Saldo 31-12-2025",
    }  # fmt: skip
    grid = cell_grid(cells)
    assert grid[("Weerstandsreserve", "Onttrek-kingen")] == "500"
    assert grid[("Reserve sociaal domein", "Aan-wending")] == "310"
    parents = row_parents(cells)
    assert parents["Reserve onderhoud wegen"] == "Bestemmingsreserves"
    assert parents["Weerstandsreserve"] == "Algemene reserves"
    assert table["column_count"] == 5 and not warnings


def test_a_group_word_above_the_words_heads_the_run_of_years_it_starts_over() -> None:
    """A gemeente's "Wat mag het kosten?" table names its first columns one by one on a line
    of words ("Rekening   Begroting   Begroting" over "2023   2024   2025") and its later
    years as a group on the line above, the word left-aligned over the first of them
    ("Meerjarenraming" over "2026   2027   2028"): a group's name, every year of the run
    gets it (it headed the first alone). On the line of the columns' own words, a word over
    the first of a run of years heads that one only."""
    heading = [
        "                                                                Meerjarenraming",
        "                Rekening       Begroting       Begroting",
        "                    2023            2024            2025            2026            2027",
    ]
    rows = [
        "Lasten            -5.120          -5.340          -5.410          -5.480          -5.530",
        "Baten              1.230           1.180           1.200           1.200           1.200",
        "Saldo             -3.890          -4.160          -4.210          -4.280          -4.330",
    ]
    text = "\n".join(["Wat mag het kosten?", "Bedragen x € 1.000", "", *heading, "", *rows])
    _tables, cells, _warnings = read_text(text)
    labels = list(dict.fromkeys(c["column_label"] for c in cells))
    assert labels == [
        "Rekening 2023",
        "Begroting 2024",
        "Begroting 2025",
        "Meerjarenraming 2026",
        "Meerjarenraming 2027",
    ]
    _tables, cells, _warnings = read_text("\n".join(["Wat mag het kosten?", "Bedragen x € 1.000",
                                                     "", *heading[1:], "", *rows]))  # fmt: skip
    labels = list(dict.fromkeys(c["column_label"] for c in cells))
    assert labels == ["Rekening 2023", "Begroting 2024", "Begroting 2025", "2026", "2027"]


def _estimates_flush_right(word: str) -> str:
    """A Miljoenennota table (pdftotext -layout) whose line of words heads its first two
    years one by one and sets ``word`` flush right over the last of the later years."""
    heading = [
        "                                 Lopend jaar Begrotingsjaar                  " + word,
        "                                       2024           2025     2026      2027     2028",
    ]
    rows = [
        "Rijksbegroting in enge zin            201,4         208,9     212,3    215,0    219,6",
        "Zorg                                   92,1          97,5     101,2    105,8    110,4",
        "Totaal onder het kader                293,5         306,4     313,5    320,8    330,0",
    ]
    caption = "Tabel 3.2 Uitgaven onder het kader (in miljarden euro)"
    return "\n".join([caption, *heading, *rows])


def test_a_word_of_several_years_flush_right_over_the_last_heads_the_years_before() -> None:
    """A group's name saying it holds several years' figures ("Meerjarenraming"), set
    flush right over the last of the years no other word of its line stands over, the
    column before them headed by a word of its own ("Begrotingsjaar"): the name of the
    whole run, each year gets it (it headed the last alone)."""
    _tables, cells, _warnings = read_text(_estimates_flush_right("Meerjarenraming"))
    labels = list(dict.fromkeys(c["column_label"] for c in cells))
    assert labels == [
        "Lopend jaar 2024", "Begrotingsjaar 2025",
        "Meerjarenraming 2026", "Meerjarenraming 2027", "Meerjarenraming 2028",
    ]  # fmt: skip


@pytest.mark.parametrize("word", ["Begroting", "Ontvangsten"])
def test_a_word_of_one_period_or_kind_flush_right_over_the_last_year_heads_that_one(
    word: str,
) -> None:
    """The near form: a word naming one period's figures ("Begroting") or a kind of amounts
    ("Ontvangsten", plural but no estimate) over the last year heads that column alone;
    the years before it keep their own headings."""
    _tables, cells, _warnings = read_text(_estimates_flush_right(word.rjust(15)))
    labels = list(dict.fromkeys(c["column_label"] for c in cells))
    assert labels[2:] == ["2026", "2027", f"{word} 2028"]


def test_group_names_centred_over_two_date_columns_head_both() -> None:
    """A provincial paragraph on verbonden partijen (pdftotext -layout) prints names of
    groups of two words, each centred over two dates one space apart ("Eigen vermogen"
    and "Vreemd vermogen" over "1-1-2025 31-12-2025"), beside a word over a year: each
    name heads both its dates, as a word over years does, each leaf getting the group's
    words. Before, the dates counted as words the groups do not repeat, and each name was
    parted word by word over its columns ("Eigen 1-1-2025", "vermogen 31-12-2025")."""
    text = "\n".join(
        [
            "Tabel 7.3 Kerngegevens deelnemingen (x € 1.000)",
            "",
            "                                 Eigen vermogen      Vreemd vermogen    Resultaat",
            "                              1-1-2025 31-12-2025  1-1-2025 31-12-2025       2025",
            "",
            "Stichting Afvalzorg Holding      4.120      4.380     8.210      7.950        210",
            "Waterbedrijf Groningen          12.440     12.910    30.400     29.870      1.088",
            "Regionaal Ontwikkelingsbedrijf   3.305      3.170     1.200      1.415       -135",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Stichting Afvalzorg Holding", "Eigen vermogen 1-1-2025")] == "4.120"
    assert grid[("Waterbedrijf Groningen", "Eigen vermogen 31-12-2025")] == "12.910"
    assert grid[("Waterbedrijf Groningen", "Vreemd vermogen 31-12-2025")] == "29.870"
    assert grid[("Regionaal Ontwikkelingsbedrijf", "Resultaat 2025")] == "-135"


def test_a_run_of_words_over_the_last_column_may_be_wider_than_the_columns_apart() -> None:
    """An agentschap's jaarverslag printed by pdftotext -layout: the column numbers on the
    first heading line, the last column's heading wrapped over five lines, one of them
    ("realisatie en") a letter wider than the columns stand apart, centred over the last
    column with nothing right of it. It is that column's words: every line of the heading
    is read, the caption stays the table's title, and no words land on the wrong column
    (the heading stopped at "realisatie en", the realised column got "realisatie en 2022"
    and the caption was lost to the heading lines above)."""
    ends = (50, 62, 74)

    def line(label: str, *texts: str) -> str:
        out = label
        for text, end in zip(texts, ends, strict=True):
            out = out.ljust(end - len(text)) + text if text else out
        return out

    text = "\n".join(
        [
            "Tabel 5 Staat van baten en lasten agentschap 2022 (bedragen x € 1.000)",
            "",
            line("", "(1)", "(2)", "(3)=(2)-(1)"),
            line("", "Vastgestelde", "Realisatie", "Verschil"),
            line("", "begroting", "", "").ljust(62) + " realisatie en",
            line("", "", "", "vastge-"),
            line("", "", "", "stelde be-"),
            line("", "2022", "2022", "groting"),
            "",
            line("Baten", "412.000", "425.300", "13.300"),
            line("Lasten", "405.000", "418.700", "13.700"),
            line("Saldo van baten en lasten", "7.000", "6.600", "-400"),
        ]
    )
    [table], cells, _warnings = read_text(text)
    assert table["title"].startswith("Tabel 5 Staat van baten en lasten")
    grid = cell_grid(cells)
    assert grid[("Baten", "(1) Vastgestelde begroting 2022")] == "412.000"
    assert grid[("Lasten", "(2) Realisatie 2022")] == "418.700"
    last = "(3)=(2)-(1) Verschil realisatie en vastge-stelde be-groting"
    assert grid[("Saldo van baten en lasten", last)] == "-400"


def _left_edged(*above: str) -> str:
    """A suppletoire table whose text layer prints every cell from its column's left edge,
    figures and headings alike (the figures end wherever their widths do)."""
    return "\n".join(
        [
            "Tabel 7 Budgettaire gevolgen van beleid artikel 3 (bedragen x € 1.000)",
            *above,
            "                          (1)            (2)            (3)=(1)+(2)",
            "Verplichtingen            84.210         3.100          87.310",
            "Uitgaven                  91.400         – 2.250        89.150",
            "Subsidies                 12.005         150            12.155",
            "Ontvangsten               4.300          0              4.300",
        ]
    )


def test_words_over_left_edged_columns_join_the_heading_they_start_over() -> None:
    """The lines above the column numbers print each heading's words starting where its
    number starts: they join it, top line first ("Vastgestelde begroting (1)"). Read by
    where words end, no word stood over a column and the columns kept the numbers alone."""
    text = _left_edged(
        "                          Vastgestelde   Mutatie 1e     Stand 1e",
        "                          begroting      suppletoire    suppletoire",
        "                                         begroting      begroting",
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Verplichtingen", "Vastgestelde begroting (1)")] == "84.210"
    assert grid[("Uitgaven", "Mutatie 1e suppletoire begroting (2)")] == "– 2.250"
    assert grid[("Subsidies", "Stand 1e suppletoire begroting (3)=(1)+(2)")] == "12.155"


def test_a_line_whose_words_start_off_the_left_edged_columns_joins_no_heading() -> None:
    """A line above whose runs do not each start where a column does is no heading's (a
    title, a note): the columns keep their own headings."""
    text = _left_edged("Artikel 3 Defensiematerieel     zie de toelichting")
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells)[("Verplichtingen", "(1)")] == "84.210"


def test_a_unit_at_the_right_end_of_the_caption_line_is_the_tables_unit() -> None:
    """A municipal budget prints its unit at the right end of the caption's line, over
    the last columns ("Programma 2 Bereikbaarheid   bedragen x € 1.000"): the table's
    unit, no words of those columns' headings ("bedragen Begroting 2025")."""
    text = "\n".join([
        "Programma 2 Bereikbaarheid                                bedragen x € 1.000",
        "                               Rekening   Begroting   Begroting   Begroting",
        "                                   2023        2024        2025        2026",
        "Wegen en verkeer                 12.400      13.100      13.300      13.500",
        "Openbaar vervoer                  4.200       4.350       4.400       4.400",
        "Totaal lasten                    16.600      17.450      17.700      17.900",
    ])  # fmt: skip
    [table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Wegen en verkeer", "Begroting 2025")] == "13.300"
    assert grid[("Totaal lasten", "Begroting 2026")] == "17.900"
    assert table["unit_label"] == "x € 1.000"


def test_words_beside_a_corner_saying_the_unit_still_join_the_headings() -> None:
    """The unit in the corner over the labels ("Lasten (x € 1.000)") and words over the
    columns beside it: the words still head their columns."""
    text = "\n".join([
        "Lasten (x € 1.000)                    Rekening   Begroting   Begroting",
        "                                          2023        2024        2025",
        "Wegen en verkeer                        12.400      13.100      13.300",
        "Openbaar vervoer                         4.200       4.350       4.400",
        "Totaal lasten                           16.600      17.450      17.700",
    ])  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Wegen en verkeer", "Rekening 2023")] == "12.400"
    assert grid[("Totaal lasten", "Begroting 2025")] == "17.700"


#: Where the headings and figures of ``_numbered_stands`` start: past the labels.
_MARGIN = " " * 36


def _numbered_stands(numbers: str) -> str:
    """A table whose headings a PDF's text layer prints flush left over four lines, the
    last the columns' numbers (``numbers``), over rows of figures ending under them."""
    return "\n".join(
        [
            "Tabel 4 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            _MARGIN + "Stand 1e          Mutaties 2e        Stand 2e",
            _MARGIN + "suppletoire       suppletoire        suppletoire",
            _MARGIN + "begroting 2021    begroting 2021     begroting 2021",
            numbers,
            "",
            "Verplichtingen                         812.400            21.300            833.700",
            "Uitgaven                               812.400            21.300            833.700",
            "Ontvangsten                            812.400            21.300            833.700",
        ]
    )


def test_column_numbers_flush_left_under_flush_left_headings_join_them() -> None:
    """A column number starting where its heading starts ("(2)" under "begroting 2021"),
    short enough to end nearer the column before it: it goes on with its own heading
    ("Mutaties 2e suppletoire begroting 2021 (2)"), no row of the table."""
    numbers = _MARGIN + "(1)               (2)                (3)=(1)+(2)"
    _tables, cells, _warnings = read_text(_numbered_stands(numbers))
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Stand 1e suppletoire begroting 2021 (1)")] == "812.400"
    assert grid[("Uitgaven", "Mutaties 2e suppletoire begroting 2021 (2)")] == "21.300"
    assert grid[("Uitgaven", "Stand 2e suppletoire begroting 2021 (3)=(1)+(2)")] == "833.700"
    assert row_parents(cells)["Verplichtingen"] is None


def test_column_numbers_ending_under_their_headings_still_join_them() -> None:
    """The near form: the numbers printed right-aligned, ending where their headings end,
    join them as before."""
    numbers = _MARGIN + "          (1)               (2)    (3)=(1)+(2)"
    _tables, cells, _warnings = read_text(_numbered_stands(numbers))
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Mutaties 2e suppletoire begroting 2021 (2)")] == "21.300"


def _placed(*runs: tuple[int, str]) -> str:
    """A line as ``pdftotext -layout`` prints it: each text starting at its 0-based column."""
    line = ""
    for start, text in runs:
        line = line.ljust(start) + text
    return line


def _staat(middle: str) -> str:
    """A staat van baten en lasten in a -layout text layer, its three-line heading printed
    on both pages the table runs over; ``middle``: the heading's middle line's run over the
    third column."""
    heading = [
        _placed(
            (54, "Oorspronkelijk"),
            (74, "Realisatie"),
            (88, "Afwijking realisatie en"),
            (117, "Realisatie"),
        ),
        _placed((56, "vastgestelde"), (76, "2024 (2)"), (87, middle), (123, "2023")),
        _placed((54, "begroting 2024 (1)"), (91, "begroting (3)=(2)-(1)")),
    ]
    ends = (72, 88, 114, 130)
    foot = "     Jaarverslag 2024, nr. 1"
    return "\n".join(
        [
            "     Tabel 9 Staat van baten en lasten (bedragen x € 1.000)",
            "",
            *heading,
            "",
            "     Baten",
            printed("       Omzet moederdepartement", ends, "21.400", "22.950", "1.550", "20.870"),
            printed("       Omzet derden", ends, "4.120", "4.600", "480", "3.905"),
            printed("     Totaal baten", ends, "25.520", "27.550", "2.030", "24.775"),
            "",
            "     Lasten",
            printed("       Personele kosten", ends, "18.300", "19.410", "1.110", "17.650"),
            "",
            "",
            f"{foot:<120}14",
            "",
            "",
            *heading,
            "",
            printed("       Materiële kosten", ends, "6.900", "7.480", "580", "6.620"),
            printed("     Totaal lasten", ends, "25.200", "26.890", "1.690", "24.270"),
        ]
    )


def test_a_heading_line_centred_in_the_room_between_its_neighbours_goes_on_with_it() -> None:
    """A -layout heading of three lines whose middle line prints a run wider than the step
    from one column's end to the next ("oorspronkelijke vastgestelde" under "Afwijking
    realisatie en"), centred between its neighbours' runs: it goes on with that column's
    heading, as the lines under the others do, and the line under it too ("begroting
    2024 (1)", "begroting (3)=(2)-(1)"). Read as rows, only the top line named the columns
    and the heading's last line was the parent of the rows past the page break, where the
    heading is printed again."""
    [_table], cells, _warnings = read_text(_staat("oorspronkelijke vastgestelde"))
    grid = cell_grid(cells)
    third = "Afwijking realisatie en oorspronkelijke vastgestelde begroting (3)=(2)-(1)"
    assert grid[("Omzet derden", "Oorspronkelijk vastgestelde begroting 2024 (1)")] == "4.120"
    assert grid[("Omzet derden", "Realisatie 2024 (2)")] == "4.600"
    assert grid[("Omzet derden", third)] == "480"
    assert grid[("Materiële kosten", "Realisatie 2023")] == "6.620"
    parents = row_parents(cells)
    assert parents["Materiële kosten"] == parents["Personele kosten"] == "Lasten"
    assert len(cells) == 24


def test_a_run_reaching_under_the_next_columns_heading_is_no_one_columns_whole() -> None:
    """The same heading whose middle run is wider than the room its column leaves, reaching
    under the next column's heading ("oorspronkelijke vastgestelde begroting"): no column
    takes the run whole; its words are parted over the columns they stand under, as before."""
    _tables, cells, _warnings = read_text(_staat("oorspronkelijke vastgestelde begroting"))
    labels = {c["column_label"] for c in cells}
    assert not any("oorspronkelijke vastgestelde begroting" in label for label in labels)
    assert "Realisatie 2024 (2)" in labels


def _first_heading_wide(word: str) -> str:
    """A -layout table whose first column's heading opens with ``word`` set to end over its
    values, then "begroting" and the year under it, its neighbours' headings beside it."""
    return "\n".join(
        [
            "Overzicht lasten per programma (bedragen x € 1.000)",
            "",
            f"{word:>37}       Actuele      Stand na    Verschil",
            "                             begroting     begroting      2e berap",
            "Programma                         2025          2025          2025",
            "",
            "1 Bestuur                      11.370        11.800        12.095         295",
            "2 Veiligheid                    5.240         5.240         5.330          90",
            "Totaal lasten                  16.610        17.040        17.425         385",
        ]
    )


def test_a_first_columns_heading_word_wider_than_a_column_reaching_left_heads_it() -> None:
    """A stacked heading's word over the first column may be wider than the step from one
    column's end to the next ("Oorspronkelijke" over "begroting" over "2025"), reaching
    left over the gap before the column but not over the labels: it stands in the room the
    column leaves, as a wide run centred between two neighbours does, and heads the column.
    Read as no heading's, it ended the headings above their last line and no table was
    read."""
    _tables, cells, _warnings = read_text(_first_heading_wide("Oorspronkelijke"))
    grid = cell_grid(cells)
    assert grid[("1 Bestuur", "Oorspronkelijke begroting 2025")] == "11.370"
    assert grid[("Totaal lasten", "Verschil")] == "385"
    assert len(cells) == 12


def test_a_run_over_the_first_column_reaching_over_the_labels_heads_nothing() -> None:
    """The near form: a run over the first column reaching left past a column's step from
    its end ("Oorspronkelijk vastgestelde"), over the labels, is no heading's words: as
    before, no column is named by it and no table is read."""
    _tables, cells, _warnings = read_text(_first_heading_wide("Oorspronkelijk vastgestelde"))
    assert not cells


def _one_heading_over(heading: str, leaves: str, *rows: str) -> str:
    """A -layout table whose value columns ``leaves`` stand under one more heading line
    ``heading`` (spaces placing it), its rows under them."""
    return "\n".join(["Tabel 2 Overzicht (bedragen x € 1 mln)", "", heading, leaves, "", *rows])


def test_one_heading_over_every_column_of_distinct_leaves_names_no_group() -> None:
    """A circulaire prints one word centred over all its years ("Begrotingsjaar" over
    "2025 ... 2028"), a begrotingsstaat one over its three columns, shifted by the text
    layer to stand over the first two: no group tells any column apart, and the answers give
    a leaf its group's words only where the leaves repeat. The columns keep their leaves
    ("2026", "Ontvangsten"); the line stays the table's top heading line. Before, each year
    was "Begrotingsjaar 2026", and two of the three columns "Ontwerpbegroting ..."."""
    years = _one_heading_over(
        "                                         Begrotingsjaar",
        "                              2025       2026       2027       2028",
        "Stand voorjaar             1.204,4    1.230,9    1.255,2    1.281,7",
        "Accres                        12,1       18,4       -3,2        9,9",
    )
    _tables, cells, _warnings = read_text(years)
    assert {c["column_label"] for c in cells} == {"2025", "2026", "2027", "2028"}
    assert cell_grid(cells)[("Accres", "2027")] == "-3,2"
    staat = _one_heading_over(
        "                                        Ontwerpbegroting",
        "Art.   Omschrijving               Verplichtingen      Uitgaven     Ontvangsten",
        "       Totaal                             98.340        97.215           2.604",
        " 1     College van Advies                 61.207        61.207           1.455",
    )
    _tables, cells, _warnings = read_text(staat)
    assert {c["column_label"] for c in cells} == {"Verplichtingen", "Uitgaven", "Ontvangsten"}


def test_one_heading_over_the_middle_of_distinct_leaves_centred_on_all_names_no_group() -> None:
    """A begrotingsstaat's one word over its three columns, beside the labels' headings on
    its line ("Art.   Omschrijving ... Ontwerpbegroting" over "Verplichtingen   Uitgaven
    Ontvangsten"), set by the text layer flush with the middle column's end, over it alone:
    its centre stands near the centre of all three leaves, as a word centred over them
    does, so it heads them all and names no group, as over the first two. Before, the
    middle column alone was "Ontwerpbegroting Uitgaven", the others their leaves."""
    staat = _one_heading_over(
        "Art.  Omschrijving                                  Ontwerpbegroting",
        "                                   Verplichtingen           Uitgaven         Ontvangsten",
        "      Totaal                               98.340             97.215               2.604",
        " 1    College van Advies                   61.207             61.207               1.455",
    )
    _tables, cells, _warnings = read_text(staat)
    assert {c["column_label"] for c in cells} == {"Verplichtingen", "Uitgaven", "Ontvangsten"}
    assert len(cells) == 6


def test_a_heading_over_the_middle_column_off_the_centre_of_all_still_heads_it() -> None:
    """The near form: the same word over the middle of three distinct leaves, the third
    standing far right, so the word's centre is nearer its own column's than the centre
    of all three: the middle column's own heading's first line, as before
    ("Ontwerpbegroting Uitgaven" beside bare "Verplichtingen" and "Ontvangsten")."""
    staat = _one_heading_over(
        "                                           Ontwerpbegroting",
        "                          Verplichtingen           Uitgaven                   Ontvangsten",
        "      Totaal                      98.340             97.215                         2.604",
        " 1    College van Advies          61.207             61.207                         1.455",
    )
    _tables, cells, _warnings = read_text(staat)
    assert {c["column_label"] for c in cells} == {
        "Verplichtingen",
        "Ontwerpbegroting Uitgaven",
        "Ontvangsten",
    }


def test_a_heading_over_some_columns_or_over_repeated_leaves_still_heads_them() -> None:
    """Near forms the rule leaves alone: one word over the later years beside a word over
    the first ("Begroting" / "Raming") heads its own years; a year over each group of
    repeated leaves ("Begroting Realisatie" twice) heads its two; and a run reaching over
    two columns' headings beside another run on its line is the group of those two."""
    two = _one_heading_over(
        "                          Begroting            Raming",
        "                              2025       2026       2027       2028",
        "Stand voorjaar             1.204,4    1.230,9    1.255,2    1.281,7",
    )
    _tables, cells, _warnings = read_text(two)
    assert [c["column_label"] for c in cells] == [
        "Begroting 2025", "Raming 2026", "Raming 2027", "Raming 2028",
    ]  # fmt: skip
    repeated = _one_heading_over(
        "                                   2024                  2025",
        "                           Begroting Realisatie  Begroting Realisatie",
        "Uitgaven                      9.800      9.950     10.100     10.250",
    )
    _tables, cells, _warnings = read_text(repeated)
    assert [c["column_label"] for c in cells] == [
        "2024 Begroting", "2024 Realisatie", "2025 Begroting", "2025 Realisatie",
    ]  # fmt: skip
    beside = _one_heading_over(
        "                                        Totaal             Onjuist",
        "                                      uitgaven         fouten    onzeker",
        "Defensie                                14.420          1.012        377",
    )
    _tables, cells, _warnings = read_text(beside)
    assert [c["column_label"] for c in cells] == [
        "Totaal uitgaven", "Onjuist fouten", "Onjuist onzeker",
    ]  # fmt: skip


def _ended(*runs: tuple[int, str]) -> str:
    """A line as ``pdftotext -layout`` prints it: each text ending at its 1-based column
    (``printed`` with no label, the runs given as (end, text) pairs)."""
    return printed("", tuple(end for end, _text in runs), *(text for _end, text in runs))


#: The 1-based columns where the headings and values of ``_suppletoire`` end.
_ENDS = (44, 55, 67, 79, 89)


def _suppletoire(*heading: str) -> str:
    """A suppletoire begroting's table under ``heading`` (its lines), with rows that leave
    the second column, and the years, blank."""
    a, b, c, d, e = _ENDS
    return "\n".join(
        [
            "Tabel 3 Budgettaire gevolgen van beleid artikel 2 Wonen",
            "Bedragen x € 1.000",
            "",
            *heading,
            "",
            _ended((a, "812.400"), (c, "833.700"), (d, "4.000"), (e, "–1.000")).replace(
                " " * 14, "Verplichtingen", 1
            ),
            "Uitgaven"
            + _ended((a, "802.418"), (b, "5.000"), (c, "846.378"), (d, "6.200"), (e, "1.150"))[8:],
            "Ontvangsten" + _ended((a, "3.820"), (c, "3.820"))[11:],
        ]
    )


def test_a_column_heading_a_line_shorter_than_the_rest_is_lowered_onto_the_last() -> None:
    """Column headings printed from one top line down, each as long as its words: the
    short one's number ("(2)") stands a line above the others' ("(1)   (3)=(1)+(2)   2027");
    its values, under a gap of the last line, were read into the label ("Uitgaven
    802.418") and every value after one column off. Its heading is lowered onto the last
    line: it heads its own column ("Mutatie NvW (2)"), and the group's name over the
    years, printed one space after a heading's word, heads the years."""
    a, b, c, d, e = _ENDS
    text = _suppletoire(
        _ended((a, "Stand"), (b, "Mutatie"), (c, "Stand na")),
        _ended((a, "vastgestelde"), (c, "NvW suppletoire"), (e, "Mutatie suppletoire")),
        _ended((a, "begroting"), (b, "(2)"), (c, "begroting")),
        _ended((a, "(1)"), (c, "(3)"), (d, "2027"), (e, "2028")),
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Stand vastgestelde begroting (1)")] == "802.418"
    assert grid[("Uitgaven", "Mutatie NvW (2)")] == "5.000"
    assert grid[("Uitgaven", "Stand na suppletoire begroting (3)")] == "846.378"
    assert grid[("Verplichtingen", "Mutatie suppletoire 2028")] == "–1.000"
    assert grid[("Ontvangsten", "Stand na suppletoire begroting (3)")] == "3.820"
    assert len(cells) == 11


def test_column_headings_all_ending_on_the_last_line_are_read_as_printed() -> None:
    """The near form: every heading's number on the last line, none lowered, no run of
    words over two columns: read as before, each heading over its own values."""
    a, b, c, d, e = _ENDS
    text = _suppletoire(
        _ended((a, "Stand"), (b, "Mutatie"), (c, "Stand")),
        _ended((a, "vastgestelde"), (b, "NvW"), (c, "na NvW")),
        _ended((a, "begroting")),
        _ended((a, "(1)"), (b, "(2)"), (c, "(3)"), (d, "2027"), (e, "2028")),
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Mutatie NvW (2)")] == "5.000"
    assert grid[("Uitgaven", "Stand na NvW (3)")] == "846.378"
    assert grid[("Verplichtingen", "2028")] == "–1.000"
    assert len(cells) == 11


def _realisatie(unit_lines: list[str]) -> str:
    """A realisatie table whose third column's heading ("Verschil" ...) runs a line below
    the others' to its number, under the caption and ``unit_lines``."""
    a, b, c = 40, 56, 72
    rows = [("Verplichtingen", "52.300", "50.100", "2.200"), ("Uitgaven", "48.900", "51.000")]
    return "\n".join(
        [
            "Tabel 4 Budgettaire gevolgen van beleid artikel 7 Sport",
            *unit_lines,
            _ended((a, "Realisatie"), (b, "Vastgestelde"), (c, "Verschil")),
            _ended((b, "begroting"), (c, "t.o.v.")),
            _ended((c, "begroting")),
            _ended((a, "(1)"), (b, "(2)"), (c, "(3)=(1)-(2)")),
            _ended((a, "2024"), (b, "2024")),
            "",
            rows[0][0] + _ended((a, rows[0][1]), (b, rows[0][2]), (c, rows[0][3]))[14:],
            rows[1][0] + _ended((a, rows[1][1]), (b, rows[1][2]), (c, "– 2.100"))[8:],
        ]
    )


_REALISATIE_HEADINGS = [
    "Realisatie (1) 2024",
    "Vastgestelde begroting (2) 2024",
    "Verschil t.o.v. begroting (3)=(1)-(2)",
]


def test_a_unit_note_right_over_the_headings_ends_a_short_headings_words() -> None:
    """The table's unit printed at the right right under the caption, no blank line before
    the headings ("x € 1.000" over "Verschil"): walking up the short column's words, the
    note is no word of its heading. Taken as one, every word went a line down, the note
    onto the heading lines, and the first headings lost their words."""
    text = _realisatie([_ended((72, "x € 1.000"))])
    tables, cells, _warnings = read_text(text)
    assert tables[0]["unit_label"] == "x € 1.000"
    assert sorted({c["column_label"] for c in cells}) == _REALISATIE_HEADINGS
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Verschil t.o.v. begroting (3)=(1)-(2)")] == "– 2.100"
    assert grid[("Verplichtingen", "Vastgestelde begroting (2) 2024")] == "50.100"


def test_a_unit_note_apart_from_the_headings_leaves_them_as_read() -> None:
    """The near form: a blank line between the note and the headings: read as before."""
    text = _realisatie([_ended((72, "x € 1.000")), ""])
    _tables, cells, _warnings = read_text(text)
    assert sorted({c["column_label"] for c in cells}) == _REALISATIE_HEADINGS
    assert len(cells) == 6


def _statement(years: tuple[str, str, str], notes: bool) -> str:
    """A ZBO's staat van baten en lasten (-layout): "Begroting" alone on its line, right
    over the middle one of three year columns (``years``), with or without a column of
    note numbers ("Toelichting") between the labels and the values."""
    ends = (40, 56, 70)
    heads = (30, *ends) if notes else ends
    first = ("198.412", "192.300", "186.905")
    return "\n".join(
        [
            "Staat van baten en lasten (bedragen x € 1.000)",
            "",
            printed("", ends[1:2], "Begroting"),
            printed("", heads, *(("Toelichting",) if notes else ()), *years),
            "",
            printed("Opbrengsten", (26, *ends), "21" if notes else "", *first),
            printed("Overige opbrengsten", ends, "3.905", "2.100", "4.412"),
            printed("Som der opbrengsten", ends, "202.317", "194.400", "191.317"),
        ]
    )


def test_a_word_over_one_of_two_columns_of_one_year_heads_that_one_alone() -> None:
    """ "Begroting" right over the middle one of "2025   2025   2024" (the realisatie, the
    budget, the year before): two columns of one year under one group's word would be
    named alike, so the word tells the second 2025 from the first and heads its column
    alone ("2025", "Begroting 2025", "2024"), read as a group centred over the three
    (no notes column) or as a group's word off the centre of a run of years (beside a
    notes column). All three took it."""
    for notes in (False, True):
        _tables, cells, _warnings = read_text(_statement(("2025", "2025", "2024"), notes))
        labels = list(dict.fromkeys(c["column_label"] for c in cells))
        assert labels == ["2025", "Begroting 2025", "2024"], notes


def test_a_word_off_the_centre_of_distinct_years_still_heads_them_all() -> None:
    """The same word over the middle one of three distinct years beside a notes column is
    a group's, printed off their centre: it heads every one, as before."""
    _tables, cells, _warnings = read_text(_statement(("2024", "2025", "2026"), True))
    labels = list(dict.fromkeys(c["column_label"] for c in cells))
    assert labels == ["Begroting 2024", "Begroting 2025", "Begroting 2026"]


def test_a_word_off_the_centre_of_distinct_years_heads_them_up_to_a_repeated_one() -> None:
    """A word over the middle one of a run of distinct years, another word over a column
    of the run's last year beside it ("Realisatie" over "2023   2024   2025", "Begroting"
    over a second "2025"): a group's word printed off its centre, heading each year of the
    run, as before; the repeated year is the other word's."""
    ends = (40, 52, 64, 78)
    text = "\n".join(
        [
            "Tabel 2 Uitgaven (bedragen x € 1.000)",
            "",
            printed("", (52, 78), "Realisatie", "Begroting"),
            printed("", ends, "2023", "2024", "2025", "2025"),
            "",
            printed("Uitgaven", ends, "8.120", "7.940", "8.310", "8.655"),
            printed("Ontvangsten", ends, "310", "290", "305", "330"),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    labels = list(dict.fromkeys(c["column_label"] for c in cells))
    assert labels == ["Realisatie 2023", "Realisatie 2024", "Realisatie 2025", "Begroting 2025"]


_LEAVES = (50, 62, 70, 84, 92)  # where each column's values end: "Uitgaven", two groups of two


def test_group_names_over_repeated_leaves_beside_a_column_of_its_own() -> None:
    """A Rekenkamer table by ``pdftotext -layout``: "Fouten" and "Onzekerheden" each centred
    over "bedrag   %", beside an "Uitgaven" column standing left of both, between rules of
    underscores. The names head the columns under them; "Uitgaven" keeps its own heading
    (by the repeated leaves alone, the first group ran from the first column:
    "Fouten Uitgaven")."""
    rule = "_" * 104
    text = "\n".join(
        [
            "Tabel 3    Fouten per artikel",
            "           (bedragen x ƒ 1 mln)",
            "",
            rule,
            printed("", (67, 90), "Fouten", "Onzekerheden"),
            printed("Artikel", _LEAVES, "Uitgaven", "bedrag", "%", "bedrag", "%"),
            rule,
            "",
            printed("01.01  Marine", _LEAVES, "3.108,6", "6,4", "0,2", "22,5", "0,7"),
            printed("02.01  Landmacht", _LEAVES, "5.402,8", "", "", "96,4", "1,8"),
            printed("03.01  Luchtmacht", _LEAVES, "3.277,4", "3,9", "0,1", "14,1", "0,4"),
            rule,
            printed("Totaal", _LEAVES, "11.788,8", "10,3", "0,1", "133,0", "1,1"),
        ]
    )
    [table], cells, warnings = read_text(text)
    assert table["unit_label"] == "x ƒ 1 mln" and not warnings
    assert {c["column_label"] for c in cells} == {
        "Uitgaven",
        "Fouten bedrag",
        "Fouten %",
        "Onzekerheden bedrag",
        "Onzekerheden %",
    }
    grid = cell_grid(cells)
    assert grid[("01.01 Marine", "Fouten %")] == "0,2"
    assert grid[("02.01 Landmacht", "Onzekerheden bedrag")] == "96,4"
    assert ("02.01 Landmacht", "Fouten bedrag") not in grid and len(cells) == 18
    assert row_parents(cells)["01.01 Marine"] == "Totaal"


def test_a_group_name_standing_over_the_first_column_too_heads_it() -> None:
    """The near form: "Fouten" centred over "Uitgaven" and its two leaves stands over all
    three, and the first group runs from the first column, as the repeats read it."""
    text = "\n".join(
        [
            "Tabel 3 Fouten per artikel (bedragen x € 1 mln)",
            "",
            printed("", (59, 90), "Fouten", "Onzekerheden"),
            printed("Artikel", _LEAVES, "Uitgaven", "bedrag", "aantal", "bedrag", "aantal"),
            printed("01 Marine", _LEAVES, "3.108,6", "6,4", "12", "22,5", "7"),
            printed("02 Landmacht", _LEAVES, "5.402,8", "11,8", "9", "96,4", "18"),
            printed("Totaal", _LEAVES, "8.511,4", "18,2", "21", "118,9", "25"),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {
        "Fouten Uitgaven",
        "Fouten bedrag",
        "Fouten aantal",
        "Onzekerheden bedrag",
        "Onzekerheden aantal",
    }


def test_a_unit_alone_under_headings_of_years_is_the_tables_unit() -> None:
    """A statistics yearbook prints its unit on a line of its own under the years, near the
    first of them ("2019   2020   2021   2022*" / "mln euro"): years alike measure alike,
    so the unit is the table's, not the heading of the year it stands under ("2019 mln
    euro", one column in millions and the table mixed)."""
    text = "\n".join([
        "Tabel 7.1 Uitgaven van de lokale overheid",
        "",
        "                                        2019       2020       2021      2022*",
        "",
        "                                     mln euro",
        "",
        "Gemeenten . . . . . . . . . .        61 240     66 390     68 412     71 860",
        "Provincies  . . . . . . . . .         6 326      6 178      6 819      7 550",
        "Waterschappen . . . . . . . .         3 732      3 815      3 910      4 103",
        "Totaal  . . . . . . . . . . .        71 298     76 383     79 141     83 513",
    ])  # fmt: skip
    [table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Gemeenten", "2019")] == "61 240"
    assert grid[("Totaal", "2022*")] == "83 513"
    assert {c["column_label"] for c in cells} == {"2019", "2020", "2021", "2022*"}
    assert table["unit_label"] == "mln euro"


def test_a_unit_under_one_heading_of_words_stays_that_columns() -> None:
    """Near form: a unit printed under one of two headings of words ("Bedrag" / "(x €
    1.000)" beside "Aantal") says that column's unit, and joins its heading."""
    text = "\n".join([
        "Tabel 3 Subsidies per regeling",
        "",
        "                                     Bedrag        Aantal",
        "                                (x € 1.000)",
        "",
        "Regeling A                           12.400           310",
        "Regeling B                            4.200            95",
        "Totaal                               16.600           405",
    ])  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Regeling A", "Bedrag (x € 1.000)")] == "12.400"
    assert grid[("Totaal", "Aantal")] == "405"


_FOUTEN_ENDS = (55, 66, 81, 92)


def _fouten(*second: str) -> str:
    """A table of two groups ("Fouten", "Onzekerheden") over leaves each printed over two
    lines, the line ``second`` over the leaves' last line."""
    return "\n".join(
        [
            "Tabel 2 Fouten en onzekerheden per artikel 2024",
            "",
            printed("", (56, 86), "Fouten", "Onzekerheden"),
            printed("", _FOUTEN_ENDS, *second),
            printed("Artikel", _FOUTEN_ENDS, "(x € 1 mln)", "art.", "(x € 1 mln)", "art."),
            printed("11   Waterbeleid", _FOUTEN_ENDS, "2,4", "2,1%", "1,0", "0,5%"),
            printed("16   Openbaar vervoer", _FOUTEN_ENDS, "14,8", "1,3%", "31,2", "2,7%"),
        ]
    )


def test_leaves_printed_over_two_lines_under_each_group_keep_both_lines() -> None:
    """Each group repeats leaves printed over two lines ("Bedrag" / "(x € 1 mln)", "% van" /
    "art."): the line right over the leaves' last line repeats as they do, a run over each
    column, so it is their first line, not a line of the groups' names; the groups' names
    stand above it. It was taken for the names, and every column kept its last line alone."""
    _tables, cells, _warnings = read_text(_fouten("Bedrag", "% van", "Bedrag", "% van"))
    grid = cell_grid(cells)
    assert grid[("11 Waterbeleid", "Fouten Bedrag (x € 1 mln)")] == "2,4"
    assert grid[("16 Openbaar vervoer", "Onzekerheden % van art.")] == "2,7%"


def test_a_line_over_repeated_leaves_not_repeating_as_they_do_is_no_leaves_line() -> None:
    """The near form: a run over each column that does not repeat as the leaves do ("Bedrag"
    over the first group, "Saldo" over the second) is not taken as the leaves' first line."""
    _tables, cells, _warnings = read_text(_fouten("Bedrag", "% van", "Saldo", "% van"))
    labels = {c["column_label"] for c in cells}
    assert labels  # (the table is read: no label holds the line over the leaves)
    assert not any("Bedrag" in label or "Saldo" in label for label in labels)


def _funds(names: str, stages: str) -> str:
    """A Najaarsnota's annex table as ``pdftotext -layout`` prints it: a line of group
    names (``names``), then each column's heading over three lines, the stage (``stages``),
    the moment and the year, each group repeating its three columns' headings."""
    moments = "Voorjaarsnota  Najaarsnota  Najaarsnota  "
    return "\n".join(
        [
            "Tabel 4.1 Uitgaven en ontvangsten begrotingsfondsen 2023 (in miljoenen euro)",
            "",
            names,
            stages,
            f"{'':26}{moments}{moments}".rstrip(),
            f"{'':35}2023{'2023':>13}{'2023':>13}{'2023':>15}{'2023':>13}{'2023':>13}",
            "Mobiliteitsfonds                8.412,4       –612,5      7.799,9        8.598,1"
            "       –540,3      8.057,8",
            "Gemeentefonds                  36.224,8      1.204,7     37.429,5            0,4"
            "          0,0          0,4",
        ]
    )


_STAGES = f"{'':35}Stand     Mutaties        Stand          Stand     Mutaties        Stand"


@pytest.mark.parametrize(
    "names",
    [f"{'':38}Uitgaven{'':32}Ontvangsten", f"{'':35}Uitgaven{'':34}Ontvangsten"],
    ids=["centred", "flush"],
)
def test_group_names_over_runs_of_stacked_repeated_leaves_name_each_run(names: str) -> None:
    """A line of group names over columns whose headings, stacked over three lines, repeat
    in runs ("Stand Voorjaarsnota 2023" / "Mutaties Najaarsnota 2023" / "Stand Najaarsnota
    2023", twice): each name stands within its run's printed words, reaching over two of
    its columns, centred over the words or flush with the first, and heads every column
    of its run ("Uitgaven Mutaties Najaarsnota 2023"). Measured against the years alone,
    the names stood off their runs' centre, and each went to the one column it stood
    over: two columns named "Stand Najaarsnota 2023", the others without their group."""
    _tables, cells, _warnings = read_text(_funds(names, _STAGES))
    grid = cell_grid(cells)
    assert grid[("Mobiliteitsfonds", "Uitgaven Mutaties Najaarsnota 2023")] == "–612,5"
    assert grid[("Mobiliteitsfonds", "Uitgaven Stand Najaarsnota 2023")] == "7.799,9"
    assert grid[("Gemeentefonds", "Ontvangsten Stand Voorjaarsnota 2023")] == "0,4"
    assert grid[("Gemeentefonds", "Ontvangsten Mutaties Najaarsnota 2023")] == "0,0"
    assert len({c["column_label"] for c in cells}) == 6 and len(cells) == 12


def test_names_over_runs_of_leaves_that_do_not_repeat_head_no_run() -> None:
    """The near form: the second run's leaves are others ("Begroting" / "Realisatie" /
    "Saldo"), so the line names no runs of repeated leaves and the rule spreads no name
    over a run: the columns the names do not stand over keep their own headings."""
    stages = f"{'':35}Stand     Mutaties        Stand      Begroting   Realisatie        Saldo"
    _tables, cells, _warnings = read_text(_funds(f"{'':38}Uitgaven{'':32}Ontvangsten", stages))
    labels = {c["column_label"] for c in cells}
    assert {"Begroting Voorjaarsnota 2023", "Saldo Najaarsnota 2023"} <= labels
    assert len(labels) == 6 and len(cells) == 12


def test_group_names_over_the_middle_column_of_each_run_name_the_whole_run() -> None:
    """A text layer centres each group's name over its run of three stacked columns
    ("Uitgaven" / "Ontvangsten" over "Stand Voorjaarsnota 2023", "Mutaties Najaarsnota
    2023", "Stand Najaarsnota 2023" twice), so the name stands over the middle column's
    words alone: its midpoint lies within its run and nearest that run's centre, and it
    heads all three columns. Before, only the middle columns took a group's name."""
    names = f"{'':43}Uitgaven{'':31}Ontvangsten"
    _tables, cells, _warnings = read_text(_funds(names, _STAGES))
    grid = cell_grid(cells)
    assert grid[("Mobiliteitsfonds", "Uitgaven Stand Voorjaarsnota 2023")] == "8.412,4"
    assert grid[("Mobiliteitsfonds", "Uitgaven Stand Najaarsnota 2023")] == "7.799,9"
    assert grid[("Gemeentefonds", "Ontvangsten Stand Voorjaarsnota 2023")] == "0,4"
    assert grid[("Gemeentefonds", "Ontvangsten Stand Najaarsnota 2023")] == "0,4"
    assert len({c["column_label"] for c in cells}) == 6 and len(cells) == 12


def _uneven(names: str, stages: list[str]) -> str:
    """A table of five columns under a line of group names (``names``), each column's
    heading stacked over three lines: its stage (``stages``), the moment ("Voorjaarsnota"
    for the first, "Najaarsnota" for the rest) and the year."""
    moments = ["Voorjaarsnota", *["Najaarsnota"] * (len(stages) - 1)]
    rows = {
        "Gemeentefonds": ("36.224,8", "1.204,7", "37.429,5", "0,0", "0,4"),
        "Provinciefonds": ("4.012,3", "186,5", "4.198,8", "0,1", "0,2"),
    }
    return "\n".join(
        [
            "Tabel 5.2 Uitgaven en ontvangsten fondsen 2023 (in miljoenen euro)",
            "",
            names,
            *(
                f"{'':26}" + "".join(f"{word:>15}" for word in words)
                for words in (stages, moments, ["2023"] * len(stages))
            ),
            *(
                f"{label:26}" + "".join(f"{v:>15}" for v in values)
                for label, values in rows.items()
            ),
        ]
    )


@pytest.mark.parametrize(
    "names",
    [f"{'':28}Uitgaven{'':39}Ontvangsten", f"{'':46}Uitgaven{'':28}Ontvangsten"],
    ids=["flush", "centred"],
)
def test_group_names_over_runs_of_other_lengths_name_each_run(names: str) -> None:
    """Runs of repeated stacked headings of other lengths ("Uitgaven" over "Stand
    Voorjaarsnota", "Mutaties Najaarsnota", "Stand Najaarsnota 2023"; "Ontvangsten" over
    the last two again, in the same order), each name flush with its run's words or
    centred over them: each heads its whole run. Before, runs of other lengths were not
    read as runs, and each name headed the one column under it."""
    stages = ["Stand", "Mutaties", "Stand", "Mutaties", "Stand"]
    _tables, cells, _warnings = read_text(_uneven(names, stages))
    grid = cell_grid(cells)
    assert grid[("Gemeentefonds", "Uitgaven Stand Voorjaarsnota 2023")] == "36.224,8"
    assert grid[("Gemeentefonds", "Uitgaven Mutaties Najaarsnota 2023")] == "1.204,7"
    assert grid[("Gemeentefonds", "Uitgaven Stand Najaarsnota 2023")] == "37.429,5"
    assert grid[("Provinciefonds", "Ontvangsten Mutaties Najaarsnota 2023")] == "0,1"
    assert grid[("Provinciefonds", "Ontvangsten Stand Najaarsnota 2023")] == "0,2"
    assert len({c["column_label"] for c in cells}) == 5 and len(cells) == 10


def test_a_name_over_one_column_of_headings_that_do_not_repeat_heads_that_column() -> None:
    """The near form: a name over the middle column where no headings repeat ("Begroting",
    "Realisatie", "Saldo" right of "Stand", "Mutaties", "Stand"): there are no runs to
    name, and each name heads the one column it stands over, as before."""
    stages = f"{'':35}Stand     Mutaties        Stand      Begroting   Realisatie        Saldo"
    _tables, cells, _warnings = read_text(_funds(f"{'':43}Uitgaven{'':31}Ontvangsten", stages))
    labels = {c["column_label"] for c in cells}
    assert {"Uitgaven Mutaties Najaarsnota 2023", "Stand Voorjaarsnota 2023"} <= labels
    assert {"Ontvangsten Realisatie Najaarsnota 2023", "Saldo Najaarsnota 2023"} <= labels
    assert len(labels) == 6 and len(cells) == 12


def test_names_over_runs_repeating_headings_in_another_order_head_one_column() -> None:
    """The near form: the second run repeats the first's headings in another order
    ("Stand Najaarsnota" before "Mutaties Najaarsnota"), so they are no runs of the same
    leaves, and each name flush with a run heads the one column under it, as before."""
    stages = ["Stand", "Mutaties", "Stand", "Stand", "Mutaties"]
    _tables, cells, _warnings = read_text(_uneven(f"{'':28}Uitgaven{'':39}Ontvangsten", stages))
    labels = {c["column_label"] for c in cells}
    assert {"Uitgaven Stand Voorjaarsnota 2023", "Mutaties Najaarsnota 2023"} <= labels
    assert "Ontvangsten Stand Najaarsnota 2023" in labels and len(cells) == 10


def _balance(names: str) -> str:
    """A programme overview as ``pdftotext -layout`` prints it: a line of group names
    (``names``) over "Begroting" and "Realisatie" twice, then a "Verschil" column."""
    ends = (30, 42, 54, 66, 78)
    return "\n".join(
        [
            "Tabel 3 Lasten en baten per programma (bedragen x € 1.000)",
            "",
            names,
            printed(
                "Programma", ends, "Begroting", "Realisatie", "Begroting", "Realisatie", "Verschil"
            ),
            printed("1 Bestuur", ends, "4.210", "4.105", "-3.905", "-3.770", "135"),
            printed("2 Onderwijs", ends, "2.480", "2.515", "-1.620", "-1.702", "-82"),
            printed("3 Cultuur", ends, "1.312", "1.290", "-1.044", "-1.001", "43"),
        ]
    )


@pytest.mark.parametrize(
    "names",
    [printed("", (30, 54), "Lasten", "Saldo"), printed("", (21 + 6, 45 + 5), "Lasten", "Saldo")],
    ids=["ends", "starts"],
)
def test_a_column_past_the_last_group_of_names_over_their_first_leaf_stands_alone(
    names: str,
) -> None:
    """Group names each set at the same offset over their group's first column ("Lasten"
    and "Saldo" ending with, or starting at, "Begroting"), every group but the last over
    the same leaves ("Begroting Realisatie"): the names mark where groups start, and the
    last group spans as many columns as the others; "Verschil" after it is a column of its
    own. Before, the last group took every column after it ("Saldo Verschil")."""
    _tables, cells, _warnings = read_text(_balance(names))
    grid = cell_grid(cells)
    assert grid[("2 Onderwijs", "Lasten Realisatie")] == "2.515"
    assert grid[("2 Onderwijs", "Saldo Begroting")] == "-1.620"
    assert grid[("2 Onderwijs", "Saldo Realisatie")] == "-1.702"
    assert grid[("2 Onderwijs", "Verschil")] == "-82"
    assert len({c["column_label"] for c in cells}) == 5 and len(cells) == 15


def test_a_last_group_name_centred_over_all_its_columns_heads_them_all() -> None:
    """The near form: each name centred over its run ("Lasten" over "Begroting Realisatie",
    "Saldo" over "Begroting Realisatie Verschil"): the last name stands off the offset the
    first keeps over its first column, so it heads its whole run, "Verschil" included."""
    _tables, cells, _warnings = read_text(_balance(printed("", (34, 64), "Lasten", "Saldo")))
    grid = cell_grid(cells)
    assert grid[("2 Onderwijs", "Lasten Realisatie")] == "2.515"
    assert grid[("2 Onderwijs", "Saldo Verschil")] == "-82"
    assert len({c["column_label"] for c in cells}) == 5 and len(cells) == 15


#: Where the five columns of ``_dated`` end, and its last rows' figures.
_ENDS = (38, 52, 62, 76, 88)
_FIGURES = (
    ("6.812.004", "1.450.000", "215.000", "1.902.318", "6.144.686"),
    ("9.917.884", "1.862.305", "215.000", "2.090.720", "9.474.469"),
)


def _dated(first: str) -> str:
    """A staat van voorzieningen: five headings, the dates under the two Saldo columns
    only, the first row as ``first`` prints it."""
    return "\n".join(
        [
            "Tabel 5.4 Overzicht voorzieningen (bedragen in €)",
            "",
            printed("", _ENDS, "Saldo", "Toevoegingen", "Vrijval", "Aanwendingen", "Saldo"),
            printed("", _ENDS, "1-1-2023", "", "", "", "31-12-2023"),
            "",
            first,
            printed("Voorziening groot onderhoud", _ENDS, *_FIGURES[0]),
            printed("Totaal voorzieningen", _ENDS, *_FIGURES[1]),
        ]
    )


def test_a_nil_dash_among_the_first_rows_figures_is_a_cell_the_dates_line_does_not_head() -> None:
    """The last heading line prints only the dates under the two Saldo columns: it heads
    the table only where the rows print two cells. The first row's nil dash in a column's
    padding ("412.305      -") is a cell as a figure is, so its five cells read the
    headings from the lines together (the dash read as no value, the dates line heading
    two columns, the other amounts glued into the labels)."""
    row = printed(
        "Voorziening pensioenen", _ENDS, "3.105.880", "412.305", "-", "188.402", "3.329.783"
    )
    [table], cells, _ = read_text(_dated(row))
    assert table["column_count"] == 5
    grid = cell_grid(cells)
    assert grid[("Voorziening pensioenen", "Saldo 1-1-2023")] == "3.105.880"
    assert grid[("Voorziening groot onderhoud", "Vrijval")] == "215.000"


def test_a_label_ending_in_a_dash_after_its_words_is_no_nil_cell() -> None:
    """A dash one space after the label's words (no column's padding, no figure before
    it) is the label's, not a cell: two values under the two dates head two columns."""
    text = "\n".join(
        [
            "Tabel 2 Saldi (bedragen in €)",
            "",
            "                             1-1-2023  31-12-2023",
            "",
            "Reserve A -                     1.000       1.200",
            "Reserve B                       2.000       2.200",
            "Totaal                          3.000       3.400",
        ]
    )
    [table], cells, _ = read_text(text)
    assert table["column_count"] == 2
    assert cell_grid(cells)[("Reserve A -", "31-12-2023")] == "1.200"


def _jeugd(first: str) -> str:
    """A suppletoire letter's table as ``pdftotext -layout`` prints it: each column's heading
    over three lines, ``first`` their first, "begroting" / "suppletoire" / "suppletoire"
    (two last lines alike) and the column numbers under them."""
    return "\n".join(
        [
            "Tabel 1 Budgettaire gevolgen artikel 3 (bedragen x € 1.000)",
            "",
            first,
            "                                            begroting          suppletoire"
            "        suppletoire",
            "                                                  (1)                (2)"
            "        (3)=(1)+(2)",
            "",
            "Verplichtingen                                   412.380             28.950"
            "            441.330",
            "Uitgaven                                         418.127             31.200"
            "            449.327",
            "Ontvangsten                                        1.250                  0"
            "              1.250",
        ]
    )


def test_first_lines_telling_apart_leaves_that_happen_to_repeat_join_them() -> None:
    """Headings over three lines whose second lines happen to repeat ("suppletoire" over the
    second and third column, no group's leaves printed again): the line above them prints
    a run over each column, none alike ("Vastgestelde   Mutatie 1e   Stand 1e"), each
    heading's first line. It was taken for a line of the groups' names over repeated leaves
    and dropped: "begroting (1)", "suppletoire (2)", "suppletoire (3)=(1)+(2)"."""
    first = f"{'':42}Vastgestelde         Mutatie 1e          Stand 1e"
    _tables, cells, warnings = read_text(_jeugd(first))
    grid = cell_grid(cells)
    assert grid[("Verplichtingen", "Vastgestelde begroting (1)")] == "412.380" and not warnings
    assert grid[("Uitgaven", "Mutatie 1e suppletoire (2)")] == "31.200"
    assert grid[("Ontvangsten", "Stand 1e suppletoire (3)=(1)+(2)")] == "1.250"


def test_a_first_line_repeating_where_the_leaves_do_not_joins_none() -> None:
    """The near form: a run over each column that repeats over two leaves that differ
    ("Stand 1e" over "begroting" and "suppletoire") tells no leaves apart as their first
    lines do: it joins no heading, as before."""
    first = (
        "                                              Stand 1e           Stand 1e       Mutatie 1e"
    )
    _tables, cells, _warnings = read_text(_jeugd(first))
    labels = {c["column_label"] for c in cells}
    assert labels and not any("Stand" in label or "Mutatie" in label for label in labels)


def test_the_corner_heading_beside_the_rest_of_broken_words_is_a_heading_line() -> None:
    """A report sets the labels' heading ("Begroting") on the headings' second line, beside
    the rest of the words the first line breaks with a hyphen or wraps ("Verplich-" /
    "tingen", "Geraamde" / "uitgaven"), a third line ending one: those lines are headings,
    joined to their columns; the corner word at the labels made the line no heading nor
    a row, and the table was not read at all."""
    text = "\n".join(
        [
            "Tabel 2 Uitgaven en verplichtingen per begroting, 2022 (bedragen x € 1 miljoen)",
            "",
            "                                          Geraamde     Verplich-        Totaal",
            "Begroting                                 uitgaven        tingen     verplich-",
            "                                                                        tingen",
            "",
            "IV     Koninkrijksrelaties                   812,4          93,1         905,5",
            "XIII   Economische Zaken                   2.305,0         410,2       2.715,2",
            "",
            "Totaal                                     3.117,4         503,3       3.620,7",
        ]
    )
    [table], cells, warnings = read_text(text)
    assert table["unit_label"] == "x € 1 mln" and not warnings
    grid = cell_grid(cells)
    assert grid[("IV Koninkrijksrelaties", "Geraamde uitgaven")] == "812,4"
    assert grid[("XIII Economische Zaken", "Verplich-tingen")] == "410,2"
    assert grid[("Totaal", "Totaal verplich-tingen")] == "3.620,7"
    assert row_parents(cells)["IV Koninkrijksrelaties"] == "Totaal"


def test_a_group_of_rows_under_the_broken_headings_stays_a_row() -> None:
    """Near form: a group's name at the labels right under the headings, no word beside it
    under the columns, is a row, the parent of the rows under it, whatever the headings'
    second line ends; and a heading's word going on under its column must start in lower
    case: a group's name beside a capitalised text under a column heads no column."""
    text = "\n".join(
        [
            "Tabel 2 Uitgaven en verplichtingen per begroting, 2022 (bedragen x € 1 miljoen)",
            "",
            "                                          Geraamde     Verplich-        Totaal",
            "                                          uitgaven        tingen     verplich-",
            "                                                                        tingen",
            "Rijksbegroting",
            "IV     Koninkrijksrelaties                   812,4          93,1         905,5",
            "XIII   Economische Zaken                   2.305,0         410,2       2.715,2",
            "Totaal rijksbegroting                      3.117,4         503,3       3.620,7",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("XIII Economische Zaken", "Verplich-tingen")] == "410,2"
    assert row_parents(cells)["IV Koninkrijksrelaties"] == "Rijksbegroting"


def _realised_years(last_year: str) -> list[str]:
    """The column labels of a table printed by ``pdftotext -layout`` whose first word
    "Realisatie" stands over the first of three years only, followed by two columns whose
    words ("Vastgestelde begroting", "Verschil") stand over the year ``last_year``."""
    ends = (36, 48, 60, 76, 88)
    heading = [
        printed("", (76,), "Vastgestelde"),
        printed("", (36, 76, 88), "Realisatie", "begroting", "Verschil"),
        printed("", ends, "2020", "2021", "2022", last_year, last_year),
    ]
    rows = [
        printed(
            "Verplichtingen", ends, "2.312.045", "2.298.110", "2.401.337", "2.415.880", "50.132"
        ),
        printed("Uitgaven", ends, "2.299.445", "2.284.462", "2.384.151", "2.405.460", "47.776"),
        printed("Ontvangsten", ends, "31.544", "28.760", "30.122", "27.500", "6.480"),
    ]
    text = "\n".join(["Tabel 3 Budgettaire gevolgen van beleid (bedragen x € 1.000)", *heading,
                      *rows])  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    return list(dict.fromkeys(c["column_label"] for c in cells))


def test_a_word_over_the_first_realised_year_heads_every_year_up_to_the_budgets_year() -> None:
    """A jaarverslag prints "Realisatie" once, over the first of the realised years, and
    after them the budget of the last one and the difference, each under words of its own
    ("Vastgestelde begroting 2022", "Verschil 2022"). The realised years run up to the year
    the budget beside them names: the word heads them all (it headed the first alone)."""
    assert _realised_years("2022") == [
        "Realisatie 2020",
        "Realisatie 2021",
        "Realisatie 2022",
        "Vastgestelde begroting 2022",
        "Verschil 2022",
    ]


def test_a_word_over_the_first_year_before_columns_of_another_year_heads_that_one() -> None:
    """The near form: where the columns of words after the years name another year than the
    last of them, the years are no run the budget closes ("Realisatie" over the last
    realised year, the estimates after it bare): the word heads the first year alone."""
    assert _realised_years("2023")[:3] == [
        "Realisatie 2020",
        "2021",
        "2022",
    ]


def _one_column(word: str) -> str:
    """A table of one value column as pdftotext -layout prints it: ``word`` right-aligned
    over its year (maybe prose ending there instead), the labels far left."""
    return "\n".join(
        [
            "Tabel 1 Belangrijkste mutaties (bedragen x € 1.000)",
            word.rjust(70),
            "2017".rjust(70),
            "Stand ontwerpbegroting 2017".ljust(60) + "12.204.415",
            "Mutaties 1e suppletoire begroting".ljust(64) + "148.320",
            "Stand 1e suppletoire begroting 2017".ljust(60) + "12.352.735",
        ]
    )


def test_a_word_over_the_year_of_a_tables_only_value_column_joins_its_heading() -> None:
    """A table of one value column prints its heading's words over the year as any table
    does ("Uitgaven" over "2017"); with no column beside it to measure the room of its
    words by, no word was joined and the column was named by the year alone."""
    _tables, cells, _warnings = read_text(_one_column("Uitgaven"))
    assert {c["column_label"] for c in cells} == {"Uitgaven 2017"}
    assert len(cells) == 3


def test_a_long_line_over_a_tables_only_value_column_is_no_heading() -> None:
    """The near form: a line of prose ending over the year is wider than any heading's
    word, and names no column: the column is named by its year alone."""
    text = _one_column("De mutaties worden per artikel toegelicht in 2017")
    _tables, cells, _warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {"2017"}


_OVERFLOWING = [
    "Tabel 2 Budgettaire gevolgen van beleid artikel 3 (bedragen x € 1.000)",
    "",
    "                             Stand   Mutatie 1e     Stand 1e   Mutatie   Mutatie",
    "                      vastgestelde  suppletoire  suppletoire      2025      2026",
    "                              2024  begroting 2024 begroting 2024",
    "                               (1)          (2)  (3)=(1)+(2)",
    "",
    "Verplichtingen              84.210        2.115       86.325     1.000     1.000",
    "Uitgaven                    83.900        1.870       85.770       900       900",
    "Ontvangsten                  1.200          300        1.500         0         0",
]
_FITTING = [
    "Tabel 2 Budgettaire gevolgen van beleid artikel 3 (bedragen x € 1.000)",
    "",
    "                             Stand     Mutatie 1e       Stand 1e   Mutatie   Mutatie",
    "                      vastgestelde    suppletoire    suppletoire      2025      2026",
    "                              2024   begroting 2024 begroting 2024",
    "                               (1)            (2)    (3)=(1)+(2)",
    "",
    "Verplichtingen              84.210          2.115         86.325     1.000     1.000",
    "Uitgaven                    83.900          1.870         85.770       900       900",
    "Ontvangsten                  1.200            300          1.500         0         0",
]


@pytest.mark.parametrize(
    "lines",
    [
        # pdftotext sets a centred heading wider than its column's step over the gutters
        # beside it, one space from its neighbour's and flush with the next column's
        # values: in the room its column leaves, it is that column's. Read as "longer than a
        # column", the run was parted nowhere and no table was read at all.
        _OVERFLOWING,
        # the near form: columns wide enough for the runs, parted as before
        _FITTING,
    ],
    ids=["wider-than-the-step", "fitting"],
)
def test_a_centred_heading_wider_than_its_columns_step_is_that_columns(lines: list[str]) -> None:
    """A run of two centred headings one space apart ("begroting 2024 begroting 2024")
    under the second and third column is parted into one per column where each stands in
    its column's room (past the previous column's values, not into the next column's),
    however narrow the columns are beside the words."""
    _tables, cells, _warnings = read_text("\n".join(lines))
    assert {c["column_label"] for c in cells} == {
        "Stand vastgestelde 2024 (1)",
        "Mutatie 1e suppletoire begroting 2024 (2)",
        "Stand 1e suppletoire begroting 2024 (3)=(1)+(2)",
        "Mutatie 2025",
        "Mutatie 2026",
    }
    assert cell_grid(cells)[("Uitgaven", "Stand 1e suppletoire begroting 2024 (3)=(1)+(2)")] == (
        "85.770"
    )


def test_a_groups_name_over_narrow_columns_is_parted_over_none() -> None:
    """The near form: a group's name over every value column, wider than a column's step
    ("Mutaties (+ of -) 2e suppletoire begroting" over "Verplichtingen   Uitgaven
    Ontvangsten"), starts near the first column's start, far off its centre: no heading
    of one column, so its words are parted over none and each column keeps its own name
    (parted, "Mutaties (+ of -)" headed the Verplichtingen)."""
    text = "\n".join(
        [
            "Bedragen x € 1.000",
            "",
            "Art. Omschrijving                    Mutaties (+ of -) 2e suppletoire begroting",
            "                                 Verplichtingen        Uitgaven     Ontvangsten",
            "",
            "    Totaal                                 -9.310          -4.420           1.200",
            "21  Landbouw en visserij                    2.150           3.080               0",
            "22  Natuur en biodiversiteit              -11.460          -7.500           1.200",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {"Verplichtingen", "Uitgaven", "Ontvangsten"}
    assert len(cells) == 9


def _taakvelden(*heads: str) -> str:
    """Lasten and baten per taakveld under the heading lines ``heads``, the figures aligned
    on the right under the leaves' last words, as a PDF's text layer prints them."""
    ends = (48, 62, 80, 94)
    return "\n".join(
        [
            "Tabel 3 Lasten en baten per taakveld (bedragen x € 1.000)",
            "",
            *heads,
            printed("0.1 Bestuur", ends, "4.120", "4.305", "210", "198"),
            printed("0.2 Burgerzaken", ends, "1.840", "1.795", "920", "944"),
            printed("Totaal", ends, "5.960", "6.100", "1.130", "1.142"),
            "",
            "De lasten van burgerzaken vallen lager uit dan begroot.",
        ]
    )


def test_a_leaf_over_two_lines_beside_one_over_one_in_each_group_takes_its_first_line() -> None:
    """Under each group ("Lasten", "Baten") a leaf printed over two lines ("Begroting na" /
    "wijziging") beside one of one line ("Realisatie"): the first line prints the same
    words over the same leaf in each group, which a group's name never does (groups are
    named apart). Read as the groups' names, it went to every column of its group
    ("Lasten Begroting na Realisatie"); it is the leaf's own first line."""
    ends = (48, 62, 80, 94)
    text = _taakvelden(
        printed("", (40, 74), "Lasten", "Baten"),
        printed("", (48, 80), "Begroting na", "Begroting na"),
        printed("Taakveld", ends, "wijziging", "Realisatie", "wijziging", "Realisatie"),
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("0.1 Bestuur", "Lasten Begroting na wijziging")] == "4.120"
    assert grid[("0.1 Bestuur", "Lasten Realisatie")] == "4.305"
    assert grid[("0.2 Burgerzaken", "Baten Begroting na wijziging")] == "920"
    assert grid[("Totaal", "Baten Realisatie")] == "1.142"


def test_groups_named_apart_over_the_first_leaf_of_their_runs_still_name_the_runs() -> None:
    """The near form: a line printing different words over the first leaf of each run
    ("Lasten" / "Baten", set flush with it) names the groups, each over all its run's
    columns, as before."""
    ends = (48, 62, 80, 94)
    text = _taakvelden(
        printed("", (48, 80), "Lasten", "Baten"),
        printed("Taakveld", ends, "Begroting", "Realisatie", "Begroting", "Realisatie"),
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("0.1 Bestuur", "Lasten Begroting")] == "4.120"
    assert grid[("0.1 Bestuur", "Lasten Realisatie")] == "4.305"
    assert grid[("Totaal", "Baten Realisatie")] == "1.142"


def test_a_share_of_a_figure_over_the_next_heading_line_is_a_heading_s_words() -> None:
    """A column's heading saying its figures are a share of something its next line names
    ("in % van" over "lasten") is words of that heading, no note of the table's unit: the
    line joins the headings over it (each column its own), and the table keeps the unit the
    prose above says for it, the share's column its percent."""
    ends = (48, 62, 78)
    text = "\n".join(
        [
            "Het overzicht geeft de lasten per programma. Bedragen in miljoenen euro.",
            "Tabel 4 Lasten en tekorten per programma",
            printed("", ends, "Geraamde", "Tekort op", "in % van"),
            printed("Programma", ends, "lasten", "de lasten", "lasten"),
            printed("Wonen", ends, "2.310,4", "41,6", "1,8%"),
            printed("Zorg", ends, "5.122,0", "102,3", "2,0%"),
            printed("Totaal", ends, "7.432,4", "143,9", "1,9%"),
        ]
    )
    [table], cells, _warnings = read_text(text)
    assert table["unit_label"] == "mln euro"
    grid = cell_grid(cells)
    assert grid[("Wonen", "Geraamde lasten")] == "2.310,4"
    assert grid[("Wonen", "Tekort op de lasten")] == "41,6"
    assert grid[("Wonen", "in % van lasten")] == "1,8%"


def test_a_percent_note_over_the_headings_is_still_the_table_s_unit() -> None:
    """Near form: a line saying the figures are percentages, "(in %)", over the headings is
    the table's unit note, no heading's words: the headings stay their own line's."""
    ends = (48, 62)
    text = "\n".join(
        [
            "Tabel 5 Groei per programma",
            printed("", ends, "", "(in %)"),
            printed("Programma", ends, "2024", "2025"),
            printed("Wonen", ends, "1,8", "2,0"),
            printed("Zorg", ends, "2,4", "2,6"),
        ]
    )
    [table], cells, _warnings = read_text(text)
    assert table["unit_label"] == "%"
    assert cell_grid(cells)[("Wonen", "2025")] == "2,0"


def _municipal_staat(group: str, first: str) -> dict[tuple[str, str], str]:
    """The cells of a jaarrekening's overview in -layout text: ``group`` centred over the
    first two value columns ("<first>" and "na wijziging") beside two of their own."""
    text = "\n".join(
        [
            "Overzicht van lasten per programma (bedragen in euro)",
            f"                                            {group}",
            f"   Programma                           {first}     na wijziging"
            "     Realisatie 2023     Verschil",
            "   Openbare orde                      3.410.500       3.612.050"
            "          3.588.120      -23.930",
            "   Onderwijs                         12.306.215      12.980.400"
            "         13.104.226      123.826",
            "   Cultuur                            5.118.402       5.240.118"
            "          5.199.730      -40.388",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    return cell_grid(cells)


def test_a_group_centred_over_some_columns_in_lower_case_heads_them_alone() -> None:
    """A group's name centred over two columns whose headings go on in lower case
    ("Begroting 2023" over "primitief   na wijziging") beside columns of their own
    ("Realisatie 2023", "Verschil") names those two and no other. Read otherwise, it
    named none, and the columns were "primitief" and "na wijziging"."""
    grid = _municipal_staat("Begroting 2023", "primitief")
    assert grid[("Onderwijs", "Begroting 2023 primitief")] == "12.306.215"
    assert grid[("Cultuur", "Begroting 2023 na wijziging")] == "5.240.118"
    assert grid[("Openbare orde", "Realisatie 2023")] == "3.588.120"
    assert grid[("Openbare orde", "Verschil")] == "-23.930"


def test_a_run_over_a_heading_in_upper_case_is_no_group_of_some_columns() -> None:
    """Under a run over two columns whose first heading opens in upper case ("Begroting"
    over "Primitief   na wijziging"), the first may be a column's own name: the run is
    read as before, no group of them."""
    grid = _municipal_staat("Begroting 2023", "Primitief")
    assert ("Onderwijs", "Begroting 2023 Primitief") not in grid
    assert ("Cultuur", "Begroting 2023 na wijziging") not in grid
    assert grid[("Openbare orde", "Realisatie 2023")] == "3.588.120"
