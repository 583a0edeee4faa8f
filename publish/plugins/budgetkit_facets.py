"""Facets read from counts stored at publish time, when a page is one the counts cover.

Datasette's column facet groups every matching row, one facet after another, on every
request (on a million amounts: 210,000 rows grouped three times for one ministry's page).
``budgetkit.publish.facet_counts`` stores the counts of every facet column over all rows
and among the rows where one facet column has one value. This plugin puts its own facet
class in the place of Datasette's column facet (a pluggy wrapper around
``register_facet_classes``): on a page whose SQL is exactly the table unfiltered, or
filtered by ``column=value`` on one of those columns, it reads the facets' counts in one
query from ``facet_counts``; on any other page (a second filter, a search, another
operator, a later page) it is Datasette's own column facet, unchanged. Labels, links and
"truncated" are built the way Datasette builds them, so the page and its JSON look the
same either way (tests compare the two).
"""

from __future__ import annotations

import re
from typing import Any

from datasette import hookimpl
from datasette.facets import ColumnFacet
from datasette.filters import Filters
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args

#: A URL value that names one integer exactly as SQLite writes it ("2021", not "2021.0").
INTEGER = re.compile(r"0|-?[1-9][0-9]*")

LOOKUP = (
    "select facet_column, value, count from facet_counts"
    " where table_name = ? and filter_column = ? and filter_value = ? and rank <= ?"
    " and facet_column in ({marks}) order by facet_column, rank"
)


def _column(config: dict[str, Any]) -> str:
    return config["config"].get("column") or config["config"]["simple"]


class StoredCountsFacet(ColumnFacet):
    """Datasette's column facet, answered from ``facet_counts`` where it covers the page."""

    skipped: frozenset[str] = frozenset()

    def get_configs(self):
        return [c for c in super().get_configs() if _column(c) not in self.skipped]

    def _covered(self) -> dict[str, str]:
        """Facet column -> "text" or "integer" for this table (plugin configuration)."""
        config = self.ds.plugin_config("budgetkit") or {}
        if not self.table or self.database != config.get("database"):
            return {}
        return (config.get("facet_counts") or {}).get(self.table) or {}

    async def _stored_filter(self, covered: dict[str, str]) -> tuple[str, str] | None:
        """("", "") for the whole table, (column, value) for one covered ``column=value``
        filter, or None when the page's SQL is anything else (Datasette counts then)."""
        args = [
            (key, value)
            for key in self.request.args
            if not (key.startswith("_") and "__" not in key)
            for value in self.request.args.getlist(key)
        ]
        filters = Filters(sorted(args))
        selections = list(filters.selections())
        if len(selections) > 1:
            return None
        found = ("", "")
        if selections:
            column, lookup, value = selections[0]
            kind = covered.get(column)
            exact = kind == "text" or (kind == "integer" and INTEGER.fullmatch(value))
            if lookup != "exact" or not exact:
                return None
            found = (column, value)
        # The SQL Datasette builds for exactly this page; any other clause (search, _where,
        # _next, a plugin's filter) makes it differ, and then Datasette counts.
        db = self.ds.get_database(self.database)
        columns = await db.table_columns(self.table)
        select = ", ".join(escape_sqlite(column) for column in columns)
        if not await db.primary_keys(self.table):
            select = f"rowid, {select}"
        wheres, params = filters.build_where_clauses(self.table)
        where = f"where {' and '.join(wheres)} " if wheres else ""
        expected = f"select {select} from {escape_sqlite(self.table)} {where}"
        if self.sql != expected or dict(self.params or {}) != params:
            return None
        return found

    async def facet_results(self):
        covered = self._covered()
        wanted = [c for c in self.get_configs() if _column(c) in covered]
        stored = await self._stored_filter(covered) if wanted else None
        if stored is None:
            return await super().facet_results()
        facet_size = self.get_facet_size()
        columns = sorted({_column(c) for c in wanted})
        rows = await self.ds.execute(
            self.database,
            LOOKUP.format(marks=", ".join("?" for _ in columns)),
            [self.table, *stored, facet_size + 1, *columns],
        )
        counts: dict[str, list] = {}
        for row in rows.rows:
            counts.setdefault(row["facet_column"], []).append(row)
        results = [await self._result(c, counts.get(_column(c), []), facet_size) for c in wanted]
        self.skipped = frozenset(columns)
        others, timed_out = await super().facet_results()
        return results + others, timed_out

    async def _result(self, config: dict[str, Any], rows: list, facet_size: int) -> dict:
        """One facet as Datasette's column facet gives it (same keys, labels and links)."""
        column = _column(config)
        qs_pairs = self.get_querystring_pairs()
        shown = rows[:facet_size]
        expanded = await self.ds.expand_foreign_keys(
            self.database, self.table, column, [row["value"] for row in shown]
        )
        column_qs = f"{column}__exact" if column.startswith("_") else column
        values = []
        for row in shown:
            selected = (column_qs, str(row["value"])) in qs_pairs
            if selected:
                toggle = path_with_removed_args(self.request, {column_qs: str(row["value"])})
            else:
                toggle = path_with_added_args(self.request, {column_qs: row["value"]})
            values.append(
                {
                    "value": row["value"],
                    "label": expanded.get((column, row["value"]), row["value"]),
                    "count": row["count"],
                    "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(toggle)),
                    "selected": selected,
                }
            )
        return {
            "name": column,
            "type": self.type,
            "hideable": config["source"] != "metadata",
            "toggle_url": self.ds.urls.path(
                path_with_removed_args(self.request, {"_facet": column})
            ),
            "results": values,
            "truncated": len(rows) > facet_size,
        }


@hookimpl(wrapper=True)
def register_facet_classes():
    """Datasette's facet classes, with ``StoredCountsFacet`` in place of its column facet."""
    registered = yield
    return [
        [StoredCountsFacet if cls is ColumnFacet else cls for cls in classes]
        for classes in registered
    ]
