"""A tiny, readable project for the publishing tests: two documents, every resource filled.

It is built with the real package writer and the real schemas, so it has the shape the
extraction stage gives; the real five documents are tested separately once extracted.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from budgetkit.extract.package import descriptor, render_csv
from budgetkit.fingerprint import package_fingerprint
from budgetkit.project import Project
from budgetkit.schemas import RESOURCES, field_names, load_schema
from budgetkit.sources import load_sources

ROOT = Path(__file__).resolve().parent.parent

SOURCE_A = (
    "1. Jeugdzorg\n"
    "\n"
    "Het kabinet trekt € 75,5 miljoen uit voor jeugdzorg in 2021.\n"
    "Daarnaast gaat er ruim € 12\n"
    "miljoen naar de jeugdhulp <script>alert(1)</script>.\n"
    "Zie Kamerstuk 29 282, nr. 533.\n"
    "Tabel 1 Uitgaven (x € 1.000)\n"
    "Jeugd 2021 75.500\n"
)
SOURCE_B = "Begroting 2021\nVoor jeugdzorg is € 75,5 miljoen beschikbaar in 2021.\n"

SOURCES_YML = """documents:
  - id: sample-a
    file: sample-a.txt
    title: "Memo <script>alert('title')</script> jeugd"
    publisher: Sample
    kind: memo
    published: "2020-09"
    budget_year: 2021
    license: "CC0"
    url: "https://example.org/sample-a"
  - id: sample-b
    file: sample-b.txt
    title: "Letter B"
    publisher: Sample
    kind: members_letter
    published: "2020-09"
    budget_year: 2021
    ministry: VWS
    license: "CC0"
    url: null
"""


LINKS_YML = """links:
- id: sample-a-m3 ~ sample-b-m2
  status: confirmed
  measures: [sample-a-m3, sample-b-m2]
  titles: [Extra geld voor jeugdzorg, Jeugdzorg]
  score: 1.5
  evidence: 'title words: jeugdzorg; equal amounts: € 75,5 mln in 2021'
