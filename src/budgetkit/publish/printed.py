"""A table's long-form cells put back into the shape it was printed in.

``table_cells`` holds one row per cell (that is what data users want); a reader wants the
table: rows indented under their parents, one column per printed column (years,
'Totaal'), and values in euros written out, so "16.187.537 (x € 1.000)" cannot be misread
as sixteen million. Pure functions over the cells' columns, so any table the extractor
finds is shown the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from budgetkit.publish.render import dutch_number, euros


@dataclass
class PrintedCell:
    text: str  # what the site shows: euros written out, a percentage, a count
    printed: str  # the cell as printed in the source
    line: int | None
    value_eur: int | float | None  # euros (cents where the cell prints them), when EUR
    cell: Mapping[str, Any]  # the table_cells row, for links


@dataclass
class PrintedRow:
    row_id: str
    label: str
    depth: int  # 0 for a top-level row
    group: str | None
    line: int | None
    cells: dict[str, PrintedCell] = field(default_factory=dict)


@dataclass
class PrintedTable:
    columns: list[str]
    rows: list[PrintedRow]


def cell_euros(cell: Mapping[str, Any]) -> int | float | None:
    """A cell's value in euros: ``value_eur`` where the package has it, else the printed
    value times the table's scale; whole euros as an int, a tariff's cents kept; None when
    the cell is not money or blank."""
    if cell.get("unit") != "EUR" or cell.get("value") is None:
        return None
    euros = cell.get("value_eur")
    if euros is None:
        euros = cell["value"] * (cell.get("scale_factor") or 1)
    return int(euros) if float(euros).is_integer() else float(euros)


def cell_text(cell: Mapping[str, Any]) -> str:
    """How a cell reads on the site: € in full for money, '12,5%' for a percentage."""
    money = cell_euros(cell)
    if money is not None:
        return euros(money)
    value = cell.get("value")
    if value is None:
        return cell.get("value_text") or ""
    if cell.get("unit") == "percent":
        return f"{dutch_number(value)}%"
    return dutch_number(value)


def _depths(parents: dict[str, str | None]) -> dict[str, int]:
    """Depth of each row from its parent chain (a chain that loops stops counting)."""
    depths: dict[str, int] = {}
    for row_id in parents:
        depth, seen, current = 0, {row_id}, parents[row_id]
        while current and current in parents and current not in seen:
            seen.add(current)
            depth += 1
            current = parents[current]
        depths[row_id] = depth
    return depths


def printed_table(cells: Iterable[Mapping[str, Any]]) -> PrintedTable:
    """Cells (any order) -> rows in printed order, columns in printed order."""
    cells = list(cells)
    column_order: dict[str, tuple] = {}
    rows: dict[str, PrintedRow] = {}
    row_order: dict[str, tuple] = {}
    parents: dict[str, str | None] = {}
    for cell in cells:
        label = str(cell["column_label"])
        column_order.setdefault(label, (cell.get("column_order") or 0, label))
        row_id = cell["row_id"]
        if row_id not in rows:
            rows[row_id] = PrintedRow(
                row_id=row_id,
                label=cell.get("row_label") or "",
                depth=0,
                group=cell.get("row_group"),
                line=cell.get("row_line"),
            )
            row_order[row_id] = (cell.get("row_order") or 0, row_id)
            parents[row_id] = cell.get("parent_row_id")
        rows[row_id].cells[label] = PrintedCell(
            text=cell_text(cell),
            printed=cell.get("value_text") or "",
            line=cell.get("line"),
            value_eur=cell_euros(cell),
            cell=cell,
        )
    for row_id, depth in _depths(parents).items():
        rows[row_id].depth = depth
    return PrintedTable(
        columns=sorted(column_order, key=column_order.__getitem__),
        rows=sorted(rows.values(), key=lambda row: row_order[row.row_id]),
    )
