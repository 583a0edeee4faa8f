"""The extraction stage: every source document to the rows of every resource.

Each extractor sees one document and knows nothing of the package; this module joins
their output (section and ministry for amounts and tables, measures for amounts), drops
prose amounts that are really table cells, and orders rows so output is deterministic.

Every extractor has the signature ``extract_x(doc, ..., warnings)`` and appends an
``ExtractWarning`` for a region it cannot place instead of stopping: the rest of the
document is still extracted, and the warnings are reported with the run. Documents are
independent, so with ``jobs`` > 1 they are extracted in a process pool; results are
joined in the order of ``sources.yml`` either way, so the output is byte-identical.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from budgetkit.cyclegc import without_cycle_collection
from budgetkit.extract.amounts import extract_amounts
from budgetkit.extract.amounts_context_years import fill_context_years
from budgetkit.extract.curation import Curation, load_curation
from budgetkit.extract.measures import extract_measures
from budgetkit.extract.ministry import MinistryPlacer
from budgetkit.extract.money_currencies import currency_of
from budgetkit.extract.package import render_package, stale_files, write_package
from budgetkit.extract.references import extract_references
from budgetkit.extract.sections import SectionIndex, extract_sections
from budgetkit.extract.tables import Rows, extract_tables
from budgetkit.extract.warnings import ExtractWarning
from budgetkit.project import Project
from budgetkit.sources import SourceDocument, load_sources

Progress = Callable[[SourceDocument, dict[str, Rows], list[ExtractWarning]], None]


@dataclass
class Extraction:
    documents: list[SourceDocument]
    rows: dict[str, Rows] = field(default_factory=dict)
    warnings: list[ExtractWarning] = field(default_factory=list)

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


def _place(row: dict[str, Any], line: int, sections: SectionIndex, placer: MinistryPlacer) -> None:
    """Give a row the section it stands in and its ministry: the section's in a chapter per
    ministry, the one the text names around it in a thematic chapter."""
    section = sections.at(line)
    row["section_id"] = section["section_id"] if section else None
    row["ministry"] = placer.ministry(section, line, row.get("column") or 1)


def _priced_tables(cells: Rows) -> set[str]:
    """The tables every valued cell of which prints its own currency ("€ 213 mln", "€ 412
    000"): money set out in columns inside prose rather than figures in a table's unit. Each
    such cell reads as an amount on its own, so its prose amount is kept beside the cell; a
    table with a bare figure among its cells ("213", its unit in the heading) is a table's
    and its prose amounts are dropped."""
    valued = [cell for cell in cells if cell["value"] is not None]
    bare = {cell["table_id"] for cell in valued if currency_of(cell["value_text"]) is None}
    return {cell["table_id"] for cell in valued} - bare


def _years_of_columns(amounts: Rows, cells: Rows, priced: set[str]) -> None:
    """Give each amount that is a priced table's cell its column's year, as context: the
    year is the column heading's, no words of the amount's own, and the sentence the prose
    reader finds around a cell runs across the table's rows and on past it, so the years
    it read there are another amount's. A cell under a column naming no year ("Totaal") has
    none: the years around the table (the section heading's, the document's budget year)
    are other amounts' too, so this runs after ``fill_context_years`` and overrides it.
    Cells of one line with the same sum take their columns' years in order."""
    years: dict[tuple[int, Any], list[int | None]] = {}
    for cell in sorted(cells, key=lambda cell: (cell["line"], cell["column_order"])):
        if cell["table_id"] in priced and cell["value"] is not None:
            years.setdefault((cell["line"], cell["value_eur"]), []).append(cell["year"])
    for amount in amounts:
        column = years.get((amount["line"], amount["amount_eur"]))
        if column:
            year = column.pop(0)
            amount["year_from"] = amount["year_to"] = year
            amount["year_source"] = None if year is None else "context"


def extract_document(
    doc: SourceDocument, curation: Curation, warnings: list[ExtractWarning] | None = None
) -> dict[str, Rows]:
    """The rows of every resource for one document; what no reader could place is appended
    to ``warnings``."""
    warnings = [] if warnings is None else warnings
    sections = extract_sections(doc, warnings)
    index = SectionIndex(sections)
    placer = MinistryPlacer(doc, index)
    tables, cells = extract_tables(doc, warnings)
    priced = _priced_tables(cells)
    spans = [
        (table["line_start"], table["line_end"])
        for table in tables
        if table["table_id"] not in priced
    ]
    row_lines = frozenset(
        line
        for table in tables
        if table["table_id"] in priced
        for line in range(table["line_start"], table["line_end"] + 1)
    )
    amounts = extract_amounts(doc, warnings, row_lines)
    if spans:  # (most documents print no table: nothing to test)
        amounts = [
            amount
            for amount in amounts
            if not any(start <= amount["line"] <= end for start, end in spans)
        ]
    for amount in amounts:
        _place(amount, amount["line"], index, placer)
    fill_context_years(amounts, sections, doc.meta.get("budget_year"))
    if priced:  # after the context's years, which are no cell's: its column's or none
        _years_of_columns(amounts, cells, priced)
    for table in tables:
        _place(table, table["line_start"], index, placer)
        del table["section_id"]
    measures = extract_measures(doc, sections, amounts, curation, warnings)
    return {
        "documents": [document_row(doc)],
        "sections": sections,
        "measures": measures,
        "amounts": amounts,
        "tables": tables,
        "table_cells": cells,
        "references": extract_references(doc, warnings),
    }


def _extract_one(
    task: tuple[SourceDocument, Curation],
) -> tuple[dict[str, Rows], list[ExtractWarning]]:
    """One document's rows and warnings (what a worker process runs)."""
    doc, curation = task
    warnings: list[ExtractWarning] = []
    rows = extract_document(doc, curation, warnings)
    doc.forget_model()
    return rows, warnings


def _results(
    documents: list[SourceDocument], curation: Curation, jobs: int
) -> Iterator[tuple[dict[str, Rows], list[ExtractWarning]]]:
    """Each document's rows and warnings, in the order of ``documents``."""
    tasks = [(doc, curation) for doc in documents]
    if jobs == 1 or len(documents) < 2:
        yield from map(_extract_one, tasks)
        return
    # imported here: the process pool's modules (multiprocessing and its kin) cost ~25 ms
    # to import, which a run in one process, the default, never needs
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=min(jobs, len(documents))) as pool:
        yield from pool.map(_extract_one, tasks)


