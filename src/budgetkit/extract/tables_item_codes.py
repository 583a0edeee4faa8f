"""The rows a numbered row's own code says it sums: its lettered parts printed above it.

Statements that number their rows (an agentschap's kasstroomoverzicht, a statement of the
changes in its equity) print a split item's parts above it, each coded with the item's
number and a letter ("3a. <post>", "3b. <post>", then "3. Totaal <post>"). The codes tell
which rows the item sums before any figure does, so the hierarchy keeps that total where a
misprinted figure (or a part the text lost) leaves its sums short (``tables_hierarchy``).
"""

from __future__ import annotations

import re

#: An item's code opening its label, a number with a letter for a lettered part and a
#: period ("3.", "3a.", "12b."), then the words.
_ITEM_CODE = re.compile(r"(\d{1,2})([a-z]?)\.[ \xa0]+(?=\S)")


def _item_code(label: str) -> tuple[str, str] | None:
    """The number and letter ('' for none) of the item code opening a label, or None."""
    found = _ITEM_CODE.match(label.strip())
    return (found.group(1), found.group(2)) if found else None


def lettered_parts(labels: list[str]) -> dict[int, list[int]]:
    """Per row coded with a number alone ("3."), the rows right above it coded with that
    number and a letter, in alphabetical order ("3a.", "3b."): its parts, of which it is
    the total printed below them. A numbered row printed above its lettered rows heads
    them: it sums no row above it and is left out, as is a numbered row under rows of
    another number's letters ("2a.", "2b.", then "3.")."""
    found: dict[int, list[int]] = {}
    for position, label in enumerate(labels):
        code = _item_code(label)
        if code is None or code[1]:
            continue
        parts: list[int] = []
        letter = "{"  # after "z": the letters read upwards come before it
        for above in range(position - 1, -1, -1):
            part = _item_code(labels[above])
            if part is None or part[0] != code[0] or not "" < part[1] < letter:
                break
            letter = part[1]
            parts.insert(0, above)
        if parts:
            found[position] = parts
    return found
