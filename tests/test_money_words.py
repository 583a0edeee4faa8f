"""Dutch numbers written in words (``money_words.word_number``)."""

from __future__ import annotations

from decimal import Decimal

from budgetkit.extract.money_words import word_number


def test_word_number_values() -> None:
    assert word_number("Drie") == 3
    assert word_number("eenentwintig") == 21
    assert word_number("tweeënveertig") == 42
    assert word_number("honderdtwee") == 102
    assert word_number("tweeduizend") == 2000
    assert word_number("anderhalf") == Decimal("1.5")
    assert word_number("miljoen") is None
    assert word_number("eerste") is None
