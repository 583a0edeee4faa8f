"""Replacing a stage's whole output folder in one step, so a reader never sees a mix.

A stage writes its complete output into a new folder next to the target (same file
system) and then exchanges the two folders with one ``renameat2(RENAME_EXCHANGE)`` call:
before it, every path gives the previous output; after it, the new one. A run killed at
any moment leaves the previous output whole (and a staging folder the next run removes).
The target stays a plain folder, so a committed ``datapackage/`` diffs as usual in git.

Where the kernel or file system cannot exchange (not Linux, an old kernel), the fallback
is two renames, with the previous folder kept as ``.<name>.old-*`` until the new one is in
place and restored by the next run if a kill landed in between.
"""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

AT_FDCWD = -100
RENAME_EXCHANGE = 2


def _staging_prefix(target: Path) -> str:
    return f".{target.name}.new-"


def _old_prefix(target: Path) -> str:
    return f".{target.name}.old-"


def _exchange(first: Path, second: Path) -> bool:
    """Swap two existing paths atomically; False if this system cannot."""
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(second))


def _fsync_tree(folder: Path) -> None:
    """Flush the new output to disk before it replaces the old (a power cut, not a kill)."""
    for path in sorted(folder.rglob("*"), reverse=True):
        flags = os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() else 0)
        fd = os.open(path, flags)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def recover(target: Path) -> None:
    """Undo what a killed run left next to ``target``: staging folders are deleted; a
    previous output moved aside by the two-rename fallback is put back if ``target`` is gone."""
    parent = target.parent
    if not parent.is_dir():
        return
    olds = sorted(parent.glob(_old_prefix(target) + "*"))
    if not target.exists() and olds:
        os.rename(olds[-1], target)
        olds = olds[:-1]
    for leftover in [*parent.glob(_staging_prefix(target) + "*"), *olds]:
        shutil.rmtree(leftover, ignore_errors=True)


@contextmanager
def replaced_folder(target: Path) -> Iterator[Path]:
    """Yield an empty folder next to ``target``; if the block succeeds, it becomes ``target``
    in one step and the previous output is deleted. If the block fails, nothing changes."""
    recover(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=_staging_prefix(target), dir=target.parent))
    try:
        umask = os.umask(0)
        os.umask(umask)
        staging.chmod(0o777 & ~umask)  # mkdtemp's 0700 would hide the site from its server
        yield staging
        _fsync_tree(staging)
        if not target.exists():
            os.rename(staging, target)
        elif not _exchange(staging, target):
            old = target.with_name(f"{_old_prefix(target)}{os.getpid()}")
            os.rename(target, old)
            os.rename(staging, target)
            shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
