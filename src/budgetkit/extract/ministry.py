"""The ministry of an amount: its section's where chapters are per ministry, else the text's.

A document without a whole-document ministry mixes two kinds of chapters. In chapters per
ministry ("3.3 Infrastructuur en Waterstaat", "Samenvatting van de maatregelen van het
ministerie van VWS") the heading says whose money it is. Thematic chapters ("2.2
Duurzaamheid") discuss several budgets at once: there the section's most mentioned ministry
says nothing about one amount, and only the ministry the text names around the amount does
("In de begroting van IenW is 16 miljoen euro vrijgemaakt"). Where the text names none, the
amount gets none: a blank is honest, a guess is not.
"""

from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_right
from typing import Any

from budgetkit.extract.sections import (
    document_layout,
    ministry_mentions,
    ministry_named,
    section_at,
)
from budgetkit.sources import SourceDocument

# Budgets named by a short title in running text ("de minister van Onderwijs"), which the
# full names of sections.py do not cover; and the two funds, named in lower case mid-sentence
# ("groeit het gemeentefonds"). "Rijk" and "kabinet" name the government, not a ministry.
_SHORT_TITLES = re.compile(
    r"(?:[Mm]inister(?:ie)?|[Ss]taatssecretaris|begroting)\s+van\s+(?:het\s+|de\s+)?"
    r"(Onderwijs|Sociale\s+Zaken|Justitie|Infrastructuur|Landbouw)(?!\w)"
)
_SHORT_CODES = {
    "Onderwijs": "OCW",
    "Sociale Zaken": "SZW",
    "Justitie": "JenV",
    "Infrastructuur": "IenW",
    "Landbouw": "LNV",
}
_FUNDS = re.compile(r"(?i)(?<!\w)(gemeentefonds|provinciefonds)")
# The accres is the yearly growth of the gemeentefonds ("Het accres van tranche 2020 wordt
# door het Rijk geraamd op 1.244 miljoen euro"); a sentence where the government as a whole
# spends ("Voorlopig trekt het Rijk ... € 300 miljoen uit") names no one ministry.
_ACCRES = re.compile(r"(?i)(?<!\w)accres")
_GOVERNMENT = re.compile(r"(?<!\w)(?:[Kk]abinet|Rijk|[Rr]egering)(?!\w)")
# A sentence ends at . ! ? before a capital, digit, quote or bracket ("2019. Gemeenten"; not
# "1.244"), also with a footnote number glued on ("buitenmilieu.12 Bovendien"), at a
# semicolon (the items of a list) and before a dash or bullet opening an item.
_SENTENCE_END = re.compile(
    r"(?:[.!?]|[.!?](?<=[^\W\d_].)\d{1,3})\s+(?=[A-Z0-9“\"‘'(])|;\s+|\s+(?=[–•▪]\s)"
)
_FOOTNOTE_START = re.compile(r"^\d{1,3}\s+\S")


def named_in(text: str) -> set[str]:
    """The ministries and funds a piece of running text names."""
    codes = set(ministry_mentions(text))
    codes |= {_SHORT_CODES[" ".join(m.group(1).split())] for m in _SHORT_TITLES.finditer(text)}
    codes |= {"GF" if m.group(1).lower().startswith("g") else "PF" for m in _FUNDS.finditer(text)}
    return codes


