"""Unit declarations as budget tables print them, normalised.

A table's figures are in thousands, millions or billions of euros, or percentages, and the
page says so in one of many forms: "x € 1.000", "× € 1.000", "x € 1 000", "(in € 1 000)",
"x 1.000", "Bedragen in EUR 1.000", "x k€", "in kEUR", "x € 1 mln", "x € 1 miljoen",
"(in mio €)", "M€", "mln euro", "in miljoenen euro's", "bedragen in miljoenen", "mld",
"(bedragen in €)", "in procenten bbp". Each form is read into one normalised unit, the
factor that turns a printed value into euros, and the kind of quantity, so "x € 1 miljoen"
can never be stored as one euro per unit.

A scale prefix glued to the currency counts in its case: "k€", "K€", "kEUR" are thousands,
"M€", "MEUR" millions; "m€" (milli or mega?) declares nothing, so the table's unit stays
empty and the caller warns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_S = r"[ \xa0\u202f]*"
#: "euro's" with the typewriter's apostrophe or the typesetter's (a PDF's "euro’s")
_EURO = r"(?:€|eur(?:o['’]?s?)?\b)"
_THOUSANDS = r"1(?:[ .\xa0\u202f]?000)+"
#: The scale words of a unit, by the factor each says.
SCALE_WORDS = {
    "duizend": 1_000,
    "duizenden": 1_000,
    "mln": 10**6,
    "miljoen": 10**6,
    "mio": 10**6,
    "miljoenen": 10**6,
    "mld": 10**9,
    "mrd": 10**9,
    "miljard": 10**9,
    "miljarden": 10**9,
}
#: The scale words a unit note prints, one thing each, and their plurals ("in miljoenen").
_WORDS = ("mln", "miljoen", "mio", "mld", "mrd", "miljard", "duizend")
_PLURALS = ("duizenden", "miljoenen", "miljarden")
_WORD = rf"(?P<word>{'|'.join(_WORDS)})\.?"
_PLURAL = rf"(?P<plural>{'|'.join(_PLURALS)})"
# "×" is read as "x": ``read_unit`` matches a copy of the text with it replaced (a third
# alternative here made every search of every line half again as slow).
#: "x", "in", or an asterisk for the times sign ("(bedragen * € 1.000)")
_TIMES = r"(?:\bx|\bin|(?<=[\s(])\*)"
#: A scale prefix glued to the currency, in its case ("keur" is a Dutch word, "m€" milli?).
_PREFIXED = r"(?<![\w€])(?-i:(?P<prefix>[kKM])(?:€|EUR))(?!\w)"
_PREFIXES = {"k": 1_000, "K": 1_000, "M": 10**6}

#: Spaces after a whole-euros note in a heading line's corner that part it from the headings
#: whatever they print: wider than justified prose sets its words apart.
CORNER_PADDING = 6
#: A word opening in lower case (a sentence's, not a column heading's), in either flag.
_LOWER_WORD = r"(?<![\w'’-])(?-i:[a-zà-ÿ])"

#: Forms that declare a unit, most specific first. Each names its groups for ``read_unit``.
FORMS = (
    # "x € 1.000", "(in € 1 000)", "Bedragen in EUR 1.000", "x 1.000", "x 1.000 euro"
    re.compile(rf"{_TIMES}{_S}(?:{_EURO}{_S})?(?P<number>{_THOUSANDS})(?!\d)", re.I),
    # "x € 1 mln", "x € 1 miljoen", "x € mld", "(x mln)"
    re.compile(rf"{_TIMES}{_S}(?:{_EURO}{_S})?(?:1{_S})?{_WORD}(?!\w)", re.I),
    # "(x k€)", "(in k€)", "bedragen in kEUR", "(M€)": searched only in a text holding one of
    # its prefixed currencies (it starts with no literal, so a search tries every position)
    re.compile(rf"(?:{_TIMES}{_S})?{_PREFIXED}", re.I),
    # "in miljoenen euro's", "bedragen in duizenden euro", "miljarden euro"
    re.compile(rf"{_PLURAL}{_S}(?:{_EURO}|\beuro)", re.I),
    # "mln euro", "€ mln", "mld." as a column heading's unit
    re.compile(rf"(?<![\d,.]{{2}})(?<!\d )\b{_WORD}{_S}(?:{_EURO})?(?=[\s),;]|$)", re.I),
    re.compile(rf"€{_S}{_WORD}(?!\w)", re.I),
    # "(bedragen in €)", "(in euro's)", "Bedragen in euro" as the whole note: euros as they
    # are (in a sentence, "in euro" says nothing about the table's scale); so is the sign or
    # word alone in brackets after a label ("Netto schuld per inwoner (€)"), as "(%)" is. A
    # heading line prints the note in its corner at the line's start, a column's padding
    # after it ("Bedragen in euro's   Stand   Toevoegingen"): the note ends there, as at the
    # line's end, where the padding is wide or no word after it opens in lower case (the
    # headings'); justified prose sets its words two or three spaces apart too ("In euro's
    # gemeten is ..."), and a bracket opened ends only at its close. A table of rates or
    # prices names them so ("Tarieven in euro's", "Prijzen in €"), euros too
    re.compile(
        rf"(?:^|\(){_S}(?:(?:bedragen|tarieven|prijzen){_S})?(?:in|x){_S}(?P<euros>{_EURO})(?:{_S}1)?{_S}(?:\)|$)"
        rf"|^{_S}(?:(?:bedragen|tarieven|prijzen){_S})?(?:in|x){_S}(?P<corner>{_EURO})(?:{_S}1)?"
        rf"(?:[ \xa0]{{{CORNER_PADDING},}}|[ \xa0]{{2,}}(?!.*{_LOWER_WORD}))(?=\S)"
        rf"|\({_S}(?P<bare>{_EURO}){_S}\)",
        re.I,
    ),
    # "(bedragen in miljoenen)" as the whole note: amounts, so money, in the budget's
    # currency (with any word after it, "... dollars", "... woningen", it says something else)
    re.compile(rf"\bbedragen{_S}in{_S}{_PLURAL}{_S}(?=[)]|$)", re.I),
)
PREFIXED_FORM = 2
#: What every match of one of the forms holds, in lower case: a euro sign or word, a
#: thousand's zeros or a scale word. (Ignoring case, "i" also matches "ı" and "İ": those are
#: made "i" first, so that the lower case holds the word the form matched; no other letter
#: of these words matches another character.)
FORM_NEEDS = ("€", "eur", "000", "mln", "mio", "mld", "mrd", "miljoen", "miljard", "duizend")
#: What a match of each form (``FORMS``, in order) holds, one of them at least: in lower case
#: as ``FORM_NEEDS``, and for the prefixed form its prefix and currency in their case. Most
#: texts a form is searched in hold none of its needs (a line of prose with a euro sign holds
#: no thousands' zeros, no scale word, no "k€"): a test by ``in`` spares them the search,
#: which for a pattern opening with no literal tries every position of the text.
_NEEDS_EACH = (
    ("000",),
    _WORDS,
    ("k€", "K€", "M€", "kEUR", "KEUR", "MEUR"),
    _PLURALS,
    _WORDS,
    _WORDS,
    ("€", "eur"),
    ("bedragen",),
)
_PLAIN_I = str.maketrans({"ı": "i", "İ": "i"})
#: Words that say a table counts things, not money ("Aantal uitkeringen (x 1.000)", "x 1.000
#: fte", "x 1 mln m3"): a scale note printing no currency beside them scales a count, unless
#: a word for money stands there too ("Kosten per fte (x 1.000)").
COUNTED = re.compile(
    r"(?<!\bper )\b(?:aantal(?:len)?|fte|personen|leerlingen|studenten|uitkeringen|inwoners"
    r"|huishoudens|woningen|banen|deelnemers|werknemers|cliënten|patiënten|m[23²³]|ton|kg|km"
    r"|uren|stuks)(?!\w)",
    re.I,
)
#: The thing a bare thousands note counts, one word printed right after it to the note's
#: end ("(x 1.000 uitkeringsjaren)", "x 1.000 fte"): not euros ("x 1.000 euro").
COUNTED_AFTER = re.compile(r"[ \xa0]+(?!eur)(?P<noun>[^\W\d_]{3,})[ \xa0]*(?:\)|$)", re.I)
MONEY_WORD = re.compile(
    r"€|\beur|(?-i:(?<=[kKM])EUR)|bedrag|kosten|uitgaven|ontvangsten|verplichtingen|lasten"
    r"|baten|budget|middelen|subsidie|bijdrage|prijs|tarie",
    re.I,
)
#: Another currency named in a note ("in USD mln", "in mln US-dollar", "x US$ 1.000", the
#: guilders of older Miljoenennota's: "(in mln. gulden)", "x ƒ 1.000", and their
#: abbreviations in the CPB's and older tables: "mld gld", "Hfl mln", "Dfl 1.000", "in mln
#: fl.", "x fl. 1.000").
FOREIGN = re.compile(
    r"(?:US)?\$|£|ƒ|\b(?:USD|GBP|CHF|JPY|NLG|US-?dollars?|dollars?|pond(?:en)?|yen|franken"
    r"|guldens?|gld|[hd]?fl)\b(?:(?<=fl)\.)?"
    # the florin as a text layer gives it, a plain "f" right before the note's one and its
    # scale ("(x f 1 miljoen)", "bedragen x f 1.000")
    r"|(?<![\w.,])(?-i:f)(?=[ \xa0\u202f]*(?:1[ .\xa0\u202f]?000"
    r"|(?:1[ \xa0\u202f]*)?(?:mln|mld|miljoen|miljard|mio))\b)",
    re.I,
)
#: A currency no unit label here names, by its code or its name ("in mln DKK", "x 1.000 DM",
#: "bedragen in ANG", "x NAf 1.000", "x 1.000 Zwitserse frank", "in mln kronen"): a note
#: naming it, and no euro, declares no unit, so its values are never taken as euros.
_OTHER_CURRENCY = re.compile(
    r"\b(?:NOK|DKK|SEK|CNY|CAD|AUD|RUB|INR|TRY|PLN|ZAR|BRL|MXN|KRW|HKD|SGD|NZD|CZK|HUF|ANG"
    r"|XCG|AWG|SRD|BEF|DEM|FRF|ITL|ESP|ATS|LUF|ECU|XDR|DM|NAf)(?![\w-])"
    r"|\b(?i:kro(?:on|nen)|d-?mark(?:en)?|franks?|lires?|peseta'?s|schillingen"
    r"|roebels?|zloty'?s?|yuan|renminbi)(?![\w-])"
)
#: Each foreign currency's code, by the first letters of its marks, and the sign its unit
#: label prints ("x $ 1.000").
_FOREIGN_CODES = (("$", "USD"), ("us", "USD"), ("dol", "USD"), ("£", "GBP"), ("gbp", "GBP"))
_FOREIGN_CODES += (("pon", "GBP"), ("chf", "CHF"), ("fra", "CHF"), ("jpy", "JPY"), ("yen", "JPY"))
_FOREIGN_CODES += (("ƒ", "NLG"), ("nlg", "NLG"), ("gul", "NLG"), ("gld", "NLG"))
_FOREIGN_CODES += (("hfl", "NLG"), ("dfl", "NLG"))
_FOREIGN_CODES += (("f", "NLG"),)  # last: after "franken"
_CURRENCY_SIGNS = {"USD": "$", "GBP": "£", "NLG": "ƒ"}
#: Each foreign currency's Dutch name, for a unit said in words the way "mln euro" says the euro's.
_CURRENCY_NAMES = {"USD": "dollar", "GBP": "pond", "CHF": "frank", "JPY": "yen", "NLG": "gulden"}
EURO_MARK = re.compile(r"€|\beur(?:o'?s?)?\b", re.I)
PERCENT_BBP = re.compile(r"(?:procent(?:en)?|%)\s*(?:van\s+het\s+)?bbp", re.I)
PERCENT = re.compile(r"\(in\s*(?:procenten|%)\)|\bin procenten\b|\bin %|\(%\)", re.I)
#: A percentage of something named after it ("in % van uitgaven", "% van de lasten"): the
#: words of a column's heading naming its measure, a share of another figure, no note of a
#: table's unit (a share of the bbp is a unit of its own: ``PERCENT_BBP``).
SHARE_OF = re.compile(r"(?:%|\bprocent)[ \xa0]+van\b(?![ \xa0]+(?:het[ \xa0]+)?bbp)", re.I)
#: A note in brackets that the figures count full-time equivalents ("Formatie (in fte)", "(x 1
#: fte)"): a count in fte, as "(in %)" says percentages; a number of fte in a label ("Extra
#: handhaving (2 fte)"), "per fte" or a bracket's last words ("(als deeltijdfactor in fte)")
#: say neither.
FTE = re.compile(r"\((?:in|x)[ \xa0]*(?:1[ \xa0]*)?fte\)", re.I)


@dataclass(frozen=True)
class Unit:
    label: str  # normalised: "euro", "x € 1.000", "x € 1 mln", "mln euro", "mld euro", "%",
    # "% bbp";
    # for counts "x 1.000", "x 1 mln"
    kind: str  # "EUR" | "percent" | "count"
    factor: int  # a printed value times this is the quantity in euros (1 for percentages)
    text: str  # as printed
    line: int


def unit_label(factor: int, times: bool) -> str:
    """The normalised unit: "x € 1 mln" where the page multiplies, "mln euro" where it says
    the amounts are in millions."""
    if factor == 1:
        return "euro"
    if factor == 1_000:
        return "x € 1.000"
    name = {10**6: "mln", 10**9: "mld"}.get(factor, str(factor))
    return f"x € 1 {name}" if times else f"{name} euro"


def _plain(text: str) -> str:
    """``text`` in lower case, its dotless and dotted "i" made "i" (``FORM_NEEDS``)."""
    return (text if text.isascii() else text.translate(_PLAIN_I)).lower()


def may_declare(text: str) -> bool:
    """Whether ``text`` holds what a match of one of the forms needs (``FORM_NEEDS``): a test
    by ``in`` (scans in C) that spares most texts the forms' seven searches."""
    return _plain_may_declare(_plain(text))


