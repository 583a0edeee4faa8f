"""Years an amount takes from elsewhere than its own words.

The sentence before, a list's introduction, "dit jaar", "de komende vijf jaar", pairs of
"respectievelijk", and in ``fill_context_years`` the heading's year or the document's
budget year for an amount whose sentence names none; each such row says ``context``. Also
"het jaar daarop", the year after one its own sentence prints, which that sentence states.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import Any

from budgetkit.extract.amounts_roles import part_in
from budgetkit.extract.amounts_windows import may_hold
from budgetkit.extract.amounts_years import (
    APOSTROPHES,
    FROM_WORDS,
    MONTH,
    OLD_SINCE,
    ONWARDS_ABBREVIATION,
    ONWARDS_WORD,
    UNTIL_WORDS,
    YEAR,
    YEAR_TOKEN,
    YEAR_WORDS,
    Years,
    full_years,
    has_year,
    last_years,
    year_expressions,
    years_in,
)
from budgetkit.extract.money import find_money
from budgetkit.extract.money_grammar import ROUGHLY
from budgetkit.extract.money_scan import unfolded
from budgetkit.extract.money_words import word_number
from budgetkit.sources import SourceDocument
from budgetkit.textmodel import OPEN_ENDS, TextModel

_COMING_YEARS = re.compile(r"\bkomende\s+(?P<n>\d{1,2}|\w+)\s+jaar\b[^.;€\d]{0,40}$", re.I)
_LIST_COLON = re.compile(r":[ \t\xa0]*\n")
_THIS_YEAR = re.compile(r"\b(?:in\s+)?dit\s+jaar\b", re.I)
_NEXT_YEAR = re.compile(r"\b(?:in\s+)?(?:het\s+)?(?:volgend|komend)e?\s+jaar\b", re.I)
_LAST_YEAR = re.compile(r"\b(?:in\s+)?(?:het\s+)?(?:vorig|afgelopen)e?\s+jaar\b", re.I)
_BRACKETED_ITEMS = re.compile(r"[\s\xa0]*\)[\s\xa0]*(?:,|en|of)[^().;:€\d]{1,60}\([\s\xa0]*")
# A change's verb and "tot" between a change and the level it reaches ("wordt met € 87 mln
# opgehoogd tot € 6.538 mln", "stijgt met € 5 mln tot € 40 mln"): the level is the one the
# change makes in the change's years. What the level is may be named between "tot" and it,
# an article, a word or two and "van" ("stijgt met € X tot een positief saldo van € Y",
# "tot een tekort van"), as a change's ends name it (``_CHANGE_TO``). A sum counted up or a
# cap so named is no level of those years ("tot een cumulatief bedrag van € X", "tot een
# maximum van € X per <eenheid>"): it spans years of its own or none. Nor is a total ("tot
# een totaal van € X"), save one the change of a noun and its year reaches ("het <noun> JJJJ
# stijgt met € X tot een totaal van € Y": the noun's level in that year, ``shares_years``),
# and not where a span of its own follows it ("tot een totaal van € X voor de hele
# <periode>", ``_SPAN_OF_ITS_OWN``).
_NO_LEVEL = r"(?:cumulatie|maxim|minim|plafond)"
_TOTAL = r"(?:totaa?l|gezamenlijk)"


def _level_reached(no_level: str) -> re.Pattern[str]:
    """A change's verb and "tot" before the level it reaches, the level named or not, a
    word ``no_level`` names leaving no level of the change's years."""
    return re.compile(
        r"[ \t\xa0\n]*(?:(?:opgehoogd|verhoogd|verlaagd|bijgesteld|aangevuld|teruggebracht"
        r"|verminderd|vermeerderd)[ \t\xa0\n]+)?tot[ \t\xa0\n]+"
        rf"(?:(?:een|het|de)[ \t\xa0\n]+(?:(?!{no_level})[^\W\d_]+[ \t\xa0\n]+){{1,2}}?"
        r"van[ \t\xa0\n]+)?"
        rf"(?:{ROUGHLY}[ \t\xa0\n]+)?",
        re.I,
    )


_REACHED = _level_reached(f"{_NO_LEVEL}|{_TOTAL}")
_TOTAL_REACHED = _level_reached(_NO_LEVEL)
_SPAN_OF_ITS_OWN = re.compile(
    r"[^;\n]{0,30}?(?<![^\W\d_])(?:(?:voor|over|in|gedurende)[ \t\xa0\n]+(?:de|het)"
    r"[ \t\xa0\n]+(?:(?:ge)?hele[ \t\xa0\n]+)?[^\W\d_]*(?:periode|looptijd)|sinds)"
    r"(?![^\W\d_])",
    re.I,
)
# A word restating the amount before in other terms ("600 miljoen gulden voor 2000 en 2001
# gereserveerd, dus 300 miljoen per jaar", "€ 1.862 per jaar, ofwel € 155 per maand"): the
# restatement is of the same money, in the same years. Right after the comma: "samen dus €
# 23 mld" sums the amounts before, of several years.
# The restatement may name what the sum is in the other terms, an article, a noun and "van"
# ("€ -3,6 mln in 2023, oftewel een extra last van € 3,6 mln", "dus een besparing van").
_RESTATES = re.compile(
    r",[ \t\xa0\n]*(?i:dus|oftewel|ofwel|ofte|dat[ \t\xa0\n]+is|d\.w\.z\.|zijnde)[ \t\xa0\n]+"
    r"(?:(?i:een|de|het)[ \t\xa0\n]+(?:[^\W\d_]+[ \t\xa0\n]+){1,2}?(?i:van)[ \t\xa0\n]+)?"
    rf"(?:{ROUGHLY}[ \t\xa0\n]+)?\Z"
)
# An amount another is added to, after "bovenop" or "in aanvulling op" ("bezuinigt in 2004 €
# 2,5 mld. extra, bovenop de 17 mld. uit het Strategisch Akkoord"): a sum decided before,
# of its own years, which the sentence does not print. The words between may say so
# themselves, a participle of deciding before the sum ("bovenop de eerder uitgetrokken €
# X", "de reeds gereserveerde", "de toegezegde", "de eerdere"), after adverbs of time and a
# particle of its verb ("de al eerder toegezegde", "de eerder beschikbaar gestelde"); not a
# noun naming what the sum is ("bovenop de korting van € X": the sentence's cut of that
# year), nor a participle of mentioning ("bovenop de eerder genoemde € X"): a sum the text
# printed before, with the years its sentence names, no earlier decision. A participle
# alone by its shape, a prefix of one (after a particle: "toegezegde") and "-de" or "-te";
# an adjective in "-te" or "-de" ("de laatste € X", "de vaste", "de grote") says no decision.
_MENTIONED = r"(?:ge|aange|opge|be|ver)?(?:noemd|meld|haald|doeld|geven|schreven)e?(?![^\W\d_])"
_PARTICIPLE = r"[^\W\d_]*?(?:ge|be|ver|ont|her)[^\W\d_]{2,}[dt]e"
_ADDED_TO = re.compile(
    r"(?<![\w-])(?i:bovenop|boven[ \t\xa0\n]+op|in[ \t\xa0\n]+aanvulling[ \t\xa0\n]+op)"
    r"[ \t\xa0\n]+(?:(?i:de|het|die|dat)[ \t\xa0\n]+)?"
    r"(?:(?i:eerdere|(?:(?:eerder|reeds|al)[ \t\xa0\n]+)+(?:[^\W\d_]+[ \t\xa0\n]+)?"
    rf"(?!{_MENTIONED})[^\W\d_]+|(?!{_MENTIONED}){_PARTICIPLE})[ \t\xa0\n]+)?\Z"
)
# A one-off sum ("eenmalig", "incidenteel", "een eenmalige bijdrage van") in the words right
# before it, after an amount of a series from a year on ("vanaf JJJJ € X per jaar, voor Y
# eenmalig € Z"): a sum paid once has no first year of a series, and its one year is not
# printed; it takes no "vanaf" year of the amount before.
_ONE_OFF = re.compile(
    r"(?<![\w\-])(?i:eenmalig(?:e)?|incidenteel|incidentele)(?![\w\-])[^,;:()\d€$£ƒ]{0,40}\Z"
)
# A whole told in its parts by "bestaan uit", each part after "voor" ("De uitgaven van € X in
# JJJJ bestaan voor € Y uit A en voor € Z uit B"): each part is of the whole's years, as a
# part after "waarvan" is. The first part after the verb (a few words between or none), each
# next one after "uit", its words, and "en voor" or ", voor" (``_told_as_a_part``).
_CONSISTS_OF = re.compile(
    r"(?<![\w\-])(?i:bestaat|bestaan|bestond|bestonden)(?:[ \t\xa0\n]+[^\W\d_]+){0,3}?"
    r"[ \t\xa0\n]+(?i:voor)[ \t\xa0\n]+\Z"
)
_NEXT_CONSISTS = re.compile(
    r"[ \t\xa0\n]+(?i:uit)(?![\w\-])[^,;:()\d€$£ƒ]*(?:,|[ \t\xa0\n](?i:en))"
    r"[ \t\xa0\n]+(?i:voor)[ \t\xa0\n]+"
)
# A word of what has happened so far right before an amount ("maar daarvan is nog maar 1,3
# miljard overgemaakt", "waarvan inmiddels € 3 mln is besteed", "tot nu toe is € 2 mln"):
# the amount is of the time the sentence is written in, no year the clause before names.
_SO_FAR = re.compile(
    r"(?<![\w\-])(?i:inmiddels|nog[ \t\xa0\n]+maar|tot[ \t\xa0\n]+(?:nu[ \t\xa0\n]+toe"
    r"|op[ \t\xa0\n]+heden|dusver(?:re)?))(?![\w\-])[^,;:()]*\Z"
)
# The years after the previous amount's, plural, in the words from it to this one ("in 2027
# € 35 mln en in de jaren daarna jaarlijks € 30 mln", "de jaren erna", "de daaropvolgende
# jaren"): the amount is of later years, which the sentence does not print. Not a bare
# "daarna", which may order two changes of one year's sum ("de raming voor 2026 eerst met € X
# verhoogd en daarna met € Y verlaagd"), nor "de daarop volgende brief". ``_AFTER_THAT`` and
# ``_THEN_FOLLOWING`` are the words shared with the one year after (``_YEAR_AFTER``).
_AFTER_THAT = r"(?:daarop|erna|daarna|nadien)"
_THEN_FOLLOWING = r"daarop\s*volgende"
_LATER_YEARS = re.compile(
    rf"(?<![\w\-])(?i:jaren\s+{_AFTER_THAT}|{_THEN_FOLLOWING}\s+jaren)(?![\w\-])"
)
# A rise running on to the amount ("oplopend tot", "loopt op tot", "lopen op tot"), after an
# amount of a year ("de lasten bedragen in 2026 € 40 mln en lopen op tot € 90 mln
# structureel"): the level the rise reaches at its end, in later years the sentence does not
# print, not the first amount's year.
_RISES_TO = re.compile(
    r"(?<![\w\-])(?i:oplopend|oplopen|oploopt|opliep|opliepen"
    r"|(?:loopt|lopen|liep|liepen)[ \t\xa0\n]+op)[ \t\xa0\n]+(?i:tot)[ \t\xa0\n]+"
    rf"(?:{ROUGHLY}[ \t\xa0\n]+)?\Z"
)
# An amount's equivalent in another currency in brackets right after it, alone there:
# "USD 125 miljoen (€ 112,3 miljoen) voor de periode 2016-2019", "€ 4,5 miljoen (ƒ 9,9
# miljoen)": the bracket opens right after the amount and closes right after its equivalent.
_EQUIVALENT_OPENS = re.compile(r"[ \t\xa0]*(?:\r?\n[ \t\xa0]*)?\([ \t\xa0]*")
_EQUIVALENT_CLOSES = re.compile(r"[ \t\xa0]*\)")
# A conjunction opening a subordinate clause after an amount, then one year and the next
# amount in that clause, no clause mark or "en" between ("vallen € 2 mln lager uit doordat
# de prijzen in 2023 zijn gedaald tot gemiddeld 0,35 euro per kWh", "stijgt met € 5 mln omdat
# het tarief in 2025 naar € 3 per uur gaat"): the year times the clause the next amount stands
# in, as well as the amount before, which took it reading on.
_SUBCLAUSE_OPENS = re.compile(
    r"(?<![\w\-])(?i:doordat|omdat|nadat|zodat|waardoor|aangezien|wanneer|toen|terwijl"
    r"|indien)(?![\w\-])[^,;:()\d€$£ƒ]*\Z"
)
_IN_SUBCLAUSE = re.compile(r"[^,;:()\d€$£ƒ]*")
_CLAUSE_JOINT = re.compile(r"(?<![\w\-])(?i:en|of|maar)(?![\w\-])")
_CONJUNCTION_ONLY = re.compile(r"^[\s\xa0,]*(?:en|of)(?:\s+(?:met|van|voor))?[\s\xa0]*$", re.I)
# Only words of how often a sum counts or of its degree between the one year expression
# after an amount and the next amount ("een heffing van € 150 per ton levert vanaf 2030
# jaarlijks circa € 1,4 miljard op", "... in 2030 naar verwachting € X op"): no clause mark
# or joint parts them, so the year the amount before took, reading on, times the next one's
# clause too, whose sum it stands right before. An estimate is said "naar schatting" or
# "naar verwachting" alike.
_HOW_OFTEN_ONLY = re.compile(
    r"(?:[ \t\xa0\n]+(?:(?i:jaarlijks|structureel|eenmalig|incidenteel|maximaal|minimaal"
    rf"|naar[ \t\xa0\n]+(?:schatting|verwachting))|{ROUGHLY}))+[ \t\xa0\n]*"
)
# A bracket opened right after the years an amount took, a word of each of them or none
# before the sum in it ("€ 250 mln via een kasschuif naar 2019 en 2020 (elk € 125 mln)"): the
# sum is an aside of those years.
_ASIDE_OF_YEARS = re.compile(r"[ \t\xa0\n]*\([ \t\xa0\n]*(?:(?i:elk|ieder|telkens)[ \t\xa0\n]+)?\Z")
# A sentence opening on a whole with "Van" and a determiner, the words before its first amount
# no clause mark ("Van het budget van € 975 mln voor 2024 is naar verwachting € 70 mln niet
# nodig", "Van de 1,2 miljard euro voor 2025 wordt 300 miljoen ..."): the phrase up to the
# main clause's finite verb, which follows the whole's years at once (a Dutch main clause puts
# its verb second), names the whole and its years; the part the clause goes on to is of them.
_WHOLE_OPENS = re.compile(
    r"[\s\xa0]*Van[ \t\xa0\n]+(?:de|het|deze|dit|dat|die)[ \t\xa0\n]+[^,;:()\d€$£ƒ]*"
)
_MAIN_VERB_AFTER_YEARS = re.compile(
    r"[ \t\xa0\n]+(?:is|zijn|was|waren|wordt|worden|werd|werden|blijft|blijven|bleef|bleven"
    r"|gaat|gaan|ging|gingen|komt|komen|kwam|kwamen|moet|moeten|moest|moesten|kan|kunnen|kon"
    r"|konden|zal|zullen|zou|zouden|mag|mogen|heeft|hebben|had|hadden|resteert|resteren"
    r"|resteerde|staat|staan|stond|stonden)\b[^,;:()\d€$£ƒ]*"
)


