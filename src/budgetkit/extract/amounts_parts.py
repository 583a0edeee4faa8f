"""The years a whole takes from its parts by year printed after it in its sentence.

"€ 3,2 mln (€ 1,6 mln in 2025 en € 1,6 mln in 2026)", "€ 230 mln, waarvan € 80 mln in
2013 en € 150 mln in 2014", "€ 25 mln, verdeeld over 2024 (€ 10 mln) en 2025 (€ 15 mln)":
the whole is of the years its parts fall in, from the first to the last, though its own
words print none of them, or only the first part's; where the last of the parts ending its
words is of the years after the others ("... en de jaren daarna (€ 5 mln)", ``_OPEN_PART``),
from the first on, its end open; where the first or the last is of the years before the
others ("in eerdere jaren (€ 5 mln) en 2025 (€ 2 mln)", ``_EARLIER_PART``), up to the last,
its start open.

This is the third reader of an amount's years, apart from the other two because it reads
what neither does. ``amounts_years`` reads the years an amount's own words print around
it, the first expression after it or the last before it; ``amounts_context_years`` the
years it takes from elsewhere (the sentence before, a list's introduction, a heading).
Both read words only. The parts' years here are another amount's each, printed after the
whole and past other amounts. The parts after ", waarvan" (``parts_after_whereof``) are the
whole's only where their sums, read by the money finder, add up to the whole's, or leave
some of it over for a last part naming the rest (``_add_up``); the parts ending the
whole's words, each a year and its sum in brackets (``years_of_parts_after``), only where
they add up so and no comparison, substitution or cause between the whole and them makes
them another noun's (``_NOT_ITS_DIVISION``). The
parts listed in a bracket right after the whole (``parts_by_year``) are taken as printed,
with neither test, where each falls "in" its year; parts "voor" a year only where they add
up. ``amounts.extract_amounts`` asks here after its own words gave the whole
no years, and for the parts ending its words also after they gave only years among the
parts' (``none_but_parts``).
"""

from __future__ import annotations

import re

from budgetkit.extract.amounts_years import (
    COMPARED_WORDS,
    LATER_YEARS,
    YEAR,
    Years,
    cause_words,
)
from budgetkit.extract.money_quotes import MoneyMatch

# A plus sign before a part's sum in its bracket, a rise ("2024 (+ € 5,0 mln)").
_PART_SIGN = r"(?:\+[\s\xa0]*)?"
# A part's sum, a currency before it or none, its scale after it or none, and the currency's
# word after those or none ("€ 10 mln", "600 miljoen euro", "5 mln euro": ``_YEAR_PART``,
# ``_YEAR_THEN_PART``).
_PART_SUM = (
    r"(?:€|ƒ|fl\.|f|eur|euro)?[\s\xa0]*\d[\d.,]*[\s\xa0]*(?:mln\.?|miljoen|mld\.?|miljard|duizend)?"
    r"(?:[\s\xa0]*(?:euro|eur)(?![^\W\d_]))?"
)
# The years after the others and those before them, named by no year ("de jaren daarna",
# "latere jaren"; "eerdere jaren", "de jaren daarvoor"): a part of them leaves the end or
# the start of its whole's years open (``_OPEN_PART``, ``_EARLIER_PART``, ``_part_years``).
_EARLIER_YEARS = (
    r"(?:de[\s\xa0]+)?(?:(?:eerdere|vorige|voorgaande|voorafgaande)[\s\xa0]+jaren"
    r"|jaren[\s\xa0]+(?:daarvoor|ervoor))"
)
# A bracket after an amount in its sentence that splits it into parts, each a sum and the
# year it falls in or is for ("geraamd op € N mln (€ N mln in JJJJ en € N mln in JJJJ)",
# "(N miljard euro voor JJJJ en N miljard euro voor JJJJ)"): the whole spans the
# parts' years. A part "voor" its year (``for``) is the whole's by that year only where the
# parts add up to it (``parts_by_year``).
_YEAR_PART = re.compile(
    rf"[\s\xa0]*{_PART_SUM}[\s\xa0]+(?:in|(?P<for>voor))[\s\xa0]+(?P<y>(?:19|20)\d\d)[\s\xa0]*",
    re.IGNORECASE,
)
# (White space around "en" may be a line break and the next line's indent of a text layer:
# "(€ 40 mln) en⏎ 2026 (€ 44 mln)".)
_PART_JOINT = re.compile(r",[\s\xa0]+(?:en[\s\xa0]+)?|[\s\xa0]+en[\s\xa0]+", re.IGNORECASE)
# The last of such parts may fall in the years after the others or in those before them
# ("€ 25 mln in 2026 en € 15 mln in de jaren daarna", "€ 6 mln in 2024, € 5 mln in 2025 en
# € 4 mln in de jaren daarvoor"): the whole's end or start is open. Not the first: a part
# printing no year of its own right after the whole would read the whole's as its own.
_UNDATED_PART = re.compile(
    rf"[\s\xa0]*{_PART_SUM}[\s\xa0]+in[\s\xa0]+"
    rf"(?:(?P<later>{LATER_YEARS})|(?P<earlier>{_EARLIER_YEARS}))[\s\xa0]*",
    re.IGNORECASE,
)


