"""The corpus score under realistic rewrites: does the table reader generalize past the pages?

Every table page of the development corpus (``../shared/corpus/``) is rewritten in ways real
budget pages also print the same table, each rewrite keeping the hand answers true:

- the unit declaration swapped among printed forms of the same factor (``x € 1.000``,
  ``x € 1 000``, ``in € 1 000``, ``bedragen x € 1.000``, ``x k€``; ``x € 1 mln``,
  ``x € 1 miljoen``, ``in miljoenen euro``, ``mln euro``, ``in mio €``, ``€ mln``, ``in M€``),
  the values unchanged, the expected unit the
  normalised label of the new form (``x € 1 mln`` for the ``x`` forms, ``mln euro`` else);
- the minus sign before a value swapped among ``-``, ``–``, ``‒``, ``−``;
- the thousands separator dot ↔ space on value lines holding one value;
- the caption replaced by ``Tabel 3 ...``, by ``Budgettaire gevolgen van beleid (<unit>)``,
  by its unit declaration alone, or removed (the expected unit becomes empty where the
  caption was the only place it was printed);
- trailing spaces after every printed line; whitespace placeholders printed as no-break
  spaces of the same width;
- a blank line inserted before the caption, after it, or after the table;
- each table printed as a PDF's text layer prints it, one row per line, its columns aligned
  (an empty cell left blank) or parted by one space (an empty cell left out), or as a
  Markdown pipe table.

Lines a rewrite inserts or removes are mapped: the answers' ``line`` follows its line. Each
rewrite is written as a corpus of its own (pages and answers) and scored by the corpus
score's own functions (``corpus.extract_corpus``, ``corpus._score_tables``), over the pages the
rewrite changed, next to the unchanged pages' score. No randomness: same corpus, same report.

Usage: ``python benchmarks/coverage/perturb.py [--json] [--corpus DIR] [--only NAME]``.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import shutil
import sys
import tempfile
import textwrap
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus as scoring  # noqa: E402
from corpus_project import CORPUS, printed_rows  # noqa: E402

Row = dict[str, Any]

_S = r"[ \xa0]*"
#: Printed unit declarations by factor, as the perturbation finds them on a page (written
#: here, not taken from the reader under test).
DECLARATIONS = {
    1_000: re.compile(
        rf"(?:bedragen{_S})?(?:(?:x|in){_S}(?:€|EUR){_S}1[ .\xa0]000|in{_S}duizenden{_S}euro)", re.I
    ),
    10**6: re.compile(
        rf"(?:bedragen{_S})?(?:x{_S}€{_S}1{_S}(?:mln|miljoen)\b\.?|in{_S}miljoenen{_S}euro(?:'s|’s)?)",
        re.I,
    ),
    10**9: re.compile(
        rf"(?:bedragen{_S})?(?:in{_S}miljarden{_S}euro|x{_S}€{_S}1{_S}(?:mld|miljard)\b\.?)", re.I
    ),
}
FACTOR = {"x € 1.000": 1_000, "x € 1 mln": 10**6, "mln euro": 10**6, "mld euro": 10**9}
#: Printed forms a unit declaration is swapped among, with the label each normalises to.
FORMS = {
    1_000: [
        ("x € 1.000", "x € 1.000"),
        ("x € 1 000", "x € 1.000"),
        ("in € 1 000", "x € 1.000"),
        ("bedragen x € 1.000", "x € 1.000"),
        ("x €\xa01.000", "x € 1.000"),
        ("in duizenden euro", "x € 1.000"),
        ("bedragen in EUR 1.000", "x € 1.000"),
        ("x € 1000", "x € 1.000"),
        ("× € 1.000", "x € 1.000"),
        ("x k€", "x € 1.000"),
        ("in k€", "x € 1.000"),
        ("bedragen in K€", "x € 1.000"),
        ("in kEUR", "x € 1.000"),
    ],
    10**6: [
        ("x € 1 mln", "x € 1 mln"),
        ("x € 1 miljoen", "x € 1 mln"),
        ("in miljoenen euro", "mln euro"),
        ("mln euro", "mln euro"),
        ("x €\xa01\xa0mln", "x € 1 mln"),
        ("x € 1 mln.", "x € 1 mln"),
        ("bedragen in miljoen euro", "mln euro"),
        ("x € mln", "x € 1 mln"),
        ("x 1 mln euro", "x € 1 mln"),
        ("x € 1 mio", "x € 1 mln"),
        ("in mio €", "mln euro"),
        ("bedragen in EUR mln", "mln euro"),
        ("€ mln", "mln euro"),
        ("mln €", "mln euro"),
        ("in M€", "mln euro"),
        ("bedragen in miljoenen", "mln euro"),
    ],
    10**9: [
        ("x € 1 mld", "x € 1 mld"),
        ("x € 1 miljard", "x € 1 mld"),
        ("in miljarden euro", "mld euro"),
        ("mld euro", "mld euro"),
    ],
}
#: The caption's unit in the form "Budgettaire gevolgen van beleid (...)" prints it.
CAPTION_UNIT = {
    "x € 1.000": "bedragen x € 1.000",
    "x € 1 mln": "bedragen x € 1 mln",
    "mln euro": "bedragen in miljoenen euro",
    "mld euro": "bedragen in miljarden euro",
}
PERCENT = re.compile(r"in procenten(?: bbp)?|\(%\)", re.I)
MINUS = re.compile(r"(?<![\w.,])[-–‒−](?=[ \xa0]?\d)")
THOUSANDS = re.compile(r"^(\s*[-–‒−]?\s?)(\d{1,3}(?:([. ])\d{3})+)(,\d+)?(\s*)$")
#: A value in a row printed on one line: space-separated figures after the label.
ROW_VALUES = re.compile(r"(?<=[^\s\-–‒−|]) (?=[-–‒−]?\d[\d.,]*(?: |$))")
WHITESPACE_LINE = re.compile(r"^[ \t\xa0]+$")
#: How far above its first value a table's caption or unit declaration may stand.
ABOVE = 40


@dataclass
class Table:
    title: str
    unit: str
    first: int  # 1-based line of the first and last value
    last: int
    rows: list[Row] = field(default_factory=list)


@dataclass
class Page:
    """A page as (original line number or None for an inserted line, text) and its answers.

    Rewrites edit ``lines`` and the answers' units; lines keep their original number so the
    answers' ``line`` can be mapped after insertions and removals.
    """

    file: str
    lines: list[tuple[int | None, str]]
    tables: list[Table]

    def index(self, line: int) -> int:
        return next(i for i, (n, _t) in enumerate(self.lines) if n == line)

    def text(self) -> str:
        return "\n".join(t for _n, t in self.lines)

    def answers(self) -> list[Row]:
        where = {n: i + 1 for i, (n, _t) in enumerate(self.lines) if n is not None}
        rows = []
        for table in self.tables:
            for row in table.rows:
                rows.append({**row, "unit": table.unit, "line": str(where[int(row["line"])])})
        return rows


def _fold(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split()).lower()


def load(corpus: Path) -> list[Page]:
    by_file: dict[str, dict[str, Table]] = defaultdict(dict)
    for row in scoring._read(corpus / "tables" / "tables.csv"):
        tables = by_file[row["file"]]
        line = int(row["line"])
        table = tables.setdefault(
            row["table_title"], Table(row["table_title"], row["unit"], line, line)
        )
        table.first, table.last = min(table.first, line), max(table.last, line)
        table.rows.append(row)
    pages = []
    for row in scoring._read(corpus / "tables" / "pages" / "index.csv"):
        text = (corpus / "tables" / "pages" / row["file"]).read_text(encoding="utf-8")
        lines = [(i + 1, t) for i, t in enumerate(text.split("\n"))]
        tables = sorted(by_file[row["file"]].values(), key=lambda t: t.first)
        pages.append(Page(row["file"], lines, tables))
    return pages


def _window(page: Page, table: Table) -> range:
    """Original line numbers above a table's first value, below the previous table's last."""
    before = [t.last for t in page.tables if t.last < table.first]
    start = max([table.first - ABOVE, *before, 0]) + 1
    return range(table.first - 1, start - 1, -1)


def caption_line(page: Page, table: Table) -> int | None:
    """The nearest line above the table whose text is part of the answers' printed caption."""
    title = _fold(table.title)
    for line in _window(page, table):
        text = _fold(page.lines[page.index(line)][1])
        if len(text) >= 10 and re.search(r"[a-z]", text) and text in title:
            return line
    return None


