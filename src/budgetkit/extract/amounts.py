"""The ``amounts`` resource: one row per money amount in a document's prose.

``money.find_money`` finds the amounts; this module decides which bare ones are money (not
people, homes or cubic metres), reads each amount's qualifier, years, basis and role from
the words around it, and keeps the exact quote so the provenance check can re-read it.
Context is read from short windows around each amount (its sentence, the words up to its
neighbours), so the cost follows the number of amounts, not the length of the text.

Each row keeps the currency its amount is printed in (an amount printing none takes the one
printed just before it in its sentence, or the one of the same figure a sentence before, else
the document's own: guilders in a text printing more of them than euros, else euros), and says
where its years come from: ``stated`` when its own sentence prints them, ``context`` when they
are read from elsewhere (the sentence before, a list's introduction, "dit jaar", or, in
``fill_context_years``, the heading's year or the document's budget year for an amount whose
sentence names none).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from itertools import chain, compress, filterfalse
from operator import itemgetter
from typing import Any

from budgetkit.extract.money import (
    CODED_CURRENCIES,
    CURRENCIES,
    MILLE,
    MONEY_AFTER_AMOUNT,
    NUMBER,
    MoneyMatch,
    cents_value,
    currency_of,
    find_money,
    mille_value,
    parse_quote,
    printed_scale,
    ton_value,
    unfolded,
    word_number,
)
from budgetkit.extract.months import MONTHS
from budgetkit.extract.warnings import ExtractWarning
from budgetkit.layout import FOOTNOTE_START, PAGE_NUMBER
from budgetkit.sources import SourceDocument
from budgetkit.textmodel import MAX_SENTENCE, TextModel, occurrences

#: Every letter that matches an ASCII letter when case is ignored, where it is not just the
#: letter in its two cases: the dotted and dotless "i" ("İ", "ı"), the Kelvin sign, the long "s".
_CASE_FOLDS = {"i": "iI\u0130\u0131", "k": "kK\u212a", "s": "sS\u017f"}


def _by_first_letter(words: tuple[str, ...], cased: bool = True) -> str:
    """A pattern matching what ``(?i:word|word|...)`` matches at each place, with the words
    grouped by first letter, each group behind the class of the letters that letter matches
    ignoring case (the same match: only one group can match at a place, and its words keep
    their order). Not ``cased``: what ``(?:word|word|...)`` matches, for lower-cased text,
    each group behind its letter.

    A plain alternation ignoring case makes the regex engine try each word in turn at every
    word start; a class of letters it tests at once, so a word start that begins none of the
    words is passed over sooner (a fifth faster on the windows around every amount).
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    if not cased:
        return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())
    return "|".join(
        f"[{_CASE_FOLDS.get(letter, letter + letter.upper())}](?i:{'|'.join(rests)})"
        for letter, rests in groups.items()
    )


