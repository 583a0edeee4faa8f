"""Placing the values of a row that prints fewer values than columns and no placeholders.

Some pages drop empty cells without a trace: "Opbrengst derden 550 – 550 499" under four
columns. Which column each value belongs to is then told by the sums: the rows of a block add
up to the total that closes it ("Totaal baten") or to a row below them that names no total
("Netto uitgaven", ``_place_under_unnamed_totals``, summed from the last subtotal above, its
placement unique even where a zero fits several columns), to the total printed above them
("Uitgaven" over its instruments), or to the numbered total their codes or its formula
name ("3a." and "3b." over "3.", "1." to "4." over "5. <stand> (=1+2+3+4)"), column by
column; a subtotal printed above its parts inside the block ("Beleidsmatige mutaties" over
its numbered mutations) counts instead of them (``_adds_up_grouped``). Every order-keeping
placement of the loose rows of a block is tried; a placement is taken only when it is the one
that makes the total hold in every column (within the printed precision), or, where zeros
fit several columns, the one such placement that keeps each row's values side by side.
Every table spends a bounded number of placements; where the total is all that is summed,
a block's are those of each half of its loose rows, not their product (``_fitting_picks``).
Otherwise, in a table printed one cell per line, the values are left out and a warning says
so (but its last row, stopping short before the page's text, keeps the first columns); in
one printed one row per line they go under the headings they stand under where the layout
keeps their positions, else keep the first columns, as text extraction prints a row whose
last cells are blank (see ``place_from_sums``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import ROUND_FLOOR, Decimal
from itertools import combinations, pairwise, product
from math import comb
from typing import Any

from budgetkit.extract.tables_hierarchy import MOST_CARRIED, carried_through, rank
from budgetkit.extract.tables_item_codes import (
    item_coded,
    lettered_parts,
    named_parts,
    same_level,
)
from budgetkit.extract.tables_model import Cell, RawTable, Row
from budgetkit.extract.tables_tokens import NUMBERED_HEADING, column_year
from budgetkit.extract.tables_vocabulary import CLOSING, STAND, TOTAL, WAARVAN, is_share

#: Most placements tried for one block; a block with more is left with its warnings.
MAX_PLACEMENTS = 20_000
#: Most placements tried for one table, over all its blocks and the subtotals tried for
#: them (each placement is a sum over the columns: this bounds a table's time).
MAX_TABLE_PLACEMENTS = 25_000
#: Most readings of a block as top rows and their parts tried for one placement
#: (``_adds_up_grouped``), per row of the block: rows of zeros or of equal values each fit
#: as the parts of the one above, and their readings multiply.
MAX_GROUPINGS_PER_ROW = 16


class _TooManyGroupings(Exception):
    """A block reads as top rows and parts in more ways than ``MAX_GROUPINGS_PER_ROW``
    allows: its loose rows are left to the warnings."""


def _unit(rows: list[Row]) -> Decimal:
    """One unit of the last printed decimal of the block."""
    places = 0
    for row in rows:
        for cell in row.cells + row.loose:
            if cell.value is not None:
                exponent = cell.value.as_tuple().exponent
                if isinstance(exponent, int):
                    places = max(places, -exponent)
    return Decimal(1).scaleb(-places)


def _fixed_sums(parts: list[Row], columns: list[str]) -> list[Decimal]:
    """Per column, what the rows with their cells in place add up to."""
    order = {label: k for k, label in enumerate(columns)}
    sums = [Decimal(0)] * len(columns)
    for row in parts:
        for cell in row.cells:
            if cell.column_label in order and cell.value is not None:
                sums[order[cell.column_label]] += cell.value
    return sums


def _fits(
    want: list[Decimal | None], fixed: list[Decimal], extra: list[Decimal], tolerance: Decimal
) -> bool:
    """Whether the parts (with the loose values placed as ``extra``) add up to the total."""
    for target, base, added in zip(want, fixed, extra, strict=True):
        got = base + added
        if target is None:
            if got != 0:
                return False
        elif abs(target - got) > tolerance:
            return False
    return True


def _may_fit(
    want: list[Decimal | None],
    fixed: list[Decimal],
    values: list[list[Decimal]],
    tolerance: Decimal,
) -> bool:
    """Whether any placement of the loose ``values`` could make ``_fits`` hold: every value
    lands in some column, so the columns' sums together are the same for every placement,
    and where they miss the total's by more than each column's tolerance added up, no
    placement holds. One sum instead of trying each placement: most rows tried as a total
    no word names are no total, and the placements of a block's loose rows multiply."""
    target = sum((value for value in want if value is not None), Decimal(0))
    placed = sum(fixed, Decimal(0)) + sum((sum(row, Decimal(0)) for row in values), Decimal(0))
    return abs(target - placed) <= tolerance * len(want)


