"""Killing ``extract`` or ``publish`` at an exact point of its writes, and judging what is left.

``python tests/killpoints.py STAGE ROOT K`` runs the stage on the project at ROOT with a
Python audit hook that counts every file-system change under ROOT (a file opened for
writing, a folder made, a rename, a removal, a mode change, the ``renameat2`` call) and
ends the process with ``os._exit`` at the K-th, as a SIGKILL would: no cleanup, no
``finally``. K = 0 never kills and prints the number of changes, so a test can kill at
every one of them in turn. The stage's own code has no hook for this.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
KILLED = 137
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
CHANGES = {
    "os.rename", "os.remove", "os.rmdir", "os.mkdir", "os.chmod", "shutil.rmtree",
    "sqlite3.connect",
}  # fmt: skip


def _under(root: bytes, value: object) -> bool:
    if isinstance(value, (str, bytes, os.PathLike)):
        return os.fsencode(os.path.abspath(os.fsdecode(value))).startswith(root)
    return False


def _is_change(root: bytes, event: str, args: tuple) -> bool:
    if event == "open":
        path, mode, flags = args
        writing = any(c in (mode or "") for c in "wax+") or bool((flags or 0) & WRITE_FLAGS)
        return writing and _under(root, path)
    if event in CHANGES:
        return any(_under(root, arg) for arg in args)
    if event == "ctypes.call_function":  # renameat2: the folder exchange
        return any(_under(root, arg) for arg in args[1])
    return False


def _main(stage: str, root: Path, kill_at: int) -> None:
    prefix = os.fsencode(str(root.resolve()))
    count = 0

    def hook(event: str, args: tuple) -> None:
        nonlocal count
        if _is_change(prefix, event, args):
            count += 1
            if count == kill_at:
                os._exit(KILLED)

    from budgetkit.project import Project

    project = Project(root)
    if stage == "extract":
        from budgetkit.extract.pipeline import extract

        sys.addaudithook(hook)
        extract(project)
    else:
        from budgetkit.publish import publish

        sys.addaudithook(hook)
        publish(project)
    print(count)


def run(stage: str, root: Path, kill_at: int = 0) -> subprocess.CompletedProcess[str]:
    """Run ``stage`` on ``root`` in a fresh interpreter, killed at change ``kill_at``."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), stage, str(root), str(kill_at)],
        capture_output=True, text=True, env=env, check=False, timeout=600,
    )  # fmt: skip


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder``, relative path -> bytes."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def site_state(build: Path) -> dict[str, int] | None:
    """Row counts the published site would show, if all its files are of one publish run:
    the database whole (integrity check, sha256 as in inspect-data.json), and the zip's
    resources, the inspect data and the database agreeing on every count. None otherwise."""
    db = build / "budget.db"
    inspect_path = build / "inspect-data.json"
    if not (db.is_file() and inspect_path.is_file() and (build / "metadata.json").is_file()):
        return None
    inspect = json.loads(inspect_path.read_text(encoding="utf-8"))["budget"]
    if hashlib.sha256(db.read_bytes()).hexdigest() != inspect["hash"]:
        return None
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        if conn.execute("pragma integrity_check").fetchone()[0] != "ok":
            return None
        counts = {
            name: conn.execute(f'select count(*) from "{name}"').fetchone()[0]
            for name in inspect["tables"]
        }
    if any(inspect["tables"][name]["count"] != count for name, count in counts.items()):
        return None
    with zipfile.ZipFile(build / "datapackage.zip") as archive:
        package = json.loads(archive.read("datapackage.json"))
        for resource in package["resources"]:
            text = archive.read(resource["path"]).decode("utf-8")
            if sum(1 for _ in csv.DictReader(io.StringIO(text, newline=""))) != counts.get(
                resource["name"]
            ):
                return None
    return counts


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent / "src"))
    _main(sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]))
