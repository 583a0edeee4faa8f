"""Compare a hand inventory of money amounts with budgetkit's amounts.csv.

Usage: python benchmarks/coverage/compare.py INVENTORY.csv [INVENTORY.csv ...]
       [--amounts PATH] [--list]

A match is the same document, the same line and the same amount_eur and amount_eur_max
(multiset matching: two equal amounts on one line need two rows). Only documents that
appear in the inventories are scored. Year and ministry accuracy are over matched rows; a
year the extractor took from the context (``year_source`` = context) also agrees with an
inventory row that leaves the year out.
Rows whose inventory note contains "ctx" or "ambiguous" are also reported separately,
because their year is a reader's judgement beyond the sentence.
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from pathlib import Path

DEFAULT_AMOUNTS = str(Path(__file__).resolve().parents[2] / "datapackage" / "data" / "amounts.csv")


def norm(v: str | None) -> str:
    v = (v or "").strip()
    if v.endswith(".0"):
        v = v[:-2]
    return v


def key(row: dict) -> tuple:
    return (
        row["document_id"],
        int(row["line"]),
        norm(row["amount_eur"]),
        norm(row["amount_eur_max"]),
    )


def year_agrees(a: dict, b: dict) -> bool:
    """The inventory's years equal the extracted ones, or (when the extractor took them from
    the context, ``year_source`` = context) the inventory leaves them out as unstated."""
    inventory = (norm(a["year_from"]), norm(a["year_to"]))
    if inventory == (norm(b["year_from"]), norm(b["year_to"])):
        return True
    return b.get("year_source") == "context" and inventory == ("", "")


def load(path: str) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("inventories", nargs="+")
    ap.add_argument("--amounts", default=DEFAULT_AMOUNTS)
    ap.add_argument(
        "--list", action="store_true", help="list misses, extras and year/ministry diffs"
    )
    args = ap.parse_args()

    inv = [r for p in args.inventories for r in load(p)]
    docs = sorted({r["document_id"] for r in inv})
    ext = [r for r in load(args.amounts) if r["document_id"] in docs]

    pool: dict[tuple, list[dict]] = defaultdict(list)
    for r in ext:
        pool[key(r)].append(r)
    matched, misses = [], []
    for r in inv:
        cands = pool.get(key(r))
        if cands:
            matched.append((r, cands.pop(0)))
        else:
            misses.append(r)
    extras = [r for rows in pool.values() for r in rows]

    print(
        f"{'document':36} {'inv':>4} {'ext':>4} {'match':>5} {'recall':>7} {'prec':>7} "
        f"{'year':>7} {'year*':>7} {'minis':>7}"
    )
    for doc in [*docs, "ALL"]:
        sel = (lambda d: True) if doc == "ALL" else (lambda d, doc=doc: d == doc)
        n_inv = sum(sel(r["document_id"]) for r in inv)
        n_ext = sum(sel(r["document_id"]) for r in ext)
        m = [(a, b) for a, b in matched if sel(a["document_id"])]
        years = [year_agrees(a, b) for a, b in m]
        strict = [
            y
            for y, (a, _) in zip(years, m, strict=False)
            if "ctx" not in a.get("note", "") and "ambiguous" not in a.get("note", "")
        ]
        mins = [a["ministry"] == b["ministry"] for a, b in m]

        def pct(xs: list[bool]) -> str:
            return f"{100 * sum(xs) / len(xs):6.1f}%" if xs else "    n/a"

        rec = f"{100 * len(m) / n_inv:6.1f}%" if n_inv else "    n/a"
        prec = f"{100 * len(m) / n_ext:6.1f}%" if n_ext else "    n/a"
        print(
            f"{doc:36} {n_inv:4} {n_ext:4} {len(m):5} {rec:>7} {prec:>7} "
            f"{pct(years):>7} {pct(strict):>7} {pct(mins):>7}"
        )
    print("year* = year accuracy excluding inventory rows noted ctx/ambiguous")

    if args.list:
        print("\nMISSES (in inventory, not extracted):")
        for r in misses:
            print(
                f"  {r['document_id']}:{r['line']} {r['amount_eur']} "
                f"max={r['amount_eur_max']} | {r.get('note', '')}"
            )
        print("\nEXTRAS (extracted, not in inventory):")
        for r in sorted(extras, key=lambda r: (r["document_id"], int(r["line"]))):
            print(
                f"  {r['document_id']}:{r['line']}:{r['column']} {r['amount_eur']} "
                f"max={r['amount_eur_max']} | {r['quote']!r}"
            )
        print("\nYEAR DIFFS (inventory vs extracted):")
        for a, b in matched:
            if not year_agrees(a, b):
                print(
                    f"  {a['document_id']}:{a['line']} {a['amount_eur']} "
                    f"inv={a['year_from']}-{a['year_to']} "
                    f"ext={b['year_from']}-{b['year_to']} ({b.get('year_source')}) "
                    f"| {a.get('note', '')}"
                )
        print("\nMINISTRY DIFFS:")
        for a, b in matched:
            if a["ministry"] != b["ministry"]:
                print(
                    f"  {a['document_id']}:{a['line']} {a['amount_eur']} "
                    f"inv={a['ministry']} ext={b['ministry']}"
                )


if __name__ == "__main__":
    main()
