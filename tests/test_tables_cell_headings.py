"""Tests of the heading block above a cell-per-line table (``tables_cell_headings``)."""

from __future__ import annotations

import pytest
from table_texts import cell_grid, cells_per_line, read_text, row_parents


def test_a_column_of_marks_after_the_values_printed_one_cell_per_line() -> None:
    """A Miljoenennota annex printed one cell per line prints, after the years, a column of
    who receives each payment ("Ontvangers": "G", "P", "G/P"), a word no list of text
    headings holds. The letters after each row's values are that column's marks: no
    group row over the rows after them (the first row's "G" headed the next rows, and the
    total the others), and the heading word no group row either."""
    text = cells_per_line(
        "Tabel 4.2 Decentralisatie-uitkeringen per departement", "x € 1.000",
        "Naam uitkering", "2024", "2025", "Ontvangers",
        "Justitie en Veiligheid (VI)", " ", " ", " ",
        "Veiligheidshuizen", "12.480", "12.910", "G",
        "Slachtofferhulp", "8.200", "0", "G/P",
        "Infrastructuur en Waterstaat (XII)", " ", " ", " ",
        "Verkeersveiligheid", "41.300", "42.150", "P",
        "Bodemsanering", "52.300", "48.900", "G/P",
        "Totaal", "114.280", "103.960", " ",
        "G = gemeenten, P = provincies.",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {"2024", "2025"}
    parents = row_parents(cells)
    assert parents["Veiligheidshuizen"] == "Justitie en Veiligheid (VI)"
    assert parents["Slachtofferhulp"] == "Justitie en Veiligheid (VI)"
    assert parents["Bodemsanering"] == "Infrastructuur en Waterstaat (XII)"
    assert parents["Totaal"] is None
    assert len(cells) == 10


def test_a_heading_printed_a_word_a_line_joins_its_broken_words_and_dates() -> None:
    """A plain text layer (no -layout) prints a heading wrapped in narrow columns a word a
    line, breaking words at the line's end ("Vermeer-" / "deringen") and printing each
    date under its word ("Stand" / "1-1-2024"): eight lines over four columns. A broken
    word is one again, as printed, and a date ends the words above it (the last four
    fragments named the columns: "Vermin-", "deringen", "Stand", "31-12-2024")."""
    rows = [
        "Tabel 9 Staat van voorzieningen (in duizenden euro’s)", "",
        "Omschrijving", "Stand", "1-1-2024", "Vermeer-", "deringen", "Vermin-", "deringen",
        "Stand", "31-12-2024", "",
        "Voorziening groot onderhoud", "4.100", "900", "650", "4.350", "",
        "Voorziening pensioenen", "2.300", "210", "180", "2.330", "",
        "Totaal voorzieningen", "6.400", "1.110", "830", "6.680", "",
    ]  # fmt: skip
    _tables, cells, _warnings = read_text("\n".join(rows))
    grid = cell_grid(cells)
    assert {column for _row, column in grid} == {
        "Stand 1-1-2024", "Vermeer-deringen", "Vermin-deringen", "Stand 31-12-2024",
    }  # fmt: skip
    assert grid[("Voorziening pensioenen", "Stand 1-1-2024")] == "2.300"
    assert grid[("Totaal voorzieningen", "Stand 31-12-2024")] == "6.680"
    assert grid[("Totaal voorzieningen", "Vermin-deringen")] == "830"


def test_headings_of_a_word_over_one_year_a_line_each_are_one_heading_each() -> None:
    """A plain text layer prints a municipal table one cell per line without blank lines,
    each heading a word over its year ("Realisatie" / "2022" / "Begroting" / "2023" /
    ...): each word and its year are one heading. The words were read as rows (a row
    "Begroting" of value 2023) and every column took a wrong heading ("Omschrijving",
    "Realisatie", "2022")."""
    text = "\n".join(
        [
            "Tabel 3.1 Wat mag het kosten? (bedragen x € 1.000)",
            "Omschrijving", "Realisatie", "2022", "Begroting", "2023", "Raming", "2024",
            "Lasten",
            "Sportaccommodaties", "2.310", "2.405", "2.460",
            "Cultuur en erfgoed", "1.120", "1.180", "1.195",
            "Totaal lasten", "3.430", "3.585", "3.655",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Sportaccommodaties", "Realisatie 2022")] == "2.310"
    assert grid[("Cultuur en erfgoed", "Raming 2024")] == "1.195"
    assert {c["column_label"] for c in cells} == {
        "Realisatie 2022",
        "Begroting 2023",
        "Raming 2024",
    }
    assert row_parents(cells)["Sportaccommodaties"] == "Lasten"


@pytest.mark.parametrize("join", ["\n", "\n\n"])
def test_rows_whose_one_value_reads_as_a_year_are_no_words_over_a_year(join: str) -> None:
    """A table of one value column whose figures read as years ("Almere" / "2015" /
    "Breda" / "1987" / "Delft" / "2030"), printed line under line or with blank lines
    between: the years run no period's way (a heading block prints "Realisatie 2022" /
    "Begroting 2023" / "Raming 2024"), so each word is a row and its figure its value. The
    rows were read as headings "Almere 2015", "Breda 1987": Almere and the total were lost,
    Breda's and Delft's contributions stored under a column "2015" (printed line under
    line), or the whole table lost (blank lines between)."""
    text = join.join(
        [
            "Tabel 3 Bijdragen per gemeente (bedragen x € 1.000)",
            "Gemeente", "Bijdrage",
            "Almere", "2015", "Breda", "1987", "Delft", "2030", "Eindhoven", "3.250",
            "Totaal", "9.282",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells) == {
        ("Almere", "Bijdrage"): "2015",
        ("Breda", "Bijdrage"): "1987",
        ("Delft", "Bijdrage"): "2030",
        ("Eindhoven", "Bijdrage"): "3.250",
        ("Totaal", "Bijdrage"): "9.282",
    }
    assert row_parents(cells)["Almere"] == "Totaal"


def test_heading_cells_printed_line_by_line_each_ending_in_its_unit_are_one_heading_each() -> None:
    """A plain text layer prints each heading cell's lines one after the other, every cell
    ending in its column's unit ("Realisatie" / "1 januari 2001" / "(x ƒ 1.000)" /
    "Realisatie" / "1 januari 2002" / "(x € 1.000)"): each cell is one heading and says its
    column's unit, guilders never euros. The lines were read as six headings and the last
    two columns took "1 januari 2002" and "(x € 1.000)" alone, and no unit."""
    text = "\n".join(
        [
            "Tabel 5 Stand van de reserves",
            "Reserve",
            "Realisatie", "1 januari 2001", "(x ƒ 1.000)",
            "Realisatie", "1 januari 2002", "(x € 1.000)",
            "Algemene reserve", "41.250", "18.719",
            "Reserve grondexploitatie", "12.410", "5.631",
            "Totaal", "53.660", "24.350",
        ]
    )  # fmt: skip
    tables, cells, _warnings = read_text(text)
    got = {(c["row_label"], c["column_label"]): (c["unit"], c["value_eur"]) for c in cells}
    assert got[("Algemene reserve", "Realisatie 1 januari 2001 (x ƒ 1.000)")] == ("NLG", None)
    assert got[("Totaal", "Realisatie 1 januari 2002 (x € 1.000)")] == ("EUR", 24_350_000)
    assert tables[0]["unit"] == "mixed"


def test_a_heading_line_opening_in_lower_case_goes_on_with_the_words_above_it() -> None:
    """A plain text layer prints a heading wrapped in narrow columns a word a line ("Restant-"
    / "krediet" broken at the line's end): a line there opening in lower case ends the
    heading above it ("Oorspronkelijk" / "krediet"), as no heading opens so; the labels'
    heading before them ("Investering") heads no column (the first column was "krediet")."""
    rows = [
        "Tabel 12 Staat van investeringskredieten (bedragen in €)",
        "Investering", "Oorspronkelijk", "krediet", "Uitgaven", "2024", "Vrijval",
        "Restant-", "krediet",
        "Brandweerkazerne Noord", "2.400.000", "1.150.000", "0", "1.250.000",
        "Renovatie sporthal De Bongerd", "1.800.000", "1.620.000", "180.000", "0",
        "Totaal", "4.200.000", "2.770.000", "180.000", "1.250.000",
    ]  # fmt: skip
    _tables, cells, _warnings = read_text("\n".join(rows))
    grid = cell_grid(cells)
    assert {column for _row, column in grid} == {
        "Oorspronkelijk krediet", "Uitgaven 2024", "Vrijval", "Restant-krediet",
    }  # fmt: skip
    assert grid[("Brandweerkazerne Noord", "Oorspronkelijk krediet")] == "2.400.000"
    assert grid[("Totaal", "Restant-krediet")] == "1.250.000"


def test_a_heading_line_opening_with_waarvan_heads_a_column_of_its_own() -> None:
    """A heading printed a cell a line: a line opening in lower case goes on with the words
    above it ("Personele" / "uitgaven"), but one opening with "waarvan" names a part of the
    column before it and heads a column of its own ("Uitgaven" / "waarvan apparaat"). Joined
    to "Uitgaven", the headings were one fewer than the values, and the labels' own heading
    ("Onderdeel") took the first column."""
    shares = [
        "Tabel 3 Uitgaven per onderdeel (bedragen x € 1.000)",
        "Onderdeel", "Uitgaven", "waarvan apparaat", "Ontvangsten",
        "Kerndepartement", "120.400", "45.100", "3.200",
        "Inspectie", "30.200", "10.300", "150",
        "Totaal", "150.600", "55.400", "3.350",
    ]  # fmt: skip
    _tables, cells, _warnings = read_text("\n".join(shares))
    grid = cell_grid(cells)
    assert {column for _row, column in grid} == {"Uitgaven", "waarvan apparaat", "Ontvangsten"}
    assert grid[("Inspectie", "waarvan apparaat")] == "10.300"
    wrapped = [
        "Tabel 3 Uitgaven per onderdeel (bedragen x € 1.000)",
        "Onderdeel", "Uitgaven", "Personele", "uitgaven", "Ontvangsten",
        "Kerndepartement", "120.400", "45.100", "3.200",
        "Inspectie", "30.200", "10.300", "150",
    ]  # fmt: skip
    _tables, cells, _warnings = read_text("\n".join(wrapped))
    assert cell_grid(cells)[("Inspectie", "Personele uitgaven")] == "10.300"


def test_heading_cells_wrapped_over_lines_go_on_where_a_line_opens_in_lower_case() -> None:
    """A plain text layer (no -layout) prints a begrotingsstaat's two group headings each
    over its three leaves, a group wrapped in its cell ("Mutaties (+ of –) 2e" /
    "suppletoire begroting (2)"): a line opening in lower case goes on with the line above,
    as no heading starts so. The second line was read as a group of its own, and the first
    group's words went to the second group's leaves."""
    text = "\n".join(
        [
            "Wijziging begrotingsstaat Infrastructuur en Waterstaat (XII) 2024",
            "(Bedragen x € 1.000)",
            "Art.", "Omschrijving",
            "Stand vastgestelde begroting (1)",
            "Mutaties (+ of –) 2e", "suppletoire begroting (2)",
            "Verplichtingen", "Uitgaven", "Ontvangsten",
            "Verplichtingen", "Uitgaven", "Ontvangsten",
            "11", "Integraal waterbeleid", "241.310", "238.904", "1.204",
            "– 3.120", "2.450", "0",
            "13", "Bodem en ondergrond", "58.112", "61.087", "310",
            "4.006", "– 1.275", "12",
            "14", "Wegen en verkeersveiligheid", "102.455", "99.870", "2.980",
            "1.500", "– 820", "0",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("11 Integraal waterbeleid", "Stand vastgestelde begroting (1) Uitgaven")] == (
        "238.904"
    )
    mutation = "Mutaties (+ of –) 2e suppletoire begroting (2)"
    assert grid[("13 Bodem en ondergrond", f"{mutation} Verplichtingen")] == "4.006"
    assert grid[("14 Wegen en verkeersveiligheid", f"{mutation} Uitgaven")] == "– 820"


def test_a_group_word_wrapped_over_lines_above_a_run_of_years_printed_one_a_line() -> None:
    """A jaarverslag printed as plain text one cell per line gives its heading as the group
    words first, one wrapped over two lines ("Realisatie" / "Oorspronkelijk" /
    "vastgestelde begroting" / "Verschil"), then a year a line: the wrapped words are one
    heading, and the first word is the group of the years its two followers leave
    ("Realisatie 2019" .. "Realisatie 2021", "Oorspronkelijk vastgestelde begroting 2021",
    "Verschil 2021"). The first word had taken the second's place over the years."""
    text = "\n".join(
        [
            "Tabel 4 Budgettaire gevolgen van beleid artikel 3",
            "Bedragen x € 1.000",
            "Realisatie", "Oorspronkelijk", "vastgestelde begroting", "Verschil",
            "2019", "2020", "2021", "2021", "2021",
            "Verplichtingen", "48.310", "51.204", "49.877", "50.100", "– 223",
            "Uitgaven", "47.905", "50.612", "52.004", "50.310", "1.694",
            "Subsidies", "12.400", "13.118", "14.020", "13.500", "520",
            "Opdrachten", "35.505", "37.494", "37.984", "36.810", "1.174",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Verplichtingen", "Realisatie 2019")] == "48.310"
    assert grid[("Uitgaven", "Realisatie 2021")] == "52.004"
    assert grid[("Subsidies", "Oorspronkelijk vastgestelde begroting 2021")] == "13.500"
    assert grid[("Opdrachten", "Verschil 2021")] == "1.174"


def test_a_group_row_right_under_wrapped_headings_and_a_word_heading_is_a_row() -> None:
    """A waterschap's overview printed as plain text one cell per line: headings that end in
    a year ("Begroting" / "2023", "Begroting na" / "wijziging 2023", "Rekening" / "2023"),
    then a word heading ("Verschil"), then the value-less group line over the first rows
    ("Baten"). The rows print four values, so the words past the periods' three and the
    word heading's one are a group row: "Baten" is its rows' parent, as a group line is,
    and no heading ("Totaal baten" became their parent, "Baten" a column's name)."""
    text = "\n".join(
        [
            "Overzicht van baten naar kostendrager (bedragen x € 1.000)",
            "Kostendrager",
            "Begroting", "2023", "Begroting na", "wijziging 2023", "Rekening", "2023",
            "Verschil",
            "Baten",
            "Watersysteemheffing", "64.210", "64.950", "65.118", "168",
            "Zuiveringsheffing", "71.304", "71.880", "71.562", "-318",
            "Wegenheffing", "3.120", "3.155", "3.201", "46",
            "Totaal baten", "138.634", "139.985", "139.881", "-104",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Zuiveringsheffing", "Begroting na wijziging 2023")] == "71.880"
    assert grid[("Wegenheffing", "Verschil")] == "46"
    parents = row_parents(cells)
    assert parents["Watersysteemheffing"] == "Baten"
    assert parents["Wegenheffing"] == "Baten"
    assert {c["column_label"] for c in cells} == {
        "Begroting 2023", "Begroting na wijziging 2023", "Rekening 2023", "Verschil",
    }  # fmt: skip


def test_a_word_between_period_headings_heads_the_year_right_under_it() -> None:
    """A suppletoire begroting's table of beleidsmatige mutaties printed as plain text one
    cell per line heads this year's verplichtingen and the uitgaven of this year and the
    next ("Verplichtingen" / "2024" / "Uitgaven" / "2024" / "2025" / ... / "2028"): the rows
    print as many values as the period before the word and the years after it, so the word
    is the heading of the year under it ("Uitgaven 2024"), each later year a column. The
    table was read one column narrower, each row's last value taken for the next row's
    code, and the rows printing one value more left out."""
    text = "\n".join(
        [
            "Tabel 2 Belangrijkste beleidsmatige mutaties (bedragen x € 1.000)",
            "Art. nr.",
            "Verplichtingen", "2024", "Uitgaven", "2024", "2025", "2026", "2027", "2028",
            "Stand ontwerpbegroting 2024",
            "3.412.300", "3.398.120", "3.401.550", "3.415.870", "3.420.010", "3.431.400",
            "Mutaties Nota van wijziging",
            "10.000", "10.000", "0", "0", "0", "0",
            "Stand vastgestelde begroting 2024",
            "3.422.300", "3.408.120", "3.401.550", "3.415.870", "3.420.010", "3.431.400",
            "Belangrijkste mutaties",
            "2", "Loon- en prijsbijstelling", "41.200", "41.200", "40.118", "40.005", "39.870",
            "39.870",
            "5", "Kasschuif", "0", "– 6.000", "3.000", "3.000", "0", "0",
        ]
    )  # fmt: skip
    _tables, cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Stand ontwerpbegroting 2024", "Verplichtingen 2024")] == "3.412.300"
    assert grid[("Stand ontwerpbegroting 2024", "Uitgaven 2024")] == "3.398.120"
    assert grid[("Stand vastgestelde begroting 2024", "2028")] == "3.431.400"
    assert grid[("5 Kasschuif", "Uitgaven 2024")] == "– 6.000"
    assert grid[("5 Kasschuif", "2026")] == "3.000"
    assert not warnings


def test_heading_cells_wrapped_over_three_lines_each_are_one_heading() -> None:
    """A plain text layer prints a jaarrekening's heading cells wrapped over up to three
    lines, one under the other ("Primaire" / "begroting" / "2021", "Begroting" / "na
    wijziging" / "2021", "Jaarrekening" / "2021", "Verschil"): the lines go on while they
    open in lower case, and the year alone under them ends the cell. Only two lines were
    joined, so the columns took "Begroting" and "na wijziging 2021" as headings."""
    text = "\n".join(
        [
            "Overzicht lasten per kostensoort (bedragen x € 1.000)",
            "Kostensoort",
            "Primaire", "begroting", "2021",
            "Begroting", "na wijziging", "2021",
            "Jaarrekening", "2021",
            "Verschil",
            "Personeelslasten", "49.621", "51.138", "51.435", "297",
            "Goederen en diensten", "56.852", "56.193", "57.213", "1.020",
            "Bijdragen aan derden", "6.780", "6.999", "6.853", "-146",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Personeelslasten", "Primaire begroting 2021")] == "49.621"
    assert grid[("Goederen en diensten", "Begroting na wijziging 2021")] == "56.193"
    assert grid[("Bijdragen aan derden", "Jaarrekening 2021")] == "6.853"
    assert grid[("Bijdragen aan derden", "Verschil")] == "-146"


def test_the_corner_word_over_the_one_period_is_no_part_of_its_heading() -> None:
    """A plain text layer prints a table of one year's column with its labels' heading in
    the corner: "Omschrijving" / "2021" over one value a row. The word is the corner's, the
    year the column's heading; the two were joined as one heading cell ("Omschrijving
    2021"), as "Jaarrekening" / "2020" is where other periods follow."""
    text = "\n".join(
        [
            "Tabel 1 Overzicht coronamaatregelen gemeentefonds (bedragen x € 1.000)",
            "Omschrijving", "2021",
            "Nota van Wijziging ontwerpbegroting GF 2021", "396.897",
            "Eerste suppletoire begroting GF 2021", "9.477",
            "Tweede suppletoire begroting GF 2021", "565.081",
            "Totaal", "971.455",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {"2021"}
    assert cell_grid(cells)[("Totaal", "2021")] == "971.455"


def test_a_heading_block_of_three_lines_parted_by_blank_lines_is_one_heading() -> None:
    """Where a blank line parts every cell, a heading is a block of two or three lines
    ("Vastgestelde" / "begroting" / "2023"): every line of the block is that heading's,
    not only the first two (the column was labelled "2023" alone, or the year became a
    column of its own)."""
    text = cells_per_line(
        "Tabel 8 Budgettaire gevolgen van beleid artikel 5 (bedragen x € 1.000)",
        "Vastgestelde\nbegroting\n2023", "Realisatie\n2023", "Verschil\n2023",
        "Verplichtingen", "85.000", "86.900", "1.900",
        "Uitgaven", "85.000", "86.900", "1.900",
        "Subsidies", "52.000", "53.900", "1.900",
        "Opdrachten", "33.000", "33.000", "0",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Subsidies", "Vastgestelde begroting 2023")] == "52.000"
    assert grid[("Opdrachten", "Verschil 2023")] == "0"
    assert {c["column_label"] for c in cells} == {
        "Vastgestelde begroting 2023", "Realisatie 2023", "Verschil 2023",
    }  # fmt: skip
    assert len(cells) == 12


def test_a_row_a_block_under_heading_cells_wrapped_inside_one_block() -> None:
    """A plain text layer (no -layout) prints a jaarrekening a row a block: each row's label
    and values line under line, a blank line between rows; its heading is one block too,
    each cell wrapped wherever its column was narrow, the year inside a cell ("Raming" /
    "2024" / "primair", "Raming" / "2024 na" / "wijziging", "Realisatie" / "2024"). No
    blank line parts the cells; each opens with a capital, its other lines with the year
    or in lower case. The first group row ("Baten"), a block of its own, heads its rows
    as the second does ("Lasten"). The block was read as a first row "Realisatie" of one
    value, 2024, under four of its lines ("primair", "Raming", "2024 na", "wijziging"), and
    the first group row was no parent."""
    blocks = [
        "Overzicht baten en lasten per taakveld (bedragen x € 1.000)",
        "Taakveld\nRaming\n2024\nprimair\nRaming\n2024 na\nwijziging\nRealisatie\n2024\nSaldo",
        "Baten",
        "Algemene uitkering\n212.480\n219.115\n219.870\n755",
        "Lokale heffingen\n41.260\n41.260\n40.912\n-348",
        "Totaal baten\n253.740\n260.375\n260.782\n407",
        "Lasten",
        "Openbare orde en veiligheid\n18.330\n18.910\n19.402\n-492",
        "Sociaal domein\n171.205\n177.640\n176.118\n1.522",
        "Totaal lasten\n189.535\n196.550\n195.520\n1.030",
    ]
    _tables, cells, warnings = read_text("\n\n".join(blocks))
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == {
        "Raming 2024 primair", "Raming 2024 na wijziging", "Realisatie 2024", "Saldo",
    }  # fmt: skip
    assert grid[("Algemene uitkering", "Raming 2024 primair")] == "212.480"
    assert grid[("Lokale heffingen", "Saldo")] == "-348"
    assert grid[("Sociaal domein", "Raming 2024 na wijziging")] == "177.640"
    parents = row_parents(cells)
    assert parents["Algemene uitkering"] == "Baten"
    assert parents["Sociaal domein"] == "Lasten"
    assert len(cells) == 24 and not warnings


def test_a_word_over_years_in_one_block_stays_their_group() -> None:
    """The same layout with a heading block whose only capital stands over two years
    ("Realisatie" / "2023" / "2024"): the lines opening with a capital are no heading a
    value column, so the block is no cell each; the years head the columns as printed."""
    blocks = [
        "Tabel 5 Ontvangsten leges (bedragen x € 1.000)",
        "Soort\nRealisatie\n2023\n2024",
        "Rijbewijzen\n1.204\n1.310",
        "Paspoorten\n2.480\n2.615",
        "Totaal\n3.684\n3.925",
    ]
    _tables, cells, _warnings = read_text("\n\n".join(blocks))
    grid = cell_grid(cells)
    assert grid[("Paspoorten", "2024")] == "2.615"
    assert {c["column_label"] for c in cells} == {"2023", "2024"}


def _under_the_pages_titles(heading: list[str], *rows: str) -> str:
    """A municipal table as a plain text layer prints it under the page's titles and a
    paragraph of prose, the caption saying its unit, a blank line, its heading's block, a
    blank line, then its rows, each cell a line."""
    return "\n".join(
        [
            "Jaarstukken 2022 Gemeente Noorderveld", "",
            "Incidentele baten en lasten", "",
            "Op grond van het BBV geeft dit overzicht de incidentele baten en lasten. Posten",
            "kleiner dan € 100.000 zijn niet opgenomen.", "",
            "Overzicht incidentele baten en lasten (bedragen x € 1.000)", "",
            *heading, "",
            *rows,
        ]
    )  # fmt: skip


def test_a_heading_block_under_the_pages_titles_and_prose_is_read_from_the_unit_caption() -> None:
    """The page's title, a section's and a paragraph of prose stand above the caption saying
    the table's unit, each a block of its own: the heading's block is the one under the
    caption, its cells opening with a capital ("Begroting 2022" / "na wijziging" /
    "Realisatie 2022" over two values a row), and the one-line block under it the first
    group row ("Incidentele lasten"). Read with the titles as headings, the group row was
    the second column and the total under it every row's parent."""
    text = _under_the_pages_titles(
        ["Omschrijving", "Begroting 2022", "na wijziging", "Realisatie 2022"],
        "Incidentele lasten",
        "Bijdrage cultuur en sport", "1.204", "987",
        "Energietoeslag minima", "4.118", "5.330",
        "Totaal incidentele lasten", "5.322", "6.317", "",
        "Incidentele baten",
        "Rijksbijdrage energietoeslag", "4.118", "5.330",
        "Totaal incidentele baten", "4.118", "5.330",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == {"Begroting 2022 na wijziging", "Realisatie 2022"}
    assert grid[("Bijdrage cultuur en sport", "Begroting 2022 na wijziging")] == "1.204"
    assert grid[("Totaal incidentele baten", "Realisatie 2022")] == "5.330"
    parents = row_parents(cells)
    assert parents["Energietoeslag minima"] == "Incidentele lasten"
    assert parents["Rijksbijdrage energietoeslag"] == "Incidentele baten"
    assert parents["Totaal incidentele lasten"] is None
    assert len(cells) == 10


@pytest.mark.parametrize(
    ("heading", "columns"),
    [
        # a line of its own in lower case goes on with the heading above it, a third
        # column's heading after it
        (
            ["Begroting 2022", "na wijziging", "Realisatie 2022", "Verschil"],
            ["Begroting 2022 na wijziging", "Realisatie 2022", "Verschil"],
        ),
        # a line opening with a capital is a column's heading of its own
        (
            ["Begroting 2022", "Wijziging", "Realisatie 2022"],
            ["Begroting 2022", "Wijziging", "Realisatie 2022"],
        ),
    ],
)
def test_three_columns_under_the_pages_titles_each_head_their_values(
    heading: list[str], columns: list[str]
) -> None:
    """The same under a heading of three columns, three values a row: the lines opening with
    a capital are the corner's and the three columns' headings."""
    text = _under_the_pages_titles(
        ["Omschrijving", *heading],
        "Incidentele lasten",
        "Bijdrage cultuur en sport", "1.204", "100", "987",
        "Energietoeslag minima", "4.118", "-50", "5.330",
        "Totaal incidentele lasten", "5.322", "50", "6.317",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert [grid[("Energietoeslag minima", column)] for column in columns] == [
        "4.118", "-50", "5.330",
    ]  # fmt: skip
    assert row_parents(cells)["Bijdrage cultuur en sport"] == "Incidentele lasten"


def test_a_word_over_years_under_the_pages_titles_stays_their_group() -> None:
    """The block under the caption read as cells only where its capitals are the corner's
    and one heading per value: a word over two years ("Realisatie" / "2023" / "2024") is no
    cell of its own, and the years head the columns as printed."""
    text = _under_the_pages_titles(
        ["Soort", "Realisatie", "2023", "2024"],
        "Rijbewijzen", "1.204", "1.310",
        "Paspoorten", "2.480", "2.615",
        "Totaal", "3.684", "3.925",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {"2023", "2024"}
    assert cell_grid(cells)[("Paspoorten", "2024")] == "2.615"


def _incidentals(*heading: str, values: int = 2) -> str:
    """A municipal table a plain text layer prints one cell per line, no blank line and no
    placeholder anywhere: its caption, the heading's lines, the value-less group row
    "Incidentele lasten" right under them, its items and total, ``values`` values a row."""
    rows = [
        ("Bijdrage cultuur en sport", "1.204", "987", "217"),
        ("Energietoeslag minima", "4.118", "5.330", "-1.212"),
        ("Totaal incidentele lasten", "5.322", "6.317", "-995"),
    ]
    return "\n".join(
        [
            "Tabel 7 Incidentele baten en lasten (bedragen x € 1.000)",
            *heading,
            "Incidentele lasten",
            *(cell for row in rows for cell in row[: values + 1]),
        ]
    )


@pytest.mark.parametrize(
    ("heading", "columns"),
    [
        (
            ["Omschrijving", "Begroting 2022", "na wijziging", "Realisatie 2022"],
            ["Begroting 2022 na wijziging", "Realisatie 2022"],
        ),
        (
            ["Begroting 2022", "na wijziging", "Realisatie 2022"],
            ["Begroting 2022 na wijziging", "Realisatie 2022"],
        ),
        (
            ["Omschrijving", "Begroting 2022", "na wijziging", "Realisatie 2022", "Verschil"],
            ["Begroting 2022 na wijziging", "Realisatie 2022", "Verschil"],
        ),
        # the near form: a part of the dated column ("waarvan incidenteel") heads a column
        # of its own, the group row stays the first row
        (
            ["Omschrijving", "Begroting 2022", "waarvan incidenteel", "Realisatie 2022"],
            ["Begroting 2022", "waarvan incidenteel", "Realisatie 2022"],
        ),
    ],
)
def test_a_line_in_lower_case_under_a_dated_heading_goes_on_with_it(
    heading: list[str], columns: list[str]
) -> None:
    """A line opening in lower case and naming no period under a heading that names one
    ("Begroting 2022" / "na wijziging") goes on with it, as no heading starts so: the
    headings are then as many as the rows print values, and the value-less line after them
    is the first group row ("Incidentele lasten"). Read as a heading of its own, the line
    made one heading too many, the group row took a column and the table was refused."""
    text = _incidentals(*heading, values=len(columns))
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == set(columns)
    assert [grid[("Energietoeslag minima", column)] for column in columns] == [
        "4.118", "5.330", "-1.212",
    ][: len(columns)]  # fmt: skip
    parents = row_parents(cells)
    assert parents["Bijdrage cultuur en sport"] == "Incidentele lasten"
    assert parents["Totaal incidentele lasten"] is None


def test_a_capitalised_line_under_a_dated_heading_one_heading_too_many_is_refused() -> None:
    """The same heading with its second line opening with a capital ("Begroting 2022" / "Na
    wijziging"): the text does not tell a heading's second line from a column's heading, and
    which line heads which of the two values; the table is said, not stored."""
    text = _incidentals("Omschrijving", "Begroting 2022", "Na wijziging", "Realisatie 2022")
    _tables, cells, warnings = read_text(text)
    assert not cells
    assert any("Begroting 2022" in str(warning) for warning in warnings)


@pytest.mark.parametrize(
    ("heading", "group", "read"),
    [
        # the labels' heading, three headings over three values, then the group row
        (["Omschrijving", "Begroting 2022", "Wijziging", "Realisatie 2022"], True, True),
        # without the group row the last word heads the third value ("Verschil")
        (["Omschrijving", "Begroting 2022", "Realisatie 2022", "Verschil"], False, True),
        # without the labels' heading the count does not tell a group row from a column's
        # heading and the corner's: said, not stored
        (["Begroting 2022", "Wijziging", "Realisatie 2022"], True, False),
        # the near form: a column's word after them ("Verschil", its cells left out) is no
        # group row over every row; said, not stored, as before
        (
            ["Omschrijving", "Begroting 2022", "Wijziging", "Realisatie 2022", "Verschil"],
            False,
            False,
        ),
    ],
)
def test_headings_counted_from_the_labels_heading_leave_the_group_row_after_them(
    heading: list[str], group: bool, read: bool
) -> None:
    """Printed so, with a labels' heading in the corner ("Omschrijving") and headings of its
    own over each of the three values a row prints, the last naming its period: the word
    after them heads no value and is the first group row ("Incidentele lasten"), its items'
    parent. Read as a fourth heading, one heading was left over and the table refused."""
    lines = _incidentals(*heading, values=3).split("\n")
    if not group:
        lines.remove("Incidentele lasten")
    _tables, cells, _warnings = read_text("\n".join(lines))
    if not read:
        assert not cells
        return
    grid = cell_grid(cells)
    columns = [line for line in heading if line != "Omschrijving"]
    assert [grid[("Energietoeslag minima", column)] for column in columns] == [
        "4.118", "5.330", "-1.212",
    ]  # fmt: skip
    parent = "Incidentele lasten" if group else "Totaal incidentele lasten"  # its sum's
    assert row_parents(cells)["Bijdrage cultuur en sport"] == parent


def test_a_column_of_words_after_the_values_heads_no_value_column() -> None:
    """An audit overview printed one cell per line, without blank lines, gives each row a
    chapter code, its name, three amounts and then a word in a last column ("Beoordeling":
    "voldoende" / "onvoldoende"), a heading no list of ours holds. Every row after the
    first is preceded by one text more than the first (the word after the row above's
    values): the last heading heads those words, the amounts stand under the three
    headings before it, and no word is a group row over the rows after it."""
    text = "\n".join(
        [
            "Tabel 2 Onvolkomenheden in het financieel beheer 2023 (bedragen x € 1 miljoen)",
            "Hfd.", "Ministerie", "Fouten", "Onzekerheden", "Totaal", "Beoordeling",
            "IV", "Koninkrijksrelaties", "3,1", "0,4", "3,5", "voldoende",
            "VIII", "Onderwijs, Cultuur en Wetenschap", "48,2", "19,0", "67,2", "onvoldoende",
            "IX", "Financiën", "7,7", "1,2", "8,9", "voldoende",
            "XIII", "Economische Zaken", "120,5", "-", "120,5", "onvoldoende",
            " ", "Totaal", "179,5", "20,6", "200,1", " ",
            "",
            "Bron: eigen berekening.",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("IV Koninkrijksrelaties", "Fouten")] == "3,1"
    assert grid[("VIII Onderwijs, Cultuur en Wetenschap", "Totaal")] == "67,2"
    assert grid[("XIII Economische Zaken", "Totaal")] == "120,5"
    assert grid[("Totaal", "Onzekerheden")] == "20,6"
    assert {c["column_label"] for c in cells} == {"Fouten", "Onzekerheden", "Totaal"}
    parents = row_parents(cells)
    assert parents["IX Financiën"] == "Totaal"
    assert "voldoende" not in parents.values() and "onvoldoende" not in parents.values()


def test_a_column_of_reference_numbers_after_the_values_is_no_code_of_the_next_row() -> None:
    """A jaarverslag's budgetary table printed one cell per line ends each row with the
    number of the note that explains it ("Nr. toelichting": "1", "2", or an empty cell),
    under a heading of two rows ("Realisatie" over two years, "Vastgestelde begroting",
    "Verschil" and the note's heading, then the years). The first row has no number
    before it and the last row has one after it with no row following: the numbers are
    that column's cells, not codes of the next rows' labels, and the group heading
    "Realisatie" heads the first two years. A row printing its cells empty but one leaves
    that column's cell empty too: no group row after it is read as that cell."""
    text = "\n".join(
        [
            "Tabel 3.1 Budgettaire gevolgen van beleid artikel 3 (bedragen x € 1.000)",
            "Realisatie", "Vastgestelde begroting", "Verschil", "Nr. toelichting",
            "2022", "2023", "2023", "2023",
            "Verplichtingen", "412.030", "398.114", "405.200", "– 7.086", "1",
            "Uitgaven", "401.877", "389.620", "402.310", "– 12.690", " ",
            "Waarvan juridisch verplicht", " ", " ", "93%", " ", " ",
            "Subsidies (regelingen)",
            "Innovatieregeling", "120.400", "118.006", "125.000", "– 6.994", "2",
            "Opdrachten",
            "Onderzoek", "14.210", "11.305", "12.000", "– 695", " ",
            "Bijdragen aan agentschappen",
            "Uitvoeringsdienst", "267.267", "260.309", "265.310", "– 5.001", "3",
            "Ontvangsten", "1.204", "2.118", "500", "1.618", "4",
            "",
            "Toelichting",
            "Ad 1. De verplichtingen vallen lager uit door vertraging in de openstelling.",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Verplichtingen", "Realisatie 2022")] == "412.030"
    assert grid[("Uitgaven", "Realisatie 2023")] == "389.620"
    assert grid[("Uitgaven", "Vastgestelde begroting 2023")] == "402.310"
    assert grid[("Ontvangsten", "Verschil 2023")] == "1.618"
    assert grid[("Waarvan juridisch verplicht", "Vastgestelde begroting 2023")] == "93%"
    assert row_parents(cells)["Innovatieregeling"] == "Subsidies (regelingen)"
    labels = {c["row_label"] for c in cells}
    assert labels == {
        "Verplichtingen", "Uitgaven", "Waarvan juridisch verplicht", "Innovatieregeling",
        "Onderzoek", "Uitvoeringsdienst", "Ontvangsten",
    }  # fmt: skip
    assert not any(c["column_label"].startswith("Nr.") for c in cells)
    assert len(cells) == 25


def _numbers_after_grouped_values(last_cell: str) -> str:
    """A jaarverslag's budgetary table printed one cell per line under two heading rows:
    group headings, the note number's "Nr." printed last among them, then the labels'
    empty corner and the years. Each row prints its note's number, or an empty cell, after
    its values; a group row prints all its empty cells as one wide placeholder; the last
    row ends in ``last_cell``."""
    return cells_per_line(
        "Budgettaire gevolgen van beleid artikel 8 (bedragen x € 1.000)",
        "Realisatie", "Vastgestelde begroting", "Verschil", "Nr.",
        " ", "2020", "2021", "2022", "2022", "2022",
        "Verplichtingen", "52.100", "48.300", "50.410", "47.000", "3.410", " ",
        "Uitgaven", "50.980", "49.120", "49.760", "48.500", "1.260", " ",
        "Subsidies", "           ",
        "Innovatiekrediet", "20.400", "21.900", "18.330", "21.000", "‒ 2.670", "1",
        "Regionale fondsen", "26.180", "23.020", "27.130", "23.500", "3.630", "2",
        "Opdrachten", "4.400", "4.200", "4.300", "4.000", "300", " ",
        "Ontvangsten", "1.250", "980", "2.040", "1.000", "1.040",
        last_cell,
        "E. Toelichting op de financiële instrumenten",
    )  # fmt: skip


def test_numbers_under_a_code_heading_printed_after_the_value_groups_are_no_labels() -> None:
    """ "Nr." printed after the group headings over the values heads a column after them, as
    the heading row prints it: each number is the row's before it, not a code of the next
    label ("1 Regionale fondsen", "2 Opdrachten"), also where a group row prints its empty
    cells as one wide placeholder and no code cell."""
    _tables, cells, _warnings = read_text(_numbers_after_grouped_values("3"))
    grid = cell_grid(cells)
    assert grid[("Regionale fondsen", "Realisatie 2020")] == "26.180"
    assert grid[("Opdrachten", "Verschil 2022")] == "300"
    assert grid[("Innovatiekrediet", "Vastgestelde begroting 2022")] == "21.000"
    assert row_parents(cells)["Regionale fondsen"] == "Subsidies"
    assert not [c for c in cells if c["row_label"][:1].isdigit()]
    assert len(cells) == 30


def test_numbers_under_a_code_heading_after_the_value_groups_without_a_last_cell() -> None:
    """The same heading, but the last row followed by no number of its own: whose each
    number is the text does not tell, and the codes stay the next labels', as before."""
    _tables, cells, _warnings = read_text(_numbers_after_grouped_values("        "))
    labels = {c["row_label"] for c in cells}
    assert "1 Regionale fondsen" in labels
    assert "2 Opdrachten" in labels


def _stands_with_codes(periods_row: tuple[str, ...]) -> str:
    """A 2e suppletoire begroting's overview of its main mutations printed one cell per
    line: the heading's words' row (an empty corner, "Uitgaven", "Art.nr.") over the
    ``periods_row``, then running stands in one column, each row followed by its article
    code ("Alle", "3", "Div") or an empty cell."""
    return cells_per_line(
        "Tabel 4 Overzicht suppletoire mutaties 2022 (bedragen x € 1.000)",
        " ", "Uitgaven", "Art.nr.", *periods_row,
        "Stand ontwerpbegroting 2022", "8.410.200", " ",
        "Mutaties 1e suppletoire begroting 2022", "25.300", "Alle",
        "Stand 1e suppletoire begroting 2022", "8.435.500", " ",
        "Mutaties 2e suppletoire begroting:", "   ",
        "Kasschuif vernieuwingsagenda", "– 42.000", "3",
        "Loon- en prijsbijstelling", "18.750", "3",
        "Overige mutaties", "2.125", "Div",
        "Stand 2e suppletoire begroting 2022", "8.414.375", " ",
        "De kasschuif volgt uit de latere start van de projecten.",
    )  # fmt: skip


def test_a_code_heading_over_the_periods_rows_last_empty_cell_heads_codes_after_values() -> None:
    """A heading of two rows whose words' row ends in the code's heading ("Art.nr.") and
    whose periods' row opens and closes with an empty cell: the code column is the last,
    after the values, as the rows print their codes; no code is the next row's label's
    ("3 Loon- en prijsbijstelling")."""
    _tables, cells, _warnings = read_text(_stands_with_codes((" ", "2022", " ")))
    grid = cell_grid(cells)
    assert {c["row_label"] for c in cells} == {
        "Stand ontwerpbegroting 2022", "Mutaties 1e suppletoire begroting 2022",
        "Stand 1e suppletoire begroting 2022", "Kasschuif vernieuwingsagenda",
        "Loon- en prijsbijstelling", "Overige mutaties", "Stand 2e suppletoire begroting 2022",
    }  # fmt: skip
    assert grid[("Loon- en prijsbijstelling", "2022")] == "18.750"
    assert grid[("Overige mutaties", "2022")] == "2.125"
    assert row_parents(cells)["Overige mutaties"] == "Mutaties 2e suppletoire begroting:"
    assert len(cells) == 7


def test_a_code_heading_right_before_the_period_heads_codes_before_the_labels() -> None:
    """The near form: the code's heading right before the period, no empty cell between
    nor after it (" " / "Uitgaven" / "Art.nr." / "2022"): a heading of one row whose code
    column the text does not place after the values; each code stays the next label's, as
    before."""
    _tables, cells, _warnings = read_text(_stands_with_codes(("2022",)))
    labels = {c["row_label"] for c in cells}
    assert "3 Loon- en prijsbijstelling" in labels


def _mutations_with_listed_codes(last_cell: tuple[str, ...]) -> str:
    """An ontwerpbegroting's table of its main policy mutations printed one cell per line:
    the years, then "Art." over a column after them; a stand, a value-less group row
    printing its empty cells as one wide placeholder, mutations each followed by its
    article (a list of them where one mutation falls on several, "2, 5"; "div."), and the
    new stand, followed by ``last_cell``."""
    return cells_per_line(
        "Tabel 3.2 Belangrijkste beleidsmatige mutaties (bedragen x € 1.000)",
        " ", "2025", "2026", "2027", "Art.",
        "Stand ontwerpbegroting 2024", "8.120.400", "8.215.300", "8.230.100", " ",
        "Beleidsmatige mutaties", "       ",
        "Versterking beroepsonderwijs", "25.000", "40.000", "40.000", "2, 5",
        "Taakstelling uitvoering", "– 8.000", "– 12.000", "– 12.000", "div.",
        "Kasschuif onderzoek", "– 3.500", "3.500", "0", "4, 6, 7",
        "Stand ontwerpbegroting 2025", "8.133.900", "8.246.800", "8.258.100", *last_cell,
        "De mutaties worden per artikel toegelicht.",
    )  # fmt: skip


def test_lists_of_codes_under_a_code_heading_after_the_periods_are_the_rows_codes() -> None:
    """A row's code printed after its values may be a list of articles ("2, 5", "4, 6, 7"),
    as a text layer's code column prints them: it is that row's code like "div.", no group
    row over the next rows ("Taakstelling uitvoering" under "2, 5") and no code of the next
    label ("div. Kasschuif onderzoek")."""
    _tables, cells, _warnings = read_text(_mutations_with_listed_codes((" ",)))
    parents = row_parents(cells)
    assert parents["Versterking beroepsonderwijs"] == "Beleidsmatige mutaties"
    assert parents["Taakstelling uitvoering"] == "Beleidsmatige mutaties"
    assert parents["Kasschuif onderzoek"] == "Beleidsmatige mutaties"
    grid = cell_grid(cells)
    assert grid[("Kasschuif onderzoek", "2026")] == "3.500"
    assert grid[("Taakstelling uitvoering", "2025")] == "– 8.000"
    assert len(cells) == 15


def test_lists_of_codes_whose_last_row_prints_no_code_cell_stay_the_next_labels() -> None:
    """The near form: the last row followed by no cell of its own, so nothing places the
    codes after the values; each stays the next label's, as before ("div. Kasschuif
    onderzoek")."""
    _tables, cells, _warnings = read_text(_mutations_with_listed_codes(()))
    assert "div. Kasschuif onderzoek" in {c["row_label"] for c in cells}


def _suppletoire(groups: list[str], leaves: list[str]) -> str:
    """A 1e suppletoire begroting's budgetary table printed one cell per line: its group
    row after the empty corner, the column numbers and the later years under it."""
    return cells_per_line(
        "Tabel 3 Budgettaire gevolgen van beleid artikel 4 Hoger onderwijs",
        "Bedragen x € 1.000", " ", *groups, *leaves,
        "Verplichtingen", "812.400", "12.350", "824.750", "3.100", "- 1.250",
        "Uitgaven", "798.100", "- 4.820", "793.280", "2.600", "0",
        "4.1", "Bekostiging", "650.000", "- 2.000", "648.000", "1.500", "0",
        "4.2", "Studiefinanciering", "148.100", "- 2.820", "145.280", "1.100", "0",
    )  # fmt: skip


def test_group_headings_over_column_numbers_and_the_later_years_each_head_their_own() -> None:
    """A suppletoire begroting's heading of two rows flattened one cell per line: the group
    row ("Vastgestelde begroting" / "Mutatie 1e suppletoire begroting" / "Stand 1e
    suppletoire begroting" / "Mutatie 1e suppletoire begroting") prints one cell fewer than
    the row under it ("(1)" / "(2)" / "(3)=(1)+(2)" / "2026" / "2027"), its last spanning
    the two years. The column numbers name their columns one by one, so each has a group of
    its own and the one left spans the years: no group is shifted onto its neighbour's
    column, and the years keep their group's words."""
    text = _suppletoire(
        [
            "Vastgestelde begroting", "Mutatie 1e suppletoire begroting",
            "Stand 1e suppletoire begroting", "Mutatie 1e suppletoire begroting",
        ],
        ["(1)", "(2)", "(3)=(1)+(2)", "2026", "2027"],
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Vastgestelde begroting (1)")] == "798.100"
    assert grid[("Uitgaven", "Mutatie 1e suppletoire begroting (2)")] == "- 4.820"
    assert grid[("Uitgaven", "Stand 1e suppletoire begroting (3)=(1)+(2)")] == "793.280"
    assert grid[("Uitgaven", "Mutatie 1e suppletoire begroting 2026")] == "2.600"
    assert grid[("Verplichtingen", "Mutatie 1e suppletoire begroting 2027")] == "- 1.250"
    assert len(cells) == 20


def test_group_headings_the_numbered_columns_do_not_count_up_to_are_refused() -> None:
    """Three groups over three numbered columns and two years: one too few for a group
    over each numbered column and one over the years, and nothing else tells which group
    spans which. The columns keep their own headings and the groups are said, not
    guessed onto columns."""
    text = _suppletoire(
        [
            "Vastgestelde begroting", "Mutatie 1e suppletoire begroting",
            "Stand 1e suppletoire begroting",
        ],
        ["(1)", "(2)", "(3)=(1)+(2)", "2026", "2027"],
    )  # fmt: skip
    _tables, cells, warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {"(1)", "(2)", "(3)=(1)+(2)", "2026", "2027"}
    assert any("which spans which" in w.reason for w in warnings)


def test_numbered_group_headings_each_head_one_column_and_the_last_the_later_years() -> None:
    """The same heading as a site prints it with each column's number inside its group
    heading ("Vastgestelde begroting (1)" ... "Stand 1e suppletoire begroting (3)=(1)+(2)"),
    then a last group without a number, over a row of years in which the budget year
    repeats under each numbered group. A number names one column, so each numbered group
    heads one year and the last group spans the later years. Before, the groups were said
    as a doubt and the columns kept their years alone ("2025", "2025 (2)", "2025 (3)")."""
    text = _suppletoire(
        [
            "Vastgestelde begroting (1)", "Mutatie 1e suppletoire begroting (2)",
            "Stand 1e suppletoire begroting (3)=(1)+(2)", "Mutatie 1e suppletoire begroting",
        ],
        ["2025", "2025", "2025", "2026", "2027"],
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Vastgestelde begroting (1) 2025")] == "798.100"
    assert grid[("Uitgaven", "Mutatie 1e suppletoire begroting (2) 2025")] == "- 4.820"
    stand = "Stand 1e suppletoire begroting (3)=(1)+(2) 2025"
    assert grid[("4.1 Bekostiging", stand)] == "648.000"
    assert grid[("Uitgaven", "Mutatie 1e suppletoire begroting 2026")] == "2.600"
    assert grid[("Verplichtingen", "Mutatie 1e suppletoire begroting 2027")] == "- 1.250"
    assert len(cells) == 20


def _numbered_years(*heads: str) -> str:
    """A 1e suppletoire begroting's budgetary table printed one cell per line, no blank
    line between: ``heads`` after the empty corner, then the leaves' empty corner and the
    budget year under each numbered column, its number in the same cell ("2025 (1)"), and
    the later years."""
    return "\n".join(
        [
            "Tabel 4.1 Budgettaire gevolgen van beleid artikel 4 (bedragen x € 1.000)", " ",
            *heads, " ", "2025 (1)", "2025 (2)", "2025 (3)=(1)+(2)", "2026", "2027", "2028",
            "Verplichtingen", "268.412", "24.118", "292.530", "- 2.115", "- 1.830", "- 1.830",
            "Uitgaven", "255.365", "26.033", "281.398", "- 2.375", "- 2.155", "- 2.045",
            "Programma-uitgaven", "171.035", "28.250", "199.285", "- 1.650", "- 1.650", "0",
        ]
    )  # fmt: skip


_STAGES = ("Stand ontwerpbegroting", "Mutaties 1e suppletoire", "Stand 1e suppletoire")


@pytest.mark.parametrize("corner", [(), ("Omschrijving",)])
def test_years_numbered_in_their_cells_each_take_a_group_and_the_last_the_later_years(
    corner: tuple[str, ...],
) -> None:
    """The group row ("Stand ontwerpbegroting" / "Mutaties 1e suppletoire" / "Stand 1e
    suppletoire" / "Mutaties 1e suppletoire", maybe opened by the labels' own heading) over
    leaves whose numbered columns print their number in the year's cell ("2025 (1)" /
    "2025 (2)" / "2025 (3)=(1)+(2)" / "2026" ...): a number names one column, as printed in
    its group heading, so each numbered column has a group of its own and the last spans
    the later years. Before, the groups were lost and the columns kept their years and
    numbers alone ("2025 (1)", "2026")."""
    _tables, cells, _warnings = read_text(_numbered_years(*corner, *_STAGES, _STAGES[1]))
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Stand ontwerpbegroting 2025 (1)")] == "255.365"
    assert grid[("Uitgaven", "Mutaties 1e suppletoire 2025 (2)")] == "26.033"
    assert grid[("Uitgaven", "Stand 1e suppletoire 2025 (3)=(1)+(2)")] == "281.398"
    assert grid[("Uitgaven", "Mutaties 1e suppletoire 2026")] == "- 2.375"
    assert grid[("Programma-uitgaven", "Mutaties 1e suppletoire 2028")] == "0"
    assert len(cells) == 18


@pytest.mark.parametrize(
    "heads", [("Budgettaire gevolgen van beleid",), ("Bedragen x € 1.000",), _STAGES]
)
def test_numbered_years_under_a_caption_or_too_few_groups_keep_their_headings(
    heads: tuple[str, ...],
) -> None:
    """The same leaves under a first heading line that is a caption or a unit, no row of
    groups, or under one group too few for a group over each numbered column and one over
    the later years: nothing tells which group heads which column, and the leaves keep
    their own headings."""
    _tables, cells, _warnings = read_text(_numbered_years(*heads))
    assert [c["column_label"] for c in cells if c["row_label"] == "Uitgaven"] == [
        "2025 (1)", "2025 (2)", "2025 (3)=(1)+(2)", "2026", "2027", "2028",
    ]  # fmt: skip


def _jaarverslag_numbered_periods(groups: tuple[str, ...]) -> str:
    """A jaarverslag's budgetary table printed one cell per line: the code's heading and
    the labels' empty corner, the row of ``groups``, then the periods' row, each of its
    last three periods printing its column's number in its own cell ("2023 (1)")."""
    return cells_per_line(
        "Tabel 14 Budgettaire gevolgen van beleid artikel 5 Natuur (bedragen x € 1.000)",
        "Art.nr.", " ", *groups, " ", " ",
        "2019", "2020", "2021", "2022", "2023 (1)", "2023 (2)", "2023 (3)=(1)-(2)", " ",
        "Verplichtingen", "412.300", "398.150", "455.020", "471.800", "468.210", "480.000",
        "– 11.790", " ",
        "Uitgaven", "405.100", "401.640", "449.380", "462.950", "470.415", "476.500", "– 6.085",
        "Subsidies (regelingen)", "          ",
        "5.1", "Subsidieregeling natuurbeheer", "120.400", "118.900", "131.250", "135.600",
        "139.020", "140.000", "– 980",
        "5.2", "Programma stikstofreductie", "284.700", "282.740", "318.130", "327.350",
        "331.395", "336.500", "– 5.105",
        "Ontvangsten", "8.210", "9.045", "7.630", "8.980", "10.115", "8.500", "1.615", " ",
        "Toelichting",
    )  # fmt: skip


@pytest.mark.parametrize(
    "groups",
    [
        ("Realisatie", "Vastgestelde begroting", "Verschil"),
        ("Realisatie", "Realisatie", "Vastgestelde begroting", "Verschil"),
    ],
)
def test_groups_over_bare_years_and_numbered_periods_head_them(groups: tuple[str, ...]) -> None:
    """A period row whose last periods print their column numbers ("2023 (1)" / "2023 (2)"
    / "2023 (3)=(1)-(2)") under a row of groups: each numbered column has a group of its
    own, and the first group spans the bare years before them, the first numbered column
    too where the groups are as many as the numbers, or the years alone where the stage
    is printed again over the numbered year ("Realisatie" / "Realisatie"). Read as bare
    leaves, every column lost its group's words."""
    _tables, cells, _warnings = read_text(_jaarverslag_numbered_periods(groups), budget_year=2023)
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == {
        "Realisatie 2019", "Realisatie 2020", "Realisatie 2021", "Realisatie 2022",
        "Realisatie 2023 (1)", "Vastgestelde begroting 2023 (2)",
        "Verschil 2023 (3)=(1)-(2)",
    }  # fmt: skip
    assert grid[("Uitgaven", "Realisatie 2021")] == "449.380"
    assert grid[("Ontvangsten", "Verschil 2023 (3)=(1)-(2)")] == "1.615"
    assert len(cells) == 35


def test_fewer_groups_than_numbered_periods_leave_the_periods_their_own_headings() -> None:
    """The near form: two groups over three numbered periods after the bare years: which
    group spans which the text does not tell, and the periods keep their own headings, as
    before."""
    text = _jaarverslag_numbered_periods(("Realisatie", "Verschil"))
    _tables, cells, _warnings = read_text(text, budget_year=2023)
    assert {c["column_label"] for c in cells} == {
        "2019", "2020", "2021", "2022", "2023 (1)", "2023 (2)", "2023 (3)=(1)-(2)",
    }  # fmt: skip


def _estimates(groups: list[str], years: list[str]) -> str:
    """A Miljoenennota's table of estimates printed one cell per line: a group row after
    the empty corner over a row of years, one decimal in billions."""
    values = ["412,3", "418,9", "431,0", "425,2", "440,8"][: len(years)]
    return cells_per_line(
        "Tabel 2.4.1 Uitgaven onder het uitgavenplafond (x € 1 mld)", " ", *groups, *years,
        "Totaal uitgaven", *values,
        "Rijksbegroting in enge zin", *["201,7", "204,5", "210,2", "207,9", "215,0"][: len(years)],
        "Sociale zekerheid", *["110,4", "112,1", "115,3", "113,6", "118,2"][: len(years)],
    )  # fmt: skip


def test_a_group_a_leaf_where_a_repeated_year_parts_fewer_groups_than_are_printed() -> None:
    """ "Raming Voorjaarsnota 2025" / "Actuele raming" / "Ontwerpbegroting" after the empty
    corner over "2025" / "2025" / "2026": the repeated year parts the years in two, but the
    three groups each head one year, none is a corner or a title, and none is skipped."""
    text = _estimates(
        ["Raming Voorjaarsnota 2025", "Actuele raming", "Ontwerpbegroting"],
        ["2025", "2025", "2026"],
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Totaal uitgaven", "Raming Voorjaarsnota 2025 2025")] == "412,3"
    assert grid[("Totaal uitgaven", "Actuele raming 2025")] == "418,9"
    assert grid[("Sociale zekerheid", "Ontwerpbegroting 2026")] == "115,3"


def test_groups_after_the_corner_that_neither_part_nor_match_the_years_are_refused() -> None:
    """Three groups after the empty corner over five years that a repeat parts in two:
    neither a group a part nor a group a year, and nothing says which group spans which.
    The years keep their own headings and the groups are said."""
    text = _estimates(
        ["Raming Voorjaarsnota", "Actuele raming", "Ontwerpbegroting"],
        ["2024", "2025", "2024", "2025", "2026"],
    )
    _tables, cells, warnings = read_text(text)
    assert cells
    assert {c["column_label"] for c in cells} <= {"2024", "2025", "2024 (2)", "2025 (2)", "2026"}
    assert any("which spans which" in w.reason for w in warnings)


def test_a_compound_heading_broken_at_its_last_part_is_one_word_again() -> None:
    """A heading a plain text layer prints a line of its cell a line, its compound broken
    at the line's end after its last part ("EU-afdrach-" / "ten 2012"): the word goes on
    on the next line, joined as printed, as a word without an inner hyphen is ("Toevoe-" /
    "gingen"). (Its inner hyphen hid the break: the lines were joined with a space,
    "EU-afdrach- ten 2012".)"""
    text = "\n".join(
        [
            "Tabel 4.1 Ontwikkeling van de afdrachten 2012 (in miljoenen euro)",
            "Uitgaven",
            "2012",
            "EU-afdrach-",
            "ten 2012",
            "Stand ontwerpbegroting 2012",
            "6.410",
            "6.180",
            "Naheffing bni-grondslag",
            "120",
            "95",
            "Stand Voorjaarsnota 2012",
            "6.530",
            "6.275",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == {"Uitgaven 2012", "EU-afdrach-ten 2012"}
    assert grid[("Naheffing bni-grondslag", "EU-afdrach-ten 2012")] == "95"


def test_a_code_column_headed_after_the_labels_heading_holds_no_values() -> None:
    """A suppletoire begroting's verticale toelichting printed one cell per line heads its
    labels "Omschrijving", then an article column ("Art.nr.") and the years: each row
    prints its label, its article number and then its amounts, a stand or a total a
    placeholder for the number, its group lines nothing. The rows print one cell more than
    there are years, and that cell is the code's: "Omschrijving" is the labels' heading, no
    value column (the article numbers were stored as values under it)."""
    text = cells_per_line(
        "Tabel 2 Departementale verticale toelichting (bedragen x € 1.000)",
        "Omschrijving", "Art.nr.", "2021", "2022", "2023", "2024",
        "Stand ontwerpbegroting 2021", " ", "2.410.300", "2.395.120", "2.388.040", "2.388.040",
        "Beleidsmatige mutaties",
        "Extra inzet grensbewaking", "13", "21.500", "18.000", "0", "0",
        "Versterking cybersecurity", "14", "6.000", "6.000", "6.000", "6.000",
        "Technische mutaties",
        "Kasschuif huisvesting", "12", "-7.400", "7.400", "0", "0",
        "Loonbijstelling", "91", "12.815", "12.790", "12.790", "12.790",
        "Overige mutaties", " ", "-200", "-100", "0", "0",
        "Stand 1e suppletoire begroting 2021", " ", "2.442.015", "2.439.210", "2.406.830",
        "2.406.830",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {"2021", "2022", "2023", "2024"}
    grid = cell_grid(cells)
    assert grid[("Extra inzet grensbewaking", "2021")] == "21.500"
    assert grid[("Kasschuif huisvesting", "2024")] == "0"
    assert grid[("Loonbijstelling", "2022")] == "12.790"
    assert grid[("Overige mutaties", "2021")] == "-200"
    assert len(cells) == 28


def _mutations_under_word_headings(code_heading: str, *rows: str) -> str:
    """A suppletoire begroting's table of mutaties printed one cell per line under word
    headings, no period among them: the labels' heading, ``code_heading`` and three
    columns (made-up figures)."""
    return cells_per_line(
        "Tabel 2 Belangrijkste suppletoire mutaties (bedragen x € 1.000)",
        "Omschrijving",
        code_heading,
        "Verplichtingen",
        "Uitgaven",
        "Ontvangsten",
        *rows,
    )


def test_a_code_column_headed_after_the_labels_heading_over_word_headings() -> None:
    """The same with word headings over the values and no period ("Omschrijving" / "Art.
    nr." / "Verplichtingen" / "Uitgaven" / "Ontvangsten"): each row prints its label, its
    article ("1", "div.", a placeholder for a stand) and three amounts. The cell more than
    the words after the code's heading is the code's: "Omschrijving" was read as the first
    value column, the numbers stored under it, the rows printing "div." left out and the
    row above them, valueless, read as the group of the rows after it."""
    text = _mutations_under_word_headings(
        "Art. nr.",
        "Stand 1e suppletoire begroting 2025", " ", "1.200.000", "1.150.000", "40.000",
        "Belangrijkste mutaties", " ", " ",
        "Bijstelling ramingen", "1", "48.000", "48.000", "0",
        "Loon- en prijsbijstelling 2025", "div.", "12.600", "12.600", "0",
        "Kasschuif Voorbeeldfonds", "6", "0", "– 5.000", "0",
        "Terugontvangsten subsidies", "14", "0", "0", "1.500",
        "Overige mutaties", "div.", "– 800", "1.400", "2.000",
        "Stand 2e suppletoire begroting 2025", " ", "1.259.800", "1.207.000", "43.500",
    )  # fmt: skip
    _tables, cells, warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {"Verplichtingen", "Uitgaven", "Ontvangsten"}
    grid = cell_grid(cells)
    assert grid[("Loon- en prijsbijstelling 2025", "Verplichtingen")] == "12.600"
    assert grid[("Kasschuif Voorbeeldfonds", "Uitgaven")] == "– 5.000"
    assert grid[("Overige mutaties", "Ontvangsten")] == "2.000"
    assert row_parents(cells)["Kasschuif Voorbeeldfonds"] == "Belangrijkste mutaties"
    assert len(cells) == 21
    assert not warnings


def test_word_headings_after_a_code_heading_over_rows_printing_no_code_keep_their_columns() -> None:
    """Near form: rows printing no code cell, only the three amounts, under the same
    headings: the values fill the columns after the code's heading as printed."""
    text = _mutations_under_word_headings(
        "Art. nr.",
        "Stand 1e suppletoire begroting 2025", "1.200.000", "1.150.000", "40.000",
        "Bijstelling ramingen", "48.000", "48.000", "0",
        "Kasschuif Voorbeeldfonds", "0", "– 5.000", "0",
        "Terugontvangsten subsidies", "0", "0", "1.500",
        "Stand 2e suppletoire begroting 2025", "1.248.000", "1.193.000", "41.500",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Bijstelling ramingen", "Verplichtingen")] == "48.000"
    assert grid[("Kasschuif Voorbeeldfonds", "Uitgaven")] == "– 5.000"
    assert grid[("Terugontvangsten subsidies", "Ontvangsten")] == "1.500"
    assert len(cells) == 15


def test_a_value_less_group_row_after_columns_numbered_with_a_formula_heads_no_column() -> None:
    """A baten-lastenagentschap's staat in a suppletoire begroting printed one cell per line
    numbers its columns before their words, the last with how it is computed ("(4)=(1)+(2)+(3)
    Totaal geraamd 2019"), and prints its first group row ("Baten", no placeholder) right
    after the headings. A column's formula is as much its number as "(1)" is: the numbered
    headings are as many as the rows print values, so the word after them is the first
    group row, not a fifth column that every value moved one column towards."""
    text = cells_per_line(
        "Tabel 12 Begroting van baten en lasten van agentschap Dienst Landelijk Beheer "
        "voor het jaar 2019 (bedragen x € 1.000)",
        " ",
        "(1) Oorspronkelijk vastgestelde begroting", "(2) Mutatie 1e suppletoire begroting",
        "(3) Mutatie 2e suppletoire begroting", "(4)=(1)+(2)+(3) Totaal geraamd 2019",
        "Baten",
        "Opbrengst moederdepartement", "61 450", "– 1 230", "310", "60 530",
        "Opbrengst derden", "3 805", " ", "95", "3 900",
        "Totaal baten", "65 255", "– 1 230", "405", "64 430",
        "Lasten",
        "Apparaatskosten", "58 300", "– 900", "260", "57 660",
        "Afschrijvingskosten", "4 100", "– 330", " ", "3 770",
        "Totaal lasten", "62 400", "– 1 230", "260", "61 430",
        "Saldo van baten en lasten", "2 855", " ", "145", "3 000",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == {
        "(1) Oorspronkelijk vastgestelde begroting", "(2) Mutatie 1e suppletoire begroting",
        "(3) Mutatie 2e suppletoire begroting", "(4)=(1)+(2)+(3) Totaal geraamd 2019",
    }  # fmt: skip
    assert grid[("Opbrengst moederdepartement", "(1) Oorspronkelijk vastgestelde begroting")] == (
        "61 450"
    )
    assert grid[("Opbrengst derden", "(4)=(1)+(2)+(3) Totaal geraamd 2019")] == "3 900"
    assert grid[("Totaal lasten", "(2) Mutatie 1e suppletoire begroting")] == "– 1 230"
    parents = row_parents(cells)
    assert parents["Opbrengst moederdepartement"] == "Baten"
    assert parents["Afschrijvingskosten"] == "Lasten"
    assert parents["Totaal baten"] is None


def test_a_heading_cell_left_empty_counts_among_the_cells_a_word_column_follows() -> None:
    """An audit report's table printed one cell per line heads its chapter codes ("Hoofdst.")
    and leaves the labels' heading cell empty (" ") before the amounts' headings, then prints
    a word in a last column after each row's amounts ("Boven de tolerantie?": "ja" / "nee",
    the total row's left empty). The empty heading cell is one of the heading row's cells:
    counted with them, the row's code, label, amounts and word fill it, so the last heading
    heads the words and the amounts stand under their own headings, no word a group row."""
    text = cells_per_line(
        "Tabel 4 Fouten en onzekerheden per ministerie 2018", "(in € miljoen)",
        "Hoofdst.", " ", "Fouten", "Onzekerheden", "Totaal", "Boven de tolerantie?",
        "V", "Buitenlandse Zaken", "4,2", "1,0", "5,2", "nee",
        "VIII", "Onderwijs, Cultuur en Wetenschap", "61,3", "22,8", "84,1", "ja",
        "XII", "Infrastructuur en Waterstaat", "17,5", "3,9", "21,4", "nee",
        " ", "Overige ministeries", "12,0", "6,4", "18,4", "nee",
        " ", "Totaal rijksbreed", "95,0", "34,1", "129,1", " ",
        "Door afronding tellen de bedragen niet altijd op.",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == {"Fouten", "Onzekerheden", "Totaal"}
    assert grid[("V Buitenlandse Zaken", "Fouten")] == "4,2"
    assert grid[("VIII Onderwijs, Cultuur en Wetenschap", "Totaal")] == "84,1"
    assert grid[("Totaal rijksbreed", "Onzekerheden")] == "34,1"
    parents = row_parents(cells)
    assert parents["XII Infrastructuur en Waterstaat"] == "Totaal rijksbreed"
    assert parents["Overige ministeries"] == "Totaal rijksbreed"
    assert len(cells) == 15


def test_a_column_of_programme_numbers_before_the_years_holds_no_values() -> None:
    """A municipal begroting's overview of incidental items printed one cell per line, no
    blank lines, heads a column of programme numbers before the years ("Progr." / "2025" /
    ... / "2028", the unit in the corner), a heading no list of ours holds. Every row prints
    one cell more than the years: a small number (the totals an empty cell) and then the
    four years' amounts or nil dashes, the group rows five empty cells. The numbers are
    that column's cells, not the first year's values: each amount stays under its year, and
    a dash ending a row is its last year's nil cell, not the next label's bullet."""
    text = "\n".join(
        [
            "Overzicht incidentele baten en lasten",
            "Bedragen x € 1.000", "Progr.", "2025", "2026", "2027", "2028",
            "Incidentele lasten", " ", " ", " ", " ", " ",
            "Herinrichting stationsgebied", "3", "850", "1.400", "600", "-",
            "Tijdelijke huisvesting statushouders", "5", "2.100", "-", "-", "-",
            "Totaal incidentele lasten", " ", "2.950", "1.400", "600", "0",
            "Incidentele baten", " ", " ", " ", " ", " ",
            "Vrijval bestemmingsreserve", "3", "850", "700", "-", "-",
            "Totaal incidentele baten", " ", "850", "700", "0", "0",
            "Saldo incidentele baten en lasten", " ", "-2.100", "-700", "-600", "0",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == {"2025", "2026", "2027", "2028"}
    assert grid[("Herinrichting stationsgebied", "2025")] == "850"
    assert grid[("Herinrichting stationsgebied", "2027")] == "600"
    assert grid[("Tijdelijke huisvesting statushouders", "2025")] == "2.100"
    assert grid[("Vrijval bestemmingsreserve", "2026")] == "700"
    assert grid[("Saldo incidentele baten en lasten", "2025")] == "-2.100"
    assert not any(c["value_text"] in ("3", "5") for c in cells)
    assert row_parents(cells)["Vrijval bestemmingsreserve"] == "Incidentele baten"


def test_a_caption_ending_in_its_unit_right_above_the_first_heading_is_no_part_of_it() -> None:
    """A web page's table printed one cell per line, blank lines between the cells, prints
    its caption ending in the unit on the line right above its first heading, no blank
    line between ("Budgettaire gevolgen van beleid artikel 4 Jeugd (bedragen x € 1.000)" /
    "Vastgestelde begroting 2023"), the page's own headings above it. Lines following each
    other are one heading cell elsewhere, so the caption opened the first column's label.
    A caption is no heading: the column is "Vastgestelde begroting 2023 (1)"."""
    caption = "Budgettaire gevolgen van beleid artikel 4 Jeugd (bedragen x € 1.000)"
    text = cells_per_line(
        "Beleidsartikel 4 Jeugd",
        f"{caption}\nVastgestelde begroting 2023",
        "Mutatie 1e suppletoire begroting 2023",
        "Stand 1e suppletoire begroting 2023",
        "Mutatie 2024",
        " ",
        "(1)",
        "(2)",
        "(3)=(1)+(2)",
        "(4)",
        "Verplichtingen", "84.300", "1.250", "85.550", "-400",
        "Uitgaven", "83.900", "1.250", "85.150", "-400",
        "Ontvangsten", "2.100", " ", "2.100", " ",
    )  # fmt: skip
    tables, cells, _warnings = read_text(text)
    assert [t["title"] for t in tables] == [caption]
    assert {c["column_label"] for c in cells} == {
        "Vastgestelde begroting 2023 (1)",
        "Mutatie 1e suppletoire begroting 2023 (2)",
        "Stand 1e suppletoire begroting 2023 (3)=(1)+(2)",
        "Mutatie 2024 (4)",
    }
    assert cell_grid(cells)[("Uitgaven", "Vastgestelde begroting 2023 (1)")] == "83.900"
    assert len(cells) == 10


def test_a_column_of_programme_numbers_holds_no_values_where_every_row_fills_the_years() -> None:
    """The overview of incidental items with no nil dash and no group row: every row prints
    its programme's number and an amount for each year ("Jeugdzorg" / "3" / "1.250" /
    "1.300" / "1.350"). The numbers are the code column's, not values of a column of their
    own under "Programma" (each was stored as thousands of euros)."""
    text = "\n".join(
        [
            "Tabel 4 Incidentele lasten (x € 1.000)", " ", "Programma", "2026", "2027", "2028",
            "Jeugdzorg", "3", "1.250", "1.300", "1.350",
            "Wmo", "2", "800", "820", "840",
            "Onderwijs", "5", "400", "410", "420",
            "Totaal", " ", "2.450", "2.530", "2.610",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == {"2026", "2027", "2028"}
    assert grid[("Jeugdzorg", "2026")] == "1.250"
    assert grid[("Totaal", "2028")] == "2.610"
    assert not any(c["value_text"] in ("2", "3", "5") for c in cells)


def test_a_column_of_small_amounts_under_a_value_heading_before_the_years_stays_values() -> None:
    """The same shape under "Realisatie" (small amounts in millions, "3" / "2" / "5", before
    three years' estimates) is a column of values, not of programme numbers: kept."""
    text = "\n".join(
        [
            "Tabel 4 Kengetallen (x € 1 mln)", " ", "Realisatie", "2026", "2027", "2028",
            "Jeugdzorg", "3", "1.250", "1.300", "1.350",
            "Wmo", "2", "800", "820", "840",
            "Onderwijs", "5", "400", "410", "420",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells)[("Jeugdzorg", "Realisatie")] == "3"


def test_a_code_heading_first_of_all_heads_the_code_printed_before_each_label() -> None:
    """A suppletoire's mutation table printed one cell per line heads its code column first,
    the labels without a heading of their own ("Art." / "2025" ...), and each row prints
    its code before its label: a number, an article code written out ("Div.", several
    articles) or an empty cell on a stand row. "Div." is that row's code, not a group
    heading over the rows below it (it was read so where a code heading right before the
    years stood for a code column after the labels, as " " / "Art." / "2025" prints one)."""
    text = "\n".join(
        [
            "Tabel 4 Suppletoire mutaties uitgaven (bedragen x € 1.000)",
            "Art.", "2025", "2026", "2027",
            " ", "Stand ontwerpbegroting 2025", "642.180", "655.400", "661.020",
            "3", "Bijstelling subsidieregeling energiebesparing", "12.500", "–4.000", "0",
            "Div.", "Loon- en prijsbijstelling", "8.214", "8.190", "8.190",
            "5", "Kasschuif investeringsfonds", "–25.000", "25.000", "0",
            " ", "Overige mutaties", "–1.306", "410", "0",
            " ", "Stand 1e suppletoire begroting 2025", "636.588", "685.000", "669.210",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert "Div. Loon- en prijsbijstelling" in parents and "Div." not in parents.values()
    assert parents["Div. Loon- en prijsbijstelling"] == "Stand 1e suppletoire begroting 2025"
    assert parents["Overige mutaties"] == "Stand 1e suppletoire begroting 2025"
    grid = cell_grid(cells)
    assert grid[("5 Kasschuif investeringsfonds", "2026")] == "25.000"


def test_a_heading_a_line_at_a_time_ends_each_column_at_its_year_over_a_number_row() -> None:
    """A plain text layer (no -layout, no blank lines) prints a suppletoire begroting's
    heading cells one line each as wrapped ("Stand ontwerp-" / "begroting 2025", "Mutatie
    1e supp-" / "letoire begroting" / "2025"), then the row of column numbers under the
    first columns ("(1)" / "(2)" / "(3)=(1)+(2)"), then the rows. A broken word's heading
    goes on to the year alone that closes it, and the numbers are a row of their own, not
    the last heading's: five headings over five values. Before, the broken heading stopped
    short of its year, "(1)" joined the last heading, and every value was stored a column
    to the right of its own."""
    rows = [
        "Tabel 3 Budgettaire gevolgen van beleid artikel 4 (bedragen x € 1.000)",
        "Stand ontwerp-", "begroting 2025", "Mutatie 1e supp-", "letoire begroting", "2025",
        "Stand 1e suppletoire", "begroting 2025", "Mutatie", "2026", "Mutatie", "2027",
        "(1)", "(2)", "(3)=(1)+(2)",
        "Verplichtingen", "120.400", "3.100", "123.500", "– 800", "1.200",
        "Uitgaven", "118.250", "– 2.050", "116.200", "650", "0",
        "4.1 Toezicht", "60.100", "1.000", "61.100", "– 300", "200",
        "Ontvangsten", "4.500", "0", "4.500", "0", "0",
        "Toelichting",
    ]  # fmt: skip
    _tables, cells, _warnings = read_text("\n".join(rows))
    grid = cell_grid(cells)
    assert {column for _row, column in grid} == {
        "Stand ontwerp-begroting 2025 (1)",
        "Mutatie 1e supp-letoire begroting 2025 (2)",
        "Stand 1e suppletoire begroting 2025 (3)=(1)+(2)",
        "Mutatie 2026",
        "Mutatie 2027",
    }
    assert grid[("Verplichtingen", "Stand ontwerp-begroting 2025 (1)")] == "120.400"
    assert grid[("Uitgaven", "Mutatie 1e supp-letoire begroting 2025 (2)")] == "– 2.050"
    assert grid[("4.1 Toezicht", "Mutatie 2027")] == "200"
    assert grid[("Ontvangsten", "Stand 1e suppletoire begroting 2025 (3)=(1)+(2)")] == "4.500"


def test_a_column_heading_left_over_above_the_columns_is_said_and_not_stored() -> None:
    """A plain text layer prints a captioned suppletoire heading a line at a time, one
    cell wrapped before a capital ("Mutatie Nota van" / "Wijziging 2025"), so its lines
    read as six headings over rows of five values. Which heading is no column's the text
    does not tell: a heading shaped as a column's (words and a year) left above the
    columns means the table is said, not stored. Before, the first heading was dropped as
    a group and every value stored under the heading to its right."""
    rows = [
        "Tabel 3 Budgettaire gevolgen van beleid artikel 4 (bedragen x € 1.000)",
        "Stand ontwerp-", "begroting 2025", "Mutatie Nota van", "Wijziging 2025",
        "Stand 1e suppletoire", "begroting 2025", "Mutatie", "2026", "Mutatie", "2027",
        "(1)", "(2)", "(3)=(1)+(2)",
        "Verplichtingen", "120.400", "3.100", "123.500", "– 800", "1.200",
        "Uitgaven", "118.250", "– 2.050", "116.200", "650", "0",
        "Ontvangsten", "4.500", "0", "4.500", "0", "0",
        "Toelichting",
    ]  # fmt: skip
    _tables, cells, warnings = read_text("\n".join(rows))
    assert cells == []
    assert any("'Stand ontwerp-begroting 2025'" in str(w) for w in warnings)


def test_a_caption_stating_the_unit_over_a_code_heading_leaves_the_code_column_known() -> None:
    """A begrotingsstaat printed one cell per line: the caption, its unit in brackets at its
    end, then "Art." / "Omschrijving" and three value headings; every row's article number
    stands in its own cell before the label, right after the values of the row above, and
    two labels wrap over two lines (so those rows' codes are followed by text, not values,
    and the counts of three and four values per row tie). The caption heads no column:
    the first heading is the code's, so a number ending a row's values before the next
    label is that row's code, not a fourth column."""
    rows = [
        ("1", "Veiligheid en stabiliteit", ["812.530", "798.104", "1.250"]),
        (
            "2",
            "Europese samenwerking en goed bestuur in de Unie\nen daarbuiten",
            ["7.985.210", "7.985.210", "0"],
        ),
        ("3", "Welvaart en armoedebestrijding", ["2.301.445", "2.652.918", "14.520"]),
        ("4", "Menselijke en sociale ontplooi-\ning", ["1.345.120", "1.401.877", "0"]),
        ("5", "Milieu en klimaat", ["402.114", "415.630", "0"]),
    ]
    lines = [
        "Begrotingsstaat van het Ministerie van Voorbeeldzaken voor het jaar 2010 "
        "(bedragen x € 1.000)",
        "Art.",
        "Omschrijving",
        "Verplichtingen",
        "Uitgaven",
        "Ontvangsten",
        "Totaal",
        "12.846.419",
        "13.253.739",
        "15.770",
        "Beleidsartikelen",
    ]
    for code, label, values in rows:
        lines += [code, label, *values]
    _tables, cells, _warnings = read_text("\n".join(lines))
    grid = cell_grid(cells)
    assert grid[("1 Veiligheid en stabiliteit", "Verplichtingen")] == "812.530"
    assert grid[("4 Menselijke en sociale ontplooi-ing", "Ontvangsten")] == "0"
    assert grid[("Totaal", "Verplichtingen")] == "12.846.419"
    assert not any(c["column_label"] == "Omschrijving" for c in cells)


def test_a_word_over_the_last_years_heads_them_as_their_group_not_a_column() -> None:
    """A suppletoire begroting's table printed one cell per line under its article's title
    and caption: three dated headings, then
    "Mutaties" over the four later years, then the column numbers. The word heads the
    years as their group; read as a column of its own it pushed the first heading out and
    every value one column over."""
    text = "\n".join(
        [
            "Artikel 3. Centrale Raad van Beroep",
            "Budgettaire gevolgen van beleid artikel 3 (x € 1 000)",
            "Vastgestelde",
            "begroting",
            "2015",
            "Mutatie 1e",
            "suppletoire",
            "begroting",
            "2015",
            "Stand 1e",
            "suppletoire",
            "begroting",
            "2015",
            "Mutaties",
            "2016",
            "2017",
            "2018",
            "(1)",
            "(2)",
            "(3)=(1)+(2)",
            "Verplichtingen",
            "12 400",
            "350",
            "12 750",
            "120",
            "110",
            "100",
            "Uitgaven",
            "12 100",
            "– 200",
            "11 900",
            "90",
            "80",
            "70",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Vastgestelde begroting 2015 (1)")] == "12 100"
    assert grid[("Uitgaven", "Mutatie 1e suppletoire begroting 2015 (2)")] == "– 200"
    assert grid[("Uitgaven", "Stand 1e suppletoire begroting 2015 (3)=(1)+(2)")] == "11 900"
    assert grid[("Uitgaven", "Mutaties 2018")] == "70"


def test_a_singular_stage_word_over_the_first_of_the_years_heads_that_year_only() -> None:
    """An ontwerpbegroting's table as pdftotext prints it without -layout, one heading cell
    a line: "Realisatie" / "2024", "Vastgestelde" / "begroting" / "2025", then the bare
    years 2026-2029 of the estimates. The stage word in the singular names the one year
    under it; the later years are their own columns, not the vastgestelde begroting's."""
    text = "\n".join(
        [
            "Tabel 2.2 Budgettaire gevolgen van beleid artikel 2 (bedragen x € 1.000)",
            "Realisatie",
            "2024",
            "Vastgestelde",
            "begroting",
            "2025",
            "2026",
            "2027",
            "2028",
            "2029",
            "Verplichtingen",
            "310.220",
            "298.400",
            "301.115",
            "296.000",
            "290.500",
            "290.500",
            "Uitgaven",
            "305.118",
            "299.950",
            "300.020",
            "297.400",
            "291.000",
            "291.000",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Vastgestelde begroting 2025")] == "299.950"
    assert grid[("Uitgaven", "2026")] == "300.020"
    assert grid[("Verplichtingen", "2029")] == "290.500"
    assert not any(c["column_label"] == "Vastgestelde begroting 2026" for c in cells)


def test_groups_over_repeated_numbered_leaves_name_each_part_of_the_leaves() -> None:
    """A jaarverslag's verantwoordingsstaat printed one cell per line: "Verplichtingen" /
    "Uitgaven" / "Ontvangsten" over the same three leaves each, then the row of column
    numbers "(1)" ... "(9)" right under the leaves. The numbers tell the repeated leaves
    apart, but the leaves repeat as printed: each group heads its part (the columns were
    "Realisatie (2)", "Realisatie (5)" without the group that says what was realised)."""
    text = cells_per_line(
        "Tabel 2 Verantwoordingsstaat 2023 (bedragen x € 1.000)",
        "Art.", "Omschrijving", "Verplichtingen", "Uitgaven", "Ontvangsten", " ",
        *["Vastgestelde begroting", "Realisatie", "Verschil"] * 3, " ",
        "(1)", "(2)", "(3)=(2)-(1)", "(4)", "(5)", "(6)=(5)-(4)",
        "(7)", "(8)", "(9)=(8)-(7)",
        "Totaal", "512.300", "530.100", "17.800", "498.200", "505.600", "7.400",
        "12.100", "11.900", "- 200",
        "1", "Bereikbaarheid", "312.300", "320.400", "8.100", "301.000", "307.900",
        "6.900", "12.100", "11.900", "- 200",
        "2", "Waterveiligheid", "200.000", "209.700", "9.700", "197.200", "197.700",
        "500", "0", "0", "0",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Totaal", "Verplichtingen Realisatie (2)")] == "530.100"
    assert grid[("Totaal", "Uitgaven Realisatie (5)")] == "505.600"
    assert grid[("1 Bereikbaarheid", "Ontvangsten Verschil (9)=(8)-(7)")] == "- 200"
    assert grid[("2 Waterveiligheid", "Uitgaven Vastgestelde begroting (4)")] == "197.200"
    assert len(cells) == 27


def test_a_caption_saying_the_unit_before_the_blank_corner_heads_no_column() -> None:
    """Under the article's title, a caption saying the table's unit and the labels' blank
    corner (" "), then the headings, one printed without a period ("Verschil"), each row
    after a spacer cell: the caption opens the headings, the title above it is the page's,
    and neither heads a column (the caption was the first column's heading, every value one
    column off, when "Verschil" over its spacer read as a group row)."""
    text = cells_per_line(
        "Artikel 7 Waterkwaliteit",
        "Budgettaire gevolgen van beleid (bedragen x € 1.000)", " ",
        "Realisatie 2019", "Vastgestelde begroting 2019", "Verschil",
        "   ", "Verplichtingen:", "84 114", "80 902", "3 212",
        "   ", "Uitgaven:", "79 630", "81 245", "– 1 615",
        "   ", "Bijdragen aan medeoverheden", "79 630", "81 245", "– 1 615",
    )  # fmt: skip
    tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Verplichtingen:", "Realisatie 2019")] == "84 114"
    assert grid[("Uitgaven:", "Verschil")] == "– 1 615"
    assert {c["column_label"] for c in cells} == {
        "Realisatie 2019",
        "Vastgestelde begroting 2019",
        "Verschil",
    }
    assert tables[0]["unit_label"] == "x € 1.000"


def test_column_numbers_after_the_corners_empty_cells_and_before_the_last_ones() -> None:
    """A suppletoire begroting's row of column numbers prints a cell under every heading,
    the corner's too: two one-space cells under "Art." / "Omschrijving", the numbers, then
    one placeholder for the unnumbered mutation years (three spaces for three cells). The
    empty cells before the numbers are the corner's, so the numbers head the first three
    value columns; read as value columns they put "(1)" two columns right and left the
    first columns unnumbered."""
    text = cells_per_line(
        "Tabel 4 Budgettaire gevolgen van beleid artikel 4 (bedragen x € 1.000)",
        "Art.", "Omschrijving",
        "Vastgestelde begroting 2024", "Mutatie 1e suppletoire begroting 2024",
        "Stand 1e suppletoire begroting 2024", "Mutatie 2025", "Mutatie 2026", "Mutatie 2027",
        " ", " ", "(1)", "(2)", "(3)=(1)+(2)", "   ",
        "4", "Verplichtingen", "52.100", "2.400", "54.500", "800", "600", "400",
        " ", "Uitgaven", "51.700", "1.900", "53.600", "800", "600", "400",
        " ", "Ontvangsten", "120", "35", "155", "0", "0", "0",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("4 Verplichtingen", "Vastgestelde begroting 2024 (1)")] == "52.100"
    assert grid[("Uitgaven", "Mutatie 1e suppletoire begroting 2024 (2)")] == "1.900"
    assert grid[("Uitgaven", "Stand 1e suppletoire begroting 2024 (3)=(1)+(2)")] == "53.600"
    assert grid[("Ontvangsten", "Mutatie 2027")] == "0"
    assert len(cells) == 18


def test_column_numbers_after_value_columns_empty_cells_stay_under_the_last_ones() -> None:
    """The near form a jaarverslag prints: empty cells under the corner and the earlier
    years, then the numbers under the last columns, and after them the first row's empty
    code cell (" "), one cell too many for the heading's columns. The empty cells do not
    add up to the headings with the numbers first, so the numbers stay under the last
    columns."""
    text = cells_per_line(
        "Tabel 5 Budgettaire gevolgen van beleid artikel 5 (bedragen x € 1.000)",
        "Art.", "Omschrijving",
        "Realisatie 2022", "Realisatie 2023", "Vastgestelde begroting 2023", "Verschil 2023",
        " ", " ", " ", "(1)", "(2)", "(3)=(1)-(2)", " ",
        "Verplichtingen", "61.200", "64.800", "60.000", "4.800",
        " ", "Uitgaven", "60.900", "63.100", "60.000", "3.100",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Verplichtingen", "Realisatie 2022")] == "61.200"
    assert grid[("Verplichtingen", "Realisatie 2023 (1)")] == "64.800"
    assert grid[("Uitgaven", "Verschil 2023 (3)=(1)-(2)")] == "3.100"
    assert len(cells) == 8


def _numbers_under_the_years(*numbers: str) -> str:
    """A heading of three rows flattened one cell per line: names, then the years after an
    empty corner, then ``numbers`` (the column numbers' row, its empty cells with them)."""
    return cells_per_line(
        "Tabel 3 Staat van baten en lasten (bedragen x € 1.000)",
        "Omschrijving", "Vastgestelde begroting", "Realisatie", "Verschil", "Realisatie",
        " ", "2024", "2025", "2026", "2023", *numbers,
        "Omzet moederdepartement", "21.400", "22.050", "650", "20.900",
        "Omzet derden", "1.300", "1.120", "– 180", "1.410",
    )  # fmt: skip


def test_column_numbers_under_the_years_rows_corner_number_the_first_columns() -> None:
    """The row of column numbers under a heading of several rows prints a cell under each
    of the years' row: its empty corner, "(1)" / "(2)" / "(3)=(2)-(1)", and one empty cell
    for the last column, which prints no number. The empty cell before the numbers is the
    corner's, so they number the first three columns; read as empty value columns, each
    number stood a column right and the first column was unnumbered."""
    text = _numbers_under_the_years(" ", "(1)", "(2)", "(3)=(2)-(1)", " ")
    _tables, cells, _warnings = read_text(text)
    assert [c["column_label"] for c in cells if c["row_label"] == "Omzet derden"] == [
        "Vastgestelde begroting 2024 (1)", "Realisatie 2025 (2)", "Verschil 2026 (3)=(2)-(1)",
        "Realisatie 2023",
    ]  # fmt: skip


def test_column_numbers_whose_empty_cells_do_not_fit_the_years_row_stay_under_the_last() -> None:
    """Near form: the number row's empty cells one more than the years' row leaves room
    for (" " / " " / "(1)" / "(2)" / "(3)=(2)-(1)" / " "): they tell not where the numbers
    stand, and the first columns are not numbered by them."""
    text = _numbers_under_the_years(" ", " ", "(1)", "(2)", "(3)=(2)-(1)", " ")
    _tables, cells, _warnings = read_text(text)
    labels = [c["column_label"] for c in cells if c["row_label"] == "Omzet derden"]
    assert len(labels) == 4
    assert "(1)" not in labels[0]  # (the numbers do not start at the first column)


def test_group_headings_over_column_numbers_after_a_corner_of_headings() -> None:
    """The group row opens with the corner's headings ("Art." / " "), so the number row
    under it opens with an empty cell under each (" " / " " / "(1)" / ...) and the first
    row with its empty code cell. Those blanks are no group's and no leaf's: each numbered
    column keeps its number ("Stand ontwerpbegroting 2012 (1)"), where they lost it before
    and the row of numbers was dropped."""
    text = cells_per_line(
        "Tabel 16.1 Budgettaire gevolgen van beleid (x € 1 000)",
        "Art.", " ",
        "Stand ontwerpbegroting 2012", "Mutaties NvW 2012", "Stand 1e suppletoire begroting 2012",
        "Mutaties 1e suppletoire begroting",
        " ", " ", "(1)", "(2)", "(3)=(1+2)", "2013", "2014", " ",
        "VERPLICHTINGEN", "355 870", "5 000", "360 870", "1 200", "800",
        " ", "UITGAVEN", "340 100", "4 000", "344 100", "1 100", "700",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("VERPLICHTINGEN", "Stand ontwerpbegroting 2012 (1)")] == "355 870"
    assert grid[("UITGAVEN", "Stand 1e suppletoire begroting 2012 (3)=(1+2)")] == "344 100"
    assert grid[("UITGAVEN", "Mutaties 1e suppletoire begroting 2014")] == "700"
    assert len(cells) == 10


def test_column_numbers_under_a_blank_corner_after_the_code_number_the_first_columns() -> None:
    """A suppletoire table printed one cell per line heads its codes "Art." and leaves the
    labels' heading blank (" "), then prints the column numbers as a row under every heading:
    an empty cell under each of the two corner headings, the numbers under the first five
    columns, an empty cell under each of the last two, and then the first row's empty code
    cell. The blank corner is a heading cell too: counted, the row's cells are as many as
    the headings only with the numbers under the first columns. Counted without it, the
    numbers went a column on each ("Stand vastgestelde begroting (1)") and the mutations of
    later years took the last two ("Mutatie 2027 (4)")."""
    text = cells_per_line(
        "Tabel 7.1 Budgettaire gevolgen van beleid artikel 7 (x € 1 000)",
        "Art.", " ",
        "Stand ontwerpbegroting 2026", "Mutaties nota van wijziging",
        "Stand vastgestelde begroting", "Mutaties 1e suppletoire begroting",
        "Stand 1e suppletoire begroting", "Mutatie 2027", "Mutatie 2028",
        " ", " ", "(1)", "(2)", "(3)=(1)+(2)", "(4)", "(5)=(3)+(4)", " ", " ", " ",
        "Verplichtingen", "810 400", "2 000", "812 400", "15 600", "828 000", "– 4 100", "– 5 300",
        " ", "Uitgaven", "790 200", "2 000", "792 200", "11 300", "803 500", "– 3 900", "– 5 000",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Verplichtingen", "Stand ontwerpbegroting 2026 (1)")] == "810 400"
    assert grid[("Uitgaven", "Stand vastgestelde begroting (3)=(1)+(2)")] == "792 200"
    assert grid[("Uitgaven", "Stand 1e suppletoire begroting (5)=(3)+(4)")] == "803 500"
    assert grid[("Uitgaven", "Mutatie 2028")] == "– 5 000"
    assert len(cells) == 14


def test_column_numbers_under_a_blank_corner_after_empty_cells_number_the_last_columns() -> None:
    """Near form: the same blank corner after "Art.", and a number row of empty cells under
    the corner and the first two years, the numbers under the last three columns and the
    first row's empty code cell after them. The numbers stay under the last columns."""
    text = cells_per_line(
        "Tabel 4.2 Budgettaire gevolgen van beleid artikel 4 (bedragen x € 1.000)",
        "Art.", " ",
        "Realisatie 2022", "Realisatie 2023", "Realisatie 2024",
        "Vastgestelde begroting 2024", "Verschil 2024",
        " ", " ", " ", " ", "(1)", "(2)", "(3)=(1)-(2)", " ",
        "Verplichtingen", "41.200", "43.800", "45.100", "44.000", "1.100",
        " ", "Uitgaven", "40.900", "42.100", "44.600", "44.000", "600",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Verplichtingen", "Realisatie 2022")] == "41.200"
    assert grid[("Verplichtingen", "Realisatie 2024 (1)")] == "45.100"
    assert grid[("Uitgaven", "Verschil 2024 (3)=(1)-(2)")] == "600"
    assert len(cells) == 10


def test_a_row_of_column_numbers_above_the_headings_numbers_them() -> None:
    """A verantwoordingsstaat printed one cell per line prints the column numbers as a row
    of their own ABOVE the headings ("(1)" / "(2)" / "(3)=(2)-(1)" / then "Oorspronkelijk
    vastgestelde begroting" / ...): a number row counting from 1 before a row of headings of
    words numbers those, the groups where groups part the leaves ("(1) Oorspronkelijk
    vastgestelde begroting Uitgaven"), else one leaf each. Before, the numbers were
    dropped."""
    text = cells_per_line(
        "Departementale verantwoordingsstaat 2019 van het Ministerie van Buitenlandse Zaken (V) "
        "(bedragen x € 1.000)",
        "Art.", "Omschrijving", "(1)", "(2)", "(3)=(2)-(1)", " ", " ",
        "Oorspronkelijk vastgestelde begroting", "Realisatie",
        "Verschil realisatie en oorspronkelijk vastgestelde begroting", " ", " ",
        "Verplichtingen", "Uitgaven", "Ontvangsten", "Verplichtingen", "Uitgaven", "Ontvangsten",
        "Verplichtingen", "Uitgaven", "Ontvangsten", " ",
        "Totaal", "9.586.421", "9.589.134", "913.257", "9.330.770", "9.319.302", "905.100",
        "– 255.651", "– 269.832", "– 8.157",
        " ", "Beleidsartikelen", " ",
        "1", "Internationale rechtsorde", "52.010", "52.010", "0", "50.100", "50.100", "0",
        "– 1.910", "– 1.910", "0",
        "2", "Veiligheid en stabiliteit", "188.115", "176.402", "0", "192.870", "181.115", "415",
        "4.755", "4.713", "415",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Totaal", "(1) Oorspronkelijk vastgestelde begroting Uitgaven")] == "9.589.134"
    assert grid[("Totaal", "(2) Realisatie Ontvangsten")] == "905.100"
    assert grid[("Totaal", "(2) Realisatie Verplichtingen")] == "9.330.770"
    assert (
        grid[
            (
                "Totaal",
                "(3)=(2)-(1) Verschil realisatie en oorspronkelijk vastgestelde begroting Uitgaven",
            )
        ]
        == "– 269.832"
    )
    one_each = cells_per_line(
        "Tabel 84 Kasstroomoverzicht over 2022", "Bedragen x € 1.000",
        " ", " ", "(1)", "(2)", "(3)=(2)-(1)", " ", " ",
        "Begroting 2022", "Realisatie 2022", "Verschil",
        "1.", "Rekening-courant 1 januari", "42.115", "118.402", "76.287",
        "2.", "Totaal operationele kasstroom", "88.402", "64.115", "– 24.287",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(one_each)
    labels = {c["column_label"] for c in cells}
    assert labels == {"(1) Begroting 2022", "(2) Realisatie 2022", "(3)=(2)-(1) Verschil"}


def test_numbers_printed_each_under_its_heading_stay_that_headings() -> None:
    """The near form: each heading followed by its own number ("Stand ontwerpbegroting
    2010" / "(1)" / "Mutaties 2010" / "(2)" ...) is no row of numbers over the next
    headings: each number stays its heading's, none moves to the next one."""
    text = cells_per_line(
        "Tabel B1: Budgettaire gevolgen van beleid (x € 1 000)", " ",
        "Stand ontwerpbegroting 2010", "(1)", "Mutaties 2010", "(2)",
        "Stand 2010", "(3)=(1+2)",
        "Verplichtingen", "1 302 485", "115 373", "1 417 858",
        "Uitgaven", "1 302 485", "115 373", "1 417 858",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    labels = {c["column_label"] for c in cells}
    assert labels == {
        "Stand ontwerpbegroting 2010 (1)",
        "Mutaties 2010 (2)",
        "Stand 2010 (3)=(1+2)",
    }


def _numbered_heading_over_years(values: int) -> str:
    """A suppletoire begroting's table as pdftotext prints it without -layout, one cell a
    line: the labels' heading, three headings ending in their column's numbers, a word
    without a number, then four bare years, over rows of ``values`` values each."""
    heading = [
        "Tabel 3 Budgettaire gevolgen van beleid artikel 7 (bedragen x € 1.000)",
        "Omschrijving",
        "Vastgestelde",
        "begroting",
        "(1)",
        "Mutatie 1e",
        "suppletoire",
        "begroting",
        "(2)",
        "Stand 1e",
        "suppletoire",
        "begroting",
        "(3) = (1) + (2)",
        "Mutatie 1e suppletoire begroting",
        "2026",
        "2027",
        "2028",
        "2029",
    ]
    rows = {
        "Verplichtingen": ["902.115", "-148.300", "753.815", "95.500", "20.000", "2.050"],
        "Uitgaven": ["843.667", "-74.755", "768.912", "69.550", "17.300", "2.050"],
        "Ontvangsten": ["12.000", "18.420", "30.420", "0", "0", "0"],
    }
    lines = list(heading)
    for label, figures in rows.items():
        lines += [label, *figures, *["1.000"] * (values - len(figures))]
    return "\n".join([*lines, "Toelichting"])


def test_numbered_columns_then_a_word_over_the_years_fit_the_values_each_row_prints() -> None:
    """Nine headings over rows of seven values: the labels' heading, the three numbered
    columns ("(1)" ... "(3) = (1) + (2)"), a word naming a change over the four years. The
    numbers count the columns from one, so "(1)" heads the first value and the word is the
    years' group, each year's ("Mutatie ..." names the change of every year under it).
    Before, the word was a column of its own: every value a column over, "(1)" unused."""
    _tables, cells, _warnings = read_text(_numbered_heading_over_years(7))
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Vastgestelde begroting (1)")] == "843.667"
    assert grid[("Uitgaven", "Mutatie 1e suppletoire begroting (2)")] == "-74.755"
    assert grid[("Uitgaven", "Stand 1e suppletoire begroting (3) = (1) + (2)")] == "768.912"
    assert grid[("Uitgaven", "Mutatie 1e suppletoire begroting 2026")] == "69.550"
    assert grid[("Ontvangsten", "Mutatie 1e suppletoire begroting 2029")] == "1.000"
    assert len(cells) == 21


def test_numbered_columns_then_a_word_over_as_many_values_as_headings_keep_the_word() -> None:
    """The same headings over rows printing one value more, eight: every heading after the
    labels' heads a column of its own, the word too, and the years stay bare."""
    _tables, cells, _warnings = read_text(_numbered_heading_over_years(8))
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Vastgestelde begroting (1)")] == "843.667"
    assert grid[("Uitgaven", "Mutatie 1e suppletoire begroting")] == "69.550"
    assert grid[("Uitgaven", "2026")] == "17.300"
    assert not any(c["column_label"].endswith("begroting 2026") for c in cells)


@pytest.mark.parametrize("stage", ["Begroting na wijziging", "Begroting na bijstelling"])
def test_a_stage_named_after_a_change_over_the_years_names_its_first_year_only(
    stage: str,
) -> None:
    """Audit: a change word names every year under it ("Mutatie 1e suppletoire begroting"),
    but a stage named by the change it stands after ("Begroting na wijziging", a municipal
    budget as amended) is one period's figures in the singular, as "Vastgestelde begroting"
    is: the first year under it only, the later bare years the estimates' own (every year
    was "Begroting na wijziging 2025" ...)."""
    text = "\n".join(
        [
            "Tabel 2 Budgettaire gevolgen (bedragen x € 1.000)",
            "Omschrijving", "Realisatie 2023", stage, "2024", "2025", "2026", "2027",
            "Uitgaven", "1.200", "1.300", "1.310", "1.320", "1.330",
            "Ontvangsten", "200", "210", "220", "230", "240",
            "Toelichting",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Uitgaven", f"{stage} 2024")] == "1.300"
    assert grid[("Uitgaven", "2026")] == "1.320"
    assert grid[("Ontvangsten", "2027")] == "240"


def _lines_without_blank_separators(empty: str) -> str:
    """A municipal budget page's overview printed a cell a line, no blank line between the
    cells, each group row without values followed by one ``empty`` line per column."""
    return "\n".join(
        [
            "Overzicht van baten en lasten",
            "(bedragen x € 1.000)",
            "Omschrijving", "Rekening 2023", "Begroting 2024 na wijziging", "Begroting 2025",
            "Lasten", empty, empty, empty,
            "1 Bestuur", "-6.812", "-7.105", "-7.390",
            "2 Sociaal domein", "-78.405", "-84.210", "-88.116",
            "Totaal lasten", "-85.217", "-91.315", "-95.506",
            "Baten", empty, empty, empty,
            "Leges", "1.205", "1.118", "1.240",
            "Rijksbijdragen", "14.870", "13.402", "13.905",
            "Totaal baten", "16.075", "14.520", "15.145",
            "Saldo", "-69.142", "-76.795", "-80.361",
            "Toelichting",
        ]
    )  # fmt: skip


@pytest.mark.parametrize("empty", ["", " "])
def test_group_rows_printing_empty_cells_as_empty_lines_leave_the_cells_unparted(
    empty: str,
) -> None:
    """A page printing a cell a line and no blank line between prints each empty cell as an
    empty line (a municipal begrotingsapp's overview), or one of white space (read so
    before): a group row ("Lasten") is followed by as many of them as the table has
    columns. Its heading's lines, one heading each, stay apart whatever follows the group
    row: read from the empty lines after "Lasten", the cells were taken for parted by
    blank lines, the heading's lines joined as one cell wrapped over lines, and no table
    was read."""
    _tables, cells, _warnings = read_text(_lines_without_blank_separators(empty))
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == {
        "Rekening 2023", "Begroting 2024 na wijziging", "Begroting 2025",
    }  # fmt: skip
    assert grid[("2 Sociaal domein", "Rekening 2023")] == "-78.405"
    assert grid[("Saldo", "Begroting 2025")] == "-80.361"
    parents = row_parents(cells)
    assert parents["1 Bestuur"] == parents["2 Sociaal domein"] == "Lasten"
    assert parents["Leges"] == parents["Rijksbijdragen"] == "Baten"
    assert len(cells) == 21


def test_a_table_parted_by_blank_lines_keeps_a_heading_cell_wrapped_over_lines() -> None:
    """The control: where blank lines part every cell, a group row's and its rows' alike,
    a heading cell printed over two lines, no blank line between ("Begroting" / "2025"),
    is one heading."""
    text = cells_per_line(
        "Overzicht van baten en lasten (bedragen x € 1.000)", "Omschrijving",
        "Rekening\n2023", "Begroting\n2024", "Begroting\n2025",
        "Lasten",
        "Bestuur", "-6.812", "-7.105", "-7.390",
        "Sociaal domein", "-78.405", "-84.210", "-88.116",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == {
        "Rekening 2023", "Begroting 2024", "Begroting 2025",
    }  # fmt: skip
    assert grid[("Sociaal domein", "Begroting 2025")] == "-88.116"
    assert row_parents(cells)["Bestuur"] == "Lasten"
    assert len(cells) == 6


def test_a_table_printed_column_by_column_a_blank_line_under_each_heading_is_read() -> None:
    """A PDF's plain text layer prints a table column by column: its labels line under
    line, then each year, a blank line, and that year's values line under line. The blank
    line parts a year from its values only, not the cells: read as cells parted by blank
    lines, the labels were joined as one heading wrapped over lines and no table was read.
    Where blank lines part every cell, a heading cell over two lines is still one."""
    blocks = [
        "Tabel 1 Omvang fonds (bedragen x € 1.000)",
        "Stand meicirculaire 2024\nAccres\nOverige mutaties\nStand septembercirculaire 2024",
        *("2024", "1 000\n30\n– 5\n1 025", "2025", "1 040\n45\n0\n1 085"),
        *("2026", "1 100\n50\n– 10\n1 140"),
    ]
    _tables, cells, _warnings = read_text("\n\n".join(blocks))
    grid = cell_grid(cells)
    assert grid[("Overige mutaties", "2024")] == "– 5"
    assert grid[("Stand septembercirculaire 2024", "2026")] == "1 140"
    assert row_parents(cells)["Accres"] == "Stand septembercirculaire 2024"
    assert len(cells) == 12
    parted = cells_per_line(
        "Overzicht lasten (bedragen x € 1.000)", "Omschrijving", "Rekening\n2023",
        "Begroting\n2024", "Bestuur", "-6.812", "-7.105", "Veiligheid", "-9.310", "-9.655",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(parted)
    assert cell_grid(cells)[("Veiligheid", "Begroting 2024")] == "-9.655"


def test_prose_and_numbered_items_a_line_each_without_blank_lines_read_no_table() -> None:
    """The controls: sentences a line each, some with figures, and a list of numbered
    items, no blank line between, a paragraph's heading followed by empty lines, are no
    table."""
    text = "\n".join(
        [
            "Toelichting", "", "", "",
            "De lasten stijgen in 2025 met € 4,1 miljoen.",
            "Dat komt vooral door het sociaal domein.",
            "2.410",
            "De baten dalen met € 1,3 miljoen.",
            "Programma's", "", "", "",
            "1 Bestuur en dienstverlening",
            "2 Veiligheid",
            "3 Sociaal domein",
            "4 Onderwijs, sport en cultuur",
        ]
    )  # fmt: skip
    tables, cells, _warnings = read_text(text)
    assert (tables, cells) == ([], [])


def _statline(*headings: str) -> str:
    """A statistics site's table view printed a cell a line, no blank line between: the
    navigation, the heading block ``headings``, then a year a row and its three measures."""
    rows = [("2021", "409 412", "389 205", "-20 207"), ("2022*", "420 118", "419 305", "-813")]
    rows.append(("2023*", "455 905", "448 118", "-7 787"))
    return "\n".join(
        [
            "Tabel",
            "Grafiek",
            "Overheid; inkomsten en uitgaven, nationale rekeningen",
            *headings,
            *(cell for row in rows for cell in row),
            "* Voorlopige cijfers.",
            "Bron: CBS",
        ]
    )


def test_the_rows_heading_printed_after_the_columns_heads_the_labels() -> None:
    """A statistics table view names its rows' dimension after the columns' headings
    ("Onderwerp" / three measures / "Perioden", then "2021" and its three values): the
    last word heads the labels, as the corner does. Read as a column, it took the last
    column's values and pushed every value one column over."""
    text = _statline(
        "Onderwerp",
        "Totale uitgaven",
        "Totale inkomsten",
        "EMU-saldo",
        "Perioden",
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("2021", "Totale uitgaven")] == "409 412"
    assert grid[("2023*", "EMU-saldo")] == "-7 787"
    assert "Perioden" not in {c["column_label"] for c in cells}
    assert len(cells) == 9


def test_a_measure_printed_last_after_the_rows_heading_keeps_its_column() -> None:
    """The same view with the rows' dimension in the corner before the measures ("Perioden"
    / three measures): the last heading is a measure's, and heads the last values."""
    text = _statline(
        "Perioden",
        "Totale uitgaven",
        "Totale inkomsten",
        "EMU-saldo",
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("2021", "Totale uitgaven")] == "409 412"
    assert grid[("2023*", "EMU-saldo")] == "-7 787"
    assert len(cells) == 9


def test_the_rows_dimension_printed_after_the_years_heads_no_group() -> None:
    """A table of regions by year printed so ("Perioden" / "2020" / "2021" / "Regio's" /
    "Amsterdam" / two values): "Regio's" names the rows, no group over them."""
    text = cells_per_line(
        "Bevolking op 1 januari", "Perioden", "2020", "2021", "Regio's",
        "Amsterdam", "872 380", "873 555",
        "Rotterdam", "651 157", "651 631",
        "Utrecht", "357 719", "359 355",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells)[("Rotterdam", "2021")] == "651 631"
    assert set(row_parents(cells).values()) == {None}


def _measures(above: tuple[str, ...], headings: tuple[str, ...], below: tuple[str, ...]) -> str:
    """A statistics table view printed a cell a line, no blank line between: the lines
    ``above`` its headings, the ``headings`` of its three measures, the rows' own heading
    ``below`` them, then a year a row and its three values."""
    rows = [("2021", "409 412", "389 205", "-20 207"), ("2022*", "420 118", "419 305", "-813")]
    rows.append(("2023*", "455 905", "448 118", "-7 787"))
    return "\n".join([*above, *headings, *below, *(cell for row in rows for cell in row)])


_NAVIGATION = ("StatLine", "Tabel", "Grafiek", "Kaart")
_IN_MILLIONS = ("Totale uitgaven (mln euro)", "Totale inkomsten (mln euro)", "EMU-saldo (mln euro)")
_IN_THOUSANDS = (
    "Totale uitgaven (x € 1.000)",
    "Totale inkomsten (x € 1.000)",
    "EMU-saldo (x € 1.000)",
)
_MIXED = ("Totale uitgaven (mln euro)", "Totale inkomsten (mln euro)", "EMU-saldo (% bbp)")
_WORDS = ("Uitgaven", "Inkomsten", "Saldo")
_YEARS = ("2024", "2025", "2026")


@pytest.mark.parametrize(
    ("above", "headings", "below", "unit"),
    [
        (_NAVIGATION, _IN_MILLIONS, (), "mln euro"),
        (("Tabel 3 Overheid; inkomsten en uitgaven",), _IN_MILLIONS, ("Perioden",), "mln euro"),
        (_NAVIGATION, _IN_THOUSANDS, (), "x € 1.000"),
        (_NAVIGATION, _MIXED, (), "mixed"),
    ],
)
def test_headings_each_closing_on_their_unit_head_the_columns(
    above: tuple[str, ...], headings: tuple[str, ...], below: tuple[str, ...], unit: str
) -> None:
    """A statistics table view prints each measure with its unit and no corner before
    them ("Totale uitgaven (mln euro)" / ...): each heading says its column's unit and
    heads that column, the table's unit the one they share (mixed where they differ).
    Read as notes of the table's unit, the page's navigation above ("Tabel" / "Grafiek" /
    "Kaart") headed the columns; under a caption, with the rows' heading after them
    ("Perioden"), no table was read."""
    tables, cells, _warnings = read_text(_measures(above, headings, below))
    grid = cell_grid(cells)
    assert {column for _row, column in grid} == set(headings)
    assert grid[("2021", headings[0])] == "409 412"
    assert grid[("2023*", headings[2])] == "-7 787"
    assert [table["unit_label"] for table in tables] == [unit]


@pytest.mark.parametrize(
    ("lines", "columns", "unit"),
    [
        # a caption closing on the unit over headings of years: the table's, no column's
        (("Totale uitgaven (mln euro)", "Perioden", *_YEARS), _YEARS, "mln euro"),
        # lines printing the unit alone over headings of words: the table's
        (("(mln euro)", "Onderwerp", *_WORDS), _WORDS, "mln euro"),
        (("Bedragen in miljoenen euro", *_WORDS), _WORDS, "mln euro"),
        (("x € 1.000", "Onderwerp", *_WORDS), _WORDS, "x € 1.000"),
        # each heading's unit printed alone on its second line: one heading each
        (
            ("Onderwerp", *(line for word in _WORDS for line in (word, "(mln euro)"))),
            tuple(f"{word} (mln euro)" for word in _WORDS),
            "mln euro",
        ),
    ],
)
def test_a_line_printing_the_unit_alone_or_one_caption_closing_on_it_heads_no_column(
    lines: tuple[str, ...], columns: tuple[str, ...], unit: str
) -> None:
    """Near forms that read as before: one caption line closing on the unit over the
    headings, and lines printing the unit alone ("(mln euro)", "x € 1.000"), say the
    table's unit and head no column; neither do the navigation lines above."""
    tables, cells, _warnings = read_text(_measures(_NAVIGATION, lines, ()))
    grid = cell_grid(cells)
    assert {column for _row, column in grid} == set(columns)
    assert grid[("2021", columns[0])] == "409 412"
    assert grid[("2023*", columns[2])] == "-7 787"
    assert [table["unit_label"] for table in tables] == [unit]


def _three_row_suppletoire(groups: list[str], numbers: list[str]) -> str:
    """A suppletoire begroting's heading of three rows flattened one cell per line: the group
    row opening with the corner's word, the years after the empty corner (the budget year
    repeated under each numbered column), the column numbers after it and seven spaces for
    the four empty cells under the later years (2n - 1 spaces for n cells, as the group row
    "Subsidies" prints its seven)."""
    return cells_per_line(
        "Tabel 6 Budgettaire gevolgen van beleid artikel 7 Wonen (bedragen x € 1.000)",
        "Omschrijving", *groups,
        " ", "2025", "2025", "2025", "2026", "2027", "2028", "2029",
        " ", *numbers,
        "Verplichtingen", "512.400", "8.300", "520.700", "6.100", "6.400", "6.900", "7.000",
        "Uitgaven", "498.200", "- 3.150", "495.050", "2.400", "2.600", "2.800", "3.000",
        "Subsidies", "             ",
        "Huurtoeslag", "498.200", "- 3.150", "495.050", "2.400", "2.600", "2.800", "3.000",
    )  # fmt: skip


def test_a_group_over_the_later_years_lands_over_them_past_the_repeated_year() -> None:
    """Four groups over seven years: the budget year printed three times, then four later
    years, the column numbers under the first three and empty cells under the rest. A year
    repeated heads columns that their groups tell apart, one group each, and the group left
    over spans the later years. Read as leaves aligned to the right, every group moved a
    column and the numbers went under the last years."""
    text = _three_row_suppletoire(
        [
            "Vastgestelde begroting", "Mutatie 1e suppletoire begroting",
            "Stand 1e suppletoire begroting", "Mutatie 1e suppletoire begroting",
        ],
        ["(1)", "(2)", "(3)=(1)+(2)", "       "],
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Vastgestelde begroting 2025 (1)")] == "498.200"
    assert grid[("Uitgaven", "Mutatie 1e suppletoire begroting 2025 (2)")] == "- 3.150"
    assert grid[("Huurtoeslag", "Stand 1e suppletoire begroting 2025 (3)=(1)+(2)")] == "495.050"
    assert grid[("Uitgaven", "Mutatie 1e suppletoire begroting 2026")] == "2.400"
    assert grid[("Verplichtingen", "Mutatie 1e suppletoire begroting 2029")] == "7.000"
    assert len(cells) == 21


def test_a_number_row_not_under_the_repeated_years_names_no_groups_over_them() -> None:
    """The same heading whose number row numbers four columns, one more than the year
    repeats: the numbers do not say the repeats are the numbered columns, so no group is
    set over a repeat by this reading."""
    text = _three_row_suppletoire(
        [
            "Vastgestelde begroting", "Mutatie 1e suppletoire begroting",
            "Stand 1e suppletoire begroting", "Mutatie 1e suppletoire begroting",
        ],
        ["(1)", "(2)", "(3)=(1)+(2)", "(4)", "     "],
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert "Vastgestelde begroting 2025 (1)" not in {c["column_label"] for c in cells}


def test_a_period_word_over_a_column_the_rows_fill_is_a_column() -> None:
    """ "Project" / "Bedrag" / "Jaar" over rows printing a label and two values, the second
    a year: the rows fill the last heading's column, so "Jaar" heads the years, "Project"
    the labels (read as the labels' heading, every value went one column back)."""
    text = cells_per_line(
        "Tabel 3 Investeringen per project", "Project", "Bedrag", "Jaar",
        "Fietspad Noordweg", "250", "2026",
        "Rotonde Kerkstraat", "1.100", "2027",
        "Kademuur Oude Haven", "3.400", "2028",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Rotonde Kerkstraat", "Bedrag")] == "1.100"
    assert grid[("Rotonde Kerkstraat", "Jaar")] == "2027"
    assert len(cells) == 6


def test_a_period_word_after_as_many_headings_as_values_and_a_corner_heads_the_labels() -> None:
    """The near form: a corner, two measures and "Jaar" over rows printing a year and two
    values: one heading more than the values before the word, which heads the labels."""
    text = cells_per_line(
        "Onderwerp", "Uitgaven", "Inkomsten", "Jaar",
        "2021", "409 412", "389 205",
        "2022", "420 118", "419 305",
        "2023", "455 905", "448 118",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("2022", "Uitgaven")] == "420 118"
    assert grid[("2023", "Inkomsten")] == "448 118"
    assert "Jaar" not in {c["column_label"] for c in cells}


#: A provincial reserves table flattened one cell per line: the corner and three periods,
#: then the line saying the table's unit, then the rows.
_RESERVES_HEADING = ("Tabel 3 Verloop van de reserves", "Reserve", "Saldo 2025", "Saldo 2026")


@pytest.mark.parametrize("unit", ["Bedragen x € 1.000", "(x € 1.000)"])
@pytest.mark.parametrize("codes", [("", ""), ("R01", "R12"), ("P3", "7.1")])
def test_a_unit_line_closing_the_heading_block_is_the_tables_note(
    unit: str, codes: tuple[str, str]
) -> None:
    """The unit printed after the column headings, as the heading block's last cell, says
    the table's unit and heads no column, whether each row opens with a code cell ("R12" /
    its name) or not. Read as a heading after the periods it was a group row, the first row's
    code its label, and no table was read."""
    first, second = (f"{code} " if code else "" for code in codes)
    rows = [*filter(None, (codes[0], "Algemene reserve", "112.406", "108.733"))]
    rows += [*filter(None, (codes[1], "Reserve Mobiliteit", "81.244", "67.918"))]
    tables, cells, _warnings = read_text(cells_per_line(*_RESERVES_HEADING, unit, *rows))
    grid = cell_grid(cells)
    assert grid[(f"{first}Algemene reserve", "Saldo 2025")] == "112.406"
    assert grid[(f"{second}Reserve Mobiliteit", "Saldo 2026")] == "67.918"
    assert {c["column_label"] for c in cells} == {"Saldo 2025", "Saldo 2026"}
    assert [table["unit_label"] for table in tables] == ["x € 1.000"]


@pytest.mark.parametrize(
    ("headings", "columns"),
    [
        # the unit on the last heading's next line, no blank line between: that heading's
        (("Saldo 2025", "Saldo 2026\n(x € 1.000)"), ("Saldo 2025", "Saldo 2026 (x € 1.000)")),
        # a row of units, one a column: each joins the heading above it
        (("Bedrag", "Aandeel", "(x € 1.000)", "(%)"), ("Bedrag (x € 1.000)", "Aandeel (%)")),
    ],
)
def test_a_unit_ending_a_heading_or_one_of_a_row_of_units_stays_a_columns(
    headings: tuple[str, ...], columns: tuple[str, str]
) -> None:
    """Near forms that read as before: a unit printed as the last heading's second line, or
    one of a row of units under the headings, is its column's, no note of the table's."""
    text = cells_per_line(
        "Tabel 3 Verloop van de reserves", "Reserve", *headings,
        "Algemene reserve", "124", "50", "Reserve Mobiliteit", "81", "50",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert {c["column_label"] for c in cells} == set(columns)
    assert cell_grid(cells)[("Reserve Mobiliteit", columns[0])] == "81"


def test_a_code_heading_first_heads_codes_printed_after_the_labels() -> None:
    """A plain text layer (no blank lines) prints a mutation table's code heading first
    ("Art." / "Verplichtingen" / "Uitgaven" / "Ontvangsten"), but each row its code after
    its label, a number or written out ("div."), and the stand rows no code at all. The
    code is a column between the labels and the values: read as the labels' code printed
    before them, each code took the first column, every value went a column on, each row
    lost its last value and the next label got it ("0 Bijdrage Y")."""
    text = "\n".join(
        [
            "Tabel 3 Suppletoire mutaties (bedragen x € 1.000)",
            "Art.", "Verplichtingen", "Uitgaven", "Ontvangsten",
            "Stand ontwerpbegroting 2026", "1.200.000", "1.150.000", "40.000",
            "Mutaties 1e suppletoire begroting",
            "Subsidieregeling X", "3", "5.000", "5.000", "0",
            "Bijdrage Y", "1", "0", "2.500", "1.100",
            "Overige mutaties", "div.", "750", "–300", "90",
            "Stand 1e suppletoire begroting 2026", "1.205.750", "1.157.200", "41.190",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Subsidieregeling X", "Verplichtingen")] == "5.000"
    assert grid[("Subsidieregeling X", "Ontvangsten")] == "0"
    assert grid[("Bijdrage Y", "Ontvangsten")] == "1.100"
    assert grid[("Overige mutaties", "Uitgaven")] == "–300"
    assert grid[("Stand ontwerpbegroting 2026", "Verplichtingen")] == "1.200.000"


def test_a_code_heading_first_over_codes_before_the_labels_stays_the_labels_code() -> None:
    """The near form: the same heading over rows that print each code before the label
    ("3" / "Subsidieregeling X" / three amounts), the stands none: the code is the label's,
    prepended to it, as printed before."""
    text = "\n".join(
        [
            "Tabel 3 Suppletoire mutaties (bedragen x € 1.000)",
            "Art.", "Verplichtingen", "Uitgaven", "Ontvangsten",
            "Stand ontwerpbegroting 2026", "1.200.000", "1.150.000", "40.000",
            "3", "Subsidieregeling X", "5.000", "5.000", "0",
            "1", "Bijdrage Y", "0", "2.500", "1.100",
            "Div.", "Overige mutaties", "750", "–300", "90",
            "Stand 1e suppletoire begroting 2026", "1.205.750", "1.157.200", "41.190",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("3 Subsidieregeling X", "Verplichtingen")] == "5.000"
    assert grid[("1 Bijdrage Y", "Ontvangsten")] == "1.100"
    assert grid[("Div. Overige mutaties", "Uitgaven")] == "–300"


def test_a_year_column_headed_by_what_the_year_is_of_is_no_value_column() -> None:
    """A municipality's overview of investment credits prints, one cell per line, a year
    under "Jaar besluit" before the amounts and "ja" / "nee" under "Afsluiten" after them,
    value-less group rows printing their empty cells as one placeholder, and a total
    without a year. The year is the row's (a text column's cell), the mark after the
    amounts its row's too: read as a value, the year took "Krediet" and every amount went
    a column on, and the mark became the next row's parent."""
    text = cells_per_line(
        "Overzicht investeringskredieten (bedragen x € 1.000)",
        "Omschrijving", "Jaar besluit", "Krediet", "Uitgaven t/m 2024", "Uitgaven 2025",
        "Restant krediet", "Afsluiten",
        "Wegen", "           ",
        "Reconstructie Dorpsstraat", "2022", "1.500", "600", "700", "200", "nee",
        "Rotonde Zuid", "2024", "900", "100", "750", "50", "ja",
        "Gebouwen", "           ",
        "Renovatie sporthal", "2023", "2.400", "1.000", "1.100", "300", "nee",
        "Totaal", "4.800", "1.700", "2.550", "550", " ",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    parents = row_parents(cells)
    assert grid[("Reconstructie Dorpsstraat", "Krediet")] == "1.500"
    assert grid[("Rotonde Zuid", "Restant krediet")] == "50"
    assert grid[("Totaal", "Krediet")] == "4.800"
    assert ("Renovatie sporthal", "Afsluiten") not in grid
    assert (parents["Rotonde Zuid"], parents["Renovatie sporthal"]) == ("Wegen", "Gebouwen")


def _credits_lined(last: str, cells: tuple[str, ...], dated: bool = True) -> str:
    """The overview of investment credits printed a cell a line and no blank line between,
    an empty cell an empty line: a year under "Jaar raadsbesluit" before the amounts
    (where ``dated``), then ``last`` heading the column after them, ``cells`` its cell in
    each row and the total; value-less group rows print their cells as empty lines, and a
    credit opened this year an empty "Uitgaven t/m 2024"."""
    years = ("2022", "2025", "2024", "2023", "") if dated else ("",) * 5
    rows = [
        ("Wegen", *[""] * 6),
        ("Reconstructie Dorpsstraat", years[0], "1.500", "600", "700", "200", cells[0]),
        ("Vervanging verkeerslichten 2025", years[1], "900", "", "750", "150", cells[1]),
        ("Rotonde Zuid", years[2], "1.100", "100", "750", "250", cells[2]),
        ("Gebouwen", *[""] * 6),
        ("Renovatie sporthal", years[3], "2.400", "1.000", "1.100", "300", cells[3]),
        ("Totaal", years[4], "5.900", "1.700", "3.300", "900", cells[4]),
    ]
    return "\n".join(
        [
            "Tabel B4.1 Investeringskredieten (bedragen x € 1.000)",
            "Omschrijving", *(["Jaar raadsbesluit"] if dated else []), "Krediet",
            "Uitgaven t/m 2024", "Uitgaven 2025", "Restant krediet", last,
            *(cell for label, year, *rest in rows for cell in (label, *[year][:dated], *rest)),
            "Toelichting op de kredieten met een overschrijding.",
        ]
    )  # fmt: skip


def test_text_columns_of_a_table_printing_an_empty_cell_as_an_empty_line() -> None:
    """The same overview where no blank line parts the cells: "ja" / "nee" on the line of
    the last heading ("Afsluiten ja/nee") after each row's amounts is that column's cell,
    the year on the line under the label "Jaar raadsbesluit"'s, and an empty line an empty
    cell. Counted as items, the rows' runs differ (a group row prints no item, a total no
    year and no mark): each "ja" was read as the next row's label, the years as amounts
    and the amounts a column on."""
    for dated in (True, False):
        text = _credits_lined("Afsluiten ja/nee", ("nee", "ja", "ja", "nee", ""), dated)
        _tables, cells, warnings = read_text(text)
        assert not warnings
        grid = cell_grid(cells)
        assert grid[("Reconstructie Dorpsstraat", "Krediet")] == "1.500"
        assert grid[("Rotonde Zuid", "Restant krediet")] == "250"
        assert ("Vervanging verkeerslichten 2025", "Uitgaven t/m 2024") not in grid
        assert grid[("Vervanging verkeerslichten 2025", "Uitgaven 2025")] == "750"
        assert grid[("Totaal", "Krediet")] == "5.900"
        assert {column for _row, column in grid} == {
            "Krediet", "Uitgaven t/m 2024", "Uitgaven 2025", "Restant krediet",
        }  # fmt: skip
        parents = row_parents(cells)
        assert (parents["Rotonde Zuid"], parents["Renovatie sporthal"]) == ("Wegen", "Gebouwen")


def test_a_year_column_of_amounts_last_of_a_table_printing_empty_lines_stays_one() -> None:
    """The near form: the last heading a year's ("Raming 2026") over an amount on each
    row's last line, one of them shaped as a year ("2026"): a value column, read as
    before, and a label ending in a year keeps it."""
    text = _credits_lined("Raming 2026", ("100", "50", "2026", "20", "2.196"), dated=False)
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Rotonde Zuid", "Raming 2026")] == "2026"
    assert grid[("Totaal", "Raming 2026")] == "2.196"
    assert grid[("Vervanging verkeerslichten 2025", "Restant krediet")] == "150"


def _planning(years: tuple[str, ...]) -> str:
    """A municipality's investment planning a cell a line, no blank line between, an empty
    cell an empty line: a year under "Jaar raadsbesluit" before the amounts (``years``, ""
    for a credit not yet decided), "Krediet" and three years' amounts, no text column
    after them; value-less programme rows print five empty lines, the total no year."""
    rows = [
        ("Programma Openbare ruimte", "", "", "", "", ""),
        ("Vervanging kademuren", years[0], "4.800", "1.600", "1.600", "1.600"),
        ("Reconstructie doortocht", years[1], "2.350", "350", "2.000", ""),
        ("Vervanging bruggen", years[2], "1.200", "", "400", "800"),
        ("Programma Sport", "", "", "", "", ""),
        ("Kunstgrasveld West", years[3], "620", "620", "", ""),
        ("Nieuwbouw sporthal", years[4], "6.500", "500", "3.000", "3.000"),
        ("Totaal", "", "15.470", "3.070", "7.000", "5.400"),
    ]
    return "\n".join(
        [
            "Tabel 7 Investeringsplanning 2026-2028 (bedragen x € 1.000)",
            "Omschrijving", "Jaar raadsbesluit", "Krediet", "2026", "2027", "2028",
            *(cell for row in rows for cell in row),
            "De kapitaallasten zijn opgenomen in de meerjarenraming.",
        ]
    )  # fmt: skip


@pytest.mark.parametrize(
    "years", [("2025", "2026", "", "2026", ""), ("2025", "2026", "2024", "2026", "2025")]
)
def test_a_year_column_before_undated_and_year_columns_of_a_table_printing_empty_lines(
    years: tuple[str, ...],
) -> None:
    """A year under "Jaar raadsbesluit" before "Krediet" and the years' amounts, and no text
    column after them: the headings after the text column's, four, head as many values as
    the rows print, so the programme's name after them is a group row, no fifth column's
    heading (read with the years alone as wide as the rows, the amounts went a column
    over); and where a credit's year is empty, its empty line is that cell, the figure
    after it the credit's first amount, no year (taken for one, the row was an amount
    short and "Krediet" no column)."""
    _tables, cells, warnings = read_text(_planning(years))
    assert not warnings and len(cells) == 20
    grid = cell_grid(cells)
    assert grid[("Vervanging kademuren", "Krediet")] == "4.800"
    assert grid[("Reconstructie doortocht", "2027")] == "2.000"
    assert grid[("Vervanging bruggen", "Krediet")] == "1.200"
    assert ("Vervanging bruggen", "2026") not in grid
    assert grid[("Nieuwbouw sporthal", "Krediet")] == "6.500"
    assert grid[("Totaal", "2028")] == "5.400"
    parents = row_parents(cells)
    assert parents["Vervanging bruggen"] == "Programma Openbare ruimte"
    assert parents["Nieuwbouw sporthal"] == "Programma Sport"


def test_a_word_after_the_years_heading_a_column_the_rows_fill_stays_a_heading() -> None:
    """The near form: "Totaal" after the years over rows that print four values, the
    year under "Jaar raadsbesluit" before them: the headings after the text column's are
    three, fewer than the rows' values, so the word heads the fourth column."""
    rows = [
        ("Vervanging kademuren", "2025", "1.600", "1.600", "1.600", "4.800"),
        ("Reconstructie doortocht", "2026", "350", "2.000", "100", "2.450"),
        ("Vervanging bruggen", "2024", "300", "400", "800", "1.500"),
        ("Totaal", "", "2.250", "4.000", "2.500", "8.750"),
    ]
    text = "\n".join(
        [
            "Tabel 7 Investeringsplanning 2026-2028 (bedragen x € 1.000)",
            "Omschrijving", "Jaar raadsbesluit", "2026", "2027", "2028", "Totaal",
            *(cell for row in rows for cell in row),
            "De kapitaallasten zijn opgenomen in de meerjarenraming.",
        ]
    )  # fmt: skip
    _tables, cells, warnings = read_text(text)
    assert not warnings and len(cells) == 16
    grid = cell_grid(cells)
    assert grid[("Reconstructie doortocht", "2026")] == "350"
    assert grid[("Vervanging bruggen", "Totaal")] == "1.500"
    assert row_parents(cells)["Vervanging bruggen"] == "Totaal"


def test_a_period_heading_over_a_year_column_of_values_stays_a_value_column() -> None:
    """The near form: headings naming a period of the figures ("Vorig jaar" /
    "Begrotingsjaar") head value columns, no year of what the row records."""
    text = cells_per_line(
        "Overzicht lasten (bedragen x € 1.000)",
        "Omschrijving", "Vorig jaar", "Begrotingsjaar",
        "Wegen", "2.021", "1.980",
        "Gebouwen", "1.400", "1.455",
        "Groen", "870", "905",
        "Totaal", "4.291", "4.340",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Wegen", "Vorig jaar")] == "2.021"
    assert grid[("Totaal", "Begrotingsjaar")] == "4.340"


def test_codes_before_the_labels_ending_a_first_stand_row_stay_the_labels_codes() -> None:
    """A table in x € 1 mln prints the code heading first and each code before its label,
    the stand rows none, its amounts small whole numbers: the first stand's run ends in the
    next row's code ("Stand ontwerpbegroting 2026" / "48" / "47,5" / "2" / "1", then
    "Loonbijstelling"), so every row looked like its label, a code and the values. A first
    row reading so is the next label's code: read as codes after the labels, every amount
    went a column on."""
    text = "\n".join(
        [
            "Tabel 2 Verticale toelichting (bedragen x € 1 mln)",
            "Art.", "Verplichtingen", "Uitgaven", "Ontvangsten",
            "Stand ontwerpbegroting 2026", "48", "47,5", "2",
            "1", "Loonbijstelling", "1", "1,2", "0",
            "3", "Kasschuif subsidies", "0", "2,5", "0",
            "5", "Bijdrage agentschap", "2", "0,8", "0",
            "Stand 1e suppletoire begroting 2026", "51", "52,0", "2",
        ]
    )  # fmt: skip
    grid = cell_grid(read_text(text)[1])
    assert grid[("Stand ontwerpbegroting 2026", "Verplichtingen")] == "48"
    assert grid[("Stand ontwerpbegroting 2026", "Ontvangsten")] == "2"
    assert grid[("1 Loonbijstelling", "Uitgaven")] == "1,2"
    assert grid[("5 Bijdrage agentschap", "Verplichtingen")] == "2"


def test_codes_after_the_labels_under_a_first_stand_of_values_alone_stay_a_column() -> None:
    """The near form: small amounts, each code printed after its label and the first stand
    printing its values alone: the codes are a column between the labels and the values,
    as before."""
    text = "\n".join(
        [
            "Tabel 2 Verticale toelichting (bedragen x € 1 mln)",
            "Art.", "Verplichtingen", "Uitgaven", "Ontvangsten",
            "Stand ontwerpbegroting 2026", "48", "47,5", "2",
            "Loonbijstelling", "1", "1,5", "1,2", "0",
            "Kasschuif subsidies", "3", "0", "2,5", "0",
            "Bijdrage agentschap", "5", "2", "0,8", "0",
            "Stand 1e suppletoire begroting 2026", "51", "52,0", "2",
        ]
    )  # fmt: skip
    grid = cell_grid(read_text(text)[1])
    assert grid[("Loonbijstelling", "Verplichtingen")] == "1,5"
    assert grid[("Loonbijstelling", "Uitgaven")] == "1,2"
    assert grid[("Bijdrage agentschap", "Verplichtingen")] == "2"
    assert grid[("Stand ontwerpbegroting 2026", "Ontvangsten")] == "2"


def test_codes_after_the_labels_on_every_row_but_the_total_stay_a_column() -> None:
    """Every row prints its code after its label, the first too (no stand opens the table),
    the total none: the rows read as label, code and values throughout, the codeless row
    a total. The rule asked for a first row of values alone and read the codes as the
    labels' own: every amount went a column on ("0 Kasschuif subsidies")."""
    text = "\n".join(
        [
            "Tabel 5 Verticale toelichting (bedragen x € 1 mln)",
            "Art.", "Verplichtingen", "Uitgaven", "Ontvangsten",
            "Prijsbijstelling", "2", "3,5", "2,2", "0",
            "Kasschuif onderhoud", "4", "0", "1,5", "0",
            "Bijdrage fonds", "6", "1", "0,4", "0",
            "Totaal mutaties", "4,5", "4,1", "0",
        ]
    )  # fmt: skip
    grid = cell_grid(read_text(text)[1])
    assert grid[("Prijsbijstelling", "Verplichtingen")] == "3,5"
    assert grid[("Kasschuif onderhoud", "Uitgaven")] == "1,5"
    assert grid[("Bijdrage fonds", "Ontvangsten")] == "0"
    assert grid[("Totaal mutaties", "Verplichtingen")] == "4,5"


def test_codes_before_the_labels_over_a_closing_total_stay_the_labels_codes() -> None:
    """The near form: the codes before the labels, a stand first and a total last. Read as
    codes after the labels the first stand takes the next label's code and the last line
    item, its code ending the row above, has none: a codeless row no stand nor total, so
    the codes stay the labels'."""
    text = "\n".join(
        [
            "Tabel 5 Verticale toelichting (bedragen x € 1 mln)",
            "Art.", "Verplichtingen", "Uitgaven", "Ontvangsten",
            "Stand ontwerpbegroting 2026", "36", "35,5", "1",
            "2", "Prijsbijstelling", "3", "2,2", "0",
            "4", "Kasschuif onderhoud", "0", "1,5", "0",
            "6", "Bijdrage fonds", "1", "0,4", "0",
            "Totaal mutaties", "4", "4,1", "0",
        ]
    )  # fmt: skip
    grid = cell_grid(read_text(text)[1])
    assert grid[("Stand ontwerpbegroting 2026", "Ontvangsten")] == "1"
    assert grid[("2 Prijsbijstelling", "Verplichtingen")] == "3"
    assert grid[("6 Bijdrage fonds", "Uitgaven")] == "0,4"
    assert grid[("Totaal mutaties", "Verplichtingen")] == "4"


def _kasstroom(*heading: str) -> str:
    """A kasstroomoverzicht printed one cell per line, each row's code in a cell before its
    label, under the heading cells ``heading``."""
    return cells_per_line(
        "Tabel 12 Kasstroomoverzicht (bedragen x € 1.000)",
        *heading,
        "1.", "Rekening-courant 1 januari", "28.500", "34.812", "6.312",
        "2.", "Totaal operationele kasstroom", "6.200", "11.455", "5.255",
        "3.", "Totaal investeringskasstroom", "–9.800", "–5.925", "3.875",
    )  # fmt: skip


_NAMES = (" ", "Omschrijving", "Begroting", "Realisatie", "Verschil realisatie en begroting")


@pytest.mark.parametrize("numbers", [(), (" ", " ", "(1)", "(2)", "(3)=(2)-(1)")])
def test_rows_under_the_headings_each_cell_under_one_with_empty_cells_where_none(
    numbers: tuple[str, ...],
) -> None:
    """A heading of three rows flattened one cell per line: the names (the code's blank
    heading, the labels', the columns'), then the years with an empty cell under the
    corner and under the column that has none (" " / " " / "2023" / "2023" / " "), then
    maybe the column numbers. The rows are as wide as each other, so each cell joins the
    heading right above it; read as leaves aligned to the right, the labels' heading joined
    the last column's and every heading moved a column over."""
    text = _kasstroom(*_NAMES, " ", " ", "2023", "2023", " ", *numbers)
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    mark = (lambda n: f" ({n})") if numbers else (lambda n: "")
    assert grid[("1. Rekening-courant 1 januari", f"Begroting 2023{mark(1)}")] == "28.500"
    assert grid[("2. Totaal operationele kasstroom", f"Realisatie 2023{mark(2)}")] == "11.455"
    verschil = "Verschil realisatie en begroting" + (" (3)=(2)-(1)" if numbers else "")
    assert grid[("3. Totaal investeringskasstroom", verschil)] == "3.875"
    assert len(cells) == 9


def test_numbers_alone_or_years_under_groups_keep_their_reading() -> None:
    """Near forms the rule leaves alone: a row of column numbers alone under the names
    (its empty cells placed as before), and a row of years wider than the names above it
    (" " / "Realisatie" / "Vastgestelde begroting" over " " / four years: groups spanning
    years, no heading a cell)."""
    text = _kasstroom(*_NAMES, " ", " ", "(1)", "(2)", "(3)=(2)-(1)")
    grid = cell_grid(read_text(text)[1])
    assert grid[("1. Rekening-courant 1 januari", "Begroting (1)")] == "28.500"
    assert (
        grid[("3. Totaal investeringskasstroom", "Verschil realisatie en begroting (3)=(2)-(1)")]
        == "3.875"
    )
    text = cells_per_line(
        "Tabel 9 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
        " ", "Realisatie", "Vastgestelde begroting",
        " ", "2021", "2022", "2023", "2023",
        "Verplichtingen", "201.340", "214.780", "238.115", "251.090",
        "Uitgaven", "139.180", "143.970", "150.000", "160.000",
    )  # fmt: skip
    labels = [c["column_label"] for c in read_text(text)[1]][:4]
    assert labels == [
        "Realisatie 2021",
        "Realisatie 2022",
        "Realisatie 2023",
        "Vastgestelde begroting 2023",
    ]


def _noted_subsidies(corner: str, note: str, first_row: tuple[str, ...]) -> str:
    """A subsidy overview a cell per line: ``corner`` over the labels, seven years, then
    ``note`` heading each row's note number; a value-less row prints a space a column (the
    note's too), ``first_row`` opens the rows under "Subsidies"."""
    return cells_per_line(
        "Tabel 21 Subsidieoverzicht (bedragen x € 1.000)",
        corner, "2022", "2023", "2024", "2025", "2026", "2027", "2028", note,
        "Subsidies", *[" "] * 8,
        *first_row,
        "Regeling B", " ", " ", "50", "60", "70", "80", "90", "3",
        "Opdrachten", *[" "] * 8,
        "Onderzoek", "10", "10", "10", "10", "10", "10", "10", "2",
        "Toelichting",
        "De mutaties worden hieronder toegelicht.",
    )  # fmt: skip


_REGELING_A = ("Regeling A", "100", "110", "120", "130", "140", "150", "160", "1")


@pytest.mark.parametrize(
    ("corner", "note"),
    [
        ("Omschrijving", "Ref. nr."),
        ("Omschrijving", "Ref."),
        ("Omschrijving", "Noot"),
        ("Regeling", "Ref. nr."),
        ("Onderdeel", "Ref."),
    ],
)
def test_the_labels_heading_over_rows_ending_in_a_note_heads_no_values(
    corner: str, note: str
) -> None:
    """The corner naming the labels ("Omschrijving", "Regeling") over rows that each print a
    note's number after their seven years' values: the cell a row prints more than the
    periods is the note column's. Counted as a value column the corner's word headed the
    first value, every value went a column to the left and the note's number became the
    last year's value (and "Onderzoek" lost its group "Opdrachten")."""
    _tables, cells, _warnings = read_text(_noted_subsidies(corner, note, _REGELING_A))
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == {str(year) for year in range(2022, 2029)}
    assert grid[("Regeling A", "2022")] == "100"
    assert grid[("Regeling A", "2028")] == "160"
    assert grid[("Regeling B", "2024")] == "50"
    assert ("Regeling B", "2023") not in grid
    assert not {"1", "2", "3"} & set(grid.values())
    assert row_parents(cells)["Onderzoek"] == "Opdrachten"


def test_a_word_heading_a_column_after_the_labels_heading_still_heads_values() -> None:
    """The near form: after the corner's "Omschrijving" a word ("Stand ontwerpbegroting")
    heads the first value before the years, no note column after them: the rows' value
    more than the periods is that column's, as printed, the corner's word no column."""
    text = cells_per_line(
        "Tabel 21 Subsidieoverzicht (bedragen x € 1.000)",
        "Omschrijving", "Stand ontwerpbegroting",
        "2022", "2023", "2024", "2025", "2026", "2027", "2028",
        "Subsidies", *[" "] * 8,
        "Regeling A", "90", "100", "110", "120", "130", "140", "150", "160",
        "Regeling B", " ", " ", "50", "60", "70", "80", "90", "3",
        "Opdrachten", *[" "] * 8,
        "Onderzoek", "10", "10", "10", "10", "10", "10", "10", "10",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Regeling A", "Stand ontwerpbegroting")] == "90"
    assert grid[("Regeling A", "2028")] == "160"
    assert grid[("Regeling B", "2028")] == "3"
    assert "Omschrijving" not in {c["column_label"] for c in cells}
    assert row_parents(cells)["Onderzoek"] == "Opdrachten"


def _guarantees(code: str, label: str, codes: tuple[str, ...], words: tuple[str, ...]) -> str:
    """A guarantee overview a cell per line, no blank line between cells: ``code`` and
    ``label`` over each row's code (``codes``, " " for the total) and label, then ``words``
    (value headings without a period) and four dated headings; a row prints its code
    before its label, an empty cell as one space."""
    values = (("100", "20", "10", "110"), ("200", "n.v.t.", "20", "180"))
    values += (("50", "5", "5", "‒ 50"), ("10", " ", "1", "9"), ("360", "25", "36", "349"))
    labels = ("Regeling A", "Regeling B", "Regeling C", "Regeling D", "Totaal")
    rows = [
        cell
        for at, (row_code, row_label, row) in enumerate(zip(codes, labels, values, strict=True))
        for cell in (row_code, row_label, *[str(90 + at)] * len(words), *row)
    ]
    return "\n".join(
        (
            "Tabel 72 Overzicht verstrekte garanties (bedragen x € 1.000)",
            *(code, label),
            *words,
            *("Uitstaand 2022", "Verleend 2023", "Vervallen 2023", "Uitstaand 2023"),
            *rows,
            "Toelichting",
            "De garanties worden hieronder toegelicht.",
        )
    )


_DATED = ["Uitstaand 2022", "Verleend 2023", "Vervallen 2023", "Uitstaand 2023"]


@pytest.mark.parametrize(
    ("code", "label", "codes"),
    [
        ("Art.", "Omschrijving", ("2", "2", "2", "4", " ")),
        ("Artikel", "Regeling", ("2", "2", "2", "4", " ")),
        ("Nr.", "Omschrijving", ("2", "2", "2", "4", " ")),
        ("Art.", "Omschrijving", ("1", "2", "3", "4", " ")),
    ],
)
def test_the_next_rows_code_is_no_value_column_under_a_code_and_a_labels_heading(
    code: str, label: str, codes: tuple[str, ...]
) -> None:
    """A code heading and the labels' own ("Art." / "Omschrijving") over rows that print
    their code before their label, the same article's on several rows or one each, a row
    with an empty cell among its values: the code ending each run before the next label is
    that row's, on every count of the row's cells. Counted with the values where an empty
    cell spread them, the rows printed a value more than the dated headings, "Omschrijving"
    headed the first value, every value went a column to the left and the next row's code
    became the last column's value."""
    _tables, cells, _warnings = read_text(_guarantees(code, label, codes, ()))
    grid = cell_grid(cells)
    assert sorted({c["column_label"] for c in cells}) == sorted(_DATED)
    assert grid[(f"{codes[0]} Regeling A", "Uitstaand 2022")] == "100"
    assert grid[(f"{codes[0]} Regeling A", "Uitstaand 2023")] == "110"
    assert grid[(f"{codes[2]} Regeling C", "Uitstaand 2023")] == "‒ 50"
    assert grid[(f"{codes[3]} Regeling D", "Vervallen 2023")] == "1"
    assert (f"{codes[3]} Regeling D", "Verleend 2023") not in grid
    assert grid[("Totaal", "Uitstaand 2023")] == "349"
    assert len(cells) == 19


def test_a_word_heading_a_value_column_after_the_code_and_labels_heading_keeps_it() -> None:
    """The near form: a word ("Stand ontwerpbegroting") heads a value column after "Art." /
    "Omschrijving": the rows print one value more than the dated headings without the next
    row's code, and it is the word's column (the labels' heading none): taking the code off
    must not take the word's column with it. (Counted with the code, "Omschrijving" headed
    a column too, every value a column to the left.)"""
    words = ("Stand ontwerpbegroting",)
    text = _guarantees("Art.", "Omschrijving", ("2", "2", "2", "4", " "), words)
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert sorted({c["column_label"] for c in cells}) == sorted([*words, *_DATED])
    assert grid[("2 Regeling A", "Stand ontwerpbegroting")] == "90"
    assert grid[("2 Regeling A", "Uitstaand 2023")] == "110"
    assert grid[("4 Regeling D", "Vervallen 2023")] == "1"
    assert grid[("Totaal", "Stand ontwerpbegroting")] == "94"
    assert len(cells) == 24


def test_rows_ending_in_a_small_number_under_the_labels_heading_alone_keep_it() -> None:
    """The near form: "Omschrijving" alone, no code heading, over rows whose last value is a
    small number ("3"), one row with an empty cell: no code column, so the last number is
    the last column's value, never a next row's code."""
    text = "\n".join(
        (
            "Tabel 72 Overzicht verstrekte garanties (bedragen x € 1.000)",
            "Omschrijving",
            *_DATED,
            *("Regeling A", "100", "20", "10", "3"),
            *("Regeling B", "200", " ", "20", "2"),
            *("Regeling C", "50", "5", "5", "4"),
            *("Totaal", "350", "25", "35", "9"),
            "Toelichting",
            "De garanties worden hieronder toegelicht.",
        )
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert sorted({c["column_label"] for c in cells}) == sorted(_DATED)
    assert grid[("Regeling A", "Uitstaand 2023")] == "3"
    assert grid[("Regeling B", "Uitstaand 2023")] == "2"
    assert ("Regeling B", "Verleend 2023") not in grid
    assert grid[("Totaal", "Uitstaand 2023")] == "9"
    assert len(cells) == 15


def _staat_numbered(*heading: str) -> str:
    """A begrotingsstaat printed one cell per line (no blank lines): the caption, the
    ``heading`` cells, then three rows of three groups of three values."""
    rows = [
        "Wijziging van de begrotingsstaat van het Gemeentefonds (bedragen x € 1.000)",
        *heading,
        *("Verplichtingen", "Uitgaven", "Ontvangsten") * 3,
        "Totaal", "5.100", "5.100", "0", "200", "200", "0", "12", "45", "0",
        "1", "Algemene uitkering", "4.800", "4.800", "0", "300", "300", "0", "12", "40", "0",
        "2", "Nog onverdeeld", "300", "300", "0", "-100", "-100", "0", "0", "5", "0",
    ]  # fmt: skip
    return "\n".join(rows)


def test_a_column_number_printed_above_each_group_heading_numbers_that_group() -> None:
    """A begrotingsstaat's plain text layer prints each group's column number on a line of
    its own above the group's words, after the corner's "Art." / "Omschrijving" ("(1)" /
    "Vastgestelde begroting" / "(2)" / "Mutaties 1e suppletoire begroting" / ...). The
    labels' heading numbers no column: the number after it heads the group printed next,
    and so does every number after it. Before, "(1)" was taken for Omschrijving's and each
    later number joined the group above it ("Vastgestelde begroting (2) Verplichtingen")."""
    text = _staat_numbered(
        "Art.", "Omschrijving",
        "(1)", "Vastgestelde begroting",
        "(2)", "Mutaties 1e suppletoire begroting",
        "(3)", "Mutaties 2e suppletoire begroting",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("1 Algemene uitkering", "(1) Vastgestelde begroting Verplichtingen")] == "4.800"
    assert grid[("Totaal", "(2) Mutaties 1e suppletoire begroting Uitgaven")] == "200"
    assert grid[("2 Nog onverdeeld", "(3) Mutaties 2e suppletoire begroting Uitgaven")] == "5"
    assert len(grid) == 27


def test_a_column_number_printed_under_each_group_heading_stays_that_groups() -> None:
    """The near form: each number printed under its group's words, after them ("Stand
    ontwerpbegroting" / "(1)" / ...): a number under a heading of values is that heading's,
    the corner's headings before them as they were."""
    text = _staat_numbered(
        "Art.", "Omschrijving",
        "Vastgestelde begroting", "(1)",
        "Mutaties 1e suppletoire begroting", "(2)",
        "Mutaties 2e suppletoire begroting", "(3)",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("1 Algemene uitkering", "Vastgestelde begroting (1) Verplichtingen")] == "4.800"
    assert grid[("2 Nog onverdeeld", "Mutaties 2e suppletoire begroting (3) Uitgaven")] == "5"
    assert len(grid) == 27


def _numbered_row_a_space_a_line(*corner: str) -> str:
    """A budgettaire gevolgen table printed one cell per line (no blank lines): the
    ``corner`` headings, five value headings, the row of column numbers printing a space
    for each empty cell (under the corner's headings first), then the rows, each opening
    with its code cell, a space where it has none."""
    rows = [
        "Tabel 3 Budgettaire gevolgen van beleid artikel 1 (bedragen x € 1.000)",
        *corner,
        "Vastgestelde begroting 2021", "Mutatie 1e suppletoire begroting 2021",
        "Stand 1e suppletoire begroting 2021", "Mutatie 2022", "Mutatie 2023",
        *[" "] * len(corner), "(1)", "(2)", "(3)=(1)+(2)", " ", " ",
        " ", "Verplichtingen", "1.021", "-184", "837", "12", "-8",
        " ", "Uitgaven", "532", "-54", "478", "18", "21",
        "1.01", "Grote projecten", "463", "-44", "419", "22", "18",
        "1.02", "Studiekosten", "69", "-10", "59", "-4", "3",
        "Toelichting",
    ]  # fmt: skip
    return "\n".join(rows)


def test_a_row_of_column_numbers_a_space_a_line_numbers_the_first_value_columns() -> None:
    """The row of column numbers prints an empty cell under each corner heading ("Art." /
    "Omschrijving"), the numbers under the first three value columns, then an empty cell
    under each other one, a space a line, and the first row's empty code cell right after
    them: the spaces after the numbers are the row's and maybe that code cell. Before, only
    the first of them was counted, the row fitted no width, and the numbers were put under
    the last columns ("Mutatie 2023 (1)")."""
    _tables, cells, _warnings = read_text(_numbered_row_a_space_a_line("Art.", "Omschrijving"))
    grid = cell_grid(cells)
    assert grid[("Verplichtingen", "Vastgestelde begroting 2021 (1)")] == "1.021"
    assert grid[("Uitgaven", "Stand 1e suppletoire begroting 2021 (3)=(1)+(2)")] == "478"
    assert grid[("1.02 Studiekosten", "Mutatie 2023")] == "3"
    assert len(grid) == 20


def test_a_row_of_column_numbers_a_space_a_line_under_a_blank_corner_keeps_its_spaces() -> None:
    """Without a code column the corner is a blank cell, and every space after the numbers
    is the number row's; the first row's label opens its row. The numbers stand under the
    first columns as well. Before, only the first space after them was counted, which made
    the row one cell short, read as one empty cell before them: every number a column late
    ("Mutatie 1e suppletoire begroting 2021 (1)")."""
    text = _numbered_row_a_space_a_line(" ").replace("\n \nVerplichtingen", "\nVerplichtingen")
    text = text.replace("\n \nUitgaven", "\nUitgaven").replace("1.01\n", "").replace("1.02\n", "")
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Verplichtingen", "Vastgestelde begroting 2021 (1)")] == "1.021"
    assert grid[("Studiekosten", "Mutatie 2023")] == "3"
    assert len(grid) == 20


def test_a_row_of_column_numbers_before_a_first_row_printing_its_code_counts_every_space() -> None:
    """The first row prints its code ("1.00" / "Verplichtingen"), so no empty code cell
    follows the number row's spaces: they are all the row's, the numbers under the first
    columns. Before, the row fitted no width and the numbers went under the last ones."""
    text = _numbered_row_a_space_a_line("Art.", "Omschrijving")
    text = text.replace("\n \nVerplichtingen", "\n1.00\nVerplichtingen")
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("1.00 Verplichtingen", "Vastgestelde begroting 2021 (1)")] == "1.021"
    assert grid[("1.02 Studiekosten", "Mutatie 2023")] == "3"
    assert len(grid) == 20


def test_a_row_of_column_numbers_ending_in_one_wide_space_is_read_as_before() -> None:
    """The near form: the number row's empty cells after the numbers printed as one wide
    space on one line ("   ", two cells as 2n - 1 spaces), then the first row's empty code
    cell: the one reading that fits the row's width is the wide space alone, as before."""
    text = _numbered_row_a_space_a_line("Art.", "Omschrijving")
    text = text.replace("(3)=(1)+(2)\n \n \n", "(3)=(1)+(2)\n   \n")
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Verplichtingen", "Vastgestelde begroting 2021 (1)")] == "1.021"
    assert grid[("1.02 Studiekosten", "Mutatie 2023")] == "3"
    assert len(grid) == 20


def _programmes(*heading: str, groups: bool = True) -> str:
    """A provincial table as a plain text layer prints it: one cell per line, no blank
    line and no placeholder, ``heading``'s lines under the caption, the value-less group
    rows "Lasten" and "Baten" (``groups``) over their items and totals, negatives in
    brackets, three values a row."""
    lasten, baten = (["Lasten"], ["Baten"]) if groups else ([], [])
    return "\n".join(
        [
            "Tabel 4 Lasten en baten per taakveld (bedragen x € 1.000)",
            *heading,
            *lasten,
            "Verkeer en vervoer", "41.250", "(1.250)", "40.000",
            "Water", "12.310", "(95)", "12.215",
            "Totaal lasten", "53.560", "(1.345)", "52.215",
            *baten,
            "Verkeer en vervoer baten", "8.400", "600", "9.000",
            "Water baten", "2.115", "0", "2.115",
            "Totaal baten", "10.515", "600", "11.115",
        ]
    )  # fmt: skip


#: Three heading cells of two lines each, the middle one's both opening with a capital.
_TWO_LINE_HEADINGS = (
    "Begroting 2025", "na wijziging", "Mutatie", "Voorjaarsnota",
    "Begroting 2025", "na Voorjaarsnota",
)  # fmt: skip


@pytest.mark.parametrize(
    ("heading", "groups", "columns"),
    [
        (
            _TWO_LINE_HEADINGS,
            True,
            ["Begroting 2025 na wijziging", "Mutatie Voorjaarsnota",
             "Begroting 2025 na Voorjaarsnota"],
        ),
        # column numbers in brackets under each heading or in a row under them all: each
        # joins its heading, none is a (negative) value
        (
            ("Begroting 2025", "na wijziging", "(1)", "Mutatie", "Voorjaarsnota", "(2)",
             "Begroting 2025", "na Voorjaarsnota", "(3)=(1+2)"),
            False,
            ["Begroting 2025 na wijziging (1)", "Mutatie Voorjaarsnota (2)",
             "Begroting 2025 na Voorjaarsnota (3)=(1+2)"],
        ),
        (
            (*_TWO_LINE_HEADINGS, "(1)", "(2)", "(3)=(1+2)"),
            False,
            ["Begroting 2025 na wijziging (1)", "Mutatie Voorjaarsnota (2)",
             "Begroting 2025 na Voorjaarsnota (3)=(1+2)"],
        ),
    ],
)  # fmt: skip
def test_capitalised_lines_between_dated_headings_are_one_heading_cell(
    heading: tuple[str, ...], groups: bool, columns: list[str]
) -> None:
    """A plain text layer prints each heading cell's lines one under the other: "Begroting
    2025" / "na wijziging" / "Mutatie" / "Voorjaarsnota" / "Begroting 2025" / "na
    Voorjaarsnota" over three values. The lines in lower case go on with the dated heading
    above them; the two capitalised lines between the dated headings are one heading
    ("Mutatie Voorjaarsnota"): read apart, the block held a column more than the rows
    print and a dated heading was left over (the table was refused). The word after the
    last dated heading ("Lasten") is the first group row, as the rows print one of their
    own further down ("Baten")."""
    _tables, cells, _warnings = read_text(_programmes(*heading, groups=groups))
    assert [c["column_label"] for c in cells[:3]] == columns
    assert [c["value"] for c in cells if c["row_label"] == "Water"] == [12310, -95, 12215]
    assert [c["value"] for c in cells if c["value"] < 0] == [-1250, -95, -1345]
    parents = row_parents(cells)
    if groups:
        assert (parents["Water"], parents["Water baten"]) == ("Lasten", "Baten")
    assert len(cells) == 18


def test_capitalised_heading_lines_a_blank_line_parts_stay_two_headings() -> None:
    """The near form: a blank line between the two capitalised lines ("Mutatie" / "" /
    "Voorjaarsnota"): two cells, no lines of one, and the block holds a heading more than
    the rows print values: said, not stored, as before."""
    text = _programmes(
        "Begroting 2025", "na wijziging", "Mutatie", "", "Voorjaarsnota",
        "Begroting 2025", "na Voorjaarsnota",
    )  # fmt: skip
    _tables, cells, warnings = read_text(text)
    assert not cells
    assert [w for w in warnings if "heads none of the" in w.reason]


@pytest.mark.parametrize(
    "heading",
    [
        # the column number under each heading's last line
        ("Begroting 2025", "na wijziging", "(1)", "Mutatie", "Voorjaarsnota", "(2)",
         "Begroting 2025", "na Voorjaarsnota", "(3)=(1+2)"),
        # a row of them under all the headings
        (*_TWO_LINE_HEADINGS, "(1)", "(2)", "(3)=(1+2)"),
    ],
)  # fmt: skip
def test_column_numbers_under_the_headings_leave_the_group_row_after_them(
    heading: tuple[str, ...],
) -> None:
    """Column numbers in brackets under the headings are the headings' own, no placeholder
    between them and the first group row ("... na Voorjaarsnota" / "(3)=(1+2)" /
    "Lasten"): the word after them is the group row as after a heading line. Read as a
    fourth heading over three values, the table was refused."""
    _tables, cells, _warnings = read_text(_programmes(*heading))
    assert [c["column_label"] for c in cells[:3]] == [
        "Begroting 2025 na wijziging (1)", "Mutatie Voorjaarsnota (2)",
        "Begroting 2025 na Voorjaarsnota (3)=(1+2)",
    ]  # fmt: skip
    parents = row_parents(cells)
    assert (parents["Water"], parents["Water baten"]) == ("Lasten", "Baten")
    assert [c["value"] for c in cells if c["row_label"] == "Water"] == [12310, -95, 12215]
    assert len(cells) == 18


def test_a_column_number_more_than_the_values_leaves_the_word_a_heading() -> None:
    """The near form: a row of four column numbers under three values' headings numbers a
    column the word after them ("Lasten") may head: no group row is told, and the table
    is said, not stored, as before."""
    heading = (*_TWO_LINE_HEADINGS, "(1)", "(2)", "(3)", "(4)=(1+2+3)")
    _tables, cells, warnings = read_text(_programmes(*heading))
    assert not cells
    assert warnings


def _costs(*heading: str, realised: bool = True) -> str:
    """A water board's table one cell per line, no blank line: ``heading``'s lines under
    the caption, three programmes and their total, four values a row and a fifth, the
    realisation so far (``realised``)."""
    rows = [
        ("Watersysteem", "98.400", "101.250", "1.830", "103.080", "66.912"),
        ("Waterketen", "76.200", "77.010", "– 640", "76.370", "49.118"),
        ("Wegen", "12.300", "12.300", "0", "12.300", "7.406"),
        ("Totaal", "186.900", "190.560", "1.190", "191.750", "123.436"),
    ]
    return "\n".join(
        [
            "Tabel 2 Netto kosten per programma (bedragen x € 1.000)",
            *heading,
            *(cell for row in rows for cell in (row if realised else row[:-1])),
        ]
    )


#: Four heading cells, the middle ones' two lines each opening with a capital.
_BUDGET_HEADINGS = (
    "Begroting 2025", "primitief", "Begroting 2025", "na wijziging", "Mutatie",
    "Bestuursrapportages", "Begroting 2025", "na rapportage",
)  # fmt: skip


def test_an_undated_last_column_counts_with_the_headings_joined() -> None:
    """An undated column after the last dated heading ("Realisatie" / "t/m augustus"),
    the rows printing five values and no group row: counted with the headings between the
    dated ones, the capitalised lines between them ("Mutatie" / "Bestuursrapportages")
    are one heading cell and the last heads the fifth value. Counted up to the last dated
    heading only, the block fit without joining and the table was refused."""
    _tables, cells, _warnings = read_text(_costs(*_BUDGET_HEADINGS, "Realisatie", "t/m augustus"))
    grid = cell_grid(cells)
    assert grid[("Waterketen", "Mutatie Bestuursrapportages")] == "– 640"
    assert grid[("Totaal", "Realisatie t/m augustus")] == "123.436"
    assert grid[("Wegen", "Begroting 2025 na rapportage")] == "12.300"
    assert len(cells) == 20


@pytest.mark.parametrize(
    ("heading", "realised"),
    [
        # a dated last column: joined as before
        ((*_BUDGET_HEADINGS, "Realisatie 2025", "t/m augustus"), True),
        # no undated column: four values, the run joined, as before
        (_BUDGET_HEADINGS, False),
    ],
)
def test_a_dated_or_no_last_column_joins_as_before(
    heading: tuple[str, ...], realised: bool
) -> None:
    """The near forms: the last column dated ("Realisatie 2025"), or none after the last
    dated heading: read as before."""
    _tables, cells, _warnings = read_text(_costs(*heading, realised=realised))
    grid = cell_grid(cells)
    assert grid[("Waterketen", "Mutatie Bestuursrapportages")] == "– 640"
    assert len(cells) == (20 if realised else 16)


def _reports(*heading: str) -> str:
    """A table of changes one cell per line, no blank line: the caption, ``heading``'s
    lines, two rows and their total of four values each."""
    return "\n".join(
        [
            "Tabel 4 Mutaties per rapportage (bedragen x € 1.000)", *heading,
            "Beheer", "40.100", "1.200", "630", "41.930",
            "Onderhoud", "22.500", "– 900", "260", "21.860",
            "Totaal", "62.600", "300", "890", "63.790",
        ]
    )  # fmt: skip


@pytest.mark.parametrize(
    ("run", "columns", "doubted"),
    [
        # the run's first line printed again opens each cell
        (
            ("Mutaties", "Eerste rapportage", "Mutaties", "Tweede rapportage"),
            ["Mutaties Eerste rapportage", "Mutaties Tweede rapportage"],
            False,
        ),
        # each cell opens with a column's word
        (
            ("Bijstelling", "Voorjaarsnota", "Mutatie", "Najaarsnota"),
            ["Bijstelling Voorjaarsnota", "Mutatie Najaarsnota"],
            False,
        ),
        # nothing tells where a cell opens: cells of as many lines each, said as a doubt
        (
            ("Overboekingen", "Voorjaarsnota", "Kasschuiven", "Najaarsnota"),
            ["Overboekingen Voorjaarsnota", "Kasschuiven Najaarsnota"],
            True,
        ),
    ],
)
def test_capitalised_lines_between_dated_headings_part_into_the_cells_the_rows_leave(
    run: tuple[str, ...], columns: list[str], doubted: bool
) -> None:
    """Four capitalised lines between two dated headings over rows of four values: joined
    whole they make three headings, apart six, so the rows leave the run two cells. The
    run is parted where its cells open: where its first line is printed again, or where
    lines open with a column's word; where nothing tells, into cells of as many lines
    each, with a warning. The rows fix the cells: before, no table was read and every cell
    was lost."""
    _tables, cells, warnings = read_text(_reports("Begroting 2024", *run, "Stand 2024"))
    grid = cell_grid(cells)
    assert len(cells) == 12
    labels = ["Begroting 2024", *columns, "Stand 2024"]
    assert [grid[("Onderhoud", label)] for label in labels] == ["22.500", "– 900", "260", "21.860"]
    assert any("which lines head which" in w.reason for w in warnings) == doubted
    assert not any("heads none of the" in w.reason for w in warnings)


@pytest.mark.parametrize(
    ("heading", "columns"),
    [
        # heading lines that fit the count each head a column, as before
        (
            ("Begroting 2024", "Mutaties", "Kasschuiven", "Stand 2024"),
            ["Begroting 2024", "Mutaties", "Kasschuiven", "Stand 2024"],
        ),
        # the run joined whole where that fits, as before
        (
            ("Begroting 2024", "Mutaties", "Voorjaarsnota", "Bijstelling 2024", "Stand 2024"),
            ["Begroting 2024", "Mutaties Voorjaarsnota", "Bijstelling 2024", "Stand 2024"],
        ),
        # a dated title and prose above a caption-less heading of periods: no heading's
        (
            (
                "Jaarverslag 2024",
                "Toelichting op de cijfers",
                "Overzicht per programma",
                "Realisatie 2023",
                "Begroting 2024",
                "Realisatie 2024",
                "Raming 2025",
            ),
            ["Realisatie 2023", "Begroting 2024", "Realisatie 2024", "Raming 2025"],
        ),
    ],
)
def test_heading_lines_that_fit_the_count_keep_their_headings(
    heading: tuple[str, ...], columns: list[str]
) -> None:
    """The near forms: heading lines between dated headings that fit the rows' count apart,
    or joined whole, head the columns as before, without a warning; lines above the first
    dated heading (a page's title, prose) head none."""
    text = _reports(*heading)
    if heading[0].startswith("Jaarverslag"):
        text = text.split("\n", 1)[1]  # no caption
    _tables, cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert len(cells) == 12
    assert [grid[("Onderhoud", label)] for label in columns] == ["22.500", "– 900", "260", "21.860"]
    assert not any("which lines head which" in w.reason for w in warnings)


def test_a_lone_column_number_between_a_label_and_a_code_heading_reads_no_table() -> None:
    """The property test's find: a column number alone among the heading cells, with no row
    of periods above it, left the reader of headings over a periods' row zero-wide rows to
    cut the block into, and extraction stopped on the error. It is no table."""
    cells, _, warnings = read_text(cells_per_line("Regeling A", "(3)=(1+2)", "Art.", "2023", "10"))
    assert cells == []
    assert warnings == []


def _flexibility(*rows: str) -> str:
    """A budget flexibility table flattened one cell per line: an empty corner, the year
    and "in %" over numbered rows, each a label, its amount and its share of the third (an
    empty cell where it has none)."""
    head = ("Tabel 4.2 Budgetflexibiliteit (x € 1.000)", " ", "2026", "in %")
    return cells_per_line(*head, *rows)


def test_a_percent_line_closing_the_headings_heads_the_column_of_percent_cells() -> None:
    """A budget flexibility table: "2026" / "in %" over rows whose amount is followed by
    its share printing its percent sign ("2. Waarvan juridisch verplicht" / "1 840 210" /
    "96%"; the first rows print no share, an empty cell). The line saying a percentage heads
    the column of shares, the caption saying the amounts' unit: read as the table's note
    closing the heading block, the rows printed two values under one heading and no table
    was read (said nowhere)."""
    text = _flexibility(
        "1. Totaal geraamde uitgaven", "1 920 400", " ",
        "2. Waarvan juridisch verplicht", "1 840 210", "96%",
        "3. Waarvan bestuurlijk gebonden", "61 410", "3%",
        "4. Waarvan nog niet ingevuld", "18 780", "1%",
    )  # fmt: skip
    [table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("1. Totaal geraamde uitgaven", "2026")] == "1 920 400"
    assert grid[("2. Waarvan juridisch verplicht", "in %")] == "96%"
    assert grid[("4. Waarvan nog niet ingevuld", "2026")] == "18 780"
    assert len(cells) == 7 and table["unit_label"] == "x € 1.000"


@pytest.mark.parametrize("sign", ["", "%"])
def test_a_percent_line_closing_the_headings_over_percentages_stays_the_tables_note(
    sign: str,
) -> None:
    """Near forms that read as before: "in %" closing the headings of two periods over rows
    whose every figure is a percentage, printed bare or each with its sign, says the table's
    unit and heads no column."""
    text = cells_per_line(
        "Tabel 5 Dekkingsgraad", "Reserve", "Saldo 2025", "Saldo 2026", "in %",
        "Algemene reserve", f"112,4{sign}", f"108,7{sign}",
        "Reserve Mobiliteit", f"81,2{sign}", f"67,9{sign}",
        "Reserve Sociaal Domein", f"40,5{sign}", f"42,0{sign}",
    )  # fmt: skip
    tables, cells, _warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {"Saldo 2025", "Saldo 2026"}
    assert cell_grid(cells)[("Reserve Mobiliteit", "Saldo 2026")] == f"67,9{sign}"
    assert [table["unit_label"] for table in tables] == ["%"]


def test_a_number_under_every_column_keeps_the_groups_over_the_repeated_years() -> None:
    """The same heading whose number row numbers every column, the later years too ("(1)"
    ... "(3)=(1)+(2)" / "(4)" ... "(7)"), only the corner's cell empty: the numbers still
    say each repeat is a column of its own, so each takes its group and the group left
    spans the later years, each year keeping its number. Before, the group row was lost
    and the columns kept their years and numbers alone ("2025 (1)")."""
    text = _three_row_suppletoire(
        [
            "Vastgestelde begroting", "Mutatie 1e suppletoire begroting",
            "Stand 1e suppletoire begroting", "Mutatie 1e suppletoire begroting",
        ],
        ["(1)", "(2)", "(3)=(1)+(2)", "(4)", "(5)", "(6)", "(7)"],
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Vastgestelde begroting 2025 (1)")] == "498.200"
    assert grid[("Huurtoeslag", "Stand 1e suppletoire begroting 2025 (3)=(1)+(2)")] == "495.050"
    assert grid[("Uitgaven", "Mutatie 1e suppletoire begroting 2026 (4)")] == "2.400"
    assert grid[("Verplichtingen", "Mutatie 1e suppletoire begroting 2029 (7)")] == "7.000"
    assert len(cells) == 21


def test_a_number_row_one_short_of_every_column_names_no_groups_over_the_years() -> None:
    """The near form: six numbers under seven columns, the last cell empty: neither one
    under each repeat nor one under every column, so no group is set over a repeat."""
    text = _three_row_suppletoire(
        [
            "Vastgestelde begroting", "Mutatie 1e suppletoire begroting",
            "Stand 1e suppletoire begroting", "Mutatie 1e suppletoire begroting",
        ],
        ["(1)", "(2)", "(3)=(1)+(2)", "(4)", "(5)", "(6)", " "],
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert "Vastgestelde begroting 2025 (1)" not in {c["column_label"] for c in cells}


def _realised_with_notes(note_heading: str, notes: tuple[str, str, str]) -> str:
    """A jaarverslag's budgetary table printed one cell per line, no blank line between: a
    group row after the empty corner ("Realisatie" spanning three years, "Vastgestelde
    begroting", "Verschil", then ``note_heading``) over the years and an empty cell, each
    row ending in its cell under the last heading (``notes``: a note's number or a space)."""
    return "\n".join(
        [
            "Tabel 5.3 Budgettaire gevolgen van beleid (x € 1 000)", " ",
            "Realisatie", "Vastgestelde begroting", "Verschil", note_heading,
            " ", "2010", "2011", "2012", "2012", "2012", " ",
            "Verplichtingen", "41 200", "39 850", "37 400", "38 000", "– 600", " ",
            "Uitgaven", "40 100", "38 900", "36 200", "38 000", "– 1 800", notes[0],
            "Subsidies", "12 300", "11 050", " ", "2 000", "– 2 000", notes[1],
            "Opdrachten", "27 800", "27 850", "36 200", "36 000", "200", notes[2],
            "Ontvangsten", "1 400", "1 250", "1 180", "1 000", "180", " ",
        ]
    )  # fmt: skip


def test_a_note_column_after_the_groups_takes_the_note_numbers_ending_the_rows() -> None:
    """A note column headed last in the group row ("Noot", over an empty cell): the rows
    whose note is printed end in its number ("1", "2"), the others in an empty cell. The
    number is the note column's cell, as the column's heading says, not a value: the rows
    print as many values as the years, and the groups before them head them ("Realisatie"
    the first three). Counted as a column, the numbers widened the rows one column past
    the years, "Verschil" headed the first year's values and every year moved a column."""
    _tables, cells, _warnings = read_text(_realised_with_notes("Noot", ("1", "2", "3")))
    grid = cell_grid(cells)
    assert grid[("Verplichtingen", "Realisatie 2010")] == "41 200"
    assert grid[("Opdrachten", "Realisatie 2012")] == "36 200"
    assert grid[("Opdrachten", "Vastgestelde begroting 2012")] == "36 000"
    assert grid[("Uitgaven", "Verschil 2012")] == "– 1 800"
    assert {c["value_text"] for c in cells if c["row_label"] == "Opdrachten"} == {
        "27 800", "27 850", "36 200", "36 000", "200",
    }  # fmt: skip
    assert len(cells) == 24


@pytest.mark.parametrize(
    ("heading", "notes"),
    [("Noot", ("1", "3", "4")), ("Ref.", ("2", "3", "5")), ("Toelichting", ("1", "2", "3"))],
)
def test_note_numbers_in_order_under_a_note_heading_or_gapless_are_no_values(
    heading: str, notes: tuple[str, str, str]
) -> None:
    """Under a heading naming notes ("Noot", "Ref.") the numbers ending the rows in order
    are the notes', gaps and all (a note to no row); under another text column
    ("Toelichting") where they run 1, 2, 3 without a gap: the years keep their groups."""
    _tables, cells, _warnings = read_text(_realised_with_notes(heading, notes))
    assert cell_grid(cells)[("Opdrachten", "Realisatie 2012")] == "36 200"
    assert len(cells) == 24


def test_small_numbers_with_gaps_under_a_text_column_naming_no_notes_stay_values() -> None:
    """The near form: under a text column naming no notes ("Toelichting") the small
    numbers ending the rows skip ("2", "3", "5"): no notes' numbers running 1, 2, 3, so
    they stay values of the last column (they were taken off under any text column)."""
    _tables, cells, _warnings = read_text(_realised_with_notes("Toelichting", ("2", "3", "5")))
    assert "5" in {c["value_text"] for c in cells if c["row_label"] == "Opdrachten"}
    assert len(cells) == 27


def test_amounts_ending_the_rows_before_a_text_column_of_words_stay_values() -> None:
    """The near form: a text column of words headed after the values ("Toelichting"), an
    undated column before the years ("Stand ontwerpbegroting"): the rows end in amounts,
    no note's numbers, and each row's text cell is a word of its own, so the rows still
    print a value more than the years, and the undated column keeps its heading."""
    text = "\n".join(
        [
            "Tabel 2 Investeringen (x € 1.000)",
            "Omschrijving", "Stand ontwerpbegroting", "2025", "2026", "Toelichting",
            "Dijkversterking", "12.400", "13.100", "13.800", "nieuw",
            "Kademuren", "4.200", " ", "4.500", "vertraagd",
            "Sluizen", "8.100", "8.300", " ", "vervallen",
            "Gemalen", "2.000", "2.100", "2.200", "ongewijzigd",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Dijkversterking", "Stand ontwerpbegroting")] == "12.400"
    assert grid[("Dijkversterking", "2026")] == "13.800"
    assert grid[("Kademuren", "2026")] == "4.500"
    assert ("Kademuren", "2025") not in grid
    assert len(cells) == 10


def _mutations(group: str) -> str:
    """Spending changes per chapter one cell per line under a heading of ``group`` and
    three leaves, no corner printed: each row a label and three cells."""
    lines = ["Tabel 1.3.1 Uitgavenmutaties per hoofdstuk (in mln euro)", ""]
    lines += [group, "", "Beleidsmatig", "", "Technisch", "", "Totaal", ""]
    lines += ["IV Koninkrijksrelaties", "", "12,5", "", " ", "", "12,5", ""]
    lines += ["VI Justitie en Veiligheid", "", "96,0", "", "‒ 212,7", "", "‒ 116,7", ""]
    lines += ["Totaal", "", "108,5", "", "‒ 212,7", "", "‒ 104,2"]
    return "\n".join(lines)


def test_a_year_alone_over_leaves_of_words_is_their_group() -> None:
    """A year printed alone right before three leaves of words ("2022" / "Beleidsmatig" /
    "Technisch" / "Totaal"), the rows a label and three values: a group row whose year
    spans every column, its empty corners left out; a year names no labels, so each leaf
    takes it ("2022 Beleidsmatig"). It was dropped."""
    cells = read_text(_mutations("2022"))[1]
    grid = cell_grid(cells)
    assert grid[("VI Justitie en Veiligheid", "2022 Technisch")] == "‒ 212,7"
    assert grid[("Totaal", "2022 Totaal")] == "‒ 104,2"


def test_a_word_alone_over_leaves_of_words_names_no_group() -> None:
    """The near form: a word there ("Hoofdstuk") is the labels' heading; the leaves keep
    their own words, as before."""
    cells = read_text(_mutations("Hoofdstuk"))[1]
    assert {c["column_label"] for c in cells} == {"Beleidsmatig", "Technisch", "Totaal"}


def test_a_year_alone_over_dated_leaves_names_no_group() -> None:
    """The near form: a year alone over leaves of which one names a period of its own
    ("2022" / "<Kop>" / "<Kop>" / "<Kop> 2023"): the leaves' own dates say which year each
    column holds, so the year is no group over them and the leaves keep their words (each
    was named "2022 ..." without ``year_over_leaves``' refusal of dated leaves)."""
    lines = ["Tabel 1.3.1 Uitgavenmutaties per hoofdstuk (in mln euro)", ""]
    lines += ["2022", "", "Begroting", "", "Mutatie", "", "Stand 2023", ""]
    lines += ["IV Koninkrijksrelaties", "", "12,5", "", "3,0", "", "15,5", ""]
    lines += ["Totaal", "", "108,5", "", "‒ 209,7", "", "‒ 101,2"]
    cells = read_text("\n".join(lines))[1]
    assert {c["column_label"] for c in cells} == {"Begroting", "Mutatie", "Stand 2023"}


def test_a_year_alone_over_rows_of_months_heads_the_labels() -> None:
    """A year printed alone before three leaves of words ("2024" / "Uitgaven" /
    "Ontvangsten" / "Saldo") over rows naming months ("Januari", "Februari"): the months
    are that year's, so the year is the labels' heading and no group over the columns. Each
    column was named '2024 Uitgaven' .... (A year over rows of chapters, the test above,
    still heads the columns.)"""
    lines = ["Tabel 1.3.2 Kasuitgaven en -ontvangsten per maand (in mln euro)", ""]
    lines += ["2024", "", "Uitgaven", "", "Ontvangsten", "", "Saldo", ""]
    lines += ["Januari", "", "31.204,5", "", "28.410,2", "", "‒ 2.794,3", ""]
    lines += ["Februari", "", "29.880,1", "", "30.115,7", "", "235,6"]
    cells = read_text("\n".join(lines))[1]
    assert {c["column_label"] for c in cells} == {"Uitgaven", "Ontvangsten", "Saldo"}
    assert cell_grid(cells)[("Februari", "Saldo")] == "235,6"


def _balance(corner: str, headings: tuple[str, ...], rows: list[tuple[str, ...]], gap: str) -> str:
    """An agency's balance a cell per line (``gap`` between cells: a blank line or none):
    ``corner`` over the labels, then ``headings``, then ``rows`` a cell each."""
    cells = ["Tabel 7 Balans per 31 december (bedragen x € 1.000)", corner, *headings]
    cells += [cell for row in rows for cell in row]
    cells += ["Toelichting op de balans", "De activa betreffen zelf ontwikkelde software."]
    return gap.join(cells)


_NOTED_ASSETS = [
    ("Immateriële activa", "1", "1.812", "2.145"),
    ("Materiële activa", "2", "38.406", "36.978"),
    ("Debiteuren", "3", "2.731", "3.104"),
    ("Nog te ontvangen", "3", "1.159", "877"),
    ("Liquide middelen", "4", "14.662", "11.530"),
    ("Totaal activa", " ", "58.770", "54.634"),
]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
@pytest.mark.parametrize("note", ["Noot", "Ref."])
def test_a_note_column_headed_before_the_values_holds_no_values(gap: str, note: str) -> None:
    """A note column headed between the labels' corner and the periods ("Activa" / "Noot" /
    "31-12-2024" / "31-12-2023"): each row prints its note's number, in order, or an empty
    cell, between its label and its values. The number is no value: read as one, the note
    column was the first value column, the corner's word ("Activa") heading the next, every
    value a column over and the last one lost."""
    text = _balance("Activa", (note, "31-12-2024", "31-12-2023"), _NOTED_ASSETS, gap)
    cells = read_text(text)[1]
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == {"31-12-2024", "31-12-2023"}
    assert grid[("Immateriële activa", "31-12-2024")] == "1.812"
    assert grid[("Nog te ontvangen", "31-12-2023")] == "877"
    assert grid[("Totaal activa", "31-12-2024")] == "58.770"
    assert len(cells) == 12
    assert row_parents(cells)["Debiteuren"] == "Totaal activa"


def test_numbers_out_of_order_under_a_note_heading_before_the_values_stay_cells() -> None:
    """The near form: the rows' first cells under "Noot" headed before the values do not
    number the rows in order ("3", "1", "4", "2", "5"): they are no notes' numbers the
    rule takes off the runs; each stays a cell, read as before (the row's first value)."""
    numbers = ("3", "1", "4", "2", "5", " ")
    rows = [
        (label, number, *amounts)
        for (label, _n, *amounts), number in zip(_NOTED_ASSETS, numbers, strict=True)
    ]
    text = _balance("Activa", ("Noot", "31-12-2024", "31-12-2023"), rows, "\n\n")
    grid = cell_grid(read_text(text)[1])
    assert grid[("Debiteuren", "31-12-2024")] == "4"


def _assets_missing_note_cells(total_note: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Assets under "Noot" whose "Voorraden" prints no note's cell, not even an empty one
    (its small values "3" / "4" continuing the notes' count), the total ``total_note``
    (an empty cell, or none) before its two amounts."""
    return [
        ("Immateriële activa", "1", "1.812", "2.145"),
        ("Materiële activa", "2", "38.406", "36.978"),
        ("Voorraden", "3", "4"),
        ("Debiteuren", "3", "2.731", "3.104"),
        ("Nog te ontvangen", "4", "5", "877"),
        ("Liquide middelen", "5", "14.662", "11.530"),
        ("Totaal activa", *total_note, "57.619", "54.638"),
    ]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_note_column_before_the_values_holds_no_values_where_the_total_prints_no_cell(
    gap: str,
) -> None:
    """A row may print no note's cell at all, not even an empty line ("Totaal activa" /
    "57.619" / "54.638"): a row printing no more cells than the columns headed after the
    note's has none of its cells a note's. Taken as the rows' note, the total's first
    amount broke the notes' count: every note's number was read as a value, every value a
    column over and the last lost."""
    rows = _assets_missing_note_cells(())
    text = _balance("Activa", ("Noot", "31-12-2024", "31-12-2023"), rows, gap)
    cells = read_text(text)[1]
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == {"31-12-2024", "31-12-2023"}
    assert grid[("Immateriële activa", "31-12-2024")] == "1.812"
    assert grid[("Nog te ontvangen", "31-12-2024")] == "5"
    assert grid[("Voorraden", "31-12-2023")] == "4"
    assert grid[("Totaal activa", "31-12-2023")] == "54.638"
    assert len(cells) == 14


def test_small_values_of_a_row_printing_no_note_cell_stay_values_under_a_noted_total() -> None:
    """The near form: the total prints its empty note cell (" "), "Voorraden" none: its
    small values continuing the notes' count ("3" / "4") stay its values, as before."""
    rows = _assets_missing_note_cells((" ",))
    text = _balance("Activa", ("Noot", "31-12-2024", "31-12-2023"), rows, "\n\n")
    grid = cell_grid(read_text(text)[1])
    assert grid[("Voorraden", "31-12-2024")] == "3"
    assert grid[("Voorraden", "31-12-2023")] == "4"
    assert grid[("Totaal activa", "31-12-2024")] == "57.619"


def test_small_values_under_a_note_column_headed_after_them_stay_values() -> None:
    """The near form: the note column headed after the periods ("31-12-2024" /
    "31-12-2023" / "Noot"), each row printing its note's number after its values: a row's
    first figure is its first period's value, small as it is ("12"), not a note's number."""
    rows = [
        ("Immateriële activa", "12", "15", "1"),
        ("Materiële activa", "27", "31", "2"),
        ("Debiteuren", "38", "36", "3"),
        ("Totaal activa", "77", "82", " "),
    ]
    cells = read_text(_balance("Activa", ("31-12-2024", "31-12-2023", "Noot"), rows, "\n\n"))[1]
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == {"31-12-2024", "31-12-2023"}
    assert grid[("Immateriële activa", "31-12-2024")] == "12"
    assert grid[("Debiteuren", "31-12-2023")] == "36"
    assert len(cells) == 8


def test_a_group_row_over_rows_printing_notes_before_their_values_stays_a_group() -> None:
    """The near form: a group row opens the rows under "Noot" ("Wetsvoorstel A" over
    "<Maatregel>" / "1" / values), printed right under the headings without values of its
    own: the first row's values fill the columns the headings name after the note's, so
    the group's label heads no column and stays the parent of its rows."""
    cells_ = ["Tabel 1 Budgettaire gevolgen (bedragen in miljoenen euro)"]
    cells_ += ["Maatregel", "Noot", "2026", "2027", "2028", "Structureel"]
    cells_ += ["Wetsvoorstel A"]
    cells_ += ["Verlaging tarief", "1", "−1.310", "−1.342", "−1.371", "−1.452"]
    cells_ += ["Verhoging korting", " ", "−402", "−410", "−418", "−439"]
    cells_ += ["Aanpassing box 3", "2", "254", "261", "268", "289"]
    cells_ += ["Totaal wetsvoorstel A", " ", "−1.458", "−1.491", "−1.521", "−1.602"]
    cells_ += ["1 Inclusief de doorwerking in de toeslagen."]
    cells = read_text("\n".join(cells_))[1]
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == {"2026", "2027", "2028", "Structureel"}
    assert grid[("Verlaging tarief", "2026")] == "−1.310"
    assert grid[("Aanpassing box 3", "Structureel")] == "289"
    assert row_parents(cells)["Verhoging korting"] == "Wetsvoorstel A"


def test_a_group_row_over_coded_rows_after_the_periods_heads_no_column() -> None:
    """A plain text layer prints a programme's number in a cell of its own before its name,
    and a value-less group row ("Lasten") bare under the periods' headings: each row's run
    ends in the next row's number, so the rows seemed a value wider than the periods, the
    group row was read as the last heading and each number as its row's last value. The
    first row's code before its label says every row opens with one: the periods head the
    values, the group row heads rows, each number is its row's code."""
    text = cells_per_line(
        "Tabel 3.1 Overzicht baten en lasten per programma (bedragen x € 1.000)",
        "Programma", "Rekening\n2023", "Begroting\n2024", "Raming\n2025",
        "Lasten",
        "0", "Bestuur en ondersteuning", "21.000", "19.771", "20.870",
        "1", "Veiligheid", "5.600", "5.735", "6.000",
        "2", "Verkeer, vervoer en waterstaat", "9.800", "10.211", "9.397",
        "Totaal lasten", "36.400", "35.717", "36.267",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("0 Bestuur en ondersteuning", "Rekening 2023")] == "21.000"
    assert grid[("1 Veiligheid", "Raming 2025")] == "6.000"
    assert grid[("Totaal lasten", "Begroting 2024")] == "35.717"
    assert {c["column_label"] for c in cells} == {"Rekening 2023", "Begroting 2024", "Raming 2025"}


def test_a_word_heading_a_column_after_the_periods_over_coded_rows_stays_a_heading() -> None:
    """Near form: the rows, codes apart, print a value more than there are periods: the
    word after them ("Verschil") heads that value's column, no group row."""
    text = cells_per_line(
        "Tabel 3.1 Overzicht lasten per programma (bedragen x € 1.000)",
        "Programma", "Rekening\n2023", "Begroting\n2024", "Verschil",
        "0", "Bestuur en ondersteuning", "21.000", "19.771", "1.229",
        "1", "Veiligheid", "5.600", "5.735", "-135",
        "2", "Verkeer, vervoer en waterstaat", "9.800", "10.211", "-411",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("1 Veiligheid", "Verschil")] == "-135"
    assert grid[("0 Bestuur en ondersteuning", "Rekening 2023")] == "21.000"
    assert {c["column_label"] for c in cells} == {"Rekening 2023", "Begroting 2024", "Verschil"}


def test_written_codes_leave_a_small_last_value_to_its_row() -> None:
    """Near form: codes written as text ("1." / "<Post>" / three values): no run ends in
    the next row's code, so a last value a small whole number ("360") is the row's own, and
    the three headings head three columns."""
    text = cells_per_line(
        "Tabel 52 Kasstroomoverzicht (bedragen x € 1.000)",
        "Begroting (1)", "Realisatie (2)", "Verschil (3)=(2)-(1)",
        "1.", "Rekening-courant 1 januari", "3.120", "3.480", "360",
        "2.", "Totaal operationele kasstroom", "850", "1.320", "470",
        "3.", "Totaal investeringskasstroom", "– 1.500", "– 1.169", "331",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("1. Rekening-courant 1 januari", "Verschil (3)=(2)-(1)")] == "360"
    assert grid[("2. Totaal operationele kasstroom", "Begroting (1)")] == "850"
    assert len({c["column_label"] for c in cells}) == 3


def test_a_group_row_over_coded_rows_under_word_headings_heads_no_column() -> None:
    """Cells one a line, no blank lines: a programme's code in a cell of its own before each
    item ("P1" / "<Item>" / two amounts), and a value-less group row bare under the
    headings. The labels' heading ("Omschrijving") and two headings more head the corner
    and the two values: the word after them is the group row, not the last column's
    heading (each amount went a column over, the first under the group's name)."""
    text = "\n".join(
        [
            "Tabel 4.7 Incidentele baten en lasten 2023", "Bedragen in €",
            "Programma", "Omschrijving", "Begroting na wijziging", "Realisatie",
            "Incidentele lasten",
            "P1", "Inhuur ondersteuning", "285.000", "312.480",
            "P3", "Herinrichting plein", "1.250.000", "1.086.215",
            "Totaal incidentele lasten", "1.535.000", "1.398.695",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("P1 Inhuur ondersteuning", "Begroting na wijziging")] == "285.000"
    assert grid[("P3 Herinrichting plein", "Realisatie")] == "1.086.215"
    assert {c["column_label"] for c in cells} == {"Begroting na wijziging", "Realisatie"}


@pytest.mark.parametrize("word", ["Verschil", "Mutatie"])
def test_a_column_word_past_the_headings_over_coded_rows_stays_a_heading(word: str) -> None:
    """Near form: the word past the values' headings over coded rows is one that heads a
    column however many rows print its cells ("Verschil", "Mutatie", ``column_word``): it
    stays a column's heading, no group row, as before."""
    text = "\n".join(
        [
            "Tabel 2.3 Incidentele lasten 2024", "Bedragen in €",
            "Programma", "Omschrijving", "Begroting", "Rekening",
            word,
            "P2", "Onderhoud wegen", "140.000", "152.300",
            "P4", "Inrichting park", "860.000", "815.750",
            "Totaal incidentele lasten", "1.000.000", "968.050",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert word in {c["column_label"] for c in cells}


def test_a_last_heading_over_coded_rows_under_word_headings_stays_a_heading() -> None:
    """Near form: as many headings after the labels' heading as the rows print values, the
    last right over the first code: it heads the last column, no group row."""
    text = "\n".join(
        [
            "Tabel 4.7 Incidentele lasten 2023", "Bedragen in €",
            "Programma", "Omschrijving", "Begroting na wijziging", "Realisatie",
            "P1", "Inhuur ondersteuning", "285.000", "312.480",
            "P3", "Herinrichting plein", "1.250.000", "1.086.215",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("P1 Inhuur ondersteuning", "Begroting na wijziging")] == "285.000"
    assert grid[("P3 Herinrichting plein", "Realisatie")] == "1.086.215"
    assert {c["column_label"] for c in cells} == {"Begroting na wijziging", "Realisatie"}


def test_rows_coded_as_text_under_numbered_groups_keep_small_last_values() -> None:
    """A plain text layer, one cell a line and no blank lines: groups numbered "0", "1"
    over rows coded as text ("0.1" / "Bestuur" / values), the first row printing real
    zeros and rows ending in a small saldo ("2", "1") right before the next code. The
    first row's code is no number as the group's is, so no run ends in the next row's
    code: the zeros and small saldi are values (every row lost its saldo, the values went a
    column over and rows were lost)."""
    text = "\n".join(
        (
            "Tabel 4.2 Lasten en baten per taakveld (bedragen x € 1.000)",
            "Taakveld", "Lasten", "Baten", "Saldo",
            "0", "Bestuur en ondersteuning",
            "0.1", "Bestuur", "0", "0", "0",
            "0.3", "Beheer overige gebouwen en gronden", "410", "412", "2",
            "0.8", "Overige baten en lasten", "125", "126", "1",
            "1", "Veiligheid",
            "1.1", "Crisisbeheersing en brandweer", "3.120", "0", "-3.120",
            "1.2", "Openbare orde en veiligheid", "1.455", "57", "-1.398",
            "Totaal taakvelden", "5.110", "595", "-4.515",
        )
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("0.1 Bestuur", "Saldo")] == "0"
    assert grid[("0.3 Beheer overige gebouwen en gronden", "Saldo")] == "2"
    assert grid[("0.8 Overige baten en lasten", "Lasten")] == "125"
    assert grid[("1.1 Crisisbeheersing en brandweer", "Baten")] == "0"
    assert grid[("Totaal taakvelden", "Saldo")] == "-4.515"
    assert row_parents(cells)["1.2 Openbare orde en veiligheid"] == "1 Veiligheid"
    assert {c["column_label"] for c in cells} == {"Lasten", "Baten", "Saldo"}


def test_rows_coded_by_numbers_under_numbered_groups_are_read_by_their_codes() -> None:
    """Near form: the rows print numbers for their codes as their groups do ("1" /
    "Veiligheid" / "11" / "Brandweer" / values): the codes are alike, every row opens with
    its number, and the small last values ("7", "2") stay the rows' own."""
    text = "\n".join(
        (
            "Tabel 3.1 Overzicht lasten per product (bedragen x € 1.000)",
            "Product", "Rekening 2023", "Begroting 2024", "Raming 2025",
            "1", "Veiligheid",
            "11", "Brandweer", "3.120", "3.200", "3.300",
            "12", "Openbare orde", "1.455", "1.500", "7",
            "2", "Verkeer",
            "21", "Wegen", "610", "612", "2",
            "Totaal", "5.185", "5.312", "3.309",
        )
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("12 Openbare orde", "Raming 2025")] == "7"
    assert grid[("21 Wegen", "Rekening 2023")] == "610"
    assert grid[("21 Wegen", "Raming 2025")] == "2"
    assert {c["column_label"] for c in cells} == {"Rekening 2023", "Begroting 2024", "Raming 2025"}


_VANISHING = (
    "Tabel 6.2 Verloop voorzieningen (bedragen x € 1.000)",
    "Omschrijving", "Saldo", "1-1-2024", "Dotaties", "Onttrekkingen", "Vrijval", "Saldo",
    "31-12-2024",
)  # fmt: skip


def test_rows_whose_empty_cells_vanish_are_as_wide_as_their_widest_rows() -> None:
    """A plain text layer (no -layout) prints a table of provisions one cell per line with
    no placeholder for an empty cell: most rows print four of the five values, one prints
    all five and so does the total. The five heading words, read apart, are as many as
    the widest rows print values: five columns, not the count most rows print (four),
    to which "Onttrekkingen" and "Vrijval" were joined as one heading, the full rows left
    out and the short ones shifted into it. The short rows' values are placed from the
    total, the one placement that makes it hold in every column."""
    text = "\n".join(
        [
            *_VANISHING,
            "Voorziening wachtgelden", "3.200", "400", "150", "3.450",
            "Voorziening bodem", "1.500", "200", "100", "50", "1.550",
            "Voorziening debiteuren", "2.000", "500", "250", "2.250",
            "Voorziening groot onderhoud", "700", "90", "30", "760",
            "Voorziening gebouwen", "1.200", "150", "80", "1.270",
            "Totaal voorzieningen", "8.600", "1.340", "280", "380", "9.280",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == {
        "Saldo 1-1-2024", "Dotaties", "Onttrekkingen", "Vrijval", "Saldo 31-12-2024",
    }  # fmt: skip
    assert grid[("Voorziening bodem", "Vrijval")] == "50"
    assert grid[("Totaal voorzieningen", "Onttrekkingen")] == "280"
    assert grid[("Voorziening wachtgelden", "Onttrekkingen")] == "150"
    assert grid[("Voorziening debiteuren", "Vrijval")] == "250"
    assert grid[("Voorziening gebouwen", "Vrijval")] == "80"
    assert grid[("Voorziening groot onderhoud", "Saldo 31-12-2024")] == "760"
    assert len(cells) == 26


@pytest.mark.parametrize("corner", [("Reserve",), ()])
def test_a_word_before_dated_headings_over_rows_whose_empty_cells_vanish_heads_the_labels(
    corner: tuple[str, ...],
) -> None:
    """A text layer that strips every cell (BeautifulSoup's ``get_text(strip=True)``) prints
    a reserves table one cell per line, its empty cells gone, under a corner word no
    vocabulary names ("Reserve"), then the five headings, the first dated: the two full
    rows print five values, one fewer than the heading words, so the word before the
    dated heading is the corner's and the table five columns wide (the rows were read
    three wide, and every full row left out). Near form: no corner word printed (it
    vanished too), the five headings as many as the full rows' values, as before."""
    text = "\n".join(
        [
            "Overzicht reserves (bedragen x € 1.000)",
            *corner,
            "Saldo 1-1-2024", "Toevoegingen", "Onttrekkingen", "Bestemming resultaat 2023",
            "Saldo 31-12-2024",
            "Algemene reserve", "18.400", "2.100", "3.050", "1.200", "18.650",
            "Reserve wegen", "4.300", "900", "3.400",
            "Reserve huisvesting", "2.750", "600", "450", "2.900",
            "Reserve groen", "1.000", "250", "1.250",
            "Reserve sport", "800", "300", "500",
            "Totaal reserves", "27.250", "2.950", "4.700", "1.200", "26.700",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Algemene reserve", "Bestemming resultaat 2023")] == "1.200"
    assert grid[("Totaal reserves", "Saldo 1-1-2024")] == "27.250"
    assert grid[("Totaal reserves", "Saldo 31-12-2024")] == "26.700"
    assert grid[("Reserve huisvesting", "Saldo 31-12-2024")] == "2.900"
    assert {c["column_label"] for c in cells} == {
        "Saldo 1-1-2024", "Toevoegingen", "Onttrekkingen", "Bestemming resultaat 2023",
        "Saldo 31-12-2024",
    }  # fmt: skip


def test_words_between_dated_headings_over_rows_none_wider_stay_one_heading() -> None:
    """The same heading block over rows that all print four values, none more: the words
    between the dated headings are a heading cell wrapped over two lines ("Onttrekkingen"
    / "Vrijval": one column), as before; only rows printing more values than the count
    most rows agree on widen a table."""
    text = "\n".join(
        [
            *_VANISHING,
            "Voorziening wachtgelden", "3.200", "400", "150", "3.450",
            "Voorziening debiteuren", "2.000", "500", "250", "2.250",
            "Totaal voorzieningen", "5.200", "900", "400", "5.700",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Totaal voorzieningen", "Onttrekkingen Vrijval")] == "400"
    assert grid[("Voorziening debiteuren", "Saldo 31-12-2024")] == "2.250"
    assert len(cells) == 12


_PAGE_TITLES = ("Kop die voor de hele site geldt", "4. Beleidsartikelen", "12 Zorg en welzijn")


def _suppletoire_under_page_titles(
    caption: str, *named: str, titles: tuple[str, ...] = _PAGE_TITLES
) -> dict[tuple[str, str], str]:
    """The cells, by row and column, of a suppletoire's stand table printed one cell per line
    under the page's ``titles`` and ``caption``, then the lines ``named`` (the article's
    name over the labels), its column numbers stopping after the third."""
    text = cells_per_line(
        *titles,
        caption, *named,
        "Stand ontwerpbegroting 2014", "Mutaties 1e suppletoire begroting 2014",
        "Stand 1e suppletoire begroting 2014", "Mutatie 2015", "Mutatie 2016",
        " ", "(1)", "(2)", "(3)=(1+2)", "   ",
        "VERPLICHTINGEN", "210 400", "– 2 100", "208 300", "1 500", "– 300",
        "UITGAVEN", "205 900", "1 100", "207 000", "900", "– 300",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    return cell_grid(cells)


def test_a_caption_saying_the_unit_opens_the_headings_of_periods_under_it() -> None:
    """A page prints its titles, then a caption without a table number that closes on the
    table's unit, then the headings of the periods right under it, no blank corner cell
    between, and a row of column numbers that stops after the numbered columns ("(1)" /
    "(2)" / "(3)=(1+2)" / one whitespace line for the rest). The caption opens the
    headings: the titles above it are the page's, no group of the columns (they were
    joined to the leaves as group words, "3. Beleidsartikelen Mutaties ... (2)")."""
    grid = _suppletoire_under_page_titles("Budgettaire gevolgen van beleid (bedragen x € 1 000)")
    assert {column for _row, column in grid} == {
        "Stand ontwerpbegroting 2014 (1)", "Mutaties 1e suppletoire begroting 2014 (2)",
        "Stand 1e suppletoire begroting 2014 (3)=(1+2)", "Mutatie 2015", "Mutatie 2016",
    }  # fmt: skip
    assert grid[("UITGAVEN", "Stand 1e suppletoire begroting 2014 (3)=(1+2)")] == "207 000"
    assert grid[("VERPLICHTINGEN", "Mutatie 2016")] == "– 300"


def test_a_caption_saying_the_unit_over_the_article_s_name_opens_the_headings() -> None:
    """The same caption with the article's name printed on a line of its own under it,
    over the labels ("12 Zorg en welzijn"), then the headings of the periods: the caption
    still opens the headings, the name between it and them no period's heading. Read on
    past it, the page's titles, the caption and the name, one more than the numbered
    columns, were read as their groups, and joined to the leaves ("4.2 Artikel 12 Zorg en
    welzijn Mutaties 1e suppletoire begroting 2014 (2)")."""
    grid = _suppletoire_under_page_titles(
        "Budgettaire gevolgen van beleid (bedragen x € 1 000)",
        "12 Zorg en welzijn",
        titles=("Kop die voor de hele site geldt", "4.2 Artikel 12 Zorg en welzijn"),
    )
    assert {column for _row, column in grid} == {
        "Stand ontwerpbegroting 2014 (1)", "Mutaties 1e suppletoire begroting 2014 (2)",
        "Stand 1e suppletoire begroting 2014 (3)=(1+2)", "Mutatie 2015", "Mutatie 2016",
    }  # fmt: skip
    assert grid[("UITGAVEN", "Mutaties 1e suppletoire begroting 2014 (2)")] == "1 100"


@pytest.mark.parametrize("last", ["Saldo 2024", "Saldo"])
def test_a_heading_closing_on_its_unit_before_words_heads_its_column(last: str) -> None:
    """Near form: a column's heading closing on its unit in a word ("Lasten (x € 1.000)"),
    then a heading of words and a heading of words with or without a period ("Baten" /
    "Saldo 2024", "Saldo"), names its column, no caption opening the headings: the columns
    keep all three headings."""
    text = cells_per_line(
        "Programma", "Lasten (x € 1.000)", "Baten", last,
        "Bestuur", "4.100", "1.200", "– 2.900",
        "Veiligheid", "6.300", "500", "– 5.800",
        "Onderwijs", "9.800", "2.300", "– 7.500",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert {column for _row, column in grid} == {"Lasten (x € 1.000)", "Baten", last}
    assert grid[("Veiligheid", "Lasten (x € 1.000)")] == "6.300"


def _balance_under_a_dated_caption(caption: str) -> str:
    """An agentschap's balance one cell per line under the page's titles and ``caption``,
    the labels' blank corner, then its two dates' headings; value-less headings print two
    spaces (n spaces for n cells)."""
    return cells_per_line(
        "Kop die voor de hele site geldt", "Agentschap Meteo", "5.2 Balans",
        caption, " ", "Balans per 31-12-2024", "Balans per 31-12-2023",
        "Activa", "  ",
        "Materiële activa", "12.410", "11.870",
        "Debiteuren", "1.215", "1.490",
        "Liquide middelen", "6.004", "4.720",
        "Totaal activa", "19.629", "18.080",
        "Passiva", "  ",
        "Eigen vermogen", "3.100", "2.950",
        "Crediteuren", "16.529", "15.130",
        "Totaal passiva", "19.629", "18.080",
    )  # fmt: skip


def test_a_caption_naming_its_date_and_unit_over_the_blank_corner_opens_the_headings() -> None:
    """A balance's caption names its date and closes on the unit ("Balans per 31 december
    2024 (bedragen x € 1.000)"), the labels' blank corner after it: it names its table, so
    it opens the headings as a caption naming no period does. Read as a heading of a
    period, it took the first of three columns, every row printed two values for three
    and was left out, and the page's title named the table."""
    tables, cells, _warnings = read_text(
        _balance_under_a_dated_caption("Balans per 31 december 2024 (bedragen x € 1.000)")
    )
    grid = cell_grid(cells)
    assert {column for _row, column in grid} == {"Balans per 31-12-2024", "Balans per 31-12-2023"}
    assert grid[("Debiteuren", "Balans per 31-12-2023")] == "1.490"
    assert len(cells) == 14
    assert tables[0]["title"].startswith("Balans per 31 december 2024")


def test_a_heading_naming_its_period_and_unit_in_two_words_heads_its_column() -> None:
    """Near form: a column's heading naming its period and unit in a word or two ("Saldo
    2024 (x € 1.000)"), before a heading row's empty cell, is no caption: it heads the
    first of the three columns, as before."""
    text = cells_per_line(
        "Tabel 4 Saldi per programma",
        "Programma", "Saldo 2024 (x € 1.000)", " ", "Baten 2024", "Lasten 2024",
        "Bestuur", "– 2.900", "1.200", "4.100",
        "Veiligheid", "– 5.800", "500", "6.300",
        "Onderwijs", "– 7.500", "2.300", "9.800",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Veiligheid", "Saldo 2024 (x € 1.000)")] == "– 5.800"
    assert grid[("Onderwijs", "Lasten 2024")] == "9.800"


def _article_table(*titles: str) -> str:
    """A suppletoire's table for one article one cell per line under the page's ``titles``:
    a caption naming no article, then the article's number and name on a line of its own
    over the labels, then the headings."""
    return cells_per_line(
        *titles,
        "Budgettaire gevolgen van beleid (bedragen x € 1.000)", "12 Zorg en welzijn",
        "Stand ontwerpbegroting 2014", "Mutatie 1e suppletoire begroting 2014",
        "Stand 1e suppletoire begroting 2014", "Mutatie 2015",
        "Verplichtingen", "210.400", "– 2.100", "208.300", "1.500",
        "Uitgaven", "205.900", "1.100", "207.000", "900",
    )  # fmt: skip


def test_the_article_s_name_under_a_caption_naming_no_article_goes_on_with_its_title() -> None:
    """A caption naming the table in general words and its unit ("Budgettaire gevolgen van
    beleid (bedragen x € 1.000)"), the article's number and name on a line of its own under
    it, heading no column ("12 Zorg en welzijn"): the name tells which article's table it
    is, so the title goes on with it (every article's table printed the same title)."""
    tables, cells, _warnings = read_text(
        _article_table("Kop die voor de hele site geldt", "4. Beleidsartikelen")
    )
    assert tables[0]["title"] == (
        "Budgettaire gevolgen van beleid (bedragen x € 1.000) 12 Zorg en welzijn"
    )
    assert cell_grid(cells)[("Uitgaven", "Mutatie 2015")] == "900"


def test_the_article_s_name_heading_the_page_above_the_caption_too_is_no_title() -> None:
    """Near form: the same name heads the page above the caption too ("12 Zorg en
    welzijn"): the page names the article there, the caption its table, and the title
    stays the caption's."""
    tables, _cells, _warnings = read_text(
        _article_table("12 Zorg en welzijn", "4. Beleidsartikelen")
    )
    assert tables[0]["title"] == "Budgettaire gevolgen van beleid (bedragen x € 1.000)"


def _reserves(last: str) -> str:
    """A plain text layer's table of reserves, one cell per line, nothing for an empty
    cell: each reserve either added to or drawn on (three values), the ``last`` row all
    four."""
    return "\n".join(
        [
            "Tabel 3.1 Verloop reserves (bedragen x € 1.000)",
            "Omschrijving", "Saldo", "1-1-2025", "Stortingen", "Onttrekkingen", "Saldo",
            "31-12-2025",
            "Algemene reserve", "12.000", "800", "12.800",
            "Reserve wegen", "3.100", "400", "2.700",
            "Reserve sport", "900", "150", "1.050",
            "Reserve cultuur", "1.400", "250", "1.150",
            last, "17.400", "950", "650", "17.700",
        ]
    )  # fmt: skip


def test_a_total_alone_printing_every_column_gives_the_tables_width() -> None:
    """Every reserve prints three values (an addition or a withdrawal), the total below
    them all four: the four heading words read apart are its count, and the reserves'
    middle values are placed by the total (they were read under a heading of the two
    middle words joined, the total left out)."""
    _tables, cells, _warnings = read_text(_reserves("Totaal reserves"))
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == {
        "Saldo 1-1-2025", "Stortingen", "Onttrekkingen", "Saldo 31-12-2025",
    }  # fmt: skip
    assert grid[("Algemene reserve", "Stortingen")] == "800"
    assert grid[("Reserve wegen", "Onttrekkingen")] == "400"
    assert grid[("Totaal reserves", "Onttrekkingen")] == "650"
    assert len(cells) == 16


def test_a_row_alone_printing_every_column_naming_no_total_gives_no_width() -> None:
    """Near form: the one row printing four values names no total ("Reserve haven"): one
    row wider than the rest is no evidence of the columns (a note's number may widen it),
    so the count most rows print stands, as before."""
    _tables, cells, _warnings = read_text(_reserves("Reserve haven"))
    assert "Stortingen" not in {c["column_label"] for c in cells}


def test_a_percent_line_closing_the_headings_heads_bare_shares_after_amounts() -> None:
    """The same table whose shares print no percent sign ("95,6"), the line "in %" saying
    them percentages: every row printing two values ends in a figure of one decimal up to
    a hundred after a whole amount, so the line heads that column, the caption saying the
    amounts' unit. Read as the table's note, the rows printed two values under one heading
    and no table was read."""
    text = _flexibility(
        "Totaal geraamde uitgaven", "1 920 400", " ",
        "Juridisch verplicht", "1 835 900", "95,6",
        "Bestuurlijk gebonden", "65 700", "3,4",
        "Nog niet ingevuld", "18 800", "1,0",
    )  # fmt: skip
    [table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Juridisch verplicht", "in %")] == "95,6"
    assert grid[("Nog niet ingevuld", "2026")] == "18 800"
    assert len(cells) == 7 and table["unit_label"] == "x € 1.000"


def test_a_percent_line_over_rows_ending_in_whole_amounts_heads_no_column() -> None:
    """Near form: a row ends in a whole amount ("2 100"), no bare share: the line says no
    column of shares and the table reads as before."""
    text = _flexibility(
        "Juridisch verplicht", "1 835 900", "95,6",
        "Bestuurlijk gebonden", "65 700", "2 100",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert "in %" not in {c["column_label"] for c in cells}


def test_a_heading_of_words_closing_on_its_unit_heads_its_column_before_a_period() -> None:
    """A column's heading closing on its unit in a word or two ("Lasten (x € 1.000)") with
    a period's heading after it ("Baten 2024") names its column, no caption naming the
    table: the table is read under both headings (it opened the headings after it, and the
    table went unread)."""
    text = cells_per_line(
        "Tabel 3 Lasten en baten per programma",
        "Programma", "Lasten (x € 1.000)", "Baten 2024",
        "Bestuur", "4.100", "1.200",
        "Veiligheid", "6.300", "500",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert {column for _row, column in grid} == {"Lasten (x € 1.000)", "Baten 2024"}
    assert grid[("Veiligheid", "Lasten (x € 1.000)")] == "6.300"
    assert grid[("Bestuur", "Baten 2024")] == "1.200"


def test_a_caption_of_three_words_closing_on_the_unit_opens_the_period_headings() -> None:
    """Near form: a caption naming the table in three words before its unit ("Uitgaven
    per artikel (bedragen x € 1 000)") over the periods' headings still opens them: the
    titles above it are no group of the columns."""
    grid = _suppletoire_under_page_titles("Uitgaven per artikel (bedragen x € 1 000)")
    assert {column for _row, column in grid} == {
        "Stand ontwerpbegroting 2014 (1)", "Mutaties 1e suppletoire begroting 2014 (2)",
        "Stand 1e suppletoire begroting 2014 (3)=(1+2)", "Mutatie 2015", "Mutatie 2016",
    }  # fmt: skip
    assert grid[("UITGAVEN", "Mutatie 2015")] == "900"


def _kengetallen(last_heading: str) -> str:
    """A municipal table of kengetallen printed one cell per line: the labels' heading, three
    dated headings, then ``last_heading``; the first two rows print an empty cell after
    their three values (" "), the others none."""
    return cells_per_line(
        "Tabel 7 Kengetallen financiële positie",
        "Kengetallen", "Jaarrekening 2023", "Begroting 2024", "Begroting 2025", last_heading,
        "Solvabiliteitsratio (in %)", "31%", "28%", "26%", " ",
        "Grondexploitatie (in %)", "4%", "3%", "3%", " ",
        "Belastingcapaciteit (in %)", "96%", "98%", "99%",
        "Structurele exploitatieruimte (in %)", "-1,2%", "0,4%", "0,8%",
        "De kengetallen worden elk jaar opnieuw berekend.",
    )  # fmt: skip


@pytest.mark.parametrize("norm", ["Norm", "Signaleringswaarde"])
def test_a_column_of_norms_left_empty_after_the_periods_heads_no_row(norm: str) -> None:
    """A table of kengetallen heads a column of norms after its three dated headings and
    prints none (empty cells in some rows, none at all in the others), each row printing
    exactly the three values the dated headings head. The norms' heading heads no value
    and is no group row: read as one, it became the parent of every row."""
    _tables, cells, _warnings = read_text(_kengetallen(norm))
    assert {c["column_label"] for c in cells} == {
        "Jaarrekening 2023", "Begroting 2024", "Begroting 2025",
    }  # fmt: skip
    assert cell_grid(cells)[("Structurele exploitatieruimte (in %)", "Begroting 2025")] == "0,8%"
    assert set(row_parents(cells).values()) == {None}
    assert len(cells) == 12


def test_a_group_word_after_the_periods_stays_the_first_rows_group() -> None:
    """Printed so with a word naming the rows after the dated headings ("Weerstand"), no
    heading of norms: the word is the first group row, the rows under it its items."""
    _tables, cells, _warnings = read_text(_kengetallen("Weerstand"))
    assert len(cells) == 12
    assert row_parents(cells)["Solvabiliteitsratio (in %)"] == "Weerstand"


def _overview_of_mutations(*headings: str, rows: list[tuple[str, ...]]) -> str:
    """A suppletoire overview of mutations printed one cell per line under ``headings``,
    each row a label and its cells, closed by a subtotal and the stand after it."""
    return cells_per_line(
        "Tabel 4 Overzicht belangrijkste uitgavenmutaties 2023 (bedragen x € 1.000)",
        *headings,
        "Stand ontwerpbegroting 2023", "812.400", *[" "] * (len(headings) - 2),
        "Belangrijkste mutaties:", "   ",
        *[cell for row in rows for cell in row],
        "Subtotaal mutaties", "– 6.200", *[" "] * (len(headings) - 2),
        "Stand na 2e suppletoire begroting 2023", "806.200", *[" "] * (len(headings) - 2),
    )  # fmt: skip


def test_a_code_column_then_a_text_column_after_the_values_each_print_a_cell_per_row() -> None:
    """A suppletoire overview prints, after its one value column, an article column ("Art.")
    and a text column of a few words per row ("Toelichting": "Uitstel naar 2025", "Hogere
    koers"): each row prints its amount, its article and its words. Both columns stand
    after the values, so each row prints two cells there, not one: counted as one, the
    article took the text's place and the words opened a value-less row, the parent of
    the row under it."""
    text = _overview_of_mutations(
        "Uitgaven", "2023", "Art.", "Toelichting",
        rows=[
            ("Kasschuif exportfaciliteit", "– 20.000", "3", "Uitstel naar 2025"),
            ("Bijdrage Wereldbank", "9.500", "1", "Hogere koers"),
            ("Noodhulp Syrië", "4.300", "4", "Aardbeving"),
            ("Overige mutaties", "0", "Div.", " "),
        ],
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert {c["row_label"] for c in cells} == {
        "Stand ontwerpbegroting 2023", "Kasschuif exportfaciliteit", "Bijdrage Wereldbank",
        "Noodhulp Syrië", "Overige mutaties", "Subtotaal mutaties",
        "Stand na 2e suppletoire begroting 2023",
    }  # fmt: skip
    assert parents["Bijdrage Wereldbank"] == parents["Kasschuif exportfaciliteit"]
    assert parents["Noodhulp Syrië"] == parents["Kasschuif exportfaciliteit"]
    assert {c["column_label"] for c in cells} == {"2023"}


def test_a_text_column_alone_after_the_values_prints_one_cell_per_row() -> None:
    """The same overview without an article column: the words after each row's amount are
    the one text column's cell, and the next text the next row's label."""
    text = _overview_of_mutations(
        "Uitgaven", "2023", "Toelichting",
        rows=[
            ("Kasschuif exportfaciliteit", "– 20.000", "Uitstel naar 2025"),
            ("Bijdrage Wereldbank", "9.500", "Hogere koers"),
            ("Noodhulp Syrië", "4.300", "Aardbeving"),
            ("Overige mutaties", "0", " "),
        ],
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert "Hogere koers" not in parents
    assert parents["Bijdrage Wereldbank"] == parents["Kasschuif exportfaciliteit"]
    assert len(cells) == 7


def test_a_text_column_then_a_code_column_after_the_values_each_print_a_cell_per_row() -> None:
    """The columns after the values the other way round: the text column ("Toelichting")
    first, the article column ("Art.") last. Each row prints its amount, its words and then
    its article; the article is its own row's cell, not the next row's code (read so, every
    row took the article of the row above it)."""
    text = _overview_of_mutations(
        "Uitgaven", "2023", "Toelichting", "Art.",
        rows=[
            ("Loonbijstelling", "12.800", "Cao-akkoord", "2"),
            ("Prijsbijstelling", "3.100", "Hogere index", "5"),
            ("Kasschuif subsidies", "– 25.000", "Naar 2026", "7"),
            ("Overige mutaties", "2.900", " ", "Div."),
        ],
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Prijsbijstelling", "2023")] == "3.100"
    assert grid[("Kasschuif subsidies", "2023")] == "– 25.000"
    assert not [c for c in cells if c["row_label"][:1].isdigit()]


def _mutations_coded_after(*heading: str) -> str:
    """A suppletoire begroting's belangrijkste mutaties one cell per line under the labels'
    heading and ``heading``: each row's amount, then (under a code heading) its article,
    mostly a number, the group rows a placeholder, a spacer row before the closing stand."""
    coded = heading[-1] == "Art."
    return cells_per_line(
        "Tabel 4 Belangrijkste suppletoire uitgavenmutaties 2024 (bedragen in € 1.000)",
        " ",
        "Omschrijving", *heading,
        "Stand 1e suppletoire begroting 2024", "842.100", "alle" if coded else "830.000",
        "Nieuwe mutaties", "   ",
        "Subsidie warmtenetten", "31.500", "14",
        "Bijdrage aan gemeenten", "12.200", "15",
        "Onderuitputting regelingen", "– 8.750", "14",
        "Technische mutaties", "   ",
        "Eindejaarsmarge", "6.180", "div" if coded else "0",
        "     ",
        "Stand 2e suppletoire begroting 2024", "883.230", " " if coded else "830.043",
        "Toelichting",
    )  # fmt: skip


def test_a_code_column_headed_after_the_one_period_holds_no_values() -> None:
    """Under "Omschrijving" / "2024" / "Art.", each row prints its article after its
    amount ("31.500" / "14", "6.180" / "div"): the code is no value, so one value column.
    Counted as values, the numbered articles outvoted the written ones: "Omschrijving"
    headed the amounts, "2024" the articles, and the rows with a written code were left
    out. The written code before the spacer row is its row's cell too, no label's."""
    _tables, cells, warnings = read_text(_mutations_coded_after("2024", "Art."))
    assert {c["column_label"] for c in cells} == {"2024"}
    grid = cell_grid(cells)
    assert grid[("Stand 1e suppletoire begroting 2024", "2024")] == "842.100"
    assert grid[("Subsidie warmtenetten", "2024")] == "31.500"
    assert grid[("Eindejaarsmarge", "2024")] == "6.180"
    assert len(cells) == 6 and not warnings
    assert row_parents(cells)["Eindejaarsmarge"] == "Technische mutaties"


def test_a_second_period_headed_last_holds_values() -> None:
    """The near form: a period headed last ("2024" / "2025") is a value column: each row's
    second figure is its value there, two columns as before."""
    _tables, cells, _warnings = read_text(_mutations_coded_after("2024", "2025"))
    assert {c["column_label"] for c in cells} == {"2024", "2025"}
    assert cell_grid(cells)[("Subsidie warmtenetten", "2025")] == "14"
    assert len(cells) == 12


def test_a_group_heading_ending_in_a_colon_heads_its_rows_however_long() -> None:
    """A page lists what other budgets spend on an article's aim under headings that are
    whole phrases ending in a colon, each printed in a row of its own, its empty cells a
    line of white space ("Ten laste van de begroting van <ministerie> (<hoofdstuk>):" /
    "         " / "<Regeling>" / values). Of eight words and more, such a line read as a
    sentence: the first ended the heading block over the rows (no table was read at all)
    and one further down ended the table there."""
    text = cells_per_line(
        "Tabel 3.2 Bijdragen van andere begrotingen artikel 3 (bedragen x € 1.000)", " ",
        "2024", "2025", "2026",
        "Ten laste van de begroting van Infrastructuur en Waterstaat (XII):", "         ",
        "Programma schone lucht", "1.200", "1.250", "1.300",
        "Regeling stille wegdekken", "640", "640", "610",
        "Ten laste van de begroting van Landbouw, Natuur en Voedselkwaliteit (XIV):", "         ",
        "Regeling bodemkwaliteit", "410", "405", "400",
        "Totaal bijdragen", "2.250", "2.295", "2.310",
    )  # fmt: skip
    [table], cells, _warnings = read_text(text, budget_year=2024)
    assert table["title"].startswith("Tabel 3.2 Bijdragen van andere begrotingen")
    assert table["unit_label"] == "x € 1.000"
    grid = cell_grid(cells)
    assert grid[("Programma schone lucht", "2024")] == "1.200"
    assert grid[("Regeling bodemkwaliteit", "2026")] == "400"
    assert grid[("Totaal bijdragen", "2025")] == "2.295"
    assert len(cells) == 4 * 3
    parents = row_parents(cells)
    xii = "Ten laste van de begroting van Infrastructuur en Waterstaat (XII):"
    assert parents["Regeling stille wegdekken"] == xii
    assert parents["Regeling bodemkwaliteit"].endswith("Voedselkwaliteit (XIV):")


def test_a_sentence_ending_in_a_colon_over_a_table_heads_no_rows() -> None:
    """Near form: a sentence ending in a colon right above a table's headings, a line of
    white space under it (the table's empty corner) and then the headings' years, no row:
    the paragraph's sentence opening the table, no heading of its rows nor of a column."""
    text = cells_per_line(
        "De middelen voor het programma worden in de komende jaren als volgt verdeeld:",
        "         ",
        "2024", "2025", "2026",
        "Programma schone lucht", "1.200", "1.250", "1.300",
        "Regeling stille wegdekken", "640", "640", "610",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text, budget_year=2024)
    assert {c["column_label"] for c in cells} == {"2024", "2025", "2026"}
    assert set(row_parents(cells).values()) == {None}
    assert len(cells) == 2 * 3


def test_a_corner_naming_the_labels_over_one_value_column_says_a_table() -> None:
    """A municipal overview printed a cell a line without a numbered caption: a title, the
    labels' heading ("Omschrijving") and one value column's heading closing on its unit,
    then a label and one amount per row. The corner's word naming what the rows are says a
    table stands there as a "Tabel N" caption does (a note and its figure print no such
    corner); required a numbered caption, the whole table was lost."""
    text = cells_per_line(
        "Overzicht investeringen 2026",
        "Omschrijving", "Bedrag (x € 1.000)",
        "Vervanging voertuigen", "1.640",
        "Renovatie sporthal", "1.250",
        "Herinrichting marktplein", "380",
        "Totaal", "3.270",
    )  # fmt: skip
    tables, cells, _warnings = read_text(text)
    assert [(t["title"], t["unit_label"]) for t in tables] == [
        ("Overzicht investeringen 2026", "x € 1.000")
    ]
    assert cell_grid(cells) == {
        ("Vervanging voertuigen", "Bedrag (x € 1.000)"): "1.640",
        ("Renovatie sporthal", "Bedrag (x € 1.000)"): "1.250",
        ("Herinrichting marktplein", "Bedrag (x € 1.000)"): "380",
        ("Totaal", "Bedrag (x € 1.000)"): "3.270",
    }
    assert row_parents(cells)["Renovatie sporthal"] == "Totaal"


def test_a_corner_naming_the_labels_after_a_code_columns_heading_over_one_value_column() -> None:
    """The same overview with a code column ("Nr." / "Omschrijving" / "Bedrag (x € 1.000)"),
    each row's code in a cell of its own before its label, a programme's row the total of
    its sub-codes' rows above them, the title printed right over the first heading: the
    codes are prepended to the labels, the programmes head their parts."""
    text = "Overzicht investeringen 2026\n" + cells_per_line(
        "Nr.", "Omschrijving", "Bedrag (x € 1.000)",
        "1", "Openbare ruimte", "2.020",
        "1.1", "Vervanging voertuigen", "1.640",
        "1.2", "Herinrichting marktplein", "380",
        "2", "Sport", "1.250",
        "2.1", "Renovatie sporthal", "1.250",
        " ", "Totaal", "3.270",
    )  # fmt: skip
    tables, cells, _warnings = read_text(text)
    assert [t["title"] for t in tables] == ["Overzicht investeringen 2026"]
    assert row_parents(cells) == {
        "1 Openbare ruimte": "Totaal",
        "1.1 Vervanging voertuigen": "1 Openbare ruimte",
        "1.2 Herinrichting marktplein": "1 Openbare ruimte",
        "2 Sport": "Totaal",
        "2.1 Renovatie sporthal": "2 Sport",
        "Totaal": None,
    }


def test_a_word_over_labels_and_one_figure_each_without_a_labels_corner_is_no_table() -> None:
    """Words over labels and one figure each, no caption and no corner naming the labels
    ("Kerncijfers" / "Aantal" / "Inwoners" / "34.512" / ...): as often a page's facts as a
    table, and left unread as before."""
    text = cells_per_line(
        "Gemeentegids", "Kerncijfers", "Aantal",
        "Inwoners", "34.512", "Woningen", "14.208", "Bedrijven", "2.110", "Totaal", "50.830",
    )  # fmt: skip
    tables, cells, _warnings = read_text(text)
    assert (tables, cells) == ([], [])


def _title_over(corner: str) -> str:
    """The one value column overview with its title printed right over the first heading
    cell, no blank line between (``corner``: that cell)."""
    return "Overzicht investeringen 2026\n" + cells_per_line(
        corner, "Bedrag (x € 1.000)",
        "Vervanging voertuigen", "1.640",
        "Renovatie sporthal", "1.250",
        "Herinrichting marktplein", "380",
        "Totaal", "3.270",
    )  # fmt: skip


def test_the_labels_heading_right_under_a_title_is_a_heading_cell_of_its_own() -> None:
    """The labels' own heading ("Omschrijving", capitalised) printed on the line right under
    the title: a cell of its own, no next line of a heading wrapped over lines (those go on
    in lower case). Joined to the title, the corner named nothing and the table was lost."""
    tables, cells, _warnings = read_text(_title_over("Omschrijving"))
    assert [t["title"] for t in tables] == ["Overzicht investeringen 2026"]
    assert cell_grid(cells)[("Renovatie sporthal", "Bedrag (x € 1.000)")] == "1.250"


def test_a_heading_naming_no_labels_right_under_a_title_still_goes_on_with_it() -> None:
    """The same under a first heading that names no labels ("Project"): still read as the
    title's next line, and without a corner naming the labels no table, as before."""
    assert read_text(_title_over("Project"))[:2] == ([], [])


def _taakvelden(above: str, *group: str) -> str:
    """A municipal page's overview per taakveld as its HTML prints it one cell per line:
    ``above`` the first heading cell (a caption a line over it, or none), the code's heading,
    the labels' heading printed empty, three headings of words, ``group`` rows after them."""
    return "\n\n".join(
        [
            "Overzicht per taakveld",
            "Het overzicht toont de lasten en baten per taakveld. Bedragen x € 1.000.",
            above,
            cells_per_line(
                " ", "Lasten", "Baten", "Saldo", *group,
                "0.1", "Bestuur", "2.310", "0", "-2.310",
                "0.2", "Burgerzaken", "1.640", "705", "-935",
                "1.1", "Crisisbeheersing", "3.980", "0", "-3.980",
            ),
        ]
    )  # fmt: skip


def test_a_dated_caption_a_line_over_the_first_heading_cell_is_the_tables_title() -> None:
    """A page's HTML prints a table's caption and a line break, then its first heading cell,
    no blank line between them as between the cells ("Lasten en baten per taakveld 2025" /
    "Taakveld" / "" / " " / "" / "Lasten"): the caption names its table and year in more
    words than a column's heading; read as that cell's first line, the two were one heading
    and the table was titled by the cell's word."""
    text = _taakvelden("Lasten en baten per taakveld 2025\nTaakveld", "Programma 1 Bestuur")
    tables, _cells, _warnings = read_text(text, budget_year=2025)
    assert [table["title"] for table in tables] == ["Lasten en baten per taakveld 2025"]


def test_a_heading_cell_wrapped_in_lower_case_after_its_year_stays_one_heading() -> None:
    """Near form: a heading cell of as many words, naming its year, whose second line goes
    on in lower case ("Raming voor het jaar 2025" / "na wijziging"): one cell wrapped over
    two lines, its column's heading, no caption."""
    text = "\n\n".join(
        [
            "Overzicht per programma",
            "Het overzicht toont de lasten per programma. Bedragen x € 1.000.",
            cells_per_line(
                " ", "Rekening 2023", "Raming voor het jaar 2025\nna wijziging",
                "Bestuur", "2.310", "2.400",
                "Burgerzaken", "1.640", "1.700",
                "Veiligheid", "3.980", "4.010",
            ),
        ]
    )  # fmt: skip
    tables, cells, _warnings = read_text(text, budget_year=2025)
    assert [table["title"] for table in tables] == ["Overzicht per programma"]
    assert {c["column_label"] for c in cells} == {
        "Rekening 2023", "Raming voor het jaar 2025 na wijziging",
    }  # fmt: skip
    assert len(cells) == 6


def test_a_group_row_after_a_code_heading_and_an_empty_labels_heading_heads_no_column() -> None:
    """Rows opening with their codes in cells of their own under a heading row that prints
    the code's heading, the labels' heading empty, then the values' words ("Taakveld" / " " /
    "Lasten" / "Baten" / "Saldo"), and a programme's group row right after them ("Programma
    1 Bestuur", no values): as many words head the values as the rows print, so the word
    after them is the group row over the first rows. Read as a fourth heading, it took the
    last column and every value moved a column over."""
    _tables, cells, _warnings = read_text(
        _taakvelden("Taakveld", "Programma 1 Bestuur"), budget_year=2025
    )
    assert {c["column_label"] for c in cells} == {"Lasten", "Baten", "Saldo"}
    grid = cell_grid(cells)
    assert grid[("0.1 Bestuur", "Lasten")] == "2.310"
    assert grid[("0.2 Burgerzaken", "Saldo")] == "-935"
    assert len(cells) == 9
    assert set(row_parents(cells).values()) == {"Programma 1 Bestuur"}


def test_a_word_heading_a_value_column_after_an_empty_labels_heading_keeps_its_column() -> None:
    """Near form: the same heading row over rows printing a value under every word
    ("Taakveld" / " " / "Lasten" / "Baten" / "Saldo" / "Reserves" over four values): the last
    word heads its column, no group row."""
    text = cells_per_line(
        "Taakveld", " ", "Lasten", "Baten", "Saldo", "Reserves",
        "0.1", "Bestuur", "2.310", "0", "-2.310", "15",
        "0.2", "Burgerzaken", "1.640", "705", "-935", "0",
        "1.1", "Crisisbeheersing", "3.980", "0", "-3.980", "40",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text, budget_year=2025)
    assert {c["column_label"] for c in cells} == {"Lasten", "Baten", "Saldo", "Reserves"}
    assert cell_grid(cells)[("1.1 Crisisbeheersing", "Reserves")] == "40"
    assert len(cells) == 12


def _kind_corner(corner: str, labels: tuple[str, ...], between: str = "\n") -> str:
    """A municipal overview of one value column under a title of words, one cell a line,
    ``between`` the cells (no blank line, or one): ``corner`` right under the title, over
    the rows ``labels`` (the last a total) and their amounts."""
    amounts = ("-650", "420", "1.000", "770")
    cells = (
        corner,
        "Bedrag (x € 1.000)",
        *(c for r in zip(labels, amounts, strict=True) for c in r),
    )
    return "Stortingen en onttrekkingen 2026\n" + between.join(cells)


def test_a_corner_naming_the_rows_kind_over_one_value_column_says_a_table() -> None:
    """The corner a word that most row labels print as theirs ("Reserve" over "Reserve
    sociaal domein" / "Reserve onderhoud" / "Algemene reserve"): it names what the rows
    are, as "Omschrijving" does, and says a table; the title above stays its name."""
    labels = ("Reserve sociaal domein", "Reserve onderhoud", "Algemene reserve", "Saldo")
    for between in ("\n", "\n\n"):  # (parted by blank lines, no cell joined to the title)
        tables, cells, _warnings = read_text(_kind_corner("Reserve", labels, between))
        assert [t["title"] for t in tables] == ["Stortingen en onttrekkingen 2026"]
        assert cell_grid(cells)[("Algemene reserve", "Bedrag (x € 1.000)")] == "1.000"
        assert len(cells) == 4


def test_a_corner_word_the_rows_do_not_print_says_no_table() -> None:
    """The near form: a word over labels that do not print it ("Reserve" over "Sociaal
    domein" / "Onderhoud" / ...; one row naming it is no kind of the rows), one cell a line
    and no blank line between: no table, as before. (Parted by blank lines, the dated
    title is a caption of its own and says the table whatever the corner.)"""
    labels = ("Sociaal domein", "Onderhoud gebouwen", "Algemene reserve", "Saldo")
    assert read_text(_kind_corner("Reserve", labels))[:2] == ([], [])


def test_year_groups_over_numbered_leaves_part_where_a_leaf_repeats_without_its_number() -> None:
    """An agency's statement of income and costs flattened one cell per line: the labels'
    heading spanning both rows, then two years, the first over three numbered leaves and
    the second over one ("Omschrijving" / "2021" / "2020" / "Begroting (1)" / "Realisatie
    (2)" / "Verschil (3)=(2)-(1)" / "Realisatie"). The column numbers run on across the
    groups, so the last "Realisatie" repeats "Realisatie (2)" once its number is set aside:
    it opens the second year's leaves and each leaf gets its year ("2021 Begroting (1)",
    "2020 Realisatie"). Told apart by their numbers, the leaves made one run and the years
    were lost."""
    text = cells_per_line(
        "Tabel 5 Staat van baten en lasten van het agentschap (bedragen x € 1.000)",
        "Omschrijving", "2021", "2020",
        "Begroting (1)", "Realisatie (2)", "Verschil (3)=(2)-(1)", "Realisatie",
        "Baten", "       ",
        "Opbrengst moederdepartement", "41.300", "43.120", "1.820", "40.010",
        "Opbrengst derden", "2.100", "1.950", "-150", "2.240",
        "Totaal baten", "43.400", "45.070", "1.670", "42.250",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert {column for _row, column in grid} == {
        "2021 Begroting (1)", "2021 Realisatie (2)", "2021 Verschil (3)=(2)-(1)",
        "2020 Realisatie",
    }  # fmt: skip
    assert grid[("Opbrengst derden", "2021 Verschil (3)=(2)-(1)")] == "-150"
    assert grid[("Totaal baten", "2020 Realisatie")] == "42.250"


def test_numbered_leaves_that_repeat_no_word_keep_their_own_headings() -> None:
    """The same statement with one heading row of numbered leaves, no year over them
    ("Omschrijving" / "Begroting 2021 (1)" / "Realisatie 2021 (2)" / "Verschil (3)=(2)-(1)" /
    "Realisatie 2020"): no leaf repeats another, its number set aside or not, so each
    column keeps its own heading, as printed."""
    text = cells_per_line(
        "Tabel 5 Staat van baten en lasten van het agentschap (bedragen x € 1.000)",
        "Omschrijving", "Begroting 2021 (1)", "Realisatie 2021 (2)", "Verschil (3)=(2)-(1)",
        "Realisatie 2020",
        "Baten", "       ",
        "Opbrengst moederdepartement", "41.300", "43.120", "1.820", "40.010",
        "Opbrengst derden", "2.100", "1.950", "-150", "2.240",
        "Totaal baten", "43.400", "45.070", "1.670", "42.250",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert {column for _row, column in grid} == {
        "Begroting 2021 (1)", "Realisatie 2021 (2)", "Verschil (3)=(2)-(1)", "Realisatie 2020",
    }  # fmt: skip
    assert grid[("Opbrengst derden", "Verschil (3)=(2)-(1)")] == "-150"


def _investments(*group: str) -> str:
    """A municipal investment plan as a converter writing each text node on a line prints
    it: cells parted by runs of blank lines, the group row ``group`` (maybe none) printing
    each empty cell as a line of one space, no blank line between."""
    cells = [
        "Investeringsplan 2025-2027", "Project", "Krediet", "Begroting 2025",
        "Begroting 2026", "Begroting 2027",
        *group,
        "Uitbreiding sporthal West", "€ 4.200.000", "€ 800.000", "€ 2.600.000", "€ 800.000",
        "Nieuwbouw brandweerkazerne", "€ 3.100.000", " ", "€ 1.100.000", "€ 2.000.000",
        "Totaal investeringen", "€ 7.300.000", "€ 800.000", "€ 3.700.000", "€ 2.800.000",
    ]  # fmt: skip
    return "\n\n\n".join(cells)


def test_a_group_row_printing_each_empty_cell_on_a_line_is_no_heading() -> None:
    """The first rows' group row ("Gebouwen") right under the headings, its four empty
    cells and the white space between them printed one a line (seven lines of " "), then
    the first row's label and values: a heading row prints no empty cells after its last
    word, so the word is a group row over the rows, no column's heading. Read as a
    heading, it pushed "Krediet" into the corner and every value a column left of its
    heading."""
    text = _investments("Gebouwen\n \n \n \n \n \n \n ")
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert {column for _row, column in grid} == {
        "Krediet", "Begroting 2025", "Begroting 2026", "Begroting 2027",
    }  # fmt: skip
    assert grid[("Uitbreiding sporthal West", "Krediet")] == "€ 4.200.000"
    assert grid[("Nieuwbouw brandweerkazerne", "Begroting 2027")] == "€ 2.000.000"
    assert row_parents(cells)["Uitbreiding sporthal West"] == "Gebouwen"


def test_the_same_headings_over_rows_without_a_group_row_head_the_values() -> None:
    """Near form: no group row between the headings and the first row: the headings are
    read as before, each over its values, and no row has a group parent."""
    _tables, cells, _warnings = read_text(_investments())
    grid = cell_grid(cells)
    assert grid[("Uitbreiding sporthal West", "Krediet")] == "€ 4.200.000"
    assert grid[("Totaal investeringen", "Begroting 2027")] == "€ 2.800.000"
    assert row_parents(cells)["Uitbreiding sporthal West"] in (None, "Totaal investeringen")


def _expenditure_mutations(caption: tuple[str, ...]) -> str:
    """A suppletoire begroting's main mutations on its expenditure alone, printed one cell
    per line after ``caption``: an empty corner, one value column headed by its kind
    ("Uitgaven") and the code column after it; each row's article after its value (a list
    of them where a mutation falls on several, "2, 5"; "div."), the stands' code cells
    empty."""
    return cells_per_line(
        *caption,
        " ", "Uitgaven", "Artikelnr.",
        "Stand 1e suppletoire begroting", "12.400.500", " ",
        "Mutaties:", "   ",
        "Bijstelling leerlingenraming", "– 31.200", "2, 5",
        "Compensatie huisvesting", "18.000", "7",
        "Overige mutaties", "– 1.050", "div.",
        "Stand 2e suppletoire begroting", "12.386.250", " ",
        "De mutaties worden per artikel toegelicht.",
    )  # fmt: skip


def test_one_value_column_headed_by_its_kind_after_an_empty_corner_is_a_table() -> None:
    """Under a caption, an empty corner, one value column's heading naming its kind and a
    code column's heading after it are a heading row of three cells, as "Jaar" / "Bedrag"
    is one of two: the rows are read, each row's article after its value."""
    caption = ("Tabel 2 Belangrijkste mutaties (bedragen x € 1.000)",)
    _tables, cells, _warnings = read_text(_expenditure_mutations(caption))
    grid = cell_grid(cells)
    assert grid[("Bijstelling leerlingenraming", "Uitgaven")] == "– 31.200"
    assert grid[("Overige mutaties", "Uitgaven")] == "– 1.050"
    assert row_parents(cells)["Compensatie huisvesting"] == "Mutaties:"
    assert len(cells) == 5


def test_one_value_column_headed_by_its_kind_without_a_caption_is_no_table() -> None:
    """The near form: no caption says a table stands there, and a text over labels each
    with one figure is as often a note: nothing is read, as before."""
    _tables, cells, _warnings = read_text(_expenditure_mutations(()))
    assert cells == []


def _periods_under_a_worded_corner(corner: str) -> str:
    """A jaarverslag's budgetary table one cell per line: the labels' ``corner`` spanning
    both heading rows before the groups, then the periods' row whose last three periods
    print their columns' numbers ("2023 (1)")."""
    return cells_per_line(
        "Tabel 9 Budgettaire gevolgen van beleid artikel 4 (bedragen x € 1.000)",
        corner, "Realisatie", "Vastgestelde begroting", "Verschil",
        "2020", "2021", "2022", "2023 (1)", "2023 (2)", "2023 (3)=(1)-(2)",
        "Verplichtingen", "512.300", "498.150", "555.020", "571.800", "560.000", "11.800",
        "Uitgaven", "505.100", "501.640", "549.380", "562.950", "570.500", "– 7.550",
        "Ontvangsten", "8.210", "9.045", "7.630", "8.980", "8.500", "480",
    )  # fmt: skip


def test_a_worded_corner_before_groups_over_numbered_periods_heads_no_years() -> None:
    """One heading more than the numbered periods where the first is the labels' corner
    in words ("Artikel 4 Wonen"), not the stage printed again: the groups after it are as
    many as the numbers, the first spanning the bare years and the first numbered one.
    Read as a stage over the bare years, the corner's words headed them."""
    _tables, cells, _warnings = read_text(
        _periods_under_a_worded_corner("Artikel 4 Wonen"), budget_year=2023
    )
    grid = cell_grid(cells)
    assert grid[("Verplichtingen", "Realisatie 2020")] == "512.300"
    assert grid[("Uitgaven", "Realisatie 2023 (1)")] == "562.950"
    assert grid[("Ontvangsten", "Verschil 2023 (3)=(1)-(2)")] == "480"
    assert len(cells) == 18


def test_a_stage_printed_again_before_groups_over_numbered_periods_heads_the_years() -> None:
    """The near form: the first of the one heading more is the stage printed again
    ("Realisatie" / "Realisatie"): it spans the bare years, as before."""
    _tables, cells, _warnings = read_text(
        _periods_under_a_worded_corner("Realisatie"), budget_year=2023
    )
    grid = cell_grid(cells)
    assert grid[("Verplichtingen", "Realisatie 2020")] == "512.300"
    assert grid[("Uitgaven", "Realisatie 2023 (1)")] == "562.950"


def _programme_blocks(*heading: str, group: bool = True) -> str:
    """A provincial budget amendment flattened one cell per line, no blank line, no
    placeholder: the caption saying the unit, the heading's cells ("Programma" over the
    programmes' numbers and names, then one heading per value), the value-less block
    heading "Lasten" (left out where not ``group``), the programmes, each its number in a
    cell of its own before its name, and the block's total below them."""
    rows = [
        ("1", "Veiligheid en bestuur", "21.450", "1.200", "22.650"),
        ("4", "Economie en werk", "8.310", "-450", "7.860"),
        ("Totaal lasten", "29.760", "750", "30.510"),
    ]
    return "\n".join(
        [
            "Staat van de begrotingswijziging (bedragen x € 1.000)",
            *heading,
            *(["Lasten"] if group else []),
            *(cell for row in rows for cell in row),
        ]
    )


_PROGRAMME_HEADINGS = ("Begroting 2025 voor wijziging", "Wijziging", "Begroting 2025 na wijziging")


def test_a_block_heading_after_headings_counted_from_a_programme_corner_is_a_group_row() -> None:
    """Over rows that print their codes in cells of their own, the first heading of words
    ("Programma", no word naming labels, as "Omschrijving" is) heads the codes and the
    names: the corner. Counted from it, three headings head the three values each row
    prints, and the word after them ("Lasten") is the first block's heading, no fourth
    column: read as one, every value went a column over (the last under "Lasten") and the
    block's total was its programmes' parent."""
    _tables, cells, _warnings = read_text(_programme_blocks("Programma", *_PROGRAMME_HEADINGS))
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == set(_PROGRAMME_HEADINGS)
    assert grid[("1 Veiligheid en bestuur", "Begroting 2025 voor wijziging")] == "21.450"
    assert grid[("4 Economie en werk", "Wijziging")] == "-450"
    assert grid[("Totaal lasten", "Begroting 2025 na wijziging")] == "30.510"
    parents = row_parents(cells)
    assert parents["1 Veiligheid en bestuur"] == "Lasten"
    assert parents["Totaal lasten"] is None


def test_the_headings_under_a_programme_corner_without_a_block_heading_head_the_values() -> None:
    """Near form: the same table without the block heading under its headings: the three
    headings after the corner head the three values, as before."""
    _tables, cells, _warnings = read_text(
        _programme_blocks("Programma", *_PROGRAMME_HEADINGS, group=False)
    )
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == set(_PROGRAMME_HEADINGS)
    assert grid[("4 Economie en werk", "Begroting 2025 na wijziging")] == "7.860"
    assert grid[("Totaal lasten", "Wijziging")] == "750"


def _staat_under(caption: str) -> str:
    """A begrotingsstaat of a bill flattened one cell per line, no blank line: the law's
    article saying the unit, then ``caption`` over the code's, the labels' and two value
    columns' headings, a total and two coded articles."""
    return "\n".join(
        [
            "Artikel 2",
            "De vaststelling van de begrotingsstaat geschiedt in duizenden euro’s.",
            caption,
            "Art.", "Omschrijving", "Vastgestelde begroting", "Mutaties suppletoire begroting",
            "Totaal", "412.870", "35.200",
            "1", "Arbeidsmarkt", "300.450", "20.000",
            "2", "Inkomensbeleid", "112.420", "15.200",
        ]
    )  # fmt: skip


def test_a_long_caption_closing_on_its_unit_note_is_the_tables_title() -> None:
    """A bill's begrotingsstaat names its ministry, its year and the occasion of the
    amendment, and closes on the unit note in brackets: longer than any heading, but no
    sentence (no stop ends it) and the note closes it, as a caption's does. It opens the
    heading block and names the table (read as prose it was no part of the block, and the
    table got no title)."""
    caption = (
        "Wijziging van de begrotingsstaat van het Ministerie van Sociale Zaken en "
        "Werkgelegenheid (XV) voor het jaar 2024 (Tweede incidentele suppletoire begroting "
        "inzake de tegemoetkoming in de energiekosten van huishoudens met een laag inkomen) "
        "(bedragen x € 1.000)"
    )
    assert len(caption) > 200
    tables, cells, _warnings = read_text(_staat_under(caption))
    assert cell_grid(cells)[("1 Arbeidsmarkt", "Mutaties suppletoire begroting")] == "20.000"
    assert [t["title"] for t in tables] == [caption]


def test_a_long_sentence_closing_on_a_unit_note_names_no_table() -> None:
    """Near form: a paragraph as long that ends its sentence after the unit note ("...
    (bedragen x € 1.000).") is prose: no title of the table, as before."""
    sentence = (
        "In de onderstaande staat worden de mutaties van de Tweede incidentele suppletoire "
        "begroting inzake de tegemoetkoming in de energiekosten van huishoudens met een laag "
        "inkomen per artikel weergegeven (bedragen x € 1.000)."
    )
    assert len(sentence) > 200
    tables, cells, _warnings = read_text(_staat_under(sentence))
    assert cell_grid(cells)[("2 Inkomensbeleid", "Vastgestelde begroting")] == "112.420"
    assert [t["title"] for t in tables] != [sentence]


def test_a_caption_naming_its_year_and_unit_over_a_programme_corner_opens_the_headings() -> None:
    """A caption naming its year as well as its unit, printed right above the corner
    ("Programma") and the headings of periods, is the table's caption, no first heading:
    read as one, it counted a heading too many over the three values, every value went a
    column over and the block heading after them ("Lasten") took the last."""
    caption = "Staat van de 3e begrotingswijziging 2024 (bedragen x € 1.000)"
    text = _programme_blocks("Programma", *_PROGRAMME_HEADINGS).replace(
        "Staat van de begrotingswijziging (bedragen x € 1.000)", caption
    )
    tables, cells, _warnings = read_text(text)
    assert tables[0]["title"] == caption
    assert {c["column_label"] for c in cells} == set(_PROGRAMME_HEADINGS)
    grid = cell_grid(cells)
    assert grid[("1 Veiligheid en bestuur", "Begroting 2025 voor wijziging")] == "21.450"
    assert grid[("Totaal lasten", "Wijziging")] == "750"
    parents = row_parents(cells)
    assert parents["4 Economie en werk"] == "Lasten"
    assert parents["Totaal lasten"] is None


def test_a_heading_naming_its_year_and_unit_after_the_corner_heads_its_column() -> None:
    """Near form: after the corner ("Programma"), a heading naming its period and unit in
    as many words ("Vastgestelde begroting 2025 (x € 1.000)") heads the first value, as
    before: a caption is printed before any heading."""
    first = "Vastgestelde begroting 2025 (x € 1.000)"
    text = _programme_blocks("Programma", first, *_PROGRAMME_HEADINGS[1:])
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("1 Veiligheid en bestuur", first)] == "21.450"
    assert grid[("4 Economie en werk", "Begroting 2025 na wijziging")] == "7.860"


def _articles_glued(group: list[str]) -> str:
    """A report's table as plain pdftotext prints it, a cell a line and a blank line
    between cells, an "Artikel" heading over labels opening with their article's code;
    ``group``: the group row's word glued on the line above the first label, or none."""
    heading = "\n\n".join(["Tabel 2 Omvang begroting 2023 (bedragen x € 1 miljoen)", "Artikel"])
    heading += "\n\n" + "\n\n".join(["Verplichtingen", "Uitgaven", "Ontvangsten"])
    rows = "\n".join([*group, "Art. 3 Wonen"]) + "\n\n" + "\n\n".join(["210,5", "205,0", "12,4"])
    rows += "\n\n" + "\n\n".join(["Art. 6 Natuur", "88,1", "90,2", "0,0"])
    rows += "\n\n" + "\n\n".join(["Totaal", "298,6", "295,2", "12,4"])
    return heading + "\n\n" + rows


def test_a_word_glued_above_a_coded_label_after_the_leaves_is_a_group_row() -> None:
    """A word after as many headings as the rows print values, under a first heading of the
    code's ("Artikel") over labels opening with their codes ("Art. 3 <Naam>"), glued on
    the line above the first label: the codes stand in the labels' cells, so the word
    heads no column. It was read as the last column's heading (every value a column late,
    "Verplichtingen" taken for the corner) and then as the first label's wrapped start."""
    _tables, cells, _warnings = read_text(_articles_glued(["Uitgavenartikelen"]))
    grid = cell_grid(cells)
    assert grid[("Art. 3 Wonen", "Verplichtingen")] == "210,5"
    assert grid[("Art. 6 Natuur", "Ontvangsten")] == "0,0"
    assert {c["column_label"] for c in cells} == {"Verplichtingen", "Uitgaven", "Ontvangsten"}
    assert row_parents(cells)["Art. 3 Wonen"] == "Uitgavenartikelen"


def test_headings_as_many_as_the_values_over_coded_labels_keep_their_columns() -> None:
    """The near form: no word past the leaves; the columns are as they were."""
    _tables, cells, _warnings = read_text(_articles_glued([]))
    grid = cell_grid(cells)
    assert grid[("Art. 3 Wonen", "Verplichtingen")] == "210,5"
    assert grid[("Totaal", "Ontvangsten")] == "12,4"


def _fund_with_notes(*first_row: str) -> str:
    """A fund's table a page prints a cell a line: group names over the years on two
    heading rows, a blank corner, a notes' column ("Ref.") named last on the groups' row and
    left blank on the years'; the fund's first years empty in every row (``first_row``:
    the first row's cells after its label), a run of empty cells printed as one line of a
    space each and one between (a value-less group row: eleven spaces, six cells)."""
    return cells_per_line(
        "Tabel 1 Budgettaire gevolgen van beleid artikel 1 (bedragen x € 1.000)", " ",
        "Realisatie", "Vastgestelde begroting", "Verschil", "Ref.", " ",
        "2021", "2022", "2023", "2023", "2023", " ",
        "Verplichtingen", *first_row,
        "Uitgaven", "   ", "2.300", "2.500", "– 200", "2",
        "Opdrachten", " " * 11,
        "Onderhoud", "   ", "2.300", "2.500", "– 200", " ",
        "Ontvangsten", "   ", "140", "100", "40", " ",
    )  # fmt: skip


def test_a_notes_heading_after_the_groups_ends_rows_opening_with_empty_years() -> None:
    """The notes' heading is printed after the groups' names, so its column follows the
    values, though the years' row prints its blank cell after them: a row opening with its
    empty years ("   ", two cells) still ends with its note's number. Read as a text column
    before the values, each note number became the next row's code ("1 Uitgaven")."""
    _tables, cells, _warnings = read_text(_fund_with_notes("   ", "4.100", "3.900", "200", "1"))
    grid = cell_grid(cells)
    labels = {"Verplichtingen", "Uitgaven", "Onderhoud", "Ontvangsten"}
    assert {c["row_label"] for c in cells} == labels
    assert grid[("Verplichtingen", "Realisatie 2023")] == "4.100"
    assert grid[("Uitgaven", "Realisatie 2023")] == "2.300"
    assert grid[("Ontvangsten", "Verschil 2023")] == "40"
    assert len(cells) == 12


def test_a_notes_heading_right_after_the_labels_heading_still_opens_the_rows() -> None:
    """Near form: the notes' heading printed right after the labels' own ("Garantie" /
    "Noot" / the years' headings), the first row's note empty: its column stands between
    the labels and the values, as before."""
    text = cells_per_line(
        "Tabel 6 Uitstaande garanties (in mln euro)",
        "Garantie", "Noot", "Plafond", "Uitstaand 2023", "Uitstaand 2024",
        "Garantie export", " ", "800,0", "312,4", "298,1",
        "Garantie woningbouw", "1)", "2.000,0", "1.210,5", "1.174,2",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Garantie export", "Plafond")] == "800,0"
    assert grid[("Garantie woningbouw", "Uitstaand 2024")] == "1.174,2"
    assert {c["row_label"] for c in cells} == {"Garantie export", "Garantie woningbouw"}


def test_a_code_heading_between_the_corner_and_one_period_still_opens_the_rows() -> None:
    """Near form: "Uitgaven" / "Artikelnr." / "JJJJ", the first row (a stand) printing its
    code cell empty: one period, no groups it could be printed after, so the code column
    stands between the labels and the values, as before."""
    text = cells_per_line(
        "Overzicht met belangrijkste mutaties 2024 (x € 1 000)",
        "Uitgaven", "Artikelnr.", "2024",
        "Stand 1e suppletoire begroting 2024", " ", "3 412 600",
        "Hogere uitgaven bijstand", "2", "118 300",
        "Lagere uitgaven kinderbijslag", "5", "– 42 100",
        "Stand 2e suppletoire begroting 2024", " ", "3 488 800",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Hogere uitgaven bijstand", "2024")] == "118 300"
    assert grid[("Stand 2e suppletoire begroting 2024", "2024")] == "3 488 800"
    assert len(cells) == 4