def relative_years(doc: SourceDocument) -> Callable[[str], str]:
    """A function that writes "dit jaar", "volgend jaar" and "vorig jaar" as the years they
    mean, and a year printed short ("vanaf '27") in full.

    The document's publication year is "dit jaar": a Miljoenennota letter of September 2020
    says "dit jaar € 60 miljoen en volgend jaar € 150 miljoen" for 2020 and 2021.
    """
    published = re.match(r"\d{4}", str(doc.meta.get("published") or ""))
    if published is None:
        return full_years
    this_year = int(published.group())

    def write(window: str) -> str:
        window = full_years(window)  # "vanaf '27": a year, whatever the publication's
        folded = window.lower()
        if "jaar" not in folded:  # every pattern needs it: skip their slow scans
            return window
        # Each pattern runs only where its own words are (a year written in makes none).
        odd = unfolded(folded)
        if odd or "dit" in folded:
            window = _THIS_YEAR.sub(f"in {this_year}", window)
        if odd or "vorig" in folded or "afgelopen" in folded:
            window = _LAST_YEAR.sub(f"in {this_year - 1}", window)
        if odd or "volgend" in folded or "komend" in folded:
            window = _NEXT_YEAR.sub(f"in {this_year + 1}", window)
        return window

    return write


#: The words ``relative_years``' patterns need besides "jaar", one in each match.
_RELATIVE_WORDS = ("dit", "vorig", "afgelopen", "volgend", "komend")


def may_be_dated(segment: str) -> bool:
    """Whether ``relative_years``' function may change a window of the sentence ``segment``:
    it prints a year short (an apostrophe), or "jaar" and a word of "dit jaar" or its kin
    ("per jaar", "jaarlijks" alone change nothing). What a sentence lacks, lower-cased, no
    window of it holds."""
    if any(map(segment.__contains__, APOSTROPHES)):
        return True
    folded = segment.lower()
    return "jaar" in folded and (unfolded(folded) or any(map(folded.__contains__, _RELATIVE_WORDS)))


# A year counted on from the one before it: "het jaar daarop", "het jaar erna", "het jaar
# daarna", "het jaar nadien", "het daaropvolgende jaar", "een jaar later" ("voor 2026 € 2.465
# en in het jaar daarop € 2.390": 2027). Not "een jaar later dan" (a delay compared with a
# plan), nor the plural "de jaren daarna" or "per jaar daarna" (every year after: no one year).
# Or that year itself, pointed back at: "datzelfde jaar", "hetzelfde jaar", "dat jaar" ("€ 4,9
# mld voor 2026 en een lastenverlichting van 2,4 miljard euro in datzelfde jaar": 2026), not
# "jaar na jaar" or "jaar op jaar" (every year) after "dat" (group "same").
_YEAR_AFTER = re.compile(
    rf"(?<![\w\-])(?i:het\s+jaar\s+{_AFTER_THAT}"
    rf"|het\s+{_THEN_FOLLOWING}\s+jaar|(?:een|één)\s+jaar\s+later(?!\s+dan(?![\w\-]))"
    r"|(?P<same>(?:dat|het|die)\s*zelfde\s+jaar|dat\s+jaar(?!\s+(?:na|op)\s+jaar)))(?![\w\-])"
)
# What may stand right before those words to make their year an expression as it is: a
# preposition of time ("in het jaar daarop", "tot het jaar erna"), or a year and "en" ("voor
# 2025 en het jaar erna": both years). Anywhere else the year they name is written "in" it.
_TIMED_BEFORE = re.compile(
    r"(?:(?<![\w\-])(?i:in|voor|over|vanaf|tot|t/m|sinds|per|na|naar)|(?:19|20)\d\d\s+(?i:en))\s+\Z"
)


def year_after(sentence: str) -> int | None:
    """The year after, or the same year as, the last year ``sentence`` prints before its
    "het jaar daarop", "datzelfde jaar" or their kin (``_YEAR_AFTER``, which matches both):
    the year after it, that year's expression a span or not ("in 2024-2025 € 5 mln en het
    jaar daarop € 6 mln": 2026), or that year itself for "datzelfde jaar" and its kin
    ("voor 2026 en ... in datzelfde jaar": 2026). A year
    in an aside that closes before them tells of another event ("In 2024 – twee jaar na de
    start in 2022 – € 38 mln en het jaar daarop € 41 mln": 2025, ``closed_asides``), unless
    the sentence prints none outside one ("De bijdrage, die in 2024 € 5 mln was, steeg het
    jaar daarop").

    None where no such words stand, where one of them follows no printed year (its anchor is
    in another sentence, or is "dit jaar": nothing the sentence states), or where two of them
    name different years: the sentence names no one year for them to be written as.
    """
    if "jaar" not in sentence.lower():
        return None
    printed = full_years(sentence)
    named: set[int] = set()
    for m in _YEAR_AFTER.finditer(printed):
        before = printed[: m.start()]
        base = _last_year(closed_asides(before)) or _last_year(before)
        if base is None:
            return None
        named.add(base if m.group("same") else base + 1)
    return named.pop() if len(named) == 1 else None


def _last_year(window: str) -> int | None:
    """The last year ``window`` prints, a span's last."""
    base = None
    for expression in year_expressions(window):
        base = int(expression["b"] or expression["a"])
    return base


def _written(m: re.Match[str], year: int) -> str:
    """The words ``m`` of ``_YEAR_AFTER`` as the year ``year`` they name would be printed
    there: bare after a preposition of time or "JJJJ en" (``_TIMED_BEFORE``), else "in"
    it."""
    timed = _TIMED_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
    return str(year) if timed else f"in {year}"


def years_after(year: int | None, dated: Callable[[str], str]) -> Callable[[str], str]:
    """``dated``, the window writer of a sentence, first writing its words "het jaar
    daarop" and their kin as the year ``year`` they name (``year_after`` of the sentence),
    as a year printed there would read: "voor 2026 en het jaar daarop" as "voor 2026 en
    2027", "het jaar daarop € 6 mln" as "in 2027 € 6 mln" (``_written``); where they name
    none, ``dated`` itself."""
    if year is None:
        return dated
    return lambda window: dated(_YEAR_AFTER.sub(lambda m: _written(m, year), window))


def year_after_in_place(window: str, year: int | None) -> str:
    """``window`` with "het jaar daarop" and its kin written as the year ``year`` they name
    (``_written``), each padded to its own length, so that what is found in it stands where
    it stands in ``window``: where an amount's clause ends reads them as that year, which
    goes on the clause as a printed one would ("de derde, van € 25 miljoen, het jaar
    daarop." as "..., in 2029       .": the amount's own time, its clause's last words)."""
    if year is None:
        return window
    return _YEAR_AFTER.sub(lambda m: _written(m, year).ljust(len(m.group())), window)


