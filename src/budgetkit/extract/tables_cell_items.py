"""A web page's lines as items: the cells of tables printed one cell per line.

A web page of a budget document flattens a table into one line per cell, blank lines
between them. Before any table is read, each non-empty line near a number becomes an item
of a kind (a year, a value, a lone dash, a column number, a placeholder of white space, or
text; a whole row printed on one line, or a pipe table's, is passed over), and the page
furniture a page break prints inside such a table (the page number, the next page's
running head, a letter's page mark and margin fields) is left out. The prose of a long
document, far from any number, gives no items: only lines within ``WINDOW`` of a line
holding one number are looked at, so reading stays linear in the document's size.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import compress, pairwise
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from budgetkit.extract.tables_hierarchy import SPLIT, rank
from budgetkit.extract.tables_row_values import EURO_NIL
from budgetkit.extract.tables_tokens import (
    CAPTION,
    CENTURIES,
    DASHES,
    REGION_CODE,
    SIGNED,
    is_code,
    is_column_number,
    is_value,
    is_year,
    is_year_heading,
)
from budgetkit.extract.tables_units import read_unit, unit_alone
from budgetkit.extract.tables_vocabulary import LETTER_FIELD, heading_kind
from budgetkit.layout import KAMERSTUK_FOOT_APART

if TYPE_CHECKING:
    from budgetkit.layout import PageLayout


#: Lines looked at before and after a line that holds one number.
WINDOW = 80
#: Most lines between two cells of one table (a long label, blank and placeholder lines).
CLUSTER = 8
#: How many times CLUSTER lines apart two cells may be when most lines between are empty.
SPREAD = 3
#: Figures at one step apart that show a table's column however far apart (``_steady``).
STEADY = 3
#: Values after a label that make a line a whole row (``_whole_row``).
ROW_VALUES = 3
#: Last characters of a line that can end in a value.
_CELL_END = frozenset("0123456789%")
#: Longest line that can be one cell.
MAX_CELL = 40
_CELL_LINE = re.compile(rf"[ \t\xa0]*{SIGNED}(?:\d|\.\.\.|n\.v\.t)")
#: What ``_CELL_LINE`` may start with after white space, but for the digits.
_CELL_FIRST = frozenset(DASHES + "€.n+")
#: First characters a cell, a dash or a column number can start with.
CELL_START = frozenset("0123456789(€.…nNpP+" + DASHES)


class Item(NamedTuple):
    """One non-empty line: a year, value, lone dash, column number, placeholder or text."""

    kind: str  # "Y" | "V" | "D" | "N" | "P" | "T", or "X" for prose passed over or a row
    # printed on one line
    text: str
    line: int
    column: int
    width: int = 0  # whitespace characters of a placeholder


#: Most years between two periods a heading block prints one after the other ("Rekening
#: 2005" / "Begroting 2007": a year skipped).
MAX_PERIOD_STEP = 2
_LAST_YEAR = re.compile(r"(?:19|20)\d\d")


def periods_in_order(items: list[Item], pairs: list[tuple[int, int]]) -> bool:
    """Whether the words over one year each at ``pairs`` (the items of each word and of its
    year) are printed as a heading block prints its periods: line under line, no blank line
    between, and the years running one way, a year or two apart at most ("Rekening" /
    "2005" / "Begroting" / "2006" / "Begroting" / "2007"; back in time, "Begroting 2025" /
    "Rekening 2023"). Rows whose one value reads as a year ("Almere" / "2015" / "Breda" /
    "1987") print no such order. Where a blank line parts every cell, each heading is a
    block of its lines, word over year, and one blank line parts the blocks ("Realisatie"
    / "2015" / "" / "Realisatie" / "2016"): a row's label and its value are parted too."""
    if any(items[year].line != items[word].line + 1 for word, year in pairs):
        return False
    gaps = {items[b[0]].line - items[a[1]].line for a, b in pairwise(pairs)}
    if len(gaps) > 1 or not gaps <= {1, 2}:
        return False
    years = [_LAST_YEAR.findall(items[year].text)[-1:] for _word, year in pairs]
    if not all(years):
        return False
    steps = [int(b[0]) - int(a[0]) for a, b in pairwise(years)]
    return all(0 <= step <= MAX_PERIOD_STEP for step in steps) or all(
        -MAX_PERIOD_STEP <= step <= 0 for step in steps
    )


def may_start_cell(first: str) -> bool:
    """Whether a line whose first character other than white space is ``first`` may match
    ``_CELL_LINE`` (a sign, a euro sign, a digit, "..." or "n.v.t"): a test of one character
    that spares most lines the pattern."""
    return first in _CELL_FIRST or first.isdecimal()


class _CellStarts(dict[str, bool]):
    """``may_start_cell`` of each distinct first character, decided the first time it is
    looked up, so that every line is tested by a C-level pass of look-ups."""

    def __missing__(self, first: str) -> bool:
        starts = self[first] = may_start_cell(first)
        return starts


class CellKinds(dict[str, str | None]):
    """``cell_kind`` of each distinct stripped line, read the first time it is looked up: one
    per document (``tables_layout.find_tables``), shared by the readers that ask of the same
    lines (the windows of cells, their items, the cells no table read), so a line is read
    by the cell patterns once. (Keyed by the text, as ``cell_kind`` reads nothing else.)"""

    def __missing__(self, text: str) -> str | None:
        kind = self[text] = cell_kind(text)
        return kind


