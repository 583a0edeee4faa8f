"""A table's unit and scale, read from where the document prints them.

In order: the caption or a note line above the column headings ("(bedragen x € 1.000)",
"In miljoenen euro's"), a declaration in the prose just above ("geschiedt in duizenden
euro's", "zijn weergegeven in k€"), or the prose around the table stating its figures:
letters often give a table's figures in the prose in millions ("€ 4.262,6 miljoen") and print
them in thousands (4.262.603); the scale is the one factor that makes a prose amount and a
cell agree within the prose's printed precision, and that amount is kept as the scale's quote
so it can be checked.

A row or a column can declare its own unit ("EMU-schuldquote (in procenten bbp)", "Verschil
2028-2023 in mld.", "€ 650,00", "17%"). Where nothing is printed the unit stays empty and the
caller warns: a value is never silently taken as euros.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal

from budgetkit.extract.money import find_money
from budgetkit.extract.money_quotes import FACTORS
from budgetkit.extract.tables_model import Cell, RawTable, Row
from budgetkit.extract.tables_tokens import SENTENCE_STOP, cell_scale
from budgetkit.extract.tables_units import (
    COUNTED,
    FOREIGN,
    MONEY_WORD,
    SCALE_WORDS,
    currency_of,
    in_currency,
    read_unit,
    unit_alone,
    unit_label,
)
from budgetkit.extract.tables_vocabulary import is_share
from budgetkit.sources import SourceDocument

#: A label that says its row holds percentages ("Aandeel (%)", "in procenten",
#: "Percentage juridisch verplicht"); a percentage after a number names the measure
#: ("Verhoging btw-tarief van 9% naar 21%", "5 procent korting"), not the unit.
PERCENT_LABEL = re.compile(r"(?<!\d)(?<!\d[ \xa0])(?:%|percentage|procent)", re.IGNORECASE)
#: A rate a measure sets, its size right after a word of change ("naar N%", "met N
#: procentpunt", "van N% naar N%"): the label names the measure, so a percentage word beside
#: it names that rate ("<woord>percentage naar N%"), not the row's unit; only a "%" sign
#: standing alone ("(%)", "in %") still says the row's. A threshold in a rate's name ("onder
#: N procent", "meer dan N%", "tot N%": whom the rate counts) sets nothing, and the
#: percentage word stays the row's unit.
_PERCENT_SIZE = re.compile(
    r"\b(?:naar|met)[ \xa0]+\d+(?:[.,]\d+)?[ \xa0]?(?:%|procent)", re.IGNORECASE
)
_PERCENT_SIGN = re.compile(r"(?<!\d)(?<!\d[ \xa0])%")
#: How far from a table the prose may state its figures.
PROSE_BEFORE = 30
PROSE_AFTER = 15
#: How far above a table a declaration like "in duizenden euro's" may stand.
DECLARATION_BEFORE = 12
_DECLARATION = re.compile(
    r"\bin (?:(?:duizenden|miljoenen|miljarden) (?:euro|€)|(?-i:[kKM](?:€|EUR))(?!\w))",
    re.IGNORECASE,
)
#: A note that declares a unit ("x € 1.000", "in miljoenen euro"), not an amount that
#: happens to end a line of prose ("... 300 / miljoen voor jeugd").
_DECLARES = re.compile(r"\(?(?:(?:x|in)\b|×)", re.IGNORECASE)
#: Short lines right above a table read for a unit note, and how long such a line may be.
NOTE_LINES = 3
NOTE_LENGTH = 200
#: Scales a table may print its euros in.
SCALES = (1, 1_000, 10**6, 10**9)


@dataclass(frozen=True)
class Scale:
    unit: str | None  # "EUR" | "percent" | "count" | None when nothing says
    factor: int
    label: str = ""  # normalised as printed: "x € 1.000", "mln euro", "%", "% bbp", "mixed"
    text: str | None = None  # as printed
    line: int | None = None
    #: Whether no line of the table says the unit and it was taken from a prose amount near
    #: the table equal to a cell (``from_prose``): a reading, not a declaration, so the
    #: extract summary says so and names the amount.
    from_prose: bool = False


NONE = Scale(None, 1)
PERCENT = Scale("percent", 1, "%")


def note(text: str, line: int) -> Scale | None:
    """The unit declared in ``text`` (a caption, note, heading or row label), if any."""
    unit = read_unit(text, line)
    if unit is None:
        return None
    return Scale(unit.kind, unit.factor, unit.label, unit.text, line)


_DIGIT = re.compile(r"\d")
#: A label naming what it counts ("Bezetting (fte)", "Aantal fte", "Aantal aanvragen"):
#: the row or column counts that, whatever the table's money unit. A number of fte in the
#: label ("Extra handhaving (2 fte)", "Inzet 12,5 fte") names the measure's size, as a
#: percentage after a number does (``PERCENT_LABEL``): its row holds the measure's money.
_COUNTS = re.compile(r"(?<!\d[ \xa0])\bfte\b|^\s*aantal(?:len)?\b", re.IGNORECASE)


def counted(label: str, line: int) -> Scale | None:
    """A count unit for a label that says it counts (no money word beside it)."""
    if _COUNTS.search(label) and not MONEY_WORD.search(label):
        return Scale("count", 1, "", "", line)
    return None


#: A year in a column's heading before the words that go on with it ("JJJJ mld euro", a
#: group's name and year joined to its leaf: "Realisatie JJJJ fte").
_YEAR_BEFORE = re.compile(r"(?<![\d.,])(?:19|20)\d\d[ \xa0]+")


def _column_unit(label: str) -> Scale | None:
    """The unit a column's heading says after its year ("2023 mld euro", "2023 % bbp"), or
    as the leaf under a group's name and year ("Realisatie 2023" over "fte"): read without
    the year, which is no number of fte ("Extra handhaving (2 fte)" names a measure's size,
    ``counted``), so a column of fte counts, never takes the table's euros."""
    heading = _YEAR_BEFORE.sub("", label)
    return note(heading, 0) or counted(heading, 0)


