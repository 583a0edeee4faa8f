"""Reading the years an amount's own words print: "in 2023", "2024-2026", "vanaf 2025".

A window's years are read from the last expression before the amount or the first after it,
with labels of a year ("begroting 2024", "stand 2023") and words between them; ``Years`` is
(first, last, label).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from budgetkit.extract.money_grammar import ROUGHLY
from budgetkit.extract.money_scan import unfolded
from budgetkit.extract.months import MONTHS

YEAR = r"(?:199\d|20\d\d)"
MONTH = rf"(?:{'|'.join(MONTHS)})"
# (The lookahead only filters: a match starts with a word below or a year's first digit.)
# A point of a year before it names that year ("eind 2010", "ultimo 2023", "medio 2025",
# "begin 2024": the reserve's level "bedroeg eind 2010 EUR 184,6 miljoen"); not as the bound
# of an open span ("tot eind 2021 nog 4 miljard nodig", "vanaf begin 2024"), read as before.
# A verb of closing a year before it names that year ("de politie sluit 2022 af met een
# tekort van", "het fonds sloot 2023 af met"): the result is the year's. A noun of a year or
# a period names its year at once ("begrotingsjaar 2025", "periode 2021-2025"; "begroting 2025"
# and the budgets of several bodies for that year, "in hun begrotingen 2025"); a date after
# it is no year of its ("€ 14 per jaar⏎27 januari 2026": a headline and the dateline under
# it). So does a compound of "jaar" ("het zogeheten ravijnjaar 2026", "kalenderjaar 2024",
# "het boekjaar 2023", "uitvoeringsjaar 2025"), but for a year a figure is compared with or
# counted in ("basisjaar 2019", "peiljaar 2023", "referentiejaar", "prijsjaar", "ijkjaar",
# "vergelijkingsjaar") and a year a thing or a person is of ("woningen met bouwjaar 2010",
# "geboortejaar 1960", "modeljaar", "oprichtingsjaar"): no time of the money
# (``_NO_TIME_YEARS``). A round of a scheme and its year ("de voorjaarsronde 2019", "de
# openstellingsronde 2026", "ronde 2025") is a slice of time as "tranche 2026" is: its budget
# is that year's; an adjective ending so ("de gegronde 2019 bezwaren", "afgeronde") is no
# round. A year and the next after a slash ("schooljaar 2018/2019",
# "2024/25") is a school, academic or parliamentary year over two calendar years: neither
# is the amount's.
# What a sum "heeft betrekking op" is of: "de taakmutatie van € 0,8 mln heeft betrekking op
# 2016 maar wordt nu verwerkt" is 2016's money, booked later.
# A span's end may be a date, its day before its month as the start's ("van 1 juli 2021
# tot en met 31 juli 2022": 2021-2022), or a point of a year after "tot" or "t/m" ("van 1
# januari 2024 tot eind 2025": 2024-2025).
# Two years "zowel ... als ..." joins ("voor zowel 2007 als 2008") are both the amount's, as two
# joined by "en" are. An em dash glued between two years joins a span as a hyphen does
# ("in 2023—2024", as a word processor turns a typed dash into one, and as money's ranges
# read it: "€ 40—60 miljoen"); spaced, it sets a clause apart ("in 2023 — € 5 mln — ...").
# A year ending its sentence may carry a footnote's number glued after its stop ("ruim 8 mld
# euro in 2021.4 De EMU-schuld daalt"), or a note numbered by its chapter ("in 2024.2.5
# De ..."): a stop, a digit or two (twice, a stop between) and a word after white space is
# no decimal a year could be part of (a Dutch decimal takes a comma, a thousands group three
# digits); so is a note numbered by its chapter glued to the year without a stop ("tot ruim
# €8 miljard in 20262.6. Dat is"): a digit or two, a stop and a digit or two after the year,
# closing its clause (``_GLUED_NOTE``), no figure such a glued number could be. A year glued
# by a hyphen to the prices or wages a sum is counted in ("€ X in 2024-prijzen", "in
# 2023-lonen", "2025-prijspeil", "in 2024-euro's") is their level, never the sum's year
# (``_PRICES_GLUED``), as "in prijzen 2024" is not. A year "alleen", "enkel" or
# "uitsluitend" restricts a sum to ("subsidie X, alleen 2026  € 75.000" in a list of
# amounts "per jaar, vanaf 2026") is its one year, as "alleen in 2026" is: the item's own,
# over any lead's.
# A span may open on a year before those the expressions read (1990 on), a dash glued
# between it and a year they read ("over 19JJ-20JJ ontving <wie> in totaal € N miljard":
# 19JJ-20JJ, not 20JJ): so joined, the older figure is a year as well, where alone a figure
# of the 1900s may be a count ("voor 19NN woningen"). Only after a word that opens a span of
# time ("over", "in de periode", "tussen"): a range of figures counts things as often ("Voor
# 19NN-20NN nieuwe woningen is € N mln nodig"), and its dash makes no years.
_SPAN_OPENS = "|".join(
    rf"(?<=\b{word}\s)" for word in ("over", "in", "van", "tussen", "gedurende", "periode", "jaren")
)
_OLD_START = rf"(?:{_SPAN_OPENS})19[0-8]\d(?=[-–]{YEAR}(?!\d))"
# The rest of a chapter's note glued to a year after its first digit ("20262.6. Dat"; see
# above): a digit or not, a stop, a digit or two, then a stop or a comma ending the clause
# before white space, or the words' end (those after an amount end at its sentence's stop).
_GLUED_NOTE = r"\d?\.\d\d?(?:[.,;:](?:[ \t\xa0\r\n]|\Z)|\Z)"
_PRICES_GLUED = r"[\-–](?i:prijzen|lonen|[^\W\d_]*peil|prijsniveau|euro['’]?s)(?![^\W\d_])"
_NO_TIME_YEARS = "".join(
    f"(?<!{word})"
    for word in (
        "basis", "peil", "referentie", "prijs", "ijk", "vergelijkings",
        "bouw", "geboorte", "model", "oprichtings",
    )
)  # fmt: skip
# The verb of a shift between the year it leaves and "naar" ("uit 2023 doorgeschoven naar
# 2024", "uit 2023 mee te nemen naar 2024", "over te hevelen naar"): a participle with "ge" or
# "ver" in it, or a particle, "te" and the infinitive; the shift is the same.
_MOVED = r"(?:[^\W\d_]*(?:ge|ver)[^\W\d_]*(?:d|t|en)|[^\W\d_]+\s+te\s+[^\W\d_]+)"
# Or the means of the shift named between them, "via" and a noun ("uit 2026 via een kasschuif
# naar 2027 en 2028", "van 2023 via de eindejaarsmarge naar 2024"): the shift is the same.
_MOVED_VIA = r"via\s+(?:een|de|het)\s+[^\W\d_]+"
_YEARS = re.compile(
    rf"""(?=[^\W\d_]|[12])(?P<prep>\b(?:(?:(?P<months>van(?:af)?\s+(?:\d{{1,2}}\s+)?{MONTH}\s+(?:tot\s+en\s+met|t/m|tot))
            |(?P<shift>(?:van|uit)\s+{YEAR}(?:\s+en\s+{YEAR})?\s+(?:(?:{_MOVED}|{_MOVED_VIA})\s+)?naar)
            |in|voor|vanaf|van|tot\s+en\s+met|t/m|tot|per|sinds|na|over|ingang\s+van|ingaande
            |naar|from|en|alleen|enkel|uitsluitend
            |betrekking\s+op
            |als|sluit|sloot|sluiten|sloten|(?<!tot\s)(?<!t/m\s)(?<!vanaf\s)(?<!sinds\s)(?:eind|ultimo|medio|begin))\s+(?:de\s+jaren\s+|het\s+jaar\s+|de\s+periode\s+)?(?:(?:\d{{1,2}}\s+)?{MONTH}\s+)?
            |(?:[^\W\d_]*?{_NO_TIME_YEARS}jaar|jaren|periode|begroting(?:en)?
            |macrobudget|tranche|(?![^\W\d_]*?geg?ronde\s)[^\W\d_]*?ronde)\s+(?:de\s+jaren\s+|het\s+jaar\s+|de\s+periode\s+)?))?
        (?P<a>{YEAR}|{_OLD_START})(?:(?:\s*,\s*{YEAR})*\s*(?P<sep>[-–]|(?<=\d)—(?=\d)|tot\s+en\s+met|t/m|tot|en|to|(?<=\d\s)als)\s*
            (?:(?:\d{{1,2}}\s+)?{MONTH}\s+|(?:(?<=tot\s)|(?<=met\s)|(?<=t/m\s))(?:eind|einde|begin|medio|ultimo)\s+)?
            (?P<b>{YEAR}))?
        (?!\d(?!{_GLUED_NOTE})|,\d
            |\.\d(?!\d?(?:\.\d\d?)?[ \t\xa0\r\n]+[^\W\d_])|/\d|{_PRICES_GLUED})""",
    re.VERBOSE | re.IGNORECASE,
)
# A year expression holds a year: windows without one skip the slow ``_YEARS`` scan.
_ANY_YEAR = re.compile(YEAR)
# Every word a ``_YEARS`` expression prints before its year, lower case (and numbers: a day,
# the year of "van 2021 naar"), each standing alone between white space; at most
# ``_YEAR_WORDS_MAX`` of them ("vanaf januari tot en met de periode 1 maart 2021" has 9).
YEAR_WORDS = frozenset({
    "van", "vanaf", "in", "voor", "tot", "en", "met", "t/m", "per", "sinds", "na", "over", "jaar",
    "jaren", "periode", "begrotingsjaar", "begroting", "begrotingen", "macrobudget",
    "uitvoeringsjaar", "schooljaar", "tranche", "ingang", "ingaande", "from", "als", "de", "het",
    "naar", "sluit", "sloot", "sluiten", "sloten", "eind", "ultimo", "medio", "begin", "betrekking",
    "op", "alleen", "enkel", "uitsluitend", *MONTHS,
})  # fmt: skip
_YEAR_WORDS_MAX = 10
# The words an expression may open with before its year: those of ``YEAR_WORDS`` and "uit" of
# a shift ("uit 2023 naar 2025", ``_YEARS``' shift), which names no year of its own elsewhere
# (a noun's "uit 2017" is its source's date, read as before).
_OPENING_WORDS = YEAR_WORDS | {"uit"}
# "uit" and a year right after an amount, nothing else before it ("de intensiveringen van €
# X uit 2019", "de bijdrage van € X uit 2020 blijft staan"): the year the sum stems from, its
# own, as "in 2019" reads, whatever "naar" follows without a year ("uit 2024 gaat naar de
# reserve"); not a shift's year, a few words and "naar" a year after it ("uit 2023 naar 2025",
# "uit 2024 mee te nemen naar 2025": ``_YEARS``' shift), a span or list ("uit 2022 en 2023",
# "uit 2022 en eerder", read as any), nor a year glued to a word or a figure. An "en" joining
# another noun ("uit 2023 en een nadeel van € Y") or later years ("uit 2030 en latere jaren",
# from that year on, as "in 2030 en latere jaren" reads) keeps the year the sum's origin.
_ORIGIN_YEAR = re.compile(
    rf"\A[ \t\xa0\n]*(?P<uit>uit)[ \t\xa0\n]+{YEAR}"
    r"(?![\w\-–/]|[.,]\d|[ \t\xa0\n]+(?:tot|t/m)\b"
    r"|[ \t\xa0\n]+(?:en|of)[ \t\xa0\n]+(?:['’]?\d|eerder|voorgaande|vorige)"
    r"|(?:[ \t\xa0\n]+[^\W\d_]+){0,5}?[ \t\xa0\n]+naar[ \t\xa0\n]+"
    rf"(?:(?:de[ \t\xa0\n]+jaren|het[ \t\xa0\n]+jaar)[ \t\xa0\n]+)?{YEAR})"
)


def origin_year_as_in(window: str) -> str:
    """``window``, the words after an amount, with the "uit" of a year the sum stems from
    right after it (``_ORIGIN_YEAR``) read as "in", of the same length."""
    origin = _ORIGIN_YEAR.match(window) if window.lstrip()[:3] == "uit" else None
    if origin is None:
        return window
    return f"{window[: origin.start('uit')]}in {window[origin.end('uit') :]}"


# A sum that "loopt in JJJJ af" (runs out in that year: "€ X per jaar en loopt in 2020 af",
# "loopt eind 2020 af", "die in 2020 afloopt") holds up to that year, no start printed, as
# "tot en met JJJJ" reads. Not where it runs down to a level ("loopt in 2027 af naar € X").
_WS = r"[ \t\xa0\n]+"
_RUNS_OUT_IN = re.compile(
    rf"(?<![^\W\d_])(?:(?P<verb>(?i:loopt|lopen|liep|liepen){_WS})(?:in|eind)"
    rf"(?P<year>{_WS}(?:19|20)\d\d){_WS}af(?![\w\-]|{_WS}(?i:naar|tot)\b)"
    rf"|(?:in|eind)(?P<year2>{_WS}(?:19|20)\d\d){_WS}(?:afloopt|aflopen|afliep|afliepen)\b)"
)


def _until(m: re.Match[str]) -> str:
    """``_RUNS_OUT_IN``'s match ``m`` written "t/m JJJJ", padded to its length."""
    return f"{m['verb'] or ''}t/m{m['year'] or m['year2']}".ljust(len(m.group()))


def runs_out_as_until(window: str) -> str:
    """``window`` with "loopt in JJJJ af" (``_RUNS_OUT_IN``) written "loopt t/m JJJJ", padded
    to its own length: the year ends the sum's period, as "tot en met" says."""
    if "af" not in window:
        return window
    return _RUNS_OUT_IN.sub(_until, window)


# A year not inside a longer number; the look-behind follows the first digit so that the
# pattern starts with "1" or "2", which the engine skips to in C.
YEAR_TOKEN = re.compile(rf"(?:1(?<!\d1)99\d|2(?<!\d2)0\d\d)(?!\d(?!{_GLUED_NOTE}))")
# A year printed with an apostrophe for its century, as news writes it ("Vanaf '27", "in
# ’25", "tot en met '30", "voor '27 is € 1 mrd gereserveerd"), after a word that names a year:
# the year in full ("vanaf 2027"); '90 to '99 are the 1990s.
_SHORT_YEAR = re.compile(
    r"\b(?P<w>(?:vanaf|in|voor|tot(?:\s+en\s+met)?|t/m|sinds|medio|eind|begin|na)\s+)['’‘]"
    r"(?P<y>\d\d)(?![\w'’‘])",
    re.I,
)
APOSTROPHES = ("'", "’", "‘")


def full_years(window: str) -> str:
    """``window`` with each year printed short (``_SHORT_YEAR``) written in full."""
    if not any(map(window.__contains__, APOSTROPHES)):
        return window
    return _SHORT_YEAR.sub(lambda m: f"{m['w']}{'19' if m['y'] >= '90' else '20'}{m['y']}", window)


