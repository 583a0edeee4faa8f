"""A row's run of values in a table printed one cell per line, and its cells' columns.

After a row's label come its values, one line each, with placeholders of white space for
empty cells (n spaces for n cells on some sites, 2n - 1 on others), a lone dash for a nil
cell, or the next label's bullet. This module takes the run of such items after a label,
says how many values a row prints (the count most of the first rows agree on), and fits a
run to that width: each value in its column, each placeholder as the empty cells it stands
for. A run that fits no reading of its placeholders is left unplaced, never shifted into a
wrong column.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise, product

from budgetkit.extract.tables_cell_items import Item, code_before_label, is_valued
from budgetkit.extract.tables_tokens import BRACKETED, CAPTION, is_code

#: Rows looked at to learn how many values a row prints.
PREVIEW = 8


def run_at(items: list[Item], pos: int) -> tuple[list[Item], int]:
    """The values and placeholders from ``pos``, and where they stop. A dash ending the run
    right before the next label may be that label's bullet or the row's last nil cell
    ("4.250" / "1.250" / "-" / "-"): ``bullet_before`` tells, once the width is known."""
    run: list[Item] = []
    while pos < len(items) and (
        items[pos].kind in "VYDP"
        or (items[pos].kind == "N" and run and BRACKETED.fullmatch(items[pos].text))
    ):  # "(8)" after a row's values is a small negative, not a column number
        run.append(items[pos])
        pos += 1
    return run, pos


def _row_at(items: list[Item], pos: int) -> bool:
    """Whether the text at ``pos`` opens a row with values: they follow it, or they follow
    the text right after it, its cell in a text column before the values."""
    if is_valued(items, pos):
        return True
    return pos + 1 < len(items) and items[pos + 1].kind == "T" and is_valued(items, pos + 1)


def bullet_before(items: list[Item], run: list[Item], pos: int) -> bool:
    """Whether the dash ending ``run`` (which stops at ``pos``) is the next label's bullet
    ("–" / "eigen personeel"), as far as the run itself tells: a dash right before a text."""
    return bool(run) and run[-1].kind == "D" and pos < len(items) and items[pos].kind == "T"


def rows_preview(items: list[Item], first: int) -> list[tuple[list[Item], bool]]:
    """The value runs of the first rows, each with whether a valued row follows it whose
    code the run may end in: a text followed by values, or by its text cell and then
    values (a label and its cell in a text column before the values: "3" / "<Naam>" /
    "Gemeenten" / five amounts). Without that text cell, a row's run ending in the next
    row's code ("14.200" / " " / " " / "3") was no run before a row, and the code counted
    as one more column. A row printing its code as a text in a cell of its own
    (``code_before_label``: "IIA" / "<Naam>", "1.1" / "<Naam>") has its code, so it ends no
    run above it with its code ("761" / "IIB" is a value): read as that code, the first
    rows of a table whose last column is small printed a value fewer and the table was read
    a column narrower."""
    runs: list[tuple[list[Item], bool]] = []
    pos = first
    while pos < len(items) and len(runs) < PREVIEW:
        if pos > first and _next_table(items[pos]):
            break
        if items[pos].kind != "T":
            pos += 1
            continue
        run, pos = run_at(items, pos + 1)
        while pos < len(items) and items[pos].kind == "D":
            pos += 1
        follows = (
            pos < len(items)
            and items[pos].kind == "T"
            and _row_at(items, pos)
            and not code_before_label(items, pos)
        )
        runs.append((run, follows))
    return runs


def _next_table(item: Item) -> bool:
    """Whether ``item`` ends the rows of the table above it: a gap no table crosses, or the
    next table's caption ("Tabel 7 ..."), as the row reader ends a table there. The rows of
    a short table under it were counted as its own: a table of four columns three rows
    deep, a table of five under it, and its width was read as five."""
    return item.kind == "X" or (item.kind == "T" and CAPTION.match(item.text) is not None)


def data_width(runs: list[tuple[list[Item], bool]], text_after: bool, coded: bool = False) -> int:
    """How many values a row prints: the count most rows agree on.

    A code-like number ending a run may be the next row's code, and any value ending it the
    cell of a text column printed after the values; a row supports both counts, and the
    count supported by most rows wins (ties: the count more rows print outright). Under a
    heading that names a code column (``coded``: "Art." / "Omschrijving" / "2024"), every
    row opens with its code, so a code-like number ending a run before the next row is
    that row's code alone: else a table whose first rows are all followed by another read
    each next code as one more column, and every value went one column over. There a
    code-like number alone after a text is the next row's code too, where other rows print
    more values: the text was a text column's cell after the row above's values, or a
    group row ("nee" / "N" / "<Naam>" under "Artikel"), no row of one value. So the text
    before such a code cell alone is the row's text cell, and the values and one-space
    placeholders before it are all the row's cells, none of them the text column's.
    """
    support: Counter[int] = Counter()
    outright: Counter[int] = Counter()
    wider = any(sum(item.kind in "VYD" for item in run) > 1 for run, _follows in runs)
    ends: list[str] = []  # the code-like numbers ending runs a row follows
    for k, (run, follows) in enumerate(runs):
        values = [item for item in run if item.kind in "VYD"]
        if not values:
            continue
        last_is_code = run[-1] is values[-1] and is_code(values[-1].text)
        if follows and last_is_code and len(values) > 1:
            ends.append(values[-1].text)
        if coded and follows and wider and len(run) == 1 and last_is_code:
            continue
        values = [item for item in next_code_off(run, follows, coded) if item.kind in "VYD"]
        printed = _cells_among_values(run, values)
        # under a text column after the values, a text then a code cell alone right after
        # the run: the row's text cell, then the next row's code
        texted = coded and follows and text_after and _code_cell_next(runs, k)
        if coded and follows and not text_after:
            printed = max(printed, _cells_before_next_code(run, values))
        elif texted:
            printed = max(printed, _cells_before_text_cell(run, values))
        outright[printed] += 1
        support[printed] += 1
        # under a text column printed after the values, the last may be its cell ("n.v.t."),
        # whether a row follows or not (the table's last row), unless the text after the
        # run is (``texted``)
        last = last_solid(run) is values[-1] and (
            (text_after and not texted) or (follows and is_code(values[-1].text))
        )
        bullet = run[-1].kind == "D" and follows  # the next label's bullet, or a nil cell
        if (last or bullet) and len(values) > 1:
            support[printed - 1] += 1
    if not support:
        return 0
    best = max(support, key=lambda count: (support[count], outright[count], count))
    if support[best - 1] == support[best] and _numbering(ends):
        # a tie between a row's values and its values and the next row's code, where the
        # numbers ending the runs count up row by row ("0" / "1" / "2" ..., a municipal
        # table's taakvelden numbered in cells of their own before their names): they are
        # the rows' numbers, no column of values; the tie stands where the preview of the
        # first rows stops before the last row, whose run ends in no code
        return best - 1
    return best


#: Fewest runs ending in numbers counting up that show the rows numbered.
MIN_NUMBERED = 3


def _numbering(ends: list[str]) -> bool:
    """Whether ``ends`` (the numbers ending the first rows' runs) count up one by one, as a
    column of the rows' own numbers printed before their labels does ("0", "1", "2" ...),
    ``MIN_NUMBERED`` of them at least: a column of values seldom does."""
    if len(ends) < MIN_NUMBERED or not all(end.isdigit() for end in ends):
        return False
    numbers = [int(end) for end in ends]
    return all(b == a + 1 for a, b in pairwise(numbers))


def _cells_among_values(run: list[Item], values: list[Item]) -> int:
    """How many cells a row prints from its first value to its last (of ``values``): a
    placeholder of one space between them is one empty cell under every convention (n
    spaces for n cells, 2n - 1, a placeholder a cell), so it counts ("3.420" / " " /
    "1.150" / "2.270" is four columns' cells, the second empty). Wider placeholders tell
    no count before the table's convention is read: there the values alone count."""
    if len(values) < 2:
        return len(values)
    inner = run[run.index(values[0]) : run.index(values[-1]) + 1]
    if all(_one_space(item) for item in inner if item.kind == "P"):
        return len(inner)
    return len(values)


def _cells_before_next_code(run: list[Item], values: list[Item]) -> int:
    """How many cells a row prints from its first value up to the next row's code cell
    that ends its run, under a heading naming a code column first ("Art." / "Omschrijving"
    / ...), where every row opens with its code cell, a code or one space where it has none
    ("38.400" / "38.400" / " " / "3", "2.150" / "2.150" / " " / " " / "Overige mutaties").
    The one-space placeholders before that cell are the row's own empty last cells: counted
    only up to the last value, rows with an empty last column made the table a column
    narrower and every value went one column right. 0 where the run ends in no such cell or
    a wider placeholder, whose count the table's convention tells later. (Under a text
    column printed after the values the run ends at the row's text cell, not the next
    row's code: ``_cells_before_text_cell`` counts there.)"""
    if not values:
        return 0
    last = run[-1]
    empty = last.kind == "P" and _one_space(last)
    if not empty and (last is values[-1] or not is_code(last.text)):
        return 0
    return _cells_from_first_value(run[:-1], values)


def _code_cell_next(runs: list[tuple[list[Item], bool]], k: int) -> bool:
    """Whether the run after row ``k``'s is a code cell alone before a row: a code-like
    number or a one-space placeholder (the next row has no code), the next row's label
    after it. Under a heading naming a code column first and a text column after the
    values ("Art." / "Omschrijving" / "Uitgaven" / "Ontvangsten" / "Vindplaats"), the text
    between the two runs is then row ``k``'s text cell ("Kamerstuk 36 410 VIII, nr. 14"),
    no label: the cells before it are all that row's."""
    if k + 1 >= len(runs):
        return False
    run, follows = runs[k + 1]
    if not follows or len(run) != 1:
        return False
    cell = run[0]
    return _one_space(cell) if cell.kind == "P" else is_code(cell.text)


def _cells_before_text_cell(run: list[Item], values: list[Item]) -> int:
    """How many cells a row prints from its first value up to its text cell after the
    values, which ends its run (``_code_cell_next``): the one-space placeholders after its
    last value are its own empty last cells ("25.000" / " " / "Kamerstuk ..., nr. 14" / "14"
    under "Uitgaven" / "Ontvangsten" / "Vindplaats": the Ontvangsten cell empty), as they are
    before the next row's code where no text column follows (``_cells_before_next_code``).
    Counted only up to the last value, rows leaving their last value column empty made the
    table a column narrower, every value went one column right and the next row's code read
    as a value. 0 across a wider placeholder, whose count the table's convention tells."""
    if not values:
        return 0
    return _cells_from_first_value(run, values)


def _cells_from_first_value(run: list[Item], values: list[Item]) -> int:
    """How many items ``run`` holds from its first value (of ``values``) to its end, each a
    cell where every placeholder among them is one space wide (``_one_space``); 0 across a
    wider placeholder, whose count the table's convention tells later."""
    body = run[run.index(values[0]) :]
    if not all(_one_space(item) for item in body if item.kind == "P"):
        return 0
    return len(body)


def _one_space(item: Item) -> bool:
    """Whether a placeholder is one space wide: one empty cell under every convention (n
    spaces for n cells, 2n - 1, a placeholder a cell). (A placeholder read from a line is
    one character wide at least.)"""
    return item.width == 1


def next_code_off(run: list[Item], follows: bool, coded: bool) -> list[Item]:
    """A row's run without the next row's code ending it: under a heading naming a code
    column first (``coded``: "Art." / "Omschrijving" / "2024"), every row opens with its
    code, so a code-like number ending a run of more values right before the next row
    (``follows``) is that row's code, no cell of this one, however often the rows repeat
    it ("2" before each of an article's rows). Counted as a cell, every row printed a
    value more than the columns, and the labels' heading became a value column's."""
    values = [item for item in run if item.kind in "VYD"]
    if coded and follows and len(values) > 1 and run[-1] is values[-1] and is_code(run[-1].text):
        return run[:-1]
    return run


def up_to_last_value(run: list[Item]) -> int:
    """How many cells a row's run spans from its first value to its last (placeholders
    before it may be a text column's empty cell, after it may only end the row)."""
    at = [k for k, item in enumerate(run) if item.kind in "VYD"]
    return at[-1] - at[0] + 1 if at else 0


#: The ways a table may print a run of empty cells (``placeholder_convention``): one
#: placeholder per run, one space per cell, or 2n - 1 spaces for n cells.
CONVENTIONS = ("one", "same", "odd")


def _cells_of(item: Item, conv: str) -> int | None:
    if item.kind != "P":
        return 1
    if conv == "one":
        return 1
    if conv == "same":
        return item.width
    return (item.width + 1) // 2 if item.width % 2 else None


def _valueless_rows(items: list[Item], first: int) -> Iterator[tuple[list[Item], bool]]:
    """The placeholders of each row without values of the table whose rows start at
    ``first``, each with whether a code-like number follows them before the next label (the
    next row's code, printed in a cell of its own before its label, or the row's last
    value). Read up to the first item no table crosses or the next caption."""
    k = first
    while k < len(items) and items[k].kind not in "NX" and not CAPTION.match(items[k].text):
        if items[k].kind != "T":
            k += 1
            continue
        end = k + 1
        while end < len(items) and items[end].kind == "P":
            end += 1
        coded = (
            end + 1 < len(items)
            and items[end].kind in "VY"
            and is_code(items[end].text)
            and items[end + 1].kind == "T"
        )
        if end >= len(items) or items[end].kind == "T" or coded:
            yield items[k + 1 : end], coded
        k = end


def valued_runs(items: list[Item], first: int) -> Iterator[list[Item]]:
    """The run of each row with values of the table whose rows start at ``first``, read up
    to the first item no table crosses or the next caption, as ``_valueless_rows`` reads."""
    k = first
    while k < len(items) and items[k].kind not in "NX" and not CAPTION.match(items[k].text):
        if items[k].kind != "T":
            k += 1
            continue
        run, k = run_at(items, k + 1)
        if any(item.kind != "P" for item in run):
            yield run


def _full_rows(items: list[Item], first: int, printed: int) -> list[list[Item]]:
    """The runs of the rows with values of the table whose rows start at ``first`` that
    print a run of empty cells as one placeholder wider than one space, where the table's
    other rows with values tell that each prints all its ``printed`` cells (a note column's
    after the values counted, its empty cell a space): every such row prints exactly as
    many items, two rows at least. Empty where they do not tell so (a row printing fewer,
    its note cell left out, or more, the next row's code after them)."""
    runs = list(valued_runs(items, first))
    wide = [run for run in runs if any(item.width > 1 for item in run)]
    plain = [run for run in runs if not any(item.width > 1 for item in run)]
    if len(plain) < 2 or any(len(run) != printed for run in plain):
        return []
    return wide


def placeholder_convention(
    items: list[Item], first: int, counts: set[int], printed: int | None = None
) -> str | None:
    """How the table whose rows start at ``first`` prints its runs of empty cells, where
    its rows without values tell: a label followed by placeholders alone, wider than one
    space, stands for a row of empty cells, as many as the table has columns (``counts``:
    the value columns, or with the code and text columns too). Where each such row's width
    reads as those cells under one of n spaces for n cells ("same") and 2n - 1 ("odd")
    only, and no such row reads the other way, that is the table's ("Subsidies" / 13
    spaces over seven columns: 2n - 1, and then "   " before five values is two empty
    years, not one). The next row may open with its code, printed in a cell of its own
    before its label: a code-like number after the placeholders is then that code or the
    row's last value, and a convention reads the row where either fills the columns
    (a heading of mutations / six spaces / "1" / the next label, over six columns: n spaces
    for n cells, as no width 2n - 1 is even). Rows with values tell too where the table's
    rows print every cell (``printed``, a note column's after the values counted:
    ``_full_rows``): a row's run of empty cells is as many as make its items that count,
    and a run one convention reads so and the other not tells the table's ("   " / four
    amounts / "3" under seven value columns and "Noot": n spaces, three empty years and the
    note's number; 2n - 1 made two, the amounts a column early and the note the last
    column's value). None where no row tells or rows disagree."""
    seen: set[str] = set()
    for blank, coded in _valueless_rows(items, first):
        if any(item.width > 1 for item in blank):
            same, odd = (_reads_empty(blank, conv, counts, coded) for conv in ("same", "odd"))
            if same != odd:
                seen.add("same" if same else "odd")
    for run in _full_rows(items, first, printed) if printed else []:
        same, odd = (cells_in(run, conv) == printed for conv in ("same", "odd"))
        if same != odd:
            seen.add("same" if same else "odd")
    return seen.pop() if len(seen) == 1 else None


def note_reading(run: list[Item], leaves: list[str]) -> str | None:
    """The convention that reads a row's last item, a small whole number, as the cell of a
    note column printed after the value columns (``leaves``), where another reads it as the
    last value column's and the table does not tell its own (``placeholder_convention``):
    "   " / four amounts / "3" is three empty years, four amounts and the note's number
    under n spaces for n cells, or two empty years and "3" the last column's under 2n - 1.
    A note column's number taken for a value is the worse misreading: the row's every
    amount then stands a column early. Not where a difference column's sum holds under the
    other reading only (1.003 - 1.000 = 3 under "Verschil"): the row's figures tell it.
    None where no such pair of readings fits."""
    width = len(leaves)
    last = last_solid(run)
    if last is None or last.kind not in "VY" or not is_code(last.text):
        return None
    cells = {conv: cells_up_to_last_value(run, conv) for conv in ("same", "odd")}
    noted = [conv for conv, count in cells.items() if count == width + 1]
    if len(noted) != 1 or width not in cells.values():
        return None
    other = "odd" if noted[0] == "same" else "same"
    if _difference_holds(run, leaves, other) and not _difference_holds(run, leaves, noted[0]):
        return None
    return noted[0]


#: A whole amount as a cell prints it ("1.003", "– 450"): its digits, the sign dropped.
_WHOLE_AMOUNT = re.compile(r"[-–−]?[ \xa0]?(\d{1,3}(?:\.\d{3})*)")


def _difference_holds(run: list[Item], leaves: list[str], conv: str) -> bool:
    """Whether the row's cells, its placeholders read as ``conv`` says, put a difference
    in a column headed "Verschil" of the two columns before it (signs aside)."""
    placed: dict[int, int] = {}
    for k, item in enumerate(run):
        amount = _WHOLE_AMOUNT.fullmatch(item.text.strip()) if item.kind != "P" else None
        before = cells_in(run[:k], conv)
        if amount and before is not None:
            placed[before] = int(amount.group(1).replace(".", ""))
    return any(
        leaf.lower().startswith("verschil")
        and {k - 2, k - 1, k} <= placed.keys()
        and abs(placed[k - 2] - placed[k - 1]) == placed[k]
        for k, leaf in enumerate(leaves)
    )


def spaces_are_cells(items: list[Item], first: int, columns: int) -> bool:
    """Whether the table whose rows start at ``first`` prints each empty cell as a
    placeholder of its own, one space wide, where its rows without values tell: each prints
    one such placeholder for every column, a text column after the values counted too
    ("Subsidies" / eight single spaces under seven value columns and "Ref."). Where they do,
    "<Regeling>" / " " / " " / five values / "3" is two empty years, five values and the
    note's number, not six values from the second year on; ``placeholder_convention`` reads
    wider placeholders only, which one space, one cell under either convention, cannot
    tell."""
    rows = [blank for blank, coded in _valueless_rows(items, first) if blank and not coded]
    return bool(rows) and all(
        len(blank) == columns and all(item.width == 1 for item in blank) for blank in rows
    )


def one_space_cells(run: list[Item]) -> bool:
    """Whether a row's run prints placeholders, each one space wide: each is one empty cell
    under every convention (n spaces for n cells, 2n - 1, a placeholder a cell). Counted
    so, a row ending in its text columns' cells printed as figures tells which they are
    where the table's value-less rows, printing none, do not tell its convention
    (``spaces_are_cells``): "12.118" / "4.500" / three spaces / "2021" / "n.v.t." /
    "1-7-2027" under five years and three text columns is two amounts, three empty years
    and the first two text columns' cells; " " / " " / three amounts / "2025" / "2028" /
    "1-1-2031" two empty years, three amounts and two evaluations' years. Read without
    them, the years took the last years' columns, or the row fitted none and was lost."""
    blanks = [item for item in run if item.kind == "P"]
    return bool(blanks) and all(_one_space(item) for item in blanks)


def _reads_empty(blank: list[Item], conv: str, counts: set[int], coded: bool) -> bool:
    """Whether a value-less row's placeholders print its cells under ``conv``: as many as the
    table has columns (``counts``), or, before a code-like number (``coded``), one fewer,
    the number then the row's last value."""
    cells = cells_in(blank, conv)
    return cells is not None and (cells in counts or (coded and cells + 1 in counts))


def cells_up_to_last_value(run: list[Item], conv: str) -> int | None:
    """How many cells a run prints up to its last value, each placeholder read as
    ``conv`` says; None where a placeholder's width has no such reading."""
    end = max(k for k, item in enumerate(run) if item.kind != "P") + 1
    return cells_in(run[:end], conv)


def past_cells(run: list[Item], cells: int, conv: str) -> int | None:
    """Where ``run`` has printed its first ``cells`` cells, each placeholder read as
    ``conv`` says: the index of its next item, the first of the cells after them. A row
    printing its text columns' cells after its values counts its placeholders so, not its
    values alone: " " / " " / three amounts / " " / "2028" under five years, then
    "Laatste evaluatie" and "Volgende evaluatie", leaves its last evaluation empty, and
    its third amount is no text column's cell. None where no item ends there (a wide
    placeholder printing cells on both sides) or a width has no reading under ``conv``."""
    printed = 0
    for k, item in enumerate(run):
        if printed == cells:
            return k
        count = _cells_of(item, conv)
        if count is None:
            return None
        printed += count
    return None


def cells_in(run: list[Item], conv: str) -> int | None:
    """How many cells the items of ``run`` print, each placeholder read as ``conv`` says
    (``_cells_of``); None where a placeholder's width has no such reading."""
    counts = [_cells_of(item, conv) for item in run]
    return None if None in counts else sum(c for c in counts if c)


def place_run(
    run: list[Item], width: int, conventions: tuple[str, ...] = CONVENTIONS
) -> list[Item | None] | None:
    """The run's values in ``width`` columns, its placeholders read in one of
    ``conventions`` (any where the table does not tell its own), or None when they cannot
    be placed."""
    if not any(item.kind != "P" for item in run):
        return None
    lead = next(i for i, item in enumerate(run) if item.kind != "P")
    trail = next(i for i, item in enumerate(reversed(run)) if item.kind != "P")
    for drop_lead, drop_trail in product(range(lead + 1), range(trail + 1)):
        core = run[drop_lead : len(run) - drop_trail]
        for conv in conventions:
            counts = [_cells_of(item, conv) for item in core]
            if None in counts or sum(c for c in counts if c) != width:
                continue
            placed: list[Item | None] = []
            for item, count in zip(core, counts, strict=True):
                placed.extend([None] * (count or 0) if item.kind == "P" else [item])
            return placed
    return None


def split(
    run: list[Item], width: int, rows_above: bool = False, conv: str | None = None
) -> list[tuple[Item | None, list[Item | None] | None]]:
    """(unlabelled row's first item, placed cells) per row in a run of cells.

    The first entry is the labelled row's own cells; a placeholder followed by values after
    a complete row is the empty label of a subtotal row. Where the table's rows are seen to
    print ``width`` values (``rows_above``: a row above was placed), a run of a whole number
    of rows' values and no placeholder is the label's row and the subtotals under it printed
    without a label (a text layer printing no blank lines: a mutation's label, its figures,
    then those of the stand the mutations above make), row by row; a run of any other count,
    or holding a lone dash (a nil cell, or a minus printed apart from its figure: "–" / "10"),
    is not split, and its values are placed from the sums or left out.

    Where the table tells how it prints a run of empty cells (``conv``, read from its
    value-less rows by ``placeholder_convention``), a row's placeholders are read so first:
    under n spaces for n cells, "N.NNN" / two spaces / "N.NNN" / the next row's opening
    space is two empty cells between the amounts, where reading each placeholder as one
    cell put the second amount a column early and the space in the last column.
    """
    # (the collapsed reading first: a convention may fit the run only by dropping its
    # one-space placeholder before the values, each value then a column early)
    placed = _collapsed_tail(run, width) or _placed_as_printed(run, width, conv)
    if placed is not None or not any(item.kind != "P" for item in run):
        return [(None, placed)]
    # (figures alone: a lone dash may be a nil cell or the minus of the figure after it,
    # printed apart, "–" / "10", so it makes no count of values)
    if (
        rows_above
        and width > 1
        and len(run) % width == 0
        and all(item.kind not in "PD" for item in run)
    ):
        rows: list[list[Item | None]] = [
            list(run[k : k + width]) for k in range(0, len(run), width)
        ]
        return [(None, rows[0]), *((row[0], row) for row in rows[1:])]
    for k in range(1, len(run) - 1):
        if run[k].kind == "P" and run[k + 1].kind != "P":
            # the labelled row's placeholders read as the table prints them first, as the
            # whole run's are: "N,N" / three spaces / "N,N" / a spacer row's spaces before
            # an unlabelled subtotal is, under 2n - 1, two empty cells between the amounts
            # over four columns; read a placeholder a cell (the spacer's its last), the
            # second amount stood a column early
            head = _placed_as_printed(run[:k], width, conv)
            if head is None:
                continue
            rest = split(run[k + 1 :], width, rows_above=True, conv=conv)
            if rest[0][1] is not None:
                return [(None, head), (run[k], rest[0][1]), *rest[1:]]
    return [(None, None)]


def _placed_as_printed(run: list[Item], width: int, conv: str | None) -> list[Item | None] | None:
    """The run's values in ``width`` columns, its placeholders read as the table prints a
    run of empty cells (``conv``) first, then in any convention: a convention the table
    tells is the likelier reading where more than one fits."""
    return (place_run(run, width, (conv,)) if conv else None) or place_run(run, width)


def empty_line_span(items: list[Item], first: int, spans: set[int]) -> int | None:
    """How many empty lines the table whose rows start at ``first``, printing a cell a line
    and no blank line between, prints between a row without values and the next row's
    label, where its rows without values tell: a label followed by the next row's label,
    right below it or exactly as many empty lines below as a row prints empty cells there
    (``spans``: one a column, "Lasten" / six empty lines / "1 Bestuur en dienstverlening"
    and its six values; a text column's after them and a code column's before the next
    label where the heading names them, "Subsidies (regelingen)" / seven empty values, an
    empty "Ref." and an empty "Art." / "ProDemos"), once at least and never another number
    of lines: the table prints an empty cell as an empty line. Where no row without values
    stands, rows printing fewer values than the cells tell the same (``_short_row_lines``).
    None where they do not tell so. A line no item holds may be page furniture left out as
    well (a running head between two rows): only a value-less row's or a short row's lines
    tell the empty ones. Read up to the first item no table crosses or the next caption."""
    told: int | None = None
    shorts: set[int] = set()  # the lines each short row spans up to the next row's label
    k = first
    while k + 1 < len(items) and items[k].kind not in "NX" and not CAPTION.match(items[k].text):
        below = items[k + 1]
        if items[k].kind == "T" and below.kind == "T" and is_valued(items, k + 1):
            gap = below.line - items[k].line - 1
            if gap and (gap not in spans or told not in (None, gap)):
                return None
            told = gap or told
        elif items[k].kind == "T" and (lines := _short_row_lines(items, k, min(spans))):
            shorts.add(lines)
        k += 1
    if told is None and len(shorts) == 1 and shorts <= spans:
        return shorts.pop()
    return told


def _short_row_lines(items: list[Item], label: int, cells: int) -> int | None:
    """The lines between the label at ``label`` and the next row's label where the row
    prints its values a line each, fewer than its ``cells``, and the next row's label
    follows them ("2 Nieuw beleid" / "" / "-500" / "-600" / "3 Wonen"): as many as the
    row's cells where its empty cells are empty lines, as many as its values where the text
    leaves them out. A table without a value-less row shows its convention only so; read
    as values alone, its short rows had too few and were left out where no sums told. None
    for any other row: one filling its cells tells neither, and after one printing a
    placeholder or a text (a note's cell, the prose after the table) the lines count more
    than its cells."""
    end = label + 1
    while end < len(items) and items[end].kind in "VYD":
        end += 1
    values = end - label - 1
    if not 0 < values < cells or end >= len(items) or items[end].kind != "T":
        return None
    if not is_valued(items, end):
        return None
    return items[end].line - items[label].line - 1


def place_by_lines(
    run: list[Item], width: int, label_line: int, closed: bool
) -> list[Item | None] | None:
    """The run's values in ``width`` columns by the lines they stand on, where the table
    prints a cell a line and no blank line between, an empty cell as an empty line: the
    row's label on its line (``label_line``), then one line per column ("2 Nieuw beleid"
    / "" / "-500" / "-600"), each value's column its line's distance from the label's.
    The empty lines give no items: counted as values only, a row printing fewer than the
    columns had no place for them, and was left out where no sums told (the table's
    convention, ``empty_line_span``, says the lines are empty cells). None where a
    placeholder stands in the run (it tells its own cells), a value stands past the last
    column's line, or the row's cells are not known to end at that line: the last column
    holds a value, or the next row starts where the row's lines end (``closed``)."""
    if any(item.kind == "P" for item in run):
        return None
    placed: list[Item | None] = [None] * width
    for item in run:
        offset = item.line - label_line
        if not 1 <= offset <= width or placed[offset - 1] is not None:
            return None
        placed[offset - 1] = item
    if placed[-1] is None and not closed:
        return None
    return placed


def _collapsed_tail(run: list[Item], width: int) -> list[Item | None] | None:
    """The run's values in ``width`` columns where every empty cell before its last value
    is printed as a placeholder of one space, one cell in any convention, and the empty
    cells after it as one placeholder, as wide as those cells at least ("42.000" / " " /
    "15.650" / "57.650" / seven spaces under six columns, " " / "19.873" / seven spaces
    under seven): the values stand where the cells before them put them, the last
    placeholder is the row's empty cells to the last column, however many. None where any
    other placeholder stands before the last value (how many cells it is the convention
    tells, ``place_run``), where none does (a row may leave its first empty cells out),
    or the cells do not fit."""
    if not run or run[-1].kind != "P" or run[-1].width <= 1:
        return None
    before = run[:-1]
    if not any(item.kind != "P" for item in before):
        return None
    blanks = [item.width for item in before if item.kind == "P"]
    if not blanks or any(blank != 1 for blank in blanks):
        return None  # (no empty cell printed before the last value: are any left out?)
    left = width - len(before)
    if not 1 <= left <= run[-1].width:
        return None
    return [None if item.kind == "P" else item for item in before] + [None] * left


def last_solid(run: list[Item]) -> Item | None:
    """The last item of a run that is not a placeholder."""
    return next((item for item in reversed(run) if item.kind != "P"), None)
