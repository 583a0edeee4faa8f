"""Writing the Frictionless data package: deterministic bytes, the whole package replaced at once.

The package is committed and reviewed as a diff, so the same rows must always give the
same bytes (fixed field order, ``\\n`` line endings, canonical number formatting), and a
failed run must never leave a half-written package behind.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from budgetkit.atomic import replaced_folder
from budgetkit.project import Project
from budgetkit.schemas import RESOURCES, field_names, load_schema

if TYPE_CHECKING:  # validation writes its reports with this module: no source reader then
    from budgetkit.sources import SourceDocument

#: Resources whose CSV is written by the validation stage, not by extraction.
VALIDATION_OUTPUTS = ("findings",)
#: Rows of a resource turned into text a column at a time (``render_csv``).
CHUNK = 2048


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def _quoted(text: str) -> str:
    """A field as CSV writes it: in double quotes (doubled inside) when it holds a comma, a
    double quote or a line break, else as it is."""
    if "," in text or '"' in text or "\n" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def render_csv(fields: list[str], rows: list[dict[str, Any]]) -> bytes:
    """The rows as CSV, ``fields`` in order, each value written as ``_cell`` writes it.

    The bytes are the csv module's (``lineterminator="\\n"``, minimal quoting: a field is
    quoted when it holds a comma, a double quote or a line break). The csv writer copies
    every character of 40 MB through its quoting test; here the table is written a column at
    a time, by C-level passes: each column's values are turned into text (``_texts``) and
    quoted only where its joined text holds what needs quoting, then the rows are joined.
    Columns are taken ``CHUNK`` rows at a time: those of a whole resource (a million cells)
    would be turned over in memory far from the processor's caches, no faster than row by
    row, and held at once.
    """
    lines = [",".join(map(_quoted, fields))]
    for start in range(0, len(rows), CHUNK):
        columns = list(map(_texts, _columns(fields, rows[start : start + CHUNK])))
        if len(fields) == 1:  # a row of one empty field, quoted so it is not a blank line
            columns[0] = ['""' if text == "" else text for text in columns[0]]
        lines += map(",".join, zip(*columns, strict=True))
    lines.append("")
    return "\n".join(lines).encode("utf-8")


def _columns(fields: list[str], rows: list[dict[str, Any]]) -> list[Sequence[Any]]:
    """Each field's values over the rows, None where a row lacks the field: the rows' values
    taken by one C-level call per row (``itemgetter``) and turned into columns by ``zip``,
    else, when a row lacks a field, by one look-up per value."""
    if len(fields) > 1:
        try:
            return list(zip(*map(itemgetter(*fields), rows), strict=True))
        except KeyError:
            pass
    return [list(map(dict.get, rows, repeat(name))) for name in fields]


def _texts(values: Sequence[Any]) -> Sequence[str]:
    """A column's values as ``_cell`` writes them, quoted as ``_quoted`` does: its common
    kinds (text or integers, with or without blanks) by one pass each. Integers and blanks
    never need quotes; a column of text is tested once on its joined text (most hold no
    comma, quote or line break)."""
    kinds = set(map(type, values))
    if kinds <= {int}:
        return list(map(str, values))
    if kinds <= {int, type(None)}:
        return ["" if value is None else str(value) for value in values]
    if kinds <= {str}:
        texts = values
    elif kinds <= {str, type(None)}:
        texts = ["" if value is None else value for value in values]
    else:
        texts = list(map(_cell, values))
    joined = "".join(texts)
    if "," in joined or '"' in joined or "\n" in joined:
        texts = list(map(_quoted, texts))
    return texts


def descriptor(project: Project, documents: list[SourceDocument]) -> dict[str, Any]:
    """The package descriptor, with every schema inlined so the package stands alone (zip)."""
    return {
        "name": "budgetkit",
        "title": "Dutch budget documents as open data",
        "description": (
            "Money amounts, measures, tables and references extracted from Dutch budget "
            "documents, each number with the document, line and exact quote it was read from."
        ),
        "licenses": [
            {
                "name": "ODC-BY-1.0",
                "path": "https://opendatacommons.org/licenses/by/1-0/",
                "title": "Open Data Commons Attribution License 1.0 (the extracted data); "
                "each source keeps its own licence, see the documents resource",
            }
        ],
        "sources": [
            {"title": doc.meta["title"], "path": doc.meta.get("url") or doc.source_path}
            for doc in documents
        ],
        "resources": [
            {
                "name": name,
                "path": f"data/{name}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": load_schema(project.schemas, name),
            }
            for name in RESOURCES
        ],
    }


def render_package(
    project: Project, documents: list[SourceDocument], tables: dict[str, list[dict[str, Any]]]
) -> dict[str, bytes]:
    """All files extraction owns, as relative path -> bytes."""
    files = {
        "datapackage.json": (
            json.dumps(descriptor(project, documents), ensure_ascii=False, indent=2) + "\n"
        ).encode("utf-8")
    }
    for name in RESOURCES:
        if name in VALIDATION_OUTPUTS:
            continue
        fields = field_names(load_schema(project.schemas, name))
        files[f"data/{name}.csv"] = render_csv(fields, tables.get(name, []))
    return files


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one rename, so readers never see a partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)  # mkstemp's 0600 would hide the file from a server
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def stale_files(project: Project, files: dict[str, bytes]) -> list[str]:
    """Paths (relative to the package) whose committed bytes differ from ``files``."""
    stale = []
    for relative, data in sorted(files.items()):
        path = project.datapackage / relative
        if not path.exists() or path.read_bytes() != data:
            stale.append(relative)
    return stale


def write_package(project: Project, files: dict[str, bytes]) -> None:
    """Write the whole package into a new folder and switch it in for ``datapackage/`` in one
    step (``budgetkit.atomic``): a reader, or a run killed midway, sees the previous package
    or this one, never ``documents.csv`` of one and ``amounts.csv`` of the other.

    The validation outputs are carried over from the previous package (validation rewrites
    them); a fresh package gets them empty, so it is valid before the first validation.
    """
    with replaced_folder(project.datapackage) as staging:
        for relative, data in files.items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        for name in VALIDATION_OUTPUTS:
            relative = f"data/{name}.csv"
            previous = project.datapackage / relative
            if previous.is_file():
                data = previous.read_bytes()
            else:
                data = render_csv(field_names(load_schema(project.schemas, name)), [])
            (staging / relative).write_bytes(data)
