"""Rebuilding a table's row hierarchy, which text extraction flattened away.

A parent's value is the sum of its children in every column, and it is printed either
before its children (a begroting table: Uitgaven, then its articles and instruments) or
after them (a total, a subtotal, a resulting stand closing the rows above it). So the rows
are parsed as a sequence of subtrees, each rooted at its first row (printed before its
parts) or its last row (printed after them), in which every parent equals the sum of its
children; the parse prefers the largest subtree for each row (a parent takes all the rows
that add up to it). A row that prints no values heads the rows under it and counts as their
sum; one with no cue above the table's first top row (an article's title under the heading)
heads no row from that top row on. A table whose sums hold only within the printed
precision (tables in millions with one decimal) is parsed again with that tolerance, so
rounding does not flatten it.

Numbers alone are ambiguous where rows repeat a value (a parent and its single "Overige"
child, rows of zeros), so label cues constrain the parse: Verplichtingen, Uitgaven and
Ontvangsten are top level; the Programma- and Apparaatsuitgaven the spending splits into
next, neither under the other; numbered article parts ("1. Participatie ...") come next;
then the financial instruments (Subsidies, Opdrachten, Bijdrage aan agentschappen, ...);
"Overige" is always a line within one of those. A row with a cue may only descend from rows
with a lower cue; a cued label printed again right under its row (a regeling named as its
instrument) is no cue, and the sums place it. A closing label ("Totaal", "Stand ...") makes
a row try to close the rows above it first. "Waarvan" rows are part of the row above them
but not one of the rows that add up to it. Rows printed as a list under a row
("Apparaatskosten", then "– personele kosten", "– materiële kosten") are its items when
their sums allow it; the list's head then stands in the numeric parse with their sum.

Where the layout keeps where each label starts (a PDF's text layer), a total printed above
parts indented past it heads no row printed back at its own indent (a "p.m." row after the
parts, which any sum admits).

When the numbers cannot explain a table whose labels show it is nested (a printed total that
does not add up), the hierarchy comes from the label cues alone and says so: that table's
failing sums are then findings about the source, for the validation layer to report; so is
a chain of stands (a stand, its mutations and their total, the stand they come to) whose
last stand adds up in most columns but not all (a misprinted figure).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, reduce
from itertools import combinations, product, takewhile
from typing import Any, TypeVar

from budgetkit.extract.tables_item_codes import SUMMED, lettered_parts, named_parts
from budgetkit.extract.tables_tokens import CODE_DIGITS, UNKNOWN_FIGURE, printed_decimals
from budgetkit.extract.tables_units import unit_alone
from budgetkit.extract.tables_vocabulary import (
    BALANCE,
    CLOSING,
    COVER_KINDS,
    JOINING_WORDS,
    STAND,
    TOTAL,
    TOTAL_WORD,
    WAARVAN,
    WAARVAN_ONLY,
    WHOLE,
    names_stage,
)

#: A word of letters in a label.
_WORD = re.compile(r"[^\W\d_]+")
#: The rank of the financial instruments' cue.
INSTRUMENT = 4
#: The rank of a line within an instrument ("Overige"), and of a row the labels say
#: nothing about where only the labels place the rows.
LINE_ITEM = 5
#: The rank of the two halves the spending splits into, and of the numbered parts.
SPLIT, PART = 2, 3
#: The half of the spending over the articles' parts ("Programma-uitgaven").
PROGRAMME = re.compile(r"programma[- ]?uitgaven:?", re.IGNORECASE)
#: Label cues: rank in the begroting hierarchy (lower ranks enclose higher ones).
RANKS = (
    (1, re.compile(r"(?:verplichtingen|uitgaven|ontvangsten):?", re.IGNORECASE)),
    # the two halves the spending splits into ("Programma-uitgaven" over the articles'
    # parts, "Apparaatsuitgaven" beside it): one never heads the other, whichever prints
    # values, and a numbered part comes under either (unless the split is printed within
    # each part, _splits_inside_parts)
    (SPLIT, re.compile(r"(?:programma|apparaats?)[- ]?uitgaven:?", re.IGNORECASE)),
    (PART, re.compile(r"\d{1,2}\.\s+\S.*")),
    # a lettered part of a numbered item ("3a. -/- totaal investeringen" of "3. Totaal
    # investeringskasstroom", printed above or below it): a level under the numbered ones
    (4, re.compile(r"\d{1,2}[a-z]\.\s+\S.*")),
    (
        INSTRUMENT,
        re.compile(
            r"(?:subsidies|opdracht(?:en)?|bekostiging|inkomensoverdrachten|leningen|garanties"
            r"|participaties|personele uitgaven|materi[eë]le uitgaven"
            r"|(?:storting(?:/onttrekking)?\s+|onttrekking\s+)?begrotingsreserves?(?:\s.*)?"
            r"|bijdragen? aan (?:agentschappen|medeoverheden|zbo'?s|rwt'?s|zbo'?s/rwt'?s"
            r"|(?:\(?inter-?\)?)?nationale organisaties|andere begrotingen|sociale fondsen).*)"
            r"(?:\s*\(.*\))?",
            re.IGNORECASE,
        ),
    ),
    (LINE_ITEM, re.compile(r"overige", re.IGNORECASE)),
)
#: The numbers of the rows a label says it is computed from with a minus, ending it: each
#: number in its own brackets ("(4) Netto vlottende schuld (2) - (3)", "(1) + (2) – (3)") or
#: all of them in one after an equals sign ("Vrije ruimte (=3-4)"): the row is a difference,
#: a balance of rows, never a part of a total printed above them (its minuend is no sum of
#: the subtrahend and the difference). One bracketed pair without "=" ("(4-12)") may be a
#: range, so it is no formula. Rows coded with capital letters ("A. <saldo>", "B. <post>")
#: may open a label with the formula instead, the row's own letter first ("E=C-D <saldo>",
#: as "C=A+B <saldo>" opens the label of their sum), or end it with the letters alone in
#: brackets ("E. <saldo> (C-D)", as "C. <saldo> (A+B)" ends their sum's): letters make no
#: range.
_ROW_NUMBER = r"\d{1,2}[a-z]?"
_ROW_LETTER = r"[A-Z]"
DIFFERENCE = re.compile(
    rf"(?:\({_ROW_NUMBER}\)(?:\s*[-–+]\s*\({_ROW_NUMBER}\))*\s*[-–]\s*\({_ROW_NUMBER}\)"
    rf"(?:\s*[-–+]\s*\({_ROW_NUMBER}\))*"
    rf"|\(=\s*{_ROW_NUMBER}(?:\s*[-–+]\s*{_ROW_NUMBER})*\s*[-–]\s*{_ROW_NUMBER}"
    rf"(?:\s*[-–+]\s*{_ROW_NUMBER})*\)"
    rf"|\(=?\s*{_ROW_LETTER}(?:\s*[-–+]\s*{_ROW_LETTER})*\s*[-–]\s*{_ROW_LETTER}"
    rf"(?:\s*[-–+]\s*{_ROW_LETTER})*\))\s*$"
    rf"|^\s*{_ROW_LETTER}\s*=\s*{_ROW_LETTER}(?:\s*[-–+]\s*{_ROW_LETTER})*\s*[-–]\s*{_ROW_LETTER}"
    rf"(?:\s*[-–+]\s*{_ROW_LETTER})*\s+(?=[^\W\d_])"
)


def _is_balance(label: str) -> bool:
    """Whether a row is a balance of rows, never a part of a total printed above them: a
    "Saldo" or an over- or onderschrijding (``BALANCE``), or a row whose label gives the
    rows it is the difference of (``DIFFERENCE``: "(=1-2)", "E=C-D ..."). Whatever sums
    the rows asks this one question, so none of them takes a balance for a part."""
    return BALANCE.match(label.strip()) is not None or DIFFERENCE.search(label) is not None


#: A footnote mark ending a label: "1)" (not the "(1)" of a column number), "*", "¹".
FOOTNOTE_MARK = re.compile(r"[ \xa0]*(?:(?<![(\d])\d{1,2}\)|\*+|[¹²³⁴⁵⁶⁷⁸⁹]+)$")
#: The last characters of such a mark: a label ending in none holds none (most end in a
#: letter), and the pattern, which may start anywhere, is not tried at each of its characters.
_MARK_ENDS = frozenset(")*¹²³⁴⁵⁶⁷⁸⁹")
#: A label printed as a list item: a dash or bullet, then the words.
BULLET = re.compile(r"[-–‒−•]\s*\S")
#: Work limit (subtrees tried) for one numeric parse; a parse that needs more gives up, and
#: the block is read from the other parses, else from its labels.
MAX_STEPS = 60_000
#: Most rows a table's numeric parse takes on. The parse recurses about once per row (a
#: forest calls its subtrees and its tail), so a longer table would run past Python's
#: recursion limit; it takes its hierarchy from the label cues instead.
MAX_NUMERIC_ROWS = 400
#: Most rows under a heading printed without values that a row after them may carry the
#: row above the heading through, one sign each (``_carried_past_heading``): the signs tried
#: double with each row, and a long run of changes is summed as a total, not as a balance.
#: The placement of loose rows a result carries a balance through holds to it too.
MOST_CARRIED = 6
#: A sum within this many units of the last printed digit still adds up (rounding); the
#: tighter tolerance is tried first, a looser one only wins by explaining more rows.
ROUNDING_DIGITS = (1, 2)

#: A row's values per column, as whole numbers of the table's smallest printed unit (sums
#: of integers are exact and fast); None where the row prints no value in that column.
Values = tuple[int | None, ...]
#: A value summed per column: a whole number of the smallest unit (``Values``) or a decimal.
_Number = TypeVar("_Number", int, Decimal)
Exact = tuple[int, ...]


def _minus(target: Values, value: Values) -> Values:
    """What is left of a target once a part is counted: an empty part counts 0, and a column
    the target does not print stays unconstrained."""
    return tuple([None if t is None else t - (v or 0) for t, v in zip(target, value, strict=True)])


def _plus(a: Values, b: Values) -> Exact:
    return tuple([(x or 0) + (y or 0) for x, y in zip(a, b, strict=True)])


def _settled(target: Values, tolerance: Exact) -> bool:
    """Whether what is left of a target is zero in every column, within the tolerance."""
    for t, tol in zip(target, tolerance, strict=True):
        if t is not None and abs(t) > tol:
            return False
    return True


def rank(label: str) -> int | None:
    """The label cue's rank, or None for a row the labels say nothing about (a regeling).

    A code before the label (``CODE_BEFORE``) and a footnote mark after it ("Uitgaven 1)",
    "Uitgaven*", "Uitgaven¹") are not part of the words the cue reads."""
    if SUMMED.search(label):
        return None  # the total of the numbered rows it names, no numbered part beside them
    words = label.strip()
    if words[-1:] in _MARK_ENDS:
        words = FOOTNOTE_MARK.sub("", words)
    for value, pattern in RANKS:
        if pattern.fullmatch(words):
            return value
    coded = CODE_BEFORE.match(words)
    level = rank(words[coded.end() :]) if coded else None
    return level if level is not None and level >= INSTRUMENT else None


#: An article's or item's code printed in a cell of its own before the label and prepended
#: to it ("3.4 Subsidies", "12a Opdrachten"): no word of the label's, so an instrument's cue
#: (or "Overige") is read in the words after it, as where the code is printed in no cell at
#: all. A top word after a code is no top row: "15.09 Ontvangsten" is an item's part of
#: the Ontvangsten.
CODE_BEFORE = re.compile(rf"{CODE_DIGITS}[ \xa0]+(?=[^\W\d_])")


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
    tolerance: Exact,
    after: bool = True,
    blank: Sequence[bool] = (),
    totals: Sequence[bool] = (),
    balances: Sequence[bool] = (),
    outdented: Sequence[int] = (),
    empty: Sequence[bool] = (),
    coded: Sequence[bool] = (),
    stands: Sequence[bool] = (),
    unknown: Sequence[Sequence[bool]] = (),
    alike: Sequence[bool] = (),
) -> list[int | None] | None:
    """Parents from the numbers under the label cues; None when the rows cannot be parsed
    (or are more than ``MAX_NUMERIC_ROWS``). ``empty``: the rows printing their cells
    empty (``forest``); ``coded``: the headings coded as the rows above them
    (``_coded_as_rows_above``); ``stands``: the rows that are a stand ("Stand ...");
    ``unknown``: per row, the columns whose cell prints a figure not yet known
    (``UNKNOWN_FIGURE``: unlike "n.v.t." or an empty cell, not nil); ``alike``: per row,
    whether it and the row under it are named as two items of one kind
    (``_siblings_named_alike``).
    ``balances``: the rows that are a balance
    ("Saldo van baten en lasten"), never under a total printed above them; ``outdented``:
    per row, where the parts it may head as a row printed above them end (``_outdented``,
    ``_before_sibling_code``, ``_before_instrument``)."""
    steps = [0]
    count = len(values)
    if count > MAX_NUMERIC_ROWS:
        return None
    width = len(tolerance)
    zero = (0,) * width
    plain = [zero if v is None else tuple([x or 0 for x in v]) for v in values]
    stand = [k < len(stands) and stands[k] for k in range(count)]
    # Sums of the positive and of the negative parts of rows[:k], per column: the roots of
    # a forest over rows[i:end] are some of those rows, so its target must lie between.
    ups, downs = [zero], [zero]
    for row in plain:
        ups.append(tuple([u + (v if v > 0 else 0) for u, v in zip(ups[-1], row, strict=True)]))
        downs.append(tuple([d + (v if v < 0 else 0) for d, v in zip(downs[-1], row, strict=True)]))

    # rows[:k] printing a value, per column: whether any of a span's rows prints a column
    printed = [zero]
    for row in values:
        printed.append(
            printed[-1]
            if row is None
            else tuple([n + (v is not None) for n, v in zip(printed[-1], row, strict=True)])
        )

    def feasible(i: int, end: int, target: Values) -> bool:
        low, below, high, above = downs[end], downs[i], ups[end], ups[i]
        for c in range(width):
            t = target[c]
            if t is not None and not (
                low[c] - below[c] - tolerance[c] <= t <= high[c] - above[c] + tolerance[c]
            ):
                return False
        return True

    # a row without values heads the rows under it up to the next such row (a value-less
    # heading nested in it comes first: "Beleidsmatige mutaties", then "Rijksbegroting")
    later = [count] * (count + 1)  # the next row without values after each row
    for j in range(count - 1, -1, -1):
        later[j] = j + 1 if j + 1 < count and values[j + 1] is None else later[j + 1]
    heads_until = [later[later[j]] if later[j] == j + 1 else later[j] for j in range(count)]
    # ... and never past a subtotal printed without a label, which restates its block, nor
    # past a total ("Totaal lasten" closes the heading "Lasten", it is not one of its parts)
    # or a balance ("Saldo van baten en lasten" under the heading "Baten"): ``totals``
    stops = [
        k for k in range(count) if (k < len(blank) and blank[k]) or (k < len(totals) and totals[k])
    ]
    for j in range(count):
        stop = next((k for k in stops if k > j), count)
        heads_until[j] = min(heads_until[j], stop)
        if values[j] is None:
            heads_until[j] = max(heads_until[j], _over_coded_parts(j, values, blank, totals, coded))
    # a total ending the rows of a heading printed without values closes that heading's
    # block ("Baten" / its rows / "Totaal baten"): it heads no row printed after it, even
    # where those rows add up to it ("Totaal lasten" / "Exploitatieresultaat": baten is
    # lasten plus the result, a difference, and no sum). One printed right under the
    # heading closes no rows, and may head those after it as any total above its parts
    sealed = [False] * count
    for j in range(count):
        block_end = heads_until[j]
        if values[j] is None and block_end > j + 1 and block_end in stops:
            sealed[block_end] = True

    def cut_off(i: int, e: int, end: int) -> bool:
        """Whether rows[i:e], a subtree in a forest over rows[i:end], ends on a heading
        printed without values that the labels rank (an instrument: "Subsidies") and that
        would head rows after it within the forest: counted there as a part of nil, it
        leaves its rows to another parent. A value-less row no cue ranks may be no heading
        at all (a row of nothing, a page's foot read as a row)."""
        last = e - 1
        return (
            i < last
            and e < end
            and values[last] is None
            and ranks[last] is not None
            and heads_until[last] > e
        )

    # the table's first top row (Verplichtingen, Uitgaven, Ontvangsten): a row printed
    # without values and no cue above it is the table's title (an article's code and name
    # under the heading), whose rows end there; the top rows head themselves
    first_top = next((j for j, cue in enumerate(ranks) if cue == 1), count)

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
    ) -> tuple[tuple[tuple[int, int | None], ...], Values | None] | None:
        """((row, parent) pairs, value) for rows[i:end] as one subtree rooted at its first
        row, or with ``post`` at its last row; the value is None for a heading printed
        without values over rows of another kind than its own, which heads them but stands
        for no sum (a "Nederlandse economie" over a growth rate, a rate and a count)."""
        root = end - 1 if post else i
        if end == i + 1:
            return ((i, None),), plain[i]
        below = max(floor, ranks[root] or 0)
        target = values[root]
        if target is not None and ranks[root] is None:
            # an empty cell of a row says its parts are empty there too ("Extrapolatie",
            # printed in one column, is no total of rows printed in the others); only a
            # top-level row (Uitgaven, ...) prints just some columns of its parts' sum; a
            # cell printing a figure not yet known ("...") says nothing of them: a total
            # whose last year is not known yet closes parts that print it or not
            # ("<Accres> ... 1.377" / "<Mutatie> ... ..." / "<Accres> ... ...")
            blind = unknown[root] if root < len(unknown) else ()
            target = tuple(
                None if t is None and c < len(blind) and blind[c] else t or 0
                for c, t in enumerate(target)
            )
        if target is None and (post or end > heads_until[root] or closing[root]):
            return None  # a row without values heads the rows under it (an empty total none)
        if not post and sealed[root]:
            return None
        parts = balances[i + 1 : end]
        if target is not None and not post and any(parts) and not all(parts):
            # a balance beside other rows is their difference, never a part of a total
            # printed above them ("Totale baten" / "Totale lasten" / "Saldo van baten en
            # lasten": baten is lasten plus the saldo, and no sum); balances alone add up
            # to one ("EMU-saldo" over "Saldo van het Rijk", "Saldo van de sociale fondsen")
            return None
        first, last = (i, end - 1) if post else (i + 1, end)
        sums = target
        if target is not None and last > first:
            # the columns after the last one any part prints say nothing about their sum: a
            # stand printed after them adds the years a newer budget brings (a stand's new
            # last year, which the older stand and the changes it sums do not print); the
            # columns before must still add up
            spans = [printed[last][c] - printed[first][c] for c in range(width)]
            newest = max((c for c in range(width) if spans[c]), default=-1)
            if newest < 0:
                return None
            sums = (*target[: newest + 1], *(None,) * (width - newest - 1))
        # a row of zeros proves no sum: it parents nothing without a cue, unless it closes
        # rows above it that print figures and net to nothing ("Saldo  € 0,0 mln" under the
        # costs and their dekking, a budget-neutral measure). Only the columns the sum is
        # held to count: a row whose figures stand where its parts print none ("p.m."), and
        # zeros where they print theirs, is matched on nothing but nil
        if (
            sums is not None
            and ranks[root] is None
            and not any(sums)
            and not (post and closing[root] and any(map(any, plain[i : end - 1])))
        ):
            return None
        # a heading without values adds nothing up of its own: it heads the rows under it
        # whatever their kinds, and stands for their sum only where they are all its kind
        children = forest(
            first, last, below, None if target is None else kinds[root], sums, True, not post
        )
        if children is None:
            return None
        other = end - 2 if post else i + 1  # the row next to the root
        tops = [row for row, parent in children if parent is None]
        if not post and stand[root] and any(stand[row] for row in tops):
            # a stand heads no stand printed after it: the later one is the level the
            # earlier comes to, with the mutations between (none where both print the same:
            # "Stand ontwerpbegroting" / "Stand vastgestelde begroting" / mutations)
            return None
        if (
            closing[root]
            and closing[other]
            and values[other] == values[root]
            and tops == [other]
            and not (post and stand[root] and stand[other])
        ):
            # two totals printed one after the other and equal, the one's only part the
            # other: neither sums the other; the one restates the other, or they are the
            # two sides of a balance ("Totaal activa" / "Totaal passiva", printed under both
            # sides' rows, equal as a balance's totals are); but a stand printed under an
            # equal stand is the level it comes to, closing it (a chain with no mutation)
            return None
        if (
            tops == [other]
            and values[root] is not None
            and values[other] == values[root]
            and min(root, other) < len(alike)
            and alike[min(root, other)]
        ):
            # two rows named as items of one kind ("<Soort>heffing (per v.e.)" twice), equal
            # figures in every column: neither is the other's only part; equal figures of
            # two siblings (two tariffs that are the same) prove no sum (headings printed
            # without values still head the rows under them)
            return None
        value: Values | None = target
        if value is None:
            restated = end < count and end < len(blank) and blank[end]
            value = _heading_value(root, children, values, kinds, zero, restated, blank)
        pairs = (
            (root, None),
            *((row, root if parent is None else parent) for row, parent in children),
        )
        return pairs, value

    @cache
    def forest(
        i: int,
        end: int,
        floor: int,
        kind: str | None,
        target: Values | None,
        first: bool = False,
        above: bool = False,
    ) -> tuple[tuple[int, int | None], ...] | None:
        """rows[i:end] as consecutive subtrees whose roots add up to ``target`` (if given).

        With ``first`` (the children of one parent, after rows of nothing only), a single
        child that prints its values must equal its parent exactly: one printed value has no
        rounding to absorb (a heading without values stands for the sum of its rows, which
        does). With ``above`` too (a parent printed above them), a row printing its cells empty
        (``empty``) with no label cue, whose rows would run on to the parent's last row, is a
        row of nothing, no heading: as the parent's only part it would restate the parent,
        and no sum tells it from one of the parent's rows ("Uitgaven" / "Loonbijstelling"
        printed empty / "Prijsbijstelling" / "Onvoorzien"). A row of nothing ended by a
        heading of its own or a total, printed after a part that counts, or opening the rows
        a total below them closes ("Baten" ... "Totaal baten") heads the rows under it as any
        heading does."""
        if i == end:
            return () if target is None or _settled(target, tolerance) else None
        pre_end = min(end, reach(i, max(floor, ranks[i] or 0)))
        if i < len(outdented):
            pre_end = min(pre_end, outdented[i])
        if i < first_top and values[i] is None and ranks[i] is None:
            pre_end = min(pre_end, first_top)
        nothing = i < len(empty) and empty[i]
        # no heading or total of its own ends its rows: they run on past the parent's
        run_on = heads_until[i] > end or heads_until[i] == count
        # (under a heading printed without values, ``target`` None, such a row is a heading
        # nested in it: a heading over nothing but a row of nothing would head no row)
        if above and nothing and ranks[i] is None and run_on and target is not None:
            pre_end = i + 1
        # a subtree ending on a ranked heading printed without values that would head rows
        # after it (``cut_off``) stands for it as a part of nothing: tried last, after the
        # ends that leave the heading its rows ("Apparaatsuitgaven" and its instruments,
        # then "Subsidies" printed without values over its regeling, all under "Uitgaven")
        ends = [e for e in range(end, i, -1) if not cut_off(i, e, end)]
        ends += [e for e in range(end, i, -1) if cut_off(i, e, end)]
        for e in ends:
            modes = (True, False) if closing[e - 1] else (False, True)
            for post in modes:
                steps[0] += 1
                if steps[0] > MAX_STEPS:
                    raise _TooHard
                # a top row (Uitgaven, Ontvangsten) closes no rows above it, even equal to
                # the total printed right above it (a fund's Ontvangsten and its uitgaven);
                # the table's first top row under rows of lower rank and no total may be
                # their total ("Personele uitgaven" / "Materiële uitgaven" / "Uitgaven")
                if post and (
                    e == i + 1
                    or not after
                    or (blank and blank[e - 1])
                    or (ranks[e - 1] == 1 and (1 in ranks[: e - 1] or any(closing[i : e - 1])))
                ):
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
                    rest = _minus(target, known)
                    if not feasible(e, end, rest):
                        continue
                tree = subtree(i, e, floor, post)
                if tree is None:
                    continue
                pairs, value = tree
                if value is None and target is not None:
                    continue  # a heading over rows of mixed kinds is no summand
                rest = None if target is None or value is None else _minus(target, value)
                if first and e == end and known is not None and rest is not None and any(rest):
                    continue
                lead = first and nothing and e == i + 1
                tail = forest(e, end, floor, kind, rest, lead, above and lead)
                if tail is not None:
                    return pairs + tail
        return None

    try:
        pairs = forest(0, count, 0, None, None)
    except _TooHard:
        return None
    finally:
        # forest and subtree call each other (and forest itself) through the cells of this
        # call: a reference cycle, with their caches, that only the cycle collector would
        # free, which extraction pauses (cyclegc). Emptying the cells frees them now.
        forest = subtree = None
    if pairs is None:
        return None
    parents: list[int | None] = [None] * count
    for row, parent in pairs:
        parents[row] = parent
    return parents


