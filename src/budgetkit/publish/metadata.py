"""Datasette metadata generated from the data package, never written by hand.

Titles, descriptions, licences, sources and per-column descriptions (with units) are
read from ``datapackage.json`` at publish time; ``publish/site.yml`` adds only facets,
label columns and canned queries. The euro columns (``unit: EUR`` in the schemas) are
handed to the cell-rendering plugin so it formats exactly those.
"""

from __future__ import annotations

from typing import Any

from budgetkit.publish.database import DERIVED_SCHEMAS
from budgetkit.publish.site import Site

ZIP_NAME = "datapackage.zip"
DOWNLOAD_MOUNT = "download"
MAX_LISTED_SOURCES = 10


def _column_description(field: dict[str, Any]) -> str:
    text = field.get("description", "")
    unit = field.get("unit")
    return f"{text} Unit: {unit}." if unit else text


def _table(name: str, schema: dict[str, Any], site: Site) -> dict[str, Any]:
    settings = site.tables.get(name, {})
    table: dict[str, Any] = {
        "description": schema.get("description", ""),
        "columns": {field["name"]: _column_description(field) for field in schema["fields"]},
    }
    if site.default_facets(name):
        table["facets"] = site.default_facets(name)
    if settings.get("label_column"):
        table["label_column"] = settings["label_column"]
    if settings.get("sort_desc"):
        table["sort_desc"] = settings["sort_desc"]
    return table


def _source_text(sources: list[dict[str, Any]]) -> str:
    """The sources' titles, or how many there are when listing them would swamp every page."""
    if len(sources) <= MAX_LISTED_SOURCES:
        return "; ".join(source["title"] for source in sources)
    return f"{len(sources):,} documents (see the documents table)"


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


def datasette_metadata(descriptor: dict[str, Any], site: Site) -> dict[str, Any]:
    schemas = {r["name"]: r["schema"] for r in descriptor["resources"]}
    schemas.update(DERIVED_SCHEMAS)
    licence = (descriptor.get("licenses") or [{}])[0]
    return {
        "title": descriptor.get("title", descriptor.get("name", "")),
        "description": descriptor.get("description", ""),
        "license": licence.get("name", ""),
        "license_url": licence.get("path", ""),
        "source": _source_text(descriptor.get("sources", [])),
        "source_url": f"/{site.database}/documents",
        "databases": {
            site.database: {
                "description": descriptor.get("description", ""),
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
                "sqlite_pragmas": site.sqlite,
            }
        },
    }
