"""Column headings a plain text layer prints a part per line, over rows printed one per line.

Without ``-layout`` a PDF's text layer flattens a heading block's cells one after the
other, each cell's lines in turn ("Ontwerpbegroting" / "2018" / "Realisatie" / "2018" /
"Verschil"), and keeps each row of the table on one line ("Omzetbelasting 51,6 52,9 1,3").
Nothing says where the columns stand: the parts are grouped into headings by what they
print, and the grouping is kept only where it names as many columns as the first row
prints values, or a corner and as many ("Lasten" / "Rekening" / "2017" / ...: one word over
the labels), so the rows' width tells the lines' grouping. A heading opens with a capital
and goes on over lines that open in lower case or with an ordinal ("1e suppletoire") or end
a word broken with a hyphen ("Oorspronkelijk" / "vastgestelde" / "begroting 2015"); a
period closes it, on its line ("Realisatie 2015") or alone under its words
("Ontwerpbegroting" / "2018"); periods under a closed heading head a column each ("2020
2021 2022"). Where the rows print fewer values than the capitals open headings, the
fewest capitals go on with the heading above ("Mutatie" / "Nota van" / "wijziging"), the
reading leaving fewest headings of a lone word kept; where they print more, the fewest
ordinals open one; two readings alike head nothing. Where no reading fits, the lines are
parted before each capital: the text layer prints the first lines of headings side by
side ("Omschrijving Saldo" / "1-1-2016" / "Toevoegingen Onttrekkingen Saldo" /
"31-12-2016"). A line of column numbers ("(1) (2) (3)=(2)-(1)") numbers the first columns
in order, wherever the block prints it, right above the rows too; a number alone under a
heading is that heading's. The block may end below the line it is read from, at a heading
of words over a group line ("2024" / "Verschil" / "Lasten"), never at the line right over
the rows, which heads them; a heading of marks ending it ("V/N") names no column. Where
the block reads neither way, it may print a line of every heading a line
(``tables_across_headings``: "Omschrijving Vastgestelde Mutatie ..." / "begroting NvW
..."), whose lines may be longer than a part.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from itertools import combinations, takewhile

from budgetkit.extract.tables_across_headings import across_headings, across_line, heading_words
from budgetkit.extract.tables_groups import is_group, numbers_alone
from budgetkit.extract.tables_row_marks import names_marks
from budgetkit.extract.tables_row_values import split_row
from budgetkit.extract.tables_stacked_headings import joined_heading
from budgetkit.extract.tables_titles import MAX_HEADINGS, nonblank
from budgetkit.extract.tables_tokens import (
    BROKEN_WORD,
    YEAR_IN,
    ends_in_dotted,
    is_column,
    is_column_number,
)

#: Most lines a heading block printed a part per line may take (six columns of three
#: lines each, and a line of column numbers).
MAX_PARTS = 20
#: Most parts a reading takes against their default (``_opens``) to name as many headings
#: as the rows print values.
MAX_FLIPS = 3
#: An ordinal that may open a heading's line ("1e suppletoire", "2de", "3e ISB").
_ORDINAL = re.compile(r"\d{1,2}(?:e|de|ste)\b")
#: Longest line that is a part of a column's heading; longer lines are titles or prose.
MAX_PART = 60


def _part(line: str) -> bool:
    """Whether a line may be a part of a heading block printed a part per line."""
    return heading_words(line, MAX_PART)


def _periods(tokens: list[str]) -> bool:
    """Whether a part prints periods only ("2018", "2020 2021 2022", "1-1-2016")."""
    return all(any(map(str.isdigit, token)) and is_column(token) for token in tokens)


def _opens(text: str) -> bool | None:
    """Whether a part of words opens a heading as it reads: True for a capital (it opens by
    default, yet may go on with the heading above where the rows print fewer values), None
    where it must go on (lower case), False for an ordinal ("1e ISB": it goes on by default,
    yet may open where the rows print more values)."""
    if text[:1].islower():
        return None
    return _ORDINAL.match(text) is None


@dataclass
class _Grouping:
    """Headings a block's parts group into: each heading's parts, whether a period closes
    it, and the column numbers printed apart."""

    headings: list[list[str]] = field(default_factory=list)
    closed: list[bool] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)

    def open(self, text: str, closed: bool) -> None:
        self.headings.append([text])
        self.closed.append(closed)


def _grouped(parts: list[str], flipped: Collection[int] = ()) -> _Grouping | None:
    """The headings of a block's parts, top line first (see the module's docstring), the
    parts in ``flipped`` read against their default (``_opens``); None where a part goes
    on with no heading above it, a part of words would go on with a heading a period
    closed, or a capital with the first heading: a title over the block reads as one more
    part, and the rows' count must not join it to the first column's heading."""
    found = _Grouping()
    for k, text in enumerate(parts):
        tokens = text.split()
        broken = (
            bool(found.headings)
            and BROKEN_WORD.search(found.headings[-1][-1].split()[-1]) is not None
        )
        if all(map(is_column_number, tokens)):
            if (
                len(tokens) == 1
                and found.headings
                and not found.numbers
                and (not found.closed[-1] or _numbers(text, len(found.headings) - _corner(found)))
            ):
                found.headings[-1].append(text)
                found.closed[-1] = True
            else:
                found.numbers += tokens
            continue
        if _periods(tokens):
            if found.headings and not found.closed[-1]:
                if len(tokens) > 1 and all(YEAR_IN.fullmatch(token) for token in tokens):
                    return None  # years of several columns under the words of one
                found.headings[-1].append(text)  # "Ontwerpbegroting" / "2018"
            elif len(tokens) > 1:  # "2020 2021 2022" under a closed heading: a column each
                for token in tokens:
                    found.open(token, True)
            else:
                found.open(text, True)
        else:
            default = None if broken else _opens(text)
            if k in flipped and default is None:
                return None
            opens = not default if k in flipped else default
            if opens:
                found.open(text, False)
            elif not found.headings or (
                default is not None and (found.closed[-1] or (default and len(found.headings) == 1))
            ):
                return None
            else:
                found.headings[-1].append(text)  # "Verschil realisatie" / "en vastgestelde"
        found.closed[-1] = found.closed[-1] or YEAR_IN.search(tokens[-1]) is not None
    return found


def _numbers(text: str, column: int) -> bool:
    """Whether a column number opens with ``column`` ("(1)" under the first heading after a
    corner, "(3)=(2)-(1)" under the third): a number alone under a heading a period closed
    ("begroting 2020" / "(1)") is that heading's where it names that heading's place; else
    it is one of the block's numbers, which number the first columns in order. Read in
    order, such a "(1)" made the next number alone ("(3)=(2)-(1)" under "Verschil") the
    second column's."""
    return text.startswith(f"({column})")


