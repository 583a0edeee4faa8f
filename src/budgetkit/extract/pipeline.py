"""The extraction stage: every source document to the rows of every resource.

Each extractor sees one document and knows nothing of the package; this module joins
their output (section and ministry for amounts and tables, measures for amounts), drops
prose amounts that are really table cells, and orders rows so output is deterministic.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from budgetkit.extract.amounts import extract_amounts
from budgetkit.extract.curation import Curation, load_curation
from budgetkit.extract.measures import extract_measures
from budgetkit.extract.ministry import amount_ministry
from budgetkit.extract.package import render_package, stale_files, write_package
from budgetkit.extract.references import extract_references
from budgetkit.extract.sections import extract_sections, section_at
from budgetkit.extract.tables import extract_tables
from budgetkit.project import Project
from budgetkit.sources import SourceDocument, load_sources

Rows = list[dict[str, Any]]


@dataclass
class Extraction:
    documents: list[SourceDocument]
    rows: dict[str, Rows] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.rows.items()}


def document_row(doc: SourceDocument) -> dict[str, Any]:
    meta = doc.meta
    return {
        "document_id": doc.id,
        "title": meta["title"],
        "publisher": meta["publisher"],
        "doc_type": meta["kind"],
        "published": meta["published"],
        "budget_year": meta["budget_year"],
        "ministry": meta.get("ministry"),
        "source_path": doc.source_path,
        "sha256": doc.sha256,
        "line_count": doc.line_count,
        "url": meta.get("url"),
        "license": meta["license"],
    }


def _place(row: dict[str, Any], line: int, sections: Rows, doc: SourceDocument) -> None:
    """Give a row the section it stands in and its ministry: the section's in a chapter per
    ministry, the one the text names around it in a thematic chapter."""
    section = section_at(sections, line)
    row["section_id"] = section["section_id"] if section else None
    row["ministry"] = amount_ministry(doc, sections, line, row.get("column") or 1)


def extract_document(doc: SourceDocument, curation: Curation) -> dict[str, Rows]:
    sections = extract_sections(doc)
    tables, cells = extract_tables(doc)
    spans = [(table["line_start"], table["line_end"]) for table in tables]
    amounts = [
        amount
        for amount in extract_amounts(doc)
        if not any(start <= amount["line"] <= end for start, end in spans)
    ]
    for amount in amounts:
        _place(amount, amount["line"], sections, doc)
    for table in tables:
        _place(table, table["line_start"], sections, doc)
        del table["section_id"]
    measures = extract_measures(doc, sections, amounts, curation)
    return {
        "documents": [document_row(doc)],
        "sections": sections,
        "measures": measures,
        "amounts": amounts,
        "tables": tables,
        "table_cells": cells,
        "references": extract_references(doc),
    }


def run_extraction(
    project: Project, progress: Callable[[SourceDocument, dict[str, Rows]], None] | None = None
) -> Extraction:
    documents = load_sources(project)
    curation = load_curation(project)
    result = Extraction(documents)
    for doc in documents:
        rows = extract_document(doc, curation)
        for name, resource_rows in rows.items():
            result.rows.setdefault(name, []).extend(resource_rows)
        if progress:
            progress(doc, rows)
    return result


def extract(project: Project, check: bool = False, progress=None) -> tuple[Extraction, list[str]]:
    """Run extraction and write the package; with ``check``, only report stale files.

    Everything is computed in memory before the first byte is written, so bad input
    (which raises ``InputError`` while reading) leaves the existing package untouched.
    """
    result = run_extraction(project, progress)
    files = render_package(project, result.documents, result.rows)
    stale = stale_files(project, files)
    if not check:
        write_package(project, files)
    return result, stale
