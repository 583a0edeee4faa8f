"""One model of a document's text, built once and read by every extractor.

Every extractor needs the same things about a text: its lines and the offset each starts
at (to turn a match into a line and column), its sentences (the context of an amount, the
sentence that names a ministry, a citation's context), its paragraphs and its page layout
(running headers, footnote blocks, line spacing). Deriving them in each extractor made
them disagree and made extraction quadratic (an amount's sentence was found by rescanning
its line). Here each is computed once per document, in time linear in its size, the first
time an extractor asks for it: a document without money never splits into sentences.
"""

from __future__ import annotations

import itertools
import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import cached_property

from budgetkit.extract.months import MONTHS
from budgetkit.layout import PageLayout

# Sentence ends: ".!?" then white space and a capital, a bullet or a dash, or a blank line
# before anything but a lower-case word (a paragraph that opens with a number: "2.1 Omzet",
# a footnote; "€ 20 mln." over a page break before "geïnvesteerd" goes on), not after the
# abbreviations the documents use inside sentences, or with a footnote number glued after the
# stop that closes a word, a bracket or a quotation ("zijn.33 Op", "(percentage of
# completion).7⏎⏎Voor"), bare, in square brackets or in superscript digits
# ("<woord>.[N] In", "<woord>.¹ In", as web pages and word processors print it), or
# numbered within its chapter ("<woord>.2.3⏎⏎Het", a report's note 3 of chapter 2),
# or before the next footnote's number alone on its line, as a PDF's text prints a note
# ("voor de MEE-organisaties.⏎2⏎Zie mijn brief van 12 december 2008": the date is not the
# note's before it), or opening the next line before its text ("...,
# <woord> N.⏎NN <Zin> ...": notes under a page, each its own
# sentence); a line break before a bullet; and a heading: a short
# capitalised line without punctuation followed by a capitalised line ("Preventie",
# "Opdrachten"), a colon inside it or not ("<Onderwerp>: N miljard erbij", a subject and what
# the paragraph below says of it, its sum's currency sign right after the colon or not:
# "<Onderwerp>: € 215 mln"; a line ending in a colon opens a list), and not a sentence's
# line wrapped before a capitalised word (``_runs_on``). Each kind is
# its own pattern starting on one literal character, which the regex engine finds by a fast
# string search (a pattern of alternatives, or one starting with a class such as "[.!?]", is
# tried at every position of the text: four times slower); so the stop is three patterns, one
# per stop character. A stop inside a heading line belongs to the heading, as the
# alternatives of one pattern would have it. (The lookahead for what follows a stop comes before
# the look-behinds for abbreviations: most stops are inside numbers and fail on it at once; and
# the abbreviations are read only after a letter one of them ends in, "a", "r", "t", "z", "s"
# or "l": most sentences end in another. The footnote number glued after the stop is tried
# last: it needs a digit after the stop, the other a space or a line break, so at most one
# holds, and most stops are followed by a space.) A capital after an opening quotation mark
# counts: a quoted sentence ("... ruim 55 euro.⏎'Een gemeente moet dan 2,8 miljoen ...").
# (Right after a stop: not one of an abbreviation the documents use inside sentences.)
_NOT_ABBREVIATION = (
    r"(?:(?<![arltsz]\.)|(?<!\bca\.)(?<!\bnr\.)(?<!\bart\.)(?<!\bo\.a\.)"
    r"(?<!\bd\.w\.z\.)(?<!\bvs\.)(?<!\bincl\.))"
)
# A sentence may open on a figure, a year or a count, and a word in lower case after it ("...
# tot en met JJJJ. JJJJ is het <woord>", "<woord>. N gemeenten ontvangen"): it ends the
# one before where the stop closes a year or a word of five letters or more, which no
# abbreviation the documents print before a figure is ("nr. 12", "blz. 41 en 42", "fl. 3,2
# mld", "d.d. 12 juni", "resp. 2026 en 2027", "jan. 2026"), nor a list's number ("1. 2026 is").
# The figure follows a space or one line break (a blank line ends the sentence already), the
# word a space after it and ending in a space or a comma: a word of the sentence, not a
# note's web address ("<woord>. N https://...": a note number, not a figure). After such a
# word, a figure and its unit ("miljoen", "mln", "euro") is an amount inside the sentence and
# the word a long abbreviation ("ongev. N miljoen euro", "cumul. N mln").
_FIGURE_OPENS = (
    r"(?=(?:[ \t\xa0]+|[ \t\xa0]*\r?\n[ \t\xa0]*)\d[\d.,]*[ \t\xa0]+[a-zà-ÿ]+[\s\xa0,])"
    r"(?:(?<=[a-zà-ÿ]{5}.)(?![\s\xa0]+\d[\d.,]*[ \t\xa0]+(?:miljoen|miljard|mln|mld|euro)\b)"
    r"|(?<=(?<![\w.,])(?:19|20)\d\d.))"
)
# A line opening on a year or a span of years and a colon, a space after it ("...
# bedraagt € N miljoen.⏎JJJJ-JJJJ: <zin> ..."): a labelled item of its
# own, whatever case its first word is in, as a list's numbered item is; the sentence before
# ends at its stop, and the label's years are not its amounts'.
_YEAR_LABEL_LINE = (
    r"[ \t\xa0]*\r?\n[ \t\xa0]*(?:19|20)\d\d(?:[ \t\xa0]*[-–][ \t\xa0]*(?:19|20)\d\d)?:[ \t\xa0]"
)
_STOP_AFTER = (
    r"(?:(?=[\s\xa0]+['‘“\"„]?[A-Z•–\-]|[ \t\xa0]*\r?\n[ \t\xa0]*\r?\n\s*(?![a-zà-ÿ])\S"
    r"|[ \t\xa0]*\r?\n[ \t\xa0]*\d{1,3}(?:[ \t\xa0]*\r?\n[ \t\xa0]*|[ \t\xa0]+)[A-Z]"
    rf"|{_YEAR_LABEL_LINE})"
    rf"{_NOT_ABBREVIATION}"
    r"|(?<=[^\W\d].|[)\]'’\"”].)(?:\d{1,3}(?:\.\d{1,2})?|\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})"
    r"(?=[\s\xa0]+[A-Z])"
    rf"|{_FIGURE_OPENS})"
)
# A quotation mark closing a quoted sentence right after its stop ("... dan begroot.’ Uit een
# peiling ...", "... zei hij.” De minister ..."): the sentence ends after the mark, as it
# would after the stop alone, where the next opens on a capital (or a quoted one) in the
# same paragraph, after a space or one line break; not after an abbreviation's stop
# ("ca.’"). (After a blank line the mark is left as it was read: a heading may stand there,
# and the measures read an amount in it with the quotation above, as they did.) The mark is
# looked ahead at before the look-behinds for abbreviations, which it needs after them anyway:
# after most stops (inside numbers, before a space) no mark follows, and the engine then
# fails there at once instead of trying the look-behinds first (``STOPS["."]`` about a third
# faster on the sources, the same matches).
_CLOSING_QUOTE = (
    rf"(?:(?=[’”'\"»]){_NOT_ABBREVIATION}[’”'\"»]"
    r"(?=[ \t\xa0]*(?:\r?\n[ \t\xa0]*)?['‘“\"„]?[A-Z])(?=[ \t\xa0\r\n]))?"
)
STOPS = {stop: re.compile(re.escape(stop) + _CLOSING_QUOTE + _STOP_AFTER) for stop in ".!?"}
# (a line break before a bullet: r"\n(?=[ \t]*[•–])", found by ``_bullet_lines``)
# (The lookahead after the capital only says early what the rest implies, that past its 67th
# character the line holds nothing but blanks (spaces, tabs): without it every long line starting
# with a capital, most of a text, was tried 66 times over as the heading's text backed off.
# The spaces there are skipped without giving any back: a lookahead reading the 68th
# character alone let through every long line with a space there, one in six. It also bounds
# the title: its last character other than blanks is at most the 67th after the capital, so the
# title's text needs no count of its own. That text is runs of characters of one class, each a
# repeat the engine runs in one loop, parted by a currency sign after a colon; a count of
# characters each of two alternatives went through the engine's general repeat one character
# at a time, on every short line opening with a capital. The runs before a currency sign are
# tried only where the line prints one: the engine otherwise backed off over the whole line,
# testing for the colon before the sign at every character of it.)
_TO_67 = r"(?![^\n]{67}[ \t\xa0]*+[^\n \t\xa0])"
# A dateline: a date alone on its line, as a news page prints one under its headline ("12
# december 2019"); a headline over it is a heading as over a capitalised line, and no part of
# the first sentence under the date (read as one, the sentence took the headline's year).
_DATELINE = rf"\d{{1,2}}[ \t\xa0]+(?:{'|'.join(MONTHS)})[ \t\xa0]+(?:19|20)\d\d[ \t\xa0]*\n"
# What must follow the title's line (blank lines, then a capital or a dateline) is looked
# ahead at from the capital, past the line: the title ends at the line's first line break, so
# that is where the line under it starts either way, and a line without it (most: the next
# line goes on in lower case) fails at once instead of after backing off over every character.
_TITLE = (
    rf"[A-Z]{_TO_67}(?=[^\n]*\n(?:[ \t\xa0]*\n)*[ \t\xa0]*(?:[A-Z]|{_DATELINE}))"
    r"(?:(?=[^\n€]*€)(?:[^\n!?;€]*(?<=:[ \t\xa0])€)*)?[^\n!?;€]*[^\n.!?:;€,\-\s][ \t\xa0]*\n"
)
# "1.2 Uitgaven": its paragraph number
_HEADING = r"[ \t\xa0]*(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?[ \t\xa0]+)?" + _TITLE
HEADING_LINE = re.compile(_HEADING)
# A chapter's number alone before its title ("2 Belastingen en tarieven", "3. Investeringen"),
# a line of its own right under a paragraph's last sentence, as a text layer printing no blank
# line around headings prints it: a heading too, so the sentence above ends at its line and the
# one below starts after it (read as one, each took the other's years as its own). Only after
# a line closing a sentence (``_CLOSES_LINE``), a blank line or at the text's start: a line
# opening on a number after any other goes on with the sentence above ("verdeeld over⏎12
# Veiligheidsregio's ..."), or is a list's item after its colon ("De tarieven zijn:⏎1 Woningen").
# A figure printing its thousands ("2.500 Woningen") opens none, and a figure before a word in
# lower case ("2 miljoen euro extra") is no title. Nor is a line the next line's first word would
# not have fit on, in the measure the lines around it were wrapped at (``_wrapped``): a sentence
# opening on a number wrapped there ("12 Gemeenten ontvangen in 2026 een bijdrage uit het Fonds⏎
# Bodemsanering van ..."), its words running on to the right margin, where a heading's line stops
# short of it (or runs past it: no wrapped line does).
_CHAPTER = r"[ \t\xa0]*\d{1,2}\.?[ \t\xa0]+" + _TITLE
_CHAPTER_LINE = re.compile(_CHAPTER)
_CLOSERS = r"[)\]'’\"”]?"
_CLOSES_LINE = re.compile(rf"{_CLOSERS}[.!?]{_NOT_ABBREVIATION}{_CLOSERS}[ \t\xa0\r]*\Z")
# How many lines above and below a line tell the width its paragraph's lines run to.
_NEAR_LINES = 6
# A heading standing after a blank line and opening on an item's label may print an amount:
# "a. Het pakket van € 5 miljard", "2) Extra € 300 miljoen voor de jeugdzorg" over a
# capitalised line, a line of one short paragraph without a stop that ends the sentence it
# stands in. (A line without the blank line before it may be a sentence wrapped in a narrow
# column, "1. Het kabinet trekt € 5 mln uit voor de⏎Nederlandse ...".) Not after a colon
# (the items of a list it opens: "als volgt:⏎⏎a. Jeugdzorg € 12,4 mln"), nor a line of
# leader dots ("a. Jeugdzorg ....... € 12,4 mln": a row of a list), nor a line ending in an
# article, a preposition or a conjunction, which a heading never ends in: a sentence of a
# numbered paragraph wrapped before a name ("1. Het kabinet trekt € 5 mln uit voor de⏎
# Nederlandse Voedsel- en Warenautoriteit in 2025.": ``OPEN_ENDS``).
OPEN_ENDS = frozenset((
    "de", "het", "een", "en", "of", "maar", "want", "dat", "die", "als", "om", "te", "ten",
    "ter", "aan", "bij", "door", "in", "met", "na", "naar", "op", "over", "per", "sinds",
    "tot", "tussen", "uit", "van", "vanaf", "via", "voor", "zonder", "onder", "tegen",
))  # fmt: skip
# (After the line break above the blank line, not the colon's; what follows it is looked
# ahead at, the heading's line the group: see ``_LINE_BREAK``.)
_HEADING_AFTER_BLANK = (
    r"(?<!:\n)(?=[ \t\xa0]*\n(?=[ \t\xa0]*(?:[a-z]|\d{1,2})[.)][ \t\xa0]+[A-Z])"
    r"(?![^\n]*\.[ \t\xa0]?\.)"
    rf"(?=([ \t\xa0]*(?:[a-z]|\d{{1,2}})[.)][ \t\xa0]+[A-Z]{_TO_67}"
    r"[^\n!?:;]{0,66}[^\n.!?:;,\-\s][ \t\xa0]*\n)(?=(?:[ \t\xa0]*\n)*[ \t\xa0]*[A-Z])))"
)


