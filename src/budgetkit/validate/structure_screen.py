"""Which rows Frictionless must read: a column-wise screen that never judges a row itself.

Frictionless reads a table one row at a time in Python, about 50 us a row: at a million
amounts, minutes. Nearly every row is plainly valid, so the structure layer asks
Frictionless to read only the rows that might not be, and nothing else changes: the same
descriptor, schemas and dialect, a CSV made of the original header and the original bytes
of the chosen rows, validated by ``Package.validate``, its row numbers mapped back. A
different component that *judged* the rows column-wise (an earlier polars copy of
Frictionless' checks did) would be a second implementation of the same rules, free to
disagree with the first; this screen only chooses, and Frictionless stays the one judge
of every error the layer reports.

The price of that guarantee is that the screen must be conservative: it may choose too
many rows (that costs time only), never too few. So it is built from the Table Schema and
chooses, for each field, every cell that is not *plainly* valid:

* a cell of a type it knows (string, integer, number, boolean, date) that is not in the
  canonical form Frictionless surely reads ("7", never "007", " 7" or "+7", which
  Frictionless may also accept); a field of any other type or format, or with a property
  the screen does not know, has every cell chosen;
* an empty cell of a required or primary-key field; a row whose cells are all empty
  (a blank row); a row with more or fewer cells than the header;
* a cell outside its enum, pattern, length or bounds (a pattern using anything beyond
  plain classes, groups and counts, where polars' Rust regex and Python's ``re`` may
  differ, chooses every cell; so does a cell holding a line break, where ``$`` differs);
* every row of a repeated primary key or unique value (all of them: Frictionless names
  the earlier row in the later one's message);
* a row whose foreign key names no row of the referenced resource.

Anything the screen cannot read exactly as Python's csv module does (a carriage return, a
quote inside an unquoted field, a header that is not the schema's names written plainly,
a dialect the csv sniffer guesses differently, a declared dialect, byte count or hash, a
missing-value list other than ``[""]``, a failed parse) makes it choose every row of that
resource: the screen degrades to plain Frictionless, never to a silent pass.

Frictionless must then read the chosen rows as it would read them in the whole file:

* it reads a file's first lines to guess how to read the rest: its csv sniffer guesses
  the dialect from the first 100 lines, its header finder picks the label row from the
  widths of the first 100 records (and, with no encoding declared, the encoding is
  guessed from the first bytes). The screen runs the same sniffer and the same rule on
  each file it writes; when they would read it otherwise than plain CSV with labels on
  row 1 (as they read the whole file, else the screen chose every row), the file keeps
  the original's first 100 records verbatim, so they are read the same by construction;
* repeated keys keep their order, so "the same as in the row at position N" names the
  same earlier row (mapped back);
* a foreign key is looked up in the referenced resource as Frictionless reads it from the
  package. Resources are validated one at a time, the package's files rewritten before
  each: its own subset, and for each resource it refers to only the rows its kept rows
  name (read for their keys alone; their own errors are their own resource's task). A
  self-reference is looked up in the subset itself, so a subset also holds every row its
  rows name, repeated until nothing is added (a section's parents up the tree). Rows
  added so are plainly valid (else they were chosen), so they add no errors, and every
  lookup finds what it finds in the whole file, at the cost of the rows referred to, not
  of whole referenced tables.

Row errors get the original row number, their message rendered again from Frictionless'
own template; label errors and package errors are unchanged.
"""

from __future__ import annotations

import csv
import io
import mmap
import operator
import re
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import reduce
from itertools import islice
from pathlib import Path, PurePosixPath
from string import Formatter
from typing import Any

import numpy as np
import polars as pl
from frictionless import FrictionlessException, Package, Schema
from frictionless.formats.csv.parser import SAMPLE_SIZE
from frictionless.helpers import safe_format
from frictionless.settings import (
    DEFAULT_BUFFER_SIZE,
    DEFAULT_FALSE_VALUES,
    DEFAULT_SAMPLE_SIZE,
    DEFAULT_TRUE_VALUES,
)

from budgetkit.errors import InputError
from budgetkit.textfile import count_byte
from budgetkit.validate.frictionless_speedups import (
    ScopedChecklist,
    faster,
    row_messages_rendered_by_caller,
)

#: Resource, schema and field properties the screen knows do not change how a row is read.
RESOURCE_KEYS = {"name", "path", "profile", "format", "mediatype", "encoding", "schema"}
RESOURCE_KEYS |= {"title", "description", "licenses", "sources", "homepage"}
SCHEMA_KEYS = {"fields", "primaryKey", "foreignKeys", "missingValues", "title", "description"}
FIELD_KEYS = {"name", "type", "format", "constraints", "title", "description", "example"}
FIELD_KEYS |= {"unit", "rdfType"}  # documentation only: Frictionless reads no cell by them
#: Canonical text of each type: what Frictionless surely reads as a value of it.
CANONICAL = {
    "integer": r"^-?(?:0|[1-9][0-9]{0,17})$",  # 18 digits at most: fits polars' Int64
    "number": r"^-?(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,15})?$",
    "date": r"^[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}$",
}
#: Canonical text of an integer that is at least 0, or at least 1: such a cell is surely
#: within a ``minimum`` of that much or less, so one match decides it (see ``_at_least``).
AT_LEAST = {0: r"^(?:0|[1-9][0-9]{0,17})$", 1: r"^[1-9][0-9]{0,17}$"}
#: A plain URI rfc3986 surely accepts with a scheme (the "uri" string format).
PLAIN_URI = r"^https?://[A-Za-z0-9.\-]+(?:/[A-Za-z0-9._~/\-]*)?$"
#: A pattern made only of what Python's re and Rust's regex read alike: ASCII literals,
#: escaped punctuation, classes without escapes, groups, alternatives and counts.
_PLAIN_PATTERN = re.compile(
    r"(?:[A-Za-z0-9 _\-:/@#%&=,;'<>~!]|\\[.\-+*?()\[\]{}|^$\\/]"
    r"|\[\^?(?:[A-Za-z0-9 _/@#%=,;'<>!.]|[A-Za-z0-9]-[A-Za-z0-9])+-?\]"
    r"|\((?:\?:)?|\)|\||[?*+]\??|\{[0-9]+(?:,[0-9]*)?\}\??|\.)*"
)
#: Bytes compared at a time when scanning a file: a piece and its comparisons' temporaries
#: stay in the core's cache (at a million amounts the record scan took 0.93 CPU s in 4 MB
#: pieces, 0.78 in 256 kB ones; 64 kB pieces cost more again, in Python's loop).
CHUNK = 1 << 18
#: Bytes in which the first 100 lines are looked for (the sample Frictionless reads).
HEAD = 1 << 22
#: The screen's own columns: a cell rule's flags, a unique key's hash and whether it holds
#: an integer the screen cannot compare. No field is so named (a CSV holds no NUL byte).
CELL, HASH, ODD = "\0cell ", "\0hash ", "\0odd "
#: ``Scan(name, columns)``: the named expressions (over the resource's text columns, empty
#: cells null) on every row, the file refused as bad input as the loader refuses it
#: (``PackageData.scan``): the screen then never holds a resource's text.
Scan = Callable[[str, dict[str, pl.Expr]], pl.DataFrame]
_POSITION = re.compile(r"(the same as in the row at position )(\d+)")


