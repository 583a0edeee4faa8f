"""Kamerstukken, moties, amendementen and toezeggingen cited in a document.

A reader who finds a claim in the data wants the parliamentary paper behind it, so every
citation is kept with its exact place and text. The patterns run over the whole text,
not line by line, because the extraction breaks citations over lines ("(Kamerstuk" /
"29 282, nr. 508)") and glues footnote numbers to them ("29 Kamerstuk 29 282, nr. 502",
"de motie van het lid Tielen21"); a motie that carries a footnote marker gets its dossier
and number from that footnote.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from budgetkit.extract.warnings import ExtractWarning
from budgetkit.sources import SourceDocument
from budgetkit.textmodel import at_literal, matches_at, occurrences

# "29 282", "29282", "21 501-31", "36 200 XVI": a dossier, with a sub-number or a
# budget chapter in Roman numerals.
# A dossier printed with too few digits ("Kamerstuk 247, nr. 356") is still a citation.
_DOSSIER = r"(?:\d{2}\s\d{3}|\d{3,6})(?:-\d+)?(?:\s+[IVXL]+\b)?"
KAMERSTUK = re.compile(
    r"Kamerstuk(?:ken)?(?:\s+II)?(?:\s+\d{4}/\d{2},)?\s+"
    rf"(?P<dossiers>{_DOSSIER}(?:\s*(?:,|en)\s*{_DOSSIER})*)"
    r"(?:,\s*[A-Z][^,()\n]{0,60})?,?\s*nr\.\s*(?P<number>\d+)"
)
_NAME = r"(?:(?:[Vv]an|[Dd]en|[Dd]er|[Dd]e|in\s+'t)\s+)*[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)*"
MOTIE = re.compile(
    r"(?=[MmAa])(?P<kind>[Mm]otie|[Aa]mendement)\s+van\s+(?:het\s+lid|de\s+leden)\s+"
    rf"{_NAME}(?:(?:\s*,\s*|\s+en\s+){_NAME})*(?:\s+c\.s\.)?"
    r"(?P<marker>\d{1,3}(?![\d.,]))?"
)
# "motie Segers/Asscher", "motie-Bruins", "motie 35300 XVI 72 Dik-Faber"
MOTIE_SHORT = re.compile(
    r"(?P<kind>[Mm]otie)(?:-\s?|\s+)"
    rf"(?:(?P<dossier>\d{{5}}(?:\s+[IVXL]+)?)\s+(?P<number>\d+)\s+)?{_NAME}(?:\s?[/-]\s?{_NAME})*"
)
# "\b[Tt]oezegging\b", written to start with a letter so that the scan skips ahead faster
TOEZEGGING = re.compile(r"[Tt](?<!\w[Tt])oezegging\b")
# A sentence stop, two or more blank lines, or a line break before a bullet or footnote. The
# pattern starts on one class of the characters every branch starts with, so the engine skips
# to them by a fast scan (alternatives each starting on its own character are tried at every
# position); the look-behind then says which branch the character opened.
_BOUNDARY = re.compile(
    r"[.!?\n](?:(?<=[.!?])(?=\s+[A-Z«“‘(•]|\s*$)|(?<=\n)[ \t]*\n(?:[ \t]*\n)+"
    r"|(?<=\n)(?=\s*(?:•|\d{1,3}\s+[A-Z])))"
)
_CLAUSE_STOP = re.compile(r"[.!?](?=\s+[A-Z])|\n\s*\n")
_ABBREVIATIONS = ("nr.", "c.s.", "jl.", "bv.", "o.a.", "i.c.m.", "m.b.t.", "a.s.")


# Where each pattern's matches start: ``offset`` characters before a word it cannot match
# without. Their own scans find no literal to skip ahead with and cost more than the rest
# of a short document; a search for the words is about fifteen times faster, and each word
# is searched once per document ("otie" serves both motie patterns).
_ANCHORS = {
    KAMERSTUK: (("Kamerstuk", 0),),
    MOTIE: (("otie", 1), ("mendement", 1)),
    MOTIE_SHORT: (("otie", 1),),
    TOEZEGGING: (("oezegging", 1),),
}


def _finditer(
    pattern: re.Pattern[str], text: str, words: dict[str, list[int]]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only where a match can start; ``words``: where each
    anchor word of ``_ANCHORS`` stands in ``text``."""
    starts = sorted(start - offset for word, offset in _ANCHORS[pattern] for start in words[word])
    return matches_at(pattern, text, starts)


# Each anchor word is found by the fastest scan, as timed on the sources (for a text of
# two-byte characters, every text with a "€"): ``str.find`` of the word ("mendement"), of its
# first letter where that is rare ("K"), the word checked there, or the regex engine's own
# scan: "otie" and "oezegging" both start with "o", to which the engine skips in C, so one
# scan finds both (two cost about twice as much).
_KAMERSTUK_WORD = re.compile("Kamerstuk")
_O_WORDS = re.compile("o(?:tie|ezegging)")  # no occurrence of either can overlap another


def _word_places(text: str) -> dict[str, list[int]]:
    """Where each anchor word of ``_ANCHORS`` stands in ``text``, in text order."""
    places: dict[str, list[int]] = {
        "Kamerstuk": [m.start() for m in at_literal(_KAMERSTUK_WORD, text, "K")],
        "mendement": list(occurrences(text, "mendement")),
        "otie": [],
        "oezegging": [],
    }
    for m in _O_WORDS.finditer(text):
        places[m.group()].append(m.start())
    return places


