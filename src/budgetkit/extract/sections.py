"""The heading structure of a document, with line spans and the ministry of each section.

Amounts, tables and measures get their ministry from the section they stand in, so the
sections must follow the printed structure despite the extraction mess: running page
headers and footers in the middle of the text, footnote blocks, numbered lists that look
like numbered chapters, table row labels that look like sub-headings and headings split
over two or three lines. Headings are recognised from their layout (short line, no closing
punctuation, a paragraph ends before and starts after) and numbered headings must follow
their numbering sequence, which is what keeps footnotes and enumerations out.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from budgetkit.sources import SourceDocument

# Full names (as printed, with their spelling variants) and abbreviations of the ministries
# and the two municipal/provincial funds, to the codes of the schemas' ``ministry`` enum.
MINISTRY_NAMES: tuple[tuple[str, str], ...] = (
    ("Algemene Zaken", "AZ"),
    ("Binnenlandse Zaken en Koninkrijk(?:s)?relaties", "BZK"),
    ("Binnenlandse Zaken", "BZK"),
    ("Buitenlandse Handel en Ontwikkelingssamenwerking", "BHOS"),
    ("Buitenlandse [Zz]aken en Ontwikkelingssamenwerking", "BHOS"),
    ("Buitenlandse [Zz]aken", "BZ"),
    ("Defensie", "Def"),
    ("Economische Zaken(?: en Klimaat)?", "EZK"),
    ("Financiën(?: en Nationale Schuld)?", "FIN"),
    ("Infrastructuur en Waterstaat", "IenW"),
    ("Justitie en Veiligheid", "JenV"),
    ("Koninkrijksrelaties", "KR"),
    ("Landbouw, Natuur en Voedselkwaliteit", "LNV"),
    ("Onderwijs, Cultuur en Wetenschap", "OCW"),
    ("Sociale Zaken en Werkgelegenheid", "SZW"),
    ("Volksgezondheid(?:, Welzijn en Sport)?", "VWS"),
    ("Gemeentefonds", "GF"),
    ("Provinciefonds", "PF"),
)
MINISTRY_ABBREVIATIONS: dict[str, str] = {
    "BZK": "BZK",
    "EZK": "EZK",
    "IenW": "IenW",
    "I&W": "IenW",
    "JenV": "JenV",
    "J&V": "JenV",
    "LNV": "LNV",
    "OCW": "OCW",
    "SZW": "SZW",
    "VWS": "VWS",
    "BHOS": "BHOS",
}
FUNDS = frozenset({"GF", "PF"})
_NAME_PATTERNS = [
    (re.compile(r"(?<!\w)" + name.replace(" ", r"\s+") + r"(?!\w)"), code)
    for name, code in MINISTRY_NAMES
]
_ABBREVIATION = re.compile(
    r"(?<![\w&])(" + "|".join(re.escape(a) for a in MINISTRY_ABBREVIATIONS) + r")(?![\w&])"
)
# The abbreviations alone: found much faster than with the lookbehind first, and a match
# of ``_ABBREVIATION`` cannot start inside one (its lookbehind would see a letter).
_ABBREVIATION_WORD = re.compile("|".join(re.escape(a) for a in MINISTRY_ABBREVIATIONS))
# In running text a ministry is named with its title, not as a bare word like "Defensie".
# (the lookahead adds nothing but lets the scan skip to the letters a title starts with)
_TEXT_MENTION = re.compile(
    r"(?=[MmSsBb])(?:[Mm]inisterie|[Mm]inister|[Ss]taatssecretaris|begroting|[Bb]egrotingshoofdstuk)"
    r"\s+van\s+(?:het\s+|de\s+)?"
)

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

# fmt: off
_CONTINUATION_WORDS = frozenset({
    "en", "van", "de", "het", "voor", "met", "in", "op", "of", "te", "aan", "een", "die",
    "dat", "om", "naar", "bij", "door", "over", "tot", "uit", "als", "per",
})
# fmt: on
_NUMBERED = re.compile(
    r"^\s*(?P<number>\d{1,2}(?:\.\d{1,2}){0,2})(?P<dot>\.?)[ \t\xa0]+(?P<text>\S.*)$"
)
_BULLET = re.compile(r"^\s*[•–\-·▪◦●]")
_NUMERIC = re.compile(r"^[\s\d.,%€x()\-–+]*$")
_SENTENCE_BREAK = re.compile(r"\w{2,}[.;] +\w")
_REFERENCE_LIKE = re.compile(r"Kamerstuk|\bnr\.|\bblz\.|https?:|www\.|@")
# A table row flattened onto one line ("Accres 807.121 1.084.429 ...") or a caption.
_TABLE_LIKE = re.compile(r"\d[\d.,]*%?\s+\(?[\d€]|^(?:Tabel|Figuur|Grafiek|Bron)\b")
# A table row's end: two figures ("... 91.164 69.253 58.364").
_TABLE_ROW = re.compile(r"\d[\d.,]*%?\s+\d[\d.,]*%?$")
_TOC_ENTRY = re.compile(r"(?:\.{2,}|…|\s)\s*\d{1,3}$")
_TERMINAL = ".:;!?"
# A footnote number glued after a sentence's full stop ("klimaattransitie.78").
_FOOTNOTE_MARK = re.compile(r"(?<=[^\W\d][.!?])\d{1,3}$")
_MAX_HEADING = 80
# A signature or a quote's attribution ("Jelle Boonstra" / "Directeur-bestuurder", "Roy
# Nieuwenhuis, adviseur TwynstraGudde") names a person and a role, not a subject: a role
# opens the line or follows the name's comma.
_ROLES = (
    r"\w*(?:directeur|bestuurder|voorzitter|wethouder|adviseur|strateeg|manager|burgemeester"
    r"|secretaris|minister|hoogleraar|onderzoeker)"
)
_ROLE_LINE = re.compile(
    rf"(?i)^(?:algemeen\s+|senior\s+)?{_ROLES}\b|^[^,]{{3,60}},\s+(?:\w+\s+){{0,2}}{_ROLES}\b"
)
_NAME_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "el"})
_GLUED_FOOTNOTE = re.compile(r"(?<=[a-zà-ÿ)])\d{1,3}$")
_PAGE_NUMBER = re.compile(r"\s*\d+\s*$")
_NUMBERED_LINE = re.compile(r"\s\d+\s*$")
_WORDY = re.compile(r"[^\W\d]{3}")
_RULE = re.compile(r"\s*_{5,}\s*")
_INDENTED = re.compile(r"\s\S")


@dataclass
class _Heading:
    line: int
    last_line: int  # a heading split over lines ends here
    text: str
    number: str | None
    body: int | None  # first content line after the heading
    level: int = 0
    group: bool = False
    ministry: str | None = None
    named: bool = False  # ministry named in the heading itself


def fold(text: str) -> str:
    """White space folded to single spaces, ends trimmed."""
    return " ".join(text.split())


def _unglue(text: str) -> str:
    """A heading without the footnote number glued to its last word ("maatregelen3")."""
    if not text or not text[-1].isdecimal():  # (folded text: no line break before the end)
        return text
    return _GLUED_FOOTNOTE.sub("", text)


@lru_cache(maxsize=4096)
def ministry_named(text: str) -> str | None:
    """Code of the first ministry named (full name or abbreviation) in ``text``; of two
    names starting at one place the longer ("Economische Zaken en Klimaat")."""
    hits = [
        (m.start(), -len(m.group()), code)
        for pattern, code in _NAME_PATTERNS
        for m in pattern.finditer(text)
    ]
    hits += [
        (m.start(), -len(m.group()), MINISTRY_ABBREVIATIONS[m.group(1)])
        for m in _ABBREVIATION.finditer(text)
    ]
    return min(hits)[2] if hits else None


def ministry_mentions(text: str) -> Counter[str]:
    """How often each ministry is named in running text ("het ministerie van VWS", "BZK")."""
    counts: Counter[str] = Counter()
    titled = set()
    for m in _text_mentions(text):
        code = _name_at(text, m.end())
        if code:
            counts[code] += 1
            titled.add(m.end())
    for m in _abbreviations(text):
        if m.start() not in titled:
            counts[MINISTRY_ABBREVIATIONS[m.group(1)]] += 1
    return counts


# ``_TEXT_MENTION`` starts one character before one of these words: searching for them
# (one literal at a time) is several times faster than the pattern's own scan.
_MENTION_WORDS = tuple(re.compile(word) for word in ("inister", "taatssecretaris", "egroting"))


def _text_mentions(text: str) -> Iterator[re.Match[str]]:
    """What ``_TEXT_MENTION.finditer(text)`` finds, faster."""
    end = 0
    for start in sorted(m.start() - 1 for word in _MENTION_WORDS for m in word.finditer(text)):
        if start < end:
            continue
        m = _TEXT_MENTION.match(text, start) if start >= 0 else None
        if m:
            end = m.end()
            yield m


def _abbreviations(text: str) -> Iterator[re.Match[str]]:
    """What ``_ABBREVIATION.finditer(text)`` finds, faster."""
    for word in _ABBREVIATION_WORD.finditer(text):
        m = _ABBREVIATION.match(text, word.start())
        if m:
            yield m


def _name_at(text: str, offset: int) -> str | None:
    return _name_match(text, offset)[0]


def _name_match(text: str, offset: int) -> tuple[str | None, int]:
    """The code of the ministry named at ``offset`` and where its name ends."""
    for pattern, code in _NAME_PATTERNS:
        m = pattern.match(text, offset)
        if m:
            return code, m.end()
    m = _ABBREVIATION.match(text, offset)
    return (MINISTRY_ABBREVIATIONS[m.group(1)], m.end()) if m else (None, offset)


class _Mentions:
    """Every ministry mention of a document's text, found once, so that nested sections do
    not scan the same text again at every level. ``count`` gives what ``ministry_mentions``
    gives for a slice, or None where a mention crosses the slice's bounds (then only the
    slice itself can say)."""

    def __init__(self, text: str) -> None:
        self.titles = []  # (start, end, end of the name, code) of "ministerie van <name>"
        for m in _text_mentions(text):
            code, last = _name_match(text, m.end())
            self.titles.append((m.start(), m.end(), last, code))
        self.title_starts = [title[0] for title in self.titles]
        self.abbreviations = [
            (m.start(), m.end(), MINISTRY_ABBREVIATIONS[m.group(1)]) for m in _abbreviations(text)
        ]
        self.abbreviation_starts = [abbreviation[0] for abbreviation in self.abbreviations]

    def count(self, start: int, end: int) -> Counter[str] | None:
        counts: Counter[str] = Counter()
        titled = set()
        first = bisect_left(self.title_starts, start)
        if first and self.titles[first - 1][1] > start:
            return None
        for begin, finish, last, code in self.titles[first:]:
            if begin >= end:
                break
            if finish > end or (code and last > end):
                return None
            if code:
                counts[code] += 1
                titled.add(finish)
        first = bisect_left(self.abbreviation_starts, start)
        if first and self.abbreviations[first - 1][1] > start:
            return None
        for begin, finish, code in self.abbreviations[first:]:
            if begin >= end:
                break
            if finish > end:
                return None
            if begin not in titled:
                counts[code] += 1
        return counts


def _normal(line: str) -> str:
    return fold(_PAGE_NUMBER.sub("", line))


def double_spaced(doc: SourceDocument, folded: list[str] | None = None) -> bool:
    """Whether the extraction put an empty line after (nearly) every line of text, so that
    one empty line is line spacing and not a paragraph break. ``folded`` (the lines folded:
    empty exactly where a line is blank) saves stripping them again."""
    blank = [not text for text in folded] if folded is not None else None
    if blank is None:
        blank = [not line.strip() for line in doc.lines]
    content = [i for i in range(len(blank) - 1) if not blank[i]]
    spaced = sum(1 for i in content if blank[i + 1])
    return spaced > 0.8 * len(content)


def page_furniture(doc: SourceDocument, folded: list[str] | None = None) -> set[int]:
    """Line numbers of running page headers and footers.

    A running line repeats with a page number after it (in one place at least apart from
    the words: "Vereniging van Nederlandse Gemeenten 37", elsewhere "...Gemeenten28"; a
    number that is always glued on is a footnote marker), repeats the document title, or
    names the budget ("Financiën en Nationale Schuld Rijksbegroting 2021"); printed once
    per page, it lands anywhere in the text. ``folded`` (the lines folded) saves folding
    them again.
    """
    if folded is None:
        folded = [fold(line) for line in doc.lines]
    # a folded line ends in the line's last character that is not white space
    glued = [bool(text) and text[-1].isdecimal() for text in folded]
    normal = [
        _normal(line) if ends else text
        for line, text, ends in zip(doc.lines, folded, glued, strict=True)
    ]
    numbered = Counter(
        n
        for n, line, ends in zip(normal, doc.lines, glued, strict=True)
        if n and ends and _NUMBERED_LINE.search(line)
    )
    counts = Counter(n for n in normal if n)
    title = _normal(str(doc.meta.get("title", "")))
    year = doc.meta.get("budget_year")
    footer = re.compile(rf"^.{{0,60}}\bRijksbegroting {year}$") if year else None
    found = set()
    repeated = {n for n in numbered if counts[n] >= 2}
    for index, (n, text) in enumerate(zip(normal, folded, strict=True), start=1):
        if (
            (
                n in repeated
                or n == title
                or (footer and "Rijksbegroting" in text and footer.match(text))
            )
            and len(n) <= _MAX_HEADING
            and _WORDY.search(n)
        ):
            found.add(index)
    return found


def footnote_zones(doc: SourceDocument, furniture: set[int]) -> set[int]:
    """Lines of footnote blocks that follow a "_________" rule, up to the text resuming.

    In the extraction the text after a footnote block resumes on a line indented by a
    space or after the page's running header; a block is never longer than a page's
    worth of notes.
    """
    zone: set[int] = set()
    for index, line in enumerate(doc.lines, start=1):
        if "_____" in line and _RULE.fullmatch(line):
            for follow in range(index, min(index + 40, len(doc.lines)) + 1):
                text = doc.lines[follow - 1]
                if follow > index and (_INDENTED.match(text) or follow in furniture):
                    break
                zone.add(follow)
    return zone


class DocumentLayout:
    """What sections, ministries and measures all need to know about one document's lines
    (folded text, running headers, footnote blocks, line spacing): computed once per
    document instead of once per extractor."""

    def __init__(self, doc: SourceDocument) -> None:
        self.doc = doc
        self.folded = [" ".join(line.split()) for line in doc.lines]  # fold(), inlined
        self.furniture = page_furniture(doc, self.folded)
        self.footnotes = footnote_zones(doc, self.furniture)
        self.double_spaced = double_spaced(doc, self.folded)
        self._mentions: _Mentions | None = None
        # the content line before each line (running headers and blank lines skipped)
        self.previous: list[int | None] = [None]
        last = None
        for index, text in enumerate(self.folded, start=1):
            self.previous.append(last)
            if text and index not in self.furniture:
                last = index

    def mentions(self, first: int, last: int) -> Counter[str]:
        """``ministry_mentions`` of lines ``first`` to ``last`` (1-based, inclusive)."""
        if self._mentions is None:
            self._mentions = _Mentions(self.doc.text)
        start = self.doc.offset(first, 1)
        end = self.doc.offset(last, 1) + len(self.doc.lines[last - 1])
        counts = self._mentions.count(start, end)
        return counts if counts is not None else ministry_mentions(self.doc.text[start:end])


# The last document's layout: the pipeline runs every extractor on one document before the
# next, so one slot is enough and memory stays flat.
_LAYOUT: list[DocumentLayout] = []


def document_layout(doc: SourceDocument) -> DocumentLayout:
    """The layout of ``doc``, shared by the extractors that run on it."""
    if not _LAYOUT or _LAYOUT[0].doc is not doc:
        _LAYOUT[:] = [DocumentLayout(doc)]
    return _LAYOUT[0]


class _Scanner:
    """Walks a document's lines and decides which are headings."""

    def __init__(self, doc: SourceDocument) -> None:
        layout = document_layout(doc)
        self.doc = doc
        self.lines = doc.lines
        self.folded = layout.folded
        self.skip = layout.furniture
        self.footnotes = layout.footnotes
        self.previous = layout.previous
        self.publisher = fold(str(doc.meta.get("publisher", "")))
        self.headings: list[_Heading] = []
        self.signatures: set[int] = set()  # last lines of signatures and attributions
        self.finished: dict[int, bool] = {}  # line_finished per line of content
        lengths = sorted(
            len(line.rstrip()) for line, text in zip(doc.lines, self.folded, strict=True) if text
        )
        self.width = lengths[int(len(lengths) * 0.9)] if lengths else 0
        self.double_spaced = layout.double_spaced
        # Questions opening under every item ("Wat wil het kabinet?", "Wat betekent dit voor
        # gemeenten?") are block labels; a question printed once is a heading.
        openings = Counter(
            _opening(line)
            for line, folded in zip(doc.lines, self.folded, strict=True)
            if folded.endswith("?")
        )
        self.labels = {opening for opening, count in openings.items() if count >= 3}

    def question_heading(self, text: str) -> bool:
        return text.endswith("?") and _opening(text) not in self.labels

    def text(self, line: int) -> str:
        return self.folded[line - 1]

    def next_content(self, line: int) -> int | None:
        folded = self.folded
        for index in range(line + 1, len(self.lines) + 1):
            if folded[index - 1] and index not in self.skip:
                return index
        return None

    def prev_content(self, line: int) -> int | None:
        return self.previous[line]

    def closes_paragraph(self, line: int) -> bool:
        """Whether a heading may start at ``line``: the text before it is finished (a full
        stop, possibly with a footnote number glued on, a bullet, a short line, a table row)."""
        prev = self.prev_content(line)
        if prev is None:
            return True
        if (self.headings and self.headings[-1].last_line == prev) or prev in self.signatures:
            return True
        finished = self.finished.get(prev)
        if finished is None:
            finished = self.finished[prev] = self.line_finished(self.text(prev))
        return finished

    def line_finished(self, text: str) -> bool:
        """Whether a line of content ends what it says (the text part of ``closes_paragraph``;
        asked once per line, as every following line asks it again)."""
        if text[-1].isdecimal():
            text = _FOOTNOTE_MARK.sub("", text)
        return (
            text[-1] in _TERMINAL + ')»”’"'
            or bool(_NUMERIC.match(text) or _BULLET.match(text) or _TABLE_ROW.search(text))
            or len(text) < 0.6 * self.width
        )

    def in_list(self, line: int) -> bool:
        """Whether a numbered line continues an enumeration ("1. Ruimte voor ..." /
        "2. Ruimte voor ...") rather than starting a chapter: the line above carries the
        number before it in the same style and was not a heading."""
        prev = self.prev_content(line)
        above = _NUMBERED.match(self.lines[prev - 1]) if prev else None
        here = _NUMBERED.match(self.lines[line - 1])
        if not (above and here) or above.group("dot") != here.group("dot"):
            return False
        if self.headings and self.headings[-1].last_line == prev:
            return False
        return above.group("number") == _previous_number(here.group("number"))

    def opens_paragraph(self, first: int, last: int, numbered: bool) -> bool:
        """Whether the text after a heading ending at ``line`` starts afresh.

        Not a table row label (numbers follow), not a sentence going on in lower case, and,
        for an unnumbered heading, not the first line of a paragraph: a line filled to the
        column width right below it (or, in double-spaced text, the line itself filled to the
        width) means the "heading" was itself a paragraph's first line.
        """
        follow = self.next_content(last)
        if follow is None:
            return False
        text = self.text(follow)
        if _NUMERIC.match(text) or text[0].islower():
            return False
        if numbered:
            return True
        if self.double_spaced:
            return last > first or len(self.text(first)) < 0.8 * self.width
        return follow > last + 1 or len(text) < 0.8 * self.width

    def join(self, line: int, text: str) -> tuple[int, str]:
        """Extend a heading over the lines it was split into ("4 Onderwijs, Cultuur en" /
        "Wetenschap", "het ministerie van Economische" / "Zaken en Klimaat")."""
        last = line
        while True:
            follow = last + 1
            if self.double_spaced and follow < len(self.lines) and self.lines[follow - 1] == "":
                follow += 1  # one empty line is only line spacing
            if follow > len(self.lines) or not self.text(follow):
                return last, text
            nxt = self.text(follow)
            if len(nxt) > 45 or nxt[-1] in _TERMINAL or _BULLET.match(nxt):
                return last, text
            words = text.split()
            if not (
                (last == line and len(self.text(line)) >= 0.8 * self.width)
                or nxt[0].islower()
                or words[-1].lower() in _CONTINUATION_WORDS
                or text.endswith(",")
                or _partial_ministry(words)
            ):
                return last, text
            last, text = follow, f"{text} {nxt}"

    def signature(self, line: int, text: str) -> bool:
        """Whether a heading-like line signs a foreword or attributes a quote: a role line, the
        publisher's name (the organisation under a signature, or its colophon), or a bare
        person's name with a role line right after it."""
        publisher = self.publisher
        if _ROLE_LINE.search(text) or (publisher and text.lower() == publisher.lower()):
            return True
        words = text.split()
        if not 2 <= len(words) <= 4 or not all(
            w[0].isupper() or w in _NAME_PARTICLES for w in words
        ):
            return False
        follow = self.next_content(line)
        return follow is not None and bool(_ROLE_LINE.search(self.text(follow)))

    def heading_text_ok(self, text: str, joined: bool) -> bool:
        """Whether folded heading text reads as a heading: short (a heading split over lines
        may fill its first line), no closing punctuation or dangling "en", no sentence break,
        not a citation, table row, bullet or table-of-contents entry ("Inleiding ..... 3")."""
        return (
            2 <= len(text) <= (2 * _MAX_HEADING if joined else _MAX_HEADING)
            and len(text.split()) <= (20 if joined else 14)
            and text[-1] not in _TERMINAL + ","
            and text.split()[-1].lower() not in _CONTINUATION_WORDS
            and not _SENTENCE_BREAK.search(text)
            and not _REFERENCE_LIKE.search(text)
            and not _TABLE_LIKE.search(text)
            and not _TOC_ENTRY.search(text)
            and not _BULLET.match(text)
            and not _NUMERIC.match(text)
        )


