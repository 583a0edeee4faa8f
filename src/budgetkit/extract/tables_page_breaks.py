"""A table whose rows go on past a page break, its header not repeated.

A PDF's text layer prints a table that runs over two pages with the page's foot and the
next page's head between two of its rows: footnotes, the page number, running lines of the
page layout, then the next page's running head. Read as they stand, those lines end the
table. This module says where the rows go on past them, and only where the page number (or
a running line, a form feed, the title going on: "... (vervolg)") shows the page turns
there and the next line is a full row of the table; anything else between the rows still
ends it.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Set
from itertools import compress, count, islice

from budgetkit.extract.tables_alignment import under_values
from budgetkit.extract.tables_groups import is_group
from budgetkit.extract.tables_heading_line import CHUNK
from budgetkit.extract.tables_page_turns import goes_on, turns_page, turns_page_at
from budgetkit.extract.tables_row_values import Style, split_row
from budgetkit.extract.tables_titles import continues, nonblank
from budgetkit.extract.tables_tokens import CAPTION, NOTE, YEAR_IN, is_year
from budgetkit.extract.tables_word_headings import word_heading
from budgetkit.layout import FOOTNOTE_START, PAGE_NUMBER, fold

#: Lines of text a page break may print between two rows of a table: the page's footnotes,
#: its number and the next page's running head.
MAX_BREAK = 12

#: Places a run of a heading printed again past a page break may stand off where it stood
#: (``runs_nudged``).
NUDGE = 2

#: The padding that parts a running head's parts (``_head_parts``).
_PADDING = re.compile(r"\s{2,}")


def _head_parts(line: str) -> tuple[str, ...]:
    """A running head's parts, parted by padding, in order of their text: facing pages
    print one head with its parts swapped ("Beleidsartikelen      Infrastructuurfonds" on
    the left page, "Infrastructuurfonds      Beleidsartikelen" on the right), so a head
    printed above the table is known again past the break in either order."""
    parts = _PADDING.split(line.strip())
    if len(parts) == 1:  # most lines: no padding, one part (nothing to sort)
        return (fold(parts[0]),)
    return tuple(sorted(map(fold, parts)))


class RunningHeads:
    """The running heads (``_head_parts``) the lines above a table print, looked up where
    its rows go on past a page break (``past_page_break``): a head printed above the table
    is known again past the break, and a new page's head sharing a part with one above
    tells the budget turned to another part.

    Read afresh for each break from every line above its table, a long document's breaks
    read it over and over, a time quadratic in its length. Here the lines are read once per
    document, in order and only as far down as a table asks, and each head's parts (and
    each part) are listed with the lines printing them: a line above a table's first row
    prints them when the first such line stands above it.

    ``base``: the heads of the lines ``lines`` print again but for a few (a page of two
    tables side by side, each line of the block cut into its halves:
    ``tables_side_by_side``); only the lines that differ from the base's are read here,
    found by one C-level pass over both.
    """

    def __init__(self, lines: list[str], base: RunningHeads | None = None) -> None:
        self.lines = lines
        self._base = base
        self._changed: frozenset[int] | None = None  # with a base: the lines that differ
        # (the loop in ``_stands_above`` steps over them)
        self._read = 0  # the lines read so far, from the first (no base)
        self._printing: dict[tuple[str, ...], list[int]] = {}  # parts -> lines, ascending
        self._holding: dict[str, list[int]] = {}  # a part -> the lines holding it, ascending
        self._known: dict[str, tuple[str, ...]] = {}  # a line's text -> its parts (blank
        # lines, running heads and repeated headings are read once)

    def halves(self, lines: list[str]) -> RunningHeads:
        """The heads of ``lines``, this document's lines with a few of them changed."""
        return RunningHeads(lines, self)

    def printed(self, parts: tuple[str, ...], end: int) -> bool:
        """Whether a line above line ``end`` prints a head of ``parts`` (``_head_parts``)."""
        return self._above(end, lambda heads: heads._printing.get(parts))

    def shares(self, parts: tuple[str, ...], end: int) -> bool:
        """Whether a line above line ``end`` prints any of ``parts`` among its own."""
        return any(
            self._above(end, lambda heads, part=part: heads._holding.get(part)) for part in parts
        )

    def _above(self, end: int, listed: Callable[[RunningHeads], list[int] | None]) -> bool:
        """Whether a line above ``end`` is among those ``listed`` says (of these heads or,
        for the lines that do not differ from its own, of the base's)."""
        self._read_to(end)
        if _stands_above(listed(self), end):
            return True
        if self._base is None:
            return False
        self._base._read_to(end)
        return _stands_above(listed(self._base), end, self._changed)

    def _read_to(self, end: int) -> None:
        """Lists the heads of the lines above ``end`` not read yet; with a base, of the
        lines that differ from its lines (all of them, the first time)."""
        if self._base is not None:
            if self._changed is None:
                differ = map(operator.ne, self.lines, self._base.lines)
                self._changed = frozenset(compress(count(), differ))
                for index in sorted(self._changed):
                    self._add(index)
            return
        for index in range(self._read, min(end, len(self.lines))):
            self._add(index)
        self._read = max(self._read, end)

    def _add(self, index: int) -> None:
        """Lists the head of line ``index``: its parts, and each part apart."""
        line = self.lines[index]
        parts = self._known.get(line)
        if parts is None:
            parts = self._known[line] = _head_parts(line)
        self._printing.setdefault(parts, []).append(index)
        for part in set(parts):
            self._holding.setdefault(part, []).append(index)


