"""A column of marks a plain text layer prints after a row's values, under a heading naming them.

A municipal budget ends each row's difference with a mark saying which way it goes, under
a heading that names the marks parted by a slash ("Verschil" / "V/N" over "2.2 Parkeren
4.312 4.412 4.305 107 V": voordelig or nadelig; "I/S" over "I" and "S", incidenteel or
structureel). Printed with padding, the column stands apart and ``tables_layout``'s
``mark_columns`` finds it where it stands; a text layer printing no padding sets the mark
one space after the last figure, and nothing places it. Read with the row, the row ended
in no figure and the table was lost.

The heading tells the column instead: a row's last word after a figure is a mark only
where it is what the heading above names, one of its parts or a part's initial ("N" under
"voordelig/nadelig"), in two rows at least. The rows run down from the heading over group
lines, rows ending in a figure (a difference of nil prints no mark) and a page's turn, to
the first line that is none of these. A row ending in a letter under no heading naming
it ("Blok 1.250 1.300 A") is left as printed: the letter may be its label's.

A kadernota prints the column of marks between the labels and the values instead, headed
in the labels' corner ("Omschrijving S/I 2026 2027" over "1. Meicirculaire 2025 S 2.915
3.310"): the row reader takes the values from the line's end and leaves the mark at the
label's (``marks_off_labels``).
"""

from __future__ import annotations

import re

from budgetkit.extract.tables_code_columns import set_one_space_apart
from budgetkit.extract.tables_groups import is_group
from budgetkit.extract.tables_model import Row
from budgetkit.extract.tables_tokens import is_value
from budgetkit.extract.tables_vocabulary import MARK_INITIALS, MARK_PAIRS
from budgetkit.layout import lines_holding
from budgetkit.textmodel import TextModel

#: A heading of marks ending its line: two words parted by a slash, each maybe quoted or
#: shortened ("V/N", "V / N", '"V"/"N"', "(I/S)", "voordelig/nadelig", "vdl./ndl.").
_HEADING = re.compile(
    r"(?m)(?<![^\s(])\(?[\"'\u201c\u201d]?([^\W\d_]+)\.?[\"'\u201c\u201d]?[ \xa0]?/"
    r"[ \xa0]?[\"'\u201c\u201d]?([^\W\d_]+)\.?[\"'\u201c\u201d]?\)?[ \t\xa0\r]*$"
)
#: A mark ending a row, one word of letters after its last figure ("107 V", "-493 N").
_MARK = re.compile(r"(?<=[\d%)])[ \t\xa0]+([^\W\d_]+)[ \t\xa0\r]*$")
#: Fewest rows printing a mark that tell the column.
MIN_MARKS = 2


def plain_mark_columns(model: TextModel, lines: list[str]) -> tuple[dict[int, int], list[int]]:
    """({0-based line index: where its text to blank starts}, the lines to try as heading
    lines, ascending) for each column of marks a table prints after its values one space
    apart, under a heading naming them (see the module's docstring). The heading ending a
    line of headings ("... Verschil V/N") is blanked with the marks, and the line is tried.
    One alone on its line ("Verschil" / "V/N", a heading block printed a part per line) is
    left as printed and the line above it is tried: blanked, it parted the block from its
    rows; read as a part of the block, it headed a column, or went on with "Verschil" (the
    block ends under it, read without it: ``names_marks``)."""
    found: dict[int, int] = {}
    headings: list[int] = []
    # Only a line holding a slash can hold such a heading: found by a scan in C, each then
    # searched alone. The heading's pattern run over the whole text tries every word of it
    # (~30% of the table reader's time on prose-heavy sources).
    for index in lines_holding(model, "/"):
        if index in found or _HEADING.search(model.lines[index]) is None:
            continue
        heading = _HEADING.search(lines[index])
        if heading is None:
            continue
        parts = [part.lower() for part in heading.groups()]
        marked = _marked_rows(lines, index + 1, parts)
        if len(marked) < MIN_MARKS:
            continue
        found.update(marked)
        if lines[index][: heading.start()].strip():
            found[index] = heading.start()
            headings.append(index)
        elif index:
            headings.append(index - 1)
    return found, headings


