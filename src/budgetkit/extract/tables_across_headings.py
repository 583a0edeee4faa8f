"""Column headings a plain text layer prints across the page, a line of every heading a line.

Without ``-layout`` a PDF's text layer prints a heading block of several lines line by
line: its top line holds each heading's first line one space apart ("Omschrijving
Vastgestelde Mutatie Mutaties 1e Stand 1e Mutatie Mutatie"), the next line each second line
("begroting NvW suppletoire suppletoire 2015 2016"), and so on ("(1) (2) begroting (3)
begroting" / "(4)=(1)+(2)+(3)"), over rows printed one per line. ``tables_line_headings``
reads the other order, each heading's lines in turn; a block read so names no column where
the headings are words of several lines, and the rows under it were lost.

Nothing places a word: the lines are parted by what their words are, and the parting is
kept only where the top line names as many headings as the rows print values (or a corner
over the labels and as many). On a line a word after a column number, or after a period
("2015") that no column number follows, opens the next heading's part; a capital opens one
as it reads, a word in lower case, an ordinal ("1e"), a period or a column number after a
word goes on with it; a reading may take parts against these defaults. The top line opens
every heading, and a heading opens with a capital or a period. Each line below goes on
with the headings still open, left to right: a period closes a heading to words (a column
number may still follow it), a column number ("(3)", "(4)=(1)+(2)+(3)") closes it and
belongs to the column it numbers, and a heading that gets no part on a line ends there (a
heading's lines are printed top down). Of the readings, the one that leaves fewest open
headings without a part, then takes fewest parts against their defaults, is kept: a line
that goes on with the headings several ways of that cost is read on each way, a line below
may tell them apart, and where none does its parts go on with the leftmost headings; two
such readings of the top line that name the columns differently name none.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from itertools import combinations, pairwise, product
from typing import Any

from budgetkit.extract.amounts_years import ONWARDS_ABBREVIATION
from budgetkit.extract.tables_stacked_headings import joined_heading
from budgetkit.extract.tables_tokens import CAPTION, is_column, is_column_number
from budgetkit.extract.tables_units import read_unit
from budgetkit.extract.tables_vocabulary import heading_kind

#: Most lines a heading block printed across the page may take.
MAX_LINES = 6
#: Longest line read as a line of such a block: eight headings of four words on one line.
MAX_LINE = 250
#: Most places on one line where a part may be read against its default: a line offering
#: more is read no way (the readings to weigh would double with each).
MAX_CHOICES = 10
#: Most ways of going on with the headings (a line's parting and where its parts go) weighed
#: for one heading block: each line's choices multiply with every reading of the lines above,
#: so a block of many capitalised words costs minutes before ``MAX_CHOICES`` bites (six lines
#: of nine such words: 7 s; of eleven: 100 s). Past it the block is read no way and its rows
#: are reported unread, as any block no reading fits. The widest real block weighs
#: 2,075 (rounds of reviewed pages).
MAX_WORK = 20_000
#: An ordinal that goes on with the word before it ("Stand 1e", "2de").
_ORDINAL = re.compile(r"\d{1,2}(?:e|de|ste)")
#: The mark that opens a period to the later years ("2026 e.v."): it ends the period's
#: heading, no sentence.
_ONWARDS = re.compile(ONWARDS_ABBREVIATION)
#: A heading's last word that leads a period, the period printed on the line under it
#: ("Uitgaven t/m" / "2023", "Stand per" / "31-12-2024").
_LEADS_PERIOD = re.compile(r"(?:^|\s)(?:t/m|tot(?: en met)?|vanaf|per|ultimo|sinds|in|over)$")
#: The first number a column number names: "(4)=(1)+(2)+(3)" numbers column 4.
_NUMBERED = re.compile(r"\((\d{1,2})\)")

#: A heading's state: open to more words, dated (a period closed it to words; a column
#: number may still follow), closed.
OPEN, DATED, CLOSED = 0, 1, 2


def heading_words(text: str, longest: int) -> bool:
    """Whether a line may be a line of a heading block printed without padding (padding
    would place its words: ``stacked_headings`` reads those), a part per line or a line of
    every heading across the page: words one space apart, at most ``longest`` characters, no
    caption, no unit note, no sentence's end, no figure but a period, a column number or an
    ordinal ("1e suppletoire"). A period opened to the later years ends in a full stop that
    ends no sentence ("2025 2026 e.v.")."""
    text = text.strip()
    if not text or len(text) > longest or "  " in text or "\t" in text:
        return False
    if CAPTION.match(text) or read_unit(text, 0) is not None:
        return False
    if text.endswith((":", ";")) or (text.endswith(".") and not _period(_tokens(text)[-1])):
        return False
    return all(
        not any(map(str.isdigit, token))
        or is_column(token)
        or is_column_number(token)
        or _ORDINAL.fullmatch(token) is not None
        for token in text.split()
    )


def across_line(text: str) -> bool:
    """Whether a line may be a line of a heading block printed across the page."""
    return heading_words(text, MAX_LINE)


def _period(token: str) -> bool:
    """Whether a token is a period, maybe opened to the later years ("2026 e.v.")."""
    period, _space, onward = token.partition(" ")
    if onward and _ONWARDS.fullmatch(onward) is None:
        return False
    return any(map(str.isdigit, period)) and is_column(period) and not is_column_number(period)


def _tokens(text: str) -> list[str]:
    """A line's tokens, a period and the mark opening it to the later years one ("2026
    e.v."): the mark goes on with the period, and a period closes its heading."""
    tokens: list[str] = []
    for token in text.split():
        if tokens and _ONWARDS.fullmatch(token) and _period(tokens[-1]):
            tokens[-1] = f"{tokens[-1]} {token}"
        else:
            tokens.append(token)
    return tokens


