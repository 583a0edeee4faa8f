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
unread rather than read with every value in another row. Where blank lines part the
blocks (``column_block_tables``), they say where each column ends, and so which label
lines are one row's and which rows print no values; a block of labels and value blocks
each under its own heading is read so wherever the rows' reading finds it, caption or none
(``labelled_blocks``). Where the labels' block and the periods each a block stand before
the values, a column cut into pieces by an empty cell is left unread and the columns
printed whole are read (``_labels_first``).
"""

from __future__ import annotations

import re
from itertools import pairwise, takewhile

from budgetkit.extract.tables_cell_items import Item, line_runs
from budgetkit.extract.tables_hierarchy import INSTRUMENT, rank
from budgetkit.extract.tables_model import Cell, RawTable, Row
from budgetkit.extract.tables_stacked_headings import joined_heading
from budgetkit.extract.tables_tokens import CAPTION, column_year, parse_value
from budgetkit.extract.tables_units import unit_alone
from budgetkit.extract.tables_vocabulary import (
    JOINING_END,
    LABEL_HEADINGS,
    column_word,
    is_share,
    names_note,
    names_stage,
)

#: In the items' kinds: a text (the caption), the periods, the labels and the values, no
#: further value, dash, placeholder or column number after them.
_BLOCKS = re.compile(r"T(Y{2,})(T{2,})(V{4,})(?![VDPN])")


def lines_meet(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans of lines (first and last) share a line: a table read on lines
    another reading of the text holds crosses it."""
    return a[0] <= b[1] and b[0] <= a[1]


def block_tables(items: list[Item], kinds: str, taken: list[tuple[int, int]]) -> list[RawTable]:
    """The tables the items print as blocks (see the module's docstring), each under a
    table's caption ("Tabel 3.2.1 ...") on the item right above its periods, none on the
    lines of a table already read (``taken``: their first and last lines)."""
    tables: list[RawTable] = []
    for match in _BLOCKS.finditer(kinds):
        caption = items[match.start()]
        title = CAPTION.match(caption.text)
        periods = items[match.start(1) : match.end(1)]
        printed = items[match.start(2) : match.end(2)]
        values = items[match.start(3) : match.end(3)]
        labels = unglued(printed)  # only where parting them makes the sizes agree
        if len(values) != len(labels) * len(periods):
            labels = printed
        if title is None or len(values) != len(labels) * len(periods):
            continue
        years = [column_year(item.text) or 0 for item in periods]
        if any(b - a != 1 for a, b in pairwise(years)):
            continue  # periods one after the other, as a heading prints them
        last = values[-1].line
        if any(lines_meet((caption.line, last), span) for span in taken):
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


def column_block_tables(items: list[Item], taken: list[tuple[int, int]]) -> list[RawTable]:
    """The tables the items print column by column in blocks parted by blank lines: under a
    table's caption the column headings and the row labels, then one block of values per
    column, the values of a block in the labels' order. Two printings are read:

    - every heading over every block, its group words first and its years after them
      ("Realisatie" / "Vastgestelde" / "begroting" / "Verschil" / "2018" ... "2022" /
      "2022" / "2022"), the labels next, the value blocks bare: a group word heads a run of
      years one after the other (a word in lower case goes on the word above it), and a
      notes' heading ("Ref.") last heads a last block of note numbers, no values;
    - the labels in a block of their own, and each value block under its own heading
      ("Realisatie" / "2018" / "14.211" / ...), where the labels' block opens with their
      corner's heading ("Omschrijving") or every block's heading names a column (a year, a
      stage of the budget, "Verschil"): a row printed as a block, its label over its values,
      under a block of column headings, is no such table.

    The blank lines, not the counts alone, say where a column ends; every value block holds
    as many values as there are rows with values. A label line opening in lower case, or
    under a line ending in a joining word ("Bijdrage aan" / "ZBO's/RWT's"), goes on the label
    above it (a label wrapped over two lines) where the labels outnumber the values,
    "waarvan" rows apart; where they still do, the rows the labels name as instruments
    ("Opdrachten") over a row they do not name are value-less headings, if exactly as many.
    Anything else (blocks of unequal size, headings that do not part the blocks) is left
    unread rather than read with values in another row. (``taken``: the first and last lines
    of tables already read.)"""
    tables: list[RawTable] = []
    for start, item in enumerate(items):
        title = CAPTION.match(item.text) if item.kind == "T" else None
        if title is None:
            continue
        table = _column_blocks(items, start, title.group("number"))
        if table is not None and not any(
            lines_meet((table.line_start, table.line_end), span) for span in taken
        ):
            tables.append(table)
    return tables


