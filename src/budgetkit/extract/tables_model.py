"""What a table reader hands on: rows of cells with their place in the source.

Shared by the readers of each flattened layout (``tables_cells``, ``tables_rows``) and by the
stage that turns them into package rows (``tables``), so no reader knows about the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


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
    loose: list[Cell] = field(default_factory=list)  # values whose columns are not printed
    # (line, text) of the row's text cell between label and values, which may be its unit
    # ("% bbp" under "Eenheid")
    text_cell: tuple[int, str] | None = None
    # index (in the table's rows) of the total this row alone makes up in the columns it
    # fills ("Extrapolatie" under a stand's new year): its parent, whatever the sums of the
    # rows between them say (see ``tables_placement``)
    part_of: int | None = None
    # the columns (0-based) a loose row's values stand under by the headings' positions on
    # the page, where the layout keeps them: their place when no sum tells it
    printed_under: list[int] | None = None
    # a loose row under headings whose columns nothing on the page places (single-spaced
    # words, no layout): only the sums or a column's formula place it, else it is left out
    sums_only: bool = False
    ruled: bool = False  # printed right under a rule line ("-----"): a sum of the rows above
    # where the label starts on its line, in a layout that keeps positions (a PDF's text
    # layer), or how many empty fields stand before it between tabs: parts printed under a
    # total are indented past it
    indent: int | None = None
    # printed its cells, each one empty (a placeholder of white space, one-cell-per-line): a
    # row of nothing, not a heading of the rows under it ("Loonbijstelling" with no figures)
    empty: bool = False

    @property
    def texts(self) -> list[str]:
        return [cell.text for cell in self.cells]


@dataclass
class RawTable:
    number: str  # "15" for "Tabel 15", "" when the caption has no number
    caption: str  # the caption line as printed ("" when the table has none)
    line_start: int  # caption line, else the first heading line
    line_end: int  # last line with a cell
    layout: str  # "cell_per_line" | "row_per_line" | "pipe" (cells parted by any separator)
    rows: list[Row] = field(default_factory=list)  # value-less group rows included
    columns: list[str] = field(default_factory=list)  # value column labels, in printed order
    notes: list[tuple[int, str]] = field(default_factory=list)  # (line, text) above the headings
    # 1 or 2 for the left or right of two tables printed side by side on the same lines (a
    # balance's activa and passiva), 0 for a table as wide as the page
    half: int = 0
    # a row of group headings over the columns whose spans the text lost (colspan cells
    # flattened one per line, "Realisatie" / "Raming" over four years): not yet joined to
    # the columns, which only the document's year can part
    lost_groups: list[str] = field(default_factory=list)
    # (line, reason) of each choice the reader made that the text does not tell, said as a
    # warning (a table printed column by column, read the same as its transpose row by row)
    doubts: list[tuple[int, str]] = field(default_factory=list)
    # its cells parted by tabs (an HTML table copied as text): the tab fields are its cells,
    # so a reading of the same lines by their spaces never wins over it (see
    # ``tables_layout``)
    tabbed: bool = False
    # the 1-based line of a caption printed elsewhere than ``line_start``: under the rows
    # (``tables_captions_below``); 0 where the caption, if any, opens the table
    caption_line: int = 0
    # the article's number and name printed under a caption naming no article, on a line of
    # its own before the headings, with that caption's line (``tables_cell_headings``):
    # the rest of the table's name
    article: tuple[int, str] | None = None
