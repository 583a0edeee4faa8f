"""Running the layers in order and writing what they found: the library entry point.

``validate(project)`` loads the package once, runs each chosen layer on it, writes the
findings into the package, then the reports. The report's package fingerprint is taken
after findings.csv is written, so it names exactly the bytes that were judged. Only a run
of every layer takes it: the fingerprint is what lets ``publish`` trust a report, and a
report of some layers (``--layer``) must not open publishing (it would pass a package the
other layers never saw). Hashing the package is also no small part of such a run: ~0.4
CPU s at a million amounts, a twentieth of the structure layer alone.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable

from budgetkit.cyclegc import without_cycle_collection
from budgetkit.fingerprint import package_fingerprint
from budgetkit.project import Project
from budgetkit.validate.findings import write_findings
from budgetkit.validate.loader import PackageData
from budgetkit.validate.registry import LAYERS
from budgetkit.validate.report import DataError, LayerResult, Report
from budgetkit.validate.reportfiles import write_reports

#: Resources whose rows point into a source text, and the column holding the line.
LINE_COLUMNS = {
    "amounts": "line",
    "references": "line",
    "table_cells": "line",
    "sections": "line_start",
    "measures": "line_start",
    "tables": "line_start",
}


def _source_of_rows(data: PackageData, errors: list[DataError]) -> list[DataError]:
    """Give each row-level error the source file and line its row points to."""
    try:
        documents = data.raw("documents", contiguous=False)
        documents = dict(documents.select("document_id", "source_path").iter_rows())
    except Exception:  # a broken documents resource is reported by the layers themselves
        return errors
    wanted: dict[str, set[int]] = {}
    for e in errors:
        if e.resource in LINE_COLUMNS and e.row and not e.source_line:
            wanted.setdefault(e.resource, set()).add(e.row)
    places: dict[tuple[str, int], tuple[str | None, int | None]] = {}
    for name, rows in wanted.items():
        frame = data.rows(name, sorted(rows))
        if name == "table_cells":
            tables = data.raw("tables", contiguous=False).select("table_id", "document_id")
            frame = frame.join(tables, on="table_id", how="left")
        for row, doc, line in frame.select("_row", "document_id", LINE_COLUMNS[name]).iter_rows():
            number = int(line) if line and line.isdigit() else None
            places[(name, row)] = (documents.get(doc), number)
    out = []
    for e in errors:
        place = places.get((e.resource or "", e.row or 0))
        if place and not e.source_line:
            e = DataError(**{**e.__dict__, "source_path": place[0], "source_line": place[1]})
        out.append(e)
    return out


def validate(
    project: Project,
    layers: list[str] | None = None,
    progress: Callable[[LayerResult], None] | None = None,
    before: Callable[[str], None] | None = None,
) -> Report:
    """Validate the package of ``project`` with the given layers (all by default).

    Raises ``InputError`` for a package no layer can read; everything else is in the
    returned report (and in reports/validation.json, reports/validation.md).
    """
    unknown = sorted(set(layers or ()) - set(LAYERS))
    if unknown:
        raise ValueError(f"unknown layer(s) {', '.join(unknown)}; choose from {', '.join(LAYERS)}")
    chosen = [name for name in LAYERS if layers is None or name in layers]
    data = PackageData.load(project)
    if chosen != ["structure"]:  # that layer reads each file streamed (``PackageData.scan``)
        for name in data.resources:  # with the same checks, before it judges any row
            data.raw(name, contiguous=False)  # unreadable input stops here, before any layer
    results = []
    for name in chosen:
        if before:
            before(name)
        started = time.perf_counter()
        # The layer's modules and what they import (Frictionless, numpy, Pandera, ...) are
        # imported without the cyclic collector: their ~10^5 new objects (functions,
        # classes, their dicts) set it off over a hundred times, once over everything
        # alive, to free nothing (~0.03 CPU s of the structure layer's ~1.1 at 100,000
        # amounts). Their few cycles wait for the next collection.
        with without_cycle_collection():
            layer_module = importlib.import_module(f"budgetkit.validate.{name}")
        result = layer_module.run(data)
        with without_cycle_collection():
            result.errors = _source_of_rows(data, result.errors)
        result.seconds = time.perf_counter() - started
        results.append(result)
        if progress:
            progress(result)
    # The report's objects (an error, a problem, a dict per error) hold no cycles; left on,
    # the collector rescans everything alive twice over them (~0.15 CPU s at 16,000 errors).
    with without_cycle_collection():
        findings = write_findings(
            project, [f for result in results for f in result.findings], chosen
        )
        report = Report(
            results,
            findings,
            findings_path=project.relative(project.datapackage / "data") + "/findings.csv",
        )
        report.data_docs = "expectations" in chosen and (project.reports / "data-docs").is_dir()
        if chosen == list(LAYERS):
            report.package_fingerprint = package_fingerprint(project)
        write_reports(project, report)
    return report