def _stands_above(found: list[int] | None, end: int, skip: Set[int] = frozenset()) -> bool:
    """Whether a line of ``found`` (ascending) stands above line ``end``, the lines of
    ``skip`` left out (a few: the loop stops at the first line kept)."""
    for line in found or ():
        if line >= end:
            return False
        if line not in skip:
            return True
    return False


def heading_again(lines: list[str], index: int, heading: str) -> bool:
    """Whether the table's column heading line (``heading``, as printed) is printed again
    past the page's foot at ``lines[index]`` (a line seen to turn the page,
    ``turns_page``), before any caption: the next page's rows go on under the heading
    printed again, so the line is the page's foot wherever its number stands, no last row
    of the table ("Tweede Kamer, ..., nr. 1      41" set under the last column's figures,
    then the running head and the headings again). A caption first opens another table."""
    return heading_printed_again(lines, index, heading) is not None


def heading_printed_again(lines: list[str], index: int, heading: str) -> int | None:
    """The line the table's column heading line (``heading``, as printed) is printed again
    at within ``MAX_BREAK`` lines of text past ``lines[index]``, before any caption (which
    opens another table) other than one going on (``continues``: the table's caption printed
    again over its heading); None where it is not."""
    own = heading.lstrip("\f").rstrip()
    filled = (j for j in range(index + 1, len(lines)) if lines[j].strip())
    for j in islice(filled, MAX_BREAK):
        text = lines[j].lstrip("\f")
        if text.rstrip() == own or (len(CHUNK.findall(own)) > 1 and runs_nudged(text, own)):
            return j
        if CAPTION.match(text.strip()) and not continues(text.strip()):
            return None
    return None


def runs_nudged(line: str, own: str) -> bool:
    """Whether ``line`` prints the heading line ``own`` run for run, the same runs of words
    in the same order, each within ``NUDGE`` places of where it stood (a form feed opening
    either aside): a PDF's text layer places each run of the next page by its own
    coordinates, rounded, so a heading printed again there may stand a place or two off,
    not all runs alike. (A heading line of several runs printed again so is the table's
    own, ``heading_printed_again``.)"""
    runs = [(m.group(), m.start()) for m in CHUNK.finditer(line.lstrip("\f"))]
    owns = [(m.group(), m.start()) for m in CHUNK.finditer(own.lstrip("\f"))]
    return len(runs) == len(owns) and all(
        text == text_own and abs(start - start_own) <= NUDGE
        for (text, start), (text_own, start_own) in zip(runs, owns, strict=True)
    )


def section_over(lines: list[str], index: int, heading: str) -> int | None:
    """The next line with text under ``lines[index]`` where that line opens the next page
    (a form feed) with words and no value (a section's heading: "4 Niet-beleidsartikelen",
    "Bijlage 4", "Kengetallen") and the line under it is other than the table's column
    heading line (``heading``, as printed); else None. Where that line heads columns,
    another table opens under the new section, of the same width maybe and no caption, and
    its rows are none of the table's (read on, the section's heading was a group of the
    rows past the break, or a row of the headings' years). The table's own heading printed
    there is the break's furniture, the rows going on under it (``break_above_heading``)."""
    if not lines[index].startswith("\f") or not lines[index].strip():
        return None
    after = nonblank(lines, index + 1, 0)
    if not after or lines[after[0]].lstrip("\f").rstrip() == heading.lstrip("\f").rstrip():
        return None
    return after[0]


