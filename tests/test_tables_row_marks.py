"""Tests of the marks a plain text layer prints after a row's values, under a heading
naming them (``tables_row_marks``)."""

from __future__ import annotations

from table_texts import cell_grid, read_text, row_parents

_HEADINGS = ["Begroting", "na wijziging 2023", "Realisatie", "2023", "Verschil"]
_ROWS = [
    "Jeugdzorg 12.400 13.100 -700 N",
    "Wmo 8.200 7.900 300 V",
    "Participatie 5.100 5.100 0",
    "Totaal lasten 25.700 26.100 -400 N",
]


def _page(headings: list[str], rows: list[str]) -> str:
    """A municipal budget's table as a text layer printing no padding sets it: its heading
    cells a line each, then a group line and the rows one per line, prose under them."""
    return "\n".join(
        [
            "Tabel 4 Exploitatie programma Sociaal domein (bedragen x € 1.000)",
            *headings,
            "Lasten",
            *rows,
            "Het tekort op jeugdzorg komt door meer zorgvragen.",
        ]
    )


def test_a_voordeel_or_nadeel_after_each_difference_under_v_n_is_no_value() -> None:
    """ "V/N" printed last of the heading cells names the "V" or "N" ending each row one
    space after its difference: marks, not the rows' last values, so the rows end in their
    figures (a difference of nil prints none) and the three headings head them."""
    [table], cells, warnings = read_text(_page([*_HEADINGS, "V/N"], _ROWS))
    assert not warnings
    assert table["title"].startswith("Tabel 4")
    grid = cell_grid(cells)
    assert grid[("Jeugdzorg", "Begroting na wijziging 2023")] == "12.400"
    assert grid[("Wmo", "Verschil")] == "300"
    assert grid[("Participatie", "Verschil")] == "0"
    assert grid[("Totaal lasten", "Verschil")] == "-400"
    assert {column for _row, column in grid} == {
        "Begroting na wijziging 2023",
        "Realisatie 2023",
        "Verschil",
    }
    assert row_parents(cells)["Wmo"] == "Lasten"


def test_marks_named_by_the_initials_of_a_heading_in_words() -> None:
    """A heading in words ("voordelig/nadelig") names the marks by their initials; it heads
    no column of values, nor goes on with the heading above it."""
    _tables, cells, _warnings = read_text(_page([*_HEADINGS, "voordelig/nadelig"], _ROWS))
    grid = cell_grid(cells)
    assert grid[("Jeugdzorg", "Verschil")] == "-700"
    assert grid[("Totaal lasten", "Realisatie 2023")] == "26.100"