_make_item = tuple.__new__


def _windows(lines: list[str], layout: PageLayout, kinds: CellKinds) -> list[tuple[int, int]]:
    """Line ranges within WINDOW lines of a line holding one number: only there can a table
    printed one cell per line stand, so the prose of a long document is passed over.
    (``layout``: the lines' page layout, whose lines with text are tested by their first
    character before the pattern is tried; ``kinds``: the document's lines read as cells.)"""
    starts = map(_CellStarts().__getitem__, map(itemgetter(0), layout.filled_texts))
    # a line opening with a number that reads as no cell (a numbered heading "2.1 Wonen", a
    # footnote "1 Kamerstuk 29 282, nr. 492", "2021." ending a sentence) opens no window:
    # around such lines alone, a letter's, every item would be text, which no table starts
    hits = [
        number - 1
        for number in compress(layout.filled, starts)
        if len(line := lines[number - 1]) <= MAX_CELL
        and _CELL_LINE.match(line)
        and kinds[line.strip()] is not None
    ]
    # a table prints at least two cells close together; a lone number is a page or note number
    close = [b for a, b in pairwise(hits) if _close(lines, a, b)]
    close = sorted({*close, *_steady(hits)})
    ranges: list[tuple[int, int]] = []
    for hit in close:
        start, stop = max(0, hit - CLUSTER - WINDOW), min(len(lines), hit + WINDOW + 1)
        if ranges and start <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], stop)
        else:
            ranges.append((start, stop))
    return ranges


def _steady(hits: list[int]) -> list[int]:
    """The hits (lines holding one number) each closing a run of ``STEADY`` at one step of
    at most ``SPREAD`` times CLUSTER lines: a table's one value column, a figure a row,
    its rows printing more text cells between the figures than ``_close`` allows (a
    name, two marks and a website beside each amount, blank lines between)."""
    steps = [b - a for a, b in pairwise(hits)]
    runs = range(len(hits) - STEADY + 1)
    return [
        hits[k + STEADY - 1]
        for k in runs
        if len(set(steps[k : k + STEADY - 1])) == 1 and steps[k] <= SPREAD * CLUSTER
    ]


def _close(lines: list[str], a: int, b: int) -> bool:
    """Whether lines ``a`` and ``b`` can hold two cells of one table: at most CLUSTER lines
    apart, counting only printed lines once the empty ones between are more than one in two
    (a page that prints two or three empty lines between cells)."""
    if b - a <= CLUSTER:
        return True
    if b - a > SPREAD * CLUSTER:
        return False
    return 2 * sum(1 for line in lines[a + 1 : b] if line) < CLUSTER


def line_runs(items: list[Item], after_values: bool = False) -> list[list[Item]]:
    """The items in runs of consecutive lines: a blank line, or a line no item holds, parts
    two runs; with ``after_values``, so does a text or year printed after a value (a column
    printed as a block ends at its last value)."""
    runs: list[list[Item]] = []
    for item in items:
        last = runs[-1][-1] if runs else None
        if (
            last is None
            or item.line != last.line + 1
            or (after_values and last.kind == "V" and item.kind != "V")
        ):
            runs.append([item])
        else:
            runs[-1].append(item)
    return runs


def items_of(lines: list[str], layout: PageLayout, kinds: CellKinds | None = None) -> list[Item]:
    """The items of the lines near cells; a gap between such stretches is one "X" item,
    which no table crosses. ``kinds``: the document's lines read as cells, shared with
    the other readers asking (a new one where none is given)."""
    kinds = CellKinds() if kinds is None else kinds
    items: list[Item] = []
    for start, stop in _windows(lines, layout, kinds):
        if items:
            items.append(Item("X", "", start + 1, 1))
        items.extend(_items(lines, start, stop, kinds))
    if layout.feet:
        # a Kamerstuk's foot ("Tweede Kamer, vergaderjaar 2012–2013, 33 400 X, nr. 2 7")
        # between two rows where a page breaks is no cell: read as one, it headed the rows
        # after it as their group
        items = [item for item in items if item.kind != "T" or item.line not in layout.feet]
    marks = [
        k
        for k, item in enumerate(items)
        if item.text[:1] in "PpBb" and item.kind == "T" and PAGE_MARK.fullmatch(item.text)
    ]
    items = _without_letter_furniture(items, marks) if marks else items
    formulas = [
        k
        for k, item in enumerate(items)
        if item.kind == "T" and item.text[:1].isdigit() and _BARE_FORMULA.fullmatch(item.text)
    ]
    items = _without_bare_column_numbers(items, formulas) if formulas else items
    marks = [
        k
        for k, item in enumerate(items)
        if item.kind == "V" and len(item.text) <= 2 and _label_mark(items, k, lines)
    ]
    items = [item for k, item in enumerate(items) if k not in marks] if marks else items
    heads = [
        k
        for k, item in enumerate(items)
        if item.kind == "T" and lines[item.line - 1].lstrip(" \t\xa0")[:1] == "\f"
    ]
    return _without_running_heads(items, heads) if heads else items


