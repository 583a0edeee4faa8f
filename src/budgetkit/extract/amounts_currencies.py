"""Which currency an amount is in where the money reader leaves it open or foreign.

An amount printing none takes the one printed before it in its sentence, or the one of the
same figure a sentence before, else the document's own (guilders in a text printing more of
them than euros, else euros). A figure followed by a foreign currency's word or code
("2 miljoen Zwitserse frank", "5 mln (CHF)") is not stored in euros, nor is one after such
a name ("Zwitserse frank 2 miljoen", "in dollars 5 miljoen"): the name before it is read as
the same name after it.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from budgetkit.extract.amounts_windows import CURRENCY_REACH
from budgetkit.extract.money import declares_unit
from budgetkit.extract.money_currencies import CODED_CURRENCIES, CURRENCIES, currency_of
from budgetkit.extract.money_grammar import CUR_WORD, PLAIN_F, RANGE, ROUGHLY
from budgetkit.extract.money_quotes import MoneyMatch, parse_quote
from budgetkit.textmodel import TextModel

#: A currency named after an amount that prints none, for which
#: ``money_currencies.CURRENCIES`` keeps no code: a word of another country's money, a
#: currency of any country named by its adjective other than those whose currency has a code
#: ("Canadese dollar", "Zweedse kronen", "Japanse yen"), or an ISO code of one; also after
#: the upper bound of a range or the last of a list ("50 tot 60 miljoen Canadese dollar",
#: "1,2 en 0,8 miljard roebel").
#: "frank" without its country names no one currency (Swiss, Belgian, French, Luxembourg),
#: nor "CFA-frank" without its code (West or Central Africa: XOF or XAF);
#: the euro's predecessors are named in texts on its history ("D-mark", "peseta's"). The
#: renminbi, the zloty and the hryvnia, which the money reader reads after an amount ("50
#: miljard yuan": CNY), stay listed for an amount it leaves bare before another's ("1,2
#: miljard en 0,8 miljard renminbi": the first is refused, never euros).
FOREIGN_WORDS = (
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
#: The name of such a currency, after an amount (``OTHER_CURRENCY``) or before it
#: (``_NAME_BEFORE``).
_FOREIGN_NAME = (
    r"(?:(?!(?:Amerikaanse|Zwitserse|Britse|Antilliaanse|Caribische|Arubaanse"
    r"|Surinaamse|Belgische)\b)[A-Z][\w-]*(?:se|sche)"
    r"[ \t\xa0]+(?i:dollars?|frank(?:en)?|pond(?:en)?|yen|won|guldens?|mark(?:en)?"
    rf"|{FOREIGN_WORDS})"
    rf"|(?i:{FOREIGN_WORDS})"
    # a compound of a country's name and a currency word ("Kenia-shilling", "Hongkong-dollar")
    r"|[A-Z][\w]*-(?i:dollars?|frank(?:en)?|pond(?:en)?|yen|guldens?|mark(?:en)?"
    rf"|{FOREIGN_WORDS})"
    r"|(?-i:NOK|DKK|SEK|CNY|CAD|AUD|RUB|INR|TRY|PLN|ZAR|BRL|MXN|KRW|HKD|SGD|NZD|CZK|HUF))"
)
OTHER_CURRENCY = re.compile(
    r"(?:[ \t\xa0]+(?:tot|à|á|a|en|of|-|–)[ \t\xa0]+\d[\d.,]*"
    r"(?:[ \t\xa0]+(?i:miljoen|miljard|biljoen|mln\.?|mld\.?|mrd\.?))?)?"
    rf"[ \t\xa0]+{_FOREIGN_NAME}(?![\w-])"
)


#: The guilder's older marks before an amount the money reader finds bare ("fl. 297,3
#: miljard", "Fl. 2 miljoen", "Hfl 8 miljard", "HFL 5 mln", "NLG 3 miljoen", "f 2,5
#: miljoen"): guilders, never euros.
_GUILDER_MARK = re.compile(r"(?:\b(?:[Hh]?fl\.?|Fl\.?|HFL\.?|NLG)|(?<![\w.])f)[ \xa0]?\Z")


# A plain "f" before a range's upper bound inside the amount ("5 tot f 25 mln.", the
# money reader's ``PLAIN_F``): the range's currency, guilders, whatever stands before it.
_GUILDER_UPPER = re.compile(rf"(?<=\s)(?:{RANGE})\s+{PLAIN_F}[ \xa0]?\d")


def guilders_before(text: str, start: int, end: int) -> str | None:
    """ "NLG" where a guilder mark stands right before an amount printing no currency, or
    before its range's upper bound (``_GUILDER_UPPER``)."""
    if _GUILDER_MARK.search(text, max(0, start - 5), start):
        return "NLG"
    return "NLG" if _GUILDER_UPPER.search(text, start, end) else None