def _adds_up_grouped(
    vectors: list[list[Decimal]], want: list[Decimal | None], tolerance: Decimal, labels: list[str]
) -> bool:
    """Whether the rows of a block, their values per column (``vectors``), add up to the
    total (``want``) read as top rows, each maybe followed by its parts: a subtotal printed
    above its parts equals their sum in every column (within ``tolerance``) and the total
    counts it instead of them. A mutation table prints its groups so ("Beleidsmatige
    mutaties" with its values, then its numbered mutations, then "Technische mutaties" and
    its own, then the stand they make): summing every row counts each mutation twice. A
    row coded as the one below it is (``same_level``: "1. <post>" over "2. <post>") is its
    sibling, no group of it, however equal their values. Raises ``_TooManyGroupings`` past
    ``MAX_GROUPINGS_PER_ROW`` readings a row (``labels``: the rows' labels)."""
    width = len(want)
    zero = [Decimal(0)] * width
    prefix = [zero]
    for vector in vectors:
        prefix.append([a + b for a, b in zip(prefix[-1], vector, strict=True)])
    siblings = [same_level(label, below) for label, below in pairwise(labels)]

    def heads(head: int, stop: int) -> bool:
        """Row ``head`` is the sum of the rows after it up to ``stop``."""
        return (
            not siblings[head]
            and any(vectors[head])
            and all(
                abs(vectors[head][c] - prefix[stop][c] + prefix[head + 1][c]) <= tolerance
                for c in range(width)
            )
        )

    steps = MAX_GROUPINGS_PER_ROW * len(vectors)
    stack = [(0, zero)]
    while stack:
        steps -= 1
        if steps < 0:
            raise _TooManyGroupings
        index, summed = stack.pop()
        if index == len(vectors):
            if _fits(want, summed, zero, tolerance):
                return True
            continue
        summed = [a + b for a, b in zip(summed, vectors[index], strict=True)]
        stack.append((index + 1, summed))
        stack.extend(
            (stop, summed) for stop in range(index + 2, len(vectors) + 1) if heads(index, stop)
        )
    return False


def _row_vectors(parts: list[Row], columns: list[str]) -> list[list[Decimal]]:
    """Per row, its placed values per column (0 where it has none)."""
    order = {label: k for k, label in enumerate(columns)}
    vectors = []
    for row in parts:
        vector = [Decimal(0)] * len(columns)
        for cell in row.cells:
            if cell.column_label in order and cell.value is not None:
                vector[order[cell.column_label]] += cell.value
        vectors.append(vector)
    return vectors


def _count(choices: list[list[tuple[int, tuple[int, ...]]]]) -> int:
    """How many placements the rows of ``choices`` have together."""
    count = 1
    for options in choices:
        count *= len(options)
    return count


Pick = tuple[tuple[int, tuple[int, ...]], ...]


def _sums(
    choices: list[list[tuple[int, tuple[int, ...]]]], values: list[list[Decimal]], width: int
) -> list[tuple[Pick, list[Decimal]]]:
    """Every placement of the rows of ``choices`` (in ``product``'s order) with the sums
    it puts in each column."""
    placed = []
    for pick in product(*choices):
        extra = [Decimal(0)] * width
        for (skip, spots), row_values in zip(pick, values, strict=True):
            for column, value in zip(spots, row_values[skip:], strict=True):
                extra[column] += value
        placed.append((pick, extra))
    return placed


def _fitting_picks(
    choices: list[list[tuple[int, tuple[int, ...]]]],
    values: list[list[Decimal]],
    want: list[Decimal | None],
    fixed: list[Decimal],
    tolerance: Decimal,
    half: int,
    budget: list[int],
) -> list[Pick]:
    """The placements of the loose rows that may add up to the total, in ``product``'s
    order (each to be checked by ``_fits``): the rows' placements multiply, but a placement
    is one of the first ``half`` rows and one of the rest, so each half's placements are
    summed once, the second half's filed column by column by the sums they put there (in
    steps of ``tolerance``), and each of the first half's is joined only to those whose
    sums fit the rest of the total in every column. The filing visited and the placements
    joined are spent from ``budget`` (what the table has left): where many of the second
    half's placements put the same sums in each column (rows of dashes or zeros fit any
    column), the joined ones come to the full product; past the budget, none is found."""
    width = len(want)
    first = _sums(choices[:half], values[:half], width)
    second = _sums(choices[half:], values[half:], width)
    step = tolerance or Decimal(1)

    def key(value: Decimal) -> int:
        return int((value / step).to_integral_value(rounding=ROUND_FLOOR))

    filed: dict[int, Any] = {}
    for k, (_pick, extra) in enumerate(second):
        node = filed
        for value in extra[:-1]:
            node = node.setdefault(key(value), {})
        node.setdefault(key(extra[-1]), []).append(k)
    targets = [Decimal(0) if target is None else target for target in want]
    picks = []
    for pick, extra in first:
        rests = [t - f - e for t, f, e in zip(targets, fixed, extra, strict=True)]
        nodes = [filed]
        for rest in rests:
            keys = range(key(rest - tolerance), key(rest + tolerance) + 1)
            nodes = [node[k] for node in nodes for k in keys if k in node]
            budget[0] -= len(nodes)
            if budget[0] < 0:
                return []
        near = sorted(k for leaf in nodes for k in leaf)
        budget[0] -= len(near)  # each joined placement is one ``_fits`` to try
        if budget[0] < 0:
            return []
        picks.extend(pick + second[k][0] for k in near)
    return picks


