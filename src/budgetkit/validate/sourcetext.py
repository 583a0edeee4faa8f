"""The source texts the package's ``documents`` resource points to, read once per run."""

from __future__ import annotations

from dataclasses import dataclass

from budgetkit.validate.loader import PackageData


@dataclass
class SourceText:
    text: str
    starts: list[int]  # offset of each line's first character


def source_texts(data: PackageData) -> dict[str, SourceText]:
    """document_id -> text, for every document whose file exists and is UTF-8.

    A missing or unreadable file is the provenance layer's error to report, not ours.
    """
    cache = data.__dict__.setdefault("_source_texts", None)
    if cache is not None:
        return cache
    texts = {}
    for doc_id, source_path in (
        data.raw("documents").select("document_id", "source_path").iter_rows()
    ):
        path = data.project.root / (source_path or "")
        if not source_path or not path.is_file():
            continue
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            continue
        starts = [0]
        for line in text.split("\n")[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        texts[doc_id] = SourceText(text, starts)
    data.__dict__["_source_texts"] = texts
    return texts
