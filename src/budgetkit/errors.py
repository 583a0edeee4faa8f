"""Errors that reach the user as one line, never as a traceback.

The CLI turns an ``InputError`` into ``file:line: message`` and exit code 2, so a steward
can jump straight to the place that needs fixing.
"""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """Bad input the user can fix: a malformed file, missing metadata, a broken package."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.path = str(path)
        self.line = line
        self.message = message

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"
