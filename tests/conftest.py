"""Shared fixtures: the real project, and throw-away copies of it to break on purpose."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from budgetkit.project import Project

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("sources", "schemas", "checks", "datapackage", "publish")


@pytest.fixture(scope="session")
def project() -> Project:
    """The repository itself, read-only."""
    return Project(ROOT)


@pytest.fixture
def project_copy(tmp_path: Path) -> Project:
    """A copy of the project's inputs and committed package, safe to corrupt."""
    for name in COPIED:
        source = ROOT / name
        if source.exists():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("build"))
    return Project(tmp_path)


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real ``budgetkit`` command in a subprocess, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "budgetkit", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        check=False,
    )
