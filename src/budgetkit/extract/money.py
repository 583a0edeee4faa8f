"""Reading and writing Dutch money amounts: "€ 75,5 mln.", "2 miljard dollar", "€ 1.000,-".

One grammar serves two jobs. ``find_money`` scans a whole document with a few compiled
regexes that each start on a literal the regex engine finds in C ("€" for ``EUR_MONEY``; the
unit and currency words "miljoen", "mln", "mio", "euro", "dollar", "k€" as anchors for
``NUM_MONEY`` and for amounts in words), so no Python code runs per character.
``parse_quote`` reads one stored quote back to its face value, so the provenance check can
prove every value comes from its text. ``format_dutch`` writes an amount the way the
documents do, for round-trip property tests.

Currency: an amount keeps the currency it is printed in ("7,5 miljard dollar", "US$ 3 mln",
"ƒ 300 miljoen")
and its face value in that currency; ``MoneyMatch.currency`` is None when the quote prints
none ("300 miljoen"), and the caller decides from the text around it.

Scale: an amount whose scale is printed inside its quote ("mln.", "miljard", ",-") needs no
help. A bare number whose scale is printed elsewhere, as in "in 2021 300, en in 2023 1.700
(bedragen x 1000)" or the first items of "€ 8, 10 en 10 miljoen", is stored with the scale
it takes; ``parse_quote(quote, scale)`` applies that scale only when the quote prints none.

Thousands in words are found before "euro" ("vijfduizend euro", "tien duizend euro"), and a
round "honderd euro" or "duizend euro" said alone, but not as a rate's base ("per duizend
euro") or a vague count ("een paar honderd euro").

Besides the Dutch scale words and abbreviations a quote may print "mio." (German and EU
texts), "mia" (Flemish), "bn", "million", "billion" (10^9), "trillion" (English; before them
"1,234" is English thousands), a letter glued to the figures after a
currency sign ("€5m", "€50k"), a prefix glued to the currency in its case ("k€ 500", "kEUR",
"500 k€": thousands; "M€ 5", "5 MEUR": millions), or a scale word before the number ("mln.
EUR 5", "€ mln 5"). Where the letters at an amount say no one scale ("€ 5 m": miljoen or
metre? "€ 2 bln": billion or biljoen? "m€ 5": milli or mega?) the amount is refused and
reported, never stored as the bare figure: a wrong face value is worse than a missing one.
So is a figure running on in a point and digits that are no thousands group, with no scale
word after them ("€ 2.50": an English decimal point, or cents?); before a scale word the point
is a decimal point ("€ 2.5 miljard", "EUR 5.4 billion"). Two comma groups ("612,000,000") are
English thousands; one comma before three digits and no scale word ("EUR 2,300") is refused.

A quote holding two numbers joined by "à", "tot", "-" or "en" is a range ("€ 0,9 à € 1 mld.",
"€1,6 miljard en €1,8 miljard" after "tussen de"); items of a list are quoted one by one.

Unit declarations ("(x € 1.000)", "(in € 1 000)", "bedragen in EUR 1.000") say in what
unit a table counts; they are not amounts and are never yielded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal, InvalidOperation
from itertools import chain
from typing import NamedTuple

from budgetkit.textmodel import at_literal, matches_at, occurrences

FACTORS = {
    "units": 1,
    "duizend": 1_000,
    "mln": 1_000_000,
    "mld": 1_000_000_000,
    "biljoen": 1_000_000_000_000,
}
#: No budget amount comes near a thousand trillion (the world's yearly product is about a
#: hundred trillion): a larger value is a misprint or a misreading, and it would overflow
#: the 64-bit integers of the package's consumers. ``find_money`` refuses it and says so.
MAX_ABS_AMOUNT = 10**15

# Dutch number words, composed as printed: "drie", "vijfentwintig", "tweeënhalf",
# "driehonderd", "eenmiljoen" (the unit glued on is read by the caller).
_UNITS = {
    "een": 1, "één": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
    "zeven": 7, "acht": 8, "negen": 9,
}  # fmt: skip
_TEENS = {
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
}  # fmt: skip
_TENS = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
    "tachtig": 80, "negentig": 90,
}  # fmt: skip
_HALVES = {
    "anderhalf": Decimal("1.5"),
    "anderhalve": Decimal("1.5"),
    "een half": Decimal("0.5"),
    "een halve": Decimal("0.5"),
    "een kwart": Decimal("0.25"),
    "driekwart": Decimal("0.75"),
    # alone, after an article or a demonstrative: "die kwart miljard", "de halve ton"
    "kwart": Decimal("0.25"),
    "half": Decimal("0.5"),
    "halve": Decimal("0.5"),
    "½": Decimal("0.5"),  # a fraction sign alone in place of the figure ("€ ½ miljard")
    "¼": Decimal("0.25"),
    "¾": Decimal("0.75"),
}
_JOINS = ("en", "ën")


def _below_hundred(word: str) -> int | None:
    if word in _UNITS:
        return _UNITS[word]
    if word in _TEENS:
        return _TEENS[word]
    if word in _TENS:
        return _TENS[word]
    for tens, value in _TENS.items():
        if word.endswith(tens):
            head = word[: -len(tens)]
            for join in _JOINS:
                if head.endswith(join) and head[: -len(join)] in _UNITS:
                    return _UNITS[head[: -len(join)]] + value
    return None


def _below_thousand(word: str) -> int | None:
    if "honderd" not in word:
        return _below_hundred(word)
    head, _, tail = word.partition("honderd")
    hundreds = 1 if head in ("", "een", "één") else _UNITS.get(head)
    if hundreds is None:
        return None
    tail = tail[2:] if tail.startswith("en") and tail[2:] else tail  # "honderdentwee"
    rest = 0 if not tail else _below_hundred(tail)
    return None if rest is None else hundreds * 100 + rest


def word_number(word: str) -> Decimal | None:
    """The value of a Dutch number word ("drie", "tweeënhalf", "vijfhonderd"), or None."""
    word = " ".join(word.lower().split())
    if word in _HALVES:
        return _HALVES[word]
    for join in _JOINS:  # "tweeënhalf", "drieëneenhalf", "vijfeneenhalf"
        for half in ("eenhalf", "eenhalve", "half", "halve"):  # "tweeëneenhalve ton"
            if word.endswith(join + half):
                whole = _below_thousand(word[: -len(join + half)])
                if whole is not None:  # ("vijfeneenhalf" ends in "enhalf" too)
                    return whole + Decimal("0.5")
    if "duizend" in word:
        head, _, tail = word.partition("duizend")
        thousands = 1 if head in ("", "een", "één") else _below_thousand(head)
        rest = 0 if not tail else _below_thousand(tail)
        if thousands is None or rest is None:
            return None
        return Decimal(thousands * 1000 + rest)
    value = _below_thousand(word)
    return None if value is None else Decimal(value)


# White space inside an amount: spaces, NBSP, and line breaks with up to two blank lines.
_W = r"[ \t\xa0\u202f]*(?:\r?\n[ \t\xa0\u202f]*){0,3}"
# A number as printed: dotted thousands and decimal comma, optional "½", "¼", "¾" (CPB prints
# "€ 1¼ mld"); never glued to a
# word or to a preceding number (footnote marks like "monitor6" or "woningen.4"); the
# guilder sign "ƒ", a letter to the regex engine, may stand glued before it ("ƒ5"). The first
# digit is consumed before the look-behind so that a scanning regex starting with it lets the
# regex engine skip ahead to the next digit quickly.
# Apostrophes between groups of three ("CHF 450'000'000") are Swiss thousands.
# Two comma groups or more ("612,000,000") can be no Dutch decimal: English thousands. A point
# before one or two digits, no thousands group, and a scale word ("EUR 5.4 billion", "€1.2bn",
# "€ 1.5 miljoen") is a decimal point; before anything else ("€ 2.50") it is refused
# (``_AMBIGUOUS_AFTER``).
_POINT_SCALE = (
    r"(?=[ \xa0]?(?i:mln|miljoen|milj|mlj|mio|mld|mrd|miljard|mia|bn|biljoen|million|billion"
    r"|trillion)(?![^\W\d¹²³⁴⁵⁶⁷⁸⁹⁰])|(?i:m|k)(?![\w\-/]|\.\w))"
)
NUMBER_REST = (
    rf"(?:\d{{0,2}}(?:,\d{{3}}){{2,}}(?!\d|,\d)|\d{{0,2}}\.\d{{1,2}}{_POINT_SCALE}"
    r"|\d{0,2}(?:['’]\d{3})+(?![\d'’])"
    r"|(?:\d{0,2}(?:\.\d{3})+(?!\d)|\d*)(?:,\d+)?[½¼¾]?)"
)
# A code of the commonest currencies glued to the figures ("EUR12m", as a news item prints
# "€12m") starts a number as the sign would.
# Atomic: once read, a number is not split again ("8,10" stays one), so a failing match
# backtracks in linear, not exponential, time over a long run of numbers. The first digit
# stands outside the atomic group so that a pattern starting with a number starts with a
# digit class, which the engine skips to in C instead of trying the pattern at every
# character of a window.
NUMBER = rf"\d(?:(?<![^\Wƒ]\d)|(?<=(?-i:EUR|USD|GBP)\d))(?<![.,]\d)(?>{NUMBER_REST})"
# A unit may carry a glued footnote mark ("miljoen2", "miljoen³"), never more letters
# ("miljoenennota"). Superscript digits are word characters to the regex engine, not \d.
_END = r"(?![^\W\d¹²³⁴⁵⁶⁷⁸⁹⁰]|-)"
# Scale words after a number: the Dutch words and abbreviations ("milj." of news and older
# texts too), the "mio." of German and EU texts and the "mia" of Flemish ones, and the
# English "million", "billion" (10^9, never a Dutch word), "trillion" and "bn" ("bln" may be a
# Dutch "biljoen" and is refused, see ``_AMBIGUOUS_AFTER``).
# A scale word broken at a line's end by a hyphen ("300 mil-⏎joen euro") is the word; so is
# one holding a soft hyphen (HTML's "&shy;", invisible in a browser: "mil\xadjoen").
_BROKEN = r"mil(?:[\-\xad][ \t\xa0]*\r?\n[ \t\xa0]*|\xad)j(?:oen|ard)"
_SCALE_WORDS = (
    r"mln\.?|miljoen|milj\.?|mlj\.?|mio\.?|mld\.?|mrd\.?|miljard|mia\.?|bn\.?|biljoen"
    rf"|million|billion|trillion|{_BROKEN}"
)
# (Each list of words ignoring case here is opened by the class of its words' first letters
# in both cases: the regex engine tries words ignoring case one by one, without the skip it
# makes over words minding case, and at a letter opening none, where most tries end, the
# class spares it every word.)
_UNIT = rf"(?=[mMbBtT])(?i:{_SCALE_WORDS}){_END}"
_UNIT_ALL = rf"(?=[mMbBtTdD])(?i:{_SCALE_WORDS}|duizend){_END}"
# A scale letter glued to the figures after a currency sign: "€5m" (miljoen), "€50k"
# (duizend). Spaced ("€ 5 m"), before a digit or a superscript ("€ 5 per m2", "m³"), or an
# abbreviation's first letter ("€5m.i.v. 2024"), it is no scale.
_GLUED_SCALE = r"(?<=\d)(?i:m|k)(?![\w\-/]|\.\w)"
# A capital "K" one space after the figures of an amount with a currency sign is thousands
# too ("€ 45 K", as finance prints "€ 45K"); spaced, a lower-case "k" or an "m" says no one
# unit (kilo? metre?) and is refused (``_AMBIGUOUS_AFTER``).
_SPACED_K = r"(?<=\d)[ \xa0](?-i:K)(?![\w\-/]|\.\w)"
# A scale word printed between the currency sign and the number, on one line: "€ mln 5",
# "EUR mio. 2,5" (annual reports); a year after it is a table heading ("€ mln 2024 2025").
_PRE_SCALE = r"(?=[mM])(?i:mln\.?|mio\.?|mld\.?|mrd\.?|miljoen|miljard)[ \xa0]"
# A prefix glued to the currency that scales it: "k€ 500", "kEUR 500" (thousands), "M€ 5",
# "MEUR 5" (millions). A lower-case "m€" may mean milli or mega and is refused.
_PREFIXED_CUR = r"(?-i:[kKM])(?:€|EUR)(?![\w€$£])"
# After a number, a prefixed currency followed by a number signs that number, as a code does
# ("In 2024 k€ 500": not 2024 thousand euros).
_PREFIXED_AFTER = rf"{_PREFIXED_CUR}(?![ \t\xa0]*\d)"
# Currency words after a number, and currency signs and codes before one. The guilders,
# florins and dollars of the Kingdom's other countries and of Suriname, the Belgian franc
# of older texts and the Scandinavian crowns are named with their country ("Antilliaanse
# guldens", "Surinaamse dollar", "Belgische frank", "Deense kronen") or by the florin; the
# ecu and the D-mark of older texts by their names ("3,2 mld ecu", "5 miljard D-mark",
# "Duitse mark"), the renminbi, the zloty and the hryvnia by theirs ("50 miljard yuan", "4,5
# miljard zloty", "1.500 miljard hryvnia"); "frank" or "kronen" alone names no one currency
# (Swiss, Belgian, French? Danish, Swedish, Norwegian, Czech?) and is no currency word here
# (``amounts`` refuses an amount before it).
_CUR_WORD = (
    r"(?=(?i:[abcdefghnoprsuyz]))(?i:euros?|(?:amerikaanse\s+|surinaamse\s+|us[-\s]?)?dollars?|(?:britse\s+)?pond(?:\s+sterling)?"
    r"|(?:antilliaanse\s+|caribische\s+|arubaanse\s+)?guldens?|(?:arubaanse\s+)?florins?|yen"
    r"|(?:zwitserse|belgische)\s+frank(?:en)?|(?:deense|zweedse|noorse)\s+kro(?:on|nen)"
    r"|ecu(?:['’]?s)?|(?:duitse\s+)?d-mark(?:en)?|duitse\s+mark(?:en)?"
    r"|(?:chinese\s+)?(?:yuan|renminbi)|(?:poolse\s+)?zloty(?:['’]?s)?"
    r"|(?:oekraïense\s+)?hryvnia(?:['’]?s)?)" + _END
)
# Codes: the ISO codes of the currencies above ("SRD 4,8 miljard", "BEF 32 miljard", "NOK
# 150 miljard", "XEU" of the ecu, "DEM" of the D-mark, "PLN" of the zloty, "UAH" of the
# hryvnia), and "XDR" of the
# IMF's special drawing rights. The renminbi is read by its names only: its code would need
# a scan of the capitals of its own ("N" or "Y"), and ``amounts`` refuses a figure by "CNY"
# as an unknown code's, never as euros.
_CODES = (
    "EUR", "USD", "GBP", "CHF", "JPY", "ANG", "XCG", "AWG", "SRD", "BEF", "DKK", "SEK", "NOK",
    "XEU", "DEM", "PLN", "XDR", "UAH",
)  # fmt: skip
_CUR_CODE = rf"(?:{'|'.join(_CODES)}){_END}"
# The marks printed before a figure for the Antillean guilder ("NAf. 37,4 mln.", "Naf",
# "NAƒ"), the Caribbean guilder ("Cg 310 miljoen") and the Aruban florin ("Afl. 1,2
# miljard"), alone as a word: never euros, never the Dutch guilder of "ƒ"; and for the ecu
# and the D-mark in older texts ("ECU 76,5 mld", "DM 28 mld"), the IMF's special drawing
# rights ("SDR 13,1 miljard": XDR) and the guilder's abbreviation ("fl. 250", "Hfl. 8
# miljard", "Dfl. 410 mln."), each its own currency, never that of an amount nearby.
_MARKS = {
    "ANG": r"N[Aa](?:f\.?|ƒ)", "XCG": "Cg", "AWG": r"Afl\.?", "XEU": "ECU", "DEM": "DM",
    "XDR": "SDR", "NLG": r"[HhDd]?fl\.",
}  # fmt: skip
_MARK = rf"(?<![\w.])(?:{'|'.join(_MARKS.values())})(?!\w)"
# After an amount, a code followed by a number is that number's sign ("€ 5 mio. USD 40
# mln."), not the currency of the amount before it. So is a euro sign: after the figure,
# as Belgian and some municipal texts print it ("185,96 €", "12 miljoen €"), it is the
# amount's only where no number follows it.
_CUR_SIGN_AFTER = r"€(?![ \t\xa0]*[\d\-\u2212\u2012\u2013])"
_CUR = rf"(?:{_CUR_WORD}|{_CUR_CODE}(?![ \t\xa0]*\d)|{_CUR_SIGN_AFTER})"
# Right after a number without a scale, a currency word followed by a figure is that
# figure's ("in 2005 euro 45 miljoen": prices of 2005, not an amount of € 2.005), as a code
# or a sign is.
_CUR_UNSCALED = rf"(?:{_CUR_WORD}(?![ \t\xa0]*\d)|{_CUR_CODE}(?![ \t\xa0]*\d)|{_CUR_SIGN_AFTER})"
_SYMBOL = rf"(?:€|US\s?\$|\$|£|¥|{_MARK}|ƒ|\b(?:{'|'.join(_CODES)})(?![\w€$£]))"
_SIGN_CHARS = "-\u2212\u2012\u2013"
# "-/-" is the accountants' minus, printed with any dash ("–/–")
_ACCOUNTANTS_MINUS = rf"[{_SIGN_CHARS}]/[{_SIGN_CHARS}]"
_MINUS = rf"(?:{_ACCOUNTANTS_MINUS}|[{_SIGN_CHARS}])"
_SIGN = rf"(?:{_MINUS}[ \xa0]?)?"
# A minus glued after the figures, as accountants print a negative sum in prose too ("een
# nadelig saldo van € 154.000-."): a dash before a space or a punctuation mark, not one that
# joins a compound or a range ("€ 1.000-grens", "€ 100-200", "€ 10- en € 20-biljetten"),
# a compound wrapped at its hyphen over a line's end ("de € 1.000-⏎grens") or the first of
# a list of them ("€ 10-, € 20- en € 50-biljetten").
_TRAILING_MINUS = (
    rf"(?<=\d)[{_SIGN_CHARS}](?![{_SIGN_CHARS}\w/€$£]|{_W}\d"
    r"|[ \t\xa0]+(?:en|of|tot|à|á|a|t/m)(?![^\W\d_])"
    r"|[ \t\xa0]*\r?\n[ \t\xa0\f]*[^\W\d_]"
    rf"|,[ \t\xa0]*(?:€[ \t\xa0]?)?\d[\d.,]*[{_SIGN_CHARS}](?:[ \t\xa0]|,))"
)
# After a currency sign, space thousands as rijksbegroting.nl prints them: "€ 1 000 000".
NUMBER_SPACED = r"\d(?<![^\Wƒ]\d)(?<![.,]\d)\d{0,2}(?:[ \xa0\u2009\u202f]\d{3})+(?!\d)(?:,\d+)?"
# (the longest first: "tot en met", "t/m" before "tot"; its spaces as classes, which the
# verbose patterns keep); "á" is "à" as typed with the wrong accent ("€ 20 á 25 duizend")
_RANGE = r"(?:à|á|a|tot[ ]en[ ]met|t/m|tot|–|-)"
# A fraction sign alone in place of the figures, before a scale word: "€ ½ miljard", "¾
# mld euro" (a half, as "€ 2½ miljard" is two and a half); or as the lower bound of a range
# whose upper bound prints the scale ("½ à 1 mld euro", "€ ¼ à € 1 mln.").
_FRACTION_ALONE = (
    rf"(?<![\d½¼¾])[½¼¾](?={_W}(?:{_UNIT}|{_RANGE}{_W}(?:{_SYMBOL}{_W})?\d[\d.,]*{_W}{_UNIT}))"
)
# "1 miljard à 1,5 miljard euro": before "à" the lower bound may print its own unit too.
_OWN_UNIT = rf"(?:{_W}(?:{_SCALE_WORDS}){_END}(?={_W}[àá]\s))?"

# The signs and words of each currency: a range's upper bound, a list's items and a word
# after an amount in figures take the currency of its sign, never another ("EUR 5 - USD 40
# mln." is two amounts, not a range; "€ 5 mln dollar" is no amount in euros).
_ALONE_CODE = r"(?![\w€$£])"
_SAME_CURRENCY = {
    "EUR": (rf"€|\bEUR{_ALONE_CODE}", r"(?i:euros?)"),
    "USD": (
        rf"US\s?\$|\$|\bUSD{_ALONE_CODE}",
        r"(?i:(?:amerikaanse\s+|us[-\s]?)?dollars?)",
    ),
    "GBP": (rf"£|\bGBP{_ALONE_CODE}", r"(?i:(?:britse\s+)?pond(?:\s+sterling)?)"),
    "NLG": (
        rf"ƒ|(?<![\w.]){_MARKS['NLG']}",
        r"(?<![Aa]ntilliaanse\s)(?<![Cc]aribische\s)(?<![Aa]rubaanse\s)(?i:guldens?)",
    ),
    "CHF": (rf"\bCHF{_ALONE_CODE}", r"(?i:zwitserse\s+frank(?:en)?)"),
    "JPY": (rf"¥|\bJPY{_ALONE_CODE}", r"(?i:yen)"),
    "ANG": (rf"\bANG{_ALONE_CODE}|{_MARKS['ANG']}(?!\w)", r"(?i:antilliaanse\s+guldens?)"),
    "XCG": (rf"\bXCG{_ALONE_CODE}|\bCg(?!\w)", r"(?i:caribische\s+guldens?)"),
    "AWG": (
        rf"\bAWG{_ALONE_CODE}|\b{_MARKS['AWG']}(?!\w)",
        r"(?i:(?:arubaanse\s+)?florins?|arubaanse\s+guldens?)",
    ),
    "SRD": (rf"\bSRD{_ALONE_CODE}", r"(?i:surinaamse\s+dollars?)"),
    "BEF": (rf"\bBEF{_ALONE_CODE}", r"(?i:belgische\s+frank(?:en)?)"),
    "DKK": (rf"\bDKK{_ALONE_CODE}", r"(?i:deense\s+kro(?:on|nen))"),
    "SEK": (rf"\bSEK{_ALONE_CODE}", r"(?i:zweedse\s+kro(?:on|nen))"),
    "NOK": (rf"\bNOK{_ALONE_CODE}", r"(?i:noorse\s+kro(?:on|nen))"),
    "XEU": (rf"\bXEU{_ALONE_CODE}|\b{_MARKS['XEU']}(?!\w)", r"(?i:ecu(?:['’]?s)?)"),
    "DEM": (
        rf"\bDEM{_ALONE_CODE}|\b{_MARKS['DEM']}(?!\w)",
        r"(?i:(?:duitse\s+)?d-mark(?:en)?|duitse\s+mark(?:en)?)",
    ),
    "PLN": (rf"\bPLN{_ALONE_CODE}", r"(?i:(?:poolse\s+)?zloty(?:['’]?s)?)"),
    "UAH": (rf"\bUAH{_ALONE_CODE}", r"(?i:(?:oekraïense\s+)?hryvnia(?:['’]?s)?)"),
    # (the IMF's unit is printed by its code or mark, "SDR 13,1 miljard", never named after it)
    "XDR": (rf"\bXDR{_ALONE_CODE}|\b{_MARKS['XDR']}(?!\w)", r"(?!)"),
}


# A figure and a slash glued before an amount printing no sign ("1/3 miljard"): the amount's
# figure is a fraction's denominator or the last of a series ("12/14 miljoen"), which no
# reading here tells apart (``_AMBIGUOUS_AFTER`` after a signed figure).
_AFTER_SLASH = re.compile(r"\d/\Z")
# A fraction sign alone and a range mark before an amount printing no sign ("¼ à ½ mld
# euro"): the range's upper bound, its lower one a fraction no pattern here reads before
# another fraction; neither bound alone is the amount.
_AFTER_FRACTION_MARK = re.compile(r"(?<![\d½¼¾])[½¼¾][ \t\xa0]*(?:à|á|tot|–|-)[ \t\xa0]*\Z")
# Between the items of a series of years' amounts printed with slashes, the scale after the
# last ("€ 3,65 / 3,72 / 3,79 mln" for "2027/2028/2029").
_SLASH = r"[ \t\xa0]+/[ \t\xa0]+"
# Between the items of a list before its "en": a comma, or a semicolon glued to an item that
# prints a decimal comma, as a series of such figures is printed ("€ 0,3; 0,5; 0,8 en 1,0
# mld" for four years). After a whole figure a semicolon ends a clause ("€ 300; 5 en 6 mln
# gaan naar ...": no list).
_SEMICOLON = r"(?:(?<=,\d)|(?<=,\d\d));"
_ITEM_MARK = rf"(?:[ \t\xa0]*,|{_SEMICOLON})"


def _signed_body(currency: str) -> str:
    """What follows a sign or code of ``currency``: a list sharing one unit (its items
    joined by commas or semicolons and "en", or by slashes or semicolons alone), or one
    amount or range, its unit and a word of the same currency after it (not one before a
    figure, whose sign it is: "€ 1.000,- euro 45 miljoen")."""
    sign, word = _SAME_CURRENCY[currency]
    after = rf"(?:(?:{word}){_END}(?![ \t\xa0]*\d)|{currency}{_END}(?![ \t\xa0]*\d))"
    return rf"""(?:
    (?P<list>{_W}{_SIGN}{NUMBER}(?:(?:{_ITEM_MARK}{_W}(?:(?:{sign}){_W})?{NUMBER})*{_W}(?:en|of){_W}
        (?:(?:{sign}){_W})?{NUMBER}|(?:{_SLASH}(?:(?:{sign}){_W})?{NUMBER})+
        |(?:{_SEMICOLON}{_W}(?:(?:{sign}){_W})?{NUMBER})+)
        {_W}{_UNIT_ALL}(?:{_W}{after})?)
    |(?P<eur>{_W}(?P<pre>{_PRE_SCALE})?{_SIGN}(?:{NUMBER_SPACED}|{NUMBER}|{_FRACTION_ALONE})
        (?:{_OWN_UNIT}{_W}{_RANGE}{_W}(?:(?:{sign}){_W})?{_SIGN}{NUMBER}(?={_W}{_UNIT_ALL}))?
        (?:{_W}{_UNIT_ALL}|{_GLUED_SCALE}|{_SPACED_K}|[,.]-|{_TRAILING_MINUS})?(?:{_W}{after})?))
