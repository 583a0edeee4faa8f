"""Page furniture between a figure and its scale word (``amounts_furniture``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from inline_document import inline_document

from budgetkit.extract import amounts_furniture
from budgetkit.extract.money import find_money


@given(st.text(alphabet="0123456789 a€é", max_size=130))
def test_a_short_line_is_counted_without_its_digits(text: str) -> None:
    """``_short`` counts a line's digits instead of copying it without them: the same lines
    are short (1 to 60 characters left without the digits)."""
    without = text.translate(str.maketrans("", "", "0123456789"))
    assert amounts_furniture._short(text) == (0 < len(without) <= 60)


def test_a_document_without_a_line_to_test_for_furniture_lists_no_page_numbers() -> None:
    """``_may_cross_furniture`` lists the layout's page numbers only when a quote runs over a
    line's end or a line opens with a scale word: a document with neither is spared them,
    and one with a quote over a line's end still takes the test."""
    plain = inline_document(
        "Het kabinet trekt € 5 miljoen uit voor de jeugdzorg.\n\n12\n\nVerder niets."
    )
    assert not amounts_furniture._may_cross_furniture(plain.model, list(find_money(plain.text)))
    assert "page_numbers" not in plain.model.layout.__dict__
    broken = inline_document("Het kabinet trekt € 5\n\n12\n\nmiljoen uit voor de jeugdzorg.")
    assert amounts_furniture._may_cross_furniture(broken.model, list(find_money(broken.text)))
    assert "page_numbers" in broken.model.layout.__dict__
