"""Layer 3, provenance: every stored number points at the exact source text it came from.

Each document's source file must have the sha256 the package records; each amount's and
reference's quote must stand at its line and column; each table cell's printed text must
be on its line. The numbers are then read again from that text by ``dutchnumbers``, a
strict reader that shares no code with the extractor: an amount's quote must give the
stored euros, a cell's text its value, a table's scale note its scale factor, and a
cell's value times its scale the euros stored. A text the strict grammar does not cover is
counted as unread, never guessed. Per document, the text checks run over plain offsets and
the readings once per distinct text, so a million amounts take seconds.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import polars as pl

from budgetkit.cyclegc import without_cycle_collection
from budgetkit.validate.check import Check, run_checks
from budgetkit.validate.dutchnumbers import (
    PREFIX_SCALE,
    SCALE_EXPONENT,
    SCALE_NAMES,
    Unreadable,
    read_money,
    read_scale_note,
    read_table_number,
)
from budgetkit.validate.loader import PackageData
from budgetkit.validate.report import LayerResult

NAME = "provenance"
#: How many unread texts the report lists by name (all are counted).
UNREAD_LISTED = 10
#: Characters of source text split into lines in one polars call (``_Lines``).
SPLIT_BATCH_CHARS = 1 << 24


class _Source:
    """One source text as the package sees it: its lines and where each line starts."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = text.split("\n")
        self.starts = [0, *itertools.accumulate(len(line) + 1 for line in self.lines[:-1])]

    def at(self, line: int, column: int, length: int) -> str | None:
        """The ``length`` characters at 1-based (line, column), or None when off the text."""
        if not (1 <= line <= len(self.lines)) or not (1 <= column <= len(self.lines[line - 1]) + 1):
            return None
        start = self.starts[line - 1] + column - 1
        return self.text[start : start + length]

    def find_near(self, quote: str, line: int, reach: int = 50) -> int | None:
        """The line nearest ``line`` where ``quote`` does start, to say where it went."""
        first = self.starts[max(0, line - 1 - reach)]
        last = self.starts[min(len(self.starts) - 1, line - 1 + reach)]
        best = None
        for match in re.finditer(re.escape(quote), self.text[first : last + 2000]):
            found = self.text.count("\n", 0, first + match.start()) + 1
            if best is None or abs(found - line) < abs(best - line):
                best = found
        return best


class _Lines:
    """Every line of every readable text, split in polars, so a million rows are checked
    by gathering their lines, not by a Python loop.

    ``table`` holds every ``line_text``, in document order; ``starts`` gives each
    document's first row in it and its number of lines. Texts are added one document at a
    time (``add``) and split a batch of ``SPLIT_BATCH_CHARS`` at a time, so the texts
    themselves are never all held at once, and a thousand small documents cost one polars
    call, not a thousand (the call, not the splitting, was the cost).
    """

    def __init__(self) -> None:
        self._lines: dict[str, pl.Series] = {}
        self._pending: list[tuple[str, str]] = []
        self._pending_chars = 0
        self.starts = pl.DataFrame()
        self.table = pl.DataFrame()

    def add(self, document_id: str, text: str) -> None:
        self._pending.append((document_id, text))
        self._pending_chars += len(text)
        if self._pending_chars >= SPLIT_BATCH_CHARS:
            self._split()

    def _split(self) -> None:
        """Split the pending texts into lines in one call; each document keeps its slice
        (a document added twice keeps its first place and its last text)."""
        if not self._pending:
            return
        ids, texts = zip(*self._pending, strict=True)
        parts = pl.Series(texts, dtype=pl.Utf8).str.split("\n")
        lines = parts.explode()
        first = 0
        for document_id, count in zip(ids, parts.list.len().to_list(), strict=True):
            self._lines[document_id] = lines.slice(first, count)
            first += count
        self._pending, self._pending_chars = [], 0

    def close(self) -> None:
        self._split()
        counts = pl.DataFrame(
            {"document_id": list(self._lines), "_count": [s.len() for s in self._lines.values()]},
            schema={"document_id": pl.Utf8, "_count": pl.Int64},
        )
        self.starts = counts.select(
            "document_id", (pl.col("_count").cum_sum() - pl.col("_count")).alias("_first"), "_count"
        )
        self.table = pl.DataFrame(
            {"line_text": pl.concat(list(self._lines.values())) if self._lines else []},
            schema={"line_text": pl.Utf8},
        ).rechunk()
        self._lines = {}

    def attach(self, frame: pl.DataFrame, line: str = "line") -> pl.DataFrame:
        """``frame`` with the ``line_text`` of its (document_id, ``line``) and its
        ``window`` (the text from the line's start through the next line of the document:
        a quote may wrap once), null where the line is not in the text."""
        frame = frame.join(self.starts, on="document_id", how="left")
        number = pl.col(line)
        inside = (number >= 1) & (number <= pl.col("_count"))
        indexes = frame.select(
            pl.when(inside).then(pl.col("_first") + number - 1).cast(pl.Int64).alias("here"),
            pl.when(inside & (number < pl.col("_count")))
            .then(pl.col("_first") + number)
            .cast(pl.Int64)
            .alias("next"),
        )
        lines = self.table["line_text"]
        picked = pl.DataFrame(
            {"line_text": lines.gather(indexes["here"]), "_next": lines.gather(indexes["next"])}
        ).select(
            "line_text",
            pl.when(pl.col("_next").is_not_null())
            .then(pl.concat_str("line_text", "_next", separator="\n"))
            .otherwise(pl.col("line_text"))
            .alias("window"),
        )
        return frame.drop("_first", "_count").hstack(picked)


