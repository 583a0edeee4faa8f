"""Column headings placed by where the values of the rows below them stand.

Some heading lines cannot be parted by reading them alone: words and years one space apart
("Vastgestelde begroting 2026 Mutaties 1e suppletoire Stand 2026"), headings over several
lines where no line names every column ("Saldo" / "1 januari 2026", "Toevoe-" / "gingen"),
or a heading of the labels' column read as a value column ("Programma   Omschrijving ...
2025"). The first rows under them print their values in columns; this module parts and
places the headings by where those values stand, and moves to the corner a heading the
rows' labels stand under. ``_read_blocks`` keeps such headings only over aligned rows.
"""

from __future__ import annotations

import re
from itertools import combinations, pairwise

from budgetkit.extract.tables_alignment import SLACK
from budgetkit.extract.tables_groups import coded_group, is_group, margin_group
from budgetkit.extract.tables_heading_line import CHUNK, HEADING_RUN, TOKEN, is_heading
from budgetkit.extract.tables_page_turns import turns_page
from budgetkit.extract.tables_row_values import CELL, first_telling
from budgetkit.extract.tables_stacked_headings import (
    MAX_STACKED,
    heading_spots,
    joined_heading,
    names_the_table,
    parted_runs,
    spanning,
    years_spanned,
)
from budgetkit.extract.tables_titles import nonblank
from budgetkit.extract.tables_tokens import (
    CAPTION,
    DASHES,
    RULE_LINE,
    is_column,
    is_column_number,
    is_value,
    is_year,
)
from budgetkit.extract.tables_units import read_unit


def label_headings(
    lines: list[str], index: int, heading: tuple[str, list[tuple[str, int]]]
) -> tuple[str, list[tuple[str, int]]]:
    """The heading with its first headings of words moved to the corner where most rows
    under it print their labels' words right where they start ("Programma   Omschrijving
    Vastleggingskredieten 2025" over "12-21-1    Rechterlijke Orde   1.024.310" and the rows
    below): such a heading names the labels' column, not a column of values. Read as a value
    column, the rows printing a value fewer than the headings were lost, and a label ending
    in a number ("Totaal sectie 12") gave it as that column's value. One row alone does not
    tell: a long label runs on under a value column where its row prints no value there."""
    _corner, headings = heading
    rows = [i for i in nonblank(lines, index + 1, MAX_STACKED) if CELL.search(lines[i])]
    if not rows:
        return heading
    moved = 0
    for name, column in headings[:-1]:
        if not name[:1].isalpha() or any(map(is_heading, name.split())):
            break
        # a row's word starts right under the heading: a space, then a letter
        under = [lines[i][column - 2 : column] if column > 1 else "" for i in rows]
        starts = sum(1 for two in under if two[:1].isspace() and two[1:].isalpha())
        if 2 * starts <= len(rows):
            break
        moved += 1
    if not moved:
        return heading
    return lines[index][: headings[moved][1] - 1].strip(), headings[moved:]