"""


# Amounts with a currency sign ("x € 1.000", a table's scale note, is found and then told
# apart by ``_declares_unit``: "4 x € 25 miljoen" is an amount). Each regex starts with a
# literal or a character class, which the regex engine scans for in C.
EUR_MONEY = re.compile(rf"€{_signed_body('EUR')}", re.VERBOSE)
# Other signs and codes. "$", "£" and the guilder's "ƒ" are each found by a regex starting on
# its literal, run only on a text holding the sign; a code stands alone ("EUR 5 mln", not
# "EURO" or "XEUR") and is found by ``_code_places``. "US$" is "$" with its prefix taken along.
# These patterns, one per sign, code or mark, are kept as their source and compiled
# (``_compiled``) for a text that prints the sign: compiling them all took a quarter of a
# second of every command's start, and most texts print none of them.
_SIGN_MONEY = {
    sign: rf"{re.escape(sign)}{_signed_body(currency)}"
    for sign, currency in (("$", "USD"), ("£", "GBP"), ("ƒ", "NLG"), ("¥", "JPY"))
}
# Capitals glued before "$" or "¥" other than "US" name another country's money ("C$ 5
# miljoen", "HK$", "R$", "CN¥"): refused, never US dollars or yen.
_SIGN_PREFIX = re.compile(r"(?<![^\W\d_])[A-Z]{1,3}\Z")
# The marks of ``_MARKS``, each found from its first two letters (``at_literal``, from the
# capital that starts them: rarer than one in a thousand characters), kept where the letter
# the mark needs after them follows ("f" or "ƒ" of "NAf", "l" of "Afl"; "Cg" is the whole
# mark): "Nationale", "Naar", "Afspraken" are spared the pattern, and a text printing no
# mark its compiling.
_MARK_MONEY = tuple(
    (literal, after, rf"(?<![\w.])(?:{_MARKS[code]})(?!\w){_signed_body(code)}")
    for literal, after, code in (
        ("NA", "fƒ", "ANG"),
        ("Na", "fƒ", "ANG"),
        ("Cg", None, "XCG"),
        ("Af", "l", "AWG"),
    )
)
# The marks of ``_MARKS`` in capitals ("ECU", "DM"), found among the words in capitals
# (``_CAPITALS``), as the codes are: one pass over the text for several of them.
_CAPITAL_MARK_MONEY = {
    word: rf"(?<![\w.]){word}(?!\w){_signed_body(code)}"
    for word, code in (("ECU", "XEU"), ("DM", "DEM"), ("SDR", "XDR"))
}
# The guilder's abbreviation before a figure ("fl. 250", "Hfl. 8 miljard", "Dfl. 410 mln."),
# with the "H" (Hollandse) or "D" (Dutch) before it or not: guilders, never the Aruban florin
# of "Afl.". Read in a text that names
# guilders elsewhere ("gulden", "ƒ"), as a text in guilders does: there "fl." is no other
# abbreviation, and other texts are spared the search for it.
_FL_MONEY = rf"(?<![\w.])[HhDd]?fl\.{_signed_body('NLG')}"
# Where "fl." stands, found from its "f" (one character in two hundred), which the regex
# engine's scan skips to: a search for the three characters takes twice as long.
_FL_PLACES = re.compile(r"f(?=l\.)")
# "euro" as a word before the figure, as older Kamerstukken print it ("euro 45 miljoen",
# "EURO 2,5 mln", "Euro 120.000"): the amount's sign, as "EUR" is. Found from the "u" of
# "uro" (``_U_PLACES``, lower case) or from "URO" among the capitals. (Kept as its source,
# as the patterns of the other signs are, and compiled for a text printing it: ``_compiled``.)
_WORD_EURO_MONEY = rf"(?i:euro)(?![\w€$£]){_signed_body('EUR')}"
# A scale word right before the word "euro" makes it a unit, of a figure before it or of a
# note ("Uitgaven in miljoen euro 1.250 1.300"): no sign of the figure after it.
_SCALE_BEFORE_EURO = re.compile(
    rf"(?i:{_SCALE_WORDS}|duizend|miljoenen|miljarden|duizenden)[ \t\xa0]*\Z"
)
_CODE_MONEY = {
    code: rf"{code}(?<![\w€$£]{code})(?![^\W\d]|[€$£]){_signed_body(code)}" for code in _CODES
}
# "kEUR 500", "MEUR 5": the code with its scale prefix, matched at the prefix.
_PREFIXED_CODE_MONEY = rf"(?<![\w€$£]){_PREFIXED_CUR}{_signed_body('EUR')}"


def _compiled(source: str) -> re.Pattern[str]:
    """One of the patterns kept as source above, compiled. ``re.compile`` keeps the patterns
    it compiled by their source, so a pattern is compiled once in a run, when the first text
    printing its sign needs it, and found again at once for the next."""
    return re.compile(source, re.VERBOSE)


# Amounts in figures without a currency sign: "2 miljard euro", "50.000 dollar", bare
# "300 miljoen", "30 à 35 mln.".
# What can follow a number in ``NUM_MONEY``, past white space: the first letter of a unit,
# a currency word or code, or a range ("à", "a", "tot", dashes). Tested first, it fails at once
# after most numbers (years, counts), which the full alternatives take much longer to reject.
_MONEY_NEXT = r"(?=[ \t\xa0\u202f\r\n]*[mMbBdDeEaAuUpPgGyYzZfFtcCJkKsSxXnNàá–\-€])"
# What ``_EURO_AFTER`` (the ``euro`` branch of ``NUM_MONEY``) needs past the number, its
# white space and a unit: the first two letters of a currency word or code, a prefixed
# currency ("k€"), or a range's mark and the next number. Tested first (it only filters: every
# match of the branch passes it), it rejects the branch after most bare amounts ("5 miljoen
# voor") in one step, where the branch itself tries every currency word at several white
# space splits.
_EURO_NEXT = (
    rf"(?={_W}(?:{_UNIT_ALL}{_W})?(?:{_RANGE}{_W}{_SIGN}\d"
    r"|(?=(?i:[abcdefghnoprsuyz]))"
    r"(?i:eu|am|us|do|br|po|an|gu|ye|zw|su|ca|ar|fl|be|de|no|ec|d-|du|yu|re|zl|ch|hr|oe)"
    r"|GB|CH|JP|AW|SR|XC|BE|DK|SE|NO|XE|DE|PL|XD|UA|[kKM](?:€|E)|€))"
)
# After a number: a currency, with a unit or a range before it ("à 6 miljoen euro"; a
# lower bound may print its sign after it too: "37 € tot 142 €").
_EURO_AFTER = (
    rf"(?:{_OWN_UNIT}(?:{_W}{_CUR_SIGN_AFTER})?{_W}{_RANGE}{_W}{_SIGN}{NUMBER}"
    rf"(?={_W}(?:{_UNIT_ALL}{_W})?{_CUR}))?"
    rf"{_W}(?:{_UNIT_ALL}{_W}{_CUR}|{_CUR_UNSCALED}|{_PREFIXED_AFTER})"
)
NUM_MONEY = re.compile(
    rf"""(?:{NUMBER}|{_FRACTION_ALONE}){_MONEY_NEXT}(?:
    (?P<euro>{_EURO_NEXT}{_EURO_AFTER})
    |(?P<bare>(?:{_OWN_UNIT}{_W}{_RANGE}{_W}{_SIGN}{NUMBER}(?={_W}{_UNIT}))?{_W}{_UNIT}))
    """,
    re.VERBOSE,
)
NUM_SINGLE = re.compile(
    rf"{NUMBER}(?:(?P<euro>{_W}(?:{_UNIT_ALL}{_W}{_CUR}|{_CUR_UNSCALED}|{_PREFIXED_AFTER}))"
    rf"|(?P<bare>{_W}{_UNIT}))"
)
# "tussen de 2 en 3 miljoen euro", "tussen de €1,6 miljard en €1,8 miljard": "en" makes a
# range after "tussen". The upper bound prints a unit or currency, or both bounds a sign.
_MONEY_PART = (
    rf"(?:{_SYMBOL}{_W})?{_SIGN}{NUMBER}(?:{_W}{_UNIT_ALL}|{_GLUED_SCALE})?(?:{_W}{_CUR})?"
)
# It starts on "ussen" (one literal for "tussen" and "Tussen"); the caller checks the "t".
BETWEEN_MONEY = re.compile(
    rf"""u(?=ssen)ssen{_W}(?:de{_W})?(?:(?i:ruim|circa|ongeveer|bijna){_W})?
    (?P<range>{_MONEY_PART}{_W}en{_W}{_MONEY_PART})""",
    re.VERBOSE,
)
# "minimaal € 1,5 en maximaal € 2 miljard": the two bounds of one range, the lower taking the
# unit of the upper as after "tussen"; quoted with both words, which make it a range. The
# upper bound prints its scale or currency ("minimaal € 5 mln en maximaal 10 jaar" is none),
# and is found as an amount of its own (``_min_max``).
MIN_MAX_MONEY = re.compile(
    rf"""[mM](?<![^\W\d_][mM])inimaal{_W}{_MONEY_PART}{_W}en{_W}maximaal{_W}(?P<upper>{_MONEY_PART})""",
    re.VERBOSE,
)
# Digits are common and units rare, so amounts without a sign are looked for only just
# before a unit or currency word (an anchor): ``NUM_MONEY`` runs on a short window ending a
# little after each anchor. Each whole-text scan costs a pass over the text, so there are as
# few as the words allow, each the faster of two kinds (as timed on the sources): a pattern
# starting with one literal character, which the regex engine skips to in C, the rest
# checked after it (or behind it: "j" of "miljoen", "biljoen", "Miljard", as the "i" before
# it is one of the commonest letters), a shared suffix serving both cases of a word ("uro"
# for euro, Euro) and one pattern the words sharing a letter ("mln", "mld", "mrd"; the "u"
# of "euro" and "gulden", whose scan also finds the "tussen" of ``BETWEEN_MONEY``: ``_U_PLACES``);
# or, for a rare character or word, ``at_literal``.
_BIG_ANCHOR = re.compile(rf"j(?<=ilj)(?:oen|ard){_END}")  # starts two letters before the "j"
#: (literal for ``at_literal``, or None for the pattern's own scan; the index of the rare
#: character it is found from, or None; pattern) of the others. A broken scale word is found
#: from its hyphen (soft or not), rarer than "il" and found faster alone.
_ANCHORS = tuple(
    (literal, rare, re.compile(rf"{pattern}{_END}"))
    for literal, rare, pattern in (
        (None, None, "m(?:l[ndj]|rd|i[oa]|ilj)"),
        *((broken, 2, f"(?<=[mM]){_BROKEN[1:]}") for broken in ("il-", "il\xad")),  # "mil-⏎joen"
        (None, None, "p(?=ond)ond"),
        ("y", None, "yen"),
        (None, None, "f(?=rank)rank"),
        ("€", None, rf"€(?<=[kKM]€)|{_CUR_SIGN_AFTER}(?<=[\d \xa0]€)"),  # "500 k€", "185,96 €"
    )
)
# "dollar", "florin", "million" ("billion", "trillion"): rare words of common letters, each
# found from its "l" by one scan for the three (three searches for the words cost three
# passes over the text, the scan under two): (word, index of its "l", pattern). (The two
# letters after the "l" are tested first, as one class each: after most of the text's "l"s
# they fail at once, where the three alternatives, each with its look-behind, took a third of
# the scan.)
_L_PLACES = re.compile("l(?=[lo][ari])(?:(?<=ol)(?=lar)|(?=orin)|(?<=il)(?=lion))")
_L_ANCHORS = tuple(
    (word, index, re.compile(rf"{pattern}{_END}"))
    for word, index, pattern in (
        ("ollar", 1, "ollars?"),
        ("lorin", 0, "lorins?"),
        ("illion", 1, "illion"),
    )
)
_U_ANCHOR = re.compile(rf"u(?:ros?|(?<=gu)ldens?){_END}")
# Where ``_U_ANCHOR`` and ``BETWEEN_MONEY`` may start: one scan for the "u" both start on.
_U_PLACES = re.compile("u(?=ro|lden|ssen)")
# Words in capitals (currency codes, "5 MILJOEN EURO"), found from each of a rare capital
# (``at_literal``): a pattern starting on the letter, then the words holding it. A code is
# both an anchor after a number and a sign before one ("EUR 5 mln"), so every code of
# ``_CODES`` is here.
_CAPITALS = (
    (
        re.compile("U(?:(?<=EU)R|RO|SD|AH|(?<=XEU|ECU))"),
        ("EUR", "URO", "USD", "UAH", "XEU", "ECU"),
    ),
    (re.compile("J(?:(?<=ILJ)|PY)"), ("ILJ", "JPY")),
    (re.compile("P(?:(?<=GBP)|(?=LN))"), ("GBP", "PLN")),
    (re.compile("F(?<=CHF|BEF)"), ("CHF", "BEF")),
    (re.compile("G(?<=ANG|XCG|AWG)"), ("ANG", "XCG", "AWG")),
    (re.compile("D(?:(?<=SRD)|(?=KK|EM|M|R))"), ("SRD", "DKK", "DEM", "DM", "XDR", "SDR")),
    (re.compile("K(?<=SEK|NOK)"), ("SEK", "NOK")),
)
# A capital too common for ``at_literal`` ("D" opens "De", "Dit", "Daarnaast": one character
# in four hundred), whose pattern's own scan finds its words in half the time.
_COMMON_CAPITALS = frozenset("D")
_CAPITAL_ANCHORS = {word: re.compile(rf"{word}{_END}") for word in ("URO", *_CODES)} | {
    "ILJ": re.compile(rf"ILJ(?:OEN|ARD){_END}")
}
_BEFORE_ANCHOR, _AFTER_ANCHOR = 80, 40
# An amount with a sign in the plainest form ("€ 5 miljoen", "€ 2,5 mln."): ``NUM_MONEY``
# reads its number and unit alike, ending where it ends unless ``_EXTENDS`` follows.
_PLAIN_SIGNED = re.compile(
    r"€[ \xa0]?(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,[0-9]+)?"
    r"[ \xa0]*(?:\n[ \xa0]*){0,3}(?:miljoen|miljard|mln\.|mld\.)"
)
# What ``NUM_MONEY`` may read after an amount with a sign, past its unit: a currency or a
# range's next bound ("€ 5 miljoen dollar", "€ 12 miljoen €").
_EXTENDS = re.compile(rf"{_W}(?:(?:{_UNIT_ALL}{_W})?(?:{_CUR}|{_PREFIXED_AFTER})|{_RANGE})")
# Amounts in words ("twee miljard", "eenmiljoen euro"): found from their unit, looking back.
_CURRENCY_AFTER = re.compile(rf"{_W}{_CUR}")
_TUSSEN = re.compile(r"(?<![^\W\d_])[tT]$")
_WORD_BEFORE = re.compile(
    r"(?<![\w\-])(?P<w>[^\W\d_]+(?:[ \t\xa0]+(?:half|halve|kwart))?)"
    r"[ \t\xa0]*(?:\r?\n[ \t\xa0]*){0,3}$"
)
# The head of a number word wrapped at a hyphen at a line's end, before its tail.
_WRAPPED_HEAD = re.compile(r"(?<![\w\-])(?P<w>[^\W\d_]+)-[ \t\xa0]*\r?\n[ \t\xa0\f]*\Z")
# A fraction word alone after an article or a demonstrative ("die kwart miljard", "de halve
# miljard"): the number. After a number word it is a part of it ("drie kwart miljard" is
# driekwart, three quarters), after another word ("per kwart miljard", "een paar kwart")
# none; but for "half", which a headline prints without its "een" after any word ("Provincie
# trekt half miljard uit"), other than "per" or "paar" (its second form).
_FRACTION_WORD = re.compile(
    r"(?i:de|het|die|deze|dat|dit)[ \t\xa0]+(?P<f>half|halve|kwart)"
    r"|(?!(?i:per|paar)\b)(?P<before>[^\W\d_]+)[ \t\xa0]+(?P<half>half|halve)"
)
_GLUED_WORD = re.compile(r"(?<![\w\-])(?P<w>[^\W\d_]{3,40})$")
# "een paar honderd miljoen", "enkele honderden miljoenen": the number word is not the number;
# nor after "komma" and a word ("zes komma nul vijf miljard": decimals no reader here reads).
_VAGUE_BEFORE = re.compile(
    r"\b(?i:paar|enkele|komma)[ \t\xa0]+\Z|\b(?i:komma)[ \t\xa0]+[^\W\d_]+[ \t\xa0]+\Z"
)
# After "een miljoen" (or "miljard"), "of" and a count of the scale, as speech rounds "about
# five million": "een miljoen of vijf". A word that counts nothing ("of meer"), a count
# with a unit of its own ("of twee miljoen") or a share ("of 5 procent", "of 3%") is none,
# nor the first digits of a longer figure ("of 2,5 miljoen", "of 2.500 banen").
_OR_SO = re.compile(
    r"[ \t\xa0]+of[ \t\xa0]+(?P<count>(?!(?i:een|één|eén)\b)[^\W\d_]+|[2-9]|[1-9]\d)"
    r"(?![^\W\d_]|[.,]?\d|[ \t\xa0]*[\d%]"
    r"|[ \t\xa0]+(?i:miljoen|miljard|mln|mld|duizend|honderd|procent|procentpunt(?:en)?)\b)"
)
_OR_SO_QUOTE = re.compile(
    r"(?i:een|één|eén)[ \t\xa0]+(?P<unit>(?i:miljoen|miljard))"
    + _OR_SO.pattern
    + r"(?:[ \t\xa0]+(?i:euro|gulden|dollar)s?)?"
)


def _counted(about: re.Match[str] | None) -> Decimal | None:
    """The count of an ``_OR_SO`` match, above one ("vijf", "12"), or None when it counts
    nothing ("of meer")."""
    if about is None:
        return None
    count = about.group("count")
    value = Decimal(count) if count.isdigit() else word_number(count)
    return value if value is not None and value > 1 else None


# "drie komma vier miljard", as spoken (Handelingen): "komma" between two number words before
# the unit is a decimal comma; the number starts at the word before it.
_DECIMAL_BEFORE = re.compile(r"(?<![\w\-])(?P<w>[^\W\d_]+)[ \t\xa0]+(?i:komma)[ \t\xa0]+\Z")
# A lower group after "zes miljoen" or "een miljard" in one amount, as a raadsvoorstel or
# contract writes a sum out ("(zegge: zes miljoen driehonderdvijftigduizend euro)", "een
# miljard tweehonderd miljoen euro"): a number word holding "honderd" or "duizend", or any
# number word and "miljoen" after "miljard".
_LOWER_GROUP = re.compile(
    r"[ \t\xa0]+(?P<w>[^\W\d_]+)(?P<unit>[ \t\xa0]+(?i:miljoen)(?![^\W\d]))?(?![\w\-])"
)
# "vijfduizend euro", "tien duizend euro", "tweehonderdvijftig euro": thousands or hundreds in
# words before "euro" (found from it, looking back). "duizend" or "honderd" alone is read by
# ``_ROUND_BEFORE``.
_THOUSANDS_BEFORE = re.compile(
    r"(?<![\w\-])(?P<w>[^\W\d_]+?[ \t\xa0]*duizend|[^\W\d_]*honderd[^\W\d_]*)(?=\s)"
    r"[ \t\xa0]*(?:\r?\n[ \t\xa0]*){0,3}\Z"
)
# "honderd euro", "duizend euro": a round hundred or thousand said alone before "euro", with
# the word before it (``_NO_ROUND``); apart from it, as "honderdeuro" is no form of either.
_ROUND_BEFORE = re.compile(
    r"(?:(?<![\w\-.,])(?:(?P<prev2>[\w.,]+)[ \t\xa0]+)?(?P<prev>[^\W\d_]+)[ \t\xa0]+)?"
    r"(?<![\w\-])(?P<w>(?i:honderd|duizend))(?=\s)[ \t\xa0]*(?:\r?\n[ \t\xa0]*){0,3}\Z"
)
# The words before which "honderd" or "duizend" alone is no sum: a rate's base ("per duizend
# euro", "op elke honderd euro"), a vague count ("een paar honderd euro", "enkele duizend"),
# a unit ("bedragen in duizend euro", "x duizend euro"); and a number word, whose hundreds no
# reading here joins to it ("twee honderd euro").
_NO_ROUND = frozenset((
    "per", "elke", "elk", "iedere", "ieder", "paar", "enkele", "vele", "zoveel", "komma",
    "in", "x",
))  # fmt: skip
# A unit's definition or a multiplication before it: "k€ = duizend euro", "× duizend euro".
_ROUND_UNIT = re.compile(r"[=×][ \t\xa0]*\Z")
# Nor after a range's or a list's mark after a number: the second item ("tussen vijfhonderd
# en duizend euro", "500 tot duizend euro").
_ROUND_JOINTS = frozenset(("en", "of", "à", "á", "a", "tot"))


def _round_sum(text: str, alone: re.Match[str]) -> bool:
    """Whether "honderd" or "duizend" alone before "euro" (``_ROUND_BEFORE``) is a sum: not
    after the words of ``_NO_ROUND``, a number word, a number and a range's or list's mark
    (``_ROUND_JOINTS``), or a unit's "=" (``_ROUND_UNIT``)."""
    prev, prev2 = alone.group("prev"), alone.group("prev2")
    if prev is None:
        return not _ROUND_UNIT.search(text, max(0, alone.start() - 8), alone.start())
    if prev.lower() in _NO_ROUND or word_number(prev) is not None:
        return False
    return not (
        prev.lower() in _ROUND_JOINTS
        and prev2 is not None
        and (prev2[0].isdigit() or word_number(prev2) is not None)
    )


