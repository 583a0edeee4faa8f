"""Tests of reading a table's rows past a page break (``tables_page_breaks``)."""

from __future__ import annotations

import pytest
from table_texts import cell_grid, read_text, row_parents

from budgetkit.extract import tables_page_breaks
from budgetkit.extract.tables_page_breaks import RunningHeads, _head_parts
from budgetkit.extract.tables_page_turns import turns_page


def _row(label: str, *values: str) -> str:
    """A table row as a nota's text layer prints it: the label padded, each value right-aligned."""
    return label.ljust(30) + "".join(value.rjust(12) for value in values)


def test_a_table_goes_on_past_wrapped_footnotes_and_the_gap_above_them() -> None:
    """A page's footnotes run over lines ("2 Zie de brief ... over de" / "loonbijstelling
    ..."), and a text layer prints the gap down to the page's foot as blank lines: the rows
    after the page number and running head are still the table's (a wrapped footnote ended
    it, and so did more than twelve lines, blank ones counted; the rows after were said as
    unread and the stand lost its parts)."""

    lines = [
        "Najaarsnota 2025",
        "",
        "Tabel 4.2.1 Uitgavenmutaties Justitie (bedragen x € 1 mln)",
        _row("", "2025", "2026", "2027"),
        _row("Stand ontwerpbegroting 2025", "14.210,4", "14.390,2", "14.512,8"),
        "",
        "Technische mutaties",
        _row("  Loonbijstelling1", "210,5", "208,1", "207,9"),
        _row("  Prijsbijstelling2", "102,3", "101,0", "100,4"),
        *[""] * 8,
        "1 Zie Kamerstuk 36 200 VI, nr. 12.",
        "2 Zie de brief van de minister van 12 mei 2025 over de",
        "loonbijstelling en de prijsbijstelling.",
        "",
        "17".rjust(70),
        "Najaarsnota 2025",
        "",
        _row("  Overboeking naar BZK", "-45,0", "-45,0", "-45,0"),
        "",
        _row("Stand Najaarsnota 2025", "14.478,2", "14.654,3", "14.776,1"),
    ]
    [_table], cells, warnings = read_text("\n".join(lines))
    assert cell_grid(cells)[("Overboeking naar BZK", "2026")] == "-45,0" and not warnings
    parents = row_parents(cells)
    assert parents["Overboeking naar BZK"] == "Technische mutaties"
    assert parents["Stand ontwerpbegroting 2025"] == "Stand Najaarsnota 2025"
    assert len(cells) == 15


RUNNING = "Najaarsnota 2025 (Kamerstuk 36 450, nr. 1)"


@pytest.mark.parametrize(
    ("top", "foot", "next_head"),
    [
        ("Najaarsnota 2025", "17".rjust(70), "Najaarsnota 2025"),
        (RUNNING.ljust(66) + "16", RUNNING.ljust(66) + "17", ""),  # running lines, numbered
    ],
)
def test_a_table_goes_on_past_the_footnotes_page_number_and_running_head_of_a_page(
    top: str, foot: str, next_head: str
) -> None:
    """A nota's text layer prints a table over a page break: the page's footnotes ("1 Zie
    ..." reads as a numbered line), its number (alone, or in a running footer) and the
    next page's running head stand between two rows, and the header is not repeated. The
    rows after them are the same table's (they were said as unread and the total lost its
    parts); where prose follows the page number instead, the table ends at its last row."""

    head = [
        top,
        "",
        "Tabel 4.2.1 Uitgavenmutaties Justitie (bedragen x € 1 mln)",
        _row("", "2025", "2026", "2027"),
        _row("Stand ontwerpbegroting 2025", "14.210,4", "14.390,2", "14.512,8"),
        "",
        "Technische mutaties",
        _row("  Loonbijstelling1", "210,5", "208,1", "207,9"),
        _row("  Prijsbijstelling", "102,3", "101,0", "100,4"),
        "",
        "1 Zie Kamerstuk 36 200 VI, nr. 12.",
        "",
        foot,
    ]
    rest = [
        next_head,
        "",
        _row("  Overboeking naar BZK", "-45,0", "-45,0", "-45,0"),
        "",
        _row("Stand Najaarsnota 2025", "14.478,2", "14.654,3", "14.776,1"),
    ]
    [table], cells, warnings = read_text("\n".join([*head, *rest]))
    grid = cell_grid(cells)
    assert grid[("Overboeking naar BZK", "2026")] == "-45,0" and not warnings
    assert grid[("Stand Najaarsnota 2025", "2027")] == "14.776,1"
    parents = row_parents(cells)
    assert parents["Overboeking naar BZK"] == "Technische mutaties"
    assert parents["Stand ontwerpbegroting 2025"] == "Stand Najaarsnota 2025"
    assert table["line_end"] == 18 and len(cells) == 15
    prose = [*head, "De mutaties worden hieronder per artikel toegelicht in 2025."]
    [table], cells, _warnings = read_text("\n".join(prose))
    assert table["line_end"] == 9 and len(cells) == 9


def test_a_page_footer_between_a_tables_rows_parts_it_over_two_pages() -> None:
    """A PDF text layer prints the page's footer between two rows of one table: the rows
    after it are the same table's (they were left unread), the footer none of them."""
    text = "\n".join(
        [
            "Tabel 2 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "2023 2024 2025",
            "Uitgaven 68.120 72.400 70.110",
            "NVWA 21.050 22.400 21.400",
            "",
            "Tweede Kamer, vergaderjaar 2024–2025, 36 600 F, nr. 2 7",
            "",
            "Wageningen Bioveterinary Research 5.870 5.700 5.610",
            "Ontvangsten 30.100 33.000 32.500",
        ]
    )
    tables, cells, warnings = read_text(text)
    assert len(tables) == 1 and len(cells) == 12
    assert not [w for w in warnings if "look like table rows" in w.reason]


def _investments_over_a_page_break() -> str:
    """A municipal staat van investeringen over two pages: the running head ends in the
    page number, its heading over two lines printed again under the caption going on."""
    widths = (34, 10, 12, 11, 11)

    def line(*cells: str) -> str:
        row = cells[0].ljust(widths[0]) + "".join(
            cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)
        )
        return row.rstrip()

    head = [
        line("", "Krediet", "Uitgaven", "Uitgaven", "Restant"),
        line("Nr.  Investering", "totaal", "t/m 2023", "2024", "krediet"),
    ]
    running = "Gemeente Veldhoven, Jaarrekening 2024" + " " * 40
    return "\n".join(
        [
            f"{running}31",
            "",
            "Tabel 9 Staat van investeringen",
            "(bedragen x € 1.000)",
            *head,
            "",
            "Gebouwen",
            line("412  Renovatie stadhuis", "8.400", "5.120", "2.310", "970"),
            line("418  Brandweerkazerne Zuid", "3.250", "1.040", "1.200", "1.010"),
            line("     Subtotaal", "11.650", "6.160", "3.510", "1.980"),
            "",
            "",
            f"{running}32",
            "",
            "Tabel 9 Staat van investeringen (vervolg)",
            *head,
            "",
            "Wegen",
            line("433  Fietspad Zuidelijke Ring", "1.900", "0", "1.450", "450"),
            line("437  Reconstructie Kempenbaan", "4.100", "2.600", "900", "600"),
            line("     Subtotaal", "6.000", "2.600", "2.350", "1.050"),
            "",
            line("     Totaal", "17.650", "8.760", "5.860", "3.030"),
        ]
    )


def test_a_running_head_ending_in_a_page_number_is_no_row() -> None:
    """The page's running head under a table's last row ends in its page number, which
    stands under a value column ("Gemeente Veldhoven, Jaarrekening 2024 ... 32"): page
    furniture, never a row, whatever it ends in. It was stored as a row of 32."""
    _tables, cells, _warnings = read_text(_investments_over_a_page_break())
    assert not [cell for cell in cells if cell["row_label"].startswith("Gemeente")]
    assert "32" not in {cell["value_text"] for cell in cells}


def test_a_heading_over_two_lines_printed_again_past_a_page_break_goes_on_with_the_table() -> None:
    """Past the page's running head and the caption going on ("Tabel 9 ... (vervolg)"),
    the table prints its heading of two lines again: the rows under it are the same table's
    (one table, not two), so the grand total under them adds up both pages' subtotals."""
    tables, cells, _warnings = read_text(_investments_over_a_page_break())
    assert len(tables) == 1
    parents = {(c["row_label"], c["line"]): c["parent_row_label"] for c in cells}
    assert parents[("Subtotaal", 11)] == "Totaal"
    assert parents[("Subtotaal", 23)] == "Totaal"
    assert cell_grid(cells)[("433 Fietspad Zuidelijke Ring", "Uitgaven 2024")] == "1.450"


