"""The money parser on every format the documents use, and its round-trip properties."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from budgetkit.extract.money import MAX_ABS_AMOUNT, find_money
from budgetkit.extract.money_currencies import CURRENCIES, currency_of
from budgetkit.extract.money_format import format_dutch
from budgetkit.extract.money_grammar import ROUGHLY_WORDS
from budgetkit.extract.money_quotes import FACTORS, parse_quote
from budgetkit.textmodel import TextModel
from budgetkit.validate.dutchnumbers import read_money

ROOT = Path(__file__).resolve().parents[1]


def _found(text: str) -> list[tuple[str, int, int | None]]:
    return [(m.quote, m.amount_eur, m.amount_eur_max) for m in find_money(text)]


def test_find_money_offsets_point_at_the_quote() -> None:
    text = "Het kabinet trekt € 75,5 mln. uit en daarna\n\n2 miljard euro."
    for m in find_money(text):
        assert text[m.start : m.end] == m.quote


def test_list_sharing_one_unit_gives_one_row_per_item() -> None:
    """Each item is quoted alone; the first ones take the unit the list prints at its end."""
    text = "respectievelijk € 8, 10 en 10 miljoen beschikbaar"
    assert _found(text) == [
        ("€ 8", 8_000_000, None),
        ("10", 10_000_000, None),
        ("10 miljoen", 10_000_000, None),
    ]
    unit = text.index("miljoen")
    assert [(m.scale, m.scale_at) for m in find_money(text)] == [
        ("mln", unit),
        ("mln", unit),
        ("mln", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De bijstand stijgt met € 12 per maand, de kinderbijslag met 240 en de "
            "huurtoeslag met 75 miljoen euro.",
            [("€ 12", 12), ("240", 240_000_000), ("75 miljoen euro", 75_000_000)],
        ),
        (
            "Het gemeentefonds wordt verhoogd met 1,5 en het provinciefonds met 0,4 miljard euro.",
            [("1,5", 1_500_000_000), ("0,4 miljard euro", 400_000_000)],
        ),
        # another figure between the two, or a first figure in full: no pairing
        (
            "Het budget daalt in 2026 met 180 en in 2027 met 90 miljoen euro.",
            [("90 miljoen euro", 90_000_000)],
        ),
        (
            "Het aantal plaatsen groeit met 180.000 en het budget met 2 miljoen euro.",
            [("2 miljoen euro", 2_000_000)],
        ),
        # a first change of a count or a share: the changes are of different things
        (
            "Daarnaast stijgt het aantal plaatsen met 180 en het budget met 90 miljoen euro.",
            [("90 miljoen euro", 90_000_000)],
        ),
        (
            "De formatie groeit met 12 en de loonsom met 3 miljoen euro.",
            [("3 miljoen euro", 3_000_000)],
        ),
    ],
)
def test_the_first_of_two_parallel_changes_shares_the_second_s_unit(
    text: str, expected: list[tuple[str, int]]
) -> None:
    """Two changes joined by "en", the verb printed once and the scale only after the second
    ("het kindgebonden budget met 180 en de zorgtoeslag met 90 miljoen"): the first figure,
    bare after its "met", was lost; it is an item sharing the second's unit."""
    found = list(find_money(text))
    assert [(m.quote, m.amount_eur) for m in found] == expected
    assert [read_money(m.quote, m.scale).value for m in found] == [a for _, a in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a series of years' amounts joined by slashes, the scale printed after the last
        (
            "Raming 2026/2027/2028: € 1,42 / 1,47 / 1,51 mln",
            [("€ 1,42", 1_420_000), ("1,47", 1_470_000), ("1,51 mln", 1_510_000)],
        ),
        (
            "de bijdrage (€ 12 / 14 miljoen in 2027 en 2028)",
            [("€ 12", 12_000_000), ("14 miljoen", 14_000_000)],
        ),
        # without a sign
        (
            "De raming 2027/2028/2029 bedraagt 3,65 / 3,72 / 3,79 mln euro.",
            [("3,65", 3_650_000), ("3,72", 3_720_000), ("3,79 mln euro", 3_790_000)],
        ),
        # glued to its figures, the slash may make a fraction ("€ 1/3 miljard"): refused
        ("de bijdrage (€ 12/14 miljoen in 2027 en 2028)", []),
        ("een derde daarvan, € 1/3 miljard, gaat naar de regio's", []),
        ("een derde daarvan, 1/3 miljard euro, gaat naar de regio's", []),
        ("de raming 2027/2028: 12/14 miljoen", []),
    ],
)
def test_a_slash_series_shares_the_scale_printed_after_its_last_item(
    text: str, expected: list[tuple[str, int]]
) -> None:
    """Amounts of successive years printed "€ 3,65 / 3,72 / 3,79 mln" share the scale after
    the last: the first was stored as € 3,65 and the middle one lost."""
    found = list(find_money(text))
    assert [(m.quote, m.amount_eur) for m in found] == expected
    assert [read_money(m.quote, m.scale).value for m in found] == [a for _, a in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of decimal figures split by semicolons, the scale after its last item
        (
            "De besparing loopt op van € 0,2; 0,45; 0,7 en 0,9 mld in de jaren 2026 tot en met "
            "2029.",
            [("€ 0,2", 2e8), ("0,45", 4.5e8), ("0,7", 7e8), ("0,9 mld", 9e8)],
        ),
        (
            "De lasten stijgen met 1,5; 2,25 en 3,0 miljoen euro per jaar.",
            [("1,5", 1.5e6), ("2,25", 2.25e6), ("3,0 miljoen euro", 3e6)],
        ),
        # or by semicolons alone
        (
            "Het pakket loopt op van € 0,35; 0,6; 0,85; 1,1 mld in de jaren 2026-2029.",
            [("€ 0,35", 3.5e8), ("0,6", 6e8), ("0,85", 8.5e8), ("1,1 mld", 1.1e9)],
        ),
        # after a whole figure a semicolon ends a clause: that figure is no item
        (
            "De bijdrage is € 300; 5 miljoen gaat naar de regio's.",
            [("€ 300", 300), ("5 miljoen", 5e6)],
        ),
        (
            "De bijdrage is € 300; 5 en 6 miljoen gaan naar de regio's.",
            [("€ 300", 300), ("5", 5e6), ("6 miljoen", 6e6)],
        ),
    ],
)
def test_a_semicolon_list_of_decimal_figures_shares_the_scale_after_its_last_item(
    text: str, expected: list[tuple[str, float]]
) -> None:
    """Amounts of successive years printed "€ 0,3; 0,5; 0,8 en 1,0 mld" share the scale after
    the last, as a list split by commas does: the first was stored as € 0,3 (or refused) and
    the items before the semicolons lost."""
    found = list(find_money(text))
    assert [(m.quote, m.amount_eur) for m in found] == expected
    assert [read_money(m.quote, m.scale).value for m in found] == [a for _, a in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the unit printed only after the last item, no sign before the first
        ("zijn 2, 3 en 4 miljoen euro", [("2", 2e6), ("3", 3e6), ("4 miljoen euro", 4e6)]),
        (
            "respectievelijk 1,6, 1,8 en 1,9 miljard euro",
            [("1,6", 1.6e9), ("1,8", 1.8e9), ("1,9 miljard euro", 1.9e9)],
        ),
        ("tranches van 20 of 30 mln.", [("20", 2e7), ("30 mln.", 3e7)]),
        # a figure printed with its thousands is a sum in full, never a count of the unit
        ("betaalt € 300.000 en € 1,5 miljoen", [("€ 300.000", 3e5), ("1,5 miljoen", 1.5e6)]),
        (
            "betaalt EUR 1.200.000,00 en € 1,5 miljoen",
            [("EUR 1.200.000,00", 1.2e6), ("1,5 miljoen", 1.5e6)],
        ),
        ("betaalt 300.000 en 1,5 miljoen euro", [("1,5 miljoen euro", 1.5e6)]),
        # a year before "en" heads no list
        ("in 2024 en 5 miljoen euro in 2025", [("5 miljoen euro", 5e6)]),
        ("de jaren 2024, 2025 en 5 miljoen euro", [("5 miljoen euro", 5e6)]),
    ],
)
def test_list_items_before_the_unit_they_share(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(q, a) for q, a, _ in _found(text)] == [(q, int(a)) for q, a in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an upper bound that prints its sign again is still the range's
        ("van € 8 tot € 57 per inwoner", [("€ 8 tot € 57", 8, 57)]),
        ("bedraagt € 350.000 à € 400.000.", [("€ 350.000 à € 400.000", 350_000, 400_000)]),
        # the lower bound printed in full keeps euros, the upper takes its unit
        (
            "met € 400.000 tot € 2,85 mln dalen",
            [("€ 400.000 tot € 2,85 mln", 400_000, 2_850_000)],
        ),
        # not a range: two currencies, or an upper bound below the lower
        ("van € 8 tot $ 57", [("€ 8", 8, None), ("$ 57", 57, None)]),
        ("daalt van € 80 tot € 57", [("€ 80", 80, None), ("€ 57", 57, None)]),
        # space thousands without a sign, as a PDF prints them
        ("trekt 1 200 miljoen euro uit", [("1 200 miljoen euro", 1_200_000_000, None)]),
        ("een mutatie van - 1 200 miljoen euro", [("- 1 200 miljoen euro", -1_200_000_000, None)]),
        ("in 2024 200 miljoen euro", [("200 miljoen euro", 200_000_000, None)]),
    ],
)
def test_ranges_and_figures_printed_in_full(
    text: str, expected: list[tuple[str, int, int | None]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "tegen een koers van 1 USD = 0,92 EUR in de begroting",
        # a line wrapped inside the rate, either side of "="
        "omgerekend (koers: 1 dollar\n= 0,92 euro)",
        "tegen een koers van 1 USD =\n      0,92 EUR in de begroting",
        "waarbij € 1 = $ 1,08 is aangenomen",
        "een bezuiniging van een paar honderd miljoen op het mbo",
        "het kost zes komma nul vijf miljard",  # decimals no reader here reads
        "het kost iets komma vijf miljard",
    ],
)
def test_rates_and_vague_numbers_are_no_amounts(text: str) -> None:
    """An exchange rate states no sum of money; "een paar honderd miljoen" no number."""
    assert _found(text) == []


def test_sums_either_side_of_a_wrapped_equals_sign_stay_amounts() -> None:
    """Only one unit of a currency set equal to a figure is a rate: a sum wrapped before "="
    and its parts after it are amounts, the line break in the gap or not."""
    assert [q for q, _, _ in _found("samen € 10 miljoen\n= € 4 miljoen en € 6 miljoen")] == [
        "€ 10 miljoen",
        "€ 4 miljoen",
        "€ 6 miljoen",
    ]


@pytest.mark.parametrize("mark", ["2", "³", "¹", "⁴"])
def test_footnote_marks_after_the_unit(mark: str) -> None:
    """A footnote number glued to the unit, in figures or superscript, ends it: the unit
    still scales the amount (a superscript read as a letter dropped the unit: € 40)."""
    assert _found(f"kost € 40 miljoen{mark} extra")[0][1] == 40_000_000
    assert [m.amount_eur for m in find_money(f"kost 40 miljoen{mark} extra")] == [40_000_000]


def test_range_is_one_amount_with_upper_bound() -> None:
    assert _found("oplopen tot € 0,9 à € 1 mld. in 2020") == [
        ("€ 0,9 à € 1 mld.", 900_000_000, 1_000_000_000)
    ]


def test_amount_split_over_blank_lines_keeps_the_newlines() -> None:
    assert _found("structurele beschikbare € 32,8 \n\nmln. \n") == [
        ("€ 32,8 \n\nmln.", 32_800_000, None)
    ]
    assert _found("een ophoging van 7 miljoen\n\neuro van de regeling") == [
        ("7 miljoen\n\neuro", 7_000_000, None)
    ]


def test_from_amount_shares_the_unit_of_the_to_amount() -> None:
    """Platform31 line 173: "te verhogen van ruim 38.000 naar 42.000 euro"."""
    found = [(m.quote, m.amount_eur) for m in find_money("van ruim 38.000 naar 42.000 euro")]
    assert found == [("38.000", 38_000), ("42.000 euro", 42_000)]
    assert [m.quote for m in find_money("van 2019 naar 42.000 euro")] == ["42.000 euro"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "De huurtoeslag stijgt van 1.480 naar ruim 1.610 euro per jaar.",
            [("1.480", 1_480), ("1.610 euro", 1_610)],
        ),
        (
            "Het budget gaat van 12 naar circa 15 miljoen euro.",
            [("12", 12_000_000), ("15 miljoen euro", 15_000_000)],
        ),
        (
            "De uitgaven stijgen van € 38 naar ruim € 41,2 miljard.",
            [("€ 38", 38_000_000_000), ("€ 41,2 miljard", 41_200_000_000)],
        ),
        # a level before a change that counts no money stores nothing
        ("Het aantal gaat van 2.070 naar ruim 2.280 woningen.", []),
        ("De opcenten gaan van 81,9 naar ruim 88,0 opcenten.", []),
    ],
)
def test_a_qualifier_after_naar_keeps_the_first_level_sharing_the_unit(
    text: str, found: list[tuple[str, int]]
) -> None:
    """ "van 1.480 naar ruim 1.610 euro": a qualifier printed before the second level left
    the first without a unit (not stored), and "van € 38 naar ruim € 41,2 miljard" stored the
    first level as 38 euros."""
    assert [(m.quote, m.amount_eur) for m in find_money(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "De kosten per kilometer zijn gestegen van gemiddeld 8 naar 13 miljoen euro.",
            [("8", 8_000_000), ("13 miljoen euro", 13_000_000)],
        ),
        (
            "De bijdrage gaat van zo'n 40 naar gemiddeld 55 miljoen euro.",
            [("40", 40_000_000), ("55 miljoen euro", 55_000_000)],
        ),
        (
            "Het tekort loopt terug van ca. € 4 naar € 2,5 mld.",
            [("€ 4", 4_000_000_000), ("€ 2,5 mld.", 2_500_000_000)],
        ),
        (
            "De lasten stijgen van gemiddeld € 38 naar € 41,2 miljard.",
            [("€ 38", 38_000_000_000), ("€ 41,2 miljard", 41_200_000_000)],
        ),
        # a mean level before a change that counts no money stores nothing
        ("Het aantal gaat van gemiddeld 8 naar 13 woningen per jaar.", []),
    ],
)
def test_a_mean_or_rough_first_level_of_a_change_shares_the_unit(
    text: str, found: list[tuple[str, int]]
) -> None:
    """ "van gemiddeld 8 naar 13 miljoen euro", "van zo'n", "van ca.": a mean or rough level
    before a change is the figure it is, as after "ruim" or "circa", and shares the unit
    and scale the level after it prints. Before, the first level was lost, and "van
    gemiddeld € 38 naar € 41,2 miljard" stored it as 38 euros."""
    assert [(m.quote, m.amount_eur) for m in find_money(text)] == found


@pytest.mark.parametrize("word", ROUGHLY_WORDS)
def test_every_word_of_degree_after_naar_lets_the_first_level_share_the_unit(word: str) -> None:
    """Each word of degree (``ROUGHLY_WORDS``) before the second level of a change is seen by
    the prefilter, which looks back as far as the longest of them reaches: one added later
    longer than "gemiddeld" is seen too."""
    text = f"De bijdrage gaat van 40 naar {word} 55 miljoen euro."
    assert [m.amount_eur for m in find_money(text)] == [40_000_000, 55_000_000]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the level before a change takes the scale the level after it prints
        (
            "De uitgaven aan de AOW stijgen van € 38 naar € 41,2 miljard.",
            [("€ 38", 38_000_000_000), ("€ 41,2 miljard", 41_200_000_000)],
        ),
        (
            "Het tekort loopt terug van ruim € 4 naar € 2,5 mld.",
            [("€ 4", 4_000_000_000), ("€ 2,5 mld.", 2_500_000_000)],
        ),
        # a figure printing its thousands is a sum in full, in euros
        (
            "Het budget gaat van € 850.000 naar € 1,2 miljoen.",
            [("€ 850.000", 850_000), ("€ 1,2 miljoen", 1_200_000)],
        ),
        (
            "De uitgaven gaan van 850.000 naar 1,2 miljoen euro.",
            [("850.000", 850_000), ("1,2 miljoen euro", 1_200_000)],
        ),
        # each prints its own scale, or neither prints one: each as printed
        (
            "De lasten dalen van € 1,2 mld naar € 900 mln.",
            [("€ 1,2 mld", 1_200_000_000), ("€ 900 mln.", 900_000_000)],
        ),
        ("De eigen bijdrage gaat van € 19 naar € 21 per maand.", [("€ 19", 19), ("€ 21", 21)]),
    ],
)
def test_levels_before_and_after_a_change_share_the_scale_printed_once(
    text: str, found: list[tuple[str, int]]
) -> None:
    """ "van € 38 naar € 41,2 miljard" stored the first level as 38 euros (a range, "€ 2,5 à
    € 3 miljard", and a list, "€ 38 en € 41,2 miljard", shared the scale); and "van 850.000
    naar 1,2 miljoen euro" stored the full figure as 850.000 million."""
    assert [(m.quote, m.amount_eur) for m in find_money(text)] == found
    for m in find_money(text):
        assert parse_quote(m.quote, m.scale) == (m.amount_eur, None)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("De maximale boete gaat van € 870 naar € 1 miljoen.", ("€ 870", 870)),
        ("De opbrengst stijgt van € 385 naar € 1,2 miljard.", ("€ 385", 385)),
    ],
)
def test_a_level_many_times_the_one_it_changes_to_takes_no_shared_scale(
    text: str, first: tuple[str, int]
) -> None:
    """A level before a change that the scale printed after the second would make many
    times the level it changes to ("van € 870 naar € 1 miljoen": 870 million falling to
    one) is no level in that scale: it was stored as € 870 million. It keeps what it
    prints, as before the shared scale was read."""
    assert next((m.quote, m.amount_eur) for m in find_money(text)) == first


def test_euro_sign_ending_a_line_starts_the_amount() -> None:
    """RegioPlus line 2343 ends "omscholingstraject van € " and line 2345 prints "7.500,-":
    the amount's text starts at the "€", so its quote keeps the line break."""
    text = "kosten van een omscholingstraject van € \n\n7.500,- per individu"
    (m,) = find_money(text)
    assert (m.quote, m.amount_eur, m.start) == ("€ \n\n7.500,-", 7_500, text.index("€"))


@pytest.mark.parametrize(
    "text",
    [
        "de zorguitgaven stijgen met 2,9 procent per jaar",
        "jaarlijks 75.000 nieuwe woningen",
        "Nominaal accres (x € 1.000) 1.036.297 801.316",
        "Tabel 15 (bedragen x €\xa01.000)",
        "Zorg en Welzijn in de miljoenennota  16",
        "Figuur 4. Oploop opschalingskorting (x € miljoen).\n\n1.000\n\n900\n\n800",
        "werknemersorganisaties51 en met het European Employment Services",
        "in de periode 2019-2021 voor 35 duizend stagiairs",
    ],
)
def test_not_money(text: str) -> None:
    assert _found(text) == []


def test_bare_amounts_are_flagged_for_the_caller() -> None:
    (bare,) = find_money("Hier is 150 miljoen voor beschikbaar.")
    (euro,) = find_money("Hier is 150 miljoen euro voor beschikbaar.")
    assert bare.bare and not euro.bare


def test_footnote_mark_glued_to_the_unit_is_not_part_of_the_amount() -> None:
    assert _found("kost € 300 miljoen2 en") == [("€ 300 miljoen", 300_000_000, None)]


