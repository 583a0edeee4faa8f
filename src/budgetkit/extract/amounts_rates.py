"""Exchange rates and prices per unit of a currency, which look like amounts but are none.

"de koers van de euro steeg naar 1,10 dollar", "1 euro = 1,95583 DM": the figure is a rate,
not a sum of money; ``is_rate`` says so from the words around it.
"""

from __future__ import annotations

import re

from budgetkit.extract.amounts_currencies import ISO_CODES
from budgetkit.extract.money_currencies import currency_of
from budgetkit.extract.money_grammar import CUR_CODE, CUR_WORD, END, SYMBOL, WORD_GAP
from budgetkit.extract.money_quotes import MoneyMatch

# The currency signs of one character a rate's figures print ("€ 1 = $ 1,08").
_SIGNS = "€$£¥ƒ"
# The price of one currency in another, as the markets quote it: a figure in one currency
# after another currency named as a thing, or one unit of it, or after the rate ("de euro
# noteerde 1,0845 dollar", "de dollar kostte 0,92 euro", "een euro kost 1,08 dollar", "de
# koers van de euro steeg naar 1,10 dollar", but not "de koers van het aandeel sloot op 7,50
# euro": a share's price names one currency), or before "per" and another currency ("1,08
# dollar per euro"): a rate, no amount of money.
_CURRENCY_THING = (
    r"(?:(?:de|een|één|eén)[ \xa0]+(?:euro|dollar|gulden|yen|frank)"
    r"|het[ \xa0]+(?:britse[ \xa0]+)?pond"
    r"(?=[ \xa0]+sterling|(?<=britse[ \xa0]pond)))"
)
# A rate word may name its currency glued on ("de dollarkoers van 0,91 euro"): ``of``.
_RATE_BEFORE = re.compile(
    rf"\b(?i:(?P<rate>(?:wissel|(?P<of>[^\W\d_]+?))?koers)|(?P<thing>{_CURRENCY_THING}))\b[^.;:!?{_SIGNS}\d]{{0,40}}\Z"
)
# The currency after "per" is named as any amount names it: a word with the country's
# adjective or prefix too ("Cg 1,79 per US-dollar", "€ 0,92 per Amerikaanse dollar") or a
# code ("1,79 per USD"), not a weight ("€ 3 per pond": the pound sterling is named so). A
# code is three capitals, as many bodies' and things' initials are ("€ 450.000 per COP", the
# climate summit; "per SDG", a development goal): it names the currency only where the
# figure is quoted as a rate (``_quoted_as_rate``). "Voor" and one unit of the currency say
# "per" as a rate is paid ("een koers van $ 1,21 voor een euro", "1,08 dollar voor één
# euro"): what one euro buys, no sum; only after a figure quoted as a rate, as a price paid
# for one coin is printed whole ("$ 40 voor één euro van Monaco").
_PER_CURRENCY = re.compile(
    rf"{WORD_GAP}(?:per|(?P<for>(?i:voor){WORD_GAP}(?i:een|één|eén|1))){WORD_GAP}"
    rf"(?P<thing>(?!(?i:pond){END}(?!{WORD_GAP}sterling))"
    rf"(?:{CUR_WORD}|(?P<code>{CUR_CODE}|[A-Z]{{3}}\b)))"
)
# A rate is quoted in cents or finer, the price of one unit of a currency in another, below a
# thousand ("NAf. 1,79", "€ 0,92", "131,45 yen"): a decimal comma in the figure.
_CENTS = re.compile(r"\d,\d")
# One unit of a currency set equal to a figure in another ("1 US-dollar is 1,79 Antilliaanse
# gulden", "1 euro = 1,08 dollar", "€ 1 = $ 1,08"): a rate, neither side an amount of money;
# a line may end anywhere in it ("(koers: 1 dollar⏎= 0,92 euro)"). The other side's figure
# may print any sign, code or mark of a currency (``SYMBOL``: "(koers: € 1 = Afl. 1,98)"),
# a mark the scan reads as money only with a scale ("Afl. 12" may be an episode).
_EQUALS = (
    rf"{WORD_GAP}(?:is|=|staat{WORD_GAP}gelijk{WORD_GAP}aan|komt{WORD_GAP}overeen{WORD_GAP}met)"
    rf"{WORD_GAP}"
)
_ONE_UNIT_BEFORE = re.compile(
    rf"(?<![\w,.])(?:1[ \t\xa0]+[^\W\d_][\w-]*(?:[ \t\xa0][^\W\d_][\w-]*)?"
    rf"|[{_SIGNS}][ \t\xa0]?1){_EQUALS}\Z"
)
_FIGURE_AFTER_ONE = re.compile(
    rf"{_EQUALS}(?:{SYMBOL}[ \t\xa0]?|[A-Z]{{3}}[ \t\xa0])?\d[\d.]*(?:,\d+)?"
    r"(?:[ \t\xa0]+[^\W\d_][\w-]*){0,2}"
)
# One unit of a currency, a few words ("vanaf 1 januari 1999"), "gelijk aan" and a list of
# figures each in another currency, up to the amount: "Eén euro is vanaf 1 januari 1999
# gelijk aan 2,20371 gulden, 1,95583 Duitse mark en 40,3399 Belgische frank" (the fixed
# conversion rates): each figure is a rate.
_RATE_ITEM = r"\d[\d.]*(?:,\d+)?[ \t\xa0]+[^\W\d_][\w-]*(?:[ \t\xa0]+[^\W\d_][\w-]*)?"
# Figures each in a currency, listed up to one "per" and the currency they are the price of:
# "tegen 11,42 kroon en 1,08 dollar per euro" prices both in euros, each figure a rate.
_RATES_LISTED_AFTER = re.compile(
    rf"(?:(?:[ \t\xa0]*,|[ \t\xa0]+(?:en|of))[ \t\xa0]+{_RATE_ITEM})+"
    rf"(?={_PER_CURRENCY.pattern})"
)
_ONE_EQUALS_LIST = re.compile(
    r"(?<![\w,.])(?:1|(?i:één|eén|een))[ \t\xa0]+(?P<one>[^\W\d_][\w-]*)"
    r"(?:[ \t\xa0]+(?:[^\W\d_][\w-]*|\d+)){0,6}?[ \t\xa0]+gelijk[ \t\xa0]+aan[ \t\xa0]+"
    rf"(?:{_RATE_ITEM},[ \t\xa0]+)*(?:{_RATE_ITEM}[ \t\xa0]+en[ \t\xa0]+)?\Z"
)

