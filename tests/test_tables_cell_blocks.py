"""Tests of tables a PDF's text without layout prints a column a block (``tables_cell_blocks``)."""

from __future__ import annotations

from table_texts import cell_grid, read_text, row_parents

_HEAD = ["Het saldo verbetert verder.", "Tabel 2.4 Saldo naar sector (in procenten bbp)"]
_YEARS = ["2021", "2022", "2023"]


def test_periods_then_labels_then_values_column_by_column_are_read_as_rows() -> None:
    """Under its caption the periods, then the labels, then n values per period, one per
    line: the values run column after column, as the labels' block says the text does.
    (No row was read: no label is followed by its values.)"""
    labels = ["Staat", "Gemeenten", "Fondsen", "Totaal sector"]
    values = [
        "–2,0",
        "0,3",
        "0,5",
        "–1,2",
        "–1,4",
        "–0,1",
        "0,6",
        "–0,9",
        "–0,8",
        "0,2",
        "0,9",
        "0,3",
    ]
    text = "\n".join([*_HEAD, *_YEARS, *labels, *values, "Bron: CBS."])
    [table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert table["unit_label"] == "% bbp"
    assert grid[("Staat", "2021")] == "–2,0" and grid[("Staat", "2022")] == "–1,4"
    assert grid[("Totaal sector", "2023")] == "0,3"
    assert len(cells) == 12
    assert row_parents(cells)["Gemeenten"] == "Totaal sector"


def test_blocks_whose_sizes_do_not_agree_or_without_a_tables_caption_stay_unread() -> None:
    """A label wrapped over two lines (or a corner over the labels) leaves n * k values
    for n + 1 label lines: which value is whose the text does not tell, and nothing is
    read. A figure's caption over years, names and figures is no table's."""
    labels = ["Staat", "Gemeenten en", "provincies", "Totaal sector"]
    values = ["–2,0", "0,3", "–1,7", "–1,4", "–0,1", "–1,5", "–0,8", "0,2", "–0,6"]
    text = "\n".join([*_HEAD, *_YEARS, *labels, *values, "Bron: CBS."])
    _tables, cells, _warnings = read_text(text)
    assert not cells
    labels = ["Staat", "Gemeenten", "Totaal sector"]
    text = "\n".join(["Figuur 2.4 Saldo naar sector", *_YEARS, *labels, *values, "Bron: CBS."])
    _tables, cells, _warnings = read_text(text)
    assert not cells


def _blocks(*blocks: list[str]) -> list[str]:
    """Blocks of lines, a blank line between two blocks."""
    lines: list[str] = []
    for block in blocks:
        lines += [*block, ""]
    return lines


def test_value_blocks_parted_by_blank_lines_under_a_heading_block_are_read_column_by_column() -> (
    None
):
    """Group words over runs of years ("Begroting" / "Raming" / "Verschil" over 2024-2026,
    2026, 2026; a word in lower case goes on the word above), a notes' heading last, then the
    labels, then a block of values per column: each block holds the valued rows' values in
    the labels' order. The block of note numbers after them is no column; a label wrapped
    over two lines is one row; an instrument printed without values over a row the labels
    name no instrument is that row's heading (four labels, three values a block)."""
    heading = ["Begroting", "Raming", "voorjaar", "Verschil", "Noot", "2024", "2025", "2026"]
    heading += ["2026", "2026"]
    labels = ["Uitgaven", "Subsidies", "Regeling schone", "lucht", "Ontvangsten"]
    columns = [
        ["500", "500", "7"],
        ["510", "510", "8"],
        ["520", "520", "9"],
        ["530", "530", "10"],
        ["-10", "-10", "-1"],
    ]
    caption = ["Tabel 4 Uitgaven en ontvangsten artikel 9 (bedragen x", "€ 1.000)"]
    text = "\n".join([*caption, *_blocks(heading, labels, *columns, ["1", "2"]), "Toelichting."])
    [table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert table["unit_label"] == "x € 1.000"
    assert grid[("Uitgaven", "Begroting 2024")] == "500"
    assert grid[("Regeling schone lucht", "Begroting 2025")] == "510"
    assert grid[("Ontvangsten", "Raming voorjaar 2026")] == "10"
    assert grid[("Uitgaven", "Verschil 2026")] == "-10"
    assert len(cells) == 15
    assert row_parents(cells)["Regeling schone lucht"] == "Subsidies"


def test_value_blocks_each_under_its_own_heading_after_a_block_of_labels_are_read() -> None:
    """The labels in a block of their own under their corner's heading ("Omschrijving"),
    then each column a block: its heading (over one line or two, a word split at a hyphen
    joined as printed) and its values. A "waarvan" line is a row of its own, no label's
    wrapped rest. (It was refused: the corner could have been a row.)"""
    labels = ["Omschrijving", "Personeel", "Materieel", "waarvan ICT", "Totaal"]
    columns = [
        ["Realisatie", "2023", "40", "60", "20", "100"],
        ["Ontwerp-", "begroting 2023", "45", "50", "15", "95"],
        ["Verschil", "-5", "10", "5", "5"],
    ]
    caption = ["Tabel 7 Apparaatsuitgaven", "Bedragen x € 1.000"]
    text = "\n".join(_blocks(caption, labels, *columns))
    [table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert table["unit_label"] == "x € 1.000"
    assert grid[("Personeel", "Realisatie 2023")] == "40"
    assert grid[("Totaal", "Ontwerp-begroting 2023")] == "95"
    assert grid[("Materieel", "Verschil")] == "10"
    assert grid[("waarvan ICT", "Realisatie 2023")] == "20"
    assert len(cells) == 12
    assert row_parents(cells)["waarvan ICT"] == "Materieel"


def test_value_blocks_of_unequal_size_or_headings_that_do_not_part_them_stay_unread() -> None:
    """A block one value short (a cell left empty: whose value is missing the text does not
    tell), or group words that are not one a run of years, leave the blocks unread; a row
    printed as a block (its label over its values) is read as the row it is."""
    caption = ["Tabel 4 Uitgaven artikel 9 (bedragen x € 1.000)"]
    labels = ["Uitgaven", "Subsidies", "Ontvangsten"]
    heading = ["Begroting", "Verschil", "2024", "2025", "2026"]
    short = [["500", "100", "7"], ["510", "110"], ["520", "120", "9"]]
    text = "\n".join([*caption, *_blocks(heading, labels, *short), "Toelichting."])
    _tables, cells, _warnings = read_text(text)
    assert not cells
    heading = ["Begroting", "Raming", "Verschil", "2024", "2025", "2026"]
    even = [["500", "100", "7"], ["510", "110", "8"], ["520", "120", "9"]]
    text = "\n".join([*caption, *_blocks(heading, labels, *even), "Toelichting."])
    _tables, cells, _warnings = read_text(text)
    assert not cells
    # a row printed as a block, its label over its values, under a block of column headings
    rows = [["Begroting", "Realisatie"], ["Regeling A", "100", "200"], ["Regeling B", "30", "40"]]
    text = "\n".join([*caption, "", *_blocks(*rows), "Toelichting."])
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells) == {
        ("Regeling A", "Begroting"): "100",
        ("Regeling A", "Realisatie"): "200",
        ("Regeling B", "Begroting"): "30",
        ("Regeling B", "Realisatie"): "40",
    }


def _instrument_blocks(labels: list[str]) -> str:
    """A budget table printed column by column: heading block, ``labels``, then three value
    blocks of five values."""
    heading = ["Realisatie", "Begroting", "2025", "2026", "2026"]
    columns = [
        ["900", "880", "300", "580", "12"],
        ["940", "910", "320", "590", "14"],
        ["950", "930", "330", "600", "11"],
    ]
    caption = ["Tabel 8 Budgettaire gevolgen van beleid artikel 3 (bedragen x € 1.000)"]
    return "\n".join([*caption, *_blocks(heading, labels, *columns), "Toelichting."])


def test_a_label_line_ending_in_a_joining_word_goes_on_a_line_opening_with_a_capital() -> None:
    """A label wrapped after a joining word ("Bijdrage aan" / "Medeoverheden (SPUK)") is one
    row though its rest opens with a capital: the line cannot end a label. It was read as a
    value-less heading over "Medeoverheden (SPUK)", and "Subsidies" above it lost its
    values to the row below."""
    labels = ["Verplichtingen", "Uitgaven", "Subsidies", "Bijdrage aan", "Medeoverheden (SPUK)"]
    [_table], cells, _warnings = read_text(_instrument_blocks([*labels, "Ontvangsten"]))
    grid = cell_grid(cells)
    assert grid[("Subsidies", "Realisatie 2025")] == "300"
    assert grid[("Bijdrage aan Medeoverheden (SPUK)", "Begroting 2026")] == "600"
    assert grid[("Ontvangsten", "Realisatie 2026")] == "14"
    assert len(cells) == 15
    assert row_parents(cells)["Bijdrage aan Medeoverheden (SPUK)"] == "Uitgaven"


def test_an_instrument_without_values_over_a_capitalised_row_still_heads_it() -> None:
    """Near form: an instrument printed without values ("Subsidies") over a row it does not
    name, its label ending in no joining word ("Regeling Schone Lucht"): the heading of that
    row, as before."""
    labels = ["Verplichtingen", "Uitgaven", "Opdrachten", "Subsidies", "Regeling Schone Lucht"]
    [_table], cells, _warnings = read_text(_instrument_blocks([*labels, "Ontvangsten"]))
    grid = cell_grid(cells)
    assert grid[("Opdrachten", "Realisatie 2025")] == "300"
    assert grid[("Regeling Schone Lucht", "Begroting 2026")] == "600"
    assert ("Subsidies", "Realisatie 2025") not in grid
    assert row_parents(cells)["Regeling Schone Lucht"] == "Subsidies"


def _headed_blocks(last: list[str]) -> str:
    """Labels under their corner's heading, then three value blocks each under its own
    heading, the last one ``last``."""
    labels = ["Omschrijving", "Personeel", "Materieel", "waarvan ICT", "Totaal"]
    columns = [
        ["Realisatie", "2023", "70", "80", "30", "150"],
        ["Ontwerp-", "begroting 2023", "70", "65", "25", "135"],
        last,
    ]
    caption = ["Tabel 4 Apparaatsuitgaven", "Bedragen x € 1.000"]
    return "\n".join(_blocks(caption, labels, *columns))


def test_a_lone_dash_in_a_value_block_is_a_nil_cell_of_its_column() -> None:
    """A row's nil printed as a lone dash in a value block ("Verschil" / "–" / "15" ...)
    is one of the block's values: the column is read, the dash storing no value. (The
    block ended at the dash, and the table was read without its last column.)"""
    [_table], cells, _warnings = read_text(_headed_blocks(["Verschil", "–", "15", "5", "15"]))
    grid = cell_grid(cells)
    assert grid[("Materieel", "Verschil")] == "15"
    assert grid[("Totaal", "Verschil")] == "15"
    assert ("Personeel", "Verschil") not in grid
    assert grid[("Personeel", "Realisatie 2023")] == "70"
    assert len(cells) == 11


def test_a_value_block_that_cannot_be_read_after_the_read_ones_refuses_the_table() -> None:
    """Near form: a last value block holding what is no value nor dash (a column number
    under its heading, "(3)") is a column of the table still: the table is not read with
    its first columns alone, and the refusal is said."""
    text = _headed_blocks(["Verschil", "(3)", "0", "15", "5", "15"])
    tables, cells, warnings = read_text(text)
    assert not tables and not cells
    assert any("printed one after the other" in str(warning) for warning in warnings)


def test_value_blocks_followed_by_a_line_of_text_are_read_as_before() -> None:
    """Near form: the nil printed as "0", and a line of text after the last block (its
    source), no block of values: every column is read, as before."""
    text = _headed_blocks(["Verschil", "0", "15", "5", "15"]) + "\nBron: eigen opgave."
    [_table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Personeel", "Verschil")] == "0"
    assert grid[("Totaal", "Ontwerp-begroting 2023")] == "135"
    assert len(cells) == 12


def _apparaat() -> list[str]:
    """A table printed a column a block: its labels' block, then each column's heading and
    values."""
    labels = ["Omschrijving", "Personeel", "Materieel", "waarvan ICT", "Totaal"]
    columns = [
        ["Realisatie", "2023", "40", "60", "20", "100"],
        ["Ontwerp-", "begroting 2023", "45", "50", "15", "95"],
        ["Verschil", "-5", "10", "5", "5"],
    ]
    return _blocks(["Tabel 7 Apparaatsuitgaven", "Bedragen x € 1.000"], labels, *columns)


def test_tables_printed_a_column_a_block_stay_read_beside_a_table_of_mixed_scales() -> None:
    """A page's table printing some figures with their scale and others bare ("€ 9,3 mld"
    beside "550.000") is read again with those figures as texts; the tables printed a
    column a block on the page, periods or headings over their blocks of values, are read
    still (the re-reading dropped them)."""
    mixed = [
        *("Tabel 8 Kerncijfers", " ", "2024", "2025"),
        *("Uitgaven", "€ 9,3 mld", "€ 9,5 mld", "Ontvangsten", "550.000", "560.000"),
        *("Formatie", "1.200", "1.250"),
    ]
    sectors = [*_HEAD, *_YEARS, "Staat", "Gemeenten", "Totaal sector"]
    sectors += ["–2,0", "0,3", "–1,7", "–1,4", "–0,1", "–1,5", "–0,8", "0,2", "–0,6", "Bron: CBS."]
    text = "\n".join([*_apparaat(), "Toelichting op de tabel.", "", "", *mixed, "", *sectors])
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Totaal", "Ontwerp-begroting 2023")] == "95"
    assert grid[("waarvan ICT", "Realisatie 2023")] == "20"
    assert grid[("Gemeenten", "2022")] == "–0,1"
    assert grid[("Formatie", "2025")] == "1.250"
    assert "€ 9,3 mld" not in grid.values()


def test_tables_printed_a_column_a_block_beside_a_table_of_one_scale_are_read() -> None:
    """Near form: beside a table printing every figure with its scale ("€ 4,0 mln") nothing
    is read again: both tables are read, each figure a cell."""
    scaled = [
        *("Tabel 8 Financiële gevolgen", "Maatregel", "2026", "2027"),
        *("Verlaging eigen bijdrage", "€ 4,0 mln", "€ 4,5 mln"),
        *("Extra inzet wijkteams", "€ 1,5 mln", "€ 2,0 mln"),
    ]
    text = "\n".join([*_apparaat(), "Toelichting op de tabel.", "", "", *scaled])
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Totaal", "Ontwerp-begroting 2023")] == "95"
    assert grid[("Extra inzet wijkteams", "2027")] == "€ 2,0 mln"
    assert len(cells) == 16


def _labels_then_years(*columns: list[str]) -> str:
    """A table a PDF's plain text layer prints labels first: under the caption the block of
    labels, then each year a block of its own, then ``columns``, a block each."""
    caption = "Tabel 6.2 Budgettaire gevolgen van beleid artikel 6 (bedragen x € 1.000)"
    labels = ["Verplichtingen", "Uitgaven", "Subsidies", "Opdrachten", "Ontvangsten"]
    years = [[str(year)] for year in range(2021, 2025)]
    return "\n".join([caption, *_blocks(labels, *years, *columns), "Toelichting"])


def test_a_column_printed_in_pieces_is_left_unread_and_the_whole_columns_are_read() -> None:
    """Labels first, then the years each a block, then the value blocks: a column with an
    empty cell between its values prints its first piece in its place and the rest after
    the last column. Each column's first block says which column it is; the blocks holding
    a value for every label are read, the pieces (whose rows the text does not tell) are
    left unread with a warning. (Nothing was read: the labels stand before the years.)"""
    columns = [
        ["80", "70"],
        ["90", "75", "50", "25", "3"],
        ["95", "80", "55", "25", "4"],
        ["99", "85", "60", "25", "5"],
        ["2"],
    ]
    _tables, cells, warnings = read_text(_labels_then_years(*columns))
    grid = cell_grid(cells)
    assert grid[("Verplichtingen", "2022")] == "90"
    assert grid[("Opdrachten", "2023")] == "25"
    assert grid[("Ontvangsten", "2024")] == "5"
    assert not any(column == "2021" for _row, column in grid)
    assert len(cells) == 15
    assert row_parents(cells)["Subsidies"] == "Uitgaven"
    assert sum("printed in pieces" in str(warning) for warning in warnings) == 2


def test_pieces_no_block_of_every_label_places_stay_unread() -> None:
    """Near form: every column a value short (the largest block holds fewer values than
    there are labels: a row without values, or an empty cell in each, the text does not
    tell), or a whole block more than the years: nothing is read."""
    short = [["80", "70"], ["90", "75", "50", "3"], ["95", "80", "55", "4"], ["99", "85", "5"]]
    _tables, cells, _warnings = read_text(_labels_then_years(*short, ["2"]))
    assert not cells
    whole = ["90", "75", "50", "25", "3"]
    _tables, cells, _warnings = read_text(_labels_then_years(["80", "70"], *[whole] * 4))
    assert not cells


def test_labels_then_years_then_blocks_of_one_size_are_read() -> None:
    """Near form: every column whole, as many blocks as years: each block its year's."""
    whole = [[str(10 * k + r) for r in range(5)] for k in range(1, 5)]
    _tables, cells, warnings = read_text(_labels_then_years(*whole))
    grid = cell_grid(cells)
    assert grid[("Verplichtingen", "2021")] == "10"
    assert grid[("Ontvangsten", "2024")] == "44"
    assert len(cells) == 20
    assert not any("printed in pieces" in str(warning) for warning in warnings)


def _years_then_labels(words: list[str], *columns: list[str]) -> str:
    """A table a PDF's plain text layer prints years first: under the caption ``words``,
    then each year a block of its own, then the block of labels, then ``columns``."""
    caption = "Tabel 3.1 Uitgaven programma 3 (bedragen x € 1 mln)"
    labels = ["Personeel", "Materieel", "Huisvesting", "Totaal"]
    years = [[str(year)] for year in range(2022, 2025)]
    return "\n".join([caption, *_blocks(*[[w] for w in words], *years, labels, *columns)])


def test_years_then_labels_then_blocks_with_a_column_in_pieces_read_the_whole_ones() -> None:
    """The years each a block, then the labels, then the value blocks, a column printed in
    pieces (its first piece in place, its rest after the last column): the whole columns
    are read, the pieces left unread with a warning. (Nothing was read: the counts did not
    agree.)"""
    columns = [["12,5", "3,1", "2,0", "17,6"], ["13,0"], ["14,2", "3,5", "2,4", "20,1"]]
    text = _years_then_labels([], *columns, ["2,2", "17,7"]) + "Toelichting"
    _tables, cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Personeel", "2022")] == "12,5"
    assert grid[("Totaal", "2024")] == "20,1"
    assert not any(column == "2023" for _row, column in grid)
    assert len(cells) == 8
    assert sum("printed in pieces" in str(warning) for warning in warnings) == 2


def test_years_under_words_that_do_not_part_them_stay_unread_in_pieces() -> None:
    """Near form: words over the years that part them into no columns ("Realisatie" /
    "Raming" over three years, a column in pieces): which year is whose the text does not
    tell, and nothing is read, before and after."""
    columns = [["12,5", "3,1", "2,0", "17,6"], ["13,0"], ["14,2", "3,5", "2,4", "20,1"]]
    words = ["Realisatie", "Raming"]
    text = _years_then_labels(words, *columns, ["2,2", "17,7"]) + "Toelichting"
    _tables, cells, _warnings = read_text(text)
    assert not cells


def _taakvelden(labels: list[str]) -> str:
    """A municipal table printed column by column: group words over the years, ``labels``,
    then three value blocks of four (three taakvelden and their total)."""
    heading = ["Realisatie", "Begroting", "2025", "2026", "2026"]
    columns = [["410", "620", "1.500", "2.530"], ["450", "700", "1.620", "2.770"]]
    columns.append(["460", "710", "1.700", "2.870"])
    caption = ["Tabel 2.1 Lasten programma 2 Sociaal domein (bedragen x € 1.000)"]
    return "\n".join([*caption, *_blocks(heading, labels, *columns), "Toelichting."])


def test_a_label_ending_in_a_hyphen_joined_to_the_label_under_it_is_two_labels() -> None:
    """A label ending in a hyphen ("Jeugdhulp 18-") is joined by a text layer without layout
    to the label under it as a word broken at the line's end, its hyphen dropped ("Jeugdhulp
    18Totaal lasten"): parted again, the heading "Lasten" holds no values and each row keeps
    its own. (Read as one, "Lasten" took the first taakveld's values and every row those of
    the row below it.)"""
    labels = ["Lasten", "Samenkracht", "Toegang", "Jeugdhulp 18Totaal lasten"]
    [_table], cells, _warnings = read_text(_taakvelden(labels))
    grid = cell_grid(cells)
    assert not any(row == "Lasten" for row, _column in grid)
    assert grid[("Samenkracht", "Realisatie 2025")] == "410"
    assert grid[("Jeugdhulp 18-", "Begroting 2026")] == "1.700"
    assert grid[("Totaal lasten", "Realisatie 2026")] == "2.770"
    assert len(cells) == 12
    assert row_parents(cells)["Jeugdhulp 18-"] == "Lasten"


def test_a_label_printed_apart_from_the_label_under_it_is_read_as_before() -> None:
    """Near form: the label with its hyphen on a line of its own ("Jeugdhulp 18-" /
    "Totaal lasten"), and a number apart from the word after it ("Wmo 2015 Begeleiding"):
    read as before, the heading without values."""
    labels = ["Lasten", "Samenkracht", "Wmo 2015 Begeleiding", "Jeugdhulp 18-", "Totaal lasten"]
    [_table], cells, _warnings = read_text(_taakvelden(labels))
    grid = cell_grid(cells)
    assert not any(row == "Lasten" for row, _column in grid)
    assert grid[("Wmo 2015 Begeleiding", "Realisatie 2025")] == "620"
    assert grid[("Jeugdhulp 18-", "Begroting 2026")] == "1.700"
    assert len(cells) == 12


def _years_labels_blocks(labels: list[str]) -> str:
    """Years first, each a block, then ``labels``, then three value blocks of four."""
    caption = "Tabel 3.1 Uitgaven programma 3 (bedragen x € 1 mln)"
    years = [[str(year)] for year in range(2022, 2025)]
    columns = [["12,5", "3,1", "2,0", "17,6"], ["13,0", "3,3", "2,1", "18,4"]]
    columns.append(["14,2", "3,5", "2,4", "20,1"])
    return "\n".join([caption, *_blocks(*years, labels, *columns), "Toelichting"])


def test_a_number_glued_to_a_capital_in_a_label_is_parted_only_where_the_sizes_then_agree() -> None:
    """A label printing a number right before a capitalised word of its own ("Covid
    19Steun") in a block of as many labels as each value block holds values: the sizes
    agree as printed, so the label is one, not two joined at a hyphen. (Parted, the block
    held a label too many and no table was read.)"""
    text = _years_labels_blocks(["Personeel", "Covid 19Steun", "Huisvesting", "Totaal"])
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Covid 19Steun", "2023")] == "3,3"
    assert grid[("Totaal", "2024")] == "20,1"
    assert len(cells) == 12


def test_a_label_joined_at_a_hyphen_a_label_short_of_the_values_is_parted() -> None:
    """Near form: the block a label short of the values, one label ending in a number glued
    to a capital ("Reïntegratie 18Huisvesting"): parted, the sizes agree, each row its own."""
    text = _years_labels_blocks(["Personeel", "Reïntegratie 18Huisvesting", "Totaal"])
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Reïntegratie 18-", "2023")] == "3,3"
    assert grid[("Huisvesting", "2022")] == "2,0"
    assert len(cells) == 12