def _stands_at(text: str) -> pl.Expr:
    """The row's ``text`` column stands at its (line, column), as ``_Source.at`` would say.

    True only for an exact match within one line break; null or False rows are settled
    one by one by ``_Source`` (a quote over three lines, or a real error).
    """
    column = pl.col("column")
    return (
        (column >= 1)
        & (column <= pl.col("line_text").str.len_chars() + 1)
        & (pl.col("window").str.slice(column - 1, pl.col(text).str.len_chars()) == pl.col(text))
    ).fill_null(False)


class _Sources:
    """``_Source`` objects built on demand, the text read again: only documents with a
    suspect row need one."""

    def __init__(self, root: Path, paths: dict[str, str]) -> None:
        self.root, self.paths = root, paths
        self.built: dict[str, _Source] = {}

    def __getitem__(self, doc_id: str) -> _Source:
        if doc_id not in self.built:
            text = (self.root / self.paths[doc_id]).read_bytes().decode("utf-8")
            self.built[doc_id] = _Source(text)
        return self.built[doc_id]


@dataclass
class _State:
    """What the layer's rules share: the readable source texts' paths, their lines split
    once."""

    #: document_id -> source path, for every document whose source is readable
    paths: dict[str, str] = field(default_factory=dict)
    lines: _Lines = field(default_factory=_Lines)
    sources: _Sources | None = None
    #: (resource, row) of quotes that do not stand where they say: not read for values.
    moved: set[tuple[str, int]] = field(default_factory=set)
    #: The amounts read strictly (``_amount_rows``), once for the three rules that use them.
    amounts: pl.DataFrame | None = None


def _unread(result: LayerResult, what: str, texts: list[str]) -> None:
    """Count texts the strict reader does not cover, and name the first few."""
    result.checked[f"{what} the strict reader cannot read"] = len(texts)
    if texts:
        shown = ", ".join(repr(t) for t in sorted(texts)[:UNREAD_LISTED])
        more = f" and {len(texts) - UNREAD_LISTED} more" if len(texts) > UNREAD_LISTED else ""
        result.notes.append(f"{what} not read (outside the strict grammar): {shown}{more}")


