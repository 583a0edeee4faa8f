"""Publishing: the validated data package to a read-only Datasette site.

``publish(project)`` builds ``publish/build/budget.db`` (atomically), the Datasette
metadata generated from the package, and a deterministic zip of the package. ``publish``
is imported on first use (PEP 562), so that importing ``budgetkit.publish.command`` (which
the CLI does at startup, also for ``budgetkit extract``) does not load sqlite-utils.
"""

from __future__ import annotations

from typing import Any

__all__ = ["publish"]


def __getattr__(name: str) -> Any:
    if name == "publish":
        from budgetkit.publish.stage import publish

        return publish
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