def placed_heading(lines: list[str], index: int) -> tuple[str, list[tuple[str, int]]] | None:
    """(corner, headings) of a heading line of words and years printed one space apart
    over rows whose values stand in columns ("Vastgestelde begroting 2026 Mutaties 1e
    suppletoire Stand 2026" over "250.000   12.500   262.500"): the words are parted into
    as many headings as the first row prints values, each run standing over its column,
    ending where its values end or centred on them (the parting that stands best, each
    within half a column's gap), so a word belongs to the year on its side by where it is
    printed. A run at the line's start apart from the rest by padding is the corner. None
    where the headings start at the margin, the line holds no period or anything but
    heading words, or the row no values in columns (a row of one value: ``_one_placed``);
    ``_read_blocks`` keeps it only where the rows stand aligned under it."""
    text = lines[index]
    chunks = [(m.group(), m.start()) for m in CHUNK.finditer(text)]
    corner = chunks.pop(0)[0] if len(chunks) == 2 and chunks[0][1] == 0 else ""
    if len(chunks) != 1 or not chunks[0][1] or not HEADING_RUN.fullmatch(chunks[0][0]):
        return None  # (a line of words from the margin on is prose, or printed unaligned)
    # the first row under it, past group lines and lines going on with the headings
    below = nonblank(lines, index + 1, MAX_STACKED)
    row = next((i for i in below if CELL.search(lines[i])), None)
    if row is None or "\t" in text or "\t" in lines[row]:
        return None
    values = [(m.group(), m.start()) for m in CHUNK.finditer(lines[row])][1:]
    if len(values) == 1 and is_value(values[0][0]):
        return _one_placed(text, corner, chunks[0], values[0])
    if len(values) < 2 or not all(is_value(value) for value, _start in values):
        return None
    ends = [start + len(value) for value, start in values]
    centres = [start + len(value) / 2 for value, start in values]
    reach = min(b - a for a, b in pairwise(ends)) / 2
    tokens = [(m.group(), m.start()) for m in TOKEN.finditer(text, chunks[0][1])]
    if len(tokens) < len(ends) or not any(is_column(token) for token, _start in tokens):
        return None

    def cost(first: int, last: int, column: int) -> float:
        start, end = tokens[first][1], tokens[last][1] + len(tokens[last][0])
        return min(abs(end - ends[column]), abs((start + end) / 2 - centres[column]))

    # best[k][j]: the least cost of the first j tokens under the first k columns, and where
    # the k-th column's run starts
    best: list[dict[int, tuple[float, int]]] = [{0: (0.0, 0)}]
    for column in range(len(ends)):
        best.append({})
        for done, (spent, _from) in best[column].items():
            for stop in range(done + 1, len(tokens) + 1):
                total = spent + cost(done, stop - 1, column)
                if stop not in best[-1] or total < best[-1][stop][0]:
                    best[-1][stop] = (total, done)
    if len(tokens) not in best[-1]:
        return None
    runs: list[tuple[int, int]] = []
    stop = len(tokens)
    for column in range(len(ends), 0, -1):
        start = best[column][stop][1]
        runs.insert(0, (start, stop - 1))
        stop = start
    if any(cost(a, b, k) >= reach for k, (a, b) in enumerate(runs)):
        return None
    headings = [
        (text[tokens[a][1] : tokens[b][1] + len(tokens[b][0])], tokens[a][1] + 1) for a, b in runs
    ]
    return corner, headings


def _one_placed(
    text: str, corner: str, run: tuple[str, int], value: tuple[str, int]
) -> tuple[str, list[tuple[str, int]]] | None:
    """``placed_heading`` over a row of one value apart from its label by padding: the
    heading line's one run (after a corner at the margin, or set in with the labels'
    heading left blank) heads that value's column where it names a period ("Begroting
    2025", "Rekening 2023") and the value stands under it, inside the run's span (aligned
    on its right or centred under it). A table of one value column prints no second column
    to part the words by; a line of prose ending in a year prints its words from the margin,
    and over a row whose figure stands elsewhere heads nothing."""
    words, start = run
    figure, at = value
    if not any(is_column(token.group()) for token in TOKEN.finditer(words)):
        return None
    if not start - SLACK <= at < at + len(figure) <= start + len(words) + SLACK:
        return None
    return corner, [(text[start : start + len(words)], start + 1)]


