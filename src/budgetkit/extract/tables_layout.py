"""Finding tables in flattened text and reading their rows, cells and columns.

Text extraction flattens a table in one of two ways, and both occur in the sources:

- **cell per line** (begroting chapters): after the caption, every column heading on its own
  line, then each row as a label line followed by one line per cell; blank lines and
  NBSP-only separator lines between them;
- **row per line** (letters): a heading line ending in the column headings ("2018 2019
  Totaal", possibly after a corner label such as "Septembercirculaire 2020"), then one line
  per row, "label v1 v2 ...". Several blocks may be stacked under one caption, each with its
  own heading lines ("Startnota / kabinet-Rutte III") and column heading line.

A table ends at the first line that fits neither its rows nor a new block, so its span never
reaches into the prose after it. Only a "Tabel N" caption starts a table: a figure whose axis
ticks survive as bare numbers has no such caption and is never read as one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from decimal import Decimal

from budgetkit.extract.tables_tokens import CAPTION, is_column, is_value, parse_value

_TOKEN = re.compile(r"\S+")
#: Longest row label accepted in the row-per-line layout; longer lines are prose.
MAX_LABEL = 60
#: Heading lines allowed above a block's column heading line.
MAX_HEADINGS = 3


@dataclass
class Cell:
    column_label: str
    column_order: int
    text: str
    value: Decimal | None
    line: int
    column: int  # 1-based character column of ``text`` on ``line``


@dataclass
class Row:
    label: str
    line: int
    cells: list[Cell]
    group: str | None = None  # heading of the stacked block the row is printed in
    block: int = 0  # which stacked block, from 0

    @property
    def texts(self) -> list[str]:
        return [cell.text for cell in self.cells]


@dataclass
class RawTable:
    number: str
    caption: str
    line_start: int
    line_end: int
    layout: str  # "cell_per_line" | "row_per_line"
    rows: list[Row] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)  # every column label, in printed order
    notes: list[tuple[int, str]] = field(default_factory=list)  # (line, text) above the headings


# The non-blank line indexes of the last document's lines: every caption asks again.
_NONBLANK: list[tuple[list[str], int, list[int]]] = []


def _nonblank(lines: list[str], start: int) -> list[int]:
    """0-based indexes of non-blank lines from ``start`` (NBSP-only lines are blank)."""
    if not _NONBLANK or _NONBLANK[0][0] is not lines or _NONBLANK[0][1] != len(lines):
        _NONBLANK[:] = [(lines, len(lines), [i for i, line in enumerate(lines) if line.strip()])]
    indexes = _NONBLANK[0][2]
    return indexes[bisect_left(indexes, start) :]


def _is_text(line: str) -> bool:
    """A line that can be a label or a note: not a cell, and not the caption of a next table."""
    return not is_value(line.strip()) and CAPTION.match(line) is None


def _read_cell_per_line(lines: list[str], caption: int) -> RawTable | None:
    """Read a table whose headings and cells each stand on their own line.

    A few note lines ("(bedragen x € 1.000)") may stand between caption and headings.
    """
    rest = _nonblank(lines, caption + 1)
    pos = 0
    while pos < MAX_HEADINGS and pos < len(rest) and not is_column(lines[rest[pos]].strip()):
        if not _is_text(lines[rest[pos]]):
            return None
        pos += 1
    notes = [(i + 1, lines[i]) for i in rest[:pos]]
    columns: list[str] = []
    while pos < len(rest) and is_column(lines[rest[pos]].strip()):
        columns.append(lines[rest[pos]].strip())
        pos += 1
    if not columns:
        return None
    width = len(columns)
    rows: list[Row] = []
    while pos < len(rest):
        label_index = rest[pos]
        label = lines[label_index].strip()
        cell_indexes = rest[pos + 1 : pos + 1 + width]
        if not _is_text(lines[label_index]) or len(cell_indexes) < width:
            break
        if not all(is_value(lines[i].strip()) for i in cell_indexes):
            break
        cells = []
        for order, (heading, i) in enumerate(zip(columns, cell_indexes, strict=True), start=1):
            text = lines[i].strip()
            column = lines[i].index(text) + 1
            cells.append(Cell(heading, order, text, parse_value(text), i + 1, column))
        rows.append(Row(label, label_index + 1, cells))
        pos += 1 + width
    if not rows:
        return None
    end = rows[-1].cells[-1].line
    return RawTable("", "", caption + 1, end, "cell_per_line", rows, columns, notes)


def _split_heading(text: str) -> tuple[str, list[tuple[str, int]]] | None:
    """(corner label, [(column heading, column)]) when a line ends in column headings."""
    tokens = [(m.group(), m.start() + 1) for m in _TOKEN.finditer(text)]
    tail: list[tuple[str, int]] = []
    while tokens and is_column(tokens[-1][0]):
        tail.insert(0, tokens.pop())
    if len(tail) < 2 and not (tail and not tokens):
        return None
    corner = text[: tail[0][1] - 1].strip()
    return corner, tail


def _split_row(text: str, width: int) -> tuple[str, list[tuple[str, int]]] | None:
    """(label, [(cell text, column)]) when a line is a label followed by cells."""
    tokens = [(m.group(), m.start() + 1) for m in _TOKEN.finditer(text)]
    cells: list[tuple[str, int]] = []
    while tokens and len(cells) < width and is_value(tokens[-1][0]):
        cells.insert(0, tokens.pop())
    if not cells or not tokens:
        return None
    label = text[: cells[0][1] - 1].strip()
    if len(label) > MAX_LABEL or (len(cells) < 2 and width > 1):
        return None
    return label, cells


def _block_rows(
    lines: list[str], heading: tuple[str, list[tuple[str, int]]], start: int
) -> tuple[list[tuple[int, str, list[tuple[str, int]]]], list[str], int]:
    """Rows of one block from ``start``; returns them, the block's columns and where it ends.

    The block is as wide as its widest row: heading tokens left of that width belong to the
    corner label ("Septembercirculaire 2020" over columns 2022-2025). Narrower rows fill
    columns from the left (a percentage row without a 'Totaal').
    """
    _corner, tail = heading
    found = []
    pos = start
    for i in _nonblank(lines, start):
        if _split_heading(lines[i]) is not None:
            break
        split = _split_row(lines[i], len(tail))
        if split is None:
            break
        found.append((i, split[0], split[1]))
        pos = i + 1
    width = max((len(cells) for _i, _label, cells in found), default=0)
    columns = [token for token, _col in tail[len(tail) - width :]] if width else []
    return found, columns, pos


def _read_row_per_line(lines: list[str], caption: int) -> RawTable | None:
    """Read a table printed one row per line, possibly as stacked blocks."""
    rows: list[Row] = []
    columns: list[str] = []
    notes: list[tuple[int, str]] = []
    blocks = 0
    pos = caption + 1
    while True:
        ahead = _nonblank(lines, pos)[: MAX_HEADINGS + 1]
        heading_at = next(
            (k for k, i in enumerate(ahead) if _split_heading(lines[i]) is not None), None
        )
        if heading_at is None or any(CAPTION.match(lines[i]) for i in ahead[:heading_at]):
            break
        heading_index = ahead[heading_at]
        heading = _split_heading(lines[heading_index])
        assert heading is not None
        group = " ".join(" ".join(lines[i].split()) for i in ahead[:heading_at]) or None
        found, block_columns, end = _block_rows(lines, heading, heading_index + 1)
        if not found:
            break
        notes += [(i + 1, lines[i]) for i in ahead[: heading_at + 1]]
        for i, label, cells in found:
            row_cells = [
                Cell(block_columns[k], 0, text, parse_value(text), i + 1, col)
                for k, (text, col) in enumerate(cells)
            ]
            rows.append(Row(label, i + 1, row_cells, group, blocks))
        for label in block_columns:
            if label not in columns:
                columns.append(label)
        blocks += 1
        pos = end
    if not rows:
        return None
    for row in rows:
        for cell in row.cells:
            cell.column_order = columns.index(cell.column_label) + 1
    return RawTable("", "", caption + 1, rows[-1].line, "row_per_line", rows, columns, notes)


def find_tables(lines: list[str]) -> list[RawTable]:
    """Every captioned table in a document's lines, in printed order."""
    tables = []
    for index, text in enumerate(lines):
        match = CAPTION.match(text) if "Tabel" in text else None
        if not match:
            continue
        table = _read_cell_per_line(lines, index) or _read_row_per_line(lines, index)
        if table is None:
            continue
        table.number = match.group("number")
        table.caption = text
        tables.append(table)
    return tables
