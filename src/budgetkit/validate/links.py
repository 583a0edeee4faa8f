"""Cross-document links between measures: proposed by the code, decided by a steward.

``checks/links.yml`` holds one entry per pair of measures. The code only ever writes
``status: proposed``; a steward changes it to ``confirmed`` or ``rejected``. On every run
the proposals are recomputed: entries a steward decided are kept exactly as they are, new
candidates are added as proposed, and proposals that no longer score are dropped. Entries
are sorted by id, so the file changes only when the proposals do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from budgetkit.errors import InputError
from budgetkit.extract.package import write_atomic
from budgetkit.project import Project

STATUSES = ("proposed", "confirmed", "rejected")
HEADER = """\
# Links between measures of different documents about the same budget year.
# `budgetkit validate` PROPOSES links (same words in the titles, equal amounts for the same
# years); only a steward confirms them. Set `status: confirmed` to have the two measures'
# amounts compared (differences become cross_document / year_mismatch findings), or
# `status: rejected` to silence a wrong proposal. Decided entries are never changed by the
# code; undecided proposals are recomputed on every run.
"""
_WORD = re.compile(r"[^\W\d_]+")
# libyaml's loader and emitter when PyYAML was built with it: the same documents and bytes,
# but the pure-Python ones spend minutes on the hundreds of thousands of proposals of a big
# package.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


@dataclass(frozen=True)
class Link:
    id: str
    measures: tuple[str, str]
    status: str
    entry: dict[str, Any]


def link_id(first: str, second: str) -> str:
    a, b = sorted((first, second))
    return f"{a} ~ {b}"


def links_path(project: Project):
    return project.checks / "links.yml"


def load_links(project: Project) -> list[Link]:
    path = links_path(project)
    if not path.exists():
        return []
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(path, f"invalid YAML: {exc}", mark.line + 1 if mark else None) from None
    entries = data.get("links") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise InputError(path, "expected a mapping with a 'links' list")
    links = []
    for index, entry in enumerate(entries):
        measures = entry.get("measures") if isinstance(entry, dict) else None
        if not (isinstance(measures, list) and len(measures) == 2):
            raise InputError(path, f"links[{index}] needs 'measures': a list of two measure ids")
        if entry.get("status") not in STATUSES:
            raise InputError(
                path, f"links[{index}] status {entry.get('status')!r} is not one of {STATUSES}"
            )
        a, b = sorted(str(m) for m in measures)
        links.append(Link(link_id(a, b), (a, b), entry["status"], entry))
    return links


def _stem(word: str) -> str:
    """Crude Dutch plural folding, so "Pensioenen" and "Pensioen" share a word."""
    for suffix in ("en", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def title_words(title: str, stop_words: set[str], min_length: int) -> set[str]:
    return {
        _stem(w)
        for w in (m.group().lower() for m in _WORD.finditer(title or ""))
        if len(w) >= min_length and w not in stop_words
    }


def merge_proposals(existing: list[Link], proposals: dict[str, dict[str, Any]]) -> list[dict]:
    """Steward decisions kept verbatim; current proposals for every undecided pair."""
    entries = {link.id: link.entry for link in existing if link.status != "proposed"}
    for lid, entry in proposals.items():
        entries.setdefault(lid, entry)
    return [entries[lid] for lid in sorted(entries)]


def write_links(project: Project, entries: list[dict[str, Any]]) -> bool:
    """Write checks/links.yml if its content changed; return whether it did."""
    body = yaml.dump(
        {"links": entries},
        Dumper=_DUMPER,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=None,
    )
    data = (HEADER + body).encode("utf-8")
    path = links_path(project)
    if path.exists() and path.read_bytes() == data:
        return False
    write_atomic(path, data)
    return True
