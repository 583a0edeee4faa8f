"""What the layers found, in one shape, so one report can gather them.

A *data error* means the package is wrong and blocks publishing; a *finding* means the
package is right and the source document is inconsistent: it is published, never blocks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
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
    #: Sums that miss by no more than their printed precision: counted and listed, never
    #: findings (shaped like findings, so the report shows them the same way).
    rounding: list[dict[str, Any]] = field(default_factory=list)
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
            "rounding": len(self.rounding),
            "rounding_items": self.rounding,
            "checked": dict(sorted(self.checked.items())),
            "notes": self.notes,
            "seconds": round(self.seconds, 3),
        }


@dataclass
class Problem:
    """One thing wrong, however many layers saw it: a bad cell that Frictionless, Pandera
    and a Great Expectations suite each report is one problem with three layers on it."""

    resource: str | None
    row: int | None
    field: str | None
    key: str | None = None
    source_path: str | None = None
    source_line: int | None = None
    layers: list[str] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)

    def add(self, layer: str, error: DataError) -> None:
        for items, value in ((self.layers, layer), (self.checks, error.check)):
            if value not in items:
                items.append(value)
        if error.message not in self.messages:
            self.messages.append(error.message)
        self.key = self.key or error.key
        self.source_path = self.source_path or error.source_path
        self.source_line = self.source_line or error.source_line

    def sort_key(self) -> tuple:
        return (self.resource or "", self.row or 0, self.field or "", self.checks[0])


def problems(layers: list[LayerResult]) -> list[Problem]:
    """The layers' errors as problems: one per (resource, row, field). An error without a
    row (a suite's verdict on a column) joins the row problems of its resource and field;
    alone, it is a problem of its own."""
    found: dict[tuple, Problem] = {}
    columns: list[tuple[str, DataError]] = []
    for layer in layers:
        for error in layer.errors:
            if error.row is None and error.field is not None:
                columns.append((layer.name, error))
                continue
            where = (error.resource, error.row, error.field)
            key = where if error.row is not None else (*where, error.check, error.message)
            found.setdefault(key, Problem(*where)).add(layer.name, error)
    by_column: dict[tuple, list[Problem]] = {}
    for problem in found.values():
        if problem.row is not None:
            by_column.setdefault((problem.resource, problem.field), []).append(problem)
    for name, error in columns:
        rows = by_column.get((error.resource, error.field))
        if not rows:
            where = (error.resource, None, error.field)
            rows = [found.setdefault(where, Problem(*where))]
        for problem in rows:
            problem.add(name, error)
    return sorted(found.values(), key=Problem.sort_key)


@dataclass
class Report:
    """Every layer's result, plus the findings written to the package."""

    layers: list[LayerResult]
    findings: list[dict[str, Any]]
    package_fingerprint: str = ""  # empty unless every layer ran (see runner)
    findings_path: str = ""
    data_docs: bool = False

    @cached_property
    def problems(self) -> list[Problem]:
        return problems(self.layers)

    @property
    def data_errors(self) -> int:
        """Distinct problems: one bad cell seen by three layers counts once."""
        return len(self.problems)

    @property
    def errors_reported(self) -> int:
        """The layers' data errors as each layer counts them (its row in the summary): a
        cell that breaks two checks (a repeated key is both a ``primary-key`` and a
        ``unique-error`` to Frictionless) or that two layers see is one problem, and one
        data error of each."""
        return sum(len(layer.errors) for layer in self.layers)

    def verdict(self) -> str:
        """The failing verdict in words that tell the two counts apart."""
        problems, errors = self.data_errors, self.errors_reported
        if problems == errors:
            return f"{problems} data errors"
        return f"{errors} data errors in {problems} problems (wrong cells or rows)"

    @property
    def passed(self) -> bool:
        return self.data_errors == 0

    def layer(self, name: str) -> LayerResult:
        return next(layer for layer in self.layers if layer.name == name)