# The last part may be what is left of the whole after the parts before it, named by no sum
# ("€ 1.015 miljoen, waarvan € 310 miljoen voor 2024 en de rest voor 2025-2027", "het
# restant in 2026"): it falls in its year or span, and the parts add up to the whole by
# what it names, wherever the sums before it leave some over (``_add_up``).
_REST_PART = re.compile(
    r"[\s\xa0]*(?:de[\s\xa0]+rest|het[\s\xa0]+restant|het[\s\xa0]+overige(?:[\s\xa0]+deel)?)"
    r"[\s\xa0]+(?:in|voor)[\s\xa0]+(?:de[\s\xa0]+(?:jaren|periode)[\s\xa0]+)?"
    rf"(?P<y>{YEAR})(?:[\s\xa0]*(?:[-–]|t/m|tot[\s\xa0]+en[\s\xa0]+met)[\s\xa0]*"
    rf"(?P<z>{YEAR}))?[\s\xa0]*",
    re.IGNORECASE,
)


def _span(years: list[int], open_start: bool, open_end: bool) -> Years:
    """The years from the first of ``years`` to the last, the start or the end open; none
    where ``years`` are none or both are open (the parts bound no years)."""
    if not years or (open_start and open_end):
        return None, None, None
    return (None if open_start else min(years), None if open_end else max(years), "range")


def _part_years(listed: str) -> tuple[Years, int, bool, bool]:
    """The years of the parts ``listed`` holds (``_span``), each a sum and the year it falls
    in or is for (``_YEAR_PART``), the last maybe in the years before or after the others
    (``_UNDATED_PART``) or the rest of the whole (``_REST_PART``), two at least, joined by
    commas or "en" (``_PART_JOINT``); how many parts print a sum, whether any is "voor" its
    year, and whether the last is the rest; none where any piece of it is no such part."""
    pieces = _PART_JOINT.split(listed)
    none: tuple[Years, int, bool, bool] = ((None, None, None), 0, False, False)
    years: list[int] = []
    open_start = open_end = for_year = rest = False
    for at, piece in enumerate(pieces):
        if (part := _YEAR_PART.fullmatch(piece)) is not None:
            years.append(int(part.group("y")))
            for_year = for_year or part.group("for") is not None
            continue
        if at and at == len(pieces) - 1 and (left := _REST_PART.fullmatch(piece)) is not None:
            years += [int(left[end]) for end in ("y", "z") if left[end]]
            rest = True
            continue
        undated = _UNDATED_PART.fullmatch(piece)
        if undated is None or at < len(pieces) - 1:
            return none
        open_start, open_end = (
            undated.group("earlier") is not None,
            undated.group("later") is not None,
        )
    if len(pieces) < 2:
        return none
    return _span(years, open_start, open_end), len(pieces) - rest, for_year, rest


def parts_by_year(
    text: str,
    after_from: int,
    after: str,
    s_end: int,
    whole: MoneyMatch,
    following: list[MoneyMatch],
) -> Years:
    """The years of the parts a bracket opened in ``after`` (the words from ``after_from``
    to the next amount) lists before the sentence's end (``_part_years``), or none. Parts
    each "in" its year are taken as printed, whether their sums add up to the whole's or
    not. A part "voor" a year may name what the money is for, no year it falls in ("€ 1,3
    miljard voor 2026" of a whole the parts leave some of to other years, or none): such
    parts are the whole's by year only where ``following`` (the amounts found after it)
    add up to ``whole``'s (``_add_up``), as after ", waarvan" and in parts ending its
    words."""
    opened = after.rfind("(")
    if opened < 0 or ")" in after[opened:]:
        return None, None, None
    start = after_from + opened + 1
    close = text.find(")", start, s_end)
    if close < 0:
        return None, None, None
    years, parts, for_year, rest = _part_years(text[start:close])
    if (for_year or rest) and not _add_up(whole, following, parts, rest):
        return None, None, None
    return years


