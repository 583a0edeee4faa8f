"""An amount's basis (how it counts over time) and role (measure, part, total or context).

"per jaar", "jaarlijks", "eenmalig", "in totaal" say how an amount counts over time
(``basis_of``); "waarvan", "daarvan", "totaal" and the funding words say what part it plays
among the amounts around it (``role_of``).
"""

from __future__ import annotations

import re

from budgetkit.extract.amounts_windows import (
    REACH,
    by_first_letter,
    finditer_folded,
    holds,
    may_hold,
)
from budgetkit.extract.amounts_years import Years

# Words that say how an amount relates to its years; one pass finds all of them. Patterns of
# many words start with a lookahead for their first letters (ignoring case, as the words do):
# it only filters, and the engine tests it at a word start before trying each word in turn
# (twice as fast on the windows around every amount).
_MARKS = re.compile(
    r"""\b(?=[cjoepsitv])(?:(?P<cumulative>cumulatie?f)
    |(?P<structural>structure(?:el|le))
    |(?P<per_year>per\s+jaar|jaarlijks|op\s+jaarbasis|elk\s+jaar|van\s+elk)
    |(?P<incidental>incidente(?:el|le)|eenmalig(?:e)?)
    |(?P<total>in\s+totaal|totaal|totaalbedrag|verspreid\s+over|in\s+\w+\s+jaar\s+tijd))\b""",
    re.IGNORECASE | re.VERBOSE,
)
# The words ``_MARKS``, ``_PART`` and ``_TOTAL_BEFORE`` need, one in each match (``may_hold``).
_MARK_WORDS = (
    "cumulati", "structure", "jaar", "elk", "incidente", "eenmalig", "totaal", "verspreid",
)  # fmt: skip
_PART_WORDS = ("waar", "hiervan", "daarvan", "deze", "resterende")  # not "van": in most windows
_TOTAL_WORDS = ("totaal", "totale")
_PART_PHRASES = (
    "waarvan", "waaronder", "hiervan", "daarvan", r"van\s+deze", r"van\s+de\s+resterende",
)  # fmt: skip
_PART = re.compile(rf"\b(?:{by_first_letter(_PART_PHRASES)})\b")
RELATIVE_PART = re.compile(r"\b(?:waarvan|waaronder)\b", re.I)
_PART_AFTER = re.compile(r"^[\s\xa0]*(?:hiervan|daarvan)\b", re.I)
_TOTAL_BEFORE = re.compile(
    r"\b(?=[it])(?:in\s+totaal|totaal|totaalbedrag|totaalbudget|totale\s+(?:bedrag|budget|steun))\b"
    r"[^€\d]{0,40}$",
    re.I,
)
# "Van deze € 65 miljoen wordt € 62 miljoen ...": a sentence opening on the whole, then a part.
WHOLE_OPENING = re.compile(r"^[\s\xa0]*van\s+(?:deze|de(?:\s+resterende)?)[\s\xa0]*$", re.I)
OPEN_PAREN = re.compile(r"\([\s\xa0]*$")
# Words that say money is made available for something (a measure's budget).
_FUNDING_WORDS = (
    "beschikbaar", "uitgetrok", "trekt", "gereserveerd", "reserveren", "vrijgemaakt", r"vrij\b",
    "begroot", "ingezet", "investeer", "investeert", "geïnvesteerd", "toegevoegd", "toegekend",
    "toekent", "verhoogd", "extra", "ontvangen", "ontvangt", "krijgt", "krijgen", "overgeheveld",
    "subsidie", "budget", "impuls", "bijdrage", r"gaat\s+naar", "stelt", "gesteld", "bestemd",
    "compensatie", "verstrekt", "uitgekeerd", "korting", "bezuiniging",
)  # fmt: skip
_FUNDING = re.compile(rf"\b(?:{by_first_letter(_FUNDING_WORDS)})")
_MARKS_FOLDED = re.compile(_MARKS.pattern, re.VERBOSE)
_FUNDING_FOLDED = re.compile(rf"\b(?:{by_first_letter(_FUNDING_WORDS, cased=False)})")