# Readers for a single quote.
_NUM_TOKEN = re.compile(NUMBER)
# A fraction sign alone opening a quote, after its sign ("½ à 1 mld", "€ ¼ à € 1 mln.").
_LOWER_FRACTION = re.compile(r"(?:€[ \t\xa0]*)?(?P<f>[½¼¾])")
# (a fraction sign is a word of its own: "€½mln", "½" glued to its scale word, is a half)
_WORD_TOKEN = re.compile(r"[½¼¾]|[^\W\d_½¼¾]+(?:[ \t\xa0]+(?:half|halve|kwart)\b)?")
# A hyphen at a line's end inside a word ("twee-⏎honderdvijftig"), as a PDF's text wraps it.
_WRAP = re.compile(r"-[ \t\xa0]*\r?\n[ \t\xa0\f]*")
_GLUED_UNIT = re.compile(r"(?i:miljoen|miljard|biljoen|duizend)$")
# Each alternative starts with a letter, so the engine skips to the next candidate in C; what
# must stand before it is checked behind it: "mio", "mia" and "bn" stand alone, a glued "m"
# or "k" follows a digit ("€5m"), a prefix "M" or "k" is glued to the currency ("M€ 5").
_ALONE = r"(?![^\W\d_])"
_UNIT_TOKEN = re.compile(
    rf"(?P<mln>m(?:ln|iljoen|illion|il[\-\xad]\s*joen|i?lj{_ALONE}|io(?<![^\W\d_]mio){_ALONE}|(?<=\dm){_ALONE}"
    r"|(?<=(?-i:M))(?<![^\W\d_].)(?=€|EUR)))"
    rf"|(?P<mld>m(?:ld|rd|iljard|il[\-\xad]\s*jard|ia(?<![^\W\d_]mia){_ALONE})"
    rf"|bn(?<![^\W\d_]bn){_ALONE}|billion)"
    r"|(?P<biljoen>biljoen|trillion)"
    rf"|(?P<duizend>duizend|k(?:(?<=\dk){_ALONE}|(?-i:(?<=\d[ \xa0]K)){_ALONE}"
    r"|(?<=(?-i:[kK]))(?<![^\W\d_].)(?=€|EUR)))"
    r"|(?P<dash>[,.]-)",
    re.IGNORECASE,
)
# The sign before a number in a quote: after the sign or code ("€ -5", "€ mln -5"), or before
# them ("-€ 5", "– € mln 5", "-k€ 500").
_SIGN_BEFORE = re.compile(
    rf"(?:(?:^|{_SYMBOL}|{_PREFIXED_CUR}|(?<![^\W\d_])(?:à|á|a|tot|t/m))"
    rf"[ \t\xa0]*(?:{_PRE_SCALE})?(?:\r?\n[ \t\xa0]*)*"
    rf"{_MINUS}[ \xa0]?"
    rf"|^{_MINUS}[ \t\xa0]*(?:{_PREFIXED_CUR}|{_SYMBOL}){_W}(?:{_PRE_SCALE})?)$"
)
_SPACED_AFTER_SYMBOL = re.compile(
    rf"(?:{_SYMBOL}|{_PREFIXED_CUR}){_W}(?:{_PRE_SCALE})?{_SIGN}(?P<n>{NUMBER_SPACED})"
)
_RANGE_BETWEEN = re.compile(
    rf"^{_W}(?:{_UNIT_ALL}{_W})?(?:{_CUR}{_W})?(?:{_RANGE}|en(?:{_W}maximaal)?){_W}"
    rf"(?:{_SYMBOL}{_W})?{_SIGN}$",
    re.IGNORECASE,
)
_CUR_IN_QUOTE = re.compile(rf"{_CUR_WORD}|{_CUR_CODE}")  # "kEUR 500": the code heads it
_NO_SPACE = str.maketrans("", "", " \xa0\u2009\u202f")
# Two numbers in one quote: the only case ``_valid`` needs to read.
_RANGE_HINT = re.compile(rf"\d{_W}(?:{_UNIT}{_W})?{_RANGE}{_W}(?:{_SYMBOL}{_W})?{_SIGN}\d")
_RANGE_MARKS = ("a", "à", "á", "t", "–", "-")  # one of them is in every ``_RANGE_HINT``
_CUR_WORD_IN_QUOTE = re.compile(_CUR_WORD)
_SYMBOL_IN_QUOTE = re.compile(_SYMBOL)