def _opening(line: str) -> str:
    return " ".join(line.split()[:2]).lower()


def _previous_number(number: str) -> str:
    """ "3" -> "2", "2.4" -> "2.3": the number an enumeration item follows."""
    *head, last = number.split(".")
    return ".".join([*head, str(int(last) - 1)])


# The ministries' names as plain text, their optional parts included.
_PLAIN_NAMES = tuple(
    name.replace("(?:", "").replace(")?", "").replace("[Zz]", "Z") for name, _code in MINISTRY_NAMES
)


def _partial_ministry(words: list[str]) -> bool:
    """Whether the line ends in the first words of a ministry's name ("van Binnenlandse")."""
    for size in (1, 2, 3):
        tail = " ".join(words[-size:])
        for plain in _PLAIN_NAMES:
            if plain.startswith(tail + " ") and plain != tail:
                return True
    return False


def _scan(doc: SourceDocument) -> list[_Heading]:
    scan = _Scanner(doc)
    chapter = 0  # last accepted top number ("2" or "2.")
    sub: dict[str, int] = {}  # last sub number per parent number
    longest = max(_MAX_HEADING, 1.1 * scan.width)
    lines, folded, skip = scan.lines, scan.folded, scan.skip
    line = 0
    while line < len(lines):
        line += 1
        text = folded[line - 1]
        if not text or len(text) > longest or line in skip:
            continue
        raw = lines[line - 1]
        m = _NUMBERED.match(raw) if text[0].isdecimal() else None  # folded: first non-space
        if not m and (line in scan.footnotes or not (text[0].isupper() or text[0] == "(")):
            continue  # (checked again below; first here as it is cheaper)
        if not scan.closes_paragraph(line):
            continue
        if m:
            number, title = m.group("number"), fold(m.group("text"))
            if not title[0].isupper() or scan.in_list(line):
                continue
            last, joined = scan.join(line, _unglue(title))
            if not scan.heading_text_ok(joined, last > line):
                continue
            if not scan.opens_paragraph(line, last, True):
                continue
            parts = [int(p) for p in number.split(".")]
            if len(parts) == 1:
                if parts[0] != chapter + 1:
                    continue
                chapter = parts[0]
            else:
                parent = ".".join(str(p) for p in parts[:-1])
                if chapter and parts[0] != chapter:
                    continue
                if parent in sub and parts[-1] != sub[parent] + 1:
                    continue
                sub[parent] = parts[-1]
            scan.headings.append(_Heading(line, last, joined, number, scan.next_content(last)))
            line = last
            continue
        if line in scan.footnotes or not (text[0].isupper() or text[0] == "("):
            continue
        if scan.question_heading(text):
            if scan.opens_paragraph(line, line, False) and len(text.split()) <= 10:
                scan.headings.append(_Heading(line, line, text, None, scan.next_content(line)))
            continue
        if text[-1] == "?":
            continue
        last, joined = scan.join(line, _unglue(text))
        if scan.signature(line, joined):
            scan.signatures.add(last)
            line = last
            continue
        if scan.heading_text_ok(joined, last > line) and scan.opens_paragraph(line, last, False):
            scan.headings.append(_Heading(line, last, joined, None, scan.next_content(last)))
            line = last
    return scan.headings