# A whole followed in its sentence by its parts, each a year and its sum in brackets after
# it ("€ 25 miljoen toe te voegen aan de reserve, verdeeld over 2024 (€ 10 miljoen) en 2025
# (€ 15 miljoen)", "€ 20,0 mln via een kasschuif naar 2012 (€ 12,0 mln) en 2013 (€ 8,0
# mln)"): the words after the whole end on the first part's year and its bracket, and the
# parts, two at least, are joined by commas or "en" (``_PART_JOINT``). A shift's year it
# leaves before them, its participle before "naar" or not ("€ 64 mln van 2012 naar 2014 (€ 40
# mln) en 2015 (€ 24 mln)", "€ 120,5 mln van 2024 verschoven naar 2025 (€ 80,4 mln) en 2026
# (€ 40,1 mln)"), is changed too, as after a whole naming its years
# (``amounts_years._shifted_years``); so is one "uit" names ("€ 84 mln uit 2023 naar 2025
# (€ 40 mln) en 2026 (€ 44 mln)", "-/- € 8 mln uit 2023 naar 2024 (+ € 5 mln) en 2025 (+ € 3
# mln)"), the parts arriving in their years maybe signed as rises, the whole as the fall of
# the year it leaves (``_add_up``'s ``moved``). ("In" a year before "naar" is the amount's
# own year, no year it leaves: "-€ 3 mln in 2024 naar 2025 (€ 2 mln) en 2026 (€ 1 mln)".)
# Not where the words between compare the whole with the parts or put it in their place
# (``_NOT_ITS_DIVISION``: "€ 14 mln, evenveel als de tekorten over 2023 (€ 6 mln) en 2024 (€
# 8 mln) samen", "€ 14 mln vervangt de bedragen voor 2025 (€ 6 mln) en 2026 (€ 8 mln)"): the
# parts are another noun's that happen to add up to it, and their years not the whole's.
_YEAR_THEN_PART = re.compile(
    rf"(?P<y>(?:19|20)\d\d)[\s\xa0]*\([\s\xa0]*{_PART_SIGN}{_PART_SUM}[\s\xa0]*\)",
    re.IGNORECASE,
)
# The last part may be of the years after the others, named by no year ("€ 25 mln, verdeeld
# over 2026 (€ 10 mln), 2027 (€ 10 mln) en de jaren daarna (€ 5 mln)", "... en latere jaren
# (€ 5 mln)") or by the first of them and "e.v.", "en verder" or those words ("... en 2028
# e.v. (€ 2 mln)", "... en 2028 en volgende jaren (€ 3 mln)"): the whole runs from the first
# part's year on, its end open, as "voor 2026 en latere jaren" does
# (``amounts_years._ONWARDS``). Where those years end "tot en met" a year ("... en de latere
# jaren tot en met 2030 (€ 7 mln)"), or the last part is a span of years printed from the
# first to the last ("... en de jaren 2028 tot en met 2030 (€ 7 mln)", "2028-2030"), the
# whole ends there.
_SPAN_TO = r"(?:[\s\xa0]+(?:tot[\s\xa0]+en[\s\xa0]+met|t/m)[\s\xa0]+|[\s\xa0]*[-–][\s\xa0]*)"
_OPEN_PART = re.compile(
    rf"(?:{LATER_YEARS}"
    r"|(?P<first>(?:19|20)\d\d)[\s\xa0]+(?:e\.[\s\xa0]?v\.|en[\s\xa0]+verder"
    rf"|en[\s\xa0]+{LATER_YEARS})"
    rf"|(?:de[\s\xa0]+jaren[\s\xa0]+)?(?P<from>(?:19|20)\d\d)(?={_SPAN_TO}(?:19|20)\d\d))"
    rf"(?:{_SPAN_TO}(?P<last>(?:19|20)\d\d))?"
    rf"[\s\xa0]*\([\s\xa0]*{_PART_SUM}[\s\xa0]*\)",
    re.IGNORECASE,
)
# The first or the last part may be of the years before the others, named by no year ("€ 7
# mln besteed, in eerdere jaren (€ 5 mln) en 2025 (€ 2 mln)", "verdeeld over 2024 (€ 6 mln),
# 2025 (€ 5 mln) en de jaren daarvoor (€ 4 mln)"): the whole runs to the last part's year,
# its start open, as its end is after the later years (``_OPEN_PART``).
_EARLIER_PART = re.compile(
    rf"{_EARLIER_YEARS}[\s\xa0]*\([\s\xa0]*{_PART_SUM}[\s\xa0]*\)", re.IGNORECASE
)
_FIRST_PART_OPENS = re.compile(
    r"(?:(?:(?<![^\W\d_])(?i:van|uit)[\s\xa0]+(?P<left>(?:19|20)\d\d)[\s\xa0]+"
    r"(?:[^\W\d_]+[\s\xa0]+)?(?i:naar)[\s\xa0]+)?"
    r"(?<![\w\-/])(?P<y>(?:19|20)\d\d)"
    rf"|(?<![^\W\d_])(?P<earlier>(?i:{_EARLIER_YEARS})))"
    rf"[\s\xa0]*\([\s\xa0]*{_PART_SIGN}\Z"
)
# A comparison ("evenveel als", "meer dan", "ten opzichte van", "gelijk aan"), a
# substitution ("vervangt", "in plaats van") or a cause ("als gevolg van", "dankzij", "in
# verband met"; not "door", after a passive the payer's) between a whole and the parts after
# it. Its comparisons and causes are ``amounts_years.COMPARED_WORDS`` and ``cause_words``.
_DIVISION_CAUSE_WORDS = cause_words(r"[\s\xa0]")
_NOT_ITS_DIVISION = re.compile(
    rf"(?<![^\W\d_])(?:{COMPARED_WORDS}|zoals|gelijk[\s\xa0]+aan"
    r"|(?:evenveel|evenzoveel)[\s\xa0]+als|vervang\w*|in[\s\xa0]+plaats"
    rf"|{_DIVISION_CAUSE_WORDS})(?![^\W\d_])",
    re.IGNORECASE,
)
# How far back from the end of a whole's words its first part may open
# (``_FIRST_PART_OPENS``): "van JJJJ <participle> naar JJJJ (" fits in 40 characters with a
# participle of up to 19 letters, single spaces ("doorgeschoven"); the search stays short.
_PARTS_OPEN_WITHIN = 40
#: At most this many amounts after a whole are read as its parts (``years_of_parts_after``,
#: ``parts_after_whereof``).
MAX_PARTS = 8