def aside_years(aside: str) -> str:
    """An aside that is only a year, as in "2,2 miljard euro (2018)", reads as "in 2018"."""
    return f"in {aside.strip()}" if re.fullmatch(rf"[\s\xa0]*{YEAR}[\s\xa0]*", aside) else aside


def coming_years(before: str, years: Years) -> Years:
    """Stretch a start year over "de komende tien jaar" printed just before the amount.

    "In 2018 is het programma van start gegaan, waarbij de komende tien jaar € 1,15 mld.
    ingezet wordt": 2018 to 2027, not 2018 alone.
    """
    year_from, year_to, how = years
    if year_from is None or year_from != year_to:
        return years  # no one start year to stretch: the words need no reading
    coming = _COMING_YEARS.search(before) if may_hold(before, ("komende",)) else None
    if coming is None:
        return years
    word = coming.group("n").lower()
    count = int(word) if word.isdigit() else int(word_number(word) or 0)
    return (year_from, year_from + count - 1, how) if count > 1 else years


def list_intro_years(model: TextModel, s_start: int) -> Years:
    """Years of the sentence that introduces the bulleted list a bullet stands in.

    "In 2023 worden onder meer de volgende activiteiten ondernomen:" followed by bullets such
    as "• Samen Vitaal Ouder Worden (€ 25,5 miljoen);": each item is budgeted for 2023.
    """
    none: Years = (None, None, None)
    text = model.text
    if not text[s_start : s_start + 20].lstrip().startswith("•"):
        return none
    head = text[max(0, s_start - 3000) : s_start]
    colons = list(_LIST_COLON.finditer(head))
    if not colons:
        return none
    between = head[colons[-1].end() :]
    if between.strip() and not between.lstrip().startswith("•"):
        return none
    colon = max(0, s_start - 3000) + colons[-1].start()
    begin, _ = model.sentence_span(colon, colon + 1)
    return years_in(text[begin:colon])


# A list's mark: a bullet, a dash, a hyphen or an asterisk.
_LIST_MARK = "[•▪◦·‣∙*–—-]"
# A list item's line: a list's mark or a label ("a.", "2)"), then a blank.
_ITEM_START = re.compile(rf"[ \t\xa0]*(?:{_LIST_MARK}|[a-z][.)]|\d{{1,2}}[.)])[ \t\xa0]")
# A lead that points at the items under it, which complete its sentence: "de volgende" what
# ("Voor 2026 gaat het om de volgende bedragen:", "trekt het kabinet vanaf 2027 de volgende
# middelen uit:"; not "het volgende jaar"), "als volgt", or a verb of being or amounting to
# right before its colon ("De tarieven voor 2026 zijn:"), or one of meaning and what it
# points back at ("Voor 2026 betekent dit:": what the sentence before comes to, the items
# saying it), its time set after them as well as before ("Concreet betekent dit voor 2026:",
# "Dit betekent in 2026:"; not "Dit betekent:", whose year, if any, the sentence before names).
# A lead that names its items
# otherwise ("Voor de jaren vanaf 2027 worden drie pakketten voorgelegd:", "Samenstelling van
# de afdracht (raming 2026):") leaves its years to the items' context.
# The time a verb of meaning is said of, after it and what it points back at: "voor 2026".
_MEANING_TIME = rf"[ \t\xa0\n]+(?i:voor|in)[ \t\xa0\n]+{YEAR}"
_POINTS_AT_ITEMS = re.compile(
    r"(?<![^\W\d_])(?i:volgende(?![ \t\xa0\n]+jaar)|als[ \t\xa0\n]+volgt)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?i:zijn|is|waren|was|bedragen|bedraagt|luiden|luidt)[ \t\xa0\n]*\Z"
    r"|(?<![^\W\d_])(?i:betekent|betekende|betekenen)[ \t\xa0\n]+(?i:dit|dat|het)"
    rf"(?:{_MEANING_TIME})?[ \t\xa0\n]*\Z"
    r"|(?<![^\W\d_])(?i:dit|dat)[ \t\xa0\n]+(?i:betekent|betekende|betekenen)"
    rf"{_MEANING_TIME}[ \t\xa0\n]*\Z"
)
# A lead that is a time alone, a word setting it and its years, nothing else ("Vanaf 2027:",
# "Met ingang van 1 januari 2027:", "Voor de jaren 2026 tot en met 2028:"): nothing but the
# items names what the time is of, so they complete it as they complete a lead pointing at
# them, each item in the lead's years.
_TIME_ALONE = re.compile(
    rf"[\s\xa0]*(?i:{FROM_WORDS}|ingaande|per|in|voor|over|{UNTIL_WORDS})[ \t\xa0]+"
    r"(?:(?i:het[ \t\xa0]+jaar|de[ \t\xa0]+jaren|de[ \t\xa0]+periode)[ \t\xa0]+)?"
    rf"(?:\d{{1,2}}[ \t\xa0]+(?i:{MONTH})[ \t\xa0]+)?{YEAR}"
    rf"(?:[ \t\xa0]*(?i:[-–]|t/m|tot[ \t\xa0]+en[ \t\xa0]+met|en|of)[ \t\xa0]*{YEAR})?"
    rf"(?:[ \t\xa0]+(?i:en[ \t\xa0]+(?:{ONWARDS_WORD})|{ONWARDS_ABBREVIATION}))?[\s\xa0]*"
)


def colon_time_years(opening: str, years: Years) -> Years:
    """The years of an amount after the colon of a sentence a time opens, ``opening`` the
    sentence's words before the amount and ``years`` those the amount's own words print.

    "Vanaf 2026 loopt een deel hiervan door: voor X € 500 mln per jaar tot en met 2028 en voor
    Y € 0,8 mld per jaar": the time opening the lead (``_TIME_ALONE``, then the lead's words,
    no other year among them) is said of all the colon introduces, as a lead that is a time
    alone is of its items. An amount printing no year of its own takes it; one printing only
    an end ("tot en met 2028") runs from its start to that end. Years of its own otherwise
    stand: the lead's time is no more than a default."""
    colon = opening.find(":")
    if colon < 0 or (time := _TIME_ALONE.match(opening, 0, colon)) is None:
        return years
    if time.end() == colon or not opening[time.end() - 1].isspace():
        return years  # "Vanaf 2027:" is a list's lead (``lead_in_years``); "2026-ers" no time
    if has_year(opening[time.end() : colon]):
        return years
    lead = years_in(opening[: time.end()])
    if years[2] is None:
        return lead
    if lead[0] is not None and years[0] is None and years[1] is not None and lead[0] <= years[1]:
        return lead[0], years[1], years[2]
    return years


# A line opening on one year and a colon, a space after it, a list's mark before it or none
# ("2025: de reserve daalde met € 3,2 miljoen."): the label of the line's item. Not a date
# ("1 januari 2026:"), two years ("2023/2024:") or a year with words ("2026 (begroot):").
_ONE_YEAR_LABEL = re.compile(rf"[\s\xa0]*(?:{_LIST_MARK}[ \t\xa0]+)?(?P<a>{YEAR}):[ \t\xa0]")
# What may stand on the label's line before the sentence: white space and a list's mark.
_LINE_OPENING = re.compile(rf"[ \t\xa0]*(?:{_LIST_MARK}[ \t\xa0]*)?")


def line_label_year(text: str, s_start: int) -> Years:
    """The year of the one-year label (``_ONE_YEAR_LABEL``) the sentence starting at
    ``s_start`` opens its line on, else none.

    The sentence ends at the stop before the label's line (``textmodel``), and the label is
    said of its words as a span of years is ("2021-2024: de reserve groeide met € X", whose
    span ``last_years`` reads): an amount printing no years of its own is of the label's
    year. A sentence running on from the line above, or a label on the stop's line, opens
    no line: its year labels nothing of it."""
    label = _ONE_YEAR_LABEL.match(text, s_start)
    if label is None:
        return None, None, None
    line = text.rfind("\n", 0, label.start("a")) + 1
    if _LINE_OPENING.fullmatch(text, line, max(line, s_start)) is None:
        return None, None, None  # the sentence opens before the label's line, or on it
    year = int(label.group("a"))
    return year, year, "label"


#: The most lines a list's items above an item run over, up to its lead.
_LIST_REACH = 60


def _lead_colon(text: str, line_start: int) -> int | None:
    """The colon ending the lead of the list whose item's line starts at ``line_start``:
    the lines above it up to the lead are the list's items, each an item's line or one going
    on with the line above it (which ends in no stop), no blank line between. Across a blank
    line or a line of other words, the item stands in a later paragraph or list: None."""
    end = line_start - 1  # the line break ending the line above
    for _ in range(_LIST_REACH):
        if end <= 0:
            return None
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end].rstrip()
        if not line.strip():
            return None
        if line.endswith(":"):
            return begin + len(line) - 1
        if _ITEM_START.match(line) is None and not _goes_on(text, begin):
            return None  # words of their own between the lead and the item
        end = begin - 1
    return None


def _goes_on(text: str, begin: int) -> bool:
    """Whether the line starting at ``begin``, no item's, goes on with the line above it: that
    line ends in no stop, and this one opens in lower case, or on a capital after a word that
    goes on (``OPEN_ENDS``: "- de bouw van een sporthal in" over "Goutum: € X"). A capital
    after any other word opens a sentence of its own, the list ended by an item printed
    without its stop ("- er wordt geen nieuwe schuld aangegaan" over "De algemene reserve
    bedraagt daarmee € X.")."""
    above = text[text.rfind("\n", 0, max(0, begin - 1)) + 1 : max(0, begin - 1)].rstrip()
    if not above.strip() or above[-1] in ".!?;:":
        return False
    first = begin
    while text[first : first + 1] in (" ", "\t", "\xa0"):
        first += 1
    return not text[first : first + 1].isupper() or above.rsplit(None, 1)[-1].lower() in OPEN_ENDS


def lead_in_years(model: TextModel, s_start: int, at: int) -> Years:
    """Years of the lead a list item completes, for an amount at ``at`` in an item opening
    the sentence at ``s_start``, whose own words print none.

    "Voor 2026 gaat het om de volgende bedragen:" over "• € 1,2 miljard voor Oekraïne;" or
    "- politie: € 300 mln per jaar;": lead and items are one sentence, set as lines, and
    the lead's years are stated for each item as for the first. Only under a lead pointing
    at its items (``_POINTS_AT_ITEMS``) or a time alone ("Vanaf 2027:", ``_TIME_ALONE``), in
    a list running on from it (``_lead_colon``), the amount on its item's lines: not in a
    sentence of its own after the list's last item, which printed no stop (``_goes_on``). An
    item apart from its lead in a paragraph of its own takes its years as context
    (``list_intro_years``)."""
    none: Years = (None, None, None)
    text = model.text
    start = s_start
    while text[start : start + 1] in (" ", "\t", "\xa0", "\r", "\n"):
        start += 1
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t\xa0") or _ITEM_START.match(text, line_start) is None:
        return none  # the sentence opens on no item's line
    below = text.find("\n", start, at) + 1
    while below:
        if _ITEM_START.match(text, below) is None and not _goes_on(text, below):
            return none  # the amount stands past the item's lines
        below = text.find("\n", below, at) + 1
    colon = _lead_colon(text, line_start)
    if colon is None:
        return none
    begin, _ = model.sentence_span(colon, colon + 1)
    lead = text[begin:colon]
    if _POINTS_AT_ITEMS.search(lead) is None and _TIME_ALONE.fullmatch(lead) is None:
        return none
    return years_in(lead)


