"""The years of a kasschuif named with its amount, between two years its sentence prints.

A kasschuif moves money from one year to another and changes both: "een deel van de middelen
voor 2021 komt pas in 2022 tot besteding; daarvoor is een kasschuif van € 450 mln voorzien"
moves € 450 mln from 2021 to 2022, as "een kasschuif van € 450 mln van 2021 naar 2022" does
(``amounts_years._shifted_years``: the span of both, over which it counts). Read as any
amount, it took the last year before it, the one the money moves to. So does one named after
its amount moving it to the other year ("€ 14 mln is in 2023 niet besteed; dit bedrag is via
een kasschuif naar 2024 overgeheveld"): read as any amount, it took the year it leaves.
"""

from __future__ import annotations

import re
from typing import Any

from budgetkit.extract.amounts_years import YEAR_TOKEN, YEAR_WORDS
from budgetkit.textmodel import TextModel

# "kasschuif" (or "kasschuiven") as a word of its own or the end of a compound
# ("een kasschuif van", "via een kasschuif", "de kasschuiven").
_CASH_SHIFT = re.compile(r"(?i:kasschuif|kasschuiven)(?![^\W\d_])")
# A kasschuif named after the amount, moving it to a year: "€ 14 mln is in 2023 niet
# besteed; dit bedrag is via een kasschuif naar 2024 overgeheveld", words between them but
# no sentence's end (a semicolon joins the clauses of one sentence).
_SHIFT_TO_AFTER = re.compile(
    r"(?i:kasschuif|kasschuiven)(?![^\W\d_])[^.!?\n]{0,40}?(?<![^\W\d_])naar[ \t\xa0]+"
    r"(?P<year>(?:19|20)\d\d)(?!\d)"
)
# How far after the amount its kasschuif is looked for.
_SHIFT_REACH = 200
# The word right before a year, after white space only.
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]+[ \t\xa0]+\Z")


def _years_of_time(sentence: str) -> set[int]:
    """The years ``sentence`` prints, less those naming a document after its capitalised
    name ("de Voorjaarsnota 2024", "(Kamerstuk 2025)"): a year after a capitalised word that
    is no word of a year expression ("In 2023", ``YEAR_WORDS``) is the document's, no year
    the money moves from or to."""
    years = set()
    for m in YEAR_TOKEN.finditer(sentence):
        word = _WORD_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
        named = word is not None and word.group()[0].isupper()
        if not named or word.group().split()[0].lower() in YEAR_WORDS:
            years.add(int(m.group()))
    return years


def _shifted_to(text: str, end: int, sentence_end: int) -> int | None:
    """The year a kasschuif named after the amount ending at ``end``, before its sentence's
    end (``sentence_end``, as the text's sentence model reads it: an abbreviation's stop,
    "o.a.", ends none), moves it to (``_SHIFT_TO_AFTER``), or None."""
    shift = _SHIFT_TO_AFTER.search(text, end, min(end + _SHIFT_REACH, sentence_end))
    return None if shift is None else int(shift.group("year"))


def span_cash_shifts(rows: list[dict[str, Any]], model: TextModel) -> None:
    """Give the only amount of a sentence that names a kasschuif before it, and prints two
    years of time and no other (``_years_of_time``), the span of those years where it took
    one of them (see the module's docstring); and so the only amount of one that names a
    kasschuif after it moving it "naar" the later of the two (``_shifted_to``), where it took
    the earlier. A kasschuif named after its amount moving it to no year ("met € X verlaagd
    in 2025 en met hetzelfde bedrag verhoogd in 2026 (kasschuif)") is that year's change, and
    a sentence of several amounts gives each its own year: both are left as they are."""
    text = model.text
    by_sentence: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        by_sentence.setdefault(row["_sentence_start"], []).append(row)
    for start, members in by_sentence.items():
        if len(members) != 1:
            continue
        row = members[0]
        before = _CASH_SHIFT.search(text, start, row["_span"][0]) is not None
        sentence_end = model.sentence_span(*row["_span"])[1]
        to_year = None if before else _shifted_to(text, row["_span"][1], sentence_end)
        if not before and to_year is None:
            continue
        years = sorted(_years_of_time(row["sentence"]))
        if len(years) != 2:
            continue
        took = (row["year_from"], row["year_to"])
        if before and took not in ((years[0], years[0]), (years[1], years[1])):
            continue
        if not before and (to_year != years[1] or took != (years[0], years[0])):
            continue
        row["year_from"], row["year_to"] = years
        if row["basis"] == "per_year":  # no one year's sum: a shift over both, as read after it
            row["basis"] = "total_over_period"
