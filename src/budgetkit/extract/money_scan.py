"""Finding every money amount printed in a text, span by span (``scan``).

The compiled money regexes of ``money_grammar`` find signed amounts ("€ 5 mln", "US$ 3 mln");
from the anchors of ``money_anchors`` the scan reads amounts with the currency or scale after
the figure ("5 miljoen euro", "vijf miljoen"). Each candidate is checked against the words
around it (a year before a sign, a figure in a list, a vague count, a fraction) with cheap
prechecks on rare characters before any regex runs, and ranges "tussen ... en ..." join
their two ends.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from itertools import chain

from budgetkit.extract.money_anchors import (
    AFTER_ANCHOR,
    BEFORE_ANCHOR,
    U_PLACES,
    capital_places,
    find_anchors,
)
from budgetkit.extract.money_currencies import currencies, currency_of
from budgetkit.extract.money_grammar import (
    ACCOUNTANTS_MINUS,
    AFTER_FRACTION_MARK,
    AFTER_SLASH,
    BETWEEN_AND_MONEY,
    BETWEEN_MONEY,
    CAPITAL_MARK_MONEY,
    CODE_MONEY,
    CODES,
    CUR,
    EUR_MONEY,
    FL_MONEY,
    GENERIC_EUR_MONEY,
    MARK_MONEY,
    MIN_MAX_MONEY,
    MINUS,
    NUM_MONEY,
    NUM_SINGLE,
    NUMBER,
    PLAIN_F,
    PREFIXED_AFTER,
    PREFIXED_CODE_MONEY,
    RANGE,
    SCALE_BEFORE_EURO,
    SENTENCE_STOP,
    SIGN,
    SIGN_MONEY,
    SIGN_PREFIX,
    SYMBOL,
    UNIT,
    UNIT_ALL,
    WORD_EURO_MONEY,
    W,
    compiled,
)
from budgetkit.extract.money_nouns import compounds
from budgetkit.extract.money_quotes import (
    FULL_FIGURE,
    NUM_TOKEN,
    OR_SO,
    UNIT_TOKEN,
    YEAR_LIKE,
    Amount,
    counted,
    minus_in,
    parse_quote,
    printed_scale,
)
from budgetkit.extract.money_words import elided, word_number
from budgetkit.textmodel import at_literal, matches_at, occurrences

# An amount with a sign in the plainest form ("€ 5 miljoen", "€ 2,5 mln."): ``NUM_MONEY``
# reads its number and unit alike, ending where it ends unless ``_EXTENDS`` follows.
_PLAIN_SIGNED = re.compile(
    r"€[ \xa0]?(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,[0-9]+)?"
    r"[ \xa0]*(?:\n[ \xa0]*){0,3}(?:miljoen|miljard|mln\.|mld\.)"
)
# A euro sign, a figure of one or two digits (decimals or not) and "ton": the sign says money,
# and "ton" after money is a hundred thousand euros ("€ 2,5 ton", "€ 3 ton"), as "euro" after
# a number of tons says ("twee ton euro"); a tonne is priced "per ton". A figure of three
# digits or more before "ton" ("€ 500 ton"), a sum said in millions anywhere else, and a
# scale before the sign ("k€ 2 ton") stay ambiguous.
_SIGNED_TONS = re.compile(r"€[ \xa0]?[0-9]{1,2}(?:,[0-9]+)?[ \xa0](?i:ton)")
# What may follow such tons: the clause's end or a word naming nothing weighed ("€ 3 ton voor
# het plein", "€ 2,5 ton extra", "€ 4 ton duurder"); a noun after them names the matter a
# tonne of it is priced at, "per" left out ("€ 80 ton CO2", "€ 30 ton uitstoot"): no sum of
# tons of euros.
_NOTHING_WEIGHED_AFTER = re.compile(
    r"[ \t\xa0]*(?:[.,;:!?)\]–-]|\n|\Z|(?i:per|voor|extra|meer|minder|is|was|wordt|werd|zijn"
    r"|waren|en|of|om|bij|naar|op|in|uit|aan|beschikbaar|nodig|gaat|gaan|ging|kost|kostte"
    r"|duurder|goedkoper)(?![\w\-]))"
)
# What ``NUM_MONEY`` may read after an amount with a sign, past its unit: a currency or a
# range's next bound ("€ 5 miljoen dollar", "€ 12 miljoen €").
_EXTENDS = re.compile(rf"{W}(?:(?:{UNIT_ALL}{W})?(?:{CUR}|{PREFIXED_AFTER})|{RANGE})")
# Amounts in words ("twee miljard", "eenmiljoen euro"): found from their unit, looking back.
_CURRENCY_AFTER = re.compile(rf"{W}{CUR}")
_TUSSEN = re.compile(r"(?<![^\W\d_])[tT]$")
_BETWEEN = re.compile(r"(?<![^\W\d_])[bB]$")
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


# Two numbers in one quote: the only case ``_valid`` needs to read.
_RANGE_HINT = re.compile(rf"\d{W}(?:{UNIT}{W})?{RANGE}{W}(?:(?:{SYMBOL}|{PLAIN_F}){W})?{SIGN}\d")
_RANGE_MARKS = ("a", "à", "á", "t", "–", "—", "-")  # one of them is in every ``_RANGE_HINT``
# A sign before an amount without a currency sign: glued to the number ("-5 miljoen"), or
# spaced after a bracket, a colon or a word that asks for a number ("een mutatie van – 5
# miljoen", "wijzigt met respectievelijk − € 63,1 mln, + € 27,4 mln"), that word ending the
# line before or not (a paragraph wrapped right before the sign: "met respectievelijk⏎− €
# 63,1 mln"). A dash after a number or between clauses ("met ingang van 2020 – 170 miljoen
# euro", "de kosten – 5 miljoen – zijn") is punctuation, and one opening a line after a line
# that ends otherwise (a colon, a clause, an item), a space after it, is a list's bullet
# ("bedragen:⏎- € 1,1 mld voor munitie"), not a minus.
_SIGN_WORDS = (
    r"(?<![\w])(?i:van|met|tot|naar|op|is|was|bedraagt|bedroeg|saldo|mutatie"
    r"|respectievelijk|resp\.)"
)
_LEADING_SIGN = re.compile(
    rf"(?:(?<![\w.,])(?P<glued>{MINUS})|(?P<explicit>{ACCOUNTANTS_MINUS})[ \t\xa0]+"
    rf"|(?:(?<=[(:=])|{_SIGN_WORDS}(?:[ \t\xa0]*\r?\n)?)[ \t\xa0]*(?P<spaced>{MINUS})[ \xa0])\Z",
    re.MULTILINE,  # "\Z" the amount's start, where the window ends
)
# The head of a number printed with space thousands before the amount's first group of
# three ("1 " of "1 200 miljoen euro", as a PDF prints it), which alone reads 200 million.
_THREE_DIGITS = re.compile(r"\d{3}(?![\d.])")
_SPACED_HEAD = re.compile(
    r"(?<![\w.,\-–])\d{1,3}(?:[ \xa0\u2009\u202f]\d{3})*[ \xa0\u2009\u202f]\Z"
)
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
    # amounts ("€ 12/14 miljoen")? (a series spaced, "€ 3,65 / 3,72 mln", is a list); or a
    # typed fraction after a space that ``NUMBER`` does not read ("€ 2 1/3 mld", "€ 2 1/2"
    # with no scale word): never the whole figure before it
    r"|/\d[\d.,]*|[ \xa0]\d{1,2}/\d{1,2}(?![\d/])"
    # an HTML entity glued to the figures, as a page's source left unconverted prints them
    # ("€ 375&nbsp;miljoen": a space, then the scale word): whatever it hides, the figure
    # alone is no face value
    r"|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);"
    # an abbreviated or hyphenated scale no grammar here reads ("mjd", "€ 1,2 mil-" at a
    # line's end, a soft hyphen; "mlrds", "mlns", "mrdn": the consonants of a scale word
    # with a letter more): refused, never € 1,20
    r"|[ \xa0](?i:mjd|mil)(?=[.\-\xad]|\s|$)|[ \xa0](?i:m[lr][a-z]{1,3})(?![\w\-/]|\.\w)"
)

# A scale or currency word right after an amount that its pattern did not take: printed in
# an order no grammar reads ("5 EUR mln", "€ 5 mln dollar"), the amount's scale or currency
# is unknown, and the amount is refused rather than stored as "5 EUR".
# A word before a number is that number's ("300 mln. EUR 5 mln.": "EUR" signs the 5).
# The upper bound, a bare number, of a range the pattern of an amount printing no scale did
# not take ("€ 5 à 6 m", "€5-6m"): what follows it is read as ``_AMBIGUOUS_AFTER`` or
# ``_LEFT_AFTER`` would read it after the amount itself. A spaced em dash between the figures
# ("€ 40 — 60 miljoen") is no range's dash to ``RANGE`` (it sets a clause apart as often),
# but it may be one: the figure before it, printing no scale, is as unknown.
_UPPER_LEFT = re.compile(rf"[ \t\xa0]*(?:{RANGE}|—)[ \t\xa0]*{NUMBER}")
_LEFT_AFTER = re.compile(rf"[ \t\xa0]+(?:{UNIT_ALL}|{CUR})(?![ \t\xa0]*\d)")


def _may_range(quote: str) -> bool:
    """Whether ``quote`` may hold a ``_RANGE_HINT``: it holds one of its range marks."""
    return any(map(quote.__contains__, _RANGE_MARKS))


def _valid(quote: str) -> tuple[Amount, Amount | None] | None:
    """The quote's value, or None when it is no amount: a range whose upper bound is below
    its lower one ("2020 – 170 miljoen": a year, then the amount)."""
    if not _may_range(quote) or not _RANGE_HINT.search(quote):
        return 0, None  # one number: always an amount (its value is read later)
    first = NUM_TOKEN.search(quote)
    if first is not None and YEAR_LIKE.fullmatch(first.group()):
        return None  # "in 2025 -17.432,6 mio. EUR": a year, then a signed amount
    try:
        amount, high = parse_quote(quote)
    except ValueError:
        return None
    if high is not None and high < amount:
        return None
    return amount, high


def _signed_quote(text: str, m: re.Match[str], begin: int) -> str:
    """The text of ``m``, a range with the minus before its lower bound (``signed_start``)
    included: its bounds compare only so ("−6 à −7 mld euro" is a range, "6 à −7" none)."""
    if not _may_range(m.group()):
        return m.group()
    return text[signed_start(text, m.start(), begin) : m.end()]


def _num_money(text: str, start: int, stop: int) -> re.Match[str] | None:
    """The first ``NUM_MONEY`` match in text[start:stop] that reads as an amount."""
    m = NUM_MONEY.search(text, start, stop)
    while m is not None and _valid(_signed_quote(text, m, start)) is None:
        # Not a range: the lower bound alone, when it prints its unit ("5 miljoen à 3
        # miljoen"), else the text after it ("2020 – 170 miljoen euro": a year, then money).
        alone = NUM_SINGLE.match(text, m.start(), stop)
        if alone is not None:
            return alone
        first = NUM_TOKEN.match(text, m.start())
        m = NUM_MONEY.search(text, first.end() if first else m.end(), stop)
    return m


# The "ween" of "between" (``BETWEEN_AND_MONEY`` starts on "etween"): the regex engine skips to
# its rare "w" in half the time ``str.find`` takes to go through a Dutch text for "etween"
# (which it prints nowhere). ("ween" cannot overlap itself: each "etween" ends one.)
_WEEN = re.compile("ween")

#: A year after a year-like amount: the years heading a table's columns.
_NEXT_YEAR = re.compile(r"[ \t\xa0]+(?:19|20)\d\d(?!\d)")


# A currency word after a word ("vijf gulden", "twintig euro"): the word may be a number
# below a hundred written out, an amount of that many units of the currency. Tried only
# where the scan's one pass for the "u" of "euro", "gulden" and "tussen" (``U_PLACES``) found
# a "u" one character into the word: no pass over the whole text of its own.
_SMALL_CURRENCY = re.compile(r"(?<=[ \t\xa0])(?:euro|gulden)(?![\w'’-])")
_SMALL_WORD = re.compile(r"(?<![\w\-])(?P<w>[^\W\d_]{3,})[ \t\xa0]+\Z")
# A rate's base before it in its sentence ("op elke honderd euro gaat vijf euro naar het
# fonds"): the small sum is a share of each base, a rate, no amount.
_RATE_BASE = re.compile(
    r"(?<![\w\-])(?i:per|elke|iedere)[ \t\xa0]+(?:[^\W\d_]+|\d[\d.,]*)[ \t\xa0]+"
    r"(?i:euro|gulden)(?![\w'’-])[^.;:!?]*\Z"
)


def _small_words(text: str, u_places: list[int]) -> Iterator[tuple[int, int, str]]:
    """(start, end, "euro") of each number below a hundred written out before "euro" or
    "gulden" ("circa vijf gulden per inwoner", "twintig euro"): as "5 gulden" is an amount,
    so is "vijf gulden". Not "een" or "één" (an article as often: "een euro meer"), nor
    "honderd" and "duizend" and what they end (read with their own tests, ``_round_sum``),
    nor a sum after a rate's base ("op elke honderd euro gaat vijf euro", ``_RATE_BASE``).
    ``u_places``: where ``U_PLACES`` matches (each word's "u" is its second letter).
    (Each word is valued once a text: most are the scale word of "5 miljoen euro", which
    ``word_number`` takes some microseconds to refuse.)"""
    values: dict[str, Decimal | None] = {}
    for m in matches_at(_SMALL_CURRENCY, text, (at - 1 for at in u_places if at)):
        word = _SMALL_WORD.search(text, max(0, m.start() - 30), m.start())
        if word is None:
            continue
        if word.group("w") not in values:
            values[word.group("w")] = word_number(word.group("w"))
        value = values[word.group("w")]
        if value is None or value != int(value) or not 1 < value < 100:
            continue
        if _RATE_BASE.search(text, max(0, word.start() - 80), word.start()):
            continue
        yield word.start(), m.end(), "euro"


def _year_then_sign(quote: str) -> bool:
    """Whether a quote is a year and a euro sign after it, no scale ("2024 €")."""
    return quote.endswith("€") and _is_year(quote) and UNIT_TOKEN.search(quote) is None


def _is_year(body: str) -> bool:
    """Whether the first number of an amount's body is a year ("€ mln 2024")."""
    number = NUM_TOKEN.search(body)
    return number is not None and YEAR_LIKE.fullmatch(number.group()) is not None


#: The first letters of the words ``_LEFT_AFTER`` takes: scale words, currency words and codes.
_LEFT_FIRST = frozenset("mMbBdDaAuUpPgGyYzZfFeEcCjJsSxXtTnNrRhHoO€")


def _may_be_left(text: str, end: int) -> bool:
    """Whether a ``_LEFT_AFTER`` match may start at ``end``: white space, then the first
    letter of a scale or currency word (after most amounts stands a word that is neither)."""
    if text[end : end + 1] not in (" ", "\t", "\xa0"):
        return False
    word = text[end : end + 40].lstrip(" \t\xa0")
    return not word or word[0] in _LEFT_FIRST


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
    space, or a point or a slash and a digit, or a space and a figure a slash follows ("€ 2
    1/3"), or an HTML entity's "&" (``_AMBIGUOUS_AFTER`` needs them); after most amounts a
    space and a word follow."""
    first, second = text[end : end + 1], text[end + 1 : end + 2]
    return (
        (first.isascii() and first.isalpha())
        or (first in (" ", "\xa0") and ((second.isascii() and second.isalpha()) or second in "½¼¾"))
        or (first in (" ", "\xa0") and second.isdecimal() and "/" in text[end + 2 : end + 4])
        or (first in "./" and second.isdecimal())
        or first == "&"
    )


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
        and len(currencies(quote)) <= 1
    )


# An estimate's verb right before "minimaal" ("worden geraamd op minimaal € A en maximaal
# € B", "geschat op", "becijferd op"): the bounds are those of one sum not yet known, a
# range as "tussen de € A en € B" is, whatever each prints.
_ESTIMATED_AT = re.compile(
    r"(?<![^\W\d_])(?i:geraamd|geschat|becijferd|begroot)[ \t\xa0\n]+(?i:op)[ \t\xa0\n]+\Z"
)


def _min_max(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The ranges "minimaal A en maximaal B" (``MIN_MAX_MONEY``) whose upper bound is one of
    the amounts ``found``: looked for only before an amount that "maximaal" precedes, not
    in a pass over the whole text.

    Bounds each printing its currency and neither a scale ("minimaal € 33,60 en maximaal
    € 2.940,80 per maand") are no range: a lowest and a highest sum stated each in full, as
    a tariff's bottom and top are, the lower taking nothing from the upper; they stay two
    amounts. A lower bound that does take the upper's scale or currency ("minimaal € 1,5 en
    maximaal € 2 miljard", "minimaal 2 en maximaal 3 miljoen euro") joins it in one range,
    and so do the bounds of an estimate (``_ESTIMATED_AT``: "geraamd op minimaal € A en
    maximaal € B")."""
    ranges = []
    for start, _end, _kind in found:
        if "aximaal" not in text[max(0, start - 12) : start]:
            continue  # most amounts: no "maximaal" before them
        for m in MIN_MAX_MONEY.finditer(text, max(0, start - 120), start + 80):
            upper = m.group("upper")
            lower = text[m.start() : m.start("upper")]
            if (
                m.start("upper") == start
                and (printed_scale(upper) or currency_of(upper))
                and (
                    printed_scale(upper)
                    or not currency_of(lower)
                    or _ESTIMATED_AT.search(text, max(0, m.start() - 30), m.start()) is not None
                )
                and _one_range(m.group())
            ):
                ranges.append((m.start(), m.end(), "between"))
    return ranges


def scan(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of every amount, in text order, without overlaps; where two
    overlap, the one starting first (then the longer, then a range after "tussen") wins."""
    found = []
    plain: set[tuple[int, int]] = set()  # signed amounts in the plainest form
    capitals = capital_places(text)

    def signed(m: re.Match[str]) -> None:
        if (
            m.group()[:1] in "AaDEe"
            and m.group().startswith(("Afl", "DM", "euro", "Euro", "EURO"))
            and not UNIT_TOKEN.search(m.group())
            and not FULL_FIGURE.search(m.group())
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
            prefix = SIGN_PREFIX.search(text, max(0, start - 3), start)
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
            if len(UNIT_TOKEN.findall(text, start, end)) > 1:
                kind = "ambiguous"  # "k€ 500 mln.": two scales
        if kind == "eur" and text[end - 1 : end].isdigit() and _may_be_ambiguous(text, end):
            after = _AMBIGUOUS_AFTER.match(text, end)
            if after is not None:
                ton = _SIGNED_TONS.fullmatch(text, start, after.end()) and (
                    _NOTHING_WEIGHED_AFTER.match(text, after.end()) is not None
                )
                kind, end = "ton" if ton else "ambiguous", after.end()
        found.append((start, end, kind))
        if kind == "eur" and _PLAIN_SIGNED.fullmatch(text, start, end):
            plain.add((start, end))

    for m in at_literal(EUR_MONEY, text, "€"):
        signed(m)
    # the euro sign as a Latin-1 text layer or a page encoded twice prints it (``GENERIC_SIGN``),
    # each looked for from its rarest character: ``str`` finds one character in C dozens of
    # times faster than three, and a text printing no "‚" (most) prints no "â‚¬"
    for sign, rare in (("¤", 0), ("â‚¬", 1)):
        if sign[rare] in text and sign in text:
            for m in at_literal(compiled(GENERIC_EUR_MONEY), text, sign, 0, rare):
                signed(m)
    for sign, source in SIGN_MONEY.items():
        for m in compiled(source).finditer(text) if sign in text else ():
            signed(m)
    for literal, after, source in MARK_MONEY:
        # (as ``at_literal`` finds them: two letters, no occurrence overlaps another)
        starts = [
            at
            for at in occurrences(text, literal, 0)
            if after is None or text[at + 2 : at + 3] in after
        ]
        for m in matches_at(compiled(source), text, starts) if starts else ():
            signed(m)
    for word, source in CAPITAL_MARK_MONEY.items():
        for at in capitals.get(word, ()):
            if (m := compiled(source).match(text, at)) is not None:
                signed(m)
    for code, source in CODE_MONEY.items():
        end = 0  # a code inside the previous match is part of it, as ``finditer`` would skip it
        regex = compiled(source) if code in capitals else None
        for at in capitals.get(code, ()):
            m = regex.match(text, at) if regex and at >= end else None
            if m is None and code == "EUR" and at >= max(end, 1) and text[at - 1] in "kKM":
                m = compiled(PREFIXED_CODE_MONEY).match(text, at - 1)  # "kEUR 500", "MEUR 5"
            if m is not None:
                signed(m)
                end = m.end()
    u_places = [m.start() for m in U_PLACES.finditer(text)]
    if "ƒ" in text or any(text.startswith("lden", at + 1) for at in u_places):
        # "fl." signs guilders in a text that names them ("gulden", "ƒ") elsewhere (a test
        # "schulden" passes too); found from its "l." (about one in ten thousand characters,
        # "f" one in two hundred: ``str.find`` goes from one "l." to the next in under half
        # the time the regex engine's scan takes, stopping at every "f"), with the letter
        # ``GUILDER_ABBREVIATION`` may print before it ("Hfl.", "Dfl.")
        fl = [
            at - 2 if at > 1 and text[at - 2] in "HhDd" else at - 1
            for at in occurrences(text, "l.")
            if at and text[at - 1] in "fF"
        ]
        for m in matches_at(compiled(FL_MONEY), text, fl) if fl else ():
            signed(m)
    for at in chain(u_places, capitals.get("URO", ())):
        if (
            text[at + 3 : at + 4] in (" ", "\xa0")  # (before most "euro" stands a figure)
            and text[at + 4 : at + 5].isdigit()
            and at
            and text[at - 1] in "eE"
            and text.startswith(("ro", "RO"), at + 1)
        ):
            m = compiled(WORD_EURO_MONEY).match(text, at - 1)
            if SCALE_BEFORE_EURO.search(text, max(0, at - 24), at - 1):
                continue  # "in miljoen euro 1.250": the unit of the figures, no sign
            if m is not None and m.group("list") is None:  # (a list's items would each
                signed(m)  # read the word as their unit: found from the unit, without it)
    for m in matches_at(BETWEEN_MONEY, text, u_places):
        if not m.start() or not _TUSSEN.match(text, m.start() - 1, m.start()):
            continue
        if _one_range(m.group("range")):
            found.append((m.start("range"), m.end("range"), "between"))
    between = [
        m.start() - 2
        for m in _WEEN.finditer(text)
        if m.start() > 1 and text[m.start() - 2 : m.start()] == "et"
    ]
    for m in matches_at(compiled(BETWEEN_AND_MONEY), text, between) if between else ():
        if (
            m.start()
            and _BETWEEN.match(text, m.start() - 1, m.start())
            and _one_range(m.group("range"))
        ):
            found.append((m.start("range"), m.end("range"), "between"))
    covered = 0
    big_units = []
    holder_of = _holder(_sure_to_win(found, plain))
    reached = 0  # the end of the amounts found from anchors so far
    anchors = find_anchors(text, capitals, u_places)
    for index, (start, end, big) in enumerate(anchors):
        if big and start and text[start - 1] in "MmBb":
            big_units.append((start, end))
        if start < covered:
            continue
        stop = end + AFTER_ANCHOR
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
        m = _num_money(text, max(covered, start - BEFORE_ANCHOR), stop)
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
                if cut is not None and any(cut.group(g) for g in ("cut", "comma", "cutb")):
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
            if word_number(upper) == 1 and counted(about := OR_SO.match(text, end)):
                end = about.end()  # "een miljoen of vijf": about five million
        currency = _CURRENCY_AFTER.match(text, end)
        kind = "bare" if currency is None else "euro"
        found.append((begin, currency.end() if currency else end, kind))
    found.extend(compounds(text))
    found.extend(_small_words(text, u_places))
    found.extend(_min_max(text, found))
    found.sort(key=lambda f: (f[0], -f[1], f[2] != "between"))  # "tussen" makes a range
    last_end = -1
    for start, end, kind in found:
        if start >= last_end:
            if kind in ("euro", "bare") and AFTER_SLASH.search(text, max(0, start - 2), start):
                kind = "ambiguous"  # "1/3 miljard": a fraction, or "12/14 miljoen" a series?
            elif kind in ("euro", "bare") and AFTER_FRACTION_MARK.search(
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
# zevenhonderd", a comma after the cut word for "or", as speech is recorded). A line may
# wrap before or after the range word ("twee⏎à drie miljard euro"), as it may between the
# bounds of a range in figures: the range is the same.
_RANGE_GAP = r"(?:[ \t\xa0]+|[ \t\xa0]*\r?\n[ \t\xa0]*)"
_WORD_RANGE_BEFORE = re.compile(
    rf"(?<![\w\-])(?P<w>[^\W\d_]+)(?:(?P<cut>-)?{_RANGE_GAP}(?:à|á|a|tot)|-(?P<comma>,))"
    rf"{_RANGE_GAP}\Z"
    # "tussen twee en drie miljard", "tussen de vijf- en zeshonderd miljoen": "en" is the
    # range's mark after "tussen", as between figures ("tussen 2 en 3 miljard")
    rf"|(?<![\w\-])(?i:tussen)(?:[ \t\xa0]+(?i:de))?{_RANGE_GAP}(?P<wb>[^\W\d_]+)(?P<cutb>-)?"
    rf"{_RANGE_GAP}en{_RANGE_GAP}\Z"
)


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
    near = text[max(0, begin - 12) : begin].rstrip(" \t\xa0\r\n")
    if not near.endswith(("à", "á", "a", "tot", "-,", "en")):
        return begin  # most amounts in words: no range mark before them
    lower = _WORD_RANGE_BEFORE.search(text, max(0, begin - 40), begin)
    if lower is None:
        return begin
    name = "w" if lower.group("w") else "wb"
    high = word_number(upper)
    cut = lower.group("cut") or lower.group("comma") or lower.group("cutb")
    low = elided(lower.group(name), upper) if cut else word_number(lower.group(name))
    return lower.start(name) if low is not None and high is not None and low < high else begin


def unfolded(folded: str) -> bool:
    """Whether lower-cased text holds a letter that a pattern ignoring case matches as "i" or
    "s" but ``str.lower`` does not fold to it: dotless "ı", long "ſ", or the dot "İ" leaves.
    A substring test on lower-cased text that stands in for such a pattern must then leave
    the decision to the pattern."""
    return "\u0131" in folded or "\u017f" in folded or "\u0307" in folded


#: How an amount in figures may start with a letter: a code, or a prefix glued to the currency.
_PREFIXED_STARTS = (*CODES, "k€", "K€", "M€", "kEUR", "KEUR", "MEUR")


# The word "min" or "minus" before a figure or its currency sign: its minus sign, as spoken
# and in news ("het saldo is min 300 miljoen", "minus € 1,2 mld"); "min." (minister,
# minuten), a word ending in "min" and "plus minus", "plus of min" (about) are none.
_WORD_MINUS = re.compile(
    r"(?<![\w\-/.])(?<![Pp]lus[ \xa0])(?<![Pp]lus[ \xa0]of[ \xa0])[Mm]in(?:us)?[ \xa0]+\Z"
)


# A line opening with the dash and a space that opened the line of a spaced sign: the sign's
# line is an item of a list of dashed lines, its dash a bullet ("bedragen respectievelijk⏎- €
# 5 mln voor Noord;⏎- € 7 mln voor Zuid."), not a minus wrapped after its word.
_NEXT_DASHED_LINE = re.compile(r"[^\n]*\n[ \t\xa0]*(?P<dash>[^\s\w])[ \xa0]")


def _dashed_list(text: str, sign: re.Match[str]) -> bool:
    """Whether a spaced sign opening its line (after a line ending in a word asking for a
    figure) is the bullet of a list: the next line opens with the same dash."""
    spaced = sign.start("spaced") if sign.group("spaced") else -1
    if spaced < 0 or "\n" not in text[sign.start() : spaced]:
        return False
    after = _NEXT_DASHED_LINE.match(text, spaced)
    return after is not None and after.group("dash") == text[spaced]


# A spaced dash after a word on the amount's own line ("wordt − € 118 mln uit 2022
# doorgeschoven naar 2023 (+ € 70 mln)"): the minus of a signed series where its sentence
# prints a "+" before another amount. A sentence that signs its changes with a "+" signs its
# cuts with a minus, and a dash there setting a clause apart is closed by a second one
# ("In 2024 – € 3 mln in totaal – gaat het (+ € 1 mln) om ..."): then it stays punctuation.
# So is a dash after a year opening the series' next item, a joint ("en", "of", a comma) and
# the year's preposition before it (none after "en", "of"), each item naming its year ("voor
# 2025 + € 20 mln en voor 2026 – € 5 mln", "in 2025 + € 12 mln, in 2026 − € 3 mln"). A year
# the words before it tie to what stands there ("+ € 5 mln in 2025 – € 3 mln in 2026", "door
# de loonbijstelling over 2025 – € 6 mln daarvan is structureel") ends a clause, the dash
# after it a pause or the start of an explanation; a year opening a line or a bullet's item
# labels the sum after it ("• 2026 – € 1.000 mln"): separators all, as where the sentence
# prints no "+".
_WORD_DASH = re.compile(rf"(?<=[^\W\d_])[ \t\xa0]+(?P<spaced>{MINUS})[ \xa0]\Z")
_ITEM_YEAR_DASH = re.compile(
    r"(?:,[ \t\xa0\r\n]*(?=[^\W\d_])|(?<![^\W\d_])(?i:en|of)[ \t\xa0\r\n]+)"
    r"(?:(?i:in|voor|over|vanaf|per|tot|t/m)[ \xa0]+)?"
    rf"(?<=[^\W\d_][ \xa0])(?:19|20)\d\d[ \t\xa0]+(?P<spaced>{MINUS})[ \xa0]\Z"
)
# An amount naming itself a part of the sum before it ("+ € 4,5 mln extra – € 1,5 mln hiervan
# komt uit de reserve", "– € 6 mln van dit bedrag is structureel"): the dash before it
# opens an explanation of that sum, no item of its series; a part of it is no cut.
_PART_OF_ABOVE = re.compile(
    r"\S*(?:[ \xa0]*[\d.,]+)?(?:[ \xa0]+[^\W\d_]+\.?){0,2}[ \xa0]+(?:(?i:hier|daar|er)van"
    r"|(?i:van)[ \xa0]+(?i:dit|dat|deze|het)[ \xa0]+(?i:bedrag|budget|totaal|saldo))(?![\w\-])"
)
_PLUS_BEFORE_AMOUNT = re.compile(r"(?<![\w+])\+[ \xa0]?(?:€|\d(?![\d.,]*[ \xa0]*%))")
_SPACED_DASH = re.compile(rf"(?<=\s){MINUS}(?=\s)")


def _signed_series(text: str, start: int) -> bool:
    """Whether a spaced dash after a word or an item's year (``_WORD_DASH``,
    ``_ITEM_YEAR_DASH``) before the amount at ``start`` is its minus: its sentence prints a "+"
    before another amount and no other spaced dash, and the amount is no part of one before
    it (``_PART_OF_ABOVE``)."""
    if _PART_OF_ABOVE.match(text, start) is not None:
        return False
    stops = [stop.end() for stop in SENTENCE_STOP.finditer(text, max(0, start - 240), start)]
    after = SENTENCE_STOP.search(text, start, start + 240)
    sentence = text[
        stops[-1] if stops else max(0, start - 240) : after.end() if after else start + 240
    ]
    return (
        _PLUS_BEFORE_AMOUNT.search(sentence) is not None
        and len(_SPACED_DASH.findall(sentence)) == 1
    )


# A spaced dash opening the amount's line right under a line ending in a colon ("De
# rentelasten waren per saldo negatief:⏎– € 291 mln, doordat ..."). After a colon on one line
# a spaced dash is the amount's minus (``_LEADING_SIGN``: "rente-uitgaven: – € 1,1 mld");
# opening a line it is a list item's bullet ("Het pakket bestaat uit:⏎- € 1,1 mld voor
# munitie"), unless the clause before the colon calls the value negative ("was per saldo
# negatief", "viel negatief uit", "een negatief saldo"): then the value is negative whichever
# the dash is, and a dash before it its minus. The inflected "negatieve" calls a noun so
# ("de negatieve gevolgen", "een negatieve rente"), no sum the clause names: "Om de negatieve
# gevolgen op te vangen, stelt het kabinet beschikbaar:⏎– € 20 mln voor het mkb" is a
# bullet. A list of dashed lines under the colon stays one of bullets (``_dashed_list``):
# its items are parts, each as printed.
_COLON_DASH = re.compile(rf":[ \t\xa0]*\r?\n[ \t\xa0]*(?P<spaced>{MINUS})[ \xa0]\Z")
_NEGATIVE = re.compile(r"(?i:negatief)(?![^\W\d_])")
_CLAUSE_STOP = re.compile(r"[.!?;][ \t\xa0\n]|\n[ \t\xa0]*\n")


def _colon_minus(text: str, begin: int, start: int) -> int | None:
    """Where the spaced dash stands that opens the line of the amount at ``start`` right
    under a line ending in a colon (``_COLON_DASH``, searched from ``begin``), where it is
    the amount's minus: the clause before the colon calls the value negative, and no list
    of dashed lines follows. None where the dash is a bullet, or none stands there."""
    if ":" not in text[begin:start]:
        return None  # most dashes: no colon right before them
    dash = _COLON_DASH.search(text, begin, start)
    if dash is None or _dashed_list(text, dash):
        return None
    window = max(0, dash.start() - 240)
    stops = [stop.end() for stop in _CLAUSE_STOP.finditer(text, window, dash.start())]
    clause = text[stops[-1] if stops else window : dash.start()]
    return dash.start("spaced") if _NEGATIVE.search(clause) is not None else None


def signed_start(text: str, start: int, previous_end: int) -> int:
    """Where an amount starts, a minus sign printed before it included ("-5 miljoen euro",
    "-/- € 12 miljoen", "min zevenhonderd miljoen")."""
    begin = max(0, previous_end, start - 24)  # "respectievelijk⏎  − ": the word too
    # (no dash signs a number in words; the word "min" may, below)
    in_words = text[start : start + 1].isalpha() and not text.startswith(_PREFIXED_STARTS, start)
    if not in_words and minus_in(text[begin:start]):
        sign = _LEADING_SIGN.search(text, begin, start)
        if sign is not None and not _dashed_list(text, sign):
            return next(
                sign.start(name) for name in ("glued", "explicit", "spaced") if sign.group(name)
            )
        dash = (
            _WORD_DASH.search(text, begin, start) or _ITEM_YEAR_DASH.search(text, begin, start)
            if sign is None
            else None
        )
        if dash is not None and _signed_series(text, start):  # "wordt − € 118 mln (+ € 70 mln)"
            return dash.start("spaced")
        if sign is None and (minus := _colon_minus(text, begin, start)) is not None:
            return minus  # "negatief:⏎– € 291 mln"
    # (a dash elsewhere in the words before, "het EMU-saldo is min € 300 mln", is no sign)
    if text[begin:start].rstrip(" \xa0").endswith(("min", "Min", "minus", "Minus")):
        word = _WORD_MINUS.search(text, begin, start)  # "levert min 300 miljoen op"
        return start if word is None else word.start()
    return start  # most amounts: no minus sign of any kind before them