def _over_coded_parts(
    j: int,
    values: Sequence[Values | None],
    blank: Sequence[bool],
    totals: Sequence[bool],
    coded: Sequence[bool],
) -> int:
    """The end of the rows the heading printed without values at ``j`` heads where the
    next such heading is coded as the rows printed above it (``coded``: "1.3
    Integratie-uitkering" after "1.1 Algemene uitkering" and "1.2 Aanvullende uitkeringen"
    under "Programma-uitgaven"): that heading is one of those rows, a part of ``j`` and no
    sibling, and so is a subtotal without a label restating its rows; the rows go on to
    the next heading not so coded, a total, or a subtotal without a label restating ``j``'s
    own rows. ``j`` itself where no such heading follows (the rows end as before)."""
    inner = passed = False  # in a coded heading's rows; past one such heading
    end = len(values)
    for k in range(j + 1, len(values)):
        if k < len(totals) and totals[k]:
            end = k
            break
        if k < len(blank) and blank[k]:
            if not inner:
                end = k
                break
            inner = False
        elif values[k] is None:
            if not (k < len(coded) and coded[k]):
                end = k
                break
            inner = passed = True
    return end if passed else j


def _heading_value(
    root: int,
    children: tuple[tuple[int, int | None], ...],
    values: Sequence[Values | None],
    kinds: list[str],
    zero: Exact,
    restated: bool = False,
    blank: Sequence[bool] = (),
) -> Values | None:
    """What a row printed without values over the rows ``children`` ((row, parent) pairs,
    None for a part of ``root`` itself) stands for: the sum of its parts, each its printed
    values, or, a heading itself printed without values ("Passiva" over "Eigen vermogen"
    and its reserves), what that one stands for; None where a part (or a part of such a
    heading) is of another kind than the heading over it. Counted as nothing, a nested
    heading let its outer heading stand for nil, and a total printed above them ("Totaal
    activa") passed for a part of the total printed under them ("Totaal passiva", which it
    equals). A nested heading still stands for nothing where its rows are restated by a
    subtotal without a label right under the outer heading's rows (``restated``: that
    subtotal is their sum, "Technische mutaties" / "Rijksbegroting" / ... / "52,2"), and so
    does the heading itself then, and a nested heading whose own rows such a subtotal
    restates (``blank``, per row: the subtotal printed right after them, the summand in
    its place: "Ontvangsten" / "Heffingen" / its sectors / "7.390" / "Bijdrage EU"). A
    nested heading printing its cells empty (a line of white space, one cell per line)
    stands for its rows as any does: the parse gives it rows only where it heads them (a
    row of nothing, ``forest``, heads none), and counted as nothing there it made the
    outer heading nil ("Beleidsmatige mutaties" / "Rijksbegroting" / its mutations over
    the stand they come to)."""
    parts: dict[int | None, list[int]] = {}
    for row, parent in children:
        parts.setdefault(parent, []).append(row)

    def worth(head: int | None, kind: str) -> Values | None:
        total: Values = zero
        rows = parts.get(head, [])
        for position, row in enumerate(rows):
            if kinds[row] != kind:
                return None
            own = values[row]
            after = rows[position + 1] if position + 1 < len(rows) else None
            if own is None and (
                restated or (after is not None and after < len(blank) and blank[after])
            ):
                own = zero
            part = worth(row, kinds[row]) if own is None else own
            if part is None:
                return None
            total = _plus(total, part)
        return total

    value = worth(None, kinds[root])
    return zero if restated and value is not None else value


