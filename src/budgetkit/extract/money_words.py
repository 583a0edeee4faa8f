"""Dutch numbers written in words: "drie", "vijfentwintig", "tweeënhalf", "driehonderd".

Money is often said in words ("vijf miljoen euro", "een paar honderd euro", "twee- en
driehonderd miljoen"); the money reader and the amount rows read such a count with
``word_number``, one grammar of the number words as documents compose them.
"""

from __future__ import annotations

from decimal import Decimal

# Dutch number words, composed as printed: "drie", "vijfentwintig", "tweeënhalf",
# "driehonderd", "eenmiljoen" (the unit glued on is read by the caller).
_UNITS = {
    "een": 1, "één": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
    "zeven": 7, "acht": 8, "negen": 9,
}  # fmt: skip
_TEENS = {
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
}  # fmt: skip
_TENS = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
    "tachtig": 80, "negentig": 90,
}  # fmt: skip
_HALVES = {
    "anderhalf": Decimal("1.5"),
    "anderhalve": Decimal("1.5"),
    "een half": Decimal("0.5"),
    "een halve": Decimal("0.5"),
    "een kwart": Decimal("0.25"),
    "driekwart": Decimal("0.75"),
    # alone, after an article or a demonstrative: "die kwart miljard", "de halve ton"
    "kwart": Decimal("0.25"),
    "half": Decimal("0.5"),
    "halve": Decimal("0.5"),
    "½": Decimal("0.5"),  # a fraction sign alone in place of the figure ("€ ½ miljard")
    "¼": Decimal("0.25"),
    "¾": Decimal("0.75"),
}
_JOINS = ("en", "ën")


def _below_hundred(word: str) -> int | None:
    if word in _UNITS:
        return _UNITS[word]
    if word in _TEENS:
        return _TEENS[word]
    if word in _TENS:
        return _TENS[word]
    for tens, value in _TENS.items():
        if word.endswith(tens):
            head = word[: -len(tens)]
            for join in _JOINS:
                if head.endswith(join) and head[: -len(join)] in _UNITS:
                    return _UNITS[head[: -len(join)]] + value
    return None


def _below_thousand(word: str) -> int | None:
    if "honderd" not in word:
        return _below_hundred(word)
    head, _, tail = word.partition("honderd")
    hundreds = 1 if head in ("", "een", "één") else _UNITS.get(head)
    if hundreds is None:
        return None
    tail = tail[2:] if tail.startswith("en") and tail[2:] else tail  # "honderdentwee"
    rest = 0 if not tail else _below_hundred(tail)
    return None if rest is None else hundreds * 100 + rest


def word_number(word: str) -> Decimal | None:
    """The value of a Dutch number word ("drie", "tweeënhalf", "vijfhonderd"), or None."""
    word = " ".join(word.lower().split())
    if word in _HALVES:
        return _HALVES[word]
    for join in _JOINS:  # "tweeënhalf", "drieëneenhalf", "vijfeneenhalf"
        for half in ("eenhalf", "eenhalve", "half", "halve"):  # "tweeëneenhalve ton"
            if word.endswith(join + half):
                whole = _below_thousand(word[: -len(join + half)])
                if whole is not None:  # ("vijfeneenhalf" ends in "enhalf" too)
                    return whole + Decimal("0.5")
    if "duizend" in word:
        head, _, tail = word.partition("duizend")
        thousands = 1 if head in ("", "een", "één") else _below_thousand(head)
        rest = 0 if not tail else _below_thousand(tail)
        if thousands is None or rest is None:
            return None
        return Decimal(thousands * 1000 + rest)
    value = _below_thousand(word)
    return None if value is None else Decimal(value)


_SHARED_TAILS = ("honderd", "duizend")


def elided(head: str, upper: str) -> Decimal | None:
    """The value of ``head``, a number word cut short before a hyphen, completed with the
    tail of the number word ``upper`` after its own head ("zes-" before "zevenhonderd":
    zeshonderd), or None when ``upper`` has no such tail."""
    folded = upper.lower()
    for tail in _SHARED_TAILS:
        at = folded.find(tail)
        if at > 0 and word_number(folded[:at]) is not None:
            return word_number(head.lower() + folded[at:])
    return None
