"""Reading one printed row: its label, then its values, one per column.

A row printed on one line ends in its cells ("Gemeentefonds 182.400 186.950 191.300"), but
the line alone does not say where the label stops: a label may end in a number ("Artikel 1",
"ronde 3"), a number may print its thousands with spaces ("1 302 485"), and a dash may be a
nil cell or the minus of the figure beside it. This module lists the readings of a line's
trailing tokens as a given number of values and picks the one the table's way of printing
numbers (``Style``) and the line's paddings allow. The readers of each row layout call it;
it knows nothing of headings or of where a table starts or ends.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from itertools import pairwise
from typing import NamedTuple

from budgetkit.extract.tables_tokens import (
    BRACKETED,
    DASHES,
    DATE,
    FOOTNOTE_MARK,
    MINUS,
    MINUS_AFTER,
    NO_FIGURE,
    NOTE_LETTER,
    SIGNED,
    UNDOTTED,
    is_point_decimal,
    is_value,
    is_year,
    parse_value,
)
from budgetkit.extract.tables_units import SCALE_WORDS
from budgetkit.layout import fold

#: Longest row label accepted in the row-per-line layout where a line prints fewer values
#: than the table has columns; longer lines are prose ending in a number.
MAX_LABEL = 100
#: Longest row label accepted where a line prints a value under every column of two or
#: more: a sentence ends in one figure, not in one per column, so a label as long as a
#: category's full name with its clause ("Investeringen ..., waarvoor ter bestrijding van de
#: kosten een heffing kan worden geheven") is read as a row, not as prose ending the table.
MAX_FULL_LABEL = 2 * MAX_LABEL
#: Number tokens looked at per column at the end of a row (thousands split by spaces).
MAX_TOKENS = 3
#: A nil cell as a spreadsheet's accounting format prints it, the euro sign before a dash
#: ("€ 1.250.000   € -   -€ 1.250.000"): no figure, as a dash alone.
_EURO_NIL_FORM = rf"€[ \xa0]?[{DASHES}]"
EURO_NIL = re.compile(rf"(?<!\S){_EURO_NIL_FORM}(?!\S)")
#: Readings of a row's numbers tried before giving up on it.
MAX_PARTITIONS = 200
_GROUP_HEAD = re.compile(rf"{SIGNED}[1-9]\d{{0,2}}")
#: (a minus glued after the last group, "1 448-", closes the figure: nothing joins it)
_GROUP_TAIL = re.compile(r"\d{3}(?:,\d+)?(?:%*|-)")
#: A year glued to a label is part of it when it is this many times the row's largest value.
LABEL_YEAR_RATIO = 3


class Style(NamedTuple):
    """How a table prints its numbers, read off its rows (``_read_table``)."""

    space_thousands: bool = True  # numbers one space apart may be one number ("1 250")
    minus_after: bool = False  # a dash one space after a figure is its minus ("1.250 -")
    point_decimals: bool = True  # a point before one digit is a decimal one ("412.7")
    # a small figure in brackets standing apart from the label is a negative ("(620)"), as
    # the table prints its larger ones ("(1.412)") or its other small ones among a row's
    # plain figures, even in a row of such figures alone; not a column number or a note
    brackets: bool = False


PRINTED = Style()
#: A small figure in brackets without decimals ("(3)", "(113)"): a negative or a column's
#: number; one with decimals ("(24,3)") is a negative wherever it stands.
_SMALL_BRACKETED = re.compile(r"\(\d{1,3}\)")
_NOT_DIGIT = re.compile(r"\D")


def _cell_forms(signed: str, minus: str, brackets: bool = False) -> tuple[str, ...]:
    """The forms of a row's cell token, its figure signed as ``signed`` says, a euro
    figure's minus as ``minus`` does; a small figure in brackets ("(620)") too where
    ``brackets``."""
    return (
        *((r"\(\d{1,3}\)",) if brackets else ()),
        # a figure with its euro sign and scale word ("€ 12,5 mln", "-€ 18,3 mln"), read whole
        rf"(?:{minus}[ \xa0]?)?€[ \xa0]?(?:{minus}[ \xa0]?)?"
        rf"[\d.,]*\d[ \xa0]?(?:{'|'.join(SCALE_WORDS)})",
        rf"{signed}[\d.,]*\d(?:[ \xa0]?%+)?(?:,-)?[{DASHES}]?(?:{FOOTNOTE_MARK}|{NOTE_LETTER})?",
        r"\(\d{1,3}(?:\.\d{3})+(?:,\d+)?\)",
        # one in brackets with space thousands ("(12 500)"): the brackets say it is one figure
        r"\(\d{1,3}(?:[ \xa0\u2009\u202f]\d{3})+(?:,\d+)?\)",
        r"\(\d+,\d+\)",
        # printed instead of a figure: "...", "n.v.t.", "p.m." (an amount not yet known)
        rf"(?i:{NO_FIGURE.pattern})",
        rf"[{DASHES}]",  # a dash alone: a cell printed as nil
        _EURO_NIL_FORM,  # a spreadsheet's accounting format prints its nil so: "€ -"
        # the accountant's minus alone: the minus of the figure before it ("450 -/-")
        re.escape(MINUS_AFTER),
    )


def _cell_pattern(signed: str, minus: str, brackets: bool = False) -> re.Pattern[str]:
    """A row's cell token: one of its forms (``_cell_forms``) standing apart, white space or
    the line's ends around it. The look-behind and look-ahead are written once around the
    forms, not once in each: the pattern is tried at every character of every line a table
    reader reads, and a look-behind of each form made that a test for each form."""
    return re.compile(rf"(?<!\S)(?:{'|'.join(_cell_forms(signed, minus, brackets))})(?!\S)")


CELL = _cell_pattern(SIGNED, MINUS)
_CELL_BRACKETED = _cell_pattern(SIGNED, MINUS, brackets=True)
#: The cells of a row ending in the accountant's minus after its last figure ("Lasten 5.350
#: -/- 4.000 -/-"): its "-/-" stand after their figures, none before the figure after it.
_CELL_MINUS_AFTER = _cell_pattern(SIGNED.replace(MINUS, f"[{DASHES}]"), f"[{DASHES}]")
#: What stands before a document's number: "nr." ending the text before a token.
_NUMBER_SIGN = re.compile(r"\b(?:nr|nummer)\.?[ \xa0]*$", re.IGNORECASE)
#: A dash, white space, then a number: the minus of the number, or a nil cell before it.
_DASH_THEN_NUMBER = re.compile(rf"([{DASHES}])[ \xa0]+(\S.*)")


def _joinable(
    text: str, left: tuple[str, int], right: tuple[str, int], style: Style = PRINTED
) -> bool:
    """Whether two number tokens are one number with a space as thousands separator: never
    in a table that prints its thousands with dots (``style.space_thousands`` False), where
    "250 300" are two small values one space apart, not 250.300."""
    gap = text[left[1] - 1 + len(left[0]) : right[1] - 1]
    return (
        style.space_thousands
        and gap in (" ", "\xa0", "\u2009", "\u202f")
        and not left[0].endswith("-")
        and _GROUP_TAIL.fullmatch(right[0]) is not None
    )


def partitions(
    text: str, tokens: list[tuple[str, int]], width: int, style: Style = PRINTED
) -> list[list[tuple[str, int]]]:
    """Every way to read the trailing tokens as ``width`` numbers whose thousands may be
    separated by spaces ("369 894 391 418" under two columns), leading tokens left to the
    label; a group starts with 1-3 digits and continues with 3-digit tokens."""
    found: list[list[tuple[str, int]]] = []

    def walk(start: int, groups: list[tuple[str, int]]) -> None:
        if len(found) > MAX_PARTITIONS:
            return
        if start == len(tokens):
            if len(groups) == width:
                found.append(list(groups))
            return
        if len(groups) == width:
            return
        end = start + 1
        while end <= len(tokens):
            part = tokens[start:end]
            if end - start > 1 and not (
                _GROUP_HEAD.fullmatch(part[0][0]) and _joinable(text, part[-2], part[-1], style)
            ):
                break
            if end - start == 1 and not _is_cell(part[0][0], style):
                break
            joined = text[part[0][1] - 1 : part[-1][1] - 1 + len(part[-1][0])]
            walk(end, [*groups, (joined, part[0][1])])
            end += 1

    for skip in range(len(tokens) - width + 1):
        if all(is_year(token) for token, _col in tokens[:skip]):  # "... Miljoenennota 2025"
            walk(skip, [])
    return found


def _spread(cells: list[tuple[str, int]]) -> int:
    """How far apart the sizes of a row's numbers are (digits before the decimal comma)."""
    sizes = [len(_NOT_DIGIT.sub("", c.split(",")[0])) for c, _col in cells]
    sizes = [size for size in sizes if size] or [0]  # a nil cell ("–", "...") has no size
    return max(sizes) - min(sizes)


