"""The source texts the package's ``documents`` resource points to, read one at a time.

A rule that reads the sources goes through them document by document, so a package of
ten thousand documents never holds more than one text and its line offsets at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from budgetkit.validate.loader import PackageData

_NEWLINE = re.compile("\n")


@dataclass
class SourceText:
    text: str
    starts: list[int]  # offset of each line's first character


def source_paths(data: PackageData) -> dict[str, str | None]:
    """document_id -> its source path, as ``documents`` records it."""
    return dict(data.raw("documents").select("document_id", "source_path").iter_rows())


def read_source(data: PackageData, source_path: str | None) -> SourceText | None:
    """The text at ``source_path``, or None when the file is missing or not UTF-8.

    A missing or unreadable file is the provenance layer's error to report, not ours.
    """
    path = data.project.root / (source_path or "")
    if not source_path or not path.is_file():
        return None
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return None
    return SourceText(text, [0] + [m.end() for m in _NEWLINE.finditer(text)])