# A bare "N miljoen" followed by one of these counts things, not euros, also with adjectives
# between ("2 miljoen Nederlandse huishoudens"), and so does a people's name ("Oekraïners");
# a number after a space on its line does too, a digit glued to the unit is a footnote ("40
# miljoen2."), and one on the next line starts that line ("Kabinet bezuinigt 18 miljard⏎
# 30-09-2010, 11:24": a headline over its dateline).
# A noun of people or things counts as the head of a compound too ("bijstandsuitkeringen",
# "huurwoningen"); a unit of time or measure only alone ("schooljaar" may name a budget's),
# and so a noun that ends a verb made of it ("300 miljoen bestemmen", "verhuizen").
_ADJECTIVES = r"(?:(?!(?:de|die|deze|ze|je|we|te|elke|iedere|onze|hele|extra)\b)[^\W\d_]+e\s+){0,2}"
_COUNTED = re.compile(
    rf"""\s*{_ADJECTIVES}(?:
        (?<=[ \t\xa0])\d | (?-i:[A-Z][^\W\d_]+(?:ers|anen|iërs|ezen)\b)
        | (?:kubieke|m2|m²|m3|m³|nm3|ton|megaton|kilo|kg|liter|vierkante|hectare|ha|km
             |kilometer|kwh|mwh|gwh|twh|mw|gw|vaten|barrel)\b
        | [^\W\d_]*?(?:mensen|personen|inwoners|huishoudens|gezinnen|kinderen|jongeren|ouderen
           |volwassenen|leerlingen|studenten|werknemers|werkenden|werklozen|banen|woningen
           |containers|patiënten|cliënten|bezoekers|bezoeken|reizigers|passagiers|voertuigen
           |nederlanders|burgers|mantelzorgers|vrijwilligers|plekken|dieren|bomen
           |vaccins|doses|tests|zieken|meldingen|aanvragen|uitkeringen|gebruikers|abonnees
           |exemplaren)\b
        | (?:auto|uren|dagen|jaar|keer|stuks|stemmen|huizen)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A plural noun by its form, whatever it names, after a bare "N miljoen": such an amount
# counts what the noun names, as money is never counted in a plural that is not money
# itself ("1,2 miljoen AOW-gerechtigden", "2 miljoen zzp'ers", "4 miljoen abonnementen" is
# left to the list above). The forms: a word ending in "s" that is no adverb or preposition
# ("huishoudens", "inwoners", not "jaarlijks", "tijdens"); a plural with an apostrophe
# ("zzp'ers", "AOW'ers", "auto's"); a compound headed by capitals or digits
# ("AOW-gerechtigden", "65-plussers", "MKB-bedrijven"); an adjective or participle made a
# noun of people, which no verb form ends like ("uitkeringsgerechtigden",
# "belastingplichtigen", "werklozen", "werkenden" but not "aanwenden", "gepensioneerden",
# "gehandicapten" but not "genereerden"); a noun of persons in "-isten" ("toeristen",
# "specialisten", not the verbs "(ver)gisten", "twisten", "(ver)misten"); a plural of "-heid",
# things counted, which no verb ends in ("vervuilingseenheden", "hoeveelheden").
_PLURAL_NOUN = re.compile(
    rf"""\s*{_ADJECTIVES}(?![\w'’-]*?{MONEY_AFTER_AMOUNT}(?![\w'’-]))(?:
        (?-i:(?!(?:eens|ergens|nergens|anders|elders|steeds|telkens|reeds|slechts|tevens
              |zelfs|thans|straks|plus|minus|alles|niets|gratis|precies|tijdens|volgens
              |blijkens|jegens|langs|ineens|eveneens|overigens|nogmaals|althans)\b)
              [a-z][^\W\d_]{{2,}}(?<!lijk)(?<!waart)(?<!gewij)s)
        | [^\W\d_]+['’](?:s|ers)
        | (?-i:(?:[A-Z]{{2,}}|\d+)-[a-z][^\W\d_]+(?:en|s))
        | (?-i:[a-z][^\W\d_]*(?:gerechtigden|plichtigen|lozen|(?<![wz])enden|(?<![gwm])isten|heden)
           |ge(?!nereer)[^\W\d_]{{3,}}(?:eerd|pt|kt)en)
    )(?![\w'’-])""",
    re.IGNORECASE | re.VERBOSE,
)
# A word in "-en" after a bare "N miljoen", adjectives between or not: a plural noun
# ("gepensioneerden", "verzekerden", "zelfstandigen") or a verb ("investeren", "uitgeven"),
# which only the words around tell apart (``_says_money``); an adverb or a preposition in
# "-en" ("160 mln. alleen voor de A2", "5 miljoen binnen een jaar") is neither.
_PLURAL_EN = re.compile(
    rf"""\s*{_ADJECTIVES}(?![\w'’-]*?{MONEY_AFTER_AMOUNT}(?![\w'’-]))
    (?!(?:alleen|even|binnen|buiten|boven|beneden|tegen|zonder|open|meteen|samen|geleden)\b)
    (?-i:[a-z][^\W\d_]{{2,}}en)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# A subject pronoun right after that word: it is the verb of a clause whose subject follows
# it ("Met deze 40 miljoen maken we het af", "kunnen wij"), no noun the amount counts.
_SUBJECT_AFTER = re.compile(r"[ \t\xa0]+(?:we|wij|ze|zij|jullie|u)\b", re.IGNORECASE)
# A second word in "-en" ending the clause after that word ("waaraan jaarlijks 1,2 miljoen
# vrouwen deelnemen, wordt ..."): the clause's verb, printed last as a subordinate clause
# prints it, which makes the word before it its subject or object, a noun of what the amount
# counts, whatever money the next clause says. An auxiliary or a modal there ("5 miljoen
# uitgegeven hebben", "5 miljoen investeren willen") leaves the first word a verb, and a money
# noun ("5 miljoen eigen middelen.") names what the amount is: neither is such a verb; nor
# is the word after an auxiliary or a modal right after the amount ("dat gemeenten 5
# miljoen moeten bezuinigen,"), which is no noun.
_AUXILIARIES = (
    "hebben", "hadden", "zijn", "waren", "worden", "werden", "zullen", "zouden", "kunnen",
    "konden", "moeten", "moesten", "willen", "wilden", "wouden", "mogen", "mochten", "gaan",
    "gingen", "blijven", "bleven", "laten", "lieten", "komen", "kwamen", "hoeven", "hoefden",
    "durven", "durfden", "staan", "stonden", "liggen", "lagen", "zitten", "zaten", "lopen",
    "liepen", "helpen", "hielpen", "leren", "leerden", "zien", "zagen", "horen", "hoorden",
)  # fmt: skip
_CLAUSE_VERB = re.compile(
    rf"""[ \t\xa0]+(?!(?:{"|".join(_AUXILIARIES)})\b)(?![\w'’-]*?{MONEY_AFTER_AMOUNT}\b)
    (?-i:[a-z][^\W\d_]{{2,}}en)[ \t\xa0]*[,;:.!?)]""",
    re.IGNORECASE | re.VERBOSE,
)
# Compounds sharing their head, the first ones cut short by a hyphen ("WW- en
# bijstandsuitkeringen", "AOW-, WW- of bijstandsuitkeringen"): the last word names what all
# of them count, and is read as the noun after the amount.
_ELIDED = re.compile(r"\s+(?:[^\W\d_]+-\s*,\s*)*[^\W\d_]+-\s+(?:en|of)(?=\s)")
# A blank line after a bare amount: it ends the amount's paragraph (a headline, a list's last
# line), and the words under it say nothing of what the amount counts ("Provincie investeert
# 40 miljoen⏎⏎Inwoners van ...").
_PARAGRAPH_END = re.compile(r"[ \t\xa0]*\n[ \t\xa0]*\n")
# Signs and stems of money: a currency, or a word of paying, costing, budgeting.
_MONEY_STEMS = (
    "€", "euro", "eur ", "$", "dollar", "ƒ", "gulden", "kost", "invest", "bezuinig", "ombuig",
    "uitga", "uitgeg", "uitgev", "bespa", "spaar", "spar", "bijdra", "bijgedra", "subsid",
    "budget", "geld", "financ", "betaal", "betal", "begro", "reserv", "tekort", "saldo",
    "lasten", "belast", "premie", "heff", "vrijgem", "vrijmak", "vrij te maken", "vrijspel",
    "beschikbaar", "toegeken", "toeken", "ontvang", "korting", "compens", "uitgetrok",
    "uittrek", "trekt", "krijg", "kreeg", "fonds", "impuls", "oplever", "opgelever", "opbreng",
    "levert", "ophal", "opgehaald", "steken", "gestoken", "schade", "schrap", "inzet", "ingezet",
    "besteed", "besteden", "leent", "leende", "lenen", "geleend", "verdien", "overmak",
    "overgemaakt", "stort", "derv", "gederfd", "verstrek", "uitker", "steun", "neertel",
)  # fmt: skip
# The word of a unit a list's items share, where ``MoneyMatch.scale_at`` points.
_UNIT_WORD = re.compile(r"[^\W\d_]+\.?")
# A sign may stand for a word: "± € 480 mln", "≈ € 95 mln", "~€ 12 mln" and "plm." (plusminus)
# for circa, "> € 3 mld" for meer dan, "projecten < € 5 mln" for minder dan; "‹" and "›" are
# how some fonts print "<" and ">". English quoted in Dutch text qualifies its amounts in its
# own words ("at least 50 million dollars", "some EUR 11.2 billion", "up to EUR 300 million").
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
    r"|some|about|around|approximately|at least|up to|more than|less than|nearly|almost"
    r"|(?P<rising>(?:lopen|loopt|liep|liepen)\s+(?:\w+\s+)?op\s+tot)"
    r"|(?P<from>oplopend\s+van|(?:lopen|loopt|liep|liepen)\s+(?:\w+\s+)?op\s+van))[\s\xa0]*$",
    re.IGNORECASE,
)
# A quote rounded as speech rounds a figure, its count after the scale ("een miljoen of vijf",
# "een ton of drie", which the money reader reads as five million, three hundred thousand):
# an estimate, stored with the qualifier of "about".
_ROUNDED_BY_SPEECH = re.compile(r"(?i:miljoen|miljard|ton)[ \t\xa0\n]+of[ \t\xa0\n]+[^\W_]")
# Between the start of a rise ("oplopend van € 5 miljoen") and its end: "in 2025 tot".
_RISE_END = re.compile(r"[\s\xa0]*(?:in[\s\xa0]+(?:19|20)\d\d[\s\xa0]*)?tot[\s\xa0]*", re.I)
_PER_SALDO = re.compile(r"\bper[\s\xa0]+saldo\b", re.I)
# The last word or sign of every ``_QUALIFIER``, lower case.
_QUALIFIER_ENDS = (
    "ruim", "bijna", "circa", "ca.", "ongeveer", "o’n", "o'n", "maximaal", "minimaal", "minste",
    "dan", "kleine", "krap", "tot", "naar", "hooguit", "schatting", "verwachting", "benadering",
    "gemiddeld", "liefst", "geen", "afgerond", "tussen", "de", "totaal", "samen", "van", "plm.",
    "+/-", "±", "≈", "~", "<", ">", "≤", "≥", "‹", "›", "some", "about", "around",
    "approximately", "least", "up to", "than", "nearly", "almost",
)  # fmt: skip
# The signs some fonts print for "<" and ">", stored as those.
_ANGLES = str.maketrans("‹›", "<>")
# "800 euro per huishouden", "€ 1.300 per inwoner": an amount for each of something; "per
# jaar" and its kind say how an amount counts over time (``basis``), not what it is for.
_PER_UNIT = re.compile(
    r"[\s\xa0]+per[\s\xa0]+(?!(?:jaar|maand|kwartaal|week|dag|periode|saldo|direct)\b)"
    r"(?P<unit>[^\W\d_]{3,30})\b",
    re.IGNORECASE,
)
# "(bedragen x 1000)" printed in prose: the bare numbers just after a year before it count
# in thousands ("in 2021 300, en in zowel 2022, als 2023 1.700 (bedragen x 1000)"), or in
# the unit a currency prefix says, in its case ("(bedragen x k€)", "(bedragen in M€)"), or
# in the unit it names in words ("(bedragen in miljoenen euro)", "(bedragen x € 1 mln)").
_NOTE_UNIT = (
    r"bedragen\s*(?:[x×]\s*(?:€\s*)?(?P<f>1\.?000(?:\.?000)?)"
    r"|(?:[x×]|in)\s*(?-i:(?P<prefix>[kKM])(?:€|EUR))"
    r"|in\s+(?P<plural>duizenden|miljoenen)\s+(?:euro['’]?s|euro|€)"
    r"|[x×]\s*€\s*1\s*(?P<mln>mln\.?|miljoen))"
)
_SCALE_NOTE = re.compile(rf"\(\s*{_NOTE_UNIT}\s*\)", re.IGNORECASE)
# The same note printed alone on its line without brackets ("Bedragen x € 1.000" over an
# annual account's analysis of its differences), matched at the line's start.
_BARE_NOTE = re.compile(
    rf"[ \t\xa0]*{_NOTE_UNIT}(?=[ \t\xa0]*:?[ \t\xa0]*(?:\n|\Z))", re.IGNORECASE
)
# A note ending its line, or its lead sentence before a colon ("de volgende kasschuiven
# verwerkt (bedragen in miljoenen euro):", "Financiële consequenties (bedragen x € 1.000)"):
# it heads the lines under it, to the paragraph's end.
_NOTE_HEADS = re.compile(r"[ \t\xa0]*:?[ \t\xa0]*\n")
# A figure after a year label in the lines a note heads, signed or not ("• Defensie: 2018
# –320; 2019 +320", "Investering 2006: 1.250; kapitaallasten 2007 e.v.: 87,5 per jaar"):
# one space after the year or its colon (a table's columns stand wider apart), no year
# itself (a table's header of years), and ending its item: a ";" or "," or the line's end
# follows, after "per jaar" or a word in brackets ("18,5 (nadelig)") or not. "e.v." ("en
# volgende") after the year: from that year on.
_LABELLED_FIGURE = re.compile(
    rf"\b(?P<y>(?:19|20)\d\d)(?P<on>[ \xa0]e\.[ \xa0]?v\.)?:?[ \xa0]"
    rf"(?P<n>[–−+-]?(?!(?:19|20)\d\d\b){NUMBER})"
    r"(?=(?:[ \xa0]per[ \xa0]jaar)?(?:[ \xa0]\([^()\n]{1,30}\))?"
    r"(?:[;,]|\.?[ \t\xa0]*(?:\n|\Z)))",
    re.IGNORECASE,
)
# What a labelled figure under a note is no amount in the note's unit for: a number
# opening with a zero (a reference, "kenmerk 2024 0012345"), or one after words on its line
# saying it counts ("Aantal extra militairen in 2019: 1.200", "Formatie in fte 2025: 14;
# 2026: 16").
_NO_SUM = re.compile(r"[–−+-]?0\d")
_COUNTS_ITEM = re.compile(r"\baantal(?:len)?\b|\bfte\b", re.IGNORECASE)
# A labelled figure on the line printing a share after it ("Groei 2019 2,5 procent, 2020
# 3,1"): the items of one line count alike, the others are shares too.
_SHARE_ITEM = re.compile(
    rf"\b(?:19|20)\d\d:?[ \xa0][–−+-]?{NUMBER}[ \xa0]?(?:%|procent|procentpunt)",
    re.IGNORECASE,
)
_YEAR_THEN_NUMBER = re.compile(
    rf"(?:\bzowel\s+(?P<y0>(?:19|20)\d\d)\s*,?\s*als\s+)?"  # "in zowel 2022, als 2023 1.700"
    rf"\b(?P<y>(?:19|20)\d\d)[ \t\xa0]+(?P<n>{NUMBER})(?!\s*(?:procent|%))"
)
# A blank line ends the paragraph a scale note can speak for.
_BLANK_LINE = re.compile(r"\n[ \t\xa0]*\n")
_YEAR = r"(?:199\d|20\d\d)"
_MONTH = rf"(?:{'|'.join(MONTHS)})"
# (The lookahead only filters: a match starts with a word below or a year's first digit.)
# A noun of a year or a period names its year at once ("begrotingsjaar 2025", "periode
# 2021-2025"); a date after it is no year of its ("€ 14 per jaar⏎27 januari 2026": a
# headline and the dateline under it).
_YEARS = re.compile(
    rf"""(?=[abeijmnopstuv12])(?P<prep>\b(?:(?:(?P<months>van(?:af)?\s+{_MONTH}\s+(?:tot\s+en\s+met|t/m|tot))
            |(?P<shift>van\s+{_YEAR}\s+naar)
            |in|voor|vanaf|van|tot\s+en\s+met|t/m|tot|per|sinds|na|over|ingang\s+van|en
            |als)\s+(?:de\s+jaren\s+|het\s+jaar\s+|de\s+periode\s+)?(?:(?:\d{{1,2}}\s+)?{_MONTH}\s+)?
            |(?:jaar|jaren|periode|begrotingsjaar|begroting|macrobudget|uitvoeringsjaar|schooljaar
            |tranche)\s+(?:de\s+jaren\s+|het\s+jaar\s+|de\s+periode\s+)?))?
        (?P<a>{_YEAR})(?:(?:\s*,\s*{_YEAR})*\s*(?P<sep>[-–]|tot\s+en\s+met|t/m|tot|en)\s*
            (?:{_MONTH}\s+)?(?P<b>{_YEAR}))?
        (?!\d|[.,]\d)""",
    re.VERBOSE | re.IGNORECASE,
)
# A year expression holds a year: windows without one skip the slow ``_YEARS`` scan.
_ANY_YEAR = re.compile(_YEAR)
# Every word a ``_YEARS`` expression prints before its year, lower case (and numbers: a day,
# the year of "van 2021 naar"), each standing alone between white space; at most
# ``_YEAR_WORDS_MAX`` of them ("vanaf januari tot en met de periode 1 maart 2021" has 9).
_YEAR_WORDS = frozenset({
    "van", "vanaf", "in", "voor", "tot", "en", "met", "t/m", "per", "sinds", "na", "over", "jaar",
    "jaren", "periode", "begrotingsjaar", "begroting", "macrobudget", "uitvoeringsjaar",
    "schooljaar", "tranche", "ingang", "als", "de", "het", "naar", *MONTHS,
})  # fmt: skip
_YEAR_WORDS_MAX = 10
# A year not inside a longer number; the look-behind follows the first digit so that the
# pattern starts with "1" or "2", which the engine skips to in C.
_YEAR_TOKEN = re.compile(r"(?:1(?<!\d1)99\d|2(?<!\d2)0\d\d)(?!\d)")
# How far back an amount without a currency looks for one printed before it.
_CURRENCY_REACH = 600
_REACH = 200  # characters either side in which words can qualify an amount
_SPREAD = r"(?:verspreid|verdeeld|uitgesmeerd)\s+over"
# A comma or dash ends an amount's clause, except before a list of years or a spread over
# them ("1 miljard euro in 2019, 2020 en 2021", "53 miljoen euro gereserveerd, verspreid over
# 2020 en 2021", "1 miljard - uitgesmeerd over 2019, 2020 en 2021 -"). (The pattern starts
# with the class of every first character, which the engine skips to in C, and checks behind
# it which one it was.)
_AFTER_STOP = re.compile(
    rf"[;:(),\s](?:(?<=[;:()])|(?<=,)(?![\s\xa0]*(?:(?:19|20)\d\d\b|{_SPREAD}))"
    rf"|(?<=\s)–\s(?!{_SPREAD}))",
    re.I,
)
# An aside right after the amount ("€ 160 miljoen (70 + 90) aan ... in 2021"), or the
# parenthesis the amount stands in ("(€ 20 miljoen) in 2022"), does not end its clause.
# A bracket holding only a year or a span of years that closes the amount's clause.
_CLAUSE_YEARS = re.compile(
    r"\([\s\xa0]*(?P<years>(?:19|20)\d\d(?:[\s\xa0]*[-–][\s\xa0]*(?:19|20)\d\d)?)[\s\xa0]*\)"
    r"(?=[\s\xa0]*(?:[.;:]|$))"
)
_ASIDE = re.compile(r"^[\s\xa0]*(?:\((?P<aside>[^()]{0,80})\)|\))")
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
# The words ``_MARKS``, ``_PART`` and ``_TOTAL_BEFORE`` need, one in each match (``_may_hold``).
_MARK_WORDS = (
    "cumulati", "structure", "jaar", "elk", "incidente", "eenmalig", "totaal", "verspreid",
)  # fmt: skip
_PART_WORDS = ("waar", "hiervan", "daarvan", "deze", "resterende")  # not "van": in most windows
_TOTAL_WORDS = ("totaal", "totale")
_PART_PHRASES = (
    "waarvan", "waaronder", "hiervan", "daarvan", r"van\s+deze", r"van\s+de\s+resterende",
)  # fmt: skip
_PART = re.compile(rf"\b(?:{_by_first_letter(_PART_PHRASES)})\b")
_RELATIVE_PART = re.compile(r"\b(?:waarvan|waaronder)\b", re.I)
_PART_AFTER = re.compile(r"^[\s\xa0]*(?:hiervan|daarvan)\b", re.I)
_TOTAL_BEFORE = re.compile(
    r"\b(?=[it])(?:in\s+totaal|totaal|totaalbedrag|totaalbudget|totale\s+(?:bedrag|budget|steun))\b"
    r"[^€\d]{0,40}$",
    re.I,
)
# "Van deze € 65 miljoen wordt € 62 miljoen ...": a sentence opening on the whole, then a part.
_WHOLE_OPENING = re.compile(r"^[\s\xa0]*van\s+(?:deze|de(?:\s+resterende)?)[\s\xa0]*$", re.I)
# "€ 5 miljoen en in 2021 € 19 miljoen": joined by a conjunction, the same kind of amount.
_JOINED = re.compile(rf"[\s\xa0]*(?:,|en|of)?[\s\xa0]*(?:(?:in|voor)\s+{_YEAR}[\s\xa0]*)?")
# The next item of an enumeration: a short stretch ending in "," or "en".
_NEXT_ITEM = re.compile(r"^[^.;:]{0,100}(?:,|\ben)[\s\xa0]*$")
_OPEN_PAREN = re.compile(r"\([\s\xa0]*$")
_COMING_YEARS = re.compile(r"\bkomende\s+(?P<n>\d{1,2}|\w+)\s+jaar\b[^.;€\d]{0,40}$", re.I)
_LIST_COLON = re.compile(r":[ \t\xa0]*\n")
_THIS_YEAR = re.compile(r"\b(?:in\s+)?dit\s+jaar\b", re.I)
_NEXT_YEAR = re.compile(r"\b(?:in\s+)?(?:het\s+)?(?:volgend|komend)e?\s+jaar\b", re.I)
_LAST_YEAR = re.compile(r"\b(?:in\s+)?(?:het\s+)?(?:vorig|afgelopen)e?\s+jaar\b", re.I)
# A year printed with an apostrophe for its century, as news writes it ("Vanaf '27", "in
# ’25", "tot en met '30"), after a word that names a year: the year in full ("vanaf 2027");
# '90 to '99 are the 1990s.
_SHORT_YEAR = re.compile(
    r"\b(?P<w>(?:vanaf|in|tot(?:\s+en\s+met)?|t/m|sinds|medio|eind|begin|na)\s+)['’‘]"
    r"(?P<y>\d\d)(?![\w'’‘])",
    re.I,
)
_APOSTROPHES = ("'", "’", "‘")


def _full_years(window: str) -> str:
    """``window`` with each year printed short (``_SHORT_YEAR``) written in full."""
    if not any(map(window.__contains__, _APOSTROPHES)):
        return window
    return _SHORT_YEAR.sub(lambda m: f"{m['w']}{'19' if m['y'] >= '90' else '20'}{m['y']}", window)


_ANAPHOR = re.compile(
    r"[\s\xa0]*(?:hiervoor|daarvoor|hiervan|daarvan|dit\s+(?:betreft|betreffen|is|zijn))\b",
    re.I,
)
_BRACKETED_ITEMS = re.compile(r"[\s\xa0]*\)[\s\xa0]*(?:,|en|of)[^().;:€\d]{1,60}\([\s\xa0]*")
_ADJACENT_YEAR = re.compile(r"\bin\s+(?:19|20)\d\d[\s\xa0]*$", re.I)
# "in 2014 met 150 miljoen euro, ... en vanaf 2015 met 200 miljoen": a year printed before
# the amount and joined to it by a few small words is the amount's own, unless a year
# follows the amount at once ("de korting in 2020 met € 70 miljoen in 2021").
_JOINED_YEAR = re.compile(
    r"\b(?:in|vanaf|voor|sinds)\s+(?:19|20)\d\d"
    r"(?:[\s\xa0]+(?:met|is|wordt|werd|was|zal|er|nog|ook|extra|al|dan))+[\s\xa0]*$",
    re.I,
)
_YEAR_AT_ONCE = re.compile(r"[\s\xa0]*(?:in|voor|over|vanaf|tot|t/m)\s+(?:19|20)\d\d\b", re.I)
_LABEL_JOINT = re.compile(r"\b(?:en|of|waaronder|waarvan)\b", re.I)
_BASIS_JOINT = re.compile(r"\ben\b", re.I)
_CONJUNCTION_ONLY = re.compile(r"^[\s\xa0,]*(?:en|of)(?:\s+(?:met|van|voor))?[\s\xa0]*$", re.I)
# Words that say money is made available for something (a measure's budget).
_FUNDING_WORDS = (
    "beschikbaar", "uitgetrok", "trekt", "gereserveerd", "reserveren", "vrijgemaakt", r"vrij\b",
    "begroot", "ingezet", "investeer", "investeert", "geïnvesteerd", "toegevoegd", "toegekend",
    "toekent", "verhoogd", "extra", "ontvangen", "ontvangt", "krijgt", "krijgen", "overgeheveld",
    "subsidie", "budget", "impuls", "bijdrage", r"gaat\s+naar", "stelt", "gesteld", "bestemd",
    "compensatie", "verstrekt", "uitgekeerd", "korting", "bezuiniging",
)  # fmt: skip
_FUNDING = re.compile(rf"\b(?:{_by_first_letter(_FUNDING_WORDS)})")
# Patterns written in lower case, as they run on lower-cased text (``_finditer``).
_YEARS_FOLDED = re.compile(_YEARS.pattern, re.VERBOSE)
_MARKS_FOLDED = re.compile(_MARKS.pattern, re.VERBOSE)
_FUNDING_FOLDED = re.compile(rf"\b(?:{_by_first_letter(_FUNDING_WORDS, cased=False)})")


#: A currency named after an amount that prints none, for which ``money.CURRENCIES`` keeps no
#: code: a word of another country's money, a currency of any country named by its
#: adjective other than those whose currency has a code ("Canadese dollar", "Zweedse
#: kronen", "Japanse yen"), or an ISO code of one; also after the upper bound of a range or
#: the last of a list ("50 tot 60 miljoen Canadese dollar", "1,2 en 0,8 miljard roebel").
#: "frank" without its country names no one currency (Swiss, Belgian, French, Luxembourg),
#: nor "CFA-frank" without its code (West or Central Africa: XOF or XAF);
#: the euro's predecessors are named in texts on its history ("D-mark", "peseta's"). The
#: renminbi, the zloty and the hryvnia, which the money reader reads after an amount ("50
#: miljard yuan": CNY), stay listed for an amount it leaves bare before another's ("1,2
#: miljard en 0,8 miljard renminbi": the first is refused, never euros).
_FOREIGN_WORDS = (
    r"renminbi|yuan|roebels?|roepies?|rands?|zloty'?s?|forint|lira|lire|kro(?:on|nen)|reais"
    r"|peso'?s?|dirhams?|riyals?|shekels?|baht|rupiah|ringgit|hryvnia|dinars?|frank(?:en)?"
    r"|d-mark(?:en)?|peseta'?s?|escudo'?s?|drachmen?|schilling(?:en|s)?|markka'?s?|ecu'?s?"
    r"|cfa-frank(?:en|s)?"
    # the currencies of Africa, Asia and Latin America that aid and trade are counted in
    # (words no Dutch text prints after a number for anything else: not "som", "lei",
    # "lek", "kip", "sol" or "won", Dutch words too)
    r"|shillings?|naira|cedi'?s?|kwacha|dong|meticais|metical|kyat|riel|tenge|lari|manat"
    r"|afghani'?s?|ouguiya|leone'?s?|dalasi|ariary|pula|kwanza'?s?|nakfa|quetzal'?s?"
    r"|lempira'?s?|boliviano'?s?|gourde'?s?|rupees?|rials?"
)
_OTHER_CURRENCY = re.compile(
    r"(?:[ \t\xa0]+(?:tot|à|á|a|en|of|-|–)[ \t\xa0]+\d[\d.,]*"
    r"(?:[ \t\xa0]+(?i:miljoen|miljard|biljoen|mln\.?|mld\.?|mrd\.?))?)?"
    r"[ \t\xa0]+(?:(?!(?:Amerikaanse|Zwitserse|Britse|Antilliaanse|Caribische|Arubaanse"
    r"|Surinaamse|Belgische)\b)[A-Z][\w-]*(?:se|sche)"
    r"[ \t\xa0]+(?i:dollars?|frank(?:en)?|pond(?:en)?|yen|won|guldens?|mark(?:en)?"
    rf"|{_FOREIGN_WORDS})"
    rf"|(?i:{_FOREIGN_WORDS})"
    # a compound of a country's name and a currency word ("Kenia-shilling", "Hongkong-dollar")
    r"|[A-Z][\w]*-(?i:dollars?|frank(?:en)?|pond(?:en)?|yen|guldens?|mark(?:en)?"
    rf"|{_FOREIGN_WORDS})"
    r"|(?-i:NOK|DKK|SEK|CNY|CAD|AUD|RUB|INR|TRY|PLN|ZAR|BRL|MXN|KRW|HKD|SGD|NZD|CZK|HUF))"
    r"(?![\w-])"
)


#: The guilder's older marks before an amount the money reader finds bare ("fl. 297,3
#: miljard", "Hfl 8 miljard", "NLG 3 miljoen", "f 2,5 miljoen"): guilders, never euros.
_GUILDER_MARK = re.compile(r"(?:\b(?:[Hh]?fl\.?|NLG)|(?<![\w.])f)[ \xa0]?\Z")


def _guilders_before(text: str, start: int) -> str | None:
    """ "NLG" where a guilder mark stands right before an amount printing no currency."""
    return "NLG" if _GUILDER_MARK.search(text, max(0, start - 5), start) else None


#: A currency code (ISO 4217, current and the euro's predecessors) right before an amount
#: printing no currency ("XAF 42 miljoen"): the money reader reads the codes it keeps a
#: currency for as the amount's sign, so this is one it does not know. Only real codes: three
#: capitals before an amount are more often an organisation's ("NWO 100 miljoen", "COA").
_ISO_CODES = frozenset((
    "AED", "AFN", "ALL", "AMD", "AOA", "ARS", "AUD", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD",
    "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CLP",
    "CNY", "COP", "CRC", "CUC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN",
    "ETB", "FJD", "FKP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG",
    "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "KES", "KGS", "KHR", "KMF",
    "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL",
    "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD",
    "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG",
    "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE",
    "SLL", "SOS", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY",
    "TTD", "TWD", "TZS", "UAH", "UGX", "UYU", "UZS", "VES", "VND", "VUV", "WST", "XAF", "XCD",
    "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWL", "ATS", "DEM", "ESP", "FIM", "FRF", "GRD", "IEP",
    "ITL", "LUF", "PTE", "XEU", "XDR",
))  # fmt: skip
#: The marks texts print for money with no code here ("FF 3 mld", "BFR 12 mld"; the money
#: reader reads "ECU", "DM" and the IMF's "SDR"): as an unknown code, never the currency of
#: an amount nearby.
_OLD_MARKS = frozenset(("FF", "SFR", "BFR", "LFR"))
_UNKNOWN_CODE = re.compile(r"(?<![\w.\-])[A-Z]{2,3}[ \xa0]\Z")

#: The words naming one of ``CODED_CURRENCIES`` alone, after an amount printing no currency
#: ("470 miljoen birr", "2.500 miljard lire": "lire" is the Italian plural, a "lira" alone
#: may be Turkish; "frank" or "shilling" alone names no one currency, with its country it
#: does).
_CODED_WORDS = {
    "birr": "ETB", "ethiopische birr": "ETB", "taka": "BDT", "bengaalse taka": "BDT",
    "lire": "ITL", "italiaanse lire": "ITL", "italiaanse lira": "ITL", "peseta": "ESP",
    "peseta's": "ESP", "pesetas": "ESP", "spaanse peseta": "ESP", "spaanse peseta's": "ESP",
    "franse frank": "FRF", "franse franken": "FRF", "franse franc": "FRF",
    "keniaanse shilling": "KES", "keniaanse shillings": "KES",
}  # fmt: skip
#: A currency word or two after an amount, and the ISO code printed in brackets after them
#: ("6,5 miljard CFA-frank (XOF)", "4,5 miljard zloty (PLN)").
_WORDS_AFTER = re.compile(
    r"[ \t\xa0]+(?P<w>[^\W\d_][\w'’-]*(?:[ \t\xa0]+[^\W\d_][\w'’-]*)?)"
    r"(?:[ \t\xa0]*\((?P<code>[A-Z]{3})\))?"
)
_CODE_IN_BRACKETS = re.compile(r"[ \t\xa0]+[^\W\d_][\w'’-]*[ \t\xa0]*\((?P<code>[A-Z]{3})\)")
#: A code or an old mark right after an amount ("2,6 miljard KES", "2 miljard FF").
_CODE_AFTER = re.compile(r"[ \t\xa0]+(?P<code>[A-Z]{2,3})(?![\w\-])")


def _coded_currency(text: str, match: MoneyMatch) -> str | None:
    """The currency of ``CODED_CURRENCIES`` an amount printing none is in: by its ISO code
    right before it ("KES 2,6 miljard"), in brackets after the currency word after it
    ("6,5 miljard CFA-frank (XOF)"), or by a word naming it alone ("470 miljoen birr")."""
    if match.currency is not None:
        return None
    if (code := _code_before(text, match)) is not None:
        return code
    bracketed = _CODE_IN_BRACKETS.match(text, match.end) or _CODE_AFTER.match(text, match.end)
    if bracketed is not None and bracketed.group("code") in CODED_CURRENCIES:
        return bracketed.group("code")
    words = _WORDS_AFTER.match(text, match.end)
    if words is None:
        return None
    named = words.group("w").lower().replace("’", "'")
    return _CODED_WORDS.get(named) or _CODED_WORDS.get(named.split()[0])


def _code_before(text: str, match: MoneyMatch) -> str | None:
    """The code of ``CODED_CURRENCIES`` printed right before an amount ("KES 2,6 miljard")."""
    code = _UNKNOWN_CODE.search(text, max(0, match.start - 4), match.start)
    return code.group().strip() if code and code.group().strip() in CODED_CURRENCIES else None


def _bracketed_unknown(text: str, match: MoneyMatch) -> str | None:
    """The ISO code or old mark of a currency the package keeps no code for, right after
    an amount printing no currency ("3 miljard NGN", "2 miljard FF") or in brackets after
    the currency word after it ("3 miljard naira (NGN)")."""
    if match.currency is not None:
        return None
    bracketed = _CODE_IN_BRACKETS.match(text, match.end) or _CODE_AFTER.match(text, match.end)
    code = bracketed.group("code") if bracketed is not None else None
    if code in _OLD_MARKS:
        return code
    return code if code in _ISO_CODES and code not in CURRENCIES else None


# A figure ending the text before a page break ("€ 150", "150"), and the scale word, with a
# currency word after it, that the text after the break starts with ("mln uit", "miljoen euro").
_FIGURE_AT_END = re.compile(rf"(?:(?P<sign>[€ƒ])[ \xa0]?)?(?P<n>{NUMBER})[ \t\xa0]*\Z")
_SCALE_AT_START = re.compile(
    r"[ \t\xa0\f]*(?P<unit>(?i:miljoen|miljard|mln|mld|mrd|duizend)\.?)(?![^\W\d_])"
    r"(?:[ \t\xa0]+(?P<currency>(?i:euro|dollar)s?)(?![^\W\d_]))?"
)
_YEAR_FIGURE = re.compile(r"(?:19|20)\d\d")
#: A line opening with a scale word, anywhere in a text: without one (and without a quote
#: over a line's end) no amount reaches across page furniture, and the furniture's lines
#: need not be listed.
#: (From the line break before it: a pattern opening on a literal is scanned for in C. The
#: character after the break is tested first, as one class, and the words' first letters in
#: their two cases: most lines open with another letter, which the words ignoring case, each
#: tried in turn, took twice as long to reject.)
_SCALE_OPENS_LINE = re.compile(
    r"\n(?=[ \t\xa0\fmMdD])[ \t\xa0\f]*"
    r"(?:[mM](?i:iljoen|iljard|ln|ld|rd)|[dD](?i:uizend))(?![^\W\d_])"
)
#: A page's footer or header as a PDF's text layer prints it next to the form feed between
#: two pages: words, and the page's number set apart at its end ("Tweede Kamer, vergaderjaar
#: 2019–2020, 35 300 A, nr. 74 1"), no money (folded: the form feed is white space).
_NUMBERED_LINE = re.compile(r"(?=[^€$£¥ƒ]*\Z)(?=.*[^\W\d_]{3}).* \d{1,3}")


_DIGIT_BYTES = b"0123456789"
_DIGITS = "0123456789"


#: The most characters, digits left out, of a short line every page prints.
_SHORT = 60


def _short(text: str) -> bool:
    """Whether ``text`` without its digits is 1 to ``_SHORT`` characters long: a line that
    may be one every page prints ("Datum", "12 september 2025", "Kenmerk", "2025-0000123456",
    "12 Financiën | Rijksbegroting"); a line of digits alone is a page number, or a figure,
    for ``layout.page_numbers`` to tell. (Its digits counted, not the line copied without
    them: ten counts in C take less than half the time ``str.translate`` takes to copy a
    line of text, on the sources' lines.)"""
    if len(text) <= _SHORT:
        return bool(text.strip(_DIGITS))
    return 0 < len(text) - sum(map(text.count, _DIGITS)) <= _SHORT


def _may_cross_furniture(model: TextModel, found: list[MoneyMatch]) -> bool:
    """Whether ``_across_page_breaks`` may change anything: a quote over a line's end whose
    figure, or a line opening with a scale word whose line of text before, may be page
    furniture (``layout``'s, a short line, a footnote's first line). Most documents have
    neither, and are spared listing every line's repeats, and the page numbers too when no
    line is to be tested."""
    layout = model.layout
    folded, filled = layout.folded, layout.filled

    def may_be_furniture(line: int) -> bool:
        text = folded[line - 1]
        return (
            line in listed
            or _in_run(text)
            or (text[:1].isdecimal() and FOOTNOTE_START.match(text) is not None)
        )

    figures = (
        model.line_col(m.start + next((i for i, c in enumerate(m.quote) if c.isdigit()), 0))[0]
        for m in found
        if "\n" in m.quote
    )
    before_scales = (
        filled[index - 1]
        for index in (
            bisect_left(filled, model.line_col(m.start() + 1)[0])
            for m in _SCALE_OPENS_LINE.finditer(model.text)
        )
        if index
    )
    lines = chain(figures, before_scales)
    first = next(lines, None)
    if first is None:
        return False
    listed = layout.page_numbers | layout.furniture | layout.footnotes
    return any(map(may_be_furniture, chain((first,), lines)))


def _beside_form_feeds(model: TextModel) -> set[int]:
    """The lines printing a page's number (``_NUMBERED_LINE``) on either side of a form
    feed: the last line of text of the page before it (its footer), the first of the page
    after it (its header). Printed once in a short document, they are no running line.
    A line whose next line, right under it on the same page, opens with a scale word is
    none: its number is a figure whose scale wrapped ("In 2025 stijgen de kosten met 120" /
    "miljoen euro")."""
    layout = model.layout
    filled, folded = layout.filled, layout.folded
    found = set()
    for at in occurrences(model.text, "\f"):
        page = bisect_left(filled, model.line_col(at)[0])  # the first line with text at or after it
        for index in (page - 1, page):
            if (
                0 <= index < len(filled)
                and _NUMBERED_LINE.fullmatch(folded[filled[index] - 1])
                and not _scale_wrapped(model.lines, folded, filled, index)
            ):
                found.add(filled[index])
    return found


#: The most lines of a page's foot before a form feed, and of the next page's head after it,
#: that ``_furniture_run`` steps over (a footer of two lines, a reference column of four).
_RUN_MOST = 6


def _in_run(text: str) -> bool:
    """Whether a line may be one of a page's foot or head: short (``_short``), or digits
    alone (a reference number, "33344211")."""
    return _short(text) or text.isdecimal()


def _furniture_run(model: TextModel) -> set[int]:
    """The short lines (``_in_run``) around a page break (a form feed, or a line printing
    the page's number) between a signed figure ending the
    text of one page and a line opening with a scale word on the next: "€ 4,5" / "Pagina 1
    van 3" / form feed / "Ons kenmerk" / "48151623" / "Datum" / "3 juni 2025" /
    "mln. voor ...". Printed once (a letter's reference column on its second page only, a
    Handelingen footer with its date and sheet number, footnotes printed as a number alone
    over their text), they repeat on no other page and
    print no page number at their end, yet no sentence runs through them: a sign and a
    figure end the page's text with the scale the next page's text starts with. Without
    the sign a figure ending a page ("het aantal is 650") may be a count, and is left."""
    layout = model.layout
    filled, folded, lines = layout.filled, layout.folded, model.lines

    def signed_end(index: int) -> bool:
        end = _FIGURE_AT_END.search(lines[filled[index] - 1])
        return end is not None and end.group("sign") is not None

    def scale_opens(index: int) -> bool:
        return _SCALE_AT_START.match(lines[filled[index] - 1]) is not None

    def note_text(index: int) -> bool:
        """Whether the line is a footnote's text under its number printed alone on the
        line right above it ("1" / "Het bedrag is inclusief ...")."""
        above = filled[index - 1] if index else 0
        mark = folded[above - 1] if above == filled[index] - 1 else ""
        return 0 < len(mark) <= 2 and mark.isdecimal()

    def first(indices: range, ends: Callable[[int], bool]) -> int | None:
        """The first line of ``indices`` that ``ends`` the run, None where a line of text
        comes first."""
        for index in indices:
            if ends(index):
                return index
            if not _in_run(folded[filled[index] - 1]) and not note_text(index):
                return None
        return None

    # where a page starts: at a form feed, or under a line printing the page's number
    # ("Pagina 1 van 2") where the text layer prints no form feed
    starts = {bisect_left(filled, model.line_col(at)[0]) for at in occurrences(model.text, "\f")}
    starts |= {bisect_left(filled, line) + 1 for line in layout.page_numbers}
    found: set[int] = set()
    for page in sorted(starts):
        scale = first(range(page, min(page + _RUN_MOST, len(filled))), scale_opens)
        if scale is None:
            continue
        figure = first(range(page - 1, max(page - 1 - _RUN_MOST, -1), -1), signed_end)
        if figure is not None:
            found.update(filled[figure + 1 : scale])
    return found


def _scale_wrapped(lines: list[str], folded: list[str], filled: list[int], index: int) -> bool:
    """Whether the line right after line ``filled[index]`` (no blank line between, which
    sets a running line apart, and no form feed) opens with a scale word that no figure
    ending the page before awaits: the line's number is that scale's figure, its sentence
    wrapped. Where the page before ends in a figure ("uit op € 14,9" / "17" / "Financieel
    Jaarverslag van het Rijk 2013   Hoofdstuk 2" / "mld"), the scale word is that figure's."""
    if index + 1 >= len(filled) or filled[index + 1] != filled[index] + 1:
        return False
    after = lines[filled[index]]
    if "\f" in after or _SCALE_AT_START.match(after) is None:
        return False
    before = index - 1  # the last line of text before it, page numbers stepped over
    while before >= 0 and PAGE_NUMBER.fullmatch(folded[filled[before] - 1]):
        before -= 1
    return before < 0 or _FIGURE_AT_END.search(lines[filled[before] - 1]) is None


def _across_page_breaks(
    model: TextModel, found: list[MoneyMatch], rejected: list[tuple[int, str]]
) -> list[MoneyMatch]:
    """The amounts found, read across the page furniture a PDF's text layer prints between
    a figure and its scale word (a page number, a running header or footer, a footnote:
    ``model.layout``; a short line printed on every page, as a letter's "Datum" and
    "Kenmerk" column): "€ 150⏎⏎12⏎⏎mln" is € 150 mln, quoted "€ 150" with the scale
    printed on the line after the break (``scale_at``), not € 150 and € 12 mln.

    An amount whose figure stands on such a line while its quote reaches a line of text (a
    page number and the next page's scale word, "12⏎⏎mln"; a sign before the break and a
    page number, "€⏎⏎1") is no amount: left out and said in ``rejected``.
    """
    if not _may_cross_furniture(model, found):
        return found
    layout = model.layout
    # a line is counted without its digits: a running line printed with the page's number
    # before it ("12 Financiën | Rijksbegroting") or after it repeats so
    # (as UTF-8 bytes, all lines at once: no byte of a character beyond ASCII is a digit's,
    # and bytes lose their digits in C, where a str is translated character by character)
    joined = "\n".join(layout.filled_texts).encode()
    texts = joined.translate(None, _DIGIT_BYTES).decode().split("\n")
    counts = Counter(texts)
    # a short line printed more than once is page furniture (``_short``); each text is
    # tested once, not each line: a line is repeated when its text is
    short = {text for text, count in counts.items() if count > 1 and 0 < len(text) <= _SHORT}
    repeated = compress(layout.filled, map(short.__contains__, texts))
    breaks = layout.page_numbers | layout.furniture | layout.footnotes | set(repeated)
    breaks |= _beside_form_feeds(model) | _furniture_run(model)
    lines, starts, text = model.lines, model.line_starts, model.text
    kept = []
    for m in found:
        if not breaks or "\n" not in m.quote:  # most quotes stand on one line
            kept.append(m)
            continue
        first, last = model.line_col(m.start)[0], model.line_col(m.end - 1)[0]
        digit = next((i for i, c in enumerate(m.quote) if c.isdigit()), 0)
        figure = model.line_col(m.start + digit)[0]
        if figure in breaks and not {first, last} <= breaks:
            rejected.append(
                (m.start, f"'{' '.join(m.quote.split())}': its figure is page furniture (a page "
                          "number, a running header or a footnote), not stored")
            )  # fmt: skip
            continue
        kept.append(m)
    # a footnote printed at the page's foot without a rule above it ("3 Kamerstukken II
    # 2024/25, 36 600, nr. 4.") stands between the two pages' text as the furniture does
    notes = {
        number
        for number, line in compress(
            zip(layout.filled, layout.filled_texts, strict=True),
            map(str.isdecimal, map(itemgetter(0), layout.filled_texts)),
        )
        if FOOTNOTE_START.match(line)
    }
    between = breaks | notes
    if not between:
        return kept
    # the lines of text on either side of each run of furniture, blank lines stepped over
    text_lines = list(filterfalse(between.__contains__, layout.filled))
    pairs = set()
    for line in between:
        after = bisect_right(text_lines, line)
        if 0 < after < len(text_lines):
            pairs.add((text_lines[after - 1], text_lines[after]))
    for before, after in sorted(pairs):
        # (the scale word first: it opens few lines, and the figure is searched for along
        # the whole line before)
        scale = _SCALE_AT_START.match(lines[after - 1])
        figure = _FIGURE_AT_END.search(lines[before - 1]) if scale is not None else None
        if figure is None or scale is None:
            continue
        sign = figure.group("sign")
        if not sign and _YEAR_FIGURE.fullmatch(figure.group("n")):
            continue  # "in 2025": a year before the break
        start, end = starts[before - 1] + figure.start(), starts[before - 1] + figure.end("n")
        if any(m.start < end and start < m.end and (m.start, m.end) != (start, end) for m in kept):
            continue  # the figure is part of a longer amount
        quote = text[start:end]
        unit = scale.group("unit")
        word = scale.group("currency")
        printed = currency_of(sign) if sign else (currency_of(word) if word else None)
        amount, _ = parse_quote(quote, printed_scale(unit))
        kept = [m for m in kept if (m.start, m.end) != (start, end)]
        kept.append(
            MoneyMatch(start, end, quote, amount, None, printed_scale(unit) or "units",
                       printed is None, printed, starts[after - 1] + scale.start("unit"))
        )  # fmt: skip
    kept.sort(key=lambda m: m.start)
    return kept


# The price of one currency in another, as the markets quote it: a figure in one currency
# after another currency named as a thing, or one unit of it, or after the rate ("de euro
# noteerde 1,0845 dollar", "de dollar kostte 0,92 euro", "een euro kost 1,08 dollar", "de
# koers van de euro steeg naar 1,10 dollar", but not "de koers van het aandeel sloot op 7,50
# euro": a share's price names one currency), or before "per" and another currency ("1,08
# dollar per euro"): a rate, no amount of money.
_CURRENCY_THING = (
    r"(?:(?:de|een|één|eén)[ \xa0]+(?:euro|dollar|gulden|yen|frank)"
    r"|het[ \xa0]+(?:britse[ \xa0]+)?pond"
    r"(?=[ \xa0]+sterling|(?<=britse[ \xa0]pond)))"
)
_RATE_BEFORE = re.compile(
    rf"\b(?i:(?P<rate>(?:wissel)?koers)|(?P<thing>{_CURRENCY_THING}))\b[^.;:!?€$£¥ƒ\d]{{0,40}}\Z"
)
_PER_CURRENCY = re.compile(r"[ \t\xa0]+per[ \t\xa0]+(?P<thing>(?i:euro|dollar|gulden|yen))\b")
# One unit of a currency set equal to a figure in another ("1 US-dollar is 1,79 Antilliaanse
# gulden", "1 euro = 1,08 dollar", "€ 1 = $ 1,08"): a rate, neither side an amount of money.
_EQUALS = (
    r"[ \t\xa0]+(?:is|=|staat[ \t\xa0]+gelijk[ \t\xa0]+aan|komt[ \t\xa0]+overeen[ \t\xa0]+met)"
    r"[ \t\xa0]+"
)
_ONE_UNIT_BEFORE = re.compile(
    rf"(?<![\w,.])(?:1[ \t\xa0]+[^\W\d_][\w-]*(?:[ \t\xa0][^\W\d_][\w-]*)?"
    rf"|[€$£¥ƒ][ \t\xa0]?1){_EQUALS}\Z"
)
_FIGURE_AFTER_ONE = re.compile(
    rf"{_EQUALS}(?:[€$£¥ƒ][ \t\xa0]?|[A-Z]{{3}}[ \t\xa0])?\d[\d.]*(?:,\d+)?"
    r"(?:[ \t\xa0]+[^\W\d_][\w-]*){0,2}"
)
# One unit of a currency, a few words ("vanaf 1 januari 1999"), "gelijk aan" and a list of
# figures each in another currency, up to the amount: "Eén euro is vanaf 1 januari 1999
# gelijk aan 2,20371 gulden, 1,95583 Duitse mark en 40,3399 Belgische frank" (the fixed
# conversion rates): each figure is a rate.
_RATE_ITEM = r"\d[\d.]*(?:,\d+)?[ \t\xa0]+[^\W\d_][\w-]*(?:[ \t\xa0]+[^\W\d_][\w-]*)?"
_ONE_EQUALS_LIST = re.compile(
    r"(?<![\w,.])(?:1|(?i:één|eén|een))[ \t\xa0]+(?P<one>[^\W\d_][\w-]*)"
    r"(?:[ \t\xa0]+(?:[^\W\d_][\w-]*|\d+)){0,6}?[ \t\xa0]+gelijk[ \t\xa0]+aan[ \t\xa0]+"
    rf"(?:{_RATE_ITEM},[ \t\xa0]+)*(?:{_RATE_ITEM}[ \t\xa0]+en[ \t\xa0]+)?\Z"
)


def _other_currency(text: str) -> str | None:
    """The currency ``text`` prints (``currency_of``), or the ISO code of one that no
    amount here is read in, before or after its figure ("131 KES", "KES 131")."""
    return currency_of(text) or next((w for w in text.split() if w in _ISO_CODES), None)


def _is_rate(text: str, match: MoneyMatch) -> bool:
    """Whether a figure in a currency, printed without a scale, is an exchange rate
    (``_RATE_BEFORE``, ``_PER_CURRENCY``), or either side of one unit of a currency set
    equal to a figure in another (``_ONE_UNIT_BEFORE``, ``_FIGURE_AFTER_ONE``, its code one
    that no amount here is read in too), or one of a list of such figures
    (``_ONE_EQUALS_LIST``)."""
    if match.currency is None or match.scale != "units" or match.amount_eur_max is not None:
        return False
    per = _PER_CURRENCY.match(text, match.end)
    if per is not None:
        return currency_of(per.group("thing")) != match.currency
    one = _ONE_UNIT_BEFORE.search(text[max(0, match.start - 60) : match.start])
    if one is not None and currency_of(one.group()) not in (None, match.currency):
        return True
    figure = _FIGURE_AFTER_ONE.match(text, match.end) if match.amount_eur == 1 else None
    if figure is not None and _other_currency(figure.group()) not in (None, match.currency):
        return True  # "1 EUR = 131 KES"
    listed = _ONE_EQUALS_LIST.search(text, max(0, match.start - 200), match.start)
    if listed is not None and currency_of(listed.group("one")) not in (None, match.currency):
        return True
    before = _RATE_BEFORE.search(text[max(0, match.start - 60) : match.start])
    if before is None:
        return False
    if before.group("rate"):
        # a rate names two currencies ("de koers van de euro steeg naar 1,10 dollar"); a
        # share's price one ("de koers van het aandeel sloot op 7,50 euro"): money
        named = _other_currency(before.group()[len(before.group("rate")) :])
        return before.group("rate").lower() == "wisselkoers" or named not in (None, match.currency)
    return currency_of(before.group("thing").split()[-1]) != match.currency


# "ton" is a hundred thousand euros in Dutch money talk and a tonne everywhere else ("drie
# ton CO2"). A number and "ton" is money only where the words say so: "euro" after it ("een
# ton euro"), money after it ("drie ton subsidie", "twee ton aan steun"), a sum of money
# before it ("een subsidie van anderhalve ton"), a verb of cost before it ("kost
# tweeëneenhalve ton") or of paying after it in its clause ("twee ton te veel is
# gedeclareerd"), or a sum of money its sentence prints before a number in words in tons
# ("Een kwart miljard voor 650 scholen, dat is nog geen vier ton per school"); and never
# where the sentence speaks of matter that is weighed, unless "euro" or money follows that
# very "ton" (each "ton" of a sentence is read by the words right after it).
# (found from each "ton" standing alone: the number before it, "euro" after it)
_TON_NUMBER = re.compile(r"(?<![\w,.])(?P<n>\d+(?:,\d+)?|[^\W\d_]+)[ \t\xa0]+\Z")
_TON_END = re.compile(
    r"(?i:ton)(?![\w\-])(?P<about>[ \t\xa0]+of[ \t\xa0]+(?:[^\W\d_]+|\d{1,2})(?![\w\-]))?"
    r"(?P<euro>[ \t\xa0]+(?i:euro)(?![\w\-]))?"
)
_MONEY_AFTER_TON = re.compile(
    rf"[ \t\xa0]+(?:aan[ \t\xa0]+)?(?i:subsidie|steun|budget|bijdrage|geld|belastinggeld"
    rf"|schade|winst|omzet|{MONEY_AFTER_AMOUNT})(?![\w\-])"
)
_SUM_BEFORE_TON = re.compile(
    r"\b(?i:(?:[^\W\d_]*(?:bedrag|subsidie|bijdrage|budget|schade|boete|tekort|kosten|investering"
    r"|uitkering|vergoeding|lening|premie|som|salaris|bonus|overschot|winst|verlies))[ \t\xa0]+van"
    r"|kost|kostte|kostten)[ \t\xa0]+(?:(?i:ruim|bijna|circa|ongeveer|zo['’]n|maximaal|minimaal"
    r"|hooguit|krap|maar liefst)[ \t\xa0]+)?\Z"
)
_PAID_AFTER_TON = re.compile(
    r"[^.;:!?()\d]{0,40}?\b(?i:gedeclareerd|uitgegeven|betaald|opgehaald|bespaard|gekost"
    r"|bijgedragen|ontvangen|geïnvesteerd|gereserveerd|begroot|overgemaakt|uitgekeerd|verstrekt"
    r"|toegekend|terugbetaald|teruggevorderd|gedoneerd|geschonken)\b"
)
# After a number of tons, what a share of a sum of money is followed by: a clause's end or a
# word that names nothing weighed ("vier ton per school", "twee ton extra"); a noun there
# names the matter weighed ("vier ton cocaïne", "drie ton asbest"), whatever money the
# sentence spends.
_NO_MATTER_AFTER_TON = re.compile(
    r"\s*(?:[.,;:!?)\]–-]|\Z|(?i:per|voor|extra|meer|minder|is|was|wordt|werd|zijn"
    r"|waren|en|of|om|bij|naar|op|in|uit|beschikbaar|nodig|gaat|gaan|ging|kost|kostte)(?![\w\-]))"
)
_WEIGHED = re.compile(
    r"\b(?i:co2|co₂|uitstoot|emissie|afval|stikstof|ammoniak|fosfaat|waterstof|staal|zand"
    r"|grondstof|graan|voedsel|vracht|lading|gewicht|kilo(?!met)|olie|gas(?!t)|hout(?!en\b)"
    r"|mest|plastic)"
    # (the start of a word: "afvalstoffen", "gasprijs"; not "kilometer", "gastouder",
    # "gastvrij", "houten", whose first letters are no matter weighed)
    # the verb of weighing in its forms that are no other word: "wegen" is also roads ("het
    # onderhoud van wegen kost twee ton") and "gewogen" a weighted mean's ("het gewogen
    # gemiddelde")
    r"|\b(?i:weegt|woog|wogen)\b"
)


# A figure and "eurocent" after it ("een stijging van 42 eurocent", "1,5 eurocent per
# kWh"): hundredths of a euro, stored in euros. The money reader reads no such word (it is
# neither a scale nor a currency word), so each is found from its "eurocent", the figure
# right before it. (The word is found from its "c", one character in a hundred, which the
# regex engine's scan skips to: a search for the eight characters takes a third longer.)
_CENTS_WORD = re.compile("c(?<=euroc)ent")
_CENTS_NUMBER = re.compile(rf"(?<![\w,.])(?P<n>{NUMBER})[ \t\xa0]+\Z")
_CENTS_END = re.compile(r"eurocents?(?![\w\-])")


def _cents(text: str, taken: list[MoneyMatch]) -> list[MoneyMatch]:
    """Amounts in eurocents outside the amounts found already, in euros ("42 eurocent" is
    0,42 euro)."""
    found = []
    for at in (m.start() - len("euro") for m in _CENTS_WORD.finditer(text)):
        head = _CENTS_NUMBER.search(text, max(0, at - 30), at)
        tail = _CENTS_END.match(text, at) if head else None
        if head is None or tail is None:
            continue  # "de eurocent", "eurocenten": no figure of cents
        start, end = head.start(), tail.end()
        if any(t.start < end and start < t.end for t in taken):
            continue
        quote = text[start:end]
        amount = cents_value(quote)
        if amount is not None:
            found.append(MoneyMatch(start, end, quote, amount, None, "units", False, "EUR"))
    return found


# A figure in full whose last group of thousands runs one or two digits long: the mark of a
# footnote glued to it ("€ 5.843.0002" over footnote "2"), the groups of three proving
# where the figure ends.
_GLUED_MARK = re.compile(
    r"(?P<sign>[€ƒ])[ \xa0]?(?P<n>[1-9]\d{0,2}(?:\.\d{3})+)(?P<mark>[1-9]\d?)(?![\d.,]?\d)"
)


#: A line opening with a footnote's number ("2 Inclusief de btw.", "1   Kamerstukken II
#: ..."), and a rule line drawn above a page's notes.
_NOTE_LINE = re.compile(r"[ \t\xa0]*\d{1,3}[ \t\xa0]+\S")
_RULE_LINE = re.compile(r"[ \t\xa0]*[_\-–]{5,}[ \t\xa0]*")
#: Most lines a footnote wraps to after the line opening with its number.
MAX_NOTE_LINES = 3


def _at_page_foot(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]``, opening with a number, stands among a page's footnotes: the
    run of lines it is in (from a blank line or a rule) opens with a note's number, and from
    it to the page's end (a form feed, or the text's) stand only notes, each wrapped over
    ``MAX_NOTE_LINES`` at most, blank lines and a footer or two. A numbered heading ("2
    Financiën") with its text under it, or a table's row ("2 Afval   1.200"), is no note."""
    start = index
    while start > 0 and lines[start - 1].strip() and not _RULE_LINE.fullmatch(lines[start - 1]):
        if lines[start].startswith("\f"):
            break
        start -= 1
    if not _NOTE_LINE.match(lines[start].lstrip("\f")):
        return False
    wrapped = 0
    for line in lines[index + 1 :]:
        if line.startswith("\f"):
            return True
        if not line.strip() or _NOTE_LINE.match(line):
            wrapped = 0
            continue
        wrapped += 1
        if wrapped > MAX_NOTE_LINES:
            return False
    return True


def _footnote_marked(model: TextModel, rejected: list[tuple[int, str]]) -> list[MoneyMatch]:
    """The amounts ``find_money`` refused as ambiguous that are figures in full with a
    footnote's mark glued to them (``_GLUED_MARK``), where a footnote of that number is
    printed below, among the notes at a page's foot (``_at_page_foot``): quoted without the
    mark, and no longer said in ``rejected``. Without the footnote the extra digit may be a
    misprint of the figure, and the amount stays out."""
    text, lines = model.text, model.lines
    found, kept = [], []
    for at, why in rejected:
        m = _GLUED_MARK.match(text, at) if text[at : at + 1] in "€ƒ" else None
        line = model.line_col(at)[0] if m is not None else 0
        note = re.compile(rf"\f?{m.group('mark')}[ \t\xa0]+\S") if m is not None else None
        if note is None or not any(
            note.match(lines[k]) and _at_page_foot(lines, k) for k in range(line, len(lines))
        ):
            kept.append((at, why))
            continue
        quote = text[m.start() : m.end("n")]
        amount, _ = parse_quote(quote)
        found.append(
            MoneyMatch(m.start(), m.end("n"), quote, amount, None, "units", False,
                       currency_of(m.group("sign")))
        )  # fmt: skip
    rejected[:] = kept
    return found


# A number and "mille" after it ("veertig mille", "2,5 mille"): a thousand, as money is
# spoken; "pro mille" is per thousand (no number stands right before its "mille"). The
# money reader reads no such word, so each is found from its "mille".
_MILLE_NUMBER = re.compile(r"(?<![\w,.])(?P<n>\d+(?:,\d+)?|[^\W\d_]+)[ \t\xa0]+\Z")
_MILLE_END = re.compile(r"(?i:mille)(?![\w\-])")


def _milles(
    model: TextModel, taken: list[MoneyMatch], rejected: list[tuple[int, str]]
) -> list[MoneyMatch]:
    """Amounts in thousands said "mille", outside the amounts found already (``taken``),
    where the words say money: a word of money in the sentence (``_MONEY_STEMS``, "kost al
    snel veertig mille per jaar"), as for "een tientje", and one mille at least. A "mille"
    is also a per mille ("het tarief is 0,8 mille", "1,5 mille van de WOZ-waarde"): a
    figure below one is a rate and left, and one in a sentence saying no money is said in
    ``rejected``."""
    text = model.text
    found = []
    for at in sorted([*occurrences(text, "mille"), *occurrences(text, "Mille", 0)]):
        head = _MILLE_NUMBER.search(text, max(0, at - 40), at)
        tail = _MILLE_END.match(text, at) if head else None
        if head is None or tail is None:
            continue  # "pro mille", "millennium": no number of thousands
        start, end = head.start(), tail.end()
        if any(t.start < end and start < t.end for t in taken):
            continue
        quote = text[start:end]
        amount = mille_value(quote)
        if amount is None or amount < MILLE:
            continue  # "0,8 mille": a rate per thousand, no thousands
        s_start, s_end = model.sentence_span(start, end)
        sentence = text[s_start:s_end].lower()
        if not any(map(sentence.__contains__, _MONEY_STEMS)):
            rejected.append(
                (start, f"'{quote}': thousands of euros or per mille? The words around it do "
                        "not say; not stored")
            )  # fmt: skip
            continue
        found.append(MoneyMatch(start, end, quote, amount, None, "units", False))
    return found


# "een tientje": ten euros in money talk since the euro (ten guilders before it). Money only
# where the words say so: a word of more or less right after it ("een tientje meer", "een
# tientje per maand", "een tientje duurder") or a word of money in its sentence ("dat kost
# een tientje"); in a document published before 2002, or of no known date, it may be ten
# guilders: refused with a warning. ("tientjes", "een paar tientjes": no number.)
_TIENTJE = re.compile(r"(?<![\w\-])[Ee]en[ \t\xa0]+tientje(?![\w\-])")
# The word anywhere, found from its "j" (one character in a hundred), which the regex
# engine's scan skips to: a search for the seven characters takes twice as long.
_TIENTJE_WORD = re.compile("j(?<=tientj)e")
_MORE_AFTER = re.compile(
    r"[ \t\xa0]+(?:meer|minder|extra|erbij|duurder|goedkoper|per[ \t\xa0]+(?:maand|week|jaar|dag))"
    r"(?![\w\-])"
)
_EURO_SINCE = 2002


def _tientjes(
    doc: SourceDocument, taken: list[MoneyMatch], rejected: list[tuple[int, str]]
) -> list[MoneyMatch]:
    """ "een tientje" where the words say money (``_TIENTJE``), outside the amounts found
    already (``taken``), as ten euros."""
    text = doc.text
    if _TIENTJE_WORD.search(text) is None:
        return []  # most documents: skip the scan
    published = re.match(r"\d{4}", str(doc.meta.get("published") or ""))
    found = []
    for m in _TIENTJE.finditer(text):
        start, end = m.span()
        if any(t.start < end and start < t.end for t in taken):
            continue
        s_start, s_end = doc.model.sentence_span(start, end)
        sentence = text[s_start:s_end].lower()
        if not _MORE_AFTER.match(text, end) and not any(map(sentence.__contains__, _MONEY_STEMS)):
            continue  # "een tientje voor wiskunde": a mark, no money
        if published is None or int(published.group()) < _EURO_SINCE:
            rejected.append(
                (start, f"'{m.group()}': ten euros or ten guilders, the document's time unknown "
                        "or before the euro; not stored")
            )  # fmt: skip
            continue
        found.append(MoneyMatch(start, end, m.group(), 10, None, "units", False, "EUR"))
    return found


def _tons(
    model: TextModel,
    taken: list[MoneyMatch],
    kept: list[MoneyMatch],
    rejected: list[tuple[int, str]],
) -> list[MoneyMatch]:
    """Amounts in tons where the words around them say money, outside the
    amounts found already (``taken``; ``kept``: those of them that are money, in text
    order); quoted with "euro" when it follows ("een ton euro"). A number of tons in words
    that neither says ("het project kreeg twee ton") is said in ``rejected``."""
    text = model.text
    found = []
    sums = [m.start for m in kept]
    # ("Ton" from its capital: rarer than one in a thousand characters, found sooner alone)
    for at in sorted([*occurrences(text, "ton"), *occurrences(text, "Ton", 0)]):
        if text[at - 1 : at] not in (" ", "\t", "\xa0"):
            continue  # "toont", "Stonden": the number's white space stands right before it
        head = _TON_NUMBER.search(text, max(0, at - 40), at)
        tail = _TON_END.match(text, at) if head else None
        if head is None or tail is None:
            continue  # "toont", "per ton": no number of tons
        start, end, number = head.start(), tail.end(), head.group("n")
        if (number[:1].isalpha() and word_number(number) is None) or any(
            t.start < end and start < t.end for t in taken
        ):
            continue  # "een paar ton", "miljoen ton": no number of tons
        s_start, s_end = model.sentence_span(start, end)
        said = tail.group("euro") or _MONEY_AFTER_TON.match(text, end)
        if not said and _WEIGHED.search(text, s_start, s_end):
            continue  # "drie ton CO2": tonnes ("twee ton euro", "zes ton subsidie" say money
            # where they stand, whatever the sentence weighs elsewhere: "1.200 ton fosfaat")
        quote = text[start:end]
        money = (
            said
            or _SUM_BEFORE_TON.search(text, max(s_start, start - 60), start)
            or _PAID_AFTER_TON.match(text, end, s_end)
            or (  # "een kwart miljard ..., dat is nog geen vier ton per school"
                number[:1].isalpha()
                and bisect_left(sums, start) > bisect_left(sums, s_start)
                and _NO_MATTER_AFTER_TON.match(text, end) is not None
            )
        )
        amount = ton_value(quote) if money else None
        if amount is None and money and tail.group("about"):
            # "een ton of meer": a ton, "of" counting nothing of it
            end = tail.start("about")
            quote = text[start:end]
            amount = ton_value(quote)
        if amount is None and number[:1].isalpha():
            rejected.append(
                (start, f"'{quote}': a hundred thousand euros or tonnes? The words around it "
                        "do not say; not stored")
            )  # fmt: skip
        elif amount is not None:
            found.append(
                MoneyMatch(start, end, quote, amount, None, "units", False,
                           "EUR" if tail.group("euro") else None)
            )  # fmt: skip
    return found


# A day and a month right before a figure: the figure is the date's year ("14 april 2022"),
# no count of the scale word or currency after it.
_DAY_MONTH_BEFORE = re.compile(rf"(?<![\w.,])\d{{1,2}}[ \t\xa0]+(?i:{_MONTH})[ \t\xa0]+\Z")
_DATE_YEAR = re.compile(r"(?:19|20)\d\d(?!\d|[.,]\d)")


def _is_money(text: str, match: MoneyMatch, rejected: list[tuple[int, str]]) -> bool:
    """A bare "N miljoen" is money unless a counted noun follows or "het aantal" precedes.
    An amount printing no currency followed by one no code is kept for ("renminbi",
    "Canadese dollar") is money but no euros: left out and said in ``rejected``, never
    stored as euros."""
    if (
        text[match.start : match.start + 2] in ("19", "20")
        and _DATE_YEAR.match(text, match.start) is not None
        and _DAY_MONTH_BEFORE.search(text, max(0, match.start - 20), match.start) is not None
    ):
        rejected.append((match.start, f"'{match.quote}': the year of a date; not stored"))
        return False
    if _is_rate(text, match):
        rejected.append(
            (match.start, f"'{match.quote}': an exchange rate, the price of another currency; "
                          "not stored")
        )  # fmt: skip
        return False
    if _coded_currency(text, match) is not None:
        # a code before the figure may be a country's, Spain's ISO code as the peseta's
        # ("ESP 47 miljoen inwoners"): a counted noun after it says it counts no money
        return not (match.bare and _code_before(text, match) and _counts(text, match))
    unknown = _bracketed_unknown(text, match)
    other = _OTHER_CURRENCY.match(text, match.end) if match.currency is None else None
    if unknown is not None:
        rejected.append(
            (match.start, f"'{match.quote}' in {unknown}: money in a currency with no code here; "
                          "left out, never stored as euros")
        )  # fmt: skip
        return False
    if other:
        rejected.append(
            (
                match.start,
                f"'{match.quote}{other.group()}': money in a currency with no code here; "
                "left out, never stored as euros",
            )
        )
        return False
    code = (
        _UNKNOWN_CODE.search(text, max(0, match.start - 4), match.start)
        if match.currency is None
        else None
    )
    if code and (code.group().strip() in _ISO_CODES or code.group().strip() in _OLD_MARKS):
        rejected.append(
            (
                code.start(),
                f"'{code.group()}{match.quote}': money after a code with no currency here; "
                "left out, never stored as euros",
            )
        )
        return False
    sign = text[max(0, match.start - 2) : match.start].rstrip(" \xa0")[-1:]
    if match.currency is None and sign and unicodedata.category(sign) == "Sc":
        rejected.append(  # "₹ 5 miljard", "₽ 3 miljoen": a sign the money reader keeps no code for
            (match.start, f"'{sign} {match.quote}': money after a currency sign with no code here; "
                          "left out, never stored as euros")
        )  # fmt: skip
        return False
    if not match.bare:
        return True
    if _counts(text, match):
        return False
    return "aantal" not in text[max(0, match.start - 120) : match.start].lower()


def _counts(text: str, match: MoneyMatch) -> bool:
    """Whether the noun after a bare "N miljoen" says it counts what the noun names rather
    than euros ("2 miljoen huishoudens", "1,2 miljoen vrouwen deelnemen,")."""
    # an item of a list ("2, 3 en 4 miljoen inwoners") counts what follows the unit it shares
    unit = _UNIT_WORD.match(text, match.scale_at) if match.scale_at is not None else None
    after = unit.end() if unit else match.end
    if (elided := _ELIDED.match(text, after)) is not None:
        after = elided.end()  # "2 miljoen WW- en bijstandsuitkeringen": the noun after "en"
    if _PARAGRAPH_END.match(text, after):  # no word after it says what it counts
        return False
    if _COUNTED.match(text, after) or _PLURAL_NOUN.match(text, after):
        return True
    plural = _PLURAL_EN.match(text, after)
    # "3,5 miljoen gepensioneerden", no money said around it, or a verb after ("1,2 miljoen
    # vrouwen deelnemen,"); an auxiliary or modal right after the amount is no noun but the
    # verb before the clause's last ("5 miljoen moeten bezuinigen,")
    return plural is not None and (
        (not _says_money(text, match) and _SUBJECT_AFTER.match(text, plural.end()) is None)
        or (
            plural.group().split()[-1].lower() not in _AUXILIARIES
            and _CLAUSE_VERB.match(text, plural.end()) is not None
        )
    )


# Words before a bare amount that carry on a count printed before it in its sentence, its
# noun left out: a part of it ("waarvan", "van wie"), a year's figure beside it ("(2019:"),
# a figure set against it ("tegen", "dan", "of", "respectievelijk"), with at most two words
# between ("waarvan circa", "van wie naar schatting").
_GOES_ON = re.compile(
    r"""(?:\b(?:waarvan|van[ \t\xa0]+wie|van[ \t\xa0]+welke|tegen|dan|of|respectievelijk|resp\.)
        |\([ \t\xa0]*(?:in[ \t\xa0]+)?(?:19|20)\d\d[ \t\xa0]*:)
        (?:[ \t\xa0]+(?-i:[a-z])[^\W\d_]*(?:['’][^\W\d_]+|\.)?){0,2}[ \t\xa0]*\Z""",
    re.IGNORECASE | re.VERBOSE,
)
# The next item of a list of figures, right after one that carries on a count ("respectievelijk
# 1,2 miljoen en 1,3 miljoen").
_NEXT_FIGURE = re.compile(r"[ \t\xa0]*(?:,[ \t\xa0]*(?:en|of)|,|en|of)[ \t\xa0]+")
# A sentence's or a paragraph's end between a count and a later figure.
_SENTENCE_END = re.compile(r"[.!?;][ \t\xa0]*\n|[.!?;][ \t\xa0]+(?-i:[A-Z])|\n[ \t\xa0]*\n")
# A money noun in the place of the counted noun after a figure ("tegen 3 miljoen aan kosten",
# "waarvan 2 miljoen subsidie"): the figure is money, whatever it sets itself against.
_MONEY_NOUN_AFTER = re.compile(
    rf"[ \t\xa0]+(?:aan[ \t\xa0]+)?{_ADJECTIVES}[\w'’-]*?{MONEY_AFTER_AMOUNT}(?![\w'’-])",
    re.IGNORECASE,
)


def _goes_on_counting(text: str, count: MoneyMatch, match: MoneyMatch) -> bool:
    """Whether a bare amount carries on the count ``count`` printed before it in its sentence,
    the counted noun left out ("ruim 10 miljoen varkens gedood, waarvan circa 7,8 miljoen
    ...", "61,7 miljard voertuigkilometers (2019: 70,4 miljard)", and the next figure of a
    list right after one that does: "respectievelijk 1,2 miljoen en 1,3 miljoen"): it counts
    what that count counts. Not where a sentence ends between them, where the words between
    print a currency or a word of money ("2 miljoen huishoudens betalen meer dan 3 miljard"),
    or where a money noun follows the amount ("tegen 3 miljoen aan kosten")."""
    before = text[count.end : match.start]
    if _NEXT_FIGURE.fullmatch(before) is None:
        goes_on = _GOES_ON.search(before) if len(before) <= _REACH else None
        if goes_on is None:
            return False
        between = before[: goes_on.start()]
        if _SENTENCE_END.search(between) is not None:
            return False
        if any(map(between.lower().__contains__, _MONEY_STEMS)):
            return False
    unit = _UNIT_WORD.match(text, match.scale_at) if match.scale_at is not None else None
    return _MONEY_NOUN_AFTER.match(text, unit.end() if unit else match.end) is None


def _clauses_at_semicolons(text: str, found: list[MoneyMatch]) -> list[MoneyMatch]:
    """``found`` with each series of figures after one sign joined by semicolons ("€ 0,35;
    0,6; 1,1 mld", sharing the unit printed after its last) taken apart where that unit
    counts a noun after it ("Het tarief is € 4,50; 2,5 miljoen huishoudens betalen het"):
    the semicolon ended a clause, the first figure is a sum on its own, as printed, and the
    figures after it count what the noun names (``_counts``), no money; the tariff was
    stored as € 4,5 mln and the count as euros."""
    kept: list[MoneyMatch] = []
    k = 0
    while k < len(found):
        first = found[k]
        k += 1
        if (
            first.scale_at is None
            or first.currency is None
            or text[first.end : first.end + 1] != ";"
        ):
            kept.append(first)
            continue
        last = k
        while last < len(found) and found[last].scale_at == first.scale_at:
            last += 1
        if not (
            last < len(found)
            and found[last].start < first.scale_at < found[last].end
            and _counts(text, found[last])
        ):
            kept.append(first)
            continue
        amount, _ = parse_quote(first.quote)
        kept.append(first._replace(amount_eur=amount, scale="units", scale_at=None))
        k = last + 1
    return kept


def _money_among(
    text: str, found: list[MoneyMatch], rejected: list[tuple[int, str]]
) -> list[MoneyMatch]:
    """The amounts of ``found`` that are money (``_is_money``), in order. A bare amount that
    carries on a count before it in its sentence (``_goes_on_counting``) counts what it
    counts: left out, said in ``rejected``, and itself a count the next one may carry on."""
    kept: list[MoneyMatch] = []
    count: MoneyMatch | None = None  # the last bare amount read as a count of a noun after it
    for match in _clauses_at_semicolons(text, found):
        if not _is_money(text, match, rejected):
            if match.bare and _counts(text, match):
                count = match
            continue
        if (
            count is not None
            and match.bare
            and _coded_currency(text, match) is None
            and _goes_on_counting(text, count, match)
        ):
            rejected.append(
                (match.start, f"'{match.quote}': carries on the count '{count.quote}' before it, "
                              "its noun left out; not stored as euros")
            )  # fmt: skip
            count = match
            continue
        kept.append(match)
        count = None  # a figure after this money goes on with the money, not the count
    return kept


# The end of a sentence, a paragraph or a clause after a semicolon ("4 euro per maand; het
# raakt 2 miljoen klanten"), which bounds the words telling a count from money.
_OWN_CLAUSE_END = re.compile(rf"{_SENTENCE_END.pattern}|;")
# A sum of money in millions or more, its currency printed ("€ 20 miljoen", "2 miljard euro",
# "ƒ 1,2 mld."): a bare "N miljoen" after it in its paragraph may be a part of it.
_SCALED_MONEY = re.compile(
    r"(?:[€$ƒ]|\beur\b|\beuro\b)[ \t\xa0]*\d[\d.,]*[ \t\xa0]*(?:miljoen|miljard|mln|mld)\b"
    r"|\d[\d.,]*[ \t\xa0]*(?:miljoen|miljard|mln\.?|mld\.?)[ \t\xa0]*(?:euro|dollar|gulden|eur)\b",
    re.IGNORECASE,
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\xa0]*\n")


def _says_money(text: str, match: MoneyMatch) -> bool:
    """Whether the bare amount's own sentence or clause prints a currency or a word of money
    (``_MONEY_STEMS``; up to ``_REACH`` after it), or its paragraph before it a sum of money
    in millions (``_SCALED_MONEY``, within ``_CURRENCY_REACH``), which makes the word in "-en"
    after it a verb ("5 miljoen investeren", "€ 20 miljoen. Ruim 5 miljoen vloeien naar
    Venlo") or money rather than what it counts. A price or a word of money in another
    sentence says nothing of it ("De koers sloot op 7,50 euro. ... 16 miljoen klanten")."""
    begin = max(0, match.start - _CURRENCY_REACH)
    ends = [end.end() for end in _OWN_CLAUSE_END.finditer(text, begin, match.start)]
    own = ends[-1] - 1 if ends else begin  # (a stop before a capital ends on the capital)
    after = _OWN_CLAUSE_END.search(text, match.end, match.end + _REACH)
    window = text[own : after.start() + 1 if after else match.end + _REACH].lower()
    if any(map(window.__contains__, _MONEY_STEMS)):
        return True
    breaks = [end.end() for end in _PARAGRAPH_BREAK.finditer(text, begin, own)]
    return _SCALED_MONEY.search(text, breaks[-1] if breaks else begin, own) is not None


def _note_scale(note: re.Match[str]) -> str:
    """The scale word of the unit a "(bedragen ...)" note prints: "duizend" or "mln"."""
    if note.group("f"):
        return "duizend" if note.group("f").replace(".", "") == "1000" else "mln"
    if note.group("prefix"):
        return "duizend" if note.group("prefix") in "kK" else "mln"
    if note.group("plural"):
        return "duizend" if note.group("plural").lower() == "duizenden" else "mln"
    return "mln"


# A sentence's end or a clause's mark in the words before a note on its line.
_STOP = re.compile(r"[.!?:;](?:[\s\xa0]|\Z)")


def _scale_notes(text: str) -> list[tuple[re.Match[str], bool]]:
    """Every "(bedragen ...)" note in ``text`` and every one printed alone on its line without
    brackets (``_BARE_NOTE``, found from the word's letters by ``str.find``, faster than a
    regex scanning for a line's start), in order, each with whether it heads a section: it
    stands alone on its line, or ends a heading's (words ending no sentence before it, no
    colon after it: "2.4 Analyse van de afwijkingen (bedragen x € 1.000)")."""
    notes = []
    for note in _SCALE_NOTE.finditer(text):
        line = text.rfind("\n", 0, note.start()) + 1
        heads = _NOTE_HEADS.match(text, note.end())
        alone = heads and ":" not in heads.group() and not _STOP.search(text, line, note.start())
        notes.append((note, bool(alone)))
    at = text.find("edragen")
    while at != -1:
        line = text.rfind("\n", 0, at) + 1
        if at > line and not text[line : at - 1].strip():
            bare = _BARE_NOTE.match(text, line)
            if bare is not None:
                notes.append((bare, True))
        at = text.find("edragen", at + 7)
    return sorted(notes, key=lambda item: item[0].start())


# A note alone on its line heads a section of prose where the first line under it ends a
# sentence or a heading with an amount in brackets ("Jeugdzorg met verblijf (€ 842 N)"); over
# a table's header ("Code  Provincie  Algemene uitkering") it is the table's unit.
_SECTION_OPENS = re.compile(
    r"[ \t\xa0]*:?[ \t\xa0]*\n(?:[ \t\xa0]*\n)*[^\n]*?"
    r"(?:[.!?][\"”’)]?|\([ \t\xa0]*€[^()\n]*\)|\d[ \xa0](?:N|V|nadelig|voordelig)\)?)"
    r"[ \t\xa0]*(?:\n|\Z)"
)
# The end of the section a note alone on its line heads: the next numbered heading ("2.5
# Analyse ...", "Hoofdstuk 3").
_SECTION_END = re.compile(
    r"\n[ \t\xa0]*(?:\d{1,2}(?:\.\d{1,2})+\.?[ \t\xa0]+[^\W\d_]|(?i:hoofdstuk|paragraaf)\b)"
)
# An annual account's analysis of its differences marks each deviation nadelig or voordelig
# after its figure ("€ 947 N", "(€ 210 V)"), in the unit of the section's note.
_DIFFERENCE_MARK = re.compile(r"[ \xa0]?(?:[NV]|nadelig|voordelig)(?![\w\-])")
# A figure printing no sign so marked, ending a post's heading ("Jeugdzorg met verblijf 842
# N", "Wmo-hulpmiddelen (315 N)"): no year, no part of a figure or a code before it.
_MARKED_FIGURE = re.compile(
    rf"(?<![\w.,€$£ƒ/%\-–])(?P<n>(?!(?:19|20)\d\d\b){NUMBER})"
    r"[ \xa0](?:[NV]|nadelig|voordelig)\)?[ \t\xa0]*(?:\n|\Z)"
)
_MARKED_HEADING = re.compile(r"[ \t\xa0]*[^\W\d_][^.!?;:()\n]{0,80}[ \t\xa0]\(?")
# A figure printed with its thousands or its cents ("842.000", "2 415 000", "12,50"): a sum
# in full, in euros, whatever unit a note prints.
_IN_FULL = re.compile(r"\d{1,3}(?:[.\xa0\u202f ]\d{3})+(?![\d.])|,\d\d(?!\d)")


def _section_units(
    model: TextModel,
    notes: list[tuple[re.Match[str], bool]],
    matches: list[MoneyMatch],
    rejected: list[tuple[int, str]],
) -> tuple[list[MoneyMatch], dict[int, int]]:
    """``matches`` read in the unit of a note alone on its line over prose
    (``_SECTION_OPENS``) above them, to the section's end (``_SECTION_END``) or the next
    note, with the offset of the note that scales each.

    An annual account's analysis of its differences prints such a note over posts whose
    headings and summary print their deviations in it ("Bedragen x € 1.000" over "Jeugdzorg
    met verblijf (€ 842 N)": € 842.000), while the prose under them may print euros in full
    ("zijn € 842.000 hoger dan begroot"). An amount printing a sign and no scale is in the
    note's unit where it is marked nadelig or voordelig (``_DIFFERENCE_MARK``), in a
    sentence or in brackets ending a post's heading ("(€ 842 N)"), and so is a figure
    printing no sign so marked (``_MARKED_FIGURE``: "Jeugdzorg 842 N"); any other printing
    its thousands or its cents is a sum in full (``_IN_FULL``), as printed; the rest ("€
    842" in a sentence, "(€ 120)" unmarked ending a heading, a tariff's as well as a
    deviation's) are refused with a warning: which unit they count in is unclear."""
    text = model.text
    sections = []
    for i, (note, alone) in enumerate(notes):
        if not alone or not _SECTION_OPENS.match(text, note.end()):
            continue
        end = _SECTION_END.search(text, note.end())
        stop = end.start() if end else len(text)
        if i + 1 < len(notes):
            stop = min(stop, notes[i + 1][0].start())
        sections.append((note, note.end(), stop))
    if not sections:
        return matches, {}
    scaled: dict[int, int] = {}
    for note, begin, stop in sections:
        scale = _note_scale(note)
        taken = [(m.start, m.end) for m in matches]
        bare = [
            MoneyMatch(f.start("n"), f.end("n"), f.group("n"),
                       parse_quote(f.group("n"), scale)[0], None, scale, False)
            for f in _MARKED_FIGURE.finditer(text, begin, stop)
            if _MARKED_HEADING.fullmatch(text, text.rfind("\n", 0, f.start()) + 1, f.start())
            and not any(s <= f.start("n") < e for s, e in taken)
        ]  # fmt: skip
        if bare:
            matches = sorted([*matches, *bare], key=lambda m: m.start)
            scaled.update((m.start, note.start()) for m in bare)
        inside = [
            m
            for m in matches
            if begin <= m.start < stop
            and m.currency in (None, "EUR")
            and m.scale_at is None
            and m.amount_eur_max is None
            and printed_scale(m.quote) is None
        ]
        if not inside:
            continue
        marked, unmarked = {}, []
        for m in inside:
            if _DIFFERENCE_MARK.match(text, m.end):
                amount, _ = parse_quote(m.quote, scale)
                marked[m.start] = m._replace(amount_eur=amount, scale=scale)
            else:
                unmarked.append(m)
        refused = set()
        for m in unmarked:
            if _IN_FULL.search(m.quote):
                continue  # "€ 842.000", "€ 12,50": a sum in full, as printed
            refused.add(m.start)
            rejected.append(
                (
                    m.start,
                    f"amount '{m.quote}' under the unit note '{note.group().strip()}' (line "
                    f"{model.line_col(note.start())[0]}): whether it counts in that unit is "
                    "unclear: not stored",
                )
            )
        matches = [marked.get(m.start, m) for m in matches if m.start not in refused]
        scaled.update(dict.fromkeys(marked, note.start()))
    return matches, scaled


def _external_scale(
    model: TextModel, notes: list[tuple[re.Match[str], bool]]
) -> list[tuple[int, int, str, int, tuple[int, int | None]]]:
    """(start, end, scale, note offset, (first, last) year) of bare numbers a "(bedragen x
    1000)" note scales, with the year or years printed just before each: before the note in
    its sentence, or under it in the lines it heads (``_NOTE_HEADS``), after a year label
    there (``_LABELLED_FIGURE``; "2007 e.v." has no last year)."""
    found = []
    seen: set[int] = set()
    text = model.text
    for i, (note, _alone) in enumerate(notes):
        scale = _note_scale(note)
        if note.re is _BARE_NOTE:
            continue  # a section's unit (``_section_units``); it ends the note before it
        start, _ = model.sentence_span(note.start(), note.end())
        blanks = [m.end() for m in _BLANK_LINE.finditer(text, start, note.start())]
        start = blanks[-1] if blanks else start
        if re.search(r"\btabel\b", text[start : note.start()], re.I):
            continue  # a table title, and tables are extracted elsewhere
        for m in _YEAR_THEN_NUMBER.finditer(text, start, note.start()):
            first = int(m.group("y0") or m.group("y"))
            if m.start("n") not in seen:
                seen.add(m.start("n"))
                found.append(
                    (m.start("n"), m.end("n"), scale, note.start(), (first, int(m.group("y"))))
                )
        heads = _NOTE_HEADS.match(text, note.end())
        if heads is None:
            continue
        blank = _BLANK_LINE.search(text, heads.start())
        end = blank.start() if blank else len(text)
        if i + 1 < len(notes):
            end = min(end, notes[i + 1][0].start())  # the next note heads what follows it
        for m in _LABELLED_FIGURE.finditer(text, heads.end(), end):
            year = int(m.group("y"))
            line = text.rfind("\n", 0, m.start()) + 1
            if _NO_SUM.match(m.group("n")) or _COUNTS_ITEM.search(text, line, m.start()):
                continue  # "kenmerk 2024 0012345", "Aantal militairen in 2019: 1.200"
            line_end = text.find("\n", m.end())
            if _SHARE_ITEM.search(text, line, len(text) if line_end < 0 else line_end):
                continue  # "Groei 2019 2,5 procent, 2020 3,1": shares, no sums
            if m.start("n") not in seen:
                seen.add(m.start("n"))
                found.append(
                    (m.start("n"), m.end("n"), scale, note.start(),
                     (year, None if m.group("on") else year))
                )  # fmt: skip
    return found


Years = tuple[int | None, int | None, str | None]


# A sentence ending in a quotation, or one opening on a quote mark ("..., zegt de
# voorzitter. „Een ton CO2 ...", "... naar de dijken.” Per inwoner"), which the sentence
# reader runs on past: the words before its stop are another sentence's.
_QUOTED_STOP = re.compile(r"[.!?](?:[”’»\"][\s\xa0]+[„“‘«\"]?|[\s\xa0]+[„“‘«\"])(?=[A-Z])")


def _after_quoted_stop(text: str, begin: int, end: int) -> int:
    """Where the words before an amount, text[begin:end], start after the last sentence end
    at a quote mark (``_QUOTED_STOP``) in them, else ``begin``: a year printed before that end
    is another sentence's ("„Wij hebben sinds 2015 ... bespaard”, zegt de voorzitter. „Een
    ton CO2 minder uitstoten kost ... € 60": 2015 is not the € 60's)."""
    stops = [m.end() for m in _QUOTED_STOP.finditer(text, begin, end)]
    return stops[-1] if stops else begin


def _past_far_scale(text: str, match: MoneyMatch, stop: int) -> int:
    """Where the words after an amount start: past its scale word where that is printed after
    the quote and before ``stop`` (the next amount or the sentence's end) across page
    furniture (``_across_page_breaks``), else at the quote's end. (A list's item points at
    the unit its last item prints, past the next item: ``stop`` comes first.)"""
    if match.scale_at is None or not match.end <= match.scale_at < stop:
        return match.end
    unit = _UNIT_WORD.match(text, match.scale_at)
    return unit.end() if unit is not None and unit.end() <= stop else match.end


def _warn_long_runs(doc: SourceDocument, warnings: list[ExtractWarning]) -> None:
    """One warning per line where a run without a sentence end was cut (see
    ``textmodel.MAX_SENTENCE``): the sentence given for amounts there is only a window."""
    reported = set()
    for cut in doc.model.sentence_cuts:
        line = doc.line_col(cut)[0]
        if line not in reported:
            reported.add(line)
            warnings.append(
                ExtractWarning(
                    doc.id,
                    line,
                    f"no sentence end within {MAX_SENTENCE} characters: the sentence of an "
                    "amount here is a window of the text",
                )
            )


def _sentence_place(model: TextModel, start: int, segment: str) -> dict[str, int]:
    """Where the sentence ``segment``, starting at ``start``, stands: its first and last
    character that is not white space, as 1-based lines and columns, so that validation and
    publishing read the sentence from the source instead of finding it again."""
    first = start + len(segment) - len(segment.lstrip())
    last = start + len(segment.rstrip()) - 1
    line_start, column_start = model.line_col(first)
    line_end, column_end = model.line_col(max(first, last))
    return {
        "sentence_line_start": line_start,
        "sentence_column_start": column_start,
        "sentence_line_end": line_end,
        "sentence_column_end": column_end,
    }


#: A figure after "€" with one decimal and no scale ("€ 1,5"): euros and cents print two
#: decimals ("€ 1,50").
_TENTHS = re.compile(r"€[ \xa0]?\d+,\d")

#: A figure ending in two decimals ("€ 2,50", "EUR 12,95"): euros and cents, a face value.
_EUROS_AND_CENTS = re.compile(r"\d,\d\d\Z")


# The unit a figure counts in, declared in brackets right after it, as a begrotingsamendement
# prints the staat's sums: "verhoogd met € 125.000 (x € 1.000)" is € 125 mln ("(x 1.000
# euro)", "(× € 1 mln)" too). The "€ 1.000" in it is no amount (``find_money``).
_DECLARED_AFTER = re.compile(
    r"[ \t\xa0]*(?:\r?\n[ \t\xa0]*)?\([ \t\xa0]*(?:bedragen[ \t\xa0]+)?[x×*][ \t\xa0]*"
    r"(?:(?:€|EUR)[ \t\xa0]*)?(?:1[.\xa0 ]?000(?P<millions>[.\xa0 ]?000)?"
    r"|1[ \t\xa0]*(?:(?P<mln>mln\.?|miljoen)|(?P<mld>mld\.?|miljard)))"
    r"(?:[ \t\xa0]*euro)?[ \t\xa0]*\)",
    re.IGNORECASE,
)


def _declared_units(text: str, matches: list[MoneyMatch]) -> list[MoneyMatch]:
    """``matches``, a figure in euros without a scale word followed by the unit it counts in
    (``_DECLARED_AFTER``) read in that unit: the scale is the declaration's, and ``scale_at``
    points at it (the row's ``scale_line``)."""
    read = []
    for m in matches:
        declared = (
            _DECLARED_AFTER.match(text, m.end)
            if "(" in text[m.end : m.end + 30] and m.scale == "units" and m.scale_at is None
            else None
        )
        if declared is not None and (m.currency or "EUR") == "EUR":
            scale = (
                "mld"
                if declared.group("mld")
                else "mln"
                if declared.group("mln") or declared.group("millions")
                else "duizend"
            )
            amount, amount_max = parse_quote(m.quote, scale)
            m = m._replace(
                amount_eur=amount,
                amount_eur_max=amount_max,
                scale=scale,
                scale_at=text.index("(", declared.start()),
            )
        read.append(m)
    return read


def _without_their_scale(
    model: TextModel, matches: list[MoneyMatch], rejected: list[tuple[int, str]]
) -> list[MoneyMatch]:
    """``matches`` less the figures in tenths of a euro without a scale that follow no amount
    in millions or billions in their sentence ("minimaal € 1,5 en maximaal € 2 miljard"):
    their scale is printed elsewhere, and € 1,50 would be a wrong face value. After such a
    whole ("€ 750 miljard, waarvan € 6,1") the part takes the whole's unit
    (``extract_amounts``). A price per unit ("€ 2,5 per vervuilingseenheid", ``_PER_UNIT``)
    is its face value, wherever it stands: no sum of millions is counted per inhabitant."""
    kept: list[MoneyMatch] = []
    for m in matches:
        if (
            _TENTHS.fullmatch(m.quote)
            and _lacks_scale(m)
            and not _PER_UNIT.match(model.text, m.end)
            and not (
                kept
                and kept[-1].scale in ("mln", "mld")
                and kept[-1].end > model.sentence_span(m.start, m.end)[0]
            )
        ):
            rejected.append(
                (
                    m.start,
                    f"amount '{m.quote}': tenths of a euro and no scale, which is printed "
                    "elsewhere: not stored",
                )
            )
            continue
        kept.append(m)
    return kept


def _lacks_scale(m: MoneyMatch) -> bool:
    """A euro amount with decimals but no printed scale ("€ 6,1"): its unit is elsewhere.
    ("EUR 612,000,000" prints English thousands, no decimals.)"""
    return (
        m.quote.count(",") == 1
        and m.amount_eur_max is None
        and m.scale_at is None
        and printed_scale(m.quote) is None
    )


def _has_year(window: str) -> bool:
    """Whether ``window`` holds a year (a substring test first: most windows hold none)."""
    return ("20" in window or "199" in window) and _ANY_YEAR.search(window) is not None


def _may_join_year(window: str) -> bool:
    """Whether ``window`` may end in a year joined to the amount by small words ("in 2014
    met"): ``_JOINED_YEAR`` takes any year from 1900, so its test is the century's digits,
    not the budget years of ``_has_year``."""
    return "19" in window or "20" in window


def _adjacent_year(window: str) -> bool:
    """Whether ``window`` ends in "in" and a year ("in 2022 2,5 miljoen"), which needs it
    to end in a digit."""
    return window.rstrip()[-1:].isdigit() and _ADJACENT_YEAR.search(window) is not None


def _years(window: str, cut_before_next: bool = False) -> Years:
    """First year expression in ``window``: (from, to, how it was introduced).

    With ``cut_before_next`` the window runs up to the next amount, and a year that ends it
    belongs to that amount ("€ 15 miljoen en in 2021 € 30 miljoen").
    """
    return _first_years(window, cut_before_next)[0]


# The words of a comparison before a year ("meer dan in 2023", "hoger dan in 2024", "ten
# opzichte van 2023"): that year is the one compared with.
_COMPARED = re.compile(r"\b(?i:dan|opzichte)[ \t\xa0]+\Z")


def _first_years(window: str, cut_before_next: bool = False) -> tuple[Years, int | None]:
    """``_years`` and where its expression ends in ``window`` (None without one), which
    ``_year_end`` would find again."""
    if not _has_year(window):
        return (None, None, None), None
    tail = len(window.rstrip(" \t\n\xa0"))
    for m in _year_expressions(window):
        if cut_before_next and m.end() >= tail:
            break
        if _COMPARED.search(window, max(0, m.start() - 12), m.start()):
            continue  # "€ 41 meer dan in 2023": the year compared with, not the amount's
        got = _read_years(m)
        if got is not None:
            return got, m.end()
    return (None, None, None), None


def _year_expressions(window: str) -> Iterator[re.Match[str]]:
    """``_YEARS.finditer(window)`` (as ``_finditer`` runs it), each search started close
    before the next year instead of at every character up to it.

    Tried at every character, the pattern costs about ten microseconds on the words before
    an amount; but every expression holds a year, and before it only the few words of
    ``_YEAR_WORDS``: no expression starts before the last other word ahead of the next year
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
    separates; the expression's own first word may be glued to what stands before it.)"""
    words = folded[pos:year].rsplit(None, _YEAR_WORDS_MAX)
    if len(words) > _YEAR_WORDS_MAX:
        del words[0]  # what stands before so many words is not read: start at ``pos``
    end = year
    for word in reversed(words):
        start = folded.rfind(word, pos, end)  # the word's own place: white space follows it
        if word not in _YEAR_WORDS and not word.isdecimal():
            return start
        end = start
    return pos


# After a year, the words that open its years to the later ones: "voor 2026 en latere jaren",
# "2026 en volgende jaren", "2026 e.v.", "2026 en verder" all say from 2026 on.
_ONWARDS = re.compile(
    r"[ \t\xa0\r\n]+(?:en[ \t\xa0\r\n]+(?:(?:de[ \t\xa0\r\n]+)?(?:latere|volgende|verdere"
    r"|navolgende)[ \t\xa0\r\n]+jaren|verder|later)\b|e\.v\.)",
    re.IGNORECASE,
)


def _read_years(m: re.Match[str]) -> Years | None:
    """The years one ``_YEARS`` match gives, or None when it names no budget year.

    A match read again on its own text is the same match (it starts at a word or a year
    and ends on a year's last digit), so each is read once, from its groups.
    """
    prep = (m.group("prep") or "").split()
    prep_word = prep[0].lower() if prep else None
    if m.group("b"):
        return int(m.group("a")), int(m.group("b")), prep_word or "range"
    if prep_word in (None, "en", "als"):
        return None  # a name such as "Voorjaarsnota 2019", not a budget year
    if prep_word == "na":
        # "het pakket verdwijnt na 2025": a bound, the money's years before it or after it as
        # the verb says, none of them this year
        return None
    year = int(m.group("a"))
    if m.group("months") or m.group("shift"):
        # "vanaf maart tot en met mei 2020": months of one year; "door een verschuiving
        # van 2021 naar 2020 is er 11,75 miljoen euro": the year the money moves to.
        return year, year, "in"
    if prep_word in ("tot", "t/m"):
        return None, year, prep_word
    if prep_word in ("vanaf", "sinds", "ingang") or _ONWARDS.match(m.string, m.end()):
        return year, None, "vanaf"  # "voor 2026 en latere jaren": vanaf 2026
    return year, year, prep_word


def _year_end(window: str, years: Years) -> int | None:
    """End of the first year expression in ``window`` when it gives ``years``, else None
    (the years were read from rewritten words such as "dit jaar")."""
    for m in _year_expressions(window):
        got = _read_years(m)
        if got is not None:
            return m.end() if got[:2] == years[:2] else None
    return None


def _last_years(window: str) -> Years:
    """Last year expression in ``window`` (the words before an amount)."""
    last: Years = (None, None, None)
    if not _has_year(window):
        return last
    for m in _year_expressions(window):
        last = _read_years(m) or last
    return last


# "elk" or "ieder" right before an amount of several years: what each of them gets.
_EACH_BEFORE = re.compile(r"(?<!\w)(?i:elk|ieder)[ \t\xa0]+\Z")


def _basis(before: str, near_after: str, years: Years) -> str:
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


def _role(before: str, after: str, near_after: str, opens: bool, after_whole: bool) -> str:
    """measure, part, total or context, from the words between this amount and its neighbours.

    ``opens`` says the amount is the sentence's first; ``after_whole`` says the previous
    amount opened the sentence as a whole ("Van deze € 65 miljoen"), making this one a part.
    ``near_after`` is the rest of the amount's clause: a funding word there or just before
    the amount makes it a measure.
    """
    near, tail = before[-_REACH:], before[-80:]
    folded = near.lower()  # what each test's words are first looked for in (tail: its end)
    if opens and _WHOLE_OPENING.match(before):
        return "total"
    if (
        after_whole
        or (_holds(folded, _PART_WORDS) and _PART.search(before, len(before) - len(near)))
        or _PART_AFTER.match(after)
    ):
        return "part"
    if _holds(folded, _TOTAL_WORDS) and _TOTAL_BEFORE.search(tail):
        return "total"
    if ("(" in tail and _OPEN_PAREN.search(tail)) or any(
        _finditer(
            _FUNDING,
            _FUNDING_FOLDED,
            f"{near} {near_after[:_REACH]}",
            f"{folded} {near_after[:_REACH].lower()}",
        )
    ):
        return "measure"  # "(€ 40 miljoen)" after an item is that item's budget
    return "context"


def _relative_years(doc: SourceDocument) -> Callable[[str], str]:
    """A function that writes "dit jaar", "volgend jaar" and "vorig jaar" as the years they
    mean, and a year printed short ("vanaf '27") in full.

    The document's publication year is "dit jaar": a Miljoenennota letter of September 2020
    says "dit jaar € 60 miljoen en volgend jaar € 150 miljoen" for 2020 and 2021.
    """
    published = re.match(r"\d{4}", str(doc.meta.get("published") or ""))
    if published is None:
        return _full_years
    this_year = int(published.group())

    def write(window: str) -> str:
        window = _full_years(window)  # "vanaf '27": a year, whatever the publication's
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


#: The words ``_relative_years``' patterns need besides "jaar", one in each match.
_RELATIVE_WORDS = ("dit", "vorig", "afgelopen", "volgend", "komend")


def _may_be_dated(segment: str) -> bool:
    """Whether ``_relative_years``' function may change a window of the sentence ``segment``:
    it prints a year short (an apostrophe), or "jaar" and a word of "dit jaar" or its kin
    ("per jaar", "jaarlijks" alone change nothing). What a sentence lacks, lower-cased, no
    window of it holds."""
    if any(map(segment.__contains__, _APOSTROPHES)):
        return True
    folded = segment.lower()
    return "jaar" in folded and (unfolded(folded) or any(map(folded.__contains__, _RELATIVE_WORDS)))


def _as_printed(window: str) -> str:
    """What ``_relative_years``' function gives a window of a sentence it cannot change
    (``_may_be_dated``): the window."""
    return window


def _aside_years(aside: str) -> str:
    """An aside that is only a year, as in "2,2 miljard euro (2018)", reads as "in 2018"."""
    return f"in {aside.strip()}" if re.fullmatch(rf"[\s\xa0]*{_YEAR}[\s\xa0]*", aside) else aside


def _coming_years(before: str, years: Years) -> Years:
    """Stretch a start year over "de komende tien jaar" printed just before the amount.

    "In 2018 is het programma van start gegaan, waarbij de komende tien jaar € 1,15 mld.
    ingezet wordt": 2018 to 2027, not 2018 alone.
    """
    year_from, year_to, how = years
    if year_from is None or year_from != year_to:
        return years  # no one start year to stretch: the words need no reading
    coming = _COMING_YEARS.search(before) if _may_hold(before, ("komende",)) else None
    if coming is None:
        return years
    word = coming.group("n").lower()
    count = int(word) if word.isdigit() else int(word_number(word) or 0)
    return (year_from, year_from + count - 1, how) if count > 1 else years


def _list_intro_years(model: TextModel, s_start: int) -> Years:
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
    return _years(text[begin:colon])


def _shares_years(previous: dict[str, Any], between: str) -> bool:
    """Whether an amount without years of its own takes those of the previous amount.

    A year printed before the sentence's first amount covers the amounts that follow ("in
    2023 € 5 miljoen ... en ruim 31 miljoen"). A year printed after the previous amount is
    that amount's own ("5 miljard euro ... over 2018-2020, geld uit voor een bonus van
    €1.000"), and so is a year inside a parenthesis the previous amount stood in and that
    closes before this one ("(over 2018-2020 ongeveer € 5 mld. structureel), ... € 1.000").
    """
    if previous["_years_source"] == "label":
        # "2026: € 45 mln, waarvan € 5 mln": a label's year is its amount's and its parts',
        # no other's; "(2022: M€ 389,1), waarvan M€ 371,0": its bracket closes before the part
        return _part_in(between) and ")" not in between.split("(")[0]
    if previous["_years_source"] == "sentence" or _part_in(between):
        return True  # "€ 333,3 miljoen voor het jaar 2020, waaronder € 100 miljoen"
    if ")" in between.split("(")[0]:
        return False
    if previous["_years_source"] != "after":
        return True
    ends = [m.end() for m in _year_expressions(between)]
    tail = between[ends[-1] :] if ends else between
    return bool(_CONJUNCTION_ONLY.match(tail))  # "€ 70 miljoen in 2021 en met € 90 miljoen"


# A span of years that a list of amounts pairs with year by year ("in de jaren 2008 tot en
# met 2011" after four amounts).
_YEAR_SPAN = re.compile(rf"\b(?P<a>{_YEAR})\s*(?:tot\s+en\s+met|t/m|[-–])\s*(?P<b>{_YEAR})\b")


def _respectively(head: str, tail: str, items: int) -> list[int] | None:
    """Years listed in ``head``, the words of the clause before "respectievelijk", or else in
    ``tail``, those after it, when they pair one to one with ``items`` ("voor de jaren 2021,
    2022 en 2023 respectievelijk € 8, 10 en 10 miljoen"; "€ 1,2, € 1,4 en € 1,6 miljard in
    respectievelijk 2025, 2026 en 2027"), a span standing for its years ("respectievelijk €
    0,1, € 0,2, € 0,3 en € 0,4 mld in de jaren 2008 tot en met 2011")."""
    for words, last in ((head, True), (tail, False)):
        years = [int(y) for y in re.findall(rf"\b{_YEAR}\b", words)]
        if len(years) >= items:
            return years[-items:] if last else years[:items]
        spans = list(_YEAR_SPAN.finditer(words))
        if len(spans) == 1 and len(years) == 2:
            first, final = int(spans[0].group("a")), int(spans[0].group("b"))
            if final - first + 1 == items:
                return list(range(first, final + 1))
    return None


def extract_amounts(
    doc: SourceDocument, warnings: list[ExtractWarning] | None = None
) -> list[dict[str, Any]]:
    """Rows for every money amount in ``doc``'s text (tables are dropped later by the pipeline).

    A run of text so long without a sentence end that its amounts' context is only a window
    of it (``textmodel.MAX_SENTENCE``) is reported in ``warnings``, and so are figures that
    cannot be amounts (beyond any budget), which are left out.
    """
    if warnings is not None:
        _warn_long_runs(doc, warnings)
    text = doc.text
    relative = _relative_years(doc)
    rejected: list[tuple[int, str]] = []
    found = _across_page_breaks(doc.model, list(find_money(text, rejected)), rejected)
    matches = _without_their_scale(
        doc.model,
        _declared_units(text, _money_among(text, found, rejected)),
        rejected,
    )
    tons = _tons(doc.model, found, matches, rejected)
    cents = _cents(text, found)
    tientjes = _tientjes(doc, found, rejected)
    marked = _footnote_marked(doc.model, rejected) if rejected else []
    milles = _milles(doc.model, found, rejected) if "ille" in text else []
    if tons or cents or tientjes or marked or milles:
        matches = sorted(
            [*matches, *tons, *cents, *tientjes, *marked, *milles], key=lambda m: m.start
        )
    notes = _scale_notes(text)
    matches, noted = _section_units(doc.model, notes, matches, rejected)
    if warnings is not None:
        warnings.extend(ExtractWarning(doc.id, doc.line_col(at)[0], why) for at, why in rejected)
    external = _external_scale(doc.model, notes)
    taken = [(m.start, m.end) for m in matches]
    spans: list[tuple[MoneyMatch, int | None]] = [
        (m, noted.get(m.start, m.scale_at)) for m in matches
    ]
    year_before: dict[int, tuple[int, int | None]] = {}
    for start, end, scale, note, year in external:
        if any(s <= start < e for s, e in taken):
            continue
        quote = text[start:end]
        amount, _ = parse_quote(quote, scale)
        spans.append((MoneyMatch(start, end, quote, amount, None, scale, False), note))
        year_before[start] = year
    spans.sort(key=lambda item: item[0].start)

    model = doc.model
    home = _home_currency(text, matches)
    rows: list[dict[str, Any]] = []
    claimed = 0  # end of the words whose years the previous amount already took
    whole_opened = False
    s_start = s_end = -1
    folded = ""
    dated = relative
    where: dict[str, int] = {}
    for i, (m, note) in enumerate(spans):
        if not s_start <= m.start < s_end or m.end > s_end:  # sentences hold several amounts
            s_start, s_end = model.sentence_span(m.start, m.end)
            segment = text[s_start:s_end]
            folded = " ".join(segment.split())
            dated = relative if _may_be_dated(segment) else _as_printed
            where = _sentence_place(model, s_start, segment)
        opens = not (i and spans[i - 1][0].end > s_start)
        prev_end = s_start if opens else spans[i - 1][0].end
        next_start = spans[i + 1][0].start if i + 1 < len(spans) else s_end
        next_start = min(max(next_start, m.end), s_end)
        before = text[prev_end : m.start]
        # an amount whose scale word is printed past page furniture ("€ 3,4⏎footer⏎miljard
        # voor de jaren 2020 tot en met 2025") is followed by the words after that word
        after_from = _past_far_scale(text, m, next_start)
        after = text[after_from:next_start]
        aside = _ASIDE.match(after)
        skip = aside.end() if aside else 0
        stop = _AFTER_STOP.search(after, skip)
        near_after = after[skip : stop.start()] if stop else after[skip:]
        years = (
            _years(dated(_aside_years(aside.group("aside") or ""))) if aside else (None, None, None)
        )
        own_after = near_after
        label = _OPEN_PAREN.search(after) if "(" in after else None
        if label and stop and stop.start() == label.start():
            # "(€ 23 miljoen) en de loonbijstelling 2020-2025 (€ 168 miljoen)": the words
            # after the last "en" name the next amount, and their years are its own.
            joints = list(_LABEL_JOINT.finditer(near_after))
            own_after = near_after[: joints[-1].start()] if joints else ""
        part = _RELATIVE_PART.search(own_after) if _may_hold(own_after, ("waar",)) else None
        if part:  # "€ 497 miljoen ... waarvan dit jaar € 60 miljoen": the part's year
            own_after = own_after[: part.start()]
        # "in 2022 2,5 miljoen beschikbaar ... voor activiteiten in 2022-2023": a year printed
        # right before the amount is its own, whatever years follow.
        near_before = before[-40:]
        adjacent = _adjacent_year(dated(near_before)) or (
            _may_join_year(near_before)
            and _JOINED_YEAR.search(near_before)
            and not _YEAR_AT_ONCE.match(own_after)
        )
        years_end = None  # where years read from ``own_after`` end in it
        if years[2] is None and not adjacent:
            rewritten = dated(own_after)
            cut = stop is None and next_start < s_end
            years, years_end = _first_years(rewritten, cut_before_next=cut)
            if rewritten != own_after:  # "dit jaar" written out: its offsets are not own_after's
                years_end = None
            closing = _CLAUSE_YEARS.match(after, stop.start()) if stop else None
            if years[2] is None and closing:  # "trekt € 300 miljoen uit (2023-2026)."
                years = _years(_aside_years(closing.group("years")))
        source = "after"
        if years[2] is not None:
            # The words up to the year taken are claimed; a later year ("€ 1,5 miljard in
            # 2025 en vanaf 2026 structureel € 2 miljard") is left for the next amount.
            taken = _year_end(own_after, years) if years_end is None else years_end
            claimed = after_from + skip + (len(own_after) if taken is None else taken)
        else:
            begin = max(prev_end, claimed)
            if "„" in text[begin : m.start] or "”" in text[begin : m.start]:
                begin = _after_quoted_stop(text, begin, m.start)
            years = _last_years(dated(text[begin : m.start]))
            claimed = after_from
            source = "before"
        if years[2] is None and not opens and _shares_years(rows[-1], before):
            years = (rows[-1]["year_from"], rows[-1]["year_to"], None)
            source = rows[-1]["_years_source"]
        if years[2] is None and opens:
            years = _list_intro_years(model, s_start)
            if years[2] is None and _ANAPHOR.match(text, s_start):
                # "... in 2021 de maximaal beschikbare instroom ... Hiervoor is € 38 mln.":
                # "hiervoor" points back at the previous sentence, whose year is this one's.
                previous, _ = model.sentence_span(max(0, s_start - 1), max(0, s_start - 1))
                years = _years(relative(text[previous:s_start]))
            source = "sentence" if years[2] is not None else source
        role = _role(before, after, near_after, opens, whole_opened and not opens)
        shared = spans[i - 1][0].scale_at if i else None
        in_list = not opens and shared is not None and shared >= m.start  # "€ 8, 10 en 10 mln"
        if in_list:
            role = rows[-1]["role"]
            years = (rows[-1]["year_from"], rows[-1]["year_to"], None)
            source = rows[-1]["_years_source"]
        elif not opens and role == "context" and _JOINED.fullmatch(before):
            role = rows[-1]["role"] if rows[-1]["role"] == "measure" else role
        elif not opens and rows[-1]["role"] == "part" and _NEXT_ITEM.search(before):
            role = "part"  # "waaronder jaarlijks € 38,6 miljoen voor X, € 14 miljoen voor Y"
        whole_opened = opens and role == "total" and bool(_WHOLE_OPENING.match(before))
        label = _year_label(before)
        if label is not None:  # "2026: € 45 mln", "(2025: € 12 mln)": the year it labels
            years, source = label, "label"
        if m.start in year_before:
            years = (*year_before[m.start], "in")
        elif source == "before":
            years = _coming_years(before, years)
        year_from, year_to, _ = years
        mine = near_after
        if stop is None and next_start < s_end and (joints := list(_BASIS_JOINT.finditer(mine))):
            # "oplopend tot € 3,2 mld in 2029 en structureel € 3,5 mld vanaf 2030": the words
            # after the last "en" before the next amount are that amount's
            mine = mine[: joints[-1].start()]
        basis = _basis(before[-_REACH:], mine, years)
        if m.start in year_before:
            # "in 2021 300, en in zowel 2022, als 2023 1.700": per year; "2007 e.v.: 87,5":
            # from that year on
            basis = "per_year" if year_before[m.start][1] is not None else "structural_from_year"
        if in_list or (not opens and role == "part" == rows[-1]["role"] and basis == "unknown"):
            basis = rows[-1]["basis"]  # items of one enumeration share how they count
        line, column = model.line_col(m.start)
        if (
            not opens
            and _lacks_scale(m)
            and not _EUROS_AND_CENTS.search(m.quote)
            and not _PER_UNIT.match(text, m.end)
            and rows[-1]["scale"] in ("mln", "mld")
        ):
            # "€ 750 miljard, waarvan € 6,1 beschikbaar komt": the unit of the whole. Not
            # euros and cents ("€ 90 miljoen per jaar, en € 2,50 per vervuilingseenheid"):
            # a face value, whose scale would be printed after its own figure.
            note = doc.offset(rows[-1]["line"], rows[-1]["column"])
            amount, _ = parse_quote(m.quote, rows[-1]["scale"])
            m = m._replace(amount_eur=amount, scale=rows[-1]["scale"], bare=False)
        coded = _coded_currency(text, m)
        currency = (
            m.currency
            or _guilders_before(text, m.start)
            or coded
            or _implied_currency(rows, m, s_start, home)
        )
        qualifier = _qualifier_word(_qualifier(text, max(s_start, m.start - 30), m.start))
        if qualifier is None and _ROUNDED_BY_SPEECH.search(m.quote):
            qualifier = "ongeveer"  # "een miljoen of vijf": about five million
        if qualifier is None and not opens and rows[-1]["qualifier"] == "oplopend van":
            # "oplopend van € 5 miljoen in 2025 tot € 15 miljoen in 2027": the rise's end
            qualifier = "oplopend tot" if _RISE_END.fullmatch(before) else None
        if qualifier is None and "saldo" in before.lower():
            # "Per saldo daalt de begroting in 2004 met € 49 mln": the net of what was said;
            # not past a comma ("Per saldo stijgen de lasten, doordat de heffing met € 2 mln")
            clause = before[max(map(before.rfind, ";:,")) + 1 :]
            qualifier = "per saldo" if _PER_SALDO.search(clause) else None
        if qualifier is None:  # "800 euro per huishouden": an amount per unit, not a total
            each = _PER_UNIT.match(text, m.end, s_end)  # "> € 3 mld. Per inwoner": not its unit
            qualifier = f"per {each.group('unit').lower()}" if each else None
        rows.append(
            {
                "amount_id": f"{doc.id}:{line}:{column}",
                "document_id": doc.id,
                "line": line,
                "column": column,
                "quote": m.quote,
                "amount_eur": m.amount_eur,
                "amount_eur_max": m.amount_eur_max,
                "currency": currency,
                "scale": m.scale,
                "scale_line": model.line_col(note)[0] if note is not None else None,
                "qualifier": qualifier,
                "year_from": year_from,
                "year_to": year_to,
                "year_source": None,
                "basis": basis,
                "role": role,
                "sentence": folded,
                **where,
                "_sentence_start": s_start,
                "_years_source": source,
                "_span": (m.start, m.end),
                "_printed_currency": m.currency or coded,
            }
        )
    _pair_respectively(rows, model)
    _share_trailing_years(rows, text)
    printed: dict[int, set[str]] = {}  # years printed per sentence, read once per sentence
    for row in rows:
        row["year_source"] = _year_source(row, printed)
        del row["_sentence_start"], row["_years_source"], row["_span"], row["_printed_currency"]
    return rows


# A year printed as the label of the amount right after it: "2026: € 45 mln", "(2025: € 12
# mln)", "2025 t/m 2028: € 30 mln", a qualifier after the colon ("2026: ruim € 45 mln"); or
# without the colon where the year heads an item of a list or a bracket ("(2024 € 12 mln)",
# "het budget: 2025 € 12 mln, 2026 € 18 mln en 2027 € 20 mln"). An annual report's
# comparison with the year before and a list of amounts by year print it so.
_LABEL_YEARS = (
    r"(?P<a>(?:19|20)\d\d)(?:[ \xa0]*(?:[-–]|t/m|tot[ \xa0]en[ \xa0]met)[ \xa0]*"
    r"(?P<b>(?:19|20)\d\d))?"
)
_LABEL_QUALIFIER = (
    r"(?:(?i:ruim|bijna|circa|ca\.|ongeveer|zo['’]n|maximaal|minimaal|naar[ \xa0]+schatting)"
    r"[ \t\xa0]+)?\Z"
)
_YEAR_LABEL = re.compile(rf"(?<![\w.,/\-–]){_LABEL_YEARS}[ \t\xa0]*:[ \t\xa0]*{_LABEL_QUALIFIER}")
_YEAR_HEAD = re.compile(
    rf"(?P<head>^|[(,;:]|(?<![\w])(?i:en|of)(?=[ \t\xa0]))[ \t\xa0\n]*{_LABEL_YEARS}"
    rf"[ \t\xa0]+{_LABEL_QUALIFIER}"
)
# A year heading an item of a list on its own line, after a bullet or a dash between it and
# the amount ("• 2027 – € 1.100 mln", "- 2027 € 1.100 mln", "2028 - € 1.200 mln" at a line's
# start): the item's year.
_YEAR_ITEM = re.compile(
    rf"(?:^|\n)[ \t\xa0]*(?P<bullet>[•▪◦·‣∙*–-][ \t\xa0]*)?{_LABEL_YEARS}[ \t\xa0]+"
    rf"(?P<dash>[–—-][ \t\xa0]+)?(?(bullet)|(?(dash)|(?!))){_LABEL_QUALIFIER}"
)
# A date right before an amount, a colon between or not, labels it by its year: a date is no
# name ("is 7 december 2023 € 355 mln toegekend", "(stand 1-1-2024: € 41.815.000)").
_DATE_LABEL = re.compile(
    rf"(?<![\w.,/\-–])(?:\d{{1,2}}[ \xa0]+(?i:{_MONTH})[ \xa0]+|\d{{1,2}}-\d{{1,2}}-)"
    rf"(?P<a>(?:19|20)\d\d)[ \t\xa0]*:?[ \t\xa0]*{_LABEL_QUALIFIER}"
)
# Years joined by "en" or "of" before the last: a span or a list, no label ("tussen 2020 en
# 2025 € 12 mln").
_YEAR_JOINED = re.compile(r"(?:19|20)\d\d[ \t\xa0]*\Z")


def _year_label(before: str) -> Years | None:
    """The years of a label ending ``before``, the words up to the amount (``_YEAR_LABEL``),
    or None without one (most amounts: no year just before them)."""
    last = before.rstrip()[-1:]
    if not last.isdigit() and ":" not in before[-40:] and last not in "–—-":
        return None
    window = before if len(before) <= 40 else "\x00" + before[-40:]  # "^": its real start
    label = (
        _YEAR_LABEL.search(window)
        or _YEAR_HEAD.search(window)
        or _DATE_LABEL.search(window)
        or _YEAR_ITEM.search(window)
    )
    if label is None:
        return None
    head = label.groupdict().get("head")
    if head and head[:1] in "eEoO" and _YEAR_JOINED.search(window, 0, label.start("head")):
        return None
    first = int(label.group("a"))
    last = int(label.group("b")) if label.groupdict().get("b") else first
    return (first, last, "label") if last >= first else None


def _may_hold(window: str, words: tuple[str, ...]) -> bool:
    """Whether ``window`` may hold a match of a pattern ignoring case each of whose matches
    holds one of ``words`` (lower case).

    Tried at each character, such a pattern costs a few microseconds per window, and most
    windows around an amount hold none of its words: a substring test spares the regex there.
    """
    return _holds(window.lower(), words)


def _holds(folded: str, words: tuple[str, ...]) -> bool:
    """``_may_hold`` of a window lower-cased (``folded``)."""
    return any(map(folded.__contains__, words)) or unfolded(folded)


def _finditer(
    pattern: re.Pattern[str], folded_pattern: re.Pattern[str], window: str, folded: str = ""
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(window)``, for a pattern ignoring case written in lower case, found
    by ``folded_pattern`` (the same, minding case) in the window lower-cased (``folded``, if
    lowered already) where that finds the same matches.

    Ignoring case, the regex engine folds every character it compares, which costs more
    than lower-casing the window once. Lower-cased text finds the same unless it changes
    length ("İ") or holds a letter ignoring case matches as another ("ı", "ſ": ``unfolded``).
    """
    folded = folded or window.lower()
    if len(folded) == len(window) and not unfolded(folded):
        return folded_pattern.finditer(folded)
    return pattern.finditer(window)


def _marks_in(window: str) -> list[re.Match[str]]:
    """The ``_MARKS`` in ``window``, run only where a word each needs stands in it."""
    folded = window.lower()
    if not _holds(folded, _MARK_WORDS):
        return []
    return list(_finditer(_MARKS, _MARKS_FOLDED, window, folded))


def _part_in(window: str, start: int = 0) -> bool:
    """Whether ``window[start:]`` holds a word that makes an amount a part ("waarvan")."""
    return _may_hold(window[start:], _PART_WORDS) and _PART.search(window, start) is not None


def _qualifier(text: str, start: int, end: int) -> re.Match[str] | None:
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


def _qualifier_word(found: re.Match[str] | None) -> str | None:
    """The qualifier as stored: folded, lower case; "lopen op tot" is "oplopend tot", "lopen
    op van" "oplopend van"."""
    if found is None:
        return None
    if found.group("rising"):
        return "oplopend tot"
    if found.group("from"):
        return "oplopend van"
    return " ".join(found.group("q").lower().split()).translate(_ANGLES)


def _home_currency(text: str, matches: list[MoneyMatch]) -> str:
    """The currency a document counts in where an amount prints none: guilders in a text
    printing more amounts in guilders than in euros (a debate of the 1990s: "ƒ 465 mln ...
    een miljoen of vijf"), else euros."""
    printed = Counter(m.currency or _guilders_before(text, m.start) for m in matches)
    return "NLG" if printed["NLG"] > printed["EUR"] else "EUR"


def _implied_currency(
    rows: list[dict[str, Any]], match: MoneyMatch, sentence: int, home: str
) -> str:
    """The currency of an amount that prints none: that of the nearest amount before it in its
    own sentence that prints one ("3 miljoen euro voor de wijkaanpak en 9 miljoen voor de
    haven"), else the document's own (``_home_currency``). A sentence before lends its
    currency only to an amount that says its figure again ("3 miljoen dollar ... Drie
    miljoen in zes maanden"): another figure there is other money ("470 miljoen birr voor
    irrigatie. Daarnaast gaat 5 miljoen naar scholen"), the document's own."""
    for row in reversed(rows):
        if match.start - row["_span"][1] > _CURRENCY_REACH:
            break
        if row["_printed_currency"] and (
            row["_sentence_start"] == sentence
            or (row["amount_eur"], row["amount_eur_max"])
            == (match.amount_eur, match.amount_eur_max)
        ):
            return row["_printed_currency"]
    return home


def _year_source(row: dict[str, Any], printed: dict[int, set[str]]) -> str | None:
    """``stated`` when the amount's own sentence prints its years; ``context`` when they come
    from elsewhere (the sentence before, a list's introduction, "dit jaar" read from the
    publication date); None while it has no years. ``printed``: the years each sentence
    prints, by its start, read when an amount of it first asks."""
    year_from, year_to = row["year_from"], row["year_to"]
    if year_from is None and year_to is None:
        return None
    if row["_years_source"] == "respectively":
        return "stated"  # a year of a span its sentence prints ("2008 tot en met 2011")
    start = row["_sentence_start"]
    if start not in printed:
        printed[start] = set(_YEAR_TOKEN.findall(_full_years(row["sentence"])))  # "vanaf '27"
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
        years = set(_YEAR_TOKEN.findall(heading))
        if len(years) == 1:
            return int(years.pop())
        if years:
            return None  # "2019-2022": a period, not one year
        section_id = section.get("parent_section_id")
    return None


def _share_trailing_years(rows: list[dict[str, Any]], text: str) -> None:
    """Give a bracketed item the year printed after the next bracketed item of its list.

    "voor de Jeugdwet (€ 7,2 miljoen) en de Wmo (€ 20 miljoen) in 2022": both are 2022's.
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


#: What ends the clause "respectievelijk" pairs in, within its sentence: a semicolon, or a
#: colon that opens a list of items on the lines below ("afspraken gemaakt:" / "- jeugdzorg:
#: ..."). A colon within a line introduces what follows in the same clause ("bedragen voor
#: 2024, 2025 en 2026 respectievelijk: € 10 mln, € 12 mln en € 14 mln").
_CLAUSE_MARKS = re.compile(r";|:(?=[ \t\xa0]*\r?\n[ \t\xa0]*[-–•*·])")


def _pair_respectively(rows: list[dict[str, Any]], model: TextModel) -> None:
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
        items = [row for row in group if begin <= row["_span"][0] < end]
        years = (
            _respectively(text[begin:word], text[word:end], len(items)) if len(items) > 1 else None
        )
        if years is None:
            continue
        for row, year in zip(items, years, strict=True):
            row["year_from"] = row["year_to"] = year
            row["basis"] = "per_year"
            row["_years_source"] = "respectively"
