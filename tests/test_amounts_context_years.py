"""Years an amount takes from elsewhere than its own words (``amounts_context_years``)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from inline_document import inline_document

from budgetkit.extract import amounts_context_years
from budgetkit.extract.amounts import extract_amounts


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
    write = amounts_context_years.relative_years(inline_document(sentence, published="2023-09"))
    window = sentence[min(start, end) : max(start, end)]
    if not amounts_context_years.may_be_dated(sentence):
        assert write(window) == window
    assert not amounts_context_years.may_be_dated(
        "structureel € 5 mln per jaar, jaarlijks geïndexeerd"
    )
    assert amounts_context_years.may_be_dated("Dit jaar is € 5 mln beschikbaar")


@pytest.mark.parametrize(
    "text",
    [
        "Het subsidieplafond 2024 wordt met € 14 mln verhoogd tot € 52 mln.",
        "De bijdrage 2026 stijgt met € 5 mln tot ruim € 40 mln.",
        "Het investeringsbudget 2025 is met € 12 mln verlaagd tot € 230 mln.",
        # what the level is named between "tot" and it
        "Het exploitatiesaldo 2024 stijgt met € 1,4 mln tot een positief saldo van € 3,2 mln.",
        "De bijdrage 2026 wordt met € 5 mln verlaagd tot een bedrag van ruim € 40 mln.",
    ],
)
def test_the_level_a_change_reaches_is_in_the_change_s_years(text: str) -> None:
    """A change and the level it reaches, a verb and "tot" between them ("wordt met € 87 mln
    opgehoogd tot € 6.538 miljoen"): the level is the one the change makes, in the change's
    years; it took the document's year."""
    rows = extract_amounts(inline_document(text, published="2023-09-19"))
    year = int(re.search(r"20\d\d", text).group())
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows] == [
        (year, year, "stated"),
        (year, year, "stated"),
    ]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Het budget 2026 stijgt met € 1 mln tot een totaal van € 6 mln.", 2026),
        ("De bijdrage 2026 wordt verhoogd met € 2 mln tot een totaal van € 9 mln.", 2026),
        ("De reserve 2025 neemt toe met € 2 mln tot een gezamenlijke stand van € 8 mln.", 2025),
    ],
)
def test_a_total_a_noun_s_change_reaches_is_of_the_noun_s_year(text: str, year: int) -> None:
    """A total the change of a noun and its year reaches ("Het budget 2026 stijgt met € 1 mln
    tot een totaal van € 6 mln") is the noun's level in that year: it took the document's.
    (A span of its own after it, below, still keeps it from that year.)"""
    rows = extract_amounts(inline_document(text, published="2023-09-19"))
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows] == [
        (year, year, "stated"),
        (year, year, "stated"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "De lasten bedragen in 2026 € 40 mln en lopen op tot € 90 mln structureel.",
        "De bijdrage is in 2025 € 3 mln, oplopend tot circa € 8 mln.",
        "In 2027 kost de regeling € 12 mln; dat loopt op tot € 30 mln.",
    ],
)
def test_the_level_a_rise_runs_on_to_takes_no_year_of_the_amount_before(text: str) -> None:
    """The end of a rise ("lopen op tot € X", "oplopend tot € X") after an amount of a year
    is the level reached later, in years the sentence does not print: it took the first
    amount's year."""
    rows = extract_amounts(inline_document(text, published="2023-09-19"))
    first, end = rows
    assert first["year_source"] == "stated"
    assert (end["year_from"], end["year_to"], end["year_source"]) == (None, None, None)


