"""Layer 4, totals: do the documents' own sums hold? A miss is a source finding.

Four rules, all within printed precision: a table row with sub-rows equals their sum in
every column (``table_sum``); a "Totaal" column equals the sum of its row's year columns
(``table_total_column``); a prose figure that restates a table cell agrees with it
(``prose_vs_table``); and a total followed by "waarvan", "hiervan" or "Dit betreft" equals
the parts the text names (``prose_decomposition``). A table sum that misses by no more than
half a printed unit per figure is rounding (``sums``): counted and listed in the report,
not a finding. The package is not wrong when these fail, the document is: they never block.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import polars as pl

from budgetkit.cyclegc import without_cycle_collection
from budgetkit.validate.check import Check, run_checks
from budgetkit.validate.config import Tolerances
from budgetkit.validate.figures import AMOUNT_FIELDS, Figure, Precision, euros, zero
from budgetkit.validate.loader import PackageData
from budgetkit.validate.report import LayerResult
from budgetkit.validate.sourcetext import read_source, source_paths
from budgetkit.validate.sums import HOLDS, MICRO, ROUNDING, parent_sums, verdict, with_precision

NAME = "totals"
_NUMBERING = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+")
_PARENTHESES = re.compile(r"\([^()]*\)")
_QUOTES = ("\u2019", "\u2018", "\u00b4")
#: "-en" after two word characters, at a word's end; the literal "en" leads so the regex
#: engine skips to each "en" instead of trying every position of a sentence.
_PLURAL = re.compile(r"en(?<=\w\wen)(?!\w)")
#: A sentence ends after ".", "!" or "?" before white space and a capital, a bullet or a
#: dash, and at a bullet. Every match is one character, the class first: the regex engine
#: skips to each such character instead of trying every place of a text.
_SENTENCE_END = re.compile(r"[.!?•](?:(?<=•)|(?=\s+[A-Z•–]))")


@dataclass
class _Settings:
    """The steward's tolerances, read once for all the layer's rules."""

    tolerances: Tolerances
    precision: Precision = field(init=False)
    units: list[str] = field(init=False)
    per_figure: float = field(init=False)
    total_labels: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.precision = Precision(self.tolerances)
        self.units = self.tolerances.get("totals", "additive_units")
        self.per_figure = float(self.tolerances.get("totals", "rounding_per_figure"))
        self.total_labels = [
            label.lower() for label in self.tolerances.get("totals", "total_column_labels")
        ]


def amounts_once(data: PackageData, columns: tuple[str, ...] | None = None) -> pl.DataFrame:
    """Euro amounts, one per place in a document: two rows for one quote are a data error
    (reported by the expectations layer), not two figures for the sums to count twice.

    Money in another currency is never summed with or compared to euros. A year the
    extractor took from the context (``year_source`` = context) is not stated by the
    text: the checks read such an amount as yearless, as they always have.

    ``columns``: only these, picked before the places are made unique (the same rows are
    kept whatever else a row holds), so a rule never copies the whole resource: at a
    million amounts ~600 MB and a third of a CPU second a copy."""
    amounts = data.typed("amounts")
    if columns is not None:
        filters = [name for name in ("currency", "year_source") if name in amounts.columns]
        place = ["document_id", "line", "column"]
        amounts = amounts.select(*dict.fromkeys([*columns, *place, *filters]))
    amounts = amounts.unique(
        subset=["document_id", "line", "column"], keep="first", maintain_order=True
    )
    if "currency" in amounts.columns:
        amounts = amounts.filter(pl.col("currency").fill_null("EUR") == "EUR")
    if "year_source" in amounts.columns:
        context = pl.col("year_source").fill_null("") == "context"
        amounts = amounts.with_columns(
            pl.when(context).then(None).otherwise(pl.col(name)).alias(name)
            for name in ("year_from", "year_to")
            if name in amounts.columns
        )
    return amounts if columns is None else amounts.select(columns)


def _tables(data: PackageData) -> dict[str, dict[str, Any]]:
    return {row["table_id"]: row for row in data.typed("tables").iter_rows(named=True)}


def _caption(table: dict[str, Any]) -> str:
    number = f"Tabel {table['number']}" if table.get("number") else table["title"][:60]
    return f"{number} ({table['document_id']})"


def _cells(data: PackageData, units: list[str]) -> pl.DataFrame:
    """Cells with a value in an additive unit (a cell's own unit: a money table may hold a
    row of percentages), with their table's document."""
    return _additive(data, units).filter(pl.col("value").is_not_null())


def _additive(data: PackageData, units: list[str]) -> pl.DataFrame:
    """Cells in an additive unit, figures or not (a header row prints none)."""
    tables = data.typed("tables").select("table_id", "document_id")
    return (
        data.typed("table_cells")
        .join(tables, on="table_id", how="inner")
        .filter(pl.col("unit").is_in(units))
    )


def _finding(
    check: str, table: dict[str, Any], cell: dict[str, Any], parts: Figure, total: Figure, msg: str
) -> dict[str, Any]:
    return {
        "check": check,
        "document_id": table["document_id"],
        "line": cell["line"],
        "table_id": table["table_id"],
        "row_id": cell["row_id"],
        "year": cell["year"],
        "expected": parts.value,
        "actual": total.value,
        "difference": total.value - parts.value,
        "tolerance": total.half_unit + parts.half_unit,
        "message": msg,
    }


