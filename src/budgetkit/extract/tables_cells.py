"""Tables flattened one cell per line, found by their shape.

Web pages of budget documents flatten a table into one line per cell, blank lines between
them: the column headings, then per row its label and its cells. An empty cell becomes a
whitespace-only line, and a run of empty cells one whitespace line whose width says how many:
some sites print n spaces for n cells, others 2n - 1. The same lines may also stand between
rows as spacers, or before a label as an empty code cell.

A table is found where a label line is followed by value lines and preceded by a block of
heading lines, whatever its caption says (or without one). Its width comes from its headings
(a run of years or periods) or, when they are words, from the number of values its rows
print. Each row's values and placeholders are then fitted to that width; a row whose values
cannot be placed (fewer values than columns and no placeholders) is reported, never shifted
into a wrong column. Reading is one pass over the lines: linear in the document's size.

This module finds each table's first row and reads the tables in printed order. Each part
of the reading is a module of its own: the lines as items (``tables_cell_items``), where a
table's rows start (``tables_cell_starts``), its heading block (``tables_cell_headings``)
and the groups over its columns (``tables_cell_groups``), a table whose every row prints
one cell per heading read by position (``tables_cell_grids``), a row's run of values placed in
the columns (``tables_cell_runs``), the rows under the heading (``tables_cell_rows``) and a
table printed a column a block, its periods, labels and values apart (``tables_cell_blocks``).
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import TYPE_CHECKING

from budgetkit.extract.tables_cell_blocks import block_tables, column_block_tables, lines_meet
from budgetkit.extract.tables_cell_grids import grid_table
from budgetkit.extract.tables_cell_groups import name_lost_groups
from budgetkit.extract.tables_cell_items import CellKinds, Item, items_of
from budgetkit.extract.tables_cell_rows import read_table
from budgetkit.extract.tables_cell_starts import (
    code_follows,
    first_row,
    head_for,
    numbered_column,
    word_over_a_year,
    year_ends_heading,
    years_as_labels,
    years_follow,
)
from budgetkit.extract.tables_model import RawTable
from budgetkit.extract.tables_section_blocks import section_block_tables
from budgetkit.extract.tables_tokens import CAPTION, FIGURE_CAPTION, cell_scale

if TYPE_CHECKING:
    from budgetkit.layout import PageLayout


#: In the items' kinds: a text followed by a value, placeholders and lone dashes between.
_VALUED_TEXT = re.compile(r"T(?=[PD]*[VY])")
#: A text whose one "value" is a year: the next leaf under a heading, or a row's count.
_BEFORE_A_YEAR = re.compile(r"T[PD]*Y")


def read_cell_tables(
    lines: list[str],
    layout: PageLayout,
    budget_year: int | None = None,
    kinds: CellKinds | None = None,
) -> list[RawTable]:
    """Every table printed one cell per line, in printed order (``layout``: the lines' page
    layout; ``budget_year``: the document's, which parts group headings whose spans the
    text lost, ``name_lost_groups``; ``kinds``: the document's lines read as cells).

    A table's first row is a text item followed by a value (``is_valued``): those are found
    by one scan of the items' kinds as a string, not by a test of every item.
    """
    items = items_of(lines, layout, kinds)
    tables = _read_items(items)
    # a figure printing its currency and scale ("€ 9,3 mld") is a cell of a table printing
    # every figure so; among figures printed bare it is a headline's figure over its
    # sentence, and those lines are read again without it
    mixed = [table for table in tables if _scales_mixed(table)]
    if mixed:
        spans = [(table.line_start, table.line_end) for table in mixed]
        items = [
            item._replace(kind="T")
            if item.kind == "V"
            and cell_scale(item.text)
            and any(a <= item.line <= b for a, b in spans)
            else item
            for item in items
        ]
        tables = _read_items(items)
    # the tables printed a column a block are read last, from the items as the tables a row
    # at a time leave them: a re-reading of those for mixed scales keeps them all
    kinds = "".join(map(itemgetter(0), items))
    if "YT" in kinds and (
        blocks := block_tables(items, kinds, [(t.line_start, t.line_end) for t in tables])
    ):  # periods, then labels, then values: a table printed a column a block
        tables = sorted([*tables, *blocks], key=lambda table: table.line_start)
    if "VV" in kinds and (
        columns := column_block_tables(items, [_span(t) for t in tables if _has_cells(t)])
    ):  # headings and labels, then a block of values per column: a reading of those lines
        # that found no cell there (the labels read as rows of nothing) gives way to it
        spans = [_span(t) for t in columns]
        kept = [
            t for t in tables if _has_cells(t) or not any(lines_meet(_span(t), s) for s in spans)
        ]
        tables = sorted([*kept, *columns], key=lambda table: table.line_start)
    if "VV" in kinds and (
        sections := section_block_tables(items, [_span(t) for t in tables if _has_cells(t)])
    ):  # labels, then period headings, then bare value blocks, a section's columns together
        spans = [_span(t) for t in sections]
        kept = [
            t for t in tables if _has_cells(t) or not any(lines_meet(_span(t), s) for s in spans)
        ]
        tables = sorted([*kept, *sections], key=lambda table: table.line_start)
    for table in tables:
        if table.lost_groups:
            name_lost_groups(table, budget_year)
    return tables


def _span(table: RawTable) -> tuple[int, int]:
    """A table's first and last line, which no other reading of the same text may cross."""
    return table.line_start, table.line_end


def _has_cells(table: RawTable) -> bool:
    """Whether a reading stored any value: one that stored none (labels read as rows of
    nothing, or a reading refused and said) holds no lines against a reading that does."""
    return any(row.cells for row in table.rows)


def _scales_mixed(table: RawTable) -> bool:
    """Whether some figures of a table print their scale beside them ("€ 9,3 mld") and
    others none ("550.000")."""
    figures = [cell.text for row in table.rows for cell in row.cells]
    if not any(text[-1:].isalpha() and "€" in text for text in figures):
        return False  # (a scale word ends a cell: most tables print none)
    scaled = [cell_scale(text) is not None for text in figures if any(map(str.isdigit, text))]
    return any(scaled) and not all(scaled)


def _read_items(items: list[Item]) -> list[RawTable]:
    """The tables of the items, in printed order (``read_cell_tables``)."""
    kinds = "".join(map(itemgetter(0), items))
    if "YV" in kinds:
        kinds = years_as_labels(items, kinds)
    tables: list[RawTable] = []
    floor = 0
    pos = 0
    for match in _VALUED_TEXT.finditer(kinds):
        if match.start() < pos or CAPTION.match(items[match.start()].text):
            continue
        if FIGURE_CAPTION.match(items[match.start()].text):
            continue  # a chart's axis under its caption: no row, and the lines above no heading
        if years_follow(kinds, match.start()) or code_follows(items, kinds, match.start()):
            continue  # a caption over the headings, or the last heading: not a first row
        if _BEFORE_A_YEAR.match(kinds, match.start()) and numbered_column(items, match.start()):
            continue  # "2013 (3)=(1)-(2)" / "2012": a heading, the year the next leaf
        if word_over_a_year(items, kinds, match.start()) or year_ends_heading(
            items, kinds, match.start()
        ):
            continue  # "Begroting" / "2006": a heading's first line
        pos = match.start()
        start = first_row(items, pos, floor)
        found = None
        for first in dict.fromkeys((start, pos)):
            found = grid_table(items, first, floor)  # every row one cell per heading
            if found is None:
                head = head_for(items, first, floor)
                found = read_table(items, head[1], head[0]) if head else None
            if found is not None:
                break
        if found is None:
            pos += 1
            continue
        table, end = found
        tables.append(table)
        floor = end
        pos = max(end, pos + 1)
    return tables
