"""What the layers found, in one shape, so one report can gather them.

A *data error* means the package is wrong and blocks publishing; a *finding* means the
package is right and the source document is inconsistent: it is published, never blocks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class DataError:
    """One thing wrong with the package, located so a steward can go and fix it."""

    check: str
    message: str
    resource: str | None = None
    row: int | None = None  # row position in the CSV, header = 1 (as Frictionless counts)
    key: str | None = None  # the row's primary key, when it has one
    field: str | None = None
    source_path: str | None = None  # source text the row points into
    source_line: int | None = None

    def sort_key(self) -> tuple:
        return (
            self.resource or "",
            self.row or 0,
            self.field or "",
            self.check,
            self.message,
        )


@dataclass
class LayerResult:
    """The outcome of one layer: its data errors, its findings, and what it looked at."""

    name: str
    errors: list[DataError] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)  # what was checked -> how many
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return not self.errors

    def error(self, check: str, message: str, **where: Any) -> None:
        self.errors.append(DataError(check=check, message=message, **where))

    def to_dict(self, max_errors: int) -> dict[str, Any]:
        errors = sorted(self.errors, key=DataError.sort_key)
        return {
            "layer": self.name,
            "passed": self.passed,
            "data_errors": len(errors),
            "errors": [dict(e.__dict__) for e in errors[:max_errors]],
            "errors_left_off": max(0, len(errors) - max_errors),
            "findings": len(self.findings),
            "checked": dict(sorted(self.checked.items())),
            "notes": self.notes,
            "seconds": round(self.seconds, 3),
        }


@dataclass
class Report:
    """Every layer's result, plus the findings written to the package."""

    layers: list[LayerResult]
    findings: list[dict[str, Any]]
    package_fingerprint: str = ""
    findings_path: str = ""
    data_docs: bool = False

    @property
    def data_errors(self) -> int:
        return sum(len(layer.errors) for layer in self.layers)

    @property
    def passed(self) -> bool:
        return self.data_errors == 0

    def layer(self, name: str) -> LayerResult:
        return next(layer for layer in self.layers if layer.name == name)
