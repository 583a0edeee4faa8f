"""The data package as one SQLite database, built with sqlite-utils.

Every resource becomes a table whose columns, types, primary key and foreign keys come
from its Table Schema; indexes follow from the schema too (foreign keys, enumerations,
unique fields) plus the columns the site facets on, so faceted pages stay fast on a
million rows. Full-text search uses the trigram tokenizer by default: Dutch writes
compounds as one word, and a search for "jeugd" must find "jeugdzorg"; ``publish/site.yml``
can choose a word tokenizer for a huge table (prefix queries still find "jeugdzorg").
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlite_utils

from budgetkit.errors import InputError
from budgetkit.project import Project
from budgetkit.publish import measure_links, source_lines, summaries
from budgetkit.publish.site import Site

COLUMN_TYPES: dict[str, type] = {"integer": int, "number": float, "boolean": int}
TRUE_VALUES = ("true", "True", "TRUE", "1")
FALSE_VALUES = ("false", "False", "FALSE", "0")
BATCH = 5000


def _as_list(fields: str | list[str]) -> list[str]:
    return [fields] if isinstance(fields, str) else list(fields)


def _converter(field: dict[str, Any]) -> Callable[[str], Any]:
    kind = field.get("type", "string")
    if kind == "integer":
        return int
    if kind == "number":
        return float
    if kind == "boolean":
        true_values = field.get("trueValues", TRUE_VALUES)
        false_values = field.get("falseValues", FALSE_VALUES)

        def boolean(text: str) -> int:
            if text in true_values:
                return 1
            if text in false_values:
                return 0
            raise ValueError(f"not a boolean: {text!r}")

        return boolean
    return str


def read_rows(path: Path, schema: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Typed rows of a package CSV; missing values become NULL."""
    missing = set(schema.get("missingValues", [""]))
    converters = {field["name"]: _converter(field) for field in schema["fields"]}
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(path, f"cannot read resource: {exc.strerror}") from None
    with handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != list(converters):
            raise InputError(path, "header does not match the resource's schema", 1)
        for row in reader:
            try:
                yield {
                    name: None if text in missing else converters[name](text)
                    for name, text in row.items()
                }
            except ValueError as exc:
                raise InputError(path, str(exc), reader.line_num) from None


def _foreign_keys(table: str, schema: dict[str, Any]) -> list[tuple[str, str, str]]:
    keys = []
    for key in schema.get("foreignKeys", []):
        fields = _as_list(key["fields"])
        others = _as_list(key["reference"]["fields"])
        if len(fields) != 1 or len(others) != 1:
            raise InputError(table, "multi-column foreign keys are not supported in SQLite export")
        other_table = key["reference"]["resource"] or table
        keys.append((fields[0], other_table, others[0]))
    return keys


def facet_indexes(table: str, schema: dict[str, Any], site: Site) -> list[list[str]]:
    """Indexes that keep faceted pages fast on millions of rows.

    (facet, primary key): a page filtered on a facet reads its first rows in key order
    from the index instead of sorting every match. (facet, other facet): that page counts
    the other facets from one covering index instead of looking up every matching row.
    """
    primary = _as_list(schema.get("primaryKey", []))
    facets = site.facets(table)
    by_key = [[facet, *primary] for facet in facets if facet not in primary]
    pairs = [[first, second] for first in facets for second in facets if first != second]
    return by_key + pairs


def index_columns(table: str, schema: dict[str, Any], site: Site) -> list[str]:
    """Columns worth an index of their own: foreign keys, enumerations and unique fields
    (facet columns are covered by ``facet_indexes``, which lead with them)."""
    primary = _as_list(schema.get("primaryKey", []))
    wanted = [column for column, _, _ in _foreign_keys(table, schema)]
    for field in schema["fields"]:
        constraints = field.get("constraints", {})
        if "enum" in constraints or constraints.get("unique"):
            wanted.append(field["name"])
    leading = {index[0] for index in facet_indexes(table, schema, site)} | set(primary[:1])
    return [column for column in dict.fromkeys(wanted) if column not in leading]


def create_table(
    db: sqlite_utils.Database, name: str, schema: dict[str, Any], rows: Iterator[dict[str, Any]]
) -> None:
    fields = schema["fields"]
    primary = _as_list(schema.get("primaryKey", []))
    db[name].create(
        {field["name"]: COLUMN_TYPES.get(field.get("type"), str) for field in fields},
        pk=primary[0] if len(primary) == 1 else (tuple(primary) or None),
        not_null={f["name"] for f in fields if f.get("constraints", {}).get("required")},
        foreign_keys=_foreign_keys(name, schema),
    )
    db[name].insert_all(rows, batch_size=BATCH)


def finish_table(db: sqlite_utils.Database, name: str, schema: dict[str, Any], site: Site) -> None:
    """Indexes and full-text search, added after loading (faster than maintaining them)."""
    for column in index_columns(name, schema, site):
        db[name].create_index([column], if_not_exists=True)
    for columns in facet_indexes(name, schema, site):
        db[name].create_index(columns, if_not_exists=True)
    search = site.search(name)
    if search:
        db[name].enable_fts(search, tokenize=site.tokenizer(name), create_triggers=False)
        db[name].optimize()


#: Tables the site adds to the package's resources, each with its own Table Schema.
DERIVED_SCHEMAS: dict[str, dict[str, Any]] = {
    "source_lines": source_lines.SCHEMA,
    "measure_links": measure_links.SCHEMA,
    "amount_totals": summaries.SCHEMA,
}


def build_database(
    project: Project, descriptor: dict[str, Any], site: Site, out: Path
) -> dict[str, int]:
    """Write every resource and the derived tables (``DERIVED_SCHEMAS``) into ``out``.

    Returns the row count of every table (for Datasette's inspect data).
    """
    db = sqlite_utils.Database(out)
    db.execute("PRAGMA journal_mode = OFF")  # a temporary file: nothing to roll back to
    db.execute("PRAGMA synchronous = OFF")
    schemas = {r["name"]: r["schema"] for r in descriptor["resources"]}
    for resource in descriptor["resources"]:
        path = project.datapackage / resource["path"]
        with db.conn:
            create_table(
                db, resource["name"], resource["schema"], read_rows(path, resource["schema"])
            )
    documents = list(db["documents"].rows)
    derived_rows = {
        "source_lines": source_lines.read_source_lines(project.root, documents),
        "measure_links": measure_links.read_measure_links(project),
        "amount_totals": iter(()),  # filled by SQL below
    }
    for name, schema in DERIVED_SCHEMAS.items():
        with db.conn:
            create_table(db, name, schema, derived_rows[name])
        schemas[name] = schema
    summaries.fill_amount_totals(db)
    for name, schema in schemas.items():
        finish_table(db, name, schema, site)
    db.analyze()
    counts = {name: db[name].count for name in db.table_names()}
    db.close()
    return counts
