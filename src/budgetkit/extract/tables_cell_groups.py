"""Group headings over the columns of a table printed one cell per line.

A site flattens a heading of two rows into one line per cell, and the spans of its merged
cells are gone: a group ("Realisatie", "Begroting", "Mutaties 1e suppletoire begroting")
printed once stands among the leaves it heads. Where the text still shows a group's span
(an empty cell for each further column it spans, a group spanning the bare years of the
second row, a leaf in lower case finishing the heading its group opens), this module gives
each column its group's words; where it does not (a row of groups without their empty
cells), the groups are kept as lost (``RawTable.lost_groups``) and joined to their years
later, from the document's budget year, only for realised and planned figures, whose years
a budget's own year tells apart (``name_lost_groups``).
"""

from __future__ import annotations

import re
from itertools import combinations, pairwise

from budgetkit.extract.months import MONTHS
from budgetkit.extract.tables_cell_items import Item
from budgetkit.extract.tables_column_groups import MIN_WORDED
from budgetkit.extract.tables_model import RawTable
from budgetkit.extract.tables_tokens import is_year, is_year_heading
from budgetkit.extract.tables_units import unit_alone
from budgetkit.extract.tables_vocabulary import (
    CHANGE_WORDS,
    LABEL_HEADINGS,
    PLANNED_GROUPS,
    REALISED_GROUPS,
    ROW_HEADINGS,
    STAGE_GROUPS,
    names_stage,
)
from budgetkit.layout import fold


def spanned_by_rows(plain: list[tuple[str, bool]], width: int, notes: set[str]) -> list[str] | None:
    """The leaves of a heading of two rows flattened from merged cells, in the order of
    their columns: the first row's headings each head a column of their own (spanning both
    rows, so each names its period) but one, a group without a period spanning the second
    row's bare years ("Vastgestelde begroting 2025" / "Mutaties 1e suppletoire begroting" /
    "Stand 1e suppletoire begroting 2025" / "2025" / ... / "2029" over seven values:
    the mutations of 2025-2029 stand where the group is printed, the stand after them).
    Each year gets the group's words. None for any other shape: ``plain``, (heading, names
    a period) in printed order, is one heading more than the ``width`` columns, with no
    corner (the first heading names a period), and none of the first row's is one of the
    unit's ``notes`` (a caption declaring the unit over "Krediet" / "2025" / ... is no
    heading of a column). The labels' heading may open the first row, spanning both rows
    as well ("Artikel 2" / "Realisatie" / "Vastgestelde begroting 2012" / "Verschil 2012" /
    "2008" / ... / "2012" over seven values): one heading more, without a period, before
    the others; it heads the labels, no column (``corner_of_spanned``)."""
    bare = 0
    while bare < len(plain) and is_year_heading(plain[-1 - bare][0]):
        bare += 1
    corner = corner_of_spanned(plain, width)
    top = plain[corner : len(plain) - bare]
    groups = [k for k, (_label, period) in enumerate(top) if not period]
    if len(plain) != width + 1 + corner or bare < 2 or len(groups) != 1:
        return None
    if not corner and not top[0][1]:
        return None
    if any(label in notes for label, _period in plain[: len(plain) - bare]):
        return None
    group = top[groups[0]][0]
    bare_years = [year for year, _period in plain[len(plain) - bare :]]
    # a group printed last of the first row, right over the years, in the singular names one
    # period's figures ("Realisatie" / "2012" / "Vastgestelde begroting" / "2013" / "2014"
    # ...): the first year only, the later ones the estimates' own
    over = 1 if groups[0] == len(top) - 1 and not names_several(group) else len(bare_years)
    years = [f"{group} {year}" for year in bare_years[:over]] + bare_years[over:]
    return (
        [label for label, _p in top[: groups[0]]]
        + years
        + [label for label, _p in top[groups[0] + 1 :]]
    )


def corner_of_spanned(plain: list[tuple[str, bool]], width: int) -> int:
    """How many of the headings ``plain`` (heading, names a period) opening a heading of two
    rows flattened from merged cells are the labels' own corner (``spanned_by_rows``): 1
    where they are two more than the ``width`` columns, the first names no period nor a
    budget's stage ("Artikel 2" / "Realisatie" / "Verschil 2012" / ... over the years) and
    a heading naming a period follows it before the years, else 0. Two groups over the
    years alone ("Realisatie" / "Raming" / "2024" / ...) are no corner and a group."""
    if len(plain) != width + 2 or plain[0][1] or names_stage(plain[0][0]):
        return 0
    return int(any(period and not is_year_heading(label) for label, period in plain[1:]))