def _lone(grouping: _Grouping, first: int) -> int:
    """How many headings from ``first`` on are one part that no period closes ("Mutatie"):
    a heading of a word alone is rarer than the words that go on under it."""
    return sum(
        len(lines) == 1 and not closed
        for lines, closed in zip(grouping.headings[first:], grouping.closed[first:], strict=True)
    )


def _corner(grouping: _Grouping) -> bool:
    """Whether the first heading can be the labels' heading, over no column: one word no
    period closes ("Lasten", "Omschrijving")."""
    lines = grouping.headings[0]
    return len(lines) == 1 and " " not in lines[0] and not grouping.closed[0]


#: A reading of a block: (corner, headings, column numbers).
Reading = tuple[str, list[str], list[str]]


def _read(parts: list[str], widths: Collection[int], count: int) -> Reading | bool:
    """The reading of the parts as as many headings as the first row may print values
    (``widths``), after a corner or not, with ``count`` parts read against their default
    (``_opens``): of those, the one with fewest headings of a word alone. False where no
    such reading names so many headings, True where two tie."""
    flippable = [
        k for k, text in enumerate(parts) if not _periods(text.split()) and _opens(text) is not None
    ]
    found: list[tuple[int, Reading]] = []
    for flipped in combinations(flippable, count):
        grouping = _grouped(parts, flipped)
        if grouping is None:
            continue
        for first in (0, 1):
            if len(grouping.headings) - first not in widths or (first and not _corner(grouping)):
                continue
            labels = [joined_heading(lines) for lines in grouping.headings]
            corner = labels[0] if first else ""
            found.append((_lone(grouping, first), (corner, labels[first:], grouping.numbers)))
    if not found:
        return False
    found.sort(key=lambda lone_reading: lone_reading[0])
    if len(found) > 1 and found[1][0] == found[0][0]:
        return True
    return found[0][1]


