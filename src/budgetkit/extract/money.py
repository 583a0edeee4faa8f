"""Reading and writing Dutch money amounts: "€ 75,5 mln.", "2 miljard euro", "€ 1.000,-".

One grammar serves two jobs. ``find_money`` scans a whole document with a few compiled
regexes that each start on a literal the regex engine finds in C ("€" for ``EUR_MONEY``; the
unit words "miljoen", "mln", "euro" as anchors for ``NUM_MONEY`` and for amounts in words),
so no Python code runs per character. ``parse_quote`` reads one stored quote back to euros,
so the provenance check can prove every value comes from its text. ``format_dutch`` writes
an amount the way the documents do, for round-trip property tests.

Scale: an amount whose scale is printed inside its quote ("mln.", "miljard", ",-") needs no
help. A bare number whose scale is printed elsewhere in the prose, as in "in 2021 300, en in
2023 1.700 (bedragen x 1000)", is stored with ``scale="duizend"``; ``parse_quote(quote, scale)``
applies that scale only when the quote itself prints none.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

FACTORS = {"units": 1, "duizend": 1_000, "mln": 1_000_000, "mld": 1_000_000_000}

_WORD_VALUES = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
    "vijftien": 15, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
    "zeventig": 70, "tachtig": 80, "negentig": 90, "honderd": 100,
}  # fmt: skip
_HUNDREDS = {f"{w}honderd": v * 100 for w, v in _WORD_VALUES.items() if 2 <= v <= 9}
_HALVES = {"anderhalf": Decimal("1.5"), "een half": Decimal("0.5"), "een halve": Decimal("0.5")}
WORD_NUMBERS: dict[str, Decimal] = {
    **{w: Decimal(v) for w, v in {**_WORD_VALUES, **_HUNDREDS}.items()},
    **_HALVES,
}

# White space inside an amount: spaces, NBSP, and line breaks with up to two blank lines.
_W = r"[ \t\xa0\u202f]*(?:\r?\n[ \t\xa0\u202f]*){0,3}"
# A number as printed: dotted thousands and decimal comma, optional "½"; never glued to a
# word or to a preceding number (footnote marks like "monitor6" or "woningen.4"). The first
# digit is consumed before the look-behind so that a scanning regex starting with it lets the
# regex engine skip ahead to the next digit quickly.
NUMBER_REST = r"(?:\d{0,2}(?:\.\d{3})+(?!\d)|\d*)(?:,\d+)?½?"
NUMBER = rf"\d(?<![\w.,]\d){NUMBER_REST}"
_WORD_NUM = (
    r"(?<![\w\-])(?:"
    + "|".join(sorted((re.escape(w) for w in WORD_NUMBERS), key=len, reverse=True))
    + r")(?!\w)"
)
# A unit may carry a glued footnote mark ("miljoen2"), never more letters ("miljoenennota").
_END = r"(?![^\W\d]|-)"
_UNIT = rf"(?i:mln\.?|miljoen|mld\.?|miljard){_END}"
_UNIT_ALL = rf"(?i:mln\.?|miljoen|mld\.?|miljard|duizend){_END}"
_EURO = rf"(?i:euro){_END}"
_SIGN = r"[\-\u2212]?"
_RANGE = r"(?:à|a|tot|–|-)"

# Amounts with a euro sign. "x € 1.000" is a table's scale note, not an amount. Each regex
# starts with a literal or a digit class, which the regex engine scans for in C.
EUR_MONEY = re.compile(
    rf"""€(?<!\bx\s€)(?<!\bx\xa0€)(?<!\bx€)(?<!×\s€)(?<!×€)(?:
    (?P<list>{_W}{_SIGN}{NUMBER}(?:{_W},{_W}€?{_W}{NUMBER})*{_W}(?:en|of){_W}€?{_W}{NUMBER}
        {_W}{_UNIT_ALL}(?:{_W}{_EURO})?)
    |(?P<eur>{_W}{_SIGN}{NUMBER}
        (?:{_W}{_RANGE}{_W}€?{_W}{NUMBER}(?={_W}{_UNIT_ALL}))?
        (?:{_W}{_UNIT_ALL}|[,.]-)?(?:{_W}{_EURO})?))
    """,
    re.VERBOSE,
)
# Amounts in figures without a euro sign: "2 miljard euro", "50.000 euro", bare "300 miljoen".
NUM_MONEY = re.compile(
    rf"""{NUMBER}(?:
    (?P<euro>(?:{_W}{_RANGE}{_W}{NUMBER}(?={_W}(?:{_UNIT}{_W})?{_EURO}))?
        {_W}(?:{_UNIT_ALL}{_W})?{_EURO})
    |(?P<bare>{_W}{_UNIT}))
    """,
    re.VERBOSE,
)
# Digits are common and units rare, so amounts without "€" are looked for only just before
# a unit word: ``NUM_MONEY`` runs on a short window ending a little after each anchor.
# Each anchor regex starts with a literal ("milj", "ml", "euro", ...) the engine finds in C.
_ANCHORS = tuple(
    re.compile(rf"{word}{_END}")
    for word in ("milj(?:oen|ard)", "Milj(?:oen|ard)", "ml[nd]", "euro", "Euro", "EURO")
)
_BEFORE_ANCHOR, _AFTER_ANCHOR = 80, 40
# Amounts in words ("twee miljard"): found from their unit, looking back.
_BIG_UNIT = re.compile(rf"milj(?:oen|ard){_END}(?:{_W}{_EURO})?")
_WORD_BEFORE = re.compile(rf"{_WORD_NUM}{_W}$", re.IGNORECASE)

# Readers for a single quote.
_NUM_TOKEN = re.compile(rf"{_SIGN}(?:{NUMBER}|{_WORD_NUM})", re.IGNORECASE)
_UNIT_TOKEN = re.compile(
    r"(?P<mln>mln|miljoen)|(?P<mld>mld|miljard)|(?P<duizend>duizend)|(?P<dash>[,.]-)",
    re.IGNORECASE,
)
_RANGE_BETWEEN = re.compile(rf"^{_W}{_RANGE}{_W}€?{_W}$", re.IGNORECASE)
_LIST_BETWEEN = re.compile(rf"^{_W}(?:,|en|of){_W}€?{_W}$", re.IGNORECASE)
# "€ 8,10 en 10 miljoen": a decimal with a trailing zero ("8,10") in front of a list is two
# list items written without the space after the comma; Dutch budgets never print "8,10 mln".
_GLUED_LIST = re.compile(r"^(\d+),(\d*0)$")


# "van ruim 38.000 naar 42.000 euro": a bare number before "naar" and an amount with "euro".
_FROM_AMOUNT = re.compile(
    rf"\bvan{_W}(?:(?i:ruim|circa|ongeveer|bijna){_W})?(?P<n>{NUMBER}){_W}naar{_W}$"
)
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class MoneyMatch:
    """One money amount found in text: where it is, what it says, how sure we are it is money."""

    start: int
    end: int
    quote: str
    amount_eur: int
    amount_eur_max: int | None
    scale: str
    bare: bool  # no "€" and no "euro": money only if the words around it say so


def _to_decimal(token: str) -> Decimal:
    token = token.strip()
    sign = -1 if token[:1] in "-\u2212" else 1
    token = token.lstrip("-\u2212")
    word = " ".join(token.lower().split())
    if word in WORD_NUMBERS:
        return sign * WORD_NUMBERS[word]
    half = token.endswith("½")
    digits = token.rstrip("½").replace(".", "").replace(",", ".")
    return sign * (Decimal(digits) + (Decimal("0.5") if half else 0))


def _euros(value: Decimal, scale: str) -> int:
    return int((value * FACTORS[scale]).to_integral_value(rounding=ROUND_HALF_UP))


def printed_scale(quote: str) -> str | None:
    """The scale printed in the quote (its last unit word), or None when it prints none."""
    found = None
    for m in _UNIT_TOKEN.finditer(quote):
        found = m.lastgroup
    if found == "dash":
        return "units"
    if found is None and re.search(_EURO, quote, re.IGNORECASE):
        return "units"
    return found


def _numbers(quote: str) -> list[tuple[Decimal, int, int]]:
    """Number tokens with offsets, splitting a glued list head like "8,10" into 8 and 10."""
    tokens = [(m.group(), m.start(), m.end()) for m in _NUM_TOKEN.finditer(quote)]
    out = []
    for i, (text, start, end) in enumerate(tokens):
        glued = _GLUED_LIST.match(text)
        followed_by_list = i + 1 < len(tokens) and _LIST_BETWEEN.match(
            quote[end : tokens[i + 1][1]]
        )
        if glued and followed_by_list:
            comma = start + len(glued.group(1))
            out.append((Decimal(glued.group(1)), start, comma))
            out.append((Decimal(glued.group(2)), comma + 1, end))
        else:
            out.append((_to_decimal(text), start, end))
    return out


def parse_quote(quote: str, scale: str | None = None) -> tuple[int, int | None]:
    """Euros (amount, upper bound or None) of one amount's quote.

    The quote is the text ``find_money`` stored: one amount, a range ("€ 0,9 à € 1 mld."),
    or a list item up to the unit it shares ("10 en 10 miljoen" gives 10 million).
    ``scale`` is used only when the quote prints no scale of its own (an external
    "(bedragen x 1000)" note). Raises ValueError when the quote holds no number.
    """
    numbers = _numbers(quote)
    if not numbers:
        raise ValueError(f"no amount in {quote!r}")
    unit = printed_scale(quote) or scale or "units"
    first = numbers[0]
    if len(numbers) > 1 and _RANGE_BETWEEN.match(quote[first[2] : numbers[1][1]]):
        return _euros(first[0], unit), _euros(numbers[1][0], unit)
    return _euros(first[0], unit), None


def _scan(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of every amount, in text order, without overlaps."""
    found = [(m.start(), m.end(), m.lastgroup or "eur") for m in EUR_MONEY.finditer(text)]
    covered = 0
    anchors = heapq.merge(*(a.finditer(text) for a in _ANCHORS), key=lambda m: m.start())
    for anchor in anchors:
        if anchor.start() < covered:
            continue
        start = max(covered, anchor.start() - _BEFORE_ANCHOR)
        m = NUM_MONEY.search(text, start, anchor.end() + _AFTER_ANCHOR)
        if m and m.end() >= anchor.end():
            found.append((m.start(), m.end(), m.lastgroup or "bare"))
            covered = m.end()
    for m in _BIG_UNIT.finditer(text):
        word = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if word:
            kind = "euro" if m.group().lower().endswith("euro") else "bare"
            found.append((word.start(), m.end(), kind))
    found.sort()
    last_end = -1
    for start, end, kind in found:
        if start >= last_end:
            yield start, end, kind
            last_end = end


