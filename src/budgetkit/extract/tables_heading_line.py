"""Reading one column heading line: the corner label, then the heading of each column.

The readers of a row per line, of a heading printed over several lines and of two tables
side by side all start from a line that ends in column headings ("Omschrijving 2023 2024
Totaal", "2027 2028 Struc.", "Realisatie 2021 Vastgestelde begroting 2022 Verschil 2022").
This module says whether a line is one and where each heading starts: token by token, or by
the paddings that part headings of words beside years. It reads that one line only; the
lines above or below it are the other heading modules'.
"""

from __future__ import annotations

import re
from itertools import pairwise, takewhile

from budgetkit.extract.tables_glued_captions import caption_ends
from budgetkit.extract.tables_tokens import (
    CENTURIES,
    DATE,
    MONTHS,
    SPACED_PERIOD,
    is_column,
    is_column_number,
    is_year,
)
from budgetkit.extract.tables_units import may_hold_unit, read_unit
from budgetkit.extract.tables_vocabulary import (
    JOINING_WORDS,
    PERIOD_SUFFIXES,
    STAGE_GROUPS,
    column_word,
    heading_kind,
)

#: Most words a column heading printed on one line with the others may hold before its year.
MAX_HEADING_WORDS = 4
#: A token of a heading line: a date with its month written out is one ("31 december 2024"),
#: as is a quarter with its year ("Q1 2024").
TOKEN = re.compile(rf"(?<!\S)(?:{SPACED_PERIOD})(?!\S)|\S+")
#: A column headed by a word, printed after the years ("Struc.", "Structureel", "Cum.").
_WORD_COLUMN = re.compile(r"[A-Za-z]{3,12}\.?")
#: A heading printed between paddings: words (letters, dots, hyphens, brackets), ordinals
#: ("1e", "2e") and periods ("2025", "31 december 2025", "Q1 2025", "1-1-2025", "31 december"
#: over its year), one space apart.
_HEADING_PART = "|".join(
    (
        r"\(?[^\W\d_]+(?:[-./][^\W\d_]*)*\)?",  # a word ("Art.", "EMU-saldo", "Toevoe-", "t/m")
        r"\d{1,2}e",  # an ordinal
        r"(?:19|20)\d\d",
        SPACED_PERIOD,
        rf"\d{{1,2}} (?:{'|'.join(MONTHS)})",  # a date whose year is on the next line
        DATE.pattern,
    )
)
HEADING_RUN = re.compile(rf"(?:{_HEADING_PART})(?: (?:{_HEADING_PART}))*")
#: A column's unit in brackets one space after its heading, closing it ("2025 (%)",
#: "Aandeel (in %)", "Bedrag (x € 1.000)").
_UNIT_AFTER = re.compile(r"(?<=\S) (\([^()]+\))$")
#: The words PERIOD accepts as a column heading; any other ends in two digits.
TOTALS = ("Totaal", "totaal", "Total")
#: Fewest digits a column heading other than a total holds: a year's.
_PERIOD_DIGITS = 4


def split_heading(text: str, padded: bool = True) -> tuple[str, list[tuple[str, int]]] | None:
    """(corner label, [(column heading, column)]) when a line ends in column headings:
    years or totals ("Omschrijving 2023 2024 Totaal"), a year and the later ones ("2029
    e.v."), after two such columns one of a word ("2027 2028 Struc.", "Realisatie 2024
    Begroting 2024 Verschil"), or headings of words that each end in a year ("Realisatie
    2021 Vastgestelde begroting 2022 Verschil 2022"). Where that reading runs a heading over
    a column's padding, the padding parts the headings (``_padded_headings``), where a
    heading may close with its column's unit in brackets ("2025   2025 (%)"). ``padded``:
    False for a line that is its own fold (one run of words from the margin, single spaces
    apart): it prints no padding, so it has one run of words and no reading by paddings.
    A caption glued before the line's corner and headings (``caption_ends``: "<naam>
    (bedragen x € 1.000) Programma Rekening JJJJ ...", as html2text prints a table's
    <caption> on its heading row's line) is the corner's: where the line reads as no
    headings whole, the headings after the first such end that read as headings are the
    line's (read whole, the caption's note or words stopped the headings)."""
    last = text.rsplit(None, 1)
    if not last or not (_ends_heading(last[-1]) or _column_unit(text.rstrip())):
        return None
    split = _split_line(text, padded)
    if split is None:
        for end in caption_ends(text):
            rest = text[end:]
            at = end + len(rest) - len(rest.lstrip())
            after = _split_line(rest.lstrip(), padded)
            if after is not None:
                headings = [(heading, column + at) for heading, column in after[1]]
                return text[: headings[0][1] - 1].strip(), headings
    return split


