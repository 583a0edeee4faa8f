"""Tests of column headings a plain text layer prints across the page, a line of every
heading a line, over rows printed one per line (``tables_across_headings``)."""

from __future__ import annotations

from table_texts import cell_grid, read_text, row_parents

from budgetkit.extract.tables_across_headings import across_headings, across_line

#: Rows of eight values, a minus printed apart ("– 1.200") and figures one space apart
#: that a table printing dot thousands never joins ("500 250").
_ROWS = [
    "Verplichtingen 48.200 1.000 – 1.200 48.000 900 500 250 250",
    "Uitgaven 52.300 1.000 – 800 52.500 400 500 250 250",
    "2.1 Bereikbaarheid 30.100 0 – 1.100 29.000 – 600 – 600 0 0",
    "2.2 Veiligheid 22.200 1.000 300 23.500 1.000 1.100 250 250",
    "Ontvangsten 1.700 0 300 2.000 0 0 0 0",
]


def test_headings_printed_across_the_page_a_line_of_each_per_line() -> None:
    """The top line holds each heading's first line ("Vastgestelde Mutatie Mutaties 1e
    Stand 1e Mutatie ..."), each line below the next line of the headings still open, a
    year or a column number closing one ("(4)=(1)+(2)+(3)" the fourth's alone): eight
    headings of several words over rows of eight values, the first word the corner."""
    text = "\n".join(
        [
            "Tabel 3 Budgettaire gevolgen van beleid artikel 2 (bedragen x € 1.000)",
            "Omschrijving Vastgestelde Mutatie Mutaties 1e Stand 1e Mutatie Mutatie Mutatie "
            "Mutatie",
            "begroting NvW suppletoire suppletoire 2021 2022 2023 2024",
            "(1) (2) begroting (3) begroting",
            "(4)=(1)+(2)+(3)",
            *_ROWS,
            "Toelichting",
        ]
    )
    [table], cells, warnings = read_text(text)
    assert not warnings
    assert table["title"].startswith("Tabel 3")
    assert table["unit_label"] == "x € 1.000"
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Vastgestelde begroting (1)")] == "52.300"
    assert grid[("Uitgaven", "Mutatie NvW (2)")] == "1.000"
    assert grid[("Uitgaven", "Mutaties 1e suppletoire begroting (3)")] == "– 800"
    assert grid[("Uitgaven", "Stand 1e suppletoire begroting (4)=(1)+(2)+(3)")] == "52.500"
    assert grid[("Uitgaven", "Mutatie 2022")] == "500"
    assert grid[("2.1 Bereikbaarheid", "Mutatie 2021")] == "– 600"
    assert grid[("Ontvangsten", "Mutatie 2024")] == "0"
    assert len(cells) == 40
    assert "Omschrijving" not in {cell["column_label"] for cell in cells}
    assert row_parents(cells)["2.2 Veiligheid"] == "Uitgaven"


def test_one_line_of_headings_each_closed_by_a_number_or_a_year() -> None:
    """On one line, the column numbers and years tell where each heading of words ends."""
    text = "\n".join(
        [
            "Tabel 3 Budgettaire gevolgen van beleid artikel 2 (bedragen x € 1.000)",
            "Omschrijving Vastgestelde begroting (1) Mutatie NvW (2) Mutaties 1e suppletoire "
            "begroting (3) Stand 1e suppletoire begroting (4)=(1)+(2)+(3) Mutatie 2021 "
            "Mutatie 2022 Mutatie 2023 Mutatie 2024",
            *_ROWS,
        ]
    )
    _tables, cells, warnings = read_text(text)
    assert not warnings
    grid = cell_grid(cells)
    assert grid[("Verplichtingen", "Mutatie NvW (2)")] == "1.000"
    assert grid[("2.2 Veiligheid", "Stand 1e suppletoire begroting (4)=(1)+(2)+(3)")] == "23.500"
    assert grid[("2.2 Veiligheid", "Mutatie 2023")] == "250"