def block_heading(
    lines: list[str], index: int
) -> tuple[tuple[str, list[tuple[str, int]]], int, int] | None:
    """((corner, headings), first line, last line) of headings printed over several lines
    above rows whose values stand in columns, no line naming every column ("Saldo" / "1
    januari 2026" over one, "Toevoe-" / "gingen" over the next, "31 december" / "2026" over
    the last, the lines ending at ``index``): each run of words of a line stands over the
    column whose values it ends with or is centred on (within half a column's gap), and joins
    its heading, top line first. The runs left of the columns are the corner
    (``_corner_runs``). A run one space apart that stands over no column alone is parted
    where its words stand (``parted_runs``: "begroting 2025 begroting 2025" over two
    columns). Lines under ``index`` and above the first row that print column numbers under
    some columns ("(1)   (2)   (3)=(1)+(2)") end their headings, and the last of them is the
    last line. Every column must get words; each heading is placed so it ends where its
    values do. The table's unit printed from the margin on a heading line ("Bedragen x €
    1.000   Saldo   Stortingen ...", on the top line or the bottom one) is the corner's run,
    no end of the headings: the runs after it head the columns (read as the end, a balance's
    date alone, "1-1-2022 ... 31-12-2022", headed two columns of four and no table was
    read). Group lines between the headings and the first row end the headings: from the
    margin, or set in where the rows' labels start past the codes they print at the margin
    (``coded_group``) before any group from the margin (a line set in under one is its
    subgroup, over rows printing no code maybe). None where a line does not read so or the
    first row prints no values in columns."""
    runs = [m.group() for m in CHUNK.finditer(lines[index])]
    if len(runs) > 1 and not lines[index][:1].isspace() and read_unit(runs[0], 0):
        runs = runs[1:]  # the table's unit in the corner ("Bedragen x € 1.000   1-1-2026")
    if not _heading_runs(runs):
        index = _over_numbered_rest(lines, index)
        if index is None:
            return None  # (a row, most lines tried: no heading)
    index = _last_words_line(lines, index)
    below = nonblank(lines, index + 1, MAX_STACKED)
    # the first row, past group lines from the margin ("Programma 2 Bereikbaarheid") or set
    # in where the rows' labels start past their codes (``coded_group``: "Lasten" over "1
    # Bestuur"); a line above it that is neither such a group nor column numbers or years
    # (``_heading_marks``), with no group line before it, ends the reading here (it would be
    # refused below, once the row's columns are known: most lines tried have prose under
    # them, not to be searched for cells). A line set in under a group from the margin is
    # that group's subgroup ("Programma 1" / "   Lasten"), over rows that need print no code
    set_in: list[int] = []  # group lines set in, each a group only past the rows' codes
    row, grouped = None, False
    for i in below:
        if RULE_LINE.fullmatch(lines[i].strip()):
            continue  # a rule under the headings, or between two lines of them: no group
        margin = margin_group(lines[i])
        marks = not grouped and (_heading_marks(lines[i]) or _numbered_rest(lines[i]))
        if not margin and not marks and CELL.search(lines[i]):
            row = i
            break
        if not (grouped or margin or marks) and lines[i][:1].isspace() and is_group(lines[i]):
            set_in.append(i)
            grouped = True
            continue
        grouped = grouped or margin
        if not grouped and not marks:
            return None
    if row is None or "\t" in lines[row]:
        return None
    if not all(coded_group(lines[i], lines[row]) for i in set_in):
        return None  # (an indented line over the rows, not where their labels start)
    # the lines between the headings and the first row or group line, which ends them
    between = [i for i in below if i < (set_in[0] if set_in else row)]
    # the first row, or the next row printing a value after it where it ends in a small
    # figure in brackets, a note's mark or a negative, that tells nothing of the columns
    telling = first_telling(lines, [row, *(i for i in below if i > row and CELL.search(lines[i]))])
    # the columns the rows fill; where the headings do not stand over those (a line below
    # the rows, a page's footer, read as a row of its own), the first row's
    for filled in (True, False):
        values = filled_columns(lines, telling, filled)
        found = _headings_over(lines, index, between, values) if values else None
        if found is not None:
            return found
    return None


