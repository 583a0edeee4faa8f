"""CPU time of the extraction stages after amounts and sections, on the project's sources.

`bench_extract.py` times each extractor as the pipeline calls it, but not what the pipeline
does between them (placing rows in their section and ministry) nor rendering the CSVs. This
script runs the pipeline's steps for each document as ``extract_document`` does, on
``--copies`` passes over the sources of the project in the current folder (each document's
text model rebuilt every pass, as the pipeline builds it once per document), and times
apart: tables, placing rows (section index, ministry placer, the table-span filter and
``_place``; the page layout's paragraphs are built by the first caller, this one),
measures, references, and rendering the package's files from all the rows. Sections and
amounts run untimed (``bench_sections.py`` and
``bench_extract.py`` time them). CPU time (``time.process_time``), best of ``--rounds``.

Usage: ``python benchmarks/bench_stages.py [--copies 100] [--rounds 3]``
"""

from __future__ import annotations

import argparse
import gc
import time
from pathlib import Path
from typing import Any

from budgetkit.extract import pipeline
from budgetkit.extract.curation import load_curation
from budgetkit.extract.package import render_package
from budgetkit.project import Project
from budgetkit.sources import load_sources

STEPS = ("tables", "placing rows", "measures", "references", "rendering")


def measure(copies: int) -> dict[str, float]:
    """CPU seconds per step over ``copies`` passes over the sources."""
    project = Project(Path.cwd())
    spent = dict.fromkeys(STEPS, 0.0)
    documents = load_sources(project)
    curation = load_curation(project)
    rows: dict[str, list[dict[str, Any]]] = {}
    for _ in range(copies):
        for doc in documents:
            doc.forget_model()
            sections = pipeline.extract_sections(doc, [])
            start = time.process_time()
            tables, cells = pipeline.extract_tables(doc, [])
            spent["tables"] += time.process_time() - start
            found = pipeline.extract_amounts(doc, [])
            start = time.process_time()
            index = pipeline.SectionIndex(sections)
            placer = pipeline.MinistryPlacer(doc, index)
            spans = [(table["line_start"], table["line_end"]) for table in tables]
            amounts = [a for a in found if not any(s <= a["line"] <= e for s, e in spans)]
            for amount in amounts:
                pipeline._place(amount, amount["line"], index, placer)
            for table in tables:
                pipeline._place(table, table["line_start"], index, placer)
                del table["section_id"]
            spent["placing rows"] += time.process_time() - start
            pipeline.fill_context_years(amounts, sections, doc.meta.get("budget_year"))
            start = time.process_time()
            measures = pipeline.extract_measures(doc, sections, amounts, curation, [])
            spent["measures"] += time.process_time() - start
            start = time.process_time()
            references = pipeline.extract_references(doc, [])
            spent["references"] += time.process_time() - start
            for name, resource_rows in (
                ("documents", [pipeline.document_row(doc)]),
                ("sections", sections),
                ("measures", measures),
                ("amounts", amounts),
                ("tables", tables),
                ("table_cells", cells),
                ("references", references),
            ):
                rows.setdefault(name, []).extend(resource_rows)
    start = time.process_time()
    render_package(project, documents, rows)
    spent["rendering"] = time.process_time() - start
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=100, help="passes over the sources")
    parser.add_argument("--rounds", type=int, default=3, help="rounds; the best is kept")
    args = parser.parse_args()
    gc.disable()  # as the pipeline runs (cyclegc): the rows kept would be rescanned
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        for step, seconds in measure(args.copies).items():
            best[step] = min(best.get(step, seconds), seconds)
        gc.collect()
    for step in STEPS:
        print(f"{step:14s} {best[step]:6.3f} CPU s")
    print(f"{'total':14s} {sum(best.values()):6.3f} CPU s")


if __name__ == "__main__":
    main()
