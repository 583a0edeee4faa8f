"""Which lines of a document are headings, read from their layout and numbering.

The extraction mixes headings with look-alikes: running page headers and footers, footnote
blocks, numbered lists that look like numbered chapters, table row labels that look like
sub-headings, signatures, and headings split over two or three lines. A heading is a short
line without closing punctuation, a paragraph ends before it and one starts after it, and a
numbered heading follows its numbering sequence, which is what keeps footnotes and
enumerations out. The section tree is built from these headings in ``sections``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter

from budgetkit.extract.ministries import PLAIN_NAMES
from budgetkit.layout import MAX_HEADING, fold
from budgetkit.sources import SourceDocument

# fmt: off
_CONTINUATION_WORDS = frozenset({
    "en", "van", "de", "het", "voor", "met", "in", "op", "of", "te", "aan", "een", "die",
    "dat", "om", "naar", "bij", "door", "over", "tot", "uit", "als", "per",
})
# fmt: on
_NUMBERED = re.compile(
    r"^\s*(?P<number>\d{1,2}(?:\.\d{1,2}){0,2})(?P<dot>\.?)[ \t\xa0]+(?P<text>\S.*)$"
)
_BULLETS = "•–-·▪◦●"  # what a bullet line starts with
# (A minus sign is printed as any of four dashes, "‒ 6,8" and "− 6,8" too: tables_tokens.DASHES.)
_NUMERIC = re.compile(r"^[\s\d.,%€x()\-–‒−+]*$")
# What else a line of only figures can start with (folded: not with white space).
_NUMERIC_STARTS = ".,%€x()-–‒−+"
# The patterns below have no literal the regex engine can skip ahead by, so a search tries
# them at every character (1.5-3 µs a heading candidate, thousands per document): each is
# searched for only where a plain test (``in``, the last character) finds what a match needs.
# A full stop or semicolon after a word of two letters or more, then more words (needs ". "
# or "; ").
_SENTENCE_BREAK = re.compile(r"(?<=\w\w)[.;] +\w")
_REFERENCE_LIKE = re.compile(r"Kamerstuk|\bnr\.|\bblz\.|https?:|www\.|@")
# A table row flattened onto one line ("Accres 807.121 1.084.429 ...") or a caption (apart,
# the row's pattern starts on a digit, which the engine finds by a scan in C).
_TABLE_LIKE = re.compile(r"\d[\d.,]*%?\s+\(?[\d€]")
_CAPTION_WORDS = ("Tabel", "Figuur", "Grafiek", "Bron")
_CAPTION = re.compile(rf"(?:{'|'.join(_CAPTION_WORDS)})\b")
# A table row's end: two figures ("... 91.164 69.253 58.364"; ends in a digit, ".", "," or "%").
_TABLE_ROW = re.compile(r"\d[\d.,]*%?\s+\d[\d.,]*%?$")
_TOC_ENTRY = re.compile(r"(?:\.{2,}|…|\s)\s*\d{1,3}$")  # ends in a digit
_TERMINAL = ".:;!?"
_FINISHED = _TERMINAL + ')»”’"'  # what a finished line ends in
_UNFINISHED = _TERMINAL + ","  # what a heading does not end in
#: Widest text (the 90th percentile of its line lengths) still wrapped to a column: a PDF's
#: page or column is narrower; a web page prints each paragraph on one line.
_WRAPPED = 200
#: Longest line that continues a heading split over lines.
_JOINED = 45
#: Longest line that may be a heading by itself with a footnote number glued to its end.
_LONG = MAX_HEADING + 3
# A signature or a quote's attribution ("Jelle Boonstra" / "Directeur-bestuurder", "Roy
# Nieuwenhuis, adviseur TwynstraGudde") names a person and a role, not a subject: a role
# opens the line or follows the name's comma.
_ROLE_WORDS = (
    "directeur",
    "bestuurder",
    "voorzitter",
    "wethouder",
    "adviseur",
    "strateeg",
    "manager",
    "burgemeester",
    "secretaris",
    "minister",
    "hoogleraar",
    "onderzoeker",
)
# A role ends a word: the word is matched whole and its end looked behind at for a role (one
# look-behind per length of role word), instead of trying twelve words at every letter.
_ROLE_END = "|".join(
    f"(?<={'|'.join(word for word in _ROLE_WORDS if len(word) == size)})"
    for size in sorted({len(word) for word in _ROLE_WORDS})
)
# The word and the name before the comma are taken whole, never given back (possessive
# ``++``): a shorter word would end inside a word, and a shorter name before a character that
# is not a comma, so backing off could never match and only cost a third of the time.
_ROLES = rf"\w++(?:{_ROLE_END})"
# (Both alternatives start at the line's start: it is matched there, not searched for.)
_ROLE_LINE = re.compile(
    rf"(?i)^(?:algemeen\s+|senior\s+)?{_ROLES}|^[^,]{{3,60}}+,\s+(?:\w++\s+){{0,2}}{_ROLES}"
)
_NAME_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "el"})


@dataclass(slots=True)
class Heading:
    line: int
    last_line: int  # a heading split over lines ends here
    text: str
    number: str | None
    body: int | None  # first content line after the heading
    level: int = 0
    group: bool = False
    ministry: str | None = None
    named_code: str | None = None  # the ministry named in the heading itself, if any


def _percentile(values: Iterable[int], share: float) -> int:
    """The value at ``share`` of the way through the sorted ``values`` (0 if none): counted,
    not sorted, as line lengths repeat."""
    counts = Counter(values)
    rank = int(counts.total() * share)
    for value in sorted(counts):
        rank -= counts[value]
        if rank < 0:
            return value
    return 0


def _glued_digits(text: str) -> int:
    r"""How many digits end ``text`` when they are one to three (a footnote number glued on),
    else 0: read from the end, where ``\d{1,3}$`` is tried at every character."""
    if not text[-1:].isdecimal():  # (most texts)
        return 0
    size = 1
    while size < 4 and size < len(text) and text[-size - 1].isdecimal():
        size += 1
    return size if size < 4 else 0


def _unglue(text: str) -> str:
    r"""A heading without the footnote number glued to its last word ("maatregelen3"), after
    a lower-case letter or ")": ``re.sub(r"(?<=[a-zà-ÿ)])\d{1,3}$", "", text)`` (folded
    text: no line break before the end)."""
    size = _glued_digits(text)
    if size and len(text) > size:
        before = text[-size - 1]
        if "a" <= before <= "z" or "à" <= before <= "ÿ" or before == ")":
            return text[:-size]
    return text


class _Scanner:
    """Walks a document's lines of content and decides which are headings.

    A line's neighbours are read from its position among the content lines (the layout's
    ``content``), which the walk knows, instead of bisecting for them.
    """

    def __init__(self, doc: SourceDocument) -> None:
        layout = doc.model.layout
        self.lines = doc.lines
        self.folded = layout.folded
        self.footnotes = layout.footnotes
        self.layout = layout
        self.content = layout.content
        self.texts = layout.content_texts
        self.publisher = fold(str(doc.meta.get("publisher", ""))).lower()
        self.headings: list[Heading] = []
        self.signatures: set[int] = set()  # last lines of signatures and attributions
        self.width = _percentile(map(len, map(str.rstrip, compress(doc.lines, self.folded))), 0.9)
        self.double_spaced = layout.double_spaced
        # Questions opening under every item ("Wat wil het kabinet?", "Wat betekent dit voor
        # gemeenten?") are block labels; a question printed once is a heading.
        openings = Counter(_opening(doc.lines[line - 1]) for line in layout.questions)
        self.labels = {opening for opening, count in openings.items() if count >= 3}

    def after(self, position: int) -> int | None:
        """The content line after the one at ``position`` among the content lines."""
        return self.content[position + 1] if position + 1 < len(self.content) else None

    def closes_paragraph(self, position: int) -> bool:
        """Whether a heading may start at the content line at ``position``: the text before
        it is finished (a full stop, possibly with a footnote number glued on, a bullet, a
        short line, a table row)."""
        if not position:
            return True
        prev = self.content[position - 1]
        if (self.headings and self.headings[-1].last_line == prev) or prev in self.signatures:
            return True
        return self.line_finished(self.texts[position - 1])

    def line_finished(self, text: str) -> bool:
        """Whether a line of content ends what it says (the text part of ``closes_paragraph``)."""
        end = text[-1]
        # a footnote number glued after a sentence's full stop ("klimaattransitie.78") is
        # left out: re.sub(r"(?<=[^\W\d][.!?])\d{1,3}$", "", text)
        if end.isdecimal():
            size = _glued_digits(text)
            if size and len(text) > size + 1 and text[-size - 1] in ".!?":
                letter = text[-size - 2]
                if (letter.isalnum() or letter == "_") and not letter.isdecimal():
                    text = text[:-size]
                    end = text[-1]
        return (
            end in _FINISHED
            or len(text) < 0.6 * self.width
            or _numeric(text)
            or text[0] in _BULLETS
            or ((end.isdecimal() or end in ".,%") and _TABLE_ROW.search(text) is not None)
        )

    def in_list(self, position: int, here: re.Match[str]) -> bool:
        """Whether a numbered line (``here``, its ``_NUMBERED`` match) continues an enumeration
        ("1. Ruimte voor ..." / "2. Ruimte voor ...") rather than starting a chapter: the line
        above carries the number before it in the same style and was not a heading."""
        if not position:
            return False
        prev = self.content[position - 1]
        above = _NUMBERED.match(self.lines[prev - 1])
        if not above or above.group("dot") != here.group("dot"):
            return False
        if self.headings and self.headings[-1].last_line == prev:
            return False
        return above.group("number") == _previous_number(here.group("number"))

    def opens_paragraph(self, first: int, last: int, follow: int | None, numbered: bool) -> bool:
        """Whether the text after a heading on lines ``first`` to ``last`` starts afresh at
        ``follow``, the content line after ``last``.

        Not a table row label (numbers follow), not a sentence going on in lower case, and,
        for an unnumbered heading, not the first line of a paragraph: a line filled to the
        column width right below it (or, in double-spaced text, the line itself filled to the
        width) means the "heading" was itself a paragraph's first line.
        """
        if follow is None:
            return False
        text = self.folded[follow - 1]
        if text[0].islower() or _numeric(text):
            return False
        if numbered:
            return True
        if self.double_spaced:
            return last > first or len(self.folded[first - 1]) < 0.8 * self.width
        if self.width > _WRAPPED:
            return True  # paragraphs on one line each: a long line below is a paragraph
        return follow > last + 1 or len(text) < 0.8 * self.width

    def join(self, line: int, text: str) -> tuple[int, str]:
        """Extend a heading over the lines it was split into ("4 Onderwijs, Cultuur en" /
        "Wetenschap", "het ministerie van Economische" / "Zaken en Klimaat")."""
        folded, count = self.folded, len(self.lines)
        last = line
        while True:
            follow = last + 1
            if self.double_spaced and follow < count and self.lines[follow - 1] == "":
                follow += 1  # one empty line is only line spacing
            if follow > count:
                return last, text
            nxt = folded[follow - 1]
            if not nxt or len(nxt) > _JOINED or nxt[-1] in _TERMINAL or nxt[0] in _BULLETS:
                return last, text
            if nxt[0].isdecimal() and _NUMBERED.match(nxt):
                return last, text  # a numbered line starts a heading of its own
            if not (
                (last == line and len(folded[line - 1]) >= 0.8 * self.width)
                or nxt[0].islower()
                or text.endswith(",")
                or _open_end(text)
            ):
                return last, text
            last, text = follow, f"{text} {nxt}"

    def long_line_counts(self, line: int, text: str) -> bool:
        """Whether a line too long to be a heading by itself (over ``_LONG`` characters, so
        still too long without a glued footnote number) can start one or sign: when it is
        numbered or a question (they are read apart), a short line after it can continue it
        (see ``join``), or it may be a signature (see ``signature``). Most such lines are
        prose and are left out here, by tests cheaper than the decisions they would reach."""
        if text[0].isdecimal() or text[-1] == "?":
            return True
        follow = line + 1
        if self.double_spaced and follow < len(self.lines) and self.lines[follow - 1] == "":
            follow += 1
        if follow <= len(self.lines) and 0 < len(self.folded[follow - 1]) <= _JOINED:
            return True
        if text[-1].isdecimal():
            text = _unglue(text)
        return (
            len(text) <= len(self.publisher)
            or text.count(" ") <= 3
            or _ROLE_LINE.match(text) is not None
        )

    def signature(self, text: str, follow: int | None) -> bool:
        """Whether a heading-like line signs a foreword or attributes a quote: a role line, the
        publisher's name (the organisation under a signature, or its colophon), or a bare
        person's name with a role line right after it (``follow``, the next content line)."""
        # (lower() never shortens a text: a longer one cannot be the publisher's name)
        publisher = self.publisher
        if _ROLE_LINE.match(text) or (
            publisher and len(text) <= len(publisher) and text.lower() == publisher
        ):
            return True
        if not 1 <= text.count(" ") <= 3:  # not 2 to 4 words (one space between folded words)
            return False
        for word in text.split():
            if not (word[0].isupper() or word in _NAME_PARTICLES):
                return False
        return follow is not None and bool(_ROLE_LINE.match(self.folded[follow - 1]))

    def heading_text_ok(self, text: str, joined: bool) -> bool:
        """Whether folded heading text reads as a heading: short (a heading split over lines
        may fill its first line), no closing punctuation or dangling "en", no sentence break,
        not a citation, table row or table-of-contents entry ("Inleiding ..... 3"). (A bullet
        never gets here: a candidate starts with a capital, "(" or a number.)"""
        if not 2 <= len(text) <= (2 * MAX_HEADING if joined else MAX_HEADING):
            return False
        # (folded: one space between words)
        return (
            text.count(" ") < (20 if joined else 14)
            and text[-1] not in _UNFINISHED
            and text[text.rfind(" ") + 1 :].lower() not in _CONTINUATION_WORDS
            and not _not_heading_text(text)
        )


