"""The totals layer judges a hundred thousand figures at once in polars and numpy; these
tests hold those fast paths to the slow ones they stand in for, value by value: the bounds
of ``Precision.amount_bounds``/``cell_bounds`` equal ``Figure``'s to the bit, the marker
finder finds what ``finditer`` finds, and the sentence ends are the same."""

from __future__ import annotations

import itertools
import re

import polars as pl
import pytest

from budgetkit.schemas import load_schema
from budgetkit.validate.config import Tolerances
from budgetkit.validate.figures import AMOUNT_FIELDS, Precision
from budgetkit.validate.figures import SCALES as FACTORS
from budgetkit.validate.totals import _marker_finder, _sentence_bounds

QUOTES = ["€ 4.262,6 miljoen", "€ 95 mln", "3,125", "€ 1,2345 mld", "12", "geen getal", None]
SCALES = ["mln", "mld", "biljoen", "duizend", "units", None, "", "onbekend"]
QUALIFIERS = ["ruim", "Bijna ", "circa", "ca.", None, "", "MEER DAN", "ongeveer"]


@pytest.fixture
def precision(project) -> Precision:
    """The project's tolerances, but a rounding share that is not a power of two (a steward
    may set any), so a product taken in another order would round differently."""
    precision = Precision(Tolerances(project))
    precision.per_figure = 0.3
    return precision


def test_amount_bounds_equal_figure_bounds(precision):
    rows = [
        {
            # from thousandths to millions: a small amount shows a half off by one bit
            "amount_eur": 10.0 ** (i % 10 - 3) * (i + 1) / 7,
            "amount_eur_max": None if i % 3 else 10.0 ** (i % 10 - 2) * (i + 1) / 7,
            "quote": quote,
            "scale": scale,
            "qualifier": qualifier,
        }
        for i, (quote, scale, qualifier) in enumerate(itertools.product(QUOTES, SCALES, QUALIFIERS))
    ]
    frame = pl.DataFrame(rows, schema_overrides={"amount_eur_max": pl.Float64})
    bounds = precision.amount_bounds(frame.select(AMOUNT_FIELDS))
    for row, (value, low, high) in zip(rows, bounds.iter_rows(), strict=True):
        figure = precision.of_amount(row)
        assert (value, low, high) == (figure.value, figure.low, figure.high), row


def test_cell_bounds_equal_figure_bounds(precision):
    texts = ["4.262,6", "1.234", "0,0005", "12,125", "-3,5", "", None]
    rows = [
        {"value": (i - 10) * 1.37e-6, "value_text": text, "scale_factor": factor}
        for i, (text, factor) in enumerate(itertools.product(texts, [1, 1_000, 1_000_000]))
    ]
    bounds = precision.cell_bounds(pl.DataFrame(rows))
    for row, (value, low, high) in zip(rows, bounds.iter_rows(), strict=True):
        figure = precision.cell(row["value"], row["value_text"], row["scale_factor"])
        assert (value, low, high) == (figure.value, figure.low, figure.high), row


def _markers(words: list[str]) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)


@pytest.mark.parametrize(
    "text",
    [
        "Totaal € 5 mln, waarvan € 2 mln. Dit   betreft A. WAARVAN x; Hiervan",
        "daarvan1 waarvanx xwaarvan _waarvan Waarvan-deel dit\nbetreft",
        # the dotless i and long s are taken for i and s by a case-blind pattern
        "D\u0131t betreft € 4 mln; be\u017ftaande uit € 2 mln",
        # İ lower-cases to two characters: every place after it moves
        "\u0130stanbul: dit betreft € 1 mln, waarvan € 0,5 mln",
        "",
    ],
)
def test_marker_finder_finds_what_finditer_finds(project, text):
    """On the markers stewards set in ``checks/tolerances.yml``, as the totals layer reads them."""
    tolerances = Tolerances(project)
    markers = [
        m.lower()
        for key in ("complete_markers", "subset_markers")
        for m in tolerances.get("totals", key)
    ]
    words = [r"\s+".join(map(re.escape, m.split())) for m in markers]
    expected = [(m.start(), m.group()) for m in _markers(words).finditer(text)]
    found = [(m.start(), m.group()) for m in _marker_finder(words)(text)]
    assert found == expected


def test_sentence_bounds_are_the_plain_patterns():
    plain = re.compile(r"[.!?](?=\s+[A-Z•–])|[•]")
    text = "Een. Twee! drie? Vier.\u00a0Vijf •zes. • Zeven.\x1c Acht 1.234 Negen. – tien.  "
    assert _sentence_bounds(text).tolist() == [m.end() for m in plain.finditer(text)]


def test_every_scale_the_amounts_schema_allows_has_its_factor(project):
    """A scale without a factor would count as units: "€ 2,5 biljoen" allowed half a euro of
    rounding instead of fifty billion, and every such amount would disagree with its sums."""
    (scale,) = [
        f for f in load_schema(project.schemas, "amounts")["fields"] if f["name"] == "scale"
    ]
    assert set(scale["constraints"]["enum"]) <= set(FACTORS)
    assert FACTORS["biljoen"] == 1000 * FACTORS["mld"] == 10**12
