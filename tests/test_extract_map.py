"""The extract package's map (its docstring) names every module it holds, and no other."""

from __future__ import annotations

import pkgutil
import re

import budgetkit.extract


def test_the_extract_map_names_every_module_and_no_module_that_is_gone() -> None:
    """A module added or split without a line in the map, or a line left for a module moved
    away, would leave the next reader a wrong map: the map is checked against the package."""
    modules = {m.name for m in pkgutil.iter_modules(budgetkit.extract.__path__)}
    named = set(re.findall(r"``(\w+)\*?``", budgetkit.extract.__doc__ or ""))
    assert modules - named == set(), "modules missing from the map"
    assert named - modules == set(), "the map names modules that are gone"