def _add_up(
    whole: MoneyMatch,
    following: list[MoneyMatch],
    parts: int,
    rest: bool = False,
    moved: bool = False,
) -> bool:
    """Whether there are two ``parts`` at least and the sums of the first as many of
    ``following`` add up to ``whole``'s: parts that do not add up to it leave some of it to
    other years or none. With the ``rest`` of the whole as a part of its own, one part's sum
    or more leaving some of the whole over add up with it. Where the whole is ``moved`` out
    of a year to the parts' years, it may be printed as that year's fall and the parts as
    the rises it makes: they add up to its size."""
    if parts < 2 - rest or len(following) < parts:
        return False
    sums = [match.amount_eur for match in following[:parts]]
    if whole.amount_eur is None or None in sums:
        return False
    if rest:
        return sum(sums) < whole.amount_eur
    return sum(sums) == whole.amount_eur or (moved and sum(sums) == -whole.amount_eur)


def years_of_parts_after(
    text: str,
    after_from: int,
    after: str,
    s_end: int,
    whole: MoneyMatch,
    following: list[MoneyMatch],
) -> tuple[Years, list[int]]:
    """The years the parts a whole's words end on (``_FIRST_PART_OPENS``) span (``_span``),
    each a year and its sum in brackets (``_YEAR_THEN_PART``) before the sentence's end, the
    first one of the years before them or not (``_EARLIER_PART``: the start open), the last
    one of the years before or after them or not (``_OPEN_PART``: the start or the end
    open), with the year a shift leaves, where the sums of ``following`` (the amounts found
    after the whole) add up to ``whole``'s (``_add_up``), and no comparison, substitution or
    cause stands between them (``_NOT_ITS_DIVISION``); else none (a shift's year alone, no
    part read, is none too). Then the parts' years themselves, which ``none_but_parts``
    tests the whole's own years against."""
    none: tuple[Years, list[int]] = ((None, None, None), [])
    if not after.rstrip(" \t\xa0\n+").endswith("("):
        return none
    opens = _FIRST_PART_OPENS.search(after, max(0, len(after) - _PARTS_OPEN_WITHIN))
    if opens is None or _NOT_ITS_DIVISION.search(after, 0, opens.start()) is not None:
        return none
    years: list[int] = []
    at = after_from + opens.start("earlier" if opens.group("earlier") else "y")
    pieces = 0
    open_start = open_end = ended = False
    while True:
        part = _YEAR_THEN_PART.match(text, at, s_end)
        if part is not None:
            years.append(int(part.group("y")))
        elif pieces and (part := _OPEN_PART.match(text, at, s_end)) is not None:
            years += [int(part[end]) for end in ("first", "from", "last") if part[end]]
            open_end = part.group("last") is None
            ended = True
        elif not open_start and (part := _EARLIER_PART.match(text, at, s_end)) is not None:
            open_start = True
            ended = pieces > 0
        if part is None:
            break
        pieces += 1
        joint = _PART_JOINT.match(text, part.end(), s_end)
        if joint is None or ended:
            break
        at = joint.end()
    left = [int(opens.group("left"))] if opens.group("left") else []
    if not years or not _add_up(whole, following, pieces, moved=bool(left)):
        return none
    return _span([*years, *left], open_start, open_end), [*years, *left]


