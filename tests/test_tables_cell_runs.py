"""Tests of placing a cell-per-line row's run of values (``tables_cell_runs``)."""

from __future__ import annotations

import pytest
from table_texts import cell_grid, cells_per_line, read_text, row_parents


def test_placeholder_of_2n_minus_1_spaces_stands_for_n_empty_cells() -> None:
    """a02/b01: ' ' is one empty cell, 9 spaces five; a trailing 15-space line a blank row."""
    text = cells_per_line(
        "Bedragen x € 1 mln",
        *["2010", "2011", "2012", "2013", "2014", "2015", "2016"],
        "UITGAVEN", " ", "0,4", "0,3", "0,3", "0,3", "0,3", "0,3",
        "Loonbijstelling", " ", "0,1", " " * 9,
        "Onvoorzien", " ", "0,3", "0,3", "0,3", "0,3", "0,3", "0,3",
        " " * 15,
        "Prijsbijstelling is in deze tabel niet opgenomen omdat die nog wordt verdeeld.",
    )  # fmt: skip
    [table], cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Loonbijstelling", "2011")] == "0,1"
    assert not any(row == "Loonbijstelling" and col != "2011" for row, col in grid)
    assert ("UITGAVEN", "2010") not in grid and grid[("UITGAVEN", "2016")] == "0,3"
    assert len(cells) == 6 + 1 + 6 and warnings == []
    assert (table["unit_label"], table["scale_factor"]) == ("x € 1 mln", 10**6)