def test_the_level_a_rise_runs_on_to_keeps_a_year_of_its_own() -> None:
    """A rise's end printing its own year ("lopen op tot € 90 mln in 2029") takes it."""
    text = "De lasten bedragen in 2026 € 40 mln en lopen op tot € 90 mln in 2029."
    rows = extract_amounts(inline_document(text, published="2023-09-19"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(2026, 2026), (2029, 2029)]


def test_a_named_level_reached_keeps_a_year_of_its_own() -> None:
    """The level a change reaches, named after "tot" ("tot een totaal van € X"), takes the
    change's years only where it prints none of its own ("in 2028")."""
    text = "De bijdrage 2026 stijgt met € 5 mln tot een totaal van € 40 mln in 2028."
    rows = extract_amounts(inline_document(text, published="2023-09-19"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(2026, 2026), (2028, 2028)]


@pytest.mark.parametrize(
    "text",
    [
        "De bijdrage 2026 stijgt met € 4 mln tot een totaal van € 30 mln voor de hele periode.",
        "Het budget 2024 stijgt met € 1 mln tot een cumulatief bedrag van € 9 mln sinds de start.",
        "De subsidie 2025 wordt met € 1 mln verhoogd tot een maximum van € 4.000 per woning.",
    ],
)
def test_a_total_or_a_cap_reached_takes_no_year_of_the_change(text: str) -> None:
    """A total, a sum counted up or a cap named after "tot" ("tot een totaal van € X voor de
    hele periode", "tot een maximum van € X per woning") is no level of the change's year:
    it spans years or none; it took the change's year. (The levels named "een positief saldo"
    or "een bedrag" above still take it.)"""
    rows = extract_amounts(inline_document(text, published="2023-09-19"))
    change, total = rows
    assert change["year_source"] == "stated"
    assert total["year_source"] != "stated"


def test_an_amount_takes_the_years_printed_after_its_equivalent_in_brackets() -> None:
    """An amount in another currency, its equivalent in euros in brackets, then the years ("USD
    X (€ Y) voor de periode 2016-2019"): the years are both amounts', the same pledge; they were
    given to the bracketed euros alone. An amount in brackets of the same currency is no
    equivalent and lends nothing."""
    text = (
        "Op de donorconferentie heeft Nederland een bijdrage toegezegd van USD 40 miljoen\n"
        "(€ 36,5 miljoen) voor de jaren 2024-2026. De gemeente reserveert € 2 miljoen\n"
        "(€ 1,5 miljoen) voor de sportvelden in 2025."
    )
    rows = extract_amounts(inline_document(text))
    got = [(r["quote"], r["currency"], r["year_from"], r["year_to"]) for r in rows]
    assert got == [
        ("USD 40 miljoen", "USD", 2024, 2026),
        ("€ 36,5 miljoen", "EUR", 2024, 2026),
        ("€ 2 miljoen", "EUR", None, None),
        ("€ 1,5 miljoen", "EUR", 2025, 2025),
    ]


def test_items_each_in_a_parenthesis_take_the_year_before_the_sentence_s_first_amount() -> None:
    """A year before the sentence's first amount covers the items of a list each in its own
    parenthesis after it ("vallen in 2026 4½ mld euro hoger uit, vooral door zorg (+1,9 mld
    euro) en defensie (+2,2 mld euro)"): the second item, after the first's parenthesis
    closed, took the document's year. A year inside a parenthesis stays its own amount's."""
    text = (
        "Ten opzichte van de begroting vallen de uitgaven in 2025 € 3,1 mld hoger uit, vooral "
        "door onderwijs (+€ 1,2 mld), de zorg (+€ 0,9 mld) en defensie (+€ 1,0 mld).\n"
        "De lasten stijgen met € 40 mln (in 2024 € 12 mln) en de baten met € 8 mln.\n"
    )
    rows = extract_amounts(inline_document(text, published="2023-09-19"))
    assert [(r["quote"], r["year_from"], r["year_source"]) for r in rows] == [
        ("€ 3,1 mld", 2025, "stated"),
        ("€ 1,2 mld", 2025, "stated"),
        ("€ 0,9 mld", 2025, "stated"),
        ("€ 1,0 mld", 2025, "stated"),
        ("€ 40 mln", None, None),
        ("€ 12 mln", 2024, "stated"),
        ("€ 8 mln.", None, None),
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "In de jaren 2026–2028 ontvangt de politie aanvullend € 80 mln, € 110 mln en € 140 "
            "mln, oplopend tot structureel € 160 mln vanaf 2029.",
            [(2026, 2026), (2027, 2027), (2028, 2028), (2029, None)],
        ),
        # subjects listed between the span and the amounts: each amount is one's, over the span
        (
            "In 2026-2028 ontvangen de politie, het OM en de rechtspraak € 80 mln, € 110 mln en "
            "€ 140 mln.",
            [(2026, 2028), (2026, 2028), (2026, 2028)],
        ),
        # more years than items pair none
        ("In 2026–2028 ontvangt de politie € 80 mln en € 110 mln.", [(2026, 2028), (2026, 2028)]),
        # a verb or a recipient after the last item: two clauses' or two recipients' amounts
        (
            "In 2026-2027 krijgt de provincie € 40 mln en € 60 mln gaat naar de gemeenten.",
            [(2026, 2027), (2026, 2027)],
        ),
        (
            "In 2026-2027 vraagt de minister voor de Belastingdienst € 30 mln en € 15 mln voor "
            "de Douane.",
            [(2026, 2027), (2026, 2027)],
        ),
        # an adverb after the last item closes the list still
        (
            "In 2026-2027 ontvangt de politie € 80 mln en € 110 mln extra.",
            [(2026, 2026), (2027, 2027)],
        ),
    ],
)
def test_a_span_opening_the_clause_of_a_list_of_as_many_amounts_pairs_them(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """ "In de jaren 2026–2028 ontvangt X € 80 mln, € 110 mln en € 140 mln" gave each item the
    whole span: a span of as many years opening the list's clause pairs them year by year,
    as one right after the last item does."""
    rows = extract_amounts(inline_document(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "De bezuiniging loopt op van € 0,2; 0,4; 0,6 en 0,9 mld in 2026 t/m 2029.",
            [(2026, 2026), (2027, 2027), (2028, 2028), (2029, 2029)],
        ),
        (
            "De bijdragen aan het fonds bedragen € 5 mln, € 6 mln en € 7 mln in de jaren 2025 "
            "tot en met 2027.",
            [(2025, 2025), (2026, 2026), (2027, 2027)],
        ),
        # or years listed, "en" before the last
        (
            "De besparingen lopen op via 4½ en 6 mld euro in 2025 en 2026 tot 8 mld euro in 2027.",
            [(2025, 2025), (2026, 2026), (2027, 2027)],
        ),
        # or years joined by slashes label the list before a colon
        (
            "• Meerjarenraming 2026/2027/2028: € 2,15 / 2,20 / 2,26 mln",
            [(2026, 2026), (2027, 2027), (2028, 2028)],
        ),
        # a span of more years than items pairs none: the last item keeps the span
        ("Het fonds ontvangt € 3 mln en € 4 mln in 2025-2027.", [(None, None), (2025, 2027)]),
        # a line break in a joint parts the items as a space does
        (
            "De bijdragen aan het fonds bedragen € 5 mln, € 6 mln en\n€ 7 mln in de jaren 2025 "
            "tot en met 2027.",
            [(2025, 2025), (2026, 2026), (2027, 2027)],
        ),
    ],
)
def test_a_list_of_amounts_before_a_span_of_as_many_years_pairs_them(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """A list of amounts (its unit printed once at the last item or at each) followed right
    after its last item by a span or a list of as many years ("van € 0,2; 0,4; 0,6 en 0,9 mld
    in 2026 t/m 2029", "via 4½ en 6 mld euro in 2025 en 2026"), or labelled by as many years
    joined by slashes ("2026/2027/2028: € 2,15 / 2,20 / 2,26 mln"), is a level a year, paired
    in order as "respectievelijk" pairs them: the items took no year of their own, the last
    at most the whole span."""
    rows = extract_amounts(inline_document(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years
    assert all(r["year_source"] == "stated" for r in rows if r["year_from"])


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a sum the clause adds after the series keeps the span of the years
        (
            "De korting bedraagt in 2025, 2026 en 2027 respectievelijk € 40 mln, € 70 mln en"
            " € 90 mln, over de drie jaren samen dus € 200 mln.",
            [(2025, 2025), (2026, 2026), (2027, 2027), (2025, 2027)],
        ),
        # the level the series reaches, structural, holds from its last year on
        (
            "De opbrengst van de heffing is in 2024, 2025 en 2026 respectievelijk € 0,8,"
            " € 1,1 en € 1,3 mld, oplopend tot € 1,3 mld structureel.",
            [(2024, 2024), (2025, 2025), (2026, 2026), (2026, None)],
        ),
        # a structural level other than the last item's: of a year the clause does not print
        (
            "De opbrengst van de heffing is in 2024, 2025 en 2026 respectievelijk € 0,8,"
            " € 1,1 en € 1,3 mld, oplopend tot € 1,5 mld structureel.",
            [(2024, 2024), (2025, 2025), (2026, 2026), (None, None)],
        ),
        # the two items around the word, and a later year of a structural amount its own
        (
            "Voor de jeugdzorg is € 20 mln respectievelijk € 25 mln toegevoegd in 2024 en 2025,"
            " waarna vanaf 2026 structureel € 22 mln beschikbaar is.",
            [(2024, 2024), (2025, 2025), (2026, None)],
        ),
        # the years between the word and the items pair with them
        (
            "De gemeenten krijgen in respectievelijk 2025 en 2026 uitkeringen van 6 en"
            " 9 miljoen euro, en vanaf 2027 structureel 12 miljoen euro.",
            [(2025, 2025), (2026, 2026), (2027, None)],
        ),
        # a signed series, wrapped over a line
        (
            "Het accres wijzigt voor 2024, 2025 en 2026 met respectievelijk\n− € 12,0 mln,"
            " + € 8,5 mln en\n+ € 20,1 mln.",
            [(2024, 2024), (2025, 2025), (2026, 2026)],
        ),
    ],
)
def test_respectievelijk_pairs_only_the_run_of_items_at_it(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """ "respectievelijk" pairs its years with the run of amounts list joints part right after
    it (or around it), not with every amount of its clause: a sum or a structural level the
    clause adds after the series made the counts differ, and each item took the span of all
    the years, or the added amount took the next year as a year of the series."""
    rows = extract_amounts(inline_document(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Het budget voor de regeling loopt tussen 2022 en 2023 terug van € 12,5 naar "
            "€ 11,8 mln.",
            [(2022, 2022), (2023, 2023)],
        ),
        (
            "De schuld daalt van 52% bbp in 2019 tot 48% bbp in 2022, ofwel van € 420 mld "
            "naar circa € 405 mld.",
            [(2019, 2019), (2022, 2022)],
        ),
        (
            "De uitgaven aan zorg stijgen tussen 2023 en 2024 met € 3,2 mld tot € 91,4 mld.",
            [(2023, 2024), (2024, 2024)],
        ),
        # the end prints its own year: both read as before
        (
            "Het tekort loopt van € 2 mld in 2024 naar € 1 mld in 2026.",
            [(2024, 2024), (2026, 2026)],
        ),
    ],
)
def test_the_ends_of_a_change_between_two_years_take_each_its_year(
    text: str, years: list[tuple[int, int]]
) -> None:
    """A change of level between two years its clause prints before it ("tussen 2014 en 2015
    van € 3,4 naar € 3,3 mld", "van X in 2016 tot Y in 2021, ofwel van € A naar € B"): the
    start is the first year's level, the end the last's; a change "met" over the span reaches
    its level "tot" in the last year. Both ends took the span, or the last year."""
    rows = extract_amounts(inline_document(text, published="2021-09-21"))
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows] == [
        (*y, "stated") for y in years
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Het begrotingstekort verbetert in 2024 van € 31 mld naar € 17 mld.",
            [(None, None), (2024, 2024)],
        ),
        (
            "De bijdrage is in 2025 verlaagd van € 420.000 naar € 310.000.",
            [(None, None), (2025, 2025)],
        ),
        # "sinds" dates the start, the level then (read elsewhere); the end's own year after it
        (
            "Sinds 2019 is het budget opgelopen van € 4,6 mln naar € 6,2 mln.",
            [(2019, 2019), (None, None)],
        ),
        (
            "Het tekort daalt in 2024 van € 5 mld naar € 4 mld in 2025.",
            [(2024, 2024), (2025, 2025)],
        ),
        # the year opening the sentence, "In JJJJ" with nothing before it
        (
            "In 2022 verbetert het saldo van € 48 mld naar € 20 mld.",
            [(None, None), (2022, 2022)],
        ),
    ],
)
def test_the_start_of_a_change_in_one_year_takes_no_year(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """A change "van A naar B" its clause dates with one year after "in" ("verbetert in 2022
    van -€ 48 mld naar -€ 20 mld"): B is that year's level, A the level before the change,
    which the sentence does not date (the year before's or an earlier estimate); A took the
    year as stated."""
    rows = extract_amounts(inline_document(text, published="2021-09-21"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Per 1 januari 2028 gaat het vastrecht van € 190,40 naar € 198,80 per jaar.",
            [(None, None), (2028, 2028)],
        ),
        # near form: the end prints a year of its own after it, the start keeps the date's
        (
            "Per 1 januari 2028 daalt het tarief van € 5 naar € 4 in 2029.",
            [(2028, 2028), (2029, 2029)],
        ),
    ],
)
def test_the_start_of_a_change_on_a_date_takes_no_year(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """A change "van A naar B" its clause dates with the day it takes effect ("Per 1 januari
    2028 gaat het tarief van € A naar € B"): as after "in", B is that year's level and A the
    one before (A took the year as stated)."""
    rows = extract_amounts(inline_document(text, published="2021-09-21"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "In 2028 wordt de bijdrage aan de bibliotheek van € 380.000 verhoogd naar € 410.000.",
            [(None, None), (2028, 2028)],
        ),
        (
            "In 2028 wordt het budget van € 2,4 mln teruggebracht tot € 2,1 mln.",
            [(None, None), (2028, 2028)],
        ),
        # near form: a word between that is no participle joins no change
        (
            "In 2028 gaat het budget van € 450.000 straks naar € 520.000.",
            [(2028, 2028), (2028, 2028)],
        ),
    ],
)
def test_a_participle_before_the_change_s_end_keeps_the_change(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """The participle of a change between its start and "naar"/"tot" ("van € A verhoogd naar
    € B") still joins the two ends: the start is the level before that year's change."""
    rows = extract_amounts(inline_document(text, published="2021-09-21"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    "text",
    [
        "De voorstellen variëren van een lastenverlichting van € 9 mld tot een"
        " lastenverzwaring van € 21 mld in 2029.",
        "De ramingen lopen uiteen van 3 mld euro tot 5 mld euro in 2029.",
        "De plannen variëren in 2029 van een tekort van € 3 mld tot een overschot van € 5 mld.",
    ],
)
def test_the_ends_a_verb_of_varying_joins_are_alternatives_of_one_year(text: str) -> None:
    """ "variëren van € A tot € B in JJJJ", "lopen uiteen van": the ends are the bounds the
    alternatives lie between, of one time, as a range's are, no levels before and after a
    change: both are the year's. The first took no year (the year after the second was the
    second's only), or none where the year stood before both (read as a change's start). The
    first takes the second's basis with its year where it read none (it was unknown)."""
    rows = extract_amounts(inline_document(text, published="2025-09-16"))
    assert [(r["year_from"], r["year_to"], r["year_source"], r["basis"]) for r in rows] == [
        (2029, 2029, "stated", "per_year")
    ] * 2


@pytest.mark.parametrize(
    "text",
    [
        "De uitgaven stijgen van 9 mld euro tot 21 mld euro in 2029.",
        # the verb of varying in a clause of its own, before the change
        "De ramingen variëren, maar de uitgaven stijgen van € 9 mld naar € 21 mld in 2029.",
    ],
)
def test_the_start_of_a_change_takes_no_year_of_its_end(text: str) -> None:
    """Near the form above: "stijgen van € A tot € B in JJJJ" is a change, A the level
    before it, of no year the sentence prints; B is the year's."""
    rows = extract_amounts(inline_document(text, published="2025-09-16"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(None, None), (2029, 2029)]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a relative clause's year is of its own amount, not of the main clause's after it
        (
            "De huurgrens, die in 2022 nog € 763 bedroeg, stijgt met € 45 per maand.",
            [(2022, 2022), (None, None)],
        ),
        # an item joined by "en" after the clause still shares it
        (
            "De kosten stijgen door de heffing, die per 1 januari 2024 naar € 40 per ton gaat,"
            " en door het tarief van € 110 per ton.",
            [(2024, 2024), (2024, 2024)],
        ),
        # a list of parts inside the clause shares it too
        (
            "De uitkering stijgt, waarbij in 2025 € 4 miljoen voor Bonaire, € 2 miljoen voor Saba.",
            [(2025, 2025), (2025, 2025)],
        ),
        # a clause of another event's time, closed before the amount
        (
            "De minister heeft, nadat in 2019 het akkoord werd gesloten, structureel € 50"
            " miljoen toegevoegd.",
            [(None, None)],
        ),
        # an aside in brackets telling of another thing
        (
            "Er zijn convenanten gesloten (de laatste pas in 2021), waarin de groei is beperkt;"
            " de besparing bedraagt € 0,3 mld.",
            [(None, None)],
        ),
        # a bracket labelling a thing by its period stays its years
        (
            "Het budget voor de periode (ISV-3, 2010–2014) is vastgesteld op € 1 mld.",
            [(2010, 2014)],
        ),
    ],
)
def test_a_year_of_a_closed_clause_or_aside_is_not_the_next_amounts(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """A year printed in a subordinate clause set off by commas, or in a bracketed aside,
    that closes before an amount dates what the clause tells: the amount after it took that
    year, read before it or shared with the clause's own amount."""
    rows = extract_amounts(inline_document(text))
    stated = [
        (r["year_from"], r["year_to"]) if r["year_source"] == "stated" else (None, None)
        for r in rows
    ]
    assert stated == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Door de ombuigingen (per saldo – € 120 mln) is het tekort in 2024 naar verwachting "
            "€ 0,8 tot 1,0 mld.",
            [(2024, 2024), (2024, 2024)],
        ),
        (
            "Na de bijstelling (+ € 35 mln) bedraagt het budget in 2026 ruim € 410 mln.",
            [(2026, 2026), (2026, 2026)],
        ),
        # a comma after the year: the next amount is of another clause
        (
            "Na de bijstelling (+ € 35 mln) daalt het budget in 2026, terwijl € 410 mln "
            "gereserveerd blijft.",
            [(2026, 2026), (None, None)],
        ),
    ],
)
def test_an_amount_after_a_bracketed_one_shares_the_year_of_their_clause(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """An amount in a bracket takes the year its clause prints after the bracket; the clause's
    next amount, after that year with no comma or bracket between, is of that year too. It took
    none: the bracket's amount had claimed the year."""
    rows = extract_amounts(inline_document(text, published="2021-09-21"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Voor zowel 2025 als 2026 worden de lasten en de baten met respectievelijk € 4,2 mln "
            "en € 3,9 mln per jaar verhoogd.",
            [(2025, 2026), (2025, 2026)],
        ),
        ("In zowel 2023 als 2024 is € 12 mln per jaar beschikbaar.", [(2023, 2024)]),
        # years a list prints: "respectievelijk" pairs them one to one, as before
        (
            "Voor 2025 en 2026 worden de lasten met respectievelijk € 4,2 mln en € 3,9 mln "
            "verhoogd.",
            [(2025, 2025), (2026, 2026)],
        ),
    ],
)
def test_years_zowel_als_joins_are_each_amount_s(text: str, years: list[tuple[int, int]]) -> None:
    """Two years "zowel 2007 als 2008" joins: both hold for the amount, and for each item a
    "respectievelijk" after them pairs with the nouns it names. The amounts took no year
    ("als 2008" read as a name's year)."""
    rows = extract_amounts(inline_document(text, published="2021-09-21"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


def test_two_years_in_a_row_joined_by_a_slash_are_one_year_over_two_not_a_label_each() -> None:
    """ "Schooljaar 2027/2028: € 5 mln / € 6 mln": a school year over two calendar years,
    as a slash between a year and the next reads; its amounts are of neither, not one
    each (three years so label one amount each)."""
    rows = extract_amounts(inline_document("Schooljaar 2027/2028: € 5 mln / € 6 mln."))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(None, None), (None, None)]


def test_a_page_s_footnotes_lend_no_years_to_the_text_above_or_to_each_other() -> None:
    """Under a rule of underscores a page's footnotes follow, each opening on its number: a
    year in a note is none of the sum above the rule ("€ 45 mln structureel toegevoegd voor
    munitie." took the note's 2021), nor of the next note's sum ("2 Tegen een koers van ...;
    het eurobedrag is circa € 965 mln." took the note before's 2021)."""
    text = (
        "Met de Najaarsnota is bovendien € 30 mln structureel toegevoegd voor onderhoud.\n"
        "  _______________\n"
        "  1 Hiermee stijgt het budget in 2024 tot € 2,16 mld.\n"
        "  2 Bij een koers van 1,08 per euro; het eurobedrag is circa € 640 mln."
    )
    rows = extract_amounts(inline_document(text, published="2023-09-19"))
    assert [(r["quote"], r["year_from"]) for r in rows] == [
        ("€ 30 mln", None),
        ("€ 2,16 mld.", 2024),
        ("€ 640 mln.", None),
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Van het subsidieplafond van € 42 mln voor 2025 wordt naar verwachting € 6 mln niet"
            " benut.",
            [(2025, 2025, "stated"), (2025, 2025, "stated")],
        ),
        (
            "Van de 1,4 miljard euro voor 2026 is ruim 300 miljoen nog niet toegekend.",
            [(2026, 2026, "stated"), (2026, 2026, "stated")],
        ),
        # no whole opening the sentence: the second amount's years are not the first's
        (
            "Het subsidieplafond van € 42 mln voor 2025 is hoger dan het tekort van € 6 mln.",
            [(2025, 2025, "stated"), (None, None, None)],
        ),
    ],
)
def test_a_part_after_a_whole_opening_the_sentence_with_van_takes_the_whole_s_years(
    text: str, years: list[tuple[int, int, str]]
) -> None:
    """ "Van het budget van € 42 mln voor 2025 wordt € 6 mln niet benut": the phrase before the
    main clause's verb names the whole and its years, and the part is of them; it took none
    (and later the document's year)."""
    rows = extract_amounts(inline_document(text, published="2023-09-19"))
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Voor het programma is tot 2030 een bedrag van 800 miljoen euro gereserveerd, maar"
            " daarvan is nog maar 90 miljoen uitgekeerd.",
            [(None, 2030), (None, None)],
        ),
        (
            "Tot 2030 is € 800 mln beschikbaar, waarvan inmiddels € 120 mln is uitgegeven.",
            [(None, 2030), (None, None)],
        ),
        # without a word of so far the next amount shares the year before the first
        (
            "In 2024 gaat € 5 mln naar de regio en nog € 3 mln naar de steden.",
            [(2024, 2024), (2024, 2024)],
        ),
    ],
)
def test_an_amount_of_what_has_happened_so_far_takes_no_years_of_the_clause_before(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """ "tot 2035 ... gereserveerd, maar daarvan is nog maar 1,3 miljard overgemaakt": "nog
    maar", "inmiddels", "tot nu toe" say what has happened by the time of writing; the amount
    took the reserve's end year as the amount before's."""
    rows = extract_amounts(inline_document(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # only words of how often or of degree between the year and the next amount
        (
            "Een heffing van € 150 per ton levert vanaf 2030 jaarlijks circa € 1,4 miljard op.",
            [(2030, None), (2030, None)],
        ),
        # a comma parts them: the year is the first amount's own
        (
            "De kosten bedragen € 5 mln in 2024, jaarlijks circa € 1,4 miljard.",
            [(2024, 2024), (None, None)],
        ),
    ],
)
def test_a_year_between_two_amounts_times_the_next_one_s_clause_too(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """A year expression right before the next amount, only words of how often it counts
    or of its degree between, times that amount's clause, though the amount before took it
    reading on; the next amount fell back on the context's year."""
    rows = extract_amounts(inline_document(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Door hogere bouwkosten, sinds 2021 bijna 15%, en strengere eisen stijgt het krediet"
            " naar € 12,3 mln.",
            (None, None),
        ),
        ("De kosten, in 2023 ruim 1.200 aanvragen, komen uit op € 4 mln.", (None, None)),
        # near forms: a clause of a year alone, or a year outside the clause, times the amount
        ("Door hogere bouwkosten, sinds 2021, stijgt het krediet naar € 12,3 mln.", (2021, None)),
        ("In 2025 stijgt, na een groei van 4%, het krediet naar € 12,3 mln.", (2025, 2025)),
        # a decimal comma sets no clause off: the year of the figure the amount restates
        ("Het saldo verbetert van -0,4% bbp in 2007 naar 0,5% bbp in 2008, ofwel € 3,0 mld.",
         (2008, 2008)),
    ],
)  # fmt: skip
def test_a_year_in_a_clause_set_off_by_commas_with_a_figure_of_its_own_is_that_figure_s(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """ "Door <oorzaak>, sinds JJJJ ruim N%, stijgt <post> naar € X": the year in the clause
    the commas set off dates its percentage or count, not the amount after it."""
    (row,) = extract_amounts(inline_document(text, published="2025-03-01"))
    assert (row["year_from"], row["year_to"]) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "De bijdrage wordt voor 2026 vastgesteld op € 2.465 en in het jaar daarop op € 2.390.",
            [(2026, 2026, "stated"), (2027, 2027, "stated")],
        ),
        (
            "De lasten stijgen van € 8,9 mld in 2025 naar € 11,2 mld in het jaar daarop.",
            [(2025, 2025, "stated"), (2026, 2026, "stated")],
        ),
        (
            "Het kader is in 2026 met € 6,3 mld overschreden; in het jaar daarop daalt de "
            "overschrijding tot € 2,1 mld.",
            [(2026, 2026, "stated"), (2027, 2027, "stated")],
        ),
        # its kin, and the year after a span's last
        ("In 2025 kost de regeling € 5 mln, een jaar later € 7 mln.",
         [(2025, 2025, "stated"), (2026, 2026, "stated")]),
        ("Voor 2024-2025 is € 5 mln beschikbaar en het daaropvolgende jaar € 6 mln.",
         [(2024, 2025, "stated"), (2026, 2026, "stated")]),
        ("Voor 2025 en het jaar erna is € 10 mln gereserveerd.", [(2025, 2026, "stated")]),
    ],
)  # fmt: skip
def test_the_year_after_one_the_sentence_prints_is_stated(
    text: str, years: list[tuple[int, int, str]]
) -> None:
    """ "voor 2026 € 2.465 en in het jaar daarop € 2.390": "het jaar daarop" (erna, daarna,
    nadien, het daaropvolgende jaar, een jaar later) names the year after the last one its
    sentence prints before it; the amount took that base year itself."""
    rows = extract_amounts(inline_document(text, published="2025-09-16"))
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # no year printed before it in the sentence: its anchor is elsewhere, or "dit jaar"
        ("Het jaar daarop is € 5 mln nodig.", [(None, None)]),
        ("In 2023 is € 497 mln verstrekt. In het jaar daarop wordt € 60 mln teruggevorderd.",
         [(2023, 2023), (None, None)]),
        # "daarop" without "jaar", a year named "het jaar 2026", a delay, every year after
        ("Voor 2026 is € 5 mln beschikbaar, zie de daarop volgende brief over € 6 mln.",
         [(2026, 2026), (2026, 2026)]),
        ("In het jaar 2026 is € 5 mln beschikbaar en in 2027 € 6 mln.",
         [(2026, 2026), (2027, 2027)]),
        ("De regeling gaat in 2025 een jaar later dan gepland in en kost € 5 mln.",
         [(2025, 2025)]),
        ("De besparing is € 45 mln in 2021 en € 95 mln per jaar daarna.",
         [(2021, 2021), (None, None)]),
        ("De besparing is € 45 mln in 2021 en € 95 mln in de jaren daarna.",
         [(2021, 2021), (None, None)]),
    ],
)  # fmt: skip
def test_no_year_after_is_named_without_a_printed_one_before_it(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """ "het jaar daarop" with no year printed before it in its sentence names none (nothing
    is invented), and "daarop", "jaar" or "later" apart from those words name none either."""
    rows = extract_amounts(inline_document(text, published="2025-09-16"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Het kabinet boekt € 4,9 mld aan ombuigingen in voor 2026 en een lastenverlichting van "
         "2,4 miljard euro in datzelfde jaar.", [(2026, 2026, "stated"), (2026, 2026, "stated")]),
        ("De korting verdwijnt vanaf 2026; die zou in dat jaar zijn opgelopen tot 975 miljoen "
         "euro.", [(2026, 2026, "stated")]),
        ("Het fonds groeit in 2025 met € 42 mln, terwijl de kosten hetzelfde jaar € 210 mln "
         "stijgen.", [(2025, 2025, "stated"), (2025, 2025, "stated")]),
    ],
)  # fmt: skip
def test_that_same_year_is_the_last_year_its_sentence_prints_before_it(
    text: str, years: list[tuple[int, int, str]]
) -> None:
    """ "€ 4,9 mld voor 2026 en 2,4 miljard euro in datzelfde jaar": "datzelfde jaar"
    (hetzelfde jaar, dat jaar) names the last year its sentence prints before it, as "het
    jaar daarop" names the one after; the amount took no year, or "vanaf"'s open end."""
    rows = extract_amounts(inline_document(text, published="2025-09-16"))
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # the year in the sentence before: not this sentence's
        ("In 2023 gaf het ministerie € 15,4 mld uit. Het ging in hetzelfde jaar voor € 22 mld "
         "aan verplichtingen aan.", [(2023, 2023), (None, None)]),
        # no year printed before it
        ("De uitgaven waren € 5,9 mld in dat jaar.", [(None, None)]),
        # "jaar na jaar" after "dat": every year, no one year
        ("Sinds 2020 is duidelijk dat jaar na jaar € 5 mln te weinig wordt begroot.",
         [(2020, None)]),
    ],
)  # fmt: skip
def test_that_same_year_names_no_year_its_sentence_does_not_print(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    rows = extract_amounts(inline_document(text, published="2025-09-16"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a year in an aside between dashes tells of another event: it anchors nothing
        ("In 2024 – twee jaar na de start van het programma in 2022 – bedroeg de bijdrage "
         "€ 38 mln en het jaar daarop € 41 mln.", [(2024, 2024), (2025, 2025)]),
        ("Voor 2030 — vijf jaar na het akkoord van 2025 — is € 12 mln geraamd en het jaar "
         "erna € 14 mln.", [(2030, 2030), (2031, 2031)]),
        ("In 2024 - twee jaar na de start van het programma in 2022 - bedroeg de bijdrage "
         "€ 38 mln.", [(2024, 2024)]),
        # after the amount in its own clause, the amount set off by commas
        ("De eerste tranche volgt in 2026, de tweede in 2028 en de derde, van € 25 mln, het "
         "jaar daarop.", [(2029, 2029)]),
        ("De regeling start in 2025 en de verhoging, van € 3 mln, een jaar later.",
         [(2026, 2026)]),
        # the years after the previous amount's, plural: none, written in or printed
        ("In 2026 is € 40 mln gereserveerd, een jaar later € 35 mln en in de jaren daarna "
         "jaarlijks € 30 mln.", [(2026, 2026), (2027, 2027), (None, None)]),
        ("In 2026 is € 40 mln gereserveerd, in 2027 € 35 mln en de jaren erna jaarlijks "
         "€ 30 mln.", [(2026, 2026), (2027, 2027), (None, None)]),
        ("In 2026 is € 40 mln gereserveerd, in 2027 € 35 mln en in de daaropvolgende jaren "
         "€ 30 mln per jaar.", [(2026, 2026), (2027, 2027), (None, None)]),
    ],
)  # fmt: skip
def test_the_year_after_reads_past_asides_and_dates_its_own_clause(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """ "het jaar daarop" counts on from the clause's year, not from one in a closed aside
    ("In 2024 – twee jaar na de start in 2022 – ..."), the amount it names its clause's
    before or after it; "de jaren daarna" names no year, and the amount after it takes
    none of the previous amount's."""
    rows = extract_amounts(inline_document(text, published="2025-12-02"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # the only year before it stands in a subordinate clause: that one anchors it
        ("De bijdrage, die in 2024 € 5 mln was, steeg het jaar daarop tot € 6 mln.",
         [(2024, 2024), (2025, 2025)]),
        # a span's dash, an aside of the year alone, an open dash: no aside to pass
        ("In 2024 – 2025 bedroeg de bijdrage € 38 mln.", [(2024, 2025)]),
        ("De bijdrage – in 2024 – bedroeg € 38 mln.", [(2024, 2024)]),
        ("De regeling kost in 2025 € 5 mln, in 2026 € 7 mln – het jaar daarop € 9 mln.",
         [(2025, 2025), (2026, 2026), (2027, 2027)]),
        # the phrase closing a clause of its own after the amount's: not the amount's
        ("Voor 2025 is € 5 mln beschikbaar, het jaar daarop niets.", [(2025, 2025)]),
        # no later years between two amounts: the first one's year is shared as before; a
        # bare "daarna" may order two changes of one year's sum
        ("In 2026 is € 40 mln gereserveerd en € 35 mln voor de regio.",
         [(2026, 2026), (2026, 2026)]),
        ("De raming voor 2026 werd eerst met € 1,6 mld verhoogd en daarna met € 2,7 mld "
         "verlaagd.", [(2026, 2026), (2026, 2026)]),
    ],
)  # fmt: skip
def test_the_year_after_keeps_its_anchor_where_no_aside_or_later_time_stands(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """A year in a subordinate clause anchors "het jaar daarop" where the sentence prints no
    other; a span's dash or a year alone between dashes is no aside of another event; the
    amount before a clause of its own keeps its year; and only plural later years ("de
    jaren daarna") keep an amount from sharing the previous one's."""
    rows = extract_amounts(inline_document(text, published="2025-12-02"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


def _years_of(text: str) -> list[tuple[str, int | None, int | None]]:
    rows = extract_amounts(inline_document(text, published="2025-09-16"))
    return [(row["quote"], row["year_from"], row["year_to"]) for row in rows]


def test_a_time_opening_a_sentence_before_its_colon_governs_the_amounts_after_it() -> None:
    """ "Vanaf JJJJ <lead>: voor X € A per jaar tot en met JJJJ en voor Y € B per jaar": the
    time is said of all the colon introduces; an amount printing only an end runs from the
    time to it, one printing no year takes the time. Before, the first had only its end and
    the second the document's year as context."""
    text = (
        "Vanaf 2026 loopt een deel hiervan door: voor de zorg € 40 miljoen per jaar tot en met "
        "2029 en voor de opvang tussen de 0,2 en 0,3 miljard euro per jaar."
    )
    assert _years_of(text) == [
        ("€ 40 miljoen", 2026, 2029),
        ("0,2 en 0,3 miljard euro", 2026, None),
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # the amount's own year stands over the lead's time
        (
            "Vanaf 2026 loopt een deel hiervan door: voor de zorg € 40 miljoen in 2027.",
            (2027, 2027),
        ),
        # a time that does not open the sentence spans nothing after the colon
        (
            "Het kabinet trekt vanaf 2026 geld uit: voor de zorg € 40 miljoen "
            "per jaar tot en met 2029.",
            (None, 2029),
        ),
        # a second year in the lead: which one the colon's amounts are of is not said
        (
            "Vanaf 2026 loopt de regeling van 2024 door: voor de zorg € 40 miljoen per jaar tot en "
            "met 2029.",
            (None, 2029),
        ),
        # no colon: a sentence of its own
        (
            "Vanaf 2026 loopt een deel door. Voor de zorg is het € 40 miljoen "
            "per jaar tot en met 2029.",
            (None, 2029),
        ),
        # a time after the end: no span
        (
            "Vanaf 2030 loopt een deel hiervan door: voor de zorg € 40 miljoen "
            "per jaar tot en met 2029.",
            (None, 2029),
        ),
    ],
)
def test_a_colon_s_time_does_not_override_or_reach_past_its_lead(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """Near forms, read as before: the lead's time is a default only, from the sentence's
    opening time alone, and a span only where it starts before the amount's end."""
    [(_, year_from, year_to)] = _years_of(text)
    assert (year_from, year_to) == years


def test_alleen_and_a_year_is_an_item_s_one_year_over_its_lead_s_vanaf() -> None:
    """ "alleen 2026" (no "in") restricts an item to that year, as "alleen in 2026" did: under
    a lead "(bedragen per jaar, vanaf 2026):" the item after a bracket was from 2026
    open-ended (without the bracket "alleen 2026" passed as a noun's year label)."""
    text = (
        "Wij stellen de volgende ambities voor (bedragen per jaar,\nvanaf 2026):\n"
        "•    uitbreiding boa's       € 160.000\n"
        "•    subsidie sportclubs (energiekosten), alleen 2026       € 75.000\n\nVolgende alinea."
    )
    assert _years_of(text) == [("€ 160.000", 2026, None), ("€ 75.000", 2026, 2026)]
    # near form: the word without a year after it is no year, the lead's "vanaf" stands
    near = text.replace(", alleen 2026", ", alleen voor clubs")
    assert _years_of(near) == [("€ 160.000", 2026, None), ("€ 75.000", 2026, None)]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Voor 2026 zijn de bedragen:\nzie hieronder.\n- B: € 2 mln\n", (None, None)),
        # near form: a line without its stop goes on with the lead's sentence
        ("Voor 2026 zijn de bedragen:\nzie hieronder\n- B: € 2 mln\n", (2026, 2026)),
    ],
)
def test_a_line_ending_on_a_stop_between_lead_and_item_ends_the_list(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """ "…bedragen:⏎zie hieronder.⏎- B: € 2 mln": a line that is no item and ends on a stop
    is a sentence of its own, no item's line going on: the item under it is no item of the
    lead's list and takes none of its years."""
    (row,) = extract_amounts(inline_document(text, published="2025-09-16"))
    assert (row["year_from"], row["year_to"]) == years


@pytest.mark.parametrize(
    "opening",
    ["De reserve bedraagt € 24,8 miljoen.\n", "", "De reserve daalt.\n\n", "De reserve daalt.\n• "],
)
def test_a_one_year_label_opening_a_line_gives_its_sentence_s_amounts_its_year(
    opening: str,
) -> None:
    """A line opening on one year and a colon, after a stop, at a paragraph's start or a
    list's mark ("2025: de reserve daalde met € 3,2 miljoen."), labels its sentence as a span
    label ("2021-2024: ...") does: its amounts without years of their own are of that year.
    Before, the span gave its years and the one year none."""
    text = f"{opening}2025: de reserve daalde met € 3,2 miljoen tot € 21,6 miljoen."
    assert _years_of(text)[-2:] == [("€ 3,2 miljoen", 2025, 2025), ("€ 21,6 miljoen", 2025, 2025)]


@pytest.mark.parametrize(
    "line",
    [
        # a year opening an ordinary sentence, no colon
        "2025 was het eerste jaar met een daling van € 3,2 miljoen.",
        # a date, no label
        "1 januari 2026: de reserve bedraagt € 3,2 miljoen.",
        # two years, or a year with words
        "2023/2024: de reserve daalde met € 3,2 miljoen.",
        "2026 (begroot): de reserve daalt met € 3,2 miljoen.",
    ],
)
def test_a_year_or_date_opening_a_line_without_a_one_year_label_gives_no_year(line: str) -> None:
    assert _years_of(f"De reserve bedraagt € 24,8 miljoen.\n{line}")[-1][1:] == (None, None)


def test_a_one_year_label_on_the_stop_s_line_gives_no_year() -> None:
    """ "... miljoen. 2025: de reserve ...": the label opens no line, the sentence reader
    runs on past the stop, and the year labels nothing."""
    text = "De reserve bedraagt € 24,8 miljoen. 2025: de reserve daalde met € 3,2 miljoen."
    assert _years_of(text) == [("€ 24,8 miljoen", None, None), ("€ 3,2 miljoen", None, None)]


@pytest.mark.parametrize(
    ("text", "year", "items"),
    [
        (
            "Het accres valt € 389 miljoen hoger uit. Voor 2024 betekent dit:\n"
            "- een hogere algemene uitkering van € 511 miljoen;\n"
            "- een extra bijdrage van € 26,7 miljoen;\n"
            "- een verlaging van de uitkering met € 14 miljoen.",
            2024,
            3,
        ),
        (
            "De raming is bijgesteld. In 2026 betekent dat:\n"
            "• € 12 mln meer voor jeugd;\n• € 4 mln minder voor wmo.",
            2026,
            2,
        ),
    ],
)
def test_a_lead_of_meaning_s_year_is_stated_for_each_item(text: str, year: int, items: int) -> None:
    """ "Voor 2024 betekent dit:" over items completing it says what the sentence before comes
    to in that year: each item is of it, as under "zijn:" or "de volgende bedragen:". Only
    the first item, going on with the lead's line, got the year; the others none."""
    rows = extract_amounts(inline_document(text, published="2023-09-19"))
    listed = [(r["year_from"], r["year_to"], r["year_source"]) for r in rows if r["line"] > 1]
    assert listed == [(year, year, "stated")] * items


@pytest.mark.parametrize(
    "text",
    [
        # the verb of meaning says something of its own before the colon
        "Voor 2024 betekent dit een tekort bij drie gemeenten:\n- A: € 1 mln;\n- B: € 2 mln.",
        "Het accres valt hoger uit. Voor 2024 betekent dit voor twee gemeenten:\n- A: € 1 mln;"
        "\n- B: € 2 mln.",
        # another verb pointing back right before its colon: no lead of meaning
        "Het accres valt hoger uit. Voor 2024 verklaart dit:\n- A: € 1 mln;\n- B: € 2 mln.",
    ],
)
def test_a_lead_saying_more_than_its_meaning_or_with_another_verb_states_none(text: str) -> None:
    """Only a lead whose verb of meaning and what it points back at stand right before its
    colon points at the items; a lead naming a year in other words gives the items after the
    first none. The first item, on the line going on from the lead, is still read in the
    lead's sentence and takes its year, as it did before the rule."""
    rows = extract_amounts(inline_document(text, published="2023-09-19"))
    assert [(r["line"], r["year_from"], r["year_source"]) for r in rows] == [
        (2, 2024, "stated"),
        (3, None, None),
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Vanaf 2027 wordt het accres bevroren op het niveau van 2026; dit leidt tot een"
            " structurele verlaging van circa € 1,1 miljard per jaar.",
            (2027, None),
        ),
        (
            "Vanaf 2028 wordt de subsidie bevroren op het niveau van 2025; dat scheelt € 40 mln per"
            " jaar.",
            (2028, None),
        ),
    ],
)
def test_the_year_of_a_level_held_at_is_no_year_of_the_amount(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """ "bevroren op het niveau van 2026" names the level a sum is held at by its year, a
    reference as a base compared with is: the amount the clause goes on to is of the freeze's
    own "vanaf 2027". It took 2026."""
    rows = extract_amounts(inline_document(text, published="2024-06-01"))
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows] == [(*years, "stated")]


@pytest.mark.parametrize(
    "text",
    [
        "In 2026 stijgt het budget tot het niveau van € 5 mln.",
        "Het niveau van de uitgaven in 2026 bedraagt € 5 mln.",
    ],
)
def test_a_level_named_otherwise_than_by_its_year_leaves_the_year_stated(text: str) -> None:
    """A level named by its sum or a year elsewhere in the clause is no year of a level
    held at: the sentence's year stays the amount's."""
    rows = extract_amounts(inline_document(text, published="2024-06-01"))
    assert [(r["year_from"], r["year_source"]) for r in rows] == [(2026, "stated")]


@pytest.mark.parametrize(
    "text",
    [
        "Het structurele tekort van de regeling bedraagt op het niveau van 2026 € 30 mln.",
        "De bijdrage van het Rijk komt op het niveau van 2026 uit op € 12 mln per jaar.",
    ],
)
def test_the_year_of_a_level_the_sentence_names_alone_is_the_amount_s(text: str) -> None:
    """A level's year with no other year in the sentence is the year the sum is counted
    at, no reference: the amount takes it as stated (it got it only from the context)."""
    rows = extract_amounts(inline_document(text, published="2024-06-01"))
    assert [(r["year_from"], r["year_source"]) for r in rows] == [(2026, "stated")]


@pytest.mark.parametrize(
    "lead",
    [
        "Concreet betekent dit voor 2025:",
        "Dit betekent in 2025:",
        "Per saldo betekent dat in 2025:",
    ],
)
def test_a_lead_of_meaning_with_its_year_after_the_verb_states_it_for_each_item(lead: str) -> None:
    """ "Concreet betekent dit voor 2025:" sets its time after the verb of meaning and what it
    points back at, not before: it points at its items as "Voor 2025 betekent dit:" does, and
    each item is of its year. Before, the items took the year as context only."""
    text = (
        f"De algemene uitkering valt € 6,2 miljoen hoger uit. {lead}\n"
        "- een hogere uitkering van € 2,8 miljoen;\n- extra middelen van € 1,1 miljoen."
    )
    rows = extract_amounts(inline_document(text, published="2024-09-19"))
    listed = [(r["year_from"], r["year_to"], r["year_source"]) for r in rows if r["line"] > 1]
    assert listed == [(2025, 2025, "stated")] * 2


def test_a_lead_of_meaning_saying_more_after_its_year_states_none() -> None:
    """ "Dit betekent voor 2025 een tekort bij drie gemeenten:" says something of its own after
    the year: its items are of what it names, not the year's meaning, and take no stated year."""
    text = (
        "Het accres valt lager uit. Dit betekent voor 2025 een tekort bij drie gemeenten:\n"
        "- A: € 1 mln;\n- B: € 2 mln."
    )
    rows = extract_amounts(inline_document(text, published="2024-09-19"))
    assert rows[-1]["year_source"] is None


@pytest.mark.parametrize(
    "text",
    [
        "De uitgaven liepen in de periode 2019-2023 op van € 3,9 miljard tot € 5,1 miljard.",
        "Het budget steeg over 2019–2023 van € 3,9 miljard naar € 5,1 miljard.",
    ],
)
def test_the_ends_of_a_change_over_a_dashed_span_take_each_its_year(text: str) -> None:
    """A change of level over a span printed with a dash ("in de periode 2019-2023 op van X
    tot Y") runs between its two years as "tussen 2019 en 2023" does: the start is the first
    year's level, the end the last's. Both took the whole span."""
    rows = extract_amounts(inline_document(text, published="2024-09-17"))
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows] == [
        (2019, 2019, "stated"),
        (2023, 2023, "stated"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # one school year, printed as two years with a dash
        "De kosten liepen in schooljaar 2023-2024 op van € 3,9 miljoen tot € 5,1 miljoen.",
        # a third year in the clause: the span is not the change's alone
        "In de periode 2019-2023 daalde het tekort in 2021 van € 3,9 miljard naar € 1,1 miljard.",
    ],
)
def test_a_dashed_school_year_or_a_clause_with_another_year_splits_no_span(text: str) -> None:
    """A school year ("schooljaar 2023-2024") is one year of its kind, no span a change runs
    between; a clause printing a third year says the change's year otherwise. Neither's
    ends take the span's two years one each."""
    rows = extract_amounts(inline_document(text, published="2024-09-17"))
    years = [(r["year_from"], r["year_to"]) for r in rows]
    assert years[0] == years[1]


@pytest.mark.parametrize(
    "text, span",
    [
        (
            "De lasten dalen met € 45 mln, van € 610 mln in 2023 naar € 565 mln in 2024.",
            (2023, 2024),
        ),
        (
            "Het fonds groeit met € 1,2 mld van ruim € 8,4 mld in 2022 tot € 9,6 mld in 2025.",
            (2022, 2025),
        ),
    ],
)
def test_a_change_before_its_two_dated_levels_is_over_their_span(
    text: str, span: tuple[int, int]
) -> None:
    """ "daalt met € X, van € A in JJJJ naar € B in JJJJ": the change runs from the first
    level's year to the last's, as "tussen JJJJ en JJJJ met € X" (it took no year)."""
    change, first, last = extract_amounts(inline_document(text, published="2024-09"))
    assert (change["year_from"], change["year_to"], change["year_source"]) == (*span, "stated")
    assert (first["year_from"], first["year_to"], last["year_from"], last["year_to"]) == (
        span[0], span[0], span[1], span[1],
    )  # fmt: skip


@pytest.mark.parametrize(
    "text, years",
    [
        # the change prints a year of its own
        (
            "De lasten dalen in 2025 met € 45 mln, van € 610 mln in 2023 naar € 565 mln in 2024.",
            (2025, 2025),
        ),
        # the levels print no year; the end is a stand at a date
        ("De lasten dalen met € 45 mln, van € 610 mln naar € 565 mln.", (None, None)),
        (
            "De reserve daalt met € 45 mln, van € 610 mln in 2023 naar € 565 mln eind 2024.",
            (None, None),
        ),
    ],
)
def test_a_change_before_levels_not_each_in_its_year_keeps_its_years(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """Near forms: a change with its own year, and levels that are not each followed by "in"
    and a year, leave the change's years as they were."""
    change = extract_amounts(inline_document(text, published="2024-09"))[0]
    stated = change["year_source"] == "stated"
    assert ((change["year_from"], change["year_to"]) if stated else (None, None)) == years


@pytest.mark.parametrize(
    "text",
    [
        "De provincie trekt vanaf 2026 € 2,4 mln per jaar uit voor natuur, voor de dijken "
        "eenmalig € 800.000.",
        "Wij reserveren vanaf 2025 structureel € 3 mln voor de bibliotheek en een eenmalige "
        "bijdrage van € 400.000 voor het archief.",
        "Het Rijk geeft vanaf 2027 jaarlijks € 12 mln, voor de opstart incidenteel € 5 mln.",
    ],
)
def test_a_one_off_sum_takes_no_start_year_of_a_series_before_it(text: str) -> None:
    """A sum paid once after an amount of a series from a year on ("vanaf JJJJ € X per jaar,
    voor Y eenmalig € Z") took that "vanaf" year as its own stated start: a one-off sum has
    no first year of a series, and its one year is not printed."""
    first, second = extract_amounts(inline_document(text, published="2024-06-01"))
    assert (first["year_from"], first["year_to"]) != (None, None)
    assert first["year_to"] is None
    assert (second["year_from"], second["year_to"], second["year_source"]) == (None, None, None)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a year of its own: the one-off's, as before
        (
            "De provincie trekt vanaf 2026 € 2,4 mln per jaar uit, en in 2026 eenmalig € 800.000.",
            (2026, 2026),
        ),
        # the year before is one year, no series' start: shared as before
        (
            "De provincie trekt in 2026 € 2,4 mln uit voor natuur, voor de dijken eenmalig "
            "€ 800.000.",
            (2026, 2026),
        ),
    ],
)
def test_a_one_off_sum_keeps_its_own_year_or_one_year_it_shares(
    text: str, years: tuple[int, int]
) -> None:
    """A one-off sum keeps a year printed for it, and shares one year (no start of a series)
    with the amount before it."""
    second = extract_amounts(inline_document(text, published="2024-06-01"))[1]
    assert (second["year_from"], second["year_to"]) == years


