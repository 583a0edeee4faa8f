"""Break the validation rules on purpose, one at a time, and see whether a test notices.

Each mutant is one deliberate breakage of a check module (a rule switched off, a
comparison loosened, a sign dropped), written as an exact text replacement that must match
once. For each, the script copies the repository to a scratch folder, applies the one
change there (never to the working tree), runs the tests that cover that module, and
records the mutant as *caught* (a test failed) or *survived* (all passed). A mutant whose
text no longer matches the module is *stale*: the list must follow the code.

Usage: python benchmarks/mutate_checks.py [--only ID ...] [--json benchmarks/out/mutants.json]
Exit code 1 when a mutant survived or went stale, so the list cannot rot unnoticed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
V = "src/budgetkit/validate/"
T = "tests/validate/"
PROVENANCE = (T + "test_provenance_checks.py", T + "test_dutchnumbers.py")
TOTALS = (T + "test_totals_checks.py", T + "test_sums_corpus.py")
CONSISTENCY = (T + "test_consistency_checks.py", T + "test_links.py")
CONTRACTS = (T + "test_contract_checks.py",)
STRUCTURE = (T + "test_structure_checks.py",)
SCREEN = (T + "test_structure_screen.py",)


@dataclass(frozen=True)
class Mutant:
    id: str
    path: str
    old: str
    new: str
    tests: tuple[str, ...]
    why: str


def _off(module: str, check: str, tests: tuple[str, ...], why: str) -> Mutant:
    """The rule ``check`` removed from its layer's CHECKS: switched off."""
    return Mutant(f"{check}-off", V + module, f"    {check},\n", "", tests, why)


