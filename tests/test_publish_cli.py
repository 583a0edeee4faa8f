"""`budgetkit publish` and `budgetkit serve` as a user runs them: exit codes and one-line errors."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli
from publish_sample import make_sample_project, write_validation_report


def _one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    return lines[0]


def test_publish_refuses_an_unvalidated_package(tmp_path: Path) -> None:
    project = make_sample_project(tmp_path)
    write_validation_report(project, data_errors=1)
    result = run_cli("publish", "-C", str(project.root))
    assert result.returncode == 2
    assert "reports/validation.md" in _one_line(result.stderr)
    assert not (project.build / "budget.db").exists()


def test_publish_writes_the_site(tmp_path: Path) -> None:
    project = make_sample_project(tmp_path)
    result = run_cli("publish", "-C", str(project.root))
    assert result.returncode == 0, result.stderr
    for name in ("budget.db", "metadata.json", "inspect-data.json", "datapackage.zip"):
        assert (project.build / name).is_file(), name


def test_serve_before_publish_says_what_to_do(tmp_path: Path) -> None:
    project = make_sample_project(tmp_path)
    result = run_cli("serve", "-C", str(project.root), "--port", "1")
    assert result.returncode == 2
    assert "run `budgetkit publish` first" in _one_line(result.stderr)