def _place_block(
    table: RawTable,
    parts: list[Row],
    total: Row,
    budget: list[int],
    grouped: bool = False,
    unique: bool = False,
) -> None:
    """Place the loose rows of ``parts`` where they make ``total`` hold, trying at most
    what is left of the table's ``budget`` (one number in a list, spent here). ``grouped``:
    the rows may hold subtotals printed above their parts (``_adds_up_grouped``), each
    placement then costing a try per row of the block. ``unique``: only where one placement
    holds, a zero's column counted too; a total no word names is not known to close the
    block, so where a zero fits several columns the values' keeping side by side is no
    evidence of their columns."""
    loose = [row for row in parts if row.loose]
    width = len(table.columns)
    # per loose row, each reading: how many of its first values are its label's, and the
    # columns the rest go in
    choices = [_readings(row, width) for row in loose]
    count = _count(choices)
    # (ungrouped, the placements are found from the two halves of the loose rows, each
    # half's placements tried once: ``_fitting_picks``)
    half = len(choices) // 2
    cost = count * len(parts) if grouped else _count(choices[:half]) + _count(choices[half:])
    if not loose or cost > min(MAX_PLACEMENTS, budget[0]) or not all(choices):
        return
    budget[0] -= cost
    tolerance = _unit([total, *parts])
    want = _column_values(total, table.columns)
    fixed = _fixed_sums([row for row in parts if row.cells], table.columns)
    values = [[cell.value or Decimal(0) for cell in row.loose] for row in loose]
    if not grouped and not any(
        _may_fit(want, fixed, [v[own:] for v, own in zip(values, owns, strict=True)], tolerance)
        for owns in product(*({own for own, _spots in options} for options in choices))
    ):
        return
    # the rows' own values per column and their labels: read only by the grouped sums
    # (``_adds_up_grouped``), not for every total a block is tried under
    own = _row_vectors(parts, table.columns) if grouped else []  # a loose row's own cells
    vectors = list(own)
    at = [k for k, row in enumerate(parts) if row.loose]
    labels = [row.label for row in parts] if grouped else []
    found = []
    adjacent = []
    picks = (
        product(*choices)
        if grouped
        else _fitting_picks(choices, values, want, fixed, tolerance, half, budget)
    )
    for pick in picks:
        extra = [Decimal(0)] * width
        for k, (skip, spots), row_values in zip(at, pick, values, strict=True):
            for column, value in zip(spots, row_values[skip:], strict=True):
                extra[column] += value
            if grouped:
                vectors[k] = list(own[k])
                for column, value in zip(spots, row_values[skip:], strict=True):
                    vectors[k][column] += value
        try:
            fits = (
                _adds_up_grouped(vectors, want, tolerance, labels)
                if grouped
                else _fits(want, fixed, extra, tolerance)
            )
        except _TooManyGroupings:
            return
        if fits:
            found.append(pick)
            if all(spots[-1] - spots[0] == len(spots) - 1 for _skip, spots in pick):
                adjacent.append(pick)
        if unique and len(found) > 1:
            return
    # where several placements add up (a zero fits any column), the one that keeps each
    # row's values side by side, as a row that leaves cells blank at its ends prints them
    if not found:
        return
    placed = found if len(found) == 1 else adjacent
    if len(placed) == 1:
        readings: list[tuple[int, tuple[int, ...]] | None] = list(placed[0])
    else:
        # no one placement settles it: two or more keep the values side by side (a lone
        # zero fits any column), or none of those that add up does: a row every placement
        # that adds up reads the same way is placed by the sums all the same; a row they
        # read differently is left to the warnings
        readings = [
            reading if all(pick[k] == reading for pick in found) else None
            for k, reading in enumerate(found[0])
        ]
    for reading, row in zip(readings, loose, strict=True):
        if reading is None:
            continue
        skip, spots = reading
        if skip:  # the label's last word, before the values (wrapped onto a line of its own)
            row.label = f"{row.label} {row.loose[0].text}"
            row.loose = row.loose[1:]
        _put(table, row, spots)


#: A year as a label's last word prints it: four digits, no thousands separator.
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")


def _readings(row: Row, width: int) -> list[tuple[int, tuple[int, ...]]]:
    """The readings of a loose row to try under a total: (how many of its first values are
    its label's, the columns of the rest), every order-keeping choice of columns. A bare
    year wrapped under the label, a value too many (``_year_wrapped``), is the label's; one
    opening the row's values on the label's line after a word ("<Regeling> <jaar> N N N
    -N" under seven columns) may be the label's
    last word or a value: both are tried, and the total tells."""
    count = len(row.loose)
    if _year_wrapped(row, width):
        return [(1, tuple(range(width)))]
    readings = [(0, spots) for spots in combinations(range(width), count)]
    if count > 1 and _year_after_word(row):
        readings += [(1, spots) for spots in combinations(range(width), count - 1)]
    return readings


def _year_after_word(row: Row) -> bool:
    """Whether a loose row's first value is a bare year printed on the label's line right
    after a label ending in a word: a label's last word as well ("... 2025")."""
    first = row.loose[0]
    return (
        _BARE_YEAR.fullmatch(first.text) is not None
        and first.line == row.line
        and row.label[-1:].isalpha()
    )