def declaration(page: Page, table: Table) -> tuple[int, re.Match[str]] | None:
    """The nearest printed unit declaration of the table's factor above its first value."""
    pattern = DECLARATIONS.get(FACTOR.get(table.unit, 0))
    if pattern is None:
        return None
    for line in _window(page, table):
        match = pattern.search(page.lines[page.index(line)][1])
        if match:
            return line, match
    return None


def _set(page: Page, line: int, text: str) -> None:
    i = page.index(line)
    page.lines[i] = (line, text)


Rewrite = Callable[[Page], bool]  # edits the page in place; True when it changed something


def unit_form(form: str, label: str) -> Rewrite:
    def rewrite(page: Page) -> bool:
        changed = False
        for table in page.tables:
            found = declaration(page, table)
            if found is None or FACTOR[table.unit] not in FORMS:
                continue
            if form not in dict(FORMS[FACTOR[table.unit]]):
                continue
            line, match = found
            text = page.lines[page.index(line)][1]
            new = text[: match.start()] + form + text[match.end() :]
            changed |= new != text or table.unit != label
            _set(page, line, new)
            table.unit = label
        return changed

    return rewrite


def _value_lines(page: Page) -> Counter[int]:
    return Counter(int(row["line"]) for table in page.tables for row in table.rows)


