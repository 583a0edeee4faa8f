"""The currency of an amount that prints none: a currency's name right before its figure.

A name printed before the figure ("bedraagt dollar 5 miljoen") names its currency as the
same name after it does ("5 miljoen dollar"); a name naming no one currency, or one with no
code here, leaves the amount out with a warning, never stored as euros.
"""

from __future__ import annotations

import pytest
from inline_document import inline_document

from budgetkit.extract.amounts import extract_amounts
from budgetkit.extract.warnings import ExtractWarning


def _read(text: str) -> tuple[list[tuple[str, str]], list[ExtractWarning]]:
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(inline_document(text), warnings)
    return [(row["quote"], row["currency"]) for row in rows], warnings


@pytest.mark.parametrize(
    ("text", "quote", "currency"),
    [
        (
            "Nederland draagt Zwitserse frank 3 miljard bij aan het herstelfonds van de "
            "Wereldbank.",
            "3 miljard",
            "CHF",
        ),
        ("De lening van de Wereldbank aan Oekraïne bedraagt dollar 5 miljoen.", "5 miljoen", "USD"),
        (
            "De aanschaf van de fregatten kost Deense kronen 12 miljard over tien jaar.",
            "12 miljard",
            "DKK",
        ),
        ("US dollar 40 miljoen gaat naar het noodhulpfonds van de VN.", "40 miljoen", "USD"),
        (
            "Amerikaanse dollar 40 miljoen is toegezegd aan het Global Fund.",
            "40 miljoen",
            "USD",
        ),
        ("Japan stelt yen 300 miljard beschikbaar voor de wederopbouw.", "300 miljard", "JPY"),
        ("Het Verenigd Koninkrijk draagt Britse pond 2 miljard bij.", "2 miljard", "GBP"),
        ("Het Verenigd Koninkrijk draagt pond 2 miljard bij aan de NAVO.", "2 miljard", "GBP"),
        # "in <currency>" before the figure
        (
            "De bijdrage aan het fonds bedraagt in Zwitserse franken 3 miljard over vijf jaar.",
            "3 miljard",
            "CHF",
        ),
        ("De garantie van de EIB loopt op tot in dollars 250 miljoen.", "250 miljoen", "USD"),
        # after a year: a figure without a scale word, whose currency the name is not
        (
            "Zwitserland stelt in 2025 Zwitserse frank 1,5 miljard beschikbaar voor Oekraïne.",
            "1,5 miljard",
            "CHF",
        ),
        # a word naming a currency kept by its code alone, as after the figure
        ("Ethiopië ontvangt birr 470 miljoen voor irrigatie.", "470 miljoen", "ETB"),
    ],
)
def test_a_currency_named_right_before_a_figure_is_its_currency(
    text: str, quote: str, currency: str
) -> None:
    """A currency's name right before a bare figure was skipped and the amount stored as
    euros ("Zwitserse frank 3 miljard": 3 billion euros); it is the figure's currency, as
    the name after the figure is ("3 miljard Zwitserse frank")."""
    rows, _ = _read(text)
    assert rows == [(quote, currency)]


def test_a_bare_amount_after_one_named_before_takes_its_currency() -> None:
    """An amount printing none after one whose currency is named before its figure takes
    it, as after one naming it after its figure ("5 miljoen dollar ... en 3 miljoen")."""
    rows, _ = _read(
        "De Wereldbank leent dollar 5 miljoen aan Kenia en 3 miljoen aan Oeganda voor scholen."
    )
    assert rows == [("5 miljoen", "USD"), ("3 miljoen", "USD")]


