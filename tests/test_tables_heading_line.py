"""Tests of reading one column heading line (``tables_heading_line``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from table_texts import cell_grid, printed, read_text, row_parents

from budgetkit.extract import tables_heading_line

_HEADING_WORDS = ["Realisatie", "Begroting", "Verschil", "Totaal", "Stand", "2023", "2024", "2025"]


@given(
    st.lists(st.sampled_from([*_HEADING_WORDS, "x", "€", "1.000", "in", "31", "december", "Q1"]))
    .filter(bool)
    .map(" ".join)
)
def test_a_line_that_is_its_own_fold_reads_the_same_without_paddings(line: str) -> None:
    """A line of words single spaces apart from the margin ("Realisatie 2024 Begroting
    2025") has no padding to part its headings: the row reader skips that reading for it,
    and must read it as when it tries it."""
    read = tables_heading_line.split_heading
    assert read(line, padded=False) == read(line)


def test_worded_headings_need_two_periods() -> None:
    """Headings of words each ending in a period need two periods, a year's four digits each
    or a total: a line with fewer is no such heading line (told by counting its digits
    before it is read), one with them is read as before, a total among them too."""

    def worded(line: str) -> tuple[str, list[tuple[str, int]]] | None:
        tokens = [(m.group(), m.start() + 1) for m in tables_heading_line.TOKEN.finditer(line)]
        return tables_heading_line._worded_heading(line, tokens)

    assert worded("Realisatie 2024 Begroting 2025") == (
        "",
        [("Realisatie 2024", 1), ("Begroting 2025", 17)],
    )
    assert worded("Stand Totaal Begroting 2025") == (
        "",
        [("Stand Totaal", 1), ("Begroting 2025", 14)],
    )
    assert worded("De uitgaven stijgen in 2025") is None


@pytest.mark.parametrize("periods", [["Q1 2025", "Q2 2025", "Q3 2025"], ["2023", "2024", "2025"]])
def test_a_total_before_the_year_ending_a_heading_line_heads_one_column(
    periods: list[str],
) -> None:
    """A heading line ending in the year's total ("Q3 2025   Totaal 2025", "2025   Totaal
    2025"): the total and its year, one space apart, head one column (read as two, the line
    headed a column more than the rows print: the total's values lost, or the page failed)."""
    heading = " " * 28 + "".join(p.rjust(11) for p in periods) + "Totaal 2025".rjust(14)
    rows = [
        ("Leerlingenvervoer", ["310", "325", "340", "975"]),
        ("Onderwijshuisvesting", ["1.120", "1.085", "1.210", "3.415"]),
        ("Totaal", ["1.430", "1.410", "1.550", "4.390"]),
    ]
    lines = [
        "Tabel 6 Lasten onderwijs (bedragen x € 1.000)",
        "",
        heading,
        *(
            label.ljust(28) + "".join(v.rjust(11) for v in values[:3]) + values[3].rjust(14)
            for label, values in rows
        ),
    ]
    [table], cells, warnings = read_text("\n".join(lines))
    grid = cell_grid(cells)
    assert table["column_count"] == 4 and not warnings
    assert grid[("Onderwijshuisvesting", "Totaal 2025")] == "3.415"
    assert grid[("Totaal", periods[2])] == "1.550"
    assert grid[("Leerlingenvervoer", periods[0])] == "310"


def test_a_total_before_a_year_printed_twice_heads_one_column() -> None:
    """A heading line that prints one year twice ("2024   Totaal   2024", a two-line heading
    "Totaal" over "2024" put on one line) over rows of one value fewer: the total and the
    year after it are one column, "Totaal 2024", for two columns are never named alike (the
    rows were left out with a warning: their values stood under headings past the table's
    columns; before that, extraction stopped on an IndexError)."""
    years = "".join(y.rjust(10) for y in ("2021", "2022", "2023", "2024"))
    rows = [
        ("Huisvesting", ("410", "425", "440", "455"), "1.730"),
        ("Personeel", ("1.200", "1.240", "1.275", "1.310"), "5.025"),
        ("Totaal", ("1.610", "1.665", "1.715", "1.765"), "6.755"),
    ]
    text = "\n".join(
        [
            "Tabel 4 Lasten per jaar (bedragen x € 1.000)",
            "",
            " " * 30 + years + "   Totaal   2024",
            *(
                label.ljust(30) + "".join(v.rjust(10) for v in values) + total.rjust(16)
                for label, values, total in rows
            ),
        ]
    )
    _tables, cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Personeel", "2024")] == "1.310"
    assert grid[("Personeel", "Totaal 2024")] == "5.025"
    assert grid[("Totaal", "Totaal 2024")] == "6.755"
    assert len(cells) == 15 and not warnings
    assert row_parents(cells)["Huisvesting"] == "Totaal"


def test_headings_of_words_and_years_on_one_line_are_parted_by_their_padding() -> None:
    """A suppletoire's text layer prints its headings on one line, a word column between
    headings ending in a year and a year before its words: each run between two paddings
    heads a column, its words go with the year on their side ("Mutaties 1e suppletoire",
    no year; "2026 Stand"). The first reading gave no table or ran one heading over the
    padding ("Vastgestelde begroting   Mutaties   2026")."""
    text = "\n".join(
        [
            "Tabel 3 Eerste suppletoire begroting 2026 artikel 7 (bedragen x € 1.000)",
            "",
            "Omschrijving       Vastgestelde begroting 2026   Mutaties 1e suppletoire   Stand 2026",
            "Verplichtingen                         310.450                    -8.200      302.250",
            "Uitgaven                               305.900                     4.150      310.050",
            "Ontvangsten                              6.300                       700        7.000",
        ]
    )
    [table], cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Mutaties 1e suppletoire")] == "4.150"
    assert grid[("Ontvangsten", "Vastgestelde begroting 2026")] == "6.300"
    assert grid[("Verplichtingen", "Stand 2026")] == "302.250"
    assert table["column_count"] == 3 and not warnings
    assert {c["year"] for c in cells if c["column_label"].startswith("Mutaties")} == {None}
    year_first = "\n".join(
        [
            "Tabel 3 Eerste suppletoire begroting 2026 artikel 7 (bedragen x € 1.000)",
            "Omschrijving     2026 Vastgestelde   Mutaties   2026 Stand",
            "Verplichtingen         310.450        -8.200      302.250",
            "Uitgaven               305.900         4.150      310.050",
        ]
    )
    _tables, cells, _warnings = read_text(year_first)
    assert {c["column_label"] for c in cells} == {"2026 Vastgestelde", "Mutaties", "2026 Stand"}


def test_a_year_qualified_by_words_after_it_heads_its_column() -> None:
    """A municipal programme's table heads its current year's column with words after the
    year ("2024 na wijziging", "2024 primitief"), between paddings beside plain years. Read
    token by token from the line's end, the reading stopped at the qualifier's last word,
    left the years before it to the corner and headed fewer columns than the rows print:
    no table was read."""
    text = "\n".join(
        [
            "Overzicht lasten en baten programma 4 Onderwijs",
            "Bedragen x € 1.000",
            "",
            "                                   Rekening     Begroting   Begroting",
            "                                       2023  2024 na wijziging    2025       2026",
            "",
            "4.2   Onderwijshuisvesting            -6.410      -6.800      -7.050     -7.120",
            "4.3   Onderwijsbeleid                 -3.115      -3.260      -3.300     -3.310",
            "Totaal lasten                         -9.525     -10.060     -10.350    -10.430",
            "4.1   Openbaar basisonderwijs            420         400         400        400",
            "Totaal baten                             420         400         400        400",
        ]
    )
    [table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert table["column_count"] == 4 and len(cells) == 20
    assert grid[("4.2 Onderwijshuisvesting", "Rekening 2023")] == "-6.410"
    assert grid[("4.3 Onderwijsbeleid", "Begroting 2024 na wijziging")] == "-3.260"
    assert grid[("Totaal lasten", "Begroting 2025")] == "-10.350"
    assert grid[("Totaal baten", "2026")] == "400"


@pytest.mark.parametrize("gap", [" ", "     "])
def test_a_date_with_its_month_written_out_heads_one_column(gap: str) -> None:
    """A balance sheet headed "31 december 2024" and "31 december 2025", a reserves table
    "Stand per 1 januari 2026 ... Stand per 31 december 2026": each date is one column's
    heading (the day and month were words before the year, so the lines headed no table)."""
    balans = "\n".join(
        [
            "Tabel 8 Balans van het agentschap (bedragen x € 1.000)",
            "                              " + gap.join(["31 december 2024", "31 december 2025"]),
            "Vaste activa",
            "Materiële vaste activa                       18.200" + gap + "17.650",
            "Vorderingen                                   2.940" + gap + "3.315",
            "Totaal activa                                21.140" + gap + "20.965",
        ]
    )
    [table], cells, warnings = read_text(balans)
    grid = cell_grid(cells)
    assert grid[("Vorderingen", "31 december 2025")] == "3.315" and not warnings
    assert grid[("Totaal activa", "31 december 2024")] == "21.140"
    assert table["column_count"] == 2
    reserves = "\n".join(
        [
            "Tabel 5 Verloop van de reserves 2026 (bedragen x € 1.000)",
            gap.join(
                [
                    "Reserve",
                    "Stand per 1 januari 2026",
                    "Toevoeging",
                    "Onttrekking",
                    "Stand per 31 december 2026",
                ]
            ),
            gap.join(["Algemene reserve", "12.600", "1.100", "2.300", "11.400"]),
            gap.join(["Reserve grondexploitatie", "4.800", "650", "1.450", "4.000"]),
            gap.join(["Totaal", "17.400", "1.750", "3.750", "15.400"]),
        ]
    )
    _tables, cells, warnings = read_text(reserves)
    grid = cell_grid(cells)
    assert grid[("Algemene reserve", "Stand per 1 januari 2026")] == "12.600"
    assert grid[("Reserve grondexploitatie", "Onttrekking")] == "1.450"
    assert grid[("Totaal", "Stand per 31 december 2026")] == "15.400" and not warnings


@pytest.mark.parametrize(
    "quarters",
    [
        ["Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025"],
        ["K1 2025", "K2 2025", "K3 2025", "K4 2025"],
        ["1e kwartaal 2025", "2e kwartaal 2025", "3e kwartaal 2025", "4e kwartaal 2025"],
        ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"],
    ],
)
def test_a_quarter_heads_one_column(quarters: list[str]) -> None:
    """A quarterly report headed "Q1 2025 ... Q4 2025" ("K1 2025", "1e kwartaal 2025",
    "2025-Q1"): each quarter with its year is one column's heading, as a date with its month
    written out is (the quarter was a word before a year: the line headed no table)."""
    width = max(len(q) for q in quarters) + 3
    heading = " " * 30 + "".join(q.rjust(width) for q in quarters) + "Totaal".rjust(10)
    rows = [
        ("Wmo-voorzieningen", ["2.310", "2.280", "2.405", "2.515", "9.510"]),
        ("Beschermd wonen", ["1.140", "1.175", "1.160", "1.225", "4.700"]),
        ("Totaal", ["3.450", "3.455", "3.565", "3.740", "14.210"]),
    ]
    lines = [
        "Tabel 3 Uitgaven sociaal domein per kwartaal (bedragen x € 1.000)",
        "",
        heading,
        *(
            label.ljust(30) + "".join(v.rjust(width) for v in values[:4]) + values[4].rjust(10)
            for label, values in rows
        ),
    ]
    [table], cells, warnings = read_text("\n".join(lines))
    grid = cell_grid(cells)
    assert table["column_count"] == 5 and not warnings
    assert grid[("Beschermd wonen", quarters[2])] == "1.160"
    assert grid[("Wmo-voorzieningen", quarters[0])] == "2.310"
    assert grid[("Totaal", "Totaal")] == "14.210"
    assert row_parents(cells)["Beschermd wonen"] == "Totaal"


def test_a_date_with_its_month_abbreviated_heads_one_column() -> None:
    """ "31 dec. 2024   31 dec. 2025" over a balance sheet's columns: each abbreviated date
    is one column's heading, as the written-out month is (the lines headed no table)."""
    text = "\n".join(
        [
            "Tabel 11 Balans van het agentschap (bedragen x € 1.000)",
            "",
            "                                     31 dec. 2024        31 dec. 2025",
            "Vaste activa                               16.250              15.100",
            "Vlottende activa                            3.420               4.010",
            "Totaal activa                              19.670              19.110",
        ]
    )
    _tables, cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Vlottende activa", "31 dec. 2025")] == "4.010" and not warnings
    assert grid[("Totaal activa", "31 dec. 2024")] == "19.670"


def test_column_headings_of_words_each_ending_in_a_year_on_one_line() -> None:
    """A jaarverslag's headings printed on one line, "Realisatie 2021 Vastgestelde begroting
    2022 Verschil 2022": one column per year, headed by the words since the year before."""
    text = "\n".join(
        [
            "Tabel 2 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "",
            "Realisatie 2021 Vastgestelde begroting 2022 Verschil 2022",
            "Verplichtingen 1.234 2.345 -1.111",
            "Uitgaven 1.111 2.222 -1.111",
        ]
    )
    tables, cells, warnings = read_text(text)
    assert [t["unit_label"] for t in tables] == ["x € 1.000"] and not warnings
    assert cell_grid(cells) == {
        ("Verplichtingen", "Realisatie 2021"): "1.234",
        ("Verplichtingen", "Vastgestelde begroting 2022"): "2.345",
        ("Verplichtingen", "Verschil 2022"): "-1.111",
        ("Uitgaven", "Realisatie 2021"): "1.111",
        ("Uitgaven", "Vastgestelde begroting 2022"): "2.222",
        ("Uitgaven", "Verschil 2022"): "-1.111",
    }
    assert {c["year"] for c in cells} == {2021, 2022}


@pytest.mark.parametrize("gap", [" ", "   "])
def test_headings_ending_in_years_then_a_word_column(gap: str) -> None:
    """A jaarverslag's table printed by a text layer: "Begroting 2024 Realisatie 2024
    Verschil", words ending in a year and then a column of a word, one space or a column's
    padding apart. It was no heading (the rows were said as unread)."""
    heading = gap.join(["Begroting 2024", "Realisatie 2024", "Verschil"])
    text = "\n".join(
        [
            "Tabel 4 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            heading,
            gap.join(["Uitgaven", "118.200", "117.000", "- 1.200"]),
            gap.join(["Subsidies", "80.000", "79.000", "- 1.000"]),
            gap.join(["Opdrachten", "38.200", "38.000", "- 200"]),
        ]
    )
    _tables, cells, warnings = read_text(text)
    assert not warnings
    grid = cell_grid(cells)
    assert grid[("Subsidies", "Verschil")] == "- 1.000"
    assert grid[("Opdrachten", "Begroting 2024")] == "38.200"


@pytest.mark.parametrize(
    ("last", "label"),
    [
        ("Struc.", "Struc."),  # a column of a word after the years: the structural amount
        ("Structureel", "Structureel"),
        ("2029 e.v.", "2029 e.v."),  # a year and the later ones: one column, not two
    ],
)
@pytest.mark.parametrize("blank", ["", "\n"])
def test_a_row_per_line_heading_whose_last_column_is_a_word(
    last: str, label: str, blank: str
) -> None:
    """A letter's table of measures prints the years, then a column headed by a word
    ("2027 2028 Struc.") or the last year and those after it ("2029 e.v."). Its rows are read
    under the right headings, and the last column is not shifted onto the years."""
    text = "\n".join(
        [
            "Tabel 2.1 Intensiveringen (bedragen x € 1 mln)",
            "",
            f"                                  2026    2027    2028  {last}",
            blank + "Versterking sociale zekerheid      150     200     250     300",
            "Extra middelen jeugdzorg           300     300     200     100",
            "Totaal intensiveringen             450     500     450     400",
            "",
            "Het kabinet trekt dit geld uit vanaf 2026.",
        ]
    )
    tables, cells, warnings = read_text(text)
    assert [t["unit_label"] for t in tables] == ["x € 1 mln"] and not warnings
    grid = cell_grid(cells)
    assert grid[("Versterking sociale zekerheid", "2026")] == "150"
    assert grid[("Versterking sociale zekerheid", label)] == "300"
    assert grid[("Totaal intensiveringen", label)] == "400"
    assert row_parents(cells)["Extra middelen jeugdzorg"] == "Totaal intensiveringen"
    assert {c["year"] for c in cells if c["column_label"] == label} == (
        {2029} if label[0].isdigit() else {None}
    )


@pytest.mark.parametrize("minus", ["–", "-"])
def test_column_numbers_with_a_spaced_sum_head_the_columns(minus: str) -> None:
    """An agentschap's staat van baten en lasten numbers its columns under headings of words
    over several lines, the last one's sum printed with spaces ("(1)   (2)   (3) = (2) – (1)"):
    each number between paddings heads its column, the words above it join it. Read token by
    token, the sum's signs stood between numbers and the line headed nothing: no table."""
    widths = (34, 14, 14, 26)

    def line(*cells: str) -> str:
        return "".join(
            c.rjust(w) if k else c.ljust(w)
            for k, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    text = "\n".join(
        [
            "Tabel 2 Staat van baten en lasten agentschap 2025 (bedragen x € 1.000)",
            "",
            line("", "Vastgestelde", "", "Verschil"),
            line("", "begroting", "Realisatie", "realisatie en begroting"),
            line("", "(1)", "(2)", f"(3) = (2) {minus} (1)"),
            "",
            "Baten",
            line("Opbrengst moederdepartement", "98.400", "101.250", "2.850"),
            line("Opbrengst derden", "4.100", "3.870", "– 230"),
            line("Totaal baten", "102.500", "105.120", "2.620"),
            "Lasten",
            line("Personele kosten", "61.300", "63.010", "1.710"),
            line("Materiële kosten", "41.200", "41.950", "750"),
            line("Totaal lasten", "102.500", "104.960", "2.460"),
            line("Saldo van baten en lasten", "0", "160", "160"),
        ]
    )
    [table], cells, warnings = read_text(text)
    grid = cell_grid(cells)
    difference = f"Verschil realisatie en begroting (3) = (2) {minus} (1)"
    assert grid[("Opbrengst derden", difference)] == "– 230"
    assert grid[("Personele kosten", "Vastgestelde begroting (1)")] == "61.300"
    assert grid[("Saldo van baten en lasten", "Realisatie (2)")] == "160"
    assert len(cells) == 21 and table["unit_label"] == "x € 1.000" and not warnings
    assert row_parents(cells)["Materiële kosten"] == "Lasten"


def test_a_corner_heading_apart_by_padding_is_no_part_of_the_first_column() -> None:
    """A waterschap prints its labels' heading at the margin and its column headings of
    words each ending in a year one space apart ("Programma      Realisatie 2023 Begroting
    2024 Begroting 2025"): the words apart from the first heading's by a column's padding
    head the labels, the corner; the first column was "Programma      Realisatie 2023"."""
    text = "\n".join(
        [
            "Tabel 2 Lasten per programma (x € 1.000)",
            "",
            "Programma".ljust(42) + "Realisatie 2023 Begroting 2024 Begroting 2025",
            "Watersysteem".ljust(42) + "38.120".rjust(15) + "40.200".rjust(15) + "42.750".rjust(15),
            "Waterketen".ljust(42) + "29.400".rjust(15) + "30.810".rjust(15) + "31.960".rjust(15),
            "Totaal".ljust(42) + "67.520".rjust(15) + "71.010".rjust(15) + "74.710".rjust(15),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Watersysteem", "Realisatie 2023")] == "38.120"
    assert grid[("Totaal", "Begroting 2025")] == "74.710"
    assert {c["column_label"] for c in cells} == {
        "Realisatie 2023",
        "Begroting 2024",
        "Begroting 2025",
    }


def test_bare_years_after_headings_of_words_each_ending_in_a_year() -> None:
    """A municipal "Wat mag het kosten?" heading on one line, the accounts and budget years
    headed by words and the later years of the multi-year estimate bare ("Bedragen x € 1.000
    Jaarrekening 2023 Begroting 2024 Begroting 2025 2026 2027 2028"): the corner opens the
    line, so the words before the first bare year head its column with it, and every year
    heads one column (read as the years ending the line alone, the words of the first three
    were the corner, four columns over rows of six values, and no table was read)."""
    text = "\n".join(
        [
            "Programma 4 Onderwijs",
            "",
            "Bedragen x € 1.000 Jaarrekening 2023 Begroting 2024 Begroting 2025 2026 2027 2028",
            "Lasten",
            "4.2 Onderwijshuisvesting 9.412 9.870 10.230 10.115 10.040 9.980",
            "4.3 Onderwijsbeleid en leerlingzaken 6.218 6.540 6.712 6.700 6.690 6.690",
            "Totaal lasten 15.630 16.410 16.942 16.815 16.730 16.670",
        ]
    )
    [table], cells, warnings = read_text(text)
    assert not warnings and table["unit_label"] == "x € 1.000"
    grid = cell_grid(cells)
    assert [c["column_label"] for c in cells[:6]] == [
        "Jaarrekening 2023",
        "Begroting 2024",
        "Begroting 2025",
        "2026",
        "2027",
        "2028",
    ]
    assert grid[("4.2 Onderwijshuisvesting", "Begroting 2025")] == "10.230"
    assert grid[("Totaal lasten", "2028")] == "16.670"
    assert row_parents(cells)["4.3 Onderwijsbeleid en leerlingzaken"] == "Lasten"


def test_the_labels_heading_before_a_heading_printed_again_is_the_corner() -> None:
    """Headings of words each ending in a year, one space apart from the labels' heading
    at the margin ("Indicator Realisatie 2023 Begroting 2024 Realisatie 2024"): where the
    first heading ends in the words of a later one, those words head a column of their own
    and the words before them are the corner (read as one heading, the first column was
    "Indicator Realisatie 2023"). Words that no later heading repeats stay in the first
    ("Stand begroting 2024 Mutatie begroting 2024": no corner)."""
    read = tables_heading_line.split_heading
    assert read("Indicator Realisatie 2023 Begroting 2024 Realisatie 2024") == (
        "Indicator",
        [("Realisatie 2023", 11), ("Begroting 2024", 27), ("Realisatie 2024", 42)],
    )
    assert read("Stand begroting 2024 Mutatie begroting 2024") == (
        "",
        [("Stand begroting 2024", 1), ("Mutatie begroting 2024", 22)],
    )
    text = "\n".join(
        [
            "Tabel 7 Beleidsindicatoren",
            "Indicator Realisatie 2023 Begroting 2024 Realisatie 2024",
            "Bereik schuldhulpverlening 61% 65% 63%",
            "Uitstroom naar werk 18% 20% 21%",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells)[("Bereik schuldhulpverlening", "Realisatie 2023")] == "61%"
    assert {c["column_label"] for c in cells} == {
        "Realisatie 2023",
        "Begroting 2024",
        "Realisatie 2024",
    }


def test_an_adjective_before_a_heading_printed_again_is_no_corner() -> None:
    """An adjective inflected before the first heading's noun, that noun heading later
    columns again ("Primitieve Begroting 2024 Begroting 2025 Begroting 2026", a municipal
    budget in title case), qualifies the first heading: it was taken for the labels' heading
    (the corner) and the first column read "Begroting 2024"."""
    read = tables_heading_line.split_heading
    assert read("Primitieve Begroting 2024 Begroting 2025 Begroting 2026") == (
        "",
        [("Primitieve Begroting 2024", 1), ("Begroting 2025", 27), ("Begroting 2026", 42)],
    )
    assert read("Vastgestelde Rekening 2023 Rekening 2024")[0] == ""
    # a noun before the repeat is the labels' heading, as before
    assert read("Categorie Rekening 2023 Begroting 2024 Rekening 2024")[0] == "Categorie"


def test_the_labels_heading_before_a_word_naming_every_column_s_figures_is_the_corner() -> None:
    """A municipal begroting's headings of words each ending in a year, one space apart from
    the labels' heading ("Taakveld Rekening 2022 Begroting 2023 Begroting 2024 Raming
    2025"): every later heading opens with a capitalised word naming a period's figures, and
    the first heading holds one after words naming none, so those words head the labels
    (read as one heading, the first column was "Taakveld Rekening 2022"). An adjective before
    the word qualifies it ("Primitieve Begroting 2024"), and a heading opening with another
    word leaves the line as read ("Stand Voorjaarsnota 2024 Mutatie 2024")."""
    read = tables_heading_line.split_heading
    assert read("Taakveld Rekening 2022 Begroting 2023 Begroting 2024 Raming 2025") == (
        "Taakveld",
        [
            ("Rekening 2022", 10),
            ("Begroting 2023", 24),
            ("Begroting 2024", 39),
            ("Raming 2025", 54),
        ],
    )
    assert read("Primitieve Begroting 2024 Begroting 2025 Raming 2026")[0] == ""
    assert read("Stand Voorjaarsnota 2024 Mutatie 2024")[0] == ""
    text = "\n".join(
        [
            "Lasten per taakveld",
            "Bedragen x € 1.000",
            "Taakveld Rekening 2022 Begroting 2023 Begroting 2024 Raming 2025",
            "0.1 Bestuur -3.210 -3.405 -3.550 -3.560",
            "0.2 Burgerzaken -1.120 -1.180 -1.215 -1.215",
            "0.4 Overhead -14.800 -15.320 -15.990 -16.040",
            "Totaal lasten -19.130 -19.905 -20.755 -20.815",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells)[("0.2 Burgerzaken", "Rekening 2022")] == "-1.120"
    assert {c["column_label"] for c in cells} == {
        "Rekening 2022",
        "Begroting 2023",
        "Begroting 2024",
        "Raming 2025",
    }


def test_a_word_naming_the_rows_or_their_codes_opening_the_line_is_the_corner() -> None:
    """A heading line one space apart from the labels' heading, that heading a word naming
    the rows ("Omschrijving") or their codes ("Artikel"), the first column's heading an
    adjective and its noun ("Artikel Vastgestelde begroting 2023 Realisatie 2023
    Verschil", html2text's copy of a jaarverslag's overview per article, one row a line):
    such a word heads the labels, never a column's figures. Read as one heading, the first
    column was "Artikel Vastgestelde begroting 2023"."""
    read = tables_heading_line.split_heading
    line = "Artikel Vastgestelde begroting 2024 Realisatie 2024 Verschil"
    assert read(line, padded=False) == (
        "Artikel",
        [("Vastgestelde begroting 2024", 9), ("Realisatie 2024", 37), ("Verschil", 53)],
    )
    assert read("Omschrijving Stand begroting 2024 Mutatie 2024")[0] == "Omschrijving"
    text = "\n".join(
        [
            "Tabel 2 Uitgaven per artikel (bedragen x € 1 miljoen)",
            "",
            line + "  ",
            "1 Bestuur 210,4 198,6 -11,8  ",
            "2 Veiligheid 1.104,2 1.162,0 57,8  ",
            "Totaal 1.314,6 1.360,6 46,0  ",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("1 Bestuur", "Vastgestelde begroting 2024")] == "210,4"
    assert grid[("2 Veiligheid", "Verschil")] == "57,8"


@pytest.mark.parametrize(
    "line",
    [
        # a word naming no rows before the first heading's words
        "Stand begroting 2024 Mutatie begroting 2024",
        # an adjective before the first heading's noun, no word naming the rows
        "Primitieve begroting 2024 Realisatie 2024",
        # in lower case, no heading opens
        "artikel vastgestelde begroting 2024 Realisatie 2024",
    ],
)
def test_a_line_opening_with_no_rows_word_keeps_its_first_heading(line: str) -> None:
    """The near forms: the first heading keeps its words, no corner, as before."""
    assert tables_heading_line.split_heading(line)[0] == ""


def test_words_set_in_from_the_margin_before_the_first_year_head_its_column() -> None:
    """The last line of a heading over two lines ("Begroting na" / "wijziging 2024" over the
    first column, "Jaarrekening" / "2024" over the second) prints words set in from the
    margin one space before the first year: that column's heading, not the labels' corner
    (which stands at the margin). Read as the corner, its column's run started right of
    the figures under it, and a row printing only that column's value was left out."""
    line = " " * 56 + "wijziging 2024" + " " * 8 + "2024"
    assert tables_heading_line.split_heading(line) == ("", [("wijziging 2024", 57), ("2024", 79)])
    text = "\n".join(
        [
            "Overzicht incidentele lasten (bedragen x € 1.000)",
            "",
            "Omschrijving" + " " * 44 + "Begroting na" + " " * 2 + "Jaarrekening",
            line,
            "Herinrichting stationsplein".ljust(60) + "2.400".rjust(10) + "2.150".rjust(12),
            "Tijdelijke huisvesting".ljust(60) + "1.100".rjust(10) + "1.320".rjust(12),
            "Herstel kademuren".ljust(60) + "800".rjust(10),
            "Totaal".ljust(60) + "4.300".rjust(10) + "3.470".rjust(12),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert ("Herstel kademuren", "800") in {(c["row_label"], c["value_text"]) for c in cells}


@pytest.mark.parametrize(
    ("line", "corner"),
    [
        ("Omschrijving 2023 2024", "Omschrijving"),  # the corner at the margin
        ("    Omschrijving" + " " * 20 + "2023" + " " * 6 + "2024", "Omschrijving"),  # padded
    ],
)
def test_a_corner_at_the_margin_or_padded_from_the_first_year_stays_the_corner(
    line: str, corner: str
) -> None:
    """The near forms: the labels' heading at the margin, one space before the years, or set
    in but apart from the first year by a column's padding, is the corner."""
    split = tables_heading_line.split_heading(line)
    assert split is not None and split[0] == corner


def _share_table(headings: list[str]) -> str:
    """A municipal -layout table in thousands of euros whose last column is each row's
    share in percent, its heading closing with that unit in brackets (``headings``: the
    heading lines, each as printed)."""

    def row(label: str, *values: str) -> str:
        return label.ljust(36) + "".join(v.rjust(13) for v in values)

    return "\n".join(
        [
            "Tabel 2.4 Lasten per taakveld (bedragen x € 1.000)",
            *headings,
            row("Bestuur en ondersteuning", "12.410", "13.020", "13.650", "22,5"),
            row("Veiligheid", "6.230", "6.480", "6.910", "11,4"),
            row("Sociaal domein", "38.005", "39.870", "40.102", "66,1"),
            row("Totaal lasten", "56.645", "59.370", "60.662", "100,0"),
        ]
    )


@pytest.mark.parametrize(
    ("headings", "share"),
    [
        (  # words over the years, the share's year closing with its unit
            [
                " " * 36 + "".join(w.rjust(13) for w in ("Rekening", "Begroting", "Begroting")),
                " " * 36 + "".join(w.rjust(13) for w in ("2023", "2024", "2025", "2025 (%)")),
            ],
            "2025 (%)",
        ),
        (  # one line, a word heading the share
            ["Taakveld".ljust(36) + "".join(w.rjust(13) for w in ("2023", "2024", "2025"))
             + "Deel (in %)".rjust(13)],
            "Deel (in %)",
        ),
    ],
)  # fmt: skip
def test_a_heading_closing_with_its_columns_unit_in_brackets_heads_its_column(
    headings: list[str], share: str
) -> None:
    """A heading line whose last heading closes with its column's unit in brackets, one
    space after its year or word ("2023   2024   2025   2025 (%)", "Deel (in %)"): the
    unit is that heading's, as a heading over several lines prints it on its own line.
    Before, the bracket ended no heading, the line was no heading line and no table was
    read (every cell lost)."""
    _tables, cells, _warnings = read_text(_share_table(headings))
    grid = cell_grid(cells)
    assert len(cells) == 16
    shares = {label: text for (label, column), text in grid.items() if column.endswith(share)}
    assert shares["Sociaal domein"] == "66,1" and shares["Totaal lasten"] == "100,0"
    assert grid[("Veiligheid", "2024" if len(headings) == 1 else "Begroting 2024")] == "6.480"
    assert row_parents(cells)["Veiligheid"] == "Totaal lasten"


@pytest.mark.parametrize(
    "line",
    [
        "Omschrijving" + " " * 20 + "2023" + " " * 8 + "2024" + " " * 8 + "(x € 1.000)",
        "Het aandeel van de taakvelden groeit in 2025 (%)",
        "Omschrijving" + " " * 20 + "2023" + " " * 8 + "2024 (vervolg)",
    ],
)
def test_a_bracket_no_columns_unit_or_set_apart_heads_no_column(line: str) -> None:
    """The near forms: a unit in brackets apart from the last heading by a column's padding
    is the table's unit, no column's heading; prose ending in a year and a unit, and a
    bracket after a year that says no unit, make no heading line."""
    assert tables_heading_line.split_heading(line) is None


def _numbered_table(*headings: str) -> str:
    """A table of made-up figures under ``headings``, its columns ending where they do."""

    def row(label: str, *values: str) -> str:
        return label.ljust(34) + "".join(v.rjust(w) for v, w in zip(values, _WIDTHS, strict=True))

    return "\n".join(
        [
            "Tabel 5 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "",
            *headings,
            row("Verplichtingen", "120.400", "2.000", "-3.100", "119.300", "-500", "700"),
            row("Uitgaven", "118.250", "2.000", "-640", "119.610", "150", "700"),
            "  Subsidies",
            row("    Voorbeeldregeling", "14.300", "0", "-1.200", "13.100", "-400", "0"),
            row("Ontvangsten", "900", "0", "1.480", "2.380", "0", "0"),
        ]
    )


#: Each column's width, its heading and figures ending at its right edge.
_WIDTHS = (16, 10, 15, 20, 9, 9)


def _ended(*texts: str) -> str:
    """A heading line: each text ending where its column's figures end ("" for none)."""
    return " " * 34 + "".join(t.rjust(w) for t, w in zip(texts, _WIDTHS, strict=True))


def test_a_last_heading_line_numbering_its_columns_after_their_words_heads_them() -> None:
    """Stacked column headings whose last line closes each column with its number, one
    space after its last word or year ("2025 (1)   (2)   begroting (3)   (4)=(1)+(2)+(3)
    2026"), the years after them unnumbered: that line heads the columns, the lines above
    joined to it. Before, a number after a word ended no heading run, the line was no
    heading line and no table was read (every cell lost)."""
    text = _numbered_table(
        _ended("Stand", "Mutaties", "Mutaties 1e", "Stand 1e", "", "Mutaties"),
        _ended("ontwerpbegroting", "NvW", "suppletoire", "suppletoire", "", ""),
        _ended("2025 (1)", "(2)", "begroting (3)", "(4)=(1)+(2)+(3)", "2026", "2027"),
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert len(cells) == 24
    assert grid[("Verplichtingen", "Stand ontwerpbegroting 2025 (1)")] == "120.400"
    assert grid[("Uitgaven", "Mutaties NvW (2)")] == "2.000"
    assert grid[("Uitgaven", "Mutaties 1e suppletoire begroting (3)")] == "-640"
    assert grid[("Ontvangsten", "Stand 1e suppletoire (4)=(1)+(2)+(3)")] == "2.380"
    assert row_parents(cells)["Voorbeeldregeling"] == "Subsidies"


@pytest.mark.parametrize(
    "texts",
    [
        # a middle line: runs of words closed by neither a number nor a year go on below
        ("vastgestelde", "2025 (2)", "oorspronkelijk", "vastgestelde", "", "2024"),
        # a last line of some columns only: the numbers it skips close headings above
        ("begroting 2025 (1)", "", "begroting (3)=(2)-(1)", "", "", ""),
    ],
)
def test_a_line_numbering_some_columns_only_heads_none(texts: tuple[str, ...]) -> None:
    """The near forms: a line of top-aligned stacked headings that numbers some of its
    runs but leaves a run of words unnumbered, or skips a number, is a middle or partial
    line of the headings, no heading line of its own (the line numbering every run, in
    turn, is: above)."""
    assert tables_heading_line.split_heading(_ended(*texts)) is None


def _three_years(line: str) -> str:
    """A table of made-up figures under one heading line of three years, each column
    ending where its heading's year ends."""
    width = (len(line) - 40) // 3

    def row(label: str, *values: str) -> str:
        return label.ljust(40) + "".join(v.rjust(width) for v in values)

    return "\n".join(
        [
            "Tabel 7 Meerjarenraming (bedragen x € 1.000)",
            "",
            line,
            row("Uitgaven", "11.900", "12.700", "13.200"),
            row("Ontvangsten", "300", "310", "320"),
        ]
    )


@pytest.mark.parametrize("marked", [0, 2])
def test_a_footnote_mark_one_space_after_a_year_closes_its_heading(marked: int) -> None:
    """A heading line of years where one year carries a mark in brackets one space after
    it ("2024 (1)   2025   2026", "2024   2025   2026 (1)"): the mark closes that year's
    heading, as a column number closes a run ("2025 (1)"), and heads no column of its own.
    Before, token by token the mark was a column's heading and every heading after the
    marked year shifted one column on (the first row's 11.900 stood under "(1)")."""
    years = ["2024", "2025", "2026"]
    years[marked] += " (1)"
    line = " " * 40 + "".join(y.rjust(14) for y in years)
    _corner, headings = tables_heading_line.split_heading(line) or ("", [])
    assert [name for name, _at in headings] == years
    grid = cell_grid(read_text(_three_years(line))[1])
    assert len(grid) == 6
    assert grid[("Uitgaven", years[0])] == "11.900"
    assert grid[("Ontvangsten", years[2])] == "320"


def test_a_last_heading_line_of_a_year_and_column_numbers_heads_the_columns() -> None:
    """A last heading line of only a year and column numbers ("2025 (1)   (2)   (3)=(1)+
    (2)") under words: the number one space after the year closes its run, so the paddings
    part the line into one heading a column. Before, token by token the line headed a
    column more than the rows print and no table was read."""
    widths = (16, 14, 18)

    def line(*texts: str) -> str:
        return " " * 34 + "".join(t.rjust(w) for t, w in zip(texts, widths, strict=True))

    def row(label: str, *values: str) -> str:
        return label.ljust(34) + "".join(v.rjust(w) for v, w in zip(values, widths, strict=True))

    text = "\n".join(
        [
            "Tabel 8 Nota van wijziging (bedragen x € 1.000)",
            "",
            line("Ontwerpbegroting", "Mutaties NvW", "Stand"),
            line("2025 (1)", "(2)", "(3)=(1)+(2)"),
            row("Verplichtingen", "120.400", "2.000", "122.400"),
            row("Uitgaven", "118.250", "-640", "117.610"),
        ]
    )
    grid = cell_grid(read_text(text)[1])
    assert len(grid) == 6
    assert grid[("Uitgaven", "Mutaties NvW (2)")] == "-640"
    assert grid[("Verplichtingen", "Stand (3)=(1)+(2)")] == "122.400"


def test_a_column_number_apart_by_padding_still_heads_its_column() -> None:
    """The near form: a number in brackets a column's padding after the last year
    ("2024   2025   2026   (4)") heads a column of its own, as before."""
    line = " " * 40 + "".join(y.rjust(14) for y in ("2024", "2025", "2026", "(4)"))
    split = tables_heading_line.split_heading(line)
    assert split is not None
    assert [name for name, _at in split[1]] == ["2024", "2025", "2026", "(4)"]


def test_a_last_heading_line_numbering_every_column_names_no_period() -> None:
    """Stacked headings whose last line closes every column with its number and names no
    year ("begroting (1)   NvW (2)   suppletoire (3)   (4)=(1)+(2)+(3)"): the numbers run
    over every column, so the line is the headings' last as a line with a year is. Before,
    a line of headings had to name a period and no table was read (every cell lost)."""
    widths = (16, 10, 18, 20)

    def line(*texts: str) -> str:
        return " " * 34 + "".join(t.rjust(w) for t, w in zip(texts, widths, strict=True))

    def row(label: str, *values: str) -> str:
        return label.ljust(34) + "".join(v.rjust(w) for v, w in zip(values, widths, strict=True))

    text = "\n".join(
        [
            "Tabel 9 Suppletoire mutaties (bedragen x € 1.000)",
            "",
            line("Vastgestelde", "Mutaties", "Mutaties 1e", "Stand 1e"),
            line("begroting (1)", "NvW (2)", "suppletoire (3)", "(4)=(1)+(2)+(3)"),
            row("Verplichtingen", "120.400", "2.000", "-3.100", "119.300"),
            row("Uitgaven", "118.250", "2.000", "-640", "119.610"),
        ]
    )
    grid = cell_grid(read_text(text)[1])
    assert len(grid) == 8
    assert grid[("Uitgaven", "Mutaties 1e suppletoire (3)")] == "-640"
    assert grid[("Verplichtingen", "Stand 1e (4)=(1)+(2)+(3)")] == "119.300"


@pytest.mark.parametrize(
    "texts",
    [
        ("begroting (1)", "NvW", "suppletoire (3)", "(4)=(1)+(2)+(3)"),  # a run unnumbered
        ("begroting (1)", "NvW (2)", "suppletoire (4)", "(5)=(1)+(2)+(4)"),  # a number skipped
    ],
)
def test_a_line_of_words_numbering_some_columns_and_no_period_is_not_parted(
    texts: tuple[str, ...],
) -> None:
    """The near forms: a line naming no period that leaves a run of words unnumbered, or
    skips a number, is not parted by its paddings into one heading a column: read token
    by token as before, its words are no column's heading."""
    line = " " * 34 + "".join(t.rjust(w) for t, w in zip(texts, (16, 10, 18, 20), strict=True))
    split = tables_heading_line.split_heading(line)
    assert split is not None
    assert [name for name, _at in split[1]] == [texts[2].rsplit(" ", 1)[-1], texts[3]]


def _opened_above(top: str, last: str) -> str:
    """A baten-lastenstaat printed without layout under a heading block of two lines."""
    return "\n".join(
        [
            "Tabel 8 Begroting van baten en lasten van het agentschap (bedragen x € 1.000)",
            top,
            last,
            "Baten",
            "Omzet moederdepartement 41.250 42.100 43.500 43.800 44.000",
            "Omzet derden 1.200 1.150 1.150 1.150 1.150",
            "Totaal baten 42.450 43.250 44.650 44.950 45.150",
        ]
    )


def test_words_in_lower_case_after_the_first_year_go_on_with_a_heading_above() -> None:
    """An agentschap's table printed without layout: the top line opens the first two
    headings only ("Realisatie Vastgestelde"), the last line closes them and prints the
    later years alone ("2023 begroting 2024 2025 2026 2027"). A heading never opens in
    lower case: "begroting" goes on with "Vastgestelde" and closes with 2024, and 2023
    before it heads its column alone. Read token by token, "2023 begroting" was the
    labels' heading, five columns over rows of six values: each row's first value joined
    its label ("Omzet derden 1.200") and every column shifted a year."""
    _tables, cells, _warnings = read_text(
        _opened_above("Realisatie Vastgestelde", "2023 begroting 2024 2025 2026 2027")
    )
    assert {c["row_label"] for c in cells} == {
        "Omzet moederdepartement", "Omzet derden", "Totaal baten",
    }  # fmt: skip
    assert [c["column_label"] for c in cells if c["row_label"] == "Omzet derden"] == [
        "Realisatie 2023", "Vastgestelde begroting 2024", "2025", "2026", "2027",
    ]  # fmt: skip
    assert cell_grid(cells)[("Omzet moederdepartement", "Realisatie 2023")] == "41.250"
    assert row_parents(cells)["Omzet derden"] == "Baten"


@pytest.mark.parametrize("line", ["2023 en 2024 2025 2026", "2023 Begroting 2024 2025 2026"])
def test_a_year_before_prose_or_a_capital_does_not_head_its_column_alone(line: str) -> None:
    """The near forms: words joining a year to the next ("2023 en 2024", prose) or opening
    with a capital (a heading of its own, not the rest of one above) before a year do not
    part the first year from them: the line is read token by token as before."""
    split = tables_heading_line.split_heading(line, padded=False)
    assert split is not None
    assert split[0] == line.split(" 2024")[0]
    assert [name for name, _at in split[1]] == ["2024", "2025", "2026"]


def _qualified_year_table(heading: str) -> str:
    """A table printed one row per line whose heading line is ``heading``, four values a row."""
    return "\n".join(
        [
            "Overzicht uitgaven per hoofdstuk",
            "x € 1.000",
            heading,
            "Justitie en Veiligheid 68.420 71.250 73.810 74.020",
            "Onderwijs, Cultuur en Wetenschap 52.310 55.870 57.420 58.110",
            "Totaal 120.730 127.120 131.230 132.130",
        ]
    )


@pytest.mark.parametrize("qualifier", ["(realisatie)", "(na wijziging)", "(stand Vjn)"])
def test_words_in_brackets_after_a_year_close_that_years_heading(qualifier: str) -> None:
    """A year qualified by words in brackets one space after it ("2023 (realisatie)") is one
    column's heading, also on a line printed without paddings: a bracket closes onto what
    stands before it. Read token by token from the line's end, the bracket stopped the
    headings, left "2023 (realisatie)" to the labels' heading and glued every row's first
    value to its label ("Justitie en Veiligheid 68.420"), three columns over four values."""
    _tables, cells, _warnings = read_text(
        _qualified_year_table(f"Hoofdstuk 2023 {qualifier} 2024 2025 2026")
    )
    grid = cell_grid(cells)
    assert {c["row_label"] for c in cells} == {
        "Justitie en Veiligheid", "Onderwijs, Cultuur en Wetenschap", "Totaal",
    }  # fmt: skip
    assert grid[("Justitie en Veiligheid", f"2023 {qualifier}")] == "68.420"
    assert grid[("Totaal", "2026")] == "132.130"
    assert row_parents(cells)["Justitie en Veiligheid"] == "Totaal"


@pytest.mark.parametrize(
    ("line", "corner", "headings"),
    [
        # a unit in brackets after a year is the column's unit, not words of its heading
        ("Hoofdstuk 2023 (mln) 2024 2025", "Hoofdstuk 2023 (mln)", ["2024", "2025"]),
        # a column number in brackets heads a column of its own, as before
        ("Art. 2023 (1) 2024 (2)", "Art.", ["2023", "(1)", "2024", "(2)"]),
        # a bracket after words, not after a year, stays the corner's
        ("Hoofdstuk (realisatie) 2024 2025", "Hoofdstuk (realisatie)", ["2024", "2025"]),
    ],
)
def test_a_unit_number_or_words_in_brackets_not_after_a_year_are_read_as_before(
    line: str, corner: str, headings: list[str]
) -> None:
    """The near forms: brackets holding a unit or a column number, or words in brackets not
    one space after a year, are read token by token as before."""
    split = tables_heading_line.split_heading(line, padded=False)
    assert split is not None
    assert split[0] == corner
    assert [name for name, _at in split[1]] == headings


#: Where the columns of ``_two_heading_lines`` end (1-based): the first two one space apart
#: where the second's heading is long ("2023 2024 na wijz.").
_ENDS = (40, 54, 65, 76)


def _two_heading_lines(periods: str) -> str:
    """A table as ``pdftotext -layout`` prints it, its unit in the corner and its headings
    over two lines, the second ``periods`` (each right-aligned over its values)."""
    ends = _ENDS
    return "\n".join(
        [
            "Wat mag het kosten?",
            "",
            printed("Bedragen x € 1.000", ends, "Rekening", "Begroting", "Begroting", "Raming"),
            periods,
            printed("Verkeer en vervoer", ends, "38.412", "41.250", "43.118", "42.960"),
            printed("Vaarwegen", ends, "4.118", "4.560", "4.705", "4.705"),
            printed("Totaal lasten", ends, "42.530", "45.810", "47.823", "47.665"),
        ]
    )


def test_a_bare_period_one_space_before_a_qualified_one_heads_its_own_column() -> None:
    """The second heading line prints a bare year one space before the next column's year
    and the words qualifying it ("2023 2024 na wijz.", under "Rekening" and "Begroting",
    the columns a PDF's text layer sets close): each period heads its own column, the words
    after the last qualify it. Read as one run, the headings named a column fewer than the
    rows print and no table was read."""
    line = printed("", _ENDS, "2023", "2024 na wijz.", "2025", "2026")
    assert "2023 2024 na wijz." in line
    assert tables_heading_line.split_heading(line) == (
        "",
        [("2023", 37), ("2024 na wijz.", 42), ("2025", 62), ("2026", 73)],
    )
    [table], cells, _warnings = read_text(_two_heading_lines(line))
    assert table["unit_label"] == "x € 1.000"
    grid = cell_grid(cells)
    assert grid[("Vaarwegen", "Rekening 2023")] == "4.118"
    assert grid[("Vaarwegen", "Begroting 2024 na wijz.")] == "4.560"
    assert grid[("Totaal lasten", "Raming 2026")] == "47.665"
    assert row_parents(cells)["Vaarwegen"] == "Totaal lasten"


def test_periods_apart_by_a_padding_or_a_word_before_keep_their_headings() -> None:
    """Near forms the rule leaves alone: qualified periods each between paddings ("2023
    primitief   2024 na wijz."), a period with words before it ("Stand 2024"), a total
    before its year ("Totaal 2025") each head one column as read before."""
    read = tables_heading_line.split_heading
    line = printed("", (26, 44, 55, 66), "2023 primitief", "2024 na wijz.", "2025", "2026")
    assert read(line) == (
        "",
        [("2023 primitief", 13), ("2024 na wijz.", 32), ("2025", 52), ("2026", 63)],
    )
    assert read("Omschrijving      Stand 2024   Stand 2025      2026") == (
        "Omschrijving",
        [("Stand 2024", 19), ("Stand 2025", 32), ("2026", 48)],
    )
    assert read(" " * 26 + "2024       2025 Totaal 2025") == (
        "",
        [("2024", 27), ("2025", 38), ("Totaal 2025", 43)],
    )


def _jaarrekening(heading: str) -> str:
    """A municipal annual account's table as a text layer printing no padding sets it: one
    heading line of names and periods over four columns and a column of marks ("V/N"),
    then a group line and its rows one per line, single spaces apart."""
    return "\n".join(
        [
            "Wat heeft het gekost?",
            heading,
            "Lasten",
            "6.1 Samenkracht 8.412.300 8.905.112 8.702.455 202.657 V",
            "6.2 Toegang 12.105.000 12.640.300 12.881.904 -241.604 N",
            "Reserve Fonds N 500.000 1.250.000 1.250.000 0",
            "Totaal lasten 21.017.300 22.795.412 22.834.359 -38.947 N",
            "Toelichting op de verschillen",
        ]
    )


def test_words_in_lower_case_after_a_period_qualify_it() -> None:
    """A heading line of names each closed by a period, some periods qualified by words in
    lower case after them ("Begroting 2023 primitief", "Begroting 2023 na wijziging"),
    printed one space apart after a unit note: a heading never opens in lower case, so the
    words go on with the period before them, and the note is the corner. Read as the next
    heading's, each heading took the words of the one before, and the table was lost."""
    line = (
        "Bedragen in € Begroting 2023 primitief Begroting 2023 na wijziging Rekening 2023 Verschil"
    )
    assert tables_heading_line.split_heading(line, padded=False) == (
        "Bedragen in €",
        [
            ("Begroting 2023 primitief", 15),
            ("Begroting 2023 na wijziging", 40),
            ("Rekening 2023", 68),
            ("Verschil", 82),
        ],
    )
    _tables, cells, _warnings = read_text(_jaarrekening(f"{line} V/N"))
    grid = cell_grid(cells)
    assert grid[("6.1 Samenkracht", "Begroting 2023 primitief")] == "8.412.300"
    assert grid[("6.2 Toegang", "Begroting 2023 na wijziging")] == "12.640.300"
    assert grid[("6.2 Toegang", "Verschil")] == "-241.604"
    assert grid[("Reserve Fonds N", "Rekening 2023")] == "1.250.000"  # (a label's letter)
    assert grid[("Totaal lasten", "Verschil")] == "-38.947"
    assert row_parents(cells)["6.1 Samenkracht"] == "Lasten"


def test_words_in_lower_case_before_a_period_stay_its_heading() -> None:
    """Near forms the rule leaves alone: words in lower case right before a period are that
    period's heading ("begroting 2023"), and a line without them reads as before."""
    read = tables_heading_line.split_heading
    assert read("Rekening 2022 begroting 2023 Verschil", padded=False) == (
        "",
        [("Rekening 2022", 1), ("begroting 2023", 15), ("Verschil", 30)],
    )
    assert read("Bedragen x € 1.000 Realisatie 2022 Begroting 2023 Verschil", padded=False) == (
        "Bedragen x € 1.000",
        [("Realisatie 2022", 20), ("Begroting 2023", 36), ("Verschil", 51)],
    )


def test_the_labels_heading_before_figures_words_and_a_difference_column_is_the_corner() -> None:
    """A budget's headings one space apart from the labels' heading, the last column the
    difference of two periods ("Kostensoort Rekening JJJJ Begroting JJJJ Begroting JJJJ
    Verschil JJJJ-JJJJ"): a difference ("Verschil", "Mutatie") heads a column of its own as
    the figures' words do, so the words before the first of those head the labels (read as
    one heading, the first column was "Kostensoort Rekening 2023")."""
    read = tables_heading_line.split_heading
    line = "Kostensoort Rekening 2023 Begroting 2024 Begroting 2025 Verschil 2025-2024"
    assert read(line) == (
        "Kostensoort",
        [
            ("Rekening 2023", 13),
            ("Begroting 2024", 27),
            ("Begroting 2025", 42),
            ("Verschil 2025-2024", 57),
        ],
    )
    assert read("Taakveld Realisatie 2023 Begroting 2024 Mutatie 2024")[0] == "Taakveld"
    text = "\n".join(
        [
            "Kosten naar kostensoort (x € 1.000)",
            line,
            "Rente en afschrijvingen 58.214 61.380 64.915 3.535",
            "Personeelslasten 72.406 76.870 81.255 4.385",
            "Totaal kosten 130.620 138.250 146.170 7.920",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells)[("Personeelslasten", "Rekening 2023")] == "72.406"


@pytest.mark.parametrize(
    "line",
    [
        # an adjective before the figures' word qualifies it
        "Primitieve Begroting 2024 Begroting 2025 Verschil 2025-2024",
        # a later heading opening with a word naming no figures nor a difference
        "Kostensoort Rekening 2023 Begroting 2024 Toename 2025",
        # a difference in lower case opens no heading
        "Kostensoort Rekening 2023 verschil 2024 Begroting 2025",
    ],
)
def test_an_adjective_or_another_word_before_a_difference_column_leaves_no_corner(
    line: str,
) -> None:
    """The near forms: the first heading keeps its words, no corner, as before."""
    assert tables_heading_line.split_heading(line)[0] == ""


@pytest.mark.parametrize(
    "line",
    [
        # a dimension word opening each heading: a word of every column's heading
        "Gemeente Amsterdam 2023 Gemeente Rotterdam 2023",
        "Regio Noord 2023 Regio Zuid 2023",
        "Periode Januari 2023 Periode Februari 2023",
        # a dimension word opening the first heading only: no corner either
        "Onderdeel Stand 2023 Mutatie 2023",
        # a word naming the rows that opens a later heading too
        "Omschrijving Stand begroting 2024 Omschrijving Mutatie 2024",
    ],
)
def test_a_word_opening_a_later_heading_too_or_a_dimension_word_is_no_corner(line: str) -> None:
    """A word that opens a later heading as well is part of every heading, and a dimension
    word ("Gemeente", "Regio", "Periode", "Onderdeel") may open a column's heading: neither
    parts a corner off the first heading (it was read as the labels' heading)."""
    assert tables_heading_line.split_heading(line)[0] == ""


def test_a_word_naming_what_each_row_is_still_parts_the_corner() -> None:
    """Near form: "Regeling" opening the line alone, before the first heading's words, heads
    the labels, as before."""
    assert tables_heading_line.split_heading("Regeling Stand begroting 2024 Mutatie 2024") == (
        "Regeling",
        [("Stand begroting 2024", 10), ("Mutatie 2024", 31)],
    )


def test_a_caption_glued_before_the_corner_is_read_off_the_heading_line() -> None:
    """A caption closed by its unit note, printed before the corner and the headings on
    their line ("<naam> (bedragen x € 1.000) Taakveld Rekening JJJJ Begroting JJJJ"): the
    headings after the note are the line's, the caption and the corner its corner."""
    line = "Staat van lasten (bedragen x € 1.000) Taakveld Rekening 2023 Begroting 2024"
    assert tables_heading_line.split_heading(line, padded=False) == (
        "Staat van lasten (bedragen x € 1.000) Taakveld",
        [("Rekening 2023", 48), ("Begroting 2024", 62)],
    )


def test_a_columns_unit_after_its_period_ends_no_caption() -> None:
    """Near form: a unit in brackets right after a period is that column's ("Rekening 2023
    (x € 1.000)"), no caption's end: the line is not read from there on."""
    line = "Taakveld Rekening 2023 (x € 1.000) Begroting 2024 Begroting 2025"
    assert tables_heading_line.split_heading(line, padded=False) is None


def test_headings_each_closing_with_their_unit_head_their_columns() -> None:
    """A heading line printed without paddings whose headings each close with their
    column's unit in brackets after the period ("Omschrijving Rekening JJJJ (x € 1.000)
    Begroting JJJJ (x € 1.000)", a page printing the unit in every heading cell): each
    heading keeps its unit, and the units part no heading from its words. Read whole, the
    units' figures and signs stopped the headings, and the rows under them were no table."""
    line = "Omschrijving Rekening 2023 (x € 1.000) Begroting 2024 (x € 1.000)"
    assert tables_heading_line.split_heading(line, padded=False) == (
        "Omschrijving",
        [("Rekening 2023 (x € 1.000)", 14), ("Begroting 2024 (x € 1.000)", 40)],
    )
    text = "\n".join(
        [
            "## Netto kosten",
            "",
            f"{line} Begroting 2025 (x € 1.000)  ",
            "Watersysteembeheer 62.418 66.905 71.210  ",
            "Zuiveringsbeheer 54.102 57.840 60.915  ",
            "Totaal netto kosten 116.520 124.745 132.125  ",
        ]
    )
    [table], cells, _warnings = read_text(text)
    assert table["unit_label"] == "x € 1.000"
    assert cell_grid(cells)[("Zuiveringsbeheer", "Begroting 2025 (x € 1.000)")] == "60.915"


def test_a_unit_after_some_headings_only_is_no_line_of_units() -> None:
    """Near form: where the last heading closes with no unit, the units are not read as
    every heading's: the line is no heading line, as before."""
    line = "Omschrijving Rekening 2023 (x € 1.000) Begroting 2024 Begroting 2025"
    assert tables_heading_line.split_heading(line, padded=False) is None


def _numbered_under_unit_corner(corner: str) -> str:
    """A table whose text layer prints its headings over three lines, the last holding
    ``corner`` over the labels, then a year and its column number one space apart
    ("JJJJ (1)") and the later columns' numbers and years."""
    return "\n".join([
        "Tabel 2 Budgettaire gevolgen artikel 5 (bedragen x € 1.000)",
        "                                    Vastgestelde",
        "                                       begroting   Mutatie ISB     Stand ISB   Mutatie",
        f"{corner:<40}2024 (1)           (2)   (3)=(1)+(2)      2025",
        "   Verplichtingen                     420.300        85.000       505.300    12.000",
        "   Uitgaven                           398.150        61.500       459.650     9.000",
        "   Ontvangsten                         12.400             0        12.400     4.000",
    ])  # fmt: skip


def test_a_unit_note_set_in_over_the_labels_is_the_corner_of_numbered_headings() -> None:
    """A PDF's text layer prints the corner cell's unit note set in from the margin, as the
    labels are, on the headings' last line ("   (bedragen x € 1.000)   JJJJ (1)   (2)"):
    it is the corner, so the paddings part the line and the column number one space after
    the year closes that year's heading. Read as a heading, it left the line no reading by
    paddings, "(1)" headed a column of its own, and every value stood under the heading
    of the column before it."""
    line = "   (bedragen x € 1.000)   2024 (1)      (2)   (3)=(1)+(2)"
    assert tables_heading_line.split_heading(line) == (
        "(bedragen x € 1.000)",
        [("2024 (1)", 27), ("(2)", 41), ("(3)=(1)+(2)", 47)],
    )
    [table], cells, _warnings = read_text(_numbered_under_unit_corner("   (bedragen x € 1.000)"))
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Vastgestelde begroting 2024 (1)")] == "398.150"
    assert grid[("Uitgaven", "Mutatie ISB (2)")] == "61.500"
    assert grid[("Ontvangsten", "Mutatie 2025")] == "4.000"
    assert table["column_count"] == 4
    assert tables_heading_line._unit_alone("Bedragen x € 1 mln")
    assert not tables_heading_line._unit_alone("Bedrag (x € 1.000)")


def test_a_noun_with_its_unit_set_in_before_numbered_headings_is_no_unit_alone() -> None:
    """Near form: a run that names a noun before its unit ("Bedrag (x € 1.000)", a value
    column's heading as often as the corner's) is no unit note alone, so this rule leaves
    its line read as before."""
    line = "   Bedrag (x € 1.000)   2024 (1)      (2)   (3)=(1)+(2)"
    assert tables_heading_line.split_heading(line) == (
        "Bedrag (x € 1.000)",
        [("2024", 25), ("(1)", 30), ("(2)", 39), ("(3)=(1)+(2)", 45)],
    )


def test_a_noun_ending_in_ve_after_a_consonant_before_a_repeated_heading_is_the_corner() -> None:
    """A staat of reserves printed one row per line heads its labels "Reserve" before the
    first stand ("Reserve Saldo 1-1-JJJJ ... Saldo 31-12-JJJJ"): "Saldo" opens a later
    heading again, so the word before it heads the labels. "Reserve" ends in "ve" after a
    consonant, which no inflected adjective does (an "f" turns "v" after a vowel:
    "primitieve"), so it is no adjective qualifying "Saldo": taken for one, the corner
    named the first column ("Reserve Saldo 1-1-JJJJ")."""
    line = "Reserve Saldo 1-1-2026 Dotaties 2026 Vrijval 2026 Saldo 31-12-2026"
    assert tables_heading_line.split_heading(line, padded=False) == (
        "Reserve",
        [("Saldo 1-1-2026", 9), ("Dotaties 2026", 24), ("Vrijval 2026", 38),
         ("Saldo 31-12-2026", 51)],
    )  # fmt: skip
    text = "\n".join([
        "Bedragen x € 1.000",
        "",
        f"{line}  ",
        "Algemene reserve 12.300 800 1.400 11.700  ",
        "Reserve sociaal domein 4.100 300 700 3.700  ",
        "Totaal reserves 16.400 1.100 2.100 15.400  ",
    ])  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells)[("Algemene reserve", "Saldo 1-1-2026")] == "12.300"


def test_an_inflected_adjective_before_a_repeated_heading_still_qualifies_it() -> None:
    """Near form: an adjective inflected after a vowel ("Definitieve", "Primitieve")
    before a word a later heading opens with qualifies it: no corner, as before."""
    read = tables_heading_line.split_heading
    assert read("Definitieve Stand 1-1-2026 Mutaties 2026 Stand 31-12-2026", padded=False) == (
        "",
        [("Definitieve Stand 1-1-2026", 1), ("Mutaties 2026", 28), ("Stand 31-12-2026", 42)],
    )
    assert read("Primitieve Begroting 2024 Begroting 2024", padded=False) == (
        "",
        [("Primitieve Begroting 2024", 1), ("Begroting 2024", 27)],
    )


def test_an_adjective_in_capitals_before_a_heading_printed_again_is_no_corner() -> None:
    """A heading line printed in capitals ("PRIMITIEVE BEGROTING JJJJ BEGROTING JJJJ ..."):
    the inflected adjective qualifies the first heading as it does in title case. Its
    letters were read in lower case only, so the adjective was taken for the corner."""
    read = tables_heading_line.split_heading
    assert read("PRIMITIEVE BEGROTING 2024 BEGROTING 2025 BEGROTING 2026") == (
        "",
        [("PRIMITIEVE BEGROTING 2024", 1), ("BEGROTING 2025", 27), ("BEGROTING 2026", 42)],
    )


def test_a_noun_in_capitals_ending_in_ve_after_a_consonant_is_the_corner() -> None:
    """Near form: "RESERVE" in capitals, "ve" after a consonant, is a noun as "Reserve"
    is: the labels' heading before the heading printed again, as before."""
    read = tables_heading_line.split_heading
    assert read("RESERVE BEGROTING 2024 BEGROTING 2025 BEGROTING 2026")[0] == "RESERVE"
    assert tables_heading_line.INFLECTED.fullmatch("Onverwachte") is not None
