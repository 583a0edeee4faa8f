"""Tests of turning a page's lines into cell-per-line items (``tables_cell_items``)."""

from __future__ import annotations

import pytest
from table_texts import cell_grid, read_text, row_parents

from budgetkit.extract.tables_cell_items import items_of
from budgetkit.textmodel import TextModel


def test_a_letter_s_page_furniture_between_two_rows_of_a_cell_per_line_table() -> None:
    """A Kamerbrief as plain pdftotext prints it, one cell per line without blank lines, the
    table running over a page break: between two rows the page's mark ("Pagina 2 van 3")
    and the letter's margin of headed fields ("Datum" / "5 maart 2026", "Onze referentie" /
    "2026-0000123456"). They are page furniture, no rows: the rows after the break keep
    their parent, the total (the reference number headed them as a group)."""
    text = "\n".join(
        [
            "Tabel 2 Bijdragen aan de openbare lichamen 2026-2027 (bedragen x € 1.000)",
            "Bijdrage",
            "2026",
            "2027",
            "Vrije uitkering Bonaire",
            "12.500",
            "12.900",
            "Pagina 2 van 4",
            "Datum",
            "5 maart 2026",
            "Onze referentie",
            "2026-0000123456",
            "Vrije uitkering Sint Eustatius",
            "4.100",
            "4.250",
            "Vrije uitkering Saba",
            "3.200",
            "3.300",
            "Totaal",
            "19.800",
            "20.450",
        ]
    )
    [table], cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert len(cells) == 8 and table["line_end"] == 21
    assert parents["Vrije uitkering Sint Eustatius"] == "Totaal"
    assert parents["Vrije uitkering Bonaire"] == "Totaal"
    assert not any("2026-0000123456" in (c["parent_row_label"] or "") for c in cells)


