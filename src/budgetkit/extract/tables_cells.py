"""Tables flattened one cell per line, found by their shape.

Web pages of budget documents flatten a table into one line per cell, blank lines between
them: the column headings, then per row its label and its cells. An empty cell becomes a
whitespace-only line, and a run of empty cells one whitespace line whose width says how many:
some sites print n spaces for n cells, others 2n - 1. The same lines may also stand between
rows as spacers, or before a label as an empty code cell.

A table is found where a label line is followed by value lines and preceded by a block of
heading lines, whatever its caption says (or without one). Its width comes from its headings
(a run of years or periods) or, when they are words, from the number of values its rows
print. Each row's values and placeholders are then fitted to that width; a row whose values
cannot be placed (fewer values than columns and no placeholders) is reported, never shifted
into a wrong column. Reading is one pass over the lines: linear in the document's size.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from operator import itemgetter
from typing import TYPE_CHECKING

from budgetkit.extract.tables_cell_groups import (
    _group_spans,
    _spanless_groups,
    _spanned_by_rows,
    name_lost_groups,
)
from budgetkit.extract.tables_cell_items import Item, _next_solid, _valued, items_of
from budgetkit.extract.tables_cell_runs import (
    _bullet_before,
    _data_width,
    _last_solid,
    _place,
    _rows_preview,
    _run_at,
    _split,
    _up_to_last_value,
)
from budgetkit.extract.tables_model import Cell, RawTable, Row
from budgetkit.extract.tables_tokens import (
    BROKEN_WORD,
    CAPTION,
    NOTE,
    YEAR_IN,
    cell_scale,
    column_year,
    fold,
    is_code,
    parse_value,
)
from budgetkit.extract.tables_units import read_unit
from budgetkit.extract.tables_vocabulary import (
    JOINING_WORDS,
    heading_kind,
)

if TYPE_CHECKING:
    from budgetkit.layout import PageLayout

#: Lines of heading, caption and notes looked at above a table's first row.
MAX_HEAD = 40
#: Longest line that can be a heading or caption; longer ones are prose.
MAX_HEADING = 200
#: Longest heading over a period column ("Stand suppletoire begroting VJN 2011").
MAX_PERIOD_HEADING = 80
#: Fewest cells a table has: one number under one heading is a footnote, not a table.
MIN_CELLS = 2
_YEAR_GLUED = re.compile(r"[A-Za-z]{1,5}(?:19|20)\d\d")


#: Longest text a code column prints in a row ("div.", "n.t.b.").
MAX_CODE = 8
#: Items after a table's first row in which its rows' codes are looked for.
CODED_REACH = 60
#: Most headings without a period that may head columns before a run of periods.
MAX_UNDATED = 8
#: In the items' kinds: a text followed by a value, placeholders and lone dashes between.
_VALUED_TEXT = re.compile(r"T(?=[PD]*[VY])")


def _is_prose(text: str) -> bool:
    """Prose, or a note printed under a table: never a heading or a row of one."""
    words = len(text.split())
    long = len(text) > MAX_HEADING or (words >= 8 and text.rstrip().endswith((".", ":", ";")))
    return long or NOTE.match(text) is not None


def _has_period(text: str) -> bool:
    return YEAR_IN.search(text) is not None or _YEAR_GLUED.search(text)


def _coded_after(items: list[Item], pos: int) -> bool:
    """Whether the text item at ``pos`` is followed by a code and a label, its first coded
    row (a group row "1" / "Veiligheid" over "1.1" / "Crisisbeheersing" and its values)."""
    nxt = _next_solid(items, pos + 1)
    return nxt + 1 < len(items) and is_code(items[nxt].text) and items[nxt + 1].kind == "T"


# --- the heading block ---------------------------------------------------------------


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
    # group headings over the leaves whose spans the text lost (``_spanless_groups``)
    lost_groups: list[str] = field(default_factory=list)


def _head_items(items: list[Item], first: int, floor: int) -> list[int]:
    """Indexes of the heading block above the first row, in printed order."""
    picked: list[int] = []
    k = first - 1
    while k >= floor and len(picked) < MAX_HEAD:
        item = items[k]
        if item.kind in "VDX":
            break
        if item.kind == "T" and _is_prose(item.text):
            if len(item.text) <= MAX_HEADING and read_unit(item.text, 0):
                picked.append(k)  # a caption written as a sentence still says the unit
            break
        picked.append(k)
        if item.kind == "T" and CAPTION.match(item.text):
            break
        k -= 1
    return picked[::-1]


def _segments(leaves: list[str]) -> list[list[str]]:
    """Leaves split where a label repeats one already in the current segment."""
    parts: list[list[str]] = [[]]
    for leaf in leaves:
        if leaf in parts[-1]:
            parts.append([])
        parts[-1].append(leaf)
    return parts


def _heading(items: list[Item], first: int, floor: int) -> Heading | None:
    block = _head_items(items, first, floor)
    if not block:
        return None
    marked = [k for k in block if items[k].kind == "T" and CAPTION.match(items[k].text)]
    caption = items[marked[-1]] if marked else None
    notes = [items[k] for k in block if items[k].kind == "T" and read_unit(items[k].text, 0)]
    # headings: text and years after the caption; column numbers joined to their heading
    labels: list[tuple[str, bool]] = []  # (label, is a heading over a period)
    at: list[int] = []  # the item index of each label
    numbers: list[str] = []
    blanks = 0
    blank_corner = False
    kinds: list[str | None] = []
    after_caption = block if not marked else block[block.index(marked[-1]) + 1 :]
    previous = ""
    # cells parted by blank lines ("Totaal" / "" / "341,6"): a heading cell's lines follow
    # each other without one ("2023" / "realisatie"), and are one heading
    parted = first + 1 < len(items) and items[first + 1].line > items[first].line + 1
    joined: list[str] = []  # the printed lines of the last heading
    for k in after_caption:
        item = items[k]
        if (
            parted
            and item.kind in "TY"
            and at
            and at[-1] == k - 1
            and items[k - 1].line == item.line - 1
            and not numbers
        ):
            joined.append(item.text)
            text = " ".join(joined)
            labels[-1] = (fold(text), bool(_has_period(text)) and len(text) <= MAX_PERIOD_HEADING)
            kinds[-1] = heading_kind(text)
            previous = item.kind
            continue
        if item.kind == "N":
            if previous in ("T", "Y") and labels and not numbers:
                label, period = labels[-1]
                labels[-1] = (f"{label} {item.text}", period)
            else:
                numbers.append(item.text)
        elif item.kind == "P" and kinds and kinds[-1] == "code" and previous == "T":
            blank_corner = True  # "Art." / " ": the labels' heading printed blank
        elif item.kind == "P" and previous != "T" and not numbers:
            blanks += 1  # the number row's empty cells before its first number
        elif item.kind in "TY" and not (
            item in notes and not _has_period(item.text) and not labels
        ):
            # a unit note before the headings; among them a heading that says its column's
            # unit ("Aandeel (%)")
            period = bool(_has_period(item.text)) and len(item.text) <= MAX_PERIOD_HEADING
            labels.append((fold(item.text), period))
            joined = [item.text]
            at.append(k)
            kinds.append(heading_kind(item.text))
            numbers, blanks = [], 0
        previous = item.kind
    if not labels:
        # every heading says its column's unit ("x € 1 mld" / "Aandeel (%)"): read as unit
        # notes above the headings, they are the headings
        said = [k for k in after_caption if items[k].kind in "TY" and items[k] in notes]
        if len(said) >= 2:
            labels = [(fold(items[k].text), False) for k in said]
            at, kinds = said, [None] * len(said)
    if any(label.endswith("-") for label, _period in labels):
        labels, at, kinds = _words_rejoined(labels, at, kinds)
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
            return _heading(items, at[marks + 1], floor)
        kinds[marks] = "text"
    has_text = "text" in kinds
    # the text column's heading printed last ("Verschil" / "V/N") puts its cells after the
    # values; else a valued text right after the first label is its cell
    last_text = max((k for k, kind in enumerate(kinds) if kind == "text"), default=-1)
    printed_last = last_text > max((k for k, kind in enumerate(kinds) if not kind), default=-1)
    text_before = (
        has_text and not printed_last and _valued(items, first + 1) and items[first + 1].kind == "T"
    )
    text_after = has_text and not text_before
    runs = _rows_preview(items, first)
    data = _data_width(runs, text_after)
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
    group = _group_rows(labels, kinds, data, text_after)
    if group:  # words after the years heading no column: the first (group) rows
        return _heading(items, at[-group], floor)
    # rows that all print more values than there are period headings: the headings before
    # them head columns too ("Stand vastgestelde begroting", "Mutatie 2025", ...); counted
    # also with the placeholders between values, where a row prints one for each empty cell
    printed = [sum(1 for i in run if i.kind in "VYD") for run, _follows in runs]
    spread = [_up_to_last_value(run) for run, _follows in runs]
    inside = any(a > b for a, b in zip(spread, printed, strict=True))  # placeholders between
    # (a row that prints as many values is counted only where it prints them without a
    # placeholder between: two rows read as one, "Diversen" and its unlabelled subtotal,
    # print twice the values with placeholders between)
    whole = [p if p == a else 0 for p, a in zip(printed, spread, strict=True)]
    for counts, cells in ((whole, data), (spread, max(spread, default=0) if inside else 0)):
        if (
            period_run
            and period_run < cells <= min(len(plain), period_run + MAX_UNDATED)
            and sum(1 for count in counts if count == cells) >= 2
            and max(counts) == cells
        ):
            width = cells
            break
    if width == 0 or width > len(plain):
        return None
    few = data < 2 or sum(1 for r in runs if r) < 2
    if period_run == 0 and few and not _one_column(caption, plain, runs, data):
        return None
    spanned = _spanned_by_rows(plain, width, {fold(note.text) for note in notes})
    skip = 0 if spanned else len(plain) - width  # the headings above the leaves' own
    leaves = spanned or [label for label, _p in plain[skip:]]
    plain_at = [k for k, kind in enumerate(kinds[:run_end]) if not kind]
    first_leaf = plain_at[skip]
    code_between = first_leaf > 0 and kinds[first_leaf - 1] == "code" and not blank_corner
    empty_first = first + 1 < len(items) and items[first + 1].kind == "P"
    if has_text and not text_before and empty_first and "text" in kinds[:first_leaf]:
        # the text column's heading stands before the values' ("Garantie" / "Noot" /
        # "Plafond"): its cells follow the labels, the first row's left empty
        text_before, text_after = True, False
    # a value column's heading that says its unit ("Verschil 2028-2023 in mld.") is that
    # column's unit, not the table's: without a caption it would scale every column
    notes = [note for note in notes if fold(note.text) not in leaves]
    # column numbers under the first columns, or, after empty cells, under the last ones
    # ("Realisatie 2021 (1)", "Vastgestelde begroting 2021 (2)", "Verschil 2021 (3)=(1)-(2)");
    # under the first ones they part repeated leaves before groups are named, as printed
    numbered = numbers[: len(leaves)]
    offset = len(leaves) - len(numbered) if blanks else 0
    if not offset:
        leaves = [f"{leaf} {number}" for leaf, number in zip(leaves, numbered, strict=False)] + (
            leaves[len(numbered) :]
        )
    parts = _segments(leaves)
    above = [label for label, _p in plain[:skip]]
    lost: list[str] = []
    if len(parts) >= 2 and len(above) >= len(parts):
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
        spans = _group_spans(items, names, at[first_leaf], width + text_after)
        if spans is not None:
            leaves = [f"{above[group]} {leaf}" for group, leaf in zip(spans, leaves, strict=False)]
        else:
            lost = _spanless_groups(items, names, at[first_leaf], width)
    if offset:
        for k, number in enumerate(numbered, start=offset):
            leaves[k] = f"{leaves[k]} {number}"
    seen: Counter[str] = Counter()
    unique = []
    for leaf in leaves:
        seen[leaf] += 1
        unique.append(leaf if seen[leaf] == 1 else f"{leaf} ({seen[leaf]})")
    texts_after = max(1, sum(1 for kind in kinds[run_end:] if kind == "text"))
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
    )


#: A mark a row prints in a text column after its values: one or two letters, or such
#: parted by slashes ("G", "P", "G/P" for gemeenten and provincies; "V" or "N"; "I" or "S").
_MARK = re.compile(r"[^\W\d_]{1,2}(?:/[^\W\d_]{1,2})*")
#: Fewest rows whose marks tell a column of marks.
MIN_MARKS = 2


#: A period alone on a heading's line: a year, or a date ("1-1-2008", "31-12-2008").
_BARE_PERIOD = re.compile(r"(?:\d{1,2}-\d{1,2}-)?(?:19|20)\d\d")


def _words_rejoined(
    labels: list[tuple[str, bool]], at: list[int], kinds: list[str | None]
) -> tuple[list[tuple[str, bool]], list[int], list[str | None]]:
    """The headings of a heading printed a word a line, as a PDF's plain text layer prints
    headings wrapped in narrow columns ("Saldo" / "1-1-2008" / "Toevoe-" / "gingen" /
    "Onttrek-" / "kingen" / "Saldo" / "31-12-2008" over four columns): a word the line's
    end breaks (a hyphen, its rest in lower case on the next line) is one word again, as
    printed ("Toevoe-gingen"); in such a heading a period alone on its line ends the
    words above it ("Saldo 1-1-2008"), which no group spans. Unchanged where no word is
    broken: a word over years is then as likely their group."""
    broken = {
        k
        for k in range(len(labels) - 1)
        if BROKEN_WORD.fullmatch(labels[k][0].rsplit(" ", 1)[-1]) and labels[k + 1][0][:1].islower()
    }
    if not broken:
        return labels, at, kinds
    joined: list[tuple[str, bool]] = []
    where: list[int] = []
    kind_of: list[str | None] = []
    k = 0
    while k < len(labels):
        text, period = labels[k]
        if k in broken or (
            k + 1 < len(labels)
            and not period
            and not kinds[k]
            and _BARE_PERIOD.fullmatch(labels[k + 1][0])
        ):
            text = f"{text}{labels[k + 1][0]}" if k in broken else f"{text} {labels[k + 1][0]}"
            period = bool(_has_period(text)) and len(text) <= MAX_PERIOD_HEADING
            joined.append((text, period))
            where.append(at[k])
            kind_of.append(kinds[k])
            k += 2
            continue
        joined.append((text, period))
        where.append(at[k])
        kind_of.append(kinds[k])
        k += 1
    return joined, where, kind_of


def _marks_after_values(items: list[Item], first: int, width: int) -> bool:
    """Whether the rows from ``first`` print a mark right after their ``width`` values (a
    text cell of one or two letters, ``_MARK``), ``MIN_MARKS`` times at least within
    ``CODED_REACH`` items, and no such text before the first row's label: the word heading
    printed after ``width`` periods heads that column of marks, no value column nor the first
    group row. (A letter opening each label, "A" / "Mobiliteitsfonds" / values, stands after
    the values of the row above it too, but before the first row's label as well.)"""
    marks = 0
    label = next((k for k in range(first, len(items)) if items[k].kind == "T"), len(items))
    if label < len(items) and _MARK.fullmatch(items[label].text) and _valued(items, label + 1):
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


#: Fewest rows of one value each a captioned table of one column prints.
MIN_SINGLE_ROWS = 3


def _one_column(
    caption: Item | None,
    plain: list[tuple[str, bool]],
    runs: list[tuple[list[Item], bool]],
    data: int,
) -> bool:
    """Whether a heading without a period heads a table of one value column: a numbered
    caption ("Tabel 7.2 Aardgasbaten in procenten bbp"), the labels' heading and the
    column's ("Jaar" / "Aardgasbaten"), and ``MIN_SINGLE_ROWS`` rows at least each printing
    one value ("2005" / "1,3" / "2008" / "2,1" / ...). (Without a caption, a text over a
    label and a number is as often a note and its figure.)"""
    singles = sum(1 for run, _follows in runs if sum(i.kind in "VYD" for i in run) == 1)
    return caption is not None and data == 1 and len(plain) >= 2 and singles >= MIN_SINGLE_ROWS


def _says_unit(label: str) -> bool:
    """Whether a heading is a unit in brackets alone ("(x € 1.000)", "(%)")."""
    return (
        label.startswith("(")
        and label.endswith(")")
        and ("%" in label or read_unit(label, 0) is not None)
    )


#: A heading that opens with its column's number: "(1) Vastgestelde begroting".
_NUMBERED = re.compile(r"\(\d+\)[ \xa0]")


def _group_rows(
    labels: list[tuple[str, bool]], kinds: list[str | None], data: int, text_after: bool
) -> int:
    """How many headings at the end of the block are group rows printed without placeholders
    ("2024" / "2025" / "2026" / "Lasten" / "Personeel" / "100" ...): plain words after a run
    of period headings exactly as long as the rows are wide, two periods at least (rows as
    wide as the periods and a word heading more would leave that word's column empty); or
    after the heading of a text column the rows print after their values ("Verschil" /
    "V/N" / "Lasten": no value column is headed after it); or after a run of numbered
    headings as long ("(1) Vastgestelde begroting" / ... / "(3) Totaal geraamd" /
    "Rijkswaterstaat": an agency's name over its rows)."""
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
    return trailing if 2 <= max(periods, numbered) == data else 0


# --- rows ----------------------------------------------------------------------------


def _ends(items: list[Item], pos: int, leaves: list[str]) -> bool:
    """Whether the text item at ``pos`` ends the table instead of starting a row."""
    item = items[pos]
    if CAPTION.match(item.text):
        return True
    # the heading printed again under it: years, or headings read as text ("2021*", "2021 1)")
    nxt = _next_solid(items, pos + 1)
    years = []
    while nxt < len(items) and (
        items[nxt].kind == "Y" or (items[nxt].kind == "T" and fold(items[nxt].text) in leaves)
    ):
        years.append(items[nxt])
        nxt = _next_solid(items, nxt + 1)
    if (
        years
        and all(any(y.text in leaf for leaf in leaves) for y in years)
        and (len(years) >= 2 or (len(leaves) == 1 and years[0].kind == "Y"))
    ):
        return True
    if not _valued(items, pos):
        return _is_prose(item.text) or read_unit(item.text, 0) is not None
    return False


def _heading_again(run: list[Item], leaves: list[str]) -> int | None:
    """Where in a row's run of cells the heading's years are printed again, if they are.

    Tables stacked without a caption between them: the next table's years follow the last
    row's cells ("10 917", " ", "2011", "2012", ...). Two or more consecutive years, each
    heading a column, end the run: they head the next table, they are not this row's cells.
    """
    for k in range(1, len(run)):
        if run[k].kind != "Y":
            continue
        rest = [item.text for item in run[k:] if item.kind != "P"]
        if len(rest) < 2 or any(item.kind not in "YP" for item in run[k:]):
            return None
        steps = [int(b) - int(a) for a, b in pairwise(rest) if a.isdigit() and b.isdigit()]
        consecutive = len(steps) == len(rest) - 1 and all(step == 1 for step in steps)
        headed = all(any(year in leaf for leaf in leaves) for year in rest)
        return k if consecutive and headed else None
    return None


#: Words a label printed over two cells can end its first cell with: it goes on below.
_JOINING = re.compile(rf"\b(?:{'|'.join(JOINING_WORDS)})$")


def _unlike_the_values(run: list[Item]) -> bool:
    """Whether a run's first number is printed unlike the values after it: a whole number
    before values that all print decimals ("37" before "– 120,0  80,0  40,0")."""
    values = [item.text for item in run[1:] if item.kind == "V"]
    return "," not in run[0].text and bool(values) and all("," in text for text in values)


def _wrapped(items: list[Item], pos: int, label: str, at: int) -> bool:
    """Whether a label without values (the item at ``at``) is the first part of a label
    printed over two cells (as a Financieel Jaarverslag prints a long chapter name) or two
    lines of one cell, when right below it (at ``pos``) is a text with values: it ends in a
    joining word ("Overige Hoge Colleges van" / "Staat en Kabinetten"), or, where blank
    lines part the cells, no blank line parts it from that text ("Sint" / "Eustatius":
    one name wrapped in its cell, no heading of the rows below). (A heading with a code
    over items without one, "11 Apparaat" / "Personeel", looks like a label wrapped after
    a noun; that is left a heading.)"""
    if pos >= len(items) or items[pos].kind != "T" or not _valued(items, pos):
        return False
    if _JOINING.search(label.rstrip()) is not None:
        return True
    line, below = items[at].line, items[pos].line
    after = _next_solid(items, pos + 1)
    return (
        below == line + 1
        and (at == 0 or items[at - 1].line < line - 1)
        and after < len(items)
        and items[after].line > below + 1
    )


#: An item's number closed by a bracket, in a cell of its own before its label ("1)",
#: "11a)", a saldibalans's items): a code, as "7" or "11a" is.
_ITEM_CODE = re.compile(r"\d{1,3}[a-z]?\)")


def _read(items: list[Item], first: int, head: Heading) -> tuple[RawTable, int] | None:
    width = len(head.leaves)
    rows: list[Row] = []
    pos = first
    code = ""
    carried = ""
    last_valued = -1
    again: int | None = None
    while pos < len(items) and again is None:
        item = items[pos]
        if item.kind == "P" or (item.kind == "D" and pos + 1 < len(items)):
            pos += 1
            continue
        if item.kind in "NX":
            break
        if item.kind in "VY":  # a code printed in its own cell before the label
            if not (is_code(item.text) and pos + 1 < len(items) and items[pos + 1].kind == "T"):
                break
            code = item.text
            pos += 1
            continue
        if _ends(items, pos, head.leaves):
            break
        if (
            (is_code(item.text) or _ITEM_CODE.fullmatch(item.text))
            and pos + 1 < len(items)
            and items[pos + 1].kind == "T"
        ):  # "7" or "11a)" in a cell of its own before the label: prepended to it
            code = item.text
            pos += 1
            continue
        if _written_code(items, pos, head):  # "Div." under "Art.": the code written out
            code = item.text
            pos += 1
            continue
        at = pos  # the label's item
        label = f"{code} {item.text}" if code else item.text
        if carried:  # the start of this label, wrapped over a cell of its own above it
            label, carried = f"{carried} {label}", ""
        code = ""
        pos += 1
        texts = head.text_cells if head.text_before else 1
        text_cell = (
            pos + texts <= len(items)
            and all(items[k].kind == "T" for k in range(pos, pos + texts))
            and _valued(items, pos + texts - 1)
        )
        coded = head.code_between  # a code column ("Art.nr.") may stand after the label
        own_text = None
        if text_cell and (head.text_before or (coded and len(items[pos].text) <= MAX_CODE)):
            own_text = (items[pos].line, items[pos].text)
            pos += texts  # the text columns' cells, or a code column's written out ("div.")
        run, pos = _run_at(items, pos)
        if (
            coded
            and own_text is None
            and len(run) > 1
            and run[0].kind == "P"
            and run[0].width <= 1
            and _place(run[1:], width) is not None
        ):
            # the code column's empty cell (a stand or total has no article): one cell
            # whatever the page's placeholders, it stands before the values, so an empty
            # value cell after them is the last column's ("Stand ontwerpbegroting 2025" /
            # " " / four values / " " under "Art." and five years)
            run = run[1:]
        if _bullet_before(items, run, pos) and sum(i.kind != "P" for i in run) > width:
            run.pop()  # the next label's bullet: the row prints its cells without it
            pos -= 1
        if (
            coded
            and run
            and run[0].kind in "VY"
            and is_code(run[0].text)
            and _place(run[1:], width) is not None
            and (_place(run, width) is None or _unlike_the_values(run))
        ):
            run = run[1:]  # the code column's cell between label and values ("33")
        again = _heading_again(run, head.leaves)
        if again is not None:
            pos -= len(run) - again
            run = run[:again]
        values = [i for i in run if i.kind != "P"]
        # the text columns' cells still to be read after the values
        texts = head.texts_after if head.text_after else 0
        if texts and len(values) == width and run and run[-1].kind == "P":
            run.pop()  # the text column's empty cell (a row without a footnote)
            texts -= 1
        followed = pos < len(items) and items[pos].kind == "T"
        if (
            texts > 1
            and len(run) > width + texts
            and run[-1] is values[-1]
            and is_code(values[-1].text)
            and followed
            and _valued(items, pos)
        ):
            run.pop()  # the next row's code, after every text column's cell (empty or not)
            pos -= 1
            values.pop()
        extra = len(values) - width
        if texts and 0 < extra <= texts and _last_solid(run) is values[-1]:
            # the text columns' cells printed as numbers (a footnote's, an evaluation's
            # year, "n.v.t."), and the next row's empty code cell after them
            first_text = run.index(values[-extra])
            texts -= len(run) - run[::-1].index(values[-1]) - first_text
            del run[first_text:]
        elif (
            values
            and followed
            and run[-1] is values[-1]
            and len(values) in (1, width + 1)
            and is_code(run[-1].text)
            and len(values) != width
        ):
            run.pop()
            if "code" in head.kinds or (
                len(values) == width + 1 and (_valued(items, pos) or _coded_after(items, pos))
            ):
                pos -= 1  # the next row's code (under a code heading, or before its label)
            elif len(values) == 1:  # a lone small number is this row's single value
                run.append(values[-1])
            # else a footnote number after the last row, not a cell
        while texts > 0 and values and pos < len(items) and items[pos].kind == "T":
            after = _next_solid(items, pos + 1)
            coded = _coded_after(items, pos)  # the next row's code, then its label
            cell = (coded or not _valued(items, pos)) and not CAPTION.match(items[pos].text)
            if not (cell and after < len(items) and (coded or items[after].kind == "T")):
                break
            pos += 1  # the text column's cell (a caption is the next table's)
            texts -= 1
        row_line = item.line
        if not any(i.kind != "P" for i in run):
            if _wrapped(items, pos, label, at):
                carried = label
                continue
            rows.append(Row(fold(label), row_line, []))
            continue
        for placeholder, placed in _split(run, width):
            row_label = fold(label) if placeholder is None else ""
            line = row_line if placeholder is None else placeholder.line
            if placed is None:  # placed from the sums later, or left out with a warning
                loose = [
                    Cell("", 0, i.text, parse_value(i.text), i.line, i.column)
                    for i in run
                    if i.kind != "P"
                ]
                rows.append(Row(row_label, line, [], loose=loose))
                break
            cells = [
                Cell(leaf, order, cell.text, parse_value(cell.text), cell.line, cell.column)
                for order, (leaf, cell) in enumerate(zip(head.leaves, placed, strict=True), 1)
                if cell is not None
            ]
            own = own_text if placeholder is None else None
            rows.append(Row(row_label, line, cells, text_cell=own))
            last_valued = max(last_valued, max(c.line for c in cells))
    while rows and not rows[-1].cells:
        rows.pop()
    if sum(len(row.cells) for row in rows) < MIN_CELLS:
        return None
    end = pos
    while end > first and items[end - 1].line > last_valued:
        end -= 1
    start_item = head.caption or items[head.start]
    caption = head.caption.text if head.caption else ""
    table = RawTable(
        number="",
        caption=caption,
        line_start=start_item.line,
        line_end=last_valued,
        layout="cell_per_line",
        rows=rows,
        columns=list(head.leaves),
        notes=[(note.line, note.text) for note in head.notes],
        lost_groups=list(head.lost_groups),
    )
    if head.caption:
        match = CAPTION.match(head.caption.text)
        table.number = match.group("number") if match else ""
    return _by_columns(table, items, head), end


#: A column's heading of words ending in its year ("Rekening 2023", "Begroting 2024").
_WORDS_AND_YEAR = re.compile(r"[^\W\d_][^\W\d]*(?: [^\W\d]+)* (?:19|20)\d\d")


def _by_columns(table: RawTable, items: list[Item], head: Heading) -> RawTable:
    """The table as printed column by column, where it may have been (a PDF's text without
    layout: the label column's heading and labels, then each column's heading and values,
    one per line: "Omschrijving" / "Lasten" / "Baten" / "Saldo" / "Rekening 2023" /
    "48.312" / ...): read as rows, its row labels are words ending in a year, each, and its
    headings name none. Such text is the same, line for line, as its transpose printed row
    by row (rows "Rekening 2023", columns "Lasten", "Baten", "Saldo"), and nothing in it
    tells the two apart: the periods are read as the columns, as the model keeps a cell's
    year in its column and a total ("Saldo") as a row under its parts, and the choice is
    said. Only where every row prints a value under every heading; each cell keeps its
    own line."""
    rows = table.rows
    full = all(len(row.cells) == len(table.columns) and not row.loose for row in rows)
    if len(rows) < 2 or not full or any(row.text_cell for row in rows):
        return table
    if not all(_WORDS_AND_YEAR.fullmatch(row.label) for row in rows):
        return table
    if any(column_year(label) is not None for label in table.columns):
        return table
    named = [item for item in items[head.start : head.rows] if item.kind == "T"]
    named = named[len(named) - len(table.columns) :]
    if [fold(item.text) for item in named] != [fold(label) for label in table.columns]:
        return table
    columns = [row.label for row in rows]
    table.doubts.append(
        (
            rows[0].line,
            f"rows {', '.join(repr(label) for label in columns)} under headings "
            f"{', '.join(repr(label) for label in table.columns)}, one cell per line: "
            "printed column by column, or its transpose row by row, the text does not "
            "tell; read with the periods as columns",
        )
    )
    table.rows = [
        Row(
            fold(item.text),
            item.line,
            [
                Cell(row.label, order, cell.text, cell.value, cell.line, cell.column)
                for order, row in enumerate(rows, 1)
                for cell in row.cells[k : k + 1]
            ],
        )
        for k, item in enumerate(named)
    ]
    table.columns = columns
    return table


def _start(items: list[Item], pos: int, floor: int) -> int:
    """The first row of a table whose first valued row is at ``pos``: value-less group rows
    (a label and its placeholder) right above it belong to the rows, not to the headings."""
    first = pos
    if _coded_rows(items, pos, floor):
        return pos  # the placeholder before the first label is its empty code cell
    if first - 1 > floor and items[first - 1].kind in "TV" and is_code(items[first - 1].text):
        return _coded_groups(items, first - 1, floor)
    while first - 2 >= floor and items[first - 1].kind == "P" and items[first - 2].kind == "T":
        heading = items[first - 2].text
        if _has_period(heading) or CAPTION.match(heading) or read_unit(heading, 0):
            break
        first -= 2
        while first - 2 >= floor and items[first - 1].kind == "P" and items[first - 2].kind == "P":
            first -= 1
    return first


def _coded_groups(items: list[Item], code: int, floor: int) -> int:
    """The first row above a first row's code at ``code`` (municipal taakvelden: "0.1" /
    "Bestuur" under "Taakveld"): group rows printed as a code cell, empty or not, a label
    and an empty cell ("0" / "Bestuur en ondersteuning" / " "), not headings."""
    first = code
    while (
        first - 3 >= floor
        and items[first - 1].kind == "P"
        and items[first - 2].kind == "T"
        and (items[first - 3].kind == "P" or is_code(items[first - 3].text))
        and not _has_period(items[first - 2].text)
        and not CAPTION.match(items[first - 2].text)
        and not read_unit(items[first - 2].text, 0)
    ):
        first -= 3
    return first


def _written_code(items: list[Item], pos: int, head: Heading) -> bool:
    """Whether the text at ``pos`` is a code column's cell written out before its label
    ("Div." / "Loonbijstelling" under "Art." / "Omschrijving": diverse articles): a short
    abbreviation ending in a full stop right before a valued label."""
    text = items[pos].text
    return (
        "code" in head.kinds
        and not head.code_between
        and len(text) <= MAX_CODE
        and text.endswith(".")
        and pos + 1 < len(items)
        and items[pos + 1].kind == "T"
        and _valued(items, pos + 1)
    )


def _coded_rows(items: list[Item], pos: int, floor: int) -> bool:
    """Whether a code column ("Art.") heads the table whose first valued row is at ``pos``
    and its rows open with codes ("31" / "Politie" / values), twice at least in the rows
    that follow: the placeholder before the first label is then its empty code cell."""
    headed = any(
        items[k].kind == "T" and heading_kind(items[k].text) == "code"
        for k in range(max(floor, pos - MAX_HEAD), pos)
    )
    if not headed:
        return False
    coded = 0
    for k in range(pos + 1, min(len(items) - 1, pos + CODED_REACH)):
        item = items[k]
        if item.kind == "V" and items[k + 1].kind == "T" and is_code(item.text):
            coded += _valued(items, k + 1)
    return coded >= 2


def _head_for(items: list[Item], pos: int, floor: int) -> tuple[Heading, int] | None:
    """The heading of a table whose first row is at ``pos``, and where its rows start: a code
    cell before the first label, or a text cell after it, belongs to the rows."""
    first = pos
    before = items[pos - 1] if pos > floor else None
    if before is not None and before.kind in "TVY" and is_code(before.text):
        first = pos - 1
    head = _heading(items, first, floor)
    # the valued text at ``pos`` may be the first row's text cell, its label right above:
    # not when a placeholder follows the text (the label's own empty note cell: "Garantie
    # BMKB-C" / " " / "1.500,0" under "Noot" / "Plafond", the last heading above it)
    text_cell = (
        before is not None
        and before.kind == "T"
        and first == pos
        and not (pos + 1 < len(items) and items[pos + 1].kind == "P")
    )
    if head is not None and not head.text_before and text_cell and "text" in head.kinds:
        other = _heading(items, pos - 1, floor)
        if other is not None and other.text_before:
            return other, pos - 1
    texts = _texts_per_row(items, pos) if head is not None and text_cell else 0
    if texts and head is not None and "text" not in head.kinds:
        # text columns no word of ours names ("Categorie", "Fase": "Groot" / "Realisatie"):
        # every row prints a label, its texts, then its values
        other = _heading(items, pos - texts + 1, floor)
        if other is not None and len(other.leaves) == len(head.leaves):
            other.text_before, other.text_after, other.text_cells = True, False, texts - 1
            return other, pos - texts + 1
    return (head, head.rows) if head is not None else None


def _texts_per_row(items: list[Item], pos: int) -> int:
    """How many texts each row prints before its values, a label and text cells, when the
    first row's last text is at ``pos``: the count the next rows (two at most) print too and
    the first row does (its label and text cells right above ``pos``); 0 for fewer than two
    or rows that disagree."""
    counts: list[int] = []
    at = pos
    while len(counts) < 2:
        _run, after = _run_at(items, at + 1)
        count = 0
        while after + count < len(items) and items[after + count].kind == "T":
            count += 1
        if count == 0 or not _valued(items, after + count - 1):
            break
        counts.append(count)
        at = after + count - 1
    if not counts or counts[0] < 2 or any(count != counts[0] for count in counts):
        return 0
    first = pos - counts[0] + 1
    if first < 0 or any(items[k].kind != "T" for k in range(first, pos)):
        return 0
    return counts[0]


_YEARS_RUN = re.compile(r"[PD]*Y(?:[PD]*Y)+[PD]*T")


def _years_follow(kinds: str, pos: int) -> bool:
    """Whether the text at ``pos`` is followed by years alone, two or more, then a text: a
    caption or corner over the table's column headings ("Uitgaven voorlichting (x € 1.000)"
    / "2024" / "2025" / "Campagnes"), not a row of the years as values."""
    return _YEARS_RUN.match(kinds, pos + 1) is not None


_CODE_THEN_ROW = re.compile(r"P*VP*T(?=P*[VD])|P*VP*TP+(?=[TV]T)")


def _code_follows(items: list[Item], kinds: str, pos: int) -> bool:
    """Whether the text at ``pos`` is followed by a code alone and then a row ("Ontvangsten"
    / "1" / "Arbeidsmarkt" / "419.887"), or a coded group row ("Saldo" / "0" / "Bestuur en
    ondersteuning" / " " / "0.1" / "Bestuur"): the number is that row's code, so the text
    is the last column heading, not a row of value 1."""
    match = _CODE_THEN_ROW.match(kinds, pos + 1)
    if match is None:
        return False
    code = next(item for item in items[pos + 1 : match.end()] if item.kind == "V")
    return is_code(code.text) and "," not in code.text and "." not in code.text


#: Three years or more, each followed by as many values: a time series.
_SERIES = re.compile(r"(?:Y[VDP]+){3,}")
_SEGMENT = re.compile(r"Y[VDP]+")


def _years_as_labels(items: list[Item], kinds: str) -> str:
    """A time series labels its rows by year ("2014" / "– 15,3" / "450,9" / "2015" / ...):
    years each followed by the same number of cells, three times at least, are row labels,
    not column headings; their items become texts (``items`` is changed in place) and the
    kinds string is returned as it now reads. (Column headings of years are followed by
    another year or a label, never by a value.)"""
    found = list(kinds)
    for run in _SERIES.finditer(kinds):
        segments = list(_SEGMENT.finditer(kinds, run.start(), run.end()))
        widths = {len(m.group()) for m in segments[:-1]}  # the last may be cut short
        if len(widths) != 1 or len(segments[-1].group()) > widths.pop():
            continue
        for m in segments:
            items[m.start()] = items[m.start()]._replace(kind="T")
            found[m.start()] = "T"
    return "".join(found)


def read_cell_tables(
    lines: list[str], layout: PageLayout, budget_year: int | None = None
) -> list[RawTable]:
    """Every table printed one cell per line, in printed order (``layout``: the lines' page
    layout; ``budget_year``: the document's, which parts group headings whose spans the
    text lost, ``name_lost_groups``).

    A table's first row is a text item followed by a value (``_valued``): those are found
    by one scan of the items' kinds as a string, not by a test of every item.
    """
    items = items_of(lines, layout)
    tables = _read_items(items)
    # a figure printing its currency and scale ("€ 9,3 mld") is a cell of a table printing
    # every figure so; among figures printed bare it is a headline's figure over its
    # sentence, and those lines are read again without it
    mixed = [table for table in tables if _scales_mixed(table)]
    if mixed:
        spans = [(table.line_start, table.line_end) for table in mixed]
        items = [
            item._replace(kind="T")
            if item.kind == "V"
            and cell_scale(item.text)
            and any(a <= item.line <= b for a, b in spans)
            else item
            for item in items
        ]
        tables = _read_items(items)
    for table in tables:
        if table.lost_groups:
            name_lost_groups(table, budget_year)
    return tables


def _scales_mixed(table: RawTable) -> bool:
    """Whether some figures of a table print their scale beside them ("€ 9,3 mld") and
    others none ("550.000")."""
    figures = [cell.text for row in table.rows for cell in row.cells]
    if not any(text[-1:].isalpha() and "€" in text for text in figures):
        return False  # (a scale word ends a cell: most tables print none)
    scaled = [cell_scale(text) is not None for text in figures if any(map(str.isdigit, text))]
    return any(scaled) and not all(scaled)


def _read_items(items: list[Item]) -> list[RawTable]:
    """The tables of the items, in printed order (``read_cell_tables``)."""
    kinds = "".join(map(itemgetter(0), items))
    if "YV" in kinds:
        kinds = _years_as_labels(items, kinds)
    tables: list[RawTable] = []
    floor = 0
    pos = 0
    for match in _VALUED_TEXT.finditer(kinds):
        if match.start() < pos or CAPTION.match(items[match.start()].text):
            continue
        if _years_follow(kinds, match.start()) or _code_follows(items, kinds, match.start()):
            continue  # a caption over the headings, or the last heading: not a first row
        pos = match.start()
        start = _start(items, pos, floor)
        found = None
        for first in dict.fromkeys((start, pos)):
            head = _head_for(items, first, floor)
            found = _read(items, head[1], head[0]) if head else None
            if found is not None:
                break
        if found is None:
            pos += 1
            continue
        table, end = found
        tables.append(table)
        floor = end
        pos = max(end, pos + 1)
    return tables