#: A word in the plural, as Dutch forms it: "-s" or "-en" at its end ("Mutaties",
#: "Ramingen").
_PLURAL = re.compile(r"[^\W\d_]{3,}(?:s|en)")


def names_several(heading: str) -> bool:
    """Whether a group heading names several columns' figures, a word of it in the plural
    ("Mutaties", "Mutaties 1e suppletoire begroting", "Ramingen") or naming a change
    (``CHANGE_WORDS``: "Mutatie 1e suppletoire begroting", made to each year under it),
    not the one period of a budget's stage in the singular ("Vastgestelde begroting",
    "Realisatie"), nor a stage named by the change it stands after or before ("Begroting na
    wijziging", "Raming voor bijstelling", ``_STAGE_OF_CHANGE``: one period's figures)."""
    words = heading.split()
    return any(
        _PLURAL.fullmatch(word)
        or (
            word.lower() in CHANGE_WORDS
            and (k == 0 or words[k - 1].lower() not in _STAGE_OF_CHANGE)
        )
        for k, word in enumerate(words)
    )


#: Words before a change that make the heading a stage the budget stands at, before or after
#: the change ("Begroting na wijziging", "Begroting incl. bijstelling"), not the change.
_STAGE_OF_CHANGE = ("na", "voor", "vóór", "incl.", "inclusief", "excl.", "exclusief", "zonder")


def leaves_corner(items: list[Item], leaf: int) -> bool:
    """Whether the item right before the first leaf (item ``leaf``) is the leaves' row's
    corner, the cell over the labels: printed empty (" "), or holding the table's unit
    alone (" " / "Realisatie" / "Raming" / "x € 1.000" / "2023" / "2024"), a note of the
    table's that stands where the empty cell would."""
    return leaf >= 1 and _corner(items[leaf - 1])


def _corner(item: Item) -> bool:
    """Whether a heading row's cell over the labels is its corner: printed empty (" "), or
    holding the table's unit alone ("Bedragen x € 1.000"), which a page prints there."""
    return item.kind == "P" or (item.kind == "T" and unit_alone(item.text, 0) is not None)


def group_spans(items: list[Item], names: list[int], leaf: int, columns: int) -> list[int] | None:
    """The group heading over each column, by its index in ``names`` (the item indexes of
    the headings printed before the leaves), where the last of them are a row of group
    headings, each followed by an empty cell for every further column it spans ("Realisatie"
    / "Begroting" / " " / " " over "2023" / "2024" / "2025" / "Bron": "Realisatie" heads
    2023, "Begroting" the rest), after an empty cell, the labels' corner, and as many cells
    as the ``columns`` below. None where no such row stands right before the leaves (item
    ``leaf``), none of its headings spans two columns ("Art." / "Omschrijving" head the
    labels), it opens with no corner (a title, "Saldo", over the corner of the leaves' row)
    or its cells do not count up to the columns: without repeated leaves, nothing else
    tells which columns a group heads."""
    row: list[int] = []  # the group row's cells, each the index of the name heading it
    # a unit printed in the leaves' corner is no empty cell of the group row
    k = leaf - 2 if leaves_corner(items, leaf) and items[leaf - 1].kind != "P" else leaf - 1
    taken = len(names)
    pending = 0
    while k >= 0 and (items[k].kind == "P" or (taken and names[taken - 1] == k)):
        if items[k].kind == "P":
            pending += 1
        else:
            taken -= 1
            row[:0] = [taken] * (1 + pending)
            pending = 0
        k -= 1
    if row and items[leaf - 1].kind == "P" and len(row) == columns + 1:
        row.pop()  # the last empty cell is the leaves' own corner
    if pending != 1 or len(row) != columns or len(set(row)) == len(row):
        return None
    return row


def year_over_leaves(
    items: list[Item], names: list[int], leaf: int, leaves: list[str]
) -> list[str] | None:
    """The leaves under one year alone printed right before them, the only heading above
    them, over leaves of words that name no period ("2022" / "Beleidsmatig" / "Technisch" /
    "Totaal" over rows of a label and three values): a group row whose year spans every
    column, flattened without the empty corners; a year heads no labels, so it is the
    columns' group ("2022 Beleidsmatig"), and was dropped. None for any other shape
    (``names``: the item indexes of the headings printed before the leaves, item ``leaf``
    the first leaf): words above, a year heading a column of its own among dated leaves,
    or a year over rows naming months ("2024" / "Uitgaven" / ... over "Januari", "Februari"):
    the months are that year's, so it heads the labels, the corner over them."""
    if len(names) != 1 or names[0] + 1 != leaf or not is_year(items[names[0]].text.strip()):
        return None
    if any(any(map(str.isdigit, text)) for text in leaves):
        return None
    if _months_below(items, leaf + len(leaves)):
        return None
    year = fold(items[names[0]].text)
    return [f"{year} {text}" for text in leaves]


