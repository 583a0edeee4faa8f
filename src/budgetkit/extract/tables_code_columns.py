"""A column of codes printed between a row's label and its values, under a heading of its own.

A suppletoire begroting's table of mutaties prints each row's article number after its label,
under "Art." over the column, the values' headings beside it and their years a line below:

    Art.  Verplichtingen      Uitgaven
                    2018    2018    2019
    2. Capaciteit Nationale Politie   31    58.000  58.000  104.000
    1. Loon- en prijsbijstelling 2018     Div.   268.402  268.402  266.115

The code is neither a value nor part of the label, yet read as printed it is one or the
other: a number ("31") read as the row's first value moved every value a column to the
left, and where the row prints a value in fewer columns an abbreviation ("Div.") glued onto
the label. Only the heading tells a code from a value: a word heading such a column
(``heading_kind`` "code") over runs that stand under it, between a label and figures, in one
row at least (a table of few mutaties codes one row: the heading names the column however
few rows fill it). The table reader then reads the lines with those codes blanked, so every
value is placed by where it stands under its heading. A municipality's table of incidentele
lasten prints its programme numbers so ("Progr." over "0" ... "9" before the years): a digit
where the first year's value would stand.

A plain text layer prints each row on one line, one space apart ("Art. 2016 2017" over
"Lerarenbeurs 9 -12.500 -8.000"): nothing stands under the heading, and the row reader
takes as many values as there are columns, leaving the code at the label's end. There the
heading of codes in the corner, over the labels, tells it (``codes_off_labels``). A row
printing fewer values than columns has no values to count from the end: the row reader takes
every figure after the label's last word, the code too ("Overboeking 2 -75.000" under five
years), and the sums placing the row's values fail. Where the table writes its thousands
with dots, a small number without one right before the first such value is the code, and a
larger figure without one before it the label's own ("<label> JJJJ n N.NNN"): neither
is a value of that table (``_codes_off_short_rows``).
"""

from __future__ import annotations

import re

from budgetkit.extract.tables_heading_line import CHUNK
from budgetkit.extract.tables_model import Cell, Row
from budgetkit.extract.tables_tokens import CAPTION, DASHES, DOT_THOUSANDS, UNDOTTED, is_value
from budgetkit.extract.tables_vocabulary import heading_kind
from budgetkit.textmodel import TextModel

#: Characters a code may stand off its heading's first or last (a number centred or set
#: right under "Art.").
SLACK = 2
#: Lines read under a code column's heading for its rows.
MAX_ROWS = 40
#: Fewest labels ending in a code that tell a column of codes where no layout places the
#: heading over them (``codes_off_labels``). A heading standing over its codes tells the
#: column however few rows fill it: one code under it is one.
MIN_CODES = 2
#: One code as a row prints it: an item's number ("31", "4a", "1.2") or an abbreviation
#: with its full stop ("div.", "Div.": several articles).
_ONE_CODE = r"(?:\d{1,3}[a-z]?(?:\.\d{1,2})?|[^\W\d_]{1,4}\.)"
#: A row's code: one, or a list of them a comma and a space apart ("1, 3", "1, 3, 4": a
#: mutation on several articles names each). A comma without the space is a decimal
#: comma ("1,3"): a figure, no list.
CODE = re.compile(rf"{_ONE_CODE}(?:, {_ONE_CODE})*")
#: A short word in lower case standing for the articles a row falls under ("alle": every
#: policy article; "div" without its stop): a code only where it stands alone under the
#: heading of codes, no label's last word ("Kasschuif   alle   -1.300").
_WORD_CODE = re.compile(r"[^\W\d_A-Z]{1,4}")
#: A code (or a list of codes) ending a label, after a space: the leftmost such match runs
#: to the label's end, so it holds the whole list ("Kasschuif 1, 3", not "3").
_CODE_AT_END = re.compile(rf"\s(?:{CODE.pattern})$")
#: Letters of a heading of codes (``CODE_HEADINGS``), lower-cased: a test sparing most lines
#: the split into runs.
_CODE_WORDS = ("art", "nr", "code", "prog")
#: A letter: a label holds one.
_LETTER = re.compile(r"[^\W\d_]")
#: A digit.
_DIGIT = re.compile(r"\d")
#: A figure alone, digits and their marks, no letter and no bracket ("2024", "36", "1.250").
_BARE_FIGURE = re.compile(r"[\d.,]+")
#: Most digits of a code read as a short row's first value ("4", "31", "104").
_CODE_DIGITS = 3

#: (0-based line index, [(start, end) of each span of the line to blank])
Blanks = dict[int, list[tuple[int, int]]]