def _split_at_capitals(parts: list[str]) -> list[str]:
    """The parts with each line's words parted before every word opening with a capital
    ("Omschrijving Saldo" / "1-1-2016" / "Toevoegingen Onttrekkingen Saldo"): the text layer
    prints the first lines of headings side by side on one line, one space apart."""
    split: list[str] = []
    for text in parts:
        words: list[str] = []
        for token in text.split():
            if words and token[:1].isupper():
                split.append(" ".join(words))
                words = []
            words.append(token)
        split.append(" ".join(words))
    return split


def _best(
    lines: list[str], ends: list[int], widths: Collection[int]
) -> tuple[Reading, int, int] | None:
    """(reading, first line, last line) of the blocks of parts ending at each of ``ends``
    (the lowest first), read as one of ``widths`` headings: a line a part, with the fewest
    parts read against their default over all the ends (a group line above the rows reads
    as one more part: "Baten" read off the block before a capital is made to go on), else,
    where no reading names so many, with the lines parted before their capitals
    (``_split_at_capitals``). None where none reads so, or two readings tie. A block ending
    in a heading of marks ("Verschil" / "V/N": ``names_marks``) reads without it, yet ends
    under it: it heads the marks blanked from the rows, no column of values, and left under
    the block it read as the group of the rows."""
    blocks: list[tuple[int, int, list[str]]] = []
    for last in ends:
        bottom = last - 1 if names_marks(lines, last) else last
        top = bottom
        while top > 0 and bottom - top < MAX_PARTS and _part(lines[top - 1]):
            top -= 1
        if top < bottom:
            parts = [" ".join(lines[i].split()) for i in range(top, bottom + 1)]
            blocks.append((top, last, parts))
    for split in (False, True):
        readable = [
            (top, last, _split_at_capitals(parts) if split else parts)
            for top, last, parts in blocks
        ]
        for count in range(MAX_FLIPS + 1):
            for top, last, parts in readable:
                reading = _read(parts, widths, count)
                if reading is True:
                    return None
                if reading is not False:
                    return reading, top, last
    return None


def _ends(lines: list[str], index: int, part: Callable[[str], bool]) -> list[int]:
    """The lines a heading block may end at, the lowest first: ``lines[index]``, and above
    the group lines ending there (each a ``part`` too) the line above each."""
    ends: list[int] = []
    last = index
    while last > 0 and index - last <= MAX_HEADINGS and part(lines[last]):
        ends.append(last)
        if not is_group(lines[last]):
            break
        last -= 1
    return ends


def _labelled(row: str, width: int) -> bool | None:
    """Whether a row reads as ``width`` values after a label ending in no figure; None where
    it reads so after a label ending in one ("<label> fase N NNN.NNN ..."), False where it
    does not read as so many values, or the label would end in a figure with dot thousands
    (``ends_in_dotted``: "Bestuur 1.250" is a label and a value)."""
    cells = split_row(row, width)
    if cells is None or len(cells[1]) != width or ends_in_dotted(cells[0]):
        return False
    return None if cells[0][-1:].isdigit() else True


def _widths(row: str, below: str | None) -> list[int]:
    """The counts of values the first row may print: those after a label ending in no
    figure, a figure ending the label being read as one more value. Where its label ends
    in a figure at a count ("fase N", "<noun> NN"), the row under it tells: the count
    stands where that row prints as many after a label ending in no figure, the figure
    then the label's (every row of such a table prints a value in each column)."""
    return [
        width
        for width in range(2, len(row.split()))
        if (labelled := _labelled(row, width))
        or (labelled is None and below is not None and _labelled(below, width))
    ]


