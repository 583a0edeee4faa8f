"""Where a block's row labels end, told from all its rows together.

One row alone reads its label as the words before its values (``tables_row_values``); the
rows of a block together say more. A table with two label columns prints a group's name
once, beside its first item ("Watersysteembeheer  Personeel  12.340", the next item alone
under "Personeel"); a column of markers or note numbers may stand between the labels
and the values ("Overige baten   4.3   1.250"); and a label may end in a number that a row
printed one space apart also reads as a first value with space thousands ("ronde 3 250
500"), which the block's total row tells apart; a report printing its headings in a left
margin prints them beside the rows ("Omvang fouten   Art. 2 Curatieve zorg"). This module
reads a block's rows again with those label columns, margin words and numbers where they
belong.
"""

from __future__ import annotations

import re

from budgetkit.extract.tables_heading_line import CHUNK, TOTALS
from budgetkit.extract.tables_tokens import parse_value
from budgetkit.extract.tables_vocabulary import heading_kind
from budgetkit.layout import fold

#: A name of words, not a code: a word of three letters or more, lower case after its
#: first ("Watersysteembeheer", not "IXB" nor "12-21-1").
_NAMED = re.compile(r"[^\W\d_][^\W\d_A-Z]{2,}")


def spanned_groups(
    lines: list[str],
    heading: str,
    found: list[tuple[int, str, list[tuple[str, int]]]],
) -> list[tuple[int, str, list[tuple[str, int]]]]:
    """The rows of a table with two label columns, a group's name printed once in the first
    beside its first item in the second (a rowspan: "Taak  Kostensoort" over
    "Watersysteembeheer  Personeel  12.340", then "  Kapitaallasten  8.410"): the group is a
    row without values heading its items, each labelled by the second column alone, up to
    the next group or a row whose label starts in the first column ("Totaal"). The corner
    must name both columns, the first from the margin on, and the first column print names,
    not codes (a code before the label is part of it: "IV  Justitie"); the corner is what
    the heading line prints before the first figure of the rows (a heading of words over
    the second column, "Kostensoort", may be read as a column's)."""
    limit = min((cells[0][1] - 1 for _i, _label, cells in found if cells), default=0)
    corner = [m for m in CHUNK.finditer(heading) if m.end() < limit]
    if len(corner) != 2 or corner[0].start() != 0 or any(heading_kind(c.group()) for c in corner):
        return found  # "Art.  Omschrijving", "Omschrijving  Bron": a code or a text column
    second = corner[1].start()
    rows: list[tuple[int, str, list[tuple[str, int]]]] = []
    group: str | None = None
    split = False
    for index, label, cells in found:
        line = lines[index]
        first = line[: min(second, cells[0][1] - 1)] if cells else ""
        name = first.strip()
        rest = line[second : cells[0][1] - 1].strip() if cells else ""
        if not cells or "\t" in line:
            rows.append((index, label, cells))
        elif first.endswith("  ") and _NAMED.search(name) and _NAMED.search(rest):
            if name != group:
                rows.append((index, fold(name), []))
                group = name
            rows.append((index, fold(rest), cells))
            split = True
        else:
            if name:
                group = None  # a row of the first column ends the group ("Totaal")
            rows.append((index, label, cells))
    return rows if split else found


#: Most characters of a cell of a text column between the labels and the values: a
#: marker ("L", "B"), a note's number ("4.1").
MAX_MARK = 5
#: Columns a marker may stand off the start of its heading (a centred "L" under "L/B").
MARK_SLACK = 3
#: A section's number, a note's mark of any length ("4.5.1.1"): no amount prints so, each
#: part after a point one or two digits (dot thousands print three).
_SECTION = re.compile(r"\d{1,2}(?:\.\d{1,2}){2,}")
#: Most lines a heading prints above its last one (the first of dates over two lines).
MAX_HEAD_ABOVE = 1


def _corner(lines: list[str], heading: int, limit: int) -> list[re.Match[str]]:
    """The runs of the heading's line ``lines[heading]`` standing before ``limit`` (where
    the rows' first values start), or, where it prints none there, those of the heading's
    line right above it: a heading whose periods wrap over two lines ("Toelichting   31
    december" / "2024") prints its corner on the first."""
    for index in range(heading, max(heading - MAX_HEAD_ABOVE, 0) - 1, -1):
        if not lines[index].strip():
            break
        corner = [m for m in CHUNK.finditer(lines[index]) if m.end() < limit]
        if corner:
            return corner
    return []