# The words of one clause after the bracket an amount stood in, printing a year (which that
# amount took, reading on past its bracket) and no comma, bracket or clause mark after it: the
# clause's next amount is of that year too ("(per saldo – € 460 mln) is de overschrijding in
# 2005 naar verwachting € 0,4 tot 0,6 mld").
_CLAUSE_AFTER_BRACKET = re.compile(rf"[^,;:()€]*\b{YEAR}\b[^,;:()€\d]*")


# A semicolon ending a line over a blank line, then a word: the end of an item of its own,
# as a motion prints each of its considerations ("constaterende dat ... in 2024 nog € 60
# mln. ...;⏎⏎van mening dat een regeling van € 40 mln. ..."), which the sentence reader runs
# on past (the next opens in lower case): the words before it are another item's, for the
# years read before an amount (``amounts``) and for those an amount takes from the one
# before (``shares_years``). Not the next item of a list under one lead, opening with its
# mark ("waarvan:⏎⏎a. ... € X;⏎⏎b. ... € Y"): one enumeration, each item of the lead's year.
ITEM_ENDS = re.compile(r";[ \t\xa0]*\r?\n[ \t\xa0]*\r?\n(?=[ \t\xa0]*[^\W\d_]{2})")
# A stop, a line break and a footnote's number opening the next line before its words ("in
# 2021 van € 4,31 mld naar € 4,41 mld.⏎2 Tegen een koers van ..."): the next note.
_NEXT_NOTE = re.compile(r"[.!?][ \t\xa0]*\r?\n[ \t\xa0]*\d{1,3}[ \t\xa0]+[A-Z]")


# A bracket opened right after an amount, words before its first sum and no figure, whose
# sums add up to the amount: they split it ("het verplichtingenbudget 2018 bedroeg € 12 mld
# (voorjaarsronde € 6 mld, najaarsronde € 6 mld)"). Sums that do not are no parts of it but
# another time's or another thing's ("€ 5 mln (voorheen € 4 mln)", "(het jaar daarvoor
# € 28 mln)"), as parts after "waarvan" take the years they add up to only.
_PARTS_BRACKET = re.compile(r"[ \t\xa0]*\([ \t\xa0]*[^\W\d_][^()\d€$£ƒ]{0,40}")
# The next part in that bracket: a comma or "en" and its words, no figure or bracket.
_NEXT_PART = re.compile(r"[ \t\xa0]*(?:,|en[ \t\xa0])[^()\d€$£ƒ;:]{0,40}")
#: The farthest a bracket of parts closes after it opens.
_PARTS_REACH = 300


def _in_parts_bracket(previous: dict[str, Any], text: str) -> bool:
    """Whether ``previous`` is a part in a bracket of parts (``_PARTS_BRACKET``)."""
    start = previous["_span"][0]
    opened = text.rfind("(", max(0, start - 42), start)
    return opened >= 0 and _PARTS_BRACKET.fullmatch(text, opened, start) is not None


def _split_by_bracket(whole: dict[str, Any], text: str) -> bool:
    """Whether the sums in the bracket opened right after the amount ``whole`` add up to it
    (``_PARTS_BRACKET``)."""
    opened = text.find("(", whole["_span"][1])
    closed = text.find(")", opened, opened + _PARTS_REACH)
    if opened < 0 or closed < 0:
        return False
    sums = [match.amount_eur for match in find_money(text[opened + 1 : closed])]
    return bool(sums) and sum(sums) == whole["amount_eur"]


def _told_as_a_part(start: int, text: str) -> bool:
    """Whether the amount at ``start`` is a part a whole is told in by "bestaan uit": right
    after the verb and "voor" (``_CONSISTS_OF``), or after the part before it and "uit ...
    en voor" (``_NEXT_CONSISTS``), which is one in turn: the third part and on are parts as
    the second is."""
    while not _CONSISTS_OF.search(text, max(0, start - 60), start):
        window = max(0, start - _PARTS_REACH)
        sums = list(find_money(text[window:start]))
        if not sums or not _NEXT_CONSISTS.fullmatch(text, window + sums[-1].end, start):
            return False
        start = window + sums[-1].start
    return True


def shares_years(previous: dict[str, Any], between: str, text: str, opening: str) -> bool:
    """Whether an amount without years of its own takes those of the previous amount.

    A year printed before the sentence's first amount covers the amounts that follow ("in
    2023 € 5 miljoen ... en ruim 31 miljoen"), and the items of a list each in a parenthesis
    after it ("vallen in 2026 hoger uit door zorg (+1,9 mld) en defensie (+2,2 mld)"). A
    year printed after the previous amount is that amount's own ("5 miljard euro ... over
    2018-2020, geld uit voor een bonus van €1.000"), and so is a year inside a parenthesis
    the previous amount stood in and that closes before this one ("(over 2018-2020 ongeveer
    € 5 mld. structureel), ... € 1.000"). ``text``: the document's; ``opening``: the words
    of the sentence before its first amount.
    """
    if "\n" in between and _NEXT_NOTE.search(
        f".{between}" if previous["quote"].endswith(".") else between
    ):
        return False  # "... € 4,41 mld.⏎2 Tegen een koers ...": another footnote's sum
    if ";" in between and ITEM_ENDS.search(between):
        return False  # "... in 2024 € 60 mln. ...;⏎⏎van mening dat ... € 40 mln.": its own
    if _ADDED_TO.search(between, max(0, len(between) - 60)):
        return False  # "€ 2,5 mld. extra, bovenop de 17 mld. uit het akkoord": its own years
    if (
        previous["year_from"] is not None
        and previous["year_to"] is None
        and _ONE_OFF.search(between, max(0, len(between) - 60))
    ):
        return False  # "vanaf 2023 € X per jaar, voor Y eenmalig € Z": no series' start
    if _CONSISTS_OF.search(between, max(0, len(between) - 60)) or (
        _NEXT_CONSISTS.fullmatch(between) and _told_as_a_part(previous["_span"][0], text)
    ):
        return True  # "€ X in JJJJ bestaan voor € Y uit A en voor € Z uit B": its parts
    if _SO_FAR.search(between, max(0, len(between) - 40)):
        return False  # "tot 2035 ... gereserveerd, maar daarvan is nog maar 1,3 miljard"
    if _LATER_YEARS.search(between):
        return False  # "in 2027 € 35 mln en in de jaren daarna jaarlijks € 30 mln"
    if _rises_past(previous, between, text):
        return False  # "bedraagt in 2026 € 40 mln en loopt op tot € 90 mln": a later level
    if previous["_years_source"] == "since":
        return False  # "sinds 2008 opgelopen van € 4,6 mln naar € 31,2 mln": now, not 2008
    if _REACHED.fullmatch(between):
        return True  # "wordt met € 87 mln opgehoogd tot € 6.538 mln": the level reached then
    if (
        previous["_years_source"] == "label"
        and _TOTAL_REACHED.fullmatch(between)
        and not _SPAN_OF_ITS_OWN.match(text, previous["_span"][1] + len(between))
    ):
        return True  # "het <noun> JJJJ stijgt met € X tot een totaal van € Y"
    if _RESTATES.search(between, max(0, len(between) - 60)):
        return True  # "voor 2000 en 2001 gereserveerd, dus 300 miljoen per jaar"
    if previous["_years_source"] == "label":
        if "\t" in between and not between.strip(" \t\xa0"):
            return True  # "2028<TAB>€ 12 mln<TAB>€ 14 mln": the next cell of the year's row
        # "2026: € 45 mln, waarvan € 5 mln": a label's year is its amount's and its parts',
        # no other's; "(2022: M€ 389,1), waarvan M€ 371,0": its bracket closes before the part
        if part_in(between) and ")" not in between.split("(")[0]:
            return True
        if _PARTS_BRACKET.fullmatch(between) is not None:
            return _split_by_bracket(previous, text)
        # the next part: the first took the whole's years only where the parts add up to it
        return _NEXT_PART.fullmatch(between) is not None and _in_parts_bracket(previous, text)
    if previous["_years_source"] == "sentence" or part_in(between):
        return True  # "€ 333,3 miljoen voor het jaar 2020, waaronder € 100 miljoen"
    if "," in between and _closes_clause(between) and _in_closed_clause(previous, text):
        return False  # "De premie, die in 2007 € 1.050 bedroeg, stijgt met € 42"
    close = between.find(")")
    if (
        previous["_years_source"] == "after"
        and close >= 0
        and "(" not in between[:close]
        and _CLAUSE_AFTER_BRACKET.fullmatch(between, close + 1)
    ):
        return True  # "(per saldo – € 460 mln) is het tekort in 2005 naar verwachting € 0,4 mld"
    if ")" in between.split("(")[0] and (
        previous["_years_source"] == "after"
        or _years_in_its_parenthesis(previous, text)
        or last_years(opening)[:2] != (previous["year_from"], previous["year_to"])
    ):
        return False  # (unless the years are those before the sentence's first amount)
    if previous["_years_source"] != "after":
        return True
    expressions = list(year_expressions(between))
    ends = [m.end() for m in expressions]
    tail = between[ends[-1] :] if ends else between
    if ends and _ASIDE_OF_YEARS.fullmatch(tail):
        return True  # "naar 2019 en 2020 (elk € 125 mln)"
    if (
        ends
        and not between[: expressions[0].start()].strip()
        and _MAIN_VERB_AFTER_YEARS.fullmatch(tail)
        and _WHOLE_OPENS.fullmatch(opening)
    ):
        return True  # "Van het budget van € 975 mln voor 2024 is € 70 mln niet nodig"
    if (
        len(expressions) == 1
        and _SUBCLAUSE_OPENS.search(between, 0, expressions[0].start())
        and _IN_SUBCLAUSE.fullmatch(tail)
        and not _CLAUSE_JOINT.search(tail)
    ):
        return True  # "lager uit doordat de prijzen in 2023 zijn gedaald tot 0,35 euro"
    if len(expressions) == 1 and _HOW_OFTEN_ONLY.fullmatch(tail):
        return True  # "€ 150 per ton levert vanaf 2030 jaarlijks circa € 1,4 miljard op"
    return bool(_CONJUNCTION_ONLY.match(tail))  # "€ 70 miljoen in 2021 en met € 90 miljoen"


def _rises_past(previous: dict[str, Any], between: str, text: str) -> bool:
    """Whether the amount after ``between`` ends a rise from the previous amount
    (``_RISES_TO``) at another level: reached in later years than the previous amount's. A
    level equal to the previous amount is reached in its year already ("in 2015, 2016 en
    2017 respectievelijk € 1,2, € 1,4 en € 1,7 mld, oplopend tot € 1,7 mld structureel":
    from 2017 on)."""
    if _RISES_TO.search(between, max(0, len(between) - 40)) is None:
        return False
    start = previous["_span"][1] + len(between)
    level = next(find_money(text[start : start + 60]), None)
    return level is None or level.amount_eur != previous["amount_eur"]


