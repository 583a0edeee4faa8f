"""Column headings of words alone, with no period among them to say where columns stand.

A begrotingsstaat heads its columns "Verplichtingen   Uitgaven   Ontvangsten"; a letter
prints "Programma Lasten Baten Saldo" one space apart, or "Bedrag   Aandeel" with the
units on the line under it ("(x € 1.000)   (%)"). Such a line looks like prose: it is
tried only right above rows no table read, its headings are as many as the row below
prints values, taken from the end, and the table is kept only where its rows stand
aligned under it or every row prints a value in each column, read one way only
(``filled_rows``, ``every_column_filled``). This module reads those headings, the unit
or words a line right under them adds to each, and the headings over a line of column
numbers printed without layout.
"""

from __future__ import annotations

import re
from itertools import pairwise

from budgetkit.extract.tables_alignment import (
    heading_spans,
    in_heading_order,
    nearest_own,
    text_row,
    under_values,
)
from budgetkit.extract.tables_glued_captions import caption_ends
from budgetkit.extract.tables_groups import is_group
from budgetkit.extract.tables_heading_line import CHUNK, TOKEN, split_heading
from budgetkit.extract.tables_hierarchy import rank
from budgetkit.extract.tables_placed_headings import filled_columns
from budgetkit.extract.tables_row_values import (
    CELL,
    PRINTED,
    Style,
    own_number,
    padded_values,
    split_row,
)
from budgetkit.extract.tables_stacked_headings import MAX_STACKED
from budgetkit.extract.tables_titles import MAX_HEADINGS, nonblank, nonblank_before
from budgetkit.extract.tables_tokens import (
    DASHES,
    DOT_THOUSANDS,
    NO_FIGURE,
    RULE_LINE,
    is_column,
    is_column_number,
    is_value,
    is_year,
)
from budgetkit.extract.tables_units import read_unit, unit_alone
from budgetkit.extract.tables_vocabulary import LABEL_HEADINGS, TOTAL, is_share

_WORD = TOKEN
#: A column heading of one word: a capital, then letters ("Lasten", "Saldo").
_CAPITALISED = re.compile(r"[^\W\d_a-z][^\W\d_]*(?:-[^\W\d_]+)*\.?")  # "EMU-saldo" too
#: A column heading of words: letters, with dots, hyphens and brackets between.
_WORDS_ONLY = re.compile(r"[^\W\d_][^\W\d_ .()\-]*(?:[ .()\-]+[^\W\d_]*)*\.?\)?")
#: A column heading of words ending in a year ("Begroting 2024"), beside headings of words.
_WORDS_YEAR = re.compile(rf"{_WORDS_ONLY.pattern} (?:19|20)\d\d")


def word_heading(lines: list[str], index: int) -> tuple[str, list[tuple[str, int]]] | None:
    """Column headings of words alone ("Verplichtingen   Uitgaven   Ontvangsten", a
    begrotingsstaat) or of words ending in a year beside them ("Begroting 2024   Aandeel"),
    either saying its column's unit after it ("Bedrag (x € 1.000)   Aandeel (%)"), parted
    by two spaces or more: as many as the row below prints values,
    taken from the end; the rest is the corner. Words look like prose, so such a heading is
    only tried right above rows no table read, and kept only where the rows stand aligned
    under it (``_read_blocks``)."""
    text = lines[index]
    below = nonblank(lines, index + 1, 0)
    chunks = [(m.group(), m.start() + 1) for m in CHUNK.finditer(text)]
    if len(chunks) > 1:  # past the lines that go on with its headings ("(x € 1.000)", "(1)")
        # and the group lines over the first row ("Beleidsartikelen" under the headings of
        # a begrotingsstaat)
        # and the rows of text cells under its headings ("Functie   Directeur   Lid")
        # and a rule under them, layout however long (across a ``pdftotext -layout`` page
        # it is too long for a group line)
        spans = heading_spans(chunks[1:])
        below = [
            i
            for i in nonblank(lines, index + 1, MAX_STACKED)
            if not _goes_on(lines[i])
            and not is_group(lines[i])
            and not text_row(lines[i], spans)
            and not RULE_LINE.fullmatch(lines[i].strip())
        ]
        below = below[:1]
        if below and _names_groups(text, lines, index, below[0]):
            return None  # the line under it heads the columns, this one their groups
    if len(chunks) == 1 and below:
        above = nonblank_before(lines, index, 1)
        if above and _valued_row(lines[above[0]]):
            return None  # right under rows: a group of a register ("Gemeente Rotterdam Zuid")
        # the first row under it, past group lines ("Lasten")
        rows = [i for i in nonblank(lines, index + 1, MAX_HEADINGS) if not is_group(lines[i])]
        later = tuple(lines[i] for i in rows[1:])
        return _single_spaced_words(text, lines[rows[0]], later) if rows else None
    row = split_row(lines[below[0]], len(chunks)) if below and len(chunks) > 1 else None
    if row is None and below and len(chunks) == 2:
        row = split_row(lines[below[0]], 1)  # a corner and one column ("Categorie   Mutatie")
    if row is None and below and len(chunks) > 1 and "\t" not in text:
        # figures whose thousands are parted by spaces read more ways than one ("412 318
        # 408 211"), but not where they stand apart by padding: read by their places
        return _words_over_values(text, lines, below[0])
    if row is None or len(row[1]) > len(chunks) or "\t" in text:
        return None
    tail = chunks[len(chunks) - len(row[1]) :]
    if not all(_worded(chunk) for chunk, _c in tail):
        return None
    if len(tail) > 1 and len({chunk for chunk, _c in tail}) == 1 and tail[0][0][:1].islower():
        # one word in lower case under every column is a row's text cells ("Dienstbetrekking?
        # ja   ja"), which name no columns apart
        return None
    placed = _words_over_values(text, lines, below[0])
    if placed is not None and not in_heading_order(row[1], heading_spans(tail)):
        return placed
    return text[: tail[0][1] - 1].strip(), tail


