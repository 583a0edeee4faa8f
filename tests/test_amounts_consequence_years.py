"""The year of a clause of consequence after an amount (``amounts_consequence_years``)."""

from __future__ import annotations

import pytest
from inline_document import inline_document

from budgetkit.extract.amounts import extract_amounts


def _years(text: str) -> list[tuple[str, int | None, int | None, str | None]]:
    rows = extract_amounts(inline_document(text, published="2031-01-01"))
    return [(r["quote"], r["year_from"], r["year_to"], r["year_source"]) for r in rows]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Defensie krijgt 23,1 miljard, zodat Nederland in 2032 voor het eerst aan de norm "
            "voldoet.",
            [("23,1 miljard", 2032, 2032, "stated")],
        ),
        # clauses joined by a comma and "en" share the consequence
        (
            "Het kabinet verlaagt de belasting met € 1,1 mld, daalt de accijns met € 0,4 mld en "
            "stijgt de heffing met € 0,2 mld, zodat de lasten in 2033 per saldo dalen.",
            [
                ("€ 1,1 mld", 2033, 2033, "stated"),
                ("€ 0,4 mld", 2033, 2033, "stated"),
                ("€ 0,2 mld", 2033, 2033, "stated"),
            ],
        ),
        # a start year: from then on
        (
            "Met de nota investeert het kabinet structureel € 1,5 mld extra in de vloot, waarmee "
            "het vanaf 2032 aan de norm voldoet.",
            [("€ 1,5 mld", 2032, None, "stated")],
        ),
    ],
)
def test_an_amount_without_years_takes_its_clause_of_consequence_s_year(
    text: str, years: list[tuple[str, int | None, int | None, str | None]]
) -> None:
    """ "Defensie krijgt 23,1 miljard, zodat Nederland in 2032 aan de norm voldoet" gave the
    amount no year: the clause after "zodat", "waarmee" or "waardoor" says what the sum
    brings about, and the year it does so in is the sum's."""
    assert _years(text) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # its own year stays
        (
            "In 2031 krijgt Defensie 23,1 miljard, zodat Nederland in 2032 aan de norm voldoet.",
            [("23,1 miljard", 2031, 2031, "stated")],
        ),
        # the consequence in the next sentence: no clause of the amount's
        (
            "Het kabinet trekt € 40 mln uit. Daardoor stijgt het tekort in 2032.",
            [("€ 40 mln", None, None, None)],
        ),
        # a year printed between the amount and the clause is read or refused already
        (
            "Het kabinet trekt € 40 mln uit voor de Nota 2031, zodat in 2032 de bouw start.",
            [("€ 40 mln", None, None, None)],
        ),
        # no clause of consequence: a relative clause's year is its own
        (
            "Het kabinet trekt € 40 mln uit, wat in 2032 tot een tekort leidt.",
            [("€ 40 mln", None, None, None)],
        ),
    ],
)
def test_an_amount_s_own_year_or_another_clause_s_stays_as_before(
    text: str, years: list[tuple[str, int | None, int | None, str | None]]
) -> None:
    """Near form: an amount with a year of its own, a consequence in another sentence, a year
    between, or a clause that is no consequence keep the years they had."""
    assert _years(text) == years