def _months_below(items: list[Item], start: int) -> bool:
    """Whether the first label from item ``start`` on opens with a month's name ("Januari",
    "Maart 2024"): rows of the months of a year."""
    first = next((items[k].text for k in range(start, len(items)) if items[k].kind == "T"), "")
    words = first.split()
    return bool(words) and words[0].lower() in MONTHS


def spanless_groups(items: list[Item], names: list[int], leaf: int, width: int) -> list[str]:
    """The group headings of a row flattened without the empty cells that show their spans:
    the row's empty corner, one cell per group, then the leaves' row's empty corner, right
    before its first leaf (item ``leaf``): " " / "Realisatie" / "Raming" / " " / "2024" /
    ... / "2027", as a site prints headings spanning columns (colspan) one line each. Two
    groups or more, fewer than the leaves (either corner may print the unit instead,
    "Bedragen x € 1.000" / "Realisatie" / ..., ``_corner``); [] for any other shape
    (``names``: the item indexes of the headings printed before the leaves)."""
    if not 2 <= len(names) < width or names != list(range(names[0], names[0] + len(names))):
        return []
    if names[-1] + 1 == leaf and len(names) >= 3 and _labels_heading(items[names[0]]):
        # the labels' heading spanning both rows ("Omschrijving" / "Realisatie" / "Raming"
        # / "JJJJ" / ...): the leaves' row prints no corner under it, and the groups are
        # the cells after it
        return [fold(items[k].text) for k in names[1:]]
    if names[0] == 0 or not _corner(items[names[0] - 1]) or names[-1] + 2 != leaf:
        return []
    if not leaves_corner(items, leaf):
        return []
    return [fold(items[k].text) for k in names]


def named_each(
    items: list[Item], names: list[int], leaf: int, leaves: list[str]
) -> list[str] | None:
    """The leaves under a row of headings that names each column on its own, flattened one
    cell per line: the row's corner (the labels' heading, "Omschrijving", or an empty cell),
    one heading of words per leaf, then the leaves' row's corner right before its first
    leaf (item ``leaf``), empty or the unit (``leaves_corner``): "Omschrijving" / "Rekening"
    / "Begroting" / "Begroting" / "Raming" / ... / " " / "JJJJ" / ... / "JJJJ". Every cell
    of such a row spans one column, so each leaf takes the heading above it ("Rekening
    JJJJ", "Begroting JJJJ"); no empty cell shows a span (``group_spans``) and they are no
    fewer than the leaves (``spanless_groups``), so the row was lost and realised and
    budgeted years were one kind of column. Only over ``MIN_WORDED`` leaves or more, as a
    line naming each column in a word (``column_words``); None for any other shape
    (``names``: the item indexes of the headings printed before the leaves)."""
    width = len(leaves)
    row = names[-width:]
    if width < MIN_WORDED or len(names) < width:
        return None
    cornered = leaves_corner(items, leaf)
    end = leaf - 1 if cornered else leaf
    if row != list(range(end - width, end)) or row[0] == 0:
        return None
    corner = row[0] - 1
    if cornered and items[corner].kind != "P" and corner not in names:
        return None
    if not cornered and not (corner in names and _labels_heading(items[corner])):
        return None
    if any(items[k].kind != "T" or any(map(str.isdigit, items[k].text)) for k in row):
        return None
    heads = [fold(items[k].text) for k in row]
    if _made_up(heads):
        return None
    return [f"{head} {name}" for head, name in zip(heads, leaves, strict=True)]


def _labels_heading(item: Item) -> bool:
    """Whether a heading cell is the labels' own ("Omschrijving", ``LABEL_HEADINGS``): one
    that opens a row of headings over two rows spans both (rowspan), so the row under it
    prints no corner cell of its own, its first leaf right after the last cell above."""
    return item.kind == "T" and fold(item.text).lower() in LABEL_HEADINGS


