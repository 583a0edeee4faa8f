"""Tests of column headings printed a part per line over rows printed one per line
(``tables_line_headings``)."""

from __future__ import annotations

from table_texts import cell_grid, read_text, row_parents


def test_words_each_over_their_year_a_line_each_head_rows_of_as_many_values() -> None:
    """A plain text layer prints each heading cell's lines in turn ("Begroting" / "2021" /
    "Realisatie" / "2021" / "Mutatie") and each row on one line: the year closes the words
    above it, and the three headings head the rows' three values."""
    text = "\n".join(
        [
            "Tabel 3.1 Niet-belastingontvangsten 2021 (x € 1 mld)",
            "Begroting",
            "2021",
            "Realisatie",
            "2021",
            "Mutatie",
            "Aardgasbaten 2,4 3,1 0,7",
            "Dividenden 1,2 0,9 -0,3",
            "Totaal 3,6 4,0 0,4",
            "Bron: Rijksrekening 2021",
        ]
    )
    [table], cells, warnings = read_text(text)
    assert not warnings
    assert table["title"].startswith("Tabel 3.1")
    grid = cell_grid(cells)
    assert grid[("Aardgasbaten", "Begroting 2021")] == "2,4"
    assert grid[("Dividenden", "Realisatie 2021")] == "0,9"
    assert grid[("Totaal", "Mutatie")] == "0,4"
    assert row_parents(cells)["Dividenden"] == "Totaal"


def test_numbered_headings_wrapped_in_lower_case_over_a_group_line() -> None:
    """A line of column numbers opens the block and numbers the first columns; a line
    opening in lower case goes on with the heading above it; a group line ("Baten") stands
    between the headings and the rows; a row printing fewer values without placeholders
    between full rows is placed by the total under it."""
    text = "\n".join(
        [
            "Tabel 2 Staat van baten en lasten (bedragen x € 1.000)",
            "(1) (2) (3)=(2)-(1)",
            "Vastgestelde",
            "begroting 2023",
            "Realisatie 2023",
            "Verschil",
            "realisatie en begroting",
            "Realisatie 2022",
            "Baten",
            "Omzet moederdepartement 50.100 52.300 2.200 49.800",
            "Omzet derden 10.400 9.900 –500 10.100",
            "Rentebaten 15 15 30",
            "Totaal baten 60.500 62.215 1.715 59.930",
        ]
    )
    _tables, cells, warnings = read_text(text)
    assert not warnings
    grid = cell_grid(cells)
    assert grid[("Omzet derden", "Vastgestelde begroting 2023 (1)")] == "10.400"
    assert grid[("Omzet derden", "Verschil realisatie en begroting (3)=(2)-(1)")] == "–500"
    assert grid[("Omzet derden", "Realisatie 2022")] == "10.100"
    assert ("Rentebaten", "Vastgestelde begroting 2023 (1)") not in grid
    assert grid[("Rentebaten", "Realisatie 2023 (2)")] == "15"
    assert grid[("Rentebaten", "Realisatie 2022")] == "30"
    assert row_parents(cells)["Omzet derden"] == "Baten"


def test_parts_that_group_into_fewer_headings_than_the_values_head_nothing() -> None:
    """Two headings over rows of three values: which column each heads the text does not
    tell, so no table is read and the rows are said."""
    text = "\n".join(
        [
            "Tabel 4 Ontvangsten",
            "Begroting",
            "2021",
            "Realisatie",
            "2021",
            "Aardgasbaten 2,4 3,1 0,7",
            "Dividenden 1,2 0,9 -0,3",
        ]
    )
    tables, _cells, warnings = read_text(text)
    assert not tables
    assert warnings