def break_above_heading(
    lines: list[str], index: int, heading: str, found: list[tuple[int, str, list[tuple[str, int]]]]
) -> int | None:
    """Where the page break starts above ``lines[index]`` where that line is the table's
    column heading line (``heading``, as printed) printed again on the next page, a form
    feed opening it or a line above it past the rows with values read so far (``found``,
    in printed order: their line indices, labels and cells; the next page's running head
    may read as one: "Miljoenennota 2020 169"): the page's foot, the next page's head and
    the heading again are furniture of the break, no rows (read on, the foot and head
    became rows, "168   Miljoenennota 2020" a group heading, and the heading a group over
    the rows past the break, which no total then summed). The break starts past the first
    blank line under the last row before the form feed (the page's notes, its foot); None
    where the line is no such heading, or no page turns between it and the last row.
    (Asked on every line of a block, it reads the rows only where the heading is printed
    again, and from the last back: a long table's rows are not read over per line.)"""
    own = heading.lstrip("\f").rstrip()
    if not own.strip() or lines[index].lstrip("\f").rstrip() != own:
        return None
    rows = (j for j, _label, cells in reversed(found) if cells and j < index)  # the last first
    last = next(rows, None)
    if last is None:
        return None
    # the form feed nearest above it, at or under the last row (one above that row: a row
    # past the page's turn, no such break)
    feed = next((j for j in range(index, last - 1, -1) if lines[j].startswith("\f")), None)
    if feed is None:
        return None
    if last == feed:  # a row on the form feed's line stands neither before nor past it
        last = next(rows, None)
        if last is None:
            return None
    gap = next((j for j in range(last + 1, index) if not lines[j].strip()), index)
    return next(j for j in range(gap, index + 1) if lines[j].strip())


