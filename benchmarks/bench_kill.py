"""Kill ``budgetkit extract`` and ``budgetkit publish`` at random moments and count what is left.

``tests/test_killed.py`` kills each stage at every one of its file-system changes; this is
the other half of the evidence: real SIGKILLs at random times, as an operator or the OOM
killer would send them. Each round switches the project between two versions (A and B, a
source sentence more or less; for publish, a reference row more or less) and runs the stage
towards the other one, and SIGKILLs it at a random time after its staging folder appears
(it starts writing): up to 1.5 times the writing span of an uninterrupted run (before
that it only imports and computes, and a kill there proves little). After every kill the
output is classified:

- extract: ``datapackage/`` byte for byte the previous package, or the new one, or *broken*
  (anything else: a mix, a missing file);
- publish: ``publish/build/`` a whole site (database integrity, its sha256 in the inspect
  data, and zip, inspect data and database agreeing on every count) of the previous
  package or of the new one, or *broken*.

"mid-write" counts kills that left a staging folder behind: they landed while the stage was
writing (the window an atomic switch has to protect). Run from the project root:

    .venv/bin/python benchmarks/bench_kill.py              # 100 kills of each stage
    .venv/bin/python benchmarks/bench_kill.py --kills 20 --seed 3
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "src"), str(REPO / "tests")]

import killpoints  # noqa: E402
from publish_sample import write_validation_report  # noqa: E402

from budgetkit.project import Project  # noqa: E402

COPIED = ("sources", "schemas", "checks", "datapackage", "publish")
EXTRA = b"\nHet kabinet trekt EUR 5 miljoen uit.\n"
COLUMNS = ["previous whole", "new whole", "broken", "mid-write", "finished first"]


def _outcome(state: str, current: str, target: str) -> str:
    if state == target:
        return "new whole"
    return "previous whole" if state == current else "broken"


def _command(stage: str, root: Path) -> list[str]:
    return [sys.executable, "-m", "budgetkit", stage, "--project-dir", str(root)]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO / "src"), "PYTHONDONTWRITEBYTECODE": "1"}


def _timed(stage: str, root: Path, output: Path) -> tuple[float, float]:
    """An uninterrupted run: its duration, and when its staging folder first appeared (the
    start of the writes), found by polling every millisecond."""
    started = time.monotonic()
    process = subprocess.Popen(
        _command(stage, root), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_env()
    )
    writing = None
    while process.poll() is None:
        if writing is None and _staging(output):
            writing = time.monotonic() - started
        time.sleep(0.001)
    duration = time.monotonic() - started
    if process.returncode:
        raise SystemExit(f"{stage} failed: {process.stderr.read().decode()}")
    return duration, duration if writing is None else writing


def _kill_in_writes(
    stage: str, root: Path, output: Path, span: float, rng: random.Random
) -> tuple[bool, bool]:
    """Start the stage; once its staging folder appears (it starts writing), wait a random
    time up to 1.5 times an uninterrupted run's writing span, then SIGKILL it.
    Returns whether it was still running, and whether it left its staging folder (killed
    while writing)."""
    stale = _staging(output)  # left by the last kill: the run removes them first
    process = subprocess.Popen(
        _command(stage, root), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env()
    )
    while process.poll() is None and not _staging(output) - stale:
        time.sleep(0.0005)
    time.sleep(rng.uniform(0, 1.5 * span))
    running = process.poll() is None
    process.send_signal(signal.SIGKILL)
    process.wait()
    return running, bool(_staging(output) - stale)


def _span(runs: list[tuple[float, float]]) -> float:
    """The longest time from the staging folder appearing to the end of a run."""
    return max(duration - writing for duration, writing in runs)


def _staging(folder: Path) -> set[Path]:
    return set(folder.parent.glob(f".{folder.name}.new-*"))


def bench_extract(root: Path, kills: int, rng: random.Random) -> dict[str, int]:
    project = Project(root)
    source = sorted(project.sources.glob("*.txt"))[0]
    original = source.read_bytes()
    versions, runs = {}, []
    for name, data in (("B", original + EXTRA), ("A", original)):
        source.write_bytes(data)
        runs.append(_timed("extract", root, project.datapackage))
        versions[name] = killpoints.tree(project.datapackage)
    span = _span(runs)
    counts = dict.fromkeys(COLUMNS, 0)
    current = "A"
    for _ in range(kills):
        target = "B" if current == "A" else "A"
        source.write_bytes(original + EXTRA if target == "B" else original)
        running, mid_write = _kill_in_writes("extract", root, project.datapackage, span, rng)
        counts["finished first"] += not running
        counts["mid-write"] += mid_write
        now = killpoints.tree(project.datapackage)
        state = next((name for name, files in versions.items() if files == now), "broken")
        counts[_outcome(state, current, target)] += 1
        current = state if state != "broken" else current
    source.write_bytes(original)  # leave the project as it was, for the publish rounds
    _timed("extract", root, project.datapackage)
    return {**counts, "writing span": span}


def bench_publish(root: Path, kills: int, rng: random.Random) -> dict[str, int]:
    project = Project(root)
    references = project.datapackage / "data" / "references.csv"
    full = references.read_bytes()
    fewer = b"".join(full.splitlines(keepends=True)[:-1])
    states, runs = {}, []
    for name, data in (("B", fewer), ("A", full)):
        references.write_bytes(data)
        write_validation_report(project)
        runs.append(_timed("publish", root, project.build))
        states[name] = killpoints.site_state(project.build)
    span = _span(runs)
    counts = dict.fromkeys(COLUMNS, 0)
    current = "A"
    for _ in range(kills):
        target = "B" if current == "A" else "A"
        references.write_bytes(fewer if target == "B" else full)
        write_validation_report(project)
        running, mid_write = _kill_in_writes("publish", root, project.build, span, rng)
        counts["finished first"] += not running
        counts["mid-write"] += mid_write
        state = killpoints.site_state(project.build)
        name = next((n for n, counts_of in states.items() if counts_of == state), "broken")
        counts[_outcome(name, current, target)] += 1
        current = name if name != "broken" else current
    return {**counts, "writing span": span}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20261204)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    results = {}
    with tempfile.TemporaryDirectory(prefix="bk-bench-kill-") as tmp:
        root = Path(tmp)
        for name in COPIED:
            shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns("build"))
        results["extract"] = bench_extract(root, args.kills, rng)
        results["publish"] = bench_publish(root, args.kills, rng)
    columns = COLUMNS
    print(f"| stage | kills | writing span (s) | {' | '.join(columns)} |")
    print("|---|---|---|" + "---|" * len(columns))
    for stage, counts in results.items():
        window = f"{counts['writing span']:.3f}"
        cells = " | ".join(str(counts[c]) for c in columns)
        print(f"| {stage} | {args.kills} | {window} | {cells} |")
    out = REPO / "benchmarks" / "out"
    out.mkdir(exist_ok=True)
    (out / "kill.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
