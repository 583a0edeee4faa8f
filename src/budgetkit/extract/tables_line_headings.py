"""Column headings a plain text layer prints a part per line, over rows printed one per line.

Without ``-layout`` a PDF's text layer flattens a heading block's cells one after the
other, each cell's lines in turn ("Ontwerpbegroting" / "2018" / "Realisatie" / "2018" /
"Verschil"), and keeps each row of the table on one line ("Omzetbelasting 51,6 52,9 1,3").
Nothing says where the columns stand: the parts are grouped into headings by what they
print, and the grouping is kept only where it names as many columns as the first row
prints values, so the rows' width tells the lines' grouping. A heading opens with a
capital and goes on over lines that open in lower case or end a word broken with a hyphen
("Oorspronkelijk" / "vastgestelde" / "begroting 2015"); a period closes it, on its line
("Realisatie 2015") or alone under its words ("Ontwerpbegroting" / "2018"); a period alone
under a closed heading heads a column of its own. A line of column numbers ("(1) (2)
(3)=(2)-(1)") numbers the first columns in order, wherever the block prints it; a number
alone under a heading is that heading's.
"""

from __future__ import annotations

from budgetkit.extract.tables_groups import is_group
from budgetkit.extract.tables_row_values import split_row
from budgetkit.extract.tables_stacked_headings import joined_heading
from budgetkit.extract.tables_titles import MAX_HEADINGS, nonblank
from budgetkit.extract.tables_tokens import (
    BROKEN_WORD,
    CAPTION,
    YEAR_IN,
    is_column,
    is_column_number,
)
from budgetkit.extract.tables_units import read_unit

#: Most lines a heading block printed a part per line may take (four columns of two or
#: three lines each, and a line of column numbers).
MAX_PARTS = 14
#: Longest line that is a part of a column's heading; longer lines are titles or prose.
MAX_PART = 60


def _part(line: str) -> bool:
    """Whether a line may be a part of a heading block printed a part per line: short
    words single-spaced (padding would place them: ``stacked_headings`` reads those), no
    caption, no unit note, no sentence, no figure but a period or a column's number."""
    text = line.strip()
    if not text or len(text) > MAX_PART or "  " in text or "\t" in text:
        return False
    if CAPTION.match(text) or read_unit(text, 0) is not None or text.endswith((".", ":", ";")):
        return False
    return all(
        not any(map(str.isdigit, token)) or is_column(token) or is_column_number(token)
        for token in text.split()
    )


def _grouped(parts: list[str]) -> tuple[list[str], list[str]] | None:
    """(headings, column numbers) of a block's parts, top line first (see the module's
    docstring); None where a part goes on with no heading above it."""
    headings: list[list[str]] = []
    closed: list[bool] = []
    numbers: list[str] = []
    for text in parts:
        tokens = text.split()
        if all(map(is_column_number, tokens)):
            if len(tokens) == 1 and headings and not numbers and not closed[-1]:
                headings[-1].append(text)
                closed[-1] = True
            else:
                numbers += tokens
            continue
        period = all(any(map(str.isdigit, token)) and is_column(token) for token in tokens)
        broken = bool(headings) and BROKEN_WORD.search(headings[-1][-1].split()[-1]) is not None
        if period and headings and not closed[-1]:
            headings[-1].append(text)  # "Ontwerpbegroting" / "2018"
        elif not period and (text[:1].islower() or broken):
            if not headings:
                return None
            headings[-1].append(text)  # "Verschil realisatie" / "en vastgestelde"
        else:
            headings.append([text])
            closed.append(period)
        closed[-1] = closed[-1] or YEAR_IN.search(tokens[-1]) is not None
    labels = [joined_heading(lines) for lines in headings]
    return labels, numbers


def line_headings(
    lines: list[str], index: int
) -> tuple[tuple[str, list[tuple[str, int]]], int, int] | None:
    """((corner, headings), first line, last line) of a heading block printed a part per
    line over rows printed one per line, ending at ``lines[index]`` or above the group
    lines ending there ("Baten", "Lasten": a group line reads as a part, and the block is
    tried without it): the parts grouped into as many headings as the first row prints
    values, its label ending in no figure. Each heading's place is where it would stand
    printed one space after the one before: nothing in the text places it, so the row
    reader keeps it only where every row prints a value in each column
    (``every_column_filled``). None where no block of two lines or more groups so."""
    rows = [i for i in nonblank(lines, index + 1, MAX_HEADINGS) if not is_group(lines[i])]
    if not rows or any(not lines[i].strip() for i in range(index + 1, rows[0])):
        return None
    last = index
    while last > 0 and index - last <= MAX_HEADINGS and _part(lines[last]):
        found = _block(lines, last, lines[rows[0]])
        if found is not None:
            return found[0], found[1], last
        if not is_group(lines[last]):
            return None
        last -= 1
    return None


def _block(
    lines: list[str], last: int, row: str
) -> tuple[tuple[str, list[tuple[str, int]]], int] | None:
    """``line_headings``' block ending at ``lines[last]`` over the first row ``row``."""
    top = last
    while top > 0 and last - top < MAX_PARTS and _part(lines[top - 1]):
        top -= 1
    grouped = _grouped([" ".join(lines[i].split()) for i in range(top, last + 1)])
    if top == last or grouped is None:
        return None
    labels, numbers = grouped
    width = len(labels)
    cells = split_row(row, width)
    if width < 2 or cells is None or len(cells[1]) != width or cells[0][-1:].isdigit():
        return None
    if len(numbers) > width:
        return None
    labels = [f"{label} {number}" for label, number in zip(labels, numbers, strict=False)] + (
        labels[len(numbers) :]
    )
    headings: list[tuple[str, int]] = []
    column = 1
    for label in labels:
        headings.append((label, column))
        column += len(label) + 1
    return ("", headings), top