def split_row(
    text: str, width: int, style: Style = PRINTED
) -> tuple[str, list[tuple[str, int]]] | None:
    """(label, [(cell text, column)]) when a line is a label followed by cells; numbers
    one space apart are joined as space thousands only where the table's ``style`` says so,
    and a dash one space after a figure is its minus where it says so."""
    cells = trailing_cells(text, width, style)
    if len(cells) > width:
        readings = partitions(text, cells, width, style)
        dashes = _split_dashes(cells)
        if len(dashes) > len(cells):  # "– 1 000 2 000" may also be nil, 1 000, 2 000
            readings += partitions(text, dashes, width, style)
        if readings:
            best = min((_spread(r), -len(r[0][0])) for r in readings)
            kept = [r for r in readings if (_spread(r), -len(r[0][0])) == best]
            distinct = {tuple(c for c, _col in r) for r in kept}
            if len(distinct) > 1:
                return None  # the spaces do not tell where one number ends
            cells = kept[0]
        else:
            kept, before = cells[len(cells) - width :], cells[len(cells) - width - 1]
            if _GROUP_HEAD.fullmatch(before[0]) and _joinable(text, before, kept[0], style):
                return None  # "Artikel 1 1 302 ...": the spaces do not tell where it starts
            cells = kept
    if len(cells) < width and len(dashes := _split_dashes(cells)) == width:
        cells = dashes
    label = fold(text[: cells[0][1] - 1]) if cells else ""
    if not cells or not label or not label_fits(text, label, cells, width):
        return None
    if len(cells) > 1 and is_year(cells[0][0]) and label[-1].isalpha():
        rest = [abs(parse_value(c) or Decimal(0)) for c, _col in cells[1:]]
        # a year one space after the label's word, its values apart by a column's padding
        # ("Stand ontwerpbegroting 2024   1.204,3   1.198,7"), names the row's budget
        glued = own_number(text, cells[0]) and padded_values(text, cells[1:])
        if glued or int(cells[0][0]) > LABEL_YEAR_RATIO * max(rest):
            label = text[: cells[1][1] - 1].strip()
            cells = cells[1:]
    if len(cells) < 2 and width > 1:
        return None
    if (
        width == 1
        and is_year(cells[0][0])
        and label[-1].isalpha()
        and not is_padded(text, cells[0][1])
    ):
        # a lone year one space after the label's word ("Stand ontwerpbegroting 2022")
        # names the row's budget or period, as in a row of more values; nothing tells it
        # is an amount
        return None
    return label, cells