def _year_wrapped(row: Row, width: int) -> bool:
    """Whether a loose row prints one value more than the table's ``width`` columns, the
    first a bare year on the line right under its label ("Loon- en prijsbijstelling
    tranche" / "2009" / five amounts under five years): the year may be the label's last
    word wrapped onto a line of its own, or a value. It is taken as the label's only where
    the other values, one a column, make the block's total hold (``_place_block``)."""
    return (
        len(row.loose) == width + 1
        and _BARE_YEAR.fullmatch(row.loose[0].text) is not None
        and row.loose[0].line == row.line + 1
    )


def _place_total(table: RawTable, parts: list[Row], total: Row) -> None:
    """Place a total printed below its parts with fewer values than columns ("Totaal" under
    amounts and a column of percentages, which it leaves blank), its parts all in place:
    where exactly one order-keeping choice of columns has each column it skips bounded by
    values that equal their columns' sums (within the printed precision) on both sides, or
    on the one side a skipped column at the table's edge has. The sums then pin the gap,
    and the values between pinned ones follow in order, even one that does not add up (a
    typo in the source, which the relations then report)."""
    width = len(table.columns)
    if any(row.loose for row in parts) or len(total.loose) >= width:
        return
    tolerance = _unit([total, *parts])
    sums = _fixed_sums(parts, table.columns)
    filled = {cell.column_order - 1 for row in parts for cell in row.cells}
    values = [cell.value for cell in total.loose]

    def adds_up(spots: tuple[int, ...], k: int) -> bool:
        value, column = values[k], spots[k]
        return value is not None and column in filled and abs(sums[column] - value) <= tolerance

    picks = []
    for spots in combinations(range(width), len(values)):
        pinned = True
        for gap in set(range(width)) - set(spots):
            left = [k for k, column in enumerate(spots) if column < gap]
            right = [k for k, column in enumerate(spots) if column > gap]
            if (left and not adds_up(spots, left[-1])) or (right and not adds_up(spots, right[0])):
                pinned = False
        if pinned:
            picks.append(spots)
    if len(picks) == 1:
        _put(table, total, picks[0])


def _place_under_group(table: RawTable, start: int, stop: int, budget: list[int]) -> None:
    """Loose rows of the block ``start:stop`` that its total did not place may be the parts
    of a group heading printed without values inside the block, which the total closes
    ("Algemene reserve" over "Bestemmingsreserves" / its reserves / "Totaal
    bestemmingsreserves"): the rows above the heading are another total's parts (that of
    the table's, "Totaal reserves"), so the total sums the rows from the heading down only.
    The nearest heading above the last loose row is tried first, then the ones above it,
    never the block's first row (``rows[start]``): the rows under a heading there are the
    whole block less the heading, which the total's own placement of the block tried."""
    rows = table.rows
    loose = [i for i in range(start, stop) if rows[i].loose]
    if not loose:
        return
    for head in range(loose[-1] - 1, start, -1):
        if not rows[head].cells and not rows[head].loose:
            _place_block(table, rows[head + 1 : stop], rows[stop], budget)
            if not any(rows[i].loose for i in loose):
                return


def _place_under_subtotal(table: RawTable, start: int, stop: int, budget: list[int]) -> None:
    """Loose rows of the block ``start:stop`` that its total did not place may be the parts
    of a subtotal printed above them ("Technisch 4,0 8,0 ..." over "Kasschuiven ‒ 2,7 2,7"),
    which the total sums instead of them: each full row above the first loose one, nearest
    first, is tried as the total of the rows under it up to the block's end."""
    loose = [i for i in range(start, stop) if table.rows[i].loose]
    if not loose:
        return
    for above in range(loose[0] - 1, start - 1, -1):
        subtotal = table.rows[above]
        if subtotal.cells and not subtotal.loose:
            _place_block(table, table.rows[above + 1 : stop], subtotal, budget)
            if not any(table.rows[i].loose for i in loose):
                return


def _place_under_coded_totals(table: RawTable, budget: list[int]) -> None:
    """Loose rows among the rows a numbered total's label says it sums, placed where that
    total holds: its lettered parts printed above it ("3a." and "3b." over "3. Totaal
    <post>", ``lettered_parts``), the rows its formula names ("1." to "4." over "5. <stand>
    (=1+2+3+4)", ``named_parts``). Neither label opens with a total's word, and the
    numbered row the lettered parts come under would take the total for a part of its
    own. Totals printed higher first: a lettered part placed, its total is whole for the
    formula below it."""
    rows = table.rows
    labels = [row.label for row in rows]
    blocks = {**lettered_parts(labels), **named_parts(labels)}
    for total in sorted(blocks):
        parts = [rows[k] for k in blocks[total]]
        if rows[total].cells and not rows[total].loose and any(row.loose for row in parts):
            _place_block(table, parts, rows[total], budget)


