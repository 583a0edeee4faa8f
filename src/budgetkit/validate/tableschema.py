"""Table Schema → polars types, so no constraint is written twice.

``schemas/*.json`` is the only place a column's type, requiredness, enum, pattern, bounds
and keys are stated. This module reads them at run time: ``cast_frame`` applies the types;
``modelcheck.pandera_schema`` builds the Pandera model that checks the rest (there, so
that the layers which never run Pandera do not import it).
"""

from __future__ import annotations

from typing import Any

import polars as pl

#: Table Schema type -> polars dtype. Types not listed are kept as text.
DTYPES: dict[str, Any] = {
    "string": pl.Utf8,
    "integer": pl.Int64,
    "number": pl.Float64,
    "boolean": pl.Boolean,
    "date": pl.Date,
    "year": pl.Int64,
}
TRUE_VALUES = ("true", "True", "TRUE", "1")
FALSE_VALUES = ("false", "False", "FALSE", "0")
#: A Table Schema "uri" format value: a scheme, a colon, something after it.
URI_PATTERN = r"^[A-Za-z][A-Za-z0-9+.\-]*:\S+$"


def primary_key(schema: dict[str, Any]) -> list[str]:
    key = schema.get("primaryKey") or []
    return [key] if isinstance(key, str) else list(key)


def _cast(name: str, kind: str) -> pl.Expr:
    col = pl.col(name)
    if kind == "boolean":
        return (
            pl.when(col.is_in(TRUE_VALUES))
            .then(True)
            .when(col.is_in(FALSE_VALUES))
            .then(False)
            .otherwise(None)
            .alias(name)
        )
    if kind == "date":
        return col.str.to_date("%Y-%m-%d", strict=False).alias(name)
    if kind in ("integer", "year"):
        # "+3", "3.0" or " 3" are not Table Schema integers; polars would accept some.
        return pl.when(col.str.contains(r"^-?[0-9]+$")).then(col).cast(pl.Int64, strict=False)
    return col.cast(DTYPES.get(kind, pl.Utf8), strict=False).alias(name)


def cast_frame(raw: pl.DataFrame, schema: dict[str, Any]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Cast each column of an all-text frame to its type; return it and the cells that failed.

    A failed cell is null in the typed frame and listed as (``_row``, ``field``, ``value``).
    """
    fields = schema["fields"]
    typed = raw.with_columns([_cast(f["name"], f.get("type", "string")) for f in fields])
    failures = [
        raw.filter(pl.col(f["name"]).is_not_null() & typed[f["name"]].is_null()).select(
            "_row", pl.lit(f["name"]).alias("field"), pl.col(f["name"]).alias("value")
        )
        for f in fields
        if f.get("type", "string") != "string"
    ]
    errors = (
        pl.concat(failures)
        if failures
        else pl.DataFrame(schema={"_row": pl.Int64, "field": pl.Utf8, "value": pl.Utf8})
    )
    return typed, errors