def _gaps(tokens: list[str]) -> list[bool | None]:
    """For each gap between two tokens, whether a new part opens there as it reads: None
    where it must (after a column number, or a period no column number follows), True
    where it does by default (before a capital), False where the part goes on by default."""
    gaps: list[bool | None] = []
    for before, token in pairwise(tokens):
        if is_column_number(before) or (_period(before) and not is_column_number(token)):
            gaps.append(None)
        else:
            gaps.append(token[:1].isupper())
    return gaps


def _opens_heading(token: str) -> bool:
    """Whether a token may open a heading on the top line: a capital or a period."""
    return token[:1].isupper() or _period(token)


def _partings(tokens: list[str], top: bool) -> Iterator[tuple[int, list[str]]] | None:
    """(parts read against their default, parts) of every parting of a line's tokens;
    None where the line offers too many choices. On the ``top`` line every part opens a
    heading: none opens on a word that cannot open one (``_opens_heading``)."""
    gaps = _gaps(tokens)
    free = [
        k
        for k, gap in enumerate(gaps)
        if gap is not None and not (top and not _opens_heading(tokens[k + 1]))
    ]
    if len(free) > MAX_CHOICES:
        return None

    def partings() -> Iterator[tuple[int, list[str]]]:
        for flips in product((False, True), repeat=len(free)):
            flipped = {k for k, flip in zip(free, flips, strict=True) if flip}
            parts = [[tokens[0]]]
            for k, gap in enumerate(gaps):
                opens = True if gap is None else (not gap if k in flipped else gap)
                if opens:
                    parts.append([tokens[k + 1]])
                else:
                    parts[-1].append(tokens[k + 1])
            yield len(flipped), [" ".join(part) for part in parts]

    return partings()


class _TooMuchWork(Exception):
    """The readings of a block weighed past ``MAX_WORK``."""


@dataclass
class _Work:
    """What is left to weigh of one heading block's readings (``MAX_WORK``)."""

    left: int

    def spend(self) -> None:
        """Weigh one more way of reading; past the limit stop reading the block."""
        self.left -= 1
        if self.left < 0:
            raise _TooMuchWork


def _state(part: str, before: int) -> int:
    """A heading's state after it takes ``part``."""
    tokens = part.split()
    if any(map(is_column_number, tokens)):
        return CLOSED
    return DATED if before == DATED or _period(_tokens(part)[-1]) else OPEN