def _headings_over(
    lines: list[str], index: int, between: list[int], values: list[tuple[str, int]]
) -> tuple[tuple[str, list[tuple[str, int]]], int, int] | None:
    """``block_heading``'s headings over the columns of ``values`` ((value, 0-based start)
    each), the heading lines ending at ``index``; ``between``: the lines between it and
    the first row."""
    ends = [start + len(value) for value, start in values]
    spans = [(value, start + 1) for value, start in values]  # the values as headings' places
    gaps = [b - a for a, b in pairwise(ends)]
    reach = min(gaps) / 2
    # a heading may end up to ``reach`` short of its values ("begroting 2022" right-aligned
    # a few characters left of the figures under it), so one as wide as a column may start
    # that much further left before it reaches over the labels
    left = ends[0] - max(gaps) - int(reach)
    words: list[list[str]] = [[] for _ in ends]
    last = index
    for i in between:
        chunks = [(m.group(), m.start()) for m in CHUNK.finditer(lines[i])]
        numbered = _heading_marks(lines[i]) or _numbered_rest(lines[i])
        if margin_group(lines[i]):
            break  # the headings end over the rows' group lines
        spots = heading_spots(chunks, spans, reach, left) if numbered else None
        if spots is None and numbered:
            parted = parted_runs(chunks, spans, reach, left)  # "(2) (3)=(1)-(2)"
            chunks, spots = parted or chunks, parted and heading_spots(parted, spans, reach, left)
        if not spots:
            return None  # (words under the line: groups or rows, read as such)
        for (text, _begin), under in zip(chunks, spots, strict=True):
            words[under].append(text)
        last = i
    corner: list[str] = []
    first = index + 1
    # a line of words under this one, above the headings' own line, named columns already
    worded = False
    for i in range(index, max(index - MAX_STACKED, -1), -1):
        line = lines[i]
        if not line.strip() or "\t" in line or CAPTION.match(line):
            break
        chunks = [(m.group(), m.start()) for m in CHUNK.finditer(line)]
        corner_runs = _corner_runs(chunks, left, values[0][1])
        head = " ".join(text for text, _b in chunks[:corner_runs]) or None
        chunks = chunks[corner_runs:]
        # a line of column numbers over the headings ("(1)   (2)   (3)=(2)-(1)") numbers
        # them, each standing over its column as a heading's words do
        texts = [text for text, _b in chunks]
        if not chunks or not (_heading_runs(texts) or all(map(is_column_number, texts))):
            break  # (the table's unit alone over its headings, "(bedragen x € 1.000)", too)
        leaves = [" ".join(column) for column in words]
        spanned = spanning(chunks, spans, leaves, reach, left)
        if spanned is not None:
            if head is not None:
                corner.insert(0, head)
            first = i
            if names_the_table(chunks, spanned, leaves):
                break
            # a group's name over the years under it ("Mutatie 1e suppletoire begroting"
            # over "2026 ... 2029"): each of its columns', not parted by where its words stand
            for k, chunk in enumerate(spanned):
                words[k].insert(0, chunks[chunk][0])
            worded = i < index
            continue
        spots = heading_spots(chunks, spans, reach, left)
        if spots is None and (parted := parted_runs(chunks, spans, reach, left)) is not None:
            chunks, spots = parted, heading_spots(parted, spans, reach, left)
        if spots is None and (roomed := _spots_in_rooms(chunks, spans, left)):
            chunks, spots = roomed
        if spots is None:
            break
        # a word over a middle one of a run of years no other word stands over heads them
        # all, as in a heading read line by line ("Realisatie" over "2005" ... "2009",
        # standing over 2007), and so does a word over the first of them on a line above
        # one that named other columns ("Mutaties" over "2019" ... "2022" beside "Stand" /
        # "1e supp." over the columns before), where that first is a bare year: a group's
        # line (a column's words over its year and number, "(3)=(1)+(2)", are its own)
        heads = [
            years_spanned(
                text, leaves, spots, under, begin, spans, worded and is_year(leaves[under])
            )
            for (text, begin), under in zip(chunks, spots, strict=True)
        ]
        if head is not None:
            corner.insert(0, head)
        first = i
        if names_the_table(chunks, heads[0], leaves):
            break
        for (text, _begin), columns in zip(chunks, heads, strict=True):
            for k in columns:
                words[k].insert(0, text)
        worded = i < index
    if first > index or not all(words):
        return None
    labels = [joined_heading(column) for column in words]
    headings = [(label, end - len(label) + 1) for label, end in zip(labels, ends, strict=True)]
    return (" ".join(corner), headings), first, last


def _spots_in_rooms(
    chunks: list[tuple[str, int]], spans: list[tuple[str, int]], left: int
) -> tuple[list[tuple[str, int]], list[int]] | None:
    """(the runs, the column each heads) of a heading line whose runs each stand in the
    room of one column (``_room``), though not ending on its values nor centred over them
    (``heading_spots``): a PDF sets a narrow column's heading flush with its figures and a
    wide one's some characters left of them ("Toevoegingen" ending four short of "1.310"
    beside the narrow "Vrijval" over "85"). A run standing in no room whole is parted at
    its single spaces into runs that each do ("Vrijval Aanwendingen" over two columns),
    the first such parting. None where a run does not read so, or two head one column."""
    runs: list[tuple[str, int]] = []
    spots: list[int] = []
    for text, begin in chunks:
        tokens = [(m.group(), begin + m.start()) for m in TOKEN.finditer(text)]
        parts = next(
            (
                found
                for cuts in _cuttings(len(tokens))
                if (found := _in_rooms(text, begin, tokens, cuts, spans, left)) is not None
            ),
            None,
        )
        if parts is None:
            return None
        for part, under in parts:
            if spots and under <= spots[-1]:
                return None
            runs.append(part)
            spots.append(under)
    return runs, spots


