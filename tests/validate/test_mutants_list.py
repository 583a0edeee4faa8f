"""The mutation list follows the code: each breakage still matches its module once, and
it covers every breakage issue 11 names."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _mutants():
    spec = importlib.util.spec_from_file_location(
        "mutate_checks", ROOT / "benchmarks" / "mutate_checks.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while defining
    spec.loader.exec_module(module)
    return module.MUTANTS


def test_every_mutant_matches_its_module_once():
    for mutant in _mutants():
        text = (ROOT / mutant.path).read_text(encoding="utf-8")
        assert text.count(mutant.old) == 1, mutant.id
        for test in mutant.tests:
            assert (ROOT / test).is_file(), (mutant.id, test)


def test_the_issue_breakages_and_twenty_more_are_listed():
    ids = {m.id for m in _mutants()}
    named = {
        "quote-any-text",
        "CellText-off",
        "CellValue-off",
        "MeasureSpan-off",
        "SchemasMatch-off",
        "waarvan-summed",
    }
    assert named <= ids
    assert len(ids - named) >= 20
    assert len(ids) == len(_mutants())