def _names_groups(text: str, lines: list[str], index: int, row: int) -> bool:
    """Whether a line of words (``text``, ``lines[index]``) names groups of the columns the
    line right under it heads one by one: that line goes on with the headings
    (``_goes_on``), each of its runs parted by padding is a heading of words starting with
    a capital and stands over a column of the rows from ``lines[row]`` on, one each
    (``_words_over_values``), and this line prints fewer runs over those columns
    ("Vastgestelde begroting    Mutaties suppletoire begroting" over "Verplichtingen
    Uitgaven   Verplichtingen   Uitgaven", a begrotingsstaat's two levels). Its words then
    join the columns they stand over as a group's name (``stacked_headings``); read by
    where each word stands, each word was a column's own ("Vastgestelde Verplichtingen",
    "begroting Uitgaven")."""
    # past a rule drawn under the groups' names over their columns
    under = [i for i in nonblank(lines, index + 1, 2) if not RULE_LINE.fullmatch(lines[i].strip())]
    if not under or under[0] >= row or not _goes_on(lines[under[0]]):
        return False
    lower = lines[under[0]]
    placed = _words_over_values(lower, lines, row)
    if placed is None:
        return False
    heads = [heading for heading, _col in placed[1]]
    runs = [m.group() for m in CHUNK.finditer(lower)]
    if heads != runs[len(runs) - len(heads) :] or not all(
        _worded(head) and head[:1].isupper() for head in heads
    ):
        return False
    first = placed[1][0][1] - 1  # where the first column's heading starts (0-based)
    own = [m for m in CHUNK.finditer(text) if m.end() > first]
    return 0 < len(own) < len(heads)


def _words_over_values(
    text: str, lines: list[str], row: int
) -> tuple[str, list[tuple[str, int]]] | None:
    """(corner, headings) of a heading line of words whose runs do not each head one column
    of the row below ("Verplich-    Uitgaven Ontvangsten" over three values, two headings
    one space apart): read by where its words stand over the row's values, each word
    ending where a column's values end or centred on them (within half a column's gap),
    the words over one column one heading; the runs left of the values are the corner
    ("Art.  Omschrijving"). None where a word stands over no column, or a column has none.
    The columns are those the rows from ``lines[row]`` on fill (``filled_columns``): a
    first row may leave some empty ("412   96   138   370" under five headings)."""
    # the columns the rows fill; where the words do not stand over those (a line below the
    # rows, a page's footer, read as a row of its own), the first row's
    for filled in (True, False):
        values = filled_columns(lines, row, filled)
        placed = _words_over_columns(text, values) if values else None
        if placed is not None and _parted_inside_runs(placed[1]):
            # "Algemene uitkering   Decentralisatie-uitkeringen   Totaal provinciefonds"
            # over right-aligned figures: read word by word, "Totaal" ended nearer the
            # middle column's figures than the last's. Where padding parts the headings,
            # words one space apart are one heading's: the runs between paddings are placed,
            # where they give each column its heading; else ("Primaire  begroting  Na
            # wijziging Realisatie", padding inside a heading too) word by word, as before
            placed = _words_over_columns(text, values, CHUNK) or placed
        if placed is not None:
            return placed
    return None


