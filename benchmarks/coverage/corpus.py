"""The corpus score: real extraction on pages it was not built on, against hand answers.

Every page of the development corpus (``../shared/corpus/``) is added as a source of a fresh
project the way the README says a steward adds a document, the real extraction
(``run_extraction``) runs over it, and its output is scored against the answers:

- tables: a gold cell is found when an extracted cell of that page has the same line and
  value (a multiset match: rows printed on one line share it); for found cells, whether the
  column label, the row label and the parent row's label agree; per gold table whether the
  normalised unit agrees (that of the extracted table holding most of its found cells), and
  whether that table's title names it: the two titles share at least 60% of each one's words
  once unit declarations ("(bedragen x € 1.000)", "in miljoenen euro's") and the answers'
  markers of a missing caption are set aside (the answers keep the printed caption with its
  unit or not; a unit line, a line of column headings or nothing is no title);
- prose: an amount is found when an extracted amount of that page has the same line and
  ``amount_eur``; precision counts every amount extracted on a prose page; currency is
  compared on found amounts; a trap (a number that is not euro money) stored as a euro amount
  on its line, and a dollar amount stored as euros, are counted and must stay 0;
- years (prose): of the found amounts whose answer names years (the README gives them only
  where the amount's own sentence names them), how many got exactly those years with
  ``year_source`` 'stated' (``years_right`` of ``years_named``); of those whose answer names
  none, how many got a 'stated' year anyway, one read from the sentence that is not the
  amount's (``years_invented`` of ``years_unnamed``). Years from context (a heading, the
  document's budget year) are no stated years and count as none.

Usage: ``python benchmarks/coverage/corpus.py [--json] [--corpus DIR]``.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus_project import CORPUS, build_project, document_id  # noqa: E402

from budgetkit.extract.pipeline import run_extraction  # noqa: E402
from budgetkit.project import Project  # noqa: E402

Row = dict[str, Any]


def _fold(text: Any) -> str:
    return " ".join(str(text or "").split())


def _number(text: Any) -> Decimal | None:
    if text is None or text == "":
        return None
    try:
        return Decimal(str(text)).normalize()
    except InvalidOperation:
        return None


def _year(text: Any) -> int | None:
    return int(str(text)) if text not in (None, "") else None


def _score_years(want: Row, got: Row) -> Counter:
    """The years score of one found amount (see the module's docstring)."""
    named = (_year(want.get("year_from")), _year(want.get("year_to")))
    stated = (
        (_year(got.get("year_from")), _year(got.get("year_to")))
        if got.get("year_source") == "stated"
        else (None, None)
    )
    if named != (None, None):
        return Counter(years_named=1, years_right=int(stated == named))
    return Counter(years_unnamed=1, years_invented=int(stated != (None, None)))


# A unit declaration in a title, bracketed or not ("(bedragen x € 1.000)", "x € 1 mln",
# "In miljoenen euro's", "bedragen in €"), a continuation mark, and the answers' marks of a
# page that prints no caption: no words of the table's name.
_TITLE_NOISE = re.compile(
    r"\((?:[^()]*(?:€|euro|eur\b|ƒ|x\s*1\b|vervolg|caption|bijschrift)[^()]*)\)"
    r"|(?:\bbedragen\s+)?(?:\bx|×|\bin)\s*(?:€|eur\b|euro|ƒ|fl\.?)\s*1?[\d.  ]*"
    r"(?:mln|mld|miljoen|miljard|duizend)?\.?"
    r"|(?:\bbedragen\s+)?\b(?:x\s*1[.  ]?000|in\s+(?:duizenden|miljoenen|miljarden)"
    r"(?:\s+(?:euro['’]?s?|€))?)",
    re.IGNORECASE,
)
_TITLE_SHARED = 0.6


def title_names(got: Any, want: Any) -> bool:
    """Whether an extracted table's title names the table the answer's title does: each
    shares at least ``_TITLE_SHARED`` of its words with the other, unit declarations and
    caption marks set aside (``_TITLE_NOISE``)."""
    words = [
        set(re.findall(r"[^\W_]+", _TITLE_NOISE.sub(" ", _fold(t)).lower())) for t in (got, want)
    ]
    shared = len(words[0] & words[1])
    return all(part and shared >= _TITLE_SHARED * len(part) for part in words)


def _read(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _has(corpus: Path, kind: str) -> bool:
    """Whether the corpus holds pages of ``kind``: a reviewer's round may hold table pages
    only, or prose only."""
    return (corpus / kind / "pages" / "index.csv").exists()


def _answers(corpus: Path, kind: str, name: str) -> list[Row]:
    """The rows of one answer file of the ``kind`` half; none where the corpus has no such
    half (a half that is there must hold every file)."""
    return _read(corpus / kind / name) if _has(corpus, kind) else []


def extract_corpus(corpus: Path = CORPUS) -> dict[str, list[Row]]:
    """The package rows the real extraction makes of the corpus, by resource."""
    with tempfile.TemporaryDirectory() as tmp:
        root = build_project(Path(tmp) / "corpus", corpus)
        result = run_extraction(Project(root))
        return result.rows


def _score_tables(corpus: Path, rows: dict[str, list[Row]]) -> dict[str, dict[str, Any]]:
    tables = {t["table_id"]: t for t in rows.get("tables", [])}
    extracted: dict[str, list[Row]] = defaultdict(list)
    for cell in rows.get("table_cells", []):
        doc = cell["table_id"].split(":")[0]
        extracted[doc].append(cell)
    gold: dict[str, list[Row]] = defaultdict(list)
    for cell in _answers(corpus, "tables", "tables.csv"):
        gold[cell["file"]].append(cell)
    pages: dict[str, dict[str, Any]] = {}
    for file in sorted(gold):
        doc = document_id("tables", file)
        pool: dict[tuple[int, Any], list[Row]] = defaultdict(list)
        for cell in extracted.get(doc, []):
            value = _number(cell["value"])
            key = (cell["line"], value if value is not None else _fold(cell["value_text"]))
            pool[key].append(cell)
        score = Counter()
        units: dict[str, tuple[str, Counter]] = {}
        for want in gold[file]:
            value = _number(want["value"])
            key = (int(want["line"]), value if value is not None else _fold(want["value_text"]))
            candidates = pool.get(key, [])
            score["cells"] += 1
            title = want["table_title"]
            units.setdefault(title, (want["unit"], Counter()))
            if not candidates:
                continue
            same = [
                c for c in candidates if _fold(c["column_label"]) == _fold(want["column_label"])
            ]
            got = (same or candidates).pop(0)
            candidates.remove(got) if got in candidates else None
            score["found"] += 1
            score["column"] += _fold(got["column_label"]) == _fold(want["column_label"])
            score["row"] += _fold(got["row_label"]) == _fold(want["row_label"])
            score["parent"] += _fold(got.get("parent_row_label")) == _fold(want["parent_row_label"])
            units[title][1][got["table_id"]] += 1
        unit_right = 0
        title_right = 0
        unit_wrong: list[str] = []
        title_wrong: list[str] = []
        for title, (want_unit, seen) in units.items():
            table = tables.get(seen.most_common(1)[0][0]) if seen else None
            got_unit = _fold(table.get("unit_label")) if table else "(not found)"
            if table and got_unit == _fold(want_unit):
                unit_right += 1
            else:
                unit_wrong.append(f"{title[:40]}: {want_unit!r} got {got_unit!r}")
            if table is not None and title_names(table.get("title"), title):
                title_right += 1
            else:
                got_title = _fold(table.get("title")) if table else "(not found)"
                title_wrong.append(f"{title[:50]!r} got {got_title[:50]!r}")
        pages[file] = {
            **score,
            "tables": len(units),
            "units": unit_right,
            "titles": title_right,
            "title_errors": title_wrong,
            "unit_errors": unit_wrong,
            "extracted": len(extracted.get(doc, [])),
        }
    return pages


def _score_prose(corpus: Path, rows: dict[str, list[Row]]) -> dict[str, dict[str, Any]]:
    amounts: dict[str, list[Row]] = defaultdict(list)
    for amount in rows.get("amounts", []):
        amounts[amount["document_id"]].append(amount)
    gold: dict[str, list[Row]] = defaultdict(list)
    for amount in _answers(corpus, "prose", "amounts.csv"):
        gold[amount["file"]].append(amount)
    traps: dict[str, list[Row]] = defaultdict(list)
    for trap in _answers(corpus, "prose", "traps.csv"):
        traps[trap["file"]].append(trap)
    pages: dict[str, dict[str, Any]] = {}
    files = sorted({row["file"] for row in _answers(corpus, "prose", "pages/index.csv")})
    for file in files:
        doc = document_id("prose", file)
        pool = list(amounts.get(doc, []))
        score = Counter()
        score["extracted"] = len(pool)
        for want in gold.get(file, []):
            score["amounts"] += 1
            currency = want.get("currency") or "EUR"
            match = next(
                (
                    a
                    for a in pool
                    if a["line"] == int(want["line"])
                    and _number(a["amount_eur"]) == _number(want["amount_eur"])
                ),
                None,
            )
            if currency != "EUR":
                score["foreign"] += 1
                same_line = [a for a in pool if a["line"] == int(want["line"])]
                stored_as_eur = any(
                    (a.get("currency") or "EUR") == "EUR"
                    and _number(a["amount_eur"]) == _number(want["amount_eur"])
                    for a in same_line
                )
                score["foreign_as_eur"] += stored_as_eur
            if match is None:
                continue
            pool.remove(match)
            score["found"] += 1
            score["currency"] += (match.get("currency") or "EUR") == currency
            score.update(_score_years(want, match))
        for trap in traps.get(file, []):
            score["traps"] += 1
            text = _fold(trap["text"])
            score["traps_as_eur"] += any(
                a["line"] == int(trap["line"])
                and (a.get("currency") or "EUR") == "EUR"
                and (text in _fold(a["quote"]) or _fold(a["quote"]) in text)
                for a in amounts.get(doc, [])
            )
        pages[file] = dict(score)
    return pages


def score(corpus: Path = CORPUS) -> dict[str, Any]:
    """Per page and total scores for tables and prose."""
    rows = extract_corpus(corpus)
    tables = _score_tables(corpus, rows)
    prose = _score_prose(corpus, rows)
    total_t = Counter()
    for page in tables.values():
        total_t.update({k: v for k, v in page.items() if isinstance(v, int)})
    total_p = Counter()
    for page in prose.values():
        total_p.update({k: v for k, v in page.items() if isinstance(v, int)})
    return {
        "tables": tables,
        "prose": prose,
        "total_tables": dict(total_t),
        "total_prose": dict(total_p),
    }


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def _of(page: dict[str, Any], part: str, whole: str) -> str:
    return f"{page.get(part, 0)}/{page.get(whole, 0)}"


def render(result: dict[str, Any]) -> str:
    lines = [
        "Tables (cells found = same line and value; labels and parents over found cells)",
        "",
        f"{'page':6} {'cells':>6} {'found':>6} {'%':>7} {'column':>7} {'row':>7} {'parent':>7} "
        f"{'units':>6} {'titles':>6}",
    ]
    for file, page in [*result["tables"].items(), ("TOTAL", result["total_tables"])]:
        found = page.get("found", 0)
        lines.append(
            f"{file.removesuffix('.txt'):6} {page.get('cells', 0):>6} {found:>6} "
            f"{_pct(found, page.get('cells', 0)):>7} {_pct(page.get('column', 0), found):>7} "
            f"{_pct(page.get('row', 0), found):>7} {_pct(page.get('parent', 0), found):>7} "
            f"{page.get('units', 0):>3}/{page.get('tables', 0):<2} "
            f"{page.get('titles', 0):>3}/{page.get('tables', 0):<2}"
        )
    lines += [
        "",
        "Prose (found = same line and amount; precision over every amount extracted on the page;",
        "years: found amounts given the answer's years as stated / those whose answer names any;",
        "invented: a stated year given / found amounts whose answer names none)",
        "",
        f"{'page':6} {'gold':>5} {'found':>6} {'extracted':>9} {'recall':>7} {'precision':>9} "
        f"{'currency':>8} {'traps€':>6} {'$as€':>5} {'years':>9} {'invented':>9}",
    ]
    for file, page in [*result["prose"].items(), ("TOTAL", result["total_prose"])]:
        found = page.get("found", 0)
        lines.append(
            f"{file.removesuffix('.txt'):6} {page.get('amounts', 0):>5} {found:>6} "
            f"{page.get('extracted', 0):>9} {_pct(found, page.get('amounts', 0)):>7} "
            f"{_pct(found, page.get('extracted', 0)):>9} {_pct(page.get('currency', 0), found):>8} "
            f"{page.get('traps_as_eur', 0):>6} {page.get('foreign_as_eur', 0):>5} "
            f"{_of(page, 'years_right', 'years_named'):>9} "
            f"{_of(page, 'years_invented', 'years_unnamed'):>9}"
        )
    errors = [
        f"  {file}: {error}"
        for file, page in result["tables"].items()
        for error in page.get("unit_errors", [])
    ]
    if errors:
        lines += ["", "Units not right:", *errors]
    titles = [
        f"  {file}: {error}"
        for file, page in result["tables"].items()
        for error in page.get("title_errors", [])
    ]
    if titles:
        lines += ["", "Titles not naming the table:", *titles]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the corpus folder")
    args = parser.parse_args()
    if not (_has(args.corpus, "tables") or _has(args.corpus, "prose")):
        parser.error(f"{args.corpus}: neither tables/pages/index.csv nor prose/pages/index.csv")
    result = score(args.corpus)
    print(json.dumps(result, indent=2, sort_keys=True) if args.json else render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
