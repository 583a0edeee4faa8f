"""The pattern pieces of a printed money amount, and the whole-text money regexes built from them.

A quote is a currency (sign, code, word or mark), a number as the documents print it
("75,5", "1.000", "1 000"), a sign, a scale word or abbreviation ("mln.", "miljard", "bn",
"k€"), and for a range a second number after "à", "tot" or "-". These fragments are shared
by the whole-text scan (``money_scan``), the quote reader (``money_quotes``) and the currency
names (``money_currencies``), so that all read the same grammar: ``EUR_MONEY``, ``NUM_MONEY``,
``BETWEEN_MONEY`` and their kind are compiled here once, at import.
"""

from __future__ import annotations

import re

# White space inside an amount: spaces, NBSP, the narrow no-break and thin spaces of typeset
# and Word-to-HTML texts (U+202F, U+2009: "€ 412 000" so printed), and line breaks with up to
# two blank lines.
W = r"[ \t\xa0\u202f\u2009]*(?:\r?\n[ \t\xa0\u202f\u2009]*){0,3}"
# Where a sentence ends, as the money patterns that read an amount's sentence find it in the
# text around the amount (no text model at hand there): a stop before a line's end or before a
# capital, or a blank line. ("mln. tot" and "14,05" go on the sentence.)
SENTENCE_STOP = re.compile(r"[.!?;][ \t\xa0]*(?:\n|[ \t\xa0](?=[A-Z]))|\n[ \t\xa0]*\n")
# The gap between two words of a phrase: spaces, or a line's end and the next line's indent
# (a text wraps its lines anywhere, an equation too: "1 dollar⏎= 0,92 euro"), never a blank
# line, which ends a paragraph.
WORD_GAP = r"(?:[ \t\xa0]*\r?\n[ \t\xa0]*|[ \t\xa0]+)"
# A word of degree before a figure, which leaves it the figure it is ("van ruim € 38 naar
# circa € 42 miljoen", "tussen ongeveer € 2 en bijna € 3 miljard"): an estimate, a rough
# or a mean level ("van gemiddeld 8 naar 13 miljoen euro", "van zo'n € 40 naar € 55 mln").
# A bound ("maximaal", "minimaal") is none: in a change or a range it says what the figure
# is a limit of, and the readers that accept one name it beside these.
ROUGHLY_WORDS = ("ruim", "circa", "ca.", "ongeveer", "bijna", "gemiddeld", "zo'n", "zo’n")
ROUGHLY = "(?i:" + "|".join(map(re.escape, ROUGHLY_WORDS)) + ")"
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
_SCALE_AHEAD = (
    r"(?=[ \xa0]?(?i:mln|miljoen|milj|mljn|mlj|mio|mld|mlrd|mrd|miljard|mia|bn|biljoen|million"
    r"|billion|trillion)(?![^\W\d¹²³⁴⁵⁶⁷⁸⁹⁰]))"
)
_POINT_SCALE = rf"(?:{_SCALE_AHEAD}|(?=(?i:m|k)(?![\w\-/]|\.\w)))"
# "1/2", "1/4" and "3/4", as a typewriter or an ASCII text prints "½", "¼" and "¾" ("ƒ 2 1/2
# mld.", "f 3/4 mld.", "ƒ 1/2 miljard" in Handelingen of the 1990s): that fraction, after a
# whole figure and a space or alone, where a scale word follows. Any other slash between
# figures (a third? "€ 12/14 miljoen", a series of years' amounts?) is no number here
# (``AFTER_SLASH``; ``money_scan._AMBIGUOUS_AFTER`` refuses it).
_TYPED_FRACTION = r"(?:1/[24]|3/4)"
NUMBER_REST = (
    rf"(?:\d{{0,2}}(?:,\d{{3}}){{2,}}(?!\d|,\d)|\d{{0,2}}\.\d{{1,2}}{_POINT_SCALE}"
    r"|\d{0,2}(?:['’]\d{3})+(?![\d'’])"
    rf"|(?<=[13])/[24](?<!3/2){_SCALE_AHEAD}"
    r"|\d{0,2}(?:\.\d{3})+(?!\d)(?:,\d+)?[½¼¾]?"
    rf"|\d*(?:[ \xa0]{_TYPED_FRACTION}{_SCALE_AHEAD}|(?:,\d+)?[½¼¾]?))"
)
# A code of the commonest currencies glued to the figures ("EUR12m", as a news item prints
# "€12m") starts a number as the sign would; so does the underscore opening Markdown's
# emphasis ("_2 miljard euro_"), but not one glued to a word ("kst_300", a name's part).
# Atomic: once read, a number is not split again ("8,10" stays one), so a failing match
# backtracks in linear, not exponential, time over a long run of numbers. The first digit
# stands outside the atomic group so that a pattern starting with a number starts with a
# digit class, which the engine skips to in C instead of trying the pattern at every
# character of a window.
NUMBER = rf"\d(?:(?<![^\W_ƒ]\d)(?<![^\W_]_\d)|(?<=(?-i:EUR|USD|GBP)\d))(?<![.,]\d)(?>{NUMBER_REST})"
# A unit may carry a glued footnote mark ("miljoen2", "miljoen³"), never more letters
# ("miljoenennota"). Superscript digits are word characters to the regex engine, not \d; so
# is the underscore, which closes Markdown's emphasis ("_€ 150 miljoen_" of a web page's
# text) and is no letter of a word.
END = r"(?![^\W\d_¹²³⁴⁵⁶⁷⁸⁹⁰]|-)"
# Scale words after a number: the Dutch words and abbreviations ("milj." of news and older
# texts too; "mljn" and "mlrd", the consonants of "miljoen" and "miljard", as CPB notes and
# Flemish texts print them), the "mio." of German and EU texts and the "mia" of Flemish
# ones, and the English "million", "billion" (10^9, never a Dutch word), "trillion" and "bn"
# ("bln" may be a Dutch "biljoen" and is refused, see ``_AMBIGUOUS_AFTER``).
# A scale word broken at a line's end by a hyphen ("300 mil-⏎joen euro") is the word; so is
# one holding a soft hyphen (HTML's "&shy;", invisible in a browser: "mil\xadjoen").
BROKEN = r"mil(?:[\-\xad][ \t\xa0]*\r?\n[ \t\xa0]*|\xad)j(?:oen|ard)"
_SCALE_WORDS = (
    r"mln\.?|miljoen|milj\.?|mljn\.?|mlj\.?|mio\.?|mld\.?|mlrd\.?|mrd\.?|miljard|mia\.?|bn\.?"
    r"|biljoen"
    rf"|million|billion|trillion|{BROKEN}"
)
# (Each list of words ignoring case here is opened by the class of its words' first letters
# in both cases: the regex engine tries words ignoring case one by one, without the skip it
# makes over words minding case, and at a letter opening none, where most tries end, the
# class spares it every word.)
UNIT = rf"(?=[mMbBtT])(?i:{_SCALE_WORDS}){END}"
UNIT_ALL = rf"(?=[mMbBtTdD])(?i:{_SCALE_WORDS}|duizend){END}"
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
PRE_SCALE = r"(?=[mM])(?i:mln\.?|mio\.?|mld\.?|mrd\.?|miljoen|miljard)[ \xa0]"
# A prefix glued to the currency that scales it: "k€ 500", "kEUR 500" (thousands), "M€ 5",
# "MEUR 5" (millions). A lower-case "m€" may mean milli or mega and is refused.
PREFIXED_CUR = r"(?-i:[kKM])(?:€|EUR)(?![\w€$£])"
# After a number, a prefixed currency followed by a number signs that number, as a code does
# ("In 2024 k€ 500": not 2024 thousand euros).
PREFIXED_AFTER = rf"{PREFIXED_CUR}(?![ \t\xa0]*\d)"
# Currency words after a number, and currency signs and codes before one. The guilders,
# florins and dollars of the Kingdom's other countries and of Suriname, the Belgian franc
# of older texts and the Scandinavian crowns are named with their country ("Antilliaanse
# guldens", "Surinaamse dollar", "Belgische frank", "Deense kronen") or by the florin; the
# ecu and the D-mark of older texts by their names ("3,2 mld ecu", "5 miljard D-mark",
# "Duitse mark"), the renminbi, the zloty and the hryvnia by theirs ("50 miljard yuan", "4,5
# miljard zloty", "1.500 miljard hryvnia"). "kronen" alone names no one currency (Danish,
# Swedish, Norwegian, Czech?) and is no currency word here (``amounts`` refuses an amount
# before it); nor does "frank" alone (Swiss, Belgian, French?), but it is read, in lower
# case (not the name "Frank"), as the currency word of the amount before it: which franc, the
# document says where it names one near before it, by its country or code
# (``amounts_currencies.franc_named``), and else the amount is refused.
CUR_WORD = (
    r"(?=(?i:[abcdefghnoprsuyz]))(?i:euros?|(?:amerikaanse\s+|surinaamse\s+|us[-\s]?)?dollars?|(?:britse\s+)?pond(?:\s+sterling)?"
    r"|(?:antilliaanse\s+|caribische\s+|arubaanse\s+)?guldens?|(?:arubaanse\s+)?florins?|yen"
    r"|(?:zwitserse|belgische)\s+frank(?:en)?|(?-i:frank(?:en)?)"
    r"|(?:deense|zweedse|noorse)\s+kro(?:on|nen)"
    r"|ecu(?:['’]?s)?|(?:duitse\s+)?d-mark(?:en)?|duitse\s+mark(?:en)?"
    r"|(?:chinese\s+)?(?:yuan|renminbi)|(?:poolse\s+)?zloty(?:['’]?s)?"
    r"|(?:oekraïense\s+)?hryvnia(?:['’]?s)?)" + END
)
# Codes: the ISO codes of the currencies above ("SRD 4,8 miljard", "BEF 32 miljard", "NOK
# 150 miljard", "XEU" of the ecu, "DEM" of the D-mark, "PLN" of the zloty, "UAH" of the
# hryvnia, "NLG" of the guilder: "NLG 612.400 (EUR 277.895)"), and "XDR" of the
# IMF's special drawing rights. The renminbi is read by its names only: its code would need
# a scan of the capitals of its own ("N" or "Y"), and ``amounts`` refuses a figure by "CNY"
# as an unknown code's, never as euros.
CODES = (
    "EUR", "USD", "GBP", "CHF", "JPY", "ANG", "XCG", "AWG", "SRD", "BEF", "DKK", "SEK", "NOK",
    "XEU", "DEM", "PLN", "XDR", "UAH", "NLG",
)  # fmt: skip
CUR_CODE = rf"(?:{'|'.join(CODES)}){END}"
# The guilder's abbreviation, its stop left out ("fl. 250", "Hfl. 8 miljard", "Dfl. 410
# mln."): with the "H" (Hollandse) or "D" (Dutch) before it or not, or capitalised as older
# Handelingen and sentence starts print it ("Fl. 25 per maand"); never the Aruban florin of
# "Afl.".
GUILDER_ABBREVIATION = r"(?:[HhDd]?fl|Fl)"
# The marks printed before a figure for the Antillean guilder ("NAf. 37,4 mln.", "Naf",
# "NAƒ"), the Caribbean guilder ("Cg 310 miljoen") and the Aruban florin ("Afl. 1,2
# miljard"), alone as a word: never euros, never the Dutch guilder of "ƒ"; and for the ecu
# and the D-mark in older texts ("ECU 76,5 mld", "DM 28 mld"), the IMF's special drawing
# rights ("SDR 13,1 miljard": XDR) and the guilder's abbreviation ("fl. 250", "Fl. 25",
# "Hfl. 8 miljard", "Dfl. 410 mln."), each its own currency, never that of an amount nearby.
_MARKS = {
    "ANG": r"N[Aa](?:f\.?|ƒ)", "XCG": "Cg", "AWG": r"Afl\.?", "XEU": "ECU", "DEM": "DM",
    "XDR": "SDR", "NLG": rf"{GUILDER_ABBREVIATION}\.",
}  # fmt: skip
_MARK = rf"(?<![\w.])(?:{'|'.join(_MARKS.values())})(?!\w)"
# After an amount, a code followed by a number is that number's sign ("€ 5 mio. USD 40
# mln."), not the currency of the amount before it. So is a euro sign: after the figure,
# as Belgian and some municipal texts print it ("185,96 €", "12 miljoen €"), it is the
# amount's only where no number follows it.
CUR_SIGN_AFTER = r"€(?![ \t\xa0]*[\d\-\u2212\u2012\u2013])"
# The generic currency sign "¤" (U+00A4) before a figure is the euro sign of an early-2000s
# PDF whose font maps it to Latin-9's 0xA4, which a text layer read as Latin-1 prints so
# ("¤ 45 mln", "¤ 350 000"): no budget text prints the generic sign for anything else, and
# a Dutch text of the years that PDF encoding was used counts in euros. Only as the sign
# before a figure: after one ("12 ¤") it is read as no currency. So is "â‚¬", the euro
# sign's three UTF-8 bytes read as Windows-1252, as a web page encoded twice prints it ("â‚¬
# 155"): no other text is printed so.
GENERIC_SIGN = "(?:¤|â‚¬)"
CUR = rf"(?:{CUR_WORD}|{CUR_CODE}(?![ \t\xa0]*\d)|{CUR_SIGN_AFTER})"
# Right after a number without a scale, a currency word followed by a figure is that
# figure's ("in 2005 euro 45 miljoen": prices of 2005, not an amount of € 2.005), as a code
# or a sign is.
_CUR_UNSCALED = rf"(?:{CUR_WORD}(?![ \t\xa0]*\d)|{CUR_CODE}(?![ \t\xa0]*\d)|{CUR_SIGN_AFTER})"
SYMBOL = rf"(?:€|{GENERIC_SIGN}|US\s?\$|\$|£|¥|{_MARK}|ƒ|\b(?:{'|'.join(CODES)})(?![\w€$£]))"
SIGN_CHARS = "-\u2212\u2012\u2013"
# "-/-" is the accountants' minus, printed with any dash ("–/–")
ACCOUNTANTS_MINUS = rf"[{SIGN_CHARS}]/[{SIGN_CHARS}]"
MINUS = rf"(?:{ACCOUNTANTS_MINUS}|[{SIGN_CHARS}])"
SIGN = rf"(?:{MINUS}[ \xa0]?)?"
# A minus glued after the figures, as accountants print a negative sum in prose too ("een
# nadelig saldo van € 154.000-."): a dash before a space or a punctuation mark, not one that
# joins a compound or a range ("€ 1.000-grens", "€ 100-200", "€ 10- en € 20-biljetten"),
# a compound wrapped at its hyphen over a line's end ("de € 1.000-⏎grens") or the first of
# a list of them ("€ 10-, € 20- en € 50-biljetten").
_TRAILING_MINUS = (
    rf"(?<=\d)[{SIGN_CHARS}](?![{SIGN_CHARS}\w/€$£]|{W}\d"
    r"|[ \t\xa0]+(?:en|of|tot|à|á|a|t/m)(?![^\W\d_])"
    r"|[ \t\xa0]*\r?\n[ \t\xa0\f]*[^\W\d_]"
    rf"|,[ \t\xa0]*(?:€[ \t\xa0]?)?\d[\d.,]*[{SIGN_CHARS}](?:[ \t\xa0]|,))"
)
# After a currency sign, space thousands as rijksbegroting.nl prints them: "€ 1 000 000".
NUMBER_SPACED = r"\d(?<![^\Wƒ]\d)(?<![.,]\d)\d{0,2}(?:[ \xa0\u2009\u202f]\d{3})+(?!\d)(?:,\d+)?"
# (the longest first: "tot en met", "t/m" before "tot"; its spaces as classes, which the
# verbose patterns keep); "á" is "à" as typed with the wrong accent ("€ 20 á 25 duizend");
# an em dash glued to the figures on both sides ("€ 40—60 miljoen", "€ 40—€ 60 miljoen", as
# a word processor turns a typed dash into one) is a range's dash too, but a spaced one sets
# a clause apart as often ("de kosten — 5 miljoen — zijn") and is none
RANGE = r"(?:à|á|a|tot[ ]en[ ]met|t/m|tot|–|-|(?<![ \t\xa0\u202f\u2009\r\n])—(?![^\d€]))"
# A fraction sign alone in place of the figures, before a scale word: "€ ½ miljard", "¾
# mld euro" (a half, as "€ 2½ miljard" is two and a half); or as the lower bound of a range
# whose upper bound prints the scale ("½ à 1 mld euro", "€ ¼ à € 1 mln."). (The sign is
# matched before the look-behind for a figure before it: ``NUM_MONEY``, searched over the
# words around every anchor, then rejects most characters by one class test, not the
# look-behind: its searches take a third less time.)
_FRACTION_ALONE = (
    rf"[½¼¾](?<![\d½¼¾][½¼¾])(?={W}(?:{UNIT}|{RANGE}{W}(?:{SYMBOL}{W})?\d[\d.,]*{W}{UNIT}))"
)
# "1 miljard à 1,5 miljard euro": before "à" the lower bound may print its own unit too.
_OWN_UNIT = rf"(?:{W}(?:{_SCALE_WORDS}){END}(?={W}[àá]\s))?"