def is_percent(row: Row) -> bool:
    """A row of percentages: its label says so, or every printed cell ends in "%".

    A label naming a measure's rate ("<Onderwerp>: <woord>percentage naar N%") says so
    only with a "%" sign of its own: the measure's row holds its money, in the table's unit,
    and counts in the total under it."""
    label = row.label
    if (
        PERCENT_LABEL.search(label)
        and not note(label, 0)
        and (not _PERCENT_SIZE.search(label) or _PERCENT_SIGN.search(label))
    ):
        return True
    texts = [text for text in row.texts if _DIGIT.search(text)]
    return bool(texts) and all(text.endswith("%") for text in texts)


def _precision(quote: str, scale: str) -> Decimal:
    """Half a unit of the last printed digit of a prose amount, in euros."""
    decimals = re.search(r",(\d+)", quote)
    places = len(decimals.group(1)) if decimals and not quote.rstrip().endswith(",-") else 0
    return Decimal(FACTORS[scale]) / (10**places) / 2


def from_prose(doc: SourceDocument, table: RawTable, money_rows: list[Row]) -> Scale | None:
    """The scale that makes prose amounts near the table equal its cells, with the nearest quote.

    Only amounts with "€" or "euro" count. The scale matched by the most distinct amounts
    wins; its quote is the matching amount nearest the table.
    """
    first = max(1, table.line_start - PROSE_BEFORE)
    last = min(len(doc.lines), table.line_end + PROSE_AFTER)
    start, stop = doc.offset(first, 1), doc.offset(last, len(doc.lines[last - 1]) + 1)
    # sorted, so that whether a cell lies within a prose amount's precision is a bisection
    # (the bounds divided by a power of ten are exact decimals), not a pass over every cell
    cells = sorted(cell.value for row in money_rows for cell in row.cells if cell.value)
    matches: dict[int, list[tuple[int, str, int]]] = {}
    for money in find_money(doc.text[start:stop]):
        line, _column = doc.line_col(start + money.start)
        if money.bare or table.line_start <= line <= table.line_end:
            continue
        tolerance = _precision(money.quote, money.scale)
        for factor in SCALES:
            nearest = bisect_left(cells, (money.amount_eur - tolerance) / factor)
            if nearest < len(cells) and cells[nearest] <= (money.amount_eur + tolerance) / factor:
                distance = (
                    table.line_start - line if line < table.line_start else line - table.line_end
                )
                matches.setdefault(factor, []).append((distance, money.quote, line))
    if not matches:
        return None
    factor = max(matches, key=lambda f: (len({q for _d, q, _l in matches[f]}), -f))
    _distance, quote, line = min(matches[factor])
    label = unit_label(factor, True) if factor > 1 else "€"
    return Scale("EUR", factor, label, quote, line, from_prose=True)


def _noted_above(doc: SourceDocument, table: RawTable, floor: int) -> Scale | None:
    """A unit note on a short line right above the table ("Bedragen x € 1.000" over a table
    printed one row per line), below ``floor`` (the last 1-based line of the table above,
    its caption printed under its rows included: the unit that caption says is that
    table's)."""
    seen = 0
    line = table.line_start - 1
    under = ""  # the line read before, right under this one
    while line > floor and seen < NOTE_LINES:
        text = doc.lines[line - 1].strip()
        if text:
            if len(text) > NOTE_LENGTH:
                return None
            found = _declaring_note(text, line) or _broken_note(text, under, line)
            if found is not None:
                return found
            seen += 1
        under = text
        line -= 1
    return None


def _broken_note(text: str, under: str, line: int) -> Scale | None:
    """The unit a note ending ``text`` declares where the line breaks it and the line
    ``under`` it goes on with it ("... weergegeven. Bedragen x €" / "1.000. Toevoegingen
    ..."): read across the break, its text the part printed on ``line``. None where the
    note stands whole on the line under (read there), or declares nothing."""
    if not under or text[-1:] in ".:;!?":
        return None  # (a sentence ends the line: its note, if any, was read whole)
    joined = f"{text} {under}"
    found = _declaring_note(joined, line)
    if found is None or not found.text:
        return None
    at = joined.find(found.text)
    if not 0 <= at < len(text) < at + len(found.text):
        return None
    printed = joined[at : len(text)].strip()
    return Scale(found.unit, found.factor, found.label, printed, line)


