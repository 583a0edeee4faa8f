"""The ``budgetkit publish`` and ``budgetkit serve`` commands (registered by ``cli.py``)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from budgetkit.options import ProjectDir
from budgetkit.project import Project

# The stage and serving modules are imported in the commands: they load sqlite-utils, which
# the CLI (also `budgetkit extract`) must not wait for at startup.


def publish_command(project_dir: ProjectDir = Path(".")) -> None:
    """Build publish/build/budget.db, its Datasette metadata and datapackage.zip.

    Also writes publish/build/excel/ (each table as a CSV for Dutch
    Excel). Refuses unless reports/validation.json judged exactly
    this package, with every layer, and found no data errors.
    """
    from budgetkit.publish.stage import publish

    project = Project(project_dir)
    db = publish(project)
    typer.echo(
        f"publish: wrote {project.relative(db)} and {project.relative(project.build)}/", err=True
    )


def serve_command(
    project_dir: ProjectDir = Path("."),
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8001,
) -> None:
    """Serve the published database with Datasette (read-only)."""
    from budgetkit.publish.serving import require_free_port, site_files

    files = site_files(Project(project_dir))
    require_free_port(host, port)
    typer.echo(f"serving {files.db.name} at http://{host}:{port}/ (Ctrl-C to stop)")
    sys.stdout.flush()
    args = files.datasette_args(host, port)
    os.execv(args[0], args)
