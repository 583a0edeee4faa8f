"""The publish stage: validated package -> database, Datasette metadata, zip and the
tables as Excel-friendly CSV files.

Everything is built into a new folder next to ``publish/build/`` and switched in for it
in one step (``budgetkit.atomic``), so a failed or killed publish leaves the previous
site untouched and a reader never sees the database of one run with the zip or the
inspect data of another. The validation verdict is checked again after building: a
package edited while it was being published is not published.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from budgetkit.atomic import replaced_folder
from budgetkit.descriptor import load_descriptor
from budgetkit.project import Project
from budgetkit.publish.archive import write_zip
from budgetkit.publish.database import build_database, derived_schemas
from budgetkit.publish.excel import FOLDER as EXCEL_FOLDER
from budgetkit.publish.excel import write_excel_tables
from budgetkit.publish.gate import require_validated
from budgetkit.publish.metadata import ZIP_NAME, datasette_metadata, shown_tables
from budgetkit.publish.site import load_site

METADATA_NAME = "metadata.json"
INSPECT_NAME = "inspect-data.json"


def _json_bytes(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def inspect_data(database: str, built: Path, counts: dict[str, int]) -> dict[str, Any]:
    """What ``datasette inspect`` gives (hash, size, row counts), computed while building,
    so a million-row table is never counted per request."""
    with built.open("rb") as handle:
        digest = hashlib.file_digest(handle, "sha256")
    return {
        database: {
            "hash": digest.hexdigest(),
            "size": built.stat().st_size,
            "file": built.name,  # a name, not the server's absolute path: it is downloadable
            "tables": {name: {"count": count} for name, count in sorted(counts.items())},
        }
    }


def database_path(project: Project, database: str, folder: Path | None = None) -> Path:
    """Where the site's database is (or, given the staging ``folder``, is being built)."""
    return (folder or project.build) / f"{database}.db"


def publish(project: Project, check_validation: bool = True) -> Path:
    """Build the site's files into ``publish/build/``; return the database path."""
    if check_validation:
        require_validated(project)
    descriptor = load_descriptor(project)
    site = load_site(project)
    with replaced_folder(project.build) as staging:
        tmp_db = database_path(project, site.database, staging)
        counts = build_database(project, descriptor, site, tmp_db)
        derived = derived_schemas(project)
        shown = shown_tables(descriptor, site, derived)
        write_excel_tables(tmp_db, staging / EXCEL_FOLDER, shown)
        write_zip(project.datapackage, descriptor, staging / ZIP_NAME)
        (staging / METADATA_NAME).write_bytes(
            _json_bytes(datasette_metadata(descriptor, site, derived))
        )
        inspect = inspect_data(site.database, tmp_db, counts)
        (staging / INSPECT_NAME).write_bytes(_json_bytes(inspect))
        if check_validation:
            require_validated(project)  # the files read are still the ones judged
    db_path = database_path(project, site.database)
    return db_path
