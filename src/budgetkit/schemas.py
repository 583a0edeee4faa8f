"""The Table Schemas in ``schemas/``: the one place columns, types and constraints live.

Extraction writes CSVs in schema field order, the package descriptor inlines them, and the
validation layers derive their models from them, so nothing here copies a constraint.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from budgetkit.errors import InputError

#: Resources in the order they are written to the package (parents before children).
RESOURCES = (
    "documents",
    "sections",
    "measures",
    "amounts",
    "tables",
    "table_cells",
    "references",
    "findings",
)


def load_schema(schemas_dir: Path, resource: str) -> dict[str, Any]:
    """The Table Schema of one resource, read fresh on every call.

    A run asks a few times per resource (extraction, and the structure, contracts and
    expectations layers each once), so reading the file again costs nothing that matters,
    and each caller gets its own dict to change without touching another's.
    """
    path = schemas_dir / f"{resource}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, "Table Schema is missing") from None
    except json.JSONDecodeError as exc:
        raise InputError(path, f"invalid JSON: {exc.msg}", exc.lineno) from None


def field_names(schema: dict[str, Any]) -> list[str]:
    return [field["name"] for field in schema["fields"]]