@dataclass
class Table:
    """One resource as the screen reads it."""

    name: str
    path: Path
    schema: dict[str, Any]
    #: Byte offset of each record (0 = the header) and, last, the file's length.
    bounds: np.ndarray | None = None
    #: One row per data record: the flags of its cell rules (``CELL``), the hash of each
    #: unique key (``HASH``, ``ODD``), and the text of the fields foreign keys compare;
    #: None when it cannot be trusted to be what Frictionless reads.
    frame: pl.DataFrame | None = None
    #: Data records Frictionless must read (True), one per data record.
    chosen: np.ndarray | None = None
    #: Why every row goes to Frictionless, when it does.
    all_rows: str | None = None
    #: Data records Frictionless samples (lines, records, bytes), and how many of them the
    #: subset holds whatever was chosen: all of them, when the subset would not read the same
    #: without (see ``_reads_plain``); none otherwise.
    sample: int = 0
    prefix: int = 0
    verbatim: bool = False
    reasons: dict[str, int] = field(default_factory=dict)
    #: Rows of each referenced resource written for Frictionless to look keys up in.
    lookups: dict[str, int] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return 0 if self.bounds is None else len(self.bounds) - 2

    def choose_all(self, reason: str) -> None:
        if self.all_rows is None:
            self.all_rows = reason


@dataclass
class ScreenedReport:
    """Frictionless' report on the chosen rows, row numbers as in the original files."""

    errors: list[Any]  # package-level: the descriptor itself
    tasks: list[tuple[str, list[Any]]]  # (resource name, its errors), in package order
    tables: dict[str, Table]


# Reading records ---------------------------------------------------------------------


def _where(buf: np.ndarray, byte: int) -> np.ndarray:
    """Positions of ``byte`` in ``buf``, a piece at a time (``CHUNK``): the comparison's
    temporary stays in cache instead of being as large as the file (several times faster)."""
    parts = [np.flatnonzero(buf[i : i + CHUNK] == byte) + i for i in range(0, buf.size, CHUNK)]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


