"""Links between measures of different documents, as stewards decided them in checks/links.yml.

Validation proposes links (reports/proposed-links.yml) and stewards confirm or reject them
in checks/links.yml; the site shows the linked measures side by side. The file is parsed by
the validation stage's own reader, so there is one definition of its format; the table's
Table Schema is ``schemas/measure_links.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from budgetkit.project import Project
from budgetkit.validate.links import load_links


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
