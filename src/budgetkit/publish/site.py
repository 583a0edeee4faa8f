"""What only the publisher decides: ``publish/site.yml`` and ``publish/queries.yml``.

Titles, descriptions, licences, columns, keys and units come from the data package; this
file holds what has no other home: which columns are faceted and searched, label
columns, Datasette settings, and the canned queries journalists start from.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from budgetkit.errors import InputError
from budgetkit.project import Project


@dataclass(frozen=True)
class Site:
    database: str
    settings: dict[str, Any]
    sqlite: dict[str, Any]
    tables: dict[str, dict[str, Any]]
    queries: dict[str, dict[str, Any]]
    folder: Path

    def facets(self, table: str) -> list[str]:
        """Columns offered for faceting; each is indexed, alone and paired with the others."""
        return list(self.tables.get(table, {}).get("facets", []))

    def default_facets(self, table: str) -> list[str]:
        """Facets shown on every page of the table (not on very large tables: each is a
        GROUP BY over all rows, on every request)."""
        settings = self.tables.get(table, {})
        return self.facets(table) if settings.get("default_facets", True) else []

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
    )