def _split_line(text: str, padded: bool) -> tuple[str, list[tuple[str, int]]] | None:
    """``split_heading``'s reading of a line, no caption cut off it."""
    split = _split_tokens(text)
    if split is None and "  " not in text.strip():
        split = _units_after_periods(text)  # (a line printing paddings reads them)
    if padded and (
        split is None
        or any("  " in heading for heading, _col in split[1])
        or any(map(_qualified_period, CHUNK.findall(split[0])))
        or _periods_one_space_apart(split[0])
        or any(map(_numbered_heading, CHUNK.findall(split[0])))
        or _number_after_period(split[1])
        or _indented_words_of_first(text, split)
    ):
        split = _padded_headings(text) or split
    return split and _year_total_once(split)


#: A period and the unit in brackets one space after it ("Begroting 2024 (x € 1.000)").
_PERIOD_UNIT = re.compile(r"(?<!\S)(?:19|20)\d\d( \([^()]+\))(?= |$)")


def _units_after_periods(text: str) -> tuple[str, list[tuple[str, int]]] | None:
    """The headings of a line printed without paddings whose headings each close with
    their column's unit in brackets one space after the period ("Omschrijving Rekening
    JJJJ (x € 1.000) Begroting JJJJ (x € 1.000)", as a page printing the unit in every
    column's heading cell flattens them): read as the line without the units, each heading
    keeping its own. The units' figures and signs stopped the headings of words; a unit
    after no period, or a line whose last heading closes with none, is not read so."""
    units = [m for m in _PERIOD_UNIT.finditer(text) if read_unit(m.group(1), 0) is not None]
    if len(units) < 2 or units[-1].end() != len(text.rstrip()):
        return None
    bare = text
    for m in units:
        bare = bare[: m.start(1)] + " " * len(m.group(1)) + bare[m.end(1) :]
    split = _split_tokens(bare.rstrip())
    if split is None:
        return None
    closes = {m.start(1): m.end(1) for m in units}
    headings: list[tuple[str, int]] = []
    for heading, column in split[1]:
        end = closes.get(column - 1 + len(heading))
        if end is None:
            return None  # a heading closing with no unit of its own
        headings.append((text[column - 1 : end], column))
    return split[0], headings


def _indented_words_of_first(text: str, split: tuple[str, list[tuple[str, int]]]) -> bool:
    """Whether the token reading's corner is words set in from the margin that run on into
    the first heading one space apart ("      wijziging 2019      2019", the last line of
    "Begroting na" / "wijziging 2019" over a column): the labels' heading stands at the
    margin, so these words are the first column's heading, which the paddings part."""
    corner, headings = split
    if not corner or not text[:1].isspace() or not headings:
        return False
    first = headings[0][1] - 1
    return text[first - 1 : first] == " " and text[first - 2 : first - 1] != " "


def _qualified_period(chunk: str) -> bool:
    """Whether a run of text between paddings is a period with words qualifying it after
    it ("2024 na wijz.", "2023 primitief"): a column's heading, which reading the line token
    by token from its end leaves to the corner, stopping at its last word."""
    first, _space, rest = chunk.partition(" ")
    return is_column(first) and bool(rest) and all(word[:1].isalpha() for word in rest.split(" "))


def _periods_one_space_apart(corner: str) -> bool:
    """Whether the token reading's corner holds a run of periods one space apart, the last
    maybe qualified by words ("JJJJ JJJJ na wijz."): the headings of as many columns
    (``_periods_apart``), which the paddings part."""
    return any(len(_periods_apart(chunk, 0)) > 1 for chunk in CHUNK.findall(corner))


def _periods_apart(chunk: str, start: int) -> list[tuple[str, int]]:
    """A run of text between paddings (``start``: its 0-based column) as the headings it
    holds, (heading, 1-based column): one per period where periods stand one space apart
    ("JJJJ JJJJ na wijz.": "Rekening" / "JJJJ" and "Begroting" / "JJJJ na wijz." over two
    columns a PDF's text layer sets one space apart), the words after the last qualifying
    it, as a line of bare years one space apart ("2023 2024 2025") heads a column per year.
    A total before a year is that year's ("Totaal 2024") and a period with words before it
    one heading ("Stand 2024"): the run is kept whole."""
    tokens = [(m.group(), m.start()) for m in TOKEN.finditer(chunk)]
    firsts = list(takewhile(lambda t: is_column(t[0]) and t[0] not in TOTALS, tokens))
    if len(firsts) < 2:
        return [(chunk, start + 1)]
    heads = [(token, start + at + 1) for token, at in firsts[:-1]]
    return [*heads, (chunk[firsts[-1][1] :], start + firsts[-1][1] + 1)]


