"""Layer 3, provenance: every stored number points at the exact source text it came from.

Each document's source file must have the sha256 the package records; each amount's and
reference's quote must stand at its line and column; parsing an amount's quote with the
money parser must give the stored euros; each table cell's printed text must be on its
line. Per document, the checks run over plain offsets, so a million amounts take seconds.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import polars as pl

from budgetkit.extract.money import parse_quote
from budgetkit.sources import SourceDocument
from budgetkit.validate.loader import PackageData
from budgetkit.validate.report import LayerResult

NAME = "provenance"


class _Source:
    """One source text as the package sees it: its lines and where each line starts."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = text.split("\n")
        starts = [0]
        for line in self.lines[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        self.starts = starts

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


def _documents(data: PackageData, result: LayerResult) -> dict[str, tuple[_Source, str]]:
    """Check each document's file and hash; return the readable ones by document_id."""
    sources = {}
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
        source = _Source(text)
        lines = SourceDocument(doc_id, path, source_path, {}, text, digest).line_count
        if line_count and line_count.isdigit() and int(line_count) != lines:
            result.error(
                "line-count",
                f"{source_path} has {lines} lines, the package records {line_count}",
                field="line_count",
                **where,
            )
        sources[doc_id] = (source, source_path)
    result.checked["documents"] = docs.height
    return sources


@lru_cache(maxsize=200_000)
def _parsed(quote: str, scale: str | None) -> tuple[int, int | None] | str:
    try:
        return parse_quote(quote, scale)
    except ValueError as exc:
        return str(exc)


def _quotes(
    data: PackageData,
    result: LayerResult,
    name: str,
    sources: dict[str, tuple[_Source, str]],
    parse: bool,
) -> None:
    """Each row's quote stands at its (line, column); with ``parse``, it gives its euros."""
    extra = ["scale", "amount_eur", "amount_eur_max"] if parse else []
    frame = data.typed(name).select(
        "_row", data.key_of(name).alias("key"), "document_id", "line", "column", "quote", *extra
    )
    checked = 0
    for doc_id, group in frame.group_by("document_id", maintain_order=True):
        if doc_id[0] not in sources:
            continue  # a missing document or a broken key is reported elsewhere
        source, source_path = sources[doc_id[0]]
        for row in group.iter_rows(named=True):
            checked += 1
            line, column, quote = row["line"], row["column"], row["quote"]
            where = {
                "resource": name,
                "row": row["_row"],
                "key": row["key"],
                "source_path": source_path,
                "source_line": line,
            }
            if line is None or column is None or quote is None:
                continue  # type and required errors belong to structure and contracts
            found = source.at(line, column, len(quote))
            if found != quote:
                near = source.find_near(quote, line)
                hint = f"; it stands at line {near}" if near else "; it is not near that line"
                result.error(
                    "quote",
                    f"quote {quote!r} is not at line {line} column {column} "
                    f"(the source reads {found!r}){hint}",
                    field="quote",
                    **where,
                )
                continue
            if parse:
                _check_parse(result, row, where)
    result.checked[f"{name} quotes"] = checked


def _check_parse(result: LayerResult, row: dict, where: dict) -> None:
    parsed = _parsed(row["quote"], row["scale"])
    if isinstance(parsed, str):
        result.error("parse", f"quote does not parse as money: {parsed}", field="quote", **where)
        return
    amount, maximum = parsed
    if (amount, maximum) != (row["amount_eur"], row["amount_eur_max"]):
        result.error(
            "parse",
            f"quote {row['quote']!r} parses to {amount}"
            + (f"-{maximum}" if maximum is not None else "")
            + f" euros, the package stores {row['amount_eur']}"
            + (f"-{row['amount_eur_max']}" if row["amount_eur_max"] is not None else ""),
            field="amount_eur",
            **where,
        )


def _cells(data: PackageData, result: LayerResult, sources: dict[str, tuple[_Source, str]]) -> None:
    """Each table cell's printed text stands at its line and column."""
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
    )
    checked = 0
    for row, key, _table, line, column, text, doc_id in cells.iter_rows():
        if doc_id not in sources or line is None or column is None or text is None:
            continue
        checked += 1
        source, source_path = sources[doc_id]
        found = source.at(line, column, len(text))
        if found != text:
            printed = source.lines[line - 1] if 1 <= line <= len(source.lines) else ""
            result.error(
                "cell-text",
                f"cell text {text!r} is not at line {line} column {column} "
                f"(the line reads {printed.strip()[:80]!r})",
                resource="table_cells",
                row=row,
                key=key,
                field="value_text",
                source_path=source_path,
                source_line=line,
            )
    result.checked["table_cells texts"] = checked


_PRINTED_NUMBER = re.compile(
    r"^[-–]?\s*\d{1,3}(?:\.\d{3})*(?:,\d+)?\s*%?$|^[-–]?\s*\d+(?:,\d+)?\s*%?$"
)


def printed_value(text: str) -> float | None:
    """The number a table cell prints ("1.124.145", "6,75%", "-12,5"), or None for a dash."""
    text = text.strip()
    if not _PRINTED_NUMBER.match(text):
        return None
    sign = -1 if text[0] in "-–" else 1
    digits = text.lstrip("-–").replace("%", "").replace(".", "").replace(",", ".").strip()
    return sign * float(digits)


def _values(data: PackageData, result: LayerResult) -> None:
    """A cell's value is the number its printed text shows."""
    cells = data.typed("table_cells").select(
        "_row", data.key_of("table_cells").alias("key"), "value", "value_text", "line"
    )
    for row, key, value, text, line in cells.iter_rows():
        if text is None:
            continue
        printed = printed_value(text)
        if printed is None or (
            value is not None and abs(value - printed) <= 1e-9 * max(1, abs(printed))
        ):
            continue
        result.error(
            "cell-value",
            f"cell prints {text!r} but stores value {value}",
            resource="table_cells",
            row=row,
            key=key,
            field="value",
            source_line=line,
        )


def _scales(
    data: PackageData, result: LayerResult, sources: dict[str, tuple[_Source, str]]
) -> None:
    """A table's scale text stands on the line it was read from."""
    tables = data.typed("tables").filter(pl.col("scale_text").is_not_null())
    for row, table_id, doc_id, text, line in tables.select(
        "_row", "table_id", "document_id", "scale_text", "scale_line"
    ).iter_rows():
        if doc_id not in sources or line is None:
            continue
        source, source_path = sources[doc_id]
        printed = source.lines[line - 1] if 1 <= line <= len(source.lines) else ""
        if text not in printed:
            result.error(
                "scale-text",
                f"scale text {text!r} is not on line {line}",
                resource="tables",
                row=row,
                key=table_id,
                field="scale_text",
                source_path=source_path,
                source_line=line,
            )


def run(data: PackageData) -> LayerResult:
    result = LayerResult(NAME)
    sources = _documents(data, result)
    _quotes(data, result, "amounts", sources, parse=True)
    _quotes(data, result, "references", sources, parse=False)
    _cells(data, result, sources)
    _values(data, result)
    _scales(data, result, sources)
    return result
