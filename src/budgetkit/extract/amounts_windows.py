"""How the amount passes read the words around an amount: how far, and fast.

Context is read from short windows around each amount, so the cost follows the number of
amounts, not the length of the text. ``REACH`` and ``CURRENCY_REACH`` say how far; the
word lists (funding words, marks, parts) are compiled grouped by first letter
(``by_first_letter``) and tried only where a cheap substring test on the lower-cased window
(``may_hold``, ``holds``) says one of their words may be there (``finditer_folded``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from budgetkit.extract.money_scan import unfolded

#: Every letter that matches an ASCII letter when case is ignored, where it is not just the
#: letter in its two cases: the dotted and dotless "i" ("İ", "ı"), the Kelvin sign, the long "s".
_CASE_FOLDS = {"i": "iI\u0130\u0131", "k": "kK\u212a", "s": "sS\u017f"}


def by_first_letter(words: tuple[str, ...], cased: bool = True) -> str:
    """A pattern matching what ``(?i:word|word|...)`` matches at each place, with the words
    grouped by first letter, each group behind the class of the letters that letter matches
    ignoring case (the same match: only one group can match at a place, and its words keep
    their order). Not ``cased``: what ``(?:word|word|...)`` matches, for lower-cased text,
    each group behind its letter.

    A plain alternation ignoring case makes the regex engine try each word in turn at every
    word start; a class of letters it tests at once, so a word start that begins none of the
    words is passed over sooner (a fifth faster on the windows around every amount).
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    if not cased:
        return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())
    return "|".join(
        f"[{_CASE_FOLDS.get(letter, letter + letter.upper())}](?i:{'|'.join(rests)})"
        for letter, rests in groups.items()
    )


# How far back an amount without a currency looks for one printed before it.
CURRENCY_REACH = 600
REACH = 200  # characters either side in which words can qualify an amount


def may_hold(window: str, words: tuple[str, ...]) -> bool:
    """Whether ``window`` may hold a match of a pattern ignoring case each of whose matches
    holds one of ``words`` (lower case).

    Tried at each character, such a pattern costs a few microseconds per window, and most
    windows around an amount hold none of its words: a substring test spares the regex there.
    """
    return holds(window.lower(), words)


def holds(folded: str, words: tuple[str, ...]) -> bool:
    """``may_hold`` of a window lower-cased (``folded``)."""
    return any(map(folded.__contains__, words)) or unfolded(folded)


def finditer_folded(
    pattern: re.Pattern[str], folded_pattern: re.Pattern[str], window: str, folded: str = ""
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(window)``, for a pattern ignoring case written in lower case, found
    by ``folded_pattern`` (the same, minding case) in the window lower-cased (``folded``, if
    lowered already) where that finds the same matches.

    Ignoring case, the regex engine folds every character it compares, which costs more
    than lower-casing the window once. Lower-cased text finds the same unless it changes
    length ("İ") or holds a letter ignoring case matches as another ("ı", "ſ": ``unfolded``).
    """
    folded = folded or window.lower()
    if len(folded) == len(window) and not unfolded(folded):
        return folded_pattern.finditer(folded)
    return pattern.finditer(window)