# A page's running head or foot as a text layer laid out prints it: words and the page's
# number at the line's end, set apart by a column's padding ("Tweede Kamer, vergaderjaar
# 2019–2020          26 488, nr. 412          3"), no money, an empty line and a capital
# after it (``_DIGIT_BLANK``). It is no part of the sentence after it, nor of one before.
_PAGE_HEAD = re.compile(r"[ \t\xa0]*[A-Z0-9][^\n€]*[^\s€.!?:;,][ \t\xa0]{2,}\d{1,3}")
# A digit ending a line, an empty line and a capital after it. (After the line break ending
# the digit's line, which is looked behind at, the rest looked ahead at: see ``_LINE_BREAK``.
# A pattern opening with the digit's class was tried at every character, twenty times slower.)
_DIGIT_BLANK = r"(?<=\d\n)(?=\n(?:[ \t\xa0]*\n)*[ \t\xa0]*[A-Z])"


def _page_heads(text: str, ends: list[int]) -> list[tuple[int, int]]:
    """(start, end) of each ``_PAGE_HEAD`` line before an empty line and a capital, its end
    just after its line break, as a heading line's span is. ``ends``: the ends of the lines
    ending in a digit over an empty line and a capital (``_DIGIT_BLANK``), ascending."""
    spans = []
    for end in ends:
        begin = text.rfind("\n", 0, end) + 1
        if _PAGE_HEAD.fullmatch(text, begin, end):
            spans.append((begin, end + 1))
    return spans