def _place_under_heads(table: RawTable, budget: list[int]) -> None:
    """Loose rows under a total printed above its parts (a begroting's "Uitgaven" over its
    instruments, an instrument's "Subsidies" over its regelingen), each up to the next row
    of its rank or a higher one, or a closing row, placed where it holds. The narrowest
    blocks are tried first: an instrument's regelingen add up to the instrument, while the
    block under "Uitgaven" counts them twice (the instrument and its parts) unless read
    grouped, each instrument's subtotal counted instead of its parts (``_adds_up_grouped``):
    a loose regeling of an instrument printed without values has no narrower block."""
    rows = table.rows
    ranks = [rank(row.label) for row in rows]
    heads = [
        k for k, row in enumerate(rows) if row.cells and not row.loose and ranks[k] is not None
    ]
    for head in sorted(heads, key=lambda k: -(ranks[k] or 0)):
        level = ranks[head] or 0
        stop = next(
            (
                k
                for k in range(head + 1, len(rows))
                if ((r := ranks[k]) is not None and r <= level)
                or CLOSING.match(rows[k].label.strip())
            ),
            len(rows),
        )
        block = rows[head + 1 : stop]
        if any(row.loose for row in block):
            _place_block(table, block, rows[head], budget)
        if any(row.loose for row in block):
            # the block's instruments over their own regelingen, a loose row among those of
            # one printed without values ("Inkomensoverdrachten"), which no narrower block
            # holds: each instrument counts instead of its parts, and a "waarvan" row (a
            # share committed, a part of the row above) not at all
            summands = [row for row in block if not is_share(row.label)]
            _place_block(table, summands, rows[head], budget, grouped=True)


def _place_under_top_total(table: RawTable, budget: list[int]) -> None:
    """Loose rows under a total printed as the table's first row ("Totaal" over
    "Beleidsartikelen" and "Niet-beleidsartikelen" and their articles, as a begrotingsstaat
    prints it), placed where it holds: the rows under it, up to the next closing row or
    the table's end, are its parts (value-less group rows add nothing). No closing row
    above a first row, so no block of ``place_from_sums`` ends at it, and its label has no
    rank for ``_place_under_heads``. Read grouped too, where a subtotal is printed above
    its parts (``_adds_up_grouped``); a "waarvan" row is a share, no summand. A first row
    naming a stand ("Stand 1 januari") opens the rows under it, the mutations a later
    stand closes: the level they start from, not their sum."""
    rows = table.rows
    head = next((k for k, row in enumerate(rows) if row.cells or row.loose), None)
    if head is None or rows[head].loose:
        return
    label = rows[head].label.strip()
    if not TOTAL.match(label) or STAND.match(label):
        return
    stop = next(
        (k for k in range(head + 1, len(rows)) if CLOSING.match(rows[k].label.strip())),
        len(rows),
    )
    block = [row for row in rows[head + 1 : stop] if not is_share(row.label)]
    if any(row.loose for row in block):
        _place_block(table, block, rows[head], budget)
    if any(row.loose for row in block):
        _place_block(table, block, rows[head], budget, grouped=True)


def place_from_sums(
    table: RawTable, budget_year: int | None = None, text_end: int = 0
) -> list[tuple[int, str]]:
    """Place loose rows whose block the sums explain; (line, reason) for the rest.

    In a table printed one row per line, a loose row in a block no total closes keeps its
    values under the headings they stand under (``Row.printed_under``), or, where the layout
    keeps no positions, in the first columns: text extraction drops the blank cells at a
    row's end (a percentage under a "Totaal" column, a stand without the year a later budget
    adds), and a blank cell inside a row is printed ("–", "0") far more often than dropped.
    Where a total closes the block and no placement adds up to it, the values are left out
    and said; so are those of a row under headings nothing places (``Row.sums_only``) where
    neither the sums nor a column's formula (``_place_by_formula``) place it. In a table
    printed one cell per line, its last row printing two values or more but fewer than
    columns, the page's text going on after them (``text_end``: the document's last line
    of text, 1-based), keeps the first columns: the row stops where its values do, as one
    printed one a line whose last cells are blank, where no total in the table could tell
    otherwise (a lone value there is a page's number or a footer's, no row's; values
    ending the text may be cut short)."""
    start = 0
    summed: set[int] = set()  # rows of a block a total closes
    budget = [MAX_TABLE_PLACEMENTS]
    for index, row in enumerate(table.rows):
        if row.loose and not row.cells and TOTAL.match(row.label.strip()):
            _place_total(table, table.rows[start:index], row)
        if row.cells and CLOSING.match(row.label.strip()) and not row.loose:
            _place_block(table, table.rows[start:index], row, budget)
            _place_under_group(table, start, index, budget)
            _place_under_subtotal(table, start, index, budget)
            opening = table.rows[start - 1] if start else None
            stands = [r.label.strip() for r in (opening, row) if r is not None]
            opened = len(stands) == 2 and all(map(STAND.match, stands))
            if opened:
                # a stand closing the mutations printed under the stand before it ("Stand
                # ontwerpbegroting" / mutations / "Stand eerste suppletoire"): that stand
                # and the mutations add up to it
                _place_block(table, table.rows[start - 1 : index], row, budget)
            # the mutations grouped, each group's subtotal printed above its parts, and a
            # "waarvan" row (a share, a part of the row above) not counted at all, as under
            # a total printed above its parts (``_place_under_heads``)
            summands = [r for r in table.rows[start:index] if not is_share(r.label)]
            _place_block(table, summands, row, budget, grouped=True)
            if opened:
                summands = [r for r in table.rows[start - 1 : index] if not is_share(r.label)]
                _place_block(table, summands, row, budget, grouped=True)
            summed.update(range(start, index))
            start = index + 1
    _place_under_coded_totals(table, budget)
    _place_under_heads(table, budget)
    _place_under_top_total(table, budget)
    _place_alone(table)
    _place_under_unnamed_totals(table, summed, budget)
    _place_by_formula(table, summed)
    _place_over_subtotals(table, budget)
    _place_carried(table)
    problems = []
    for index, row in enumerate(table.rows):
        under = row.printed_under
        if row.loose and under and max(under) >= len(table.columns):
            # a heading line that names a column twice ("2024   Totaal   2024") keeps it
            # once: the headings the values stand under are past the table's columns, and
            # nothing else tells where they belong
            problems.append(
                (
                    row.line,
                    f"row '{row.label}': its {len(row.loose)} values stand under headings "
                    f"the table's {len(table.columns)} columns do not keep (a heading "
                    "printed twice); left out",
                )
            )
        elif (
            row.loose
            and table.layout == "row_per_line"
            and index not in summed
            and not row.sums_only
        ):
            _put(table, row, under or range(len(row.loose)))
        elif (
            row.loose
            and 2 <= len(row.loose) < len(table.columns)
            and index == len(table.rows) - 1
            and index not in summed
            and not row.sums_only
            and max(cell.line for cell in row.loose) < text_end
            and not any(TOTAL.match(other.label.strip()) for other in table.rows)
        ):
            _put(table, row, range(len(row.loose)))  # the table's last row, stopping short
        elif row.loose and _committed_share(row):
            # the share of the budget year's money: under the column that names that year,
            # wherever the table starts (a begroting prints the two years before it first)
            spots = [
                c for c, label in enumerate(table.columns) if column_year(label) == budget_year
            ]
            if budget_year is not None and len(spots) == 1:
                _put(table, row, spots)
            else:
                problems.append(
                    (
                        row.line,
                        f"row '{row.label}': one share committed and no column of the budget "
                        f"year {budget_year or '(unknown)'}; left out",
                    )
                )
        elif row.loose:
            problems.append(
                (
                    row.line,
                    f"row '{row.label}': {len(row.loose)} values for {len(table.columns)} "
                    "columns and no placeholders; the sums do not tell their columns, left out",
                )
            )
    return problems


