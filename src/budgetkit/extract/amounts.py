"""The ``amounts`` resource: one row per money amount in a document's prose.

``money.find_money`` finds the amounts; this module decides which bare ones are money (not
people, homes or cubic metres), reads each amount's qualifier, years, basis and role from
the words around it, and keeps the exact quote so the provenance check can re-read it.
Context is read from short windows around each amount (its sentence, the words up to its
neighbours), so the cost follows the number of amounts, not the length of the text.
"""

from __future__ import annotations

import re
from typing import Any

from budgetkit.extract.money import NUMBER, MoneyMatch, find_money, parse_quote, printed_scale
from budgetkit.sources import SourceDocument

# A bare "N miljoen" followed by one of these counts things, not euros.
_COUNTED = re.compile(
    r"""\s*(?:
        \d | (?:kubieke|m3|nm3|ton|kilo|liter|vierkante|hectare|km|kilometer)
        | (?:mensen|personen|inwoners|huishoudens|gezinnen|kinderen|jongeren|ouderen|volwassenen
           |leerlingen|studenten|werknemers|werkenden|banen|woningen|huizen|containers|patiënten
           |cliënten|bezoekers|reizigers|voertuigen|auto|stemmen|nederlanders|burgers
           |mantelzorgers|vrijwilligers|uren|dagen|jaar|keer|stuks|plekken)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_QUALIFIER = re.compile(
    r"(?:(?<=[\s(])|^)(?P<q>ruim|bijna|circa|ca\.|ongeveer|zo[’']n|maximaal|minimaal|ten ?minste"
    r"|meer dan|minder dan|een kleine|krap|oplopend tot|oplopend naar|tot maximaal|hooguit"
    r"|naar schatting|bij benadering|gemiddeld|maar liefst|nog geen|afgerond)[\s\xa0]*$",
    re.IGNORECASE,
)
# "(bedragen x 1000)" printed in prose: the bare numbers just after a year before it count
# in thousands ("in 2021 300, en in zowel 2022, als 2023 1.700 (bedragen x 1000)").
_SCALE_NOTE = re.compile(
    r"\(\s*bedragen\s*[x×]\s*(?:€\s*)?(?P<f>1\.?000(?:\.?000)?)\s*\)", re.IGNORECASE
)
_YEAR_THEN_NUMBER = re.compile(rf"\b(?P<y>(?:19|20)\d\d)\s+(?P<n>{NUMBER})(?!\s*(?:procent|%))")
# Sentence ends: ".!?" then white space and a capital, a bullet or a dash, not after the
# abbreviations the documents use inside sentences; and a heading: a short capitalised line
# without punctuation followed by a capitalised line ("Preventie", "Opdrachten").
_SENTENCE_END = re.compile(
    r"[.!?](?<!\bca\.)(?<!\bnr\.)(?<!\bart\.)(?<!\bo\.a\.)(?<!\bd\.w\.z\.)(?<!\bvs\.)"
    r"(?<!\bincl\.)(?=[\s\xa0]+[A-Z•–\-])|\n(?=[ \t]*[•–])"
    r"|(?m:^[ \t\xa0]*[A-Z][^\n!?:;€]{0,66}[^\n.!?:;€,\-\s][ \t\xa0]*\n"
    r"(?=(?:[ \t\xa0]*\n)*[ \t\xa0]*[A-Z]))"
)
_YEAR = r"(?:199\d|20\d\d)"
_MONTH = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
)
_YEARS = re.compile(
    rf"""(?P<prep>\b(?:in|voor|vanaf|van|tot\s+en\s+met|t/m|tot|per|sinds|na|over|jaar|jaren
            |periode|begrotingsjaar|schooljaar|ingang\s+van|en|als)\s+(?:de\s+jaren\s+|het\s+jaar\s+
            |de\s+periode\s+)?)?
        (?P<a>{_YEAR})(?:(?:\s*,\s*{_YEAR})*\s*(?P<sep>[-–]|tot\s+en\s+met|t/m|tot|en)\s*
            (?:{_MONTH}\s+)?(?P<b>{_YEAR}))?
        (?!\d|[.,]\d)""",
    re.VERBOSE | re.IGNORECASE,
)
_REACH = 200  # characters either side in which words can qualify an amount
_AFTER_STOP = re.compile(r"[,;:()]|\s–\s")
# An aside right after the amount ("€ 160 miljoen (70 + 90) aan ... in 2021"), or the
# parenthesis the amount stands in ("(€ 20 miljoen) in 2022"), does not end its clause.
_ASIDE = re.compile(r"^[\s\xa0]*(?:\((?P<aside>[^()]{0,80})\)|\))")
# Words that say how an amount relates to its years; one pass finds all of them.
_MARKS = re.compile(
    r"""\b(?:(?P<cumulative>cumulatie?f)
    |(?P<structural>structure(?:el|le))
    |(?P<per_year>per\s+jaar|jaarlijks|op\s+jaarbasis|elk\s+jaar|van\s+elk)
    |(?P<incidental>incidente(?:el|le)|eenmalig(?:e)?)
    |(?P<total>in\s+totaal|totaal|totaalbedrag|verspreid\s+over|in\s+\w+\s+jaar\s+tijd))\b""",
    re.IGNORECASE | re.VERBOSE,
)
_PART = re.compile(
    r"\b(?:waarvan|waaronder|hiervan|daarvan|van\s+deze|van\s+de\s+resterende)\b", re.I
)
_PART_AFTER = re.compile(r"^[\s\xa0]*(?:hiervan|daarvan)\b", re.I)
_TOTAL_BEFORE = re.compile(
    r"\b(?:in\s+totaal|totaal|totaalbedrag|totaalbudget|totale\s+(?:bedrag|budget|steun))\b"
    r"[^€\d]{0,40}$",
    re.I,
)
# "Van deze € 65 miljoen wordt € 62 miljoen ...": a sentence opening on the whole, then a part.
_WHOLE_OPENING = re.compile(r"^[\s\xa0]*van\s+(?:deze|de(?:\s+resterende)?)[\s\xa0]*$", re.I)
# "€ 5 miljoen en in 2021 € 19 miljoen": joined by a conjunction, the same kind of amount.
_JOINED = re.compile(rf"[\s\xa0]*(?:,|en|of)?[\s\xa0]*(?:(?:in|voor)\s+{_YEAR}[\s\xa0]*)?")
# The next item of an enumeration: a short stretch ending in "," or "en".
_NEXT_ITEM = re.compile(r"^[^.;:]{0,100}(?:,|\ben)[\s\xa0]*$")
_OPEN_PAREN = re.compile(r"\([\s\xa0]*$")
_FUNDING = re.compile(
    r"\b(?:beschikbaar|uitgetrok|trekt|gereserveerd|reserveren|vrijgemaakt|vrij\b|begroot"
    r"|ingezet|investeer|investeert|geïnvesteerd|toegevoegd|toegekend|toekent|verhoogd|extra"
    r"|ontvangen|ontvangt|krijgt|krijgen|overgeheveld|subsidie|budget|impuls|bijdrage|gaat\s+naar"
    r"|stelt|gesteld|bestemd|compensatie|verstrekt|uitgekeerd|korting|bezuiniging)",
    re.I,
)


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the sentence around text[start:end].

    Looks back in a short window first, a longer one if that holds no sentence end, so the
    cost follows the amounts rather than the length of the document.
    """
    begin = 0
    for width in (400, 4000):
        window = max(0, start - width)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, window, start)]
        if ends or window == 0:
            begin = ends[-1] if ends else window
            break
    line_start = text.rfind("\n", 0, start) + 1  # a heading's end is matched from its line
    for stop in _SENTENCE_END.finditer(text, line_start):
        if stop.end() >= end:
            return begin, stop.end()
    return begin, len(text)


