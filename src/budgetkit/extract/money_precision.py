"""Statements of rounding precision: "afgerond op € 0,1 mln", "op € 1.000 nauwkeurig".

A text explaining how its figures are rounded ("de bedragen zijn afgerond op € 0,1 mln",
"afgerond in stappen van € 5", "afronding op € 1 miljoen", "op € 0,1 miljard nauwkeurig")
prints the size of a rounding step, as a unit declaration ("(x € 1.000)") prints the size
of a unit: no sum anyone spends or receives. A step is one significant digit ("0,1", "5",
"1.000", "0,5 mln"); a figure with more digits after "afgerond op" is the rounded sum
itself ("de kosten zijn afgerond op € 12,4 mln geraamd") and stays an amount, and so is
"afgerond € 12 mln" with no "op": a rounded sum, its qualifier "afgerond".
"""

from __future__ import annotations

import re
from decimal import Decimal

from budgetkit.extract.money_quotes import Amount

# The words right before a step: "afgerond op", "afgerond naar", "afgerond tot op",
# "afgerond in (hele) stappen van", "afgerond op veelvouden van", "afronding op", "rondt
# af op", a sign before the figure or not (the window ends where the quote starts, its
# sign inside it or not).
_ROUNDED_TO = re.compile(
    r"(?<![^\W\d_])(?:afgerond|afronding|afronden|(?:rondt|ronden)[ \t\xa0\n]+af)"
    r"[ \t\xa0\n]+(?:op|naar|tot(?:[ \t\xa0\n]+op)?"
    r"|(?:op|in)[ \t\xa0\n]+(?:hele[ \t\xa0\n]+)?(?:stappen|veelvouden)[ \t\xa0\n]+van)"
    r"[ \t\xa0\n]*(?:€[ \t\xa0]*)?\Z",
    re.IGNORECASE,
)
# "op € 0,1 mln nauwkeurig", "tot op € 1.000 nauwkeurig": the step before the word saying so.
_PRECISE_BEFORE = re.compile(r"(?<![^\W\d_])op[ \t\xa0\n]*(?:€[ \t\xa0]*)?\Z", re.IGNORECASE)
_PRECISE_AFTER = re.compile(r"[ \t\xa0\n]*nauwkeurig(?![^\W\d_])", re.IGNORECASE)
# How far back the words before a step may begin: "afgerond in hele stappen van".
_REACH = 40


def _one_digit(amount: Amount) -> bool:
    """Whether ``amount`` has one significant digit, as a rounding step has (5, 100.000)."""
    if amount <= 0:
        return False
    digits = str(Decimal(amount).normalize()).split("E")[0].strip("0").replace(".", "")
    return len(digits) == 1


def states_precision(text: str, start: int, end: int, amount: Amount) -> bool:
    """Whether the figure at ``start``-``end``, worth ``amount``, is the step its text says
    figures are rounded to ("afgerond op € 0,1 mln"), no amount."""
    if not _one_digit(amount):
        return False
    window = text[max(0, start - _REACH) : start]
    if _ROUNDED_TO.search(window) is not None:
        return True
    return _PRECISE_BEFORE.search(window) is not None and bool(_PRECISE_AFTER.match(text, end))
