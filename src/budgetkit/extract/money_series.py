"""Lists and ranges of amounts sharing one unit: "€ 8, 10 en 10 miljoen", "€ 5 tot 7 mln".

A figure in a series prints its currency or scale only once ("de eerste items van € 8, 10 en
10 miljoen"); each item is quoted on its own with the scale it takes. Two figures joined by
"à", "tot" or "-" are one range; the sides of an exchange rate ("1 USD = 0,92 EUR") or a
change and the level it reaches ("verhoogd met € 150 mln tot € 1.650 mln") are two amounts, and
so are the levels before and after a change ("van € 55 naar € 57,8 miljard"), the scale printed
after the second shared by the first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from budgetkit.extract.money_currencies import currencies, currency_of
from budgetkit.extract.money_grammar import (
    ITEM_MARK,
    NUMBER,
    RANGE,
    ROUGHLY,
    SENTENCE_STOP,
    SLASH,
    WORD_GAP,
    W,
)
from budgetkit.extract.money_quotes import (
    FULL_FIGURE,
    NUM_TOKEN,
    UNIT_TOKEN,
    YEAR_LIKE,
    MoneyMatch,
    numbers_in,
    parse_quote,
    printed_scale,
)

# Between the bounds of a range whose upper bound prints its sign again ("€ 8 tot € 57"); a
# mark in words may have a line's end before or after it ("€ 250 miljoen tot⏎€ 1 miljard"),
# as between a range's bounds in figures; a dash opening a line opens a list's item instead.
_SIGNED_RANGE = re.compile(
    rf"[ \t\xa0]+{RANGE}[ \t\xa0]+"
    r"|[ \t\xa0]*\r?\n[ \t\xa0]*(?:à|á|tot[ ]en[ ]met|t/m|tot)[ \t\xa0]+"
    r"|[ \t\xa0]+(?:à|á|tot[ ]en[ ]met|t/m|tot)[ \t\xa0]*\r?\n[ \t\xa0]*"
)
# "verhoogd met € 150 mln tot € 1.650 mln": after "met", "X tot Y" is a change and the level
# it reaches, two amounts, not a range; after a verb of change and "van" ("verhoogd van € 7,5
# mln tot € 9,35 mln") the levels before and after it, the verb's particle printed after it
# or not ("lopen op van € 3 mln tot € 4 mln", "neemt af van", "oplopend van": the path of a
# sum that rises or falls, each level an amount, where "varieert van € 8 tot € 57" is a range).
# The verb's words may stand between it and its particle, no stop among them ("liepen tussen
# <jaar> en <jaar> op van X tot Y", "nam in die jaren toe van"): a few words, read back from
# the first amount as far as ``_CHANGE_REACH``.
# A line may end between any two of its words, as a sentence wraps anywhere ("stijgen in 2026
# met⏎€ 4,1 miljard tot € 121,7 miljard": the change and the level all the same).
_PARTICLE_GAP = rf"(?:{WORD_GAP}[^\s.;:!?€]+){{0,6}}?{WORD_GAP}"
_CHANGE_BY = re.compile(
    r"(?:\b(?P<by>(?i:met))|(?<![^\W\d_])(?i:verhoogd|verlaagd|gestegen|gedaald|toegenomen|afgenomen"
    r"|stijgt|stijgen|steeg|stegen|daalt|dalen|daalde|daalden|groeit|groeien|verhoogt|verlaagt"
    rf"|(?:loopt|lopen|liep|liepen){_PARTICLE_GAP}(?:op|terug)"
    rf"|(?:neemt|nemen|nam|namen){_PARTICLE_GAP}(?:toe|af)"
    rf"|(?:gaat|gaan|ging|gingen){_PARTICLE_GAP}(?:omhoog|omlaag)|opgelopen|teruggelopen"
    r"|(?:op|terug|af)lopend|(?:toe|af)nemend|stijgend|dalend)"
    rf"{WORD_GAP}(?i:van)){WORD_GAP}(?:{ROUGHLY}{WORD_GAP})?\Z"
)
# "Met" is a change's only in a clause of change, a verb or noun of rising or falling before
# or after it ("stijgt in 2026 met", "wordt met € X tot € Y verhoogd", "een verhoging met");
# "met" of means or company ("gecompenseerd met € 300 tot € 600 per jaar", "een subsidie
# met € 5.000 tot € 50.000 per project") joins a range's bounds. Read in the clause: back to
# a stop, a semicolon or a colon, and on to one (``_CLAUSE_REACH`` either side at most).
_CHANGE_WORD = re.compile(
    r"(?<![^\W\d_])(?i:verho(?:o)?g|verla(?:a)?g|opgehoogd|opho(?:o)?g|stijg|steeg|stegen"
    r"|gestegen|da(?:a)?l|gedaald|groei|gegroeid|toegenomen|afgenomen|toename|afname"
    r"|vermeerder|verminder|verruim|bijgesteld|opgetrokken|opgelopen|teruggelopen"
    r"|(?:neemt|nam|namen|nemen|loopt|liep|liepen|lopen|hoogt|gekort|kort|korten|korting)"
    r"(?![^\W\d_]))"
)
#: How far before the first amount a verb of change and its "van" are looked for.
_CHANGE_REACH = 90
_CLAUSE_MARK = re.compile(r"[.;:!?](?!\d)")
#: How far before and after the amounts the clause of a change's "met" is read.
_CLAUSE_REACH = 150
# Only "tot" joins a change and the level it reaches: after "met" the other marks ("à", a
# dash, "t/m") join a range's bounds ("stijgt met € 14 à € 24 per jaar"). And a clause saying
# what the sum depends on ("afhankelijk van de grootte van het huishouden, met € 14,05 tot €
# 24,71 per jaar", before the amounts or after them) gives the bounds it varies between, one
# range, whichever mark joins them. Read in the amounts' sentence (``SENTENCE_STOP``). Not
# where the second is many times the first (``_LEVEL_OVER_CHANGE``): bounds a sum varies
# between stand near each other ("€ 14,05 tot € 24,71", "€ 1,3 tot € 1,9 miljard"), while a
# level dwarfs the change that reached it ("afhankelijk van de raming daalt het budget met
# € 4 mln tot € 96 mln": what depends is the change, still a change and its level).
_DEPENDS = re.compile(r"(?<![^\W\d_])(?i:afhankelijk)[ \t\xa0\r\n]+(?i:van)(?![^\W\d_])")
#: How far either side of a range the words saying what it depends on are looked for.
_DEPENDS_REACH = 200
#: How many times the first amount the second is at least where it is a level, no bound.
_LEVEL_OVER_CHANGE = 10
# "van € 55 naar € 57,8 miljard": a level before and after a change, the first printing no
# scale word, the second one: both in the scale printed once at the end, as a range's bounds
# ("€ 2,5 à € 3 miljard") and a list's items ("€ 55 en € 57,8 miljard") share it. "van"
# before the first, "naar" between them (a qualifier after "van" or not).
_FROM_BEFORE = re.compile(rf"(?<![^\W\d_])(?i:van)[ \t\xa0]+(?:{ROUGHLY}[ \t\xa0]+)?\Z")
# The second may print a qualifier ("van € 55 naar ruim € 57,8 miljard"), which is its own.
_TO_BETWEEN = re.compile(rf"[ \t\xa0]+(?i:naar)[ \t\xa0]+(?:{ROUGHLY}[ \t\xa0]+)?")
# What a signed bound of a range joined by ``ranges_and_rates`` starts with: a sign or a
# code, not a scale prefix ("k€", "MEUR": a range over two scales is left as two amounts).
_SIGN_FIRST = frozenset("€$£ƒEUGCJ")
# Between the sides of an exchange rate ("1 USD = 0,92 EUR"), a line's end on either side
# of "=" too ("1 dollar⏎= 0,92 euro").
_RATE = re.compile(rf"{WORD_GAP}?={WORD_GAP}?")
# Before the one unit of another currency that a rate's value buys ("ƒ 2,20371 voor 1 euro").
_RATE_FOR = re.compile(rf"{WORD_GAP}(?:voor|per|tegen){WORD_GAP}")
# The numbers of a list before its last item, which alone prints the unit ("2, 3 en " of
# "2, 3 en 4 miljoen euro"), up to where the amount starts (the search's end).
_LIST_BEFORE = re.compile(
    rf"(?<![\w.,€$£\-–])(?P<items>{NUMBER}(?:{ITEM_MARK}[ \t\xa0]+{NUMBER})*)"
    r"[ \t\xa0]+(?:en|of)[ \t\xa0]+\Z"
)
# Two parallel changes joined by "en", the verb printed once and only the second figure
# printing its scale ("het kindgebonden budget met 180 en de zorgtoeslag met 90 miljoen", "de
# bijdrage stijgt met 1,5 en de subsidie met 2 miljard"): the first figure, bare after its
# "met" and right before "en", shares the second's unit, as a list's items do. Only a few
# words between "en" and the second "met" (the second change's noun), no figure, sign or
# punctuation: the pairing is then the only reading.
_PAIRED_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?i:met)[ \t\xa0]+(?P<items>{NUMBER})[ \t\xa0]+(?i:en)[ \t\xa0]+"
    r"(?:[^\W\d_]+[ \t\xa0]+){1,4}(?i:met)[ \t\xa0]+\Z"
)
# The first change's own clause naming a count or a share ("Het aantal plaatsen stijgt met
# 180 en het budget met 90 miljoen euro", "de formatie groeit met 12 en de loonsom met 3
# miljoen"): the two changes are of different things, and the first figure shares no unit.
_COUNTED_FIRST = re.compile(
    r"\b(?:aantal(?:len)?|fte|formatie|percentage|procent)\b[^.;:!?,]*\Z", re.IGNORECASE
)
# The numbers of a series before its last item, joined by spaced slashes ("3,65 / 3,72 / " of
# "3,65 / 3,72 / 3,79 mln euro"; ``SLASH``).
_SLASHED_BEFORE = re.compile(rf"(?<![\w.,€$£\-–/])(?P<items>{NUMBER}(?:{SLASH}{NUMBER})*){SLASH}\Z")
# A glued list head "8,10" in "respectievelijk € 8,10 en 10 miljoen" after three years.
_GLUED_LIST = re.compile(r"^(\d+),(\d+)$")
_RESPECTIVELY = re.compile(rf"respectievelijk{W}$", re.IGNORECASE)
_YEAR_TOKEN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CLAUSE_END = re.compile(r"[.!?;:][\s\xa0]+(?=[A-Z])")


def _glued_split(text: str, start: int, head: str, items: int) -> bool:
    """Whether "€ 8,10 en 10 miljoen" lists 8 and 10: only when "respectievelijk" pairs the
    items with years printed before it, and there is one year more than items as printed."""
    if not _RESPECTIVELY.search(text, max(0, start - 40), start):
        return False
    window = text[max(0, start - 300) : start]
    ends = [m.end() for m in _CLAUSE_END.finditer(window)]
    years = set(_YEAR_TOKEN.findall(window[ends[-1] if ends else 0 :]))
    return len(years) == items + 1 and _GLUED_LIST.match(head) is not None


def list_items(text: str, start: int, end: int) -> Iterator[MoneyMatch]:
    """The items of "€ 8, 10 en 10 miljoen", each quoted alone with the unit they share."""
    head = text[start:end]
    numbers = numbers_in(head)
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
    unit = UNIT_TOKEN.search(head, split[-1][2])
    currency = currency_of(head)
    full = FULL_FIGURE.fullmatch(head, split[-1][1], split[-1][2]) is None
    for index, (_value, offset, stop) in enumerate(split):
        last = index == len(split) - 1
        begin = start if index == 0 else start + offset
        finish = end if last else start + stop
        quote = text[begin:finish]
        own = None if last else printed_scale(quote)  # "k€ 500 en € 5 mio.": its own scale
        if not (last or own) and full and FULL_FIGURE.fullmatch(head, offset, stop):
            own = "units"  # "€ 300.000 en € 1,5 miljoen": a full figure is in euros
        amount, _ = parse_quote(quote, own or scale)
        scale_at = None if last or own or unit is None else start + unit.start()
        yield MoneyMatch(
            begin, finish, quote, amount, None, own or scale, False, currency, scale_at
        )


def change_items(text: str, start: int, end: int) -> Iterator[MoneyMatch]:
    """The two levels of "van € 55 naar € 57,8 miljard" (joined by ``ranges_and_rates``),
    each quoted with its sign: the second as printed, the first in the scale the second
    prints, unless it prints its thousands ("van € 55.000 naar € 1,2 miljoen": a sum in
    full, in euros)."""
    to = _TO_BETWEEN.search(text, start, end)
    assert to is not None  # (joined only where "naar" stands between them)
    low, high = text[start : to.start()], text[to.end() : end]
    scale = printed_scale(high) or "units"
    unit = UNIT_TOKEN.search(high)
    currency = currency_of(high)
    full = FULL_FIGURE.search(low) is not None
    amount, _ = parse_quote(low, "units" if full else scale)
    scale_at = None if full or unit is None else to.end() + unit.start()
    yield MoneyMatch(
        start, to.start(), low, amount, None, "units" if full else scale, False, currency,
        scale_at,
    )  # fmt: skip
    amount, _ = parse_quote(high)
    yield MoneyMatch(to.end(), end, high, amount, None, scale, False, currency)


#: How many times the level it changes to a level before a change may be, read in the
#: scale the second prints: "van € 40 naar € 5,2 miljard" (to an eighth) shares it, "van
#: € 870 naar € 1 miljoen" does not.
_MOST_FALL = 10


def _changed_levels(text: str, start: int, end: int, after: int, stop: int) -> bool:
    """Whether the signed amounts ``text[start:end]`` and ``text[after:stop]`` are the levels
    before and after a change, "van € 55 naar € 57,8 miljard": one figure each, one
    currency, the scale word printed by the second alone (``change_items``)."""
    if not (
        _TO_BETWEEN.fullmatch(text, end, after)
        and _FROM_BEFORE.search(text, max(0, start - 20), start)
        and text[start] in _SIGN_FIRST
        and text[after] in _SIGN_FIRST
    ):
        return False
    low, high = text[start:end], text[after:stop]
    if not (
        currencies(text[start:stop]) == {currency_of(low)}
        and len(NUM_TOKEN.findall(low)) == len(NUM_TOKEN.findall(high)) == 1
        and printed_scale(low) is None
        and printed_scale(high) not in (None, "units")
    ):
        return False
    # a level that the second's scale would make many times the level it changes to ("van
    # € 870 naar € 1 miljoen": 870 million falling to one) is no level in that scale
    scale = "units" if FULL_FIGURE.search(low) else printed_scale(high)
    before, _ = parse_quote(low, scale)
    reached, _ = parse_quote(high)
    return before is not None and reached is not None and before <= _MOST_FALL * reached


def items_before(text: str, match: MoneyMatch, previous_end: int) -> list[MoneyMatch]:
    """The items of a list printed without a sign before the amount ``match`` whose unit
    they share: "2, 3 en 4 miljoen euro", "1,6, 1,8 en 1,9 miljard", "20 en 30 miljoen",
    "3,65 / 3,72 / 3,79 mln", "met 180 en de zorgtoeslag met 90 miljoen" (``_PAIRED_BEFORE``).
    No items when a number before "en" is a year, or prints its thousands (a full figure,
    not a count of the unit: "300.000 en 1,5 miljoen euro" holds no list)."""
    lo = max(previous_end, match.start - 80)
    before = text[lo : match.start].rstrip(" \t\xa0")
    if before.endswith((" met", " Met")):
        found = _PAIRED_BEFORE.search(text, lo, match.start)  # "met 180 en de X met 90 mln"
        if found is not None and _COUNTED_FIRST.search(
            text, max(0, found.start() - 120), found.start()
        ):
            return []  # "het aantal plaatsen stijgt met 180 en het budget met 90 mln"
    elif before.endswith((" en", " of", " /")):
        pattern = _SLASHED_BEFORE if before[-1] == "/" else _LIST_BEFORE
        found = pattern.search(text, lo, match.start)
    else:
        return []  # most amounts: no "en" right before them
    unit = UNIT_TOKEN.search(text, match.start, match.end)
    if found is None or unit is None or unit.lastgroup == "dash":
        return []
    figures = list(NUM_TOKEN.finditer(found.group("items")))
    if any(YEAR_LIKE.fullmatch(m.group()) or FULL_FIGURE.fullmatch(m.group()) for m in figures):
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


def ranges_and_rates(
    text: str, scan: Iterator[tuple[int, int, str]], rejected: list[tuple[int, str]] | None
) -> Iterator[tuple[int, int, str]]:
    """The scan with two signed amounts of one currency joined by a range mark made one range
    ("van € 8 tot € 57", "€ 350.000 à € 400.000": the pattern takes an upper bound with its
    own sign only where a unit follows it), and with an exchange rate left out ("1 USD =
    0,92 EUR": two amounts of one unit each, no sum of money), and with the levels before
    and after a change that print their scale once joined as a "change" ("van € 55 naar
    € 57,8 miljard", ``change_items``)."""
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
            and not (
                (change := _CHANGE_BY.search(text, max(0, start - _CHANGE_REACH), start))
                and (change.group("by") is None or _in_clause_of_change(text, start, stop))
                and _change_and_level(text, start, end, after, stop)
            )
        ):
            joined, low_quote, high_quote = text[start:stop], text[start:end], text[after:stop]
            if (
                currencies(joined) == {currency_of(low_quote)}
                # two single amounts (a range already joined is no bound of another)
                and len(NUM_TOKEN.findall(low_quote)) == len(NUM_TOKEN.findall(high_quote)) == 1
                and _scaled_alike(low_quote, high_quote)
                and text[start] in _SIGN_FIRST
                and text[after] in _SIGN_FIRST
            ):  # one currency, printed alike ("€ 8 tot € 57"), no "k€" or "M€"
                low, high = parse_quote(joined)
                if high is not None and high >= low:
                    pending = (start, stop, "eur")
                    continue
        if kind == next_kind == "eur" and _changed_levels(text, start, end, after, stop):
            yield (start, stop, "change")  # "van € 55 naar € 57,8 miljard": two levels
            pending = None
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


def _in_clause_of_change(text: str, start: int, stop: int) -> bool:
    """Whether the clause of the amounts ``text[start:stop]`` after "met" says a change
    (``_CHANGE_WORD``), a verb or noun of rising or falling before the amounts or after them."""
    begin = max(0, start - _CLAUSE_REACH)
    ends = [m.end() for m in _CLAUSE_MARK.finditer(text, begin, start)]
    closing = _CLAUSE_MARK.search(text, stop, stop + _CLAUSE_REACH)
    finish = closing.start() if closing else min(len(text), stop + _CLAUSE_REACH)
    return bool(
        _CHANGE_WORD.search(text, ends[-1] if ends else begin, start)
        or _CHANGE_WORD.search(text, stop, finish)
    )


def _change_and_level(text: str, start: int, end: int, after: int, stop: int) -> bool:
    """Whether two signed amounts ``text[start:end]`` and ``text[after:stop]`` after "met" or
    a verb of change and "van" (``_CHANGE_BY``) are a change and the level it reaches, or
    the levels before and after it: joined by "tot" alone, in a sentence that does not say
    what the sum depends on (``_DEPENDS``), or the second many times the first (a level, no
    bound: ``_LEVEL_OVER_CHANGE``); else the bounds of one range."""
    if text[end:after].strip() != "tot":
        return False  # "met € 14 à € 24": a range's mark
    if "fhankelijk" not in text[max(0, start - _DEPENDS_REACH) : stop + _DEPENDS_REACH]:
        return True  # most changes: no word of what they depend on near them
    low, high = parse_quote(text[start:stop])
    if high is not None and high >= _LEVEL_OVER_CHANGE * low:
        return True  # "met € 4 mln tot € 96 mln": a change and its level
    stops = [m.end() for m in SENTENCE_STOP.finditer(text, max(0, start - _DEPENDS_REACH), start)]
    closing = SENTENCE_STOP.search(text, stop, stop + _DEPENDS_REACH)
    sentence = (
        stops[-1] if stops else max(0, start - _DEPENDS_REACH),
        closing.start() if closing else stop + _DEPENDS_REACH,
    )
    return _DEPENDS.search(text, *sentence) is None


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
    numbers = numbers_in(quote)
    return len(numbers) == 1 and numbers[0][0] == 1 and printed_scale(quote) in (None, "units")
