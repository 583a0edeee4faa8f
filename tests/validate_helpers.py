"""Helpers for the validation tests: edit one cell of a package CSV the way a bug would."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_rows(path: Path, rows: list[dict[str, str]], fields: list[str]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8"))


def edit_rows(
    path: Path, pick: Callable[[dict[str, str]], bool], change: Callable[[dict[str, str]], None]
) -> dict[str, str]:
    """Apply ``change`` to the first row ``pick`` accepts; return a copy of it as it was."""
    with path.open(encoding="utf-8", newline="") as handle:
        fields = list(csv.DictReader(handle).fieldnames or [])
    rows = read_rows(path)
    for row in rows:
        if pick(row):
            before = dict(row)
            change(row)
            write_rows(path, rows, fields)
            return before
    raise AssertionError(f"no row in {path.name} fits the test")
