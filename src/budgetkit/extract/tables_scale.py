"""A table's unit and scale, read from where the document prints them.

In order: the caption ("(bedragen x € 1.000)") or a note or heading line above the
column headings, a row label ("Nominaal accres (x € 1.000)"),
or the prose around the table. Letters often state a table's figures in the prose in
millions ("€ 4.262,6 miljoen") and print them in the table in thousands (4.262.603); the
scale is the one factor that makes a prose amount and a cell agree within the prose's
printed precision, and the prose amount is kept as the scale's quote so it can be checked.

Rows of percentages ("6,75%", "Accrespercentage", "in %") are percent whatever the table's
money scale, so the unit and scale are also given per row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from budgetkit.extract.money import FACTORS, find_money
from budgetkit.extract.tables_layout import RawTable, Row
from budgetkit.sources import SourceDocument

#: "x € 1.000", "x €\xa01 mln", "x 1.000 euro": a scale note.
SCALE_NOTE = re.compile(
    r"x[ \xa0]*(?:€[ \xa0]*(?P<eur>1(?:\.000)*|mln\.?|miljoen|mld\.?|miljard|duizend)"
    r"|(?P<plain>1(?:\.000)+)[ \xa0]*euro)",
    re.IGNORECASE,
)
_NOTE_FACTORS = {"duizend": 1_000, "mln": 10**6, "miljoen": 10**6, "mld": 10**9, "miljard": 10**9}
PERCENT_LABEL = re.compile(r"%|percentage|procent", re.IGNORECASE)
#: How far from a table the prose may state its figures.
PROSE_BEFORE = 30
PROSE_AFTER = 15
#: Scales a table may print its euros in.
SCALES = (1, 1_000, 10**6, 10**9)


@dataclass(frozen=True)
class Scale:
    unit: str  # "EUR" | "percent" | "count"
    factor: int
    text: str | None = None  # as printed
    line: int | None = None


PERCENT = Scale("percent", 1)


def _note_factor(match: re.Match[str]) -> int:
    word = (match.group("eur") or match.group("plain")).lower().rstrip(".")
    return _NOTE_FACTORS.get(word) or int(word.replace(".", ""))


def note(text: str, line: int) -> Scale | None:
    """The scale note printed in ``text`` (a caption or a row label), if any."""
    match = SCALE_NOTE.search(text)
    if match is None:
        return None
    return Scale("EUR", _note_factor(match), match.group(), line)


def is_percent(row: Row) -> bool:
    """A row of percentages: its label says so, or every printed cell ends in "%"."""
    texts = [text for text in row.texts if text not in ("-", "−", "–")]
    if PERCENT_LABEL.search(row.label):
        return True
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
    cells = [cell.value for row in money_rows for cell in row.cells if cell.value]
    matches: dict[int, list[tuple[int, str, int]]] = {}
    for money in find_money(doc.text[start:stop]):
        line, _column = doc.line_col(start + money.start)
        if money.bare or table.line_start <= line <= table.line_end:
            continue
        tolerance = _precision(money.quote, money.scale)
        for factor in SCALES:
            if any(abs(value * factor - money.amount_eur) <= tolerance for value in cells):
                distance = (
                    table.line_start - line if line < table.line_start else line - table.line_end
                )
                matches.setdefault(factor, []).append((distance, money.quote, line))
    if not matches:
        return None
    factor = max(matches, key=lambda f: (len({q for _d, q, _l in matches[f]}), -f))
    _distance, quote, line = min(matches[factor])
    return Scale("EUR", factor, quote, line)


def table_scale(doc: SourceDocument, table: RawTable) -> tuple[Scale, list[Scale]]:
    """(the table's scale, each row's scale) for one table."""
    printed = [(table.line_start, table.caption), *table.notes]
    caption = next((s for s in (note(text, line) for line, text in printed) if s), None)
    labelled = [note(row.label, row.line) for row in table.rows]
    money_rows = [row for row in table.rows if not is_percent(row)]
    if not money_rows:
        return PERCENT, [PERCENT] * len(table.rows)
    scale = caption or next((s for s in labelled if s), None) or from_prose(doc, table, money_rows)
    if scale is None:
        money_words = "€" in table.caption or "euro" in table.caption.lower()
        scale = Scale("EUR" if money_words else "count", 1)
    rows = [
        PERCENT if is_percent(row) else (own or scale)
        for row, own in zip(table.rows, labelled, strict=True)
    ]
    return scale, rows