_HYPHEN_BREAK = re.compile(r"-\s*\n")


def fold(text: str) -> str:
    """White space folded, words hyphenated across a line break joined again."""
    if _HYPHEN_BREAK.search(text):  # what a hyphenated break holds, found by a fast scan
        text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text)
    return " ".join(text.split())


def dossier_code(raw: str) -> str:
    """ "36 200 XVI" -> "36200-XVI", "29 282" -> "29282": the form the Kamer's site uses."""
    parts = raw.split()
    roman = [p for p in parts if re.fullmatch(r"[IVXL]+", p)]
    digits = "".join(p for p in parts if p not in roman)
    return "-".join([digits, *roman])


def _dossiers(raw: str) -> str:
    return ";".join(dossier_code(d) for d in re.findall(_DOSSIER, raw))


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end]: bounded by a full stop that ends a sentence
    (not one of "nr.", "c.s."), two blank lines (one is only line spacing in double-spaced
    text), a bullet or a footnote starting a line; at most a few hundred characters."""
    left = max(0, start - 400)
    begin = left if left == 0 else text.find(" ", left, start) + 1
    for m in _BOUNDARY.finditer(text[left:start]):
        stop = left + m.end()
        if not text.endswith(_ABBREVIATIONS, 0, stop):
            begin = stop
    finish = min(len(text), end + 400)
    for m in _BOUNDARY.finditer(text[end:finish]):
        stop = end + m.end()
        if not text.endswith(_ABBREVIATIONS, 0, stop):
            finish = stop
            break
    return fold(text[begin:finish])


def _footnote_number(text: str, start: int) -> str | None:
    """The number opening the footnote whose text starts at ``start`` ("21 Kamerstuk ...": a
    line holding white space, one to three digits and white space before it), else None.
    Read backwards from ``start``, only as far as that line's start can be."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == start:  # no white space between the number and the text
        return None
    begin = end
    while begin > 0 and end - begin < 4 and text[begin - 1].isdecimal():
        begin -= 1
    if not 1 <= end - begin <= 3:
        return None
    line = begin
    while line > 0 and text[line - 1] != "\n" and text[line - 1].isspace():
        line -= 1
    return text[begin:end] if line == 0 or text[line - 1] == "\n" else None


def _footnotes(text: str, kamerstukken: list[int]) -> dict[str, re.Match[str]]:
    """Footnote number -> the Kamerstuk its footnote cites ("21 Kamerstuk 36 200 XVI, nr. 46").

    Found from each "Kamerstuk" (``kamerstukken``: where the word stands) back to the number
    before it: a pattern that starts at every line start would try each line of the document.
    """
    found: dict[str, re.Match[str]] = {}
    for start in kamerstukken:
        number = _footnote_number(text, start)
        cite = KAMERSTUK.match(text, start) if number is not None else None
        if cite:
            found.setdefault(number, cite)
    return found


def _row(
    doc: SourceDocument, start: int, end: int, kind: str, dossier: str | None, number: str | None
) -> dict[str, Any]:
    line, column = doc.line_col(start)
    return {
        "reference_id": f"{doc.id}:{line}:{column}",
        "document_id": doc.id,
        "line": line,
        "column": column,
        "kind": kind,
        "quote": doc.text[start:end],
        "dossier": dossier,
        "number": number,
        "context": sentence_around(doc.text, start, end),
    }


def _kamerstuk_in(text: str, end: int) -> re.Match[str] | None:
    """A Kamerstuk cited right after a motie or toezegging, in the same sentence."""
    window = text[end : end + 200]
    stop = _CLAUSE_STOP.search(window)
    return KAMERSTUK.search(text, end, end + (stop.start() if stop else len(window)))


def extract_references(
    doc: SourceDocument, warnings: list[ExtractWarning] | None = None
) -> list[dict[str, Any]]:
    """Every citation in the document, in document order. (A citation either matches or is
    not one, so there is nothing to warn about; ``warnings`` is only the extractors' common
    signature.)"""
    text = doc.text
    words = _word_places(text)
    rows: dict[int, dict[str, Any]] = {}
    for m in _finditer(KAMERSTUK, text, words):
        rows[m.start()] = _row(
            doc, m.start(), m.end(), "kamerstuk", _dossiers(m.group("dossiers")), m.group("number")
        )
    footnotes = _footnotes(text, words["Kamerstuk"])
    taken: list[tuple[int, int]] = []
    for m in _finditer(MOTIE, text, words):
        end = m.start("marker") if m.group("marker") else m.end()
        cite = footnotes.get(m.group("marker") or "") or _kamerstuk_in(text, end)
        dossier = _dossiers(cite.group("dossiers")) if cite else None
        rows[m.start()] = _row(
            doc,
            m.start(),
            end,
            m.group("kind").lower(),
            dossier,
            cite.group("number") if cite else None,
        )
        taken.append((m.start(), end))
    for m in _finditer(MOTIE_SHORT, text, words):
        if any(start <= m.start() < end for start, end in taken):
            continue
        dossier = dossier_code(m.group("dossier")) if m.group("dossier") else None
        rows[m.start()] = _row(doc, m.start(), m.end(), "motie", dossier, m.group("number"))
    for m in _finditer(TOEZEGGING, text, words):
        cite = _kamerstuk_in(text, m.end())
        dossier = _dossiers(cite.group("dossiers")) if cite else None
        rows[m.start()] = _row(
            doc, m.start(), m.end(), "toezegging", dossier, cite.group("number") if cite else None
        )
    return [rows[start] for start in sorted(rows)]