# A rate quoted as one unit of a currency set equal to a figure in cents, then set against a
# figure of the same kind by a word of comparing ("1 USD = € 0,88 ten opzichte van € 0,81 in
# de raming", "1 dollar = 0,90 euro tegen 0,95 euro vorig jaar"): the figure compared is
# the rate of another time or estimate, no amount (in cents, below a thousand: ``_CENTS``).
_COMPARING = (
    rf"(?:ten{WORD_GAP}opzichte{WORD_GAP}van|t\.o\.v\.|tegen(?:over)?|vergeleken{WORD_GAP}met"
    rf"|in{WORD_GAP}plaats{WORD_GAP}van|versus|vs\.)"
)
_RATE_COMPARED_BEFORE = re.compile(
    rf"(?<![\w,.])(?P<one>(?:{SYMBOL}|[A-Z]{{3}})[ \t\xa0]?1|1[ \t\xa0]+[^\W\d_][\w-]*){_EQUALS}"
    rf"(?P<figure>(?:{SYMBOL}[ \t\xa0]?)?\d+,\d+(?:[ \t\xa0]+[^\W\d_][\w-]*)?)"
    rf"{WORD_GAP}{_COMPARING}{WORD_GAP}\Z"
)
# "per" after the figure: a price of a thing at that rate ("1 USD = € 0,88 tegen € 12,50 per
# vat"), money, no rate compared.
_PER_AFTER = re.compile(r"[ \t\xa0]+per(?![\w-])")


def _compared_with_rate(text: str, match: MoneyMatch) -> bool:
    """Whether the figure, quoted as a rate (``_CENTS``, below a thousand), is set against a
    rate quoted right before it (``_RATE_COMPARED_BEFORE``) in its own currency: one unit of
    another currency equals the figure before it, and this one is that rate at another time
    or in another estimate. Not before "per" (``_PER_AFTER``): a price at that rate."""
    if (
        _CENTS.search(match.quote) is None
        or match.amount_eur >= 1000
        or _PER_AFTER.match(text, match.end) is not None
    ):
        return False
    before = _RATE_COMPARED_BEFORE.search(text, max(0, match.start - 80), match.start)
    if before is None:
        return False
    printed = currency_of(before.group("figure"))
    return currency_of(before.group("one")) not in (None, match.currency) and printed in (
        None,
        match.currency,
    )


def _other_currency(text: str) -> str | None:
    """The currency ``text`` prints (``currency_of``), or the ISO code of one that no
    amount here is read in, before or after its figure ("131 KES", "KES 131")."""
    return currency_of(text) or next((w for w in text.split() if w in ISO_CODES), None)


# The end of the sentence before a "koers": a semicolon joins clauses of one sentence, whose
# rate quoted before is the same rate ("tegen USD 1 = EUR 0,88; bij betaling gold een koers
# van EUR 0,94").
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
# "Van" and a thing after "koers", no currency (``_CURRENCY_THING``): the price of that thing
# ("de koers van het aandeel", "van de obligatie"), money, whatever rate the clause quoted.
_THING_PRICED = re.compile(
    rf"(?<![^\W\d_])(?i:van)[ \xa0]+(?!(?i:{_CURRENCY_THING}))(?i:de|het|een)[ \xa0]+[^\W\d_]"
)
# One unit of a currency set equal to another, anywhere in a clause ("USD 1 = EUR 0,85",
# "1 dollar = 0,92 euro"): the one unit's words.
_ONE_UNIT_EQUALS = re.compile(
    rf"(?<![\w,.])(?P<one>(?:{SYMBOL}|[A-Z]{{3}})[ \t\xa0]?1|1[ \t\xa0]+[^\W\d_][\w-]*){_EQUALS}"
)


