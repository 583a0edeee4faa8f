"""Findings said in Dutch words a journalist can quote, and sorted by how much they matter.

The ``findings`` resource carries each check's numbers (expected, actual, difference,
tolerance) and an English message; the site explains them in Dutch from those numbers,
so the words never disagree with the figures. A difference within the printed precision
is rounding, not news; the same amount under two different periods has no difference
to show (it is the years that disagree), so none is shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from budgetkit.publish.render import euros

#: How a finding is grouped on the site, most newsworthy first.
KINDS = {
    "inconsistent": "Tegenstrijdig in de bron",
    "years": "Hetzelfde bedrag, andere jaren",
    "rounding": "Binnen de afronding",
}


def finding_kind(finding: Mapping[str, Any]) -> str:
    if finding.get("check") == "year_mismatch":
        return "years"
    difference, tolerance = finding.get("difference"), finding.get("tolerance")
    if difference is not None and tolerance is not None and abs(difference) <= tolerance:
        return "rounding"
    return "inconsistent"


def _more_or_less(difference: int | float) -> str:
    return "meer" if difference > 0 else "minder"


def explain(finding: Mapping[str, Any], table_title: str | None = None) -> str:
    """One Dutch sentence saying what disagrees with what, with both places' lines."""
    check = finding.get("check")
    line, other = finding.get("line"), finding.get("other_line")
    actual, expected = finding.get("actual"), finding.get("expected")
    difference = finding.get("difference") or 0
    year = f" voor {finding['year']}" if finding.get("year") else ""
    table = table_title or "de tabel"
    gap = f"{euros(abs(difference))} {_more_or_less(difference)}"
    if check == "year_mismatch":
        return (
            f"Hetzelfde bedrag van {euros(actual)} staat op regel {line} en op regel {other} "
            "bij verschillende jaren; welke periode klopt, zegt het document niet."
        )
    if check == "prose_vs_table":
        return (
            f"De tekst noemt {euros(actual)}{year} (regel {line}), maar {table} drukt "
            f"{euros(expected)} (regel {other}): de tekst noemt {gap}."
        )
    if check == "prose_decomposition":
        return (
            f"De tekst noemt een totaal van {euros(actual)}{year} (regel {line}) en daarna "
            f"delen die samen {euros(expected)} zijn (regel {other}): het totaal is {gap} "
            "dan de delen."
        )
    if check == "table_sum":
        return (
            f"In {table} drukt een rij{year} {euros(actual)} (regel {line}), maar de rijen "
            f"eronder tellen op tot {euros(expected)}: de rij is {gap}."
        )
    if check == "table_total_column":
        return (
            f"In {table} drukt de totaalkolom {euros(actual)} (regel {line}), maar de jaren "
            f"tellen op tot {euros(expected)}: het totaal is {gap}."
        )
    if check == "cross_document":
        return (
            f"Dit document noemt {euros(actual)}{year} (regel {line}), een ander document "
            f"noemt voor dezelfde maatregel {euros(expected)} (regel {other}): {gap}."
        )
    return str(finding.get("message") or "")


def importance(finding: Mapping[str, Any]) -> tuple:
    """Sort key: news before years before rounding, then the largest difference (or, for
    years, the largest amount) first, then the place."""
    order = list(KINDS).index(finding_kind(finding))
    size = abs(finding.get("difference") or 0) or 0
    if finding_kind(finding) == "years":
        size = abs(finding.get("actual") or 0)
    return (order, -size, finding.get("document_id") or "", finding.get("line") or 0)