# "elk" or "ieder" right before an amount of several years: what each of them gets.
_EACH_BEFORE = re.compile(r"(?<!\w)(?i:elk|ieder)[ \t\xa0]+\Z")


def basis_of(before: str, near_after: str, years: Years) -> str:
    """The ``basis`` enum from the marker word nearest the amount and the years it names.

    "eenmalig 1,7 miljard euro ... en krijgt jaarlijks 10 miljoen euro": the nearest word
    wins, so each amount gets its own.
    """
    year_from, year_to, how = years
    # Both windows in one scan, kept apart by a character no mark holds or borders on as a
    # letter does: each mark's distance from the amount, before or after it.
    split = len(before)
    found = _marks_in(f"{before}\x00{near_after}")  # most windows hold none
    marks = (
        [
            (split - m.end() if m.end() <= split else m.start() - split - 1, m.lastgroup)
            for m in found
        ]
        if found
        else []
    )
    nearest = min(marks)[1] if marks else None
    if nearest == "cumulative":
        return "cumulative"
    if nearest in ("structural", "per_year") and any(k == "structural" for _, k in marks):
        return "structural_from_year"  # "structureel 100 miljoen per jaar"
    if nearest == "structural" or (nearest in (None, "per_year") and how == "vanaf"):
        return "structural_from_year"  # "jaarlijks € 130 mln. vanaf 2023"
    if nearest == "per_year" and how == "per":
        # "per 1 januari 2026 ... € 5 mln per jaar", "gaat in 2027 in en kost € 3 mld per jaar":
        # a yearly sum from the date a change takes effect, its years from then on
        return "structural_from_year"
    if nearest == "per_year":
        return "per_year"
    if nearest == "incidental":
        return "incidental"
    if year_from is not None and year_from == year_to:
        return "per_year"  # "in totaal is in 2023 € 64,8 miljoen": that year's total
    if nearest is None and year_from and year_to and _EACH_BEFORE.search(before):
        return "per_year"  # "in 2009 en 2010 elk € 3 mld": each of the years, not the sum
    if nearest == "total" or (year_from and year_to):
        return "total_over_period"
    if how == "vanaf":
        return "structural_from_year"
    return "unknown"


def role_of(before: str, after: str, near_after: str, opens: bool, after_whole: bool) -> str:
    """measure, part, total or context, from the words between this amount and its neighbours.

    ``opens`` says the amount is the sentence's first; ``after_whole`` says the previous
    amount opened the sentence as a whole ("Van deze € 65 miljoen"), making this one a part.
    ``near_after`` is the rest of the amount's clause: a funding word there or just before
    the amount makes it a measure.
    """
    near, tail = before[-REACH:], before[-80:]
    folded = near.lower()  # what each test's words are first looked for in (tail: its end)
    if opens and WHOLE_OPENING.match(before):
        return "total"
    if (
        after_whole
        or (holds(folded, _PART_WORDS) and _PART.search(before, len(before) - len(near)))
        or _PART_AFTER.match(after)
    ):
        return "part"
    if holds(folded, _TOTAL_WORDS) and _TOTAL_BEFORE.search(tail):
        return "total"
    if ("(" in tail and OPEN_PAREN.search(tail)) or any(
        finditer_folded(
            _FUNDING,
            _FUNDING_FOLDED,
            f"{near} {near_after[:REACH]}",
            f"{folded} {near_after[:REACH].lower()}",
        )
    ):
        return "measure"  # "(€ 40 miljoen)" after an item is that item's budget
    return "context"


def _marks_in(window: str) -> list[re.Match[str]]:
    """The ``_MARKS`` in ``window``, run only where a word each needs stands in it."""
    folded = window.lower()
    if not holds(folded, _MARK_WORDS):
        return []
    return list(finditer_folded(_MARKS, _MARKS_FOLDED, window, folded))


def part_in(window: str, start: int = 0) -> bool:
    """Whether ``window[start:]`` holds a word that makes an amount a part ("waarvan")."""
    return may_hold(window[start:], _PART_WORDS) and _PART.search(window, start) is not None
