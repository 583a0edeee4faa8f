"""The rules' codes: one list in the code, the same in the docs, findings and tests."""

from __future__ import annotations

import json
import re
from pathlib import Path

from budgetkit.validate.registry import LAYERS, all_checks, checks_table, finding_codes

ROOT = Path(__file__).resolve().parents[2]


def test_docs_list_every_rule_with_its_code():
    text = (ROOT / "docs" / "checks.md").read_text(encoding="utf-8")
    table = [line for line in text.splitlines() if line.startswith("|")]
    assert table == checks_table()


def test_finding_codes_are_the_findings_schema_enum():
    schema = json.loads((ROOT / "schemas" / "findings.json").read_text(encoding="utf-8"))
    enum = next(f for f in schema["fields"] if f["name"] == "check")["constraints"]["enum"]
    assert finding_codes(list(LAYERS)) == set(enum)


def test_each_layer_registers_its_rules_once():
    for layer, checks in all_checks().items():
        assert checks, layer
        assert len({c.__name__ for c in checks}) == len(checks)
        own = [code for c in checks for code in c.codes]
        assert len(own) == len(set(own)), layer


def test_every_code_is_exercised_by_a_test():
    """A rule no test names can be switched off unnoticed (see benchmarks/mutate_checks.py)."""
    tests = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").rglob("test_*.py"))
    quoted = set(re.findall(r"""["']([a-z0-9_\-]+[a-z0-9])["']""", tests))
    untested = sorted(
        code
        for checks in all_checks().values()
        for check in checks
        if check.kind != "proposal"  # writes reports/proposed-links.yml, reports nothing
        for code in check.codes
        if code not in quoted
    )
    assert untested == []
