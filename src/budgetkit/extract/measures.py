"""Measures: the policy items that amounts fund, so a reader can ask "what is this money for?".

An amount belongs to the smallest printed unit that describes one policy item: the bullet
it stands in, else the "Wat wil het kabinet?" block of its sub-heading (a members' letter
repeats such question labels under every item), else its sub-heading, else the paragraph
(under a chapter or a ministry's section, which are too broad to be one item). The title is
what a reader would scan for: the sub-heading, or the first clause of the bullet or
paragraph. A steward corrects titles and groupings in ``checks/curation.yml``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from budgetkit.extract.curation import Curation, apply
from budgetkit.extract.ministries import ministry_named
from budgetkit.extract.sections import INSTRUMENTS, SectionIndex
from budgetkit.extract.warnings import ExtractWarning
from budgetkit.layout import fold
from budgetkit.sources import SourceDocument

FUNDED_ROLES = frozenset({"measure", "part", "total"})
# Bullets, and the ">" of a sub-item under a bullet ("Acties:" / "> De uitwerking ...").
_BULLET = re.compile(r"^\s*[•–\-·▪◦●>]\s*")
_BULLET_MARKS = frozenset("•–-·▪◦●>")  # what _BULLET matches after leading white space
# A list item's number or letter ("1. Woningbouwimpuls", "b) Oost", "(2) ..."): no clause of
# the title (the title of "1. Woningbouwimpuls 2024: ..." was "1").
_LIST_NUMBER = re.compile(r"^\(?(?:\d{1,2}|[a-z])[.)][ \t\xa0]+")
_TERMINAL = ".;!?"
_FOOTNOTE = re.compile(r"^\s*\d{1,3}\s+\S")
# A bracketed aside naming money; the white space before it goes with it (see drop_asides).
_MONEY_ASIDE = re.compile(r"\([^()]*(?:€|euro|miljoen|miljard|mln|mld|mrd|mio)[^()]*\)")
# A clause ends at ".;:" after a word, before white space or the end; at ", " after a word or
# a bracket; at a spaced dash. (The pattern starts on the class of those first characters,
# which the engine skips to in C, and tells by a look-behind which one it was: as three
# alternatives it was tried at every character.)
_CLAUSE_END = re.compile(
    r"[.;:,\s](?:(?<=[.;:])(?<=\w.)(?=\s|$)|(?<=,)(?<=[\w)],)\s|(?<=\s)[–-]\s)"
)
# A full stop after these ends an abbreviation, not a clause ("€ 37,5 mln. beschikbaar").
# fmt: off
_ABBREVIATIONS = frozenset({
    "mln", "mld", "mrd", "mio", "ca", "nr", "jl", "bijv", "bv", "o.a", "zgn", "incl", "excl",
    "resp", "art", "min",
})
# fmt: on
_TITLE_WORDS = 12
# A heading that refers to the item of a list above it ("Ad5 Zorgbonus", "Ad 9) GGD'en").
_ENUMERATION = re.compile(r"^Ad\s*\d{1,2}\)?\s+")
# Only a sub-heading this short names a subject; a longer one is a statement of its own.
_SUBJECT_WORDS = 5
# A sub-heading whose own text is at most this many lines of text (about half a page) is
# about one item; a longer one discusses several, each in its own paragraph.
ONE_ITEM_LINES = 30
GENERIC_HEADINGS = INSTRUMENTS | {"overige", "overig", "algemeen"}


@dataclass
class _Unit:
    """The printed unit an amount stands in, its title read from the document's layout
    (``read``, by ``_Layout.title_of``) only when a measure is made of it: most units found
    for an amount are none (a paragraph under a sub-heading that is itself the item, a unit
    an earlier amount already made a measure of), and reading a title costs more than
    finding the unit. (``read`` is given the layout, not bound to it: the layout keeps its
    units, and a unit keeping the layout would be a cycle, kept to the end of the run while
    the cycle collector is off.)"""

    kind: str
    line_start: int
    line_end: int
    read: Callable[[_Layout], str]
    title: str | None = None


_HYPHENATED = re.compile(r"(\w)-[ \t]*\n[\s]*(\w)")
# What every _HYPHENATED match holds, as a pattern that starts on a literal: searched first,
# it is found (or not) by a fast string scan, where _HYPHENATED is tried at every letter.
_HYPHEN_BREAK = re.compile(r"-[ \t]*\n")
_GLUED_FOOTNOTE = re.compile(r"(?<=[a-zà-ÿ])\d{1,3}$")
_NOTE_NUMBER = re.compile(r"^\s*\d{1,3}\s+")


def fold_text(text: str) -> str:
    """Lines joined, words hyphenated over a line break rejoined, white space folded."""
    return fold(_HYPHENATED.sub(r"\1\2", text) if _HYPHEN_BREAK.search(text) else text)


def drop_asides(text: str) -> str:
    """``text`` without its money asides ("(€ 5 mln)") and the white space before each.

    Found as ``\\s*`` + ``_MONEY_ASIDE`` would find them, but the scan starts on the
    bracket (a fast search for one character) instead of trying a leading ``\\s*`` at every
    position: an aside's white space is the run right before its bracket, back to the end of
    the previous aside at most.
    """
    if "(" not in text:
        return text
    parts = []
    last = 0
    for m in _MONEY_ASIDE.finditer(text):
        start = m.start()
        while start > last and text[start - 1].isspace():
            start -= 1
        parts.append(text[last:start])
        last = m.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


#: How much of a paragraph its title is first read from: room for a dozen words, which
#: decide most titles (a first clause ends in it, or it holds more words than a title keeps);
#: folding all of a paragraph (hundreds of words) cost more than the rest of its measure.
_TITLE_READ = 150
# A clause end is one to three characters and a look at the one after them.
_CLAUSE_END_REACH = 4


def title_from(text: str) -> str:
    """A short readable title: the first clause, without a money aside or footnote marker,
    cut to a dozen words. A lead-in ending in a full stop names the item ("Fietsbeleid.");
    a connective before a comma ("Tot slot,", "Daarnaast,") does not, so the clause goes on.

    Read from the paragraph's first ``_TITLE_READ`` characters where they decide it (see
    ``_title``), else from all of it."""
    if len(text) > _TITLE_READ:
        head = _LIST_NUMBER.sub("", _BULLET.sub("", fold_text(text[:_TITLE_READ])))
        if head.rfind("(") <= head.rfind(")"):  # else an aside may close past the head
            title = _title(drop_asides(head), head=True)
            if title is not None:
                return title
    unmarked = _LIST_NUMBER.sub("", _BULLET.sub("", fold_text(text)))
    return _title(drop_asides(unmarked), head=False) or ""


def _title(text: str, head: bool) -> str | None:
    """The title of folded ``text`` (its money asides dropped); for the ``head`` of a longer
    text, None where what follows may change it.

    The head's last word may go on past it (and lose a hyphen), and everything before that
    word reads as in the whole text: a clause end found wholly before it is the whole text's
    first, and thirteen words before it make the title the first twelve wherever the clause
    ends."""
    known = text.rfind(" ") if head else len(text) + _CLAUSE_END_REACH
    clause = None
    for m in _CLAUSE_END.finditer(text):
        if m.end() + _CLAUSE_END_REACH > known:
            break
        words = text[: m.start()].split()
        if m.group() == "." and words and words[-1].lower() in _ABBREVIATIONS:
            continue
        if m.group().startswith(",") and len(words) < 3:
            continue
        clause = text[: m.start()]
        break
    else:
        if not head:
            clause = text
    if clause is None:  # the first clause ends past the head: only thirteen words decide
        words = text[: known - 2 * _CLAUSE_END_REACH].split()
        return " ".join(words[:_TITLE_WORDS]) + " …" if len(words) > _TITLE_WORDS + 1 else None
    clause = clause.strip()
    if clause[-1:].isdecimal():  # what a footnote marker ends in: else skip its scan
        clause = _GLUED_FOOTNOTE.sub("", clause)
    if clause:
        return _cut(clause)
    return None if head else _cut(text)  # no clause: the whole text's words


def _cut(title: str, limit: int = _TITLE_WORDS) -> str:
    words = title.split()
    if len(words) > limit:
        return " ".join(words[:limit]) + " …"
    return title


def item_title(heading: str, clause: str) -> str:
    """A paragraph's or bullet's first clause under its (short) sub-heading, so that the
    title names the subject the heading gives ("Veiligheid: Met een kasschuif ...") and
    measures of two documents on one subject share its words."""
    if heading.lower() in clause.lower():
        return clause
    return _cut(f"{heading}: {clause.removesuffix(' …')}", _TITLE_WORDS + len(heading.split()))


def heading_title(section: dict[str, Any], sections: SectionIndex) -> str:
    """A sub-heading as title, without a money aside; a generic one ("Overige", "Subsidies")
    with the heading above it (unless that is a whole chapter), so the title still says
    what the money is for."""
    title = _cut(_ENUMERATION.sub("", fold_text(drop_asides(section["heading"]))))
    parent = sections.by_id.get(section["parent_section_id"] or "")
    generic = title.lower().replace("’", "'") in GENERIC_HEADINGS
    if generic and parent and parent["level"] > 1:
        return f"{fold_text(drop_asides(parent['heading']))}: {title}"
    return title


class _Layout:
    """Where bullets, paragraph breaks, headings and block labels are in one document."""

    def __init__(self, doc: SourceDocument, sections: SectionIndex) -> None:
        self.doc = doc
        self.lines = doc.lines
        self.sections = sections
        self.heading_lines = set(sections.starts)
        layout = doc.model.layout
        self.folded = layout.folded
        self.spaced = layout.double_spaced
        self.footnotes = layout.footnotes
        questions = Counter(self.folded[line - 1] for line in layout.questions)
        self.label_lines = [
            line for line in layout.questions if questions[self.folded[line - 1]] >= 3
        ]
        self.labels = set(self.label_lines)
        # the amounts of one paragraph or section ask for the same title and counts
        self._titles: dict[str, str] = {}
        self._headings: dict[str, str] = {}
        self._item_titles: dict[tuple[str, str], str] = {}
        self._own_ends: dict[str, int] = {}
        self._first_ends: dict[str, int] = {}
        self._content: dict[tuple[int, int], int] = {}
        self._named: dict[str, bool] = {}
        # walked once per document: paragraph bounds per (floor, ceiling) and line, the
        # bullet above each line per floor, each bullet item's lines, units by their span
        self._paragraphs: dict[tuple[int, int], dict[int, tuple[int, int]]] = {}
        self._above: dict[int, dict[int, int | None]] = {}
        self._bullets: dict[int, tuple[list[int], list[int]]] = {}
        self._units: dict[tuple[int, int], _Unit] = {}

    def names_ministry(self, section: dict[str, Any]) -> bool:
        """Whether the section's heading names a ministry, once per section."""
        named = self._named.get(section["section_id"])
        if named is None:
            named = self._named[section["section_id"]] = bool(ministry_named(section["heading"]))
        return named

    def heading(self, section: dict[str, Any]) -> str:
        """``heading_title(section)``, once per section for all the amounts under it."""
        title = self._headings.get(section["section_id"])
        if title is None:
            title = self._headings[section["section_id"]] = heading_title(section, self.sections)
        return title

    def title(self, quote: str) -> str:
        """``title_from(quote)``, once per distinct quote."""
        title = self._titles.get(quote)
        if title is None:
            title = self._titles[quote] = title_from(quote)
        return title

    def text_title(self, start: int, end: int) -> str:
        """The title of lines ``start`` to ``end`` (a bullet item's)."""
        return self.title("\n".join(self.lines[start - 1 : end]))

    def paragraph_title(self, start: int, end: int) -> str:
        """The title of the paragraph on lines ``start`` to ``end``: its lead-in, else its
        first clause."""
        return self.lead_in(start, end) or self.text_title(start, end)

    def note_title(self, start: int, end: int) -> str:
        """The title of the footnote on lines ``start`` to ``end``, without its number."""
        return self.title(_NOTE_NUMBER.sub("", "\n".join(self.lines[start - 1 : end])))

    def item(self, heading: str, unit: _Unit) -> str:
        """``item_title`` of a unit under a short sub-heading, once per pair."""
        key = (heading, self.title_of(unit))
        title = self._item_titles.get(key)
        if title is None:
            title = self._item_titles[key] = item_title(*key)
        return title

    def title_of(self, unit: _Unit) -> str:
        """The unit's title, read once."""
        if unit.title is None:
            unit.title = unit.read(self)
        return unit.title

    def text(self, line: int) -> str:
        return self.folded[line - 1]

    def is_break(self, line: int) -> bool:
        """A paragraph break: an empty line, or in double-spaced text a line holding only
        spaces or a second empty line."""
        if self.folded[line - 1]:  # not blank
            return False
        raw = self.lines[line - 1]
        if not self.spaced:
            return True
        following = self.lines[line] if line < len(self.lines) else ""
        return raw != "" or following == ""

    def is_bullet(self, line: int) -> bool:
        text = self.folded[line - 1]  # starts with the line's first non-space character
        return len(text) > 2 and text[0] in _BULLET_MARKS

    def own_end(self, section: dict[str, Any]) -> int:
        """Last line of a section's own text, before its first sub-section; once per section."""
        end = self._own_ends.get(section["section_id"])
        if end is None:
            children = self.sections.children.get(section["section_id"], [])
            end = min(s["line_start"] for s in children) - 1 if children else section["line_end"]
            self._own_ends[section["section_id"]] = end
        return end

    def bullet(self, line: int, floor: int) -> _Unit | None:
        """The bullet item holding ``line``, if it stands in one: from the bullet above it
        (no paragraph break or heading between) to the end of the item. An item ends at the
        next bullet, heading, block label or break, or at a sentence ending at a line end
        after ``line`` (not before: the walk up from there found no break)."""
        start = self._bullet_start(line, floor)
        if start is None:
            return None
        content, ends = self._bullet_lines(start)
        stop = bisect_right(ends, line)
        if stop < len(ends):  # the first sentence end after the amount's line
            content = content[: bisect_right(content, ends[stop] - 1)]
        end = content[-1] if content else start
        unit = self._units.get((start, end))
        if unit is None:
            read = partial(_Layout.text_title, start=start, end=end)
            unit = self._units[start, end] = _Unit("bullet", start, end, read)
        return unit

    def _bullet_start(self, line: int, floor: int) -> int | None:
        """The bullet line at or above ``line`` with no break or heading between (above
        ``floor``); remembered for every line walked, so each line is walked once.

        (``is_bullet`` and ``is_break`` are inlined on the folded text here: this walk reads
        every line of the sections that hold amounts, and a text line is never a break.)"""
        if self.is_bullet(line):
            return line
        memo = self._above.setdefault(floor, {})
        folded, headings = self.folded, self.heading_lines
        walked = []
        found = None
        index = line - 1
        while index > floor:
            if index in memo:
                found = memo[index]
                break
            walked.append(index)
            text = folded[index - 1]
            if len(text) > 2 and text[0] in _BULLET_MARKS:
                found = index
                break
            if index in headings or (not text and self.is_break(index)):
                break
            index -= 1
        for index in walked:
            memo[index] = found
        return found

    def _bullet_lines(self, start: int) -> tuple[list[int], list[int]]:
        """(content lines, lines a sentence ending at the line end before them may end the
        item at) of the bullet item starting at ``start``, up to its next bullet, heading,
        block label or break; once per item."""
        shape = self._bullets.get(start)
        if shape is None:
            content: list[int] = []
            ends: list[int] = []
            previous = start
            index = start + 1
            while index <= len(self.lines):
                if self.is_bullet(index) or index in self.heading_lines or index in self.labels:
                    break
                if self.is_break(index):
                    break
                if self.text(index):
                    if self.text(previous)[-1:] in _TERMINAL and not self.text(index)[0].islower():
                        ends.append(index)
                    content.append(index)
                    previous = index
                index += 1
            shape = self._bullets[start] = (content, ends)
        return shape

    def content_lines(self, start: int, end: int) -> int:
        count = self._content.get((start, end))
        if count is None:
            count = self._content[start, end] = sum(map(bool, self.folded[start - 1 : end]))
        return count

    def first_paragraph_end(self, section: dict[str, Any]) -> int:
        """Last line of the first paragraph below a heading (the item it introduces), up to
        the section's own end; once per section."""
        end = self._first_ends.get(section["section_id"])
        if end is None:
            ceiling = self.own_end(section)
            start = section["line_start"] + 1
            while start < ceiling and not self.text(start):
                start += 1
            end = self.paragraph(start, section["line_start"], ceiling).line_end
            self._first_ends[section["section_id"]] = end
        return end

    def block_end(self, label: int, ceiling: int) -> int:
        """A "Wat wil het kabinet?" block runs to the next question label (or further, to
        the last amount of its item)."""
        after = bisect_right(self.label_lines, label)
        if after < len(self.label_lines) and self.label_lines[after] <= ceiling:
            return self.label_lines[after] - 1
        return ceiling

    def footnote(self, line: int) -> _Unit:
        """The footnote holding ``line``: from its number to the next note's."""
        start = line
        while start - 1 in self.footnotes and not _FOOTNOTE.match(self.lines[start - 1]):
            start -= 1
        end = line
        while end + 1 in self.footnotes and not _FOOTNOTE.match(self.lines[end]):
            end += 1
        while end > line and not self.text(end):
            end -= 1
        return _Unit("paragraph", start, end, partial(_Layout.note_title, start=start, end=end))

    def paragraph(self, line: int, floor: int, ceiling: int) -> _Unit:
        """The paragraph holding ``line``, kept between ``floor`` (exclusive) and ``ceiling``;
        in a footnote block, the footnote. Each paragraph is walked once: its bounds are
        remembered for all its lines, its unit for the amounts that share it."""
        if line in self.footnotes:
            return self.footnote(line)
        spans = self._paragraphs.setdefault((floor, ceiling), {})
        bounds = spans.get(line)
        if bounds is None:
            start = line
            while start - 1 > floor and not self._ends_paragraph(start - 1):
                start -= 1
            end = line
            while end + 1 <= ceiling and not self._ends_paragraph(end + 1):
                end += 1
            bounds = (start, end)
            if not self._ends_paragraph(line):  # then every line between has these bounds
                spans.update(dict.fromkeys(range(start, end + 1), bounds))
        start, end = bounds
        while start < line and not self.text(start):
            start += 1
        while end > line and not self.text(end):
            end -= 1
        unit = self._units.get((start, end))
        if unit is None:
            read = partial(_Layout.paragraph_title, start=start, end=end)
            unit = self._units[start, end] = _Unit("paragraph", start, end, read)
        return unit

    def _ends_paragraph(self, line: int) -> bool:
        """``is_break or is_bullet or a block label``, the first two read from the folded
        text once (a text line is no break, a blank one no bullet)."""
        text = self.folded[line - 1]
        if text:
            return (len(text) > 2 and text[0] in _BULLET_MARKS) or line in self.labels
        return self.is_break(line) or line in self.labels

    def lead_in(self, start: int, end: int) -> str | None:
        """A paragraph's own short unpunctuated first line ("Ronde tafels", "Vroegsignalering")
        above its text: the item's name, printed in bold in the original."""
        first = self.text(start)
        following = next((index for index in range(start + 1, end + 1) if self.text(index)), None)
        if (
            following is not None
            and 0 < len(first) <= 50
            and first[-1] not in _TERMINAL + ":,"
            and first[0].isupper()
            and self.text(following)[0].isupper()
            and len(self.text(following)) > len(first)
        ):
            return _cut(drop_asides(first))
        return None

    def unit(self, line: int) -> tuple[_Unit, dict[str, Any] | None]:
        section = self.sections.at(line)
        floor = section["line_start"] if section else 0
        ceiling = self.own_end(section) if section else len(self.lines)
        bullet = self.bullet(line, floor)
        if bullet:
            return bullet, section
        if section is None:
            return self.paragraph(line, floor, ceiling), None
        read_heading = partial(_Layout.heading, section=section)
        first = bisect_right(self.label_lines, section["line_start"])
        labels = self.label_lines[first : bisect_right(self.label_lines, line)]
        if labels:
            # what the letter says about the item below a later label ("Wat betekent dit
            # voor gemeenten?") is still about the same item: the block stretches to it
            end = self.block_end(labels[0], ceiling)
            return _Unit("block", labels[0], end, read_heading), section
        ministry_section = self.names_ministry(section) and len(section["heading"].split()) <= 6
        if section["level"] < 2 or ministry_section:
            return self.paragraph(line, floor, ceiling), section
        if self.content_lines(section["line_start"] + 1, ceiling) <= ONE_ITEM_LINES:
            return _Unit("heading", section["line_start"], ceiling, read_heading), section
        first_end = self.first_paragraph_end(section)
        if line <= first_end:
            return _Unit("heading", section["line_start"], first_end, read_heading), section
        paragraph = self.paragraph(line, floor, ceiling)
        if len(self.heading(section).split()) <= _SUBJECT_WORDS:
            # the shared unit keeps its own title
            read = partial(_Layout.item, heading=self.heading(section), unit=paragraph)
            paragraph = replace(paragraph, read=read, title=None)
        return paragraph, section