def foot_over(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` is a page's running foot over its number, as a text layer
    printing no padding sets them: words, the page number alone on the next line, and a
    form feed opening the line after it ("Financieel Jaarverslag van het Rijk 2019" / "37"
    / form feed). Printed once, such a foot is known by the page turning under it alone.
    A text layer printing the page's blank lines sets them apart by a blank line
    ("Miljoenennota JJJJ" / "" / "NNN" / "" / form feed): the next lines with text count."""
    after = nonblank(lines, index + 1, 1)
    if len(after) < 2 or not lines[after[1]].startswith("\f"):
        return False
    text = lines[index].lstrip("\f").strip()
    return text[:1].isalpha() and PAGE_NUMBER.fullmatch(lines[after[0]].strip()) is not None


def past_page_break(
    lines: list[str],
    index: int,
    start: int,
    width: int,
    ends: list[int],
    style: Style,
    furniture: Set[int] = frozenset(),
    running: RunningHeads | None = None,
) -> int | None:
    """The line the rows go on at past a page break at line ``index`` of a table a PDF's
    text layer prints over two pages, its header not repeated: the page's footnotes (a
    number or mark, then words one space apart: "1 Zie Kamerstuk 36 600 X, nr. 91."), the
    page number alone on its line ("42", "– 3 –"), a running line of the page layout
    (``furniture``: line numbers; "Voorjaarsnota 2026 (Kamerstuk 36 910, nr. 1)   42") or
    one seen to turn the page (``turns_page``, ``foot_over``), its number alone on the next
    line then, the table's title going on ("... (vervolg)"),
    then the next page's running head (such a line, or one printed as it is above the
    table, whose rows start at ``start``, its parts in either order: ``_head_parts``; or
    the new page's top line, ``_page_head``, or past the page's number alone,
    ``_past_bare_number``), then a row of a value in each of the ``width`` columns, its
    figures ending where the rows' do (``ends``, where they stand aligned), or a group line
    of the table over such a row (``_group_over_row``), where the rows go on.
    None where anything else stands there or no page number does: the table ends (a note
    under it, prose, the next table's caption, a section's heading opening the new page:
    ``opens_section``). ``running``: the running heads of ``lines``,
    read once per document (``RunningHeads``); without it (or of other lines) they are read
    here, from the lines above the table."""
    numbered = noted = paged = headed = False
    # (lines of text counted, not blank lines: a text layer prints the gap down to the
    # page's foot as blank lines)
    filled = (j for j in range(index, len(lines)) if lines[j].strip())
    for j in islice(filled, MAX_BREAK):
        text = lines[j].strip()
        if j + 1 in furniture or goes_on(lines[j]) or turns_page(lines, j) or foot_over(lines, j):
            numbered = True  # a running line, or the title going on: the page turns here
            continue
        if numbered and not paged and PAGE_NUMBER.fullmatch(text) is not None:
            # the page's number alone on its line under its running foot, as a text layer
            # printing no padding sets them ("Financieel Jaarverslag 2019" / "37" / form feed)
            paged = True
            continue
        if not numbered:
            numbered = PAGE_NUMBER.fullmatch(text) is not None
            note = FOOTNOTE_START.match(text) or NOTE.match(text)
            if numbered or (note and "  " not in text):
                noted = noted or bool(note)
                continue
            if noted and "  " not in text:
                continue  # a footnote's words wrapped onto the next line
            return None
        row = split_row(lines[j], width, style)
        if row is not None and len(row[1]) == width:
            placed = not ends or under_values(row[1], ends) == list(range(width))
            return j if placed else None
        if running is None or running.lines is not lines:
            running = RunningHeads(lines)
        parts = _head_parts(text)
        if running.printed(parts, start):
            continue
        if headed:
            return None
        if (
            _opened_above(lines, index, j)
            and not heading_again(lines, index, lines[start - 1])
            and _group_over_row(lines, j, width, ends, style)
        ):  # a group line under the new page's known head: the rows go on at it (under
            # the heading printed again, the next block's reader reads them)
            return j
        grouped = _past_bare_number(lines, j, index) and _group_over_row(
            lines, j + 1, width, ends, style
        )
        if not (grouped or _page_head(lines, j, index, lines[start - 1])):
            return None
        if opens_section(lines, j):
            return None  # a section's heading opens the new page: the rows under it are its
        if running.shares(parts, start):
            return None  # the head above the table changed: another part of the budget
        if grouped:
            return j + 1  # a group line right under the new page's head: the rows go on at it
        headed = True
    return None


def page_turn(lines: list[str], start: int, furniture: Set[int]) -> set[int]:
    """The lines of a page's turn from ``lines[start]`` on, between two tables, where the
    lines with text there down to the next page's first line are that turn alone: the
    page's foot, each line showing the turn (``turns_page_at``: its number alone or at a
    foot's end, a running line of ``furniture``; ``foot_over``), then the next page's first
    line a form feed opens, its running head (numbered, or ``_page_head``: set apart by a
    blank line, no caption, and shown to be a head by more than that: ``_shown_head``). The
    table under it starts under the head, which is no title of it. Empty where another line
    stands there, no form feed turns the page or none of the lines shows the page turning
    (a new page's first line alone may be a new table's title), or where the new page opens
    on a section's heading ("5.3 Toelichting op de balans" over a table of the same dates:
    its own, no side of the balance above)."""
    turn: set[int] = set()  # the foot's lines, each showing the turn
    filled = (j for j in range(start, len(lines)) if lines[j].strip())
    for j in islice(filled, MAX_BREAK):
        numbered = turns_page_at(lines, j, furniture) or foot_over(lines, j)
        if not lines[j].startswith("\f"):
            if not numbered:
                return set()
            turn.add(j)
            continue
        # (no column heading line to look for right under the head: a blank line sets it
        # apart, or it is no running head here)
        if opens_section(lines, j):
            return set()  # even numbered: the rows under a section's heading are its own
        if not (numbered or (turn and _page_head(lines, j, start, "") and _shown_head(lines, j))):
            return set()
        return {*turn, j}
    return set()


def _shown_head(lines: list[str], index: int) -> bool:
    """Whether the new page's first line ``lines[index]`` is shown to be its running head
    by more than the blank line setting it apart, which sets a section's heading apart as
    well ("5.3 Toelichting op de balans", "Toelichting op de balans" opening the page over
    a table of its own): it prints parts set apart by padding, as a head across the page
    does ("Bijlage 5      Vrouwenopvang"; a heading is one run), names the document with
    its year (``names_document``: "Jaarrekening JJJJ Gemeente <naam>"), heads another page
    too (``_heads_another_page``), or names by its number the chapter the text above it
    stands in (``_names_chapter_above``: "Hoofdstuk 5 Jaarrekening" under "5.2 Balans
    ..."). A section opening there is no furniture: the table under it is its own, not a
    part of the one above."""
    text = lines[index].lstrip("\f").strip()
    return (
        "  " in text
        or names_document(text)
        or _heads_another_page(lines, index)
        or _names_chapter_above(lines, index)
    )


#: A heading opening on its section's number, a level a part ("5.2 Balans per 31 december
#: 2024", "4.4 Eigen vermogen").
_SECTION = re.compile(r"(\d{1,2}(?:\.\d{1,2})+)\.?\s+[^\W\d_]")

#: A number standing as a word among a line's words ("Hoofdstuk 5 Jaarrekening").
_NUMBER_WORD = re.compile(r"(?<![\w.,])\d{1,2}(?:\.\d{1,2})*(?![\w,]|\.\d)")


def opens_section(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]``, a new page's first line, is a section's heading opening on
    its number, one run ("5.3 Baten per programma"), numbered as no part of the section
    above it (``_names_chapter_above``): a new section opens there, and a table under it,
    under the same column headings as the one above the page's turn, is its own. A running
    head naming the chapter ("5 Jaarrekening") or the section above goes on with it."""
    text = lines[index].lstrip("\f").strip()
    return (
        _SECTION.match(text) is not None
        and "  " not in text
        and not _names_chapter_above(lines, index)
    )


def _names_chapter_above(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` prints the number of the section the text above it stands
    in (``_section_above``: "5.2"), or of the chapter holding it ("5"): a running head
    naming its chapter ("Hoofdstuk 5 Jaarrekening", "Programma 2 Sociaal domein") goes on
    with the section above, where a section's heading numbered otherwise ("5.3 Toelichting
    op de balans") opens another."""
    numbers = {m.group() for m in _NUMBER_WORD.finditer(lines[index].lstrip("\f"))}
    own = _section_above(lines, index) if numbers else None
    return own is not None and any(
        own == number or own.startswith(number + ".") for number in numbers
    )


def _section_above(lines: list[str], index: int) -> str | None:
    """The number of the section the nearest numbered heading above ``lines[index]`` opens
    ("5.2 Balans per 31 december 2024", one run ending in a word or a year: a row opening
    on its code prints its values after it, padded apart or not: "6.1 Samenkracht 4.812"),
    or a table's caption numbered by its section ("Tabel 2.3 ..."); None where none stands
    above."""
    for above in range(index - 1, -1, -1):
        text = lines[above].lstrip("\f").strip()
        caption = CAPTION.match(text)
        if caption is not None and "." in caption["number"]:
            return caption["number"]
        section = _SECTION.match(text)
        last = text.rsplit(None, 1)[-1] if section is not None else ""
        if section is not None and "  " not in text and not _figure_closes(last):
            return section.group(1)
    return None


def _figure_closes(word: str) -> bool:
    """Whether a line's last word is a figure other than a year: a row's value."""
    return word[:1].isdigit() and not is_year(word)


def _opened_above(lines: list[str], foot: int, index: int) -> bool:
    """Whether a form feed opens a line past the page's foot at ``foot`` and above
    ``lines[index]``, which it does not open itself: the lines read past the foot so far
    were the page's furniture (its foot, the next page's running head known from above the
    table), so ``lines[index]`` is the first line of the new page's body. A group line
    there right over a full row of the table ("Bestemmingsreserves" over its reserves,
    rows of the width above the break) goes on with its rows as the group lines above the
    break do; a line a form feed opens itself is the page's top, a section's heading
    maybe (``section_over``). A caption among the lines read past the foot (a wrapped
    note's line as they are read) opened another table, whose rows these are."""
    return (
        not lines[index].startswith("\f")
        and any(lines[j].startswith("\f") for j in range(foot, index))
        and not any(CAPTION.match(lines[j].lstrip("\f").strip()) for j in range(foot, index))
    )


def _page_head(lines: list[str], index: int, foot: int, heading: str) -> bool:
    """Whether ``lines[index]``, past the page's foot at ``foot`` (the page seen to turn),
    is the next page's running head though the page above the table prints none like it
    (a chapter's name: "Programma 2 Sociaal domein"; where one above shares a part with
    it, the budget turned to another part): the first text of the new page (a
    form feed opens it or the line above, the page's number alone), no caption, a blank
    line setting it apart from what follows, or the table's column heading line
    (``heading``, as printed) printed again right under it, as a text layer printing no
    blank lines sets the next page's top ("178" / form feed "Gemeente Oss
    Programmabegroting 2025" / "Taakveld Lasten Baten Saldo") where the line heads
    another page too (``_heads_another_page``: a new table's title over the same heading,
    "Overzicht incidentele baten en lasten", heads no other page). A group heading at the
    page's top stands right over its rows; a caption opens another table."""
    above = next((j for j in range(index - 1, foot - 1, -1) if lines[j].strip()), None)
    top = lines[index].startswith("\f") or (
        above is not None
        and lines[above].startswith("\f")
        and PAGE_NUMBER.fullmatch(lines[above].strip()) is not None
    )
    below = lines[index + 1].lstrip("\f").rstrip() if index + 1 < len(lines) else ""
    set_apart = not below.strip() or (
        below == heading.lstrip("\f").rstrip() and _heads_another_page(lines, index)
    )
    return top and set_apart and CAPTION.match(lines[index].lstrip("\f").strip()) is None


def _past_bare_number(lines: list[str], index: int, foot: int) -> bool:
    """Whether ``lines[index]`` is a new page's first line right past the page's number
    printed alone beside the form feed (a number / form feed / a document's name), and a
    running head: a bare number beside a form feed is the page's foot, and the line past
    it the next page's running head where the table's rows go on under it
    (``_group_over_row``), as a plain text layer sets it, no blank line after it. Being no
    caption does not make it one: a new table's title ("Overzicht ..."), a sentence or a
    last row's lone figure over the form feed open the page as well; a running head names
    the document with its year (``names_document``) or heads another page too
    (``_heads_another_page``)."""
    above = next((j for j in range(index - 1, foot - 1, -1) if lines[j].strip()), None)
    text = lines[index].lstrip("\f").strip()
    return (
        above is not None
        and PAGE_NUMBER.fullmatch(lines[above].strip()) is not None
        and (lines[index].startswith("\f") or lines[above].startswith("\f"))
        and CAPTION.match(text) is None
        and (names_document(text) or _heads_another_page(lines, index))
    )


#: Most words a running head naming its document prints ("Jaarstukken JJJJ Gemeente
#: <naam>", "Tweede Kamer, vergaderjaar JJJJ–JJJJ, <nummer>, nr. N").
_NAME_WORDS = 10


def names_document(text: str) -> bool:
    """Whether a line has the form of a running head naming its document: a few words, the
    first capitalised, a year among them, no sentence's end ("Jaarstukken JJJJ Gemeente
    <naam>", "Programmabegroting JJJJ"). A table's title names no year as a rule
    ("Overzicht <onderwerp>"), a sentence ends in its stop."""
    return (
        text[:1].isupper()
        and len(text.split()) <= _NAME_WORDS
        and text[-1:] not in ".:;"
        and YEAR_IN.search(text) is not None
    )


def _group_over_row(
    lines: list[str], index: int, width: int, ends: list[int], style: Style
) -> bool:
    """Whether ``lines[index]`` is a group line of the table (words, no values: "Baten")
    right over a full row of its ``width`` columns, its figures ending where the rows' do
    (``ends``): past a page's head the table's rows go on under a group of their own, as
    above the break ("Lasten"); a line of words heading the columns over the row
    (``word_heading``: "Taakveld Lasten Baten Saldo") is the heading of a new table whose
    title stands above it, no group."""
    if index + 1 >= len(lines) or not is_group(lines[index], inside=True):
        return False
    if word_heading(lines, index) is not None:
        return False
    row = split_row(lines[index + 1], width, style)
    if row is None or len(row[1]) != width:
        return False
    return not ends or under_values(row[1], ends) == list(range(width))


def _heads_another_page(lines: list[str], index: int) -> bool:
    """Whether the new page's first line ``lines[index]`` repeats as a running head does:
    another page's first line (the document's, or one a form feed opens, past the page's
    number alone) prints it, or the one printing the other's words within its own
    ("Programmabegroting 2025" / "Gemeente Oss Programmabegroting 2025"). Right over the
    table's heading printed again, a line heading no other page is the title of a new
    table under the same heading, which ends the one above."""
    own = " " + fold(lines[index].lstrip("\f").strip()) + " "
    tops = (j for j, line in enumerate(lines) if j != index and (j == 0 or line.startswith("\f")))
    for j in tops:
        top = next(iter(nonblank(lines, j, 0)), None)
        if top is not None and PAGE_NUMBER.fullmatch(lines[top].lstrip("\f").strip()):
            top = next(iter(nonblank(lines, top + 1, 0)), None)
        if top is None or top == index:
            continue
        other = " " + fold(lines[top].lstrip("\f").strip()) + " "
        if other.strip() and (other in own or own in other):
            return True
    return False