# "van ruim 38.000 naar 42.000 euro": a bare number before "naar" and an amount with "euro".
_FROM_AMOUNT = re.compile(
    rf"\bvan{_W}(?:(?i:ruim|circa|ongeveer|bijna){_W})?(?P<n>{NUMBER}){_W}naar{_W}$"
)
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
# One group of three after a comma, no scale word ("EUR 2,300", "€25,000"): Dutch decimals or
# English thousands? As ambiguous as "€ 2.50"; a leading zero ("€ 0,125 per kWh") is Dutch.
_ONE_COMMA_GROUP = re.compile(r"(?<![\d.,])[1-9]\d{0,2},\d{3}(?!\d|,\d)")
# A sign before an amount without a currency sign: glued to the number ("-5 miljoen"), or
# spaced after a bracket, a colon or a word that asks for a number ("een mutatie van – 5
# miljoen"). A dash after a number or between clauses ("met ingang van 2020 – 170 miljoen
# euro", "de kosten – 5 miljoen – zijn") is punctuation, and one opening a line, a space
# after it, is a list's bullet ("- € 1,1 mld voor munitie"), not a minus.
_SIGN_WORDS = r"(?<![\w])(?i:van|met|tot|naar|op|is|was|bedraagt|bedroeg|saldo|mutatie)"
_LEADING_SIGN = re.compile(
    rf"(?:(?<![\w.,])(?P<glued>{_MINUS})|(?P<explicit>{_ACCOUNTANTS_MINUS})[ \t\xa0]+"
    rf"|(?:(?<=[(:=])|{_SIGN_WORDS})[ \t\xa0]*(?P<spaced>{_MINUS})[ \xa0])\Z",
    re.MULTILINE,  # "\Z" the amount's start, where the window ends
)
# "(x € 1.000)", "x € 1 mln.", "(in € 1 000)", "(* € 1.000)", "Bedragen in EUR 1.000",
# "per € 1.000": the words before a one-unit figure that make it a unit declaration.
_DECLARES = re.compile(
    rf"(?:(?<![\w])(?P<times>[x×*])|\b(?i:in|per))[ \t\xa0]*(?:\r?\n[ \t\xa0]*)?"
    rf"(?:{_SYMBOL}[ \t\xa0]*)?$"
)
# How every ``_DECLARES`` match ends, past white space, lower case: its word, or the sign or
# code after it ("(in € 1 000)": the "€" of the figure's quote stands in the window when the
# figure is no signed amount).
_DECLARING = (
    "x", "×", "*", "in", "per", "€", "$", "£", "ƒ", "¥",
    *(code.lower() for code in _CODES), "naf", "naf.", "cg", "afl", "afl.", "ecu", "dm", "sdr",
    "fl.",
)  # fmt: skip
_AMOUNTS_WORD = re.compile(r"(?i:bedragen)[ \t\xa0]+(?i:in|per)[ \t\xa0]*(?:\S+[ \t\xa0]*)?$")
_NOTE_CLOSES = re.compile(r"[ \t\xa0\d.]*(?:[)\]:;,]|\r?\n|$)")
_ONE = {Decimal(1), Decimal(1000), Decimal(1_000_000)}
# Between the bounds of a range whose upper bound prints its sign again ("€ 8 tot € 57").
_SIGNED_RANGE = re.compile(rf"[ \t\xa0]+{_RANGE}[ \t\xa0]+")
# "verhoogd met € 150 mln tot € 1.650 mln": after "met", "X tot Y" is a change and the level
# it reaches, two amounts, not a range; after a verb of change and "van" ("verhoogd van € 7,5
# mln tot € 9,35 mln") the levels before and after it.
_CHANGE_BY = re.compile(
    r"(?:\b(?i:met)|(?<![^\W\d_])(?i:verhoogd|verlaagd|gestegen|gedaald|toegenomen|afgenomen"
    r"|stijgt|stijgen|steeg|stegen|daalt|dalen|daalde|daalden|groeit|groeien|verhoogt|verlaagt)"
    r"[ \t\xa0]+(?i:van))[ \t\xa0]+(?:(?i:ruim|circa|ongeveer|bijna)[ \t\xa0]+)?\Z"
)
# The head of a number printed with space thousands before the amount's first group of
# three ("1 " of "1 200 miljoen euro", as a PDF prints it), which alone reads 200 million.
_THREE_DIGITS = re.compile(r"\d{3}(?![\d.])")
_SPACED_HEAD = re.compile(
    r"(?<![\w.,\-–])\d{1,3}(?:[ \xa0\u2009\u202f]\d{3})*[ \xa0\u2009\u202f]\Z"
)
_SPACED_AT_START = re.compile(rf"(?P<n>{NUMBER_SPACED})")
# What a signed bound of a range joined by ``_ranges_and_rates`` starts with: a sign or a
# code, not a scale prefix ("k€", "MEUR": a range over two scales is left as two amounts).
_SIGN_FIRST = frozenset("€$£ƒEUGCJ")
# Between the sides of an exchange rate ("1 USD = 0,92 EUR").
_RATE = re.compile(r"[ \t\xa0]*=[ \t\xa0]*")
# Before the one unit of another currency that a rate's value buys ("ƒ 2,20371 voor 1 euro").
_RATE_FOR = re.compile(r"[ \t\xa0]+(?:voor|per|tegen)[ \t\xa0]+")
# A figure printed with its thousands ("300.000", "1.200.000,00", "45 000"): a sum in full.
_FULL_FIGURE = re.compile(r"\d{1,3}(?:[.\xa0\u202f '’]\d{3})+(?:,\d+)?")
# The numbers of a list before its last item, which alone prints the unit ("2, 3 en " of
# "2, 3 en 4 miljoen euro"), up to where the amount starts (the search's end).
_LIST_BEFORE = re.compile(
    rf"(?<![\w.,€$£\-–])(?P<items>{NUMBER}(?:{_ITEM_MARK}[ \t\xa0]+{NUMBER})*)"
    r"[ \t\xa0]+(?:en|of)[ \t\xa0]+\Z"
)
# The numbers of a series before its last item, joined by spaced slashes ("3,65 / 3,72 / " of
# "3,65 / 3,72 / 3,79 mln euro"; ``_SLASH``).
_SLASHED_BEFORE = re.compile(
    rf"(?<![\w.,€$£\-–/])(?P<items>{NUMBER}(?:{_SLASH}{NUMBER})*){_SLASH}\Z"
)
# A glued list head "8,10" in "respectievelijk € 8,10 en 10 miljoen" after three years.
_GLUED_LIST = re.compile(r"^(\d+),(\d+)$")
_RESPECTIVELY = re.compile(rf"respectievelijk{_W}$", re.IGNORECASE)
_YEAR_TOKEN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CLAUSE_END = re.compile(r"[.!?;:][\s\xa0]+(?=[A-Z])")
# What may stand right before a currency sign and scale the amount after it: a scale word
# ("mln. EUR 5", "mio € 2,5"; not after a number, whose unit it is: "300 mln. EUR"), or a
# prefix glued to the sign ("k€ 500", "M€ 5"). A lower-case "m€" may mean milli or mega:
# the amount is refused.
_BEFORE_SIGN = re.compile(
    r"(?<![\w.,])(?<!\d[ \xa0])(?i:mln|mio|mld|mrd)\.?[ \xa0]\Z"
    r"|(?<![\w€$£])(?:[kKM]|(?P<milli>m))\Z"
)
# How every ``_BEFORE_SIGN`` match ends, lower case.
_BEFORE_SIGN_ENDS = (
    "k", "m",
    *(f"{word}{dot}{space}" for word in ("mln", "mio", "mld", "mrd") for dot in ("", ".")
      for space in (" ", "\xa0")),
)  # fmt: skip
# What may follow an amount in figures and make its face value unknown: glued letters the
# signed amount did not read as its unit, up to three starting like a scale ("€5bln", "€5mn",
# "€5mm"; a longer word is a space lost in the text: "€ 300voor"); after a space a lone "m"
# or "k" (miljoen or metre? "€ 5 m extra"), "bln"/"mn" (English billion, or the Dutch
# biljoen?) or "ton" (a hundred thousand euros, or a tonne?); glued or spaced, a number word
# ending in "honderd" or "duizend" ("€ 5 honderdduizend"). A digit or a superscript after the
# letters makes a unit of measure ("€ 5 m2"), a point and a letter an abbreviation ("€ 5
# m.i.v. 2024": met ingang van). Or a spaced "½" ("€ 3 ½ miljard"), or a point
# and digits that are no thousands group and no scale after them (``NUMBER`` reads "€ 2.5
# miljard"): an English decimal point or cents ("€ 2.50"), or a broken number ("€
# 1.000.00"). Such an amount is refused and reported: a wrong face value is worse than none.
_AMBIGUOUS_AFTER = re.compile(
    r"(?:[mMbBkKtT][a-zA-Z]{0,2}|[ \xa0](?:[mMkK]|[bB][lL][nN]|[mM][nN]|[tT][oO][nN])"
    r"|[ \xa0]?[a-zA-Z]*(?:honderd|duizend))(?![\w\-/]|\.\w)"
    r"|\.\d+[a-zA-Z]*|[ \xa0][½¼¾]"
    # a slash and a figure glued to it: a fraction ("€ 1/3 miljard") or a series of years'
    # amounts ("€ 12/14 miljoen")? (a series spaced, "€ 3,65 / 3,72 mln", is a list)
    r"|/\d[\d.,]*"
    # an abbreviated or hyphenated scale no grammar here reads ("mjd", "€ 1,2 mil-" at a
    # line's end, a soft hyphen): refused, never € 1,20
    r"|[ \xa0](?i:mjd|mil)(?=[.\-\xad]|\s|$)"
)

# A scale or currency word right after an amount that its pattern did not take: printed in
# an order no grammar reads ("5 EUR mln", "€ 5 mln dollar"), the amount's scale or currency
# is unknown, and the amount is refused rather than stored as "5 EUR".
# A word before a number is that number's ("300 mln. EUR 5 mln.": "EUR" signs the 5).
# The upper bound, a bare number, of a range the pattern of an amount printing no scale did
# not take ("€ 5 à 6 m", "€5-6m"): what follows it is read as ``_AMBIGUOUS_AFTER`` or
# ``_LEFT_AFTER`` would read it after the amount itself.
_UPPER_LEFT = re.compile(rf"[ \t\xa0]*{_RANGE}[ \t\xa0]*{NUMBER}")
_LEFT_AFTER = re.compile(rf"[ \t\xa0]+(?:{_UNIT_ALL}|{_CUR})(?![ \t\xa0]*\d)")

_CURRENCIES = (
    ("SRD", ("surinaamse", "srd")),
    ("USD", ("dollar", "usd", "$")),
    ("GBP", ("pond", "gbp", "£")),
    ("ANG", ("antilliaanse", "ang", "naf", "naƒ")),
    ("XCG", ("caribische", "xcg", "cg")),
    ("AWG", ("arubaanse", "florin", "awg", "afl")),
    ("NLG", ("gulden", "ƒ", "fl.")),  # (after the Aruban "afl.")
    ("BEF", ("belgische", "bef")),
    ("DKK", ("deense", "dkk")),
    ("SEK", ("zweedse", "sek")),
    ("NOK", ("noorse", "nok")),
    ("XEU", ("ecu", "xeu")),
    ("DEM", ("mark", "dem", "dm")),
    ("CHF", ("frank", "chf")),
    ("JPY", ("yen", "jpy", "¥")),
    ("CNY", ("yuan", "renminbi")),
    ("PLN", ("zloty", "pln")),
    ("UAH", ("hryvnia", "uah")),
    ("XDR", ("sdr", "xdr")),
    ("EUR", ("euro", "eur", "€")),
)
#: Currencies no sign or word of a quote names to ``currency_of`` that ``amounts`` reads from
#: the ISO code printed before a bare amount ("KES 2,6 miljard"), in brackets after its
#: currency word ("6,5 miljard CFA-frank (XOF)") or from a word naming one of them alone
#: ("470 miljoen birr"): kept in their currency, never as euros.
CODED_CURRENCIES = ("BDT", "ESP", "ETB", "FRF", "ITL", "KES", "XOF")
#: Every currency code an amount can be stored in: those ``currency_of`` can return, and
#: ``CODED_CURRENCIES``.
CURRENCIES = tuple(sorted({code for code, _ in _CURRENCIES} | set(CODED_CURRENCIES)))