#: Most items a table printed column by column spans after its caption.
_BLOCK_SPAN = 400


def _column_blocks(items: list[Item], start: int, number: str) -> RawTable | None:
    """The table printed column by column under the caption at ``start`` (the table's
    ``number``), if the items after it print one (``column_block_tables``)."""
    caption = items[start]
    text = caption.text
    k = start + 1
    if (
        text.count("(") > text.count(")")
        and k < len(items)
        and items[k].kind == "T"
        and items[k].line == caption.line + 1
        and items[k].text.endswith(")")
    ):  # the caption's unit note wrapped onto the next line ("(bedragen x" / "€ 1.000)")
        text = f"{text} {items[k].text}"
        k += 1
    after: list[Item] = []
    for item in items[k : k + _BLOCK_SPAN]:
        if item.kind == "X" or (item.kind == "T" and CAPTION.match(item.text)):
            break
        # a lone dash is a nil cell ("–" under "Verschil"), one of its block's values
        after.append(item._replace(kind="V") if item.kind == "D" else item)
    runs = line_runs(after, after_values=True)
    first = next((i for i, run in enumerate(runs) if run[-1].kind == "V"), 0)
    blocks = list(
        takewhile(lambda run: run[-1].kind == "V" and set(_kinds(run)) <= set("TYV"), runs[first:])
    )
    if first == 0 or len(blocks) < 2:
        return None
    following = runs[first + len(blocks) : first + len(blocks) + 1]
    if following and following[0][-1].kind == "V":
        # a block of values right after them that cannot be read is a column of the table
        # too: reading the blocks before it alone would drop that column unsaid
        return None
    doubts: list[tuple[int, str]] = []
    if all(block[0].kind != "V" for block in blocks):
        read = _headed(runs[first - 1], blocks)
        notes = [i for run in runs[: first - 1] for i in run]
    else:
        head = [i for run in runs[:first] for i in run]
        notes, read = _bare(head, blocks)
        if read is None:
            notes, read, doubts = _labels_first(head, blocks)
    if read is None:
        return None
    headings, labels, values = read
    table_rows = _rows_of(headings, labels, values)
    if table_rows is None:
        return None
    return RawTable(
        number=number,
        caption=text,
        line_start=caption.line,
        # (a column's pieces left unread are the table's lines too)
        line_end=blocks[-1][-1].line if doubts else values[-1][-1].line,
        layout="cell_per_line",
        rows=table_rows,
        columns=headings,
        notes=[(i.line, i.text) for i in notes],  # a unit line ("Bedragen x € 1.000")
        doubts=doubts,
    )


def labelled_blocks(labels: list[Item], blocks: list[list[Item]]) -> tuple[list[str], list[Row]]:
    """The columns and rows of a block of labels and value blocks each under its own heading
    (``column_block_tables``' second printing), read wherever such text stands, caption or
    none; empty where the blocks' headings and sizes do not say which label each value is."""
    read = _headed(labels, blocks)
    rows = _rows_of(*read) if read is not None else None
    return (read[0], rows) if read is not None and rows is not None else ([], [])


def _rows_of(
    headings: list[str], labels: list[Item], values: list[list[Item] | None]
) -> list[Row] | None:
    """The rows of the labels, each value block one column of them in the labels' order (a
    column None: left unread), or None where the blocks' sizes do not say which labels hold
    values (``_block_rows``)."""
    height = len(next(own for own in values if own is not None))
    rows = _block_rows(labels, height) if height > 1 else None
    if rows is None or any(own is not None and len(own) != height for own in values):
        return None
    table_rows: list[Row] = []
    valued = 0
    for label, has_values in rows:
        cells = []
        if has_values:
            cells = [
                _cell(heading, order, own[valued])
                for order, (heading, own) in enumerate(zip(headings, values, strict=True), 1)
                if own is not None
            ]
            valued += 1
        table_rows.append(Row(label.text, label.line, cells))
    return table_rows


def _kinds(items: list[Item]) -> str:
    """The items' kinds as one string, for patterns over a run of items."""
    return "".join(item.kind for item in items)


#: A column's headings, the row labels and each column's values (None: a column left
#: unread, ``_labels_first``).
_Read = tuple[list[str], list[Item], list[list[Item] | None]]


