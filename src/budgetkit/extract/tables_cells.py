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
"""

from __future__ import annotations

import re
from itertools import pairwise
from operator import itemgetter
from typing import TYPE_CHECKING

from budgetkit.extract.tables_cell_groups import (
    name_lost_groups,
)
from budgetkit.extract.tables_cell_headings import (
    CODED_REACH,
    MAX_HEAD,
    Heading,
    _has_period,
    _heading,
    _is_prose,
)
from budgetkit.extract.tables_cell_items import Item, _next_solid, _valued, items_of
from budgetkit.extract.tables_cell_runs import (
    _bullet_before,
    _last_solid,
    _place,
    _run_at,
    _split,
)
from budgetkit.extract.tables_model import Cell, RawTable, Row
from budgetkit.extract.tables_tokens import (
    CAPTION,
    cell_scale,
    column_year,
    fold,
    is_code,
    parse_value,
)
from budgetkit.extract.tables_units import read_unit
from budgetkit.extract.tables_vocabulary import (
    JOINING_WORDS,
    heading_kind,
)

if TYPE_CHECKING:
    from budgetkit.layout import PageLayout

#: Fewest cells a table has: one number under one heading is a footnote, not a table.
MIN_CELLS = 2


#: Longest text a code column prints in a row ("div.", "n.t.b.").
MAX_CODE = 8
#: In the items' kinds: a text followed by a value, placeholders and lone dashes between.
_VALUED_TEXT = re.compile(r"T(?=[PD]*[VY])")


def _coded_after(items: list[Item], pos: int) -> bool:
    """Whether the text item at ``pos`` is followed by a code and a label, its first coded
    row (a group row "1" / "Veiligheid" over "1.1" / "Crisisbeheersing" and its values)."""
    nxt = _next_solid(items, pos + 1)
    return nxt + 1 < len(items) and is_code(items[nxt].text) and items[nxt + 1].kind == "T"


# --- the heading block ---------------------------------------------------------------


# --- rows ----------------------------------------------------------------------------


def _ends(items: list[Item], pos: int, leaves: list[str]) -> bool:
    """Whether the text item at ``pos`` ends the table instead of starting a row."""
    item = items[pos]
    if CAPTION.match(item.text):
        return True
    # the heading printed again under it: years, or headings read as text ("2021*", "2021 1)")
    nxt = _next_solid(items, pos + 1)
    years = []
    while nxt < len(items) and (
        items[nxt].kind == "Y" or (items[nxt].kind == "T" and fold(items[nxt].text) in leaves)
    ):
        years.append(items[nxt])
        nxt = _next_solid(items, nxt + 1)
    if (
        years
        and all(any(y.text in leaf for leaf in leaves) for y in years)
        and (len(years) >= 2 or (len(leaves) == 1 and years[0].kind == "Y"))
    ):
        return True
    if not _valued(items, pos):
        return _is_prose(item.text) or read_unit(item.text, 0) is not None
    return False


def _heading_again(run: list[Item], leaves: list[str]) -> int | None:
    """Where in a row's run of cells the heading's years are printed again, if they are.

    Tables stacked without a caption between them: the next table's years follow the last
    row's cells ("10 917", " ", "2011", "2012", ...). Two or more consecutive years, each
    heading a column, end the run: they head the next table, they are not this row's cells.
    """
    for k in range(1, len(run)):
        if run[k].kind != "Y":
            continue
        rest = [item.text for item in run[k:] if item.kind != "P"]
        if len(rest) < 2 or any(item.kind not in "YP" for item in run[k:]):
            return None
        steps = [int(b) - int(a) for a, b in pairwise(rest) if a.isdigit() and b.isdigit()]
        consecutive = len(steps) == len(rest) - 1 and all(step == 1 for step in steps)
        headed = all(any(year in leaf for leaf in leaves) for year in rest)
        return k if consecutive and headed else None
    return None


#: Words a label printed over two cells can end its first cell with: it goes on below.
_JOINING = re.compile(rf"\b(?:{'|'.join(JOINING_WORDS)})$")


def _unlike_the_values(run: list[Item]) -> bool:
    """Whether a run's first number is printed unlike the values after it: a whole number
    before values that all print decimals ("37" before "– 120,0  80,0  40,0")."""
    values = [item.text for item in run[1:] if item.kind == "V"]
    return "," not in run[0].text and bool(values) and all("," in text for text in values)


def _wrapped(items: list[Item], pos: int, label: str, at: int) -> bool:
    """Whether a label without values (the item at ``at``) is the first part of a label
    printed over two cells (as a Financieel Jaarverslag prints a long chapter name) or two
    lines of one cell, when right below it (at ``pos``) is a text with values: it ends in a
    joining word ("Overige Hoge Colleges van" / "Staat en Kabinetten"), or, where blank
    lines part the cells, no blank line parts it from that text ("Sint" / "Eustatius":
    one name wrapped in its cell, no heading of the rows below). (A heading with a code
    over items without one, "11 Apparaat" / "Personeel", looks like a label wrapped after
    a noun; that is left a heading.)"""
    if pos >= len(items) or items[pos].kind != "T" or not _valued(items, pos):
        return False
    if _JOINING.search(label.rstrip()) is not None:
        return True
    line, below = items[at].line, items[pos].line
    after = _next_solid(items, pos + 1)
    return (
        below == line + 1
        and (at == 0 or items[at - 1].line < line - 1)
        and after < len(items)
        and items[after].line > below + 1
    )


#: An item's number closed by a bracket, in a cell of its own before its label ("1)",
#: "11a)", a saldibalans's items): a code, as "7" or "11a" is.
_ITEM_CODE = re.compile(r"\d{1,3}[a-z]?\)")


def _read(items: list[Item], first: int, head: Heading) -> tuple[RawTable, int] | None:
    width = len(head.leaves)
    rows: list[Row] = []
    pos = first
    code = ""
    carried = ""
    last_valued = -1
    again: int | None = None
    while pos < len(items) and again is None:
        item = items[pos]
        if item.kind == "P" or (item.kind == "D" and pos + 1 < len(items)):
            pos += 1
            continue
        if item.kind in "NX":
            break
        if item.kind in "VY":  # a code printed in its own cell before the label
            if not (is_code(item.text) and pos + 1 < len(items) and items[pos + 1].kind == "T"):
                break
            code = item.text
            pos += 1
            continue
        if _ends(items, pos, head.leaves):
            break
        if (
            (is_code(item.text) or _ITEM_CODE.fullmatch(item.text))
            and pos + 1 < len(items)
            and items[pos + 1].kind == "T"
        ):  # "7" or "11a)" in a cell of its own before the label: prepended to it
            code = item.text
            pos += 1
            continue
        if _written_code(items, pos, head):  # "Div." under "Art.": the code written out
            code = item.text
            pos += 1
            continue
        at = pos  # the label's item
        label = f"{code} {item.text}" if code else item.text
        if carried:  # the start of this label, wrapped over a cell of its own above it
            label, carried = f"{carried} {label}", ""
        code = ""
        pos += 1
        texts = head.text_cells if head.text_before else 1
        text_cell = (
            pos + texts <= len(items)
            and all(items[k].kind == "T" for k in range(pos, pos + texts))
            and _valued(items, pos + texts - 1)
        )
        coded = head.code_between  # a code column ("Art.nr.") may stand after the label
        own_text = None
        if text_cell and (head.text_before or (coded and len(items[pos].text) <= MAX_CODE)):
            own_text = (items[pos].line, items[pos].text)
            pos += texts  # the text columns' cells, or a code column's written out ("div.")
        run, pos = _run_at(items, pos)
        if (
            coded
            and own_text is None
            and len(run) > 1
            and run[0].kind == "P"
            and run[0].width <= 1
            and _place(run[1:], width) is not None
        ):
            # the code column's empty cell (a stand or total has no article): one cell
            # whatever the page's placeholders, it stands before the values, so an empty
            # value cell after them is the last column's ("Stand ontwerpbegroting 2025" /
            # " " / four values / " " under "Art." and five years)
            run = run[1:]
        if _bullet_before(items, run, pos) and sum(i.kind != "P" for i in run) > width:
            run.pop()  # the next label's bullet: the row prints its cells without it
            pos -= 1
        if (
            coded
            and run
            and run[0].kind in "VY"
            and is_code(run[0].text)
            and _place(run[1:], width) is not None
            and (_place(run, width) is None or _unlike_the_values(run))
        ):
            run = run[1:]  # the code column's cell between label and values ("33")
        again = _heading_again(run, head.leaves)
        if again is not None:
            pos -= len(run) - again
            run = run[:again]
        values = [i for i in run if i.kind != "P"]
        # the text columns' cells still to be read after the values
        texts = head.texts_after if head.text_after else 0
        if texts and len(values) == width and run and run[-1].kind == "P":
            run.pop()  # the text column's empty cell (a row without a footnote)
            texts -= 1
        followed = pos < len(items) and items[pos].kind == "T"
        if (
            texts > 1
            and len(run) > width + texts
            and run[-1] is values[-1]
            and is_code(values[-1].text)
            and followed
            and _valued(items, pos)
        ):
            run.pop()  # the next row's code, after every text column's cell (empty or not)
            pos -= 1
            values.pop()
        extra = len(values) - width
        if texts and 0 < extra <= texts and _last_solid(run) is values[-1]:
            # the text columns' cells printed as numbers (a footnote's, an evaluation's
            # year, "n.v.t."), and the next row's empty code cell after them
            first_text = run.index(values[-extra])
            texts -= len(run) - run[::-1].index(values[-1]) - first_text
            del run[first_text:]
        elif (
            values
            and followed
            and run[-1] is values[-1]
            and len(values) in (1, width + 1)
            and is_code(run[-1].text)
            and len(values) != width
        ):
            run.pop()
            if "code" in head.kinds or (
                len(values) == width + 1 and (_valued(items, pos) or _coded_after(items, pos))
            ):
                pos -= 1  # the next row's code (under a code heading, or before its label)
            elif len(values) == 1:  # a lone small number is this row's single value
                run.append(values[-1])
            # else a footnote number after the last row, not a cell
        while texts > 0 and values and pos < len(items) and items[pos].kind == "T":
            after = _next_solid(items, pos + 1)
            coded = _coded_after(items, pos)  # the next row's code, then its label
            cell = (coded or not _valued(items, pos)) and not CAPTION.match(items[pos].text)
            if not (cell and after < len(items) and (coded or items[after].kind == "T")):
                break
            pos += 1  # the text column's cell (a caption is the next table's)
            texts -= 1
        row_line = item.line
        if not any(i.kind != "P" for i in run):
            if _wrapped(items, pos, label, at):
                carried = label
                continue
            rows.append(Row(fold(label), row_line, []))
            continue
        for placeholder, placed in _split(run, width):
            row_label = fold(label) if placeholder is None else ""
            line = row_line if placeholder is None else placeholder.line
            if placed is None:  # placed from the sums later, or left out with a warning
                loose = [
                    Cell("", 0, i.text, parse_value(i.text), i.line, i.column)
                    for i in run
                    if i.kind != "P"
                ]
                rows.append(Row(row_label, line, [], loose=loose))
                break
            cells = [
                Cell(leaf, order, cell.text, parse_value(cell.text), cell.line, cell.column)
                for order, (leaf, cell) in enumerate(zip(head.leaves, placed, strict=True), 1)
                if cell is not None
            ]
            own = own_text if placeholder is None else None
            rows.append(Row(row_label, line, cells, text_cell=own))
            last_valued = max(last_valued, max(c.line for c in cells))
    while rows and not rows[-1].cells:
        rows.pop()
    if sum(len(row.cells) for row in rows) < MIN_CELLS:
        return None
    end = pos
    while end > first and items[end - 1].line > last_valued:
        end -= 1
    start_item = head.caption or items[head.start]
    caption = head.caption.text if head.caption else ""
    table = RawTable(
        number="",
        caption=caption,
        line_start=start_item.line,
        line_end=last_valued,
        layout="cell_per_line",
        rows=rows,
        columns=list(head.leaves),
        notes=[(note.line, note.text) for note in head.notes],
        lost_groups=list(head.lost_groups),
    )
    if head.caption:
        match = CAPTION.match(head.caption.text)
        table.number = match.group("number") if match else ""
    return _by_columns(table, items, head), end


#: A column's heading of words ending in its year ("Rekening 2023", "Begroting 2024").
_WORDS_AND_YEAR = re.compile(r"[^\W\d_][^\W\d]*(?: [^\W\d]+)* (?:19|20)\d\d")


def _by_columns(table: RawTable, items: list[Item], head: Heading) -> RawTable:
    """The table as printed column by column, where it may have been (a PDF's text without
    layout: the label column's heading and labels, then each column's heading and values,
    one per line: "Omschrijving" / "Lasten" / "Baten" / "Saldo" / "Rekening 2023" /
    "48.312" / ...): read as rows, its row labels are words ending in a year, each, and its
    headings name none. Such text is the same, line for line, as its transpose printed row
    by row (rows "Rekening 2023", columns "Lasten", "Baten", "Saldo"), and nothing in it
    tells the two apart: the periods are read as the columns, as the model keeps a cell's
    year in its column and a total ("Saldo") as a row under its parts, and the choice is
    said. Only where every row prints a value under every heading; each cell keeps its
    own line."""
    rows = table.rows
    full = all(len(row.cells) == len(table.columns) and not row.loose for row in rows)
    if len(rows) < 2 or not full or any(row.text_cell for row in rows):
        return table
    if not all(_WORDS_AND_YEAR.fullmatch(row.label) for row in rows):
        return table
    if any(column_year(label) is not None for label in table.columns):
        return table
    named = [item for item in items[head.start : head.rows] if item.kind == "T"]
    named = named[len(named) - len(table.columns) :]
    if [fold(item.text) for item in named] != [fold(label) for label in table.columns]:
        return table
    columns = [row.label for row in rows]
    table.doubts.append(
        (
            rows[0].line,
            f"rows {', '.join(repr(label) for label in columns)} under headings "
            f"{', '.join(repr(label) for label in table.columns)}, one cell per line: "
            "printed column by column, or its transpose row by row, the text does not "
            "tell; read with the periods as columns",
        )
    )
    table.rows = [
        Row(
            fold(item.text),
            item.line,
            [
                Cell(row.label, order, cell.text, cell.value, cell.line, cell.column)
                for order, row in enumerate(rows, 1)
                for cell in row.cells[k : k + 1]
            ],
        )
        for k, item in enumerate(named)
    ]
    table.columns = columns
    return table


def _start(items: list[Item], pos: int, floor: int) -> int:
    """The first row of a table whose first valued row is at ``pos``: value-less group rows
    (a label and its placeholder) right above it belong to the rows, not to the headings."""
    first = pos
    if _coded_rows(items, pos, floor):
        return pos  # the placeholder before the first label is its empty code cell
    if first - 1 > floor and items[first - 1].kind in "TV" and is_code(items[first - 1].text):
        return _coded_groups(items, first - 1, floor)
    while first - 2 >= floor and items[first - 1].kind == "P" and items[first - 2].kind == "T":
        heading = items[first - 2].text
        if _has_period(heading) or CAPTION.match(heading) or read_unit(heading, 0):
            break
        first -= 2
        while first - 2 >= floor and items[first - 1].kind == "P" and items[first - 2].kind == "P":
            first -= 1
    return first


def _coded_groups(items: list[Item], code: int, floor: int) -> int:
    """The first row above a first row's code at ``code`` (municipal taakvelden: "0.1" /
    "Bestuur" under "Taakveld"): group rows printed as a code cell, empty or not, a label
    and an empty cell ("0" / "Bestuur en ondersteuning" / " "), not headings."""
    first = code
    while (
        first - 3 >= floor
        and items[first - 1].kind == "P"
        and items[first - 2].kind == "T"
        and (items[first - 3].kind == "P" or is_code(items[first - 3].text))
        and not _has_period(items[first - 2].text)
        and not CAPTION.match(items[first - 2].text)
        and not read_unit(items[first - 2].text, 0)
    ):
        first -= 3
    return first


def _written_code(items: list[Item], pos: int, head: Heading) -> bool:
    """Whether the text at ``pos`` is a code column's cell written out before its label
    ("Div." / "Loonbijstelling" under "Art." / "Omschrijving": diverse articles): a short
    abbreviation ending in a full stop right before a valued label."""
    text = items[pos].text
    return (
        "code" in head.kinds
        and not head.code_between
        and len(text) <= MAX_CODE
        and text.endswith(".")
        and pos + 1 < len(items)
        and items[pos + 1].kind == "T"
        and _valued(items, pos + 1)
    )


def _coded_rows(items: list[Item], pos: int, floor: int) -> bool:
    """Whether a code column ("Art.") heads the table whose first valued row is at ``pos``
    and its rows open with codes ("31" / "Politie" / values), twice at least in the rows
    that follow: the placeholder before the first label is then its empty code cell."""
    headed = any(
        items[k].kind == "T" and heading_kind(items[k].text) == "code"
        for k in range(max(floor, pos - MAX_HEAD), pos)
    )
    if not headed:
        return False
    coded = 0
    for k in range(pos + 1, min(len(items) - 1, pos + CODED_REACH)):
        item = items[k]
        if item.kind == "V" and items[k + 1].kind == "T" and is_code(item.text):
            coded += _valued(items, k + 1)
    return coded >= 2


def _head_for(items: list[Item], pos: int, floor: int) -> tuple[Heading, int] | None:
    """The heading of a table whose first row is at ``pos``, and where its rows start: a code
    cell before the first label, or a text cell after it, belongs to the rows."""
    first = pos
    before = items[pos - 1] if pos > floor else None
    if before is not None and before.kind in "TVY" and is_code(before.text):
        first = pos - 1
    head = _heading(items, first, floor)
    # the valued text at ``pos`` may be the first row's text cell, its label right above:
    # not when a placeholder follows the text (the label's own empty note cell: "Garantie
    # BMKB-C" / " " / "1.500,0" under "Noot" / "Plafond", the last heading above it)
    text_cell = (
        before is not None
        and before.kind == "T"
        and first == pos
        and not (pos + 1 < len(items) and items[pos + 1].kind == "P")
    )
    if head is not None and not head.text_before and text_cell and "text" in head.kinds:
        other = _heading(items, pos - 1, floor)
        if other is not None and other.text_before:
            return other, pos - 1
    texts = _texts_per_row(items, pos) if head is not None and text_cell else 0
    if texts and head is not None and "text" not in head.kinds:
        # text columns no word of ours names ("Categorie", "Fase": "Groot" / "Realisatie"):
        # every row prints a label, its texts, then its values
        other = _heading(items, pos - texts + 1, floor)
        if other is not None and len(other.leaves) == len(head.leaves):
            other.text_before, other.text_after, other.text_cells = True, False, texts - 1
            return other, pos - texts + 1
    return (head, head.rows) if head is not None else None


def _texts_per_row(items: list[Item], pos: int) -> int:
    """How many texts each row prints before its values, a label and text cells, when the
    first row's last text is at ``pos``: the count the next rows (two at most) print too and
    the first row does (its label and text cells right above ``pos``); 0 for fewer than two
    or rows that disagree."""
    counts: list[int] = []
    at = pos
    while len(counts) < 2:
        _run, after = _run_at(items, at + 1)
        count = 0
        while after + count < len(items) and items[after + count].kind == "T":
            count += 1
        if count == 0 or not _valued(items, after + count - 1):
            break
        counts.append(count)
        at = after + count - 1
    if not counts or counts[0] < 2 or any(count != counts[0] for count in counts):
        return 0
    first = pos - counts[0] + 1
    if first < 0 or any(items[k].kind != "T" for k in range(first, pos)):
        return 0
    return counts[0]


_YEARS_RUN = re.compile(r"[PD]*Y(?:[PD]*Y)+[PD]*T")


def _years_follow(kinds: str, pos: int) -> bool:
    """Whether the text at ``pos`` is followed by years alone, two or more, then a text: a
    caption or corner over the table's column headings ("Uitgaven voorlichting (x € 1.000)"
    / "2024" / "2025" / "Campagnes"), not a row of the years as values."""
    return _YEARS_RUN.match(kinds, pos + 1) is not None


_CODE_THEN_ROW = re.compile(r"P*VP*T(?=P*[VD])|P*VP*TP+(?=[TV]T)")


def _code_follows(items: list[Item], kinds: str, pos: int) -> bool:
    """Whether the text at ``pos`` is followed by a code alone and then a row ("Ontvangsten"
    / "1" / "Arbeidsmarkt" / "419.887"), or a coded group row ("Saldo" / "0" / "Bestuur en
    ondersteuning" / " " / "0.1" / "Bestuur"): the number is that row's code, so the text
    is the last column heading, not a row of value 1."""
    match = _CODE_THEN_ROW.match(kinds, pos + 1)
    if match is None:
        return False
    code = next(item for item in items[pos + 1 : match.end()] if item.kind == "V")
    return is_code(code.text) and "," not in code.text and "." not in code.text


#: Three years or more, each followed by as many values: a time series.
_SERIES = re.compile(r"(?:Y[VDP]+){3,}")
_SEGMENT = re.compile(r"Y[VDP]+")


def _years_as_labels(items: list[Item], kinds: str) -> str:
    """A time series labels its rows by year ("2014" / "– 15,3" / "450,9" / "2015" / ...):
    years each followed by the same number of cells, three times at least, are row labels,
    not column headings; their items become texts (``items`` is changed in place) and the
    kinds string is returned as it now reads. (Column headings of years are followed by
    another year or a label, never by a value.)"""
    found = list(kinds)
    for run in _SERIES.finditer(kinds):
        segments = list(_SEGMENT.finditer(kinds, run.start(), run.end()))
        widths = {len(m.group()) for m in segments[:-1]}  # the last may be cut short
        if len(widths) != 1 or len(segments[-1].group()) > widths.pop():
            continue
        for m in segments:
            items[m.start()] = items[m.start()]._replace(kind="T")
            found[m.start()] = "T"
    return "".join(found)


def read_cell_tables(
    lines: list[str], layout: PageLayout, budget_year: int | None = None
) -> list[RawTable]:
    """Every table printed one cell per line, in printed order (``layout``: the lines' page
    layout; ``budget_year``: the document's, which parts group headings whose spans the
    text lost, ``name_lost_groups``).

    A table's first row is a text item followed by a value (``_valued``): those are found
    by one scan of the items' kinds as a string, not by a test of every item.
    """
    items = items_of(lines, layout)
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
    for table in tables:
        if table.lost_groups:
            name_lost_groups(table, budget_year)
    return tables


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
        kinds = _years_as_labels(items, kinds)
    tables: list[RawTable] = []
    floor = 0
    pos = 0
    for match in _VALUED_TEXT.finditer(kinds):
        if match.start() < pos or CAPTION.match(items[match.start()].text):
            continue
        if _years_follow(kinds, match.start()) or _code_follows(items, kinds, match.start()):
            continue  # a caption over the headings, or the last heading: not a first row
        pos = match.start()
        start = _start(items, pos, floor)
        found = None
        for first in dict.fromkeys((start, pos)):
            head = _head_for(items, first, floor)
            found = _read(items, head[1], head[0]) if head else None
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
