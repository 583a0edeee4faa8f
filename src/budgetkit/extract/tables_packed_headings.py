"""Column headings packed tighter than the values under them, paired with the columns in order.

A PDF's text layer may set a heading block's words closer together than the figures under
them: "Rekening Begroting Begroting      2026" / "2023   2024 na     2025" / "wijziging" over
six columns of figures standing further apart, each heading's words ending short of its
column's figures, nearer the next column's than its own, so that no word stands where
``tables_placed_headings`` looks for it (ending where its figures end, or centred on them).
A heading never reaches past the right edge of the figures it heads, though: where one line
of the block prints a word per column, as many as the rows print values, each ending after
the figures of the column before it and no later than its own column's, the words pair with
the columns in order, and the block's other lines join the word they stand over.
"""

from __future__ import annotations

from itertools import pairwise

from budgetkit.extract.tables_alignment import in_slots
from budgetkit.extract.tables_heading_line import CHUNK, HEADING_RUN, TOKEN
from budgetkit.extract.tables_placed_headings import filled_columns, trailing_values
from budgetkit.extract.tables_stacked_headings import MAX_STACKED, joined_heading
from budgetkit.extract.tables_titles import nonblank
from budgetkit.extract.tables_tokens import CAPTION, column_year, is_column
from budgetkit.extract.tables_units import read_unit

#: A heading line's run of words: (text, 0-based start).
Run = tuple[str, int]


def packed_heading(
    lines: list[str], index: int
) -> tuple[tuple[str, list[tuple[str, int]]], int, int] | None:
    """((corner, headings), first line, last line) of the heading block holding line
    ``index`` (a line of headings ending in a period) whose words pair with the rows'
    columns in order (the module's rule): the block's lines run up from ``index`` to a
    blank line, a caption or a unit note, and down to the rows (past group lines from the
    margin), each a line of heading words set in from the margin, a corner from the margin
    allowed ("Art. Omschrijving"). Each heading is placed so it ends where its values do.
    None where a line above the block no word reads ends it (column numbers over the
    headings, "(1)   (2)   (3)=(2)-(1)": such a block stands where its columns do, and is
    read so), no line prints one word per column standing so, a word of another line
    stands over no such word or over two, or the block names no period."""
    if not _heading_line(lines[index]):
        return None
    top = index
    for i in range(index - 1, max(index - MAX_STACKED, -1), -1):
        line = lines[i]
        if not line.strip() or CAPTION.match(line) or read_unit(line, 0):
            break
        if not _heading_line(line):
            return None  # (a line of the headings no word reads, column numbers: not read so)
        top = i
    last, row = index, None
    for i in nonblank(lines, index + 1, MAX_STACKED):
        if "\t" in lines[i]:
            return None
        if i == last + 1 and lines[i][:1].isspace() and _heading_line(lines[i]):
            last = i  # the headings' words going on, right under them
            continue
        if trailing_values(lines[i]):
            row = i
            break
        if lines[i][:1].isspace():
            return None  # (words set in under the headings: no group from the margin)
    if row is None:
        return None
    # the columns the rows fill; where the words pair with none such (a column of the rows'
    # short figures standing off the first row's), the first row's
    for filled in (True, False):
        values = filled_columns(lines, row, filled)
        found = _paired_heading(lines, top, last, values) if values else None
        if found is not None:
            return found
    return None


