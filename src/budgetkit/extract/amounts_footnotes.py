"""Footnote marks glued to a figure: "€ 5.843.0002" over footnote "2" at the page's foot,
and "€ 10,25.2 Het ..." after the stop that ends the figure's sentence.

The mark is no digit of the amount: the groups of three prove where the figure ends, and a
footnote of that number at the foot of the page proves the mark. After a decimal comma's
digits, a full stop and a number glued to it before the next sentence read as no figure in
any notation: the stop ends the sentence and the number is its note's mark.
"""

from __future__ import annotations

import re

from budgetkit.extract.money_currencies import currency_of
from budgetkit.extract.money_quotes import MoneyMatch, parse_quote
from budgetkit.textmodel import TextModel

# A figure in full whose last group of thousands runs one or two digits long: the mark of a
# footnote glued to it ("€ 5.843.0002" over footnote "2"), the groups of three proving
# where the figure ends.
_GLUED_MARK = re.compile(
    r"(?P<sign>[€ƒ])[ \xa0]?(?P<n>[1-9]\d{0,2}(?:\.\d{3})+)(?P<mark>[1-9]\d?)(?![\d.,]?\d)"
)

# A figure with a decimal comma (one or two digits after it: "€ 10,25", "€ 1.234,5"), the
# stop ending its sentence, and a note's mark glued to the stop before the next sentence or
# the line's end ("€ 10,25.2 Het kabinet ..."). Three digits after the comma are English
# thousands before a decimal point ("€ 10,250.2"): no mark.
_MARK_AFTER_STOP = re.compile(
    r"(?P<sign>[€ƒ])[ \xa0]?(?P<n>(?:0|[1-9]\d{0,2}(?:\.\d{3})*),\d{1,2})\.(?P<mark>[1-9]\d?)"
    r"(?=[ \t\xa0]+['‘“\"„]?[A-Z]|[ \t\xa0]*(?:\r?\n|\Z))"
)

#: A line opening with a footnote's number ("2 Inclusief de btw.", "1   Kamerstukken II
#: ..."), and a rule line drawn above a page's notes.
_NOTE_LINE = re.compile(r"[ \t\xa0]*\d{1,3}[ \t\xa0]+\S")
_RULE_LINE = re.compile(r"[ \t\xa0]*[_\-–]{5,}[ \t\xa0]*")
#: A line ending a sentence: its stop, a closing bracket or quote after it at most.
_SENTENCE_END = re.compile(r"[.!?][)'’”\"]?[ \t\xa0]*\Z")
#: Most lines a footnote wraps to after the line opening with its number.
MAX_NOTE_LINES = 3


def _run_start(lines: list[str], index: int) -> int:
    """The first line of the run of lines ``lines[index]`` stands in: from a blank line or a
    rule above it, or from the page's start (a form feed, or the text's). A run reaching the
    page's start, its page printing no blank line or rule above the line, starts under the
    last line above it that ends a sentence (``_SENTENCE_END``): the text's last sentence
    ends where the notes begin ("... van de subsidieregeling." / "1 Peildatum ..." / "2
    Exclusief 21% btw.")."""
    start = index
    while start > 0 and lines[start - 1].strip() and not _RULE_LINE.fullmatch(lines[start - 1]):
        if lines[start].startswith("\f"):
            return next(
                (k for k in range(index, start, -1) if _SENTENCE_END.search(lines[k - 1])), start
            )
        start -= 1
    if start > 0:
        return start
    return next((k for k in range(index, 0, -1) if _SENTENCE_END.search(lines[k - 1])), 0)


def _at_page_foot(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]``, opening with a number, stands among a page's footnotes: the
    run of lines it is in (from a blank line or a rule) opens with a note's number, and from
    it to the page's end (a form feed, or the text's) stand only notes, each wrapped over
    ``MAX_NOTE_LINES`` at most, blank lines and a footer or two. A numbered heading ("2
    Financiën") with its text under it, or a table's row ("2 Afval   1.200"), is no note.
    A page printing no blank line or rule above its notes (a plain text layer) sets them
    apart by its text's last sentence ending on the line above the first (``_run_start``)."""
    start = _run_start(lines, index)
    if not _NOTE_LINE.match(lines[start].lstrip("\f")):
        return False
    wrapped = 0
    for line in lines[index + 1 :]:
        if line.startswith("\f"):
            return True
        if not line.strip() or _NOTE_LINE.match(line):
            wrapped = 0
            continue
        wrapped += 1
        if wrapped > MAX_NOTE_LINES:
            return False
    return True


def footnote_marked(model: TextModel, rejected: list[tuple[int, str]]) -> list[MoneyMatch]:
    """The amounts ``find_money`` refused as ambiguous that are figures in full with a
    footnote's mark glued to them (``_GLUED_MARK``), where a footnote of that number is
    printed below, among the notes at a page's foot (``_at_page_foot``), and those with a
    decimal comma whose sentence's stop the mark is glued to (``_MARK_AFTER_STOP``), which
    need no note below (a page cut short prints none): quoted without the stop and the mark,
    and no longer said in ``rejected``. Without the footnote the extra digit in full may be
    a misprint of the figure, and the amount stays out."""
    text, lines = model.text, model.lines
    found, kept = [], []
    for at, why in rejected:
        signed = text[at : at + 1] in "€ƒ"
        m = _MARK_AFTER_STOP.match(text, at) if signed else None
        if m is None and signed and (m := _GLUED_MARK.match(text, at)) is not None:
            line = model.line_col(at)[0]
            note = re.compile(rf"\f?{m.group('mark')}[ \t\xa0]+\S")
            if not any(
                note.match(lines[k]) and _at_page_foot(lines, k) for k in range(line, len(lines))
            ):
                m = None
        if m is None:
            kept.append((at, why))
            continue
        quote = text[m.start() : m.end("n")]
        amount, _ = parse_quote(quote)
        found.append(
            MoneyMatch(m.start(), m.end("n"), quote, amount, None, "units", False,
                       currency_of(m.group("sign")))
        )  # fmt: skip
    rejected[:] = kept
    return found