_ADJACENT_YEAR = re.compile(r"\bin\s+(?:19|20)\d\d[\s\xa0]*$", re.I)
# "in 2014 met 150 miljoen euro, ... en vanaf 2015 met 200 miljoen": a year printed before
# the amount and joined to it by a few small words is the amount's own, unless a year
# follows the amount at once ("de korting in 2020 met € 70 miljoen in 2021").
JOINED_YEAR = re.compile(
    r"\b(?:in|vanaf|voor|sinds)\s+(?:19|20)\d\d"
    r"(?:[\s\xa0]+(?:met|is|wordt|werd|was|zal|er|nog|ook|extra|al|dan))+[\s\xa0]*$",
    re.I,
)
YEAR_AT_ONCE = re.compile(
    rf"[\s\xa0]*(?:in|voor|over|vanaf|tot|t/m)\s+(?:19|20)\d\d\b(?!{_PRICES_GLUED})", re.I
)
# Patterns written in lower case, as they run on lower-cased text (``_finditer``).
_YEARS_FOLDED = re.compile(_YEARS.pattern, re.VERBOSE)


Years = tuple[int | None, int | None, str | None]


def has_year(window: str) -> bool:
    """Whether ``window`` holds a year (a substring test first: most windows hold none)."""
    return ("20" in window or "199" in window) and _ANY_YEAR.search(window) is not None


def may_join_year(window: str) -> bool:
    """Whether ``window`` may end in a year joined to the amount by small words ("in 2014
    met"): ``JOINED_YEAR`` takes any year from 1900, so its test is the century's digits,
    not the budget years of ``has_year``."""
    return "19" in window or "20" in window


def adjacent_year(window: str) -> bool:
    """Whether ``window`` ends in "in" and a year ("in 2022 2,5 miljoen"), which needs it
    to end in a digit."""
    return window.rstrip()[-1:].isdigit() and _ADJACENT_YEAR.search(window) is not None


def years_in(window: str, cut_before_next: bool = False) -> Years:
    """First year expression in ``window``: (from, to, how it was introduced).

    With ``cut_before_next`` the window runs up to the next amount, and a year that ends it
    belongs to that amount ("€ 15 miljoen en in 2021 € 30 miljoen").
    """
    return first_years(window, cut_before_next)[0]


# A word with a capital right before a span of years no preposition introduces, after an
# amount ("€ 3,7 mln is gebonden aan het Meerjarenprogramma KNMI 2021-2025"): the span is the
# name's, as a single year after a name is ("de Voorjaarsnota 2019"), no years of the amount.
# A compound whose head after a hyphen is in lower case ("de BIS-subsidies 2025-2028",
# "EU-middelen") is a common noun, its span of years as "de subsidies 2025-2028" prints it.
_NAMED = re.compile(r"(?<![\w\-])[A-Z]\w*(?:-[A-Z\d]\w*)*[ \t\xa0\r\n]+\Z")
# COMPARED_WORDS and cause_words live here, the module amounts and amounts_parts both import.
#: The words of a comparison, wherever they stand ("meer dan", "ten opzichte van", "net als"):
#: the years of what an amount is compared with are not its own (``amounts._COMPARED``,
#: ``amounts_parts._NOT_ITS_DIVISION``).
COMPARED_WORDS = r"dan|opzichte|vergeleken|tegenover|(?:net|even|zo)[\s\xa0]+als"


def cause_words(space: str) -> str:
    """The words of a cause ("als gevolg van", "vanwege", "in verband met"), ``space`` the
    class of the spaces between them: a year in a cause times the cause, not the sum
    (``amounts._CAUSE``, ``amounts_parts._NOT_ITS_DIVISION``)."""
    return (
        rf"als{space}+gevolg|ten{space}+gevolge|vanwege|wegens|doordat|dankzij"
        rf"|in{space}+verband{space}+met|naar{space}+aanleiding"
    )


# The words of a comparison before a year ("meer dan in 2023", "hoger dan in 2024", "ten
# opzichte van 2023"): that year is the one compared with.
# A budget's name between them or not: "hoger dan in de begroting 2025", "dan bij de
# Voorjaarsnota 2024" (the year expression opens at the noun; ``budget`` the words between),
# an adjective or two in -e after the article or not ("minder dan in de vastgestelde begroting
# JJJJ", "dan bij de eerste suppletoire begroting JJJJ": the budget is still the one compared
# with).
_COMPARED = re.compile(
    r"\b(?i:dan(?P<budget>(?:[ \t\xa0\n]+(?:in|bij))?(?:[ \t\xa0\n]+(?:de|het)"
    r"(?:[ \t\xa0\n]+[^\W\d_]+e){0,2})?)|opzichte)"
    r"[ \t\xa0\n]+\Z"
)
# How far before a year expression ``_COMPARED`` may begin (two adjectives of a budget's
# name: "dan in de eerste suppletoire ").
_COMPARED_REACH = 48
# Before "dan in de begroting 2025", the comparative it completes, a word or two between or
# not ("€ 3,9 mln hoger dan", "valt € 412 mln hoger uit dan", "meer dan", "minder dan"):
# without one "dan" is "then" ("wordt dan in de begroting 2026 € 1,5 mln opgenomen") and the
# budget's year is the amount's.
_COMPARATIVE = re.compile(
    r"(?<![^\W\d_])[^\W\d_]+er(?:[ \t\xa0\n]+[^\W\d_]+){0,2}[ \t\xa0\n]+\Z", re.IGNORECASE
)


def _compared(window: str, at: int) -> bool:
    """Whether the year expression at ``at`` in ``window`` is the one compared with ("meer
    dan in 2023", "ten opzichte van 2023", "hoger dan in de begroting 2025")."""
    m = _COMPARED.search(window, max(0, at - _COMPARED_REACH), at)
    if m is None:
        return False
    return (
        not m["budget"]
        or _COMPARATIVE.search(window, max(0, m.start() - 40), m.start()) is not None
    )


# Before an amount, the base a change is measured against, an article and a noun of a budget
# between or not ("stijgen ten opzichte van de begroting 2023 met € 450.000", "daalt
# vergeleken met 2022 met € 3 mln"): its year is the base's; the change is of the year after
# it or of none printed. (A year expression may open with the "van" of "ten opzichte van
# 2023": the words before it end in "opzichte".)
_COMPARED_WITH = re.compile(
    r"\b(?i:opzichte(?:[ \t\xa0\n]+van)?|vergeleken[ \t\xa0\n]+met)"
    r"(?:[ \t\xa0\n]+(?i:de|het))?[ \t\xa0\n]+\Z"
)


# The phrase a sentence or clause opens with to say what an estimate or a level rests on ("Op
# basis van de realisaties in JJJJ wordt een onderuitputting verwacht van € X", "Op grond
# van het aantal inwoners per 1 januari JJJJ bedraagt de uitkering € X"), running to the
# finite verb, which follows a year at once (a bracket between or none): that year is the
# basis's, no year of the amount. After its verb the phrase may end before a year that is
# the verb's ("ontvangt op basis van deze circulaire in JJJJ € X"): that one is read.
_BASED_ON = re.compile(
    r"[\s\xa0]*(?i:(?:op|ten)[\s\xa0]+(?:basis|grond)[\s\xa0]+van|aan[\s\xa0]+de[\s\xa0]+hand"
    r"[\s\xa0]+van|uitgaande[\s\xa0]+van|gebaseerd[\s\xa0]+op)(?![^\W\d_])[^.;:!?,€]*\Z"
)
_FINITE_VERB_AFTER = re.compile(
    r"[\s\xa0]*(?:\([^()\n]*\)[\s\xa0]*)?(?i:wordt|worden|werd|werden|is|zijn|was|waren"
    r"|bedraagt|bedragen|bedroeg|bedroegen|komt|komen|kwam|kwamen|verwacht(?:en)?|raamt|ramen"
    r"|schat|schatten|heeft|hebben|had|hadden|zal|zullen|kan|kunnen|moet|moeten|gaat|gaan"
    r"|valt|vallen|stijgt|stijgen|daalt|dalen|neemt|nemen|ontvangt|ontvangen|rekent|rekenen)"
    r"(?![^\W\d_])"
)

# ... unless the basis is the budget, accounts or forecast of the year itself ("Op basis van de
# begroting JJJJ is € X beschikbaar", "de jaarrekening JJJJ", "de prognose voor JJJJ"): the
# sum is that document's figure, of its year. A circular's or a count's year stays the basis's.
_DOCUMENT_OF_THE_YEAR = re.compile(
    r"(?<![^\W\d_])(?i:[^\W\d_]*(?:begroting|jaarrekening|jaarverslag|prognose|raming))"
    r"(?:[\s\xa0]+(?i:voor|van|over))?[\s\xa0]+\Z"
)
_FIRST_DIGIT = re.compile(r"\d")


def _of_its_own_document(window: str, m: re.Match[str]) -> bool:
    """Whether the year expression ``m`` (which may open on its document's word: "begroting
    JJJJ") names the year of a budget, accounts or forecast (``_DOCUMENT_OF_THE_YEAR``)."""
    digit = _FIRST_DIGIT.search(m.group())
    year = m.start() + (digit.start() if digit else 0)
    return _DOCUMENT_OF_THE_YEAR.search(window, max(0, year - 40), year) is not None


# The level a sum is held at or brought to, named by its year ("het accres wordt bevroren op
# het niveau van <jaar>", "op het peil van <jaar> gehouden"): a reference, as a base compared
# with is, no year of the amount the clause goes on to (the freeze's own "vanaf" year is).
_LEVEL_OF = re.compile(r"(?<![^\W\d_])(?i:niveau|peil)(?:[ \t\xa0\n]+van)?[ \t\xa0\n]+\Z")

# "sinds" and a year before the years the expressions read (1990 on): "sinds" takes a point in
# time, so its figure is a year whatever its century ("het gasveld heeft de staat sinds 1963
# ruim 360 miljard euro opgeleverd": from 1963 on), where a figure of the 1900s after "in",
# "voor" or "tot" may be a count ("voor 1950 woningen").
OLD_SINCE = re.compile(r"(?<![\w\-])(?i:sinds)[ \t\xa0]+(?P<a>19[0-8]\d)(?!\d|[.,]\d)")


# A series of items each a year and its amount, "voor 2023 gaat het om € 1,4 miljard en voor
# 2024 om € 1,5 miljard", "in 2025 met € 5 mln en in 2026 met € 8 mln", an estimate "raamt
# het tekort voor 2026 op € 12 mln en voor 2027 op € 15 mln": the words after an
# amount up to the next open a new item ("en", a comma) with a year, and only small words
# join that year to the next amount; the year is the next item's, as a year ending the
# words is (``cut_before_next``), and the amount's own is the one before it.
# The item's clause may end in up to four words after its amount before the joint ("€ X
# beschikbaar en voor JJJJ ...", "€ X extra voor de <noun> en in JJJJ ..."; not "tot", whose
# "en met JJJJ" is a year's end), and the next item may name its amount's noun after its year
# ("en voor JJJJ een <noun> van € X"), a word or two describing that noun before it or not
# ("en vanaf JJJJ een <adjective> <noun> van k€ X"), or leave out the noun the item before
# named, its "van" alone ("voor JJJJ een <noun> van € X mln en voor JJJJ van € Y mln"), or
# print its old currency's sign as a word before its figure ("en in JJJJ met f X mln": the
# sign is no part of the quote). A word of how the next sum counts or of its degree
# may stand between its year and it ("en voor JJJJ en JJJJ elk € X mln", "en in JJJJ
# eenmalig € X mln", "en in JJJJ ruim € X mln"), or "tussen" opening its range ("en in JJJJ
# tussen € X en € Y"): it is the next amount's, as its qualifier, basis or range, and joins
# the year to it.
# The qualifiers that join are a word of degree (``ROUGHLY``), a bound or an estimate
# ("en in 2026 maximaal € 9 mln"): ``ROUGHLY`` leaves bounds out for a change's or a
# range's levels, where one would say what the figure limits, but a lone next amount takes
# its bound as its qualifier.
_NEXT_QUALIFIER = rf"{ROUGHLY}|(?i:maximaal|minimaal|naar[ \t\xa0\n]+schatting)"
_OPENS_ITEM = re.compile(
    r"(?:[ \t\xa0\n]+(?!tot\b)(?-i:[a-z])[^\W\d_]*){0,4}"
    r"[ \t\xa0\n]*(?:,[ \t\xa0\n]*(?:(?:en|of)[ \t\xa0\n]+)?|(?:en|of)[ \t\xa0\n]+)",
    re.I,
)
_JOINS_NEXT = re.compile(
    r"(?:[ \t\xa0\n]+(?:om|op|met|is|wordt|werd|was|zal|er|nog|ook|extra|al|gaat|ging|het"
    r"|(?:(?:een|de|het)(?:[ \t\xa0\n]+[^\W\d_]+){1,3}[ \t\xa0\n]+)?van"
    rf"|elk|ieder|telkens|eenmalig|jaarlijks|structureel|incidenteel|eens|tussen"
    rf"|{_NEXT_QUALIFIER}))+"
    r"(?:[ \t\xa0\n]+(?:f|fl\.|hfl\.|ƒ))?[ \t\xa0\n]*",
    re.I,
)


# "en" or "of" after the amount's clause of up to four words, then a year and words up to the
# next amount with no comma, bracket or other break between ("€ X voor de wijken en in JJJJ
# tussen de gemeenten verdeeld € Y", "€ X van het Rijk en in JJJJ werd daarvan € Y besteed"):
# the year opens the next conjunct, which holds the next amount, whatever words stand in it;
# it is none of the amount's before "en". (A break after the year, "en in JJJJ uitgekeerd,
# waarvan € Y", leaves the year to the first conjunct, as before.)
_CONJUNCT_OPENS = re.compile(
    r"(?:[ \t\xa0\n]+(?!tot\b)[^\W\d_][\w-]*){0,4}[ \t\xa0\n]+(?:en|of)[ \t\xa0\n]+", re.I
)
_CONJUNCT_RUNS = re.compile(r"(?:[ \t\xa0\n]+[^\W\d_][\w-]*)*[ \t\xa0\n]*")

# A finite verb alone between an amount and a year, and only a word of degree between that
# year and the next amount ("een woning van € 240.000 betaalt in 2018 gemiddeld € 324",
# "met een omzet van € 2 mln ontvangt in 2024 circa € 40.000"): the first amount ends the
# subject's noun phrase, the verb opens the predicate, and its year and the next amount are
# the predicate's. (A verb's third person in "-t", or a past or "is" form; not a word of
# function or a particle in "-t": "€ 5 mln met in 2023", "trekt € 5 mln uit in 2024".)
_VERB_OPENS = re.compile(
    r"[ \t\xa0\n]+(?!(?:het|niet|met|dat|wat|tot|echt|slechts|nooit|ooit|totaal|netto"
    r"|bruto|structureel|incidenteel|resterend|apart|uit|vast)\b)"
    r"(?-i:[a-z][^\W\d_]+t|is|was|bedroeg|kreeg|ontving|kostte|betaalde)[ \t\xa0\n]+"
)
_QUALIFIES_NEXT = re.compile(
    rf"[ \t\xa0\n]*(?:(?:{_NEXT_QUALIFIER}|(?i:nog|ook|slechts))[ \t\xa0\n]*)?"
)

