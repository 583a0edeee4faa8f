"""A table printed one cell per line whose every row prints one cell per heading, read by
position: the heading block under the caption (or, where none is printed, the line saying
the unit) gives the rows' width.

An overview of organisations, funds or regelingen ("Naam organisatie" / "RWT" / "ZBO" /
"Begrotingsartikel" / "Raming 2023" / "Verwijzing naar website") prints beside its one or
two value columns columns that hold no values: marks ("x", "ja", "√", or a placeholder for
an empty cell), the budget articles a row falls under ("3", "1, 2 en 4") and a website or
"Vindplaats". Read by their kinds, the article numbers are values, a mark is a label and a
website the next row's label: every row shifted. Where every row prints exactly as many
cells as the heading block names columns, a placeholder one cell, each column is
what its cells are in all rows: a value column where none is a text, its heading names no
code or text column and some cell is a figure; any other column is no value's, whatever
one of its cells reads as. The rows' own reading is kept where it places the cells the
same: the grid reads only a table whose columns without values print figures, or stand
after a value column, or where a row's empty cell is a placeholder among them (a note
column's numbers, "Noot" / "1", that reading tells apart itself). It is no grid where a
cell may not be one item: a placeholder wider than one space (a run of empty cells, as
the page's convention says), lines not all equally far apart (an empty line an empty
cell), or a row after the last printing fewer cells (a group row), but for a total closing
the grid with its values alone, one a value column ("Totaal" / "18.320"): its last row.
"""

from __future__ import annotations

from itertools import pairwise

from budgetkit.extract.tables_cell_headings import MAX_HEAD, has_period, is_prose
from budgetkit.extract.tables_cell_items import Item, unit_line
from budgetkit.extract.tables_cell_rows import MIN_CELLS
from budgetkit.extract.tables_model import Cell, RawTable, Row
from budgetkit.extract.tables_tokens import CAPTION, is_code, parse_value
from budgetkit.extract.tables_units import read_unit
from budgetkit.extract.tables_vocabulary import TOTAL, heading_kind, names_articles, names_note
from budgetkit.layout import fold

#: Fewest rows that show a table's cells as a grid under its heading.
MIN_GRID_ROWS = 3
#: Most headings such a grid is looked for with.
MAX_GRID_WIDTH = 12


def _names_no_values(heading: str) -> bool:
    """Whether a heading names a column that holds no values: a code or text column's
    (``heading_kind``) or the budget articles' (``names_articles``)."""
    return heading_kind(heading) is not None or names_articles(heading)


def _row_cells(cells: list[Item]) -> bool:
    """Whether ``cells`` can be one row of a grid: a label that is no prose nor a code
    first, no column number, prose or row printed on one line among them, no placeholder
    wider than one space (which may stand for a run of empty cells, as the page's
    convention says), and a figure (a value, "n.v.t.", a dash) in one of its cells."""
    label = cells[0]
    return (
        label.kind == "T"
        and not is_prose(label.text)
        and not is_code(label.text)
        and not any(
            cell.kind in "NX" or (cell.kind == "P" and cell.width > 1) or is_prose(cell.text)
            for cell in cells
        )
        and any(cell.kind in "VYD" for cell in cells[1:])
    )


def _opens_row(items: list[Item], pos: int) -> bool:
    """Whether the item at ``pos`` is a text followed by a cell: a row printing fewer cells
    than the heading names columns (a group row's placeholders, a total printing its values
    alone), which the grid does not read and which its rows' own reading reads with them."""
    return items[pos].kind == "T" and pos + 1 < len(items) and items[pos + 1].kind in "VYDP"


def _closing_total(items: list[Item], pos: int, values: int) -> list[Item]:
    """The total closing the grid at ``pos``, its label and its ``values`` figures alone,
    one a value column, without the cells of the columns that hold none ("Totaal" /
    "18.320" under an overview's one amount column): its items, or none."""
    row = items[pos : pos + 1 + values]
    if (
        len(row) == 1 + values
        and row[0].kind == "T"
        and TOTAL.match(row[0].text)
        and all(item.kind in "VYD" for item in row[1:])
    ):
        return row
    return []


def _names_table(item: Item) -> bool:
    """Whether ``item`` may name the table under it: a text that is no sentence."""
    return item.kind == "T" and not is_prose(item.text) and not item.text.rstrip().endswith(".")


def _heading_start(items: list[Item], pos: int, floor: int) -> tuple[int, int] | None:
    """Where the table above ``pos`` opens (its caption, else the line saying its unit
    alone over the headings, where no caption is printed) and its first heading item,
    past the lines saying the unit; None where neither stands above."""
    anchor = next(
        (
            k
            for k in range(pos - 1, max(floor, pos - MAX_HEAD) - 1, -1)
            if CAPTION.match(items[k].text) or unit_line(items[k])
        ),
        None,
    )
    if anchor is None or items[anchor].kind != "T":
        return None
    while anchor > floor and unit_line(items[anchor]) and unit_line(items[anchor - 1]):
        anchor -= 1
    if unit_line(items[anchor]) and anchor > floor and CAPTION.match(items[anchor - 1].text):
        anchor -= 1  # the caption over the unit's line
    start = anchor + 1
    while start < pos and unit_line(items[start]):
        start += 1
    return anchor, start


