"""The heading block above a table printed one cell per line, and the columns it names.

Above a cell-per-line table's first row stand its caption, notes and column headings, one
line each, with nothing but the rows below to say where the headings end and what each
heads. This module takes the block of heading lines above the first row (prose and notes
end it), reads the table's width from its headings (a run of years or periods) or, for
headings of words, from the values its rows print, and fits the headings to that width:
words a narrow column wraps a word a line joined again, a unit heading, a column of marks
printed after the values, headings that are rows of groups, a table of one value column.
The result is the ``Heading`` the row reader reads the rows under.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise, product

from budgetkit.extract.tables_cell_groups import (
    beside_repeated_leaves,
    continued_groups,
    corner_of_spanned,
    group_spans,
    leaves_corner,
    named_each,
    names_several,
    spanless_groups,
    spanned_by_rows,
    unit_groups,
    year_over_leaves,
)
from budgetkit.extract.tables_cell_items import Item, code_at, is_valued, next_solid
from budgetkit.extract.tables_cell_runs import (
    cells_in,
    data_width,
    next_code_off,
    past_cells,
    place_run,
    placeholder_convention,
    rows_preview,
    run_at,
    up_to_last_value,
    valued_runs,
)
from budgetkit.extract.tables_code_columns import CODE as CODES
from budgetkit.extract.tables_column_groups import leaf_groups, unnumbered
from budgetkit.extract.tables_note_numbers import NOTE_NUMBER
from budgetkit.extract.tables_stacked_headings import joined_heading
from budgetkit.extract.tables_tokens import (
    BROKEN_WORD,
    CAPTION,
    CODED_LABEL,
    DATE,
    NOTE,
    NUMBERED_HEADING,
    YEAR_IN,
    column_year,
    is_code,
    is_year_heading,
)
from budgetkit.extract.tables_units import read_unit, unit_alone, unit_closing
from budgetkit.extract.tables_vocabulary import (
    CLOSING,
    DATE_HEADING,
    LABEL_HEADINGS,
    NORM_HEADINGS,
    PERIOD_HEADINGS,
    ROW_HEADINGS,
    TOTAL,
    WAARVAN,
    column_word,
    heading_kind,
    heads_columns,
    is_share,
    names_kind_of_rows,
    names_note,
)
from budgetkit.layout import fold

#: Lines of heading, caption and notes looked at above a table's first row.
MAX_HEAD = 40
#: Longest line that can be a heading or caption; longer ones are prose.
MAX_HEADING = 200
#: Longest heading over a period column ("Stand suppletoire begroting VJN 2011").
MAX_PERIOD_HEADING = 80
_YEAR_GLUED = re.compile(r"[A-Za-z]{1,5}(?:19|20)\d\d")
#: Items after a table's first row in which its rows' codes are looked for.
CODED_REACH = 60
#: Most headings without a period that may head columns before a run of periods.
MAX_UNDATED = 8


def is_prose(text: str) -> bool:
    """Prose, or a note printed under a table: never a heading or a row of one."""
    words = len(text.split())
    long = len(text) > MAX_HEADING or (words >= 8 and text.rstrip().endswith((".", ":", ";")))
    return long or NOTE.match(text) is not None


def heads_rows(items: list[Item], pos: int) -> bool:
    """Whether the text at ``pos``, a line of words ending in a colon that ``is_prose``
    reads as a sentence for its words, is the heading of a group of rows printed in a row
    of its own: its row's empty cells follow it (a placeholder line at least), and then a
    label with values ("Op de begroting van <ministerie> (<hoofdstuk>):" / "         " /
    "<Naam>" / values). A sentence ending in a colon over a table, its intro, is followed
    by the table's caption or headings, no empty cells and a row: read as one, the table
    under the heading ended there, or was never read where it headed the first rows."""
    item = items[pos]
    if not (
        item.kind == "T"
        and item.text.rstrip().endswith(":")
        and len(item.text) <= MAX_HEADING
        and NOTE.match(item.text) is None
        and pos + 1 < len(items)
        and items[pos + 1].kind == "P"
    ):
        return False
    below = next_solid(items, pos + 1)
    return below < len(items) and items[below].kind == "T" and is_valued(items, below)


def has_period(text: str) -> bool:
    return YEAR_IN.search(text) is not None or _YEAR_GLUED.search(text)


@dataclass
class Heading:
    leaves: list[str]  # value column labels
    text_before: bool  # a text column is printed between label and values
    text_after: bool  # a text column is printed after the values
    caption: Item | None
    notes: list[Item]
    kinds: list[str | None]
    start: int  # first item index of the block
    rows: int  # item index of the first row (group rows printed without placeholders too)
    # a code column stands between the label and the values: its heading right before the
    # values' ("Omschrijving" / "Art.nr." / "2024"); one heading the table ("Art." /
    # "Omschrijving") is the label's code, printed before it
    code_between: bool = False
    # how many text columns stand between label and values when ``text_before`` ("Categorie"
    # / "Fase": "Groot" / "Realisatie" before each row's values)
    text_cells: int = 1
    # how many text columns stand after the values when ``text_after`` ("Laatste
    # evaluatie" / "Volgende evaluatie" / "Vervaldatum": "2022" / "2027" / "1-1-2028")
    texts_after: int = 1
    # group headings over the leaves whose spans the text lost (``spanless_groups``)
    lost_groups: list[str] = field(default_factory=list)
    # the text column before the values is one of dates ("Openstelling": "2019" /
    # "2016-2017" / "n.n.b."): its cell is the item after the label, whatever it reads as
    dated: bool = False
    # (line, reason) of each group row whose spans the leaves do not tell: its words left
    # off the columns, said as a warning
    doubts: list[tuple[int, str]] = field(default_factory=list)
    # the headings cannot be told apart from the columns they head: said, no cell stored
    refused: bool = False
    # the code column headed after the values' headings prints each row's code after its
    # values (``codes_after_values``): no code is a label's, none prepended to the next label
    codes_after: bool = False
    # no blank line parts the cells (``_cells_parted``): an empty line among a row's lines
    # is an empty cell of it (``tables_cell_runs.place_by_lines``)
    lined: bool = False
    # the first row prints a number for its code in a cell of its own before its label
    # (``read_heading``): a code-like number before a label is that row's code, no value of
    # the row above
    coded_rows: bool = False
    # no code heading, but the rows open with codes no value reads as under a blank corner
    # (``tables_cell_starts.head_for``): a code column all the same, each row printing its
    # code cell, an empty one as one space, before its label
    corner_codes: bool = False
    # the article a caption naming no article goes on with, printed on a line of its own
    # between it and the headings (``article_under_caption``): (the caption's line, the
    # article's number and name)
    article: tuple[int, str] | None = None


def _head_items(items: list[Item], first: int, floor: int) -> list[int]:
    """Indexes of the heading block above the first row, in printed order. A line read as
    prose ends the block, but one saying the unit is picked first: a caption written as a
    sentence, and a caption longer than any heading closing on its unit note in brackets
    (``_captions_unit``: a bill's begrotingsstaat names its ministry, year and occasion,
    "Wijziging van de begrotingsstaat van ... voor het jaar JJJJ (<occasion>) (bedragen x
    € 1.000)"), no sentence since no stop ends it."""
    picked: list[int] = []
    k = first - 1
    while k >= floor and len(picked) < MAX_HEAD:
        item = items[k]
        if item.kind in "VDX":
            break
        if item.kind == "T" and is_prose(item.text) and not heads_rows(items, k):
            if (len(item.text) <= MAX_HEADING or _captions_unit(item.text)) and read_unit(
                item.text, 0
            ):
                picked.append(k)  # a caption written as a sentence still says the unit
            break
        picked.append(k)
        if item.kind == "T" and CAPTION.match(item.text):
            break
        k -= 1
    return picked[::-1]


#: A column number alone ("(2)") or one that says how its column is computed from others
#: ("(4)=(1)+(2)+(3)", "(4)=(1+2+3)", "(3)=(1)-(2)"): the number and the formula's sources.
_COLUMN_NUMBER = re.compile(r"\((\d{1,2})\)(?:=(\(?\d{1,2}\)?(?:[+\-–−]\(?\d{1,2}\)?)+))?")


def _numbered_under_groups(
    items: list[Item], picked: list[int]
) -> tuple[list[tuple[str, bool]], list[int], list[str | None], list[tuple[int, str]]] | None:
    """The headings of a heading of two rows flattened one cell per line whose second row
    is the columns' numbers followed by bare years, the first a row of group headings, one
    cell fewer than the leaves or more ("Vastgestelde begroting" / "Mutatie 1e suppletoire
    begroting" / "Stand 2e suppletoire begroting" / "Mutatie 2e suppletoire begroting" /
    "(1)" / "(2)" / "(3)=(1)+(2)" / "2025" / "2026"): the number row names its columns one
    by one, a formula among them naming others of them as its sources, so each numbered
    column has a group heading of its own, and where one group is left over the bare years
    after them, it spans them all (a site drops the spans of merged cells). Each leaf gets
    its group's words ("Stand 2e suppletoire begroting (3)=(1)+(2)", "Mutatie 2e
    suppletoire begroting 2025"). The group row opens after its empty corner, or with the
    corner's words: where the count of groups fits more than one such reading, or none,
    the leaves keep their own labels and the groups are said as a doubt, never guessed.
    Under a corner of headings ("Art." / " " / "Stand ontwerpbegroting 2012" / ...) the
    number row opens with an empty cell under each ("" / "" / "(1)" / ...) and the first
    row with its empty code cell: blanks, no group's and no leaf's.
    ``picked``: the heading block's items after the caption, unit notes left out. None
    where the block ends otherwise."""
    end = len(picked)
    while end and items[picked[end - 1]].kind == "P":
        end -= 1  # the first row's empty code cell ("Art." / " ")
    while (
        end
        and items[picked[end - 1]].kind == "Y"
        and _BARE_PERIOD.fullmatch(items[picked[end - 1]].text)
    ):
        end -= 1
    years = [k for k in picked[end:] if items[k].kind == "Y"]
    start = end
    while start and items[picked[start - 1]].kind == "N":
        start -= 1
    numbered = picked[start:end]
    texts = [items[k].text for k in numbered]
    if not years or not _counted_from_one(texts) or not any("=" in text for text in texts):
        return None
    top = start
    while top and items[picked[top - 1]].kind == "P":
        top -= 1  # the number row's empty cells under the corner's headings
    while (
        top and items[picked[top - 1]].kind == "T" and not heading_kind(items[picked[top - 1]].text)
    ):
        top -= 1
    groups = [k for k in picked[top:start] if items[k].kind == "T"]
    if len(groups) < 2:
        return None
    cornered = top > 0 and items[picked[top - 1]].kind == "P"
    fits = []  # (corner words taken, groups over the years: 1 spanning them or one each)
    for corner in (0,) if cornered else (0, 1):
        count = len(groups) - corner
        if count == len(numbered) + len(years):
            fits.append((corner, len(years)))
        elif count == len(numbered) + 1:
            fits.append((corner, 1))
    leaves = [*numbered, *years]
    if len(fits) != 1:
        doubt = _spans_untold(items[groups[0]].line, [items[k].text for k in groups], len(leaves))
        labels = [(fold(items[k].text), items[k].kind == "Y") for k in leaves]
        return labels, leaves, [None] * len(leaves), [doubt]
    corner, over_years = fits[0]
    heads = groups[corner:]
    names = heads if over_years == len(years) else [*heads[:-1], *[heads[-1]] * len(years)]
    labels = [
        (f"{fold(items[group].text)} {fold(items[leaf].text)}", items[leaf].kind == "Y")
        for group, leaf in zip(names, leaves, strict=True)
    ]
    return labels, leaves, [None] * len(leaves), []


def _groups_over_repeated_years(
    items: list[Item], picked: list[int], first: int
) -> tuple[list[tuple[str, bool]], list[int], list[str | None], list[tuple[int, str]]] | None:
    """The headings of a heading of three rows flattened one cell per line: a row of group
    headings, one cell fewer than the leaves or more, a row of years whose first year
    repeats before a run of years of their own, and a row of column numbers under the
    repeats ("Omschrijving" / "Vastgestelde begroting" / "Mutatie 1e suppletoire
    begroting" / "Stand 1e suppletoire begroting" / "Mutatie 1e suppletoire begroting" /
    " " / "2024" / "2024" / "2024" / "2025" ... "2028" / " " / "(1)" / "(2)" /
    "(3)=(1)+(2)" / seven spaces). A year repeated heads columns of one year that
    something else tells apart: each of them its own group, one group a repeat, and the
    group left over spans the years after them (a site drops the spans of merged cells).
    The number row, where printed, must say the same: its numbers count from one, one
    under each repeat, its empty cells (as the table prints its runs of them,
    ``placeholder_convention``) under the corner and the years after; or one under every
    column, the years after the repeats too (" " / "(1)" ... "(4)=(1)+(2)+(3)" / "(5)" ...
    "(8)"), only the corner's cell empty. Each leaf gets its group's words before its own
    ("Stand 1e suppletoire begroting 2024 (3)=(1)+(2)", "Mutatie 1e suppletoire begroting
    2025", "Mutatie 2e suppletoire begroting 2026 (5)"); read as leaves aligned to the
    right, the groups moved a column each, and with a number under every column the group
    row was lost. ``picked``: the heading block's items after the caption,
    unit notes left out. None where the block is not so."""
    end = len(picked)
    after: list[Item] = []
    while end and items[picked[end - 1]].kind == "P":
        end -= 1
        after.insert(0, items[picked[end]])
    numbered = end
    while numbered and items[picked[numbered - 1]].kind == "N":
        numbered -= 1
    numbers = [items[k].text for k in picked[numbered:end]]
    lead: list[Item] = []
    if numbers:
        while numbered and items[picked[numbered - 1]].kind == "P":
            numbered -= 1
            lead.insert(0, items[picked[numbered]])
        end = numbered
    elif after:
        return None
    start = end
    while (
        start
        and items[picked[start - 1]].kind == "Y"
        and _BARE_PERIOD.fullmatch(items[picked[start - 1]].text)
    ):
        start -= 1
    leaves = picked[start:end]
    years = [items[k].text for k in leaves]
    repeats = next((k for k, year in enumerate(years) if year != years[0]), len(years))
    rest = years[repeats:]
    if repeats < 2 or len(rest) < 2 or len(set(rest)) < len(rest) or years[0] in rest:
        return None
    # numbers under the repeats alone, empty cells under the years after them, or a number
    # under every column
    if numbers and (len(numbers) not in (repeats, len(years)) or not _counted_from_one(numbers)):
        return None
    top = start
    while top and items[picked[top - 1]].kind == "P":
        top -= 1
    corner = [items[k] for k in picked[top:start]]
    groups = top
    while (
        groups
        and items[picked[groups - 1]].kind == "T"
        and not heading_kind(items[picked[groups - 1]].text)
    ):
        groups -= 1
    # the group row opens with the corner's words ("Omschrijving") or after its empty cell
    heads = [fold(items[k].text) for k in picked[groups:top]]
    cornered = groups and items[picked[groups - 1]].kind == "P"
    heads = heads[1:] if len(heads) == repeats + 2 and not cornered else heads
    if len(heads) != repeats + 1:
        return None
    if numbers:
        told = placeholder_convention(items, first, {len(years)})
        if not any(
            (blank := cells_in(corner, conv)) is not None
            and cells_in(lead, conv) == blank
            and cells_in(after, conv) == len(years) - len(numbers)
            for conv in ((told,) if told else ("same", "odd"))
        ):
            return None
    names = [*heads[:-1], *[heads[-1]] * len(rest)]
    marks = [*numbers, *[""] * (len(years) - len(numbers))] if numbers else [""] * len(years)
    labels = [
        (f"{name} {year} {mark}".rstrip(), True)
        for name, year, mark in zip(names, years, marks, strict=True)
    ]
    return labels, leaves, [None] * len(leaves), []


def _rows_under_each_heading(
    items: list[Item], picked: list[int], first: int
) -> tuple[list[tuple[str, bool]], list[int], list[str | None], list[tuple[int, str]]] | None:
    """The headings of a heading of two or three rows flattened one cell per line whose
    rows under the first print a cell under each of its cells, an empty one (a single
    space) where they add nothing: a row of bare periods, then maybe one of column numbers
    (" " / "Omschrijving" / "Begroting" / "Realisatie" / "Verschil" // " " / " " / "2023" /
    "2023" / " " // " " / " " / "(1)" / "(2)" / "(3)=(2)-(1)"). The rows are as wide as
    each other, so each cell stands under the one a row's width above it: each leaf is its
    heading's words, then the period and the number under it ("Begroting 2023 (1)",
    "Verschil (3)=(2)-(1)"); the cells under the corner (the code's and the labels'
    headings, as many as the rows' cells before their values) are empty. Read as leaves
    aligned to the right, the corner's heading joined the last column's and every heading
    moved a column over. Only where the periods' row leaves a value column's cell empty:
    with a period under every column the names may be groups spanning them, one fewer
    (the other readers'), and the labels' own heading ("Omschrijving") heads no values.
    ``picked``: the heading block's items after the caption, unit notes left out; the
    empty cells above the first row are the caption's. None where the block is not so."""
    kinds = "".join(items[k].kind for k in picked)
    if any(items[k].kind == "P" and items[k].width != 1 for k in picked):
        return None
    match = re.fullmatch(r"P*[PT]*T([PYN]+)", kinds)
    if match is None:
        return None
    below = match.group(1)
    width = len(below) // 2 if "N" in below else len(below)
    if width < 1:  # a lone column number with no periods' row above it
        return None
    shapes = (r"[PY]*Y[PY]*", r"[PN]*N[PN]*")
    cells = [below[r : r + width] for r in range(0, len(below), width)]
    if width * len(cells) != len(below):
        return None
    if not all(re.fullmatch(shape, row) for shape, row in zip(shapes, cells, strict=False)):
        return None
    top = match.start(1) - width
    if top < 0 or "T" in kinds[:top]:
        return None
    rows = [picked[top + r * width : top + (r + 1) * width] for r in range(len(cells) + 1)]
    corner = width - data_width(rows_preview(items, first), False)
    if corner < 1 or any(items[k].kind != "P" for row in rows[1:] for k in row[:corner]):
        return None
    if all(items[k].kind != "P" for k in rows[1][corner:]):
        return None
    heads = rows[0][corner:]
    if any(
        items[k].kind != "T"
        or has_period(items[k].text)
        or fold(items[k].text).lower() in ROW_HEADINGS
        for k in heads
    ):
        return None
    columns = zip(*(row[corner:] for row in rows), strict=True)
    names = [
        " ".join(fold(items[k].text) for k in column if items[k].kind != "P") for column in columns
    ]
    labels = [(name, bool(has_period(name)) and len(name) <= MAX_PERIOD_HEADING) for name in names]
    return labels, heads, [None] * len(heads), []


