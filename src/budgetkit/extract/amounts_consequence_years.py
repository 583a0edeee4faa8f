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

from budgetkit.extract.amounts_years import YEAR_TOKEN, first_years, year_expressions
from budgetkit.textmodel import TextModel

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
# A closed bracket between the amount and the clause: an aside on the amount ("€ 25 mln (zie
# tabel 2), waardoor ..."), which ends none of its words; a year in it still stops the reach.
_ASIDE_IN_BRACKETS = re.compile(r"\([^()]*\)")
# How far after the amount the clause is looked for: the rest of a long sentence.
_REACH = 300
# A year of the clause that times no consequence: one year after "van", a noun's ("op het
# niveau van JJJJ", "het programma van JJJJ"), or after "sinds"/"sedert", the start of a
# state the sum meets ("de achterstanden die sinds JJJJ zijn opgelopen"); and any year after a
# comma and a relative word, an aside on a noun of the clause ("de sluiting, die eerst in JJJJ
# gepland stond,").
# A blank line: a paragraph or a heading follows, which no clause runs on into, though the
# text model may read one sentence on across it where no stop is printed before it.
_BLANK_LINE = re.compile(r"\n[ \t\xa0]*\n")
_NOUN_S_YEAR = re.compile(r"(?i:van|sinds|sedert)[ \t\xa0\n]")
_ASIDE = re.compile(r",[ \t\xa0\n]*(?i:die|dat|wat|welke|waar[^\W\d_]+)(?![^\W\d_])")


def date_by_consequence(rows: list[dict[str, Any]], model: TextModel) -> None:
    """Give an amount that read no years the year of the clause of consequence after it in
    its sentence (``_CONSEQUENCE``): only where no stop stands between them (``_OWN_END``; a
    closed bracket is an aside, ``_ASIDE_IN_BRACKETS``)
    and no year is printed between the amount and that clause (a year there is the clause's
    in between, read or refused for the amount already). The clause is looked for up to the
    sentence's end as the text model reads it, and to a blank line (``_BLANK_LINE``)."""
    text = model.text
    for row in rows:
        if row["year_from"] is not None or row["year_to"] is not None:
            continue
        end = row["_span"][1]
        limit = min(end + _REACH, model.sentence_span(*row["_span"])[1])
        blank = _BLANK_LINE.search(text, end, limit)
        if blank is not None:
            limit = blank.start()
        if "," not in text[end:limit]:
            continue
        consequence = _CONSEQUENCE.search(text, end, limit)
        if consequence is None:
            continue
        between = text[end : consequence.start()]
        if _OWN_END.search(_ASIDE_IN_BRACKETS.sub(" ", between)) or YEAR_TOKEN.search(between):
            continue
        clause = consequence.group("clause")
        (year_from, year_to, _), stop = first_years(clause)
        if stop is None or not _times_the_consequence(clause, stop, year_from == year_to):
            continue
        row["year_from"], row["year_to"] = year_from, year_to
        row["_years_source"] = "after"


def _times_the_consequence(clause: str, stop: int, one_year: bool) -> bool:
    """Whether the year expression ending at ``stop`` in ``clause`` times what the sum brings
    about: not one year of a noun ("van JJJJ") nor a state's start ("sinds JJJJ"), nor a year
    in an aside after a comma and a relative word (``_NOUN_S_YEAR``, ``_ASIDE``)."""
    start = next((m.start() for m in year_expressions(clause) if m.end() == stop), None)
    if start is None or _ASIDE.search(clause, 0, start):
        return False  # an old year after "sinds" only (``OLD_SINCE``), or an aside's
    noun_s = _NOUN_S_YEAR.match(clause, start)
    return noun_s is None or (noun_s.group().lower().startswith("van") and not one_year)
