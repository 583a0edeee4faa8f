"""The sources' own lines, so the site can show the sentence behind a number in context.

The package points into the source texts by document and line; copying those lines into
the database lets a journalist read an amount's surroundings without the repository.
Only files whose sha256 matches ``documents.csv`` are copied: a changed source would
make every line reference in the package point at the wrong text. The table's Table
Schema is ``schemas/source_lines.json``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from budgetkit.errors import InputError


def read_source_lines(root: Path, documents: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Rows of ``source_lines`` for the documents' ``source_path`` files."""
    for document in documents:
        path = root / document["source_path"]
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(path, f"cannot read source: {exc.strerror}") from None
        if hashlib.sha256(data).hexdigest() != document["sha256"]:
            raise InputError(
                path,
                "source changed since extraction (sha256 differs from documents.csv); "
                "run `budgetkit build`",
            )
        for number, text in enumerate(data.decode("utf-8").split("\n"), start=1):
            yield {"document_id": document["document_id"], "line": number, "text": text}
