"""Rebuilding a table's row hierarchy, which text extraction flattened away.

A parent's value is the sum of its children in every column, and it is printed either
before its children (a begroting table: Uitgaven, then its articles and instruments) or
after them (a total, a subtotal, a resulting stand closing the rows above it). So the rows
are parsed as a sequence of subtrees, each rooted at its first row (printed before its
parts) or its last row (printed after them), in which every parent equals the sum of its
children; the parse prefers the largest subtree for each row (a parent takes all the rows
that add up to it). A row that prints no values heads the rows under it and counts as their
sum. A table whose sums hold only within the printed precision (tables in millions with one
decimal) is parsed again with that tolerance, so rounding does not flatten it.

Numbers alone are ambiguous where rows repeat a value (a parent and its single "Overige"
child, rows of zeros), so label cues constrain the parse: Verplichtingen, Uitgaven and
Ontvangsten are top level; numbered article parts ("1. Participatie ...") come next; then
the financial instruments (Subsidies, Opdrachten, Bijdrage aan agentschappen, ...); "Overige"
is always a line within one of those. A row with a cue may only descend from rows with a
lower cue. A closing label ("Totaal", "Stand ...") makes a row try to close the rows above it
first. "Waarvan" rows are part of the row above them but not one of the rows that add up to
it.

When the numbers cannot explain a table whose labels show it is nested (a printed total that
does not add up), the hierarchy comes from the label cues alone and says so: that table's
failing sums are then findings about the source, for the validation layer to report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from budgetkit.extract.tables_vocabulary import CLOSING, WAARVAN, WAARVAN_ONLY

#: Label cues: rank in the begroting hierarchy (lower ranks enclose higher ones).
RANKS = (
    (1, re.compile(r"(?:verplichtingen|uitgaven|ontvangsten):?", re.IGNORECASE)),
    (2, re.compile(r"\d{1,2}\.\s+\S.*")),
    (
        3,
        re.compile(
            r"(?:subsidies|opdrachten|bekostiging|inkomensoverdrachten|leningen|garanties"
            r"|participaties|personele uitgaven|materi[eë]le uitgaven"
            r"|storting/onttrekking begrotingsreserve|bijdragen? aan .+)(?:\s*\(.*\))?",
            re.IGNORECASE,
        ),
    ),
    (4, re.compile(r"overige", re.IGNORECASE)),
)
#: Work limit for the numeric parse; a table that needs more is read from its labels.
MAX_STEPS = 200_000
#: A sum within this many units of the last printed digit still adds up (rounding).
ROUNDING_DIGITS = 2

Values = tuple[Decimal, ...]


def rank(label: str) -> int | None:
    """The label cue's rank, or None for a row the labels say nothing about (a regeling)."""
    for value, pattern in RANKS:
        if pattern.fullmatch(label.strip()):
            return value
    return None


@dataclass(frozen=True)
class Hierarchy:
    parents: list[int | None]  # index of each row's parent row
    source: str  # "sums" | "labels" | "flat"
    partial: list[bool]  # True for a "waarvan" row, which does not add up to its parent


class _TooHard(Exception):
    """The numeric parse ran past ``MAX_STEPS``."""