def without_text_column(
    lines: list[str],
    heading: int,
    found: list[tuple[int, str, list[tuple[str, int]]]],
) -> list[tuple[int, str, list[tuple[str, int]]]]:
    """The rows with a column of text between their labels and values left out of the
    labels: a marker ("L" or "B", last or bate) or a note's number ("4.1", a section's
    "4.5.1.1" however long) parted from the label's words by a column's padding, short and
    no word (an abbreviation's full stop makes it none: "div."), standing in one column in
    every row that prints one, under a heading the corner prints after the labels' own
    ("Omschrijving  L/B", "Toelichting", "Art."), from its start on up to the values: a
    short heading ("Noot") heads the room right of it too, its marks set past its end. A
    label wrapped onto the next line goes on past it. It is neither label nor value (it
    was glued to the label: 'Overige baten 4.3'). ``heading``: the index of the heading's
    last line; where that line prints nothing in the corner (the second line of dates over
    two, "31 december" / "2024"), the corner is the heading's first line's, right above
    it."""
    limit = min((cells[0][1] - 1 for _i, _label, cells in found if cells), default=0)
    corner = _corner(lines, heading, limit)
    if not corner or corner[-1].start() == 0:
        return found
    low = corner[-1].start() - MARK_SLACK
    marks: dict[int, str] = {}
    kept: dict[int, str] = {}  # the label without its mark
    for k, (index, label, cells) in enumerate(found):
        printed = lines[index][: cells[0][1] - 1] if cells else ""
        runs = list(CHUNK.finditer(printed))
        last = runs[-1] if len(runs) > 1 else None
        if (
            last is None
            or last.start() < low
            or (len(last.group()) > MAX_MARK and not _SECTION.fullmatch(last.group()))
            or (_NAMED.search(last.group()) and not last.group().endswith("."))
        ):
            continue  # (an abbreviation with its full stop is a mark: "div.", "div" a word)
        mark, before = last.group(), fold(printed)
        if label.endswith(f" {mark}"):
            marks[k], kept[k] = mark, label[: -len(mark) - 1]
        elif before.endswith(f" {mark}") and label.startswith(f"{before} "):
            # a label wrapped onto the next line goes on past the mark: "(verkenning  13" /
            # "kustlijnzorg)"
            marks[k], kept[k] = mark, before[: -len(mark) - 1] + label[len(before) :]
    starts = {lines[found[k][0]].rfind(mark, 0, found[k][2][0][1]) for k, mark in marks.items()}
    # a heading naming the column ("Noot", "Ref.") says so of one mark under it too, as a
    # table's rows past a page break under its headings printed again may print only one
    named = heading_kind(corner[-1].group()) == "text"
    if len(marks) < (1 if named else 2) or len(starts) != 1:
        return found
    return [(index, kept.get(k, label), cells) for k, (index, label, cells) in enumerate(found)]


_SPACES = re.compile(r"[ \xa0\u2009\u202f]")