MUTANTS = [
    # The breakages issue 11 lists.
    Mutant(
        "quote-any-text",
        V + "provenance.py",
        '.with_columns(_stands_at("quote").alias("ok"))',
        '.with_columns(pl.lit(True).alias("ok"))',
        PROVENANCE,
        "provenance accepts any text at the line and column",
    ),
    _off("provenance.py", "CellText", PROVENANCE, "cell-text check switched off"),
    _off("provenance.py", "CellValue", PROVENANCE, "cell-value check switched off"),
    _off("contracts.py", "MeasureSpan", CONTRACTS, "measure-span rule switched off"),
    _off("structure.py", "SchemasMatch", STRUCTURE, "inlined-schema check switched off"),
    Mutant(
        "waarvan-summed",
        V + "sums.py",
        'pl.col("adds_up").ne_missing(False)',
        "pl.lit(True)",
        TOTALS,
        "waarvan rows counted into their parent's sum",
    ),
    # Provenance.
    Mutant(
        "amount-euros-loose",
        V + "provenance.py",
        "return abs(Decimal(read) - Decimal(repr(stored))) > HALF_CENT",
        'return abs(Decimal(read) - Decimal(repr(stored))) > Decimal("1e30")',
        PROVENANCE,
        "stored euros compared with any tolerance",
    ),
    Mutant(
        "amount-max-ignored",
        V + "provenance.py",
        "if not (low or high):",
        "if not low:",
        PROVENANCE,
        "a range's upper bound never compared",
    ),
    _off("provenance.py", "AmountScale", PROVENANCE, "scale column never compared"),
    _off("provenance.py", "AmountScaleLine", PROVENANCE, "scale_line never read"),
    _off("provenance.py", "AmountCurrency", PROVENANCE, "dollars may be stored as euros"),
    _off("provenance.py", "TableScale", PROVENANCE, "scale note never read"),
    _off("provenance.py", "ScaleText", PROVENANCE, "scale note never located"),
    Mutant(
        "cell-euros-loose",
        V + "provenance.py",
        '| ((pl.col("value_eur") - product).abs() <= 0.005)',
        '| ((pl.col("value_eur") - product).abs() <= 1e30)',
        PROVENANCE,
        "value_eur compared with any tolerance",
    ),
    Mutant(
        "sha256-ignored",
        V + "provenance.py",
        "if digest != sha:",
        "if False:",
        PROVENANCE,
        "a changed source passes",
    ),
    Mutant(
        "line-count-ignored",
        V + "provenance.py",
        "if line_count and line_count.isdigit() and int(line_count) != lines:",
        "if False:",
        PROVENANCE,
        "a source with other lines passes",
    ),
    Mutant(
        "reader-drops-minus",
        V + "dutchnumbers.py",
        "return TableNumber(-value if negative else value,",
        "return TableNumber(value,",
        PROVENANCE,
        "strict reader loses a cell's minus sign",
    ),
    Mutant(
        "reader-mrd-millions",
        V + "dutchnumbers.py",
        '"mrd": 9,',
        '"mrd": 6,',
        PROVENANCE,
        "strict reader takes mrd for millions",
    ),
    Mutant(
        "reader-guesses-lists",
        V + "dutchnumbers.py",
        'if _LIST.match(text) and "," in parts["a"]:',
        "if False:",
        PROVENANCE,
        "strict reader guesses '8,10 en 10 miljoen'",
    ),
    Mutant(
        "reader-money-minus",
        V + "dutchnumbers.py",
        "    if signs:\n        value = -value\n",
        "    if False:\n        value = -value\n",
        PROVENANCE,
        "strict reader loses an amount's minus sign",
    ),
    Mutant(
        "reader-scale-note-thousand",
        V + "dutchnumbers.py",
        '"mln": 1_000_000,\n        "miljoen": 1_000_000,',
        '"mln": 1_000,\n        "miljoen": 1_000,',
        PROVENANCE,
        "strict reader takes 'x € 1 mln' for thousands",
    ),
    # Totals.
    Mutant(
        "rounding-without-total",
        V + "sums.py",
        'tolerance = pl.col("tol") + pl.col("tol_parts")',
        'tolerance = pl.col("tol_parts")',
        TOTALS,
        "the total's own rounding left out of the tolerance",
    ),
    Mutant(
        "rounding-none",
        V + "sums.py",
        "(pl.lit(per_figure) * pl.lit(10.0)",
        "(pl.lit(0.0) * pl.lit(10.0)",
        TOTALS,
        "no rounding allowed: every rounded sum a source error",
    ),
    Mutant(
        "rounding-everything",
        V + "sums.py",
        ".when(difference.abs() <= tolerance)",
        ".when(difference.abs() <= tolerance * 1000)",
        TOTALS,
        "a sum off by thousands taken for rounding",
    ),
    Mutant(
        "headers-not-summed",
        V + "sums.py",
        "for _ in range(MAX_DEPTH):",
        "for _ in range(0):",
        TOTALS,
        "a header row without figures does not stand for its rows",
    ),
    Mutant(
        "rounding-as-finding",
        V + "totals.py",
        'if cell["verdict"] == ROUNDING:',
        "if False:",
        TOTALS,
        "rounding reported as source findings",
    ),
    _off("totals.py", "TotalColumn", TOTALS, "Totaal column never summed"),
    _off("totals.py", "ProseVsTable", TOTALS, "prose never compared with tables"),
    _off("totals.py", "ProseDecomposition", TOTALS, "'Dit betreft' parts never summed"),
    # Consistency.
    _off("consistency.py", "LinkTargets", CONSISTENCY, "a confirmed link may point nowhere"),
    _off("consistency.py", "CrossDocument", CONSISTENCY, "linked measures never compared"),
    _off("consistency.py", "YearMismatch", CONSISTENCY, "years of equal amounts never compared"),
    Mutant(
        "within-document-unbounded",
        V + "consistency.py",
        "for j in members[bisect.bisect_right(members, i) :][:limit]\n            )[:limit]",
        "for j in members[bisect.bisect_right(members, i) :]\n            )",
        CONSISTENCY,
        "equal amounts compared pair by pair (quadratic)",
    ),
    Mutant(
        "crowded-amount-ties",
        V + "consistency.py",
        '& (pl.len().over("budget_year", "value", "y0", "y1") <= crowd)',
        "",
        CONSISTENCY,
        "an amount a crowd of measures states ties them (pairs by the square)",
    ),
    Mutant(
        "proposals-into-checks",
        V + "links.py",
        'return project.reports / "proposed-links.yml"',
        'return project.checks / "links.yml"',
        CONSISTENCY,
        "validation writes the steward's checks/links.yml",
    ),
    Mutant(
        "stemmer-pensio",
        V + "links.py",
        'if word.endswith("en") and len(word) >= 6 and word[-3] not in _VOWELS:',
        'if word.endswith("en") and len(word) >= 6:',
        CONSISTENCY,
        "'Pensioen' stemmed to 'pensio'",
    ),
    # Contracts and structure.
    _off("contracts.py", "AmountRange", CONTRACTS, "ranges may run backwards"),
    _off("contracts.py", "YearSpan", CONTRACTS, "year spans may run backwards"),
    _off("contracts.py", "LineSpan", CONTRACTS, "line spans may run backwards"),
    _off("contracts.py", "ParentRow", CONTRACTS, "a parent row may be in another table"),
    Mutant(
        "foreign-keys-dropped",
        V + "structure.py",
        "for error in errors:",
        'for error in [e for e in errors if e.type != "foreign-key"]:',
        STRUCTURE,
        "Frictionless' foreign-key errors not reported",
    ),
    Mutant(
        "frictionless-capped",
        V + "structure_screen.py",
        "limit_errors: int = 10**9,",
        "limit_errors: int = 2,",
        STRUCTURE,
        "only Frictionless' first errors reported",
    ),
    # The structure screen: it may choose too many rows for Frictionless, never too few.
    Mutant(
        "screen-ignores-booleans",
        V + "structure_screen.py",
        "return col.is_in([*DEFAULT_TRUE_VALUES, *DEFAULT_FALSE_VALUES])",
        "return pl.lit(True)",
        SCREEN,
        "the screen takes every boolean cell for valid",
    ),
    Mutant(
        "screen-loose-integers",
        V + "structure_screen.py",
        '"integer": r"^-?(?:0|[1-9][0-9]{0,17})$",',
        '"integer": r"^.*$",',
        SCREEN,
        "the screen takes any text for an integer",
    ),
    Mutant(
        "screen-zero-at-least-one",
        V + "structure_screen.py",
        '1: r"^[1-9][0-9]{0,17}$"}',
        '1: r"^[0-9]{1,18}$"}',
        SCREEN,
        "the screen takes 0 (or 007) for plainly at least 1",
    ),
    Mutant(
        "screen-quoted-empty-present",
        V + "structure_screen.py",
        'suspect = suspect | col.is_null() | (col == "")',
        "suspect = suspect | col.is_null()",
        SCREEN,
        "the screen takes a required cell quoted empty ('\"\"') for present",
    ),
    Mutant(
        "screen-ignores-repeats",
        V + "structure_screen.py",
        "hits = hashes.is_duplicated().to_numpy()",
        "hits = hashes.is_first_distinct().to_numpy()",
        SCREEN,
        "the screen chooses only the first row of a repeated key",
    ),
    Mutant(
        "screen-repeats-never-looked-for",
        V + "structure_screen.py",
        "if hashes.n_unique() == hashes.len():",
        "if hashes.n_unique() <= hashes.len():",
        SCREEN,
        "the screen takes every key for distinct without looking for repeats",
    ),
    Mutant(
        "screen-lookups-empty",
        V + "structure_screen.py",
        "needed[rows] = True",
        "needed[rows] = False",
        SCREEN,
        "the rows a foreign key looks up are left out of the referenced resource",
    ),
    Mutant(
        "screen-no-parents",
        V + "structure_screen.py",
        "new = rows[~kept(table)[rows]]",
        "new = rows[:0]",
        SCREEN,
        "a subset lacks the parents its rows refer to (a self-reference)",
    ),
    Mutant(
        "screen-ignores-cell-count",
        V + "structure_screen.py",
        "table.chosen |= wrong",
        "table.chosen |= wrong & False",
        SCREEN,
        "rows with extra or missing cells are not chosen",
    ),
    Mutant(
        "screen-sample-dropped",
        V + "structure_screen.py",
        "if not _reads_plain(_head(table, kept(table))):",
        "if False:",
        SCREEN,
        "a subset Frictionless would read otherwise (labels on another row) lacks the sample",
    ),
    Mutant(
        "screen-quote-parity-lost",
        V + "structure_screen.py",
        "inside = bool(quoted[-1])",
        "inside = False",
        SCREEN,
        "a quoted line feed read as a record's end when its quotes fall in different pieces",
    ),
    Mutant(
        "screen-star-read-as-line-feed",
        V + "structure_screen.py",
        "feeds.append(marks[(values == 0x0A) & ~quoted] + i)",
        "feeds.append(marks[~is_quote & ~quoted] + i)",
        SCREEN,
        "a '*', which the one comparison for line feeds and quotes also finds, ends a record",
    ),
    Mutant(
        "screen-checklist-scope-narrowed",
        V + "frictionless_speedups.py",
        "return Checklist.scope.fget(self)",
        "return Checklist.scope.fget(self)[:5]",
        SCREEN,
        "the error types Frictionless keeps, listed once, lose the row errors",
    ),
    Mutant(
        "screen-whole-file-messages-unrendered",
        V + "structure_screen.py",
        "later = row_messages_rendered_by_caller() if numbers is not None else nullcontext()",
        "later = row_messages_rendered_by_caller()",
        SCREEN,
        "a resource Frictionless reads whole keeps row errors whose messages nobody rendered",
    ),
    Mutant(
        "screen-error-export-not-put-back",
        V + "frictionless_speedups.py",
        "            del Error.metadata_export",
        "            pass",
        SCREEN,
        "after the layer, Frictionless' row errors are made without their messages",
    ),
    Mutant(
        "screen-rows-not-renumbered",
        V + "structure_screen.py",
        "error.row_number = int(numbers[row - 1])",
        "error.row_number = int(row)",
        SCREEN,
        "errors keep their row number in the subset",
    ),
    Mutant(
        "screen-plugins-never-looked-for",
        V + "frictionless_speedups.py",
        "if path is None and not prefix and _no_plugin_on_path():",
        "if path is None and not prefix:",
        SCREEN,
        "Frictionless' search for frictionless_* plugins on sys.path finds none, however named",
    ),
    Mutant(
        "screen-sniffer-first-delimiter-only",
        V + "frictionless_speedups.py",
        "return not any(char in sample for char in delimiters)",
        "return not any(char in sample for char in delimiters[:1])",
        SCREEN,
        "the csv sniffer's search is skipped on a sample without commas, so ';' reads as ','",
    ),
    Mutant(
        "screen-sniffer-never-searches",
        V + "frictionless_speedups.py",
        "    if delimiters is None:\n        return False\n",
        "    return True\n",
        SCREEN,
        "the csv sniffer finds no delimiter in any sample, so a ';' file reads as commas",
    ),
    # The loader's streamed scan (the structure layer run alone): the same refusals.
    Mutant(
        "scan-reads-some-columns",
        V + "loader.py",
        "_every=pl.sum_horizontal(pl.col(name).is_null() for name in fields),",
        "_every=pl.lit(0),",
        ("tests/test_bad_input.py",),
        "a row with a field too many passes when the screen reads only some columns",
    ),
    Mutant(
        "scan-pads-short-rows",
        V + "loader.py",
        'if frame.get_column("_short").any():',
        "if False:",
        ("tests/test_bad_input.py",),
        "a row with a field too few passes the streamed scan, padded",
    ),
    # The report.
    Mutant(
        "problems-not-merged",
        V + "report.py",
        "found.setdefault(key, Problem(*where)).add(layer.name, error)",
        "found.setdefault((*key, layer.name), Problem(*where)).add(layer.name, error)",
        (T + "test_problems.py",),
        "one bad cell reported once per layer",
    ),
]


