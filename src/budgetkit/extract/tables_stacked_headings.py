"""Column headings printed over several lines, read by where their words stand.

A PDF's text layer prints a column's heading over the lines above and below its period or
column number: "Realisatie" over "2022", "Stand" / "vastgestelde" / "begroting 2011" over
"(1)", "Bedrag" / "(x € 1.000)", a word broken with a hyphen at a line's end ("Verplich-" /
"tingen"), a group's name over the columns it spans ("Realisatie" over "2020 ... 2024").
This module places each run of words of such a line at the heading it stands over (its end
under the heading's end, or centred on it; where every cell is printed from its column's
left edge, its start at the heading's start: ``stacked_on_starts``) and joins the words into
the column's label, top line first (``joined_heading``). ``MAX_STACKED`` bounds how many
lines a heading's words may take.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise, takewhile

from budgetkit.extract.tables_alignment import SLACK, heading_spans
from budgetkit.extract.tables_heading_line import CHUNK, TOKEN
from budgetkit.extract.tables_row_values import CELL
from budgetkit.extract.tables_tokens import (
    BROKEN_WORD,
    CAPTION,
    RULE_LINE,
    YEAR_IN,
    column_year,
    is_column,
    is_column_number,
    is_year,
    is_year_heading,
)
from budgetkit.extract.tables_units import SHARE_OF, read_unit, unit_alone

#: Lines a column heading's words may be printed over, above its period or column number.
MAX_STACKED = 6
#: The room, in characters, of the words over a table's one value column (``_lone_gap``):
#: a heading word's ("Uitgaven", "Vastgesteld"), half of it either side of its end.
LONE_COLUMN = 12
#: A heading word a PDF breaks with a hyphen at its line's end ("Hoofd-", "Toevoe-"),
#: standing alone in a line.
_BROKEN = re.compile(rf"(?<!\S){BROKEN_WORD.pattern}(?!\S)")


def finishes_broken_words(heading: str, line: str) -> bool:
    """Whether ``line``, printed right under a column heading line, ends words that line
    breaks with a hyphen ("Hoofd-  Omschrijving  1994  1995" / "stuk"): each of its runs of
    words starts in lower case, no figure among them, where a broken word starts. It is
    the rest of a heading, never a group of rows, nor every row's parent."""
    starts = {m.start() for m in _BROKEN.finditer(heading)}
    return bool(starts) and _rest_of_broken(line, lambda run: run.start() in starts)


def continues_corner(heading: str, line: str, first: int) -> bool:
    """Whether ``line``, printed right under a column heading line, goes on with the
    headings of its corner, left of the value columns (``first``: the 1-based column where
    the first value column's heading starts): "Art.   Omschrijving   2007   2008" / "nr.",
    a code column's heading printed over two lines. Each of its runs of words starts in
    lower case, as a heading's word going on does, holds no figure, starts where a run of
    the corner starts and ends before the first column. It is the rest of a heading, never
    a row: a group of rows is named with a capital, and a line of words under the value
    columns is no corner's."""
    starts = {m.start() for m in CHUNK.finditer(heading) if m.end() < first - 1}
    runs = list(CHUNK.finditer(line))
    return bool(runs) and all(
        run.start() in starts
        and run.end() < first - 1
        and run.group()[0].islower()
        and not CELL.search(run.group())
        for run in runs
    )


def ends_broken_words(heading: str, line: str) -> bool:
    """Whether ``line`` ends words the heading line above it breaks with a hyphen, as a
    begrotingsstaat's text layer prints its value columns' headings ("Verplich-" /
    "tingen"): each of its runs of words starts in lower case, no figure among them, where
    a broken word starts or, the columns aligned on the right, ends. It is that heading's
    second line: the heading is read from the line above it."""
    broken = [(m.start(), m.end()) for m in _BROKEN.finditer(heading)]
    return bool(broken) and _rest_of_broken(
        line,
        lambda run: any(
            abs(run.start() - a) <= SLACK or abs(run.end() - b) <= SLACK for a, b in broken
        ),
    )


def _rest_of_broken(line: str, placed: Callable[[re.Match[str]], bool]) -> bool:
    """Whether ``line`` prints words, and each of its runs of words starts in lower case,
    holds no figure and stands where a word the heading line above breaks with a hyphen does
    (``placed``): the line ends the heading's broken words."""
    runs = list(CHUNK.finditer(line))
    return bool(runs) and all(
        run.group()[0].islower() and not CELL.search(run.group()) and placed(run) for run in runs
    )


def numbers_elsewhere(lines: list[str], index: int, headings: list[tuple[str, int]]) -> bool:
    """Whether the line under a heading line prints column numbers that stand under none
    of its headings ("(1)   (2)   (3)=(1)+(2)" left of the years "2026 ... 2029" that end a
    heading of four lines): the line read as the headings names only some of the columns,
    and the headings are read from all their lines by where they stand."""
    below = next(
        (i for i in range(index + 1, min(index + 3, len(lines))) if lines[i].strip()), None
    )
    if below is None or not all(map(is_column_number, lines[below].split())):
        return False
    return not numbers_under(lines[below], headings)


def numbers_under(line: str, headings: list[tuple[str, int]]) -> bool:
    """Whether each run of a line of column numbers stands under a heading as
    ``headings_below`` places it (two runs one space apart parted where they stand): the
    line goes on with the headings. Numbers standing elsewhere ("(1)" left of every year:
    the headings were read from the wrong line) end the block as a heading line does."""
    ends = [last for _first, last in heading_spans(headings)]
    gaps = [b - a for a, b in pairwise(ends)]
    if not gaps:
        return False
    reach, left = min(gaps) / 2, ends[0] - max(gaps)
    chunks = [(m.group(), m.start()) for m in CHUNK.finditer(line)]
    return (
        heading_spots(chunks, headings, reach, left) is not None
        or parted_runs(chunks, headings, reach, left) is not None
    )


#: A span of years a column is about ("2014-2018", "2020–2023", "2024/25").
_YEARS_SPANNED = re.compile(r"(?:19|20)\d\d[-–/](?:19|20)?\d\d")


def periods_under_words(line: str, headings: list[tuple[str, int]]) -> bool:
    """Whether a line right under a column heading line prints only years or spans of
    years, each under a heading of words that names no period, fewer than the headings: the
    last line of those headings, wrapped ("mld gld   1997   1998   1999   Mutatie" / "1999",
    "Stand" / "2025", "2024   2025   Cumulatief" / "2024-2025"), the period the column is
    about. It is no heading line of a block of its own (one year over rows of every column
    heads nothing): ``headings_below`` joins it."""
    ends = [last for _first, last in heading_spans(headings)]
    gaps = [b - a for a, b in pairwise(ends)]
    chunks = [(m.group(), m.start()) for m in CHUNK.finditer(line)]
    if not gaps or not chunks or len(chunks) >= len(headings):
        return False
    if not all(is_year(text) or _YEARS_SPANNED.fullmatch(text) for text, _begin in chunks):
        return False
    spots = heading_spots(chunks, headings, min(gaps) / 2, ends[0] - max(gaps))
    return spots is not None and not any(any(map(str.isdigit, headings[spot][0])) for spot in spots)