def numbered_labels(
    found: list[tuple[int, str, list[tuple[str, int]]]], width: int
) -> list[tuple[int, str, list[tuple[str, int]]]]:
    """The rows with a label that ends in a number ("Nationaal Groeifonds ronde 3 250 500
    750 500": ronde 3, then 250) read so where a one-space row also reads as a first value
    with space thousands (3 250, 500, ...) and the block's total row adds up only with the
    numbers in the labels. Without a total, or where it adds up the other way, the reading
    stays (a first column may well count thousands where the others do not)."""
    candidates = [
        k
        for k, (_i, label, cells) in enumerate(found)
        if len(cells) == width
        and len(_SPACES.split(cells[0][0])) == 2
        and label[-1:].isalpha()
        and not any(_SPACES.search(text) for text, _col in cells[1:])
    ]
    totals = [cells for _i, label, cells in found if label.startswith(TOTALS) and cells]
    if not candidates or len(totals) != 1 or len(totals[0]) != width:
        return found
    others = (cells for k, (_i, _l, cells) in enumerate(found) if k not in candidates)
    if any(_SPACES.search(text) for cells in others for text, _col in cells):
        return found  # the table prints space thousands elsewhere
    summands = [
        k
        for k, (_i, label, cells) in enumerate(found)
        if len(cells) == width and not label.startswith(TOTALS)
    ]
    total = parse_value(totals[0][0][0])
    joined = [parse_value(found[k][2][0][0]) for k in summands]
    unjoined = [
        parse_value(_SPACES.split(found[k][2][0][0])[1]) if k in candidates else value
        for k, value in zip(summands, joined, strict=True)
    ]
    if total is None or None in joined or None in unjoined:
        return found
    if sum(joined) == total or sum(unjoined) != total:
        return found
    fixed = list(found)
    for k in candidates:
        i, label, cells = found[k]
        head, tail = _SPACES.split(cells[0][0])
        column = cells[0][1] + len(cells[0][0]) - len(tail)
        fixed[k] = (i, f"{label} {head}", [(tail, column), *cells[1:]])
    return fixed


#: Lines above and below a table searched for the page's margin column beside its prose.
MARGIN_REACH = 40


def _text_before(line: str, cells: list[tuple[str, int]]) -> str:
    """What a row's line prints before its first value (all of it for a row without)."""
    return (line[: cells[0][1] - 1] if cells else line).rstrip()


#: Fewest words of a line of prose beside a margin heading (a heading line's padded runs,
#: "Programma   Product", are no prose).
MIN_PROSE_WORDS = 4


def _beside_prose(line: str, indent: int) -> bool:
    """Whether ``line`` prints one run of words from ``indent`` on, as a sentence does."""
    runs = list(CHUNK.finditer(line[indent:]))
    return len(runs) == 1 and len(runs[0].group().split()) >= MIN_PROSE_WORDS


def without_margin(
    lines: list[str], found: list[tuple[int, str, list[tuple[str, int]]]]
) -> list[tuple[int, str, list[tuple[str, int]]]]:
    """The rows with a margin heading printed on their line ("Omvang fouten   Art. 2
    Curatieve zorg  3.902,3"), the margin's words left out of their labels: a report that
    prints its headings in a column left of its text prints them beside the table's rows
    too. The rows' labels start at one indent, where the rows without margin words start
    theirs; a row whose line prints words before that indent, parted from its label by a
    column's padding, the label starting right there, prints margin words. Only where the
    page prints such words beside its prose too (a line near the table with words in the
    margin and a sentence's words from the same indent on: the page's margin column, not a
    column of the table nor a corner over one), and only words (a code before the label is
    part of it: "1     Accres")."""
    indents = [
        runs[0].start()
        for index, _label, cells in found
        if len(runs := list(CHUNK.finditer(_text_before(lines[index], cells)))) == 1
    ]
    indent = min(indents, default=0)
    if indent < 2:
        return found

    def margin(text: str) -> str | None:
        """The margin's words of a line, if it prints them before ``indent`` and goes on
        from there."""
        runs = list(CHUNK.finditer(text))
        before = [run for run in runs if run.start() < indent]
        if not before or before[-1].end() > indent - 2 or len(before) == len(runs):
            return None
        if runs[len(before)].start() != indent:
            return None
        words = " ".join(run.group() for run in before)
        return words if _NAMED.search(words) and not any(c.isdigit() for c in words) else None

    rows = {index for index, _label, _cells in found}
    first, last = min(rows), max(rows)
    near = [
        k
        for k in range(max(0, first - MARGIN_REACH), min(len(lines), last + MARGIN_REACH))
        if k not in rows
    ]
    if not any(_beside_prose(lines[k], indent) and margin(lines[k]) for k in near):
        return found
    kept: list[tuple[int, str, list[tuple[str, int]]]] = []
    for index, label, cells in found:
        text = _text_before(lines[index], cells)
        words = margin(text)
        if words is not None and label.startswith(f"{fold(words)} "):
            label = label[len(fold(words)) + 1 :]
        elif not cells and CHUNK.search(text) and len(text) <= indent - 2:
            continue  # margin words alone on a line of the table: no row
        kept.append((index, label, cells))
    return kept
