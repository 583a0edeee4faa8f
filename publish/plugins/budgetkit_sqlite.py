"""SQLite settings for Datasette's read-only connections, from ``publish/site.yml``."""

from __future__ import annotations

from datasette import hookimpl

ALLOWED = {"mmap_size", "cache_size"}  # read-side tuning only: nothing that writes


@hookimpl
def prepare_connection(conn, database, datasette):
    config = datasette.plugin_config("budgetkit") or {}
    if database != config.get("database"):
        return
    for name, value in (config.get("sqlite_pragmas") or {}).items():
        if name in ALLOWED:
            conn.execute(f"pragma {name} = {int(value)}")
