"""The anchors the money scan starts from find every place a pattern's own scan finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from budgetkit.extract import money_anchors, money_grammar
from budgetkit.extract.money import find_money
from budgetkit.textmodel import matches_at


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["tussen", "Tussen", "de", "euro", "Euro", "gulden", "ulden", "uro", "ussen", "u",
             "2", "en", "3", "miljoen", "€", " ", "  ", "\n", "guuro", "tussenuro",
             "tussen 2 en 3 miljoen", " € 5 en € 6 mln"]
        ),
        max_size=30,
    ).map("".join)
)  # fmt: skip
def test_one_scan_for_u_finds_where_euro_gulden_and_tussen_start(text: str) -> None:
    """The euro and gulden anchor and the "tussen" range are tried only where ``_U_PLACES``
    matches: every match of theirs must start at one of those places."""
    places = {m.start() for m in money_anchors.U_PLACES.finditer(text)}
    for pattern in (money_anchors._U_ANCHOR, money_grammar.BETWEEN_MONEY):
        assert {m.start() for m in pattern.finditer(text)} <= places, (pattern.pattern, text)


def test_every_currency_code_is_found_by_its_capital_letter_scan() -> None:
    """A code missing from the scans of capitals would never be found as a sign or a unit."""
    scanned = {word for _regex, words in money_anchors._CAPITALS for word in words}
    assert set(money_grammar.CODES) <= scanned
    for code in money_grammar.CODES:
        assert [m.currency for m in find_money(f"Het kost {code} 5 mln.")] == [code], code


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["dollar", "ollar", "ollars", "florin", "lorin", "million", "illion", "billion",
             "l", "o", "i", "ll", "lar", "lion", "orin", "5", " ", "\n", "illollar", "lolorin"]
        ),
        max_size=30,
    ).map("".join)
)  # fmt: skip
def test_one_scan_for_l_finds_where_dollar_florin_and_million_start(text: str) -> None:
    """The three anchors found from the "l" each holds find what each pattern's own scan
    finds."""
    places = [m.start() for m in money_anchors._L_PLACES.finditer(text)]
    for word, index, regex in money_anchors._L_ANCHORS:
        starts = [at - index for at in places if text.startswith(word, at - index)]
        found = [m.span() for m in matches_at(regex, text, starts)]
        assert found == [m.span() for m in regex.finditer(text)], (word, text)