def _agree_with_amounts(measures: dict[str, dict[str, Any]], amounts: list[dict[str, Any]]) -> None:
    """In thematic chapters an amount's ministry comes from its own sentence, which is more
    precise than the section's; a measure whose amounts all name one ministry takes it."""
    named: dict[str, set[str | None]] = {}
    for amount in amounts:
        if amount.get("measure_id"):
            named.setdefault(amount["measure_id"], set()).add(amount.get("ministry"))
    for measure_id, ministries in named.items():
        if len(ministries) == 1 and None not in ministries and measure_id in measures:
            measures[measure_id]["ministry"] = next(iter(ministries))


def extract_measures(
    doc: SourceDocument,
    sections: list[dict[str, Any]],
    amounts: list[dict[str, Any]],
    curation: Curation,
    warnings: list[ExtractWarning] | None = None,
) -> list[dict[str, Any]]:
    """The measures of one document; sets ``measure_id`` on each amount in place (None for
    an amount that only gives context). (Every funded amount stands in some unit, a
    paragraph at least, so there is nothing to warn about; ``warnings`` is only the
    extractors' common signature.)"""
    index = SectionIndex(sections)
    layout = _Layout(doc, index)
    measures: dict[str, dict[str, Any]] = {}
    line, found = 0, None  # the amounts of one line share its unit: asked once, in order
    for amount in sorted(amounts, key=lambda a: (a["line"], a["column"])):
        amount["measure_id"] = None
        if amount.get("role") not in FUNDED_ROLES:
            continue
        if amount["line"] != line or found is None:
            line, found = amount["line"], layout.unit(amount["line"])
        unit, section = found
        measure_id = f"{doc.id}:m{unit.line_start}"
        measure = measures.get(measure_id)
        if measure is None:
            holder = index.at(unit.line_start) or section
            measure = measures[measure_id] = {
                "measure_id": measure_id,
                "document_id": doc.id,
                "ministry": (holder or {}).get("ministry") or doc.ministry,
                "section_id": holder["section_id"] if holder else None,
                "title": layout.title_of(unit),
                "line_start": unit.line_start,
                "line_end": unit.line_end,
                "kind": unit.kind,
                "curated": False,
            }
        measure["line_end"] = max(measure["line_end"], amount["line"])
        amount["measure_id"] = measure_id
    apply(curation, doc.id, measures, amounts)
    _agree_with_amounts(measures, amounts)
    used = {amount["measure_id"] for amount in amounts if amount.get("measure_id")}
    return sorted(
        (m for m in measures.values() if m["measure_id"] in used), key=lambda m: m["line_start"]
    )
