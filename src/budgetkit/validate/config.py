"""Tolerances and rules a steward tunes, read from ``checks/tolerances.yml``.

Defaults live in that file, not here: a missing key is an input error naming the key, so
the file stays the one place a threshold is set; types are checked on load against
``schemas/inputs/tolerances.json``.
"""

from __future__ import annotations

from typing import Any

from budgetkit.errors import InputError
from budgetkit.inputschema import load_checked
from budgetkit.project import Project


class Tolerances:
    """The parsed tolerances file; ``get("totals", "relative_window")`` reads one value."""

    def __init__(self, project: Project) -> None:
        self.path = project.checks / "tolerances.yml"
        if not self.path.is_file():
            raise InputError(self.path, "tolerances file is missing")
        data, _text = load_checked(project.schemas, self.path, "tolerances")
        self.data = data

    def get(self, *keys: str) -> Any:
        node: Any = self.data
        for depth, key in enumerate(keys):
            if not isinstance(node, dict) or key not in node:
                raise InputError(self.path, f"missing setting {'.'.join(keys[: depth + 1])}")
            node = node[key]
        return node