def line_headings(
    lines: list[str], index: int
) -> tuple[tuple[str, list[tuple[str, int]]], int, int] | None:
    """((corner, headings), first line, last line) of a heading block printed a part per
    line over rows printed one per line, ending at ``lines[index]`` or above the group
    lines ending there ("Baten", "Lasten": a group line reads as a part, and the block is
    tried without it): the parts grouped into as many headings as the first row prints
    values, its label ending in no figure. Each heading's place is where it would stand
    printed one space after the one before: nothing in the text places it, so the row
    reader keeps it only where every row prints a value in each column
    (``every_column_filled``). None where no block of two lines or more groups so, or
    where a line of column numbers follows: the block goes on to it. A blank line between
    the block and the rows parts neither: a text layer printing the page's blank lines sets
    one under the headings ("2025" / "2026" / "" / "<naam> 62 64"). A group line the block
    read a part per line ends at heads the rows, not a column, where the lines above it
    read as a line of every heading a line: the block printed again over the next group
    ("Baten" under "Lasten" past a page break) then reads the same."""
    rows = [i for i in nonblank(lines, index + 1, MAX_HEADINGS) if not is_group(lines[i])]
    if not rows or any(
        lines[i].strip() and all(map(is_column_number, lines[i].split()))
        for i in range(index + 1, rows[0])
    ):
        return None
    widths = _widths(lines[rows[0]], lines[rows[1]] if len(rows) > 1 else None)
    across = _ends(lines, index, across_line)
    ends = _ends(lines, index, _part)
    if ends and ends[0] == index:
        # the value-less lines between it and the rows but the one right over them, parts
        # too, may end the block, the lowest first: its last heading of words ("2024" /
        # "Verschil" / "Lasten") heads a column, which a block ending at the year reads as
        # one only by joining two figures over a space ("400 380"); the line right over the
        # rows heads them, a group (a line of them read a part per line, as ``_ends`` says),
        # unless it is a heading of marks, which heads no rows ("Verschil" / "V/N")
        over = rows[0] if names_marks(lines, rows[0] - 1) else rows[0] - 1
        below = takewhile(lambda i: _part(lines[i]), range(index + 1, over))
        ends = [*reversed(list(below)), *ends]
    found = _best(lines, ends, widths)
    if found is not None and is_group(lines[found[2]]):
        # the lines above a group line read across the page, or down to a line of column
        # numbers, which closes the headings across the page as it closes them a part a
        # line ("Stand Mutatie 1e ..." / "vastgestelde suppletoire ..." / "(1) (2)
        # (3)=(1)+(2)": each number its heading's)
        closing = [end for end in across if end == found[2] and numbers_alone(lines[end])]
        below = [*closing, *(end for end in across if end < found[2])]
        found = across_headings(lines, below, widths) or found
    found = found or across_headings(lines, across, widths)
    if found is None:
        return None
    (corner, labels, numbers), top, last = found
    if len(numbers) > len(labels):
        return None
    labels = [f"{label} {number}" for label, number in zip(labels, numbers, strict=False)] + (
        labels[len(numbers) :]
    )
    headings: list[tuple[str, int]] = []
    column = 1
    for label in labels:
        headings.append((label, column))
        column += len(label) + 1
    return (corner, headings), top, last


def numbered_above(lines: list[str], index: int, width: int) -> tuple[list[str], int] | None:
    """(headings, first line) of a block printed a part per line right above a line of
    column numbers (``lines[index]``, read as the heading line: "Vastgestelde" /
    "begroting" / "2013" / "Mutaties" / ... / "(1) (2) (3) (4)=(1)+(2)+(3)"), read as the
    ``width`` headings the numbers number. None where it reads so no way or two ways. Lines
    that each print a part of every heading ("Stand Mutatie 1e Stand 1e Mutatie ..." /
    "vastgestelde suppletoire ..." / "begroting 2025 begroting 2025 ...", over a number
    for each column) read across the page: read a part per line, the first line's words
    made the headings and the lines under it went into the last."""
    if index < 2:
        return None
    across = across_headings(lines, [index - 1], [width])
    if across is not None and across[1] < index - 1:
        return across[0][1], across[1]
    if not _part(lines[index - 1]):
        return None
    found = _best(lines, [index - 1], [width])
    if found is None or found[0][2]:
        return None
    return found[0][1], found[1]