# A spaced dash alone between the next item's year and its amount ("voor 2025 € 187 mln en
# voor 2026 – € 64 mln", the dash that item's minus or a separator): the year ends the
# words after the amount before it as much as one printed right before the next amount.
_DASH_BEFORE_NEXT = "-\u2012\u2013\u2014\u2212"


# A month and its year in the words after an amount that no year expression reads ("het
# pakket van € 3,5 mld uit november 2008", "het bod van € 40 mln. uit maart 2021"): a date
# that times the amount (when it was announced or offered), no year the amount is spent in,
# and no sign that it shares the years of the amount before it.
_DATE = re.compile(rf"(?<![\w\-])(?i:{MONTH})[ \t\xa0]+{YEAR}(?![\d\w])")


# A time counted from another after an amount ("tegen 13,1 mld een jaar eerder", "twee jaar
# later", "het jaar daarvoor"): the amount is of another year than the one before it, which
# the sentence does not print.
_OTHER_TIME = re.compile(
    r"(?<![\w\-])(?i:(?:een|één|twee|drie|vier|vijf|\d{1,2})[ \t\xa0\n]+jaar[ \t\xa0\n]+"
    r"(?:eerder|later|ervoor|daarvoor|erna|daarna)"
    r"|het[ \t\xa0\n]+jaar[ \t\xa0\n]+(?:ervoor|daarvoor|erna|daarna))(?![\w\-])"
)


# "daarna" and its kin right after an amount, a word of how often or of the years between
# or not ("-€ 45 mln in 2021 en -€ 95 mln per jaar daarna", "€ 2 mld structureel nadien",
# "€ 8 mln in de jaren daarna"): the time after the one the amount before is of, which the
# sentence does not print.
_AFTER_THAT = re.compile(
    r"[ \t\xa0\n]*(?:(?i:per[ \t\xa0\n]+jaar|jaarlijks|structureel|(?:in[ \t\xa0\n]+)?de"
    r"[ \t\xa0\n]+(?:jaren|periode))[ \t\xa0\n]+)?(?i:daarna|nadien|erna)(?![\w\-])"
)


# The years after or before the ones printed, named by no year, right after an amount ("€ 15
# mln in latere jaren", "€ 6 mln in de jaren daarvoor", "in eerdere jaren"): the amount's own
# years, which the sentence does not print; the year of the amount before it is none of them.
_OTHER_YEARS = re.compile(
    r"[ \t\xa0\n]*(?i:in[ \t\xa0\n]+(?:de[ \t\xa0\n]+)?(?:(?:latere|volgende|verdere"
    r"|navolgende|daaropvolgende|eerdere|vorige|voorgaande|voorafgaande)[ \t\xa0\n]+jaren"
    r"|jaren[ \t\xa0\n]+(?:daarvoor|ervoor)))(?![\w\-])"
)


def is_dated(window: str) -> bool:
    """Whether ``window``, the words after an amount, prints a month and its year
    (``_DATE``), a time counted from another (``_OTHER_TIME``, ``_AFTER_THAT``) or years
    named by no year (``_OTHER_YEARS``): the amount's own time."""
    if "jaar" in window and _OTHER_TIME.search(window) is not None:
        return True
    if "jaren" in window and _OTHER_YEARS.match(window) is not None:
        return True
    if "na" in window and _AFTER_THAT.match(window) is not None:
        return True
    return has_year(window) and _DATE.search(window) is not None


def first_years(
    window: str, cut_before_next: bool = False, closed: bool = False
) -> tuple[Years, int | None]:
    """``years_in`` and where its expression ends in ``window`` (None without one), which
    ``year_end`` would find again; without one, an old year after "sinds" (``OLD_SINCE``).
    ``closed``: the window ends where the amount's clause does (``_read_years``), which only
    the caller knows; a window cut before the next amount is never so."""
    tail = len(window.rstrip(" \t\n\xa0"))
    dashed = tail  # where the words end before a spaced dash that ends them (the next item's)
    if (
        cut_before_next
        and tail > 1
        and window[tail - 1] in _DASH_BEFORE_NEXT
        and window[tail - 2] in " \t\n\xa0"
    ):
        dashed = len(window[: tail - 1].rstrip(" \t\n\xa0"))
    if not has_year(window):
        old = OLD_SINCE.search(window) if "19" in window else None
        if old is None or (cut_before_next and old.end() >= tail):
            return (None, None, None), None
        return (int(old.group("a")), None, "vanaf"), old.end()
    for m in year_expressions(window):
        if cut_before_next and (
            m.end() >= tail
            or (m.end() >= dashed and _OPENS_ITEM.fullmatch(window, 0, m.start()) is not None)
            or (
                _OPENS_ITEM.fullmatch(window, 0, m.start()) is not None
                and _JOINS_NEXT.fullmatch(window, m.end(), tail) is not None
            )
            or (
                _CONJUNCT_OPENS.fullmatch(window, 0, m.start()) is not None
                and _CONJUNCT_RUNS.fullmatch(window, m.end(), tail) is not None
            )
            or (
                _VERB_OPENS.fullmatch(window, 0, m.start()) is not None
                and _QUALIFIES_NEXT.fullmatch(window, m.end(), tail) is not None
            )
        ):
            break
        if _compared(window, m.start()) or (
            _COMPARED_WITH.search(window, max(0, m.start() - 30), m.start())
        ):
            continue  # "€ 41 meer dan in 2023": the year compared with, not the amount's
        if (
            m.group("b")
            and not m.group("prep")
            and _NAMED.search(window, max(0, m.start() - 40), m.start())
        ):
            continue  # "€ 3,7 mln ... gebonden aan het Meerjarenprogramma KNMI 2021-2025"
        if _dates_a_later_noun(m):
            continue  # "€ X hoger door terugontvangsten van in 2017 verleende subsidies"
        got = _shifted_years(m) if m.group("shift") else _read_years(m, closed)
        if got is not None:
            return got, _expression_end(m)
    return (None, None, None), None


# A year after "in" set between an article or a preposition and a participle before its noun,
# in the words after an amount ("€ X hoger door terugontvangsten van in 2017 en 2018
# verleende subsidies", "€ X voor de in 2023 gesloten contracten"): the phrase is inside a
# later noun phrase and dates the thing that noun names, as an adjective would, not the
# amount before it. (Before the amount, the noun so dated is often the amount's own: "het in
# 2022 verleende krediet van € X" is 2022's credit.) Not after "die" or "deze" as relative
# pronouns, nor before an auxiliary ("€ X, die in 2025 ontvangen zijn", "die in 2025
# uitgegeven worden"): a relative clause on the amount, its year the amount's.
_ATTRIBUTIVE_OPENS = re.compile(
    r"(?<![^\W\d_])(?i:de|het|een|van|aan|uit|door|met|op|voor|over)[ \t\xa0\r\n]+\Z"
)
_ATTRIBUTIVE_PARTICIPLE = re.compile(
    r"[ \t\xa0\r\n]+(?i:[^\W\d_]*?(?:ge|ver|be|ont|her)[^\W\d_]*(?:de|te|en))"
    r"[ \t\xa0\r\n]+(?!(?i:is|zijn|wordt|worden|werd|werden)(?![^\W\d_]))[^\W\d_]"
)


def _dates_a_later_noun(m: re.Match[str]) -> bool:
    """Whether the year expression ``m`` after an amount is "in" and a year set between an
    article or a preposition and a participle (``_ATTRIBUTIVE_OPENS``,
    ``_ATTRIBUTIVE_PARTICIPLE``): it dates the noun after it, not the amount before."""
    prep = (m.group("prep") or "").split()
    return (
        len(prep) == 1
        and prep[0].lower() == "in"
        and _ATTRIBUTIVE_PARTICIPLE.match(m.string, m.end()) is not None
        and _ATTRIBUTIVE_OPENS.search(m.string, max(0, m.start() - 12), m.start()) is not None
    )


def _shifted_years(m: re.Match[str]) -> Years:
    """The years of a shift of money after the amount ("een kasschuif van € 25 mln van 2023
    naar 2024", "van € 312,4 mln van 2023 naar de jaren 2025 tot en met 2027"): the year it
    leaves and those it moves to, both changed, as a span from the first to the last; a shift
    may leave two years joined by "en" ("€ 60 mln uit 2025 en 2026 naar 2028": 2025-2028),
    each changed as well. (Before an amount a shift names the year the money now stands in:
    ``_read_years``.)"""
    moved = [int(year) for year in YEAR_TOKEN.findall(m.group("shift"))]
    first, last = int(m.group("a")), int(m.group("b") or m.group("a"))
    if _ONWARDS.match(m.string, m.end()):
        return min(*moved, first), None, "range"  # "van 2024 naar 2025 en latere jaren"
    return min(*moved, first), max(*moved, last), "range"


def year_expressions(window: str) -> Iterator[re.Match[str]]:
    """``_YEARS.finditer(window)`` (as ``_finditer`` runs it), each search started close
    before the next year instead of at every character up to it.

    Tried at every character, the pattern costs about ten microseconds on the words before
    an amount; but every expression holds a year, and before it only the few words of
    ``YEAR_WORDS``: no expression starts before the last other word ahead of the next year
    (``_expression_start``), so the search may start there and find the same match.
    """
    folded = window.lower()
    if len(folded) != len(window) or unfolded(folded):
        yield from _YEARS.finditer(window)
        return
    pos = 0
    while (year := _ANY_YEAR.search(folded, pos)) is not None:
        m = _YEARS_FOLDED.search(folded, _expression_start(folded, pos, year.start()))
        if m is None:
            return
        yield m
        pos = m.end()


def _expression_start(folded: str, pos: int, year: int) -> int:
    """Where a search for the first ``_YEARS`` match in ``folded[pos:]`` may start, the first
    year there standing at ``year``: the start of the last word before that year that no
    expression prints before its year (an expression starting earlier would hold it whole),
    else ``pos``. (A word is what white space, as ``\\s`` and ``str.split`` both read it,
    separates; the expression's own first word may be glued to what stands before it. A
    span's old first year glued to its dash, "1963-", is passed over as a figure is.)"""
    words = folded[pos:year].rsplit(None, _YEAR_WORDS_MAX)
    if len(words) > _YEAR_WORDS_MAX:
        del words[0]  # what stands before so many words is not read: start at ``pos``
    end = year
    for word in reversed(words):
        start = folded.rfind(word, pos, end)  # the word's own place: white space follows it
        if word not in _OPENING_WORDS and not word.rstrip("-–").isdecimal():
            # A word of letters alone opens no expression inside it (no word boundary) and
            # only one ending in "jaar" or "ronde" at its start ("kalenderjaar 2024",
            # "voorjaarsronde 2019"): past any other the search need not try each of its
            # characters, each a lazy scan for "jaar" or "ronde".
            if word.isalpha() and not word.endswith(("jaar", "ronde")):
                return start + len(word)
            return start
        end = start
    return pos


# After a year, the words that open its years to the later ones: "voor 2026 en latere jaren",
# "2026 en volgende jaren", "2026 e.v.", "2026 en verder" all say from 2026 on.
# ``ONWARDS_WORD`` (after "en") and ``ONWARDS_ABBREVIATION`` are the short forms, shared with
# a lead that is a time alone ("Vanaf 2027 en verder:", amounts_context_years).
ONWARDS_WORD = r"verder|later"
ONWARDS_ABBREVIATION = r"e\.v\."
_ONWARDS_WORDS = (
    r"[ \t\xa0\r\n]+(?i:en[ \t\xa0\r\n]+(?:(?:de[ \t\xa0\r\n]+)?(?:latere|volgende|verdere"
    rf"|navolgende)[ \t\xa0\r\n]+jaren|{ONWARDS_WORD})\b|{ONWARDS_ABBREVIATION})"
)
_ONWARDS = re.compile(_ONWARDS_WORDS)
# After a year, a conjunct saying the sum stays so from then on, closing its clause at a
# stop, a semicolon, a colon or a bracket ("loopt op tot € X in 2028 en is daarna
# structureel.", "€ X in 2027 en blijft vervolgens structureel;", "en is vanaf dan
# structureel", "en blijft daarna structureel op dat niveau"), or at the end of words that
# end where the amount's clause does (``_read_years``' ``closed``): from that year on, no
# end, as "2028 en verder" says. Not before more words ("in 2028 en daarna structureel € Y":
# how the next sum counts; "en is daarna structureel lager": the sum does not stay).
# The adverbs saying "after that", here and in ``_AFTERWARDS``.
_THEN_ON = r"daarna|vervolgens|nadien"
_STRUCTURAL_AFTER = re.compile(
    r"[ \t\xa0\r\n]+(?i:en)(?:[ \t\xa0\r\n]+(?i:is|blijft|wordt|zijn|blijven|worden))?"
    rf"[ \t\xa0\r\n]+(?i:{_THEN_ON}|vanaf[ \t\xa0\r\n]+dan)"
    r"[ \t\xa0\r\n]+(?i:structureel)"
    r"(?:[ \t\xa0\r\n]+(?i:op[ \t\xa0\r\n]+(?:dat|dit|hetzelfde)[ \t\xa0\r\n]+niveau))?"
    r"(?=[ \t\xa0\r\n]*(?P<closes>[.;:)]|\Z))"
)