def _grid_width(items: list[Item], start: int, pos: int) -> tuple[int, int]:
    """(rows, width) of the longest grid under the heading block at ``start``: ``width``
    headings, then rows of ``width`` cells each (``_row_cells``), the first row's label
    after the headings and no later than ``pos``; (0, 0) where none."""
    best = (0, 0)
    for width in range(2, MAX_GRID_WIDTH + 1):
        if start + width > pos or any(items[k].kind != "T" for k in range(start, start + width)):
            break
        rows = 0
        while True:
            at = start + width * (rows + 1)
            cells = items[at : at + width]
            if len(cells) < width or not _row_cells(cells):
                break
            rows += 1
        if rows > best[0]:
            best = (rows, width)
    return best


def grid_table(items: list[Item], pos: int, floor: int) -> tuple[RawTable, int] | None:
    """The table whose first valued text is at ``pos``, read as a grid, and the item after
    its last row; None where its rows make no grid (see the module's docstring)."""
    found = _heading_start(items, pos, floor)
    if found is None:
        return None
    opens, start = found
    rows, width = _grid_width(items, start, pos)
    end = start + width * (rows + 1)  # right after the last row
    if rows < MIN_GRID_ROWS or pos >= end:
        return None
    heads = [fold(item.text) for item in items[start : start + width]]
    if heading_kind(heads[0]) == "code" or has_period(heads[0]):
        # a code column first: the labels stand in the next; a period first ("Begroting
        # 2022"): the corner over the labels is not printed, the first heading a column's
        return None
    grid = [items[start + width * (r + 1) : start + width * (r + 2)] for r in range(rows)]
    valued = [
        c
        for c in range(1, width)
        if not any(row[c].kind == "T" for row in grid)
        and any(row[c].kind in "VY" for row in grid)
        and not _names_no_values(heads[c])
    ]
    others = [c for c in range(1, width) if c not in valued]
    if not valued or not others:
        return None
    # a note column's numbers the rows' own reading tells from values (in order or not):
    # only the other columns without values call for the grid
    plain = [c for c in others if not names_note(heads[c])]
    figures = any(row[c].kind in "VYD" for row in grid for c in plain)
    after = bool(plain) and plain[-1] > valued[0]
    placeholders = any(row[c].kind == "P" for row in grid for c in plain)
    if not (figures or after or placeholders):
        return None  # the rows' own reading places the cells the same
    total = _closing_total(items, end, len(valued))
    if total:
        end += len(total)
    if end < len(items) and (items[end].kind in "VYDP" or _opens_row(items, end)):
        return None  # a cell after the last row, or a row of fewer cells: no grid
    if len({b.line - a.line for a, b in pairwise(items[start:end])}) > 1:
        return None  # an empty line may be an empty cell: no item a cell
    table_rows = []
    for row in grid:
        cells = [
            Cell(heads[c], order, row[c].text, parse_value(row[c].text), row[c].line, row[c].column)
            for order, c in enumerate(valued, 1)
            if row[c].kind != "P"
        ]
        text = row[1] if 1 in others and row[1].kind != "P" else None
        own = (text.line, text.text) if text is not None else None
        table_rows.append(Row(fold(row[0].text), row[0].line, cells, text_cell=own))
    if total:  # its values alone, one a value column
        label, *figures_printed = total
        cells = [
            Cell(heads[c], order, item.text, parse_value(item.text), item.line, item.column)
            for order, (c, item) in enumerate(zip(valued, figures_printed, strict=True), 1)
        ]
        table_rows.append(Row(fold(label.text), label.line, cells))
    lines = [cell.line for row in table_rows for cell in row.cells]
    if len(lines) < MIN_CELLS:
        return None
    match = CAPTION.match(items[opens].text)
    # without a caption, the line right over the unit's names the table ("Bijlage 3 ...")
    named = opens - 1 if not match and opens > floor and _names_table(items[opens - 1]) else opens
    notes = [
        (item.line, item.text)
        for k, item in enumerate(items[named:start], named)
        if k < opens or read_unit(item.text, 0)
    ]
    table = RawTable(
        number=match.group("number") if match else "",
        caption=items[opens].text if match else "",
        line_start=items[opens].line,
        line_end=max(lines),
        layout="cell_per_line",
        rows=table_rows,
        columns=[heads[c] for c in valued],
        notes=notes,
    )
    return table, end