class MinistryPlacer:
    """Gives a line of one document its ministry, from its section or from the text."""

    def __init__(self, doc: SourceDocument, sections: list[dict[str, Any]]) -> None:
        self.doc = doc
        self.sections = sections
        self.by_id = {section["section_id"]: section for section in sections}
        layout = document_layout(doc)
        self.furniture = layout.furniture
        self.footnotes = layout.footnotes
        self.double_spaced = layout.double_spaced
        # the last paragraph's lines, text and sentences: the amounts in it, asked one after
        # another, share them
        self._paragraph: tuple[tuple[int, ...], str, list[tuple[int, int]]] = ((), "", [])

    def thematic(self, section: dict[str, Any] | None) -> bool:
        """Whether no heading above the line (its own or an ancestor's) names a ministry, in
        a document that has no ministry of its own."""
        if self.doc.ministry:
            return False
        while section is not None:
            if ministry_named(section["heading"]):
                return False
            section = self.by_id.get(section["parent_section_id"] or "")
        return True

    def ministry(self, section: dict[str, Any] | None, line: int, column: int = 1) -> str | None:
        """The section's ministry in a chapter per ministry; in a thematic one, the ministry
        named in the sentence at ``line``/``column``, else in the paragraph before it."""
        if not self.thematic(section):
            return (section or {}).get("ministry") or self.doc.ministry
        return self.text_ministry(section, line, column)

    def text_ministry(self, section: dict[str, Any] | None, line: int, column: int) -> str | None:
        """The sentence's one named ministry (of several, the one named before the amount),
        the gemeentefonds for its accres, none where the sentence has the government as a
        whole spend; else the ministry of the nearest earlier sentence of the paragraph
        naming one. Later
        sentences do not count: "Voor dit plan is 100 miljoen euro structureel beschikbaar.
        ... In de begroting van het ministerie van EZK wordt aangegeven ..." goes on about
        another budget."""
        lines = self.paragraph(section, line)
        text, sentences = self._paragraph_text(tuple(lines))
        offset = column - 1
        for number in lines:
            if number == line:
                break
            offset += len(self.doc.lines[number - 1]) + 1
        # the sentences cover the text end to end: the last one starting at or before it
        index = bisect_right(sentences, (offset, math.inf)) - 1
        start, end = sentences[index]
        codes = named_in(text[start:end])
        if len(codes) > 1:
            codes = named_in(text[start:offset])
            return codes.pop() if len(codes) == 1 else None
        if codes:
            return codes.pop()
        if _ACCRES.search(text[start:end]):
            return "GF"
        if _GOVERNMENT.search(text[start:end]):
            return None
        for start, end in reversed(sentences[:index]):
            codes = named_in(text[start:end])
            if codes:
                return codes.pop() if len(codes) == 1 else None
        return None

    def _paragraph_text(self, lines: tuple[int, ...]) -> tuple[str, list[tuple[int, int]]]:
        """The paragraph's lines joined (each followed by a space), and its sentences."""
        if self._paragraph[0] != lines:
            text = "".join(self.doc.lines[number - 1] + " " for number in lines)
            self._paragraph = (lines, text, _sentences(text))
        return self._paragraph[1], self._paragraph[2]

    def paragraph(self, section: dict[str, Any] | None, line: int) -> list[int]:
        """The lines of the paragraph holding ``line``, without running headers and footers.

        A paragraph ends at an empty line, or in double-spaced text at two (one is line
        spacing), and never leaves its section or passes its heading. A footnote is its
        own paragraph; the text around a footnote block skips the block.
        """
        low = section["line_start"] + 1 if section else 1
        high = section["line_end"] if section else len(self.doc.lines)
        in_note = line in self.footnotes
        lines = [line]
        for step, bound in ((-1, low), (1, high)):
            number, gap = line, 0
            while number != bound:
                if step < 0 and in_note and _FOOTNOTE_START.match(self.doc.lines[number - 1]):
                    break
                number += step
                if number in self.furniture or (number in self.footnotes) != in_note:
                    if in_note:
                        break
                    continue
                text = self.doc.lines[number - 1]
                if in_note and _FOOTNOTE_START.match(text):
                    break
                if text.strip():
                    gap = 0
                    lines.append(number)
                    continue
                gap += 1
                if gap > (1 if self.double_spaced else 0):
                    break
        return sorted(lines)


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of a paragraph, covering all of it."""
    cuts = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text) + 1]
    return [(a, b) for a, b in itertools.pairwise(cuts) if a < b]


# The last placer per document: the pipeline asks line by line, and building one reads the
# whole document (running headers, footnote blocks).
_PLACERS: dict[str, MinistryPlacer] = {}


def amount_ministry(
    doc: SourceDocument, sections: list[dict[str, Any]], line: int, column: int = 1
) -> str | None:
    """The ministry of whatever stands at ``line``/``column`` (an amount, a table)."""
    placer = _PLACERS.get(doc.id)
    if placer is None or placer.doc is not doc or placer.sections is not sections:
        placer = _PLACERS[doc.id] = MinistryPlacer(doc, sections)
    return placer.ministry(section_at(sections, line), line, column)