# A plain "f" (the florin as a text layer prints it) before a figure that prints its
# thousands and no scale word ("f 95 000 per jaar", "f 12.500,-"): guilders, where the "f"
# stands in a sentence (after a word, a line break between or not, or an opening bracket)
# of a text that names guilders elsewhere ("gulden", "ƒ"), as "fl." is read. A figure with
# a scale word the money reader finds bare ("f 2,5 miljoen"); a figure printing no
# thousands ("f 95") unless a rate follows it (group ``rate``: "ten hoogste f 15 per inwoner
# per jaar", a sum per person, per year or per item, small as such sums are, its "f" no
# letter a reference names: "bijlage f 15 per gemeente", ``_LETTER_OF``), an "f" after a
# list's mark or opening a line after a sentence's end (a letter of an enumeration: "e) ...
# ⏎f 12 000") or a unit declaration ("x f 1.000") is no amount here.
_PLAIN_FLORIN = re.compile(
    r"(?<![\w.])f[ \xa0](?P<n>\d{1,3}(?:[ \xa0\u202f.]\d{3})+(?:,\d\d|,-)?"
    r"|(?P<rate>\d{1,3}(?:,\d\d|,-)?)(?=[ \t\xa0]+per[ \t\xa0]))(?!\d|[.,]\d)"
    r"(?![ \t\xa0]*(?:\r?\n[ \t\xa0]*)?(?i:mln|mld|mrd|miljoen|miljard|biljoen|duizend)\b)"
)
_IN_SENTENCE = re.compile(r"(?:[^\W\d_]|\()[ \t\xa0]*(?:\r?\n[ \t\xa0]*)?\Z")
# The nouns of a reference that a letter may number ("bijlage f", "onderdeel f", "punt f"),
# or "onder" where a citation's number opens it ("artikel 12, lid 2, onder f"): the "f" after
# them is that letter, no guilder. Only nouns: "onder" alone is as often the preposition
# ("blijven onder f 15 per inwoner", a ceiling on a sum), and "lid" and "punt" after "per"
# are a member and a point a rate counts by ("per lid f 25 per jaar"); the letter of a
# citation's part follows its number, so "onder" right after one is the citation's.
_LETTER_OF = re.compile(
    r"(?:(?<![^\W\d_])(?i:bijlage|onderdeel|sub|letter|artikel|paragraaf|hoofdstuk|categorie"
    r"|variant|scenario)|(?<![^\W\d_])(?<!(?i:per)[ \t\xa0])(?i:lid|punt)"
    r"|(?<![^\W\d_])(?i:artikel|lid|punt|onderdeel|bijlage)[ \t\xa0]+\d+[a-z]?,?[ \t\xa0]+"
    r"(?i:onder))[ \t\xa0]*\Z"
)
# "gulden" or "Gulden" anywhere: one search from the "u" (the engine skips to a literal word
# it opens with, "ulden", and looks behind at its letter) where the two words, absent from
# most texts, cost two full searches.
_GULDEN = re.compile("u(?<=[gG]u)lden")


