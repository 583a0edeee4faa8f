"""The publish stage: validated package -> database, Datasette metadata and zip.

Everything is built into temporary files next to the targets and renamed into place
only when all of it is complete, so a failed or killed publish leaves the previous
site untouched.
"""

from __future__ import annotations

import hashlib
import json
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from budgetkit.errors import InputError
from budgetkit.project import Project
from budgetkit.publish.archive import write_zip
from budgetkit.publish.atomic import remove_leftovers, replaced_when_done
from budgetkit.publish.database import build_database
from budgetkit.publish.gate import require_validated
from budgetkit.publish.metadata import ZIP_NAME, datasette_metadata
from budgetkit.publish.site import load_site

METADATA_NAME = "metadata.json"
INSPECT_NAME = "inspect-data.json"


def load_descriptor(project: Project) -> dict[str, Any]:
    try:
        return json.loads(project.descriptor.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(project.descriptor, "no data package; run `budgetkit extract`") from None
    except json.JSONDecodeError as exc:
        raise InputError(project.descriptor, f"invalid JSON: {exc.msg}", exc.lineno) from None


def _json_bytes(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def inspect_data(
    database: str, db_path: Path, built: Path, counts: dict[str, int]
) -> dict[str, Any]:
    """What ``datasette inspect`` gives (hash, size, row counts), computed while building,
    so a million-row table is never counted per request."""
    digest = hashlib.sha256()
    with built.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return {
        database: {
            "hash": digest.hexdigest(),
            "size": built.stat().st_size,
            "file": str(db_path),
            "tables": {name: {"count": count} for name, count in sorted(counts.items())},
        }
    }


def database_path(project: Project, database: str) -> Path:
    return project.build / f"{database}.db"


def publish(project: Project, check_validation: bool = True) -> Path:
    """Build the site's files into ``publish/build/``; return the database path."""
    if check_validation:
        require_validated(project)
    descriptor = load_descriptor(project)
    site = load_site(project)
    build = project.build
    build.mkdir(parents=True, exist_ok=True)
    remove_leftovers(build)
    db_path = database_path(project, site.database)
    with ExitStack() as stack:
        tmp_db = stack.enter_context(replaced_when_done(db_path))
        tmp_db.unlink()  # sqlite-utils creates it fresh
        counts = build_database(project, descriptor, site, tmp_db)
        tmp_zip = stack.enter_context(replaced_when_done(build / ZIP_NAME))
        write_zip(project.datapackage, descriptor, tmp_zip)
        tmp_meta = stack.enter_context(replaced_when_done(build / METADATA_NAME))
        tmp_meta.write_bytes(_json_bytes(datasette_metadata(descriptor, site)))
        tmp_inspect = stack.enter_context(replaced_when_done(build / INSPECT_NAME))
        tmp_inspect.write_bytes(_json_bytes(inspect_data(site.database, db_path, tmp_db, counts)))
    return db_path
