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


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # one year of a noun after "van"
        (
            "Het leger krijgt 300 miljoen euro extra, waardoor de vloot weer op de sterkte van "
            "2012 komt.",
            [("300 miljoen euro", None, None, None)],
        ),
        # the start of a state the sum meets, after "sinds"
        (
            "De dienst krijgt 45 miljoen euro, zodat de wachtlijsten die sinds 2018 groeien "
            "korter worden.",
            [("45 miljoen euro", None, None, None)],
        ),
        # an aside on a noun of the clause, after a comma and a relative word
        (
            "Er komt 70 miljoen euro voor de brug, waarmee de renovatie, die eerst in 2036 "
            "gepland was, eerder start.",
            [("70 miljoen euro", None, None, None)],
        ),
    ],
)
def test_a_year_that_times_no_consequence_gives_the_amount_none(
    text: str, years: list[tuple[str, int | None, int | None, str | None]]
) -> None:
    """A year of the clause of consequence that belongs to a noun in it ("het niveau van
    JJJJ"), dates a state's start ("sinds JJJJ") or stands in an aside ("die eerst in JJJJ
    gepland stond") is no time of what the sum brings about: the amount takes none."""
    assert _years(text) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a span "van JJJJ tot JJJJ" times the consequence
        (
            "De stad trekt € 12 mln uit, waardoor de bouw van 2032 tot 2034 loopt.",
            [("€ 12 mln", 2032, 2034, "stated")],
        ),
        # an aside after the year: the year before it is the clause's
        (
            "De stad trekt € 12 mln uit, zodat in 2033 de school, die nu te klein is, groter "
            "wordt.",
            [("€ 12 mln", 2033, 2033, "stated")],
        ),
    ],
)
def test_a_year_timing_the_consequence_still_dates_the_amount(
    text: str, years: list[tuple[str, int | None, int | None, str | None]]
) -> None:
    """Near form: a span after "van" and a year before an aside time the consequence, as
    before."""
    assert _years(text) == years


def test_a_bracketed_aside_between_the_amount_and_its_consequence_ends_nothing() -> None:
    """A closed bracket after the amount ("€ 30 mln (zie bijlage 3), waardoor ... in JJJJ") is
    an aside on it, no end of its words: the amount takes the consequence's year (it took
    none)."""
    text = "Scholen krijgen € 30 mln (zie bijlage 3), waardoor zij in 2033 meer leraren hebben."
    assert _years(text) == [("€ 30 mln", 2033, 2033, "stated")]


def test_a_bracket_printing_a_year_still_stops_the_reach() -> None:
    """Near form: a bracket with a year in it ("(begroting 2031)") is the amount's words with
    their own year: the consequence's year is not taken, as before."""
    text = "Scholen krijgen € 30 mln (begroting 2031), waardoor zij in 2033 meer leraren hebben."
    assert _years(text)[0][1:] != (2033, 2033, "stated")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a heading after a blank line: the clause ends at the line before it
        (
            "De gemeente ontvangt € 2 mln, waarmee het tekort daalt\n\nBegroting 2032\n\n"
            "De raad besluit later.",
            [("€ 2 mln", None, None, None)],
        ),
        # the next item of a list is another sentence
        (
            "• De gemeente ontvangt € 2 mln, waarmee het tekort daalt\n• in 2032 volgt een "
            "evaluatie",
            [("€ 2 mln", None, None, None)],
        ),
    ],
)
def test_a_year_past_the_amount_s_sentence_is_not_its_consequence_s(
    text: str, years: list[tuple[str, int | None, int | None, str | None]]
) -> None:
    """The clause of consequence was looked for past the amount's sentence, across a blank
    line and into the next list item, whose year the amount took."""
    assert _years(text) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a clause wrapped over lines without a blank one keeps its year
        (
            "De gemeente ontvangt € 2 mln, waarmee het tekort\nin 2032 daalt.",
            [("€ 2 mln", 2032, 2032, "stated")],
        ),
        # "van ... tot" is a span of years the clause runs over
        (
            "De gemeente ontvangt € 2 mln, waarmee van 2032 tot 2034 de wijk wordt vernieuwd.",
            [("€ 2 mln", 2032, 2034, "stated")],
        ),
    ],
)
def test_a_wrapped_clause_of_consequence_or_its_span_keeps_its_years(
    text: str, years: list[tuple[str, int | None, int | None, str | None]]
) -> None:
    """Near form: a clause of consequence wrapped onto the next line, or printing a span "van
    JJJJ tot JJJJ", still gives the amount its years."""
    assert _years(text) == years
