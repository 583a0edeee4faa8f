"""Values standing under their headings: where a table's columns are, read off a full row.

A PDF's text layer prints a table's columns aligned: each column's figures end where its
heading ends, or sit centred under it. Once a row with a value in every column stands in
order under the headings, the columns' ends are known, and a row of fewer values, with
space thousands or with a dash, is read by where its values stand rather than by counting
them. This module finds the headings' spans, the ends of the values of a full row, and the
column each value of another row stands in; ``SLACK`` is how far off a column a figure may
end.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from itertools import pairwise

from budgetkit.extract.tables_heading_line import CHUNK
from budgetkit.extract.tables_row_values import (
    MAX_LABEL,
    PRINTED,
    Style,
    is_padded,
    label_fits,
    padded_values,
    trailing_cells,
    trailing_readings,
)
from budgetkit.extract.tables_tokens import DASHES, NOTE, column_year, is_value
from budgetkit.layout import fold

#: Characters a figure may end off the column its full rows' figures end in.
SLACK = 1
#: Digits with separators and a sign: a figure, however it prints its decimals.
_FIGURE = re.compile(r"[-–−+]?\d[\d.,]*%?")


def heading_spans(headings: list[tuple[str, int]]) -> list[tuple[int, int]]:
    """(first, last) 1-based columns of each heading on its line."""
    return [(column, column - 1 + len(text)) for text, column in headings]


def text_row(line: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a line is a row of text cells of a table whose columns stand at ``spans``
    ((first, last) 1-based column of each): a label from the margin, then a run of words
    under each column, apart by a column's padding, starting or ending where the column
    does (within ``SLACK``), none a figure. A model table of persons prints them between
    its rows of money ("Functie   Directeur-bestuurder   Lid directie", "Aanvang   1/1 –
    31/12   1/3 – 31/12", "Dienstbetrekking?   ja   ja"): rows of the table, no values,
    neither its headings nor its end. A run in brackets is a heading's unit or number."""
    if line[:1].isspace() or "\t" in line:
        return False
    runs = [(m.group(), m.start() + 1) for m in CHUNK.finditer(line)][1:]
    if len(runs) != len(spans) or len(spans) < 2:
        return False
    for (text, column), (first, last) in zip(runs, spans, strict=True):
        end = column - 1 + len(text)
        if text[:1] == "(" or is_value(text) or _FIGURE.fullmatch(text):
            # a unit or a column's number under its heading ("(€ mln)", "(1)"), or a figure
            # whatever its separators say ("98.4", a table printing decimal points)
            return False
        if abs(column - first) > SLACK and abs(end - last) > SLACK:
            return False
    return True


def left_aligned(
    headings: list[tuple[str, int]], found: list[tuple[int, str, list[tuple[str, int]]]]
) -> bool:
    """Whether every row of a block with values prints one under each heading, starting
    where the heading starts (within ``SLACK``): cells aligned on the left, as a model
    table of persons prints its money and its text ("€ 187.412" and "N.v.t." under "drs.
    J.A. van Dijk"), two rows at least. Each cell's column is then its place."""
    valued = [cells for _i, _label, cells in found if cells]
    starts = [start for _heading, start in headings]
    return len(valued) >= 2 and all(
        len(cells) == len(starts)
        and all(
            abs(column - start) <= SLACK for (_t, column), start in zip(cells, starts, strict=True)
        )
        for cells in valued
    )


def in_heading_order(cells: list[tuple[str, int]], spans: list[tuple[int, int]]) -> bool:
    """Whether each cell of a row with a value in every column stands under its own heading,
    in order: nearest it by its last character (figures and headings aligned on the right)
    or its middle (a heading centred over its column), within half the gap from that
    heading to its nearest neighbour. ``spans``: each heading's (first, last) column
    (``heading_spans``). Under one heading, which has no neighbour, the cell stands under it
    when the two share a column ("Mutatie" over "2,4%")."""
    if len(spans) == 1 and len(cells) == 1:
        (first, last), (text, column) = spans[0], cells[0]
        return column <= last and _figure_end(text, column) >= first
    if len(spans) < 2 or len(cells) != len(spans):
        return False
    ends = [last for _first, last in spans]
    centres = [(first + last) / 2 for first, last in spans]
    for k, (text, column) in enumerate(cells):
        end = _figure_end(text, column)
        centre = (column + end) / 2
        distance = [min(abs(e - end), abs(c - centre)) for e, c in zip(ends, centres, strict=True)]
        reach = max(
            min(abs(marks[k] - marks[j]) for j in (k - 1, k + 1) if 0 <= j < len(marks)) / 2
            for marks in (ends, centres)
        )
        if min(range(len(spans)), key=distance.__getitem__) != k or distance[k] >= reach:
            return False
    return True


