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

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any

from budgetkit.extract.ministries import ministry_mentions, ministry_named
from budgetkit.extract.sections import SectionIndex
from budgetkit.sources import SourceDocument

# Budgets named by a short title in running text ("de minister van Onderwijs"), which the
# full names of sections.py do not cover; and the two funds, named in lower case mid-sentence
# ("groeit het gemeentefonds"). "Rijk" and "kabinet" name the government, not a ministry.
# (Each pattern here starts on a class of its words' first letters, which the regex engine
# skips to by a fast scan, and checks with a look-behind which word that letter opened or
# that no letter comes before it: a pattern opening with alternatives or a look-behind is
# tried at every position of every sentence, two to three times slower.)
_SHORT_TITLES = re.compile(
    r"[MmSsb](?:(?<=[Mm])inister(?:ie)?|(?<=[Ss])taatssecretaris|(?<=b)egroting)\s+van\s+"
    r"(?:het\s+|de\s+)?(Onderwijs|Sociale\s+Zaken|Justitie|Infrastructuur|Landbouw)(?!\w)"
)
_SHORT_CODES = {
    "Onderwijs": "OCW",
    "Sociale Zaken": "SZW",
    "Justitie": "JenV",
    "Infrastructuur": "IenW",
    "Landbouw": "LNV",
}
_FUNDS = re.compile(r"(?i)([gp](?<!\w[gp])(?:(?<=g)emeentefonds|(?<=p)rovinciefonds))")
# The accres is the yearly growth of the gemeentefonds ("Het accres van tranche 2020 wordt
# door het Rijk geraamd op 1.244 miljoen euro"); a sentence where the government as a whole
# spends ("Voorlopig trekt het Rijk ... € 300 miljoen uit") names no one ministry.
_ACCRES = re.compile(r"(?i)a(?<!\wa)ccres")
_GOVERNMENT = re.compile(r"[KkRr](?<!\w[KkRr])(?:(?<=[Kk])abinet|(?<=R)ijk|(?<=[Rr])egering)(?!\w)")
# A sentence ends at . ! ? before a capital, digit, quote or bracket ("2019. Gemeenten"; not
# "1.244"), also with a footnote number glued on ("buitenmilieu.12 Bovendien"), at a
# semicolon (the items of a list) and before a dash or bullet opening an item.


# The patterns above have no literal the regex engine can skip ahead by: its scan costs 7 to
# 13 ns a character, most of the time spent placing an amount by its sentence. Each is tried
# only where ``in`` (a scan in C) finds a word every match of it holds, in the text or, for a
# pattern ignoring case, in its lower case (no other letter matches these words' letters
# ignoring case: "s" and "i", which do, are left out of them).


def may_name_title(text: str) -> bool:
    """Whether ``text`` holds a word every match of ``_SHORT_TITLES`` holds."""
    return "inister" in text or "egroting" in text or "taatssecretaris" in text


def may_name_fund(text: str) -> bool:
    """Whether ``text`` holds a word every match of ``_FUNDS`` holds."""
    return "fond" in text.lower()


def may_name_accres(text: str) -> bool:
    """Whether ``text`` holds a word every match of ``_ACCRES`` holds."""
    return "accre" in text.lower()


def may_name_government(text: str) -> bool:
    """Whether ``text`` holds a word every match of ``_GOVERNMENT`` holds."""
    return "abinet" in text or "Rijk" in text or "egering" in text


def named_in(text: str) -> set[str]:
    """The ministries and funds a piece of running text names."""
    codes = set(ministry_mentions(text))
    if may_name_title(text):
        codes |= {_SHORT_CODES[" ".join(m.group(1).split())] for m in _SHORT_TITLES.finditer(text)}
    if may_name_fund(text):
        codes |= {"GF" if m.group(1)[0] in "gG" else "PF" for m in _FUNDS.finditer(text)}
    return codes


@dataclass(frozen=True)
class _Sentence:
    named: set[str]  # ministries and funds named
    accres: bool  # the gemeentefonds' accres is named
    government: bool  # the government as a whole ("het kabinet") is named


