"""Tests of reading column headings of words alone (``tables_word_headings``)."""

from __future__ import annotations

import pytest
from table_texts import cell_grid, printed, read_text, row_parents


def test_row_per_line_single_spaced_word_headings_over_full_rows() -> None:
    """c07's municipal layout with a heading of words, one space apart ("Programma Lasten
    Baten Saldo"): read where every row prints a value in every column."""
    text = "\n".join(
        [
            "Overzicht van baten en lasten",
            "Bedragen x € 1.000",
            "Programma Lasten Baten Saldo",
            "Veiligheid 12.345 1.234 -11.111",
            "Verkeer en vervoer 8.210 512 -7.698",
            "Totaal programma's 20.555 1.746 -18.809",
            "",
            "De raad stelt de begroting vast.",
        ]
    )
    [table], cells, _warnings = read_text(text)
    assert table["layout"] == "row_per_line"
    grid = cell_grid(cells)
    assert grid[("Verkeer en vervoer", "Baten")] == "512"
    assert grid[("Veiligheid", "Saldo")] == "-11.111"
    assert row_parents(cells)["Veiligheid"] == "Totaal programma's"


def test_single_spaced_begrotingsstaat_heading_with_a_corner_of_two_words() -> None:
    """c04's begrotingsstaat printed without layout: "Art. Omschrijving Verplichtingen
    Uitgaven Ontvangsten" over rows of three values."""
    text = "\n".join(
        [
            "Wijziging van de begrotingsstaat (bedragen x € 1.000)",
            "Art. Omschrijving Verplichtingen Uitgaven Ontvangsten",
            "1 Grondwettelijke uitkering aan leden van het Koninklijk Huis 8.354 8.354 0",
            "2 Functionele uitgaven van de Koning 28.914 28.914 0",
            "Totaal 37.268 37.268 0",
        ]
    )
    _tables, cells, warnings = read_text(text)
    assert not warnings
    grid = cell_grid(cells)
    assert grid[("2 Functionele uitgaven van de Koning", "Uitgaven")] == "28.914"
    assert row_parents(cells)["2 Functionele uitgaven van de Koning"] == "Totaal"


def test_padded_word_heading_over_single_spaced_rows() -> None:
    """A begrotingsstaat whose heading is printed with its words two spaces apart over rows
    printed one space apart (a converter that pads the heading only): the padding places no
    value of rows that print none, so the rows are read as under single-spaced words, every
    row filling every column."""
    text = "\n".join(
        [
            "Begrotingsstaat van het Ministerie van Financiën voor het jaar 2019 (x € 1.000)",
            "",
            "Art.  Omschrijving  Verplichtingen  Uitgaven  Ontvangsten",
            "Totaal 9.573.450 9.563.475 156.816",
            "1 Belastingen 415.412 406.118 13.010",
            "2 Financiering staatsschuld 1.421.883 1.421.883 30.500",
            "3 Toezicht 830.277 830.277 0",
            "",
            "Deze wet treedt in werking met ingang van 1 januari 2019.",
        ]
    )
    _tables, cells, warnings = read_text(text)
    assert not warnings
    grid = cell_grid(cells)
    assert len(grid) == 12
    assert grid[("2 Financiering staatsschuld", "Ontvangsten")] == "30.500"
    assert grid[("3 Toezicht", "Verplichtingen")] == "830.277"


def test_single_spaced_word_headings_over_rows_under_group_lines() -> None:
    """A municipal overview printed without layout (review finding): "Begroting Realisatie
    Verschil" over group lines "Lasten" and "Baten" and their rows. A group of one word
    cannot be taken for the heading, so the heading stands."""
    text = "\n".join(
        [
            "Overzicht van baten en lasten 2024 (bedragen x € 1.000)",
            "Begroting Realisatie Verschil",
            "Lasten",
            "1 Bestuur en ondersteuning 21.410 20.876 534",
            "2 Veiligheid 5.880 6.012 -132",
            "Totaal lasten 27.290 26.888 402",
            "Baten",
            "1 Bestuur en ondersteuning 3.120 3.340 220",
            "Totaal baten 3.120 3.340 220",
        ]
    )
    _tables, cells, warnings = read_text(text)
    assert not warnings
    grid = cell_grid(cells)
    assert grid[("2 Veiligheid", "Verschil")] == "-132"
    assert row_parents(cells)["2 Veiligheid"] == "Lasten"


@pytest.mark.parametrize(
    "lines",
    [
        # a minus printed apart ("– 10.000") or a nil dash: three values or four
        ["Programma Lasten Baten Saldo", "Bestuur 12.345 2.345 – 10.000", "Wmo 8.000 500 – 7.500"],
        # space thousands: "12 345 2 345" splits more ways than one
        ["Programma Lasten Baten Saldo", "Bestuur 12 345 2 345 -10 000", "Wmo 8 000 500 -7 500"],
        # a register: the capitalised line over the rows is a group, like the one between
        [
            "Gemeente Den Haag",
            "Jeugdzorg 120 130",
            "Wmo 80 85",
            "Gemeente Rotterdam Zuid",
            "Jeugdzorg 100 110",
            "Wmo 70 75",
        ],
    ],
)
def test_single_spaced_words_over_rows_read_more_ways_than_one_head_nothing(lines) -> None:
    """Review findings: where a row of one-space-apart figures splits into more than one
    count of values, or lines without values stand between the rows, a heading of words
    cannot place the values; the rows are said as unread, never put under wrong columns."""
    _tables, cells, warnings = read_text("\n".join(lines))
    assert not cells
    assert any("look like table rows" in w.reason for w in warnings)


def test_single_spaced_word_heading_over_a_row_of_fewer_values_is_no_heading() -> None:
    """Without padding nothing tells which column a short row's value is in, so a word
    heading one space apart is not taken over rows that leave a column out."""
    text = "\n".join(
        [
            "Programma Lasten Baten Saldo",
            "Veiligheid 12.345 1.234 -11.111",
            "Verkeer en vervoer 8.210 -7.698",
            "Economie 2.100 900 -1.200",
        ]
    )
    _tables, cells, warnings = read_text(text)
    assert not [c for c in cells if c["row_label"] == "Verkeer en vervoer"]
    assert any("look like table rows" in w.reason for w in warnings)


