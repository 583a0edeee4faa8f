"""Printed figures as intervals: what a number *can* mean given how it was printed.

"€ 4.262,6 miljoen" stands for anything from 4.262,55 to 4.262,65 miljoen; "ruim € 95 mln"
for at least 94,5 mln; "bijna € 10 mln" for at most 10,5 mln. Two figures agree when their
intervals overlap; that is the whole tolerance model of the totals and consistency checks.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import polars as pl

from budgetkit.validate.config import Tolerances

SCALES = {
    "units": 1,
    "duizend": 1_000,
    "mln": 1_000_000,
    "mld": 1_000_000_000,
    "biljoen": 1_000_000_000_000,
}
#: The amounts columns a figure is read from, in ``Precision.amount``'s order.
AMOUNT_FIELDS = ("amount_eur", "amount_eur_max", "quote", "scale", "qualifier")
#: Also read by polars (``extract_all`` takes whole matches; its regex engine has the same
#: leftmost-first matches).
_NUMBER = re.compile(r"\d+(?:\.\d{3})*(?:,(\d+))?")


def decimals(text: str | None) -> int:
    """Digits printed after the decimal comma of the last number in ``text``."""
    numbers = list(_NUMBER.finditer(text or ""))
    if not numbers:
        return 0
    fraction = numbers[-1].group(1)
    return len(fraction) if fraction else 0


@dataclass(frozen=True)
class Figure:
    """A printed value and the interval of true values it allows (in euros or units)."""

    value: float
    low: float
    high: float
    half_unit: float  # half the last printed digit, in the same unit

    def agrees(self, other: Figure) -> bool:
        return self.low <= other.high and other.low <= self.high

    def __add__(self, other: Figure) -> Figure:
        return Figure(
            self.value + other.value,
            self.low + other.low,
            self.high + other.high,
            self.half_unit + other.half_unit,
        )


def zero() -> Figure:
    return Figure(0.0, 0.0, 0.0, 0.0)


class Precision:
    """Turns amounts and cells into ``Figure`` using the steward's tolerances."""

    def __init__(self, tolerances: Tolerances) -> None:
        self.per_figure = float(tolerances.get("totals", "rounding_per_figure"))
        self.approx = float(tolerances.get("totals", "approximate_fraction"))
        self.approx_words = {w.lower() for w in tolerances.get("totals", "approximate_qualifiers")}
        self.lower_words = {w.lower() for w in tolerances.get("totals", "lower_bound_qualifiers")}
        self.upper_words = {w.lower() for w in tolerances.get("totals", "upper_bound_qualifiers")}
        #: printed text -> its decimals, worked out once per text (quotes and cells repeat)
        self._decimals: dict[str | None, int] = {}

    def decimals(self, text: str | None) -> int:
        if text not in self._decimals:
            self._decimals[text] = decimals(text)
        return self._decimals[text]

    def amount(
        self,
        amount: float,
        maximum: float | None,
        quote: str,
        scale: str | None,
        qualifier: str | None,
    ) -> Figure:
        half = self.per_figure * SCALES.get(scale or "units", 1) * 10 ** -self.decimals(quote)
        low, high = amount - half, (maximum if maximum is not None else amount) + half
        word = (qualifier or "").lower().strip()
        if word in self.lower_words:
            high = math.inf
        elif word in self.upper_words:
            low = 0.0
        elif word in self.approx_words:
            low, high = low - amount * self.approx, high + amount * self.approx
        return Figure(float(amount), low, high, half)

    def of_amount(self, row: Mapping[str, Any]) -> Figure:
        """An amounts row as a figure: the columns named in ``AMOUNT_FIELDS``."""
        return self.amount(*(row[name] for name in AMOUNT_FIELDS))

    def cell(self, value: float, text: str | None, factor: int) -> Figure:
        half = self.per_figure * factor * 10 ** -self.decimals(text)
        return Figure(value * factor, value * factor - half, value * factor + half, half)

    def amount_bounds(self, frame: pl.DataFrame) -> pl.DataFrame:
        """``value``, ``low`` and ``high`` of every amounts row (its ``AMOUNT_FIELDS``), as
        ``amount`` works them out: a rule that reads a hundred thousand figures cannot afford
        a Python call per figure. The float operations are ``amount``'s, in its order, so each bound
        is equal to the bit and a figure on the edge of agreeing is judged the same."""
        frame = self._with_power(frame, "quote")
        amount = pl.col("amount_eur").cast(pl.Float64)
        scale = pl.col("scale").fill_null("units")
        factor = scale.replace_strict(SCALES, default=1, return_dtype=pl.Float64)
        half = pl.lit(self.per_figure) * factor * pl.col("_power")
        low = amount - half
        high = pl.coalesce(pl.col("amount_eur_max").cast(pl.Float64), amount) + half
        words = frame["qualifier"].drop_nulls().unique().to_list()
        kind = pl.col("qualifier").replace_strict(
            {word: self._kind(word.lower().strip()) for word in words}, default=""
        )
        return frame.select(
            amount.alias("value"),
            pl.when(kind == "approx")
            .then(low - amount * self.approx)
            .when(kind == "upper")
            .then(0.0)
            .otherwise(low)
            .alias("low"),
            pl.when(kind == "approx")
            .then(high + amount * self.approx)
            .when(kind == "lower")
            .then(math.inf)
            .otherwise(high)
            .alias("high"),
        )

    def cell_bounds(self, frame: pl.DataFrame) -> pl.DataFrame:
        """``value``, ``low`` and ``high`` of every cell (its ``value``, ``value_text`` and
        ``scale_factor``),
        as ``cell`` works them out, equal to the bit (see ``amount_bounds``)."""
        frame = self._with_power(frame, "value_text")
        factor = pl.col("scale_factor").cast(pl.Float64)
        scaled = pl.col("value") * factor
        half = pl.lit(self.per_figure) * factor * pl.col("_power")
        return frame.select(
            scaled.alias("value"), (scaled - half).alias("low"), (scaled + half).alias("high")
        )

    def _kind(self, word: str) -> str:
        if word in self.lower_words:
            return "lower"
        if word in self.upper_words:
            return "upper"
        return "approx" if word in self.approx_words else ""

    @staticmethod
    def _with_power(frame: pl.DataFrame, text: str) -> pl.DataFrame:
        """``frame`` with ``_power`` = ``10 ** -decimals(text)``: Python's own float for each
        count of decimals found (a handful), so no second pow is trusted to round alike."""
        last = pl.col(text).str.extract_all(_NUMBER.pattern).list.last()
        places = last.str.extract(r",(\d+)$", 1).str.len_chars().fill_null(0).cast(pl.Int64)
        frame = frame.with_columns(places.alias("_power"))
        powers = {d: float(10**-d) for d in frame["_power"].unique().to_list()}
        return frame.with_columns(pl.col("_power").replace_strict(powers, return_dtype=pl.Float64))


def euros(value: float) -> str:
    """A readable euro amount in Dutch notation: € 9,7 mld, € 72 mln, € 12.345."""
    sign = "-" if value < 0 else ""
    value = abs(value)
    for unit, size in (("mld", 1e9), ("mln", 1e6)):
        if value >= size:
            text = f"{value / size:,.3f}".rstrip("0").rstrip(".")
            return f"{sign}€ {_dutch(text)} {unit}"
    return f"{sign}€ {_dutch(f'{value:,.0f}')}"


def _dutch(text: str) -> str:
    return text.replace(",", "_").replace(".", ",").replace("_", ".")