@settings(max_examples=300)
@given(amount=st.integers(min_value=0, max_value=10**13), scale=st.sampled_from(sorted(FACTORS)))
def test_formatted_amount_is_found_in_prose(amount: int, scale: str) -> None:
    quote = format_dutch(amount, scale)
    found = list(find_money(f"Het kabinet stelt {quote} beschikbaar."))
    assert [(m.quote, m.amount_eur) for m in found] == [(quote, amount)]


@settings(max_examples=500)
@given(
    st.text(alphabet=st.sampled_from("€0123456789.,- \n\xa0\u2212àamilNjoenrdulzx½()"), max_size=60)
)
def test_finder_never_raises_and_quotes_parse_back(text: str) -> None:
    for m in find_money(text):
        assert text[m.start : m.end] == m.quote
        assert parse_quote(m.quote, m.scale)[0] == m.amount_eur


@given(st.text(max_size=200))
def test_finder_never_raises_on_any_text(text: str) -> None:
    list(find_money(text))


_WORDS_AND_SIGNS = [
    "vijf", "tien", "honderd", "duizend", "miljoen", "euro", "EUR", "€", "k", "M", "m", "mln",
    "mio", "bn", "ton", "5", "2.5", "½", "-", "–", ",", ".", "k€", "kEUR", "ƒ", "per", "en",
]  # fmt: skip


@settings(max_examples=500)
@given(
    st.lists(st.sampled_from(_WORDS_AND_SIGNS), max_size=10),
    st.sampled_from(["", " ", "\n"]),
)
@example(["vijf", "duizend", "euro"], "")  # raised: "vijfduizendeuro" found, then not read
@example(["ƒ", "½", "mln"], "")  # raised: "ƒ½mln" found, then "½mln" read as one word
@example(["honderd", "euro"], "")  # raised: "honderdeuro" found as "honderd euro", then not read
def test_finder_never_raises_on_words_and_signs_glued_or_apart(parts: list[str], glue: str) -> None:
    """Units, number words and signs glued together ("honderdduizendeuro") or apart: every
    amount found parses back from its quote."""
    text = glue.join(parts)
    for m in find_money(text):
        assert text[m.start : m.end] == m.quote
        assert parse_quote(m.quote, m.scale) == (m.amount_eur, m.amount_eur_max)


# Forms unseen in the five sources, on sentences from the development corpus
# (../shared/corpus/prose and tables pages) or the forms issue 8 names.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("een tekort van € 3,5 mrd in 2024", [("€ 3,5 mrd", 3_500_000_000, None)]),
        ("de staatsschuld van € 2 biljoen", [("€ 2 biljoen", 2_000_000_000_000, None)]),
        # A decimal comma stays a decimal: "2,50" shares the unit of the list it heads.
        (
            "een bijdrage van € 2,50 en 3 miljoen",
            [("€ 2,50", 2_500_000, None), ("3 miljoen", 3_000_000, None)],
        ),
        # A year is never glued to an amount, with or without a dash between them.
        ("met ingang van 2020 – 170 miljoen euro", [("170 miljoen euro", 170_000_000, None)]),
        ("met ingang van 2020-170 miljoen euro", [("170 miljoen euro", 170_000_000, None)]),
        ("in 2015 en 2016 495.000 dollar om", [("495.000 dollar", 495_000, None)]),
        # Ranges: "à", and "en" after "tussen (de)".
        ("aangelegd voor 30 à 35 mln. De minister", [("30 à 35 mln.", 30_000_000, 35_000_000)]),
        (
            "een tekort van tussen de €1,6 miljard en €1,8 miljard, aangezien",
            [("€1,6 miljard en €1,8 miljard", 1_600_000_000, 1_800_000_000)],
        ),
        ("tussen de 2 en 3 miljoen euro", [("2 en 3 miljoen euro", 2_000_000, 3_000_000)]),
        ("tussen 2019 en 2021 5 miljoen", [("5 miljoen", 5_000_000, None)]),
        # Footnote marks glued to the next word are not amounts (corpus prose page 08).
        (
            "terwijl het budget €3,8 miljard bedroeg1.1. Over 2021",
            [("€3,8 miljard", 3_800_000_000, None)],
        ),
    ],
)
def test_unseen_forms(text: str, expected: list[tuple[str, int, int | None]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "quote", "amount"),
    [
        ("-5 miljoen euro", "-5 miljoen euro", -5_000_000),
        ("een mutatie van – 5 miljoen euro", "– 5 miljoen euro", -5_000_000),
        ("(‒5 miljoen euro)", "‒5 miljoen euro", -5_000_000),
        ("saldo −5 mln.", "−5 mln.", -5_000_000),
        ("€ – 5 mln.", "€ – 5 mln.", -5_000_000),
        # A dash between a number or a clause and the amount is punctuation.
        ("de kosten – 5 miljoen euro – zijn hoog", "5 miljoen euro", 5_000_000),
        ("sinds 2019-5 miljoen euro", "5 miljoen euro", 5_000_000),
    ],
)
def test_sign_is_kept(text: str, quote: str, amount: int) -> None:
    (m,) = find_money(text)
    assert (m.quote, m.amount_eur) == (quote, amount)
    assert parse_quote(m.quote, m.scale) == (amount, None)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("eenmiljoen euro", 1_000_000),
        ("De lokale overheden krijgen er vanaf 2026 één miljard bij", 1_000_000_000),
        ("Maar er bleef nog een tekort van twee miljard euro staan", 2_000_000_000),
        ("“Drie miljoen in zes maanden is niet weinig.", 3_000_000),
        ("vijfentwintig miljoen euro", 25_000_000),
        ("tweeënhalf miljard", 2_500_000_000),
        ("driehonderdvijftig miljoen euro", 350_000_000),
        ("Er gaat een kwart miljard naar defensie", 250_000_000),
        ("Er gaat een half miljard euro naar de regio's", 500_000_000),
    ],
)
def test_word_numbers_parse(text: str, amount: int) -> None:
    (m,) = find_money(text)
    assert m.amount_eur == amount
    assert parse_quote(m.quote, m.scale) == (amount, None)


def test_thousands_in_words_before_euro() -> None:
    """ "vijfduizend euro" and "tien duizend euro" are amounts; "tweeduizend miljoen" stays two
    thousand million; "per duizend euro" is a rate and "tienduizenden euro's" no number."""
    text = (
        "Elk gezin krijgt vijfduizend euro, een school tien duizend euro en het fonds "
        "tweeduizend miljoen euro. De heffing is 0,5 procent per duizend euro; het kost "
        "tienduizenden euro's."
    )
    assert _found(text) == [
        ("vijfduizend euro", 5_000, None),
        ("tien duizend euro", 10_000, None),
        ("tweeduizend miljoen euro", 2_000_000_000, None),
    ]
    for m in find_money(text):
        assert parse_quote(m.quote, m.scale) == (m.amount_eur, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a round hundred or thousand said alone before "euro" is a sum
        ("Elk lid krijgt een waardebon van honderd euro.", [("honderd euro", 100, None)]),
        ("De boete is verhoogd tot duizend euro per overtreding.", [("duizend euro", 1_000, None)]),
        ("Duizend euro is voor veel gezinnen een flink bedrag.", [("Duizend euro", 1_000, None)]),
        # a rate's base, a vague count, a range's upper bound and hundreds the number word
        # before it would make no one sum of it
        ("De heffing is 0,3 procent per duizend euro omzet.", []),
        ("Op elke honderd euro gaat vijf euro naar het fonds.", []),
        ("Het scheelt een paar honderd euro per jaar.", []),
        ("Een reparatie kost tussen vijfhonderd en duizend euro.", []),
        ("Een reparatie kost 500 tot duizend euro.", []),
        ("De bijdrage is twee honderd euro.", []),
        # a unit's definition or name
        ("Alle bedragen in k€; k€ = duizend euro.", []),
        ("Bedragen in duizend euro", []),
    ],
)
def test_a_round_hundred_or_thousand_alone_before_euro(
    text: str, expected: list[tuple[str, int, int | None]]
) -> None:
    """ "honderd euro" and "duizend euro" said alone are sums of 100 and 1.000 euros (they were
    left, and "duizend euro" read as a thousand thousands); not after "per", "elke", "paar",
    a range's "en" or a number word."""
    assert _found(text) == expected
    for m in find_money(text):
        assert parse_quote(m.quote, m.scale) == (m.amount_eur, None)
        assert read_money(m.quote, m.scale).value == m.amount_eur


@pytest.mark.parametrize(
    "text", ["het eerste miljard", "de miljoenen", "Rijksmiljoen euro", "enkele miljoenen euro"]
)
def test_words_that_are_no_number_are_skipped(text: str) -> None:
    assert _found(text) == []


def test_absurd_amount_is_refused_and_said() -> None:
    """ "€ 9.300.000.000 mld." would be 9,3·10^18 euros, beyond int64 in every consumer."""
    rejected: list[tuple[int, str]] = []
    text = "Er is € 9.300.000.000 mld. gereserveerd en € 5 mln. voor"
    assert _found(text) == [("€ 5 mln.", 5_000_000, None)]
    assert [m.quote for m in find_money(text, rejected)] == ["€ 5 mln."]
    ((offset, reason),) = rejected
    assert offset == text.index("€") and "9.300.000.000 mld." in reason


@pytest.mark.parametrize(
    ("text", "quote", "amount", "currency"),
    [
        ("het fonds krijgt 7,5 miljard dollar", "7,5 miljard dollar", 7_500_000_000, "USD"),
        ("Dit jaar investeert Nederland 3 miljoen dollar in", "3 miljoen dollar", 3_000_000, "USD"),
        ("een lening van $ 3 mld aan", "$ 3 mld", 3_000_000_000, "USD"),
        ("een lening van US$ 250 miljoen", "US$ 250 miljoen", 250_000_000, "USD"),
        ("een bijdrage van USD 40 mln.", "USD 40 mln.", 40_000_000, "USD"),
        ("kosten van £ 2 mln", "£ 2 mln", 2_000_000, "GBP"),
        ("10 miljoen Amerikaanse dollar", "10 miljoen Amerikaanse dollar", 10_000_000, "USD"),
        ("Oekraïne krijgt 7,5 miljard US dollar", "7,5 miljard US dollar", 7_500_000_000, "USD"),
        ("in 1999 nog 300 miljoen gulden", "300 miljoen gulden", 300_000_000, "NLG"),
        ("betaalt 3 miljoen euro voor", "3 miljoen euro", 3_000_000, "EUR"),
        ("een bedrag van EUR 5 miljoen", "EUR 5 miljoen", 5_000_000, "EUR"),
        ("kost € 4 mln.", "€ 4 mln.", 4_000_000, "EUR"),
        ("In 1995 kostte de regeling ƒ 300 miljoen", "ƒ 300 miljoen", 300_000_000, "NLG"),
        # the guilder sign glued to the figures, as "€5" ("ƒ" is a letter to the regex engine)
        ("kostte toen ƒ5m extra", "ƒ5m", 5_000_000, "NLG"),
    ],
)
def test_currency_is_kept_with_its_face_value(
    text: str, quote: str, amount: int, currency: str
) -> None:
    (m,) = find_money(text)
    assert (m.quote, m.amount_eur, m.currency) == (quote, amount, currency)


def test_amount_without_currency_says_none() -> None:
    (m,) = find_money("Verder is er 460 miljoen voor de algemene heffingskorting")
    assert (m.currency, m.bare) == (None, True)


@pytest.mark.parametrize(
    "text",
    [
        "Overzicht budgettaire gevolgen van beleid (in € 1 000)",
        "Budgettaire gevolgen van beleid (bedragen x € 1.000)",
        "Opbouw uitgaven x € 1.000",
        "Bedragen x € 1 mln",
        "Tabel 3 Uitgaven x € 1 mln. 2020 2021",
        "Kerncijfers (x € 1 miljoen)",
        "Bedragen in EUR 1.000\n2021 2022",
        "Uitgaven in miljoenen euro",
        "De individuele referentiewaarde (* € 1.000) voor Geldrop-Mierlo",
        "Ontvangsten (bedragen x 1 mln euro)",
        "Bedragen in € 1.000 en in lopende prijzen",
    ],
)
def test_unit_declarations_are_not_amounts(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "De bedragen zijn x € 1.000; in deze toelichting zijn ze afgerond op € 0,1 mln.",
        "Bedragen zijn afgerond op € 1 miljoen.",
        "De tarieven worden afgerond in stappen van € 5.",
        "De ramingen zijn afgerond op 0,1 mld euro.",
        "De cijfers zijn tot op € 1.000 nauwkeurig.",
        "Alle bedragen worden afgerond naar € 1 miljoen.",
        "Bedragen in € mln (afgerond op € 0,1 mln).",
        "Het tekort is afgerond op € 0,1 mln nauwkeurig.",
    ],
)
def test_rounding_precisions_are_not_amounts(text: str) -> None:
    """A step figures are rounded to is the size of a rounding, as "x € 1.000" is of a unit."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("De kosten zijn afgerond op € 12,4 mln geraamd.", "€ 12,4 mln"),
        ("De kosten bedragen afgerond € 5 mln.", "€ 5 mln."),
        ("De bijdrage stijgt op € 5 mln per jaar.", "€ 5 mln"),
        ("Het budget stijgt in stappen van € 5 mln naar € 20 mln.", "€ 5 mln"),
        # one sum as subject, or a verb or qualifier stating it after the figure
        ("Het subsidiebedrag wordt afgerond op € 2 miljoen vastgesteld.", "€ 2 miljoen"),
        ("Het tekort over 2025 is afgerond op € 5 mln, zo blijkt uit de jaarrekening.", "€ 5 mln"),
        ("De kosten van het project worden afgerond op € 40 miljoen geraamd.", "€ 40 miljoen"),
        ("Het batig saldo komt afgerond op € 600.000 uit.", "€ 600.000"),
        ("De investering wordt afgerond naar € 1 miljard.", "€ 1 miljard"),
        ("De uitkering is afgerond tot € 200.000 per gemeente.", "€ 200.000"),
    ],
)
def test_rounded_sums_stay_amounts(text: str, quote: str) -> None:
    """A sum rounded ("afgerond € 5 mln", "afgerond op € 12,4 mln": more digits than a step's)
    and a step of no rounding are amounts."""
    assert [m.quote for m in find_money(text)][:1] == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Bedragen zijn afgerond op € 0,1 mln; bij de subsidies op € 0,05 mln.",
        "De ramingen zijn afgerond op € 1 miljoen, voor de tarieven op € 1.",
        "Alle bedragen worden afgerond naar € 1 miljoen; in tabel 3 op € 0,5 miljoen.",
    ],
)
def test_a_second_step_its_verb_left_out_is_no_amount(text: str) -> None:
    """A step for some of the figures after the step for all, its verb left out, takes the
    first's verb: a step too."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # the first a sum, so the second is one too
        (
            "Het tekort is afgerond op € 5 mln, bij de provincie op € 2 mln.",
            ["€ 5 mln", "€ 2 mln."],
        ),
        # a clause with a verb of its own
        (
            "De bedragen zijn afgerond op € 0,1 mln; de bijdrage loopt op € 5 mln.",
            ["€ 5 mln."],
        ),
    ],
)
def test_a_second_figure_after_a_sum_or_with_its_own_verb_stays(
    text: str, quotes: list[str]
) -> None:
    assert [m.quote for m in find_money(text)] == quotes


@pytest.mark.parametrize(
    "text",
    [
        # joined by "en" alone, the first step ending its clause there
        "In de bijlage zijn de bedragen afgerond op € 1.000 en bij de tarieven op € 1.",
        "Alle ramingen zijn afgerond op\n€ 0,1 miljard en bij de gemeenten op € 0,05 miljard.",
        # the figures named by their numbers, over a line break
        "De bedragen zijn afgerond op € 0,1 miljoen, bij de artikelen 14 en 15 op € 0,01 miljoen.",
        "Bedragen zijn afgerond op € 1 mln, in de tabellen 2.1 tot en met\n2.4 op € 0,1 mln.",
        # a longer phrase naming the figures, its clause going on after a comma
        "De bedragen zijn afgerond op € 0,1 miljoen; voor de scholen in Caribisch Nederland op"
        " € 0,01 miljoen, omdat die klein zijn.",
    ],
)
def test_a_second_step_joined_by_en_or_naming_figures_by_number_is_no_amount(text: str) -> None:
    """ "afgerond op € 1.000 en bij de tarieven op € 1" kept both as amounts (the first's
    clause did not end at a stop or comma), and a second step naming its figures by number
    ("bij de artikelen 14 en 15 op", "in de tabellen 2.1 tot en met 2.4 op") or in more
    words was no step: each is a step as the gapped step after a comma is."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # the first a sum: both stay amounts
        (
            "Het saldo is afgerond op € 5 mln en bij de provincie op € 2 mln.",
            ["€ 5 mln", "€ 2 mln."],
        ),
        # "en" and a clause of its own verb after a step: no second step, read as before
        (
            "De bedragen zijn afgerond op € 0,1 mln en de bijdrage loopt op € 5 mln.",
            ["€ 0,1 mln", "€ 5 mln."],
        ),
    ],
)
def test_a_figure_joined_by_en_after_a_sum_or_with_its_own_verb_stays(
    text: str, quotes: list[str]
) -> None:
    assert [m.quote for m in find_money(text)] == quotes


@pytest.mark.parametrize(
    "text",
    [
        "De bedragen zijn afgerond op € 0,1 mln; in 2025 loopt de bijdrage op € 5 mln.",
        "De bedragen zijn afgerond op € 0,1 mln; voor 2025 komt de bijdrage op € 5 mln.",
        "Alle ramingen zijn afgerond op € 0,1 mln; voor de scholen de bijdrage op € 5 mln.",
    ],
)
def test_a_clause_of_its_own_after_a_step_keeps_its_amount(text: str) -> None:
    """A phrase after a step's semicolon holding a verb or subject of its own ("in 2025
    loopt de bijdrage op") is a clause of its own, not a second step with its verb left out:
    its figure is a sum."""
    assert [m.quote for m in find_money(text)] == ["€ 5 mln."]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("een bijdrage van € 1 miljoen aan", "€ 1 miljoen"),
        ("in 2020 € 1.000 per leerling", "€ 1.000"),
        ("is voor 2023 € 4.602,-.", "€ 4.602,-"),
        ("een investering in € 1 miljoen extra zorg", "€ 1 miljoen"),
    ],
)
def test_one_unit_amounts_that_declare_nothing_stay(text: str, quote: str) -> None:
    assert [m.quote for m in find_money(text)] == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Tabel 4.1 Uitgaven basisonderwijs (bedragen x f 1 miljoen)",
        "Overzicht apparaatsuitgaven (x f 1.000)",
        "Ontvangsten (bedragen in Hfl 1 mln)",
        "Tabel 2 (x NLG 1 miljoen)",
    ],
)
def test_unit_declarations_in_the_guilder_s_older_marks_are_not_amounts(text: str) -> None:
    """A caption of the nineties, "(bedragen x f 1 miljoen)" (the florin as a text layer
    prints it, a plain "f"), was stored as an amount of ƒ 1 mln; "x ƒ 1 miljoen" was not."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("De bouw kost 4 x f 25 miljoen.", "25 miljoen"),
        ("Het plan kost f 1 miljoen per jaar.", "1 miljoen"),
    ],
)
def test_amounts_after_the_guilder_s_older_marks_that_declare_nothing_stay(
    text: str, quote: str
) -> None:
    assert [m.quote for m in find_money(text)] == [quote]