class SourceFiles(Check):
    """Each document's source file exists, is UTF-8, and has the sha256 and line count
    the package records."""

    codes = ("source-missing", "source-encoding", "sha256", "line-count")

    def run(self, data: PackageData, result: LayerResult, state: _State) -> None:
        docs = data.raw("documents").select(
            "_row", "document_id", "source_path", "sha256", "line_count"
        )
        for row, doc_id, source_path, sha, line_count in docs.iter_rows():
            where = {"resource": "documents", "row": row, "key": doc_id, "source_path": source_path}
            path = data.project.root / (source_path or "")
            if not source_path or not path.is_file():
                result.error("source-missing", f"source file {source_path} is missing", **where)
                continue
            raw = path.read_bytes()
            digest = hashlib.sha256(raw).hexdigest()
            if digest != sha:
                result.error(
                    "sha256",
                    f"{source_path} has sha256 {digest[:12]}…, the package records "
                    f"{(sha or '')[:12]}…: the source changed since extraction",
                    field="sha256",
                    **where,
                )
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                result.error("source-encoding", f"{source_path} is not UTF-8", **where)
                continue
            # SourceDocument.line_count, without splitting the text into a list of lines.
            lines = text.count("\n") + (0 if text.endswith("\n") else 1)
            if line_count and line_count.isdigit() and int(line_count) != lines:
                result.error(
                    "line-count",
                    f"{source_path} has {lines} lines, the package records {line_count}",
                    field="line_count",
                    **where,
                )
            state.paths[doc_id] = source_path
            state.lines.add(doc_id, text)
        result.checked["documents"] = docs.height
        state.lines.close()
        state.sources = _Sources(data.project.root, state.paths)


class QuoteStands(Check):
    """Each amount's and reference's quote stands at its line and column."""

    code = "quote"

    def run(self, data: PackageData, result: LayerResult, state: _State) -> None:
        for name in ("amounts", "references"):
            self._resource(data, result, state, name)

    def _resource(self, data: PackageData, result: LayerResult, state: _State, name: str):
        paths, sources = state.paths, state.sources
        frame = data.typed(name).select(
            "_row", data.key_of(name).alias("key"), "document_id", "line", "column", "quote"
        )
        # A missing document or a broken key is reported elsewhere.
        frame = frame.filter(pl.col("document_id").is_in(list(paths)))
        result.checked[f"{name} quotes"] = frame.height
        # Type and required errors belong to structure and contracts.
        frame = frame.drop_nulls(["line", "column", "quote"])
        frame = state.lines.attach(frame).with_columns(_stands_at("quote").alias("ok"))
        for row in frame.filter(~pl.col("ok")).sort("_row").iter_rows(named=True):
            line, column, quote = row["line"], row["column"], row["quote"]
            source = sources[row["document_id"]]
            found = source.at(line, column, len(quote))
            if found == quote:
                continue  # a quote over more than two lines
            near = source.find_near(quote, line)
            hint = f"; it stands at line {near}" if near else "; it is not near that line"
            state.moved.add((name, row["_row"]))
            result.error(
                self.code,
                f"quote {quote!r} is not at line {line} column {column} "
                f"(the source reads {found!r}){hint}",
                field="quote",
                resource=name,
                row=row["_row"],
                key=row["key"],
                source_path=paths[row["document_id"]],
                source_line=line,
            )


def _readings(pairs: pl.DataFrame) -> pl.DataFrame:
    """The strict reading of each distinct (quote, scale): value, maximum, currency, scale
    word; ``unread`` where the grammar does not cover the quote."""
    values, maxima, currencies, scales, unread = [], [], [], [], []
    for quote, scale in pairs.iter_rows():
        try:
            money = read_money(quote, scale)
        except Unreadable:
            money = None
        unread.append(money is None)
        values.append(None if money is None else str(money.value))
        maxima.append(None if money is None or money.maximum is None else str(money.maximum))
        currencies.append(None if money is None else money.currency)
        scales.append(None if money is None else money.scale)
    return pairs.with_columns(
        pl.Series("r_value", values, dtype=pl.Utf8),
        pl.Series("r_max", maxima, dtype=pl.Utf8),
        pl.Series("r_currency", currencies, dtype=pl.Utf8),
        pl.Series("r_scale", scales, dtype=pl.Utf8),
        pl.Series("r_unread", unread, dtype=pl.Boolean),
    )


