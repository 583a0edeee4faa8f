"""The least the structure layer can cost: Frictionless alone on the rows the layer hands it.

The structure layer screens every row with polars, then Frictionless validates the rows
the screen chose and the rows they look keys up in. No screen, however fast, makes the
command cheaper than that judge, which it must import and run: so Frictionless alone on
those rows, in a process of its own, is the floor of the layer at a given size, and the
floor of its ratio to ``frictionless validate`` on the whole files.

For each ``--sizes`` (amounts; ``bench_validate.py``'s package, cached in
``benchmarks/out/pkg-<N>/``), the layer runs once in process, and each time Frictionless'
``Resource.validate`` starts, the files it is about to read are copied
(``benchmarks/out/floor-<N>/<resource>/``). Then, alternated ``--repeat`` times, each in a
process of its own, CPU time (user + system):

* ``judge``: this script with ``--judge``: the interpreter's start and ``import
  frictionless``, then (after importing the layer's module, not counted: its speed-ups of
  Frictionless, so the floor is what the layer pays) ``Package(descriptor)`` and
  ``Resource.validate`` of each resource on its copies, as the layer calls them;
* ``import polars, numpy``: what the screen imports besides;
* ``budgetkit validate -C <pkg> --layer structure``: the whole command.

The ratios divide ``frictionless validate``'s CPU time (``--frictionless-cpu``, else the
last ``bench_validate.py`` result for that size in ``benchmarks/out/``) by each median.

Usage: python benchmarks/bench_structure_floor.py [--sizes 100000] [--repeat 5]
                                                  [--frictionless-cpu 13.73]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "out"
BIN = Path(sys.executable).parent
#: What the judge process times, in order: Frictionless alone (the first two), then what a
#: screen reading every byte with polars adds at the least.
PARTS = (
    "start, import frictionless",
    "Frictionless: the descriptor, the rows",
    "import polars, numpy",
    "polars reads every file once",
)


def capture(size: int, seed: int) -> Path:
    """Run the structure layer on the size's package, copying what Frictionless reads for
    each resource as it starts; return the folder of copies."""
    from bench_validate import fresh_input, package
    from frictionless import Resource

    from budgetkit.extract.package import render_csv
    from budgetkit.project import Project
    from budgetkit.schemas import field_names, load_schema
    from budgetkit.validate import structure
    from budgetkit.validate.loader import PackageData

    root, _ = package(size, seed, regenerate=False)
    project = Project(root)
    fresh_input(root, render_csv(field_names(load_schema(project.schemas, "findings")), []))
    floor = OUT / f"floor-{size}"
    shutil.rmtree(floor, ignore_errors=True)
    floor.mkdir(parents=True)
    tasks: list[str] = []
    validate = Resource.validate

    def copied(resource: Any, *args: Any, **kwargs: Any) -> Any:
        # a resource read whole is a link to the package's file: its bytes are copied
        shutil.copytree(resource.basepath, floor / resource.name, symlinks=False)
        tasks.append(resource.name)
        return validate(resource, *args, **kwargs)

    data = PackageData.load(project)
    Resource.validate = copied
    try:
        errors = len(structure.run(data).errors)
    finally:
        Resource.validate = validate
    files = [str(data.path(name)) for name in data.resources]
    meta = {"descriptor": data.descriptor, "tasks": tasks, "errors": errors, "files": files}
    (floor / "floor.json").write_text(json.dumps(meta), encoding="utf-8")
    return floor


def judge(floor: Path) -> None:
    """Frictionless alone on the copies, as the layer runs it; then what reading the
    package's files once with polars adds. Prints CPU seconds of each part."""
    from frictionless import Package

    from budgetkit.validate.frictionless_speedups import ScopedChecklist, faster

    parts = {"start, import frictionless": time.process_time()}  # since the start
    meta = json.loads((floor / "floor.json").read_text(encoding="utf-8"))
    work = floor / "work"
    spent, errors = 0.0, 0
    with faster():
        started = time.process_time()
        package = Package(meta["descriptor"], basepath=str(work))
        spent += time.process_time() - started
        for name in meta["tasks"]:
            shutil.rmtree(work, ignore_errors=True)
            shutil.copytree(floor / name, work)  # not counted: the layer writes these
            started = time.process_time()
            report = package.get_resource(name).validate(ScopedChecklist(), limit_errors=10**9)
            spent += time.process_time() - started
            errors += sum(len(task.errors) for task in report.tasks)
    parts["Frictionless: the descriptor, the rows"] = spent
    started = time.process_time()
    import numpy  # noqa: F401  (the screen's: record bounds)
    import polars as pl

    parts["import polars, numpy"] = time.process_time() - started
    started = time.process_time()
    for path in meta["files"]:
        pl.read_csv(path, infer_schema=False, empty_string_is_null=True)
    parts["polars reads every file once"] = time.process_time() - started
    print(json.dumps({"parts": parts, "errors": errors}))