def _is_money(text: str, match: MoneyMatch) -> bool:
    """A bare "N miljoen" is money unless a counted noun follows or "het aantal" precedes."""
    if not match.bare:
        return True
    if _COUNTED.match(text, match.end):
        return False
    return "aantal" not in text[max(0, match.start - 120) : match.start].lower()


def _external_scale(text: str) -> list[tuple[int, int, str, int, int]]:
    """(start, end, scale, note offset, year) of bare numbers a "(bedragen x 1000)" note
    scales, with the year printed just before each."""
    found = []
    for note in _SCALE_NOTE.finditer(text):
        scale = "duizend" if note.group("f").replace(".", "") == "1000" else "mln"
        start, _ = _sentence_span(text, note.start(), note.end())
        if re.search(r"\btabel\b", text[start : note.start()], re.I):
            continue  # a table title, and tables are extracted elsewhere
        for m in _YEAR_THEN_NUMBER.finditer(text, start, note.start()):
            found.append((m.start("n"), m.end("n"), scale, note.start(), int(m.group("y"))))
    return found


Years = tuple[int | None, int | None, str | None]


def _lacks_scale(m: MoneyMatch) -> bool:
    """A euro amount with decimals but no printed scale ("€ 6,1"): its unit is elsewhere."""
    return printed_scale(m.quote) is None and "," in m.quote and m.amount_eur_max is None