@pytest.mark.parametrize(
    "text",
    [
        # "frank" and "kronen" alone name no one currency (Swiss, Belgian, French? Danish,
        # Swedish, Norwegian, Czech?)
        "Nederland draagt frank 3 miljard bij aan het programma.",
        "De aanschaf van de onderzeeboten kost kronen 12 miljard.",
        # a currency with no code here, by its country's adjective or its name
        "Canada leent Canadese dollar 50 miljoen uit aan het IMF.",
        "De Russische begroting voor defensie stijgt met roebel 300 miljard.",
    ],
)
def test_a_figure_after_a_currency_with_no_code_here_is_left_out_never_euros(
    text: str,
) -> None:
    """A figure after a name naming no one currency, or one with no code here, was stored
    as euros; it is left out and said, as the figure before such a name is."""
    rows, warnings = _read(text)
    assert rows == []
    assert any("never stored as euros" in w.reason for w in warnings)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the name ends a sentence before another figure
        (
            "De lening is in dollars. 5 miljoen euro gaat naar het fonds en Japan geeft yen "
            "300 miljard.",
            [("5 miljoen euro", "EUR"), ("300 miljard", "JPY")],
        ),
        # the currency spoken of, after an article: the figure is in euros
        (
            "Door de sterke dollar zijn de F-35's 300 miljoen duurder. De VS dragen dollar 2 "
            "miljard bij.",
            [("300 miljoen", "EUR"), ("2 miljard", "USD")],
        ),
        # "pond" as a weight, after "per"
        (
            "Het Verenigd Koninkrijk draagt pond 2 miljard bij. De vissers ontvangen per pond "
            "3 miljoen extra.",
            [("2 miljard", "GBP"), ("3 miljoen", "EUR")],
        ),
        # "euro" before the figure is its sign
        (
            "Zwitserland draagt Zwitserse frank 3 miljard bij en Nederland Euro 5 miljoen.",
            [("3 miljard", "CHF"), ("Euro 5 miljoen", "EUR")],
        ),
    ],
)
def test_a_currency_word_not_naming_the_figure_s_unit_changes_nothing(
    text: str, rows: list[tuple[str, str]]
) -> None:
    """A name before a sentence's end, after an article ("de sterke dollar") or "per", names
    no unit of the figure after it; a name right before a figure does."""
    assert _read(text)[0] == rows


@pytest.mark.parametrize(
    "text",
    [
        "In de Voorjaarsnota is voor de zorg Fl. 1,2 miljoen per jaar extra uitgetrokken.",
        "De Betuweroute kostte HFL 4,7 miljard meer dan geraamd.",
    ],
)
def test_a_capitalised_guilder_abbreviation_before_a_bare_amount_is_guilders(text: str) -> None:
    """The guilder's abbreviation capitalised ("Fl.", "HFL") before an amount the money reader
    finds bare, in a text naming no guilders elsewhere, left the amount to the document's
    currency: guilders stored as euros ("fl." and "Hfl" were read)."""
    rows, _ = _read(text)
    assert [currency for _, currency in rows] == ["NLG"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Zwitserland gaf 1,2 miljard Zwitserse frank uit. Een kanton krijgt ongeveer 1.500"
            " frank per maand en 2 miljoen franken per jaar.",
            [("1,2 miljard Zwitserse frank", "CHF"), ("1.500 frank", "CHF"),
             ("2 miljoen franken", "CHF")],
        ),
        (
            "België leende 3 miljard Belgische frank.\n\nLater volgde nog 40 miljoen frank.",
            [("3 miljard Belgische frank", "BEF"), ("40 miljoen frank", "BEF")],
        ),
        # the nearest name before it, a name with a code read after the figure by its word
        (
            "Eerst 3 miljard Belgische frank, daarna 2 miljard Franse frank. Toen 900 frank.",
            [("3 miljard Belgische frank", "BEF"), ("2 miljard", "FRF"), ("900 frank", "FRF")],
        ),
    ],
)  # fmt: skip
def test_an_amount_in_frank_alone_is_in_the_franc_its_text_names(
    text: str, found: list[tuple[str, str]]
) -> None:
    """ "1.500 frank" after "1,2 miljard Zwitserse frank" was not read: "frank" alone names
    no one currency (Swiss, Belgian, French), but a text printing it names its franc with the
    country before, and the amount is in that one."""
    rows, _ = _read(text)
    assert rows == found