def cpu_jobs(jobs: int) -> int:
    """``jobs`` worker processes, 0 meaning one per core this process may run on."""
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (every core) or more, not {jobs}")
    if jobs:
        return jobs
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def run_extraction(project: Project, progress: Progress | None = None, jobs: int = 1) -> Extraction:
    """Extract every document of ``project``; ``jobs`` processes (0: one per core)."""
    documents = load_sources(project)
    curation = load_curation(project, {doc.id for doc in documents})
    result = Extraction(documents)
    for doc, (rows, warnings) in zip(
        documents, _results(documents, curation, cpu_jobs(jobs)), strict=True
    ):
        for name, resource_rows in rows.items():
            result.rows.setdefault(name, []).extend(resource_rows)
        result.warnings.extend(warnings)
        if progress:
            progress(doc, rows, warnings)
    return result


def extract(
    project: Project, check: bool = False, progress: Progress | None = None, jobs: int = 1
) -> tuple[Extraction, list[str]]:
    """Run extraction and write the package; with ``check``, write nothing and return the
    stale files (without it, none are listed: the previous package is not read back only
    to be replaced).

    Everything is computed in memory before the first byte is written, so bad input
    (which raises ``InputError`` while reading) leaves the existing package untouched.
    """
    with without_cycle_collection():
        result = run_extraction(project, progress, jobs)
        files = render_package(project, result.documents, result.rows)
    if check:
        return result, stale_files(project, files)
    write_package(project, files)
    return result, []