def test_single_spaced_words_over_a_first_row_with_a_nil_dash_counted_by_the_next_row() -> None:
    """A provincial overview printed a row per line, one space apart, its corner glued to
    the headings ("Voorzieningen Saldo 1-1-2026 Toevoegingen Aanwending Vrijval Saldo
    31-12-2026"): the first row's lone dash may be a nil cell or the next figure's minus,
    so it reads as four values or five, but the row under it reads as five only, and a
    table's rows print as many columns each. Before, no table was read."""
    text = "\n".join(
        [
            "Overzicht voorzieningen (bedragen x € 1 miljoen)",
            "Voorzieningen Saldo 1-1-2026 Toevoegingen Aanwending Vrijval Saldo 31-12-2026",
            "Voorziening pensioenen 12,4 1,3 0,8 - 12,9",
            "Voorziening wachtgelden 0,9 0,2 0,3 0,1 0,7",
            "Totaal voorzieningen 13,3 1,5 1,1 0,1 13,6",
        ]
    )
    [table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Voorziening pensioenen", "Saldo 31-12-2026")] == "12,9"
    assert grid[("Voorziening wachtgelden", "Vrijval")] == "0,1"
    assert table["column_count"] == 5


def test_a_second_table_right_under_the_first_takes_the_unit_the_prose_said() -> None:
    """Two overviews one under the other, no line between, under a sentence saying the
    unit ("Bedragen x € 1 miljoen."): the second, its first row's dash told by the row under
    it, takes the prose's unit too. Checking the lines between the prose and a table that
    starts right under the one before stopped the extraction with an error."""
    text = "\n".join(
        [
            "Het verloop staat hieronder. Bedragen x € 1 miljoen.",
            "",
            "Reserves Saldo 1-1-2026 Toevoegingen Onttrekkingen Saldo 31-12-2026",
            "Algemene reserve 85,4 12,3 9,9 87,8",
            "Reserve infrastructuur 42,3 5,0 1,4 45,9",
            "Totaal reserves 127,7 17,3 11,3 133,7",
            "Voorzieningen Saldo 1-1-2026 Toevoegingen Aanwending Vrijval Saldo 31-12-2026",
            "Voorziening pensioenen 12,4 1,3 0,8 - 12,9",
            "Voorziening wachtgelden 0,9 0,2 0,3 0,1 0,7",
            "Totaal voorzieningen 13,3 1,5 1,1 0,1 13,6",
        ]
    )
    tables, cells, _warnings = read_text(text)
    assert [t["unit_label"] for t in tables] == ["x € 1 mln", "x € 1 mln"]
    assert cell_grid(cells)[("Voorziening wachtgelden", "Aanwending")] == "0,3"


def test_single_spaced_words_over_rows_each_reading_two_ways_head_nothing() -> None:
    """Near form: where the rows under the first read more ways than one too (a dash in
    each), nothing tells the count, and the rows stay unread, as before."""
    text = "\n".join(
        [
            "Voorzieningen Saldo 1-1-2026 Toevoegingen Aanwending Vrijval Saldo 31-12-2026",
            "Voorziening pensioenen 12,4 1,3 0,8 - 12,9",
            "Voorziening wachtgelden 0,9 0,2 - 0,3 0,8",
        ]
    )
    _tables, cells, warnings = read_text(text)
    assert not cells
    assert any("look like table rows" in w.reason for w in warnings)


def _begrotingsstaat(*rows: str, footer: tuple[str, ...] = ()) -> str:
    return "\n".join(
        [
            "Begrotingsstaat van het Ministerie van Sociale Zaken (XV) (bedragen x € 1.000)",
            "Verplichtingen Uitgaven Ontvangsten",
            *rows,
            "",
            *footer,
        ]
    )


def test_single_spaced_word_headings_over_rows_of_one_figure_per_column() -> None:
    """A begrotingsstaat's text layer: "150 150 10" under three headings reads one figure
    per column (joining "150 150" into space thousands would leave a column empty), and the
    page's footer under the rows ("ISSN 0921 - 7371") ends the table instead of unreading it."""
    text = _begrotingsstaat(
        "Totaal 300 290 20",
        "Beleidsartikelen",
        "Arbeidsmarkt 100 90 10",
        "Bijstand, Participatiewet en Toeslagenwet 150 150 10",
        "Nog onverdeeld 50 50 0",
        footer=("kst-36120-XV-2", "ISSN 0921 - 7371"),
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Bijstand, Participatiewet en Toeslagenwet", "Uitgaven")] == "150"
    assert grid[("Totaal", "Ontvangsten")] == "20"
    assert len(cells) == 12


def test_a_begrotingsstaat_headed_by_words_alone_in_aligned_columns() -> None:
    """A begrotingsstaat prints no years: its columns are headed "Verplichtingen",
    "Uitgaven", "Ontvangsten". Such a heading line is read where the rows below stand
    aligned under its words; the same words over rows that do not line up head nothing
    (they may be prose) and the rows are said, not read."""
    columns = ("Verplichtingen", "Uitgaven", "Ontvangsten")
    printed = [
        ("Art.  Omschrijving", columns),
        ("   1  Arbeidsmarkt", ("12.345", "11.000", "1.200")),
        ("   2  Bijstand", ("8.000", "7.500", "300")),
        ("      Totaal", ("20.345", "18.500", "1.500")),
    ]
    heading, *rows = [label.ljust(24) + "".join(v.rjust(16) for v in vs) for label, vs in printed]
    text = "\n".join(["Wijziging van de begrotingsstaat (bedragen x € 1.000)", "", heading, *rows])
    [table], cells, warnings = read_text(text)
    assert table["unit_label"] == "x € 1.000" and not warnings
    assert cell_grid(cells)[("1 Arbeidsmarkt", "Ontvangsten")] == "1.200"
    assert row_parents(cells)["2 Bijstand"] == "Totaal"
    unaligned = [" ".join(row.split()) for row in rows]
    tables, _cells, warnings = read_text("\n".join([heading, *unaligned]))
    assert tables == [] and [w.reason.split()[0] for w in warnings] == ["3"]


def test_one_word_in_lower_case_under_every_column_is_a_row_of_text_not_headings() -> None:
    """A model table of euro figures that print their sign ("€ 142.310") under headings of
    words, a text row answering per column right above the figures ("Dienstbetrekking?
    ja   ja"): the rows are tried under the line above them, and one word in lower case
    under each column is a row's text cells, which name no columns apart; the words above
    it head the columns. (The rows were not seen as rows: no table read, none said.)"""
    text = "\n".join(
        [
            "Functie                               Voorzitter            Lid",
            "Dienstbetrekking?                     ja                    ja",
            "Beloning                              € 142.310             € 98.400",
            "Beloningen betaalbaar op termijn      € 18.220              € 12.915",
            "Subtotaal                             € 160.530             € 111.315",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Beloning", "Lid")] == "€ 98.400"
    assert grid[("Subtotaal", "Voorzitter")] == "€ 160.530"
    assert {cell["column_label"] for cell in cells} == {"Voorzitter", "Lid"}
    dated = text.replace(
        "\nDienst",
        "\nAanvang en einde functie              1/1 – 31/12           1/3 – 31/12\nDienst",
    )
    _tables, cells, _warnings = read_text(dated)
    assert {cell["column_label"] for cell in cells} == {"Voorzitter", "Lid"}
    assert cell_grid(cells)[("Subtotaal", "Lid")] == "€ 111.315"


def test_a_model_table_of_persons_with_rows_of_text_between_its_rows_of_money() -> None:
    """The WNT model a jaarrekening prints: persons' names head the columns over a corner
    with the unit, text rows (the function, the period "1/1 – 31/12", "ja") stand between
    the heading and the rows of money and among them, every cell aligned on the left where
    its heading starts ("€ 154.210" and "N.v.t." under "mr. A.B. de Vries"). The text rows
    are the table's rows of text, no values and not its end: the heading is found over
    them and the money read under it. (No table was read, no rows said.)"""
    widths = (44, 22)

    def line(*cells: str) -> str:
        row = cells[0].ljust(widths[0]) + "".join(cell.ljust(widths[1]) for cell in cells[1:])
        return row.rstrip()

    text = "\n".join(
        [
            "Tabel 3 Topfunctionarissen met dienstbetrekking",
            "",
            line("bedragen x € 1", "mr. A.B. de Vries", "ing. K. Jansen-Smit"),
            line("Functiegegevens", "Voorzitter CvB", "Lid CvB"),
            line("Aanvang en einde functievervulling", "1/1 – 31/12", "1/4 – 31/12"),
            line("Dienstbetrekking?", "ja", "ja"),
            line("Beloning plus belastbare onkostenvergoeding", "€ 154.210", "€ 98.345"),
            line("Beloningen betaalbaar op termijn", "€ 19.880", "€ 12.411"),
            line("Subtotaal", "€ 174.090", "€ 110.756"),
            line("Onverschuldigd betaald bedrag", "N.v.t.", "N.v.t."),
            line("Bezoldiging", "€ 174.090", "€ 110.756"),
            "",
            "De bezoldiging blijft onder het bezoldigingsmaximum.",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Beloning plus belastbare onkostenvergoeding", "mr. A.B. de Vries")] == (
        "€ 154.210"
    )
    assert grid[("Subtotaal", "ing. K. Jansen-Smit")] == "€ 110.756"
    assert grid[("Bezoldiging", "mr. A.B. de Vries")] == "€ 174.090"
    assert grid[("Onverschuldigd betaald bedrag", "ing. K. Jansen-Smit")] == "N.v.t."
    assert not {"ja", "Voorzitter CvB"} & set(grid.values())
    assert len(cells) == 10


def test_rows_of_figures_with_decimal_points_are_no_rows_of_text_cells() -> None:
    """A table printing its decimals with a point ("98.4", English formatting, padded under
    its years) prints figures in its rows, no text cells between rows of money: the rows
    were passed over as rows of words, and the table was lost ("4 lines look like table
    rows")."""
    text = "\n".join(
        [
            "Tabel 3 Ontwikkeling collectieve uitgaven (mld euro)",
            "",
            "Omschrijving                      2024    2025    2026",
            "Sociale zekerheid                 98.4   103.1   106.9",
            "Zorg                             104.2   110.7   115.3",
            "Totaal collectieve uitgaven      202.6   213.8   222.2",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert len(grid) == 9
    assert grid[("Sociale zekerheid", "2024")] == "98.4"
    assert grid[("Totaal collectieve uitgaven", "2026")] == "222.2"


def test_one_word_in_lower_case_under_every_column_heads_no_columns() -> None:
    """Where a model table's heading of persons' names is not printed over its rows (left
    on the page before), its first line is a text row answering per column ("Dienstbetrek-
    king?   ja   ja"): the same word in lower case under every column names no columns
    apart, so no heading is taken from it and the rows are said unread, not stored under
    two columns both called "ja"."""
    for answer in ("ja", "nee"):
        text = "\n".join(
            [
                f"Dienstbetrekking?                     {answer:<22}{answer}",
                "Beloning                              € 142.310             € 98.400",
                "Beloningen betaalbaar op termijn      € 18.220              € 12.915",
                "Subtotaal                             € 160.530             € 111.315",
            ]
        )
        tables, cells, warnings = read_text(text)
        assert tables == [] and cells == []
        assert [w.reason for w in warnings] == ["3 lines look like table rows; no table read"]


#: Rules a text layer may print between the groups' names and the leaves: none, one under
#: each name over its columns, or one across the table from the margin.
_GROUP_RULES = [None, " " * 30 + "-" * 26 + " " * 5 + "-" * 26, "-" * 87]


@pytest.mark.parametrize("rule", _GROUP_RULES)
def test_a_line_naming_groups_of_columns_over_a_line_of_word_headings_names_groups(
    rule: str | None,
) -> None:
    """A verantwoordingsstaat's two heading levels in a PDF's text layer: a line of group
    names, each centred over its two columns ("Vastgestelde begroting", "Realisatie
    jaarverslag"), over a line heading every column ("Verplichtingen   Uitgaven" twice),
    maybe a rule between the two lines. The upper line's words one space
    apart may each stand over a column, but the line under it heads every column one by one
    and it heads fewer: it names the groups, and each column takes its group's name and its
    own, no dashes of the rule. Read by where each word stood, "Vastgestelde" named one
    column and "begroting" the next."""
    lines = [
        "Verantwoordingsstaat 2023 van het Ministerie van Infrastructuur en Waterstaat",
        "(x € 1.000)",
        "",
        "Art. Omschrijving               Vastgestelde begroting        Realisatie jaarverslag",
        "                              Verplichtingen   Uitgaven     Verplichtingen   Uitgaven",
        "",
        "11 Integraal waterbeleid             182.400    176.950            179.215    171.330",
        "12 Waterkeren en waterbeheer       1.412.600  1.388.120          1.398.450  1.375.900",
        "",
        "Totaal                             1.595.000  1.565.070          1.577.665  1.547.230",
    ]
    if rule is not None:
        lines.insert(4, rule)
    _tables, cells, _warnings = read_text("\n".join(lines))
    grid = cell_grid(cells)
    assert grid[("11 Integraal waterbeleid", "Vastgestelde begroting Verplichtingen")] == "182.400"
    assert grid[("11 Integraal waterbeleid", "Vastgestelde begroting Uitgaven")] == "176.950"
    assert grid[("Totaal", "Realisatie jaarverslag Verplichtingen")] == "1.577.665"
    assert grid[("Totaal", "Realisatie jaarverslag Uitgaven")] == "1.547.230"
    assert len(cells) == 12


def test_a_short_corner_word_parted_from_the_first_heading_by_padding_is_the_corner() -> None:
    """A time series labels its rows by their years and heads the labels with a short word
    ("Jaar     Raming   Realisatie   Verschil"): the word ends before the first column's
    figures start and a column's padding parts it from the first heading, so it stands over
    the labels. It was joined to the first heading ("Jaar     Raming"), the words over no
    column taken for the start of the next one's heading."""
    text = "\n".join(
        [
            "Tabel 7 Opbrengst toeristenbelasting (bedragen x € 1.000)",
            "",
            "Jaar     Raming   Realisatie   Verschil",
            "2021        940          812       -128",
            "2022      1.020        1.104         84",
            "2023      1.080        1.215        135",
        ]
    )
    [_table], cells, _warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {"Raming", "Realisatie", "Verschil"}
    assert cell_grid(cells)[("2022", "Raming")] == "1.020"


def test_a_unit_note_in_the_corner_of_a_single_spaced_heading_line_is_no_heading() -> None:
    """A municipal jaarstukken table printed one space apart, its heading line opening with
    the table's unit in the corner ("(bedragen x € 1.000) Primitieve begroting ..."), the
    blocks' headings on lines of their own: the unit is the corner, the words after it the
    columns (the line was no heading, read as words, and the rows no table)."""
    text = "\n".join(
        [
            "Programmaverantwoording",
            "",
            "(bedragen x € 1.000) Primitieve begroting Begroting na wijziging Rekening",
            "",
            "Lasten",
            "Programma 1 Bestuur 12.406 13.118 12.870",
            "Programma 2 Veiligheid 8.214 8.390 8.402",
            "Totaal lasten 20.620 21.508 21.272",
            "Baten",
            "Programma 1 Bestuur 1.204 1.310 1.415",
            "Programma 2 Veiligheid 342 342 298",
            "Totaal baten 1.546 1.652 1.713",
        ]
    )
    tables, cells, _warnings = read_text(text)
    lasten = {(c["row_label"], c["column_label"]): c["value_text"] for c in cells if c["line"] < 9}
    assert lasten[("Programma 2 Veiligheid", "Begroting na wijziging")] == "8.390"
    assert cell_grid(cells)[("Totaal baten", "Rekening")] == "1.713"
    assert len(cells) == 18 and tables[0]["unit_label"] == "x € 1.000"


#: Reserves' headings printed without layout: single-spaced words, or a part per line
#: (the text layer prints the first lines of the headings side by side).
_RESERVE_HEADINGS = (
    ("Omschrijving Beginsaldo Toevoegingen Onttrekkingen Eindsaldo",),
    ("Omschrijving Saldo", "1-1-2024", "Toevoegingen Onttrekkingen Saldo", "31-12-2024"),
)


def _reserves(heading: tuple[str, ...], *rows: str) -> str:
    return "\n".join(
        [
            "Verloop van de reserves (bedragen x € 1.000)",
            *heading,
            "Algemene reserve 20.100 1.500 600 21.000",
            *rows,
            "Totaal reserves 38.300 6.100 3.400 41.000",
        ]
    )


@pytest.mark.parametrize("heading", _RESERVE_HEADINGS)
def test_a_label_ending_in_a_year_or_small_number_under_single_spaced_headings(
    heading: tuple[str, ...],
) -> None:
    """Under a heading that says how many values a row holds, a row printing one figure
    more whose first is a year, a span of years or a small number one space after a word
    ("Reserve Culturele Hoofdstad 2018 9.750 ...") is a label ending in its own number;
    it no longer ends the table, the rows and totals under it unread."""
    text = _reserves(
        heading,
        "Reserve Culturele Hoofdstad 2028 9.700 2.000 1.300 10.400",
        "Regeling 2021-2025 5.500 1.000 200 6.300",
        "Fonds 2 3.000 1.600 1.300 3.300",
    )
    _tables, cells, warnings = read_text(text)
    assert not warnings
    grid = cell_grid(cells)
    last = [column for _row, column in grid][-1]
    assert grid[("Reserve Culturele Hoofdstad 2028", "Toevoegingen")] == "2.000"
    assert grid[("Regeling 2021-2025", last)] == "6.300"
    assert grid[("Fonds 2", "Onttrekkingen")] == "1.300"
    assert grid[("Totaal reserves", "Onttrekkingen")] == "3.400"
    assert len(grid) == 20


@pytest.mark.parametrize("heading", _RESERVE_HEADINGS)
@pytest.mark.parametrize(
    "row",
    [
        # a three-digit number after the word may be a value as well as the label's
        "Bijdrage 150 3.000 1.600 1.300 3.300",
        # a year parted from the label by a column's padding stands as a value does
        "Reserve Hoofdstad  2028 9.700 2.000 1.300 10.400",
    ],
)
def test_a_label_ending_in_another_number_under_single_spaced_headings_stays_unread(
    heading: tuple[str, ...], row: str
) -> None:
    """A number no label form tells from a value, one set apart by padding, or one printed
    as bare digits like a value of the row still leaves the row read more ways than one:
    the rows from it on are said as unread."""
    _tables, cells, warnings = read_text(_reserves(heading, row))
    assert not [c for c in cells if c["row_label"].startswith(row.split()[0])]
    assert any("look like table rows" in w.reason for w in warnings)


def _series(heading: str) -> str:
    """A time series under ``heading``, each year's three figures right-aligned in columns
    ending at 42, 72 and 96, as a PDF's layout text prints them."""
    figures = [
        ("2024", "1.832,4", "194,7", "2.027,1"),
        ("2025", "1.867,2", "181,0", "2.048,2"),
        ("2026", "1.889,2", "158,4", "2.047,6"),
    ]
    rows = [year.ljust(16) + a.rjust(26) + b.rjust(30) + c.rjust(24) for year, a, b, c in figures]
    return "\n".join(
        ["Tabel 5.2 Omvang provinciefonds (bedragen x € 1 miljoen)", "", heading, *rows]
    )


def test_words_one_space_apart_are_one_heading_where_padding_parts_the_headings() -> None:
    """Headings of words set left over right-aligned figures, parted by padding ("Jaar
    Algemene uitkering   Decentralisatie-uitkeringen   Totaal provinciefonds"): "Totaal"
    ends nearer the middle column's figures than the last's, yet one space joins it to
    "provinciefonds", and the headings part where the padding does. Placed word by word,
    the middle heading was "Decentralisatie-uitkeringen   Totaal" and the last
    "provinciefonds"."""
    heading = (
        "Jaar            Algemene uitkering   Decentralisatie-uitkeringen   Totaal provinciefonds"
    )
    [_table], cells, _warnings = read_text(_series(heading))
    assert {c["column_label"] for c in cells} == {
        "Algemene uitkering",
        "Decentralisatie-uitkeringen",
        "Totaal provinciefonds",
    }
    assert cell_grid(cells)[("2025", "Totaal provinciefonds")] == "2.048,2"


def test_words_one_space_apart_each_over_its_column_head_each_where_none_holds_padding() -> None:
    """A begrotingsstaat's narrow columns: "Verplich-    Uitgaven Ontvangsten", the last two
    one space apart, each ending where its column's figures end. No heading holds padding,
    so each word placed over its own column heads it, as before."""
    rows = [
        ("1 Arbeidsmarkt", "12.345", "11.000", "1.200"),
        ("2 Bijstand", "8.000", "7.500", "300"),
    ]
    text = "\n".join(
        [
            "Wijziging van de begrotingsstaat (bedragen x € 1.000)",
            "",
            "Art.  Omschrijving".ljust(21) + "Verplich-    Uitgaven Ontvangsten",
            *(label.ljust(22) + a.rjust(8) + b.rjust(12) + c.rjust(12) for label, a, b, c in rows),
        ]
    )
    [_table], cells, _warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {"Verplich-", "Uitgaven", "Ontvangsten"}
    assert cell_grid(cells)[("2 Bijstand", "Uitgaven")] == "7.500"


def test_a_padded_heading_line_the_runs_cannot_place_is_placed_word_by_word() -> None:
    """Padding inside a heading and between two ("Programma  Primaire  begroting  Na
    wijziging Realisatie Verschil" over four columns): placed by the runs between paddings,
    no run stands over each column; placed word by word, every value keeps its cell (no
    table was read at all)."""
    text = "\n".join(
        [
            "Tabel 4 Lasten per programma (x € 1.000)",
            "",
            "Programma                Primaire  begroting  Na wijziging Realisatie Verschil",
            "Veiligheid                            12.480        12.910     12.655      255",
            "Verkeer en vervoer                     8.200         8.450      8.390       60",
            "Onderwijs                             15.300        15.980     16.120     -140",
        ]
    )
    [_table], cells, _warnings = read_text(text)
    assert len(cells) == 12
    assert cell_grid(cells)[("Onderwijs", "Verschil")] == "-140"
    assert cell_grid(cells)[("Onderwijs", "Realisatie")] == "16.120"


def test_a_percent_sign_alone_heads_the_column_of_rates_beside_an_amount() -> None:
    """A heading of words whose last column is headed by its unit alone ("Bedrag   %"),
    found above the rows no table read: the percent sign names the column of rates (it
    was no heading of words, and the rows were left unread)."""
    ends = (40, 52, 60)
    text = "\n".join(
        [
            "Tabel 2 Subsidies per regeling (bedragen x € 1 mln)",
            "",
            printed("Regeling", ends, "Bedrag", "", "%"),
            printed("Jeugd", ends, "412,5", "", "61,2"),
            printed("Sport", ends, "180,3", "", "26,8"),
            printed("Cultuur", ends, "81,2", "", "12,0"),
            printed("Totaal", ends, "674,0", "", "100,0"),
        ]
    )
    [table], cells, warnings = read_text(text)
    assert table["unit_label"] == "x € 1 mln" and not warnings
    grid = cell_grid(cells)
    assert grid[("Sport", "%")] == "26,8" and grid[("Sport", "Bedrag")] == "180,3"
    assert len(cells) == 8 and row_parents(cells)["Jeugd"] == "Totaal"


def test_a_percent_sign_over_rows_of_more_values_than_headings_heads_nothing() -> None:
    """The near form: the same heading over rows printing a value more than it names
    (a count after the rate): no heading of these rows, which stay unread, and said."""
    ends = (40, 52, 60)
    text = "\n".join(
        [
            "Tabel 2 Subsidies per regeling (bedragen x € 1 mln)",
            "",
            printed("Regeling", ends, "", "Bedrag", "%"),
            printed("Jeugd", ends, "412,5", "61,2", "3"),
            printed("Sport", ends, "180,3", "26,8", "2"),
            printed("Cultuur", ends, "81,2", "12,0", "1"),
        ]
    )
    tables, cells, warnings = read_text(text)
    assert (tables, cells) == ([], [])
    assert [w.reason for w in warnings] == ["3 lines look like table rows; no table read"]


_PAGE_RULE = "_" * 104  # a rule of underscores across a pdftotext -layout page


def test_a_rule_across_the_page_under_a_heading_of_words_is_layout() -> None:
    """``pdftotext -layout`` draws a rule across the page under a heading of words: the
    rows under the rule are the heading's (the rule, too long for a group line, was taken
    for the first row, and the rows were left unread)."""
    ends = (40, 52, 64)
    text = "\n".join(
        [
            "Tabel 2 Subsidies per regeling (bedragen x € 1 mln)",
            "",
            printed("Regeling", ends, "Begroting", "Realisatie", "Verschil"),
            _PAGE_RULE,
            printed("Jeugd", ends, "412,5", "400,1", "-12,4"),
            printed("Sport", ends, "180,3", "190,3", "10,0"),
            printed("Cultuur", ends, "81,2", "81,2", "0,0"),
            _PAGE_RULE,
            printed("Totaal", ends, "674,0", "671,6", "-2,4"),
        ]
    )
    [table], cells, warnings = read_text(text)
    assert table["unit_label"] == "x € 1 mln" and not warnings
    grid = cell_grid(cells)
    assert grid[("Jeugd", "Verschil")] == "-12,4" and grid[("Totaal", "Begroting")] == "674,0"
    assert len(cells) == 12 and row_parents(cells)["Cultuur"] == "Totaal"


def test_a_rule_across_the_page_under_a_heading_of_fewer_columns_heads_no_rows() -> None:
    """The near form: the heading over the rule names a column fewer than the rows print:
    past the rule, no heading of them; the rows stay unread, and said."""
    ends = (40, 52, 64)
    text = "\n".join(
        [
            printed("Regeling", ends, "", "Begroting", "Realisatie"),
            _PAGE_RULE,
            printed("Jeugd", ends, "412,5", "400,1", "-12,4"),
            printed("Sport", ends, "180,3", "190,3", "10,0"),
            printed("Cultuur", ends, "81,2", "81,2", "0,0"),
        ]
    )
    tables, cells, warnings = read_text(text)
    assert (tables, cells) == ([], [])
    assert [w.reason for w in warnings] == ["3 lines look like table rows; no table read"]


def _cell_units(cells: list[dict[str, object]]) -> dict[tuple[str, str], object]:
    """Each cell's unit by its row's and column's labels."""
    return {(str(c["row_label"]), str(c["column_label"])): c["unit"] for c in cells}


def test_a_column_headed_by_a_percent_sign_alone_holds_percentages() -> None:
    """The rates under a percent sign alone ("Bedrag   %", either side of the amounts) are
    percentages, never money in the caption's unit (61,2 was stored as 61,2 million
    euros); the amounts keep the caption's unit, which stays the table's."""
    for heading, rows in (
        (("Bedrag", "", "%"), (("412,5", "", "61,2"), ("180,3", "", "38,8"))),
        (("%", "", "Bedrag"), (("61,2", "", "412,5"), ("38,8", "", "180,3"))),
    ):
        ends = (40, 52, 60)
        text = "\n".join(
            [
                "Tabel 2 Subsidies per regeling (bedragen x € 1 mln)",
                "",
                printed("Regeling", ends, *heading),
                printed("Jeugd", ends, *rows[0]),
                printed("Sport", ends, *rows[1]),
            ]
        )
        [table], cells, _warnings = read_text(text)
        assert table["unit_label"] == "x € 1 mln"
        units = _cell_units(cells)
        assert units[("Jeugd", "%")] == units[("Sport", "%")] == "percent"
        assert units[("Jeugd", "Bedrag")] == units[("Sport", "Bedrag")] == "EUR"


def test_a_percentage_heading_naming_its_measure_keeps_the_caption_s_unit() -> None:
    """The near form: a heading naming its measure with the unit in brackets ("Aandeel
    (%)") holds percentages too: its cells in percent, the amounts and the table in the
    caption's unit (it was mixed), a column of rates beside the amounts as under "%"."""
    ends = (40, 52, 64)
    text = "\n".join(
        [
            "Tabel 2 Subsidies per regeling (bedragen x € 1 mln)",
            "",
            printed("Regeling", ends, "Bedrag", "", "Aandeel (%)"),
            printed("Jeugd", ends, "412,5", "", "61,2"),
            printed("Sport", ends, "180,3", "", "38,8"),
        ]
    )
    [table], cells, _warnings = read_text(text)
    assert table["unit_label"] == "x € 1 mln"
    units = _cell_units(cells)
    assert units[("Jeugd", "Aandeel (%)")] == "percent" and units[("Jeugd", "Bedrag")] == "EUR"


#: Where an apparaatsuitgaven table's columns end: fte and euros planned, fte and euros
#: spent, the difference in euros and in percent.
_UNIT_ENDS = (46, 58, 67, 79, 91, 100)


def _apparaat(units: tuple[str, ...], rows: list[tuple[str, tuple[str, ...]]]) -> str:
    """An apparaatsuitgaven table as pdftotext -layout prints it: the groups' names over
    their columns ("Begroting 2023" over two), a line of each column's unit (``units``)
    under them, then the rows, a value per column (maybe "")."""
    return "\n".join(
        [
            "Tabel 9.2 Apparaatsuitgaven en formatie kerndepartement",
            "",
            printed("", (58, 79, 100), "Begroting 2023", "Realisatie 2023", "Verschil"),
            printed("", _UNIT_ENDS, *units),
            *(printed(label, _UNIT_ENDS, *values) for label, values in rows),
            "",
            "De inhuur van externen bleef onder de norm.",
        ]
    )


def test_units_alone_under_group_names_head_the_columns() -> None:
    """Columns headed by their units alone ("fte   x € 1.000   fte   x € 1.000   x € 1.000
    %") under the names of their groups ("Begroting 2023   Realisatie 2023   Verschil"):
    each unit heads its column, joined to its group's name, and each column's cells keep
    its unit (fte counted, euros in thousands, percentages), the table's mixed. No line
    heads these columns by a year or words alone, and the table was lost."""
    units = ("fte", "x € 1.000", "fte", "x € 1.000", "x € 1.000", "%")
    rows = [
        ("Eigen personeel", ("1.842,0", "168.420", "1.901,5", "176.305", "7.885", "4,7%")),
        ("Inhuur externen", ("", "21.300", "", "34.118", "12.818", "60,2%")),
        ("Totaal personele uitgaven", ("1.842,0", "189.720", "1.901,5", "210.423", "20.703",
                                       "10,9%")),
    ]  # fmt: skip
    [table], cells, warnings = read_text(_apparaat(units, rows))
    assert table["unit_label"] == "mixed" and not warnings
    grid = cell_grid(cells)
    assert grid[("Eigen personeel", "Begroting 2023 fte")] == "1.842,0"
    assert grid[("Inhuur externen", "Realisatie 2023 x € 1.000")] == "34.118"
    assert grid[("Inhuur externen", "Verschil %")] == "60,2%"
    assert ("Inhuur externen", "Begroting 2023 fte") not in grid
    units_of = _cell_units(cells)
    assert units_of[("Eigen personeel", "Realisatie 2023 fte")] == "count"
    assert units_of[("Eigen personeel", "Realisatie 2023 x € 1.000")] == "EUR"
    assert units_of[("Eigen personeel", "Verschil %")] == "percent"
    assert len(cells) == 16 and row_parents(cells)["Inhuur externen"] == "Totaal personele uitgaven"


def test_units_over_rows_of_more_values_than_units_head_nothing() -> None:
    """The near form: a line of units naming fewer columns than the rows print values
    ("x € 1.000   %" over rows of six): no heading of these rows, which stay unread, and
    said."""
    rows = [
        ("Eigen personeel", ("1.842,0", "168.420", "1.901,5", "176.305", "7.885", "4,7%")),
        ("Inhuur externen", ("12,0", "21.300", "14,0", "34.118", "12.818", "60,2%")),
        ("Overige personele uitgaven", ("3,0", "4.880", "3,0", "5.212", "332", "6,8%")),
    ]  # fmt: skip
    tables, cells, warnings = read_text(_apparaat(("", "", "", "", "x € 1.000", "%"), rows))
    assert (tables, cells) == ([], [])
    assert [w.reason for w in warnings] == ["3 lines look like table rows; no table read"]


def test_a_label_ending_in_a_name_holding_a_number_ends_in_no_figure() -> None:
    """A begrotingsstaat's text layer (no padding) prints an article named with a number
    glued to its letters ("9 Bestrijding COVID-19 4.120.000 3.980.500 112.000"): the
    label's last word is a name, no figure a reading left in it, so the row reads one way.
    Before, any label ending in a digit was refused, and the row and the rows under it
    were said as unread."""
    text = _begrotingsstaat(
        "Totaal 4.240.000 4.100.000 122.000",
        "8 Tegemoetkoming specifieke kosten 31.020 31.020 0",
        "9 Bestrijding COVID-19 4.120.000 3.980.500 112.000",
        "10 Apparaatsuitgaven 88.980 88.480 10.000",
    )
    _tables, cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("9 Bestrijding COVID-19", "Uitgaven")] == "3.980.500"
    assert grid[("10 Apparaatsuitgaven", "Ontvangsten")] == "10.000"
    assert not warnings


def test_a_label_ending_in_a_number_apart_from_its_name_still_reads_two_ways() -> None:
    """The near form: the number stands apart from the name ("Bestrijding 19"), bare digits
    as a value of the row prints them ("350"): a figure that may be the row's first value as
    well, and the row still reads more ways than one."""
    text = _begrotingsstaat(
        "Totaal 4.240.000 4.100.000 122.000",
        "8 Tegemoetkoming specifieke kosten 31.020 31.020 0",
        "9 Bestrijding 19 4.120.000 350 112.000",
        "10 Apparaatsuitgaven 88.980 88.480 10.000",
    )
    _tables, cells, warnings = read_text(text)
    assert not [c for c in cells if c["row_label"].startswith("9 ")]
    assert any("look like table rows" in w.reason for w in warnings)


def _staat_across(first: str, second: str) -> str:
    """A budget table a plain text layer prints one row a line under headings printed a
    line of every heading a line, over rows of fewer values (a regeling printing its stands
    alone, one without the last year), a share committed and a row of receipts."""
    return "\n".join(
        [
            "Tabel 3 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "Stand Mutatie 1e Stand 1e Mutatie Mutatie",
            "vastgestelde suppletoire suppletoire 2026 2027",
            "begroting 2025 begroting 2025 begroting 2025",
            "(1) (2) (3)=(1)+(2)",
            f"{first} 170.000 8.000 178.000 -2.500 -600",
            f"{second} 162.790 8.185 170.975 -2.650 -650",
            "Waarvan juridisch verplicht 93%",
            "Subsidies",
            "Regeling zorgbonus 1.250 -1.250 0",
            "Regeling mantelzorg 48.700 6.300 55.000 -2.000",
            "Opdrachten 12.840 -1.865 10.975 350 350",
            "Bijdrage aan medeoverheden 100.000 5.000 105.000 -1.000 -1.000",
            "Ontvangsten 5.200 14.300",
        ]
    )


def test_rows_of_fewer_values_under_a_total_above_them_go_on_under_headings_across() -> None:
    """Under headings a plain text layer prints across the page, rows of fewer values than
    columns were kept only above a total closing them; under "Uitgaven", the total printed
    above its instruments, a share committed ("Waarvan juridisch verplicht 93%") and a
    regeling printing three values ended the table, the rows after them lost. They are read
    on: the sums under "Uitgaven" place the regelingen, and what nothing places (the share,
    no column of the budget year; the receipts, no total) is left out with a warning, never
    put in the first columns."""
    _tables, cells, warnings = read_text(_staat_across("Verplichtingen", "Uitgaven"))
    # the headings' words, without the column numbers closing them
    grid = {(row, column.split(" (")[0]): text for (row, column), text in cell_grid(cells).items()}
    assert grid[("Regeling zorgbonus", "Stand 1e suppletoire begroting 2025")] == "0"
    assert grid[("Regeling mantelzorg", "Mutatie 2026")] == "-2.000"
    assert ("Regeling mantelzorg", "Mutatie 2027") not in grid
    assert grid[("Bijdrage aan medeoverheden", "Mutatie 2027")] == "-1.000"
    assert not [
        c for c in cells if c["row_label"] in ("Ontvangsten", "Waarvan juridisch verplicht")
    ]
    assert any("Ontvangsten" in str(w) for w in warnings)


def test_rows_of_fewer_values_under_no_total_still_end_the_rows_under_headings_across() -> None:
    """The near form: over the same rows, full rows whose labels name no total ("Budget
    noord", "Budget zuid") tell no sums: the first row of fewer values ends the table, as
    before."""
    _tables, cells, _warnings = read_text(_staat_across("Budget noord", "Budget zuid"))
    assert {c["row_label"] for c in cells} == {"Budget noord", "Budget zuid"}


def _mutations(*rows: str) -> str:
    """A suppletoire's main mutations printed without layout, one space apart, under a
    heading opened by a code's and the labels' own heading ("Art. Omschrijving"), dot
    thousands throughout; ``rows`` between the stand and the total."""
    return "\n".join(
        [
            "Tabel 2 Belangrijkste mutaties (bedragen x € 1.000)",
            "Art. Omschrijving Verplichtingen Uitgaven Ontvangsten",
            "Stand ontwerpbegroting 2022 21.405.300 21.398.120 1.204.500",
            *rows,
            "Stand 1e suppletoire begroting 2022 21.814.670 21.579.340 1.318.600",
        ]
    )


def test_labels_ending_in_numbers_under_a_heading_opened_by_the_labels_heading() -> None:
    """The labels' own heading ("Omschrijving") heads no values: the words after it do, so
    a row prints three values, and a figure more before them, one space after a word or
    an abbreviation ("Regio 3", "art. 12", "2022"), is its label's, never joined to a
    small value into space thousands in a table printing dot thousands ("3 850"). Read
    with "Omschrijving" as a column, each label's number was a value under it; the
    rows from "Regio 3 850" on were lost."""
    text = _mutations(
        "1 Bestrijding COVID-19 4.120.000 3.980.500 112.000",
        "2 Zorgbonus Fase 2 412.000 412.000 0",
        "3 Acute zorg pilot Regio 3 850 850 0",
        "4 Overboeking naar art. 12 –4.500 –4.500 0",
        "6 Kasschuif naar 2023 0 –215.000 0",
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert {column for _row, column in grid} == {"Verplichtingen", "Uitgaven", "Ontvangsten"}
    assert grid[("Stand ontwerpbegroting 2022", "Uitgaven")] == "21.398.120"
    assert grid[("3 Acute zorg pilot Regio 3", "Verplichtingen")] == "850"
    assert grid[("4 Overboeking naar art. 12", "Uitgaven")] == "–4.500"
    assert grid[("6 Kasschuif naar 2023", "Uitgaven")] == "–215.000"
    assert grid[("Stand 1e suppletoire begroting 2022", "Ontvangsten")] == "1.318.600"
    # the same under "Omschrijving Beginsaldo ...": four values told, "2" the label's
    row = "Bijdrage 2 3.000 600 1.300 3.300"
    _tables, cells, _warnings = read_text(_reserves(_RESERVE_HEADINGS[0], row))
    assert cell_grid(cells)[("Bijdrage 2", "Toevoegingen")] == "600"


def test_a_small_number_before_bare_values_under_no_labels_heading_stays_unread() -> None:
    """The near form: under single-spaced headings not opened by the labels' own heading
    ("Reserve Beginsaldo ..."), a bare figure among the values ("Bijdrage 2 3.000 600
    ...") leaves the small number a value as well, the heading's width maybe read wrong:
    the rows from it on are said as unread, as before."""
    row = "Bijdrage 2 3.000 600 1.300 3.300"
    heading = ("Reserve Beginsaldo Toevoegingen Onttrekkingen Eindsaldo",)
    _tables, cells, warnings = read_text(_reserves(heading, row))
    assert not [c for c in cells if c["row_label"].startswith("Bijdrage")]
    assert any("look like table rows" in w.reason for w in warnings)


def _funds(last: str) -> str:
    """Premiums and benefits per fund under headings of words, the figures aligned on the
    right under them, as a PDF's text layer prints them; ``last`` the row under the total."""
    ends = (44, 58, 72)
    return "\n".join(
        [
            "Tabel 5.1 Premies en uitkeringen per fonds (x € 1 mld)",
            "",
            printed("", ends, "Premies", "Uitkeringen", "Saldo"),
            printed("AOW-fonds", ends, "38,4", "41,2", "-2,8"),
            printed("Anw-fonds", ends, "0,5", "0,3", "0,2"),
            printed("Totaal", ends, "38,9", "41,5", "-2,6"),
            last,
            "",
            "De fondsen worden aangevuld uit de algemene middelen.",
        ]
    )


def test_placeholders_past_their_columns_edge_in_a_full_row_are_its_cells() -> None:
    """A text layer sets "n.v.t." and "..." wider than the figures they stand for, centred
    or past the column's right edge ("n.v.t." ending two places right of "38,9"): the row
    of one cell per column, each nearest its own column, was taken for the end of the
    table and lost. It is a row, its placeholders kept with no value."""
    _tables, cells, _warnings = read_text(
        _funds(printed("w.v. indexatie", (46, 58, 73), "n.v.t.", "1,1", "..."))
    )
    grid = cell_grid(cells)
    assert grid[("w.v. indexatie", "Premies")] == "n.v.t."
    assert grid[("w.v. indexatie", "Uitkeringen")] == "1,1"
    assert grid[("w.v. indexatie", "Saldo")] == "..."
    assert grid[("Totaal", "Saldo")] == "-2,6"


def test_placeholders_flush_with_their_columns_edge_still_read_as_before() -> None:
    """The near form: "n.v.t." and "..." ending where the figures above them end were
    read as the row's cells already, and the prose under the table stays out of it."""
    _tables, cells, _warnings = read_text(
        _funds(printed("w.v. indexatie", (44, 58, 72), "n.v.t.", "1,1", "..."))
    )
    grid = cell_grid(cells)
    assert grid[("w.v. indexatie", "Premies")] == "n.v.t."
    assert grid[("w.v. indexatie", "Saldo")] == "..."
    assert {c["line"] for c in cells} == {4, 5, 6, 7}


def _posts(lone: str, total: str | None) -> str:
    """Rows of whole euros under two single-spaced headings of words, one row printing one
    amount (``lone``: its other cell left empty, which the text drops without a trace),
    closed by ``total`` where one is given."""
    lines = [
        "## Incidentele posten",
        "",
        "Overzicht incidentele lasten 2024 Omschrijving Begroting Realisatie  ",
        "Verkiezingen € 48.000 € 51.312  ",
        "Omgevingswet € 275.000 € 241.860  ",
        f"Energietoeslag {lone}  ",
        "Sloop gymzaal € 180.000 € 96.450  ",
    ]
    if total is not None:
        lines.append(f"Totaal incidentele lasten {total}  ")
    return "\n".join([*lines, "", "De posten zijn toegelicht."])


def test_a_row_of_one_amount_above_a_total_is_placed_by_the_sums() -> None:
    """A row printing one amount under two headings of words ("<Post> € 612.800", its
    first cell empty), above a total filling both: the sums tell its column (here the
    second), and the rows under it are the table's. It ended the table, and the rest of
    the rows and the total were lost."""
    text = _posts("€ 612.800", "€ 503.000 € 1.002.422")
    [_table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Energietoeslag", "Realisatie")] == "€ 612.800"
    assert ("Energietoeslag", "Begroting") not in grid
    assert grid[("Totaal incidentele lasten", "Realisatie")] == "€ 1.002.422"


def test_a_row_of_one_amount_the_sums_do_not_place_is_left_out_and_said() -> None:
    """Where the total fits the amount in neither column, nothing tells its column: it is
    left out with a warning, never put in the first column."""
    text = _posts("€ 612.800", "€ 503.000 € 1.002.000")
    [_table], cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert not any(label == "Energietoeslag" for label, _column in grid)
    assert grid[("Sloop gymzaal", "Realisatie")] == "€ 96.450"
    assert any("Energietoeslag" in w.reason and "left out" in w.reason for w in warnings)


def test_a_row_of_one_amount_without_a_total_below_still_ends_the_table() -> None:
    """Near form: with no total below, no sum tells the amount's column: the rows above it
    are the table, as before."""
    [_table], cells, _warnings = read_text(_posts("€ 612.800", None))
    assert {label for label, _column in cell_grid(cells)} == {"Verkiezingen", "Omgevingswet"}


def _ratios(cell: str) -> str:
    """Financial ratios per year in percent under single-spaced headings of words and years
    opened by a corner of several words, each label opening with the ratio's code ("1a",
    "2"); the third row prints ``cell`` in its third year."""
    return "\n".join(
        [
            "## Kengetallen",
            "",
            "Verloop van de ratio's Rekening 2023 Begroting 2024 Begroting 2025 Raming 2026",
            "1a Schuldquote 64% 70% 75% 79%",
            "1b Schuldquote gecorrigeerd 60% 66% 71% 74%",
            f"2 Grondexploitatie 5% 4% {cell} 2%",
            "3 Solvabiliteit 29% 27% 25% 24%",
            "",
            "De ratio's blijven binnen de normen.",
        ]
    )


def test_a_word_printed_instead_of_a_figure_is_one_cell_of_a_single_spaced_row() -> None:
    """A row printing "n.v.t." in one year under single-spaced headings of words: a word
    no figure joins and no minus, one cell as a figure is, so the row reads one way. Before,
    only rows of figures counted so, and the row and the rows under it were lost."""
    _tables, cells, warnings = read_text(_ratios("n.v.t."))
    grid = cell_grid(cells)
    assert grid[("2 Grondexploitatie", "Begroting 2025")] == "n.v.t."
    assert grid[("2 Grondexploitatie", "Raming 2026")] == "2%"
    assert grid[("3 Solvabiliteit", "Rekening 2023")] == "29%"
    assert not warnings


def test_a_lone_dash_in_a_single_spaced_row_still_reads_more_ways_than_one() -> None:
    """The near form: a lone dash there may be a nil cell or the minus of the figure after
    it: the row still reads more ways than one, and the rows from it on are said as
    unread, as before."""
    _tables, cells, warnings = read_text(_ratios("-"))
    assert {c["row_label"] for c in cells} == {"1a Schuldquote", "1b Schuldquote gecorrigeerd"}
    assert any("look like table rows" in w.reason for w in warnings)


def _capacity(heading: str) -> str:
    """A municipality's resistance ratio one row per line, single-spaced throughout (a
    converter printing a table one row a line): ``heading`` over two amounts whose labels
    say their unit and a ratio, one value each."""
    return "\n".join(
        [
            "## Weerstandsvermogen",
            "",
            "De ratio volgt uit de beschikbare en de benodigde capaciteit.",
            "",
            heading,
            "Beschikbare capaciteit (x € 1.000) 52.140",
            "Benodigde capaciteit (x € 1.000) 31.300",
            "Ratio weerstandsvermogen 1,7",
            "",
            "Met deze ratio is het vermogen voldoende.",
        ]
    )


def test_a_single_spaced_name_and_period_heads_rows_of_one_value() -> None:
    """A single-spaced heading of a table's name and the one period its value column
    stands for ("<Naam> 31-12-2025"), over rows of one value each one space after their
    labels: the period heads the column, the name is the corner. Single-spaced headings
    were read over two columns or more only, and the rows were said as unread."""
    tables, cells, _warnings = read_text(_capacity("Weerstandscapaciteit 31-12-2025"))
    assert [t["unit_label"] for t in tables] == ["mixed"]
    grid = cell_grid(cells)
    assert grid[("Beschikbare capaciteit (x € 1.000)", "31-12-2025")] == "52.140"
    assert grid[("Ratio weerstandsvermogen", "31-12-2025")] == "1,7"


def test_a_sentence_ending_in_a_date_over_rows_of_one_value_heads_nothing() -> None:
    """The near form: a line of prose ending in a date ("De ratio is berekend per
    31-12-2025"), more words than a corner prints, heads no column: the rows under it are
    said as unread, as before."""
    _tables, cells, warnings = read_text(_capacity("De ratio is berekend per 31-12-2025"))
    assert not cells
    assert any("look like table rows" in w.reason for w in warnings)
