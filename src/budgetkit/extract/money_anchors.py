"""Where in a text the money scan looks: the places of scale and currency words.

Each whole-text scan costs a pass over the text, so the scan for amounts in words and bare
numbers starts from anchors, the literal letters of a scale or currency word that the regex
engine finds in C, and reads a little before and after each. This module names those
anchors and finds them, in order, for ``money_scan``.
"""

from __future__ import annotations

import re

from budgetkit.extract.money_grammar import BROKEN, CODES, CUR_SIGN_AFTER, END
from budgetkit.textmodel import at_literal, matches_at

# Digits are common and units rare, so amounts without a sign are looked for only just
# before a unit or currency word (an anchor): ``NUM_MONEY`` runs on a short window ending a
# little after each anchor. Each whole-text scan costs a pass over the text, so there are as
# few as the words allow, each the faster of two kinds (as timed on the sources): a pattern
# starting with one literal character, which the regex engine skips to in C, the rest
# checked after it (or behind it: "j" of "miljoen", "biljoen", "Miljard", as the "i" before
# it is one of the commonest letters), a shared suffix serving both cases of a word ("uro"
# for euro, Euro) and one pattern the words sharing a letter ("mln", "mld", "mrd"; the "u"
# of "euro" and "gulden", whose scan also finds the "tussen" of ``BETWEEN_MONEY``: ``U_PLACES``);
# or, for a rare character or word, ``at_literal``.
_BIG_ANCHOR = re.compile(rf"j(?<=ilj)(?:oen|ard){END}")  # starts two letters before the "j"
#: (literal for ``at_literal``, or None for the pattern's own scan; the index of the rare
#: character it is found from, or None; pattern) of the others. A broken scale word is found
#: from its hyphen (soft or not), rarer than "il" and found faster alone.
_ANCHORS = tuple(
    (literal, rare, re.compile(rf"{pattern}{END}"))
    for literal, rare, pattern in (
        (None, None, "m(?:l(?:[nd]|jn?|rd)|rd|i[oa]|ilj)"),
        *((broken, 2, f"(?<=[mM]){BROKEN[1:]}") for broken in ("il-", "il\xad")),  # "mil-⏎joen"
        (None, None, "p(?=ond)ond"),
        ("y", None, "yen"),
        (None, None, "f(?=rank)rank(?:en)?"),
        ("€", None, rf"€(?<=[kKM]€)|{CUR_SIGN_AFTER}(?<=[\d \xa0]€)"),  # "500 k€", "185,96 €"
    )
)
# "dollar", "florin", "million" ("billion", "trillion"): rare words of common letters, each
# found from its "l" by one scan for the three (three searches for the words cost three
# passes over the text, the scan under two): (word, index of its "l", pattern). (The two
# letters after the "l" are tested first, as one class each: after most of the text's "l"s
# they fail at once, where the three alternatives, each with its look-behind, took a third of
# the scan.)
_L_PLACES = re.compile("l(?=[lo][ari])(?:(?<=ol)(?=lar)|(?=orin)|(?<=il)(?=lion))")
_L_ANCHORS = tuple(
    (word, index, re.compile(rf"{pattern}{END}"))
    for word, index, pattern in (
        ("ollar", 1, "ollars?"),
        ("lorin", 0, "lorins?"),
        ("illion", 1, "illion"),
    )
)
_U_ANCHOR = re.compile(rf"u(?:ros?|(?<=gu)ldens?){END}")
# Where ``_U_ANCHOR`` and ``BETWEEN_MONEY`` may start: one scan for the "u" both start on.
U_PLACES = re.compile("u(?=ro|lden|ssen)")
# Words in capitals (currency codes, "5 MILJOEN EURO"), found from each of a rare capital
# (``at_literal``): a pattern starting on the letter, then the words holding it. A code is
# both an anchor after a number and a sign before one ("EUR 5 mln"), so every code of
# ``CODES`` is here.
_CAPITALS = (
    (
        re.compile("U(?:(?<=EU)R|RO|SD|AH|(?<=XEU|ECU))"),
        ("EUR", "URO", "USD", "UAH", "XEU", "ECU"),
    ),
    (re.compile("J(?:(?<=ILJ)|PY)"), ("ILJ", "JPY")),
    (re.compile("P(?:(?<=GBP)|(?=LN))"), ("GBP", "PLN")),
    (re.compile("F(?<=CHF|BEF)"), ("CHF", "BEF")),
    (re.compile("G(?<=ANG|XCG|AWG|NLG)"), ("ANG", "XCG", "AWG", "NLG")),
    (re.compile("D(?:(?<=SRD)|(?=KK|EM|M|R))"), ("SRD", "DKK", "DEM", "DM", "XDR", "SDR")),
    (re.compile("K(?<=SEK|NOK)"), ("SEK", "NOK")),
)
# A capital too common for ``at_literal`` ("D" opens "De", "Dit", "Daarnaast": one character
# in four hundred), whose pattern's own scan finds its words in half the time.
_COMMON_CAPITALS = frozenset("D")
_CAPITAL_ANCHORS = {word: re.compile(rf"{word}{END}") for word in ("URO", *CODES)} | {
    "ILJ": re.compile(rf"ILJ(?:OEN|ARD){END}")
}
BEFORE_ANCHOR, AFTER_ANCHOR = 80, 40


def capital_places(text: str) -> dict[str, list[int]]:
    """Where each word in capitals of ``_CAPITALS`` starts, in text order."""
    places: dict[str, list[int]] = {}
    for regex, words in _CAPITALS:
        letter = regex.pattern[0]
        common = letter in _COMMON_CAPITALS
        for m in regex.finditer(text) if common else at_literal(regex, text, letter):
            for word in words:
                at = m.start() - word.index(letter)
                if at >= 0 and text.startswith(word, at):
                    places.setdefault(word, []).append(at)
    return places


def find_anchors(
    text: str, capitals: dict[str, list[int]], u_places: list[int]
) -> list[tuple[int, int, bool]]:
    """(start, end, is a lower-case "miljoen", "miljard" or "biljoen") of every unit or
    currency word an amount without a sign can end on, in text order; ``u_places``: where
    ``U_PLACES`` matches."""
    found = [(m.start() - 2, m.end(), True) for m in _BIG_ANCHOR.finditer(text)]
    found += [(m.start(), m.end(), False) for m in matches_at(_U_ANCHOR, text, u_places)]
    found += [
        (m.start(), m.end(), False)
        for literal, rare, regex in _ANCHORS
        for m in (
            regex.finditer(text) if literal is None else at_literal(regex, text, literal, 0, rare)
        )
    ]
    l_places = [m.start() for m in _L_PLACES.finditer(text)]
    for word, index, regex in _L_ANCHORS:
        starts = [at - index for at in l_places if text.startswith(word, at - index)]
        found += [(m.start(), m.end(), False) for m in matches_at(regex, text, starts)]
    for word, regex in _CAPITAL_ANCHORS.items():
        for at in capitals.get(word, ()):
            m = regex.match(text, at)
            if m is not None:
                found.append((at, m.end(), False))
    found.sort()
    return found