#: The number a column number opens with ("3" of "(3)=(2)-(1)").
_NUMBER = re.compile(r"\((\d+)\)")


def _numbered_heading(chunk: str) -> bool:
    """Whether a run of text between paddings ends in a column number, alone or one space
    after its heading's words or period ("(2)", "begroting (3)", "2025 (1)"): a column's
    heading, which reading the line token by token from its end leaves to the corner where a
    word stands before the number. The labels' heading is not numbered with the columns."""
    return is_column_number(chunk.rsplit(" ", 1)[-1])


def _number_after_period(headings: list[tuple[str, int]]) -> bool:
    """Whether the token reading took a bracketed number one space after a period for a
    heading of its own ("JJJJ   JJJJ   JJJJ (N)", "JJJJ (1)   (2)"): the number closes that
    period's run, a column number or a footnote mark on that year alone, and heads no column
    of its own, so the paddings part the headings (read as its own column, it shifted every
    heading after it onto the next column's values)."""
    return any(
        is_column(period) and is_column_number(number) and at == column + len(period) + 1
        for (period, column), (number, at) in pairwise(headings)
    )


def _year_total_once(
    heading: tuple[str, list[tuple[str, int]]],
) -> tuple[str, list[tuple[str, int]]]:
    """The heading with a total before a year that already heads a column joined to that
    year, one column ("2023   2024   Totaal   2024": the total of 2024, a heading of two lines
    put on one): two columns are never named alike. Read as two, the line headed a column
    more than the rows print, and the rows under it were left out."""
    corner, headings = heading
    if len(headings) > 2 and headings[-2][0] in TOTALS and is_year(headings[-1][0]):
        (total, _column), (year, at) = headings[-2:]
        if year in (name for name, _at in headings[:-2]):
            # one space apart, as the column's name; ending where the year ends, as its
            # figures do
            name = f"{total} {year}"
            return corner, [*headings[:-2], (name, at + len(year) - len(name))]
    return heading


def _padded_headings(text: str) -> tuple[str, list[tuple[str, int]]] | None:
    """(corner, headings) of a line of headings parted by a column's padding, words beside
    years or dates in any order ("Vastgestelde begroting 2025   Mutaties 1e suppletoire
    Stand 2025", "2025 Stand suppletoire", "Stand per 1 januari 2026   Toevoeging"): each
    run of words between paddings heads a column, so a word belongs to the year printed on
    its side of the padding. A run at the line's start without a year is the corner (the
    labels' heading, "Omschrijving"). At least one heading names a period (or every run
    closes with its column number, ``_numbered_throughout``), the line ends in one, and
    none holds anything but words, ordinals ("1e") and periods, closed at most by its unit
    or its column number ("begroting (3)", "2025 (1)", "(2)": a line numbering its columns
    numbers every one, ``_numbers_every_column``). One period alone heads a
    column only after such a corner ("Art.   2024": a table of one value column), which
    prose ending in a year does not print apart by padding. Column numbers
    between paddings head their columns too, a sum printed with spaces among them ("(1)
    (2)   (3) = (2) – (1)": token by token, its signs stand between numbers)."""
    chunks = [(m.group(), m.start() + 1) for m in CHUNK.finditer(text)]
    parted = len(chunks) > 1  # (a line that is its own fold prints no padding)
    corner = ""
    # (a code column's heading, "Art.", is the corner wherever it starts: it heads no values;
    # so is a note column's first over the values, "Noot   1999": its cells are markers)
    cornered = chunks and (
        chunks[0][1] == 1 or heading_kind(chunks[0][0]) is not None or _unit_alone(chunks[0][0])
    )
    if cornered and not any(map(is_column, chunks[0][0].split())):
        corner = chunks.pop(0)[0]
    while corner and len(chunks) > 1 and heading_kind(chunks[0][0]) is not None:
        # a note or code column's heading right after the labels' own heads no values
        # either ("Omschrijving   Noot   1999"): the corner's, up to the first value column
        chunks.pop(0)
        corner = text[: chunks[0][1] - 1].strip()
    if len(chunks) >= 2 and all(is_column_number(chunk) for chunk, _c in chunks):
        return corner, chunks
    if parted:
        # periods one space apart in a run between paddings head a column each
        chunks = [part for chunk, at in chunks for part in _periods_apart(chunk, at - 1)]
    # a heading may close with its column's unit in brackets ("Aandeel   2025 (%)") or
    # its number ("begroting (3)"): the heading is read without it, and keeps it
    bare = [_bare_heading(chunk) for chunk, _c in chunks]
    alone = bool(corner) and len(chunks) == 1 and is_column(bare[0])
    if (len(chunks) < 2 and not alone) or not all(map(_words_and_periods, bare)):
        return None
    periods = [any(is_column(t.group()) for t in TOKEN.finditer(c)) for c in bare]
    last = [t.group() for t in TOKEN.finditer(bare[-1] or chunks[-1][0])][-1]
    if not (is_heading(last) or _WORD_COLUMN.fullmatch(last)):
        return None
    if not _numbers_every_column(chunks, periods):
        return None
    if not any(periods) and not _numbered_throughout(chunks):
        return None
    return corner, chunks


