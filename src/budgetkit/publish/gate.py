"""Publishing only what validation passed: the report must match the package's bytes.

A report is trusted only if its ``package_fingerprint`` is the fingerprint of the package
as it is now, so a package edited after validation is never published on an old verdict.
"""

from __future__ import annotations

import json

from budgetkit.errors import InputError
from budgetkit.fingerprint import package_fingerprint
from budgetkit.project import Project


def require_validated(project: Project) -> None:
    """Raise ``InputError`` (pointing at the readable report) unless publishing is allowed."""
    report = project.reports / "validation.json"
    readable = project.reports / "validation.md"
    if not report.exists():
        raise InputError(readable, "no validation report; run `budgetkit validate` first")
    try:
        verdict = json.loads(report.read_text(encoding="utf-8"))
        fingerprint = verdict["package_fingerprint"]
        data_errors = int(verdict["data_errors"])
    except (json.JSONDecodeError, KeyError, TypeError, ValueError):
        raise InputError(
            report, "unreadable validation report; run `budgetkit validate` again"
        ) from None
    if not fingerprint:  # a run of some layers (--layer) takes none: it cannot open the gate
        raise InputError(
            readable,
            "the validation report is of some layers only; run `budgetkit validate` (every "
            "layer) before publishing",
        )
    if fingerprint != package_fingerprint(project):
        raise InputError(
            readable,
            "the data package changed after it was validated; run `budgetkit validate` again",
        )
    if data_errors:
        raise InputError(
            readable,
            f"validation found {data_errors} data error(s); fix them, validate, then publish",
        )