def _declaring_note(text: str, line: int) -> Scale | None:
    """The unit a short note line declares ("(bedragen x € 1.000)", "(in procenten bbp)",
    "Bron: ...; bedragen in miljarden euro"), not a scale word that ends a line of prose."""
    found = note(text, line)
    declared = found is not None and (
        _DECLARES.match(found.text or "")
        # "(in procenten bbp)": the match is "procenten bbp"; only a note in brackets,
        # so a line of prose starting with "In" declares nothing
        or (text.startswith("(") and _DECLARES.match(text))
        or "bedragen" in text.lower()
    )
    return found if declared else None


#: A sentence ending before more text on its line (``SENTENCE_STOP``, then a space), what
#: follows it any text: the unit's words may open in lower case.
_SENTENCE_ENDS = re.compile(rf"{SENTENCE_STOP}[ \xa0]")


def section_note(doc: SourceDocument, table: RawTable, scale: Scale) -> Scale | None:
    """The unit in euros a table took from a paragraph of prose above it, declared after a
    sentence there ("<sentence>. Bedragen x € 1.000."): the text's unit for its section's
    tables, not one table's caption, so it goes on to each table under it that prints none
    of its own (``prose_unit_reaches``). A unit line alone ("Bedragen x € 1.000") or a
    caption's unit is the one table's: no table takes its unit from the caption of the
    table above it."""
    if scale.unit != "EUR" or scale.line is None or scale.line >= table.line_start:
        return None
    text = doc.lines[scale.line - 1]
    at = text.find(scale.text or "")
    return scale if at > 0 and _SENTENCE_ENDS.search(text[:at]) else None


def prose_unit_reaches(doc: SourceDocument, end: int, table: RawTable) -> bool:
    """Whether the unit the prose said for the section of the table ending at line ``end``
    (1-based) reaches ``table``: the lines between them are sentences of prose alone
    ("<sentence>."), no heading of another section (a heading ends in no full stop) nor
    another note, and ``table`` does not say it holds something other than money
    (``_measures_otherwise``). A line ending in no full stop right over a line opening in
    lower case is a sentence going on over the line break (prose printed as wrapped, "...
    staan in de" / "volgende tabel."), no heading: a heading never runs on into lower case."""
    between = [doc.lines[i].strip() for i in range(end, table.line_start - 1)]
    prose = all(
        (text.endswith(".") or after[:1].islower()) and note(text, 0) is None
        for text, after in zip(between, [*between[1:], ""][: len(between)], strict=True)
        if text
    )
    return prose and not _measures_otherwise(table)


def _names_no_money(text: str) -> bool:
    """Whether a table's name or heading says it counts ("Aantal te bouwen woningen per
    complex", "fte"), is a share ("%", "procent") or is in a unit of its own other than
    euros, no word of money beside it ("Kosten per woning" is money)."""
    if MONEY_WORD.search(text):
        return False
    said = note(text, 0)
    return bool(
        COUNTED.search(text)
        or PERCENT_LABEL.search(text)
        or (said is not None and said.unit != "EUR")
    )


def _measures_otherwise(table: RawTable) -> bool:
    """Whether ``table`` says it holds no sums of money: its caption or a title line over
    its headings (no sentence of prose, which may name anything) names a count, a share or
    another unit (``_names_no_money``), or every value column's heading does. The unit the
    prose said for its section's money is then none of its: a table counting houses under
    the section's "Bedragen x € 1.000." counts houses."""
    titles = [
        table.caption,
        *(text for _line, text in table.notes if not text.strip().endswith(".")),
    ]
    if any(_names_no_money(text) for text in titles if text.strip()):
        return True
    return bool(table.columns) and all(_names_no_money(label) for label in table.columns)


def _noted_below(doc: SourceDocument, table: RawTable) -> Scale | None:
    """A unit of euros noted on the first line printed under the table, where a source line
    may say it ("Bron: ...; bedragen in miljarden euro, prijspeil 2025") when the caption
    does not. Only euros: a note of percentages there ("Mutaties per jaar in %, tenzij
    anders vermeld") speaks of rows that say their own units."""
    for line in range(table.line_end + 1, len(doc.lines) + 1):
        text = doc.lines[line - 1].strip()
        if text:
            found = _declaring_note(text, line) if len(text) <= NOTE_LENGTH else None
            return found if found is not None and found.unit == "EUR" else None
    return None