def _assign_levels(headings: list[_Heading]) -> None:
    """Levels from numbering depth; unnumbered headings sit below the numbered one above them.

    A first numbered heading whose parent number is never printed ("3.3 Artikel 3" in an
    extract of a budget) is the document's root, and the numbering after it restarts
    below it. A heading directly followed by another heading, or one naming a budget
    instrument (Subsidies, Opdrachten), groups the unnumbered headings after it one level
    deeper. Unnumbered headings that share a repeated opening and name a ministry
    ("Samenvatting van de maatregelen van het ministerie van ...") are the chapters of a
    document without numbered chapters.
    """
    root = _root(headings)
    openings = Counter(" ".join(h.text.split()[:4]) for h in headings if not h.number)
    numbered_level = 0
    group_level = 0
    for index, h in enumerate(headings):
        following = headings[index + 1] if index + 1 < len(headings) else None
        h.group = bool(following and following.line == h.body) or (
            h.text.lower().replace("’", "'") in INSTRUMENTS
        )
        h.named = ministry_named(h.text) is not None
        chapter = not h.number and openings[" ".join(h.text.split()[:4])] >= 3 and h.named
        if h is root or chapter:
            h.level, numbered_level, group_level = 1, 1, 0
        elif h.number:
            h.level = h.number.count(".") + 1 + (1 if root else 0)
            numbered_level, group_level = h.level, 0
        elif h.group:
            h.level = group_level = numbered_level + 1
        else:
            h.level = (group_level or numbered_level) + 1
        h.level = min(h.level, 6)