#: A face value: whole units, or a Decimal where the text prints cents ("€ 22,50").
Amount = int | Decimal


class MoneyMatch(NamedTuple):
    """One money amount found in text: where it is, what it says, how sure we are it is money.

    A named tuple, immutable like a frozen dataclass but five times cheaper to build (one per
    amount of every document).
    """

    start: int
    end: int
    quote: str
    # face value in ``currency`` (euros unless it says otherwise): whole, or with its cents
    amount_eur: Amount
    amount_eur_max: Amount | None
    scale: str
    bare: bool  # no sign and no currency word: money only if the words around it say so
    currency: str | None = None  # printed currency; None when the quote prints none
    scale_at: int | None = None  # offset of a unit printed outside the quote, if it scales it


def currency_of(quote: str) -> str | None:
    """The currency a quote prints (its sign, code or word), or None when it prints none."""
    if quote.startswith("€"):
        return "EUR"  # the common case, without a regex
    mark = _SYMBOL_IN_QUOTE.search(quote) or _CUR_IN_QUOTE.search(quote)
    if mark is None:
        return None
    lowered = mark.group().lower()
    return next((code for code, marks in _CURRENCIES if any(m in lowered for m in marks)), None)


def _currencies(quote: str) -> set[str]:
    """Every currency a quote prints, by its signs, codes and words."""
    marks = [*_SYMBOL_IN_QUOTE.finditer(quote), *_CUR_IN_QUOTE.finditer(quote)]
    return {code for m in marks for code in [currency_of(m.group())] if code is not None}


#: A fraction printed after the figures ("4½", "1¼", "2¾").
_FRACTIONS = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}


def _to_decimal(token: str) -> Decimal:
    if "'" in token or "’" in token:  # "450'000'000": Swiss thousands
        return Decimal(token.replace("'", "").replace("’", ""))
    if token.count(",") > 1:  # "1,250,000": English thousands
        return Decimal(token.replace(",", ""))
    point = token.rfind(".")
    if point >= 0 and len(token) - point <= 3 and "," not in token:
        return Decimal(token)  # "5.4" (of "5.4 billion", ``NUMBER`` reads it only so)
    fraction = _FRACTIONS.get(token[-1:], 0)
    digits = token.rstrip("½¼¾").replace(".", "").replace(",", ".")
    return Decimal(digits) + fraction


def _euros(value: Decimal, scale: str) -> Amount:
    """The face value in the currency's unit: a whole number, or the cents a per-unit amount
    prints ("€ 22,50", "€ 0,0285 per kWh"), never rounded to a sum the text does not state."""
    amount = value * FACTORS[scale]
    whole = amount.to_integral_value()
    return int(whole) if amount == whole else amount.normalize()


def printed_scale(quote: str) -> str | None:
    """The scale printed in the quote (its last unit word), or None when it prints none."""
    found = None
    for m in _UNIT_TOKEN.finditer(quote):
        found = m.lastgroup
    if found == "dash":
        return "units"
    if found is None and _CUR_WORD_IN_QUOTE.search(quote):
        return "units"
    return found


def _unglued(word: str, quote: str, end: int) -> str:
    """``word`` without the unit glued to its number ("eenmiljoen", "vijfduizend euro"), but
    "tweeduizend miljoen" (a unit at ``end`` in ``quote``) is two thousand million."""
    glued = _GLUED_UNIT.search(word) if " " not in word else None
    if (
        glued
        and glued.start()
        and (glued.group().lower() != "duizend" or not _UNIT_TOKEN.search(quote, end))
    ):
        return word[: glued.start()]
    return word


def _minus_in(window: str) -> bool:
    """Whether ``window`` holds a minus sign: every pattern reading a sign needs one, and most
    amounts have none, so the test spares the pattern."""
    return any(map(window.__contains__, _SIGN_CHARS))


def _numbers(quote: str) -> list[tuple[Decimal, int, int]]:
    """(value, start, end) of every number in the quote, in figures or in words, signed."""
    tokens: list[tuple[Decimal, int, int]] = []
    figures = list(_NUM_TOKEN.finditer(quote))
    if figures and quote[:1] in "½¼¾€" and (fraction := _LOWER_FRACTION.match(quote)):
        # "½ à 1 mld": a fraction sign alone, the lower bound of a range
        tokens.append((_FRACTIONS[fraction.group("f")], *fraction.span("f")))
    for m in figures:
        try:
            tokens.append((_to_decimal(m.group()), m.start(), m.end()))
        except InvalidOperation:
            continue
    words = () if tokens else list(_WORD_TOKEN.finditer(quote))  # figures and words never mix
    wrapped = -1  # the word after a hyphen at a line's end, read with the word before it
    for index, m in enumerate(words):
        if index == wrapped:
            continue
        word, end = m.group(), m.end()
        shift = m.start()  # the quote's offset minus the word's: where its last letters stand
        rest = words[index + 1] if index + 1 < len(words) else None
        if rest is not None and _WRAP.fullmatch(quote, end, rest.start()):
            joined = word + rest.group()  # "twee-⏎honderdvijftig miljoen": one word, wrapped
            if word_number(_unglued(joined, quote, rest.end())) is not None:
                shift = rest.start() - len(word)
                word, end, wrapped = joined, rest.end(), index + 1
        elif quote[end : end + 1] == "-" and index + 1 < len(words):
            # "zes- à zevenhonderd miljoen": the lower bound, cut short, shares the tail of
            # the upper one, the word after the range mark (or after a comma: "zes-, zeven...")
            upper = index + 1 if quote[end + 1 : end + 2] == "," else index + 2
            tail = words[upper].group() if upper < len(words) else ""
            value = _elided(word, tail) if tail else None
            head = _unglued(tail, quote, words[upper].end()) if value is not None else tail
            whole, part = word_number(tail), word_number(head)
            if value is not None and head != tail and whole and part:
                # read without the unit glued to the upper one, as the upper one is ("vijf-
                # à zesduizend euro": 5 and 6 of the scale "duizend")
                value = value * part / whole
            if value is not None:
                tokens.append((value, m.start(), end + 1))
                continue
        word = _unglued(word, quote, end)
        value = word_number(word)
        if word.lower() == "duizend" and not _UNIT_TOKEN.search(quote, end):
            value = Decimal(1)  # "duizend euro": one of the unit the word itself prints
        if value is not None:
            tokens.append((value, m.start(), shift + len(word)))
    # "€ 1 000 000", "1 200 miljoen" are one number, read as several figures first
    spaced = [*_SPACED_AFTER_SYMBOL.finditer(quote)] if len(figures) > 1 else []
    if len(figures) > 1 and (head := _SPACED_AT_START.match(quote, figures[0].start())):
        spaced.append(head)  # "1 200 miljoen euro", also after a sign ("- 1 200 ...")
    for m in spaced:
        begin, end = m.span("n")
        tokens = [t for t in tokens if not begin <= t[1] < end]
        tokens.append((_to_decimal(m.group("n").translate(_NO_SPACE)), begin, end))
    tokens.sort(key=lambda t: t[1])
    if len(tokens) == 1 and quote[-1:] in _SIGN_CHARS and tokens[0][2] == len(quote) - 1:
        return [(-tokens[0][0], tokens[0][1], tokens[0][2])]  # "€ 154.000-": its minus after it
    signed = []
    word_minus = quote[:1] in "mM" and _QUOTE_MINUS.match(quote) is not None  # "min 300 ..."
    for value, start, end in tokens:
        before = max(0, start - 40)  # a window: linear in the list
        if (_minus_in(quote[before:start]) and _SIGN_BEFORE.search(quote, before, start)) or (
            word_minus and start == tokens[0][1]
        ):
            value = -value
        signed.append((value, start, end))
    return signed


def _in_full(quote: str, first: tuple[Decimal, int, int], last: tuple[Decimal, int, int]) -> bool:
    """Whether the number ``first`` prints its thousands and ``last`` does not: the first is
    then a sum in full, not a count of the unit printed after the last."""
    return (
        _FULL_FIGURE.fullmatch(quote, first[1], first[2]) is not None
        and _FULL_FIGURE.fullmatch(quote, last[1], last[2]) is None
    )


#: A "ton": a hundred thousand euros in Dutch money talk ("een subsidie van anderhalve ton").
TON = 100_000
# A number and "ton", "euro" after it or not ("twee ton", "tweeëneenhalve ton", "een ton
# euro", "2,5 ton"), or "een ton of drie" (about three, ``_OR_SO``): ``amounts`` stores such
# a quote only where its words say money.
_TON_QUOTE = re.compile(
    rf"(?P<n>{NUMBER}|[^\W\d_]+)[ \t\xa0]+(?i:ton)(?P<about>{_OR_SO.pattern})?"
    r"(?:[ \t\xa0]+(?i:euro))?",
    re.IGNORECASE,
)


def ton_value(quote: str) -> Amount | None:
    """The euros of a quote in tons (``_TON_QUOTE``), or None for any other quote."""
    m = _TON_QUOTE.fullmatch(quote)
    if m is None:
        return None
    number = m.group("n")
    if m.group("about") is not None:  # "een ton of drie": about three tons
        value = _counted(m) if word_number(number) == 1 and number[:1].isalpha() else None
    else:
        value = word_number(number) if number[:1].isalpha() else _to_decimal(number)
    return None if value is None else _euros(value * TON, "units")


# A figure and "eurocent" ("42 eurocent", "1,5 eurocent per kWh"): hundredths of a euro,
# stored in euros (0,42) as "€ 0,42" is.
#: A "mille": a thousand, as money is spoken ("veertig mille", "2,5 mille").
MILLE = 1_000
_MILLE_QUOTE = re.compile(rf"(?P<n>{NUMBER}|[^\W\d_]+)[ \t\xa0]+(?i:mille)")


def mille_value(quote: str) -> Amount | None:
    """The money of a quote in thousands said "mille" (``_MILLE_QUOTE``), or None for any
    other quote."""
    m = _MILLE_QUOTE.fullmatch(quote)
    if m is None:
        return None
    number = m.group("n")
    value = word_number(number) if number[:1].isalpha() else _to_decimal(number)
    return None if value is None else _euros(value * MILLE, "units")


_CENTS_QUOTE = re.compile(rf"(?P<n>{NUMBER})[ \t\xa0]+(?i:eurocents?)")


def cents_value(quote: str) -> Amount | None:
    """The euros of a quote in eurocents (``_CENTS_QUOTE``), or None for any other quote."""
    m = _CENTS_QUOTE.fullmatch(quote)
    return None if m is None else _euros(_to_decimal(m.group("n")) / 100, "units")


def parse_quote(quote: str, scale: str | None = None) -> tuple[Amount, Amount | None]:
    """Face value (amount, upper bound or None) of one amount's quote.

    The quote is the text ``find_money`` stored: one amount, or a range ("€ 0,9 à € 1 mld.",
    "€1,6 miljard en €1,8 miljard"), or one ``amounts`` stored in tons ("twee ton"), in
    eurocents ("42 eurocent") or in thousands said "mille" ("veertig mille").
    ``scale`` is used only when the quote prints no scale of its own (an external
    "(bedragen x 1000)" note, a unit shared by a list). Raises ValueError when the quote
    holds no number.
    """
    if (quote[-3:].lower() in ("ton", "uro") or " of " in quote) and (
        tons := ton_value(quote)
    ) is not None:
        return tons, None
    if quote[-4:].lower() in ("cent", "ents") and (cents := cents_value(quote)) is not None:
        return cents, None
    if quote[-5:].lower() == "mille" and (milles := mille_value(quote)) is not None:
        return milles, None
    return _value(quote, printed_scale(quote) or scale or "units")


_SPELLED_SCALES = {"miljoen": 6, "miljard": 9, "biljoen": 12}


def _spelled(quote: str) -> Decimal | None:
    """The value of an amount written out in several groups ("zes miljoen
    driehonderdvijftigduizend euro", "een miljard tweehonderd miljoen") or with a spoken
    decimal comma ("drie komma vier miljard"); None for any other quote, which the general
    reader reads (its first number times the unit)."""
    words = quote.lower().split()
    if "komma" in words:
        if len(words) < 4 or words[1] != "komma" or words[3] not in _SPELLED_SCALES:
            return None
        whole, part = word_number(words[0]), word_number(words[2])
        if whole is None or part is None or whole != int(whole) or part != int(part):
            return None
        return Decimal(f"{int(whole)}.{int(part)}") * 10 ** _SPELLED_SCALES[words[3]]
    total, groups, pending = Decimal(0), 0, None
    for word in words:
        if pending is not None and word in _SPELLED_SCALES:
            total += pending * 10 ** _SPELLED_SCALES[word]
            groups, pending = groups + 1, None
        elif pending is None and (value := word_number(word)) is not None:
            pending = value
        else:
            break
    if pending is not None:
        total, groups = total + pending, groups + 1
    return total if groups > 1 else None


#: Before an English scale word, a comma before three digits is English thousands ("EUR 1,234
#: million"), as the decimal point is English ("5.4 billion").
_ENGLISH_SCALE = re.compile(r"(?i:million|billion|trillion)")
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def _value(quote: str, unit: str) -> tuple[Amount, Amount | None]:
    """``parse_quote`` once the quote's unit is known (``find_money`` has read it already)."""
    if "illion" in quote.lower() and _ENGLISH_SCALE.search(quote):
        quote = _THOUSANDS_COMMA.sub("", quote)
    if quote[:1] in "eé" and (count := _counted(_OR_SO_QUOTE.fullmatch(quote))):
        return _euros(count, unit), None  # "een miljoen of vijf": five million
    if quote[:1].isalpha() and len(quote.split()) > 2:  # in words, three words at least
        minus = _QUOTE_MINUS.match(quote) if quote[:1] in "mM" else None  # "min drie komma ..."
        spelled = _spelled(quote[minus.end() :] if minus else quote)
        if spelled is not None:
            return _euros(-spelled if minus else spelled, "units"), None
    numbers = _numbers(quote)
    if not numbers:
        raise ValueError(f"no amount in {quote!r}")
    first = numbers[0]
    if len(numbers) > 1:
        between = quote[first[2] : numbers[1][1]]
        if _RANGE_BETWEEN.match(between) or (
            quote[first[2] - 1] == "-" and _CUT_COMMA.fullmatch(between)
        ):
            own = printed_scale(between) if _UNIT_TOKEN.search(between) else None
            if own is None and _UNIT_TOKEN.search(quote, 0, first[1]):
                own = printed_scale(quote[: first[1]])  # "€ mln 5 à € 45 K": printed before it
            if own is None and _in_full(quote, first, numbers[1]):
                own = "units"  # "€ 400.000 tot € 2,85 mln": the lower bound in full
            low, high = _euros(first[0], own or unit), _euros(numbers[1][0], unit)
            if high < low < 0:
                return high, low  # "−6 à −7 mld": a deficit's range, printed by its size
            return low, high
    return _euros(first[0], unit), None


