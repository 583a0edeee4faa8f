"""Extraction throughput in MB of source text per second, on one core.

The five real documents are 0.74 MB together, far too little to time; this benchmark
builds a temporary project whose sources/ holds ``--copies`` copies of each of them under
new document ids (so nothing is cached by id) and times

* ``run_extraction`` in this process (after imports: the extraction itself), with the time
  spent in each extractor the pipeline calls, and
* the whole ``budgetkit extract -C <tmp>`` command (interpreter start, imports, writing the
  package), with ``/usr/bin/time -v`` for peak memory.

Both run pinned to CPU 0 (``taskset -c 0``), single process. ``--profile`` adds a cProfile
of ``run_extraction`` on a smaller corpus, summed per extractor module, to find hot spots.
``--jobs N`` also times the command with ``--jobs N`` on every core (not pinned) and checks
that its package is byte-identical to the one-process run, then runs ``run_extraction`` with
N workers and reports the CPU time of each worker and of the parent: the split is fair when
the workers' times are close and the parent's is small.

``--single-line 50`` instead times ``budgetkit extract`` on one source that is a single line
of that many MB (the five texts with their line breaks turned into spaces, repeated), and on
a half and a quarter of it, to show the time grows linearly with the size. With ``--shape
paragraph`` the source is instead one paragraph of short lines dense with amounts (no
blank line, no sentence end), the worst case for what walks a paragraph per amount.

``--page-breaks 1000`` instead times ``budgetkit extract`` (and ``extract_tables`` in
process) on one long source shaped as a PDF's text layer prints a budget of that many pages
(a quarter and a half of it too): each page a running head, a table whose rows go on past
the page's footnote, its number and the next page's running head, then prose; time must
grow linearly with the pages (what a table crossing a page break looks up above it must
not rescan the document). With ``--one-table`` the source is one table over every page,
its heading printed again on each (what a table's rows look up must not rescan them).

Usage: python benchmarks/bench_extract.py [--copies 100] [--profile] [--jobs 2]
       python benchmarks/bench_extract.py --single-line 50
       python benchmarks/bench_extract.py --page-breaks 1000 [--one-table]
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import hashlib
import json
import os
import platform
import pstats
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from budgetkit.extract import pipeline
from budgetkit.project import Project

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "out"
BUDGETKIT = Path(sys.executable).with_name("budgetkit")
GOAL_MB_S = 10.0


def build_corpus(root: Path, copies: int) -> int:
    """A project at ``root`` with ``copies`` copies of every real source; returns its bytes.

    The copies get new ids (``<id>-c001``); the first keeps the real ids so that the
    steward's rules in ``checks/`` (which name real documents) still apply.
    """
    real = Project(REPO)
    project = Project(root)
    project.sources.mkdir(parents=True)
    shutil.copytree(real.schemas, project.schemas)
    if real.checks.exists():
        shutil.copytree(real.checks, project.checks)
    else:
        project.checks.mkdir()
    entries = yaml.safe_load(real.sources_yml.read_text(encoding="utf-8"))["documents"]
    documents, total = [], 0
    for copy in range(copies):
        for entry in entries:
            data = (real.sources / entry["file"]).read_bytes()
            # Copy 0 keeps the real ids, which checks/curation.yml names.
            suffix = f"-c{copy:03d}" if copy else ""
            name = entry["file"].removesuffix(".txt") + suffix + ".txt"
            (project.sources / name).write_bytes(data)
            documents.append({**entry, "id": entry["id"] + suffix, "file": name})
            total += len(data)
    project.sources_yml.write_text(
        yaml.safe_dump({"documents": documents}, allow_unicode=True, sort_keys=False),
        encoding="utf-8",
    )
    return total


def _timed(name: str, fn: Callable[..., Any], totals: dict[str, float]) -> Callable[..., Any]:
    """``fn``, adding the CPU time of each call to ``totals[name]`` (CPU, not wall: other work
    on a shared machine would otherwise be charged to whichever extractor it interrupted)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            totals[name] += time.process_time() - start

    return wrapper


def run_in_process(root: Path) -> dict[str, Any]:
    """Time ``run_extraction``, and the CPU time of each budgetkit function the pipeline
    module calls."""
    totals: dict[str, float] = defaultdict(float)
    patched = {
        name: obj
        for name, obj in vars(pipeline).items()
        if callable(obj)
        and getattr(obj, "__module__", "").startswith("budgetkit.")
        and obj.__module__ != pipeline.__name__
        and not isinstance(obj, type)
    }
    for name, fn in patched.items():
        setattr(pipeline, name, _timed(f"{fn.__module__}.{name}", fn, totals))
    try:
        cpu, wall = time.process_time(), time.perf_counter()
        result = pipeline.run_extraction(Project(root))
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        for name, fn in patched.items():
            setattr(pipeline, name, fn)
    return {
        "seconds": wall,
        "cpu_seconds": cpu,
        "rows": result.counts(),
        "per_function_seconds": dict(sorted(totals.items(), key=lambda kv: -kv[1])),
    }