def _made_up(heads: list[str]) -> bool:
    """Whether a row read as naming each column counts a cell that names none: the labels'
    heading (``ROW_HEADINGS``: " " / "Omschrijving" / "Realisatie" / ...) or, first before
    names of a budget's stages, a word of another kind ("Omschrijving" / "Uitgaven" /
    "Realisatie" / "Begroting": a group over them). Both stand there where a stage's name
    spans two years, the names one fewer than the leaves, so the names would shift off
    their years."""
    if any(head.lower() in ROW_HEADINGS for head in heads):
        return True
    return any(map(names_stage, heads[1:])) and not names_stage(heads[0])


def unit_groups(
    items: list[Item], notes: list[Item], leaf: int, parts: list[list[str]]
) -> tuple[list[str], list[Item]] | None:
    """The leaves under a row of group headings each saying a unit, one over each copy of
    the repeated leaves (" " / "in mld gulden" / "in mld euro" / "JJJJ" / "JJJJ" / "JJJJ" /
    "JJJJ", a changeover year's table printing its figures in guilders and in euros): the
    unit lines right before the first leaf (item ``leaf``), as many as the copies in
    ``parts`` and each naming another unit, are the groups' cells, no notes of the table's.
    Each leaf gets its group's words ("in mld euro JJJJ"), and so its column its unit;
    read as the table's notes, the first unit was every column's and the copies were told
    apart by a number alone ("JJJJ (2)"). The leaves and the unit lines so read; None where
    the unit lines stand otherwise (``notes``: the heading block's unit lines)."""
    count = len(parts)
    heads = items[leaf - count : leaf] if count >= 2 and leaf >= count else []
    if not heads or any(head not in notes for head in heads):
        return None
    if len({len(part) for part in parts}) != 1 or len({fold(h.text) for h in heads}) < count:
        return None
    named = [
        f"{fold(head.text)} {name}"
        for head, part in zip(heads, parts, strict=True)
        for name in part
    ]
    return named, heads


def beside_repeated_leaves(
    row: list[str], groups: int, part: list[str], percent: set[int]
) -> list[tuple[int, int | None]] | None:
    """Which column each cell of a heading's first row heads, where the second row repeats
    its leaves under some of them and the others span both rows, each a column of its own
    ("Artikel" / "Verantwoorde uitgaven" / "Fouten" / "Onzekerheden" over "bedrag" / "in %"
    / "bedrag" / "in %", flattened one cell per line): ``row`` the first row's cells over
    the values (its corner and the text columns after the values left out), ``groups`` of
    them over the leaves ``part`` each. Per column (its cell in ``row``, its leaf in
    ``part`` or None for a cell spanning both rows). Nothing in the flattened text says
    which cells are the groups, but a leaf naming a percentage ("in %") heads the cells
    that print one: the one placing of the groups whose headings saying '%' stand exactly
    over the columns whose cells print it (``percent``, by their index) is taken. None where
    no column prints '%', or no placing or more than one fits: read as leaves, the cells
    before them took the first columns and every group moved over."""
    if not percent or not any("%" in leaf for leaf in part):
        return None
    fits = []
    for placing in combinations(range(len(row)), groups):
        columns = [
            (cell, leaf)
            for cell in range(len(row))
            for leaf in (range(len(part)) if cell in placing else [None])
        ]
        said = {
            k
            for k, (cell, leaf) in enumerate(columns)
            if "%" in (row[cell] if leaf is None else f"{row[cell]} {part[leaf]}")
        }
        if said == percent:
            fits.append(columns)
    return fits[0] if len(fits) == 1 else None


def continued_groups(groups: list[str], leaves: list[str]) -> list[str] | None:
    """The leaves under a row of group headings printed without the empty cells that show
    their spans (``spanless_groups``), where a leaf opening in lower case tells them: a
    heading cell never opens so, so such a leaf is the rest of the heading the cell above
    it opens, one column's heading broken over the two rows, and that group spans it alone
    (" " / "<Groep>" / "Totaal" / " " / "JJJJ" / ... / "JJJJ" / "<woord>": "Totaal
    <woord>"). The other leaves between two such stand under one group each, in order
    ("<Groep> JJJJ" ... "<Groep> JJJJ"). Each leaf gets its group's words. None where
    no leaf opens in lower case ("Realisatie" / "Raming" over "JJJJ" / ... / "Struc.":
    the years may part anywhere), the leaves so parted are not as many as the groups, or
    such a leaf falls to a group naming a period's figures ("Realisatie" / "Raming" over
    "JJJJ" / ... / "structureel"): that group heads years as well as the word ("Raming
    JJJJ", "Raming structureel"), so the leaf tells not where its span opens."""
    parts: list[list[str]] = []
    for leaf in leaves:
        if not parts or _continues(leaf) or _continues(parts[-1][-1]):
            parts.append([leaf])
        else:
            parts[-1].append(leaf)
    if len(parts) != len(groups) or not any(map(_continues, leaves)):
        return None
    if any(
        _continues(part[0]) and group.lower() in STAGE_GROUPS
        for group, part in zip(groups, parts, strict=True)
    ):
        return None
    return [f"{group} {leaf}" for group, part in zip(groups, parts, strict=True) for leaf in part]