class MinistryPlacer:
    """Gives a line of one document its ministry, from its section or from the text.

    Built once per document by the pipeline; it remembers what its amounts share (the
    ministries a heading names, each sentence's named ministries) for that document only.
    """

    def __init__(self, doc: SourceDocument, sections: SectionIndex) -> None:
        self.doc = doc
        self.sections = sections
        self.layout = doc.model.layout
        self._thematic: dict[str, bool] = {}  # by section id
        # (sentence index, first paragraph line) -> what that sentence's part of the
        # paragraph says; and -> the ministries of the nearest earlier sentence naming any
        self._sentences: dict[tuple[int, int, int], _Sentence] = {}
        self._earlier: dict[tuple[int, int, int], set[str]] = {}

    def place(self, line: int, column: int = 1) -> str | None:
        """The ministry of whatever stands at ``line``/``column`` (an amount, a table)."""
        return self.ministry(self.sections.at(line), line, column)

    def thematic(self, section: dict[str, Any] | None) -> bool:
        """Whether no heading above the line (its own or an ancestor's) names a ministry, in
        a document that has no ministry of its own."""
        if self.doc.ministry:
            return False
        if section is None:
            return True
        known = self._thematic.get(section["section_id"])
        if known is None:  # once per section, for all its amounts and those of its children
            parent = self.sections.by_id.get(section["parent_section_id"] or "")
            known = self._thematic[section["section_id"]] = ministry_named(
                section["heading"]
            ) is None and self.thematic(parent)
        return known

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
        naming one. Later sentences do not count: "Voor dit plan is 100 miljoen euro
        structureel beschikbaar. ... In de begroting van het ministerie van EZK wordt
        aangegeven ..." goes on about another budget."""
        lines = self.paragraph(section, line)
        model = self.doc.model
        offset = model.offset(line, column)
        index = bisect_right(model.sentence_ends, offset)  # the sentence ending at ends[index]
        sentence = self._sentence(lines, index)
        if len(sentence.named) > 1:
            start = model.sentence_ends[index - 1] if index > 0 else 0
            codes = named_in(self._clip(lines, start, offset))
            return codes.pop() if len(codes) == 1 else None
        if sentence.named:
            return next(iter(sentence.named))
        if sentence.accres:
            return "GF"
        if sentence.government:
            return None
        codes = self._earlier_named(lines, index - 1)
        return next(iter(codes)) if len(codes) == 1 else None

    def _clip(self, lines: list[int], start: int, end: int) -> str:
        """The paragraph's text between offsets ``start`` and ``end``, its lines joined with a
        space (running headers and footnote blocks inside the sentence left out)."""
        model = self.doc.model
        first = max(0, bisect_right(model.line_starts, start) - 1) + 1
        last = bisect_right(model.line_starts, max(start, end - 1))
        position = bisect_right(lines, first - 1)
        parts = []
        for number in lines[position:]:
            if number > last:
                break
            begin = model.line_starts[number - 1]
            parts.append(model.text[max(begin, start) : min(model.line_end(number), end)])
        return " ".join(parts)

    def _sentence(self, lines: list[int], index: int) -> _Sentence:
        """What sentence ``index`` (ending at ``sentence_ends[index]``) says, in the part of
        it within the paragraph of ``lines``; once per sentence for all its amounts."""
        key = (index, lines[0], lines[-1])
        sentence = self._sentences.get(key)
        if sentence is None:
            ends = self.doc.model.sentence_ends
            start = ends[index - 1] if index > 0 else 0
            end = ends[index] if index < len(ends) else len(self.doc.text)
            text = self._clip(lines, start, end)
            sentence = self._sentences[key] = _Sentence(
                named_in(text),
                may_name_accres(text) and _ACCRES.search(text) is not None,
                may_name_government(text) and _GOVERNMENT.search(text) is not None,
            )
        return sentence

    def _earlier_named(self, lines: list[int], index: int) -> set[str]:
        """Ministries of the nearest sentence before sentence ``index + 1`` that names any,
        within the paragraph; remembered for each sentence, so that the amounts of a long
        paragraph do not each walk back over it."""
        model = self.doc.model
        ends = model.sentence_ends
        paragraph_start = model.line_starts[lines[0] - 1]
        walked = []
        codes: set[str] = set()
        while index >= 0 and ends[index] > paragraph_start:
            key = (index, lines[0], lines[-1])
            if key in self._earlier:
                codes = self._earlier[key]
                break
            walked.append(key)
            codes = self._sentence(lines, index).named
            if codes:
                break
            index -= 1
        for key in walked:
            self._earlier[key] = codes
        return codes

    def paragraph(self, section: dict[str, Any] | None, line: int) -> list[int]:
        """The lines of the paragraph holding ``line``, without running headers and footers,
        kept within its section's own text (never its heading)."""
        low = section["line_start"] + 1 if section else 1
        high = section["line_end"] if section else len(self.doc.lines)
        lines = self.layout.paragraph(line, low, high)
        index = bisect_left(lines, line)
        return lines if index < len(lines) and lines[index] == line else sorted({*lines, line})
