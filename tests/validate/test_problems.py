"""One problem, one entry: the same bad cell seen by several layers is reported once, with
the layers that saw it."""

from __future__ import annotations

import json

from inline_package import DOCUMENT, amount_row, build

from budgetkit.validate import validate
from budgetkit.validate.report import DataError, LayerResult, problems


def _layer(name: str, *errors: DataError) -> LayerResult:
    return LayerResult(name, errors=list(errors))


def test_errors_on_one_cell_are_one_problem():
    cell = {"resource": "amounts", "row": 5, "field": "scale"}
    found = problems(
        [
            _layer("structure", DataError("constraint-error", "bad enum", **cell)),
            _layer("contracts", DataError("constraint", "fails isin", **cell)),
            _layer(
                "expectations",
                DataError("expectation", "in_set: 1 unexpected", resource="amounts", field="scale"),
            ),
            _layer("provenance", DataError("quote", "moved", resource="amounts", row=6)),
        ]
    )
    assert [(p.row, p.field, p.layers) for p in found] == [
        (5, "scale", ["structure", "contracts", "expectations"]),
        (6, None, ["provenance"]),
    ]
    assert found[0].checks == ["constraint-error", "constraint", "expectation"]


def test_a_column_verdict_alone_is_its_own_problem():
    column = DataError("expectation", "too few rows", resource="amounts", field="line")
    found = problems([_layer("expectations", column)])
    assert [(p.resource, p.row, p.field) for p in found] == [("amounts", None, "line")]


def test_report_counts_a_bad_cell_once(tmp_path):
    text = "Het kabinet trekt € 3,5 mrd uit.\n"
    project = build(tmp_path, {DOCUMENT: text}, amounts=[amount_row(scale="gigantisch")])
    report = validate(project, ["structure", "contracts", "expectations"])
    assert all(len(layer.errors) >= 1 for layer in report.layers)
    saved = json.loads((project.reports / "validation.json").read_text(encoding="utf-8"))
    items = [p for p in saved["problems"]["items"] if p["field"] == "scale"]
    assert len(items) == 1
    assert items[0]["layers"] == ["structure", "contracts", "expectations"]
    assert saved["data_errors"] == saved["problems"]["count"]
    assert "seen by structure, contracts, expectations" in (
        project.reports / "validation.md"
    ).read_text(encoding="utf-8")