def _reference_words(text: str) -> bool:
    """Whether ``text`` holds a word ``_REFERENCE_LIKE`` needs."""
    return (
        "nr." in text
        or "blz." in text
        or "Kamerstuk" in text
        or "http" in text
        or "www." in text
        or "@" in text
    )


def _not_heading_text(text: str) -> bool:
    """Whether folded text has a sentence break, or is a citation, a table row or caption, a
    table-of-contents entry ("Inleiding ..... 3") or only figures."""
    return bool(
        ((". " in text or "; " in text) and _SENTENCE_BREAK.search(text))
        or (_reference_words(text) and _REFERENCE_LIKE.search(text))
        or _TABLE_LIKE.search(text)
        or (text.startswith(_CAPTION_WORDS) and _CAPTION.match(text))
        or (text[-1].isdecimal() and _TOC_ENTRY.search(text))
        or _numeric(text)
    )


def _numeric(text: str) -> bool:
    """Whether folded, non-empty ``text`` is only figures (``_NUMERIC``), tried only when it
    starts with what such a line can start with (most texts start with a letter)."""
    first = text[0]
    return (first.isdecimal() or first in _NUMERIC_STARTS) and _NUMERIC.match(text) is not None


def _opening(line: str) -> str:
    return " ".join(line.split()[:2]).lower()