# The forms most amounts are printed in: "€ 5 miljoen", "€ 2,5 mln.", "300 miljoen euro",
# "1.300 euro", "€ 750". Digits in ASCII, at most 15 of them, one number, no sign: read
# without the general readers, which give the same (scale, currency, value) for them.
_PLAIN = re.compile(
    r"(?P<sign>€[ \xa0]?)?(?P<n>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,(?P<f>[0-9]+))?"
    r"(?:[ \xa0]*(?:\n[ \xa0]*){0,3}(?P<unit>miljoen|miljard|mln\.|mld\.))?"
    r"(?:[ \xa0]*(?:\n[ \xa0]*){0,3}(?P<euro>euro))?"
)
_PLAIN_SCALES = {"miljoen": "mln", "mln.": "mln", "miljard": "mld", "mld.": "mld", None: "units"}


def _plain_reading(quote: str) -> tuple[str, str | None, Amount, None] | None:
    """(scale, currency, value, None) of a quote in one of the ``_PLAIN`` forms, else None.

    Most amounts are printed so; reading them with one pattern instead of the general
    readers (``printed_scale``, ``currency_of``, ``_value``) halves what an amount costs.
    """
    m = _PLAIN.fullmatch(quote)
    if m is None:
        return None
    sign, number, fraction, unit, euro = m.groups()  # (one call for the five groups)
    whole, fraction = number.replace(".", ""), fraction or ""
    if len(whole) + len(fraction) > 15:
        return None  # beyond what the integer arithmetic below reads exactly as ``_euros``
    scale = _PLAIN_SCALES[unit]
    currency = "EUR" if sign or euro else None
    # ``_euros``: the value times the scale, in integers where it is whole
    value, rest = divmod(int(whole + fraction) * FACTORS[scale], 10 ** len(fraction))
    if rest:
        return scale, currency, _euros(Decimal(f"{whole}.{fraction}"), scale), None
    return scale, currency, value, None


def _may_range(quote: str) -> bool:
    """Whether ``quote`` may hold a ``_RANGE_HINT``: it holds one of its range marks."""
    return any(map(quote.__contains__, _RANGE_MARKS))


def _valid(quote: str) -> tuple[Amount, Amount | None] | None:
    """The quote's value, or None when it is no amount: a range whose upper bound is below
    its lower one ("2020 – 170 miljoen": a year, then the amount)."""
    if not _may_range(quote) or not _RANGE_HINT.search(quote):
        return 0, None  # one number: always an amount (its value is read later)
    first = _NUM_TOKEN.search(quote)
    if first is not None and _YEAR_LIKE.fullmatch(first.group()):
        return None  # "in 2025 -17.432,6 mio. EUR": a year, then a signed amount
    try:
        amount, high = parse_quote(quote)
    except ValueError:
        return None
    if high is not None and high < amount:
        return None
    return amount, high


def _signed_quote(text: str, m: re.Match[str], begin: int) -> str:
    """The text of ``m``, a range with the minus before its lower bound (``_signed_start``)
    included: its bounds compare only so ("−6 à −7 mld euro" is a range, "6 à −7" none)."""
    if not _may_range(m.group()):
        return m.group()
    return text[_signed_start(text, m.start(), begin) : m.end()]


def _num_money(text: str, start: int, stop: int) -> re.Match[str] | None:
    """The first ``NUM_MONEY`` match in text[start:stop] that reads as an amount."""
    m = NUM_MONEY.search(text, start, stop)
    while m is not None and _valid(_signed_quote(text, m, start)) is None:
        # Not a range: the lower bound alone, when it prints its unit ("5 miljoen à 3
        # miljoen"), else the text after it ("2020 – 170 miljoen euro": a year, then money).
        alone = NUM_SINGLE.match(text, m.start(), stop)
        if alone is not None:
            return alone
        first = _NUM_TOKEN.match(text, m.start())
        m = NUM_MONEY.search(text, first.end() if first else m.end(), stop)
    return m


#: A year after a year-like amount: the years heading a table's columns.
_NEXT_YEAR = re.compile(r"[ \t\xa0]+(?:19|20)\d\d(?!\d)")


def _year_then_sign(quote: str) -> bool:
    """Whether a quote is a year and a euro sign after it, no scale ("2024 €")."""
    return quote.endswith("€") and _is_year(quote) and _UNIT_TOKEN.search(quote) is None


def _is_year(body: str) -> bool:
    """Whether the first number of an amount's body is a year ("€ mln 2024")."""
    number = _NUM_TOKEN.search(body)
    return number is not None and _YEAR_LIKE.fullmatch(number.group()) is not None


#: The first letters of the words ``_LEFT_AFTER`` takes: scale words, currency words and codes.
_LEFT_FIRST = frozenset("mMbBdDaAuUpPgGyYzZfFeEcCjJsSxXtTnNrRhHoO€")


def _may_be_left(text: str, end: int) -> bool:
    """Whether a ``_LEFT_AFTER`` match may start at ``end``: white space, then the first
    letter of a scale or currency word (after most amounts stands a word that is neither)."""
    if text[end : end + 1] not in (" ", "\t", "\xa0"):
        return False
    word = text[end : end + 40].lstrip(" \t\xa0")
    return not word or word[0] in _LEFT_FIRST


def _may_come_from(text: str, start: int) -> bool:
    """Whether the text before an amount at ``start`` may end in a ``_FROM_AMOUNT`` match: it
    ends in "naar" and white space (before most amounts stands no "van 38.000 naar")."""
    return text[max(0, start - 40) : start].rstrip(" \t\xa0\u202f\r\n").endswith("naar")


def _lower_groups(text: str, end: int) -> int:
    """Where an amount in words ending at ``end`` ("zes miljoen", "een miljard") ends with
    the lower groups written after it ("driehonderdvijftigduizend", "tweehonderd miljoen")."""
    big = text[max(0, end - 7) : end].lower()
    while (group := _LOWER_GROUP.match(text, end)) is not None:
        word = group.group("w")
        value = word_number(word)
        if value is None or value != int(value):
            break
        if group.group("unit"):  # "een miljard tweehonderd miljoen": below a thousand
            if not big.endswith("miljard") or value >= 1000:
                break
            big = "miljoen"
        elif not ("honderd" in word.lower() or "duizend" in word.lower()):
            break  # "zes miljoen een jaar": "een" is an article
        elif value >= 1_000_000:
            break
        end = group.end()
        if not group.group("unit"):
            break  # the last group is below a thousand thousands
    return end


def _may_be_thousands(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] may hold a ``_THOUSANDS_BEFORE`` or ``_ROUND_BEFORE`` match:
    "duizend" or "honderd" is in it, capitalised or not (before most "euro" stands no number
    word)."""
    window = text[start:end]
    return "uizend" in window or "onderd" in window


def _may_lead(text: str, sign: int) -> bool:
    """Whether the text before a currency sign at ``sign`` may end in a ``_BEFORE_SIGN``
    match; most signs follow a space after a word that is no scale."""
    folded = text[max(0, sign - 5) : sign].lower()
    return folded.endswith(_BEFORE_SIGN_ENDS) or unfolded(folded)


def _may_be_ambiguous(text: str, end: int) -> bool:
    """Whether letters follow an amount ending in a figure at ``end``, glued or after one
    space, or a point or a slash and a digit (``_AMBIGUOUS_AFTER`` needs them); after most
    amounts a space and a word follow."""
    first, second = text[end : end + 1], text[end + 1 : end + 2]
    return (
        (first.isascii() and first.isalpha())
        or (first in (" ", "\xa0") and ((second.isascii() and second.isalpha()) or second in "½¼¾"))
        or (first in "./" and second.isdecimal())
    )


def _capital_places(text: str) -> dict[str, list[int]]:
    """Where each word in capitals of ``_CAPITALS`` starts, in text order."""
    places: dict[str, list[int]] = {}
    for regex, words in _CAPITALS:
        letter = regex.pattern[0]
        common = letter in _COMMON_CAPITALS
        for m in regex.finditer(text) if common else at_literal(regex, text, letter):
            for word in words:
                at = m.start() - word.index(letter)
                if at >= 0 and text.startswith(word, at):
                    places.setdefault(word, []).append(at)
    return places


def _anchors(
    text: str, capitals: dict[str, list[int]], u_places: list[int]
) -> list[tuple[int, int, bool]]:
    """(start, end, is a lower-case "miljoen", "miljard" or "biljoen") of every unit or
    currency word an amount without a sign can end on, in text order; ``u_places``: where
    ``_U_PLACES`` matches."""
    found = [(m.start() - 2, m.end(), True) for m in _BIG_ANCHOR.finditer(text)]
    found += [(m.start(), m.end(), False) for m in matches_at(_U_ANCHOR, text, u_places)]
    found += [
        (m.start(), m.end(), False)
        for literal, rare, regex in _ANCHORS
        for m in (
            regex.finditer(text) if literal is None else at_literal(regex, text, literal, 0, rare)
        )
    ]
    l_places = [m.start() for m in _L_PLACES.finditer(text)]
    for word, index, regex in _L_ANCHORS:
        starts = [at - index for at in l_places if text.startswith(word, at - index)]
        found += [(m.start(), m.end(), False) for m in matches_at(regex, text, starts)]
    for word, regex in _CAPITAL_ANCHORS.items():
        for at in capitals.get(word, ()):
            m = regex.match(text, at)
            if m is not None:
                found.append((at, m.end(), False))
    found.sort()
    return found


def _sure_to_win(
    found: list[tuple[int, int, str]], plain: set[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The amounts of ``plain`` (signed ones in the plainest form, "€ 5 miljoen", by span)
    that no other amount of ``found`` (the signed ones and the ranges after "tussen") starts
    at or runs into, sorted: they win over what is found inside them from an anchor. (An
    amount found from an anchor before one cannot run into it past its sign.)"""
    sure = []
    spans = sorted(found)
    reach = -1
    for index, (start, end, _kind) in enumerate(spans):
        shared = (index and spans[index - 1][0] == start) or (
            index + 1 < len(spans) and spans[index + 1][0] == start
        )
        if (start, end) in plain and reach <= start and not shared:
            sure.append((start, end))
        reach = max(reach, end)
    return sure


def _holder(spans: list[tuple[int, int]]) -> Callable[[int, int], tuple[int, int] | None]:
    """For ``spans`` (start, end), sorted, a function of ascending anchors (start, end)
    giving the span holding the anchor, or None: one walk of the spans for all anchors."""
    position = 0

    def holding(start: int, end: int) -> tuple[int, int] | None:
        nonlocal position
        while position + 1 < len(spans) and spans[position + 1][0] <= start:
            position += 1
        if spans and spans[position][0] <= start and end <= spans[position][1]:
            return spans[position]
        return None

    return holding


def _one_range(quote: str) -> bool:
    """Whether a quote of two amounts joined as a range ("tussen", "minimaal ... en maximaal")
    reads as one: its upper bound not below its lower, a scale or currency printed, and one
    currency ("tussen € 5 en $ 6 mln" is no range)."""
    low, high = parse_quote(quote)
    return (
        high is not None
        and high >= low
        and bool(printed_scale(quote) or currency_of(quote))
        and len(_currencies(quote)) <= 1
    )


