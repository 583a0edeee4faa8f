"""The year of a clause of consequence after an amount that reads no year of its own.

"Defensie krijgt 21,4 miljard, zodat Nederland in 2025 aan de norm voldoet", "het kabinet
verlaagt de tarieven met € 2,1 mld en € 0,6 mld, zodat de lasten in 2027 per saldo dalen":
the clause after "zodat", "waarmee" or "waardoor" says what the sum brings about, and the
year it does so in is the sum's; the amount's own clause prints none. The year is one its
sentence prints, so the amount states it.
"""

from __future__ import annotations

import re
from typing import Any

from budgetkit.extract.amounts_years import YEAR_TOKEN, years_in

# A comma and a word opening a clause of consequence ("zodat", "waarmee", "waardoor"), the
# words of that clause up to its end: a stop, a semicolon, a colon or a question or
# exclamation mark before white space or the text's end (a decimal point or a thousands dot
# ends nothing), or a bracket opening an aside. The clause prints its year there.
_CONSEQUENCE = re.compile(
    r",[ \t\xa0\n]*(?i:zodat|waarmee|waardoor)(?![\w\-])(?P<clause>[^;:!?()]*?)"
    r"(?:[.;:!?](?=[\s\xa0]|\Z)|\(|\Z)"
)
# The end of the amount's own words before that clause: a stop, a semicolon, a colon, a
# bracket, a question or exclamation mark (the comma and "en" join the clauses the
# consequence follows from: "verlaagt X met € 2,1 mld, daalt Y met € 0,6 mld en stijgt Z met
# € 0,3 mld, zodat ...").
_OWN_END = re.compile(r"[;:!?()]|\.(?=[\s\xa0]|\Z)")
# How far after the amount the clause is looked for: the rest of a long sentence.
_REACH = 300


def date_by_consequence(rows: list[dict[str, Any]], text: str) -> None:
    """Give an amount that read no years the year of the clause of consequence after it in
    its sentence (``_CONSEQUENCE``): only where no stop stands between them (``_OWN_END``)
    and no year is printed between the amount and that clause (a year there is the clause's
    in between, read or refused for the amount already)."""
    for row in rows:
        if row["year_from"] is not None or row["year_to"] is not None:
            continue
        end = row["_span"][1]
        if "," not in text[end : end + _REACH]:
            continue
        consequence = _CONSEQUENCE.search(text, end, end + _REACH)
        if consequence is None:
            continue
        between = text[end : consequence.start()]
        if _OWN_END.search(between) or YEAR_TOKEN.search(between):
            continue
        year_from, year_to, _ = years_in(consequence.group("clause"))
        if year_from is None and year_to is None:
            continue
        row["year_from"], row["year_to"] = year_from, year_to
        row["_years_source"] = "after"