def _headed(
    labels: list[str], values: Sequence[object | None], whole: list[int], position: int
) -> bool:
    """Whether a row printed without values stands above row ``whole[position]`` in its
    block: up to the table's top or the previous row without a label, which ends a block."""
    for earlier in reversed(whole[:position]):
        if not labels[earlier].strip():
            return False
        if values[earlier] is None:
            return True
    return False


def from_labels(ranks: list[int | None]) -> list[int | None]:
    """Parents from the label cues alone: each row under the nearest row of lower rank.

    A row without a cue is a line item (rank below the instruments).
    """
    parents: list[int | None] = []
    stack: list[tuple[int, int]] = []
    for index, cue in enumerate(ranks):
        level = cue if cue is not None else LINE_ITEM
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


def _closes_siblings(
    parents: list[int | None], values: Sequence[Values | None], tolerance: Exact
) -> bool:
    """Whether a row equals the sum of two or more siblings printed right above it: a total
    printed below its parts, which a parse of parents-before-children leaves flat. A
    sibling printed without values that heads rows counts as their sum, as in the parse
    ("EMU-saldo <stand>" / "Uitgavenmutaties" over its rows / "Inkomstenmutaties" over
    its rows / a mutation of its own / "EMU-saldo <next stand>"): left out, it ended the
    siblings, and the stand printed under groups of mutations was never tried as their
    total."""
    siblings: dict[int | None, list[int]] = {}
    for row, parent in enumerate(parents):
        siblings.setdefault(parent, []).append(row)
    standing = _headings_standing(parents, values)
    for rows in siblings.values():
        for j, row in enumerate(rows):
            target = values[row]
            if target is None or not any(target):
                continue
            left = target
            for k in range(j - 1, -1, -1):
                part = standing[rows[k]]
                if part is None:
                    break
                left = _minus(left, part)
                if j - k >= 2 and _settled(left, tolerance):
                    return True
    return False


def _headings_standing(
    parents: list[int | None], values: Sequence[Values | None]
) -> list[Values | None]:
    """Each row's values, a row printed without values that heads rows in ``parents``
    standing for the sum of its rows (theirs, or what a heading among them stands for);
    None for a row printed without values that heads none."""
    standing: list[Values | None] = list(values)
    heads: dict[int, list[int]] = {}
    for row, parent in enumerate(parents):
        if parent is not None:
            heads.setdefault(parent, []).append(row)
    for row in range(len(values) - 1, -1, -1):  # a heading's rows are printed after it
        parts = [standing[k] for k in heads.get(row, [])]
        if values[row] is None and parts and all(part is not None for part in parts):
            standing[row] = reduce(_plus, parts)
    return standing


def _parses(
    values: Sequence[Values | None],
    kinds: list[str],
    ranks: list[int | None],
    closing: list[bool],
    tolerance: Exact,
    blank: Sequence[bool],
    totals: Sequence[bool],
    balances: Sequence[bool] = (),
    outdented: Sequence[int] = (),
    empty: Sequence[bool] = (),
    coded: Sequence[bool] = (),
    stands: Sequence[bool] = (),
    unknown: Sequence[Sequence[bool]] = (),
    alike: Sequence[bool] = (),
) -> list[list[int | None]]:
    """Parents before children (the begroting layout), and also totals below their parts
    where the sums show such a total. ``unknown``, ``alike``: as ``_numeric`` reads them."""
    found = _numeric(
        values,
        kinds,
        ranks,
        closing,
        tolerance,
        after=False,
        blank=blank,
        totals=totals,
        balances=balances,
        outdented=outdented,
        empty=empty,
        coded=coded,
        stands=stands,
        unknown=unknown,
        alike=alike,
    )
    if found is not None and not any(closing) and not _closes_siblings(found, values, tolerance):
        return [found]
    both = _numeric(
        values,
        kinds,
        ranks,
        closing,
        tolerance,
        blank=blank,
        totals=totals,
        balances=balances,
        outdented=outdented,
        empty=empty,
        coded=coded,
        stands=stands,
        unknown=unknown,
        alike=alike,
    )
    return [p for p in (found, both) if p is not None]


def _outdented(indents: Sequence[int | None]) -> list[int]:
    """Per row, the end of the rows it may head as a total printed above them, by where the
    labels start: a row whose next row is indented past it heads no row printed back at its
    own indent or left of it ("Uitkeringen" over its indented parts, then "Overheveling"
    at the margin again, a row of "p.m." that any sum admits). Where an indent is unknown
    or the next row is not indented past it, the numbers alone decide (the end of the
    rows)."""
    count = len(indents)
    ends = [count] * count
    for i in range(count - 1):
        own, below = indents[i], indents[i + 1]
        if own is None or below is None or below <= own:
            continue
        for j in range(i + 2, count):
            at = indents[j]
            if at is not None and at <= own:
                ends[i] = j
                break
    return ends


#: The fewest parts of a code whose levels its dots tell ("1.01": two).
_DOTTED = 2
#: A chapter of the budget numbered in Roman numerals, maybe lettered, before its name
#: ("IIA Staten-Generaal", "VII Binnenlandse Zaken", "IXB Financiën").
_CHAPTER = re.compile(
    r"(?=[IVX])(?P<numeral>X{0,3}(?:IX|IV|V?I{0,3}))(?P<part>[AB]?)[ \xa0]+(?=[^\W\d_a-z])"
)


def _chapter(label: str) -> tuple[str, str] | None:
    """A chapter's Roman numeral and its part's letter ("IXB Financiën": "IX", "B"), or
    None where the label opens with no chapter's code."""
    found = _CHAPTER.match(label.strip())
    return None if found is None else (found["numeral"], found["part"])


def _chapter_part(chapter: tuple[str, str], other: tuple[str, str]) -> bool:
    """Whether ``other`` is a lettered part of ``chapter`` ("IXA" of "IX"): its code goes on
    with the chapter's own, as "210" goes on with "2"."""
    return not chapter[1] and other[1] != "" and other[0] == chapter[0]


def _before_sibling_code(labels: Sequence[str]) -> list[int]:
    """Per row, the end of the rows it may head as a row printed above them, by the codes
    printed before the labels (``_code``): a row coded as its sibling, the same number of
    parts and all but the last the same ("<a.c> <Label>" after "<a.b> <Label>"), is at its
    level, never its part, whichever prints values and however
    the sums fall (a heading printed without values counts as its rows' sum, and the
    parent's sum holds with the sibling under either). Dotted codes only (``_DOTTED``): a
    code of one number may nest by its digits ("<abc> <Label>" under "<a> <Label>"), no
    dot telling the levels; but a chapter of the budget, numbered in Roman numerals
    (``_CHAPTER``: "<R> <Label>" printed without values over "<R'> <Label>"), is the next
    chapter's sibling: chapters never nest; only its lettered parts ("<R>A <Label>", "<R>B
    <Label>" under "<R> <Label>", ``_chapter_part``) go on under it. A row coded deeper
    ("1.01.1") or not at all goes on as the numbers say; the end of the rows where no
    sibling follows."""
    count = len(labels)
    codes = [_code(label) for label in labels]
    chapters = [_chapter(label) for label in labels]
    ends = [count] * count
    for i, own in enumerate(codes):
        chapter = chapters[i]
        if chapter is not None:
            ends[i] = next(
                (
                    j
                    for j in range(i + 1, count)
                    if (other := chapters[j]) is not None and not _chapter_part(chapter, other)
                ),
                count,
            )
            continue
        if own is None or len(own) < _DOTTED:
            continue
        for j in range(i + 1, count):
            other = codes[j]
            if (
                other is not None
                and other != own
                and len(other) == len(own)
                and other[:-1] == own[:-1]
            ):
                ends[i] = j
                break
    return ends


def _before_instrument(ranks: Sequence[int | None], valueless: Sequence[bool]) -> list[int]:
    """Per row, the end of the rows it may head as a row printed above them, by the label
    cues: a heading printed without values that no cue ranks, over rows no cue ranks
    either (regelingen: "<Kop>" / "<Regeling>" / "<Regeling>"), is at
    the level of the instruments those rows stand under, so a row the labels rank as an
    instrument after them ("Bijdrage aan agentschappen") is its sibling, no part of it,
    however the sums fall (the heading counts as its rows' sum, and the parent's sum
    holds with the instrument under either). Only under a top row ("Uitgaven", rank 1):
    the begroting's layout, in which the cues rank the rows; a programme's products
    ("Natuur" / "Beheer" / "Subsidies") follow no such order. The end of the rows
    elsewhere: a heading over instruments, or over no rows before one, heads as the
    numbers say."""
    count = len(ranks)
    ends = [count] * count
    for i in range(count):
        if not valueless[i] or ranks[i] is not None or 1 not in ranks[:i]:
            continue
        j = i + 1
        while j < count and ranks[j] is None and not valueless[j]:
            j += 1
        if i + 1 < j < count and ranks[j] == INSTRUMENT:
            ends[i] = j
    return ends


def _before_other_cover_kind(labels: Sequence[str], valueless: Sequence[bool]) -> list[int]:
    """Per row, the end of the rows it may head as a row printed above them, by the kinds of
    general cover (``COVER_KINDS``): a heading printed without values naming one ("Lokale
    heffingen" over the taxes) heads the rows under it up to the first row naming another
    ("Algemene uitkering gemeentefonds", "Dividend"), its sibling in the overview, however
    the sums fall (the heading counts as its rows' sum, and the total below holds with the
    sibling under either). The end of the rows elsewhere."""
    count = len(labels)
    ends = [count] * count
    kinds = [_cover_kind(label) for label in labels]
    for i, own in enumerate(kinds):
        if own is None or not valueless[i]:
            continue
        ends[i] = next((j for j in range(i + 1, count) if kinds[j] not in (None, own)), count)
    return ends


def _cover_kind(label: str) -> str | None:
    """The kind of general cover a label names (``COVER_KINDS``), a code before it set
    aside; None for any other label."""
    text = label.strip()
    code = CODE_BEFORE.match(text)
    found = COVER_KINDS.match(text[code.end() :] if code else text)
    return found.lastgroup if found else None