def parted_runs(
    chunks: list[tuple[str, int]], spans: list[tuple[str, int]], reach: float, left: int
) -> list[tuple[str, int]] | None:
    """The runs of words of a line over columns (``chunks``: (text, 0-based start)) with
    each run that stands over no column alone parted into runs of its words that do, one
    column each: a PDF's text layer prints two centred headings one space apart where their
    columns stand close ("begroting 2025 begroting 2025" over the second and third
    column). The parting is the one whose runs stand best (each ending where its column's
    values end, or centred on them, within ``reach``); None where a run has none."""
    ends = [last for _first, last in heading_spans(spans)]
    centres = [col - 1 + len(text) / 2 for text, col in spans]
    starts = [col - 1 for _text, col in spans]
    widest = max((b - a for a, b in pairwise(ends)), default=0)
    parted: list[tuple[str, int]] = []
    for text, begin in chunks:
        if heading_spots([(text, begin)], spans, reach, left) is not None:
            parted.append((text, begin))
            continue
        tokens = [(m.group(), begin + m.start()) for m in TOKEN.finditer(text)]
        if len(tokens) < 2 or begin < left:
            return None

        def cost(a: int, b: int, column: int, tokens: list[tuple[str, int]] = tokens) -> float:
            start, end = tokens[a][1], tokens[b][1] + len(tokens[b][0])
            off_centre = abs((start + end) / 2 - centres[column])
            if end - start > widest:
                # longer than a column: only a heading's last line naming its period, which
                # the PDF centres over its column, spilling over the gutters beside it into
                # neither neighbour ("begroting 2025" over a column twelve wide); a group's
                # name over several columns starts flush with the first, off its centre
                room = _in_its_room(start, end, column, ends, starts)
                named = is_column(tokens[b][0]) and off_centre < reach / 2
                return off_centre if room and named else reach
            return min(abs(end - ends[column]), off_centre)

        # best[(j, k)]: the least cost of the first j tokens in runs whose last stands over
        # column k, and where that run starts
        best: dict[tuple[int, int], tuple[float, int]] = {}
        for stop in range(1, len(tokens) + 1):
            for column in range(len(ends)):
                for start in range(stop):
                    spent = cost(start, stop - 1, column)
                    if spent >= reach:
                        continue
                    before = (
                        [0.0]
                        if start == 0
                        else [best[(start, k)][0] for k in range(column) if (start, k) in best]
                    )
                    if before and (
                        (stop, column) not in best or min(before) + spent < best[(stop, column)][0]
                    ):
                        best[(stop, column)] = (min(before) + spent, start)
        done = [(best[key][0], key[1]) for key in best if key[0] == len(tokens)]
        if not done:
            return None
        runs: list[tuple[str, int]] = []
        stop, column = len(tokens), min(done)[1]
        while stop:
            start = best[(stop, column)][1]
            at, (last, last_at) = tokens[start][1], tokens[stop - 1]
            runs.insert(0, (text[at - begin : last_at - begin + len(last)], at))
            if start:
                column = min(
                    (k for k in range(column) if (start, k) in best),
                    key=lambda k: best[(start, k)][0],
                )
            stop = start
        if len(runs) < 2:
            return None
        parted += runs
    return parted


def stacked_headings(
    lines: list[str],
    heading_index: int,
    floor: int,
    headings: list[tuple[str, int]],
) -> tuple[list[str], int]:
    """(column labels, index of the first line they use) where the lines right above an
    aligned column heading line print the words of its headings over them ("Realisatie"
    over "2022", "Stand" / "vastgestelde" / "begroting 2011" over "(1)"): each run of words
    (parted by two spaces or more) ends under the end of one heading, or is centred over
    it, no longer than the widest column and not reaching over the labels. The words join
    the heading, top line first ("Realisatie 2022"). The first line up (above ``floor``)
    that does not fit, is blank, a caption or a unit note, ends them."""
    words: list[list[str]] = [[] for _ in headings]
    # where each column's heading stands, its words above it so far included (0-based)
    extents = _offsets(headings)
    ends = [last for _first, last in heading_spans(headings)]
    gaps = [b - a for a, b in pairwise(ends)] or _lone_gap(headings)
    reach = min(gaps, default=0) / 2
    widest = max(gaps, default=0)  # a run of words longer than a column is prose
    left = ends[0] - widest  # and so is one that reaches over the labels
    first = heading_index
    groups: list[int] | None = None  # the group of each column, once a line names groups
    # the same words heading the columns of each group ("Verplichtingen Uitgaven
    # Ontvangsten" twice): a line above that heads one column alone is a group's name
    # wrapped onto its next line (a year under each column, "2023", takes words of its own)
    names = [text for text, _col in headings]
    repeated = len(set(names)) < len(names) and not any(map(YEAR_IN.search, names))
    for index in range(heading_index - 1, heading_index - 1 - MAX_STACKED, -1) if reach else []:
        line = lines[index] if index >= 0 else ""
        # the lines right above, no blank line between (a running header stands apart)
        if index < floor or not line.strip() or CAPTION.match(line):
            break
        chunks = [(m.group(), m.start()) for m in CHUNK.finditer(line)]
        if RULE_LINE.fullmatch(line.strip()) and (chunks[0][1] >= left or repeated):
            # a rule drawn over the columns under a group's name, or across the table
            # between the groups' names and the leaves they repeat (which only a line of
            # groups may head): no words of either
            continue
        corner = sum(1 for _ in takewhile(lambda c: c[1] + len(c[0]) <= left, chunks))
        if 0 < corner < len(chunks) and left <= chunks[corner][1]:
            # the labels' heading over the labels, maybe saying the unit ("Lasten (x €
            # 1.000)   Rekening   Begroting"), or over a code column and the labels ("Nr.
            # Geldgever   Saldo   Opgenomen"): the corner, beside the columns' words
            chunks = chunks[corner:]
            if all(read_unit(text, 0) for text, _start in chunks):
                # a caption with the table's unit at its right end ("Programma 1   bedragen
                # x € 1.000"): the unit over the last columns is no words of their headings
                break
        elif read_unit(SHARE_OF.sub(" ", line), 0):
            # a unit note over the headings; a share "van" what the heading's next line
            # names ("in % van" over "uitgaven") is a heading's words, no note
            break
        while len(chunks) > 1 and chunks[-1][1] >= ends[-1]:
            # a run of words right of the last column's heading heads a column that prints
            # no values ("Ref." over the note marks after the Verschil): none of these
            chunks = chunks[:-1]
        leaves = [" ".join([*up, text]) for up, (text, _c) in zip(words, headings, strict=True)]
        spanned = spanning(chunks, headings, leaves, reach, left)
        if spanned is None and groups is not None:
            # a group's heading printed over two lines: "(1)" over "Vastgestelde begroting"
            spanned = _groups_again(chunks, headings, groups, reach)
        if spanned is None and (apart := _parted_beside_groups(chunks, headings, reach, left)):
            # a group's name over years beside headings printed one space apart ("NvW
            # suppletoire" over two columns): those parted, the group kept whole
            spanned = spanning(apart, headings, leaves, reach, left)
            chunks = apart if spanned is not None else chunks
        if spanned is None and repeated:
            # the groups' names over the leaves they repeat beside columns of their own
            # ("Uitgaven" left of "Fouten" / "bedrag   %", "Onzekerheden" / "bedrag   %")
            spanned = _groups_after_own(chunks, headings, leaves, reach, left)
        if spanned is None:
            # the groups' names over leaves stacked from several lines that repeat, each
            # name centred over its run's printed words or flush with them, off the centre
            # of its years
            spanned = _over_repeated_runs(chunks, leaves, extents)
        if spanned is None:
            # one group's name centred over some columns' words in lower case beside
            # columns of their own ("Begroting 2022" over "primitief   na wijziging")
            spanned = _group_over_some(chunks, headings, leaves, reach)
        if spanned is not None:
            if names_the_table(chunks, [k for k, c in enumerate(spanned) if c is not None], leaves):
                first = index
                break
            for k, chunk in enumerate(spanned):
                if chunk is not None:
                    words[k].insert(0, chunks[chunk][0])
                    if spanned.count(chunk) == 1:
                        extents[k] = _widened(extents[k], chunks[chunk])
            groups = [-1 if chunk is None else chunk for chunk in spanned]
            first = index
            continue
        if (
            repeated
            and not _breaks_leaves(chunks, headings, words)
            and not _leaves_again(chunks, headings, reach, left)
        ):
            break  # leaves printed again under each group: the lines above name the groups
        spots = heading_spots(chunks, headings, reach, left)
        if spots is None and (parted := parted_runs(chunks, headings, reach, left)):
            # the headings of columns standing close printed one space apart ("Investe-
            # Desinveste- Bijdragen" over "ringen ringen derden"): each word over its own
            chunks, spots = parted, heading_spots(parted, headings, reach, left)
        if spots is None:
            break
        worded = any(words)  # a line of words under this one named columns already
        heads = [
            years_spanned(text, leaves, spots, under, begin, headings, worded)
            for (text, begin), under in zip(chunks, spots, strict=True)
        ]
        first = index
        if names_the_table(chunks, heads[0], leaves):
            break
        for (text, begin), columns in zip(chunks, heads, strict=True):
            for k in columns:
                words[k].insert(0, text)
                if len(columns) == 1:
                    extents[k] = _widened(extents[k], (text, begin))
    labels = [
        joined_heading([*above, text]) for above, (text, _col) in zip(words, headings, strict=True)
    ]
    return labels, first


