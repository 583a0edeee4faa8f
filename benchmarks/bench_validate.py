"""``budgetkit validate`` against ``frictionless validate``, in one run, on one package.

For each size the benchmark generates a package with known errors
(``generate_package.py``, cached in ``benchmarks/out/pkg-<N>/``), then times, each under
``/usr/bin/time -v`` (wall clock and peak memory):

* ``frictionless validate --json --limit-errors 100000000 <dir>/datapackage/datapackage.json``
  (the Frictionless CLI; its default ``--limit-errors 1000`` would stop early and miss
  errors, so the limit is lifted to make it find everything, as budgetkit does);
* ``budgetkit validate -C <dir>`` (all six layers), and
* ``budgetkit validate -C <dir> --layer <name>`` for each layer alone.

It then matches what each tool reported with the generator's manifest: an injected error
is *found* when the tool reports an error on the same resource and CSV row. Errors on rows
the generator did not break are counted as *extra*. budgetkit's errors are read from each
layer's run alone (``reports/validation.json``); a layer that found more than the 10,000
errors that file keeps is run once more through the library for its full list. Before
every run findings.csv is emptied and checks/ restored, so all runs judge the same input;
a command that crashes or passes ``--timeout`` is recorded as such and the others go on.

The issue's goal: budgetkit at least 20x faster than frictionless, finding the same
structural errors.

Usage: python benchmarks/bench_validate.py [--sizes 100000 1000000] [--timeout 600] [--pin]
                                           [--layers structure ...] [--all-layers]
       python benchmarks/bench_validate.py --show benchmarks/out/validate-1000000.json
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import re
import subprocess
import sys
import time
from collections import Counter
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_package import ERROR_KINDS, STRUCTURAL_KINDS, copy_checks, generate, schemas_digest

from budgetkit.extract.package import render_csv
from budgetkit.project import Project
from budgetkit.schemas import field_names, load_schema
from budgetkit.validate import LAYERS, validate
from budgetkit.validate.loader import PackageData

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "out"
BIN = Path(sys.executable).parent
GOAL_RATIO = 20.0

Hits = set[tuple[str, int]]  # (resource, CSV row)


def timed(command: list[str], pin: bool, timeout: float | None) -> dict[str, Any]:
    """Run ``command`` under GNU time; wall seconds, peak RSS, exit code, stdout."""
    prefix = ["/usr/bin/time", "-v", *(["taskset", "-c", "0"] if pin else [])]
    start = time.perf_counter()
    try:
        proc = subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"command": " ".join(command), "timed_out": True, "seconds": timeout}
    seconds = time.perf_counter() - start
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    cpu = sum(
        float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", proc.stderr)
    )
    return {
        "command": " ".join([*prefix[2:], *command]),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "load_average": os.getloadavg()[0],
        "peak_rss_mb": round(int(peak.group(1)) / 1024) if peak else None,
        "exit_code": proc.returncode,
        "stdout": proc.stdout,
        "stderr_tail": "\n".join(proc.stderr.split("\tCommand being timed")[0].splitlines()[-30:]),
    }


def package(size: int, seed: int, regenerate: bool) -> tuple[Path, dict[str, Any]]:
    root = OUT / f"pkg-{size}"
    manifest_path = root / "manifest.json"
    if not regenerate and manifest_path.exists():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        same = (manifest["seed"], manifest["amounts"], manifest.get("schemas_sha256"))
        if same == (seed, size, schemas_digest()):
            copy_checks(root)  # the rules as they are now
            return root, manifest
    print(f"generating {size:,} amounts into {root} ...", file=sys.stderr)
    return root, generate(root, size, seed)


def injected_rows(manifest: dict[str, Any]) -> dict[str, Hits]:
    return {
        kind: {(r["resource"], r["row"]) for r in entry["rows"]}
        for kind, entry in manifest["injected"].items()
    }


def frictionless_hits(report: dict[str, Any]) -> tuple[Hits, Counter]:
    """(resource, row) of every row error, and a count per error type and field."""
    hits: Hits = set()
    types: Counter = Counter()
    for task in report.get("tasks", []):
        for error in task["errors"]:
            types[f"{task['name']}: {error['type']} {error.get('fieldName') or ''}".strip()] += 1
            if error.get("rowNumber"):
                hits.add((task["name"], error["rowNumber"]))
    for error in report.get("errors", []):
        types[f"package: {error['type']}"] += 1
    return hits, types


def budgetkit_hits(errors: list[dict[str, Any]]) -> tuple[Hits, Counter]:
    hits: Hits = set()
    types: Counter = Counter()
    for e in errors:
        types[f"{e['resource']}: {e['check']} {e['field'] or ''}".strip()] += 1
        if e["resource"] and e["row"]:
            hits.add((e["resource"], e["row"]))
    return hits, types


def compare(truth: dict[str, Hits], hits: Hits) -> dict[str, Any]:
    """Per injected kind: how many were found; and how many reported rows were not injected."""
    found = {kind: len(rows & hits) for kind, rows in truth.items()}
    injected = set().union(*truth.values()) if truth else set()
    return {"found": found, "extra_rows": len(hits - injected)}


def fresh_input(root: Path, empty_findings: bytes) -> None:
    """Give every run the same input: budgetkit writes findings.csv into the package, which
    the next run would read; checks/ is restored as it is in the repository."""
    (root / "datapackage" / "data" / "findings.csv").write_bytes(empty_findings)
    copy_checks(root)


def in_process(root: Path, layer: str) -> dict[str, float]:
    """CPU seconds (all threads) of loading the package as the runner does, then of the
    layer alone, in this process: the command's total also holds imports, the loader
    every layer shares, the package fingerprint and the reports."""
    start = time.process_time()
    data = PackageData.load(Project(root))
    for name in data.resources:
        data.raw(name)
    loaded = time.process_time()
    importlib.import_module(f"budgetkit.validate.{layer}").run(data)
    return {
        "loader_cpu_seconds": round(loaded - start, 2),
        "layer_cpu_seconds": round(time.process_time() - loaded, 2),
    }


def bench_size(size: int, args: argparse.Namespace, done: dict[str, Any]) -> dict[str, Any]:
    root, manifest = package(size, args.seed, args.regenerate)
    truth = injected_rows(manifest)
    # the header alone, as extraction writes it: a findings.csv left by an earlier run of
    # budgetkit in this folder would make every run read thousands of old rows
    schemas = Project(root).schemas
    empty_findings = render_csv(field_names(load_schema(schemas, "findings")), [])
    result: dict[str, Any] = {
        "amounts": size,
        "rows": manifest["rows"],
        "source_mb": round(manifest["source_bytes"] / 1e6, 1),
        "package_csv_mb": round(manifest["package_csv_bytes"] / 1e6, 1),
        "injected": {kind: entry["count"] for kind, entry in manifest["injected"].items()},
    }

    if not args.skip_frictionless:
        fresh_input(root, empty_findings)
        print(f"[{size:,}] frictionless validate ...", file=sys.stderr)
        descriptor = root / "datapackage" / "datapackage.json"
        command = [str(BIN / "frictionless"), "validate", "--json", "--limit-errors", "100000000"]
        run = timed([*command, str(descriptor)], args.pin, args.frictionless_timeout)
        if not run.get("timed_out"):
            report = json.loads(run.pop("stdout"))
            hits, types = frictionless_hits(report)
            run.update(compare(truth, hits), errors_reported=sum(types.values()), by_type=types)
        result["frictionless"] = run
        save(args, {**done, str(size): result})

    runs: dict[str, Any] = {}
    layer_errors: dict[str, dict[str, Any]] = {}  # each layer's JSON report, run alone
    chosen = [None, *LAYERS] if not args.layers else args.layers
    if args.layers and args.all_layers:
        chosen = [None, *args.layers]
    for layer in chosen:
        label = layer or "all layers"
        print(f"[{size:,}] budgetkit validate ({label}) ...", file=sys.stderr)
        fresh_input(root, empty_findings)
        command = [str(BIN / "budgetkit"), "validate", "-C", str(root)]
        report_path = root / "reports" / "validation.json"
        report_path.unlink(missing_ok=True)
        run = timed([*command, *(["--layer", layer] if layer else [])], args.pin, args.timeout)
        run.pop("stdout", None)
        runs[label] = run
        if run.get("timed_out"):
            continue
        if not report_path.exists():  # crashed: keep its last words, go on with the others
            print(f"  no report; exit {run['exit_code']}:\n{run['stderr_tail']}", file=sys.stderr)
            run["crashed"] = True
            continue
        report = json.loads(report_path.read_text(encoding="utf-8"))
        run["layer_seconds"] = {n: v["seconds"] for n, v in report["layers"].items()}
        run["layer_errors"] = {n: v["data_errors"] for n, v in report["layers"].items()}
        if layer:
            layer_errors[layer] = report["layers"][layer]
    result["budgetkit"] = runs
    if args.layers:  # what the layer itself costs, apart from startup and the shared loader
        fresh_input(root, empty_findings)
        result["in_process"] = {layer: in_process(root, layer) for layer in args.layers}

    # The JSON report keeps 10,000 errors per layer: a layer that found more is run once
    # more in process, through the library, for its full list.
    truncated = [name for name, rep in layer_errors.items() if rep["errors_left_off"]]
    if truncated:
        print(f"[{size:,}] library run for full error lists: {truncated}", file=sys.stderr)
        fresh_input(root, empty_findings)
        for layer_result in validate(Project(root), truncated).layers:
            layer_errors[layer_result.name]["errors"] = [asdict(e) for e in layer_result.errors]
    per_layer = {}
    all_hits: Hits = set()
    all_types: Counter = Counter()
    column_level: Counter = Counter()
    for name, rep in layer_errors.items():
        hits, types = budgetkit_hits(rep["errors"])
        per_layer[name] = compare(truth, hits)
        all_hits |= hits
        all_types += types
        for e in rep["errors"]:
            unexpected = re.search(r"(\d+) unexpected values", e["message"])
            if e["row"] is None and unexpected:
                where = f"{name}: {e['resource']}.{e['field']} ({e['check']})"
                column_level[where] += int(unexpected.group(1))
    result["budgetkit_errors"] = {
        **compare(truth, all_hits),
        "errors_reported": sum(all_types.values()),
        "by_type": all_types,
        "per_layer": per_layer,
        "column_level_unexpected": column_level,
    }
    fresh_input(root, empty_findings)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--regenerate", action="store_true", help="rewrite cached packages")
    parser.add_argument("--pin", action="store_true", help="run every command on CPU 0 only")
    parser.add_argument("--skip-frictionless", action="store_true")
    parser.add_argument(
        "--layers",
        nargs="+",
        choices=LAYERS,
        help="run only these layers, each alone (not all six together): at a million "
        "amounts the others take far more time and memory than frictionless and structure",
    )
    parser.add_argument(
        "--all-layers",
        action="store_true",
        help="with --layers: first run all six layers together too (their time and peak "
        "memory; the errors found are still those of each named layer run alone)",
    )
    parser.add_argument("--frictionless-timeout", type=float, default=3600)
    parser.add_argument(
        "--timeout", type=float, default=1800, help="seconds allowed per budgetkit command"
    )
    parser.add_argument(
        "--show", type=Path, nargs="+", help="print the tables of earlier results (JSON) and stop"
    )
    args = parser.parse_args()
    if args.show:
        for path in args.show:
            report(json.loads(path.read_text(encoding="utf-8")))
        return

    results: dict[str, Any] = {"sizes": {}}
    OUT.mkdir(parents=True, exist_ok=True)
    for size in args.sizes:
        results["sizes"][str(size)] = bench_size(size, args, results["sizes"])
        results = save(args, results["sizes"])
    report(results)


def save(args: argparse.Namespace, sizes: dict[str, Any]) -> dict[str, Any]:
    """Write what is measured so far, so a crash later loses nothing."""
    results = {
        "benchmark": "validate",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.node()} {platform.machine()}, {os.cpu_count()} cores"
        + (", every command pinned to CPU 0" if args.pin else ", not pinned"),
        "python": platform.python_version(),
        "goal_ratio": GOAL_RATIO,
        "sizes": sizes,
    }
    only = "-" + "-".join(args.layers) if args.layers else ""
    only = f"-all{only}" if args.layers and args.all_layers else only
    path = OUT / f"validate-{'-'.join(map(str, args.sizes))}{only}.json"
    path.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return results


def _row(*cells: Any) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def _seconds(run: dict[str, Any]) -> str:
    return f">{run['seconds']:.0f} (timed out)" if run.get("timed_out") else f"{run['seconds']}"


def _ratio(reference: dict[str, Any], run: dict[str, Any], key: str) -> str:
    if not reference or reference.get("timed_out") or run.get("timed_out"):
        return "-"
    return f"{reference[key] / run[key]:.1f}" if run.get(key) else "-"


def report(results: dict[str, Any]) -> None:
    print(f"\nvalidation benchmark, {results['date']}, {results['machine']}")
    for size, r in results["sizes"].items():
        fl = r.get("frictionless", {})
        bk = r["budgetkit"]
        rows = sum(r["rows"].values())
        print(
            f"\n## {int(size):,} amounts ({rows:,} rows in all; {r['package_csv_mb']} MB of "
            f"CSV, {r['source_mb']} MB of source text)\n"
        )
        header = ("command", "wall s", "CPU s", "peak MB", "exit", "errors", "x wall", "x CPU")
        print(_row(*header))
        print(_row(*["---"] * len(header)))
        if fl:
            errors = fl.get("errors_reported", "?")
            cells = (fl.get("cpu_seconds"), fl.get("peak_rss_mb"), fl.get("exit_code"), errors)
            print(_row("frictionless validate", _seconds(fl), *cells, 1, 1))
        for label, run in bk.items():
            name = "budgetkit validate" + ("" if label == "all layers" else f" --layer {label}")
            errors = sum(run["layer_errors"].values()) if "layer_errors" in run else "-"
            errors = "crashed" if run.get("crashed") else errors
            print(
                _row(
                    name,
                    _seconds(run),
                    run.get("cpu_seconds"),
                    run.get("peak_rss_mb"),
                    run.get("exit_code"),
                    errors,
                    _ratio(fl, run, "seconds"),
                    _ratio(fl, run, "cpu_seconds"),
                )
            )
        for layer, cpu in r.get("in_process", {}).items():
            alone = cpu["layer_cpu_seconds"]
            ratio = _ratio(fl, {"cpu_seconds": alone}, "cpu_seconds")
            times = f" ({ratio}x less)" if ratio != "-" else ""
            print(
                f"\nin process: loading the package {cpu['loader_cpu_seconds']} CPU s, "
                f"then the {layer} layer alone {alone} CPU s{times}"
            )
        if "layer_seconds" in bk.get("all layers", {}):
            print(
                "\nseconds per layer inside `budgetkit validate`: "
                + ", ".join(f"{k} {v}" for k, v in bk["all layers"]["layer_seconds"].items())
            )

        errors = r["budgetkit_errors"]
        print(f"\nerrors found, by row (budgetkit layers: {', '.join(errors['per_layer'])})\n")
        header = ("injected kind", "injected", "frictionless", "budgetkit", "budgetkit layers")
        print(_row(*header))
        print(_row(*["---"] * len(header)))
        for kind, count in r["injected"].items():
            layers_found = [
                f"{name} {per['found'][kind]}"
                for name, per in errors["per_layer"].items()
                if per["found"].get(kind)
            ]
            print(
                _row(
                    kind + ("" if kind in STRUCTURAL_KINDS else " (not structural)"),
                    count,
                    fl.get("found", {}).get(kind, "-"),
                    errors["found"].get(kind, 0),
                    ", ".join(layers_found) or "none",
                )
            )
        extra = ("rows reported, not injected", 0, fl.get("extra_rows", "-"))
        print(_row(*extra, errors["extra_rows"], ""))
        if errors["column_level_unexpected"]:
            print("\ncolumn-level errors (no row; 'N unexpected values'):")
            for key, n in sorted(errors["column_level_unexpected"].items()):
                print(f"  {n:8}  {key}")
        print("\nbudgetkit errors by resource, check, field:")
        for key, n in sorted(errors["by_type"].items(), key=lambda kv: -kv[1])[:30]:
            print(f"  {n:8}  {key}")
        if fl.get("by_type"):
            print("frictionless errors by resource, type, field:")
            for key, n in sorted(fl["by_type"].items(), key=lambda kv: -kv[1])[:30]:
                print(f"  {n:8}  {key}")
    print("\nkinds: " + "; ".join(f"{k}: {v}" for k, v in ERROR_KINDS.items()))


if __name__ == "__main__":
    main()