def _parted_inside_runs(headings: list[tuple[str, int]]) -> bool:
    """Whether a reading of headings by where each word stands holds a padding inside one
    heading while it parts two others at a single space: the line parts its headings by
    padding, and that reading cut a heading's words apart and joined two headings."""
    padded = any(_PADDING.search(heading) for heading, _column in headings)
    spaced = any(
        next_column - column - len(heading) == 1
        for (heading, column), (_next, next_column) in pairwise(headings)
    )
    return padded and spaced


def _words_over_columns(
    text: str, values: list[tuple[str, int]], unit: re.Pattern[str] = TOKEN
) -> tuple[str, list[tuple[str, int]]] | None:
    """``_words_over_values``'s headings over the columns of ``values`` ((value, 0-based
    start) each), placing each ``unit`` of the line: a word (``TOKEN``), or a run of words
    between paddings (``CHUNK``)."""
    ends = [start + len(value) for value, start in values]
    centres = [start + len(value) / 2 for value, start in values]
    gaps = [b - a for a, b in pairwise(ends)]
    reach, left = min(gaps) / 2, values[0][1] - max(gaps)
    corner_end = 0
    spots: list[tuple[int, int, int]] = []  # (column, start, end) of each word, in order
    for m in unit.finditer(text):
        if m.end() <= left and not spots:
            corner_end = m.end()
            continue
        end, centre = m.end(), (m.start() + m.end()) / 2
        under = min(range(len(ends)), key=lambda k: abs(ends[k] - end))
        if abs(ends[under] - end) >= reach:
            under = min(range(len(ends)), key=lambda k: abs(centres[k] - centre))
            if abs(centres[under] - centre) >= reach:
                under = -1  # a word going on with the next one's heading
        spots.append((under, m.start(), m.end()))
    headings: list[tuple[str, int]] = []
    start = None
    for k, (under, begin, end) in enumerate(spots):
        start = begin if start is None else start
        if under < 0:
            continue
        if len(headings) != under or (k + 1 < len(spots) and spots[k + 1][0] == under):
            if len(headings) != under:
                return None
            continue
        headings.append((text[start:end], start + 1))
        start = None
    if len(headings) != len(ends) or start is not None:
        return None
    corner = text[:corner_end].strip()
    first, column = headings[0]
    pad = _last_padding(first, values[0][1] - column + 1)
    if pad is not None:
        # words at the margin parted from the first heading by a column's padding, ending
        # before the first column's figures start, stand over the labels: the corner
        # ("Jaar      Begroting   Realisatie" over rows labelled by their years)
        corner = f"{corner} {first[: pad.start()]}".strip()
        headings[0] = (first[pad.end() :], column + pad.end())
    return corner, headings


_PADDING = re.compile(r"[ \t\xa0]{2,}")


def _last_padding(heading: str, before: int) -> re.Match[str] | None:
    """The last padding (two blanks or more) in ``heading`` that the words before end ahead of
    position ``before`` (where the first column's figures start, counted in ``heading``), or
    None without one."""
    last = None
    for m in _PADDING.finditer(heading):
        if m.start() <= before:
            last = m
    return last


#: A column heading that is a name printed with digits in it, one word with a letter ("D66",
#: "JA21", "50PLUS": party names over a CPB table; "GL-PvdA" is words already).
_NAME_WITH_DIGITS = re.compile(r"(?=[^ ]*[^\W\d_])[^\W_]+(?:-[^\W_]+)*")
#: A heading that says its column's unit after its words: "Bedrag (x € 1.000)", "Aandeel (%)".
_WORDS_UNIT = re.compile(rf"(?:{_WORDS_YEAR.pattern}|{_WORDS_ONLY.pattern}) (\([^()]+\))")


def _worded(chunk: str) -> bool:
    """Whether a run of words heads a column of ``word_heading``: words, words and a year,
    or either with the column's unit in brackets after them; a column number may end it
    ("Vastgestelde begroting JJJJ (1)", "Stand JJJJ (3)=(1)+(2)"). A unit alone heads its
    column by its unit, for a name: a percent sign the column of rates beside an amount's
    ("bedrag   %"), a scale note each column of a group printing its own ("fte   x € 1.000
    fte   x € 1.000   %" under "Begroting JJJJ   Realisatie JJJJ   Verschil", the group
    names joined to them): read as no heading, the line headed nothing and the table was
    lost."""
    words, _space, number = chunk.rpartition(" ")
    if words and is_column_number(number):
        chunk = words
    if chunk == "%" or unit_alone(chunk, 0) is not None:
        return True
    if _WORDS_ONLY.fullmatch(chunk) or _WORDS_YEAR.fullmatch(chunk):
        return True
    if _NAME_WITH_DIGITS.fullmatch(chunk) and not is_value(chunk):
        return True
    unit = _WORDS_UNIT.fullmatch(chunk)
    return unit is not None and ("%" in unit.group(1) or read_unit(unit.group(1), 0) is not None)