# A subordinate clause set off by commas within a sentence, its opening comma and word: a
# relative pronoun ("De zorgpremie, die in 2007 nog € 1.050 bedroeg, stijgt met € 42") or a
# conjunction of another event's time, cause or report ("Het kabinet heeft, nadat in 2013 het
# akkoord werd gesloten, € 100 miljoen toegevoegd", ", zoals in 2023 afgesproken,"). Not
# "toen" or "terwijl", whose event is of the main clause's time.
SUBORDINATE = re.compile(
    r",[ \t\xa0\n]*(?i:die|dat|welke|wat|waarin|waarbij|waarmee|waardoor|waarop"
    r"|waarna|nadat|voordat|zoals|omdat|doordat|hoewel|aangezien)(?![\w\-])"
)
# A figure of an inserted clause's own: a percentage ("20%", "3,5 procent", "2 procentpunt")
# or a number after a word of degree ("ruim N", "circa N"), no year.
_OWN_FIGURE = re.compile(
    r"(?<![\w\-])\d[\d.,]*[ \t\xa0]*(?:%|(?i:procent(?:punt(?:en)?)?)(?![\w\-]))"
    rf"|(?<![\w\-]){ROUGHLY}[ \t\xa0\n]+(?!{YEAR}(?!\d))\d"
)
# A closed aside: a bracket or a subordinate clause up to its closing comma, nothing else of
# either between, or any clause set off by commas in one sentence, white space after each (a
# decimal comma, "0,5%", sets nothing off; no sentence's stop or quote between; the closing
# comma is left to open the next), which ``closed_asides`` blanks only where it holds a
# figure of its own (``_OWN_FIGURE``). A pair of spaced dashes is a bracket too ("In 2024 –
# twee jaar na de start in 2022 – bedroeg"): each after a word on its line (a bullet's dash
# opens a line), the first before a word (a span's, "2024 – 2025", before a digit; a dash
# joined to a word, "ISV-3", is none of them).
_DASH_ASIDE = (
    r"(?<=\S[ \t\xa0])[–—-][ \t\xa0]+(?=[^\W\d_])"
    r"(?:[^–—\-;:()!?.\"“”„]|(?<=\S)-|-(?=\S)|\.(?![ \t\xa0\n]*[A-Z\"“”„]))*?"
    r"(?<=\S)[ \t\xa0][–—-](?=[ \t\xa0\n])"
)
_CLOSED_ASIDE = re.compile(
    rf"\([^()]*\)|{_DASH_ASIDE}|{SUBORDINATE.pattern}[^,;:()]*,"
    r"|(?P<inserted>,(?=[ \t\xa0\n])(?:[^,;:()!?.\"“”„]|(?<=\d),(?=\d)"
    r"|\.(?![ \t\xa0\n]*[A-Z\"“”„]))*)(?=,[ \t\xa0\n])"
)
_NOT_YEAR_WORD = re.compile(r"[^\W\d_]{2,}")
_DASHES = re.compile(r"[–—]|[ \t\xa0]-[ \t\xa0]")


def closed_asides(window: str) -> str:
    """``window``, the words before an amount, with each bracket (a pair of spaced dashes
    too: "In 2024 – twee jaar na de start in 2022 – bedroeg") and subordinate clause
    (``SUBORDINATE``) that closes in it blanked out when it holds a year and words besides
    the year's own: its years are those of what it tells ("hoofdlijnenakkoorden gesloten (de
    eerste al in 2011), ...; de besparing wordt geraamd op € 0,5 mld"), not the amount's. A
    bracket holding a year and a name or one word at most labels a thing by its period ("het
    programma (2021-2025) krijgt", "(ISV-3, 2010–2014) is vastgesteld op"): it stays. So is
    a clause set off by commas that holds a figure of its own (``_OWN_FIGURE``): "door
    <oorzaak>, sinds JJJJ ruim N%, stijgt <post> naar € X": the year dates the percentage,
    not the amount."""
    if "(" not in window and "," not in window and not _DASHES.search(window):
        return window

    def blank(m: re.Match[str]) -> str:
        aside = m.group()
        if not has_year(aside):
            return aside
        if m["inserted"] is not None and _OWN_FIGURE.search(aside) is None:
            return aside  # "<post>, sinds JJJJ, stijgt": no figure the year could be of
        if aside[0] != "," and (
            sum(word.islower() and word not in YEAR_WORDS for word in _NOT_YEAR_WORD.findall(aside))
            < 2
        ):
            return aside  # "(2021-2025)", "(ISV-3, 2010–2014)", "(looptijd 2021-2025)": a label
        return " " * len(aside)

    return _CLOSED_ASIDE.sub(blank, window)


# After the comma that closes a clause, the words that go on with what came before it: "en"
# or "of" joining a next item ("die per 1 januari 2017 naar € 13 per ton gaat, en door het
# hogere tarief van € 95": both causes of one year's costs).
_GOES_ON = re.compile(r"[ \t\xa0\n]*(?:(?i:en|of)(?![\w\-])|\Z)")


def _closes_clause(between: str) -> bool:
    """Whether the last comma of ``between``, the words between two amounts, is followed by
    words of a main clause going on (a verb: ", stijgt met"), not by "en" or "of" joining a
    next item, nor by the next amount at once (an item of a list: ", € 3,6 miljoen voor")."""
    return _GOES_ON.match(between, between.rfind(",") + 1) is None


def _in_closed_clause(previous: dict[str, Any], text: str) -> bool:
    """Whether ``previous`` stands in a subordinate clause (``SUBORDINATE``) of its sentence
    that no comma, semicolon or bracket closes before it: the comma after it closes it, and
    its years are the clause's, not the main clause's after it."""
    head = text[previous["_sentence_start"] : previous["_span"][0]]
    opened = list(SUBORDINATE.finditer(head))
    if not opened:
        return False
    rest = head[opened[-1].end() :]
    return not any(mark in rest for mark in ",;:()")


def _years_in_its_parenthesis(previous: dict[str, Any], text: str) -> bool:
    """Whether the words of the parenthesis ``previous`` stands in, up to it, print a year (or
    it stands in none): the years it took before it are then the parenthesis' own, not those
    of the words before the parenthesis."""
    head = text[previous["_sentence_start"] : previous["_span"][0]]
    opened = head.rfind("(")
    return opened < 0 or ")" in head[opened:] or has_year(head[opened:])


# A span of years that a list of amounts pairs with year by year ("in de jaren 2008 tot en
# met 2011" after four amounts).
_YEAR_SPAN = re.compile(rf"\b(?P<a>{YEAR})\s*(?:tot\s+en\s+met|t/m|[-–])\s*(?P<b>{YEAR})\b")


# Years "zowel ... als ..." joins: each of them holds for every item the clause names ("Voor
# zowel 2007 als 2008 worden de verplichtingen en de uitgaven met respectievelijk € 31,7 mln
# en € 24,9 mln per jaar verhoogd": "respectievelijk" pairs the amounts with the nouns).
_BOTH_YEARS = re.compile(rf"(?<![\w\-])(?i:zowel)[ \t\xa0\n]+(?:\w+[ \t\xa0\n]+)?{YEAR}")


def _respectively(head: str, tails: tuple[str, str], items: int) -> list[int] | None:
    """Years listed in ``head``, the words of the clause before "respectievelijk", or else in
    ``tails``, those after it up to its first item or after its last, when they pair one to
    one with ``items`` ("voor de jaren 2021, 2022 en 2023 respectievelijk € 8, 10 en 10
    miljoen"; "€ 1,2, € 1,4 en € 1,6 miljard in respectievelijk 2025, 2026 en 2027"), a span
    standing for its years ("respectievelijk € 0,1, € 0,2, € 0,3 en € 0,4 mld in de jaren
    2008 tot en met 2011"). (Years among the items are no list of theirs.)"""
    for words, last in ((head, True), (tails[0], False), (tails[1], False)):
        if _BOTH_YEARS.search(words):
            continue  # "voor zowel 2007 als 2008 ... respectievelijk": each item is of both
        years = [int(y) for y in re.findall(rf"\b{YEAR}\b", words)]
        if len(years) >= items:
            return years[-items:] if last else years[:items]
        spans = list(_YEAR_SPAN.finditer(words))
        if len(spans) == 1 and len(years) == 2:
            first, final = int(spans[0].group("a")), int(spans[0].group("b"))
            if final - first + 1 == items:
                return list(range(first, final + 1))
    return None


# A web address in a sentence (a link's target, "zie www.rijksoverheid.nl/.../2025/09/16/
# brief-2026"): a name of a page, not words of the sentence; a year in it is none it states.
_ADDRESS = re.compile(r"(?<![\w@])(?i:https?://|www\.)[^\s()<>\[\]]+")


def year_source(row: dict[str, Any], printed: dict[int, set[str]]) -> str | None:
    """``stated`` when the amount's own sentence prints its years, or names one as the year
    after one it prints or as that year again (``year_after``); ``context`` when they come
    from elsewhere (the sentence before, a list's introduction, "dit jaar" read from the
    publication date); None while it has no years. ``printed``: the years each sentence
    prints or so names, by its start, read when an amount of it first asks."""
    year_from, year_to = row["year_from"], row["year_to"]
    if year_from is None and year_to is None:
        return None
    if row.get("_relative") and row["_years_source"] == "before":
        # "kost dit jaar € X": the year the publication date gives, context though the
        # sentence prints that year after the amount for another thing ("... eind 2024")
        return "context"
    if row["_years_source"] in ("respectively", "broken", "lead"):
        # a year of a span its sentence prints ("2008 tot en met 2011"), printed before the
        # page break that cut its sentence ("in 2007 een bedrag van €⏎...⏎1,1 miljard"), or
        # by the lead its list item completes ("Voor 2026 gaat het om de volgende bedragen:")
        return "stated"
    start = row["_sentence_start"]
    if start not in printed:
        sentence = full_years(row["sentence"])  # "vanaf '27"
        if "www." in sentence or "://" in sentence:
            sentence = _ADDRESS.sub(" ", sentence)
        printed[start] = set(YEAR_TOKEN.findall(sentence))
        if (after := year_after(sentence)) is not None:  # "in 2025 ... in het jaar daarop"
            printed[start].add(str(after))
        if "19" in sentence:  # "sinds 1963": a year before those the expressions read
            printed[start].update(m.group("a") for m in OLD_SINCE.finditer(sentence))
    found = printed[start]
    stated = (year_from is not None and str(year_from) in found) or (
        year_to is not None and str(year_to) in found
    )
    return "stated" if stated else "context"