def _unit_alone(chunk: str) -> bool:
    """Whether a run of a heading line is a unit note alone ("(bedragen x € 1.000)",
    "Bedragen x € 1 mln"): the corner cell of a table printing its unit over the labels,
    which a PDF's text layer sets in from the margin as it does the labels. Wherever it
    starts it heads no values; read as a heading of its own it left the line no reading by
    paddings, and the line's column numbers then headed columns of their own ("JJJJ (1)")."""
    end = _unit_corner(chunk, [(m.group(), m.start() + 1) for m in TOKEN.finditer(chunk)])
    return end > 0 and not chunk[end:].strip(" )")


def _numbers_every_column(chunks: list[tuple[str, int]], periods: list[bool]) -> bool:
    """Whether a line of headings that numbers its columns ("JJJJ (1)   (2)   <woord> (3)
    JJJJ") numbers each, in turn: the line that does is the headings' last. A run of words
    closed by neither a number nor a period ("<woord>   JJJJ (2)   <woorden>   JJJJ") goes on
    on the line below, and numbers skipped ("<woord> JJJJ (1)   <woord> (3)=(2)-(1)") close
    shorter headings on a line above: a middle or last line of some columns only, no heading
    line of its own. A line numbering none passes."""
    lasts = [chunk.rsplit(" ", 1)[-1] for chunk, _c in chunks]
    numbers = [_NUMBER.match(last) if is_column_number(last) else None for last in lasts]
    if not any(numbers):
        return True
    if not all(
        number is not None or period for number, period in zip(numbers, periods, strict=True)
    ):
        return False
    firsts = [int(number.group(1)) for number in numbers if number is not None]
    return firsts == list(range(firsts[0], firsts[0] + len(firsts)))


def _numbered_throughout(chunks: list[tuple[str, int]]) -> bool:
    """Whether every run of a heading line closes with its column number ("<woord> (1)
    <woord> (2)   <woord> (3)   (4)=(1)+(2)+(3)", ``_numbered_heading``): such a line is the
    headings' last though it names no period, as a line of column numbers alone is; a line
    of words with a number on some runs only is not."""
    return len(chunks) >= 2 and all(_numbered_heading(chunk) for chunk, _c in chunks)


def _bare_heading(chunk: str) -> str:
    """A run of a heading line without what closes it after its words: its column's unit
    in brackets ("Aandeel (in %)") or its column number ("begroting (3)", "2025 (1)", the
    last line of a heading numbering its columns for a sum, "(4)=(1)+(2)+(3)"); "" for a
    number alone. The heading keeps them; they are read apart from its words."""
    unit = _column_unit(chunk)
    if unit:
        return chunk[: len(chunk) - len(unit)].rstrip()
    words, _space, last = chunk.rpartition(" ")
    return words if is_column_number(last) else chunk


def _words_and_periods(bare: str) -> bool:
    """Whether a heading run without its unit or number holds only words, ordinals and
    periods; a column number alone ("(2)") heads its column too, with no words."""
    return bare == "" or HEADING_RUN.fullmatch(bare) is not None


def _column_unit(chunk: str) -> str:
    """The unit in brackets closing a run of a heading line one space after its heading
    ("2025 (%)", "Aandeel (in %)": the column's unit, as a heading over several lines
    prints it on its own last line), or "" where it closes with none. A unit alone in
    brackets is no heading's: a line of them is a table's unit line."""
    match = _UNIT_AFTER.search(chunk) if chunk.endswith(")") else None
    if match is None or read_unit(match.group(1), 0) is None:
        return ""
    return match.group(1)