def _years(window: str, cut_before_next: bool = False) -> Years:
    """First year expression in ``window``: (from, to, how it was introduced).

    With ``cut_before_next`` the window runs up to the next amount, and a year that ends it
    belongs to that amount ("€ 15 miljoen en in 2021 € 30 miljoen").
    """
    tail = len(window.rstrip(" \t\n\xa0"))
    for m in _YEARS.finditer(window):
        if cut_before_next and m.end() >= tail:
            break
        prep = (m.group("prep") or "").split()
        prep_word = prep[0].lower() if prep else None
        if m.group("b"):
            return int(m.group("a")), int(m.group("b")), prep_word or "range"
        if prep_word in (None, "en", "als"):
            continue  # a name such as "Voorjaarsnota 2019", not a budget year
        year = int(m.group("a"))
        if prep_word in ("tot", "t/m"):
            return None, year, prep_word
        if prep_word in ("vanaf", "sinds", "ingang"):
            return year, None, "vanaf"
        return year, year, prep_word
    return None, None, None


def _last_years(window: str) -> Years:
    """Last year expression in ``window`` (the words before an amount)."""
    last: Years = (None, None, None)
    for m in _YEARS.finditer(window):
        got = _years(window[m.start() : m.end()])
        if got[2] is not None:
            last = got
    return last


def _basis(before: str, near_after: str, years: Years) -> str:
    """The ``basis`` enum from the marker word nearest the amount and the years it names.

    "eenmalig 1,7 miljard euro ... en krijgt jaarlijks 10 miljoen euro": the nearest word
    wins, so each amount gets its own.
    """
    year_from, year_to, how = years
    marks = [(len(before) - m.end(), m.lastgroup) for m in _MARKS.finditer(before)]
    marks += [(m.start(), m.lastgroup) for m in _MARKS.finditer(near_after)]
    nearest = min(marks)[1] if marks else None
    if nearest == "cumulative":
        return "cumulative"
    kinds = {kind for _, kind in marks}
    if nearest in ("structural", "per_year") and "structural" in kinds:
        return "structural_from_year"  # "structureel 100 miljoen per jaar"
    if nearest == "structural" or (nearest in (None, "per_year") and how == "vanaf"):
        return "structural_from_year"  # "jaarlijks € 130 mln. vanaf 2023"
    if nearest == "per_year":
        return "per_year"
    if nearest == "incidental":
        return "incidental"
    if year_from is not None and year_from == year_to:
        return "per_year"  # "in totaal is in 2023 € 64,8 miljoen": that year's total
    if nearest == "total" or (year_from and year_to):
        return "total_over_period"
    if how == "vanaf":
        return "structural_from_year"
    return "unknown"


def _role(before: str, after: str, local: str, opens: bool, after_whole: bool) -> str:
    """measure, part, total or context, from the words between this amount and its neighbours.

    ``opens`` says the amount is the sentence's first; ``after_whole`` says the previous
    amount opened the sentence as a whole ("Van deze € 65 miljoen"), making this one a part.
    """
    tail = before[-80:]
    if opens and _WHOLE_OPENING.match(before):
        return "total"
    if (
        after_whole
        or _PART.search(before, max(0, len(before) - _REACH))
        or _PART_AFTER.match(after)
    ):
        return "part"
    if _TOTAL_BEFORE.search(tail):
        return "total"
    if _OPEN_PAREN.search(tail) or _FUNDING.search(local):
        return "measure"  # "(€ 40 miljoen)" after an item is that item's budget
    return "context"


def _respectively(sentence: str, items: int) -> list[int] | None:
    """Years listed before "respectievelijk", when they pair one to one with ``items``."""
    head, sep, _ = sentence.partition("respectievelijk")
    if not sep:
        return None
    years = [int(y) for y in re.findall(rf"\b{_YEAR}\b", head)]
    return years[-items:] if len(years) >= items else None