def label_fits(text: str, label: str, cells: list[tuple[str, int]], width: int) -> bool:
    """Whether ``label`` (of the line ``text``, its ``cells`` after it) may be a row's
    label under ``width`` columns: up to ``MAX_LABEL`` characters; up to ``MAX_FULL_LABEL``
    where the line prints a value under every column of two or more, as a row does and a
    sentence ending in a figure does not, and prints them as a row's values only
    (``_cited_figures``: no sentence citing a number that parts into as many)."""
    if len(label) <= MAX_LABEL:
        return True
    return (
        len(label) <= MAX_FULL_LABEL
        and len(cells) == width > 1
        and not _cited_figures(text, label, cells)
    )


def _cited_figures(text: str, label: str, cells: list[tuple[str, int]]) -> bool:
    """Whether a long line's figures (``cells``, after ``label``) may be a sentence's, a
    number it cites parted into as many values: the words before them end in a comma, a
    clause running on into what it cites ("..., <citation>, N NNN"; a row's name ends in a
    word), or a space-thousands test: two of them one space apart, one to three digits then
    three, read as one number printed with space thousands ("N NNN"), which a table
    reading them as two prints no other way. A row's long name before its values has
    neither: a full row with a label as long as a sentence is a row only where nothing
    reads it as one."""
    if label.endswith(","):
        return True
    for (first, start), (second, after) in pairwise(cells):
        apart = text[start - 1 + len(first) : after - 1]
        if (
            apart == " "
            and UNDOTTED.fullmatch(first)
            and len(first) <= 3
            and UNDOTTED.fullmatch(second)
            and len(second) == 3
        ):
            return True
    return False