#: A Dutch plural's ending, set aside when two labels' last words are compared.
_PLURAL = re.compile(r"(?:en|s)$")
#: Words that name no kind of item, though two labels share them: articles, conjunctions
#: and prepositions, and the cue words of totals, balances, rests and shares.
_NO_KIND = frozenset(JOINING_WORDS) | {
    *("totaal", "subtotaal", "totalen", "subtotalen", "saldo", "overig", "overige"),
    *("waarvan", "waaronder"),
}


def _kind_words(label: str) -> tuple[str, str] | None:
    """The first and the last word of a label of two words or more, in lower case; None
    for a label of one word."""
    words = [word.lower() for word in _WORD.findall(label)]
    return (words[0], words[-1]) if len(words) >= 2 else None


def _named_alike(
    own: tuple[str, str], other: tuple[str, str], words: Sequence[int] = (0, 1)
) -> bool:
    """Whether two labels' words (``_kind_words``) name items of one kind by one of the
    ``words`` (0 the first, 1 the last): the same first word printed alike ("Onderhoud
    gebouwen", "Onderhoud terreinen"), or the same last word, plural or not ("Vrije
    uitkering", "Bijzondere uitkeringen": a noun after its qualifier takes the number of
    what it counts). A first word printed once in the plural and once in the singular
    ("Subsidies cultuur", "Subsidie podiumkunsten") names a group and one item, which may
    be its member; a function word, or a total's, balance's or rest's cue word, names no
    kind at all."""
    first = 0 in words and own[0] == other[0] and own[0] not in _NO_KIND
    last = (
        1 in words
        and own[1] not in _NO_KIND
        and _PLURAL.sub("", own[1]) == _PLURAL.sub("", other[1])
    )
    return first or last


def _siblings_named_alike(labels: Sequence[str], ranks: Sequence[int | None]) -> list[bool]:
    """Per row, whether it and the row under it are named as two items of one kind
    (``_named_alike`` by either word: "Zuiveringsheffing (per v.e.)" / "Verontreinigings-
    heffing (per v.e.)"), neither ranked by a cue, closing rows (a stand and its subtotal,
    "Stand <nota> (subtotaal)" / "Stand <nota>") nor coded (a code tells its own nesting:
    "2.02 Beheer ..." over "2.02.01 Beheer ..."): siblings, whatever their figures."""
    kinds = [_kind_words(label) for label in labels]
    return [
        k + 1 < len(labels)
        and (own := kinds[k]) is not None
        and (other := kinds[k + 1]) is not None
        and ranks[k] is None
        and ranks[k + 1] is None
        and not any(CLOSING.match(label.strip()) or _code(label) for label in labels[k : k + 2])
        and _named_alike(own, other)
        for k in range(len(labels))
    ]


def _before_sibling_name(
    labels: Sequence[str], valueless: Sequence[bool], indents: Sequence[int | None]
) -> list[int]:
    """Per row, the end of the rows it may head as a row printed above them, by the words
    of the labels: a heading printed without values right under another (nested headings:
    "<Kop>" / "<Soort> <a>" / its rows) heads the rows under it up to the first one named
    as the same kind of item with another qualifier (``_named_alike``: "<Soort> <b>" after
    "<Soort> <a>", "<Bijvoeglijk> <zaak>en" after "<Ander> <zaak>"): that row is its
    sibling under the outer heading, however the sums fall (the inner heading counts as its
    rows' sum, and the outer one holds with the sibling under either). The word the
    heading's first row is named alike by names its parts, no sibling ("<Bijvoeglijk> vaste
    activa" right under "Vaste activa": kinds of it; "<Soort> <x>" / "<Soort> <y>" under
    "<Soort> <a>"), the other word still a sibling ("<Ander> <a>" after them); none where
    the layout indents the row past the heading: its part. The end of the rows elsewhere,
    and where no such row follows."""
    count = len(labels)
    ends = [count] * count
    for i in range(1, count - 1):
        own = _kind_words(labels[i])
        if own is None or not (valueless[i] and valueless[i - 1]):
            continue
        # the word the heading's first row shares with it names the heading's parts
        first = _kind_words(labels[i + 1])
        open_words = [k for k in (0, 1) if first is None or not _named_alike(own, first, (k,))]
        named = [
            j
            for j in range(i + 2, count)
            if (other := _kind_words(labels[j])) is not None
            and _named_alike(own, other, open_words)
        ]
        if not named:
            continue
        j = named[0]
        if indents[i] is None or indents[j] is None or indents[j] <= indents[i]:
            ends[i] = j
    return ends


def _ratios_alone(
    kinds: Sequence[str], closing: Sequence[bool], numbers: Sequence[Values | None]
) -> bool:
    """Whether every row is a percentage, none negative and none closing the rows above
    it: ratios of wholes of their own (kengetallen), which add up only by chance. Rounding
    lets three of them come within a point or two of a fourth, so only an exact sum places
    one over others. A closing label ("Totaal") says they are shares of one whole, and a
    signed change says they are a chain of a level's changes (a debt ratio, its deficit and
    the denominator's effect, to the next level), whose sums rounding may blur."""
    if not kinds or any(kind != "percent" for kind in kinds) or any(closing):
        return False
    return all(v is None or v >= 0 for row in numbers for v in row or ())


def _tolerance(texts: Sequence[Sequence[str]], width: int, digits: int, places: int) -> Exact:
    """``digits`` units of the last digit printed in each column (a column in millions
    with one decimal, another in whole millions), in units of 10**-places."""
    decimals = [0] * width
    for row in texts:
        for column, text in enumerate(row[:width]):
            decimals[column] = max(decimals[column], printed_decimals(text))
    return tuple(digits * 10 ** (places - min(places, d)) for d in decimals)


def _integers(values: Sequence[Sequence[Decimal | None] | None]) -> tuple[list[Values | None], int]:
    """The values as integers in units of the smallest printed decimal, and its places."""
    places = 0
    for row in values:
        for value in row or ():
            if value is not None:
                exponent = value.as_tuple().exponent
                if isinstance(exponent, int) and exponent < 0:
                    places = max(places, -exponent)
    scale = 10**places
    rows: list[Values | None] = [
        None if row is None else tuple(None if v is None else int(v * scale) for v in row)
        for row in values
    ]
    return rows, places


def _nested(parents: list[int | None], ranks: list[int | None]) -> bool:
    """Whether every row below the top found a parent: no sum is left for rounding to explain."""
    return all(p is not None or cue == 1 for p, cue in zip(parents, ranks, strict=True))


def _close_by_label(
    parents: list[int | None],
    values: Sequence[Values | None],
    closing: list[bool],
    totals: list[bool],
    kinds: Sequence[str],
) -> bool:
    """A total printed below its parts whose sums do not hold ("Totaal" off by more than
    rounding) still closes them: the rows since the previous total become its children, so
    the failing sum is reported as a finding on the source instead of passing unseen.
    A balance ("Saldo") is not closed this way: it is a difference of the rows above
    (baten minus lasten), so a sum that fails there is no error in the source. Nor is a
    total whose sums found its parts, above it or below: the rows before them are none.
    Nor are rows of another kind (``kinds``) than the total's: a count of fte or a price
    per fte in whole euros between the money rows in thousands a total sums is no part of
    it. Returns whether any total was closed this way."""
    changed = False
    start = 0
    # the rows with parts found by their sums, above them (a total printed below its parts)
    # or below: listed once, not looked for among every row's parent for each row (a long
    # table's rows read over per row). The loop gives only rows without a parent one, the
    # row it stands at, so what it says of a later row stays as listed.
    summed = set(parents)
    for row, parent in enumerate(parents):
        if parent is not None:
            continue
        if totals[row] and values[row] is not None and row not in summed:
            earlier = [
                k for k in range(start, row) if parents[k] is None and kinds[k] == kinds[row]
            ]
            if earlier and not any(closing[k] for k in earlier):
                for k in earlier:
                    parents[k] = row
                changed = True
        if closing[row] or values[row] is None:
            start = row + 1
    return changed


def _descends(parents: list[int | None], row: int, root: int) -> bool:
    """Whether ``row`` is ``root`` or one of the rows under it."""
    seen: int | None = row
    while seen is not None and seen != root:
        seen = parents[seen]
    return seen == root


def _close_chain(
    parents: list[int | None],
    values: Sequence[Values | None],
    totals: list[bool],
    tolerance: Exact,
) -> bool:
    """A row printed right after a total of changes, which closes the rows printed right
    under a first row, is the level the first row and the changes come to ("Stand 2e
    suppletoire begroting" / the slotwet's mutations / "Totaal slotwetmutaties" / "Realisatie
    2019"): a chain of stands, parent of both, also where its sum fails in some columns (a
    printed typo) so that the failing sum is reported as a finding on the source. Taken only
    where the sum holds, within rounding, in at least half of the columns all three print,
    in one with figures at least (a figure that fails everywhere is no such stand). Returns
    whether any chain was closed this way."""
    changed = False
    count = len(parents)
    for total in range(count - 1):
        if not totals[total] or parents[total] is not None:
            continue  # (tested before its parts are looked for among every row's parent)
        parts = [k for k in range(count) if parents[k] == total]
        if not parts:
            continue
        after = total + 1
        first = min(parts) - 1
        if (
            first < 0
            or parents[first] is not None
            or parents[after] is not None
            or after in parents
            or not all(_descends(parents, k, total) for k in range(first + 1, total))
        ):
            continue
        start, changes, stand = values[first], values[total], values[after]
        if start is None or changes is None or stand is None:
            continue
        columns = [
            (a, b, c, tol)
            for a, b, c, tol in zip(start, changes, stand, tolerance, strict=False)
            if a is not None and b is not None and c is not None
        ]
        held = [abs(c - a - b) <= tol and c != 0 for a, b, c, tol in columns]
        if any(held) and 2 * sum(held) >= len(columns):
            parents[first] = parents[total] = after
            changed = True
    return changed


def _nil_chain(
    parents: list[int | None],
    values: Sequence[Values | None],
    stands: list[bool],
    totals: list[bool],
) -> bool:
    """A chain of stands printed with nothing but zeros ("Stand Voorjaarsnota" / a heading
    of changes and its changes / "Totaal mutaties" / "Stand Najaarsnota", each 0,0: a
    budget line nothing was booked on): no sum tells a part from its whole where every
    figure is nil, so the labels do, as the same chain's sums do where it prints figures.
    The stand printed right after the total is the level the first stand and the total
    come to, their parent; the total closes the rows at the top level between them. Taken
    only where the first stand, the total and the last stand stand at the top level, the
    total has no rows of its own, and every figure from the first stand to the last is
    nil. Returns whether any chain was closed this way."""
    changed = False
    for total in range(1, len(parents) - 1):
        after = total + 1
        if not (totals[total] and stands[after]) or total in parents or after in parents:
            continue
        first = next((k for k in range(total - 1, -1, -1) if stands[k]), None)
        if first is None or any(parents[k] is not None for k in (first, total, after)):
            continue
        if any(figure for row in values[first : after + 1] for figure in row or ()):
            continue  # (figures printed: the sums tell, or refused to)
        for k in range(first + 1, total):
            if parents[k] is None:
                parents[k] = total
        parents[first] = parents[total] = after
        changed = True
    return changed


def _stand_after_changes(
    parents: list[int | None],
    values: Sequence[Values | None],
    valueless: list[bool],
    tolerance: Exact,
    labels: Sequence[str],
) -> bool:
    """A level, a heading of changes printed without values right under it, the changes,
    then the level they come to, none of them named a stand ("Uitgavenkader Voorjaarsnota"
    / "Mutaties" / "Loon- en prijsbijstelling" ... "Overig" / "Uitgavenkader
    Miljoenennota"): the heading's rows end at the first of them that the level plus the
    changes above it make, within rounding, as ``_close_chain`` takes a chain of stands
    (half the columns all print at least, one where the changes are not nil). That row is
    the level the chain comes to, parent of the first level, not a change under the
    heading; the rows after it leave the heading too. Changes may be printed between the
    level and the heading, at the top level ("Uitgavenkader Voorjaarsnota" / "Loon- en
    prijsbijstelling" / "Kadercorrecties" / ...): the level the chain comes to sums them
    too and is their parent (``_levels_before``); read without them, no row of the
    heading's was that level, and it stayed one more change under the heading. A heading
    naming the policy changes ("Beleidsmatige mutaties") holds no row naming changes of
    another kind ("Endogene ontwikkelingen", "Technische ..."): from the first such row,
    the rows up to the level are changes beside the heading, parts of the level as well
    (``_other_kind_of_change``). Returns whether any was closed."""
    changed = False
    for head in range(1, len(parents)):
        if not valueless[head]:
            continue
        run = []
        for k in range(head + 1, len(parents)):
            if parents[k] != head:
                break
            run.append(k)
        levels = _levels_before(parents, values, valueless, head)
        for first in range(len(levels)):
            if valueless[levels[first]]:
                continue  # (a heading of changes is none of the levels they start from)
            if _comes_to(parents, values, tolerance, levels[first:], head, run):
                _other_kind_of_change(parents, labels, head, run)
                changed = True
                break
    return changed


