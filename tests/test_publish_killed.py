"""A publish killed at any moment leaves a complete database: the previous one or the new one.

Publish runs in a real subprocess on a copy of the real package and gets SIGKILL at random
moments across its whole run; after every kill the database in place must open, pass
SQLite's integrity check and hold every row of every resource.
"""

from __future__ import annotations

import csv
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from publish_sample import write_validation_report

from budgetkit.project import Project
from budgetkit.publish import publish

KILLS = 20
PUBLISH = "import sys; from pathlib import Path; from budgetkit.project import Project; " \
    "from budgetkit.publish import publish; publish(Project(Path(sys.argv[1])))"  # fmt: skip


def _expected_counts(project: Project) -> dict[str, int]:
    counts = {}
    for path in sorted((project.datapackage / "data").glob("*.csv")):
        with path.open(encoding="utf-8") as handle:
            counts[path.stem] = sum(1 for _ in csv.DictReader(handle))
    return counts


def _check_complete(db: Path, expected: dict[str, int]) -> None:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        for table, count in expected.items():
            assert conn.execute(f'select count(*) from "{table}"').fetchone()[0] == count, table
        assert conn.execute("select count(*) from source_lines").fetchone()[0] > 0


def _run(root: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", PUBLISH, str(root)])


def test_killed_publish_never_leaves_a_broken_database(project_copy: Project) -> None:
    if not any((project_copy.datapackage / "data").glob("*.csv")):
        pytest.fail("the real data package is missing: run `budgetkit extract`")
    write_validation_report(project_copy)
    expected = _expected_counts(project_copy)
    db = publish(project_copy)
    _check_complete(db, expected)

    started = time.monotonic()
    assert _run(project_copy.root).wait(timeout=300) == 0
    duration = time.monotonic() - started

    rng = random.Random(20261122)
    mid_write = 0
    for _ in range(KILLS):
        process = _run(project_copy.root)
        time.sleep(rng.uniform(0, duration))
        process.kill()
        process.wait(timeout=60)
        _check_complete(db, expected)
        mid_write += any(project_copy.build.glob(".partial-*"))
    assert mid_write, "no kill landed while files were being written; the test proved nothing"
    assert publish(project_copy) == db  # a later publish cleans up and succeeds
    assert [p.name for p in project_copy.build.glob(".partial-*")] == []