def _continues(heading: str) -> bool:
    """Whether a heading cell opens in lower case ("<woord>"), as only the rest of a
    heading broken over two cells does."""
    return heading[:1].isalpha() and heading[:1].islower()


def name_lost_groups(table: RawTable, budget_year: int | None) -> None:
    """Joins the group headings whose spans the text lost to the years they head
    (``RawTable.lost_groups``, "Realisatie" / "Raming" over 2024 / ... / 2027), as a budget
    prints them: a budget for year t is made while t - 1 runs, so its realised figures
    ("Realisatie", a municipal "Rekening") are those of t - 2 and before, the budget in force
    ("Vastgestelde begroting") heads t - 1, the budget itself ("Ontwerpbegroting", a
    municipal "Begroting" after its "Rekening") t at the latest, and the last group, a
    planned one ("Raming", "Meerjarenraming", "Meerjarencijfers"), the years after. Changed
    in place; left alone without the document's year, for other group words, columns that
    do not open with consecutive years, or a group left no year (nothing tells the spans
    then). Where the years part into runs of consecutive years as many as the groups
    ("Realisatie" / "Streefwaarde" over 2022 2023 2024 2030), the gaps tell the spans,
    whatever the groups' words and without the budget's year."""
    groups = table.lost_groups
    if len(groups) < 2:
        return
    if not all(column.split() and is_year(column.split()[0]) for column in table.columns):
        return  # (a year may open a leaf's words: "2025 na wijziging")
    years = [int(column.split()[0]) for column in table.columns]
    gaps = [k for k, (a, b) in enumerate(pairwise(years), start=1) if b != a + 1]
    if len(gaps) == len(groups) - 1 and all(b > a for a, b in pairwise(years)):
        # the years part into runs of consecutive years, as many as the groups: the gaps
        # are the spans' bounds ("Realisatie" / "Streefwaarde" over 2022 2023 2024 2030)
        bounds = [0, *gaps, len(years)]
        how = "the gaps between the years part them"
    else:
        if budget_year is None or groups[-1].lower() not in PLANNED_GROUPS or gaps:
            return
        ends = [end for group in groups[:-1] if (end := _last_year(group, budget_year)) is not None]
        if len(ends) < len(groups) - 1:
            return  # a group whose last year the budget's year does not tell
        cuts = [sum(1 for year in years if year <= end) for end in ends]
        bounds = [0, *cuts, len(years)]
        if any(b <= a for a, b in pairwise(bounds)):
            return
        how = f"as a budget for {budget_year} has them"
    names = {
        column: f"{group} {column}"
        for group, (a, b) in zip(groups, pairwise(bounds), strict=True)
        for column in table.columns[a:b]
    }
    table.columns = [names[column] for column in table.columns]
    for row in table.rows:
        for cell in row.cells:
            cell.column_label = names.get(cell.column_label, cell.column_label)
    table.lost_groups = []
    if table.rows:  # the spans are the budget's custom, not printed: said, so it can be checked
        spans = ", ".join(
            f"{group!r} {'read ' if k == 0 else ''}over {years[a]}-{years[b - 1]}"
            for k, (group, (a, b)) in enumerate(zip(groups, pairwise(bounds), strict=True))
        )
        table.doubts.append(
            (
                table.rows[0].line,
                f"group headings {' and '.join(map(repr, groups))} printed without their "
                f"spans: {spans}, {how}",
            )
        )


def _last_year(group: str, budget_year: int) -> int | None:
    """The last year a group heading before a budget's planned years heads: its realised
    figures' t - 2, the budget in force's t - 1, the budget's own t; None for other words."""
    words = group.lower().split()
    if group.lower() in REALISED_GROUPS:
        return budget_year - 2
    if not words or not words[-1].endswith("begroting"):
        return None
    return budget_year - 1 if words[0].startswith("vastgesteld") else budget_year