# The words that open a period at their year and leave its end open: "vanaf 2026", "sinds
# 2008", "met ingang van 2025", "ingaande 2026", "per 2028" (a year alone: "per 1 juli 2024"
# is a date, read as "per"), and English "from 2018" (its end after "to": "from 2018 to 2020").
_START_WORDS = frozenset({"vanaf", "sinds", "ingang", "ingaande", "from"})
# "Sinds" and an event named by a noun, of a thing or not, right before "in" and a year ("Sinds
# de start van de regeling in 2020 is inmiddels € 1,6 miljard toegekend", "sinds de oprichting
# in 2002", "sinds de invoering van het plafond in 2008"): the year dates the event the
# period opens at, as "sinds 2020" says it; no verb between (the main clause's own year: "Sinds
# de crisis is in 2024 ...").
_SINCE_EVENT = re.compile(
    r"(?<![\w\-])(?i:sinds)[ \t\xa0\r\n]+(?i:de|het)[ \t\xa0\r\n]+[^\W\d_][\w\-]*"
    r"(?:[ \t\xa0\r\n]+(?i:van)[ \t\xa0\r\n]+(?:(?i:de|het|een|dit|deze)[ \t\xa0\r\n]+)?"
    r"(?:[^\W\d_][\w\-]*e[ \t\xa0\r\n]+)?[^\W\d_][\w\-]*)?[ \t\xa0\r\n]+\Z"
)
# Where "sinds" opens its sentence or a clause (the window's start, a stop, a comma, a
# bracket or a blank line before it), the words after the year tell a phrase from a clause:
# a phrase put first is followed by the main clause's finite verb at once ("Sinds de start
# in 2020 is ..."), while a clause "sinds" opens goes on with its subject's middle field, its
# own verb last ("Sinds het kabinet in 2023 € 50 miljoen beschikbaar stelde, ...", "Sinds de
# provincie in 2022 eenmalig € 4,5 miljoen bijdroeg"). Nothing after the year up to the
# window's end (the amount), or a word no finite verb is (a word of degree or of how often,
# an article, a preposition) and no comma, semicolon or colon closing the clause before the
# amount: the amount stands in that clause, and the year is the clause's own, no start of a
# period. (A "sinds" after other words of its clause is read as a phrase, "bedraagt sinds de
# invoering in 2015 € 5 mln": only the words after the amount would tell a clause there.)
# The start of the clause a year stands in: a stop, a comma, a bracket or a blank line.
_CLAUSE_MARK = re.compile(r"[.!?;:,(]|\n[ \t\xa0\r]*\n")
_OPENS_CLAUSE = re.compile(rf"(?:{_CLAUSE_MARK.pattern})[ \t\xa0\r\n]*\Z")
_CLAUSE_GOES_ON = re.compile(
    rf"[ \t\xa0\r\n]*(?:(?:{_NEXT_QUALIFIER}|(?i:eenmalig|jaarlijks|structureel|incidenteel"
    r"|extra|nog|ook|al|reeds|opnieuw|slechts|in[ \t\xa0\r\n]+totaal|de|het|een|aan|bij|door"
    r"|met|naar|op|over|uit|van|via|voor))(?![\w\-])(?:[^,;:]|,(?=\d))*)?\Z"
)
# The words the clause test lets pass after its first one may hold a phrase's prepositional
# phrases and, past them, the main clause's finite verb ("Sinds de invoering in 2019 van het
# nieuwe tarief is € 290 miljoen ...", "Sinds de start in 2020 met twaalf gemeenten heeft
# ..."): a clause "sinds" opens puts its own verb last, after the amount, so a finite verb
# of being, having, becoming or a modal before the amount is the main clause's, and the
# year opens the period. Only after a word that is no preposition or article ("met zijn
# partners", "voor de staat": no verb there).
_FINITE_BEFORE_AMOUNT = re.compile(
    r"(?<![\w\-])(?!(?i:de|het|een|dit|deze|die|dat|zijn|haar|hun|aan|bij|door|in|met|naar"
    r"|op|over|uit|van|via|voor|tot|om|onder|tegen|sinds|na)[ \t\xa0\r\n])[^\W\d_][\w\-]*"
    r"[ \t\xa0\r\n]+(?:is|was|zijn|waren|wordt|werd|worden|werden|heeft|had|hebben|hadden"
    r"|blijft|bleef|blijven|bleven|kan|kon|kunnen|konden|moet|moest|moeten|moesten|zal|zullen"
    r"|zou|zouden|mag|mocht|mogen|mochten)(?![\w\-])"
)
# The particle of a separable verb of taking effect right after "in" and its year, closing
# the clause ("de verlaging gaat in 2027 in en kost 3 miljard euro per jaar", "treedt in 2026
# in werking"): the year the change takes effect, as "per" and a date say it; not "in" and
# a place ("gaat in 2025 in de eerste schijf omlaag"), nor "in" joined to another preposition
# before a place ("investeert in 2025 in en rond Schiphol", "in of nabij de kern").
_TAKES_EFFECT = re.compile(
    r"[ \t\xa0\r\n]+(?i:in)(?:[ \t\xa0\r\n]+(?i:werking))?(?=[ \t\xa0\r\n]*(?:[.,;:)]|\Z)"
    r"|[ \t\xa0\r\n]+(?i:en|of|maar)(?![\w\-])(?![ \t\xa0\r\n]+(?i:rond|rondom|om|bij|nabij"
    r"|buiten|op|aan|uit|onder|boven|tussen|langs|via|voor|naar|achter|binnen)(?![\w\-])))"
)


# A noun of a balance at a time, a few words before "per" and a year ("de stand van het fonds
# per 2028", "het saldo per 2024"): the balance as that year stands, no period opening there.
_BALANCE_PER = re.compile(
    r"(?<![\w\-])(?i:stand|eindstand|beginstand|saldo|saldi|reserves?|vermogen|schuld|omvang)"
    r"(?![\w\-])[^,.;:()\d€]{0,25}\Z"
)


# A day and a month after "op" before a year, and right after the year a finite verb of a
# level ("Op 30 juni 2021 bedroeg de vordering nog € X", "Op 31 december 2023 stond er € X
# op de rekening"): the date opens the clause and dates the stock it goes on to name, as
# "per 1 januari 2024" does; that year is the amount's. "Op" and a date before any other
# verb dates an event ("Op 3 juli 2017 heeft de raad een krediet van € X beschikbaar
# gesteld", "heeft op 21 juli 2020 overeenstemming bereikt over"): no year of the money.
_ON_DAY = re.compile(
    rf"(?<![\w\-])(?i:op)[ \t\xa0\r\n]+\d{{1,2}}[ \t\xa0\r\n]+(?i:{MONTH})[ \t\xa0\r\n]+\Z"
)
# "staan" and "liggen" are verbs of being as much as of a level ("Op 1 januari 2024 ligt er
# een voorstel om € X te besteden": the date is the proposal's): they date a stock only
# where a sum follows at once ("stond er € X op", "stond nog € X open"; the window before an
# amount ends there), their subject is a noun of money ("lag het saldo op € X"), or a
# participle of a state follows ("die op 1 februari 2021 stond ingeschreven", "stond
# geboekt", "stond begroot"): the date a count or a booking stands at, which the sum is
# reckoned from.
_LEVEL_VERB = re.compile(
    r"[ \t\xa0\r\n]+(?:(?i:bedraagt|bedragen|bedroeg|bedroegen|beloopt|belopen|beliep|beliepen)"
    r"(?![\w\-])|(?i:staat|staan|stond|stonden|ligt|liggen|lag|lagen)(?:(?:[ \t\xa0\r\n]+(?i:er))?"
    r"(?:[ \t\xa0\r\n]+(?i:nog|ruim|circa|ongeveer|bijna|slechts|maar))?[ \t\xa0\r\n]*(?:€|\Z)"
    r"|[ \t\xa0\r\n]+(?i:de|het)[ \t\xa0\r\n]+(?:[^\W\d_]+[ \t\xa0\r\n]+)?[^\W\d_]*"
    r"(?i:saldo|stand|reserve|fonds|vordering|schuld|tekort|overschot|bedrag|budget|kosten"
    r"|lasten|uitgaven|middelen|vermogen)[^\W\d_]*(?![\w\-])"
    r"|[ \t\xa0\r\n]+(?i:[^\W\d_]{0,5}ge[^\W\d_]{2,}(?:d|t|en)|be[^\W\d_]{2,}[dt])(?![\w\-])))"
)


# A shift from a year to the years after it, none named ("€ 1,2 mld van 2024 naar latere
# jaren", "naar toekomstige jaren", "naar latere begrotingsjaren", "van 2025 doorgeschoven
# naar de jaren daarna", from two years too: "van 2023 en 2024 naar latere jaren"): the
# money leaves that year and is spent in those after, so it runs from that year on, its end
# open, as a shift "van JJJJ naar JJJJ" spans both years (``_shifted_years``) and "2026 en
# latere jaren" opens one ("van 2024 naar 2025 en latere jaren": from 2024 on).
# The years after some year, none named ("de latere jaren", "toekomstige begrotingsjaren",
# "de jaren daarna"), as a shift's goal here and as a part's years in ``amounts_parts``.
LATER_YEARS = (
    r"(?:(?i:de)[\s\xa0]+)?(?:(?i:latere|volgende|verdere|navolgende|komende|daaropvolgende"
    r"|toekomstige)[\s\xa0]+(?i:jaren|begrotingsjaren)"
    r"|(?i:jaren)[\s\xa0]+(?i:daarna|erna|nadien))"
)
_TO_LATER_YEARS = re.compile(
    rf"[ \t\xa0\r\n]+(?:{_MOVED}[ \t\xa0\r\n]+)?(?i:naar)[ \t\xa0\r\n]+{LATER_YEARS}(?![\w\-])"
)


# What follows a period's first date: its end ("van 1 maart 2020 tot 1 juni 2020", "tot en
# met 31 december 2021", "tot eind 2021", "– juni 2021"), a day, a month or a year after "tot"
# (a point of a year before it or not). "Tot" and other words is no end of a period: "de
# uitspraak van 6 juni 2024 tot een derving van € X leidt" leads to a sum, and the date names
# when the ruling was made.
_UNTIL = re.compile(
    r"[ \t\xa0\r\n]*(?:tot(?:[ \t\xa0\r\n]+en[ \t\xa0\r\n]+met)?|t/m|[-–])[ \t\xa0\r\n]*"
    rf"(?:(?:eind|einde|begin|medio|ultimo)[ \t\xa0\r\n]+)?(?:\d|{MONTH})",
    re.IGNORECASE,
)
# A verb of lasting right before "van" and its date ("de regeling geldt van 1 januari 2024 tot
# de inwerkingtreding van de wet", "liep van ... tot", "duurt van ... tot"): what lasts runs
# from the date, whatever "tot" names as its end, an event as well as a day (``_UNTIL``).
_LASTS_FROM = re.compile(
    r"(?<![^\W\d_])(?:geldt|gelden|gold|golden|loopt|lopen|liep|liepen|duurt|duren|duurde"
    r"|duurden)(?:[ \t\xa0\r\n]+[^\W\d_]+)?[ \t\xa0\r\n]+\Z",
    re.IGNORECASE,
)
_UNTIL_EVENT = re.compile(r"[ \t\xa0\r\n]*tot(?![^\W\d_])", re.IGNORECASE)
# A noun of money paid or received over a time, or of a balance at one, right before "van"
# and a month ("de uitgaven van december 2023", "de huurtoeslag van januari 2025", "het
# tekort van juni 2024"): that month's year is the money's own, no date a thing was made.
_MONEY_OF_MONTH = re.compile(
    r"(?i:uitgaven|kosten|lasten|baten|ontvangsten|inkomsten|opbrengsten?|omzet|betalingen?"
    r"|uitkeringen?|toeslag|salaris(?:sen)?|lonen|loon|huur|premies?|afdrachten?|tekort"
    r"|overschot|saldo)[ \t\xa0\r\n]+\Z"
)


# Prices or money of a year a sum is counted in, before "van" and the year ("reëel, in
# prijzen van 2017", "in euro's van 2015", "op het loon- en prijspeil van 2024"): the year
# is the prices', not the sum's (as ``_PRICE_LEVEL`` reads "prijspeil 2023").
_PRICE_WORDS = r"(?<![\w\-])(?i:prijzen|lonen|[\w\-]*peil|prijsniveau|euro['’]?s|guldens)"
_PRICES_OF = re.compile(rf"{_PRICE_WORDS}[ \t\xa0\r\n]+\Z")
# The same before a label's year, "van" or not: "(in prijzen van JJJJ: US$ X miljard)",
# "(loon- en prijspeil JJJJ: € X mln)", "in prijzen van JJJJ (€ X mld)": the label names
# the prices' year, no year of the amount after it (``year_label``).
_PRICES_LABEL = re.compile(rf"{_PRICE_WORDS}[ \t\xa0\r\n]+(?:(?i:van)[ \t\xa0\r\n]+)?\Z")


# A study, report or agreement before "van" and a year ("uit de evaluatie van 2010 bleek dat
# ... projecten van meer dan € 100 miljoen", "het onderzoek van 2019", "het Beleidsakkoord
# van 2009"): the year dates the thing, as a month's date does (``_read_years``), no year of
# the money the sentence goes on to name.
_THING_OF = re.compile(
    r"(?i:evaluatie|onderzoek|rapport|studie|analyse|advies|brief|doorlichting|audit"
    r"|akkoord|verkenning|besluit)[ \t\xa0\r\n]+\Z"
)


# A deadline before "van" and the year, in the forms that can only be "before": "vóór" and
# a time of a year ("vóór de zomer van 2025", "vóór het einde van 2024"), or "voor" and a
# year's start or end ("voor het begin van 2026", "voor het eind(e) van 2024", "voor de
# start van 2027"). It dates what the clause says is to be done, no year of its money.
# "Voor" and a season is as often "for" ("Voor de winter van 2022 is € 300 mln
# beschikbaar", "trekt voor de zomer van 2025 € 20 mln uit"), the season's year the
# money's, so it is read as any year after "voor" is.
_DEADLINE = re.compile(
    r"(?<![\w\-])(?:(?i:vóór)[ \t\xa0\r\n]+(?i:het|de)[ \t\xa0\r\n]+"
    r"(?i:voorjaar|najaar|zomer|winter|herfst|begin|eind|einde|start)"
    r"|(?i:voor)[ \t\xa0\r\n]+(?i:het[ \t\xa0\r\n]+(?:begin|eind|einde)"
    r"|de[ \t\xa0\r\n]+start))[ \t\xa0\r\n]+\Z"
)


# A school, academic or season's year printed as two calendar years a dash apart
# ("schooljaren 2021-2022 tot en met 2024-2025", "seizoen 2023-2024 t/m 2025-2026"), then
# "tot en met" and the last such year, or a calendar year ("vanaf schooljaar 2024-2025 tot en
# met 2027"): the period runs from the first one's start to the last one's end, not over the
# first one alone.
_THROUGH_TWO_YEAR = re.compile(
    rf"[ \t\xa0\r\n]+(?i:tot[ \t\xa0\r\n]+en[ \t\xa0\r\n]+met|t/m)[ \t\xa0\r\n]+"
    rf"(?P<c>{YEAR})(?:[-–](?P<d>{YEAR}))?(?![\d\-–/])"
)


def _through_two_year(m: re.Match[str]) -> re.Match[str] | None:
    """The "tot en met" and the last year after ``m``, a school year of two calendar years,
    that carry its period on to a later end (``_THROUGH_TWO_YEAR``), or None."""
    first, last = int(m.group("a")), int(m.group("b"))
    through = _THROUGH_TWO_YEAR.match(m.string, m.end()) if last == first + 1 else None
    if through is None or (through["d"] and int(through["d"]) != int(through["c"]) + 1):
        return None
    return through if int(through["d"] or through["c"]) > last else None


