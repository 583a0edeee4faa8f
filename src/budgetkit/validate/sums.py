"""Printed totals against the sum of their printed parts, told apart as rounding or error.

A table prints each figure rounded to its last digit, so a total may differ from the sum
of its rounded parts by up to half a unit of the last printed digit of every figure
involved (``per_figure`` units: each part, and the total itself). A sum that misses by
no more than that is *rounding*; one that misses by more is a *source error*. Values are
added as whole millionths of the table's unit (``MICRO``), so a sum is exact, never a
float that is off in its last bit.

Everything here works on whole frames in polars: a million cells are added up by joins and
group-bys, never a Python loop per cell.
"""

from __future__ import annotations

import polars as pl

MICRO = 1_000_000
MAX_DEPTH = 12  # header rows inside header rows; a deeper table is not a budget table
HOLDS, ROUNDING, SOURCE_ERROR = "holds", "rounding", "source_error"
_DECIMALS = r",(\d+)\s*%?\s*$"


def printed_decimals(text: pl.Expr) -> pl.Expr:
    """Digits after the decimal comma of a printed cell ("4.262,6" 1, "1.234" 0)."""
    return text.str.extract(_DECIMALS, 1).str.len_chars().fill_null(0).cast(pl.Int64)


def with_precision(cells: pl.DataFrame, per_figure: float) -> pl.DataFrame:
    """``cells`` with ``micro`` (the value in millionths) and ``tol`` (half a printed unit,
    times ``per_figure`` / 0.5, in millionths)."""
    decimals = printed_decimals(pl.col("value_text")).clip(0, 6)
    return cells.with_columns(
        (pl.col("value") * MICRO).round(0).cast(pl.Int64).alias("micro"),
        (pl.lit(per_figure) * pl.lit(10.0).pow(6 - decimals)).round(0).cast(pl.Int64).alias("tol"),
    )


def verdict(difference: pl.Expr, tolerance: pl.Expr) -> pl.Expr:
    """holds when exact; rounding within the printed precision; a source error beyond."""
    return (
        pl.when(difference == 0)
        .then(pl.lit(HOLDS))
        .when(difference.abs() <= tolerance)
        .then(pl.lit(ROUNDING))
        .otherwise(pl.lit(SOURCE_ERROR))
    )


def parent_sums(cells: pl.DataFrame, per_figure: float) -> pl.DataFrame:
    """Every parent cell against the sum of its summand rows in the same column.

    ``cells`` has ``table_id``, ``row_id``, ``parent_row_id``, ``adds_up``,
    ``column_label``, ``value``, ``value_text`` (value null: a row without a figure there).
    A summand is a row with a parent and ``adds_up`` not false (a "waarvan" row is a part of
    its parent, not a summand). A summand with no figure in the column counts 0; a summand
    with no figure of its own but summands of its own (a header row) counts as their sum.

    Returns one row per (table, parent row, column) where the parent prints a figure and
    at least one summand has one: ``total``, ``parts``, ``parts_count`` (in millionths),
    ``tolerance``, ``difference`` = total - parts, and ``verdict``.
    """
    keys = ["table_id", "row_id", "column_label"]
    figures = with_precision(cells.filter(pl.col("value").is_not_null()), per_figure)
    own = figures.select(*keys, "micro", "tol", pl.lit(1, dtype=pl.UInt32).alias("n"))
    edges = (
        cells.filter(pl.col("parent_row_id").is_not_null() & pl.col("adds_up").ne_missing(False))
        .select("table_id", "row_id", "parent_row_id")
        .unique()
    )
    effective = own.sort(keys)
    sums = _sums(edges, effective)
    for _ in range(MAX_DEPTH):
        # A parent without a figure of its own in a column stands for its summands' sum there.
        headers = sums.join(own, on=keys, how="anti")
        grown = pl.concat([own, headers.select(own.columns)]).sort(keys)
        if grown.equals(effective):
            break
        effective = grown
        sums = _sums(edges, effective)
    relations = own.join(sums, on=keys, how="inner", suffix="_parts")
    difference = pl.col("micro") - pl.col("micro_parts")
    tolerance = pl.col("tol") + pl.col("tol_parts")
    return relations.select(
        *keys,
        pl.col("micro").alias("total"),
        pl.col("micro_parts").alias("parts"),
        pl.col("n_parts").alias("parts_count"),
        tolerance.alias("tolerance"),
        difference.alias("difference"),
        verdict(difference, tolerance).alias("verdict"),
    )


def _sums(edges: pl.DataFrame, effective: pl.DataFrame) -> pl.DataFrame:
    """Per (table, parent, column): the summed figures of its summand rows."""
    return (
        edges.join(effective, on=["table_id", "row_id"], how="inner")
        .group_by("table_id", "parent_row_id", "column_label")
        .agg(pl.col("micro").sum(), pl.col("tol").sum(), pl.col("n").sum())
        .rename({"parent_row_id": "row_id"})
    )