def _root(headings: list[_Heading]) -> _Heading | None:
    """The first numbered heading when its parent number is never printed ("3.3 Artikel 3"):
    the document is an extract, and that heading its root."""
    numbered = [h for h in headings if h.number]
    return numbered[0] if numbered and "." in numbered[0].number else None


def _spans(doc: SourceDocument, headings: list[_Heading]) -> list[int]:
    ends = []
    for index, h in enumerate(headings):
        end = len(doc.lines)
        for later in headings[index + 1 :]:
            if later.level <= h.level:
                end = later.line - 1
                break
        while end > h.last_line and not doc.lines[end - 1].strip():
            end -= 1
        ends.append(end)
    return ends


def extract_sections(doc: SourceDocument) -> list[dict[str, Any]]:
    """The sections of one document, in document order, with parents, spans and ministries."""
    headings = _scan(doc)
    root = _root(headings)
    # in an extract, what comes before its root is the page it was cut from (a web page's
    # "Base description which applies to whole site"), not part of the document
    headings = headings[headings.index(root) :] if root else headings
    _assign_levels(headings)
    ends = _spans(doc, headings)
    rows: list[dict[str, Any]] = []
    stack: list[tuple[_Heading, dict[str, Any]]] = []
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
        h.ministry = _ministry(doc, h, row, [heading for heading, _row in stack])
        row["ministry"] = h.ministry
        rows.append(row)
        stack.append((h, row))
    return rows


