"""Column headings of unequal height printed from the same top line, lowered onto the last.

A suppletoire begroting's text layer prints its column headings from one top line down,
each as long as its words: "Stand" / "ontwerp-" / "begroting" / "(1)" beside "Mutatie" /
"NvW" / "(2)", one line shorter. The bottom heading line ("(1)   (3)   (4)=(1)+(2)+(3)
JJJJ") then heads every column but the short one, whose values stand under a gap in it
and are read into the next column or the label. ``lowered_headings`` moves such a column's
heading words down, line for line, until its last line is the heading line: the heading
is then read as any heading whose words stand stacked over its last line
(``tables_stacked_headings``), its values placed under it by where they end.
"""

from __future__ import annotations

import re

from budgetkit.extract.tables_alignment import SLACK
from budgetkit.extract.tables_heading_line import TOKEN, is_heading
from budgetkit.extract.tables_stacked_headings import MAX_STACKED
from budgetkit.extract.tables_tokens import CAPTION, is_value
from budgetkit.extract.tables_units import read_unit

#: Rows under the heading line looked at for a value standing under the short heading.
_ROWS_LOOKED_AT = 8


def lowered_headings(lines: list[str], index: int) -> list[str] | None:
    """``lines`` with the heading of every short column over the heading line
    ``lines[index]`` lowered onto it, or None where it has none. The heading line prints
    columns' numbers or periods alone, the last such line over the rows. A short column's
    heading ends on the line right above in its own number or period ("(2)"), where no
    word of the heading line ends, over blank room on the heading line right of one of its
    headings, and a row under it prints a value ending right there (figures and headings
    aligned on the right). Its words, from the previous heading's end to that end, go down
    one line each, from that line up to the first line with none there, a caption or a
    unit note ("x € 1.000" printed at the right over the headings, no blank line between):
    the note is the table's, and the stacked headings' reader stops at it as well."""
    if index < 1 or not _numbers_alone(lines[index]):
        return None  # no heading line
    # the next line with text, found without copying the rest of the document: this is
    # asked of every line a table's heading is looked for on
    below = next((lines[j] for j in range(index + 1, len(lines)) if lines[j].strip()), "")
    if _numbers_alone(below):
        return None  # not the last heading line: the columns' numbers under it
    short = _short_ends(lines, index, _value_ends(lines, index))
    if not short:
        return None
    lowered = list(lines)
    for end in short:
        start = _room_start(lowered[index], end)
        top = index - 1
        while (
            top - 1 >= max(0, index - MAX_STACKED)
            and _band(lowered[top - 1], start, end).strip()
            and not CAPTION.match(lowered[top - 1])
            and not read_unit(lowered[top - 1], 0)
            and _whole_words(lowered[top - 1], start, end)
        ):
            top -= 1
        for k in range(index, top, -1):
            lowered[k] = _put(lowered[k], start, _band(lowered[k - 1], start, end))
        lowered[top] = _put(lowered[top], start, " " * (end - start))
    return lowered


def _short_ends(lines: list[str], index: int, value_ends: set[int]) -> list[int]:
    """The 0-based ends of the words of the line above the heading line that end a short
    column's heading (``lowered_headings``): over blank room right of a heading, no heading
    of the line ending within ``SLACK`` of them, a value of a row below ending there."""
    line, above = lines[index], lines[index - 1]
    heading_ends = {m.end() for m in TOKEN.finditer(line)}
    found: list[int] = []
    for match in TOKEN.finditer(above):
        end = match.end()
        start = _room_start(line, end)
        if (
            is_heading(match.group())
            and end in value_ends
            and start > 0
            and not any(abs(end - e) <= SLACK for e in heading_ends)
            and not _band(line, start, end + 1).strip()
            and match.start() >= start
            and _whole_words(above, start, end)
        ):
            found.append(end)
    return found


def _numbers_alone(line: str) -> bool:
    """Whether ``line`` prints columns' numbers or periods alone ("(1)   (3)   2026"),
    right of the labels' room: the last line of column headings aligned on the right.
    (Asked of every line a table's heading is looked for on, most of them prose at the
    margin or a row opening with its label: the margin and the first token decide, before
    the rest of the line is split.)"""
    if not line[:1].isspace():
        return False
    words = TOKEN.finditer(line)
    first = next(words, None)
    return first is not None and all(is_heading(m.group()) for m in (first, *words))


def _value_ends(lines: list[str], index: int) -> set[int]:
    """The 0-based ends of the values the rows right under the heading line print."""
    ends: set[int] = set()
    for line in lines[index + 1 : index + 1 + _ROWS_LOOKED_AT]:
        ends |= {m.end() for m in TOKEN.finditer(line) if m.start() and is_value(m.group())}
    return ends


def _room_start(line: str, end: int) -> int:
    """Where the blank room of ``line`` left of ``end`` starts: one past the end of its
    last word before ``end`` (0 where none)."""
    before = [m.end() for m in re.finditer(r"\S+", line[:end])]
    return before[-1] + 1 if before else 0


def _band(line: str, start: int, end: int) -> str:
    return line[start:end].ljust(end - start)


def _whole_words(line: str, start: int, end: int) -> bool:
    """Whether no word of ``line`` crosses the band's edges (``start``, ``end``)."""
    return not any(
        m.start() < start < m.end() or m.start() < end < m.end() for m in re.finditer(r"\S+", line)
    )


def _put(line: str, start: int, text: str) -> str:
    padded = line.ljust(start + len(text))
    return (padded[:start] + text + padded[start + len(text) :]).rstrip()