def _previous_number(number: str) -> str:
    """ "3" -> "2", "2.4" -> "2.3": the number an enumeration item follows."""
    *head, last = number.split(".")
    return ".".join([*head, str(int(last) - 1)])


# The first words of each ministry's name, all but its last ("Binnenlandse", "Binnenlandse
# Zaken", "Binnenlandse Zaken en", ...).
_NAME_STARTS = frozenset(
    " ".join(words[:size])
    for words in (plain.split(" ") for plain in PLAIN_NAMES)
    for size in range(1, len(words))
)


# The last words of those ("Zaken", "en", ...): a line not ending in one is no partial name.
_NAME_START_ENDS = frozenset(start.rsplit(" ", 1)[-1] for start in _NAME_STARTS)


def _partial_ministry(words: list[str]) -> bool:
    """Whether the line ends in the first words of a ministry's name ("van Binnenlandse")."""
    return words[-1] in _NAME_START_ENDS and any(
        " ".join(words[-size:]) in _NAME_STARTS for size in (1, 2, 3)
    )


def _open_end(text: str) -> bool:
    """Whether a heading's line ends in a word that goes on on the next line: a joining word
    ("en", "van") or the first words of a ministry's name."""
    words = text.split()
    return words[-1].lower() in _CONTINUATION_WORDS or _partial_ministry(words)