def _label_mark(items: list[Item], k: int, lines: list[str]) -> bool:
    """Whether item ``k``, a figure of one or two digits, is a label's footnote mark: a
    page printing one text node a line with blank lines between the cells (the source's
    indentation between its tags) prints a mark in the label's own cell ("Zorg<sup>1</sup>")
    on the line right under the label, no blank line between, a blank line before the label
    and after the mark. Read as a cell, the mark was the row's first value and every value
    after it stood a column right, the last one lost. The blank lines must part the cells:
    a line of white space before the label or after the mark that is an item (a placeholder
    of cells printed back to back, "Studenten" / "12" under an empty cell) parts nothing,
    and a small figure there is the row's value."""
    if not items[k].text.isdigit() or k == 0:
        return False
    label, line = items[k - 1], items[k].line  # (1-based lines)
    before = items[k - 2] if k >= 2 else None
    after = items[k + 1] if k + 1 < len(items) else None
    return (
        label.kind == "T"
        and label.line == line - 1
        and label.line >= 2
        and not lines[label.line - 2].strip(" \t\xa0")
        and (before is None or before.kind == "X" or before.line < label.line - 1)
        and line < len(lines)
        and not lines[line].strip(" \t\xa0")
        and (after is None or after.kind == "X" or after.line > line + 1)
    )


#: A column's number printed bare with the formula computing the column from others
#: ("7=5–6", "4=1+2+3"): the column (group 1) and its sources (group 2).
_BARE_FORMULA = re.compile(r"(\d{1,2}) ?= ?(\d{1,2}(?: ?[+\-–−] ?\d{1,2})+)")


def _without_bare_column_numbers(items: list[Item], formulas: list[int]) -> list[Item]:
    """The items without a row of column numbers printed bare, one cell per line, under a
    heading ("Verschil 2009" / " " / " " / "1" / "2" / ... / "6" / "7=5–6"): the numbers
    1, 2, ... up to the one before a formula (``formulas``: its items) that computes its
    column from columns numbered before it, the row's empty cells before them, right after
    a heading. Bare numbers read as values: the row was taken for the first row of figures
    and its formula for a group row over the rows. Printed in brackets ("(1)") they are
    column numbers of their own kind, joined to the headings."""
    dropped: set[int] = set()
    for at in formulas:
        form = _BARE_FORMULA.fullmatch(items[at].text)
        if form is None:
            continue
        number = int(form.group(1))
        if any(int(source) >= number for source in re.findall(r"\d+", form.group(2))):
            continue
        k, expect = at - 1, number - 1
        while expect and k >= 0 and items[k].kind == "V" and items[k].text == str(expect):
            k, expect = k - 1, expect - 1
        if expect or number < 3:
            continue
        while k >= 0 and items[k].kind == "P":
            k -= 1  # the row's empty cells under the labels' headings
        if k >= 0 and items[k].kind in "TY":
            dropped.update(range(k + 1, at + 1))
    return [item for k, item in enumerate(items) if k not in dropped] if dropped else items


#: A page's number printed alone on its line: digits, no thousands separator.
_PAGE_NUMBER = re.compile(r"\d{1,4}")


def _without_running_heads(items: list[Item], heads: list[int]) -> list[Item]:
    """The items without the furniture a page break prints inside a table printed one cell
    per line: the page's number, a lone number right before the form feed, and the next
    page's running head, the text on the line the form feed opens (``heads``: its items),
    where it holds no value of its own ("112" / "\fProvincie Voorbeeld – Jaarstukken 2008"
    between two rows), and the page's running foot right over that number ("Jaarstukken
    JJJJ" / N / form feed): a text some page's first line or another foot of the same
    table prints too, or one printed once in a running head's form (``_foot_form``). A
    group's name printed at the feet of two tables ("<group>" / N / form feed in the one,
    "<group>" / N+1 in the next) is each table's group over its rows past the break, no
    running line: tables of one document share their group words (``_tables_before``). A
    line in a running head's form (``_is_running_head``: a document's name and year,
    "Programmabegroting JJJJ") printed at the feet of two tables is the document's running
    foot all the same: no group names its document. A Kamerstuk's foot over the number is
    one by its words alone (``_kamerstuk_foot``).
    Read as items, the head was a group row over the rows after the break, and so was the foot.
    In a table of one value a row, a label right over that number is a row and the number
    its value, the page printing none (``_values_of_row_before``): only a head in a running
    head's form is furniture then. Without a page number before it a first line of a page
    is left as printed: a group row's label may open a page as well. A head in a running
    head's form (``_is_running_head``: a Kamerstuk's line, a document's name and year) may
    print the page's number after it instead, and the head's other half after that number
    ("\fTweede Kamer, vergaderjaar 2005–2006, 30 300, nr. 1" / "196" / "Miljoenennota 2006").
    Past the furniture, the table's caption printed again as continued ("... (vervolg)") and
    its heading printed again, cell for cell, are left out too (``_repeated_after``): read as
    items, they ended the table or headed its next rows as their group. A page printing no
    head of its own may open with that heading, its corner cell on the form feed's line
    ("\fBedragen x € 1.000" / "2023" / ...): the years under it make the corner no row's
    label, and the rows past it go on in the table, under its parents."""
    numbers = {head: _number_before(items, head) for head in heads}
    feet = {
        head: _foot_over(items, number) for head, number in numbers.items() if number is not None
    }
    table = _tables_before(items)
    within = {  # the table a foot must be printed again in: any, for a running line's form
        foot: None if _is_running_head(items[foot].text) else table[foot]
        for foot in feet.values()
        if foot is not None
    }
    printed = Counter((items[foot].text, within[foot]) for foot in within)
    tops = {items[head].text for head in heads}
    paged = _feet_paged(items) if feet else {}
    dropped: set[int] = set()
    for head in heads:
        after = next_solid(items, head + 1)
        number = numbers[head]
        if number is not None and (
            not is_valued(items, head) or _heading_again(items, head, number)
        ):
            foot = feet[head]
            if foot is not None and (
                printed[items[foot].text, within[foot]] > 1
                or items[foot].text in tops
                or _foot_form(items, foot, head)
                or _kamerstuk_foot(items, foot)
                or _on_next_page(items, foot, number, paged)
            ):
                dropped.add(foot)  # the page's running foot over its number
            elif foot is not None and _values_of_row_before(items, foot) == 1:
                if _is_running_head(items[head].text):  # the number is the row's value
                    dropped.add(head)
                    dropped.update(_repeated_after(items, head, after))
                continue
            dropped.update((number, head))
            past = after
        elif _page_number_after(items, head) is not None:
            dropped.update((head, after))
            past = next_solid(items, after + 1)
            if (
                past < len(items)
                and items[past].kind == "T"
                and _is_running_head(items[past].text)
                and not is_valued(items, past)
            ):
                dropped.add(past)  # the head's other half, on the far side of the number
                past = next_solid(items, past + 1)
        elif _caption_again(items, after, _repeated_after(items, head, after)):
            dropped.add(head)  # the page's head over the table's caption printed again
            past = after
        else:
            continue
        dropped.update(_repeated_after(items, head, past))
    return [item for k, item in enumerate(items) if k not in dropped] if dropped else items


