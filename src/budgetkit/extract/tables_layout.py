"""Finding every table of a document, whichever way text extraction flattened it.

Each layout has its reader (``tables_cells`` one cell per line, ``tables_rows`` one row per
line and pipe tables); all of them find tables by their shape, not by a caption. Where two
readers claim the same lines, the reading that places more cells wins, so a row-per-line
reading of a few lines never cuts a cell-per-line table in two.
"""

from __future__ import annotations

from budgetkit.extract.tables_cells import read_cell_tables
from budgetkit.extract.tables_model import Cell, RawTable, Row
from budgetkit.extract.tables_rows import read_pipe_tables, read_row_tables
from budgetkit.layout import lines_holding
from budgetkit.textmodel import TextModel

__all__ = ["Cell", "RawTable", "Row", "find_tables"]


def _cells(table: RawTable) -> int:
    return sum(len(row.cells) for row in table.rows)


def find_tables(model: TextModel) -> list[RawTable]:
    """Every table in a document's text, in printed order, none overlapping another.

    Pipe tables are looked for only on the lines holding "|", found by a scan of the text.
    """
    lines = model.lines
    if "\r" in model.text:
        # a file saved with CRLF line ends: the "\r" is the end of the line, not a cell's
        # whitespace (a blank line would read as a placeholder, an empty cell)
        lines = [line[:-1] if line.endswith("\r") else line for line in lines]
    found = read_cell_tables(lines) + read_row_tables(lines, model.layout.folded)
    found += read_pipe_tables(lines, lines_holding(model, "|"))
    found.sort(key=lambda t: (-_cells(t), t.line_start))
    kept: list[RawTable] = []
    for table in found:
        if all(table.line_end < k.line_start or table.line_start > k.line_end for k in kept):
            kept.append(table)
    return sorted(kept, key=lambda t: t.line_start)