def find_money(text: str) -> Iterator[MoneyMatch]:
    """Every money amount in ``text``, in order; list items sharing one unit come one by one.

    Bare amounts ("300 miljoen", no € and no "euro") are yielded with ``bare=True``: the
    caller decides from the neighbouring words whether they count money or people.
    """
    last_end = 0
    for start, end, kind in _scan(text):
        last_end, previous_end = end, last_end
        if kind == "list":
            head = text[start:end]
            for index, (_value, offset, _end) in enumerate(_numbers(head)):
                begin = start + (0 if index == 0 else offset)
                quote = text[begin:end]
                amount, _ = parse_quote(quote)
                yield MoneyMatch(begin, end, quote, amount, None, printed_scale(quote), False)
            continue
        quote = text[start:end]
        scale = printed_scale(quote) or "units"  # "€ 80.100.000": the euro sign makes it units
        origin = _FROM_AMOUNT.search(text, max(0, start - 40), start)
        if (
            origin
            and kind == "euro"
            and origin.start("n") >= previous_end
            and not _YEAR_LIKE.fullmatch(origin.group("n"))
        ):
            # "van ruim 38.000 naar 42.000 euro": the first number shares the second's unit.
            first = origin.group("n")
            value, _ = parse_quote(first, scale)
            yield MoneyMatch(origin.start("n"), origin.end("n"), first, value, None, scale, False)
        amount, amount_max = parse_quote(quote, scale)
        yield MoneyMatch(start, end, quote, amount, amount_max, scale, kind == "bare")


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
        word = {"units": "", "duizend": "duizend ", "mln": "miljoen ", "mld": "miljard "}[scale]
        return f"{number} {word}euro"
    suffix = {"units": ",-", "duizend": " duizend", "mln": " mln.", "mld": " mld."}[scale]
    return f"€ {number}{suffix}"
