"""Title words for link proposals: plurals fold onto their singular, never onto a stump."""

from __future__ import annotations

import pytest

from budgetkit.validate.links import _stem, title_words


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("pensioenen", "pensioen"),
        ("bijdragen", "bijdrage"),
        ("subsidies", "subsidie"),
        ("maatregelen", "maatregel"),
        ("gemeenten", "gemeente"),
        ("fondsen", "fonds"),
        ("tafels", "tafel"),
        ("regelingen", "regeling"),
    ],
)
def test_plural_and_singular_share_a_stem(plural, singular):
    assert _stem(plural) == _stem(singular)


@pytest.mark.parametrize("word", ["pensioen", "fonds", "jeugd", "scholing", "offensief"])
def test_a_singular_keeps_its_letters(word):
    """ "Pensioen" is not "pensio": a word ending in -en after a vowel is no plural."""
    assert _stem(word) == word


def test_docstring_example_holds():
    """The stemmer's own docstring names its examples; they must be true."""
    doc = _stem.__doc__ or ""
    assert '"pensioenen"' in doc and '"pensioen" both give "pensioen"' in doc
    assert _stem("pensioenen") == _stem("pensioen") == "pensioen"
    assert _stem("bijdragen") == _stem("bijdrage") == "bijdrag"
    assert _stem("subsidies") == _stem("subsidie") == "subsidi"


def test_pension_titles_share_a_title_word():
    """The confirmed "Pensioenen" ~ "Pensioen" link matches on its title, not only on
    equal amounts."""
    assert title_words("Pensioenen", set(), 4) & title_words("Pensioen", set(), 4)
