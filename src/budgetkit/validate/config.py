"""Tolerances and rules a steward tunes, read from ``checks/tolerances.yml``.

Defaults live in that file, not here: a missing key is an input error naming the key, so
the file stays the one place a threshold is set.
"""

from __future__ import annotations

from typing import Any

import yaml

from budgetkit.errors import InputError
from budgetkit.project import Project


class Tolerances:
    """The parsed tolerances file; ``get("totals", "relative_window")`` reads one value."""

    def __init__(self, project: Project) -> None:
        self.path = project.checks / "tolerances.yml"
        try:
            data = yaml.safe_load(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError(self.path, "tolerances file is missing") from None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise InputError(
                self.path, f"invalid YAML: {exc}", mark.line + 1 if mark else None
            ) from None
        if not isinstance(data, dict):
            raise InputError(self.path, "expected a mapping of layer -> settings")
        self.data = data

    def get(self, *keys: str) -> Any:
        node: Any = self.data
        for depth, key in enumerate(keys):
            if not isinstance(node, dict) or key not in node:
                raise InputError(self.path, f"missing setting {'.'.join(keys[: depth + 1])}")
            node = node[key]
        return node
