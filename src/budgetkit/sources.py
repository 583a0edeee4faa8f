"""Reading the source texts and their metadata, refusing anything that is not clean UTF-8 text.

Every later stage points back into these texts by line and column, so a document is loaded
once, byte for byte, and carries its text model (``budgetkit.textmodel``): lines, offsets,
sentences, paragraphs and page layout, built once and read by every extractor; and the
sha256 of its bytes, hashed where they are read.
"""

from __future__ import annotations

import hashlib
from functools import cached_property
from pathlib import Path
from typing import Any

from budgetkit.errors import InputError
from budgetkit.project import Project
from budgetkit.source_metadata import load_source_entries
from budgetkit.textfile import decode_utf8, refuse_binary
from budgetkit.textmodel import TextModel


class SourceDocument:
    """One source text with its metadata from ``sources/sources.yml``, and its text model.

    ``lines`` and the offset helpers are the model's: built once, on first use, read by every
    extractor. ``sha256``: of the file's bytes, as read (None for a text made in memory:
    hashed from its UTF-8 when asked).
    """

    def __init__(
        self,
        id: str,
        path: Path,
        source_path: str,
        meta: dict[str, Any],
        text: str,
        sha256: str | None = None,
    ) -> None:
        self.id = id
        self.path = path
        self.source_path = source_path  # relative to the project root, as stored in the package
        self.meta = meta
        self._text = text
        self._sha256 = sha256

    @cached_property
    def model(self) -> TextModel:
        """Built the first time an extractor asks: where the document is extracted, so that
        with ``--jobs`` the parent process, which only reads the texts and sends them to the
        workers, never splits them into lines."""
        return TextModel(self._text, str(self.meta.get("title", "")), self.meta.get("budget_year"))

    def forget_model(self) -> None:
        """Drop the text model once the document is extracted (it is rebuilt if asked for
        again): in one process, the models of the documents already extracted would otherwise
        stay in memory to the end of the run, two thirds of its peak at 500 documents."""
        self.__dict__.pop("model", None)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled (for a worker process) as what it is read from; the model is rebuilt."""
        return SourceDocument, (
            self.id,
            self.path,
            self.source_path,
            self.meta,
            self.text,
            self._sha256,
        )

    def __repr__(self) -> str:
        return f"SourceDocument({self.id!r}, {self.source_path!r})"

    @property
    def text(self) -> str:
        return self._text

    @property
    def lines(self) -> list[str]:
        """The lines, without line terminators."""
        return self.model.lines

    @property
    def sha256(self) -> str:
        """Of the file's bytes; for a text made in memory, of its UTF-8 (a source is strict
        UTF-8, so encoding its text gives its bytes back)."""
        if self._sha256 is None:
            self._sha256 = hashlib.sha256(self._text.encode("utf-8")).hexdigest()
        return self._sha256

    @property
    def line_count(self) -> int:
        return self.model.line_count

    @property
    def ministry(self) -> str | None:
        return self.meta.get("ministry")

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset into ``text``."""
        return self.model.line_col(offset)

    def offset(self, line: int, column: int) -> int:
        """Character offset of a 1-based (line, column)."""
        return self.model.offset(line, column)

    def text_at(self, line: int, column: int, length: int) -> str:
        return self.model.text_at(line, column, length)


def _read_source(path: Path) -> tuple[str, str]:
    """(the file's text, the sha256 of its bytes): hashed here, where the bytes are at hand,
    instead of encoding the text again to hash it."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read source: {exc.strerror}") from None
    if not data or data.isspace():  # (``strip`` would copy the whole file to say so)
        raise InputError(path, "source file is empty")
    refuse_binary(path, data, "source")
    return decode_utf8(path, data, "source"), hashlib.sha256(data).hexdigest()


def load_sources(project: Project) -> list[SourceDocument]:
    """Load every document listed in sources.yml, in the order listed.

    Raises ``InputError`` for a text without metadata, metadata without a text, or a
    text that is empty, binary or not UTF-8.
    """
    listed: set[str] = set()
    documents = []
    root = project.root.resolve()  # (what ``Project.relative`` resolves, once for all)
    for entry in load_source_entries(project):
        path = entry.path
        listed.add(path.name)
        text, sha256 = _read_source(path)
        documents.append(
            SourceDocument(
                id=entry.meta["id"],
                path=path,
                source_path=entry.resolved.relative_to(root).as_posix(),
                meta=entry.meta,
                text=text,
                sha256=sha256,
            )
        )
    for path in sorted(project.sources.glob("*.txt")):
        if path.name not in listed:
            raise InputError(path, "source file has no entry in sources/sources.yml")
    return documents
