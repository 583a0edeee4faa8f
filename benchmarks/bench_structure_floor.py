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

With ``--parts``, the command is also run ``--repeat`` times in a process of its own
(this script with ``--command-parts``), as ``budgetkit validate`` runs it but with a timer
around each part: the interpreter's start, each import in the command's order, and each
step of the layer (CPU time spent in the step itself, not in the steps it calls). Each
part is put with what pays it: Frictionless judging (what any run of Frictionless on
those rows pays), polars reading every byte (what any screen built on polars pays), or
the command itself (its command line, the screen's own work, the reports).

The ratios divide ``frictionless validate``'s CPU time (``--frictionless-cpu``, else the
last ``bench_validate.py`` result for that size in ``benchmarks/out/``) by each median.

Usage: python benchmarks/bench_structure_floor.py [--sizes 100000] [--repeat 5]
                                                  [--frictionless-cpu 13.73] [--parts]
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import argparse

# argparse, shutil and statistics are imported where they are used: the processes that time
# Frictionless alone (--judge) and the command's parts (--command-parts) count their own
# start, which should hold no module the command itself does not import.

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
    import shutil

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
    import shutil

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


#: The steps of the command timed by ``--command-parts`` (module, function, what pays it,
#: label): each one's CPU time excludes the timed steps it calls.
JUDGE, POLARS, OWN = "Frictionless", "polars", "the command"
STEPS = (
    ("budgetkit.validate.loader", "_scan", POLARS, "scan: tokenizing, the rules"),
    ("budgetkit.textfile", "check_csv_bytes", OWN, "the loader's byte checks (NUL, BOM, quotes)"),
    ("budgetkit.validate.structure_screen", "record_bounds", OWN, "record bounds (numpy)"),
    ("budgetkit.validate.structure_screen", "_reads_plain", OWN, "the csv sniffer's reading"),
    ("budgetkit.validate.structure_screen", "_columns", OWN, "the screen's expressions built"),
    ("budgetkit.validate.structure_screen", "_prefix", OWN, "the sampled records"),
    ("budgetkit.validate.structure_screen", "_cell_rules", OWN, "cell rules' flags"),
    ("budgetkit.validate.structure_screen", "_unique_rules", OWN, "repeated keys"),
    ("budgetkit.validate.structure_screen", "_dangling", OWN, "foreign keys (anti joins)"),
    ("budgetkit.validate.structure_screen", "_close_self", OWN, "parents of kept rows"),
    ("budgetkit.validate.structure_screen", "lookup_rows", OWN, "rows looked up"),
    ("budgetkit.validate.structure_screen", "_write", OWN, "subsets written"),
    ("budgetkit.validate.structure_screen", "_write_keys", OWN, "key files written"),
    ("budgetkit.validate.structure_screen", "_renumbered", OWN, "errors renumbered"),
    ("budgetkit.validate.structure_screen", "records", OWN, "error rows read back"),
    ("budgetkit.validate.structure_screen", "Package", JUDGE, "Frictionless: Package(descriptor)"),
    (
        "frictionless.resource.resource",
        "Resource.validate",
        JUDGE,
        "Frictionless: Resource.validate",
    ),
    ("budgetkit.validate.runner", "_source_of_rows", OWN, "source lines of error rows"),
    ("budgetkit.validate.runner", "write_findings", OWN, "findings.csv"),
    ("budgetkit.validate.runner", "write_reports", OWN, "reports/validation.{json,md}"),
)
#: The imports, in the command's order, each timed apart (what pays it, label).
IMPORTS = (
    ("budgetkit.cli", OWN, "import the command line (typer, rich, budgetkit.cli)"),
    ("polars", POLARS, "import polars"),
    ("numpy", OWN, "import numpy (the screen's byte scans)"),
    ("frictionless", JUDGE, "import frictionless"),
    ("jsonschema", JUDGE, "import jsonschema (Frictionless checks the descriptor with it)"),
    ("rfc3986", JUDGE, "import rfc3986 (Frictionless reads the uri field with it)"),
    ("budgetkit.validate.runner", OWN, "import budgetkit's validation modules"),
    ("budgetkit.validate.structure", OWN, "import the structure layer's modules"),
)