@settings(max_examples=400)
@given(
    st.text(
        alphabet=st.sampled_from(
            "€$£0123456789.,- \n\xa0\u2212\u2013\u2012àamilNjoenrdulzxtsUSD½()*"
        ),
        max_size=80,
    )
)
def test_signs_and_currencies_never_raise_and_parse_back(text: str) -> None:
    for m in find_money(text):
        assert text[m.start : m.end] == m.quote
        assert parse_quote(m.quote, m.scale) == (m.amount_eur, m.amount_eur_max)
        assert abs(m.amount_eur) <= MAX_ABS_AMOUNT
        assert m.amount_eur_max is None or m.amount_eur_max >= m.amount_eur


def test_a_minus_ending_an_earlier_line_is_not_the_amounts() -> None:
    """A sign is read only right before the amount, never at the end of a line above it."""
    assert _found("USD −\n)mrdx 2020 a £4") == [("£4", 4, None)]


@pytest.mark.parametrize(
    ("text", "quote", "amount"),
    [
        ("een bijstelling -/- € 12 miljoen", "-/- € 12 miljoen", -12_000_000),
        ("€ -/- 7 mln", "€ -/- 7 mln", -7_000_000),
        ("een mutatie van -€ 5 mln.", "-€ 5 mln.", -5_000_000),
    ],
)
def test_accountants_minus_and_sign_before_the_euro(text: str, quote: str, amount: int) -> None:
    (m,) = find_money(text)
    assert (m.quote, m.amount_eur) == (quote, amount)
    assert parse_quote(m.quote, m.scale) == (amount, None)


def test_space_thousands_after_a_currency_sign() -> None:
    """rijksbegroting.nl prints "(in € 1 000)": in prose "€ 25 000" is one number."""
    assert _found("kost € 25 000 per jaar") == [("€ 25 000", 25_000, None)]
    assert _found("€ 1 000 000,- in totaal") == [("€ 1 000 000,-", 1_000_000, None)]
    assert _found("in 2021 € 5 2022 € 7") == [("€ 5", 5, None), ("€ 7", 7, None)]


def test_between_with_signs_on_both_bounds_is_a_range() -> None:
    assert _found("tussen € 5 en € 10 miljoen") == [("€ 5 en € 10 miljoen", 5_000_000, 10_000_000)]


def test_schema_lists_every_currency_the_reader_returns() -> None:
    schema = json.loads((ROOT / "schemas" / "amounts.json").read_text(encoding="utf-8"))
    (field,) = [f for f in schema["fields"] if f["name"] == "currency"]
    assert tuple(sorted(field["constraints"]["enum"])) == CURRENCIES
    for text in ("5 miljoen euro", "$ 5", "£ 5", "5 gulden", "5 Zwitserse frank", "5 yen"):
        (m,) = find_money(text)
        assert m.currency in CURRENCIES, text


def test_headlines_in_capitals() -> None:
    assert _found("KABINET TREKT 5 MILJOEN EURO UIT") == [("5 MILJOEN EURO", 5_000_000, None)]
    assert _found("NOG 300 MILJOEN VOOR ZORG") == [("300 MILJOEN", 300_000_000, None)]


def test_range_with_a_unit_on_both_bounds() -> None:
    assert _found("kost 1 miljard à 1,5 miljard euro") == [
        ("1 miljard à 1,5 miljard euro", 1_000_000_000, 1_500_000_000)
    ]
    # Backwards, it is no range: each bound is an amount of its own.
    assert _found("5 miljoen à 3 miljoen") == [
        ("5 miljoen", 5_000_000, None),
        ("3 miljoen", 3_000_000, None),
    ]


def test_between_backwards_is_no_range() -> None:
    found = find_money("tussen de 5 en 3 miljoen euro, Tussen 1.000 euro en 1 euro")
    assert all(m.amount_eur_max is None for m in found)


def test_a_long_run_of_numbers_is_read_in_one_pass() -> None:
    """A list that never reaches its unit, and commas between many numbers: the regexes
    must not try every way to split them (this took 2^n steps before NUMBER was atomic)."""
    assert _found("€ " + "5, " * 300 + "en 6 miljoen")[-1] == ("6 miljoen", 6_000_000, None)
    assert _found("€ " + ",".join(["12"] * 300) + " foo") == [("€ 12,12", Decimal("12.12"), None)]
    items = _found("€ " + "5, " * 300 + "5 en 6 miljoen")
    assert len(items) == 302 and items[0] == ("€ 5", 5_000_000, None)


# Scale abbreviations and prefixes of government, EU, annual-report and press texts: each
# read to its scale, never to the bare figure (issue 8: a wrong face value is the worst).


@pytest.mark.parametrize(
    ("text", "quote", "amount", "scale"),
    [
        ("De post bedraagt € 5 mio. Daarna", "€ 5 mio.", 5_000_000, "mln"),
        ("Het kost € 5 Mio voor drie jaar", "€ 5 Mio", 5_000_000, "mln"),
        ("Het kost 5 mio euro per jaar", "5 mio euro", 5_000_000, "mln"),
        ("een subsidie van EUR 2,5 mio. voor", "EUR 2,5 mio.", 2_500_000, "mln"),
        ("Er komt €5m extra", "€5m", 5_000_000, "mln"),
        ("Er komt € 12,5m bij", "€ 12,5m", 12_500_000, "mln"),
        ("een premie van €50k per jaar", "€50k", 50_000, "duizend"),
        ("Dat kost € 1,2 bn", "€ 1,2 bn", 1_200_000_000, "mld"),
        ("en nog €3bn voor", "€3bn", 3_000_000_000, "mld"),
        ("een tekort van 1,2 mia euro", "1,2 mia euro", 1_200_000_000, "mld"),
        ("Een bijdrage van k€ 500.", "k€ 500", 500_000, "duizend"),
        ("Een bijdrage van K€ 500.", "K€ 500", 500_000, "duizend"),
        ("Een bijdrage van 500 k€.", "500 k€", 500_000, "duizend"),
        ("Een bijdrage van kEUR 500.", "kEUR 500", 500_000, "duizend"),
        ("Een bijdrage van 500 kEUR.", "500 kEUR", 500_000, "duizend"),
        ("Het budget is M€ 5 per jaar", "M€ 5", 5_000_000, "mln"),
        ("Het budget is 5 MEUR per jaar", "5 MEUR", 5_000_000, "mln"),
        ("Het budget is 5 M€ per jaar", "5 M€", 5_000_000, "mln"),
        ("Het budget is MEUR 5 per jaar", "MEUR 5", 5_000_000, "mln"),
        # A scale word before the currency, or between it and the number.
        ("Het kost mln. EUR 5 extra", "mln. EUR 5", 5_000_000, "mln"),
        ("Het kost mio € 2,5 extra", "mio € 2,5", 2_500_000, "mln"),
        ("Het kost € mln 5 extra", "€ mln 5", 5_000_000, "mln"),
        ("Het kost EUR mln 7,5 extra", "EUR mln 7,5", 7_500_000, "mln"),
    ],
)
def test_scale_abbreviations_and_prefixes(text: str, quote: str, amount: int, scale: str) -> None:
    (m,) = find_money(text)
    assert (m.quote, m.amount_eur, m.scale, m.currency) == (quote, amount, scale, "EUR")
    assert parse_quote(m.quote) == (amount, None)


def test_a_glued_m_is_miljoen_an_m_of_measure_is_not() -> None:
    """ "€5m" is five million; "m2" and "m³" after an amount are square and cubic metres."""
    text = "Er komt €5m extra, € 5 per m2 en € 7 m³ water; 5 m³ kost € 3."
    assert _found(text) == [
        ("€5m", 5_000_000, None),
        ("€ 5", 5, None),
        ("€ 7", 7, None),
        ("€ 3", 3, None),
    ]


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Er komt € 5 m extra", "€ 5 m"),  # miljoen or metre?
        ("Er komt €5 M. extra", "€5 M"),
        ("een budget van € 5 k per jaar", "€ 5 k"),
        ("een schuld van € 1,2 bln", "€ 1,2 bln"),  # billion or biljoen?
        ("een schuld van €1,2bln", "€1,2bln"),
        ("een schuld van €5mn", "€5mn"),
        ("een bijdrage van m€ 5", "m€ 5"),  # milli or mega?
        ("een heffing van € 250 ton", "€ 250 ton"),  # 25 million said in tons, or per tonne?
        ("een subsidie van k€ 2 ton", "k€ 2 ton"),  # two scales
        # a noun after the tons names what a tonne of is priced, "per" left out
        ("de CO2-heffing stijgt naar € 80 ton CO2 in 2030", "€ 80 ton"),
        ("de heffing bedraagt € 30 ton uitstoot", "€ 30 ton"),
        # A point before digits that are no thousands group, and no scale word: an English
        # decimal point, or cents?
        ("een kaartje van € 2.50 per stuk", "€ 2.50"),
        ("een vloer van € 1.5 m2", "€ 1.5"),
        ("in totaal € 1.000.00 uitgegeven", "€ 1.000.00"),
        ("een tekort van € 3 ½ miljard", "€ 3 ½"),  # "3½ miljard" is read
        ("een bijdrage van € 5 honderdduizend", "€ 5 honderdduizend"),
    ],
)
def test_an_ambiguous_scale_is_refused_and_said(text: str, refused: str) -> None:
    """Storing the bare figure would store a wrong face value: the amount is left out and
    reported, as amounts beyond any budget are."""
    rejected: list[tuple[int, str]] = []
    assert list(find_money(text, rejected)) == []
    ((offset, reason),) = rejected
    assert offset == text.index(refused) and refused in reason


@pytest.mark.parametrize(
    ("text", "quote", "amount"),
    [
        ("de gemeente draagt een eigen risico van maximaal € 1,5 ton per jaar", "€ 1,5 ton",
         150_000),
        ("het project kreeg een subsidie van €3 ton uit het fonds", "€3 ton", 300_000),
        ("de overschrijding bedroeg € 12 Ton, zo blijkt uit de rekening", "€ 12 Ton", 1_200_000),
        ("de brug wordt € 4 ton duurder dan geraamd", "€ 4 ton", 400_000),
    ],
)  # fmt: skip
def test_a_euro_sign_before_a_number_of_tons_says_money(text: str, quote: str, amount: int) -> None:
    """A euro sign before a figure of one or two digits and "ton" says money, as "euro" after
    them does ("twee ton euro"): a hundred thousand euros each. It was refused as
    ambiguous (a tonne is priced "per ton")."""
    (m,) = find_money(text)
    assert (m.quote, m.amount_eur, m.currency) == (quote, amount, "EUR")
    assert parse_quote(m.quote, m.scale) == (amount, None)
    money = read_money(m.quote, m.scale)
    assert (money.value, money.currency) == (amount, "EUR")


def test_an_abbreviation_after_an_amount_is_no_scale() -> None:
    """ "m.i.v." (met ingang van), "m.b.t." (met betrekking tot) start with an "m"."""
    assert _found("structureel € 500.000 m.i.v. 2024 en € 5 m.b.t. de regeling") == [
        ("€ 500.000", 500_000, None),
        ("€ 5", 5, None),
    ]
    assert _found("Er komt €5m.i.v. 2024") == [("€5", 5, None)]


def test_a_word_glued_to_an_amount_is_a_lost_space_not_a_scale() -> None:
    """Text taken from a PDF loses spaces: "€ 300voor" is € 300 before "voor"; only short
    letters that start like a scale ("€5mn", "€5mm") make the scale unknown."""
    assert _found("een bijdrage van € 300voor de regeling") == [("€ 300", 300, None)]
    assert _found("een bijdrage van € 300en meer") == [("€ 300", 300, None)]


def test_a_scale_before_the_number_takes_no_year_and_no_other_amounts_unit() -> None:
    """ "€ mln 5" is five million; "€ mln 2024 2025" heads a table's years; in "300 mln. EUR 5
    mln." the "mln." is the unit of 300, not a scale printed before 5, and "EUR" is the
    sign of the number after it."""
    text = "Bedragen in € mln 2024 2025. Het kost € mln 5 extra, en 300 mln. EUR 5 mln. voor"
    assert _found(text) == [
        ("€ mln 5", 5_000_000, None),
        ("300 mln.", 300_000_000, None),
        ("EUR 5 mln.", 5_000_000, None),
    ]


@pytest.mark.parametrize(
    ("text", "quote", "amount"),
    [
        ("saldo: - € mln 5", "- € mln 5", -5_000_000),
        ("saldo € mln -5", "€ mln -5", -5_000_000),
        ("een mutatie van -k€ 500", "-k€ 500", -500_000),
        ("een mutatie van -kEUR 500", "-kEUR 500", -500_000),
        ("een mutatie van – M€ 5", "– M€ 5", -5_000_000),
        ("een mutatie van kEUR – 5", "kEUR – 5", -5_000),
        # space thousands after a prefixed code, as after a sign
        ("een fonds van MEUR 1 250", "MEUR 1 250", 1_250_000_000),
    ],
)
def test_the_sign_of_an_amount_with_a_scale_before_its_number(
    text: str, quote: str, amount: int
) -> None:
    (m,) = find_money(text)
    assert (m.quote, m.amount_eur) == (quote, amount)


def test_a_list_item_that_prints_its_own_scale_keeps_it() -> None:
    """ "k€ 500 en € 5 mio.": the first item is in thousands, not in the list's millions."""
    found = [(m.quote, m.amount_eur, m.scale) for m in find_money("k€ 500 en € 5 mio. extra")]
    assert found == [("k€ 500", 500_000, "duizend"), ("5 mio.", 5_000_000, "mln")]


def test_two_scales_around_one_number_are_refused() -> None:
    rejected: list[tuple[int, str]] = []
    assert list(find_money("een bijdrage van k€ 500 mln. voor", rejected)) == []
    assert [reason.split(":")[0] for _at, reason in rejected] == ["amount 'k€ 500 mln.'"]


def test_a_code_before_a_number_is_its_sign_not_the_currency_of_the_amount_before() -> None:
    text = "Het kost € 5 mio. USD 40 mln. extra"
    found = [(m.quote, m.amount_eur, m.currency) for m in find_money(text)]
    assert found == [("€ 5 mio.", 5_000_000, "EUR"), ("USD 40 mln.", 40_000_000, "USD")]


@pytest.mark.parametrize(
    "text", ["Kosten (in € 1 mio)", "Kosten (in € 1 mio.)", "Uitgaven (in EUR 1 mio)"]
)
def test_unit_declarations_with_new_scale_words_are_not_amounts(text: str) -> None:
    assert _found(text) == []


def test_a_range_never_spans_two_currencies() -> None:
    """ "EUR 5 - USD 40 mln." is two amounts; a range's bounds and a word after an amount
    take the currency of its sign."""
    found = [(m.quote, m.amount_eur, m.amount_eur_max, m.currency) for m in find_money(
        "Het kost EUR 5 - USD 40 mln. en tussen € 5 en $ 6 mln, of ƒ 300 miljoen gulden."
    )]  # fmt: skip
    assert found == [
        ("EUR 5", 5, None, "EUR"),
        ("USD 40 mln.", 40_000_000, None, "USD"),
        ("€ 5", 5, None, "EUR"),
        ("$ 6 mln", 6_000_000, None, "USD"),
        ("ƒ 300 miljoen gulden", 300_000_000, None, "NLG"),
    ]


def test_a_range_after_tussen_reads_a_glued_scale() -> None:
    assert _found("tussen € 5 mio. en €6m extra") == [("€ 5 mio. en €6m", 5_000_000, 6_000_000)]


@pytest.mark.parametrize(
    "text", ["Het kost 5 EUR mln extra", "Het kost € 5 mln dollar", "Het kost 5 dollar miljoen"]
)
def test_a_unit_or_currency_left_after_an_amount_makes_it_refused(text: str) -> None:
    """A scale or currency word the amount's pattern left after it ("5 EUR mln": five euros
    or five million? "€ 5 mln dollar": euros or dollars?) is refused and said, not stored as
    "5 EUR" or as euros."""
    rejected: list[tuple[int, str]] = []
    assert list(find_money(text, rejected)) == []
    ((offset, reason),) = rejected
    assert offset == text.index("5") - (2 if "€" in text else 0) and "ambiguous" in reason


@pytest.mark.parametrize(
    ("text", "quote", "amount"),
    [
        ("In 2024 k€ 500 extra", "k€ 500", 500_000),
        ("artikel 3 kEUR 200", "kEUR 200", 200_000),
        ("300 MEUR 5", "MEUR 5", 5_000_000),
    ],
)
def test_a_prefixed_currency_before_a_number_signs_that_number(
    text: str, quote: str, amount: int
) -> None:
    """A year or article number before "k€ 500" is not an amount of thousands of euros: the
    prefixed currency followed by a number is that number's, as a code is."""
    assert _found(text) == [(quote, amount, None)]


@pytest.mark.parametrize("text", ["kost € 5 à 6 m extra", "kost €5-6m extra", "kost € 2 tot 3 bln"])
def test_a_range_whose_upper_bound_prints_an_ambiguous_scale_is_refused(text: str) -> None:
    """The scale printed after a range's upper bound is the range's: "€ 5 à 6 m" is not five
    euros; a scale that says no one value ("m", "bln") makes the whole range refused."""
    rejected: list[tuple[int, str]] = []
    assert list(find_money(text, rejected)) == []
    assert [offset for offset, _reason in rejected] == [text.index("€")]