@pytest.mark.parametrize(
    "text",
    [
        "In de begroting 1999 bedroeg het krediet nog 32 miljard frank.",  # no franc named
        "Luxemburg gaf 3 miljard Luxemburgse frank uit. Later 40 miljoen frank.",  # no code
        "Het kost 40 miljoen frank. Later gaf Zwitserland 2 miljard Zwitserse frank uit.",
    ],
)
def test_an_amount_in_frank_alone_without_its_franc_named_before_is_left_out(
    text: str,
) -> None:
    """Where no franc is named before it, or one with no code here, the amount in "frank"
    alone is left out and said, never stored as euros nor in a franc it may not be in."""
    rows, warnings = _read(text)
    assert all(quote.endswith("Zwitserse frank") for quote, _ in rows)
    assert [w for w in warnings if "40 miljoen frank" in w.reason or "32 miljard frank" in w.reason]


def test_the_name_frank_after_a_figure_is_no_currency() -> None:
    """The name "Frank" after a year, capitalised, reads as no franc."""
    rows, warnings = _read("Zwitserland betaalt 2 miljard Zwitserse frank. In 2020 Frank de Vries.")
    assert rows == [("2 miljard Zwitserse frank", "CHF")]
    assert not [w for w in warnings if "Frank" in w.reason]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a code names a franc nearer than the name further back
        (
            "Zwitserland gaf 1,2 miljard Zwitserse frank uit. België leende 3 miljard BEF."
            " Daarvan werd 900 miljoen frank afgelost.",
            [("1,2 miljard Zwitserse frank", "CHF"), ("3 miljard BEF", "BEF"),
             ("900 miljoen frank", "BEF")],
        ),
        # the amount's own sentence names its country, by name or adjective
        (
            "In 1990 kostte de tunnel 40 miljard Franse frank. De Belgische bijdrage was 2"
            " miljard frank.",
            [("40 miljard", "FRF"), ("2 miljard frank", "BEF")],
        ),
        (
            "De Zwitserse frank steeg. In België werd een schuld van 40 miljard frank omgezet.",
            [("40 miljard frank", "BEF")],
        ),
        (
            "In 1998 kostte de lijn 40 miljard Franse frank. In Zwitserland betaalde het kanton"
            " Genève 300 miljoen frank.",
            [("40 miljard", "FRF"), ("300 miljoen frank", "CHF")],
        ),
    ],
)  # fmt: skip
def test_an_amount_in_frank_alone_is_in_the_franc_named_nearest(
    text: str, found: list[tuple[str, str]]
) -> None:
    """ "900 miljoen frank" after "3 miljard BEF" was stored in the Swiss franc named
    further back, and "De Belgische bijdrage was 2 miljard frank" in the French one: the
    franc last named with its country was taken wherever it stood. The nearest naming counts,
    a code too, and before it the country the amount's own sentence names."""
    rows, _ = _read(text)
    assert rows == found


@pytest.mark.parametrize(
    "text",
    [
        # two countries in the amount's sentence: which franc is open
        "De Zwitserse frank steeg. Frankrijk betaalde België 40 miljoen frank.",
        # a mark with no code here is the nearest naming
        "Zwitserland gaf 2 miljard Zwitserse frank uit. België leende BFR 12 mld. Later 40"
        " miljoen frank.",
        # named paragraphs further back: the text may speak of another country's franc
        "Zwitserland gaf 2 miljard Zwitserse frank uit.\n\nDe tunnel is klaar.\n\nHet kanaal"
        " ook.\n\nDe schuld van 40 miljoen frank is afgelost.",
    ],
)
def test_an_amount_in_frank_alone_whose_nearest_franc_is_open_is_left_out(text: str) -> None:
    """Where the nearest naming leaves the franc open, the amount is left out, never taken
    in a franc named further back."""
    rows, warnings = _read(text)
    assert all(quote.endswith("Zwitserse frank") for quote, _ in rows)
    assert [w for w in warnings if "40 miljoen frank" in w.reason]
