"""Replacing generated files in one rename, so a killed publish never leaves half a file.

Readers (a running Datasette, a user's download) only ever see the previous complete
file or the next complete one: everything is written to a temporary file in the same
folder (same file system, so ``os.replace`` is atomic) and renamed when complete.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TEMP_PREFIX = ".partial-"


@contextmanager
def replaced_when_done(path: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; move it into place if the block succeeds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{path.name}.", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def remove_leftovers(folder: Path) -> None:
    """Delete temporary files a killed run left behind (they are never read)."""
    for leftover in folder.glob(f"{TEMP_PREFIX}*"):
        leftover.unlink(missing_ok=True)
