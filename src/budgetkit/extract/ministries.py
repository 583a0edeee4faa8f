"""Ministries named in a text: by full name, abbreviation or title ("het ministerie van VWS").

A section, an amount and a measure get their ministry from what the text names, so the
names (with their printed spelling variants) and the counting of mentions live here, for
the heading reader, the section tree and the ministry placer alike.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator

from budgetkit.textmodel import occurrences

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


def _by_last_character(words: Iterable[str]) -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """``words`` grouped by their last character, and under it by their length: the words of
    one length are tested at once (``str.startswith`` takes a tuple)."""
    groups: dict[str, dict[int, list[str]]] = {}
    for word in words:
        groups.setdefault(word[-1], {}).setdefault(len(word), []).append(word)
    return {
        last: tuple((size, tuple(group)) for size, group in sized.items())
        for last, sized in groups.items()
    }


# The abbreviations by their last character, a capital ("K", "W", "V", "S"): rare in running
# text, and ``str.find`` goes from one to the next by a scan in C.
_ABBREVIATION_ENDS = _by_last_character(MINISTRY_ABBREVIATIONS)
# The first words of the names (and the abbreviations): every name starts with one, so a
# text none of them occurs in names no ministry, found with one scan instead of eighteen.
_FIRST_WORDS = re.compile(
    "|".join(
        sorted(
            {re.match(r"[^\s(\[]+", name).group() for name, _code in MINISTRY_NAMES}
            | {re.escape(a) for a in MINISTRY_ABBREVIATIONS}
        )
    )
)
# The first word of each name, which every match of its pattern holds.
_NAME_FIRST_WORDS = [re.match(r"[^\s(\[]+", name).group() for name, _code in MINISTRY_NAMES]
# In running text a ministry is named with its title, not as a bare word like "Defensie".
# (the lookahead adds nothing but lets the scan skip to the letters a title starts with)
_TEXT_MENTION = re.compile(
    r"(?=[MmSsBb])(?:[Mm]inisterie|[Mm]inister|[Ss]taatssecretaris|begroting|[Bb]egrotingshoofdstuk)"
    r"\s+van\s+(?:het\s+|de\s+)?"
)


def ministry_named(text: str) -> str | None:
    """Code of the first ministry named (full name or abbreviation) in ``text``; of two
    names starting at one place the longer ("Economische Zaken en Klimaat")."""
    if not _FIRST_WORDS.search(text):
        return None
    hits = [
        (m.start(), -len(m.group()), code)
        for first, (pattern, code) in zip(_NAME_FIRST_WORDS, _NAME_PATTERNS, strict=True)
        if first in text  # (a name's pattern is tried only where its first word is)
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
# (one word at a time) is several times faster than the pattern's own scan, and ``str.find``
# finds a long word two to three times faster than a regex of it (it skips ahead by the
# word's length where the regex engine compares character by character).
_MENTION_WORDS = ("inister", "taatssecretaris", "egroting")


def _text_mentions(text: str) -> Iterator[re.Match[str]]:
    """What ``_TEXT_MENTION.finditer(text)`` finds, faster."""
    # (most texts asked about, a sentence, hold none of the words: told by ``in`` first)
    words = [word for word in _MENTION_WORDS if word in text]
    if not words:
        return
    end = 0
    for start in sorted(at - 1 for word in words for at in occurrences(text, word)):
        if start < end:
            continue
        m = _TEXT_MENTION.match(text, start) if start >= 0 else None
        if m:
            end = m.end()
            yield m


def _abbreviations(text: str) -> list[re.Match[str]]:
    """What ``_ABBREVIATION.finditer(text)`` finds, three times faster: each abbreviation is
    found from its last character (see ``_ABBREVIATION_ENDS``) and the pattern matched where
    it starts, instead of the pattern's eleven alternatives tried at every character. No two
    matches overlap (one starting inside another has a letter or "&" before it), so they are
    those ``finditer`` finds."""
    found = [
        m
        for last, sized in _ABBREVIATION_ENDS.items()
        if last in text  # (most sentences hold few of the capitals)
        for end in occurrences(text, last)
        for size, words in sized
        if end + 1 >= size
        and text.startswith(words, end + 1 - size)
        and (m := _ABBREVIATION.match(text, end + 1 - size))
    ]
    found.sort(key=re.Match.start)
    return found


def _name_at(text: str, offset: int) -> str | None:
    return _name_match(text, offset)[0]


# The names as one pattern, each its own group, in their order: a match at an offset is the
# first name that matches there, as trying them one by one finds it (one call, not 18).
_NAME_AT = re.compile("|".join(f"({pattern.pattern})" for pattern, _code in _NAME_PATTERNS))
_NAME_CODES = [code for _pattern, code in _NAME_PATTERNS]


def _name_match(text: str, offset: int) -> tuple[str | None, int]:
    """The code of the ministry named at ``offset`` and where its name ends."""
    m = _NAME_AT.match(text, offset)
    if m:
        return _NAME_CODES[m.lastindex - 1], m.end()
    m = _ABBREVIATION.match(text, offset)
    return (MINISTRY_ABBREVIATIONS[m.group(1)], m.end()) if m else (None, offset)


class MentionIndex:
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

    def between(self, text: str, start: int, end: int) -> Counter[str]:
        """``ministry_mentions`` of ``text[start:end]``, from the index where it can say."""
        counts = self.count(start, end)
        return counts if counts is not None else ministry_mentions(text[start:end])


# The ministries' names as plain text, their optional parts included.
PLAIN_NAMES = tuple(
    name.replace("(?:", "").replace(")?", "").replace("[Zz]", "Z") for name, _code in MINISTRY_NAMES
)
