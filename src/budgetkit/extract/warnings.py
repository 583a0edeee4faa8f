"""What extraction could not place, said instead of crashing.

A region of a document that no reader understands (a table whose cells cannot be put in
columns, a unit that is not printed) is not a reason to stop: the rest of the document is
still extracted, and the steward reads the warning in the extract summary.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class ExtractWarning:
    """One thing extraction left out or could not decide, at its place in the source."""

    document_id: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.document_id}:{self.line}: {self.reason}"