def occurrences(text: str, word: str, rare: int | None = None) -> Iterator[int]:
    """Offsets of ``word`` in ``text``, as a regex of it would find them (not overlapping):
    ``str.find`` scans in C, several times faster than a regex of one word. ``rare``: the
    index of a rare character of ``word`` to look for instead (``at_literal``)."""
    if rare is not None:
        end = 0
        for at in _finds(text, word, rare):
            if at >= end:
                yield at
                end = at + len(word)
        return
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, for a pattern whose matches can only start at
    ``starts`` (ascending): tried there alone, each after the match before, as ``finditer``
    goes on after its last match."""
    end = 0
    for start in starts:
        if start >= end:
            m = pattern.match(text, start)
            if m is not None:
                yield m
                end = m.end()


def at_literal(
    regex: re.Pattern[str], text: str, literal: str, shift: int = 0, rare: int | None = None
) -> Iterator[re.Match[str]]:
    """What ``regex.finditer(text)`` finds, for a pattern each of whose matches starts
    ``shift`` characters after an occurrence of ``literal``.

    ``str.find`` goes from one occurrence of a literal to the next several times faster than
    the regex engine scans for a pattern's first character (a currency sign, a capital, a
    currency word: found in a tenth of the time for a single character), and the pattern is
    tried only there. For literals rarer than about one in a thousand characters: at each
    occurrence a call costs what the engine's scan of a thousand characters does.

    ``rare``: the index of a character of ``literal`` (a capital, a hyphen) to look for
    instead of the whole literal, each of its occurrences kept where the literal stands
    around it. ``str.find`` skips to one character several times faster than to a literal
    of several (on the sources about 0.1 against 0.7 ns a character), so a literal holding a
    character rarer than one in a few hundred is found sooner from that character.
    """
    return matches_at(regex, text, (at + shift for at in _finds(text, literal, rare)))


def _finds(text: str, literal: str, rare: int | None = None) -> Iterator[int]:
    """Every offset of ``literal`` in ``text``, overlapping ones too; with ``rare``, found
    from each occurrence of its character at that index (``at_literal``)."""
    if rare is None:
        at = text.find(literal)
        while at >= 0:
            yield at
            at = text.find(literal, at + 1)
        return
    char = literal[rare]
    at = text.find(char, rare)
    while at >= 0:
        if text.startswith(literal, at - rare):
            yield at - rare
        at = text.find(char, at + 1)


def _bullet_lines(text: str) -> list[int]:
    """Where ``BULLET_LINE`` matches end (just after the line break): each bullet or dash
    found by ``str.find``, kept where only spaces and tabs stand before it on its line,
    instead of trying the pattern at every line break."""
    found = []
    for mark in "•–":
        at = text.find(mark)
        while at >= 0:
            start = at  # back over the spaces and tabs before it (not the whole line)
            while start and text[start - 1] in " \t":
                start -= 1
            if start and text[start - 1] == "\n":
                found.append(start)
            at = text.find(mark, at + 1)
    return sorted(set(found))


# A list item's line, opened by a dash, hyphen, asterisk or bullet and a blank, before a
# blank line and a capital. (An item going on past a page's blank lines goes on in lower case
# or a figure: "om in⏎⏎2019 en 2020".) The item's line is matched up to its line break: after
# the line break before it (``_LINE_BREAK``), or at the text's start.
_ITEM_LINE = r"[ \t\xa0]*[-*•–][ \t\xa0][^\n]*"
_BLANK_AND_CAPITAL = r"\n[ \t\xa0]*\r?\n[\s\xa0]*[A-Z]"
_FIRST_ITEM_BEFORE_BLANK = re.compile(rf"{_ITEM_LINE}(?={_BLANK_AND_CAPITAL})")
# (After a line break: the item's line looked ahead at, the group: see ``_LINE_BREAK``.)
_ITEM_BEFORE_BLANK = rf"(?=({_ITEM_LINE}){_BLANK_AND_CAPITAL})"


def _unstopped(item: str) -> bool:
    """Whether a list item's line before a blank line and a paragraph that opens on a capital
    (``_ITEM_BEFORE_BLANK``) ends in no stop ("- 2017: € 9,8 miljard (waarvan € 2,7 miljard)⏎⏎
    Over 2015 tot en met 2017 ..."): the list ends there, and the paragraph is a sentence of
    its own, ending one just past the item's line break. (A stop before a blank line ends a
    sentence already: ``_STOP_AFTER``.)"""
    return item.rstrip()[-1:] not in ".!?"


# A line break before a heading line (group 1), before a chapter's line (group 2 with the
# heading's, or 3 alone), or both; before a blank line and a heading opening on an item's
# label (group 4: ``_HEADING_AFTER_BLANK``); before a list item's line over a blank line
# (group 5: ``_ITEM_BEFORE_BLANK``); or after a digit, before a blank line and a capital
# (group 6, empty: ``_DIGIT_BLANK``). A match takes the line break alone, and the lines after
# it say which it can be: the first character after blanks is a capital or a digit, a line
# break, or an item's mark, and after a line break a blank line and a heading on an item's
# label (a lower-case letter or a digit) or on a capital (a digit's line over it), never two
# of them, so one alternative at most matches, and one scan of the text's line breaks finds
# at each what a pattern of each kind would. Most line breaks, before a word in lower case,
# fail on the class of the next character at once (a scan of the line breaks per kind tried
# each of them at every one: a fourth slower).
_LINE_BREAK = re.compile(
    r"\n(?=[ \t\xa0\nA-Z0-9*•–\-])"
    rf"(?:(?=[ \t\xa0A-Z0-9])(?:(?=({_HEADING}))(?:(?=({_CHAPTER})))?|(?=({_CHAPTER})))"
    rf"|{_HEADING_AFTER_BLANK}|{_ITEM_BEFORE_BLANK}|{_DIGIT_BLANK}())"
)


# The next item of a list after one closed by a semicolon at its line's end ("- het budget
# is gelijk gebleven op € 612.000;⏎- het college meldt € 0,4 mln in 2025;"): its mark, a
# hyphen, an asterisk or a label ("a.", "2)"), then a blank. The item is a sentence of its
# own (bullets and dashes open one after any line end: ``_bullet_lines``).
_ITEM_AFTER_SEMICOLON = re.compile(r"[ \t\xa0]*(?:[-*]|[a-z][.)]|\d{1,2}[.)])[ \t\xa0]")


def _items_after_semicolons(text: str) -> list[int]:
    """Line starts of list items after a line ending in a semicolon
    (``_ITEM_AFTER_SEMICOLON``), each found from a ";" by ``str.find``."""
    found = []
    at = text.find(";")
    while at >= 0:
        end = at + 1
        while end < len(text) and text[end] in " \t\xa0\r":
            end += 1
        if text.startswith("\n", end) and _ITEM_AFTER_SEMICOLON.match(text, end + 1):
            found.append(end + 1)
        at = text.find(";", at + 1)
    return found


# A list item's line in a run of them: a hyphen, an asterisk or a label ("a.", "2)") and a
# blank open two or more lines in a row ("Kern⏎- Accres 2026: + € 612 mln⏎- Korting (€ 511
# mln structureel): geschrapt"). Each item is a sentence of its own, whether or not it ends
# in a stop, as a bullet's is (``_bullet_lines``); a line alone opening on a hyphen may be a
# sentence wrapped before a dash, so one line is no list. The first item goes on with a line
# above ending in a colon, the list's lead ("De tarieven voor 2026 zijn:⏎- heffing: € X").
# (Looked for after each line break, a literal the regular expression engine scans for at C
# speed, and once at the text's start: a pattern opening on "(?:^|\n)" is tried at every
# offset, which doubled the cost of ``sentence_stops``.)
_ITEM_MARK = re.compile(r"[ \t\xa0]*(?:[-*]|[a-z][.)]|\d{1,2}[.)])[ \t\xa0]")
# A line break before a line opening on any mark of a list item and a blank: those of
# ``_ITEM_MARK`` and the bullet and the dash (group 1, the mark). One scan of the text's line
# breaks finds the lines both ``_item_runs`` and ``_outdented_after_items`` look at: a scan
# for each cost as much as this one (the engine stops at every line break, though most fail
# on the first character after the blanks). No match holds a line break but its first, so
# the matches are every line break where the pattern matches, and each reader keeps those of
# its own marks.
_MARK_OPENS_LINE = re.compile(r"\n[ \t\xa0]*([-*•–]|[a-z][.)]|\d{1,2}[.)])[ \t\xa0]")


def _item_runs(text: str, marked: list[re.Match[str]]) -> list[int]:
    """Line starts of list items in runs of two or more lines (``_ITEM_MARK``); ``marked``:
    the text's ``_MARK_OPENS_LINE`` matches, of which those opening on a bullet or a dash are
    no such item's (after the blanks, ``_ITEM_MARK`` takes no other mark than the one they
    print)."""
    starts = [0] if _ITEM_MARK.match(text) else []
    starts += [m.start() + 1 for m in marked if m.group(1) not in ("•", "–")]
    kept = set()
    for before, after in itertools.pairwise(starts):
        if text.count("\n", before, after) == 1:
            kept.update((before, after))
    return sorted(start for start in kept if start and not _after_colon(text, start))


# A list item's line, opened by a bullet, a dash, a hyphen or an asterisk and a blank, over a
# line opening on a capital left of the item's mark ("     – <label>   –N⏎   <Zin> in JJJJ
# ..."): the list was set in from its paragraph's margin,
# and a line back at that margin is the paragraph going on after the list, a sentence of its
# own (read as the item's, the item took its years and the sentence lost them). A line at
# the mark's margin or right of it may be the item's text wrapped; an item ending in a stop
# ends its sentence already (``_STOP_AFTER``), and one ending in a comma or a word that goes
# on (``OPEN_ENDS``) runs on into the line below.
_ITEM_OVER_OUTDENT = re.compile(r"\n([ \xa0]*)[-*•–][ \t\xa0]([^\n]*)\n([ \xa0]*)[A-Z]")


def _outdented_after_items(text: str, marked: list[re.Match[str]]) -> list[int]:
    """Line starts of lines opening on a capital left of the mark of the list item above
    (``_ITEM_OVER_OUTDENT``), where the item ends in no stop, comma, colon or semicolon
    and in no word that goes on. ``marked``: the text's ``_MARK_OPENS_LINE`` matches, where
    every match of ``_ITEM_OVER_OUTDENT`` starts (tried there alone: its own scan finds no
    other)."""
    found = []
    for m in matches_at(_ITEM_OVER_OUTDENT, text, (line.start() for line in marked)):
        item = m.group(2).rstrip()
        if (
            item
            and len(m.group(3)) < len(m.group(1))
            and item[-1] not in ".!?,;:"
            and item.rsplit(None, 1)[-1].lower() not in OPEN_ENDS
        ):
            found.append(m.start(3))
    return found


def _after_colon(text: str, start: int) -> bool:
    """Whether the last character before ``start`` that is not white space is a colon."""
    at = start
    while at and text[at - 1].isspace():
        at -= 1
    return text[at - 1 : at] == ":"


def _measure(lines: list[str], skip: int) -> int:
    """The widest ``lines`` could run in the measure they were wrapped at. A line broken
    before a word it goes on with in lower case (a sentence wrapped there, not ended) shows
    the margin: it stands short of that word's end, and no shorter than the longest of the
    lines but the one at ``skip`` (the line asked about, which a wrapped line is only if no
    longer than the measure). Where no line shows it, the longest of them all, that one too,
    is as wide as is known: a last line of a paragraph stops anywhere short of the margin."""
    margins = [
        len(line.rstrip()) + len(below.split()[0])
        for i, (line, below) in enumerate(itertools.pairwise(lines))
        if skip not in (i, i + 1) and line.strip() and below.strip()[:1].islower()
    ]
    if not margins:
        return max(len(line.rstrip()) for line in lines)
    return max(max(len(line.rstrip()) for i, line in enumerate(lines) if i != skip), min(margins))


def _wrapped(text: str, begin: int, end: int) -> bool:
    """Whether the line from ``begin`` to its line break at ``end - 1`` was broken only
    because the next line's first word did not fit on it: the line is no longer than the
    measure the lines within ``_NEAR_LINES`` lines of it were wrapped at (``_measure``: a
    wrapped line never runs past it, so a heading longer than the body is none), and the line,
    a space and that word run past it. A line ended by its writer (a heading's) stops short of
    the measure whatever follows; a blank line under it ends it in any case. (Where the lines
    around it are all short, as a table's cells a line, the measure is theirs and a line as
    short is taken for wrapped: the sentence goes on, as it did before chapters' headings were
    read.)"""
    below_end = text.find("\n", end)
    below_line = text[end : below_end if below_end >= 0 else len(text)]
    below = below_line.split()
    if not below:
        return False
    line = len(text[begin : end - 1].rstrip())
    if len(below_line.rstrip()) >= line + 1 + len(below[0]):
        return False  # the measure is no narrower than the line below (``_measure``)
    top = begin - 1
    for _ in range(_NEAR_LINES):
        if top <= 0:
            break
        top = text.rfind("\n", 0, top)
    bottom = end - 1
    for _ in range(_NEAR_LINES + 1):
        if bottom < 0:
            break
        bottom = text.find("\n", bottom + 1)
    start = max(0, top + 1)
    near = text[start : bottom if bottom >= 0 else len(text)].split("\n")
    width = _measure(near, text.count("\n", start, begin))
    return line <= width < line + 1 + len(below[0])


def _runs_on(text: str, begin: int, end: int) -> bool:
    """Whether the line from ``begin`` to ``end`` (past its line break) is no heading but a
    sentence going on to the next line: it ends in a word that goes on (``OPEN_ENDS``:
    "... in het⏎<Naam>") or was wrapped there, the next word past the margin (``_wrapped``).
    A heading's line is neither, whatever capital the next line opens on."""
    return (
        text[begin:end].rsplit(None, 1)[-1].lower() in OPEN_ENDS
        or _wrapped(text, begin, end)
        or _listed_sum(text, begin, end)
    )


def heading_line_at(text: str, begin: int) -> bool:
    """Whether the line starting at ``begin`` is a heading line as the sentence reader takes
    one (``HEADING_LINE``, a capital line ending no sentence over a line opening on a capital,
    and no sentence running on: ``_runs_on``): where a text printing no blank lines (a web
    page's text without its markup) starts a new section."""
    m = HEADING_LINE.match(text, begin)
    return m is not None and not _runs_on(text, begin, m.end())


def _listed_sum(text: str, begin: int, end: int) -> bool:
    """Whether the line from ``begin`` to ``end``, a title holding its sum after a colon
    ("<Onderwerp>: € 215 mln"), is a labelled value of a list rather than a heading: no blank
    line stands above it ("De gemeente ontvangt in 2025:⏎Jeugdzorg: € 5 mln⏎Wmo: € 3 mln")."""
    if "€" not in text[begin:end] or begin == 0:
        return False
    above = text.rfind("\n", 0, begin - 1)
    return bool(text[above + 1 : begin - 1].strip())


def _chapter_lines(text: str, after_breaks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each ``_CHAPTER`` line at the text's start or under a blank line or
    a line closing a sentence (``_CLOSES_LINE``), its title ending in no word that goes on
    and its line not wrapped onto the next (``_runs_on``). ``after_breaks``: the spans of
    the ``_CHAPTER`` lines after a line break, ascending."""
    found = [(0, m.end())] if (m := _CHAPTER_LINE.match(text)) else []
    found += after_breaks
    spans = []
    for begin, end in found:
        if _runs_on(text, begin, end):
            continue
        above = text[text.rfind("\n", 0, max(0, begin - 1)) + 1 : max(0, begin - 1)]
        if not above.strip() or _CLOSES_LINE.search(above):
            spans.append((begin, end))
    return spans


# A key figure: a sum in euros alone on its line ("€ 422,7 miljard"), its caption on the
# line under it opening in lower case and ending in no stop ("uitgaven van het Rijk in
# JJJJ"), as a page of key figures prints them one under the other. Each figure and its
# caption are a sentence of their own: the figure's year is its caption's, no other
# caption's. Not where the line above ends in a word that goes on ("een bedrag van⏎€ X⏎...":
# a sentence wrapped around its sum) or a comma, and only where the caption closes its block
# (a blank line, the text's end or the next figure's line under it): a sentence wrapped over
# more lines with its sum alone on one goes on under the line after the sum.
# The pattern opens on the euro sign, not on the line's start: the engine then skips to each
# "€" (a "^" under MULTILINE is tried at every character), and _key_figures checks that only
# white space stands before it on its line.
_FIGURE = r"€[ \xa0]?\d[\d.,]*(?:[ \xa0]+(?:miljard|miljoen|mld\.?|mln\.?))?[ \t\xa0]*$"
_KEY_FIGURE = re.compile(
    rf"(?m){_FIGURE}"
    r"\n(?P<caption>[ \t\xa0]*[a-zà-ÿ][^\n]*?)(?<![.!?:;,])[ \t\xa0]*$"
    rf"(?=\Z|\n[ \t\xa0]*(?:\n|\Z)|\n[ \t\xa0]*{_FIGURE})"
)


def _key_figures(text: str) -> list[int]:
    """Sentence ends around each key figure (``_KEY_FIGURE``, its sum opening its line): at
    its line's start and at the start of the line after its caption (the next figure's,
    where one follows)."""
    if "€" not in text:
        return []
    ends = []
    for m in _KEY_FIGURE.finditer(text):
        line = text.rfind("\n", 0, m.start()) + 1
        if text[line : m.start()].strip(" \t\xa0"):
            continue  # words before the sum on its line: no figure alone
        above = text[text.rfind("\n", 0, max(0, line - 1)) + 1 : max(0, line - 1)]
        words = above.split()
        if words and (words[-1].lower() in OPEN_ENDS or above.rstrip().endswith(",")):
            continue
        ends += [line, m.end() + 1 if text.startswith("\n", m.end()) else m.end()]
    return ends


# A news page's date stamp, a line of its own between blank lines, opening on a date ("15
# april 2024 17:45 Aangepast: 15 april 2024 18:02", "3 juni 2023, 09.12 uur"): no words of
# the headline above it nor of the sentence under it, whose years it would lend them as
# stated. It is a sentence of its own (a stop inside it only a time's: "10.05"). A blank line
# above it may hold white space, as the one under it may.
_DATE_STAMP = re.compile(
    r"\n[ \t\xa0]*\n(?P<stamp>[ \t\xa0]*\d{1,2}[ \t\xa0]+"
    rf"(?i:{'|'.join(MONTHS)})[ \t\xa0]+(?:19|20)\d\d"
    r"(?:[ \t\xa0,]+\d{1,2}[:.]\d\d(?:[ \t\xa0]+uur)?)?(?:[^\n.!?]|(?<=\d)\.(?=\d)){0,80})"
    r"(?=\n[ \t\xa0]*\n)"
)


def _date_stamps(text: str) -> list[int]:
    """Sentence ends at the start and the end of each date stamp line (``_DATE_STAMP``)."""
    if "\n" not in text:
        return []
    return [end for m in _DATE_STAMP.finditer(text) for end in m.span("stamp")]


def sentence_stops(text: str) -> list[int]:
    """Offsets just after each sentence end (see above), ascending."""
    headings = [(0, m.end())] if (m := HEADING_LINE.match(text)) else []
    chapter_lines = []
    after_blank = []
    first = _FIRST_ITEM_BEFORE_BLANK.match(text)
    items = [first.end() + 1] if first and _unstopped(first.group()) else []
    under_digits = []  # ends of the lines of ``_DIGIT_BLANK``
    for m in _LINE_BREAK.finditer(text):
        if m.start(1) >= 0:
            headings.append(m.span(1))
            if m.start(2) >= 0:
                chapter_lines.append(m.span(2))
        elif m.start(3) >= 0:
            chapter_lines.append(m.span(3))
        elif m.start(4) >= 0:
            if m.group(4).rsplit(None, 1)[-1].lower() not in OPEN_ENDS:
                after_blank.append(m.span(4))
        elif m.start(5) >= 0:
            if _unstopped(m.group(5)):
                items.append(m.end(5) + 1)
        else:
            under_digits.append(m.start())
    headings = [(begin, end) for begin, end in headings if not _runs_on(text, begin, end)]
    if after_blank:  # (a heading line of either kind is one line: apart, or the same)
        headings = sorted({*headings, *after_blank})
    chapters = _chapter_lines(text, chapter_lines)
    if chapters:  # (a chapter's line and any other heading line are apart, or one)
        headings = sorted({*headings, *chapters})
    heads = _page_heads(text, under_digits)
    if heads:  # (a heading line and a page's head are apart, or one)
        headings = sorted({*headings, *heads})
    # The ends of every stop, ascending: no match holds another stop character (so the three
    # patterns find what one pattern of three alternatives would) or a line break, so a stop
    # is inside a heading line exactly when its end is (a heading line starts after a line
    # break and ends with one).
    # ("." is common, in numbers too, and found by its pattern's own scan; "!" and "?" are
    # rare, and found from each occurrence: ``at_literal``.)
    stops = [m.end() for m in STOPS["."].finditer(text)]
    stops += [m.end() for stop in "!?" for m in at_literal(STOPS[stop], text, stop)]
    stops.sort()
    ends = []
    kept = 0
    for begin, end in headings:  # ascending and apart
        ends += stops[kept : bisect_right(stops, begin)]
        kept = bisect_right(stops, end)
    ends += stops[kept:]
    ends += _bullet_lines(text)
    ends += _items_after_semicolons(text)
    marked = list(_MARK_OPENS_LINE.finditer(text))  # (read once for the two below)
    ends += _item_runs(text, marked)
    ends += _outdented_after_items(text, marked)
    ends += items
    ends += _key_figures(text)
    ends += _date_stamps(text)
    ends += [end for _begin, end in headings]
    ends += [begin for begin, _end in heads if begin]  # the sentence before ends there too
    # (after the line closing a sentence: where its stop ends one already, ``_STOP_AFTER``,
    # the chapter's line starts the next and ends nothing more)
    ends += [begin for begin, _end in chapters if begin and not _stopped_above(text, begin, stops)]
    return sorted(ends)


def _stopped_above(text: str, begin: int, stops: list[int]) -> bool:
    """Whether the line above the one starting at ``begin`` ends in one of ``stops``
    (ascending), only blanks after it."""
    at = begin - 1  # the line break
    while at > 0 and text[at - 1] in " \t\xa0\r":
        at -= 1
    index = bisect_left(stops, at)
    return index < len(stops) and stops[index] == at


#: A run of text without a sentence end is cut into pieces of at most this many characters
#: (at white space where there is any): no real sentence is longer (the five sources' longest
#: is about 1,000), and an unbounded "sentence" would make every amount in it read all of it.
MAX_SENTENCE = 2000


class TextModel:
    """A document's text with its lines, offsets, sentences, paragraphs and layout.

    ``title`` and ``budget_year`` are what the page layout needs to recognise running
    headers ("Financiën en Nationale Schuld Rijksbegroting 2021").
    """

    def __init__(self, text: str, title: str = "", budget_year: int | str | None = None) -> None:
        self.text = text
        self.title = title
        self.budget_year = budget_year
        self.lines = text.split("\n")  # without line terminators
        # each line's start: the lengths of the lines before it, each with its line break,
        # summed by C-level passes (no Python expression per line)
        ends = map(operator.add, map(len, self.lines[:-1]), itertools.repeat(1))
        self.line_starts = [0, *itertools.accumulate(ends)]

    @property
    def line_count(self) -> int:
        """Lines as an editor counts them: a final newline does not start another line."""
        return len(self.lines) - (1 if self.text.endswith("\n") else 0)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset into ``text``."""
        index = bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def offset(self, line: int, column: int) -> int:
        """Character offset of a 1-based (line, column)."""
        return self.line_starts[line - 1] + column - 1

    @cached_property
    def wide_text(self) -> str:
        """The lines holding a character past ASCII, joined by line breaks: a fifth of a text
        or less (its lines holding a "€", "é" or a curly quote), and the only place a word
        holding such a character can stand. A scan for one there reads a fraction of the
        text (``layout.lines_holding``, ``layout.fold_lines``)."""
        lines = self.lines
        return "\n".join(itertools.compress(lines, map(operator.not_, map(str.isascii, lines))))

    def text_at(self, line: int, column: int, length: int) -> str:
        start = self.offset(line, column)
        return self.text[start : start + length]

    def line_end(self, line: int) -> int:
        """Offset just past the last character of 1-based ``line`` (its newline's offset)."""
        return self.line_starts[line - 1] + len(self.lines[line - 1])

    # -- sentences ----------------------------------------------------------------------

    @cached_property
    def _sentences(self) -> tuple[list[int], list[int]]:
        """(sentence ends, cuts): one scan of the text.

        A sentence runs from the previous end (or the text's start) to its own end; the
        text's end is the last. A run longer than ``MAX_SENTENCE`` is cut at the last white
        space that keeps each piece within it; the cuts are listed too, so the steward can be
        told where the context of an amount is only a window.
        """
        text = self.text
        ends: list[int] = []
        cuts: list[int] = []
        last = 0
        for stop in itertools.chain(sentence_stops(text), [len(text)]):
            while stop - last > MAX_SENTENCE:
                space = text.rfind(" ", last + 1, last + MAX_SENTENCE)
                last = space + 1 if space > last else last + MAX_SENTENCE
                ends.append(last)
                cuts.append(last)
            if stop > last:
                ends.append(stop)
                last = stop
        if not ends or ends[-1] != len(text):
            ends.append(len(text))
        return ends, cuts

    @property
    def sentence_ends(self) -> list[int]:
        """Offsets where sentences end, ascending; the text's end is the last."""
        return self._sentences[0]

    @property
    def sentence_cuts(self) -> list[int]:
        """Offsets where a run without a sentence end was cut (see ``MAX_SENTENCE``)."""
        return self._sentences[1]

    def sentence_span(self, start: int, end: int) -> tuple[int, int]:
        """(start, end) offsets of the sentence, or run of sentences, holding text[start:end]:
        from the last sentence end at or before ``start`` to the first at or after ``end``."""
        ends = self.sentence_ends
        index = bisect_right(ends, start) - 1
        begin = ends[index] if index >= 0 else 0
        after = bisect_left(ends, end)
        return begin, ends[after] if after < len(ends) else len(self.text)

    # -- layout and paragraphs ------------------------------------------------------------

    @cached_property
    def layout(self) -> PageLayout:
        """Running headers and footers, footnote blocks, line spacing, folded lines."""
        return PageLayout(self)