def test_a_year_read_on_past_a_rate_times_the_estimate_after_it() -> None:
    """A year after a rate and before an estimate of a sum, only "naar verwachting" between
    ("bij een tarief van € 80 per ton in 2030 naar verwachting € 200 mln op") was the rate's
    alone: an estimate is said "naar verwachting" as it is "naar schatting", and the year
    times the estimate's clause too."""
    text = (
        "De heffing levert bij een tarief van € 80 per ton in 2030 naar verwachting € 200 mln op."
    )
    rate, estimate = extract_amounts(inline_document(text, published="2019-03-11"))
    assert (rate["year_from"], estimate["year_from"], estimate["year_to"]) == (2030, 2030, 2030)
    assert estimate["year_source"] == "stated"


def test_a_year_read_on_past_a_rate_before_other_words_times_no_estimate() -> None:
    """Other words between that year and the next sum ("naar verwachting van de minister
    ..."): the year stays the rate's, the sum after them gets none."""
    text = (
        "De heffing levert bij een tarief van € 80 per ton in 2030 naar de verwachting van het "
        "bureau € 200 mln op."
    )
    _rate, estimate = extract_amounts(inline_document(text, published="2019-03-11"))
    assert (estimate["year_from"], estimate["year_to"]) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "De kosten van € 900 mln in 2027 bestaan voor € 500 mln uit loon en voor € 400 mln "
        "uit materieel.",
        "Het budget van € 90 mln voor 2026 bestaat grotendeels voor € 60 mln uit subsidies, "
        "voor € 30 mln uit leningen.",
    ],
)
def test_parts_told_by_bestaan_uit_take_the_whole_s_years(text: str) -> None:
    """A whole told in its parts by "bestaan uit", each part after "voor" ("€ X in JJJJ
    bestaan voor € Y uit A en voor € Z uit B"): the parts got no year, the whole's read as
    its own alone; each part is of the whole's years, as a part after "waarvan" is."""
    whole, first, second = extract_amounts(inline_document(text, published="2025-09-16"))
    years = (whole["year_from"], whole["year_to"])
    assert years[0] is not None
    assert [(r["year_from"], r["year_to"]) for r in (first, second)] == [years, years]


