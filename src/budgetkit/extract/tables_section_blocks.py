"""Tables a PDF's text without layout prints as labels, then headings, then bare value blocks.

A statement of lasten and baten read from a PDF's text layer without layout comes out column
by column: first the label column as one block, the value-less section headings among the
labels ("Lasten" / ... / "Totaal lasten" / "Baten" / ...), then the column headings (one
line each, cells that nearly touch glued into one line, "Begroting 2025Raming 2026"; or a
block of its own per heading, a blank line between them: "Begroting 2023" / "primitief"),
then the values, one block per column, blank lines between the blocks. Where the headings
row stands between two sections on the page, each section's values are blocks of their
own: all columns of the first section, then all of the next, as the section's band of the
page reads left to right before the band below it.

Nothing but the counts says which label a value belongs to, so the table is read only
where they leave no doubt: every heading names a period (or every heading line a stage of
the budget or a column of its own, "Realisatie" / "Verschil"), the blocks are the columns times
the sections, the blocks of a section hold one value for each of its label lines, and each
section opens with a heading its total names below it ("Lasten" ... "Totaal lasten"). The
lines above the first section are the corner's heading and the caption (the line declaring
the unit), no rows. Text of this shape whose counts do not agree is left unread, and said.
"""

from __future__ import annotations

import re

from budgetkit.extract.tables_cell_items import Item, line_runs
from budgetkit.extract.tables_model import Cell, RawTable, Row
from budgetkit.extract.tables_stacked_headings import joined_heading
from budgetkit.extract.tables_tokens import CAPTION, column_year, parse_value
from budgetkit.extract.tables_units import read_unit
from budgetkit.extract.tables_vocabulary import column_word, names_stage

#: A year ending one heading right before the capital opening the next: two heading cells
#: printed so close that the text layer joins them ("Begroting 2025Raming 2026").
_GLUED_HEADING = re.compile(r"(?<=(?:19|20)\d\d)(?=[A-Z])")
#: Most blocks of headings between the labels and the values: the columns of one table, so
#: that the paragraphs of prose, a run of text each, are each looked past only so far.
_MAX_HEADINGS = 16
#: Lines above the first section read for the caption: the corner's heading and the caption.
_ABOVE = 2


def section_block_tables(items: list[Item], taken: list[tuple[int, int]]) -> list[RawTable]:
    """The tables the items print as a block of labels, a block of period headings and bare
    value blocks (see the module's docstring), none crossing a table already read
    (``taken``: the first and last lines of each); a table of that shape whose counts do
    not say each value's row is returned without rows, its doubt said."""
    runs = line_runs(items)
    tables: list[RawTable] = []
    k = 0
    while k < len(runs):
        table, used = _read_at(runs, k)
        if table is not None and not any(
            table.line_start <= last and first <= table.line_end for first, last in taken
        ):
            tables.append(table)
        k += max(used, 1)
    return tables


def _read_at(runs: list[list[Item]], k: int) -> tuple[RawTable | None, int]:
    """The table whose labels are the run at ``k``, and how many runs it spans (1 where
    none is read there)."""
    labels = runs[k]
    if any(item.kind != "T" for item in labels):
        return None, 1
    end = k + 1
    while (
        end < len(runs)
        and end - k <= _MAX_HEADINGS
        and all(item.kind in "TY" for item in runs[end])
    ):
        end += 1
    headed = runs[k + 1 : end]
    blocks: list[list[Item]] = []
    cut = (
        next((n for n, item in enumerate(runs[end]) if item.kind not in "TY"), 0)
        if end < len(runs)
        else 0
    )
    if cut:  # the first block of values right under the last heading, no blank line between
        headed, blocks = [*headed, runs[end][:cut]], [runs[end][cut:]]
        end += 1
    stop = end
    # (a lone dash is a nil cell, one of its block's values)
    while stop < len(runs) and all(item.kind in "VD" for item in runs[stop]):
        stop += 1
    blocks += runs[end:stop]
    if any(item.kind not in "VD" for block in blocks for item in block):
        return None, 1
    if not headed or len(blocks) < 2 or not _heads(labels):
        return None, 1
    headings = _headings(headed)
    if headings is None:
        return None, 1
    found = _sections(labels, headings, blocks)
    last = blocks[-1][-1].line
    if isinstance(found, str):
        table = RawTable(
            "", "", labels[0].line, last, "cell_per_line", doubts=[(labels[0].line, found)]
        )
        return table, stop - k
    first, rows = found
    above = labels[max(first - _ABOVE, 0) : first]
    caption = next(
        (item for item in reversed(above) if read_unit(item.text, item.line) is not None), None
    )
    title = CAPTION.match(caption.text) if caption is not None else None
    table = RawTable(
        number=title.group("number") if title else "",
        caption=caption.text if caption is not None else "",
        line_start=caption.line if caption is not None else labels[first].line,
        line_end=last,
        layout="cell_per_line",
        rows=rows,
        columns=headings,
        notes=[] if caption is not None else [(item.line, item.text) for item in above[-1:]],
    )
    return table, stop - k