def _ministry(
    doc: SourceDocument, h: _Heading, row: dict[str, Any], ancestors: list[_Heading]
) -> str | None:
    """The heading's own ministry; else that of the nearest ancestor naming a ministry (a
    fund's heading, "Gemeentefonds", does not make its sub-sections the fund's); else the
    document's. A section of a thematic chapter (no heading above it names a ministry)
    discusses several budgets: it gets a ministry only when its text names that one and no
    other, at least twice, never the most mentioned of several ("2.2 Duurzaamheid" names
    LNV four times, EZK and OCW too). Below a fund's heading: the ministry named in most
    (over half) of the section's mentions, at least twice when the parent has one; else
    the parent's."""
    named = ministry_named(h.text)
    if named:
        return named
    for ancestor in reversed(ancestors):
        if ancestor.named and ancestor.ministry not in FUNDS:
            return ancestor.ministry
    if doc.ministry:
        return doc.ministry
    mentions = document_layout(doc).mentions(row["line_start"], row["line_end"])
    if not any(ancestor.named for ancestor in ancestors):
        only = list(mentions)
        return only[0] if len(only) == 1 and mentions[only[0]] >= 2 else None
    inherited = ancestors[-1].ministry if ancestors else None
    if mentions:
        code, count = mentions.most_common(1)[0]
        # one mention decides only where nothing is inherited; ties decide nothing
        needed = 2 if inherited else 1
        if count >= needed and count * 2 > mentions.total():
            return code
    return inherited