def _plain_may_declare(plain: str) -> bool:
    """``may_declare`` of a text whose ``_plain`` is ``plain``."""
    return any(map(plain.__contains__, FORM_NEEDS))


def _holds_needs(form: int, text: str, plain: str) -> bool:
    """Whether ``FORMS[form]`` may match ``text``, whose ``_plain`` is ``plain`` (made once
    for all forms): it holds one of the form's needs (``_NEEDS_EACH``), tested by ``in``."""
    return any(map((text if form == PREFIXED_FORM else plain).__contains__, _NEEDS_EACH[form]))


def may_hold_unit(text: str) -> bool:
    """Whether ``read_unit`` may find a unit in ``text``: only where it holds a percent sign,
    "procent", "fte" or what a scale note needs (``may_declare``). Where this is False it is
    False of every part of ``text`` too, so a caller trying the openings of one line as
    notes (``tables_heading_line._unit_corner``) tests the whole line once instead."""
    if "%" in text:
        return True
    lowered = text.lower()
    return "procent" in lowered or "fte" in lowered or may_declare(text)


def read_unit(text: str, line: int) -> Unit | None:
    """The unit a caption, note, heading or label declares, if it declares one. A note "(in
    fte)" declares the table's unit only where no scale note beside it does: a caption naming
    two measures, "<noun> (x € 1.000) en <noun> (in fte)", heads money rows and
    a row of fte: the money's unit is the table's, and a row whose label names fte counts fte
    (``tables_scale.counted``)."""
    if "%" in text or "procent" in text.lower():
        match = PERCENT_BBP.search(text)
        if match:
            return Unit("% bbp", "percent", 1, match.group(), line)
        match = PERCENT.search(text)
        if match:
            return Unit("%", "percent", 1, match.group(), line)
    unit = _scaled(text, line)
    if unit is None and "fte" in text.lower() and (match := FTE.search(text)):
        return Unit("fte", "count", 1, match.group(), line)
    return unit


