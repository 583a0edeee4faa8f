"""Years an amount takes from elsewhere than its own words (``amounts_context_years``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from inline_document import inline_document

from budgetkit.extract import amounts_context_years


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["dit", "Dit", "jaar", "JAAR", "jaarlijks", "vorige", "Afgelopen", "volgend", "komende",
             "per", "in", "'27", "’25", "İt", "ı", "2023", "€ 5 mln", ".", "\n"]
        ),
        max_size=14,
    ),
    st.integers(0, 80),
    st.integers(0, 80),
)  # fmt: skip
def test_a_sentence_not_dated_has_no_window_the_writer_changes(
    words: list[str], start: int, end: int
) -> None:
    """``_may_be_dated`` spares a sentence the relative-years writer only where it changes no
    window of it: "jaar" without "dit", "vorig", "afgelopen", "volgend" or "komend", and no
    year printed short."""
    sentence = " ".join(words)
    write = amounts_context_years._relative_years(inline_document(sentence, published="2023-09"))
    window = sentence[min(start, end) : max(start, end)]
    if not amounts_context_years._may_be_dated(sentence):
        assert write(window) == window
    assert not amounts_context_years._may_be_dated(
        "structureel € 5 mln per jaar, jaarlijks geïndexeerd"
    )
    assert amounts_context_years._may_be_dated("Dit jaar is € 5 mln beschikbaar")
