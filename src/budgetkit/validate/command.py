"""``budgetkit validate``: run the layers, print a summary, exit 1 on data errors.

Source findings never change the exit code; bad input raises ``InputError`` (exit 2 via
the CLI's ``main``). ``budgetkit build`` calls this function directly, so every
parameter has a plain default.
"""

from __future__ import annotations

import json
import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from budgetkit.cyclegc import without_cycle_collection
from budgetkit.options import ProjectDir
from budgetkit.project import Project
from budgetkit.validate.registry import LAYERS

err = Console(stderr=True)


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


def _summary(report) -> Table:
    table = Table(title="validation", title_justify="left")
    for column in ("layer", "result", "data errors", "findings", "seconds"):
        table.add_column(column, justify="right" if column not in ("layer", "result") else "left")
    for layer in report.layers:
        table.add_row(
            layer.name,
            "[green]passed[/green]" if layer.passed else "[red]failed[/red]",
            str(len(layer.errors)),
            str(len(layer.findings)),
            f"{layer.seconds:.2f}",
        )
    return table


def validate_command(
    layer: Annotated[
        list[str] | None,
        typer.Option(
            "--layer",
            "-l",
            help=f"Run only this layer (repeatable): {', '.join(LAYERS)}.",
        ),
    ] = None,
    output: Annotated[
        OutputFormat,
        typer.Option("--format", help="text: summary for people; json: the report on stdout."),
    ] = OutputFormat.text,
    project_dir: ProjectDir = Path("."),
) -> None:
    """Validate datapackage/ in six layers; write reports/ and datapackage/data/findings.csv."""
    unknown = sorted(set(layer or ()) - set(LAYERS))
    if unknown:
        raise typer.BadParameter(
            f"unknown layer {', '.join(unknown)}; choose from {', '.join(LAYERS)}",
            param_hint="--layer",
        )
    project = Project(project_dir)

    def before(name: str) -> None:
        err.print(f"validate: {name} …", highlight=False)

    def progress(result) -> None:
        verdict = "[green]passed[/green]" if result.passed else "[red]failed[/red]"
        err.print(
            f"validate: {result.name} {verdict} ({len(result.errors)} data errors, "
            f"{len(result.findings)} findings, {result.seconds:.2f}s)",
            highlight=False,
        )

    # numpy's OpenBLAS starts a thread per core when it is loaded, which spins waiting for
    # work no layer gives it (none multiplies matrices): ~0.04 CPU s of every run, a fortieth
    # of the structure layer's at 100,000 amounts. One thread, unless the user chose.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    # Imported here: the runner loads polars, pandas and the layers, which `budgetkit extract`
    # (same CLI) must not wait for at startup. Without the cyclic collector: importing
    # makes a few hundred thousand objects (functions, classes, their dicts), which set
    # it off again and again to find no garbage (see ``runner.validate``).
    with without_cycle_collection():
        from budgetkit.validate.reportfiles import report_dict
        from budgetkit.validate.runner import validate

    report = validate(project, layer or None, progress=progress, before=before)
    if output is OutputFormat.json:
        typer.echo(json.dumps(report_dict(report), ensure_ascii=False, indent=2, default=str))
    else:
        err.print(_summary(report))
    err.print(
        f"{len(report.findings)} source findings in {report.findings_path} (never block)\n"
        f"report: {project.relative(project.reports / 'validation.md')}, "
        f"{project.relative(project.reports / 'validation.json')}",
        highlight=False,
    )
    if not report.passed:
        err.print(f"[red]{report.verdict()}: the package is wrong[/red]")
        raise typer.Exit(1)