def _levels_before(
    parents: list[int | None], values: Sequence[Values | None], valueless: list[bool], head: int
) -> list[int]:
    """The rows above the heading at ``head`` that may be the level its changes start from,
    the farthest first: the top-level rows printing values and heading none right above it
    ("Uitgavenkader Voorjaarsnota" / "Loon- en prijsbijstelling" / "Kadercorrecties"): the
    level, and the changes printed before the heading's, which the level the chain comes to
    sums as well. So are the changes under an earlier heading printed without values, at
    the top level with its rows right under it ("Uitgaven bij Miljoenennota" /
    "Beleidsmatige mutaties" / ... / "Technische mutaties" / ... / "Uitgaven bij
    Voorjaarsnota"): that heading is one of them, counted as its rows' sum; read without
    them, the level the chain comes to was looked for under the last heading alone, and
    stayed one more change under it."""
    levels: list[int] = []
    first = head - 1
    while first >= 0 and not valueless[first] and values[first] is not None:
        if parents[first] is None and first not in parents:
            levels.insert(0, first)
            first -= 1
            continue
        block = _block_of_changes(parents, valueless, first)
        if block is None:
            break
        levels.insert(0, block)
        first = block - 1
    return levels


def _block_of_changes(parents: list[int | None], valueless: list[bool], last: int) -> int | None:
    """The heading printed without values, at the top level, whose rows, heading none, run
    from right under it to ``last``: a block of changes (``_levels_before``); else None."""
    block = parents[last]
    if block is None or not valueless[block] or parents[block] is not None:
        return None
    rows = range(block + 1, last + 1)
    if any(parents[k] != block for k in rows) or any(k in parents for k in rows):
        return None
    return block


def _comes_to(
    parents: list[int | None],
    values: Sequence[Values | None],
    tolerance: Exact,
    levels: list[int],
    head: int,
    run: list[int],
) -> bool:
    """Whether a row of ``run`` (the heading's rows) is the level that ``levels`` (a level
    and the changes after it, printed before the heading at ``head``) and the heading's rows
    above it come to (``_stand_after_changes``); if so, it is made the parent of the level,
    of those changes and of the heading (its sum counts among the level's parts, as the
    totals check counts a heading printed without values), and it and the rows after it
    leave the heading."""
    start = values[levels[0]] or ()
    sums: list[int | None] = list(start)
    for k in levels[1:]:
        sums = [
            None if s is None or v is None else s + v
            for s, v in zip(sums, _worth(parents, values, k), strict=False)
        ]
    for position, k in enumerate(run):
        row = values[k]
        if row is None:
            break
        if position:
            columns = [
                (a, s, c, tol)
                for a, s, c, tol in zip(start, sums, row, tolerance, strict=False)
                if a is not None and s is not None and c is not None
            ]
            held = [abs(c - s) <= tol and c != 0 for _a, s, c, tol in columns]
            moved = any(h and s != a for h, (a, s, _c, _t) in zip(held, columns, strict=True))
            if moved and 2 * sum(held) >= len(columns):
                for level in levels:
                    parents[level] = k
                for later in run[position:]:
                    parents[later] = parents[head] if later == k else None
                parents[head] = k
                return True
        sums = [None if s is None or v is None else s + v for s, v in zip(sums, row, strict=False)]
    return False


def _worth(parents: list[int | None], values: Sequence[Values | None], row: int) -> Values:
    """A row's values, or, for a heading printed without values, its rows' sums per column
    (``_column_sums``), as the parse counts it."""
    own = values[row]
    if own is not None:
        return own
    return tuple(_column_sums([values[k] for k, parent in enumerate(parents) if parent == row]))


#: A heading over the policy changes ("Beleidsmatige mutaties").
_POLICY_CHANGES = re.compile(r"beleidsmatige\b", re.IGNORECASE)
#: A row naming changes of another kind than policy: endogenous, technical, autonomous.
_OTHER_CHANGES = re.compile(r"(?:endogene|technische|autonome)\b", re.IGNORECASE)


def _other_kind_of_change(
    parents: list[int | None], labels: Sequence[str], head: int, run: list[int]
) -> None:
    """Where the heading at ``head`` names the policy changes, the rows of its ``run`` from
    the first naming changes of another kind up to the level the chain came to (the first
    row of the run ``_comes_to`` took from the heading) leave the heading for that level."""
    if not _POLICY_CHANGES.match(labels[head].strip()):
        return
    level = next((row for row in run if parents[row] != head), None)
    if level is None:
        return
    changes = run[: run.index(level)]
    other = next(
        (n for n, row in enumerate(changes) if _OTHER_CHANGES.match(labels[row].strip())), None
    )
    if other is None:
        return
    for row in changes[other:]:
        parents[row] = level


def _stand_after_subtotal(
    parents: list[int | None],
    values: Sequence[Values | None],
    blank: list[bool],
    totals: list[bool],
    tolerance: Exact,
    labels: Sequence[str],
) -> bool:
    """A chain of stands whose total of changes is printed without a label: a level, the
    changes under headings printed without values, their sum on a row of its own without a
    label, then the stand they come to ("Stand Voorjaarsnota" / "Beleidsmatige mutaties" /
    ... / "Technische mutaties" / ... / "  103,8" / "Stand Najaarsnota"), labelled as a
    total or a stand, or naming the level's own kind again by its first word, a later
    stage of it ("Plafond begroting" / "Correcties" / ... / "  1,8" / "Plafond
    jaarverslag": no total's word, the same thing after the changes). An unlabelled
    subtotal under headings is read as restating its block, so the parse gives it no parts
    and the level above the changes closes nothing: left at the top, the first level was
    no part of the stand it adds up to. Where the changes, each row under a heading counted
    once, add up to the subtotal, and the level plus the subtotal to the stand right after
    it (a total's label), within rounding, in every column all of them print (one at
    least), the level and the subtotal are the stand's parts and the headings the
    subtotal's, as ``_close_chain`` takes a labelled total of changes. Returns whether any
    was closed."""
    changed = False
    for sub in range(1, len(parents) - 1):
        after = sub + 1
        if not blank[sub] or values[sub] is None or values[after] is None:
            continue
        if parents[sub] not in (None, after) or parents[after] is not None:
            continue
        if any(parent == after and row != sub for row, parent in enumerate(parents)):
            continue
        first = next(
            (k for k in range(sub - 1, -1, -1) if values[k] is not None and parents[k] is None),
            None,
        )
        if first is None or first + 1 == sub or first in parents:
            continue
        if not totals[after] and not _later_stage(labels[first], labels[after]):
            continue
        changes = range(first + 1, sub)
        heads = [k for k in changes if parents[k] is None]
        if not all(_descends_from(parents, k, heads) for k in changes) or any(
            values[k] is not None for k in heads
        ):
            continue  # (every row between under a heading printed without values)
        total: Values = tuple(0 for _ in values[sub])
        for k in changes:
            row, parent = values[k], parents[k]
            if row is not None and (parent is None or values[parent] is None):
                total = _plus(total, row)
        level = tuple(
            None if a is None or b is None else a + b
            for a, b in zip(values[first], values[sub], strict=True)
        )
        if _holds(values[sub], total, tolerance) and _holds(values[after], level, tolerance):
            parents[first] = parents[sub] = after
            for head in heads:
                parents[head] = sub
            changed = True
    return changed


#: A word naming a budget's document or the stage it sets a figure at, past a stage's own
#: (``names_stage``: "begroting", "realisatie"): "Miljoenennota", "Voorjaarsnota",
#: "jaarverslag", "suppletoire", "slotwet", "Augustusbrief".
_DOCUMENT = re.compile(r"(?:nota|jaarverslag|suppletoire|slotwet|brief)$")


def _later_stage(level: str, stand: str) -> bool:
    """Whether ``stand`` names the same kind of level as ``level`` by its first word, and
    then a stage or document other than the level's ("Uitgavenplafond begroting" and
    "Uitgavenplafond jaarverslag", "Kader Miljoenennota" and "Kader Voorjaarsnota"): the
    level at a later stage. Not a row naming another kind after the same first word ("Netto
    uitgaven" and "Netto ontvangsten"): a level of its own."""
    own, other = _WORD.findall(level.lower()), _WORD.findall(stand.lower())
    return (
        len(own) > 1
        and len(other) > 1
        and own[0] == other[0]
        and own != other
        and any(names_stage(word) or _DOCUMENT.search(word) for word in other[1:])
    )


def _heading_over_chain(
    parents: list[int | None], labels: Sequence[str], headings: list[bool]
) -> bool:
    """A heading printed without values (``headings``) over a block that is one closed
    tree: a chain of stands, or rows summed into the block's last row, before the next
    such heading or the table's end ("Artikel 4" / "Stand ontwerpbegroting" / "Mutaties" /
    "Stand suppletoire begroting" / "Artikel 5" / ...). The parse counts the heading, which
    heads no row, as a part (nil) of a row of the block and leaves the block's last row at
    the top, so blocks that repeat their labels under each heading are not told apart: the
    heading is that last row's parent. Not where that row names the heading ("Baten" / ...
    / "Totaal baten"): the heading's own total, at the top as the heading is. Returns
    whether any block was closed this way."""
    changed = False
    count = len(parents)
    for head in range(count - 1):
        if not headings[head] or parents[head] is None or head in parents:
            continue
        last = head
        while (up := parents[last]) is not None:
            last = up
        if last < head or (last + 1 < count and not headings[last + 1]):
            continue  # (rows after the block's last row: it closes no block of the heading)
        if head and _descends(parents, head - 1, last):
            continue  # (the block starts above the heading: it heads some of its rows)
        if not all(_descends(parents, k, last) for k in range(head + 1, last)):
            continue
        if _names_heading(labels[last], labels[head]):
            continue
        parents[head], parents[last] = None, head
        changed = True
    return changed


def _descends_from(parents: list[int | None], row: int, roots: list[int]) -> bool:
    """Whether ``row`` is one of ``roots`` or a row under one of them."""
    seen: int | None = row
    while seen is not None and seen not in roots:
        seen = parents[seen]
    return seen is not None


def _part_of_total_below(
    labels: Sequence[str],
    numbers: Sequence[Values | None],
    totals: Sequence[bool],
    position: int,
    tolerance: Exact,
) -> bool:
    """Whether the total at ``position`` is, with the rows printed between it and the next
    total (all printing values: no heading between), that total's sum within the tolerance:
    a subtotal of some rows of a group, which the group's total counts as one of its parts.
    A total followed by rows that add up to the next total alone ("Totaal baten" /
    lasten / "Totaal lasten") is no such part; nor is the total of a heading printed right
    under another ("Passiva" / "Eigen vermogen" / reserves / "Totaal eigen vermogen" /
    debts / "Totaal passiva"): each heading has its total there, the inner one the first.
    Nor is the heading's own total, whose label names it ("Investeringen" / rows /
    "Totaal investeringen" / "Bijdrage provincie" / "Totaal netto investeringen"): it
    closes the heading, and the rows after it go with the total below."""
    if not totals[position] or numbers[position] is None:
        return False
    heading = next((k for k in range(position - 1, -1, -1) if numbers[k] is None), None)
    if heading is not None and heading > 0 and numbers[heading - 1] is None:
        return False
    if heading is not None and _names_heading(labels[position], labels[heading]):
        return False
    parts: list[Values] = [numbers[position]]
    for k in range(position + 1, len(numbers)):
        row = numbers[k]
        if row is None:
            return False
        if totals[k]:
            return len(parts) > 1 and _holds(row, reduce(_plus, parts), tolerance)
        parts.append(row)
    return False


def _names_heading(total: str, heading: str) -> bool:
    """Whether a total's label names a heading: every word of the heading's is one of the
    total's ("Totaal investeringen" under "Investeringen"), so it is that heading's total
    and not a subtotal of some of its rows ("Subtotaal programma's" under "Lasten")."""
    words = set(_WORD.findall(heading.lower()))
    return bool(words) and words <= set(_WORD.findall(total.lower()))


def _holds(printed: Values, parts: Values, tolerance: Exact) -> bool:
    """Whether a printed row equals the sum of its parts, within the tolerance, in every
    column both print, one at least."""
    columns = [
        (a, b, tol)
        for a, b, tol in zip(printed, parts, tolerance, strict=False)
        if a is not None and b is not None
    ]
    return bool(columns) and all(abs(a - b) <= tol for a, b, tol in columns)