def _goes_on(line: str) -> bool:
    """Whether a line under a heading of words may go on with its headings rather than be
    a row: indented, no cell on it (``headings_below`` says whether its words stand under
    the headings)."""
    return line[:1].isspace() and CELL.search(line) is None


def _valued_row(line: str) -> bool:
    """Whether a line reads as a label and two values or more ("Wmo 80 85")."""
    row = split_row(line, 2)
    return row is not None and any(map(str.isalpha, row[0])) and not row[0][-1].isdigit()


def every_column_filled(
    lines: list[str],
    heading: str,
    found: list[tuple[int, str, list[tuple[str, int]]]],
    headings: list[tuple[str, int]],
) -> bool:
    """Whether a heading of single-spaced words (``_single_spaced_words``) stands over rows
    that all print a value in each of its columns, each row read so one way only
    (``_widths``), and no line between them that could be such a heading itself
    (``_could_head``): the one case in which their values can be placed without knowing
    where the columns stand."""
    width = len(headings)
    valued = [(i, cells) for i, _label, cells in found if cells]
    full = [(i, cells) for i, cells in valued if len(cells) == width]
    groups = [label for _i, label, cells in found if not cells]
    return (
        (
            "  " not in heading.strip()
            or (_evenly_spaced(heading) and not any("  " in lines[i].strip() for i, _c in valued))
        )
        and len(full) >= 2
        and all(
            _one_way(lines[i], width, told_by_labels(heading), _dotted(lines, found))
            for i, _cells in full
        )
        and all(
            len(cells) == width or _short_row(cells, width) or _share(label, cells)
            for _i, label, cells in found
            if cells
        )
        and not any(_could_head(group, width) for group in groups)
    )


def _dotted(lines: list[str], found: list[tuple[int, str, list[tuple[str, int]]]]) -> bool:
    """Whether a row of ``found`` prints dot thousands ("N.NNN.NNN"): the table prints no
    space thousands then, in none of its rows."""
    return any(cells and DOT_THOUSANDS.search(lines[i]) for i, _label, cells in found)


def _short_row(cells: list[tuple[str, int]], width: int) -> bool:
    """Whether a row under single-spaced headings prints fewer values than the columns,
    each one figure (no space thousands, no minus printed apart; the euro sign a cell
    prints before its figure is the cell's, "€ 612.800"): a row whose empty cells the text
    drops without a trace ("Rentebaten 42 42 118" under four columns, "<Post> € 612.800"
    under two, its first cell empty). Which columns it fills nothing on its line tells; it
    is kept loose only above a total that fills every column (``_closed_after``) or under
    one printed above it (``_headed_above``), for the sums to place, and left out with a
    warning where they do not (``place_from_sums``): never put in the first columns."""
    return 1 <= len(cells) < width and all(
        " " not in (figure := text.removeprefix("€ ")) and any(map(str.isdigit, figure))
        for text, _column in cells
    )


def _evenly_spaced(heading: str) -> bool:
    """Whether a heading's words all stand the same number of spaces apart ("Art.  Omschrijving
    Verplichtingen  Uitgaven  Ontvangsten", two each): spaced words, not columns. Columns
    padded to their widths part their headings by gaps as unlike as the words' lengths;
    an even gap places no column, so over rows printed one space apart the heading reads
    as one of single-spaced words. Where the gaps differ, the heading stands where its
    columns stand, and rows that do not line up under it are no rows of it."""
    return len(set(re.findall(r" +", heading.strip()))) == 1