#: Most words of a heading's run ``_spots_in_rooms`` parts (a longer run is tried whole):
#: the partings grow as two to the power of its words.
MAX_PARTED_WORDS = 6


def _cuttings(count: int) -> list[tuple[int, ...]]:
    """The ways to part ``count`` words into runs, as the indexes each run after the first
    starts at, fewest runs first (the whole run first of all); only the whole run past
    ``MAX_PARTED_WORDS``."""
    inner = range(1, count)
    most = count if count <= MAX_PARTED_WORDS else 1
    return [cuts for n in range(most) for cuts in combinations(inner, n)]


def _in_rooms(
    text: str,
    begin: int,
    tokens: list[tuple[str, int]],
    cuts: tuple[int, ...],
    spans: list[tuple[str, int]],
    left: int,
) -> list[tuple[tuple[str, int], int]] | None:
    """Each run of ``text`` (starting at ``begin``) parted before the words ``cuts`` names,
    with the column in whose room it stands; None where one stands in none."""
    parts: list[tuple[tuple[str, int], int]] = []
    for a, b in pairwise((0, *cuts, len(tokens))):
        at, (last, last_at) = tokens[a][1], tokens[b - 1]
        run = (text[at - begin : last_at - begin + len(last)], at)
        under = _room(run, spans, left)
        if under is None:
            return None
        parts.append((run, under))
    return parts


def _room(chunk: tuple[str, int], spans: list[tuple[str, int]], left: int) -> int | None:
    """The column in whose room a run of words (text, 0-based start) stands: right of the
    previous column's values (of ``left``, the labels' reach, for the first), ending before
    the next column's values start (the last within ``SLACK`` of its own end; ``spans``:
    each column's first value and its 1-based start). None where it stands in none."""
    text, begin = chunk
    end = begin + len(text)
    ends = [start - 1 + len(value) for value, start in spans]
    bounds = [start - 1 for _value, start in spans[1:]] + [ends[-1] + SLACK]
    for k, bound in enumerate(bounds):
        if (ends[k - 1] if k else left) <= begin and end <= bound:
            return k
    return None


#: Lines read under a table's first row for the columns it leaves empty: a column one row
#: in ten fills (a saldo split into "nadelig" and "voordelig", a row filling one) may first
#: be filled a dozen lines down, past wrapped labels.
MAX_FILLING = 16


def _corner_runs(chunks: list[tuple[str, int]], left: int, first_value: int) -> int:
    """How many of the first runs of a heading line (``chunks``: (text, 0-based start)) are
    the corner, the headings of the label columns, leaving one run at least: a first run
    from the margin, and each run that starts where no column's heading can (left of
    ``left``) and ends before the first column's values (``first_value``, 0-based) start: a
    code column's and the labels' headings ("Nr.  Complex", " Art.    Omschrijving", a text
    layer setting the page's edge a space in). Only a run from the margin was, so a corner
    set in ended the heading's lines there. A run reaching over the first column is none:
    the line is no heading line, or its runs head the columns."""
    count = 0
    for text, begin in chunks[:-1]:
        if not (begin == 0 == count or (begin < left and begin + len(text) < first_value)):
            break
        count += 1
    return count