def plain_florins(text: str, taken: list[MoneyMatch]) -> list[MoneyMatch]:
    """Amounts in guilders signed by a plain "f" before a full figure or a small one a rate
    follows (``_PLAIN_FLORIN``), outside the amounts found already (``taken``), each quoted
    as its figure (as "f 2,5 miljoen" is quoted "2,5 miljoen"; the "f" before it names its
    currency: ``guilders_before``)."""
    if "ƒ" not in text and _GULDEN.search(text) is None:
        return []  # most texts: no guilders named, no "f" read as their sign
    found = []
    for m in _PLAIN_FLORIN.finditer(text):
        start, end = m.span("n")
        quote = m.group("n")
        if (
            any(t.start < end and start < t.end for t in taken)
            or _IN_SENTENCE.search(text, max(0, m.start() - 12), m.start()) is None
            or declares_unit(text, start, end, quote)
            or (m.group("rate") and _LETTER_OF.search(text, max(0, m.start() - 30), m.start()))
        ):
            continue
        amount, _ = parse_quote(quote)
        found.append(MoneyMatch(start, end, quote, amount, None, "units", False))
    return found


#: A currency code (ISO 4217, current and the euro's predecessors) right before an amount
#: printing no currency ("XAF 42 miljoen"): the money reader reads the codes it keeps a
#: currency for as the amount's sign, so this is one it does not know. Only real codes: three
#: capitals before an amount are more often an organisation's ("NWO 100 miljoen", "COA").
ISO_CODES = frozenset((
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
    "ITL", "LUF", "PTE", "XEU", "XDR", "XUA",
))  # fmt: skip
#: The marks texts print for money with no code here ("FF 3 mld", "BFR 12 mld"; the money
#: reader reads "ECU", "DM" and the IMF's "SDR"), and the African Development Bank's unit of
#: account (XUA) as its replenishments are counted ("UA 147 miljoen", as the IMF's are in
#: "SDR"): as an unknown code, never the currency of an amount nearby.
UNCODED_MARKS = frozenset(("FF", "SFR", "BFR", "LFR", "UA"))
UNKNOWN_CODE = re.compile(r"(?<![\w.\-])[A-Z]{2,3}[ \xa0]\Z")
#: "UA" before a figure is as often a body's initials, in a list of its share of a sum ("de
#: Universiteit van Amsterdam 8 miljoen, UA 4 miljoen en de Erasmus Universiteit 3 miljoen",
#: "naar UA 6 miljoen"): the unit of account only where its paragraph or one beside it (a
#: heading over it, a note under it) names the unit or the bank and fund that count in it
#: (``_UNIT_OF_ACCOUNT_NAMED``), or after a word of degree, which goes with a sum and its
#: unit, never with a body ("ongeveer UA 147 miljoen"). After a figure, where a unit stands,
#: the mark is the unit ("147 miljoen UA").
_UNIT_OF_ACCOUNT_NAMED = re.compile(
    r"(?<![\w\-])(?:(?i:units?[ \t\xa0\n]+of[ \t\xa0\n]+account|rekeneenhe(?:id|den)"
    r"|afrikaanse?[ \t\xa0\n]+ontwikkelings(?:bank|fonds)|african[ \t\xa0\n]+development"
    r"[ \t\xa0\n]+(?:bank|fund))|AfDB|AfDF|ADF|XUA)(?![\w])"
)
_DEGREE_BEFORE = re.compile(
    rf"(?<![\w\-])(?:{ROUGHLY}|(?i:maximaal|minimaal|naar[ \t\xa0\n]+schatting))[ \t\xa0\n]+\Z"
)

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
#: A code or a mark right after an amount ("2,6 miljard KES", "2 miljard FF").
_CODE_AFTER = re.compile(r"[ \t\xa0]+(?P<code>[A-Z]{2,3})(?![\w\-])")
_CUR_WORD_ALONE = re.compile(CUR_WORD)