def _headings(runs: list[list[Item]]) -> list[str] | None:
    """The column headings, each naming a period: a block of its own each, its lines joined
    ("Begroting 2023" / "primitief"); or, in one block, each line one heading or more glued
    at a year ("Rekening 2023" / "Begroting 2025Raming 2026"). None where a heading names
    no period (a line of one block may be a heading's rest, "Realisatie" / "2023")."""
    if len(runs) > 1:
        headings = [joined_heading([item.text for item in run]) for run in runs]
    else:
        headings = [piece for item in runs[0] for piece in _GLUED_HEADING.split(item.text)]
    if len(headings) < 2 or any(column_year(heading) is None for heading in headings):
        return _stage_headings(runs)
    return headings


def _stage_headings(runs: list[list[Item]]) -> list[str] | None:
    """The column headings where each line of the heading blocks names a stage of the
    budget or a column of its own ("Begroting primitief" / "Begroting na wijziging" /
    "Realisatie" / "Verschil"), one heading a line: such a line is a whole heading, no
    wrapped rest, so the lines are the columns, however the blank lines group them. None
    where a line names neither (a heading's rest, "primitief", "2023"); the counts of
    ``_sections`` then decide as for periods."""
    lines = [" ".join(item.text.split()) for run in runs for item in run]
    if len(lines) < 2 or not all(
        (names_stage(line) or column_word(line)) and column_year(line) is None for line in lines
    ):
        return None
    return lines


def _heads(labels: list[Item]) -> list[int]:
    """The positions of the labels heading a section, each named by a total below it
    ("Lasten" over "Totaal lasten")."""
    names = [" ".join(item.text.lower().split()) for item in labels]
    return [k for k, name in enumerate(names) if f"totaal {name}" in names[k + 2 :]]


def _sections(
    labels: list[Item], headings: list[str], blocks: list[list[Item]]
) -> tuple[int, list[Row]] | str:
    """(position of the first section's heading among the labels, the rows) where the
    blocks are the columns times the sections, the sections the last labels, each a heading
    named by its total over as many label lines as its blocks hold values; else the doubt
    that leaves the table unread."""
    width = len(headings)
    sections, spare = divmod(len(blocks), width)
    sizes = [len(blocks[s * width]) for s in range(sections)]
    if spare or any(
        len(blocks[s * width + c]) != sizes[s] for s in range(sections) for c in range(width)
    ):
        return (
            f"{len(blocks)} blocks of values under a block of labels and {width} column "
            "headings, not one block per column of each section: whose rows the values are "
            "the text does not tell; not read"
        )
    first = len(labels) - sum(sizes) - sections
    heads = set(_heads(labels))
    starts = [first + sum(sizes[:s]) + s for s in range(sections)]
    if (
        first < 0
        or any(start not in heads for start in starts)
        or any(k in heads for k in range(first, len(labels)) if k not in starts)
    ):
        return (
            f"{len(blocks)} blocks of values under a block of labels: the labels' sections "
            "do not hold as many rows as the blocks values; not read"
        )
    rows: list[Row] = []
    for s, start in enumerate(starts):
        rows.append(Row(labels[start].text, labels[start].line, []))
        for n in range(sizes[s]):
            label = labels[start + 1 + n]
            cells = [
                _cell(heading, c + 1, blocks[s * width + c][n])
                for c, heading in enumerate(headings)
            ]
            rows.append(Row(label.text, label.line, cells))
    return first, rows


def _cell(heading: str, order: int, item: Item) -> Cell:
    """The cell a value's line prints under the column headed ``heading``."""
    return Cell(heading, order, item.text, parse_value(item.text), item.line, item.column)