def test_marks_after_a_heading_line_of_words() -> None:
    """The heading of marks ending a heading line of words one space apart is blanked with
    the marks: the line heads the values before them."""
    text = "\n".join(
        [
            "Tabel 4 Exploitatie programma Sociaal domein (bedragen x € 1.000)",
            "Omschrijving Begroting 2023 Realisatie 2023 Verschil V/N",
            *_ROWS,
            "Het tekort op jeugdzorg komt door meer zorgvragen.",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Jeugdzorg", "Begroting 2023")] == "12.400"
    assert grid[("Wmo", "Verschil")] == "300"


def test_letters_the_heading_does_not_name_are_left_as_printed() -> None:
    """A row ending in a letter under a heading that names other marks ("I/S"), or under
    none, is left as printed: the letter may be its label's, and the rows end in no
    figure, so no table is read from them."""
    for last in ("I/S", "Toelichting"):
        _tables, cells, _warnings = read_text(_page([*_HEADINGS, last], _ROWS))
        assert not any(cell["row_label"] == "Wmo" for cell in cells), last


def test_v_n_in_labels_and_a_label_ending_in_a_letter_are_kept() -> None:
    """Under a heading naming the marks, a row whose label holds "V/N" or ends in a letter
    before its values keeps its label whole: only a word after the last figure is a mark."""
    rows = [
        "Saldo V/N jeugdzorg 12.400 13.100 -700 N",
        "Gebouw B 8.200 7.900 300 V",
        "Totaal lasten 20.600 21.000 -400 N",
    ]
    _tables, cells, _warnings = read_text(_page([*_HEADINGS, "V/N"], rows))
    grid = cell_grid(cells)
    assert grid[("Saldo V/N jeugdzorg", "Verschil")] == "-700"
    assert grid[("Gebouw B", "Begroting na wijziging 2023")] == "8.200"


def _districts(rows: list[str]) -> str:
    """The heading cells a line each, "V/N" last, then ``rows`` and prose under them."""
    return "\n".join(
        [
            "Tabel 4 Exploitatie wijkbudgetten (bedragen x € 1.000)",
            *_HEADINGS,
            "V/N",
            *rows,
            "Het voordeel op wijkbudgetten ontstaat door minder aanvragen.",
        ]
    )


def test_a_word_after_a_figure_is_no_mark_of_a_one_letter_part() -> None:
    """Under "V/N" a group line's last word after a figure ("Stadsdeel 2 Noord") is its
    label's, though it starts with "N": a mark of a one-letter part is that letter alone."""
    rows = [
        "Stadsdeel 2 Noord",
        "Wijkbudget Kern 400 380 20 V",
        "Speelplaatsen 150 170 -20 N",
        "Stadsdeel 2 Zuid",
        "Wijkbudget Dorp 300 300 0",
        "Groenonderhoud 210 200 10 V",
    ]
    _tables, cells, _warnings = read_text(_districts(rows))
    grid = cell_grid(cells)
    assert grid[("Wijkbudget Kern", "Verschil")] == "20"
    assert grid[("Groenonderhoud", "Realisatie 2023")] == "200"
    parents = row_parents(cells)
    assert parents["Speelplaatsen"] == "Stadsdeel 2 Noord"
    assert parents["Wijkbudget Dorp"] == "Stadsdeel 2 Zuid"


def test_a_one_letter_mark_of_a_one_letter_part_is_still_read() -> None:
    """The near form: the same rows with group lines ending in no figure-led word, the
    marks "V" and "N" under "V/N" are still no values."""
    rows = [
        "Wijkbudget Kern 400 380 20 V",
        "Speelplaatsen 150 170 -20 N",
        "Wijkbudget Dorp 300 300 0",
        "Groenonderhoud 210 200 10 V",
    ]
    _tables, cells, _warnings = read_text(_districts(rows))
    grid = cell_grid(cells)
    assert grid[("Speelplaatsen", "Verschil")] == "-20"
    assert grid[("Groenonderhoud", "Verschil")] == "10"


def _kadernota(corner: str, marks: tuple[str, ...]) -> str:
    """A kadernota's financial perspective as a text layer printing no padding sets it: the
    heading on one line, ``corner`` over the labels, then the mutations one per line each
    with its mark (``marks``) between its label and its values, the saldo rows without."""
    rows = [
        ("1. Meicirculaire 2025", "2.915 3.310 3.872"),
        ("2. Loon- en prijsontwikkeling", "-2.480 -2.510 -2.540"),
        ("3. Huisvesting 2 scholen", "-450 -450 0"),
    ]
    return "\n".join(
        [
            "Tabel 1 Financieel perspectief 2026-2028 (bedragen x € 1.000; - = nadeel)",
            f"{corner} 2026 2027 2028",
            "Saldo Programmabegroting 2025-2028 1.412 2.086 3.105",
            "Mutaties Kadernota 2026:",
            *(
                f"{label} {mark} {values}"
                for (label, values), mark in zip(rows, marks, strict=True)
            ),
            "Totaal mutaties Kadernota 2026 -15 350 1.332",
            "Saldo na Kadernota 2026 1.397 2.436 4.437",
            "Toelichting op de mutaties",
        ]
    )


def test_marks_between_the_labels_and_values_under_a_corner_naming_them_are_no_label() -> None:
    """A kadernota heads a column of "S" or "I" (structureel, incidenteel) in the labels'
    corner ("Omschrijving S/I") and prints each mark one space after its label, before the
    values: the mark is no part of the mutation's name ("1. Meicirculaire 2025 S" was
    stored). A label ending in a year or holding a count keeps them; a saldo printing no
    mark keeps its label."""
    _tables, cells, _warnings = read_text(_kadernota("Omschrijving S/I", ("S", "S", "I")))
    grid = cell_grid(cells)
    assert grid[("1. Meicirculaire 2025", "2026")] == "2.915"
    assert grid[("2. Loon- en prijsontwikkeling", "2028")] == "-2.540"
    assert grid[("3. Huisvesting 2 scholen", "2027")] == "-450"
    assert grid[("Saldo Programmabegroting 2025-2028", "2026")] == "1.412"


def test_a_label_s_last_letter_under_a_corner_naming_no_marks_is_the_label_s() -> None:
    """The near form: the same rows under a corner naming no marks ("Omschrijving"), their
    last letters a footnote's or an item's ("a", "B"), and under one naming other marks
    ("V/N" over "S" and "I"): the letters are the labels', as before."""
    for corner, marks in (("Omschrijving", ("a", "a", "B")), ("Omschrijving V/N", ("S", "S", "I"))):
        _tables, cells, _warnings = read_text(_kadernota(corner, marks))
        labels = {cell["row_label"] for cell in cells}
        assert f"1. Meicirculaire 2025 {marks[0]}" in labels, corner
        assert f"3. Huisvesting 2 scholen {marks[2]}" in labels, corner
