"""Finding the money amounts in a document: "€ 75,5 mln.", "2 miljard dollar", "€ 1.000,-".

``find_money`` is the one entry point of the money reader: it takes the spans ``money_scan``
finds, reads each quote to its face value (``money_quotes``), quotes the items of lists and
ranges one by one (``money_series``), and refuses, with a reason, what cannot be read to one
value. What it finds and refuses:

Currency: an amount keeps the currency it is printed in ("7,5 miljard dollar", "US$ 3 mln",
"ƒ 300 miljoen", "NLG 612.400") and its face value in that currency; "¤" and "â‚¬" before a
figure, the euro sign as mis-encoded texts print it, are euros (a "¤" opening a line is a
bullet where the text's lines open with it before words); ``MoneyMatch.currency`` is
None when the quote prints none ("300 miljoen"), and the caller decides from the text
around it.

Scale: an amount whose scale is printed inside its quote ("mln.", "miljard", ",-") needs no
help. A bare number whose scale is printed elsewhere, as in "in 2021 300, en in 2023 1.700
(bedragen x 1000)" or the first items of "€ 8, 10 en 10 miljoen", is stored with the scale
it takes; ``parse_quote(quote, scale)`` applies that scale only when the quote prints none.

Thousands in words are found before "euro" ("vijfduizend euro", "tien duizend euro"), and a
round "honderd euro" or "duizend euro" said alone, but not as a rate's base ("per duizend
euro") or a vague count ("een paar honderd euro").

Besides the Dutch scale words and abbreviations a quote may print "mio." (German and EU
texts), "mia" (Flemish), "mlrd" and "mljn" (CPB notes, Flemish texts), "bn", "million",
"billion" (10^9), "trillion" (English; before them "1,234" is English thousands), a letter
glued to the figures after a currency sign ("€5m", "€50k"), a prefix glued to the currency
in its case ("k€ 500", "kEUR", "500 k€": thousands; "M€ 5", "5 MEUR": millions), or a scale
word before the number ("mln. EUR 5", "€ mln 5"). Where the letters at an amount say no one
scale ("€ 5 m": miljoen or metre? "€ 2 bln": billion or biljoen? "m€ 5": milli or mega?) the
amount is refused and reported, never stored as the bare figure: a wrong face value is worse
than a missing one. So is a figure running on in a point and digits that are no thousands
group, with no scale word after them ("€ 2.50": an English decimal point, or cents?); before
a scale word the point is a decimal point ("€ 2.5 miljard", "EUR 5.4 billion"). Two comma
groups ("612,000,000") are English thousands; one comma before three digits and no scale
word ("EUR 2,300") is refused, unless the amount prints its currency and the caller gives
the sentences and the amount's is English (``money_english``): there it is thousands.

A quote holding two numbers joined by "à", "tot", "-", "en" or an em dash glued to both
("€ 40—60 miljoen") is a range ("€ 0,9 à € 1 mld.", "€1,6 miljard en €1,8 miljard" after
"tussen de"); items of a list are quoted one by one. A figure printing no scale before a
spaced em dash and a scaled figure ("€ 25 — 30 miljoen"), or glued to an HTML entity ("€
420&nbsp;miljoen"), has no known face value and is refused.

Unit declarations ("(x € 1.000)", "(in € 1 000)", "bedragen in EUR 1.000") say in what
unit a table counts; they are not amounts and are never yielded, and neither are the steps
a text says its figures are rounded to ("afgerond op € 0,1 mln", ``money_precision``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal

from budgetkit.extract.money_currencies import currency_of
from budgetkit.extract.money_english import english_sentence
from budgetkit.extract.money_grammar import (
    CODES,
    GUILDER_ABBREVIATION,
    NUMBER,
    ROUGHLY,
    ROUGHLY_WORDS,
    SYMBOL,
    W,
)
from budgetkit.extract.money_precision import states_precision
from budgetkit.extract.money_quotes import (
    FULL_FIGURE,
    NUM_TOKEN,
    THOUSANDS_COMMA,
    UNIT_TOKEN,
    YEAR_LIKE,
    MoneyMatch,
    numbers_in,
    parse_quote,
    plain_reading,
    printed_scale,
    quote_value,
    ton_value,
)
from budgetkit.extract.money_scan import scan, signed_start, unfolded
from budgetkit.extract.money_series import (
    change_items,
    items_before,
    list_items,
    ranges_and_rates,
)

#: No budget amount comes near a thousand trillion (the world's yearly product is about a
#: hundred trillion): a larger value is a misprint or a misreading, and it would overflow
#: the 64-bit integers of the package's consumers. ``find_money`` refuses it and says so.
MAX_ABS_AMOUNT = 10**15

# "van ruim 38.000 naar 42.000 euro": a bare number before "naar" and an amount with "euro".
# Either level may print a qualifier ("van 2.070 naar ruim 2.280 euro"): the one after
# "naar" is the second's, and the first still shares its unit.
_FROM_AMOUNT = re.compile(rf"\bvan{W}(?:{ROUGHLY}{W})?(?P<n>{NUMBER}){W}naar{W}(?:{ROUGHLY}{W})?$")
# The qualifier ending the words before the second level ("naar ruim"), for the prefilter,
# which looks back as far as the longest of them reaches.
_QUALIFIER_ENDS = re.compile(rf"{ROUGHLY}\Z")
_QUALIFIER_REACH = max(map(len, ROUGHLY_WORDS))
# One group of three after a comma, no scale word ("EUR 2,300", "€25,000"): Dutch decimals or
# English thousands? As ambiguous as "€ 2.50"; a leading zero ("€ 0,125 per kWh") is Dutch.
_ONE_COMMA_GROUP = re.compile(r"(?<![\d.,])[1-9]\d{0,2},\d{3}(?!\d|,\d)")
# The guilder's older marks, which the money reader reads as no sign ("f 1 miljoen", the
# florin as a text layer prints it, "Hfl 1 mln", "NLG 1.000"): in a unit declaration as
# its sign is ("bedragen x f 1 miljoen" as "x ƒ 1 miljoen").
_OLD_GUILDER = rf"(?:\b{GUILDER_ABBREVIATION}\.?|\bNLG|(?<![\w.])f)"
# "(x € 1.000)", "x € 1 mln.", "(in € 1 000)", "(* € 1.000)", "Bedragen in EUR 1.000",
# "per € 1.000", "(bedragen x f 1 miljoen)": the words before a one-unit figure that make
# it a unit declaration.
_DECLARES = re.compile(
    rf"(?:(?<![\w])(?P<times>[x×*])|\b(?i:in|per))[ \t\xa0]*(?:\r?\n[ \t\xa0]*)?"
    rf"(?:(?:{SYMBOL}|{_OLD_GUILDER})[ \t\xa0]*)?$"
)
# How every ``_DECLARES`` match ends, past white space, lower case: its word, or the sign or
# code after it ("(in € 1 000)": the "€" of the figure's quote stands in the window when the
# figure is no signed amount).
_DECLARING = (
    "x", "×", "*", "in", "per", "€", "¤", "â‚¬", "$", "£", "ƒ", "¥",
    *(code.lower() for code in CODES), "naf", "naf.", "cg", "afl", "afl.", "ecu", "dm", "sdr",
    "fl.", "fl", "f", "nlg",
)  # fmt: skip
_AMOUNTS_WORD = re.compile(r"(?i:bedragen)[ \t\xa0]+(?i:in|per)[ \t\xa0]*(?:\S+[ \t\xa0]*)?$")
_NOTE_CLOSES = re.compile(r"[ \t\xa0\d.]*(?:[)\]:;,]|\r?\n|$)")
_ONE = {Decimal(1), Decimal(1000), Decimal(1_000_000)}
# The generic currency sign "¤" is read as the euro sign of an old PDF's font
# (``money_grammar.GENERIC_SIGN``); a text that opens a line with it before a word ("¤
# Evaluatie in 2026") prints it as its bullet, a font's symbol for one: there a "¤" opening a
# line before a figure is that bullet too ("¤ 2024: start van de pilot", "¤ 12 gemeenten doen
# mee"), no euro sign.
# (A word of two letters at least, no scale: "¤ x 1.000" and "¤ mln" open a table's corner.)
_GENERIC_BULLET = re.compile(
    r"^[ \t\xa0]*¤[ \t\xa0]*(?!(?i:mln|mld|mrd|miljoen|miljard|duizend)\b)[^\W\d_]{2}",
    re.MULTILINE,
)
_LINE_OPENS = re.compile(r"(?:^|\n)[ \t\xa0]*\Z")


def _may_come_from(text: str, start: int) -> bool:
    """Whether the text before an amount at ``start`` may end in a ``_FROM_AMOUNT`` match: it
    ends in "naar" and white space, a qualifier after them or not ("naar ruim"); before most
    amounts stands no "van 38.000 naar")."""
    before = text[max(0, start - 40) : start].rstrip(" \t\xa0\u202f\u2009\r\n")
    if before.endswith("naar"):
        return True
    qualifier = _QUALIFIER_ENDS.search(before, max(0, len(before) - _QUALIFIER_REACH))
    return qualifier is not None and (
        before[: qualifier.start()].rstrip(" \t\xa0\u202f\u2009\r\n").endswith("naar")
    )


def _may_declare(window: str) -> bool:
    """Whether ``window`` may end in a ``_DECLARES`` match: "x", "in" or "per", or a sign
    after them, ends it; before most amounts stands another word."""
    folded = window.rstrip().lower()
    return folded.endswith(_DECLARING) or unfolded(folded)


def declares_unit(text: str, start: int, end: int, quote: str) -> bool:
    """Whether the figure at ``start`` is a unit declaration ("(in € 1 000)", "x € 1 mln.")."""
    begin = max(0, start - 16)
    if not _may_declare(text[begin:start]):
        return False
    word = _DECLARES.search(text, begin, start)
    if word is None:
        return False
    numbers = numbers_in(quote)
    if len(numbers) != 1 or numbers[0][0] not in _ONE:
        return False
    # "x", "×" and "*" always multiply a unit; "in" and "per" only when the figure closes
    # the note ("(in € 1 000)", "Bedragen in EUR 1.000" at the end of a line) or follows
    # "bedragen" ("Bedragen in € 1.000 en lopende prijzen").
    if word.group("times") is not None or _NOTE_CLOSES.match(text, end):
        return True
    return _AMOUNTS_WORD.search(text, max(0, start - 40), start) is not None


def find_money(
    text: str,
    rejected: list[tuple[int, str]] | None = None,
    *,
    sentence: Callable[[int, int], tuple[int, int]] | None = None,
) -> Iterator[MoneyMatch]:
    """Every money amount in ``text``, in order; list items sharing one unit come one by one.

    Bare amounts ("300 miljoen", no sign and no currency word) are yielded with
    ``bare=True``: the caller decides from the neighbouring words whether they count money
    or people, and in what currency. Unit declarations are skipped; amounts beyond
    ``MAX_ABS_AMOUNT``, and amounts whose printed scale is ambiguous ("€ 5 m", "€ 2 bln",
    "m€ 5"), are skipped and, when ``rejected`` is given, reported in it as (offset, reason).
    ``sentence`` gives the span of the sentence holding a span (``TextModel.sentence_span``):
    with it an amount printing its currency and one comma group of three ("EUR 250,000")
    is read as English thousands where its sentence is English; without it, refused.
    """
    last_end = 0
    bullet_sign = "¤" in text and _GENERIC_BULLET.search(text) is not None
    for start, end, kind in ranges_and_rates(text, scan(text), rejected):
        last_end, previous_end = end, last_end
        quote = text[start:end]
        if declares_unit(text, start, end, quote):
            continue
        if bullet_sign and quote.startswith("¤") and _LINE_OPENS.search(text, 0, start):
            _refuse(rejected, start, quote, "'¤' opens lines before words in this text, a "
                    "bullet, not the euro sign: not stored")  # fmt: skip
            continue
        if kind == "foreign":
            _refuse(rejected, start, quote, "a currency with no code here (another country's "
                    "dollar or yen): not stored")  # fmt: skip
            continue
        if kind == "ambiguous":
            _refuse(rejected, start, quote, "its scale, currency or decimal point is ambiguous "
                    "(miljoen or metre, billion or biljoen, milli or mega, "
                    "decimal point or thousands, two units): not stored")  # fmt: skip
            continue
        if kind == "ton":  # "€ 2,5 ton": a hundred thousand euros (``_SIGNED_TONS``)
            yield MoneyMatch(start, end, quote, ton_value(quote), None, "units", False, "EUR")
            continue
        if _leading_zero(quote):
            _refuse(rejected, start, quote, "a figure with a leading zero is a reference or code "
                    "(a kenmerk, a dossier number), not stored")  # fmt: skip
            continue
        if _ungrouped_count(quote):
            _refuse(rejected, start, quote, "seven digits or more without groups before a scale "
                    "word are a reference or code, not stored")  # fmt: skip
            continue
        thousands = "," in quote and _one_comma_group(quote)
        if thousands and not (
            kind not in ("list", "change") and _in_english(text, start, end, quote, sentence)
        ):
            _refuse(rejected, start, quote, "a comma before three digits and no scale word, "
                    "Dutch decimals or English thousands: not stored")  # fmt: skip
            continue
        if kind in ("list", "change"):
            items = list((list_items if kind == "list" else change_items)(text, start, end))
            if _too_large(items, rejected):
                continue
            yield from items
            continue
        start = signed_start(text, start, previous_end)
        quote = text[start:end]
        reading = THOUSANDS_COMMA.sub("", quote) if thousands else quote
        plain = plain_reading(reading)
        if plain is not None:
            scale, currency, amount, amount_max = plain
        else:
            scale = printed_scale(quote) or "units"  # "€ 80.100.000": the sign makes it units
            currency = currency_of(quote)
            amount, amount_max = quote_value(reading, scale)
        if amount_max is None and states_precision(text, start, end, amount):
            continue  # "afgerond op € 0,1 mln": the step figures are rounded to
        found = []
        origin = (
            _FROM_AMOUNT.search(text, max(0, start - 40), start)
            if kind == "euro" and _may_come_from(text, start)
            else None
        )
        if (
            origin
            and origin.start("n") >= previous_end
            and not YEAR_LIKE.fullmatch(origin.group("n"))
        ):
            # "van ruim 38.000 naar 42.000 euro": the first number shares the second's unit,
            # but its scale word only where it prints no thousands ("van 55.000 naar 1,2
            # miljoen euro": a sum in full, in units)
            first = origin.group("n")
            own = "units" if FULL_FIGURE.fullmatch(first) else scale
            value, _ = parse_quote(first, own)
            found.append(
                MoneyMatch(origin.start("n"), origin.end("n"), first, value, None, own, False,
                           currency)
            )  # fmt: skip
        bare = kind == "bare"
        money = MoneyMatch(start, end, quote, amount, amount_max, scale, bare, currency)
        if not found and amount_max is None and kind in ("euro", "bare"):
            found.extend(items_before(text, money, previous_end))
        found.append(money)
        if not _too_large(found, rejected):
            yield from found


def _leading_zero(quote: str) -> bool:
    """Whether the quote's first figure starts with a zero before another digit
    ("0000123456 mln" of a letter's kenmerk): no amount is printed so ("€ 0,5 mln" is).
    (Most quotes hold no zero at all: the figure is not read then.)"""
    if "0" not in quote:
        return False
    first = NUM_TOKEN.search(quote)
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
    return _ONE_COMMA_GROUP.search(quote) is not None and UNIT_TOKEN.search(quote) is None


def _in_english(
    text: str,
    start: int,
    end: int,
    quote: str,
    sentence: Callable[[int, int], tuple[int, int]] | None,
) -> bool:
    """Whether the comma group of ``quote`` (``_one_comma_group``) is English thousands: the
    quote prints its currency ("EUR 250,000", "£780,000": money, not a count or a rate
    whose comma the sentence would not settle) and its sentence is English
    (``english_sentence``), which prints no decimal comma."""
    if sentence is None or currency_of(quote) is None:
        return False
    begin, stop = sentence(start, end)
    return english_sentence(text[begin:stop], start - begin)


def _refuse(rejected: list[tuple[int, str]] | None, start: int, quote: str, why: str) -> None:
    """Report the amount ``quote`` at ``start`` as not stored, and ``why``, in ``rejected``
    when it is given."""
    if rejected is not None:
        rejected.append((start, f"amount {' '.join(quote.split())!r}: {why}"))


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
