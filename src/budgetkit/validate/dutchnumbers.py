"""A second, deliberately small reader of Dutch money, table numbers and scale notes.

Provenance must not ask the extractor's parser whether the extractor's parser was right: a
bug there would agree with itself. This module reads the same printed text again with a
strict grammar of its own and no heuristics, and imports nothing from ``budgetkit.extract``.
What the grammar does not cover raises ``Unreadable``: the check then counts the quote as
unread instead of guessing.

The grammar, after every run of white space (spaces, NBSP, narrow and thin spaces, line
breaks) becomes one space:

- number: ``1.234.567``, ``1 234 567``, ``1234`` (dot or space thousands, groups of three),
  an optional decimal comma (``4.262,6``), or a number word (``een``, ``anderhalf``, ...); in
  money also English thousands of two comma groups or more (``1,250,000``), Swiss ones of
  apostrophes (``450'000'000``), and a fraction
  sign after the figures (``2½``) or alone before a scale word (``€ ½ miljard``) or as a
  range's lower bound whose upper bound prints the scale (``½ à 1 mld euro``), or typed
  (``1/2``, ``1/4``, ``3/4``) after a whole figure and a space or alone (``ƒ 2 1/2 mld.``);
- sign: one of ``- – ‒ −``, or the accountants' ``-/-`` with any of those dashes
  (``–/–``), before the number or before the currency sign; the word ``min`` or ``minus``
  before either ("min 300 miljoen", "minus € 1,2 mld");
- scale word: ``duizend``, ``mln``/``miljoen``/``milj``/``mlj``/``mljn``/``mio``/``million``,
  ``mld``/``mrd``/``mlrd``/``miljard``/``mia``/``bn``/``billion`` (10**9), ``biljoen``/``trillion``
  (with an optional dot); before a scale word a point before one or two digits is a decimal
  point ("5.4 billion", "€ 1.5 miljoen"), and before an English one a comma before three
  digits English thousands ("EUR 1,234 million"); ``m`` (10**6)
  and ``k`` (10**3) glued to the figures ("€5m", "€50k"), a capital ``K`` one space after
  them too ("€ 45 K"); a prefix glued to the currency,
  in its case: ``k€``, ``K€``, ``kEUR`` (10**3), ``M€``, ``MEUR`` (10**6) ("m€" is milli
  or mega: unread);
- currency: ``€``/``euro``/``EUR`` (euros; ``¤`` and ``â‚¬``, the euro sign mis-encoded,
  too), ``$``/``dollar``/``USD``, ``£``/``pond``/``GBP``,
  ``¥`` (JPY),
  ``ƒ``/``gulden``/``NLG`` (guilders); the codes before the number too ("EUR 5 mln"), and the
  word ``euro`` as older texts print it ("euro 45 miljoen", "Euro 120.000"); the
  Kingdom's and Suriname's money, the Belgian franc, the Scandinavian crowns, the ecu and
  the D-mark by code before the number (``ANG``,
  ``XCG``, ``AWG``, ``SRD``, ``BEF``, ``DKK``, ``SEK``, ``NOK``, ``XEU``, ``DEM``), by mark
  (``NAf.``/``Naf``/``NAƒ`` ANG, ``Cg`` XCG, ``Afl.`` AWG, ``ECU`` XEU, ``DM`` DEM) or by
  name after it ("Antilliaanse gulden(s)", "Caribische gulden(s)", "(Arubaanse) florin",
  "Surinaamse dollar(s)", "Belgische frank(en)", "Deense/Zweedse/Noorse kroon/kronen",
  "ecu('s)", "(Duitse) D-mark(en)", "Duitse mark(en)"); the Swiss franc, the yen, the
  renminbi, the zloty, the hryvnia and the IMF's special drawing rights by code (``CHF``,
  ``JPY``, ``PLN``, ``UAH``, ``XDR``; the mark ``SDR``) or name ("Zwitserse frank(en)",
  "yen", "(Chinese) yuan/renminbi", "(Poolse) zloty('s)", "(Oekraïense) hryvnia('s)"); the
  guilder's ``fl.``/``Hfl.``/``Dfl.`` too;
- money: scale? sign? currency-sign scale? sign? number scale? currency-word? (the scale
  word may be joined to the figures by a hyphen, as in a compound: ``1,5-miljard`` of "de
  1,5-miljardbezuiniging"; ``,-`` or
  ``.-`` after whole euros, or an accountant's minus glued after the figures, ``€
  154.000-``, the only sign then), one printed scale at most, a scale before the number only
  with a currency sign ("mln. EUR 5", "€ mln 5"), a glued ``m``/``k`` only after one; a
  range ``A à|tot|-|–|en B`` ("á" too, "à" typed with the wrong accent; an em dash glued
  to both figures, "40—60") or ``minimaal A en
  maximaal B`` whose scale and currency B gives to A (the extractor quotes
  the items of a list one by one, so "A en B" in one quote is a range, as after "tussen
  de"); ``A, B en C miljoen`` is unread (a list the extractor no longer quotes whole; "€
  8,10 en 10 miljoen" may be 8,10 or 8 and 10).
- about so many of a scale, as speech rounds it: ``een miljoen of vijf`` (five million),
  ``een miljard of twee euro``, ``een ton of drie`` (three tons);
- thousands said ``mille`` after a figure or a number word, as money is spoken (``veertig
  mille``, ``2,5 mille``);
- cents, a hundredth of a euro each (``42 eurocent``, ``1,5 eurocent``) or of the money the
  text counts in (``20 cent``, ``40 ct``);
- tons, a hundred thousand euros each as money is spoken (``twee ton``, ``anderhalve
  ton``, ``2,5 ton``, ``een ton euro``): the extractor quotes them only where the words
  around say money;
- money written out in words, as contracts and the spoken record do (a word wrapped at a
  hyphen at a line's end is one word: "twee-⏎honderdvijftig"): a whole number word
  (``driehonderdvijftigduizend``, ``vijfeneenhalf``) before a scale word, groups from high to
  low (``zes miljoen driehonderdvijftigduizend euro``, ``een miljard tweehonderd miljoen``), a
  spoken decimal comma (``drie komma vier miljard``), or hundreds and thousands before a
  currency word and no scale (``tweehonderdvijftig euro``); ``min`` or ``minus`` before it
  is its sign (``min zevenhonderd miljoen``); a range in words, its lower bound a number
  word or one cut short that shares the upper one's tail (``twee à drie miljard``, ``zes- à
  zevenhonderd miljoen``: 600 to 700 million; ``zes-, zevenhonderd miljoen``, a comma for
  the range mark after the cut word);
- table number: sign? ``€``? sign? number ``%``? sign? (one sign at most; ``-/-`` is a
  minus too, and so is an accountant's dash after the figure, ``1.250-`` or ``1.250 -``);
  ``n.v.t.``, ``...``, ``…`` and a lone dash are printed placeholders with no value.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

SCALE_EXPONENT = {
    "duizend": 3,
    "k": 3,
    "mln": 6,
    "miljoen": 6,
    "milj": 6,
    "mlj": 6,
    "mljn": 6,
    "mio": 6,
    "m": 6,
    "mld": 9,
    "mrd": 9,
    "mlrd": 9,
    "miljard": 9,
    "mia": 9,
    "bn": 9,
    "biljoen": 12,
    "million": 6,
    "billion": 9,
    "trillion": 12,
}
#: A scale prefix glued to the currency sign or code ("k€", "MEUR"), case sensitive, as the
#: scale word it stands for.
PREFIX_SCALE = {"k": "k", "K": "k", "M": "m"}
#: The package's ``scale`` column, by power of ten.
SCALE_NAMES = {0: "units", 3: "duizend", 6: "mln", 9: "mld", 12: "biljoen"}
CURRENCY_WORDS = {
    "€": "EUR",
    # the euro sign as a Latin-1 text layer or a page encoded twice prints it (the
    # extractor's GENERIC_SIGN)
    "¤": "EUR",
    "â‚¬": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "$": "USD",
    "dollar": "USD",
    "amerikaanse dollar": "USD",
    "us$": "USD",
    "us $": "USD",
    "usd": "USD",
    "£": "GBP",
    "pond": "GBP",
    "ƒ": "NLG",
    "gulden": "NLG",
    "nlg": "NLG",
    "gbp": "GBP",
    "¥": "JPY",
    "ang": "ANG",
    "naf": "ANG",
    "naf.": "ANG",
    "naƒ": "ANG",
    "antilliaanse gulden": "ANG",
    "xcg": "XCG",
    "cg": "XCG",
    "caribische gulden": "XCG",
    "awg": "AWG",
    "afl": "AWG",
    "afl.": "AWG",
    "florin": "AWG",
    "arubaanse florin": "AWG",
    "arubaanse gulden": "AWG",
    "srd": "SRD",
    "surinaamse dollar": "SRD",
    "bef": "BEF",
    "belgische frank": "BEF",
    "dkk": "DKK",
    "deense kroon": "DKK",
    "deense kronen": "DKK",
    "sek": "SEK",
    "zweedse kroon": "SEK",
    "zweedse kronen": "SEK",
    "nok": "NOK",
    "noorse kroon": "NOK",
    "noorse kronen": "NOK",
    "xeu": "XEU",
    "ecu": "XEU",
    "ecu's": "XEU",
    "ecu’s": "XEU",
    "dem": "DEM",
    "dm": "DEM",
    "d-mark": "DEM",
    "duitse d-mark": "DEM",
    "duitse mark": "DEM",
    "chf": "CHF",
    "zwitserse frank": "CHF",
    "jpy": "JPY",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "chinese yuan": "CNY",
    "chinese renminbi": "CNY",
    "pln": "PLN",
    "zloty": "PLN",
    "zloty's": "PLN",
    "zloty’s": "PLN",
    "poolse zloty": "PLN",
    "uah": "UAH",
    "hryvnia": "UAH",
    "hryvnia's": "UAH",
    "hryvnia’s": "UAH",
    "oekraïense hryvnia": "UAH",
    "xdr": "XDR",
    "sdr": "XDR",
    "fl": "NLG",
    "fl.": "NLG",
    "hfl": "NLG",
    "hfl.": "NLG",
    "dfl": "NLG",
    "dfl.": "NLG",
}
NUMBER_WORDS = {
    "een": Decimal(1),
    "één": Decimal(1),
    "twee": Decimal(2),
    "drie": Decimal(3),
    "vier": Decimal(4),
    "vijf": Decimal(5),
    "zes": Decimal(6),
    "zeven": Decimal(7),
    "acht": Decimal(8),
    "negen": Decimal(9),
    "tien": Decimal(10),
    "twintig": Decimal(20),
    "honderd": Decimal(100),
    "anderhalf": Decimal("1.5"),
    "anderhalve": Decimal("1.5"),
    "half": Decimal("0.5"),
    "halve": Decimal("0.5"),
    "kwart": Decimal("0.25"),
    "een half": Decimal("0.5"),
    "een halve": Decimal("0.5"),
    "een kwart": Decimal("0.25"),
    "driekwart": Decimal("0.75"),
}
MINUS = "-–‒−"
PLACEHOLDERS = (
    *("n.v.t.", "nvt", "...", "…", "-", "–", "‒", "−", "p.m.", "p.m", "pm"),
    *("n.b.", "nnb", "n.n.b.", "n.n.b"),  # nog niet bekend
)

_DIGITS = r"(?:\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+|\d+)(?:,\d+)?"
#: A fraction after the figures of an amount ("4½", "1¼", "2¾"), and its value.
_FRACTION_SIGNS = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}
# In money, also English thousands of two comma groups or more ("1,250,000"): no Dutch
# decimal prints two commas; and Swiss ones of apostrophes ("CHF 450'000'000").
# And "1/2", "1/4", "3/4", the typed forms of the signs, after a whole figure and a space or
# alone ("ƒ 2 1/2 mld.", "f 3/4 mld."): that fraction.
_MONEY_DIGITS = (
    r"(?:(?:\d+ )?(?:1/[24]|3/4)(?![\d/])"
    rf"|\d{{1,3}}(?:,\d{{3}}){{2,}}|\d{{1,3}}(?:['’]\d{{3}})+|\d{{1,3}}\.\d{{1,2}}(?!\d)|(?:\d{{1,3}}(?:\.\d{{3}})+|\d+)?[½¼¾]"
    rf"|{_DIGITS})"
)
_WORDS = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_SCALE = (
    r"(?:duizend|mln|miljoen|milj|mljn|mlj|mio|mld|mlrd|mrd|miljard|mia|bn|biljoen|million|billion"
    r"|trillion|mil[\-\xad] ?j(?:oen|ard))\.?"
)
_CURRENCY_SIGN = r"(?:[€¤$£ƒ¥]|â‚¬)"
_CURRENCY_WORD = (
    r"(?:euros?|eur|dollar|usd|pond|gbp|gulden|nlg|ang|xcg|awg|srd|bef"
    r"|(?:antilliaanse|caribische|arubaanse) guldens?|(?:arubaanse )?florins?"
    r"|surinaamse dollars?|amerikaanse dollars?|belgische frank(?:en)?"
    r"|(?:deense|zweedse|noorse) kro(?:on|nen)|xeu|ecu(?:['’]?s)?|dem|(?:duitse )?d-mark(?:en)?"
    r"|duitse mark(?:en)?|dkk|sek|nok|chf|zwitserse frank(?:en)?|jpy|yen|pln|xdr"
    r"|(?:chinese )?(?:yuan|renminbi)|(?:poolse )?zloty(?:['’]?s)?"
    r"|uah|(?:oekraïense )?hryvnia(?:['’]?s)?)"
)
# A code glued to the figures ("EUR12m") signs them as "€12m" does.
_CODE_SIGN = (
    r"(?:euro|eur|usd|gbp|ang|xcg|awg|srd|bef|dkk|sek|nok|xeu|dem|chf|jpy|pln|xdr|sdr|uah|nlg"
    r"|naf|naƒ|afl|[hd]?fl|cg|ecu|dm)"
    r"(?:\b\.?|(?<=eur|usd|gbp)(?=\d))"
)
_PREFIX = r"(?-i:[kKM])(?=€|(?-i:EUR))"
_DASH_SIGN = rf"(?:[{MINUS}]/[{MINUS}]|[{MINUS}]) ?"
_SIGN = rf"(?:{_DASH_SIGN}|min(?:us)? )"
# A bare figure may print a plus, as a mutation's does ("2019 +320" under "(bedragen in
# miljoenen euro)"): it adds, the value is as printed.
_ONE = (
    rf"(?:(?P<lead>{_SCALE}) )?(?P<sign>{_SIGN})?(?P<prefix>{_PREFIX})?"
    rf"(?P<csign>us ?\$|{_CURRENCY_SIGN}|{_CODE_SIGN}) ?(?:(?P<mid>{_SCALE}) )?"
    rf"(?P<sign2>{_DASH_SIGN})?(?P<num>{_MONEY_DIGITS}|{_WORDS})"
    rf"|(?:(?P<bsign>{_SIGN})|\+(?!/))?(?P<bnum>{_MONEY_DIGITS}|{_WORDS})"
)
_TAIL = (
    rf"(?:(?: |(?<=\d)-)?(?P<scale>{_SCALE})|(?<=\d)(?P<glued>[mk]|(?-i: K)))?"
    rf"(?: ?(?:(?P<cprefix>{_PREFIX})?(?P<cword>{_CURRENCY_WORD}|€)))?"
    rf"(?:(?P<dash>,-|\.-)|(?<=\d)(?P<trail>[{MINUS}]))?"
)
_MONEY = re.compile(rf"^(?:{_ONE}){_TAIL}$", re.IGNORECASE)
_RANGE = re.compile(
    r"^(?P<a>.+?)(?: (?:à|á|a|tot en met|t/m|tot|-|–|en) |(?<=\d)[-–](?=\d)"
    r"|(?<=\d)—(?=[\d€]))(?P<b>.+)$",
    re.IGNORECASE,
)
# "minimaal € 1,5 en maximaal € 2 miljard": a range, its words around its lower bound.
_MIN_MAX = re.compile(r"^minimaal (?P<a>.+?) en maximaal (?P<b>.+)$", re.IGNORECASE)
_LIST = re.compile(rf"^(?P<a>(?:{_CURRENCY_SIGN} ?)?{_DIGITS})(?:, ?{_DIGITS})* en (?P<b>.+)$")
# The accountants' minus "-/-" and a minus after the euro sign ("€ – 5,7") are printed too.
_TABLE_SIGN = rf"(?:-/-|[{MINUS}]) ?"
# A plus before a mutation ("+ 50,0", the accountants' "+/+ 180") says it adds: the value is
# as printed.
# An accountant's negative in brackets printed in full ("(1.204)"); a footnote mark after
# the figure ("32,9¹", "1.200*") is not part of it. A point before one digit ("412.7", a
# table printed with English number formatting) is a decimal one: no thousands separator
# stands before one digit.
_TABLE = re.compile(
    rf"^(?:(?:(?P<sign>{_TABLE_SIGN})|\+(?:/\+)? ?)?(?:€ ?(?P<sign2>{_TABLE_SIGN})?)?"
    rf"(?:(?P<num>{_DIGITS})|(?P<point>\d+\.\d))"
    r"|\((?P<paren>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\))"
    rf"(?P<pct> ?%)?(?P<trail> ?[{MINUS}])?(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*+)?(?: [VN])?$"
)
_SCALE_NOTE = re.compile(
    r"^\(?(?:bedragen |in |x |× |\* )*(?:bedragen )?(?:(?:x|×|\*) ?)?"
    r"(?:(?:(?P<eur>€|euro's|euro|eur) ?)?(?P<one>1 ?)?(?P<n>1\.000|1 000|1000|1\.000\.000|duizend|"
    r"mln\.?|miljoen|mio\.?|mld\.?|mrd\.?|miljard)?"
    r"|(?P<plural>duizenden|miljoenen|miljarden) (?:euro's|euro|eur|€)"
    r"|(?P<short>mln|mio|mld|mrd|duizend|miljoen|miljard)\.? (?:euro's|euro|eur|€)"
    r"|(?P<prefix>(?-i:[kKM]))(?:€|(?-i:EUR)))\)?$",
    re.IGNORECASE,
)


_AMOUNTS_IN = re.compile(r"^\(?bedragen in (duizenden|miljoenen|miljarden)\)?$", re.IGNORECASE)


#: A figure printed with its thousands ("400.000", "25 000"): a sum in full, in the unit.
_IN_FULL = re.compile(r"\d{1,3}(?:[. ]\d{3})+(?![\d.])")


_UNBREAK = str.maketrans("", "", "-\xad ")


class Unreadable(ValueError):
    """The strict grammar does not cover this text; the caller counts it, never guesses."""


class Money(NamedTuple):
    """One quote read strictly: its value in the currency's unit, its upper bound.

    A named tuple, not a frozen dataclass: as immutable, and made several times faster
    (a frozen dataclass sets each field through ``object.__setattr__``), once per quote."""

    value: Decimal
    maximum: Decimal | None
    currency: str | None  # None when the quote names no currency ("300 miljoen")
    scale: str | None  # the printed scale word's package name, None when none is printed
    decimals: int  # digits after the decimal comma, for printed precision


def normalise(text: str) -> str:
    """Every run of white space one space, none at the ends. ``str.split`` splits at
    exactly the characters regex ``\\s`` matches (NBSP, narrow and thin spaces among them),
    three times faster than a substitution on a hundred thousand short texts."""
    return " ".join(text.split())


#: Letters Python's ``re.IGNORECASE`` matches to a Latin letter of these words ("ı" and "İ"
#: to "i", "ſ" to "s", the Kelvin sign to "k") though their lower case is another letter: a
#: word matched with one of them is in no table the reader looks its lower case up in.
_CASE_ONLY_LETTERS = frozenset("\u0131\u0130\u017f\u212a")


def _strict(text: str) -> str:
    """``text`` normalised (``normalise``), or Unreadable where it prints a letter that
    matches this grammar's words only when case is ignored ("5 mıljoen euro"): the strict
    grammar reads the words as Dutch prints them, and refusing such a letter keeps a
    lookup by lower case from failing on a word its pattern matched."""
    if not text.isascii() and not _CASE_ONLY_LETTERS.isdisjoint(text):
        raise Unreadable(f"a letter outside the strict grammar: {text!r}")
    return normalise(text)


def _number(text: str, decimal_point: bool = False) -> tuple[Decimal, int]:
    """A number in the grammar's digits or words, and its printed decimals; with
    ``decimal_point`` the point of "5.4" is one."""
    if decimal_point:
        return Decimal(text), len(text.partition(".")[2])
    word = NUMBER_WORDS.get(text.lower())
    if word is not None:
        return word, 0
    if "/" in text:  # "2 1/2", "3/4": a typed fraction, after a whole figure or alone
        whole, _, fraction = text.rpartition(" ")
        numerator, _, denominator = fraction.partition("/")
        head = _number(whole)[0] if whole else Decimal(0)
        return head + Decimal(numerator) / Decimal(denominator), 2
    if text[-1:] in _FRACTION_SIGNS:  # "1¼": a quarter printed as a sign, two decimals
        whole = _number(text[:-1])[0] if text[:-1] else Decimal(0)  # "½" alone: a half
        return whole + _FRACTION_SIGNS[text[-1]], 2
    if text.count(",") > 1:  # English thousands ("1,250,000")
        return Decimal(text.replace(",", "")), 0
    if "'" in text or "’" in text:  # Swiss thousands ("450'000'000")
        return Decimal(text.replace("'", "").replace("’", "")), 0
    whole, _, fraction = text.partition(",")
    digits = whole.replace(".", "").replace(" ", "")
    return Decimal(f"{digits}.{fraction}" if fraction else digits), len(fraction)


def _currency(mark: str) -> str:
    """The code of a currency sign, code or name (lower case), plural or not."""
    for key in (mark, mark.removesuffix("s"), mark.removesuffix("en")):
        if key in CURRENCY_WORDS:
            return CURRENCY_WORDS[key]
    raise Unreadable(f"no currency: {mark!r}")


def _one(text: str) -> tuple[Decimal, str | None, str | None, int]:
    """(value without scale, scale word, currency, decimals) of one amount, or Unreadable."""
    match = _MONEY.match(text)
    if not match:
        raise Unreadable(f"not money in the strict grammar: {text!r}")
    number = match["num"] or match["bnum"]
    english = match["scale"] and match["scale"].lower().endswith("illion")
    if english and re.fullmatch(r"\d{1,3},\d{3}", number):
        number = number.replace(",", "")  # "EUR 1,234 million"
    point = re.fullmatch(r"\d{1,3}\.\d{1,2}", number)
    if point and not (match["scale"] or match["glued"] or match["mid"] or match["lead"]):
        raise Unreadable(f"a decimal point without a scale word: {text!r}")
    value, decimals = _number(number, decimal_point=point is not None)
    signs = [name for name in ("sign", "sign2", "bsign", "trail") if match[name]]
    if len(signs) > 1:
        raise Unreadable(f"two signs in {text!r}")
    if signs:
        value = -value
    words = [match[name] for name in ("lead", "mid", "scale", "glued") if match[name]]
    words += [match[name] for name in ("prefix", "cprefix") if match[name]]
    if len(words) > 1:
        raise Unreadable(f"two scales in {text!r}")
    if match["glued"] and not match["csign"]:
        raise Unreadable(f"a letter glued to a number without a currency sign: {text!r}")
    # a prefix keeps its case ("M€" mega); the words and glued letters are read in any case,
    # a word broken at a line's end ("mil- joen") whole
    word = words[0].strip(" .").lower().translate(_UNBREAK) if words else None
    scale = PREFIX_SCALE.get(words[0], word) if words else None
    signs = [match["csign"] and match["csign"].lower(), match["cword"] and match["cword"].lower()]
    currencies = {_currency(s) for s in signs if s}
    if len(currencies) > 1:
        raise Unreadable(f"two currencies in {text!r}")
    if match["dash"] and (scale or decimals):
        raise Unreadable(f"',-' after a scaled or decimal amount: {text!r}")
    if (number.lower() in NUMBER_WORDS or number in _FRACTION_SIGNS) and not scale:
        raise Unreadable(f"a number word or a fraction sign alone without a scale word: {text!r}")
    return value, scale, next(iter(currencies), None), decimals


_ONES = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
_TEENS = (
    "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien",
    "achttien", "negentien",
)  # fmt: skip
_TENS = ("twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
_SPELLED_SCALE = {"miljoen": 6, "miljard": 9, "biljoen": 12}


def _below_hundred(word: str) -> int:
    """1-99 in words: "vijf", "twaalf", "veertig", "vijfenveertig", "tweeënvijftig"."""
    for table, base, step in ((_ONES, 1, 1), (_TEENS, 10, 1), (_TENS, 20, 10)):
        if word in table:
            return base + step * table.index(word)
    for tens in _TENS:
        head = word.removesuffix(tens)
        if head != word and head[-2:] in ("en", "ën") and head[:-2] in _ONES:
            return _below_hundred(head[:-2]) + _below_hundred(tens)
    raise Unreadable(f"not a number word: {word!r}")


def _below_thousand(word: str) -> int:
    """1-999 in words: "honderd", "driehonderd", "driehonderdvijftig"."""
    head, sep, tail = word.partition("honderd")
    if not sep:
        return _below_hundred(word)
    hundreds = 1 if head in ("", "een") else _below_hundred(head)
    if hundreds > 9:
        raise Unreadable(f"not a number word: {word!r}")
    return hundreds * 100 + (_below_hundred(tail) if tail else 0)


def _whole_word(word: str) -> Decimal:
    """A whole number in one word, below a million, or with a half after it
    ("vijfeneenhalf", "tweeënhalf")."""
    for half in ("eneenhalf", "ëneenhalf", "enhalf", "ënhalf", "eneenhalve", "ëneenhalve"):
        if word.endswith(half) and word != half:
            return _below_thousand(word.removesuffix(half)) + Decimal("0.5")
    head, sep, tail = word.partition("duizend")
    if not sep:
        return Decimal(_below_thousand(word))
    thousands = 1 if head in ("", "een") else _below_thousand(head)
    return Decimal(thousands * 1000 + (_below_thousand(tail) if tail else 0))


def _spelled_money(text: str) -> Money:
    """Money written out in words (see the module's grammar), the word ``min`` or ``minus``
    before it its sign ("min zevenhonderd miljoen"), or Unreadable."""
    words = text.lower().split(" ")
    if words[0] in ("min", "minus") and len(words) > 2:
        money = _spelled_money(" ".join(words[1:]))
        return money._replace(value=-money.value)
    scales: list[int] = []
    if len(words) >= 4 and words[1] == "komma" and words[3] in _SPELLED_SCALE:
        whole, part = _whole_word(words[0]), _whole_word(words[2])
        value = Decimal(f"{whole}.{part}")
        scales.append(_SPELLED_SCALE[words[3]])
        total, rest = value * Decimal(10) ** scales[0], words[4:]
    else:
        total, rest = Decimal(0), words
        while len(rest) >= 2 and rest[1] in _SPELLED_SCALE:
            exponent = _SPELLED_SCALE[rest[1]]
            if scales and exponent >= scales[-1]:
                raise Unreadable(f"groups not from high to low: {text!r}")
            scales.append(exponent)
            total += _whole_word(rest[0]) * Decimal(10) ** exponent
            rest = rest[2:]
        if rest and rest[0] not in CURRENCY_WORDS:
            low = _whole_word(rest[0])
            if scales and low >= Decimal(10) ** scales[-1]:
                raise Unreadable(f"a lower group not below the one before it: {text!r}")
            if not scales and low < 100:
                raise Unreadable(f"a small number word without a scale word: {text!r}")
            total, rest = total + low, rest[1:]
            scales.append(0)
    currency = _currency(" ".join(rest)) if rest else None
    if not scales or (scales == [0] and currency is None):
        raise Unreadable(f"not money in words: {text!r}")
    scale = SCALE_NAMES[scales[0]] if len(scales) == 1 and scales[0] else None
    return Money(total, None, currency, scale, 0)


# A range in words: a whole number word, or one cut short by a hyphen that takes the tail
# of the upper bound's first word ("zes- à zevenhonderd miljoen": zeshonderd; "zes-,
# zevenhonderd miljoen", a comma for "or" after the cut word), a range mark ("en" as the
# extractor quotes it after "tussen": "twee en drie miljard"), and money in words with a
# scale word.
_WORD_RANGE = re.compile(
    r"^(?P<a>[^\W\d_]+)(?:(?P<cut>-)? (?:à|á|a|tot|en)|(?P<comma>-),) (?P<b>[^\W\d_]+ .+)$"
)


def _word_range(match: re.Match[str]) -> Money:
    """A range in words (``_WORD_RANGE``), or Unreadable."""
    high = _spelled_money(match["b"])
    cut = match["cut"] or match["comma"]
    if high.scale is None and not (cut and high.currency):
        # (a cut word shares the tail of thousands before a currency word: "vijf- à
        # zesduizend euro")
        raise Unreadable(f"a range in words without one scale word: {match.group()!r}")
    lower = match["a"].lower()
    if cut:
        upper = match["b"].split(" ")[0].lower()
        tails = [upper[upper.find(t) :] for t in ("honderd", "duizend") if upper.find(t) > 0]
        if not tails:
            raise Unreadable(f"a word cut short with no tail to share: {match.group()!r}")
        _below_hundred(upper[: len(upper) - len(tails[0])])  # the upper word's head, a number
        lower += tails[0]
    low = NUMBER_WORDS.get(lower)
    low = _whole_word(lower) if low is None else low
    exponent = next((e for e, name in SCALE_NAMES.items() if name == high.scale), 0)
    low *= Decimal(10) ** exponent
    if high.value <= low:
        raise Unreadable(f"a range that runs backwards: {match.group()!r}")
    return Money(low, high.value, high.currency, high.scale, 0)


# Tons, a hundred thousand euros each ("twee ton", "anderhalve ton", "een halve ton", "een ton
# euro", "€ 2,5 ton").
_TONS = re.compile(
    rf"^(?P<sign>€ ?)?(?P<n>{_MONEY_DIGITS}|een (?:half|halve|kwart)|[^\W\d_]+) ton"
    r"(?: of (?P<count>[^\W\d_]+|\d+))?(?: (?P<euro>euro))?$",
    re.IGNORECASE,
)
_TON = Decimal(100_000)


def _tons(match: re.Match[str]) -> Money:
    """Money in tons (``_TONS``), its scale printed by no scale word."""
    number = match["n"].lower()
    if match["count"]:  # "een ton of drie": about three tons, as speech rounds it
        count = match["count"].lower()
        value = Decimal(count) if count.isdigit() else NUMBER_WORDS.get(count) or _whole_word(count)
        if number not in ("een", "één", "eén") or value <= 1:
            raise Unreadable(f"no count of tons after 'of': {match.group()!r}")
        decimals = 0
    elif number[:1].isdigit():
        value, decimals = _number(number)
    else:
        value, decimals = NUMBER_WORDS.get(number) or _whole_word(number), 0
    euro = match["euro"] or match["sign"]
    return Money(value * _TON, None, "EUR" if euro else None, None, decimals)


# Thousands said "mille", as money is spoken ("veertig mille", "2,5 mille").
_MILLE = re.compile(rf"^(?P<n>{_MONEY_DIGITS}|[^\W\d_]+) mille$", re.IGNORECASE)


def _milles(match: re.Match[str]) -> Money:
    """Money in thousands said "mille" (``_MILLE``), its scale printed by no scale word."""
    number = match["n"].lower()
    if number[:1].isdigit():
        value, decimals = _number(number)
    else:
        value, decimals = NUMBER_WORDS.get(number) or _whole_word(number), 0
    return Money(value * 1000, None, None, None, decimals)


# Eurocents, a hundredth of a euro each ("42 eurocent", "1,5 eurocent"), or cents, a
# hundredth of the money the text counts in ("20 cent": no currency printed).
_CENTS = re.compile(rf"^(?P<n>{_DIGITS}) (?:(?P<euro>euro)?cents?|ct\.?)$", re.IGNORECASE)


def _cents(match: re.Match[str]) -> Money:
    """Money in cents (``_CENTS``), in units, its scale printed by no scale word; in euros
    where the quote says eurocents."""
    value, decimals = _number(match["n"])
    return Money(value / 100, None, "EUR" if match["euro"] else None, None, decimals + 2)


# "een tientje": ten euros as money is spoken (the extractor quotes it only where the words
# say money, in a document of the euro's time).
_TIENTJE = re.compile(r"^een tientje$", re.IGNORECASE)


# "een miljoen of vijf": about five million, as speech rounds it; the count after "of" is
# a number word or figures, above one.
_ABOUT = re.compile(
    r"^(?:een|één|eén) (?P<scale>miljoen|miljard) of (?P<n>[^\W\d_]+|\d+)"
    r"(?: (?P<cur>euros?|guldens?|dollars?))?$",
    re.IGNORECASE,
)


def _about(match: re.Match[str]) -> Money:
    """Money in ``_ABOUT``'s form, or Unreadable."""
    count = match["n"].lower()
    value = Decimal(count) if count.isdigit() else NUMBER_WORDS.get(count) or _whole_word(count)
    if value <= 1:
        raise Unreadable(f"no count of the scale after 'of': {match.group()!r}")
    exponent = _SPELLED_SCALE[match["scale"].lower()]
    currency = _currency(match["cur"].lower()) if match["cur"] else None
    return Money(value * Decimal(10) ** exponent, None, currency, SCALE_NAMES[exponent], 0)


# A fraction sign alone, with a currency sign before it, as a range's lower bound ("½ à 1
# mld euro", "€ ¼ à € 1 mln."): the upper bound prints the scale both share.
_LONE_FRACTION = re.compile(r"^(?P<c>€ ?)?(?P<f>[½¼¾])$")


# A number word wrapped at a hyphen at a line's end ("twee-⏎honderdvijftig miljoen euro"):
# one word; not a lower bound cut short before a range mark on the next line ("zes-⏎à").
_WRAPPED = re.compile(r"(?<=[^\W\d_])-[ \t\xa0]*\r?\n\s*(?!(?:à|á|a|tot|en|of)\b)(?=[^\W\d_])")


def read_money(quote: str, scale: str | None = None) -> Money:
    """A stored quote read strictly. ``scale`` (the package's column) is applied only when
    the quote prints no scale word, as for a bare number scaled by a note elsewhere."""
    text = _strict(_WRAPPED.sub("", quote) if "-" in quote else quote)
    if (tons := _TONS.match(text)) is not None:
        return _tons(tons)
    if (cents := _CENTS.match(text)) is not None:
        return _cents(cents)
    if (milles := _MILLE.match(text)) is not None:
        return _milles(milles)
    if _TIENTJE.match(text) is not None:
        return Money(Decimal(10), None, "EUR", None, 0)
    if (about := _ABOUT.match(text)) is not None:
        return _about(about)
    maximum = None
    try:
        value, word, currency, decimals = _one(text)
    except Unreadable:
        if text[:1].isalpha() and not any(c.isdigit() for c in text):
            try:
                return _spelled_money(text)
            except Unreadable:
                pass
            if (words := _WORD_RANGE.match(text)) is not None:
                return _word_range(words)
        parts = _MIN_MAX.match(text) or _RANGE.match(text) or _LIST.match(text)
        if not parts:
            raise
        if _LIST.match(text) and "," in parts["a"]:
            # "€ 8,10 en 10 miljoen": 8,10 million, or 8 and 10 million with a space lost?
            raise Unreadable(f"a list whose first item may be two: {quote!r}") from None
        value, word, currency, decimals = _one(parts["b"])
        if (lone := _LONE_FRACTION.match(parts["a"])) is not None:
            # "½ à 1 mld euro": a fraction sign alone, scaled by the upper bound's word
            if word is None:
                raise Unreadable(f"a fraction sign alone without a scale word: {quote!r}") from None
            first, first_word, first_decimals = _FRACTION_SIGNS[lone["f"]], None, 0
            first_currency = "EUR" if lone["c"] else None
        else:
            first, first_word, first_currency, first_decimals = _one(parts["a"])
        if first_currency and currency and first_currency != currency:
            raise Unreadable(f"a range over two currencies: {quote!r}") from None
        if (
            first_word is None
            and word
            and _IN_FULL.search(parts["a"])
            and not _IN_FULL.search(parts["b"])
        ):
            # "€ 400.000 tot € 2,85 mln": a lower bound printed with its thousands is in euros
            # (both printed so, "€ 1.200 à 1.500 mln", they share the scale)
            upper = value * Decimal(10) ** SCALE_EXPONENT[word]
            if upper < first:
                raise Unreadable(f"a range that runs backwards: {quote!r}") from None
            scale_name = SCALE_NAMES[SCALE_EXPONENT[word]]
            return Money(
                first, upper, currency or first_currency, scale_name, max(decimals, first_decimals)
            )
        if first_word and word is None:
            raise Unreadable(f"a range whose lower bound alone prints a scale: {quote!r}") from None
        if first_word and SCALE_EXPONENT[first_word] != SCALE_EXPONENT[word]:
            # "tussen 500 miljoen en 1 miljard euro": each bound in its own printed scale
            low = first * Decimal(10) ** SCALE_EXPONENT[first_word]
            high = value * Decimal(10) ** SCALE_EXPONENT[word]
            if high < low:
                raise Unreadable(f"a range that runs backwards: {quote!r}") from None
            return Money(
                low,
                high,
                currency or first_currency,
                SCALE_NAMES[SCALE_EXPONENT[word]],
                max(decimals, first_decimals),
            )
        if value < first < 0:
            first, value = value, first  # "−6 à −7 mld": a range of deficits, by their size
        elif value < first:
            raise Unreadable(f"a range that runs backwards: {quote!r}") from None
        maximum = value
        value, decimals = first, max(decimals, first_decimals)
        currency = currency or first_currency
    if word is not None:
        exponent = SCALE_EXPONENT[word]
    elif scale is not None:
        exponent = next(e for e, name in SCALE_NAMES.items() if name == scale)
    else:
        exponent = 0
    factor = Decimal(10) ** exponent
    return Money(
        value * factor,
        None if maximum is None else maximum * factor,
        currency,
        SCALE_NAMES[SCALE_EXPONENT[word]] if word else None,
        decimals,
    )


class TableNumber(NamedTuple):
    """A table cell's printed text read strictly: its value (None for a placeholder); a
    named tuple for the reason ``Money`` is one."""

    value: Decimal | None
    decimals: int
    percent: bool


def read_table_number(text: str) -> TableNumber:
    """``"1.124.145"``, ``"309 905"``, ``"– 5,7"``, ``"6,75%"``; ``n.v.t.``/``...``/a dash
    have no value. Anything else is Unreadable."""
    text = normalise(text)
    if text.lower() in PLACEHOLDERS:
        return TableNumber(None, 0, False)
    match = _TABLE.match(text)
    if not match:
        raise Unreadable(f"not a table number in the strict grammar: {text!r}")
    signs = [match[group] for group in ("sign", "sign2", "trail") if match[group]]
    if len(signs) > 1 or (match["paren"] and signs):
        raise Unreadable(f"two signs in one table number: {text!r}")
    if match["paren"]:
        value, decimals = _number(match["paren"])
        return TableNumber(-value, decimals, bool(match["pct"]))
    if match["point"]:
        value, decimals = _number(match["point"], decimal_point=True)
    else:
        value, decimals = _number(match["num"])
    negative = bool(signs)
    return TableNumber(-value if negative else value, decimals, bool(match["pct"]))


def read_scale_note(text: str) -> int:
    """The factor a table's scale note prints: ``x € 1.000`` 1000, ``(x € 1 mln)`` 10**6,
    ``In miljoenen euro's`` 10**6, ``mld euro`` 10**9, ``(in mio €)`` 10**6, ``x k€`` 1000,
    ``in M€`` 10**6 (a prefix in its case: ``m€`` is unread), ``(bedragen in €)`` 1,
    ``bedragen in miljoenen`` 10**6. Anything else is Unreadable."""
    text = _strict(text)
    bare = _AMOUNTS_IN.match(text)
    if bare:  # "bedragen in miljoenen": amounts, in euros
        return {"duizenden": 1_000, "miljoenen": 1_000_000}.get(bare[1].lower(), 10**9)
    match = _SCALE_NOTE.match(text)
    if match and match["eur"] and not match["n"]:
        return 1  # "(bedragen in €)", "in euro", "x € 1": euros as they are
    if not match or not (match["n"] or match["plural"] or match["short"] or match["prefix"]):
        raise Unreadable(f"not a scale note in the strict grammar: {text!r}")
    if match["prefix"]:
        return 10 ** SCALE_EXPONENT[PREFIX_SCALE[match["prefix"]]]
    word = (match["n"] or match["plural"] or match["short"]).rstrip(".").replace(" ", "").lower()
    factors = {
        "1.000": 1_000,
        "1000": 1_000,
        "duizend": 1_000,
        "duizenden": 1_000,
        "1.000.000": 1_000_000,
        "mln": 1_000_000,
        "miljoen": 1_000_000,
        "mio": 1_000_000,
        "miljoenen": 1_000_000,
        "mld": 1_000_000_000,
        "mrd": 1_000_000_000,
        "miljard": 1_000_000_000,
        "miljarden": 1_000_000_000,
    }
    if word in ("1.000", "1000") and match["one"]:
        raise Unreadable(f"not a scale note in the strict grammar: {text!r}")
    return factors[word]