def filled_columns(lines: list[str], row: int, filled: bool = True) -> list[tuple[str, int]] | None:
    """(value, 0-based start) standing for each column of the rows from ``lines[row]`` on:
    the first row's values, and those the rows after it (up to ``MAX_FILLING`` lines, group
    lines passed over) print in a column it leaves empty, standing clear of every column
    known (a staat van activa prints "412   96   138   370" first, under six headings whose
    other columns its next rows fill). A value overlapping a known column is in that column
    (centred figures end apart). A page's foot seen to turn the page (``turns_page``:
    "Jaarstukken 2022 Provincie Overijssel      163" before a form feed) ends the rows
    looked at: its number is no row's value, and as a column of its own the headings over
    the rows were spread over one column too many. None where the first row ends in no
    values after its label, or the rows fill fewer than two columns. Not ``filled``: the
    first row's alone."""
    found = trailing_values(lines[row])
    if not found:
        return None
    for i in nonblank(lines, row + 1, MAX_FILLING) if filled else []:
        values = trailing_values(lines[i])
        if "\t" in lines[i] or (not values and len(CHUNK.findall(lines[i])) > 1):
            break  # (prose, or the next table's headings)
        if turns_page(lines, i):
            break  # (the rows past it are the next page's, under their headings again)
        for value, start in values:
            end = start + len(value)
            if all(end <= begin or start >= begin + len(known) for known, begin in found):
                found.append((value, start))
    found.sort(key=lambda value: value[1])
    return found if len(found) >= 2 else None


#: A column's unit in brackets, printed as the last line of its heading ("Aandeel" / "(%)").
_UNIT_RUN = re.compile(r"\([^()]+\)")
#: A column's share printed without brackets as the last line of its heading ("Verschil" /
#: "in %"): a unit, as "(%)" is, though it is no run of a heading's words.
_PERCENT_RUN = re.compile(r"(?:in )?%")


def _heading_runs(runs: list[str]) -> bool:
    """Whether the runs of a line are each a heading (``HEADING_RUN``) or the unit of its
    column in brackets ("objecten   aanslagen   (%)   2025" under "Aantal   Aantal
    Aandeel   Bijdrage") or a share without them ("2023   2023   in %" under "Begroting
    Realisatie   Verschil", ``_PERCENT_RUN``), one of them words or a period: a line of
    units alone ("(x € 1.000)   (%)", "in %   in %") or one unit ("(bedragen x € 1.000)")
    is the table's unit line, not its headings."""
    units = [
        _PERCENT_RUN.fullmatch(run) is not None
        or (_UNIT_RUN.fullmatch(run) is not None and ("%" in run or read_unit(run, 0) is not None))
        for run in runs
    ]
    return len(units) > sum(units) and all(
        unit or HEADING_RUN.fullmatch(run) for run, unit in zip(runs, units, strict=True)
    )


def trailing_values(line: str) -> list[tuple[str, int]]:
    """(value, 0-based start) of the runs ending a row after its label, each a value apart
    from the run before by a column's padding; empty where the line ends in no value. A
    lone dash among them is a nil cell standing in its column as a figure would ("850
    -" ending a staat van investeringen's first row): without it, a first row ending in
    one showed no columns and the headings over it were placed over none. Dashes alone
    after a label are no values."""
    chunks = [(m.group(), m.start()) for m in CHUNK.finditer(line)]
    label = len(chunks)
    while label > 1 and (is_value(chunks[label - 1][0]) or chunks[label - 1][0] in DASHES):
        label -= 1
    # a lone dash among them is a nil cell ("2.850   1.120   -"); dashes alone are no values
    while label < len(chunks) and chunks[label][0] in DASHES:
        label += 1
    if all(text in DASHES for text, _start in chunks[label:]):
        return []
    return chunks[label:]


def _numbered_rest(line: str) -> bool:
    """Whether a line set in from the margin goes on with headings wrapped over different
    numbers of lines and printed from the top, so each column's number stands at its own
    height: its runs are headings' words or column numbers, at least one of each
    ("begroting 2017   (2)   vastgestelde" under "vastgestelde   2017   en oorspronkelijk",
    then "(1)   begroting", then "(3)=(2)-(1)"). No line of such headings names every
    column; read as a row or as prose, the table under them was not read at all."""
    if "\t" in line or not line[:1].isspace():
        return False
    runs = [m.group() for m in CHUNK.finditer(line)]
    numbers = [is_column_number(run) for run in runs]
    return (
        any(numbers)
        and not all(numbers)
        and all(
            number or HEADING_RUN.fullmatch(run) for run, number in zip(runs, numbers, strict=True)
        )
    )