def _split_tokens(text: str) -> tuple[str, list[tuple[str, int]]] | None:
    """``split_heading``'s reading of a line token by token (``_read_tokens``), of a line
    that may read so (``may_read_tokens``)."""
    return _read_tokens(text) if may_read_tokens(text) else None


def may_read_tokens(text: str) -> bool:
    """Whether ``_read_tokens`` may read ``text`` as headings: a line of prose ending in a
    year (most lines asked) is refused before it is split. It reads as headings only where
    two tokens end it as headings (each a period, a total or in brackets), where it is one
    heading alone (three words at most a token, two tokens at most), or where it holds
    headings of words (``_worded_heading``: two periods or a total)."""
    return "(" in text or _two_periods(text) or len(text.split(None, 6)) <= 6


def _read_tokens(text: str) -> tuple[str, list[tuple[str, int]]] | None:
    """``_split_tokens``'s reading, of any line."""
    tokens = _qualified_periods(text, [(m.group(), m.start() + 1) for m in TOKEN.finditer(text)])
    tail: list[tuple[str, int]] = []
    word = None
    if len(tokens) > 1 and tokens[-1][0].lower() in PERIOD_SUFFIXES and is_year(tokens[-2][0]):
        suffix, (_year, column) = tokens.pop(), tokens.pop()
        tail.append((text[column - 1 : suffix[1] - 1 + len(suffix[0])], column))
    elif not is_heading(tokens[-1][0]):
        if not _WORD_COLUMN.fullmatch(tokens[-1][0]):
            return None
        word = tokens.pop()
    while tokens and (is_heading(tokens[-1][0]) or _QUALIFIED.fullmatch(tokens[-1][0])):
        tail.insert(0, tokens.pop())
    if word is not None:
        if len(tail) < 2:  # "Begroting 2024 Realisatie 2024 Verschil"
            worded = _worded_heading(text, [*tokens, *tail])
            return None if worded is None else (worded[0], [*worded[1], word])
        tail.append(word)
    if len(tail) < 2 and not (tail and not tokens):
        return _worded_heading(text, [*tokens, *tail])
    if tokens and tokens[-1][0].isalpha() and any(is_column(t) for t, _c in tokens):
        # "Rekening 2022 Begroting 2023 Begroting 2024 2025 2026": bare years after
        # headings of words each ending in a year; the corner opens the line, before every
        # heading, so the words right before the first bare year head it with that year
        worded = _worded_heading(text, [*tokens, tail[0]]) or _continued_headings(
            text, [*tokens, tail[0]]
        )
        if worded is not None:
            return worded[0], [*worded[1], *tail[1:]]
    if len(tail) > 2 and tail[-2][0] in TOTALS and is_year(tail[-1][0]):
        # "Q4 2024 Totaal 2024": a total one space before the year ending the line is the
        # year's total, one column (read as two, the line headed a column more than the
        # rows print)
        (total, column), (year, at) = tail[-2:]
        if at == column + len(total) + 1:
            tail[-2:] = [(text[column - 1 : at - 1 + len(year)], column)]
    corner = text[: tail[0][1] - 1].strip()
    return corner, tail


#: A period with words in brackets one space after it, qualifying it ("2023 (realisatie)",
#: "2024 (na wijziging)"): one column's heading. Words only, so a column number ("(1)") or a
#: unit with its figures or signs ("(x € 1.000)", "(%)") is none.
_QUALIFIED = re.compile(r"((?:19|20)\d\d) (\([^\W\d_]+(?:[ .-]+[^\W\d_]+)*\.?\))")