def _lone_gap(headings: list[tuple[str, int]]) -> list[int]:
    """The gaps between column ends that a table of one value column stands for in
    ``stacked_headings`` ("Uitgaven" over "2017"): none beside it to measure, so one of
    ``LONE_COLUMN`` characters, a run of words over the heading ending within half of it
    from the heading's end, as long as it at most. A longer run, or one reaching left of
    it, is prose or a caption's, no heading's (without a gap no words joined the heading)."""
    return [LONE_COLUMN] if len(headings) == 1 else []


def _widened(extent: tuple[int, int], chunk: tuple[str, int]) -> tuple[int, int]:
    """A column's printed extent (0-based start, end) taking in a run of words (text,
    0-based start) stacked over it alone."""
    text, begin = chunk
    return min(extent[0], begin), max(extent[1], begin + len(text))


def _over_repeated_runs(
    chunks: list[tuple[str, int]], leaves: list[str], extents: list[tuple[int, int]]
) -> list[int | None] | None:
    """For each column, the chunk of a line above that names its group, where the leaves
    stacked so far repeat in runs ("Stand Voorjaarsnota JJJJ", "Mutaties Najaarsnota JJJJ",
    "Stand Najaarsnota JJJJ", then the same or the last two of them) and the line prints a
    run of words over each run of columns ("Uitgaven" over the first three, "Ontvangsten"
    over the rest): each leaf takes its run's name. The leaves' words are wider than the
    years under them and a text layer centres a group's name over its run's words, or sets
    it flush with them, so the name may stand over one column of its run only (the middle
    one, or the first): it names the run where its midpoint lies within the run's printed
    words (``extents``: each column's, 0-based) and nearer the run's centre than any other
    run's. A word broken with a hyphen is the first line of the leaf under it ("Verplich-"
    over "tingen" in each group), and a word in lower case goes on with a heading. A run
    starts where a leaf of the run before it comes again; each run is two leaves at least,
    those of the longest in their order. Columns past the last group's own leaves
    (``_past_last_group``) take no name (None). None where the line does not read so."""
    runs: list[list[int]] = []
    for k, leaf in enumerate(leaves):
        if not runs or leaf in (leaves[j] for j in runs[-1]):
            runs.append([])
        runs[-1].append(k)
    if len(runs) < 2 or len(runs) != len(chunks) or min(map(len, runs)) < 2:
        return None
    alone = _past_last_group(chunks, runs, leaves, extents)
    runs[-1] = runs[-1][: len(runs[-1]) - alone]
    order = [leaves[k] for k in max(runs, key=len)]
    if not all(_in_order([leaves[k] for k in run], order) for run in runs):
        return None
    if len({text for text, _begin in chunks}) < len(chunks):
        # groups are named apart: words printed alike over each run are the leaves' own
        # first line ("Begroting na" over "wijziging" beside "Realisatie" in each group)
        return None
    bounds = [(extents[run[0]][0], extents[run[-1]][1]) for run in runs]
    centres = [(start + stop) / 2 for start, stop in bounds]
    for r, (text, begin) in enumerate(chunks):
        middle = begin + len(text) / 2
        nearest = min(range(len(runs)), key=lambda k: abs(middle - centres[k]))
        if not bounds[r][0] <= middle <= bounds[r][1] or nearest != r:
            return None
        if not text[:1].isupper() or _BROKEN.fullmatch(text.split()[-1]):
            return None
    return [*(r for r, run in enumerate(runs) for _k in run), *([None] * alone)]


def _past_last_group(
    chunks: list[tuple[str, int]],
    runs: list[list[int]],
    leaves: list[str],
    extents: list[tuple[int, int]],
) -> int:
    """How many columns at the end stand after the last group rather than in it: where
    every group but the last repeats the same k leaves, the last opens with those k and
    goes on ("Lasten", "Baten", "Saldo" each over "Begroting Realisatie", then "Verschil"),
    and every name stands at the same offset over its run's first column (ending flush
    with its end, or starting flush with its start), the names mark where each group
    starts, not how far it reaches. Runs are cut where a leaf comes again, so nothing ends
    the last one and it takes every column after it; the groups' shared width ends it, and
    the columns past it are their own. 0 where the names stand otherwise: a name centred
    over the last run stands off the offset the others keep, and heads all of its run."""
    *earlier, last = runs
    width = len(earlier[0])
    shared = [leaves[k] for k in earlier[0]]
    if len(last) <= width or any([leaves[k] for k in run] != shared for run in earlier):
        return 0
    if [leaves[k] for k in last[:width]] != shared:
        return 0
    firsts = [extents[run[0]] for run in runs]
    pairs = list(zip(chunks, firsts, strict=True))
    ends = [begin + len(text) - stop for (text, begin), (_start, stop) in pairs]
    starts = [begin - start for (_text, begin), (start, _stop) in pairs]
    if max(ends) - min(ends) <= SLACK or max(starts) - min(starts) <= SLACK:
        return len(last) - width
    return 0


