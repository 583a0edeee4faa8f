"""A source document made from inline text, for extractor tests that need no project on disk.

The extractors read only the text model and the metadata, so a test can hand them a few lines
taken from a corpus page without writing a ``sources/`` folder.
"""

from __future__ import annotations

from pathlib import Path

from budgetkit.sources import SourceDocument


def inline_document(text: str, doc_id: str = "t", **meta: object) -> SourceDocument:
    """``text`` as the document ``doc_id``, with ``meta`` as its sources.yml entry."""
    return SourceDocument(
        id=doc_id,
        path=Path(f"{doc_id}.txt"),
        source_path=f"sources/{doc_id}.txt",
        meta={"id": doc_id, **meta},
        text=text,
    )