def _headed(labels: list[Item], blocks: list[list[Item]]) -> _Read | None:
    """The table of a block of labels and value blocks each under its own heading, if the
    labels' corner heading or every block's heading says the blocks are columns."""
    if _kinds(labels).strip("T"):
        return None
    headings = [joined_heading([i.text for i in block if i.kind != "V"]) for block in blocks]
    if " ".join(labels[0].text.lower().split()) in LABEL_HEADINGS:
        labels = labels[1:]  # the corner's heading over the labels
    elif not all(column_year(h) or names_stage(h) or column_word(h) for h in headings):
        return None
    return headings, labels, [[i for i in block if i.kind == "V"] for block in blocks]


def _bare(head: list[Item], blocks: list[list[Item]]) -> tuple[list[Item], _Read | None]:
    """The items before the headings (a unit line), and the table of a heading block (group
    words over runs of years), the labels after it and bare value blocks, if the words part
    the years into as many columns as there are blocks (a last block of note numbers under
    a notes' heading apart)."""
    if any(block[0].kind != "V" for block in blocks):
        return head, None
    found = re.search(r"T+(Y+)(T+)$", _kinds(head))
    if found is None:
        return head, None
    years = head[found.start(1) : found.end(1)]
    k = found.start(1)
    while k > 0 and head[k - 1].kind == "T" and head[k - 1].line == head[k].line - 1:
        k -= 1  # the group words: the lines right above the years
    columns = _headings(head[k : found.start(1)], years)
    if columns is None:
        return head, None
    headings, noted = columns
    values = [[i for i in block if i.kind == "V"] for block in blocks]
    if noted and len(values) == len(headings) + 1:
        values = values[:-1]  # the notes' numbers (some rows' or every row's), no values
    if len(values) != len(headings):
        return head, None
    return head[:k], (headings, head[found.start(2) :], values)


def _labels_first(
    head: list[Item], blocks: list[list[Item]]
) -> tuple[list[Item], _Read | None, list[tuple[int, str]]]:
    """The items before the labels and periods (a unit line), the table of a block of labels
    and the periods one after the other each a block of its own ("2014" / "" / "2015" ...),
    in either order, then bare value blocks, and the doubts said of the columns left unread;
    None where the items are not so printed.

    A column printing an empty cell between two values is printed in pieces, the first in
    its place among the columns, the rest after the last column's first block (or further
    down): which rows a piece's values are the text does not tell. The first block of each
    column, in order, says which it is; a block holding a value for every label is that
    column whole, read, and any other (a piece) is left unread with a doubt said. So only
    where every label holds values in the whole blocks (no value-less heading among them,
    which the pieces' sizes cannot tell apart from an empty cell)."""
    kinds = _kinds(head)
    if found := re.search(r"(T+)(Y{2,})$", kinds):
        periods = head[found.start(2) :]
        start = found.start(2) - 1
        while start > found.start(1) and head[start - 1].line == head[start].line - 1:
            start -= 1  # the labels: a block of lines, one right under the other
        labels, before = head[start : found.start(2)], head[:start]
    elif found := re.search(r"(Y{2,})(T+)$", kinds):
        periods, labels = head[found.start(1) : found.end(1)], head[found.start(2) :]
        before = head[: found.start(1)]
        if any(b.line != a.line + 1 for a, b in pairwise(labels)):
            return head, None, []  # the labels: a block of lines, one right under the other
    else:
        return head, None, []
    years = [year for item in periods if (year := column_year(item.text)) is not None]
    if len(years) != len(periods) or any(b - a != 1 for a, b in pairwise(years)):
        return head, None, []
    if any(unit_alone(item.text, item.line) is None for item in before):
        return head, None, []  # words over the periods that do not part them: no such table
    if (
        abs(periods[0].line - labels[-1].line) == 1
        or abs(periods[-1].line - labels[0].line) == 1
        or len(blocks) < len(periods)
        or any(i.kind != "V" for block in blocks for i in block)
    ):  # (a blank line parts the labels' block from the periods'; the blocks print values
        # alone)
        return head, None, []
    values = [list(block) for block in blocks]
    height = max(map(len, values))
    columns: list[list[Item] | None] = [
        own if len(own) == height else None for own in values[: len(periods)]
    ]
    if all(own is not None for own in columns) and len(values) == len(periods):
        return before, ([i.text for i in periods], labels, values), []
    rest = values[len(periods) :]
    if (
        height != len(labels)
        or not any(columns)
        or all(columns)
        or any(len(own) == height for own in rest)
    ):  # (pieces after every column whole, or a whole block more than the columns: no such
        # table)
        return head, None, []
    doubts = [
        (
            own[0].line,
            f"a block of {len(own)} values of a column printed in pieces (an empty cell "
            "between its values): whose rows they are the text does not tell; left unread",
        )
        for own in values
        if len(own) != height
    ]
    return before, ([i.text for i in periods], labels, columns), doubts