def test_one_line_of_words_no_number_or_year_closes_heads_nothing() -> None:
    """Near form: on one line of words that no column number or year closes, only capitals
    would say where each name ends ("Mutatie NvW" or "Mutatie" / "NvW"): it heads nothing,
    and the rows are said as unread, never put under guessed columns."""
    text = "\n".join(
        [
            "Tabel 3 Budgettaire gevolgen van beleid artikel 2 (bedragen x € 1.000)",
            "Omschrijving Vastgestelde begroting Mutatie NvW Mutaties suppletoire Stand "
            "suppletoire Mutatie Mutatie Mutatie Mutatie",
            *_ROWS,
        ]
    )
    _tables, cells, warnings = read_text(text)
    assert not cells
    assert any("look like table rows" in w.reason for w in warnings)


def test_headings_across_naming_fewer_columns_than_the_values_head_nothing() -> None:
    """A top line naming fewer headings (five) than the rows print values (eight) heads
    nothing; nor do its words head the rows' last five values, read off rows that print
    dot thousands as if "500 250" were one figure (a table prints its thousands one way):
    the rows are said as unread."""
    text = "\n".join(
        [
            "Tabel 3 Budgettaire gevolgen van beleid artikel 2 (bedragen x € 1.000)",
            "Omschrijving Vastgestelde Mutatie Mutaties 1e Stand 1e",
            "begroting NvW suppletoire suppletoire",
            "(1) (2) begroting (3) begroting",
            *_ROWS,
        ]
    )
    _tables, cells, warnings = read_text(text)
    assert not cells
    assert any("look like table rows" in w.reason for w in warnings)


_ACROSS = [
    "Omschrijving Vastgestelde Mutatie Mutaties 1e Stand 1e Mutatie Mutatie Mutatie Mutatie",
    "begroting NvW suppletoire suppletoire 2021 2022 2023 2024",
    "(1) (2) begroting (3) begroting",
    "(4)=(1)+(2)+(3)",
]


def test_the_ways_weighed_for_one_block_are_bounded() -> None:
    """Each line's partings multiply with every reading of the lines above: a block is read
    within ``max_work`` ways weighed or not at all. The block above reads (eight headings,
    the corner first) within the default and no way within a hundred."""
    lines = [*_ACROSS, _ROWS[0]]
    found = across_headings(lines, [3], [8])
    assert found is not None
    (corner, headings, _numbers), top, last = found
    assert (corner, top, last) == ("Omschrijving", 0, 3)
    assert headings[3] == "Stand 1e suppletoire begroting (4)=(1)+(2)+(3)"
    assert across_headings(lines, [3], [8], max_work=100) is None


def test_a_block_of_capitalised_words_with_readings_past_counting_is_read_no_way() -> None:
    """Six lines of eleven capitalised words, each free to open a heading or go on with one:
    weighing every reading took minutes; past the limit the block heads nothing."""
    words = "Aaa Bbb Ccc Ddd Eee Fff Ggg Hhh Iii Jjj Kkk"
    assert across_headings([words] * 6 + ["Uitgaven 1 2 3 4 5 6"], [5], [6]) is None


def test_wrapped_headings_over_a_group_line_repeated_past_a_page_break() -> None:
    """Headings wrapped over three lines ("Taakveld Oorspronkelijke Begroting na Rekening
    Afwijking" / "begroting wijziging 2022" / "2022 2022"): the second line's parts go on
    with the first headings it may, the third line's periods with the two left open. The
    group line under the block ("Lasten") heads the rows, not a column, so the block
    printed again past the page break over "Baten" is the same and the table goes on."""
    block = [
        "Taakveld Oorspronkelijke Begroting na Rekening Afwijking",
        "begroting wijziging 2022",
        "2022 2022",
    ]
    text = "\n".join(
        [
            "Jaarstukken 2022 Gemeente Voorbeeld 40",
            "",
            "Tabel 5 Lasten en baten per taakveld (bedragen x € 1.000)",
            *block,
            "Lasten",
            "0 Bestuur 1.200 1.350 1.310 40",
            "1 Veiligheid 800 820 790 30",
            "Totaal lasten 2.000 2.170 2.100 70",
            "",
            "\fJaarstukken 2022 Gemeente Voorbeeld 41",
            "",
            *block,
            "Baten",
            "0 Bestuur 300 310 330 20",
            "1 Veiligheid 100 120 110 –10",
            "Totaal baten 400 430 440 10",
            "",
            "Een positieve afwijking is voordelig.",
        ]
    )
    [table], cells, warnings = read_text(text)
    assert not warnings
    assert table["unit_label"] == "x € 1.000"
    grid = {(c["line"], c["column_label"]): c["value_text"] for c in cells}
    assert grid[(8, "Oorspronkelijke begroting 2022")] == "1.200"
    assert grid[(8, "Begroting na wijziging 2022")] == "1.350"
    assert grid[(9, "Rekening 2022")] == "790"
    assert grid[(20, "Afwijking")] == "10"
    parents = {(c["line"], c["row_label"]): c["parent_row_label"] for c in cells}
    assert parents[(8, "0 Bestuur")] == "Lasten"
    assert parents[(19, "1 Veiligheid")] == "Baten"
    assert len(cells) == 24