def _tables_before(items: list[Item]) -> list[int]:
    """For each item, how many new tables' titles stand before it: a text of a caption's
    form ("Tabel 3.2 ...") or declaring a unit ("Lasten programma <naam> (bedragen x €
    1.000)"), over no value, not printed before (a caption printed again past a page
    break, "... (vervolg)", goes on its table)."""
    tables: list[int] = []
    seen: set[str] = set()
    count = 0
    for k, item in enumerate(items):
        tables.append(count)
        if item.kind != "T" or (CAPTION.match(item.text) is None and not read_unit(item.text, 0)):
            continue
        stem = _uncontinued(item.text)
        if stem == item.text and stem not in seen and not _over_value(items, k):
            count += 1
        seen.add(stem)
    return tables


def _over_value(items: list[Item], pos: int) -> bool:
    """Whether a value follows the text at ``pos`` before any other text: a row's label."""
    nxt = next_solid(items, pos + 1)
    return nxt < len(items) and items[nxt].kind == "V"


def _number_before(items: list[Item], head: int) -> int | None:
    """The page's number right before the form feed that opens ``head`` (placeholders
    between): a lone value of a page number's form, or None."""
    number = head - 1
    while number >= 0 and items[number].kind == "P":
        number -= 1
    if number >= 0 and items[number].kind == "V" and _PAGE_NUMBER.fullmatch(items[number].text):
        return number
    return None


def _foot_over(items: list[Item], number: int) -> int | None:
    """The text right over the page's number at ``number`` (placeholders between), or None
    where a value or nothing stands there."""
    foot = number - 1
    while foot >= 0 and items[foot].kind == "P":
        foot -= 1
    return foot if foot >= 0 and items[foot].kind == "T" else None


def _kamerstuk_foot(items: list[Item], foot: int) -> bool:
    """Whether the text over the page's number (``foot``) is a Kamerstuk's foot, the page's
    number printed on its own line under it (``KAMERSTUK_FOOT_APART``: "Tweede Kamer,
    vergaderjaar JJJJ–JJJJ, NN NNN X, nr. N" / "N" / form feed), over the rows of a table
    printing more than one value a row: its words say it is the page's foot, printed once
    and whatever the next page opens with, as the foot with the number on its line is
    (``kamerstuk_feet``). Read as an item, it was a group row over the rows past the break.
    In a table of one value a row such a text over a figure may be a row citing the piece,
    its value the figure (``_values_of_row_before``): left to the tests made of any text."""
    return (
        KAMERSTUK_FOOT_APART.fullmatch(items[foot].text) is not None
        and _values_of_row_before(items, foot) != 1
    )


def _foot_form(items: list[Item], foot: int, head: int) -> bool:
    """Whether a text over the page's number printed on one page alone (``foot``) is its
    running foot all the same: in a running head's form (``_is_running_head``) where the
    page past the break, opened by ``head``, prints no head of its own but the table's
    caption or heading again (``_repeated_after``). A page printing a head of its own at
    its top names its document there, and a group's name ending in a year over the
    page's number is a group row, its rows past the break; a running line printed on
    more pages is known as one where it is printed again (``_without_running_heads``)."""
    return _is_running_head(items[foot].text) and bool(_repeated_after(items, head, head))


def _feet_paged(items: list[Item]) -> dict[str, set[int]]:
    """Per text in a running head's form (``_is_running_head``), the page numbers it is
    printed right over: a lone number of a page number's form after it, no value after
    that number (``_on_next_page``). One pass over the items."""
    paged: dict[str, set[int]] = {}
    for k, item in enumerate(items):
        number = _page_number_after(items, k) if item.kind == "T" else None
        if number is not None:
            paged.setdefault(item.text, set()).add(int(items[number].text))
    return paged