def _split_dashes(cells: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The cells with every dash followed by a space read as a nil cell of its own: "100 –
    300" under three columns is 100, nil, 300, not 100 and -300. The caller takes this
    reading only where it gives the columns (the minus reading does not)."""
    split: list[tuple[str, int]] = []
    for cell, column in cells:
        dash = _DASH_THEN_NUMBER.fullmatch(cell)
        if dash:
            split += [(dash.group(1), column), (dash.group(2), column + dash.start(2))]
        else:
            split.append((cell, column))
    return split


def _is_cell(token: str, style: Style = PRINTED) -> bool:
    """A row's cell: a number, a text saying there is none, a dash alone or after a euro
    sign (nil), or a small figure in brackets (``trailing_cells`` says where it is one); a
    figure with a decimal point where the table's ``style`` allows it."""
    return (
        is_value(token)
        or token in DASHES
        or EURO_NIL.fullmatch(token) is not None
        or (style.point_decimals and is_point_decimal(token))
        or BRACKETED.fullmatch(token) is not None
    )


def trailing_cells(text: str, width: int, style: Style = PRINTED) -> list[tuple[str, int]]:
    """The cell tokens ending a line (``_is_cell``), (text, 1-based column), at most
    ``MAX_TOKENS`` per column of ``width``; a dash one space after a figure, the two padded
    apart from the rest, is the figure's own minus printed after it ("Lasten     5.350 -
    4.000 -", an accountant's statement), never a nil cell (``_trailing_minus``), and so
    is every dash one space after a figure in a table that prints its minus so
    (``style.minus_after``: "Lasten 5.350 - 4.000 -"). A number after "nr." numbers a
    document in the label ("Motie Van Dijk c.s. nr. 17   12,0"): it and what stands before
    it are label."""
    tokens: list[tuple[str, int]] = []
    end = len(text.rstrip())
    # a row ending in "-/-", or any row of a table printing its minus after its figures,
    # prints the accountant's minus after them: each "-/-" is the figure's before it, one
    # space apart or padded ("310 -/- 150 90": -310, 150, 90)
    after = style.minus_after or text[:end].endswith(f" {MINUS_AFTER}")
    pattern = _CELL_MINUS_AFTER if after else _CELL_BRACKETED
    for match in reversed(list(pattern.finditer(text))):
        if text[match.end() : end].strip() or len(tokens) == MAX_TOKENS * width:
            break
        alone = match.group() == MINUS_AFTER  # a figure's minus, read with the figure
        if not (alone or _is_cell(match.group(), style)):
            break
        if (
            BRACKETED.fullmatch(match.group())
            and "," not in match.group()
            and not is_padded(text, match.start() + 1)
        ):
            # "Overige (3)": a note's or a row's number one space after its word; a figure
            # with decimals in brackets ("(24,3)") is a negative wherever it stands
            break
        if _NUMBER_SIGN.search(text, 0, match.start()):
            break
        token = (match.group(), match.start() + 1)
        if tokens and (
            _trailing_minus(text, token, tokens[0])
            or (after and tokens[0][0] == MINUS_AFTER and _one_space_after(text, token))
        ):
            token = (f"{token[0]} {tokens.pop(0)[0]}", token[1])
        elif tokens and tokens[0][0] == MINUS_AFTER:
            break
        tokens.insert(0, token)
        end = match.start()
    if tokens and tokens[0][0] == MINUS_AFTER:
        return []  # a "-/-" after no figure of the row: whose minus it is, the line does not say
    tokens = _without_marks_beyond(text, tokens, width)
    if not style.brackets:
        tokens = _brackets_among_figures(tokens)
    return _minus_after(text, tokens) if style.minus_after else tokens


def ends_in_small_bracketed(text: str) -> bool:
    """Whether a row's line ends in a small figure in brackets padded apart from what stands
    before it ("<Label>   N.NNN   N.NNN   N.NNN   (n)"): a note's mark beyond the
    columns or a negative the table prints so; the line alone does not tell which."""
    last = text.rstrip().rsplit(None, 1)[-1] if text.strip() else ""
    return _SMALL_BRACKETED.fullmatch(last) is not None and is_padded(
        text, len(text.rstrip()) - len(last) + 1
    )


def first_telling(lines: list[str], rows: list[int]) -> int | None:
    """The first of ``rows`` (indexes into ``lines``) whose line ends in no small figure in
    brackets (``ends_in_small_bracketed``): a row ending so may print a note's mark after
    as many values as the columns or a negative beyond them, and does not tell the
    columns; the next row ending in none does (rows ending so after it print a column of
    negatives, no marks). The first of ``rows`` where all end so; None for no rows."""
    return next(
        (i for i in rows if not ends_in_small_bracketed(lines[i])), rows[0] if rows else None
    )


def _without_marks_beyond(
    text: str, tokens: list[tuple[str, int]], width: int
) -> list[tuple[str, int]]:
    """The tokens ending a row without the small figures in brackets ending it ("(1)") where
    the figures before them fill the row's ``width`` columns already, each padded apart from
    what stands before it: a note's mark printed after the row's last value ("Materieel
    480   495   510   (1)"), beyond the columns. Read as a negative, it took the last
    column, each figure moved a column left and the first ran into the label."""
    marks = len(tokens)
    while marks and _SMALL_BRACKETED.fullmatch(tokens[marks - 1][0]):
        marks -= 1
    if marks == len(tokens):
        return tokens
    padded = [token for token in tokens[:marks] if is_padded(text, token[1])]
    return tokens[:marks] if len(padded) >= width else tokens


def _brackets_among_figures(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The tokens ending a row, a small figure in brackets ("(3)", "(113)") kept as a cell
    only where a plain figure stands among them: it stands among the row's figures as an
    accountant prints a negative ("18   21   (3)"), as a pipe table's or a cell-per-line
    run's is read. Alone, or only with others of its kind, it may be a column's number
    ("(1)   (2)") or a note's, in a table that does not print its negatives so: the tokens
    from the last such figure on are dropped, the figures after it kept."""
    small = [k for k, (token, _col) in enumerate(tokens) if _SMALL_BRACKETED.fullmatch(token)]
    if not small or any(
        k not in small and any(c.isdigit() for c in token) for k, (token, _col) in enumerate(tokens)
    ):
        return tokens
    return tokens[small[-1] + 1 :]


def _minus_after(text: str, tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The tokens with each dash one space after a figure joined to it as its minus, the
    dashes before a figure parted from it first ("5.350 - 4.000 -": "5.350 -", "4.000 -");
    a dash after no figure stays a nil cell."""
    merged: list[tuple[str, int]] = []
    for token, column in _split_dashes(tokens):
        if merged and token in DASHES and merged[-1][0][-1:].isdigit():
            figure, start = merged[-1]
            if text[start - 1 + len(figure) : column - 1] == " ":
                merged[-1] = (f"{figure} {token}", start)
                continue
        merged.append((token, column))
    return merged


def _one_space_after(text: str, figure: tuple[str, int]) -> bool:
    """Whether a figure token is followed by one space, then the accountant's "-/-"."""
    at = figure[1] - 1 + len(figure[0])
    return figure[0][-1:].isdigit() and text[at : at + 1 + len(MINUS_AFTER)] == f" {MINUS_AFTER}"


def _trailing_minus(text: str, figure: tuple[str, int], dash: tuple[str, int]) -> bool:
    """Whether ``dash`` (a lone dash token) is the minus of the ``figure`` token before it:
    one space after its last digit, the two padded apart (two spaces or more, or the line's
    end) from what stands before and after them. One space apart on a row printed one space
    apart ("Bijdragen 5 10 –") nothing tells the minus from a nil cell: a nil cell it stays."""
    if (dash[0] not in DASHES and dash[0] != MINUS_AFTER) or not figure[0][-1:].isdigit():
        return False
    if text[figure[1] - 1 + len(figure[0]) : dash[1] - 1] != " ":
        return False
    rest = text[dash[1] - 1 + len(dash[0]) :]
    return is_padded(text, figure[1]) and (not rest.strip() or rest.startswith("  "))


def trailing_readings(
    text: str, tokens: list[tuple[str, int]], width: int, style: Style = PRINTED
) -> Iterator[list[tuple[str, int]]]:
    """Every reading of a line's trailing tokens as ``width`` values (``partitions``), a
    dash apart from its number read as a minus and as a nil cell, its first numbers left to
    the label as far as ``_label_numbers`` allows."""
    for skip in range(_label_numbers(text, tokens) + 1):
        rest = tokens[skip:]
        yield from partitions(text, rest, width, style)
        dashes = _split_dashes(rest)
        if len(dashes) > len(rest):
            yield from partitions(text, dashes, width, style)


def _label_numbers(text: str, tokens: list[tuple[str, int]]) -> int:
    """How many of a line's first number tokens may end its label ("Artikel 1"): those
    that follow what stands before them by one space, not by a column's padding."""
    count = 0
    while count < len(tokens) and not is_padded(text, tokens[count][1]):
        count += 1
    return count


#: A number a row's label names: a year, a span of years, a date, a number of one or two
#: digits ("Hoofdstad 2018", "Regeling 2014-2020", "Stand 1-1-2024", "Fonds 2").
_OWN_NUMBER = re.compile(rf"(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?|{DATE.pattern}|\d{{1,2}}")
#: An abbreviation closing a label's words before its number: a short word of letters and
#: its full stop, one space before the number ("art. ", "nr. ").
_ABBREVIATED = re.compile(r"(?:^|\s)[^\W\d_]{1,4}\.\s$")


def own_number(text: str, token: tuple[str, int]) -> bool:
    """Whether a number ``token`` of a row (its text, its 1-based column in ``text``) may
    be the label's own rather than a value: of a form a label names (``_OWN_NUMBER``), one
    space after a word ending in a letter ("Reserve Hoofdstad 2028", "Fonds 2") or an
    abbreviation's full stop ("Overboeking naar art. 12", "nr. 3"), not parted from it
    by a column's padding, as a value is from its label in aligned columns. Which of the
    two it is, the row's other values or its columns' count tell."""
    number, column = token
    before = text[: column - 1]
    return (
        _OWN_NUMBER.fullmatch(number) is not None
        and before[-1:].isspace()
        and (before[-2:-1].isalpha() or _ABBREVIATED.search(before) is not None)
    )


def padded_values(text: str, cells: list[tuple[str, int]]) -> bool:
    """Whether each value of a row stands apart from what stands before it by a column's
    padding (``is_padded``): one space parts the values of a row printed without layout, and
    the groups of a number read as two ("1 302 485" as 1 and 302 485)."""
    return all(is_padded(text, column) for _text, column in cells)


def is_padded(text: str, column: int) -> bool:
    """Whether the first value (at 1-based ``column``) stands apart from the label by the
    padding of an aligned column, two spaces at least: in prose a number follows its word
    after one ("op pagina 12", "de begroting 2024")."""
    return text[max(column - 3, 0) : column - 1].isspace() or not text[: column - 1].strip()
