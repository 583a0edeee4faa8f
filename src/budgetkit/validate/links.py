"""Cross-document links between measures: proposed by the code, decided by a steward.

``checks/links.yml`` holds the steward's decisions, one entry per pair of measures with
``status: confirmed`` or ``rejected``; validation only reads it. Every run writes its
current proposals to ``reports/proposed-links.yml`` (pairs not yet decided, sorted by id,
so the file changes only when the proposals do); a steward accepts one by copying it into
``checks/links.yml`` with a status. An entry left ``proposed`` there is read as undecided.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from budgetkit.extract.package import write_atomic
from budgetkit.inputschema import load_checked
from budgetkit.project import Project

PROPOSALS_HEADER = """\
# Links between measures that `budgetkit validate` PROPOSES (same words in the titles, equal
# amounts for the same years), recomputed on every run; pairs decided in checks/links.yml
# are left out. To decide one, copy its entry into checks/links.yml and set
# `status: confirmed` (the two measures' amounts are then compared) or `status: rejected`.
# Validation never writes checks/.
"""
_WORD = re.compile(r"[^\W\d_]+")


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
    data, _text = load_checked(project.schemas, path, "links")
    entries = (data or {}).get("links") or []
    links = []
    for entry in entries:
        a, b = sorted(entry["measures"])
        links.append(Link(link_id(a, b), (a, b), entry["status"], entry))
    return links


_VOWELS = frozenset("aeiouy")


def _stem(word: str) -> str:
    """Crude Dutch plural folding, so a plural and its singular share a word: "pensioenen"
    and "pensioen" both give "pensioen", "bijdragen" and "bijdrage" both "bijdrag",
    "subsidies" and "subsidie" both "subsidi", "maatregelen" and "maatregel" "maatregel".

    A plural "-en" follows a consonant ("pensioen-en"), so "pensioen" keeps its "en"; a
    plural "-s" follows an "e" ("subsidie-s", "tafel-s" after "el"), so "fonds" keeps its
    "s"; a final "-e" goes, so "bijdrage" meets "bijdragen" minus its "n".
    """
    if word.endswith("en") and len(word) >= 6 and word[-3] not in _VOWELS:
        word = word[:-2]
    elif word.endswith("s") and len(word) >= 5 and _plural_s(word):
        word = word[:-1]
    if word.endswith("e") and len(word) >= 5:
        word = word[:-1]
    return word


def _plural_s(word: str) -> bool:
    """An "-s" after "e" ("subsidies") or after an unstressed -el/-em/-en/-er ("tafels")."""
    return word[-2] == "e" or (word[-2] in "lmnr" and word[-3] == "e")


def title_words(title: str, stop_words: set[str], min_length: int) -> set[str]:
    return {
        _stem(w)
        for w in (m.group().lower() for m in _WORD.finditer(title or ""))
        if len(w) >= min_length and w not in stop_words
    }


def proposals_path(project: Project):
    return project.reports / "proposed-links.yml"


def write_proposals(project: Project, entries: list[dict[str, Any]]) -> bool:
    """Write reports/proposed-links.yml if its content changed; return whether it did.

    Each entry is one line, a YAML flow mapping written by ``json`` (JSON is YAML): a
    steward copies a line into checks/links.yml as it is, and a hundred thousand
    proposals are written in a second instead of the minutes PyYAML's representer needs.
    """
    lines = [PROPOSALS_HEADER, "links:" + ("\n" if entries else " []\n")]
    lines += [f"- {json.dumps(entry, ensure_ascii=False)}\n" for entry in entries]
    data = "".join(lines).encode("utf-8")
    path = proposals_path(project)
    if path.exists() and path.read_bytes() == data:
        return False
    write_atomic(path, data)
    return True