def _copy(target: Path) -> None:
    target.mkdir()
    ignore = shutil.ignore_patterns(
        ".git", ".venv", "__pycache__", ".pytest_cache", ".ruff_cache", "out", "reports", "build"
    )
    for name in ("src", "tests", "schemas", "checks", "datapackage", "sources", "docs"):
        if (REPO / name).exists():
            shutil.copytree(REPO / name, target / name, ignore=ignore)
    for name in ("pyproject.toml",):
        shutil.copy2(REPO / name, target / name)


def run(mutant: Mutant, scratch: Path) -> dict:
    path = scratch / mutant.path
    original = path.read_text(encoding="utf-8")
    if original.count(mutant.old) != 1:
        return {"id": mutant.id, "result": "stale", "why": mutant.why, "seconds": 0.0}
    path.write_text(original.replace(mutant.old, mutant.new), encoding="utf-8")
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *mutant.tests],
            cwd=scratch,
            env={**os.environ, "PYTHONPATH": str(scratch / "src")},
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        path.write_text(original, encoding="utf-8")
    failed = [line for line in done.stdout.splitlines() if line.startswith("FAILED")]
    return {
        "id": mutant.id,
        "result": "caught" if done.returncode != 0 else "survived",
        "why": mutant.why,
        "caught_by": failed[:1],
        "seconds": round(time.perf_counter() - started, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", help="mutant ids to run (default: all)")
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args()
    chosen = [m for m in MUTANTS if not args.only or m.id in args.only]
    results = []
    with tempfile.TemporaryDirectory(prefix="mutants-") as folder:
        scratch = Path(folder) / "repo"
        _copy(scratch)
        shared = REPO.parent / "shared"
        if shared.is_dir():  # the development corpus, where the tests look for it
            (Path(folder) / "shared").symlink_to(shared)
        for mutant in chosen:
            result = run(mutant, scratch)
            results.append(result)
            print(f"{result['result']:8} {mutant.id:28} {result['seconds']:6}s  {mutant.why}")
    counts = {
        k: sum(1 for r in results if r["result"] == k) for k in ("caught", "survived", "stale")
    }
    print(
        f"{counts['caught']} caught, {counts['survived']} survived, {counts['stale']} stale "
        f"of {len(results)} mutants"
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"counts": counts, "mutants": results}, indent=2) + "\n")
    sys.exit(1 if counts["survived"] or counts["stale"] else 0)


if __name__ == "__main__":
    main()
