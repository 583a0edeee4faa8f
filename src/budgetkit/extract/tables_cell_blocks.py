"""Tables a PDF's text without layout prints as blocks, one cell per line.

Where a table's columns stand far apart, a PDF's text layer read without layout gives each
column as a block of its own, top to bottom: under the caption the column headings (the
periods, "2015" / "2016" / "2017"), then the label column ("Rijk" / "Lokale overheden" /
...), then the values column after column, one per line. Nothing stands between a label
and its values, so no row is read there (``tables_cells`` looks for a label followed by
its values). Such text is read here, only where its blocks' sizes agree exactly: k
periods, n labels and n * k values, the item after the values none. A block of every label
before any value says the text runs column by column, so the values are read so too: the
first n are the first period's, top row first. A label wrapped over two lines, a corner
over the labels ("Omschrijving") or an empty cell breaks the count, and the text is left
unread rather than read with every value in another row.
"""

from __future__ import annotations

import re
from itertools import pairwise

from budgetkit.extract.tables_cell_items import Item
from budgetkit.extract.tables_model import Cell, RawTable, Row
from budgetkit.extract.tables_tokens import CAPTION, column_year, parse_value

#: In the items' kinds: a text (the caption), the periods, the labels and the values, no
#: further value, dash, placeholder or column number after them.
_BLOCKS = re.compile(r"T(Y{2,})(T{2,})(V{4,})(?![VDPN])")


def block_tables(items: list[Item], kinds: str, taken: list[tuple[int, int]]) -> list[RawTable]:
    """The tables the items print as blocks (see the module's docstring), each under a
    table's caption ("Tabel 3.2.1 ...") on the item right above its periods, none on the
    lines of a table already read (``taken``: their first and last lines)."""
    tables: list[RawTable] = []
    for match in _BLOCKS.finditer(kinds):
        caption = items[match.start()]
        title = CAPTION.match(caption.text)
        periods = items[match.start(1) : match.end(1)]
        labels = items[match.start(2) : match.end(2)]
        values = items[match.start(3) : match.end(3)]
        if title is None or len(values) != len(labels) * len(periods):
            continue
        years = [column_year(item.text) or 0 for item in periods]
        if any(b - a != 1 for a, b in pairwise(years)):
            continue  # periods one after the other, as a heading prints them
        last = values[-1].line
        if any(a <= last and caption.line <= b for a, b in taken):
            continue
        height = len(labels)
        columns = [
            (period.text, values[k : k + height])
            for period, k in zip(periods, range(0, len(values), height), strict=True)
        ]
        rows = [
            Row(
                label.text,
                label.line,
                [_cell(h, order, own[k]) for order, (h, own) in enumerate(columns, 1)],
            )
            for k, label in enumerate(labels)
        ]
        tables.append(
            RawTable(
                number=title.group("number"),
                caption=caption.text,
                line_start=caption.line,
                line_end=last,
                layout="cell_per_line",
                rows=rows,
                columns=[period.text for period in periods],
            )
        )
    return tables


def _cell(heading: str, order: int, item: Item) -> Cell:
    """The cell a value's line prints under the column headed ``heading``."""
    return Cell(heading, order, item.text, parse_value(item.text), item.line, item.column)
