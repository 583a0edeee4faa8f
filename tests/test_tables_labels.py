"""Tests of where a block's row labels end (``tables_labels``)."""

from __future__ import annotations

import pytest
from table_texts import cell_grid, printed, read_text, row_parents


@pytest.mark.parametrize("repeated", [False, True])
def test_two_label_columns_make_the_first_a_group_of_the_second(repeated: bool) -> None:
    """Two label columns, the group's name printed in the first beside its first item in
    the second (a rowspan), or beside every item: the group is the items' parent and no
    part of their labels; a row whose label starts in the first column ("Totaal") ends
    the group (the first item was labelled 'Mobiliteit Beheer', every item's parent was
    the total)."""
    groups = [
        ("Mobiliteit", [("Beheer", "4.210", "4.380"), ("Investeringen", "7.950", "8.120")]),
        ("Natuur", [("Beheer", "2.640", "2.710"), ("Subsidies", "1.180", "1.240")]),
    ]
    body = []
    for name, items in groups:
        for k, (item, a, b) in enumerate(items):
            first = name if k == 0 or repeated else ""
            body.append(f"{first:22}{item:26}{a:>12}{b:>12}")
    text = "\n".join(
        [
            "Tabel 3 Lasten per programma en product (x € 1.000)",
            "",
            f"{'Programma':22}{'Product':26}{'2025':>12}{'2026':>12}",
            *body,
            f"{'Totaal':48}{'15.980':>12}{'16.450':>12}",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    by_line = {(c["line"], c["column_label"]): c for c in cells}
    assert {c["row_label"] for c in cells} == {"Beheer", "Investeringen", "Subsidies", "Totaal"}
    assert by_line[(4, "2025")]["parent_row_label"] == "Mobiliteit"
    assert by_line[(5, "2026")]["parent_row_label"] == "Mobiliteit"
    assert by_line[(6, "2025")]["parent_row_label"] == "Natuur"
    assert by_line[(7, "2025")]["parent_row_label"] == "Natuur"
    assert by_line[(8, "2025")]["parent_row_label"] is None


@pytest.mark.parametrize(
    ("heading", "marks"),
    [("I/S", ["S", "I", "S"]), ("Toelichting", ["5.1", "5.2", "5.3"])],
)
def test_a_column_of_markers_between_labels_and_values_is_no_part_of_the_label(
    heading: str, marks: list[str]
) -> None:
    """A column of text between the labels and the values, headed in the corner after the
    labels' own heading: a marker (I or S, incidenteel or structureel) or a note's number
    printed after each label by a column's padding. It is neither label nor value (it was
    glued to the label: 'Extra handhaving S')."""
    rows = [
        ("Extra handhaving", "150", "150"),
        ("Verkiezingen", "95", "0"),
        ("Onderhoud bruggen", "420", "440"),
    ]
    text = "\n".join(
        [
            "Tabel 6 Nieuw beleid (bedragen x € 1.000)",
            "",
            f"{'Omschrijving':30}{heading:14}{'2025':>8}{'2026':>8}",
            *(
                f"{label:30}{mark:14}{a:>8}{b:>8}"
                for (label, a, b), mark in zip(rows, marks, strict=True)
            ),
            f"{'Totaal nieuw beleid':44}{'665':>8}{'590':>8}",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert {c["row_label"] for c in cells} == {
        "Extra handhaving",
        "Verkiezingen",
        "Onderhoud bruggen",
        "Totaal nieuw beleid",
    }
    assert cell_grid(cells)[("Verkiezingen", "2025")] == "95"


def test_a_label_ending_in_a_number_keeps_it_where_the_total_says_so() -> None:
    """A PDF text layer prints "Subsidieregeling fase 2 120 80 60" one space apart: "2 120"
    reads as 2.120 with space thousands too. The total row adds up only with the 2 in the
    label, so the label keeps it (the value was stored as 2.120, the next columns right)."""
    text = "\n".join([
        "Tabel 3 Intensiveringen (bedragen x € 1 mln) 2025 2026 2027",
        "Subsidieregeling fase 2 120 80 60",
        "Programma leefbaarheid 30 30 30",
        "Innovatiefonds tranche 4 250 150 100",
        "Totaal 400 260 190",
    ])  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Subsidieregeling fase 2", "2025")] == "120"
    assert grid[("Innovatiefonds tranche 4", "2025")] == "250"
    assert grid[("Innovatiefonds tranche 4", "2027")] == "100"


def test_margin_headings_beside_the_rows_are_no_part_of_their_labels() -> None:
    """A report printing its headings in a left margin column (an older Kamerstuk's text
    layer, pdftotext -layout) prints them on the table's lines too: "Rechtmatigheid" /
    "van de uitgaven" beside two rows is no part of their labels (they were labelled
    "Rechtmatigheid Art. 12 Rijkswegen"), as the margin words beside the prose above show."""
    margin = "Rechtmatigheid"
    text = "\n".join(
        [
            "Tweede Kamer, vergaderjaar 2004–2005, 30 010 XII, nr. 2                     14",
            "",
            "Uitgaven per     De verantwoorde uitgaven per artikel staan in tabel 4.",
            "artikel",
            "",
            "                 Tabel 4 Verantwoorde uitgaven per artikel (x € 1 miljoen)",
            "",
            "                                                      Uitgaven    Fouten",
            "                 Art. 11 Waterkeren                      812,4       1,2",
            f"{margin:17}Art. 12 Rijkswegen                    3.410,9       6,8",
            "van de uitgaven  Art. 13 Spoorwegen                    2.604,1       0,0",
            "                 Art. 14 Regionaal vervoer               905,6       2,5",
            "                                                    ---------  --------",
            "                 Totaal                                7.733,0      10,5",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Art. 12 Rijkswegen", "Uitgaven")] == "3.410,9"
    assert grid[("Art. 13 Spoorwegen", "Fouten")] == "0,0"
    parents = row_parents(cells)
    assert set(parents) == {
        "Art. 11 Waterkeren",
        "Art. 12 Rijkswegen",
        "Art. 13 Spoorwegen",
        "Art. 14 Regionaal vervoer",
        "Totaal",
    }
    assert {parents[label] for label in parents if label != "Totaal"} == {"Totaal"}


def test_a_code_before_the_labels_is_no_margin_heading() -> None:
    """The control: a code column printed where the page's margin is ("12" before
    "Rijkswegen", the stand rows without one) stays part of the label, margin words beside
    the prose or not: a code is no heading."""
    text = "\n".join(
        [
            "Mutaties         De mutaties per artikel staan in tabel 2.",
            "",
            "                 Tabel 2 Mutaties per artikel (bedragen x € 1.000)",
            "",
            "Art.             Omschrijving                     Uitgaven    Ontvangsten",
            "                 Stand ontwerpbegroting             12.400            310",
            "11               Waterkeren                            520              0",
            "12               Rijkswegen                           – 80             15",
            "                 Stand eerste suppletoire           12.840            325",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    labels = {c["row_label"] for c in cells}
    assert {"11 Waterkeren", "12 Rijkswegen"} <= labels


def test_a_code_column_headed_in_the_corner_is_no_margin() -> None:
    """A code column under "Art." whose codes are written out for some rows ("div." for
    several articles) stands where a margin would: the corner's heading line is no prose
    beside a margin, so "div." stays the label's code."""
    text = "\n".join(
        [
            "Tabel 5 Suppletoire mutaties 2025 (bedragen x € 1.000)",
            "",
            "Art.   Omschrijving                                   Uitgaven    Ontvangsten",
            "       Stand ontwerpbegroting 2025                      84.210          1.220",
            "2      Uitvoeringsmutaties bijstand                      1.310              0",
            "div.   Overige mutaties                                  – 420             35",
            "       Stand eerste suppletoire begroting 2025          85.100          1.255",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    labels = {c["row_label"] for c in cells}
    assert {"2 Uitvoeringsmutaties bijstand", "div. Overige mutaties"} <= labels


@pytest.mark.parametrize("corner", ["", "Omschrijving"])
def test_a_note_column_headed_before_one_value_column_is_no_value_column(corner: str) -> None:
    """A 1990s nota printed through ``pdftotext -layout`` heads a column of note markers
    ("1)", "2)") between the labels and the one value column, the labels' corner left
    blank or named ("Noot   1997", "Omschrijving   Noot   1997"): the note column's heading
    is the corner's, as over two value columns, and its markers are neither label nor
    value. (Read as a heading of two value columns over rows of one value, no table was
    read.)"""
    text = "\n".join(
        [
            "Tabel 2.2 Uitgavenkader sociale zekerheid 1997 (in mld gulden)",
            f"{corner:41}Noot           1997",
            "Stand Miljoenennota 1997                                 82,15",
            "Volumeontwikkeling arbeidsongeschiktheid   1)            -0,64",
            "Indexering uitkeringen                                    0,38",
            "Uitvoeringskosten                          2)             0,12",
            "Stand Najaarsnota 1997                                   82,01",
            "",
            "1) Vooral een lagere instroom in de WAO.",
            "2) Inclusief de kosten van de invoering van de Pemba.",
        ]
    )
    [_table], cells, _warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {"1997"}
    assert cell_grid(cells) == {
        ("Stand Miljoenennota 1997", "1997"): "82,15",
        ("Volumeontwikkeling arbeidsongeschiktheid", "1997"): "-0,64",
        ("Indexering uitkeringen", "1997"): "0,38",
        ("Uitvoeringskosten", "1997"): "0,12",
        ("Stand Najaarsnota 1997", "1997"): "82,01",
    }
    assert row_parents(cells)["Uitvoeringskosten"] == "Stand Najaarsnota 1997"


def _page_broken(corner: str, marks: tuple[str, str, str]) -> str:
    """A Kamerstuk's table (pdftotext -layout) whose rows go on past a page break under
    its headings printed again, ``corner`` heading the column between labels and values;
    one row before the break and one after print a mark there (``marks``)."""
    ends = (64, 73, 82)
    head = printed(" " * 50 + corner, ends, "2025", "2026", "2027")
    return "\n".join(
        [
            "Tabel 1 Budgettaire gevolgen (in mln euro)",
            "",
            head,
            "Wetsvoorstel Belastingplan",
            printed("Verlaging tarief eerste schijf", ends, "-1.128", "-1.150", "-1.172"),
            printed(f"{'Verhoging arbeidskorting':50}{marks[0]}", ends, "-386", "-390", "-395"),
            printed(f"{'Aanpassing vennootschapsbel.':50}{marks[1]}", ends, "0", "-97", "-101"),
            printed("Totaal wetsvoorstel", ends, "-1.514", "-1.637", "-1.668"),
            "",
            "Tweede Kamer, vergaderjaar 2024–2025, 36 602, nr. 3" + " " * 30 + "12",
            "\f" + " " * 40 + "Tabel 1 (vervolg)",
            "",
            head,
            "Overige wetsvoorstellen",
            printed("Wet aanpassing box 3", ends, "-35", "-40", "-40"),
            printed(f"{'Wet herziening lease-auto':50}{marks[2]}", ends, "", "64", "131"),
            printed("Totaal overige wetsvoorstellen", ends, "-35", "24", "91"),
        ]
    )


def test_a_note_mark_past_a_page_break_under_a_note_heading_is_no_part_of_the_label() -> None:
    """Under a corner heading naming a note column ("Noot"), printed again past a page
    break, the one row past the break that prints a note's mark ("1)") prints it in the
    same column as the rows before the break: no part of its label. A column of marks was
    told by two marks in one block of rows, and past the break there was one."""
    text = _page_broken("Noot", ("1)", "2)", "1)"))
    _tables, cells, _warnings = read_text(text)
    labels = {c["row_label"] for c in cells}
    assert "Wet herziening lease-auto" in labels
    assert "Verhoging arbeidskorting" in labels
    assert cell_grid(cells)[("Wet herziening lease-auto", "2026")] == "64"


def test_one_short_word_under_a_heading_naming_no_note_column_stays_the_labels() -> None:
    """The near form: under a corner heading that names no note column ("Soort"), one row's
    short last word in that column is the label's (two such words are a column of
    markers; past the break there is one)."""
    text = _page_broken("Soort", ("", "", "box"))
    _tables, cells, _warnings = read_text(text)
    assert "Wet herziening lease-auto box" in {c["row_label"] for c in cells}


def _balance(rows: list[tuple[str, str, str, str]], total: tuple[str, str], *, dates: int) -> str:
    """A municipal balance as ``pdftotext -layout`` prints it: a note column "Toelichting"
    between the labels and the values, its heading on the heading's first line over dates
    printed over ``dates`` lines ("31 december" / "2024", or "31-12-2024" on one)."""
    ends = (78, 94)
    if dates == 2:
        head = [
            printed(f"{'ACTIVA':51}Toelichting", ends, "31 december", "31 december"),
            printed("", ends, "2024", "2023"),
        ]
    else:
        head = [printed(f"{'Reserve':51}Toelichting", ends, "31-12-2024", "31-12-2023")]
    return "\n".join(
        [
            "4.2 Balans per 31 december 2024",
            "",
            "(bedragen x € 1.000)",
            "",
            *head,
            "",
            *(printed(f"{label:57}{note}", ends, a, b) for label, note, a, b in rows),
            printed("Totaal", ends, *total),
        ]
    )


@pytest.mark.parametrize(("dates", "notes"), [(2, ("4.4.1", "4.4.2")), (1, ("4.5.1.1", "4.5.1.2"))])
def test_note_numbers_under_a_toelichting_heading_are_no_part_of_the_label(
    dates: int, notes: tuple[str, str]
) -> None:
    """The note numbers under "Toelichting" between the labels and the values are no part
    of the labels, where the heading prints "Toelichting" on its first line over dates
    wrapped onto a second ("31 december" / "2024"), and where a note is a section's number
    longer than a marker ("4.5.1.1"): they were glued to the label ('Vaste activa 4.4.1')."""
    rows = [
        ("Vaste activa", notes[0], "94.621", "92.360"),
        ("Vlottende activa", notes[1], "18.412", "17.905"),
    ]
    _tables, cells, _warnings = read_text(_balance(rows, ("113.033", "110.265"), dates=dates))
    assert {c["row_label"] for c in cells} == {"Vaste activa", "Vlottende activa", "Totaal"}
    assert row_parents(cells)["Vaste activa"] == "Totaal"


def test_a_labels_own_number_under_a_two_line_heading_stays_the_labels() -> None:
    """The near form: where no row prints a note, a label ending in its own number one
    space after a word ("Lening tranche 2") under the same heading keeps it: only a run
    set apart by a column's padding under "Toelichting" is a note."""
    rows = [
        ("Vaste activa", "", "94.621", "92.360"),
        ("Lening tranche 2", "", "18.412", "17.905"),
    ]
    _tables, cells, _warnings = read_text(_balance(rows, ("113.033", "110.265"), dates=2))
    assert {c["row_label"] for c in cells} == {"Vaste activa", "Lening tranche 2", "Totaal"}


def _noted(column: int) -> str:
    """A balance under a short note heading "Noot" (columns 52-55) over dates on two lines,
    each row's note set from ``column`` (1-based) on, between its label and its values."""
    ends = (78, 94)
    rows = [
        ("Immateriële vaste activa", "7.1", "1.250", "1.410"),
        ("Financiële vaste activa", "7.2.2.1", "8.305", "8.512"),
        ("Vlottende activa", "8", "18.412", "17.905"),
    ]
    return "\n".join(
        [
            "Tabel 4.2a Activa (bedragen x € 1.000)",
            "",
            printed(f"{'ACTIVA':51}Noot", ends, "31 december", "31 december"),
            printed("", ends, "2024", "2023"),
            "",
            *(printed(f"{label:{column - 1}}{note}", ends, a, b) for label, note, a, b in rows),
            printed("Totaal activa", ends, "27.967", "27.827"),
        ]
    )


def test_note_numbers_set_past_a_short_headings_end_are_no_part_of_the_label() -> None:
    """Notes standing in one column right of a short heading ("Noot", the notes from two
    columns past its end): the heading heads the room up to the values, so they are no
    part of the labels. They were glued to every label ('Vlottende activa 8')."""
    cells = read_text(_noted(58))[1]
    assert {c["row_label"] for c in cells} == {
        "Immateriële vaste activa",
        "Financiële vaste activa",
        "Vlottende activa",
        "Totaal activa",
    }


def test_runs_set_left_of_a_short_heading_stay_the_labels() -> None:
    """The near form: the same runs standing left of the heading's start, under the labels'
    room, are the labels' own words: they stay in the labels."""
    labels = {c["row_label"] for c in read_text(_noted(40))[1]}
    assert "Vlottende activa 8" in labels