def none_but_parts(own: Years, parts: list[int]) -> bool:
    """Whether the years a whole's own words give it (``own``: after it, else before it)
    are none or among its parts' (``parts``, with a shift's year it leaves: "€ 1,2 mld voor
    2024 (€ 0,4 mld), 2025 (...)", "€ 64 mln van 2012 naar 2014 (...)"). A year of its own
    outside them ("het tekort over 2025 bedraagt € 9 mln; dat is evenveel als de tekorten
    over 2023 (€ 4 mln) en 2024 (€ 5 mln) samen", "€ 14 mln vallen in 2027 en vervangen de
    bedragen voor 2025 (...)") is the whole's, the parts with their years another noun's."""
    return all(year is None or year in parts for year in own[:2])


# A whole split after ", waarvan" or a colon into parts, each a sum and the year it falls in,
# that add up to it ("geraamd op € 230 miljoen, waarvan € 80 miljoen in 2013 en € 150 miljoen
# in 2014", "is € 5 miljoen beschikbaar: € 2 miljoen in 2026 en € 3 miljoen in 2027", up to
# four words of its clause before the comma or colon, compounds joined by a hyphen among
# them ("overgeboekt naar de LNV-begroting, waarvan"), or none): the whole spans the parts'
# years, as in a bracket (``parts_by_year``). Parts that do not add up to it leave some of
# it to other years or none: no years then.
_WHEREOF = re.compile(
    r"(?:[ \t\xa0\n]+[^\W\d_]+(?:-[^\W\d_]+)*){0,4}[ \t\xa0\n]*"
    r"(?:,[ \t\xa0\n]*(?i:waarvan)[ \t\xa0\n]+|:[ \t\xa0\n]*)"
)
_WHEREOF_END = re.compile(r"[ \t\xa0\n.]*(?:[;:]|\Z)")


def parts_after_whereof(
    text: str,
    after: str,
    after_end: int,
    s_end: int,
    whole: MoneyMatch,
    following: list[MoneyMatch],
) -> Years:
    """The years of the parts listed after a whole's words ``after`` ending in ", waarvan" or
    a colon (``_WHEREOF``), from ``after_end`` to the sentence's end (``_part_years``),
    ``following`` the amounts found after the whole, when their sums add up to ``whole``'s;
    else none."""
    if _WHEREOF.fullmatch(after) is None:
        return None, None, None
    end = _WHEREOF_END.search(text, after_end, s_end)
    years, parts, _, rest = _part_years(text[after_end : end.start() if end else s_end])
    return years if _add_up(whole, following, parts, rest) else (None, None, None)
