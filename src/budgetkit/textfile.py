"""Turning a file's bytes into text, or a one-line error naming the file and line.

Sources and package CSVs are both refused for the same reasons (a NUL byte, bytes that are
not UTF-8); ``what`` says which kind of file it was, so the message reads right for both.
"""

from __future__ import annotations

from pathlib import Path

from budgetkit.errors import InputError


def refuse_binary(path: Path, data: bytes, what: str) -> None:
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise InputError(path, f"{what} is a binary file (NUL byte), not text", line)


def decode_utf8(path: Path, data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            path, f"{what} is not UTF-8 (byte 0x{data[exc.start]:02x})", line
        ) from None
