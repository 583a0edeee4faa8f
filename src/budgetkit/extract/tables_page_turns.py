"""Where a page turns inside a table: the page's foot printing its number, a title going on.

A PDF's text layer prints a page's foot ("Begroting 2022 Provincie Gelderland      37") and
the next page's title going on ("... (vervolg)") between two rows of a table. The readers of
page breaks (``tables_page_breaks``), of headings placed over their columns and of the page's
layout all ask whether a line turns the page; this module answers that alone, so that each
of them can ask it without importing the others. ``turns_page`` reads a foot set apart as a
row could be (a padded number, a blank line above it, the turn seen right there);
``turns_page_at`` reads any line showing the turn (the layout's running lines, a caption
going on, a number at a foot's end or first over a form feed), where a table's rows have
ended and only notes or the break's furniture may follow (``tables_rows``).
"""

from __future__ import annotations

import re
from collections.abc import Set

from budgetkit.extract.tables_alignment import SLACK
from budgetkit.extract.tables_titles import continues, nonblank
from budgetkit.layout import FOOT_NUMBERED, PAGE_NUMBER

#: A title printed again at the next page's head as going on from the page before: words
#: ending in "(vervolg)" ("Overzicht lasten per programma (vervolg)", "Tabel 3 (vervolg)").
_GOES_ON = re.compile(r"[^\W\d_].*\(\s*vervolg\s*\)\.?", re.IGNORECASE)


def goes_on(line: str) -> bool:
    """Whether a line is a title going on from the page before ("... (vervolg)")."""
    return _GOES_ON.fullmatch(line.lstrip("\f").strip()) is not None


def turns_page(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` is a page's foot or head printing its page number in a
    padded run of its own ("Begroting 2022 Provincie Gelderland      37"), set apart from
    the lines above by a blank line, where the page is seen to turn: a form feed opens it
    or the next line with text, or that line is a title going on from the page before
    ("... (vervolg)"). A one-value row reads the same ("Eindejaarsmarge      41"): the
    page's turn right there tells them apart, and where no row goes on past it, where its
    figure stands (``under_figures``). A form feed opening the line shows the turn by
    itself where the line above is words without a figure, no foot printing the page's
    number: a group's heading the page ends in, orphaned right above the feed, its rows
    on the next page."""
    if not index:
        return False
    above = lines[index - 1]
    opened = lines[index].startswith("\f") and not any(ch.isdigit() for ch in above)
    if above.strip() and not (opened and FOOT_NUMBERED.fullmatch(lines[index])):
        return False
    after = nonblank(lines, index + 1, 0)
    if FOOT_NUMBERED.fullmatch(lines[index]) is None:
        return bool(after) and _number_between(lines[index], lines[after[0]])
    return lines[index].startswith("\f") or (
        bool(after) and (lines[after[0]].startswith("\f") or goes_on(lines[after[0]]))
    )


def _number_between(foot: str, head: str) -> bool:
    """Whether ``foot`` is a page's foot printing its number in a padded run between its
    words ("Jaarstukken JJJJ      NNN      Gemeente <naam>") and ``head``, the next line
    with text, the next page's head a form feed opens, printing the same words without it:
    a foot and head framing the page alike show the page turning there. The number set
    between words reads as a row's figure with a text column after it otherwise, so the
    words printed again over the feed, no less, tell the foot."""
    runs = re.split(r"\s{2,}", foot.strip())
    words = [run for run in runs if not _PAGE_OF_HEAD.fullmatch(run)]
    return (
        head.startswith("\f")
        and len(words) == len(runs) - 1 >= 2
        and not _PAGE_OF_HEAD.fullmatch(runs[0])
        and not _PAGE_OF_HEAD.fullmatch(runs[-1])
        and words == re.split(r"\s{2,}", head.lstrip("\f").strip())
    )


def under_figures(line: str, ends: list[int]) -> bool:
    """Whether a line seen to turn the page (``turns_page``) ends where a column of the
    table's figures ends (``ends``, where its rows stand aligned): a table's last row set
    apart at the page's end ("Totaal      234", then a form feed and the next page's
    caption or prose), read by the page's turn alone as the page's foot. A foot's number
    stands at the page's margin, mostly off the figures; where the table's rows go on past
    the break, the line is the foot wherever its number stands."""
    end = len(line.lstrip("\f").rstrip())
    return any(abs(end - column) <= SLACK for column in ends)


def turns_page_at(lines: list[str], index: int, furniture: Set[int]) -> bool:
    """Whether ``lines[index]`` shows the page turning there: a running line of the page
    layout (``furniture``: line numbers), the caption going on ("Tabel 3 (vervolg)"), a
    line ending in the page's number (``_numbered_foot``) or a left page's foot printing it
    first over a form feed (``_foot_over_feed``). Wider than ``turns_page``: asked past a
    table's last row, where no row is left to be told apart from a foot."""
    line = lines[index]
    return (
        index + 1 in furniture
        or continues(line)
        or _numbered_foot(line)
        or _foot_over_feed(lines, index)
    )


#: A page's number in its running head: one to three digits (four are a year: "Begroting
#: 2025").
_PAGE_OF_HEAD = re.compile(r"\d{1,3}")


def _numbered_foot(line: str) -> bool:
    """Whether a line ends in a page number: alone ("42", "– 3 –") or in a padded run of
    its own at a foot's end ("Tweede Kamer, vergaderjaar JJJJ–JJJJ, NN NNN, nr. N   NNN");
    a bare number of four digits alone is a year, no page's. A line opening on a form feed
    is the next page's head, the page seen to turn there: its number stands at either end,
    as a left page sets it ("N   Tweede Kamer, ..., nr. N"), or one space after its words,
    as a text layer printing no padding sets it ("Jaarstukken JJJJ <Provincie> NN")."""
    runs = re.split(r"\s{2,}", line.strip())
    if PAGE_NUMBER.fullmatch(runs[-1]) is not None and (
        len(runs) > 1 or not runs[-1].isdigit() or len(runs[-1]) < 4
    ):
        return True
    words = line.split()
    return (
        line.startswith("\f")
        and len(words) > 1
        and any(_PAGE_OF_HEAD.fullmatch(word) for word in (words[0], words[-1]))
    )


def _foot_over_feed(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` is a left page's foot printing its number first, in a
    padded run of its own ("NNN      <Publicatie> JJJJ"), the next page opening on a form
    feed right under it: the page turns there. Without the form feed under it, such a line
    may be a group of rows headed by its number and name, which ``_numbered_foot`` leaves
    alone."""
    runs = re.split(r"\s{2,}", lines[index].strip())
    if len(runs) < 2 or _PAGE_OF_HEAD.fullmatch(runs[0]) is None:
        return False
    after = nonblank(lines, index + 1, 0)
    return bool(after) and lines[after[0]].startswith("\f")