#: Fewest leaves a part of a second heading row repeated under its groups holds.
MIN_PART = 2


def _repeated_part(leaves: list[str]) -> tuple[int, int] | None:
    """(size, copies) of the part the headings ``leaves`` end in, printed twice or more one
    after the other ("bedrag" / "in %" / "bedrag" / "in %"): the leaves of a second heading
    row, a copy under each group. The smallest such part, ``MIN_PART`` headings at least, no
    two alike; None where the headings end in no repeat."""
    for size in range(MIN_PART, len(leaves) // 2 + 1):
        part = leaves[len(leaves) - size :]
        if len(set(part)) < size:
            continue
        copies = 1
        while leaves[len(leaves) - (copies + 1) * size : len(leaves) - copies * size] == part:
            copies += 1
        if copies >= 2:
            return size, copies
    return None


def _singles_beside_groups(
    items: list[Item], picked: list[int], notes: list[Item], first: int
) -> (
    tuple[
        tuple[list[tuple[str, bool]], list[int], list[str | None], list[tuple[int, str]]],
        list[Item],
    ]
    | None
):
    """The headings of a heading of two rows flattened one cell per line whose second row
    repeats its leaves, a copy under each group of the first, and whose first row also holds
    headings spanning both rows, a column each ("Artikel" / "Verantwoorde uitgaven" /
    "Fouten" / "Onzekerheden" / "Tolerantiegrens overschreden?" / "bedrag" / "in %" /
    "bedrag" / "in %"): the rows print more values than the leaves, and the columns left
    over are the spanning headings'. The first row holds the corner (the labels' heading,
    or an empty cell), those headings and the groups, then the heading of a text column
    where every row prints a text after its values ("nee", ``_cells_with_text_after``).
    Which of its cells are the groups the cells' percentages tell
    (``beside_repeated_leaves``); each leaf gets its group's words ("Fouten in %"). Read as
    leaves aligned to the right, the first row's last cells were leaves, the text column's
    heading a value column's, and every group a column over. ``picked``: the heading
    block's items after the caption; ``notes``: its unit lines, of which a leaf saying its
    column's unit ("in %") is none. The headings, and the notes left; None where the block
    is not so or the cells do not tell."""
    start = len(picked)
    while start and items[picked[start - 1]].kind in "TY":
        start -= 1
    leaves = [fold(items[k].text) for k in picked[start:]]
    repeated = _repeated_part(leaves)
    if repeated is None:
        return None
    size, copies = repeated
    part = leaves[len(leaves) - size :]
    start = len(picked) - size * copies  # the second row's first leaf
    text = _cells_with_text_after(items, _valued_rows(items, first)) is not None
    coded = any(heading_kind(items[k].text) == "code" for k in picked[:start])
    runs = rows_preview(items, first)
    width = data_width(runs, text, coded)
    singles = width - size * copies
    corner = start - text - singles - copies - 1
    if singles < 1 or corner < 0:
        return None
    cells = picked[corner + 1 : start - text]
    heads = [items[k] for k in picked[corner:start]]
    if any(head.kind != "T" for head in heads[1:]) or heads[0].kind not in "TP":
        return None
    if any(head in notes for head in heads):
        return None  # (a unit line is neither the corner nor a heading of the first row)
    # the columns whose cells print a percentage, in the rows whose run fills the columns,
    # or does but for the next row's code after it
    percent = {
        column
        for run, _follows in runs
        if (
            placed := place_run(run, width)
            or (place_run(run[:-1], width) if run and is_code(run[-1].text) else None)
        )
        is not None
        for column, cell in enumerate(placed)
        if cell is not None and "%" in cell.text
    }
    row = [fold(items[k].text) for k in cells]
    columns = beside_repeated_leaves(row, copies, part, percent)
    if columns is None:
        return None
    names = [row[cell] if leaf is None else f"{row[cell]} {part[leaf]}" for cell, leaf in columns]
    labels = [(name, bool(has_period(name)) and len(name) <= MAX_PERIOD_HEADING) for name in names]
    at = [cells[cell] if leaf is None else picked[start + leaf] for cell, leaf in columns]
    kinds: list[str | None] = [None] * len(labels)
    if heads[0].kind == "T" and (corner_kind := heading_kind(heads[0].text)):
        # the labels' own heading, a code's ("Artikel"): the rows' codes before their labels
        labels, at = [(fold(heads[0].text), False), *labels], [picked[corner], *at]
        kinds = [corner_kind, *kinds]
    if text:  # the text column's heading, after the groups
        labels, at = [*labels, (fold(heads[-1].text), False)], [*at, picked[start - 1]]
        kinds = [*kinds, "text"]
    second = {items[k].line for k in picked[start:]}
    return (labels, at, kinds, []), [note for note in notes if note.line not in second]


def _heads_no_number(labels: list[tuple[str, bool]], kinds: list[str | None]) -> bool:
    """Whether a lone column number printed after ``labels`` (the headings read so far)
    numbers the heading printed after it: where none stands before it, or only the
    corner's (the labels' own, "Omschrijving", or a code's, "Art."), which head no column
    of values and so no column number. A number printed under a heading of values
    ("Realisatie 2021" / "(1)") is that heading's."""
    return not labels or kinds[-1] == "code" or labels[-1][0].lower() in LABEL_HEADINGS


def _numbered_groups(groups: list[str], leaves: list[str]) -> list[str] | None:
    """The leaves under a row of group headings one more than the columns numbered, each
    numbered column printing its number at the end of its group heading or of its leaf,
    counting from 1, and the columns after them none: "Vastgestelde begroting (1)" /
    "Mutatie NvW (2)" / ... / "Stand ... (4)=(1)+(2)+(3)" / "Mutaties 1e suppletoire
    begroting" over "2016" four times and "2017" ... "2020", or "Stand ontwerpbegroting" /
    "Mutaties 1e suppletoire" / "Stand 1e suppletoire" / "Mutaties 1e suppletoire" over
    "2012 (1)" / "2012 (2)" / "2012 (3)=(1)+(2)" / "2013" ... "2016". A number names one
    column, so each numbered column has a group of its own, in order, and the last group
    spans the leaves left, two at least, none repeating another under it (a site drops the
    spans of merged cells). Each leaf gets its group's words ("Mutatie NvW (2) 2016",
    "Mutaties 1e suppletoire 2013"); read without them, the stages and mutations of one year
    were told apart by their numbers alone. The labels' own heading opening the row
    (``LABEL_HEADINGS``: "Omschrijving") heads no column. None where the groups are not so."""
    if groups and groups[0].lower() in LABEL_HEADINGS:
        groups = groups[1:]
    count = len(groups) - 1
    if count < 2 or len(leaves) - count < 2:
        return None
    rest = leaves[count:]
    if not (_numbered(groups[:-1], groups[-1:]) or _numbered(leaves[:count], rest)):
        return None
    if len(set(rest)) < len(rest):
        return None
    names = [*groups[:-1], *[groups[-1]] * len(rest)]
    return [f"{name} {leaf}" for name, leaf in zip(names, leaves, strict=True)]


def _numbered_after_years(groups: list[str], leaves: list[str]) -> list[str] | None:
    """The leaves under a row of group headings where a run of bare years, each later than
    the one before, is followed by columns numbered at the end of their leaves, counting
    from 1, to the last, the first of a later year still: "Realisatie" / "Vastgestelde
    begroting" / "Verschil" over "2020" / ... / "2023" / "2024 (1)" / "2024 (2)" / "2024
    (3)=(1)-(2)", a jaarverslag's heading whose period row prints each column's number in
    its cell (``_numbered_groups`` reads the same numbers before the bare years). A number
    names one column, so each numbered column has a group of its own, the last groups in
    order, and the first group spans the bare years before them: with as many groups as
    numbered columns, the first numbered column's too, the years running on into it
    ("Realisatie 2024 (1)"); with one group more, the years alone, the first numbered
    column under a group of its own (a site printing the stage a second time over the
    numbered year: "Realisatie" / "Realisatie" / ...), unless that first group is other
    words than the second: then it is the labels' corner in words ("Artikel 3 <naam>"),
    and the groups after it are as many as the numbers. Each leaf gets its group's words;
    read without them, the years were bare and the stages of one year told apart by their
    numbers alone. The labels' own heading opening the row (``LABEL_HEADINGS``:
    "Omschrijving") heads no column. None where the groups are not so."""
    if groups and groups[0].lower() in LABEL_HEADINGS:
        groups = groups[1:]
    bare = bare_years_before_numbered(leaves)
    if not bare:
        return None
    numbered = leaves[bare:]
    if len(groups) == len(numbered):
        names = [*[groups[0]] * bare, *groups]
    elif len(groups) == len(numbered) + 1 and fold(groups[0]).lower() == fold(groups[1]).lower():
        names = [*[groups[0]] * bare, *groups[1:]]
    elif len(groups) == len(numbered) + 1:
        # the first is no stage printed again but the labels' corner in words, spanning both
        # heading rows ("Artikel 3 <naam>" / "Realisatie" / ... , as a table of the
        # apparatus prints "Apparaat Kerndepartement"): the groups after it are as many as
        # the numbered columns, the first spanning the bare years and the first numbered
        names = [*[groups[1]] * bare, *groups[1:]]
    else:
        return None
    return [f"{name} {leaf}" for name, leaf in zip(names, leaves, strict=True)]


def bare_years_before_numbered(leaves: list[str]) -> int:
    """How many bare years open ``leaves`` where each is later than the one before and the
    leaves after them, two or more, end in their columns' numbers counting from 1, the
    first of a later year still ("2020" / ... / "2023" / "2024 (1)" / "2024 (2)" / "2024
    (3)=(1)-(2)", a jaarverslag's period row); 0 where the leaves are not so."""
    bare = 0
    while bare < len(leaves) and is_year_heading(leaves[bare]):
        bare += 1
    if not bare or len(leaves) - bare < 2 or not _numbered(leaves[bare:], []):
        return 0
    years = [column_year(leaf) for leaf in leaves[: bare + 1]]
    if any(a is None or b is None or b <= a for a, b in pairwise(years)):
        return 0
    return bare


def _numbered(headings: list[str], after: list[str]) -> bool:
    """Whether each of ``headings`` ends in its column's number, counting from 1
    (``NUMBERED_HEADING``), and none of the headings ``after`` them ends in one."""
    numbers = [NUMBERED_HEADING.search(heading) for heading in headings]
    if any(number is None for number in numbers) or any(map(NUMBERED_HEADING.search, after)):
        return False
    return [int(number.group(1)) for number in numbers if number] == list(
        range(1, len(headings) + 1)
    )


def _counted_from_one(numbers: list[str]) -> bool:
    """Whether ``numbers`` are a row of two column numbers or more, counting from 1, a
    formula among them computing its column from columns numbered before it ("(1)" / "(2)"
    / "(3)=(2)-(1)"): numbers so printed before a row of headings of words number those
    headings, as a number printed after a heading numbers that one."""
    forms = [_COLUMN_NUMBER.fullmatch(number.replace(" ", "")) for number in numbers]
    if len(forms) < 2 or any(form is None for form in forms):
        return False
    if [int(form.group(1)) for form in forms if form] != list(range(1, len(forms) + 1)):
        return False
    return all(
        max(int(n) for n in re.findall(r"\d+", form.group(2))) < int(form.group(1))
        for form in forms
        if form and form.group(2)
    )


def _spans_untold(line: int, groups: list[str], leaves: int) -> tuple[int, str]:
    """The doubt said where a row of group headings stands over more leaves than it has
    cells and nothing in the leaves tells which group spans which: (line, reason)."""
    said = ", ".join(repr(fold(group)) for group in groups)
    return (
        line,
        f"group headings {said} over {leaves} columns: which spans which the text does not "
        "tell; the columns keep their own headings",
    )


def _segments(leaves: list[str]) -> list[list[str]]:
    """Leaves split where a label repeats one already in the current segment. A worded
    leaf's column number is no word of its name (``_repeat_key``): the numbers run on
    across the groups ("Begroting (1)" / "Realisatie (2)" / "Verschil (3)=(2)-(1)" /
    "Realisatie" under two years), so "Realisatie" repeats "Realisatie (2)" and opens the
    next group's leaves."""
    parts: list[list[str]] = [[]]
    for leaf in leaves:
        if _repeat_key(leaf) in map(_repeat_key, parts[-1]):
            parts.append([])
        parts[-1].append(leaf)
    return parts


def _repeat_key(leaf: str) -> str:
    """What a leaf repeats another by: its words without the column numbers (``unnumbered``),
    but for a period alone, whose number is all that tells one stage's column of the year
    from the next ("2025 (1)" / "2025 (2)": each numbered column a stage of its own, no
    repeat parting groups)."""
    words = unnumbered(leaf)
    return leaf if is_year_heading(words) else words


def _measures_with_units(items: list[Item], block: list[int]) -> set[int]:
    """The item indexes of the heading block's headings of measures each closing on its
    column's unit, two or more one after the other ("Uitgaven (mln euro)" / "Ontvangsten
    (mln euro)" / "Saldo (mln euro)", as a statistics site's table flattened a cell a line
    prints them): each heads a column and says that column's unit (``unit_closing``), all
    sharing one the table's (``tables_scale``). Read as notes of the table's unit, the
    lines above them (the page's navigation: "Tabel" / "Grafiek" / "Kaart") were taken for
    the headings. A line saying the unit alone ("(mln euro)", "x € 1.000") stays a note,
    and so does one such heading alone: a caption saying the unit over the headings
    ("Uitgaven (mln euro)" / "2021" / "2022"), as does a long one ("Begrotingsstaat ...
    (bedragen x € 1.000)")."""
    runs: list[list[int]] = [[]]
    for k in block:
        text = items[k].text
        if (
            items[k].kind in "TY"
            and not CAPTION.match(text)
            and not _captions_unit(fold(text))
            and unit_closing(text, 0) is not None
        ):
            runs[-1].append(k)
        elif runs[-1]:
            runs.append([])
    return {k for run in runs if len(run) >= 2 for k in run}


def _unit_closes_block(
    items: list[Item], labels: list[tuple[str, bool]], at: list[int], notes: list[Item], first: int
) -> bool:
    """Whether the last heading read is a line saying the table's unit alone, printed after
    the column headings as the block's last cell ("Reserve" / "Saldo 2025" / "Saldo 2026" /
    "Bedragen x € 1.000" over rows of two values): a note of the table's, no column. Read as
    a heading after the periods it was a group row, the first row's code its label, and no
    table was read. Only where it is the one unit among the headings, their last line right
    above the first row, and the rows print two values or more: a row of units under the
    headings prints one a column ("Bedrag" / "Aandeel" / "(x € 1.000)" / "(%)"), and under
    one column's heading a unit is that heading's second line ("Bedrag" / "(x € 1.000)")."""
    if len(labels) < 2 or at[-1] != first - 1:
        return False
    last = items[at[-1]]
    if last not in notes or has_period(last.text) or unit_alone(last.text, 0) is None:
        return False
    if labels[-1][0] != fold(last.text) or any(items[k] in notes for k in at[:-1]):
        return False  # joined to the heading above it, or one of a row of units
    runs = rows_preview(items, first)
    return data_width(runs, False) >= 2 and not _heads_percent_cells(last, runs)


def _heads_percent_cells(unit: Item, runs: list[tuple[list[Item], bool]]) -> bool:
    """Whether a line saying a percentage ("in %", "(%)") heads the last column of the rows
    in ``runs``: two rows or more end in a figure printing its percent sign ("97%"), and no
    row prints one before its last value. The amounts before it are the caption's unit's;
    a table's percentages print no sign where a note says them all percentages, so the
    figures saying "%" themselves are that one column's, the share of each row (a year /
    "in %" over "<amount>" / "<share>%")."""
    said = read_unit(unit.text, unit.line)
    if said is None or said.kind != "percent":
        return False
    ends = 0
    for run, _follows in runs:
        values = [item for item in run if item.kind in "VYD"]
        if any(item.text.endswith("%") for item in values[:-1]):
            return False
        ends += bool(values) and values[-1].text.endswith("%")
    return ends >= 2 or _shares_after_amounts(runs)


#: A share printed without its percent sign: a figure of one decimal up to a hundred ("97,2",
#: "0,0", "100,0").
_BARE_SHARE = re.compile(r"(?:100|\d{1,2}),\d")


def _shares_after_amounts(runs: list[tuple[list[Item], bool]]) -> bool:
    """Whether every row printing two values or more, two rows at least, ends in a share
    without its sign ("97,2") after whole amounts ("821.840"): the shares of a column a
    percentage's line heads ("2025" / "in %"), printed bare as the line says them
    percentages. A table whose every figure prints decimals (percentages alone, the line
    their note) is no such table, nor one whose rows end in whole numbers."""
    rows = [
        values for run, _follows in runs if len(values := [i for i in run if i.kind in "VYD"]) >= 2
    ]
    return len(rows) >= 2 and all(
        _BARE_SHARE.fullmatch(values[-1].text.strip()) is not None
        and not any("," in item.text for item in values[:-1])
        for values in rows
    )


def _unit_in_corner(items: list[Item], k: int, labels: list[tuple[str, bool]], first: int) -> bool:
    """Whether item ``k``, a line saying a unit alone, is printed in the corner of the heading
    block's last row, a run of periods right above the first row, under a row of headings of
    words (``labels``: the headings read so far, the last no period): " " / "Realisatie" /
    "Vastgestelde begroting" / "Raming" / "x € 1.000" / "2022" / "2023" / "2024". The unit
    is the table's note and stands where the periods' row prints its empty corner
    (``leaves_corner``), so the words above head the periods as over that empty cell. Read
    as a heading, or as the note closing what stands above it, it cut the words off, and the
    columns were the bare years."""
    if not labels or labels[-1][1] or not leaves_corner(items, k + 1):
        return False
    periods = 0
    while (
        k + 1 + periods < first
        and items[k + 1 + periods].kind in "TY"
        and has_period(items[k + 1 + periods].text)
    ):
        periods += 1
    return periods >= 2 and k + 1 + periods == first


def _caption_over(items: list[Item], k: int, notes: list[Item]) -> bool:
    """Whether item ``k``, in a table whose cells blank lines part, is a caption ending in
    its unit over the headings, printed right above the first heading's line, no blank line
    between ("Budgettaire gevolgen van beleid artikel 2 (bedragen x € 1.000)" / "Vastgestelde
    begroting 2019"): a note of the table's unit naming no period, text after it on the next
    line. A heading cell's lines follow each other so too, but its unit ends it ("Bedrag" /
    "(x € 1.000)"), never opens it: the caption is no part of the first heading."""
    item = items[k]
    return (
        item in notes
        and not has_period(item.text)
        and k + 1 < len(items)
        and items[k + 1].kind in "TY"
        and items[k + 1].line == item.line + 1
        and items[k + 1] not in notes
    )


#: Fewest words a caption naming its table and its year prints ("Overzicht incidentele
#: lasten 2025"): a column's heading names its period in fewer ("Begroting 2024",
#: "Vastgestelde begroting 2024").
MIN_TITLE_WORDS = 4


def _dated_title_over(items: list[Item], k: int) -> bool:
    """Whether item ``k``, in a table whose cells blank lines part, is a caption naming its
    table and its year printed right above the first heading's cell, no blank line between
    ("Overzicht van baten en lasten per taakveld 2024" / "Taakveld" / "" / " " / "" /
    "Lasten"): a page's HTML prints a table's caption so, a line break after it and none
    before the first cell. A text of ``MIN_TITLE_WORDS`` words at least naming a year,
    opening its block after a blank line, over a cell of one line (a blank line after it)
    opening with a capital. A heading cell wrapped over two lines names its column in
    fewer words, or goes on in lower case ("2023" / "realisatie", "Begroting 2024" / "na
    wijziging") or in its period ("Realisatie" / "2015"). Read as one, the caption and the
    first heading were a heading cell: the table went untitled, or titled by that cell."""
    item = items[k]
    if k + 2 >= len(items) or (k and items[k - 1].line == item.line - 1):
        return False
    cell, after = items[k + 1], items[k + 2]
    return (
        item.kind == "T"
        and len(item.text.split()) >= MIN_TITLE_WORDS
        and bool(has_period(item.text))
        and not is_prose(item.text)
        and cell.kind == "T"
        and cell.line == item.line + 1
        and cell.text[:1].isupper()
        and after.line > cell.line + 1
    )


#: Fewest words a caption naming its table prints before its unit note ("Budgettaire
#: gevolgen van beleid (x € 1 000)"): a column's heading closing on its unit names the
#: column in a word or two ("Lasten (x € 1.000)", "Bedrag (x € 1.000)").
MIN_CAPTION_WORDS = 3


def _caption_over_periods(items: list[Item], k: int) -> bool:
    """Whether the unit note at ``k`` is a caption naming the table before its unit
    ("Budgettaire gevolgen van beleid (bedragen x € 1 000)", no table number) with the
    heading of a period right under it ("Stand oorspronkelijk vastgestelde begroting
    2012"): the headings open after it, as after a blank corner cell. The labels' corner
    may print a name between them, the article's over its rows ("2 Algemene Rekenkamer"):
    a text naming no period, the period's heading after it; read as headings, the page's
    titles above the caption were taken for the columns' groups. A unit closing a
    column's heading of words heads its column, whether a heading of words ("Lasten (x €
    1.000)" / "Baten") or of a period ("Lasten (x € 1.000)" / "Baten 2024") follows: it
    names the column in fewer words than a caption names its table (``MIN_CAPTION_WORDS``)."""
    after = items[k + 1]
    if (  # the corner's name between the caption and the period's heading
        after.kind == "T"
        and not has_period(after.text)
        and k + 2 < len(items)
        and items[k + 2].kind in "TY"
    ):
        after = items[k + 2]
    return after.kind in "TY" and bool(has_period(after.text)) and _names_its_table(items[k])


def _names_its_table(item: Item) -> bool:
    """Whether a note closing on its unit names its table before it, in more words than a
    column's heading closing on its unit prints (``MIN_CAPTION_WORDS``)."""
    return (
        unit_closing(item.text, item.line) is not None
        and len(item.text.split("(")[0].split()) >= MIN_CAPTION_WORDS
    )


def _dated_caption(items: list[Item], k: int) -> bool:
    """Whether the unit note at ``k``, naming a period, is a caption over the labels' blank
    corner ("Balans per 31 december 2025 (bedragen x € 1.000)" / " " / "Balans per
    31-12-2025" / "Balans per 31-12-2024"): it names its table before its unit, and the
    empty cell after it opens the heading row. A column's heading naming its period and
    unit ("Realisatie 2021 (x € 1.000)") names its column in fewer words."""
    return k + 1 < len(items) and items[k + 1].kind == "P" and _names_its_table(items[k])


#: The ways of ``tables_cell_runs.CONVENTIONS`` that count a run of empty cells by its
#: width (n spaces for n cells, "same", or 2n - 1, "odd"): a row of column numbers prints
#: its empty cells so.
_CONVENTIONS = ("same", "odd")


def _numbers_offset(
    items: list[Item],
    block: list[int],
    first: int,
    corners: dict[str, int | None],
    leaves: int,
    coded: bool,
) -> int | None:
    """How many value columns a row of column numbers ending the heading block leaves
    unnumbered before its first number, where its empty cells tell: None where they do not.

    The row prints a cell under every heading, those of the corner (``corners``: how many
    cells the corner's headings, "Art." / "Omschrijving", are in each convention of
    ``_CONVENTIONS``, None where one does not read them) too: its empty cells before the
    numbers stand under the corner's headings first, the placeholder after them for the
    value columns left unnumbered after (" " / " " / "(1)" / "(2)" / "(3)=(1)+(2)" / two
    spaces, under the corner's two headings and five columns: the first three numbered).
    Read as the table prints its runs of empty cells (``placeholder_convention``; n spaces
    for n cells or 2n - 1 where it does not tell), the row's cells must be as many as the
    headings, and every reading that is must agree. Without a placeholder after the numbers,
    or where none fits, the row's numbers are under the first columns or, after empty cells,
    under the last ones, as the caller reads them: the empty cells are not said to be the
    corner's. The placeholder after the numbers is every one up to the first row
    ("(3)=(1)+(2)" and a space a line): under a code column's heading (``coded``: "Art." /
    "Omschrijving") the last may instead be the first row's empty code cell, and either
    reading may fit. Under a heading of several rows the row stands under the leaves' row,
    and its corner is that row's: ``corners`` then counts its empty cells' items in each
    convention.
    """
    numbers = [k for k in block if items[k].kind == "N"]
    if not numbers or numbers[-1] + 1 >= len(items) or items[numbers[-1] + 1].kind != "P":
        return None
    if numbers != list(range(numbers[0], numbers[-1] + 1)):
        return None  # (numbers parted by other cells: no one row)
    end = numbers[-1] + 1
    while end < first and end in block and items[end].kind == "P":
        end += 1
    # the placeholders after the numbers, up to the first row; where printed a cell a line
    # under a code column's heading, the last may be the first row's empty code cell (" " /
    # "Verplichtingen")
    afters = [items[numbers[-1] + 1 : end]]
    if coded and end - numbers[-1] > 2:
        afters.append(afters[0][:-1])
    k = numbers[0]
    while k - 1 >= 0 and k - 1 in block and items[k - 1].kind == "P":
        k -= 1
    lead = items[k : numbers[0]]
    told = placeholder_convention(
        items, first, {leaves} | {count + leaves for count in corners.values() if count is not None}
    )
    offsets = set()
    for conv, after in product((told,) if told else _CONVENTIONS, afters):
        before, past, cells = cells_in(lead, conv), cells_in(after, conv), corners[conv]
        if before is None or past is None or cells is None:
            continue
        if before + len(numbers) + past == cells + leaves and before >= cells:
            offsets.add(before - cells)
    return offsets.pop() if len(offsets) == 1 else None


def _leaves_row_corner(items: list[Item], leaf: int) -> list[Item]:
    """The empty cells opening the leaves' row before its first leaf (item ``leaf``): the
    placeholder right before it, under the labels' heading and any code column's; []
    where the row opens with a leaf, or with more placeholders than one (the group row's
    empty span cells may stand among them)."""
    if leaf < 2 or items[leaf - 1].kind != "P" or items[leaf - 2].kind == "P":
        return []
    return [items[leaf - 1]]


def _dates_row(items: list[Item], run: list[Item], parted: bool) -> bool:
    """Whether the first figure of a row's ``run`` is its cell in the date column headed
    before the values ("Jaar raadsbesluit": "2025"), no amount. Where no blank line parts
    the cells (not ``parted``), an empty cell is an empty line: the date's cell is the line
    right under the label, and a figure a line further down is the first amount of a row
    whose date is empty ("<Naam>" / "" / "6.500" / four amounts). Taken for the date, it
    left such rows a value short, and the column it stood in was read as none."""
    if not run or run[0].kind not in "VY":
        return False
    return parted or any(item.kind == "T" and item.line == run[0].line - 1 for item in items)


def _cells_parted(items: list[Item], first: int) -> bool:
    """Whether blank lines part the cells of the table whose rows start at ``first``, as
    its first valued row prints them: a blank line between its label and the cell after
    it. Group rows without values above that row tell nothing: a page printing a cell a
    line and no blank line between prints an empty cell as an empty line, so a group row
    ("Lasten") is followed by as many empty lines as the table has columns. Read from the
    group row, every heading's lines were taken for one cell wrapped over lines and
    joined, and no table was read. A row whose values follow each other line under line
    after that blank line parts its label from them only, not its cells: a PDF's plain text
    prints a table column by column so, each column's heading a blank line over its values
    ("2019" / "" / "1.240" / "-214"), and its labels line under line, a heading each."""
    label = first
    while label < len(items) and items[label].kind == "T" and not is_valued(items, label):
        label += 1
    if label >= len(items) or items[label].kind != "T":
        label = first
    if label + 1 >= len(items) or items[label + 1].line == items[label].line + 1:
        return False
    values = items[label + 1 : label + 3]
    return not (
        len(values) == 2
        and all(item.kind in "VD" for item in values)
        and values[1].line == values[0].line + 1
    )


def read_heading(
    items: list[Item], first: int, floor: int, code: int | None = None
) -> Heading | None:
    """The heading of the table of cells one a line whose first row opens at ``first``
    (the heading's items above it, down to ``floor`` at most), None where its items head
    no columns. ``code`` is the item of the first row's code printed in a cell of its own
    before its label, handed on where the heading is read again past words heading no
    column (group rows, ``_group_rows``; a coded table's words past its leaves,
    ``_words_past_coded_leaves``), whose first row no longer opens with that code; left
    None, the item at ``first`` is the code where it reads as one and a text follows it."""
    block = _head_items(items, first, floor)
    if not block:
        return None
    # a line saying a unit is the table's note, but for headings of measures each closing
    # on its column's unit: those head columns
    measured = _measures_with_units(items, block)
    notes = [
        items[k]
        for k in block
        if items[k].kind == "T" and k not in measured and read_unit(items[k].text, 0)
    ]
    # cells parted by blank lines ("Totaal" / "" / "341,6"): a heading cell's lines follow
    # each other without one ("2023" / "realisatie"), and are one heading
    parted = _cells_parted(items, first)
    marked = [
        k
        for k in block
        if items[k].kind == "T"
        and (
            CAPTION.match(items[k].text)
            or (parted and (_caption_over(items, k, notes) or _dated_title_over(items, k)))
        )
    ]
    caption = items[marked[-1]] if marked else None
    # headings: text and years after the caption; column numbers joined to their heading
    labels: list[tuple[str, bool]] = []  # (label, is a heading over a period)
    at: list[int] = []  # the item index of each label
    numbers: list[str] = []
    over: list[str] = []  # a row of column numbers printed above the headings of words
    blanks = 0
    blank_corner = False
    # an empty cell before the first heading: the labels' heading printed blank (" " /
    # "Art." / "2024": a code column after the labels)
    blank_first = False
    empty_heads = 0  # heading cells printed empty between headings of words
    kinds: list[str | None] = []
    after_caption = block if not marked else block[block.index(marked[-1]) + 1 :]
    previous = ""
    joined: list[str] = []  # the printed lines of the last heading
    tail = -1  # the item of its last printed line
    numbers_first = False  # the block prints each column's number above its heading
    ahead = ""  # such a number, waiting for the heading it numbers
    cornered_units: list[int] = []  # unit notes printed in the periods' row's corner
    for k in after_caption:
        item = items[k]
        blank_first = blank_first or (item.kind == "P" and not labels)
        if (
            parted
            and item.kind in "TY"
            and at
            and tail == k - 1
            and items[k - 1].line == item.line - 1
            and not numbers
            and not _names_labels_alone(item.text)
            # (nor a word naming what the rows are: "Reserve" over "Reserve <a>" / ...)
            and not _kind_of_rows([(item.text, False)], items, first)
        ):
            joined.append(item.text)
            tail = k
            text = " ".join(joined)
            labels[-1] = (fold(text), bool(has_period(text)) and len(text) <= MAX_PERIOD_HEADING)
            kinds[-1] = heading_kind(text)
            previous = item.kind
            continue
        if item.kind == "N":
            # a number right under a heading line is that heading's ("Realisatie 2021" /
            # "(1)"); numbers printed one after the other are the row of column numbers
            # under every heading ("2024" / "(1)" / "(2)" / "(3)"), the first one too
            row = k + 1 < first and items[k + 1].kind == "N"
            if (
                not row
                and not numbers
                and k + 1 < first
                and items[k + 1].kind in "TY"
                and (numbers_first or _heads_no_number(labels, kinds))
            ):
                # "Omschrijving" / "(1)" / "Vastgestelde begroting" / "(2)" / "Mutaties":
                # the corner's heading numbers no column, so the number heads the next
                numbers_first, ahead = True, item.text
            elif previous in ("T", "Y") and labels and not numbers and not row:
                label, period = labels[-1]
                labels[-1] = (f"{label} {item.text}", period)
            else:
                numbers.append(item.text)
        elif item.kind == "P" and kinds and kinds[-1] == "code" and previous == "T":
            blank_corner = True  # "Art." / " ": the labels' heading printed blank
        elif item.kind == "P" and previous != "T" and not numbers:
            blanks += 1  # the number row's empty cells before its first number
        elif item.kind == "P" and not numbers and k + 1 < first and items[k + 1].kind == "T":
            empty_heads += 1  # "Hfst." / " " / "Fouten": a cell of the heading row left empty
        elif item in notes and not numbers and _unit_in_corner(items, k, labels, first):
            # the table's unit printed in the labels' cell of the periods' row, under the
            # words' row (" " / "Realisatie" / "Raming" / "x € 1.000" / "2022" / "2023"): a
            # note, and the corner of the row, which the words above go on to head
            cornered_units.append(k)
        elif (
            item in notes
            and (
                not has_period(item.text)
                or _dated_caption(items, k)
                or (labels == [] and _caption_over_periods(items, k))
            )
            and not numbers
            and k + 1 < first
            and (items[k + 1].kind == "P" or _caption_over_periods(items, k))
        ):
            # the caption saying the table's unit, the labels' blank corner after it
            # ("Artikel 2 ..." / "Budgettaire gevolgen van beleid (x € 1 000)" / " " /
            # "Realisatie 2011 (1)"), or the headings of its periods right under it: it
            # opens the headings, the texts above it are the page's titles, no column's
            # heading. A caption naming its period too opens them over the blank corner
            # (``_dated_caption``): read as a heading, it took the first column; and so
            # does one printed before any heading, over a period's heading, the corner's
            # name between them or not (``_caption_over_periods``: "Staat van de
            # begrotingswijziging 2026 (bedragen x € 1.000)" / "Programma" / "Begroting
            # 2026 voor wijziging"): read as the first heading, it counted one heading
            # too many and every value went a column over. After a heading it is a
            # column's ("Programma" / "Vastgestelde begroting 2026 (x € 1.000)")
            labels, at, kinds, joined = [], [], [], []
        elif item.kind in "TY" and not (item in notes and not has_period(item.text) and not labels):
            # a unit note before the headings; among them a heading that says its column's
            # unit ("Aandeel (%)")
            period = bool(has_period(item.text)) and len(item.text) <= MAX_PERIOD_HEADING
            text = f"{ahead} {item.text}" if ahead else item.text
            labels.append((fold(text), period))
            joined, ahead = [text], ""
            at.append(k)
            tail = k
            kinds.append(heading_kind(item.text))
            if item.kind == "T" and not over and _counted_from_one(numbers):
                over = numbers
            numbers, blanks = [], 0
        previous = item.kind
    if _unit_closes_block(items, labels, at, notes, first):
        labels, at, kinds = labels[:-1], at[:-1], kinds[:-1]
    doubts: list[tuple[int, str]] = []
    headed = [k for k in after_caption if items[k] not in notes]
    shaped = (
        _numbered_under_groups(items, headed)
        or _groups_over_repeated_years(items, headed, first)
        or _rows_under_each_heading(items, headed, first)
    )
    if shaped is None and (beside := _singles_beside_groups(items, after_caption, notes, first)):
        shaped, notes = beside  # (a leaf saying its unit, "in %", is no note of the table's)
    if shaped is not None:
        labels, at, kinds, doubts = shaped
        numbers, blanks, over = [], 0, []
    if not labels:
        # every heading says its column's unit ("x € 1 mld" / "Aandeel (%)"): read as unit
        # notes above the headings, they are the headings
        said = [k for k in after_caption if items[k].kind in "TY" and items[k] in notes]
        if len(said) >= 2:
            labels = [(fold(items[k].text), False) for k in said]
            at, kinds = said, [None] * len(said)
    # the line saying the table's unit closes what stands above the heading's block (the
    # page's title, a section's, a paragraph of prose: "Jaarstukken 2022" / ... / "Overzicht
    # ... (bedragen x € 1.000)" / "Omschrijving" / ...), no heading of its columns
    said = max(
        (k for k in after_caption if items[k] in notes and k not in cornered_units), default=-1
    )
    blocked = _cells_of_a_block(
        items, [k for k in after_caption if items[k] not in notes and k > said], first
    )
    if blocked is not None and blocked[3] is not None:
        # one-line blocks under the heading's block: the first (group) rows ("Lasten")
        return read_heading(items, blocked[3], floor)
    if blocked is not None:
        labels, at, kinds, _rows = blocked
    else:
        labels, at, kinds, units = _cells_ended_by_units(labels, at, kinds)
        notes = [note for note in notes if note not in [items[k] for k in units]]
        labels, at, kinds = _words_rejoined(items, labels, at, kinds)
    marks = next(
        (k for k in range(len(labels) - 1, 0, -1) if labels[k - 1][1] and not labels[k][1]), None
    )
    periods = 0
    while marks is not None and periods < marks and labels[marks - 1 - periods][1]:
        periods += 1
    if marks is not None and not kinds[marks] and _marks_after_values(items, first, periods):
        # "2021" / "Ontvangers" over "512.340" / "G": the word after the periods heads the
        # marks, no value column nor a group row; the words after it are group rows
        if marks + 1 < len(labels):
            return read_heading(items, at[marks + 1], floor)
        kinds[marks] = "text"
    trailing = _last_word(labels, kinds)
    # no period row under it: the heading row's cells, those printed empty too (the labels'
    # corner between the code's heading and the values': "Hfst." / " " / "Fouten")
    alone = len(labels) + empty_heads if trailing == len(labels) - 1 else 0
    # a text column headed before the values' ("Startjaar" / "Budget" / ... / "Gereed"):
    # its cells stand before the values, the last word's after them; a text
    # column headed after them ("Verschil" / "V/N") is the one after the values already
    last_value = max((k for k in range(trailing or 0) if not kinds[k]), default=0)
    after = trailing is not None and "text" not in kinds[last_value:]
    # the column's cells read as texts on its lines, where an empty cell is an empty line:
    # no row's last value is its cell
    lined_texts = False
    if after and not _column_after_values(items, first, alone):
        lined_texts = not parted and _text_on_the_last_line(items, first, alone)
        after = lined_texts
    texts_both = after and "text" in kinds
    if after:
        # "Tolerantiegrens overschreden" over "ja" / "nee", "Fase" over "1" / "2":
        # every row prints a cell after its values, which the last word heading heads
        kinds[trailing] = "text"
    runs = rows_preview(items, first)
    if _labels_heading_last(labels, kinds, data_width(runs, False), runs):
        # "Onderwerp" / "Totale uitgaven" / ... / "EMU-saldo" / "Perioden" over "2018" / six
        # values: the rows' own heading printed after the columns', no column of its own
        labels, at, kinds = labels[:-1], at[:-1], kinds[:-1]
    if _empty_norms_last(labels, kinds, data_width(runs, False)):
        # "Jaarrekening JJJJ" / "Begroting JJJJ" / "Begroting JJJJ" / "Signaleringswaarde"
        # over three values: a column of norms the rows leave empty, no value's nor a group row
        labels, at, kinds = labels[:-1], at[:-1], kinds[:-1]
    has_text = "text" in kinds
    # the text column's heading printed last ("Verschil" / "V/N") puts its cells after the
    # values; else a valued text right after the first label is its cell
    last_text = max(
        (k for k, kind in enumerate(kinds[:trailing] if texts_both else kinds) if kind == "text"),
        default=-1,
    )
    printed_last = last_text > max((k for k, kind in enumerate(kinds) if not kind), default=-1)
    # a column of dates headed before the values' ("Openstelling" / "Projectbudget" /
    # "2013" ...): each row prints its date after the label, a year, a span or "n.n.b."
    # (read on the first row printing values: a group row over it prints none)
    valued = _first_valued(items, first)
    dated = (
        has_text
        and not printed_last
        and valued + 1 < len(items)
        and items[valued + 1].kind in "TVY"
        and any(
            kind == "text" and DATE_HEADING.search(label.lower())
            for (label, _p), kind in zip(labels, kinds, strict=True)
        )
    )
    text_before = dated or (
        has_text
        and not printed_last
        and is_valued(items, first + 1)
        and items[first + 1].kind == "T"
    )
    # a note column headed before the values' ("Activa" / "Noot" / "31-12-2024" ...): each
    # row prints its note's number, or an empty cell, between its label and its values
    notes_first = (
        has_text
        and not text_before
        and not printed_last
        and _notes_before_values(items, first, labels, kinds)
    )
    text_before = text_before or notes_first
    text_after = has_text and (texts_both or not text_before)
    runs = rows_preview(items, first)
    if notes_first:  # the note's cell opening a row's run is none of its values
        runs = [(run[1:], follows) for run, follows in runs]
    if dated:  # the date ending no row's values: a row's run starts past it
        runs = [(run[1:] if _dates_row(items, run, parted) else run, f) for run, f in runs]
    # the first heading names a code column ("Art." / "Omschrijving" / ...); a caption
    # read among the headings, the line saying the table's unit ("Begrotingsstaat ...
    # (bedragen x € 1.000)" / "Art." / ...), heads no column
    coded = next(
        (
            kind
            for (label, _p), kind in zip(labels, kinds, strict=True)
            if not _captions_unit(label)
        ),
        None,
    )
    # the first row prints its code in a cell of its own before its label (the rows start
    # there, or a group row over it handed it on): every row opens with one, and where the
    # codes are numbers ("0" / "<Naam>" / values / "1" / "<Naam>"), each row's run ends in
    # the next row's code, no value of its own
    if code is None and first + 1 < len(items) and items[first + 1].kind == "T":
        code = first if is_code(items[first].text) else None
    number_codes = code is not None and items[code].kind in "VY" and _coded_alike(items, code)
    # a code column headed last, after a period ("Omschrijving" / "2022" / "Art."): each
    # row's code follows its values ("120.000" / "22"), a cell after them as a text
    # column's is, no value: counted as one, the labels' heading read as a value column
    code_after_period = len(labels) >= 2 and kinds[-1] == "code" and bool(labels[-2][1])
    after = (text_after and not lined_texts) or code_after_period
    data = data_width(runs, after, coded == "code" or number_codes)
    if not text_after and coded != "code" and not number_codes:
        data = _widest_rows(items, first, data, labels, kinds)
    labels, at, kinds = _word_over_the_next_year(labels, at, kinds, data)
    labels, at, kinds, parted_runs = _words_between_periods(items, labels, at, kinds, data)
    doubts.extend(parted_runs)
    k = len(labels) - 1
    while k >= 0 and kinds[k]:
        k -= 1
    run_end = k + 1
    while k >= 0 and labels[k][1] and not kinds[k]:
        k -= 1
    period_run = run_end - k - 1
    plain = [
        (label, period)
        for (label, period), kind in zip(labels[:run_end], kinds, strict=False)
        if not kind
    ]
    width = period_run if period_run >= 2 or (period_run and period_run >= data) else data
    group = _group_rows(
        items, labels, at, kinds, data, text_after, caption is not None, code is not None
    )
    if not group and (code is not None or CODED_LABEL.match(items[first].text)):
        group = _words_past_coded_leaves(items, labels, at, kinds, data, code is None)
    if group:  # words after the years heading no column: the first (group) rows
        return read_heading(items, at[-group], floor, code)
    # rows that all print more values than there are period headings: the headings before
    # them head columns too ("Stand vastgestelde begroting", "Mutatie 2025", ...); counted
    # also with the placeholders between values, where a row prints one for each empty cell
    # (each without the next row's code ending it, under a code column's heading)
    own = [next_code_off(run, follows, coded == "code") for run, follows in runs]
    if text_after and not lined_texts:
        named = any(
            kind == "text" and names_note(label)
            for (label, _period), kind in zip(labels, kinds, strict=True)
        )
        own = _note_numbers_off(own, named)
    printed = [sum(1 for i in run if i.kind in "VYD") for run in own]
    spread = [up_to_last_value(run) for run in own]
    inside = any(a > b for a, b in zip(spread, printed, strict=True))  # placeholders between
    # (a row that prints as many values is counted only where it prints them without a
    # placeholder between: two rows read as one, "Diversen" and its unlabelled subtotal,
    # print twice the values with placeholders between)
    whole = [p if p == a else 0 for p, a in zip(printed, spread, strict=True)]
    # a code column's heading after the labels' own ("Omschrijving" / "Art.nr." / "2020"):
    # the headings before it are the corner's, the rows' cell more than the periods its code
    code = max((k for k, kind in enumerate(kinds[:run_end]) if kind == "code"), default=-1)
    corner = sum(1 for kind in kinds[: max(code, 0)] if not kind)
    # the labels' own heading opening the corner ("Omschrijving" / "2022" ... / "Ref. nr.")
    # heads no values either where a text column follows them: the cell a row prints more
    # than the periods is that column's (a note's number), not one the corner's word heads
    named = int(text_after and _names_labels(plain[:1]))
    for counts, cells in ((whole, data), (spread, max(spread, default=0) if inside else 0)):
        if (
            period_run
            and period_run < cells <= min(len(plain) - max(corner, named), period_run + MAX_UNDATED)
            and sum(1 for count in counts if count == cells) >= 2
            and max(counts) == cells
        ):
            width = cells
            break
    if not period_run and corner and width == len(plain) - corner + 1:
        # the same without periods, the values headed by words ("Omschrijving" / "Art. nr." /
        # "Verplichtingen" / "Uitgaven" / "Ontvangsten" over "1" / three amounts): the rows'
        # cell more than the words after the code's heading is their code, not a column the
        # corner's heading heads
        width -= 1
    if width == 0 or width > len(plain):
        return None
    few = data < 2 or sum(1 for r in runs if r) < 2
    series = is_year_heading(items[first].text)  # a time series' first row label
    if (
        period_run == 0
        and few
        and not _one_column(
            caption,
            plain,
            runs,
            data,
            text_after,
            series,
            coded == "code",
            _kind_of_rows(plain[-2:-1], items, first),
            blank_first,
        )
    ):
        return None
    if (
        width == period_run + 1
        and period_run >= 2
        and not has_text
        and len(plain) > period_run
        and not _VALUE_HEADING.search(plain[len(plain) - period_run - 1][0])
        and _codes_before_values(items, first, period_run)
    ):
        # every row prints its code and a value for each period, no nil dash among them
        # ("Programma" / "2026" ... / "Jeugdzorg" / "3" / three amounts): the cell more than
        # the periods is the code's (below), no undated value column
        width = period_run
    spanned = spanned_by_rows(plain, width, {fold(note.text) for note in notes})
    # the headings above the leaves' own; over leaves spanning both rows, the labels' heading
    skip = corner_of_spanned(plain, width) if spanned else len(plain) - width
    leaves = spanned or [label for label, _p in plain[skip:]]
    if not spanned and skip >= 1 and _group_over_years(plain[skip - 1 :], period_run):
        # dated or numbered headings, then a word over the last run of bare years ("Stand 1e
        # suppletoire begroting 2008" / "Mutaties" / "2009" / "2010" ..., "Stand ... (3) =
        # (1) + (2)" / "Mutatie ..." / "2016" ...): the word heads the years as
        # their group, no column of its own; read as a leaf, it pushed the first heading
        # out and every value a column over
        # A word in the singular names one period's figures ("Vastgestelde begroting" /
        # "2013", after "Realisatie" / "2012"): the first year under it only, the later bare
        # years the estimates' own; a plural ("Mutaties", "Ramingen") or a change
        # ("Mutatie ...", ``names_several``) names every column of the years under it
        word = len(plain) - period_run - 1
        skip -= 1
        years = [year for year, _p in plain[word + 1 :]]
        over = years if names_several(plain[word][0]) else years[:1]
        leaves = (
            [label for label, _p in plain[skip:word]]
            + [f"{plain[word][0]} {year}" for year in over]
            + years[len(over) :]
        )
    plain_at = [k for k, kind in enumerate(kinds[:run_end]) if not kind]
    first_leaf = plain_at[skip]
    # a code column's heading right before the values' is the heading of a column between
    # the labels and the values where a heading stands over the labels, printed or blank
    # ("Omschrijving" / "Art.nr." / "2024", " " / "Art." / "2024"); the first heading of all
    # ("Art." / "2024") is the first column's: the code printed before its label ("21" /
    # "Kasschuif", "Div." / "Loonbijstelling", " " / "Stand ...")
    code_between = (
        (first_leaf > 1 or (first_leaf == 1 and blank_first))
        and kinds[first_leaf - 1] == "code"
        and not blank_corner
    ) or (
        # a word heading before a run of periods over rows that each print a code or an
        # empty cell before exactly the periods' values ("Programma" / "2026" ...: "1" /
        # four amounts, the total " " / four amounts): a code column, whatever its words
        not spanned
        and skip >= 1
        and not has_text
        and width == period_run >= 2
        and _codes_before_values(items, first, width)
    )
    # the code heading printed first over rows that print their codes after their labels,
    # not before them ("Art." / "Verplichtingen" ... over "<Naam>" / "N" / three
    # amounts): a code column between the labels and the values, as printed
    code_between = code_between or (
        first_leaf == 1
        and kinds[0] == "code"
        and not blank_first
        and not blank_corner
        and not has_text
        and _codes_after_labels(items, first, width)
    )
    # the same under a heading of two rows: the code heading opens the group row after the
    # blank corner (" " / "Art.nr." / "Verplichtingen" / "Uitgaven" over " " / " " / "2022")
    code_between = code_between or (
        blank_first and not blank_corner and _code_over_groups(items, at, kinds, first_leaf)
    )
    empty_first = first + 1 < len(items) and items[first + 1].kind == "P"
    if (
        has_text
        and not text_before
        and empty_first
        and "text" in kinds[:first_leaf]
        and not _text_after_groups(labels, kinds, leaves)
    ):
        # the text column's heading stands before the values' ("Garantie" / "Noot" /
        # "Plafond"): its cells follow the labels, the first row's left empty
        text_before, text_after = True, texts_both
    # a value column's heading that says its unit ("Verschil 2028-2023 in mld.") is that
    # column's unit, not the table's: without a caption it would scale every column
    notes = [note for note in notes if fold(note.text) not in leaves]
    # column numbers under the first columns, or, after empty cells, under the last ones
    # ("Realisatie 2021 (1)", "Vastgestelde begroting 2021 (2)", "Verschil 2021 (3)=(1)-(2)");
    # under the first ones they part repeated leaves before groups are named, as printed
    numbered = numbers[: len(leaves)]
    offset = len(leaves) - len(numbered) if blanks else 0
    # unless the row's empty cells, counted with the corner's, tell where it stands: under a
    # heading of one row, no group's words before the leaves but the labels' own heading
    one_row = sum(1 for kind in kinds[:first_leaf] if not kind) <= 1
    coded_corner = "code" in kinds[:first_leaf]
    # the labels' heading printed blank after the code's ("Art." / " ") is a corner cell
    # too: the number row prints its own empty cell under it
    corner_cells = first_leaf + int(blank_corner)
    corners = dict.fromkeys(_CONVENTIONS, corner_cells)
    placed = _numbers_offset(items, after_caption, first, corners, len(leaves), coded_corner)
    if numbered and one_row and placed is not None:
        offset = placed
    elif numbered and not one_row and (row_corner := _leaves_row_corner(items, at[first_leaf])):
        # under a heading of several rows, the row of numbers stands under the leaves' row,
        # its empty cells under that row's empty corner first (" " / "2021" / "2021" /
        # "2020" over " " / "(1)" / "(2)" / " "): the first columns numbered, the last not
        counts = {conv: cells_in(row_corner, conv) for conv in _CONVENTIONS}
        below = _numbers_offset(items, after_caption, first, counts, len(leaves), False)
        offset = offset if below is None else below
    # the leaves repeat as printed, their numbers told apart ("Realisatie 2012 (2)" under
    # "Uitgaven", "Realisatie 2012 (5)" under "Ontvangsten"): the repeats part them
    sizes = [len(part) for part in _segments(leaves)]
    if not offset:
        leaves = [f"{leaf} {number}" for leaf, number in zip(leaves, numbered, strict=False)] + (
            leaves[len(numbered) :]
        )
    parts = [leaves[sum(sizes[:k]) : sum(sizes[: k + 1])] for k in range(len(sizes))]
    above = [label for label, _p in plain[:skip]]
    lost: list[str] = []
    # the group row after its empty corner: every heading above is a group's, none the
    # labels' own nor a title over the table
    cornered = bool(above) and at[plain_at[0]] > 0 and items[at[plain_at[0]] - 1].kind == "P"
    if over and len(parts) == len(over) >= 2 and len(above) >= len(parts):
        # the numbers over the headings number the groups ("(1)" / "(2)" / "(3)=(2)-(1)"
        # over "Oorspronkelijk vastgestelde begroting" / "Realisatie" / "Verschil ..." over
        # "Verplichtingen" / "Uitgaven" / "Ontvangsten" thrice): "(1) Oorspronkelijk ..."
        above[-len(over) :] = [f"{n} {g}" for n, g in zip(over, above[-len(over) :], strict=True)]
    elif over and len(over) == len(leaves):
        # or the leaves, one each ("(1)" / "(2)" over "Begroting 2022" / "Realisatie 2022")
        leaves = [f"{number} {leaf}" for number, leaf in zip(over, leaves, strict=True)]
    if (
        by_number := _numbered_groups(above, leaves) or _numbered_after_years(above, leaves)
    ) is not None:
        leaves = by_number
    elif (units := unit_groups(items, notes, at[first_leaf], parts)) is not None:
        leaves, notes = units[0], [note for note in notes if note not in units[1]]
    elif len(parts) >= 2 and (
        each := named_each(items, [at[k] for k in plain_at[:skip]], at[first_leaf], leaves)
    ):
        # a row naming each column in a cell of its own over years that repeat
        # ("Omschrijving" / "Begroting" / "Realisatie" / "Verschil" / "Realisatie" over " " /
        # "2021" / "2021" / "2021" / "2020"): every cell spans one column, so the repeats part
        # no groups; read as groups over the parts, the names took the wrong columns
        leaves = each
    elif len(parts) >= 2 and cornered and len(parts) < len(above):
        # more groups than the repeats part the leaves into ("Miljoenennota 2024" /
        # "Actuele raming" / "Ontwerpbegroting" over "2024" / "2024" / "2025"): one group a
        # leaf where they are as many, else the leaves keep their own headings
        if len(above) == len(leaves):
            leaves = [f"{group} {leaf}" for group, leaf in zip(above, leaves, strict=True)]
        else:
            doubts.append(_spans_untold(items[at[plain_at[0]]].line, above, len(leaves)))
    elif len(parts) >= 2 and len(above) >= len(parts):
        groups = above[len(above) - len(parts) :]
        leaves = [
            f"{group} {leaf}" for group, part in zip(groups, parts, strict=True) for leaf in part
        ]
    elif len(above) >= width and all(_says_unit(leaf) for leaf in leaves):
        # a second heading row of units, one a column ("Bedrag" "Aandeel" / "(x € 1.000)"
        # "(%)"): each joins the heading above it
        leaves = [f"{name} {leaf}" for name, leaf in zip(above[-width:], leaves, strict=True)]
    elif above:
        names = [at[k] for k in plain_at[:skip]]
        spans = group_spans(items, names, at[first_leaf], width + text_after)
        if spans is not None:
            leaves = [f"{above[group]} {leaf}" for group, leaf in zip(spans, leaves, strict=False)]
        elif (each := named_each(items, names, at[first_leaf], leaves)) is not None:
            leaves = each
        elif (by_year := year_over_leaves(items, names, at[first_leaf], leaves)) is not None:
            leaves = by_year
        else:
            lost = spanless_groups(items, names, at[first_leaf], width)
            if (continued := continued_groups(lost, leaves)) is not None:
                leaves, lost = continued, []
    if offset:
        for k, number in enumerate(numbered, start=offset):
            leaves[k] = f"{leaves[k]} {number}"
    # a column's heading left over: the table is said, not stored. Under a caption only:
    # above the headings of a table without one may stand the page's title ("Jaarverslag
    # 2007", "Programmabegroting 2025"), no column's heading
    unplaced = _unplaced_column_headings(items, plain[:skip], at, plain_at, leaves, lost)
    refused = caption is not None and bool(unplaced)
    doubts.extend(unplaced if refused else [])
    seen: Counter[str] = Counter()
    unique = []
    for leaf in leaves:
        seen[leaf] += 1
        unique.append(leaf if seen[leaf] == 1 else f"{leaf} ({seen[leaf]})")
    # every column headed after the values' prints a cell after them in each row, a code
    # column's too where a text column follows it ("2019" / "Art." / "Toelichting": "– 35.000"
    # / "2" / "Schuif naar 2021"): counted as texts only, the code took the text's place and
    # the text opened a row of its own, a group row over the next
    texts_after = max(1, sum(1 for kind in kinds[run_end:] if kind in ("text", "code")))
    # the code heading printed last in a row of group headings whose words head the values
    # ("Realisatie" / "Verschil" / "Nr." / " " / "2023" ...): as the row prints them, its
    # column stands after the values, not between the labels and them
    after_groups = (
        first_leaf >= 2
        and kinds[first_leaf - 1] == "code"
        and not kinds[first_leaf - 2]
        and (
            any(leaf.startswith(f"{labels[first_leaf - 2][0]} ") for leaf in leaves)
            or _code_over_last_empty_cell(items, at, first_leaf, run_end, first)
        )
    )
    code_between = code_between and not after_groups
    # the code heading printed last, after a heading of values: a period's ("2024" /
    # "Art.") or one naming what the values are ("Uitgaven" / "Ontvangsten" / "Art.", a
    # suppletoire begroting's mutaties by kind): either way each row may print its code
    # after its values, as ``codes_after_values`` reads the rows to tell
    code_last = after_groups or (
        len(labels) >= 2 and kinds[-1] == "code" and not kinds[-2] and not code_between
    )
    codes_after = code_last and codes_after_values(items, first, len(leaves))
    if (
        code_last
        and is_code(items[first].text)
        and codes_after_values(items, first + 1, len(leaves))
    ):
        # a code before the first label and a code cell after the last row too: every
        # code may be the label's after it or the row's before it, the text does not tell
        refused = True
        doubts.append(
            (
                items[first].line,
                "a code column headed after the periods prints a code before the first row "
                "and one after the last: whose code each is the text does not tell; not read",
            )
        )
    lost = lost if not offset and not text_after else []
    return Heading(
        unique,
        text_before,
        text_after,
        caption,
        notes,
        kinds,
        block[0],
        first,
        code_between,
        texts_after=texts_after,
        lost_groups=lost,
        dated=dated,
        doubts=doubts,
        refused=refused,
        codes_after=codes_after,
        lined=not parted,
        coded_rows=number_codes,
        article=None if caption else _article_under_caption(items, after_caption, notes, unique),
    )


#: An article's number and its name ("21 Algemeen", "2 Algemene Rekenkamer"): a number of
#: up to three digits, maybe a sub-number, then words without figures (no year's heading,
#: "2017 Realisatie", nor a row's label and value).
_ARTICLE_NAME = re.compile(r"\d{1,3}(?:\.\d{1,2})? [^\W\d_][^\d]*")


def _article_under_caption(
    items: list[Item], block: list[int], notes: list[Item], leaves: list[str]
) -> tuple[int, str] | None:
    """(the caption's line, the article's name) where a caption naming the table in
    general words before its unit ("Budgettaire gevolgen van beleid (bedragen x € 1.000)",
    ``_names_its_table``) is followed, on a line of its own, by an article's number and
    name that heads no column ("21 Algemeen" over the labels, the headings after it): a
    suppletoire prints each article's table under the same caption, and the name tells
    which. Not where the same name heads the page above the caption too: the page names
    the article there, and the caption names its table. None where no such line follows
    the caption in ``block`` (the heading's items after any "Tabel" caption)."""
    for n, k in enumerate(block):
        if items[k] not in notes or not _names_its_table(items[k]) or k + 1 >= len(items):
            continue
        name = items[k + 1]
        text = fold(name.text)
        if (
            name.kind == "T"
            and _ARTICLE_NAME.fullmatch(text)
            and not any(text in leaf for leaf in leaves)
            and not any(fold(items[j].text) == text for j in block[:n])
        ):
            return items[k].line, text
    return None


def _text_after_groups(
    labels: list[tuple[str, bool]], kinds: list[str | None], leaves: list[str]
) -> bool:
    """Whether the first text column's heading is printed last on a heading row of group
    names over a row of periods they part ("Realisatie" / "Vastgestelde begroting" /
    "Verschil" / "Ref." over "JJJJ" ... "JJJJ" / "JJJJ" / "JJJJ"): the periods part into
    two runs or more (``leaf_groups``: a year no later than the one before opens the next),
    and the headings right before the text heading are as many words, no period. Its cells
    then follow the groups' values, though the row of periods prints its blank cell after
    them, and a row opening with empty cells (the first years' "   ") leaves its values
    there: read as a text column before the values, every row's note number after its
    values became the next row's code ("1 Uitgaven"). A heading row of one period or none
    (the labels' own heading before the text heading, "Garantie" / "Noot" / "Plafond";
    "Uitgaven" / "Artikelnr." / "JJJJ") tells nothing of the kind."""
    first_text = kinds.index("text")
    runs = leaf_groups(leaves)[-1] + 1 if leaves else 0
    if runs < 2 or first_text < runs:
        return False
    names = range(first_text - runs, first_text)
    return all(not kinds[k] and not labels[k][1] for k in names)


def _notes_before_values(
    items: list[Item], first: int, labels: list[tuple[str, bool]], kinds: list[str | None]
) -> bool:
    """Whether the rows from ``first`` print a note column's cell between label and values,
    under a heading naming notes ("Noot", "Ref.", ``names_note``) before the values' own
    ("<heading>" / "Noot" / "DD-MM-JJJJ" / "DD-MM-JJJJ" over "<label>" / "N" / two amounts):
    the first row opens its run with a note's number, and the rows' runs opening so number
    them in order, a number shared by two rows or skipped allowed ("1", "3", "3", "4"), the
    other rows' runs opening with an empty cell or printing none for the note (no more
    cells than the values' columns: a total's two amounts). A number is a text column's
    cell no count took for one (``text_before`` asks for a word there), so the note column
    was read as the first value column, the corner's word heading the next and every value
    a column over, the last one lost."""
    note = next(
        (
            k
            for k, ((label, _period), kind) in enumerate(zip(labels, kinds, strict=True))
            if kind == "text" and names_note(label)
        ),
        None,
    )
    if note is None:
        return False
    runs = [run for run, _follows in rows_preview(items, first) if run]
    values = sum(1 for kind in kinds[note + 1 :] if not kind)
    # a row printing no more cells than the values' columns prints no note's cell, not
    # even an empty one ("Totaal activa" / two amounts): none of its cells is a note's
    numbered = [run[0] for run in runs if run[0].kind != "P" and len(run) > values]
    if not runs or runs[0][0].kind != "V" or len(numbered) < MIN_NOTES:
        return False
    # the first row fills the columns headed after the note's, a dash ending it the next
    # label's bullet: a text between the headings and the first row (a group row's label,
    # "<Groep>" / "<Naam>" / "1" / values) heads no column and makes them one more
    cells = runs[0][1:-1] if runs[0][-1].kind == "D" else runs[0][1:]
    if len(cells) != values:
        return False
    if not all(item.kind == "V" and NOTE_NUMBER.fullmatch(item.text) for item in numbered):
        return False
    numbers = [int(item.text) for item in numbered]
    return numbers[0] >= 1 and numbers == sorted(numbers)


def _note_numbers_off(runs: list[list[Item]], named: bool) -> list[list[Item]]:
    """The rows' runs without the note's number ending them, under a text column headed
    after the values: a row whose note is printed ends in its number ("1", "2", ... in the
    rows' order), a row without one in an empty cell, which no count takes as a value.
    Under a heading naming notes (``named``: "Noot", "Ref.", ``names_note``) the numbers
    run in order, maybe with gaps ("1", "3", "4": a note to no row); under another text
    column ("Toelichting", "Bron") only where they run 1, 2, 3 ... without a gap. Counted
    as a value, the number made the noted rows one column wider than the others, and the
    headings before the periods, the groups over them, were read as that column's
    ("Realisatie" / "Vastgestelde begroting" / "Verschil" / "Noot" over five years and
    two: "Verschil" headed the first year's values, every year a column over). Left as
    they are where the numbers ending the rows do not run so, or none is a note's (an
    amount, "0"): values of the last column."""
    noted = [
        bool(run) and run[-1].kind == "V" and NOTE_NUMBER.fullmatch(run[-1].text) is not None
        for run in runs
    ]
    numbers = [int(run[-1].text) for run, note in zip(runs, noted, strict=True) if note]
    if not numbers or numbers[0] < 1:
        return runs
    if numbers != (sorted(numbers) if named else list(range(1, len(numbers) + 1))):
        return runs
    return [run[:-1] if note else run for run, note in zip(runs, noted, strict=True)]


def _coded_alike(items: list[Item], code: int) -> bool:
    """Whether the first row printing values opens with a number for its code, as the row
    at ``code`` does: that row itself, or a row under it whose code is a number too
    ("1" / "Veiligheid" / "11" / "<Naam>" / values). Where it prints its code as text under
    a group's number ("0" / "Bestuur en ondersteuning" / "0.1" / "Bestuur" / "0" / "0" /
    "0"), the rows' codes are no numbers: a small figure ending a row's run ("2", "0") is
    its last value, not the next row's code, and only the groups' numbers are codes."""
    valued = _first_valued(items, code + 1)
    before = items[valued - 1]
    return valued - 1 == code or (before.kind in "VY" and is_code(before.text))


def _first_valued(items: list[Item], first: int) -> int:
    """The first row from ``first`` that prints a value, past the group rows over it and
    their empty cells ("<Groep>" / " " / "<Naam>" / "JJJJ" / amounts): the row that
    shows what cells a row prints after its label."""
    k = first
    while k + 1 < len(items) and items[k].kind in "TP" and not is_valued(items, k):
        k += 1
    return k


def _unplaced_column_headings(
    items: list[Item],
    above: list[tuple[str, bool]],
    at: list[int],
    plain_at: list[int],
    leaves: list[str],
    lost: list[str],
) -> list[tuple[int, str]]:
    """The doubts said where a heading left above the leaves is shaped as a column's,
    words closed by a period ("Stand ontwerp-begroting 2025"), among leaves shaped so too,
    and heads none of them, neither as a group joined to them nor as one whose spans were
    lost: the heading block holds more column headings than the rows print values, and
    which of them is no column's the text does not tell (a heading line grouped otherwise
    than printed: "Mutatie Nota van" / "Wijziging 2025" read as two). (A group over bare
    periods, "Miljoenennota 2024" over "2024" / "2025", heads leaves of no words.)"""
    worded = [leaf for leaf in leaves if YEAR_IN.search(leaf) and not _BARE_PERIOD.match(leaf)]
    if not worded:
        return []
    said: list[tuple[int, str]] = []
    for j, (label, period) in enumerate(above):
        if (
            not period
            or _BARE_PERIOD.fullmatch(label)
            or label in lost
            or any(label in leaf for leaf in leaves)
        ):
            continue
        said.append(
            (
                items[at[plain_at[j]]].line,
                f"heading {label!r} is shaped as a column's but heads none of the "
                f"{len(leaves)} columns the rows fill: which heading is no column's the text "
                "does not tell; not read",
            )
        )
    return said


#: A mark a row prints in a text column after its values: one or two letters, or such
#: parted by slashes ("G", "P", "G/P" for gemeenten and provincies; "V" or "N"; "I" or "S").
_MARK = re.compile(r"[^\W\d_]{1,2}(?:/[^\W\d_]{1,2})*")
#: Fewest rows printing a note's number before their values that tell a note column there.
MIN_NOTES = 2
#: Fewest rows whose marks tell a column of marks.
MIN_MARKS = 2


#: A period alone on a heading's line: a year, or a date ("1-1-2008", "31-12-2008").
_BARE_PERIOD = re.compile(rf"(?:19|20)\d\d|{DATE.pattern}")


def _words_rejoined(
    items: list[Item], labels: list[tuple[str, bool]], at: list[int], kinds: list[str | None]
) -> tuple[list[tuple[str, bool]], list[int], list[str | None]]:
    """The headings of a heading printed a word a line, as a PDF's plain text layer prints
    headings wrapped in narrow columns ("Saldo" / "1-1-2008" / "Toevoe-" / "gingen" /
    "Onttrek-" / "kingen" / "Saldo" / "31-12-2008" over four columns): a word the line's
    end breaks (a hyphen, its rest in lower case on the next line) is one word again, as
    printed ("Toevoe-gingen"); in such a heading a period alone on its line ends the
    words above it ("Saldo 1-1-2008"), which no group spans, and a line opening in lower
    case goes on with the words above it ("Oorspronkelijk" / "bedrag"), as no heading
    starts so. Where no word is broken, a heading cell a plain text layer wraps over two
    lines printed line under line ("Mutaties (+ of –) 1e" / "suppletoire begroting (2)",
    "Primaire" / "begroting 2020", "Jaarrekening" / "2020") is joined so too, over as many
    lines as go on so until a period alone ends it ("Begroting" / "na wijziging" / "2021"),
    but a word over two periods or more is left as it is: it is as likely their group."""
    broken = {
        k
        for k in range(len(labels) - 1)
        if _ends_broken(labels[k][0]) and labels[k + 1][0][:1].islower()
    }

    def bare(j: int) -> bool:
        return j < len(labels) and _BARE_PERIOD.fullmatch(labels[j][0]) is not None

    def goes_on(k: int) -> bool:
        # without a broken word, only lines printed line under line go on, and a period
        # alone ends the words above it only where no period follows it: a word over two
        # periods or more may be their group's
        lone = bool(broken) or (
            not (bare(k + 1) and bare(k + 2))
            and k + 1 < len(labels)
            and items[at[k + 1]].line == items[at[k]].line + 1
        )
        return (
            k + 1 < len(labels)
            and (not labels[k][1] or qualifies(k))
            and not kinds[k]
            and (bare(k + 1) or _goes_on_words(labels[k + 1][0]))
            and lone
        )

    def qualifies(k: int) -> bool:
        # a heading naming its period goes on where the line under it opens in lower case
        # and names none ("Begroting 2022" / "na wijziging"): no heading starts so, and read
        # as one of its own the heading block had a column more than the rows print values.
        # A part of it ("waarvan incidenteel", "w.v. structureel") heads a column of its own
        following = labels[k + 1][0] if k + 1 < len(labels) else ""
        return (
            following[:1].islower()
            and WAARVAN.match(following) is None
            and not labels[k + 1][1]
            and read_unit(following, 0) is None
            and items[at[k + 1]].line == items[at[k]].line + 1
        )

    def corner(k: int) -> bool:
        # a word over the one period the block prints, which ends it ("Omschrijving" /
        # "2021" over one column of values), is the labels' heading in the corner, no
        # heading cell's first line
        return bare(k + 1) and k + 2 >= len(labels) and not any(p for _l, p in labels[:k])

    if not broken and not any(goes_on(k) for k in range(len(labels))):
        return labels, at, kinds
    joined: list[tuple[str, bool]] = []
    where: list[int] = []
    kind_of: list[str | None] = []
    k = 0
    while k < len(labels):
        text, period = labels[k]
        if k in broken or (goes_on(k) and not corner(k)):
            text = f"{text}{labels[k + 1][0]}" if k in broken else f"{text} {labels[k + 1][0]}"
            end = k + 1
            # a cell of three lines or more ("Primaire" / "begroting" / "2020"): it goes on
            # while no period has ended it
            while not broken and not bare(end) and goes_on(end):
                end += 1
                text = f"{text} {labels[end][0]}"
            if k in broken and not has_period(text) and bare(end + 1) and not bare(end + 2):
                # a heading whose word the line's end breaks ends, as every heading of
                # words over one column, at the period alone under it ("Stand 1e supp-" /
                # "letoire begroting" / "2020"); over two periods or more it may be their
                # group's, and stays as it is
                end += 1
                text = f"{text} {labels[end][0]}"
            period = bool(has_period(text)) and len(text) <= MAX_PERIOD_HEADING
            joined.append((text, period))
            where.append(at[k])
            kind_of.append(kinds[k])
            k = end + 1
            continue
        joined.append((text, period))
        where.append(at[k])
        kind_of.append(kinds[k])
        k += 1
    return joined, where, kind_of


def _goes_on_words(text: str) -> bool:
    """Whether a heading line opening in lower case goes on with the words above it
    ("Oorspronkelijk" / "bedrag"): no heading starts so, but a part of the one above does
    ("Uitgaven" / "waarvan apparaat"), which heads a column of its own."""
    return text[:1].islower() and not is_share(text)


def _ends_broken(text: str) -> bool:
    """Whether ``text`` ends in a word the line's end breaks with a hyphen, a compound's
    last part too ("Toevoe-", "Niet-belasting-": its rest on the next line)."""
    last = text.rsplit(" ", 1)[-1]
    part = last[:-1].rsplit("-", 1)[-1] + "-"  # a compound's last part ("belasting-")
    return last.endswith("-") and BROKEN_WORD.fullmatch(part) is not None


def _blocks(items: list[Item], picked: list[int]) -> list[list[int]]:
    """The item indexes ``picked`` in runs printed line under line, no blank line between."""
    runs: list[list[int]] = []
    for k in picked:
        if runs and items[k].line == items[runs[-1][-1]].line + 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def _cells_of_a_block(
    items: list[Item], picked: list[int], first: int
) -> tuple[list[tuple[str, bool]], list[int], list[str | None], int | None] | None:
    """The headings of a table a plain text layer prints a row a block: each row's label and
    values line under line, a blank line between rows ("1. Veilig water" / "58.410" /
    "60.215" ...), and its heading cells likewise one block, each cell wrapped over lines
    wherever its column was narrow ("Programma" / "Begroting" / "2022" / "primitief" /
    "Begroting" / "2022 na" / "wijziging" / "Rekening" / "2022" / "Verschil"). No blank
    line parts the cells there, but a heading cell opens with a capital and its lines
    after that go on with a year or in lower case: where the lines opening with a capital
    are exactly the labels' heading and one heading per value the rows print, those are
    the cells ("Begroting 2022 primitief"), each holding one period at most (a word over
    two years is their group's). Also, as the last of the four, the item of the first of
    the one-line blocks standing between the heading's block and the first valued row:
    group rows without values ("Lasten"), no headings (None where none stand there). None
    where the table is printed otherwise, or its heading block reads another way.
    ``picked``: the heading block's items after the caption, unit notes left out."""
    if not picked or any(items[k].kind not in "TY" for k in picked):
        return None
    runs = _blocks(items, picked)
    heading = len(runs)
    while heading and len(runs[heading - 1]) == 1 and items[runs[heading - 1][0]].kind == "T":
        heading -= 1  # one-line blocks: group rows, or a heading of one line
    if heading != 1 or len(runs[0]) < 3 or runs[0][0] != picked[0]:
        return None
    block = runs[0]
    groups = [run[0] for run in runs[1:]]
    label = first
    while label < len(items) and items[label].kind == "T" and not is_valued(items, label):
        label += 1  # group rows printed a line each at the table's top
    if (
        label + 1 >= len(items)
        or items[label].kind != "T"
        or items[label + 1].line != items[label].line + 1
        or items[(groups or [first])[0]].line <= items[block[-1]].line + 1
    ):
        return None  # a row's label and values not line under line, or no blank line
    cells: list[list[int]] = []
    for k in block:
        if items[k].text[:1].isupper() or not cells:
            cells.append([k])
        else:
            cells[-1].append(k)
    width = data_width(rows_preview(items, label), False)
    if len(cells) != width + 1 or not items[cells[0][0]].text[:1].isupper():
        return None
    texts = [joined_heading([items[k].text for k in cell]) for cell in cells]
    if any(len(YEAR_IN.findall(text)) > 1 for text in texts):
        return None
    kinds = [heading_kind(text) for text in texts]
    if any(kinds[1:]):
        return None  # a text or code column: its cells are read otherwise
    labels = [
        (fold(text), bool(has_period(text)) and len(text) <= MAX_PERIOD_HEADING) for text in texts
    ]
    return labels, [cell[0] for cell in cells], kinds, groups[0] if groups else None


def _cells_ended_by_units(
    labels: list[tuple[str, bool]], at: list[int], kinds: list[str | None]
) -> tuple[list[tuple[str, bool]], list[int], list[str | None], list[int]]:
    """The headings of a heading block a plain text layer prints a heading cell's lines one
    after the other, each cell ending in its column's unit ("Vastgestelde" / "begroting
    2001" / "(mln gulden)" / "Ontwerp-" / "begroting 2002" / "(mln euro)"): where units in
    brackets end the block and stand every as many lines (two or more), each run of lines
    up to a unit is one heading, joined as printed ("Ontwerp-begroting 2002 (mln euro)");
    lines before the first cell stay (the labels' heading). Also the item indexes of the
    units joined, no notes of the table's then. Unchanged where the units stand otherwise
    (a row of units under a row of headings, "Bedrag" / "Aandeel" / "(x € 1.000)" /
    "(%)")."""
    units = [k for k, (label, _period) in enumerate(labels) if _says_unit(label)]
    if len(units) < 2 or units[-1] != len(labels) - 1:
        return labels, at, kinds, []
    size = units[1] - units[0]
    steps = [b - a for a, b in pairwise(units)]
    start = units[0] + 1 - size
    if size < 2 or start < 0 or any(step != size for step in steps):
        return labels, at, kinds, []
    if any(kinds[start:]):
        return labels, at, kinds, []
    joined = labels[:start]
    where = at[:start]
    kind_of = kinds[:start]
    for first in range(start, len(labels), size):
        text = joined_heading([label for label, _period in labels[first : first + size]])
        joined.append((text, bool(has_period(text)) and len(text) <= MAX_PERIOD_HEADING))
        where.append(at[first])
        kind_of.append(None)
    return joined, where, kind_of, [at[k] for k in units]


def _word_over_the_next_year(
    labels: list[tuple[str, bool]], at: list[int], kinds: list[str | None], data: int
) -> tuple[list[tuple[str, bool]], list[int], list[str | None]]:
    """The headings of a heading block whose word stands between period headings and over
    a run of years, as a plain text layer prints a mutations table's heading ("Art. nr." /
    "Verplichtingen" / "2018" / "Uitgaven" / "2018" / "2019" / "2020" / "2021"): where the
    rows print as many values as the periods before the word and the years after it, the
    word is the first line of the heading right under it ("Uitgaven 2018"), and the years
    after head a column each, where the year under the word is the one the heading before
    it ends in (two columns of one year). (A word before every period heads them as their
    group, and a caption naming years stands over a word and years each its own column.)"""
    end = len(labels)
    while end and kinds[end - 1]:
        end -= 1  # text columns after the values
    bare = end
    while bare and not kinds[bare - 1] and _BARE_PERIOD.fullmatch(labels[bare - 1][0]):
        bare -= 1
    word = bare - 1
    if end - bare < 2 or word < 1:
        return labels, at, kinds
    before = word
    while before and labels[before - 1][1] and not kinds[before - 1]:
        before -= 1
    if labels[word][1] or kinds[word] or before == word or (word - before) + (end - bare) != data:
        return labels, at, kinds
    if YEAR_IN.findall(labels[word - 1][0])[-1:] != [labels[bare][0][-4:]]:
        return labels, at, kinds  # the word's year is no second column of the year before it
    text = f"{labels[word][0]} {labels[bare][0]}"
    return (
        [*labels[:word], (text, True), *labels[bare + 1 :]],
        [*at[:word], at[word], *at[bare + 1 :]],
        [*kinds[:word], None, *kinds[bare + 1 :]],
    )


def _words_between_periods(
    items: list[Item],
    labels: list[tuple[str, bool]],
    at: list[int],
    kinds: list[str | None],
    data: int,
) -> tuple[list[tuple[str, bool]], list[int], list[str | None], list[tuple[int, str]]]:
    """The headings of a heading block whose undated words between dated headings are
    heading cells a plain text layer wraps over lines that each open in capitals
    ("Begroting 2025" / "na wijziging" / "Mutatie" / "Voorjaarsnota" / "Begroting 2025" /
    "na Voorjaarsnota" over three values): where the headings from the first dated one to
    the last are more than the values the rows print (``data``), and joining each run of
    such words printed line under line between two dated headings makes them exactly as
    many, each run is one heading ("Mutatie Voorjaarsnota"). Read apart, the block held a
    column more than the rows fill and a dated heading was cut off as a group's. Words
    before the first dated heading (the labels' own, a group's) are left as they are. The
    value headings after the last dated one ("Realisatie" / "t/m augustus") are counted
    too where the headings up to it do not fit and the rows below print no group row of
    their own (``_group_row_below``): then they head the last columns, no group rows.

    Where a run holds several cells, the headings fit neither joined nor apart: a run is
    then parted where its cells open (``_cell_openings``: its first line printed again, or
    a column's word), where that makes them as many as the values. A single run that no
    opening parts is parted into as many cells as the values leave it, of as many lines
    each as may be, and said as a doubt (the rows fix the cells, only their headings are
    in doubt). Also those doubts. A block that none of these makes fit is left as it is."""
    dated = [k for k, (_label, period) in enumerate(labels) if period and not kinds[k]]
    if len(dated) < 2:
        return labels, at, kinds, []
    runs = _runs_between(items, at, kinds, dated)
    after = not any(kinds[dated[-1] :]) and not _group_row_below(items, at[-1])

    def fits(openings: dict[int, list[int]]) -> bool:
        """Whether the headings from the first dated one up to the last, or up to the end
        (``after``), are more than the rows' values, and as many with the runs parted at
        ``openings``."""
        joins = sum(end + 1 - start - len(openings[start]) for start, end in runs.items())
        return any(
            data < last - dated[0] == data + joins
            for last in (dated[-1] + 1, *((len(labels),) if after else ()))
        )

    doubts: list[tuple[int, str]] = []
    openings = {start: [start] for start in runs}
    if not fits(openings):
        openings = {
            start: _cell_openings([label for label, _p in labels[start : end + 1]], start)
            for start, end in runs.items()
        }
    if not fits(openings) and len(runs) == 1:
        [(start, end)] = runs.items()
        lines = end + 1 - start
        cells = data - (dated[-1] + 1 - dated[0] - lines)
        if not 1 < cells < lines:
            return labels, at, kinds, []
        openings = {start: [start + lines * k // cells for k in range(cells)]}
        doubts.append(
            (
                items[at[start]].line,
                f"the {lines} heading lines between {labels[dated[0]][0]!r} and "
                f"{labels[dated[-1]][0]!r} head {cells} columns: which lines head which the "
                "text does not tell; read as lines of about equal count",
            )
        )
    elif not fits(openings):
        return labels, at, kinds, []
    cut = {k for start in runs for k in openings[start]}
    parted = {k for start, end in runs.items() for k in range(start, end + 1)}
    joined: list[tuple[str, bool]] = []
    where: list[int] = []
    kind_of: list[str | None] = []
    for k, (label, period) in enumerate(labels):
        if k in parted and k not in cut:
            joined[-1] = (f"{joined[-1][0]} {label}", joined[-1][1])
            continue
        joined.append((label, period))
        where.append(at[k])
        kind_of.append(kinds[k])
    return joined, where, kind_of, doubts


def _cell_openings(lines: list[str], start: int) -> list[int]:
    """Where the heading cells of a run of undated heading lines open (positions from
    ``start``): at its first line and wherever that line is printed again, a group's word
    over each cell it opens ("Mutaties" / "Voorjaarsnota" / "Mutaties" / "Najaarsnota");
    else at each line opening with a column's word ("Mutatie", "Bijstelling", "Stand",
    "Verschil": ``heads_columns``, ``column_word``) where the first does; else the run is
    one cell."""
    first = lines[0].lower()
    again = [k for k, line in enumerate(lines) if line.lower() == first]
    worded = [k for k, line in enumerate(lines) if heads_columns(line) or column_word(line)]
    for opens in (again, worded):
        if len(opens) >= 2 and opens[0] == 0:
            return [start + k for k in opens]
    return [start]


def _runs_between(
    items: list[Item], at: list[int], kinds: list[str | None], dated: list[int]
) -> dict[int, int]:
    """The first and last word of each run of two undated words or more between two dated
    headings (the ``dated`` positions), printed line under line, no kind among them: the
    lines one heading cell a plain text layer wraps may be."""
    runs: dict[int, int] = {}
    for a, b in pairwise(dated):
        if (
            b - a > 2
            and not any(kinds[a + 1 : b])
            and all(items[at[k + 1]].line == items[at[k]].line + 1 for k in range(a + 1, b - 1))
        ):
            runs[a + 1] = b - 1
    return runs


def _marks_after_values(items: list[Item], first: int, width: int) -> bool:
    """Whether the rows from ``first`` print a mark right after their ``width`` values (a
    text cell of one or two letters, ``_MARK``), ``MIN_MARKS`` times at least within
    ``CODED_REACH`` items, and no such text before the first row's label: the word heading
    printed after ``width`` periods heads that column of marks, no value column nor the first
    group row. (A letter opening each label, "A" / "Mobiliteitsfonds" / values, stands after
    the values of the row above it too, but before the first row's label as well.)"""
    marks = 0
    label = next((k for k in range(first, len(items)) if items[k].kind == "T"), len(items))
    if label < len(items) and _MARK.fullmatch(items[label].text) and is_valued(items, label + 1):
        return False  # (the first row's letter, its label after it)
    for k in range(first + 1, min(len(items), first + CODED_REACH)):
        item = items[k]
        if item.kind == "X" or (item.kind == "T" and CAPTION.match(item.text)):
            break
        if item.kind != "T" or items[k - 1].kind != "V" or not _MARK.fullmatch(item.text):
            continue
        start = k
        while start > first and items[start - 1].kind in "VD":
            start -= 1
        marks += k - start == width
    return marks >= MIN_MARKS


#: Fewest valued rows whose cells after their values tell a column there.
MIN_AFTER = 3
#: Texts in a row before its values past which the rows are taken to have ended.
MAX_ROW_TEXTS = 4
#: Items looked at for a column after the values: a table's last row must be seen.
AFTER_REACH = 240


def _names_labels_alone(text: str) -> bool:
    """Whether a heading's line is the labels' own heading alone, capitalised
    ("Omschrijving", ``LABEL_HEADINGS``): a cell of its own, printed right under a title
    over the headings ("Overzicht investeringen 2026" / "Omschrijving" / "Bedrag"), never
    the next line of a heading cell wrapped over lines, which goes on in lower case ("Korte"
    / "omschrijving")."""
    return text[:1].isupper() and text.lower() in LABEL_HEADINGS


def _names_labels(first: list[tuple[str, bool]]) -> bool:
    """Whether the first plain heading (``first``: it alone, or none) is the labels' own, a
    word naming what the rows are (``LABEL_HEADINGS``: "Omschrijving", "Regeling",
    "Onderdeel"), no period: the corner's, over the row labels, never a column of values."""
    return bool(first) and not first[0][1] and first[0][0].lower() in LABEL_HEADINGS


#: Items read for the rows' labels a corner's word may name (``_kind_of_rows``): a dozen
#: rows of a label and a value.
KIND_ITEMS = 24


def _kind_of_rows(first: list[tuple[str, bool]], items: list[Item], row: int) -> bool:
    """Whether the heading before the value column's (``first``: it alone, or none) names
    the kind of item the rows are (``names_kind_of_rows``), as the labels from ``row``, the
    first, each followed by a value, up to the next stretch of cells, say: "Reserve" over
    "Reserve <a>" / "Algemene reserve". No period heading does."""
    if not first or first[0][1] or not first[0][0].isalpha():
        return False
    labels = []
    for k in range(row, min(len(items) - 1, row + KIND_ITEMS)):
        if items[k].kind == "X":
            break
        if items[k].kind == "T" and items[k + 1].kind in "VD":
            labels.append(items[k].text)
    return names_kind_of_rows(first[0][0], labels)


def _last_word(labels: list[tuple[str, bool]], kinds: list[str | None]) -> int | None:
    """The index of the last heading of words that no word of ours names, where only period
    headings (the second row of a two-row heading: "Realisatie" / ... / "Fase" /
    "2020" / ... / "2022") follow it; None where there is none, or where it is the first
    heading (the labels' own)."""
    k = len(labels) - 1
    while k >= 0 and labels[k][1] and not kinds[k]:
        k -= 1
    return None if k <= 0 or labels[k][1] or kinds[k] else k


def _labels_heading_last(
    labels: list[tuple[str, bool]],
    kinds: list[str | None],
    values: int,
    runs: list[tuple[list[Item], bool]],
) -> bool:
    """Whether the block's last heading is the labels' own, printed after the columns'
    headings rather than in the corner before them: a word naming what the rows are
    (``ROW_HEADINGS``: "Perioden", "Regio's"), as a statistics site's table view prints its
    rows' dimension last, with at least as many headings before it as the rows print values
    (read as a column, the word took the last column and pushed every value one over; after
    period headings, it was read as the first rows' group). A word naming periods over rows
    (``runs``, the first rows' value runs) each ending on a year ("Project" / "Bedrag" /
    "Jaar" over "Fietspad Noordweg" / "250" / "2026") heads the column those years fill."""
    if not labels or kinds[-1] or labels[-1][1] or labels[-1][0].lower() not in ROW_HEADINGS:
        return False
    if labels[-1][0].lower() in PERIOD_HEADINGS and _rows_end_on_years(runs):
        return False
    return 1 <= values <= sum(1 for kind in kinds[:-1] if not kind)


def _empty_norms_last(labels: list[tuple[str, bool]], kinds: list[str | None], values: int) -> bool:
    """Whether the block's last heading heads a column of norms no row prints a value in
    (``NORM_HEADINGS``), right after as many period headings as the rows print values, two
    at least: the norms' cells are printed empty or left out. Read as a group row, the word
    became the parent of every row; read as a column, it pushed no value over but left the
    rows one value short."""
    if not labels or kinds[-1] or labels[-1][1] or labels[-1][0].lower() not in NORM_HEADINGS:
        return False
    periods = 0
    while periods + 1 < len(labels) and labels[-2 - periods][1] and not kinds[-2 - periods]:
        periods += 1
    return 2 <= periods == values


def _rows_end_on_years(runs: list[tuple[list[Item], bool]]) -> bool:
    """Whether each of the first rows with values prints a year as its last value (two
    rows at least): the years of a column, not the rows' own periods."""
    lasts = [next((i for i in reversed(run) if i.kind in "VYD"), None) for run, _f in runs]
    lasts = [item for item in lasts if item is not None]
    return len(lasts) >= 2 and all(is_year_heading(item.text) for item in lasts)


#: Per valued row from a table's first: the texts before its values (its label, maybe its
#: code and the text cells of the row above), its run of values and where its texts
#: start; and the item right after the last row's run (``_valued_rows``).
_ValuedRows = tuple[list[int], list[list[Item]], list[int], int]


def _valued_rows(items: list[Item], first: int) -> _ValuedRows:
    """The valued rows from ``first`` as ``_column_after_values`` reads them: each a run of
    texts, then its values. A code-like number in a cell of its own right before a text is
    one of those texts, the code of the label after it ("nee" / "N" / "<Naam>"), not a
    row's one value."""
    gaps: list[int] = []
    runs: list[list[Item]] = []
    starts: list[int] = []
    end = first
    k = first
    while k < len(items) and k < first + AFTER_REACH:
        texts = 0
        start = k
        while k < len(items) and (
            items[k].kind == "T"
            or (items[k].kind == "P" and texts and k + 1 < len(items) and items[k + 1].kind == "T")
            or (
                items[k].kind in "VY"
                and k + 1 < len(items)
                and items[k + 1].kind == "T"
                and is_code(items[k].text)
            )
        ):
            if items[k].kind == "T" and (CAPTION.match(items[k].text) or is_prose(items[k].text)):
                break
            if _empty_group_row(items, k):
                k += 2  # a group row printing its empty cells: no cell of the rows'
                continue
            texts += 1
            k += 1
        if texts == 0 or texts > MAX_ROW_TEXTS or k >= len(items):
            break
        run, after = run_at(items, k)
        if not any(item.kind in "VY" for item in run):
            break
        gaps.append(texts)
        runs.append(run)
        starts.append(start)
        end = k = after
    return gaps, runs, starts, end


def _cells_with_text_after(items: list[Item], rows: _ValuedRows) -> int | None:
    """How many cells each of the valued ``rows`` prints, its texts, its values and one text
    cell after them (``_column_after_values``' text form), where every row after the first
    is preceded by exactly one text more than the first row is, the first of them no code,
    every row prints its values to the widest one's last column or ends in an empty cell,
    and the last row closes with that cell: its text, or an empty one, and no row after.
    None where the rows print no such cell (``MIN_AFTER`` rows at least)."""
    gaps, runs, starts, end = rows
    if len(runs) < MIN_AFTER:
        return None
    # each row's cells up to its last value (an empty cell after them may be the column's)
    widths = [
        len(run) - next(j for j, item in enumerate(run[::-1]) if item.kind != "P") for run in runs
    ]
    full = max(widths)
    if (
        # a row printing fewer cells ends in the column's empty one (a total printing no
        # year where the rows print one before their amounts, and no mark after them)
        all(width == full or run[-1].kind == "P" for width, run in zip(widths, runs, strict=True))
        and full >= 2  # (one value and a text: a label's group row as well)
        and all(gap == gaps[0] + 1 for gap in gaps[1:])
        and all(items[start].kind == "T" and not is_code(items[start].text) for start in starts[1:])
        and (
            runs[-1][-1].kind == "P"
            or (end < len(items) and items[end].kind == "T" and _last_row(items, end + 1))
        )
    ):
        return gaps[0] + full + 1
    return None


def _text_on_the_last_line(items: list[Item], first: int, headings: int) -> bool:
    """Whether the rows from ``first`` print a text on the line of the last of ``headings``
    (a heading row's cells, the labels' included) after their values, ``MIN_AFTER`` rows at
    least, where no blank line parts the cells: each cell stands on its own line under the
    row's label, an empty one an empty line ("Afsluiten ja/nee" over "<Naam>" / "2021" /
    four amounts / "ja"). A text on that line is the row's cell in the last column; the
    next row's label stands a line further on, its values after it. The empty lines give
    no items, so the rows' runs are not all as long (a group row's cells are all empty
    lines, a total prints no year and no mark), and counting items (``_column_after_values``)
    took each text for the next row's label. No row may print a value on that line (the
    column's values are figures) nor a text there that has values after it (a label)."""
    if headings < 2:
        return False
    texts = 0
    k = first
    while k < min(len(items), first + AFTER_REACH):
        label = items[k]
        if label.kind == "X" or (label.kind == "T" and CAPTION.match(label.text)):
            break
        if label.kind != "T" or not is_valued(items, k):
            k += 1
            continue
        last = label.line + headings - 1  # the last column's line
        k += 1
        while k < len(items) and items[k].kind in "VYDP":
            if items[k].line >= last:
                return False  # (a value on the last column's line, or past it)
            k += 1
        if k < len(items) and items[k].kind == "T" and items[k].line == last:
            if is_valued(items, k):
                return False  # (a label with values of its own)
            texts += 1
            k += 1
    return texts >= MIN_AFTER


def _column_after_values(items: list[Item], first: int, headings: int) -> bool:
    """Whether the rows from ``first`` each print one cell after their values, the cell of a
    column the heading names last, not the next row's: ``MIN_AFTER`` valued rows at least,
    every one of them in one of two forms.

    A text cell ("ja" / "nee"), under a heading of one row whose ``headings`` (0: a row of
    periods under the words) count every cell a row prints, its texts, its values and that
    cell: every row after the first is preceded by exactly one text more than the first row
    is (its label, maybe its code), the first of them no code ("<Code>" / "<Naam>" / values
    / "ja" / "<Code>" / "<Naam>" / values / "nee"; ``_cells_with_text_after``).
    (Rows each under a group row of its own print the same texts, but the headings count no
    column for them.)

    A small number or an empty cell ("Verplichtingen" / five values / "N" / "Uitgaven" /
    five values / " "): every row's run is as long and ends in a placeholder or a code-like
    number, two numbers at least, where each column before it prints an amount no code
    reads as ("N.NNN.NNN", "– N.NNN": a table of small amounts, "NNN" / "NNN", is no such
    column); the first row has no code before its label, and after the last row's number
    no row follows. (A column of codes before the labels prints the same
    run with its number before each next label, but also one before the first row and
    none after the last.)
    """
    rows = _valued_rows(items, first)
    _gaps, runs, _starts, end = rows
    if len(runs) < MIN_AFTER:
        return False
    if _cells_with_text_after(items, rows) == headings:
        return True  # (the last row's cell too: its text, or an empty one, and no row after)
    # the number form
    tails = [run[-1] for run in runs]
    numbers = [tail for tail in tails if tail.kind in "VY" and is_code(tail.text)]
    if (
        len({len(run) for run in runs}) != 1
        or len(runs[0]) < 2
        or any(tail.kind != "P" and tail not in numbers for tail in tails)
        or len(numbers) < 2
        or tails[-1] not in numbers
        or is_code(items[first].text)
        or not all(
            any(run[j].kind in "VY" and not is_code(run[j].text) for run in runs)
            for j in range(len(runs[0]) - 1)
        )
    ):
        return False  # (every other column prints an amount no code reads as somewhere)
    return _last_row(items, end)  # (a row after the number: it was that row's code)


#: Words of a heading over a column of values, not codes ("Realisatie", "Begroting 2025",
#: "Verschil"): a column of small amounts under it stays one of values.
_VALUE_HEADING = re.compile(
    r"realis|begrot|raming|rekening|verschil|totaal|stand|saldo|mutatie|bedrag|prognose"
    r"|budget|vastgesteld|\d{4}",
    re.IGNORECASE,
)


def _code_over_groups(
    items: list[Item], at: list[int], kinds: list[str | None], first_leaf: int
) -> bool:
    """Whether a heading of two rows after a blank corner heads a code column between the
    labels and the values: its first heading is the code's, the group headings over the
    values follow it (``first_leaf``: where the leaves start), and the leaves' row opens
    with two empty cells, the corner's and the code column's (" " / "Art.nr." /
    "Verplichtingen" / "Uitgaven" / "Ontvangsten" over " " / " " / "2022" / "2022" /
    "2023" ...). The code heading stands where it stands in a heading of one row (" " /
    "Art." / "2024"), before the first column of values, the groups' row only between:
    read as the labels' code printed before them, a stand's empty code cell was an empty
    first value, every value of its row a column over and its last the next row's code. A
    code heading first with no blank corner ("Art." / " " / groups: the labels' own) or
    without the leaves' two empty cells is left as it is."""
    if first_leaf < 2 or kinds[0] != "code" or any(kinds[1:first_leaf]):
        return False
    k = at[first_leaf]
    empty = 0
    while k - 1 > at[first_leaf - 1] and items[k - 1].kind == "P":
        empty += 1
        k -= 1
    return empty == 2


def _code_over_last_empty_cell(
    items: list[Item], at: list[int], first_leaf: int, run_end: int, first: int
) -> bool:
    """Whether the code heading printed last in the words' row of a heading of two rows
    stands over the periods' row's last cell, printed empty (" " / "Uitgaven" / "Art.nr."
    over " " / "2019" / " "): the periods' row opens with its corner's empty cell under the
    words' row and closes with the empty cell under the code's heading, right over the first
    row. The code column stands after the values, as the words' row prints it; read as one
    between the labels and the values, each row's code after its value was taken for the
    next row's code before its label. One empty cell each side, no more: a heading of one
    row ("Omschrijving" / "Art.nr." / "2024") prints none between the code and the period."""
    if run_end <= first_leaf or first_leaf < 1:
        return False
    opening = items[at[first_leaf - 1] + 1 : at[first_leaf]]
    closing = items[at[run_end - 1] + 1 : first]
    return all(
        len(cells) == 1 and cells[0].kind == "P" and cells[0].width <= 1
        for cells in (opening, closing)
    )


def _codes_before_values(items: list[Item], first: int, width: int) -> bool:
    """Whether every valued row from ``first`` prints one cell more than the ``width``
    columns its periods head, the first a code-like number or an empty cell and the others
    filling the columns (a programme's or article's number after the label: "Regio Deal" /
    "1" / "1.250" / "1.250" / "1.250" / "-", and " " before a total's four amounts):
    ``MIN_AFTER`` valued rows at least, two of them with a code, the first row's label no
    code, and the column after the codes printing an amount no code reads as. Read as the
    first period's value, each code took the first year and every amount moved a year on."""
    rows = codes = 0
    amounts = False
    k = first
    if code_at(items, first):
        return False  # (a code before each label, the first row's too)
    while k < len(items) and k < first + AFTER_REACH:
        item = items[k]
        if item.kind != "T" or CAPTION.match(item.text) or is_prose(item.text):
            break
        run, k = run_at(items, k + 1)
        if not any(cell.kind in "VY" for cell in run):
            continue  # a group row, its cells empty or none
        if len(run) != width + 1 or any(cell.kind == "P" and cell.width > 1 for cell in run):
            return False
        lead = run[0]
        if lead.kind in "VY" and is_code(lead.text):
            codes += 1
        elif lead.kind != "P":
            return False
        amounts = amounts or (run[1].kind == "V" and not is_code(run[1].text))
        rows += 1
    return rows >= MIN_AFTER and codes >= 2 and amounts


def _empty_group_row(items: list[Item], k: int) -> bool:
    """Whether the text at ``k`` is a value-less group row printing its empty cells as one
    placeholder wider than one space, the next row's label after it ("<Groep>" / N
    spaces / "<Naam>"): a text column's one empty cell prints one space."""
    return (
        k + 2 < len(items)
        and items[k].kind == "T"
        and items[k + 1].kind == "P"
        and items[k + 1].width > 1
        and items[k + 2].kind == "T"
    )


def _codes_after_labels(items: list[Item], first: int, width: int) -> bool:
    """Whether the rows from ``first``, under a code heading printed first ("Art." /
    "Verplichtingen" / "Uitgaven" / "Ontvangsten"), print each row's code after its label,
    not before it: every valued row prints, after its label, a code cell and exactly the
    ``width`` values, or the values alone (a stand or a total has no code and prints no
    empty cell for it); the code a code-like number or one written out ("<Naam>" / "N" /
    three amounts, "Overige mutaties" / "div." / three values). ``MIN_AFTER``
    valued rows at least, two of them with a code, the first row's label no code, and an
    amount no code reads as right after a code. (Codes before the labels print the same
    items, but each code ends the run of the row above, after its amounts: read so here,
    the rows had pushed every value a column on and lost each row's last one.) Read so,
    codes before the labels leave a coded row without its code: the last before a stand
    or a total, its code ending the run of the row above (its run the values alone,
    "<post>" / "N" / "€ X" / "€ X" after "N"), and give the first row, the next label's
    code ending its run, one ("Stand ontwerpbegroting JJJJ" / "N" / "€ X" / "N" / "N").
    So where the first row reads with a code, every row without one must be a stand or a
    total (``CLOSING``: "Totaal mutaties"); a first row of values alone (a stand) tells
    the codes come after by itself."""
    if is_code(items[first].text) or (first > 0 and code_cell(items, first - 1)):
        return False
    rows = codes = 0
    amounts = first_coded = False
    codeless: list[str] = []
    k = first
    while k < len(items) and k < first + AFTER_REACH:
        item = items[k]
        if item.kind != "T" or CAPTION.match(item.text) or is_prose(item.text):
            break
        label = item.text
        if not is_valued(items, k):
            nxt = k + 1
            if nxt < len(items) and _written_code_cell(items, nxt):
                run, k = run_at(items, nxt + 1)
                written = True
            else:
                k = next_solid(items, nxt)  # a group row, its cells empty or none
                continue
        else:
            run, k = run_at(items, k + 1)
            written = False
        values = [cell for cell in run if cell.kind != "P"]
        if len(values) != len(run):
            return False  # (empty cells printed: the columns are read by them)
        coded = written or (len(values) == width + 1 and is_code(values[0].text))
        if len(values) - (coded and not written) != width:
            return False
        if coded:
            codes += 1
            after = values[0] if written else values[1]
            amounts = amounts or (after.kind == "V" and not is_code(after.text))
        else:
            codeless.append(label)
        first_coded = first_coded if rows else coded
        rows += 1
    if first_coded and not all(CLOSING.match(label.strip()) for label in codeless):
        return False  # a codeless row of a line item: the codes end the rows above
    return rows >= MIN_AFTER and codes >= 2 and amounts


def _written_code_cell(items: list[Item], pos: int) -> bool:
    """Whether the text at ``pos`` is a code written out ("div.") right before its row's
    values, after the label: a short abbreviation ending in a full stop."""
    text = items[pos].text.strip()
    return (
        items[pos].kind == "T"
        and text.endswith(".")
        and WRITTEN_CODE.fullmatch(text) is not None
        and is_valued(items, pos)
    )


#: A code column's cell written out: an abbreviation or a short word ("div.", "Div", "alle").
WRITTEN_CODE = re.compile(r"[^\W\d_]{1,4}\.?")


def code_cell(items: list[Item], pos: int) -> bool:
    """Whether the item at ``pos`` is a code column's cell before the next row's label: a
    code ("4.1", "32"), a list of them a comma and a space apart ("1, 3, 4", "6, 7": a
    mutation on several articles names each, as a text layer's code column prints them,
    ``CODES``), one written out ("div.", "alle"), right before a text or a spacer row
    before one. (A list read as no code was the next row's group heading, and the row
    after it took the code after its own values as its label's.)"""
    text = items[pos].text.strip()
    return (
        items[pos].kind in "VYT"
        and (
            is_code(text)
            or CODES.fullmatch(text) is not None
            or WRITTEN_CODE.fullmatch(text) is not None
        )
        and _text_next(items, pos + 1)
    )


def _text_next(items: list[Item], pos: int) -> bool:
    """Whether the item at ``pos`` is a text, or a spacer row's placeholder right before
    one (the table's blank row before its closing stand, printed after the last code)."""
    if pos < len(items) and items[pos].kind == "P":
        pos += 1
    return pos < len(items) and items[pos].kind == "T"


def codes_after_values(items: list[Item], first: int, width: int) -> bool:
    """Whether the rows from ``first``, under a code column headed after the periods
    ("2024" / ... / "2028" / "Art."), each print their code after their values, not
    before their label: every row, a group row without values too, is followed by exactly
    one code cell, a code ("4.1", "32"), a list of them ("1, 3, 4"), one written out
    ("div.", "alle") or one empty cell of one space (a group row may print all its empty
    cells as one wider placeholder instead), the first row's label has none before it and
    the last row is followed by its own cell, then no row ("Verplichtingen" / values / " "
    / "Uitgaven" / values / " " / "Opdracht" / "  " / "4.1" / "Afdeling advisering" /
    values / "4.1" / ... / "Ontvangsten" / values / " "). A column of codes before the
    labels prints the same cells between the rows, but none after the last row (a spacer
    row of wider white space may stand there): where the last row has no cell of its own,
    or a row has none, the codes stay the next labels'. A code printed as a number is the
    run's cell past the ``width`` values ("‒ 412.500" / "32" under one year).
    ``MIN_AFTER`` valued rows at least."""
    if items[first].kind != "T" or is_code(items[first].text):
        return False
    valued = 0
    k = first
    while k < len(items) and items[k].kind == "T":
        if CAPTION.match(items[k].text) or is_prose(items[k].text):
            break
        run, after = run_at(items, k + 1)
        values = [item for item in run if item.kind != "P"]
        cell = bool(run) and (
            (run[-1].kind == "P" and run[-1].width <= 1)
            or (len(values) == width + 1 and run[-1] is values[-1] and is_code(run[-1].text))
            or _code_cell_past(run, width)
        )
        if not cell and after < len(items) and code_cell(items, after):
            cell, after = True, after + 1
        if any(item.kind in "VY" for item in run):
            if not cell:
                return False  # (a row without its code after it: the codes are before)
            valued += 1
        # (a group row may print its empty cells, the code's too, as one wide placeholder)
        elif not cell and not (run and all(item.kind == "P" for item in run)):
            break  # a text after the table, no row of it
        k = after
    return valued >= MIN_AFTER and _last_row(items, k)


def _code_cell_past(run: list[Item], width: int) -> bool:
    """Whether a row's run prints its ``width`` cells, its empty ones among them, and then
    the code column's cell: a code, or one space where it has none, with nothing after it
    but placeholders (a spacer row's, under the table's last row or a group's). Its empty
    cells are read either way a table prints them (n spaces for n cells, or 2n - 1): the
    cell after its ``width`` cells starts where one reading ends them ("‒ 250.000" /
    "120.000" / " " / " " / " " / " " / "3" under five years and "Art.nr.")."""
    for conv in ("same", "odd"):
        at = past_cells(run, width, conv)
        if at is None:
            continue
        cell = run[at]
        coded = (cell.kind == "P" and cell.width <= 1) or (cell.kind in "VY" and is_code(cell.text))
        if coded and all(item.kind == "P" for item in run[at + 1 :]):
            return True
    return False


def _last_row(items: list[Item], pos: int) -> bool:
    """Whether no valued row follows the texts from ``pos`` (``MAX_ROW_TEXTS`` at most)."""
    for k in range(pos, min(len(items), pos + MAX_ROW_TEXTS)):
        if items[k].kind != "T":
            break
        if is_valued(items, k):
            return False
    return True


#: Fewest rows of one value each a captioned table of one column prints.
MIN_SINGLE_ROWS = 3
#: Fewest such rows where a text column's heading follows the value column's.
MIN_TEXT_ROWS = 2


def _one_column(
    caption: Item | None,
    plain: list[tuple[str, bool]],
    runs: list[tuple[list[Item], bool]],
    data: int,
    text_after: bool = False,
    series: bool = False,
    coded: bool = False,
    kind_of_rows: bool = False,
    blank_corner: bool = False,
) -> bool:
    """Whether a heading without a period heads a table of one value column: a numbered
    caption ("Tabel 7.2 Aardgasbaten in procenten bbp"), the labels' heading and the
    column's ("Jaar" / "Aardgasbaten"), and ``MIN_SINGLE_ROWS`` rows at least each printing
    one value ("2005" / "1,3" / "2008" / "2,1" / ...). (Without a caption, a text over a
    label and a number is as often a note and its figure.) Where a text column's heading
    follows the value column's ("Onderdeel" / "Aantal overschrijdingen" / "Toelichting",
    ``text_after``), the three headings say a table stands there: two rows suffice, each
    printing one value and maybe its text cell ("n.v.t."). A corner naming years ("Jaar" /
    "Extra middelen (x € 1 mln)") over rows labelled by years (``series``: "2025" / "540" /
    "2026" / ...) says a table as a caption does: a note prints no such corner. Under a
    code column's heading (``coded``: "Gemeentecode" / "Gemeente" / "Bedrag"), a code ending
    a run before the next row is that row's ("NNNN" after "N.NNN"), no second value, as
    ``data_width`` counts it: counted, no row printed one value and the table was lost. The
    labels' own heading right before the value column's ("Omschrijving" / "Bedrag (x €
    1.000)", ``LABEL_HEADINGS``, a code column's "Nr." before it maybe) says a table as a
    caption does: a note over its figure prints no word naming the rows under it. So does
    a corner naming the kind of item its rows are where most rows are named so
    (``kind_of_rows``: "Reserve" over "Reserve <a>" / "Algemene reserve"). Under a caption,
    the labels' corner printed as an empty cell (``blank_corner``) before the value
    column's heading and a text column's after it (" " / "Uitgaven" / "Artikelnr.", a
    suppletoire begroting's mutations on its expenditure alone, each row's article after
    its value) is a heading row of three cells as "Jaar" / "Bedrag" is one of two: a note
    over its figure prints no empty cell before its words."""
    counts = [
        sum(i.kind in "VYD" for i in run)
        - (coded and follows and len(run) > 1 and run[-1].kind in "VY" and is_code(run[-1].text))
        for run, follows in runs
    ]
    singles = sum(1 for count in counts if count == 1 or (text_after and count == 2))
    needed = MIN_TEXT_ROWS if text_after else MIN_SINGLE_ROWS
    named = (
        caption is not None
        or (series and bool(plain) and _YEARS_CORNER.fullmatch(plain[0][0]) is not None)
        or _names_labels(plain[-2:-1])
        or kind_of_rows
    )
    headed = len(plain) >= 2 or (blank_corner and text_after and caption is not None)
    return named and data == 1 and headed and singles >= needed


#: The labels' heading of a time series: what its row labels are.
_YEARS_CORNER = re.compile(r"jaar|jaartal|jaren", re.IGNORECASE)


def _says_unit(label: str) -> bool:
    """Whether a heading is a unit in brackets alone ("(x € 1.000)", "(%)")."""
    return (
        label.startswith("(")
        and label.endswith(")")
        and ("%" in label or read_unit(label, 0) is not None)
    )


#: A heading that opens with its column's number, or with the number and how the column is
#: computed from others: "(1) Vastgestelde begroting", "(4)=(1)+(2)+(3) Totaal geraamd".
_NUMBERED = re.compile(rf"{_COLUMN_NUMBER.pattern}[ \xa0]")


def _group_rows(
    items: list[Item],
    labels: list[tuple[str, bool]],
    at: list[int],
    kinds: list[str | None],
    data: int,
    text_after: bool,
    captioned: bool,
    coded: bool = False,
) -> int:
    """How many headings at the end of the block are group rows printed without placeholders
    ("2024" / "2025" / "2026" / "Lasten" / "Personeel" / "100" ...): plain words after a run
    of period headings exactly as long as the rows are wide, two periods at least (rows as
    wide as the periods and a word heading more would leave that word's column empty); or
    after the heading of a text column the rows print after their values ("Verschil" /
    "V/N" / "Lasten": no value column is headed after it); or after a run of numbered
    headings as long ("(1) Vastgestelde begroting" / ... / "(3) Totaal geraamd" /
    "Rijkswaterstaat": an agency's name over its rows); or right after as many headings as
    the rows are wide counted from the labels' heading, the last dated ("Omschrijving" /
    "Begroting 2022" / "Wijziging" / "Realisatie 2022" / "Incidentele lasten"), over rows
    printing their codes in cells of their own (``coded``) counted from the first heading
    of words."""
    trailing = 0
    while (
        trailing < len(labels)
        and not labels[-1 - trailing][1]
        and not kinds[-1 - trailing]
        and not _NUMBERED.match(labels[-1 - trailing][0])
    ):
        trailing += 1
    if not trailing:
        return 0
    # the last word followed by its empty cells, one a line, over the first row, the
    # headings before it as many as the rows print values at least: a group row
    if len(labels) - 1 >= data and _cells_left_empty(items, at[-1], labels[-1][0], data):
        return 1
    before = len(labels) - 1 - trailing
    if text_after and before >= 0 and kinds[before] == "text":
        return trailing
    periods = 0
    while periods + trailing < len(labels) and labels[-1 - trailing - periods][1]:
        periods += 1
    numbered = 0
    while numbered + trailing < len(labels) and _NUMBERED.match(
        labels[-1 - trailing - numbered][0]
    ):
        numbered += 1
    if 2 <= max(periods, numbered) == data:
        return trailing
    # the same where a text column's heading stands before the values' ("Jaar raadsbesluit"
    # / "Krediet" / "2026" / "2027" / "2028" / "Programma Sport" over rows of four values):
    # the headings after it head the values, the periods and any before them, and where
    # they are exactly as many as the rows are wide, the words after them head none
    text = max((k for k in range(len(labels) - trailing) if kinds[k] == "text"), default=-1)
    valued = labels[text + 1 : len(labels) - trailing]
    if text >= 0 and periods >= 2 and len(valued) == data and not any(kinds[text + 1 :]):
        return trailing
    # periods and words after them heading the columns the periods leave ("Jaarrekening
    # 2020" / "Verschil" / "Lasten" over rows of as many values): the words past the rows'
    # width are group rows. Not where the words repeat or the periods are bare years: years
    # over words ("2001" / "2002" / "NLG" / "EUR" / "NLG" / "EUR") are groups over leaves.
    words = [label for label, _period in labels[len(labels) - trailing :]]
    dated = labels[len(labels) - trailing - periods : len(labels) - trailing]
    if len(set(words)) < len(words) or all(_BARE_PERIOD.fullmatch(d) for d, _p in dated):
        return 0
    # the labels' heading in the corner ("Omschrijving"), then exactly as many headings as
    # the rows print values, the last naming its period ("Begroting 2022" / "Wijziging" /
    # "Realisatie 2022" over three values), and the words right after it, no placeholder
    # nor column number between: they head no value and are group rows. A word that heads
    # a column ("Verschil", "Toelichting": its cells left out) is no group row. Without
    # the labels' heading, the count from a dated heading opening the block under a
    # caption (``captioned``; without one it may be the page's title) tells the same only
    # where the rows below print a group row of their own (``_group_row_below``): else the
    # first heading may be the corner's and the word the last value's heading. Column
    # numbers under the headings ("(1)" ... "(3)=(1+2)") are the headings' own where they
    # number no more columns than the rows print values (``_numbers_within``). Over rows
    # that open with their codes in cells of their own (``coded``), a first heading of
    # words naming no period is the corner whatever its word ("Programma" / "Begroting
    # 2023" / "Wijziging" / "Begroting 2023 na wijziging" / "Lasten" over "1" / "<Naam>" /
    # three values): the codes and names stand under it, no value does
    end = len(labels) - trailing
    cornerless = captioned and labels[0][1] and _group_row_below(items, at[-1])
    coded_corner = coded and not labels[0][1] and not kinds[0]
    corner = next(
        (k for k in range(end - 1, -1, -1) if labels[k][0].lower() in LABEL_HEADINGS),
        -1 if cornerless else (0 if coded_corner else None),
    )
    if (
        periods
        and corner is not None
        and end - corner - 1 == data
        and not any(kinds[corner + 1 : end])
        and _numbers_within(items, at[corner + 1], at[end], data)
        and not any(column_word(word) for word in words)
    ):
        return trailing
    return periods + trailing - data if 2 <= periods < data < periods + trailing else 0


def _words_past_coded_leaves(
    items: list[Item],
    labels: list[tuple[str, bool]],
    at: list[int],
    kinds: list[str | None],
    data: int,
    in_labels: bool = False,
) -> int:
    """How many words at the end of a heading of words are group rows, over rows that open
    with their codes in cells of their own, or inside their labels (``in_labels``: "Art. 1
    <Naam>", "1.01 <Naam>" under a first heading of the code's, "Artikel", which then heads
    the labels, codes and names in one cell): the labels' heading in the corner ("Omschrijving"),
    then exactly as many headings as the rows print values, then words naming no column
    ("<Code>" / "Omschrijving" / "<Kolom>" / "<Kolom>" / "<Groep>" / "P1" / "<Naam>" / two
    values). A code before each label leaves no cell for a word past the values' headings:
    read as the last heading, it took the last column and every column moved one over.
    The corner may be the code's heading and the labels' printed empty after it too
    ("Taakveld" / " " / "Lasten" / "Baten" / "Saldo" / "<Groep>" over "0.1" / "<Naam>" /
    three values, ``_blank_after_first``): whatever its word, the first heading is then
    the code's, the empty cell the labels', and the headings after them head the values.
    Without the corner, or with a period among the headings (``_group_rows`` counts those),
    the count tells nothing."""
    corner = next(
        (k for k in range(len(labels) - 1, -1, -1) if labels[k][0].lower() in LABEL_HEADINGS),
        0 if _blank_after_first(items, at) or (in_labels and kinds[:1] == ["code"]) else None,
    )
    if corner is None or any(period for _label, period in labels):
        return 0
    extra = len(labels) - corner - 1 - data
    words = [label for label, _period in labels[len(labels) - extra :]] if extra > 0 else []
    if not words or any(kinds[corner + 1 :]) or any(column_word(word) for word in words):
        return 0
    return extra


def _blank_after_first(items: list[Item], at: list[int]) -> bool:
    """Whether the heading row prints one empty cell right after its first heading, before
    its second (``at``: the headings' items): over rows opening with their codes, the code
    column's heading, then the labels' heading printed blank."""
    return len(at) >= 2 and at[1] == at[0] + 2 and items[at[0] + 1].kind == "P"


def _numbers_within(items: list[Item], start: int, end: int, data: int) -> bool:
    """Whether the heading block's items from ``start`` up to the word at ``end`` close on
    a heading line, or on a column number where the block prints no placeholder and no
    more column numbers than the rows print values (``data``): each under its heading
    ("Begroting 2025" / "na wijziging" / "(1)" ... "(3)=(1+2)") or a row of them under
    all. A placeholder, or a number more, leaves a column for the word after them."""
    if items[end - 1].kind in "TY":
        return True
    block = items[start:end]
    return (
        items[end - 1].kind == "N"
        and all(item.kind in "TYN" for item in block)
        and sum(1 for item in block if item.kind == "N") <= data
    )


def _cells_left_empty(items: list[Item], pos: int, word: str, width: int) -> bool:
    """Whether the last heading, the word at ``pos``, is the first rows' group row printing
    each of its empty cells on a line of its own: a placeholder for each of the ``width``
    value columns right after it, or one more between each two (2n - 1: the white space
    between the cells printed too), then a label printing values ("<Groep>" / " " / " " /
    " " / "<Naam>" / values, as a converter writing each text node on a line prints a row
    of one text and empty cells). A heading row prints no empty cells after its last word
    before the first label; fewer or more placeholders than such a row's are no row of the
    table's width, and a word heading a column of its own ("Toelichting", ``column_word``)
    is no group row."""
    end = pos + 1
    while end < len(items) and items[end].kind == "P":
        end += 1
    empty = end - pos - 1
    if width < 2 or empty not in (width, 2 * width - 1) or end >= len(items):
        return False
    if column_word(word):
        return False
    return items[end].kind == "T" and is_valued(items, end)


def _group_row_below(items: list[Item], pos: int) -> bool:
    """Whether the rows after the item at ``pos`` print a group row within ``CODED_REACH``
    items: a text opening with a capital without a value of its own, right over a label
    opening with a capital that prints values ("Totaal lasten" / three values / "Baten" /
    "Water" / three values). (A label's second line, which goes on in lower case,
    follows a line without values as well.)"""
    for k in range(pos + 1, min(len(items), pos + CODED_REACH)):
        item = items[k]
        if item.kind == "X" or (item.kind == "T" and is_prose(item.text)):
            return False
        below = next_solid(items, k + 1)
        if (
            item.kind == "T"
            and item.text[:1].isupper()
            and not is_valued(items, k)
            and below < len(items)
            and items[below].kind == "T"
            and items[below].text[:1].isupper()
            and is_valued(items, below)
        ):
            return True
    return False


def _captions_unit(label: str) -> bool:
    """Whether a heading read is a caption's line saying the table's unit, words and a unit
    note in brackets closing it ("Begrotingsstaat ... (bedragen x € 1.000)"), not a column's
    own heading nor a sentence of the text above naming a currency."""
    unit = read_unit(label, 0)
    if unit is None or len(label) <= len(unit.text) + _CAPTION_WORDS:
        return False
    at = label.find(unit.text)
    return at > 0 and label.rfind("(", 0, at) > 0 and label.endswith(")")


#: Characters a caption prints besides its unit note, more than a heading saying its
#: column's unit does ("Bedrag (x € 1.000)").
_CAPTION_WORDS = 40


def _group_over_years(plain: list[tuple[str, bool]], period_run: int) -> bool:
    """Whether the headings ``plain`` (label, is a period) end in a word without a period
    over a run of ``period_run`` bare years, every heading before the word a column's own
    (``_own_columns``: "Vastgestelde begroting 2008" / "Mutatie 1e suppletoire begroting
    2008" / "Mutaties" / "2009" ... "2012", or "Vastgestelde begroting (1)" / ... / "Stand
    1e suppletoire begroting (3) = (1) + (2)" / "Mutatie 1e suppletoire begroting" / "2016"
    ...): a group of the years, as a heading row spanning them prints it. The caller fits
    the headings to the values the rows print, one more heading than those: the word."""
    word = len(plain) - period_run - 1
    return (
        period_run >= 2
        and word >= 1
        and not plain[word][1]
        and _own_columns(plain[:word])
        and all(_BARE_PERIOD.fullmatch(label) for label, _p in plain[word + 1 :])
    )


def _own_columns(headings: list[tuple[str, bool]]) -> bool:
    """Whether each of ``headings`` (label, is a period) heads a column of its own, not a
    group nor a title: each names its period, or each ends in its column's number, counting
    from 1 (``NUMBERED_HEADING``: "Vastgestelde begroting (1)" / "Mutatie 1e suppletoire
    begroting (2)" / "Stand 1e suppletoire begroting (3) = (1) + (2)"; a number names one
    column). A caption naming its period and unit ("Investeringsplanning 2025-2027
    (bedragen x € 1.000)" / "Krediet" / "2025" ...) is no dated heading: the word after it
    is a column's."""
    if all(period and read_unit(label, 0) is None for label, period in headings):
        return True
    numbers = [NUMBERED_HEADING.search(label) for label, _period in headings]
    return [int(number.group(1)) if number else 0 for number in numbers] == list(
        range(1, len(headings) + 1)
    )


def _widest_rows(
    items: list[Item],
    first: int,
    data: int,
    labels: list[tuple[str, bool]],
    kinds: list[str | None],
) -> int:
    """How many values a row prints in a table whose empty cells vanish: a PDF's plain text
    layer prints a table one cell per line, line under line, with nothing for an empty cell
    ("Saldo 1-1" / "Toevoegingen" / "Aanwending" / "Vrijval" / "Saldo 31-12" over rows of
    three, four and five values), so where most rows leave a cell empty the count most rows
    agree on (``data``) is short of the columns, and the words heading them were joined to
    fit it. No row prints more values than there are columns: where two rows or more print
    the same count, more than ``data``, and the headings read apart, the labels' own
    heading aside (a word ``LABEL_HEADINGS`` names, or any word before a dated heading
    where the headings, the last dated too, are one more than that count: "Reserve" /
    "Saldo 1-1-2022" / ... / "Saldo 31-12-2022"), are
    exactly as many, that count is the table's width (the rows printing
    fewer are placed from the sums, or left out with a warning). Only over the rows printed
    line under line from ``first``, up to the first empty line or placeholder (either may
    stand for an empty cell), under headings naming no text column (its cell, a year or a
    number, is no value), and not counting a row whose last value may be the next row's
    code."""
    if "text" in kinds:
        return data
    end = first + 1
    while (
        end < len(items) and items[end].line == items[end - 1].line + 1 and items[end].kind != "P"
    ):
        end += 1
    runs = list(valued_runs(items[:end], first))
    heads = [
        (label, period)
        for (label, period), kind in zip(labels, kinds, strict=True)
        if not kind and label.lower() not in LABEL_HEADINGS
    ]
    counted = [run for run in runs if not is_code(run[-1].text)]
    printed = [sum(1 for item in run if item.kind in "VYD") for run in counted]
    widest = max(printed, default=0)
    if len(heads) == widest + 1 > 2 and not heads[0][1] and heads[1][1] and heads[-1][1]:
        # a word then a dated heading, one heading more than the widest rows print values,
        # the last dated too ("Reserve" / "Saldo 1-1-2022" / "Toevoegingen" / ... / "Saldo
        # 31-12-2022"): the word is the corner's, heading the labels as the words
        # ``LABEL_HEADINGS`` names do, whatever it says (a word after the dated headings
        # may be a first row printing no values, "Incidentele lasten": one too many there)
        heads = heads[1:]
    if data < widest == len(heads) and (
        printed.count(widest) >= 2 or _total_printing_every_column(items, counted, printed)
    ):
        return widest
    return data


def _total_printing_every_column(
    items: list[Item], runs: list[list[Item]], printed: list[int]
) -> bool:
    """Whether the one row printing the most values (``printed``, of the ``runs`` of rows
    printed line under line) is the last, a total's word opening its label ("Totaal
    reserves"), under two rows at least: a total prints a value in every column where any
    of its parts prints one, so where each part leaves one cell or another empty (a reserve
    either added to or drawn on), the total alone prints them all, and its count is the
    table's width as two rows' would be."""
    if len(runs) < 3 or printed.index(max(printed)) != len(runs) - 1:
        return False
    if printed.count(max(printed)) != 1:
        return False
    label = next((i for i in items if i.kind == "T" and i.line == runs[-1][0].line - 1), None)
    return label is not None and TOTAL.match(label.text.strip()) is not None