def run_cli(root: Path, jobs: int = 1) -> dict[str, Any]:
    """Time the whole command, as a steward runs it, with peak memory from GNU time (of
    the main process: with ``jobs`` the workers' memory is not counted). One process is
    pinned to CPU 0; ``jobs`` > 1 runs on every core."""
    pin = ["taskset", "-c", "0"] if jobs == 1 else []
    command = ["/usr/bin/time", "-v", *pin, str(BUDGETKIT), "extract", "--jobs", str(jobs), "-C"]
    start = time.perf_counter()
    proc = subprocess.run([*command, str(root)], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    cpu = sum(
        float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", proc.stderr)
    )
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.splitlines()[-15:])
        raise SystemExit(f"budgetkit extract failed ({proc.returncode}):\n{tail}")
    return {
        "command": " ".join([*command[2:], str(root)]),
        "seconds": seconds,
        "cpu_seconds": cpu,
        "peak_rss_mb": int(peak.group(1)) / 1024 if peak else None,
        "exit_code": proc.returncode,
    }


def _children_cpu(parent: int) -> dict[int, float]:
    """CPU seconds (user + system) so far of each live child process of ``parent``."""
    tick = os.sysconf("SC_CLK_TCK")
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # exited meanwhile
        if int(stat[1]) == parent:
            found[int(entry)] = (int(stat[11]) + int(stat[12])) / tick
    return found


def run_workers(root: Path, jobs: int) -> dict[str, Any]:
    """``run_extraction`` with ``jobs`` worker processes, and the CPU time each worker and
    this process spent: shows whether the documents are really split over the workers (each
    worker's CPU is sampled from /proc every 0.1 s while it runs, so the last 0.1 s of a
    worker may be missing)."""
    workers: dict[int, float] = {}
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.1):
            workers.update(_children_cpu(os.getpid()))

    sampler = threading.Thread(target=sample)
    before = os.times()
    wall = time.perf_counter()
    sampler.start()
    try:
        pipeline.run_extraction(Project(root), jobs=jobs)
    finally:
        done.set()
        sampler.join()
    wall = time.perf_counter() - wall
    after = os.times()
    return {
        "jobs": jobs,
        "seconds": wall,
        "parent_cpu_seconds": after.user + after.system - before.user - before.system,
        "workers_cpu_seconds": sorted(round(cpu, 2) for cpu in workers.values()),
        "children_cpu_seconds": after.children_user
        + after.children_system
        - before.children_user
        - before.children_system,
    }


def _module(func: tuple[str, int, str]) -> str | None:
    """``budgetkit/extract/sections.py`` for a budgetkit function, None for any other."""
    filename = func[0]
    return filename.split("/src/")[-1] if "/src/budgetkit/" in filename else None


def _owners(stats: dict, func: tuple, depth: int = 0) -> dict[str, float]:
    """Which budgetkit modules a function's time belongs to: itself, or its callers'.

    Time in ``str.split``, ``re.sub`` or the regex engine is charged to the budgetkit
    module that called it (split by the callers' share), so a module's total says what it
    costs, whatever library it spends the time in.
    """
    module = _module(func)
    if module or depth > 8:
        return {module or "other": 1.0}
    callers = stats[func][4]
    total = sum(edge[2] for edge in callers.values())
    if not total:
        return {"other": 1.0}
    shares: dict[str, float] = defaultdict(float)
    for caller, edge in callers.items():
        for owner, share in _owners(stats, caller, depth + 1).items():
            shares[owner] += share * edge[2] / total
    return shares


def profile(root: Path, top: int = 25) -> dict[str, Any]:
    """cProfile of ``run_extraction``: time per budgetkit module, and the hottest functions."""
    profiler = cProfile.Profile()
    profiler.enable()
    pipeline.run_extraction(Project(root))
    profiler.disable()
    stats = pstats.Stats(profiler).stats
    per_module: dict[str, float] = defaultdict(float)
    functions = []
    for func, (_cc, calls, tottime, cumtime, _callers) in stats.items():
        for owner, share in _owners(stats, func).items():
            per_module[owner] += tottime * share
        where = _module(func) or func[0].rsplit("/", 1)[-1]
        functions.append((tottime, cumtime, calls, f"{where}:{func[1]}({func[2]})"))
    total = sum(per_module.values())
    functions.sort(reverse=True)
    return {
        "total_seconds": total,
        "seconds_per_module": dict(sorted(per_module.items(), key=lambda kv: -kv[1])),
        "top_functions": [
            {"own_s": round(t, 3), "cum_s": round(c, 3), "calls": n, "function": f}
            for t, c, n, f in functions[:top]
        ],
    }