"""


def _amount(doc, line, column, quote, eur, sentence, measure, **extra):
    return {
        "amount_id": f"{doc}-l{line}-c{column}",
        "document_id": doc,
        "line": line,
        "column": column,
        "quote": quote,
        "amount_eur": eur,
        "currency": "EUR",
        "scale": "mln",
        "year_from": 2021,
        "basis": "per_year",
        "role": "measure",
        "ministry": "VWS",
        "measure_id": measure,
        "sentence": sentence,
        **extra,
    }


def rows(project: Project) -> dict[str, list[dict]]:
    documents = load_sources(project)
    return {
        "documents": [
            {
                "document_id": d.id,
                "title": d.meta["title"],
                "publisher": d.meta["publisher"],
                "doc_type": d.meta["kind"],
                "published": d.meta["published"],
                "budget_year": d.meta["budget_year"],
                "ministry": d.meta.get("ministry"),
                "source_path": d.source_path,
                "sha256": d.sha256,
                "line_count": len(d.lines),
                "url": d.meta.get("url"),
                "license": d.meta["license"],
            }
            for d in documents
        ],
        "sections": [
            {
                "section_id": "sample-a-s1",
                "document_id": "sample-a",
                "level": 1,
                "number": "1",
                "heading": "Jeugdzorg",
                "line_start": 1,
                "line_end": 8,
                "ministry": "VWS",
            }
        ],
        "measures": [
            {
                "measure_id": "sample-a-m3",
                "document_id": "sample-a",
                "ministry": "VWS",
                "section_id": "sample-a-s1",
                "title": "Extra geld voor jeugdzorg",
                "line_start": 3,
                "line_end": 5,
                "kind": "paragraph",
                "curated": False,
            },
            {
                "measure_id": "sample-b-m2",
                "document_id": "sample-b",
                "ministry": "VWS",
                "title": "Jeugdzorg",
                "line_start": 2,
                "line_end": 2,
                "kind": "paragraph",
                "curated": False,
            },
        ],
        "amounts": [
            _amount(
                "sample-a",
                3,
                19,
                "€ 75,5 miljoen",
                75_500_000,
                "Het kabinet trekt € 75,5 miljoen uit voor jeugdzorg in 2021.",
                "sample-a-m3",
                section_id="sample-a-s1",
            ),
            _amount(
                "sample-a",
                4,
                24,
                "€ 12\nmiljoen",
                12_000_000,
                "Daarnaast gaat er ruim € 12 miljoen naar de jeugdhulp <script>alert(1)</script>.",
                "sample-a-m3",
                qualifier="ruim",
                section_id="sample-a-s1",
            ),
            _amount(
                "sample-b",
                2,
                19,
                "€ 75,5 miljoen",
                75_500_000,
                "Voor jeugdzorg is € 75,5 miljoen beschikbaar in 2021.",
                "sample-b-m2",
            ),
        ],
        "tables": [
            {
                "table_id": "sample-a-t1",
                "document_id": "sample-a",
                "number": "1",
                "title": "Uitgaven",
                "line_start": 7,
                "line_end": 8,
                "unit": "EUR",
                "scale_factor": 1000,
                "scale_text": "x € 1.000",
                "scale_line": 7,
                "ministry": "VWS",
            }
        ],
        "table_cells": [
            {
                "table_id": "sample-a-t1",
                "row_id": "r01",
                "row_order": 1,
                "row_label": "Jeugd",
                "level": 1,
                "column_label": "2021",
                "year": 2021,
                "value": 75500,
                "value_text": "75.500",
                "line": 8,
                "column": 12,
                "unit": "EUR",
                "scale_factor": 1000,
            }
        ],
        "references": [
            {
                "reference_id": "sample-a-l6-c5",
                "document_id": "sample-a",
                "line": 6,
                "column": 5,
                "kind": "kamerstuk",
                "quote": "Kamerstuk 29 282, nr. 533",
                "dossier": "29282",
                "number": "533",
                "context": "Zie Kamerstuk 29 282, nr. 533.",
            }
        ],
        "findings": [
            {
                "finding_id": "cross_document-sample-a-l4",
                "check": "cross_document",
                "document_id": "sample-a",
                "line": 4,
                "other_document_id": "sample-b",
                "other_line": 2,
                "year": 2021,
                "expected": 75_500_000,
                "actual": 12_000_000,
                "difference": -63_500_000,
                "tolerance": 500_000,
                "message": "Document A says € 12 mln, document B € 75,5 mln for jeugdzorg.",
            }
        ],
    }


def _default(field: dict):
    """A schema-valid value for a required field the sample does not set (schemas grow)."""
    constraints = field.get("constraints", {})
    if "enum" in constraints:
        return constraints["enum"][0]
    kind = field.get("type")
    if kind in ("integer", "number"):
        return constraints.get("minimum", 1)
    if kind == "boolean":
        return False
    return "x"


def complete(schema: dict, row: dict) -> dict:
    required = [f for f in schema["fields"] if f.get("constraints", {}).get("required")]
    return {**{f["name"]: _default(f) for f in required if row.get(f["name"]) is None}, **row}


def write_validation_report(project: Project, data_errors: int = 0) -> None:
    project.reports.mkdir(parents=True, exist_ok=True)
    report = {"package_fingerprint": package_fingerprint(project), "data_errors": data_errors}
    (project.reports / "validation.json").write_text(json.dumps(report))


def make_sample_project(root: Path) -> Project:
    """Write the sample project (sources, schemas, package, publish config, report) to root."""
    project = Project(root)
    project.sources.mkdir(parents=True)
    (project.sources / "sample-a.txt").write_text(SOURCE_A, encoding="utf-8")
    (project.sources / "sample-b.txt").write_text(SOURCE_B, encoding="utf-8")
    project.sources_yml.write_text(SOURCES_YML, encoding="utf-8")
    shutil.copytree(ROOT / "schemas", project.schemas)
    project.checks.mkdir()
    (project.checks / "links.yml").write_text(LINKS_YML, encoding="utf-8")
    shutil.copytree(ROOT / "publish", project.publish, ignore=shutil.ignore_patterns("build"))
    data = project.datapackage / "data"
    data.mkdir(parents=True)
    tables = rows(project)
    for name in RESOURCES:
        schema = load_schema(project.schemas, name)
        complete_rows = [complete(schema, row) for row in tables[name]]
        (data / f"{name}.csv").write_bytes(render_csv(field_names(schema), complete_rows))
    package = descriptor(project, load_sources(project))
    project.descriptor.write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n")
    write_validation_report(project)
    return project
