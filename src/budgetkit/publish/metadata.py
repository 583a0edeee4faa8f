"""Datasette metadata generated from the data package, never written by hand.

Columns, units, licences and sources are read from ``datapackage.json`` at publish time;
the site says them in Dutch from ``publish/labels.yml`` (a column labels.yml does not
name keeps the schema's English description); ``publish/site.yml`` adds facets, label
columns and sort orders, ``queries.yml`` the canned queries. The euro columns (``unit:
EUR`` in the schemas), the Dutch column labels and code values are handed to the site's
plugins so they format exactly those.
"""

from __future__ import annotations

import json
from typing import Any

from budgetkit.publish.facet_counts import filter_columns
from budgetkit.publish.render import dutch_number
from budgetkit.publish.site import Labels, Site

ZIP_NAME = "datapackage.zip"
DOWNLOAD_MOUNT = "download"


#: How a schema's unit reads in a column description.
UNIT_WORDS = {"EUR": "euro"}


def _column_description(table: str, field: dict[str, Any], labels: Labels) -> str:
    dutch = labels.column(table, field["name"])
    text = dutch[1] if dutch else field.get("description", "")
    unit = field.get("unit")
    return f"{text} Eenheid: {UNIT_WORDS.get(unit, unit)}." if unit else text


def _table(name: str, schema: dict[str, Any], site: Site) -> dict[str, Any]:
    settings = site.tables.get(name, {})
    table: dict[str, Any] = {
        "title": site.labels.title(name) or name,
        "description": site.labels.description(name) or schema.get("description", ""),
        "columns": {
            field["name"]: _column_description(name, field, site.labels)
            for field in schema["fields"]
        },
    }
    if site.default_facets(name):
        table["facets"] = site.default_facets(name)
    if site.hidden(name):
        table["hidden"] = True
    if settings.get("label_column"):
        table["label_column"] = settings["label_column"]
    for key in ("sort", "sort_desc"):
        if settings.get(key):
            table[key] = settings[key]
    return table


def _source_text(sources: list[dict[str, Any]]) -> str:
    """How many documents the site is read from; a page about one row names its own."""
    count = len(sources)
    return "1 document" if count == 1 else f"{dutch_number(count)} documenten"


def column_labels(schemas: dict[str, dict[str, Any]], labels: Labels) -> dict[str, dict]:
    """Table -> column -> Dutch label, for every column labels.yml names."""
    return {
        name: {
            field["name"]: pair[0]
            for field in schema["fields"]
            if (pair := labels.column(name, field["name"]))
        }
        for name, schema in schemas.items()
    }


def euro_columns(schemas: dict[str, dict[str, Any]]) -> list[str]:
    """Names of every field whose unit is EUR, across all tables."""
    return sorted(
        {
            field["name"]
            for schema in schemas.values()
            for field in schema["fields"]
            if field.get("unit") == "EUR"
        }
    )


def row_links(schemas: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Single-column primary key name -> its table, so query results can link to rows."""
    return {
        schema["primaryKey"][0]: name
        for name, schema in schemas.items()
        if len(schema.get("primaryKey", [])) == 1
    }


def dashboards(site: Site) -> dict[str, Any]:
    """datasette-dashboards' configuration from ``publish/dashboards.yml``, every query on
    the site's database."""
    config = json.loads(json.dumps(site.dashboards))  # a copy: YAML anchors share objects
    for dashboard in config.values():
        for part in [*dashboard.get("charts", {}).values(), *dashboard.get("filters", {}).values()]:
            if "db" in part:
                part["db"] = site.database
    return config


def shown_tables(descriptor: dict[str, Any], site: Site, derived: dict[str, Any]) -> list[str]:
    """The package's resources and the derived tables, except those the site hides."""
    names = [r["name"] for r in descriptor["resources"]] + list(derived)
    return [name for name in names if not site.hidden(name)]


def datasette_metadata(
    descriptor: dict[str, Any], site: Site, derived: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    """Datasette's metadata for the package's resources and the ``derived`` tables."""
    schemas = {r["name"]: r["schema"] for r in descriptor["resources"]}
    schemas.update(derived)
    licence = (descriptor.get("licenses") or [{}])[0]
    return {
        "title": site.labels.site.get("title") or descriptor.get("title", descriptor["name"]),
        "description": site.labels.site.get("description") or descriptor.get("description", ""),
        "license": licence.get("name", ""),
        "license_url": licence.get("path", ""),
        "source": _source_text(descriptor.get("sources", [])),
        "source_url": f"/{site.database}/documents",
        "databases": {
            site.database: {
                "title": site.labels.site.get("database_title") or site.database,
                "description": site.labels.site.get("description")
                or descriptor.get("description", ""),
                "tables": {name: _table(name, schema, site) for name, schema in schemas.items()},
                "queries": site.queries,
            }
        },
        "plugins": {
            "budgetkit": {
                "database": site.database,
                "euro_columns": euro_columns(schemas),
                "row_links": row_links(schemas),
                "download": f"/{DOWNLOAD_MOUNT}/{ZIP_NAME}",
                "resources": [r["name"] for r in descriptor["resources"]],
                "facet_links": {
                    name: site.facets(name)
                    for name in schemas
                    if site.facets(name) and not site.default_facets(name)
                },
                "facet_counts": filter_columns(site, schemas),
                "excel_tables": shown_tables(descriptor, site, derived),
                "sqlite_pragmas": site.sqlite,
                "chart_embed": "/-/dashboards/tabel/rijen/embed"
                if "tabel" in site.dashboards
                else None,
                "column_labels": column_labels(schemas, site.labels),
                "value_labels": site.labels.values,
                "table_titles": {name: site.labels.title(name) or name for name in schemas},
                "first_columns": {
                    name: site.tables[name]["first_columns"]
                    for name in schemas
                    if site.tables.get(name, {}).get("first_columns")
                },
                "limits": site.limits,
            },
            "datasette-dashboards": dashboards(site),
        },
    }
