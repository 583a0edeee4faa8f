"""Which rules each layer runs: read from the layers themselves, never kept by hand.

Each layer module registers its rules in a ``CHECKS`` tuple (``check.Check`` classes);
this module only gathers them, so ``findings.csv`` knows which finding codes a layer
owns, and ``docs/checks.md`` can be checked against the rules that exist.
"""

from __future__ import annotations

import importlib

from budgetkit.validate.check import Check

LAYERS = ("structure", "contracts", "provenance", "totals", "consistency", "expectations")


def layer_checks(name: str) -> tuple[type[Check], ...]:
    """The rules ``name`` runs, in order."""
    return importlib.import_module(f"budgetkit.validate.{name}").CHECKS


def finding_codes(layers: list[str]) -> set[str]:
    """Codes of the source-finding rules the given layers run."""
    return {c.code for name in layers for c in layer_checks(name) if c.finding}


def all_checks() -> dict[str, tuple[type[Check], ...]]:
    return {name: layer_checks(name) for name in LAYERS}


def checks_table() -> list[str]:
    """The rules as the Markdown table of ``docs/checks.md`` (layer, codes, kind, rule)."""
    lines = ["| layer | code | kind | rule |", "|---|---|---|---|"]
    for layer, checks in all_checks().items():
        for check in checks:
            codes = ", ".join(f"`{code}`" for code in check.codes)
            lines.append(
                f"| {layer} | {codes} | {check.kind} | {' '.join(check.summary().split())} |"
            )
    return lines
