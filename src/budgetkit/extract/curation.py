"""A steward's corrections to the measures, read from ``checks/curation.yml``.

Extraction guesses what policy item an amount belongs to and what to call it; a steward
who knows better writes it down here instead of touching code: a readable title, two
measures that are one (``merge_into``), one measure that is two (``split_at``: the lines
from there on become a new measure ``<document_id>:m<line>``), or an amount that belongs
elsewhere. Ids that do
not exist are refused with the file and line, so a correction never silently stops
applying when the sources change.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from budgetkit.errors import InputError
from budgetkit.inputschema import compose, load_checked
from budgetkit.project import Project

CURATION_FILE = "curation.yml"
MEASURE_KEYS = frozenset({"title", "merge_into", "split_at"})
AMOUNT_KEYS = frozenset({"measure_id"})


@dataclass
class Curation:
    """The corrections, keyed by measure_id and amount_id, with the YAML line of each."""

    path: Path
    measures: dict[str, dict[str, str]] = field(default_factory=dict)
    amounts: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)

    def error(self, key: str, message: str) -> InputError:
        """An InputError pointing at the line where ``key`` is written."""
        return InputError(self.path, message, self.lines.get(key))

    def for_document(self, document_id: str) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
        """The measure and amount corrections that concern one document."""
        prefix = f"{document_id}:"
        return (
            {k: v for k, v in self.measures.items() if k.startswith(prefix)},
            {k: v for k, v in self.amounts.items() if k.startswith(prefix)},
        )


def _mapping(node: yaml.Node) -> list[tuple[yaml.Node, yaml.Node]]:
    return node.value if isinstance(node, yaml.MappingNode) else []


def _section(
    curation: Curation, root: yaml.Node, name: str, allowed: frozenset[str]
) -> dict[str, dict[str, str]]:
    """One top-level section ("measures" or "amounts"): id -> its settings, lines recorded."""
    entries: dict[str, dict[str, str]] = {}
    for key_node, value_node in _mapping(root):
        if key_node.value != name:
            continue
        if not isinstance(value_node, yaml.MappingNode):
            raise InputError(
                curation.path, f"'{name}' must be a mapping of ids", key_node.start_mark.line + 1
            )
        for id_node, settings in value_node.value:
            key = str(id_node.value)
            line = id_node.start_mark.line + 1
            curation.lines[key] = line
            if not isinstance(settings, yaml.MappingNode) or not settings.value:
                raise InputError(curation.path, f"{name} entry {key!r} needs settings", line)
            values = {}
            for setting, value in settings.value:
                if setting.value not in allowed:
                    raise InputError(
                        curation.path,
                        f"{name} entry {key!r}: unknown setting {setting.value!r} "
                        f"(allowed: {', '.join(sorted(allowed))})",
                        setting.start_mark.line + 1,
                    )
                if not isinstance(value, yaml.ScalarNode) or not str(value.value).strip():
                    raise InputError(
                        curation.path,
                        f"{name} entry {key!r}: {setting.value} must be a non-empty text",
                        setting.start_mark.line + 1,
                    )
                values[setting.value] = str(value.value).strip()
            entries[key] = values
    return entries


def _document_ids(project: Project) -> set[str]:
    try:
        # libyaml's parser where built (as load_sources reads the file): the pure-Python one
        # takes a third of a second on a sources.yml of 500 documents
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(project.sources_yml.read_text(encoding="utf-8"), Loader=loader) or {}
    except (OSError, yaml.YAMLError):
        return set()  # load_sources reports a broken sources.yml itself
    return {str(entry.get("id")) for entry in data.get("documents", []) if isinstance(entry, dict)}


def load_curation(project: Project, document_ids: Collection[str] | None = None) -> Curation:
    """Read ``checks/curation.yml`` (no file: no corrections).

    Refuses malformed YAML, unknown settings and ids of documents that do not exist; the
    ids inside a document are checked against the extraction by ``apply``. ``document_ids``:
    the ids of the documents ``load_sources`` read, where the caller has them, so that
    sources.yml is not parsed a second time (a twentieth of a second at 500 documents);
    without them they are read from the file.
    """
    path = project.checks / CURATION_FILE
    curation = Curation(path)
    if not path.exists():
        return curation
    _data, text = load_checked(project.schemas, path, "curation")
    # composed by libyaml where built, as load_checked parsed it: PyYAML's own composer took
    # 2 ms of a 190 ms pass over the five sources (the same nodes, values and lines)
    root = compose(text)
    if root is None:
        return curation
    if not isinstance(root, yaml.MappingNode):
        raise InputError(path, "expected a mapping with 'measures' and/or 'amounts'", 1)
    for key_node, _value in root.value:
        if key_node.value not in ("measures", "amounts"):
            raise InputError(
                path, f"unknown section {key_node.value!r}", key_node.start_mark.line + 1
            )
    curation.measures = _section(curation, root, "measures", MEASURE_KEYS)
    amounts = _section(curation, root, "amounts", AMOUNT_KEYS)
    curation.amounts = {key: value["measure_id"] for key, value in amounts.items()}
    documents = _document_ids(project) if document_ids is None else document_ids
    for key in [*curation.measures, *curation.amounts]:
        if key.split(":", 1)[0] not in documents:
            raise curation.error(key, f"{key!r} names no document in sources/sources.yml")
    return curation


def apply(
    curation: Curation,
    document_id: str,
    measures: dict[str, dict[str, Any]],
    amounts: list[dict[str, Any]],
) -> None:
    """Apply the corrections for one document to its measures (by id) and amounts, in place.

    An amount moved to another measure, or a measure merged into another, widens the
    receiving measure's lines so its amounts stay inside it; every measure a correction
    touches is marked curated.
    """
    measure_fixes, amount_fixes = curation.for_document(document_id)
    by_id = {amount["amount_id"]: amount for amount in amounts}
    for key, fix in measure_fixes.items():
        if "split_at" in fix:
            _split(curation, key, fix["split_at"], document_id, measures, amounts)
    for key, fix in measure_fixes.items():
        if key not in measures:
            raise curation.error(
                key, f"unknown measure_id {key!r} (not extracted from {document_id})"
            )
        target = fix.get("merge_into")
        if target is not None and (target not in measures or target == key):
            raise curation.error(
                key, f"merge_into {target!r} is not another measure of {document_id}"
            )
        if target is not None and "merge_into" in measure_fixes.get(target, {}):
            raise curation.error(
                key, f"merge_into {target!r}, which is itself merged: name the last one"
            )
    for key, target in amount_fixes.items():
        if key not in by_id:
            raise curation.error(
                key, f"unknown amount_id {key!r} (not extracted from {document_id})"
            )
        if target not in measures:
            raise curation.error(key, f"amount {key!r}: unknown measure_id {target!r}")
        _move(by_id[key], measures[target])
    for key, fix in measure_fixes.items():
        measure = measures[key]
        if "title" in fix:
            measure["title"] = fix["title"]
            measure["curated"] = True
    for key, fix in measure_fixes.items():
        target = fix.get("merge_into")
        if target is None:
            continue
        for amount in amounts:
            if amount.get("measure_id") == key:
                _move(amount, measures[target])
        measures[target]["line_start"] = min(
            measures[target]["line_start"], measures[key]["line_start"]
        )
        measures[target]["line_end"] = max(measures[target]["line_end"], measures[key]["line_end"])
        del measures[key]


def _split(
    curation: Curation,
    key: str,
    at: str,
    document_id: str,
    measures: dict[str, dict[str, Any]],
    amounts: list[dict[str, Any]],
) -> None:
    """Cut measure ``key`` at line ``at``: that line onwards, and the amounts there, become
    the new measure ``<document_id>:m<at>`` (its title can be set under its own id)."""
    measure = measures.get(key)
    if measure is None:
        raise curation.error(key, f"unknown measure_id {key!r} (not extracted from {document_id})")
    new_id = f"{document_id}:m{at}"
    if not at.isdigit() or not measure["line_start"] < int(at) <= measure["line_end"]:
        raise curation.error(
            key,
            f"split_at {at!r} is not a line after the first of {key!r} "
            f"({measure['line_start']}-{measure['line_end']})",
        )
    if new_id in measures:
        raise curation.error(key, f"split_at {at!r}: measure {new_id!r} already exists")
    line = int(at)
    moved = [a for a in amounts if a.get("measure_id") == key and a["line"] >= line]
    kept = [a["line"] for a in amounts if a.get("measure_id") == key and a["line"] < line]
    if not moved or not kept:
        raise curation.error(key, f"split_at {at!r} leaves one side of {key!r} without amounts")
    measures[new_id] = {
        **measure,
        "measure_id": new_id,
        "line_start": line,
        "curated": True,
    }
    measure["line_end"] = line - 1
    measure["curated"] = True
    for amount in moved:
        amount["measure_id"] = new_id


def _move(amount: dict[str, Any], measure: dict[str, Any]) -> None:
    amount["measure_id"] = measure["measure_id"]
    measure["line_start"] = min(measure["line_start"], amount["line"])
    measure["line_end"] = max(measure["line_end"], amount["line"])
    measure["curated"] = True
