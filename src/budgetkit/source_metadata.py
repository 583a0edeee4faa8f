"""Checking ``sources/sources.yml`` where it is read: every entry, with its line.

The metadata becomes the ``documents`` resource and points extraction at the files it
reads, so it is checked before anything is read: types and patterns against
``schemas/inputs/sources.json`` (an id without spaces, ``/`` or ``:``, an ISO date, an
integer budget year, only http(s) addresses: a ``javascript:`` url would become a link
that runs a script), then what a schema cannot say: ids and files listed once, and a file
that, after resolving symbolic links, is a regular file inside ``sources/`` (never
``/etc/passwd`` through a link).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from budgetkit.errors import InputError
from budgetkit.inputschema import compose, line_in, load_checked
from budgetkit.project import Project


@dataclass(frozen=True)
class SourceEntry:
    """One checked entry: its metadata, the file it names (as listed, and resolved) and its
    line."""

    meta: dict[str, Any]
    path: Path
    line: int | None
    resolved: Path  # ``path`` with its symbolic links resolved


def _inside(folder: Path, path: Path) -> bool:
    return path == folder or folder in path.parents


def load_source_entries(project: Project) -> list[SourceEntry]:
    """Every entry of sources.yml in order, or an ``InputError`` at the first bad one."""
    yml = project.sources_yml
    if not yml.is_file():
        raise InputError(yml, "metadata file is missing")
    data, text = load_checked(project.schemas, yml, "sources")
    nodes = compose(text)  # once: composing per entry made 500 documents take 100 s
    folder = project.sources.resolve()
    entries: list[SourceEntry] = []
    ids: dict[str, int | None] = {}
    files: dict[Path, str] = {}
    for index, meta in enumerate(data["documents"]):
        line = line_in(nodes, ["documents", index])
        if meta["id"] in ids:
            first = ids[meta["id"]]
            raise InputError(
                yml, f"id {meta['id']!r} is listed twice (first at line {first})", line
            )
        ids[meta["id"]] = line
        file_line = line_in(nodes, ["documents", index, "file"])
        listed = project.sources / meta["file"]
        resolved = listed.resolve()
        if not _inside(folder, resolved):
            raise InputError(
                yml, f"{meta['id']}: file {meta['file']!r} leads outside sources/", file_line
            )
        if not listed.exists():
            raise InputError(
                yml, f"{meta['id']}: source file {meta['file']!r} is missing", file_line
            )
        if not resolved.is_file():
            raise InputError(
                yml, f"{meta['id']}: {meta['file']!r} is not a regular file", file_line
            )
        if resolved in files:
            raise InputError(
                yml,
                f"{meta['id']}: file {meta['file']!r} is already {files[resolved]!r}",
                file_line,
            )
        files[resolved] = meta["id"]
        entries.append(SourceEntry(meta, listed, line, resolved))
    return entries
