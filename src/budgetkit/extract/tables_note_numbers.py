"""A column of note numbers a plain text layer prints after a row's values.

A table may end each row with the number of the note under it that explains the row,
under a heading of its own ("Verschil Ref." over "2018 2019 ... 2022", a row "Subsidies
318.440 ... 96.887 3"). Printed with padding, the number stands apart in its column
(``tables_layout.text_columns``); a text layer printing no padding sets it one space after
the last value, like one more value. Read so, every row took one value too many: the
first glued onto the label ("Subsidies 318.440"), each value a column to the left, the
note's number the last column's value. Rows a note explains print it, the others not, so
a row's count of figures tells which it is: one more than the headings' periods, the last
a small whole number.

A column of values the periods do not name ("Begroting Rekening Verschil Toelichting" over
"2023 2023", a row "Bestuur 1.250 1.310 60") prints one figure more too, so the numbers must
look like notes before they are blanked: not every row prints one, they run up the table
in the notes' order, none makes its row's difference or sum with the two figures before it
(Rekening - Begroting = Verschil), and no row printing the extra figure after a value ends
in a number no note has ("Totaal 4.830 4.965 191"). Where any of this fails the rows stay
as printed: a figure blanked as a note's number is lost without a word.
"""

from __future__ import annotations

import operator
import re
from itertools import compress, repeat

from budgetkit.extract.tables_row_values import split_row
from budgetkit.extract.tables_titles import nonblank
from budgetkit.extract.tables_tokens import CAPTION, DASHES, is_column, parse_value
from budgetkit.extract.tables_vocabulary import (
    TEXT_HEADING_ENDS,
    names_note,
    text_heading_ending,
)
from budgetkit.textmodel import TextModel

#: A note's number as a row prints it after its values: a small whole number ("3", "12").
NOTE_NUMBER = re.compile(r"\d{1,2}")
#: Lines read under the period line for rows ending in a note's number.
MAX_ROWS = 40
#: Fewest rows ending in a note's number that tell the column.
MIN_NOTED = 2
#: A line's last characters, as many as the longest of ``TEXT_HEADING_ENDS``: all of its end
#: that lower-cased can be one of them (lower-casing never shortens a character).
_TAIL = slice(-max(map(len, TEXT_HEADING_ENDS)), None)


#: The ends of ``TEXT_HEADING_ENDS`` by their last character, in their order.
_ENDS_BY_LOW_LAST: dict[str, tuple[str, ...]] = {
    low: tuple(end for end in TEXT_HEADING_ENDS if end[-1] == low)
    for low in {end[-1] for end in TEXT_HEADING_ENDS}
}


class _EndsByLast(dict[str, tuple[str, ...]]):
    """The ends of ``TEXT_HEADING_ENDS`` a line whose last character is the key can end in
    lower-cased: those ending in that character lower-cased (``_ENDS_BY_LOW_LAST``, listed
    once), none for most characters. Each distinct character is classified the first time it
    is looked up, so the lines are sorted by one C-level pass of look-ups instead of every
    line lower-cased and tested against every end (most lines end in a character no heading
    ends in, or in one few do)."""

    def __missing__(self, last: str) -> tuple[str, ...]:
        ends = self[last] = _ENDS_BY_LOW_LAST.get(last.lower()[-1], ())
        return ends