def test_a_row_repeated_as_running_lines_are_is_a_row_of_the_table() -> None:
    """A row printed twice alike ("– waarvan apparaat 0 0 0 0 0 0 0" under two posts, a
    text dump printing single spaces) repeats as a running head does, and the layout takes
    it for one; a line printing a value in every column is a row all the same: read as no
    row, its last zero went under 2016 with the rest glued into its label."""
    text = "\n".join(
        [
            "Begrotingsuitgaven (bedragen x € 1.000)",
            "",
            "2016 2017 2018 2019 2020 2021 2022",
            "Loonbijstelling 0 0 0 0 0 0 0",
            "– waarvan programma 0 0 0 0 0 0 0",
            "– waarvan apparaat 0 0 0 0 0 0 0",
            "Prijsbijstelling 0 10.186 9.887 9.949 9.818 9.774 9.768",
            "– waarvan programma 0 10.186 7.872 7.961 7.833 7.798 7.791",
            "– waarvan apparaat 0 0 2.015 1.988 1.985 1.976 1.977",
            "Taakstelling 0 – 36.775 – 26.109 – 28.954 – 28.954 – 28.954 – 28.954",
            "– waarvan programma 0 – 36.775 – 26.109 – 28.954 – 28.954 – 28.954 – 28.954",
            "– waarvan apparaat 0 0 0 0 0 0 0",
            "Ontvangsten 0 0 0 0 0 0 0",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    lines = {c["line"] for c in cells if c["row_label"] == "– waarvan apparaat"}
    assert lines == {6, 9, 12}
    assert len([c for c in cells if c["line"] == 12]) == 7


def _costs_over_a_page_break(foot: str, turn: str) -> str:
    """A provincial table of costs a text layer prints over two pages, its header not
    repeated: the rows, a blank line, the page's ``foot`` line, then ``turn`` (the next
    page's first line), a blank line and the rest of the rows with the total below them."""
    return "\n".join(
        [
            "Tabel 4.2 Lasten per taakveld (bedragen x € 1.000)",
            "",
            "Taakveld".ljust(30) + "".join(f"Raming {y}".rjust(12) for y in (2023, 2024, 2025)),
            _row("Verkeer en vervoer", "120.400", "124.800", "126.100"),
            _row("Openbaar groen", "18.250", "19.100", "19.300"),
            "",
            foot,
            turn,
            "",
            _row("Sport en recreatie", "9.870", "10.050", "10.200"),
            _row("Totaal lasten", "148.520", "153.950", "155.600"),
        ]
    )


def test_a_foot_ending_in_its_page_number_and_a_form_feed_part_a_table_over_two_pages() -> None:
    """Past the page's foot printing its number in a run of its own ("Jaarrekening
    Provincie Voorbeeld   52"), a form feed opens the next page with the title going on
    ("... (vervolg)"): the rows under it are the same table's, and the total below them
    is the parent of the rows of both pages. Only the first page's rows were read."""
    foot = "Jaarrekening Provincie Voorbeeld".ljust(60) + "52"
    text = _costs_over_a_page_break(foot, "\fLasten per taakveld (vervolg)")
    tables, cells, warnings = read_text(text)
    assert len(tables) == 1 and len(cells) == 12
    assert cell_grid(cells)[("Sport en recreatie", "Raming 2024")] == "10.050"
    assert row_parents(cells)["Verkeer en vervoer"] == "Totaal lasten"
    assert not [w for w in warnings if "look like table rows" in w.reason]


def test_a_running_head_over_a_title_going_on_is_no_row_of_a_one_column_table() -> None:
    """A table of one column over a page break: the next page's running head ("Najaarsnota
    2025   67") reads as a row of one value, and the title going on under it ("...
    (vervolg)", no form feed) as a group heading of the rows after it. The head is no
    row: the total below is the parent of every row of both pages."""
    text = "\n".join(
        [
            "XIV Landbouw: uitgaven",
            "(in miljoenen euro)",
            "                                                2025",
            "Stand ontwerpbegroting 2025                  1.204,5",
            "Mutaties Voorjaarsnota 2025                     38,2",
            "",
            "Najaarsnota 2025                                          67",
            "XIV Landbouw: uitgaven (vervolg)",
            "Loon- en prijsbijstelling                        6,1",
            "Overig                                          –2,4",
            "Stand Najaarsnota 2025                       1.246,4",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert "67" not in {cell["value_text"] for cell in cells}
    parents = row_parents(cells)
    assert parents["Stand ontwerpbegroting 2025"] == "Stand Najaarsnota 2025"
    assert parents["Overig"] == "Stand Najaarsnota 2025"


def test_a_one_value_row_set_apart_with_no_page_turning_is_a_row() -> None:
    """The near form: a row of one small whole figure set apart by a blank line ("Overig
    programma's   52") with no form feed nor title going on after it is a row of the
    table, not a page's foot."""
    text = "\n".join(
        [
            "Tabel 7 Formatie per programma (aantal fte)",
            "",
            "Programma".ljust(40) + "2025".rjust(10),
            "Bereikbaarheid".ljust(40) + "118".rjust(10),
            "Economie".ljust(40) + "64".rjust(10),
            "",
            "Overig programma's".ljust(40) + "52".rjust(10),
            "Totaal".ljust(40) + "234".rjust(10),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells)[("Overig programma's", "2025")] == "52"


def test_a_total_set_apart_at_a_pages_end_under_the_figures_is_a_row() -> None:
    """A table's total set apart by a blank line as the page's last line ("Totaal   234"),
    the next page opening on another table, reads as a padded foot does; its figure ends
    where the column's figures end, a foot's page number at the page's margin. It is the
    table's row, the parent of the rows above, and the next table stays apart. It was
    dropped as the foot, and the next page's rows joined the first table's."""
    text = "\n".join(
        [
            "Tabel 2 Formatie per afdeling (aantal fte)",
            "",
            "Afdeling".ljust(40) + "2024".rjust(10),
            "Publiekszaken".ljust(40) + "96".rjust(10),
            "Ruimte".ljust(40) + "71".rjust(10),
            "Bedrijfsvoering".ljust(40) + "45".rjust(10),
            "",
            "Totaal".ljust(40) + "212".rjust(10),
            "",
            "\fTabel 3 Investeringen per afdeling (x € 1.000)",
            "",
            "Afdeling".ljust(40) + "2024".rjust(10),
            "Publiekszaken".ljust(40) + "2.150".rjust(10),
            "Ruimte".ljust(40) + "870".rjust(10),
        ]
    )
    tables, cells, _warnings = read_text(text)
    assert len(tables) == 2
    assert ("Totaal", "212") in {(c["row_label"], c["value_text"]) for c in cells}
    first = [c for c in cells if c["table_id"] == tables[0]["table_id"]]
    assert row_parents(first)["Ruimte"] == "Totaal"
    assert len(first) == 4


def test_a_last_row_set_apart_before_a_page_of_prose_is_a_row() -> None:
    """A one-column table's last row set apart by a blank line, a form feed opening the
    next page's prose under it: its figure stands under the column's, so it is the
    table's row, no page's foot."""
    text = "\n".join(
        [
            "Tabel 5 Reserves (x € 1 mln)",
            "",
            "Reserve".ljust(40) + "2024".rjust(10),
            "Algemene reserve".ljust(40) + "140".rjust(10),
            "Reserve onderhoud".ljust(40) + "37".rjust(10),
            "",
            "Reserve grondbeleid".ljust(40) + "21".rjust(10),
            "",
            "\fDe reserves nemen de komende jaren verder af.",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells)[("Reserve grondbeleid", "2024")] == "21"


def test_a_foot_with_its_number_under_the_figures_and_rows_past_it_is_no_row() -> None:
    """The near form: a page's foot whose number happens to end where the last column's
    figures end, the table's rows going on past the form feed, is still the foot: the
    rows of both pages are one table, and the page number no cell."""
    foot = "Jaarrekening Provincie Voorbeeld".ljust(64) + "52"
    text = _costs_over_a_page_break(foot, "\f" + _row("Cultuur", "4.120", "4.200", "4.310"))
    tables, cells, _warnings = read_text(text)
    assert len(tables) == 1
    assert "52" not in {cell["value_text"] for cell in cells}
    assert cell_grid(cells)[("Sport en recreatie", "Raming 2024")] == "10.050"
    assert row_parents(cells)["Verkeer en vervoer"] == "Totaal lasten"


def _plain_rows_over_a_page_break(foot: str, number: str, head: str) -> str:
    """A table a text layer printing no padding sets one row per line, single spaces
    between its cells, over two pages: the rows, the page's ``foot``, its ``number`` alone
    on a line, then ``head`` (the next page's first line) and the rest of the rows with
    the total below them."""
    return "\n".join(
        [
            "4 Uitgaven",
            "Tabel 4.1 Netto-uitgaven per sector (bedragen in miljarden euro)",
            "Sector 2023 2024 2025",
            "Onderwijs 41,2 42,0 43,1",
            "Defensie 15,4 16,8 18,2",
            foot,
            number,
            head,
            "Zorg 74,0 76,5 79,3",
            "Totaal 130,6 135,3 140,6",
            "Bron: Jaarverslag 2025, bijlage 2.",
        ]
    )


@pytest.mark.parametrize(
    ("foot", "head"),
    [
        ("Jaarverslag van het Rijk 2025", "\fJaarverslag van het Rijk 2025"),  # running
        ("Tweede Kamer, vergaderjaar 2025–2026, 36 800, nr. 1", "\f4 Uitgaven"),  # once
    ],
)
def test_a_plain_foot_over_its_page_number_and_a_form_feed_part_a_table(
    foot: str, head: str
) -> None:
    """A text layer printing no padding sets the page's foot, its number alone on the next
    line ("Jaarverslag van het Rijk 2025" / "37"), then a form feed and the next page's
    running head (the foot again, or a heading printed above the table): the rows after
    are the same table's and the total below is the parent of both pages' rows. The table
    ended at the foot, the rows after it and the total lost."""
    text = _plain_rows_over_a_page_break(foot, "37", head)
    tables, cells, warnings = read_text(text)
    assert len(tables) == 1 and len(cells) == 12
    assert cell_grid(cells)[("Zorg", "2024")] == "76,5"
    assert row_parents(cells)["Onderwijs"] == "Totaal"
    assert not [w for w in warnings if "look like table rows" in w.reason]


def test_a_plain_foot_and_page_number_over_prose_end_a_table() -> None:
    """The near form: past the foot, its page number and a form feed, the next page opens
    with prose, neither a running head nor a line printed above the table: the table ends
    at its last row, a row after the prose no row of it."""
    foot = "Tweede Kamer, vergaderjaar 2025–2026, 36 800, nr. 1"
    text = _plain_rows_over_a_page_break(foot, "37", "\fDe uitgaven stegen in alle sectoren.")
    _tables, cells, _warnings = read_text(text)
    assert "Zorg" not in {cell["row_label"] for cell in cells}
    assert len([c for c in cells if c["line"] in (4, 5)]) == 6


def test_a_plain_foot_and_page_number_set_apart_by_blank_lines_part_a_table() -> None:
    """A text layer printing the page's blank lines sets the foot, its number and the next
    page's running head apart ("" / "Jaarverslag van het Rijk 2025" / "" / "37" / "" / form
    feed, the heading printed above the table): the next lines with text tell the foot as
    well, and the rows go on past it. The table ended at the foot, the rows after it and the
    total lost."""
    foot = "\nTweede Kamer, vergaderjaar 2025–2026, 36 800, nr. 1\n"
    text = _plain_rows_over_a_page_break(foot, "37\n", "\f4 Uitgaven\n")
    tables, cells, warnings = read_text(text)
    assert len(tables) == 1 and len(cells) == 12
    assert cell_grid(cells)[("Zorg", "2024")] == "76,5"
    assert row_parents(cells)["Onderwijs"] == "Totaal"
    assert not [w for w in warnings if "look like table rows" in w.reason]


def test_a_plain_foot_and_page_number_set_apart_over_prose_end_a_table() -> None:
    """The near form: past the foot and its number set apart by blank lines, the next page
    opens with prose: the table ends at its last row, a row after the prose no row of it."""
    foot = "\nTweede Kamer, vergaderjaar 2025–2026, 36 800, nr. 1\n"
    text = _plain_rows_over_a_page_break(foot, "37\n", "\fDe uitgaven stegen in alle sectoren.")
    _tables, cells, _warnings = read_text(text)
    assert "Zorg" not in {cell["row_label"] for cell in cells}
    assert len([c for c in cells if c["line"] in (4, 5)]) == 6


def _fund_over_facing_pages(next_head: str) -> str:
    """A fund's table under the running head of its left page ("Beleidsartikelen" at the
    margin, the fund's name at the right), over a page break: the page's foot with its
    number, a form feed and ``next_head``, then the rest of the rows, no header repeated."""
    return "\n".join(
        [
            "Beleidsartikelen".ljust(80) + "Deltafonds",
            "",
            "Tabel 1.1 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "".ljust(30) + "".join(year.rjust(12) for year in ("2024", "2025", "2026")),
            "",
            _row("Uitgaven", "1.300", "1.500", "1.700"),
            _row("1.01 Investeren", "1.000", "1.100", "1.200"),
            "",
            "",
            "Tweede Kamer, vergaderjaar 2023–2024, 36 410 J, nr. 2".ljust(96) + "17",
            "\f" + next_head,
            "",
            _row("1.02 Beheer", "300", "400", "500"),
        ]
    )


def test_a_running_head_printed_with_its_parts_swapped_past_a_page_break_is_no_end() -> None:
    """Facing pages print one running head with its parts swapped ("Beleidsartikelen
    Deltafonds" on the left page, "Deltafonds   Beleidsartikelen" on the right): past the
    page's foot it is the head printed above the table, and the rows under it go on with
    the table (the foot was read as a row of one value and the rows past it lost)."""
    text = _fund_over_facing_pages("Deltafonds".ljust(80) + "Beleidsartikelen")
    tables, cells, _warnings = read_text(text)
    assert len(tables) == 1 and len(cells) == 9
    assert cell_grid(cells)[("1.02 Beheer", "2026")] == "500"
    assert row_parents(cells)["1.02 Beheer"] == "Uitgaven"


def test_a_head_of_other_words_past_a_page_break_ends_the_table() -> None:
    """A line past the page's foot whose parts are not those of a line above the table
    (another part of the budget: "Deltafonds   Niet-beleidsartikelen") is no running head
    printed again: the table ends at the foot, and no row past it is the table's."""
    text = _fund_over_facing_pages("Deltafonds".ljust(80) + "Niet-beleidsartikelen")
    _tables, cells, _warnings = read_text(text)
    assert "1.02 Beheer" not in row_parents(cells)


def _spending_over_a_page_break(foot: str, after: list[str]) -> str:
    """A jaarverslag table over two pages: Uitgaven, two articles, the page's ``foot``
    set apart by blank lines, then the lines ``after`` it and the last article."""
    heading = "Omschrijving".ljust(30) + "".join(year.rjust(12) for year in ("2015", "2016"))
    return "\n".join(
        [
            "Tabel 15.1 Budgettaire gevolgen van uitvoering (bedragen x € 1 mln)",
            "",
            heading,
            "",
            _row("Uitgaven", "1.220", "1.188"),
            "",
            _row("15.01 Beheer", "700", "700"),
            _row("15.02 Aanleg", "449", "418"),
            "",
            "",
            foot,
            *after,
            heading,
            "",
            _row("15.03 Netwerkgebonden kosten", "71", "70"),
        ]
    )


def test_a_foot_under_the_figures_then_the_heading_again_is_no_row() -> None:
    """A page's foot whose number ends where the last column's figures end, past which
    the next page's running head and the table's heading line printed again stand, is the
    foot, wherever its number stands: the rows go on under the heading again, in one
    block with those above, and the last article is a part of the Uitgaven above the
    break. The foot was read as the table's last row ("41" a cell), which parted the rows
    into two blocks, and no article found its parent."""
    foot = "Tweede Kamer, 34 725 A, nr. 1".ljust(52) + "41"
    text = _spending_over_a_page_break(foot, ["\f" + "Jaarverslag 2016".rjust(54), ""])
    tables, cells, _warnings = read_text(text)
    assert len(tables) == 1
    assert "41" not in {cell["value_text"] for cell in cells}
    parents = row_parents(cells)
    assert parents["15.01 Beheer"] == parents["15.03 Netwerkgebonden kosten"] == "Uitgaven"


def test_a_total_under_the_figures_then_another_tables_caption_and_heading_is_a_row() -> None:
    """The near form: the line set apart at the page's end is followed by another table's
    caption before a heading line printed as this table's is: that heading is the next
    table's, so the line stays this table's last row, as a total at a page's end is."""
    total = _row("Totaal", "1.220", "1.188")
    after = ["\fTabel 15.2 Ontvangsten (bedragen x € 1 mln)", ""]
    tables, cells, _warnings = read_text(_spending_over_a_page_break(total, after))
    assert len(tables) == 2
    first = [c for c in cells if c["table_id"] == tables[0]["table_id"]]
    assert ("Totaal", "1.188") in {(c["row_label"], c["value_text"]) for c in first}


def _taakvelden(next_page: list[str]) -> str:
    """A municipal table as ``pdftotext -layout`` prints it, its page's running foot, a
    form feed and ``next_page`` (a running head printed nowhere above, the rows going on)."""
    return "\n".join(
        [
            "Tabel 2.3 Baten en lasten per taakveld (bedragen x € 1.000)",
            "",
            _row("Taakveld", "2024", "2025", "2026"),
            "Lasten",
            _row("6.1 Samenkracht", "5.390", "5.402", "5.402"),
            _row("6.3 Inkomensregelingen", "15.302", "15.410", "15.520"),
            "",
            "Programmabegroting 2024 gemeente Zeist".ljust(70) + "57",
            *next_page,
            "",
            "Baten zijn negatief weergegeven.",
        ]
    )


def test_rows_go_on_past_a_running_head_the_page_above_the_table_does_not_print() -> None:
    """Past a page's foot and form feed, the next page's first line, set apart by a blank
    line ("Programma 2 Sociaal domein"), is its running head, though the page above the
    table prints none like it: rows of the table's shape under it go on with it (the table
    ended at the foot, and every row past the break was lost)."""
    page = ["\fProgramma 2 Sociaal domein", "", _row("6.81 Zorg", "1.402", "1.402", "1.402")]
    page += [_row("Totaal lasten", "22.094", "22.214", "22.324")]
    [_table], cells, _warnings = read_text(_taakvelden(page))
    assert cell_grid(cells)[("Totaal lasten", "2025")] == "22.214"
    assert row_parents(cells)["6.81 Zorg"] == "Lasten"


def test_a_caption_at_the_next_pages_top_opens_another_table() -> None:
    """Near form: a caption at the next page's top ("Tabel 2.4 ...") is no running head;
    the rows under it are another table's, not the one above's."""
    page = ["\fTabel 2.4 Reserves (bedragen x € 1.000)", "", _row("", "2024", "2025", "2026")]
    page += [_row("Reserve sociaal domein", "1.402", "1.402", "1.402")]
    tables, cells, _warnings = read_text(_taakvelden(page))
    assert len(tables) == 2
    assert {c["row_label"] for c in cells if c["table_id"] == cells[0]["table_id"]} == {
        "6.1 Samenkracht",
        "6.3 Inkomensregelingen",
    }


def test_rows_one_a_line_go_on_past_a_page_number_glued_to_a_form_feed() -> None:
    """A text layer printing no padding sets the page's number right after the form feed
    ("\\f6"), then the running head printed above the table, a blank line, and the rows of
    the table going on: a line of fewer values past a blank line parts the table over two
    pages there too (the table ended at the number, the rows past it lost)."""
    head = "Tweede Kamer, vergaderjaar 2015-2016, 34 485 VIII, nr. 2"
    lines = [head, "5", "", "Tabel 2 Uitgaven (bedragen x € 1.000)", "Art. 2016 2017 2018"]
    lines += ["Stand ontwerpbegroting 2016 34.612 34.805 35.001", "Mutaties"]
    lines += ["Lerarenbeurs -12.500 -8.000 0", "", "\f6", head, ""]
    lines += ["Vroegschoolse educatie 10.000 10.000 10.000"]
    lines += ["Stand 1e suppletoire begroting 2016 32.112 36.805 45.001"]
    [_table], cells, _warnings = read_text("\n".join(lines))
    assert cell_grid(cells)[("Vroegschoolse educatie", "2017")] == "10.000"
    assert cell_grid(cells)[("Stand 1e suppletoire begroting 2016", "2018")] == "45.001"


def _funds(between: list[str], corner: str = "Hfdst. Omschrijving") -> str:
    """A table of funds as ``pdftotext -layout`` prints it over two pages: its heading
    (``corner`` over the labels), a blank line, two rows, ``between`` (the page's foot and
    the next page's head), the heading printed again, the last rows and their total."""
    heading = _row(corner, "Verplichtingen", "Uitgaven")
    return "\n".join(
        [
            "Tabel 1.2 Begrotingsfondsen 2020 (in miljoenen euro)",
            "",
            heading,
            "",
            _row("A Infrastructuurfonds", "7.830,4", "6.954,7"),
            _row("B Gemeentefonds", "31.402,6", "31.402,6"),
            *between,
            heading,
            "",
            _row("H BES-fonds", "47,4", "47,4"),
            _row("J Deltafonds", "1.602,9", "1.258,3"),
            "",
            _row("Totaal begrotingsfondsen", "40.882,9", "39.663,0"),
        ]
    )


@pytest.mark.parametrize("corner", ["Hfdst. Omschrijving", "Hfdst.  Omschrijving"])
def test_the_heading_printed_again_past_a_form_feed_is_no_group_row(corner: str) -> None:
    """A left page's foot printing its number first ("168   Miljoenennota 2020"), the next
    page's head opening on a form feed and its number last ("Miljoenennota 2020   169"),
    then the table's heading line printed again: all three are the break's furniture, and
    the rows go on under the heading. The foot read as a group row, the head as a row of
    one value under it, and the heading as a group over the rows past the break, so the
    total summed no parts and neither page's rows found their parent. Its corner printed
    one space apart, the rows end at the foot and go on under the heading again; printed
    padded apart, they are read on over the break (each form failed before)."""
    foot = "168".ljust(60) + "Miljoenennota 2020"
    head = "\f" + "Miljoenennota 2020".ljust(60) + "169"
    [_table], cells, _warnings = read_text(_funds(["", "", foot, head, "", ""], corner))
    assert {c["value_text"] for c in cells} >= {"47,4", "7.830,4"}
    assert "169" not in {c["value_text"] for c in cells}
    parents = row_parents(cells)
    assert parents["A Infrastructuurfonds"] == parents["J Deltafonds"] == "Totaal begrotingsfondsen"
    assert len({c["row_label"] for c in cells}) == 5


def test_the_heading_printed_again_on_the_same_page_is_no_break() -> None:
    """Near form: the heading line printed again under the rows with no page turning
    between (no form feed) is no furniture of a break: the rule leaves it as it was read,
    and the rows above it keep their labels and values."""
    tables, cells, _warnings = read_text(_funds(["", "Overige fondsen", ""]))
    labels = {c["row_label"] for c in cells}
    assert {"A Infrastructuurfonds", "J Deltafonds"} <= labels
    assert any("Hfdst." in (c["parent_row_label"] or "") for c in cells) or len(tables) == 2


def _spending_then_section(section: str, heading: str, plain: bool, gap: bool = True) -> str:
    """A table of spending closing a page, no foot printed, then the next page opening on
    a form feed with a ``section``'s heading (a blank line under it where ``gap``) and the
    column ``heading`` line over two rows of the same width; ``plain``: as ``pdftotext``
    without ``-layout`` prints it, one space apart."""
    lines = [
        "Toelichting op de uitgaven per programma.",
        "",
        _row("", "2023", "2024", "2025"),
        _row("Uitgaven", "1.000", "1.100", "1.200"),
        _row("Programma 1", "400", "500", "600"),
        _row("Programma 2", "600", "600", "600"),
        "",
        "\f" + section,
        *([""] if gap else []),
        heading,
        _row("Apparaat", "10", "11", "12"),
        _row("Huisvesting", "20", "21", "22"),
    ]
    if plain:
        lines = [("\f" if line.startswith("\f") else "") + " ".join(line.split()) for line in lines]
    return "\n".join(lines)


@pytest.mark.parametrize("gap", [True, False])
@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(
    "heading",
    [_row("", "2024", "2025", "2026"), _row("Omschrijving", "Baten", "Lasten", "Saldo")],
)
@pytest.mark.parametrize(
    "section", ["4 Niet-beleidsartikelen", "Bijlage 4", "Paragraaf 4 Verbonden partijen"]
)
def test_a_section_heading_over_other_headings_past_a_page_break_ends_the_table(
    section: str, heading: str, plain: bool, gap: bool
) -> None:
    """The next page opens on a section's heading over a column heading line other than
    the table's: another table of the same width, no caption, opens there, and the table
    above ends at its last row (its rows were read on past the break, the section's
    heading a group over them, or right over the headings a row of their years)."""
    tables, cells, _warnings = read_text(_spending_then_section(section, heading, plain, gap))
    first = {c["row_label"] for c in cells if c["table_id"] == tables[0]["table_id"]}
    assert first == {"Uitgaven", "Programma 1", "Programma 2"}
    assert not {c["row_label"] for c in cells} & {section, "Bijlage 4"}


@pytest.mark.parametrize("plain", [False, True])
def test_a_section_heading_over_the_tables_own_heading_again_goes_on(plain: bool) -> None:
    """Near form: past the section's heading the table's own heading line is printed
    again: the rows go on with the table under it, as rows under the heading again do."""
    heading = _row("", "2023", "2024", "2025")
    tables, cells, _warnings = read_text(_spending_then_section("Kengetallen", heading, plain))
    rows = {c["row_label"] for c in cells if c["table_id"] == tables[0]["table_id"]}
    assert {"Programma 1", "Apparaat", "Huisvesting"} <= rows


def test_running_heads_read_once_say_what_the_lines_above_a_table_print() -> None:
    """A document's running heads are read once (``RunningHeads``), as far down as a table
    asks, not from every line above each table crossing a page break: what they say above
    any line is what the lines above it print (a head's parts in either order, any part of
    one); for two tables side by side cut into halves, what the half's lines print."""
    lines = [
        "Beleidsartikelen      Infrastructuurfonds",
        "",
        "Tabel 1 Uitgaven",
        _row("Wegen", "1", "2", "3"),
        "\fInfrastructuurfonds   Beleidsartikelen",
        "Programma 2 Sociaal domein",
        "Activa   2023   Passiva   2023",
    ]
    running = RunningHeads(lines)
    half = [*lines[:6], "Activa   2023"]
    halved = running.halves(half)
    asked = [
        ("Beleidsartikelen", "Infrastructuurfonds"),
        ("Programma 2 Sociaal domein",),
        ("Passiva",),
        ("2023", "Activa"),
        ("Activa", "Passiva"),
        ("Wegen",),
    ]
    for parts in asked:
        for end in (7, 0, 3, 5, 6):  # out of order: read on only where asked further down
            for heads, printed in ((running, lines), (halved, half)):
                above = [_head_parts(line) for line in printed[:end]]
                assert heads.printed(parts, end) == (parts in above)
                shares = any(part in head for head in above for part in parts)
                assert heads.shares(parts, end) == shares


def _plain_break(next_page: list[str]) -> str:
    """A table as a plain text layer prints it (no layout, no blank lines), parted by a page
    break: the page's number, a form feed, then ``next_page``."""
    return "\n".join(
        [
            "Programmabegroting 2025",
            "Overzicht van baten en lasten per taakveld (bedragen x € 1.000)",
            "Taakveld Lasten Baten Saldo",
            "5 Sport, cultuur en recreatie",
            "5.1 Sportbeleid en activering 1.870 118 -1.752",
            "5.2 Sportaccommodaties 7.412 2.905 -4.507",
            "178",
            *next_page,
        ]
    )


def test_rows_go_on_under_the_heading_printed_again_right_under_the_running_head() -> None:
    """A plain text layer prints the next page's running head right over the column heading
    printed again, no blank line between ("178" / form feed "Gemeente Oss
    Programmabegroting 2025" / "Taakveld Lasten Baten Saldo"): the head and the heading
    are the break's furniture, and the rows past it go on under the group heading left
    open (they were read as another table, without their group)."""
    rows = ["5.4 Musea 1.305 0 -1.305", "5.5 Cultureel erfgoed 612 45 -567"]
    head = ["\fGemeente Oss Programmabegroting 2025", "Taakveld Lasten Baten Saldo"]
    [_table], cells, _warnings = read_text(_plain_break([*head, *rows]))
    parents = row_parents(cells)
    assert parents["5.4 Musea"] == "5 Sport, cultuur en recreatie"
    assert parents["5.5 Cultureel erfgoed"] == "5 Sport, cultuur en recreatie"
    assert len(cells) == 12


def test_a_new_pages_first_line_over_other_text_than_the_heading_ends_the_table() -> None:
    """The same break with the new page's first line over a caption, not over the table's
    heading ("Gemeente Oss Programmabegroting 2025" / "Tabel 2 ..."): another table opens
    there, the first ends at the break."""
    rows = ["Musea 1.305 0 -1.305", "Cultureel erfgoed 612 45 -567"]
    head = ["\fGemeente Oss Programmabegroting 2025", "Tabel 2 Reserves (bedragen x € 1.000)"]
    tables, cells, _warnings = read_text(_plain_break([*head, "Reserve Lasten Baten Saldo", *rows]))
    assert len(tables) == 2
    assert row_parents(cells)["Musea"] is None


_HEADING = "Art.   Omschrijving                                   2024       2025"


def _parts_over_a_page_break(last: str, first: str) -> str:
    """An article table over two pages, its heading printed again past the form feed:
    ``last`` the page's last line, ``first`` the first row past the break."""
    lines = [
        "Tabel 31 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
        "",
        _HEADING,
        "",
        "       Uitgaven                                        500        550",
        "34.2   Jeugd                                           500        550",
        "       Bijdrage aan agentschappen",
        "         Dienst Justitiële Inrichtingen                300        330",
        last,
        "",
        "",
        "\fTweede Kamer, vergaderjaar 2024–2025, 36 600 VI, nr. 2                   58",
        "",
        _HEADING,
        "",
        first,
        "34.3   Terugdringen recidive                           200        220",
        "         Onderzoek en innovatie                        200        220",
    ]
    return "\n".join(lines)


def test_a_heading_as_a_pages_last_line_heads_the_rows_past_the_break() -> None:
    """A group heading standing left of the item above it, the last line of its page, heads
    the rows indented past it under the heading printed again on the next page ("
    Subsidies (regelingen)" / form feed, running head, heading / "         Halt"): it was
    lost, and they hung under the heading above it."""
    text = _parts_over_a_page_break(
        "       Subsidies (regelingen)",
        "         Halt                                          200        220",
    )
    [_table], cells, _warnings = read_text(text)
    assert row_parents(cells)["Halt"] == "Subsidies (regelingen)"


def test_a_labels_rest_level_with_the_rows_at_a_pages_end_heads_nothing() -> None:
    """A value-less line at the page's end level with the item above it ("         Dienst
    Justitiële Inrichtingen   300" / "         Stichting Jeugd") may be that item's label
    wrapped: it heads no rows past the break."""
    text = _parts_over_a_page_break(
        "         Stichting Jeugd",
        "         Halt                                          200        220",
    )
    [_table], cells, _warnings = read_text(text)
    assert row_parents(cells)["Halt"] != "Stichting Jeugd"


def test_a_heading_over_two_lines_with_column_groups_printed_again_goes_on() -> None:
    """A heading of two lines, the first naming groups of columns ("Art.   Verplichtingen
    Uitgaven   Ontvangsten" over "2024   2024   2025   2024"), printed again past a page
    break: the rows under it go on in the table, under its unit and the groups' names (the
    heading looked for past the break was its second line alone; read as another table, the
    rows had neither, and the stand closing them summed no rows above the break)."""
    groups = "                                 Art.  Verplichtingen      Uitgaven   Ontvangsten"
    years = "Omschrijving                                       2024      2024      2025      2024"
    lines = [
        "Tabel 2 Departementale verticale toelichting (bedragen x € 1.000)",
        "",
        groups,
        years,
        "",
        "Stand ontwerpbegroting 2024                      19.804    19.812    19.306       412",
        "Mutatie amendementen               4             15.000    15.000",
        "Stand vastgestelde begroting 2024                19.819    19.827    19.306       412",
        "",
        "Beleidsmatige mutaties",
        "  Zorgakkoorden                    1             42.118    42.118    38.412",
        "",
        "",
        "\fTweede Kamer, vergaderjaar 2023–2024, 36 550 XVI, nr. 2                  8",
        "",
        groups,
        years,
        "",
        "  Jeugd: Hervormingsagenda         6           – 35.000  – 35.000  – 50.000",
        "  Coronamaatregelen                1                  0  – 18.412         0    22.305",
        "",
        "Stand 1e suppletoire begroting 2024              19.826    19.816    19.294    22.717",
    ]
    tables, cells, _warnings = read_text("\n".join(lines))
    assert len(tables) == 1 and tables[0]["unit_label"] == "x € 1.000"
    assert cell_grid(cells)[("Jeugd: Hervormingsagenda", "Uitgaven 2025")] == "– 50.000"
    assert row_parents(cells)["Jeugd: Hervormingsagenda"] == "Beleidsmatige mutaties"


def test_a_new_tables_title_over_the_same_heading_at_a_page_top_ends_the_table() -> None:
    """The next page opens on a line no other page's top prints, a new table's title
    ("Overzicht incidentele baten en lasten"), over the same column heading line: another
    table under the same heading, not the running head of the table going on."""
    rows = ["0.4 Overhead 450 0 -450", "5.2 Sloop De Wetering 320 75 -245"]
    head = ["\fOverzicht incidentele baten en lasten", "Taakveld Lasten Baten Saldo"]
    tables, cells, _warnings = read_text(_plain_break([*head, *rows]))
    assert len(tables) == 2
    assert row_parents(cells)["0.4 Overhead"] is None
    assert len(cells) == 12


def _plain_break_in_groups(number: list[str], next_page: list[str]) -> str:
    """A table of two groups as a plain text layer prints it (no blank lines), parted by a
    page break after its first group: ``number`` (the page's), then ``next_page``."""
    return "\n".join(
        [
            "Overzicht programma 2 (bedragen x € 1.000)",
            "Taakveld Begroting Realisatie Verschil",
            "Lasten",
            "2.1 Verkeer en vervoer 24.118 24.205 -87",
            "2.2 Parkeren 4.312 4.305 7",
            "Totaal lasten 28.430 28.510 -80",
            *number,
            *next_page,
        ]
    )


_NEXT_PAGE = [
    "\fJaarstukken 2023 Gemeente Voorbeeldstad",
    "Baten",
    "2.3 Havens 3.412 4.118 706",
    "2.4 Openbaar vervoer 7.305 6.812 -493",
]


def test_rows_go_on_under_a_group_line_right_under_the_next_pages_head() -> None:
    """Past the page's number alone and a form feed, the next page's running head stands
    right over a group line of the table, the heading not printed again ("47" / form feed
    "Jaarstukken 2023 Gemeente Voorbeeldstad" / "Baten" / rows): the number and the head are
    the break's furniture, the group line stays a group over the rows past it (the rows
    past the break were read as another table)."""
    tables, cells, _warnings = read_text(_plain_break_in_groups(["47"], _NEXT_PAGE))
    assert len(tables) == 1
    assert len(cells) == 15
    parents = row_parents(cells)
    assert parents["2.3 Havens"] == "Baten"
    assert parents["2.4 Openbaar vervoer"] == "Baten"
    assert parents["2.2 Parkeren"] == "Lasten"


def test_a_new_tables_title_and_heading_past_a_bare_number_take_no_rows_of_the_table() -> None:
    """The same break with the new page's first line a new table's title over its own
    heading of words, a group line under that ("Overzicht reserves" / "Reserve Begroting
    Realisatie Verschil" / "Baten"): the heading stands over the group line, no group over
    a row, so the table above ends at the page's number and takes none of its rows."""
    page = [
        "\fOverzicht reserves",
        "Reserve Begroting Realisatie Verschil",
        "Baten",
        "Algemene reserve 3.412 4.118 706",
    ]
    _tables, cells, _warnings = read_text(_plain_break_in_groups(["47"], page))
    first = {cell["table_id"] for cell in cells if cell["row_label"] == "2.2 Parkeren"}
    labels = {cell["row_label"] for cell in cells if cell["table_id"] in first}
    assert labels == {"2.1 Verkeer en vervoer", "2.2 Parkeren", "Totaal lasten"}


@pytest.mark.parametrize(
    "first",
    [
        "Overzicht incidentele baten en lasten",  # a new table's title
        "In de onderstaande tabel staan de reserves van dit programma.",  # a sentence
    ],
)
def test_a_first_line_past_a_bare_number_in_no_running_heads_form_ends_the_table(
    first: str,
) -> None:
    """Past the page's number alone and a form feed, a first line that names no document
    and its year and heads no other page (a new table's title, a sentence) over a group
    line and rows: no running head, so the rows past it are no rows of the table above,
    which ends at the page's number (they were joined to it under the group)."""
    page = [
        "\f" + first,
        "Incidentele lasten",
        "Herinrichting Stationsplein 1.250 1.180 70",
        "Sloop parkeergarage 430 512 -82",
    ]
    _tables, cells, _warnings = read_text(_plain_break_in_groups(["47"], page))
    first_table = {cell["table_id"] for cell in cells if cell["row_label"] == "2.2 Parkeren"}
    labels = {cell["row_label"] for cell in cells if cell["table_id"] in first_table}
    assert labels == {"2.1 Verkeer en vervoer", "2.2 Parkeren", "Totaal lasten"}


def _provisions_over_a_page_break(under_rows: str) -> str:
    """A municipal table of provisions as ``pdftotext -layout`` prints it over two pages,
    groups closed by their totals: ``under_rows`` printed under the first page's rows
    above its number, then a form feed, the running head printed above the table too, its
    two heading lines printed again, the last group and the grand total of the groups."""
    heading = [
        "                                          Saldo                       Saldo",
        "                                       1-1-2024   Toevoegingen   31-12-2024",
    ]
    head = "Jaarstukken 2024 gemeente Deventer".ljust(69)
    return "\n".join(
        [
            head + "118",
            "",
            "Overzicht voorzieningen (bedragen x € 1.000)",
            "",
            *heading,
            "",
            "Voorzieningen voor verplichtingen",
            "  Voorziening wachtgelden 1)              1.845            420        2.265",
            "  Voorziening pensioenen                  9.310          1.275       10.585",
            "Totaal verplichtingen                    11.155          1.695       12.850",
            "",
            "Onderhoudsegalisatievoorzieningen",
            "  Voorziening groot onderhoud            14.220          3.600       17.820",
            "  Voorziening sportvelden                 2.130            410        2.540",
            "Totaal onderhoudsegalisatievoorzieningen 16.350          4.010       20.360",
            "",
            "",
            under_rows,
            "118".rjust(75),
            "\f" + head + "119",
            "",
            *heading,
            "",
            "Voorzieningen middelen derden",
            "  Voorziening egalisatie riool            6.480          1.120        7.600",
            "Totaal middelen derden                    6.480          1.120        7.600",
            "",
            "Totaal voorzieningen                     33.985          6.825       40.810",
        ]
    )


def test_a_table_goes_on_under_its_heading_again_past_a_note_at_the_pages_foot() -> None:
    """A note to the rows ("1) Gewaardeerd op ...") set under them at the page's foot, then
    the page's number, the next page's running head and the table's heading lines printed
    again: the rows past the break are the table's, as where no note is printed, so the
    grand total that sums the groups' totals on both pages is their parent (the note ended
    the table, its last groups' totals found no parent and the grand total no parts)."""
    note = "1) Gewaardeerd op contante waarde met een rekenrente van 2,5%."
    tables, cells, _warnings = read_text(_provisions_over_a_page_break(note))
    assert len(tables) == 1
    parents = row_parents(cells)
    for total in ("Totaal verplichtingen", "Totaal onderhoudsegalisatievoorzieningen"):
        assert parents[total] == "Totaal voorzieningen"
    assert parents["Totaal middelen derden"] == "Totaal voorzieningen"


def test_prose_under_the_rows_at_the_pages_foot_still_ends_the_table() -> None:
    """Near form: a sentence under the rows, no note's mark opening it, ends the table
    above the page's foot; the rows under the heading printed again on the next page are
    another table's."""
    prose = "De voorzieningen zijn in 2024 per saldo toegenomen."
    tables, cells, _warnings = read_text(_provisions_over_a_page_break(prose))
    assert len(tables) == 2
    assert row_parents(cells)["Totaal verplichtingen"] is None


@pytest.mark.parametrize(
    "under_rows",
    [
        # a note, then a paragraph of prose after a blank line
        "1) Gewaardeerd op contante waarde.\n\nDe voorzieningen zijn in 2024 toegenomen"
        "\ndoor hogere dotaties aan de pensioenen.",
        # a note, then the next table's caption at the page's foot
        "1) Gewaardeerd op contante waarde.\n\n\nTabel 7 Reserves (bedragen x € 1.000)",
        # a note, then a sentence right under it in a capital where the note opens
        "1) Gewaardeerd op contante waarde.\nDe voorzieningen zijn in 2024 toegenomen.",
    ],
)
def test_text_past_a_note_at_the_pages_foot_ends_the_table(under_rows: str) -> None:
    """A note wraps only onto the lines right under it that go on with it: a paragraph,
    a caption or a sentence of its own past it is the text under the table, which ends
    there; the rows under the heading printed again on the next page are another table's."""
    tables, cells, _warnings = read_text(_provisions_over_a_page_break(under_rows))
    assert len(tables) == 2
    assert row_parents(cells)["Totaal verplichtingen"] is None


def test_a_numbered_list_under_rows_printing_no_mark_ends_the_table() -> None:
    """Items numbered by a bare number ("1 De ...") under rows that print no such mark are
    a list under the table, no notes to it: the table ends there."""
    text = _provisions_over_a_page_break(
        "1 De voorzieningen zijn in 2024 toegenomen.\n2 De pensioenen zijn herrekend."
    ).replace("wachtgelden 1)", "wachtgelden   ")
    tables, _cells, _warnings = read_text(text)
    assert len(tables) == 2


@pytest.mark.parametrize(
    ("under_rows", "mark"),
    [
        # a note opened by a bare number, the rows printing it glued to a label's word
        ("1 Gewaardeerd op contante waarde.", "wachtgelden1  "),
        # a note wrapped onto an indented line and one in lower case
        ("1) Gewaardeerd op contante waarde\n   met een rekenrente van 2,5%.", "wachtgelden 1)"),
        ("* Voorlopige cijfers; de pensioenen\nzijn herrekend.", "wachtgelden 1)"),
    ],
)
def test_a_note_and_its_wrapped_lines_at_the_pages_foot_are_passed_over(
    under_rows: str, mark: str
) -> None:
    """Near forms: a note the rows mark, and the lines it wraps onto, are passed over; the
    table goes on under its heading printed again."""
    text = _provisions_over_a_page_break(under_rows).replace("wachtgelden 1)", mark)
    tables, cells, _warnings = read_text(text)
    assert len(tables) == 1
    assert row_parents(cells)["Totaal middelen derden"] == "Totaal voorzieningen"


def _expenditure_over_a_page_break(caption_again: str) -> str:
    """A Miljoenennota annex's table as ``pdftotext -layout`` prints it over two pages:
    the first group's rows and subtotal, the page's foot (the document's name, its page
    number standing under the last column's figures), then a form feed opening the next
    page on ``caption_again``, the period line printed again, the second group's rows and
    subtotal and the grand total of the two (made-up figures)."""
    periods = " " * 41 + "".join(year.rjust(9) for year in ("2025", "2026", "2027"))

    def row(label: str, *values: str) -> str:
        return label.ljust(41) + "".join(value.rjust(9) for value in values)

    return "\n".join(
        [
            "Tabel 1.3 Netto-uitgaven onder en buiten het kader (in miljarden euro)",
            "",
            periods,
            "",
            row("Rijksbegroting in enge zin", "210,4", "222,7", "229,1"),
            row("Zorg", "101,3", "107,6", "112,2"),
            row("Totaal uitgavenkader", "311,7", "330,3", "341,3"),
            "",
            "",
            "Voorbeeldnota 2026".ljust(len(periods) - 3) + "148",
            "\f" + caption_again,
            "",
            periods,
            "",
            row("Rentelasten", "6,8", "8,1", "9,4"),
            row("Overige uitgaven", "2,9", "2,1", "1,6"),
            row("Totaal buiten het kader", "9,7", "10,2", "11,0"),
            "",
            row("Totaal netto-uitgaven", "321,4", "340,5", "352,3"),
        ]
    )


def test_a_table_goes_on_under_its_caption_printed_again_with_its_unit() -> None:
    """The caption printed again past the page's foot, going on with the unit after the
    mark ("(vervolg; in miljarden euro)") and the form feed before it, is the break's
    furniture: the rows go on under the period line printed again, the page's foot is
    no row of one value, and the grand total below the break sums the subtotals on either
    side of it (the caption opened a table of its own, the foot read as its last row, and
    neither subtotal found its parent)."""
    text = _expenditure_over_a_page_break(
        "Tabel 1.3 Netto-uitgaven onder en buiten het kader (vervolg; in miljarden euro)"
    )
    tables, cells, _warnings = read_text(text)
    assert len(tables) == 1
    assert "Voorbeeldnota 2026" not in {c["row_label"] for c in cells}
    parents = row_parents(cells)
    assert parents["Totaal uitgavenkader"] == "Totaal netto-uitgaven"
    assert parents["Totaal buiten het kader"] == "Totaal netto-uitgaven"


def test_another_tables_caption_past_the_pages_foot_opens_a_table_of_its_own() -> None:
    """Near form: a caption past the page's foot that does not say the table goes on is
    another table's, though the period line under it is the same: two tables."""
    text = _expenditure_over_a_page_break(
        "Tabel 1.4 Niet-kaderrelevante uitgaven (in miljarden euro)"
    )
    tables, _cells, _warnings = read_text(text)
    assert len(tables) == 2


def _reserves_over_a_page(after: list[str]) -> str:
    """A staat van reserves whose first rows end a page: its foot prints the page's number
    between its words, the next page opens on the running head without it, then ``after``."""
    head = "Jaarstukken 2023" + " " * 40 + "Gemeente Meppel"
    return "\n".join(
        [
            head,
            "",
            "Tabel 5.3 Overzicht reserves (bedragen in €)",
            "",
            _row("", "Saldo", "Toevoeging", "Onttrekking"),
            "",
            "Algemene reserves",
            _row("  Algemene reserve", "18.412", "2.150", "3.412"),
            _row("  Reserve weerstand", "5.000", "-", "-"),
            _row("Totaal algemene reserves", "23.412", "2.150", "3.412"),
            "",
            "",
            "Jaarstukken 2023" + " " * 20 + "134" + " " * 17 + "Gemeente Meppel",
            "\f" + head,
            "",
            *after,
        ]
    )


def test_rows_go_on_under_a_group_line_past_a_foot_numbered_between_its_words() -> None:
    """Past a foot printing the page's number between its words and the running head
    printed again without it, a group line over rows of the table's width goes on with the
    table (the foot read as no page's, the table ended there and its rows went unread)."""
    text = _reserves_over_a_page(
        [
            "Bestemmingsreserves",
            _row("  Reserve onderhoud", "3.412", "812", "1.104"),
            _row("  Reserve sociaal domein", "4.880", "500", "1.916"),
            _row("Totaal bestemmingsreserves", "8.292", "1.312", "3.020"),
        ]
    )
    [_table], cells, warnings = read_text(text)
    assert not warnings
    assert cell_grid(cells)[("Reserve sociaal domein", "Toevoeging")] == "500"
    assert row_parents(cells)["Reserve onderhoud"] == "Bestemmingsreserves"


def test_a_new_captioned_table_past_that_break_is_a_table_of_its_own() -> None:
    """Past the same break, a caption opens another table: its rows are none of the
    first's."""
    text = _reserves_over_a_page(
        [
            "Tabel 5.4 Overzicht voorzieningen (bedragen in €)",
            "",
            _row("", "Saldo", "Toevoeging", "Vrijval"),
            "",
            _row("Voorziening pensioenen", "3.105", "412", "188"),
            _row("Totaal voorzieningen", "3.105", "412", "188"),
        ]
    )
    first, second = read_text(text)[0]
    assert first["number"] == "5.3" and first["row_count"] == 3
    assert second["number"] == "5.4"


def test_a_paragraph_past_that_break_ends_the_table() -> None:
    """Past the same break, prose follows: the table ends above the foot."""
    text = _reserves_over_a_page(
        [
            "De toevoeging aan de algemene reserve betreft de verkoop van aandelen.",
            "",
            "Het verloop is in de tabel hierboven opgenomen.",
        ]
    )
    [table], cells, _ = read_text(text)
    assert table["row_count"] == 3 and len(cells) == 9


@pytest.mark.parametrize(
    ("first", "turn"),
    [
        ("\f5.3 Toelichting op de balans 45", set()),
        ("\f45", {2, 3, 4}),
        ("\fJaarrekening 2024 45", {2, 3, 4}),
    ],
)
def test_a_page_turn_is_none_where_the_new_page_opens_on_a_section_numbered(
    first: str, turn: set[int]
) -> None:
    """``page_turn``: a new page opening on a section's heading ("5.3 Toelichting op de
    balans") is no turn between two tables, even where that first line shows the turn by
    the page's number at its end: the table under it is the section's own (failed before).
    Near forms: the page's number alone, or a running head naming the document, are the
    turn."""
    lines = ["Totaal  1.000  2.000", "", "Jaarstukken 2024 Gemeente Ede", "88", first, ""]
    assert tables_page_breaks.page_turn(lines, 1, set()) == turn


def _two_tables_sharing_a_row(foot: tuple[str, str] | None = None) -> str:
    """Two tables of one page, a count column after the money, the second's regeling
    printing the first's figures again and no count ("  Regeling sport   3.100   3.050
    50" in both); with ``foot``, the first runs over a page break whose foot's words end in
    a figure, then its page's number (each page's)."""
    head = [
        _row("", "Realisatie", "Begroting", "Verschil", "Aantal"),
        _row("", "2024", "2024", "2024", "2024"),
    ]
    first = [
        "Tabel 6.2 Subsidies naar regeling 2024 (bedragen x € 1.000)",
        "",
        *head,
        _row("Subsidies", "8.200", "7.950", "250"),
        _row("  Regeling jeugd", "5.100", "4.900", "200", "14"),
    ]
    if foot is not None:
        first += ["", f"{foot[0]:60}41", f"\f{foot[1]:60}42", ""]
    first.append(_row("  Regeling sport", "3.100", "3.050", "50"))
    second = [
        "",
        "Tabel 6.3 Subsidies naar regeling 2025 (bedragen x € 1.000)",
        "",
        *head,
        _row("Subsidies", "9.450", "9.300", "150"),
        _row("  Regeling jeugd", "4.300", "4.250", "50", "12"),
        _row("  Regeling sport", "3.100", "3.050", "50"),
        _row("  Regeling cultuur", "2.050", "2.000", "50", "3"),
    ]
    return "\n".join([*first, *second])


def test_a_row_printed_again_in_the_next_table_is_no_running_line() -> None:
    """A row printed the same in two tables of a page ends in one same number both times,
    where a running line's page number changes from page to page: it is the second table's
    row too. Taken for a page's running line, it was cut out of both, and the second
    table's total no longer added up its rows."""
    _tables, cells, _warnings = read_text(_two_tables_sharing_a_row())
    sport = {(c["table_id"], c["column_label"]): c["value_text"] for c in cells
             if c["row_label"] == "Regeling sport"}  # fmt: skip
    assert len({table for table, _column in sport}) == 2
    assert set(sport.values()) == {"3.100", "3.050", "50"}
    assert row_parents(cells)["Regeling cultuur"] == "Subsidies"


def test_a_running_foot_ending_in_a_figure_before_each_pages_number_is_still_furniture() -> None:
    """The near form: a page's foot whose words end in a figure ("Jaarverslag 2023
    Onderwijs, deel 2") printed on two pages, each with its own page's number, is a running
    line still: the rows go on past it, and it is no row."""
    foot = "Jaarverslag 2023 Onderwijs, deel 2"
    _tables, cells, _warnings = read_text(_two_tables_sharing_a_row((foot, foot)))
    assert not [cell for cell in cells if cell["row_label"].startswith("Jaarverslag")]
    assert {"41", "42"}.isdisjoint(cell["value_text"] for cell in cells)


def _plain_staat(last: str) -> str:
    """A begrotingsstaat as plain pdftotext prints it, every line at the margin, a group
    line over its articles; ``last`` the page's last line before its foot, then the form
    feed, the caption and the heading lines again and two more articles."""
    head = [
        "Wijziging van de begrotingsstaat van het Ministerie van OCW (VIII) voor het jaar 2023",
        "(wijziging samenhangende met de Najaarsnota) (bedragen x € 1.000)",
        "Art. Omschrijving",
        "Vastgestelde begroting",
        "(1)",
        "Mutaties (+ of –) 2e suppletoire begroting",
        "(2)",
        "Verplichtingen Uitgaven Ontvangsten Verplichtingen Uitgaven Ontvangsten",
    ]
    return "\n".join(
        [
            *head,
            "Totaal 8.612.300 8.601.100 5.350 23.700 22.500 0",
            "Beleidsartikelen",
            "1 Primair onderwijs 4.120.500 4.118.700 4.200 12.400 11.800 0",
            "3 Voortgezet onderwijs 4.118.300 4.113.700 1.150 12.850 12.200 0",
            last,
            "Tweede Kamer, vergaderjaar 2023–2024, 36 460 VIII, nr. 2 3",
            "\f" + head[0],
            *head[1:],
            "91 Nog onverdeeld 52.100 52.100 0 –1.300 –1.300 0",
            "95 Apparaatsuitgaven 321.400 316.600 0 –250 –200 0",
        ]
    )


def test_a_group_line_level_with_the_rows_as_a_pages_last_line_heads_the_rows_past_it() -> None:
    """In a table printing its group lines level with its rows (plain text: every line at
    the margin, "Beleidsartikelen" over "1 Primair onderwijs ..."), a capitalised line
    without values ending the page ("Niet-beleidsartikelen"), the heading printed again
    past the form feed, heads the rows past the break: the table ended there, and the
    rows past it were a table of their own without their group."""
    _tables, cells, _warnings = read_text(_plain_staat("Niet-beleidsartikelen"))
    parents = row_parents(cells)
    assert parents["91 Nog onverdeeld"] == parents["95 Apparaatsuitgaven"]
    assert parents["95 Apparaatsuitgaven"] == "Niet-beleidsartikelen"
    assert parents["3 Voortgezet onderwijs"] == "Beleidsartikelen"


def test_a_labels_rest_in_lower_case_as_a_pages_last_line_heads_nothing() -> None:
    """The near form: the page's last line opens in lower case ("schoolkosten"), the rest
    of a label, no heading: the rows past the break take no group from it, and are read."""
    _tables, cells, _warnings = read_text(_plain_staat("schoolkosten"))
    parents = row_parents(cells)
    assert "schoolkosten" not in set(parents.values())
    assert "91 Nog onverdeeld" in parents
    assert parents["91 Nog onverdeeld"] != "schoolkosten"


def _numbered_over_a_page_break(heading: list[str], caption_again: str) -> str:
    """A suppletoire's table as a plain text layer prints it over two pages: its caption,
    ``heading`` over a number for each column ("(1) (2) (3)=(1)+(2) (4) (5)"), the
    receipts' total over its first instruments, the page's foot and the next page's head
    (the Kamerstuk's number and page), ``caption_again`` with the heading and numbers
    printed again, the last instrument and the receipts (made-up figures)."""
    foot = "Tweede Kamer, vergaderjaar 2024–2025, 36 100 VII, nr. 2 {}"
    numbers = "(1) (2) (3)=(1)+(2) (4) (5)"
    return "\n".join(
        [
            foot.format(9),
            "Tabel 3 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            *heading,
            numbers,
            "Verplichtingen 170.000 8.000 178.000 -2.500 -600",
            "Uitgaven 162.790 8.185 170.975 -2.650 -650",
            "Opdrachten 62.790 3.185 65.975 -1.650 -650",
            foot.format(9),
            foot.format(10),
            caption_again,
            *heading,
            numbers,
            "Bijdrage aan medeoverheden 100.000 5.000 105.000 -1.000 0",
            "Ontvangsten 12.000 500 12.500 0 0",
        ]
    )


_ACROSS = [
    "Stand Mutatie 1e Stand 1e Mutatie Mutatie",
    "vastgestelde suppletoire suppletoire 2026 2027",
    "begroting 2025 begroting 2025 begroting 2025",
]


@pytest.mark.parametrize("heading", [_ACROSS, ["Begroting Mutatie Stand Raming Raming"]])
def test_headings_a_number_line_numbers_printed_again_past_a_page_break_go_on(
    heading: list[str],
) -> None:
    """The headings a line of column numbers numbers, read from the lines above it (across
    the page, or one line), are the table's heading: printed again past a page break with
    the numbers ("Tabel 3 (vervolg)" over them), the rows under them go on in the table.
    Looked for again as the numbers' line alone, the heading was not found: the rows past
    the break were a table of their own, the instrument there cut off from its total above
    ("Uitgaven" the sum of "Opdrachten" and "Bijdrage aan medeoverheden")."""
    caption = "Tabel 3 (vervolg) Budgettaire gevolgen van beleid (bedragen x € 1.000)"
    tables, cells, _warnings = read_text(_numbered_over_a_page_break(heading, caption))
    assert len(tables) == 1
    assert len(cells) == 25
    parents = row_parents(cells)
    assert parents["Bijdrage aan medeoverheden"] == parents["Opdrachten"] == "Uitgaven"
    assert parents["Ontvangsten"] is None


@pytest.mark.parametrize("heading", [_ACROSS, ["Begroting Mutatie Stand Raming Raming"]])
def test_another_tables_caption_over_the_same_numbered_headings_is_a_table_of_its_own(
    heading: list[str],
) -> None:
    """Near form: past the page break another table's caption ("Tabel 4 ...") over the
    same headings and numbers opens a table of its own: its rows take no parent above."""
    caption = "Tabel 4 Budgettaire gevolgen van beleid artikel 23 (bedragen x € 1.000)"
    tables, cells, _warnings = read_text(_numbered_over_a_page_break(heading, caption))
    assert len(tables) == 2
    assert row_parents(cells)["Bijdrage aan medeoverheden"] is None


def _instruments_over_a_page_break(shift: int) -> str:
    """A jaarverslag's table as pdftotext -layout prints it over two pages: the first ends
    in an instrument's heading, its rows on the next page, past a form feed opening the
    next page's running head (its number at the right), the caption going on and the
    heading printed again, each run ``shift`` places right of where it stood."""
    ends = (50, 62, 76)

    def line(label: str, *texts: str, by: int = 0) -> str:
        out = label
        for end, text in zip(ends, texts, strict=True):
            out = out.ljust(end + by - len(text)) + text
        return out

    return "\n".join(
        [
            "Jaarverslag Sociale Zaken 2020",
            "",
            "Tabel 2.2 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            line("", "2019", "2020", "Verschil"),
            line("Uitgaven", "6.342.833", "6.437.532", "94.699"),
            "Inkomensoverdrachten",
            line("   Toeslagenwet", "182.410", "185.223", "2.813"),
            "Bijdrage aan medeoverheden",
            "\fJaarverslag Sociale Zaken 2020".ljust(76) + "41",
            "",
            "Tabel 2.2 Budgettaire gevolgen van beleid (vervolg)",
            line("", "2019", "2020", "Verschil", by=shift),
            line("   Participatiewet", "6.160.423", "6.252.309", "91.886", by=shift),
            "",
            line("Ontvangsten", "112.405", "98.330", "– 14.075"),
            "",
            "Toelichting",
        ]
    )


@pytest.mark.parametrize("shift", [0, 1])
def test_a_heading_orphaned_at_a_pages_foot_heads_the_rows_past_the_break(shift: int) -> None:
    """The first page ends in an instrument's heading ("Bijdrage aan medeoverheden"), right
    above the form feed opening the next page's running head ("... 2020      41"); its rows
    follow under the heading printed again, maybe a place off. The running head is no row
    (its number was stored as the last column's value, and, right under a line with text,
    it was taken for a row's), and the heading heads the rows past the break (dropped as
    the last line of the first page, its rows had none)."""
    _tables, cells, _warnings = read_text(_instruments_over_a_page_break(shift))
    assert "41" not in {c["value_text"] for c in cells}
    assert row_parents(cells)["Participatiewet"] == "Bijdrage aan medeoverheden"
    assert cell_grid(cells)[("Participatiewet", "2020")] == "6.252.309"


def test_a_one_value_row_right_under_a_row_on_a_new_page_is_a_row() -> None:
    """The near form: a line ending in one figure opening on a form feed right under a row
    of figures (a table going on at the next page's top, no head printed) is no page's
    head: a row of one value, as before."""
    text = "\n".join(
        [
            "Tabel 4 Uitgaven (bedragen x € 1.000)",
            "                                   2019        2020",
            "Uitgaven                          1.200       1.300",
            "\fEindejaarsmarge                                 41",
            "Ontvangsten                          80          90",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells)[("Eindejaarsmarge", "2020")] == "41"


def test_a_head_opening_on_a_form_feed_under_a_heading_turns_the_page() -> None:
    """The next page's head opening on a form feed ("\\fJaarverslag ... 2020      41") turns
    the page whatever line of words ends the page above it (a group's heading orphaned
    there, "Bijdrage aan medeoverheden"): read as no turn, it was a row of one value, its
    page number. A foot printing its number right above ("168      Miljoenennota 2020")
    leaves the head to the rules of a foot and head together, as before."""
    head = "\fJaarverslag Sociale Zaken en Werkgelegenheid 2020" + " " * 30 + "41"
    assert turns_page(["Uitgaven   1.200", "Bijdrage aan medeoverheden", head], 2)
    assert not turns_page(["Uitgaven   1.200", "168" + " " * 40 + "Miljoenennota 2020", head], 2)