def in_heading_slots(cells: list[tuple[str, int]], spans: list[tuple[int, int]]) -> bool:
    """Whether a row with a value in every column prints one under each heading by the
    room between the columns' right edges (``in_slots``). A PDF's text layer packs a
    heading line tighter than the figures under it ("Rekening Begroting Begroting   Raming"
    / "2021   2022   2023   2024" over six columns of figures set wider apart), so a heading
    may stand nearer the next column's figures than its own (``aligned_ends`` asks it of
    headings each naming a year: a line of words one space apart may name groups, not
    columns)."""
    if len(cells) != len(spans):
        return False
    figures = [(column, _figure_end(text, column)) for text, column in cells]
    return in_slots([last for _first, last in spans], figures)


def in_slots(heading_ends: list[int], figures: list[tuple[int, int]]) -> bool:
    """Whether headings ending at ``heading_ends`` pair in order with the columns whose
    figures stand at ``figures`` ((first, last) 1-based column of each, as many): each
    heading ends after the figure of the column before it and no later than its own
    column's, as a heading never reaches past the right edge of the figures it heads. The
    first heading's room starts a column's widest gap left of its figure's first
    character: a heading further left stands over the labels ("Regeling" at the margin
    over "Jeugd"), heading them, no column of values."""
    if len(figures) < 2 or len(heading_ends) != len(figures):
        return False
    widest = max(b - a for (_f, a), (_g, b) in pairwise(figures))
    before = [figures[0][0] - widest, *(last for _first, last in figures[:-1])]
    return all(
        before[k] < end <= last
        for k, (end, (_first, last)) in enumerate(zip(heading_ends, figures, strict=True))
    )


def under_headings(cells: list[tuple[str, int]], spans: list[tuple[int, int]]) -> list[int] | None:
    """The column of each cell of a row of fewer values than headings, by where it stands:
    the heading nearest it by its last character (figures and headings aligned on the
    right) or its middle (a heading centred over its column), within half the gap from that
    heading to its nearest neighbour, in order; None where a cell stands under none."""
    if len(spans) < 2:
        return None
    ends = [last for _first, last in spans]
    centres = [(first + last) / 2 for first, last in spans]
    spots: list[int] = []
    for text, column in cells:
        end = column - 1 + len(text)
        centre = (column + end) / 2
        distance = [min(abs(e - end), abs(c - centre)) for e, c in zip(ends, centres, strict=True)]
        k = min(range(len(spans)), key=distance.__getitem__)
        reach = max(
            min(abs(marks[k] - marks[j]) for j in (k - 1, k + 1) if 0 <= j < len(marks)) / 2
            for marks in (ends, centres)
        )
        if distance[k] >= reach or (spots and k <= spots[-1]):
            return None
        spots.append(k)
    return spots


def readings_in_columns(
    text: str, spans: list[tuple[int, int]], style: Style = PRINTED
) -> tuple[str, list[tuple[str, int]]] | None:
    """(label, cells) of a line printing a value under each heading (``spans``), each apart
    from what stands before it (``padded_values``) and in order under the headings: the one
    reading of its numbers that does so (its first numbers may belong to the label)."""
    readings = {
        tuple(reading)
        for reading in trailing_readings(
            text, trailing_cells(text, len(spans), style), len(spans), style
        )
        if padded_values(text, reading) and in_heading_order(reading, spans)
    }
    if len(readings) != 1:
        return None
    cells = list(readings.pop())
    label = fold(text[: cells[0][1] - 1])
    return (label, cells) if label and label_fits(text, label, cells, len(spans)) else None


def sparse_reading(
    text: str, spans: list[tuple[int, int]], style: Style = PRINTED
) -> tuple[str, list[tuple[str, int]]] | None:
    """(label, cells) of a line printing values under some of the headings (``spans``), its
    numbers one space apart ("8 000 000   400 000" under five headings, two left empty):
    the one reading of two values or more, each apart by padding from what stands before it
    (``padded_values``) and each under a heading of its own (``under_headings``), of the
    most values. None where no reading or two of as many values do so."""
    tokens = trailing_cells(text, len(spans), style)
    for width in range(len(spans) - 1, 1, -1):
        readings = {
            tuple(reading)
            for reading in trailing_readings(text, tokens, width, style)
            if padded_values(text, reading) and under_headings(reading, spans) is not None
        }
        if len(readings) > 1:
            return None
        if readings:
            cells = list(readings.pop())
            label = fold(text[: cells[0][1] - 1])
            return (label, cells) if label and len(label) <= MAX_LABEL else None
    return None