def note_number_columns(model: TextModel, lines: list[str]) -> dict[int, int]:
    """{0-based line index: where its text to blank starts} for each column of note numbers
    a plain text layer prints after the values (see the module's docstring): the heading
    ending the line right above the line of periods, the words a note column's heading
    says ("Ref.", "Noot", "Ref. nr.": ``text_heading_ending`` and ``names_note``; another
    text column's, "Toelichting", or a code column's, "Artikelnr.", heads no notes' numbers,
    a code set one space after the values left to the layout's glued heading), and the
    number ending each
    row that prints one more figure than the periods, two rows at least. A table without
    such a heading, or whose rows print no more figures than its periods, is left as
    printed."""
    layout = model.layout
    found: dict[int, int] = {}
    # Only a line ending in a text column's heading can end in such a word: the lines with
    # text, lower-cased, tested by C-level passes (the heading of a text column ending a
    # folded line, ``text_heading_ending``, is one only where it lower-cased ends so),
    # instead of words split off and looked up for every line ending in a letter or a dot.
    # (first the ends each line's last character allows, then its tail lower-cased tested
    # against those alone: a Greek capital sigma lower-cases by its context, to a letter no
    # end holds either way)
    allowed = list(map(_EndsByLast().__getitem__, layout.filled_lasts))
    tails = map(
        str.lower, map(operator.getitem, compress(layout.filled_texts, allowed), repeat(_TAIL))
    )
    ends = map(str.endswith, tails, compress(allowed, allowed))
    for number in compress(compress(layout.filled, allowed), ends):
        heading = text_heading_ending(layout.folded[number - 1])
        if heading is None or not names_note(heading):
            continue  # a text or code column's heading: its cells no notes' numbers
        at = lines[number - 1].rstrip().rfind(heading)
        periods, first_row = lines[number - 1][:at].split(), number
        if not periods or not all(map(is_column, periods)):
            # (the heading on a line of words above the periods; a layout text layer sets
            # it on the periods' line itself, "2017 2018 Ref.", at the column's place)
            below = nonblank(lines, number, 0)
            periods = lines[below[0]].split() if below else []
            first_row = below[0] + 1 if below else number
        if not periods or not all(map(is_column, periods)):
            continue
        noted = _noted_rows(lines, first_row, len(periods))
        if len(noted) >= MIN_NOTED:
            found.update(noted)
            found[number - 1] = at
    return found


def _noted_rows(lines: list[str], start: int, width: int) -> dict[int, int]:
    """{line index: where the note's number ending it starts} for the rows from ``start``
    down to the table's end (a caption, a line that is no row and holds a figure) that
    print ``width`` + 1 figures, no more, the last a note's number; none where the extra
    figures read as a column of values instead (see the module's docstring)."""
    noted: dict[int, int] = {}
    numbers: list[int] = []
    plain = 0  # rows printing as many figures as the periods: rows no note explains
    for index in range(start, min(len(lines), start + MAX_ROWS)):
        line = lines[index]
        if not line.strip():
            continue
        if CAPTION.match(line.strip()):
            break
        row = split_row(line, width + 1)
        more = split_row(line, width + 2)  # (a row of still more figures prints no note)
        if (
            row is not None
            and len(row[1]) == width + 1
            and (more is None or len(more[1]) <= width + 1)
        ):
            figures = [text for text, _column in row[1]]
            if NOTE_NUMBER.fullmatch(figures[-1]) and not _makes_relation(figures):
                noted[index] = row[1][-1][1] - 1  # (a cell's column counts from 1)
                numbers.append(int(figures[-1]))
                continue
            if _extra_value(figures):
                return {}
        if split_row(line, width) is not None:
            plain += 1
        elif any(map(str.isdigit, line)):
            break  # prose, a page's furniture: the table has ended
    if not plain or numbers != sorted(numbers):
        return {}
    return noted


def _makes_relation(figures: list[str]) -> bool:
    """Whether the last figure is the difference or the sum of the two before it, within
    the rounding of figures each rounded apart: a column's value ("Verschil"), no note."""
    values = [parse_value(text) for text in figures[-3:]]
    if len(values) < 3 or None in values:
        return False
    first, second, last = (value for value in values if value is not None)
    return any(abs(last - made) <= 1 for made in (abs(second - first), first + second))


def _extra_value(figures: list[str]) -> bool:
    """Whether a row printing one figure more than the periods, its last no note's number,
    prints a column of values past them: its first figure is a value, not a number ending
    its label ("Fonds 2 ..."), and no dash among them may be a nil or a minus instead."""
    plain = not any(text.strip() in DASHES for text in figures)
    return plain and not NOTE_NUMBER.fullmatch(figures[0])
