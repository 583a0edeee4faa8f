"""Turning a file's bytes into text, or a one-line error naming the file and line.

Sources and package CSVs are both refused for the same reasons (a NUL byte, bytes that are
not UTF-8); ``what`` says which kind of file it was, so the message reads right for both.
"""

from __future__ import annotations

import codecs
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


def check_utf8(path: Path, data: bytes, chunk: int = 1 << 24) -> None:
    """``decode_utf8`` without holding the whole text: a million-row resource decoded at once
    would cost several times its size in memory, only to be thrown away."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    try:
        for start in range(0, len(data), chunk):
            decoder.decode(view[start : start + chunk], final=start + chunk >= len(data))
    except UnicodeDecodeError:
        decode_utf8(path, data, "resource")  # the exact line, on the error path only


def _quote_line(data: bytes) -> int:
    """Line where the quoted field left open at the end of ``data`` starts."""
    inside, start, line = False, 1, 1
    for byte in data:
        if byte == 0x22:  # '"': a doubled quote inside a field toggles twice
            inside = not inside
            if inside:
                start = line
        elif byte == 0x0A:
            line += 1
    return start if inside else line


def check_csv_bytes(path: Path, data: bytes) -> None:
    """Refuse a package CSV that no reader could take as the file it claims to be.

    The same checks run whatever reads the file next (Frictionless, polars, the publisher),
    so a file is never accepted by one path and refused by another: not binary, no
    byte-order mark (the first field would be named "\\ufeffdocument_id"), a header row,
    every quoted field closed, and a final line ending (a file cut short mid-write has none).

    UTF-8 is left to the reader, which refuses any other bytes itself and then calls
    ``check_utf8`` (the loader: polars decodes every cell, and a second pass over the bytes
    costs as much as the parse). When the quote or line-end check fails, UTF-8 is checked
    first, so a file with both faults gets the same message whichever is found first.
    """
    if not data:
        raise InputError(path, "resource file is empty: not even a header row")
    refuse_binary(path, data, "resource")
    if data.startswith(b"\xef\xbb\xbf"):
        raise InputError(
            path, "resource starts with a byte-order mark (save as UTF-8 without BOM)", 1
        )
    if data.count(b'"') % 2:
        check_utf8(path, data)
        raise InputError(path, "a quoted field is never closed", _quote_line(data))
    if not data.endswith(b"\n"):
        check_utf8(path, data)
        raise InputError(
            path, "resource does not end with a line break: truncated?", data.count(b"\n") + 1
        )