def _rate_quoted_before(text: str, end: int, currency: str | None) -> str | None:
    """The other currency of a rate quoted earlier in the clause before ``end`` (back to its
    sentence's end, across semicolons, at most 200 characters), one unit of it set equal to a
    figure (``_ONE_UNIT_EQUALS``): a rate quoted again after "koers" names only the one
    currency ("geraamd tegen 1 dollar = 0,90 euro, waar de koers later 0,95 euro was": the
    second figure is a rate too). A sum in another currency names none."""
    lo = max(0, end - 200)
    ends = list(_SENTENCE_END.finditer(text, lo, end))
    clause_start = ends[-1].end() if ends else lo
    for one in _ONE_UNIT_EQUALS.finditer(text, clause_start, end):
        named = _other_currency(one.group("one"))
        if named not in (None, currency):
            return named
    return None


def _quoted_as_rate(text: str, match: MoneyMatch) -> bool:
    """Whether the figure is quoted as rates are: with cents and below a thousand
    (``_CENTS``), or after the word "koers" ("tegen een wisselkoers van ..."). A sum per a
    thing that initials name is printed whole ("€ 250.000 per SDG"), or above a thousand."""
    if _CENTS.search(match.quote) and match.amount_eur < 1000:
        return True
    before = _RATE_BEFORE.search(text[max(0, match.start - 60) : match.start])
    return before is not None and before.group("rate") is not None


def is_rate(text: str, match: MoneyMatch) -> bool:
    """Whether a figure in a currency, printed without a scale, is an exchange rate
    (``_RATE_BEFORE``, ``_PER_CURRENCY``, also past other rates listed before that "per":
    ``_RATES_LISTED_AFTER``; after a code or "voor een" only where quoted as a rate:
    ``_quoted_as_rate``),
    or either side of one unit of a currency set equal to a figure in another
    (``_ONE_UNIT_BEFORE``, ``_FIGURE_AFTER_ONE``, its code one that no amount here is read in
    too), or a figure set against such a rate (``_compared_with_rate``), or one of a list of
    such figures (``_ONE_EQUALS_LIST``), or after a "koers" naming one currency where its
    clause quoted the rate before (``_rate_quoted_before``)."""
    if match.currency is None or match.scale != "units" or match.amount_eur_max is not None:
        return False
    listed_after = _RATES_LISTED_AFTER.match(text, match.end)
    per = _PER_CURRENCY.match(text, listed_after.end() if listed_after else match.end)
    if (
        per is not None
        and (named := _other_currency(per.group("thing"))) is not None
        and (
            (per.group("code") is None and per.group("for") is None) or _quoted_as_rate(text, match)
        )
    ):
        return named != match.currency
    one = _ONE_UNIT_BEFORE.search(text[max(0, match.start - 60) : match.start])
    if one is not None and currency_of(one.group()) not in (None, match.currency):
        return True
    if _compared_with_rate(text, match):  # "1 USD = € 0,88 ten opzichte van € 0,81"
        return True
    figure = _FIGURE_AFTER_ONE.match(text, match.end) if match.amount_eur == 1 else None
    if figure is not None and _other_currency(figure.group()) not in (None, match.currency):
        return True  # "1 EUR = 131 KES"
    # (the list needs "gelijk aan": ``str.find`` rules out most figures before the pattern)
    lo = max(0, match.start - 200)
    listed = (
        _ONE_EQUALS_LIST.search(text, lo, match.start)
        if text.find("gelijk", lo, match.start) >= 0
        else None
    )
    if listed is not None and currency_of(listed.group("one")) not in (None, match.currency):
        return True
    before = _RATE_BEFORE.search(text[max(0, match.start - 60) : match.start])
    if before is None:
        return False
    if before.group("rate"):
        # a rate names two currencies ("de koers van de euro steeg naar 1,10 dollar"); a
        # share's price one ("de koers van het aandeel sloot op 7,50 euro"): money; a rate
        # quoted again, in cents and naming no thing priced, is of the other currency its
        # sentence quoted before ("1 dollar = 0,90 euro, waar de koers later 0,95 euro was")
        words = before.group()[len(before.group("rate")) :]
        named = _other_currency(words)
        if named is None and before.group("of"):
            named = _other_currency(before.group("of"))  # "dollarkoers": the glued word
        if (
            named is None
            and _CENTS.search(match.quote)
            and match.amount_eur < 1000
            and _THING_PRICED.search(words) is None
        ):
            named = _rate_quoted_before(text, match.start - len(before.group()), match.currency)
        return before.group("rate").lower() == "wisselkoers" or named not in (None, match.currency)
    return currency_of(before.group("thing").split()[-1]) != match.currency