def _takes(state: int, part: str) -> bool:
    """Whether a heading in ``state`` takes ``part``: an open one anything, a dated one
    column numbers only."""
    return state == OPEN or (state == DATED and all(map(is_column_number, part.split())))


def _numbered(part: str, count: int) -> int | None:
    """The 0-based column a part's column number numbers, None where it prints none (or
    one beyond the columns)."""
    token = next((t for t in part.split() if is_column_number(t)), None)
    match = _NUMBERED.match(token) if token else None
    number = int(match.group(1)) if match else 0
    return number - 1 if 1 <= number <= count else None


@dataclass
class _Block:
    """The headings read so far: each one's parts and state."""

    parts: list[list[str]]
    states: list[int]

    def went_on(self, parts: list[str], at: tuple[int, ...]) -> _Block:
        """The headings after each of ``parts`` goes on with the heading at ``at``; every
        open heading that got no part ends."""
        grown = [list(lines) for lines in self.parts]
        states = [CLOSED if state == OPEN else state for state in self.states]
        for part, column in zip(parts, at, strict=True):
            grown[column].append(part)
            states[column] = _state(part, self.states[column])
        return _Block(grown, states)


def _placings(block: _Block, parts: list[str]) -> Iterator[tuple[int, tuple[int, ...]]]:
    """(open headings left without a part, columns) of each way a line's parts go on with
    the headings, left to right, each numbered part with the column it numbers."""
    count = len(block.states)
    pinned = [_numbered(part, count) for part in parts]
    for at in combinations(range(count), len(parts)):
        if all(
            _takes(block.states[column], part) and pin in (None, column)
            for part, column, pin in zip(parts, at, pinned, strict=True)
        ):
            left = sum(
                state == OPEN for column, state in enumerate(block.states) if column not in at
            )
            yield left, at


def _valued(parts: list[str]) -> list[str]:
    """The parts of a top line past its first that head values: a text column's heading
    ("Toelichting", "Opmerking", "Bron") heads the rows' words, none of their values, so
    counted with the rest it made the line name one heading more than the rows print
    values, and the reading took the first heading for a corner over the labels."""
    return [part for part in parts if heading_kind(part) != "text"]


def _read(
    texts: list[str], widths: Collection[int], work: _Work
) -> tuple[str, list[str], bool] | None:
    """(corner, headings, whether a period or column number closes each) of the lines read
    as one of ``widths`` headings (see the module's docstring): each way the top line parts
    into as many, with a corner or without, each numbered heading the column its number
    names, at the fewest parts against their default, read on line by line at the least
    cost, the one of least cost in all; None where none reads so, or two of that cost
    differ (the headings are left to other readers)."""
    first = _tokens(texts[0])
    partings = _partings(first, top=True) if _opens_heading(first[0]) else None
    if partings is None:
        return None
    tops: dict[int, list[tuple[int, str, _Block]]] = {0: [], 1: []}
    for flips, parts in partings:
        work.spend()
        for corner in (0, 1):  # a corner over the labels: a part of words first
            heads = [parts[0], *_valued(parts[1:])][corner:]
            if (
                len(heads) in widths
                and not (corner and any(map(str.isdigit, parts[0])))
                and all(_numbered(h, len(heads)) in (None, k) for k, h in enumerate(heads))
            ):
                block = _Block([[p] for p in heads], [_state(p, OPEN) for p in heads])
                tops[corner].append((flips, parts[0] if corner else "", block))
    read: list[tuple[tuple[int, int], tuple[str, _Block]]] = []
    for options in tops.values():
        fewest = min((flips for flips, _corner, _block in options), default=0)
        for flips, corner, block in options:
            if flips == fewest and (below := _read_on(block, texts[1:], work)) is not None:
                (left, more), block = below
                read.append(((left, flips + more), (corner, block)))
    found = _best(read)
    if found is None:
        return None
    corner, block = found[1]
    closed = OPEN not in block.states
    return corner, [joined_heading(lines) for lines in block.parts], closed


