"""Layer 1, structure: the package against its own Table Schemas, as Frictionless sees it.

Frictionless validates the descriptor and every resource, whatever its size, in its own
row loop: types, constraints, primary and foreign keys, every error (no 1000-error cap).
There is one code path: the column-wise rules that make a million rows fast are the
contracts layer's Pandera model, a different component judging the same schemas, so the
two layers check each other instead of one re-implementing the other. The inlined schemas
must also equal ``schemas/*.json``.
"""

from __future__ import annotations

from typing import Any

from frictionless import Package

from budgetkit.schemas import load_schema
from budgetkit.validate.check import Check, run_checks
from budgetkit.validate.loader import PackageData
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


def _frictionless(data: PackageData, names: list[str], result: LayerResult) -> None:
    descriptor: dict[str, Any] = {
        **data.descriptor,
        "resources": [data.resources[n] for n in names],
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
        _frictionless(data, list(data.resources), result)
        for name in data.resources:
            result.checked[f"{name} rows"] = data.raw(name).height


CHECKS: tuple[type[Check], ...] = (
    SchemasMatch,
    TableSchemas,
)


def run(data: PackageData) -> LayerResult:
    return run_checks(NAME, CHECKS, data)