def test_placeholder_of_n_spaces_stands_for_n_empty_cells() -> None:
    """b06: 4 spaces after two values are four empty cells; 5 before one value five."""
    years = ["2023", "2024", "2025", "2026", "2027", "2028"]
    text = cells_per_line(
        "Tabel 8", "In miljoenen euro's", *years,
        "Kasschuiven", "‒ 2,7", "2,7", "    ",
        "Extrapolatie", "     ", "91,0",
        "Loonbijstelling", *["3,1"] * 6,
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Kasschuiven", "2024")] == "2,7" and ("Kasschuiven", "2025") not in grid
    assert grid[("Extrapolatie", "2028")] == "91,0"
    assert [c["value"] for c in cells if c["row_label"] == "Kasschuiven"] == [-2.7, 2.7]


def test_next_rows_code_under_a_code_column_is_no_value() -> None:
    """A code column headed first ("Art." / "Omschrijving" / years) and more coded rows than
    the preview reads, every one followed by the next: each run ends in the next row's code,
    which is that row's code and not one more column (every value went one column over,
    under the corner heading, and the last row was lost)."""
    years = ["2024", "2025", "2026", "2027"]
    names = [
        "Rechtspraak", "Gevangeniswezen", "Reclassering", "Jeugdbescherming",
        "Slachtofferhulp", "Rechtsbijstand", "Forensische zorg", "Kansspelen", "Asiel",
    ]  # fmt: skip
    rows: list[str] = [" ", "Totaal uitgaven", "4.510", "4.620", "4.730", "4.840"]
    for number, name in enumerate(names, start=1):
        rows += [str(number), name, *(f"{500 + number}.{100 + k}" for k in range(4))]
    text = cells_per_line(
        "Tabel 3 Uitgaven per artikel", "Bedragen x € 1.000", "Art.", "Omschrijving",
        *years, *rows,
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Totaal uitgaven", "2024")] == "4.510"
    assert grid[("1 Rechtspraak", "2027")] == "501.103"
    assert grid[("9 Asiel", "2024")] == "509.100"
    assert {c["column_label"] for c in cells} == set(years)


def test_a_table_s_2n_minus_1_placeholders_part_empty_years_from_its_note_column() -> None:
    """A jaarverslag's budgettaire gevolgen one cell per line, realisations over three years,
    the budget and the difference, then a "Noot" column; its rows without values print
    2n - 1 spaces for their n empty cells (9 spaces over five columns). A loan paid out in
    the last year only prints "   " (two empty years), three amounts and its note's number:
    read as one empty cell, every amount went a column early and the note's number was
    stored as the difference."""
    text = cells_per_line(
        "Tabel 4 Budgettaire gevolgen van beleid artikel 3 (bedragen x € 1.000)",
        "Budgettaire gevolgen van beleid", "Realisatie", "Vastgestelde begroting",
        "Verschil", "Noot", " ", "2019", "2020", "2021", "2021", "2021",
        "Verplichtingen", "41.300", "38.950", "87.120", "52.000", "35.120", "1",
        "Uitgaven", "40.870", "39.410", "85.640", "51.500", "34.140", " ",
        "Subsidies", " " * 9,
        "Regeling innovatiekrediet", "12.410", "13.080", "13.590", "14.000", "– 410", " ",
        "Leningen", " " * 9,
        "Lening aan de Stichting Garantiefonds", "   ", "72.050", "37.500", "34.550", "2",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    loan = "Lening aan de Stichting Garantiefonds"
    assert grid[(loan, "Realisatie 2021")] == "72.050"
    assert grid[(loan, "Verschil 2021")] == "34.550"
    assert not [c for c in cells if c["row_label"] == loan and c["value_text"] == "2"]
    assert grid[("Verplichtingen", "Verschil 2021")] == "35.120"
    assert len([c for c in cells if c["row_label"] == loan]) == 3


def test_empty_cells_after_the_last_value_collapsed_into_one_placeholder_end_the_row() -> None:
    """A begroting's budgettaire gevolgen one cell per line prints an empty cell before a
    row's last value as one space, and the empty cells after it as one wider placeholder,
    as wide as a row of nothing ("Garanties" / five spaces under five years): a waarvan
    row of one amount in its second year (" " / "12.400" / five spaces) and an
    ontvangsten row with a gap (" " between its amounts, five spaces after) fit no
    convention, and were left out whole. Each one-space placeholder is one cell, the last
    placeholder the row's cells to the last column."""
    text = cells_per_line(
        "Tabel 3.2 Budgettaire gevolgen van beleid artikel 3 (bedragen x € 1.000)",
        "2025", "2026", "2027", "2028", "2029",
        "Verplichtingen", "48.200", "51.300", "50.900", "50.900", "50.900",
        "Uitgaven", "47.650", "50.100", "50.900", "50.900", "50.900",
        "Waarvan juridisch verplicht", " ", "12.400", "     ",
        "Garanties", "     ",
        "Subsidies", "47.650", "50.100", "50.900", "50.900", "50.900",
        "Ontvangsten", "2.100", " ", "1.800", "     ",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Waarvan juridisch verplicht", "2026")] == "12.400"
    assert len([c for c in cells if c["row_label"] == "Waarvan juridisch verplicht"]) == 1
    assert grid[("Ontvangsten", "2025")] == "2.100"
    assert grid[("Ontvangsten", "2027")] == "1.800"
    assert len([c for c in cells if c["row_label"] == "Ontvangsten"]) == 2


def test_a_one_space_cell_before_a_value_is_kept_where_a_collapsed_tail_ends_the_row() -> None:
    """A table whose rows of nothing print seven spaces under five years ("Leningen"):
    a waarvan row of one amount in its second year (" " / "9.800" / seven spaces) fits
    the 2n - 1 convention only with its one-space cell left out, and was stored under the
    first year. A one-space placeholder is one empty cell in any convention, and the last
    placeholder the cells left: the amount is the second year's."""
    text = cells_per_line(
        "Tabel 5.2 Budgettaire gevolgen van beleid artikel 5 (bedragen x € 1.000)",
        "2025", "2026", "2027", "2028", "2029",
        "Verplichtingen", "31.400", "29.800", "29.800", "29.800", "29.800",
        "Uitgaven", "30.950", "29.800", "29.800", "29.800", "29.800",
        "Waarvan juridisch verplicht", " ", "9.800", "       ",
        "Leningen", "       ",
        "Subsidies", "30.950", "29.800", "29.800", "29.800", "29.800",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    waarvan = [c for c in cells if c["row_label"] == "Waarvan juridisch verplicht"]
    assert [(c["column_label"], c["value_text"]) for c in waarvan] == [("2026", "9.800")]


def _gap_before_a_spacer(group_blank: str) -> str:
    """Spending per article one cell per line under four columns: a group row printing its
    empty cells as ``group_blank``, a row of two amounts with a two-space placeholder
    between them, and the total after the one space that opens each row without a code."""
    return cells_per_line(
        "Tabel 2.1 Opbouw uitgaven (bedragen x € 1.000)", "Omschrijving",
        "Stand ontwerpbegroting 2021", "Beleidsmatige mutaties", "Technische mutaties",
        "Stand Najaarsnota 2021",
        " ", "Niet-beleidsartikelen", group_blank,
        "Apparaatsuitgaven", "498.712", "7.450", "9.880", "516.042",
        "Nog onverdeeld", "176.204", "– 35.000", "– 118.366", "22.838",
        "Geheim", "3.012", "  ", "3.012",
        " ", "Totaal uitgaven", "677.928", "– 27.550", "– 108.486", "541.892",
    )  # fmt: skip


def test_a_rows_placeholder_is_read_as_its_table_prints_empty_cells() -> None:
    """A group row printing four spaces over four columns tells the table prints n spaces
    for n cells: "3.012" / two spaces / "3.012" / " " (the total's opening space) is two
    empty mutations, the second amount the last column's. Each placeholder read as one
    cell, the two spaces were one empty column and the amount stood a column early, under
    "Technische mutaties"."""
    _tables, cells, _warnings = read_text(_gap_before_a_spacer("    "))
    geheim = [(c["column_label"], c["value_text"]) for c in cells if c["row_label"] == "Geheim"]
    assert geheim == [("Stand ontwerpbegroting 2021", "3.012"), ("Stand Najaarsnota 2021", "3.012")]
    assert cell_grid(cells)[("Totaal uitgaven", "Stand Najaarsnota 2021")] == "541.892"


def test_a_rows_placeholder_where_no_row_tells_the_convention_is_read_as_before() -> None:
    """The near form: the group row prints one space, which reads as its cells in any
    convention, so nothing tells how the table prints a run of empty cells, and the row's
    placeholders are read one cell each, as before (the rule reads no convention there)."""
    _tables, cells, _warnings = read_text(_gap_before_a_spacer(" "))
    geheim = [(c["column_label"], c["value_text"]) for c in cells if c["row_label"] == "Geheim"]
    assert geheim == [("Stand ontwerpbegroting 2021", "3.012"), ("Technische mutaties", "3.012")]


def _budget_with_notes(rows: list[tuple[str, ...]], note: str = "Noot") -> str:
    """A jaarverslag's budgettaire gevolgen one cell per line, no blank lines: two heading
    rows (the stages and ``note`` over a blank corner, then the years and the note
    column's blank), then each row's cells."""
    return cells_per_line(
        "Tabel 11.2 Budgettaire gevolgen van beleid artikel 11 (bedragen x € 1.000)",
        "Realisatie", "Vastgestelde begroting", "Verschil", note,
        " ", "2014", "2015", "2016", "2017", "2018", "2018", "2018", " ",
        *(cell for row in rows for cell in row),
    )  # fmt: skip


_ROWS_WITH_NOTES = [
    ("Verplichtingen", "41.300", "38.950", "37.120", "40.010", "52.000", "45.500", "6.500", "1"),
    ("Uitgaven", "40.870", "39.410", "36.640", "39.900", "51.500", "45.000", "6.500", " "),
    ("Opdrachten", "8.210", "7.940", "7.100", "6.800", "6.950", "7.400", "– 450", " "),
    ("Bijdrage aan medeoverheden", "32.660", "31.470", "29.540", "33.100", "44.550", "37.600",
     "6.950", " "),
    ("Provincies", "32.660", "31.470", "29.540", "31.900", "41.250", "35.300", "5.950", " "),
    ("Eilanden", "   ", "1.200", "3.300", "2.300", "1.000", "3"),
    ("Ontvangsten", "2.140", "1.380", "910", "1.650", "1.720", "600", "1.120", " "),
]  # fmt: skip


def _row(cells: list[dict[str, object]], label: str) -> list[tuple[object, object]]:
    """The (column, value) pairs of the row labelled ``label``, in order."""
    return [(c["column_label"], c["value_text"]) for c in cells if c["row_label"] == label]


def test_rows_printing_every_cell_and_their_note_tell_n_spaces_for_n_empty_cells() -> None:
    """No value-less row tells how the table prints a run of empty cells, but every row
    prints all its cells, the note column's last (its number or a space): "   " / four
    amounts / "3" is then three empty years, four amounts and the note's number, as no
    other reading makes the row's eight cells. Read per run, 2n - 1 made the three spaces
    two empty years, every amount went a column early and the note's "3" was stored as
    the difference."""
    _tables, cells, _warnings = read_text(_budget_with_notes(_ROWS_WITH_NOTES))
    assert _row(cells, "Eilanden") == [
        ("Realisatie 2017", "1.200"),
        ("Realisatie 2018", "3.300"),
        ("Vastgestelde begroting 2018", "2.300"),
        ("Verschil 2018", "1.000"),
    ]
    assert cell_grid(cells)[("Ontvangsten", "Verschil 2018")] == "1.120"


def test_a_note_s_number_is_no_value_where_the_table_tells_no_convention() -> None:
    """Where the rows leave an empty note cell out, nothing tells the table's convention,
    and the row fits both: n spaces with the "3" the note's, 2n - 1 with the "3" the last
    column's value. A note's number read as a value puts every amount a column early; the
    reading that keeps it the note's is taken."""
    rows = [tuple(cell for cell in row if cell != " ") for row in _ROWS_WITH_NOTES]
    _tables, cells, _warnings = read_text(_budget_with_notes(rows))
    assert _row(cells, "Eilanden")[0] == ("Realisatie 2017", "1.200")
    assert not [c for c in cells if c["value_text"] == "3"]


def test_a_difference_column_s_sum_tells_the_last_small_number_a_value() -> None:
    """The near form where the row's figures tell: the empty note cells left out, "   " /
    four amounts / "3" fits both readings, but only 2n - 1 (two empty years) makes the
    "Verschil" column the difference of the two before it (1.003 - 1.000 = 3): the "3" is
    that column's value, no note's. Read as the note's, every amount went a column late."""
    row = ("Eilanden", "   ", "1.200", "3.300", "1.003", "1.000", "3")
    rows = [tuple(c for c in r if c != " ") for r in [*_ROWS_WITH_NOTES[:5], row]]
    _tables, cells, _warnings = read_text(_budget_with_notes(rows))
    assert _row(cells, "Eilanden") == [
        ("Realisatie 2016", "1.200"),
        ("Realisatie 2017", "3.300"),
        ("Realisatie 2018", "1.003"),
        ("Vastgestelde begroting 2018", "1.000"),
        ("Verschil 2018", "3"),
    ]


@pytest.mark.parametrize("group", [[("Subsidies", " " * 15)], []])
def test_rows_printing_every_cell_and_their_note_tell_2n_minus_1_spaces(
    group: list[tuple[str, ...]],
) -> None:
    """The near form (b01's convention): the same table printing 2n - 1 spaces, "   " /
    five amounts / "3" is two empty years, five amounts and the note's number, as a
    value-less row's 15 spaces for eight cells tell (read so before), and as the rows'
    eight cells tell where none prints (n spaces made nine): the rule reads the table's
    convention, it does not impose n spaces."""
    row = ("Eilanden", "   ", "900", "1.200", "3.300", "2.300", "1.000", "3")
    rows = [*_ROWS_WITH_NOTES[:2], *group, *_ROWS_WITH_NOTES[2:5], row, _ROWS_WITH_NOTES[-1]]
    _tables, cells, _warnings = read_text(_budget_with_notes(rows))
    assert _row(cells, "Eilanden")[0] == ("Realisatie 2016", "900")
    assert _row(cells, "Eilanden")[-1] == ("Verschil 2018", "1.000")
    assert not [c for c in cells if c["value_text"] == "3"]


def test_a_small_last_value_without_a_note_column_stays_a_value() -> None:
    """The near form (b06's convention, no note column): seven years, "   " / three amounts
    / "3" is three empty years and four values, the "3" the last year's: the rule reads a
    small number as a note's only under a note column."""
    years = ["2014", "2015", "2016", "2017", "2018", "2019", "2020"]
    text = cells_per_line(
        "Tabel 4 Budgettaire gevolgen van beleid (bedragen x € 1.000)", " ", *years,
        "Uitgaven", "40.870", "39.410", "36.640", "39.900", "51.500", "45.000", "46.100",
        "Eilanden", "   ", "1.200", "3.300", "2.300", "3",
        "Ontvangsten", "2.140", "1.380", "910", "1.650", "1.720", "600", "640",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Eilanden", "2017")] == "1.200"
    assert grid[("Eilanden", "2020")] == "3"


def _subsidies(*rows: tuple[str, ...]) -> str:
    """A subsidy overview one cell per line (a rijksfinancien page): an "Art." code before
    each name, five years, then three text columns, two evaluations' years and an end
    date, every row printing all its cells, no row without values."""
    return cells_per_line(
        "Tabel 91 Overzicht subsidies (bedragen x € 1.000)",
        "Art.", "Naam subsidie(regeling)", "2026", "2027", "2028", "2029", "2030",
        "Laatste evaluatie", "Volgende evaluatie", "Vervaldatum",
        "2", "Subsidieregeling praktijkleren",
        "201.580", "215.400", "215.400", "215.400", "215.400", "2022", "2027", "1-1-2031",
        *(cell for row in rows for cell in row),
        "8", "Subsidie Stichting Pensioenregister",
        "1.840", "1.840", "1.840", "1.840", "1.840", "2021", "2026", "n.v.t.",
    )  # fmt: skip


def test_one_space_placeholders_before_text_cells_printed_as_figures_are_empty_years() -> None:
    """A regeling that ends prints a space for each of its last years, then its
    evaluations' year and "n.v.t." and its end date; one that starts later a space for
    each of its first years. A placeholder of one space is one cell under every
    convention: counted so, the figures after the amounts are the text columns' cells,
    no amounts. Read without them, the ending row fitted no column and was lost, and the
    starting one's evaluation years were stored as its 2029 and 2030 amounts."""
    ended = (
        "2",
        "Regeling cofinanciering",
        "12.118",
        "4.500",
        " ",
        " ",
        " ",
        "2021",
        "n.v.t.",
        "1-7-2027",
    )
    started = ("4", "Regeling armoede en schulden", " ", " ", "7.250", "7.250", "7.250", "2025",
               "2028", "1-1-2031")  # fmt: skip
    _tables, cells, warnings = read_text(_subsidies(ended, started))
    assert not warnings
    assert _row(cells, "2 Regeling cofinanciering") == [("2026", "12.118"), ("2027", "4.500")]
    assert _row(cells, "4 Regeling armoede en schulden") == [
        ("2028", "7.250"),
        ("2029", "7.250"),
        ("2030", "7.250"),
    ]
    assert cell_grid(cells)[("8 Subsidie Stichting Pensioenregister", "2030")] == "1.840"


def test_a_year_among_the_amounts_of_a_row_printing_every_cell_stays_an_amount() -> None:
    """The near form: a row printing an amount in every year, one of them a figure shaped
    as a year ("2.025" printed "2025"), and its three text cells: no placeholder, nothing
    to count, read as before."""
    row = ("4", "Regeling armoede en schulden", "7.250", "2025", "7.250", "7.250", "7.250",
           "2023", "2028", "1-1-2031")  # fmt: skip
    _tables, cells, _warnings = read_text(_subsidies(row))
    assert _row(cells, "4 Regeling armoede en schulden")[1] == ("2027", "2025")
    assert len(_row(cells, "4 Regeling armoede en schulden")) == 5


@pytest.mark.parametrize("evaluated", [" ", "n.v.t."])
def test_an_empty_text_cell_after_the_amounts_of_a_row_starting_later_is_no_amount(
    evaluated: str,
) -> None:
    """A regeling that starts later prints a space for each of its first years, its three
    amounts, then its last evaluation, which it has not had: a space too (or "n.v.t."),
    then its next evaluation's year and its end date. Counted by cells, the space after
    the amounts is the first text column's, and the year and date after it the others':
    counted by values, the text columns started at the third amount, which was lost with
    the others, and the end date became a value-less row over the next rows. "n.v.t."
    in its place (the near form) read so already."""
    started = ("4", "Regeling armoede en schulden", " ", " ", "7.250", "7.250", "7.250",
               evaluated, "2028", "1-1-2031")  # fmt: skip
    _tables, cells, warnings = read_text(_subsidies(started))
    assert not warnings
    assert _row(cells, "4 Regeling armoede en schulden") == [
        ("2028", "7.250"),
        ("2029", "7.250"),
        ("2030", "7.250"),
    ]
    assert {c["parent_row_label"] for c in cells} == {None}
    assert cell_grid(cells)[("8 Subsidie Stichting Pensioenregister", "2030")] == "1.840"


def _reserves(blank: str) -> str:
    """A municipality's reserves one cell per line, blank lines between: four amounts and
    an end date after them ("Einddatum": "n.v.t.", a date or a year), an empty amount
    printed as ``blank``, the total's end date a space."""
    return cells_per_line(
        "Tabel 8.4 Verloop reserves 2025 (bedragen x € 1.000)",
        "Omschrijving", "Saldo 1-1-2025", "Toevoegingen", "Onttrekkingen", "Saldo 31-12-2025",
        "Einddatum",
        "Algemene reserve", "24.815", "1.385", "2.100", "24.100", "n.v.t.",
        "Reserve sociaal domein", "3.420", blank, "1.150", "2.270", "31-12-2027",
        "Egalisatiereserve afval", "612", "88", blank, "700", "n.v.t.",
        "Reserve bouwveld N", "1.950", blank, blank, "1.950", "2028",
        "Reserve sporthal Oost", "5.760", blank, "240", "5.520", "2049",
        "Reserve Omgevingswet", blank, "500", blank, "500", "31-12-2026",
        "Totaal reserves", "36.557", "1.973", "3.490", "35.040", " ",
    )  # fmt: skip


def test_one_space_placeholders_between_amounts_count_in_the_tables_width() -> None:
    """Rows printing a space for an empty amount between their figures, then a text column
    after them: counted by their figures alone, and each also as a row whose last figure
    is the text column's cell, most rows printed three values, and the table's four
    columns under five headings were refused. A space between two figures is one empty
    cell under every convention: counted so, most rows print four cells."""
    _tables, cells, warnings = read_text(_reserves(" "))
    assert not warnings and len(cells) == 21
    grid = cell_grid(cells)
    assert grid[("Reserve sociaal domein", "Onttrekkingen")] == "1.150"
    assert grid[("Reserve bouwveld N", "Saldo 31-12-2025")] == "1.950"
    assert ("Reserve bouwveld N", "Toevoegingen") not in grid
    assert grid[("Reserve Omgevingswet", "Toevoegingen")] == "500"
    assert row_parents(cells)["Reserve sporthal Oost"] == "Totaal reserves"


def test_wider_placeholders_between_amounts_count_no_cells_in_the_tables_width() -> None:
    """The near form: placeholders of three spaces between the figures, one cell or two
    or three as the table's convention says, which the heading does not read: the
    figures alone count, and the table is said and left unread, as before."""
    _tables, cells, warnings = read_text(_reserves("   "))
    assert cells == []
    assert [w.reason for w in warnings] == [
        "table at line 1: heading 'Saldo 1-1-2025' is shaped as a column's but heads none of "
        "the 3 columns the rows fill: which heading is no column's the text does not tell; "
        "not read"
    ]


def _mutations(*heading: str, rows: list[tuple[str, ...]], join: str) -> str:
    """A suppletoire begroting's mutation table printed one cell per line under
    ``heading``: each row's cells in printed order."""
    lines = ["Tabel 4 Suppletoire mutaties 2025 (bedragen x € 1.000)", *heading]
    for row in rows:
        lines += row
    return join.join(lines)


@pytest.mark.parametrize("join", ["\n", "\n\n"])
def test_rows_ending_in_empty_cells_before_the_next_rows_code_cell_keep_the_code_column(
    join: str,
) -> None:
    """ "Art." / "Omschrijving" over three value columns, every row opening with its code
    cell, a number or one space where it has none, and most rows leaving the last column
    empty ("38.400" / "38.400" / " " / "3"). Counted up to their last value, those rows
    printed two values, the table was read a column narrow: every value one column right,
    the next row's code ("16") a value, and the rows printing three values (the stands,
    "Overige mutaties") left out. The spaces before the next row's code cell are the row's
    own empty cells."""
    rows = [
        (" ", "Stand eerste suppletoire begroting 2025", "52.310.400", "51.980.200", "1.620.500"),
        (" ", "Belangrijkste mutaties", " ", " ", " "),
        ("2", "Bijstelling raming leerlingen", "41.200", "41.200", " "),
        ("5", "Subsidieregeling: onderuitputting", "– 12.300", "– 8.100", " "),
        ("9", "Hogere ontvangsten leningen", " ", " ", "27.600"),
        ("16", "Kasschuif investeringsfonds", "0", "– 54.000", " "),
        ("21", "Bijdrage aan musea", "3.400", "3.400", " "),
        (" ", "Overige mutaties", "17.250", "14.980", "2.204"),
        (" ", "Stand tweede suppletoire begroting 2025", "52.399.950", "51.977.680", "1.650.304"),
    ]  # fmt: skip
    heading = ("Art.", "Omschrijving", "Verplichtingen", "Uitgaven", "Ontvangsten")
    _tables, cells, warnings = read_text(_mutations(*heading, rows=rows, join=join))
    grid = cell_grid(cells)
    assert grid[("2 Bijstelling raming leerlingen", "Verplichtingen")] == "41.200"
    assert grid[("9 Hogere ontvangsten leningen", "Ontvangsten")] == "27.600"
    assert grid[("16 Kasschuif investeringsfonds", "Uitgaven")] == "– 54.000"
    assert grid[("Overige mutaties", "Ontvangsten")] == "2.204"
    assert grid[("Stand tweede suppletoire begroting 2025", "Verplichtingen")] == "52.399.950"
    assert "16" not in {c["value_text"] for c in cells}
    assert len(cells) == 3 + 2 + 2 + 1 + 2 + 2 + 3 + 3 and not warnings


@pytest.mark.parametrize("coded", [False, True])
def test_a_first_value_column_of_small_numbers_stays_a_value(coded: bool) -> None:
    """The near form: the first value column holds counts, small numbers as codes are
    ("Aantal": "16", "3"), one row leaves the last column empty before the next label, and
    the rows print a code cell only under a code column's heading. Every count stays a
    value of "Aantal" and the empty cell an empty "Ontvangsten", with the code column or
    without it."""
    rows = [
        ("1", "Bijstelling raming leerlingen", "16", "41.200", "1.300"),
        ("3", "Subsidieregeling: onderuitputting", "3", "– 8.100", " "),
        ("5", "Hogere ontvangsten leningen", "7", "2.500", "27.600"),
        ("8", "Bijdrage aan musea", "21", "3.400", "900"),
    ]
    heading = ("Omschrijving", "Aantal", "Uitgaven", "Ontvangsten")
    text = _mutations(
        *(("Art.", *heading) if coded else heading),
        rows=[row if coded else row[1:] for row in rows],
        join="\n",
    )
    _tables, cells, warnings = read_text(text)
    labels = {row[1]: f"{row[0]} {row[1]}" if coded else row[1] for row in rows}
    grid = cell_grid(cells)
    assert grid[(labels["Bijstelling raming leerlingen"], "Aantal")] == "16"
    assert grid[(labels["Subsidieregeling: onderuitputting"], "Aantal")] == "3"
    assert grid[(labels["Subsidieregeling: onderuitputting"], "Uitgaven")] == "– 8.100"
    assert grid[(labels["Bijdrage aan musea"], "Aantal")] == "21"
    assert len(cells) == 11 and not warnings


_NARROW = [
    "Tabel 4 Lasten en baten per programma (bedragen x € 1.000)",
    *["Lasten", "Baten", "Saldo"],
    *["Veiligheid", "8.410", "1.220", "-7.190"],
    *["Onderwijs", "12.905", "3.110", "-9.795"],
    *["Totaal", "21.315", "4.330", "-16.985"],
]
_WIDE = [
    "Tabel 5 Meerjarenraming (bedragen x € 1.000)",
    *["2025", "2026", "2027", "2028"],
    *["Veiligheid", "8.410", "8.520", "8.640", "8.750"],
    *["Onderwijs", "12.905", "13.010", "13.150", "13.300"],
    *["Cultuur", "2.304", "2.310", "2.330", "2.350"],
    *["Sport", "1.650", "1.670", "1.690", "1.700"],
    *["Totaal", "25.269", "25.510", "25.810", "26.100"],
]


@pytest.mark.parametrize("order", [(_NARROW, _WIDE), (_WIDE, _NARROW)])
def test_the_next_tables_caption_ends_the_rows_a_tables_width_is_read_from(
    order: tuple[list[str], list[str]],
) -> None:
    """A short table of word headings ("Lasten" / "Baten" / "Saldo", three values a row)
    right above a longer one of four years: how many values a row prints is read from the
    table's own first rows, up to the next table's caption, as its rows end there. Counted
    past it, the next table's rows outnumbered its own, its width was read as four, more
    than its headings, and none of its cells was read. The near form, the longer table
    first, read both already and still does."""
    _tables, cells, _warnings = read_text(cells_per_line(*order[0], *order[1]))
    narrow = [c for c in cells if c["table_id"].endswith("4")]
    wide = [c for c in cells if c["table_id"].endswith("5")]
    assert len(narrow) == 9 and len(wide) == 20
    assert cell_grid(narrow)[("Onderwijs", "Saldo")] == "-9.795"
    assert cell_grid(wide)[("Sport", "2027")] == "1.690"


def _amendments(rows: list[tuple[str, ...]], join: str) -> str:
    """Amendments and motions printed one cell per line under "Art." / "Omschrijving" /
    "Uitgaven" / "Ontvangsten" / "Vindplaats": each row's code cell (one space where it
    has none), label, two values and the paper it is found in, a text after the values."""
    heading = ("Art.", "Omschrijving", "Uitgaven", "Ontvangsten", "Vindplaats")
    return _mutations(*heading, rows=rows, join=join)


@pytest.mark.parametrize("join", ["\n", "\n\n"])
def test_rows_ending_in_empty_cells_before_their_text_cell_keep_the_code_column(
    join: str,
) -> None:
    """A code column first and a text column after the values ("Vindplaats"), most rows
    leaving the last value column empty ("25.000" / " " / "Kamerstuk ..., nr. 14" / "14").
    Counted up to their last value, those rows printed one value, the table was read a
    column narrow: every value one column right, the paper read as the next row's label
    and the next row's code ("14") as its value. The text cell ends a row's cells, and the
    code cell after it opens the next row."""
    rows = [
        ("6", "Amendement leraren", "25.000", " ", "Kamerstuk 36 410 VIII, nr. 14"),
        ("14", "Motie cultuur", "3.000", " ", "Kamerstuk 36 410 VIII, nr. 52"),
        ("11", "Motie bibliotheken", "1.500", " ", "Kamerstuk 36 410 VIII, nr. 60"),
        ("8", "Terugbetaling studievoorschot", " ", "4.200", " "),
        (" ", "Totaal", "29.500", "4.200", " "),
    ]
    _tables, cells, warnings = read_text(_amendments(rows, join))
    grid = cell_grid(cells)
    assert grid[("6 Amendement leraren", "Uitgaven")] == "25.000"
    assert grid[("14 Motie cultuur", "Uitgaven")] == "3.000"
    assert grid[("8 Terugbetaling studievoorschot", "Ontvangsten")] == "4.200"
    assert grid[("Totaal", "Uitgaven")] == "29.500"
    assert grid[("Totaal", "Ontvangsten")] == "4.200"
    assert not {"14", "11", "8"} & {c["value_text"] for c in cells}
    assert len(cells) == 1 + 1 + 1 + 1 + 2 and not warnings


@pytest.mark.parametrize("join", ["\n", "\n\n"])
def test_rows_printing_both_values_before_their_text_cell_keep_both(join: str) -> None:
    """Every row printing both values before its paper: the text after a row's values
    was taken for one of them (the last value the text column's cell), the table read
    one column wide and every code a value. The text cell with the code cell after it
    says the values before it are all the row's."""
    rows = [
        ("6", "Amendement leraren", "25.000", "1.200", "Kamerstuk 36 410 VIII, nr. 14"),
        ("14", "Motie cultuur", "3.000", "800", "Kamerstuk 36 410 VIII, nr. 52"),
        ("11", "Motie bibliotheken", "1.500", "700", "Kamerstuk 36 410 VIII, nr. 60"),
        (" ", "Totaal", "29.500", "2.700", " "),
    ]
    _tables, cells, warnings = read_text(_amendments(rows, join))
    grid = cell_grid(cells)
    assert grid[("6 Amendement leraren", "Ontvangsten")] == "1.200"
    assert grid[("14 Motie cultuur", "Uitgaven")] == "3.000"
    assert grid[("Totaal", "Ontvangsten")] == "2.700"
    assert len(cells) == 8 and not warnings


@pytest.mark.parametrize("join", ["\n", "\n\n"])
def test_rows_of_three_values_before_a_yes_or_no_cell_are_read_as_before(join: str) -> None:
    """The near form: a code column, three value columns and a text column after them
    ("Tolerantiegrens overschreden" over "nee" / "ja"), every row printing its last value
    (one an empty cell between values): the rows' width is the values' three, as before,
    and no value goes a column over."""
    heading = ("Art.", "Omschrijving", "Verplichtingen", "Uitgaven", "Ontvangsten")
    rows = [
        ("6", "Primair onderwijs", "25.000", "25.000", "1.200", "nee"),
        ("14", "Cultuur", "3.000", " ", "3.000", "ja"),
        ("11", "Bibliotheken", "1.500", "1.500", "700", "nee"),
        (" ", "Totaal", "29.500", "26.500", "4.900", " "),
    ]
    text = _mutations(*heading, "Tolerantiegrens overschreden", rows=rows, join=join)
    _tables, cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("6 Primair onderwijs", "Ontvangsten")] == "1.200"
    assert grid[("14 Cultuur", "Verplichtingen")] == "3.000"
    assert grid[("14 Cultuur", "Ontvangsten")] == "3.000"
    assert ("14 Cultuur", "Uitgaven") not in grid
    assert grid[("Totaal", "Uitgaven")] == "26.500"
    assert len(cells) == 3 + 2 + 3 + 3 and not warnings


def _chapters(codes: list[str]) -> str:
    """A rijksrekening's receipts per chapter one cell per line, each chapter's ``codes``
    entry in a cell of its own before its name; the first rows' last values are small
    figures ("0", "225"), one chapter unbudgeted (" " for its begroting)."""
    names = [
        ("Koninklijk Huis", "0", "0", "0"),
        ("Eerste Kamer", "120", "345", "225"),
        ("Raad van State", " ", "640", "640"),
        ("Kabinet", "715", "902", "187"),
        ("Koninkrijk", "23.400", "19.100", "– 4.300"),
        ("Buitenland", "1.104.000", "1.080.500", "– 23.500"),
        ("Justitie", "1.350.000", "1.402.250", "52.250"),
        ("Binnenland", "401.000", "462.800", "61.800"),
    ]
    rows: list[str] = []
    for code, (name, *values) in zip(codes, names, strict=True):
        rows += [code, name, *values]
    return cells_per_line(
        "Tabel 2 Ontvangsten per begrotingshoofdstuk (x € 1.000)",
        "Hoofdstuk", "Begroting", "Realisatie", "Verschil",
        *rows,
        " ", "Totaal", "2.880.239", "2.966.537", "86.298",
    )  # fmt: skip


def test_small_last_values_before_the_next_row_s_letter_code_are_values() -> None:
    """Chapters coded in letters, each code in a cell of its own before the name ("IIA" /
    "Eerste Kamer"), the first rows ending in small figures: a code-like figure ending a
    run is no next row's code where that row opens with a code of its own. Read as one,
    the first rows printed two values, the table was read two columns wide, the begroting
    column lost and most rows left out."""
    codes = ["I", "IIA", "IIB", "III", "IV", "V", "VI", "VII"]
    _tables, cells, warnings = read_text(_chapters(codes))
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == {"Begroting", "Realisatie", "Verschil"}
    assert grid[("IIA Eerste Kamer", "Verschil")] == "225"
    assert grid[("IIB Raad van State", "Realisatie")] == "640"
    assert grid[("VI Justitie", "Begroting")] == "1.350.000"
    assert len(cells) == 26 and not warnings


def test_small_last_values_before_the_next_row_s_number_code_are_values_as_before() -> None:
    """Near form: the chapters coded in numbers, each a cell of its own before the name
    ("2" / "Eerste Kamer"): the numbers are the rows' codes, no values, and the table is
    read three columns wide, as before."""
    codes = ["1", "2", "3", "4", "5", "6", "7", "8"]
    _tables, cells, _warnings = read_text(_chapters(codes))
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == {"Begroting", "Realisatie", "Verschil"}
    assert grid[("2 Eerste Kamer", "Verschil")] == "225"
    assert grid[("7 Justitie", "Begroting")] == "1.350.000"


def _numbered_rows(numbers: list[str]) -> str:
    """A municipal jaarrekening's lasten per taakveld one cell per line, more rows than the
    first rows' preview holds: each row's number (``numbers``) in a cell of its own before
    its name, under a group row printing only its placeholder, and a total whose code cell
    is empty."""
    cells = [
        "Lasten per taakveld (bedragen x € 1.000)",
        "Taakveld", " ", "Begroting 2024", "Realisatie 2024", "Verschil",
        " ", "Lasten", "     ",
    ]  # fmt: skip
    for k, number in enumerate(numbers):
        cells.extend([number, f"Taakveld {chr(65 + k)}", f"{k + 2}.100", f"{k + 2}.000", "100"])
    cells.extend([" ", "Totaal lasten", "99.000", "98.100", "900"])
    return cells_per_line(*cells)


def test_numbers_counting_up_before_the_labels_are_codes_past_the_preview() -> None:
    """Nine rows each numbered in a cell of its own ("0" ... "8") under a group row: every
    run within the first rows' preview ends in the next row's number, so its values and
    its values plus that number tie, and the tie went to the wider count (the corner's
    "Taakveld" read as a value column, every value one column over). Numbers counting up
    row by row are the rows' own numbers."""
    _tables, cells, _warnings = read_text(_numbered_rows([str(k) for k in range(9)]))
    grid = cell_grid(cells)
    assert grid[("0 Taakveld A", "Begroting 2024")] == "2.100"
    assert grid[("8 Taakveld I", "Verschil")] == "100"
    assert row_parents(cells)["3 Taakveld D"] == "Lasten"


def test_small_last_values_not_counting_up_stay_a_column() -> None:
    """The near form: a table without codes whose last column holds small numbers ("3",
    "7", "2" ...), as many rows: those numbers do not count up, so they stay that
    column's values, as before."""
    cells = [
        "Tabel 3 Lasten en formatie per team (bedragen x € 1.000)",
        " ", "Lasten 2024", "Baten 2024", "Formatie 2024",
    ]  # fmt: skip
    for k, fte in enumerate(["3", "7", "2", "5", "4", "9", "6", "1", "8", "2"]):
        cells.extend([f"Team {chr(65 + k)}", f"{k + 2}.100", f"{k + 1}.000", fte])
    _tables, cells_read, _warnings = read_text(cells_per_line(*cells))
    grid = cell_grid(cells_read)
    assert grid[("Team A", "Formatie 2024")] == "3"
    assert grid[("Team H", "Lasten 2024")] == "9.100"


def _ceilings(transfer: tuple[str, ...], heading_blank: str, spacer: str) -> str:
    """Ceilings per sector one cell per line: a level, a value-less heading of corrections
    printing its empty cells as ``heading_blank``, the corrections (the last one
    ``transfer``), a spacer row (``spacer``), their unlabelled subtotal and the level they
    come to."""
    return cells_per_line(
        "Tabel 3.1 Plafonds per sector (in miljarden euro)", " ",
        "Rijk", "Gemeenten", "Zorg", "Totaal",
        "Plafond begroting", "101,0", "42,0", "55,0", "198,0",
        "Correcties", heading_blank,
        "Prijsbijstelling", "1,2", "0,5", "0,3", "2,0",
        "Overdracht aan fondsen", *transfer, spacer,
        " ", "1,0", "0,5", "0,3", "1,8",
        "Plafond jaarverslag", "102,0", "42,5", "55,3", "199,8",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("heading_blank", "gap", "spacer"), [(" " * 7, "   ", " " * 9), (" " * 4, "  ", " " * 5)]
)
def test_row_before_an_unlabelled_subtotal_reads_its_placeholders_as_the_table_prints_them(
    heading_blank: str, gap: str, spacer: str
) -> None:
    """A row printing its first and last amounts, its two empty cells between as one
    placeholder, then a spacer row's placeholder and an unlabelled subtotal: the table's
    value-less heading tells how it prints a run of empty cells (2n - 1 spaces or n), and
    the row's placeholder is read so, as a run placed whole is. Read as one cell, the
    placeholder put the last amount a column early, under the third sector."""
    text = _ceilings(("– 0,2", gap, "– 0,2"), heading_blank, spacer)
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Overdracht aan fondsen", "Rijk")] == "– 0,2"
    assert grid[("Overdracht aan fondsen", "Totaal")] == "– 0,2"
    assert len([c for c in cells if c["row_label"] == "Overdracht aan fondsen"]) == 2
    assert grid[("", "Totaal")] == "1,8"


def test_row_before_an_unlabelled_subtotal_printing_a_space_a_cell_keeps_its_columns() -> None:
    """The same row printing each empty cell as one space (one cell whatever the table's
    convention) reads the same before and after."""
    text = _ceilings(("– 0,2", " ", " ", "– 0,2"), " " * 7, " " * 9)
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Overdracht aan fondsen", "Rijk")] == "– 0,2"
    assert grid[("Overdracht aan fondsen", "Totaal")] == "– 0,2"
    assert grid[("", "Zorg")] == "0,3"
