"""Tests of the row-per-line reader: finding heading lines, stacking blocks (``tables_rows``)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from table_texts import cell_grid, printed, read_text, row_parents

from budgetkit.extract import tables_groups, tables_rows
from budgetkit.extract.tables_layout import find_tables
from budgetkit.textmodel import TextModel


def test_a_line_of_prose_ending_in_a_year_is_not_read_for_placed_headings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A sentence ending in a year is tried as a column heading line (it ends as one does),
    but it is one run of words from the margin, single spaces apart: it holds no headings
    parted by where they stand, and (a comma in it) no heading words over several lines, so
    neither reading is tried on it; a heading over aligned values still is."""
    tried: list[str] = []
    for name in ("placed_heading", "block_heading"):
        reader = getattr(tables_rows, name)
        monkeypatch.setattr(
            tables_rows,
            name,
            lambda lines, index, r=reader: tried.append(lines[index]) or r(lines, index),
        )
    prose = "De uitgaven stijgen in 2024, net als in 2023"
    heading = "                       Stand ontwerpbegroting 2026 Mutaties NvW Stand na NvW 2026"
    rows = [
        "Verplichtingen                             412.000        9.500           421.500",
        "Uitgaven                                   398.700        7.250           405.950",
    ]
    found = find_tables(TextModel("\n".join([prose, "", heading, *rows])))
    assert prose not in tried and heading in tried
    assert [table.columns for table in found.tables] == [
        ["Stand ontwerpbegroting 2026", "Mutaties NvW", "Stand na NvW 2026"]
    ]


def _cells(text: str) -> dict[tuple[str, str], tuple[str, Decimal | None]]:
    [table] = find_tables(TextModel(text)).tables
    return {
        (row.label, cell.column_label): (cell.text, cell.value)
        for row in table.rows
        for cell in row.cells
    }


def test_small_negatives_in_brackets_are_cells_where_the_table_prints_its_negatives_so() -> None:
    """A spreadsheet printed to PDF in accounting format: every negative in brackets, the
    large ones with thousands ("(2.350)") and the small ones without ("(85)"). Where a row
    prints the large form, a small figure in brackets padded apart in a row is a negative
    of its own column too; it stopped the row's reading, its figures glued to the label. A
    row's own number in brackets one space after its word stays in its label."""
    text = "\n".join(
        [
            "Staat van reserves 2025 (bedragen x € 1.000)",
            "",
            "                        Saldo 1-1-2025  Toevoeging  Onttrekking  Saldo 31-12-2025",
            "Algemene reserve                12.480         640      (2.350)            10.770",
            "Reserve sociaal domein           3.115         210        (85)              3.240",
            "Reserve onderhoud (3)            1.960        (40)         120              2.040",
            "Totaal                          17.555         810      (2.315)            16.050",
        ]
    )
    grid = _cells(text)
    assert grid[("Reserve sociaal domein", "Onttrekking")] == ("(85)", Decimal(-85))
    assert grid[("Reserve sociaal domein", "Saldo 31-12-2025")] == ("3.240", Decimal(3240))
    assert grid[("Reserve onderhoud (3)", "Toevoeging")] == ("(40)", Decimal(-40))
    assert grid[("Reserve onderhoud (3)", "Saldo 1-1-2025")] == ("1.960", Decimal(1960))


def test_a_euro_sign_before_a_dash_is_a_nil_cell_as_the_accounting_format_prints_it() -> None:
    """A spreadsheet in accounting format printed to PDF: the euro sign in every cell, a
    negative "-€ 95.000", and a nil "€ -" (the sign, then a dash where the figure stands).
    The nil is a cell of its column, aligned under its heading as a figure is, not a minus
    of the figure after it: the row was cut at it, its first figure glued to the label,
    and the columns of words read no table."""
    text = "\n".join(
        [
            "Wijziging investeringskredieten",
            "",
            "Krediet                                  Oorspronkelijk      Wijziging         Nieuw",
            "Renovatie sporthal De Bongerd                € 840.000     € 120.000     € 960.000",
            "Vervanging openbare verlichting              € 412.000           € -     € 412.000",
            "Herinrichting Marktplein                     € 305.000     -€ 95.000     € 210.000",
            "Totaal                                     € 1.557.000      € 25.000   € 1.582.000",
        ]
    )
    grid = _cells(text)
    assert grid[("Vervanging openbare verlichting", "Oorspronkelijk")] == ("€ 412.000", 412000)
    assert grid[("Vervanging openbare verlichting", "Wijziging")] == ("€ -", None)
    assert grid[("Herinrichting Marktplein", "Wijziging")] == ("-€ 95.000", -95000)
    assert grid[("Totaal", "Nieuw")] == ("€ 1.582.000", 1582000)


def test_a_column_of_years_in_a_table_of_dot_thousands_is_a_text_column() -> None:
    """A grondexploitatie table prints each complex's last year ("2027", or "n.n.b." not
    yet known) in a column before its amounts, which print their thousands with a dot
    ("12.412"): a four-digit amount would print "2.027", so that column holds years, no
    values, whatever its heading says. They were stored as amounts (2027 x € 1.000)."""
    widths = (30, 8, 13, 11, 15, 13)

    def line(*cells: str) -> str:
        return cells[0].ljust(widths[0]) + "".join(
            cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)
        )

    text = "\n".join(
        [
            "Tabel 4 Grondexploitaties (bedragen x € 1.000)",
            "",
            line("", "Einde", "Boekwaarde", "Kosten", "Opbrengsten", "Resultaat"),
            line("Complex", "looptijd", "1-1-2024", "2024", "2024", "(NCW)"),
            "",
            line("De Schelp", "2027", "12.412", "3.120", "4.880", "1.204"),
            line("Oostpoort", "2030", "4.204", "1.812", "1.120", "(2.880)"),
            line("Havenkwartier", "n.n.b.", "(1.904)", "960", "2.410", "1.412"),
            line("Totaal", "", "14.712", "5.892", "8.410", "(264)"),
        ]
    )
    [table] = find_tables(TextModel(text)).tables
    texts = {cell.text for row in table.rows for cell in row.cells}
    assert not texts & {"2027", "2030", "n.n.b."}
    assert "2.410" in texts
    grid = _cells(text)
    assert [text for (label, _column), (text, _v) in grid.items() if label == "Oostpoort"] == [
        "4.204",
        "1.812",
        "1.120",
        "(2.880)",
    ]


def test_a_negative_in_brackets_with_space_thousands_is_one_value() -> None:
    """A statement printed in accounting format with space thousands ("(2 310)", as old
    begrotingsstaten and municipal statements print them): the brackets hold one figure, so
    the space in them parts its thousands, whatever the table's other figures do. Read as
    "(2" and "310)", neither a figure, the row's first figures were left in its label and
    only its last one read; a row of small ones only ("(85)") is read as negatives too, as
    in a table printing "(1.412)"."""
    text = "\n".join(
        [
            "Overzicht reserves (bedragen x € 1 000)",
            "",
            "Reserve                         Stand 1-1-2025      Mutatie    Stand 31-12-2025",
            "Algemene reserve                     14 250       (2 310)            11 940",
            "Reserve sociaal domein                3 120          480              3 600",
            "Reserve groot onderhoud               1 875       (1 025)               850",
            "Totaal                               19 245       (2 855)            16 390",
            "Resultaat grondexploitaties            (85)         (40)              (125)",
        ]
    )
    grid = _cells(text)
    assert grid[("Algemene reserve", "Stand 1-1-2025")] == ("14 250", Decimal(14250))
    assert grid[("Algemene reserve", "Mutatie")] == ("(2 310)", Decimal(-2310))
    assert grid[("Reserve groot onderhoud", "Mutatie")] == ("(1 025)", Decimal(-1025))
    assert grid[("Totaal", "Mutatie")] == ("(2 855)", Decimal(-2855))
    assert grid[("Resultaat grondexploitaties", "Stand 31-12-2025")] == ("(125)", Decimal(-125))