def _page_number_after(items: list[Item], k: int) -> int | None:
    """Where item ``k``, a text in a running head's form (``_is_running_head``), is printed
    right over a lone number of a page number's form, no value after that number: that
    number's index; else None. The test ``_without_running_heads`` makes of a head over the
    number and ``_feet_paged`` of a foot."""
    if not _is_running_head(items[k].text):
        return None
    number = next_solid(items, k + 1)
    if (
        number < len(items)
        and items[number].kind == "V"
        and _PAGE_NUMBER.fullmatch(items[number].text)
        and not is_valued(items, number)
    ):
        return number
    return None


def _on_next_page(items: list[Item], foot: int, number: int, paged: dict[str, set[int]]) -> bool:
    """Whether the text over the page's number (``foot`` over ``number``) is printed over
    the number of the page before or after it too (``paged``, ``_feet_paged``): in a
    running head's form, the document's running foot ("Miljoenennota 2026" / "31" / form
    feed, and "Miljoenennota 2026" / "32" at the next page's foot, in prose or past the
    text layer's last page, where no form feed follows it). Read as an item, it was a
    group row over the rows past the break. No group names its document."""
    page = int(items[number].text)
    return bool(paged.get(items[foot].text, set()) & {page - 1, page + 1})


def _values_of_row_before(items: list[Item], label: int) -> int:
    """How many values the row right over the label at ``label`` prints (its text, then
    its values; placeholders and dashes between), 0 where no row stands there: a label
    over the page's number in a table of one value a row is a full row."""
    k = label - 1
    values = 0
    while k >= 0 and items[k].kind != "T":
        values += items[k].kind in "VY"
        k -= 1
    return values if k >= 0 else 0


#: A running head or foot of a printed budget document: a Kamerstuk's line ("Tweede Kamer,
#: vergaderjaar 2012–2013, 33 400, nr. 1") or a document's name and its year, a few words
#: ("Miljoenennota 2013", "Jaarverslag VROM 2006").
_RUNNING_HEAD = re.compile(
    r"(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}[–-]\d{4}(?:, .*)?"
    r"|[A-Z][\w.-]*(?: [\w.-]+){0,3} (?:19|20)\d\d"
)
#: A caption printed again where its table goes on past a page break: "(vervolg)" closing
#: it ("... (vervolg)"), in brackets after its number ("Tabel 7 (vervolg) ..."), or the word
#: opening it ("Vervolg tabel 7 ...", "Vervolg van tabel 7 ...").
_CONTINUED = re.compile(
    r"\s*[(\[]?\s*vervolg\s*[)\]]?\.?$|\s*[(\[]\s*vervolg\s*[)\]](?= )"
    r"|^vervolg[ \xa0]+(?:van[ \xa0]+)?(?=tabel[ \xa0])",
    re.IGNORECASE,
)


def _uncontinued(text: str) -> str:
    """A caption without the words marking it continued (``_CONTINUED``), opening in upper
    case as the caption printed first does ("Vervolg tabel 7 ...": "Tabel 7 ..."); a text
    without them as printed."""
    stem = _CONTINUED.sub("", text)
    return stem if stem == text else stem[:1].upper() + stem[1:]


def _is_running_head(text: str) -> bool:
    """Whether a line's text has a running head's form (``_RUNNING_HEAD``)."""
    return _RUNNING_HEAD.fullmatch(text) is not None


def _repeated_after(items: list[Item], head: int, past: int) -> set[int]:
    """The items from ``past``, right after a page break's furniture, that print the
    table's caption again as continued (its words before the form feed, "(vervolg)" after
    them) and then its heading again: a run of two or more items holding no value that
    repeats, text for text, a run printed before the break (``head``)."""
    found: set[int] = set()
    if past < len(items) and items[past].kind == "T":
        stem = _uncontinued(items[past].text)
        if stem != items[past].text and any(
            item.text.startswith(stem) for item in items[:head] if item.kind == "T"
        ):
            found.add(past)
            past = next_solid(items, past + 1)
    best = 0
    for k in range(head):
        run = 0
        while (
            past + run < len(items)
            and k + run < head
            and items[past + run].kind in "TYN"
            and items[k + run].kind == items[past + run].kind
            and items[k + run].text == items[past + run].text
        ):
            run += 1
        best = max(best, run)
    if best >= 2:
        found.update(range(past, past + best))
    return found


def _caption_again(items: list[Item], after: int, again: set[int]) -> bool:
    """Whether the item at ``after``, right under the text a form feed opens, is the
    table's caption printed again as continued (``_repeated_after``'s ``again``: "Tabel 7
    (vervolg) ..."): the text above it, whatever it says and with no page number beside
    it (a Kamerstuk's foot carries that, ``PageLayout.feet``), is the page's head, no row
    of the table, whose rows go on only under that caption and the heading printed again.
    Read as a row, the head ("\fDefensie") stood over the caption, which opened a table
    of its own: the rows past the break lost the rows above it as their parents. A
    numbered caption ("Tabel 4 ...", ``CAPTION``) printed again word for word with the
    heading under it, no "(vervolg)", goes on its table as well: its number names one
    table."""
    return after in again and (
        _CONTINUED.search(items[after].text) is not None
        or CAPTION.match(items[after].text) is not None
    )


