"""The years of a kasschuif named before its amount (``amounts_cash_shifts``)."""

from __future__ import annotations

import pytest
from inline_document import inline_document

from budgetkit.extract.amounts import extract_amounts


@pytest.mark.parametrize(
    "text",
    [
        "Een deel van het budget voor 2024 wordt pas in 2025 besteed; daarvoor is een kasschuif"
        " van € 30 mln nodig.",
        "Omdat de bouw van 2024 naar 2025 vertraagt, wordt via een kasschuif € 12 mln"
        " doorgeschoven.",
    ],
)
def test_a_cash_shift_before_its_amount_spans_the_two_years_of_its_sentence(text: str) -> None:
    """A kasschuif named before its amount, in a sentence printing two years and no other
    amount, moves the money between them: both years, as "van 2024 naar 2025" after it reads
    (it took the later year alone)."""
    (row,) = extract_amounts(inline_document(text, published="2024-09"))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (2024, 2025, "stated")
    assert row["basis"] == "total_over_period"


@pytest.mark.parametrize(
    "text, years",
    [
        # the kasschuif named after its amount: that year's change
        (
            "De uitgaven dalen met € 8 mln in 2024 en stijgen met hetzelfde bedrag in 2025"
            " (kasschuif).",
            [(2024, 2024)],
        ),
        # two amounts in the sentence: each its own year
        (
            "Via een kasschuif gaat € 8 mln naar 2025 en € 4 mln naar 2026.",
            [(2025, 2025), (2026, 2026)],
        ),
        # one year only: the year the money moves to
        ("Via een kasschuif schuift € 8 mln door naar 2025.", [(2025, 2025)]),
    ],
)
def test_a_cash_shift_after_its_amount_or_among_several_keeps_their_years(
    text: str, years: list[tuple[int, int]]
) -> None:
    """Near forms: a kasschuif named after its amount, a sentence of two amounts and one of a
    single year leave the years as they were read."""
    rows = extract_amounts(inline_document(text, published="2024-09"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    "text, years",
    [
        ("De kasschuif uit de Voorjaarsnota 2024 betreft € 12 mln voor 2025.", (2025, 2025)),
        (
            "Kasschuiven: in 2024 is € 12 mln minder uitgegeven dan begroot (Kamerstuk 2025).",
            (2024, 2024),
        ),
    ],
)
def test_a_document_s_year_is_no_year_a_cash_shift_moves_money_between(
    text: str, years: tuple[int, int]
) -> None:
    """A year naming a document after its capitalised name ("de Voorjaarsnota JJJJ",
    "(Kamerstuk JJJJ)") counted as one of the two years the kasschuif moves its money
    between: the amount took a span from the document's year. It keeps its own year."""
    (row,) = extract_amounts(inline_document(text, published="2024-09"))
    assert (row["year_from"], row["year_to"]) == years


def test_a_year_after_a_capitalised_year_word_still_counts_for_a_cash_shift() -> None:
    """Near form: a year after "In" opening the sentence is a year of time, and the money
    moves from it to the other ("In JJJJ werd via een kasschuif € X naar JJJJ doorgeschoven")."""
    text = "In 2024 werd via een kasschuif € 12 mln naar 2025 doorgeschoven."
    (row,) = extract_amounts(inline_document(text, published="2024-09"))
    assert (row["year_from"], row["year_to"]) == (2024, 2025)


@pytest.mark.parametrize(
    "text, years",
    [
        (
            "Van het budget is € 14 mln in 2023 niet besteed; dit bedrag is via een kasschuif"
            " naar 2024 overgeheveld.",
            (2023, 2024),
        ),
        (
            "Een deel (€ 6 miljoen) komt in 2025 niet tot besteding en wordt met een kasschuif"
            " naar 2026 doorgeschoven.",
            (2025, 2026),
        ),
    ],
)
def test_a_cash_shift_after_its_amount_to_the_later_year_spans_both(
    text: str, years: tuple[int, int]
) -> None:
    """An amount of one year its sentence names, moved after it "via een kasschuif naar" the
    other year the sentence prints ("€ 14 mln in 2023 niet besteed; ... via een kasschuif naar
    2024 overgeheveld"), is the shift between them: both years (it took the first alone)."""
    (row,) = extract_amounts(inline_document(text, published="2024-09"))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    "text, years",
    [
        # a kasschuif after the amount to no year, or in the next sentence: the amount's year
        (
            "Van het budget is € 14 mln in 2023 niet besteed. Via een kasschuif naar 2024 komt"
            " het later beschikbaar.",
            [(2023, 2023)],
        ),
        (
            "Van het budget is € 14 mln in 2023 niet besteed; een kasschuif naar latere jaren"
            " volgt in 2024.",
            [(2023, 2023)],
        ),
    ],
)
def test_a_cash_shift_after_its_amount_to_no_year_or_past_its_sentence_keeps_its_year(
    text: str, years: list[tuple[int, int]]
) -> None:
    rows = extract_amounts(inline_document(text, published="2024-09"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    "text",
    [
        "Van het budget is € 14 mln in 2023 o.a. voor onderhoud niet besteed; dit bedrag is via"
        " een kasschuif naar 2024 overgeheveld.",
        "Van het budget is ca. € 14 mln in 2023 niet besteed, ca. de helft van de post; dit"
        " bedrag is via een kasschuif naar 2024 overgeheveld.",
    ],
)
def test_an_abbreviations_stop_before_the_cash_shift_ends_no_sentence(text: str) -> None:
    """An abbreviation's stop between the amount and the kasschuif after it ("o.a.", "ca.")
    ends no sentence: the shift to the later year still spans both years (the stop was read
    as the sentence's end and the amount kept the first year alone)."""
    (row,) = extract_amounts(inline_document(text, published="2024-09"))
    assert (row["year_from"], row["year_to"]) == (2023, 2024)
