"""The development corpus as a budgetkit project: every page added as a source the way the
README says a steward adds a document (its text in ``sources/`` and an entry in
``sources/sources.yml``), so scoring runs the real extraction and nothing else.

Used by the corpus score (``benchmarks/coverage/corpus.py``), its rewrites (``perturb.py``)
and the tests that keep it from regressing and check sums on the answers.
"""

from __future__ import annotations

import csv
import re
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
COPIED = ("schemas", "checks")


def printed_rows(cells: Iterable[dict[str, str]]) -> list[dict[str, Any]]:
    """One table's answer cells, in page order, as its printed rows: a row is a run of cells
    of one label and parent that does not repeat a column (labels repeat within a table; the
    line tells them apart). Each row: its ``label``, ``parent`` and ``cells`` by column."""
    rows: list[dict[str, Any]] = []
    for cell in cells:
        last = rows[-1] if rows else None
        if (
            last
            and (last["label"], last["parent"]) == (cell["row_label"], cell["parent_row_label"])
            and cell["column_label"] not in last["cells"]
        ):
            last["cells"][cell["column_label"]] = cell
        else:
            rows.append(
                {
                    "label": cell["row_label"],
                    "parent": cell["parent_row_label"],
                    "cells": {cell["column_label"]: cell},
                }
            )
    return rows


def _year(*texts: str) -> int:
    """The first plausible budget year named in the URL or title (1990-2039, the years the
    amounts reader reads as years: the guilder's last budgets among them), else 2020."""
    for text in texts:
        match = re.search(r"(?<!\d)(199\d|20[0-3]\d)(?!\d)", text)
        if match:
            return int(match.group(1))
    return 2020


def corpus_pages(corpus: Path = CORPUS) -> list[tuple[str, Path, dict[str, str]]]:
    """(kind, page path, index row) for every page of the corpus, tables first. A corpus may
    hold one half only (a reviewer's round of table pages, or of prose): a half is there when
    its ``pages/index.csv`` is."""
    pages = []
    for kind in ("tables", "prose"):
        index = corpus / kind / "pages" / "index.csv"
        if not index.exists():
            continue
        with index.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                pages.append((kind, corpus / kind / "pages" / row["file"], row))
    return pages


def document_id(kind: str, file: str) -> str:
    """``tables-a01``, ``prose-03``: the id a page gets as a source."""
    return f"{kind}-{Path(file).stem}"


def build_project(root: Path, corpus: Path = CORPUS) -> Path:
    """Write a project at ``root`` whose sources are the corpus pages; return ``root``."""
    sources = root / "sources"
    sources.mkdir(parents=True)
    for name in COPIED:
        shutil.copytree(ROOT / name, root / name)
    # The steward's decisions name the five example documents; a fresh project has none yet.
    (root / "checks" / "curation.yml").write_text("measures: {}\namounts: {}\n", encoding="utf-8")
    (root / "checks" / "links.yml").write_text("links: []\n", encoding="utf-8")
    entries = []
    for kind, path, row in corpus_pages(corpus):
        doc_id = document_id(kind, row["file"])
        shutil.copyfile(path, sources / f"{doc_id}.txt")
        stated = row.get("year", "")
        year = int(stated) if stated.isdigit() else _year(row["url"], row["title"])
        entries.append(
            {
                "id": doc_id,
                "file": f"{doc_id}.txt",
                "title": row["title"],
                "publisher": row.get("publisher") or "onbekend",
                "kind": "budget_chapter" if kind == "tables" else "parliamentary_letter",
                "published": f"{year}",
                "budget_year": year,
                "license": "quoted for reference",
                "url": row["url"],
            }
        )
    text = yaml.safe_dump({"documents": entries}, allow_unicode=True, sort_keys=False)
    (sources / "sources.yml").write_text(text, encoding="utf-8")
    return root