def _numeric(
    values: Sequence[Values | None],
    kinds: list[str],
    ranks: list[int | None],
    closing: list[bool],
    tolerance: Values,
    after: bool = True,
) -> list[int | None] | None:
    """Parents from the numbers under the label cues; None when the rows cannot be parsed."""
    count = len(values)
    width = len(tolerance)
    zero = (Decimal(0),) * width
    plain = [v if v is not None else zero for v in values]
    # Sums of the positive and of the negative parts of rows[:k], per column: the roots of
    # a forest over rows[i:end] are some of those rows, so its target must lie between.
    ups, downs = [zero], [zero]
    for row in plain:
        ups.append(tuple(u + max(v, 0) for u, v in zip(ups[-1], row, strict=True)))
        downs.append(tuple(d + min(v, 0) for d, v in zip(downs[-1], row, strict=True)))

    def feasible(i: int, end: int, target: Values) -> bool:
        return all(
            downs[end][c] - downs[i][c] - tolerance[c]
            <= target[c]
            <= ups[end][c] - ups[i][c] + tolerance[c]
            for c in range(width)
        )

    def settled(target: Values) -> bool:
        return all(abs(t) <= tol for t, tol in zip(target, tolerance, strict=True))

    steps = [0]

    @cache
    def reach(i: int, below: int) -> int:
        """End of the rows row i may enclose: up to the next row whose cue ranks <= below."""
        for j in range(i + 1, count):
            cue = ranks[j]
            if cue is not None and cue <= below:
                return j
        return count

    @cache
    def subtree(
        i: int, end: int, floor: int, post: bool
    ) -> tuple[tuple[tuple[int, int | None], ...], Values] | None:
        """((row, parent) pairs, value) for rows[i:end] as one subtree rooted at its first
        row, or with ``post`` at its last row."""
        root = end - 1 if post else i
        if end == i + 1:
            return ((i, None),), plain[i]
        below = max(floor, ranks[root] or 0)
        target = values[root]
        if target is None and post:
            return None  # a row without values heads the rows under it
        first, last = (i, end - 1) if post else (i + 1, end)
        children = forest(first, last, below, kinds[root], target)
        if children is None:
            return None
        value = target
        if value is None:
            value = zero
            for row, parent in children:
                if parent is None:
                    value = tuple(a + b for a, b in zip(value, plain[row], strict=True))
        pairs = (
            (root, None),
            *((row, root if parent is None else parent) for row, parent in children),
        )
        return pairs, value

    @cache
    def forest(
        i: int, end: int, floor: int, kind: str | None, target: Values | None
    ) -> tuple[tuple[int, int | None], ...] | None:
        """rows[i:end] as consecutive subtrees whose roots add up to ``target`` (if given)."""
        steps[0] += 1
        if steps[0] > MAX_STEPS:
            raise _TooHard
        if i == end:
            return () if target is None or settled(target) else None
        pre_end = min(end, reach(i, max(floor, ranks[i] or 0)))
        for e in range(end, i, -1):
            modes = (True, False) if closing[e - 1] else (False, True)
            for post in modes:
                if post and (e == i + 1 or not after):
                    continue
                if not post and e > pre_end:
                    continue
                root = e - 1 if post else i
                if (ranks[root] is not None and ranks[root] <= floor) or (
                    kind and kinds[root] != kind
                ):
                    continue
                known = values[root]
                if target is not None and known is not None:
                    rest = tuple(t - v for t, v in zip(target, known, strict=True))
                    if not feasible(e, end, rest):
                        continue
                tree = subtree(i, e, floor, post)
                if tree is None:
                    continue
                pairs, value = tree
                rest = (
                    None
                    if target is None
                    else tuple(t - v for t, v in zip(target, value, strict=True))
                )
                tail = forest(e, end, floor, kind, rest)
                if tail is not None:
                    return pairs + tail
        return None

    try:
        pairs = forest(0, count, 0, None, None)
    except _TooHard:
        return None
    if pairs is None:
        return None
    parents: list[int | None] = [None] * count
    for row, parent in pairs:
        parents[row] = parent
    return parents


def from_labels(ranks: list[int | None]) -> list[int | None]:
    """Parents from the label cues alone: each row under the nearest row of lower rank.

    A row without a cue is a line item (rank below the instruments).
    """
    parents: list[int | None] = []
    stack: list[tuple[int, int]] = []
    for index, cue in enumerate(ranks):
        level = cue if cue is not None else 4
        while stack and stack[-1][1] >= level:
            stack.pop()
        parents.append(stack[-1][0] if stack else None)
        stack.append((index, level))
    return parents