def coded_currency(text: str, match: MoneyMatch) -> str | None:
    """The currency of ``CODED_CURRENCIES`` an amount printing none is in: by its ISO code
    right before it ("KES 2,6 miljard"), in brackets after the currency word after it
    ("6,5 miljard CFA-frank (XOF)"), or by a word naming it alone ("470 miljoen birr")."""
    if match.currency is not None:
        return None
    if (code := code_before(text, match)) is not None:
        return code
    bracketed = _CODE_IN_BRACKETS.match(text, match.end) or _CODE_AFTER.match(text, match.end)
    if bracketed is not None and bracketed.group("code") in CODED_CURRENCIES:
        return bracketed.group("code")
    words = _WORDS_AFTER.match(text, match.end)
    if words is None:
        return None
    named = words.group("w").lower().replace("’", "'")
    return _CODED_WORDS.get(named) or _CODED_WORDS.get(named.split()[0])


def code_before(text: str, match: MoneyMatch) -> str | None:
    """The code of ``CODED_CURRENCIES`` printed right before an amount ("KES 2,6 miljard")."""
    code = UNKNOWN_CODE.search(text, max(0, match.start - 4), match.start)
    return code.group().strip() if code and code.group().strip() in CODED_CURRENCIES else None


def uncoded_before(text: str, code: re.Match[str]) -> bool:
    """Whether the capitals ``UNKNOWN_CODE`` found before a figure are the code or mark of a
    currency with no code here ("XAF 42 miljoen", "FF 3 mld"), "UA" only as the unit of
    account is told from a body's initials (``_UNIT_OF_ACCOUNT_NAMED``)."""
    mark = code.group().strip()
    if mark != "UA":
        return mark in ISO_CODES or mark in UNCODED_MARKS
    return (
        _DEGREE_BEFORE.search(text, max(0, code.start() - 30), code.start()) is not None
        or _UNIT_OF_ACCOUNT_NAMED.search(text, *_paragraphs_around(text, code.start())) is not None
    )


#: Paragraphs are parted by blank lines; those around a place are looked for no further away.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\xa0\r]*\n")
_PARAGRAPHS_REACH = 3000


def _paragraphs_around(text: str, at: int) -> tuple[int, int]:
    """The span of the paragraph holding ``at`` and the one on each side of it, each cut at
    ``_PARAGRAPHS_REACH`` from ``at`` (a text layer printing no blank lines is one paragraph)."""
    low, high = max(0, at - _PARAGRAPHS_REACH), min(len(text), at + _PARAGRAPHS_REACH)
    before = [b.end() for b in _PARAGRAPH_BREAK.finditer(text, low, at)]
    after = [b.start() for b in _PARAGRAPH_BREAK.finditer(text, at, high)]
    return (before[-2] if len(before) > 1 else low), (after[1] if len(after) > 1 else high)


#: A currency's name right before an amount printing none, spaces alone between ("bedraagt
#: dollar 5 miljoen", "draagt Zwitserse frank 3 miljard bij", "in Deense kronen 12
#: miljard"): a word the money reader reads after a figure (``CUR_WORD``), with its
#: country's adjective, a name ``OTHER_CURRENCY`` refuses after one, or a word naming one of
#: ``CODED_CURRENCIES``. The longest name is taken: the search finds its leftmost start.
_NAME_BEFORE = re.compile(
    rf"(?<![\w'’-])(?P<name>{CUR_WORD}|{_FOREIGN_NAME}"
    rf"|(?i:{'|'.join(re.escape(w) for w in sorted(_CODED_WORDS, key=len, reverse=True))})"
    r")[ \t\xa0]+\Z"
)
#: What makes a name before a figure no unit of it: a scale word (the name is the currency
#: of the amount before it: "3 miljard dollar 5 miljoen"; after a figure without one it is
#: the next figure's, as "in 2005 euro 45 miljoen" is read), or an article, determiner or
#: "per" before it, an adjective between or not (the currency spoken of, a subject or a
#: price's unit: "de sterke dollar 2 miljard duurder", "per pond", "een pond").
_NO_UNIT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:(?i:mln|mld|mrd|miljoen|miljard|biljoen|duizend)[.]?"
    r"|(?i:de|het|een|per|die|deze|dit|dat|elke|iedere|onze|hun|zijn|haar)"
    r"(?:[ \t\xa0]+[^\W\d_]+e)?)[ \t\xa0]+\Z"
)
#: How far before a figure its currency's name may start ("Oekraïense hryvnia's ", a
#: country's adjective and a compound's: "Centraal-Afrikaanse CFA-frank ").
_NAME_WINDOW = 45