def _in_order(some: list[str], every: list[str]) -> bool:
    """Whether the leaves ``some`` are among ``every``, in the order ``every`` prints them."""
    rest = iter(every)
    return all(leaf in rest for leaf in some)


def stacked_on_starts(
    lines: list[str],
    heading_index: int,
    floor: int,
    headings: list[tuple[str, int]],
) -> tuple[list[str], int]:
    """(column labels, index of the first line they use) of a column heading line whose
    values stand aligned on the left under it (``left_aligned``), where the lines right
    above it print the words of its headings starting where each heading starts
    ("Vastgestelde" / "begroting" over "(1)", "Stand 2e" / "suppletoire" / "begroting" over
    "(4)=(1)+(2)+(3)"): a text layer printing every cell from its column's left edge, where
    words and figures end anywhere. Each run of words (parted by two spaces or more) must
    start at a heading's start (within ``SLACK``), one run a heading; a run from the margin
    left of the first heading is the labels' corner. The words join the heading, top line
    first. The first line up (above ``floor``) that does not fit, is blank, a caption or a
    unit note, ends them."""
    starts = [column - 1 for _text, column in headings]  # 0-based, as the runs are
    words: list[list[str]] = [[] for _ in headings]
    first = heading_index
    for index in range(heading_index - 1, max(floor, heading_index - MAX_STACKED) - 1, -1):
        line = lines[index] if index >= 0 else ""
        if not line.strip() or CAPTION.match(line) or read_unit(line, 0):
            break
        chunks = [
            (m.group(), m.start())
            for m in CHUNK.finditer(line)
            if not (m.start() == 0 and m.end() < starts[0])  # the corner
        ]
        spots = [
            next((k for k, start in enumerate(starts) if abs(begin - start) <= SLACK), None)
            for _text, begin in chunks
        ]
        if not chunks or None in spots or len(set(spots)) < len(spots):
            break
        for (text, _begin), spot in zip(chunks, spots, strict=True):
            if spot is not None:
                words[spot].insert(0, text)
        first = index
    labels = [
        joined_heading([*above, text]) for above, (text, _col) in zip(words, headings, strict=True)
    ]
    return labels, first


def names_the_table(chunks: list[tuple[str, int]], heads: list[int], leaves: list[str]) -> bool:
    """Whether a heading line's words name the whole table, no group of its columns: one
    run alone on its line heading every column (``heads``: the columns it was read to
    head), over leaves that do not repeat ("Begrotingsjaar" over "JJJJ ... JJJJ",
    "Ontwerpbegroting" over "Verplichtingen Uitgaven Ontvangsten"). A group's name tells
    apart columns whose leaves repeat (two years each over "Begroting Realisatie")
    or a run of columns from those named apart ("Meerjarenraming" over the later years);
    one over every column of distinct leaves tells none apart, and each column keeps its
    leaf's words, as the answers give a leaf its group's words only where the leaves
    repeat. The line stays the table's top heading line; the lines above it are no
    heading's."""
    return (
        len(chunks) == 1
        and len(leaves) > 1
        and sorted(set(heads)) == list(range(len(leaves)))
        and len(set(leaves)) == len(leaves)
    )


def years_spanned(
    text: str,
    leaves: list[str],
    spots: list[int],
    under: int,
    begin: int = -1,
    headings: list[tuple[str, int]] | None = None,
    above_words: bool = False,
) -> list[int]:
    """The columns the run of words ``text`` standing over column ``under`` heads
    (``spots``: the columns of the line's runs; ``leaves``: each column's heading so far):
    where the column is headed by a year alone, among a run of such columns (each year
    another than the one beside it, ``_next_in_run``) no other run of the line stands
    over, and it is not the first nor the last of them, the word is a group's, printed off
    the centre of its columns ("Realisatie" over "JJJJ" ... "JJJJ", over a middle one, as
    a PDF's text layer moves a centred word): every column of the run. So is a word over
    the first of them on a line above a line that named other columns (``above_words``:
    "Meerjarenraming" over "JJJJ" ... "JJJJ", beside "Rekening Begroting Begroting" over
    the years before): a group's line, over a line of columns' own words. Else the column
    alone ("Realisatie" over the first of the years heads that one; a word in lower case
    goes on with a heading wrapped over two lines, "begroting"). A year its column's
    number joined ("JJJJ (1)", the last realised year's) is a year alone too: the number
    is the column's, no word of its heading. A run that spans no such years may reach over
    two columns' headings (``begin``, ``headings``: ``_overlapped``)."""
    alone = [under]
    if headings is not None:
        alone = _overlapped(text, begin, headings, leaves, spots, under) or alone
    if not _year_alone(leaves[under]) or text[:1].islower():
        return alone
    low = high = under
    while low > 0 and _next_in_run(leaves[low - 1], leaves[low]) and low - 1 not in spots:
        low -= 1
    while (
        high + 1 < len(leaves)
        and _next_in_run(leaves[high + 1], leaves[high])
        and high + 1 not in spots
    ):
        high += 1
    if under < high and (low < under or above_words or _budget_after(leaves, spots, high)):
        return list(range(low, high + 1))
    if (
        under == high
        and 0 < low < under
        and low - 1 in spots
        and _names_estimates(text)
        and _years_one_by_one(leaves[low : high + 1])
    ):
        # a word naming the estimates of several years over the last of the years no run of
        # its line stands over, another run over the column before them ("Begrotingsjaar" /
        # "Meerjarenraming" over "JJJJ" ... "JJJJ", each a year after the one before):
        # printed flush right over its last column, as a text layer sets a group's name, it
        # heads the whole run
        return list(range(low, high + 1))
    return alone


def _names_estimates(text: str) -> bool:
    """Whether a group's name is one of the estimates of several years: a word of several
    years ("Meerjarenraming", "Meerjarencijfers") or a planned stage in the plural
    ("Ramingen", "Prognoses"). Amounts' kinds in the plural ("Uitgaven", "Ontvangsten")
    each head the columns of their own years, no run before them."""
    words = [word.lower() for word in text.split()]
    return any(word.startswith("meerjaren") or word in ("ramingen", "prognoses") for word in words)


def _years_one_by_one(leaves: list[str]) -> bool:
    """Whether the columns' years go up a year at a time, as an estimate's years do."""
    years = [column_year(leaf) for leaf in leaves]
    return all(a is not None and b is not None and b == a + 1 for a, b in pairwise(years))


def _budget_after(leaves: list[str], spots: list[int], last: int) -> bool:
    """Whether the column right after a run of years ending at column ``last`` is a second
    column of the run's last year headed by words of its own (``spots``: the columns a run
    of the line stands over): a jaarverslag's "Realisatie" over the first of "JJJJ-3 ...
    JJJJ", then "Vastgestelde begroting JJJJ" and "Verschil JJJJ". The years realised run
    up to the year whose budget they are compared with, so a word over the first of them
    heads them all. A run ending the table, or one the next column's year does not close,
    leaves the word over the first alone: an ontwerpbegroting's "Realisatie" over the
    last realised year, before the years of its estimates."""
    after = last + 1
    return (
        after < len(leaves)
        and (after in spots or not _year_alone(leaves[after]))
        and column_year(leaves[after]) is not None
        and column_year(leaves[after]) == column_year(leaves[last])
    )