def _in_euros(frame: pl.DataFrame) -> pl.DataFrame:
    """A relation's figures (millionths of the table's unit) in euros, or in units for a
    count."""
    factor = pl.when(pl.col("unit") == "EUR").then(pl.col("scale_factor")).otherwise(1)
    return frame.with_columns(
        (pl.col(name).cast(pl.Float64) / MICRO * factor).alias(name)
        for name in ("total", "parts", "difference", "tolerance")
    )


def _report_relations(
    result: LayerResult,
    tables: dict[str, dict[str, Any]],
    relations: pl.DataFrame,
    check: str,
    describe,
) -> None:
    """Source errors become findings; rounding is counted and listed in the report."""
    result.checked[f"{check} relations"] = relations.height
    result.checked[f"{check} relations off by rounding"] = relations.filter(
        pl.col("verdict") == ROUNDING
    ).height
    wrong = relations.filter(pl.col("verdict") != HOLDS).sort("table_id", "row_order", "column")
    for cell in _in_euros(wrong).iter_rows(named=True):
        table = tables[cell["table_id"]]
        parts = Figure(cell["parts"], 0.0, 0.0, 0.0)
        total = Figure(cell["total"], 0.0, 0.0, cell["tolerance"])
        entry = _finding(check, table, cell, parts, total, describe(table, cell))
        if cell["verdict"] == ROUNDING:
            result.rounding.append(entry)
        else:
            result.findings.append(entry)


class TableSum(Check):
    """A table row with sub-rows prints the sum of its summand rows in every column, within
    half a printed unit per figure; "waarvan" rows are parts, not summands."""

    code = "table_sum"
    finding = True

    def run(self, data: PackageData, result: LayerResult, state: _Settings) -> None:
        cells = _additive(data, state.units)
        relations = parent_sums(cells, state.per_figure).join(
            cells.unique(["table_id", "row_id", "column_label"], keep="first"),
            on=["table_id", "row_id", "column_label"],
            how="left",
        )

        def describe(table: dict[str, Any], cell: dict[str, Any]) -> str:
            return (
                f'In {_caption(table)} the row "{cell["row_label"]}" prints '
                f"{_money(cell['total'], table)} for {cell['column_label']} "
                f"(line {cell['line']}), but its {cell['parts_count']} sub-rows add up to "
                f"{_money(cell['parts'], table)}."
            )

        _report_relations(result, _tables(data), relations, self.code, describe)


class TotalColumn(Check):
    """A "Totaal" column prints the sum of its row's year columns, within half a printed
    unit per figure."""

    code = "table_total_column"
    finding = True

    def run(self, data: PackageData, result: LayerResult, state: _Settings) -> None:
        cells = with_precision(_cells(data, state.units), state.per_figure)
        label = pl.col("column_label").str.to_lowercase().str.strip_chars()
        is_total = pl.any_horizontal([label.str.starts_with(t) for t in state.total_labels])
        years = (
            cells.filter(pl.col("year").is_not_null() & ~is_total)
            .group_by("table_id", "row_id")
            .agg(
                pl.col("micro").sum().alias("parts"),
                pl.col("tol").sum().alias("tol_parts"),
                pl.len().alias("parts_count"),
                pl.col("year").min().alias("first"),
                pl.col("year").max().alias("last"),
            )
            .filter(pl.col("parts_count") >= 2)
        )
        difference = pl.col("micro") - pl.col("parts")
        tolerance = pl.col("tol") + pl.col("tol_parts")
        relations = (
            cells.filter(is_total)
            .join(years, on=["table_id", "row_id"], how="inner")
            .with_columns(
                pl.col("micro").alias("total"),
                difference.alias("difference"),
                tolerance.alias("tolerance"),
                verdict(difference, tolerance).alias("verdict"),
            )
        )

        def describe(table: dict[str, Any], cell: dict[str, Any]) -> str:
            return (
                f'In {_caption(table)} the "{cell["column_label"]}" of row '
                f'"{cell["row_label"]}" is {_money(cell["total"], table)} (line '
                f"{cell['line']}), but its years {cell['first']}-{cell['last']} add up to "
                f"{_money(cell['parts'], table)}."
            )

        _report_relations(result, _tables(data), relations, self.code, describe)


def _money(value: float, table: dict[str, Any]) -> str:
    """A figure already in euros (a money table) or in units (a count)."""
    return euros(value) if table["unit"] == "EUR" else f"{value:,.0f}".replace(",", ".")


def _label(text: str) -> str:
    """A row label or prose text folded for matching: no numbering, no "(regelingen)"-style
    remark, straight quotes, and "-en" plurals folded ("Bijdragen aan medeoverheden" and
    "Bijdrage aan medeoverheden" are one instrument)."""
    text = _PARENTHESES.sub(" ", _NUMBERING.sub("", text or ""))
    return _fold(text)


def _fold(text: str) -> str:
    for quote in _QUOTES:  # str.replace, many times faster than str.translate
        text = text.replace(quote, "'")
    text = " ".join(text.lower().split())
    return _PLURAL.sub("e", text)


#: Documents whose prose and tables are read together: enough to spread polars' cost per
#: call, few enough that the Python rows of one chunk stay small in a million-amount package.
_CHUNK_DOCUMENTS = 256

