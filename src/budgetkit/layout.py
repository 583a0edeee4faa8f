"""The page layout of a document's text: what is printed on every page, not said once.

Text extracted from a printed budget carries the pages' furniture in the middle of its
sentences: running headers and footers (the title, "Rijksbegroting 2021", with a page
number), footnote blocks after a "_________" rule, and in some extractions an empty line
after every line of text, so that one empty line is line spacing and not a paragraph
break. Headings, ministries and measures all need to step over them, so they are found
once per document here, as are the paragraphs they delimit.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_right
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from budgetkit.textmodel import TextModel

#: Longest line that can be a heading or a running header.
MAX_HEADING = 80
_PAGE_NUMBER = re.compile(r"\s*\d+\s*$")
_NUMBERED_LINE = re.compile(r"\s\d+\s*$")
_WORDY = re.compile(r"[^\W\d]{3}")
_RULE = re.compile(r"\s*_{5,}\s*")
_INDENTED = re.compile(r"\s\S")
_QUESTION_END = re.compile(r"\?[^\S\n]*$", re.MULTILINE)
# A footnote's first line: its number, then its text ("21 Kamerstuk 36 200 XVI, nr. 46").
FOOTNOTE_START = re.compile(r"^\d{1,3}\s+\S")
#: Lines a footnote block may run on after its rule: about a page's worth of notes.
_FOOTNOTE_BLOCK = 40


def fold(text: str) -> str:
    """White space folded to single spaces, ends trimmed."""
    return " ".join(text.split())


def _normal(line: str) -> str:
    return fold(_PAGE_NUMBER.sub("", line))


def double_spaced(folded: list[str]) -> bool:
    """Whether the extraction put an empty line after (nearly) every line of text, so that
    one empty line is line spacing and not a paragraph break. ``folded``: the folded lines,
    empty exactly where a line is blank."""
    filled = list(map(bool, folded))
    content = sum(filled[:-1])  # lines of text, the last line not counted
    spaced = sum(map(operator.gt, filled[:-1], filled[1:]))  # text followed by a blank line
    return spaced > 0.8 * content


def page_furniture(
    lines: list[str], folded: list[str], title: str, budget_year: int | str | None
) -> set[int]:
    """Line numbers of running page headers and footers.

    A running line repeats with a page number after it (in one place at least apart from
    the words: "Vereniging van Nederlandse Gemeenten 37", elsewhere "...Gemeenten28"; a
    number that is always glued on is a footnote marker), repeats the document title, or
    names the budget ("Financiën en Nationale Schuld Rijksbegroting 2021"); printed once
    per page, it lands anywhere in the text.
    """
    # A folded line ends in the line's last character that is not white space; only a line
    # ending in a digit can carry a page number, so only those are normalised (and the
    # per-line work below is done by list and Counter methods, not by Python per line).
    glued = [index for index, text in enumerate(folded) if text[-1:].isdecimal()]
    normal = folded.copy()
    for index in glued:
        normal[index] = _normal(lines[index])
    numbered = Counter(
        normal[index] for index in glued if normal[index] and _NUMBERED_LINE.search(lines[index])
    )
    # only lines printed once with a page number can repeat as a running line: count those
    counts = Counter(normal)
    repeated = {n for n in numbered if counts[n] >= 2}
    targets = repeated | {_normal(title)}
    running = [index for index, n in enumerate(normal, start=1) if n in targets]
    if budget_year:
        ending = f"Rijksbegroting {budget_year}"
        footer = re.compile(rf"^.{{0,60}}\b{ending}$")
        running += [
            index
            for index, text in enumerate(folded, start=1)
            if text.endswith(ending) and footer.match(text)
        ]
    return {
        index
        for index in running
        if len(normal[index - 1]) <= MAX_HEADING and _WORDY.search(normal[index - 1])
    }


def footnote_zones(lines: list[str], furniture: set[int]) -> set[int]:
    """Lines of footnote blocks that follow a "_________" rule, up to the text resuming.

    In the extraction the text after a footnote block resumes on a line indented by a
    space or after the page's running header; a block is never longer than a page's
    worth of notes.
    """
    zone: set[int] = set()
    for index, line in enumerate(lines, start=1):
        if "_____" in line and _RULE.fullmatch(line):
            for follow in range(index, min(index + _FOOTNOTE_BLOCK, len(lines)) + 1):
                text = lines[follow - 1]
                if follow > index and (_INDENTED.match(text) or follow in furniture):
                    break
                zone.add(follow)
    return zone


class PageLayout:
    """Folded lines, running headers, footnote blocks, line spacing and paragraphs of one
    document (line numbers are 1-based)."""

    def __init__(self, model: TextModel) -> None:
        self.lines = model.lines
        self.folded = [" ".join(line.split()) for line in model.lines]  # fold(), inlined
        self.furniture = page_furniture(model.lines, self.folded, model.title, model.budget_year)
        self.footnotes = footnote_zones(model.lines, self.furniture)
        self.double_spaced = double_spaced(self.folded)
        # lines ending in a question mark: repeated ones are block labels ("Wat wil het
        # kabinet?"), others may be headings
        self.questions = [model.line_col(m.start())[0] for m in _QUESTION_END.finditer(model.text)]
        # the content line before each line (running headers and blank lines skipped)
        self.previous: list[int | None] = [None]
        last = None
        for index, text in enumerate(self.folded, start=1):
            self.previous.append(last)
            if text and index not in self.furniture:
                last = index
        self._paragraphs: tuple[list[int], list[list[int]]] | None = None
        self._clipped: dict[tuple[int, int, int], list[int]] = {}  # paragraph within bounds

    def _segment(self) -> tuple[list[int], list[list[int]]]:
        """(paragraph index per line, or -1; content lines of each paragraph).

        A paragraph ends at an empty line, or in double-spaced text at two (one is line
        spacing). Running headers are stepped over; a footnote block is stepped over by the
        text around it, and each footnote in it is a paragraph of its own.
        """
        tolerance = 1 if self.double_spaced else 0
        which = [-1] * (len(self.lines) + 1)
        paragraphs: list[list[int]] = []
        for in_note in (False, True):
            current: list[int] | None = None
            gap = 0
            for number in range(1, len(self.lines) + 1):
                if number in self.furniture or (number in self.footnotes) != in_note:
                    if in_note:
                        current = None  # a footnote ends where the block does
                    continue
                if not self.folded[number - 1]:
                    gap += 1
                    if gap > tolerance:
                        current = None
                    continue
                if current is None or (in_note and FOOTNOTE_START.match(self.lines[number - 1])):
                    current = []
                    paragraphs.append(current)
                gap = 0
                current.append(number)
                which[number] = len(paragraphs) - 1
        return which, paragraphs

    def paragraph(self, line: int, low: int, high: int) -> list[int]:
        """The content lines of the paragraph holding ``line``, kept within ``low`` to
        ``high`` (a section's own lines); a line that is not content stands alone."""
        if self._paragraphs is None:
            self._paragraphs = self._segment()
        which, paragraphs = self._paragraphs
        if which[line] < 0:
            return [line]
        key = (which[line], low, high)
        clipped = self._clipped.get(key)
        if clipped is None:
            lines = paragraphs[which[line]]
            clipped = lines[bisect_right(lines, low - 1) : bisect_right(lines, high)]
            self._clipped[key] = clipped
        return clipped