def test_a_year_after_a_prefixed_scale_is_a_heading_only_before_another_year() -> None:
    """ "€ mln 2024 2025" heads a table's years and is passed over; "M€ 1950 per jaar" may be
    money or a year, so it is refused and said, not dropped without a word."""
    rejected: list[tuple[int, str]] = []
    assert list(find_money("Bedragen in € mln 2024 2025.", rejected)) == [] and not rejected
    assert list(find_money("Het kost M€ 1950 per jaar", rejected)) == []
    assert [offset for offset, _reason in rejected] == [len("Het kost ")]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("De huur is € 22,50 per uur.", Decimal("22.5")),
        ("De heffing bedraagt € 0,0285 per kWh.", Decimal("0.0285")),
        ("Het minimumloon is € 14,06 per uur.", Decimal("14.06")),
        ("Er is € 2,5 mln beschikbaar.", 2_500_000),
        ("Het kost € 1.000,- per jaar.", 1_000),
    ],
)
def test_cents_are_kept_as_printed(text: str, amount: int | Decimal) -> None:
    """A per-unit amount keeps its cents: "€ 22,50" is 22.5, never the 23 the text does not
    state ("€ 0,0285 per kWh" was stored as € 0); whole amounts stay whole numbers."""
    (found,) = find_money(text)
    assert found.amount_eur == amount and type(found.amount_eur) is type(amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Het pakket bestaat uit:\n- € 1,1 mld voor munitie", 1_100_000_000),
        ("Het pakket bestaat uit:\n- 12 miljoen euro voor personeel", 12_000_000),
        ("Het pakket bestaat uit:\n– € 0,5 mld voor vervanging", 500_000_000),
        ("Een tekort van - € 2 mld.", -2_000_000_000),
        ("De mutatie:\n-5 miljoen euro", -5_000_000),
    ],
)
def test_a_dash_opening_a_line_is_a_bullet_not_a_minus(text: str, amount: int) -> None:
    """A list item "- € 1,1 mld voor munitie" is money spent, not a cut of € 1,1 mld; a dash
    after a word that asks for a number, or glued to the figure, stays a minus."""
    (found,) = find_money(text)
    assert found.amount_eur == amount


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # the clause before the colon calls the value negative: the dash is its minus
        (
            "Het saldo op de rekening-courant was ultimo 2023 negatief:\n− € 1,2 mld, door "
            "de lage rente.",
            [-1_200_000_000],
        ),
        ("Door de lage rente viel het resultaat negatief uit:\n– 45 miljoen euro.", [-45_000_000]),
        ("Het jaar sloot met een negatief saldo:\n– € 12 mln.", [-12_000_000]),
        # "negatieve" calls a noun negative ("de negatieve gevolgen"), not the sum: a bullet
        (
            "Om de negatieve gevolgen op te vangen, stelt het kabinet beschikbaar:\n– € 20 mln "
            "voor het mkb.",
            [20_000_000],
        ),
        ("Door de negatieve rente was het resultaat:\n  – 45 miljoen euro in 2021.", [45_000_000]),
        # no such word: the dash opening the line is a list item's bullet
        ("Het saldo op de rekening-courant was ultimo 2023:\n− € 1,2 mld.", [1_200_000_000]),
        # a list of dashed lines under it stays one of bullets, its items parts
        (
            "De bijdragen zijn negatief bijgesteld:\n– € 3 mln voor de jeugd;\n– € 2 mln voor "
            "de wmo.",
            [3_000_000, 2_000_000],
        ),
        # a word calling something negative in an earlier sentence is not the clause's
        ("De rente was negatief. Het geld gaat naar:\n– € 5 mln voor de regio.", [5_000_000]),
    ],
)
def test_a_dash_opening_a_line_under_a_colon_saying_negative_is_a_minus(
    text: str, amounts: list[int]
) -> None:
    """A spaced dash opening a line under a colon is a bullet, but where the clause before
    the colon calls the value negative ("per saldo negatief:⏎– € 291 mln"), the value is
    negative whichever the dash is: the dash was dropped and a loss stored as a gain."""
    assert [found.amount_eur for found in find_money(text)] == amounts


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # "respectievelijk" asks for the figures after it: a dash there is their sign
        (
            "Het saldo wijzigt voor 2024 en 2025 met respectievelijk – € 12,5 mln en + € 8,0 mln.",
            [-12_500_000, 8_000_000],
        ),
        # ... also where the paragraph wraps right before the sign
        (
            "De uitkering wijzigt voor 2024 en 2025 met respectievelijk\n  − € 4,1 mln en\n"
            "  + € 2,2 mln. Per saldo daalt zij.",
            [-4_100_000, 2_200_000],
        ),
        ("Het tekort bedraagt\n– € 3 mln.", [-3_000_000]),
        # a dash opening a line after a colon or a clause's end stays a bullet
        (
            "De mutaties zijn:\n− € 4,1 mln voor jeugd;\n− € 2,2 mln voor wmo.",
            [4_100_000, 2_200_000],
        ),
        ("Er is geld voor de jeugd.\n– € 3 mln voor de wmo.", [3_000_000]),
        # ... and one opening each line of a list after such a word, no colon
        (
            "De bijdragen voor 2025 en 2026 bedragen respectievelijk\n- € 5 mln voor Noord;\n"
            "- € 7 mln voor Zuid.",
            [5_000_000, 7_000_000],
        ),
        # a dash between clauses is punctuation
        ("In 2024 – € 3 mln in totaal – gaat het om de wmo.", [3_000_000]),
    ],
)
def test_a_spaced_dash_after_respectievelijk_or_a_wrapped_sign_word_is_a_minus(
    text: str, amounts: list[int]
) -> None:
    """A paired series of changes prints each with its sign ("met respectievelijk − € 63,1 mln,
    + € 27,4 mln"): the minus was dropped, and a cut stored as a rise, because
    "respectievelijk" was no word asking for a number, and a line break after such a word
    made the dash a bullet's."""
    assert [found.amount_eur for found in find_money(text)] == amounts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # space or narrow/thin-space thousands before the currency: one number
        ("De rentelasten bedragen 11 250 000 000 EUR, dat is veel.", [11_250_000_000]),
        ("Een provisie van 1\u202f000\u202f000 EUR.", [1_000_000]),
        ("Een bedrag van € 1\u2009250 miljoen voor de regio.", [1_250_000_000]),
        # a year, then an amount with its minus glued on: no range from the year
        ("Het saldo bedraagt in 2025 -17.432,6 mio. EUR.", [-17_432_600_000]),
        # "milj." and "mlj.", miljoen abbreviated as news and older texts print it
        ("Dat kost € 4,5 milj. extra.", [4_500_000]),
        ("De bijdrage is 250 mlj. euro per jaar.", [250_000_000]),
        # a scale hyphenated at a line's end: the word, never € 1,20
        ("Er komt € 1,2 mil-\njard bij.", [1_200_000_000]),
        # cut off before it is known which ("mil-" ending the text): refused
        ("Er komt € 1,2 mil-", []),
    ],
)
def test_pdf_and_eu_forms_never_give_wrong_money(text: str, expected: list[int]) -> None:
    """Unseen prose (review): "11 250 000 000 EUR" was stored as € 0, "€ 4,5 milj." as
    € 4,50 (then refused, now read), "€ 1,2 mil-⏎jard" as € 1,20 (now read) and "2025
    -17.432,6 mio." as a range from 2025."""
    assert [m.amount_eur for m in find_money(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De bijdrage per inwoner stijgt naar 185,96 € per jaar.", [("185,96 €", "185.96", None)]),
        ("Het eigen risico loopt van 37 € tot 142 € per maand.", [("37 € tot 142 €", "37", "142")]),
        ("Het project kost 12 miljoen € extra.", [("12 miljoen €", "12000000", None)]),
        # the sign before a number is that number's; a year before a sign is no amount
        ("In 2024 € 5 mln en in 2025 € 6 mln.", [("€ 5 mln", "5000000", None),
                                               ("€ 6 mln.", "6000000", None)]),
        ("Alle bedragen in prijspeil 2024 €.", []),
        ("(bedragen x 1.000 €)", []),
    ],
)  # fmt: skip
def test_a_euro_sign_after_the_figure(text: str, expected: list[tuple]) -> None:
    """Belgian and some municipal texts print the sign after the figure ("185,96 €"): those
    amounts were lost; a year or a unit declaration before the sign stays no amount."""
    found = [
        (m.quote, str(m.amount_eur), m.amount_eur_max and str(m.amount_eur_max))
        for m in find_money(text)
    ]
    assert found == expected
    assert all(currency_of(quote) == "EUR" for quote, _low, _high in found)


@pytest.mark.parametrize(
    ("text", "quote", "amount"),
    [
        ("Het kost EUR 300 million.", "EUR 300 million", 300_000_000),
        ("Het fonds krijgt € 2 billion.", "€ 2 billion", 2_000_000_000),
        ("120 million EUR voor Erasmus+", "120 million EUR", 120_000_000),
        ("assets exceed €1.5 trillion", "€1.5 trillion", 1_500_000_000_000),
        # a point before one or two digits and a scale word is a decimal point
        ("worth EUR 5.4 billion in grants", "EUR 5.4 billion", 5_400_000_000),
        ("a chapter of €1.2bn", "€1.2bn", 1_200_000_000),
        ("a EUR 0.75 billion guarantee", "EUR 0.75 billion", 750_000_000),
        ("Het ministerie investeert € 1.5 miljoen", "€ 1.5 miljoen", 1_500_000),
        ("Het fonds wil € 2.25 mld ophalen", "€ 2.25 mld", 2_250_000_000),
        ("Er komt €5.5m extra", "€5.5m", 5_500_000),
        # before an English scale word a comma before three digits is English thousands
        ("a payment request of up to EUR 1,234 million", "EUR 1,234 million", 1_234_000_000),
        # a dot before three digits stays Dutch thousands, a comma before a Dutch scale Dutch
        ("€ 1.250 miljoen", "€ 1.250 miljoen", 1_250_000_000),
        ("€ 1,125 miljard", "€ 1,125 miljard", 1_125_000_000),
    ],
)
def test_english_scales_and_decimal_points_before_a_scale(text: str, quote: str, amount) -> None:
    """An amount in English as EU texts and quoted English sources print it ("EUR 5.4 billion")
    was refused: "billion" is no Dutch word (10^9), and a point before one or two digits is no
    thousands group."""
    (m,) = find_money(text)
    assert (m.quote, m.amount_eur) == (quote, amount)
    assert parse_quote(m.quote, m.scale) == (amount, None)


@pytest.mark.parametrize("unit", ["MLN", "Mln.", "Mld"])
def test_an_amount_after_a_capitalised_scale_is_found(unit: str) -> None:
    """A headline "KABINET TREKT € 300 MLN UIT" then the lead: the lead's unsigned amount
    was lost (its window found the headline's amount first and stopped)."""
    text = f"KABINET TREKT € 300 {unit} UIT. De regering trekt 300 miljoen euro uit."
    assert [m.quote for m in find_money(text)][-1] == "300 miljoen euro"


@pytest.mark.parametrize(
    ("text", "quote", "amount", "currency"),
    [
        # a code or mark before the figure is the amount's sign, never a bare euro amount
        ("een tekort van ANG 42,6 miljoen.", "ANG 42,6 miljoen", 42_600_000, "ANG"),
        ("de lasten stijgen tot NAf. 1.012 mln.", "NAf. 1.012 mln.", 1_012_000_000, "ANG"),
        ("De rentelasten bedragen Naf 96.000.000.", "Naf 96.000.000", 96_000_000, "ANG"),
        ("een overschot van NAƒ 3,1 miljoen", "NAƒ 3,1 miljoen", 3_100_000, "ANG"),
        ("is Cg 310 miljoen geraamd", "Cg 310 miljoen", 310_000_000, "XCG"),
        ("is XCG 185 miljoen geleend", "XCG 185 miljoen", 185_000_000, "XCG"),
        ("(Afl. 1,2 miljard aan uitgaven)", "Afl. 1,2 miljard", 1_200_000_000, "AWG"),
        ("bedroeg AWG 24 miljoen", "AWG 24 miljoen", 24_000_000, "AWG"),
        ("een tekort van SRD 4,8 miljard", "SRD 4,8 miljard", 4_800_000_000, "SRD"),
        ("het krediet was BEF 32 miljard", "BEF 32 miljard", 32_000_000_000, "BEF"),
        # a name after it, plural too
        (
            "een tekort van 18,3 miljoen Antilliaanse guldens.",
            "18,3 miljoen Antilliaanse guldens",
            18_300_000,
            "ANG",
        ),
        ("55 miljoen Caribische gulden", "55 miljoen Caribische gulden", 55_000_000, "XCG"),
        ("een overschot van 24 miljoen florin.", "24 miljoen florin", 24_000_000, "AWG"),
        ("1.500 Surinaamse dollars per maand", "1.500 Surinaamse dollars", 1_500, "SRD"),
        ("32 miljard Belgische frank", "32 miljard Belgische frank", 32_000_000_000, "BEF"),
        # the Scandinavian crowns, the ecu and the D-mark by code, mark or name
        ("een verlies van 12 miljard Deense kronen", "12 miljard Deense kronen", 12 * 10**9, "DKK"),
        ("bespaart 38 miljard Zweedse kronen.", "38 miljard Zweedse kronen", 38 * 10**9, "SEK"),
        ("een rendement van 5 mln Noorse kroon", "5 mln Noorse kroon", 5_000_000, "NOK"),
        ("stortte SEK 2,1 miljard terug", "SEK 2,1 miljard", 2_100_000_000, "SEK"),
        ("boekte NOK 150 miljard", "NOK 150 miljard", 150 * 10**9, "NOK"),
        ("leende DKK 3 mia", "DKK 3 mia", 3 * 10**9, "DKK"),
        ("uit op ECU 76,5 mld; daarna", "ECU 76,5 mld", 76_500_000_000, "XEU"),
        ("daarvan gaat 3,2 mld ecu naar", "3,2 mld ecu", 3_200_000_000, "XEU"),
        ("een bijdrage van XEU 5 mln", "XEU 5 mln", 5_000_000, "XEU"),
        ("Duitsland draagt netto DM 28 mld af", "DM 28 mld", 28 * 10**9, "DEM"),
        ("Duitsland draagt DM 1.200.000 af", "DM 1.200.000", 1_200_000, "DEM"),
        ("kostte 5 miljard D-mark", "5 miljard D-mark", 5 * 10**9, "DEM"),
        ("kostte 5 miljard Duitse marken", "5 miljard Duitse marken", 5 * 10**9, "DEM"),
        ("een krediet van DEM 20 mln", "DEM 20 mln", 20_000_000, "DEM"),
    ],
)
def test_money_of_the_kingdom_and_its_neighbours_keeps_its_currency(
    text: str, quote: str, amount: int, currency: str
) -> None:
    """Money of the Caribbean parts of the kingdom, of neighbouring countries and of Europe
    before the euro, by the code, mark or name printed with the figure ("Antilliaanse guldens",
    "florin", "Belgische frank", "DKK", "DM"), is in that currency; it was stored as euros."""
    (m,) = find_money(text)
    assert (m.quote, m.amount_eur, m.currency) == (quote, amount, currency)
    assert currency in CURRENCIES


def test_an_episode_is_no_aruban_money() -> None:
    """ "Afl. 12" is an episode (aflevering) as often: florins print a scale or a full figure."""
    assert _found("Handelingen II 2023/24, Afl. 12, blz. 3.") == []
    assert _found("kost Afl. 25.000 per jaar") == [("Afl. 25.000", 25_000, None)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("is in 2005 euro 45 miljoen beschikbaar", [("euro 45 miljoen", 45_000_000, "mln")]),
        ("verpleeghuizen EURO 2,5 mln geraamd", [("EURO 2,5 mln", 2_500_000, "mln")]),
        ("voor het landelijk meldpunt Euro 120.000.", [("Euro 120.000", 120_000, "units")]),
        ("bedragen euro 1,2 miljard meer", [("euro 1,2 miljard", 1_200_000_000, "mld")]),
        # the word itself, a tournament, a rate, a unit note: no amount signed by the word
        ("sinds de invoering van de euro 20 jaar geleden", []),
        ("het EK Euro 2024 in Duitsland", []),
        ("(bedragen x euro 1.000)", []),
    ],
)
def test_the_word_euro_before_a_figure_signs_it(
    text: str, found: list[tuple[str, int, str]]
) -> None:
    """An older Kamerstuk prints "euro" before the figure: "Euro 120.000" was lost (no scale
    word after it to start from), "euro 45 miljoen" stored without its currency word. Before
    a figure with no scale and not in full ("de euro 20 jaar geleden") the word is no sign."""
    assert [(m.quote, m.amount_eur, m.scale) for m in find_money(text)] == found
    assert all(m.currency == "EUR" for m in find_money(text))


def test_an_old_mark_without_a_scale_or_full_figure_is_no_money() -> None:
    """ "DM 3" is a code as often as three D-marks, as "Afl. 12" is an episode."""
    assert [m.quote for m in find_money("zie DM 3 en Afl. 12; DM 3 mld en Afl. 1,2 mld")] == [
        "DM 3 mld",
        "Afl. 1,2 mld",
    ]


def test_a_mark_inside_a_word_is_no_currency() -> None:
    """ "Naftaleen", "Aflossing", "NAfta": the marks stand alone as words."""
    assert [m.currency for m in find_money("Aflossing 5 miljoen en Naftaleen 3 miljoen")] == [
        None,
        None,
    ]


def test_an_amount_after_an_unread_currency_word_keeps_its_own() -> None:
    """A currency word its amount did not take ("Canadese dollar") does not cut off the
    next amount's ("dat is ongeveer 1,2 miljard Amerikaanse dollar": it was refused as
    ambiguous, its window ending in the middle of its currency)."""
    text = (
        "de schuld loopt op tot 42 miljard Canadese dollar; dat is ongeveer 1,2 miljard "
        "Amerikaanse dollar."
    )
    assert [(m.quote, m.currency) for m in find_money(text)] == [
        ("42 miljard", None),
        ("1,2 miljard Amerikaanse dollar", "USD"),
    ]


@pytest.mark.parametrize(
    ("text", "quote", "amount"),
    [
        ("a loss of EUR 612,000,000 in 2023", "EUR 612,000,000", 612_000_000),
        ("kost € 1,250,000, zegt de minister", "€ 1,250,000", 1_250_000),
        ("1,234,567 euro voor de haven", "1,234,567 euro", 1_234_567),
        # Dutch decimals before a scale word stay read, and a leading zero is Dutch
        ("€ 1,125 miljard voor defensie", "€ 1,125 miljard", 1_125_000_000),
        ("€ 0,125 per kWh", "€ 0,125", Decimal("0.125")),
    ],
)
def test_two_comma_groups_are_english_thousands(text: str, quote: str, amount: int) -> None:
    """A figure with two comma groups of three ("EUR 612,000,000") is English thousands: it was
    stored as 612 (and "€ 1,250,000" as 1,25); no Dutch decimal prints two commas."""
    (m,) = find_money(text)
    assert (m.quote, m.amount_eur) == (quote, amount)


@pytest.mark.parametrize("quote", ["EUR 2,300", "€25,000", "2,300 euro", "€ 12,500"])
def test_one_comma_group_without_a_scale_is_refused_and_said(quote: str) -> None:
    """One comma and three digits after it, no scale word ("EUR 2,300", "€25,000"): Dutch
    decimals or English thousands? As ambiguous as "€ 2.50": refused, and the reason said (they
    were stored as 2,3 and 25)."""
    rejected: list[tuple[int, str]] = []
    assert list(find_money(f"De kosten: {quote} per deelnemer.", rejected)) == []
    assert [why for _, why in rejected if quote in why and "comma" in why]


def _read_in_sentences(text: str, rejected: list[tuple[int, str]]) -> list[tuple[str, object]]:
    """(quote, amount, upper bound) of the amounts ``find_money`` reads in ``text`` given its
    sentences."""
    model = TextModel(text)
    return [
        (m.quote, m.amount_eur, m.amount_eur_max)
        for m in find_money(text, rejected, sentence=model.sentence_span)
    ]


@pytest.mark.parametrize(
    ("text", "quote", "amount"),
    [
        ("The ministry has earmarked EUR 250,000 for an external review.", "EUR 250,000", 250_000),
        ("It signed a consultancy contract with a UK firm of £780,000.", "£780,000", 780_000),
        ("Households will save on average EUR 2,300 on their energy bills.", "EUR 2,300", 2_300),
        ("Grants of up to €25,000 per project and €1.2bn in loans.", "€25,000", 25_000),
        # a figure printed the English way only, in the same sentence
        ("Subsidie: € 1,250,000 in totaal, € 25,000 per project.", "€ 25,000", 25_000),
    ],
)
def test_one_comma_group_in_an_english_sentence_is_thousands(
    text: str, quote: str, amount: int
) -> None:
    """A currency and one comma group of three, no scale word ("EUR 250,000"), in an English
    sentence: English prints no decimal comma, so it is thousands (it was refused)."""
    rejected: list[tuple[int, str]] = []
    assert (quote, amount, None) in _read_in_sentences(text, rejected)
    assert not [why for _, why in rejected if "comma" in why]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("De kosten bedragen € 250,000 per jaar.", "€ 250,000"),
        # a name or a title in English makes no Dutch sentence English
        ("The Hague: de gemeente krijgt € 250,000 voor het plein.", "€ 250,000"),
        ("Het rapport 'The state of the union' raamt EUR 2,300 per deelnemer.", "EUR 2,300"),
        # an English name printed unquoted: its joining words are the name's, no English
        ("Kosten Task Force for the Recovery of Ukraine: € 250,000.", "€ 250,000"),
        (
            "Nederland betaalt het Office of the High Commissioner for Human Rights € 250,000.",
            "€ 250,000",
        ),
        ("Global Fund to Fight AIDS, Tuberculosis and Malaria: € 250,000", "€ 250,000"),
    ],
)
def test_one_comma_group_in_a_dutch_sentence_stays_refused(text: str, quote: str) -> None:
    """The same figure in a Dutch sentence is Dutch decimals or English thousands: refused."""
    rejected: list[tuple[int, str]] = []
    assert _read_in_sentences(text, rejected) == []
    assert [why for _, why in rejected if quote in why and "comma" in why]