def _overlapped(
    text: str,
    begin: int,
    headings: list[tuple[str, int]],
    leaves: list[str],
    spots: list[int],
    under: int,
) -> list[int]:
    """The two adjacent columns whose headings' printed words the run ``text`` (0-based
    ``begin``) standing at column ``under`` reaches over both, where no other run of its
    line stands at the other: a group's name over them ("Onrechtmatig" over "fout" and
    "onzeker", starting over the one and ending over the other), which no one column's
    wrapped heading does. Else none: a word in lower case goes on with one column's, and
    a year beside it is one of a run of years, which a group over them heads
    (``years_spanned``: "Vastgestelde" reaching over the last realised year's "2024").
    Alone on its line over leaves that do not repeat, no other run marks where a group of
    two ends: the run is a heading over every column printed off their centre
    ("Ontwerpbegroting" over the first two of "Verplichtingen Uitgaven Ontvangsten"), every
    column's (``names_the_table``). So is one set flush over a middle column alone whose
    centre stands nearer the centre of all the leaves than its own column's
    (``_centred_over_all``)."""
    if text[:1].islower():
        return []
    if spots == [under] and _centred_over_all(text, begin, headings, leaves, under):
        return list(range(len(headings)))
    end = begin + len(text)
    for left in (under - 1, under):
        right = left + 1
        if left < 0 or right >= len(headings) or (left if left != under else right) in spots:
            continue
        if _year_alone(leaves[left]) or _year_alone(leaves[right]):
            continue
        (left_text, left_col), (_right_text, right_col) = headings[left], headings[right]
        if begin < left_col - 1 + len(left_text) and end > right_col - 1:
            if spots == [under] and len(set(leaves)) == len(leaves):
                return list(range(len(headings)))
            return [left, right]
    return []


def _centred_over_all(
    text: str, begin: int, headings: list[tuple[str, int]], leaves: list[str], under: int
) -> bool:
    """Whether the run ``text`` (0-based ``begin``), alone on its line over the middle
    column ``under`` of three or more whose leaves are distinct whole headings (each
    opening in a capital, no year alone: no wrapped rest, no run of years), is wider than
    that column's heading and its centre nearer the centre of all the leaves than that
    column's: a word centred over every column ("Ontwerpbegroting" over "Verplichtingen
    Uitgaven Ontvangsten"), which a PDF's text layer sets flush with the column nearest
    its centre, over that one alone. A first line of the middle column's own heading
    stands centred or flush over it, nearer its own centre unless the column itself
    stands mid-table."""
    if not 0 < under < len(headings) - 1 or len(set(leaves)) < len(leaves):
        return False
    if any(_year_alone(leaf) or not leaf[:1].isupper() for leaf in leaves):
        return False
    spans = _offsets(headings)
    start, end = spans[under]
    centre = begin + len(text) / 2
    middle = (spans[0][0] + spans[-1][1]) / 2
    return len(text) > end - start and abs(centre - middle) < abs(centre - (start + end) / 2)


def _next_in_run(leaf: str, beside: str) -> bool:
    """Whether a column headed ``leaf`` goes on a run of years from the column beside it
    (headed ``beside``): a year alone, another than that column's. Two columns of one
    year under one group's word would be named alike; a word over one of them tells it
    from the other ("Begroting" over the second of "JJJJ   JJJJ   JJJJ-1": the budget
    beside the realisation of its year) and heads it alone."""
    return _year_alone(leaf) and column_year(leaf) != column_year(beside)


def _year_alone(leaf: str) -> bool:
    """Whether a column's heading so far is a year, its column's number aside ("2024 (1)")."""
    return is_year(" ".join(t for t in leaf.split() if not is_column_number(t)))


def heading_spots(
    chunks: list[tuple[str, int]], headings: list[tuple[str, int]], reach: float, left: int
) -> list[int] | None:
    """The heading each run of words of a line over or under a heading line stands at, in
    order (``chunks``: (text, 0-based start)): it ends under the end of one heading, or is
    centred on it, within ``reach``, no longer than the widest column and not reaching over
    the labels (left of ``left``); None where one does not. A run wholly right of the
    second last column's end ("realisatie en" over the last column, a letter past the
    width its neighbours leave each other) has no column right of it to bound its length:
    only where it ends or centres tells its column. A run starting right where a heading
    starts stands under it whatever its end is near: flush left under a heading printed
    flush left, a short run ends nearer the previous column's end than its own ("begroting
    2019" / "(2)", a column number under each of three headings)."""
    ends = [last for _first, last in heading_spans(headings)]
    centres = [col - 1 + len(text) / 2 for text, col in headings]
    starts = [col - 1 for _text, col in headings]
    widest = max([b - a for a, b in pairwise(ends)] or _lone_gap(headings), default=0)
    spots: list[int] = []
    for text, begin in chunks:
        last_free = len(ends) >= 2 and begin >= ends[-2]
        if begin < left:
            return None
        end, centre = begin + len(text), begin + len(text) / 2
        under = min(range(len(ends)), key=lambda k: abs(ends[k] - end))
        if begin in starts:
            under = starts.index(begin)
        elif abs(ends[under] - end) >= reach:
            under = min(range(len(ends)), key=lambda k: abs(centres[k] - centre))
            if abs(centres[under] - centre) >= reach:
                return None
        if (
            len(text) > widest
            and not last_free
            and not _in_its_room(begin, end, under, ends, starts)
        ):
            return None
        if spots and under <= spots[-1]:
            return None
        spots.append(under)
    return spots


def _in_its_room(begin: int, end: int, under: int, ends: list[int], starts: list[int]) -> bool:
    """Whether a run of words wider than any column stands in the room its column leaves
    between its neighbours: right of the previous column's end (the first column's left
    bound, the labels' reach, ``heading_spots`` checks for every run), ending by the next
    heading's start (``end`` is exclusive: a run ending where the next column's values
    start, on the line below, overlaps none of them). A PDF centres a long heading's line
    over a column of wide headings ("oorspronkelijk vastgestelde" under "Verschil
    realisatie en", its neighbours' lines printed on the same line), and sets a long word
    of the first column's heading over the gap before it ("Oorspronkelijke" over
    "begroting" over "2025"), wider than the step from one column's end to the next."""
    after_previous = not under or ends[under - 1] < begin
    return under < len(ends) - 1 and after_previous and end <= starts[under + 1]