def _read_years(m: re.Match[str], closed: bool = False) -> Years | None:
    """The years one ``_YEARS`` match gives, or None when it names no budget year.

    A match read again on its own text is the same match (it starts at a word or a year
    and ends on a year's last digit), so each is read once, from its groups. ``closed``
    says the window ends where the amount's clause does (at a semicolon or comma cut off
    before it), not before the next amount: its end closes a conjunct as a stop does.
    """
    prep = (m.group("prep") or "").split()
    prep_word = prep[0].lower() if prep else None
    if m.group("b"):
        first, last = int(m.group("a")), int(m.group("b"))
        if (through := _through_two_year(m)) is not None:
            last = int(through["d"] or through["c"])  # "2021-2022 t/m 2024-2025": 2021 to 2025
        if prep_word == "van" and _TO_LATER_YEARS.match(m.string, m.end()):
            return first, None, "range"  # "van 2023 en 2024 naar latere jaren": on, open
        return first, last, prep_word or "range"
    if (
        prep_word is None
        and _LEVEL_VERB.match(m.string, m.end())
        and _ON_DAY.search(m.string, max(0, m.start() - 30), m.start())
    ):
        year = int(m.group("a"))
        return year, year, "in"  # "Op 30 juni 2021 bedroeg de vordering € X": the stock's date
    if prep_word in (None, "en", "als"):
        return None  # a name such as "Voorjaarsnota 2019", not a budget year
    if prep_word == "van" and _TO_LATER_YEARS.match(m.string, m.end()):
        return int(m.group("a")), None, "range"  # "€ X van 2024 naar latere jaren": on, open
    if prep_word == "van" and _PRICES_OF.search(m.string, max(0, m.start() - 30), m.start()):
        return None  # "in prijzen van 2017": the level of prices counted in, no sum's year
    if (
        prep_word == "van"
        and not m.group("months")
        and prep[-1].lower() in MONTHS
        and not _UNTIL.match(m.string, m.end())
        and not (
            _UNTIL_EVENT.match(m.string, m.end())
            and _LASTS_FROM.search(m.string, max(0, m.start() - 30), m.start())
        )
        and not _MONEY_OF_MONTH.search(m.string, max(0, m.start() - 20), m.start())
    ):
        # "het werkdrukakkoord van februari 2018", "Koninklijk Besluit van 28 januari 2013":
        # a date naming when a thing was made, not a year of the money (a period's start,
        # "van 1 maart 2020 tot 1 juni 2020", is one)
        return None
    if (
        prep_word == "van"
        and not m.group("shift")
        and _THING_OF.search(m.string, max(0, m.start() - 20), m.start())
    ):
        return None  # "de evaluatie van 2010": when the thing was made
    if prep_word == "van" and _DEADLINE.search(m.string, max(0, m.start() - 30), m.start()):
        return None  # "vóór de zomer van 2025", "voor het einde van 2024": a deadline
    if prep_word == "na":
        # "het pakket verdwijnt na 2025": a bound, the money's years before it or after it as
        # the verb says, none of them this year
        return None
    year = int(m.group("a"))
    if m.group("months") or m.group("shift"):
        # "vanaf maart tot en met mei 2020", "van 15 maart tot en met 31 december 2020": a
        # span of one year, its start printing no year of its own; "door een verschuiving
        # van 2021 naar 2020 is er 11,75 miljoen euro": the year the money moves to.
        return year, year, "in"
    if prep_word in ("tot", "t/m"):
        return None, year, prep_word
    if prep_word in _START_WORDS or (
        prep_word == "per"
        and len(prep) == 1
        and not _BALANCE_PER.search(m.string, max(0, m.start() - 40), m.start())
    ):
        return year, None, "vanaf"  # "ingaande 2026", "per 2028", "from 2018": vanaf
    if prep_word == "in" and _since_event(m):
        return year, None, "vanaf"  # "sinds de start van de regeling in 2020": sinds 2020
    stays = _STRUCTURAL_AFTER.match(m.string, m.end())
    if _ONWARDS.match(m.string, m.end()) or (stays and (closed or stays["closes"])):
        return year, None, "vanaf"  # "voor 2026 en latere jaren": vanaf 2026
    if prep_word == "in" and _TAKES_EFFECT.match(m.string, m.end()):
        return year, year, "per"  # "gaat in 2027 in": the date a change takes effect
    return year, year, prep_word


def _since_event(m: re.Match[str]) -> bool:
    """Whether "in" and the year of ``m`` date an event "sinds" names right before them, the
    period the amount counts over opening there (``_SINCE_EVENT``): not where that "sinds"
    opens a clause the amount stands in (``_CLAUSE_GOES_ON``, no finite verb before the amount:
    ``_FINITE_BEFORE_AMOUNT``), whose subject the noun is and whose year is the amount's own."""
    since = _SINCE_EVENT.search(m.string, max(0, m.start() - 80), m.start())
    if since is None:
        return False
    return not (
        (
            not m.string[: since.start()].strip()
            or _OPENS_CLAUSE.search(m.string, max(0, since.start() - 12), since.start())
        )
        and _CLAUSE_GOES_ON.match(m.string, m.end())
        and not _FINITE_BEFORE_AMOUNT.search(m.string, m.end())
    )


def year_end(window: str, years: Years) -> int | None:
    """End of the first year expression in ``window`` when it gives ``years``, else None
    (the years were read from rewritten words such as "dit jaar")."""
    for m in year_expressions(window):
        got = _read_years(m)
        if got is not None:
            return _expression_end(m) if got[:2] == years[:2] else None
    return None


def _expression_end(m: re.Match[str]) -> int:
    """Where the years ``_read_years`` reads from ``m`` end: past the "tot en met" and the
    last school year it reads the period through ("de schooljaren 2020-2021 tot en met
    2023-2024", ``_through_two_year``), which are the amount's and none of the next one's
    (the next amount took "2023-2024" for its own); else the match's end."""
    through = _through_two_year(m) if m.group("b") else None
    return through.end() if through is not None else m.end()


# A clause of time right after a year compared with ("meer dan in 2022, toen het ging om €
# 865 mln"): it speaks of that year, whose amount follows.
_THEN = re.compile(r"[ \t\xa0\n]*,?[ \t\xa0\n]*(?i:toen|waarin)(?![\w\-])")


# The finite verbs of a level rising or falling: a separable one with its particle, words
# between them or not ("loopt op", "liep daarna op", "nam in 2025 toe") or joined to it in a
# subordinate clause ("toenam"), or one of its own ("stijgt", "daalde", "groeide").
_GAP = r"[ \t\xa0\r\n]+"
_RUNS = r"(?:loopt|lopen|liep|liepen)"
_RUN_PARTICLES = r"(?:op|af|terug)"
_TAKES = r"(?:neemt|nemen|nam|namen)"
_TAKE_PARTICLES = r"(?:toe|af)"
_CHANGES_ITSELF = (
    r"(?:stijgt|stijgen|steeg|stegen|daalt|dalen|daalde|daalden|groeit|groeien|groeide"
    r"|groeiden)"
)
# A second conjunct of the year's clause, sharing its subject, right before the amount: "en",
# at once the finite verb of a rise or fall (its particle after it, an adverb between them
# or not), a word or two, then "tot" or "naar" and what the level is or not ("De korting
# werd in 2013 ingevoerd met het regeerakkoord en liep (daarna) op tot structureel € 975
# miljoen", "... en steeg geleidelijk naar een tekort van € X"); or a verb of being and "nu"
# or its kin ("werd in 2012 ingevoerd en bedraagt nu circa € X"): the amount is the level
# the rise reached later, at a time the sentence does not print, or the present one, and the
# year dates the first conjunct's event (an introduction, a start), as the start of "van € A
# in JJJJ, oplopend naar € B structureel" does.
_LATER_LEVEL = re.compile(
    rf"(?<![\w\-])(?i:en){_GAP}(?i:(?P<rise>(?:{_RUNS}(?:{_GAP}[^\W\d_]+){{0,2}}?{_GAP}"
    rf"{_RUN_PARTICLES}|{_TAKES}(?:{_GAP}[^\W\d_]+){{0,2}}?{_GAP}{_TAKE_PARTICLES}"
    rf"|{_CHANGES_ITSELF})(?:{_GAP}[^\W\d_]+){{0,2}}?{_GAP}(?:tot|naar){_GAP}"
    rf"(?:(?:een|het|de){_GAP}[^\W\d_]+{_GAP}van{_GAP})?)"
    rf"|(?:bedraagt|bedragen|kost|kosten|is|zijn)(?:{_GAP}[^\W\d_]+){{0,2}}?{_GAP}"
    rf"(?:nu|inmiddels|thans|momenteel){_GAP})"
    rf"(?:(?:{ROUGHLY}|(?i:structureel|jaarlijks)){_GAP})?\Z"
)
# The first conjunct's own verb of a rise or fall ("De bijdrage steeg in 2024 sterk en liep
# op tot", "Het tekort nam in 2025 toe en liep op tot"): the two conjuncts tell one movement,
# its year the level's as well, unless the second one says it came after ("daarna").
_RISES_ITSELF = re.compile(
    rf"(?<![\w\-])(?i:{_CHANGES_ITSELF}|{_RUN_PARTICLES}{_RUNS}|{_TAKE_PARTICLES}{_TAKES}"
    rf"|{_RUNS}(?![\w\-])[^.!?;:]*?(?<![\w\-]){_RUN_PARTICLES}"
    rf"|{_TAKES}(?![\w\-])[^.!?;:]*?(?<![\w\-]){_TAKE_PARTICLES})(?![\w\-])"
)
_AFTERWARDS = re.compile(rf"(?<![\w\-])(?i:{_THEN_ON}|later|sindsdien)(?![\w\-])")


# A change dated by "in" and its year, its participle in the same clause ("Het eigen risico
# wordt in 2027 verlaagd van € A naar € B", "de toeslag wordt in 2026 verhoogd"), then a
# comma or semicolon and a clause on it ("wat", "hetgeen", "dat", "dit") the amount stands
# in: what the change costs or yields. A structural sum there runs from the year the change
# takes effect on, no end ("..., wat de overheid structureel € X per jaar kost"), as one
# after "per" and a date does. Only a participle of changing a sum or a rule: a level of that
# year ("bedraagt in 2027 gemiddeld € X, wat ...") or a rise reaching it ("oplopend tot € X
# structureel in 2029") dates the year alone.
_CHANGED_IN_YEAR = re.compile(
    rf"(?<![^\W\d_])(?i:in){_GAP}(?P<year>{YEAR})(?!\d)(?:[^,;.!?]|[.,](?=\d))*?"
    r"(?<![^\W\d_])(?i:ver(?:laagd|hoogd|ruimd|soberd|minderd|lengd|dubbeld|beterd)"
    r"|(?:op|terug)?gebracht|opgehoogd|ingevoerd|afgeschaft|afgebouwd|beperkt|uitgebreid"
    r"|aangepast|gekort|bevroren|gehalveerd|geschrapt)(?![^\W\d_])"
    r"(?:[^,;!?]|,(?=\d))*[,;][ \t\xa0\r\n]*(?i:wat|hetgeen|dat|dit)(?![^\W\d_])"
    r"(?:[^,;!?]|,(?=\d))*\Z"
)


def structural_from_change(opening: str, year: int) -> bool:
    """Whether ``opening``, the words of a structural amount's sentence before it, dates a
    change by ``year`` in a clause the amount's own clause is a consequence of
    (``_CHANGED_IN_YEAR``): the structural sum then runs from that year on. Each "in" and
    its year is tried, an earlier one matching too ("In 2025 is het tarief gelijk en in 2027
    wordt het verlaagd, wat ..." dates the change by 2027)."""
    start = 0
    while (changed := _CHANGED_IN_YEAR.search(opening, start)) is not None:
        if int(changed.group("year")) == year:
            return True
        start = changed.start() + 1
    return False


def _dates_an_earlier_conjunct(window: str, m: re.Match[str], years: Years) -> bool:
    """Whether the year of ``m``, one year at a point (no period opening there: "vanaf",
    "per"), dates the first conjunct of a clause whose second one reaches the amount
    (``_LATER_LEVEL``): only where the year stands inside that first conjunct, after its
    subject and verb ("werd in 2013 ingevoerd en liep op tot"). A year opening the clause
    ("In 2024 werd de regeling verruimd en steeg het budget naar € X") dates both conjuncts,
    the level too; so does one of a first conjunct that is itself the rise or fall
    (``_RISES_ITSELF``: "steeg in 2024 sterk en liep op tot € X"), unless the second says
    the level came after it (``_AFTERWARDS``: "en liep daarna op tot")."""
    if years[0] is None or years[0] != years[1] or years[2] in ("vanaf", "per"):
        return False
    later = _LATER_LEVEL.search(window, m.end())
    if later is None:
        return False
    opening = window[: m.start()]
    if not opening.strip() or _OPENS_CLAUSE.search(opening) is not None:
        return False
    if later.group("rise") is None or _AFTERWARDS.search(later.group()) is not None:
        return True
    marks = list(_CLAUSE_MARK.finditer(opening))
    start = marks[-1].end() if marks else 0
    return _RISES_ITSELF.search(window, start, later.start()) is None


def last_years(window: str) -> Years:
    """Last year expression in ``window`` (the words before an amount), or without one the
    last old year after "sinds" (``OLD_SINCE``). A base compared with ("ten opzichte van
    2023", "lager dan in 2019") is no year of the amount, unless a clause of that year
    follows it (``_THEN``), nor a level's it is held at (``_LEVEL_OF``) where another year
    of the window is the amount's ("Vanaf JJJJ ... <participle> op het niveau van JJJJ; ...
    € N miljard": the first year on); a level's year the window names alone is the amount's
    ("bedraagt op het niveau van JJJJ € N mln": the level is the year the sum is counted
    at). Nor is
    the year of a first conjunct before the level a second one reaches
    (``_dates_an_earlier_conjunct``)."""
    last: Years = (None, None, None)
    if not has_year(window):
        old = list(OLD_SINCE.finditer(window)) if "19" in window else []
        return (int(old[-1].group("a")), None, "vanaf") if old else last
    taken = None
    level: tuple[Years, re.Match[str]] | None = None
    through_end = -1  # where the years last read end (past a period's last school year)
    for m in year_expressions(window):
        if m.start() < through_end:
            continue  # "tot en met 2024-2025" after "2021-2022": read with it, 2021 to 2025
        if _COMPARED_WITH.search(window, max(0, m.start() - 30), m.start()):
            continue  # "ten opzichte van de begroting 2023 met € 450": the base's year
        if (
            _BASED_ON.match(window, 0, m.start())
            and _FINITE_VERB_AFTER.match(window, m.end())
            and not _of_its_own_document(window, m)
        ):
            continue  # "Op basis van de realisaties in 2023 wordt ... € X verwacht": the basis's
        if _compared(window, m.start()) and not _THEN.match(window, m.end()):
            continue  # "lagen in 2020 lager dan in 2019; ... € 1,1 mld": the year compared with
        read = _read_years(m)
        if read is None:
            continue
        through_end = _expression_end(m)
        if _LEVEL_OF.search(window, max(0, m.start() - 12), m.start()):
            level = read, m  # "op het niveau van JJJJ": the level's year
        else:
            last, taken = read, m
    if taken is None and level is not None:
        last, taken = level  # "bedraagt op het niveau van JJJJ € N mln": the amount's own
    if taken is not None and _dates_an_earlier_conjunct(window, taken, last):
        return None, None, None
    return last


