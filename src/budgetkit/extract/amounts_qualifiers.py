"""The qualifier of an amount: "ruim", "bijna", "ongeveer", "maximaal", "oplopend tot".

The words just before an amount say whether it is exact, an estimate or a bound; a
qualifier is read only where one of its last words ends the window (``_may_qualify``) and
stored as printed, with the signs some fonts print for "<" and ">" stored as those.
"""

from __future__ import annotations

import re

from budgetkit.extract.money_scan import unfolded

# A sign may stand for a word: "± € 480 mln", "≈ € 95 mln", "~€ 12 mln" and "plm." (plusminus)
# for circa, "> € 3 mld" for meer dan, "projecten < € 5 mln" for minder dan; "‹" and "›" are
# how some fonts print "<" and ">". English quoted in Dutch text qualifies its amounts in its
# own words ("at least 50 million dollars", "some EUR 11.2 billion", "up to EUR 300 million",
# "between €1 billion and €1.5 billion" as "tussen").
# (The class of the words' first letters and signs is tested first: ignoring case, the
# regex engine tries each word in turn at every place of the window, without the skip it
# makes over words minding case.)
_QUALIFIER = re.compile(
    r"(?:(?<=[\s(])|^)(?=[abceghiklmnoprstuz+±≈~<>≤≥‹›])"
    r"(?P<q>ruim|bijna|circa|ca\.|ongeveer|zo[’']n|maximaal|minimaal|ten ?minste"
    r"|meer dan|minder dan|een kleine|krap|oplopend tot|oplopend naar|tot maximaal|hooguit"
    r"|naar schatting|naar verwachting|bij benadering|gemiddeld|maar liefst|nog geen|afgerond"
    r"|tussen(?: de)?"
    r"|in totaal|samen|plm\.|\+/-|[±≈~<>≤≥‹›]"
    r"|some|about|around|approximately|at least|up to|more than|less than|nearly|almost|between"
    r"|(?P<rising>(?:lopen|loopt|liep|liepen)\s+(?:\w+\s+)?op\s+tot)"
    r"|(?P<from>oplopend\s+van|(?:lopen|loopt|liep|liepen)\s+(?:\w+\s+)?op\s+van))[\s\xa0]*$",
    re.IGNORECASE,
)
# A quote rounded as speech rounds a figure, its count after the scale ("een miljoen of vijf",
# "een ton of drie", which the money reader reads as five million, three hundred thousand):
# an estimate, stored with the qualifier of "about".
ROUNDED_BY_SPEECH = re.compile(r"(?i:miljoen|miljard|ton)[ \t\xa0\n]+of[ \t\xa0\n]+[^\W_]")
# Between the start of a rise ("oplopend van € 5 miljoen") and its end: "in 2025 tot".
RISE_END = re.compile(r"[\s\xa0]*(?:in[\s\xa0]+(?:19|20)\d\d[\s\xa0]*)?tot[\s\xa0]*", re.I)
PER_SALDO = re.compile(r"\bper[\s\xa0]+saldo\b", re.I)
# The last word or sign of every ``_QUALIFIER``, lower case.
_QUALIFIER_ENDS = (
    "ruim", "bijna", "circa", "ca.", "ongeveer", "o’n", "o'n", "maximaal", "minimaal", "minste",
    "dan", "kleine", "krap", "tot", "naar", "hooguit", "schatting", "verwachting", "benadering",
    "gemiddeld", "liefst", "geen", "afgerond", "tussen", "de", "totaal", "samen", "van", "plm.",
    "+/-", "±", "≈", "~", "<", ">", "≤", "≥", "‹", "›", "some", "about", "around",
    "approximately", "least", "up to", "than", "nearly", "almost", "between",
)  # fmt: skip
# The signs some fonts print for "<" and ">", stored as those.
_ANGLES = str.maketrans("‹›", "<>")


def qualifier_match(text: str, start: int, end: int) -> re.Match[str] | None:
    """The qualifier word just before an amount (``_QUALIFIER`` in ``text[start:end]``).

    Most amounts follow no qualifier: the regex, tried at each of the window's characters,
    runs only when the window ends in the last word of one (as ``str.lower`` folds it).
    """
    if _may_qualify(text[start:end]):
        return _QUALIFIER.search(text, start, end)
    return None


def _may_qualify(window: str) -> bool:
    """Whether ``window`` may end in a ``_QUALIFIER``: it ends in the last word of one."""
    tail = window.rstrip().lower()
    return tail.endswith(_QUALIFIER_ENDS) or unfolded(tail)


def qualifier_word(found: re.Match[str] | None) -> str | None:
    """The qualifier as stored: folded, lower case; "lopen op tot" is "oplopend tot", "lopen
    op van" "oplopend van"."""
    if found is None:
        return None
    if found.group("rising"):
        return "oplopend tot"
    if found.group("from"):
        return "oplopend van"
    return " ".join(found.group("q").lower().split()).translate(_ANGLES)
