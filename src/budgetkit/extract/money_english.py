"""Whether a sentence of a Dutch document is English, which prints a comma between thousands.

A Dutch document may hold English passages (a Court of Audit's summary, a Commission's press
release, a quoted speech). An English sentence prints a comma between thousands ("EUR
250,000", "£780,000") where a Dutch one prints a decimal comma ("€ 2,500"); a figure of one
comma group of three and no scale word says neither by itself, and ``money.find_money``
refuses it unless its sentence says English: its English function words outnumber its Dutch
ones (at least two of them: a name in English, "The Hague", makes no Dutch sentence English,
and the words of a quotation that does not hold the figure, a title quoted in a Dutch
sentence, count for neither, nor do those joining the capitalised words of a name, "Office of
the High Commissioner for Human Rights" named unquoted in a Dutch sentence), or it prints
another figure in the English way only, two comma groups or a comma group before a decimal
point ("1,250,000", "1,234.5").
"""

from __future__ import annotations

import re

#: Words of English prose that are no Dutch words ("is", "in", "was", "over" are both, and
#: count for neither).
_ENGLISH = frozenset(
    (
        "the", "and", "of", "with", "which", "will", "would", "has", "have", "were", "for",
        "from", "this", "that", "these", "those", "by", "to", "its", "their", "our", "are",
        "be", "been", "should", "can", "could", "at", "on", "than", "million", "billion",
    )
)  # fmt: skip
#: Words of Dutch prose that are no English words.
_DUTCH = frozenset(
    (
        "de", "het", "een", "en", "van", "voor", "met", "wordt", "worden", "zijn", "op", "te",
        "dat", "die", "niet", "aan", "bij", "naar", "uit", "ook", "om", "tot", "deze", "dit",
        "miljoen", "miljard", "jaar",
    )
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")
#: A figure no Dutch sentence prints: two comma groups of three or more, or a comma group of
#: three before a decimal point.
_ENGLISH_FIGURE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3}(?:,\d{3})+(?![\d,])|,\d{3}\.\d)")
#: Fewest English words that make a sentence English.
_ENOUGH = 2
#: A quotation: in typographic quotes, in straight double quotes, or in straight single
#: quotes opening after a space and closing before no letter (the apostrophe of "the
#: ministry's" neither opens nor closes one).
_QUOTATION = re.compile(
    r"‘[^’\n]*’|“[^”\n]*”|„[^”\"\n]*[”\"]|\"[^\"\n]*\"|(?<![^\s(])'[^'\n]*'(?![^\W\d_])"
)


def english_sentence(sentence: str, figure: int) -> bool:
    """Whether ``sentence``, holding a figure at offset ``figure``, is English: more English
    words than Dutch ones, and at least ``_ENOUGH`` (``_ENGLISH``), outside the quotations
    that do not hold the figure; or a figure printed the English way only
    (``_ENGLISH_FIGURE``)."""
    if _ENGLISH_FIGURE.search(sentence):
        return True
    words = sentence
    if "'" in sentence or '"' in sentence or "‘" in sentence or "“" in sentence:
        words = _QUOTATION.sub(
            lambda q: q.group() if q.start() <= figure < q.end() else " ", sentence
        )
    found = _WORD.findall(words)
    english = dutch = 0
    for k, word in enumerate(found):
        lower = word.lower()
        english += lower in _ENGLISH and not _in_name(found, k)
        dutch += lower in _DUTCH
    return english >= _ENOUGH and english > dutch


def _in_name(words: list[str], k: int) -> bool:
    """Whether the English word ``words[k]`` joins the capitalised words of a name ("Task
    Force for the Recovery of Ukraine", "Global Fund to Fight AIDS"): the nearest word on
    each side that is no such joining word is capitalised."""
    left = next((w for w in reversed(words[:k]) if w.lower() not in _ENGLISH), "")
    right = next((w for w in words[k + 1 :] if w.lower() not in _ENGLISH), "")
    return left[:1].isupper() and right[:1].isupper()
