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
from functools import cached_property
from pathlib import Path
from typing import Any

from yaml import Node

from budgetkit.errors import InputError
from budgetkit.inputschema import compose, line_in, load_checked
from budgetkit.project import Project


@dataclass(frozen=True)
class SourceEntry:
    """One checked entry: its metadata and the file it names (as listed, and resolved)."""

    meta: dict[str, Any]
    path: Path
    resolved: Path  # ``path`` with its symbolic links resolved


class _Lines:
    """The lines of sources.yml's entries, to place an error: the text is composed into
    nodes that know their lines (a second parse, slower than the data's) only when there is
    an error to place, and then once for all (composing per entry made 500 documents take
    100 s)."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def nodes(self) -> Node | None:
        return compose(self.text)

    def of(self, index: int, *keys: str) -> int | None:
        """The line of entry ``index`` (or of its key ``keys``)."""
        return line_in(self.nodes, ["documents", index, *keys])


def _inside(folder: Path, path: Path) -> bool:
    return path == folder or folder in path.parents


def load_source_entries(project: Project) -> list[SourceEntry]:
    """Every entry of sources.yml in order, or an ``InputError`` at the first bad one."""
    yml = project.sources_yml
    if not yml.is_file():
        raise InputError(yml, "metadata file is missing")
    data, text = load_checked(project.schemas, yml, "sources")
    lines = _Lines(text)
    folder = project.sources.resolve()
    entries: list[SourceEntry] = []
    ids: dict[str, int] = {}  # the index of each entry, by id
    files: dict[Path, str] = {}
    for index, meta in enumerate(data["documents"]):
        if meta["id"] in ids:
            first = lines.of(ids[meta["id"]])
            raise InputError(
                yml, f"id {meta['id']!r} is listed twice (first at line {first})", lines.of(index)
            )
        ids[meta["id"]] = index
        listed = project.sources / meta["file"]
        resolved = listed.resolve()
        if not _inside(folder, resolved):
            raise InputError(
                yml,
                f"{meta['id']}: file {meta['file']!r} leads outside sources/",
                lines.of(index, "file"),
            )
        if not listed.exists():
            raise InputError(
                yml,
                f"{meta['id']}: source file {meta['file']!r} is missing",
                lines.of(index, "file"),
            )
        if not resolved.is_file():
            raise InputError(
                yml,
                f"{meta['id']}: {meta['file']!r} is not a regular file",
                lines.of(index, "file"),
            )
        if resolved in files:
            raise InputError(
                yml,
                f"{meta['id']}: file {meta['file']!r} is already {files[resolved]!r}",
                lines.of(index, "file"),
            )
        files[resolved] = meta["id"]
        entries.append(SourceEntry(meta, listed, resolved))
    return entries
