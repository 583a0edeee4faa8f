"""The rows a numbered row's own label says it sums: its lettered parts printed above it,
or the rows its formula names.

Statements that number their rows (an agentschap's kasstroomoverzicht, a statement of the
changes in its equity) print a split item's parts above it, each coded with the item's
number and a letter ("3a. <post>", "3b. <post>", then "3. Totaal <post>"), and close with
a row whose label gives the numbers of the rows it adds up ("5. <stand> (=1+2+3+4)"). The
labels tell which rows a total sums before any figure does: a part printed without
placeholders for its empty cells is placed where that total holds (``tables_placement``),
and the hierarchy keeps the total where a misprinted figure leaves its sums short
(``tables_hierarchy``).
"""

from __future__ import annotations

import re

#: The numbers of the rows a label says it sums, in brackets, ending it, with or without an
#: equals sign ("N. <stand> per <datum> (1+2+3)", "N. <stand> (=1+2+3+4)"):
#: the row is their total, printed below them. A remark in brackets of its own may follow
#: the formula, a note on the total wrapped onto the label's last line ("(=1+2+3+4)" /
#: "(De maximale roodstand is ...)"): the formula still closes the label's own words. Only
#: the formula (group ``formula``) names rows: a remark's own figures are none of them.
SUMMED = re.compile(
    r"(?P<formula>\(=?[ \xa0]?\d{1,2}(?:[ \xa0]?\+[ \xa0]?\d{1,2})+\))(?:\s*\([^()]*\))?\s*$"
)
#: The code of a row a formula names, opening its label: its number, with or without a
#: period ("1 <post>" where the formula reads "(1+2)"), or in brackets ("(1) <post>").
_NAMED_CODE = re.compile(r"(?:(\d{1,2})\.?|\((\d{1,2})\))[ \xa0]+(?=\S)")
_NUMBER = re.compile(r"\d{1,2}")
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


def _named_code(label: str) -> str | None:
    """The number of the code opening a label as a formula names it, or None."""
    found = _NAMED_CODE.match(label.strip())
    return (found.group(1) or found.group(2)) if found else None


def named_parts(labels: list[str]) -> dict[int, list[int]]:
    """Per row whose label ends in the numbers of the rows it sums (``SUMMED``), those
    rows: for each number, the nearest row above coded with it alone (a lettered part
    of it is no row the formula names, its sum is). A row one of whose numbers codes no
    row above it is left out: the rows it names are not all printed."""
    found: dict[int, list[int]] = {}
    for position, label in enumerate(labels):
        formula = SUMMED.search(label)
        if formula is None:
            continue
        parts: list[int] = []
        for number in _NUMBER.findall(formula.group("formula")):
            row = next(
                (k for k in range(position - 1, -1, -1) if _named_code(labels[k]) == number),
                None,
            )
            if row is None or row in parts:
                break
            parts.append(row)
        else:
            found[position] = sorted(parts)
    return found


#: The code opening a label, its shape telling its level: a number, maybe with parts and a
#: letter, or a letter, with a period or in brackets ("1.", "3a.", "1.2", "(1)", "a)").
_LEVEL_CODE = re.compile(r"\(?(?:\d{1,3}(?:\.\d{1,3})*[a-z]?|[a-z](?=[.)]))[.)]?(?=[ \xa0]+\S)")


def same_level(label: str, below: str) -> bool:
    """Whether two labels open with item codes of one level, their codes shaped alike ("1."
    and "2.", "3a." and "3b.", "1.1" and "1.2", "(1)" and "(2)"): items side by side,
    neither a group of the other, whatever their figures (a numbered row over its lettered
    parts, "3." over "3a.", is a level up)."""
    shapes = []
    for text in (label, below):
        code = _LEVEL_CODE.match(text.strip())
        if code is None:
            return False
        shapes.append(code_shape(code.group()))
    return shapes[0] == shapes[1]


def item_coded(label: str) -> bool:
    """Whether a label opens with an item's code ("3.", "2b.", "1.2", "(1)", "a)"): the
    codes of a table numbered so tell which rows a row sums (``lettered_parts``,
    ``named_parts``), its sums alone do not."""
    return _LEVEL_CODE.match(label.strip()) is not None


def code_shape(code: str) -> str:
    """How an item's code numbers it, its figures and letters set aside ("1." and "2."
    alike, "3a." and "3b.", "a)" and "b)"): items of one list, or one level, share it."""
    return re.sub(r"\d+", "N", re.sub(r"[a-z]", "a", code))