def test_a_heading_row_of_years_printed_on_one_line_heads_cells_one_a_line() -> None:
    """A plain text layer prints a table's cells one a line, no blank line between, but the
    heading row of years on one line ("2022 2023 2024 2025 2026"): each year heads its
    column (the table was not found at all)."""
    text = "\n".join(
        [
            "Tabel 3.2 Budgettaire gevolgen van beleid artikel 3 (bedragen x € 1.000)",
            "2022 2023 2024 2025 2026",
            "Verplichtingen",
            *["210.400", "198.300", "201.120", "199.870", "199.870"],
            "Uitgaven",
            *["205.310", "201.900", "200.450", "199.870", "199.870"],
            "Subsidies",
            *["120.100", "118.700", "117.450", "116.870", "116.870"],
            "Opdrachten",
            *["85.210", "83.200", "83.000", "83.000", "83.000"],
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Verplichtingen", "2022")] == "210.400"
    assert grid[("Opdrachten", "2026")] == "83.000"
    assert row_parents(cells)["Subsidies"] == "Uitgaven"
    assert len(cells) == 20


def _indented_cells(years: str) -> str:
    """A table as lxml's ``text_content()`` prints a web page's: the heading row, written on
    one source line, as ``years``; every other cell on a line of its own, indented as the
    source indents it, a line of white space closing each row."""
    rows = [
        ("Verplichtingen", "48 310", "51 200", "50 940"),
        ("Uitgaven", "47 905", "50 870", "50 940"),
        ("Subsidies", "30 105", "32 470", "32 140"),
        ("Opdrachten", "17 800", "18 400", "18 800"),
    ]
    lines = ["Tabel 7.2 Budgettaire gevolgen van beleid (x € 1 000)", "", years, ""]
    for row in rows:
        lines += [f"            {cell}" for cell in row] + ["          ", ""]
    return "\n".join(lines)


def test_a_heading_row_of_years_glued_together_heads_cells_one_a_line() -> None:
    """A text layer that joins a heading row's cells with nothing between them prints its
    years as one run of digits ("\xa0201620172018"): each four digits head a column, in
    order (the table was not found at all: the run read as one figure)."""
    _tables, cells, _warnings = read_text(_indented_cells("\xa0201620172018"))
    grid = cell_grid(cells)
    assert grid[("Verplichtingen", "2016")] == "48 310"
    assert grid[("Opdrachten", "2018")] == "18 800"
    assert row_parents(cells)["Subsidies"] == "Uitgaven"
    assert len(cells) == 12


def test_glued_digits_that_are_no_years_in_order_head_no_column() -> None:
    """Twelve digits that are not three years each later than the one before
    ("201820172016", "209920989001") are no heading row: no cell is headed by a piece of
    them."""
    for glued in ("201820172016", "209920989001"):
        _tables, cells, _warnings = read_text(_indented_cells(glued))
        assert not any(c["column_label"] in {"2016", "2017", "2018", "2098"} for c in cells)


def test_lines_opening_with_a_number_that_is_no_cell_give_no_items() -> None:
    """A letter's numbered headings and footnotes ("1. Ruimte voor innovatie", "2 Kamerstuk
    29 282, nr. 485") open with a number, close together, but none is a cell: no stretch
    of the letter is read as items (each of its lines was, as text no table starts with),
    while a stretch holding cells still is."""
    letter = [
        "1. Ruimte voor innovatieve werkvormen",
        "",
        "Met het programma werken we aan de arbeidsmarkt in zorg en welzijn.",
        "2. Ruimte voor behoud van medewerkers",
        "",
        "1 Kamerstuk 29 282, nr. 492",
        "2 Kamerstuk 29 282, nr. 485",
    ]
    model = TextModel("\n".join(letter))
    assert items_of(model.lines, model.layout) == []
    table = ["Uitgaven", "", "2025", "", "2026", "", "Subsidies", "", "1.200", "", "1.300"]
    model = TextModel("\n".join(letter + table))
    items = items_of(model.lines, model.layout)
    assert "".join(item.kind for item in items).endswith("TYYTVV")


def test_a_euro_sign_before_a_dash_alone_on_its_line_is_a_nil_cell_not_a_label() -> None:
    """A ZBO's jaarrekening on its web page, one cell per line, every cell printing its
    euro sign ("€ 4.902.115"), a nil printed as accounting formats do: "€ -". It is the
    row's nil cell, as a dash alone is; read as text, it became the label of a row of the
    one value after it, which lost its own row."""
    text = "\n".join(
        [
            "Specificatie huisvestingskosten",
            "Omschrijving",
            "Realisatie 2024",
            "Begroting 2024",
            "Realisatie 2023",
            "Huur en servicekosten",
            "€ 2.418.300",
            "€ 2.450.000",
            "€ 2.376.120",
            "Ontvangen huur onderverhuur",
            "€ -96.400",
            "€ -",
            "€ -88.215",
            "Totaal huisvestingskosten",
            "€ 2.321.900",
            "€ 2.450.000",
            "€ 2.287.905",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Ontvangen huur onderverhuur", "Realisatie 2023")] == "€ -88.215"
    assert grid[("Ontvangen huur onderverhuur", "Realisatie 2024")] == "€ -96.400"
    assert not any(c["row_label"] == "€ -" for c in cells)
    assert row_parents(cells)["Ontvangen huur onderverhuur"] == "Totaal huisvestingskosten"


def test_a_kamerstuk_page_break_its_number_after_the_head_inside_a_cell_per_line_table() -> None:
    """A Miljoenennota's table as pdftotext prints it without -layout, one cell per line,
    running over a page: the form feed opens the next page's head, the Kamerstuk's line,
    then the page's number, then the head's other half, the document's name and year.
    None is a row nor a group over the rows after the break: they keep the total below as
    their parent, and no row is labelled with the head."""
    text = "\n".join(
        [
            "Tabel 4.2 Niet-belastingontvangsten (in miljoenen euro)",
            "Raming",
            "2011",
            "Raming",
            "2012",
            "Aardgasbaten",
            "10.120",
            "11.450",
            "Boeten en transacties",
            "1.015",
            "1.102",
            "\fTweede Kamer, vergaderjaar 2010–2011, 32 500, nr. 1",
            "84",
            "Miljoenennota 2011",
            "Rente-ontvangsten",
            "2.330",
            "2.118",
            "Dividenden",
            "1.735",
            "1.630",
            "Totaal",
            "15.200",
            "16.300",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Rente-ontvangsten", "Raming 2011")] == "2.330"
    assert grid[("Dividenden", "Raming 2012")] == "1.630"
    parents = row_parents(cells)
    assert parents["Rente-ontvangsten"] == "Totaal"
    assert parents["Aardgasbaten"] == "Totaal"
    assert not any("Kamer" in (c["parent_row_label"] or "") for c in cells)
    assert not any("Miljoenennota" in c["row_label"] for c in cells)


def test_a_table_continued_past_a_page_break_its_caption_or_heading_printed_again() -> None:
    """A begroting's table printed one cell per line over two pages: past the Kamerstuk
    head and the page's number the next page prints the caption again, "(vervolg)" after
    it, or the heading's cells again. Both are the break's, no group row nor the end of
    the table: the rows after them are read under the same columns."""
    head = [
        "Tabel 3 Budgettaire gevolgen van beleid artikel 4 (x € 1.000)",
        "Realisatie",
        "2023",
        "Begroting",
        "2024",
        "Verplichtingen",
        "41.200",
        "43.950",
        "Uitgaven",
        "40.118",
        "42.700",
        "4.1 Subsidies",
        "30.015",
        "31.400",
        "\fTweede Kamer, vergaderjaar 2023–2024, 36 410 XIV, nr. 2",
        "27",
    ]
    rest = [
        "4.2 Opdrachten",
        "10.103",
        "11.300",
        "Ontvangsten",
        "1.250",
        "900",
    ]
    for again in (
        ["Tabel 3 Budgettaire gevolgen van beleid artikel 4 (x € 1.000) (vervolg)"],
        ["Realisatie", "2023", "Begroting", "2024"],
    ):
        _tables, cells, _warnings = read_text("\n".join(head + again + rest))
        grid = cell_grid(cells)
        assert grid[("4.2 Opdrachten", "Realisatie 2023")] == "10.103"
        assert grid[("Ontvangsten", "Begroting 2024")] == "900"
        assert row_parents(cells)["4.2 Opdrachten"] == "Uitgaven"


def _jaarverslag_table(number_row: list[str]) -> str:
    """An old jaarverslag's table one cell per line: a code column and the labels' heading,
    then the periods', ``number_row`` under them, rows opening with their code cell."""
    return "\n\n".join(
        [
            "Budgettaire gevolgen van beleid",
            "(x € 1 000)",
            "Art.",
            "Omschrijving",
            "Realisatie 2007",
            "Realisatie 2008",
            "Vastgestelde begroting 2008",
            "Verschil 2008",
            *number_row,
            " ",
            "Uitgaven",
            "5 100",
            "5 300",
            "5 000",
            "300",
            "7.1",
            "Water",
            "3 100",
            "3 200",
            "3 000",
            "200",
            " ",
            "Ontvangsten",
            "40",
            "50",
            "60",
            "– 10",
        ]
    )


def test_a_row_of_bare_column_numbers_under_the_headings_is_no_row() -> None:
    """A row of column numbers printed bare under the headings (" " / " " / "1" / "2" /
    "3" / "4=2–3"): the numbers are no row of figures and the formula heads no group; every
    value stays under its own column."""
    _tables, cells, _warnings = read_text(_jaarverslag_table([" ", " ", "1", "2", "3", "4=2–3"]))
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Realisatie 2007")] == "5 100"
    assert grid[("7.1 Water", "Verschil 2008")] == "200"
    assert grid[("Ontvangsten", "Verschil 2008")] == "– 10"
    assert row_parents(cells)["Uitgaven"] is None
    assert {c["row_label"] for c in cells} == {"Uitgaven", "7.1 Water", "Ontvangsten"}


def test_bare_numbers_with_no_formula_after_them_stay_as_printed() -> None:
    """Numbers 1, 2, 3 under the headings with no formula closing them may be a row's
    figures: they are read as they were, no numbers left out."""
    model = TextModel(_jaarverslag_table([" ", " ", "1", "2", "3", "4"]))
    texts = [item.text for item in items_of(model.lines, model.layout)]
    heading_end = texts.index("Verschil 2008")
    assert texts[heading_end + 1 : heading_end + 7] == ["", "", "1", "2", "3", "4"]


def test_a_kamerstuk_foot_between_two_rows_of_a_cell_per_line_table_is_no_row() -> None:
    """A suppletoire begroting's table as pdftotext prints it without -layout, one cell a
    line, running over a page: the page's foot, the Kamerstuk's line with the page's number
    one space after the piece's, stands between two rows, and the form feed opens the next
    row's label. The foot is page furniture, no group row over the rows after it: they keep
    the row above the break as their parent."""
    text = "\n".join(
        [
            "Tabel 3 Budgettaire gevolgen van beleid artikel 32 (bedragen x € 1.000)",
            "Omschrijving",
            "2025",
            "2026",
            "Uitgaven",
            "843.667",
            "69.550",
            "Subsidies (regelingen)",
            "743.350",
            "67.500",
            "Investeringssubsidie",
            "512.400",
            "60.000",
            "Tweede Kamer, vergaderjaar 2024–2025, 36 740 XXIII, nr. 2 9",
            "\fNationaal Isolatieprogramma",
            "230.950",
            "7.500",
            "Opdrachten",
            "100.317",
            "2.050",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["Nationaal Isolatieprogramma"] == "Subsidies (regelingen)"
    assert cell_grid(cells)[("Nationaal Isolatieprogramma", "2026")] == "7.500"
    assert not any("Kamer" in (c["parent_row_label"] or "") for c in cells)


def _reserves_over_a_page_break(foot: str) -> str:
    """A table of reserves printed one cell per line (plain pdftotext, no blank lines), over
    a page break: ``foot`` on the page's last line but one, the page's number, then a form
    feed and the heading printed again, the rest of the group and its total."""
    heading = ["Omschrijving", "Saldo 2026", "Mutatie", "Saldo 2027"]
    return "\n".join(
        [
            "Tabel 7.3 Overzicht reserves (bedragen x € 1.000)",
            *heading,
            "Reserve sociaal domein",
            "9.412",
            "-3.250",
            "6.162",
            "Reserve kapitaallasten",
            "41.870",
            "-2.418",
            "39.452",
            foot,
            "143",
            "\f" + heading[0],
            *heading[1:],
            "Reserve Spoorzone",
            "6.105",
            "-1.650",
            "4.455",
            "Totaal bestemmingsreserves",
            "57.387",
            "-7.318",
            "50.069",
        ]
    )


def test_a_running_foot_over_the_page_number_inside_a_cell_per_line_table_is_no_group() -> None:
    """The page's running foot over its number before the form feed ("Programmabegroting
    2026" / "143" / form feed), inside a table printed one cell per line: page furniture,
    no group row (read as one, it headed the rows past the break, which lost their
    total as parent)."""
    _tables, cells, _warnings = read_text(_reserves_over_a_page_break("Programmabegroting 2026"))
    parents = row_parents(cells)
    assert parents["Reserve Spoorzone"] == "Totaal bestemmingsreserves"
    assert parents["Reserve kapitaallasten"] == "Totaal bestemmingsreserves"
    assert "Programmabegroting 2026" not in parents


def test_a_group_over_the_page_number_not_in_a_running_foots_form_stays_a_group() -> None:
    """The near form: the line over the page number is no running foot's form (a group's
    name, no year: "Overige reserves"): it is left as printed, a group row."""
    _tables, cells, _warnings = read_text(_reserves_over_a_page_break("Overige reserves"))
    assert row_parents(cells)["Reserve Spoorzone"] == "Overige reserves"


def _reserves_under_a_page_head(foot: str, head: str) -> str:
    """The same table of reserves over a page break where the next page opens with a
    running head of its own (``head``) in place of the heading printed again: ``foot`` on
    the page's last line but one, then the page's number, the form feed and ``head``."""
    text = _reserves_over_a_page_break(foot)
    heading = "\fOmschrijving\nSaldo 2026\nMutatie\nSaldo 2027"
    return text.replace(heading, "\f" + head)


def test_a_group_ending_in_a_year_over_the_number_under_the_next_pages_own_head() -> None:
    """A line over the page's number in a running head's form (words ending in a year),
    where the next page prints a running head of its own at its top, no heading again
    ("Reserves ingesteld in 2025" / "143" / form feed "Begroting 2026 Gemeente Oss"): the
    page names its document at its top, and the line over the number is a group row of
    the table, heading the rows past the break (it was dropped as the page's foot)."""
    text = _reserves_under_a_page_head("Reserves ingesteld in 2025", "Begroting 2026 Gemeente Oss")
    parents = row_parents(read_text(text)[1])
    assert parents["Reserve Spoorzone"] == "Reserves ingesteld in 2025"
    assert parents["Reserve kapitaallasten"] == "Totaal bestemmingsreserves"
    assert "Begroting 2026 Gemeente Oss" not in parents


def test_a_foot_printed_again_as_the_next_pages_head_is_no_group() -> None:
    """The line over the page's number printed again as the next page's first line
    ("Jaarstukken 2023 Gemeente Voorbeeldstad" over "143" and past the form feed), though not
    ending in its year: a running line, printed on every page, no group row (it headed the
    rows past the break)."""
    name = "Jaarstukken 2023 Gemeente Voorbeeldstad"
    parents = row_parents(read_text(_reserves_under_a_page_head(name, name))[1])
    assert parents["Reserve Spoorzone"] == "Totaal bestemmingsreserves"
    assert name not in parents


def _contributions_over_a_page_break(last: str, head: str) -> str:
    """A table of one value a row printed one cell per line over a page break: ``last``, a
    label, then its value (a number of a page number's form) right before the form feed,
    the next page opening with ``head``, no page number printed."""
    return "\n".join(
        [
            "Tabel 2.2 Bijdragen verbonden partijen (bedragen x € 1.000)",
            "Verbonden partij",
            "Bijdrage",
            "Veiligheidsregio",
            "9.412",
            "Regionale uitvoeringsdienst",
            "3.250",
            last,
            "812",
            "\f" + head,
            "Omrin",
            "1.650",
            "Totaal bijdragen",
            "15.124",
        ]
    )


def test_a_lone_number_before_the_form_feed_is_the_value_of_a_one_value_row() -> None:
    """In a table of one value a row, a label and a lone number right before the form feed
    ("Afvalsamenwerking Noord 2025" / "812" / form feed "Programmabegroting 2025") are a
    full row, the page printing no number: the number is the row's value and the next
    page's running head alone is furniture (the label and its value were dropped as a
    running foot over the page's number)."""
    text = _contributions_over_a_page_break(
        "Afvalsamenwerking Noord 2025", "Programmabegroting 2025"
    )
    cells = read_text(text)[1]
    assert cell_grid(cells)[("Afvalsamenwerking Noord 2025", "Bijdrage")] == "812"
    parents = row_parents(cells)
    assert parents["Omrin"] == "Totaal bijdragen"
    assert "Programmabegroting 2025" not in parents


def test_a_group_opening_the_page_past_a_one_value_rows_value_stays_a_group() -> None:
    """The near form: the next page opens with a group's name, no running head's form
    ("Overige partijen"): the row over the form feed keeps its value, and the page's first
    line is left as printed, a group row over the rows past the break."""
    text = _contributions_over_a_page_break("Afvalsamenwerking Noord", "Overige partijen")
    cells = read_text(text)[1]
    assert cell_grid(cells)[("Afvalsamenwerking Noord", "Bijdrage")] == "812"
    assert row_parents(cells)["Omrin"] == "Overige partijen"


def _costs_over_page_breaks(
    caption: str, rows: list[tuple[str, str, str]], feet: dict[int, str]
) -> list[str]:
    """A table of costs printed one cell per line (plain pdftotext, no blank lines): after
    the row at each index of ``feet``, that foot's text, the page's number and a form feed
    opening the next page with its running head; its last row the total."""
    lines = [caption, "Omschrijving", "Begroting 2026", "Begroting 2027"]
    for k, (label, *values) in enumerate(rows):
        lines += [label, *values]
        if k in feet:
            lines += [feet[k], str(12 + k), "\fBegroting 2026 Gemeente Oss"]
    return lines


def _two_tables_broken_once(first_foot: str, second_foot: str) -> str:
    """Two cost tables of one document, each broken once by a page break after its first
    row, ``first_foot`` and ``second_foot`` printed over the page's number at the breaks."""
    return "\n".join(
        _costs_over_page_breaks(
            "Tabel 3.1 Lasten programma Veiligheid (bedragen x € 1.000)",
            [("Brandweer", "12.410", "12.980"), ("Handhaving", "2.118", "2.305"),
             ("Totaal", "14.528", "15.285")],
            {0: first_foot},
        )
        + _costs_over_page_breaks(
            "Tabel 3.2 Lasten programma Verkeer (bedragen x € 1.000)",
            [("Wegen", "8.410", "8.980"), ("Verkeersveiligheid", "918", "905"),
             ("Totaal", "9.328", "9.885")],
            {0: second_foot},
        )
    )  # fmt: skip


def test_a_group_at_the_feet_of_two_tables_is_each_tables_group() -> None:
    """A group's name over the page's number before the form feed in two tables of one
    document ("Overige lasten" / "12" / form feed, then in the next table "Overige lasten" /
    "13" / form feed): tables share their group words, so the copy at the other table's
    foot makes no running foot of it, and each heads the rows past its break (both were
    dropped as the page's running foot, the rows under them taken for the total's)."""
    text = _two_tables_broken_once("Overige lasten", "Overige lasten")
    parents = row_parents(read_text(text)[1])
    assert parents["Handhaving"] == "Overige lasten"
    assert parents["Verkeersveiligheid"] == "Overige lasten"


def test_a_foot_at_two_page_breaks_of_one_table_is_a_running_foot() -> None:
    """The near form: one table over three pages printing the same line over the page's
    number at both breaks ("Gemeente Oss" / "12", "Gemeente Oss" / "13"): a running foot,
    no group; the rows past the breaks keep the total as parent."""
    text = "\n".join(
        _costs_over_page_breaks(
            "Tabel 3.1 Lasten programma Veiligheid (bedragen x € 1.000)",
            [("Brandweer", "12.410", "12.980"), ("Handhaving", "2.118", "2.305"),
             ("Toezicht", "1.000", "1.000"), ("Totaal", "15.528", "16.285")],
            {0: "Gemeente Oss", 1: "Gemeente Oss"},
        )
    )  # fmt: skip
    parents = row_parents(read_text(text)[1])
    assert parents["Handhaving"] == parents["Toezicht"] == "Totaal"
    assert "Gemeente Oss" not in parents


def test_a_running_foot_at_the_feet_of_two_tables_is_no_group() -> None:
    """A document's running foot in its running form ("Programmabegroting 2026", a
    document's name and year) over the page's number, the break falling once in each of
    two tables: printed at the feet of different tables it is the document's foot all the
    same, no group (it headed the rows past each break as their group)."""
    text = _two_tables_broken_once("Programmabegroting 2026", "Programmabegroting 2026")
    parents = row_parents(read_text(text)[1])
    assert parents["Handhaving"] == "Totaal"
    assert parents["Verkeersveiligheid"] == "Totaal"


def test_a_group_in_a_running_lines_form_at_one_tables_foot_stays_a_group() -> None:
    """The near form: a group's name ending in a year ("Investeringen 2026") over the
    page's number in one table alone, the other table's foot a group word of its own: each
    heads the rows past its break, as before."""
    text = _two_tables_broken_once("Investeringen 2026", "Overige lasten")
    parents = row_parents(read_text(text)[1])
    assert parents["Handhaving"] == "Investeringen 2026"
    assert parents["Verkeersveiligheid"] == "Overige lasten"


def _two_pages(years_again: list[str]) -> str:
    """A beleidsartikel's table as pdftotext prints it without -layout, one cell per line
    and no blank lines, over two pages: the Kamerstuk's foot, the page's number, then the
    next page opening with a corner cell and ``years_again`` under it."""
    return "\n".join(
        [
            "Tabel 12 Budgettaire gevolgen van beleid artikel 3 (bedragen x € 1.000)",
            "Bedragen x € 1.000",
            "2024",
            "2025",
            "Verplichtingen",
            "120.000",
            "118.000",
            "Uitgaven",
            "110.000",
            "108.000",
            "Subsidies (regelingen)",
            "60.000",
            "58.000",
            "Regionale mobiliteitsteams",
            "60.000",
            "58.000",
            "Tweede Kamer, vergaderjaar 2024–2025, 36 600 XV, nr. 2",
            "37",
            "\fBedragen x € 1.000",
            *years_again,
            "Bijdrage aan agentschappen",
            "50.000",
            "50.000",
            "Nederlandse Arbeidsinspectie",
            "50.000",
            "50.000",
            "Ontvangsten",
            "1.000",
            "1.000",
        ]
    )


def test_a_page_opening_with_the_table_s_heading_printed_again_goes_on_with_its_rows() -> None:
    """The next page prints no head of its own but the table's heading again, its corner
    cell on the form feed's line and the years under it: the break's furniture, no new
    table. The rows past it keep their parent ("Uitgaven")."""
    tables, cells, _warnings = read_text(_two_pages(["2024", "2025"]))
    assert len(tables) == 1
    parents = row_parents(cells)
    assert parents["Bijdrage aan agentschappen"] == "Uitgaven"
    assert parents["Nederlandse Arbeidsinspectie"] == "Bijdrage aan agentschappen"
    assert cell_grid(cells)[("Ontvangsten", "2025")] == "1.000"


def test_a_page_opening_with_a_heading_of_another_year_is_no_heading_printed_again() -> None:
    """What must not change: a corner cell over the first year and one the table's heading
    did not print ("2024", "2026") is not its heading again; the corner is left as
    printed (read as a row)."""
    _tables, cells, _warnings = read_text(_two_pages(["2024", "2026"]))
    assert any(c["row_label"] == "Bedragen x € 1.000" for c in cells)


_ARTICLE_3 = [
    "Verplichtingen", "120.000", "118.000",
    "Uitgaven", "110.000", "108.000",
    "Subsidies (regelingen)", "60.000", "58.000",
    "Regionale mobiliteitsteams", "60.000", "58.000",
    "Opdrachten", "50.000", "50.000",
    "Onderzoek", "50.000", "50.000",
]  # fmt: skip
_RECEIPTS = ["Ontvangsten", "1.000", "1.000"]
_ARTICLE_4 = [
    "Verplichtingen", "40.000", "40.000",
    "Uitgaven", "40.000", "40.000",
    "Subsidies (regelingen)", "30.000", "30.000",
    "Regeling scholing", "30.000", "30.000",
    "Bijdrage aan agentschappen", "10.000", "10.000",
    "UWV", "10.000", "10.000",
    "Ontvangsten", "500", "500",
]  # fmt: skip
_APPARATUS = [
    "Apparaatsuitgaven", "30.000", "31.000",
    "Personele uitgaven", "20.000", "21.000",
    "waarvan eigen personeel", "18.000", "19.000",
    "Materiële uitgaven", "10.000", "10.000",
    "waarvan ICT", "3.000", "3.000",
]  # fmt: skip


def _heading_over_break(before: list[str], foot: list[str], after: list[str]) -> str:
    """A table one cell per line ending in ``before``'s rows, the lines ``foot`` under
    them, the Kamerstuk's foot and the page's number, and the next page opening with the
    table's heading again (corner cell and years) over ``after``'s rows."""
    heading = ["Bedragen x € 1.000", "2024", "2025"]
    return "\n".join(
        [
            "Tabel 12 Budgettaire gevolgen van beleid artikel 3 (bedragen x € 1.000)",
            *heading,
            *before,
            *foot,
            "Tweede Kamer, vergaderjaar 2024–2025, 36 600 XV, nr. 2",
            "37",
            "\f" + heading[0],
            *heading[1:],
            *after,
        ]
    )


_CLOSED = _ARTICLE_3 + _RECEIPTS


@pytest.mark.parametrize(
    ("before", "foot", "after", "first"),
    [
        # a new table's caption at the page's foot, its rows past the break
        (_CLOSED, ["Tabel 13 Budgettaire gevolgen van beleid artikel 4 (bedragen x € 1.000)"],
         _ARTICLE_4[6:], "Subsidies (regelingen)"),
        # no caption: the rows past the break start again with the table's first row
        (_CLOSED, [], _ARTICLE_4, "Verplichtingen"),
        # ... or with a top row before the one the table closed on: the apparatus's table
        # after "Ontvangsten", the next article's "Uitgaven"
        (_CLOSED, [], _APPARATUS, "Apparaatsuitgaven"),
        (_CLOSED, [], _ARTICLE_4[3:], "Uitgaven"),
        # ... or with a top row the table printed: "Uitgaven" again under "Uitgaven"
        (_ARTICLE_3, [], _ARTICLE_4[3:], "Uitgaven"),
    ],
)  # fmt: skip
def test_the_same_heading_over_another_table_past_a_page_break_is_no_continuation(
    before: list[str], foot: list[str], after: list[str], first: str
) -> None:
    """What must not change: the heading printed again over the next article's table or
    the apparatus's heads a table of its own, its first row no child of the table above
    and labelled as printed."""
    tables, cells, _warnings = read_text(_heading_over_break(before, foot, after))
    assert len(tables) == 2
    past = [c for c in cells if c["table_id"] == tables[1]["table_id"]]
    assert past[0]["row_label"] == first
    assert row_parents(past)[first] is None


def test_a_top_row_after_the_rows_of_the_one_above_goes_on_past_the_break() -> None:
    """The fire: past the break, the rows go on in the order a budget table prints its top
    rows ("Ontvangsten" after the spending's instruments): one table."""
    tables, cells, _warnings = read_text(_heading_over_break(_ARTICLE_3, [], _RECEIPTS))
    assert len(tables) == 1
    assert row_parents(cells)["Ontvangsten"] is None
    assert cell_grid(cells)[("Ontvangsten", "2025")] == "1.000"


def _sectors_over_a_page_break(foot: str, after: list[str]) -> str:
    """A Miljoenennota's table as a plain text layer prints it, one cell per line, no blank
    line: ``foot`` over the page's number and a form feed opening the next page with its
    running head, between two rows; the total below; then a sentence and ``after``, the
    next page's foot."""
    return "\n".join(
        [
            "Tabel 2.1 Netto uitgaven per sector", "(in miljarden euro)",
            "2025", "2026", "2027",
            "Rijksbegroting", "230,0", "235,5", "240,1",
            foot, "31", "\fHoofdstuk 2 Uitgaven",
            "Sociale zekerheid", "110,2", "114,0", "117,5",
            "Zorg", "96,8", "103,1", "108,0",
            "Netto uitgaven", "437,0", "452,6", "465,6",
            "De netto uitgaven stijgen in de komende jaren vooral door de zorg en de sociale "
            "zekerheid.",
            *after,
        ]
    )  # fmt: skip


def test_a_foot_printed_again_over_the_next_pages_number_is_a_running_foot() -> None:
    """The line over the page's number at the break, in a running line's form ("Miljoenennota
    2026" / "31" / form feed), printed again over the next page's number ("Miljoenennota
    2026" / "32", the text layer's last page, no form feed after it): the document's running
    foot, no group row (read as one, it headed the rows past the break, and the total below
    them lost its parts)."""
    text = _sectors_over_a_page_break("Miljoenennota 2026", ["Miljoenennota 2026", "32"])
    parents = row_parents(read_text(text)[1])
    assert "Miljoenennota 2026" not in parents
    assert parents["Rijksbegroting"] == parents["Zorg"] == "Netto uitgaven"


def test_a_group_whose_words_a_later_row_prints_with_its_values_stays_a_group() -> None:
    """The near form: the words over the page's number printed again further down as a row
    of its own, its first value of a page number's form ("Investeringen 2026" / "32" /
    "35"): no running foot, and the group row over the rows past the break is left as
    printed."""
    text = _sectors_over_a_page_break(
        "Investeringen 2026", ["Investeringen 2026", "32", "35", "37"]
    )
    assert row_parents(read_text(text)[1])["Zorg"] == "Investeringen 2026"


def _turning_table(caption_again: str) -> str:
    """A suppletoire begroting's table one cell a line (plain pdftotext) over a page break:
    the Kamerstuk's foot with the page's number, the next page's head on the form feed's
    line ("\\fDefensie") and its Kamerstuk line, then ``caption_again`` and the heading
    printed again over the rest of the rows."""
    heading = ["Stand 1e", "suppletoire", "begroting 2024", "Mutatie 2e", "suppletoire"]
    heading += ["begroting 2024", "(1)", "(2)"]
    return "\n".join(
        [
            "Tabel 7 Budgettaire gevolgen van beleid artikel 6 (bedragen x € 1.000)",
            *heading,
            "Uitgaven", "6.418.725", "9.000",
            "Investeringen",
            "Maritiem materieel", "1.398.420", "-212.350",
            "Land materieel", "1.045.880", "87.400",
            "Tweede Kamer, vergaderjaar 2024–2025, 36 640 X, nr. 2 6",
            "\fDefensie",
            "Tweede Kamer, vergaderjaar 2024–2025, 36 640 X, nr. 2 7",
            caption_again,
            *heading,
            "Munitie", "1.120.400", "318.750",
            "Infrastructuur en vastgoed", "2.854.705", "-184.400",
        ]
    )  # fmt: skip


def test_a_page_s_head_over_the_caption_printed_again_as_continued_is_no_row() -> None:
    """The next page's head stands over the table's caption printed again, "(vervolg)"
    after its number: the head is page furniture, the caption and heading printed again
    too, and the rows go on under the rows above the break (read as a row, the head stood
    over the caption, which opened a table of its own)."""
    text = _turning_table(
        "Tabel 7 (vervolg) Budgettaire gevolgen van beleid artikel 6 (bedragen x € 1.000)"
    )
    tables, cells, _warnings = read_text(text)
    assert len(tables) == 1
    parents = row_parents(cells)
    assert parents["Munitie"] == "Investeringen"
    assert parents["Infrastructuur en vastgoed"] == "Investeringen"
    assert "Defensie" not in parents


def test_a_page_s_head_over_another_tables_caption_leaves_it_a_table_of_its_own() -> None:
    """Near form: under the head, the next table's caption ("Tabel 8 ..."), not continued:
    its rows are a table of their own, no parts of the rows above the break."""
    text = _turning_table("Tabel 8 Budgettaire gevolgen van beleid artikel 7 (bedragen x € 1.000)")
    tables, cells, _warnings = read_text(text)
    assert len(tables) == 2
    assert row_parents(cells)["Munitie"] is None


@pytest.mark.parametrize("word", ["Vervolg tabel 7", "Vervolg van tabel 7"])
def test_a_page_s_head_over_the_caption_opened_by_vervolg_is_no_row(word: str) -> None:
    """The caption printed again opened by the word continuing it ("Vervolg tabel 7 ...")
    goes on the table as "Tabel 7 (vervolg) ..." does: the head over it is furniture and
    the rows past the break keep their parent. It opened a table of its own."""
    text = _turning_table(f"{word} Budgettaire gevolgen van beleid artikel 6 (bedragen x € 1.000)")
    tables, cells, _warnings = read_text(text)
    assert len(tables) == 1
    assert row_parents(cells)["Munitie"] == "Investeringen"


def test_a_caption_whose_words_go_on_with_vervolg_opens_a_table_of_its_own() -> None:
    """Near form: under the head, the next table's caption naming a follow-up ("Tabel 8
    Vervolgonderzoek ...") is no caption printed again: a table of its own, as before."""
    text = _turning_table("Tabel 8 Vervolgonderzoek artikel 7 (bedragen x € 1.000)")
    tables, cells, _warnings = read_text(text)
    assert len(tables) == 2
    assert row_parents(cells)["Munitie"] is None


def test_a_page_s_head_over_the_numbered_caption_printed_again_word_for_word_is_no_row() -> None:
    """The table's numbered caption printed again word for word under the next page's head,
    no "(vervolg)", then its heading again: its number names the one table, so the head is
    furniture and the rows past the break keep their parent. It opened a table of its own.
    (Under another number, "Tabel 8 ...", a table of its own still: the near form above.)"""
    text = _turning_table("Tabel 7 Budgettaire gevolgen van beleid artikel 6 (bedragen x € 1.000)")
    tables, cells, _warnings = read_text(text)
    assert len(tables) == 1
    assert row_parents(cells)["Munitie"] == "Investeringen"
    assert "Defensie" not in row_parents(cells)


def _instruments_over_a_page_break(foot: str, gap: str, rows: list[tuple[str, ...]]) -> str:
    """A beleidsartikel's table as plain pdftotext prints it, one cell a line (``gap``
    between cells: a blank line or none), over a page break: ``foot`` on its own line, the
    page's number under it, then the form feed opening the next page's own running head
    ("Jaarverslag Fonds Eilanden 2020") and the rest of the rows; ``rows`` a cell each."""
    cells = ["Tabel 3 Budgettaire gevolgen van beleid artikel 1 (bedragen x € 1.000)"]
    cells += ["Omschrijving", "2020", "2021"]
    cells += [cell for row in rows[:3] for cell in row]
    cells += [foot, "9", "\fJaarverslag Fonds Eilanden 2020"]
    cells += [cell for row in rows[3:] for cell in row]
    cells += ["E. Toelichting op de financiële instrumenten"]
    return gap.join(cells)


_ISLANDS = [
    ("Bijdrage aan eilanden", "31.250", "33.480"),
    ("Uitkering Noord", "18.120", "19.300"),
    ("Uitkering Midden", "8.430", "9.020"),
    ("Uitkering Zuid", "4.700", "5.160"),
    ("Ontvangsten", "0", "0"),
]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_kamerstuk_foot_over_the_page_number_on_its_own_line_is_no_group(gap: str) -> None:
    """A Kamerstuk's foot printed once, the page's number on the line under it and the next
    page opening with a running head of its own ("Tweede Kamer, vergaderjaar 2020–2021,
    35 830 K, nr. 1" / "9" / form feed "Jaarverslag Fonds Eilanden 2020"), between two rows of a
    table printed one cell per line: its words say it is the page's foot. Read as a group
    row it headed the row past the break as its parent."""
    foot = "Tweede Kamer, vergaderjaar 2020–2021, 35 830 K, nr. 1"
    cells = read_text(_instruments_over_a_page_break(foot, gap, _ISLANDS))[1]
    parents = row_parents(cells)
    assert parents["Uitkering Zuid"] == "Bijdrage aan eilanden"
    assert not any("Kamer" in (c["parent_row_label"] or "") for c in cells)
    assert cell_grid(cells)[("Uitkering Zuid", "2021")] == "5.160"


def test_a_row_citing_a_kamerstuk_over_a_figure_in_a_one_value_table_stays_a_row() -> None:
    """The near form: in a table of one value a row, a label in a Kamerstuk's foot's words
    right over a figure before the form feed ("Motie ..., vergaderjaar 2024–2025, 36 600,
    nr. 12" / "812" / form feed) may be a row citing the piece, the figure its value: it
    stays a row, as any label over a lone number there does."""
    label = "Motie Tweede Kamer, vergaderjaar 2024–2025, 36 600, nr. 12"
    cells = read_text(_contributions_over_a_page_break(label, "Programmabegroting 2025"))[1]
    assert cell_grid(cells)[(label, "Bijdrage")] == "812"
    assert row_parents(cells)["Omrin"] == "Totaal bijdragen"


def test_one_figure_a_row_among_four_text_cells_is_read_at_its_steady_step() -> None:
    """An overview of zbo's and rwt's with no article column: each row prints a name, two
    marks (or a placeholder), its one amount and a website, blank lines between, so the
    amounts stand ten lines apart with four printed lines between: no two of them were
    close enough to open the lines as items, and the table was not read at all. Three
    figures or more at one step are a table's value column, a figure a row."""
    text = "\n\n".join(
        [
            "Tabel 41 Overzicht ZBO's en RWT's (bedragen x € 1.000)",
            "Naam organisatie", "RWT", "ZBO", "Raming 2024", "Verwijzing naar website",
            "Dienst Uitvoering Subsidies", "X", "X", "14.300", "www.dus.nl",
            "Kiesraad", " ", "X", "2.150", "www.kiesraad.nl",
            "Stichting Beheer Archieven", "X", " ", "n.v.t.", "www.sba.nl",
            "Raad voor Cultuur", " ", "X", "1.870", "www.cultuur.nl",
            "Toelichting", "De Stichting Beheer Archieven ontvangt geen bijdrage.",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Dienst Uitvoering Subsidies", "Raming 2024")] == "14.300"
    assert grid[("Stichting Beheer Archieven", "Raming 2024")] == "n.v.t."
    assert grid[("Raad voor Cultuur", "Raming 2024")] == "1.870"
    assert len(cells) == 4


@pytest.mark.parametrize("gaps", [(12, 15), (30, 30)])
def test_figures_far_apart_at_uneven_or_long_steps_give_no_items(gaps: tuple[int, int]) -> None:
    """Near form: three figures alone on their lines, prose between, at steps that differ
    (12 and 15 lines) or at one step longer than a table's rows print (30 lines): no two
    are close, and no stretch of the text is read as items, as before."""
    prose = "Het programma loopt door in de regio's die eraan meedoen."
    lines = ["1.250"]
    for gap in gaps:
        lines += [prose] * (gap - 1) + ["1.250"]
    model = TextModel("\n".join(lines))
    assert items_of(model.lines, model.layout) == []


def _cells_apart(*cells: str) -> str:
    """Cells one text node a line, blank lines between them, as BeautifulSoup's
    ``get_text("\\n")`` prints a table from the source's indentation; a cell of two text
    nodes (a label and its footnote mark) is given as one string holding a newline."""
    return "\n\n\n".join(cells)


def test_a_footnote_mark_under_its_label_with_no_blank_line_is_no_value() -> None:
    """A label's footnote mark printed as a text node of its own ("Zorg<sup>1</sup>"): the
    line right under the label, no blank line between, where blank lines part every cell.
    It is no value, with or without a footnote under the table: read as one, "1" was Zorg's
    first year and each figure after it stood a column right, the last one lost."""
    text = _cells_apart(
        "Tabel 1.2 Netto uitgaven (in miljoenen euro)",
        "Omschrijving", "2015", "2016", "2017",
        "Onderwijs", "31 210", "31 905", "32 340",
        "Zorg\n1", "66 437", "67 920", "70 314",
        "Totaal", "97 647", "99 825", "102 654",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Zorg", "2015")] == "66 437"
    assert grid[("Zorg", "2017")] == "70 314"
    assert "1" not in {c["value_text"] for c in cells}
    assert len(cells) == 9


def test_a_small_figure_under_its_label_where_no_blank_line_parts_the_cells_is_a_value() -> None:
    """Near form: cells one a line with no blank line between any two: a small figure right
    under its label is the row's first value, as before."""
    text = "\n".join(
        [
            "Tabel 4 Aantallen (x 1.000)",
            "Omschrijving", "2024", "2025", "2026",
            "Leerlingen", "12", "13", "14",
            "Studenten", "40", "41", "43",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Leerlingen", "2024")] == "12"
    assert grid[("Studenten", "2026")] == "43"
    assert len(cells) == 6


def test_a_small_figure_between_placeholders_of_cells_back_to_back_is_a_value() -> None:
    """Cells one a line back to back, an empty cell printed as a line of spaces: the line
    before a label and the one after its small figure may both be placeholders, white space
    but cells, no blank lines parting the cells. The figure is the row's first value, not a
    footnote mark (it was dropped)."""
    text = "\n".join(
        [
            "Tabel 4 Aantallen (x 1.000)",
            "Omschrijving", "2024", "2025", "2026",
            "Leerlingen", "11", "13", "   ",
            "Studenten", "12", "   ", "14",
            "Docenten", "40", "41", "43",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Studenten", "2024")] == "12"
    assert grid[("Studenten", "2026")] == "14"
    assert ("Studenten", "2025") not in grid


def _block_cells(rows: list[list[str]]) -> str:
    """A table as a browser's ``innerText`` prints it where each cell wraps its text in a
    paragraph: each paragraph and each run of the tabs parting a row's cells a line between
    blank lines (an empty cell adds nothing but its tab), three blank lines between rows."""
    printed = []
    for row in rows:
        parts: list[str] = []
        for k, cell in enumerate(row):
            if k and parts and parts[-1].startswith("\t"):
                parts[-1] += "\t"
            elif k:
                parts.append("\t")
            if cell:
                parts.append(cell)
        printed.append("\n\n".join(parts))
    return "\n\n\n\n".join(printed)


_BLOCK_ROWS = [
    ["", "Begroting 2025 (1)", "Realisatie 2025 (2)", "Verschil (3)=(2)-(1)"],
    ["Baten", "", "", ""],
    ["Opbrengst moederdepartement", "42.100", "43.950", "1.850"],
    ["Opbrengst derden", "", "1.210", "1.210"],
    ["Totaal baten", "42.100", "45.160", "3.060"],
]


def test_a_table_of_paragraph_cells_as_a_browser_prints_it_parts_its_cells_by_tabs() -> None:
    """A table whose cells wrap their text in paragraphs, as Chromium's ``innerText``
    prints it: each cell's text on a line between blank lines, a lone tab on its own line
    between two cells of a row, an empty cell only its tab ("Opbrengst derden" / two tabs /
    "1.210"), two blank lines between rows. The tabs part the cells; read as empty cells,
    every value stood a column right and the table was not read."""
    text = "\n\n".join(
        ["Tabel 1 Staat van baten en lasten (bedragen x € 1.000)", _block_cells(_BLOCK_ROWS)]
    )
    assert "\n\n\t\t\n\n1.210" in text
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Opbrengst moederdepartement", "Begroting 2025 (1)")] == "42.100"
    assert grid[("Opbrengst derden", "Realisatie 2025 (2)")] == "1.210"
    assert grid[("Totaal baten", "Verschil (3)=(2)-(1)")] == "3.060"
    assert len(cells) == 8
    assert row_parents(cells)["Opbrengst derden"] == "Baten"


def test_lines_of_spaces_between_cells_stay_empty_cells() -> None:
    """The near form: the page's own text printing each empty cell as a line of one space
    (a blank line between cells, no tabs): each such line is an empty cell, the row's
    values after it a column right ("Opbrengst derden" / " " / "1.210" / "1.210")."""
    rows = [[cell or " " for cell in row] for row in _BLOCK_ROWS]
    text = "\n\n".join(
        ["Tabel 1 Staat van baten en lasten (bedragen x € 1.000)"]
        + [cell for row in rows for cell in row]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Opbrengst derden", "Realisatie 2025 (2)")] == "1.210"
    assert grid[("Opbrengst derden", "Verschil (3)=(2)-(1)")] == "1.210"
    assert ("Opbrengst derden", "Begroting 2025 (1)") not in grid
    assert len(cells) == 8


def test_a_paragraph_cell_of_two_paragraphs_is_one_cell() -> None:
    """A browser's paragraph cells (``_block_cells``) where a heading cell prints two
    paragraphs, its words and its period a blank line apart with no tab between
    ("Realisatie" / "2025 (2)"), two blank lines between rows and a row's last cell empty
    (its tab alone after "1.210"): the two paragraphs are one cell. Read as two, the
    heading named a column too many and no table was read."""
    rows = [list(row) for row in _BLOCK_ROWS]
    rows[0][2] = "Realisatie\n\n2025 (2)"
    rows[3][3] = ""
    text = "\n\n".join(
        ["Tabel 1 Staat van baten en lasten (bedragen x € 1.000)", _block_cells(rows)]
    ).replace("\n\n\n\n", "\n\n\n")
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Opbrengst moederdepartement", "Realisatie 2025 (2)")] == "43.950"
    assert grid[("Opbrengst derden", "Realisatie 2025 (2)")] == "1.210"
    assert grid[("Totaal baten", "Verschil (3)=(2)-(1)")] == "3.060"
    assert ("Opbrengst derden", "Verschil (3)=(2)-(1)") not in grid
    assert len(cells) == 7
    assert row_parents(cells)["Opbrengst derden"] == "Baten"


def test_a_row_s_first_cell_a_blank_line_under_the_caption_stays_its_own() -> None:
    """The near form: the corner printed as words ("Omschrijving") a blank line under the
    caption, no tab before it, and prose a blank line under the last row's last cell. A
    row's first cell is never joined to the paragraph above it (the caption, prose), nor
    a figure to the text after it: the caption names the table and the corner heads the
    labels."""
    rows = [list(row) for row in _BLOCK_ROWS]
    rows[0][0] = "Omschrijving"
    text = "\n\n".join(
        [
            "Tabel 1 Staat van baten en lasten (bedragen x € 1.000)",
            _block_cells(rows),
            "Toelichting",
            "De baten zijn hoger dan begroot.",
        ]
    )
    tables, cells, _warnings = read_text(text)
    assert [table["title"] for table in tables] == [
        "Tabel 1 Staat van baten en lasten (bedragen x € 1.000)"
    ]
    grid = cell_grid(cells)
    assert grid[("Totaal baten", "Verschil (3)=(2)-(1)")] == "3.060"
    assert len(cells) == 8