def _heading_again(items: list[Item], head: int, number: int) -> bool:
    """Whether the page opened by ``head`` (the page's number at ``number`` before it)
    prints the table's heading again from its first line, the corner cell on the form
    feed's line and the years under it, all of them (``_repeated_after``): a heading that
    goes on with a year it did not print before heads another table. So does one going on
    with the table's first row printed again (its label matched with the heading), one
    under a new table's title printed at the foot of the page before (``_titled_at_foot``),
    and one over rows going back to a top row the table printed and closed (``_restarts``):
    the same heading over the next article's table, or its apparatus's."""
    again = _repeated_after(items, head, head)
    if head not in again or is_valued(items, max(again)):
        return False  # no heading, or one going on with the table's first row again
    after = next_solid(items, max(again) + 1)
    if after < len(items) and items[after].kind in "YN":
        return False
    return not _titled_at_foot(items, number) and not _restarts(items, number, after)


def _titled_at_foot(items: list[Item], number: int) -> bool:
    """Whether a new table's title stands between the last value before the page's number
    at ``number`` and that number: a caption ("Tabel 13 ...") or a text declaring a unit,
    not printed as continued ("(vervolg)"). The table above ended there; the next one
    opens past the break."""
    k = number - 1
    while k >= 0 and items[k].kind not in "VX":
        k -= 1
    return any(
        items[t].kind == "T"
        and (CAPTION.match(items[t].text) or read_unit(items[t].text, 0))
        and _uncontinued(items[t].text) == items[t].text
        for t in range(k + 1, number)
    )


#: The order a budget table prints its top rows in: the commitments, the spending (and the
#: halves it splits into, "Programma-" and "Apparaatsuitgaven"), the receipts.
_TOP_ROWS = ("verplichtingen", "uitgaven", "ontvangsten")


def _top_place(label: str) -> int | None:
    """Where a top row (``rank`` 1, or a half of the spending) stands in ``_TOP_ROWS``, or
    None for a row under them."""
    level = rank(label)
    if level is None or level > SPLIT:
        return None
    words = label.lower()
    return next(place for place, word in enumerate(_TOP_ROWS) if word in words)


def _restarts(items: list[Item], number: int, after: int) -> bool:
    """Whether the row at ``after``, the first past the break (the page's number at
    ``number`` before it), goes back to a top row the table printed before the break and
    closed: it prints its top rows in their order (``_TOP_ROWS``, two at least), and the
    row is one of an earlier place than the last of them ("Verplichtingen" again, or
    "Apparaatsuitgaven" after "Ontvangsten"), or prints a top row's label again. Rows of
    one table go on where it broke off; another table's start from its top."""
    if after >= len(items) or items[after].kind != "T":
        return False
    place = _top_place(items[after].text)
    if place is None:
        return False
    k = number - 1
    places: list[int] = []
    labels: set[str] = set()
    while k >= 0 and items[k].kind != "X" and not CAPTION.match(items[k].text):
        if items[k].kind == "T" and (top := _top_place(items[k].text)) is not None:
            places.append(top)
            labels.add(items[k].text)
        k -= 1
    places.reverse()
    if len(set(places)) < 2 or places != sorted(places):
        return False
    return place < places[-1] or items[after].text in labels


#: A page's mark printed in its words ("Pagina 2 van 3", "blz. 4"): no cell, ever.
PAGE_MARK = re.compile(r"(?i:pagina|blz\.?|p\.) ?\d{1,4}(?: ?(?:van|/) ?\d{1,4})?")


def _without_letter_furniture(items: list[Item], marks: list[int]) -> list[Item]:
    """The items without the page furniture a letter prints where a page breaks, which a
    table printed one cell per line runs over: the page's mark (``marks``: its items) and,
    right before or after it, the letter's margin of headed fields, each heading over its
    value ("Datum" / "12 februari 2026", "Onze referentie" / "2026-0000087412"). Read as
    items, the value of the last field headed the rows after the break as their group."""
    dropped: set[int] = set()
    for mark in marks:
        dropped.add(mark)
        k = mark + 1
        while k + 1 < len(items) and LETTER_FIELD.fullmatch(items[k].text):
            dropped.update((k, k + 1))
            k += 2
        k = mark - 2
        while k >= 0 and LETTER_FIELD.fullmatch(items[k].text):
            dropped.update((k, k + 1))
            k -= 2
    return [item for k, item in enumerate(items) if k not in dropped]


