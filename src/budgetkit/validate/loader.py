"""Reading the data package once for all layers, refusing input no layer could judge.

A missing package, a missing resource file, a file that is not UTF-8 text or a row with
the wrong number of fields is bad *input* (``InputError``, exit 2), not a data error: no
check can say anything useful about it. Everything else is loaded as text, so the layers
decide what a wrong value means; or, for a layer that needs only a few values of each row
(the structure layer run alone), scanned (``PackageData.scan``) with the same refusals,
never holding the text.
"""

from __future__ import annotations

import csv
import io
import mmap
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import polars as pl

from budgetkit.descriptor import load_descriptor
from budgetkit.errors import InputError
from budgetkit.project import Project
from budgetkit.textfile import check_csv_bytes, check_utf8, count_byte, decode_utf8
from budgetkit.validate.tableschema import cast_frame, primary_key


@contextmanager
def _mapped(path: Path) -> Iterator[bytes | mmap.mmap]:
    """The file's bytes, mapped rather than read: checked in place, and parsed by polars from
    the file itself, so 600 MB of CSV are never copied into fresh memory (at a million amounts,
    their page faults and copy cost as much as a fifth of the parse)."""
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise InputError(path, "resource file named in datapackage.json is missing") from None
    with handle:
        if not path.stat().st_size:  # mmap refuses an empty file
            yield b""
            return
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            yield data


def _ragged_line(path: Path, data: bytes | mmap.mmap, width: int) -> InputError:
    """The slow, exact search for the first row with the wrong number of fields."""
    reader = csv.reader(io.StringIO(decode_utf8(path, bytes(data), "resource"), newline=""))
    for row in reader:
        if len(row) != width:
            return InputError(
                path, f"row has {len(row)} fields, the schema has {width}", line=reader.line_num
            )
    return InputError(path, "rows do not all have the schema's fields")


def _parse(path: Path, data: bytes | mmap.mmap, fields: list[str]) -> pl.DataFrame:
    """Parse with polars, refusing bytes that are not UTF-8, a header that is not the
    schema's or a ragged row.

    Polars refuses a cell that is not UTF-8 and reads such a header as names holding
    U+FFFD, never the schema's: whenever it refuses the file or the header is not the
    schema's, the whole file is checked for UTF-8 first, so bytes that are not UTF-8 are
    named as such, with their line, whatever else is wrong.

    Polars raises on a row with too many fields but pads one with too few, its last cell
    empty (null). With no empty cell in the last column there is no such row; otherwise
    the row is caught by counting: every comma in the file is either a separator (width - 1
    per row, header included) or inside a parsed value, so the two counts must add up
    exactly. A comma can only be inside a value in a quoted field: with no quote, none is.
    """
    check_csv_bytes(path, data)  # UTF-8: polars decodes every cell, below
    try:
        frame = pl.read_csv(path, infer_schema=False, empty_string_is_null=True, glob=False)
    except pl.exceptions.NoDataError:
        check_utf8(path, data)
        raise InputError(path, "resource file is empty: not even a header row") from None
    except pl.exceptions.ComputeError as exc:
        check_utf8(path, data)
        if "more fields" in str(exc):
            raise _ragged_line(path, data, len(fields)) from None
        reason = str(exc).strip().splitlines()[0]
        raise InputError(path, f"not a CSV the schema's reader can parse: {reason}") from None
    if frame.columns != fields:
        check_utf8(path, data)
        raise InputError(
            path, f"header {frame.columns} does not match the schema's fields {fields}", line=1
        )
    if not frame.get_column(fields[-1]).null_count():
        return frame  # no row padded: the commas add up (the counting below, skipped)
    inside = 0
    if data.find(b'"') >= 0:
        inside = frame.select(
            pl.sum_horizontal(
                pl.col(name).str.count_matches(",", literal=True).sum().fill_null(0)
                for name in fields
            )
        ).item()
    if count_byte(data, b",") != (frame.height + 1) * (len(fields) - 1) + (inside or 0):
        raise _ragged_line(path, data, len(fields))
    return frame


def _scan(
    path: Path, data: bytes | mmap.mmap, fields: list[str], columns: Mapping[str, pl.Expr]
) -> pl.DataFrame | None:
    """``columns`` of every row, from polars' streaming reader; None whenever the file might
    be refused, so that ``_parse`` names why exactly as it does for every other layer.

    The same reader with the same options reads each batch, never the whole text at once.
    Every column is read (one expression names them all), so polars refuses a row with too
    many fields as ``read_csv`` does, and any bytes that are not UTF-8; a row with too few
    is padded, its last cell empty, so a file with an empty last cell is read again whole.
    """
    check_csv_bytes(path, data)
    if not len(data):
        return None
    lazy = pl.scan_csv(path, infer_schema=False, empty_string_is_null=True, glob=False)
    try:
        if lazy.collect_schema().names() != fields:
            return None
        frame = (
            lazy.with_row_index("_row", offset=2)
            .select(
                pl.col("_row").cast(pl.Int64),
                **columns,
                _short=pl.col(fields[-1]).is_null(),
                _every=pl.sum_horizontal(pl.col(name).is_null() for name in fields),
            )
            .collect(engine="streaming")
        )
    except pl.exceptions.PolarsError:
        return None
    if frame.get_column("_short").any():
        return None
    if not frame.get_column("_row").is_sorted():  # the screen aligns rows with records
        frame = frame.sort("_row")
    return frame.drop("_short", "_every")