# A word in lower case right before a label's year ("in de voorjaarsnota 2025: € X"): the
# year names that noun, a document or a plan, and a colon after it opens what it holds; where
# the amount prints its own year at once after it ("€ 40 mln in 2026 en 2027",
# ``YEAR_AT_ONCE``) those are its years, not the noun's.
_WORD_BEFORE_YEAR = re.compile(r"(?<![\w\-])(?-i:[a-zà-ÿ][^\W\d_]+)[ \t\xa0]+\Z")
# A year printed as the label of the amount right after it: "2026: € 45 mln", "(2025: € 12
# mln)", "2025 t/m 2028: € 30 mln", a qualifier after the colon ("2026: ruim € 45 mln"); or
# without the colon where the year heads an item of a list or a bracket ("(2024 € 12 mln)",
# "het budget: 2025 € 12 mln, 2026 € 18 mln en 2027 € 20 mln"). An annual report's
# comparison with the year before and a list of amounts by year print it so. Two years
# joined by a dash, "t/m", "tot en met" or "tot" are a span ("2025 tot 2027: € 30 mln per
# jaar": 2025-2027, as "van 2025 tot 2027" reads).
_LABEL_YEARS = (
    r"(?P<a>(?:19|20)\d\d)(?:[ \xa0]*(?:[-–]|t/m|tot(?:[ \xa0]en[ \xa0]met)?)[ \xa0]*"
    r"(?P<b>(?:19|20)\d\d))?"
)
_LABEL_QUALIFIER = (
    r"(?:(?i:ruim|bijna|circa|ca\.|ongeveer|zo['’]n|maximaal|minimaal|naar[ \xa0]+schatting)"
    r"[ \t\xa0]+)?\Z"
)
# (A line may break after the colon: "(stand 1-1-2023:⏎€ 61,3 miljoen)".)
# A plus sign may stand between the colon and the amount ("- 2019: +€ 615 mln"): a rise,
# the year's as a minus's is.
# A label's one year may be opened to the later ones ("2028 en verder: € X per jaar",
# ``_ONWARDS``): from that year on, no end (group "on").
# A year "uit" governs is where money comes from, no label: "een kasschuif van € X uit JJJJ:
# € Y schuift naar JJJJ en € Z naar JJJJ" opens the parts, each going to a year of its own;
# so do "vanuit JJJJ:" and "uit het jaar JJJJ:", the same preposition, whatever whitespace
# stands between, a line break of a text layer too (``_OUT_OF_YEAR``, checked where a label
# is read).
_YEAR_LABEL = re.compile(
    rf"(?<![\w.,/\-–]){_LABEL_YEARS}"
    rf"(?P<on>{_ONWARDS_WORDS})?[ \t\xa0]*:[ \t\xa0]*"
    rf"(?:\n[ \t\xa0]*)?(?:\+[ \t\xa0]*)?{_LABEL_QUALIFIER}"
)
# The preposition a year the money leaves follows (``_YEAR_LABEL``), any whitespace after it.
_OUT_OF_YEAR = re.compile(
    r"(?<![^\W\d_])(?:vanuit|uit(?:\s+het\s+jaar)?)\s+\Z",
    re.IGNORECASE,
)
# An item's sum may stand in a bracket after its year, a plus sign before it or not ("Per
# jaar: 2026 (+ € 212 mln), 2027 (– € 48 mln) en 2028 (€ 61 mln)"): the year heads it as well;
# a year opened to the later ones before that bracket ("... en 2028 e.v. (€ 2 mln)",
# ``_ONWARDS``) heads it from that year on, no end (group "on"). A line may break after "en"
# or "of", the year opening the next line ("... en⏎2026 (€ 44 mln)").
_YEAR_HEAD = re.compile(
    rf"(?P<head>^|[(,;:]|(?<![\w])(?i:en|of)(?=[ \t\xa0\n]))[ \t\xa0\n]*{_LABEL_YEARS}"
    rf"(?:[ \t\xa0]+|(?P<on>{_ONWARDS_WORDS})?[ \t\xa0]*\([ \t\xa0]*(?:\+[ \t\xa0]*)?)"
    rf"{_LABEL_QUALIFIER}"
)
# A year printed right before a bracket holding the amount, after a word setting it in time
# ("van 2026 (€ 212 mln) naar 2028 (€ 150 mln)", "tussen 2024 (€ 12 mln) en 2027 (€ 20
# mln)", "in 2028 (€ 150 mln)", "een kasschuif aan 2020 (€ 98,7 mln) en 2021 (€ 50 mln)"),
# or after "tot" where a bracket closed before it ("van 2025 (€ 1,2 mld) tot 2029 (€ 0,8
# mld)"): the sum in the bracket is that year's, as the points of a path of levels by year
# print it. ("tot 2029 (€ 0,8 mld)" alone is a period's end.)
_YEAR_BRACKETED = re.compile(
    rf"(?:(?<![^\W\d_])(?i:van|naar|tussen|in|aan)|\)[ \t\xa0\n]*(?i:tot))[ \t\xa0\n]+"
    rf"{_LABEL_YEARS}[ \t\xa0]*\([ \t\xa0]*(?:\+[ \t\xa0]*)?{_LABEL_QUALIFIER}"
)
# A bracket holding only a year or a span of years right before the amount, after a word
# ("in het eerste jaar (2027) € 81.250", "de lasten (2026-2028) € 1,2 mln per jaar", "voor
# <Naam> (2026) € 2 mld"): it labels the amount after it, as a year and a colon does; so it
# does ending an item's label before its colon, after a word or the label's number ("-
# tranche 2 (2028): € 400 mln", "- <post> (2026): € 12 mln"). After an amount's unit or
# figure it is that amount's year ("€ 10 mln (2024) € 12 mln (2025)"), after a source
# "volgens" names a citation ("Volgens het <Instituut> (2025) € 3 mld", _CITED): neither
# labels the next amount.
_YEAR_CLOSED_BEFORE = re.compile(
    r"(?<=[\s\xa0])(?<![€$£ƒ][\s\xa0])(?!(?:mln|mld|miljoen|miljard|euro|duizend)[\s\xa0(])"
    rf"(?P<word>[^\W\d_]+|\d+(?=[ \t\xa0]*\([^()]*\)[ \t\xa0]*:))"
    rf"[ \t\xa0]*\([ \t\xa0]*{_LABEL_YEARS}[ \t\xa0]*\)"
    rf"(?:[ \t\xa0]*:[ \t\xa0]*(?:\n[ \t\xa0]*)?|[ \t\xa0]+){_LABEL_QUALIFIER}"
)
_CITED = re.compile(r"(?<![^\W\d_])(?i:volgens|aldus|zie)[ \t\xa0]+(?:(?i:het|de)[ \t\xa0]+)?\Z")
# Where the bracket and its colon end an item's label, the amount closes the item: a word of
# its basis or two after it at most ("per jaar", "structureel") and an aside, then a stop, a
# semicolon or the line's end ("- tranche 2 (2028): € 400 mln;"). Words going on after it
# make what the colon opens a sentence the amount only begins, a source's finding quoted
# under the source's year ("- <Raad> (2024): € 3 mld aan lasten is niet gedekt;").
_CLOSES_ITEM = re.compile(
    r"(?:[ \t\xa0]+(?i:per[ \t\xa0]+(?:jaar|maand|week|kwartaal)|structureel|incidenteel"
    r"|eenmalig|extra|cumulatief|in[ \t\xa0]+totaal)(?![\w\-])){0,2}"
    r"(?:[ \t\xa0]*\([^()\n]*\))?[ \t\xa0]*(?:[;.,][ \t\xa0]*)?(?:\n|\Z)"
)
# A noun in lower case and its year after it, the head of the four rules below that read the
# sum after them as the noun's in that year ("de begroting 2024 (€ 12 mln)", "het budget
# 2025 wordt met", "daalt het accres 2025 met", ", het accres 2015 met").
_NOUN_AND_YEAR = r"(?P<noun>(?-i:[a-z])[^\W\d_]{2,})[ \xa0]+(?P<a>(?:19|20)\d\d)"
# A noun and its year right before the bracket holding its sum ("lager dan het definitieve
# budget 2008 (€ 3.798 mln)", "de begroting 2024 (€ 12 mln)"): the sum is the noun's in that
# year, as after "van" or "bedraagt" (``_NOUN_YEAR``); a name with a capital, a word of a
# year expression and a price level are none (``_no_sums_year``).
_NOUN_YEAR_BRACKETED = re.compile(
    rf"(?<![\w\-]){_NOUN_AND_YEAR}[ \t\xa0]*"
    rf"\([ \t\xa0]*(?:\+[ \t\xa0]*)?{_LABEL_QUALIFIER}"
)
# A year heading an item of a list on its own line, after a bullet or a dash between it and
# the amount ("• 2027 – € 1.100 mln", "- 2027 € 1.100 mln", "2028 - € 1.200 mln" at a line's
# start): the item's year.
_YEAR_ITEM = re.compile(
    rf"(?:^|\n)[ \t\xa0]*(?P<bullet>[•▪◦·‣∙*–-][ \t\xa0]*)?{_LABEL_YEARS}[ \t\xa0]+"
    rf"(?P<dash>[–—-][ \t\xa0]+)?(?(bullet)|(?(dash)|(?!))){_LABEL_QUALIFIER}"
)
# An item of a list on its own line, after a bullet, its label ending in a noun and its year
# before the amount ("•   loon- en prijsbijstelling 2025      € 36,5 mln", "- de compensatie
# 2023   € 12 mln"), the item's topic and a colon before them or not ("- Btw-compensatiefonds:
# plafond 2026 € 3.871.000.000"): the item's year, as after a colon (``_YEAR_LABEL``); a name
# with a capital and a price level are none (``_no_sums_year``).
_NOUN_YEAR_ITEM = re.compile(
    rf"[ \t\xa0]*[•▪◦·‣∙*–-][ \t\xa0]*(?:[^\W\d_][^\d€$£ƒ;()]*?[ \t\xa0]+)?"
    rf"{_NOUN_AND_YEAR}[ \t\xa0]+{_LABEL_QUALIFIER}"
)
# A bracket opening on a year and a colon labels the amount inside it, words between them or
# not ("(2021: positief resultaat van € 8,9 miljoen)", "(2023: een tekort van € 2 mln)"): an
# annual report's figure of the year before, in words. No other bracket, figure or colon
# stands between (the bracket is the amount's own).
_BRACKET_LABEL = re.compile(
    rf"\([ \t\xa0]*{_LABEL_YEARS}[ \t\xa0]*:[ \t\xa0]*[^\W\d_][^()\d:;€$£ƒ\n]{{0,50}}\Z"
)
# A date right before an amount, a colon between or not, labels it by its year: a date is no
# name ("is 7 december 2023 € 355 mln toegekend", "(stand 1-1-2024: € 41.815.000)").
_DATE_LABEL = re.compile(
    rf"(?<![\w.,/\-–])(?:\d{{1,2}}[ \xa0]+(?i:{MONTH})[ \xa0]+|\d{{1,2}}-\d{{1,2}}-)"
    rf"(?P<a>(?:19|20)\d\d)[ \t\xa0]*(?::[ \t\xa0]*(?:\n[ \t\xa0]*)?)?{_LABEL_QUALIFIER}"
)
# "vanaf" (or "met ingang van") before a label's one year ("vanaf 2027: € 149.800 per jaar"
# in a list "2025: € X⏎2026: € Y⏎vanaf 2027: € Z"): the amount holds from that year on, no
# end, as "vanaf 2027 € Z" reads. ``FROM_WORDS`` and ``UNTIL_WORDS`` (below) are shared with
# a lead that is a time alone ("Vanaf 2027:", amounts_context_years).
FROM_WORDS = r"vanaf|v\.a\.|met[ \t\xa0]+ingang[ \t\xa0]+van"
_FROM_LABEL = re.compile(rf"(?<![^\W\d_])(?i:{FROM_WORDS})[ \t\xa0]+\Z")
# "tot" (or "tot en met", "t/m") before a label's one year, no year before it ("tot 2027: €
# 250.000 per jaar", "tot en met 2026: € 85.000 per jaar"): the year ends the amount's
# period, no start printed, as "tot 2027 € X" reads. After a year ("2025 tot 2027:") it joins
# a span (``_LABEL_YEARS``), no end alone.
UNTIL_WORDS = r"tot(?:[ \t\xa0]+en[ \t\xa0]+met)?|t/m"
_UNTIL_LABEL = re.compile(rf"(?<![^\W\d_])(?<!\d[ \t\xa0])(?i:{UNTIL_WORDS})[ \t\xa0]+\Z")
# A year and "en" or "of" before a label's year: the label is of both years. A text layer may
# break the line between the first year and "en" ("in JJJJ⏎en JJJJ: € X", "in JJJJ⏎en JJJJ
# € X per jaar"): the break is white space, the years joined as on one line.
_YEARS_LISTED = re.compile(r"(?:19|20)\d\d[ \t\xa0\r\n]+(?:en|of)[ \t\xa0]+\Z")
# Years joined by "en" or "of" before the last: a span or a list, no label ("tussen 2020 en
# 2025 € 12 mln").
_YEAR_JOINED = re.compile(r"(?:19|20)\d\d[ \t\xa0\r\n]*\Z")
# A noun and its year, then the verb or "van" giving its sum: "het verplichtingenbudget 2008
# van € 398,2 mln", "het rekeningresultaat 2023 bedraagt € 3,5 mln", "de loon- en
# prijsbijstelling 2023 bedraagt € 3,1 miljoen": the year is the sum's, whatever date the
# sentence reports it at ("is per 1 augustus 2007 87% verplicht"). A name printed with a
# capital ("Wmo 2015 is 3,6 miljard", "Voorjaarsnota 2021 van") and a word of a year
# expression ("tot 2025 van") are no such noun. So is the noun and its year a change is
# made to, its verb and "met" before the change ("het budget 2025 wordt met € 87 mln
# opgehoogd", "het kader 2024 is eenmalig met € 12 mln verlaagd", "de bijdrage 2026 stijgt
# met € 5 mln"): the change is in the noun's year. Its verb may be a plural's ("de budgetten
# 2020 bedragen") or "uitkomen op" ("het accres 2015 komt uit op € 183 mln"); the noun may
# head a compound after its hyphen ("de SDE+-openstellingsrondes 2018 bedroeg"). A saldo's
# verbs of getting better or worse are verbs of change as "stijgt" is ("het <noun> JJJJ
# verslechtert met € X"), and "uitvallen" prints the sum right after its verb, a word or
# two between or none ("de bijdrage 2025 valt € X hoger uit dan geraamd", "de kosten 2026
# vallen naar verwachting € X lager uit"; the verb-first form ``_VERB_NOUN_YEAR`` reads): the
# sum is the noun's in its year. So is the level a change reaches, "naar" before it where
# "met" stands before the change ("het <noun> JJJJ verbetert hierdoor naar € X", "het tekort
# JJJJ loopt op naar € X", "daalt het <noun> JJJJ naar € X"), unless a year follows the level
# at once ("het budget JJJJ stijgt naar € X in JJJJ", "naar € X vanaf JJJJ"): the level is
# reached then, its year the one after it (``year_label``, ``to``).
# A level set or estimated, a passive's verb, a word or two and its participle before "op" ("het
# accres 2024 wordt definitief vastgesteld op € X", "het budget 2025 is geraamd op € X"): the
# sum is the noun's in its year, as after "bedraagt"; the text layer may wrap the line between
# those words ("wordt definitief⏎vastgesteld op"). So is a level a decision's point proposes
# to set, its infinitive with "te" before "op" ("de tarieven van de <heffing> JJJJ vast te
# stellen op € X", "de bijdrage JJJJ te bepalen op € X", as a raadsvoorstel's beslispunten
# print them).
_SET_PARTICIPLE = (
    r"(?:vastgesteld|geraamd|begroot|becijferd|bepaald|berekend|geschat|gesteld|bijgesteld)"
    r"[ \t\xa0\n]+op"
)
_SET_AT = (
    r"(?:(?:wordt|werd|is|was|worden|werden|zijn|waren)(?:[ \t\xa0\n]+[^\W\d_]+){0,2}?"
    rf"[ \t\xa0\n]+{_SET_PARTICIPLE}"
    r"|(?:vast[ \t\xa0\n]+)?te[ \t\xa0\n]+(?:stellen|ramen|bepalen|begroten)[ \t\xa0\n]+op)"
)
# What a level is set by, its source or norm, a phrase before the noun and year a level is set
# at ("de leges conform de nota lokale heffingen JJJJ vast te stellen op € X", "volgens de
# kadernota JJJJ", "op basis van de kostendekkendheid JJJJ"): the noun and its year are no
# object of the verb, only what the level follows; its year is none of the sum's.
_SET_BY = re.compile(
    r"(?<![^\W\d_])(?:conform|volgens|overeenkomstig|ingevolge|zoals[ \t\xa0\n]+in"
    r"|(?:op|ten)[ \t\xa0\n]+(?:basis|grond)[ \t\xa0\n]+van|aan[ \t\xa0\n]+de[ \t\xa0\n]+hand"
    r"[ \t\xa0\n]+van)(?:[ \t\xa0\n]+[^\W\d_][\w\-]*){0,4}[ \t\xa0\n]+\Z",
    re.I,
)
# A year the set level is tied to at once after it, how it counts between or none ("op € X
# per aanvraag in JJJJ", "op € X vanaf JJJJ"): the level's year, not the noun's before it.
_SET_YEAR_AFTER = re.compile(
    r"[ \t\xa0\n]*(?:per[ \t\xa0\n]+[^\W\d_]+[ \t\xa0\n]*)?(?:in|voor|over|vanaf|tot|t/m)"
    r"[ \t\xa0\n]+(?:19|20)\d\d\b",
    re.I,
)
# The base a change is measured against, set between its verb and "met" ("het accres 2022
# stijgt ten opzichte van de meicirculaire 2022 met € X", "vergeleken met de raming met"): a
# phrase of comparison, its noun and a year of its own or none; the change is still of the
# noun's year before the verb.
_BASE_BETWEEN = (
    r"(?i:ten[ \t\xa0]+opzichte[ \t\xa0]+van|vergeleken[ \t\xa0]+met)[ \t\xa0]+"
    r"(?:(?i:de|het)[ \t\xa0]+)?[^\W\d_]+[ \t\xa0]+(?:(?:19|20)\d\d[ \t\xa0]+)?"
)
# What the level is, named between its verb and the sum ("het resultaat 2024 komt uit op een
# nadeel van € X", "het saldo 2023 bedraagt een voordelig saldo van € X"): "een", a word
# or none, a noun and "van"; the sum is still the level's, of the noun's year.
_SUM_NAMED = r"[ \t\xa0]+(?i:een)[ \t\xa0]+(?:[^\W\d_]+[ \t\xa0]+)?[^\W\d_]+[ \t\xa0]+van"
# A subject, an article or a preposition between a change's verb and its sum: the noun
# before the verb is no subject ("door de <noun> JJJJ verslechtert dit met", "de <noun>
# JJJJ valt de <noun> € X hoger uit", "valt onder de € X"), as a preposition before it
# says (``_GOVERNED``).
_NO_ADVERB = (
    r"(?i:dit|dat|deze|die|het|de|een|zij|ze|hij|men|wij|we|onder|binnen|buiten|boven|in|op"
    r"|bij|voor|na|aan|tot|door|over|uit|tegen)"
)
# A level a copula gives the noun ("het saldo 2023 was € X"), or a verb of a level, with an
# adverbial phrase between it and the sum, a preposition and a few words ("het
# begrotingssaldo 2024 is na verwerking van deze voorstellen € X positief", "het resultaat
# 2024 bedraagt na bestemming € X"): the sum is the noun's in its year, as right after
# "bedraagt"; not where a preposition governs the noun (``_not_what_changes``: "door de cao
# 2025 is € X nodig"), nor where the phrase ends on a preposition (``_PHRASE_PREPOSITION``):
# the sum is then inside the phrase, another noun's ("het akkoord 2021 is door een bijdrage
# van € X verlengd", "de cao 2025 is na een looneis van € X"), not the level the verb gives.
_PHRASE_PREPOSITION = (
    r"(?i:van|met|voor|aan|op|tot|in|uit|over|door|bij|naar|tegen|om|onder|per|na|vanaf"
    r"|sinds|zonder)(?![\w\-])"
)
_ADVERBIAL = (
    r"(?:[ \t\xa0\n]+(?i:na|volgens|inclusief|exclusief|zonder|door|dankzij|ondanks|bij)"
    r"(?:[ \t\xa0\n]+[^\W\d_][\w\-]*){0,4}?"
    rf"[ \t\xa0\n]+(?!{_PHRASE_PREPOSITION})[^\W\d_][\w\-]*)?"
)
# White space a text layer's hard line break may fall in, one break at most ("de uitkering
# 2026 valt⏎€ X hoger uit"): the words either side are one sentence's, as on one line.
_LINE_GAP = r"(?=[ \t\xa0\n])[ \t\xa0]*+(?:\n[ \t\xa0]*+)?"
_NOUN_YEAR = re.compile(
    rf"(?<!\w){_NOUN_AND_YEAR}{_LINE_GAP}"
    r"(?:van|(?:bedraagt|bedroeg|bedragen|bedroegen|beloopt|beliep|belopen|beliepen"
    rf"|(?:komt|kwam|komen|kwamen){_LINE_GAP}(?:[^\W\d_]+{_LINE_GAP})?uit{_LINE_GAP}op"
    rf"|(?P<set>{_SET_AT})|(?P<copula>is|was|zijn|waren)){_ADVERBIAL}"
    rf"(?:{_SUM_NAMED})?"
    r"|(?P<change>(?:wordt|werd|is|was|stijgt|steeg|daalt|daalde|groeit|groeide|verbetert"
    rf"|verbeterde|verslechtert|verslechterde|neemt|nam|(?:loopt|liep){_LINE_GAP}op){_LINE_GAP}"
    rf"(?:(?!{_NO_ADVERB}[ \t\xa0\n])[^\W\d_]+{_LINE_GAP})?(?:{_BASE_BETWEEN})?(?:met|(?P<to>naar))"
    rf"|(?P<falls>valt|viel|vallen|vielen)(?:{_LINE_GAP}(?P<fell>(?i:mee|tegen)){_LINE_GAP}met"
    rf"|(?:{_LINE_GAP}(?!{_NO_ADVERB}[ \t\xa0\n])[^\W\d_]+){{0,2}})))"
    rf"{_LINE_GAP}{_LABEL_QUALIFIER}"
)
# The sum "uitvallen" gives is printed before "uit", a word or a comparative and up to two
# words before it between or none ("valt € X hoger uit", "valt € X structureel hoger uit",
# "valt € X per saldo lager uit"), or before "mee" or "tegen" ("viel € X mee"), or after
# "mee met" or "tegen met" (``_NOUN_YEAR``'s ``fell``: "valt mee met € X"): "valt" and the
# sum alone are no such change ("valt onder de € X", "vallen buiten de € X die ...").
_FALLS_OUT = re.compile(
    r"[ \t\xa0\n]+(?:(?:(?:[^\W\d_]+[ \t\xa0\n]+){0,2}[^\W\d_]+er|[^\W\d_]+)[ \t\xa0\n]+uit"
    r"|uit|mee|tegen)(?![^\W\d_])",
    re.I,
)
# A noun and its year that a preposition other than "van" governs ("door de nieuwe <noun>
# JJJJ verslechtert dit met", "op basis van de <noun> JJJJ valt", "de <noun> volgens de
# <noun> JJJJ valt"): a cause, a source or a base of the change, not what
# changes; its year is none of the sum's. ("het saldo van de jaarrekening 2024 valt" is the
# saldo's of that year.) An article and words in -e ("de nieuwe", "de primaire") may stand
# between.
_GOVERNED = re.compile(
    r"(?<![^\W\d_])(?:door|na|volgens|onder|binnen|buiten|uit|in|bij|op|met|voor|dan|over"
    r"|zoals|vanwege|wegens|dankzij|sinds"
    r"|(?:op|ten|als|naar|in[ \t\xa0\n]+het)[ \t\xa0\n]+[^\W\d_]+[ \t\xa0\n]+van)"
    r"[ \t\xa0\n]+(?:(?:de|het|een|deze|dit|die)[ \t\xa0\n]+)?(?:[^\W\d_]+e[ \t\xa0\n]+){0,2}\Z",
    re.I,
)
# Where "op" or "in" governs a year's accounts or budget right after the subject's article
# and noun ("Het resultaat op de jaarrekening 2024 verbetert met € 2 mln", "Het tekort in de
# begroting 2026 neemt toe met"), the phrase names the subject's year, the books it stands
# in: its year is the sum's, as after "van" ("het saldo van de jaarrekening 2024 valt").
_IN_THE_BOOKS = re.compile(
    r"(?<![^\W\d_])(?:de|het)[ \t\xa0\n]+[^\W\d_]+[ \t\xa0\n]+(?:op|in)[ \t\xa0\n]+de"
    r"[ \t\xa0\n]+\Z",
    re.I,
)
_BOOKS = re.compile(r"(?:jaar)?rekening|begroting|jaarverslag", re.I)
# The same change with its verb first, as a clause opening on an adverbial or a cause puts it
# ("Door de lagere uitgaven daalt het accres 2025 met € 120 mln", "In de Najaarsnota wordt het
# budget 2026 met € 4 mln verhoogd", "neemt de bijdrage 2024 toe met"), or a verb making the
# change, the noun its object ("De begroting 2025 verhoogt de bijdrage 2026 met € X"): the
# verb, the noun's article, the noun and its year, a word between or none, then "met" and the
# change; or the
# sum right after the year, as "uitvallen" prints it ("Ten opzichte van de raming viel het
# accres 2016 € 180 mln hoger uit", "valt de bijdrage 2025 € 3 mln lager uit"); or a level set
# at the sum, the participle and "op" after the year ("wordt het accres 2023 definitief
# vastgesteld op € X", as ``_SET_AT`` reads the noun first). Words in -e may stand between the
# article and the noun, as they do in a name of a budget's post ("stijgt de algemene uitkering
# 2023 met € X", "daalt het totale accres 2025 met").
_VERB_NOUN_YEAR = re.compile(
    r"(?<![\w\-])(?i:wordt|werd|is|was|stijgt|steeg|daalt|daalde|groeit|groeide|verbetert"
    r"|verbeterde|verslechtert|verslechterde|neemt|nam|valt|viel|verhoogt|verhoogde|verlaagt"
    r"|verlaagde)"
    rf"{_LINE_GAP}(?i:de|het){_LINE_GAP}(?:(?-i:[a-z])[^\W\d_]+e{_LINE_GAP}){{0,2}}"
    rf"{_NOUN_AND_YEAR}"
    rf"{_LINE_GAP}(?:(?:[^\W\d_]+{_LINE_GAP})?(?:met|(?P<to>naar)){_LINE_GAP}"
    rf"|(?:[^\W\d_]+[ \t\xa0\n]+)?{_SET_PARTICIPLE}{_LINE_GAP})?"
    rf"{_LABEL_QUALIFIER}"
)
# A second change the verb of the first governs, printing no verb of its own: a comma or "en",
# the noun's article, the noun and its year, then "met" ("het accres 2014 is met € 162 mln
# verhoogd, het accres 2015 met -/- € 96 mln"). (A noun and year after a preposition is no
# such subject: "steeg in de decembercirculaire 2022 met € 38 per inwoner".)
_GAPPED_NOUN_YEAR = re.compile(
    rf"(?:,|(?<![\w\-])en)[ \t\xa0\n]+(?i:de|het)[ \t\xa0]+{_NOUN_AND_YEAR}"
    rf"[ \t\xa0]+met[ \t\xa0]+{_LABEL_QUALIFIER}"
)

