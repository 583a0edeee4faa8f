"""Page furniture between a figure and its scale word: a page break, a running head, a page number.

A sentence running over a page break prints its figure on one page and its scale on the next
("€ 5" ... page number, running head ... "miljoen"). ``across_page_breaks`` finds such
amounts, with cheap prechecks so a document without such breaks costs nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from itertools import chain, compress, filterfalse
from operator import itemgetter

from budgetkit.extract.money_currencies import currency_of
from budgetkit.extract.money_grammar import NUMBER
from budgetkit.extract.money_quotes import MoneyMatch, parse_quote, printed_scale
from budgetkit.layout import (
    FOOT_NUMBERED,
    FOOTNOTE_START,
    KAMERSTUK_FOOT,
    KAMERSTUK_FOOT_APART,
    MAX_HEADING,
    PAGE_NUMBER,
    rule_lines,
)
from budgetkit.textmodel import TextModel, occurrences

# A figure ending the text before a page break ("€ 150", "150"), and the scale word, with a
# currency word after it, that the text after the break starts with ("mln uit", "miljoen euro").
# A scale word hyphenated at the break ("€ 1,3 mil-" ... "jard moet bijdragen") is the word:
# the figure's line ends in its head, the next page's text opens with its tail.
_FIGURE_AT_END = re.compile(
    rf"(?:(?P<sign>[€ƒ])[ \xa0]?)?(?P<n>{NUMBER})(?:[ \xa0]+(?P<head>(?i:mil))[-\xad])?"
    r"[ \t\xa0]*\Z"
)
_SCALE_AT_START = re.compile(
    r"[ \t\xa0\f]*(?P<unit>(?i:miljoen|miljard|mln|mld|mrd|duizend)\.?|(?P<tail>(?i:joen|jard)))"
    r"(?![^\W\d_])"
    r"(?:[ \t\xa0]+(?P<currency>(?i:euro|dollar)s?)(?![^\W\d_]))?"
)
_YEAR_FIGURE = re.compile(r"(?:19|20)\d\d")
#: A line opening with a scale word, anywhere in a text: without one (and without a quote
#: over a line's end) no amount reaches across page furniture, and the furniture's lines
#: need not be listed.
#: (From the line break before it: a pattern opening on a literal is scanned for in C. The
#: character after the break is tested first, as one class, and the words' first letters in
#: their two cases: most lines open with another letter, which the words ignoring case, each
#: tried in turn, took twice as long to reject.)
_SCALE_OPENS_LINE = re.compile(
    r"\n(?=[ \t\xa0\fmMdDjJ])[ \t\xa0\f]*"
    r"(?:[mM](?i:iljoen|iljard|ln|ld|rd)|[dD](?i:uizend)|[jJ](?i:oen|ard))(?![^\W\d_])"
)
#: A page's footer or header as a PDF's text layer prints it next to the form feed between
#: two pages: words, and the page's number set apart at its end ("Tweede Kamer, vergaderjaar
#: 2019–2020, 35 300 A, nr. 74 1"), no money (folded: the form feed is white space).
_NUMBERED_LINE = re.compile(r"(?=[^€$£¥ƒ]*\Z)(?=.*[^\W\d_]{3}).* \d{1,3}")


_DIGIT_BYTES = b"0123456789"
_DIGITS = "0123456789"


#: The most characters, digits left out, of a short line every page prints.
_SHORT = 60


def _short(text: str) -> bool:
    """Whether ``text`` without its digits is 1 to ``_SHORT`` characters long: a line that
    may be one every page prints ("Datum", "12 september 2025", "Kenmerk", "2025-0000123456",
    "12 Financiën | Rijksbegroting"); a line of digits alone is a page number, or a figure,
    for ``layout.page_numbers`` to tell. (Its digits counted, not the line copied without
    them: ten counts in C take less than half the time ``str.translate`` takes to copy a
    line of text, on the sources' lines.)"""
    if len(text) <= _SHORT:
        return bool(text.strip(_DIGITS))
    return 0 < len(text) - sum(map(text.count, _DIGITS)) <= _SHORT


def _may_cross_furniture(model: TextModel, found: list[MoneyMatch]) -> bool:
    """Whether ``across_page_breaks`` may change anything: a quote over a line's end whose
    figure, or a line opening with a scale word whose line of text before, may be page
    furniture (``layout``'s, a short line, a footnote's first line). Most documents have
    neither, and are spared listing every line's repeats, and the page numbers too when no
    line is to be tested."""
    layout = model.layout
    folded, filled = layout.folded, layout.filled

    def may_be_furniture(line: int) -> bool:
        text = folded[line - 1]
        return (
            line in listed
            or _in_run(text)
            or _head_with_page_number(text)
            or (text[:1].isdecimal() and FOOTNOTE_START.match(text) is not None)
        )

    figures = (
        model.line_col(m.start + next((i for i, c in enumerate(m.quote) if c.isdigit()), 0))[0]
        for m in found
        if "\n" in m.quote
    )
    before_scales = (
        filled[index - 1]
        for index in (
            bisect_left(filled, model.line_col(m.start() + 1)[0])
            for m in _SCALE_OPENS_LINE.finditer(model.text)
        )
        if index
    )
    lines = chain(figures, before_scales)
    first = next(lines, None)
    if first is None:
        return False
    listed = layout.page_numbers | layout.furniture | layout.footnotes
    return any(map(may_be_furniture, chain((first,), lines)))


def _beside_form_feeds(model: TextModel) -> set[int]:
    """The lines printing a page's number (``_NUMBERED_LINE``) on either side of a form
    feed: the last line of text of the page before it (its footer), the first of the page
    after it (its header). Printed once in a short document, they are no running line.
    A line whose next line, right under it on the same page, opens with a scale word is
    none: its number is a figure whose scale wrapped ("In 2025 stijgen de kosten met 120" /
    "miljoen euro"). Nor is a line opening with a scale word: it goes on with a figure
    before it, the text of the page ("€ 96" / footer / form feed / "miljoen via de regeling
    uitgekeerd aan 412"), whatever number ends it; no running line opens so.
    Where the page's number stands alone on the last line before the form feed, the line
    above it is the footer ("Tweede Kamer, vergaderjaar 2023–2024, 36 410 XV, nr. 12" / "1"):
    its number is the Kamerstuk's, no figure of the text."""
    layout = model.layout
    filled, folded, lines = layout.filled, layout.folded, model.lines
    found = set()
    for at in occurrences(model.text, "\f"):
        page = bisect_left(filled, model.line_col(at)[0])  # the first line with text at or after it
        foot = page - 1
        if (
            foot > 0
            and PAGE_NUMBER.fullmatch(folded[filled[foot] - 1])
            and not _awaits_scale(lines, filled, foot - 1, page)
        ):
            foot -= 1  # the page's number alone under its footer
        for index in (foot, page - 1, page):
            if (
                0 <= index < len(filled)
                and _NUMBERED_LINE.fullmatch(folded[filled[index] - 1])
                and _SCALE_AT_START.match(lines[filled[index] - 1]) is None
                and not _scale_wrapped(lines, folded, filled, index)
            ):
                found.add(filled[index])
    return found


#: The most lines of a page's foot before a form feed, and of the next page's head after it,
#: that ``_furniture_run`` steps over (a footer of two lines, a reference column of four).
_RUN_MOST = 6


def _in_run(text: str) -> bool:
    """Whether a line may be one of a page's foot or head: short (``_short``), digits
    alone (a reference number, "33344211"), or a rule between the two ("_______")."""
    return _short(text) or text.isdecimal() or (text[:1] == "_" and not text.strip("_"))


def _furniture_run(model: TextModel, feet: set[int]) -> set[int]:
    """The short lines (``_in_run``) around a page break (a form feed, or a line printing
    the page's number) between a signed figure ending the
    text of one page and a line opening with a scale word on the next: "€ 4,5" / "Pagina 1
    van 3" / form feed / "Ons kenmerk" / "48151623" / "Datum" / "3 juni 2025" /
    "mln. voor ...". Printed once (a letter's reference column on its second page only, a
    Handelingen footer with its date and sheet number, footnotes printed as a number alone
    over their text), they repeat on no other page and
    print no page number at their end, yet no sentence runs through them: a sign and a
    figure end the page's text with the scale the next page's text starts with. Without
    the sign a figure ending a page ("het aantal is 650") may be a count, and is left.
    ``feet``: the lines of a Kamerstuk's foot ending in the page's number
    (``PageLayout.feet``), each a page's end."""
    layout = model.layout
    filled, folded, lines = layout.filled, layout.folded, model.lines
    known = layout.page_numbers | layout.furniture | feet

    def signed_end(index: int) -> bool:
        end = _FIGURE_AT_END.search(lines[filled[index] - 1])
        return end is not None and end.group("sign") is not None

    def scale_opens(index: int) -> bool:
        return _SCALE_AT_START.match(lines[filled[index] - 1]) is not None

    def note_text(index: int) -> bool:
        """Whether the line is a footnote's text under its number printed alone on the
        line right above it ("1" / "Het bedrag is inclusief ...")."""
        above = filled[index - 1] if index else 0
        mark = folded[above - 1] if above == filled[index] - 1 else ""
        return 0 < len(mark) <= 2 and mark.isdecimal()

    def first(indices: range, ends: Callable[[int], bool]) -> int | None:
        """The first line of ``indices`` that ``ends`` the run, None where a line of text
        comes first or past ``_RUN_MOST`` lines the layout does not know as furniture
        already: a page number, a Kamerstuk's foot or a running line (``known``) is a page's
        furniture however many stand there, so a first page's foot ("1" / a footnote's text
        / "kst-36640-4" / "ISSN ..." / "'s-Gravenhage 2024" / its foot / "1") counts only
        the lines it takes the run's word for."""
        unknown = 0
        for index in indices:
            if ends(index):
                return index
            if filled[index] in known:
                continue
            if not _in_run(folded[filled[index] - 1]) and not note_text(index):
                return None
            unknown += 1
            if unknown >= _RUN_MOST:
                return None
        return None

    # where a page starts: at a form feed, or under a line printing the page's number
    # ("Pagina 1 van 2") where the text layer prints no form feed
    starts = {bisect_left(filled, model.line_col(at)[0]) for at in occurrences(model.text, "\f")}
    starts |= {bisect_left(filled, line) + 1 for line in layout.page_numbers}
    # or under a Kamerstuk's foot printing the page's number after it, where the text layer
    # prints no form feed ("'s-Gravenhage 2013 Tweede Kamer, vergaderjaar 2012–2013, 33 532,
    # nr. 1 1")
    starts |= {bisect_left(filled, line) + 1 for line in feet}
    # or under a rule the text layer prints between a page's foot and the next one's head
    # where no form feed parts them ("Voorjaarsnota 2016      7" / "_______" / "Provincie
    # Zuid-Holland      1 Financieel beeld"): no footnotes under it (``layout``)
    starts |= {
        bisect_left(filled, line) + 1 for line in rule_lines(model) if line not in layout.footnotes
    }
    # or under a page's foot printing its number set apart by a run of spaces ("Jaarverslag
    # OCW 2021          11"), the next page's head right under it, no form feed between
    # (only lines holding two spaces and ending in a digit are tested)
    starts |= {
        bisect_left(filled, index + 1) + 1
        for index in layout.spaced
        if lines[index].rstrip()[-1:].isdecimal() and FOOT_NUMBERED.fullmatch(lines[index])
    }
    found: set[int] = set()
    for page in sorted(starts):
        scale = first(range(page, len(filled)), scale_opens)
        if scale is None:
            continue
        figure = first(range(page - 1, -1, -1), signed_end)
        if figure is not None:
            found.update(filled[figure + 1 : scale])
    return found


#: A running head or foot printed as a paragraph of its own: words (a Kamerstuk's number,
#: "26 488, nr. 412"; a title, "Tweede Kamer, vergaderjaar 2019–2020") and the page's number
#: set apart at its end, no money.
_HEAD_WITH_PAGE_NUMBER = re.compile(r"(?=[^€$£¥ƒ]*\Z)(?=.*[^\W\d_]).* \d{1,3}")


def _head_with_page_number(text: str) -> bool:
    """Whether the folded line ``text`` may be a running head or foot with the page's number
    (``_HEAD_WITH_PAGE_NUMBER``), as long as one is (``layout.MAX_HEADING``)."""
    return len(text) <= MAX_HEADING and _HEAD_WITH_PAGE_NUMBER.fullmatch(text) is not None


def _set_apart_heads(model: TextModel) -> set[int]:
    """The lines of a page's head or foot where a text layer prints no form feed: lines set
    apart by a blank line above and below that end in the page's number
    (``_HEAD_WITH_PAGE_NUMBER``), between a line of text ending in a figure and one opening
    with a scale word ("een bedrag van € 1,1" / "" / "26 488, nr. 412      4" / "" /
    "miljard gereserveerd"): the scale word is the figure's, the page's number no figure.
    A line so set apart after text ending in no figure is a paragraph of one line whose
    number the scale word after the blank line may be ("Het tekort loopt op tot 150" / "" /
    "miljoen euro"), and is left; so is every line of a text printing a blank line after
    each line (``layout.double_spaced``), where each is set apart."""
    layout = model.layout
    if layout.double_spaced:
        return set()
    filled, texts, lines = layout.filled, layout.filled_texts, model.lines
    last = len(filled) - 1
    heads = [
        index
        for index in compress(range(len(filled)), map(str.isdecimal, layout.filled_lasts))
        if 0 < index < last
        and filled[index - 1] < filled[index] - 1
        and filled[index + 1] > filled[index] + 1
        and _head_with_page_number(texts[index])
    ]
    found: set[int] = set()
    for run in _runs(heads):
        before, after = run[0] - 1, run[-1] + 1
        if (
            before >= 0
            and after <= last
            and _SCALE_AT_START.match(lines[filled[after] - 1]) is not None
            and _FIGURE_AT_END.search(lines[filled[before] - 1]) is not None
        ):
            found.update(filled[index] for index in run)
    return found


def _runs(indices: list[int]) -> list[list[int]]:
    """The ascending ``indices`` cut into runs of consecutive ones (a page's foot and the
    next page's head, each set apart)."""
    runs: list[list[int]] = []
    for index in indices:
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def _awaits_scale(lines: list[str], filled: list[int], foot: int, page: int) -> bool:
    """Whether the line ``filled[foot]``, above a page's number alone before a form feed,
    is the page's last line of text, its figure the one whose scale word opens the next
    page (``filled[page]``: "... stijgt in 2025 tot 412" / "3" / form feed / "miljoen
    euro."): the line above it ends in no figure the scale word may await instead. A
    running foot ("..., nr. 12") under the text's last figure ("uit op 300"), or under
    the lines of a Kamerstuk's first foot ("'s-Gravenhage 2024"), is none."""
    if page >= len(filled) or _SCALE_AT_START.match(lines[filled[page] - 1]) is None:
        return False
    return foot <= 0 or _FIGURE_AT_END.search(lines[filled[foot - 1] - 1]) is None


def _scale_wrapped(lines: list[str], folded: list[str], filled: list[int], index: int) -> bool:
    """Whether the line right after line ``filled[index]`` (no blank line between, which
    sets a running line apart, and no form feed) opens with a scale word that no figure
    ending the page before awaits: the line's number is that scale's figure, its sentence
    wrapped. Where the page before ends in a figure ("uit op € 14,9" / "17" / "Financieel
    Jaarverslag van het Rijk 2013   Hoofdstuk 2" / "mld"), the scale word is that figure's."""
    if index + 1 >= len(filled) or filled[index + 1] != filled[index] + 1:
        return False
    after = lines[filled[index]]
    if "\f" in after or _SCALE_AT_START.match(after) is None:
        return False
    before = index - 1  # the last line of text before it, page numbers stepped over
    while before >= 0 and PAGE_NUMBER.fullmatch(folded[filled[before] - 1]):
        before -= 1
    return before < 0 or _FIGURE_AT_END.search(lines[filled[before] - 1]) is None


def across_page_breaks(
    model: TextModel, found: list[MoneyMatch], rejected: list[tuple[int, str]]
) -> list[MoneyMatch]:
    """The amounts found, read across the page furniture a PDF's text layer prints between
    a figure and its scale word (a page number, a running header or footer, a footnote:
    ``model.layout``; a short line printed on every page, as a letter's "Datum" and
    "Kenmerk" column): "€ 150⏎⏎12⏎⏎mln" is € 150 mln, quoted "€ 150" with the scale
    printed on the line after the break (``scale_at``), not € 150 and € 12 mln.

    An amount whose figure stands on such a line while its quote reaches a line of text (a
    page number and the next page's scale word, "12⏎⏎mln"; a sign before the break and a
    page number, "€⏎⏎1") is no amount: left out and said in ``rejected``.
    """
    if not _may_cross_furniture(model, found):
        return found
    layout = model.layout
    # a line is counted without its digits: a running line printed with the page's number
    # before it ("12 Financiën | Rijksbegroting") or after it repeats so
    # (as UTF-8 bytes, all lines at once: no byte of a character beyond ASCII is a digit's,
    # and bytes lose their digits in C, where a str is translated character by character;
    # kept as bytes, one line's text to another's as their characters, and decoded only
    # where a text repeats, for its length in characters)
    joined = "\n".join(layout.filled_texts).encode()
    texts = joined.translate(None, _DIGIT_BYTES).split(b"\n")
    counts = Counter(texts)
    # a short line printed more than once is page furniture (``_short``); each text is
    # tested once, not each line: a line is repeated when its text is
    short = {
        text for text, count in counts.items() if count > 1 and 0 < len(text.decode()) <= _SHORT
    }
    repeated = compress(layout.filled, map(short.__contains__, texts))
    # (a Kamerstuk's foot, ``layout.feet``, is among ``layout.furniture``)
    breaks = layout.page_numbers | layout.furniture | layout.footnotes | set(repeated)
    breaks |= _beside_form_feeds(model) | _furniture_run(model, layout.feet)
    breaks |= _set_apart_heads(model)
    lines, starts, text = model.lines, model.line_starts, model.text
    kept = []
    for m in found:
        if not breaks or "\n" not in m.quote:  # most quotes stand on one line
            kept.append(m)
            continue
        first, last = model.line_col(m.start)[0], model.line_col(m.end - 1)[0]
        digit = next((i for i, c in enumerate(m.quote) if c.isdigit()), 0)
        figure = model.line_col(m.start + digit)[0]
        if figure in breaks and not {first, last} <= breaks:
            rejected.append(
                (m.start, f"'{' '.join(m.quote.split())}': its figure is page furniture (a page "
                          "number, a running header or a footnote), not stored")
            )  # fmt: skip
            continue
        kept.append(m)
    # a footnote printed at the page's foot without a rule above it ("3 Kamerstukken II
    # 2024/25, 36 600, nr. 4.") stands between the two pages' text as the furniture does
    notes = {
        number
        for number, line in compress(
            zip(layout.filled, layout.filled_texts, strict=True),
            map(str.isdecimal, map(itemgetter(0), layout.filled_texts)),
        )
        if FOOTNOTE_START.match(line)
    }
    between = breaks | notes
    if not between:
        return kept
    # the lines of text on either side of each run of furniture, blank lines stepped over
    text_lines = list(filterfalse(between.__contains__, layout.filled))
    pairs = set()
    for line in between:
        after = bisect_right(text_lines, line)
        if 0 < after < len(text_lines):
            pairs.add((text_lines[after - 1], text_lines[after]))
    for before, after in sorted(pairs):
        # (the scale word first: it opens few lines, and the figure is searched for along
        # the whole line before)
        scale = _SCALE_AT_START.match(lines[after - 1])
        figure = _FIGURE_AT_END.search(lines[before - 1]) if scale is not None else None
        if (
            figure is None
            or scale is None
            or (figure.group("head") is None) != (scale.group("tail") is None)
        ):
            continue  # a hyphenated scale word's head and tail come in pairs
        sign = figure.group("sign")
        if not sign and _YEAR_FIGURE.fullmatch(figure.group("n")):
            continue  # "in 2025": a year before the break
        start, end = starts[before - 1] + figure.start(), starts[before - 1] + figure.end("n")
        if any(m.start < end and start < m.end and (m.start, m.end) != (start, end) for m in kept):
            continue  # the figure is part of a longer amount
        quote = text[start:end]
        unit = scale.group("unit")
        if scale.group("tail") is not None:
            unit = figure.group("head") + unit  # "mil-" ... "jard": miljard
            # the scan refused the figure with the head alone ("€ 1,3 mil"): now read
            rejected[:] = [(at, why) for at, why in rejected if at != start]
        word = scale.group("currency")
        printed = currency_of(sign) if sign else (currency_of(word) if word else None)
        amount, _ = parse_quote(quote, printed_scale(unit))
        kept = [m for m in kept if (m.start, m.end) != (start, end)]
        kept.append(
            MoneyMatch(start, end, quote, amount, None, printed_scale(unit) or "units",
                       printed is None, printed, starts[after - 1] + scale.start("unit"))
        )  # fmt: skip
    kept.sort(key=lambda m: m.start)
    return kept


#: A page's head or foot inside a window of text, the page's number set apart by a run of
#: spaces at the line's start or end, words on the other side ("26          Tweede Kamer,
#: vergaderjaar 2003–2004, 29 200, nr. 1", "Jaarverslag OCW 2021          11"): a whole line
#: of its own between two lines of one sentence. The number may be said with its word and
#: the count of pages ("Raadsvoorstel Kadernota 2027-2030          pagina 3 van 11",
#: "blz. 4/9"), as letters and council documents print it: "van" a word of its own between
#: white space ("3van11" is no count of pages), the slash between white space or none.
_PAGE_NUMBER = (
    r"(?:(?i:pagina|blz\.?)[ \t\xa0]+)?\d{1,3}"
    r"(?:[ \t\xa0]+(?i:van)[ \t\xa0]+\d{1,3}|[ \t\xa0]*/[ \t\xa0]*\d{1,3})?"
)
_NUMBERED_HEAD = re.compile(
    rf"(?m)^[ \t\xa0]*(?:{_PAGE_NUMBER}[ \t\xa0]{{2,}}[^\W\d_][^\n]*"
    rf"|[^\W\d_][^\n]*?\S[ \t\xa0]{{2,}}{_PAGE_NUMBER})"
    r"[ \t\xa0]*$"
)
#: A line of a window, without its line break.
_LINE = re.compile(r"(?m)^[^\n]*$")


#: A printer's place and year on a line of its own, as a Kamerstuk's first page prints it
#: right over its foot ("'s-Gravenhage 2024" / "Tweede Kamer, vergaderjaar ...").
_IMPRINT = re.compile(r"(?:['’]s-)?[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)? (?:19|20)\d\d")


def _kamerstuk_feet(lines: list[re.Match[str]]) -> list[tuple[int, int]]:
    """The spans of the ``lines`` of a window that print a Kamerstuk's foot: the foot with
    the page's number after it (``KAMERSTUK_FOOT``), or without it, the number alone on the
    line under it (``KAMERSTUK_FOOT_APART``, "..., 36 640, nr. 4" / "1" / form feed), and
    the printer's place and year right over either (``_IMPRINT``, "'s-Gravenhage 2024"):
    each prints a year of the page, none of the sentence running past it."""
    spans = []
    for index, line in enumerate(lines):
        folded = " ".join(line.group().split())
        below = lines[index + 1].group().strip() if index + 1 < len(lines) else ""
        if KAMERSTUK_FOOT.fullmatch(folded) is None and not (
            PAGE_NUMBER.fullmatch(below) and KAMERSTUK_FOOT_APART.fullmatch(folded)
        ):
            continue
        spans.append(line.span())
        if index and _IMPRINT.fullmatch(lines[index - 1].group().strip()):
            spans.append(lines[index - 1].span())
    return spans


def without_page_heads(window: str) -> str:
    """``window`` with each whole line of it that is a page's head or foot blanked, its
    length kept: a sentence running over a page break, or a sentence after the break that
    the foot runs into for want of a stop, prints the running line's session or budget year
    ("vergaderjaar 2003–2004") among its words, no year of an amount in it. Such a line
    prints the page's number set apart by a run of spaces (``_NUMBERED_HEAD``, no longer
    than ``MAX_HEADING`` folded), or is a Kamerstuk's foot with the page's number one space
    after the piece's or on the line under it, with the printer's place and year over it
    (``_kamerstuk_feet``: "Tweede Kamer, vergaderjaar 2020–2021, 35 420, nr. 230 2"), the
    form feed of the next page's first line no part of it. A window within
    one line has none. A numbered head is blanked only between two lines of the window, its
    first line cut at the window's start and its last running into the amount, so it is
    sought only where the window has two line breaks; the foot, whose words say it whole, on
    any line, with one."""
    if "\n" not in window:
        return window
    heads = (
        [
            head.span()
            for head in _NUMBERED_HEAD.finditer(window)
            if head.start() > 0 and len(" ".join(head.group().split())) <= MAX_HEADING
        ]
        if window.count("\n") >= 2
        else []
    )
    if "vergaderjaar" in window:  # (its words say it whole, the window's first line too)
        heads += _kamerstuk_feet(list(_LINE.finditer(window)))
    for start, end in heads:
        if end < len(window):
            window = window[:start] + " " * (end - start) + window[end:]
    return window