class _SectionIndex:
    """A document's sections ordered by first line, to find the one holding a line by
    bisection: the pipeline asks for every amount and table."""

    def __init__(self, sections: list[dict[str, Any]]) -> None:
        self.sections = sections
        self.size = len(sections)
        ordered = sorted(sections, key=lambda s: s["line_start"])
        self.starts = [s["line_start"] for s in ordered]
        self.ordered = ordered
        self.unique = len(set(self.starts)) == len(self.starts)

    def fits(self, sections: list[dict[str, Any]]) -> bool:
        return self.sections is sections and self.size == len(sections)


_INDEX: list[_SectionIndex] = []


def section_at(sections: list[dict[str, Any]], line: int) -> dict[str, Any] | None:
    """The innermost section whose span holds ``line`` (sections are nested, so the one
    starting last)."""
    if not _INDEX or not _INDEX[0].fits(sections):
        _INDEX[:] = [_SectionIndex(sections)]
    index = _INDEX[0]
    if index.unique:
        for position in range(bisect_right(index.starts, line) - 1, -1, -1):
            section = index.ordered[position]
            if line <= section["line_end"]:
                return section
        return None
    best = None
    for section in sections:
        if section["line_start"] <= line <= section["line_end"] and (
            best is None or section["line_start"] > best["line_start"]
        ):
            best = section
    return best