# The level of prices or wages a sum is counted in ("in prijspeil 2023 van € 400 mln", "in
# prijzen 2024 bedraagt", "loonpeil", "prijsniveau"): its year is the prices', not the sum's
# (an "uitgavenniveau 2024" is the sum's level in 2024).
_PRICE_LEVEL = re.compile(r"(?:peil|prijsniveau|prijzen)\Z")


def _no_sums_year(noun: str) -> bool:
    """Whether a noun before its year and "van" or "bedraagt" names no year of the sum after
    them: a word of a year expression (``YEAR_WORDS``), "voor" stressed as "before" ("de
    kosten vóór 2030 bedragen": a time before that year, as the year reader takes it), or a
    price level (``_PRICE_LEVEL``)."""
    return noun in YEAR_WORDS or noun == "vóór" or _PRICE_LEVEL.search(noun) is not None


# A budget document of a year as the topic a sentence opens with: "De jaarrekening 2008 sluit
# met een voordelig saldo van € 3,84 miljoen", "In de financiële verantwoording 2005 troffen
# wij fouten aan van EUR 312,4 miljoen", "Bij de programmabegroting 2024 is € 2 mln
# toegevoegd": the year of the accounts or the budget is that of the sums the sentence reports
# in it. Only the documents that are of one budget year (a begroting, rekening, jaarverslag,
# verantwoording, jaarstukken, a budget: "De voorlopige budgetten 2020 van de steden bedragen
# respectievelijk € X", "In het budget 2020 is € X opgenomen", or an amendment of one: "De
# tweede begrotingswijziging 2025 sluit met een nadelig saldo van € X") in lower case after
# their article, a word or two before the noun or none; a span of years ("de begroting
# 2024-2027"), a named document ("de Voorjaarsnota 2021") and a budget of several years named
# by its first ("de meerjarenbegroting 2024": "jaarlijks € 5 mln" in it is no sum of 2024
# alone) are none. A text layer may break the line after any of the words ("De⏎jaarrekening
# 2008 sluit", "In de⏎begroting 2024 is"): the break is white space.
_DOCUMENT_YEAR = re.compile(
    r"[ \t\xa0\r\n]*(?:(?i:in|bij|uit|volgens)[ \t\xa0\r\n]+)?(?i:de|het)[ \t\xa0\r\n]+"
    r"(?:[a-z][^\W\d_]*[ \t\xa0\r\n]+){0,2}?"
    r"(?=[a-z])(?!meerjaren)[^\W\d_]*?(?:begroting(?:swijziging)?|rekening|verslag|verantwoording"
    r"|jaarstukken"
    r"|budget(?:ten)?)"
    r"[ \t\xa0\r\n]+(?P<a>(?:19|20)\d\d)"
    r"(?![\d/\-–]|[ \t\xa0]*(?:[\-–]|t/m|tot|en|of)[ \t\xa0\r\n]*(?:19|20)\d\d)"
)