def under_values(cells: list[tuple[str, int]], ends: list[int]) -> list[int] | None:
    """The column of each cell: the one whose figures end where it ends (``ends``, read off
    a full row: figures are aligned on the right), give or take ``SLACK`` characters, in
    order; None where a cell ends elsewhere."""
    spots: list[int] = []
    for text, column in cells:
        end = _figure_end(text, column)
        at = bisect_left(ends, end - SLACK)
        if at == len(ends) or ends[at] > end + SLACK or (spots and at <= spots[-1]):
            return None
        spots.append(at)
    return spots


def aligned_reading(
    text: str, ends: list[int], style: Style = PRINTED
) -> tuple[str, list[tuple[str, int]]] | None:
    """(label, cells) of a line whose values each end where a column's figures end
    (``ends``), apart from the label (``is_padded``): of the readings of its numbers
    (thousands parted by spaces, a dash a nil cell or a minus; its first numbers may belong
    to the label, "Artikel 1"), the one of most values that all do, if only one does. In a
    table whose numbers are never joined over a space (``style.space_thousands`` False), a row
    of one figure per column whose long label pushed its first figures right ("...
    agentschappen     250 300     1.000") is read in order."""
    if "\t" in text:
        return None
    tokens = trailing_cells(text, len(ends), style)
    if not style.space_thousands and _pushed_right(tokens, ends) and is_padded(text, tokens[0][1]):
        label = fold(text[: tokens[0][1] - 1])
        return (label, tokens) if label and label_fits(text, label, tokens, len(ends)) else None
    if (shifted := _shifted_reading(text, tokens, ends, style)) is not None:
        return shifted
    for width in range(len(ends), 0, -1):
        fits = {
            tuple(r)
            for r in trailing_readings(text, tokens, width, style)
            if under_values(r, ends) is not None and is_padded(text, r[0][1])
        }
        if len(fits) == 1:
            cells = list(fits.pop())
            label = fold(text[: cells[0][1] - 1])
            # a source line or a footnote under the table ("Bron: ...  12") is no row
            return (
                (label, cells)
                if label and label_fits(text, label, cells, len(ends)) and not NOTE.match(label)
                else None
            )
        if fits:
            return None  # two readings stand under the headings: the spaces do not tell
    return None


def _shifted_reading(
    text: str, tokens: list[tuple[str, int]], ends: list[int], style: Style = PRINTED
) -> tuple[str, list[tuple[str, int]]] | None:
    """(label, cells) of a row whose label is too long for its column and runs into its
    first value with one space, the whole row pushed right: a layout dump keeps the gaps
    between a row's words, so each value stands one same number of characters right of its
    column's end ("... lokale democratie 12.118      14.230 ..." under "2019   2020"). A
    value in every column (``ends``), each after the first apart from the one before by a
    column's padding, all shifted by the same offset (give or take ``SLACK``), more than
    ``SLACK``; the one reading that does so, else None. Prose never prints its numbers
    padded apart at a table's column gaps."""
    if len(ends) < 2:
        return None
    fits = set()
    for reading in trailing_readings(text, tokens, len(ends), style):
        first = reading[0][1]
        if first < 3 or text[first - 2] != " " or text[first - 3].isspace():
            continue  # the label runs into the first value with exactly one space
        if not padded_values(text, reading[1:]):
            continue
        offsets = [end - column for end, column in zip(value_ends(reading), ends, strict=True)]
        if min(offsets) > SLACK and max(offsets) - min(offsets) <= SLACK:
            fits.add(tuple(reading))
    if len(fits) != 1:
        return None
    cells = list(fits.pop())
    label = fold(text[: cells[0][1] - 1])
    if not label or not label_fits(text, label, cells, len(ends)) or NOTE.match(label):
        return None
    return label, cells