@pytest.mark.parametrize(
    ("text", "quote", "amount"),
    [
        ("Het kabinet trekt € 2,500 miljoen uit voor de zorg.", "€ 2,500 miljoen", 2_500_000),
        ("Er gaat 3,125 miljard euro naar het fonds.", "3,125 miljard euro", 3_125_000_000),
        ("It costs 2,300 people their jobs and EUR 5 million.", "EUR 5 million", 5_000_000),
    ],
)
def test_dutch_decimals_before_a_scale_and_bare_counts_keep_their_reading(
    text: str, quote: str, amount: int
) -> None:
    """A decimal comma before a Dutch scale word stays a decimal comma, and a figure printing
    no currency ("2,300 people") is no amount, whatever the sentence's language."""
    assert _read_in_sentences(text, []) == [(quote, amount, None)]


@pytest.mark.parametrize(
    ("text", "quote", "low", "high"),
    [
        (
            "Overdue maintenance will cost between €1 billion and €1.5 billion a year.",
            "€1 billion and €1.5 billion",
            1_000_000_000,
            1_500_000_000,
        ),
        (
            "The plan costs between EUR 2 and 3 million.",
            "EUR 2 and 3 million",
            2_000_000,
            3_000_000,
        ),
        ("The fund pays between €250,000 and €300,000.", "€250,000 and €300,000", 250_000, 300_000),
    ],
)
def test_english_between_and_is_one_range(text: str, quote: str, low: int, high: int) -> None:
    """ "between X and Y" joins a range's bounds as "tussen X en Y" does: one amount, the lower
    and the upper bound (it was two amounts, or the upper alone)."""
    assert _read_in_sentences(text, []) == [(quote, low, high)]


def test_english_between_years_is_no_range() -> None:
    """ "between 2020 and 2025 €3 billion": years between, then the amount alone."""
    text = "Between 2020 and 2025 the fund receives €3 billion."
    assert _read_in_sentences(text, []) == [("€3 billion", 3_000_000_000, None)]


@pytest.mark.parametrize(
    ("text", "quote", "amount"),
    [
        # a sum written out in groups is one amount (it was two wrong ones: 6.000.000 + 350.000)
        (
            "een krediet van € 6.350.000 (zegge: zes miljoen driehonderdvijftigduizend euro).",
            "zes miljoen driehonderdvijftigduizend euro",
            6_350_000,
        ),
        ("twee miljoen vijfhonderdduizend euro", "twee miljoen vijfhonderdduizend euro", 2_500_000),
        ("een miljard tweehonderd miljoen euro", "een miljard tweehonderd miljoen euro", 1.2e9),
        # a spoken decimal comma between two number words before the unit
        ("Het tekort is drie komma vier miljard.", "drie komma vier miljard", 3_400_000_000),
        ("twaalf komma vijf miljoen euro", "twaalf komma vijf miljoen euro", 12_500_000),
        # "vijfeneenhalf" ends in "enhalf" too: it was read as "vijfene" and a half, no number
        ("samen vijfeneenhalf miljard euro", "vijfeneenhalf miljard euro", 5_500_000_000),
        # hundreds before "euro"
        ("een boete van tweehonderdvijftig euro", "tweehonderdvijftig euro", 250),
        ("driehonderd euro per dag", "driehonderd euro", 300),
    ],
)
def test_amounts_written_out_in_words(text: str, quote: str, amount: int) -> None:
    """Amounts written out in words, as a raadsvoorstel repeats a sum after "zegge" and the
    Handelingen print speech: each number word and its scale is the amount."""
    assert _found(text)[-1] == (quote, amount, None)
    assert parse_quote(quote) == (amount, None)


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("per honderd euro omzet", []),  # a rate
        ("zes miljoen een jaar later", [6_000_000]),  # "een" is an article, no lower group
        ("zes miljoen tien jaar later", [6_000_000]),
    ],
)
def test_words_after_a_unit_or_before_euro_that_are_no_group(text: str, amounts: list) -> None:
    assert [m.amount_eur for m in find_money(text)] == amounts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "het budget wordt verhoogd met EUR 1.850.000 tot EUR 9.350.000.",
            [("EUR 1.850.000", 1_850_000, None), ("EUR 9.350.000", 9_350_000, None)],
        ),
        (
            "Het plafond is verhoogd met € 150 mln tot € 1.650 mln.",
            [("€ 150 mln", 150_000_000, None), ("€ 1.650 mln.", 1_650_000_000, None)],
        ),
        (
            "stijgt met ruim € 2 mln tot € 12 mln",
            [("€ 2 mln", 2_000_000, None), ("€ 12 mln", 12_000_000, None)],
        ),
        # after a verb of change, "van X tot Y" are the levels before and after it
        (
            "Het krediet wordt verhoogd van € 7,5 miljoen tot € 9,35 miljoen.",
            [("€ 7,5 miljoen", 7_500_000, None), ("€ 9,35 miljoen", 9_350_000, None)],
        ),
        # else "van X tot Y" stays a range, and so does a range sharing one unit after "met"
        ("kost van € 8 tot € 57", [("€ 8 tot € 57", 8, 57)]),
        ("stijgt met 5 tot 6 miljoen euro", [("5 tot 6 miljoen euro", 5_000_000, 6_000_000)]),
        # a line may end between any two of its words: a change and its level as on one line
        (
            "De uitgaven stijgen in 2026 met\n€ 4,1 miljard tot € 121,7 miljard, vooral door",
            [("€ 4,1 miljard", 4_100_000_000, None), ("€ 121,7 miljard", 121_700_000_000, None)],
        ),
        (
            "Het budget daalt met circa\n€ 4 mln tot € 96 mln.",
            [("€ 4 mln", 4_000_000, None), ("€ 96 mln.", 96_000_000, None)],
        ),
        (
            "De kosten lopen\nop van € 3 mln tot € 4 mln.",
            [("€ 3 mln", 3_000_000, None), ("€ 4 mln.", 4_000_000, None)],
        ),
        # near forms wrapped: no change before the line's end, or a range's mark after "met"
        ("De subsidie varieert van\n€ 8 tot € 57 per jaar.", [("€ 8 tot € 57", 8, 57)]),
        ("Het tarief stijgt met\n€ 14 à € 24 per jaar.", [("€ 14 à € 24", 14, 24)]),
        (
            "De bijdrage ligt tussen\n€ 4 mln en € 96 mln",
            [("€ 4 mln en € 96 mln", 4_000_000, 96_000_000)],
        ),
    ],
)
def test_a_change_by_x_to_y_is_two_amounts(text: str, expected: list) -> None:
    """A change and the level it reaches ("verhoogd met X tot Y") was stored as the range X-Y,
    losing the level Y as an amount: after "met" or a verb of change and "van", "X tot Y" is two
    amounts. A sentence wraps between any two words ("stijgen met⏎€ X tot € Y"): the line's
    end between "met" (or a verb of change and "van") and the first amount made it a range."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "met" of means or company, no change in its clause: a range
        (
            "Huishoudens met een laag inkomen worden gecompenseerd met\n€ 300 tot € 600 per jaar.",
            [("€ 300 tot € 600", 300, 600)],
        ),
        (
            "Een subsidie met € 5.000 tot € 50.000 per project is mogelijk.",
            [("€ 5.000 tot € 50.000", 5_000, 50_000)],
        ),
        # near forms: a verb of change in the clause, before "met" or after the amounts
        (
            "Het budget wordt met € 150 mln tot € 1.650 mln opgehoogd.",
            [("€ 150 mln", 150_000_000, None), ("€ 1.650 mln", 1_650_000_000, None)],
        ),
        (
            "De huurgrens wordt in 2026 met € 30 tot € 900 per maand verlaagd.",
            [("€ 30", 30, None), ("€ 900", 900, None)],
        ),
    ],
)
def test_met_x_tot_y_is_a_change_and_its_level_only_in_a_clause_of_change(
    text: str, expected: list
) -> None:
    """ "gecompenseerd met € 300 tot € 600 per jaar" and "een subsidie met € 5.000 tot € 50.000"
    were split into a change and its level: "met" of means or company joins a range's bounds;
    only a clause saying a change (a verb or noun of rising or falling before or after the
    amounts) makes "met X tot Y" a change and the level it reaches."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De uitgaven voor de regeling lopen op van € 3 mln tot € 4 mln.",
        "De kosten van het beheer liepen op van € 8 miljoen tot € 12,5 miljoen per jaar.",
        "De subsidie voor de regio neemt toe van € 40 miljoen tot € 55 miljoen.",
        "De bijdrage aan het fonds, oplopend van € 20 mln tot € 35 mln, komt uit de reserve.",
    ],
)
def test_a_rise_or_fall_from_x_to_y_told_by_a_verb_and_its_particle_is_two_levels(
    text: str,
) -> None:
    """A verb of change whose particle stands after it ("lopen op", "liepen op", "neemt
    toe") or an "oplopend" before "van X tot Y" says the levels a sum rises or falls between,
    two amounts (as after "stijgt van"), not one range of either value. It was stored as the
    range X-Y."""
    found = list(find_money(text))
    assert len(found) == 2
    assert all(m.amount_eur_max is None for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "De uitgaven aan de regeling liepen tussen 2015 en 2022 op van € 3,5 miljard tot € 5,9"
        " miljard.",
        "De bijdragen namen in de jaren daarna toe van € 12 mln tot € 19 mln.",
        "De kosten gingen door de inflatie omhoog van € 40 miljoen tot € 52 miljoen.",
    ],
)
def test_a_verb_of_change_and_its_particle_apart_before_from_x_to_y_are_two_levels(
    text: str,
) -> None:
    """Words between a verb of change and its particle ("liepen tussen 2015 en 2022 op van X
    tot Y", "namen in de jaren daarna toe van") say a rise or fall all the same: the levels
    before and after it are two amounts. It was stored as the range X-Y, the verb too far
    from "van"."""
    found = list(find_money(text))
    assert len(found) == 2
    assert all(m.amount_eur_max is None for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "De kosten per project lopen van € 3,5 miljoen tot € 5,9 miljoen.",
        "De kosten liepen op. Van € 3,5 miljoen tot € 5,9 miljoen is de raming.",
        "De tarieven lopen per gemeente uiteen van € 30 tot € 50 per jaar.",
        "De bijdrage ligt tussen € 3,5 miljoen en € 5,9 miljoen.",
    ],
)
def test_from_x_to_y_without_a_verb_of_change_and_its_particle_is_a_range(text: str) -> None:
    """ "lopen van X tot Y" without a particle, a particle in a sentence before it, "lopen
    uiteen van" (varying) and "tussen X en Y" stay one range."""
    found = list(find_money(text))
    assert len(found) == 1
    assert found[0].amount_eur_max is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause saying what the sum depends on, before the amounts or after them
        (
            "De lasten stijgen, afhankelijk van de grootte van het huishouden, met € 14,05 tot"
            " € 24,71 per jaar.",
            [("€ 14,05 tot € 24,71", 14.05, 24.71)],
        ),
        (
            "Het krediet stijgt met € 5 mln tot € 12 mln, afhankelijk van de aanbesteding.",
            [("€ 5 mln tot € 12 mln", 5_000_000, 12_000_000)],
        ),
        # after "met" a mark other than "tot" joins a range's bounds only
        (
            "Het tarief stijgt met € 14,05 à € 24,71 per jaar.",
            [("€ 14,05 à € 24,71", 14.05, 24.71)],
        ),
        ("Het budget daalt met € 3 mln – € 5 mln.", [("€ 3 mln – € 5 mln.", 3_000_000, 5_000_000)]),
    ],
)
def test_a_change_by_x_to_y_depending_on_something_or_not_joined_by_tot_is_a_range(
    text: str, expected: list[tuple[str, float, float]]
) -> None:
    """ "stijgen, afhankelijk van de grootte van het huishouden, met € 14,05 tot € 24,71 per
    jaar": a sum that depends on something varies between two bounds, one range, and "à" or
    a dash after "met" joins no change and its level; both were stored as two amounts."""
    assert [(q, float(a), float(b)) for q, a, b in _found(text)] == [
        (q, float(a), float(b)) for q, a, b in expected
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Het maximumbedrag stijgt in 2023 met € 356 tot € 1.711 per jaar.",
        # what it depends on said in another sentence, or in a word that is no clause of it
        "De lasten stijgen met € 14 tot € 24 per jaar. Dat is afhankelijk van het inkomen.",
        "Het inkomensafhankelijke deel stijgt met € 5 tot € 12.",
    ],
)
def test_a_change_by_x_to_y_in_a_sentence_saying_no_dependence_stays_two_amounts(
    text: str,
) -> None:
    """Only a clause of the amounts' own sentence saying what the sum depends on makes "met X
    tot Y" a range: elsewhere it stays a change and the level it reaches."""
    found = list(find_money(text))
    assert len(found) == 2
    assert all(m.amount_eur_max is None for m in found)


@pytest.mark.parametrize(
    "text",
    [
        # what depends is the change: the level it reaches many times over it
        "Afhankelijk van de raming daalt het budget in 2026 met € 4 mln tot € 96 mln.",
        "De bijdrage groeit, afhankelijk van de loonontwikkeling, met € 2 miljoen tot € 150 "
        "miljoen.",
    ],
)
def test_a_change_by_x_to_a_level_many_times_it_stays_two_amounts_whatever_it_depends_on(
    text: str,
) -> None:
    """ "Afhankelijk van de raming daalt het budget met € 4 mln tot € 96 mln": bounds a sum
    varies between stand near each other; a second amount many times the first is the level
    the change reaches, two amounts, though the sentence says what it depends on (it was one
    range)."""
    found = list(find_money(text))
    assert len(found) == 2
    assert all(m.amount_eur_max is None for m in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near form: bounds less than ten times apart, in a sentence saying what they depend on
        (
            "De afdracht stijgt met € 1,3 tot € 1,9 miljard per jaar, afhankelijk van de korting.",
            [("€ 1,3 tot € 1,9 miljard", 1_300_000_000, 1_900_000_000)],
        ),
        (
            "De lasten stijgen, afhankelijk van het inkomen, met € 10 tot € 90 per jaar.",
            [("€ 10 tot € 90", 10, 90)],
        ),
    ],
)
def test_a_change_by_x_to_y_near_each_other_depending_on_something_stays_a_range(
    text: str, expected: list[tuple[str, int, int]]
) -> None:
    """Near form of the level many times the change: bounds under ten times apart, where the
    sentence says what the sum depends on, stay one range."""
    assert [(q, float(a), float(b)) for q, a, b in _found(text)] == [
        (q, float(a), float(b)) for q, a, b in expected
    ]


def test_the_yen_sign_is_yen() -> None:
    """The yen sign before a figure ("¥1.300 biljoen", "¥ 5 miljard") is yen; such an amount was
    read bare, then as euros."""
    assert [(m.quote, m.currency) for m in find_money("Japan leent ¥ 5 miljard.")] == [
        ("¥ 5 miljard", "JPY")
    ]


@pytest.mark.parametrize(
    "quote", ["C$ 5 miljoen", "HK$ 2 miljoen", "R$ 4 miljoen", "CN¥ 4 miljard"]
)
def test_another_countrys_dollar_or_yen_is_refused_and_said(quote: str) -> None:
    """ "C$ 5 miljoen" (Canadian dollars) was stored as 5 million US dollars."""
    rejected: list[tuple[int, str]] = []
    assert list(find_money(f"Het land leent {quote} extra.", rejected)) == []
    assert [why for _, why in rejected if quote in why]
    assert [m.currency for m in find_money("Het land leent US$ 3 miljoen.")] == ["USD"]


@pytest.mark.parametrize(
    ("text", "quote", "amount"),
    [
        ("het wegvallen levert min 300 miljoen op", "min 300 miljoen", -300_000_000),
        ("Het saldo is Min 2,5 miljard euro.", "Min 2,5 miljard euro", -2_500_000_000),
        # "min." is minimaal (or minister), "admin" no sign
        ("een budget van min. 5 miljoen", "5 miljoen", 5_000_000),
        ("de admin 5 miljoen", "5 miljoen", 5_000_000),
    ],
)
def test_the_word_min_is_a_minus_sign(text: str, quote: str, amount: int) -> None:
    """ "min" before an amount ("levert min 300 miljoen op") is a minus sign; it was stored as
    plus."""
    (m,) = find_money(text)
    assert (m.quote, m.amount_eur) == (quote, amount)
    assert parse_quote(m.quote) == (amount, None)


@pytest.mark.parametrize(
    ("text", "quote", "amount"),
    [
        ("Het EMU-saldo is min € 300 mln in 2025.", "min € 300 mln", -300_000_000),
        ("Het saldo bedraagt minus € 1,2 mld.", "minus € 1,2 mld.", -1_200_000_000),
        ("Het saldo komt uit op minus 1,2 miljard euro.", "minus 1,2 miljard euro", -1_200_000_000),
        ("De mutatie bedraagt –/– € 5 mln.", "–/– € 5 mln.", -5_000_000),
        ("De bijstelling is € –/– 5 mln.", "€ –/– 5 mln.", -5_000_000),
        ("Het saldo: –/– 40 miljoen euro.", "–/– 40 miljoen euro", -40_000_000),
        ("De bijstelling is -/- 40 miljoen euro.", "-/- 40 miljoen euro", -40_000_000),
        # "plus minus" and "plus of min" say about, no sign
        ("De kosten zijn plus minus € 5 mln.", "€ 5 mln.", 5_000_000),
        ("De kosten zijn plus of min 300 miljoen.", "300 miljoen", 300_000_000),
    ],
)
def test_a_sign_word_or_the_accountants_minus_before_the_currency_sign_is_kept(
    text: str, quote: str, amount: int
) -> None:
    """ "min € 300 mln" was stored as plus 300 million with "min" in its quote; "minus" and
    the accountants' minus printed with en dashes ("–/–") were lost."""
    (m,) = find_money(text)
    assert (m.quote, m.amount_eur) == (quote, amount)
    assert parse_quote(m.quote) == (amount, None)
    assert read_money(m.quote).value == amount


