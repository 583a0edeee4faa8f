"""A column of units a table prints between its rows' labels and their values, one row per line.

A table of key figures (kerncijfers, kengetallen) that mixes money, shares and counts may
say each row's unit in a column of its own, headed "Eenheid", before the years:

    Tabel 1 Kerncijfers                         Eenheid      2022      2023
    Uitgaven                                      € mln    10.915    11.905
    Fouten in de uitgaven, in % van het totaal      %         0,2       0,2
    Aantal onvolkomenheden                       aantal         4         3

The units are neither the labels' words nor values: read with the label ("Uitgaven € mln")
each row's name took the unit's words, and its parent's name with them. A layout text
layer sets such a short column centred, its cells starting wherever their width puts them,
so the column is found by its heading alone (``UNIT_HEADINGS``), not by where its cells
start (``tables_inner_texts`` does that for columns of words): each row under it prints
its label, one run of text over the heading's place that says a unit, then its figures.
The table reader reads the lines with that column blanked, and each row keeps its unit as
its text cell, which the scale reader reads (``tables_scale``).
"""

from __future__ import annotations

from budgetkit.extract.tables_heading_line import CHUNK
from budgetkit.extract.tables_inner_texts import Blanks, is_figure, says_unit
from budgetkit.textmodel import TextModel

#: Headings of a column saying each row's unit.
UNIT_HEADINGS = ("eenheid", "eenh.")
#: Characters a unit cell may stand off its heading's place: a centred cell wider or
#: narrower than its heading.
SLACK = 2
#: Most lines between two rows of the column (a group's heading, a blank line).
MAX_GAP = 2
#: Fewest rows printing a unit under the heading.
MIN_UNIT_ROWS = 2


def unit_columns(model: TextModel, lines: list[str]) -> tuple[Blanks, dict[int, str], list[int]]:
    """(the spans to blank per 0-based line, each row's unit by its 1-based line, the
    heading lines) of every column of units under a heading of ``UNIT_HEADINGS`` (see the
    module's docstring). Looked for only on the lines holding two spaces and the heading's
    word; a column is kept only where every row under it that prints a text between its
    label and its figures prints a unit there, two rows at least."""
    blanks: Blanks = {}
    units: dict[int, str] = {}
    headings: list[int] = []
    for index in model.layout.spaced:
        lowered = lines[index].lower()
        if not any(word in lowered for word in UNIT_HEADINGS):
            continue
        runs = list(CHUNK.finditer(lines[index]))
        at = [k for k, run in enumerate(runs) if run.group().lower() in UNIT_HEADINGS]
        if not at or at[0] == len(runs) - 1:
            continue  # no value column's heading after it
        begin, end = runs[at[0]].span()
        found = _units_under(lines, index, begin, end)
        if len(found) < MIN_UNIT_ROWS:
            continue
        headings.append(index)
        blanks.setdefault(index, []).append((begin, end))
        for line, (start, stop, text) in found.items():
            blanks.setdefault(line, []).append((start, stop))
            units[line + 1] = text
    return blanks, units, headings


def _units_under(
    lines: list[str], heading: int, begin: int, end: int
) -> dict[int, tuple[int, int, str]]:
    """{0-based line: (start, end, text)} of the units the rows under the heading at
    ``begin``..``end`` print; empty where a row prints a text there that says no unit (a
    column of words, ``tables_inner_texts``' to read). The rows end at the first line that
    is neither a row of figures nor a heading of words left of the column, or after
    ``MAX_GAP`` lines without a row."""
    found: dict[int, tuple[int, int, str]] = {}
    last = heading
    for index in range(heading + 1, len(lines)):
        if index - last > MAX_GAP + 1:
            break
        runs = list(CHUNK.finditer(lines[index]))
        if not runs:
            continue
        count = len(runs)
        while count > 0 and is_figure(runs[count - 1].group()):
            count -= 1
        if count == len(runs):  # no figure: a group's heading left of the column, or the end
            if count == 1 and runs[0].end() < begin - SLACK:
                continue
            break
        if count == 0:
            break  # figures alone: no row of a label
        between = runs[1:count]
        if not between:
            last = index  # a row printing no unit
            continue
        if len(between) > 1:
            return {}
        cell = between[0]
        if cell.start() > end + SLACK or cell.end() < begin - SLACK:
            return {}  # a text elsewhere: no cell of this column
        if not says_unit(cell.group()):
            return {}
        found[index] = (cell.start(), cell.end(), cell.group())
        last = index
    return found
