"""Tests of tables a PDF's text without layout prints as labels, headings and bare value
blocks a section's columns together (``tables_section_blocks``)."""

from __future__ import annotations

from table_texts import read_text

_INTRO = [
    "Overzicht per taakveld",
    "De uitgaven voor onderwijshuisvesting stijgen door de bouw van twee scholen.",
    "Lasten en baten per taakveld (bedragen x € 1.000)",
    "Taakveld",
]
_LABELS = [
    "Uitgaven",
    "4.1 Openbaar onderwijs",
    "4.2 Onderwijshuisvesting",
    "Totaal uitgaven",
    "Inkomsten",
    "4.1 Openbaar onderwijs",
    "4.2 Onderwijshuisvesting",
    "Totaal inkomsten",
]


def _page(headings: list[str], blocks: list[list[str]]) -> str:
    """The caption and labels, a blank line, the headings, then each block of values under
    a blank line, and a sentence after them."""
    lines = [*_INTRO, *_LABELS, "", *headings]
    for block in blocks:
        lines += [*block, ""]
    return "\n".join([*lines, "Het saldo is in de tekst toegelicht."])


#: Per section, per column (Rekening 2023, Begroting 2024, Raming 2025): its three values.
_SECTION_BLOCKS = [
    ["1.200", "3.400", "4.600"],
    ["1.300", "3.500", "4.800"],
    ["1.350", "3.700", "5.050"],
    ["100", "250", "350"],
    ["110", "240", "350"],
    ["120", "260", "380"],
]


def _cells(text: str) -> dict[tuple[int, str], tuple[str, str | None]]:
    """Each cell's (row line, column) with its value and parent label."""
    [table], cells, _warnings = read_text(text)
    assert table["unit_label"] == "x € 1.000"
    assert table["title"] == "Lasten en baten per taakveld (bedragen x € 1.000)"
    return {
        (c["row_line"], c["column_label"]): (c["value_text"], c["parent_row_label"]) for c in cells
    }


def test_glued_headings_then_a_sections_columns_together_are_read_by_the_counts() -> None:
    """The labels (value-less "Uitgaven" / "Inkomsten", each named by its total), the
    headings glued at a year on one line, the first block under them with no blank line,
    then the blocks of the first section's columns and those of the second: 6 blocks are 3
    columns times 2 sections, each of 3 values, as each section holds 3 label lines."""
    cells = _cells(_page(["Rekening 2023", "Begroting 2024Raming 2025"], _SECTION_BLOCKS))
    assert len(cells) == 18
    assert cells[(6, "Rekening 2023")] == ("1.200", "Uitgaven")
    assert cells[(7, "Begroting 2024")] == ("3.500", "Uitgaven")
    assert cells[(8, "Raming 2025")] == ("5.050", None)
    assert cells[(10, "Rekening 2023")] == ("100", "Inkomsten")
    assert cells[(12, "Raming 2025")] == ("380", None)


def test_headings_each_a_block_and_sections_of_unequal_size_are_read() -> None:
    """Each heading a block of its own over two lines ("Begroting 2024" / "na wijziging"),
    then the blocks of a section of 3 rows and of one of 4 (its total and a result under
    it): the blocks' sizes, 3 three times then 4 three times, say the sections."""
    headings = ["Begroting 2024", "primitief", "", "Begroting 2024", "na wijziging", ""]
    headings += ["Realisatie", "2024", ""]
    blocks = [*_SECTION_BLOCKS[:3], *([*b, "-4.250"] for b in _SECTION_BLOCKS[3:])]
    text = _page(headings, blocks).replace("Totaal inkomsten\n", "Totaal inkomsten\nResultaat\n")
    [table], cells, _warnings = read_text(text)
    grid = {(c["row_label"], c["column_label"]): c["value_text"] for c in cells}
    assert table["unit_label"] == "x € 1.000"
    assert len(cells) == 21
    assert grid[("Totaal uitgaven", "Begroting 2024 primitief")] == "4.600"
    assert grid[("Resultaat", "Realisatie 2024")] == "-4.250"
    assert grid[("Totaal inkomsten", "Begroting 2024 na wijziging")] == "350"