def name_before(text: str, match: MoneyMatch) -> re.Match[str] | None:
    """The currency name right before an amount printing none (``_NAME_BEFORE``), unless
    what stands before the name makes it no unit of the figure (``_NO_UNIT_BEFORE``)."""
    if match.currency is not None:
        return None
    name = _NAME_BEFORE.search(text, max(0, match.start - _NAME_WINDOW), match.start)
    if name is None or _NO_UNIT_BEFORE.search(text, max(0, name.start() - 30), name.start()):
        return None
    return name


def named_code(name: str) -> str | None:
    """The code of a currency name before a figure, as after one: that of a word the money
    reader reads ("Zwitserse frank": CHF, "dollar": USD, "pond": GBP) or of a word naming one
    of ``CODED_CURRENCIES`` ("Franse frank": FRF), else None (a currency with no code here,
    or no one currency: "frank", "kronen" alone)."""
    if _franc_alone(name):
        return None
    if _CUR_WORD_ALONE.fullmatch(name):
        return currency_of(name)
    return _CODED_WORDS.get(" ".join(name.lower().replace("’", "'").split()))


def currency_named_before(text: str, match: MoneyMatch) -> str | None:
    """The currency named right before an amount printing none ("dollar 5 miljoen": USD),
    where the name names one with a code; "euro" leaves the amount's currency as it is."""
    name = name_before(text, match)
    code = named_code(name.group("name")) if name is not None else None
    return None if code == "EUR" else code


#: A franc named with its country's adjective ("Zwitserse frank", "Belgische franken",
#: "Franse frank", "Luxemburgse frank"), a line break between or not, or by its code or
#: mark ("N miljard BEF", "CHF N mln"; "BFR N mld", one of ``UNCODED_MARKS``).
_FRANC_NAMED = re.compile(
    r"(?<![\w-])(?:(?P<name>[^\W\d_][\w-]*s(?:ch)?e[ \t\xa0]*\n?[ \t\xa0]*frank(?:en)?)"
    r"|(?-i:(?P<code>BEF|CHF|FRF|BFR|SFR|LFR|FF)))(?![\w-])",
    re.I,
)
#: The franc of a country a sentence names by its name or adjective ("In België ...",
#: "De Belgische <noun> ..."); Luxembourg's has no code here.
_FRANC_COUNTRY = re.compile(
    r"(?<![\w-])(?:Belgi(?:ë|sche)|Zwitser(?:land|se)|Fran(?:krijk|se)|Luxemburg(?:se)?)(?![\w-])"
)
_COUNTRY_CODES = {"Be": "BEF", "Zw": "CHF", "Fr": "FRF", "Lu": None}


def _franc_alone(quote: str) -> bool:
    """Whether ``quote`` ends in "frank" or "franken" without its country's adjective before
    it ("N frank", "N miljard frank"; not "N miljard Zwitserse frank")."""
    words = quote.lower().split()
    return (
        bool(words)
        and words[-1] in ("frank", "franken")
        and not (len(words) > 1 and words[-2].endswith(("se", "sche")))
    )


def _franc_code(named: re.Match[str]) -> str | None:
    """The code of a franc ``_FRANC_NAMED`` found: its name's (``named_code``) or its own
    where kept here ("BEF"; not the marks "BFR", "FF")."""
    if named.group("code") is not None:
        return named.group("code") if named.group("code") in ("BEF", "CHF", "FRF") else None
    return named_code(" ".join(named.group("name").split()))


