"""Two tables a page prints side by side, parted into two pages of one table each.

A balance sheet in a PDF's text layer prints its two sides on the same lines: "Activa
2023  2022   Passiva  2023  2022", each side a label's heading and the same column
headings, the right one apart by a column's padding. Read as one table, each row's label
holds the left side's values. This module finds where the right table starts (its heading,
or the second label of the first row when the heading names the columns alone) and cuts
every line of the block there, so that the row reader reads each half as a table of its
own.
"""

from __future__ import annotations

import re

from budgetkit.extract.tables_heading_line import TOKEN, is_heading
from budgetkit.extract.tables_stacked_headings import MAX_STACKED

#: Characters a line of two tables side by side may part off the column the right
#: table's heading starts at.
SPREAD_CUT = 4


def side_by_side(
    lines: list[str], index: int, heading: tuple[str, list[tuple[str, int]]]
) -> tuple[list[str], list[str]] | None:
    """The page's lines as two pages, the left half and the right half, where the heading
    line at ``index`` prints two tables side by side, each a label's heading and the same
    column headings, the right one apart by a column's padding ("Activa  2023  2022
    Passiva  2023  2022", a balance sheet in a PDF's text layer): each line of the block
    under it (up to a blank line) is cut where the right table starts (``_cut_near``), and
    the right half keeps its columns (the left blanked out). Read as one table, each row's
    label held the left half's values and its cells were the right half's."""
    _corner, tail = heading
    tokens = [(m.group(), m.start()) for m in TOKEN.finditer(lines[index])][: -len(tail)]
    names = [name for name, _column in tail]
    words = 0  # the right table's label heading: the words before its column headings
    while words < len(tokens) and not is_heading(tokens[len(tokens) - 1 - words][0]):
        words += 1
    left = len(tokens) - words
    repeated = [token for token, _column in tokens[left - len(names) : left]]
    block = [index]
    # a blank line may part the headings from the first row ("Lasten  Begroting ..." /
    # "2020  2020 ..." / "" / "Rente  4.120 ..."): the block runs on from that row
    while block[-1] + 1 < len(lines) and (
        lines[block[-1] + 1].strip()
        or (len(block) == 1 and block[-1] + 2 < len(lines) and lines[block[-1] + 2].strip())
    ):
        block.append(block[-1] + 1)
    if words and left > len(names) and repeated == names:
        cut = tokens[left][1]
    elif (cut := _second_labels(lines, block, tail)) is not None:
        # the labels' headings stand on the lines above, cut too ("Lasten (x € 1.000)
        # Rekening   Begroting   Baten (x € 1.000)   Rekening   Begroting" over the years)
        while block[0] > 0 and index - block[0] < MAX_STACKED and lines[block[0] - 1].strip():
            block.insert(0, block[0] - 1)
    else:
        return None
    cuts = [at for i in block if (at := _cut_near(lines[i], cut)) is not None]
    if len(block) < 2 or len(cuts) < len(block):
        return None
    halves = (list(lines), list(lines))
    for i, at in zip(block, cuts, strict=True):
        halves[0][i] = lines[i][:at].rstrip()
        halves[1][i] = " " * at + lines[i][at:]
    return halves


def _second_labels(lines: list[str], block: list[int], tail: list[tuple[str, int]]) -> int | None:
    """Where the right one of two tables side by side starts (0-based) when the heading line
    prints only their columns' headings, the same twice ("2023   2024   2023   2024"): where
    the first row's second label starts, past the left table's last heading and before the
    right one's first. None where the headings are not one run printed twice, or no label
    stands there."""
    half = len(tail) // 2
    names = [name for name, _column in tail]
    if half < 1 or len(tail) != 2 * half or names[:half] != names[half:] or len(block) < 2:
        return None
    after = tail[half - 1][1] - 1 + len(tail[half - 1][0])
    row = lines[next(i for i in block[1:] if lines[i].strip())]
    label = re.search(r"  [^\W\d_]", row[after : tail[half][1] - 1])
    return None if label is None else after + label.start() + 2


def _cut_near(line: str, cut: int) -> int | None:
    """Where a line of two tables side by side parts into its halves: where padding ends
    and the right half starts, at ``cut`` (0-based: where the right table's heading starts)
    or up to ``SPREAD_CUT`` characters off it; the line's length where it has no right
    half; ``cut`` where the line is blank around it (the right half starts further on: a
    heading line of years right-aligned over its figures); None where its text runs over
    the cut."""
    if len(line.rstrip()) <= cut:
        return len(line)
    if not line[:cut].strip():
        return cut  # only the right half
    if not line[cut - SPREAD_CUT : cut + SPREAD_CUT + 1].strip():
        return cut
    near = range(max(cut - SPREAD_CUT, 2), min(cut + SPREAD_CUT, len(line) - 1) + 1)
    starts = (at for at in sorted(near, key=lambda at: abs(at - cut)) if line[at - 2 : at] == "  ")
    return next((at for at in starts if not line[at].isspace()), None)
