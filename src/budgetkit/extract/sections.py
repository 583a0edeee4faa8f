"""The heading structure of a document as sections: levels, parents, line spans, ministry.

``headings`` says which lines are headings; this module nests them (numbering depth, group
headings, a document that is an extract of a larger one), gives each its span up to the
next heading of its level, and its ministry, which amounts, tables and measures inherit.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from typing import Any

from budgetkit.extract.headings import Heading, find_headings
from budgetkit.extract.ministries import FUNDS, MentionIndex, ministry_mentions, ministry_named
from budgetkit.extract.warnings import ExtractWarning
from budgetkit.sources import SourceDocument

# The budget's financial instruments: in a begroting they group the items below them.
INSTRUMENTS = frozenset(
    {
        "subsidies",
        "subsidies (regelingen)",
        "opdrachten",
        "bekostiging",
        "inkomensoverdrachten",
        "garanties",
        "leningen",
        "ontvangsten",
        "bijdrage aan agentschappen",
        "bijdragen aan agentschappen",
        "bijdrage aan zbo's/rwt's",
        "bijdragen aan zbo's/rwt's",
        "bijdrage zbo's/rwt's",
        "bijdrage aan medeoverheden",
        "bijdragen aan medeoverheden",
        "storting/onttrekking begrotingsreserve",
    }
)


def _assign_levels(headings: list[Heading]) -> None:
    """Levels from numbering depth; unnumbered headings sit below the numbered one above them.

    A first numbered heading whose parent number is never printed ("3.3 Artikel 3" in an
    extract of a budget) is the document's root, the numbering after it, restarting ("1") or
    continuing the root's ("3.3.1"), is below it, and its next siblings ("3.4") beside it. A
    heading directly followed by another heading, or one naming a budget instrument
    (Subsidies, Opdrachten), groups the unnumbered headings after it one level deeper.
    Unnumbered headings that share a repeated opening and name a ministry ("Samenvatting van
    de maatregelen van het ministerie van ...") are the chapters of a document without
    numbered chapters.
    """
    root = _root(headings)
    # the extract numbers on from its root ("3.3.1", "3.4") or restarts ("1", "2"): told by
    # the first number after it; a restarted numbering's "3.1" is below its own "3"
    after = [h.number for h in headings if h.number and h is not root and root]
    continued = bool(root and after and _continues(root.number or "", after[0]))
    for h in headings:
        h.named_code = ministry_named(h.text)
    # the openings of the unnumbered headings, counted only where one of them names a
    # ministry (in most documents none does)
    openings = (
        Counter(_opening(h.text) for h in headings if not h.number)
        if any(h.named_code is not None and not h.number for h in headings)
        else Counter()
    )
    numbered_level = 0
    group_level = 0
    for index, h in enumerate(headings):
        following = headings[index + 1] if index + 1 < len(headings) else None
        h.group = bool(following and following.line == h.body) or (
            h.text.lower().replace("’", "'") in INSTRUMENTS
        )
        chapter = not h.number and h.named_code is not None and openings[_opening(h.text)] >= 3
        if h is root or chapter:
            h.level, numbered_level, group_level = 1, 1, 0
        elif h.number:
            if root and continued and _continues(root.number or "", h.number):
                # "3.3.1" below the root "3.3" is level 2, "3.4" beside it level 1
                h.level = h.number.count(".") - root.number.count(".") + 1
            else:
                h.level = h.number.count(".") + (2 if root else 1)
            numbered_level, group_level = h.level, 0
        elif h.group:
            h.level = group_level = numbered_level + 1
        else:
            h.level = (group_level or numbered_level) + 1
        h.level = min(h.level, 6)


def _opening(text: str) -> str:
    """A heading's first four words."""
    return " ".join(text.split(maxsplit=4)[:4])


def _continues(root: str, number: str) -> bool:
    """Whether ``number`` continues the numbering of an extract's root ``root``: below it
    ("3.3.1" after "3.3") or a later sibling ("3.4", "3.4.1"), not an earlier one."""
    parts, own = number.split("."), root.split(".")
    depth = len(own)
    return (
        len(parts) >= depth
        and parts[: depth - 1] == own[:-1]
        and int(parts[depth - 1]) >= int(own[-1])
    )


def _root(headings: list[Heading]) -> Heading | None:
    """The first numbered heading when its parent number is never printed ("3.3 Artikel 3"):
    the document is an extract, and that heading its root."""
    numbered = [h for h in headings if h.number]
    return numbered[0] if numbered and "." in numbered[0].number else None


def _spans(doc: SourceDocument, headings: list[Heading]) -> list[int]:
    """Each heading's last line: the line before the next heading of its level or above (or
    the document's last), trailing blank lines left out. The next such heading is found for
    all in one pass from the end, keeping the later headings that can still end a section,
    not by a scan of the later headings per heading."""
    folded = doc.model.layout.folded
    ends = [0] * len(headings)
    later: list[Heading] = []
    for index in range(len(headings) - 1, -1, -1):
        h = headings[index]
        while later and later[-1].level > h.level:
            later.pop()
        end = later[-1].line - 1 if later else len(doc.lines)
        while end > h.last_line and not folded[end - 1]:
            end -= 1
        ends[index] = end
        later.append(h)
    return ends


def extract_sections(
    doc: SourceDocument, warnings: list[ExtractWarning] | None = None
) -> list[dict[str, Any]]:
    """The sections of one document, in document order, with parents, spans and ministries.

    (Every line is either a heading or not, so there is nothing this reader cannot place
    and ``warnings`` is only the extractors' common signature.)
    """
    headings = find_headings(doc)
    root = _root(headings)
    # in an extract, what comes before its root is the page it was cut from (a web page's
    # "Base description which applies to whole site"), not part of the document
    headings = headings[headings.index(root) :] if root else headings
    _assign_levels(headings)
    ends = _spans(doc, headings)
    rows: list[dict[str, Any]] = []
    stack: list[tuple[Heading, dict[str, Any]]] = []
    mentions = _Mentions(doc)
    for h, end in zip(headings, ends, strict=True):
        while stack and stack[-1][0].level >= h.level:
            stack.pop()
        parent = stack[-1] if stack else None
        row = {
            "section_id": f"{doc.id}:{h.line}",
            "document_id": doc.id,
            "parent_section_id": parent[1]["section_id"] if parent else None,
            "level": h.level,
            "number": h.number,
            "heading": h.text,
            "line_start": h.line,
            "line_end": end,
            "ministry": None,
        }
        h.ministry = _ministry(doc, h, row, [heading for heading, _row in stack], mentions)
        row["ministry"] = h.ministry
        rows.append(row)
        stack.append((h, row))
    return rows


class _Mentions:
    """The ministries a section's lines name. The first section to ask counts its own text;
    from the second on, every mention of the whole text is indexed once, so that nested
    sections do not scan the same text again at every level (most documents ask for one
    section or none: their headings name the ministries)."""

    def __init__(self, doc: SourceDocument) -> None:
        self.doc = doc
        self.asked = False
        self.index: MentionIndex | None = None

    def count(self, first: int, last: int) -> Counter[str]:
        """``ministry_mentions`` of lines ``first`` to ``last`` (1-based, inclusive)."""
        model = self.doc.model
        start, end = model.offset(first, 1), model.line_end(last)
        if not self.asked:
            self.asked = True
            return ministry_mentions(model.text[start:end])
        if self.index is None:
            self.index = MentionIndex(model.text)
        return self.index.between(model.text, start, end)


def _ministry(
    doc: SourceDocument,
    h: Heading,
    row: dict[str, Any],
    ancestors: list[Heading],
    mentions: _Mentions,
) -> str | None:
    """The heading's own ministry; else that of the nearest ancestor naming a ministry (a
    fund's heading, "Gemeentefonds", does not make its sub-sections the fund's); else the
    document's. A section of a thematic chapter (no heading above it names a ministry)
    discusses several budgets: it gets a ministry only when its text names that one and no
    other, at least twice, never the most mentioned of several ("2.2 Duurzaamheid" names
    LNV four times, EZK and OCW too). Below a fund's heading: the ministry named in most
    (over half) of the section's mentions, at least twice when the parent has one; else
    the parent's."""
    if h.named_code:
        return h.named_code
    for ancestor in reversed(ancestors):
        if ancestor.named_code is not None and ancestor.ministry not in FUNDS:
            return ancestor.ministry
    if doc.ministry:
        return doc.ministry
    counts = mentions.count(row["line_start"], row["line_end"])
    if not any(ancestor.named_code is not None for ancestor in ancestors):
        only = list(counts)
        return only[0] if len(only) == 1 and counts[only[0]] >= 2 else None
    inherited = ancestors[-1].ministry if ancestors else None
    if counts:
        code, count = counts.most_common(1)[0]
        # one mention decides only where nothing is inherited; ties decide nothing
        needed = 2 if inherited else 1
        if count >= needed and count * 2 > counts.total():
            return code
    return inherited


class SectionIndex:
    """A document's sections ordered by first line, to find the one holding a line by
    bisection: the pipeline asks for every amount and table, measures for every amount."""

    def __init__(self, sections: list[dict[str, Any]]) -> None:
        self.sections = sections
        self.by_id = {section["section_id"]: section for section in sections}
        self.ordered = sorted(sections, key=lambda s: s["line_start"])
        self.starts = [s["line_start"] for s in self.ordered]
        self.children: dict[str | None, list[dict[str, Any]]] = {}
        for section in sections:
            self.children.setdefault(section["parent_section_id"], []).append(section)

    def at(self, line: int) -> dict[str, Any] | None:
        """The innermost section whose span holds ``line``: sections nest and start on
        distinct lines (a section's id is its first line), so it is the one starting last."""
        for position in range(bisect_right(self.starts, line) - 1, -1, -1):
            section = self.ordered[position]
            if line <= section["line_end"]:
                return section
        return None
