"""Reading ``datapackage/datapackage.json`` for every stage, refusing a descriptor no stage
could trust.

Validation, the fingerprint that gates publishing and publishing itself all read the
package through this one reader, so they agree on which files make it up: every resource
has a unique name and a ``path`` that stays inside ``datapackage/`` after resolving
symbolic links (Frictionless refuses ``../outside.csv`` on its path, the polars path and
the zip writer would not).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from budgetkit.errors import InputError
from budgetkit.project import Project
from budgetkit.textfile import read_text


def line_of(text: str, where: list[str | int]) -> int | None:
    """``inputschema.line_of``, imported only when an error is to be placed: it reads the
    descriptor as YAML, and every stage reads the descriptor, validation's structure layer
    among them, which has no other use for the YAML parser (~0.01 CPU s to import)."""
    from budgetkit.inputschema import line_of as line_in_text

    return line_in_text(text, where)


def _inside(folder: Path, path: Path) -> bool:
    return folder in path.parents


def resource_path(project: Project, relative: str) -> Path:
    """The file a resource names; ``InputError`` unless it is inside the package."""
    if not relative or "\\" in relative or "://" in relative or Path(relative).is_absolute():
        raise ValueError("must be a relative path inside datapackage/")
    path = project.datapackage / relative
    if ".." in Path(relative).parts or not _inside(project.datapackage.resolve(), path.resolve()):
        raise ValueError("leads outside datapackage/")
    return path


def load_descriptor(project: Project) -> dict[str, Any]:
    """The descriptor, its resources checked (names, paths); ``InputError`` otherwise."""
    path = project.descriptor
    if not path.is_file():
        raise InputError(path, "no data package here; run `budgetkit extract` first")
    text = read_text(path)
    try:
        descriptor = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"invalid JSON: {exc.msg}", exc.lineno) from None
    resources = descriptor.get("resources") if isinstance(descriptor, dict) else None
    if not isinstance(resources, list) or not resources:
        raise InputError(path, "expected a 'resources' list", line_of(text, ["resources"]))
    names: set[str] = set()
    for index, resource in enumerate(resources):
        # The line is found only for an error: composing the descriptor as YAML per
        # resource cost every command half a second.
        def line(index: int = index) -> int | None:
            return line_of(text, ["resources", index])

        if not isinstance(resource, dict):
            raise InputError(path, f"resources[{index}] is not an object", line())
        name, relative, schema = (resource.get(k) for k in ("name", "path", "schema"))
        if not isinstance(name, str) or not name:
            raise InputError(path, f"resources[{index}] has no name", line())
        if not isinstance(relative, str) or not isinstance(schema, dict):
            raise InputError(path, f"resource {name!r} needs a path (text) and a schema", line())
        if not isinstance(schema.get("fields"), list):
            raise InputError(path, f"resource {name!r}: its schema has no fields list", line())
        if name in names:
            where = line_of(text, ["resources", index, "name"])
            raise InputError(path, f"resource {name!r} is listed twice", where)
        names.add(name)
        try:
            resource_path(project, relative)
        except ValueError as exc:
            where = line_of(text, ["resources", index, "path"])
            raise InputError(path, f"resource {name!r}: path {relative!r} {exc}", where) from None
    return descriptor


def package_files(project: Project) -> list[Path]:
    """The descriptor and every resource file it names, in descriptor order (a descriptor
    that cannot be read stands for itself alone: validation refuses it anyway)."""
    try:
        descriptor = load_descriptor(project)
    except InputError:
        return [project.descriptor]
    return [
        project.descriptor,
        *(project.datapackage / resource["path"] for resource in descriptor["resources"]),
    ]
