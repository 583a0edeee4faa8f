"""Links between measures of different documents, as stewards decided them in checks/links.yml.

Validation proposes links and stewards confirm or reject them; the site shows the
linked measures side by side. The file is parsed by the validation stage's own reader,
so there is one definition of its format.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from budgetkit.project import Project
from budgetkit.validate.links import load_links

#: A Table Schema for this database-only table (the links live in checks/, not the package).
SCHEMA: dict[str, Any] = {
    "description": (
        "Pairs of measures in different documents that describe the same policy: proposed by "
        "validation (same title words, equal amounts), confirmed or rejected by a steward in "
        "checks/links.yml."
    ),
    "fields": [
        {"name": "link_id", "type": "string", "description": "Both measure ids, sorted."},
        {"name": "measure_id", "type": "string", "description": "First measure of the pair."},
        {"name": "other_measure_id", "type": "string", "description": "Second measure."},
        {
            "name": "status",
            "type": "string",
            "description": "proposed (by the code), confirmed or rejected (by a steward).",
            "constraints": {"enum": ["proposed", "confirmed", "rejected"]},
        },
        {"name": "score", "type": "number", "description": "How strongly the code proposes it."},
        {"name": "evidence", "type": "string", "description": "Why the code proposed it."},
    ],
    "primaryKey": ["link_id"],
    "foreignKeys": [
        {"fields": "measure_id", "reference": {"resource": "measures", "fields": "measure_id"}},
        {
            "fields": "other_measure_id",
            "reference": {"resource": "measures", "fields": "measure_id"},
        },
    ],
}


def read_measure_links(project: Project) -> Iterator[dict[str, Any]]:
    for link in load_links(project):
        yield {
            "link_id": link.id,
            "measure_id": link.measures[0],
            "other_measure_id": link.measures[1],
            "status": link.status,
            "score": link.entry.get("score"),
            "evidence": link.entry.get("evidence"),
        }