@pytest.mark.parametrize(
    ("text", "quote", "amount"),
    [
        # justified text: the spaces of a line set flush at both margins between sign, word
        # and figure
        (
            "instellingen krijgen  een  mutatie  van  min  €  12  miljoen  op  hun  bijdrage.",
            "min  €  12  miljoen",
            -12_000_000,
        ),
        # spoken, a number in words
        (
            "Het saldo bij de woningcorporaties is min zevenhonderd miljoen, omdat de heffing",
            "min zevenhonderd miljoen",
            -700_000_000,
        ),
        (
            "Het tekort komt uit op minus zeventien komma vier miljard.",
            "minus zeventien komma vier miljard",
            -17_400_000_000,
        ),
        # "min of meer" and "plus min" say about, no sign, in words as in figures
        ("Het kost min of meer twee miljard.", "twee miljard", 2_000_000_000),
        ("Het kost plus min twee miljard.", "twee miljard", 2_000_000_000),
    ],
)
def test_the_word_min_signs_a_spaced_figure_and_a_number_in_words(
    text: str, quote: str, amount: int
) -> None:
    """ "min" signs an amount spaced out in justified text ("min € 12 miljoen") and a number in
    words ("min zevenhonderd miljoen"): both were stored as plus, the word read only one space
    before the sign and never before a number in words."""
    (m,) = find_money(text)
    assert (m.quote, m.amount_eur) == (quote, amount)
    assert parse_quote(m.quote) == (amount, None)
    assert read_money(m.quote).value == amount


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "Het meerjarenperspectief laat voor 2026 een nadelig saldo zien van € 154.000-. In "
            "2027 sluit de begroting met een overschot van € 312.000.",
            [("€ 154.000-", -154_000), ("€ 312.000", 312_000)],
        ),
        ("Het saldo van € 80.250- in 2027 wordt gedekt.", [("€ 80.250-", -80_250)]),
        # a dash joining a compound or a range, or an elided compound, is no minus
        ("De € 1.000-grens blijft.", [("€ 1.000", 1_000)]),
        ("Het gaat om € 10- en € 20-biljetten.", [("€ 10", 10), ("€ 20", 20)]),
        ("Het saldo is € 1.000,- per jaar.", [("€ 1.000,-", 1_000)]),
    ],
)
def test_a_minus_glued_after_the_figures_signs_them(
    text: str, quotes: list[tuple[str, int]]
) -> None:
    """A minus glued after the figures ("een nadelig saldo van € 154.000-", as accounts print
    negatives) signs them: it was stored as plus, its trailing minus left out of the quote."""
    assert [(m.quote, m.amount_eur) for m in find_money(text)] == quotes
    for quote, amount in quotes:
        assert parse_quote(quote) == (amount, None)
        assert read_money(quote).value == amount


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a compound wrapped at its hyphen over a line's end
        (
            "Met ingang van 2026 verdwijnt de € 1.000-\ngrens voor giften aan goede doelen.",
            [("€ 1.000", 1_000)],
        ),
        ("Het kabinet voert een € 15-\r\nbijdrage per recept in.", [("€ 15", 15)]),
        # the first of a list of compounds cut short
        (
            "De € 10-, € 20- en € 50-biljetten worden vervangen.",
            [("€ 10", 10), ("€ 20", 20), ("€ 50", 50)],
        ),
        # a minus at a line's end before a figure or a sentence's stop still signs
        ("Het saldo bedraagt € 154.000-.\nDat wordt gedekt.", [("€ 154.000-", -154_000)]),
    ],
)
def test_a_hyphen_of_a_compound_wrapped_or_listed_is_no_minus(
    text: str, quotes: list[tuple[str, int]]
) -> None:
    """A dash glued after the figures at a line's end, the next line opening on a word,
    joins a compound the line wrapped ("de € 1.000-" / "grens"), and one before a comma
    and another such figure opens a list of compounds cut short ("€ 10-, € 20- en €
    50-biljetten"): they were stored as minus (-1.000, -10)."""
    assert [(m.quote, m.amount_eur) for m in find_money(text)] == quotes


@pytest.mark.parametrize(
    ("text", "quote", "amount", "currency"),
    [
        ("Eerder haalde het fonds al EUR12m op.", "EUR12m", 12_000_000, "EUR"),
        ("Het fonds haalde USD5m op.", "USD5m", 5_000_000, "USD"),
        ("Er is EUR12 miljoen opgehaald.", "EUR12 miljoen", 12_000_000, "EUR"),
    ],
)
def test_a_code_glued_to_the_figures_signs_them(
    text: str, quote: str, amount: int, currency: str
) -> None:
    """ "EUR12m" (as news prints "€12m") was lost without a word: the figure glued to the
    code read as no number."""
    (m,) = find_money(text)
    assert (m.quote, m.amount_eur, m.currency) == (quote, amount, currency)
    assert read_money(m.quote).value == amount


def test_a_figure_glued_to_another_word_is_still_no_number() -> None:
    assert list(find_money("de monitor6 miljoen keer")) == []
    assert list(find_money("XEUR12m op")) == []


def test_a_capital_k_after_a_signed_figure_is_thousands() -> None:
    """ "€ 45 K" (as finance prints "€ 45K") was refused; a spaced "k" or "m" (kilo? metre?)
    still is, and said."""
    (m,) = find_money("De kosten van de accountant bedroegen € 45 K.")
    assert (m.quote, m.amount_eur, m.scale) == ("€ 45 K", 45_000, "duizend")
    assert read_money(m.quote).value == 45_000
    rejected: list[tuple[int, str]] = []
    assert list(find_money("Het kost € 45 k extra en € 5 m meer.", rejected)) == []
    assert len(rejected) == 2


@pytest.mark.parametrize(
    "text", ["Kenmerk 2025-0000123456 miljoen", "dossier 012 miljard euro", "Het nummer 0123 mln."]
)
def test_a_figure_with_a_leading_zero_is_a_code(text: str) -> None:
    """A kenmerk's or dossier's number before a scale word was stored as billions."""
    rejected: list[tuple[int, str]] = []
    assert list(find_money(text, rejected)) == []
    assert [why for _, why in rejected if "leading zero" in why]
    assert [m.amount_eur for m in find_money("Het kost € 0,5 mln.")] == [500_000]


@pytest.mark.parametrize(
    "text", ["Ons kenmerk 33344211\nmln. voor de uitvoering", "zaak 2025481516 miljard euro"]
)
def test_a_long_figure_without_groups_before_a_scale_word_is_a_code(text: str) -> None:
    """A letter's reference number, seven digits or more printed without groups, before a
    scale word on the next line was stored as € 33 trillion: no count of millions is
    printed so."""
    rejected: list[tuple[int, str]] = []
    assert list(find_money(text, rejected)) == []
    assert [why for _, why in rejected if "reference" in why]
    assert [m.amount_eur for m in find_money("Het kost 1250 miljoen euro.")] == [1_250_000_000]
    assert [m.amount_eur for m in find_money("Het kost € 1.234.567.")] == [1_234_567]


def test_euros_in_the_plural_are_euros() -> None:
    """ "1.5 billion euros" after a dollar amount took the dollar's currency."""
    text = "US$ 1.2 billion, and 1.5 billion euros; it costs 500 euros per head."
    assert [(m.quote, m.currency) for m in find_money(text)] == [
        ("US$ 1.2 billion", "USD"),
        ("1.5 billion euros", "EUR"),
        ("500 euros", "EUR"),
    ]


def test_the_unit_a_rate_buys_is_no_amount() -> None:
    """An exchange rate "ƒ X voor 1 euro": the rate's value is kept in its own currency, and the
    one unit of the other currency it buys is no amount ("1 euro" was stored as € 1)."""
    rejected: list[tuple[int, str]] = []
    text = "de koers werd ƒ 2,20371 voor 1 euro. Het kost € 5 per 1 euro omzet."
    found = [(m.quote, m.currency) for m in find_money(text, rejected)]
    assert found == [("ƒ 2,20371", "NLG"), ("€ 5", "EUR"), ("1 euro", "EUR")]
    assert [why for _, why in rejected if "'1 euro'" in why and "rate" in why]


@pytest.mark.parametrize(
    ("text", "quote", "amount"),
    [
        ("Daarvan is inmiddels 300 mil-\njoen euro toegekend.", "300 mil-\njoen euro", 300_000_000),
        ("en € 1,2 mil-\njard voor X", "€ 1,2 mil-\njard", 1_200_000_000),
        ("een tekort van 5 mil\xad\njoen", "5 mil\xad\njoen", 5_000_000),
    ],
)
def test_a_scale_word_broken_at_a_lines_end_is_the_word(text: str, quote: str, amount) -> None:
    """A scale word a PDF's text layer breaks with a hyphen at a line's end ("300 mil-⏎joen
    euro") is the word: the amount was lost."""
    (m,) = find_money(text)
    assert (m.quote, m.amount_eur) == (quote, amount)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("De uitgaven stijgen met € 1¼ mld.", 1_250_000_000),
        ("Dat kost € 2¾ mld extra.", 2_750_000_000),
        ("Het gaat om € 4½ mld.", 4_500_000_000),
        ("ruim 1¼ mld euro voor defensie", 1_250_000_000),
    ],
)
def test_a_quarter_or_three_quarters_after_the_figures(text: str, amount: int) -> None:
    """CPB prints "€ 1¼ mld": it was stored as € 1 mld (a quarter billion lost)."""
    (found,) = find_money(text)
    assert found.amount_eur == amount
    assert read_money(found.quote).value == amount  # the strict reader agrees


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("als gemeenten samen € ½ miljard tekortkomen", [("€ ½ miljard", 500_000_000)]),
        ("Defensie krijgt € ¾ mld. extra", [("€ ¾ mld.", 750_000_000)]),
        ("een korting van € ¼ miljoen", [("€ ¼ miljoen", 250_000)]),
        # a fraction without a scale word after it, or after a spaced figure: no amount
        ("een korting van € ½ per liter", []),
        ("een tekort van € 3 ½ miljard", []),
    ],
)
def test_a_fraction_sign_alone_in_place_of_the_figure(
    text: str, found: list[tuple[str, int]]
) -> None:
    """ "€ ½ miljard" was lost: a fraction sign alone before a scale word is the number,
    as "€ 2½ miljard" is two and a half."""
    assert [(m.quote, m.amount_eur) for m in find_money(text)] == found
    for m in find_money(text):
        assert read_money(m.quote).value == m.amount_eur  # the strict reader agrees


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # without a sign, before a scale word and a currency word
        ("De lastenverlichting loopt terug tot ¾ mld euro in 2027.", [("¾ mld euro", 75e7, None)]),
        # the lower bound of a range whose scale the upper bound prints
        (
            "Een tegenvaller van ½ à 1 mld euro per jaar is niet uitgesloten.",
            [("½ à 1 mld euro", 5e8, 1e9)],
        ),
        ("De korting bedraagt € ¼ à € 1 mln.", [("€ ¼ à € 1 mln.", 25e4, 1e6)]),
        # no scale after the upper bound: no amount in the fraction
        ("een korting van € ½ à 1 per liter", []),
        # two fractions: the upper bound alone is no amount
        ("De lasten stijgen met ¼ à ½ mld euro.", []),
    ],
)
def test_a_fraction_sign_alone_without_a_sign_or_as_a_range_s_lower_bound(
    text: str, found: list[tuple[str, float, float | None]]
) -> None:
    """ "tot ¾ mld euro" was lost, and "½ à 1 mld euro" stored as 1 mld: a fraction sign
    alone is the number before a scale word without a currency sign too, and a range's
    lower bound before a range mark and an upper bound that prints the scale."""
    got = [(m.quote, m.amount_eur, m.amount_eur_max) for m in find_money(text)]
    assert got == found
    for m in find_money(text):
        money = read_money(m.quote)  # the strict reader agrees
        assert (money.value, money.maximum) == (m.amount_eur, m.amount_eur_max)


@pytest.mark.parametrize(
    ("text", "quote", "low", "high"),
    [
        (
            "Het saldo van de decentrale overheden is −6 à −7 mld euro.",
            "−6 à −7 mld euro",
            -7_000_000_000,
            -6_000_000_000,
        ),
        (
            "Het tekort loopt op naar € −6 à −7 mld.",
            "€ −6 à −7 mld.",
            -7_000_000_000,
            -6_000_000_000,
        ),
        ("Het saldo was –5 tot –3 miljoen euro.", "–5 tot –3 miljoen euro", -5_000_000, -3_000_000),
        # a dash as the range's mark, apart from the upper bound's minus after it
        ("Het saldo was -5 - -3 miljoen euro.", "-5 - -3 miljoen euro", -5_000_000, -3_000_000),
        ("Het saldo was −6 – − 7 mld euro.", "−6 – − 7 mld euro", -7_000_000_000, -6_000_000_000),
    ],
)
def test_a_range_of_two_negative_bounds_is_one_range(
    text: str, quote: str, low: int, high: int
) -> None:
    """ "−6 à −7 mld euro" was read as −7 mld alone: the upper bound's minus was no part of a
    range. A range of deficits printed by their size ("−6 à −7") runs from the larger deficit."""
    (found,) = find_money(text)
    assert (found.quote, found.amount_eur, found.amount_eur_max) == (quote, low, high)
    money = read_money(found.quote)
    assert (money.value, money.maximum) == (low, high)


@pytest.mark.parametrize("text", ["Het saldo is 6 à −7 mld euro.", "Het saldo is 6 - -7 mld euro."])
def test_a_range_from_a_surplus_to_a_deficit_printed_backwards_is_none(text: str) -> None:
    """ "5 - - 300 miljoen euro" was stored as 5 to 300 million: the upper bound's minus after
    a dash as the range's mark was dropped. A range that runs backwards is none."""
    (found,) = find_money(text)
    assert (found.quote, found.amount_eur, found.amount_eur_max) == (
        "-7 mld euro" if "- -" in text else "−7 mld euro",
        -7_000_000_000,
        None,
    )


def test_a_dash_between_bounds_is_a_range_mark_not_a_sign() -> None:
    """The near form: one dash between two bounds marks the range, no bound's sign."""
    (found,) = find_money("Het kost 5 - 300 miljoen euro.")
    assert (found.amount_eur, found.amount_eur_max) == (5_000_000, 300_000_000)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("De kosten zijn € 2,4 tot en met € 2,7 miljard.", 2_400_000_000, 2_700_000_000),
        ("Tussen € 40 t/m € 60 mln per jaar.", 40_000_000, 60_000_000),
        ("Het gaat om 300 t/m 400 miljoen euro.", 300_000_000, 400_000_000),
        ("Het gaat om 300 tot en met 400 miljoen euro.", 300_000_000, 400_000_000),
    ],
)
def test_tot_en_met_and_t_m_make_a_range(text: str, low: int, high: int) -> None:
    """ "€ 2,4 tot en met € 2,7 miljard" was stored as € 2,40 and € 2,7 mld; "300 t/m 400
    miljoen euro" was refused: "tot en met" and "t/m" join a range as "tot" does."""
    (found,) = find_money(text)
    assert (found.amount_eur, found.amount_eur_max) == (low, high)
    money = read_money(found.quote)
    assert (money.value, money.maximum) == (low, high)


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Dat kost 4 x € 25 miljoen en 2 × € 1,5 miljard.", ["€ 25 miljoen", "€ 1,5 miljard"]),
        ("(bedragen x € 1.000)", []),
        ("Bedragen x € 1 mln; lopende prijzen", []),
        ("(x € 1 000)", []),
    ],
)
def test_a_count_times_an_amount_is_no_scale_note(text: str, quotes: list[str]) -> None:
    """ "4 x € 25 miljoen" was refused as a table's scale note ("x € 1.000"): only a figure
    of one, a thousand or a million after "x €" declares a unit."""
    assert [m.quote for m in find_money(text)] == quotes


def test_a_soft_hyphen_inside_a_scale_word_on_one_line_is_the_word() -> None:
    """HTML's "&shy;" ("mil\xadjoen", invisible in a browser): the amounts were refused."""
    text = "Er gaat € 300 mil\xadjoen naar X en 2,3 mil\xadjard euro naar Y."
    found = [(m.quote, m.amount_eur) for m in find_money(text)]
    assert found == [("€ 300 mil\xadjoen", 300_000_000), ("2,3 mil\xadjard euro", 2_300_000_000)]
    assert [read_money(q).value for q, _ in found] == [300_000_000, 2_300_000_000]


def test_a_currency_word_before_a_figure_is_that_figures() -> None:
    """ "in 2005 euro 45 miljoen" (prices of 2005) stored the year as € 2.005."""
    found = [(m.quote, m.amount_eur) for m in find_money("in 2005 euro 45 miljoen voor X")]
    assert found == [("euro 45 miljoen", 45_000_000)]
    assert [m.quote for m in find_money("45 miljoen euro 2024, 2024 euro per inwoner")] == [
        "45 miljoen euro",
        "2024 euro",
    ]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("De bijdrage is NAf. 37,4 mln. en Naf 2 mln.", ["NAf. 37,4 mln.", "Naf 2 mln."]),
        ("Aruba krijgt Afl. 1,2 miljard, Curaçao Cg 310 miljoen.",
         ["Afl. 1,2 miljard", "Cg 310 miljoen"]),
        ("Er is 300 mil-\njoen euro en 5 mil\xadjard euro.",
         ["300 mil-\njoen euro", "5 mil\xadjard euro"]),
    ],
)  # fmt: skip
def test_marks_and_broken_scale_words_found_from_their_rare_character(
    text: str, quotes: list[str]
) -> None:
    """The guilder and florin marks are found from their capital, a scale word broken at a
    line's end from its hyphen (soft or not): each still read as the amount it prints."""
    assert [m.quote for m in find_money(text)] == quotes


@pytest.mark.parametrize(
    ("text", "quote", "low", "high"),
    [
        (
            "de scholen rekenen ons voor dat zij zes- à zevenhonderd miljoen tekortkomen.",
            "zes- à zevenhonderd miljoen",
            600_000_000,
            700_000_000,
        ),
        (
            "de zorguitgaven stijgen elk jaar met twee- tot driehonderd miljoen meer dan geraamd.",
            "twee- tot driehonderd miljoen",
            200_000_000,
            300_000_000,
        ),
        ("Dat kost twee à drie miljard euro.", "twee à drie miljard euro", 2 * 10**9, 3 * 10**9),
        # before thousands and "euro", no scale word: the cut word shares the tail
        (
            "De kosten worden geschat op twee- à driehonderdduizend euro.",
            "twee- à driehonderdduizend euro",
            200_000,
            300_000,
        ),
        (
            "Een plaats kost vijf-, zesduizend euro per jaar.",
            "vijf-, zesduizend euro",
            5_000,
            6_000,
        ),
        # the spoken record's comma for "of" after the cut word: "zes-, zevenhonderd"
        (
            "De schade wordt geraamd op zes-, zevenhonderd miljoen euro per jaar.",
            "zes-, zevenhonderd miljoen euro",
            600_000_000,
            700_000_000,
        ),
    ],
)
def test_a_range_in_words_keeps_its_lower_bound(text: str, quote: str, low: int, high: int) -> None:
    """A range in words ("twee à drie miljard"), its lower bound's number word cut short and
    sharing the upper one's "honderd" or not ("zes- à zevenhonderd miljoen", "zes-,
    zevenhonderd": the comma after the cut word says "or" as the range mark does), was stored as
    its upper bound alone."""
    (found,) = find_money(text)
    assert (found.quote, found.amount_eur, found.amount_eur_max) == (quote, low, high)
    assert parse_quote(found.quote) == (low, high)
    money = read_money(found.quote)
    assert (money.value, money.maximum) == (low, high)


@pytest.mark.parametrize(
    ("text", "quote", "low", "high"),
    [
        (
            "Het CPB raamt de kosten tussen twee en drie miljard euro per jaar.",
            "twee en drie miljard euro",
            2 * 10**9,
            3 * 10**9,
        ),
        (
            "De tekorten van de scholen liggen tussen de vijf- en zeshonderd miljoen euro.",
            "vijf- en zeshonderd miljoen euro",
            500_000_000,
            600_000_000,
        ),
        (
            "Een plaats kost volgens de branche tussen vijf- en zesduizend euro per jaar.",
            "vijf- en zesduizend euro",
            5_000,
            6_000,
        ),
    ],
)
def test_a_range_in_words_after_tussen_keeps_its_lower_bound(
    text: str, quote: str, low: int, high: int
) -> None:
    """A range in words after "tussen", "en" its mark ("tussen twee en drie miljard euro"),
    was stored as its upper bound alone (3 mld), where the same range in figures ("tussen 2
    en 3 miljard") is read whole; without "tussen" the words may be a list and stay as they
    were."""
    (found,) = find_money(text)
    assert (found.quote, found.amount_eur, found.amount_eur_max) == (quote, low, high)
    assert parse_quote(found.quote) == (low, high)
    money = read_money(found.quote)
    assert (money.value, money.maximum) == (low, high)
    (alone,) = find_money("Het kost twee en drie miljard euro.")
    assert (alone.quote, alone.amount_eur_max) == ("drie miljard euro", None)