def _min_max(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The ranges "minimaal A en maximaal B" (``MIN_MAX_MONEY``) whose upper bound is one of
    the amounts ``found``: looked for only before an amount that "maximaal" precedes, not
    in a pass over the whole text."""
    ranges = []
    for start, _end, _kind in found:
        if "aximaal" not in text[max(0, start - 12) : start]:
            continue  # most amounts: no "maximaal" before them
        for m in MIN_MAX_MONEY.finditer(text, max(0, start - 120), start + 80):
            upper = m.group("upper")
            if (
                m.start("upper") == start
                and (printed_scale(upper) or currency_of(upper))
                and _one_range(m.group())
            ):
                ranges.append((m.start(), m.end(), "between"))
    return ranges


def _scan(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of every amount, in text order, without overlaps; where two
    overlap, the one starting first (then the longer, then a range after "tussen") wins."""
    found = []
    plain: set[tuple[int, int]] = set()  # signed amounts in the plainest form
    capitals = _capital_places(text)

    def signed(m: re.Match[str]) -> None:
        if (
            m.group()[:1] in "AaDEe"
            and m.group().startswith(("Afl", "DM", "euro", "Euro", "EURO"))
            and not _UNIT_TOKEN.search(m.group())
            and not _FULL_FIGURE.search(m.group())
        ):
            return  # "Afl. 12" is an episode (aflevering) as often as Aruban florins, "DM 3"
            # a code as often as D-marks, "de euro 20 jaar geleden" the currency itself and
            # "Euro 2024" a tournament: with a scale or in full they are money
        kind = "list" if m.group("list") is not None else "eur"
        if kind == "eur" and _valid(m.group()) is None:
            return
        start, end = m.start(), m.end()
        lead = None
        if text.startswith("US", start - 2):
            start -= 2
        elif text[start] in "$¥" and start and text[start - 1].isupper():
            prefix = _SIGN_PREFIX.search(text, max(0, start - 3), start)
            if prefix is not None:  # "C$ 5 miljoen": no US dollars
                found.append((prefix.start(), end, "foreign"))
                return
        elif _may_lead(text, start):
            lead = _BEFORE_SIGN.search(text, max(0, start - 6), start)
            if lead is not None:
                kind = "ambiguous" if lead.group("milli") else kind
                start = lead.start()
        if kind == "eur" and (m.group("pre") or lead or text[m.start()] in "kKM"):
            if _is_year(m.group("eur")):
                if _NEXT_YEAR.match(text, end):
                    return  # "€ mln 2024 2025": a table's heading, not an amount
                kind = "ambiguous"  # "M€ 1950 per jaar", "mln € 2024": a year or money?
            if len(_UNIT_TOKEN.findall(text, start, end)) > 1:
                kind = "ambiguous"  # "k€ 500 mln.": two scales
        if kind == "eur" and text[end - 1 : end].isdigit() and _may_be_ambiguous(text, end):
            after = _AMBIGUOUS_AFTER.match(text, end)
            if after is not None:
                kind, end = "ambiguous", after.end()
        found.append((start, end, kind))
        if kind == "eur" and _PLAIN_SIGNED.fullmatch(text, start, end):
            plain.add((start, end))

    for m in at_literal(EUR_MONEY, text, "€"):
        signed(m)
    for sign, source in _SIGN_MONEY.items():
        for m in _compiled(source).finditer(text) if sign in text else ():
            signed(m)
    for literal, after, source in _MARK_MONEY:
        # (as ``at_literal`` finds them: two letters, no occurrence overlaps another)
        starts = [
            at
            for at in occurrences(text, literal, 0)
            if after is None or text[at + 2 : at + 3] in after
        ]
        for m in matches_at(_compiled(source), text, starts) if starts else ():
            signed(m)
    for word, source in _CAPITAL_MARK_MONEY.items():
        for at in capitals.get(word, ()):
            if (m := _compiled(source).match(text, at)) is not None:
                signed(m)
    for code, source in _CODE_MONEY.items():
        end = 0  # a code inside the previous match is part of it, as ``finditer`` would skip it
        regex = _compiled(source) if code in capitals else None
        for at in capitals.get(code, ()):
            m = regex.match(text, at) if regex and at >= end else None
            if m is None and code == "EUR" and at >= max(end, 1) and text[at - 1] in "kKM":
                m = _compiled(_PREFIXED_CODE_MONEY).match(text, at - 1)  # "kEUR 500", "MEUR 5"
            if m is not None:
                signed(m)
                end = m.end()
    u_places = [m.start() for m in _U_PLACES.finditer(text)]
    if "ƒ" in text or any(text.startswith("lden", at + 1) for at in u_places):
        # "fl." signs guilders in a text that names them ("gulden", "ƒ") elsewhere
        fl = [
            at - 1 if at and text[at - 1] in "HhDd" else at
            for at in map(re.Match.start, _FL_PLACES.finditer(text))
        ]
        for m in matches_at(_compiled(_FL_MONEY), text, fl) if fl else ():
            signed(m)
    for at in chain(u_places, capitals.get("URO", ())):
        if (
            text[at + 3 : at + 4] in (" ", "\xa0")  # (before most "euro" stands a figure)
            and text[at + 4 : at + 5].isdigit()
            and at
            and text[at - 1] in "eE"
            and text.startswith(("ro", "RO"), at + 1)
        ):
            m = _compiled(_WORD_EURO_MONEY).match(text, at - 1)
            if _SCALE_BEFORE_EURO.search(text, max(0, at - 24), at - 1):
                continue  # "in miljoen euro 1.250": the unit of the figures, no sign
            if m is not None and m.group("list") is None:  # (a list's items would each
                signed(m)  # read the word as their unit: found from the unit, without it)
    for m in matches_at(BETWEEN_MONEY, text, u_places):
        if not m.start() or not _TUSSEN.match(text, m.start() - 1, m.start()):
            continue
        if _one_range(m.group("range")):
            found.append((m.start("range"), m.end("range"), "between"))
    covered = 0
    big_units = []
    holder_of = _holder(_sure_to_win(found, plain))
    reached = 0  # the end of the amounts found from anchors so far
    anchors = _anchors(text, capitals, u_places)
    for index, (start, end, big) in enumerate(anchors):
        if big and start and text[start - 1] in "MmBb":
            big_units.append((start, end))
        if start < covered:
            continue
        stop = end + _AFTER_ANCHOR
        holder = holder_of(start, end)
        if (
            holder is not None
            and reached <= holder[0]
            and _EXTENDS.match(text, holder[1], stop) is None
        ):
            # the unit of an amount with a sign ("miljoen" of "€ 5 miljoen"): a search from
            # it finds that amount read without its sign, which loses to it, and ends where
            # it ends (nothing after it lengthens what is read, ``_EXTENDS``)
            covered = holder[1]
            continue
        m = _num_money(text, max(covered, start - _BEFORE_ANCHOR), stop)
        while m is not None and m.end() < end:
            # an amount before this anchor's, its unit no anchor ("€ 300 MLN UIT. De ...
            # 300 miljoen"): the window goes on past it
            m = _num_money(text, m.end(), stop)
        if m and m.start() >= end and index + 1 < len(anchors) and anchors[index + 1][0] < m.end():
            # an amount after this anchor (a currency word its amount did not take: "42
            # miljard Canadese dollar; dat is 1,2 miljard Amerikaanse dollar") is found from
            # its own anchor, whose window does not cut off its currency
            continue
        if m and m.end() >= end and _year_then_sign(m.group()):
            covered = m.end()  # "prijspeil 2024 €": a year, then a euro sign
        elif m and m.end() >= end:
            begin = m.start()
            if _THREE_DIGITS.match(text, begin):  # "1 200 miljoen euro": space thousands
                head = _SPACED_HEAD.search(text, max(covered, begin - 40), begin)
                begin = head.start() if head else begin
            found.append((begin, m.end(), "bare" if m.group("bare") else "euro"))
            covered = reached = m.end()
        elif text.startswith("uro", start) and _may_be_thousands(
            text, lo := max(covered, start - 41), start - 1
        ):
            words = _THOUSANDS_BEFORE.search(text, lo, start - 1)
            spoken = "".join(words.group("w").split()) if words else "honderd"
            begin, spoken = _unwrapped(text, words.start(), spoken) if words else (0, spoken)
            if spoken.lower() != "honderd" and word_number(spoken) is not None:
                cut = _WORD_RANGE_BEFORE.search(text, max(0, begin - 40), begin)
                if cut is not None and (cut.group("cut") or cut.group("comma")):
                    # "vijf- à zesduizend euro": the cut word shares the tail (a whole word
                    # before it, "vijf à zesduizend", says no one scale of its own)
                    begin = _word_range_start(text, begin, spoken)
                found.append((begin, end, "euro"))  # "vijfduizend euro"
                covered = reached = end
            elif (alone := _ROUND_BEFORE.search(text, lo, start - 1)) and _round_sum(text, alone):
                found.append((alone.start("w"), end, "euro"))  # "honderd euro"
                covered = reached = end
    for start, end in big_units:
        unit = start - 1  # the "m" or "b" before "iljoen"
        if not text[max(0, unit - 40) : unit].rstrip(" \t\xa0\r\n")[-1:].isalpha():
            continue  # a number in words ends in a letter; most units follow a figure
        glued = unit and text[unit - 1].isalpha()
        before = _GLUED_WORD if glued else _WORD_BEFORE
        word = before.search(text, max(0, unit - 40), unit)
        if word is None:
            continue
        begin, upper = _unwrapped(text, word.start(), word.group("w"))
        if word_number(upper) is None:
            # "Die kwart miljard": a fraction alone after a word that is no number
            fraction = _FRACTION_WORD.fullmatch(word.group("w"))
            if fraction is None or word_number(fraction.group("before") or "-") is not None:
                continue  # (nor after a number word: "drie half miljard" is no half)
            begin += fraction.start("f") if fraction.group("f") else fraction.start("half")
        whole = _DECIMAL_BEFORE.search(text, max(0, begin - 40), begin)
        if whole is not None and word_number(whole.group("w")) is not None:
            begin = whole.start()  # "drie komma vier miljard", no lower group after it
        elif _VAGUE_BEFORE.search(text, max(0, begin - 20), begin):
            continue
        else:
            end = _lower_groups(text, end)
            begin = _word_range_start(text, begin, upper)
            if word_number(upper) == 1 and _counted(about := _OR_SO.match(text, end)):
                end = about.end()  # "een miljoen of vijf": about five million
        currency = _CURRENCY_AFTER.match(text, end)
        kind = "bare" if currency is None else "euro"
        found.append((begin, currency.end() if currency else end, kind))
    found.extend(_compounds(text))
    found.extend(_min_max(text, found))
    found.sort(key=lambda f: (f[0], -f[1], f[2] != "between"))  # "tussen" makes a range
    last_end = -1
    for start, end, kind in found:
        if start >= last_end:
            if kind in ("euro", "bare") and _AFTER_SLASH.search(text, max(0, start - 2), start):
                kind = "ambiguous"  # "1/3 miljard": a fraction, or "12/14 miljoen" a series?
            elif kind in ("euro", "bare") and _AFTER_FRACTION_MARK.search(
                text, max(0, start - 6), start
            ):
                kind = "ambiguous"  # "¼ à ½ mld": a range read as its upper bound alone
            if kind in ("eur", "euro", "bare"):
                left = _LEFT_AFTER.match(text, end) if _may_be_left(text, end) else None
                upper = _UPPER_LEFT.match(text, end) if left is None else None
                # (each bound of "5 miljoen à 3 miljoen" prints its own scale)
                if upper is not None and not printed_scale(
                    text[start:end]
                ):  # "€ 5 à 6 m": the range's scale is no one scale
                    left = _AMBIGUOUS_AFTER.match(text, upper.end()) or _LEFT_AFTER.match(
                        text, upper.end()
                    )
                if left is not None:  # "5 EUR mln", "€ 5 mln dollar": which is it?
                    kind, end = "ambiguous", left.end()
            yield start, end, kind
            last_end = end


# The lower bound of a range in words before its upper bound's number word: a number word
# ("twee à drie miljard"), or one cut short by a hyphen that shares the upper bound's tail
# ("zes- à zevenhonderd miljoen": zeshonderd, "twee- tot driehonderd miljoen"; "zes-,
# zevenhonderd", a comma after the cut word for "or", as speech is recorded).
_WORD_RANGE_BEFORE = re.compile(
    r"(?<![\w\-])(?P<w>[^\W\d_]+)(?:(?P<cut>-)?[ \t\xa0]+(?:à|á|a|tot)|-(?P<comma>,))"
    r"[ \t\xa0]+\Z"
)
# The text between a number word cut short and its range's upper bound ("zes-, zeven...").
_CUT_COMMA = re.compile(r",[ \t\xa0]+")
_SHARED_TAILS = ("honderd", "duizend")


def _elided(head: str, upper: str) -> Decimal | None:
    """The value of ``head``, a number word cut short before a hyphen, completed with the
    tail of the number word ``upper`` after its own head ("zes-" before "zevenhonderd":
    zeshonderd), or None when ``upper`` has no such tail."""
    folded = upper.lower()
    for tail in _SHARED_TAILS:
        at = folded.find(tail)
        if at > 0 and word_number(folded[:at]) is not None:
            return word_number(head.lower() + folded[at:])
    return None


def _unwrapped(text: str, begin: int, word: str) -> tuple[int, str]:
    """Where the number word ``word`` at ``begin`` starts, and the whole word, when a PDF's
    text wrapped it at a hyphen at a line's end ("twee-⏎honderdvijftig miljoen": 250
    million, not 150); else ``begin`` and ``word``."""
    window = max(0, begin - 40)
    if "-" not in text[window:begin]:  # most words: no hyphen before them
        return begin, word
    head = _WRAPPED_HEAD.search(text, window, begin)
    if head is None or word_number(head.group("w") + word) is None:
        return begin, word
    return head.start(), head.group("w") + word


def _word_range_start(text: str, begin: int, upper: str) -> int:
    """Where an amount in words starting at ``begin`` with the number word ``upper`` starts
    with the lower bound of a range printed before it (``_WORD_RANGE_BEFORE``), below it."""
    if not text[max(0, begin - 5) : begin].rstrip(" \t\xa0").endswith(("à", "á", "a", "tot", "-,")):
        return begin  # most amounts in words: no range mark before them
    lower = _WORD_RANGE_BEFORE.search(text, max(0, begin - 40), begin)
    if lower is None:
        return begin
    high = word_number(upper)
    cut = lower.group("cut") or lower.group("comma")
    low = _elided(lower.group("w"), upper) if cut else word_number(lower.group("w"))
    return lower.start() if low is not None and high is not None and low < high else begin


#: Nouns that name a sum of money, each as (singular, plural); a noun without a singular
#: ("kosten") gives its plural twice. The one list of money nouns: the heads of compounds
#: holding an amount (``_COMPOUND_HEADS``) and the money named after an amount
#: (``MONEY_AFTER_AMOUNT``).
MONEY_NOUNS: tuple[tuple[str, str], ...] = (
    ("bezuiniging", "bezuinigingen"), ("ombuiging", "ombuigingen"), ("besparing", "besparingen"),
    ("korting", "kortingen"), ("pakket", "pakketten"), ("investering", "investeringen"),
    ("impuls", "impulsen"), ("fonds", "fondsen"), ("subsidie", "subsidies"), ("steun", "steun"),
    ("tekort", "tekorten"), ("bijdrage", "bijdragen"), ("budget", "budgets"),
    ("budget", "budgetten"), ("lening", "leningen"), ("krediet", "kredieten"),
    ("injectie", "injecties"), ("schade", "schades"), ("boete", "boetes"), ("claim", "claims"),
    ("overschot", "overschotten"), ("meevaller", "meevallers"), ("tegenvaller", "tegenvallers"),
    ("strop", "stroppen"), ("uitgave", "uitgaven"), ("kosten", "kosten"),
    ("heffing", "heffingen"), ("belasting", "belastingen"), ("premie", "premies"),
    ("garantie", "garanties"), ("compensatie", "compensaties"), ("reserve", "reserves"),
    ("deal", "deals"), ("order", "orders"), ("contract", "contracten"),
    ("begroting", "begrotingen"), ("envelop", "enveloppen"), ("bedrag", "bedragen"),
    ("financiering", "financieringen"), ("regeling", "regelingen"), ("last", "lasten"),
    ("inkomst", "inkomsten"), ("ontvangst", "ontvangsten"), ("opbrengst", "opbrengsten"),
    ("baat", "baten"), ("middel", "middelen"), ("geld", "gelden"), ("schuld", "schulden"),
    ("toeslag", "toeslagen"), ("accijns", "accijnzen"), ("tarief", "tarieven"),
    ("euro", "euros"), ("euro", "euro's"), ("euro", "euro’s"), ("dividend", "dividenden"),
    ("salaris", "salarissen"), ("loon", "lonen"), ("bonus", "bonussen"), ("prijs", "prijzen"),
)  # fmt: skip
#: The plurals among them that count things when printed after a bare "N miljoen" ("2
#: miljoen pakketten", "orders", "contracten", "prijzen"): only as a compound's head do they
#: name a sum ("een 300-miljoenorder", what it is worth).
_COUNTED_PLURALS = frozenset(
    {"pakketten", "claims", "deals", "orders", "contracten", "begrotingen", "enveloppen"}
    | {"regelingen", "prijzen"}
)
#: The money nouns that name money when printed after a bare amount ("5 miljoen subsidies",
#: "300 miljoen BDU-middelen"), as a pattern: their plurals that count no things, and their
#: singulars ending in "s", which read as plurals by their form ("Twee miljard bouwimpuls",
#: "een fonds", "een bonus").
MONEY_AFTER_AMOUNT = "(?:{})".format(
    "|".join(
        re.escape(word)
        for word in dict.fromkeys(
            [
                *(plural for _s, plural in MONEY_NOUNS if plural not in _COUNTED_PLURALS),
                *(singular for singular, _p in MONEY_NOUNS if singular.endswith("s")),
            ]
        )
    )
)


# An amount inside a compound noun whose head is a sum of money (``MONEY_NOUNS``): the
# figure and its scale word joined by a hyphen to each other or to the head ("de
# 1,5-miljardbezuiniging", "het 300-miljoenpakket", "het 300 miljoen-pakket", "de €
# 2-miljardinvestering", "de 2-miljardschuld"); the quote ends at the scale word. A head
# that is no money counts ("1-miljoenbanenplan"), or the word is an ordinal ("de
# 17-miljoenste inwoner") or plural ("een 2-miljardenoperatie"): none.
_COMPOUND_HEADS = tuple(dict.fromkeys(singular for singular, _plural in MONEY_NOUNS))
# (found from the hyphen, a literal the engine skips to: after the figure, or after the scale
# word; the figure before it is read by ``_COMPOUND_FIGURE``)
_COMPOUND_AT = re.compile(
    r"-(?:(?<=\d-)(?P<unit>(?i:miljoen|miljard))-?"
    r"|(?<=[\d \xa0][mM]iljoen-)|(?<=[\d \xa0][mM]iljard-))"
    rf"(?=(?i:{'|'.join(_COMPOUND_HEADS)}))"
)
_COMPOUND_FIGURE = re.compile(rf"(?:(?P<sign>€)[ \xa0]?)?(?P<n>{NUMBER})[ \xa0]?\Z")


def _compounds(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of the amounts inside compound nouns (``_COMPOUND_AT``): "eur"
    after a euro sign, else "compound" (money, its currency printed elsewhere)."""
    for m in _COMPOUND_AT.finditer(text) if "-" in text else ():
        if m.group("unit"):  # "300-miljoenpakket": the figure before the hyphen
            figure_end, end = m.start(), m.end("unit")
        else:  # "300 miljoen-pakket": the figure before the scale word
            figure_end, end = m.start() - len("miljoen"), m.start()
        figure = _COMPOUND_FIGURE.search(text, max(0, figure_end - 30), figure_end)
        if figure is not None and (figure.group("sign") or figure.start() == figure.start("n")):
            yield figure.start(), end, "eur" if figure.group("sign") else "compound"


def unfolded(folded: str) -> bool:
    """Whether lower-cased text holds a letter that a pattern ignoring case matches as "i" or
    "s" but ``str.lower`` does not fold to it: dotless "ı", long "ſ", or the dot "İ" leaves.
    A substring test on lower-cased text that stands in for such a pattern must then leave
    the decision to the pattern."""
    return "\u0131" in folded or "\u017f" in folded or "\u0307" in folded


def _may_declare(window: str) -> bool:
    """Whether ``window`` may end in a ``_DECLARES`` match: "x", "in" or "per", or a sign
    after them, ends it; before most amounts stands another word."""
    folded = window.rstrip().lower()
    return folded.endswith(_DECLARING) or unfolded(folded)


def _declares_unit(text: str, start: int, end: int, quote: str) -> bool:
    """Whether the figure at ``start`` is a unit declaration ("(in € 1 000)", "x € 1 mln.")."""
    begin = max(0, start - 16)
    if not _may_declare(text[begin:start]):
        return False
    word = _DECLARES.search(text, begin, start)
    if word is None:
        return False
    numbers = _numbers(quote)
    if len(numbers) != 1 or numbers[0][0] not in _ONE:
        return False
    # "x", "×" and "*" always multiply a unit; "in" and "per" only when the figure closes
    # the note ("(in € 1 000)", "Bedragen in EUR 1.000" at the end of a line) or follows
    # "bedragen" ("Bedragen in € 1.000 en lopende prijzen").
    if word.group("times") is not None or _NOTE_CLOSES.match(text, end):
        return True
    return _AMOUNTS_WORD.search(text, max(0, start - 40), start) is not None


#: How an amount in figures may start with a letter: a code, or a prefix glued to the currency.
_PREFIXED_STARTS = (*_CODES, "k€", "K€", "M€", "kEUR", "KEUR", "MEUR")


# The word "min" or "minus" before a figure or its currency sign: its minus sign, as spoken
# and in news ("het saldo is min 300 miljoen", "minus € 1,2 mld"); "min." (minister,
# minuten), a word ending in "min" and "plus minus", "plus of min" (about) are none.
_WORD_MINUS = re.compile(
    r"(?<![\w\-/.])(?<![Pp]lus[ \xa0])(?<![Pp]lus[ \xa0]of[ \xa0])[Mm]in(?:us)?[ \xa0]+\Z"
)
# The word in a quote: before a figure or its sign, the spaces of justified text between
# them or not ("min  €  12  miljoen"), or before a number in words ("min zevenhonderd
# miljoen", as spoken).
_QUOTE_MINUS = re.compile(rf"[Mm]in(?:us)?[ \xa0]+(?=(?:{_SYMBOL}[ \xa0]*)?\d|[^\W\d_]+[ \t\xa0])")


def _signed_start(text: str, start: int, previous_end: int) -> int:
    """Where an amount starts, a minus sign printed before it included ("-5 miljoen euro",
    "-/- € 12 miljoen", "min zevenhonderd miljoen")."""
    begin = max(0, previous_end, start - 16)
    # (no dash signs a number in words; the word "min" may, below)
    in_words = text[start : start + 1].isalpha() and not text.startswith(_PREFIXED_STARTS, start)
    if not in_words and _minus_in(text[begin:start]):
        sign = _LEADING_SIGN.search(text, begin, start)
        if sign is not None:
            return next(
                sign.start(name) for name in ("glued", "explicit", "spaced") if sign.group(name)
            )
    # (a dash elsewhere in the words before, "het EMU-saldo is min € 300 mln", is no sign)
    if text[begin:start].rstrip(" \xa0").endswith(("min", "Min", "minus", "Minus")):
        word = _WORD_MINUS.search(text, begin, start)  # "levert min 300 miljoen op"
        return start if word is None else word.start()
    return start  # most amounts: no minus sign of any kind before them


def _glued_split(text: str, start: int, head: str, items: int) -> bool:
    """Whether "€ 8,10 en 10 miljoen" lists 8 and 10: only when "respectievelijk" pairs the
    items with years printed before it, and there is one year more than items as printed."""
    if not _RESPECTIVELY.search(text, max(0, start - 40), start):
        return False
    window = text[max(0, start - 300) : start]
    ends = [m.end() for m in _CLAUSE_END.finditer(window)]
    years = set(_YEAR_TOKEN.findall(window[ends[-1] if ends else 0 :]))
    return len(years) == items + 1 and _GLUED_LIST.match(head) is not None


def _list_items(text: str, start: int, end: int) -> Iterator[MoneyMatch]:
    """The items of "€ 8, 10 en 10 miljoen", each quoted alone with the unit they share."""
    head = text[start:end]
    numbers = _numbers(head)
    split: list[tuple[Decimal, int, int]] = []
    for value, offset, stop in numbers:
        token = head[offset:stop]
        glued = _GLUED_LIST.match(token)
        if glued and _glued_split(text, start, token, len(numbers)):
            comma = offset + len(glued.group(1))
            split.append((Decimal(glued.group(1)), offset, comma))
            split.append((Decimal(glued.group(2)), comma + 1, stop))
        else:
            split.append((value, offset, stop))
    scale = printed_scale(head) or "units"
    unit = _UNIT_TOKEN.search(head, split[-1][2])
    currency = currency_of(head)
    full = _FULL_FIGURE.fullmatch(head, split[-1][1], split[-1][2]) is None
    for index, (_value, offset, stop) in enumerate(split):
        last = index == len(split) - 1
        begin = start if index == 0 else start + offset
        finish = end if last else start + stop
        quote = text[begin:finish]
        own = None if last else printed_scale(quote)  # "k€ 500 en € 5 mio.": its own scale
        if not (last or own) and full and _FULL_FIGURE.fullmatch(head, offset, stop):
            own = "units"  # "€ 300.000 en € 1,5 miljoen": a full figure is in euros
        amount, _ = parse_quote(quote, own or scale)
        scale_at = None if last or own or unit is None else start + unit.start()
        yield MoneyMatch(
            begin, finish, quote, amount, None, own or scale, False, currency, scale_at
        )


def _items_before(text: str, match: MoneyMatch, previous_end: int) -> list[MoneyMatch]:
    """The items of a list printed without a sign before the amount ``match`` whose unit
    they share: "2, 3 en 4 miljoen euro", "1,6, 1,8 en 1,9 miljard", "20 en 30 miljoen",
    "3,65 / 3,72 / 3,79 mln".
    No items when a number before "en" is a year, or prints its thousands (a full figure,
    not a count of the unit: "300.000 en 1,5 miljoen euro" holds no list)."""
    lo = max(previous_end, match.start - 80)
    before = text[lo : match.start].rstrip(" \t\xa0")
    if not before.endswith((" en", " of", " /")):
        return []  # most amounts: no "en" right before them
    found = (_SLASHED_BEFORE if before[-1] == "/" else _LIST_BEFORE).search(text, lo, match.start)
    unit = _UNIT_TOKEN.search(text, match.start, match.end)
    if found is None or unit is None or unit.lastgroup == "dash":
        return []
    figures = list(_NUM_TOKEN.finditer(found.group("items")))
    if any(_YEAR_LIKE.fullmatch(m.group()) or _FULL_FIGURE.fullmatch(m.group()) for m in figures):
        return []
    begin = found.start("items")
    items = []
    for m in figures:
        quote = m.group()
        amount, _ = parse_quote(quote, match.scale)
        items.append(
            MoneyMatch(begin + m.start(), begin + m.end(), quote, amount, None, match.scale,
                       match.bare, match.currency, unit.start())
        )  # fmt: skip
    return items


def _ranges_and_rates(
    text: str, scan: Iterator[tuple[int, int, str]], rejected: list[tuple[int, str]] | None
) -> Iterator[tuple[int, int, str]]:
    """The scan with two signed amounts of one currency joined by a range mark made one range
    ("van € 8 tot € 57", "€ 350.000 à € 400.000": the pattern takes an upper bound with its
    own sign only where a unit follows it), and with an exchange rate left out ("1 USD =
    0,92 EUR": two amounts of one unit each, no sum of money)."""
    pending: tuple[int, int, str] | None = None
    for found in scan:
        if pending is None:
            pending = found
            continue
        (start, end, kind), (after, stop, next_kind) = pending, found
        # (the text between the two, matched in place: it may run for pages)
        if (
            kind == next_kind == "eur"
            and _SIGNED_RANGE.fullmatch(text, end, after)
            and not _CHANGE_BY.search(text, max(0, start - 30), start)
        ):
            joined, low_quote, high_quote = text[start:stop], text[start:end], text[after:stop]
            if (
                _currencies(joined) == {currency_of(low_quote)}
                # two single amounts (a range already joined is no bound of another)
                and len(_NUM_TOKEN.findall(low_quote)) == len(_NUM_TOKEN.findall(high_quote)) == 1
                and _scaled_alike(low_quote, high_quote)
                and text[start] in _SIGN_FIRST
                and text[after] in _SIGN_FIRST
            ):  # one currency, printed alike ("€ 8 tot € 57"), no "k€" or "M€"
                low, high = parse_quote(joined)
                if high is not None and high >= low:
                    pending = (start, stop, "eur")
                    continue
        if _RATE.fullmatch(text, end, after) and _one_unit(text[start:end]):
            if rejected is not None:
                rejected.append((start, f"'{text[start:stop]}': an exchange rate, not stored"))
            pending = None
            continue
        if (
            _RATE_FOR.fullmatch(text, end, after)
            and _one_unit(text[after:stop])
            and currency_of(text[after:stop]) not in (None, currency_of(text[start:end]))
        ):  # "ƒ 2,20371 voor 1 euro": the rate's value is kept, its unit is no amount
            if rejected is not None:
                rejected.append((after, f"'{text[after:stop]}': the unit of an exchange rate"))
            continue
        yield pending
        pending = found
    if pending is not None:
        yield pending


def _scaled_alike(low: str, high: str) -> bool:
    """Whether two signed amounts print one scale, or each its own scale word ("€ 800 mln tot
    € 1 mld": a range over two scales, each bound read in its own); a scale word at one bound
    only ("€ 5 mln tot € 57") says nothing of the other's."""
    low_scale, high_scale = printed_scale(low), printed_scale(high)
    return low_scale == high_scale or (
        low_scale not in (None, "units") and high_scale not in (None, "units")
    )


def _one_unit(quote: str) -> bool:
    """Whether the quote says one unit of its currency ("1 USD", "€ 1"): a rate's left side."""
    numbers = _numbers(quote)
    return len(numbers) == 1 and numbers[0][0] == 1 and printed_scale(quote) in (None, "units")


def find_money(text: str, rejected: list[tuple[int, str]] | None = None) -> Iterator[MoneyMatch]:
    """Every money amount in ``text``, in order; list items sharing one unit come one by one.

    Bare amounts ("300 miljoen", no sign and no currency word) are yielded with
    ``bare=True``: the caller decides from the neighbouring words whether they count money
    or people, and in what currency. Unit declarations are skipped; amounts beyond
    ``MAX_ABS_AMOUNT``, and amounts whose printed scale is ambiguous ("€ 5 m", "€ 2 bln",
    "m€ 5"), are skipped and, when ``rejected`` is given, reported in it as (offset, reason).
    """
    last_end = 0
    for start, end, kind in _ranges_and_rates(text, _scan(text), rejected):
        last_end, previous_end = end, last_end
        quote = text[start:end]
        if _declares_unit(text, start, end, quote):
            continue
        if kind == "foreign":
            if rejected is not None:
                rejected.append(
                    (start, f"amount {' '.join(quote.split())!r}: a currency with no code here "
                            "(another country's dollar or yen): not stored")
                )  # fmt: skip
            continue
        if kind == "ambiguous":
            if rejected is not None:
                rejected.append(
                    (start, f"amount {' '.join(quote.split())!r}: its scale, currency or decimal "
                            "point is ambiguous (miljoen or metre, billion or biljoen, milli or "
                            "mega, decimal point or thousands, two units): not stored")
                )  # fmt: skip
            continue
        if _leading_zero(quote):
            if rejected is not None:
                rejected.append(
                    (start, f"amount {' '.join(quote.split())!r}: a figure with a leading zero is "
                            "a reference or code (a kenmerk, a dossier number), not stored")
                )  # fmt: skip
            continue
        if _ungrouped_count(quote):
            if rejected is not None:
                rejected.append(
                    (start, f"amount {' '.join(quote.split())!r}: seven digits or more without "
                            "groups before a scale word are a reference or code, not stored")
                )  # fmt: skip
            continue
        if "," in quote and _one_comma_group(quote):
            if rejected is not None:
                rejected.append(
                    (start, f"amount {' '.join(quote.split())!r}: a comma before three digits and "
                            "no scale word, Dutch decimals or English thousands: not stored")
                )  # fmt: skip
            continue
        if kind == "list":
            items = list(_list_items(text, start, end))
            if _too_large(items, rejected):
                continue
            yield from items
            continue
        start = _signed_start(text, start, previous_end)
        quote = text[start:end]
        plain = _plain_reading(quote)
        if plain is not None:
            scale, currency, amount, amount_max = plain
        else:
            scale = printed_scale(quote) or "units"  # "€ 80.100.000": the sign makes it units
            currency = currency_of(quote)
            amount, amount_max = _value(quote, scale)
        found = []
        origin = (
            _FROM_AMOUNT.search(text, max(0, start - 40), start)
            if kind == "euro" and _may_come_from(text, start)
            else None
        )
        if (
            origin
            and origin.start("n") >= previous_end
            and not _YEAR_LIKE.fullmatch(origin.group("n"))
        ):
            # "van ruim 38.000 naar 42.000 euro": the first number shares the second's unit.
            first = origin.group("n")
            value, _ = parse_quote(first, scale)
            found.append(
                MoneyMatch(origin.start("n"), origin.end("n"), first, value, None, scale, False,
                           currency)
            )  # fmt: skip
        bare = kind == "bare"
        money = MoneyMatch(start, end, quote, amount, amount_max, scale, bare, currency)
        if not found and amount_max is None and kind in ("euro", "bare"):
            found.extend(_items_before(text, money, previous_end))
        found.append(money)
        if not _too_large(found, rejected):
            yield from found


def _leading_zero(quote: str) -> bool:
    """Whether the quote's first figure starts with a zero before another digit
    ("0000123456 mln" of a letter's kenmerk): no amount is printed so ("€ 0,5 mln" is).
    (Most quotes hold no zero at all: the figure is not read then.)"""
    if "0" not in quote:
        return False
    first = _NUM_TOKEN.search(quote)
    return first is not None and first.group()[:1] == "0" and first.group()[1:2].isdigit()


_UNGROUPED = re.compile(r"(?<![\d.,])\d{7,}(?![\d.,])")


def _ungrouped_count(quote: str) -> bool:
    """Whether the quote counts its scale word of millions or more with a figure of seven
    digits or more printed without groups ("33344211 mln.", a letter's reference number
    over the next line's scale word): no count of millions is printed so."""
    return _UNGROUPED.search(quote) is not None and printed_scale(quote) in (
        "mln",
        "mld",
        "biljoen",
    )


def _one_comma_group(quote: str) -> bool:
    """Whether a quote prints a figure with one comma group of three digits and no scale
    word (``_ONE_COMMA_GROUP``)."""
    return _ONE_COMMA_GROUP.search(quote) is not None and _UNIT_TOKEN.search(quote) is None


def _too_large(found: list[MoneyMatch], rejected: list[tuple[int, str]] | None) -> bool:
    """Whether any of ``found`` is beyond ``MAX_ABS_AMOUNT``, reported in ``rejected``."""
    for m in found:
        if abs(m.amount_eur) > MAX_ABS_AMOUNT or abs(m.amount_eur_max or 0) > MAX_ABS_AMOUNT:
            if rejected is not None:
                rejected.append(
                    (m.start, f"amount {' '.join(m.quote.split())!r} reads as {m.amount_eur:,}, "
                              "beyond any budget: not stored")
                )  # fmt: skip
            return True
    return False


def _dutch_number(value: Decimal) -> str:
    sign = "-" if value < 0 else ""
    value = abs(value)
    whole, _, frac = f"{value.normalize():f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return sign + grouped + ("," + frac if frac else "")


def format_dutch(amount_eur: int, scale: str, style: str = "symbol") -> str:
    """Write ``amount_eur`` the way Dutch budget texts do, in ``scale``.

    Styles: "symbol" gives "€ 75,5 mln." (or "€ 1.000,-" in units), "words" gives
    "75,5 miljoen euro". Used by property tests: ``parse_quote(format_dutch(a, s)) == (a, None)``.
    """
    value = Decimal(amount_eur) / FACTORS[scale]
    number = _dutch_number(value)
    if style == "words":
        word = {
            "units": "",
            "duizend": "duizend ",
            "mln": "miljoen ",
            "mld": "miljard ",
            "biljoen": "biljoen ",
        }[scale]
        return f"{number} {word}euro"
    suffix = {
        "units": ",-",
        "duizend": " duizend",
        "mln": " mln.",
        "mld": " mld.",
        "biljoen": " biljoen",
    }[scale]
    return f"€ {number}{suffix}"
