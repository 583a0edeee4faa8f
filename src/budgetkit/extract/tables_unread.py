"""Lines that look like a table's rows where no table was read: said, not silently lost.

The table readers recognise a table by its shape (a header of years or column labels, then
rows). A table whose shape they do not know, say column headings of several words on one
line ("Realisatie 2021 Vastgestelde begroting 2022 Verschil") or negatives printed in
brackets ("(5.350)"), yields no table and its figures would vanish without a trace. Two or
more lines in a row that each end in two or more figures after a label are such a table's
rows; where no read table covers them, the steward is told where they are. So are four or
more lines in a row that each print one figure alone: a table printed one cell per line (a
web page's text, a PDF's plain text printing a column a block) that no reader took.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import compress, pairwise, repeat
from typing import TYPE_CHECKING

from budgetkit.extract.tables_cell_items import CELL_START, MAX_CELL, CellKinds
from budgetkit.extract.tables_model import RawTable
from budgetkit.extract.tables_row_values import MAX_LABEL
from budgetkit.extract.tables_tokens import (
    DASHES,
    FOOTNOTE_MARK,
    SUPERSCRIPTS,
    is_year,
    parse_value,
)
from budgetkit.extract.tables_units import SCALE_WORDS
from budgetkit.textmodel import TextModel

if TYPE_CHECKING:
    from budgetkit.layout import PageLayout

#: A printed figure as a table prints it: signs, euro sign and brackets around digits, or
#: the accountant's minus glued after them ("N.NNN-"), not after a year alone ("JJJJ-", an
#: open period: from that year on); or a dash alone (a nil cell, or a minus printed apart
#: from its number: "– N", "N.NNN -").
_FIGURE = re.compile(
    rf"[(€\-–‒−]{{0,3}}\d[\d.,]*(?:\)|(?<!(?<![\d.,])(?:19|20)\d\d)[\-–‒−])?%?{FOOTNOTE_MARK}?"
    r"|€?[\-–‒−]"
)
#: A euro sign one space before its figure or its nil dash ("€ 840.000", "-€ 95.000", "€ -",
#: a spreadsheet's accounting format): read with it as one figure.
_EURO_APART = re.compile(r"€[ \xa0](?=[\d\-–‒−])")
#: Last characters of a line that can end in a figure (a first test, C-level, for every line).
_FIGURE_END = frozenset("0123456789)%*" + SUPERSCRIPTS)
#: A figure with its euro sign and scale word ("€ 12,5 mln", "-€ 4 mld"), or a word printed
#: instead of a figure ("PM", "p.m."): one figure of a row.
_WORDED = re.compile(
    rf"(?<!\S)(?:[\-–‒−]?€[ \xa0]?(?:[\-–‒−][ \xa0]?)?\d[\d.,]*[ \xa0]?"
    rf"(?:{'|'.join(SCALE_WORDS)})|(?i:p\.m\.?|pm|nnb|n\.v\.t\.?))(?!\S)"
)
#: What a line ending in such a figure ends with.
_WORDED_ENDS = (*SCALE_WORDS, "pm", "PM", "p.m.", "nnb", "n.v.t.")
#: A nil in the accounting format ending a line: the euro sign, then a dash.
_EURO_NIL_ENDS = tuple(f"€{space}{dash}" for space in ("", " ", "\xa0") for dash in DASHES)
#: A figure with the accountant's minus glued after it ending a line ("... N.NNN.NNN-"):
#: a digit, then a dash.
_MINUS_AFTER_ENDS = tuple(f"{digit}{dash}" for digit in "0123456789" for dash in DASHES)
#: A whole number printed without separators and a dash ending a line ("... NN NNN-" /
#: "<Code>, nr. N", a Kamerstuk's number; "NN-" / "<woord>"): a number broken over the line
#: at its hyphen as well as an accountant's negative, which a row ends in as an amount with
#: its separators ("N.NNN.NNN-", "N,N-").
_BROKEN_AT_END = re.compile(r"(?<![\d.,])\d+[\-–‒−]")
#: What a line ending in a figure, in such a word or in such a nil ends with, by the line's
#: last character: a line is tested only against the ends its last character allows (none
#: for most lines of prose), by one C-level look-up and ``str.endswith`` each.
_ENDS_BY_LAST = {
    last: tuple(
        end
        for end in (*_FIGURE_END, *_WORDED_ENDS, *_EURO_NIL_ENDS, *_MINUS_AFTER_ENDS)
        if end[-1] == last
    )
    for last in _FIGURE_END
    | {word[-1] for word in (*_WORDED_ENDS, *_EURO_NIL_ENDS, *_MINUS_AFTER_ENDS)}
}
#: Fewest figures ending a line that make it a row, and fewest such lines in a row.
MIN_FIGURES = 2
MIN_ROWS = 2


def row_like(text: str) -> bool:
    """Whether a folded line is a label (with a letter) followed by ``MIN_FIGURES`` figures,
    read token by token from its end (most candidates fail at the second token); or a year
    followed by as many figures that are not all years (a time series' row, "JJJJ -N,N
    N,N", not a heading "JJJJ JJJJ JJJJ"). Not where it ends in a whole number and a dash
    (``_BROKEN_AT_END``): a line of prose breaking a number at its hyphen."""
    if text[-1:] in DASHES and _BROKEN_AT_END.fullmatch(text, text.rfind(" ") + 1):
        return False
    end, figures = len(text), 0
    while end > 0:
        space = text.rfind(" ", 0, end)
        if not _FIGURE.fullmatch(text, space + 1, end):
            break
        figures, end = figures + 1, max(space, 0)
    label = text[:end]
    if not label:
        tokens = text.split()
        return figures > MIN_FIGURES and is_year(tokens[0]) and not all(map(is_year, tokens[1:]))
    return figures >= MIN_FIGURES and len(label) <= MAX_LABEL and any(map(str.isalpha, label))


def _figures_joined(text: str) -> str:
    """A line with each figure that prints its euro sign and scale word, or a word instead
    of a figure, as one token ("0"), and each euro sign one space before its figure or
    nil dash joined to it ("€ 840.000", "€ -"): its figures each one token for ``row_like``."""
    if text[-1:].isalpha() or "€" in text:
        text = _WORDED.sub("0", text)
    return _EURO_APART.sub("€", text) if "€" in text else text


def _outside(tables: list[RawTable]) -> Callable[[int], bool]:
    """Whether a line lies outside every table of ``tables`` (read, in printed order, none
    overlapping another), by bisection."""
    starts = [table.line_start for table in tables]

    def outside(line: int) -> bool:
        at = bisect_right(starts, line) - 1
        return at < 0 or line > tables[at].line_end

    return outside


def _runs(layout: PageLayout, candidates: list[int], least: int) -> list[tuple[int, int]]:
    """(first line, number of lines) of each run of ``least`` or more ``candidates`` (line
    numbers, ascending) that follow one another as content lines: blank lines and running
    headers between them do not part them, any other line does."""
    runs: list[tuple[int, int]] = []
    start = previous = 0
    count = 0
    for line in candidates:
        if count and layout.previous(line) == previous:
            count += 1
        else:
            if count >= least:
                runs.append((start, count))
            start, count = line, 1
        previous = line
    if count >= least:
        runs.append((start, count))
    return runs


def unread_rows(model: TextModel, tables: list[RawTable]) -> list[tuple[int, int]]:
    """(first line, number of lines) of each run of row-like lines outside the read tables.

    ``tables``: the tables read, in printed order. Blank lines and running headers inside a
    run do not end it; a line of text that is no row does, and so does a table.
    """
    outside = _outside(tables)
    layout = model.layout  # its lines of text (blank lines and running headers left out)
    # figures printing their euro sign and scale word ("€ 12,5 mln"), or a word instead of
    # a figure ("PM"), end a line in a word: a first test, C-level, of the last character,
    # then of the word for the lines that pass it (most lines of prose end in no such word)
    allowed = list(map(_ENDS_BY_LAST.get, layout.content_lasts, repeat(())))
    texts = list(compress(layout.content_texts, allowed))
    ends = list(map(str.endswith, texts, compress(allowed, allowed)))
    texts = list(compress(texts, ends))
    # a label and two figures hold two spaces at least (most lines ending in a digit are one
    # figure: a table printed one cell per line, ``unread_cells``)
    spaced = map(operator.le, repeat(MIN_FIGURES), map(str.count, texts, repeat(" ")))
    candidates = [
        line
        for line, text in compress(
            zip(compress(compress(layout.content, allowed), ends), texts, strict=True), spaced
        )
        if outside(line) and row_like(_figures_joined(text))
    ]
    return _runs(layout, candidates, MIN_ROWS)


#: Fewest lines printing one cell each, one after the other, that are a table's cells: a
#: column's figures, or a row's, of a table printed one cell per line.
MIN_CELLS = 4
#: The kinds of a line alone that a table prints as a cell (``cell_kind``): a value (or a
#: word printed instead of one, "n.v.t."), a nil dash. A year alone heads a column (a
#: heading block of years one a line over the rows of a table read), no cell of it.
_CELL_KINDS = frozenset("VD")


def unread_cells(
    model: TextModel, tables: list[RawTable], kinds: CellKinds | None = None
) -> list[tuple[int, int]]:
    """(first line, number of lines) of each run of ``MIN_CELLS`` or more lines outside the
    read tables that each print one cell alone (a figure, "-", "n.v.t."), no text between
    them: a table printed one cell per line (a web page's, a PDF's plain text, whose
    columns may come out one block each) that no reader took. Rows of one figure each print
    none, nor does prose, whose figures stand among words.

    ``tables``: the tables read, in printed order; ``kinds``: the document's lines read as
    cells, as the cell readers read them (a new one where none is given). Blank lines and
    running headers inside a run do not end it; a line of text does, and so does a table.
    """
    kinds = CellKinds() if kinds is None else kinds
    outside = _outside(tables)
    layout = model.layout
    # a first test, C-level, of the first character: most lines start with a letter
    starts = map(CELL_START.__contains__, map(operator.itemgetter(0), layout.content_texts))
    candidates = [
        line
        for line, text in compress(zip(layout.content, layout.content_texts, strict=True), starts)
        if len(text) <= MAX_CELL and kinds[text] in _CELL_KINDS and outside(line)
    ]
    return [run for run in _runs(layout, candidates, MIN_CELLS) if not _axis(model, *run)]


def _axis(model: TextModel, first: int, count: int) -> bool:
    """Whether the run of ``count`` lines from ``first`` steps evenly ("1.000" / "900" /
    ... / "0"): a chart's axis, its ticks printed one a line by the text layer, no table's
    cells (a column of figures never steps so far so evenly)."""
    lines = [first]
    while len(lines) < count:
        lines.append(model.layout.next(lines[-1]) or 0)
    values = [parse_value(model.lines[line - 1]) for line in lines]
    steps = {b - a for a, b in pairwise(values) if a is not None and b is not None}
    return None not in values and len(steps) == 1 and 0 not in steps
