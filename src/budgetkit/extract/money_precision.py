"""Statements of rounding precision: "afgerond op € 0,1 mln", "op € 1.000 nauwkeurig".

A text explaining how its figures are rounded ("de bedragen zijn afgerond op € 0,1 mln",
"afgerond in stappen van € 5", "afronding op € 1 miljoen", "op € 0,1 miljard nauwkeurig")
prints the size of a rounding step, as a unit declaration ("(x € 1.000)") prints the size
of a unit: no sum anyone spends or receives. A step is one significant digit ("0,1", "5",
"1.000", "0,5 mln"); a figure with more digits after "afgerond op" is the rounded sum
itself ("de kosten zijn afgerond op € 12,4 mln geraamd") and stays an amount, and so is
"afgerond € 12 mln" with no "op": a rounded sum, its qualifier "afgerond".

"Afgerond op € X" is as often a sum stated rounded as a step: a step is said of figures in
general, so the participle names one only where its clause's subject is the figures ("de
bedragen zijn afgerond op", "ze", "ramingen", "cijfers") or it stands in a note in brackets
("(afgerond op € 0,1 mln)"), and the clause ends at the figure. One sum as subject ("het
subsidiebedrag wordt afgerond op € 2 miljoen vastgesteld", "het tekort is afgerond op € 5
mln, ...") or a verb or qualifier after the figure stating it ("... geraamd", "komt afgerond
op € 600.000 uit", "afgerond tot € 200.000 per gemeente") make it an amount. A step in so
many words ("in stappen van", "op € X nauwkeurig") is one whoever says it.

A step may be followed by another for some of the figures, its verb left out: "afgerond op
€ 0,1 mln; bij dit instrument op € 0,05 mln", "..., voor de tarieven op € 1". The second
"op € X" after a comma or semicolon and a phrase of a preposition naming which figures
has no verb of its own; it takes the first's, so it is a step where the first is one. A
clause with a verb or subject of its own ("; de bijdrage loopt op € 5 mln", "; in 2025
loopt de bijdrage op € 5 mln") is no such gap.
"""

from __future__ import annotations

import re
from decimal import Decimal

from budgetkit.extract.money_quotes import Amount

