"""The package's CSV bytes: ``render_csv`` writes what the csv module writes.

``render_csv`` joins the fields of a row itself (the csv writer's per-character quoting test
was most of the time spent writing 40 MB), so it is compared here with the csv module on the
values that need quoting and on arbitrary text.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from budgetkit.extract import package
from budgetkit.extract.package import render_csv


def _csv_module(fields: list[str], rows: list[dict[str, Any]]) -> bytes:
    """What the csv module writes, values given as the package stores them."""

    def cell(value: Any) -> Any:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, float) and value.is_integer():
            return int(value)
        return value

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(fields)
    for row in rows:
        writer.writerow([cell(row.get(name)) for name in fields])
    return buffer.getvalue().encode("utf-8")


def test_quoting_follows_the_csv_module() -> None:
    fields = ["a", "b", "c"]
    rows = [
        {"a": "€ 75,5 mln", "b": 'de "Tabel 3"', "c": "twee\nregels"},
        {"a": None, "b": True, "c": 1.5},
        {"a": "", "b": False, "c": 2.0},
        {"a": "a\rb", "b": " spaties ", "c": -7},
        {"a": ",", "b": '"', "c": "\n"},
        {"b": "ontbrekend"},
    ]
    assert render_csv(fields, rows) == _csv_module(fields, rows)


def test_a_row_of_one_empty_field_is_quoted_as_the_csv_module_does() -> None:
    rows = [{"only": ""}, {"only": None}, {"only": "x"}]
    assert render_csv(["only"], rows) == _csv_module(["only"], rows)


values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(alphabet=st.sampled_from(list(',"\n\r ab€\xa0')), max_size=12),
    st.text(max_size=12),
)


@settings(max_examples=300, deadline=None)  # a shared machine: time says nothing here
@given(st.lists(st.fixed_dictionaries({"x": values, "y": values, "z": values}), max_size=8))
def test_any_values_give_the_csv_modules_bytes(rows: list[dict[str, Any]]) -> None:
    assert render_csv(["x", "y", "z"], rows) == _csv_module(["x", "y", "z"], rows)


def test_rows_over_several_chunks_give_the_csv_modules_bytes(monkeypatch) -> None:
    """Columns are taken a chunk of rows at a time: a table longer than a chunk, ending part
    way into one, is written as one."""
    monkeypatch.setattr(package, "CHUNK", 3)
    rows = [{"x": i, "y": f"a,{i}" if i % 2 else None, "z": i % 3 == 0} for i in range(8)]
    assert render_csv(["x", "y", "z"], rows) == _csv_module(["x", "y", "z"], rows)
    assert render_csv(["x"], [{"x": ""}] * 7) == _csv_module(["x"], [{"x": ""}] * 7)