def frictionless_cpu(size: int) -> float | None:
    """``frictionless validate``'s CPU seconds from the last bench_validate.py result."""
    found = []
    for path in OUT.glob("validate-*.json"):
        result = json.loads(path.read_text(encoding="utf-8"))
        run = result.get("sizes", {}).get(str(size), {}).get("frictionless", {})
        if run.get("cpu_seconds"):
            found.append((result["date"], run["cpu_seconds"]))
    return max(found)[1] if found else None


def measure(size: int, args: argparse.Namespace) -> dict[str, Any]:
    from bench_validate import timed

    floor = capture(size, args.seed)
    command = [str(BIN / "budgetkit"), "validate", "-C", str(OUT / f"pkg-{size}")]
    command += ["--layer", "structure"]
    judged: list[dict[str, Any]] = []
    commands: list[float] = []
    for _ in range(args.repeat):  # alternated: the machine's load falls on both alike
        run = timed([sys.executable, __file__, "--judge", str(floor)], pin=False, timeout=None)
        judged.append(json.loads(run["stdout"]))
        commands.append(timed(command, pin=False, timeout=None)["cpu_seconds"])
    parts = {name: statistics.median(j["parts"][name] for j in judged) for name in PARTS}
    meta = json.loads((floor / "floor.json").read_text(encoding="utf-8"))
    return {
        "amounts": size,
        "errors": {"layer": meta["errors"], "Frictionless alone": judged[0]["errors"]},
        "parts": parts,
        "judge_runs": [j["parts"] for j in judged],
        "command": statistics.median(commands),
        "command_runs": commands,
        "frictionless_cpu": args.frictionless_cpu or frictionless_cpu(size),
    }


def report(result: dict[str, Any]) -> None:
    reference = result["frictionless_cpu"]
    parts = result["parts"]
    print(f"\n## {result['amounts']:,} amounts (errors found: {result['errors']})\n")
    print("| CPU s (median) | alone | running total | x frictionless validate |")
    print("| --- | --- | --- | --- |")
    total = 0.0
    for name in PARTS:
        total += parts[name]
        ratio = f"{reference / total:.1f}" if reference else ""
        print(f"| {name} | {parts[name]:.2f} | {total:.2f} | {ratio} |")
    command = result["command"]
    ratio = f"{reference / command:.1f}" if reference else ""
    runs = " / ".join(f"{s:.2f}" for s in result["command_runs"])
    print(f"| `budgetkit validate --layer structure` ({runs}) | | {command:.2f} | {ratio} |")
    if reference:
        print(f"\nfrictionless validate: {reference} CPU s; 20x needs {reference / 20:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--frictionless-cpu", type=float, help="frictionless validate, CPU s")
    parser.add_argument("--judge", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.judge:
        judge(args.judge)
        return
    OUT.mkdir(parents=True, exist_ok=True)
    for size in args.sizes:
        result = measure(size, args)
        path = OUT / f"structure-floor-{size}.json"
        path.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        report(result)


if __name__ == "__main__":
    main()