def fill_context_years(
    rows: list[dict[str, Any]], sections: list[dict[str, Any]], budget_year: int | None
) -> None:
    """Give amounts whose sentence names no year the year their context gives.

    The nearest enclosing heading that names exactly one year ("Begroting 2021",
    "Uitgaven 2023") gives it, else the document's budget year; ``year_source`` says
    ``context`` so a journalist can filter on years without losing the undated half of
    the money, and still tell stated years from inferred ones.
    """
    by_id = {section["section_id"]: section for section in sections}
    years: dict[str | None, int | None] = {}  # per section: the amounts under one share it
    for row in rows:
        if row["year_from"] is not None or row["year_to"] is not None:
            continue
        section_id = row.get("section_id")
        if section_id not in years:
            years[section_id] = _heading_year(by_id, section_id)
        year = years[section_id] or budget_year
        if year is not None:
            row["year_from"] = row["year_to"] = year
            row["year_source"] = "context"


# A year that labels an amount printed after it ("2023: € 94,5 miljoen"): that amount's.
_AMOUNTS_YEAR = re.compile(r"(?:19|20)\d\d[ \t\xa0]*:[ \t\xa0]*(?:[-–+][ \xa0]?)?(?:[€$£ƒ¥]|EUR\b)")


def _heading_year(by_id: dict[str, dict[str, Any]], section_id: str | None) -> int | None:
    """The one year named by the nearest heading above an amount that names any; a year in
    it that labels an amount of the heading ("Onrechtmatig: € 268,1 miljoen (2023: € 94,5
    miljoen)", a line the section reader takes for a heading) is that amount's only."""
    seen: set[str] = set()
    while section_id and section_id in by_id and section_id not in seen:
        seen.add(section_id)
        section = by_id[section_id]
        heading = section.get("heading") or ""
        if ":" in heading:
            heading = _AMOUNTS_YEAR.sub("", heading)
        years = set(YEAR_TOKEN.findall(heading))
        if len(years) == 1:
            return int(years.pop())
        if years:
            return None  # "2019-2022": a period, not one year
        section_id = section.get("parent_section_id")
    return None


def _take_years(row: dict[str, Any], other: dict[str, Any]) -> None:
    """Give ``row`` the years ``other`` read after it (source "after"), and ``other``'s basis
    (how it counts: per year, over the period) where ``row``'s is unknown."""
    row["year_from"], row["year_to"] = other["year_from"], other["year_to"]
    row["_years_source"] = "after"
    if row["basis"] == "unknown":
        row["basis"] = other["basis"]


def share_trailing_years(rows: list[dict[str, Any]], text: str) -> None:
    """Give a bracketed item the year printed after the next bracketed item of its list, and
    an amount the years printed after its equivalent in another currency in brackets.

    "voor de Jeugdwet (€ 7,2 miljoen) en de Wmo (€ 20 miljoen) in 2022": both are 2022's.
    "een bijdrage van USD 125 miljoen (€ 112,3 miljoen) voor de periode 2016-2019": the
    equivalent is the same sum, and the words after the bracket are both amounts' (read for
    the bracketed one alone, the words after the first amount being only its bracket).
    """
    for row, following in zip(reversed(rows[:-1]), reversed(rows[1:]), strict=True):
        if row["year_from"] is not None or row["year_to"] is not None:
            continue
        if (
            following["_years_source"] != "after"
            or following["_sentence_start"] != row["_sentence_start"]
        ):
            continue
        between = text[row["_span"][1] : following["_span"][0]]
        if _BRACKETED_ITEMS.fullmatch(between):
            row["year_from"], row["year_to"] = following["year_from"], following["year_to"]
            row["_years_source"] = "after"
        elif (
            row["currency"] != following["currency"]
            and _EQUIVALENT_OPENS.fullmatch(between)
            and _EQUIVALENT_CLOSES.match(text, following["_span"][1])
        ):
            _take_years(row, following)


# A clause after a semicolon that says what the amounts before it are, closing their
# sentence with a year ("€ X voor A en € Y voor B; het gaat om incidentele middelen voor
# JJJJ.", "; dit betreft de bijdrage over JJJJ-JJJJ."): "het", "dit", "dat" or "deze" and
# "gaat om", "betreft" or a form of "zijn", words with no figure, and one year expression at
# its end. Its years are those amounts' own, which their clause does not print.
_SAYS_WHAT_THEY_ARE = re.compile(
    r";[ \t\xa0\n]*(?i:het|dit|dat|deze)[ \t\xa0\n]+(?i:gaat[ \t\xa0\n]+om|betreft|betreffen"
    r"|is|zijn)(?![\w\-])[^;:()\d€$£ƒ]*?[ \t\xa0\n](?P<years>(?i:voor|in|over|vanaf)[ \t\xa0\n]+"
    r"(?:19|20)\d\d(?:[ \t\xa0]*[-–][ \t\xa0]*(?:19|20)\d\d)?)[ \t\xa0\n]*[.!?]?[ \t\xa0\n]*"
)

# A comparison in that clause ("; dat is meer dan in JJJJ", "; dit is evenveel als voor
# JJJJ"): the year is the other sum's, compared with, not the amounts' own.
_COMPARES = re.compile(
    r"(?<![^\W\d_])(?i:dan|als|meer|minder|hoger|lager|evenveel|zoveel)(?![^\W\d_])"
)


def years_said_after(rows: list[dict[str, Any]], model: TextModel) -> None:
    """Give the amounts of a sentence that print no year the years of the clause after a
    semicolon that closes it by saying what they are (``_SAYS_WHAT_THEY_ARE``), where the
    sentence prints no other year and the clause compares them with nothing (``_COMPARES``)."""
    text = model.text
    for index, row in enumerate(rows):
        following = rows[index + 1] if index + 1 < len(rows) else None
        if following is not None and following["_sentence_start"] == row["_sentence_start"]:
            continue  # the sentence's last amount reads the clause for all of them
        start, end = model.sentence_span(row["_span"][0], row["_span"][1])
        semicolon = text.find(";", row["_span"][1], end)
        if semicolon < 0 or has_year(text[start:semicolon]):
            continue
        clause = _SAYS_WHAT_THEY_ARE.fullmatch(text, semicolon, end)
        if clause is None or _COMPARES.search(text, semicolon, clause.start("years")):
            continue
        year_from, year_to, _ = years_in(clause.group("years"))
        for earlier in reversed(rows[: index + 1]):
            if earlier["_sentence_start"] != row["_sentence_start"]:
                break
            if earlier["year_from"] is None and earlier["year_to"] is None:
                earlier["year_from"], earlier["year_to"] = year_from, year_to
                earlier["_years_source"] = "after"


# Between the two ends of a change of level: "naar" or "tot", a noun of what the level is
# between or none ("van een tekort van € 7,6 mld naar een overschot van € 4,1 mld"); the
# participle of the change may stand before "naar" ("wordt het budget van € A verhoogd naar
# € B", "teruggebracht tot").
_CHANGE_TO = re.compile(
    r"(?:[ \t\xa0\n]+(?i:[^\W\d_]*(?:ge|ver|be)[^\W\d_]+[dt]))?"
    r"[ \t\xa0\n]+(?i:naar|tot)[ \t\xa0\n]+(?:(?i:een|het|de)[ \t\xa0\n]+[^\W\d_]+[ \t\xa0\n]+"
    rf"(?i:van)[ \t\xa0\n]+)?(?:{ROUGHLY}[ \t\xa0\n]+)?"
)
# Before a change's start: "van", a noun of the level between or none ("van een tekort van").
_CHANGE_FROM = re.compile(
    r"(?<![^\W\d_])(?i:van)[ \t\xa0\n]+(?:(?i:een|het|de)[ \t\xa0\n]+[^\W\d_]+[ \t\xa0\n]+"
    rf"(?i:van)[ \t\xa0\n]+)?(?:{ROUGHLY}[ \t\xa0\n]+)?\Z"
)
# Before a change the next amount is the level it reaches: "met" ("met € 4,6 mld tot").
_CHANGE_BY = re.compile(r"(?<![^\W\d_])(?i:met)[ \t\xa0\n]+\Z")
# Two years a change runs between, as its clause prints them before its amounts: "tussen
# 2014 en 2015", a span joined by a dash ("in de periode 2019-2023", "2019–2023"; not one
# school, book or season year: "schooljaar 2023-2024"), or a change of another measure
# "van ... in 2016 tot ... in 2021".
_BETWEEN_YEARS = re.compile(
    rf"(?<![^\W\d_])(?i:tussen)[ \t\xa0\n]+(?P<a>{YEAR})[ \t\xa0\n]+(?i:en)[ \t\xa0\n]+"
    rf"(?P<b>{YEAR})(?!\d)|(?<![\w/.,-])(?<!jaar[ \t\xa0])(?<!seizoen[ \t\xa0])"
    rf"(?P<e>{YEAR})[ \t\xa0]*[-–][ \t\xa0]*(?P<f>{YEAR})(?![\w/-])"
    r"|(?<![^\W\d_])(?i:van)[ \t\xa0\n][^;:€\n]*?(?<![^\W\d_])(?i:in)"
    rf"[ \t\xa0\n]+(?P<c>{YEAR})[ \t\xa0\n]+(?i:tot|naar)[ \t\xa0\n][^;:€]*?"
    rf"(?<![^\W\d_])(?i:in)[ \t\xa0\n]+(?P<d>{YEAR})(?!\d)"
)


# The one year a clause prints before a change of level, after "in" ("verbetert in 2022 van
# € 48 mld naar € 20 mld"), or a date it takes effect on, after "per", "vanaf" or "met
# ingang van" ("Per 1 januari 2027 gaat het tarief van € A naar € B"): the year the change
# happens in.
_IN_YEAR = re.compile(
    r"(?<![^\W\d_])(?i:in|per|vanaf|met[ \t\xa0\n]+ingang[ \t\xa0\n]+van)[ \t\xa0\n]+"
    rf"(?:\d{{1,2}}[ \t\xa0\n]+(?i:{MONTH})[ \t\xa0\n]+)?{YEAR}(?!\d)"
)


def _changed_in_one_year(start: dict[str, Any], end: dict[str, Any], clause: str) -> bool:
    """Whether ``clause``, the words before a change "van A naar B", prints one year, after
    "in", and both ends took it from there (no year after the end): the change happens in
    that year, B is its level, and A the one before it (the year before's, or an earlier
    estimate of the same), which the sentence does not date; A shares no year."""
    years = set(YEAR_TOKEN.findall(clause))
    if len(years) != 1 or len(_IN_YEAR.findall(clause)) != 1:
        return False
    year = int(next(iter(years)))
    return (
        (start["year_from"], start["year_to"]) == (year, year)
        # B set for good from that year on ("per 1 januari 2025 van € A naar € B") as well
        and (end["year_from"], end["year_to"]) in ((year, year), (year, None))
        and start["_years_source"] == "before"
        and end["_years_source"] != "after"
    )


# A verb of varying before the two ends, in their clause (no comma, semicolon or colon
# between): "De voorstellen variëren van een lastenverlichting van € A tot een
# lastenverzwaring van € B in JJJJ", "de kosten liepen uiteen van € A tot € B", "schommelt
# van": the ends are the bounds alternatives lie between, no levels before and after a
# change; they are of one time, as a range's bounds are ("varieert van € 8 tot € 57").
_VARIES = re.compile(
    r"(?<![^\W\d_])(?i:vari[eë](?:ren|ert|erde|erden)|uiteen[^\W\d_]*"
    r"|schommel(?:t|en|de|den|end))(?![^\W\d_])"
)