def _scaled(text: str, line: int) -> Unit | None:
    """The unit a scale note (``FORMS``) in ``text`` declares: euros, another currency or a
    count in thousands or millions."""
    plain = _plain(text)
    if not _plain_may_declare(plain):
        return None
    # (the euro's mark first: most notes print it, and it is found at once)
    if not EURO_MARK.search(text) and (FOREIGN.search(text) or _OTHER_CURRENCY.search(text)):
        if _OTHER_CURRENCY.search(text):
            return None  # "(in mln DKK)": a currency no label here names, never euros
        return _foreign(text, line)  # "(bedragen in USD, x 1.000)": dollars, never euros
    probe = text.replace("×", "x") if "×" in text else text  # same length: same offsets
    for form, pattern in enumerate(FORMS):
        if not _holds_needs(form, text, plain):
            continue
        match = pattern.search(probe)
        if match is None:
            continue
        printed = text[match.start() : match.end()].strip()
        groups = match.groupdict()
        if groups.get("number"):
            factor = 1000 ** (len(re.findall("000", groups["number"])))
        elif groups.get("euros") or groups.get("corner") or groups.get("bare"):
            factor = 1
        elif groups.get("prefix"):
            factor = _PREFIXES[groups["prefix"]]
        else:
            factor = SCALE_WORDS[_plain(groups.get("word") or groups.get("plural") or "")]
        # a thousands note naming no currency and ending in what it counts counts that,
        # whatever other words stand in the caption ("Volumes (x 1.000 uitkeringsjaren)")
        no_currency = form == 0 and not re.search(r"€|eur", match.group(), re.I)
        if (no_currency and COUNTED_AFTER.match(probe, match.end())) or (
            not MONEY_WORD.search(text) and COUNTED.search(text)
        ):
            label = "x 1.000" if factor == 1_000 else unit_label(factor, True).replace("€ ", "")
            return Unit(label, "count", factor, printed, line)
        bare = form == 0 and not re.search(r"\bx|€|eur", match.group(), re.I)
        if bare and not re.search(r"bedragen|euro", text, re.I):
            continue  # "in 1.000" alone may count people
        times = match.group().lstrip().lower().startswith("x")
        return Unit(unit_label(factor, times), "EUR", factor, printed, line)
    return None