def _read_on(block: _Block, texts: list[str], work: _Work) -> tuple[tuple[int, int], _Block] | None:
    """((open headings left without a part, parts against their default), headings) of the
    lines under the top line read on with its headings, each line at its least cost; None
    where a line reads on no way. Where a line reads on several ways of that cost, each is
    read on: a line below may tell them apart ("begroting wijziging 2021" over "2021 2021":
    the two periods go on with the two headings the line above left open). Where none
    does, the parts go on with the headings that ask for one (``_asking``), the fewest of
    those left without, then with the leftmost: the text layer prints a line's words left
    to right from the first heading that wraps, and nothing else places them."""
    blocks = [(0, block)]
    left = flipped = 0
    for text in texts:
        readings = _partings(_tokens(text), top=False)
        if readings is None:
            return None
        parted = list(readings)
        below: list[tuple[tuple[int, int], int, _Block]] = []
        for unasked, kept in blocks:
            asking = _asking(kept)
            for flips, parts in parted:
                work.spend()
                for unplaced, at in _placings(kept, parts):
                    work.spend()
                    missed = unasked + len(asking.difference(at))
                    below.append(((unplaced, flips), missed, kept.went_on(parts, at)))
        if not below:
            return None
        least = min(cost for cost, _missed, _block in below)
        blocks = []
        for cost, missed, grown in sorted(below, key=lambda found: found[1]):
            if cost == least and all(grown != other for _missed, other in blocks):
                blocks.append((missed, grown))
        left, flipped = left + least[0], flipped + least[1]
    return (left, flipped), blocks[0][1]


def _asking(block: _Block) -> set[int]:
    """The open headings that ask for a part on the next line: one ending in a word that
    leads a period ("Uitgaven t/m" / "2023"), and each of two or more that read the same
    ("Raming Raming" / "2025 2026"): a heading block names no column twice. Nothing in the
    text places a line of fewer parts than the headings open; these tell where they go."""
    texts = [" ".join(parts).lower() for parts in block.parts]
    return {
        column
        for column, (text, state) in enumerate(zip(texts, block.states, strict=True))
        if state == OPEN and (_LEADS_PERIOD.search(text) is not None or texts.count(text) > 1)
    }


def _best(readings: list[tuple[Any, Any]]) -> tuple[Any, Any] | None:
    """The reading of the lowest cost; None where there is none, or two of that cost differ."""
    if not readings:
        return None
    least = min(cost for cost, _reading in readings)
    kept = [reading for cost, reading in readings if cost == least]
    if any(reading != kept[0] for reading in kept[1:]):
        return None
    return least, kept[0]


def across_headings(
    lines: list[str], ends: list[int], widths: Collection[int], max_work: int = MAX_WORK
) -> tuple[tuple[str, list[str], list[str]], int, int] | None:
    """((corner, headings, column numbers), first line, last line) of the heading block
    printed across the page that ends at one of ``ends`` (the lowest first, the first that
    reads), read as one of ``widths`` headings: the tallest block that reads so (a line
    above a block that reads, parted into as many headings with every line under it going
    on with them, is the block's top); a line alone only where a period or a column number
    closes each heading it names ("... Mutatie NvW (2) ... Mutatie 2015"): capitals alone
    part a name of words as well ("Gemeente Den Haag" over rows of two values), and
    headings of words on one line are read by ``tables_word_headings``). None where none
    reads so, or where more than ``max_work`` ways of reading were weighed. The column
    numbers are in the headings: none is left to number them."""
    work = _Work(max_work)
    for last in ends:
        found = None
        top = last
        while top >= 0 and last - top < MAX_LINES and across_line(lines[top]):
            texts = [" ".join(lines[i].split()) for i in range(top, last + 1)]
            try:
                read = _read(texts, widths, work)
            except _TooMuchWork:
                return None
            if read is not None and (top < last or read[2]):
                corner, headings, _closed = read
                found = ((corner, headings, []), top, last)
            top -= 1
        if found is not None:
            return found
    return None