@dataclass
class PackageData:
    """The package as loaded: descriptor, inlined schemas, and every resource as text."""

    project: Project
    descriptor: dict[str, Any]
    _raw: dict[str, pl.DataFrame] = field(default_factory=dict, repr=False)
    _contiguous: set[str] = field(default_factory=set, repr=False)
    _typed: dict[str, tuple[pl.DataFrame, pl.DataFrame]] = field(default_factory=dict, repr=False)
    _heights: dict[str, int] = field(default_factory=dict, repr=False)
    _some: dict[str, pl.DataFrame] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, project: Project) -> PackageData:
        descriptor = load_descriptor(project)
        return cls(project, descriptor)

    @cached_property
    def resources(self) -> dict[str, dict[str, Any]]:
        return {r["name"]: r for r in self.descriptor["resources"]}

    def schema(self, name: str) -> dict[str, Any]:
        return self.resources[name]["schema"]

    def path(self, name: str) -> Path:
        return self.project.datapackage / self.resources[name]["path"]

    def raw(self, name: str, contiguous: bool = True) -> pl.DataFrame:
        """The resource as strings (empty cells null), with ``_row`` = row position (header 1).

        ``contiguous``: in one chunk per column, as most layers want it (the CSV reader's
        many chunks slow every later scan); rechunked once, on the first such request, and
        kept so. A caller that only scans the columns once (the structure layer, the
        runner's first read of every file) passes False and spares the copy: at a million
        amounts 0.5 CPU s and 1 GB of fresh memory."""
        if name not in self._raw:
            path = self.path(name)
            fields = [f["name"] for f in self.schema(name)["fields"]]
            with _mapped(path) as data:
                frame = _parse(path, data, fields)
            self._raw[name] = frame.with_row_index("_row", offset=2).with_columns(
                pl.col("_row").cast(pl.Int64)
            )
        if contiguous and name not in self._contiguous:
            self._raw[name] = self._raw[name].rechunk()
            self._contiguous.add(name)
        return self._raw[name]

    def scan(self, name: str, columns: Mapping[str, pl.Expr]) -> pl.DataFrame:
        """``_row`` and the named expressions ``columns`` (over the text columns, as in
        ``raw``) for every row, the file refused for the same reasons as by ``raw``.

        Read in batches and never kept, unless already loaded: a layer that needs a few
        values of each row (the structure layer's screen) then never holds the text, at a
        million amounts ~1.8 GB of it and ~0.6 CPU s of page faults and frees. A file the
        streaming reader cannot vouch for is loaded as ``raw`` loads it (which refuses it
        with the line, or reads it)."""
        if name not in self._raw:
            path = self.path(name)
            fields = [f["name"] for f in self.schema(name)["fields"]]
            with _mapped(path) as data:
                frame = _scan(path, data, fields, columns)
            if frame is not None:
                self._heights[name] = frame.height
                return frame
        return self.raw(name, contiguous=False).select("_row", **columns)

    def height(self, name: str) -> int:
        """Rows of the resource, from its frame or from the last ``scan`` of it."""
        if name in self._raw or name not in self._heights:
            return self.raw(name, contiguous=False).height
        return self._heights[name]

    def loaded(self, name: str) -> bool:
        return name in self._raw

    def keep_rows(self, name: str, rows: pl.DataFrame) -> None:
        """Remember some rows of a resource not loaded whole (``raw``'s columns, ``_row``
        included), read by a layer that scanned it: ``rows`` gives them without loading it."""
        self._some[name] = rows.sort("_row")

    def rows(self, name: str, numbers: list[int]) -> pl.DataFrame:
        """The rows of the resource at ``numbers`` (``_row``), as ``raw`` has them: from the
        rows a layer kept when they are all there, else from the whole resource."""
        some = self._some.get(name)
        if (
            name not in self._raw
            and some is not None
            and set(numbers) <= set(some.get_column("_row").to_list())
        ):
            return some.filter(pl.col("_row").is_in(numbers))
        return self.raw(name, contiguous=False).filter(pl.col("_row").is_in(numbers))

    def typed(self, name: str, schema: dict[str, Any] | None = None) -> pl.DataFrame:
        """The resource with each column cast to its Table Schema type (bad cells null)."""
        return self._typed_and_errors(name, schema)[0]

    def type_errors(self, name: str) -> pl.DataFrame:
        """Cells that do not parse as their field's type: ``_row``, ``field``, ``value``."""
        return self._typed_and_errors(name, None)[1]

    def _typed_and_errors(
        self, name: str, schema: dict[str, Any] | None
    ) -> tuple[pl.DataFrame, pl.DataFrame]:
        if name not in self._typed:
            self._typed[name] = cast_frame(self.raw(name), schema or self.schema(name))
        return self._typed[name]

    def key_of(self, name: str) -> pl.Expr:
        """An expression giving each row's primary key as one readable string."""
        key = primary_key(self.schema(name))
        if not key:
            return pl.lit(None, dtype=pl.Utf8)
        return pl.concat_str([pl.col(k).fill_null("") for k in key], separator="/")