def _share_alternatives(start: dict[str, Any], end: dict[str, Any]) -> None:
    """Give the first of two alternatives a verb of varying joins (``_VARIES``) the years
    printed after the second, where it reads none itself ("variëren van € A tot € B in
    2029": both 2029's); where both read a year before them ("variëren in 2029 van € A tot €
    B"), both keep it, the first no level before a change of that year."""
    if (
        start["year_from"] is None
        and start["year_to"] is None
        and end["_years_source"] == "after"
        and end["year_from"] is not None
    ):
        _take_years(start, end)


def pair_change_ends(rows: list[dict[str, Any]], text: str) -> None:
    """Give the two ends of a change of level between two years each its own year.

    "daalt het budget tussen 2014 en 2015 van € 3,4 naar € 3,3 mld": the start is the level
    of 2014, the end that of 2015 (both took the span); "verbetert het saldo van -1,1% in 2016
    tot +0,5% in 2021, ofwel van € 7,6 mld naar € 4,1 mld": the same path in euros (both
    took 2021); "stijgen de uitgaven tussen 2005 en 2006 met € 4,6 mld tot € 173,2 mld": the
    change is over the span, the level it reaches that of 2006. Only where the clause before
    the change prints those two years and no other, and the end took the start's years (no
    year of its own after it). Where it prints one year, after "in" ("verbetert in 2022 van
    -€ 48 mld naar -€ 20 mld"), the end keeps it and the start takes none
    (``_changed_in_one_year``). Two ends a verb of varying joins are alternatives of one time,
    no change (``_share_alternatives``).
    """
    for start, end in pairwise(rows):
        if start["_sentence_start"] != end["_sentence_start"]:
            continue
        if not _CHANGE_TO.fullmatch(text, start["_span"][1], end["_span"][0]):
            continue
        head = text[start["_sentence_start"] : start["_span"][0]]
        if _CHANGE_FROM.search(head, max(0, len(head) - 40)) is not None and _VARIES.search(
            head, max(map(head.rfind, ";:,")) + 1
        ):
            _share_alternatives(start, end)
            continue
        reached = _CHANGE_BY.search(head, max(0, len(head) - 10)) is not None
        if (
            reached
            and _reached_in_its_year(start, end, text)
            and _SPREAD.search(text, start["_sentence_start"], end["_span"][0]) is None
        ):
            start["year_from"], start["year_to"] = end["year_from"], end["year_to"]
            start["_years_source"] = "after"
            continue
        if not reached and _CHANGE_FROM.search(head, max(0, len(head) - 40)) is None:
            continue
        clause = head[max(map(head.rfind, ";:")) + 1 :]
        if not reached and _changed_in_one_year(start, end, clause):
            start["year_from"] = start["year_to"] = None  # the level before that year's change
            continue
        spans = list(_BETWEEN_YEARS.finditer(clause))
        if len(spans) != 1 or len(set(YEAR_TOKEN.findall(clause))) != 2:
            continue
        first, last = next(
            (int(spans[0][a]), int(spans[0][b]))
            for a, b in (("a", "b"), ("e", "f"), ("c", "d"))
            if spans[0][a]
        )
        if not first < last or (end["year_from"], end["year_to"]) != (
            start["year_from"],
            start["year_to"],
        ):
            continue
        if (start["year_from"], start["year_to"]) not in ((first, last), (last, last)):
            continue
        if reached and (start["year_from"], start["year_to"]) != (first, last):
            continue
        if not reached:
            start["year_from"] = start["year_to"] = first
        end["year_from"] = end["year_to"] = last
        for row in (start, end) if not reached else (end,):
            if row["basis"] == "total_over_period":
                row["basis"] = "unknown"


# Between a change and the two levels it runs between, printed after it: a comma or none,
# "van" and a word of roughness or none ("stijgt met € 138 mln, van ruim € 2,98 mld in 2019
# naar ...").
_ENDS_AFTER_CHANGE = re.compile(
    rf"[ \t\xa0\n]*,?[ \t\xa0\n]*(?i:van)[ \t\xa0\n]+(?:{ROUGHLY}[ \t\xa0\n]+)?"
)


def date_change_before_its_ends(rows: list[dict[str, Any]], text: str) -> None:
    """Give a change printed before the two levels it runs between, each in its own year,
    the span of those years: "De opbrengst stijgt met € 138 mln, van € 2,98 mld in 2019 naar
    € 3,12 mld in 2020" is the change from 2019 to 2020, as "stijgt tussen 2019 en 2020 met
    € 138 mln" is (it took none: the years stand after the levels, not after it). Only a
    change after "met" printing no year of its own, the start right after it ("van") and the
    end after "naar" or "tot", each level followed at once by "in" and its one year, the
    start's the earlier."""
    for change, start, end in zip(rows, rows[1:], rows[2:], strict=False):
        if not change["_sentence_start"] == start["_sentence_start"] == end["_sentence_start"]:
            continue
        if (change["year_from"], change["year_to"]) != (None, None):
            continue
        if not _ENDS_AFTER_CHANGE.fullmatch(text, change["_span"][1], start["_span"][0]):
            continue
        if _CHANGE_BY.search(text, max(0, change["_span"][0] - 10), change["_span"][0]) is None:
            continue
        start_year = _IN_YEAR_AFTER.match(text, start["_span"][1])
        if start_year is None or not _CHANGE_TO.fullmatch(text, start_year.end(), end["_span"][0]):
            continue
        if _IN_YEAR_AFTER.match(text, end["_span"][1]) is None:
            continue
        first, last = start["year_from"], end["year_from"]
        if first is None or last is None or not first < last:
            continue
        if (start["year_to"], end["year_to"]) != (first, last):
            continue
        change["year_from"], change["year_to"] = first, last
        change["_years_source"] = "after"


# A change spread over years before its level ("groeit jaarlijks met € 5 mln naar € 40 mln
# in 2030", "loopt de komende jaren op met ...", "met € 5 mln per jaar naar"): no one year's,
# the level's year its end only.
_SPREAD = re.compile(
    r"(?<![^\W\d_])(?i:jaarlijks|geleidelijk|stapsgewijs|(?:per|elk|ieder)[ \t\xa0\n]+jaar"
    r"|(?:de[ \t\xa0\n]+)?(?:komende|volgende)[ \t\xa0\n]+(?:[^\W\d_]+[ \t\xa0\n]+)?jaren?)"
    r"(?![^\W\d_])"
)
# Right after a level, the year it is reached in: "naar € 38,6 mln in 2026".
_IN_YEAR_AFTER = re.compile(rf"[ \t\xa0\n]+(?i:in)[ \t\xa0\n]+{YEAR}(?!\d)")


def _reached_in_its_year(change: dict[str, Any], level: dict[str, Any], text: str) -> bool:
    """Whether a change ("stijgt met € 2,4 mln naar € 38,6 mln in 2026") printing no year of
    its own is of the year its level reached prints after it: the change is made in the
    year it reaches that level, as where the year stands before both ("stijgt in 2026 met
    € 2,4 mln naar € 38,6 mln"), which both take. Not a stand at a date ("daalt met € 85 mln
    tot € 210,4 mln eind 2025"): a balance then, its change of no year printed."""
    return (
        change["year_from"] is None
        and change["year_to"] is None
        and level["_years_source"] == "after"
        and level["year_from"] is not None
        and _IN_YEAR_AFTER.match(text, level["_span"][1]) is not None
    )


# A path of levels by year, "van A in Y1 tot|naar B in Y2", and right after it the change
# between them in a bracket or after a comma and a noun of change ("van 73,4 mld euro in
# 2017 tot 85,0 mld euro in 2021, een stijging van 11,6 mld euro", "van 7,8 mld euro in 2017
# naar 5,9 mld euro in 2021 (–1,9 mld euro)"): between the levels, their first year and the
# word to the next; after the last, its year and what opens the change.
_PATH_STEP = re.compile(
    rf"[ \t\xa0\n]+(?i:in)[ \t\xa0\n]+(?P<y>{YEAR})[ \t\xa0\n]+(?i:tot|naar)[ \t\xa0\n]+"
    rf"(?:{ROUGHLY}[ \t\xa0\n]+)?"
)
_PATH_END = re.compile(
    rf"[ \t\xa0\n]+(?i:in)[ \t\xa0\n]+(?P<y>{YEAR})[ \t\xa0\n]*(?:\([ \t\xa0\n]*"
    r"|,[ \t\xa0\n]*(?:(?i:een|de|het)[ \t\xa0\n]+)?[^\W\d_]+[ \t\xa0\n]+(?i:van)[ \t\xa0\n]+)"
)


def date_path_changes(rows: list[dict[str, Any]], text: str) -> None:
    """Give the change printed right after a path of two levels by year (``_PATH_STEP``,
    ``_PATH_END``) those two years, where it is the difference of the levels (the later less
    the earlier, or its size) and the levels hold their own years: a change over the period,
    where it took the later level's year or none."""
    for start, end, change in zip(rows, rows[1:], rows[2:], strict=False):
        if not start["_sentence_start"] == end["_sentence_start"] == change["_sentence_start"]:
            continue
        step = _PATH_STEP.fullmatch(text, start["_span"][1], end["_span"][0])
        last = step and _PATH_END.fullmatch(text, end["_span"][1], change["_span"][0])
        if not step or not last:
            continue
        head = text[start["_sentence_start"] : start["_span"][0]]
        if _CHANGE_FROM.search(head, max(0, len(head) - 40)) is None:
            continue
        first, later = int(step.group("y")), int(last.group("y"))
        if not first < later or (start["year_from"], start["year_to"]) != (first, first):
            continue
        if (end["year_from"], end["year_to"]) != (later, later):
            continue
        if change["currency"] != start["currency"] or change["currency"] != end["currency"]:
            continue
        difference = end["amount_eur"] - start["amount_eur"]
        if change["amount_eur_max"] is not None or change["amount_eur"] not in (
            difference,
            abs(difference),
        ):
            continue
        change["year_from"], change["year_to"] = first, later
        change["_years_source"] = "after"
        change["basis"] = "cumulative"


# Between two items of a list of amounts: a comma or semicolon, "en" before the last, or a
# spaced slash ("€ 3,65 / 3,72 / 3,79 mln"); a text layer may break the line anywhere there
# ("€ 110 mln en⏎€ 140 mln").
_LIST_JOINT = re.compile(
    r"[\s\xa0]*[,;][\s\xa0]*(?:en[\s\xa0]+)?|[\s\xa0]+en[\s\xa0]+|[\s\xa0]+/[\s\xa0]+"
)
# Between two items "respectievelijk" pairs, past the first's quote: a list joint, or the
# word itself ("€ 10 mln respectievelijk € 15 mln"), a line break anywhere; then the plus
# and the currency sign of the next, which its quote leaves out ("€ 1,2, € 1,4 en € 1,7 mld":
# "1,4"; "− € 63,1 mln, + € 27,4 mln"; "f 1,25 mld. en f 1,75 mld.").
_PAIRED_JOINT = re.compile(
    r"[\s\xa0]*(?:[,;][\s\xa0]*(?:en[\s\xa0]+)?|(?<=[\s\xa0])(?:en|/|respectievelijk)[\s\xa0]+)"
    r"(?:\+[ \t\xa0]*)?(?:(?:€|ƒ|f|\$|£|EUR|USD)[ \t\xa0]*)?"
)


