"""Layer 3, provenance: every stored number points at the exact source text it came from.

Each document's source file must have the sha256 the package records; each amount's and
reference's quote must stand at its line and column; parsing an amount's quote with the
money parser must give the stored euros; each table cell's printed text must be on its
line. Per document, the checks run over plain offsets, so a million amounts take seconds.
"""

from __future__ import annotations

import hashlib
import itertools
import re

import polars as pl

from budgetkit.extract.money import parse_quote
from budgetkit.validate.loader import PackageData
from budgetkit.validate.report import LayerResult

NAME = "provenance"


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


def _documents(data: PackageData, result: LayerResult) -> dict[str, tuple[str, str]]:
    """Check each document's file and hash; return the readable texts by document_id."""
    texts = {}
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
        texts[doc_id] = (text, source_path)
    result.checked["documents"] = docs.height
    return texts


class _Lines:
    """Every line of every readable text, split in polars, so a million rows are checked
    by gathering their lines, not by a Python loop.

    ``table`` holds, in document order, ``line_text`` and ``window`` (the text from the
    line's start through the next line: a quote may wrap once); ``starts`` gives each
    document's first row in it and its number of lines.
    """

    def __init__(self, texts: dict[str, tuple[str, str]]) -> None:
        docs = pl.DataFrame(
            {"document_id": list(texts), "text": [text for text, _ in texts.values()]},
            schema={"document_id": pl.Utf8, "text": pl.Utf8},
        ).select("document_id", pl.col("text").str.split("\n").alias("line_text"))
        counts = docs.select("document_id", pl.col("line_text").list.len().cast(pl.Int64))
        self.starts = counts.select(
            "document_id",
            (pl.col("line_text").cum_sum() - pl.col("line_text")).alias("_first"),
            pl.col("line_text").alias("_count"),
        )
        lines = docs.explode("line_text")
        same_doc = pl.col("document_id").shift(-1) == pl.col("document_id")
        self.table = lines.select(
            "line_text",
            pl.when(same_doc)
            .then(pl.concat_str("line_text", pl.col("line_text").shift(-1), separator="\n"))
            .otherwise(pl.col("line_text"))
            .alias("window"),
        ).rechunk()

    def attach(self, frame: pl.DataFrame, line: str = "line") -> pl.DataFrame:
        """``frame`` with the ``line_text`` and ``window`` of its (document_id, ``line``),
        null where the line is not in the text."""
        frame = frame.join(self.starts, on="document_id", how="left")
        number = pl.col(line)
        index = frame.select(
            pl.when((number >= 1) & (number <= pl.col("_count")))
            .then(pl.col("_first") + number - 1)
            .cast(pl.Int64)
        ).to_series()
        picked = self.table.select(pl.all().gather(index))
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
    """``_Source`` objects built on demand: only documents with a suspect row need one."""

    def __init__(self, texts: dict[str, tuple[str, str]]) -> None:
        self.texts = texts
        self.built: dict[str, _Source] = {}

    def __getitem__(self, doc_id: str) -> _Source:
        if doc_id not in self.built:
            self.built[doc_id] = _Source(self.texts[doc_id][0])
        return self.built[doc_id]


def _parse_table(frame: pl.DataFrame) -> pl.DataFrame:
    """``parse_quote`` once per distinct (quote, scale): euros, maximum or the parse error."""
    pairs = frame.select("quote", "scale").unique()
    amounts, maxima, problems = [], [], []
    for quote, scale in pairs.iter_rows():
        try:
            amount, maximum = parse_quote(quote, scale)
        except ValueError as exc:
            amount, maximum, problem = None, None, str(exc)
        else:
            problem = None
        amounts.append(amount)
        maxima.append(maximum)
        problems.append(problem)
    return pairs.with_columns(
        pl.Series("p_amount", amounts, dtype=pl.Int64),
        pl.Series("p_max", maxima, dtype=pl.Int64),
        pl.Series("p_problem", problems, dtype=pl.Utf8),
    )


def _quotes(
    data: PackageData,
    result: LayerResult,
    name: str,
    texts: dict[str, tuple[str, str]],
    lines: _Lines,
    sources: _Sources,
    parse: bool,
) -> None:
    """Each row's quote stands at its (line, column); with ``parse``, it gives its euros."""
    extra = ["scale", "amount_eur", "amount_eur_max"] if parse else []
    frame = data.typed(name).select(
        "_row", data.key_of(name).alias("key"), "document_id", "line", "column", "quote", *extra
    )
    # A missing document or a broken key is reported elsewhere.
    frame = frame.filter(pl.col("document_id").is_in(list(texts)))
    result.checked[f"{name} quotes"] = frame.height
    # Type and required errors belong to structure and contracts.
    frame = frame.drop_nulls(["line", "column", "quote"])
    frame = lines.attach(frame).with_columns(_stands_at("quote").alias("ok"))
    errors = []
    for row in frame.filter(~pl.col("ok")).sort("_row").iter_rows(named=True):
        line, column, quote = row["line"], row["column"], row["quote"]
        source = sources[row["document_id"]]
        found = source.at(line, column, len(quote))
        if found == quote:
            continue  # a quote over more than two lines; it stands, its parse is below
        near = source.find_near(quote, line)
        hint = f"; it stands at line {near}" if near else "; it is not near that line"
        errors.append(
            (
                row,
                "quote",
                f"quote {quote!r} is not at line {line} column {column} "
                f"(the source reads {found!r}){hint}",
                "quote",
            )
        )
    if parse:
        moved = [row["_row"] for row, *_ in errors]
        standing = frame.filter(~pl.col("_row").is_in(moved))
        errors.extend(_parse_errors(standing))
    for row, check, message, field in sorted(errors, key=lambda e: e[0]["_row"]):
        result.error(
            check,
            message,
            field=field,
            resource=name,
            row=row["_row"],
            key=row["key"],
            source_path=texts[row["document_id"]][1],
            source_line=row["line"],
        )


