"""Layer 1, structure: the package against its own Table Schemas, as Frictionless sees it.

Frictionless validates the descriptor and every resource small enough for its row-by-row
loop (types, constraints, primary and foreign keys). A resource above
``structure.frictionless_max_rows`` gets the same checks, derived from the same schema, run
column-wise in polars (types, Pandera constraints, key joins): a million amounts take
seconds instead of minutes. The inlined schemas must also equal ``schemas/*.json``.
"""

from __future__ import annotations

from typing import Any

from frictionless import Package

from budgetkit.schemas import load_schema
from budgetkit.validate.check import Check, run_checks
from budgetkit.validate.config import Tolerances
from budgetkit.validate.loader import PackageData
from budgetkit.validate.modelcheck import constraint_errors, foreign_key_errors, type_errors
from budgetkit.validate.report import LayerResult
from budgetkit.validate.tableschema import primary_key

NAME = "structure"


def _schemas_match(data: PackageData, result: LayerResult) -> None:
    for name in data.resources:
        path = data.project.schemas / f"{name}.json"
        if not path.exists():
            result.error("schema", f"no schemas/{name}.json for resource {name}", resource=name)
        elif load_schema(data.project.schemas, name) != data.schema(name):
            result.error(
                "schema",
                f"the schema inlined in datapackage.json for {name} differs from "
                f"schemas/{name}.json; run `budgetkit extract`",
                resource=name,
            )


def _field(error: Any, schema: dict[str, Any]) -> str | None:
    """The field(s) an error is about; a key error names its key's fields."""
    if getattr(error, "field_name", None):
        return error.field_name
    if error.type == "primary-key":
        return "+".join(primary_key(schema))
    return "+".join(getattr(error, "field_names", None) or []) or None


def _without_keys_into(resource: dict[str, Any], large: set[str]) -> dict[str, Any]:
    """The resource with its foreign keys into ``large`` resources left to polars."""
    schema = resource["schema"]
    kept = [
        fk
        for fk in schema.get("foreignKeys") or []
        if fk["reference"].get("resource", "") not in large
    ]
    return {**resource, "schema": {**schema, "foreignKeys": kept}}


def _frictionless(
    data: PackageData, names: list[str], large: set[str], result: LayerResult
) -> None:
    descriptor: dict[str, Any] = {
        **data.descriptor,
        "resources": [_without_keys_into(data.resources[n], large) for n in names],
    }
    package = Package(descriptor, basepath=str(data.project.datapackage))
    report = package.validate(limit_errors=10**9)  # a steward needs every error, not 1000
    for error in report.errors:  # package-level: the descriptor itself
        result.error(error.type, error.message, resource="datapackage.json")
    for task in report.tasks:
        keys = None
        for error in task.errors:
            row = getattr(error, "row_number", None)
            if row is not None and keys is None:
                keys = dict(data.raw(task.name).select("_row", data.key_of(task.name)).iter_rows())
            result.error(
                error.type,
                error.message,
                resource=task.name,
                row=row,
                key=(keys or {}).get(row),
                field=_field(error, data.schema(task.name)),
            )


class SchemasMatch(Check):
    """The schema inlined in datapackage.json for each resource equals schemas/<name>.json."""

    code = "schema"

    def run(self, data: PackageData, result: LayerResult, state: None) -> None:
        _schemas_match(data, result)


class TableSchemas(Check):
    """Every resource holds to its Table Schema as Frictionless reads it: types,
    constraints, primary and foreign keys. Errors carry Frictionless' own error type: these,
    and any other it defines."""

    codes = ("type-error", "constraint-error", "primary-key", "foreign-key")

    def run(self, data: PackageData, result: LayerResult, state: None) -> None:
        limit = int(Tolerances(data.project).get("structure", "frictionless_max_rows"))
        sizes = {name: data.raw(name).height for name in data.resources}
        # The boundary: a resource of exactly ``limit`` rows is Frictionless'.
        small = [n for n, rows in sizes.items() if rows <= limit]
        large = [n for n in data.resources if n not in small]
        # A small resource's keys into a large one are checked in polars, so Frictionless
        # never reads a large resource just to look keys up in it.
        _frictionless(data, small, set(large), result)
        for name in small:
            result.errors.extend(foreign_key_errors(data, name, set(large)))
        for name in large:
            result.errors.extend(type_errors(data, name))
            result.errors.extend(constraint_errors(data, name, data.schema(name)))
            result.errors.extend(foreign_key_errors(data, name))
        for name, rows in sizes.items():
            result.checked[f"{name} rows"] = rows
        if large:
            result.notes.append(
                f"checked column-wise in polars (over {limit} rows): {', '.join(large)}"
            )


CHECKS: tuple[type[Check], ...] = (
    SchemasMatch,
    TableSchemas,
)


def run(data: PackageData) -> LayerResult:
    return run_checks(NAME, CHECKS, data)
