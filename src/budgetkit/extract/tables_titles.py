"""What a table prints above its column headings: a caption, a title, a unit line.

A table printed one row per line names itself in the few lines above its heading: a
"Tabel" caption ("Tabel 3 Uitgaven", or "Tabel 3 (vervolg)" going on from the page
before), else a short title or unit line ("Opbouw uitgaven x € 1.000"). The row reader and
the pipe reader both look for them here. The lines above and below a heading are found
past blank lines, as the text layer prints them (``nonblank_before``, ``nonblank``);
``MAX_HEADINGS`` bounds how far up a table's own lines may reach.
"""

from __future__ import annotations

from budgetkit.extract.tables_row_values import MAX_LABEL, split_row
from budgetkit.extract.tables_tokens import CAPTION, CONTINUED, is_year
from budgetkit.extract.tables_units import read_unit

#: Heading lines allowed above a block's column heading line.
MAX_HEADINGS = 3


def nonblank(lines: list[str], start: int, limit: int) -> list[int]:
    found = []
    for i in range(start, min(len(lines), start + 4 * limit + 4)):
        if lines[i].strip():
            found.append(i)
            if len(found) > limit:
                break
    return found


def caption_above(lines: list[str], index: int) -> tuple[int, str] | None:
    for i in nonblank_before(lines, index, MAX_HEADINGS + 1):
        if CAPTION.match(lines[i]):
            return i, lines[i]
    return None


def nonblank_before(lines: list[str], index: int, limit: int) -> list[int]:
    found = []
    i = index - 1
    while i >= 0 and len(found) < limit:
        if lines[i].strip():
            found.append(i)
        i -= 1
    return found


def continues(line: str) -> bool:
    """A caption that says the table goes on from the page before ("Tabel 3 (vervolg)",
    "Tabel 3 ... (vervolg; in miljoenen euro)"), the form feed opening the new page maybe
    printed before it: that caption is the next page's first line."""
    text = line.lstrip("\f")
    return CAPTION.match(text) is not None and CONTINUED.search(text) is not None


def label_rest(lines: list[str], index: int) -> bool:
    """Whether a line is the rest of the label of a row printed right above it, wrapped
    onto one or two lines under its values ("Het bedrag van de overschrijding en de
    N.v.t." / "reden waarom de overschrijding al dan niet" / "is toegestaan"): it opens in
    lower case, and the line with text right above it, or the one above that, is a row
    ending in a value other than a year. No title nor group heading of a table below."""
    if not lines[index].lstrip()[:1].islower():
        return False
    for above in (index - 1, index - 2):
        if above < 0 or not lines[above].strip():
            return False
        row = split_row(lines[above], 1)
        if row is not None:
            return not is_year(row[1][-1][0])  # (a heading's line ends in a year)
    return False


def title_above(lines: list[str], heading: int) -> int:
    """Where the lines a table without a "Tabel" caption prints above its heading start:
    a short title or unit line right above it ("Opbouw uitgaven x € 1.000"), and a title
    right above a unit line ("Budgettaire gevolgen van beleid" / "Bedragen x € 1.000"),
    else the heading itself. A line ending in a figure is another table's row unless it
    declares the unit."""
    top = heading
    for _ in range(2):
        above = nonblank_before(lines, top, 1)
        if not above or top - above[0] > 2:
            break
        text = lines[above[0]].strip()
        if label_rest(lines, above[0]):
            break  # the last label of a table above
        unit = read_unit(text, 0) is not None
        if len(text) > MAX_LABEL or "|" in text or text.endswith((".", ":", ";")):
            break
        if text[-1].isdigit() and not unit:
            break
        top = above[0]
        if not unit:
            break
    return top