def _declared_above(doc: SourceDocument, table: RawTable, floor: int) -> Scale | None:
    """A unit declared in the prose just above the table ("in duizenden euro's"), or in a
    note in brackets inside a sentence of it, below the table above (``floor``: its last
    line) (``_NOTE_IN_SENTENCE``)."""
    for line in range(table.line_start - 1, max(0, table.line_start - DECLARATION_BEFORE), -1):
        text = doc.lines[line - 1]
        match = _DECLARATION.search(text) or (
            _NOTE_IN_SENTENCE.search(text) if line > floor and _in_sentence(text) else None
        )
        if match:
            return note(match.group(), line)
    return None


#: A note in brackets naming the amounts ("(bedragen in euro)", "(bedragen x € 1.000)")
#: inside a sentence above the table ("Het overzicht hieronder is in hele euro's
#: (bedragen in euro). ..."), in a paragraph too long to read as a note line: a caption's
#: note ("Tabel 1 <naam> (bedragen x € 1 mln)") is its own table's, not the next one's.
_NOTE_IN_SENTENCE = re.compile(r"\(bedragen (?:in|x)\b[^()]*\)", re.IGNORECASE)


def _in_sentence(text: str) -> bool:
    """Whether a line holds a sentence's end (a line of prose), no caption's line."""
    return _SENTENCE_ENDS.search(text) is not None or text.rstrip().endswith(".")


#: A label of a rate in euros ("Tarief (€ per woonruimte)", "euro per inwoner"): its
#: values are euros as printed, whatever the table's scale.
_EUROS_PER = re.compile(r"(?:€|\beuro\b|\bEUR\b)[ \xa0]*per\b", re.IGNORECASE)


def unit_line(row: Row) -> Scale | None:
    """The unit a line inside a table prints alone, no value beside it ("mld euro", "% bbp"
    over the rows under it, where a table's unit changes halfway): a unit, not a group of
    rows; so also where the row reader took the unit's one for a value ("x € 1.000": a
    label "x" and a cell "€ 1.000", stored as a thousand euros), placed or, in a table of
    more columns, loose ("bedragen x € 1.000" under a heading of four years). None for any
    other row ("Uitgaven (x € 1.000)" names its rows too)."""
    values = [*row.cells, *row.loose]
    if row.text_cell is not None or len(values) > 1:
        return None
    text = " ".join([row.label, *(cell.text for cell in values)])
    unit = unit_alone(text, row.line)
    return None if unit is None else Scale(unit.kind, unit.factor, unit.label, unit.text, row.line)


def _row_scale(own: Scale | None, percent: bool, table: Scale) -> Scale:
    """A row's own unit (``_own_scales``); else the table's, or percent for a row of
    percentages."""
    if own is not None:
        return own
    if percent:
        return table if table.unit == "percent" else PERCENT
    return table


def _own_scales(table: RawTable) -> list[Scale | None]:
    """Each row's own unit (``_own_scale``), a part taking its whole's: a "waarvan" row
    printing no unit of its own is part of the row above it that is no part ("Bezetting in
    fte   412" over "waarvan uitbreiding 18 fte   18"), so its figures are in that row's
    unit, a count where it counts, whatever the table's money unit says; the number of fte
    its label names is the part's size, not its unit. A part of a row printing no unit of
    its own stays in the table's ("Personele uitgaven" over "waarvan inhuur (4 fte)")."""
    owns = [_own_scale(row) for row in table.rows]
    whole: Scale | None = None
    for k, row in enumerate(table.rows):
        if not is_share(row.label):
            whole = owns[k]
        elif owns[k] is None and whole is not None:
            owns[k] = whole  # said on the whole's line
    return owns


def _own_scale(row: Row) -> Scale | None:
    """The unit a row prints for itself: in its label, or in its text cell ("% bbp" under
    "Eenheid"); a rate in euros named in its label, or cells that print their euro sign
    ("€ 98,12"), in euros as printed. None where it prints none."""
    own = note(row.label, row.line)
    if own is None and row.text_cell is not None:
        # (before the label's word of counting: "Aantal jongeren" over "aantal x 1.000" counts
        # thousands, as the cell says)
        line, text = row.text_cell
        own = note(text, line) or counted(text, line)
        said = text.strip()
        if own is None and (said.startswith("%") or PERCENT_LABEL.fullmatch(said)):
            own = Scale("percent", 1, "%", said, line)  # "%", "% beroepsbevolking", "procent"
        if own is None and COUNTED.search(text) and not MONEY_WORD.search(text):
            own = Scale("count", 1, "", text.strip(), line)  # "m2", "km", "uren": no euros
    own = own or counted(row.label, row.line)
    if own is None and (rate := _EUROS_PER.search(row.label)):
        own = Scale("EUR", 1, "€", rate.group(), row.line)
    if own is None and row.cells:
        own = scale_in_cells(row.cells)
    if own is None and row.cells and all("€" in cell.text for cell in row.cells):
        own = Scale("EUR", 1, "€", row.cells[0].text, row.cells[0].line)
    return own


