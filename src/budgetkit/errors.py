"""Errors that reach the user as one plain line, never as a traceback.

The CLI turns an ``InputError`` into ``file:line: message`` and exit code 2, so a steward
can jump straight to the place that needs fixing. The line is plain text: a value quoted
from the input is shown as written (no markup, no emoji codes), and control characters in
it (a newline, a NUL, an escape sequence) are spelled out so the message stays one line
and cannot drive the terminal.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path


def one_line(text: str) -> str:
    """``text`` with every control or separator character but the space written as an escape."""
    return "".join(
        char
        if char == " " or unicodedata.category(char)[0] not in "CZ"
        else char.encode("unicode_escape").decode("ascii")
        for char in text
    )


class InputError(Exception):
    """Bad input the user can fix: a malformed file, missing metadata, a broken package."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.path = str(path)
        self.line = line
        self.message = message

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return one_line(f"{where}: {self.message}")