#: The cells whose namesakes may be summed (``_TableRows.label_sums``): one table, row label
#: (folded), level and column.
_SAME = ["table_id", "_label", "level", "column_label"]

#: The amounts columns the prose-vs-table rule reads.
_PROSE_FIELDS = (
    "document_id",
    "amount_id",
    "section_id",
    "sentence",
    "line",
    "column",
    "year_from",
    "first",
    "last",
    "opens_section",
    *AMOUNT_FIELDS,
)


def _prose_vs_table(data: PackageData, precision: Precision, tolerances: Tolerances, result):
    """Prose figures against the table cells they restate, a chunk of documents at a time
    (every match is within one document), so memory holds one chunk's rows, not the
    package's."""
    cells = _cells(data, ["EUR"])
    tables = _tables(data)
    headings = _Headings(data)
    once = amounts_once(
        data,
        (
            "document_id",
            "amount_id",
            "section_id",
            "sentence",
            "line",
            "column",
            "year_from",
            "year_to",
            *AMOUNT_FIELDS,
        ),
    )
    amounts = _with_years(data, once, tolerances).select(*dict.fromkeys(_PROSE_FIELDS))
    figures = once.select("document_id", "sentence", "section_id", "amount_id", *AMOUNT_FIELDS)
    # Each document's chunk number; every frame split by it once.
    chunks = (
        cells.select("document_id")
        .unique()
        .sort("document_id")
        .with_columns((pl.int_range(pl.len()) // _CHUNK_DOCUMENTS).alias("_chunk"))
    )

    def split(frame: pl.DataFrame) -> dict[Any, pl.DataFrame]:
        parts = frame.join(chunks, on="document_id", how="inner", maintain_order="left")
        return {
            key: part.drop("_chunk")
            for (key,), part in parts.partition_by(
                "_chunk", as_dict=True, maintain_order=True
            ).items()
        }

    by_cells, by_amounts, by_places = split(cells), split(amounts), split(figures)
    empty_amounts, empty_places = amounts.clear(), figures.clear()
    checked = 0
    for key in sorted(by_cells):
        checked += _prose_vs_table_chunk(
            precision,
            tolerances,
            result,
            by_cells.pop(key),
            by_amounts.pop(key, empty_amounts),
            by_places.pop(key, empty_places),
            tables,
            headings,
        )
    result.checked["prose figures matched to tables"] = checked


def _prose_vs_table_chunk(
    precision: Precision,
    tolerances: Tolerances,
    result: LayerResult,
    cells: pl.DataFrame,
    amounts: pl.DataFrame,
    places: pl.DataFrame,
    tables: dict[str, dict[str, Any]],
    headings: _Headings,
) -> int:
    window = float(tolerances.get("totals", "prose_vs_table_window"))
    min_length = int(tolerances.get("totals", "min_label_length"))
    vague = {_fold(label) for label in tolerances.get("totals", "vague_labels")}
    labels = tolerances.get("totals", "total_column_labels")
    cells = cells.with_row_index("_i").with_columns(pl.col("_i").cast(pl.Int64))
    folded = {text: _label(text) for text in cells["row_label"].unique().to_list()}
    named = {text: label for text, label in folded.items() if text is not None}
    label = pl.col("row_label").replace_strict(named, default=None).fill_null(_label(""))
    cells = cells.with_columns(label.alias("_label"))
    spans = _label_spans(cells, folded, min_length, vague, labels)
    amounts = (
        amounts.join(
            spans.select("document_id", "first", "last").unique(),
            on=["document_id", "first", "last"],
            how="semi",
        )
        .sort("document_id", "line", "column")
        .with_row_index("at")
        .with_columns(pl.col("at").cast(pl.Int64))
    )
    found = _labels_in_texts(_texts(amounts, headings), spans)
    at = found["at"].unique(maintain_order=True)
    checked = at.len()
    # Every candidate is judged in polars first; only a figure that may be a finding goes on
    # to the rows below, which say which cell it names.
    read = amounts.filter(pl.col("at").is_in(at.implode()))
    suspects = _suspects(precision, window, cells, read, found, places).implode()
    found = found.filter(pl.col("at").is_in(suspects))
    if found.is_empty():
        return checked
    named = cells.join(found.select("_i").unique(), on="_i", how="semi")
    rows = _TableRows(
        cells.join(named.select("table_id").unique(), on="table_id", how="semi"),
        cells.join(
            named.select(_SAME).unique(),
            on=_SAME,
            how="semi",
            nulls_equal=True,
            maintain_order="left",
        ),
        folded,
    )
    by_place: dict[int, list[int]] = {}
    for place, index in found.iter_rows():
        by_place.setdefault(place, []).append(index)
    disagree = []  # (amount, headings, its figure, the candidates' figures)
    for amount in amounts.filter(pl.col("at").is_in(suspects)).iter_rows(named=True):
        cells_found = [rows.cells[i] for i in by_place[amount["at"]]]
        candidates = cells_found + rows.label_sums(cells_found)
        stated = precision.of_amount(amount)
        figures = [(rows.figure(precision, c), c) for c in candidates]
        chain = headings.get(amount["section_id"], [])
        disagree.append((amount, chain, stated, figures))
    # The other amounts of a disagreeing figure's sentence and section, looked up for those
    # sentences and sections only.
    wanted = pl.DataFrame(
        [(a["document_id"], a["sentence"], a["section_id"]) for a, *_ in disagree],
        schema={"document_id": pl.Utf8, "sentence": pl.Utf8, "section_id": pl.Utf8},
        orient="row",
    )
    siblings = _rows_by(
        places.join(wanted, on=["document_id", "sentence"], how="semi", maintain_order="left"),
        "document_id",
        "sentence",
    )
    sections = _rows_by(
        places.join(wanted, on=["document_id", "section_id"], how="semi", maintain_order="left"),
        "document_id",
        "section_id",
    )
    for amount, chain, stated, figures in disagree:
        first, last = amount["first"], amount["last"]
        # A figure another amount of the same sentence restates is that amount's, not ours.
        others = [
            precision.of_amount(other)
            for other in siblings.get((amount["document_id"], amount["sentence"]), [])
            if other["amount_id"] != amount["amount_id"]
        ]
        figures = [(f, c) for f, c in figures if not any(f.agrees(o) for o in others)]
        context = _fold(" ".join([amount["sentence"] or "", *chain]))
        if not figures:
            continue

        def near(figure: Figure, stated: Figure = stated) -> bool:
            return abs(figure.value - stated.value) <= window * max(abs(figure.value), 1)

        # Far from the nearest candidate, the figure is about something else the text names.
        if not near(min((f for f, _ in figures), key=lambda f: abs(f.value - stated.value))):
            continue
        figures = [(f, c) for f, c in figures if near(f)]
        figure, cell = min(
            figures, key=lambda fc: rows.preference(fc[1], context, abs(fc[0].value - stated.value))
        )
        if _one_of_the_parts(precision, sections, amount, figure):
            continue
        table = tables[cell["table_id"]]
        implied = "" if amount["year_from"] is not None else " (the budget year; no year is named)"
        finding = _finding(
            "prose_vs_table",
            table,
            cell,
            figure,
            stated,
            f"The text says {' '.join(amount['quote'].split())} for "
            f"{first if first == last else f'{first}-{last}'}{implied} (line {amount['line']}), "
            f"but {_caption(table)} prints {euros(figure.value)} for "
            f'"{cell["row_label"]}", {cell["column_label"]} (line {cell["line"]}).',
        )
        finding.update(line=amount["line"], other_line=cell["line"])
        result.findings.append(finding)
    return checked


def _label_spans(
    cells: pl.DataFrame, folded: dict[str, str], min_length: int, vague: set[str], totals: list[str]
) -> pl.DataFrame:
    """The cells a prose figure may restate, in frame order: ``document_id``, ``first`` and
    ``last`` year, the row's folded ``label`` and the cell's index ``_i``.
    A year column's cell is for its year; a total column's for its row's years; labels too
    short or vague say too little to match."""
    years = (
        cells.filter(pl.col("year").is_not_null())
        .group_by("table_id", "row_id")
        .agg(pl.col("year").min().alias("total_first"), pl.col("year").max().alias("total_last"))
    )
    kept = {t: f for t, f in folded.items() if len(f) >= min_length and f not in vague}
    is_total = {
        text: any(text.lower().strip().startswith(t) for t in totals)
        for text in cells["column_label"].unique().to_list()
    }
    label_of = pl.DataFrame(
        {"row_label": list(kept), "label": list(kept.values())},
        schema={"row_label": pl.Utf8, "label": pl.Utf8},
    )
    total_of = pl.DataFrame(
        {"column_label": list(is_total), "total": list(is_total.values())},
        schema={"column_label": pl.Utf8, "total": pl.Boolean},
    )
    year = pl.col("year")
    return (
        cells.select("_i", "document_id", "table_id", "row_id", "row_label", "column_label", "year")
        .join(label_of, on="row_label", how="inner", maintain_order="left")
        .join(total_of, on="column_label", how="left", maintain_order="left")
        .join(years, on=["table_id", "row_id"], how="left", maintain_order="left")
        .select(
            "document_id",
            pl.when(year.is_not_null()).then(year).when("total").then("total_first").alias("first"),
            pl.when(year.is_not_null()).then(year).when("total").then("total_last").alias("last"),
            "label",
            "_i",
        )
        .drop_nulls(["first", "last"])
    )


def _texts(amounts: pl.DataFrame, headings: _Headings) -> pl.DataFrame:
    """Each amount's text (``at``, ``document_id``, ``first``, ``last``, ``text``,
    ``yearless``): its sentence and heading, or for a yearless amount opening a section,
    that section's heading alone; other yearless amounts restate no row."""
    texts = []
    for year, opens, sentence, section in amounts.select(
        "year_from", "opens_section", "sentence", "section_id"
    ).iter_rows():
        own = headings.heading.get(section)
        if year is not None:
            texts.append(_fold(f"{sentence or ''} {own if own is not None else ''}"))
        elif opens and own is not None:
            # A yearless amount restates a row only as the opening figure of a section
            # headed by the row's label ("Subsidies: Van het beschikbare budget van € X").
            texts.append(_label(own))
        else:
            texts.append(None)
    return amounts.select(
        "at",
        "document_id",
        "first",
        "last",
        pl.Series("text", texts, dtype=pl.Utf8),
        pl.col("year_from").is_null().alias("yearless"),
    ).drop_nulls("text")


def _labels_in_texts(texts: pl.DataFrame, spans: pl.DataFrame) -> pl.DataFrame:
    """The (``at``, ``_i``) pairs, in that order, of a text and a cell whose row label the
    text names: for the same document and years, the label stands in the text within word
    bounds, or is the whole text of a yearless amount (its section heading)."""
    pairs = (
        texts.join(spans, on=["document_id", "first", "last"])
        .filter(
            pl.when("yearless")
            .then(pl.col("label") == pl.col("text"))
            .otherwise(pl.col("text").str.contains(pl.col("label"), literal=True))
        )
        .sort("at", "_i")
    )
    patterns: dict[str, re.Pattern] = {}
    bounded = []
    for label, text, whole in pairs.select("label", "text", "yearless").iter_rows():
        if not whole and label not in patterns:
            patterns[label] = _pattern(label)
        bounded.append(whole or patterns[label].search(text) is not None)
    return pairs.filter(pl.Series(bounded, dtype=pl.Boolean)).select("at", "_i")


def _suspects(
    precision: Precision,
    window: float,
    cells: pl.DataFrame,
    amounts: pl.DataFrame,
    found: pl.DataFrame,
    places: pl.DataFrame,
) -> pl.Series:
    """The places (``at``) that may yet be a finding, judged for every figure at once: a
    place drops out when its figure agrees with one of its candidates (the cells ``found``
    names and the sum of each one's label rows), or when no candidate is left that another
    amount of its sentence does not restate and that is near the figure. The rows below
    decide the rest one by one, so this only spares them the places they would pass."""
    stated = pl.concat(
        [
            amounts.select("at", "document_id", "sentence", "amount_id"),
            precision.amount_bounds(amounts.select(*AMOUNT_FIELDS)),
        ],
        how="horizontal",
    )
    figures = pl.concat([cells.select("_i"), precision.cell_bounds(cells)], how="horizontal")
    candidates = (
        pl.concat(
            [
                found.join(figures, on="_i", how="inner"),
                found.join(_label_sums(precision, cells), on="_i", how="inner"),
            ]
        )
        .join(stated, on="at", how="inner", suffix="_stated")
        .with_row_index("_candidate")
    )

    def agree(other: str) -> pl.Expr:
        return (pl.col("low") <= pl.col(f"high_{other}")) & (
            pl.col(f"low_{other}") <= pl.col("high")
        )

    agreeing = candidates.filter(agree("stated"))["at"].unique()
    candidates = candidates.filter(~pl.col("at").is_in(agreeing.implode()))
    others = pl.concat(
        [
            places.select("document_id", "sentence", "amount_id"),
            precision.amount_bounds(places.select(*AMOUNT_FIELDS)),
        ],
        how="horizontal",
    ).drop_nulls(["document_id", "sentence"])
    restated = (
        candidates.join(others, on=["document_id", "sentence"], suffix="_other")
        .filter((pl.col("amount_id") != pl.col("amount_id_other")) & agree("other"))
        .select("_candidate")
    )
    distance = (pl.col("value") - pl.col("value_stated")).abs()
    near = distance <= window * pl.max_horizontal(pl.col("value").abs(), 1.0)
    return (
        candidates.join(restated, on="_candidate", how="anti")
        .filter(near)
        .get_column("at")
        .unique()
        .sort()
    )


def _label_sums(precision: Precision, cells: pl.DataFrame) -> pl.DataFrame:
    """``_i`` -> ``value``, ``low``, ``high`` of the sum of its label's rows, for each cell of a row
    that has one (``_TableRows.label_sums`` says when): the parts added in row order as
    ``Figure`` adds them, so the bounds are the same floats."""
    keys = _SAME
    groups = (
        cells.group_by(keys)
        .agg(
            pl.len().alias("n"),
            pl.col("parent_row_id").null_count().alias("orphans"),
            pl.col("parent_row_id").n_unique().alias("parents"),
        )
        .filter((pl.col("n") >= 2) & (pl.col("orphans") == 0) & (pl.col("parents") == pl.col("n")))
    )
    members = cells.join(groups, on=keys, how="semi", nulls_equal=True, maintain_order="left")
    sums: dict[tuple, Figure] = {}
    for row in members.sort("row_order", maintain_order=True).iter_rows(named=True):
        key = tuple(row[k] for k in keys)
        part = precision.cell(row["value"], row["value_text"], row["scale_factor"])
        sums[key] = sums.get(key, zero()) + part
    bounds = [sums[key] for key in members.select(keys).iter_rows()]
    return members.select(
        "_i",
        *(
            pl.Series(name, [getattr(b, name) for b in bounds], dtype=pl.Float64)
            for name in ("value", "low", "high")
        ),
    ).filter(members["row_id"].is_not_null())


def _rows_by(frame: pl.DataFrame, *columns: str) -> dict[tuple, list[dict[str, Any]]]:
    """Rows grouped by the values of ``columns``, in frame order, looked up per figure
    instead of filtering the whole frame for each. A null never equals anything (as in a
    polars filter), so rows with a null key are left out."""
    groups: dict[tuple, list[dict[str, Any]]] = {}
    for row in frame.iter_rows(named=True):
        key = tuple(row[c] for c in columns)
        if None not in key:
            groups.setdefault(key, []).append(row)
    return groups


def _one_of_the_parts(
    precision: Precision,
    sections: dict[tuple, list[dict[str, Any]]],
    amount: dict[str, Any],
    figure: Figure,
) -> bool:
    """Whether ``amount`` is one of the parts its section lists for the figure: "Kennis,
    informatie en innovatiebeleid (€ 34,5 miljoen)" followed by € 24,1 + € 8,8 + € 1,6
    miljoen is consistent, not a € 24,1 miljoen restatement of € 34,5 miljoen."""
    if amount["section_id"] is None:
        return False
    section = sections.get((amount["document_id"], amount["section_id"]), [])
    parts = [precision.of_amount(row) for row in section]
    parts = [part for part in parts if not part.agrees(figure)]
    if len(parts) < 2:
        return False
    summed = zero()
    for part in parts:
        summed = summed + part
    return summed.agrees(figure)


def _pattern(label: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(label) + r"(?!\w)")


def _with_years(data: PackageData, amounts: pl.DataFrame, tolerances: Tolerances) -> pl.DataFrame:
    """Amounts with the span of years they state (``first``, ``last``). A budget states its
    own year's money without naming it ("Van het beschikbare budget van € 337,6 miljoen"),
    so an amount without a year is, when the steward says so, one for the budget year."""
    first = pl.col("year_from")
    if tolerances.get("totals", "yearless_amounts_in_budget_year"):
        budget_years = data.typed("documents").select("document_id", "budget_year")
        amounts = amounts.join(budget_years, on="document_id", how="left")
        first = pl.coalesce("year_from", "budget_year")
    opening = (
        amounts.sort("line", "column")
        .group_by("document_id", "section_id", maintain_order=True)
        .first()
        .select("amount_id", pl.lit(True).alias("opens_section"))
    )
    return amounts.join(opening, on="amount_id", how="left").with_columns(
        first.alias("first"),
        pl.coalesce("year_to", first).alias("last"),
        pl.col("opens_section").fill_null(False),
    )


class _Headings:
    """section -> its heading and those of its ancestors, nearest first; each chain worked
    out the first time an amount's section asks for it."""

    def __init__(self, data: PackageData) -> None:
        sections = data.typed("sections")
        ids = sections["section_id"].to_list()
        self.parent = dict(zip(ids, sections["parent_section_id"].to_list(), strict=True))
        self.heading = {s: h or "" for s, h in zip(ids, sections["heading"].to_list(), strict=True)}
        self.chains: dict[str, list[str]] = {}

    def get(self, section: str | None, default: list[str]) -> list[str]:
        if section not in self.heading:
            return default
        if section not in self.chains:
            chain, at, seen = [], section, set()
            while at in self.heading and at not in seen:
                seen.add(at)
                chain.append(self.heading[at])
                at = self.parent.get(at)
            self.chains[section] = chain
        return self.chains[section]


class _TableRows:
    """The rows of the tables, for reading a prose figure against them: which rows share a
    label, and which parents set them apart."""

    def __init__(self, rows: pl.DataFrame, cells: pl.DataFrame, folded: dict[str, str]) -> None:
        """``rows``: the cells of every table a figure may name, for the tables' rows;
        ``cells``: the cells a figure names and their namesakes (``_SAME``), the only ones
        read one by one."""
        self.parent: dict[tuple, str | None] = {}
        self.labels: dict[tuple, str] = {}
        self.namesakes: dict[tuple[str, str], list[str]] = {}
        #: row label -> folded (``_label``), once per label
        self.folded = dict(folded)
        #: id of a candidate cell -> its figure (cells live as long as the rows)
        self.figures: dict[int, Figure] = {}
        for table, row, parent, label in (
            rows.select("table_id", "row_id", "parent_row_id", "row_label").unique().iter_rows()
        ):
            self.parent[(table, row)] = parent
            self.labels[(table, row)] = self.label(label)
        for (table, row), label in self.labels.items():
            self.namesakes.setdefault((table, label), []).append(row)
        # (table, label, level, column) -> its cells, in frame order
        self.same: dict[tuple, list[dict[str, Any]]] = {}
        #: cell index (``_i``) -> the cell
        self.cells: dict[int, dict[str, Any]] = {}
        for cell in cells.drop("_label").iter_rows(named=True):
            self.cells[cell["_i"]] = cell
            key = (
                cell["table_id"],
                self.label(cell["row_label"]),
                cell["level"],
                cell["column_label"],
            )
            self.same.setdefault(key, []).append(cell)
        self.sums: dict[tuple, list[dict[str, Any]]] = {}

    def label(self, text: str) -> str:
        if text not in self.folded:
            self.folded[text] = _label(text)
        return self.folded[text]

    def ancestors(self, table: str, row: str | None) -> set[str]:
        labels, at = set(), self.parent.get((table, row))
        while at is not None and (table, at) in self.labels and at not in labels:
            labels.add(at)
            at = self.parent.get((table, at))
        return {self.labels[(table, a)] for a in labels}

    def label_sums(self, candidates: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A label printed in several rows of one level of a table (an instrument under each
        article part) may be restated in prose as their sum: one candidate per (table,
        label, level, column)."""
        keys = sorted(
            {
                (c["table_id"], self.label(c["row_label"]), c["level"], c["column_label"])
                for c in candidates
                if c["row_id"] is not None
            }
        )
        found = []
        for key in keys:
            if key not in self.sums:
                self.sums[key] = self._label_sum(*key)
            found += self.sums[key]
        return found

    def _label_sum(self, table_id: str, label: str, level: int, column: str) -> list[dict]:
        same = self.same.get((table_id, label, level, column), [])
        # Namesakes in a hierarchy, one under each parent; a flat table's repeated blocks
        # (the same rows for two scenarios) are alternatives, not parts.
        parents = [cell["parent_row_id"] for cell in same]
        if len(same) < 2 or None in parents or len(set(parents)) < len(same):
            return []
        rows = sorted(same, key=lambda cell: cell["row_order"])
        # summed by polars, as the cells' column is, so the float is the same to the last bit
        value = pl.Series([cell["value"] for cell in same], dtype=pl.Float64).sum()
        return [
            {
                **rows[0],
                "value": value,
                "row_label": f"{rows[0]['row_label']} (sum of its {len(same)} rows)",
                "row_id": None,
                "summed": rows,
            }
        ]

    def figure(self, precision: Precision, cell: dict[str, Any]) -> Figure:
        if id(cell) not in self.figures:
            total = zero()
            for part in cell.get("summed") or [cell]:
                total = total + precision.cell(
                    part["value"], part["value_text"], part["scale_factor"]
                )
            self.figures[id(cell)] = total
        return self.figures[id(cell)]

    def preference(self, cell: dict[str, Any], context: str, distance: float) -> tuple:
        """Which disagreeing cell a finding names: the row whose own parents (those its
        namesakes lack) the text or its headings name; else the sum of the namesakes, the
        instrument across the table; else the nearest."""
        if cell.get("summed"):
            return (0, 0, distance)
        table, label = cell["table_id"], self.label(cell["row_label"])
        namesakes = self.namesakes.get((table, label), [])
        own = self.ancestors(table, cell["row_id"])
        if len(namesakes) > 1:
            own -= set.intersection(*(self.ancestors(table, r) for r in namesakes))
        named = sum(1 for a in own if len(a) >= 3 and _pattern(a).search(context))
        return (-named, 1, distance)


def _sentence_bounds(text: str) -> np.ndarray:
    return np.array([m.end() for m in _SENTENCE_END.finditer(text)], dtype=np.int64)


def _marker_finder(words: list[str]) -> Callable[[str], Iterator[re.Match]]:
    """``finditer`` of the markers (``words``, lower case, regex-escaped) in a text, standing
    alone and in any case. Python's regex engine is slow at trying a case-blind pattern at
    every place of a long text, so for plain ASCII markers each candidate is found in the
    lower-cased text first and the markers' own pattern tried only there: the same matches,
    since lower() keeps every other character in its place and turns only a character
    that the case-blind pattern takes for an ASCII letter into that letter, except the
    dotless i and long s (a text holding those is searched the slow way)."""
    marker = re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)
    if not words or not all(word and word.isascii() for word in words):
        return marker.finditer
    candidate = re.compile("|".join(words))

    def finditer(text: str) -> Iterator[re.Match]:
        lower = text.lower()
        if len(lower) != len(text) or "\u0131" in text or "\u017f" in text:
            yield from marker.finditer(text)
            return
        at = 0
        while (found := candidate.search(lower, at)) is not None:
            match = marker.match(text, found.start())
            if match:
                yield match
                at = match.end()
            else:
                at = found.start() + 1

    return finditer


def _decompositions(data: PackageData, precision: Precision, tolerances: Tolerances, result):
    """Each marker's total (the last amount before it in its sentence, or in the sentence
    before when the marker opens one) and parts (the amounts after it in its sentence),
    placed by numpy's sorted search over the amounts' offsets in the text, and weighed
    with every amount's bounds worked out at once (``Precision.amount_bounds``); only a
    decomposition that does not hold goes to ``_decomposition``, as rows, for its finding."""
    complete = [m.lower() for m in tolerances.get("totals", "complete_markers")]
    subset = [m.lower() for m in tolerances.get("totals", "subset_markers")]
    reach = int(tolerances.get("totals", "decomposition_reach"))
    markers = _marker_finder([r"\s+".join(map(re.escape, m.split())) for m in complete + subset])
    paths = source_paths(data)
    wanted = ("document_id", "line", "column", "year_from", "year_to", *AMOUNT_FIELDS)
    amounts = amounts_once(data, wanted).with_row_index("_n")
    # Unplaced amounts (no line or column) are at line 0, column 0: left out below.
    placing = amounts.select(
        "_n", "document_id", *(pl.col(name).fill_null(0) for name in ("line", "column"))
    )
    placing = pl.concat(
        [placing, precision.amount_bounds(amounts.select(AMOUNT_FIELDS)).drop("value")],
        how="horizontal",
    )
    checked, broken = 0, []
    # One document at a time: its text and its amounts' places, never every document's.
    for (doc_id,), group in placing.partition_by(
        "document_id", as_dict=True, maintain_order=True
    ).items():
        source = read_source(data, paths.get(doc_id))
        if source is None:
            continue
        text = source.text
        found = list(markers(text))
        if not found:
            continue
        starts = np.asarray(source.starts, dtype=np.int64)
        line, column = group["line"].to_numpy(), group["column"].to_numpy()
        placed = np.flatnonzero((line >= 1) & (line <= len(starts)) & (column != 0))
        offsets = starts[line[placed] - 1] + column[placed] - 1
        order = np.argsort(offsets, kind="stable")
        rows, offsets = placed[order].tolist(), offsets[order]
        sorted_offsets = offsets.tolist()  # for bisect: numpy is slow one number at a time
        at = np.fromiter((match.start() for match in found), dtype=np.int64, count=len(found))
        # [0, 0, ends..., len(text)]: a marker's sentence start, end and the start before.
        ends = np.concatenate(([0, 0], _sentence_bounds(text), [len(text)]))
        index = np.searchsorted(ends[2:-1], at, side="right")
        previous, start, end = ends[index], ends[index + 1], ends[index + 2]
        before_lo = np.searchsorted(offsets, np.maximum(start, at - reach)).tolist()
        before_hi = np.searchsorted(offsets, at).tolist()
        parts_lo = np.searchsorted(offsets, at, side="right").tolist()
        parts_hi = np.searchsorted(offsets, end).tolist()
        number, low, high = (group[name].to_list() for name in ("_n", "low", "high"))
        for k, match in enumerate(found):
            if parts_hi[k] <= parts_lo[k]:
                continue
            total = before_hi[k] - 1 if before_hi[k] > before_lo[k] else None
            opening = int(start[k])
            if total is None and not text[opening : match.start()].strip():
                # "Dit betreft ..." opening a sentence refers back to the one before it.
                first = max(int(previous[k]), match.start() - reach)
                first = bisect.bisect_left(sorted_offsets, first)
                after = bisect.bisect_left(sorted_offsets, opening)
                total = after - 1 if after > first else None
            if total is None:
                continue
            checked += 1
            whole = " ".join(match.group().lower().split()) in complete
            parts = rows[parts_lo[k] : parts_hi[k]]
            # The parts added in order from zero, as Figure adds them: the same floats.
            summed_low = summed_high = 0.0
            for i in parts:
                summed_low += low[i]
                summed_high += high[i]
            t = rows[total]
            holds = (
                low[t] <= summed_high and summed_low <= high[t] if whole else summed_low <= high[t]
            )
            if not holds:
                parts = [number[i] for i in parts]
                broken.append((doc_id, number[t], parts, match.group(), whole))
    result.checked["decompositions"] = checked
    needed = sorted({n for _, total, parts, _, _ in broken for n in (total, *parts)})
    rows_of = {row["_n"]: row for row in amounts[needed].iter_rows(named=True)}
    for doc_id, total, parts, marker, whole in broken:
        parts_rows = [rows_of[n] for n in parts]
        _decomposition(result, precision, doc_id, rows_of[total], parts_rows, marker, whole)


def _decomposition(result, precision, doc_id, total_row, parts, marker_text, whole) -> None:
    """Compare a total with its named parts: all of them ("Dit betreft A en B": the parts
    make the total) or some of them ("waarvan A": the parts fit inside the total)."""
    total = precision.of_amount(total_row)
    summed = zero()
    for part in parts:
        summed = summed + precision.of_amount(part)
    broken = not total.agrees(summed) if whole else summed.low > total.high
    if not broken:
        return
    quote = " ".join(total_row["quote"].split())
    stated = " ".join(filter(None, [total_row["qualifier"], quote]))
    named = " + ".join(" ".join(p["quote"].split()) for p in parts)
    relation = "less than" if summed.value < total.value else "more than"
    result.findings.append(
        {
            "check": "prose_decomposition",
            "document_id": doc_id,
            "line": total_row["line"],
            "other_line": parts[0]["line"],
            "year": total_row["year_from"]
            if total_row["year_from"] == total_row["year_to"]
            else None,
            "expected": summed.value,
            "actual": total.value,
            "difference": total.value - summed.value,
            "tolerance": total.half_unit + summed.half_unit,
            "message": f"The text gives a total of {stated} "
            f'(line {total_row["line"]}) and then, after "{" ".join(marker_text.split())}", '
            f"names its parts {named} (line {parts[0]['line']}) = {euros(summed.value)}: "
            f"{euros(abs(total.value - summed.value))} {relation} the total.",
        }
    )


class ProseVsTable(Check):
    """A prose figure that restates a table cell (its row label in the sentence or heading,
    the same years) agrees with it within printed precision."""

    code = "prose_vs_table"
    finding = True

    def run(self, data: PackageData, result: LayerResult, state: _Settings) -> None:
        _prose_vs_table(data, state.precision, state.tolerances, result)


class ProseDecomposition(Check):
    """A total followed by "Dit betreft" equals the parts the text names; one followed by
    "waarvan" holds at least them."""

    code = "prose_decomposition"
    finding = True

    def run(self, data: PackageData, result: LayerResult, state: _Settings) -> None:
        _decompositions(data, state.precision, state.tolerances, result)


CHECKS: tuple[type[Check], ...] = (
    TableSum,
    TotalColumn,
    ProseVsTable,
    ProseDecomposition,
)


def run(data: PackageData) -> LayerResult:
    with without_cycle_collection():
        return run_checks(NAME, CHECKS, data, _Settings(Tolerances(data.project)))