def test_a_negative_with_decimals_in_brackets_one_space_apart_is_a_value() -> None:
    """A table printed with single spaces (a text browser's dump) prints its negatives in
    brackets with decimals ("Saldo van baten en lasten (24,3) (9,3) 3,9 11,0"): each is a
    value where it stands, as before the brackets rule; only a small whole number in
    brackets one space after a word is a note's or a row's number ("Reserve onderhoud
    (3)"). The two were read into the label and the row's other figures moved two columns
    left."""
    text = "\n".join(
        [
            "Tabel 2 Meerjarenraming 2026-2029 (bedragen in miljoenen euro)",
            "",
            "Begroting 2026 Meerjarenraming 2027 Meerjarenraming 2028 Meerjarenraming 2029",
            "Totaal lasten 402,0 386,8 373,9 370,3",
            "Totaal baten 377,7 377,5 377,8 381,3",
            "Saldo van baten en lasten (24,3) (9,3) 3,9 11,0",
            "Toevoegingen aan reserves (18,6) (12,4) (9,0) (13,5)",
            "Onttrekkingen aan reserves 42,9 21,7 5,1 2,5",
            "Geraamd resultaat 0,0 0,0 0,0 0,0",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Saldo van baten en lasten", "Begroting 2026")] == "(24,3)"
    assert grid[("Saldo van baten en lasten", "Meerjarenraming 2029")] == "11,0"
    assert grid[("Toevoegingen aan reserves", "Meerjarenraming 2028")] == "(9,0)"
    assert [c["value"] for c in cells if c["value_text"] == "(24,3)"] == [-24.3]


def test_negatives_printed_with_a_space_after_the_dash_end_a_row_as_values() -> None:
    """A suppletoire's text layer prints its negatives as the typesetter did, an en dash, a
    space, the figure ("– 3.400"), and its headings hang from the top: the line right above
    the rows ("2024   2024") heads two columns of the six the rows print. Read with that
    line's two headings, a row ends in "– 1.200" as a value apart by padding, so the rows
    print more values than it heads and the headings are read from all their lines by where
    they stand; the dash was taken for a word of the label, the row's figures glued to it."""
    text = "\n".join(
        [
            "Tabel 6 Budgettaire gevolgen van beleid artikel 12 Natuur en water",
            "(bedragen x € 1.000)",
            "",
            "                             Vastgestelde     Mutatie 2e        Stand 2e",
            "                                begroting    suppletoire     suppletoire"
            "    Raming    Raming    Raming",
            "                                     2024      begroting       begroting"
            "      2025      2026      2027",
            "                                                    2024            2024",
            "Verplichtingen                     84.210        – 3.400          80.810"
            "   – 1.200   – 1.100     – 900",
            "Uitgaven                           84.210        – 3.400          80.810"
            "   – 1.200   – 1.100     – 900",
            "Ontvangsten                         1.500            250           1.750"
            "         0         0         0",
        ]
    )
    [table], cells, _warnings = read_text(text)
    assert [c["row_label"] for c in cells[::6]] == ["Verplichtingen", "Uitgaven", "Ontvangsten"]
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Mutatie 2e suppletoire begroting 2024")] == "– 3.400"
    assert grid[("Uitgaven", "Raming 2025")] == "– 1.200"
    assert grid[("Verplichtingen", "Raming 2027")] == "– 900"
    assert [c["value"] for c in cells if c["row_label"] == "Uitgaven"][-3:] == [-1200, -1100, -900]
    assert table["column_count"] == 6 and table["unit_label"] == "x € 1.000"


def test_small_negatives_in_brackets_among_a_rows_figures_are_cells_without_a_large_one() -> None:
    """A municipal overview prints its negatives in brackets, all of them small ("(7)",
    "(140)"), none with thousands to say so, and may say it in a note or not. A small figure
    in brackets padded apart among a row's plain figures is a negative of its column (as a
    pipe table's and a cell-per-line run's is); a row printing only such figures ("Saldo")
    then reads them too. Read as nothing before: the first row ended in too few values and
    no table was read. A note's mark after a label ("2)") and a row's number one space
    after its word stay in the label."""
    rows = [
        "Reserve                   Stand 1-1-2025     Mutatie    Stand 31-12-2025",
        "Egalisatiereserve 2)                 214       (7)                207",
        "Reserve groot onderhoud (4)          380        65                445",
        "Reserve wegen                        126     (140)               (14)",
        "Saldo                               (20)      (82)              (102)",
    ]
    for note in ([], ["Bedragen x € 1.000; negatieve bedragen tussen haakjes.", ""]):
        text = "\n".join(["Staat van reserves", "", *note, *rows])
        grid = _cells(text)
        assert grid[("Egalisatiereserve 2)", "Mutatie")] == ("(7)", Decimal(-7))
        assert grid[("Egalisatiereserve 2)", "Stand 31-12-2025")] == ("207", Decimal(207))
        assert grid[("Reserve groot onderhoud (4)", "Stand 1-1-2025")] == ("380", Decimal(380))
        assert grid[("Reserve wegen", "Stand 31-12-2025")] == ("(14)", Decimal(-14))
        assert grid[("Saldo", "Stand 1-1-2025")] == ("(20)", Decimal(-20))
        assert grid[("Saldo", "Stand 31-12-2025")] == ("(102)", Decimal(-102))


def test_a_row_of_column_numbers_in_brackets_is_no_row_of_negatives() -> None:
    """A row printing small figures in brackets and nothing else, in a table whose rows
    print no negative so, numbers the columns ("(1)   (2)   (3)"): none is a value."""
    text = "\n".join(
        [
            "Overzicht mutaties (bedragen x € 1.000)",
            "",
            "Omschrijving                2025        2026        2027",
            "                             (1)         (2)         (3)",
            "Lasten                     1.250       1.300       1.410",
            "Baten                        980       1.020       1.100",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert not [c for c in cells if c["value_text"].startswith("(")]
    assert cell_grid(cells)[("Baten", "2026 (2)")] == "1.020"


def test_a_notes_mark_in_brackets_after_a_rows_last_value_is_no_negative() -> None:
    """A row may print a note's mark in brackets after its last value, padded apart
    ("Materieel   480   495   510   (1)", the note under the table). Its figures fill the
    table's columns already: the mark is beyond them, no negative of the last column. Read
    as one, each figure moved a column left, the first into the label ("Materieel 480")."""
    text = "\n".join(
        [
            "Tabel 2 Apparaatsuitgaven (bedragen x € 1.000)",
            "",
            "Omschrijving                        2024        2025        2026",
            "Personeel                          1.250       1.300       1.350",
            "Materieel                            480         495         510     (1)",
            "Totaal                             1.730       1.795       1.860",
            "",
            "(1) Inclusief ICT-uitgaven.",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Materieel", "2024")] == "480"
    assert grid[("Materieel", "2026")] == "510"
    assert not [c for c in cells if c["value_text"] == "(1)"]


def _rows_marked_one_space_apart(note: str) -> str:
    """A table whose middle row ends in a note's mark one space after its last figure
    ("0 1)"), then ``note`` under the table."""
    return "\n".join(
        [
            "Tabel 12 Verloop reserves (bedragen x € 1.000)",
            "",
            "Omschrijving                     Saldo    Toevoegingen   Onttrekkingen",
            "Reserve sociaal domein          12.450           1.500           4.210",
            "Reserve Omgevingswet             1.150               0             612 1)",
            "Reserve woningbouw                   0           5.000             350",
            "Totaal reserves                 13.600           6.500           5.172",
            "",
            note,
        ]
    )


def test_a_notes_mark_one_space_after_a_rows_last_value_is_no_value() -> None:
    """A text layer may set a note's mark one space after the row's last figure ("612 1)"),
    its note under the table ("1) De vrijval ..."): a mark as one padded apart is, the
    row's figures filling the columns. (The table ended at the row above it, the rows
    under it and the total lost.)"""
    text = _rows_marked_one_space_apart("1) De vrijval is toegevoegd aan het resultaat.")
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Reserve Omgevingswet", "Onttrekkingen")] == "612"
    assert grid[("Totaal reserves", "Saldo")] == "13.600"
    assert len(cells) == 12


def test_a_bracketed_figure_one_space_after_a_row_with_no_note_under_it_is_no_mark() -> None:
    """The near form: with no note opening on the figure under the table, "1)" one space
    after the last figure is not taken for a mark: the table ends before that row, as
    before."""
    text = _rows_marked_one_space_apart("Bron: jaarrekening.")
    _tables, cells, _warnings = read_text(text)
    assert ("Totaal reserves", "Saldo") not in cell_grid(cells)


def _first_row_marked_between_figures(last: str, note: str) -> str:
    """A table whose first row prints a note's mark in brackets after its third figure and
    then ``last`` under the last heading ("N.NNN  (n)     -"), then ``note`` under it."""
    return "\n".join(
        [
            "Overzicht van lasten per programma 2024 (bedragen x € 1.000)",
            "",
            "                              Begroting      Begroting    Rekening   Afwijking",
            "                     primitief 2024      na wijz. 2024        2024",
            "",
            "Lasten",
            f"  1   Bestuur                     7.361          8.472       8.472  (1) {last:>7}",
            "  2   Veiligheid                 13.520         16.744      18.924     (2.180)",
            "  3   Sociaal domein             87.126         90.591      90.016         575",
            "Totaal lasten                   108.007        115.807     117.412     (1.605)",
            "",
            note,
        ]
    )


@pytest.mark.parametrize("last", ["-", "0", "\u2212", "\u22125", "\u2012"])
def test_a_notes_mark_in_brackets_between_a_first_rows_figures_is_no_cell(last: str) -> None:
    """A row may print a note's mark in brackets after the figure it explains and before its
    last cell ("N.NNN  (n)     -"), its note under the table ("(1) Inclusief ..."): the mark
    is no cell. Read as one, the first row ended its figures off the columns (before a nil
    dash) or held one too many: it was no row, and no table was read."""
    text = _first_row_marked_between_figures(last, "(1) Inclusief de verkiezingen.")
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("1 Bestuur", "Rekening 2024")] == "8.472"
    assert grid[("1 Bestuur", "Afwijking")] == last
    assert grid[("Totaal lasten", "Afwijking")] == "(1.605)"
    assert not [c for c in cells if c["value_text"] == "(1)"]


def test_a_small_bracketed_figure_between_a_rows_figures_without_its_note_stays_a_cell() -> None:
    """The near form: with no note opening on "(1)" under the table, the small figure in
    brackets between the row's figures is not blanked as a mark; the row reads as before,
    one figure too many, and is no row of the table."""
    text = _first_row_marked_between_figures("-", "Bron: jaarrekening 2024.")
    _tables, cells, _warnings = read_text(text)
    assert ("1 Bestuur", "Afwijking") not in cell_grid(cells)


def test_a_small_bracketed_figure_in_a_column_between_figures_stays_a_cell_under_a_note() -> None:
    """The near form: a small figure in brackets between a row's figures that ends where the
    column's figures above and below end ("16.744" over "(3)") is a negative printed so,
    though a note under the table opens on "(3)": it stays the row's cell."""
    text = _first_row_marked_between_figures("-", "(3) Inclusief de verkiezingen.")
    text = text.replace("  (1)       -", "            -")
    text = text.replace("13.520         16.744", "13.520            (3)")
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells)[("2 Veiligheid", "Begroting na wijz. 2024")] == "(3)"


def _sparse_change_column(nil: str, label: str, note: str) -> str:
    """A table whose "Wijziging" column prints ``nil`` on most rows and a small negative in
    brackets, "(2)", on one row and on the total five lines below, ``label`` the third
    row's, ``note`` under the table."""
    rows = [
        ("  1   Bestuur", "7.361", nil, "7.361", "7.467", "(106)"),
        ("  2   Veiligheid", "13.520", "(2)", "13.518", "13.420", "98"),
        (f"  3   {label}", "87.126", nil, "87.126", "86.911", "215"),
        ("  4   Economie", "2.300", nil, "2.300", "2.300", "-"),
        ("  5   Onderwijs", "11.420", nil, "11.420", "11.505", "(85)"),
        ("  6   Sport en cultuur", "6.115", nil, "6.115", "6.060", "55"),
        ("Totaal lasten", "127.842", "(2)", "127.840", "127.663", "177"),
    ]
    return "\n".join(
        [
            "Overzicht van lasten per programma 2024 (bedragen x € 1.000)",
            "",
            "                               Begroting                  Begroting     Rekening",
            "                               primitief    Wijziging  na wijziging         2024"
            "    Afwijking",
            "",
            "Lasten",
            *(
                f"{name:<29}{a:>9}{b:>13}{c:>14}{d:>13}{e:>13}".rstrip()
                for name, a, b, c, d, e in rows
            ),
            "",
            note,
        ]
    )


@pytest.mark.parametrize("nil", ["-", "\u2013", "pm", "0"])
def test_a_small_bracketed_figure_in_a_column_of_nils_stays_a_cell_under_a_note(nil: str) -> None:
    """A column printing a nil on most rows ("-", "pm", "0") is a column as much as one of
    figures: a small figure in brackets ending where its nils end ("(2)" under "-") is a
    negative printed so, though a note under the table opens on "(2)". Blanked as a mark,
    the row and the total lost their change."""
    text = _sparse_change_column(nil, "Sociaal domein", "(2) Exclusief de Jeugdhulp.")
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("2 Veiligheid", "Wijziging")] == "(2)"
    assert grid[("Totaal lasten", "Wijziging")] == "(2)"


def test_a_small_bracketed_figure_whose_note_a_label_marks_stays_a_cell() -> None:
    """A note a row's label marks ("Sociaal domein (2)", "(2) Exclusief ..." under the
    table) is the label's: a small figure in brackets of that number between a row's
    figures, in a column otherwise left empty, is a negative, no second mark of the note."""
    text = _sparse_change_column("", "Sociaal domein (2)", "(2) Exclusief de Jeugdhulp.")
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("2 Veiligheid", "Wijziging")] == "(2)"
    assert grid[("Totaal lasten", "Wijziging")] == "(2)"


def test_a_small_bracketed_figure_off_any_column_under_its_note_no_label_marks_is_a_mark() -> None:
    """The near form: with no label marking "(2)" and no cell of a column ending where the
    bracket ends (the column left empty), the "(2)" between the row's figures whose note
    opens under the table stays a note's mark, blanked as before."""
    text = _sparse_change_column("", "Sociaal domein", "(2) Exclusief de Jeugdhulp.")
    _tables, cells, _warnings = read_text(text)
    assert ("2 Veiligheid", "Wijziging") not in cell_grid(cells)


def test_a_notes_mark_between_figures_is_no_cell_where_a_label_marks_another_note() -> None:
    """The near form: a label marking another note ("Sociaal domein (2)") leaves a mark
    between a row's figures whose own note opens under the table ("(1) Inclusief ...")
    a mark, blanked as before; the row's nil dash after it, in a column ending elsewhere,
    stays its last cell."""
    text = _first_row_marked_between_figures("-", "(1) Inclusief de verkiezingen.")
    text = text.replace("3   Sociaal domein    ", "3   Sociaal domein (2)")
    text += "\n(2) Exclusief de Jeugdhulp."
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("1 Bestuur", "Rekening 2024")] == "8.472"
    assert grid[("1 Bestuur", "Afwijking")] == "-"
    assert not [c for c in cells if c["value_text"] == "(1)"]


def test_a_notes_mark_after_a_year_ending_a_label_stays_the_labels() -> None:
    """The near form: a note's mark in brackets one space after a year ending the row's
    label ("Saldo begroting 2025-2028 (1)"), its note under the table, follows no cell of
    the row: it is the label's, as printed, not a mark between the row's figures."""
    text = "\n".join(
        [
            "Tabel 3 Meerjarenperspectief (bedragen x € 1.000)",
            "",
            "                                      Begroting     Raming     Raming",
            "                                           2025       2026       2027",
            "Saldo begroting 2025-2028 (1)              812      (143)       (96)",
            "   Loon- en prijsontwikkeling          (1.144)    (1.181)    (1.220)",
            "Saldo na actualisatie                    (332)    (1.324)    (1.316)",
            "(1) Vastgesteld door de raad.",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells)[("Saldo begroting 2025-2028 (1)", "Raming 2026")] == "(143)"


def test_a_later_blocks_headings_one_space_apart_are_read_by_where_they_stand() -> None:
    """A statement of reserves and one of provisions stacked under one title, each headed
    by the same two lines ("Stand" over "1-1-2025", headings one space apart, "Stand" over
    "31-12-2025"): the second block's heading line is read as the first block's is, by
    where its words stand over the rows' values, not as the two runs its padding parts it
    into. Read so, the second block had two columns for four values: its first two values
    were left in each row's label and "1-1-2025 Vermeerdering Vermindering" was one column."""
    text = "\n".join(
        [
            "Overzicht reserves en voorzieningen (bedragen x € 1.000)",
            "",
            "                                    Stand                                  Stand",
            "                                 1-1-2025 Vermeerdering Vermindering  31-12-2025",
            "",
            "Reserve egalisatie tarieven         2.410           380          615       2.175",
            "Reserve wegenonderhoud              1.120             -          240         880",
            "Totaal reserves                     3.530           380          855       3.055",
            "",
            "Voorzieningen",
            "",
            "                                    Stand                                  Stand",
            "                                 1-1-2025 Vermeerdering Vermindering  31-12-2025",
            "",
            "Voorziening pensioen bestuurders    6.840           412          233       7.019",
            "Voorziening onderhoud gemalen       3.215         1.100          980       3.335",
            "Totaal voorzieningen               10.055         1.512        1.213      10.354",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    for label, values in (
        ("Reserve wegenonderhoud", ["1.120", "-", "240", "880"]),
        ("Voorziening onderhoud gemalen", ["3.215", "1.100", "980", "3.335"]),
        ("Totaal voorzieningen", ["10.055", "1.512", "1.213", "10.354"]),
    ):
        columns = ["Stand 1-1-2025", "Vermeerdering", "Vermindering", "Stand 31-12-2025"]
        assert [grid[(label, column)] for column in columns] == values
    parents = {c["row_label"]: c["parent_row_label"] for c in cells}
    assert parents["Voorziening onderhoud gemalen"] == "Totaal voorzieningen"


def test_the_title_of_a_table_stands_above_the_words_stacked_over_its_headings() -> None:
    """A wide statement of loans without a "Tabel" caption: its title and unit line stand
    above the line of words over its columns ("Nr.  Omschrijving  Saldo  Vermeerdering
    ..."), which stands over the heading line of years and dates. The title is looked for
    above all the lines its headings are read from, not right above the years: there the
    line of words, too long for a title, stopped the search, and the years were the
    table's title."""
    text = "\n".join(
        [
            "Staat van opgenomen langlopende leningen",
            "",
            "Bedragen in euro",
            "",
            "Nr.    Omschrijving                        Saldo     Vermeer"
            "dering      Vermindering           Saldo           Rente",
            "                                        1-1-2024            "
            "  2024              2024      31-12-2024            2024",
            "",
            "12.01  Lening BNG Bank                 2.400.000            "
            "                 300.000       2.100.000          48.000",
            "12.02  Lening NWB Bank                 1.800.000         1.0"
            "00.000           150.000       2.650.000          39.500",
            "       Totaal                          4.200.000         1.0"
            "00.000           450.000       4.750.000          87.500",
        ]
    )
    [table], cells, _warnings = read_text(text)
    assert table["title"] == "Staat van opgenomen langlopende leningen"
    assert cell_grid(cells)[("12.02 Lening NWB Bank", "Saldo 31-12-2024")] == "2.650.000"


def test_a_column_of_article_numbers_is_no_value_column() -> None:
    """A verticale toelichting prints each mutation's article in a column of its own under
    "Art.", every row printing one: read as values, the article numbers were stored as
    amounts in the table's unit (article 4 as € 4.000 under "x € 1.000"). Standing between
    the label and the values under their heading, they are no part of the label either
    (``tables_code_columns``), as the reviewed answers read them ("Inzet" beside "1")."""
    text = "\n".join(
        [
            "Tabel 2 Departementale verticale toelichting (bedragen x € 1.000)",
            "",
            "                                        Art.        2024        2025        2026",
            "Loonbijstelling                            1       1.250       1.300       1.350",
            "Prijsbijstelling                           2         480         495         510",
            "Budgetoverheveling                         4        -300        -100           0",
        ]
    )
    tables, cells, _warnings = read_text(text)
    assert not [c for c in cells if c["column_label"] == "Art."]
    grid = cell_grid(cells)
    assert grid[("Loonbijstelling", "2024")] == "1.250"
    assert grid[("Budgetoverheveling", "2026")] == "0"
    assert tables[0]["column_count"] == 3


#: A balance under one date with its day, the near form of a letter's date over prose.
_BALANCE = [
    "Balans (bedragen x € 1.000)",
    "",
    "                                  31 december 2023",
    "Vaste activa                                 1.250",
    "Vlottende activa                               480",
]


def test_a_reports_date_over_sentences_ending_in_an_amount_heads_no_table() -> None:
    """A report's head prints its date alone on a line ("14 juni 2023", a year last, as a
    column heading ends) and its summary's first line may end in an amount: read as a
    table, the date headed one column and a sentence's end and the next one's start were
    a row's label, so both amounts of the line were lost from the prose. A label holding
    the end of a sentence and the start of another names no row; a date with its day over
    a label column of names still heads one."""
    text = "\n".join(
        [
            "Rapport bij het jaarverslag 2022",
            "Ministerie van Infrastructuur en Waterstaat (XII)",
            "14 juni 2023",
            "",
            "Samenvatting",
            "",
            "Het ministerie gaf in 2022 € 9.815 miljoen uit. Wij troffen voor € 214 miljoen",
            "aan fouten aan in de subsidies van het Mobiliteitsfonds.",
        ]
    )
    tables, cells, _warnings = read_text(text)
    assert (tables, cells) == ([], [])
    balance = "\n".join(_BALANCE)
    [_table], cells, _warnings = read_text(balance)
    assert cell_grid(cells)[("Vlottende activa", "31 december 2023")] == "480"


def test_a_corner_word_the_total_names_is_no_part_of_the_first_heading() -> None:
    """A municipal jaarverslag prints its heading line one space apart, the labels' heading
    first ("Baten Begroting 2023 Realisatie 2023 Verschil"): the spaces do not tell the
    corner from the first column's heading, which kept it ("Baten Begroting 2023"). The
    table's total names it ("Totaal baten"): it is the corner."""
    text = "\n".join(
        [
            "Overzicht van baten per taakveld (bedragen x € 1.000)",
            "",
            "Baten Begroting 2023 Realisatie 2023 Verschil",
            "Belastingen 41.200 42.050 850",
            "Leges en heffingen 6.300 5.910 -390",
            "Algemene uitkering 120.400 121.800 1.400",
            "Totaal baten 167.900 169.760 1.860",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    columns = {c["column_label"] for c in cells}
    assert columns == {"Begroting 2023", "Realisatie 2023", "Verschil"}
    assert cell_grid(cells)[("Leges en heffingen", "Begroting 2023")] == "6.300"


def test_rows_under_the_same_headings_past_a_page_foot_go_on_in_one_block() -> None:
    """A Kamerbrief's table runs over two pages, its headings printed again under the
    page's foot ("Pagina 2 van 4   Onze referentie ..."): the rows go on in the block above,
    so the total on the second page closes the rows of the first too. The foot was read as
    a group heading of a second block, and the first page's rows had no parent."""
    heading = "                                       2024     2025     2026"
    text = "\n".join(
        [
            "Tabel 3 Overzicht kasschuiven (bedragen in mln euro)",
            "",
            heading,
            "",
            "Infrastructuurfonds: spoorprojecten   -120,0     60,0     60,0",
            "Deltafonds: dijkversterking            -40,0     20,0     20,0",
            "",
            "Pagina 2 van 4                                   Onze referentie 2024-0000123456",
            "",
            heading,
            "",
            "Gemeentefonds: jeugdzorg               -25,0     25,0      0,0",
            "Totaal kasschuiven                    -185,0    105,0     80,0",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    parents = {c["row_label"]: c["parent_row_label"] for c in cells}
    assert parents["Infrastructuurfonds: spoorprojecten"] == "Totaal kasschuiven"
    assert parents["Gemeentefonds: jeugdzorg"] == "Totaal kasschuiven"
    assert cell_grid(cells)[("Deltafonds: dijkversterking", "2025")] == "20,0"


def test_rows_go_on_under_the_groups_of_columns_where_only_the_period_line_is_repeated() -> None:
    """A jaarverslag's table runs over two pages printed with ``pdftotext -layout``: the
    page's foot ("Tweede Kamer, ..., nr. 1" and the page number padded apart), a form feed
    and the next page's running head, then only the line of years again, where it stood,
    without the words over it ("Realisatie ... Vastgest. begroting ... Verschil"). The rows
    go on under the first page's columns; they were read as a table of their own under the
    bare years ("2024" three times) and lost their parents."""
    years = "                                 2022      2023      2024      2024      2024"
    text = "\n".join(
        [
            "Budgettaire gevolgen van beleid artikel 4 Wonen",
            "(bedragen x € 1 000)",
            "",
            "                                   Realisatie          Vastgest.  Verschil",
            "                                                       begroting",
            years,
            "",
            "Uitgaven                        100 000   110 000   120 000   118 000     2 000",
            "Programma-uitgaven               90 000    99 000   108 000   106 500     1 500",
            "4.1 Huurtoeslag                  60 000    66 000    72 000    71 000     1 000",
            "",
            "Tweede Kamer, vergaderjaar 2024–2025, 36 700 XVIII, nr. 1                  17",
            "\fJaarverslag Wonen 2024",
            "",
            years,
            "",
            "4.2 Woningbouw                   30 000    33 000    36 000    35 500       500",
            "Apparaatsuitgaven                10 000    11 000    12 000    11 500       500",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    columns = {c["column_label"] for c in cells}
    assert columns == {
        "Realisatie 2022",
        "Realisatie 2023",
        "Realisatie 2024",
        "Vastgest. begroting 2024",
        "Verschil 2024",
    }
    assert cell_grid(cells)[("4.2 Woningbouw", "Verschil 2024")] == "500"
    parents = {c["row_label"]: c["parent_row_label"] for c in cells}
    assert parents["4.2 Woningbouw"] == "Programma-uitgaven"
    assert parents["Apparaatsuitgaven"] == "Uitgaven"


def test_rows_go_on_past_a_numbered_foot_and_the_head_printed_above_the_table() -> None:
    """A Miljoenennota annex printed with ``pdftotext -layout`` and no form feeds: the
    table's two heading lines ("Realisatie  Raming  Raming" / the years) are printed again
    after the page's foot (the Kamerstuk and its page number padded apart) and the next
    page's head, which is the line printed above the table on the first page too
    ("Miljoenennota 2021"), found once in the text and so not known as a running line. The
    rows go on in one table, so the total on the second page closes the group printed
    first: its parts were read as a second table, titled by the running head, and the
    group totals (each printed above its parts) had no parent."""
    heading = [
        "                                            Realisatie      Raming      Raming",
        "                                                  2019        2020        2021",
    ]
    text = "\n".join(
        [
            "Miljoenennota 2021",
            "",
            "Tabel 3.2 Niet-belastingontvangsten (in miljarden euro)",
            "",
            *heading,
            "",
            "Aardgasbaten                                      2,4         1,3         0,9",
            "  Vennootschapsbelasting NAM                      1,0         0,6         0,4",
            "  Winstaandeel EBN                                1,4         0,7         0,5",
            "",
            "Tweede Kamer, vergaderjaar 2020–2021, 35 570, nr. 1                       212",
            "Miljoenennota 2021",
            "",
            *heading,
            "",
            "Overige ontvangsten                               4,1         4,4         4,6",
            "  Boeten en transacties                           1,2         1,3         1,4",
            "  Dividenden staatsdeelnemingen                   2,9         3,1         3,2",
            "",
            "Totaal niet-belastingontvangsten                  6,5         5,7         5,5",
        ]
    )
    tables, cells, _warnings = read_text(text)
    assert len(tables) == 1
    assert tables[0]["title"].startswith("Tabel 3.2")
    parents = {c["row_label"]: c["parent_row_label"] for c in cells}
    assert parents["Vennootschapsbelasting NAM"] == "Aardgasbaten"
    assert parents["Aardgasbaten"] == "Totaal niet-belastingontvangsten"
    assert parents["Overige ontvangsten"] == "Totaal niet-belastingontvangsten"
    assert cell_grid(cells)[("Boeten en transacties", "Raming 2021")] == "1,4"


def test_rows_go_on_where_the_whole_heading_is_printed_again_past_a_page_foot() -> None:
    """A Miljoenennota annex printed with ``pdftotext -layout`` runs its table over two
    pages: the Kamerstuk's foot with the page number padded apart, a form feed and the
    running head, then the whole heading again, the words over the years as well. The
    rows go on in one table in the caption's unit; the second page's rows were read as a
    table of their own, without the caption (its unit then taken from wherever else the
    page prints one: an amount in the prose matching a cell) and without their total."""
    words = "                                         Realisatie      Raming      Raming"
    years = "                                               2022        2023        2024"
    text = "\n".join(
        [
            "De niet-belastingontvangsten dalen in 2024 naar verwachting met € 4,1 mld.",
            "",
            "Tabel 3.2 Niet-belastingontvangsten (in miljarden euro)",
            "",
            words,
            years,
            "",
            "Aardgasbaten                                    10,9         4,6         1,8",
            "Dividenden staatsdeelnemingen                    3,1         2,9         2,7",
            "",
            "Tweede Kamer, vergaderjaar 2023–2024, 36 410, nr. 1                       88",
            "\fMiljoenennota 2024",
            "",
            words,
            years,
            "",
            "Boeten en transacties                            1,2         1,3         1,3",
            "Overige ontvangsten                              4,9         5,3         4,2",
            "Totaal                                          20,1        14,1        10,0",
        ]
    )
    tables, cells, _warnings = read_text(text)
    assert [t["unit_label"] for t in tables] == ["mld euro"]
    assert cell_grid(cells)[("Boeten en transacties", "Raming 2024")] == "1,3"
    assert {c["unit_label"] for c in cells} == {"mld euro"}
    parents = {c["row_label"]: c["parent_row_label"] for c in cells}
    assert parents["Aardgasbaten"] == parents["Overige ontvangsten"] == "Totaal"


def _receipts_over_a_page_break(words: str, years: str, shift: int) -> str:
    """The annex's table over two pages, the page's foot and the next page's running head
    between, the heading ``words`` over ``years`` printed again past them and each figure
    of the rows under it ``shift`` places right of where the first page set it."""

    def row(label: str, *values: str, moved: int = shift) -> str:
        return label.ljust(40 + moved) + "".join(value.rjust(12) for value in values)

    return "\n".join(
        [
            "Tabel 3.2 Niet-belastingontvangsten (in miljarden euro)",
            "",
            "                                         Realisatie      Raming      Raming",
            "                                               2022        2023        2024",
            "",
            row("Aardgasbaten", "10,9", "4,6", "1,8", moved=0),
            row("Dividenden staatsdeelnemingen", "3,1", "2,9", "2,7", moved=0),
            "",
            "Tweede Kamer, vergaderjaar 2023–2024, 36 410, nr. 1                       88",
            "\fMiljoenennota 2024",
            "",
            words,
            years,
            "",
            row("Boeten en transacties", "1,2", "1,3", "1,3"),
            row("Overige ontvangsten", "4,9", "5,3", "4,2"),
            row("Totaal", "20,1", "14,1", "10,0"),
        ]
    )


def test_rows_go_on_under_the_heading_printed_again_moved_right_past_a_page_break() -> None:
    """The next page's margin sets the heading printed again past the page break, and the
    figures under it, two places right of the first page's: the same lines moved as one, so
    the rows go on in the table, in the caption's unit and under the total. Compared as
    printed, the heading was another, and the rows under it a table of their own."""
    text = _receipts_over_a_page_break(
        "                                           Realisatie      Raming      Raming",
        "                                                 2022        2023        2024",
        2,
    )
    tables, cells, _warnings = read_text(text)
    assert [t["unit_label"] for t in tables] == ["mld euro"]
    assert cell_grid(cells)[("Boeten en transacties", "Raming 2024")] == "1,3"
    assert row_parents(cells)["Aardgasbaten"] == "Totaal"


def test_a_heading_of_the_same_words_spaced_otherwise_past_a_page_break_is_another() -> None:
    """The near form: past the break, the same words and years set at other places than
    the first page's heading moved as one (each column further apart) head a table of
    their own, as before."""
    text = _receipts_over_a_page_break(
        "                                           Realisatie        Raming        Raming",
        "                                                 2022          2023          2024",
        2,
    )
    tables, _cells, _warnings = read_text(text)
    assert len(tables) == 2


def _balance_over_a_page_break(corner: str) -> str:
    """A kasstroomoverzicht over two pages, its heading printed again past the page's foot:
    on the next page the columns' headings and figures stand a place left of the first
    page's, the corner's heading ``corner`` as printed there."""

    def row(label: str, *values: str, moved: int = 0) -> str:
        return "  " + label.ljust(38 + moved) + "".join(value.rjust(12) for value in values)

    return "\n".join(
        [
            "Tabel 5 Kasstroomoverzicht (bedragen x € 1.000)",
            "  Omschrijving                            Begroting  Realisatie    Verschil",
            "                                               2026        2026",
            row("Totaal operationele kasstroom", "8.400", "9.150", "750"),
            row("-/- totaal investeringen", "-2.100", "-1.850", "250"),
            row("+/+ totaal desinvesteringen", "0", "120", "120"),
            "\fTweede Kamer, vergaderjaar 2026–2027, 36 800 VII, nr. 1                     41",
            "",
            "  " + corner.ljust(39) + "Begroting  Realisatie    Verschil",
            "                                              2026        2026",
            row("Totaal investeringskasstroom", "-2.100", "-1.730", "370", moved=-1),
            row("Totaal financieringskasstroom", "-1.500", "-1.500", "0", moved=-1),
        ]
    )


def test_rows_go_on_under_the_heading_printed_again_its_runs_nudged_past_a_page_break() -> None:
    """Past the page break the heading's corner ("Omschrijving") stands where it stood while
    the columns' headings stand a place left: no heading moved as one, but each run within
    two places of its own, so the rows go on in the table and the total printed past the
    break is the parent of the rows above it. Before, they were a table of their own."""
    tables, cells, _warnings = read_text(_balance_over_a_page_break("Omschrijving"))
    assert len(tables) == 1
    assert row_parents(cells)["-/- totaal investeringen"] == "Totaal investeringskasstroom"
    assert cell_grid(cells)[("Totaal financieringskasstroom", "Realisatie 2026")] == "-1.500"


def test_a_heading_printed_again_with_other_words_past_a_page_break_is_another() -> None:
    """Near form: past the break, a heading whose corner prints other words ("Toelichting"),
    its columns a place left, heads a table of its own."""
    tables, _cells, _warnings = read_text(_balance_over_a_page_break("Toelichting"))
    assert len(tables) == 2


def _programmes_over_a_page_break(page_top: str) -> str:
    """A municipal budget's table of programmes printed with ``pdftotext -layout`` over two
    pages: the page's foot over its number alone on the next line (right-aligned), then
    ``page_top`` over the next page's running head, and the whole heading again."""
    words = "                                    Rekening     Begroting      Raming"
    years = "                                        2023          2024        2025"
    return "\n".join(
        [
            "Tabel 4.1 Overzicht van baten en lasten (bedragen x € 1.000)",
            "",
            words,
            years,
            "Lasten",
            "  1 Bestuur                              -9.812       -10.440     -10.215",
            "  2 Veiligheid                           -6.905        -7.210      -7.388",
            "Totaal lasten                           -16.717       -17.650     -17.603",
            "",
            "",
            "Programmabegroting 2025-2028                              Gemeente Hengelo",
            "                                                                        47",
            page_top + "4 Financiële begroting",
            "",
            words,
            years,
            "Baten",
            "  1 Bestuur                               2.105         2.240       2.310",
            "  2 Veiligheid                              312           280         295",
            "Totaal baten                              2.417         2.520       2.605",
        ]
    )


def test_rows_go_on_under_the_whole_heading_again_past_a_foot_over_its_number() -> None:
    """The page's foot prints its words over its number alone on the next line, a form feed
    opening the next page's running head under it ("4 Financiële begroting"), then the
    whole heading again: the page turns at the foot, and the rows go on in the captioned
    table. Read as no turn (no number ends the foot's line), the rows past it were a table
    of their own, titled by the running head."""
    tables, cells, _warnings = read_text(_programmes_over_a_page_break("\f"))
    assert [t["title"][:9] for t in tables] == ["Tabel 4.1"]
    assert row_parents(cells)["2 Veiligheid"] in {"Baten", "Totaal baten"}
    assert cell_grid(cells)[("Totaal baten", "Raming 2025")] == "2.605"


def test_a_foot_over_a_number_with_no_page_turning_leaves_the_heading_again_a_new_table() -> None:
    """The same lines with no form feed under the number: nothing shows the page turning
    at the words over it, so the heading printed again under another title heads a table
    of its own."""
    tables, _cells, _warnings = read_text(_programmes_over_a_page_break(""))
    assert len(tables) == 2


def _change(label: str, *values: str) -> str:
    """A row of a table of changes: the label padded, each value right-aligned."""
    return label.ljust(40) + "".join(value.rjust(16) for value in values)


#: The column heading line of a table of changes, each heading over its values.
_CHANGES = _change("", "Verplichtingen", "Uitgaven")


def _changes_over_a_page_break(next_head: str, heading_again: str) -> str:
    """A suppletoire's table of changes printed with ``pdftotext -layout`` over two pages:
    the page's foot, then ``next_head`` opening the next page on a form feed, then
    ``heading_again`` over the rest of the rows."""
    return "\n".join(
        [
            "Tabel 1 Departementale verticale toelichting (bedragen x € 1.000)",
            "",
            _CHANGES,
            "",
            _change("Stand eerste suppletoire begroting 2024", "13.412.907", "13.198.406"),
            "",
            "Belangrijkste mutaties",
            _change("1. Capaciteit strafrechtketen", "41.200", "38.700"),
            _change("2. Bijdrage aan de Nationale Politie", "62.500", "62.500"),
            "",
            next_head,
            "",
            heading_again,
            _change("3. Hogere instroom asielzoekers", "104.900", "97.300"),
            "",
            _change("Stand tweede suppletoire begroting 2024", "13.621.507", "13.396.906"),
        ]
    )


@pytest.mark.parametrize(
    "next_head",
    [
        "\f4                         Tweede Kamer, vergaderjaar 2024–2025, 36 600 VI, nr. 2",
        "\fJaarstukken 2024 Provincie Gelderland 97",
    ],
)
def test_rows_go_on_under_the_heading_again_past_a_head_numbered_at_its_start_or_unpadded(
    next_head: str,
) -> None:
    """The next page's head opens on a form feed and prints its number at its start, as a
    left page does ("4      Tweede Kamer, ..."), or one space after its words, as a
    text layer printing no padding does ("Jaarstukken 2024 Provincie Gelderland 97"); then
    the table's column heading line again. The rows under it go on in the table: one
    table in the caption's unit, the item past the break under the value-less heading with
    the items before it, the stand before it a part of the stand after. Read as a page's
    foot only where its number ends a padded run, the head left the rows past it a table
    of their own, no caption, no unit, their parent lost."""
    tables, cells, _warnings = read_text(_changes_over_a_page_break(next_head, _CHANGES))
    assert [t["unit_label"] for t in tables] == ["x € 1.000"]
    parents = row_parents(cells)
    assert parents["3. Hogere instroom asielzoekers"] == "Belangrijkste mutaties"
    assert parents["Stand eerste suppletoire begroting 2024"] == (
        "Stand tweede suppletoire begroting 2024"
    )


def test_another_heading_past_a_head_numbered_at_its_start_heads_a_table_of_its_own() -> None:
    """Past the same head numbered at its start, a heading line of other columns than the
    table's heads another table: the rows under it stay apart."""
    text = _changes_over_a_page_break(
        "\f4                         Tweede Kamer, vergaderjaar 2024–2025, 36 600 VI, nr. 2",
        _change("", "Realisatie", "Raming"),
    )
    tables, cells, _warnings = read_text(text)
    assert len(tables) == 2
    assert {c["column_label"] for c in cells if c["row_label"].startswith("3.")} == {
        "Realisatie",
        "Raming",
    }


def _article(code: str, label: str, *values: str) -> str:
    """A row of a begrotingsstaat: the article's code, its name, each value right-aligned."""
    return (code.ljust(7) + label).ljust(56) + "".join(
        value.rjust(width) for value, width in zip(values, (14, 17, 17), strict=True)
    )


#: The column heading line of a begrotingsstaat, printed again on every page.
_ARTICLES = "Art.   Omschrijving".ljust(56) + "Verplichtingen         Uitgaven      Ontvangsten"


def _articles_over_a_page_break(foot: str) -> str:
    """A begrotingsstaat printed with ``pdftotext -layout`` over two pages: ``foot`` set
    apart under the first page's rows, then the next page's head opening on a form feed
    and printing the page's number, then the column heading line again."""
    head = "\fTweede Kamer, vergaderjaar 2024–2025, 36 600 XII, nr. 1".ljust(100) + "3"
    return "\n".join(
        [
            "Begrotingsstaat van het Ministerie van Verkeer (XII) voor het jaar 2025"
            " (bedragen x € 1.000)",
            "",
            _ARTICLES,
            "",
            _article("", "Totaal", "1.300", "1.220", "90"),
            "",
            "       Beleidsartikelen",
            _article("11", "Waterbeleid", "400", "390", "10"),
            _article("12", "Wegen", "300", "280", "30"),
            "",
            "",
            foot,
            "",
            head,
            "",
            _ARTICLES,
            "",
            _article("13", "Spoor", "500", "450", "40"),
            "",
            "       Niet-beleidsartikelen",
            _article("97", "Apparaat", "100", "100", "10"),
        ]
    )


def test_rows_go_on_past_a_foot_printing_no_number_over_a_numbered_head() -> None:
    """A Kamerstuk numbers its pages in the head: the page's foot under the rows prints
    the document's name alone ("Vaststelling begrotingsstaten 2025"), the next page's head
    under it opens on a form feed and prints the number, then the column heading line
    again. The rows go on in the captioned table, the article past the break under the
    value-less group opened above it ("Beleidsartikelen") until the next group. Read as
    no turn (the foot ends in no number), the foot ended the table and the rows past the
    break lost their group."""
    tables, cells, _warnings = read_text(
        _articles_over_a_page_break("Vaststelling begrotingsstaten 2025")
    )
    assert [t["unit_label"] for t in tables] == ["x € 1.000"]
    parents = row_parents(cells)
    assert parents["13 Spoor"] == "Beleidsartikelen"
    assert parents["97 Apparaat"] == "Niet-beleidsartikelen"
    assert not {c["row_label"] for c in cells} & {"Vaststelling begrotingsstaten 2025", "3"}


def test_a_caption_over_a_numbered_head_opens_a_table_of_its_own() -> None:
    """The same break with a caption in the foot's place ("Tabel 2 ..."): another table
    opens there, its rows no group's of the table above."""
    tables, cells, _warnings = read_text(_articles_over_a_page_break("Tabel 2 Verdeling"))
    assert [t["title"] for t in tables][1:] == ["Tabel 2 Verdeling"]
    assert row_parents(cells)["13 Spoor"] is None


def test_a_plain_title_over_a_numbered_head_is_no_foot_passed_over() -> None:
    """The near form of a foot printing no number: a plain title in the foot's place
    ("Overzicht spoorprojecten", naming no document with its year) is no page's foot
    (``tables_page_breaks.names_document``), though a numbered head follows: it is not
    passed over in the search for the heading again: the table ends above it, and the
    article past the break goes on under no group of the rows above (it went on under
    "Beleidsartikelen" before)."""
    _tables, cells, _warnings = read_text(_articles_over_a_page_break("Overzicht spoorprojecten"))
    assert row_parents(cells).get("13 Spoor") != "Beleidsartikelen"
    assert "Overzicht spoorprojecten" not in {c["row_label"] for c in cells}
    lines = _articles_over_a_page_break("Overzicht spoorprojecten").split("\n")
    foot = lines.index("Overzicht spoorprojecten")
    head = next(i for i, line in enumerate(lines) if line.startswith("\f"))
    assert not tables_rows._foot_over_head(lines, foot, head, set())
    named = _articles_over_a_page_break("Vaststelling begrotingsstaten 2025").split("\n")
    assert tables_rows._foot_over_head(named, foot, head, set())


def _programmes_over_a_page_turn(head: str) -> str:
    """A municipal table of programmes under "5.2 Lasten per programma" and its unit, the
    page's foot printing its number alone, the next page's first line ``head`` set apart
    by a blank line, then the same column heading line over rows and a total of their
    own."""
    heading = "Programma".ljust(40) + "2024".rjust(12) + "2025".rjust(12)

    def row(label: str, first: str, second: str) -> str:
        return label.ljust(40) + first.rjust(12) + second.rjust(12)

    return "\n".join(
        [
            "5.2 Lasten per programma",
            "(bedragen x € 1.000)",
            "",
            heading,
            "",
            row("Bestuur", "1.200", "1.300"),
            row("Veiligheid", "2.400", "2.500"),
            row("Totaal lasten", "3.600", "3.800"),
            "",
            "",
            "88".rjust(40),
            head,
            "",
            heading,
            "",
            row("Onderwijs", "5.200", "5.300"),
            row("Sport", "1.400", "1.500"),
            row("Totaal baten", "6.600", "6.800"),
        ]
    )


def test_a_numbered_section_opening_the_next_page_heads_a_table_of_its_own() -> None:
    """Past the page's turn, the next page opens on a section's heading numbered after the
    one above ("5.3 Baten per programma"), set apart by a blank line, over the same column
    heading line: a table of its own under its section, its rows no part of the one above.
    Taken for the next page's running head, the rows went on in the table above the turn
    under its title and unit."""
    tables, cells, _warnings = read_text(_programmes_over_a_page_turn("\f5.3 Baten per programma"))
    assert [t["title"] for t in tables] == ["5.2 Lasten per programma", "5.3 Baten per programma"]
    assert row_parents(cells)["Onderwijs"] == "Totaal baten"
    assert {c["table_id"] for c in cells if c["row_label"] == "Sport"} == {tables[1]["table_id"]}


@pytest.mark.parametrize(
    "head",
    [
        "\fJaarrekening 2024 Gemeente Voorbeeld",  # the document's name
        "\fHoofdstuk 5 Jaarrekening",  # the chapter holding section 5.2
        "\f5.2 Lasten per programma",  # the section above printed again
    ],
)
def test_rows_go_on_past_a_running_head_naming_the_chapter_or_the_section_above(
    head: str,
) -> None:
    """The near form: a running head naming the document, the chapter the table's section
    stands in, or that section, opens the next page: the rows under the same heading go on
    in the table above the turn."""
    tables, cells, _warnings = read_text(_programmes_over_a_page_turn(head))
    assert [t["title"] for t in tables] == ["5.2 Lasten per programma"]
    assert cell_grid(cells)[("Sport", "2025")] == "1.500"


def test_rows_one_value_short_under_periods_and_a_word_column_one_space_apart_are_unread() -> None:
    """A jaarverslag's indicators under "Indicator Realisatie 2023 Begroting 2024 Realisatie
    2024 Streefwaarde", one space apart, each row printing three values: the empty column
    may be the target's (left blank) or the first year's, and nothing tells which. Read
    from the end, each value stood a column to the right, under the wrong year; the rows
    are said unread instead. Printed with paddings, where they stand tells, and they are
    read under their years."""

    def table(gap: str, pad: int) -> str:
        heading = ["Indicator", "Realisatie 2023", "Begroting 2024", "Realisatie 2024"]
        rows = [("Bereik schuldhulpverlening", "61%", "65%", "63%"),
                ("Uitstroom naar werk", "18%", "20%", "21%")]  # fmt: skip
        lines = [
            "Tabel 7 Beleidsindicatoren",
            gap.join([heading[0].ljust(pad), *(h.rjust(pad and 16) for h in heading[1:]),
                      "Streefwaarde".rjust(pad and 14)]),
            *(gap.join([label.ljust(pad), *(v.rjust(pad and 16) for v in values)])
              for label, *values in rows),
        ]  # fmt: skip
        return "\n".join(lines)

    _tables, cells, warnings = read_text(table(" ", 0))
    assert not cells
    assert any("look like table rows; no table read" in str(w) for w in warnings)
    _tables, cells, _warnings = read_text(table("", 28))
    assert cell_grid(cells)[("Bereik schuldhulpverlening", "Realisatie 2023")] == "61%"
    assert cell_grid(cells)[("Uitstroom naar werk", "Realisatie 2024")] == "21%"


def _spans(text: str) -> list[tuple[int, int]]:
    tables, _cells, _warnings = read_text(text)
    return [(t["line_start"], t["line_end"]) for t in tables]


def test_sentences_wrapped_line_by_line_are_no_group_rows_under_a_letterheads_date() -> None:
    """A letter's text layer prints its header a field per line ("datum" / "12 maart
    2024") and its sentences a line each. The date ends as a column heading does; the lines
    under it, value-less, were read as group rows down to a short list of years and sums
    ("2026     € 95 miljoen"), and the table's span took the sentences' amounts from the
    prose. A line in which a sentence ends and the next goes on is prose, no group row."""
    text = "\n".join([
        "Gemeente Voorbeeld",
        "datum",
        "12 maart 2024",
        "onderwerp",
        "Voorjaarsnota 2024",
        "Inleiding",
        "In april is de voorjaarsnota 2024 verschenen. Het belangrijkste punt",
        "is dat de uitkering voor 2025 stijgt met € 120 miljoen. De jaren",
        "daarna zien er zo uit:",
        "",
        "2026     € 95 miljoen",
        "2027     € 60 miljoen",
    ])  # fmt: skip
    assert not [span for span in _spans(text) if span[0] <= 8 <= span[1]]


def test_a_sentence_ending_inside_its_line_is_no_group_over_a_running_head() -> None:
    """A Handelingen page's running head ("Tweede Kamer" / "Begroting 2020" / "5 mei
    2020" / "TK 80" / "80-3-4") parts a sentence; the line above it, a sentence ending and
    the next going on, was taken for a group heading over the head's "TK 80", and its
    amount dropped with the table's lines."""
    text = "\n".join([
        "Voorzitter. Er komt voor de wijkteams eerst € 80 mil-",
        "joen bij in 2020, en voor 2021 en 2022 nog eens",
        "€ 50 miljoen per jaar. Dat helpt de gemeenten, maar de kosten",
        "Tweede Kamer",
        "Begroting 2020",
        "5 mei 2020",
        "TK 80",
        "80-3-4",
        "van de wijkteams stijgen verder.",
    ])  # fmt: skip
    assert not [span for span in _spans(text) if span[0] <= 3 <= span[1]]


@pytest.mark.parametrize(
    "line",
    [
        "Subsidie aan prov. Utrecht",
        "Uitgaven excl. BTW",
        "Bijdrage t.b.v. Nationale Ombudsman",
        "Ontwikkelingsfonds NH U.A.",
    ],
)
def test_an_abbreviations_stop_inside_a_group_heading_ends_no_sentence(line: str) -> None:
    """A stop after an abbreviation before a name, or dotted initials, opens no clause:
    the line stays a group heading."""
    assert tables_groups.is_group(line, inside=True)


@pytest.mark.parametrize(
    "line",
    [
        "Overige uitg. Sociaal domein",
        "Afschrijvingen mat. Vaste activa",
        "Bijdrage excl. Rijk en provincies",
        "Uitgaven incl. Btw compensatiefonds",
        "Bijdragen resp. Gemeenten en provincies",
    ],
)
def test_a_short_forms_stop_before_a_capital_and_lower_case_words_is_a_group(line: str) -> None:
    """A short form's stop before a name of several words (a capital, then lower-case words)
    reads as a short word ending a sentence; a group heading is too short for prose."""
    assert tables_groups.is_group(line, inside=True)
    assert tables_groups.is_group(line)


@pytest.mark.parametrize(
    "line",
    [
        "€ 50 miljoen per jaar. Dat helpt de gemeenten",
        "In 2015 gaf het Rijk € 261,2 miljard uit. Wij hebben voor",
        "de septembercirculaire verschenen. Het accres",
    ],
)
def test_a_short_words_stop_in_a_line_of_prose_or_a_long_words_ends_a_sentence(line: str) -> None:
    """A stop after a short word in a line as long as prose, or after a longer word in any
    line, ends a sentence: the line is no group heading."""
    assert not tables_groups.is_group(line, inside=True)


def test_group_headings_with_a_short_forms_stop_head_their_rows() -> None:
    """Groups named with a short form before a name ("Overige uitg. Sociaal domein") head the
    rows under them; read as prose, they ended the table before its first row."""
    text = "\n".join([
        "Tabel 3 Lasten per taakveld (bedragen x € 1.000)",
        "",
        "Taakveld".ljust(40) + "2024".rjust(10) + "2025".rjust(10),
        "Overige uitg. Sociaal domein",
        "Wmo".ljust(40) + "1.200".rjust(10) + "1.300".rjust(10),
        "Jeugd".ljust(40) + "800".rjust(10) + "900".rjust(10),
        "Afschrijvingen mat. Vaste activa",
        "Gebouwen".ljust(40) + "300".rjust(10) + "310".rjust(10),
        "Wegen".ljust(40) + "200".rjust(10) + "210".rjust(10),
        "Totaal".ljust(40) + "2.500".rjust(10) + "2.720".rjust(10),
    ])  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells)[("Wegen", "2025")] == "210"
    parents = row_parents(cells)
    assert parents["Wmo"] == "Overige uitg. Sociaal domein"
    assert parents["Gebouwen"] == "Afschrijvingen mat. Vaste activa"


def test_a_rule_under_the_headings_closes_no_rows_above_the_first_row() -> None:
    """A rule between the headings and the first row rules the headings off: the first
    row is a part of the total as the others are (read as a row under a rule, a sum's
    line, it closed nothing and lost its parent where a column does not add up). The
    rule over the total is the sum's line, as before."""
    ends = (40, 52, 64)
    rule = "-" * 64
    text = "\n".join(
        [
            "Tabel 2 Subsidies per regeling (bedragen x € 1 mln)",
            "",
            printed("Regeling", ends, "2022", "2023", "Groei"),
            rule,
            printed("Jeugd", ends, "412,5", "400,1", "-3,0"),
            printed("Sport", ends, "180,3", "190,3", "5,5"),
            printed("Cultuur", ends, "81,2", "81,2", "0,0"),
            rule,
            printed("Totaal", ends, "674,0", "671,6", "-0,4"),
        ]
    )
    [_table], cells, warnings = read_text(text)
    assert not warnings and len(cells) == 12
    assert row_parents(cells) == {
        "Jeugd": "Totaal",
        "Sport": "Totaal",
        "Cultuur": "Totaal",
        "Totaal": None,
    }


@pytest.mark.parametrize(
    "summary",
    [
        [
            "Met de septembercirculaire 2025 wordt het accres voor 2025 bijgesteld met "
            "€ 83 miljoen",
            "ten opzichte van de meicirculaire. Voor 2026 stijgt het accres juist met "
            "€ 146 miljoen en",
            "in het jaar daarop met € 212 miljoen.",
        ],
        [
            "Het kabinet verhoogt in 2025 en 2026 de bijdrage aan de provincies met € 40 miljoen",
            "per jaar vanuit de middelen voor natuurherstel, met € 25 miljoen",
            "uit de reserve van het fonds.",
        ],
        [
            "In 2024 is aan de renovatie van het stadhuis € 6,2 miljoen",
            "(inclusief btw) besteed, tegen een raming van € 7,0 miljoen.",
        ],
    ],
)
def test_a_letters_date_over_a_sentence_running_on_heads_no_table(summary: list[str]) -> None:
    """A letter's head prints its date alone on a line ("23 september 2025", a year last, as a
    column heading ends) and its summary's first line, naming years, may end in an amount
    while its sentence runs on below: read as a table, the date headed one column and the
    sentence's start was a row's label, so the line's amount was lost from the prose. A row
    whose sentence goes on at the margin on the line after it, in small letters (a bracket
    before them too), is prose."""
    text = "\n".join(
        [
            "Vereniging van",
            "Nederlandse Gemeenten",
            "",
            "ons kenmerk",
            "TLE/U202500912",
            "datum",
            "23 september 2025",
            "",
            "Samenvatting",
            *summary,
        ]
    )
    tables, cells, _warnings = read_text(text)
    assert (tables, cells) == ([], [])


def test_a_date_or_years_over_rows_of_values_still_head_a_table() -> None:
    """The near forms the letter's rule must leave: a balance under one date with its day,
    its last row followed by a line that is no sentence going on, and a table under year
    headings right below a letter's date, whose rows a note in small letters follows."""
    balance = "\n".join(
        [
            *_BALANCE,
            "Bron: jaarrekening 2023",
        ]
    )
    [_table], cells, _warnings = read_text(balance)
    assert cell_grid(cells)[("Vlottende activa", "31 december 2023")] == "480"
    letter = "\n".join(
        [
            "datum",
            "23 september 2025",
            "",
            "Accres gemeentefonds (bedragen x € 1 miljoen)",
            "                                2025        2026        2027",
            "Septembercirculaire              -83         146         212",
            "Meicirculaire                    120         310         405",
            "bron: septembercirculaire 2025",
        ]
    )
    [_table], cells, _warnings = read_text(letter)
    grid = cell_grid(cells)
    assert grid[("Septembercirculaire", "2025")] == "-83"
    assert grid[("Meicirculaire", "2027")] == "405"


@pytest.mark.parametrize(
    ("below", "label"),
    [
        (
            [
                "Bestemmingsreserve egalisatie                            2.315",
                "tarieven",
                "Algemene reserve watersysteem                            6.950",
                "Totaal                                                  17.677",
            ],
            "Algemene reserve watersysteem",
        ),
        (
            [
                "Reserve groot onderhoud wegen en kunstwerken van de provincie  2.315",
                "en haar vaarwegen",
                "Algemene reserve watersysteem                            6.950",
                "Totaal                                                  17.677",
            ],
            "Algemene reserve watersysteem",
        ),
        (
            [
                "Algemene reserve watersysteem                            9.265",
                "Totaal                                                  17.677",
                "bedragen afgerond op duizenden euro's",
            ],
            "Algemene reserve watersysteem",
        ),
    ],
)
def test_a_balance_under_one_date_read_on_past_a_line_in_small_letters(
    below: list[str], label: str
) -> None:
    """A balance under one date with its day as its only column heading ("31 december
    2025"), under a letter's date: a name wrapping under its row ("Bestemmingsreserve
    egalisatie 2.315" / "tarieven"), a long one too, or a note under the total in small
    letters is no sentence running on, for the row names no clause and prints its figure
    bare under the table's unit: the table was dropped whole, no cell read."""
    text = "\n".join(
        [
            "datum",
            "18 maart 2026",
            "",
            "Stand van de reserves (bedragen x € 1.000)",
            "                                              31 december 2025",
            "Algemene reserve zuiveren                                8.412",
            *below,
            "",
            "Het dagelijks bestuur stelt voor het meerdere in te zetten.",
        ]
    )
    [_table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Algemene reserve zuiveren", "31 december 2025")] == "8.412"
    assert (label, "31 december 2025") in grid
    assert "17.677" in grid.values()


def test_a_column_of_paragraph_numbers_after_the_values_holds_no_values() -> None:
    """A Najaarsnota's mutation table names in a last column the paragraph explaining a row
    ("Uitgaven   Ontvangsten   Par." over "Zorgtoeslag   1.112,6   3.2"), rows explained
    nowhere printing none: a number with a point, no value. Read as one, the rows printed
    more figures than the headings named and no table was read (said as rows no table
    took)."""
    ends = (58, 72, 80)  # where "Uitgaven", "Ontvangsten" and "Par." end
    text = "\n".join(
        [
            "Tabel 3.1 Mutaties begroting 2025 (bedragen in miljoenen euro)",
            "",
            printed("", ends, "Uitgaven", "Ontvangsten", "Par."),
            "",
            printed("Stand ontwerpbegroting 2025", ends, "84.210,5", "2.402,7", ""),
            "",
            "Mutaties",
            printed("  Zorgtoeslag", ends, "1.112,6", "", "3.2"),
            printed("  Huurtoeslag", ends, "– 405,0", "", "3.2"),
            printed("  Boeten en transacties", ends, "", "204,6", "3.4"),
            printed("Totaal mutaties", ends, "707,6", "204,6", ""),
            "",
            printed("Stand suppletoire begroting", ends, "84.918,1", "2.607,3", ""),
        ]
    )
    [_table], cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert not warnings and {column for _label, column in grid} == {"Uitgaven", "Ontvangsten"}
    assert not {"3.2", "3.4"} & set(grid.values()) and len(cells) == 9
    assert grid[("Boeten en transacties", "Ontvangsten")] == "204,6"
    assert grid[("Huurtoeslag", "Uitgaven")] == "– 405,0"
    parents = row_parents(cells)
    assert parents["Zorgtoeslag"] == "Mutaties"
    assert parents["Totaal mutaties"] == "Stand suppletoire begroting"


def test_prose_citing_paragraphs_over_a_list_of_their_numbers_is_no_table() -> None:
    """Near form: prose with figures whose lines end in "par." (the paragraph's number
    opening the next line) over a short list of names, each padded to its paragraph's
    number, is no table: "par." heads no column there."""
    prose = "\n".join(
        [
            "De uitgaven voor de zorgtoeslag stijgen met 1.112,6 mln  en  staan toegelicht in par.",
            "3.2; die voor de huurtoeslag dalen met 405,0 mln  en  staan toegelicht in par.",
            "3.3. De mutaties per paragraaf:",
            "",
            "  Zorgtoeslag                                                                   3.2",
            "  Huurtoeslag                                                                   3.3",
            "  Boeten en transacties                                                         3.4",
            "",
            "Per saldo stijgen de uitgaven met 707,6 mln en de ontvangsten met 204,6 mln.",
        ]
    )
    assert read_text(prose) == ([], [], [])


#: Two lists one row per line over the same heading line, each under a line naming it,
#: set apart by a blank line (a municipal budget's lasten and baten per programma).
_NAMED_BLOCKS = (
    "{above}",
    "{first}",
    "Programma Begroting 2025 Raming 2026 Raming 2027",
    "1 Veiligheid 6.712 6.790 6.855",
    "2 Onderwijs 9.450 9.870 8.210",
    "Totaal lasten 16.162 16.660 15.065",
    "",
    "{second}",
    "Programma Begroting 2025 Raming 2026 Raming 2027",
    "1 Veiligheid 300 300 300",
    "2 Onderwijs 2.380 2.610 1.150",
    "Totaal baten 2.680 2.910 1.450",
)


def _named_blocks(above: str, first: str, second: str) -> str:
    text = "\n".join(_NAMED_BLOCKS)
    return text.replace("{above}", above).replace("{first}", first).replace("{second}", second)


def test_a_line_naming_each_of_two_lists_over_the_same_headings_parts_two_tables() -> None:
    """Each list named by the line over its heading line, under prose: the second line
    names a table of its own as the first names the first (they were one table, the second
    list a block of the first under its name, the title and totals of one list)."""
    text = _named_blocks(
        "De lasten en baten per programma staan hieronder.",
        "Overzicht lasten per programma",
        "Overzicht baten per programma",
    )
    tables, cells, _warnings = read_text(text)
    assert [t["title"] for t in tables] == [
        "Overzicht lasten per programma",
        "Overzicht baten per programma",
    ]
    assert {c["table_id"] for c in cells if c["row_label"] == "Totaal baten"} == {
        tables[1]["table_id"]
    }
    assert row_parents(cells)["2 Onderwijs"] == "Totaal baten"


def test_a_line_naming_a_list_over_other_headings_than_the_first_lists_parts_nothing() -> None:
    """Near form: the second list named as the first is, but its heading line prints other
    columns than the first's ("Rekening 2024" among them): the line does not name a table
    as the first list's does, and the lists are read as one table, as before."""
    text = _named_blocks(
        "De lasten en baten per programma staan hieronder.",
        "Overzicht lasten per programma",
        "Overzicht baten per programma",
    )
    heading = "Programma Begroting 2025 Raming 2026 Raming 2027"
    at = text.rindex(heading)
    text = (
        text[:at] + "Programma Rekening 2024 Begroting 2025 Raming 2026" + text[at + len(heading) :]
    )
    tables, _cells, _warnings = read_text(text)
    assert [t["title"] for t in tables] == ["Overzicht lasten per programma"]


@pytest.mark.parametrize(
    "above", ["Tabel 4 Lasten en baten per programma", "Lasten en baten (bedragen x € 1.000)"]
)
def test_group_lines_over_the_same_headings_under_a_tables_name_stay_its_parts(
    above: str,
) -> None:
    """Near form: a caption, or a title with its unit, right over the first group line
    names the whole; "Lasten" and "Baten" over the headings printed again head parts of
    that one table."""
    tables, _cells, _warnings = read_text(_named_blocks(above, "Lasten", "Baten"))
    assert len(tables) == 1


def test_a_group_line_right_under_the_rows_over_the_same_headings_stays_a_part() -> None:
    """Near form: the second name printed right under the first list's last row, no blank
    line between: a group of the same table's rows, as the headings go on."""
    text = _named_blocks("De lasten en baten staan hieronder.", "Lasten", "Baten")
    tables, _cells, _warnings = read_text(text.replace("\n\nBaten", "\nBaten"))
    assert len(tables) == 1


def test_a_plain_title_over_the_first_of_two_named_lists_keeps_them_one_table() -> None:
    """A plain title (no unit, no "Tabel") right over the first group line: the first block
    prints a line more over its heading line than the second, so the title names the whole
    and "Nieuw beleid" heads a part of it (it was a table of its own)."""
    text = _named_blocks(
        "Meerjarenraming programma Veiligheid en onderwijs", "Bestaand beleid", "Nieuw beleid"
    )
    tables, _cells, _warnings = read_text(text)
    assert [t["title"] for t in tables] == ["Meerjarenraming programma Veiligheid en onderwijs"]


def test_a_grand_total_over_two_named_lists_keeps_them_one_table() -> None:
    """A row a blank line under the second list adding up both lists' last rows column by
    column ("Totaal programma" = "Totaal bestaand beleid" + "Totaal nieuw beleid") is a
    total of the whole: the two named lists are its parts (they were two tables, the grand
    total in the second)."""
    text = (
        _named_blocks("De lasten staan hieronder.", "Bestaand beleid", "Nieuw beleid")
        .replace("Totaal lasten", "Totaal bestaand beleid")
        .replace("Totaal baten", "Totaal nieuw")
    )
    total = "Totaal programma 18.842 19.570 16.515"
    tables, cells, _warnings = read_text(f"{text}\n\n{total}")
    assert len(tables) == 1
    assert "Totaal programma" in {c["row_label"] for c in cells}


def test_a_row_under_two_named_lists_adding_up_neither_parts_no_more() -> None:
    """Near form: the row a blank line under the second list does not add up both lists'
    last rows (the balance of lasten and baten): the lists stay two tables, as named."""
    text = _named_blocks(
        "De lasten en baten per programma staan hieronder.",
        "Overzicht lasten per programma",
        "Overzicht baten per programma",
    )
    tables, _cells, _warnings = read_text(f"{text}\n\nSaldo -13.482 -13.750 -13.615")
    assert [t["title"] for t in tables] == [
        "Overzicht lasten per programma",
        "Overzicht baten per programma",
    ]


def test_a_group_set_in_past_a_code_row_that_prints_nothing_there_is_no_coded_group() -> None:
    """A coded group heading starts where its first row's label starts after the code: a
    row printing its code and nothing at that place (a code, then trailing spaces short of
    the heading's indent) has no label there, so the heading is set in past nothing."""
    assert not tables_groups.coded_group("         Lasten", "1      ")


def test_a_group_set_in_over_a_coded_rows_label_is_a_coded_group() -> None:
    """Near form: the heading starts where the code row's label starts."""
    line = "         Lasten"
    row = "1        Bestuur en dienstverlening   18.412   19.020"
    assert tables_groups.coded_group(line, row)


def _two_captions(second: str) -> str:
    """Two parts one row per line, each under a Markdown heading and a heading line with the
    unit in its corner and years one space apart, the second part's caption ``second``."""
    return "\n".join(
        [
            "# Gemeentefonds",
            "",
            "### Tabel 1 Ontwikkeling uitkering",
            "",
            "x € 1 mln 2024 2025 2026 2027 2028 2029",
            "Uitkering voorjaar 2024 900 950 1.000 1.050 1.100 1.150",
            "Bijstelling najaar 2024 50 60 70 80 90 100",
            "Uitkering najaar 2024 950 1.010 1.070 1.130 1.190 1.250",
            "",
            f"### {second}",
            "",
            "x € 1 mln 2024 2025 2026 2027 2028",
            "Loonbijstelling 10 10 10 10 10",
            "Prijsbijstelling 20 20 20 20 20",
            "Totaal bijstellingen 30 30 30 30 30",
            "",
            "De bedragen zijn voorlopig.",
        ]
    )


def test_a_caption_of_another_number_between_parts_opens_a_table_of_its_own() -> None:
    """A numbered caption between two parts ("### Tabel 2 <naam>", its number a digit, as
    a group's name prints none) titles a table of its own: read as a group of a second
    block, the second table was one with the first, under the first's caption."""
    tables, _cells, _warnings = read_text(_two_captions("Tabel 2 Bijstellingen"))
    assert [(t["title"], t["line_start"], t["line_end"]) for t in tables] == [
        ("Tabel 1 Ontwikkeling uitkering", 3, 8),
        ("Tabel 2 Bijstellingen", 10, 15),
    ]


def _uncaptioned_parts(second: str) -> str:
    """``_two_captions``'s parts with no caption over the first: the table has none of its
    own, the second part's caption ``second``."""
    return _two_captions(second).replace("### Tabel 1 Ontwikkeling uitkering\n\n", "")


def test_a_continued_caption_between_parts_of_an_uncaptioned_table_goes_on_with_it() -> None:
    """A caption printed as continued ("### Tabel 1 (vervolg)") over a table's next part
    goes on with the table even where the table printed no caption of its own: a
    continued caption opens no table. Compared with no caption of its own, its number
    parted the table in two."""
    tables, _cells, _warnings = read_text(_uncaptioned_parts("Tabel 1 (vervolg)"))
    assert [(t["line_start"], t["line_end"]) for t in tables] == [(1, 13)]


def test_a_new_caption_between_parts_of_an_uncaptioned_table_opens_a_table_of_its_own() -> None:
    """Near form: a numbered caption not printed as continued ("### Tabel 2 <naam>") over
    the next part of a table printing no caption of its own still opens a table of its
    own, as before."""
    tables, _cells, _warnings = read_text(_uncaptioned_parts("Tabel 2 Bijstellingen"))
    assert [(t["title"], t["line_start"], t["line_end"]) for t in tables] == [
        ("Gemeentefonds", 1, 6),
        ("Tabel 2 Bijstellingen", 8, 13),
    ]


def test_the_table_s_own_caption_printed_again_between_parts_goes_on_with_it() -> None:
    """The near form: the table's own caption printed again over its next part ("Tabel 1
    (vervolg)") titles no other table: the parts are one table, as before."""
    tables, _cells, _warnings = read_text(_two_captions("Tabel 1 (vervolg)"))
    assert [(t["title"], t["line_start"], t["line_end"]) for t in tables] == [
        ("Tabel 1 Ontwikkeling uitkering", 3, 15)
    ]