def filled_rows(
    lines: list[str],
    found: list[tuple[int, str, list[tuple[str, int]]]],
    width: int,
    end: int,
    ends: list[int],
    told: bool = False,
) -> tuple[list[tuple[int, str, list[tuple[str, int]]]], int]:
    """The rows under a heading of words up to the first that prints another number of
    values or reads more ways than one (a page's footer under a begrotingsstaat: "ISSN 0921
    - 7371"), without the lines of no values after the last row; and the index of the line
    after them. The rows past the cut are said as unread, not put in columns. Where the
    full rows stand aligned (``ends``: where their figures end), a row of fewer values each
    apart by a column's padding and ending where a column's figures end is a row with
    empty cells ("01.02  Bijdragen ...  18.420  18.420" under three headings, its
    Ontvangsten blank), not the table's end. ``told``: the labels' heading tells the
    columns' count (``told_by_labels``)."""
    kept = found
    every = list(range(width))
    dotted = _dotted(lines, found)
    for k, (i, _label, cells) in enumerate(found):
        if not cells or (len(cells) == width and _one_way(lines[i], width, told, dotted)):
            continue
        if ends and len(cells) == width and under_values(cells, ends) == every:
            continue  # read where its values stand ("Natura 2000   188.400 ..."): one way
        if (
            ends
            and len(cells) == width
            and padded_values(lines[i], cells)
            and nearest_own(cells, ends)
        ):
            # a full row a few places off the figures' ends, each cell still nearest its own
            # column, as ``aligned_ends`` reads the full rows: a placeholder wider than the
            # figures it stands for ("n.v.t." / "..." as a text layer sets them, centred or
            # past the column's edge) or a short figure set off the edge
            continue
        if (
            not ends
            and _short_row(cells, width)
            and _closed_after(lines, found[k + 1 :], width, told, dotted)
        ):
            continue  # empty cells dropped without a trace, above a total that tells them
        if (
            not ends
            and (_short_row(cells, width) or _share(_label, cells))
            and _headed_above(lines, found[:k], width, told, dotted)
        ):
            continue  # or under a total printed above its parts ("Uitgaven"), or its share
        placed = len(cells) < width and padded_values(lines[i], cells)
        if not (placed and ends and under_values(cells, ends) is not None):
            kept = found[:k]
            break
    while kept and not kept[-1][2]:
        kept = kept[:-1]
    return kept, (kept[-1][0] + 1 if kept and len(kept) < len(found) else end)


def _closed_after(
    lines: list[str],
    found: list[tuple[int, str, list[tuple[str, int]]]],
    width: int,
    told: bool,
    dotted: bool,
) -> bool:
    """Whether a total follows among ``found`` (past rows of fewer values, group lines and
    rows that fill every column one way only), printing a value in every column: the sums
    can tell which columns the rows above it fill (``place_from_sums``). ``told``,
    ``dotted``: as ``_one_way`` reads them, for the table's rows."""
    for i, label, cells in found:
        full = len(cells) == width and _one_way(lines[i], width, told, dotted)
        if full and TOTAL.match(label.strip()):
            return True
        if cells and not full and not _short_row(cells, width):
            return False
    return False


def _headed_above(
    lines: list[str],
    found: list[tuple[int, str, list[tuple[str, int]]]],
    width: int,
    told: bool,
    dotted: bool,
) -> bool:
    """Whether a row above, filling every column one way, is a total printed over its
    parts: a begroting's "Uitgaven" over its instruments, an instrument over its regelingen
    (a label the hierarchy ranks, ``rank``). The sums can tell which columns the rows of
    fewer values under it fill (``place_from_sums``), as they can under a closing total.
    ``told``, ``dotted``: as ``_one_way`` reads them, for the table's rows."""
    return any(
        len(cells) == width and rank(label) is not None and _one_way(lines[i], width, told, dotted)
        for i, label, cells in found
    )


def _share(label: str, cells: list[tuple[str, int]]) -> bool:
    """Whether a row of one value is a "waarvan" row, the share of the row above it
    ("Waarvan juridisch verplicht 93%"): no part the sums count, and no end of the rows."""
    return len(cells) == 1 and is_share(label)


def _one_way(line: str, width: int, told: bool = False, dotted: bool = False) -> bool:
    """Whether a row printed one space apart reads as ``width`` values one way only, or as
    one value per figure where the other readings only join figures into space thousands
    ("<Label> A B C" under three headings: A | B | C, not "A B" | C). A row printing dot
    thousands ("N.NNN") prints no space thousands: a reading joining "A B" into one is
    none (a table prints its thousands one way), nor in a row of a table whose other rows
    print them (``dotted``: "<Label> n NNN" is a label's n and NNN).
    ``told``: the labels' heading tells the columns' count (``told_by_labels``)."""
    dotted = dotted or DOT_THOUSANDS.search(line) is not None
    style = Style(space_thousands=False) if dotted else PRINTED
    widths = _widths(line, width - MAX_CORNER_WORDS, width, headed=True, style=style, told=told)
    return widths == [width] or (width in widths and _figure_each(line, width))


