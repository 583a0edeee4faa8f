"""The money scan (``money_scan.scan``) finds what a search of every window finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budgetkit.extract import money_scan

ROOT = Path(__file__).resolve().parents[1]

# Signed amounts, amounts before and after them, and the words that may join them (a sign
# read as the currency after a number, "3 €⏎5 miljoen"), for the anchor tests.
_SIGNED_PIECES = [
    "€ 5 miljoen", "€ 12 miljoen €", "€ 2 tot € 5 miljoen", "€ 5 miljoen dollar", "EUR 5 mln",
    "USD 40 mln.", "k€ 500", "€ mln 5", "€ 1.000,- euro", "€ 5 à 6 miljoen euro", "€ 300 MLN",
    "5 miljoen", "3 miljard euro", "185,96 €", "37 € tot 142 €", "tussen de 2 en € 3 miljoen",
    "2021", "en", "à", "tot", "euro", "miljoen", "mln.", "€", "-", "(", ")", "mio", "gulden", "3",
    "EUR", "k€", "M€", "kEUR", "US$ 4 mln", "dollar", "3 €\n5 miljoen", "3 EUR\n5 mln", " aan",
    "€5 mld.", "€ 1.000 mln.", "€\xa05 miljoen", "€ 300\nmiljoen", " à 6 miljoen", " " * 39,
]  # fmt: skip
_PAGES = [
    path.read_text(encoding="utf-8")
    for path in [*sorted((ROOT / "sources").glob("*.txt")), *sorted(
        (ROOT.parent / "shared" / "corpus").glob("*/pages/*.txt")
    )]
]  # fmt: skip


def _scan_searching_every_window(text: str) -> list[object]:
    """What ``_scan`` finds when every anchor starts a search, inside an amount with a sign
    too."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(money_scan, "_holder", lambda spans: lambda start, end: None)
        return list(money_scan.scan(text))


def test_an_anchor_inside_a_signed_amount_needs_no_search_of_its_own() -> None:
    """``_scan`` starts no search from the unit of an amount with a sign ("miljoen" of "€ 5
    miljoen", two anchors in three on the sources) where what it would find is that amount
    without its sign, which loses to it: every page of the sources and the corpus scans the
    same either way."""
    assert _PAGES
    for text in _PAGES:
        assert list(money_scan.scan(text)) == _scan_searching_every_window(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_SIGNED_PIECES), st.sampled_from([" ", "", "\n", ", ", ". ", " \n"])
        ),
        max_size=12,
    )
)
def test_skipping_anchors_inside_signed_amounts_finds_the_same(
    parts: list[tuple[str, str]],
) -> None:
    text = "".join(piece + glue for piece, glue in parts)
    assert list(money_scan.scan(text)) == _scan_searching_every_window(text), text
