"""The data package as one SQLite database, built with sqlite-utils.

Every resource becomes a table whose columns, types, primary key and foreign keys come
from its Table Schema; indexes follow from the schema too (foreign keys, enumerations,
unique fields) plus the columns the site facets on, so faceted pages stay fast on a
million rows. Full-text search uses the trigram tokenizer by default: Dutch writes
compounds as one word, and a search for "jeugd" must find "jeugdzorg"; ``publish/site.yml``
can choose a word tokenizer for a huge table (prefix queries still find "jeugdzorg").
"""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils.utils import Format, rows_from_file

from budgetkit.errors import InputError
from budgetkit.project import Project
from budgetkit.publish import facet_counts, measure_links, source_lines, summaries
from budgetkit.publish.site import Site
from budgetkit.schemas import load_schema

COLUMN_TYPES: dict[str, type] = {"integer": int, "number": float, "boolean": int}
#: How a column is declared: "any" keeps each value's own type (BLOB affinity).
DECLARED_TYPES: dict[str, type] = {**COLUMN_TYPES, "any": bytes}
TRUE_VALUES = ("true", "True", "TRUE", "1")
FALSE_VALUES = ("false", "False", "FALSE", "0")
BATCH = 5000
#: Tables the site adds to the package's resources; each has its schema in ``schemas/``.
DERIVED = ("source_lines", "measure_links", "amount_totals", "chart_amounts", "facet_counts")


def _as_list(fields: str | list[str]) -> list[str]:
    return [fields] if isinstance(fields, str) else list(fields)


def derived_schemas(project: Project) -> dict[str, dict[str, Any]]:
    """The Table Schemas of the tables publishing adds (``schemas/<name>.json``)."""
    return {name: load_schema(project.schemas, name) for name in DERIVED}


