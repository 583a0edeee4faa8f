"""Patterns written in a faster form match exactly what their plain form matches.

Some word lists are compiled grouped by first letter (``amounts_windows.by_first_letter``), which
the regex engine rejects sooner than one alternation ignoring case. The plain alternation is
written here again from the same words, and both must find the same match in texts built
from those words in every case, the letters ignoring case treats specially among them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budgetkit.extract import amounts_context_years, amounts_roles, amounts_windows
from budgetkit.sources import SourceDocument

SPECIAL = ["ı", "İ", "ſ", "\u212a", "\u0307", "é", "ß"]


def _plain(words: tuple[str, ...], end: str = "") -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(words)}){end}", re.IGNORECASE)


def _texts(words: tuple[str, ...]) -> st.SearchStrategy[str]:
    """Texts of the words (spaces for their white space), their pieces and odd letters, in
    any case, glued or apart, each letter possibly swapped for one that folds to it."""
    spelled = [re.sub(r"\\s\+", " ", re.sub(r"\\b", "", word)) for word in words]
    pieces = spelled + [w[: len(w) // 2] for w in spelled] + SPECIAL + ["x", "2021", "("]
    folds = {"i": "ıİI", "k": "\u212aK", "s": "ſS"}

    def swap(word: str, data: st.DataObject) -> str:
        return "".join(data.draw(st.sampled_from([c, c.upper(), *folds.get(c, "")])) for c in word)

    word = st.tuples(st.sampled_from(pieces), st.data()).map(lambda wd: swap(*wd))
    glue = st.sampled_from([" ", "", "\n", "  ", "-", ", ", "\xa0"])
    return st.lists(st.tuples(word, glue), max_size=8).map(
        lambda parts: "".join(w + g for w, g in parts)
    )


FORMS = {
    "funding": (
        amounts_roles._FUNDING,
        _plain(amounts_roles._FUNDING_WORDS),
        amounts_roles._FUNDING_WORDS,
    ),
    "part": (
        amounts_roles._PART,
        _plain(amounts_roles._PART_PHRASES, r"\b"),
        amounts_roles._PART_PHRASES,
    ),
}


@pytest.mark.parametrize("name", sorted(FORMS))
def test_the_grouped_form_finds_what_the_plain_form_finds(name: str) -> None:
    grouped, plain, words = FORMS[name]

    @settings(max_examples=800, deadline=None)
    @given(_texts(words))
    def check(text: str) -> None:
        found, expected = grouped.search(text), plain.search(text)
        assert (found and found.span()) == (expected and expected.span()), text

    check()


def test_the_grouped_form_finds_every_word_in_every_case() -> None:
    for word in amounts_roles._FUNDING_WORDS:
        text = re.sub(r"\\s\+", " ", re.sub(r"\\b", "", word))
        for variant in (text, text.upper(), text.capitalize()):
            assert amounts_roles._FUNDING.fullmatch(variant), variant


def test_the_case_folds_are_every_letter_ignoring_case_matches() -> None:
    """A letter class stands for one letter ignoring case: it must hold every character the
    engine matches to that letter so, and nothing else."""
    every = "".join(map(chr, range(0x110000)))
    for letter in "abcdefghijklmnopqrstuvwxyz":
        expected = set(re.findall(f"(?i:{letter})", every))
        held = set(amounts_windows._CASE_FOLDS.get(letter, letter + letter.upper()))
        assert held == expected, letter


# Words and the phrases they make (``_texts`` spells them in any case, with odd letters).
RELATIVE_WORDS = (
    "in", "dit", "jaar", "het", "volgend", "komende", "vorig", "afgelopen", "in dit jaar",
    "dit jaar", "vorig jaar", "in het afgelopen jaar", "afgelopen jaar", "volgend jaar",
    "komend jaar", "het komende jaar", "vorige jaar",
)  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(_texts(RELATIVE_WORDS))
def test_relative_years_are_written_as_the_three_patterns_write_them(text: str) -> None:
    """The rewriting of "dit jaar", "vorig jaar" and "volgend jaar" skips a pattern whose words
    the window lacks: the result is what the three substitutions give."""
    doc = SourceDocument("d", Path("d.txt"), "sources/d.txt", {"published": "2020-09-15"}, "")
    expected = amounts_context_years._THIS_YEAR.sub("in 2020", text)
    expected = amounts_context_years._LAST_YEAR.sub("in 2019", expected)
    expected = amounts_context_years._NEXT_YEAR.sub("in 2021", expected)
    assert amounts_context_years.relative_years(doc)(text) == expected