def _figure_each(line: str, width: int) -> bool:
    """Whether the row read as ``width`` values takes one figure for each: no space
    thousands, no minus printed apart, no lone dash that may be a minus or a nil cell. A
    word printed instead of a figure ("n.v.t.", "...", "p.m.") is one cell as a figure is:
    no figure joins it, and it is no minus."""
    row = split_row(line, width)
    return row is not None and all(
        " " not in text and (any(map(str.isdigit, text)) or NO_FIGURE.fullmatch(text) is not None)
        for text, _column in row[1]
    )


def _could_head(line: str, width: int) -> bool:
    """Whether a line without values between rows could itself be a heading of ``width``
    single-spaced words: then nothing tells the heading from the groups ("Gemeente Den
    Haag" ... "Gemeente Rotterdam Zuid" over rows of two values). A group of fewer words
    ("Lasten", "Baten") cannot."""
    words = line.split()
    return len(words) >= width and all(_CAPITALISED.fullmatch(word) for word in words)


#: An ordinal inside a heading: "1e", "2e" ("Mutaties 1e suppletoire").
_ORDINAL = re.compile(r"\d{1,2}e")
#: Most capitalised words before single-spaced column headings of words (the corner).
MAX_CORNER_WORDS = 2


#: A unit in brackets under a column's heading: "(x € 1.000)", "(%)", "(in mln)".
_BRACKETED_UNIT = re.compile(r"\([^()]+\)")


def one_each_below(line: str, width: int) -> list[str] | None:
    """What a line right under a heading line of ``width`` columns printed without layout
    adds to each, where it prints one for each and nothing else: a unit in brackets
    ("Bedrag Aandeel" / "(x € 1.000) (%)"), a word in lower case ("2025 2026" / "raming
    raming") or a column number; each goes with the heading of its place, in order.
    (Aligned lines are read by where they stand, ``headings_below``.)"""
    units = [m.group() for m in _BRACKETED_UNIT.finditer(line)]
    if len(units) == width and not _BRACKETED_UNIT.sub("", line).strip():
        said = all("%" in unit or read_unit(unit, 0) is not None for unit in units)
        return units if said else None
    words = line.split()
    if len(words) != width or width < 2:
        return None
    return (
        words if all((w.isalpha() and w.islower()) or is_column_number(w) for w in words) else None
    )


def named_above(
    lines: list[str],
    heading_index: int,
    width: int,
    caption: tuple[int, str] | None,
    found: list[tuple[int, str, list[tuple[str, int]]]],
) -> list[str] | None:
    """The ``width`` headings of the line right above a line of column numbers, printed
    without layout: a heading line of its own (``split_heading``, words ending in years
    and a word column) or single-spaced words (``_single_spaced_words``) over the first
    row; its last ``width`` headings, the rest its corner. Never the caption."""
    above = heading_index - 1
    if above < 0 or not lines[above].strip() or (caption and above <= caption[0]):
        return None
    first = next((lines[i] for i, _label, cells in found if cells), "")
    heading = split_heading(lines[above]) or _single_spaced_words(lines[above], first)
    if heading is None or len(heading[1]) < width:
        return None
    return [text for text, _col in heading[1][len(heading[1]) - width :]]


def _capitalised_name(token: str) -> bool:
    """A name printed with digits and capitals in it, no figure ("D66", "JA21", "50PLUS")."""
    return (
        _NAME_WITH_DIGITS.fullmatch(token) is not None
        and any(map(str.isupper, token))
        and not is_value(token)
    )


