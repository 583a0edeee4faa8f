"""Writing an amount as the documents print it (``money_format.format_dutch``), read back."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from budgetkit.extract.money_format import format_dutch
from budgetkit.extract.money_quotes import FACTORS, parse_quote


def test_format_dutch_examples() -> None:
    assert format_dutch(75_500_000, "mln") == "€ 75,5 mln."
    assert format_dutch(1_000, "units") == "€ 1.000,-"
    assert format_dutch(2_000_000_000, "mld", "words") == "2 miljard euro"
    assert format_dutch(4_262_600_000, "mln") == "€ 4.262,6 mln."


@settings(max_examples=300)
@given(
    amount=st.integers(min_value=-(10**13), max_value=10**13),
    scale=st.sampled_from(sorted(FACTORS)),
    style=st.sampled_from(["symbol", "words"]),
)
def test_format_then_parse_is_identity(amount: int, scale: str, style: str) -> None:
    assert parse_quote(format_dutch(amount, scale, style)) == (amount, None)