@pytest.mark.parametrize(
    ("text", "quote", "low", "high"),
    [
        (
            "Het CPB verwacht dat de uitgaven aan het fonds vanaf 2027 uitkomen op twee\n"
            "à drie miljard euro per jaar.",
            "twee\nà drie miljard euro",
            2 * 10**9,
            3 * 10**9,
        ),
        (
            "Volgens de sectorraad komen de scholen jaarlijks zes- à\nzevenhonderd miljoen tekort.",
            "zes- à\nzevenhonderd miljoen",
            600_000_000,
            700_000_000,
        ),
        (
            "De kosten van de pilot worden geschat op twee-\nà driehonderdduizend euro.",
            "twee-\nà driehonderdduizend euro",
            200_000,
            300_000,
        ),
        (
            "De schade wordt door de minister geraamd op zes-,\nzevenhonderd miljoen euro.",
            "zes-,\nzevenhonderd miljoen euro",
            600_000_000,
            700_000_000,
        ),
        (
            "   De zorguitgaven stijgen daardoor met twee tot\n   drie miljard euro.",
            "twee tot\n   drie miljard euro",
            2 * 10**9,
            3 * 10**9,
        ),
    ],
)
def test_a_range_in_words_wrapped_at_a_line_end_keeps_its_lower_bound(
    text: str, quote: str, low: int, high: int
) -> None:
    """A range in words whose line wraps before or after its mark ("twee⏎à drie miljard euro")
    was stored as its upper bound alone (3 mld for a range of 2 to 3), as the same range on one
    line is not; a cut lower bound wrapped after its hyphen ("zes-⏎à zevenhonderd") was read as
    a number word of its own."""
    (found,) = find_money(text)
    assert (found.quote, found.amount_eur, found.amount_eur_max) == (quote, low, high)
    assert parse_quote(found.quote) == (low, high)
    money = read_money(found.quote)
    assert (money.value, money.maximum) == (low, high)


@pytest.mark.parametrize(
    "text",
    [
        "Het gaat oplopend tot vierhonderdvijftig miljoen.",  # no number before the mark
        "Het gaat om vier à drie miljard.",  # backwards: no range
    ],
)
def test_a_word_before_a_range_mark_that_is_no_lower_bound_is_left(text: str) -> None:
    """A range in words needs a number word below the upper bound before its mark."""
    (found,) = find_money(text)
    assert found.amount_eur_max is None
    assert found.quote.split()[0] in ("vierhonderdvijftig", "drie")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("De private middelen bedragen € 800 mln tot € 1 mld per jaar.", 8 * 10**8, 10**9),
        ("Het gaat om € 500 duizend à € 1,2 mln.", 500_000, 1_200_000),
    ],
)
def test_a_signed_range_may_print_a_scale_word_at_each_bound(
    text: str, low: int, high: int
) -> None:
    """A signed range whose bounds each print their own scale word ("€ 800 mln tot € 1 mld") was
    stored as two amounts, a range being joined only where both bounds print one scale."""
    (found,) = find_money(text)
    assert (found.amount_eur, found.amount_eur_max) == (low, high)
    money = read_money(found.quote)
    assert (money.value, money.maximum) == (low, high)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a change and the level reached
        (
            "De raming is verhoogd met € 150 mln tot € 1,6 mld.",
            [("€ 150 mln", 150_000_000), ("€ 1,6 mld.", 1_600_000_000)],
        ),
        # backwards
        ("Het gaat om € 1 mld tot € 800 mln.", [("€ 1 mld", 10**9), ("€ 800 mln.", 8 * 10**8)]),
        # a scale at one bound says nothing of the other's
        ("Het gaat om € 5 mln tot € 57.", [("€ 5 mln", 5_000_000), ("€ 57", 57)]),
    ],
)
def test_two_signed_amounts_over_two_scales_that_are_no_range_stay_two(
    text: str, found: list[tuple[str, int]]
) -> None:
    """Each its own amount, read in its own scale, no upper bound (two of anything passed)."""
    amounts = list(find_money(text))
    assert [(m.quote, m.amount_eur) for m in amounts] == found
    assert all(m.amount_eur_max is None for m in amounts)


@pytest.mark.parametrize(
    ("text", "quote", "amount", "currency"),
    [
        (
            "De provincies maken zich zorgen over de 1,5-miljardbezuiniging op het fonds.",
            "1,5-miljard",
            1_500_000_000,
            None,
        ),
        (
            "Tegelijk verdwijnt het 300-miljoenpakket voor het regionaal openbaar vervoer.",
            "300-miljoen",
            300_000_000,
            None,
        ),
        ("Het 300 miljoen-pakket verdwijnt.", "300 miljoen", 300_000_000, None),
        # after a euro sign: never the figure alone (it was stored as € 300)
        ("Het € 300-miljoenpakket verdwijnt.", "€ 300-miljoen", 300_000_000, "EUR"),
        # any money noun heads such a compound, as it names money after an amount
        ("De 2-miljardschuld van het fonds wordt afgelost.", "2-miljard", 2_000_000_000, None),
        ("De 15-miljoenopbrengst van de veiling valt mee.", "15-miljoen", 15_000_000, None),
    ],
)
def test_an_amount_inside_a_compound_noun_of_money(
    text: str, quote: str, amount: int, currency: str | None
) -> None:
    """A figure and its scale word joined by a hyphen inside a compound whose head is a sum of
    money ("de 1,5-miljardbezuiniging", "het 300-miljoenpakket") are an amount: they were missed
    (and "het € 300-miljoenpakket" stored as € 300)."""
    (found,) = find_money(text)
    assert (found.quote, found.amount_eur, found.currency) == (quote, amount, currency)
    assert not found.bare  # the head says money
    assert parse_quote(found.quote) == (amount, None)
    assert read_money(found.quote).value == amount


@pytest.mark.parametrize(
    "text",
    [
        "Zij verwelkomen de 17-miljoenste inwoner.",  # an ordinal
        "Het 1-miljoenbanenplan is gestart.",  # the head counts jobs
        "Het was een 2-miljardenoperatie.",  # a plural: no figure's scale word
    ],
)
def test_a_compound_whose_head_is_no_money_holds_no_amount(text: str) -> None:
    assert list(find_money(text)) == []


@pytest.mark.parametrize(
    ("text", "quote", "amount"),
    [
        ("Die kwart miljard wordt verdeeld over 650 scholen.", "kwart miljard", 250_000_000),
        ("Met de halve miljard van het fonds.", "halve miljard", 500_000_000),
        ("Het kost ruim een half miljoen.", "een half miljoen", 500_000),
        # a headline's "half" without its "een", after any word
        ("Gemeente trekt half miljoen uit voor speeltuinen", "half miljoen", 500_000),
    ],
)
def test_a_fraction_word_alone_before_a_scale_word_is_the_number(
    text: str, quote: str, amount: int
) -> None:
    """A fraction word alone before a scale word, without "een" (after a demonstrative: "Die
    kwart miljard"; in a headline: "trekt half miljard uit"), is the number: it was missed."""
    (found,) = find_money(text)
    assert (found.quote, found.amount_eur) == (quote, amount)
    assert read_money(found.quote).value == amount


def test_a_vague_word_before_a_fraction_word_leaves_it() -> None:
    assert list(find_money("Het gaat om een paar kwart miljard.")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Het kabinet trekt drie kwart miljard uit voor de zorg.",  # driekwart: 0,75, not 0,25
        "Elke gemeente krijgt per kwart miljard aan uitkering een eigen bijdrage.",
        "Elke gemeente krijgt per half miljard aan uitkering een eigen bijdrage.",
        "Het gaat om een paar half miljoen.",
        "Het kabinet trekt drie half miljard uit.",
    ],
)
def test_a_fraction_word_after_a_number_or_another_word_is_not_the_number(text: str) -> None:
    """A fraction word alone is the number only after an article or a demonstrative ("die
    kwart miljard"): "drie kwart miljard" was stored as a quarter billion (the number word
    before it makes three quarters), "per kwart miljard" as an amount of its own."""
    assert list(find_money(text)) == []


def test_the_word_euro_after_a_scale_word_is_a_unit_not_a_sign() -> None:
    """A table's row printed as a line of text, its label ending in its unit ("Uitgaven in
    miljoen euro 1.250 1.300 1.400"): "euro" is the unit of a scale word before it, no sign
    of the figures after it. They were stored as € 1.250 and, three figures joined over
    their spaces, € 250.300.400."""
    text = (
        "Tabel 1 Kerncijfers\n\nUitgaven in miljoen euro 1.250 1.300 1.400\n"
        "Ontvangsten in miljoen euro 250 300 400\n"
    )
    assert list(find_money(text)) == []
    assert [m.quote for m in find_money("Er is in 2005 euro 45 miljoen beschikbaar.")] == [
        "euro 45 miljoen"
    ]


@pytest.mark.parametrize(
    ("text", "quote", "amount", "currency"),
    [
        (
            "Zwitserland trekt CHF 450'000'000 uit (circa € 390 miljoen).",
            "CHF 450'000'000",
            450_000_000,
            "CHF",
        ),
        ("De bijdrage is € 1’250’000 per jaar.", "€ 1’250’000", 1_250_000, "EUR"),
    ],
)
def test_apostrophes_between_groups_of_three_are_swiss_thousands(
    text: str, quote: str, amount: int, currency: str
) -> None:
    """Apostrophes between groups of three are Swiss thousands ("CHF 450'000'000"): it was
    stored as CHF 450."""
    (found, *_) = find_money(text)
    assert (found.quote, found.amount_eur, found.currency) == (quote, amount, currency)
    assert parse_quote(found.quote) == (amount, None)
    if currency == "EUR":
        assert read_money(found.quote).value == amount


def test_an_apostrophe_before_a_year_or_a_count_makes_no_amount() -> None:
    assert [m.quote for m in find_money("In de jaren '90 kostte het € 5 mln.")] == ["€ 5 mln."]


@pytest.mark.parametrize(
    ("text", "quote", "low", "high"),
    [
        (
            "de tijdelijke huisvesting (€ 20 á 25 duizend per maand) komt ten laste van",
            "€ 20 á 25 duizend",
            20_000,
            25_000,
        ),
        (
            "De kosten bedragen 3 á 4 miljoen euro per jaar.",
            "3 á 4 miljoen euro",
            3_000_000,
            4_000_000,
        ),
        ("een tekort van € 1,5 á € 2 mld.", "€ 1,5 á € 2 mld.", 1_500_000_000, 2_000_000_000),
        (
            "Dat kost twee á drie miljard euro.",
            "twee á drie miljard euro",
            2_000_000_000,
            3_000_000_000,
        ),
    ],
)
def test_a_range_typed_with_the_wrong_accent_is_a_range(
    text: str, quote: str, low: int, high: int
) -> None:
    """'á' for 'à' between two numbers: the range, not its lower bound alone in units."""
    assert _found(text) == [(quote, low, high)]
    money = read_money(quote)  # the strict reader agrees
    assert (money.value, money.maximum) == (low, high)


@pytest.mark.parametrize(
    ("text", "quote", "amount"),
    [
        (
            "Het kabinet stelt hiervoor in totaal twee-\n"
            "                    honderdvijftig miljoen euro beschikbaar.",
            "twee-\n                    honderdvijftig miljoen euro",
            250_000_000,
        ),
        (
            "De onderuitputting bedroeg daarmee ruim drie-\nhonderd miljoen euro.",
            "drie-\nhonderd miljoen euro",
            300_000_000,
        ),
        (
            "De gemeente ontvangt een bijdrage van vijf-\nhonderdduizend euro.",
            "vijf-\nhonderdduizend euro",
            500_000,
        ),
    ],
)
def test_a_number_word_wrapped_at_a_hyphen_is_one_word(text: str, quote: str, amount: int) -> None:
    """A PDF's text wraps a number word at a hyphen: the head on one line is part of it."""
    assert _found(text) == [(quote, amount, None)]
    assert read_money(quote).value == amount  # the strict reader agrees


def test_a_range_cut_short_is_no_wrapped_word() -> None:
    """'twee- tot driehonderd': the hyphen shortens a range's first end, here and wrapped."""
    assert _found("Dat kost twee- tot driehonderd miljoen.") == [
        ("twee- tot driehonderd miljoen", 200_000_000, 300_000_000)
    ]
    assert read_money("zes-\nà zevenhonderd miljoen euro").maximum == 700_000_000


@pytest.mark.parametrize(
    ("text", "quote", "amount", "currency"),
    [
        (
            "Het Nederlandse quotum stijgt met 50 procent naar SDR 13,1 miljard, omgerekend "
            "ruim 16 miljard euro.",
            "SDR 13,1 miljard",
            13_100_000_000,
            "XDR",
        ),
        (
            "China kondigde een kredietlijn van 50 miljard yuan aan voor Afrikaanse landen.",
            "50 miljard yuan",
            50_000_000_000,
            "CNY",
        ),
        (
            "Polen stelt 4,5 miljard zloty (PLN) beschikbaar voor de wederopbouw.",
            "4,5 miljard zloty",
            4_500_000_000,
            "PLN",
        ),
        ("De lening bedraagt 2 miljard renminbi.", "2 miljard renminbi", 2_000_000_000, "CNY"),
        ("Polen leent PLN 3,2 mld.", "PLN 3,2 mld.", 3_200_000_000, "PLN"),
    ],
)
def test_special_drawing_rights_yuan_and_zloty_keep_their_currency(
    text: str, quote: str, amount: int, currency: str
) -> None:
    """The IMF's unit (XDR), the renminbi (CNY) and the zloty (PLN) are read by their code, mark
    or name, never as euros: "SDR 13,1 miljard" was stored as euros, "50 miljard yuan" and "4,5
    miljard zloty" were refused."""
    (found, *_) = find_money(text)
    assert (found.quote, found.amount_eur, found.currency) == (quote, amount, currency)
    assert currency_of(found.quote) == currency
    money = read_money(found.quote)
    assert (money.value, money.currency) == (amount, currency)


@pytest.mark.parametrize(
    ("text", "quote", "amount"),
    [
        (
            "Het kabinet trekt 600 miljoen gulden uit. Een gezin met een modaal inkomen gaat er "
            "volgend jaar gemiddeld fl. 250 op vooruit.",
            "fl. 250",
            250,
        ),
        (
            "Zalm houdt ƒ 4,5 miljard over. Het grootste deel, fl. 3,2 mld, gaat naar aflossing.",
            "fl. 3,2 mld",
            3_200_000_000,
        ),
        ("De staatsschuld in guldens bedroeg Hfl. 8 miljard meer.", "Hfl. 8 miljard", 8 * 10**9),
        ("Het fonds van 2 miljard gulden keert Dfl. 410 mln. uit.", "Dfl. 410 mln.", 410 * 10**6),
    ],
)
def test_the_guilders_abbreviation_signs_a_figure(text: str, quote: str, amount: int) -> None:
    """ "fl." before a figure with no scale word ("fl. 250") signs guilders in a text in
    guilders: it was missed; the Aruban "Afl." stays the florin's, and a text naming no guilders
    reads no "fl." as their sign."""
    (found,) = [m for m in find_money(text) if m.quote == quote]
    assert (found.amount_eur, found.currency) == (amount, "NLG")
    money = read_money(found.quote)
    assert (money.value, money.currency) == (amount, "NLG")
    assert [m.currency for m in find_money("Aruba leent Afl. 1,2 miljard, geen gulden.")] == ["AWG"]
    assert list(find_money("Het recept vraagt 2 fl. 250 ml.")) == []


@pytest.mark.parametrize(
    ("text", "quote", "amount"),
    [
        (
            "Het kabinet trekt ƒ 600 mln. uit. Voor een alleenstaande met een minimumloon gaat "
            "het om Fl. 40 per maand.",
            "Fl. 40",
            40,
        ),
        (
            "De Zuiderzeelijn kost 8 miljard gulden. Fl. 2,5 mld. daarvan komt uit het FES.",
            "Fl. 2,5 mld.",
            2_500_000_000,
        ),
    ],
)
def test_the_guilders_abbreviation_capitalised_signs_a_figure(
    text: str, quote: str, amount: int
) -> None:
    """The guilder's abbreviation capitalised ("Fl. 25 per maand"), as older Handelingen and a
    sentence's start print it, was missed in a text in guilders ("fl." only was read)."""
    (found,) = [m for m in find_money(text) if m.quote == quote]
    assert (found.amount_eur, found.currency) == (amount, "NLG")
    money = read_money(found.quote)
    assert (money.value, money.currency) == (amount, "NLG")


@pytest.mark.parametrize(
    ("text", "quote", "amount"),
    [
        (
            "Lagere kapitaallasten door vertraging van de bouw:\n  NLG 612.400 (EUR 277.895);",
            "NLG 612.400",
            612_400,
        ),
        (
            "De jaarrekening 2001 sluit met een voordeel van NLG 2.203.710,-.",
            "NLG 2.203.710,-",
            2_203_710,
        ),
    ],
)
def test_the_guilder_s_iso_code_signs_a_full_figure(text: str, quote: str, amount: int) -> None:
    """ "NLG 612.400" (a dual-currency annual account of the euro's changeover, the guilder by
    its ISO code before the euro figure in brackets): the code signed no figure without a
    scale word, so the guilders were lost and only the euros kept."""
    (found,) = [m for m in find_money(text) if m.quote == quote]
    assert (found.amount_eur, found.currency) == (amount, "NLG")
    money = read_money(found.quote)
    assert (money.value, money.currency) == (amount, "NLG")


@pytest.mark.parametrize(
    ("text", "quote", "amount", "currency"),
    [
        ("In 1999 kostte het project 5 miljoen NLG.", "5 miljoen NLG", 5_000_000, "NLG"),
        ("Het voordeel bedraagt 12.500 NLG (5.672 EUR).", "12.500 NLG", 12_500, "NLG"),
        ("Het voordeel bedraagt 12.500 NLG (5.672 EUR).", "5.672 EUR", 5_672, "EUR"),
        ("De lening van 5 mln USD loopt af.", "5 mln USD", 5_000_000, "USD"),
    ],
)
def test_every_iso_code_names_the_currency_of_the_figure_before_it(
    text: str, quote: str, amount: int, currency: str
) -> None:
    """A code after the figure is its currency, as before it ("5 miljoen NLG" as "NLG 5
    miljoen"): the filter of what may follow a figure held its own list of the codes' first
    letters, where "NL" was missing, so the guilder's code after a figure was refused."""
    (found,) = [m for m in find_money(text) if m.quote == quote]
    assert (found.amount_eur, found.currency) == (amount, currency)
    money = read_money(found.quote)
    assert (money.value, money.currency) == (amount, currency)


def test_a_chinese_or_polish_currency_named_with_its_adjective_is_its_own() -> None:
    (found,) = find_money("China leent 3 miljard Chinese yuan uit.")
    assert (found.quote, found.currency) == ("3 miljard Chinese yuan", "CNY")
    assert read_money(found.quote).currency == "CNY"


@pytest.mark.parametrize(
    ("text", "quote", "amount"),
    [
        (
            "Het begrotingstekort van Oekraïne bedraagt in 2026 naar verwachting ruim 1.500 "
            "miljard hryvnia (UAH).",
            "1.500 miljard hryvnia",
            1_500_000_000_000,
        ),
        (
            "Kyiv trekt 40 miljard Oekraïense hryvnia uit.",
            "40 miljard Oekraïense hryvnia",
            40 * 10**9,
        ),
        ("De centrale bank leent UAH 12,5 mld. uit.", "UAH 12,5 mld.", 12_500_000_000),
    ],
)
def test_the_hryvnia_keeps_its_currency(text: str, quote: str, amount: int) -> None:
    """The hryvnia (UAH) is read by its code or name, never as euros: an amount in hryvnia
    ("1.500 miljard hryvnia") was refused as money in a currency with no code."""
    (found, *_) = find_money(text)
    assert (found.quote, found.amount_eur, found.currency) == (quote, amount, "UAH")
    assert currency_of(found.quote) == "UAH"
    money = read_money(found.quote)
    assert (money.value, money.currency) == (amount, "UAH")