def _items(lines: list[str], start: int, stop: int, kinds: CellKinds) -> list[Item]:
    items: list[Item] = []
    append = items.append
    # (the empty lines, no items, are passed over by a C-level pass)
    for index in compress(range(start, stop), lines[start:stop]):
        line = lines[index]
        text = line.strip()
        if not text:
            if line[0] == "\t" and (empty := tab_parted_cells(lines, index)) is not None:
                for _ in range(empty):
                    append(_make_item(Item, ("P", "", index + 1, 1, 1)))
                continue
            append(Item("P", "", index + 1, 1, len(line.replace("\xa0 ", " "))))
            continue
        if (
            items
            and items[-1].line == index - 1
            and items[-1].kind == "T"
            and cell_paragraph(lines, index)
        ):
            # (the paragraph goes on the cell the text two lines above opened)
            items[-1] = items[-1]._replace(text=f"{items[-1].text} {text}")
            continue
        first = text[0]
        kind = "T"
        if first in CELL_START or text[-1] == "%":  # cheap test first: most lines are prose
            kind = kinds[text] or "T"
            if kind == _YEARS:
                for found in _YEAR_TOKEN.finditer(line):
                    append(_make_item(Item, ("Y", found.group(), index + 1, found.start() + 1, 0)))
                continue
            if kind == _GLUED_YEARS:
                column = line.index(first)  # (``start`` is the lines' range's)
                for k in range(0, len(text), 4):
                    year = (text[k : k + 4], index + 1, column + k + 1, 0)
                    append(_make_item(Item, ("Y", *year)))
                continue
        elif (text[-1] in _CELL_END and _whole_row(text)) or text.count("|") >= 2:
            kind = "X"  # another table's row (or a pipe table's), never a heading or a label
        # (built by tuple's own constructor: the named tuple's, a Python function, is a
        # fifth of the time spent on each of the thousands of items a document gives; the
        # column is where the first character other than white space stands)
        append(_make_item(Item, (kind, text, index + 1, line.index(first) + 1, 0)))
    return items


def tab_parted_cells(lines: list[str], index: int) -> int | None:
    """How many empty cells the line ``index`` of tabs alone stands for where a browser
    printed a table whose cells are blocks (``innerText`` of cells wrapping their text in
    ``<p>``): each cell's text a line between blank lines, a tab between two cells of a row
    on a line of its own between blank lines, and two blank lines or more between rows.
    Each tab parts two cells, so k tabs between two texts of a row part k - 1 empty cells,
    and after a row's last text (two blank lines follow) or before its first (two blank
    lines before) k empty cells. None for any other line of white space: a line of spaces
    is an empty cell (or a run of them) as the page's own text prints it."""
    if not 0 < index < len(lines) - 1 or lines[index - 1] or lines[index + 1]:
        return None
    if lines[index].strip("\t"):
        return None
    edges = (index < 2 or not lines[index - 2]) + (index + 2 >= len(lines) or not lines[index + 2])
    return len(lines[index]) - 1 + edges


#: Most paragraphs one cell of a browser's paragraph cells prints ("Realisatie" / "2024
#: (2)"): a heading's words and its period, a note under them.
CELL_PARAGRAPHS = 3


def _tab_line(lines: list[str], index: int) -> bool:
    """Whether line ``index`` is a browser's separator of paragraph cells: tabs alone
    between blank lines (``tab_parted_cells``)."""
    return 0 <= index < len(lines) and tab_parted_cells(lines, index) is not None


def cell_paragraph(lines: list[str], index: int) -> bool:
    """Whether the text at line ``index`` is a further paragraph of the cell whose text
    stands two lines above, where a browser printed a table whose cells wrap their text in
    paragraphs (``tab_parted_cells``): a cell of two paragraphs ("Realisatie" / "2024 (2)")
    prints them one blank line apart with no tab between, where two cells of a row print a
    tab line between. Read as two items, the heading named a column too many and the table
    was not read. Only a cell that opens right after a tab line (so in a row of such cells)
    and ends right before the next tab line or the blank lines ending its row; the first
    paragraph words, never a figure. A row's first cell is left alone: the text before it
    may be the caption or prose a blank line above. A cell prints CELL_PARAGRAPHS at most
    (prose a blank line apart is no cell: each look is bounded)."""
    if index < 2 or lines[index - 1] or not lines[index - 2].strip():
        return False
    start = index - 2
    while start >= 2 and not lines[start - 1] and lines[start - 2].strip():
        start -= 2
        if index - start >= 2 * CELL_PARAGRAPHS:
            return False
    if not _tab_line(lines, start - 2):
        return False
    end = index
    while end + 2 < len(lines) and not lines[end + 1] and lines[end + 2].strip():
        end += 2
        if end - start >= 2 * CELL_PARAGRAPHS:
            return False
    closed = end + 2 >= len(lines) or not lines[end + 2] or _tab_line(lines, end + 2)
    return closed and end + 1 < len(lines) and not lines[end + 1]


_YEAR_TOKEN = re.compile(r"\S+")
#: The kind ``cell_kind`` gives a heading row of years printed on one line.
_YEARS = "YY"
#: The kind ``cell_kind`` gives a heading row of years printed with nothing between them.
_GLUED_YEARS = "YYY"
#: Fewest years glued together read as a heading row: two ("20242025") may be a figure
#: printed without separators; twelve digits or more are none.
MIN_GLUED_YEARS = 3


def cell_kind(text: str) -> str | None:
    """The kind of the item a stripped, non-empty line is when it is a cell: a year "Y", a
    value "V", a lone dash "D" (or the euro sign before one, "€ -", a nil as accounting
    formats print it), a column number "N", or ``_YEARS`` for a heading row of years a text
    layer printed on one line, one cell per line otherwise ("2017 2018 2019": a year
    heading each, where it stands), or ``_GLUED_YEARS`` for one printed with nothing
    between its years (``_glued_years``); None for text. (Most texts asked open with no
    year's first digits, ``CENTURIES``: the year's pattern is tried on the rest alone.)"""
    if text[:2] in CENTURIES:
        if is_year_heading(text):
            return "Y"
        if _glued_years(text):
            return _GLUED_YEARS
    if is_value(text):
        return "V"
    if text in DASHES or EURO_NIL.fullmatch(text):
        return "D"  # a nil: a dash alone, or as accounting formats print it ("€ -")
    if is_column_number(text):
        return "N"
    if text[0].isdigit() and _years_on_one_line(text):
        return _YEARS
    return None