def _single_spaced_words(
    text: str,
    first_row: str,
    later: tuple[str, ...] = (),
) -> tuple[str, list[tuple[str, int]]] | None:
    """Column headings of one capitalised word or name each, one space apart ("Programma
    Lasten Baten Saldo", "PVV D66 JA21"), a word with the date or year after it one heading
    ("Stand 1-1-2024 Toevoegingen Onttrekkingen Stand 31-12-2024"), over a row of as many
    values: the last words head the values, up to
    ``MAX_CORNER_WORDS`` before them are the corner ("Art. Omschrijving"). Where the first
    row reads as more than one count (a lone dash before a figure: a nil cell, or that
    figure's minus), the first of the ``later`` lines under it that reads as one count among
    those tells it (``_told_below``). Nothing tells where such columns stand, so
    ``_read_blocks`` keeps them only where every row below prints a value in every
    column. A caption glued before the corner (``caption_ends``: "Tabel N: <naam> JJJJ
    Omschrijving Lasten Baten", html2text printing a table's <caption> on its heading
    row's line) is the corner's too, where the whole line reads as no such words (the
    caption's number stopped them): the words are read from its end."""
    words = _capitalised_words(text, _unit_corner(text))
    if words is None:
        words = next(
            (
                after
                for end in caption_ends(text)
                if (after := _capitalised_words(text, end)) is not None
            ),
            None,
        )
    if words is None:
        return None
    corner = _labels_heading([word for word, _column in words])
    if corner:
        # the labels' own heading ends the corner ("Art. Omschrijving Verplichtingen
        # Uitgaven Ontvangsten"): the words after it head the values, however many
        # figures the row prints, a number closing its label too ("... <Label> n N N N")
        widths = _widths(
            first_row, len(words) - corner, len(words) - corner, headed=True, told=True
        )
    else:
        widths = _widths(first_row, len(words) - MAX_CORNER_WORDS, len(words))
    if len(widths) > 1:  # one value per figure, not figures joined into space thousands
        each = [width for width in widths if _figure_each(first_row, width)]
        widths = each if each or corner else _told_below(widths, later)
    if widths == [1] and len(words) == 1:
        return _one_period(text, first_row, later)
    if len(widths) != 1 or widths[0] < 2:
        return None
    tail = words[len(words) - widths[0] :]
    return text[: tail[0][1] - 1].strip(), tail


#: Fewest rows of one value each a single-spaced heading of one period heads.
MIN_PERIOD_ROWS = 2


def _one_period(
    text: str, first_row: str, later: tuple[str, ...]
) -> tuple[str, list[tuple[str, int]]] | None:
    """A single-spaced heading of one column: a table's name and the period its one value
    column stands for ("<Naam> 1-1-2024", "<Naam> 2025"), over rows printing one value each
    one space after their labels (a converter printing a table one row a line, single-spaced
    throughout: html2text's). The period heads the column and the name, ``MAX_CORNER_WORDS``
    words at most, is the corner, only where the first row and the next each read as one
    value one way."""
    head, _sep, period = text.strip().rpartition(" ")
    if not head or len(head.split()) > MAX_CORNER_WORDS or not is_column(period):
        return None  # (a sentence ending in a date names no table: "... berekend per <datum>")
    rows = [first_row, *later[: MIN_PERIOD_ROWS - 1]]
    if len(rows) < MIN_PERIOD_ROWS or not all(_widths(row, 1, 1) == [1] for row in rows):
        return None
    return head, [(period, len(text.rstrip()) - len(period) + 1)]


def _capitalised_words(text: str, start: int) -> list[tuple[str, int]] | None:
    """The headings of words of ``text`` from ``start`` (``_single_spaced_words``), each
    with its 1-based column; None where a token is no such word."""
    words: list[tuple[str, int]] = []
    for m in _WORD.finditer(text, start):
        token = m.group()
        if words and token[0].isdigit() and is_column(token):
            # "Stand 1-1-2024": a word and its date, one heading ("Totaal" heads its own)
            words[-1] = (text[words[-1][1] - 1 : m.end()], words[-1][1])
        elif _CAPITALISED.fullmatch(token) or _capitalised_name(token):
            words.append((token, m.start() + 1))
        elif words and ((token.isalpha() and token.islower()) or _ORDINAL.fullmatch(token)):
            # "Collectieve lastendruk", "Mutaties 1e suppletoire": a heading goes on in
            # lower case or with an ordinal
            words[-1] = (text[words[-1][1] - 1 : m.end()], words[-1][1])
        else:
            return None
    return words


def _told_below(widths: list[int], later: tuple[str, ...]) -> list[int]:
    """The one count of ``widths`` (the values a first row printed one space apart may
    hold) that the first of the ``later`` rows reading as one count among them reads as
    ("<Label> 14,2 1,1 0,6 - 14,7", a nil cell or 14,7's minus, over "<Label> 0,8 0,3 0,4
    0,1 0,6": five); none where no such row follows. A table's rows print as
    many columns each, and a row of figures alone reads one way only."""
    for line in later:
        told = [
            width for width in _widths(line, min(widths), max(widths)) if _figure_each(line, width)
        ]
        if len(told) == 1 and told[0] in widths:
            return told
    return []


def told_by_labels(heading: str) -> bool:
    """Whether a heading line printed one space apart opens with the labels' own heading
    among its first words ("Art. Omschrijving ..."): the words after it head the values,
    so it tells how many a row prints (``_labels_heading``)."""
    return _labels_heading(heading.split()) > 0