def _close_indented(
    parents: list[int | None],
    values: Sequence[Values | None],
    indents: Sequence[int | None],
    tolerance: Exact,
) -> bool:
    """A row printed above rows indented past it, up to the next row back at its own indent,
    is the total of those at the first one's indent ("Baten" over "  Bijdragen gemeenten" /
    "  Overige baten"), also where its sum fails in some columns (a misprinted figure), so
    that the failing sum is reported as a finding on the source instead of the indented
    parts losing their total. Taken only where no parts were found for it, the parts found
    no parent either (rows indented deeper still may hang under them), and the sum holds,
    within rounding, in at least half of the columns the total prints, in one with figures
    at least, as ``_close_chain`` takes a chain of stands. Returns whether any was closed."""
    changed = False
    count = len(parents)
    for total in range(count - 1):
        own, step = indents[total], indents[total + 1]
        target = values[total]
        if own is None or step is None or step <= own or target is None or total in parents:
            continue
        end = next((j for j in range(total + 1, count) if (indents[j] or 0) <= own), count)
        if any(indents[k] is None or indents[k] < step for k in range(total + 1, end)):
            continue
        parts = [k for k in range(total + 1, end) if indents[k] == step]
        if len(parts) < 2 or any(parents[k] is not None for k in parts):
            continue
        if any(
            parents[k] is None or not total < parents[k] < end
            for k in range(total + 1, end)
            if k not in parts
        ):
            continue
        sums = tuple([0] * len(target))
        for k in parts:
            row = values[k]
            if row is not None:
                sums = _plus(sums, row)
        held = [
            abs(t - s) <= tol and t != 0
            for t, s, tol in zip(target, sums, tolerance, strict=False)
            if t is not None
        ]
        if any(held) and 2 * sum(held) >= len(held):
            for k in parts:
                parents[k] = total
            changed = True
    return changed


def _close_coded(
    parents: list[int | None],
    coded: dict[int, list[int]],
    values: Sequence[Values | None],
    kinds: Sequence[str],
    tolerance: Exact,
) -> bool:
    """A numbered row printed below the rows its label says it sums (``coded``: its lettered
    parts, "3a." and "3b." over "3."; the rows its formula names, "1." to "4." over "5.
    <stand> (=1+2+3+4)") is their total, also where its sum fails in some
    columns (a misprinted figure, a part the text lost), so that the failing sum is
    reported as a finding on the source instead of the parts losing their total. Taken
    only where no parts were found for it, none of them found a parent, all are of its
    kind, and the sum holds, within rounding, in more than half of the columns the total
    prints, with figures: in one of two it holds by chance as often (a footnote's "(1+2)"
    in a label, "Na." and "Nb." over another item "N.", a norm "N. <norm> (Na + N%)"),
    and a total of another reckoning, "N. <norm> (Na x Nb)", holds in none. Returns
    whether any was closed."""
    changed = False
    for total, parts in coded.items():
        target = values[total]
        if target is None or total in parents or any(parents[k] is not None for k in parts):
            continue
        if any(kinds[k] != kinds[total] for k in parts):
            continue
        sums = reduce(_plus, [values[k] or (0,) * len(target) for k in parts])
        held = [
            abs(t - s) <= tol and t != 0
            for t, s, tol in zip(target, sums, tolerance, strict=False)
            if t is not None
        ]
        if 2 * sum(held) > len(held):
            for k in parts:
                parents[k] = total
            changed = True
    return changed


def _column_sums(rows: Sequence[Sequence[_Number | None] | None]) -> list[_Number | None]:
    """Per column, the sum of the values the rows print there; None where none prints one
    (the values' own kind kept: whole numbers in the parents' search, decimals in the parse)."""
    width = max((len(row) for row in rows if row is not None), default=0)
    sums: list[_Number | None] = [None] * width
    for row in rows:
        for column, value in enumerate(row or ()):
            if value is not None:
                total = sums[column]
                sums[column] = value if total is None else total + value
    return sums


def _heading_sums(rows: Sequence[Sequence[Decimal | None] | None]) -> list[Decimal | None] | None:
    """What a heading without values stands for in the numeric parse: its items' sums."""
    sums = _column_sums(rows)
    return sums if any(s is not None for s in sums) else None


def _list_items(
    labels: list[str],
    values: Sequence[Sequence[Decimal | None] | None],
    kinds: list[str],
    skip: list[bool],
) -> dict[int, int]:
    """List item row -> the row it is printed under, for each run of dash or bullet rows
    right below a row without one.

    The dash is layout, not a sum: the run is taken as the row's parts only when the row
    prints no value (a heading) or prints exactly their sum, and all are of one kind; else
    the rows stay for the numeric parse, which may place them otherwise.
    """
    items: dict[int, int] = {}
    head: int | None = None
    run: list[int] = []

    def close() -> None:
        if head is None or not run or any(kinds[i] != kinds[head] for i in run):
            return
        own = values[head]
        sums = _column_sums([values[i] for i in run])
        if own is not None and any(
            v is not None and v != (s or 0) for v, s in zip(own, sums, strict=False)
        ):
            return
        items.update(dict.fromkeys(run, head))

    for index, label in enumerate(labels):
        if skip[index]:
            continue
        if BULLET.match(label.strip()):
            run.append(index)
        else:
            close()
            head, run = index, []
    close()
    return items


def _balances_rows_above(
    values: Sequence[Sequence[Decimal | None] | None], whole: list[int], position: int
) -> bool:
    """Whether the row at ``whole[position]`` is the difference of two of the rows with
    values right above it, up to the nearest row without values (a heading), in every
    column all three print, the same one from the other; or in some of them, and their sum
    in the others: a column of differences ("Verschil") signs each row's difference by
    whether it is favourable (less lasten or more baten than budgeted: both positive), so
    the balance's difference is the sum of theirs ("Lasten" 550, "Baten" 430, "Saldo"
    980 under "Verschil", beside "Saldo" = baten - lasten under the budgets)."""
    balance = values[whole[position]]
    above: list[Sequence[Decimal | None]] = []
    for index in reversed(whole[:position]):
        row = values[index]
        if row is None:
            break
        above.append(row)
    if balance is None:
        return False
    for first, second in combinations(above, 2):
        columns = [
            (b, x, y)
            for b, x, y in zip(balance, first, second, strict=False)
            if b is not None and x is not None and y is not None
        ]
        for sign in (1, -1):
            differences = [b == sign * (x - y) for b, x, y in columns]
            if any(differences) and all(
                differ or b == x + y for differ, (b, x, y) in zip(differences, columns, strict=True)
            ):
                return True
    return False


def _carried_past_heading(
    numbers: Sequence[Values | None], summing: Sequence[bool], ends: Sequence[bool], position: int
) -> bool:
    """Whether the row at ``position``, right after the rows of a heading printed without
    values, is the row printed right above that heading carried through them: that row plus
    or minus each of them, one sign per row, in every column all of them print ("Saldo van
    baten en lasten" / "Mutaties reserves" / "Toevoegingen aan reserves" / "Onttrekkingen
    aan reserves" / "Saldo na bestemming": the saldo less what goes into the reserves, plus
    what comes out of them). Such a row is the table's result after the heading's changes,
    a closing row of the whole table, never one of the heading's parts (whose sum it is
    not): the caller ends the heading's reach there. Exact sums only: a signed sum held
    within rounding would let too many rows pass. The row carried is the table's own
    result so far: a total or saldo (``summing``) printed at the top level
    (``_at_top_level``), not all zeros, carried through two rows at least. A sibling
    heading's own saldo ("Programma N" / "Lasten" / "Baten" / "Saldo programma N", then
    "Programma N+1" and its rows) is no result of the table, a saldo of 0 plus or minus the
    heading's rows is any of them, and one row plus or minus it is any sum of two rows."""
    run: list[Values] = []
    k = position - 1
    while k >= 0 and (row := numbers[k]) is not None:
        run.append(row)
        k -= 1
    result = numbers[position]
    if result is None or not run or k < 1 or (start := numbers[k - 1]) is None:
        return False
    run.reverse()
    if not 2 <= len(run) <= MOST_CARRIED or not summing[k - 1] or not any(start):
        return False
    if not _at_top_level(numbers, ends, k - 1):
        return False
    columns = [
        c
        for c in range(len(result))
        if result[c] is not None
        and c < len(start)
        and start[c] is not None
        and all(c < len(row) and row[c] is not None for row in run)
    ]
    if not columns:
        return False
    return carried_through(start, run, result, columns)


def carried_through(
    start: Sequence[Any],
    run: Sequence[Sequence[Any]],
    result: Sequence[Any],
    columns: Sequence[int],
) -> bool:
    """Whether ``result`` is ``start`` plus or minus each row of ``run``, one sign per row,
    in every one of ``columns``, exactly: a balance carried through the rows between it and
    its result (the hierarchy ends a heading's reach there, ``_carried_past_heading``; the
    placement of a short row among such rows tries each reading with it,
    ``tables_placement._place_carried``). The callers choose the columns and what a missing
    figure is."""
    return any(
        all(
            result[c] == start[c] + sum(s * row[c] for s, row in zip(signs, run, strict=True))
            for c in columns
        )
        for signs in product((1, -1), repeat=len(run))
    )


def _at_top_level(numbers: Sequence[Values | None], ends: Sequence[bool], position: int) -> bool:
    """Whether the row at ``position`` stands outside every heading printed without values
    above it: none is printed above it, or a row ending a heading's reach (``ends``: a
    total, a saldo of the table's own) stands between, the row itself or one above it."""
    k = position
    while k >= 0 and numbers[k] is not None:
        if ends[k]:
            return True
        k -= 1
    return k < 0


def _capital_after_lower_parts(
    labels: list[str], valueless: list[bool], whole: list[int], position: int
) -> bool:
    """Whether the row at ``position`` opens in a capital right after rows opening in lower
    case that stand right under a heading printed without values ("Algemene uitkering" /
    "algemene uitkering gemeenten" / "integratie- en decentralisatie-uitkeringen" /
    "Apparaat en onderzoek"): the heading's parts are printed in lower case (an
    instrument's regelingen), a row printed as the heading is, in a capital, is its
    sibling and ends its reach, never a part of it. (Names in camel case, "eHerkenning" /
    "DigiD", are no lower case.)"""
    if not labels[whole[position]].strip()[:1].isupper():
        return False
    k = position - 1
    while k >= 0 and _in_lower_case(labels[whole[k]]):
        k -= 1
    return 0 <= k < position - 1 and valueless[whole[k]]


def _in_lower_case(label: str) -> bool:
    """Whether a label opens with a word in lower case throughout ("regeling ..."); a name
    printed with a capital inside it ("eHerkenning", "iDEAL") is a name as "DigiD" is."""
    words = label.split(maxsplit=1)
    return bool(words) and words[0][:1].islower() and not any(map(str.isupper, words[0]))


def _coded_as_rows_above(labels: list[str], valueless: list[bool]) -> list[bool]:
    """Per row, whether it is a heading printed without values whose code is one of the
    codes of the rows with values right above it, up to the previous such heading: the same
    number of parts, all but the last the same ("1.3" after "1.1" and "1.2"). Such a
    heading is one of those rows, printed over regelingen of its own, not a sibling of
    the heading over them (``_over_coded_parts``)."""
    coded = [False] * len(labels)
    for position, label in enumerate(labels):
        own = _code(label)
        if not valueless[position] or own is None:
            continue
        for above in range(position - 1, -1, -1):
            if valueless[above]:
                break
            code = _code(labels[above])
            if code is not None and len(code) == len(own) and code[:-1] == own[:-1]:
                coded[position] = True
                break
    return coded


def _code(label: str) -> list[str] | None:
    """The parts of the code printed before a label ("1.3 Jeugd": ["1", "3"]), or None."""
    found = CODE_BEFORE.match(label.strip())
    return found.group().split()[0].split(".") if found else None


def _top_rows_of_repeated_blocks(
    ranks: list[int | None], labels: list[str], valueless: list[bool]
) -> None:
    """Value-less headings over blocks of the same rows ("Sector A" / "Plafond" /
    "Uitgaven", "Sector B" / "Plafond" / "Uitgaven") are the groups those rows belong to,
    the first as the others: a top cue ("Uitgaven") in such a block says nothing, where it
    made the first heading the table's title, heading no row from that cue on. Changes
    ``ranks`` in place."""
    blocks: list[tuple[int, tuple[str, ...]]] = []  # (heading position, the rows' labels)
    for position, none in enumerate(valueless):
        if none:
            rows = list(takewhile(lambda k: not valueless[k], range(position + 1, len(labels))))
            key = tuple(labels[k].strip().lower() for k in rows)
            if len(key) > 1:
                blocks.append((position, key))
    keys = Counter(key for _position, key in blocks)
    for position, key in blocks:
        if keys[key] > 1:
            for k in range(position + 1, position + 1 + len(key)):
                if ranks[k] == 1:
                    ranks[k] = None