def _over_numbered_rest(lines: list[str], index: int) -> int | None:
    """The last line of heading words (``_heading_runs``) above ``lines[index]`` where that
    line and every line between are the rest of headings ending in their column numbers at
    different heights (``_numbered_rest``, or column numbers alone under the last of them:
    "(3)=(2)-(1)"); None where ``lines[index]`` is no such line."""
    top = index
    while top > max(index - MAX_STACKED, 0) and (
        _numbered_rest(lines[top]) or (top == index and _heading_marks(lines[top]))
    ):
        top -= 1
    if top == index or not any(map(_numbered_rest, lines[top + 1 : index + 1])):
        return None
    runs = [m.group() for m in CHUNK.finditer(lines[top])]
    return top if _heading_runs(runs) else None


def _last_words_line(lines: list[str], index: int) -> int:
    """The last line of headings' words from the heading line ``lines[index]`` down: the
    headings of some columns wrapped over more lines than the others' ("Mutatie 1e" /
    "suppletoire" / "begroting" beside "Mutatie" / "2016"), so the line ending in the years
    is not their last. A line under it goes on with those headings where it is set in from
    the margin, prints two runs of words or more apart by a column's padding
    (``_heading_runs``), and each run stands under a run of its own of the line above
    (``_goes_on_under``): no row's label at the margin, no group's one run, and no line of
    leaves under a group's name ("Begroting 2025" over "Verplichtingen   Uitgaven"), which
    is read as such elsewhere. Read from the line of years, the words under it ended the
    reading and no table was read. The first line under the heading line must print fewer
    runs than it prints over the value columns (``_runs_over``, not the labels' heading in
    the corner), some columns' headings ending there: where every run goes on, no heading
    ends on that line, it is the first of headings stacked alike ("Stand 1e   Stand 1e" over
    "begroting   suppletoire"), read as such elsewhere (a first line repeating over leaves
    that differ joins none)."""
    top = index
    while True:
        below = nonblank(lines, index + 1, 1)
        if not below or below[0] > index + 1 + _BLANK_IN_HEADINGS:
            return index
        line = lines[below[0]]
        runs = CHUNK.findall(line)
        if "\t" in line or not line[:1].isspace() or len(runs) < 2 or not _heading_runs(runs):
            return index
        if index == top and len(runs) >= _runs_over(lines[index], line):
            return index  # (every heading goes on: no line some headings end on)
        if not _goes_on_under(lines[index], line):
            return index
        index = below[0]


def _runs_over(above: str, line: str) -> int:
    """How many runs of ``above`` reach over the columns ``line`` prints words in (end past
    the start of its first run): the value columns' headings, not the labels' heading in
    the corner ("Omschrijving"), which no heading's words go on under."""
    start = min(m.start() for m in CHUNK.finditer(line))
    return sum(m.end() > start for m in CHUNK.finditer(above))


#: Blank lines a text layer may print between two lines of one column heading.
_BLANK_IN_HEADINGS = 1


def _goes_on_under(above: str, line: str) -> bool:
    """Whether each run of ``line`` stands under a run of ``above`` (sharing a character's
    place with it) that no other run of ``line`` stands under: the next words of that
    column's heading, one column each."""
    spans = [(m.start(), m.end()) for m in CHUNK.finditer(above)]
    taken: list[int] = []
    for run in CHUNK.finditer(line):
        over = [k for k, (a, b) in enumerate(spans) if a < run.end() and run.start() < b]
        if len(over) != 1 or over[0] in taken:
            return False
        taken.append(over[0])
    return True


def _heading_marks(line: str) -> bool:
    """Whether a line prints column numbers only ("(1)   (2)   (3)=(1)+(2)"), or years only
    set in from the margin (the last line of headings over three lines, "Begroting" /
    "primitief" / "2015"), no tab: the headings' last line, no row (no label at the
    margin). Read as the first row, a line of years was left out of every heading."""
    if "\t" in line:
        return False
    tokens = line.split()
    if all(map(is_column_number, tokens)):
        return True
    return line[:1].isspace() and all(map(is_year, tokens))
