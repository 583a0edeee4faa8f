"""Facet counts computed once at publish time (the ``facet_counts`` table).

Datasette answers ``?_facet=column`` with a GROUP BY over every matching row, one facet
after another: on a million amounts a page filtered on one ministry with three facets
groups 210,000 rows three times on every request. The database is immutable, so the
counts can be stored instead: for every table with facets in ``publish/site.yml``, each
facet column counted over all rows and among the rows where one other facet column has
one value (the pages the site links to, and every click on a facet value from there).
Only columns of text or integers are stored (``FILTER_TYPES``); a facet on another type is
counted by Datasette. The site's facet class (``publish/plugins/budgetkit_facets.py``)
reads them when a page's filter is one of these combinations, and leaves every other page
to Datasette.

Rows are ranked the way Datasette orders a facet (most rows first, equal counts by value)
and kept up to ``max_returned_rows + 1``: no facet shows more, and the extra row tells
that a facet is truncated. A filter's value is stored as text (``cast(value as text)``),
which a URL's text of a text or integer value matches exactly.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from budgetkit.publish.site import Site

#: Schema types whose values a URL's text names exactly (SQLite: text, integer).
FILTER_TYPES = {"string": "text", "integer": "integer"}

INSERT = (
    "insert into facet_counts"
    " (table_name, filter_column, filter_value, facet_column, rank, value, count)"
)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def filter_columns(site: Site, schemas: dict[str, dict[str, Any]]) -> dict[str, dict[str, str]]:
    """Table -> facet column -> "text" or "integer": the facets stored in ``facet_counts``,
    each over all rows and per value of each of the others (for the site's facet class,
    through the plugin configuration)."""
    result = {}
    for table, schema in schemas.items():
        types = {field["name"]: field.get("type", "string") for field in schema["fields"]}
        columns = {
            column: FILTER_TYPES[types[column]]
            for column in site.facets(table)
            if types.get(column) in FILTER_TYPES
        }
        if site.facets(table):
            result[table] = columns
    return result


def _fill(table: str, facet: str, by: str | None, keep: int) -> tuple[str, list[Any]]:
    """SQL and parameters counting ``facet`` over all rows of ``table``, or per value of
    the column ``by``."""
    f, t = _quoted(facet), _quoted(table)
    if by is None:
        sql = (
            f"{INSERT} select * from (select ?, '', '', ?,"
            f" row_number() over (order by count(*) desc, {f}) as rank, {f}, count(*)"
            f" from {t} where {f} is not null group by {f}) where rank <= ?"
        )
        return sql, [table, facet, keep]
    if by == facet:  # filtered on its own value: one row, that value's count
        sql = (
            f"{INSERT} select ?, ?, cast({f} as text), ?, 1, {f}, count(*)"
            f" from {t} where {f} is not null group by {f}"
        )
        return sql, [table, by, facet]
    b = _quoted(by)
    sql = (
        f"{INSERT} select * from (select ?, ?, cast({b} as text), ?,"
        f" row_number() over (partition by {b} order by count(*) desc, {f}) as rank,"
        f" {f}, count(*) from {t} where {b} is not null and {f} is not null"
        f" group by {b}, {f}) where rank <= ?"
    )
    return sql, [table, by, facet, keep]


def fill_facet_counts(
    db: sqlite_utils.Database, site: Site, schemas: dict[str, dict[str, Any]]
) -> None:
    """Fill ``facet_counts`` (created empty from its schema) for every faceted table.

    Each count is a GROUP BY over the table's (filter, facet) index that publishing
    creates for every pair of facet columns (``database.facet_indexes``), so this runs
    after the indexes are built."""
    keep = int(site.settings.get("max_returned_rows", 1000)) + 1
    filters = filter_columns(site, schemas)
    with db.conn:
        for table in sorted(filters):
            for facet in filters[table]:
                for by in [None, *filters[table]]:
                    db.execute(*_fill(table, facet, by, keep))