def _parts_repeating_a_label(ranks: list[int | None], labels: list[str]) -> None:
    """A cued label printed again names a part of the row it repeats, so its cue says
    nothing and the sums place it: a top label anywhere below ("Ontvangsten" over the
    articles' "Ontvangsten"), any other cue right under the row it repeats (a regeling
    named as its instrument: "Opdrachten" / "Opdrachten", one figure each). Kept as a cue,
    it could come under no row of its own rank: no sum could be parsed and the whole table
    would fall back on its labels, which misplace the rows after it too. A cue printed
    again further down is a sibling (an instrument of another article). Changes ``ranks``
    in place."""
    seen: set[str] = set()
    previous: str | None = None
    for position, label in enumerate(labels):
        key = label.strip().rstrip(":").lower()
        cue = ranks[position]
        if cue is not None and (key == previous or (cue == 1 and key in seen)):
            ranks[position] = None
        seen.add(key)
        previous = key


def _number_instrument_lines(ranks: list[int | None], valueless: list[bool]) -> None:
    """Numbered rows printed right after an instrument printed without values are its
    lines, numbered ("Bijdrage aan medeoverheden" / "1. Algemene uitkering" / "2.
    Decentralisatie-uitkeringen"), not the article's parts the instruments come under:
    their cue becomes a line's (``LINE_ITEM``), so the instrument heads them. Numbered
    parts printed before the instruments under them keep their cue. Changes ``ranks`` in
    place."""
    lines = False  # whether the rows so far are an instrument's, printed without values
    for position, cue in enumerate(ranks):
        if cue == PART and lines:
            ranks[position] = LINE_ITEM
        else:
            lines = cue == INSTRUMENT and valueless[position]


#: An item's number and its period opening a label ("1. "), before the item's words.
_ITEM_NUMBER = re.compile(r"\d{1,2}\.\s+")
#: A word naming a total anywhere in a label ("Dus: totaal geraamde programma-uitgaven").
_TOTAL_WORD = re.compile(rf"\b{TOTAL_WORD}\b", re.IGNORECASE)
#: A numbered item whose words open on a net sum or a balance ("2. Netto-uitgaven", "3.
#: Saldo", "4. Geraamd resultaat"): what is left of one sum after another, a difference.
_NET_OR_BALANCE_ITEM = re.compile(
    r"\d{1,2}\.\s+(?:netto\b|saldo\b|(?:[^\W\d_]+\s+)?[^\W\d_]*resultaat\b)", re.IGNORECASE
)


def _total_over_numbered_items(
    ranks: list[int | None], labels: list[str], whole: list[int], split: list[bool]
) -> None:
    """A numbered row naming a total ("1. Totaal geraamde uitgaven") printed over numbered
    rows none of which names a total ("2. Juridisch verplicht", "3. Bestuurlijk gebonden",
    ...) is their total printed above them, a level up, not one more item beside them: its
    numbered part's cue, which no row of that rank may come under, goes, and the sums place
    it. Where a numbered row after it names a total too ("3. Dus: totaal geraamde
    programma-uitgaven"), or a "waarvan" row follows right under it ("2. Waarvan
    apparaatsuitgaven"), the rows are totals side by side, the rest after a "waarvan" row
    being placed by its own rule (``_rest_after_parts``): they keep their cues. (A
    "waarvan" row under one of the items below, "2. Juridisch verplicht" / "waarvan
    subsidies", is that item's share and says nothing of the total.) So do they where a
    numbered row after it is a net sum or a balance ("1. Totaal uitgaven" / "2.
    Ontvangsten" / "3. Netto-uitgaven"): the rows are a difference, the total the net sum
    plus what is taken off it, which add up to it by identity, not as its parts. ``ranks``
    are those of the rows at ``whole`` (the rows that are no "waarvan" row, ``split``),
    changed in place."""
    for position, index in enumerate(whole):
        words = labels[index].strip()
        number = _ITEM_NUMBER.match(words)
        if ranks[position] != PART or number is None or not TOTAL.match(words[number.end() :]):
            continue
        if index + 1 < len(split) and split[index + 1]:
            continue  # its "waarvan" row right under it: totals side by side
        items = [
            labels[other].strip()
            for cue, other in zip(ranks[position + 1 :], whole[position + 1 :], strict=True)
            if cue == PART
        ]
        if items and not any(
            _TOTAL_WORD.search(item) or _NET_OR_BALANCE_ITEM.match(item) for item in items
        ):
            ranks[position] = None


def build(
    labels: list[str],
    values: Sequence[Sequence[Decimal | None] | None],
    kinds: list[str],
    texts: Sequence[Sequence[str]] | None = None,
    ruled: Sequence[bool] = (),
    indents: Sequence[int | None] = (),
    empty: Sequence[bool] = (),
) -> Hierarchy:
    """The hierarchy of one block of rows (labels, values per column or None for a row that
    prints none, unit kind per row, printed cell texts per row, whether each row is printed
    right under a rule line, where each label starts where the layout keeps it). A row
    under a rule closes the rows above it as a total does, with or without a label: the
    rule is the printed sum's line. ``empty``: whether each row prints its cells, all
    of them empty (a row of nothing, no heading)."""
    marker = [
        WAARVAN_ONLY.match(label) is not None and values[i] is None
        for i, label in enumerate(labels)
    ]
    partial = [
        WAARVAN.match(label.strip()) is not None and not marker[i] for i, label in enumerate(labels)
    ]
    split = [p or m for p, m in zip(partial, marker, strict=True)]
    items = _list_items(labels, values, kinds, split)
    whole = [i for i in range(len(labels)) if not partial[i] and not marker[i] and i not in items]
    listed: dict[int, list[int]] = {}
    for item, head in items.items():
        listed.setdefault(head, []).append(item)
    valueless = [v is None for v in values]
    values = [
        _heading_sums([values[k] for k in listed[i]]) if v is None and i in listed else v
        for i, v in enumerate(values)
    ]
    ranks = [rank(labels[i]) for i in whole]
    _top_rows_of_repeated_blocks(ranks, [labels[i] for i in whole], [valueless[i] for i in whole])
    _parts_repeating_a_label(ranks, [labels[i] for i in whole])
    _number_instrument_lines(ranks, [valueless[i] for i in whole])
    _total_over_numbered_items(ranks, labels, whole, split)
    under_rule = [i < len(ruled) and ruled[i] for i in whole]
    for position, index in enumerate(whole):
        if not labels[index].strip() and not _headed(labels, values, whole, position):
            # a subtotal without a label and no heading printed without values over the rows
            # above it restates no heading's rows: it sums them, as under a rule the text
            # layer lost (two rows of parts, then "  5.240   5.310" under their figures)
            under_rule[position] = True
    closing = [
        CLOSING.match(labels[i].strip()) is not None
        or under_rule[position]
        or SUMMED.search(labels[i]) is not None
        for position, i in enumerate(whole)
    ]
    totals = [TOTAL.match(labels[i].strip()) is not None for i in whole]
    for position in _total_headings(totals, [valueless[i] for i in whole]):
        totals[position] = closing[position] = False
    # a total or a balance ends the reach of a heading printed without values above it; not
    # a balance of two rows in that reach ("1 Bestuur" / "Lasten" / "Baten" / "Saldo": the
    # programme's own balance)
    balances = [_is_balance(labels[i]) for i in whole]
    width = max((len(v) for v in values if v is not None), default=0)
    numbers, places = _integers([values[i] for i in whole])
    # so does a closing row ("Saldo na bestemming", "Geraamd resultaat") that carries the
    # row above the heading through the heading's rows: the whole table's result
    # and so does the whole the groups part ("Alle huishoudens"), a member of none
    reach_ends = [
        total
        or (balance and not _balances_rows_above(values, whole, position))
        or WHOLE.match(labels[whole[position]].strip()) is not None
        for position, (total, balance) in enumerate(zip(totals, balances, strict=True))
    ]
    summing = [
        total or balance or closing[position]
        for position, (total, balance) in enumerate(zip(totals, balances, strict=True))
    ]
    ends = [
        end
        or (
            CLOSING.match(labels[index].strip()) is not None
            and _carried_past_heading(numbers, summing, reach_ends, position)
        )
        or _capital_after_lower_parts(labels, valueless, whole, position)
        for position, (index, end) in enumerate(zip(whole, reach_ends, strict=True))
    ]
    picked_kinds = [kinds[i] for i in whole]
    # a subtotal without a label restates its block, unless a rule prints it as a sum
    blank = [not labels[i].strip() and not under_rule[p] for p, i in enumerate(whole)]
    outdented = [
        min(by_indent, by_code, by_cue, by_name, by_kind)
        for by_indent, by_code, by_cue, by_name, by_kind in zip(
            _outdented([indents[i] if i < len(indents) else None for i in whole]),
            _before_sibling_code([labels[i] for i in whole]),
            _before_instrument(ranks, [valueless[i] for i in whole]),
            _before_sibling_name(
                [labels[i] for i in whole],
                [valueless[i] for i in whole],
                [indents[i] if i < len(indents) else None for i in whole],
            ),
            _before_other_cover_kind([labels[i] for i in whole], [valueless[i] for i in whole]),
            strict=True,
        )
    ]
    nil = [i < len(empty) and empty[i] for i in whole]
    coded = _coded_as_rows_above([labels[i] for i in whole], [valueless[i] for i in whole])
    stands = [STAND.match(labels[i].strip()) is not None for i in whole]
    alike = _siblings_named_alike([labels[i] for i in whole], ranks)
    unknown = [
        tuple(UNKNOWN_FIGURE.fullmatch(text.strip()) is not None for text in texts[i])
        if texts is not None and i < len(texts)
        else ()
        for i in whole
    ]
    loose = _tolerance(
        [t for t, kind in zip(texts or [], kinds, strict=False) if kind != "percent"]
        or texts
        or [],
        width,
        ROUNDING_DIGITS[-1],
        places,
    )
    # a total ends a heading's reach (above), but not a subtotal of some of the heading's
    # rows that a total further down adds up with the rows after it ("Lasten" / programmes /
    # "Subtotaal programma's" / "Overhead" / "Totaal lasten"): the heading heads the
    # subtotal and those rows, and the subtotal its own. A stand and the mutations after it
    # coming to the next stand are a chain, which the chain's rules close
    ends = [
        end
        and (
            STAND.match(labels[index].strip()) is not None
            or not _part_of_total_below(
                [labels[i] for i in whole], numbers, totals, position, loose
            )
        )
        for position, (index, end) in enumerate(zip(whole, ends, strict=True))
    ]
    for position in _splits_inside_parts([labels[i] for i in whole], ranks, numbers, loose):
        ranks[position] = None

    def parses(tolerance: Exact) -> list[list[int | None]]:
        """The parses of the rows with each sum held to ``tolerance`` per column."""
        return _parses(
            numbers,
            picked_kinds,
            ranks,
            closing,
            tolerance,
            blank,
            ends,
            balances,
            outdented,
            nil,
            coded,
            stands,
            unknown,
            alike,
        )

    candidates = parses((0,) * width)
    if not _ratios_alone(picked_kinds, closing, numbers) and not any(
        _nested(p, ranks) and _explains_labels(p, ranks) for p in candidates
    ):
        amounts = [t for t, kind in zip(texts or [], kinds, strict=False) if kind != "percent"]
        for digits in ROUNDING_DIGITS:
            candidates += parses(_tolerance(amounts or texts or [], width, digits, places))
    explained = [p for p in candidates if _explains_labels(p, ranks)]
    # the parse that verifies most rows as parts of a sum; on a tie, the one in which more
    # closing rows ("Totaal ...") close rows above them; else the earlier (exact) one
    found = max(
        explained,
        key=lambda p: (
            sum(x is not None for x in p),
            sum(closing[x] for x in set(p) if x is not None),
        ),
        default=None,
    )
    if found is not None:
        source = "sums" if any(p is not None for p in found) else "flat"
    else:
        found = from_labels(ranks)
        source = "labels" if any(p is not None for p in found) else "flat"
    if _close_by_label(found, numbers, closing, totals, picked_kinds):
        source = "labels"
    if _close_chain(found, numbers, totals, loose):
        source = "labels"
    if _nil_chain(found, numbers, stands, totals):
        source = "labels"
    if _stand_after_changes(
        found, numbers, [valueless[i] for i in whole], loose, [labels[i] for i in whole]
    ):
        source = "labels"
    if _stand_after_subtotal(found, numbers, blank, totals, loose, [labels[i] for i in whole]):
        source = "labels"
    headings = [valueless[i] and i not in listed for i in whole]
    if _heading_over_chain(found, [labels[i] for i in whole], headings):
        source = "labels"
    if _close_indented(
        found, numbers, [indents[i] if i < len(indents) else None for i in whole], loose
    ):
        source = "labels"
    for coded in (lettered_parts, named_parts):  # the lettered parts' totals are named
        if _close_coded(found, coded([labels[i] for i in whole]), numbers, picked_kinds, loose):
            source = "labels"
    if _restated_after_waarvan(found, numbers, whole, split, ranks):
        source = "labels"
    parents: list[int | None] = [None] * len(labels)
    for position, index in enumerate(whole):
        parent = found[position]
        parents[index] = None if parent is None else whole[parent]
    last_whole: int | None = None
    for index in range(len(labels)):
        if partial[index] or marker[index]:
            above = _above_its_cue(labels, last_whole, index, parents)
            parents[index] = _holding(above, index, parents, values, kinds)
        else:
            last_whole = index
            if index in items:
                parents[index] = items[index]
    _rest_after_parts(parents, split, values, kinds, labels)
    _restated_in_units(parents, split, values, kinds, labels)
    return Hierarchy(parents, source, split)


