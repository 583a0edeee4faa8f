"""The money parser on every format the documents use, and its round-trip properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budgetkit.extract.money import FACTORS, find_money, format_dutch, parse_quote

NBSP = "\xa0"


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("€ 75,5 mln.", (75_500_000, None)),
        ("€ 1,15 mld.", (1_150_000_000, None)),
        ("2 miljard euro", (2_000_000_000, None)),
        ("300 miljoen", (300_000_000, None)),
        ("€ 80.100.000", (80_100_000, None)),
        ("€ 1.000,-", (1_000, None)),
        ("€ 1.000.-", (1_000, None)),
        ("€ 5.310 mln.", (5_310_000_000, None)),
        ("€ 4.262,6 miljoen", (4_262_600_000, None)),
        ("50.000 euro", (50_000, None)),
        ("een miljard", (1_000_000_000, None)),
        ("twee miljard", (2_000_000_000, None)),
        ("Twee miljard", (2_000_000_000, None)),
        ("honderd miljoen", (100_000_000, None)),
        ("tweehonderd miljoen euro", (200_000_000, None)),
        ("anderhalf miljard", (1_500_000_000, None)),
        ("9½ miljard", (9_500_000_000, None)),
        ("€ 0,9 à € 1 mld.", (900_000_000, 1_000_000_000)),
        (f"€{NBSP}62{NBSP}miljoen", (62_000_000, None)),
        ("€ 32,8 \n\nmln.", (32_800_000, None)),
        ("€ \n\n7.500,-", (7_500, None)),
        ("€ \u22125 mln.", (-5_000_000, None)),
        ("€ -5 mln.", (-5_000_000, None)),
        ("€ 7,8 mln. euro", (7_800_000, None)),
        # list items up to the unit they share
        ("€ 8, 10 en 10 miljoen", (8_000_000, None)),
        ("10 en 10 miljoen", (10_000_000, None)),
        ("€ 8,10 \nen 10 miljoen", (8_000_000, None)),
        ("10 \nen 10 miljoen", (10_000_000, None)),
    ],
)
def test_parse_quote(quote: str, expected: tuple[int, int | None]) -> None:
    assert parse_quote(quote) == expected


def test_external_scale_applies_only_when_the_quote_prints_none() -> None:
    assert parse_quote("1.700", "duizend") == (1_700_000, None)
    assert parse_quote("300", "duizend") == (300_000, None)
    assert parse_quote("€ 5 mln.", "duizend") == (5_000_000, None)


def test_parse_quote_rejects_text_without_a_number() -> None:
    with pytest.raises(ValueError):
        parse_quote("miljoen euro")


def _found(text: str) -> list[tuple[str, int, int | None]]:
    return [(m.quote, m.amount_eur, m.amount_eur_max) for m in find_money(text)]


def test_find_money_offsets_point_at_the_quote() -> None:
    text = "Het kabinet trekt € 75,5 mln. uit en daarna\n\n2 miljard euro."
    for m in find_money(text):
        assert text[m.start : m.end] == m.quote


def test_list_sharing_one_unit_gives_one_row_per_item() -> None:
    text = "respectievelijk € 8, 10 en 10 miljoen beschikbaar"
    assert _found(text) == [
        ("€ 8, 10 en 10 miljoen", 8_000_000, None),
        ("10 en 10 miljoen", 10_000_000, None),
        ("10 miljoen", 10_000_000, None),
    ]


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
        "de kinderbijslag wordt met 17,50 dollar verhoogd",
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


def test_format_dutch_examples() -> None:
    assert format_dutch(75_500_000, "mln") == "€ 75,5 mln."
    assert format_dutch(1_000, "units") == "€ 1.000,-"
    assert format_dutch(2_000_000_000, "mld", "words") == "2 miljard euro"
    assert format_dutch(4_262_600_000, "mln") == "€ 4.262,6 mln."


@settings(max_examples=300)
@given(
    amount=st.integers(min_value=-(10**13), max_value=10**13),
    scale=st.sampled_from(sorted(FACTORS)),
    style=st.sampled_from(["symbol", "words"]),
)
def test_format_then_parse_is_identity(amount: int, scale: str, style: str) -> None:
    assert parse_quote(format_dutch(amount, scale, style)) == (amount, None)


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
