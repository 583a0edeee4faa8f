"""The validation stage: six layers that judge the data package, and the report they share.

``validate(project)`` is the library entry point; ``budgetkit validate`` is its command.
The two names are imported on first use (PEP 562), so that importing a submodule such as
``budgetkit.validate.command`` (which the CLI does at startup, also for ``budgetkit
extract``) does not load the runner with polars, pandas and every layer.
"""

from __future__ import annotations

from typing import Any

__all__ = ["LAYERS", "validate"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from budgetkit.validate import runner

        return getattr(runner, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