#: How far a stored amount may stand from the strict reading: a float's last digits only.
HALF_CENT = Decimal("0.005")


def _euros_differ(read: str | None, stored: float | None) -> bool:
    """A stored amount differs from a strict reading by more than half a cent (the package
    stores the face value as printed, "€ 2,50" as 2.5, read back as a float)."""
    if read is None or stored is None:
        return (read is None) != (stored is None)
    return abs(Decimal(read) - Decimal(repr(stored))) > HALF_CENT


def _amount_rows(data: PackageData, state: _State) -> pl.DataFrame:
    """Amounts whose quote stands at its place, with their strict reading (read once)."""
    if state.amounts is None:
        state.amounts = _read_amounts(data, state)
    return state.amounts


def _read_amounts(data: PackageData, state: _State) -> pl.DataFrame:
    extra = ["currency"] if "currency" in data.raw("amounts").columns else []
    frame = (
        data.typed("amounts")
        .select(
            "_row",
            data.key_of("amounts").alias("key"),
            "document_id",
            "line",
            "quote",
            "scale",
            "amount_eur",
            "amount_eur_max",
            *extra,
        )
        .filter(pl.col("document_id").is_in(list(state.paths)) & pl.col("quote").is_not_null())
    )
    moved = [row for name, row in state.moved if name == "amounts"]
    frame = frame.filter(~pl.col("_row").is_in(moved))
    readings = _readings(frame.select("quote", "scale").unique(maintain_order=True))
    return frame.join(readings, on=["quote", "scale"], how="left", nulls_equal=True)


def _amount_error(result, state: _State, row: dict[str, Any], code: str, field: str, message):
    result.error(
        code,
        message,
        field=field,
        resource="amounts",
        row=row["_row"],
        key=row["key"],
        source_path=state.paths[row["document_id"]],
        source_line=row["line"],
    )


def _misread(data: PackageData, state: _State, field: str) -> Iterator[dict[str, Any]]:
    """The amounts, in the package's order, whose quote the strict reader reads a ``field``
    from (its ``r_`` column) other than the one the package stores; none where it reads
    none (a quote printing no scale word says nothing of the scale)."""
    read = pl.col(f"r_{field}")
    frame = _amount_rows(data, state).filter(read.is_not_null() & ~read.eq_missing(pl.col(field)))
    return frame.sort("_row").iter_rows(named=True)


class AmountValue(Check):
    """An amount's quote, read by the strict reader, gives the euros (and upper bound) the
    package stores."""

    code = "amount-value"

    def run(self, data: PackageData, result: LayerResult, state: _State) -> None:
        frame = _amount_rows(data, state)
        read = frame.filter(~pl.col("r_unread"))
        result.checked["amount quotes read strictly"] = read.height
        _unread(
            result,
            "amount quotes",
            frame.filter(pl.col("r_unread"))["quote"].unique().to_list(),
        )
        # Only rows whose readings are not plainly within a quarter euro of what is stored
        # are compared exactly, in decimals.
        suspect = read.filter(
            _maybe_differ("r_value", "amount_eur") | _maybe_differ("r_max", "amount_eur_max")
        )
        for row in suspect.sort("_row").iter_rows(named=True):
            low = _euros_differ(row["r_value"], row["amount_eur"])
            high = _euros_differ(row["r_max"], row["amount_eur_max"])
            if not (low or high):
                continue
            printed = _plain(row["r_value"]) + (f"-{_plain(row['r_max'])}" if row["r_max"] else "")
            stored = f"{row['amount_eur']}" + (
                f"-{row['amount_eur_max']}" if row["amount_eur_max"] is not None else ""
            )
            _amount_error(
                result,
                state,
                row,
                self.code,
                "amount_eur" if low else "amount_eur_max",
                f"quote {row['quote']!r} reads {printed}, the package stores {stored}",
            )