def _line_feeds_and_quotes(buf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Positions of the line feeds outside quotes, and of every quote, in one pass a piece
    (``CHUNK``) at a time. A line feed is outside quotes after an even number of them; the parity is
    carried from one piece to the next, so every temporary stays the size of a piece: made
    for the whole file at once (tens of MB at a million amounts), each was fresh memory
    whose first touch cost system time (~0.05 of the scan's ~0.3 CPU s)."""
    feeds, quotes = [], []
    inside = False  # after an odd number of quotes, at the start of the piece
    for i in range(0, buf.size, CHUNK):
        part = buf[i : i + CHUNK]
        # One comparison finds both: a line feed (0x0A) and a quote (0x22) differ only in the
        # bits 0x28, so with those set both read 0x2A, as do only "*" (0x2A) and 0x02, which
        # are told apart below (two comparisons and an "or" over the piece cost ~25% more).
        marks = np.flatnonzero((part | 0x28) == 0x2A)
        values = part[marks]
        is_quote = values == 0x22
        quoted = np.bitwise_xor.accumulate(is_quote)  # after an odd number in this piece
        if inside:
            quoted = ~quoted
        feeds.append(marks[(values == 0x0A) & ~quoted] + i)
        quotes.append(marks[is_quote] + i)
        if marks.size:
            inside = bool(quoted[-1])
    return np.concatenate(feeds), np.concatenate(quotes)


def record_bounds(data: bytes | mmap.mmap) -> np.ndarray | None:
    """Where each CSV record of ``data`` starts as Python's csv reader splits them, then
    their end.

    A record ends at a line feed outside quotes. Counting quotes is exactly the csv
    reader's rule only when every quote opens a field, closes one (before a comma, a line
    feed or the end) or is half of a doubled quote inside one; anything else (a quote
    inside an unquoted field, a carriage return) returns None.
    """
    buf = np.frombuffer(data, dtype=np.uint8)
    if not buf.size or data.find(b"\r") >= 0:  # find: memchr, 3x numpy's count
        return None
    if data.find(b'"') < 0:
        newlines = _where(buf, 0x0A)
    else:
        newlines, quotes = _line_feeds_and_quotes(buf)
        if quotes.size % 2:
            return None
        opens, closes = quotes[0::2], quotes[1::2]
        before = buf[np.maximum(opens - 1, 0)]
        doubled = np.zeros(opens.size, dtype=bool)
        doubled[1:] = opens[1:] == closes[:-1] + 1
        if not ((opens == 0) | (before == 0x2C) | (before == 0x0A) | doubled).all():
            return None
        after_at = np.minimum(closes + 1, buf.size - 1)
        after = buf[after_at]
        at_end = closes + 1 == buf.size
        doubled = np.zeros(closes.size, dtype=bool)
        doubled[:-1] = closes[:-1] + 1 == opens[1:]
        if not (at_end | (after == 0x2C) | (after == 0x0A) | doubled).all():
            return None
    starts = np.concatenate(([0], newlines + 1))
    if starts[-1] != buf.size:
        starts = np.append(starts, buf.size)
    return starts.astype(np.int64, copy=False)


def _wrong_width(
    buf: np.ndarray, bounds: np.ndarray, frame: pl.DataFrame, truncated: bool
) -> np.ndarray | None:
    """Data records with more or fewer cells than the header; None when there are none.

    Every comma in the file separates two cells or stands inside a value polars read.
    When polars refused no row for having too many cells (it refuses unless told to
    truncate), no record has more, so the file's commas add up to the header's width on
    every record exactly when no record has fewer: one count, no positions. Otherwise each
    record's commas are counted.
    """
    inside = frame.select(
        pl.sum_horizontal(
            pl.col(c).str.count_matches(",", literal=True).fill_null(0) for c in frame.columns
        )
    )
    inside = inside.to_series().to_numpy()
    width = frame.width
    if not truncated:
        expected = (len(bounds) - 1) * (width - 1) + int(inside.sum())
        if count_byte(buf, b",", CHUNK) == expected:
            return None
    commas = _where(buf, 0x2C)
    per_record = np.diff(np.searchsorted(commas, bounds))[1:]
    return per_record - inside + 1 != width


def _reads_plain(head: bytes) -> bool:
    """Whether Frictionless reads a CSV that starts with ``head`` (at least its first 100
    records) as plain CSV with its labels on row 1, as polars reads it: its csv sniffer,
    fed the first 100 lines, guesses comma, double quote, no escape, no initial space; its
    header finder, fed the first 100 records, picks row 1 (the first record whose width is
    within a tenth of the sample's mean width)."""
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    lines = re.findall(r"[^\n]*\n|[^\n]+$", text)[:SAMPLE_SIZE]
    try:
        config = csv.Sniffer().sniff("".join(lines), ",\t;|")
    except csv.Error:
        config = csv.excel()  # what Frictionless falls back to
    plain = (
        config.delimiter == ","
        and config.quotechar in ('"', "'")  # Frictionless takes ' for "
        and not config.skipinitialspace
        and config.escapechar is None
    )
    if not plain:
        return False
    sample = list(islice(csv.reader(io.StringIO(text, newline="")), DEFAULT_SAMPLE_SIZE))
    if not sample:
        return False
    width = round(sum(map(len, sample)) / len(sample))
    drift = max(round(width * 0.1), 1)
    first = next((n for n, cells in enumerate(sample, 1) if abs(len(cells) - width) <= drift), 1)
    return first == 1


def _head(table: Table, rows: np.ndarray) -> bytes:
    """The header and the first 99 of ``rows`` (a mask of data records), as written."""
    assert table.bounds is not None
    records = np.concatenate(([0], np.flatnonzero(rows)[: DEFAULT_SAMPLE_SIZE - 1] + 1))
    starts, ends = table.bounds[records].tolist(), table.bounds[records + 1].tolist()
    with (
        table.path.open("rb") as handle,
        mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data,
    ):
        return b"".join(data[a:b] for a, b in zip(starts, ends, strict=True))


def _prefix(buf: np.ndarray, bounds: np.ndarray, encoding: str | None) -> int:
    """Data records Frictionless samples: the first 100 records its parser reads to find
    the header, the first 100 lines its csv sniffer reads, and, with no encoding
    declared, the bytes it guesses one from. Kept verbatim, they are read the same."""
    newlines = _where(buf[:HEAD], 0x0A)
    end = int(newlines[SAMPLE_SIZE - 1]) if newlines.size >= SAMPLE_SIZE else buf.size
    if encoding is None:
        end = max(end, DEFAULT_BUFFER_SIZE)
    lines = int(np.searchsorted(bounds[1:-1], end, side="right"))
    return min(max(lines, DEFAULT_SAMPLE_SIZE - 1), len(bounds) - 2)


def _parse(path: Path) -> tuple[pl.DataFrame | None, bool]:
    """The file as text, as the loader reads it; and whether rows with too many cells had
    to be truncated to read it at all."""
    options: dict[str, Any] = {"infer_schema": False, "empty_string_is_null": True}
    for truncate in (False, True):
        try:
            return pl.read_csv(path, **options, truncate_ragged_lines=truncate), truncate
        except Exception:
            continue
    return None, True


def read_table(
    table: Table,
    resource: dict[str, Any],
    frame: pl.DataFrame | None,
    scan: Scan | None,
    refs: list[Reference],
) -> None:
    """The records and screen columns of one resource, or the reason Frictionless reads all.
    With ``scan``, the file passes the loader's checks here whatever the screen makes of
    it (bad input is refused before its rows are judged, as when the loader read it)."""
    scanned = False
    try:
        with (
            table.path.open("rb") as handle,
            mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data,
        ):
            scanned = _read_table(table, data, resource, frame, scan, refs)
    except InputError:
        raise
    except Exception as exc:  # unreadable, empty (mmap refuses 0 bytes), anything else
        table.bounds = table.frame = None
        table.choose_all(f"not read: {type(exc).__name__}: {exc}")
    if scan is not None and not scanned:
        scan(table.name, {})


def _read_table(
    table: Table,
    data: mmap.mmap,
    resource: dict[str, Any],
    frame: pl.DataFrame | None,
    scan: Scan | None,
    refs: list[Reference],
) -> bool:
    """Whether ``scan`` read the file."""
    schema = table.schema
    buf = np.frombuffer(data, dtype=np.uint8)
    table.bounds = record_bounds(data)
    if table.bounds is None:
        table.choose_all("not plain CSV (a carriage return, or a quote inside a cell)")
        return False
    table.chosen = np.zeros(table.rows, dtype=bool)
    names = [f.get("name") for f in schema.get("fields", [])]
    unknown = set(resource) - RESOURCE_KEYS
    encoding = resource.get("encoding")
    if unknown:
        table.choose_all(f"resource properties {sorted(unknown)}")
    elif set(schema) - SCHEMA_KEYS:
        table.choose_all(f"schema properties {sorted(set(schema) - SCHEMA_KEYS)}")
    elif schema.get("missingValues", [""]) != [""]:
        table.choose_all("missing values other than the empty string")
    elif encoding not in (None, "utf-8"):
        table.choose_all(f"encoding {encoding}")
    elif data[: table.bounds[1]].rstrip(b"\n") != ",".join(map(str, names)).encode("utf-8"):
        table.choose_all("header is not the schema's field names, written plainly")
    elif not _reads_plain(data[: table.bounds[min(DEFAULT_SAMPLE_SIZE, len(table.bounds) - 1)]]):
        table.choose_all("Frictionless' sniffer or header finder reads it otherwise than plain")
    if table.all_rows:
        return False
    try:
        columns = _columns(table, refs)
    except Exception as exc:  # anything unexpected: Frictionless reads every row
        table.choose_all(f"screen failed: {type(exc).__name__}: {exc}")
        return False
    # The loader's frame or scan: it refused a record of the wrong width.
    counted = frame is not None or scan is not None
    truncated, wrong = False, None
    try:
        if scan is not None:
            frame = scan(table.name, columns)
        else:
            if frame is None:
                frame, truncated = _parse(table.path)
            if frame is None or not set(names) <= set(frame.columns):
                table.choose_all("polars does not read one row per record")
                return False
            if not counted and frame.height == table.rows:
                wrong = _wrong_width(buf, table.bounds, frame.select(names), truncated)
            frame = frame.select(pl.int_range(pl.len()).alias("_row"), **columns)
    except InputError:
        raise
    except Exception as exc:  # a column the screen asked for (the file passed the checks)
        table.choose_all(f"screen failed: {type(exc).__name__}: {exc}")
        return scan is not None
    if frame.height != table.rows:
        table.choose_all("polars does not read one row per record")
        return scan is not None
    table.frame = frame
    table.sample = _prefix(buf, table.bounds, encoding)
    table.verbatim = encoding is None  # its encoding is guessed from the first bytes
    table.prefix = table.sample if table.verbatim else 0
    if wrong is not None:
        table.chosen |= wrong
        table.reasons["cell count"] = int(wrong.sum())
    return scan is not None


# Cells -------------------------------------------------------------------------------


def _regex_ok(pattern: str) -> bool:
    if not _PLAIN_PATTERN.fullmatch(pattern):
        return False
    try:
        re.compile(f"^{pattern}$")
        pl.Series([""]).str.contains(f"^(?:^{pattern}$)")
    except Exception:
        return False
    return True


def _typed(fld: dict[str, Any]) -> pl.Expr | None:
    """The field's value as Frictionless reads a canonical cell; None when unknown."""
    col, kind = pl.col(fld["name"]), fld.get("type", "string")
    if kind == "string":
        return col
    if kind == "integer":
        return col.cast(pl.Int64, strict=False)
    if kind == "number":
        return col.cast(pl.Float64, strict=False)
    if kind == "date":
        return col.str.to_date("%Y-%m-%d", strict=False)
    if kind == "boolean":
        return col.is_in(DEFAULT_TRUE_VALUES)
    return None


def _plain(fld: dict[str, Any]) -> bool:
    """Whether the screen knows exactly how Frictionless reads this field."""
    kind, fmt = fld.get("type", "string"), fld.get("format", "default")
    if set(fld) - FIELD_KEYS:
        return False
    if kind == "string":
        return fmt in ("default", "uri")
    return kind in ("integer", "number", "date", "boolean") and fmt == "default"


def _canonical(fld: dict[str, Any]) -> pl.Expr:
    """True where a present cell is surely read as a value of the field's type."""
    col, kind = pl.col(fld["name"]), fld.get("type", "string")
    if kind == "string":
        if fld.get("format", "default") == "uri":
            return col.str.contains(PLAIN_URI)
        return pl.lit(True)
    if kind == "boolean":
        return col.is_in([*DEFAULT_TRUE_VALUES, *DEFAULT_FALSE_VALUES])
    ok = col.str.contains(CANONICAL[kind])
    if kind == "date":
        ok = ok & col.str.to_date("%Y-%m-%d", strict=False).is_not_null()
    return ok


def _bound(kind: str, value: Any) -> Any:
    """A bound as Frictionless reads it, or None when the screen cannot compare with it."""
    if kind == "integer" and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind == "number" and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if kind == "date" and isinstance(value, str) and re.fullmatch(CANONICAL["date"], value):
        return pl.Series([value]).str.to_date("%Y-%m-%d", strict=False)[0]
    return None


def _outside_constraints(fld: dict[str, Any]) -> pl.Expr:
    """True where a canonical, present cell may break one of the field's constraints."""
    col, kind = pl.col(fld["name"]), fld.get("type", "string")
    constraints = fld.get("constraints") or {}
    typed = _typed(fld)
    bad = pl.lit(False)
    enum = constraints.get("enum")
    if enum is not None:
        if kind == "string" and all(isinstance(v, str) for v in enum):
            bad = bad | ~col.is_in(enum)
        elif kind == "integer" and all(isinstance(v, int) for v in enum):
            bad = bad | ~typed.is_in(enum)
        else:
            bad = pl.lit(True)
    if kind == "string":
        pattern = constraints.get("pattern")
        if pattern is not None:
            if isinstance(pattern, str) and _regex_ok(pattern):
                bad = bad | col.str.contains("[\n\r]") | ~col.str.contains(f"^(?:^{pattern}$)")
            else:
                bad = pl.lit(True)
        for name, compare in (("minLength", pl.Expr.lt), ("maxLength", pl.Expr.gt)):
            if name in constraints:
                if isinstance(constraints[name], int):
                    bad = bad | compare(col.str.len_chars(), constraints[name])
                else:
                    bad = pl.lit(True)
    bounds = (
        ("minimum", pl.Expr.lt),
        ("maximum", pl.Expr.gt),
        ("exclusiveMinimum", pl.Expr.le),
        ("exclusiveMaximum", pl.Expr.ge),
    )
    for name, breaks in bounds:
        if name not in constraints or kind not in ("integer", "number", "date"):
            continue  # Frictionless reads only the constraints a type supports
        value = _bound(kind, constraints[name])
        if value is None:
            bad = pl.lit(True)
        elif kind == "number":  # floats near the bound may round either way: choose them
            margin = 1e-6 * abs(value) + 1e-9
            low, high = pl.lit(value - margin), pl.lit(value + margin)
            near = typed.is_between(low, high)
            bad = bad | near | breaks(typed, pl.lit(value))
        else:
            bad = bad | breaks(typed, pl.lit(value))
    return bad


def _columns(table: Table, refs: list[Reference]) -> dict[str, pl.Expr]:
    """What the screen reads of each row, computed as the file is read: each cell rule's
    flag, each unique key's hash, and the text of the fields foreign keys compare."""
    key = table.schema.get("primaryKey") or []
    key = [key] if isinstance(key, str) else list(key)
    columns = {f"{CELL}{name}": rule for name, rule in _cell_exprs(table, key).items()}
    for names in _unique_groups(table, key):
        hashed = _key_exprs(table, names)
        if hashed is not None:
            columns[HASH + "+".join(names)], columns[ODD + "+".join(names)] = hashed
    for ref in refs:
        for source, names in ((ref.source, ref.fields), (ref.target, ref.target_fields)):
            if source == table.name and _text_fields(table, names):
                columns.update((name, pl.col(name)) for name in names)
    return columns


def _cell_exprs(table: Table, key: list[str]) -> dict[str, pl.Expr]:
    """Each cell rule: true where a row has a cell not plainly valid, or a missing one that
    must be present."""
    fields = table.schema.get("fields", [])
    exprs = {}
    for fld in fields:
        col = pl.col(fld["name"])
        constraints = fld.get("constraints") or {}
        required = constraints.get("required") or fld["name"] in key
        if not _plain(fld):
            exprs[fld["name"]] = pl.lit(True)
            continue
        text = fld.get("type", "string") == "string" and fld.get("format", "default") == "default"
        if text and not required and not set(constraints) - {"required", "unique"}:
            continue  # any text, or nothing: never an error of its own
        at_least = _at_least(fld)
        if at_least is not None:  # a quoted empty cell ('""') matches nothing: chosen
            exprs[fld["name"]] = (~col.str.contains(at_least)).fill_null(bool(required))
            continue
        suspect = col.is_not_null() & (~_canonical(fld) | _outside_constraints(fld))
        if required:
            # missing: empty, or quoted empty ('""', which polars reads as "", Frictionless
            # as no value)
            suspect = suspect | col.is_null() | (col == "")
        exprs[fld["name"]] = suspect.fill_null(True)
    if not any((f.get("constraints") or {}).get("required") or f["name"] in key for f in fields):
        # A blank row is chosen by its empty required cells; with none, by itself.
        exprs["blank"] = pl.all_horizontal(
            pl.col(f["name"]).is_null() | (pl.col(f["name"]) == "") for f in fields
        )
    return exprs


def _at_least(fld: dict[str, Any]) -> str | None:
    """The pattern of ``AT_LEAST`` whose every match is a plainly valid cell of an integer
    field whose one bound is a ``minimum`` of 0, 1 or less; None for any other field.

    Most integer fields of a package are line and column numbers of at least 1: for them
    the canonical form, the cast and the comparison come down to one match (~1 ms less per
    100,000 cells, ~0.015 CPU s at 100,000 amounts). Whatever it does not match is chosen:
    a present cell that is not canonical, 0 under a minimum of 1, and a negative number
    (valid only under a minimum below 0)."""
    minimum = (fld.get("constraints") or {}).get("minimum")
    if fld.get("type") != "integer" or not _plain(fld):
        return None
    if set(fld.get("constraints") or {}) - {"required", "unique", "minimum"}:
        return None
    if not isinstance(minimum, int) or isinstance(minimum, bool) or minimum > 1:
        return None
    return AT_LEAST[max(minimum, 0)]


def _cell_rules(table: Table) -> None:
    """Choose rows with a cell not plainly valid, or a missing one that must be present."""
    assert table.frame is not None and table.chosen is not None
    for name in table.frame.columns:
        if name.startswith(CELL):
            hits = table.frame.get_column(name).to_numpy()
            table.reasons[name.removeprefix(CELL)] = int(hits.sum())
            table.chosen |= hits


def _key_exprs(table: Table, names: list[str]) -> tuple[pl.Expr, pl.Expr] | None:
    """The 64-bit hash of each row's values of ``names`` and whether one of them is an
    integer the screen cannot compare ("007" or " 7": read as 7 by Frictionless); None
    unless the screen compares such values exactly: text fields as they are, integers in
    canonical form.

    The hashes of the columns' values (each with its own seed) are xor-ed: equal keys hash
    alike, so every row of a repeated key is chosen, and two keys that merely share a hash
    add rows, never hide one (2-4x faster than comparing a million strings)."""
    by_name = {f["name"]: f for f in table.schema.get("fields", [])}
    typed, odd = [], []
    for name in names:
        fld = by_name.get(name)
        if fld is None or not _plain(fld):
            return None
        kind = fld.get("type", "string")
        if kind == "string" and fld.get("format", "default") == "default":
            typed.append(pl.col(name))
        elif kind == "integer":
            typed.append(pl.col(name).cast(pl.Int64, strict=False))
            odd.append(pl.col(name).is_not_null() & typed[-1].is_null())
        else:
            return None
    hashed = reduce(operator.xor, (value.hash(seed) for seed, value in enumerate(typed)))
    return hashed, pl.any_horizontal(odd) if odd else pl.lit(False)


def _unique_groups(table: Table, key: list[str]) -> list[list[str]]:
    fields = table.schema.get("fields", [])
    groups = [[f["name"]] for f in fields if (f.get("constraints") or {}).get("unique")]
    if key and key not in groups:
        groups.append(key)
    return groups


def _unique_rules(table: Table, key: list[str]) -> None:
    """Choose every row of a repeated unique value or primary key, by their hashes
    (``_key_exprs``)."""
    assert table.frame is not None and table.chosen is not None
    for names in _unique_groups(table, key):
        hashed = HASH + "+".join(names)
        if hashed not in table.frame.columns or table.frame.get_column(ODD + "+".join(names)).any():
            table.choose_all(f"values of {'+'.join(names)} the screen cannot compare")
            return
        hashes = table.frame.get_column(hashed)
        if hashes.n_unique() == hashes.len():  # as a rule: counting is twice as fast
            table.reasons[f"repeated {'+'.join(names)}"] = 0
            continue
        hits = hashes.is_duplicated().to_numpy()
        table.reasons[f"repeated {'+'.join(names)}"] = int(hits.sum())
        table.chosen |= hits


# Foreign keys ------------------------------------------------------------------------


@dataclass
class Reference:
    source: str
    fields: list[str]
    target: str
    target_fields: list[str]


def _references(tables: dict[str, Table]) -> list[Reference]:
    found = []
    for name, table in tables.items():
        for fk in table.schema.get("foreignKeys") or []:
            ref = fk.get("reference") or {}
            fields, target_fields = fk.get("fields"), ref.get("fields")
            fields = [fields] if isinstance(fields, str) else list(fields or [])
            target_fields = [target_fields] if isinstance(target_fields, str) else target_fields
            target = ref.get("resource") or name
            found.append(Reference(name, fields, target, list(target_fields or [])))
    return found


def _text_fields(table: Table, names: list[str]) -> bool:
    """Foreign keys are compared as text, which is what Frictionless compares for plain
    string fields; any other field makes the screen give up on that key."""
    by_name = {f["name"]: f for f in table.schema.get("fields", [])}
    for name in names:
        fld = by_name.get(name)
        if fld is None or not _plain(fld) or fld.get("type", "string") != "string":
            return False
        if fld.get("format", "default") != "default":
            return False
    return True


def _gather(frame: pl.DataFrame, rows: np.ndarray) -> pl.DataFrame:
    """The rows of ``frame`` where the mask ``rows`` is true, gathered by their positions
    as a list: polars' conversion of a numpy array asks ``np.ma`` whether it is masked, and
    importing numpy's masked arrays costs ~15 ms of CPU, more than the rows (a few
    thousand of a hundred thousand) cost to gather."""
    return frame.select(pl.all().gather(np.flatnonzero(rows).tolist()))


def _text_keys(table: Table, names: list[str]) -> pl.DataFrame | None:
    if table.frame is None or not _text_fields(table, names):
        return None
    return table.frame.select(names)


def _dangling(tables: dict[str, Table], refs: list[Reference]) -> None:
    """Choose rows whose foreign key names no row of the referenced resource."""
    for ref in refs:
        source, target = tables[ref.source], tables.get(ref.target)
        if source.frame is None:
            continue
        if target is None or len(ref.fields) != len(ref.target_fields) or not ref.fields:
            source.choose_all(f"foreign key to {ref.target} the screen cannot follow")
            continue
        keys, known = _text_keys(source, ref.fields), _text_keys(target, ref.target_fields)
        if keys is None or known is None:
            source.choose_all(f"foreign key to {ref.target} the screen cannot compare")
            continue
        if len(ref.fields) == 1:  # an anti join: 1.6x faster than is_in over 1M strings
            (field_name,), (target_name,) = ref.fields, ref.target_fields
            missing = (
                keys.with_row_index("_i")
                .filter(pl.col(field_name).is_not_null())
                .join(known, left_on=field_name, right_on=target_name, how="anti")
            )  # an empty key is never looked up; an empty target key matches nothing
            flags = np.zeros(keys.height, dtype=bool)
            flags[missing["_i"].to_numpy()] = True
        else:
            known = known.rename(dict(zip(ref.target_fields, ref.fields, strict=True)))
            present = pl.any_horizontal(pl.col(n).is_not_null() for n in ref.fields)
            partial = ~pl.all_horizontal(pl.col(n).is_not_null() for n in ref.fields)
            found = known.unique().with_columns(_found=pl.lit(True))
            flags = (
                keys.with_row_index("_i")
                .join(found, on=ref.fields, how="left")
                .sort("_i")
                .select(present & (pl.col("_found").is_null() | partial))
                .to_series()
                .to_numpy()
            )
        name = f"foreign key {'+'.join(ref.fields)}"
        source.reasons[name] = int(flags.sum())
        assert source.chosen is not None
        source.chosen |= flags


def _referred(source: Table, target: Table, ref: Reference) -> np.ndarray | None:
    """Rows of ``target`` whose key a row ``source`` keeps refers to (None: can't tell)."""
    keys, known = _text_keys(source, ref.fields), _text_keys(target, ref.target_fields)
    if keys is None or known is None:
        return None
    wanted = _gather(keys, kept(source))
    nulls = [pl.col(n).is_null() for n in ref.fields]
    if wanted.select(pl.any_horizontal(nulls) & ~pl.all_horizontal(nulls)).to_series().any():
        return None  # a partly empty key: Frictionless looks it up with None in it
    wanted = wanted.drop_nulls().unique()
    wanted = wanted.rename(dict(zip(ref.fields, ref.target_fields, strict=True)))
    rows = known.with_row_index("_i").join(wanted, on=ref.target_fields, how="semi")["_i"]
    return rows.to_numpy()


def _close_self(tables: dict[str, Table], refs: list[Reference]) -> None:
    """Add to a subset the rows its own rows refer to (a section's parent), until nothing
    is added: Frictionless looks a self-reference up in the file it reads."""
    for ref in refs:
        table = tables[ref.source]
        if ref.target != ref.source or table.all_rows or table.chosen is None:
            continue
        while True:
            rows = _referred(table, table, ref)
            if rows is None:
                table.choose_all("a self-reference the screen cannot follow")
                break
            new = rows[~kept(table)[rows]]
            if not new.size:
                break
            table.chosen[new] = True
            reason = f"referred to by {ref.source}"
            table.reasons[reason] = table.reasons.get(reason, 0) + int(new.size)


def lookup_rows(tables: dict[str, Table], ref: Reference) -> np.ndarray | None:
    """The rows of the referenced resource Frictionless needs to look the source's kept
    rows up in; None when it needs the whole file. Written whole (``_write``), they need
    the sample prefix too (``_with_sample``); written as their keys alone (``_write_keys``),
    not: that narrow file is checked to read plain by itself."""
    source, target = tables[ref.source], tables[ref.target]
    if target.all_rows or target.chosen is None or len(ref.fields) != len(ref.target_fields):
        return None
    rows = _referred(source, target, ref)
    if rows is None:
        return None
    needed = np.zeros(target.rows, dtype=bool)
    needed[rows] = True
    return needed


def _with_sample(target: Table, needed: np.ndarray | None) -> np.ndarray | None:
    """``needed`` rows of ``target`` and, where Frictionless would read them otherwise than
    it reads the whole file, the records it samples, so it reads them as it reads the
    whole file. Asked only of rows written whole: the csv sniffer that decides it costs
    ~1 ms a resource, spent for nothing on the narrow key files most lookups are."""
    if needed is None:
        return None
    if target.verbatim or not _reads_plain(_head(target, needed)):
        needed = needed.copy()
        needed[: target.sample] = True
    return needed


def kept(table: Table) -> np.ndarray:
    """Data records in the subset: all, or the chosen ones and the sample prefix."""
    if table.all_rows or table.chosen is None:
        return np.ones(table.rows, dtype=bool)
    kept = table.chosen.copy()
    kept[: table.prefix] = True
    return kept


def records(table: Table, rows: list[int]) -> pl.DataFrame | None:
    """The rows at ``rows`` (row numbers, header 1; sorted) as the loader reads them, every
    column text and ``_row``: polars, with the loader's options, on the header and just
    those records' bytes; None when the screen does not know where they are.

    So the few rows Frictionless found errors in need not be read from a whole frame, when
    the screen read only its own columns of every row."""
    if table.bounds is None or table.all_rows or table.frame is None or not rows:
        return None
    records = np.asarray(rows, dtype=np.int64) - 1  # record 0: the header
    if records.min() < 1 or records.max() > table.rows:
        return None
    starts, ends = table.bounds[records].tolist(), table.bounds[records + 1].tolist()
    with (
        table.path.open("rb") as handle,
        mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data,
    ):
        pieces = [data[a:b] for a, b in zip(starts, ends, strict=True)]
        text = data[: table.bounds[1]] + b"".join(pieces)
    options: dict[str, Any] = {"infer_schema": False, "empty_string_is_null": True}
    frame = pl.read_csv(io.BytesIO(text), **options)
    if frame.height != len(rows):
        return None
    return frame.insert_column(0, pl.Series("_row", rows, dtype=pl.Int64))


# The package -------------------------------------------------------------------------


def _safe_path(resource: dict[str, Any]) -> str | None:
    path = resource.get("path")
    if not isinstance(path, str) or "://" in path or "\\" in path:
        return None
    pure = PurePosixPath(path)
    if pure.is_absolute() or ".." in pure.parts or not path.endswith(".csv"):
        return None
    if resource.get("format", "csv") != "csv" or "data" in resource:
        return None
    return path


def screen(
    descriptor: dict[str, Any],
    basepath: Path,
    frames: Mapping[str, pl.DataFrame] | None = None,
    scan: Scan | None = None,
) -> dict[str, Table] | None:
    """Choose the rows of each resource Frictionless must read; None when the package is
    not one the screen can cut (a resource with inline data, a URL or an unusual path).

    ``frames`` may give resources the loader (``budgetkit.validate.loader``) has read:
    polars, every column text, empty cells null; or ``scan`` reads each file as the
    loader would, keeping only what the screen asks of each row. Neither is parsed
    again, and their cells are not counted again either: the loader refuses a file with
    a record of more or fewer cells than the header. Their rows are still matched with
    the records Python's csv reader would find."""
    resources = descriptor.get("resources") or []
    paths = [_safe_path(r) for r in resources]
    names = [r.get("name") for r in resources]
    if None in paths or len(set(names)) != len(names) or not all(isinstance(n, str) for n in names):
        return None
    if not all(isinstance(r.get("schema", {}), dict) for r in resources):
        return None  # a schema by path: read by Frictionless alone
    tables = {
        r["name"]: Table(r["name"], basepath / str(path), r.get("schema") or {})
        for r, path in zip(resources, paths, strict=True)
    }
    refs = _references(tables)
    for resource in resources:
        name = resource["name"]
        read_table(tables[name], resource, (frames or {}).get(name), scan, refs)
    for table in tables.values():
        if table.frame is None or table.all_rows:
            continue
        try:
            key = table.schema.get("primaryKey") or []
            key = [key] if isinstance(key, str) else list(key)
            _cell_rules(table)
            _unique_rules(table, key)
        except Exception as exc:  # anything unexpected: Frictionless reads every row
            table.choose_all(f"screen failed: {type(exc).__name__}: {exc}")
    _dangling(tables, refs)
    _close_self(tables, refs)
    sampled = False
    for table in tables.values():
        if table.all_rows or table.chosen is None or table.prefix:
            continue
        if not _reads_plain(_head(table, kept(table))):
            table.prefix, sampled = table.sample, True
    if sampled:  # the sample's own references, now
        _close_self(tables, refs)
    return tables


def _plain_labels(table: Table) -> bool:
    """Whether Frictionless, reading only this table's header, surely reports nothing: the
    header is the schema's field names written plainly (``_read_table`` made sure), and
    each name is one label as the csv module reads it (no comma, quote or line break),
    not blank and not repeated. Its validation of a subset without rows is then skipped:
    it costs ~15 ms a resource (opening, sniffing, the header) to learn nothing."""
    names = [f.get("name") for f in table.schema.get("fields", [])]
    plain = all(isinstance(n, str) and n and not re.search(r'[,"\r\n]', n) for n in names)
    return plain and len(set(names)) == len(names)


def _write(table: Table, rows: np.ndarray | None, target: Path) -> np.ndarray | None:
    """Write the header and ``rows`` (a mask of data records; None: all) of ``table`` at
    ``target``; return the original row number of each row written (header first)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    if rows is None or table.bounds is None:
        target.symlink_to(table.path.resolve())
        return None
    records = np.concatenate(([0], np.flatnonzero(rows) + 1))
    starts, ends = table.bounds[records].tolist(), table.bounds[records + 1].tolist()
    # Mapped, so only the pages of the rows written are read.
    with (
        table.path.open("rb") as handle,
        mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data,
    ):
        target.write_bytes(b"".join(data[a:b] for a, b in zip(starts, ends, strict=True)))
    return records + 1


def _write_keys(
    table: Table, rows: np.ndarray | None, keys: list[str], target: Path
) -> Schema | None:
    """Write only the key fields ``keys`` of ``rows`` (a mask of data records) of ``table``
    at ``target``, for Frictionless to look keys up in; return the schema of that narrow
    table (the key fields as the table's schema defines them), or None where the whole
    rows must be written (``_write``).

    Frictionless builds a lookup from a referenced resource by reading each of its rows
    whole, every cell cast, to keep the key's cells: two thirds of the rows it reads are
    such rows, read for one cell. The key cells are the same text (the screen's frame holds
    them as polars read them, which is how the csv module reads them, or the screen chose
    every row) under the same field definitions, so the lookup holds the same keys. Only
    where the encoding is declared (none guessed from the first bytes), the keys are text
    the screen compares, and the narrow file reads as plain CSV with its labels on row 1."""
    if rows is None or table.verbatim or table.frame is None:
        return None
    keys = list(dict.fromkeys(keys))
    values = _text_keys(table, keys)
    if values is None:
        return None
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(keys)
    writer.writerows(_gather(values, rows).iter_rows())
    data = out.getvalue().encode("utf-8")
    if not _reads_plain(data):
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    target.write_bytes(data)
    fields = [f for f in table.schema.get("fields", []) if f.get("name") in keys]
    descriptor: dict[str, Any] = {"fields": fields}
    if "missingValues" in table.schema:
        descriptor["missingValues"] = table.schema["missingValues"]
    return Schema.from_descriptor(descriptor)


@contextmanager
def _schemas_swapped(package: Package, schemas: Mapping[str, Schema]) -> Iterator[None]:
    """The package's resources named in ``schemas`` with those schemas for the block (the
    narrow tables ``_write_keys`` wrote), then their own again."""
    originals = {name: package.get_resource(name).schema for name in schemas}
    try:
        for name, schema in schemas.items():
            package.get_resource(name).schema = schema
        yield
    finally:
        for name, schema in originals.items():
            package.get_resource(name).schema = schema


def _renumbered(
    error: Any, numbers: np.ndarray | None, attributes: dict[str, list[tuple[str, str]]]
) -> Any:
    """The error with the original row number (and the earlier row a repeated key names),
    its message rendered again from Frictionless' own template. Set in place: rebuilding
    each error through its constructor would double the cost of making it. ``attributes``
    holds each template's names and the error attributes they read, parsed once a call."""
    row = getattr(error, "row_number", None)
    if numbers is None or row is None:
        return error
    error.row_number = int(numbers[row - 1])
    note = getattr(error, "note", "")
    if error.type in ("unique-error", "primary-key") and _POSITION.search(note):
        error.note = _POSITION.sub(lambda m: m[1] + str(int(numbers[int(m[2]) - 1])), note)
    names = attributes.get(error.template)
    if names is None:
        parsed = {name for _, name, _, _ in Formatter().parse(error.template) if name}
        names = attributes[error.template] = [(name, _snake(name)) for name in parsed]
    values = {name: getattr(error, attribute) for name, attribute in names}
    error.message = safe_format(error.template, values)
    return error


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def validate(
    descriptor: dict[str, Any],
    basepath: Path,
    frames: Mapping[str, pl.DataFrame] | None = None,
    limit_errors: int = 10**9,  # a steward needs every error, not Frictionless' 1000
    scan: Scan | None = None,
) -> ScreenedReport:
    """``Package(descriptor).validate()`` as Frictionless reports it on the whole files,
    computed on the rows the screen chooses.

    Frictionless' own package validation is followed step by step: the descriptor first
    (an invalid one ends it, as there, with the errors its command reports), then
    ``Resource.validate`` for each resource in order. Before each, the package's files are
    rewritten: that resource's subset, and for each resource it refers to only the rows it
    looks up (Frictionless reads a referenced resource for its keys alone; its own errors
    belong to its own task)."""
    with faster():
        return _validate(descriptor, basepath, frames, limit_errors, scan)


def _validate(
    descriptor: dict[str, Any],
    basepath: Path,
    frames: Mapping[str, pl.DataFrame] | None,
    limit_errors: int,
    scan: Scan | None,
) -> ScreenedReport:
    tables = screen(descriptor, basepath, frames, scan)
    if tables is None:
        for name in dict.fromkeys(r.get("name") for r in descriptor.get("resources") or []):
            if scan is not None:  # the loader's checks, before Frictionless reads the files
                scan(name, {})
        report = Package(descriptor, basepath=str(basepath)).validate(limit_errors=limit_errors)
        return ScreenedReport(report.errors, [(t.name, t.errors) for t in report.tasks], {})
    by_name = {r["name"]: r for r in descriptor["resources"]}
    refs = _references(tables)
    errors, tasks = [], []
    attributes: dict[str, list[tuple[str, str]]] = {}
    with tempfile.TemporaryDirectory(prefix="budgetkit-structure-") as tmp:
        # One package for all: building one per resource would check its descriptor again.
        # Building it checks the descriptor, and an invalid one ends here with the reasons
        # Frictionless' own command reports; ``Package.validate`` then checks its export a
        # second time, which this package (built from the descriptor, never changed) does not
        # need: 0.15 CPU s at a million amounts, whose descriptor lists 9,091 sources.
        try:
            package = Package(descriptor, basepath=tmp)
        except FrictionlessException as exception:
            return ScreenedReport(exception.to_errors(), [], tables)
        for name, table in tables.items():
            rows = None if table.all_rows else kept(table)
            if rows is not None and not rows.any() and _plain_labels(table):
                tasks.append((name, []))  # nothing to read but labels equal to its fields
                continue
            numbers = _write(table, rows, Path(tmp) / by_name[name]["path"])
            lookups: dict[str, np.ndarray | None] = {}
            for ref in refs:
                if ref.source == name and ref.target != name and ref.target in tables:
                    needed = lookup_rows(tables, ref)
                    earlier = lookups.get(ref.target, needed)
                    both = None if needed is None or earlier is None else needed | earlier
                    lookups[ref.target] = both
            narrowed: dict[str, Schema] = {}
            for target, needed in lookups.items():
                path = Path(tmp) / by_name[target]["path"]
                keys = [
                    f
                    for ref in refs
                    if ref.source == name and ref.target == target
                    for f in ref.target_fields
                ]
                schema = _write_keys(tables[target], needed, keys, path)
                if schema is None:
                    needed = _with_sample(tables[target], needed)
                    _write(tables[target], needed, path)
                else:
                    narrowed[target] = schema
                table.lookups[target] = tables[target].rows if needed is None else int(needed.sum())
            # A subset's row errors get their messages in ``_renumbered``, once their rows
            # are numbered as in the original file: not rendered before that as well.
            later = row_messages_rendered_by_caller() if numbers is not None else nullcontext()
            with _schemas_swapped(package, narrowed), later:
                report = package.get_resource(name).validate(
                    ScopedChecklist(), limit_errors=limit_errors
                )
            errors += report.errors
            tasks += [
                (task.name, [_renumbered(e, numbers, attributes) for e in task.errors])
                for task in report.tasks
            ]
    return ScreenedReport(errors, tasks, tables)
