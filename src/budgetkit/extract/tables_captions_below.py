"""A table's caption printed under its rows, as some pages print every caption.

Most tables name themselves above their headings ("Tabel 3 Uitgaven" over the years), and
the readers take that caption with the table. Some pages print it under the rows instead, a
line after the table, often emphasised ("| Totaal | ... |" / "" / "*Tabel N <naam>
(bedragen x € 1.000)*"), its unit there too, with only a section heading above ("## <Kop>").
Such a caption names the table above it: its title, its number and its unit. A caption
under one table may also stand over the next one, as captions above tables do; it is the
next table's wherever what follows it is a table's: that table's own lines, its headings or
rows, a unit line, or nothing the text kept.
"""

from __future__ import annotations

from budgetkit.extract.tables_model import RawTable
from budgetkit.extract.tables_titles import names_nothing, nonblank, numbered_caption, unmarked
from budgetkit.extract.tables_tokens import CAPTION, is_column
from budgetkit.extract.tables_unread import row_like
from budgetkit.layout import fold

#: Blank lines a caption may stand below the table's last row.
GAP = 1


def _covering(tables: list[RawTable], line: int) -> RawTable | None:
    """The table whose own lines (caption, notes, headings, rows) hold 1-based ``line``."""
    return next((t for t in tables if t.line_start <= line <= t.line_end), None)


def _heads_table(
    lines: list[str], tables: list[RawTable], unread: list[tuple[int, int]], index: int
) -> bool:
    """Whether the caption on 0-based line ``index`` heads what is printed under it: it
    prints its number alone ("Tabel 3", its name on the next line), the text ends there (a
    page cut before its table), or the next line with text is a table's: its headings or
    rows (read, or shaped so: a separator, figures ending it, a period heading its last
    column), or a line naming nothing (a unit line, "(bedragen x € 1.000)", or the labels'
    heading, "Omschrijving"). A table whose own first line is a heading naming it ("##
    <Kop>" over its rows) has its name: the caption above that heading is no name of its."""
    caption = unmarked(fold(lines[index]))
    number = CAPTION.match(caption)
    after = nonblank(lines, index + 1, 0)
    if not after or (number is not None and number.end() == len(caption)):
        return True
    line = after[0] + 1
    text = unmarked(fold(lines[after[0]]))
    if any(first <= line < first + count for first, count in unread):
        return True
    if "|" in text or "\t" in lines[after[0]] or row_like(text) or is_column(text.split()[-1]):
        return True
    below = _covering(tables, line)
    columns = below.columns if below is not None else []
    return (below is not None and line != below.line_start) or names_nothing(text, columns)


def captions_below(lines: list[str], tables: list[RawTable], unread: list[tuple[int, int]]) -> None:
    """Give each table printing no caption of its own the numbered caption right under its
    rows (``GAP`` blank lines at most between), where that caption heads nothing below it
    (``_heads_table``): its ``caption``, ``number`` and ``caption_line``. ``unread``: the
    runs (first 1-based line, count) of row-shaped lines no table read."""
    for table in tables:
        named = any(numbered_caption(text) for _line, text in table.notes)
        if table.caption or table.half or named:
            continue
        found = nonblank(lines, table.line_end, 0)
        if not found or found[0] - table.line_end > GAP:
            continue
        index = found[0]
        match = CAPTION.match(unmarked(fold(lines[index])))  # (``numbered_caption``)
        if match is None:
            continue
        if _covering(tables, index + 1) or _heads_table(lines, tables, unread, index):
            continue
        table.caption = lines[index]
        table.number = match.group("number")
        table.caption_line = index + 1