def extract_amounts(doc: SourceDocument) -> list[dict[str, Any]]:
    """Rows for every money amount in ``doc``'s text (tables are dropped later by the pipeline)."""
    text = doc.text
    matches = [m for m in find_money(text) if _is_money(text, m)]
    external = _external_scale(text)
    taken = [(m.start, m.end) for m in matches]
    spans: list[tuple[MoneyMatch, int | None]] = [(m, None) for m in matches]
    year_before: dict[int, int] = {}
    for start, end, scale, note, year in external:
        if any(s <= start < e for s, e in taken):
            continue
        quote = text[start:end]
        amount, _ = parse_quote(quote, scale)
        spans.append((MoneyMatch(start, end, quote, amount, None, scale, False), note))
        year_before[start] = year
    spans.sort(key=lambda item: item[0].start)

    rows: list[dict[str, Any]] = []
    claimed = 0  # end of the words whose years the previous amount already took
    whole_opened = False
    s_start = s_end = -1
    folded = ""
    for i, (m, note) in enumerate(spans):
        if not s_start <= m.start < s_end or m.end > s_end:  # sentences hold several amounts
            s_start, s_end = _sentence_span(text, m.start, m.end)
            folded = " ".join(text[s_start:s_end].split())
        opens = not (i and spans[i - 1][0].end > s_start)
        prev_end = s_start if opens else spans[i - 1][0].end
        next_start = spans[i + 1][0].start if i + 1 < len(spans) else s_end
        next_start = min(max(next_start, m.end), s_end)
        before = text[prev_end : m.start]
        after = text[m.end : next_start]
        aside = _ASIDE.match(after)
        skip = aside.end() if aside else 0
        stop = _AFTER_STOP.search(after, skip)
        near_after = after[skip : stop.start()] if stop else after[skip:]
        years = _years(aside.group("aside") or "") if aside else (None, None, None)
        if years[2] is None:
            years = _years(near_after, cut_before_next=stop is None and next_start < s_end)
        if years[2] is not None:
            claimed = m.end + skip + len(near_after)
        else:
            years = _last_years(text[max(prev_end, claimed) : m.start])
            claimed = m.end
        if years[2] is None and not opens:  # "in 2023 € 5 miljoen ... en ruim 31 miljoen"
            years = (rows[-1]["year_from"], rows[-1]["year_to"], None)
        local = before[-_REACH:] + " " + near_after[:_REACH]
        role = _role(before, after, local, opens, whole_opened and not opens)
        in_list = not opens and m.start < spans[i - 1][0].end  # "€ 8, 10 en 10 miljoen"
        if in_list:
            role = rows[-1]["role"]
            years = (rows[-1]["year_from"], rows[-1]["year_to"], None)
        elif not opens and role == "context" and _JOINED.fullmatch(before):
            role = rows[-1]["role"] if rows[-1]["role"] == "measure" else role
        elif not opens and rows[-1]["role"] == "part" and _NEXT_ITEM.search(before):
            role = "part"  # "waaronder jaarlijks € 38,6 miljoen voor X, € 14 miljoen voor Y"
        whole_opened = opens and role == "total" and bool(_WHOLE_OPENING.match(before))
        if m.start in year_before:
            years = (year_before[m.start], year_before[m.start], "in")
        year_from, year_to, _ = years
        basis = _basis(before[-_REACH:], near_after, years)
        if in_list or (role == "part" == rows[-1]["role"] and basis == "unknown" and not opens):
            basis = rows[-1]["basis"]  # items of one enumeration share how they count
        line, column = doc.line_col(m.start)
        if not opens and _lacks_scale(m) and rows[-1]["scale"] in ("mln", "mld"):
            # "€ 750 miljard, waarvan € 6,1 beschikbaar komt": the unit of the whole.
            note = doc.offset(rows[-1]["line"], rows[-1]["column"])
            amount, _ = parse_quote(m.quote, rows[-1]["scale"])
            m = MoneyMatch(m.start, m.end, m.quote, amount, None, rows[-1]["scale"], False)
        qualifier = _QUALIFIER.search(text, max(s_start, m.start - 30), m.start)
        rows.append(
            {
                "amount_id": f"{doc.id}:{line}:{column}",
                "document_id": doc.id,
                "line": line,
                "column": column,
                "quote": m.quote,
                "amount_eur": m.amount_eur,
                "amount_eur_max": m.amount_eur_max,
                "scale": m.scale,
                "scale_line": doc.line_col(note)[0] if note is not None else None,
                "qualifier": " ".join(qualifier.group("q").lower().split()) if qualifier else None,
                "year_from": year_from,
                "year_to": year_to,
                "basis": basis,
                "role": role,
                "sentence": folded,
                "_sentence_start": s_start,
            }
        )
    _pair_respectively(rows)
    for row in rows:
        del row["_sentence_start"]
    return rows


def _pair_respectively(rows: list[dict[str, Any]]) -> None:
    """Give each item of "voor de jaren 2021, 2022 en 2023 respectievelijk € 8, 10 en 10
    miljoen" its own year."""
    groups: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(row["_sentence_start"], []).append(row)
    for group in groups.values():
        years = _respectively(group[0]["sentence"], len(group))
        if years is None:
            continue
        for row, year in zip(group, years, strict=True):
            row["year_from"] = row["year_to"] = year
            row["basis"] = "per_year"