def code_columns(model: TextModel, lines: list[str]) -> Blanks:
    """{0-based line index: the spans to blank} for each column of codes a table prints
    between its rows' labels and their values (see the module's docstring): the codes under
    each heading of codes with a run after it, in the rows under it down to the table's end
    (a caption, or text running over the column that is no row). A column whose codes open
    their rows ("01.01   Apparaatsuitgaven") is left as printed: the code names the row; a
    table may print one so and another between label and values ("Progr.   ...   Nr."),
    whose codes are still no values."""
    found: Blanks = {}
    for index in model.layout.spaced:
        lower = lines[index].lower()
        if not any(word in lower for word in _CODE_WORDS):
            continue
        runs = list(CHUNK.finditer(lines[index]))
        for run in runs[:-1]:
            if heading_kind(run.group()) == "code":
                for row, span in _codes_under(lines, index, run.span()).items():
                    found.setdefault(row, []).append(span)
    return found


def _codes_under(
    lines: list[str], index: int, heading: tuple[int, int]
) -> dict[int, tuple[int, int]]:
    """{line index: the code's span} for the rows under the heading of codes over
    ``heading`` (its first column, the one past its last) on line ``index``: rows of a
    label, a code standing under the heading and figures after it."""
    low, high = heading[0] - SLACK, heading[1] + SLACK
    codes: dict[int, tuple[int, int]] = {}
    glued: dict[int, tuple[int, int]] = {}  # codes a label runs into (``_glued_code``)
    for i in range(index + 1, min(len(lines), index + 1 + MAX_ROWS)):
        line = lines[i]
        if CAPTION.match(line.strip()):
            break
        runs = list(CHUNK.finditer(line))
        # a label running on into the slack left of the heading ("... opleidingen    4"
        # under "Art.") stands before the column, not under it
        at = [
            k
            for k, run in enumerate(runs)
            if run.start() < high
            and run.end() > low
            and not (run.start() < low and run.end() <= heading[0])
        ]
        if not at:
            # a blank line, a group's label, a row without a code, or one whose label ran
            # on up to the column and took its code one space after it
            if (span := _glued_code(runs, heading[0])) is not None:
                glued[i] = span
            continue
        k = at[0]
        figures = [run.group() for run in runs[k + 1 :]]
        is_row = bool(figures) and all(map(_is_figure, figures))
        # a wide first value reaching back into the slack right of the heading ("div.
        # -1.000" under "Art.   2025") stands past the heading's end: the next column's
        past = all(runs[j].start() >= heading[1] for j in at[1:])
        if (
            past
            and k > 0
            and is_row
            and is_row_code(runs[k].group())
            and _LETTER.search(runs[k - 1].group())
            and low <= runs[k].start()
            and runs[k].end() <= high
        ):
            codes[i] = runs[k].span()
        elif not (runs and _is_figure(runs[-1].group())):
            break  # text over the column that is no row: prose, the table has ended
    # (a column no row prints a code under is none: a label's own number stays)
    return {**codes, **glued} if codes else codes


def _glued_code(runs: list[re.Match[str]], column: int) -> tuple[int, int] | None:
    """The span of the code a row's label ends in where a long label runs on towards the
    column of codes (starting at 0-based ``column``) and a text layer sets the code one
    space after its last word, left of the column ("1. Tegemoetkoming Vaste Lasten (TVL) 2
    3.850.000" beside "2. Kasschuif   4   -120.000"): the row prints its label, then
    figures only, and no code under the heading. Only where other rows print theirs there
    (``_codes_under``). None where the word before the code does not tell it apart
    (``_before_code``: "Kamerstuk 36 410")."""
    if len(runs) < 2 or runs[0].end() > column or not all(_is_figure(r.group()) for r in runs[1:]):
        return None
    label = runs[0].group()
    if _before_code(label) is None:
        return None
    code = _CODE_AT_END.search(label)
    assert code is not None  # (``_before_code`` found it)
    return runs[0].start() + code.start() + 1, runs[0].end()


def is_row_code(text: str) -> bool:
    """Whether ``text`` is a row's cell under a heading of codes: an item's number, an
    abbreviation, a list of them (``CODE``) or a short word standing for the articles
    ("alle")."""
    return CODE.fullmatch(text) is not None or _WORD_CODE.fullmatch(text) is not None


def _is_figure(text: str) -> bool:
    """A row's cell of a figure: a number, a text saying it holds none, or a dash (nil)."""
    return is_value(text) or text in DASHES