def _pushed_right(cells: list[tuple[str, int]], ends: list[int]) -> bool:
    """Whether a row prints one value per column (``ends``: where each column's figures
    end), the last under its column, each other at or right of its own column's end yet
    left of the next's: its values pushed right by its label, never into the next column."""
    if len(cells) != len(ends) or len(ends) < 2:
        return False
    last = value_ends(cells)
    if abs(last[-1] - ends[-1]) > SLACK:
        return False
    return all(
        ends[k] - SLACK <= last[k] < ends[k + 1] - SLACK and last[k] < last[k + 1]
        for k in range(len(ends) - 1)
    )


def value_ends(cells: list[tuple[str, int]]) -> list[int]:
    """Where each value of a row ends (``_figure_end``)."""
    return [_figure_end(text, column) for text, column in cells]


def _figure_end(text: str, column: int) -> int:
    """The 1-based column of a value's last character, a minus printed after its figure
    left out: the figures stand aligned on the right and the minus hangs beyond them
    ("1.250 -" under "4.100"). A dash after no figure is the nil itself ("€ -")."""
    head = text[:-1].rstrip()
    figure = head if text[-1:] in DASHES and head[-1:].isdigit() else text
    return column - 1 + len(figure)


def aligned_ends(
    lines: list[str],
    heading_index: int,
    headings: list[tuple[str, int]],
    found: list[tuple[int, str, list[tuple[str, int]]]],
) -> list[int]:
    """Where the values of a block's columns end (``value_ends``), when its lines print
    the columns aligned: the first row with a value in each column, each apart from the
    one before (``padded_values``), has them in order under the headings, and every such
    row ends its values where it does (no tab, whose width no text knows), or where more
    than half the full rows end theirs (a first row standing off them), or, column by
    column, where most full rows end their value in it (``_column_modes``: short figures
    set a place or two off the long ones in some columns only, so no one set of ends is
    shared by most rows). Empty where they are not: a row with fewer values than columns
    is then placed by the sums."""
    spans = heading_spans(headings)
    full = [
        (i, cells)
        for i, _label, cells in found
        if len(cells) == len(spans) and padded_values(lines[i], cells)
    ]
    if not full or any("\t" in lines[i] for i in (heading_index, *(i for i, _c in full))):
        return []
    if not in_heading_order(full[0][1], spans) and not (
        all(column_year(text) for text, _column in headings) and in_heading_slots(full[0][1], spans)
    ):
        return []
    first = value_ends(full[0][1])
    # where the first full row stands off the others (a total printed above its parts, set
    # a few places off their figures), the ends most full rows share
    shared, count = Counter(tuple(value_ends(cells)) for _i, cells in full).most_common(1)[0]
    candidates = (tuple(first), shared) if 2 * count > len(full) else (tuple(first),)
    # and where a text layer sets short figures ("0") a place or two off the long ones in
    # some columns only, so the full rows split among several sets of ends and none is
    # shared by most, the end most full rows print in each column
    candidates = (*candidates, _column_modes(full))
    for ends in map(list, dict.fromkeys(candidates)):
        every = list(range(len(ends)))
        aligned = [under_values(cells, ends) == every for _i, cells in full]
        if all(aligned):
            return ends
        # a row whose figures stand a few places off the others' ends, each still nearest
        # its own column ("0" under "74.210", three places right), among rows most of which
        # align
        if 2 * sum(aligned) > len(aligned) and all(
            ok or nearest_own(cells, ends) for ok, (_i, cells) in zip(aligned, full, strict=True)
        ):
            return ends
    return []


def nearest_own(cells: list[tuple[str, int]], ends: list[int]) -> bool:
    """Whether each of a full row's ``cells`` ends nearer its own column's end (``ends``)
    than half the gap to the next column's: a PDF's text layer may set a short figure a few
    places off the column's right edge ("0" three places right of "74.210"), and the row
    still prints one value under each heading, in order. One column has no gap to tell by."""
    if len(ends) < 2:
        return False
    for k, (text, column) in enumerate(cells):
        reach = min(abs(ends[k] - ends[j]) for j in (k - 1, k + 1) if 0 <= j < len(ends)) / 2
        if abs(_figure_end(text, column) - ends[k]) >= reach:
            return False
    return True


def _column_modes(full: list[tuple[int, list[tuple[str, int]]]]) -> tuple[int, ...]:
    """Where most full rows end their values, column by column (the first such end where
    two are as common)."""
    ends = [value_ends(cells) for _i, cells in full]
    return tuple(Counter(column).most_common(1)[0][0] for column in zip(*ends, strict=True))
