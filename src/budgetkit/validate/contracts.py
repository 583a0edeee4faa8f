"""Layer 2, contracts: Pandera models built from ``schemas/*.json``, plus cross-column rules.

The column rules (type, required, unique, enum, pattern, bounds, primary key) come from the
Table Schemas at run time; nothing is copied here. What a Table Schema cannot say is added
as dataframe rules: a range's upper bound is not below its lower bound, a year span and a
section's, measure's or table's lines do not run backwards, a table row's parent is a row
of the same table, and an amount that funds a measure stands inside that measure's lines.
"""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

from budgetkit.schemas import load_schema
from budgetkit.validate.check import Check, run_checks
from budgetkit.validate.loader import PackageData
from budgetkit.validate.modelcheck import constraint_errors, type_errors
from budgetkit.validate.report import LayerResult

NAME = "contracts"


def _rule(
    result: LayerResult,
    data: PackageData,
    name: str,
    frame: pl.DataFrame,
    check: str,
    field: str,
    message: str,
    columns: list[str],
) -> None:
    """One error per row of ``frame`` (the rows breaking the rule), ``message`` filled in.

    Only failing rows reach Python, so the message is formatted there: ``pl.format`` on a
    filtered multi-chunk frame panics in polars 1.x/2.x ("assertion failed: i < self.len()").
    """
    rows = frame.rechunk().select("_row", data.key_of(name).alias("key"), *columns).sort("_row")
    for row, key, *values in rows.iter_rows():
        result.error(check, message.format(*values), resource=name, row=row, key=key, field=field)


def _not_below(
    result: LayerResult,
    data: PackageData,
    name: str,
    check: str,
    upper: str,
    lower: str,
    word: str,
) -> None:
    """One error per row of ``name`` whose ``upper`` column is below its ``lower`` one
    (a range, a year span or a line span running backwards)."""
    bad = data.typed(name).filter(pl.col(upper) < pl.col(lower))
    message = f"{upper} {{}} is {word} {lower} {{}}"
    _rule(result, data, name, bad, check, upper, message, [upper, lower])


def _guarded(result: LayerResult, rule: str, apply: Callable[[], None]) -> None:
    """Run one group of rules; one that cannot run is reported as an error, not a crash.

    A polars panic is a ``BaseException`` (pyo3), so it is caught by name here.
    """
    try:
        apply()
    except (Exception, pl.exceptions.PanicException) as exc:
        result.error(
            "rule-failed",
            f"contract rules '{rule}' could not run: {type(exc).__name__}: "
            f"{str(exc).splitlines()[0] if str(exc) else ''}",
        )


class ColumnRules(Check):
    """Each column holds to its Table Schema as a Pandera model built from schemas/*.json:
    type, required, unique, enum, pattern, bounds, primary key."""

    codes = ("type-error", "required", "unique", "constraint")

    def run(self, data: PackageData, result: LayerResult, state: None) -> None:
        for name in data.resources:
            schema = load_schema(data.project.schemas, name)
            result.errors.extend(type_errors(data, name))
            result.errors.extend(constraint_errors(data, name, schema))
            result.checked[f"{name} rows"] = data.raw(name).height


class _Guarded(Check):
    """A dataframe rule; one that cannot run is reported as ``rule-failed``, not a crash."""

    code = "rule-failed"

    def run(self, data: PackageData, result: LayerResult, state: None) -> None:
        _guarded(result, self.code, lambda: self.apply(data, result))

    def apply(self, data: PackageData, result: LayerResult) -> None:
        raise NotImplementedError


class AmountRange(_Guarded):
    """A range's upper bound (amount_eur_max) is not below its lower bound."""

    code = "range"

    def apply(self, data: PackageData, result: LayerResult) -> None:
        _not_below(result, data, "amounts", self.code, "amount_eur_max", "amount_eur", "below")


class YearSpan(_Guarded):
    """An amount's year span does not run backwards."""

    code = "year-span"

    def apply(self, data: PackageData, result: LayerResult) -> None:
        _not_below(result, data, "amounts", self.code, "year_to", "year_from", "before")


class MeasureSpan(_Guarded):
    """An amount that funds a measure stands in that measure's document, inside its lines."""

    code = "measure-span"

    def apply(self, data: PackageData, result: LayerResult) -> None:
        measures = data.typed("measures").select(
            "measure_id",
            pl.col("document_id").alias("m_document_id"),
            "line_start",
            "line_end",
        )
        joined = (
            data.typed("amounts")
            .filter(pl.col("measure_id").is_not_null())
            .join(measures, on="measure_id", how="inner")
        )
        bad = joined.filter(
            (pl.col("document_id") != pl.col("m_document_id"))
            | (pl.col("line") < pl.col("line_start"))
            | (pl.col("line") > pl.col("line_end"))
        )
        _rule(
            result,
            data,
            "amounts",
            bad,
            self.code,
            "measure_id",
            "amount at {} line {} lies outside measure {} ({} lines {}-{})",
            ["document_id", "line", "measure_id", "m_document_id", "line_start", "line_end"],
        )


class LineSpan(_Guarded):
    """A section's, measure's or table's last line is not before its first."""

    code = "line-span"

    def apply(self, data: PackageData, result: LayerResult) -> None:
        for name in ("sections", "measures", "tables"):
            _not_below(result, data, name, self.code, "line_end", "line_start", "before")


class ParentRow(_Guarded):
    """A table row's parent is a row of the same table."""

    code = "parent-row"

    def apply(self, data: PackageData, result: LayerResult) -> None:
        cells = data.typed("table_cells")
        rows = cells.select("table_id", pl.col("row_id").alias("parent_row_id")).unique()
        bad = cells.filter(pl.col("parent_row_id").is_not_null()).join(
            rows, on=["table_id", "parent_row_id"], how="anti"
        )
        _rule(
            result,
            data,
            "table_cells",
            bad,
            self.code,
            "parent_row_id",
            "parent_row_id {} is not a row of table {}",
            ["parent_row_id", "table_id"],
        )


CHECKS: tuple[type[Check], ...] = (
    ColumnRules,
    AmountRange,
    YearSpan,
    MeasureSpan,
    LineSpan,
    ParentRow,
)


def run(data: PackageData) -> LayerResult:
    return run_checks(NAME, CHECKS, data)