def codes_off_labels(corner: str, rows: list[Row], lines: list[str]) -> None:
    """Each row's code left at its label's end taken off it, where the labels' corner is a
    heading of codes ("Art.", "Omschrijving Art.") and two rows at least end their labels
    in a code after a word ("Lerarenbeurs 9", "Loon- en prijsbijstelling div."): the row
    reader, taking the values from the line's end, left the code printed between label and
    values in the label. A label's own number after a word naming codes ("Artikel 12") and
    a year ("Stand ontwerpbegroting 2016") are no code. Only a row printing the code one
    space before its first value on its line (``lines``) has it taken off: where the
    layout sets the values apart, the code column was read apart already (``code_columns``)
    and a number ending the label is the label's own ("Regio Deals ronde 4   3   12.000").
    Changes ``rows`` in place."""
    words = corner.split()
    if not words or heading_kind(words[-1]) != "code":
        return
    coded = [(row, rest) for row in rows if (rest := _before_code(row.label)) is not None]
    short = _codes_off_short_rows(rows, lines)
    if len(coded) + len(short) < MIN_CODES:
        return
    for row, rest in coded:
        if set_one_space_apart(row, lines):
            row.label = rest
    for row, label, values in short:
        row.label, row.loose = label, values


def _codes_off_short_rows(rows: list[Row], lines: list[str]) -> list[tuple[Row, str, list[Cell]]]:
    """(row, its label with any figures of its own, its values) for each row printing
    fewer values than columns (``Row.loose``) whose figures open with its code, where the
    table writes its thousands with dots (its full rows print one so, and no bare figure of
    four digits or more): the figures without a dot before the row's first dotted one, set
    one space after a label ending in a word, are a code of at most three digits, maybe
    after figures of four digits or more ending the label ("<label> JJJJ n N.NNN").
    Where the full rows print such figures bare, or no dotted value follows, a short row's
    first figure may be a value and stays one."""
    full = [cell.text for row in rows for cell in row.cells]
    if not any(DOT_THOUSANDS.search(text) for text in full) or any(
        UNDOTTED.fullmatch(bare := _unsigned(text)) and len(bare) > _CODE_DIGITS for text in full
    ):
        return []
    found: list[tuple[Row, str, list[Cell]]] = []
    for row in rows:
        last = row.label.rsplit(None, 1)[-1] if row.label.strip() else ""
        if row.cells or len(row.loose) < 2 or not _LETTER.search(last):
            continue
        texts = [cell.text for cell in row.loose]
        first = next((k for k, text in enumerate(texts) if DOT_THOUSANDS.search(text)), None)
        if not first or not all(UNDOTTED.fullmatch(text) for text in texts[:first]):
            continue
        own, code = texts[: first - 1], texts[first - 1]
        if len(code) > _CODE_DIGITS or any(len(text) <= _CODE_DIGITS for text in own):
            continue
        start = row.loose[0]
        if not 0 < start.line <= len(lines):
            continue
        before = lines[start.line - 1][: start.column - 1]
        if before.endswith(" ") and not before.endswith("  "):
            found.append((row, " ".join([row.label, *own]), row.loose[first:]))
    return found


def _unsigned(text: str) -> str:
    """A figure without its brackets and any dash before it: "(1250)" and "−1250" are
    "1250". In a table writing its thousands with dots, a whole number of four digits or
    more printed so (``UNDOTTED``) is no value."""
    return text.strip("()").lstrip(DASHES)


def _before_code(label: str) -> str | None:
    """The words of a label before the code (or list of codes, "1, 3") it ends in, where
    the word before it tells the code apart (``_told_apart``); None where it ends in none."""
    words = label.rstrip()
    found = _CODE_AT_END.search(words)
    if found is None:
        return None
    rest = words[: found.start()].rstrip()
    before = rest.rsplit(None, 1)[-1] if rest else ""
    return rest if _told_apart(before, found.group()) else None


def _told_apart(before: str, code: str) -> bool:
    """Whether a code after a label's last word ``before`` is no part of the label: a word
    naming codes ("Artikel 12") has its number, and a word of a letter ends the label's
    words ("Lerarenbeurs 9"); so does one of figures the code cannot go on, a reference
    its bracket closes ("(36 410 VI, nr. 24) 33") or any figure before an abbreviation
    ("tranche 2024 div."). A number after a figure alone ("36 410", "ronde 2024 33") may be
    that figure's next group or a second figure of the label's: no code is told."""
    if not before or heading_kind(before) == "code":
        return False
    if _LETTER.search(before):
        return True
    if not _DIGIT.search(before):
        return False  # a dash or a mark: no word of the label's
    return not (_BARE_FIGURE.fullmatch(before) and _DIGIT.search(code))


def set_one_space_apart(row: Row, lines: list[str]) -> bool:
    """Whether a row's label ends one space before its first value on the row's line, as a
    text layer printing no padding sets a row ("Lerarenbeurs 9 -12.500")."""
    first = next((cell for cell in row.cells if cell.line == row.line), None)
    if first is None or not 0 < row.line <= len(lines):
        return False
    before = lines[row.line - 1][: first.column - 1]  # (lines and columns 1-based)
    return before.endswith(" ") and not before.endswith("  ")
