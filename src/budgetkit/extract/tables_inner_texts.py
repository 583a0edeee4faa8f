"""A column of text printed between a row's label and its values, one row per line.

A municipal overview (incidentele baten en lasten, reserves, investeringen) may print, beside
each row's label, the programme or taakveld it falls under, or a status, before the figures:

    Omschrijving            Programma                  Begroting    Rekening    Verschil
    Verkiezingen            1. Bestuur en organisatie         18          21         (3)

The text is neither part of the label (the row is named by its own cell) nor a value column
(it holds no figure), yet read as printed it is both: the row's label ran on into it and the
heading line named one column too many, so no table was read. This module finds such a
column by its shape alone, whatever its heading says: rows whose first run of text (the
label) is followed, after a column's padding, by a run of words (maybe opening with a code,
"1." or "0.1") and then by figures only, two such texts at least starting at the same
column, under a heading of words printed there between the label's heading and the values'.
The table reader then reads the lines with that column blanked.
"""

from __future__ import annotations

import re
from itertools import pairwise

from budgetkit.extract.tables_heading_line import CHUNK, HEADING_RUN
from budgetkit.extract.tables_scale import PERCENT_LABEL, counted, note
from budgetkit.extract.tables_tokens import BRACKETED, DASHES, is_code, is_value
from budgetkit.extract.tables_units import COUNTED, EURO_MARK
from budgetkit.textmodel import TextModel

#: Characters a text cell, or its heading, may start off the column's first text.
SLACK = 2
#: Most lines between two rows of one column of text (totals, group headings, blank lines).
MAX_GAP = 8
#: Most lines climbed over above a column's first row to its heading (a heading's second
#: line, a group's heading, blank lines).
MAX_CLIMB = 6
#: A letter: a text cell holds one, a figure none.
_LETTER = re.compile(r"[^\W\d_]")

#: An item's number after the word it numbers ("Artikel 3", "Art. 12", "Programma 2",
#: "Hoofdstuk 4a", "Taakveld 0.1"): the row's name follows it.
_NUMBERED = re.compile(r"[^\W\d_]+\.?[ \xa0]\d+(?:\.\d+)*[a-z]?")
#: (0-based line index, [(start, end) of each span of the line to blank])
Blanks = dict[int, list[tuple[int, int]]]


def is_figure(text: str) -> bool:
    """A row's cell of a figure: a number, a text saying it holds none, a dash (nil), or a
    small figure in brackets (a negative, or a column's number: either way no text)."""
    return is_value(text) or text in DASHES or BRACKETED.fullmatch(text) is not None


def _text_cell(line: str) -> tuple[int, int, int] | None:
    """(start, end, where the figures start) of the text between a row's label and its
    figures: the line's runs parted by a column's padding are a label holding a letter, then
    runs of text the last of which holds a letter, then figures, one at least; None for any
    other line (a row of a label and figures, prose, a heading)."""
    runs = list(CHUNK.finditer(line))
    count = len(runs)
    while count > 1 and is_figure(runs[count - 1].group()):
        count -= 1
    if count < 2 or count == len(runs) or not _LETTER.search(runs[0].group()):
        return None
    if is_code(runs[0].group()) or _NUMBERED.fullmatch(runs[0].group()):
        # an item's code or number in a cell of its own ("IIB", "XIII", "Artikel 3",
        # "Programma 2"): the label, the item's name, follows
        return None
    if not _LETTER.search(runs[count - 1].group()):
        return None  # a code alone ("0.1"): no text, and nothing tells it from a value
    return runs[1].start(), runs[count - 1].end(), runs[count].start()


def _heading(lines: list[str], first: int, start: int) -> int | None:
    """The line heading a column of text that starts at ``start`` on the row ``first``:
    the nearest line above with a run starting there (within ``SLACK``), of words without a
    figure, with a run after it (the values' headings; the label's may stand before it);
    lines without a run there (a group's heading, a heading's second line over the values,
    blank lines) are climbed over. None where the run there is anything else."""
    for index in range(first - 1, max(first - 1 - MAX_CLIMB, -1), -1):
        runs = list(CHUNK.finditer(lines[index]))
        at = [k for k, run in enumerate(runs) if abs(run.start() - start) <= SLACK]
        if not at:
            if any(run.start() < start - SLACK < run.end() for run in runs):
                return None  # text running over the column: prose, not a heading
            continue
        return index if _heads_text(runs, at[0]) else None
    return None


def _heads_text(runs: list[re.Match[str]], k: int) -> bool:
    """Whether the run ``k`` of a line's ``runs`` may head a column of text: words without
    a figure, with a run after it (the values' headings)."""
    words = runs[k].group()
    return (
        k < len(runs) - 1
        and HEADING_RUN.fullmatch(words) is not None
        and not any(c.isdigit() for c in words)
    )