def _qualified_periods(text: str, tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The tokens of a heading line with each period and the words in brackets qualifying it
    one token: a bracket closes onto what stands before it, so on a line printed without
    paddings it ends the year's heading rather than opening the next one, and read token by
    token from the line's end the bracket stopped the headings there, leaving that year and
    its words to the corner and every value of the first column glued to the labels. Words
    in brackets that name a unit ("(mln)") are the column's unit, not its heading's words."""
    folded: list[tuple[str, int]] = []
    end = 0
    for token, column in tokens:
        if column <= end:
            continue  # inside the bracket just folded
        # (a token holds no white space: one opening with no year's digits is no year)
        year = token[:2] in CENTURIES and is_year(token)
        match = _QUALIFIED.match(text, column - 1) if year else None
        if match is not None and read_unit(match.group(2), 0) is None:
            end = match.end()
            folded.append((match.group(), column))
        else:
            folded.append((token, column))
    return folded


def _ends_heading(token: str) -> bool:
    """Whether a line's last token can end a column heading line: a heading, a word column
    or the suffix after a year. (A test of one token before the line is split: most lines
    tried are rows, which end in a value.)"""
    if token[0].isalpha():
        return token.lower() in PERIOD_SUFFIXES or _WORD_COLUMN.fullmatch(token) is not None
    return is_heading(token)


def is_heading(token: str) -> bool:
    """A period, a total, or a column number ("(1)", "(3)=(1+2)") printed under words."""
    return is_column(token) or is_column_number(token)


def _worded_heading(
    text: str, tokens: list[tuple[str, int]]
) -> tuple[str, list[tuple[str, int]]] | None:
    """Column headings of words each ending in a year, on one line: one column per year, its
    heading the words since the year before. Words before the first heading one space
    apart cannot be told from it, so the corner stays empty and the first heading keeps
    them; a unit declaration opening the line ("Bedragen x € 1.000 Realisatie 2022
    Begroting 2023 ...") is the corner, as are words at the margin apart from the first
    heading's by a column's padding ("Taak      Rekening 2022 Begroting 2023 ...").
    Words in lower case right after a period, before a capitalised word opening the next
    heading, qualify that period: its heading goes on with them ("Begroting 2023
    primitief Begroting 2023 na wijziging Rekening 2023": a heading never opens in lower
    case, so read as the next heading's, each heading after the first took the words of
    the one before and the first lost its own)."""
    if not _two_periods(text):
        return None  # no two headings: most lines tried, prose ending in a year
    corner = ""
    skip = _unit_corner(text, tokens)
    if skip:
        corner, tokens = text[:skip].strip(), [t for t in tokens if t[1] > skip]
    headings: list[tuple[str, int]] = []
    words: list[tuple[str, int]] = []
    for k, (token, column) in enumerate(tokens):
        if headings and not words and _qualifies(tokens, k):
            start = headings[-1][1]
            headings[-1] = (text[start - 1 : column - 1 + len(token)], start)
        elif is_column(token):
            if not headings and not corner and words and words[0][1] == 1:
                # words at the margin apart by a column's padding head the labels
                gaps = [j for j in range(1, len(words)) if "  " in _between(text, words, j)]
                if gaps:
                    corner = text[: words[gaps[-1]][1] - 1].strip()
                    words = words[gaps[-1] :]
            if not 1 <= len(words) <= MAX_HEADING_WORDS or " " in token:
                # a date written out ("Stand per 31 december 2026") one space from the
                # words before it: nothing tells where the heading starts
                return None
            start = words[0][1]
            headings.append((text[start - 1 : column - 1 + len(token)], start))
            words = []
        elif token.isalpha():
            words.append((token, column))
        else:
            return None
    if len(headings) < 2:
        return None
    if not corner and (parted := _corner_word_opening(text, headings)) is not None:
        return parted
    return _corner_before_a_repeated_heading(text, corner, headings)


#: Words naming what each row is, as only a corner over the labels does ("Omschrijving",
#: "Regeling"): a dimension word ("Gemeente", "Regio", "Periode", "Onderdeel") may as well
#: open a column's heading ("Gemeente Amsterdam 2023"), so it parts no corner off.
_ROWS_WORDS = (
    *("omschrijving", "regeling", "regelingen", "instrument", "instrumenten"),
    *("maatregel", "maatregelen"),
)


def _corner_word_opening(
    text: str, headings: list[tuple[str, int]]
) -> tuple[str, list[tuple[str, int]]] | None:
    """The labels' heading parted from the first column's where the first heading opens,
    capitalised, with a word that names the rows or their codes, words of a heading after
    it ("Artikel Vastgestelde begroting JJJJ Realisatie JJJJ", "Omschrijving Stand JJJJ
    Mutatie JJJJ": ``_ROWS_WORDS``, a code column's heading): such a word heads the
    labels, no column of values. Read with the first heading, the corner named the first
    column. None for any other line, and where a later heading opens with the same word
    (a word of each heading: "Gemeente A JJJJ Gemeente B JJJJ")."""
    words = headings[0][0].split()[:-1]
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    if words[0].lower() not in _ROWS_WORDS and heading_kind(words[0]) != "code":
        return None
    if any(heading.split()[0].lower() == words[0].lower() for heading, _col in headings[1:]):
        return None
    return _corner_before_word(text, headings, 1)


def _two_periods(text: str) -> bool:
    """Whether ``text`` may hold two periods (``is_column``): a total, or twice the digits of
    one (``_PERIOD_DIGITS``), any decimal digit, as the patterns' \\d reads them (the count
    of a line that is not ASCII, a euro sign or a no-break space in prose with amounts,
    takes every decimal digit)."""
    digits = sum(map(text.count, "0123456789")) if text.isascii() else sum(map(str.isdecimal, text))
    return digits >= 2 * _PERIOD_DIGITS or any(map(text.__contains__, TOTALS))


def _unit_corner(text: str, tokens: list[tuple[str, int]]) -> int:
    """Where a unit note opening a heading line ends, 0 for none: the note read in the whole
    line one word from its start at most ("Bedragen x € 1.000 Realisatie 2022 ..."), or
    the longest opening before the first period that is a note whole ("Bedragen in €
    Begroting 2023 ...": a note of euros as they are reads only where nothing follows it).
    A text holding nothing a note needs (``may_hold_unit``: most heading lines, and the
    words of prose before its first year) has no opening that is one: the line, then its
    longest opening tried, are tested once, not read again for each opening."""
    if not may_hold_unit(text):
        return 0
    unit = read_unit(text, 0) if text[:1].isalpha() or text[:1] == "(" else None
    at = text.find(unit.text) if unit is not None else -1
    if unit is not None and at >= 0 and len(text[:at].split()) <= 1:
        return at + len(unit.text)
    if unit is not None or not text[:1].isalpha():
        return 0
    opening = list(takewhile(lambda t: not is_column(t[0]), tokens))[:-1]
    if not opening or not may_hold_unit(text[: opening[-1][1] - 1 + len(opening[-1][0])]):
        return 0
    for token, column in reversed(opening):
        end = column - 1 + len(token)
        whole = read_unit(text[:end], 0)
        if whole is not None and whole.text == text[:end]:
            return end
    return 0


def _qualifies(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether token ``k`` is a word in lower case that qualifies the period before it: it
    and the words in lower case after it follow a period, and a capitalised word follows
    them before the next period ("2023 na wijziging Rekening 2023"). Words in lower case
    right before a period are that period's heading ("2022 begroting 2023")."""
    if k == 0 or not (tokens[k][0].isalpha() and tokens[k][0].islower()):
        return False
    if not is_column(tokens[k - 1][0]) and not _qualifies(tokens, k - 1):
        return False
    for token, _column in tokens[k + 1 :]:
        if not (token.isalpha() and token[:1].islower()):
            return token.isalpha() and token[:1].isupper()
    return False


def _continued_headings(
    text: str, tokens: list[tuple[str, int]]
) -> tuple[str, list[tuple[str, int]]] | None:
    """The last line of a heading block whose first line opens only some headings, printed
    without layout ("<Groep> <Groep>" / "JJJJ <woord> JJJJ JJJJ ..."): a heading never opens
    in lower case, so words in lower case before a period go on with a heading the line
    above opens, and close with that period, one column; the period opening the line,
    before them, heads its column alone. Read as the labels' heading, the period and those
    words headed no column and the rows' first value joined their labels. None where a
    run of words opens with a capital or ends in a word joining it to its period ("JJJJ
    en JJJJ", "tot JJJJ": prose, ``JOINING_WORDS``), the line opens with no period or no
    run of words goes on so."""
    if not tokens or not is_column(tokens[0][0]) or text[: tokens[0][1] - 1].strip():
        return None
    headings = [tokens[0]]
    words: list[tuple[str, int]] = []
    for token, column in tokens[1:]:
        if is_column(token):
            if len(words) > MAX_HEADING_WORDS or " " in token:
                return None
            if words and words[-1][0].lower() in JOINING_WORDS:
                return None
            start = words[0][1] if words else column
            headings.append((text[start - 1 : column - 1 + len(token)], start))
            words = []
        elif token.isalpha() and (words or token[:1].islower()):
            words.append((token, column))
        else:
            return None
    if words or all(is_column(name) for name, _column in headings):
        return None
    return "", headings


#: An adjective inflected before its noun ("Primitieve", "Vastgestelde", "Eerste"): a word
#: ending in "e" after a letter other than "i" or "e" ("Categorie", "Specificatie" are nouns),
#: and not in "ve" after a consonant: an adjective's "f" turns "v" after a vowel only
#: ("primitief" / "primitieve", "braaf" / "brave"), so "Reserve", "Curve" are nouns. Letters
#: of either case, a heading printed in capitals alike ("PRIMITIEVE", "RESERVE"). For
#: ``fullmatch`` only: the "$" anchors the look-ahead at the word's end, which fullmatch
#: does not ("Onverwachte" holds "nve" inside and is inflected).
INFLECTED = re.compile(r"(?![^\W\d_]*[^\W\d_aeiouy]ve$)[^\W\d_]+[^\W\d_ie]e", re.IGNORECASE)


def _corner_before_a_repeated_heading(
    text: str, corner: str, headings: list[tuple[str, int]]
) -> tuple[str, list[tuple[str, int]]]:
    """The labels' heading parted from the first column's where the first heading ends in
    the words of a later one, capitalised, before its period ("Kengetal Rekening 2015
    Begroting 2016 Rekening 2016": "Rekening" heads a column of its own again, so
    "Kengetal" before it is the corner): a line's headings name their columns alike, and
    the words before such a repeat head none. An adjective right before the repeat
    qualifies it ("Primitieve Begroting JJJJ Begroting JJJJ": ``INFLECTED``), no corner.
    Else the corner a word naming figures tells (``_corner_before_a_figures_word``)."""
    words = headings[0][0].split()[:-1]
    if corner or len(words) < 2:
        return corner, headings
    for name, _column in headings[1:]:
        later = name.split()[:-1]
        if not later or len(later) >= len(words) or not later[0][:1].isupper():
            continue
        j = len(words) - len(later)  # where the repeat starts
        if (
            words[j:] == later
            and INFLECTED.fullmatch(words[j - 1]) is None
            and (parted := _corner_before_word(text, headings, j)) is not None
        ):
            return parted
    return _corner_before_a_figures_word(text, headings)


def _corner_before_a_figures_word(
    text: str, headings: list[tuple[str, int]]
) -> tuple[str, list[tuple[str, int]]]:
    """The labels' heading parted from the first column's where every later heading opens
    with a capitalised word naming a period's figures, or a column of its own ("Verschil
    JJJJ-JJJJ", "Mutatie JJJJ": ``column_word``, the difference a budget table prints after
    its periods), and the first heading holds one, with a capital, only after words naming
    none ("Programma Realisatie 2022 Begroting 2023 Raming 2024": the columns name their
    figures alike, so "Programma" before "Realisatie" heads the labels). An adjective right
    before it qualifies it ("Primitieve Begroting JJJJ", ``INFLECTED``): no corner. Else the
    headings as read, no corner."""
    words = headings[0][0].split()[:-1]
    opening = [name.split()[0] for name, _column in headings[1:]]
    if len(words) < 2 or not all(
        _names_figures(word) or (word[:1].isupper() and column_word(word)) for word in opening
    ):
        return "", headings
    j = next((j for j, word in enumerate(words) if word.lower() in STAGE_GROUPS), 0)
    if j == 0 or not _names_figures(words[j]) or INFLECTED.fullmatch(words[j - 1]):
        return "", headings
    return _corner_before_word(text, headings, j) or ("", headings)


def _corner_before_word(
    text: str, headings: list[tuple[str, int]], j: int
) -> tuple[str, list[tuple[str, int]]] | None:
    """The line's corner, the first heading's words before its word ``j``, and the headings
    with the first one from that word on; None where the word does not stand one space
    after the words before it, as the first heading was read."""
    first, start = headings[0]
    words = first.split()
    at = start + len(" ".join(words[:j]))
    if not text.startswith(words[j], at):
        return None
    return text[:at].strip(), [(text[at : start - 1 + len(first)], at + 1), *headings[1:]]


def _names_figures(word: str) -> bool:
    """Whether ``word`` opens a heading with the figures it heads ("Realisatie", "Raming")."""
    return word[:1].isupper() and word.lower() in STAGE_GROUPS


def _between(text: str, words: list[tuple[str, int]], j: int) -> str:
    """The text between the word ``j - 1`` and the word ``j`` of ``words`` (token, column)."""
    end = words[j - 1][1] - 1 + len(words[j - 1][0])
    return text[end : words[j][1] - 1]


def year_then_word(text: str) -> bool:
    """Whether a folded line ends in a year and a column headed by a word ("2029
    Structureel", "2028 Struc."): a heading line whose last column is no period, told by its
    last two tokens."""
    cut = text.rfind(" ")
    return (
        cut > 3
        and text[cut - 1 : cut].isdecimal()
        and _WORD_COLUMN.fullmatch(text, cut + 1) is not None
        and is_year(text[cut - 4 : cut])
        and text[cut - 5 : cut - 4] in ("", " ")
    )


#: A run of text between paddings (a heading, a label, a figure).
CHUNK = re.compile(r"\S+(?: \S+)*")