def scale_in_cells(cells: list[Cell]) -> Scale | None:
    """The scale figures print in their own cells, each beside its euro sign with one and
    the same scale word ("€ 12,5 mln", "-€ 18,3 mln"; a "PM" beside them prints no figure):
    millions of euros, "mln euro", as a letter's table without a unit line says it. None
    where a figure prints no scale word, or they print different ones."""
    # a scale word stands only beside a euro sign: a figure without one prints none (the
    # first test, so most tables, whose figures print no euro sign, end here)
    if any("€" not in cell.text and _DIGIT.search(cell.text) for cell in cells):
        return None
    figures = [cell for cell in cells if _DIGIT.search(cell.text)]
    words = {cell_scale(cell.text) for cell in figures}
    if not figures or len(words) != 1 or None in words:
        return None
    factor = SCALE_WORDS[words.pop() or ""]
    return Scale("EUR", factor, unit_label(factor, False), figures[0].text, figures[0].line)


def _signed_columns(table: RawTable) -> dict[str, Scale]:
    """Where no line prints a unit, columns whose every figure prints its euro sign ("€
    48,12", "€ 4.343.359") beside columns whose figures print none ("Inwoners": "90.261"):
    the signed ones are euros as printed, the others say no unit (percentages where each
    figure ends in "%"), so a count beside the money is never stored as euros. Empty unless
    every column is one or the other and both stand in the table."""
    printed: dict[str, list[Cell]] = {}
    for row in table.rows:
        for cell in row.cells:
            if _DIGIT.search(cell.text):
                printed.setdefault(cell.column_label, []).append(cell)
    columns: dict[str, Scale] = {}
    for label in table.columns:
        cells = printed.get(label, [])
        if cells and all("€" in cell.text for cell in cells):
            first = cells[0]
            columns[label] = scale_in_cells(cells) or Scale("EUR", 1, "€", first.text, first.line)
        elif cells and all(cell.text.rstrip().endswith("%") for cell in cells):
            columns[label] = PERCENT
        elif not any("€" in cell.text for cell in cells):
            columns[label] = counted(label, 0) or NONE
        else:
            return {}
    kinds = {scale.unit for scale in columns.values()}
    return columns if "EUR" in kinds and len(kinds) > 1 else {}


def _columns_one_unit(
    doc: SourceDocument, table: RawTable, columns: dict[str, Scale]
) -> Scale | None:
    """The money unit every column printing a figure says in its heading, one and the same
    ("Naam organisatie" / "RWT" / "Begrotingsartikel" / "Bedrag 2025 (x € 1.000)": the
    only column of figures says it): printed per column, it is the table's unit as much as
    a caption's would be, so the table does not go without one. None where a column of
    figures says none (its figures may count), or the columns say different units (mixed),
    or their unit is no money (a count, percentages: those columns say their own). Read
    from the heading's line where it prints the unit's text."""
    figured = {
        cell.column_label for row in table.rows for cell in row.cells if _DIGIT.search(cell.text)
    }
    if not figured or not figured <= columns.keys():
        return None
    said = columns[min(figured)]
    if said.unit in (None, "percent", "count", "mixed") or any(
        (columns[label].unit, columns[label].factor) != (said.unit, said.factor)
        for label in figured
    ):
        return None
    return _as_printed(doc, table, said)


def _as_printed(doc: SourceDocument, table: RawTable, said: Scale) -> Scale:
    """A unit a column's heading says, as the table's: read from the heading's line where
    it prints the unit's text."""
    first = min((row.line for row in table.rows), default=table.line_start)
    line = next(
        (k for k in range(table.line_start, first) if said.text and said.text in doc.lines[k - 1]),
        None,
    )
    return Scale(said.unit, said.factor, said.label, said.text if line else None, line)


#: A bracket closing a column's heading ("2025 (x € 1.000)", "Begroting 2025 (%)").
_CLOSING_BRACKET = re.compile(r"[ \xa0]*\([^()]*\)$")
#: The year a column's heading ends in, with the words before it ("Begroting 2025").
_ENDING_YEAR = re.compile(r"^(.*?)[ \xa0]*\b((?:19|20)\d\d)$")


def _closing_the_years(
    doc: SourceDocument, table: RawTable, columns: dict[str, Scale]
) -> Scale | None:
    """The unit closing the last column's heading in brackets, where the other columns of
    figures are headed by other years and say no unit, one at least headed alike but for
    its year ("2023   2024   2025 (x € 1.000)", "Rekening 2023   Begroting 2024   Begroting
    2025 (€ mln)"): a run of years printed with its unit once, after its last heading, as
    a heading line leaves no room to print it on each; the table's unit, not the last
    year's alone. Percentages only where every heading is alike but for its year ("2023
    2024   2025 (%)"): a share beside money is headed apart ("Begroting 2024" / "Aandeel
    2025 (%)", a column of its own). None where a column of figures is headed by no year,
    or by the last's year (a second measure of that year: "Begroting 2025" / "2025 (%)"),
    or by other words only ("Inwoners 2024" / "2025 (x € 1.000)": a count beside money),
    or where another column says a unit too (each says its own)."""
    last = table.columns[-1] if table.columns else ""
    said = columns.get(last)
    if said is None or len(columns) > 1 or said.unit in (None, "count", "mixed"):
        return None
    bracket = _CLOSING_BRACKET.search(last)
    if bracket is None or not said.text or said.text not in bracket.group():
        return None
    figured = {
        cell.column_label for row in table.rows for cell in row.cells if _DIGIT.search(cell.text)
    }
    matches = [
        _ENDING_YEAR.match(last[: bracket.start()] if label == last else label)
        for label in table.columns
        if label in figured or label == last
    ]
    headings = [(match.group(1), match.group(2)) for match in matches if match is not None]
    if len(headings) < max(2, len(matches)):
        return None
    *others, (words, year) = headings
    alike = [other == words for other, _year in others]
    if any(other == year for _words, other in others) or not (
        all(alike) if said.unit == "percent" else any(alike)
    ):
        return None
    return _as_printed(doc, table, said)