def test_a_row_of_fewer_values_after_the_last_full_row_still_ends_the_table() -> None:
    """A line of fewer values with no full row after it is no row with dropped cells: the
    table ends above it, as under any heading of words."""
    text = "\n".join(
        [
            "Tabel 5 Uitgaven (x € 1 mln)",
            "Begroting",
            "2022",
            "Realisatie",
            "2022",
            "Verschil",
            "Onderwijs 120 125 5",
            "Zorg 80 78 -2",
            "Gemeld in 2023 bij 12 en 14",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert {cell["row_label"] for cell in cells} == {"Onderwijs", "Zorg"}


def test_headings_over_a_line_of_column_numbers_right_above_the_rows() -> None:
    """The headings' parts a line each, then the column numbers on one line over the rows:
    the numbers number the headings; a line opening with an ordinal ("1e suppletoire")
    goes on with the heading above it."""
    text = "\n".join(
        [
            "Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "Vastgestelde",
            "begroting",
            "2019",
            "Mutaties",
            "1e suppletoire",
            "begroting",
            "Stand",
            "1e suppletoire",
            "begroting",
            "(1) (2) (3)=(1)+(2)",
            "Verplichtingen 12.400 300 12.700",
            "Uitgaven 11.900 -250 11.650",
            "Subsidies 4.100 -250 3.850",
        ]
    )
    [table], cells, warnings = read_text(text)
    assert not warnings
    assert table["title"].startswith("Budgettaire gevolgen")
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Vastgestelde begroting 2019 (1)")] == "11.900"
    assert grid[("Uitgaven", "Mutaties 1e suppletoire begroting (2)")] == "-250"
    assert grid[("Subsidies", "Stand 1e suppletoire begroting (3)=(1)+(2)")] == "3.850"


def test_capitals_beyond_the_columns_go_on_with_the_heading_above() -> None:
    """Six values under eight lines opening with a capital: two go on with the heading
    above ("Mutatie" / "Nota van" / "wijziging", "Stand 1e" / "ISB"), the reading leaving
    no heading of a lone word; the column numbers number the first four."""
    text = "\n".join(
        [
            "Tabel 3 Budgettaire gevolgen van de suppletoire begroting artikel 4 (bedragen x",
            "€ 1.000)",
            "Vastgestelde",
            "begroting",
            "2020",
            "Mutatie",
            "Nota van",
            "wijziging",
            "Mutatie",
            "1e ISB",
            "Stand 1e",
            "ISB",
            "Mutatie",
            "2021",
            "Mutatie",
            "2022",
            "(1) (2) (3) (4)=(1)+(2)+(3)",
            "Verplichtingen 5.200 0 800 6.000 -100 -100",
            "Uitgaven 4.900 0 600 5.500 200 -100",
            "Leningen 1.300 0 600 1.900 200 -100",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Mutatie Nota van wijziging (2)")] == "0"
    assert grid[("Uitgaven", "Mutatie 1e ISB (3)")] == "600"
    assert grid[("Uitgaven", "Stand 1e ISB (4)=(1)+(2)+(3)")] == "5.500"
    assert grid[("Leningen", "Mutatie 2021")] == "200"
    assert grid[("Leningen", "Mutatie 2022")] == "-100"


def test_a_corner_word_and_years_on_one_line_under_closed_headings() -> None:
    """One word over the labels ("Lasten") is the corner where the parts name one heading
    more than the rows print values; years on one line under closed headings head a column
    each; the title stands above the unit line over the block."""
    text = "\n".join(
        [
            "Financiële begroting programma Natuur",
            "(bedragen x € 1.000)",
            "Lasten",
            "Rekening",
            "2022",
            "Begroting",
            "2023",
            "2024 2025",
            "Natuurbeheer 10.100 11.200 11.500 11.800",
            "Water 2.300 2.400 2.500 2.600",
            "Totaal lasten 12.400 13.600 14.000 14.400",
        ]
    )
    [table], cells, warnings = read_text(text)
    assert not warnings
    assert table["title"].startswith("Financiële begroting")
    grid = cell_grid(cells)
    assert grid[("Water", "Rekening 2022")] == "2.300"
    assert grid[("Water", "Begroting 2023")] == "2.400"
    assert grid[("Water", "2024")] == "2.500"
    assert grid[("Totaal lasten", "2025")] == "14.400"
    assert "Lasten" not in {cell["column_label"] for cell in cells}


def test_first_lines_of_headings_printed_side_by_side() -> None:
    """The text layer prints the headings' first lines one space apart on one line, a date
    under the last ("Omschrijving Saldo" / "1-1-2023" / "Toevoegingen Onttrekkingen Saldo"
    / "31-12-2023"): the words part before their capitals, the first the labels' heading."""
    text = "\n".join(
        [
            "Tabel 6 Verloop voorzieningen (bedragen x € 1.000)",
            "Omschrijving Saldo",
            "1-1-2023",
            "Toevoegingen Onttrekkingen Saldo",
            "31-12-2023",
            "Voorziening wachtgelden 1.200 300 400 1.100",
            "Voorziening onderhoud 5.400 900 1.300 5.000",
            "Totaal voorzieningen 6.600 1.200 1.700 6.100",
        ]
    )
    _tables, cells, warnings = read_text(text)
    assert not warnings
    grid = cell_grid(cells)
    assert grid[("Voorziening onderhoud", "Saldo 1-1-2023")] == "5.400"
    assert grid[("Voorziening onderhoud", "Toevoegingen")] == "900"
    assert grid[("Voorziening onderhoud", "Onttrekkingen")] == "1.300"
    assert grid[("Totaal voorzieningen", "Saldo 31-12-2023")] == "6.100"


def test_a_title_over_the_parts_joins_no_heading() -> None:
    """A title of words over the parts is one part more than the rows' values head: it is
    never made to go on into the first heading ("Uitgaven per artikel Begroting 2021")."""
    text = "\n".join(
        [
            "Uitgaven per artikel",
            "Begroting",
            "2021",
            "Realisatie",
            "2021",
            "Onderwijs 120 125",
            "Zorg 80 78",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert not any(cell["column_label"].startswith("Uitgaven") for cell in cells)
    assert ("Onderwijs", "Begroting 2021") not in cell_grid(cells)


def test_a_number_alone_under_a_closed_heading_naming_its_place_is_that_headings() -> None:
    """A staat van baten en lasten printed without layout wraps each heading over many lines
    and prints each column's number under its own: "(1)" under the first heading after the
    corner, which its year closed, and "(3)=(2)-(1)" under the third. The "(1)" is the first
    heading's; read as the first of the block's numbers in order, the third heading's
    number was stored with the second ("Realisatie 2020 (2) (3)=(2)-(1)")."""
    text = "\n".join(
        [
            "Tabel 12 Staat van baten en lasten (bedragen x € 1.000)",
            "Omschrijving",
            "Oorspronkelijk",
            "vastgestelde",
            "begroting 2020",
            "(1)",
            "Realisatie",
            "2020 (2)",
            "Verschil",
            "realisatie en",
            "begroting",
            "(3)=(2)-(1)",
            "Realisatie",
            "2019 (4)",
            "Baten",
            "Opbrengst moederdepartement 28.114 30.507 2.393 29.880",
            "Opbrengst derden 310 122 -188 295",
            "Totaal baten 28.424 30.629 2.205 30.175",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Opbrengst derden", "Oorspronkelijk vastgestelde begroting 2020 (1)")] == "310"
    assert grid[("Opbrengst derden", "Realisatie 2020 (2)")] == "122"
    assert grid[("Opbrengst derden", "Verschil realisatie en begroting (3)=(2)-(1)")] == "-188"
    assert grid[("Totaal baten", "Realisatie 2019 (4)")] == "30.175"


def test_a_number_alone_under_a_closed_heading_not_its_place_numbers_the_first_column() -> None:
    """A number alone under a heading its year closed that is not that heading's place
    ("(1)" under the second, "Realisatie 2021") numbers the first column, as a line of the
    block's numbers does: only a number naming its heading's place is that heading's."""
    text = "\n".join(
        [
            "Tabel 3 Ontvangsten (x € 1 mld)",
            "Begroting 2021",
            "Realisatie 2021",
            "(1)",
            "Verschil",
            "Aardgasbaten 2,4 3,1 0,7",
            "Dividenden 1,2 0,9 -0,3",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Aardgasbaten", "Begroting 2021 (1)")] == "2,4"
    assert grid[("Dividenden", "Realisatie 2021")] == "0,9"
    assert grid[("Dividenden", "Verschil")] == "-0,3"


def test_a_last_heading_of_one_word_above_the_rows_stays_a_heading() -> None:
    """A block read a part per line whose last part is a word alone right above the rows
    ("Verschil") keeps it as the last column's heading: it reads as a group line too, but
    the lines above it print no line of every heading a line that the rows' width fits."""
    text = "\n".join(
        [
            "Tabel 4 Lasten per programma (bedragen x € 1.000)",
            "Begroting",
            "2021",
            "Realisatie",
            "2021",
            "Verschil",
            "Bestuur 1.200 1.310 110",
            "Veiligheid 800 790 -10",
            "Totaal 2.000 2.100 100",
            "Bron: jaarstukken 2021",
        ]
    )
    [_table], cells, warnings = read_text(text)
    assert not warnings
    grid = cell_grid(cells)
    assert grid[("Bestuur", "Begroting 2021")] == "1.200"
    assert grid[("Veiligheid", "Realisatie 2021")] == "790"
    assert grid[("Totaal", "Verschil")] == "100"
    assert row_parents(cells)["Bestuur"] == "Totaal"


def test_a_last_heading_of_words_over_a_group_line_heads_a_column_not_the_rows() -> None:
    """A block whose last part is words under a year ("2024" / "Verschil") over a group line
    ("Lasten") ends at its last part, though a block ending at the year reads too (as two
    headings, joining the first two figures over a space): the rows print three values,
    "Verschil" heads the third and the group line heads the rows, whatever the first
    row's label prints (two words here; the group line went on into it)."""
    text = "\n".join(
        [
            "Tabel 4 Exploitatie wijkbudgetten (bedragen x € 1.000)",
            "Begroting",
            "na wijziging 2024",
            "Realisatie",
            "2024",
            "Verschil",
            "Lasten",
            "Wijkbudget Kern 400 380 20",
            "Speelplaatsen 150 170 -20",
            "Totaal 550 550 0",
            "Het voordeel ontstaat door minder aanvragen.",
        ]
    )
    [_table], cells, warnings = read_text(text)
    assert not warnings
    grid = cell_grid(cells)
    assert grid[("Wijkbudget Kern", "Begroting na wijziging 2024")] == "400"
    assert grid[("Wijkbudget Kern", "Realisatie 2024")] == "380"
    assert grid[("Speelplaatsen", "Verschil")] == "-20"
    parents = row_parents(cells)
    assert parents["Wijkbudget Kern"] == "Lasten"
    assert parents["Speelplaatsen"] == "Lasten"


def test_a_heading_of_marks_ending_the_block_heads_no_rows() -> None:
    """A heading naming the marks after the values ("Verschil" / "V/N") ends the block; the
    marks are no column of values, and the heading heads no rows: the group line under it
    ("Lasten") does, and no label's start is read into the first row's label."""
    text = "\n".join(
        [
            "Tabel 4 Exploitatie wijkbudgetten (bedragen x € 1.000)",
            "Begroting",
            "na wijziging 2024",
            "Realisatie",
            "2024",
            "Verschil",
            "V/N",
            "Lasten",
            "Wijkbudget Kern 400 380 20 V",
            "Speelplaatsen 150 170 -20 N",
            "Totaal 550 550 0",
            "Het voordeel ontstaat door minder aanvragen.",
        ]
    )
    [_table], cells, warnings = read_text(text)
    assert not warnings
    grid = cell_grid(cells)
    assert grid[("Wijkbudget Kern", "Verschil")] == "20"
    parents = row_parents(cells)
    assert parents["Wijkbudget Kern"] == "Lasten"
    assert parents["Speelplaatsen"] == "Lasten"
    assert "V/N" not in parents.values()


def test_a_group_line_right_over_the_rows_ends_no_block_of_headings() -> None:
    """The line right over the rows heads them, though it would end the block as its last
    heading: a block read from a line inside it ("vastgestelde") is not taken down to the
    group line ("Baten") to make up the rows' width; its headings printed side by side
    ("Realisatie 2014 Verschil realisatie") part before their capitals instead."""
    text = "\n".join(
        [
            "Tabel 67 Staat van baten en lasten (bedragen x € 1.000)",
            "(1) (2) (3)=(2)-(1)",
            "Oorspronkelijk",
            "vastgestelde",
            "begroting 2014",
            "Realisatie 2014 Verschil realisatie",
            "en oorspronkelijk",
            "vastgestelde",
            "begroting",
            "Realisatie 2013",
            "Baten",
            "Opbrengst moederdepartement 98.412 104.718 6.306 101.225",
            "Opbrengst derden 6.150 5.204 -946 5.877",
            "Totaal baten 104.562 109.922 5.360 107.102",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Opbrengst derden", "Realisatie 2014 (2)")] == "5.204"
    assert grid[("Opbrengst derden", "Realisatie 2013")] == "5.877"
    assert row_parents(cells)["Opbrengst derden"] == "Baten"


def test_a_label_wrapped_right_under_the_block_stays_one_label() -> None:
    """A label wrapped over two lines right under the block, its values on the second
    ("Bijdrage aan" / "gemeenschappelijke regelingen 400 380 20"), is one label: its first
    line ends no block of headings (it stands right over the row) and the lower case of the
    second joins them."""
    text = "\n".join(
        [
            "Tabel 5 Bijdragen (bedragen x € 1.000)",
            "Begroting",
            "na wijziging 2024",
            "Realisatie",
            "2024",
            "Verschil",
            "Bijdrage aan",
            "gemeenschappelijke regelingen 400 380 20",
            "Subsidies 150 170 -20",
            "Totaal 550 550 0",
            "Het voordeel ontstaat door minder aanvragen.",
        ]
    )
    [_table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Bijdrage aan gemeenschappelijke regelingen", "Verschil")] == "20"
    assert grid[("Subsidies", "Realisatie 2024")] == "170"


def _reserves_under(heading: str, marks: tuple[str, str]) -> str:
    """A block printed a part per line ending in ``heading`` right over rows of three values,
    each of the first two ending in its mark of ``marks`` ("" where it prints none)."""
    return "\n".join(
        [
            "Tabel 5.4 Mutaties reserves (bedragen x € 1.000)",
            "Begroting",
            "2024",
            "Realisatie",
            "2024",
            "Verschil",
            heading,
            f"Reserve wonen 400 380 20{marks[0]}",
            f"Reserve sport 150 170 -20{marks[1]}",
            "Totaal 550 550 0",
            "Het verschil is verwerkt in de jaarrekening.",
        ]
    )


def test_a_group_line_of_two_words_parted_by_a_slash_heads_the_rows() -> None:
    """Two words parted by a slash ending the block ("Verschil" / "Reserves/voorzieningen"),
    no mark words, over rows printing no mark: a group line, heading the rows (it was read
    as a heading of marks, the rows' parent the total)."""
    cells = read_text(_reserves_under("Reserves/voorzieningen", ("", "")))[1]
    assert cell_grid(cells)[("Reserve sport", "Verschil")] == "-20"
    parents = row_parents(cells)
    assert parents["Reserve wonen"] == parents["Reserve sport"] == "Reserves/voorzieningen"


def test_a_heading_of_mark_words_over_rows_printing_them_heads_no_rows() -> None:
    """The near form: the words of marks ("voordelig/nadelig"), the rows printing them
    after their values, are a heading of marks: the rows' parent is the total."""
    text = _reserves_under("voordelig/nadelig", (" voordelig", " nadelig"))
    cells = read_text(text)[1]
    assert cell_grid(cells)[("Reserve sport", "Verschil")] == "-20"
    parents = row_parents(cells)
    assert parents["Reserve wonen"] == parents["Reserve sport"] == "Totaal"


def _across_over_numbers(*rows: str) -> str:
    """Headings a plain text layer prints across the page, a line of every heading a line,
    then the first columns' numbers, over ``rows``."""
    return "\n".join(
        [
            "Tabel 3 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "Stand Mutatie 1e Stand 1e Mutatie Mutatie",
            "vastgestelde suppletoire suppletoire 2026 2027",
            "begroting 2025 begroting 2025 begroting 2025",
            "(1) (2) (3)=(1)+(2)",
            *rows,
        ]
    )


def test_column_numbers_under_headings_printed_across_the_page_number_them() -> None:
    """A line of column numbers under headings printed a line of every heading a line:
    read a part per line, the block made no headings, and across the page it was read down
    to the line above the numbers only; the numbers were a row of no values ("(1) (2)
    (3)=(1)+(2)"), which the hierarchy made the parent of the rows under it. Each number
    closes its heading, as a part per line."""
    text = _across_over_numbers(
        "Verplichtingen 170.000 8.000 178.000 -2.500 -600",
        "Uitgaven 162.790 8.185 170.975 -2.650 -650",
        "Opdrachten 62.790 3.185 65.975 -1.650 -650",
        "Bijdrage aan medeoverheden 100.000 5.000 105.000 -1.000 0",
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Stand vastgestelde begroting 2025 (1)")] == "162.790"
    assert grid[("Opdrachten", "Stand 1e suppletoire begroting 2025 (3)=(1)+(2)")] == "65.975"
    assert grid[("Opdrachten", "Mutatie 2027")] == "-650"
    assert "(1) (2) (3)=(1)+(2)" not in row_parents(cells).values()


def test_a_group_line_under_headings_printed_across_the_page_stays_the_rows_group() -> None:
    """The near form: a group's name, no column numbers, right under the same headings
    ("Subsidies") ends no heading: the headings are read down to the line above it, and it
    heads the rows under it."""
    text = _across_over_numbers(
        "Regeling A 62.790 3.185 65.975 -1.650 -650",
        "Regeling B 100.000 5.000 105.000 -1.000 0",
    ).replace("(1) (2) (3)=(1)+(2)", "Subsidies")
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Regeling A", "Stand vastgestelde begroting 2025")] == "62.790"
    assert row_parents(cells)["Regeling B"] == "Subsidies"


def test_a_number_under_every_heading_printed_across_the_page_numbers_them() -> None:
    """Column numbers under every heading of a block printed across the page, a line of
    every heading a line ("... (3)=(1)+(2) (4) (5)"): the numbers' line read as the
    heading line, the lines above it were read a part per line, the first line's words
    heading the columns ("Stand", "Mutatie 1e", ...) and the lines under it glued onto the
    last. Read across the page, each heading is its parts on the three lines."""
    text = _across_over_numbers(
        "Verplichtingen 170.000 8.000 178.000 -2.500 -600",
        "Uitgaven 162.790 8.185 170.975 -2.650 -650",
        "Opdrachten 62.790 3.185 65.975 -1.650 -650",
    ).replace("(1) (2) (3)=(1)+(2)", "(1) (2) (3)=(1)+(2) (4) (5)")
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Stand vastgestelde begroting 2025 (1)")] == "162.790"
    assert grid[("Opdrachten", "Stand 1e suppletoire begroting 2025 (3)=(1)+(2)")] == "65.975"
    assert grid[("Opdrachten", "Mutatie 2027 (5)")] == "-650"
    assert len(cells) == 15


def test_a_part_per_line_over_a_number_under_every_heading_stays_so() -> None:
    """Near form: headings printed a part per line ("Vastgestelde" / "begroting" / "2025"
    / "Mutaties" / ...) over a number for each column read a part per line as before: no
    line prints a part of every heading."""
    text = "\n".join(
        [
            "Tabel 3 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "Vastgestelde",
            "begroting",
            "2025",
            "Mutaties",
            "Stand",
            "(1) (2) (3)=(1)+(2)",
            "Verplichtingen 170.000 8.000 178.000",
            "Uitgaven 162.790 8.185 170.975",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Vastgestelde begroting 2025 (1)")] == "162.790"
    assert grid[("Uitgaven", "Mutaties (2)")] == "8.185"
    assert grid[("Verplichtingen", "Stand (3)=(1)+(2)")] == "178.000"


def test_years_a_line_each_set_apart_by_a_blank_line_head_the_rows_under_it() -> None:
    """A plain text layer printing the page's blank lines sets the block of headings apart
    from the rows ("2025" / ... / "2027" / "" / "I De Koning 62 64 65"): the blank line
    parts the block from the rows, not the rows from their headings. (No table was read:
    a blank line under the block ended it.)"""
    text = "\n".join(
        [
            "Tabel B5.1 Netto-uitgaven per hoofdstuk (in miljoenen euro)",
            "",
            "2025",
            "2026",
            "2027",
            "",
            "I De Koning 62 64 65",
            "III Algemene Zaken 96 98 97",
            "Totaal 158 162 162",
            "",
            "Bron: ontwerpbegrotingen.",
        ]
    )
    [table], cells, warnings = read_text(text)
    assert not warnings
    assert table["unit_label"] == "mln euro"
    grid = cell_grid(cells)
    assert grid[("I De Koning", "2025")] == "62"
    assert grid[("III Algemene Zaken", "2027")] == "97"
    assert len(cells) == 9
    assert row_parents(cells)["I De Koning"] == "Totaal"


def test_years_a_line_each_over_rows_of_more_values_head_nothing_past_a_blank_line() -> None:
    """The blank line stepped over joins no heading to rows printing more values than the
    block names: three years over rows of four values head nothing, as before."""
    text = "\n".join(
        [
            "Tabel B5.1 Netto-uitgaven per hoofdstuk (in miljoenen euro)",
            "",
            "2025",
            "2026",
            "2027",
            "",
            "I De Koning 62 64 65 66",
            "III Algemene Zaken 96 98 97 97",
            "Totaal 158 162 162 163",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert not cells


def test_a_label_ending_in_a_figure_takes_it_where_the_next_row_prints_as_many_values() -> None:
    """A row label may end in a figure ("Verbreding fase 2"): read as one more value, the
    row counts more values than the headings name. The row under it tells: printing as
    many values after a label ending in no figure, the figure is the label's."""
    text = "\n".join(
        [
            "Tabel 4 Kredieten (bedragen x € 1.000)",
            "Krediet",
            "2024",
            "Uitgaven",
            "2024",
            "Verbreding fase 2 186.500 112.340",
            "Nieuwe aansluiting 74.800 41.260",
            "Totaal 261.300 153.600",
        ]
    )
    [_table], cells, warnings = read_text(text)
    assert not warnings
    grid = cell_grid(cells)
    assert grid[("Verbreding fase 2", "Krediet 2024")] == "186.500"
    assert grid[("Verbreding fase 2", "Uitgaven 2024")] == "112.340"
    assert grid[("Totaal", "Uitgaven 2024")] == "153.600"
    assert len(cells) == 6


def test_a_label_ending_in_a_figure_over_a_row_of_one_more_value_reads_it_as_a_value() -> None:
    """Near form: where the row under it prints one value more after a label ending in no
    figure, the first row's figure is a value as well, and the headings naming one column
    fewer head nothing (the rows are left unread, as before)."""
    text = "\n".join(
        [
            "Tabel 4 Kredieten (bedragen x € 1.000)",
            "Krediet",
            "2024",
            "Uitgaven",
            "2024",
            "Verbreding fase 2 186.500 112.340",
            "Nieuwe aansluiting 4 74.800 41.260",
            "Totaal 6 261.300 153.600",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert ("Verbreding fase 2", "Krediet 2024") not in cell_grid(cells)


def _shares(heading: str, rows: list[str]) -> str:
    """A table of shares per municipality: ``heading`` over two lines, words then years."""
    return "\n".join(
        [
            "Tabel 4.2 Bijdragen deelnemers (bedragen in euro's)",
            heading,
            "2025 2026",
            *rows,
            "De bijdragen volgen uit de verdeelsleutel.",
        ]
    )


def test_years_of_two_headings_on_one_line_under_their_words_head_a_column_each() -> None:
    """Headings' words on one line ("Deelnemer Bijdrage Bijdrage Verschil") and the years
    of two of them on the line under it ("2025 2026"): the years end two headings, not the
    last one, and the rows' first figures, printed with dot thousands ("Zwolle
    8.412.330"), are values, never part of the label."""
    rows = [
        "Zwolle 8.412.330 8.903.115 490.785",
        "Kampen 2.615.040 2.744.210 129.170",
        "Totaal 11.027.370 11.647.325 619.955",
    ]
    _tables, cells, _warnings = read_text(_shares("Deelnemer Bijdrage Bijdrage Verschil", rows))
    grid = cell_grid(cells)
    assert grid[("Zwolle", "Bijdrage 2025")] == "8.412.330"
    assert grid[("Zwolle", "Bijdrage 2026")] == "8.903.115"
    assert grid[("Totaal", "Verschil")] == "619.955"
    assert len(cells) == 9