@pytest.mark.parametrize(
    ("text", "quote", "amount"),
    [
        ("Voor de provincie blijft er een miljoen of drie over.", "een miljoen of drie", 3e6),
        ("Het project kost een miljard of twee euro.", "een miljard of twee euro", 2e9),
        ("De regeling kostte één miljoen of tien.", "één miljoen of tien", 1e7),
    ],
)
def test_one_scale_or_so_is_that_many_of_the_scale(text: str, quote: str, amount: float) -> None:
    """Speech rounds "about three million" to "een miljoen of drie": it was stored as one
    million (the count after "of" lost)."""
    (found,) = find_money(text)
    assert (found.quote, found.amount_eur, found.amount_eur_max) == (quote, amount, None)
    assert parse_quote(found.quote) == (amount, None)
    assert read_money(found.quote).value == amount  # the strict reader agrees


def test_one_scale_or_another_amount_is_no_count_of_the_scale() -> None:
    """ "een miljoen of meer", "een miljoen of twee miljoen": no count of the scale follows."""
    assert [m.quote for m in find_money("Dat kost een miljoen of meer.")] == ["een miljoen"]
    found = [m.quote for m in find_money("Dat kost een miljoen of twee miljoen euro.")]
    assert found == ["een miljoen", "twee miljoen euro"]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Het tekort is een miljoen of 2,5 miljoen euro.", ["een miljoen", "2,5 miljoen euro"]),
        ("Het verschil is een miljoen of 2.500 banen.", ["een miljoen"]),
        ("De korting is een miljoen of 5 procent van het fonds.", ["een miljoen"]),
        ("De korting is een miljoen of vijf procent van het fonds.", ["een miljoen"]),
        ("De korting is een miljoen of 3% van het fonds.", ["een miljoen"]),
        ("De stijging is een miljard of 2 procentpunten.", ["een miljard"]),
    ],
)
def test_one_scale_or_a_share_or_a_longer_figure_is_no_count_of_the_scale(
    text: str, quotes: list[str]
) -> None:
    """After "een miljoen of" a share ("5 procent", "3%") or the first digits of a longer
    figure ("2,5 miljoen", "2.500") count nothing of the scale: they were stored as five,
    three or two million."""
    found = list(find_money(text))
    assert [m.quote for m in found] == quotes
    assert found[0].amount_eur == (1e9 if "miljard" in quotes[0] else 1e6)


def test_a_signed_range_wrapped_at_its_mark_in_words_is_one_range() -> None:
    """Two signed bounds joined by a range mark in words are one range with the line's end
    before or after the mark ("€ 50 miljoen tot" / "€ 1 miljard"), as on one line; a dash
    opening a line opens a list's item, and a change with its level stays two amounts."""
    assert _found("een budgetcategorie van € 50 miljoen tot\n€ 1 miljard per project") == [
        ("€ 50 miljoen tot\n€ 1 miljard", 50_000_000, 1_000_000_000)
    ]
    assert _found("de raming loopt van € 3 mln\nà € 4 mln per jaar") == [
        ("€ 3 mln\nà € 4 mln", 3_000_000, 4_000_000)
    ]
    assert _found("de posten:\n- € 3 mln\n- € 4 mln") == [
        ("€ 3 mln", 3_000_000, None),
        ("€ 4 mln", 4_000_000, None),
    ]
    assert _found("verhoogd met € 150 mln tot\n€ 1.650 mln") == [
        ("€ 150 mln", 150_000_000, None),
        ("€ 1.650 mln", 1_650_000_000, None),
    ]


def test_a_number_below_a_hundred_written_out_before_a_currency_word_is_an_amount() -> None:
    """ "twaalf euro", "vijf gulden" are amounts as "12 euro" and "5 gulden" are, in the
    currency the word names; "een" before "euro" is an article as often ("een euro meer"),
    and a fraction, a scale word or a word of a compound are read by their own rules."""
    assert _found("de lasten stijgen met circa twaalf euro per inwoner") == [
        ("twaalf euro", 12, None)
    ]
    (guilders,) = find_money("Per inwoner is dat een stijging van circa vijf gulden.")
    assert (guilders.quote, guilders.amount_eur, guilders.currency) == ("vijf gulden", 5, "NLG")
    assert _found("dat scheelt een euro per maand") == []
    assert _found("de vijf euroleden stemden voor") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De kosten komen uit op € 12 à 14 mlrd. Daarnaast",
            [("€ 12 à 14 mlrd.", 12 * 10**9, 14 * 10**9)],
        ),
        ("De lasten dalen met € 2,3 mlrd per jaar", [("€ 2,3 mlrd", 2_300_000_000, None)]),
        ("Het tekort bedraagt 0,8 mlrd euro.", [("0,8 mlrd euro", 800_000_000, None)]),
        ("Voor de regeling is € 7,5 mljn. beschikbaar", [("€ 7,5 mljn.", 7_500_000, None)]),
    ],
)
def test_the_consonants_of_a_scale_word_are_that_scale(
    text: str, expected: list[tuple[str, int, int | None]]
) -> None:
    """ "mlrd" and "mljn" (the consonants of "miljard" and "miljoen", as CPB notes and Flemish
    texts print them) scale the figure as "mld" and "mln" do: never "€ 12" and a bare 14."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text", ["Het kost € 5 mlrds extra", "Er gaat € 3 mrdn naar", "€ 4 mlns. voor"]
)
def test_an_unread_abbreviation_of_a_scale_word_is_refused(text: str) -> None:
    """Letters after a spaced figure that start as a scale's consonants ("mlrds", "mrdn") but
    no grammar here reads: the scale is unknown, the amount refused, never the bare figure."""
    rejected: list[tuple[int, str]] = []
    assert list(find_money(text, rejected)) == []
    assert rejected and "ambiguous" in rejected[0][1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De tegenvaller bedraagt ƒ 3 1/2 mld. dit jaar", [("ƒ 3 1/2 mld.", 3_500_000_000, "NLG")]),
        (
            "een korting van 1 1/4 miljard gulden op de",
            [("1 1/4 miljard gulden", 1_250_000_000, "NLG")],
        ),
        ("Er moet ƒ 3/4 mld. worden gevonden", [("ƒ 3/4 mld.", 750_000_000, "NLG")]),
        ("Waarom niet € 1/2 miljard voor de minima?", [("€ 1/2 miljard", 500_000_000, "EUR")]),
    ],
)
def test_a_typed_fraction_before_a_scale_word_is_that_fraction(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    """ "1/2", "1/4" and "3/4" are "½", "¼" and "¾" as a typewriter or an ASCII text prints them:
    after a whole figure ("3 1/2 mld.") or alone, before a scale word, that fraction of it;
    never the whole figure alone ("ƒ 3") nor the denominator ("2 mld.")."""
    assert [(m.quote, m.amount_eur, m.currency) for m in find_money(text)] == expected


@pytest.mark.parametrize(
    "text", ["De bijdrage is € 2 1/3 mld. per jaar", "een prijs van € 4 1/2 per stuk"]
)
def test_a_figure_before_a_typed_fraction_no_grammar_reads_is_refused(text: str) -> None:
    """A third, or a fraction with no scale word after it: the whole figure before it is no
    face value ("€ 2", "€ 4"): refused and said."""
    rejected: list[tuple[int, str]] = []
    assert list(find_money(text, rejected)) == []
    assert rejected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("* Wonen: _€ 80 miljoen_ per jaar", [("€ 80 miljoen", 80_000_000, "EUR")]),
        ("De regio krijgt __€ 2,5 mld__ extra.", [("€ 2,5 mld", 2_500_000_000, "EUR")]),
        ("Het kabinet trekt _3 miljard euro_ uit.", [("3 miljard euro", 3_000_000_000, "EUR")]),
        ("zie bijlage kst_300 miljoen", []),
    ],
)
def test_markdown_emphasis_glued_to_an_amount_is_no_letter_of_it(
    text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    """The underscores of Markdown's emphasis around an amount ("_€ 80 miljoen_") close its
    scale or currency word and may open its figure, as a space would: never "€ 80" alone. An
    underscore glued to a word before the figure joins a name ("kst_300")."""
    assert [(m.quote, m.amount_eur, m.currency) for m in find_money(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De meerkosten komen uit op € 25—30 miljoen.",
            [("€ 25—30 miljoen", 25_000_000, 30_000_000)],
        ),
        ("een tekort van 2—3 mld euro", [("2—3 mld euro", 2_000_000_000, 3_000_000_000)]),
        ("geraamd op € 5—€ 7 mln per jaar", [("€ 5—€ 7 mln", 5_000_000, 7_000_000)]),
        ("de kosten — 5 miljoen euro — zijn gedekt", [("5 miljoen euro", 5_000_000, None)]),
    ],
)
def test_an_em_dash_glued_between_two_figures_is_a_range(
    text: str, expected: list[tuple[str, int, int | None]]
) -> None:
    """An em dash glued to the figures on both sides is a range's dash, as an en dash is: one
    amount, the scale shared, never "€ 25" and a bare "30 miljoen". A spaced one sets a
    clause apart."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Het resultaat is €\u20092\u2009315\u2009000 voordelig.",
            [("€\u20092\u2009315\u2009000", 2_315_000, None)],
        ),
        ("de kosten per cliënt: €\u20098\u2009400; dat is", [("€\u20098\u2009400", 8_400, None)]),
        ("een bijdrage van 3,5\u2009miljoen euro", [("3,5\u2009miljoen euro", 3_500_000, None)]),
        (
            "De reserve komt uit op €\u202f14\u202f612\u202f000.",
            [("€\u202f14\u202f612\u202f000", 14_612_000, None)],
        ),
        ("het aantal cliënten steeg naar 1\u2009146.", []),
    ],
)
def test_a_thin_space_is_white_space_inside_an_amount(
    text: str, expected: list[tuple[str, int, int | None]]
) -> None:
    """The thin space (U+2009) of Word-to-HTML and typeset texts separates the sign, the
    thousands and the scale word as a space or a narrow no-break space does; a count printed
    so stays a count."""
    assert _found(text) == expected


def test_the_generic_currency_sign_before_a_figure_is_the_euro_sign() -> None:
    """ "¤" (U+00A4) is the euro sign of an early-2000s PDF whose font maps it to Latin-9's
    0xA4, read by a text layer as Latin-1: before a figure it signs euros as "€" does, with
    its scale, its space thousands, a scale on the next line and a range; after a figure, or
    alone, it signs nothing."""
    text = (
        "De tekorten zijn opgelopen tot ¤ 32 mln. De kosten bedragen ¤ 210 per dag; er is ¤ 27\n"
        "mln nodig, waarvan ¤ 450 000 incidenteel, en ¤ 1,5 à ¤ 2 mld. voor nieuwbouw. Het ¤-teken"
        " en 12 ¤ per stuk."
    )
    found = [(m.quote, m.amount_eur, m.amount_eur_max, m.currency) for m in find_money(text)]
    assert found == [
        ("¤ 32 mln.", 32_000_000, None, "EUR"),
        ("¤ 210", 210, None, "EUR"),
        ("¤ 27\nmln", 27_000_000, None, "EUR"),
        ("¤ 450 000", 450_000, None, "EUR"),
        ("¤ 1,5 à ¤ 2 mld.", 1_500_000_000, 2_000_000_000, "EUR"),
    ]
    assert read_money("¤ 32 mln.").currency == "EUR"


def test_the_generic_sign_opening_lines_before_words_is_a_bullet() -> None:
    """A text that opens lines with "¤" before words prints it as a font's bullet: a "¤"
    opening a line before a figure is that bullet too (a year, a count), no euro sign; one
    inside a line, or a text whose "¤" opens no line before a word, signs euros."""
    text = (
        "De planning:\n"
        "¤ 2024: start van de pilot in 12 gemeenten\n"
        "¤ 300 scholen worden bezocht\n"
        "¤ Evaluatie in 2026 kost ¤ 5 mln\n"
    )
    assert [m.quote for m in find_money(text)] == ["¤ 5 mln"]
    sums = "De tekorten zijn in 2004 opgelopen tot\n¤ 45 mln. Bedragen in\n¤ x 1.000\n"
    assert [m.quote for m in find_money(sums)] == ["¤ 45 mln."]


@pytest.mark.parametrize(
    "text",
    [
        "Voor de deeltijd-WW is € 420&nbsp;miljoen gereserveerd.",
        "De bijdrage stijgt met € 2,4&#160;mld. per jaar.",
        "een korting van € 75&nbsp;mln op het fonds",
    ],
)
def test_a_figure_glued_to_an_html_entity_is_refused(text: str) -> None:
    """An HTML entity left unconverted after the figures ("&nbsp;" before the scale word):
    the figure alone is no face value ("€ 420"): refused and said, never stored."""
    rejected: list[tuple[int, str]] = []
    assert list(find_money(text, rejected)) == []
    assert rejected


def test_the_euro_sign_of_a_page_encoded_twice_is_the_euro_sign() -> None:
    """ "â‚¬" is the euro sign's three UTF-8 bytes read as Windows-1252, as a web page encoded
    twice prints it: before a figure it signs euros as "€" does (an amount printing no scale
    of its own too); glued to no figure it signs nothing."""
    text = (
        "Het eigen risico gaat van â‚¬ 385 naar â‚¬ 395; er komt â‚¬ 1,2 miljard bij. De â‚¬-zone."
    )
    found = [(m.quote, m.amount_eur, m.currency) for m in find_money(text)]
    assert found == [
        ("â‚¬ 385", 385, "EUR"),
        ("â‚¬ 395", 395, "EUR"),
        ("â‚¬ 1,2 miljard", 1_200_000_000, "EUR"),
    ]
    assert read_money("â‚¬ 385").currency == "EUR"


@pytest.mark.parametrize(
    "text", ["De meerkosten komen uit op € 25 — 30 miljoen.", "geraamd op € 3 — 4 mld extra"]
)
def test_a_figure_without_a_scale_before_a_spaced_em_dash_and_a_scaled_figure_is_refused(
    text: str,
) -> None:
    """A spaced em dash between two figures may be a range's dash or set a clause apart: the
    figure before it, printing no scale ("€ 25"), has no known face value: refused and said."""
    rejected: list[tuple[int, str]] = []
    assert [m.quote for m in find_money(text, rejected)] == []
    assert rejected


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # a series of items each naming its year, the plus and the minus before their signs
        (
            "Voor 2025 bedraagt de bijstelling + € 187 miljoen en voor 2026 – € 64 miljoen.",
            [187_000_000, -64_000_000],
        ),
        ("In 2025 gaat het om + € 12 mln, in 2026 − € 3 mln.", [12_000_000, -3_000_000]),
    ],
)
def test_a_spaced_dash_after_a_year_in_a_sentence_signing_its_amounts_is_a_minus(
    text: str, amounts: list[int]
) -> None:
    """ "voor 2025 + € 187 miljoen en voor 2026 – € 64 miljoen": where the sentence signs a
    rise with "+", the dash after the next item's year is its minus, as after a word; the
    cut was stored as a rise."""
    assert [found.amount_eur for found in find_money(text)] == amounts


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # a year the words before it tie to the amount or noun there, no joint opening an item
        ("De mutatie bedraagt + € 5 mln in 2025 – € 3 mln in 2026.", [5_000_000, 3_000_000]),
        (
            "De uitgaven stijgen met + € 8 mln, vooral door de loonbijstelling over 2025 – € 6 "
            "mln daarvan is structureel.",
            [8_000_000, 6_000_000],
        ),
        # an amount naming itself a part of the sum before it opens an explanation
        (
            "Het programma vraagt + € 4,5 mln extra vanaf 2026 – € 1,5 mln hiervan dekken we "
            "uit de reserve.",
            [4_500_000, 1_500_000],
        ),
        (
            "Het programma vraagt + € 4,5 mln extra – € 1,5 mln van dit bedrag komt uit de "
            "reserve.",
            [4_500_000, 1_500_000],
        ),
    ],
)
def test_a_spaced_dash_opening_no_item_of_a_signed_series_is_no_minus(
    text: str, amounts: list[int]
) -> None:
    """ "+ € 5 mln in 2025 – € 3 mln in 2026", "over 2025 – € 6 mln daarvan is structureel":
    the dash after a year is the next item's minus only where a joint ("en", "of", a comma)
    and the year's preposition open that item; after a year closing the first amount's words,
    or before an amount naming itself a part of the sum before it, it is a pause or opens an
    explanation. The cut was stored as negative."""
    assert [found.amount_eur for found in find_money(text)] == amounts


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # near forms: a joint and the year's preposition open the next item of the series
        ("Het saldo is + € 20 mln over 2025 en over 2026 – € 5 mln.", [20_000_000, -5_000_000]),
        ("Het saldo is + € 20 mln voor 2025 of 2026 – € 5 mln.", [20_000_000, -5_000_000]),
        ("Het programma vraagt + € 4,5 mln extra en in 2026 – € 1,5 mln.", [4_500_000, -1_500_000]),
    ],
)
def test_a_spaced_dash_after_a_joint_and_a_year_in_a_signed_series_is_a_minus(
    text: str, amounts: list[int]
) -> None:
    """Near form of the dash opening no item: after "en", "of" or a comma and the year (its
    preposition), in a sentence signing its amounts with "+", the dash is a minus."""
    assert [found.amount_eur for found in find_money(text)] == amounts


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # no "+" in the sentence: a separator, or punctuation setting a clause apart
        ("Voor 2025 is het € 187 miljoen en voor 2026 – € 64 miljoen.", [187_000_000, 64_000_000]),
        ("Er is met ingang van 2020 – 170 miljoen euro – beschikbaar.", [170_000_000]),
        # a year labelling a line's or a bullet's sum: the dash a separator
        ("Per jaar (+ € 5 mln in totaal):\n2026 – € 1 mln", [5_000_000, 1_000_000]),
        ("Per jaar (+ € 5 mln in totaal):\n• 2026 – € 1 mln", [5_000_000, 1_000_000]),
        # a second spaced dash closes a clause the first opened
        ("In 2024 + € 3 mln, voor 2025 – € 4 mln in totaal – meer.", [3_000_000, 4_000_000]),
    ],
)
def test_a_spaced_dash_after_a_year_outside_a_signed_series_is_no_minus(
    text: str, amounts: list[int]
) -> None:
    """The dash after a year is a minus only in a sentence signing its amounts with "+",
    after a year a word introduces, and alone in that sentence."""
    assert [found.amount_eur for found in find_money(text)] == amounts


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # a sentence signing its changes with "+": a spaced dash after a word is a minus
        (
            "Door vertraging schuift − € 40 mln van 2025 naar 2026 (+ € 25 mln) en 2027"
            " (+ € 15 mln).",
            [-40_000_000, 25_000_000, 15_000_000],
        ),
        # a dash setting a clause apart is closed by a second one: punctuation
        ("In 2024 – € 3 mln in totaal – gaat het om de wmo (+ € 1 mln).", [3_000_000, 1_000_000]),
        # no "+" before an amount in the sentence (a percentage is none): punctuation
        ("De post daalt – € 3 mln. Later (+ € 2 mln) meer.", [3_000_000, 2_000_000]),
        ("Het budget groeit (+ 2%) – € 3 mln is voor de wmo.", [3_000_000]),
    ],
)
def test_a_spaced_dash_in_a_sentence_signing_its_amounts_is_a_minus(
    text: str, amounts: list[int]
) -> None:
    """A sentence printing a "+" before some amounts ("naar 2026 (+ € 25 mln)") prints a
    minus before its cuts, spaced after a verb too ("schuift − € 40 mln"): the cut was stored
    as a rise."""
    assert [found.amount_eur for found in find_money(text)] == amounts