def _currency_columns(table: RawTable, scale: Scale | None) -> dict[str, Scale]:
    """Columns whose headings name their currency where one names another than the euro
    (a changeover table printing each year in guilders and in euros, "2001 NLG" / "2001
    EUR", under one note "(bedragen x 1 miljoen)"): each in its own currency at the table's
    money scale, so a guilder is never stored as a euro. None where no scale is printed."""
    named = {label: code for label in table.columns if (code := currency_of(label)) is not None}
    if not named or set(named.values()) == {"EUR"} or scale is None:
        return {}
    if scale.unit in (None, "percent", "count", "mixed"):
        return {}
    times = scale.label.startswith("x")
    columns = {}
    for label, code in named.items():
        printed = unit_label(scale.factor, times)
        if code != "EUR":
            printed = in_currency(printed, code)
        columns[label] = Scale(code, scale.factor, printed, label, scale.line)
    return columns


def table_scale(
    doc: SourceDocument,
    table: RawTable,
    percent: list[bool],
    under: list[Scale | None],
    floor: int,
    section: Scale | None = None,
) -> tuple[Scale, list[Scale], dict[str, Scale]]:
    """(the table's scale, each row's scale, the scale of columns that declare their own);
    ``percent``: ``is_percent`` of each row, which the hierarchy asks too; ``under``: the
    unit of the unit line (``unit_line``) each row is printed under, if any; ``floor``: the
    last line of the table above, past which no note above is this table's; ``section``:
    the unit the prose above the tables before says for them all (``section_note``), read
    where no note right above says one."""
    printed = [(table.caption_line or table.line_start, table.caption), *table.notes]
    # (a unit a heading line prints for some of its columns is theirs: ``_columns_own``)
    said = (note(text, line) for line, text in printed)
    scale = next((s for s in said if s and not _columns_own(s, table)), None)
    # unit lines inside the table: one says the table's, two that differ make it mixed; a
    # line says the unit of the rows under it only, so where rows stand above the first
    # ("Werkloosheid  3,6" over "mld euro" and the expenditure under it) it is no table's
    by_lines = {(s.unit, s.factor): s for s in under if s is not None}
    if scale is None and len(by_lines) == 1 and None not in under:
        scale = next(iter(by_lines.values()))
    columns = {label: s for label in table.columns if (s := _column_unit(label)) is not None}
    # (a row printing no figure, "n.v.t." or "PM" in each cell, says nothing of the unit)
    money_rows = [
        row for row, is_pct in zip(table.rows, percent, strict=True) if _figured(row) and not is_pct
    ]
    if scale is None:  # every figure printing its unit beside it ("€ 12,5 mln")
        scale = scale_in_cells([cell for row in money_rows for cell in row.cells])
    if scale is None:
        above = _noted_above(doc, table, floor) or section
        # a table of percentages takes a note above only when it says which percentages
        if above is None and money_rows:
            above = _noted_below(doc, table)
        scale = above if above is not None and (money_rows or above.unit == "percent") else None
    if scale is None and not money_rows and any(row.cells for row in table.rows):
        scale = PERCENT
    if scale is None and table.rows:
        # the first row's label may say the unit of the rows under it ("Uitgaven (x €
        # 1.000)"); where labels say different units ("Omzet (x € 1.000)", "Kostprijs (in
        # €)"), or only one further down does ("Gemiddelde kosten per leerling (in €)"),
        # each says its own row's only, and a row that says none is left without one; so
        # also where another row's label says percentages ("Accres (x € 1 mln)", "Accres-
        # percentage (%)") and a row says nothing ("Uitkeringsfactor"): the labels print a
        # unit per row, and a factor or a term in years under them is no money; so too where
        # the first row prints its own figures and a row further down says a unit again
        # ("Beschikbare weerstandscapaciteit (x € 1 mln)   258,4", "Benodigde ... (x € 1
        # mln)   96,4"): the label of a row of figures says its own row's, and a ratio
        # under them ("Ratio weerstandsvermogen   2,7") is no money
        # ... and so where every row of figures says its own and a row of percentages of its
        # own, no "waarvan" share, says another ("Zvw-uitgaven (in € mln)" ... "Groei (in %)",
        # "Zorguitgaven in % bbp"): each label says its row's, and the table's is mixed
        notes = [note(row.label, row.line) for row in money_rows]
        said = [s for s in notes if s]
        top = table.rows[0]
        rates = [
            note(row.label, row.line)
            for row, is_pct in zip(table.rows, percent, strict=True)
            if row.cells and is_pct and (None in notes or not is_share(row.label))
        ]
        per_row = (None in notes and (_figured(top) and len(said) > 1)) or (
            any(rates) and (None in notes or len(said) > 1)
        )
        first = None if top.cells and percent[0] else note(top.label, top.line)
        if first is not None and len({(s.unit, s.factor) for s in said}) == 1 and not per_row:
            scale = first
    if scale is None and columns:  # "Bedrag 2025 (x € 1.000)" over the only figures
        scale = _columns_one_unit(doc, table, columns) or _closing_the_years(doc, table, columns)
    # "€ 48,12" in some columns, "90.261" in another
    signed = _signed_columns(table) if scale is None and not columns else {}
    columns = {**columns, **signed}
    # a table in another currency ("bedragen in USD, x 1.000") takes no euros from elsewhere
    # (or in its columns' headings: "2001 NLG")
    foreign = any(FOREIGN.search(text) for _line, text in printed if text) or any(
        currency_of(label) not in (None, "EUR") for label in table.columns
    )
    if scale is None and not foreign:
        scale = _declared_above(doc, table, floor)
    # the prose restates figures in the table's unit, never one a row prints for itself
    # ("De gemiddelde kosten per leerling ... € 3.210" beside a row printing "€ 3.210")
    owns = _own_scales(table)
    unsaid = [
        row
        for row, own, is_pct in zip(table.rows, owns, percent, strict=True)
        if own is None and _figured(row) and not is_pct
    ]
    if scale is None and unsaid and not foreign and not signed:
        scale = from_prose(doc, table, unsaid)
    columns = {**_currency_columns(table, scale), **columns}
    rows = [
        _row_scale(own, is_pct, line_unit or scale or NONE)
        for own, is_pct, line_unit in zip(owns, percent, under, strict=True)
    ]
    if scale is None and not columns:
        rows = _parts_in_their_totals_unit(table, percent, rows)
    if len(by_lines) > 1 or _switched_by_a_line(table, scale, by_lines, under):
        scale = Scale("mixed", 1, "mixed")
    if len({(s.unit, s.factor) for s in columns.values()}) > 1 and (
        len(columns) == len(table.columns) or scale is None
    ):  # every column says its own unit, not all the same: the table's is mixed; so too
        # where nothing says the table's and the columns that say theirs differ ("Aantal"
        # counts beside "Aandeel (%)"): the columns saying none are left without one
        scale = Scale("mixed", 1, "mixed")
    elif scale is not None and _says_other_units(table, percent, scale, rows, columns):
        scale = Scale("mixed", 1, "mixed", scale.text, scale.line)
    if scale is None:
        # a "waarvan" row of percentages among rows of figures ("Waarvan juridisch
        # verplicht (in %)" / "64%" under "Uitgaven") is the share of the row above it, a
        # ratio of the table's own figures as where a unit is said (``_says_other_units``):
        # no second unit. A row of percentages of its own ("Stijging", "Declarabiliteit")
        # beside money or counts is one, and the table mixed
        valued = [
            s
            for s, row, is_pct in zip(rows, table.rows, percent, strict=True)
            if _figured(row) and not (is_pct and money_rows and is_share(row.label))
        ]
        kinds = {(s.unit, s.factor) for s in valued}
        scale = Scale("mixed", 1, "mixed") if len(kinds) > 1 else NONE
        if kinds == {("EUR", 1)}:
            # every row prints its euros as they are ("€ 312,84" in each cell, "(in €)" in
            # each label) and no line says a unit: the table's unit is what all say, euro
            scale = Scale("EUR", 1, unit_label(1, False), valued[0].text, valued[0].line)
        elif kinds and valued[0].unit == "EUR" and len({s.label for s in valued}) == 1:
            # every row in one unit its labels say, each row saying it or adding up to one
            # that does ("Lasten (x € 1.000)" over its parts, "Baten (x € 1.000)", "Saldo
            # (x € 1.000)"): the table's unit is that one
            scale = valued[0]
        if scale.unit == "mixed":
            rows = [NONE if s.unit == "mixed" else s for s in rows]
    return scale, rows, {**_rate_columns(table), **columns}


