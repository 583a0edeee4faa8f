"""What only the publisher decides: ``publish/site.yml``, ``queries.yml``, ``labels.yml``
and ``dashboards.yml``.

Columns, keys, units and licences come from the data package; these files hold what has
no other home: which columns are faceted and searched, label columns, Datasette
settings, the canned queries journalists start from, the site's Dutch words for
tables, columns and code values, and the charts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from budgetkit.errors import InputError
from budgetkit.project import Project


@dataclass(frozen=True)
class Labels:
    """The Dutch words of ``publish/labels.yml``: per table a title, a description and per
    column a (label, description) pair; per column name, code value -> how it reads."""

    site: dict[str, str]
    tables: dict[str, dict[str, Any]]
    values: dict[str, dict[str, str]]

    def title(self, table: str) -> str | None:
        return self.tables.get(table, {}).get("title")

    def description(self, table: str) -> str | None:
        return self.tables.get(table, {}).get("description")

    def column(self, table: str, column: str) -> tuple[str, str] | None:
        """(label, description) of a column, or None when labels.yml does not name it."""
        pair = self.tables.get(table, {}).get("columns", {}).get(column)
        return (pair[0], pair[1]) if pair else None


def _labels(path: Path) -> Labels:
    """``labels.yml`` checked on load: a typo there must not silently show English."""
    data = _read_yaml(path)
    tables = data.get("tables") or {}
    values = data.get("values") or {}
    for table, entry in tables.items():
        for column, pair in (entry.get("columns") or {}).items():
            if not (
                isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
            ):
                raise InputError(path, f"{table}.{column}: expected [label, description]")
    for column, codes in values.items():
        if not isinstance(codes, dict) or not all(isinstance(v, str) for v in codes.values()):
            raise InputError(path, f"values.{column}: expected code: label pairs")
    return Labels(
        site=data.get("site") or {},
        tables=tables,
        values={k: {str(c): v for c, v in m.items()} for k, m in values.items()},
    )


def _dashboards(path: Path) -> dict[str, dict[str, Any]]:
    """``dashboards.yml``: every chart needs a query and a display (datasette-dashboards
    would otherwise show an empty card)."""
    data = _read_yaml(path)
    for slug, dashboard in data.items():
        for name, chart in (dashboard.get("charts") or {}).items():
            if not isinstance(chart, dict) or not chart.get("query") or not chart.get("display"):
                raise InputError(path, f"{slug}.{name}: a chart needs a query and a display")
    return data


@dataclass(frozen=True)
class Site:
    database: str
    settings: dict[str, Any]
    sqlite: dict[str, Any]
    tables: dict[str, dict[str, Any]]
    queries: dict[str, dict[str, Any]]
    folder: Path
    labels: Labels
    dashboards: dict[str, dict[str, Any]]
    limits: dict[str, Any] = field(default_factory=dict)

    def facets(self, table: str) -> list[str]:
        """Columns offered for faceting; each is indexed, alone and paired with the others."""
        return list(self.tables.get(table, {}).get("facets", []))

    def default_facets(self, table: str) -> list[str]:
        """Facets shown on every page of the table (not on very large tables: each is a
        GROUP BY over all rows, on every request)."""
        settings = self.tables.get(table, {})
        return self.facets(table) if settings.get("default_facets", True) else []

    def stored_order(self, table: str) -> str | None:
        """SQL ORDER BY terms the table's rows are stored in (its rowid order), or None for
        the package's order. A query can then read rows in that order without sorting."""
        order = self.tables.get(table, {}).get("stored_order")
        return str(order) if order else None

    def hidden(self, table: str) -> bool:
        """A table the site uses but does not list (Datasette's ``hidden``)."""
        return bool(self.tables.get(table, {}).get("hidden"))

    def search(self, table: str) -> list[str]:
        return list(self.tables.get(table, {}).get("search", []))

    def tokenizer(self, table: str) -> str:
        """The FTS5 tokenizer: trigram (any part of a word, for Dutch compounds) unless the
        table says otherwise (a word index is a fraction of the size and build time)."""
        return str(self.tables.get(table, {}).get("tokenizer", "trigram"))

    @property
    def templates(self) -> Path:
        return self.folder / "templates"

    @property
    def plugins(self) -> Path:
        return self.folder / "plugins"

    @property
    def static(self) -> Path:
        return self.folder / "static"


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, "publishing configuration is missing") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(path, f"invalid YAML: {exc}", mark.line + 1 if mark else None) from None
    if not isinstance(data, dict):
        raise InputError(path, "expected a mapping at the top level")
    return data


def load_site(project: Project) -> Site:
    site = _read_yaml(project.publish / "site.yml")
    queries = _read_yaml(project.publish / "queries.yml")
    for name, query in queries.items():
        if not isinstance(query, dict) or "sql" not in query:
            raise InputError(project.publish / "queries.yml", f"query {name!r} has no sql")
        if query.get("write"):
            raise InputError(
                project.publish / "queries.yml", f"query {name!r}: the site is read-only"
            )
    return Site(
        database=site.get("database", "budget"),
        settings=site.get("settings", {}),
        sqlite=site.get("sqlite", {}),
        tables=site.get("tables", {}),
        queries=queries,
        folder=project.publish,
        labels=_labels(project.publish / "labels.yml"),
        dashboards=_dashboards(project.publish / "dashboards.yml"),
        limits=site.get("limits", {}),
    )
