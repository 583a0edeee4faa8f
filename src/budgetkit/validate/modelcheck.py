"""The contracts layer's column rules on polars frames: Table Schema types, then the
Pandera model built from the same schema; results are cached on the loaded package so a
resource is checked once per run.
"""

from __future__ import annotations

from typing import Any

import pandera.polars as pa
import polars as pl

from budgetkit.validate.loader import PackageData
from budgetkit.validate.report import DataError
from budgetkit.validate.tableschema import DTYPES, URI_PATTERN, primary_key

_CACHE_ATTR = "_model_errors"


def type_errors(data: PackageData, name: str) -> list[DataError]:
    """Cells that are not of their field's Table Schema type."""
    failures = data.type_errors(name)
    if failures.is_empty():
        return []
    keyed = failures.join(
        data.raw(name).select("_row", data.key_of(name).alias("key")), on="_row", how="left"
    ).sort("_row", "field")
    types = {f["name"]: f.get("type", "string") for f in data.schema(name)["fields"]}
    return [
        DataError(
            check="type-error",
            resource=name,
            row=row,
            key=key,
            field=fld,
            message=f'"{value}" in field {fld} is not of type {types[fld]}',
        )
        for row, fld, value, key in keyed.select("_row", "field", "value", "key").iter_rows()
    ]


def _pandera_failures(data: PackageData, name: str, schema: dict[str, Any]) -> pl.DataFrame:
    typed = data.typed(name)
    model = pandera_schema(schema, name)
    try:
        model.validate(typed, lazy=True)
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
    else:
        return pl.DataFrame()
    cases = cases.filter(pl.col("index").is_not_null()).with_columns(pl.col("index").cast(pl.Int64))
    rows = typed.select(pl.col("_row"), data.key_of(name).alias("key")).with_row_index("index")
    cases = cases.join(rows.with_columns(pl.col("index").cast(pl.Int64)), on="index", how="left")
    # A cell that failed its type is null now; its "not nullable" failure is the same error.
    bad = data.type_errors(name).select("_row", pl.col("field").alias("column"))
    cases = cases.join(bad, on=["_row", "column"], how="anti")
    # Like Frictionless, a repeated value is an error where it repeats, not where it starts.
    firsts = [
        typed.select(
            "_row",
            pl.lit(column).alias("column"),
            pl.struct(cols).is_first_distinct().alias("first"),
        ).filter("first")
        for column, cols in _unique_sets(schema)
    ]
    if firsts:
        unique = pl.col("check").is_in(["field_uniqueness", "multiple_fields_uniqueness"])
        first_rows = pl.concat(firsts).select("_row", "column")
        repeats = (
            cases.filter(unique)
            .with_columns(pl.col("column").fill_null(""))  # "" = the primary key as a whole
            .join(first_rows, on=["_row", "column"], how="anti")
            .with_columns(pl.col("column").replace("", None))
        )
        cases = pl.concat([cases.filter(~unique), repeats], how="vertical_relaxed")
    return cases


def _unique_sets(schema: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """(column as Pandera names it in a failure, "" for the whole key; its columns)."""
    sets: list[tuple[str, list[str]]] = [
        (f["name"], [f["name"]])
        for f in schema["fields"]
        if (f.get("constraints") or {}).get("unique") or primary_key(schema) == [f["name"]]
    ]
    if len(primary_key(schema)) > 1:
        sets.append(("", primary_key(schema)))
    return sets


def constraint_errors(data: PackageData, name: str, schema: dict[str, Any]) -> list[DataError]:
    """Pandera's verdict on one resource, one error per failing cell (cached per run)."""
    cache: dict[str, list[DataError]] = data.__dict__.setdefault(_CACHE_ATTR, {})
    if name not in cache:
        cases = _pandera_failures(data, name, schema)
        errors = []
        if not cases.is_empty():
            for row, key, column, check, value in (
                cases.select("_row", "key", "column", "check", "failure_case")
                .sort("_row", "column", "check")
                .iter_rows()
            ):
                errors.append(
                    DataError(
                        check=_check_name(check),
                        resource=name,
                        row=row,
                        key=key,
                        field=column or "+".join(primary_key(schema)) or None,
                        message=_describe(check, column, value),
                    )
                )
        cache[name] = errors
    return cache[name]


def _check_name(check: str) -> str:
    if check == "not_nullable":
        return "required"
    if check in ("field_uniqueness", "multiple_fields_uniqueness"):
        return "unique"
    return "constraint"


def _describe(check: str, column: str | None, value: Any) -> str:
    if check == "not_nullable":
        return f"{column} is required but empty"
    if check == "field_uniqueness":
        return f'{column} "{value}" is not unique'
    if check == "multiple_fields_uniqueness":
        return f"primary key {value} is not unique"
    return f'{column} "{value}" fails {check}'


def _checks(field: dict[str, Any]) -> list[pa.Check]:
    constraints = field.get("constraints") or {}
    checks = []
    if "enum" in constraints:
        checks.append(pa.Check.isin(constraints["enum"]))
    if "pattern" in constraints:
        checks.append(pa.Check.str_matches(f"^(?:{constraints['pattern']})$"))
    if "minimum" in constraints:
        checks.append(pa.Check.ge(constraints["minimum"]))
    if "maximum" in constraints:
        checks.append(pa.Check.le(constraints["maximum"]))
    if "minLength" in constraints or "maxLength" in constraints:
        checks.append(
            pa.Check.str_length(constraints.get("minLength"), constraints.get("maxLength"))
        )
    if field.get("format") == "uri":
        checks.append(pa.Check.str_matches(URI_PATTERN))
    return checks


def pandera_schema(schema: dict[str, Any], name: str) -> pa.DataFrameSchema:
    """The Pandera model of one Table Schema: types, required, unique, enum, pattern, bounds."""
    key = primary_key(schema)
    columns = {}
    for field in schema["fields"]:
        constraints = field.get("constraints") or {}
        columns[field["name"]] = pa.Column(
            DTYPES.get(field.get("type", "string"), pl.Utf8),
            checks=_checks(field),
            nullable=not (constraints.get("required") or field["name"] in key),
            unique=bool(constraints.get("unique")) or key == [field["name"]],
        )
    return pa.DataFrameSchema(
        columns,
        name=name,
        unique=key if len(key) > 1 else None,
        strict=False,  # the loader adds _row
    )