def headings_below(
    lines: list[str],
    heading_index: int,
    headings: list[tuple[str, int]],
    labels: list[str],
    found: list[tuple[int, str, list[tuple[str, int]]]],
) -> tuple[list[str], list[tuple[int, str, list[tuple[str, int]]]], list[int]]:
    """(labels, rows, heading lines) where the lines right under an aligned column heading
    line, before its first row of values, go on with its headings: every run of words on
    them stands under a column's heading (``heading_spots``), none in the labels' place, as a
    unit ("Bedrag" / "(x € 1.000)"), a column number ("Realisatie" / "(1)") or a heading's
    last words do. They are no rows of the table (a group of rows stands at the labels):
    their words join the labels, below them ("Bedrag (x € 1.000)"); but a unit alone under
    headings of years alone is the table's (``_unit_of_the_years``), a heading line joined
    to none."""
    reach, left = _reach_and_left(headings)
    words: list[list[str]] = [[] for _ in headings]
    used: list[int] = []
    previous = heading_index
    for i, _label, cells in found:
        if cells or not reach or i - previous > 2:
            break
        chunks = [(m.group(), m.start()) for m in CHUNK.finditer(lines[i])]
        spots = heading_spots(chunks, headings, reach, left)
        if spots is not None and _unit_of_the_years(chunks, headings):
            used.append(i)  # the table's unit, under the years: a note, joined to none
            previous = i
            continue
        if spots is None and (parted := parted_runs(chunks, headings, reach, left)) is not None:
            chunks, spots = (
                parted,
                heading_spots(parted, headings, reach, left),
            )  # "(2) (3)=(1)-(2)"
        if spots is None and (rest := _beside_corner(chunks, headings, reach, left)):
            chunks, spots = rest  # "Artikel   (€ mln)   (%)   (€ mln)", "Hoofdstuk   uitgaven"
        if spots is None:
            break
        for (text, _begin), under in zip(chunks, spots, strict=True):
            words[under].append(text)
        used.append(i)
        previous = i
    if not used or len(found) == len(used):
        return labels, found, []
    joined = [joined_heading([label, *below]) for label, below in zip(labels, words, strict=True)]
    return joined, found[len(used) :], used


def _unit_of_the_years(chunks: list[tuple[str, int]], headings: list[tuple[str, int]]) -> bool:
    """Whether a line under the headings, the runs ``chunks`` standing under a column, prints
    a unit alone under headings that are years alone, two or more ("JJJJ   JJJJ ...   JJJJ*"
    / "mln euro", as a statistics yearbook prints its unit under the years, near the first):
    years alike measure alike, so the unit is every column's, the table's note, not the
    heading of the year it happens to stand under ("JJJJ mln euro", the table's unit then
    mixed). A unit under a heading of words ("Bedrag" / "(x € 1.000)" beside "Aantal") is
    that column's; one at the labels' margin heads the rows under it ("mld euro" / rows /
    "% bbp" / rows), no heading line."""
    return (
        len(chunks) == 1
        and len(headings) >= 2
        and all(is_year_heading(text) for text, _begin in headings)
        and unit_alone(chunks[0][0], 0) is not None
    )


def goes_on_beside_corner(line: str, headings: list[tuple[str, int]]) -> bool:
    """Whether ``line``, right under a column heading line (``headings``), prints the labels'
    heading in the corner and the rest of the headings' words under their columns
    ("Verantwoorde   Fouten   Onzeker-" / "Hoofdstuk   uitgaven   heden", the corner
    heading set on the headings' lower line): a heading line, no group of rows, though its
    first word stands at the labels. One of its runs goes on under a heading the line above
    leaves open, a word broken with a hyphen ("Onzeker-"): words in lower case under closed
    headings are a row's text cells ("Dienstbetrekking?   ja   ja" under "Functie
    Voorzitter   Lid"). ``headings_below`` joins its words to the columns."""
    chunks = [(m.group(), m.start()) for m in CHUNK.finditer(line)]
    reach, left = _reach_and_left(headings)
    rest = _beside_corner(chunks, headings, reach, left) if reach else None
    return (
        rest is not None
        and any(_goes_on(text) for text, _begin in rest[0])
        and any(BROKEN_WORD.fullmatch(headings[under][0].split()[-1]) for under in rest[1])
    )


def _reach_and_left(headings: list[tuple[str, int]]) -> tuple[float, int]:
    """How far from a heading's end a run under it may end (half the narrowest column),
    and where the labels' room ends (the first heading's end less the widest column)."""
    ends = [last for _first, last in heading_spans(headings)]
    gaps = [b - a for a, b in pairwise(ends)]
    return min(gaps, default=0) / 2, ends[0] - max(gaps, default=0)


def _goes_on(text: str) -> bool:
    """Whether a run of a line under a heading goes on with a heading's words: it starts in
    lower case ("uitgaven", "heden", "en onzeker-"), as a wrapped heading does and a
    group's name or a text cell does not, and holds no figure."""
    return text[0].islower() and not CELL.search(text)


def _beside_corner(
    chunks: list[tuple[str, int]], headings: list[tuple[str, int]], reach: float, left: int
) -> tuple[list[tuple[str, int]], list[int]] | None:
    """(the runs, the heading each stands under) of a heading's last line that prints the
    labels' heading in the corner and, under each column it goes on with, a unit, a column
    number ("Artikel   (€ mln)   (%)   (€ mln)" under "Uitgaven 2012   Aandeel in totaal
    Fouten en onzeker-" / "heden") or a heading's words going on ("Hoofdstuk   uitgaven
    heden" under "Verantwoorde   Fouten   Onzeker-"): the corner word is the labels', the
    rest go on with the headings. None where a run under the columns is none of these (a
    group of rows with text cells), or the corner holds a figure (a row)."""
    if len(chunks) < 2 or chunks[0][1] + len(chunks[0][0]) > left:
        return None
    rest = chunks[1:]
    units = all(read_unit(text, 0) or is_column_number(text) for text, _begin in rest)
    words = not CELL.search(chunks[0][0]) and all(
        read_unit(text, 0) or is_column_number(text) or _goes_on(text) for text, _begin in rest
    )
    if not (units or words):
        return None
    spots = heading_spots(rest, headings, reach, left)
    return None if spots is None else (rest, spots)


#: A line's end a PDF splits a word at: a letter, then a hyphen ("Verplich-", "EMU-").
_SPLIT_WORD = re.compile(r"[^\W\d_]-$")
#: A word after a hyphen that leaves the word before it open ("loon- en prijsbijstelling").
_SHARED_END = re.compile(r"(?:en|of|tot)\b")


def joined_heading(pieces: list[str]) -> str:
    """A column heading printed over several lines, top line first, as one text: a word a
    hyphen splits at a line's end goes on on the next line, joined as printed, hyphen kept
    ("Verplich-" / "tingen": "Verplich-tingen", "EMU-" / "saldo": "EMU-saldo"; whether the
    hyphen is the word's own or the line break's no text tells, and a reader finds the
    printed word); a hyphen before "en" or "of" leaves its word open ("loon-" / "en
    prijsbijstelling")."""
    text = ""
    for piece in pieces:
        if _SPLIT_WORD.search(text) and piece[:1].isalpha() and not _SHARED_END.match(piece):
            text += piece
        else:
            text = f"{text} {piece}" if text else piece
    return text


def _offsets(headings: list[tuple[str, int]]) -> list[tuple[int, int]]:
    """Where each heading stands on its line as 0-based string offsets (start, end), for
    slicing the lines above: ``tables_alignment.heading_spans`` shifted to 0-based."""
    return [(first - 1, last) for first, last in heading_spans(headings)]


