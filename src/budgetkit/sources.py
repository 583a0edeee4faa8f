"""Reading the source texts and their metadata, refusing anything that is not clean UTF-8 text.

Every later stage points back into these texts by line and column, so a document is loaded
once, byte for byte, and carries its text model (``budgetkit.textmodel``): lines, offsets,
sha256, sentences, paragraphs and page layout, built once and read by every extractor.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

from budgetkit.errors import InputError
from budgetkit.project import Project
from budgetkit.textfile import decode_utf8, refuse_binary
from budgetkit.textmodel import TextModel

REQUIRED_KEYS = ("id", "file", "title", "publisher", "kind", "published", "budget_year", "license")
KINDS = ("memo", "analysis", "members_letter", "budget_chapter", "parliamentary_letter")


class SourceDocument:
    """One source text with its metadata from ``sources/sources.yml``, and its text model.

    ``lines``, ``text``, ``sha256`` and the offset helpers are the model's: built once
    here, read by every extractor.
    """

    def __init__(
        self, id: str, path: Path, source_path: str, meta: dict[str, Any], text: str
    ) -> None:
        self.id = id
        self.path = path
        self.source_path = source_path  # relative to the project root, as stored in the package
        self.meta = meta
        self.model = TextModel(text, str(meta.get("title", "")), meta.get("budget_year"))

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled (for a worker process) as what it is read from; the model is rebuilt."""
        return SourceDocument, (self.id, self.path, self.source_path, self.meta, self.text)

    def __repr__(self) -> str:
        return f"SourceDocument({self.id!r}, {self.source_path!r})"

    @property
    def text(self) -> str:
        return self.model.text

    @property
    def lines(self) -> list[str]:
        """The lines, without line terminators."""
        return self.model.lines

    @property
    def sha256(self) -> str:
        return self.model.sha256

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


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read source: {exc.strerror}") from None
    if not data.strip():
        raise InputError(path, "source file is empty")
    refuse_binary(path, data, "source")
    return decode_utf8(path, data, "source")


def _load_metadata(project: Project) -> list[dict[str, Any]]:
    path = project.sources_yml
    if not path.exists():
        raise InputError(path, "metadata file is missing")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise InputError(path, f"invalid YAML: {getattr(exc, 'problem', exc)}", line) from None
    except UnicodeDecodeError:
        raise InputError(path, "metadata file is not UTF-8") from None
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise InputError(path, "expected a mapping with a 'documents' list")
    return data["documents"]


def _check_entry(path: Path, index: int, entry: Any) -> None:
    where = f"documents[{index}]"
    if not isinstance(entry, dict):
        raise InputError(path, f"{where} is not a mapping")
    missing = [key for key in REQUIRED_KEYS if entry.get(key) in (None, "")]
    if missing:
        raise InputError(path, f"{where} ({entry.get('id', '?')}) lacks {', '.join(missing)}")
    if entry["kind"] not in KINDS:
        raise InputError(path, f"{where} kind {entry['kind']!r} is not one of {', '.join(KINDS)}")
    published = str(entry["published"])
    try:
        date.fromisoformat((published + "-01-01")[:10] if len(published) < 10 else published)
    except ValueError:
        raise InputError(path, f"{where} published {published!r} is not an ISO date") from None


def load_sources(project: Project) -> list[SourceDocument]:
    """Load every document listed in sources.yml, in the order listed.

    Raises ``InputError`` for a text without metadata, metadata without a text, or a
    text that is empty, binary or not UTF-8.
    """
    entries = _load_metadata(project)
    listed: set[str] = set()
    ids: set[str] = set()
    documents = []
    for index, entry in enumerate(entries):
        _check_entry(project.sources_yml, index, entry)
        if entry["id"] in ids:
            raise InputError(project.sources_yml, f"duplicate document id {entry['id']!r}")
        ids.add(entry["id"])
        path = project.sources / entry["file"]
        listed.add(entry["file"])
        if not path.is_file():
            raise InputError(path, f"source file listed in sources.yml ({entry['id']}) is missing")
        text = _read_text(path)
        documents.append(
            SourceDocument(
                id=entry["id"],
                path=path,
                source_path=project.relative(path),
                meta={**entry, "published": str(entry["published"])},
                text=text,
            )
        )
    for path in sorted(project.sources.glob("*.txt")):
        if path.name not in listed:
            raise InputError(path, "source file has no entry in sources/sources.yml")
    return documents
