"""Layer 1, structure: the package against its own Table Schemas, as Frictionless sees it.

Frictionless is the one judge of every structural error this layer reports: types,
constraints, primary and foreign keys, labels, blank rows, extra and missing cells, every
error (no 1000-error cap), with Frictionless' own types and messages. There is one code
path for every size of resource: ``Package.validate``'s own steps (the descriptor, then
``Resource.validate`` for each resource) on the package's descriptor.

What makes a million rows fast is *which* rows Frictionless reads, not who judges them:
``structure_screen`` picks, column-wise with polars, every row that is not plainly valid
(and the rows those refer to), Frictionless validates just those in a package of the
same descriptor, and its row numbers are mapped back. The screen only ever over-selects;
whatever it cannot read exactly as Frictionless does sends every row of that resource to
Frictionless, so the report is the one a full run gives (tests compare the two on every
error kind and on randomly broken packages). The contracts layer's Pandera model stays
a different component judging the same schemas, so the two layers check each other. The
inlined schemas must also equal ``schemas/*.json``.
"""

from __future__ import annotations

from typing import Any

from budgetkit.cyclegc import without_cycle_collection
from budgetkit.schemas import load_schema
from budgetkit.validate import structure_screen
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


def _frictionless(data: PackageData, result: LayerResult) -> None:
    """The screen reads each resource through the loader (``data.scan``): from its frame
    when a layer loaded it, else streamed, keeping only the screen's columns; the rows
    Frictionless finds errors in are then read from their records alone, and kept for the
    runner (their keys here, their source lines there)."""
    report = structure_screen.validate(data.descriptor, data.project.datapackage, scan=data.scan)
    for error in report.errors:  # package-level: the descriptor itself
        result.error(error.type, error.message, resource="datapackage.json")
    for name, errors in report.tasks:
        rows = sorted({e.row_number for e in errors if getattr(e, "row_number", None)})
        keys = {}
        if rows:
            table = report.tables.get(name)
            if table is not None and not data.loaded(name):
                found = structure_screen.records(table, rows)
                if found is not None:
                    data.keep_rows(name, found)
            keys = dict(data.rows(name, rows).select("_row", data.key_of(name)).iter_rows())
        for error in errors:
            row = getattr(error, "row_number", None)
            result.error(
                error.type,
                error.message,
                resource=name,
                row=row,
                key=keys.get(row),
                field=_field(error, data.schema(name)),
            )
    for name, table in report.tables.items():
        read = table.rows if table.all_rows else int(structure_screen.kept(table).sum())
        result.checked[f"{name} rows read by Frictionless"] = read
        result.checked[f"{name} rows it read to look keys up"] = sum(table.lookups.values())


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
        _frictionless(data, result)
        for name in data.resources:
            result.checked[f"{name} rows"] = data.height(name)


CHECKS: tuple[type[Check], ...] = (
    SchemasMatch,
    TableSchemas,
)


def run(data: PackageData) -> LayerResult:
    """Without the cyclic collector: Frictionless makes tens of thousands of objects (rows,
    cells, error metadata) that reference counting frees, and each collection they set off
    rescans objects alive (at a million amounts 350 collections, 3 of them full: ~0.3 CPU
    s). The few cycles (a package and its resources) wait for the next collection."""
    with without_cycle_collection():
        return run_checks(NAME, CHECKS, data)
