"""The ``budgetkit`` command: a thin layer over the library's three stages.

Stewards run ``budgetkit build``; each stage can also run alone. Bad input reaches the
user as one line naming the file and line, with exit code 2, never as a traceback.
"""

from __future__ import annotations

import atexit
import gc
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from budgetkit.errors import InputError, one_line
from budgetkit.options import ProjectDir
from budgetkit.project import Project
from budgetkit.publish.command import publish_command, serve_command
from budgetkit.validate.command import validate_command

app = typer.Typer(
    help=(
        "Turn Dutch budget documents into validated, citable open data.\n\n"
        "Stages: extract (sources/ -> datapackage/), validate (-> reports/), "
        "publish (-> publish/build/budget.db), serve (Datasette). "
        "`budgetkit build` runs extract, validate and publish in order."
    ),
    epilog=(
        "Examples:\n\n"
        "budgetkit build  (extract, validate, publish: what a steward runs)\n\n"
        "budgetkit extract --check  (CI: is the committed datapackage/ up to date?)\n\n"
        "budgetkit validate -l provenance -l totals  (only these layers)\n\n"
        "budgetkit validate --format json  (the report on stdout, for CI)\n\n"
        "budgetkit serve --port 8001  (Datasette at http://127.0.0.1:8001/)"
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
err = Console(stderr=True, soft_wrap=True)


def _extract(project: Project, check: bool, jobs: int = 1) -> None:
    # imported here, like the other stages in theirs: validate and serve need no extractor
    from budgetkit.extract.pipeline import extract

    def progress(doc, rows, warnings) -> None:
        counts = ", ".join(f"{len(v)} {k}" for k, v in rows.items() if k != "documents")
        noted = f", {len(warnings)} warnings" if warnings else ""
        if err.is_terminal:
            err.print(f"  [bold]{doc.id}[/bold]: {counts}{noted}", highlight=False)
        else:  # rich would print the same plain line, at a hundred times the cost
            _say(f"  {doc.id}: {counts}{noted}")

    err.print(f"extract: {len(list(project.sources.glob('*.txt')))} source texts in sources/")
    result, stale = extract(project, check=check, progress=progress, jobs=jobs)
    counts = result.counts()
    err.print(
        "extract: {documents} documents, {sections} sections, {amounts} amounts, "
        "{measures} measures, {tables} tables, {table_cells} cells, "
        "{references} references".format(**counts)
    )
    if result.warnings:
        err.print(f"extract: {len(result.warnings)} warnings (regions left out or undecided):")
        for warning in result.warnings:
            err.print(f"  {warning}", highlight=False, markup=False)
    if check:
        if stale:
            err.print(
                "[red]datapackage/ is out of date with sources/:[/red] "
                + ", ".join(stale)
                + "\nrun `budgetkit extract` and commit the result"
            )
            raise typer.Exit(1)
        err.print("datapackage/ is up to date with sources/")
    else:
        err.print(f"wrote {project.relative(project.descriptor)}")


Jobs = Annotated[
    int,
    typer.Option(
        "--jobs",
        "-j",
        min=0,
        help="Documents extracted at once, each in its own process; 0 = one per core. The "
        "output is byte-identical whatever the number.",
    ),
]


@app.command("extract")
def extract_command(
    check: Annotated[
        bool,
        typer.Option(
            "--check",
            help="Write nothing; exit 1 if the committed datapackage/ differs from what "
            "the sources give (for CI).",
        ),
    ] = False,
    jobs: Jobs = 1,
    project_dir: ProjectDir = Path("."),
) -> None:
    """Read sources/*.txt and sources/sources.yml, write datapackage/ (CSV + datapackage.json).

    Prints one line per document as it is done, then the totals and
    every warning as `document:line: reason`: a region no reader
    could place (the rest of the document is still extracted).

    Examples: `budgetkit extract`; `budgetkit extract --jobs 0`
    (all cores, same output); `budgetkit extract --check` (CI).
    """
    _extract(Project(project_dir), check, jobs)


@app.command("build")
def build_command(project_dir: ProjectDir = Path(".")) -> None:
    """Run extract, validate and publish in order; stop at the first stage that fails."""
    _extract(Project(project_dir), check=False)
    validate_command(project_dir=project_dir)
    publish_command(project_dir=project_dir)


app.command("validate")(validate_command)
app.command("publish")(publish_command)
app.command("serve")(serve_command)


def _say(line: str) -> None:
    """One plain line on stderr: never rich markup, so input quoted in it prints as written."""
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def main() -> None:
    atexit.unregister(_no_collection_at_exit)  # once, however often ``main`` runs
    atexit.register(_no_collection_at_exit)
    try:
        app()
    except InputError as exc:
        if os.environ.get("BUDGETKIT_DEBUG"):
            raise
        _say(f"error: {exc}")
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
    except BaseException as exc:  # a bug, not bad input: one line unless asked for more
        # (BaseException, not Exception: a polars panic derives from BaseException)
        if isinstance(exc, SystemExit) or os.environ.get("BUDGETKIT_DEBUG"):
            raise
        _say(
            one_line(f"internal error: {type(exc).__name__}: {exc}")
            + " (set BUDGETKIT_DEBUG=1 for the traceback)"
        )
        sys.exit(3)


def _no_collection_at_exit() -> None:
    """Spare the interpreter's last cyclic collection, on the way out.

    When the interpreter exits it collects cycles once more over every object still alive:
    the modules of polars, Frictionless and the rest, and whatever the command held. Nothing
    is gained by it (the process ends, and its memory with it), yet it cost ~0.08 CPU s of
    the ~1.2 of `validate --layer structure` at 100,000 amounts. Registered as an exit
    handler, which Python runs before that collection, ``gc.freeze`` moves every object
    out of its reach; module teardown still runs, and every file a command writes is
    closed (and renamed into place) before it returns. A caller running ``main`` in its own
    process (the tests) is unaffected until it exits."""
    gc.freeze()