def _franc_of(model: TextModel, match: MoneyMatch) -> str | None:
    """The code of the franc an amount in "frank" alone is in: that of the country its own
    sentence names before it, by name, adjective or franc ("In België ... N miljard frank",
    "De Belgische <noun> ... N miljard frank"), where it names one country only (two leave
    it open); else that of the franc named nearest before its sentence, in its paragraph or
    the one before (further back, a text may speak of another country's). None where none
    is named, or one with no code here."""
    text = model.text
    begin = model.sentence_span(match.start, match.end)[0]
    own = {_COUNTRY_CODES[c.group()[:2]] for c in _FRANC_COUNTRY.finditer(text, begin, match.start)}
    own |= {_franc_code(m) for m in _FRANC_NAMED.finditer(text, begin, match.start)}
    if own:
        return own.pop() if len(own) == 1 else None
    named = list(_FRANC_NAMED.finditer(text, _paragraphs_around(text, begin)[0], begin))
    return _franc_code(named[-1]) if named else None


def franc_named(
    model: TextModel, matches: list[MoneyMatch], rejected: list[tuple[int, str]]
) -> list[MoneyMatch]:
    """``matches`` with each amount in "frank" alone in the franc its text names nearest
    before it (``_franc_of``: "N miljard Zwitserse frank ... . <Zin> N frank ...": CHF;
    "Zwitserse frank ... België ... N miljard BEF. <Zin> N miljoen frank ...": BEF). The
    word alone names no one currency (Swiss, Belgian, French, Luxembourg: the money reader
    reads it as Swiss), the text it stands in does, the franc last named or the country its
    sentence speaks of. Where none is named near before
    it, or one with no code here ("Luxemburgse frank", "BFR"), the amount is left out and said
    in ``rejected``: never stored in a franc it may not be, nor in euros."""
    kept = []
    for match in matches:
        if not _franc_alone(match.quote):
            kept.append(match)
            continue
        code = _franc_of(model, match)
        if code is None:
            rejected.append(
                (match.start, f"'{match.quote}': a franc the text names with no country before "
                              "it, or one with no code here; left out, never stored as euros")
            )  # fmt: skip
            continue
        kept.append(match._replace(currency=code))
    return kept


def bracketed_unknown(text: str, match: MoneyMatch) -> str | None:
    """The ISO code or mark of a currency the package keeps no code for, right after
    an amount printing no currency ("3 miljard NGN", "2 miljard FF") or in brackets after
    the currency word after it ("3 miljard naira (NGN)")."""
    if match.currency is not None:
        return None
    bracketed = _CODE_IN_BRACKETS.match(text, match.end) or _CODE_AFTER.match(text, match.end)
    code = bracketed.group("code") if bracketed is not None else None
    if code in UNCODED_MARKS:
        return code
    return code if code in ISO_CODES and code not in CURRENCIES else None


#: The first year Dutch budgets counted in euros (the euro's notes and coins: 1 January 2002).
EURO_BUDGETS_FROM = 2002


def of_euro_time(published: object) -> bool:
    """Whether a text ``published`` (its sources.yml date) came out after
    ``EURO_BUDGETS_FROM``, when the Dutch guilder was gone; an undated one is not known to."""
    year = re.match(r"\d{4}", str(published or ""))
    return year is not None and int(year.group()) > EURO_BUDGETS_FROM


def home_currency(text: str, matches: list[MoneyMatch], published: object) -> tuple[str, bool]:
    """The currency a document counts in where an amount prints none: guilders in a text
    printing more amounts in guilders than in euros (a debate of the 1990s: "ƒ 465 mln ...
    een miljoen of vijf"), else euros; and whether it is a text of the guilders' time that
    prints any amount in guilders: one ``published`` (its sources.yml date) by
    ``EURO_BUDGETS_FROM``, or undated. A later text counts its past in euros ("in 1999
    bedroegen de uitgaven 120 miljoen, in 2014 180 miljoen": one series, one currency) and
    prints a guilder amount it quotes with its sign ("destijds ƒ 10 miljoen")."""
    printed = Counter(m.currency or guilders_before(text, m.start, m.end) for m in matches)
    then = not of_euro_time(published)
    return ("NLG" if printed["NLG"] > printed["EUR"] else "EUR"), then and printed["NLG"] > 0