def test_a_third_part_told_by_bestaan_uit_takes_the_whole_s_years() -> None:
    """A whole told in three parts by "bestaan uit" ("bestaan voor € A uit X, voor € B uit Y
    en voor € C uit Z"): only the first two took the whole's years; the third is a part as
    the second is."""
    text = (
        "De kosten van € 900 mln in 2027 bestaan voor € 500 mln uit loon, voor € 300 mln uit "
        "materieel en voor € 100 mln uit huisvesting."
    )
    rows = extract_amounts(inline_document(text, published="2025-09-16"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(2027, 2027)] * 4


def test_amounts_after_voor_uit_with_no_bestaan_uit_take_no_year_after_the_whole() -> None:
    """Near form: amounts after ", voor ... uit ... en voor" with no "bestaan" before the
    first are told as no parts of the whole, and take no year of it."""
    text = (
        "De kosten van € 900 mln in 2027 gaan op aan loon, voor € 300 mln uit materieel en "
        "voor € 100 mln uit huisvesting is niets besloten."
    )
    _whole, *others = extract_amounts(inline_document(text, published="2025-09-16"))
    assert [(r["year_from"], r["year_to"]) for r in others] == [(None, None), (None, None)]


def test_an_amount_after_voor_with_no_bestaan_uit_takes_no_year_after_the_whole() -> None:
    """An amount after "voor" in a clause that tells no parts by "bestaan uit" ("€ X in JJJJ
    gaat op aan loon en voor € Y is nog niets besloten") takes no year of the one before."""
    text = "De kosten van € 900 mln in 2027 gaan op aan loon, en voor € 400 mln is niets besloten."
    _whole, other = extract_amounts(inline_document(text, published="2025-09-16"))
    assert (other["year_from"], other["year_to"]) == (None, None)


@pytest.mark.parametrize(
    "clause",
    [
        "het gaat om eenmalige middelen voor 2024.",
        "dit betreft de bijdrage over 2024-2026.",
        "dat zijn middelen in 2024.",
    ],
)
def test_a_clause_after_a_semicolon_saying_what_the_amounts_are_gives_their_years(
    clause: str,
) -> None:
    """A clause after a semicolon that closes the sentence saying what its amounts are, with
    a year ("€ X voor A en € Y voor B; het gaat om eenmalige middelen voor JJJJ"): the
    amounts got no year, the clause read as no words of theirs; its years are theirs."""
    text = f"Van de som gaat € 2.400.000 naar de scholen en € 900.000 naar de opvang; {clause}"
    rows = extract_amounts(inline_document(text, published="2023-09-19"))
    years = (2024, 2026) if "2026" in clause else (2024, 2024)
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows] == [
        (*years, "stated"),
        (*years, "stated"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a clause that says something else than what the amounts are
        "Van de som gaat € 2.400.000 naar de scholen; de rest volgt in 2024.",
        # a figure in the clause: another sum's
        "Van de som gaat € 2.400.000 naar de scholen; het gaat om 12 scholen in 2024.",
    ],
)
def test_a_clause_after_a_semicolon_saying_something_else_gives_no_years(text: str) -> None:
    """A clause after a semicolon that is not "het gaat om ...", "dit betreft ..." with only
    words before its year gives the amounts before it no year."""
    row = extract_amounts(inline_document(text, published="2023-09-19"))[0]
    assert (row["year_from"], row["year_to"]) == (None, None)


@pytest.mark.parametrize(
    "clause",
    [
        "dat is meer dan in 2024.",
        "dit is minder dan voor 2024.",
        "dat is evenveel als in 2024.",
    ],
)
def test_a_clause_after_a_semicolon_comparing_the_amounts_gives_no_years(clause: str) -> None:
    """A clause after a semicolon comparing the amounts with another year's ("; dat is meer
    dan in JJJJ") gave them that year: it is the sum compared with's, not theirs."""
    text = f"Van de som gaat € 2.400.000 naar de scholen en € 900.000 naar de opvang; {clause}"
    rows = extract_amounts(inline_document(text, published="2023-09-19"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(None, None), (None, None)]


def test_a_clause_after_a_semicolon_with_a_word_holding_meer_still_gives_its_years() -> None:
    """Near form: a word that only holds "meer" ("meerjarige") compares nothing; the clause
    still says what the amounts are and gives them its years."""
    text = (
        "Van de som gaat € 2.400.000 naar de scholen en € 900.000 naar de opvang; dit betreft "
        "meerjarige middelen over 2024-2026."
    )
    rows = extract_amounts(inline_document(text, published="2023-09-19"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(2024, 2026), (2024, 2026)]