def minus(sign: str, space: str | None = None) -> Rewrite:
    """Every minus before a value printed as ``sign``, followed by ``space`` (None: as printed)."""

    def rewrite(page: Page) -> bool:
        changed = False
        negative = {
            int(row["line"])
            for table in page.tables
            for row in table.rows
            if (row["value"] or "").startswith("-")
        }
        for line in sorted(negative):
            text = page.lines[page.index(line)][1]
            new = MINUS.sub(sign, text)
            if space is not None:
                new = re.sub(rf"(?<![\w.,]){re.escape(sign)}[ \xa0]?(?=\d)", sign + space, new)
            changed |= new != text
            _set(page, line, new)
        return changed

    return rewrite


def thousands(old: str, new_sep: str) -> Rewrite:
    def rewrite(page: Page) -> bool:
        changed = False
        for line, count in sorted(_value_lines(page).items()):
            text = page.lines[page.index(line)][1]
            match = THOUSANDS.match(text)
            if count != 1 or not match or match.group(3) != old:
                continue
            number = match.group(2).replace(old, new_sep)
            _set(page, line, match.group(1) + number + (match.group(4) or "") + match.group(5))
            changed = True
        return changed

    return rewrite


def row_thousands(page: Page) -> bool:
    """In rows printed on one line, dot thousands separators printed as spaces."""
    changed = False
    for line, count in sorted(_value_lines(page).items()):
        text = _at(page, line)
        if count < 2 or "|" in text:
            continue
        new = re.sub(r"(?<=\d)\.(?=\d{3}(?!\d))", " ", text)
        changed |= new != text
        _set(page, line, new)
    return changed


def _caption_rewrite(make: Callable[[Page, Table, str], str | None]) -> Rewrite:
    """Replace each table's caption line by ``make(page, table, caption)``; None removes it."""

    def rewrite(page: Page) -> bool:
        changed = False
        for table in page.tables:
            line = caption_line(page, table)
            if line is None:
                continue
            text = page.lines[page.index(line)][1]
            new = make(page, table, text)
            if new is None:
                del page.lines[page.index(line)]
            elif new == text:
                continue
            else:
                _set(page, line, new)
            changed = True
        return changed

    return rewrite


def _caption_declares(page: Page, table: Table, caption: str) -> re.Match[str] | None:
    pattern = PERCENT if table.unit.startswith("%") else DECLARATIONS.get(FACTOR.get(table.unit, 0))
    return pattern.search(caption) if pattern else None


def _tabel(page: Page, table: Table, caption: str) -> str:
    return "Tabel 3 " + re.sub(r"^\s*tabel\s+[\w.]+:?\s*", "", caption, flags=re.I)


def _tabel_colon(page: Page, table: Table, caption: str) -> str:
    return _tabel(page, table, caption).replace("Tabel 3", "Tabel 3:", 1)


def _plain(page: Page, table: Table, caption: str) -> str:
    if _caption_declares(page, table, caption) and table.unit in CAPTION_UNIT:
        return f"Budgettaire gevolgen van beleid ({CAPTION_UNIT[table.unit]})"
    if table.unit in CAPTION_UNIT:  # the unit is printed elsewhere: the caption has none
        return "Budgettaire gevolgen van beleid"
    return caption


def _unit_only(page: Page, table: Table, caption: str) -> str:
    match = _caption_declares(page, table, caption)
    return f"({match.group()})" if match else caption


def _none(page: Page, table: Table, caption: str) -> None:
    if _caption_declares(page, table, caption):
        line = caption_line(page, table)
        others = [n for n in _window(page, table) if n != line]
        if not any(_caption_declares(page, table, page.lines[page.index(n)][1]) for n in others):
            # the unit was printed only there, unless every cell prints its "%"
            percent = all(row["value_text"].rstrip().endswith("%") for row in table.rows)
            table.unit = "%" if percent else ""
    return None