def _explains_labels(parents: list[int | None], ranks: list[int | None]) -> bool:
    """Whether every cued row below the top level found a parent once a top row was printed."""
    seen_top = False
    for parent, cue in zip(parents, ranks, strict=True):
        seen_top = seen_top or cue == 1
        if seen_top and cue is not None and cue > 1 and parent is None:
            return False
    return True


def _closes_siblings(parents: list[int | None], values: Sequence[Values | None]) -> bool:
    """Whether a row equals the sum of two or more siblings printed right above it: a total
    printed below its parts, which a parse of parents-before-children leaves flat."""
    siblings: dict[int | None, list[int]] = {}
    for row, parent in enumerate(parents):
        siblings.setdefault(parent, []).append(row)
    for rows in siblings.values():
        for j, row in enumerate(rows):
            target = values[row]
            if target is None or not any(target):
                continue
            total = tuple(Decimal(0) for _ in target)
            for k in range(j - 1, -1, -1):
                part = values[rows[k]]
                if part is None:
                    break
                total = tuple(a + b for a, b in zip(total, part, strict=True))
                if j - k >= 2 and total == target:
                    return True
    return False


def _parse(
    values: Sequence[Values | None],
    kinds: list[str],
    ranks: list[int | None],
    closing: list[bool],
    tolerance: Values,
) -> list[int | None] | None:
    """Parents before children first (the begroting layout); totals below their parts only
    where the sums show such a total."""
    found = _numeric(values, kinds, ranks, closing, tolerance, after=False)
    if found is None or _closes_siblings(found, values):
        both = _numeric(values, kinds, ranks, closing, tolerance)
        found = both if both is not None else found
    return found


def _tolerance(texts: Sequence[Sequence[str]], width: int) -> Values:
    """ROUNDING_DIGITS units of the last printed digit, per table."""
    decimals = 0
    for row in texts:
        for text in row:
            match = re.search(r",(\d+)%*$", text.strip())
            if match:
                decimals = max(decimals, len(match.group(1)))
    unit = Decimal(1).scaleb(-decimals)
    return (unit * ROUNDING_DIGITS,) * width


def build(
    labels: list[str],
    values: Sequence[Values | None],
    kinds: list[str],
    texts: Sequence[Sequence[str]] | None = None,
) -> Hierarchy:
    """The hierarchy of one block of rows (labels, values per column or None for a row that
    prints none, unit kind per row, printed cell texts per row)."""
    marker = [
        WAARVAN_ONLY.match(label) is not None and values[i] is None
        for i, label in enumerate(labels)
    ]
    partial = [
        WAARVAN.match(label.strip()) is not None and not marker[i] for i, label in enumerate(labels)
    ]
    whole = [i for i in range(len(labels)) if not partial[i] and not marker[i]]
    ranks = [rank(labels[i]) for i in whole]
    closing = [CLOSING.match(labels[i].strip()) is not None for i in whole]
    width = max((len(v) for v in values if v is not None), default=0)
    exact = (Decimal(0),) * width
    picked = [values[i] for i in whole]
    picked_kinds = [kinds[i] for i in whole]
    found = _parse(picked, picked_kinds, ranks, closing, exact)
    if found is None or not _explains_labels(found, ranks):
        rounding = _tolerance(texts or [], width)
        found = _parse(picked, picked_kinds, ranks, closing, rounding)
    if found is not None and _explains_labels(found, ranks):
        source = "sums" if any(p is not None for p in found) else "flat"
    else:
        found = from_labels(ranks)
        source = "labels" if any(p is not None for p in found) else "flat"
    parents: list[int | None] = [None] * len(labels)
    for position, index in enumerate(whole):
        parent = found[position]
        parents[index] = None if parent is None else whole[parent]
    last_whole: int | None = None
    for index in range(len(labels)):
        if partial[index] or marker[index]:
            parents[index] = last_whole
        else:
            last_whole = index
    return Hierarchy(parents, source, [p or m for p, m in zip(partial, marker, strict=True)])