def _paired_heading(
    lines: list[str], top: int, last: int, values: list[tuple[str, int]]
) -> tuple[tuple[str, list[tuple[str, int]]], int, int] | None:
    """``packed_heading``'s headings of the lines ``top`` to ``last`` over the columns of
    ``values`` ((value, 0-based start) each)."""
    ends = [start + len(value) for value, start in values]
    # a run ending this far left of the first column's figures heads the labels: the corner
    left = ends[0] - max(b - a for a, b in pairwise(ends))
    block = range(top, last + 1)
    runs = {i: _runs(lines[i]) for i in block}
    corner = [text for i in block for text, start in runs[i] if start + len(text) <= left]
    words = {i: [run for run in runs[i] if run[1] + len(run[0]) > left] for i in block}
    paired = next(
        ((i, tokens) for i in block if _paired(tokens := _tokens(words[i]), values)), None
    )
    if paired is None or not any(is_column(t) for i in block for t, _s in _tokens(words[i])):
        return None
    line, anchors = paired
    if len({word for word, _start in anchors}) == len(anchors):
        # one run alone on a line above the words, over distinct words, names the whole
        # table ("Begroting 2021" over "Verplichtingen Uitgaven Ontvangsten"), no column
        # (``names_the_table``): it and the lines above it are no heading's words. A run
        # standing over one word alone and naming no year, as the table's period does
        # ("Begroting 2021" right-aligned over "Verplichtingen" only), heads that column
        # ("Prognose" over "2027")
        named = [
            i
            for i in block
            if i < line and len(words[i]) == 1 and not _heads_one(words[i][0], anchors)
        ]
        block = range(named[-1] + 1, last + 1) if named else block
    heads: list[list[str]] = [[] for _ in ends]
    for i in block:
        placed: list[tuple[int, str]] = []  # (column, text) of this line, left to right
        for token, start in _tokens(words[i]):
            over = _over((token, start), anchors)
            if len(over) != 1:
                return None  # (a word over no column's, or over two: a group's name)
            if placed and placed[-1][0] == over[0]:
                placed[-1] = (over[0], f"{placed[-1][1]} {token}")
            else:
                placed.append((over[0], token))
        for k, text in placed:
            heads[k].append(text)
    labels = [joined_heading(pieces) for pieces in heads]
    headings = [(label, end - len(label) + 1) for label, end in zip(labels, ends, strict=True)]
    return (" ".join(corner), headings), top, last


def _over(run: Run, anchors: list[Run]) -> list[int]:
    """The indexes of the ``anchors`` (a word per column) that ``run`` stands over, any of
    its characters over any of theirs."""
    text, start = run
    return [
        k
        for k, (word, at) in enumerate(anchors)
        if min(start + len(text), at + len(word)) > max(start, at)
    ]


def _heads_one(run: Run, anchors: list[Run]) -> bool:
    """Whether a run alone on its line above the ``anchors`` heads the one column it stands
    over: it stands over one of them alone and names no year (a year over the columns is
    the table's period, whatever word it stands over)."""
    return len(_over(run, anchors)) == 1 and column_year(run[0]) is None


def _heading_line(line: str) -> bool:
    """Whether every run of a line reads as heading words (``HEADING_RUN``): words, years,
    dates, no figure of a row."""
    runs = CHUNK.findall(line)
    return bool(runs) and all(HEADING_RUN.fullmatch(run) for run in runs)


def _runs(line: str) -> list[Run]:
    """The runs of words of a line, parted by two spaces or more."""
    return [(m.group(), m.start()) for m in CHUNK.finditer(line)]


def _tokens(runs: list[Run]) -> list[Run]:
    """The words of ``runs``, a spaced period ("1 januari 2026") one."""
    return [(m.group(), start + m.start()) for text, start in runs for m in TOKEN.finditer(text)]


def _paired(tokens: list[Run], values: list[tuple[str, int]]) -> bool:
    """Whether ``tokens`` are one word per column of ``values`` ((value, 0-based start)
    each), two of them one space apart at least (packed: a line of words each parted by
    padding stands where its columns do, and is read so, or heads none), each in its
    column's slot (``tables_alignment.in_slots``: ending after the figures of the column
    before it and no later than its own column's)."""
    if len(tokens) != len(values) or len(values) < 2:
        return False
    if all(b[1] - a[1] - len(a[0]) > 1 for a, b in pairwise(tokens)):
        return False  # (words parted by padding stand where their columns do: not packed)
    # 0-based ends past the last character are its 1-based column
    figures = [(start + 1, start + len(value)) for value, start in values]
    return in_slots([start + len(token) for token, start in tokens], figures)