#: A column's heading ending in a percent sign alone ("%", "Fouten %" under "Fouten"
#: over "bedrag   %").
_RATE_HEADING = re.compile(r"(?:^|[ \xa0])%$")


def _rate_columns(table: RawTable) -> dict[str, Scale]:
    """Columns headed by a percent sign alone ("bedrag   %"), each in percent: the rates
    beside an amount's column, never money in the table's unit. They leave the table's
    unit as declared, the rate being the amount's share printed beside it (unlike a
    heading naming its measure, "Aandeel (%)", ``note``, a column of its own kind)."""
    return {
        label: Scale("percent", 1, "%", "%", 0)
        for label in table.columns
        if _RATE_HEADING.search(label.strip())
    }


def _parts_in_their_totals_unit(
    table: RawTable, percent: list[bool], rows: list[Scale]
) -> list[Scale]:
    """``rows`` with the rows that print no unit of their own and sum, printed right under
    or right above it, to a row whose label says its unit, in that unit ("Beschikbare
    weerstandscapaciteit (x € 1 mln)   258,4" over "Algemene reserve   212,6", "Stille
    reserves   14,0", "Onbenutte belastingcapaciteit   31,8"): parts that add up to the
    total in every column it prints are in its unit, a group of one part as well ("Baten (x
    € 1.000)   300" over "Leges   300"). Where nothing says the table's unit,
    each label says its own row's only (``table_scale``), and a row beside them that adds
    up to none (a ratio, a count) is left without one."""
    rows = list(rows)
    notes = [note(row.label, row.line) for row in table.rows]

    def unsaid(k: int) -> bool:
        return notes[k] is None and rows[k].unit is None and not percent[k]

    for i, (row, said) in enumerate(zip(table.rows, notes, strict=True)):
        if said is None or said.unit != "EUR" or percent[i] or not _figured(row):
            continue
        for step in (1, -1):
            run: list[int] = []
            k = i + step
            while 0 <= k < len(table.rows) and unsaid(k) and _figured(table.rows[k]):
                run.append(k)
                k += step
            if run and _adds_up(row, [table.rows[k] for k in run]):
                for k in run:
                    rows[k] = said
    return rows


