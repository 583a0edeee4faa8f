"""A stage killed at any point of its writes leaves the previous output or the new one, whole.

Each stage runs in a real subprocess that ``killpoints`` ends with ``os._exit`` (no cleanup,
as SIGKILL) at its k-th file-system change, for every k from the first change to the last:
deterministic, so no kill can miss the window it is meant to hit. After every kill the
output folder must be byte for byte the previous output or the next one (extract), or a
site whose database, inspect data and zip all come from one run (publish); the next run
must clean up and succeed.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import killpoints
import pytest
from publish_sample import write_validation_report

from budgetkit.project import Project
from budgetkit.publish import publish


def _restore(folder: Path, files: dict[str, bytes]) -> None:
    """Put the previous output back, and remove what the last kill left next to it, so
    every run makes the same changes in the same order."""
    for leftover in folder.parent.glob(f".{folder.name}.*"):
        shutil.rmtree(leftover)
    shutil.rmtree(folder)
    for relative, data in files.items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_bytes(data)


def _change_a_source(project: Project) -> None:
    source = sorted(project.sources.glob("*.txt"))[0]
    source.write_bytes(source.read_bytes() + b"\nHet kabinet trekt EUR 5 miljoen uit.\n")


def _kill_at_every_change(
    stage: str,
    root: Path,
    folder: Path,
    old_files: dict[str, bytes],
    state_of: Callable[[Path], object],
    old: object,
    new: object,
    changes: int,
) -> None:
    """Kill ``stage`` at each of its ``changes`` file-system changes, from ``old_files`` put
    back every time: ``folder`` is then always in the ``old`` or the ``new`` state (as
    ``state_of`` reads it), and kills land both before and after the switch."""
    seen = {"old": 0, "new": 0}
    for kill_at in range(1, changes + 1):
        _restore(folder, old_files)
        killed = killpoints.run(stage, root, kill_at)
        assert killed.returncode == killpoints.KILLED, (kill_at, killed.stderr)
        state = state_of(folder)
        assert state in (old, new), f"{stage} killed at change {kill_at}: a mixed output"
        seen["old" if state == old else "new"] += 1
    assert seen["old"] and seen["new"], seen


def test_killed_extract_leaves_the_old_or_the_new_package(project_copy: Project) -> None:
    package = project_copy.datapackage
    old = killpoints.tree(package)
    _change_a_source(project_copy)
    done = killpoints.run("extract", project_copy.root)
    assert done.returncode == 0, done.stderr
    changes = int(done.stdout.split()[-1])
    new = killpoints.tree(package)
    assert new != old and new["data/documents.csv"] != old["data/documents.csv"]
    assert changes >= 10, "the writer makes fewer changes than a package has files"
    _kill_at_every_change(
        "extract", project_copy.root, package, old, killpoints.tree, old, new, changes
    )
    assert killpoints.run("extract", project_copy.root).returncode == 0
    assert killpoints.tree(package) == new
    assert sorted(p.name for p in project_copy.root.iterdir() if p.name.startswith(".")) == []


def test_killed_publish_leaves_one_whole_site(project_copy: Project) -> None:
    write_validation_report(project_copy)
    publish(project_copy)
    build = project_copy.build
    old = killpoints.tree(build)
    old_counts = killpoints.site_state(build)
    assert old_counts
    references = project_copy.datapackage / "data" / "references.csv"
    lines = references.read_bytes().splitlines(keepends=True)
    references.write_bytes(b"".join(lines[:-1]))  # the next package: one reference fewer
    write_validation_report(project_copy)
    done = killpoints.run("publish", project_copy.root)
    assert done.returncode == 0, done.stderr
    changes = int(done.stdout.split()[-1])
    new_counts = killpoints.site_state(build)
    assert new_counts and new_counts["references"] == old_counts["references"] - 1
    _kill_at_every_change(
        "publish",
        project_copy.root,
        build,
        old,
        killpoints.site_state,
        old_counts,
        new_counts,
        changes,
    )
    assert killpoints.run("publish", project_copy.root).returncode == 0
    assert killpoints.site_state(build) == new_counts
    assert sorted(p.name for p in project_copy.publish.iterdir() if p.name.startswith(".")) == []


def test_outputs_are_written_with_normal_permissions(project_copy: Project) -> None:
    """Temporary files are made 0600 and folders 0700; what replaces an output must not be,
    or the web server (another user) could not read the site."""
    import os
    import stat

    from budgetkit.extract.pipeline import extract
    from budgetkit.validate.runner import validate

    previous = os.umask(0o022)
    try:
        extract(project_copy)
        validate(project_copy)
        publish(project_copy)
    finally:
        os.umask(previous)
    for folder in (project_copy.datapackage, project_copy.reports, project_copy.build):
        for path in [folder, *folder.rglob("*")]:
            mode = stat.S_IMODE(path.stat().st_mode)
            wanted = 0o755 if path.is_dir() else 0o644
            assert mode == wanted, f"{path}: {oct(mode)}"


def test_without_renameat2_the_two_renames_recover_from_a_kill_between_them(
    tmp_path: Path, monkeypatch
) -> None:
    """Where the folders cannot be exchanged, the previous output is moved aside first; a
    kill before the new one is in place leaves it aside, and the next run puts it back."""
    from budgetkit import atomic

    target = tmp_path / "out"
    target.mkdir()
    (target / "file").write_text("previous")
    monkeypatch.setattr(atomic, "_exchange", lambda first, second: False)
    with atomic.replaced_folder(target) as staging:
        (staging / "file").write_text("new")
    assert (target / "file").read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    # a kill between the two renames: the output is aside, the new one not yet in place
    aside = tmp_path / ".out.old-4242"
    target.rename(aside)
    (tmp_path / ".out.new-x").mkdir()
    atomic.recover(target)
    assert (target / "file").read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_failed_stage_leaves_the_previous_output(tmp_path: Path) -> None:
    from budgetkit import atomic

    target = tmp_path / "out"
    target.mkdir()
    (target / "file").write_text("previous")
    with pytest.raises(RuntimeError), atomic.replaced_folder(target) as staging:
        (staging / "file").write_text("half")
        raise RuntimeError("bad input found halfway")
    assert (target / "file").read_text() == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