def _place_under_unnamed_totals(table: RawTable, summed: set[int], budget: list[int]) -> None:
    """Loose rows in no block a closing row closes (``summed``), placed where a full row
    below them, whatever its label, is the sum of the rows from the block's start down to
    it: a total printed below its parts that names no total ("Netto uitgaven onder het
    kader" under two sectors and "Onderuitputting", which prints two years of four). The
    block starts past the last subtotal above the row (``_past_subtotals``: "Apparaatsuitgaven"
    sums the rows under "Programma-uitgaven", not those above it too); a "waarvan" row is a
    share of the row above, no summand and no total, so it is left out of the sum and is not
    placed by it. The nearest such row first, up to the next closing row; each is taken only
    where exactly one placement makes it hold in every column, a zero's column counted too
    (``_place_block``, ``unique``), within one unit of the block's last printed digit (the
    rounding a total of rounded parts shows: 203,6 + 11,2 - 0,5 printed as 214,4), so a row
    that sums nothing places nothing. A row opening with an item's code ("3. Saldo") sums
    what the codes say (``_place_under_coded_totals``), not whatever adds up to it. A table
    printed one row per line whose layout keeps the positions its values stand under is
    left to them, and so is a row whose placements alone are more than the table has left
    to try."""
    rows = table.rows
    width = len(table.columns)
    closings = [k for k, row in enumerate(rows) if row.cells and CLOSING.match(row.label.strip())]
    for index, row in enumerate(rows):
        if not row.loose or index in summed or row.printed_under or is_share(row.label):
            continue
        if comb(width, len(row.loose)) > budget[0]:
            continue
        start = _past_subtotals(
            table, max((k + 1 for k in closings if k < index), default=0), index
        )
        stop = min((k for k in closings if k > index), default=len(rows))
        for total in range(index + 1, stop):
            below = rows[total]
            if (
                below.cells
                and not below.loose
                and not item_coded(below.label)
                and not is_share(below.label)
            ):
                parts = [part for part in rows[start:total] if not is_share(part.label)]
                _place_block(table, parts, below, budget, unique=True)
            if not row.loose:
                break


#: One term of a column's formula, as ``NUMBERED_HEADING`` reads it ("(3)=(1)+(2)",
#: "(3) = 1 - 2"): its sign (none for the first) and the column's number.
_TERM = re.compile(r"([-+–−]?)\s*\(?(\d{1,2})\)?")