def spanning(
    chunks: list[tuple[str, int]],
    headings: list[tuple[str, int]],
    leaves: list[str],
    reach: float,
    left: int,
) -> list[int] | None:
    """For each heading, the chunk of a line above that heads it, where the line's runs of
    words each head a group of adjacent columns: a year over the words its columns repeat
    ("2024" over "Begroting Realisatie"), a word over years ("Raming" over "2025 2026").
    A group stands centred over its columns, each heading going to the chunk nearest it, or
    flush with the first of them, each heading going to the last chunk that starts before
    it. Groups over words (no year among them) repeat them, each over the same: one column
    of several lines has words of its own ("Vastgestelde" over "begroting 2023" beside
    "Realisatie 2023"). A chunk heading two columns or more stands so (centred within
    ``reach``), over no column number; it says a year only where its columns do not, and
    starts as a heading does, not in lower case as the wrapped words of one do
    ("begroting"). A chunk over one column stands over it as ``stacked_headings`` asks.
    None where the line does not read so: its chunks then head a column each. ``leaves``:
    each column's heading with the words above it so far."""
    if not chunks or len(chunks) >= len(headings) or any(b < left for _t, b in chunks):
        return None
    bounds = [(begin, begin + len(text)) for text, begin in chunks]
    spans = _offsets(headings)
    nearest: list[int] = []
    for start, end in spans:
        centre = (start + end) / 2
        gaps = [max(a - centre, centre - b, 0) for a, b in bounds]
        nearest.append(min(range(len(chunks)), key=gaps.__getitem__))
    flush = [sum(1 for a, _b in bounds if a <= start + SLACK) - 1 for start, _end in spans]
    # a chunk ending flush with one column's heading, over no other, heads it alone; the
    # others head the rest
    anchored = {
        k: chunk
        for chunk, (a, b) in enumerate(bounds)
        for k, (_start, end) in enumerate(spans)
        if abs(end - b) <= SLACK and (k == 0 or a > spans[k - 1][1])
    }
    loose = [chunk for chunk in range(len(chunks)) if chunk not in anchored.values()]
    beside = (
        [
            anchored[k] if k in anchored else min(loose, key=lambda c: abs(nearest[k] - c))
            for k in range(len(spans))
        ]
        if loose
        else nearest
    )
    for owner, centred in ((nearest, True), (flush, False), (beside, True)):
        if _groups_stand(chunks, spans, leaves, owner, centred, reach):
            return owner
    return None


def _group_over_some(
    chunks: list[tuple[str, int]],
    headings: list[tuple[str, int]],
    leaves: list[str],
    reach: float,
) -> list[int | None] | None:
    """The columns a line's one run of words heads as a group over some columns beside
    others of their own ("Begroting 2022" centred over "primitief   na wijziging", beside
    "Realisatie 2022   Verschil"): the run reaches over two adjacent columns' headings or
    more and over no other's, stands centred on them (within ``reach``), and opens in
    upper case, and the headings under it are words in lower case, each its own: the rest
    of a name, which alone names no column. A heading in upper case under it ("Vastgestelde"
    over "begroting" beside "Realisatie") may be a column's own, and so may a run over one
    column; None for these."""
    if len(chunks) != 1 or not chunks[0][0][:1].isupper():
        return None
    text, begin = chunks[0]
    end = begin + len(text)
    spans = _offsets(headings)
    under = [k for k, (start, last) in enumerate(spans) if start < end and begin < last]
    if len(under) < 2 or under != list(range(under[0], under[-1] + 1)):
        return None
    if abs((spans[under[0]][0] + spans[under[-1]][1]) / 2 - (begin + end) / 2) >= reach:
        return None
    named = [leaves[k] for k in under]
    if len(set(named)) < len(named) or not all(leaf[:1].islower() for leaf in named):
        return None
    return [0 if k in under else None for k in range(len(headings))]


def _groups_after_own(
    chunks: list[tuple[str, int]],
    headings: list[tuple[str, int]],
    leaves: list[str],
    reach: float,
    left: int,
) -> list[int | None] | None:
    """``spanning``'s groups of a line naming groups of repeated leaves where the first
    columns stand left of every name and head no group ("Uitgaven" beside "Fouten" and
    "Onzekerheden", each over "bedrag   %"): those columns, each a leaf printed once,
    keep their own headings (no chunk), the names head the columns from the first under
    them on. Read as groups from the first column, the first name took the columns before
    its own (by the repeats alone, "Fouten Uitgaven"). None where no column stands so,
    or the rest do not read as groups."""
    start = chunks[0][1] if chunks else 0
    names = [text for text, _col in headings]
    own = 0
    while own < len(headings) and headings[own][1] - 1 + len(names[own]) < start:
        own += 1
    if not own or any(name in names[own:] for name in names[:own]):
        return None
    owner = spanning(chunks, headings[own:], leaves[own:], reach, left)
    return None if owner is None else [*([None] * own), *owner]


def _breaks_leaves(
    chunks: list[tuple[str, int]], headings: list[tuple[str, int]], words: list[list[str]]
) -> bool:
    """Whether a line over repeated leaves prints only the first parts of words its line's
    end breaks with a hyphen, each over a leaf that goes on with their rest in lower case
    and has no words above it yet ("Verplich-" over "tingen" in each group of "tingen
    Uitgaven Ontvangsten"): the leaves' first line, which each such leaf alone takes, not a
    line of the groups' names over them. Each part stands over its rest, flush with its
    start or end, or centred over it ("Ontvang-" over "sten": a text layer centring each
    heading's lines over its column)."""
    spans = _offsets(headings)
    taken: set[int] = set()
    for text, begin in chunks:
        if _BROKEN.fullmatch(text) is None:
            return False
        under = [
            k
            for k, (start, end) in enumerate(spans)
            if abs(start - begin) <= SLACK
            or abs(end - (begin + len(text))) <= SLACK
            or abs(start + end - 2 * begin - len(text)) <= 2 * SLACK
        ]
        if len(under) != 1 or under[0] in taken:
            return False
        k = under[0]
        if words[k] or not headings[k][0][:1].islower():
            return False
        taken.add(k)
    return bool(taken)


def _leaves_again(
    chunks: list[tuple[str, int]], headings: list[tuple[str, int]], reach: float, left: int
) -> bool:
    """Whether a line over leaves that repeat prints their first lines, a run over each
    column: repeating as the leaves do ("<Kop>   <Kop'>   <Kop>   <Kop'>" over "(x € N)
    <rest>   (x € N)   <rest>"), or, over leaves that repeat in no groups' order (one run
    of them printed again and again), never ("Vastgestelde   Mutatie 1e   Stand 1e" over
    "begroting   suppletoire   suppletoire", headings over two lines whose last words
    happen to repeat): the leaves' own words, not a line of the groups' names, which
    stands over a group of columns each and above them. Over leaves a group repeats, a run
    over each column not repeating as they do stays unread."""
    spots = heading_spots(chunks, headings, reach, left)
    names = [text for text, _col in headings]
    if spots is not None and spots != list(range(len(headings))) and _in_groups(names):
        return _over_leaves_alike(chunks, spots, names)
    if spots is None or spots != list(range(len(headings))):
        return False
    texts = [text for text, _begin in chunks]
    if not _in_groups(names) and len(set(texts)) == len(texts):
        return True
    return all(
        (texts[a] == texts[b]) == (names[a] == names[b])
        for a in range(len(names))
        for b in range(a + 1, len(names))
    )


