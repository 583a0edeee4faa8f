"""Every printed table of a document as rows of the ``tables`` and ``table_cells`` resources.

The work is split by concern: ``tables_layout`` finds captions and reads rows and cells in
either flattened layout, ``tables_scale`` finds unit and scale, ``tables_hierarchy`` rebuilds
the parent rows. This module joins them into schema rows keyed by field name. Every cell
keeps its line, character column and exact text, so each stored value points to its source.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import groupby
from typing import Any

from budgetkit.extract.tables_hierarchy import Hierarchy, build
from budgetkit.extract.tables_layout import RawTable, find_tables
from budgetkit.extract.tables_scale import is_percent, table_scale
from budgetkit.extract.tables_tokens import column_year, fold, plain_number
from budgetkit.sources import SourceDocument

Rows = list[dict[str, Any]]


def _blocks(table: RawTable) -> list[list[int]]:
    """Row indexes per stacked block, in printed order (one block for most tables)."""
    numbered = enumerate(table.rows)
    return [[i for i, _row in group] for _b, group in groupby(numbered, key=lambda p: p[1].block)]


def _hierarchy(table: RawTable) -> tuple[list[int | None], list[bool], str]:
    """(parent index per row, 'waarvan' flag per row, how the hierarchy was found)."""
    parents: list[int | None] = [None] * len(table.rows)
    partial = [False] * len(table.rows)
    sources: set[str] = set()
    for block in _blocks(table):
        rows = [table.rows[i] for i in block]
        values = []
        for row in rows:
            by_column = {cell.column_label: cell.value or Decimal(0) for cell in row.cells}
            values.append(tuple(by_column.get(label, Decimal(0)) for label in table.columns))
        kinds = ["percent" if is_percent(row) else "amount" for row in rows]
        found: Hierarchy = build([row.label for row in rows], values, kinds)
        for position, index in enumerate(block):
            parent = found.parents[position]
            parents[index] = None if parent is None else block[parent]
            partial[index] = found.partial[position]
        sources.add(found.source)
    source = "labels" if "labels" in sources else "sums" if "sums" in sources else "flat"
    return parents, partial, source


def _table_id(doc: SourceDocument, table: RawTable, taken: set[str]) -> str:
    table_id = f"{doc.id}:tabel-{table.number}"
    if table_id in taken:  # a number printed twice (two chapters): tell them apart by line
        table_id = f"{table_id}-l{table.line_start}"
    taken.add(table_id)
    return table_id


def _levels(parents: list[int | None]) -> list[int]:
    levels: list[int] = []
    for parent in parents:  # parents always precede their children
        levels.append(1 if parent is None else levels[parent] + 1)
    return levels


def extract_tables(doc: SourceDocument) -> tuple[Rows, Rows]:
    """(tables rows, table_cells rows) for one document, in printed order.

    ``ministry`` is left to the pipeline, which knows the sections.
    """
    tables: Rows = []
    cells: Rows = []
    taken: set[str] = set()
    for table in find_tables(doc.lines):
        table_id = _table_id(doc, table, taken)
        scale, row_scales = table_scale(doc, table)
        parents, partial, source = _hierarchy(table)
        levels = _levels(parents)
        row_ids = [f"r{order:02d}" for order in range(1, len(table.rows) + 1)]
        tables.append(
            {
                "table_id": table_id,
                "document_id": doc.id,
                "number": table.number,
                "title": fold(table.caption),
                "line_start": table.line_start,
                "line_end": table.line_end,
                "unit": scale.unit,
                "scale_factor": scale.factor,
                "scale_text": scale.text,
                "scale_line": scale.line,
                "layout": table.layout,
                "hierarchy": source,
                "row_count": len(table.rows),
                "column_count": len(table.columns),
            }
        )
        for index, row in enumerate(table.rows):
            parent = parents[index]
            for cell in row.cells:
                cells.append(
                    {
                        "table_id": table_id,
                        "row_id": row_ids[index],
                        "row_order": index + 1,
                        "row_label": row.label,
                        "row_line": row.line,
                        "row_group": row.group,
                        "parent_row_id": None if parent is None else row_ids[parent],
                        "level": levels[index],
                        "adds_up": None if parent is None else not partial[index],
                        "column_label": cell.column_label,
                        "column_order": cell.column_order,
                        "year": column_year(cell.column_label),
                        "value": plain_number(cell.value),
                        "value_text": cell.text,
                        "unit": row_scales[index].unit,
                        "scale_factor": row_scales[index].factor,
                        "line": cell.line,
                        "column": cell.column,
                    }
                )
    return tables, cells
