"""The money regexes of ``money_grammar``: compiled when a text prints what they find."""

from __future__ import annotations

import pytest

from budgetkit.extract import money_grammar
from budgetkit.extract.money import find_money


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Het kost $ 5 mln.", "USD"), ("Het kost £ 5 mln.", "GBP"), ("Het kost ƒ 5 mln.", "NLG"),
        ("Het kost ¥ 5 mln.", "JPY"), ("Het kost kEUR 500.", "EUR"), ("Het kost SRD 5 mln.", "SRD"),
        ("Het kost NAf. 5 mln.", "ANG"), ("Het kost Cg 5 mln.", "XCG"),
        ("Het kost Afl. 5 mln.", "AWG"), ("Het kost DM 5 mln.", "DEM"),
        ("Het kost ECU 5 mln.", "XEU"), ("Het kost euro 5 mln.", "EUR"),
        ("Het kost NAƒ 5 mln.", "ANG"), ("Het kost Naf. 5 mln.", "ANG"),
    ],
)  # fmt: skip
def test_sign_code_and_mark_patterns_are_compiled_when_a_text_prints_them(
    text: str, currency: str
) -> None:
    """The patterns of the signs, codes and marks other than "€" are kept as their source and
    compiled for a text that prints one (compiling them all took a quarter of a second of
    every command's start): each still reads its amount, compiled once in a run."""
    sources = [
        *money_grammar.SIGN_MONEY.values(),
        *money_grammar.CODE_MONEY.values(),
        *money_grammar.CAPITAL_MARK_MONEY.values(),
        *(source for *_, source in money_grammar.MARK_MONEY),
        money_grammar.PREFIXED_CODE_MONEY,
        money_grammar.WORD_EURO_MONEY,
    ]  # fmt: skip
    assert all(isinstance(source, str) for source in sources)
    assert all(
        money_grammar.compiled(source) is money_grammar.compiled(source) for source in sources
    )
    assert [(m.currency, m.amount_eur) for m in find_money(text)] == [
        (currency, 500_000 if "kEUR" in text else 5_000_000)
    ]