def _maybe_differ(read: str, stored: str) -> pl.Expr:
    """False where the reading and the stored euros are both missing (``_euros_differ``
    says they agree: most amounts have no upper bound, and passing those on cost a Python
    loop over every amount), or both there and, as floats, within a quarter euro (floats
    are exact to far less than that below 10**14 euros)."""
    one_missing = pl.col(read).is_null() != pl.col(stored).is_null()
    both = pl.col(read).is_not_null() & pl.col(stored).is_not_null()
    near = (
        (pl.col(read).cast(pl.Float64, strict=False) - pl.col(stored).cast(pl.Float64)).abs()
        <= 0.25
    ) & (pl.col(stored).abs() < 10**14)
    return one_missing | (both & ~near.fill_null(False))


def _plain(value: str | None) -> str:
    """A reading as a plain number: 87000000, 2.5."""
    if value is None:
        return ""
    number = Decimal(value)
    return str(number.quantize(Decimal(1))) if number == number.to_integral() else str(number)


class AmountScale(Check):
    """An amount's ``scale`` is the scale word its quote prints, when it prints one."""

    code = "amount-scale"

    def run(self, data: PackageData, result: LayerResult, state: _State) -> None:
        for row in _misread(data, state, "scale"):
            _amount_error(
                result,
                state,
                row,
                self.code,
                "scale",
                f"quote {row['quote']!r} prints scale {row['r_scale']}, the package stores "
                f"{row['scale']}",
            )