# The words right before a step: "afgerond op", "afgerond naar", "afgerond tot op",
# "afronding op", "rondt af op", a sign before the figure or not (the window ends where the
# quote starts, its sign inside it or not); ``participle`` where the word is "afgerond",
# which may state a sum.
_ROUNDED_TO = re.compile(
    r"(?<![^\W\d_])(?:(?P<participle>afgerond)|afronding|afronden"
    r"|(?:rondt|ronden)[ \t\xa0\n]+af)[ \t\xa0\n]+(?:op|naar|tot(?:[ \t\xa0\n]+op)?)"
    r"[ \t\xa0\n]*(?:€[ \t\xa0]*)?\Z",
    re.IGNORECASE,
)
# A step in so many words: "afgerond in (hele) stappen van", "afgerond op veelvouden van".
_STEPS_OF = re.compile(
    r"(?<![^\W\d_])(?:afgerond|afronding|afronden|(?:rondt|ronden)[ \t\xa0\n]+af)"
    r"[ \t\xa0\n]+(?:op|in)[ \t\xa0\n]+(?:hele[ \t\xa0\n]+)?(?:stappen|veelvouden)"
    r"[ \t\xa0\n]+van[ \t\xa0\n]*(?:€[ \t\xa0]*)?\Z",
    re.IGNORECASE,
)
# After a step its clause ends: a stop, a comma, a bracket closing, the line's end.
_CLAUSE_ENDS = re.compile(r"[ \t\xa0]*(?:[.,;:)!?\n]|\Z)")
# The subject "afgerond" says a step of: the figures in general ("de bedragen", "ze").
_FIGURES = re.compile(
    r"(?<![^\W\d_])(?:[^\W\d_]*(?:bedragen|cijfers|getallen|ramingen|totalen)|ze|zij)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# A verb after the subject whose subject is one sum: "het totaal van de bedragen is".
_SINGULAR_VERB = re.compile(
    r"(?<![^\W\d_])(?:is|wordt|werd|was|komt|kwam|blijft|bleef|valt|viel)(?![^\W\d_])",
    re.IGNORECASE,
)
# Where the clause of "afgerond" begins: a sentence's end or a bracket opening.
_CLAUSE_START = re.compile(r"[.;:!?(]|\n[ \t\xa0]*\n")
# How far back the clause of "afgerond" may begin.
_CLAUSE_REACH = 120
# "op € 0,1 mln nauwkeurig", "tot op € 1.000 nauwkeurig": the step before the word saying so.
_PRECISE_BEFORE = re.compile(r"(?<![^\W\d_])op[ \t\xa0\n]*(?:€[ \t\xa0]*)?\Z", re.IGNORECASE)
_PRECISE_AFTER = re.compile(r"[ \t\xa0\n]*nauwkeurig(?![^\W\d_])", re.IGNORECASE)
# How far back the words before a step may begin: "afgerond in hele stappen van".
_REACH = 40
# A step after a step, its verb left out: the first step's figure, a comma or semicolon, a
# phrase of a preposition naming which figures (a few words or numbers: "bij dit
# instrument", "voor artikel 3"), then "op" and the second figure's sign.
# The two may be joined by "en" alone ("afgerond op € 1.000 en bij de tarieven op € 1"), and
# the phrase may name the figures by their numbers ("bij de artikelen 14 en 15", "in de
# tabellen 3.1 tot en met 3.4"), over a line break as a text layer wraps it. The phrase
# holds no clause of its own: no finite verb ("; in 2025 loopt de bijdrage op € 5 mln") and
# no subject, an article or determiner right after a noun ("voor de scholen de bijdrage op"),
# where "op" is the verb's and the figure a sum (``_own_clause``).
_GAP_PHRASE = (
    r"(?:[ \t\xa0]*[;,][ \t\xa0\n]+(?:en[ \t\xa0\n]+)?|[ \t\xa0\n]+en[ \t\xa0\n]+)"
    r"(?P<phrase>(?:bij|voor|in|onder|binnen)"
    r"(?:[ \t\xa0\n]+(?:[^\W\d_]+|\d+(?:\.\d+)?)){1,7})"
    r"[ \t\xa0\n]+op[ \t\xa0\n]*"
)
_GAPPED_STEP = re.compile(
    rf"(?P<figure>\d[\d.,]*)(?:[ \t\xa0]*[^\W\d_]+\.?)?{_GAP_PHRASE}(?:€[ \t\xa0]*)?\Z",
    re.IGNORECASE,
)
# After a first step, its clause ends where such a second step follows.
_NEXT_STEP = re.compile(rf"{_GAP_PHRASE}€", re.IGNORECASE)
# A clause of its own inside a gap's phrase: a finite verb ("loopt", "komt", "bedraagt"), or
# a determiner after a word that is no preposition or "en" (a subject after the phrase:
# "voor de scholen de bijdrage").
_OWN_VERB = re.compile(
    r"(?<![^\W\d_])(?:is|zijn|was|waren|wordt|worden|werd|werden|loopt|lopen|liep|liepen"
    r"|komt|komen|kwam|kwamen|bedraagt|beloopt|stijgt|stijgen|steeg|daalt|dalen|daalde"
    r"|gaat|gaan|ging|valt|vallen|viel|blijft|blijven|bleef|groeit|groeien|heeft|hebben|had"
    r"|neemt|nemen|zal|zullen|kan|kunnen|moet|moeten|staat|staan|uitkomt|telt|tellen)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_SECOND_SUBJECT = re.compile(
    r"(?<![^\W\d_])(?!(?:bij|voor|in|onder|binnen|van|met|tot|en|of|uit|over|aan|naar|per"
    r"|op|door|de|het|een|dit|deze|dat|die)(?![^\W\d_]))(?:[^\W\d_]+|\d+(?:\.\d+)?)"
    r"[ \t\xa0\n]+(?:de|het|een|dit|deze|dat|die|zijn|haar|hun)(?![^\W\d_])",
    re.IGNORECASE,
)
# How far back a gapped step's first step may end: its figure and the phrase between.
_GAP_REACH = 80


# Below this a whole amount has no more digits than ``Decimal.normalize`` keeps (the
# default context's 28): its digits are its own, not rounded.
_EXACT = 10**28


def _one_digit(amount: Amount) -> bool:
    """Whether ``amount`` has one significant digit, as a rounding step has (5, 100.000)."""
    if amount <= 0:
        return False
    if isinstance(amount, int) and amount < _EXACT:  # (most: whole euros, read at once)
        return len(str(amount).rstrip("0")) == 1  # its digits without the zeros ending them
    digits = str(Decimal(amount).normalize()).split("E")[0].strip("0").replace(".", "")
    return len(digits) == 1


def states_precision(text: str, start: int, end: int, amount: Amount) -> bool:
    """Whether the figure at ``start``-``end``, worth ``amount``, is the step its text says
    figures are rounded to ("afgerond op € 0,1 mln"), no amount."""
    if not _one_digit(amount):
        return False
    window = text[max(0, start - _REACH) : start]
    if _STEPS_OF.search(window) is not None:
        return True
    rounded = _ROUNDED_TO.search(window)
    if rounded is not None:
        ends = (
            text[end - 1] == "."
            or _CLAUSE_ENDS.match(text, end) is not None
            or ((nxt := _NEXT_STEP.match(text, end)) is not None and not _own_clause(nxt["phrase"]))
        )
        at = start - len(window) + rounded.start()
        if ends and (rounded["participle"] is None or _of_the_figures(text, at)):
            return True
    if _PRECISE_BEFORE.search(window) is not None and _PRECISE_AFTER.match(text, end):
        return True
    return _after_a_step(text, start, end)


def _after_a_step(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``-``end`` is a second step with the first's verb left
    out ("afgerond op € 0,1 mln; bij dit instrument op € 0,05 mln"), its clause ending at
    it as a step's does."""
    if not (text[end - 1] == "." or _CLAUSE_ENDS.match(text, end) is not None):
        return False
    low = max(0, start - _GAP_REACH)
    gap = _GAPPED_STEP.search(text, low, start)
    if gap is None or _own_clause(gap["phrase"]):
        return False
    digits = gap["figure"].rstrip(".,").replace(".", "").replace(",", "").strip("0")
    if len(digits) != 1:
        return False  # the first figure no step: "afgerond op € 12,4 mln, ..."
    first = gap.start("figure")
    window = text[max(0, first - _REACH) : first]
    rounded = _ROUNDED_TO.search(window)
    if rounded is None:
        return False
    at = first - len(window) + rounded.start()
    return rounded["participle"] is None or _of_the_figures(text, at)


def _own_clause(phrase: str) -> bool:
    """Whether a gap's ``phrase`` holds a clause of its own, a verb or subject ("in 2025 loopt
    de bijdrage"), not only which figures a step is of ("bij de artikelen 14 en 15")."""
    return _OWN_VERB.search(phrase) is not None or _SECOND_SUBJECT.search(phrase) is not None


def _of_the_figures(text: str, at: int) -> bool:
    """Whether "afgerond" at ``at`` says how the figures in general are rounded: its clause's
    subject the figures ("de bedragen zijn", "in deze toelichting zijn ze"), no verb of one
    sum after it, or a note in brackets opening on it ("(afgerond op € 0,1 mln)")."""
    head = text[max(0, at - _CLAUSE_REACH) : at]
    opens = [m.end() for m in _CLAUSE_START.finditer(head)]
    clause = head[opens[-1] :] if opens else head
    if not clause.strip() and opens and head[opens[-1] - 1] == "(":
        return True
    figures = list(_FIGURES.finditer(clause))
    return bool(figures) and _SINGULAR_VERB.search(clause, figures[-1].end()) is None