def _labels_heading(words: list[str]) -> int:
    """How many of the first words of a single-spaced heading line are its corner, where
    one of the first ``MAX_CORNER_WORDS`` names the labels (``LABEL_HEADINGS``:
    "Omschrijving", after a code's "Art."): it and the words before it; else 0. Such a
    word heads no column of values: read as one, each label's closing number ("<Label>
    <jaar>", "<Label> n") was taken for a value under it."""
    for k, word in enumerate(words[:MAX_CORNER_WORDS]):
        if word.lower() in LABEL_HEADINGS:
            return k + 1
    return 0


#: What may stand before a unit note opening a heading line: "(", "Bedragen".
_BEFORE_NOTE = re.compile(r"[\s(\[]*(?:bedragen\s*)?", re.IGNORECASE)
#: What ends such a note after its scale: a currency word, a closing bracket.
_NOTE_END = re.compile(r"(?:\s*euro\b)?\s*[)\]]?", re.IGNORECASE)


def _unit_corner(text: str) -> int:
    """Where a note of the table's euro unit opening a heading line printed one space
    apart ends, the labels' corner ("Bedragen x € 1.000 Begroting primitief Realisatie",
    "(x € 1 mln) Lasten Baten Saldo"), else 0: a unit is no column's heading of words, and
    read as words the line was no heading and the rows under it no table."""
    unit = read_unit(text, 0)
    if unit is None or unit.kind != "EUR":
        return 0
    start = text.find(unit.text)
    if start < 0 or not _BEFORE_NOTE.fullmatch(text, 0, start):
        return 0
    return _NOTE_END.match(text, start + len(unit.text)).end()


def _widths(
    line: str,
    low: int,
    high: int,
    headed: bool = False,
    style: Style = PRINTED,
    told: bool = False,
) -> list[int]:
    """How many values a row printed one space apart may hold, from ``low`` to ``high``: the
    counts it splits into with a label that ends in no figure. More than one ("Bestuur
    12.345 2.345 – 10.000": a minus, or a nil cell and 10.000) and nothing tells which.
    Where the heading says the row holds ``high`` values (``headed``), a label may end in
    a number of its own (``_label_number``: "Reserve Hoofdstad 2028 9.750 3.500 1.125
    12.125" under four headings), the one figure the row prints beyond the columns.
    Reading heading words off the row, nothing says how many values it holds, and a
    label's number stays a value. ``told``: the labels' heading tells the count
    (``told_by_labels``), so a label's number before bare values is its own too."""
    found = []
    for width in range(max(low, 1), high + 1):
        row = split_row(line, width, style)
        if row is None or len(row[1]) != width:
            continue
        owned = headed and width == high and _label_number(line, row[1], told)
        if owned or not _ends_in_figure(row[0]) or is_year(row[0]):  # a series': "2015 -2,0"
            found.append(width)
    return found


def _ends_in_figure(label: str) -> bool:
    """Whether a label read off a row ends in a figure, which may be a value the reading
    left in it: its last word is digits, no letter among them. A name that holds a number
    ("Bestrijding COVID-19", "Verbreding A12") ends in a word, no figure."""
    last = label.split()[-1]
    return last[-1].isdigit() and not any(map(str.isalpha, last))


#: A figure printed as bare digits, without thousands or decimals ("78", "-2", "2028").
_BARE = re.compile(rf"[{DASHES}+]?\d+")


def _label_number(line: str, cells: list[tuple[str, int]], told: bool = False) -> bool:
    """Whether a row's label, read before its values (``cells``), ends in a number of its
    own (``own_number``) that its form tells from the values: one no cell is printed as
    ("Regeling 2014-2020"), or bare digits before values that print their thousands or
    decimals, or nil ("<Label> <jaar> N.NNN 0 N.NNN N.NNN"). Before a bare value ("<Label>
    NN NN -N") it may be a value as well, the heading's width read wrong, unless the
    labels' own heading tells that width (``told``: "Art. Omschrijving <Kop> <Kop> <Kop>"
    over "<code> <Label> n N N N")."""
    label = line[: cells[0][1] - 1].rstrip()
    start = max(label.rfind(" "), label.rfind("\t"), label.rfind("\xa0")) + 1
    number = label[start:]
    if not own_number(line, (number, start + 1)):
        return False
    return (
        told
        or not is_value(number)
        or not any(_BARE.fullmatch(text) and text.strip(f"{DASHES}+0") for text, _column in cells)
    )
