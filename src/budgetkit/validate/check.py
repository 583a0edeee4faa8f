"""One rule, one class: the unit every validation layer is made of.

Like frictionless-py's ``checks/``, a rule is a small class with a stable code; a layer
registers the rules it runs in its ``CHECKS`` tuple, and runs them in that order over one
shared state (what the layer prepared once, such as the source texts). The code is what the
report, ``findings.csv`` (its ``check`` column) and ``docs/checks.md`` call the rule, so a
steward can grep one word from a report line to the rule that wrote it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from budgetkit.validate.report import LayerResult

if TYPE_CHECKING:  # the loader pulls in polars and numpy, which the CLI must not pay at startup
    from budgetkit.validate.loader import PackageData


class Check:
    """A rule. ``code`` is stable; ``finding`` rules report the source, never the package.

    A rule whose errors come in a few kinds (a source file missing, or not UTF-8) lists
    each kind's code in ``codes``; ``code`` is its first.
    """

    code: ClassVar[str]
    codes: ClassVar[tuple[str, ...]] = ()
    finding: ClassVar[bool] = False
    #: What the rule reports, as docs/checks.md says it; set from ``finding`` by default.
    kind: ClassVar[str] = ""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "kind" not in cls.__dict__:
            cls.kind = "finding" if cls.finding else "data error"
        if "codes" not in cls.__dict__ and "code" in cls.__dict__:
            cls.codes = (cls.code,)
        elif "code" not in cls.__dict__ and cls.codes:
            cls.code = cls.codes[0]

    def run(self, data: PackageData, result: LayerResult, state: Any) -> None:
        raise NotImplementedError

    @classmethod
    def summary(cls) -> str:
        """The first paragraph of the rule's docstring: what it holds the package to."""
        return " ".join((cls.__doc__ or "").strip().split("\n\n")[0].split())


def run_checks(
    name: str, checks: tuple[type[Check], ...], data: PackageData, state: Any = None
) -> LayerResult:
    """Run a layer's rules in order; each adds its errors or findings to one result."""
    result = LayerResult(name)
    for check in checks:
        check().run(data, result, state)
    return result
