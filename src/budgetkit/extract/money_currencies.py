"""Which currency a printed amount is in: the currency words, codes and signs and their ISO codes.

An amount keeps the currency it is printed in ("7,5 miljard dollar", "US$ 3 mln", "ƒ 300
miljoen"); ``currency_of`` names it from the quote, or None when the quote prints none, and
the caller decides from the text around it. ``CURRENCIES`` lists every code the reader
names, for the package schema.
"""

from __future__ import annotations

import re

from budgetkit.extract.money_grammar import CUR_CODE, CUR_WORD, SYMBOL

_CUR_IN_QUOTE = re.compile(rf"{CUR_WORD}|{CUR_CODE}")  # "kEUR 500": the code heads it
_SYMBOL_IN_QUOTE = re.compile(SYMBOL)

_CURRENCIES = (
    ("SRD", ("surinaamse", "srd")),
    ("USD", ("dollar", "usd", "$")),
    ("GBP", ("pond", "gbp", "£")),
    ("ANG", ("antilliaanse", "ang", "naf", "naƒ")),
    ("XCG", ("caribische", "xcg", "cg")),
    ("AWG", ("arubaanse", "florin", "awg", "afl")),
    ("NLG", ("gulden", "ƒ", "fl.", "nlg")),  # (after the Aruban "afl.")
    ("BEF", ("belgische", "bef")),
    ("DKK", ("deense", "dkk")),
    ("SEK", ("zweedse", "sek")),
    ("NOK", ("noorse", "nok")),
    ("XEU", ("ecu", "xeu")),
    ("DEM", ("mark", "dem", "dm")),
    # ("frank" alone too: which franc, ``amounts_currencies.franc_named`` decides)
    ("CHF", ("frank", "chf")),
    ("JPY", ("yen", "jpy", "¥")),
    ("CNY", ("yuan", "renminbi")),
    ("PLN", ("zloty", "pln")),
    ("UAH", ("hryvnia", "uah")),
    ("XDR", ("sdr", "xdr")),
    # "¤", "â‚¬": the euro sign as a Latin-1 text layer or a page encoded twice prints it
    ("EUR", ("euro", "eur", "€", "¤", "â‚¬")),
)
#: Currencies no sign or word of a quote names to ``currency_of`` that ``amounts`` reads from
#: the ISO code printed before a bare amount ("KES 2,6 miljard"), in brackets after its
#: currency word ("6,5 miljard CFA-frank (XOF)") or from a word naming one of them alone
#: ("470 miljoen birr"): kept in their currency, never as euros.
CODED_CURRENCIES = ("BDT", "ESP", "ETB", "FRF", "ITL", "KES", "XOF")
#: Every currency code an amount can be stored in: those ``currency_of`` can return, and
#: ``CODED_CURRENCIES``.
CURRENCIES = tuple(sorted({code for code, _ in _CURRENCIES} | set(CODED_CURRENCIES)))


def currency_of(quote: str) -> str | None:
    """The currency a quote prints (its sign, code or word), or None when it prints none."""
    if quote.startswith("€"):
        return "EUR"  # the common case, without a regex
    mark = _SYMBOL_IN_QUOTE.search(quote) or _CUR_IN_QUOTE.search(quote)
    if mark is None:
        return None
    lowered = mark.group().lower()
    return next((code for code, marks in _CURRENCIES if any(m in lowered for m in marks)), None)


def currencies(quote: str) -> set[str]:
    """Every currency a quote prints, by its signs, codes and words."""
    marks = [*_SYMBOL_IN_QUOTE.finditer(quote), *_CUR_IN_QUOTE.finditer(quote)]
    return {code for m in marks for code in [currency_of(m.group())] if code is not None}