def _restated_in_units(
    parents: list[int | None],
    split: list[bool],
    values: Sequence[Sequence[Decimal | None] | None],
    kinds: list[str],
    labels: list[str],
) -> None:
    """A row whose label is a percentage's unit alone ("in %", "in % bbp", "(in
    procenten)") under a row of figures that are no percentages restates that row as a
    percentage ("Totaal" / "in % bbp", "waarvan juridisch verplicht" / "in %"): it names
    nothing but the row above, so that row is its parent, and it adds up to nothing. The
    sums, which skip a percentage, put it under the row above's own whole or under none.
    A row the reading already made a parent of rows heads them, which a restatement never
    does: it keeps its place. Changes ``parents`` and ``split`` in place."""
    for row in range(1, len(labels)):
        above = row - 1
        if values[row] is None or values[above] is None or kinds[above] == "percent":
            continue
        unit = unit_alone(labels[row].strip(), 0)
        if unit is None or unit.kind != "percent" or row in parents:
            continue
        parents[row] = above
        split[row] = True


def _restated_after_waarvan(
    parents: list[int | None],
    values: Sequence[Values | None],
    whole: list[int],
    split: list[bool],
    ranks: list[int | None],
) -> bool:
    """A row, its "waarvan" rows, then a row equal to it in every column that the sums made
    its only part: the waarvan rows already say what the row is made of, so the row after
    them that prints the same figures is the same total again, read another way (a balance
    by sector, then the same balance by component, heading its own parts), no part of it.
    It takes the row's own parent. Only where the labels cue neither row: an instrument's
    one regeling, equal to it, stays its part with or without a waarvan row between them.
    ``parents``, ``values`` and ``ranks`` are over the ``whole`` rows, ``split`` over all
    of them. Returns whether any was moved."""
    moved = False
    for position, parent in enumerate(parents):
        if parent is None or values[position] is None:
            continue
        if ranks[position] is not None or ranks[parent] is not None:
            continue
        if values[position] != values[parent] or parents.count(parent) != 1:
            continue
        if not any(split[whole[parent] + 1 : whole[position]]):
            continue
        parents[position] = parents[parent]
        moved = True
    return moved


def _total_headings(totals: Sequence[bool], valueless: Sequence[bool]) -> list[int]:
    """The total rows printing no values over rows that print theirs ("Totaal" / "Uitgaven"
    / "Ontvangsten" under blocks of the same rows per sector): a heading of the block under
    it, which sums nothing above it, as a heading printed without values does."""
    return [
        position
        for position, total in enumerate(totals)
        if total
        and valueless[position]
        and position + 1 < len(valueless)
        and not valueless[position + 1]
    ]


def _splits_inside_parts(
    labels: list[str],
    ranks: list[int | None],
    values: Sequence[Values | None],
    tolerance: Exact,
) -> list[int]:
    """The rows of a spending split printed within a numbered part, whose cue then says
    nothing: each article split apart ("1. Preventie" / "Programma-uitgaven" /
    "Apparaatsuitgaven" / "2. Zorg" / "Programma-uitgaven" / ...), the halves its parts,
    not the table's. Shown by the sums, the split rows up to the next numbered part or top
    row adding up to the part above them in every column both print, or by the order: a
    "Programma-uitgaven" after a part, where the table's own would head the parts. An
    "Apparaatsuitgaven" alone after the last part ("2. Jeugdbeleid 47.040" /
    "Apparaatsuitgaven 13.116") is the table's other half and keeps its rank."""
    inside: list[int] = []
    for position, cue in enumerate(ranks):
        if cue != PART:
            continue
        splits: list[int] = []
        for below in range(position + 1, len(ranks)):
            if ranks[below] in (1, PART):
                break
            if ranks[below] == SPLIT:
                splits.append(below)
        if not splits:
            continue
        printed = values[position]
        parts = [part for k in splits if (part := values[k]) is not None]
        summed = (
            printed is not None
            and len(parts) == len(splits)
            and _holds(printed, reduce(_plus, parts, (0,) * len(printed)), tolerance)
        )
        if summed or PROGRAMME.fullmatch(labels[splits[0]].strip()):
            inside += splits
    return inside


def _above_its_cue(
    labels: list[str], above: int | None, row: int, parents: list[int | None]
) -> int | None:
    """The row a "waarvan" row (``row``) may be part of, by the label cues: the row printed
    above it (``above``), unless the part it names carries a cue (``rank``) that row's own
    cue ranks at or under ("waarvan apparaatsuitgaven", a half of the spending, after "5.2
    Subsidies", an instrument): the part cannot be inside that row, so its whole is the
    nearest row that holds the row above and ranks over the part ("Uitgaven"). The row
    above where the part names no cue, or that row none (a total, a regeling: the sums
    and ``_holding`` judge), or none of its holders ranks over the part."""
    if above is None:
        return None
    named = rank(WAARVAN.sub("", labels[row].strip(), count=1))
    own = rank(labels[above])
    if named is None or own is None or own < named:
        return above
    holder = parents[above]
    while holder is not None:
        cue = rank(labels[holder])
        if cue is not None and cue < named:
            return holder
        holder = parents[holder]
    return above


def _holding(
    above: int | None,
    row: int,
    parents: list[int | None],
    values: Sequence[Sequence[Decimal | None] | None],
    kinds: list[str],
) -> int | None:
    """The row a "waarvan" row (``row``) is part of: the row printed above it (``above``),
    unless that row cannot hold it (``_exceeds``: a "waarvan uitvoeringskosten" printed
    after the last part of a block, larger than that part in every year). Then its whole
    is among the rows that hold the row above, and the outermost of them (the top of its
    chain of parents) is the one that holds every part of theirs: a nearer one may not
    hold this one ("uitvoeringskosten UWV en SVB" under the sum of two groups, printed
    after the second's last part). None where that row cannot hold it either. Only where
    the row above is a part of a whole printed above it: a row summed into a total closing
    below it may be a change, not a level ("Stand ontwerpbegroting" + "Mutaties 1e
    suppletoire" = "Stand 1e suppletoire"), whose part may be larger than it ("waarvan loon-
    en prijsbijstelling" 25 under "Mutaties" 10, other changes offsetting it).

    A holder with a part printed after the "waarvan" row is still open there: its part
    would be printed after its last part or right under it, not among them. Where an outer
    holder is open and a nearer one closed (a coded group's last part, the "waarvan" row,
    then the next group: "1.01" / "1.01.01" ... "1.01.03" / "waarvan ..." / "1.02" under
    "Uitgaven"), the outermost closed holder is its whole."""
    if above is None or not _exceeds(row, above, values, kinds):
        return above
    if parents[above] is not None and parents[above] > above:
        return above
    chain: list[int] = []
    holder = parents[above]
    while holder is not None:
        chain.append(holder)
        holder = parents[holder]
    later = range(row + 1, len(parents))
    closed = [h for h in chain if not any(_descends(parents, k, h) for k in later)]
    top = (closed or chain or [above])[-1]
    return top if top != above and not _exceeds(row, top, values, kinds) else None


#: The fewest columns in which a part must be larger than a row to be no part of it: in
#: one column a figure may be larger by chance of layout (a wrong column) or of sign.
_EXCEEDING_COLUMNS = 2


def _exceeds(
    part: int,
    whole: int,
    values: Sequence[Sequence[Decimal | None] | None],
    kinds: list[str],
) -> bool:
    """Whether a row is larger than another in every column both print, in the same unit,
    in two columns at least, no figure of either below zero: levels, of which a part is
    never larger than its whole. A mutation's part may be larger than the mutation, other
    parts offsetting it ("Mutatie meicirculaire -/- 42", "waarvan effect loonontwikkeling
    -/- 60"); a percentage is no amount to compare."""
    big, small = values[whole], values[part]
    if big is None or small is None or kinds[whole] != kinds[part] or kinds[part] == "percent":
        return False
    pairs = [(a, b) for a, b in zip(big, small, strict=False) if a is not None and b is not None]
    return (
        len(pairs) >= _EXCEEDING_COLUMNS
        and all(a >= 0 and b >= 0 for a, b in pairs)
        and all(b > a for a, b in pairs)
    )


#: A saldo named in a compound or after a word saying which part of it ("Structureel
#: begrotingssaldo", "Structureel saldo"), ending the label (a footnote's mark after it):
#: after the "waarvan" rows of a saldo ("Begrotingssaldo na bestemming" / "Waarvan
#: incidentele baten en lasten (saldo)"), the saldo less them, a difference as any balance
#: is, and no rest making the split exhaustive. Not a saldo in a phrase ("Overige mutaties
#: per saldo", "Gemiddeld saldo", "Verrekend saldo van ..."): changes netted, any row's.
_NAMES_SALDO = re.compile(
    r"(?:[^\W\d_]-?saldo|\b(?:structureel|incidenteel)[ \xa0]+saldo)\b[ \xa0]*(?:\d{1,2}\)|\*+)?$",
    re.IGNORECASE,
)


#: The fewest columns in which a row after "waarvan" rows must make up, with them, the row
#: they are part of to be its rest: in one column a row printed after them (an
#: "Ontvangsten" 60 under "Totaal uitgaven" 100 and "waarvan personeel" 40) may do so by
#: chance.
_REST_COLUMNS = 2


#: The fewest rows, "waarvan" rows and the rest after them, not nil, that make up their
#: row in one column for the rest to be its part there: three figures adding up to a
#: fourth exactly are no chance as one is.
_REST_FIGURES = 3


def _many_parts_make_up(
    target: Sequence[Decimal | None], rows: list[Sequence[Decimal | None]]
) -> bool:
    """Whether, in a one-column table, the rest (``rows``' last) and the "waarvan" rows
    before it make up the row they are part of (``target``) with enough figures to be no
    chance: a budget flexibility table of one year ("1. Totaal geraamde uitgaven" / "2.
    Waarvan juridisch verplicht" ... "5. Waarvan beleidsmatig gereserveerd" / "6. Nog niet
    ingevuld"). The whole and the rest print a figure other than nil, and ``_REST_FIGURES``
    rows at least do; a nil "waarvan" row among them adds nothing and proves nothing."""
    if not any(target) or not any(rows[-1]):
        return False
    return sum(1 for row in rows if any(row)) >= _REST_FIGURES


def _rest_after_parts(
    parents: list[int | None],
    split: list[bool],
    values: Sequence[Sequence[Decimal | None] | None],
    kinds: list[str],
    labels: list[str],
) -> None:
    """A row without a parent printed right after "waarvan" rows that, with them, makes up
    the row they are part of in every column it prints (``_REST_COLUMNS`` at least), each
    column printed by all of them and none of them nil in every column ("1. Totaal
    geraamde kasuitgaven" / "2. Waarvan apparaatsuitgaven" / "3. Dus programma-uitgaven",
    a budget flexibility table's items): the rest of that row once they are counted, a
    part of it as they are, and the split exhaustive, so they all add up to it. Not a top
    row after a top row's shares ("Uitgaven" after "Verplichtingen" / "waarvan
    garantieverplichtingen", whose verplichtingen are the garanties' and the uitgaven'
    own): the cues let no top row descend from a top row. Changes ``parents`` and
    ``split`` (the rows not adding up) in place."""
    for row in range(1, len(parents)):
        if split[row] or parents[row] is not None or not split[row - 1]:
            continue
        first = row - 1
        while first > 0 and split[first - 1]:
            first -= 1
        whole = parents[first]
        parts = [*range(first, row), row]
        if whole is None or any(parents[k] != whole for k in parts[:-1]):
            continue
        if rank(labels[row]) == 1 == rank(labels[whole]):
            continue  # a top row beside a top row, none under the other
        if _is_balance(labels[row]) or _NAMES_SALDO.search(labels[row]):
            continue  # a balance ("Saldo", "E=C-D ...") is the rows' difference, no rest
        target = values[whole]
        rows = [values[k] for k in parts]
        if target is None or any(kinds[k] != kinds[whole] for k in parts):
            continue
        if any(v is None or len(v) != len(target) for v in rows):
            continue
        columns = list(zip(target, *rows, strict=True))
        if any(None in column for column in columns):
            continue
        if len(columns) < _REST_COLUMNS:
            if not _many_parts_make_up(target, rows):
                continue  # one column's sum may be chance ("Ontvangsten" 60 after 100 and 40)
        elif not all(any(v) for v in (target, *rows)):
            continue  # a row of zeros proves no sum: a nil part leaves the rest the whole
        if all(column[0] == sum(column[1:]) for column in columns):
            parents[row] = whole
            for k in parts[:-1]:
                split[k] = False
