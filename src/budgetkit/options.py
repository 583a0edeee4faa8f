"""Command-line options every stage shares, declared once so their help reads the same."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

ProjectDir = Annotated[
    Path,
    typer.Option(
        "--project-dir",
        "-C",
        help="Project folder holding sources/, schemas/, checks/, datapackage/ and publish/.",
        file_okay=False,
    ),
]