def _over_leaves_alike(chunks: list[tuple[str, int]], spots: list[int], names: list[str]) -> bool:
    """Whether the runs of a line, each over its column (``spots``), stand over some of the
    leaves a group repeats and print alike over the same leaf in every group, different
    words over different leaves: the first line of the leaves whose headings take two
    lines ("Begroting na" over "wijziging", beside "Realisatie" in one line, under each of
    "Lasten" and "Baten"), not the groups' names, which differ from group to group."""
    texts = dict(zip(spots, (text for text, _begin in chunks), strict=True))
    over = {names[k] for k in spots}
    if len(texts) < 2 or any(names[k] in over and k not in texts for k in range(len(names))):
        return False
    return all(
        (texts[a] == texts[b]) == (names[a] == names[b]) for a in texts for b in texts if a < b
    )


def _in_groups(names: list[str]) -> bool:
    """Whether the leaves ``names`` are one run of headings printed again and again, as
    each group of columns repeats its leaves ("Verplichtingen Uitgaven" twice)."""
    count = len(names)
    return any(
        count % size == 0 and names == names[:size] * (count // size) for size in range(1, count)
    )


def _parted_beside_groups(
    chunks: list[tuple[str, int]], headings: list[tuple[str, int]], reach: float, left: int
) -> list[tuple[str, int]] | None:
    """The runs of a line over columns with each run that stands over no column alone
    parted (``parted_runs``), except a run centred over two periods or more ("Mutatie 1e
    suppletoire begroting" over "JJJJ ... JJJJ"), a group's name that ``spanning`` reads.
    None where the line has no such group, or no run to part."""
    spans = _offsets(headings)
    grouped = [
        any(
            all(_dated(headings[k][0]) for k in range(a, b + 1))
            and abs((spans[a][0] + spans[b][1]) / 2 - (begin + len(text) / 2)) < reach
            for a in range(len(spans))
            for b in range(a + 1, len(spans))
        )
        for text, begin in chunks
    ]
    if not any(grouped):
        return None
    apart: list[tuple[str, int]] = []
    for (text, begin), group in zip(chunks, grouped, strict=True):
        parted = [(text, begin)] if group else parted_runs([(text, begin)], headings, reach, left)
        if parted is None:
            return None
        apart += parted
    return apart if len(apart) > len(chunks) else None


def _groups_again(
    chunks: list[tuple[str, int]],
    headings: list[tuple[str, int]],
    groups: list[int],
    reach: float,
) -> list[int | None] | None:
    """For each heading, the chunk of a line over a line of groups (``groups``: the group of
    each column) that goes on with its group's heading: each chunk centred over one group's
    columns, or flush with its first, a group at most one chunk ("(1)" over "Vastgestelde
    begroting" over three columns). None where a chunk stands over no group."""
    spans = _offsets(headings)
    runs = [[k for k, g in enumerate(groups) if g == group] for group in sorted(set(groups))]
    owner: list[int | None] = [None] * len(headings)
    taken: list[int] = []
    for chunk, (text, begin) in enumerate(chunks):
        centre = begin + len(text) / 2
        fits = [
            r
            for r, run in enumerate(runs)
            if abs((spans[run[0]][0] + spans[run[-1]][1]) / 2 - centre) < reach
            or abs(spans[run[0]][0] - begin) <= SLACK
        ]
        if len(fits) != 1 or (taken and fits[0] <= taken[-1]):
            return None
        taken.append(fits[0])
        for k in runs[fits[0]]:
            owner[k] = chunk
    return owner


def _dated(leaf: str) -> bool:
    """Whether a column's heading is a year or a date alone ("2024", "1-1-2024", "31
    december 2024"): the periods a group's name stands over ("Eigen vermogen" over
    "1-1-2024 31-12-2024"), as a word stands over years."""
    return is_year(leaf) or (is_column(leaf) and YEAR_IN.search(leaf) is not None)


def _groups_stand(
    chunks: list[tuple[str, int]],
    spans: list[tuple[int, int]],
    leaves: list[str],
    owner: list[int],
    centred: bool,
    reach: float,
) -> bool:
    """Whether each chunk heads the columns ``owner`` gives it as ``spanning`` asks: every
    chunk some, in order, one at least two, each standing over its own (``centred`` over
    them or flush with the first)."""
    if owner != sorted(owner) or set(owner) != set(range(len(chunks))):
        return False
    if len(set(owner)) == len(owner):
        return False  # a chunk a column: no group
    runs = [[k for k, o in enumerate(owner) if o == chunk] for chunk in range(len(chunks))]
    groups = [run for run in runs if len(run) > 1]  # the chunks over one column head it alone
    if any(len({leaves[k] for k in run}) < len(run) for run in groups):
        return False  # two columns headed alike under one name would be named alike
    # the leaves as words, their column numbers apart ("Begroting (1)", "Begroting (3)")
    bare = [" ".join(t for t in leaf.split() if not is_column_number(t)) for leaf in leaves]
    under = [bare[k] for run in groups for k in run]
    if not all(under):
        return False  # a column number alone: its own column
    if not all(map(_dated, under)) and (
        len(groups) < 2
        or any(map(YEAR_IN.search, under))
        or len({tuple(bare[k] for k in run) for run in groups}) > 1
    ):
        return False  # groups over words repeat them: "Begroting Realisatie" under each year
    for (text, begin), run in zip(chunks, runs, strict=True):
        centre, end = begin + len(text) / 2, begin + len(text)
        if len(run) == 1:
            start, last = spans[run[0]]
            near = abs(last - end) < reach or abs((start + last) / 2 - centre) < reach
            if not near and (centred or abs(start - begin) > SLACK):
                return False
            continue
        if centred and abs((spans[run[0]][0] + spans[run[-1]][1]) / 2 - centre) >= reach:
            return False
        if not centred and abs(spans[run[0]][0] - begin) > SLACK:
            return False
        if text[0].islower():
            return False  # a heading's words wrapped onto the next line ("begroting")
        words = text.split()
        if _BROKEN.fullmatch(words[-1]) and not all(leaves[k][:1].islower() for k in run):
            # a word broken at the line's end goes on in lower case under it: over a leaf
            # that does not ("Verplich-" over "tingen   Uitgaven"), it heads no group
            return False
        if len(words) == len(run) and all(word[:1].isupper() for word in words):
            # a heading of one word over each column, one space apart ("Realisatie
            # Realisatie", "Begroting Realisatie Verschil"): a group's name goes on in lower
            # case after its first word ("Mutatie 2e suppletoire")
            return False
        if YEAR_IN.search(text) is not None and any(YEAR_IN.search(leaves[k]) for k in run):
            return False
    return True