def _unit_on_its_own_line(page: Page, above: bool) -> bool:
    """The caption's unit declaration moved to a line of its own, above or under the caption,
    a blank line between them."""
    changed = False
    for table in page.tables:
        line = caption_line(page, table)
        if line is None:
            continue
        text = _at(page, line)
        match = _caption_declares(page, table, text)
        rest = (
            (text[: match.start()] + text[match.end() :]).replace("()", "").strip() if match else ""
        )
        if not match or not rest:
            continue
        _set(page, line, rest)
        unit = (None, f"({match.group()})")
        if above:
            at = page.index(line)
            page.lines[at:at] = [unit, (None, "")]
        else:
            at = page.index(line) + 1
            page.lines[at:at] = [(None, ""), unit]
        changed = True
    return changed


def unit_below(page: Page) -> bool:
    """The caption's unit declaration moved to a line of its own under the caption."""
    return _unit_on_its_own_line(page, above=False)


def unit_above(page: Page) -> bool:
    """The caption's unit declaration moved to a line of its own above the caption."""
    return _unit_on_its_own_line(page, above=True)


def caption_wrapped(page: Page) -> bool:
    """A caption of five words or more wrapped over two lines at its middle word."""
    changed = False
    for table in page.tables:
        line = caption_line(page, table)
        if line is None:
            continue
        text = _at(page, line)
        words = text.split(" ")
        match = _caption_declares(page, table, text)
        # wrapped between words, never inside the unit declaration
        half = min(len(words) // 2, len(text[: match.start()].split()) if match else len(words))
        if len(words) < 5 or half < 2:
            continue
        _set(page, line, " ".join(words[:half]))
        at = page.index(line) + 1
        page.lines[at:at] = [(None, " ".join(words[half:]))]
        changed = True
    return changed


def blank_doubled(page: Page) -> bool:
    """Every empty line between a table's caption and its last value printed twice."""
    changed = False
    for table in page.tables:
        first = caption_line(page, table) or table.first
        i = page.index(first)
        while i < len(page.lines) and page.lines[i][0] != table.last:
            if page.lines[i][1] == "":
                page.lines[i + 1 : i + 1] = [(None, "")]
                changed = True
                i += 1
            i += 1
    return changed


def note_under(note: str) -> Rewrite:
    """A note line printed under each table (a source, a footnote), after a blank line."""

    def rewrite(page: Page) -> bool:
        for table in page.tables:
            at = scan = page.index(table.last) + 1
            while scan < len(page.lines) and not page.lines[scan][1].strip():
                scan += 1
                if page.lines[scan - 1][1]:
                    at = scan  # the last row's placeholders are part of it
            page.lines[at:at] = [(None, ""), (None, note)]
        return bool(page.tables)

    return rewrite


def unit_in_corner(page: Page) -> bool:
    """The caption's unit declaration printed as the heading's first cell (the corner), on
    pages printed one cell per line: moved from the caption to right above the first year."""
    changed = False
    for table in page.tables:
        line = caption_line(page, table)
        if line is None or _value_lines(page)[table.first] > 1:
            continue
        text = page.lines[page.index(line)][1]
        match = _caption_declares(page, table, text)
        rest = (
            (text[: match.start()] + text[match.end() :]).replace("()", "").strip() if match else ""
        )
        below = range(line + 1, table.first)
        year = next((n for n in below if re.fullmatch(r"\s*(?:19|20)\d\d\s*", _at(page, n))), None)
        if not match or not rest or year is None:
            continue
        _set(page, line, rest)
        at = page.index(year)
        page.lines[at:at] = [(None, match.group()), (None, "")]
        changed = True
    return changed


def year_marks(mark: str) -> Rewrite:
    """Year headings printed with a footnote mark ("2023*"), on pages printed one cell per
    line; the answers' column labels follow."""

    def rewrite(page: Page) -> bool:
        changed = False
        for table in page.tables:
            if _value_lines(page)[table.first] > 1:
                continue
            years = {}
            for line in _window(page, table):
                text = _at(page, line)
                if re.fullmatch(r"(?:19|20)\d\d", text.strip()):
                    years[text.strip()] = line
            for line in years.values():
                _set(page, line, _at(page, line).rstrip() + mark)
            for row in table.rows:
                if row["column_label"] in years:
                    row["column_label"] += mark
            changed |= bool(years)
        return changed

    return rewrite


def corner_header(page: Page) -> bool:
    """A corner heading ("Omschrijving") printed before the first year heading, where the
    caption stands right above the years (one cell per line)."""
    changed = False
    for table in page.tables:
        line = caption_line(page, table)
        if line is None or _value_lines(page)[table.first] > 1:
            continue
        below = [n for n in range(line + 1, table.first) if _at(page, n).strip()]
        if not below or not re.fullmatch(r"\s*(?:19|20)\d\d\s*", _at(page, below[0])):
            continue
        at = page.index(below[0])
        page.lines[at:at] = [(None, "Omschrijving"), (None, "")]
        changed = True
    return changed


def euro_sign(page: Page) -> bool:
    """Every value printed with a euro sign ("€ 1.234", "€ -5"), on value lines holding one."""
    changed = False
    for line, count in sorted(_value_lines(page).items()):
        text = _at(page, line)
        if count != 1 or not re.fullmatch(r"\s*[-–‒−]?\s?\d[\d. ,]*\s*", text):
            continue
        _set(page, line, re.sub(r"^(\s*)", r"\1€ ", text, count=1))
        changed = True
    return changed


def label_marks(mark: str) -> Rewrite:
    """The first valued row of each table printed with a footnote mark after its label
    ("Verplichtingen 1)"); the answers' row and parent labels follow."""

    def rewrite(page: Page) -> bool:
        changed = False
        for table in page.tables:
            first = min(table.rows, key=lambda row: int(row["line"]))
            label, at = first["row_label"], int(first["line"])
            if not label:
                continue
            lines = [n for n in range(at, max(at - 10, 0), -1) if _at(page, n).strip()]
            line = next((n for n in lines if _at(page, n).strip().startswith(label)), None)
            if line is None:
                continue
            text = _at(page, line)
            start = text.index(label) + len(label)
            _set(page, line, text[:start] + mark + text[start:])
            for row in table.rows:
                for key in ("row_label", "parent_row_label"):
                    if row[key] == label:
                        row[key] = label + mark
            changed = True
        return changed

    return rewrite


def percent_spaced(page: Page) -> bool:
    """Percentages printed with a space before the sign ("64,7 %"), in every layout."""
    changed = False
    for line in sorted(_value_lines(page)):
        text = _at(page, line)
        new = re.sub(r"(?<=\d)%", " %", text)
        changed |= new != text
        _set(page, line, new)
    return changed


def _at(page: Page, line: int) -> str:
    return page.lines[page.index(line)][1]


def trailing_spaces(page: Page) -> bool:
    page.lines = [(n, t + "  " if t.strip() else t) for n, t in page.lines]
    return True


def placeholder_nbsp(page: Page) -> bool:
    changed = False
    for i, (n, t) in enumerate(page.lines):
        if WHITESPACE_LINE.match(t):
            page.lines[i] = (n, "\xa0" * len(t))
            changed = True
    return changed


def crlf(page: Page) -> bool:
    page.lines = [(n, t + "\r") for n, t in page.lines[:-1]] + page.lines[-1:]
    return True


def indent(page: Page) -> bool:
    """Every printed line indented by two spaces (labels and values alike)."""
    page.lines = [(n, "  " + t if t.strip() else t) for n, t in page.lines]
    return True


def no_blank_separators(page: Page) -> bool:
    """Cells printed one per line without the empty line between them (within tables)."""
    lines = _value_lines(page)
    spans = [(min(t.first for t in page.tables) - ABOVE, max(t.last for t in page.tables))]
    if not lines or any(count > 1 for count in lines.values()):
        return False  # a page of rows printed on one line has no cell separators
    first, last = spans[0]
    kept = [(n, t) for n, t in page.lines if not (n and first <= n <= last and t == "")]
    changed = len(kept) != len(page.lines)
    page.lines = kept
    return changed


#: A column heading a one-row-per-line page can print on the heading line: a year or span,
#: a total, or up to three words ending in a year ("Realisatie 2021").
ROW_HEADING = re.compile(r"(?:[A-Za-z]+ ){0,3}(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?|[Tt]otaal")


#: A column heading printed over two lines or more in a PDF: words, then a period or a
#: column number ("(3)=(1+2)").
STACKED_HEADING = re.compile(
    r"(?P<words>.+?) (?P<period>(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?|\(\d\)(?:=\([\d+]+\))?)"
)
#: Width a PDF column of row labels wraps a longer label at.
WRAP = 30
#: Longest row label printed on one line with its values.
ROW_LABEL = 60


def _rows_on_lines(
    page: Page, aligned: bool, wrap: int = 0, centred: bool = False, piped: bool = False
) -> bool:
    """Each table printed as a PDF's text layer prints it: a heading line of the column
    headings, then one line per row, the label and its values in columns aligned on the
    right, an empty cell left blank (``aligned``; else one space between the label and each
    value, an empty cell left out, as a text layer without layout prints them); a heading
    without values (a parent only) on a line of its own above its first part. The caption
    and unit lines above stay. Tables whose columns are not years (or words ending in one),
    or with a row without a label or one longer than ``ROW_LABEL``, are left. With ``wrap``,
    a longer label is wrapped at that width, its start on lines of its own above the row.
    With ``piped``, as a Markdown table: a heading row of every column heading (any words)
    after an empty corner, a rule, then one row per line, cells parted by pipes.
    Every value's answer moves to its row's line."""
    if any(count > 1 for count in _value_lines(page).values()):
        return False  # already printed a row per line
    changed = False
    for table in reversed(page.tables):  # from the bottom: the lines above keep their places
        found = declaration(page, table)
        above = [line for line in (caption_line(page, table), found and found[0]) if line]
        cells = sorted(table.rows, key=lambda r: int(r["line"]))
        columns = list(dict.fromkeys(cell["column_label"] for cell in cells))
        rows = printed_rows(cells)
        stacked = [STACKED_HEADING.fullmatch(c) for c in columns]
        if not above or not all(
            piped or ROW_HEADING.fullmatch(c) or (aligned and m)
            for c, m in zip(columns, stacked, strict=True)
        ):
            continue
        if any(not row["label"] or len(row["label"]) > ROW_LABEL for row in rows):
            continue  # a row without a label; a label a page would wrap over lines
        valued = {row["label"] for row in rows}
        labels = [row["label"] for row in rows] + [row["parent"] for row in rows]
        label_width = max(map(len, labels)) + 4
        # aligned: a heading's words wrapped over lines above its period, as a PDF prints
        # "Vastgestelde" / "begroting" / "2023" over a column
        tops = [m.group("words").split() if aligned and m else [] for m in stacked]
        bottoms = [
            m.group("period") if aligned and m else c for c, m in zip(columns, stacked, strict=True)
        ]
        widths = [
            max(
                [len(bottom), *map(len, top)]
                + [len(r["cells"][column]["value_text"]) for r in rows if column in r["cells"]]
            )
            + 3
            for column, top, bottom in zip(columns, tops, bottoms, strict=True)
        ]

        def place(text: str, width: int) -> str:
            """A heading over its column: on its right, or centred in it."""
            return text.center(width) if centred else text.rjust(width)

        wrapped = [textwrap.wrap(" ".join(top), w - 2) for top, w in zip(tops, widths, strict=True)]
        depth = max(map(len, wrapped))
        printed = [
            (
                None,
                " " * label_width
                + "".join(
                    place(part[k - depth + len(part)] if k - depth + len(part) >= 0 else "", w)
                    for part, w in zip(wrapped, widths, strict=True)
                ),
            )
            for k in range(depth)
        ]
        heading = "".join(place(c, w) for c, w in zip(bottoms, widths, strict=True))
        if piped:
            rule = "|---" * (len(columns) + 1) + "|"
            printed = [(None, "| | " + " | ".join(columns) + " |"), (None, rule)]
        else:
            printed.append((None, " " * label_width + heading if aligned else " ".join(columns)))
        shown: set[str] = set()
        for row in rows:
            parent = row["parent"]
            if parent and parent not in valued and parent not in shown:
                printed.append((None, f"| {parent} |" + " |" * len(columns) if piped else parent))
                shown.add(parent)
            first = min(int(cell["line"]) for cell in row["cells"].values())
            label = row["label"]
            if wrap and len(label) > wrap:  # the label's start on lines of its own
                *starts, label = textwrap.wrap(label, wrap)
                printed += [(None, start) for start in starts]
            if piped:
                texts = [
                    row["cells"][c]["value_text"] if c in row["cells"] else "" for c in columns
                ]
                printed.append((first, "| " + " | ".join([label, *texts]) + " |"))
            elif aligned:
                values = "".join(
                    (row["cells"][c]["value_text"] if c in row["cells"] else "").rjust(w)
                    for c, w in zip(columns, widths, strict=True)
                )
                printed.append((first, (label.ljust(label_width) + values).rstrip()))
            else:
                texts = [row["cells"][c]["value_text"] for c in columns if c in row["cells"]]
                printed.append((first, " ".join([label, *texts])))
            for cell in row["cells"].values():
                cell["line"] = str(first)
        start = page.index(max(above)) + 1
        page.lines[start : page.index(table.last) + 1] = printed
        changed = True
    return changed


def rows_aligned(page: Page) -> bool:
    return _rows_on_lines(page, aligned=True)


def rows_spaced(page: Page) -> bool:
    return _rows_on_lines(page, aligned=False)


def rows_wrapped(page: Page) -> bool:
    return _rows_on_lines(page, aligned=True, wrap=WRAP)


def rows_centred(page: Page) -> bool:
    return _rows_on_lines(page, aligned=True, centred=True)


def rows_piped(page: Page) -> bool:
    return _rows_on_lines(page, aligned=False, piped=True)


def row_separator(sep: str) -> Rewrite:
    """In rows printed on one line, the space before each value printed as ``sep``."""

    def rewrite(page: Page) -> bool:
        changed = False
        for line, count in _value_lines(page).items():
            text = page.lines[page.index(line)][1]
            if count < 2 or "|" in text:  # a pipe row's cells are split by "|"
                continue
            new = ROW_VALUES.sub(sep, text)
            changed |= new != text
            _set(page, line, new)
        return changed

    return rewrite


def pipe_padding(page: Page) -> bool:
    """Pipe rows with their cells padded ("|   387.279 |"), as aligned markdown prints them."""
    changed = False
    for i, (n, t) in enumerate(page.lines):
        if t.count("|") >= 2 and not set(t) <= set("|-: "):
            page.lines[i] = (n, re.sub(r"[ \t]*\|[ \t]*", "   |   ", t))
            changed = True
    return changed


def blank(where: str) -> Rewrite:
    def rewrite(page: Page) -> bool:
        changed = False
        for table in page.tables:
            if where == "after table":
                at = page.index(table.last) + 1
            else:
                line = caption_line(page, table)
                if line is None:
                    continue
                at = page.index(line) + (where == "after caption")
            page.lines[at:at] = [(None, "")]
            changed = True
        return changed

    return rewrite


def rewrites() -> Iterator[tuple[str, Rewrite]]:
    for factor in FORMS:
        for form, label in FORMS[factor]:
            name = form.replace("\xa0", " ") + (" (no-break spaces)" if "\xa0" in form else "")
            yield f"unit: {name}", unit_form(form, label)
    for sign, name in (("-", "hyphen"), ("–", "en dash"), ("‒", "figure dash"), ("−", "minus")):
        yield f"minus: {name}", minus(sign)
    yield "minus: hyphen attached", minus("-", "")
    yield "minus: minus sign spaced", minus("−", " ")
    yield "minus: -/- (accounting)", minus("-/-", " ")
    yield "thousands: dot to space", thousands(".", " ")
    yield "thousands: space to dot", thousands(" ", ".")
    yield "thousands: dot to space in rows on one line", row_thousands
    yield "thousands: dot to no-break space", thousands(".", "\xa0")
    yield "thousands: space to narrow no-break space", thousands(" ", "\u202f")
    yield "caption: Tabel 3 ...", _caption_rewrite(_tabel)
    yield "caption: Budgettaire gevolgen van beleid (unit)", _caption_rewrite(_plain)
    yield "caption: unit declaration only", _caption_rewrite(_unit_only)
    yield "caption: none", _caption_rewrite(_none)
    yield "caption: Tabel 3: ...", _caption_rewrite(_tabel_colon)
    yield "caption: unit on a line of its own below it", unit_below
    yield "caption: unit in the heading's corner cell", unit_in_corner
    yield "caption: unit on a line of its own above it", unit_above
    yield "a source line under the table", note_under("Bron: Ministerie van Financiën")
    yield (
        "a footnote under the table",
        note_under("1) Inclusief de loon- en prijsbijstelling 2023."),
    )
    yield "headings: years with a footnote mark (2023*)", year_marks("*")
    yield "headings: years with a footnote number (2023 1)", year_marks(" 1)")
    yield "headings: a corner heading (Omschrijving) before the years", corner_header
    yield "values: a euro sign before each value", euro_sign
    yield "values: a space before the percent sign", percent_spaced
    yield "labels: a footnote mark after the first row's label (1)", label_marks(" 1)")
    yield "labels: a footnote mark after the first row's label (*)", label_marks("*")
    yield "trailing spaces", trailing_spaces
    yield "leading spaces", indent
    yield "CRLF line ends", crlf
    yield "one cell per line, no blank lines between", no_blank_separators
    yield "rows on one line, columns aligned (a PDF's text layer)", rows_aligned
    yield "rows on one line, one space between values", rows_spaced
    yield f"rows on one line, aligned, labels wrapped at {WRAP}", rows_wrapped
    yield "rows on one line, aligned, headings centred", rows_centred
    yield "rows as a Markdown pipe table", rows_piped
    yield "rows on one line: two spaces before values", row_separator("  ")
    yield "rows on one line: a tab before values", row_separator("\t")
    yield "pipe cells padded", pipe_padding
    yield "placeholders: no-break spaces", placeholder_nbsp
    yield "blank line before caption", blank("before caption")
    yield "blank line after caption", blank("after caption")
    yield "blank line after table", blank("after table")
    yield "blank lines doubled within tables", blank_doubled
    yield "caption: wrapped over two lines", caption_wrapped


def write_corpus(root: Path, source: Path, pages: list[Page]) -> Path:
    """A corpus folder holding ``pages`` and their answers, and no prose."""
    (root / "tables" / "pages").mkdir(parents=True)
    (root / "prose" / "pages").mkdir(parents=True)
    shutil.copyfile(
        source / "tables" / "pages" / "index.csv", root / "tables" / "pages" / "index.csv"
    )
    for name, header in (
        ("pages/index.csv", "file,url,title,layout_notes"),
        ("amounts.csv", "file,line,quote,amount_eur"),
        ("traps.csv", "file,line,text"),
    ):
        (root / "prose" / name).write_text(header + "\n", encoding="utf-8")
    fields = list(scoring._read(source / "tables" / "tables.csv")[0])
    with (root / "tables" / "tables.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields)
        writer.writeheader()
        for page in pages:
            (root / "tables" / "pages" / page.file).write_text(page.text(), encoding="utf-8")
            writer.writerows(page.answers())
    return root


def score_pages(source: Path, pages: list[Page]) -> dict[str, dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(Path(tmp) / "corpus", source, pages)
        return scoring._score_tables(corpus, scoring.extract_corpus(corpus))


KEYS = ("cells", "found", "parent", "tables", "units")


def _sum(pages: dict[str, dict[str, Any]], files: list[str]) -> dict[str, int]:
    return {key: sum(pages[f].get(key, 0) for f in files) for key in KEYS}


def run(source: Path, only: str | None = None) -> list[Row]:
    base = score_pages(source, load(source))
    results = []
    for name, rewrite in rewrites():
        if only and only not in name:
            continue
        pages = load(source)
        changed = [page.file for page in pages if rewrite(page)]
        if not changed:
            continue
        got = score_pages(source, pages)
        losses = []
        for file in changed:
            b, g = base[file], got[file]
            lost = {k: b.get(k, 0) - g.get(k, 0) for k in ("found", "parent", "units")}
            if any(v > 0 for v in lost.values()):
                losses.append({"file": file, **lost, "unit_errors": g.get("unit_errors", [])})
        results.append(
            {
                "rewrite": name,
                "pages": len(changed),
                "before": _sum(base, changed),
                "after": _sum(got, changed),
                "losses": losses,
            }
        )
    return results


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def render(results: list[Row]) -> str:
    lines = [
        "Per rewrite, over the pages it changed: unchanged pages → rewritten pages",
        "(cells = found with same line and value; parents over found cells; units per table)",
        "",
        f"{'rewrite':48} {'pages':>5} {'cells':>17} {'parents':>17} {'units':>13}",
    ]
    for r in results:
        b, a = r["before"], r["after"]
        lines.append(
            f"{r['rewrite']:48} {r['pages']:>5} "
            f"{_pct(b['found'], b['cells']):>7} → {_pct(a['found'], a['cells']):>7} "
            f"{_pct(b['parent'], b['found']):>7} → {_pct(a['parent'], a['found']):>7} "
            f"{b['units']:>2}/{b['tables']:<2} → {a['units']:>2}/{a['tables']:<2}"
        )
    lost = [(r["rewrite"], loss) for r in results for loss in r["losses"]]
    if lost:
        lines += ["", "Pages that lose (cells, parents, units):"]
        for name, loss in lost:
            errors = "; ".join(loss["unit_errors"])
            lines.append(
                f"  {name}: {loss['file']} -{loss['found']} cells, -{loss['parent']} parents, "
                f"-{loss['units']} units {errors}"
            )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the corpus folder")
    parser.add_argument("--only", help="run only the rewrites whose name contains this")
    args = parser.parse_args()
    results = run(args.corpus, args.only)
    print(json.dumps(results, indent=2, ensure_ascii=False) if args.json else render(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