def _place_over_subtotals(table: RawTable, budget: list[int]) -> None:
    """Loose rows still unplaced under the total that closes them, placed where that total
    is the sum of the rows above it from the top of their stacked block, each subtotal
    counted instead of its parts: a closing row the rows since the last such row add up to
    in every column (within one unit of their last printed digit; "Totaal belastingen"
    under its taxes), the rows after it the total's other parts ("Algemene uitkering" /
    ... / "Post onvoorzien" / "Totaal algemene middelen", a municipal overview whose grand
    total sums a group's total and the rows under it). The block ``place_from_sums`` gives
    the total starts after the last closing row above, so a subtotal, or a line item a
    closing word opens that its rows do not add up to ("Saldo treasury"), left the total
    too few parts. The total that closes a loose row is the first total under it in its
    block: a balance's line item between them ("Saldo ..." right above the grand total)
    sums nothing and is one of that total's parts. Taken only where exactly one placement
    holds (a zero's column counted too); a "waarvan" row is a share, no summand. A stand
    the rows of a subtotal follow ("Stand ontwerpbegroting" / mutations / "Totaal mutaties")
    is the level they change, no part of their sum: the subtotal sums the rows after it, and
    the total counts the stand and the subtotal both (``_opens``)."""
    rows = table.rows
    for index, row in enumerate(rows):
        if not row.loose or is_share(row.label):
            continue
        total = next(
            (
                k
                for k in range(index + 1, len(rows))
                if rows[k].cells and not rows[k].loose and TOTAL.match(rows[k].label.strip())
            ),
            None,
        )
        if total is None or rows[total].block != row.block:
            continue
        parts: list[Row] = []
        pending: list[Row] = []
        for part in rows[:total]:
            if part.block != rows[total].block or is_share(part.label):
                continue
            if not (part.cells or part.loose):
                continue  # a group row printing no values adds nothing
            if _subtotal_of(table, part, pending):
                parts.append(part)
                pending = []
            elif pending and _opens(pending[0]) and _subtotal_of(table, part, pending[1:]):
                parts += [pending[0], part]
                pending = []
            else:
                pending.append(part)
        _place_block(table, parts + pending, rows[total], budget, unique=True)


def _opens(row: Row) -> bool:
    """Whether ``row`` is a stand with its values in place: the level the mutations under
    it start from ("Stand ontwerpbegroting" / mutations / "Totaal mutaties" / ... / "Stand
    <later>"), so the later stand counts it beside their subtotal, never among its parts."""
    return bool(row.cells) and not row.loose and STAND.match(row.label.strip()) is not None


def _subtotal_of(table: RawTable, row: Row, parts: list[Row]) -> bool:
    """Whether ``row`` is a closing row that ``parts``, two at least and all placed, add up
    to in every column within one unit of their last printed digit."""
    if not row.cells or row.loose or not CLOSING.match(row.label.strip()) or len(parts) < 2:
        return False
    if any(part.loose for part in parts):
        return False
    want = _column_values(row, table.columns)
    zero = [Decimal(0)] * len(table.columns)
    return _fits(want, _fixed_sums(parts, table.columns), zero, _unit([row, *parts]))


def _column_formulas(columns: list[str]) -> list[tuple[int, list[tuple[int, int]]]]:
    """(column, [(sign, column)]) of each column (0-based) whose heading gives the formula
    computing it from the other numbered columns ("(3)=(1)+(2)": column 2 from 0 and 1,
    plus each), where each number it names closes one column's heading."""
    found = [(k, NUMBERED_HEADING.search(label)) for k, label in enumerate(columns)]
    numbers = [int(match.group(1)) for _k, match in found if match]
    place = {int(match.group(1)): k for k, match in found if match}
    if len(set(numbers)) != len(numbers):
        return []
    formulas = []
    for k, match in found:
        if match and match.group(2):
            terms = [(sign, int(number)) for sign, number in _TERM.findall(match.group(2))]
            if all(number in place for _sign, number in terms):
                formulas.append(
                    (k, [(-1 if sign and sign != "+" else 1, place[n]) for sign, n in terms])
                )
    return formulas


def _place_by_formula(table: RawTable, summed: set[int]) -> None:
    """Loose rows printing a value for each column a column's formula ties, no more (its
    own and those it is computed from: "<Label> A B A+B" under "(1)", "(2)",
    "(3)=(1)+(2)" and four years), placed in those columns where their values keep
    the formula (within one unit of the row's last printed digit, a value not nil): a total
    across the columns tells them as a total down them does. Nowhere else can the formula
    be checked. A row in a block a total closes is left to the sums, and a row whose
    values the layout places to where they stand."""
    formulas = _column_formulas(table.columns)
    for index, row in enumerate(table.rows):
        if not row.loose or row.cells or index in summed or row.printed_under:
            continue
        values = [cell.value for cell in row.loose]
        if None in values or not any(values):
            continue
        for target, terms in formulas:
            spots = sorted({target, *(column for _sign, column in terms)})
            if len(spots) != len(values):
                continue
            at = dict(zip(spots, values, strict=True))
            computed = sum((sign * at[c] for sign, c in terms), Decimal(0))
            if abs(computed - at[target]) <= _unit([row]):
                _put(table, row, spots)
                break