#: The guilders of the Caribbean parts of the Kingdom: a text printing amounts in one of them
#: means it by "gulden" alone ("NAf. 45 miljoen ... 180 miljoen gulden tekort").
_CARIBBEAN_GUILDERS = ("ANG", "XCG", "AWG")
#: A mark of the Dutch guilder in particular, in the quote or right before it ("fl.", "Hfl",
#: "Dfl", "NLG", "Nederlandse gulden"): no other guilder is printed so.
_DUTCH_GUILDER = re.compile(r"(?<![\w.])(?:[HhDd]?fl\.?|HFL|NLG)(?![\w])|(?i:nederlandse\s+gulden)")
#: The Caribbean guilders each land counts in: Curaçao and Sint Maarten the Antillean one
#: (the Caribbean guilder, XCG, since 2025), Aruba its florin; Suriname none of them (its
#: guilder gone, its dollar no guilder), so a guilder named after it is none of theirs.
_LAND_GUILDERS = (
    (re.compile(r"Curaçao|Curacao|Sint[ \xa0]Maarten|St\.[ \xa0]Maarten|Antill"), {"ANG", "XCG"}),
    (re.compile(r"Aruba"), {"AWG"}),
    (re.compile(r"Surinam"), set()),
)
#: The lands whose money is, or was, a guilder other than the Dutch one, all of the above: a
#: text naming them may mean theirs by "gulden".
_GUILDER_LANDS = re.compile("|".join(land.pattern for land, _ in _LAND_GUILDERS))
#: The words of a comparison right before a land's name ("Anders dan Curaçao heeft het land
#: ...", "in tegenstelling tot Aruba", "net als Sint Maarten"): the land compared with, not
#: the one the sentence speaks of, whose guilder is meant; wherever it is named.
_COMPARED_LAND = re.compile(
    r"(?<![^\W\d_])(?i:(?:anders|meer|minder|eerder|later)[ \t\xa0]+dan"
    r"|in[ \t\xa0]+tegenstelling[ \t\xa0]+tot|net[ \t\xa0]+als|evenals|zoals)[ \t\xa0]+\Z"
)


def _guilder_of_land(text: str, match: MoneyMatch, printed: set[str]) -> str | None:
    """Which of the Caribbean guilders a text prints (``printed``, more than one) an amount
    in "gulden" or "Fl." is: that of the land named last before it, in its own paragraph or
    the one before ("Aruba leende Afl. 250 miljoen, ... Sint Maarten ruim 45 miljoen
    gulden": the Antillean; "Curaçao krijgt NAf 90 miljoen.⏎⏎Eerder kreeg het land al Fl. 400
    miljoen": the Antillean), where that land counts in one of them; else None. A land
    compared with (``_COMPARED_LAND``) is not the one meant, wherever it is named."""
    low, _ = _paragraphs_around(text, match.start)
    named = list(_GUILDER_LANDS.finditer(text, low, match.start))
    compared = {
        land.group()
        for land in named
        if _COMPARED_LAND.search(text, max(low, land.start() - 30), land.start()) is not None
    }
    lands = [land.group() for land in named if land.group() not in compared]
    if not lands:
        return None
    theirs = next(g for pattern, g in _LAND_GUILDERS if pattern.fullmatch(lands[-1]))
    mine = theirs & printed
    return mine.pop() if len(mine) == 1 else None


#: What makes a sentence speak of the Dutch guilder's time: a year before the euro (1800 to
#: 2001, a figure set apart), a past decade ("de jaren zestig", "de jaren '90"), a word of
#: the past ("destijds", "toen", "aanvankelijk"), or a euro amount beside the guilders ("van
#: ƒ 2.375 naar € 2.070", "4,5 miljoen euro (bijna 10 miljoen gulden)").
_DUTCH_GUILDERS_TIME = re.compile(
    r"(?<![\w.,])(?:1[89]\d\d|200[01])(?![\w]|[.,]\d)"
    r"|(?i:\bjaren[ \xa0]+(?:'?\d0|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig"
    r"|negentig)\b|\b(?:destijds|indertijd|toentertijd|toen|vroeger|voorheen|aanvankelijk)\b)"
    r"|€|(?i:\beuros?\b)"
)


