"""The smallest pieces of a printed table: a cell value, a column label, a caption.

Both table layouts in the sources (one cell per line, one row per line) are read with the
same token grammar, so a number means the same thing whichever way the table was flattened.
"""

from __future__ import annotations

import re
from decimal import Decimal

#: "Tabel 15 Budgettaire ...", "Tabel 1. Confrontatie ...", "Tabel 3.2 ..." starting a line.
CAPTION = re.compile(
    r"^[ \t\xa0]*Tabel[ \t\xa0]+(?P<number>\d+(?:\.\d+)*[a-z]?)\.?(?:[ \t\xa0]+|$)"
)

#: A column heading: a year, a span of years, or a total column.
COLUMN = re.compile(r"(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?|Totaal|totaal|Total")

#: A cell: dotted thousands and decimal comma, optional sign and percent sign, or a dash.
VALUE = re.compile(r"[-−–]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?%?|[-−–]")

_DASHES = "-−–"


def is_column(token: str) -> bool:
    return COLUMN.fullmatch(token) is not None


def is_value(token: str) -> bool:
    return VALUE.fullmatch(token) is not None


def column_year(label: str) -> int | None:
    """The year of a column labelled with a single year; None for 'Totaal' or a span."""
    if re.fullmatch(r"(?:19|20)\d\d", label):
        return int(label)
    return None


def parse_value(text: str) -> Decimal | None:
    """The number a cell prints, in the table's own scale; None for a dash.

    Percent cells give the percentage ("97,80%" is 97.80), never the fraction: the unit
    column says it is a percentage.
    """
    if text in _DASHES:
        return None
    sign = -1 if text[0] in _DASHES else 1
    digits = text.lstrip(_DASHES).rstrip("%").replace(".", "").replace(",", ".")
    return sign * Decimal(digits)


def plain_number(value: Decimal | None) -> int | float | None:
    """A cell value as the package stores it: an int when whole, else a float."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def fold(text: str) -> str:
    """White space folded to single spaces (NBSP included), for titles and labels."""
    return " ".join(text.split())
