"""The page layout of a document's text: what is printed on every page, not said once.

Text extracted from a printed budget carries the pages' furniture in the middle of its
sentences: running headers and footers (the title, "Rijksbegroting 2021", with a page
number), footnote blocks after a "_________" rule, and in some extractions an empty line
after every line of text, so that one empty line is line spacing and not a paragraph
break. Headings, ministries and measures all need to step over them, so they are found
once per document here, as are the paragraphs they delimit.

Everything here is computed for every line of every document, so it is computed by
passes of C-level ``map``/``compress`` over the lines (about 30 ns a line each), never by
a Python test per line (about 100-500 ns): a document's lines are folded, classified as
text or blank and listed by number once, and the rest works on the few lines that can
matter (those ending in a digit, holding a rule, ...).
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from functools import cached_property
from itertools import compress, filterfalse, repeat
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from budgetkit.textmodel import TextModel

T = TypeVar("T")

#: Longest line that can be a heading or a running header.
MAX_HEADING = 80
_WORDY = re.compile(r"[^\W\d]{3}")
_RULE = re.compile(r"\s*_{5,}\s*")
_INDENTED = re.compile(r"\s\S")
#: A page's foot as its last line: words, and the page's number set apart at its end.
FOOT_NUMBERED = re.compile(r"\s*[^\W\d_].*\S {2,}\d{1,3}\s*")
# A footnote's first line: its number, then its text ("21 Kamerstuk 36 200 XVI, nr. 46").
FOOTNOTE_START = re.compile(r"^\d{1,3}\s+\S")
#: Lines a footnote block may run on after its rule: about a page's worth of notes.
_FOOTNOTE_BLOCK = 40
# A line holding only a page number, as a PDF's text layer prints it between two pages'
# text: "12", "- 12 -", "– 12 –", "Pagina 12 van 30", "blz. 12", "12/30".
PAGE_NUMBER = re.compile(
    r"(?:[-–—] ?)?\d{1,4}(?: ?[-–—])?|\d{1,4} ?/ ?\d{1,4}"
    r"|(?i:pagina|blz\.?|p\.) ?\d{1,4}(?: ?(?:van|/) ?\d{1,4})?"
)

#: A Kamerstuk's running foot with the page's number after it, as the text layer of a
#: Kamerstuk's PDF prints it, folded: the session and the dossier's number, the piece's
#: number, one space and the page's ("Tweede Kamer, vergaderjaar 2012–2013, 33 532, nr. 1
#: 1"), on a first page after the printer's place and year ("'s-Gravenhage 2013 Tweede
#: Kamer, ..."). A sentence citing the piece prints no bare number after its "nr. 1": the
#: line is the page's foot wherever it stands, no form feed needed.
_KAMERSTUK_FOOT_WORDS = (
    r"(?:[^€$£¥ƒ]{1,40} )?(?:Tweede|Eerste) Kamer, vergaderjaar (?:19|20)\d\d[–-](?:19|20)\d\d"
    r", [^€$£¥ƒ]{1,40}?, nr\. \d{1,4}"
)
KAMERSTUK_FOOT = re.compile(_KAMERSTUK_FOOT_WORDS + r" \d{1,4}")
#: The same foot without the page's number, which the text layer printed on the line under
#: it ("Tweede Kamer, vergaderjaar 2024–2025, 36 640, nr. 4" / "1"): furniture only with
#: that line under it, as a sentence citing the piece may end a line so.
KAMERSTUK_FOOT_APART = re.compile(_KAMERSTUK_FOOT_WORDS)


def fold(text: str) -> str:
    """White space folded to single spaces, ends trimmed."""
    return " ".join(text.split())


#: The white space characters other than the space and the line break (what ``str.split``
#: splits at): none is printable, and most texts hold none of them. Written out, because
#: finding them among all code points took 50 ms of every command's start-up; a test holds
#: the list to ``str.isspace``.
ODD_SPACES = (
    "\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_ASCII_SPACES = tuple(filter(str.isascii, ODD_SPACES))
_WIDE_SPACES = tuple(filterfalse(str.isascii, ODD_SPACES))


def lines_holding(model: TextModel, word: str, rare_start: bool = False) -> list[int]:
    """0-based indices of the lines holding ``word`` (which holds no line break), ascending:
    found by ``str.find`` over the whole text, a scan in C, instead of a test per line.

    With ``rare_start``, for a word whose first character is rare in text ("_", "R"), the
    word is looked for where that character stands: ``str.find`` goes to a single character
    by ``memchr``, several times faster than its search for a longer word.

    A word holding a character past ASCII ("≥", a box's corner "╒") can only stand on the
    lines holding one: it is looked for in those first (``TextModel.wide_text``, a fifth of
    a text or less), where most texts do not hold it, instead of the whole text.
    """
    text, starts = model.text, model.line_starts
    if not word.isascii() and not _held(model.wide_text, word):
        return []
    found = []
    at = _find(text, word, 0, rare_start)
    while at >= 0:
        index = bisect_right(starts, at) - 1
        found.append(index)
        if index + 1 == len(starts):
            break
        at = _find(text, word, starts[index + 1], rare_start)
    return found


def _held(text: str, word: str) -> bool:
    """``word in text``; for a character that ``in`` finds slowly (``_found_slowly``),
    ``str.count``, which compares each character once, in half the time."""
    return bool(text.count(word)) if _found_slowly(word) else word in text


def _found_slowly(word: str) -> bool:
    """Whether ``word`` is one character that ``str.find`` finds slowly in a text of two-byte
    characters (every text with a "€"): one past Latin-1 whose low byte is a zero ("\u2000",
    "\u3000"), the high byte of every ASCII character, or a printable ASCII character's ("≥",
    U+2265, and "e"; "≤" and "d"). CPython looks for a character by ``memchr`` of its low
    byte, which stops at every such ASCII character, a few characters apart (and is not used
    for a zero)."""
    if len(word) != 1 or ord(word) <= 0xFF:
        return False
    low = ord(word) & 0xFF
    return low == 0 or 0x20 <= low < 0x7F


def lines_matching(model: TextModel, pattern: re.Pattern[str]) -> list[int]:
    """0-based indices of the lines where ``pattern`` (which matches no line break) matches,
    ascending: one regex scan for several words at once, each line searched on from its next
    line once it is found. A pattern that opens with a literal character ("." of a dot
    leader) is looked for by the engine's fast search for that character: one scan for
    "...." and ". . . ." takes a third of the time two ``lines_holding`` scans do.
    """
    text, starts = model.text, model.line_starts
    found = []
    m = pattern.search(text)
    while m is not None:
        index = bisect_right(starts, m.start()) - 1
        found.append(index)
        if index + 1 == len(starts):
            break
        m = pattern.search(text, starts[index + 1])
    return found


def _find(text: str, word: str, start: int, rare_start: bool) -> int:
    """``text.find(word, start)``; with ``rare_start`` from each occurrence of its first
    character."""
    if not rare_start:
        return text.find(word, start)
    at = text.find(word[0], start)
    while at >= 0 and not text.startswith(word, at):
        at = text.find(word[0], at + 1)
    return at


def fold_lines(model: TextModel, spaced: list[int]) -> list[str]:
    """``fold`` of every line, three times faster than calling it on each.

    A line's fold is the line stripped unless white space other than single spaces stands
    between its words: two spaces, or a tab, no-break space or other white space character.
    Those lines (a few in a hundred) are found by searching the whole text for two spaces
    (``spaced``: the lines holding them) and for each such character (absent from most
    texts: one fast scan each) and folded word by word. Most lines holding two spaces hold
    them only in their indentation, which stripping takes off: those are not folded again.
    """
    text, lines = model.text, model.lines
    folded = list(map(str.strip, lines))
    irregular = {index for index in spaced if "  " in folded[index]}
    for space in _ASCII_SPACES:
        if space in text:
            irregular.update(lines_holding(model, space))
    if not text.isascii():
        # the others stand only on the lines that are not ASCII, looked through joined
        # (``wide_text``), instead of the whole text for each
        wide = model.wide_text
        for space in _WIDE_SPACES:
            if _held(wide, space):
                irregular.update(lines_holding(model, space))
    for index in irregular:
        folded[index] = fold(folded[index])
    return folded


def _without_page_number(line: str) -> tuple[str, bool]:
    r"""(the line folded without the number at its end, whether white space stands before
    that number): what ``fold(re.sub(r"\s*\d+\s*$", "", line))`` and
    ``re.search(r"\s\d+\s*$", line)`` say, read backwards from the end instead of trying
    the patterns at every character."""
    text = line.rstrip()
    end = len(text)
    while end and text[end - 1].isdecimal():
        end -= 1
    return fold(text[:end]), 0 < end < len(text) and text[end - 1].isspace()


def kamerstuk_feet(model: TextModel, folded: list[str]) -> set[int]:
    """Line numbers of the lines printing a Kamerstuk's running foot with the page's number
    at its end (``KAMERSTUK_FOOT``): a page's end, whatever the text layer prints around
    it. Its words say it is the foot: printed once, on the one page a table or a sentence
    runs over, it is furniture as a repeated running line is. ``folded``: the lines'
    folds."""
    if "vergaderjaar" not in model.text:
        return set()
    return {
        index + 1
        for index in lines_holding(model, "vergaderjaar")
        if KAMERSTUK_FOOT.fullmatch(folded[index]) is not None
        and not _row_among_rows(model.lines, index)
    }


def _row_among_rows(lines: list[str], index: int) -> bool:
    """Whether line ``index``, worded as a Kamerstuk's foot, is a row of a table citing the
    piece in its label ("Omtzigt, Tweede Kamer, vergaderjaar 2023–2024, 36 410, nr. 14
    250"): the lines right above and below it end in a figure where its number ends, each
    padded apart from the text before it, as rows of aligned columns do (a page's foot
    stands apart, its number where no row's value stands right over and under it)."""
    if not 0 < index < len(lines) - 1:
        return False
    end = len(lines[index].rstrip())
    for line in (lines[index - 1], lines[index], lines[index + 1]):
        text = line.rstrip()
        last = text.rsplit(None, 1)[-1] if text.strip() else ""
        if (
            len(text) != end
            or not last[:1].isdigit()
            or not text[: len(text) - len(last)].endswith("  ")
        ):
            return False
    return True


def double_spaced(filled: list[int], count: int) -> bool:
    """Whether the extraction put an empty line after (nearly) every line of text, so that
    one empty line is line spacing and not a paragraph break. ``filled``: the numbers of
    the lines with text, ascending, of ``count`` lines."""
    content = len(filled) - (1 if filled and filled[-1] == count else 0)  # not the last
    followed = list(map(operator.sub, filled[1:], filled[:-1])).count(1)  # by a line of text
    return content - followed > 0.8 * content  # text followed by a blank line


def page_furniture(
    model: TextModel, folded: list[str], filled: list[int], texts: list[str], lasts: list[str]
) -> set[int]:
    """Line numbers of running page headers and footers.

    A running line repeats with a page number after it (in one place at least apart from
    the words: "Vereniging van Nederlandse Gemeenten 37", elsewhere "...Gemeenten28"; a
    number that is always glued on is a footnote marker), repeats the document title, or
    names the budget ("Financiën en Nationale Schuld Rijksbegroting 2021"); printed once
    per page, it lands anywhere in the text; the title printed once without a page number
    is the document's heading, not a running line. ``filled``: the numbers of the lines with text;
    ``texts``: their folds; ``lasts``: the last characters of those.
    """
    lines, title, budget_year = model.lines, model.title, model.budget_year
    # A line's normal form is its fold without a page number at its end. Only a line whose
    # fold ends in a digit can carry one, so only those are normalised; every other line's
    # normal form is its fold. The number is stripped from the fold: a space before it (one,
    # in a fold) says it stands apart; a decimal digit other than 0-9 left at the end (never
    # in the documents) sends the line to ``_without_page_number``.
    last_digit = map(str.isdecimal, lasts)
    normal: dict[int, str] = {}  # by line number
    numbered = set()
    for number in compress(filled, last_digit):
        n = folded[number - 1].rstrip("0123456789")
        if n[-1:] == " ":
            n = normal[number] = n[:-1]
            numbered.add(n)
        elif n[-1:].isdecimal():
            n, spaced = _without_page_number(lines[number - 1])
            normal[number] = n
            if n and spaced:
                numbered.add(n)
        else:
            normal[number] = n
    # A numbered line is running when two lines share its normal form: the glued lines'
    # normal forms are counted above, the other lines' by one look-up each.
    title_normal = _without_page_number(title)[0]
    targets = numbered | {title_normal}
    counts = Counter(normal.values())
    # the other lines whose fold is a target (only lines with text: a blank one never runs)
    matching = [
        number
        for number in compress(filled, map(targets.__contains__, texts))
        if number not in normal
    ]
    counts.update(folded[number - 1] for number in matching)
    # the title runs when it repeats or carries a page number; printed once, bare, it is the
    # document's own heading (a web page's or a letter's first line)
    running = {n for n in numbered if counts[n] >= 2}
    running -= _rows_printed_twice(normal, folded, running)
    if title_normal in numbered or counts[title_normal] >= 2:
        running.add(title_normal)
    found = [number for number in matching if folded[number - 1] in running]
    found += [number for number, n in normal.items() if n in running]
    if budget_year:
        ending = f"Rijksbegroting {budget_year}"
        footer = re.compile(rf"^.{{0,60}}\b{ending}$")
        found += [
            index + 1
            for index in lines_holding(model, "Rijksbegroting", rare_start=True)
            if folded[index].endswith(ending) and footer.match(folded[index])
        ]
    return {
        number
        for number in found
        if len(text := normal.get(number, folded[number - 1])) <= MAX_HEADING
        and _WORDY.search(text)
    }


#: A figure closing a row's words before its last value, no year ("3.050", "-12"): a
#: running line's words end in a year at most ("Jaarverslag 2024").
_ROW_FIGURE = re.compile(r"(?:^|\s)[-–−]?(?!(?:19|20)\d\d$)[\d.,]*\d$")


def _rows_printed_twice(normal: dict[int, str], folded: list[str], running: set[str]) -> set[str]:
    """The normal forms among ``running`` that are a table's row printed twice on a page
    (one regeling's figures in two tables), not a running line: the text before the last
    number ends in a figure too, a row's value and no year ("Regeling sport   3.100
    3.050" before "50", ``_ROW_FIGURE``), and every line of that form ends in one same
    number, where a page's number changes from page to page. Taken for a running line, the
    row was cut out of its second table. ``normal``: the lines' normal forms by line
    number (``page_furniture``)."""
    figures = {n for n in running if _ROW_FIGURE.search(n)}
    if not figures:
        return set()
    ends: dict[str, set[str]] = defaultdict(set)
    for number, n in normal.items():
        if n in figures:
            ends[n].add(folded[number - 1][len(n) :].strip())
    return {n for n in figures if len(ends[n]) == 1}


def footnote_zones(model: TextModel, furniture: set[int]) -> set[int]:
    """Lines of footnote blocks that follow a "_________" rule, up to the text resuming.

    In the extraction the text after a footnote block resumes on a line indented by a
    space or after the page's running header; a block is never longer than a page's
    worth of notes.
    """
    lines = model.lines
    zone: set[int] = set()
    for index in rule_lines(model):
        if _notes_under(lines, index):
            for follow in range(index, min(index + _FOOTNOTE_BLOCK, len(lines)) + 1):
                text = lines[follow - 1]
                if follow > index and (_INDENTED.match(text) or follow in furniture):
                    break
                zone.add(follow)
    return zone


def rule_lines(model: TextModel) -> list[int]:
    """Numbers of the lines printing a rule alone ("_________"), ascending: over a page's
    footnotes, or between two pages' text."""
    lines = model.lines
    found = (index + 1 for index in lines_holding(model, "_____", rare_start=True))
    return [number for number in found if _RULE.fullmatch(lines[number - 1])]


def _notes_under(lines: list[str], rule: int) -> bool:
    """Whether the rule on line ``rule`` may stand over a page's footnotes. A rule a text
    layer prints between two pages, right under one's foot, which ends in the page's number
    set apart by a column's padding ("Voorjaarsnota 2016            7"), and over the next
    one's head ("Provincie Zuid-Holland   1 Financieel beeld"), has words under it: the next
    page's text, no notes (a note opens with its number or mark; one run on from the page
    before, under a rule after the text, opens with a word too, and is still one)."""
    above = lines[rule - 2] if rule > 1 else ""
    if not FOOT_NUMBERED.fullmatch(above):
        return True
    for text in lines[rule : rule + _FOOTNOTE_BLOCK]:
        if first := text.lstrip()[:1]:
            return not first.isalpha()
    return False


def _cut(items: list[T], cuts: list[int]) -> list[T]:
    """``items`` without those at the ascending positions ``cuts``, copied slice by slice."""
    kept: list[T] = []
    start = 0
    for cut in cuts:
        kept += items[start:cut]
        start = cut + 1
    kept += items[start:]
    return kept


class PageLayout:
    """Folded lines, running headers, footnote blocks, line spacing and paragraphs of one
    document (line numbers are 1-based)."""

    def __init__(self, model: TextModel) -> None:
        self.lines = model.lines
        #: 0-based indices of the lines holding two spaces, ascending: the only lines where
        #: a column's padding can stand (the table reader looks for what follows one there).
        self.spaced = lines_holding(model, "  ")
        self.folded = fold_lines(model, self.spaced)
        #: Numbers of the lines with text (running headers too), ascending, their folded
        #: texts and last characters: listed once, for every reader that tests each line.
        self.filled = filled = list(compress(range(1, len(self.folded) + 1), self.folded))
        self.filled_texts = texts = list(compress(self.folded, self.folded))
        self.filled_lasts = lasts = list(map(operator.itemgetter(-1), texts))
        #: Numbers of the lines printing a Kamerstuk's foot (``kamerstuk_feet``): running
        #: lines too, known by their words where printed once.
        self.feet = kamerstuk_feet(model, self.folded)
        self.furniture = page_furniture(model, self.folded, filled, texts, lasts) | self.feet
        self.footnotes = footnote_zones(model, self.furniture)
        self.double_spaced = double_spaced(filled, len(self.folded))
        # lines ending in a question mark: repeated ones are block labels ("Wat wil het
        # kabinet?"), others may be headings
        self.questions = list(compress(filled, map("?".__eq__, lasts)))
        # the lines with text, running headers and footers (a few a page) cut out
        cuts = sorted(map(bisect_left, repeat(filled), self.furniture))
        #: Numbers of the lines of text (running headers and footers left out), ascending:
        #: what the line before or after a line is, found by bisection.
        self.content = _cut(filled, cuts)
        #: Their folded texts, and the last characters of those.
        self.content_texts = _cut(texts, cuts)
        self.content_lasts = _cut(lasts, cuts)
        self._paragraphs: tuple[list[list[int]], list[int], dict[int, int]] | None = None
        self._clipped: dict[tuple[int, int, int], list[int]] = {}  # paragraph within bounds

    @cached_property
    def page_numbers(self) -> set[int]:
        """Numbers of the lines holding only a page number ("12", "- 12 -", "Pagina 12 van
        30"): where a PDF's page ends, in the middle of a sentence as often as not. Only the
        lines ending in a digit or a dash are tested."""
        ends = map("0123456789-–—".__contains__, self.filled_lasts)
        return {
            number
            for number, text in compress(zip(self.filled, self.filled_texts, strict=True), ends)
            if len(text) <= 20 and PAGE_NUMBER.fullmatch(text)
        }

    def previous(self, line: int) -> int | None:
        """The content line before ``line`` (running headers and blank lines skipped)."""
        position = bisect_left(self.content, line)
        return self.content[position - 1] if position else None

    def next(self, line: int) -> int | None:
        """The content line after ``line`` (running headers and blank lines skipped)."""
        position = bisect_right(self.content, line)
        return self.content[position] if position < len(self.content) else None

    def _segment(self) -> tuple[list[list[int]], list[int], dict[int, int]]:
        """(content lines of each paragraph; first lines of the paragraphs of text, which
        come first; paragraph of each line in a footnote block).

        A paragraph ends at an empty line, or in double-spaced text at two (one is line
        spacing). Running headers are stepped over; a footnote block is stepped over by the
        text around it, and each footnote in it is a paragraph of its own. Outside footnote
        blocks, a paragraph is a run of the content lines between which at most
        ``tolerance`` blank lines stand: the lines between two of them that are neither in a
        block nor running are exactly those blank ones.
        """
        tolerance = 1 if self.double_spaced else 0
        notes = self.footnotes
        text = list(filterfalse(notes.__contains__, self.content)) if notes else self.content
        paragraphs: list[list[int]] = []
        if text:
            gaps = list(map(operator.sub, text[1:], text[:-1]))
            # a running header or a block's line between two lines of text is no gap
            for skipped in self.furniture | notes:
                position = bisect_left(text, skipped)
                if 0 < position < len(text):
                    gaps[position - 1] -= 1
            breaks = compress(range(1, len(text)), map(operator.lt, repeat(tolerance + 1), gaps))
            start = 0
            for cut in breaks:
                paragraphs.append(text[start:cut])
                start = cut
            paragraphs.append(text[start:])
        starts = [lines[0] for lines in paragraphs]
        # each footnote: a run of block lines starting at a footnote number or after a
        # break, ended by a line outside the block or by a running header
        which: dict[int, int] = {}
        current: list[int] | None = None
        gap = 0
        last = 0
        for number in sorted(notes):
            if number != last + 1 or number in self.furniture:
                current = None  # (a rule can be a running line: a note ends at one)
            last = number
            if number in self.furniture:
                continue
            if not self.folded[number - 1]:
                gap += 1
                if gap > tolerance:
                    current = None
                continue
            if current is None or FOOTNOTE_START.match(self.lines[number - 1]):
                current = []
                paragraphs.append(current)
            gap = 0
            current.append(number)
            which[number] = len(paragraphs) - 1
        return paragraphs, starts, which

    def paragraph(self, line: int, low: int, high: int) -> list[int]:
        """The content lines of the paragraph holding ``line``, kept within ``low`` to
        ``high`` (a section's own lines); a line that is not content stands alone."""
        if self._paragraphs is None:
            self._paragraphs = self._segment()
        paragraphs, starts, notes = self._paragraphs
        if line in self.footnotes:
            index = notes.get(line, -1)
        elif self.folded[line - 1] and line not in self.furniture:
            index = bisect_right(starts, line) - 1  # the last paragraph starting at or before
        else:
            index = -1
        if index < 0:
            return [line]
        key = (index, low, high)
        clipped = self._clipped.get(key)
        if clipped is None:
            lines = paragraphs[index]
            clipped = lines[bisect_right(lines, low - 1) : bisect_right(lines, high)]
            self._clipped[key] = clipped
        return clipped