#: A guilder's ISO code in brackets right after an amount printed in guilders ("138,9
#: miljoen gulden (ANG)", "2 miljoen gulden (XCG)"): the code says which guilder it is.
_GUILDER_CODE_AFTER = re.compile(r"[ \t\xa0]*\([ \t\xa0]*(?P<code>NLG|ANG|XCG|AWG)[ \t\xa0]*\)")


def guilder_coded(text: str, match: MoneyMatch) -> MoneyMatch:
    """``match`` in the guilder whose code stands in brackets right after it, where it reads
    guilders (NLG) by its word ("138,9 miljoen gulden (ANG)": the Antillean guilder, in
    whatever time the text is of); else ``match`` as it is."""
    if match.currency != "NLG":
        return match
    code = _GUILDER_CODE_AFTER.match(text, match.end)
    return match if code is None else match._replace(currency=code.group("code"))


def guilder_after_euro(
    text: str, match: MoneyMatch, sentence: str, printed: set[str], dutch_printed: bool = False
) -> str | None:
    """The currency of an amount read in guilders (NLG) in a text published after the euro
    came (``EURO_BUDGETS_FROM``), when the Dutch guilder was gone: the Dutch one where a
    mark of it stands in or right before the quote (``_DUTCH_GUILDER``); the Caribbean
    guilder the text prints other amounts in, where it prints one (``printed``: the
    currencies of its amounts), or where it prints more, the one of the land named last
    before the amount (``_guilder_of_land``); the Dutch one where the text names no land of
    another guilder and the amount's sentence speaks of the Dutch guilder's time
    (``_DUTCH_GUILDERS_TIME``), or the text prints another amount in guilders that is the
    Dutch one by its own mark, code or sentence (``dutch_printed``: "... kwam uit op ƒ N
    miljard. ... was dat opgelopen tot ƒ N miljard (prijspeil JJJJ)."), as a text printing
    one Caribbean guilder means it by all its guilders; else None: which guilder is unknown
    ("<land> komt N miljoen gulden tekort" in a text of the euro's time: the Antillean), and
    the amount is not stored."""
    if _DUTCH_GUILDER.search(text, max(0, match.start - 6), match.end) is not None:
        return "NLG"
    if (code := _GUILDER_CODE_AFTER.match(text, match.end)) is not None:
        return code.group("code")  # "5 miljoen gulden (NLG)"
    others = printed.intersection(_CARIBBEAN_GUILDERS)
    if len(others) == 1:
        return others.pop()
    if others:
        return _guilder_of_land(text, match, others)
    if _GUILDER_LANDS.search(text) is not None:
        return None
    if dutch_printed or _DUTCH_GUILDERS_TIME.search(sentence) is not None:
        return "NLG"
    return None


def implied_currency(
    rows: list[dict[str, Any]], match: MoneyMatch, sentence: int, home: str, guilders_then: bool
) -> str:
    """The currency of an amount that prints none: that of the nearest amount before it in its
    own sentence that prints one ("3 miljoen euro voor de wijkaanpak en 9 miljoen voor de
    haven"), else the document's own (``home_currency``). A sentence before lends its
    currency only to an amount that says its figure again ("3 miljoen dollar ... Drie
    miljoen in zes maanden"): another figure there is other money ("470 miljoen birr voor
    irrigatie. Daarnaast gaat 5 miljoen naar scholen"), the document's own. With
    ``guilders_then`` (a document printing amounts in guilders, the amount dated by its own
    years before ``EURO_BUDGETS_FROM``: "in 1999 is al twee ton beschikbaar gesteld" in a
    Statenvoorstel of 2001 printing euros and guilders side by side), guilders: the money of
    that year, never euros."""
    for row in reversed(rows):
        if match.start - row["_span"][1] > CURRENCY_REACH:
            break
        if row["_printed_currency"] and (
            row["_sentence_start"] == sentence
            or (row["amount_eur"], row["amount_eur_max"])
            == (match.amount_eur, match.amount_eur_max)
        ):
            return row["_printed_currency"]
    return "NLG" if guilders_then else home
