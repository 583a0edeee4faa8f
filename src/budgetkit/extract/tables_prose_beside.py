"""A table printed in one column of a page of two, read without the prose beside it.

A page set in two text columns may print a table in its right column (a PDF's text layer,
pdftotext -layout): each of the table's lines then opens with the line of prose the left
column prints beside it ("<zin van de linkerkolom>      <Post>   N.NNN ..."),
apart from the table by the columns' gap. Read as printed, every row's label opened with
that prose, and so did the headings and the caption above them. The table's own left edge
is where its rows with no prose beside them start; this module blanks out the column of
prose left of that edge on the table's lines, so that the table reads as printed alone
(as ``tables_side_by_side`` parts two tables printed on the same lines).
"""

from __future__ import annotations

from budgetkit.extract.tables_row_values import split_row
from budgetkit.extract.tables_titles import MAX_HEADINGS, nonblank_before

#: Spaces at least between the column of prose and the table beside it.
GAP = 2
#: Characters at least left of a table's edge for a column of prose to stand there (a
#: page's text column is wider than a label's indent).
MIN_EDGE = 20


def prose_beside(
    lines: list[str], index: int, heading: tuple[str, list[tuple[str, int]]]
) -> list[str] | None:
    """The page's lines with the column of prose left of the table headed at ``index``
    blanked out, where the table stands beside one: its rows (the lines under the heading up
    to a blank one) that hold nothing left of their label start at one edge, and two rows
    at least hold a run of words left of that edge, apart from it by the columns' gap
    (``_prose_rows``). The lines blanked are the rows, the heading and the lines above it
    that a caption or title may take (``MAX_HEADINGS`` and one), up to a line that runs over
    the edge (a line across both columns: a page's head, a table of the page's width).
    None where the table stands beside no prose."""
    width = len(heading[1])
    rows = _rows(lines, index, width)
    edges = [indent for i in rows if (indent := _indent(lines[i])) >= MIN_EDGE]
    if not edges:
        return None
    edge = min(edges)
    if not _prose_rows(lines, rows, edge):
        return None
    above = [index]
    for i in nonblank_before(lines, index, MAX_HEADINGS + 1):
        if not _parted(lines[i], edge):
            break
        above.append(i)
    beside = list(lines)
    for i in (*above, *rows):
        if lines[i][:edge].strip():
            rest = lines[i][edge:]
            beside[i] = " " * edge + rest if rest.strip() else ""
    return beside


def _rows(lines: list[str], index: int, width: int) -> list[int]:
    """The lines under the heading line ``index`` that read as rows of ``width`` values, up
    to the first blank line past the one a heading may stand apart from its rows by."""
    rows = []
    i = index + 1
    if i < len(lines) and not lines[i].strip():
        i += 1
    while i < len(lines) and lines[i].strip():
        if split_row(lines[i], width) is not None:
            rows.append(i)
        i += 1
    return rows


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _parted(line: str, edge: int) -> bool:
    """Whether ``line`` prints nothing across ``edge``: blank over the columns' gap before it."""
    return not line[edge - GAP : edge].strip()


def _prose_rows(lines: list[str], rows: list[int], edge: int) -> bool:
    """Whether the text left of ``edge`` on the ``rows`` is a column of prose: every row
    parted at the edge, two rows at least holding a run of words left of it, each one run
    (words a single space apart, no column's padding: not a column of codes nor a label
    column of its own), and most opening in lower case, as the lines of a text column go
    on with the sentence of the line above (a label column's names open with a capital)."""
    if not all(_parted(lines[i], edge) for i in rows):
        return False
    texts = [text for i in rows if (text := lines[i][:edge].strip())]
    if len(texts) < 2 or any("  " in text or "\t" in text for text in texts):
        return False
    return 2 * sum(text[0].islower() for text in texts) > len(texts)