def package_digest(root: Path) -> str:
    """One sha256 over the package's files, to compare two runs byte for byte."""
    digest = hashlib.sha256()
    for path in sorted((root / "datapackage").rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


_DENSE_LINE = "voor het project € 5 miljoen beschikbaar en 3 miljoen euro in 2021,\n"


def _one_source_project(root: Path, doc_id: str, text: str) -> int:
    """A project at ``root`` whose one source is ``text`` (described as the first real
    source is, under ``doc_id``), with the real schemas; returns the source's bytes."""
    real = Project(REPO)
    project = Project(root)
    project.sources.mkdir(parents=True)
    shutil.copytree(real.schemas, project.schemas)
    project.checks.mkdir()
    entries = yaml.safe_load(real.sources_yml.read_text(encoding="utf-8"))["documents"]
    (project.sources / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    entry = {**entries[0], "id": doc_id, "file": f"{doc_id}.txt"}
    project.sources_yml.write_text(
        yaml.safe_dump({"documents": [entry]}, allow_unicode=True, sort_keys=False),
        encoding="utf-8",
    )
    return len(text.encode("utf-8"))


def build_single_line(root: Path, mb: float, shape: str = "line") -> int:
    """A project at ``root`` with one source of ``mb`` MB: a single line of the real texts,
    or (``shape`` "paragraph") one paragraph of short lines dense with amounts."""
    real = Project(REPO)
    entries = yaml.safe_load(real.sources_yml.read_text(encoding="utf-8"))["documents"]
    joined = " ".join((real.sources / e["file"]).read_text(encoding="utf-8") for e in entries)
    joined = joined.replace("\n", " ") if shape == "line" else _DENSE_LINE
    size = int(mb * 1e6)
    return _one_source_project(root, "single-line", (joined * (size // len(joined) + 1))[:size])


def single_line(mb: float, shape: str) -> dict[str, Any]:
    """``budgetkit extract`` on one source of ``mb``, ``mb``/2 and ``mb``/4 MB."""
    runs = []
    for size in (mb / 4, mb / 2, mb):
        with tempfile.TemporaryDirectory(prefix="bk-bench-single-") as tmp:
            root = Path(tmp) / "project"
            real = build_single_line(root, size, shape) / 1e6
            run = run_cli(root)
            run.update(mb=round(real, 2), mb_s_cpu=real / run["cpu_seconds"])
            print(
                f"one {shape} of {real:.1f} MB: {run['cpu_seconds']:.1f} CPU s, "
                f"{run['mb_s_cpu']:.2f} MB/s CPU, peak {run['peak_rss_mb']:.0f} MB",
                file=sys.stderr,
            )
            runs.append(run)
    return {"shape": shape, "runs": runs}


_RUNNING_HEAD = "Begroting 2025 Gemeente Voorbeeld"


def _budget_row(label: str, *values: int) -> str:
    """A table's row as ``pdftotext -layout`` prints it: the label, each value right-aligned
    in its column, dot thousands."""
    return label.ljust(36) + "".join(f"{value:,}".replace(",", ".").rjust(12) for value in values)


_HEADING = "Taakveld".ljust(36) + "".join(year.rjust(12) for year in ("2025", "2026", "2027"))


def paged_text(pages: int, one_table: bool = False) -> str:
    """A budget of ``pages`` pages as a PDF's text layer prints it (a form feed opening each
    page after the first): the running head, the rest of the table the page before began
    (five rows and a total that sums all ten), a paragraph, a captioned table whose first
    five rows end the page, a footnote and the page's number (1-999, over again).
    ``one_table``: instead one table over every page, forty rows a page, its column heading
    line printed again under each page's running head."""
    if one_table:
        return _one_table(pages)
    out = []
    for page in range(1, pages + 1):
        out += [("\f" if page > 1 else "") + _RUNNING_HEAD, ""]
        if page > 1:
            last = page - 1
            for row in range(6, 11):
                out.append(_budget_row(f"Taakveld {last}.{row}", *_values(row, last)))
            total = [
                sum(column)
                for column in zip(*(_values(row, last) for row in range(1, 11)), strict=True)
            ]
            out += [_budget_row("Totaal lasten", *total), ""]
        out += [
            f"In programma {page} geven we in 2025 samen € {page},5 miljoen uit aan de taken.",
            "",
            f"Tabel {page} Lasten programma {page} (bedragen x € 1.000)",
            _HEADING,
            *(_budget_row(f"Taakveld {page}.{row}", *_values(row, page)) for row in range(1, 6)),
            "",
            "",
            "1 Zie de brief van het college van 12 mei 2025.",
            "",
            str((page - 1) % 999 + 1).rjust(84),
        ]
    return "\n".join(out) + "\n"


def _one_table(pages: int) -> str:
    """One table over ``pages`` pages (``paged_text``)."""
    out = [_RUNNING_HEAD, "", "Tabel 1 Lasten per taakveld (bedragen x € 1.000)", _HEADING]
    for page in range(1, pages + 1):
        if page > 1:
            out += ["\f" + _RUNNING_HEAD, "", _HEADING]
        out += [_budget_row(f"Taakveld {page}.{row}", *_values(row, page)) for row in range(40)]
        out += ["", "", str((page - 1) % 999 + 1).rjust(84)]
    return "\n".join(out) + "\n"


def _values(row: int, page: int) -> list[int]:
    """A row's three values (x 1.000), each column 1.000 above the one before."""
    return [(row + column) * 1000 + page for column in range(3)]


def build_paged(root: Path, pages: int, one_table: bool = False) -> int:
    """A project at ``root`` with one source of ``pages`` pages (``paged_text``); returns its
    bytes."""
    return _one_source_project(root, "paged", paged_text(pages, one_table))


def page_breaks(pages: int, one_table: bool = False) -> dict[str, Any]:
    """``budgetkit extract`` and ``run_extraction`` (its ``extract_tables`` apart) on one
    source of ``pages``, ``pages``/2 and ``pages``/4 pages (``paged_text``)."""
    runs = []
    for count in (pages // 4, pages // 2, pages):
        with tempfile.TemporaryDirectory(prefix="bk-bench-paged-") as tmp:
            root = Path(tmp) / "project"
            mb = build_paged(root, count, one_table) / 1e6
            inside = run_in_process(root)
            tables = inside["per_function_seconds"].get("budgetkit.extract.tables.extract_tables")
            run = run_cli(root)
            run.update(
                pages=count,
                mb=round(mb, 3),
                mb_s_cpu=mb / run["cpu_seconds"],
                in_process_cpu_seconds=inside["cpu_seconds"],
                extract_tables_cpu_seconds=tables,
                rows=inside["rows"],
            )
            print(
                f"{count} pages, {mb:.2f} MB: command {run['cpu_seconds']:.2f} CPU s "
                f"({run['mb_s_cpu']:.2f} MB/s CPU), in process {inside['cpu_seconds']:.2f}, "
                f"extract_tables {tables:.2f}; {inside['rows'].get('tables')} tables, "
                f"{inside['rows'].get('table_cells')} cells",
                file=sys.stderr,
            )
            runs.append(run)
    return {"one_table": one_table, "runs": runs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=100, help="copies of each real source")
    parser.add_argument("--profile", action="store_true", help="also profile run_extraction")
    parser.add_argument("--profile-copies", type=int, default=10)
    parser.add_argument("--no-cli", action="store_true", help="skip the whole-command timing")
    parser.add_argument("--jobs", type=int, default=0, help="also time `extract --jobs N`")
    parser.add_argument(
        "--single-line", type=float, metavar="MB", help="time one single-line source instead"
    )
    parser.add_argument(
        "--shape", choices=("line", "paragraph"), default="line", help="with --single-line"
    )
    parser.add_argument(
        "--page-breaks", type=int, metavar="PAGES", help="time one long paged source instead"
    )
    parser.add_argument(
        "--one-table", action="store_true", help="with --page-breaks: one table over every page"
    )
    args = parser.parse_args()

    if args.page_breaks:
        if hasattr(os, "sched_setaffinity"):
            os.sched_setaffinity(0, {0})  # in process as the command: on CPU 0
        results = {"benchmark": "extract-page-breaks", "date": _now()}
        results.update(page_breaks(args.page_breaks, args.one_table))
        OUT.mkdir(parents=True, exist_ok=True)
        name = "extract-page-breaks-one-table" if args.one_table else "extract-page-breaks"
        (OUT / f"{name}.json").write_text(json.dumps(results, indent=1) + "\n")
        return
    if args.single_line:
        results = {
            "benchmark": "extract-single-line",
            "date": _now(),
            **single_line(args.single_line, args.shape),
        }
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / f"extract-single-{args.shape}.json").write_text(json.dumps(results, indent=1) + "\n")
        return
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})  # as `taskset -c 0`: one core, for this process
    results: dict[str, Any] = {
        "benchmark": "extract",
        "date": _now(),
        "machine": f"{platform.node()} {platform.machine()}, {os.cpu_count()} cores"
        ", pinned to CPU 0",
        "python": platform.python_version(),
        "copies": args.copies,
        "goal_mb_s": GOAL_MB_S,
        "load_average_before": os.getloadavg(),
    }
    with tempfile.TemporaryDirectory(prefix="bk-bench-extract-") as tmp:
        root = Path(tmp) / "project"
        size = build_corpus(root, args.copies)
        mb = size / 1e6
        results["corpus"] = {"documents": 5 * args.copies, "mb": round(mb, 2)}
        print(f"corpus: {5 * args.copies} documents, {mb:.1f} MB of source text", file=sys.stderr)
        runs = {"run_extraction": run_in_process(root)}
        if not args.no_cli:
            runs["cli"] = run_cli(root)
        if args.jobs and not args.no_cli:
            one = package_digest(root)
            if hasattr(os, "sched_setaffinity"):
                # every core again: a child inherits this process's pinning to CPU 0, which
                # would hold all the workers of `--jobs N` on one core
                os.sched_setaffinity(0, range(os.cpu_count() or 1))
            runs["cli_jobs"] = run_cli(root, args.jobs)
            runs["cli_jobs"]["identical_to_one_process"] = package_digest(root) == one
            results["workers"] = run_workers(root, args.jobs)
        for run in runs.values():
            run["mb_s"] = mb / run["seconds"]
            run["mb_s_cpu"] = mb / run["cpu_seconds"]
        results.update(runs)
        if args.profile:
            small = Path(tmp) / "profile"
            build_corpus(small, args.profile_copies)
            results["profile"] = profile(small)
            results["profile"]["copies"] = args.profile_copies

    results["load_average_after"] = os.getloadavg()
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "extract.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    report(results)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def report(results: dict[str, Any]) -> None:
    mb = results["corpus"]["mb"]
    print(f"\nextraction benchmark, {results['date']}, {results['machine']}")
    load = results["load_average_before"], results["load_average_after"]
    print(f"load average before/after: {load[0][0]:.2f} / {load[1][0]:.2f}")
    print(f"corpus: {results['corpus']['documents']} documents, {mb} MB\n")
    header = ("what", "wall s", "MB/s", "CPU s", "MB/s CPU", "peak MB")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    names = {
        "run_extraction": "run_extraction (in process)",
        "cli": "budgetkit extract (command)",
        "cli_jobs": "budgetkit extract --jobs N (every core)",
    }
    for key, name in names.items():
        if key in results:
            run = results[key]
            peak = f"{run['peak_rss_mb']:.0f}" if run.get("peak_rss_mb") else ""
            print(
                f"| {name} | {run['seconds']:.2f} | {run['mb_s']:.2f} | {run['cpu_seconds']:.2f} "
                f"| {run['mb_s_cpu']:.2f} | {peak} |"
            )
    if "cli_jobs" in results:
        same = results["cli_jobs"]["identical_to_one_process"]
        print(f"\n--jobs output byte-identical to one process: {same}")
    if "workers" in results:
        w = results["workers"]
        print(
            f"run_extraction with {w['jobs']} workers: {w['seconds']:.2f} s wall, CPU s of "
            f"each worker {w['workers_cpu_seconds']} (all: {w['children_cpu_seconds']:.2f}), "
            f"of the parent {w['parent_cpu_seconds']:.2f}"
        )
    run = results["run_extraction"]
    print(f"\ngoal: {results['goal_mb_s']} MB/s\n\nCPU time per function the pipeline calls:")
    for name, seconds in run["per_function_seconds"].items():
        print(f"  {seconds:8.2f} s  {100 * seconds / run['cpu_seconds']:5.1f}%  {name}")
    if "profile" in results:
        prof = results["profile"]
        print(f"\nprofile ({prof['copies']} copies), time per module (incl. library calls):")
        for module, seconds in prof["seconds_per_module"].items():
            print(f"  {seconds:8.2f} s  {100 * seconds / prof['total_seconds']:5.1f}%  {module}")
        print("\nhottest functions (own time):")
        for f in prof["top_functions"]:
            calls = f"{f['calls']:>9} calls"
            print(f"  {f['own_s']:8.3f} s  cum {f['cum_s']:8.3f} s  {calls}  {f['function']}")


if __name__ == "__main__":
    main()
