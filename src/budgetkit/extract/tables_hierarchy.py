"""Rebuilding a table's row hierarchy, which text extraction flattened away.

A begroting table prints a parent before its children, and a parent's value is the sum of
its children in every column. So the rows are read as a preorder tree: the parse looks for
the split of the rows into subtrees in which every parent equals the sum of its children,
preferring the largest subtree for each row (a parent takes all the rows that add up to it).

Numbers alone are ambiguous where rows repeat a value (a parent and its single "Overige"
child, rows of zeros), so label cues constrain the parse: Verplichtingen, Uitgaven and
Ontvangsten are top level; numbered article parts ("1. Participatie ...") come next; then
the financial instruments (Subsidies, Opdrachten, Bijdrage aan agentschappen, ...); "Overige"
is always a line within one of those. A row with a cue may only descend from rows with a
lower cue. "Waarvan" rows are part of the row above them but not one of the rows that add up
to it.

When the numbers cannot explain a table whose labels show it is nested (a printed total that
does not add up), the hierarchy comes from the label cues alone and says so: that table's
failing sums are then findings about the source, for the validation layer to report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

#: Label cues: rank in the begroting hierarchy (lower ranks enclose higher ones).
RANKS = (
    (1, re.compile(r"(?:verplichtingen|uitgaven|ontvangsten)", re.IGNORECASE)),
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
WAARVAN = re.compile(r"waarvan\b", re.IGNORECASE)
#: Work limit for the numeric parse; a table that needs more is read from its labels.
MAX_STEPS = 200_000


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
    values: list[tuple[Decimal, ...]], kinds: list[str], ranks: list[int | None]
) -> list[int | None] | None:
    """Parents from the numbers under the label cues; None when the rows cannot be parsed."""
    count = len(values)
    width = len(values[0]) if values else 0
    zero = (Decimal(0),) * width
    # Sums of the positive and of the negative parts of rows[:k], per column: the roots of
    # a forest over rows[i:end] are some of those rows, so its target must lie between.
    ups, downs = [zero], [zero]
    for row in values:
        ups.append(tuple(u + max(v, 0) for u, v in zip(ups[-1], row, strict=True)))
        downs.append(tuple(d + min(v, 0) for d, v in zip(downs[-1], row, strict=True)))

    def feasible(i: int, end: int, target: tuple[Decimal, ...]) -> bool:
        return all(
            downs[end][c] - downs[i][c] <= target[c] <= ups[end][c] - ups[i][c]
            for c in range(width)
        )

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
    def subtree(i: int, end: int, floor: int) -> tuple[tuple[int, int | None], ...] | None:
        """(row, parent) pairs for rows[i:end] as one subtree rooted at row i."""
        if end == i + 1:
            return ((i, None),)
        below = max(floor, ranks[i] or 0)
        children = forest(i + 1, end, below, kinds[i], values[i])
        if children is None:
            return None
        return ((i, None), *((row, i if parent is None else parent) for row, parent in children))

    @cache
    def forest(
        i: int, end: int, floor: int, kind: str | None, target: tuple[Decimal, ...] | None
    ) -> tuple[tuple[int, int | None], ...] | None:
        """rows[i:end] as consecutive subtrees whose roots add up to ``target`` (if given)."""
        steps[0] += 1
        if steps[0] > MAX_STEPS:
            raise _TooHard
        if i == end:
            return () if target is None or target == zero else None
        if (ranks[i] is not None and ranks[i] <= floor) or (kind and kinds[i] != kind):
            return None
        rest = (
            None if target is None else tuple(t - v for t, v in zip(target, values[i], strict=True))
        )
        if rest is not None and not feasible(i + 1, end, rest):
            return None
        for e in range(min(end, reach(i, max(floor, ranks[i] or 0))), i, -1):
            tree = subtree(i, e, floor)
            if tree is None:
                continue
            tail = forest(e, end, floor, kind, rest)
            if tail is not None:
                return tree + tail
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


def build(labels: list[str], values: list[tuple[Decimal, ...]], kinds: list[str]) -> Hierarchy:
    """The hierarchy of one block of rows (labels, values per column, unit kind per row)."""
    partial = [WAARVAN.match(label.strip()) is not None for label in labels]
    whole = [i for i, p in enumerate(partial) if not p]
    ranks = [rank(labels[i]) for i in whole]
    found = _numeric([values[i] for i in whole], [kinds[i] for i in whole], ranks)
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
    for index, is_partial in enumerate(partial):
        if is_partial:
            parents[index] = last_whole
        else:
            last_whole = index
    return Hierarchy(parents, source, partial)