#: Letters no unit's text prints (its forms' patterns, ``FOREIGN``'s currencies, ``PERCENT``,
#: ``PERCENT_BBP`` and ``FTE`` name none), nor ``_UNIT_LINE_REST``: a text holding one in
#: either case declares something besides a unit (``unit_alone``).
UNIT_LETTERS_ABSENT = "w"

#: What a line declaring a unit alone may print besides the unit ("(bedragen in mld euro)"),
#: and nothing else: a text it matches whole (``fullmatch``) is left empty by removing each
#: of its pieces (at most one of them matches at any place, none of them nothing), and the
#: match stops at the first character left over, where removing them all read the whole text.
_UNIT_LINE_REST = re.compile(r"(?:[\s()\[\]:;,.]|\bbedragen\b|\bin\b)*", re.IGNORECASE)


def unit_alone(text: str, line: int) -> Unit | None:
    """The unit ``text`` declares where it declares nothing else ("mld euro", "% bbp",
    "x € 1.000", "(bedragen in mld euro)"): a table's line of its unit, no row's label."""
    if UNIT_LETTERS_ABSENT in text or UNIT_LETTERS_ABSENT.upper() in text:
        return None  # (what no unit nor what may stand beside it prints: most sentences)
    unit = read_unit(text, line)
    if unit is None or not unit.text:
        return None
    return unit if _UNIT_LINE_REST.fullmatch(text.replace(unit.text, "")) else None