def _paired_runs(items: list[dict[str, Any]], text: str, word: int) -> list[list[dict[str, Any]]]:
    """The amounts of ``items`` (a clause's, in order) that "respectievelijk" at ``word`` may
    pair where the clause's amounts and its years do not pair one to one: a run of them
    that list joints or the word itself part (``_PAIRED_JOINT``), the first after the word
    ("respectievelijk € 1,1, € 1,9 en € 2,6 mld"), or else the last ending before it
    ("€ 1,2, € 1,4 en € 1,6 miljard in respectievelijk 2025, 2026 en 2027"). An amount the
    clause adds after the run is no item ("respectievelijk € 1,1 mld, € 1,9 mld en € 2,6 mld,
    cumulatief dus € 5,6 mld"): it is of its own years."""
    runs: list[list[dict[str, Any]]] = []
    for row in items:
        if runs:
            between = (runs[-1][-1]["_span"][1], row["_span"][0])
            if _PAIRED_JOINT.fullmatch(text, *between):
                runs[-1].append(row)
                continue
        runs.append([row])
    after = [run for run in runs if run[-1]["_span"][1] > word]
    before = [run for run in runs if run[-1]["_span"][1] <= word]
    return after[:1] + before[-1:]


#: What ends the clause "respectievelijk" pairs in, within its sentence: a semicolon, or a
#: colon that opens a list of items on the lines below ("afspraken gemaakt:" / "- jeugdzorg:
#: ..."). A colon within a line introduces what follows in the same clause ("bedragen voor
#: 2024, 2025 en 2026 respectievelijk: € 10 mln, € 12 mln en € 14 mln").
_CLAUSE_MARKS = re.compile(r";|:(?=[ \t\xa0]*\r?\n[ \t\xa0]*[-–•*·])")


def pair_respectively(rows: list[dict[str, Any]], model: TextModel) -> None:
    """Give each item of "voor de jaren 2021, 2022 en 2023 respectievelijk € 8, 10 en 10
    miljoen" its own year. The items and the years are those of the clause "respectievelijk"
    stands in (``_CLAUSE_MARKS``): "In 2021 gaf VWS € 33,9 miljard uit; de verplichtingen en
    de ontvangsten bedroegen respectievelijk € 35,2 miljard en € 1,4 miljard" pairs two
    amounts and no years (the first clause's year is no item's)."""
    groups: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        if "respectievelijk" in row["sentence"]:  # the word every pairing needs
            groups.setdefault(row["_sentence_start"], []).append(row)
    text = model.text
    for s_start, group in groups.items():
        s_end = model.sentence_span(s_start, group[-1]["_span"][1])[1]
        word = text.find("respectievelijk", s_start, s_end)
        if word < 0:
            continue  # the word in another case or broken over a line ("Respectievelijk")
        marks = [m.start() for m in _CLAUSE_MARKS.finditer(text, s_start, s_end)]
        begin = max((at + 1 for at in marks if at < word), default=s_start)
        end = min((at for at in marks if at > word), default=s_end)
        clause = [row for row in group if begin <= row["_span"][0] < end]
        paired = None
        for items in (clause, *_paired_runs(clause, text, word)):
            # (years after the word pair with items all after them or all before them:
            # not "€ 10 mln respectievelijk € 15 mln in 2021 en 2022, waarna vanaf 2023 €
            # 12,5 mln" with the third amount)
            if len(items) < 2:
                continue
            first = next((row["_span"][0] for row in items if row["_span"][0] > word), end)
            tails = text[word:first], text[max(word, items[-1]["_span"][1]) : end]
            years = _respectively(text[begin:word], tails, len(items))
            if years is not None:
                paired = items, years
                break
        if paired is None:
            continue
        items, years = paired
        for row, year in zip(items, years, strict=True):
            row["year_from"] = row["year_to"] = year
            row["basis"] = "per_year"
            row["_years_source"] = "respectively"
        for row in group:
            if row["_span"][0] > items[-1]["_span"][1] and row["_span"][0] < end:
                _structural_after(row, items[-1], years)


def _structural_after(row: dict[str, Any], last: dict[str, Any], years: list[int]) -> None:
    """A structural amount after the items "respectievelijk" paired with years, in their
    clause, that read those years as its span ("in 2015, 2016 en 2017 respectievelijk € 1,2,
    € 1,4 en € 1,7 mld, oplopend tot € 1,7 mld structureel"): no sum over them, but the level
    the series reaches, from the last item's year on when it is the last item's amount; of a
    year the clause does not print when it is another (from the year after? or later?)."""
    if row["basis"] != "structural_from_year" or (row["year_from"], row["year_to"]) != (
        years[0],
        years[-1],
    ):
        return
    reached = row["amount_eur"] == last["amount_eur"] and row["currency"] == last["currency"]
    row["year_from"], row["year_to"] = (years[-1], None) if reached else (None, None)


# Years joined by slashes labelling the list after them, a colon between: "Meerjarenraming
# 2027/2028/2029: € 3,65 / 3,72 / 3,79 mln". Two years in a row so ("schooljaar 2027/2028:
# € 5 mln / € 6 mln") are one school, academic or parliamentary year over two calendar years,
# as ``amounts_years`` reads them: no year an item is of (``_one_year_over_two``).
_SLASHED_YEARS_LABEL = re.compile(
    rf"(?<![\d/])(?P<years>{YEAR}(?:[ \t\xa0]*/[ \t\xa0]*{YEAR})+)[ \t\xa0]*:[ \t\xa0]*\Z"
)


def _one_year_over_two(years: list[int]) -> bool:
    """Whether years joined by a slash are one year over two calendar years ("2027/2028")."""
    return len(years) == 2 and years[1] == years[0] + 1


# A span of years right after a list's last item: "in 2027 t/m 2030", "in de jaren 2026 tot
# en met 2029", "in 2025-2027"; or years listed there, "en" before the last ("in 2005 en
# 2006", "in 2025, 2026 en 2027").
_SPAN_AFTER = re.compile(
    rf"[ \t\xa0]+in[ \t\xa0]+(?:de[ \t\xa0]+jaren[ \t\xa0]+)?(?P<a>{YEAR})[ \t\xa0]*"
    rf"(?:(?:tot[ \t\xa0]+en[ \t\xa0]+met|t/m|[-–])[ \t\xa0]*(?P<b>{YEAR})"
    rf"|(?P<listed>(?:,[ \t\xa0]*{YEAR}[ \t\xa0]*)*[ \t\xa0]en[ \t\xa0]+{YEAR}))(?![\d/\-–])"
)


# A span of years opening the clause of a list of amounts, its verb and subject between and
# no figure, year or mark ending a clause ("In de jaren 2026–2028 ontvangt de politie
# aanvullend € 80 mln, € 110 mln en € 140 mln"): as many years as items pair year by year,
# as a span right after the last item does (``_SPAN_AFTER``).
_SPAN_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?i:in)[ \t\xa0\n]+(?:de[ \t\xa0\n]+(?:jaren|periode)[ \t\xa0\n]+)?"
    rf"(?P<a>{YEAR})[ \t\xa0]*(?:tot[ \t\xa0]+en[ \t\xa0]+met|t/m|[-–])[ \t\xa0]*(?P<b>{YEAR})"
    r"[^\d,;:()€$£ƒ]*\Z"
)
# What may follow the list's last item for the span before to pair it: an adverb at most,
# then the clause's end. A verb or a recipient after it ("€ 80 mln en € 110 mln gaat naar de
# <instelling>", "€ 50 mln en € 20 mln voor de <dienst>") makes the items amounts of two
# clauses or of two recipients, each of the whole span.
_LIST_CLOSED = re.compile(
    r"(?:[ \t\xa0]+(?:extra|aanvullend|erbij|structureel))?[ \t\xa0]*(?:[.;,!?]|\r?\n|\Z)"
)


def _years_before(text: str, start: int, end: int, first: dict[str, Any]) -> list[int]:
    """The years of a span opening the clause of a list whose first item is ``first`` and
    last ends at ``end`` (``_SPAN_BEFORE``), from its sentence's start, the clause ending
    after the list (``_LIST_CLOSED``); none without one."""
    if text[end - 1 : end] not in (".", "!", "?") and _LIST_CLOSED.match(text, end) is None:
        return []
    span = _SPAN_BEFORE.search(text, first["_sentence_start"], start)
    if span is None:
        return []
    return list(range(int(span.group("a")), int(span.group("b")) + 1))


def pair_listed_years(rows: list[dict[str, Any]], model: TextModel) -> None:
    """Give each item of a list of amounts its own year, in order, where as many years
    follow right after its last item, as a span or a list ("loopt op van € 0,3; 0,5; 0,8 en
    1,0 mld in 2027 t/m 2030", "€ 5 mln, € 6 mln en € 7 mln in 2025-2027", "via 5½ en 7 mld
    euro in 2005 en 2006"), or as many years joined by slashes label it before a colon
    ("Meerjarenraming 2027/2028/2029: € 3,65 / 3,72 / 3,79 mln"): a level a year, as
    "respectievelijk" pairs them (``pair_respectively``). Only items that nothing but a
    comma, semicolon, "en" or a spaced slash parts; more or fewer years than items pair none
    (the last item keeps the span it reads itself)."""
    text = model.text
    run: list[dict[str, Any]] = []
    for row in [*rows, None]:
        if (
            row is not None
            and run
            and row["_sentence_start"] == run[-1]["_sentence_start"]
            and _LIST_JOINT.fullmatch(text, run[-1]["_span"][1], row["_span"][0])
        ):
            run.append(row)
            continue
        if len(run) > 1 and run[-1]["_years_source"] != "respectively":
            years = _years_after(text, run[-1]["_span"][1])
            start = run[0]["_span"][0]
            label = _SLASHED_YEARS_LABEL.search(text, max(0, start - 40), start)
            if label is not None and len(years) != len(run):
                years = [int(y) for y in re.findall(YEAR, label.group("years"))]
                years = [] if _one_year_over_two(years) else years
            if len(years) != len(run):
                years = _years_before(text, start, run[-1]["_span"][1], run[0])
            if len(years) == len(run):
                for item, year in zip(run, years, strict=True):
                    item["year_from"] = item["year_to"] = year
                    item["basis"] = "per_year"
                    item["_years_source"] = "respectively"
        run = [row] if row is not None else []


def _years_after(text: str, end: int) -> list[int]:
    """The years of a span or a list of years right after a list's last item, ending at
    ``end`` (``_SPAN_AFTER``), in order; none without one."""
    span = _SPAN_AFTER.match(text, end)
    if span is None:
        return []
    if span.group("listed"):
        return [int(y) for y in re.findall(YEAR, span.group())]
    first, last = int(span.group("a")), int(span.group("b"))
    return list(range(first, last + 1))
