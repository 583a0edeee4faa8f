"""A tiny data package written from inline rows, for testing one check at a time.

Each check's tests state the few rows and the source text they need right in the test;
this builds a real project around them (the repository's schemas and checks, the rows
written as CSV and the descriptor by the package writer extraction uses), so the layer
under test reads it exactly as it reads a real package. Fields a test does not give are
left empty.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

from budgetkit.extract.package import descriptor, render_csv
from budgetkit.project import Project
from budgetkit.schemas import RESOURCES, field_names, load_schema
from budgetkit.validate.loader import PackageData

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT = "doc"


def document_row(text: str, document_id: str = DOCUMENT, **fields: Any) -> dict[str, Any]:
    """A documents row for ``sources/<id>.txt`` holding ``text``, hash and lines right."""
    data = text.encode("utf-8")
    return {
        "document_id": document_id,
        "title": f"Document {document_id}",
        "publisher": "Test",
        "doc_type": "memo",
        "published": "2020-09",
        "budget_year": 2021,
        "source_path": f"sources/{document_id}.txt",
        "sha256": hashlib.sha256(data).hexdigest(),
        "line_count": text.count("\n") + (0 if text.endswith("\n") else 1),
        "license": "test",
        **fields,
    }


def build(
    root: Path,
    sources: dict[str, str] | None = None,
    extra_fields: dict[str, list[dict[str, Any]]] | None = None,
    **rows: list[dict[str, Any]],
) -> Project:
    """A project at ``root`` with ``sources`` (document id -> text) and resource rows.

    Every source gets a documents row unless ``documents`` is given. ``extra_fields`` adds
    fields to a resource's schema (file and inlined) that the repository's schema does
    not have yet, for rules that check a column only where the package has it.
    """
    sources = sources if sources is not None else {DOCUMENT: "\n"}
    for name in ("schemas", "checks"):
        shutil.copytree(ROOT / name, root / name)
    (root / "checks" / "links.yml").write_text("links: []\n", encoding="utf-8")
    (root / "sources").mkdir()
    for doc_id, text in sources.items():
        (root / "sources" / f"{doc_id}.txt").write_text(text, encoding="utf-8", newline="")
    rows.setdefault("documents", [document_row(text, d) for d, text in sources.items()])
    data = root / "datapackage" / "data"
    data.mkdir(parents=True)
    for name, fields in (extra_fields or {}).items():
        path = root / "schemas" / f"{name}.json"
        schema = json.loads(path.read_text(encoding="utf-8"))
        known = set(field_names(schema))
        schema["fields"] += [f for f in fields if f["name"] not in known]
        path.write_text(json.dumps(schema, ensure_ascii=False, indent=2), encoding="utf-8")
    project = Project(root)
    for name in RESOURCES:
        fields = field_names(load_schema(project.schemas, name))
        for row in rows.get(name, []):
            unknown = set(row) - set(fields)
            assert not unknown, f"{name} has no field(s) {sorted(unknown)}"
        (data / f"{name}.csv").write_bytes(render_csv(fields, rows.get(name, [])))
    (root / "datapackage" / "datapackage.json").write_text(
        json.dumps(descriptor(project, []), ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return project


def load(root: Path, sources: dict[str, str] | None = None, **rows: Any) -> PackageData:
    return PackageData.load(build(root, sources, **rows))


def codes(errors) -> list[tuple[str, int | None]]:
    """(check code, row) of each error, in order: what a test compares."""
    return [(e.check, e.row) for e in errors]


def amount_row(**fields: Any) -> dict[str, Any]:
    """An amounts row (€ 3,5 mrd at line 1 column 19 of ``DOCUMENT``), fields overridden."""
    row = {
        "amount_id": f"{DOCUMENT}:1:19",
        "document_id": DOCUMENT,
        "line": 1,
        "column": 19,
        "quote": "€ 3,5 mrd",
        "amount_eur": 3_500_000_000,
        "scale": "mld",
        "basis": "unknown",
        "role": "measure",
    }
    row = {**row, **fields}
    known = field_names(load_schema(ROOT / "schemas", "amounts"))
    spans = {
        "currency": "EUR",
        "sentence_line_start": _int(row["line"]),
        "sentence_column_start": 1,
        "sentence_line_end": _int(row["line"]),
        "sentence_column_end": _int(row["column"]) + len(row["quote"] or ""),
    }
    return {**{k: v for k, v in spans.items() if k in known}, **row}


def _int(value: Any) -> int:
    return value if isinstance(value, int) else 1


def table_row(**fields: Any) -> dict[str, Any]:
    """A tables row: table 1 of ``DOCUMENT`` in euros x 1 mln (scale note on line 2)."""
    row = {
        "table_id": f"{DOCUMENT}:tabel-1",
        "document_id": DOCUMENT,
        "number": "1",
        "title": "Uitgaven",
        "line_start": 2,
        "line_end": 4,
        "unit": "EUR",
        "scale_factor": 1_000_000,
        "scale_text": "x € 1 mln",
        "scale_line": 2,
        "layout": "row_per_line",
        "hierarchy": "sums",
        "row_count": 1,
        "column_count": 2,
    }
    return {**row, **fields}


def cell_row(**fields: Any) -> dict[str, Any]:
    """A table_cells row of table 1: row r1 "Totaal", 2021, printed "1.234,5" at 4:8."""
    row = {
        "table_id": f"{DOCUMENT}:tabel-1",
        "row_id": "r1",
        "row_order": 1,
        "row_label": "Totaal",
        "level": 1,
        "column_label": "2021",
        "year": 2021,
        "value": 1234.5,
        "value_text": "1.234,5",
        "line": 4,
        "row_line": 4,
        "adds_up": True,
        "column_order": 1,
        "unit": "EUR",
        "scale_factor": 1_000_000,
        "column": 8,
    }
    return {**row, **fields}


def measure_row(measure_id: str, title: str, line_start: int, line_end: int, **fields: Any):
    row = {
        "measure_id": measure_id,
        "document_id": DOCUMENT,
        "title": title,
        "line_start": line_start,
        "line_end": line_end,
        "kind": "paragraph",
        "curated": False,
    }
    return {**row, **fields}
