"""Publishing: the validated data package to a read-only Datasette site.

``publish(project)`` builds ``publish/build/budget.db`` (atomically), the Datasette
metadata generated from the package, and a deterministic zip of the package.
"""

from budgetkit.publish.stage import publish

__all__ = ["publish"]
