"""Reading one quote of money back to its face value: "€ 75,5 mln." is 75 500 000.

``parse_quote`` reads a stored quote, so the provenance check can prove every value comes
from its text, and the finder values what it finds the same way. A bare number whose scale
is printed elsewhere ("in 2023 1.700 (bedragen x 1000)") takes that scale only when the
quote prints none. Amounts said as speech says them are read here too: "een ton" (100 000),
"vijf mille" (5 000), "50 eurocent".
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from budgetkit.extract.money_grammar import (
    CUR,
    CUR_WORD,
    MINUS,
    NUMBER,
    NUMBER_SPACED,
    PLAIN_F,
    PRE_SCALE,
    PREFIXED_CUR,
    RANGE,
    SIGN,
    SIGN_CHARS,
    SYMBOL,
    UNIT_ALL,
    W,
)
from budgetkit.extract.money_words import elided, word_number

FACTORS = {
    "units": 1,
    "duizend": 1_000,
    "mln": 1_000_000,
    "mld": 1_000_000_000,
    "biljoen": 1_000_000_000_000,
}
# After "een miljoen" (or "miljard"), "of" and a count of the scale, as speech rounds "about
# five million": "een miljoen of vijf". A word that counts nothing ("of meer"), a count
# with a unit of its own ("of twee miljoen") or a share ("of 5 procent", "of 3%") is none,
# nor the first digits of a longer figure ("of 2,5 miljoen", "of 2.500 banen").
OR_SO = re.compile(
    r"[ \t\xa0]+of[ \t\xa0]+(?P<count>(?!(?i:een|één|eén)\b)[^\W\d_]+|[2-9]|[1-9]\d)"
    r"(?![^\W\d_]|[.,]?\d|[ \t\xa0]*[\d%]"
    r"|[ \t\xa0]+(?i:miljoen|miljard|mln|mld|duizend|honderd|procent|procentpunt(?:en)?)\b)"
)
_OR_SO_QUOTE = re.compile(
    r"(?i:een|één|eén)[ \t\xa0]+(?P<unit>(?i:miljoen|miljard))"
    + OR_SO.pattern
    + r"(?:[ \t\xa0]+(?i:euro|gulden|dollar)s?)?"
)


def counted(about: re.Match[str] | None) -> Decimal | None:
    """The count of an ``OR_SO`` match, above one ("vijf", "12"), or None when it counts
    nothing ("of meer")."""
    if about is None:
        return None
    count = about.group("count")
    value = Decimal(count) if count.isdigit() else word_number(count)
    return value if value is not None and value > 1 else None


# Readers for a single quote.
NUM_TOKEN = re.compile(NUMBER)
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
UNIT_TOKEN = re.compile(
    rf"(?P<mln>m(?:ln|iljoen|illion|il[\-\xad]\s*joen|i?ljn?{_ALONE}|io(?<![^\W\d_]mio){_ALONE}|(?<=\dm){_ALONE}"
    r"|(?<=(?-i:M))(?<![^\W\d_].)(?=€|EUR)))"
    rf"|(?P<mld>m(?:ld|l?rd|iljard|il[\-\xad]\s*jard|ia(?<![^\W\d_]mia){_ALONE})"
    rf"|bn(?<![^\W\d_]bn){_ALONE}|billion)"
    r"|(?P<biljoen>biljoen|trillion)"
    rf"|(?P<duizend>duizend|k(?:(?<=\dk){_ALONE}|(?-i:(?<=\d[ \xa0]K)){_ALONE}"
    r"|(?<=(?-i:[kK]))(?<![^\W\d_].)(?=€|EUR)))"
    r"|(?P<dash>[,.]-)",
    re.IGNORECASE,
)
# The sign before a number in a quote: after the sign or code ("€ -5", "€ mln -5"), or before
# them ("-€ 5", "– € mln 5", "-k€ 500"); after a range's mark, a word or a dash standing
# apart ("-5 - -3 miljoen": the upper bound's minus is the second dash).
_SIGN_BEFORE = re.compile(
    rf"(?:(?:^|{SYMBOL}|{PREFIXED_CUR}|(?<![^\W\d_])(?:à|á|a|tot|t/m)"
    rf"|(?<=[ \t\xa0])[{SIGN_CHARS}](?=[ \t\xa0]))"
    rf"[ \t\xa0]*(?:{PRE_SCALE})?(?:\r?\n[ \t\xa0]*)*"
    rf"{MINUS}[ \xa0]?"
    rf"|^{MINUS}[ \t\xa0]*(?:{PREFIXED_CUR}|{SYMBOL}){W}(?:{PRE_SCALE})?)$"
)
_SPACED_AFTER_SYMBOL = re.compile(
    rf"(?:{SYMBOL}|{PREFIXED_CUR}){W}(?:{PRE_SCALE})?{SIGN}(?P<n>{NUMBER_SPACED})"
)
_RANGE_BETWEEN = re.compile(
    rf"^{W}(?:{UNIT_ALL}{W})?(?:{CUR}{W})?(?:{RANGE}|en(?:{W}maximaal)?|and){W}"
    rf"(?:(?:{SYMBOL}|{PLAIN_F}){W})?{SIGN}$",
    re.IGNORECASE,
)
_NO_SPACE = str.maketrans("", "", " \xa0\u2009\u202f")
_CUR_WORD_IN_QUOTE = re.compile(CUR_WORD)
YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_SPACED_AT_START = re.compile(rf"(?P<n>{NUMBER_SPACED})")
# A figure printed with its thousands ("300.000", "1.200.000,00", "45 000"): a sum in full.
FULL_FIGURE = re.compile(r"\d{1,3}(?:[.\xa0\u202f\u2009 '’]\d{3})+(?:,\d+)?")


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


#: A fraction printed after the figures ("4½", "1¼", "2¾").
_FRACTIONS = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}


def _to_decimal(token: str) -> Decimal:
    if "/" in token:  # "2 1/2", "3/4": a typed fraction, after a whole figure or alone
        whole, _, fraction = token.replace("\xa0", " ").rpartition(" ")
        numerator, _, denominator = fraction.partition("/")
        return _to_decimal(whole or "0") + Decimal(numerator) / Decimal(denominator)
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
    for m in UNIT_TOKEN.finditer(quote):
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
        and (glued.group().lower() != "duizend" or not UNIT_TOKEN.search(quote, end))
    ):
        return word[: glued.start()]
    return word


def minus_in(window: str) -> bool:
    """Whether ``window`` holds a minus sign: every pattern reading a sign needs one, and most
    amounts have none, so the test spares the pattern."""
    return any(map(window.__contains__, SIGN_CHARS))


def numbers_in(quote: str) -> list[tuple[Decimal, int, int]]:
    """(value, start, end) of every number in the quote, in figures or in words, signed."""
    tokens: list[tuple[Decimal, int, int]] = []
    figures = list(NUM_TOKEN.finditer(quote))
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
        joined = word + rest.group() if rest is not None else ""
        if (
            rest is not None
            and _WRAP.fullmatch(quote, end, rest.start())
            and word_number(_unglued(joined, quote, rest.end())) is not None
        ):  # "twee-⏎honderdvijftig miljoen": one word, wrapped
            shift = rest.start() - len(word)
            word, end, wrapped = joined, rest.end(), index + 1
        elif quote[end : end + 1] == "-" and index + 1 < len(words):
            # "zes- à zevenhonderd miljoen": the lower bound, cut short, shares the tail of
            # the upper one, the word after the range mark (or after a comma: "zes-, zeven...")
            upper = index + 1 if quote[end + 1 : end + 2] == "," else index + 2
            tail = words[upper].group() if upper < len(words) else ""
            value = elided(word, tail) if tail else None
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
        if word.lower() == "duizend" and not UNIT_TOKEN.search(quote, end):
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
    if len(tokens) == 1 and quote[-1:] in SIGN_CHARS and tokens[0][2] == len(quote) - 1:
        return [(-tokens[0][0], tokens[0][1], tokens[0][2])]  # "€ 154.000-": its minus after it
    signed = []
    word_minus = quote[:1] in "mM" and _QUOTE_MINUS.match(quote) is not None  # "min 300 ..."
    for value, start, end in tokens:
        before = max(0, start - 40)  # a window: linear in the list
        if (minus_in(quote[before:start]) and _SIGN_BEFORE.search(quote, before, start)) or (
            word_minus and start == tokens[0][1]
        ):
            value = -value
        signed.append((value, start, end))
    return signed


def _in_full(quote: str, first: tuple[Decimal, int, int], last: tuple[Decimal, int, int]) -> bool:
    """Whether the number ``first`` prints its thousands and ``last`` does not: the first is
    then a sum in full, not a count of the unit printed after the last."""
    return (
        FULL_FIGURE.fullmatch(quote, first[1], first[2]) is not None
        and FULL_FIGURE.fullmatch(quote, last[1], last[2]) is None
    )


#: A "ton": a hundred thousand euros in Dutch money talk ("een subsidie van anderhalve ton").
TON = 100_000
# A number and "ton", "euro" after it or not ("twee ton", "tweeëneenhalve ton", "een halve
# ton", "een ton euro", "2,5 ton"), or "een ton of drie" (about three, ``OR_SO``):
# ``amounts`` stores such a quote only where its words say money; a figure signed with a
# euro sign says it ("€ 2,5 ton", ``money_scan._SIGNED_TONS``).
_TON_QUOTE = re.compile(
    rf"(?:€[ \t\xa0]?)?(?P<n>{NUMBER}|een[ \t\xa0]+(?:half|halve|kwart)|[^\W\d_]+)"
    r"[ \t\xa0]+(?i:ton)"
    rf"(?P<about>{OR_SO.pattern})?"
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
        value = counted(m) if word_number(number) == 1 and number[:1].isalpha() else None
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


_CENTS_QUOTE = re.compile(
    rf"(?P<n>{NUMBER})(?:[ \t\xa0]+|[ \t\xa0]*\n[ \t\xa0]*)(?i:(?:euro)?cents?|ct\.?)"
)


def cents_value(quote: str) -> Amount | None:
    """The units of a quote in cents (``_CENTS_QUOTE``: "42 eurocent", "20 cent", "40 ct"), or None
    for any other quote."""
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
    if (quote[-4:].lower() in ("cent", "ents") or quote.rstrip(".")[-2:].lower() == "ct") and (
        cents := cents_value(quote)
    ) is not None:
        return cents, None
    if quote[-5:].lower() == "mille" and (milles := mille_value(quote)) is not None:
        return milles, None
    return quote_value(quote, printed_scale(quote) or scale or "units")


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
THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def quote_value(quote: str, unit: str) -> tuple[Amount, Amount | None]:
    """``parse_quote`` once the quote's unit is known (``find_money`` has read it already)."""
    if "illion" in quote.lower() and _ENGLISH_SCALE.search(quote):
        quote = THOUSANDS_COMMA.sub("", quote)
    if quote[:1] in "eé" and (count := counted(_OR_SO_QUOTE.fullmatch(quote))):
        return _euros(count, unit), None  # "een miljoen of vijf": five million
    if quote[:1].isalpha() and len(quote.split()) > 2:  # in words, three words at least
        minus = _QUOTE_MINUS.match(quote) if quote[:1] in "mM" else None  # "min drie komma ..."
        spelled = _spelled(quote[minus.end() :] if minus else quote)
        if spelled is not None:
            return _euros(-spelled if minus else spelled, "units"), None
    numbers = numbers_in(quote)
    if not numbers:
        raise ValueError(f"no amount in {quote!r}")
    first = numbers[0]
    if len(numbers) > 1:
        between = quote[first[2] : numbers[1][1]]
        if _RANGE_BETWEEN.match(between) or (
            quote[first[2] - 1] == "-" and _CUT_COMMA.fullmatch(between)
        ):
            own = printed_scale(between) if UNIT_TOKEN.search(between) else None
            if own is None and UNIT_TOKEN.search(quote, 0, first[1]):
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


def plain_reading(quote: str) -> tuple[str, str | None, Amount, None] | None:
    """(scale, currency, value, None) of a quote in one of the ``_PLAIN`` forms, else None.

    Most amounts are printed so; reading them with one pattern instead of the general
    readers (``printed_scale``, ``currency_of``, ``quote_value``) halves what an amount costs.
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


# The text between a number word cut short and its range's upper bound ("zes-, zeven..."),
# a line wrapped after the comma or not.
_CUT_COMMA = re.compile(r",(?:[ \t\xa0]+|[ \t\xa0]*\r?\n[ \t\xa0]*)")
# The word in a quote: before a figure or its sign, the spaces of justified text between
# them or not ("min  €  12  miljoen"), or before a number in words ("min zevenhonderd
# miljoen", as spoken).
_QUOTE_MINUS = re.compile(rf"[Mm]in(?:us)?[ \xa0]+(?=(?:{SYMBOL}[ \xa0]*)?\d|[^\W\d_]+[ \t\xa0])")