def test_blocks_the_sections_counts_do_not_part_stay_unread_and_said() -> None:
    """Five blocks under three headings, or sections whose label lines outnumber their
    blocks' values (a value-less sub-heading among them), leave every value's row in
    doubt: nothing is read, and the warning says why."""
    text = _page(["Rekening 2023", "Begroting 2024", "Raming 2025", ""], _SECTION_BLOCKS[:5])
    _tables, cells, warnings = read_text(text)
    assert not cells
    assert any("not one block per column" in w.reason for w in warnings)
    text = _page(["Rekening 2023", "Begroting 2024", "Raming 2025", ""], _SECTION_BLOCKS)
    text = text.replace("Uitgaven\n", "Uitgaven\nOnderwijs\n", 1)
    _tables, cells, warnings = read_text(text)
    assert not cells
    assert any("do not hold as many rows" in w.reason for w in warnings)


def test_headings_naming_no_period_or_labels_without_sections_are_not_read_so() -> None:
    """A heading of one block that goes on over two lines ("Realisatie" / "2024") is no
    heading a line, and labels no total names as a section's heading anchor no count:
    neither is read by the sections' counts."""
    headings = ["Realisatie", "2024", "Raming", "2025", ""]
    text = _page(headings, [*_SECTION_BLOCKS[:2], *_SECTION_BLOCKS[3:5]])
    _tables, cells, _warnings = read_text(text)
    assert not cells
    text = _page(["Rekening 2023", "Begroting 2024", "Raming 2025", ""], _SECTION_BLOCKS)
    text = text.replace("Totaal uitgaven", "Subtotaal").replace("Totaal inkomsten", "Saldo")
    _tables, cells, _warnings = read_text(text)
    assert not cells


def test_a_lone_dash_in_a_block_is_a_nil_cell_of_its_row() -> None:
    """A block prints an empty cell as a lone dash ("-"): one of its block's values, so the
    counts still part the blocks, and a nil, no cell (the table was left unread)."""
    blocks = [list(block) for block in _SECTION_BLOCKS]
    blocks[4][1] = "-"
    cells = _cells(_page(["Rekening 2023", "Begroting 2024Raming 2025"], blocks))
    assert len(cells) == 17
    assert (11, "Begroting 2024") not in cells
    assert cells[(12, "Begroting 2024")] == ("350", None)


def test_headings_each_naming_a_stage_are_a_column_a_line_read_by_the_counts() -> None:
    """Headings naming no period but each line a stage of the budget or a column of its
    own ("Begroting primitief" / "Begroting na wijziging" in one block, "Verschil" in
    another): each line a whole heading, so 3 columns, and the 6 blocks are 3 columns times
    2 sections, read by the counts as periods are."""
    headings = ["Begroting primitief", "Begroting na wijziging", "", "Verschil", ""]
    cells = _cells(_page(headings, _SECTION_BLOCKS))
    assert len(cells) == 18
    assert cells[(6, "Begroting primitief")] == ("1.200", "Uitgaven")
    assert cells[(7, "Begroting na wijziging")] == ("3.500", "Uitgaven")
    assert cells[(12, "Verschil")] == ("380", None)


def test_a_stage_heading_wrapped_over_two_lines_is_not_read_a_line_a_heading() -> None:
    """The near form: a stage's heading that goes on over a second line naming no stage
    ("Begroting" / "primitief") is no heading a line: the lines do not say the columns, and
    nothing is read by the sections' counts."""
    headings = ["Begroting", "primitief", "", "Begroting na wijziging", "", "Verschil", ""]
    _tables, cells, _warnings = read_text(_page(headings, _SECTION_BLOCKS))
    assert not cells