#: The words a heading of marks parts by its slash: which way a difference goes, voordelig
#: or nadelig ("V/N", "vdl./ndl."), and whether it recurs, incidenteel or structureel ("I/S"):
#: the marks (``MARK_PAIRS``), their initials and "vdl"/"ndl".
_MARK_WORDS = frozenset(
    {"vdl", "ndl"}
    | {word for pair in MARK_PAIRS for word in pair}
    | {initial.lower() for pair in MARK_INITIALS for initial in pair}
)


def _of_marks(parts: list[str]) -> bool:
    """Whether a heading's ``parts`` (lowercased) are words of marks (``_MARK_WORDS``) or
    letters alone (initials, as marks print them)."""
    return _MARK_WORDS.issuperset(parts) or all(len(part) == 1 for part in parts)


def names_marks(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` is a heading of marks alone ("V/N", "I/S",
    "voordelig/nadelig"): the last part of a heading block printed a part per line, over
    the column of marks this module blanks from the rows, and naming no column of values
    (``line_headings``). Its parts are words of marks (``_MARK_WORDS``) or letters alone
    (initials, as marks print them), or the rows under it print the marks they name
    (``_marked_rows``, where not blanked yet): any two words parted by a slash
    ("<word>/<word>") may be a group line's, heading rows that print no mark."""
    line = lines[index]
    heading = _HEADING.search(line)
    if heading is None or line[: heading.start()].strip():
        return False
    parts = [part.lower() for part in heading.groups()]
    return _of_marks(parts) or len(_marked_rows(lines, index + 1, parts)) >= MIN_MARKS


def marks_off_labels(corner: str, rows: list[Row], lines: list[str]) -> None:
    """Each row's mark left at its label's end taken off it, where the labels' corner ends
    in a heading of marks, words of marks or letters ("Omschrijving S/I"), and two rows at
    least end their labels in a mark it names after a word, one space before the first
    value on the row's line ("1. Meicirculaire 2025 S 2.915"): structureel or incidenteel,
    no part of the mutation's name. A row printing no mark (a saldo, a total) keeps its
    label, and so does one ending in a letter the heading does not name ("Blok A") or
    under a corner naming no marks ("Gebouw B 8.200": the letter is the label's). Changes
    ``rows`` in place."""
    heading = _HEADING.search(corner)
    if heading is None or not corner[: heading.start()].strip():
        return  # (a corner of the marks' heading alone heads the labels' column)
    parts = [part.lower() for part in heading.groups()]
    if not _of_marks(parts):
        return
    marked = [
        (row, words[0])
        for row in rows
        if len(words := row.label.rsplit(None, 1)) == 2
        and len(words[1]) == 1
        and _names(parts, words[1])
    ]
    if len(marked) < MIN_MARKS:
        return
    for row, rest in marked:
        if set_one_space_apart(row, lines):
            row.label = rest


def _names(parts: list[str], mark: str) -> bool:
    """Whether a heading's ``parts`` name a mark: a whole part ("voordelig" under
    "voordelig/nadelig"), or a one-letter mark that is a part's initial ("V" under
    "voordelig/nadelig" or "V/N"). A longer word is never the mark of a one-letter part:
    under "V/N" a label's word after a figure ("Stadsdeel 2 Noord") is the label's."""
    mark = mark.lower()
    return any(mark == part or (len(mark) == 1 and mark == part[0]) for part in parts)


def _marked_rows(lines: list[str], start: int, parts: list[str]) -> dict[int, int]:
    """{line index: where its mark starts} for the rows from ``start`` down that end in a
    mark the heading's ``parts`` name, over group lines, rows ending in a figure and a
    page's turn, to the first line that is none of these."""
    marked: dict[int, int] = {}
    for index in range(start, len(lines)):
        line = lines[index]
        text = line.strip()
        mark = _MARK.search(line)
        if mark is not None and _names(parts, mark.group(1)) and len(text.split()) > 1:
            marked[index] = mark.start(1)
        elif text and not (is_value(text.split()[-1]) or is_group(text) or line.startswith("\f")):
            break
    return marked
