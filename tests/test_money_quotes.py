"""Reading one quote of money back to its face value (``money_quotes.parse_quote``)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from budgetkit.extract.money_quotes import cents_value, parse_quote

NBSP = "\xa0"


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("€ 75,5 mln.", (75_500_000, None)),
        ("€ 1,15 mld.", (1_150_000_000, None)),
        ("2 miljard euro", (2_000_000_000, None)),
        ("300 miljoen", (300_000_000, None)),
        ("€ 80.100.000", (80_100_000, None)),
        ("€ 1.000,-", (1_000, None)),
        ("€ 1.000.-", (1_000, None)),
        ("€ 5.310 mln.", (5_310_000_000, None)),
        ("€ 4.262,6 miljoen", (4_262_600_000, None)),
        ("50.000 euro", (50_000, None)),
        ("een miljard", (1_000_000_000, None)),
        ("twee miljard", (2_000_000_000, None)),
        ("Twee miljard", (2_000_000_000, None)),
        ("honderd miljoen", (100_000_000, None)),
        ("tweehonderd miljoen euro", (200_000_000, None)),
        ("anderhalf miljard", (1_500_000_000, None)),
        ("anderhalve miljard euro", (1_500_000_000, None)),
        ("een half miljard euro", (500_000_000, None)),
        ("een halve miljoen euro", (500_000, None)),
        ("een kwart miljard", (250_000_000, None)),
        ("9½ miljard", (9_500_000_000, None)),
        ("€ 0,9 à € 1 mld.", (900_000_000, 1_000_000_000)),
        (f"€{NBSP}62{NBSP}miljoen", (62_000_000, None)),
        ("€ 32,8 \n\nmln.", (32_800_000, None)),
        ("€ \n\n7.500,-", (7_500, None)),
        ("€ \u22125 mln.", (-5_000_000, None)),
        ("€ -5 mln.", (-5_000_000, None)),
        ("€ 7,8 mln. euro", (7_800_000, None)),
        # two numbers joined by "en" in one quote are a range (list items are quoted alone)
        ("€1,6 miljard en €1,8 miljard", (1_600_000_000, 1_800_000_000)),
        ("2 en 3 miljoen euro", (2_000_000, 3_000_000)),
        ("30 à 35 mln.", (30_000_000, 35_000_000)),
    ],
)
def test_parse_quote(quote: str, expected: tuple[int, int | None]) -> None:
    assert parse_quote(quote) == expected


def test_external_scale_applies_only_when_the_quote_prints_none() -> None:
    assert parse_quote("1.700", "duizend") == (1_700_000, None)
    assert parse_quote("300", "duizend") == (300_000, None)
    assert parse_quote("€ 5 mln.", "duizend") == (5_000_000, None)


def test_parse_quote_rejects_text_without_a_number() -> None:
    with pytest.raises(ValueError):
        parse_quote("miljoen euro")


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("42 eurocent", Decimal("0.42")),
        ("20\ncent", Decimal("0.2")),
        ("40 \n ct", Decimal("0.4")),
        (f"5{NBSP}cent", Decimal("0.05")),
    ],
)
def test_a_cents_quote_over_one_line_break_is_read(quote: str, expected: Decimal) -> None:
    assert cents_value(quote) == expected


@pytest.mark.parametrize("quote", ["20\n\ncent", "20\n \ncent", "42 euro"])
def test_a_cents_quote_over_a_paragraph_break_is_none(quote: str) -> None:
    """ "20⏎⏎cent" was read as cents: a number ending one paragraph and "cent" opening the
    next are no quote, as ``amounts_spoken`` reads cents over one line break only."""
    assert cents_value(quote) is None
