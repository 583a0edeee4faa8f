"""A caption printed on its table's heading line, before the corner and the headings.

A converter that prints a table's ``<caption>`` on the line of its first row (html2text
with ``ignore_tables``, one row per line) glues the caption to the heading line: "<naam>
(bedragen x € 1.000) Programma Rekening JJJJ Begroting JJJJ ...", "Tabel N: <naam>
Omschrijving <kop> JJJJ ...". Nothing but the words tells where the caption ends and the
headings start. Two things end a name: the unit note closing it in brackets, and the word
heading the labels ("Omschrijving"), which no caption prints after its name. The heading
readers try the line from each such end (``caption_ends``); the title readers take the
caption off the corner the heading's split leaves.
"""

from __future__ import annotations

import re

from budgetkit.extract.tables_tokens import CAPTION, is_column
from budgetkit.extract.tables_units import read_unit
from budgetkit.extract.tables_vocabulary import LABEL_HEADINGS, PERIOD_HEADINGS, PLACE_HEADINGS

#: A bracket closing a note, then a capitalised word: where a caption's unit note ends
#: before the corner or the first heading ("... (bedragen x € 1.000) Programma").
_CLOSED_NOTE = re.compile(r"\) (?=[A-Z])")
#: Capitalised words heading a table's labels (``LABEL_HEADINGS``: "Omschrijving",
#: "Regeling", "Onderdeel", "Instrument", "Maatregel"), which a caption never prints after
#: its name: the corner, one space after the caption. A word naming a period or a place
#: ("Jaar", "Gemeente") may be a caption's own ("Uitkering per Gemeente"), so it ends none.
_LABELS_WORD = re.compile(
    " (?=(?:"
    + "|".join(
        re.escape(word.capitalize())
        for word in LABEL_HEADINGS
        if word not in PERIOD_HEADINGS and word not in PLACE_HEADINGS
    )
    + r")(?!\w))"
)
#: Fewest words of a caption printed without its number before the labels' heading: a
#: name ("Overzicht incidentele baten en lasten"), not a code's heading ("Art.", "Nr. Art.").
_NAME_WORDS = 3


def caption_ends(text: str) -> list[int]:
    """Where a caption printed before a table's headings on their line may end (0-based
    offsets, ascending): right after a unit note in brackets closing a name, the note not
    a column's own unit after its period ("Begroting 2024 (x € 1.000)"); or right before
    a word heading the labels, after a numbered caption or a name of ``_NAME_WORDS`` words
    or more. Empty for a line with neither (most heading lines)."""
    ends = [m.start() + 1 for m in _CLOSED_NOTE.finditer(text) if _closes_name(text, m.start())]
    ends += [m.start() for m in _LABELS_WORD.finditer(text) if _names_table(text[: m.start()])]
    return sorted(ends)


def _closes_name(text: str, close: int) -> bool:
    """Whether the bracket closing at ``close`` ends a caption's unit note: it opens after
    words of a name, its text declares a unit, and no period stands right before it (a
    column's heading saying its unit)."""
    opening = text.rfind("(", 0, close)
    if opening < 1:
        return False
    before = text[:opening].split()
    return (
        bool(before)
        and not is_column(before[-1])
        and any(word[:1].isalpha() for word in before)
        and read_unit(text[opening : close + 1], 0) is not None
    )


def _names_table(text: str) -> bool:
    """Whether ``text``, the words before a labels' heading, is a caption: numbered ("Tabel
    N: <naam>"), or a name of ``_NAME_WORDS`` words or more. A unit note's words
    (``read_unit``: "(x € 1.000)", "Bedragen x € 1.000") are no words of a name: a note
    alone before the labels' heading names no table."""
    if CAPTION.match(text) is not None:
        return True
    unit = read_unit(text, 0)
    if unit is not None and (start := text.find(unit.text)) >= 0:
        text = text[:start] + text[start + len(unit.text) :]
    return sum(1 for word in text.split() if word.strip("()")) >= _NAME_WORDS


def caption_cut(corner: str) -> tuple[str, str] | None:
    """(caption, the labels' own heading) of a heading line's corner that opens with a
    caption the line's headings were glued to, its end the last of ``caption_ends``
    ("<naam> (bedragen x € 1.000) Programma", "<naam> JJJJ Omschrijving"); None where
    the corner holds no such end."""
    text = " ".join(corner.split())
    ends = caption_ends(text)
    if not ends:
        return None
    return text[: ends[-1]].strip(), text[ends[-1] :].strip()