def _csv_rows(path: Path, schema: dict[str, Any], lines: array) -> Iterator[dict[str, Any]]:
    """The resource's rows as sqlite-utils reads a CSV: text, typed by the table. ``lines``
    gets the file line each row starts on (a quoted value may hold line breaks)."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(path, f"cannot read resource: {exc.strerror}") from None
    fields = [field["name"] for field in schema["fields"]]
    with handle:
        rows, _ = rows_from_file(handle, Format.CSV, encoding="utf-8")
        line = 2
        for row in rows:
            if list(row) != fields:
                raise InputError(path, "row does not match the resource's schema", line)
            lines.append(line)
            line += 1 + sum(value.count("\n") for value in row.values() if value)
            yield row


def _typed_by_sqlite(
    db: sqlite_utils.Database, name: str, schema: dict[str, Any], path: Path, lines: array
) -> None:
    """Text loaded into typed columns: SQLite's column affinity has turned numbers into
    INTEGER or REAL; here missing values become NULL and booleans 0 or 1, and a value that
    is still text in a typed column is bad input naming its column."""
    missing = list(schema.get("missingValues", [""]))
    assignments, typed = [], []
    for field in schema["fields"]:
        column = f'"{field["name"]}"'
        kind = field.get("type", "string")
        if kind == "boolean":
            true = list(field.get("trueValues", TRUE_VALUES))
            false = list(field.get("falseValues", FALSE_VALUES))
            value = (
                f"case when {column} in ({_marks(true)}) then 1 "
                f"when {column} in ({_marks(false)}) then 0 else {column} end"
            )
            params = [*missing, *true, *false]
        else:
            value, params = column, list(missing)
        assignments.append(
            (
                f"{column} = case when {column} in ({_marks(missing)}) then null else {value} end",
                params,
            )
        )
        if kind in COLUMN_TYPES:
            typed.append(field["name"])
    sql = f'update "{name}" set ' + ", ".join(a for a, _ in assignments)
    try:
        db.execute(sql, [p for _, params in assignments for p in params])
    except sqlite3.IntegrityError as exc:
        raise InputError(path, f"a required value is missing: {exc}") from None
    for column in typed:
        bad = db.execute(
            f'select "{column}", rowid from "{name}" where typeof("{column}") = \'text\' '
            "order by rowid limit 1"
        ).fetchone()
        if bad:
            # rows were inserted in file order, so rowid n is the n-th row, unless an integer
            # primary key stands in for the rowid
            line = None if _integer_key(schema) else lines[bad[1] - 1]
            raise InputError(
                path, f"{bad[0]!r} in column {column} is not of its schema's type", line
            )


def _integer_key(schema: dict[str, Any]) -> bool:
    key = _as_list(schema.get("primaryKey", []))
    types = {field["name"]: field.get("type") for field in schema["fields"]}
    return len(key) == 1 and types.get(key[0]) == "integer"


def _marks(values: list[str]) -> str:
    return ", ".join("?" for _ in values)


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
        {field["name"]: DECLARED_TYPES.get(field.get("type"), str) for field in fields},
        pk=primary[0] if len(primary) == 1 else (tuple(primary) or None),
        not_null={f["name"] for f in fields if f.get("constraints", {}).get("required")},
        foreign_keys=_foreign_keys(name, schema),
    )
    db[name].insert_all(rows, batch_size=BATCH)


def store_in_order(
    db: sqlite_utils.Database, name: str, schema: dict[str, Any], order: str, config: Path
) -> None:
    """Rewrite a loaded table with its rows in ``order`` (``stored_order`` in site.yml), so
    its rowids follow that order and so does its full-text index, built afterwards: a
    search can then take its first matches in that order and stop, instead of looking up
    and sorting every match (the search page, on a term with 36,000 matches)."""
    loaded = f"{name}__as_loaded"
    columns = ", ".join(f'"{field["name"]}"' for field in schema["fields"])
    with db.conn:
        db.execute(f'alter table "{name}" rename to "{loaded}"')
        create_table(db, name, schema, iter(()))
        try:
            db.execute(
                f'insert into "{name}" ({columns}) select {columns} from "{loaded}" as "{name}"'
                f" order by {order}"
            )
        except sqlite3.Error as exc:
            raise InputError(config, f"stored_order of {name}: {exc}") from None
        db.execute(f'drop table "{loaded}"')


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


def build_database(
    project: Project, descriptor: dict[str, Any], site: Site, out: Path
) -> dict[str, int]:
    """Write every resource and the derived tables (``DERIVED``) into ``out``.

    Returns the row count of every table (for Datasette's inspect data).
    """
    db = sqlite_utils.Database(out)
    db.execute("PRAGMA journal_mode = OFF")  # a temporary file: nothing to roll back to
    db.execute("PRAGMA synchronous = OFF")
    schemas = {r["name"]: r["schema"] for r in descriptor["resources"]}
    for resource in descriptor["resources"]:
        path = project.datapackage / resource["path"]
        lines = array("q")
        with db.conn:
            rows = _csv_rows(path, resource["schema"], lines)
            create_table(db, resource["name"], resource["schema"], rows)
            _typed_by_sqlite(db, resource["name"], resource["schema"], path, lines)
    for resource in descriptor["resources"]:
        order = site.stored_order(resource["name"])
        if order:
            store_in_order(
                db, resource["name"], resource["schema"], order, project.publish / "site.yml"
            )
    documents = list(db["documents"].rows)
    derived_rows = {
        "source_lines": source_lines.read_source_lines(project.root, documents),
        "measure_links": measure_links.read_measure_links(project),
        "amount_totals": iter(()),  # filled by SQL below
        "chart_amounts": iter(()),  # filled by SQL below
        "facet_counts": iter(()),  # filled by SQL below, from the indexes
    }
    for name, schema in derived_schemas(project).items():
        with db.conn:
            create_table(db, name, schema, derived_rows[name])
        schemas[name] = schema
    summaries.fill_amount_totals(db)
    for name, schema in schemas.items():
        finish_table(db, name, schema, site)
    facet_counts.fill_facet_counts(db, site, schemas)
    db.analyze()
    counts = {name: db[name].count for name in db.table_names()}
    db.close()
    return counts