def _adds_up(total: Row, parts: list[Row]) -> bool:
    """Whether ``parts`` sum to ``total`` exactly in every column the total prints a value
    in, each part printing values only in those columns."""
    own = {cell.column_label: cell.value for cell in total.cells}
    if any(value is None for value in own.values()):
        return False
    sums = dict.fromkeys(own, Decimal(0))
    for part in parts:
        for cell in part.cells:
            if cell.column_label not in sums:
                return False
            sums[cell.column_label] += cell.value or 0
    return sums == own


def _figured(row: Row) -> bool:
    """Whether a row prints a figure in a cell: one whose cells print none ("n.v.t.", "PM",
    "-") says nothing of the table's unit, so a table of percentages with such a row is
    still one of percentages."""
    return any(_DIGIT.search(cell.text) for cell in row.cells)


def _columns_own(scale: Scale, table: RawTable) -> bool:
    """Whether a unit read on a line of the table's headings is the unit of some of its
    columns only: its words end their headings and not the others' ("Aantal" / "aanslagen"
    beside "Aandeel" / "(%)" and "Bijdrage" / "2025"); each such column says its own unit
    (``columns`` of ``table_scale``), the table is not in it."""
    text = (scale.text or "").strip()
    if not text:
        return False
    saying = sum(1 for label in table.columns if text in label)
    return 0 < saying < len(table.columns)


def _switched_by_a_line(
    table: RawTable,
    scale: Scale | None,
    by_lines: dict[tuple[str | None, int], Scale],
    under: list[Scale | None],
) -> bool:
    """Whether a unit line inside the table switches the unit of the rows under it away
    from the one said for the table and the rows above it ("(<unit>, tenzij anders
    vermeld)" over some rows, then "in % <measure>" over the rows under it): the
    rows print two units, so the table's is mixed, as where two lines say different ones.
    A line over every row, or one saying the caption's unit again, switches nothing."""
    return (
        scale is not None
        and any(line is None and _figured(row) for row, line in zip(table.rows, under, strict=True))
        and any((s.unit, s.factor) != (scale.unit, scale.factor) for s in by_lines.values())
    )


def _says_other_units(
    table: RawTable, percent: list[bool], scale: Scale, rows: list[Scale], columns: dict[str, Scale]
) -> bool:
    """Whether a table declared in one kind of unit (``scale``: money) holds another kind
    as well, so its unit is mixed: a row or a column that counts ("Formatie (fte)", "Aantal
    fte" beside "Personele uitgaven"). Money in another scale is still money ("Gemiddelde
    toeslag per huishouden (x € 1)" in a table in millions, "Verschil 2028-2023 in mld."
    beside millions), and percentages are ratios of the table's figures, a row ("EMU-
    schuldquote (in procenten bbp)" under the EMU-schuld, "waarvan juridisch verplicht
    95%") or a column ("Verschil in %", "Aandeel (%)", "Stijging" over "3,4%"): the table's
    unit stays the one printed for it, and each such cell keeps its own percent (the
    column's, or its "%" sign's, in ``extract_tables``), never euros."""
    if scale.unit in (None, "mixed", "percent"):
        return False
    if any(own.unit not in (scale.unit, "percent") for own in columns.values()):
        return True
    return any(
        row.cells and not is_pct and own.unit not in (scale.unit, "percent")
        for own, row, is_pct in zip(rows, table.rows, percent, strict=True)
    )