# A topic and its year before a colon opening a sentence, a headline's or a line's, and a
# clause after it ("Waterschapsbelastingen 2020: huishouden betaalt gemiddeld 14 euro meer",
# "Voorjaarsnota 2018: meevallers van 3 miljard"): the year heads the clause as a label's
# heads the amount right after its colon (``year_label``). A word or two may stand between
# the topic's first word and its year; a span of years heads the clause as a whole.
_TOPIC_YEAR = re.compile(
    r"[ \t\xa0\r\n]*(?-i:[A-Z])[^\W\d_]*(?:[ \t\xa0]+[^\W\d_]+){0,2}[ \t\xa0]+"
    r"(?P<a>(?:19|20)\d\d)(?:[ \t\xa0]*[-–][ \t\xa0]*(?P<b>(?:19|20)\d\d))?[ \t\xa0]*:"
    r"[ \t\xa0]+(?=[^\W\d_])"
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\xa0]*\r?\n")
# A noun and its year after the document's, before the sum ("De begrotingswijziging 2025
# verhoogt de bijdrage 2026 met € X"): what the sum is of, nearer it than the document; its
# year is the sum's, unless a preposition governs it (``_GOVERNED``: "ten opzichte van de
# raming 2024", a base).
_LATER_NOUN_YEAR = re.compile(
    rf"(?<![^\W\d_])(?i:de|het)[ \t\xa0\r\n]+{_NOUN_AND_YEAR}(?![\d/\-–])"
)
# Where a clause of a sentence opens after its first amount: a comma or a semicolon, a
# conjunction after it or none ("..., maar in de begrotingswijziging 2025 is € X"), or a
# conjunction of contrast alone.
_CLAUSE_OPENING = re.compile(
    r"(?:[,;][ \t\xa0\r\n]*(?:(?i:maar|en|terwijl|want|dus)(?![^\W\d_]))?"
    r"|(?<![^\W\d_])(?i:maar|terwijl)(?![^\W\d_]))"
)


def document_year(opening: str) -> Years:
    """The year of a budget document a sentence opens with as its topic (``_DOCUMENT_YEAR``),
    or of a topic heading it before a colon (``_TOPIC_YEAR``), read from ``opening``, the
    sentence's words up to its first amount, past a heading the sentence reader joined to it
    (the words after its last blank line); none without one."""
    if not may_join_year(opening):
        return None, None, None  # most sentences: no year
    breaks = list(_PARAGRAPH_BREAK.finditer(opening))
    start = breaks[-1].end() if breaks else 0
    m = _DOCUMENT_YEAR.match(opening, start)
    if m is None:
        topic = _TOPIC_YEAR.match(opening, start)
        if topic is None:
            return None, None, None
        first = int(topic.group("a"))
        last = int(topic.group("b")) if topic.group("b") else first
        return (first, last, "document") if first <= last else (None, None, None)
    year = int(m.group("a"))
    later = _LATER_NOUN_YEAR.search(opening, m.end())
    if (
        later is not None
        and not _no_sums_year(later.group("noun").lower())
        and _GOVERNED.search(opening, max(0, later.start() - 60), later.start()) is None
    ):
        year = int(later.group("a"))  # "De begroting 2025 verhoogt de bijdrage 2026 met € X"
    return year, year, "document"


def clause_document_year(between: str) -> Years:
    """The year of a budget document opening the clause an amount after the sentence's first
    stands in (``_DOCUMENT_YEAR`` after ``_CLAUSE_OPENING``: "In het budget 2023 is € X
    opgenomen, maar in de begrotingswijziging 2025 is € Y"), read from ``between``, the words
    since the previous amount: that clause's sums are of its document, not of the sentence's
    first; none without one."""
    if not may_join_year(between):
        return None, None, None
    for opening in reversed(list(_CLAUSE_OPENING.finditer(between))):
        m = _DOCUMENT_YEAR.match(between, opening.end())
        if m is not None:
            year = int(m.group("a"))
            return year, year, "document"
    return None, None, None


# The head of a word the text layer wrapped at a hyphen at a line's end, right before the
# noun read after it ("In de rijksbegro-⏎ting 2021 is"), or the first parts of a compound
# the noun ends, joined to it by hyphens ("Op grond van de <Naam>-regeling 2022 is", "in de
# EU-verordening 2021 is"): the word the preposition governs starts there.
_WRAPPED_HEAD = re.compile(r"(?:[^\W\d_]+-)+(?:\r?\n[ \t\xa0]*)?\Z")


def _not_what_changes(noun: re.Match[str], before: str, after: str) -> bool:
    """Whether the noun and year a change's verb or a copula follows (``_NOUN_YEAR``) are no
    subject of the change or the level: a preposition governs them (``_GOVERNED``, before
    the whole of a word wrapped or compounded at a hyphen: ``_WRAPPED_HEAD``), save "op" or
    "in" the subject's books (``_IN_THE_BOOKS``), or "uitvallen" has no "uit", "mee" or
    "tegen" after the sum (``_FALLS_OUT``) nor "mee met" or "tegen met" before it."""
    if noun.group("falls") and noun.group("fell") is None and _FALLS_OUT.match(after) is None:
        return True
    changes = noun.group("change") or noun.group("falls") or noun.group("copula")
    start = noun.start()
    if (head := _WRAPPED_HEAD.search(before, max(0, start - 40), start)) is not None:
        start = head.start()
    if not changes or _GOVERNED.search(before, max(0, start - 60), start) is None:
        return False
    return not (
        _BOOKS.fullmatch(noun.group("noun"))
        and _IN_THE_BOOKS.search(before, max(0, start - 60), start) is not None
    )


def _year_label_not_left(before: str, window: str) -> re.Match[str] | None:
    """``_YEAR_LABEL`` in ``window``, the end of ``before``, where no year the money leaves
    ("uit⏎2024: € X schuift naar 2025", ``_OUT_OF_YEAR``) starts it."""
    label = _YEAR_LABEL.search(window)
    while label is not None:
        at = len(before) - len(window) + label.start()  # (the window's "\x00" counted)
        if _OUT_OF_YEAR.search(before, max(0, at - 30), at) is None:
            return label
        label = _YEAR_LABEL.search(window, label.start() + 1)
    return None


# A list line printing its label and its amount in two cells a tab apart, the label naming a
# year ("2020<TAB>€ 118 mln", "Accres 2023<TAB>+ € 230 miljoen"), as a browser or a converter
# copies a row of two cells: the tab ends the label as a colon does ("2020: € 118 mln"), a
# plus sign after it or not. The label holds no other figure, no colon and no currency.
_LABEL_CELL = re.compile(
    r"(?:\A|(?<=\n))[ \xa0]*(?P<label>[^\t\n\d€$£ƒ:]*?(?:19|20)\d\d[^\t\n\d€$£ƒ:]*?)"
    r"\t[ \t\xa0]*(?:\+[ \t\xa0]*)?\Z"
)


# A label cell whose year is not the amount's: the year of a document, an agreement or a
# decision the amount stems from ("Septembercirculaire 2023", "Coalitieakkoord 2021", "Motie
# X (2023)", a year in brackets after a name; a motion or an amendment as a word of its own,
# not "Promotie"), or a price level's or a reference date's
# ("Prijspeil 2024", "Peildatum 2023"). Such a row's amount is one of later years or of any.
_OTHER_YEAR_LABEL = re.compile(
    r"""(?:circulaire|akkoord|\bmotie|\bamendement|toezegging|prijspeil|prijsniveau|peildatum
       |peiljaar|ijkjaar|basisjaar|referentie
       |\([ \t\xa0]*(?:19|20)\d\d[ \t\xa0]*\))""",
    re.IGNORECASE | re.VERBOSE,
)


def cell_label_as_colon(before: str, opens_line: bool) -> str:
    """``before``, the words up to an amount, with the tab ending its line's label cell
    (``_LABEL_CELL``) written as the colon it stands for, so ``year_label`` reads the label's
    year as it reads "2020: € 118 mln" (a caption over the list, printed without a stop,
    ran into the first row's sentence and left its year unread). ``opens_line``: whether
    ``before`` starts at a line's start (else a label at its start is only a line's end)."""
    if "\t" not in before:
        return before
    cell = _LABEL_CELL.search(before)
    if (
        cell is None
        or (cell.start() == 0 and not opens_line)
        or _OTHER_YEAR_LABEL.search(cell.group("label")) is not None
    ):
        return before
    tab = cell.end("label")
    return f"{before[:tab]}:{before[tab + 1 :]}"


def year_label(before: str, after: str) -> Years | None:
    """The years of a label ending ``before``, the words up to the amount (``_YEAR_LABEL``),
    or of a noun's year before its sum (``_NOUN_YEAR``, ``_VERB_NOUN_YEAR``) or ending the
    label of its list's item (``_NOUN_YEAR_ITEM``), or None without one (most amounts: no
    year just before them). ``after``: the words after the amount, where "uitvallen" ends
    (``_FALLS_OUT``) and an item a bracketed year labels closes (``_CLOSES_ITEM``)."""
    if "(" in before[-70:] and (bracket := _BRACKET_LABEL.search(before[-70:])) is not None:
        first = int(bracket.group("a"))
        last_year = int(bracket.group("b")) if bracket.group("b") else first
        return (first, last_year, "label") if last_year >= first else None
    last = before.rstrip()[-1:]
    window = before[-60:]
    if (
        last in (")", ":")
        and (closed := _YEAR_CLOSED_BEFORE.search(window)) is not None
        and _CITED.search(window, 0, closed.start("word")) is None
        and (":" not in closed.group() or _CLOSES_ITEM.match(after) is not None)
    ):
        first = int(closed.group("a"))
        last_year = int(closed.group("b")) if closed.group("b") else first
        return (first, last_year, "label") if last_year >= first else None
    if not last.isdigit() and ":" not in before[-40:] and last not in "–—-(+":
        tail = max(0, len(before) - 100)  # (a base between verb and "met" is long)
        noun = (
            _NOUN_YEAR.search(before, tail)
            or _VERB_NOUN_YEAR.search(before, tail)
            or _GAPPED_NOUN_YEAR.search(before, tail)
            if may_join_year(before[tail:])
            else None
        )
        if noun is None or _no_sums_year(noun.group("noun").lower()):
            return None
        if noun.re is _NOUN_YEAR and _not_what_changes(noun, before, after):
            return None
        if noun.groupdict().get("to") and YEAR_AT_ONCE.match(after):
            return None  # "stijgt naar € X in JJJJ": the level's year is the one after it
        if noun.groupdict().get("set") and (
            _SET_BY.search(before, max(0, noun.start() - 80), noun.start())
            or _SET_YEAR_AFTER.match(after)
        ):
            return None  # "conform de nota JJJJ vast te stellen op € X per stuk in JJJJ"
        year = int(noun.group("a"))
        return year, year, "label"
    window = before if len(before) <= 40 else "\x00" + before[-40:]  # "^": its real start
    label = _year_label_not_left(before, window)
    label = (
        label
        or _YEAR_HEAD.search(window)
        or _DATE_LABEL.search(window)
        or _YEAR_ITEM.search(window)
        or _YEAR_BRACKETED.search(window)
    )
    if label is None and "(" in window:
        label = _NOUN_YEAR_BRACKETED.search(window)
        if label is not None and _no_sums_year(label.group("noun").lower()):
            return None
    if label is None and last.isdigit():
        label = _NOUN_YEAR_ITEM.fullmatch(before, before.rfind("\n") + 1)
        if label is not None and _no_sums_year(label.group("noun").lower()):
            return None
    if label is None:
        noun = _VERB_NOUN_YEAR.search(before, max(0, len(before) - 60)) if last.isdigit() else None
        if noun is not None and not _no_sums_year(noun.group("noun").lower()):
            # "viel het accres 2016 € 180 mln hoger uit": the sum right after the noun's year
            return int(noun.group("a")), int(noun.group("a")), "label"
        return None
    if label.re is _YEAR_LABEL and _YEARS_LISTED.search(window, 0, label.start()):
        return None  # "2020 en 2021: € 880 mln per jaar": both years', no label of the last
    if (
        label.re is _YEAR_LABEL
        and _WORD_BEFORE_YEAR.search(window, 0, label.start())
        and YEAR_AT_ONCE.match(after)
    ):
        return None  # "in de voorjaarsnota 2025: € 40 mln in 2026 en 2027": the note's year
    year_at = len(before) - len(window) + label.start("a")  # (the window's "\x00" counted)
    if _PRICES_LABEL.search(before, max(0, year_at - 40), year_at) is not None:
        return None  # "(in prijzen van JJJJ: US$ X miljard)": the prices' year
    head = label.groupdict().get("head")
    if head and head[:1] in "eEoO" and _YEAR_JOINED.search(window, 0, label.start("head")):
        return None
    first = int(label.group("a"))
    if label.re is _YEAR_HEAD and label.group("on") and label.group("b") is None:
        return first, None, "vanaf"  # "... en 2028 e.v. (€ 2 mln)"
    if label.re is _YEAR_LABEL and label.group("b") is None:
        if label.group("on") or _FROM_LABEL.search(before, max(0, year_at - 30), year_at):
            return first, None, "vanaf"
        if _UNTIL_LABEL.search(before, max(0, year_at - 30), year_at):
            return None, first, "tot"
    last = int(label.group("b")) if label.groupdict().get("b") else first
    return (first, last, "label") if last >= first else None