def unit_closing(text: str, line: int) -> Unit | None:
    """The unit a heading prints after its words, closing it ("Uitgaven (mln euro)",
    "EMU-saldo (% bbp)", "Bedrag x € 1.000"): its column's unit, the words naming what the
    column measures, so a heading, where a line printing the unit alone ("(mln euro)",
    "Bedragen in miljoenen euro", ``unit_alone``) is a note of the table's. None for such a
    line, and where words follow the unit (it closes nothing)."""
    unit = read_unit(text, line)
    if unit is None or not unit.text or unit_alone(text, line) is not None:
        return None
    at = text.rfind(unit.text)
    if not _UNIT_LINE_REST.fullmatch(text[at + len(unit.text) :]):
        return None
    return unit if _LETTER.search(text[:at]) else None


#: A letter: a heading's words before its unit.
_LETTER = re.compile(r"[^\W\d_]")


def _foreign(text: str, line: int) -> Unit | None:
    """The unit of a note in another currency ("x US$ 1.000", "bedragen in USD mln"): read
    as the same note in euros would be, its kind the currency's code ("USD") and its label
    printing the currency ("x $ 1.000"), so its values are never taken as euros. One note
    naming two currencies declares nothing."""
    marks = {_code(m.group()) for m in FOREIGN.finditer(text)}
    if len(marks) != 1 or None in marks:
        return None
    code = marks.pop()
    probe = FOREIGN.sub(lambda m: "€".ljust(len(m.group())), text)  # same offsets
    unit = read_unit(probe, line)
    if unit is None or unit.kind != "EUR":
        return None
    at = probe.find(unit.text)
    end = at + len(unit.text)
    # The note's text ends past a currency word it ends in ("miljoenen guldens", not "g").
    end = max([end, *(m.end() for m in FOREIGN.finditer(text) if m.start() < end < m.end())])
    return Unit(in_currency(unit.label, code), code, unit.factor, text[at:end], line)


def in_currency(label: str, code: str) -> str:
    """A euro unit's label said of another currency the way its page says it: by its sign
    where the euro's stands ("x ƒ 1.000"), by its Dutch name where "euro" is written out
    ("mln gulden", as "mln euro"), so a reader sees the money is not in euros."""
    sign = _CURRENCY_SIGNS.get(code, code)
    return label.replace("€", sign).replace("euro", _CURRENCY_NAMES.get(code, code))


def currency_of(heading: str) -> str | None:
    """The currency a column heading names by its code, sign or name, alone or after its
    year ("2001 NLG", "2002 EUR", "ƒ", "Guldens"): its code, "EUR" for the euro; None where
    it names none, or two."""
    codes = {_code(m.group()) for m in FOREIGN.finditer(heading)}
    if EURO_MARK.search(heading):
        codes.add("EUR")
    return codes.pop() if len(codes) == 1 else None


def _code(mark: str) -> str | None:
    lowered = mark.lower()
    return next((code for start, code in _FOREIGN_CODES if lowered.startswith(start)), None)