def _scale_words(exponent: int) -> re.Pattern[str]:
    """What prints the scale of ``exponent`` on the line an amount's ``scale_line`` names:
    a scale word the strict reader knows (``SCALE_EXPONENT``: "mln", "mlrd", "billion"; a
    plural too, "miljoenen"; a whole word the tail of a compound too, "honderdduizend", an
    abbreviation never after a letter, "ABN" is no "bn"), a prefix glued to the
    currency in its case (``PREFIX_SCALE``: "k€", "MEUR"), or the factor printed as a figure
    with no further digits after it ("x € 1.000"; "1.000" is no "1.000.000"). A note ("(bedragen
    in miljoenen euro)") or a whole printing its scale ("€ 750 miljard, waarvan € 6,1")."""
    words = sorted((w for w, e in SCALE_EXPONENT.items() if e == exponent and len(w) > 1), key=len)
    short = [w for w in words if len(w) <= 4]
    marks = [r"\b1" + r"[.\xa0 ]?000" * (exponent // 3) + r"(?![.,\xa0 ]?\d)"]
    marks += [w for w in words if len(w) > 4]
    if short:
        marks.append(rf"(?<![^\W\d_])(?:{'|'.join(short)})")
    prefixes = "".join(p for p, name in PREFIX_SCALE.items() if SCALE_EXPONENT[name] == exponent)
    if prefixes:
        marks.append(rf"\b(?-i:[{prefixes}](?:€|EUR\b))")
    return re.compile("|".join(marks), re.IGNORECASE)


#: What prints each scale an amount's unit may come from (``_scale_words``), by the
#: package's name for it.
SCALE_WORDS = {
    name: _scale_words(exponent) for exponent, name in SCALE_NAMES.items() if 3 <= exponent <= 9
}


class AmountScaleLine(Check):
    """An amount's ``scale_line`` prints the scale word of its ``scale`` (on that line or
    the next, a note wrapping once): the line the unit was read from is where it stands."""

    code = "scale-line"

    def run(self, data: PackageData, result: LayerResult, state: _State) -> None:
        paths = state.paths
        amounts = data.typed("amounts")
        if "scale_line" not in amounts.columns:
            return
        frame = amounts.filter(
            pl.col("scale_line").is_not_null()
            & pl.col("scale").is_in(list(SCALE_WORDS))
            & pl.col("document_id").is_in(list(paths))
        ).select("_row", data.key_of("amounts").alias("key"), "document_id", "scale", "scale_line")
        result.checked["amount scale lines"] = frame.height
        frame = state.lines.attach(frame, line="scale_line")
        for row in frame.sort("_row").iter_rows(named=True):
            window = row["window"]
            if window is not None and SCALE_WORDS[row["scale"]].search(window):
                continue
            line = row["scale_line"]
            read = "is not in the source" if window is None else f"reads {row['line_text']!r}"
            result.error(
                self.code,
                f"scale_line {line} prints no {row['scale']} scale word: the line {read}",
                field="scale_line",
                resource="amounts",
                row=row["_row"],
                key=row["key"],
                source_path=paths[row["document_id"]],
                source_line=line,
            )


class AmountCurrency(Check):
    """An amount's ``currency`` is the currency its quote names, when it names one: a
    dollar amount is never stored as euros."""

    code = "amount-currency"

    def run(self, data: PackageData, result: LayerResult, state: _State) -> None:
        if "currency" not in data.raw("amounts").columns:
            return
        for row in _misread(data, state, "currency"):
            _amount_error(
                result,
                state,
                row,
                self.code,
                "currency",
                f"quote {row['quote']!r} is in {row['r_currency']}, the package stores "
                f"{row['currency']}",
            )


class CellText(Check):
    """Each table cell's printed text stands at its line and column."""

    code = "cell-text"

    def run(self, data: PackageData, result: LayerResult, state: _State) -> None:
        paths, sources = state.paths, state.sources
        tables = data.raw("tables").select("table_id", "document_id")
        cells = (
            data.typed("table_cells")
            .select(
                "_row",
                data.key_of("table_cells").alias("key"),
                "table_id",
                "line",
                "column",
                "value_text",
            )
            .join(tables, on="table_id", how="left")
            .filter(pl.col("document_id").is_in(list(paths)))
            .drop_nulls(["line", "column", "value_text"])
        )
        result.checked["table_cells texts"] = cells.height
        suspect = state.lines.attach(cells).filter(~_stands_at("value_text")).sort("_row")
        for row, key, line, column, text, doc_id in suspect.select(
            "_row", "key", "line", "column", "value_text", "document_id"
        ).iter_rows():
            source = sources[doc_id]
            if source.at(line, column, len(text)) == text:
                continue
            printed = source.lines[line - 1] if 1 <= line <= len(source.lines) else ""
            result.error(
                self.code,
                f"cell text {text!r} is not at line {line} column {column} "
                f"(the line reads {printed.strip()[:80]!r})",
                resource="table_cells",
                row=row,
                key=key,
                field="value_text",
                source_path=paths[doc_id],
                source_line=line,
            )


def _cell_readings(texts: pl.Series) -> pl.DataFrame:
    """The strict reading of each distinct cell text (value as text, null for n.v.t.)."""
    values, unread = [], []
    for text in texts:
        try:
            number = read_table_number(text)
        except Unreadable:
            values.append(None)
            unread.append(True)
            continue
        values.append(None if number.value is None else str(number.value))
        unread.append(False)
    return pl.DataFrame(
        {"value_text": texts, "r_value": values, "r_unread": unread},
        schema={"value_text": pl.Utf8, "r_value": pl.Utf8, "r_unread": pl.Boolean},
    )


class CellValue(Check):
    """A table cell's value is the number its printed text shows, read strictly (none for
    ``n.v.t.`` or ``...``; none or 0 for a lone dash)."""

    code = "cell-value"

    def run(self, data: PackageData, result: LayerResult, state: _State) -> None:
        cells = (
            data.typed("table_cells")
            .select("_row", data.key_of("table_cells").alias("key"), "value", "value_text", "line")
            .filter(pl.col("value_text").is_not_null())
        )
        readings = _cell_readings(cells["value_text"].unique(maintain_order=True))
        cells = cells.join(readings, on="value_text", how="left")
        _unread(result, "cell texts", cells.filter("r_unread")["value_text"].unique().to_list())
        read = cells.filter(~pl.col("r_unread"))
        result.checked["cell texts read strictly"] = read.height
        as_number = pl.col("r_value").cast(pl.Float64)
        suspect = read.filter(
            ~(
                (pl.col("value").is_null() & pl.col("r_value").is_null())
                | ((pl.col("value") - as_number).abs() <= 1e-9 * as_number.abs().clip(1.0))
            )
        )
        for row in suspect.sort("_row").iter_rows(named=True):
            text, value = row["value_text"], row["value"]
            if row["r_value"] is None and value == 0 and text.strip() in "-–‒−":
                continue  # a lone dash printed for nil
            reads = "no number" if row["r_value"] is None else _plain(row["r_value"])
            result.error(
                self.code,
                f"cell prints {text!r} (reads {reads}) but stores value {value}",
                resource="table_cells",
                row=row["_row"],
                key=row["key"],
                field="value",
                source_line=row["line"],
            )


class CellEuros(Check):
    """A table cell's euros (``value_eur``, where the package has it) are its value times
    its scale factor."""

    code = "cell-euros"

    def run(self, data: PackageData, result: LayerResult, state: _State) -> None:
        if "value_eur" not in data.raw("table_cells").columns:
            return
        cells = data.typed("table_cells").filter(pl.col("unit") == "EUR")
        product = pl.col("value") * pl.col("scale_factor")
        suspect = cells.filter(
            ~(
                (pl.col("value_eur").is_null() & pl.col("value").is_null())
                | ((pl.col("value_eur") - product).abs() <= 0.005)
            )
        ).select(
            "_row",
            data.key_of("table_cells").alias("key"),
            "value",
            "scale_factor",
            "value_eur",
            "line",
        )
        result.checked["cell euros"] = cells.height
        for row, key, value, factor, stored, line in suspect.sort("_row").iter_rows():
            result.error(
                self.code,
                f"value {value} x scale {factor} is not the value_eur {stored} stored",
                resource="table_cells",
                row=row,
                key=key,
                field="value_eur",
                source_line=line,
            )


class ScaleText(Check):
    """A table's scale note stands on the line it was read from."""

    code = "scale-text"

    def run(self, data: PackageData, result: LayerResult, state: _State) -> None:
        paths = state.paths
        tables = data.typed("tables").filter(
            pl.col("scale_text").is_not_null()
            & pl.col("scale_line").is_not_null()
            & pl.col("document_id").is_in(list(paths))
        )
        tables = (
            state.lines.attach(
                tables.select(
                    "_row",
                    "table_id",
                    "document_id",
                    "scale_text",
                    pl.col("scale_line").alias("line"),
                )
            )
            .filter(
                ~pl.col("line_text").fill_null("").str.contains(pl.col("scale_text"), literal=True)
            )
            .sort("_row")
        )
        for row, table_id, doc_id, text, line in tables.select(
            "_row", "table_id", "document_id", "scale_text", "line"
        ).iter_rows():
            result.error(
                self.code,
                f"scale text {text!r} is not on line {line}",
                resource="tables",
                row=row,
                key=table_id,
                field="scale_text",
                source_path=paths[doc_id],
                source_line=line,
            )


class TableScale(Check):
    """A money table's scale factor is the one its scale note prints ("x € 1 mln" is
    1.000.000)."""

    code = "table-scale"

    def run(self, data: PackageData, result: LayerResult, state: _State) -> None:
        tables = data.typed("tables").filter(
            (pl.col("unit") == "EUR") & pl.col("scale_text").is_not_null()
        )
        unread = []
        for row, table_id, text, factor, line in tables.select(
            "_row", "table_id", "scale_text", "scale_factor", "scale_line"
        ).iter_rows():
            try:
                printed = read_scale_note(text)
            except Unreadable:
                unread.append(text)
                continue
            if printed != factor:
                result.error(
                    self.code,
                    f"scale note {text!r} prints a factor of {printed}, the package stores "
                    f"{factor}",
                    resource="tables",
                    row=row,
                    key=table_id,
                    field="scale_factor",
                    source_line=line,
                )
        result.checked["scale notes read strictly"] = tables.height - len(unread)
        _unread(result, "scale notes", unread)


CHECKS: tuple[type[Check], ...] = (
    SourceFiles,
    QuoteStands,
    AmountValue,
    AmountScale,
    AmountScaleLine,
    AmountCurrency,
    CellText,
    CellValue,
    CellEuros,
    ScaleText,
    TableScale,
)


def run(data: PackageData) -> LayerResult:
    with without_cycle_collection():
        return run_checks(NAME, CHECKS, data, _State())