def command_parts(root: Path) -> None:
    """``budgetkit validate -C root --layer structure`` in this process, CPU time per part
    (``IMPORTS``, ``STEPS``, and the rest); printed as JSON."""
    import importlib

    started = time.process_time()  # the interpreter's start and this script's imports
    parts: dict[str, float] = {"the interpreter's start": started}
    # As ``validate_command`` sets it before the layers import numpy (its OpenBLAS threads
    # would otherwise spin through the rest of the import).
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from budgetkit.cyclegc import without_cycle_collection

    for name, _, label in IMPORTS:
        before = time.process_time()
        with without_cycle_collection():  # as the command imports the layer's modules
            importlib.import_module(name)
        parts[label] = time.process_time() - before
    stack: list[float] = []  # CPU time of the timed steps each open step called

    def timed_step(function: Any, label: str) -> Any:
        def step(*args: Any, **kwargs: Any) -> Any:
            before = time.process_time()
            stack.append(0.0)
            try:
                return function(*args, **kwargs)
            finally:
                spent = time.process_time() - before
                inner = stack.pop()
                parts[label] = parts.get(label, 0.0) + spent - inner
                if stack:
                    stack[-1] += spent

        return step

    for module_name, attribute, _, label in STEPS:
        owner: Any = importlib.import_module(module_name)
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part)
        setattr(owner, name, timed_step(getattr(owner, name), label))
        if module_name == "budgetkit.textfile":  # imported by name into the loader
            loader = importlib.import_module("budgetkit.validate.loader")
            setattr(loader, name, getattr(owner, name))
    from budgetkit import cli

    sys.argv = ["budgetkit", "validate", "-C", str(root), "--layer", "structure"]
    before = time.process_time()
    with contextlib.suppress(SystemExit):
        cli.main()
    run = time.process_time() - before
    parts["the rest of the run (command line, runner, layer, summary)"] = run - sum(
        parts.get(label, 0.0) for _, _, _, label in STEPS
    )
    total = time.process_time()
    parts["untimed (between the parts above)"] = total - sum(parts.values())
    print(json.dumps({"parts": parts, "total": total}))


def parts_table(size: int, repeat: int, reference: float | None) -> dict[str, Any]:
    """The command's parts at ``size``, medians of ``repeat`` processes; printed."""
    import statistics

    from bench_validate import timed

    root = OUT / f"pkg-{size}"
    runs = []
    for _ in range(repeat):
        run = timed([sys.executable, __file__, "--command-parts", str(root)], False, None)
        runs.append(json.loads(run["stdout"].strip().splitlines()[-1]))
    payer = {label: who for _, who, label in IMPORTS}
    payer |= {label: who for _, _, who, label in STEPS}
    labels = list(runs[0]["parts"])
    medians = {
        label: statistics.median(r["parts"].get(label, 0.0) for r in runs) for label in labels
    }
    total = statistics.median(r["total"] for r in runs)
    print(f"\n### the command's parts at {size:,} amounts (CPU s, median of {repeat})\n")
    print("| part | paid for | CPU s |")
    print("| --- | --- | --- |")
    for label in labels:
        print(f"| {label} | {payer.get(label, OWN)} | {medians[label]:.3f} |")
    sums = {who: 0.0 for who in (JUDGE, POLARS, OWN)}
    for label in labels:
        sums[payer.get(label, OWN)] += medians[label]
    for who, spent in sums.items():
        print(f"| **all that {who} pays** | | **{spent:.3f}** |")
    ratio = f" ({reference / total:.1f}x)" if reference else ""
    print(f"| **the command in process** | | **{total:.3f}**{ratio} |")
    return {"parts": medians, "by_payer": sums, "total": total, "runs": runs}


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
    import statistics

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
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--frictionless-cpu", type=float, help="frictionless validate, CPU s")
    parser.add_argument(
        "--parts", action="store_true", help="also time each part of the command in process"
    )
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    for size in args.sizes:
        result = measure(size, args)
        report(result)
        if args.parts:
            result["command_parts"] = parts_table(size, args.repeat, result["frictionless_cpu"])
        path = OUT / f"structure-floor-{size}.json"
        path.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--judge"]:  # before argparse is imported: see the imports above
        judge(Path(sys.argv[2]))
    elif sys.argv[1:2] == ["--command-parts"]:
        command_parts(Path(sys.argv[2]))
    else:
        main()