class _FirstKinds(dict[str, int]):
    """A text's kind by its first character: 1 a capital or "(", 2 a digit, else 0 (most
    lines, prose going on in lower case). Each distinct character is classified the first
    time it is looked up, so the texts are classified by a C-level pass of look-ups, not
    tested one by one."""

    def __missing__(self, first: str) -> int:
        kind = self[first] = 1 if first.isupper() or first == "(" else 2 if first.isdecimal() else 0
        return kind


def _first_kinds(texts: list[str]) -> list[int]:
    """The kind of each text (see ``_FirstKinds``)."""
    return list(map(_FirstKinds().__getitem__, map(itemgetter(0), texts)))


def find_headings(doc: SourceDocument) -> list[Heading]:
    """The headings of one document, in document order (levels are set by ``sections``)."""
    scan = _Scanner(doc)
    chapter = 0  # last accepted top number ("2" or "2.")
    sub: dict[str, int] = {}  # last sub number per parent number
    longest = max(MAX_HEADING, 1.1 * scan.width)
    lines, content, texts, notes = scan.lines, scan.content, scan.texts, scan.footnotes
    done = 0  # last line of the last heading or signature: its lines are taken
    # The lines that may start a heading: short content that is numbered ("2.3 Titel") or
    # starts with a capital or "(" outside a footnote block. Most lines are prose and fail
    # on their first character, by C-level passes; the decisions below take the rest in order.
    kinds = _first_kinds(texts)
    for position in compress(range(len(texts)), kinds):
        line = content[position]
        text = texts[position]
        if line <= done or len(text) > longest:
            continue
        if kinds[position] == 2:  # a digit: a numbered line, which holds a space
            if " " not in text or not (m := _NUMBERED.match(lines[line - 1])):
                continue
        elif line in notes:
            continue
        else:
            m = None
            if text[-1] == "?" and _opening(text) in scan.labels:
                continue  # a block label ("Wat wil het kabinet?") is never a heading
        if len(text) > _LONG and not scan.long_line_counts(line, text):
            continue
        if not scan.closes_paragraph(position):
            continue
        if m:
            number, title = m.group("number"), fold(m.group("text"))
            if not title[0].isupper() or scan.in_list(position, m):
                continue
            last, joined = scan.join(line, _unglue(title))
            if not scan.heading_text_ok(joined, last > line):
                continue
            follow = scan.after(position) if last == line else scan.layout.next(last)
            if not scan.opens_paragraph(line, last, follow, True):
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
            scan.headings.append(Heading(line, last, joined, number, follow))
            done = last
            continue
        if text[-1] == "?":  # a question printed once (not a label: see above)
            follow = scan.after(position)
            if scan.opens_paragraph(line, line, follow, False) and len(text.split()) <= 10:
                scan.headings.append(Heading(line, line, text, None, follow))
            continue
        last, joined = scan.join(line, _unglue(text))
        after = scan.after(position)  # (the line after a heading on one line: looked up once)
        if scan.signature(joined, after):
            scan.signatures.add(last)
            done = last
            continue
        if scan.heading_text_ok(joined, last > line):
            follow = after if last == line else scan.layout.next(last)
            if scan.opens_paragraph(line, last, follow, False):
                scan.headings.append(Heading(line, last, joined, None, follow))
                done = last
    return scan.headings