_CREDITS = [
    "Wegen 186.500 112.340 38.200 31.450 4.510",
    "Bruggen 74.800 41.260 16.900 15.100 1.540",
    "Totaal 261.300 153.600 55.100 46.550 6.050",
]


def test_a_shorter_period_line_goes_to_the_headings_that_ask_for_a_part() -> None:
    """A line of fewer periods than the headings open goes on with the headings that ask
    for one: a heading ending in a word that leads a period ("Uitgaven t/m") and two that
    read the same ("Raming" twice); the complete ones ("Beschikbaar krediet", "Restant")
    take none. (The top line is too long to be read as one heading's part.)"""
    text = "\n".join(
        [
            "Staat van investeringskredieten (bedragen x € 1.000)",
            "Omschrijving project Beschikbaar krediet Uitgaven t/m Raming Raming Restant",
            "2023 2025 2026",
            *_CREDITS,
        ]
    )
    [_table], cells, warnings = read_text(text)
    assert not warnings
    grid = cell_grid(cells)
    assert grid[("Wegen", "Beschikbaar krediet")] == "186.500"
    assert grid[("Wegen", "Uitgaven t/m 2023")] == "112.340"
    assert grid[("Bruggen", "Raming 2025")] == "16.900"
    assert grid[("Bruggen", "Raming 2026")] == "15.100"
    assert grid[("Totaal", "Restant")] == "6.050"
    assert len(cells) == 15


def test_a_shorter_period_line_under_headings_asking_for_none_goes_leftmost() -> None:
    """Near form: where no heading asks for a part (no two alike, none ending in a word
    leading a period), the periods go on with the leftmost headings, as the text layer
    prints a line's words from the first heading that wraps."""
    text = "\n".join(
        [
            "Staat van investeringskredieten (bedragen x € 1.000)",
            "Omschrijving project Beschikbaar krediet Uitgaven Raming Prognose Restant",
            "2023 2025 2026",
            *_CREDITS,
        ]
    )
    [_table], cells, warnings = read_text(text)
    assert not warnings
    grid = cell_grid(cells)
    assert grid[("Wegen", "Beschikbaar krediet 2023")] == "186.500"
    assert grid[("Wegen", "Uitgaven 2025")] == "112.340"
    assert grid[("Bruggen", "Raming 2026")] == "16.900"
    assert grid[("Bruggen", "Prognose")] == "15.100"
    assert grid[("Totaal", "Restant")] == "6.050"


def test_a_period_opened_to_the_later_years_closes_its_heading() -> None:
    """A period opened to the later years ("2026 e.v.") ends the line in a full stop that
    ends no sentence: the line still heads, and the mark goes on with its period."""
    text = "\n".join(
        [
            "Staat van investeringskredieten (bedragen x € 1.000)",
            "Omschrijving project Beschikbaar krediet Uitgaven t/m Raming Raming Restant",
            "2023 2025 2026 e.v.",
            *_CREDITS,
        ]
    )
    [_table], cells, warnings = read_text(text)
    assert not warnings
    grid = cell_grid(cells)
    assert grid[("Wegen", "Uitgaven t/m 2023")] == "112.340"
    assert grid[("Bruggen", "Raming 2025")] == "16.900"
    assert grid[("Bruggen", "Raming 2026 e.v.")] == "15.100"
    assert grid[("Totaal", "Restant")] == "6.050"
    assert len(cells) == 15


def test_a_sentence_ending_in_the_mark_without_a_period_heads_nothing() -> None:
    """Near form: "e.v." after no period ends a sentence's abbreviation, no heading's
    period: the line is still no line of a heading block."""
    assert not across_line("Zie de bijlagen e.v.")
    assert not across_line("Raming Raming 2026.")