def _headings(words: list[Item], years: list[Item]) -> tuple[list[str], bool] | None:
    """Each column's heading, a group word and its year ("Realisatie 2018"), and whether a
    notes' heading closes the words; None where the words do not part the years: one group
    word (a word in lower case goes on the one above it: "Vastgestelde" / "begroting") over
    each run of years one after the other."""
    pieces: list[list[str]] = []
    for word in words:
        if pieces and word.text[:1].islower():
            pieces[-1].append(word.text)
        else:
            pieces.append([word.text])
    groups = [joined_heading(group) for group in pieces]
    noted = bool(groups) and names_note(groups[-1])
    groups = groups[:-1] if noted else groups
    runs: list[list[int]] = []
    for item in years:
        year = column_year(item.text)
        if year is None:
            return None
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    if not groups or len(groups) != len(runs):
        return None
    named = [f"{group} {year}" for group, run in zip(groups, runs, strict=True) for year in run]
    return named, noted


def _goes_on(label: Item, below: Item) -> bool:
    """Whether the label line ``below`` is the rest of ``label`` wrapped over two lines: it
    opens in lower case, or ``label`` ends in a joining word ("Bijdrage aan" / "ZBO's/RWT's",
    the rest opening with a capital), a "waarvan" row being a row of its own either way."""
    if is_share(below.text):
        return False
    return below.text[:1].islower() or JOINING_END.search(label.text.rstrip()) is not None


#: A number closing a word of a label, right before a capitalised word ("... 18Totaal
#: lasten"): where the label ended in a hyphen ("Maatwerkdienstverlening 18-"), a text layer
#: without layout joins it to the label under it as a word broken at its line's end. A
#: label may print the form as its own words too ("Covid 19Steun"), so the labels are
#: parted only where that makes the block's sizes agree (``block_tables``, ``_block_rows``).
_GLUED = re.compile(r"(?<= )(\d+)(?=[A-Z][a-z])")


def unglued(labels: list[Item]) -> list[Item]:
    """The labels of a block, each label joined to the one under it at a hyphen parted
    again, its hyphen given back ("Maatwerkdienstverlening 18-" / "Totaal lasten"): read as
    one, the block holds a label fewer, and every row under a value-less heading would take
    the values of the row below it. Every join a label holds is parted."""
    parted: list[Item] = []
    for label in labels:
        start = 0
        for glued in _GLUED.finditer(label.text):
            cut = glued.end()
            parted.append(
                label._replace(text=f"{label.text[start:cut]}-", column=label.column + start)
            )
            start = cut
        parted.append(
            label._replace(text=label.text[start:], column=label.column + start) if start else label
        )
    return parted


def _block_rows(labels: list[Item], height: int) -> list[tuple[Item, bool]] | None:
    """The rows of the labels, each with whether it holds values, where ``height`` values a
    block say which (``column_block_tables``); None where they do not. Labels joined at a
    hyphen (``unglued``) are parted where the parted labels' rows agree with the blocks,
    else read as printed."""
    parted = unglued(labels)
    rows = _labels_rows(parted, height)
    if rows is None and len(parted) != len(labels):
        rows = _labels_rows(labels, height)
    return rows


def _labels_rows(labels: list[Item], height: int) -> list[tuple[Item, bool]] | None:
    """``_block_rows`` for the labels as given."""
    if len(labels) > height:
        joined: list[Item] = []
        for label in labels:
            if joined and _goes_on(joined[-1], label):
                joined[-1] = joined[-1]._replace(text=f"{joined[-1].text} {label.text}")
            else:
                joined.append(label)
        labels = joined
    spare = len(labels) - height
    if spare < 0:
        return None
    heads = {
        k
        for k, (label, below) in enumerate(pairwise(labels))
        if spare and rank(label.text) == INSTRUMENT and rank(below.text) is None
    }
    closed = {k for k in range(len(labels) - 1) if spare and _closed_below(labels, k)}
    if len(closed) == spare and not heads:
        heads = closed
    if len(heads) != spare:
        return None
    return [(label, k not in heads) for k, label in enumerate(labels)]


def _closed_below(labels: list[Item], k: int) -> bool:
    """Whether the label at ``k`` heads the labels under it as the total closing them says,
    naming it ("Lasten" over the programmes, "Totaal lasten" under them): a value-less
    heading, as a municipal or provincial statement of baten and lasten prints its two."""
    name = " ".join(labels[k].text.lower().split())
    return any(
        " ".join(below.text.lower().split()) == f"totaal {name}" for below in labels[k + 2 :]
    )