def _place_carried(table: RawTable) -> None:
    """A loose row among the rows a result carries a balance through, placed where exactly
    one choice of its columns makes the result the balance plus or minus each of those rows,
    one sign per row, in every column the result prints, exactly: "Saldo van baten en
    lasten" / "Toevoegingen aan reserves" / "Onttrekkingen aan reserves" / "Geraamd
    resultaat", the result the saldo less what goes into the reserves and plus what comes
    out of them, a row printing no figure in a year counted as nil. No total sums those
    rows, so the block's sums placed nothing. The balance is a full row naming a total or
    a balance (``CLOSING``) right above the rows, the result the first full closing row
    below them, two to ``MOST_CARRIED`` rows between, one of them loose and the others
    full; the balance not all nil (a nil balance plus or minus the rows is any of them)."""
    rows = table.rows
    width = len(table.columns)

    def full(row: Row) -> bool:
        return len(row.cells) == width and not row.loose

    for index, row in enumerate(rows):
        if not row.loose or len(row.loose) >= width:
            continue
        above = index - 1
        while above >= 0 and full(rows[above]) and not CLOSING.match(rows[above].label.strip()):
            above -= 1
        below = index + 1
        while below < len(rows) and full(rows[below]):
            if CLOSING.match(rows[below].label.strip()):
                break
            below += 1
        if (
            above < 0
            or below >= len(rows)
            or not full(rows[above])
            or not full(rows[below])
            or not CLOSING.match(rows[below].label.strip())
            or not 2 <= below - above - 1 <= MOST_CARRIED
        ):
            continue
        start = _column_values(rows[above], table.columns)
        result = _column_values(rows[below], table.columns)
        if not any(start):
            continue
        run = rows[above + 1 : below]
        fitting = []
        for skip, spots in _readings(row, width):
            if skip:
                continue
            placed = [Decimal(0)] * width
            for column, cell in zip(spots, row.loose, strict=True):
                placed[column] = cell.value or Decimal(0)
            vectors = [
                placed
                if part is row
                else [v or Decimal(0) for v in _column_values(part, table.columns)]
                for part in run
            ]
            printed = [c for c in range(width) if result[c] is not None]
            if carried_through([v or 0 for v in start], vectors, result, printed):
                fitting.append(spots)
        if len(fitting) == 1:
            _put(table, row, fitting[0])


def _column_values(row: Row, columns: list[str]) -> list[Decimal | None]:
    """A row's values in the order of the table's ``columns``, None under a column it leaves
    blank."""
    by_column = {cell.column_label: cell.value for cell in row.cells}
    return [by_column.get(label) for label in columns]


def _past_subtotals(table: RawTable, start: int, stop: int) -> int:
    """Where the rows ``start:stop`` after their last subtotal begin: a full row that two
    rows or more above it, since the last such row, add up to in every column (within one
    unit of their last printed digit, "Programma-uitgaven" under "Opdrachten" and
    "Subsidies") closes a block of its own; the rows under it start the next. A block
    holding a loose row, or "waarvan" rows only counted as shares, is told by no sum."""
    begin = start
    for k in range(start, stop):
        row = table.rows[k]
        parts = [p for p in table.rows[begin:k] if (p.cells or p.loose) and not is_share(p.label)]
        if not row.cells or row.loose or is_share(row.label) or len(parts) < 2:
            continue
        if any(part.loose for part in parts):
            continue
        want = _column_values(row, table.columns)
        zero = [Decimal(0)] * len(table.columns)
        if _fits(want, _fixed_sums(parts, table.columns), zero, _unit([row, *parts])):
            begin = k + 1
    return begin


def _place_alone(table: RawTable) -> None:
    """Loose rows that are the only part of a total in the columns they fill: a stand's
    "Extrapolatie" prints the year a new budget adds, under which no row above has a value,
    so the total below it ("Stand ... (subtotaal)") is that value alone. Such a column is
    told by its sum as surely as a block's: the first value below the row in that column is
    a total's, equal to the value, and no row above has one. Placed only where exactly one
    choice of columns fits every value of the row, all under the same total, which becomes
    the row's parent (``Row.part_of``)."""
    rows = table.rows
    width = len(table.columns)
    for index, row in enumerate(rows):
        if not row.loose or len(row.loose) > width:
            continue
        fits = [
            {c: total for c in range(width) if (total := _alone_in(rows, index, c, cell.value))}
            for cell in row.loose
        ]
        picks = [
            spots
            for spots in combinations(range(width), len(row.loose))
            if all(c in options for c, options in zip(spots, fits, strict=True))
            and len({options[c] for c, options in zip(spots, fits, strict=True)}) == 1
        ]
        if len(picks) == 1:
            row.part_of = fits[0][picks[0][0]]
            _put(table, row, picks[0])


def _alone_in(rows: list[Row], index: int, column: int, value: Decimal | None) -> int | None:
    """The index of the first total below row ``index`` whose value in ``column`` (0-based)
    is ``value`` alone, no row above holding a value in that column; else None."""
    order = column + 1
    if value is None or any(
        cell.column_order == order for row in rows[:index] for cell in row.cells
    ):
        return None
    for below in range(index + 1, len(rows)):
        for cell in rows[below].cells:
            if cell.column_order == order:
                found = TOTAL.match(rows[below].label.strip()) and cell.value == value
                return below if found else None
    return None


def _committed_share(row: Row) -> bool:
    """A "waarvan juridisch verplicht" row of one percentage: the share of the budget year's
    money already committed, printed under that year."""
    label = row.label.strip()
    return (
        len(row.loose) == 1
        and row.loose[0].text.rstrip().endswith("%")
        and WAARVAN.match(label) is not None
        and "juridisch" in label.lower()
    )


def _put(table: RawTable, row: Row, spots: Sequence[int]) -> None:
    """A loose row's values placed in the columns ``spots``, in order."""
    row.cells = [
        Cell(table.columns[c], c + 1, cell.text, cell.value, cell.line, cell.column)
        for c, cell in zip(spots, row.loose, strict=True)
    ]
    row.loose = []