def _parse_errors(frame: pl.DataFrame) -> list[tuple[dict, str, str, str]]:
    """Rows whose quote does not parse, or parses to other euros than the row stores."""
    parsed = frame.join(_parse_table(frame), on=["quote", "scale"], how="left", nulls_equal=True)
    wrong = parsed.filter(
        pl.col("p_problem").is_not_null()
        | ~pl.col("p_amount").eq_missing(pl.col("amount_eur"))
        | ~pl.col("p_max").eq_missing(pl.col("amount_eur_max"))
    )
    errors = []
    for row in wrong.iter_rows(named=True):
        if row["p_problem"] is not None:
            message = f"quote does not parse as money: {row['p_problem']}"
        else:
            amount, maximum = row["p_amount"], row["p_max"]
            message = (
                f"quote {row['quote']!r} parses to {amount}"
                + (f"-{maximum}" if maximum is not None else "")
                + f" euros, the package stores {row['amount_eur']}"
                + (f"-{row['amount_eur_max']}" if row["amount_eur_max"] is not None else "")
            )
        errors.append((row, "parse", message, "quote" if row["p_problem"] else "amount_eur"))
    return errors


def _cells(
    data: PackageData,
    result: LayerResult,
    texts: dict[str, tuple[str, str]],
    lines: _Lines,
    sources: _Sources,
) -> None:
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
        .filter(pl.col("document_id").is_in(list(texts)))
        .drop_nulls(["line", "column", "value_text"])
    )
    result.checked["table_cells texts"] = cells.height
    suspect = lines.attach(cells).filter(~_stands_at("value_text")).sort("_row")
    for row, key, line, column, text, doc_id in suspect.select(
        "_row", "key", "line", "column", "value_text", "document_id"
    ).iter_rows():
        source = sources[doc_id]
        if source.at(line, column, len(text)) == text:
            continue
        printed = source.lines[line - 1] if 1 <= line <= len(source.lines) else ""
        result.error(
            "cell-text",
            f"cell text {text!r} is not at line {line} column {column} "
            f"(the line reads {printed.strip()[:80]!r})",
            resource="table_cells",
            row=row,
            key=key,
            field="value_text",
            source_path=texts[doc_id][1],
            source_line=line,
        )


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


def _printed_expr(text: pl.Expr) -> pl.Expr:
    """``printed_value`` as a polars expression (null where it gives None)."""
    text = text.str.strip_chars()
    sign = pl.when(text.str.starts_with("-") | text.str.starts_with("–")).then(-1.0).otherwise(1.0)
    digits = (
        text.str.strip_chars_start("-–")
        .str.replace_all("%", "", literal=True)
        .str.replace_all(".", "", literal=True)
        .str.replace_all(",", ".", literal=True)
        .str.strip_chars()
        .cast(pl.Float64, strict=False)
    )
    return pl.when(text.str.contains(_PRINTED_NUMBER.pattern)).then(sign * digits)


def _values(data: PackageData, result: LayerResult) -> None:
    """A cell's value is the number its printed text shows."""
    printed = _printed_expr(pl.col("value_text"))
    suspect = (
        data.typed("table_cells")
        .select("_row", data.key_of("table_cells").alias("key"), "value", "value_text", "line")
        .filter(
            printed.is_not_null()
            & (
                pl.col("value").is_null()
                | (
                    (pl.col("value") - printed).abs()
                    > 1e-9 * pl.max_horizontal(pl.lit(1.0), printed.abs())
                )
            )
        )
        .sort("_row")
    )
    for row, key, value, text, line in suspect.iter_rows():
        printed_number = printed_value(text)  # the row-wise rule has the last word
        if printed_number is None or (
            value is not None and abs(value - printed_number) <= 1e-9 * max(1, abs(printed_number))
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
    data: PackageData,
    result: LayerResult,
    texts: dict[str, tuple[str, str]],
    lines: _Lines,
) -> None:
    """A table's scale text stands on the line it was read from."""
    tables = data.typed("tables").filter(
        pl.col("scale_text").is_not_null()
        & pl.col("scale_line").is_not_null()
        & pl.col("document_id").is_in(list(texts))
    )
    tables = (
        lines.attach(
            tables.select(
                "_row", "table_id", "document_id", "scale_text", pl.col("scale_line").alias("line")
            )
        )
        .filter(~pl.col("line_text").fill_null("").str.contains(pl.col("scale_text"), literal=True))
        .sort("_row")
    )
    for row, table_id, doc_id, text, line in tables.select(
        "_row", "table_id", "document_id", "scale_text", "line"
    ).iter_rows():
        result.error(
            "scale-text",
            f"scale text {text!r} is not on line {line}",
            resource="tables",
            row=row,
            key=table_id,
            field="scale_text",
            source_path=texts[doc_id][1],
            source_line=line,
        )


def run(data: PackageData) -> LayerResult:
    result = LayerResult(NAME)
    texts = _documents(data, result)
    lines = _Lines(texts)
    sources = _Sources(texts)
    _quotes(data, result, "amounts", texts, lines, sources, parse=True)
    _quotes(data, result, "references", texts, lines, sources, parse=False)
    _cells(data, result, texts, lines, sources)
    _values(data, result)
    _scales(data, result, texts, lines)
    return result