def _years_on_one_line(text: str) -> bool:
    """Two years or more alone on a line, each later than the one before ("2017 2018
    2019"): the column headings of a table whose other cells stand one a line."""
    tokens = text.split()
    if len(tokens) < 2 or not all(map(is_year_heading, tokens)):
        return False
    years = [int(token[:4]) for token in tokens]
    return all(a < b for a, b in pairwise(years))


def _glued_years(text: str) -> bool:
    """``MIN_GLUED_YEARS`` years or more printed with nothing between them, each later than
    the one before ("200820092010"): a heading row whose cells the page's source wrote on
    one line, joined by a text layer that keeps the source's white space and adds none
    (lxml's ``text_content()``), whereas the rows under it, written a cell a line, stand
    one cell a line."""
    if len(text) < 4 * MIN_GLUED_YEARS or len(text) % 4 or not text.isdigit():
        return False
    years = [text[k : k + 4] for k in range(0, len(text), 4)]
    return all(map(is_year, years)) and all(int(a) < int(b) for a, b in pairwise(years))


def _whole_row(text: str) -> bool:
    """A label and ``ROW_VALUES`` values or more on one line: a row of a table printed one
    row per line. (Fewer may be a text cell, "Kamerstuk 35 570"; a year and a column or
    footnote number, "Realisatie 2010 (1)", are no values; a unit note is no row.)"""
    tokens = text.rsplit(None, ROW_VALUES)
    return (
        len(tokens) > ROW_VALUES
        and all(map(is_value, tokens[1:]))
        and any(map(str.isalpha, tokens[0]))
        and read_unit(text, 0) is None
    )


#: Items above a region's code looked at for a code column's heading ("Code", "CBS-code").
REGION_HEADING_REACH = 40


def code_at(items: list[Item], pos: int) -> bool:
    """Whether the item at ``pos`` is a code (``is_code``), or a region's code
    (``REGION_CODE``, "<XX>NN") where its table shows a column of them: another item of the
    page printing a code of the same capitals ("<XX>NN"), or a code column's heading
    (``heading_kind``) right above. Alone and unheaded, such a text is a label ("<XX>NN"
    over "<Land>" / "<Land>", or over its sources): read as a code it was prepended to
    the next row's label and the group row lost."""
    text = items[pos].text.strip()
    if is_code(text):
        return True
    if REGION_CODE.fullmatch(text) is None:
        return False
    letters = text[:2]
    if any(
        k != pos and item.text.startswith(letters) and REGION_CODE.fullmatch(item.text.strip())
        for k, item in enumerate(items)
    ):
        return True
    above = items[max(0, pos - REGION_HEADING_REACH) : pos]
    return any(item.kind == "T" and heading_kind(item.text) == "code" for item in above)


def next_solid(items: list[Item], pos: int) -> int:
    """Index of the first item from ``pos`` that is not a placeholder or a lone dash."""
    while pos < len(items) and items[pos].kind in "PD":
        pos += 1
    return pos


def is_valued(items: list[Item], pos: int) -> bool:
    """Whether the text item at ``pos`` is followed by a value before the next text."""
    nxt = next_solid(items, pos + 1)
    return nxt < len(items) and items[nxt].kind in "VY"


#: A label's rest in brackets, opening with a word ("(achtervang WSW)", "(Gemeenschappelijke
#: Regeling)"): no label of its own, as a row's number in brackets ("(1) ...") is, and a
#: row's letter or roman number in brackets ("(a) Ambtelijk personeel", "(iv) ...").
_BRACKETED_REST = re.compile(r"\((?!(?:[a-z]|[ivx]{1,4})\))[^\W\d_]")


def goes_on_below(items: list[Item], at: int, pos: int) -> bool:
    """Whether the text at ``at`` without values is the first line of the label of the
    valued text at ``pos`` on the very next line, which opens with a bracketed word: the
    label's rest, wrapped in its cell ("Stichting Woonbedrijf SWZ" / "(achtervang WSW)" /
    values), not a row heading a group."""
    return (
        0 <= at < pos < len(items)
        and items[at].kind == "T"
        and items[pos].kind == "T"
        and items[pos].line == items[at].line + 1
        and _BRACKETED_REST.match(items[pos].text) is not None
        and is_valued(items, pos)
    )


def unit_line(item: Item) -> bool:
    """Whether ``item`` is a line saying a unit alone ("Bedragen x € 1.000", "(x € 1.000)"),
    no caption: a table's unit line over its headings or its grid."""
    return (
        item.kind == "T" and not CAPTION.match(item.text) and unit_alone(item.text, 0) is not None
    )


def code_before_label(items: list[Item], pos: int) -> bool:
    """Whether the item at ``pos`` is a code (``is_code``: "31", "1.1", "IIA") in a cell of
    its own right before a text: a row's code, then its label."""
    return pos + 1 < len(items) and is_code(items[pos].text) and items[pos + 1].kind == "T"
