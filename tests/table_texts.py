"""Reading a short text shaped like a corpus page into tables, for the table tests.

The table tests of each module read their texts the same way: as a source document made
from inline text, through the whole table extraction, asserting on the cells it stores.
"""

from __future__ import annotations

from typing import Any

from inline_document import inline_document

from budgetkit.extract.tables import extract_tables
from budgetkit.extract.warnings import ExtractWarning
from budgetkit.sources import SourceDocument

Rows = list[dict[str, Any]]


def _document(text: str, doc_id: str = "page", **meta: object) -> SourceDocument:
    return inline_document(text, doc_id, **meta)


def cells_per_line(*parts: str) -> str:
    """One printed cell per line, a blank line between cells (placeholders kept as given)."""
    return "\n\n".join(parts)


def printed(label: str, ends: tuple[int, ...], *texts: str) -> str:
    """A line as ``pdftotext -layout`` prints it: the label at the margin, each text ending
    at its column in ``ends`` (1-based, its last character's; a blank cell is "")."""
    line = label
    for end, text in zip(ends, texts, strict=True):
        if text:
            line = line.ljust(end - len(text)) + text
    return line


def read_text(text: str, **meta: object) -> tuple[Rows, Rows, list[ExtractWarning]]:
    """The tables, cells and warnings of ``text`` as a document with ``meta`` (its
    sources.yml entry: ``budget_year``, ...)."""
    warnings: list[ExtractWarning] = []
    tables, cells = extract_tables(_document(text, **meta), warnings)
    return tables, cells, warnings


def cell_grid(cells: Rows) -> dict[tuple[str, str], str]:
    return {(c["row_label"], c["column_label"]): c["value_text"] for c in cells}


def row_parents(cells: Rows) -> dict[str, str | None]:
    return {c["row_label"]: c["parent_row_label"] for c in cells}