# The signs and words of each currency: a range's upper bound, a list's items and a word
# after an amount in figures take the currency of its sign, never another ("EUR 5 - USD 40
# mln." is two amounts, not a range; "€ 5 mln dollar" is no amount in euros).
_ALONE_CODE = r"(?![\w€$£])"
_SAME_CURRENCY = {
    "EUR": (rf"€|{GENERIC_SIGN}|\bEUR{_ALONE_CODE}", r"(?i:euros?)"),
    "USD": (
        rf"US\s?\$|\$|\bUSD{_ALONE_CODE}",
        r"(?i:(?:amerikaanse\s+|us[-\s]?)?dollars?)",
    ),
    "GBP": (rf"£|\bGBP{_ALONE_CODE}", r"(?i:(?:britse\s+)?pond(?:\s+sterling)?)"),
    "NLG": (
        rf"ƒ|(?<![\w.]){_MARKS['NLG']}|\bNLG{_ALONE_CODE}",
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
AFTER_SLASH = re.compile(r"\d/\Z")
# A fraction sign alone and a range mark before an amount printing no sign ("¼ à ½ mld
# euro"): the range's upper bound, its lower one a fraction no pattern here reads before
# another fraction; neither bound alone is the amount.
AFTER_FRACTION_MARK = re.compile(r"(?<![\d½¼¾])[½¼¾][ \t\xa0]*(?:à|á|tot|–|-)[ \t\xa0]*\Z")
# Between the items of a series of years' amounts printed with slashes, the scale after the
# last ("€ 3,65 / 3,72 / 3,79 mln" for "2027/2028/2029").
SLASH = r"[ \t\xa0]+/[ \t\xa0]+"
# Between the items of a list before its "en": a comma, or a semicolon glued to an item that
# prints a decimal comma, as a series of such figures is printed ("€ 0,3; 0,5; 0,8 en 1,0
# mld" for four years). After a whole figure a semicolon ends a clause ("€ 300; 5 en 6 mln
# gaan naar ...": no list).
_SEMICOLON = r"(?:(?<=,\d)|(?<=,\d\d));"
ITEM_MARK = rf"(?:[ \t\xa0]*,|{_SEMICOLON})"


def _signed_body(currency: str) -> str:
    """What follows a sign or code of ``currency``: a list sharing one unit (its items
    joined by commas or semicolons and "en", or by slashes or semicolons alone), or one
    amount or range, its unit and a word of the same currency after it (not one before a
    figure, whose sign it is: "€ 1.000,- euro 45 miljoen")."""
    sign, word = _SAME_CURRENCY[currency]
    after = rf"(?:(?:{word}){END}(?![ \t\xa0]*\d)|{currency}{END}(?![ \t\xa0]*\d))"
    return rf"""(?:
    (?P<list>{W}{SIGN}{NUMBER}(?:(?:{ITEM_MARK}{W}(?:(?:{sign}){W})?{NUMBER})*{W}(?:en|of){W}
        (?:(?:{sign}){W})?{NUMBER}|(?:{SLASH}(?:(?:{sign}){W})?{NUMBER})+
        |(?:{_SEMICOLON}{W}(?:(?:{sign}){W})?{NUMBER})+)
        {W}{UNIT_ALL}(?:{W}{after})?)
    |(?P<eur>{W}(?P<pre>{PRE_SCALE})?{SIGN}(?:{NUMBER_SPACED}|{NUMBER}|{_FRACTION_ALONE})
        (?:{_OWN_UNIT}{W}{RANGE}{W}(?:(?:{sign}){W})?{SIGN}{NUMBER}(?={W}{UNIT_ALL}))?
        (?:{W}{UNIT_ALL}|{_GLUED_SCALE}|{_SPACED_K}|[,.]-|{_TRAILING_MINUS})?(?:{W}{after})?))
"""


# Amounts with a currency sign ("x € 1.000", a table's scale note, is found and then told
# apart by ``_declares_unit``: "4 x € 25 miljoen" is an amount). Each regex starts with a
# literal or a character class, which the regex engine scans for in C.
EUR_MONEY = re.compile(rf"€{_signed_body('EUR')}", re.VERBOSE)
# The same after the generic currency sign that stands for the euro's (``GENERIC_SIGN``),
# found from its literal as the euro sign is (a text printing none is spared a pass).
GENERIC_EUR_MONEY = rf"{GENERIC_SIGN}{_signed_body('EUR')}"
# Other signs and codes. "$", "£" and the guilder's "ƒ" are each found by a regex starting on
# its literal, run only on a text holding the sign; a code stands alone ("EUR 5 mln", not
# "EURO" or "XEUR") and is found by ``_code_places``. "US$" is "$" with its prefix taken along.
# These patterns, one per sign, code or mark, are kept as their source and compiled
# (``compiled``) for a text that prints the sign: compiling them all took a quarter of a
# second of every command's start, and most texts print none of them.
SIGN_MONEY = {
    sign: rf"{re.escape(sign)}{_signed_body(currency)}"
    for sign, currency in (("$", "USD"), ("£", "GBP"), ("ƒ", "NLG"), ("¥", "JPY"))
}
# Capitals glued before "$" or "¥" other than "US" name another country's money ("C$ 5
# miljoen", "HK$", "R$", "CN¥"): refused, never US dollars or yen.
SIGN_PREFIX = re.compile(r"(?<![^\W\d_])[A-Z]{1,3}\Z")
# The marks of ``_MARKS``, each found from its first two letters (``at_literal``, from the
# capital that starts them: rarer than one in a thousand characters), kept where the letter
# the mark needs after them follows ("f" or "ƒ" of "NAf", "l" of "Afl"; "Cg" is the whole
# mark): "Nationale", "Naar", "Afspraken" are spared the pattern, and a text printing no
# mark its compiling.
MARK_MONEY = tuple(
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
CAPITAL_MARK_MONEY = {
    word: rf"(?<![\w.]){word}(?!\w){_signed_body(code)}"
    for word, code in (("ECU", "XEU"), ("DM", "DEM"), ("SDR", "XDR"))
}
# The guilder's abbreviation and its stop before a figure (``GUILDER_ABBREVIATION``: "fl.
# 250", "Hfl. 8 miljard"): guilders. Read in a text that names guilders elsewhere ("gulden",
# "ƒ"), as a text in guilders does: there "fl." is no other abbreviation, and other texts are
# spared the search for it.
FL_MONEY = rf"(?<![\w.]){GUILDER_ABBREVIATION}\.{_signed_body('NLG')}"
# "euro" as a word before the figure, as older Kamerstukken print it ("euro 45 miljoen",
# "EURO 2,5 mln", "Euro 120.000"): the amount's sign, as "EUR" is. Found from the "u" of
# "uro" (``_U_PLACES``, lower case) or from "URO" among the capitals. (Kept as its source,
# as the patterns of the other signs are, and compiled for a text printing it: ``compiled``.)
WORD_EURO_MONEY = rf"(?i:euro)(?![\w€$£]){_signed_body('EUR')}"
# A scale word right before the word "euro" makes it a unit, of a figure before it or of a
# note ("Uitgaven in miljoen euro 1.250 1.300"): no sign of the figure after it.
SCALE_BEFORE_EURO = re.compile(
    rf"(?i:{_SCALE_WORDS}|duizend|miljoenen|miljarden|duizenden)[ \t\xa0]*\Z"
)
CODE_MONEY = {
    code: rf"{code}(?<![\w€$£]{code})(?![^\W\d]|[€$£]){_signed_body(code)}" for code in CODES
}
# "kEUR 500", "MEUR 5": the code with its scale prefix, matched at the prefix.
PREFIXED_CODE_MONEY = rf"(?<![\w€$£]){PREFIXED_CUR}{_signed_body('EUR')}"


def compiled(source: str) -> re.Pattern[str]:
    """One of the patterns kept as source above, compiled. ``re.compile`` keeps the patterns
    it compiled by their source, so a pattern is compiled once in a run, when the first text
    printing its sign needs it, and found again at once for the next."""
    return re.compile(source, re.VERBOSE)


# Amounts in figures without a currency sign: "2 miljard euro", "50.000 dollar", bare
# "300 miljoen", "30 à 35 mln.".
# What can follow a number in ``NUM_MONEY``, past white space: the first letter of a unit,
# a currency word or code, or a range ("à", "a", "tot", dashes). Tested first, it fails at once
# after most numbers (years, counts), which the full alternatives take much longer to reject.
_MONEY_NEXT = r"(?=[ \t\xa0\u202f\u2009\r\n]*[mMbBdDeEaAuUpPgGyYzZfFtcCJkKsSxXnNàá–—\-€])"
# What ``_EURO_AFTER`` (the ``euro`` branch of ``NUM_MONEY``) needs past the number, its
# white space and a unit: the first two letters of a currency word or code, a prefixed
# currency ("k€"), or a range's mark and the next number. Tested first (it only filters: every
# match of the branch passes it), it rejects the branch after most bare amounts ("5 miljoen
# voor") in one step, where the branch itself tries every currency word at several white
# space splits. The codes' two letters are taken from ``CODES``, so that a code added there
# is read after the figure as before it ("5 miljoen NLG" as "NLG 5 miljoen").
_CODE_OPENINGS = "|".join(sorted({code[:2] for code in CODES}))
_EURO_NEXT = (
    rf"(?={W}(?:{UNIT_ALL}{W})?(?:{RANGE}{W}{SIGN}\d"
    r"|(?=(?i:[abcdefghnoprsuyz]))"
    r"(?i:eu|am|us|do|br|po|an|gu|ye|zw|fr|su|ca|ar|fl|be|de|no|ec|d-|du|yu|re|zl|ch|hr|oe)"
    rf"|{_CODE_OPENINGS}|[kKM](?:€|E)|€))"
)
# After a number: a currency, with a unit or a range before it ("à 6 miljoen euro"; a
# lower bound may print its sign after it too: "37 € tot 142 €").
_EURO_AFTER = (
    rf"(?:{_OWN_UNIT}(?:{W}{CUR_SIGN_AFTER})?{W}{RANGE}{W}{SIGN}{NUMBER}"
    rf"(?={W}(?:{UNIT_ALL}{W})?{CUR}))?"
    rf"{W}(?:{UNIT_ALL}{W}{CUR}|{_CUR_UNSCALED}|{PREFIXED_AFTER})"
)
# The florin's plain "f" before a range's upper bound ("f 5 tot f 25 mln.", as a text layer
# prints "ƒ"): read as no sign, as before the lower bound, so that the range is one amount.
PLAIN_F = r"(?<![\w.])f(?![\w.])"
NUM_MONEY = re.compile(
    rf"""(?:{NUMBER}|{_FRACTION_ALONE}){_MONEY_NEXT}(?:
    (?P<euro>{_EURO_NEXT}{_EURO_AFTER})
    |(?P<bare>(?:{_OWN_UNIT}{W}{RANGE}{W}(?:{PLAIN_F}{W})?{SIGN}{NUMBER}(?={W}{UNIT}))?{W}{UNIT}))
    """,
    re.VERBOSE,
)
NUM_SINGLE = re.compile(
    rf"{NUMBER}(?:(?P<euro>{W}(?:{UNIT_ALL}{W}{CUR}|{_CUR_UNSCALED}|{PREFIXED_AFTER}))"
    rf"|(?P<bare>{W}{UNIT}))"
)
# "tussen de 2 en 3 miljoen euro", "tussen de €1,6 miljard en €1,8 miljard": "en" makes a
# range after "tussen". The upper bound prints a unit or currency, or both bounds a sign.
_MONEY_PART = rf"(?:{SYMBOL}{W})?{SIGN}{NUMBER}(?:{W}{UNIT_ALL}|{_GLUED_SCALE})?(?:{W}{CUR})?"
# It starts on "ussen" (one literal for "tussen" and "Tussen"); the caller checks the "t".
BETWEEN_MONEY = re.compile(
    rf"""u(?=ssen)ssen{W}(?:de{W})?(?:{ROUGHLY}{W})?
    (?P<range>{_MONEY_PART}{W}en{W}{_MONEY_PART})""",
    re.VERBOSE,
)
# "between €1 billion and €1.5 billion", "between EUR 2 and 3 million": English joins a
# range's bounds so, "and" after "between" as "en" after "tussen". It starts on "etween"
# (found by ``str.find``; the caller checks the "b" or "B" before it). Kept as its source and
# compiled (``compiled``) for a text printing the word: compiling it took 7 ms of every
# command's start, and the Dutch texts print none.
BETWEEN_AND_MONEY = rf"etween{W}(?P<range>{_MONEY_PART}{W}and{W}{_MONEY_PART})"
# "minimaal € 1,5 en maximaal € 2 miljard": the two bounds of one range, the lower taking the
# unit of the upper as after "tussen"; quoted with both words, which make it a range. The
# upper bound prints its scale or currency ("minimaal € 5 mln en maximaal 10 jaar" is none),
# and is found as an amount of its own (``_min_max``).
MIN_MAX_MONEY = re.compile(
    rf"""[mM](?<![^\W\d_][mM])inimaal{W}{_MONEY_PART}{W}en{W}maximaal{W}(?P<upper>{_MONEY_PART})""",
    re.VERBOSE,
)
