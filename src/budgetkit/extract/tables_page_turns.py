"""Where a page turns inside a table: the page's foot printing its number, a title going on.

A PDF's text layer prints a page's foot ("Begroting 2022 Provincie Gelderland      37") and
the next page's title going on ("... (vervolg)") between two rows of a table. The readers of
page breaks (``tables_page_breaks``), of headings placed over their columns and of the page's
layout all ask whether a line turns the page; this module answers that alone, so that each
of them can ask it without importing the others.
"""

from __future__ import annotations

import re

from budgetkit.extract.tables_alignment import SLACK
from budgetkit.extract.tables_titles import nonblank
from budgetkit.layout import FOOT_NUMBERED

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
    figure stands (``under_figures``)."""
    if not index or lines[index - 1].strip() or FOOT_NUMBERED.fullmatch(lines[index]) is None:
        return False
    after = nonblank(lines, index + 1, 0)
    return lines[index].startswith("\f") or (
        bool(after) and (lines[after[0]].startswith("\f") or goes_on(lines[after[0]]))
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