def _labels_at(lines: list[str], heading: int, last: int, start: int) -> bool:
    """Whether a row between the ``heading`` line and the ``last`` row starts its text at
    ``start`` (within ``SLACK``) and prints figures after it: the column holds the rows'
    labels, and the runs before it on the other rows name their groups ("Taak   Kostensoort"
    over "Zuiveringsbeheer   Personeel   9.870" and "   Kapitaallasten   14.520"), no text
    beside a label."""
    for index in range(heading + 1, last + 1):
        runs = list(CHUNK.finditer(lines[index]))
        if (
            len(runs) > 1
            and abs(runs[0].start() - start) <= SLACK
            and _LETTER.search(runs[0].group())
            and is_figure(runs[-1].group())
        ):
            return True
    return False


def _repeats(lines: list[str], rows: list[int]) -> bool:
    """Whether two rows of a column, one after the other, print the same first run: a
    group's name printed beside each of its items ("Mobiliteit   Beheer" / "Mobiliteit
    Investeringen"), the items' labels in the column after it, no text beside a label."""
    firsts = [match.group() if (match := CHUNK.search(lines[i])) else "" for i in rows]
    return any(a == b for a, b in pairwise(firsts))


def inner_text_columns(model: TextModel, lines: list[str]) -> tuple[Blanks, list[int]]:
    """({0-based line index: the spans to blank}, the heading lines) for each column of
    text a table prints between its rows' labels and their values (see the module's
    docstring): the rows' texts and the heading over them, and a text's or heading's part
    wrapped onto a line of its own in that column between them. Looked for on the lines
    holding two spaces whose first run is followed, after its padding, by a letter or a
    code and words: a row of a label and figures is passed by with a ``str.find`` and a
    character test."""
    rows: list[tuple[int, int, int, int]] = []  # (index, start, end, figures)
    for index in model.layout.spaced:
        line = lines[index]
        lead = len(line) - len(line.lstrip())
        pad = line.find("  ", lead)
        rest = line[pad:].lstrip() if pad > lead else ""
        if not rest or not (rest[0].isalpha() or rest[0].isdigit()):
            continue
        if rest[0].isdigit() and not _LETTER.search(rest.split("  ", 1)[0]):
            continue  # a figure after the label: a row of values
        cell = _text_cell(line)
        if cell is not None:
            rows.append((index, *cell))
    found: Blanks = {}
    headings: list[int] = []
    for column in _columns(rows):
        first, start = column[0][0], column[0][1]
        heading = _heading(lines, first, start)
        if heading is None and len(column) > 2:
            # a heading whose values' headings are years reads as a row ("Reserve
            # Taakveld   2025   2026"): the column's first "row" heads the others
            runs = list(CHUNK.finditer(lines[first]))
            at = [k for k, run in enumerate(runs) if run.start() == start]
            if at and _heads_text(runs, at[0]):
                heading = first
        if heading is None or _labels_at(lines, heading, column[-1][0], start):
            continue
        if _repeats(lines, [row[0] for row in column if row[0] != heading]):
            continue
        if any(says_unit(lines[index][begin:end]) for index, begin, end, _ in column):
            continue
        headings.append(heading)
        figures = min(row[3] for row in column)
        for index, begin, end, _figures in column:
            found.setdefault(index, []).append((begin, end))
        for index in range(heading, column[-1][0] + 1):
            if index in found:
                continue
            for run in CHUNK.finditer(lines[index]):
                # the heading, or a text's part wrapped onto a line of its own
                if abs(run.start() - start) <= SLACK and run.end() < figures:
                    found.setdefault(index, []).append((run.start(), run.end()))
    return found, sorted(headings)


def says_unit(text: str) -> bool:
    """Whether a row's text between its label and figures says the unit of its figures
    ("mln euro", "aantal x 1.000", "procent", "euro per cliënt", "fte", "km"), as a column
    headed "Eenheid" prints it: the row's label then carries it (its unit is read from it),
    and blanked, a row of percentages or counts took the table's euros."""
    return (
        note(text, 0) is not None
        or counted(text, 0) is not None
        or PERCENT_LABEL.search(text) is not None
        or EURO_MARK.search(text) is not None
        or COUNTED.search(text) is not None
    )


def _columns(rows: list[tuple[int, int, int, int]]) -> list[list[tuple[int, int, int, int]]]:
    """The rows grouped into columns: each row's text starting where the column's first
    does (within ``SLACK``), at most ``MAX_GAP`` lines after the one before; two rows at
    least."""
    columns: list[list[tuple[int, int, int, int]]] = []
    for row in rows:
        for column in columns:
            if abs(column[0][1] - row[1]) <= SLACK and row[0] - column[-1][0] <= MAX_GAP:
                column.append(row)
                break
        else:
            columns.append([row])
    return [column for column in columns if len(column) >= 2]


def without_spans(line: str, spans: list[tuple[int, int]]) -> str:
    """The line with each span blanked, each character a space: the other cells keep their
    columns, so each still points to where it is printed."""
    for begin, end in spans:
        line = line[:begin] + " " * (end - begin) + line[end:]
    return line
