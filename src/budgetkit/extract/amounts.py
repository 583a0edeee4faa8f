"""The ``amounts`` resource: one row per money amount in a document's prose.

``money.find_money`` finds the amounts; ``extract_amounts`` builds each amount's row: it
decides which bare ones are money (``amounts_counts``), reads each amount's qualifier
(``amounts_qualifiers``), years (``amounts_years``, ``amounts_context_years``,
``amounts_parts``), basis and role (``amounts_roles``) and currency
(``amounts_currencies``) from the words around it, and keeps the exact quote so the
provenance check can re-read it.
Context is read from short windows around each amount (its sentence, the words up to its
neighbours), so the cost follows the number of amounts, not the length of the text.

Each row keeps the currency its amount is printed in (an amount printing none takes the one
printed just before it in its sentence, or the one of the same figure a sentence before, else
the document's own: guilders in a text printing more of them than euros, else euros), and says
where its years come from: ``stated`` when its own sentence prints them, ``context`` when they
are read from elsewhere (the sentence before, a list's introduction, "dit jaar", or, in
``fill_context_years``, the heading's year or the document's budget year for an amount whose
sentence names none).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from budgetkit.extract.amounts_cash_shifts import span_cash_shifts
from budgetkit.extract.amounts_consequence_years import date_by_consequence
from budgetkit.extract.amounts_context_years import (
    ITEM_ENDS,
    aside_years,
    closed_asides,
    colon_time_years,
    coming_years,
    date_change_before_its_ends,
    date_path_changes,
    lead_in_years,
    line_label_year,
    list_intro_years,
    may_be_dated,
    pair_change_ends,
    pair_listed_years,
    pair_respectively,
    relative_years,
    share_trailing_years,
    shares_years,
    year_after,
    year_after_in_place,
    year_source,
    years_after,
    years_said_after,
)
from budgetkit.extract.amounts_counts import UNIT_WORD, money_among
from budgetkit.extract.amounts_currencies import (
    EURO_BUDGETS_FROM,
    coded_currency,
    currency_named_before,
    franc_named,
    guilder_after_euro,
    guilder_coded,
    guilders_before,
    home_currency,
    implied_currency,
    of_euro_time,
    plain_florins,
)
from budgetkit.extract.amounts_footnotes import footnote_marked
from budgetkit.extract.amounts_furniture import across_page_breaks, without_page_heads
from budgetkit.extract.amounts_note_changes import changes_under_notes
from budgetkit.extract.amounts_parts import (
    MAX_PARTS,
    none_but_parts,
    parts_after_whereof,
    parts_by_year,
    years_of_parts_after,
)
from budgetkit.extract.amounts_qualifiers import (
    PER_SALDO,
    RISE_END,
    ROUNDED_BY_SPEECH,
    qualifier_match,
    qualifier_word,
)
from budgetkit.extract.amounts_roles import (
    OPEN_PAREN,
    RELATIVE_PART,
    WHOLE_OPENING,
    basis_of,
    role_of,
)
from budgetkit.extract.amounts_spoken import (
    spoken_cents,
    spoken_milles,
    spoken_tientjes,
    spoken_tons,
)
from budgetkit.extract.amounts_unit_notes import (
    PER_UNIT,
    declared_figures,
    declared_units,
    external_scale,
    lacks_scale,
    listed_figures,
    scale_notes,
    section_units,
    without_their_scale,
)
from budgetkit.extract.amounts_windows import REACH, may_hold
from budgetkit.extract.amounts_years import (
    COMPARED_WORDS,
    JOINED_YEAR,
    MONTH,
    YEAR,
    YEAR_AT_ONCE,
    YEAR_TOKEN,
    Years,
    adjacent_year,
    cause_words,
    cell_label_as_colon,
    clause_document_year,
    document_year,
    first_years,
    full_years,
    has_year,
    is_dated,
    last_years,
    may_join_year,
    origin_year_as_in,
    runs_out_as_until,
    structural_from_change,
    year_end,
    year_label,
    years_in,
)
from budgetkit.extract.money import find_money
from budgetkit.extract.money_quotes import MoneyMatch, parse_quote
from budgetkit.extract.warnings import ExtractWarning
from budgetkit.layout import MAX_HEADING
from budgetkit.sources import SourceDocument
from budgetkit.textmodel import MAX_SENTENCE, TextModel

_SPREAD = (
    r"(?:(?:verspreid|verdeeld|uitgesmeerd)\s+over"
    r"|(?:(?:uit|op|af|in|aan|bij|toe|door|vrij|terug)\s+)?te\s+(?!weten\b)[^\W\d_]{2,}en\b)"
)
# An adverb of how often or how exclusively, then a year expression ("alleen in 2026",
# "eenmalig in 2025", "jaarlijks vanaf 2027"): after a comma it times the amount before it.
_TIMED = (
    r"(?:alleen|uitsluitend|enkel|eenmalig|incidenteel|jaarlijks)\s+"
    r"(?:in|voor|vanaf|over|tot|t/m)\s+(?:19|20)\d\d\b"
)
# A year expression set off by commas, a word after it or none ("Die 75 miljoen komt er, voor
# 2015 en 2016 samen, uit het budget", "trekt € 40 mln uit, in 2025 en 2026, voor"): an
# adverbial the clause goes on past, timing it.
_SET_OFF_YEARS = (
    r"(?:in|voor|over|vanaf|tot|t/m)\s+(?:19|20)\d\d"
    r"(?:\s*(?:,|en|-|–|t/m|tot\s+en\s+met)\s*(?:19|20)\d\d)*(?:\s+[^\W\d_]+)?\s*,"
)
# So is one after a comma ending the sentence, the years alone ("draagt 50 miljoen bij, in
# 2025 en 2026.", "300 miljoen per jaar extra, vanaf 2025.") or a start year and a word of
# how the sum runs from it ("een nadeel van € X per jaar, vanaf JJJJ structureel."): the
# last words time the clause before them. Not a year and any other word, which opens a
# clause of its own ("€ 3 mln, in 2024 niets.", "€ 2 mln per jaar, vanaf 2027 nihil.", "€ 0,7
# mln, in 2024 minder."), nor where the sentence names a year before the
# amount ("In 2023 ... € 3 mln, in 2024."): the amount's year is that one (``_AFTER_STOP``).
_LAST_YEARS = (
    r"(?:(?:in|voor|over|vanaf|tot|t/m)\s+(?:19|20)\d\d"
    r"(?:\s*(?:,|en|-|–|t/m|tot\s+en\s+met)\s*(?:19|20)\d\d)*"
    r"|vanaf\s+(?:19|20)\d\d\s+(?:structureel|incidenteel|jaarlijks))\s*[.;!?]\s*\Z"
)
# A comma or dash ends an amount's clause, except before a list of years or a spread over
# them ("1 miljard euro in 2019, 2020 en 2021", "53 miljoen euro gereserveerd, verspreid over
# 2020 en 2021", "1 miljard - uitgesmeerd over 2019, 2020 en 2021 -"), or a clause of "te"
# and an infinitive saying what is still to be done with the amount, its years the amount's
# ("€ 23,4 miljoen toegevoegd, te verdelen over 2020 en 2021", "een bedrag gereserveerd, te
# besteden in 2022–2025", "€ 2 mld gereserveerd, te realiseren in drie stappen tot en met
# 2021", "uit te geven in 2026"; not "te weten", which opens a list), or an adverb timing it
# ("150 miljoen extra beschikbaar, alleen in 2026", ``_TIMED``). (The pattern starts
# with the class of every first character, which the engine skips to in C, and checks behind
# it which one it was.) A spaced dash with nothing after it up to the next amount stands
# between that amount and the words naming it ("€ 187 mln en voor 2026 – € 64 mln": its
# minus or a separator), no clause's end: those words go to ``first_years`` whole, which
# reads the year before the dash as the next item's where a joint opens that item.
# (A comma before a year expression closing the bracket the amount stands in goes on the
# clause too: "(€ 35 miljard, tot en met 2030)", "(€ 12 mln, vanaf 2026)": the bracket holds
# the amount and its years, nothing else, ``_BRACKET_YEARS``.)
_BRACKET_YEARS = (
    r"[\s\xa0]*(?:(?:in|voor|over|vanaf|tot(?:\s+en\s+met)?|t/m|per|sinds)\s+)?"
    r"(?:19|20)\d\d(?:\s*(?:-|–|t/m|tot(?:\s+en\s+met)?)\s*(?:19|20)\d\d)?[\s\xa0]*\)"
)
# A rule of underscores on a line of its own, as a text layer prints it over a page's notes.
_NOTES_RULE = re.compile(r"\n[ \t\xa0]*_{3,}[ \t\xa0]*(?:\r?\n|\Z)")
# A bracket holding only the mark of a deviation's sign after an amount's words, a comma
# right after it ("€ X per jaar (N), vanaf JJJJ", "(V),", "(+),"): it marks the
# amount, as one right after it does (``_ASIDE``), and ends no clause; the comma decides.
# Any other bracket ends it, and so does the mark with words after it ("€ X nadelig (N)
# als gevolg van <oorzaak> in JJJJ": the year is the cause's).
_SIGN_MARK = r"(?-i:[NV+\-–−])"
_BRACKET_STOP = rf"(?<=[;:])|(?<=\()(?!{_SIGN_MARK}\),)|(?<=\))(?<!\({_SIGN_MARK}\))"


def _clause_stops(goes_on: str) -> re.Pattern[str]:
    """Where an amount's clause ends in the words after it: a semicolon, a colon, a bracket
    (``_BRACKET_STOP``), a spaced dash (not before a spread over years or at the end), or a
    comma, except before a year, a spread or timing of the amount, a year closing its
    bracket (``_BRACKET_YEARS``), or the words ``goes_on`` names."""
    return re.compile(
        rf"[;:(),\s](?:{_BRACKET_STOP}|(?<=,)(?![\s\xa0]*(?:(?:19|20)\d\d\b|{_SPREAD}|{_TIMED}"
        rf"|{goes_on}|{_BRACKET_YEARS}))"
        rf"|(?<=\s)–\s(?!{_SPREAD})(?![\s\xa0]*\Z))",
        re.I,
    )


# An amount's clause in a sentence that names a year before it, and in one that names none,
# where the years ending the sentence after a comma are the amount's (``_LAST_YEARS``).
_AFTER_STOP = _clause_stops(_SET_OFF_YEARS)
_AFTER_STOP_LAST = _clause_stops(rf"{_SET_OFF_YEARS}|{_LAST_YEARS}")
# The finite verb after the comma closing an amount set between commas as its subject's
# apposition ("Een deel daarvan, ongeveer € 640 miljoen, is in 2022 niet geteld"): the
# clause goes on, and its years are the amount's. Only where a comma opens the apposition
# right before the amount (``_APPOSITION_OPENS``): after an amount its clause opened ("Het
# budget bedraagt € 5 miljoen, was in 2020 nog € 3 miljoen") the verb opens another clause.
_APPOSED_VERB = (
    r"(?:is|was|wordt|werd|zijn|waren|worden|werden|komt|kwam|komen|kwamen|gaat|ging|gaan"
    r"|gingen|blijft|bleef|blijven|bleven|valt|viel|vallen|vielen)\b"
)
# A year expression after the closing comma goes on the clause too ("de middelen voor jeugd,
# in totaal bijna twee miljard euro, vanaf 2023 structureel toe te voegen"): it times it.
# (Any preposition and year: ``_SET_OFF_YEARS``, which opens so, needs no test of its own.)
_APPOSED_YEARS = r"(?:in|voor|vanaf|over|tot|t/m|per|sinds)\s+(?:19|20)\d\d\b"
_AFTER_APPOSITION = _clause_stops(rf"{_APPOSED_VERB}|{_APPOSED_YEARS}")
# A comma opening an apposition, up to three words between it and the amount or none ("Een
# deel daarvan, ongeveer € 640 miljoen,", "Het tekort, 1,5 miljoen euro,", "de middelen voor
# jeugd, in totaal bijna twee miljard euro,").
_APPOSITION_OPENS = re.compile(r",[ \t\xa0\n]*(?:[^\W\d_]+[ \t\xa0\n]+){0,3}\Z")
# An aside right after the amount ("€ 160 miljoen (70 + 90) aan ... in 2021"), or the
# parenthesis the amount stands in ("(€ 20 miljoen) in 2022"), does not end its clause.
# A bracket holding only a year, a span of years or years joined by "en" that closes the
# amount's clause, words of the clause between or none ("trekt € 300 miljoen uit
# (2023-2026).", "€ 20 mln per jaar (2025 en 2026);", "(2025, 2026 en 2027)"): the
# amount's years, as a bracket right after it gives them ("€ 12 miljoen (2025)").
_CLAUSE_YEARS = re.compile(
    r"\([\s\xa0]*(?P<years>(?:19|20)\d\d(?:(?:[\s\xa0]*,[\s\xa0]*(?:19|20)\d\d)*[\s\xa0]*"
    r"(?:[-–]|en|t/m|tot[\s\xa0]+en[\s\xa0]+met)[\s\xa0]*(?:19|20)\d\d)?)[\s\xa0]*\)"
    r"(?=[\s\xa0]*(?:[.;:]|(?m:$)))"
)
# A noun phrase of its own between the amount and that bracket, an article, a determiner or
# a number heading it, or a comparison ("€ 10 mln voor het vervolg op de twee evaluaties
# (2019 en 2021).", "daalde ten opzichte van <det> jaren (JJJJ t/m JJJJ)."): the years are
# that phrase's, not the amount's; a bare noun is the amount's purpose ("€ 14 mln uit voor
# dijkversterking (2025-2027).").
#: The words that head a noun phrase: an article, a determiner or a small number.
_DETERMINERS = "de|het|een|deze|dit|die|dat|onze?|hun|zijn|haar|uw|twee|drie|vier|vijf"
_PHRASE_OF_ITS_OWN = re.compile(
    rf"(?<![^\W\d_])(?:{_DETERMINERS}|elke?|alle|eerdere?|vorige?|als|{COMPARED_WORDS})"
    r"(?![^\W\d_])",
    re.I,
)
# Save a phrase of the amount's purpose or role that the bracket closes, "voor" or "als" and
# a noun, an article, a determiner or a number and words in -e before it or none ("€ 11 mln
# uit voor de dijkversterking (2025-2027).", "€ 6 mln per jaar voor dit programma
# (2024-2026).", "€ 9 mln voor twee proeftuinen (2026 en 2027).", "€ 3 mln als
# cofinanciering (2025-2028)."): the bracket times what the amount is for, the amount's
# years. Not a noun further down ("voor het vervolg op de twee evaluaties (2019 en 2021)":
# the evaluations' years), nor past a comparison (``_COMPARED``).
_PURPOSE_CLOSED = re.compile(
    r"(?<![^\W\d_])(?:voor|als)[\s\xa0]+"
    rf"(?:(?:{_DETERMINERS})[\s\xa0]+)?"
    r"(?:(?!(?:de|die|deze|twee|drie)[\s\xa0])[^\W\d_]+e[\s\xa0]+){0,2}[^\W\d_]+[\s\xa0]*\Z",
    re.I,
)
# The words of a comparison (``amounts_years.COMPARED_WORDS``).
_COMPARED = re.compile(rf"(?<![^\W\d_])(?:{COMPARED_WORDS})(?![^\W\d_])", re.I)
_ASIDE = re.compile(r"^[\s\xa0]*(?:\((?P<aside>[^()]{0,80})\)|\))")
# A bracket citing a parliamentary or official document ("(Kamerstuk N, nr. N)",
# "(Kamerstukken II JJJJ/JJ, N, nr. N)", "(Stb. JJJJ, N)", "(zie bijlage N)"): an aside
# of the word before it, inside the clause it stands in ("de € X die bij de <nota> JJJJ
# (Kamerstuk N, nr. N) al voor JJJJ was gereserveerd"). It ends no clause of the amount, and
# its numbers and years are the document's, none of the amount's: the words after an amount
# read it as blank.
_CITATION = re.compile(
    r"\([ \t\xa0]*(?i:kamerstuk(?:ken)?|kamerbrief|handelingen|kst\.|tk|ek|stb\.|stcrt\.|zie)"
    r"(?![\w\-])[^()€$£ƒ\n]{0,80}\)"
)


# A cause after an amount ("stijgen vanaf 2027 met € 15 mln per jaar als gevolg van de
# verhoging van het minimumloon per 1 januari 2026"): a year in it times the cause, not the
# sum, where the amount's own clause names its year before it (a base compared with, "ten
# opzichte van 2024 stijgen ...", is not its year: ``last_years``). ("door" is left out: after
# a passive it names who pays, and the years after it are the sum's.)
_CAUSE_WORDS = cause_words(r"[ \t\xa0\n]")
_CAUSE = re.compile(rf"(?<![^\W\d_])(?:{_CAUSE_WORDS})(?![^\W\d_])", re.IGNORECASE)
# A footnote's number glued after an amount ending in its scale or its stop ("€ 31,2 mln.3
# (netto contante waarde per 1 januari 2012)"): the aside after it is still the amount's.
_MARK_BEFORE_ASIDE = re.compile(r"\d{1,2}(?=[ \t\xa0]*\()")
# The unit a rate counts in, between the amount and a bracket holding only its year or span
# ("een tarief van € 21,80 per maand (2025) blijft", "€ 75 per inwoner (2024-2026) en"): the
# rate's "per" phrase is part of the amount, and the bracket right after it times the amount
# as one right after its figure does ("€ 150.000 (2025)"), wherever its clause goes on.
_RATE_BEFORE_YEARS = re.compile(
    rf"[ \t\xa0]+(?i:per)[ \t\xa0]+[^\W\d_]+(?=[ \t\xa0]*\([ \t\xa0]*{YEAR}"
    rf"(?:[ \t\xa0]*[-–][ \t\xa0]*{YEAR})?[ \t\xa0]*\))"
)
# A change since a year, "van" right before the amount and its end after it ("is sinds 2008
# opgelopen van € 4,6 mln. naar € 31,2 mln."): the amount is the level in that year, not a
# sum from it on.
_SINCE_FROM = re.compile(
    r"(?<![\w-])(?i:sinds)[ \t\xa0\n]+(?:19|20)\d\d\b[^.;:€\d]{0,60}(?<![\w-])(?i:van)"
    r"[ \t\xa0\n]+\Z"
)
# A budget or a post of a year right after an amount, its name between ("een onderbesteding
# van € 0,4 mln op het budget subsidies sociaal domein 2025", "€ 2 mln uit de post
# onvoorzien 2024"): the money is of that budget's year. Only words in lower case between,
# no figure: a year after a name in capitals is the name's ("de Voorjaarsnota 2025").
_POST_OF_YEAR = re.compile(
    r"[ \t\xa0\n]*(?i:op|uit|van|ten[ \t\xa0\n]+laste[ \t\xa0\n]+van)[ \t\xa0\n]+"
    r"(?i:het|de)[ \t\xa0\n]+(?:budget|post|begrotingspost)(?:[ \t\xa0\n]+[a-zà-ÿ\-]+){0,4}"
    r"[ \t\xa0\n]+(?P<a>(?:19|20)\d\d)(?![\d/\-–]|[.,]\d)"
)
_CHANGE_END = re.compile(r"[ \t\xa0\n]*(?i:naar|tot)\b")
# A change of level, "van € A naar € B": "van" right before the old level, "naar" alone
# between the two. Dated right after the new level by "per" and the first of a month ("€ B
# per persoon per 1 januari 2025"), the level is set from that date on and holds, no end, as
# "per 2028" and "met ingang van" read: a level changes for good, not for the one year of
# its date. A balance at a date ("daalt de reserve van € A naar € B per 31 december 2026",
# "(netto contante waarde per 1 januari 2012)" in a bracket) is that date's stock: not so.
_FROM_LEVEL = re.compile(r"(?<![\w-])(?i:van)[ \t\xa0\n]+\Z")
_TO_LEVEL = re.compile(r"[ \t\xa0\n]*(?i:naar)[ \t\xa0\n]*")
_SET_PER_DATE = re.compile(
    r"(?:[ \t\xa0\n]+(?i:per)[ \t\xa0\n]+(?!\d)[^\W\d_]+)?"
    rf"[ \t\xa0\n]+(?i:per)[ \t\xa0\n]+1[ \t\xa0\n]+(?i:{MONTH})[ \t\xa0\n]+{YEAR}(?!\d)"
)
# Not for good, though: a level with an end after its date ("per 1 april 2025 tot en met 31
# december 2025", "t/m"), one a later step follows ("per 1 januari 2025 en naar € C per 1
# januari 2026": this one holds until the next), or a date named the reference date of an
# estimate ("per 1 oktober 2024, de peildatum van de raming"): that date's level, its one year.
_LEVEL_UNTIL = re.compile(
    r"[ \t\xa0\n]*,?[ \t\xa0\n]*(?:(?i:tot(?:[ \t\xa0\n]+en[ \t\xa0\n]+met)?|t/m|[-–])"
    rf"[ \t\xa0\n]*(?:\d|(?i:{MONTH}|eind|einde|ultimo)(?![\w\-]))"
    r"|(?i:en|daarna|vervolgens)[ \t\xa0\n]+(?:(?i:daarna|vervolgens)[ \t\xa0\n]+)?"
    r"(?i:naar|tot|per)(?![\w\-])"
    r"|(?i:de|het|als|een)[ \t\xa0\n]+(?i:peildatum|peilmoment|stand))"
)
# A balance, a stock at a date, as the subject changing ("daalt de algemene reserve van € A
# naar € B per 1 januari 2025", "de langlopende schuld loopt op van", "de voorziening X wordt
# afgebouwd van", compounds too: "bestemmingsreserve", "staatsschuld"): the stock as it stands
# on that date, no level set from then on.
_BALANCE_SUBJECT = re.compile(
    r"(?<![\w\-])(?i:[^\W\d_]*(?:reserves?|voorzieningen|voorziening|schulden|schuld|saldo|saldi"
    r"|vermogen)|stand|eindstand|beginstand|omvang)(?![\w\-])"
)
# The date may come before the change too ("gaat per 1 januari 2025 van € 2,10 naar € 2,45
# per persoon per nacht"): "per" and the first of a month right before "van", nothing after
# the new level but the units it is a price of ("per persoon per nacht").
_SET_BEFORE = re.compile(
    rf"(?<![\w\-])(?i:per)[ \t\xa0\n]+1[ \t\xa0\n]+(?i:{MONTH})[ \t\xa0\n]+{YEAR}[ \t\xa0\n]+\Z"
)
_PER_UNITS = re.compile(r"(?:[ \t\xa0\n]+(?i:per)[ \t\xa0\n]+(?!\d)[^\W\d_]+)*")


def _set_for_good(text: str, old_start: int, new_end: int, s_start: int) -> int | None:
    """The year from which the change of level whose old level starts at ``old_start`` and
    new one ends at ``new_end`` ("van € A naar € B") is set for good per the first of a
    month, or None: dated so right after it (``_SET_PER_DATE``) or right before its "van"
    (``_SET_BEFORE``), no end, later step or peildatum after the date or the level
    (``_LEVEL_UNTIL``), and no balance as the clause's subject (``_BALANCE_SUBJECT``)."""
    van = _FROM_LEVEL.search(text, max(s_start, old_start - 12), old_start)
    if van is None:
        return None
    if (date := _SET_PER_DATE.match(text, new_end)) is not None:
        end = date.end()
    elif date := _SET_BEFORE.search(text, max(s_start, van.start() - 40), van.start()):
        end = _PER_UNITS.match(text, new_end).end()
    else:
        return None
    clause = max(s_start, text.rfind(";", 0, old_start) + 1)
    if _LEVEL_UNTIL.match(text, end) or _BALANCE_SUBJECT.search(text, clause, old_start):
        return None
    return int(YEAR_TOKEN.findall(date.group())[-1])


# "€ 5 miljoen en in 2021 € 19 miljoen": joined by a conjunction, the same kind of amount.
_JOINED = re.compile(rf"[\s\xa0]*(?:,|en|of)?[\s\xa0]*(?:(?:in|voor)\s+{YEAR}[\s\xa0]*)?")
# The next item of an enumeration: a short stretch ending in "," or "en".
_NEXT_ITEM = re.compile(r"^[^.;:]{0,100}(?:,|\ben)[\s\xa0]*$")


_ANAPHOR = re.compile(
    r"[\s\xa0]*(?:hiervoor|daarvoor|hiervan|daarvan|dit\s+(?:betreft|betreffen|is|zijn))\b",
    re.I,
)
_LABEL_JOINT = re.compile(r"\b(?:en|of|waaronder|waarvan)\b", re.I)
# How an amount counts, printed between it and the year that times it ("€ X per jaar vanaf
# JJJJ", "€ X structureel vanaf JJJJ"): the year is still tied to the amount at once.
_HOW_IT_COUNTS = re.compile(
    r"[\s\xa0]*(?:per[\s\xa0]+jaar|jaarlijks|structureel|eenmalig|incidenteel)(?![\w\-])", re.I
)
_BASIS_JOINT = re.compile(r"\ben\b", re.I)


# A sentence ending in a quotation, or one opening on a quote mark ("..., zegt de
# voorzitter. „Een ton CO2 ...", "... naar de dijken.” Per inwoner"), which the sentence
# reader runs on past: the words before its stop are another sentence's. A typed
# apostrophe right after a stop closes a quotation as "’" does ("... worden versterkt.'⏎⏎
# Het programma ..."): news pages quote so, and no word's apostrophe follows a stop.
_QUOTED_STOP = re.compile(r"[.!?](?:[”’»\"'][\s\xa0]+[„“‘«\"]?|[\s\xa0]+[„“‘«\"])(?=[A-Z])")
# Every mark ``_QUOTED_STOP`` reads, closing or opening: a window printing none has no such end.
_QUOTE_MARKS = "”’»\"'„“‘«"


def _after_quoted_stop(text: str, begin: int, end: int) -> int:
    """Where the words before an amount, text[begin:end], start after the last sentence end
    at a quote mark (``_QUOTED_STOP``) in them, else ``begin``: a year printed before that end
    is another sentence's ("„Wij hebben sinds 2015 ... bespaard”, zegt de voorzitter. „Een
    ton CO2 minder uitstoten kost ... € 60": 2015 is not the € 60's)."""
    stops = [m.end() for m in _QUOTED_STOP.finditer(text, begin, end)]
    return stops[-1] if stops else begin


# A line of a list of labelled values, each "label: value" on its own line with no stop
# ("Inwoners per 1 januari 2024: 15.412⏎Woningvoorraad: 6.921⏎Gemiddelde woonlasten: €
# 1.018"): the amount's line opens on its own label and colon, and the line above prints a
# value after its own colon (no introduction ending in a colon).
_LABEL_LINE = re.compile(r"\n[ \t\xa0]*(?:[•▪*–-][ \t\xa0]*)?[^\W\d_][^\n:;.!?]{0,80}:[ \t\xa0]*\Z")
_VALUED_LINE = re.compile(r"[^\n:]*:[ \t\xa0]*[^\s:][^\n]*\Z")


def _own_label_line(text: str, begin: int, end: int) -> int:
    """Where the words before an amount, text[begin:end], start when the amount's line is an
    item of a list of labelled values (``_LABEL_LINE``, ``_VALUED_LINE``): at its line, a
    year in a line above being that line's item's ("per 1 januari 2024: 15.412" is no year
    of the woonlasten below); else ``begin``."""
    if "\n" not in text[begin:end] or ":" not in text[max(begin, end - 90) : end]:
        return begin
    label = _LABEL_LINE.search(text, max(begin, end - 90), end)
    if label is None:
        return begin
    above = text.rfind("\n", begin, label.start()) + 1 or begin
    if _VALUED_LINE.match(text, above, label.start()) is None:
        return begin
    return label.start() + 1


def _before_from(text: str, begin: int, end: int) -> int:
    """Where the words an amount's years are read from before it, text[begin:end] (``end``
    the amount's start), start: past a sentence end at a quote mark (``_after_quoted_stop``)
    or an item's semicolon over a blank line (``ITEM_ENDS``), and at the amount's own line
    in a list of labelled values (``_own_label_line``)."""
    window = text[begin:end]
    if any(map(window.__contains__, _QUOTE_MARKS)):
        begin = _after_quoted_stop(text, begin, end)
    if ";" in window:
        items = [m.end() for m in ITEM_ENDS.finditer(text, begin, end)]
        begin = items[-1] if items else begin
    return _own_label_line(text, begin, end)


# A currency sign ending a line, no figure after it: the sign of an amount whose figure a
# page break moved below the page's foot and the next page's head.
_SIGN_ENDS_LINE = re.compile(r"(?<![^ \t\xa0])€[ \t\xa0]*\n")
# How many lines of furniture may stand between the sign and its figure.
_FURNITURE_MOST = 4


def _dangling_sign(text: str, m: MoneyMatch) -> int | None:
    """Where the currency sign of ``m``, an amount printing none that opens its line, stands
    when a line at most ``_FURNITURE_MOST`` lines above ends in it alone (``_SIGN_ENDS_LINE``)
    and the lines between are short, as a page's foot and head are; else None."""
    line_start = text.rfind("\n", 0, m.start) + 1
    if text[line_start : m.start].strip() or not m.quote[:1].isdigit():
        return None
    end = line_start - 1
    for _ in range(_FURNITURE_MOST + 1):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        sign = _SIGN_ENDS_LINE.search(text, start, end + 1)
        if sign is not None:
            return sign.start()
        if len(text[start:end].strip()) > 60 or not text[start:end].strip():
            return None
        end = start - 1
    return None


# A line standing alone, a blank line (or the text's start) above it and one below, short and
# ending in no mark or word that goes on ("2.2 Het aanvullende pakket van € 6 miljard", a
# heading the sentence reader runs on into the paragraph under it): a heading is a sentence
# of its own, and the words of the paragraph below are no amount's of it.
_LINE_GOES_ON = re.compile(
    r"(?:[,:;(\-–—]|(?<![^\W\d_])(?i:en|of|van|de|het|een|voor|met|in|op|te|aan|tot|naar|door"
    r"|over|uit|bij|als|per|om|dat|die))\Z"
)

# The paragraph under a line opening in lower case: the line's sentence going on.
_GOES_ON_BELOW = re.compile(r"\s*(?-i:[a-z])")
# A heading's label and the amount in a bracket closing its line, no stop in it ("Jeugdhulp
# (nadeel € 1,2 mln)", "<Post> (voordeel € 312.000)"), as a municipal budget's notes on its
# differences print them over their paragraph with no blank line between: a heading all the
# same where the line under it opens on a capital, a new sentence.
_BRACKETED_HEAD = re.compile(r"[ \t\xa0]*[^\W\d_][^.!?;:()\n]*\([^()\n]*\)[ \t\xa0]*")
_CAPITAL_BELOW = re.compile(r"\n[ \t\xa0]*(?-i:[A-Z])")


def _heading_end(text: str, match: MoneyMatch) -> int | None:
    """Where the line holding ``match`` ends when that line stands alone as a heading does
    (``_LINE_GOES_ON``), else None."""
    start = text.rfind("\n", 0, match.start) + 1
    end = text.find("\n", match.end)
    if end < 0 or len(text[start:end].strip()) > MAX_HEADING:
        return None
    below = text.find("\n", end + 1)
    if text[end + 1 : below if below >= 0 else len(text)].strip() and not (
        _BRACKETED_HEAD.fullmatch(text, start, end) and _CAPITAL_BELOW.match(text, end)
    ):
        return None  # the paragraph goes on on the next line
    if start and text[text.rfind("\n", 0, start - 1) + 1 : start].strip():
        return None  # a paragraph's last line
    if _LINE_GOES_ON.search(text[start:end].rstrip()) is not None:
        return None
    if _GOES_ON_BELOW.match(text, end):
        # the sentence goes on past the blank line, as a text layer printing one under every
        # line prints it ("Het kabinet reserveert € 6 miljard" / "" / "voor de jaren 2024 tot
        # en met 2026."): no heading's paragraph opens in lower case
        return None
    return end


def _past_far_scale(text: str, match: MoneyMatch, stop: int) -> int:
    """Where the words after an amount start: past its scale word where that is printed after
    the quote and before ``stop`` (the next amount or the sentence's end) across page
    furniture (``across_page_breaks``), else at the quote's end. (A list's item points at
    the unit its last item prints, past the next item: ``stop`` comes first.)"""
    if match.scale_at is None or not match.end <= match.scale_at < stop:
        return match.end
    unit = UNIT_WORD.match(text, match.scale_at)
    return unit.end() if unit is not None and unit.end() <= stop else match.end


def _warn_long_runs(doc: SourceDocument, warnings: list[ExtractWarning]) -> None:
    """One warning per line where a run without a sentence end was cut (see
    ``textmodel.MAX_SENTENCE``): the sentence given for amounts there is only a window."""
    reported = set()
    for cut in doc.model.sentence_cuts:
        line = doc.line_col(cut)[0]
        if line not in reported:
            reported.add(line)
            warnings.append(
                ExtractWarning(
                    doc.id,
                    line,
                    f"no sentence end within {MAX_SENTENCE} characters: the sentence of an "
                    "amount here is a window of the text",
                )
            )


def _sentence_place(model: TextModel, start: int, segment: str) -> dict[str, int]:
    """Where the sentence ``segment``, starting at ``start``, stands: its first and last
    character that is not white space, as 1-based lines and columns, so that validation and
    publishing read the sentence from the source instead of finding it again."""
    first = start + len(segment) - len(segment.lstrip())
    last = start + len(segment.rstrip()) - 1
    line_start, column_start = model.line_col(first)
    line_end, column_end = model.line_col(max(first, last))
    return {
        "sentence_line_start": line_start,
        "sentence_column_start": column_start,
        "sentence_line_end": line_end,
        "sentence_column_end": column_end,
    }


#: A figure ending in two decimals ("€ 2,50", "EUR 12,95"): euros and cents, a face value.
_EUROS_AND_CENTS = re.compile(r"\d,\d\d\Z")


# A bracket opened right after a noun, holding the amount as the noun's aside ("het project
# Vervanging Walrusklasse (€ 2,5 – € 3,5 miljard)"), and "sinds" and a year in the clause
# after it closes ("... ) staat sinds 2019 op de lijst"): "sinds" dates a state of the noun
# the main clause goes on about, which lasts; the sum in the aside is no money of each year
# since.
_NOUN_BRACKET = re.compile(
    r"[^\W\d_][ \t\xa0\n]*\([ \t\xa0\n]*(?:(?i:circa|ca\.|ruim|ongeveer|bijna|zo['’]n)"
    r"[ \t\xa0\n]+)?\Z"
)
_BRACKET_CLOSES = re.compile(r"[ \t\xa0\n]*\)")
_SINCE_PAST_BRACKET = re.compile(rf"[^,;:()€\d]*?(?<![\w\-])(?i:sinds)[ \t\xa0\n]+{YEAR}(?!\d)")


def _before_euros(years: tuple[int | None, int | None, str | None]) -> bool:
    """Whether an amount's own years end before Dutch budgets counted in euros ("in 1999",
    "1996-1998"); an open span ("vanaf 1999") runs on into them."""
    return years[1] is not None and years[1] < EURO_BUDGETS_FROM


def _as_printed(window: str) -> str:
    """What ``relative_years``' function gives a window of a sentence it cannot change
    (``may_be_dated``): the window."""
    return window


def _years_before(window: str, dated: Callable[[str], str]) -> Years:
    """The last years the words before an amount print (``last_years``), read past page
    heads (``without_page_heads``), "dit jaar" written out (``dated``) and closed asides
    (``closed_asides``).

    A window printing neither "19" nor "20", in a sentence where ``dated`` rewrites nothing
    (``_as_printed``), holds no year for any of them to read: blanking lines and asides
    makes no digits meet, and an aside without a year is left as it is. Most windows before
    an amount are such, and are spared the three passes."""
    if dated is _as_printed and "19" not in window and "20" not in window:
        return None, None, None
    return last_years(closed_asides(dated(without_page_heads(window))))


def _guilders_of_euro_time(
    doc: SourceDocument,
    spans: list[tuple[MoneyMatch, int | None]],
    printed: set[str],
    home: str,
    warnings: list[ExtractWarning] | None,
) -> list[tuple[MoneyMatch, int | None]]:
    """``spans`` of a text published after the euro came, each amount in guilders given the
    guilder it is (``guilder_after_euro``: the Dutch one, or the Caribbean one the text
    prints, ``printed`` its amounts' currencies), or left out and said in ``warnings`` where
    which guilder is unknown. So is an amount printing no currency that would take guilders:
    after a guilder amount of unknown kind in its sentence ("180 miljoen gulden tekort en nog
    eens 20 miljoen"), never the euro; or, no currency printed before it in its sentence,
    from the text's own (``home`` "NLG": a text printing more amounts in guilders than in
    euros), judged as a guilder amount is. Where one amount printing guilders is the Dutch
    guilder by its own words, the text's other guilders are Dutch too (``dutch_printed``)."""
    text, model = doc.text, doc.model

    def own_currency(m: MoneyMatch) -> str | None:
        return (
            m.currency
            or guilders_before(text, m.start, m.end)
            or coded_currency(text, m)
            or currency_named_before(text, m)
        )

    def sentence(m: MoneyMatch) -> str:
        return text[slice(*model.sentence_span(m.start, m.end))]

    owns = [own_currency(m) for m, _note in spans]
    dutch_printed = any(
        guilder_after_euro(text, m, sentence(m), printed) == "NLG"
        for (m, _note), own in zip(spans, owns, strict=True)
        if own == "NLG"
    )
    kept: list[tuple[MoneyMatch, int | None]] = []
    last = (-1, "")  # the sentence of the last currency printed, and it ("" unknown)
    for (m, note), own in zip(spans, owns, strict=True):
        s_start = model.sentence_span(m.start, m.end)[0]
        why = None
        if own is not None and own != "NLG":
            last = (s_start, own)
        elif own is None and last[0] == s_start:
            if not last[1]:
                why = "no currency of its own after guilders of unknown kind in its sentence"
        elif own == "NLG" or home == "NLG":
            guilder = guilder_after_euro(text, m, sentence(m), printed, dutch_printed)
            if guilder is None:
                why = "guilders in a text of the euro's time, Dutch or Caribbean unknown"
            elif guilder != "NLG":
                m = m._replace(currency=guilder)
            if own == "NLG":
                last = (s_start, guilder or "")
        if why is None:
            kept.append((m, note))
        elif warnings is not None:
            line = model.line_col(m.start)[0]
            quote = " ".join(m.quote.split())
            warnings.append(ExtractWarning(doc.id, line, f"'{quote}': {why}: not stored"))
    return kept


def extract_amounts(
    doc: SourceDocument,
    warnings: list[ExtractWarning] | None = None,
    row_lines: frozenset[int] = frozenset(),
) -> list[dict[str, Any]]:
    """Rows for every money amount in ``doc``'s text (tables are dropped later by the pipeline).

    ``row_lines`` are the lines of a table's rows whose cells are read as amounts too (each
    printing its own currency): a cell's words end at its row, for the sentence reader runs
    across the rows and past the table, and the years of the sentence under the table are
    that sentence's own amounts' (a cell's year is its column's, given by the pipeline).

    A run of text so long without a sentence end that its amounts' context is only a window
    of it (``textmodel.MAX_SENTENCE``) is reported in ``warnings``, and so are figures that
    cannot be amounts (beyond any budget), which are left out.
    """
    if warnings is not None:
        _warn_long_runs(doc, warnings)
    text = doc.text
    relative = relative_years(doc)
    rejected: list[tuple[int, str]] = []
    found = across_page_breaks(
        doc.model, list(find_money(text, rejected, sentence=doc.model.sentence_span)), rejected
    )
    matches = without_their_scale(
        doc.model,
        declared_units(text, money_among(text, found, rejected)),
        rejected,
    )
    tons = spoken_tons(doc.model, found, matches, rejected)
    cents = spoken_cents(doc.model, found, rejected)
    tientjes = spoken_tientjes(doc, found, rejected)
    marked = footnote_marked(doc.model, rejected) if rejected else []
    milles = spoken_milles(doc.model, found, rejected) if "ille" in text else []
    florins = plain_florins(text, found)
    figures = declared_figures(text, matches) if "(" in text else []  # "32.500 (x € 1.000)"
    if tons or cents or tientjes or marked or milles or florins or figures:
        matches = sorted(
            [*matches, *tons, *cents, *tientjes, *marked, *milles, *florins, *figures],
            key=lambda m: m.start,
        )
    notes = scale_notes(text)
    matches, noted = section_units(doc.model, notes, matches, rejected)
    if "(" in text:  # "138,9 miljoen gulden (ANG)": the code says which guilder
        matches = [guilder_coded(text, m) for m in matches]
    if "frank" in text:  # "N frank": which franc the text names (most name none)
        matches = franc_named(doc.model, matches, rejected)
    if warnings is not None:
        warnings.extend(ExtractWarning(doc.id, doc.line_col(at)[0], why) for at, why in rejected)
    external = external_scale(doc.model, notes)
    taken = [(m.start, m.end) for m in matches]
    spans: list[tuple[MoneyMatch, int | None]] = [
        (m, noted.get(m.start, m.scale_at)) for m in matches
    ]
    year_before: dict[int, tuple[int, int | None]] = {}
    for start, end, scale, note, year in external:
        if any(s <= start < e for s, e in taken):
            continue
        quote = text[start:end]
        amount, _ = parse_quote(quote, scale)
        spans.append((MoneyMatch(start, end, quote, amount, None, scale, False), note))
        year_before[start] = year
    # "Noord: 20,0;" under "(x € 1.000):", of the years its lead sentence names, if any, as
    # the items of a bulleted list are (``list_intro_years``)
    lead_years: dict[int, Years] = {}
    for start, end, scale, lead in listed_figures(doc.model):
        if any(s <= start < e for s, e in taken) or start in year_before:
            continue
        quote = text[start:end]
        amount, _ = parse_quote(quote, scale)
        spans.append((MoneyMatch(start, end, quote, amount, None, scale, False), lead))
        lead_years[start] = years_in(text[doc.model.sentence_span(lead, lead + 1)[0] : lead])
    # "de lasten stijgen met 1.245" under "Toelichting ... (bedragen x € 1.000)": in its unit
    for start, end, scale, note in changes_under_notes(doc.model, notes) if notes else []:
        if any(s <= start < e for s, e in taken) or start in year_before or start in lead_years:
            continue
        quote = text[start:end]
        amount, _ = parse_quote(quote, scale)
        spans.append((MoneyMatch(start, end, quote, amount, None, scale, False), note))
    spans.sort(key=lambda item: item[0].start)

    model = doc.model
    home, guilders = home_currency(text, matches, doc.meta.get("published"))
    printed = {m.currency for m in matches if m.currency is not None}
    if of_euro_time(doc.meta.get("published")) and ("NLG" in printed or home == "NLG"):
        # (most texts print no guilders)
        spans = _guilders_of_euro_time(doc, spans, printed, home, warnings)
    rows: list[dict[str, Any]] = []
    claimed = 0  # end of the words whose years the previous amount already took
    whole_opened = False
    first_start = 0
    s_start = s_end = -1
    folded = ""
    dated = printed_only = relative
    following = None
    where: dict[str, int] = {}
    for i, (m, note) in enumerate(spans):
        if not s_start <= m.start < s_end or m.end > s_end:  # sentences hold several amounts
            s_start, s_end = model.sentence_span(m.start, m.end)
            segment = text[s_start:s_end]
            folded = " ".join(segment.split())
            following = year_after(segment)  # "het jaar daarop": the year it names, if any
            dated = years_after(following, relative if may_be_dated(segment) else _as_printed)
            # the same, but "dit jaar" and its kin left unread: what the sentence prints
            printed_only = years_after(following, full_years) if dated is not _as_printed else dated
            where = _sentence_place(model, s_start, segment)
        opens = not (i and spans[i - 1][0].end > s_start)
        if opens:
            first_start = m.start  # where the sentence's first amount starts
        prev_end = s_start if opens else spans[i - 1][0].end
        next_start = spans[i + 1][0].start if i + 1 < len(spans) else s_end
        next_start = min(max(next_start, m.end), s_end)
        before = text[prev_end : m.start]
        # an amount whose scale word is printed past page furniture ("€ 3,4⏎footer⏎miljard
        # voor de jaren 2020 tot en met 2025") is followed by the words after that word
        after_from = _past_far_scale(text, m, next_start)
        after = text[after_from:next_start]
        heading = _heading_end(text, m) if "\n" in after else None
        if "\n" in after and row_lines and model.line_col(m.start)[0] in row_lines:
            heading = text.find("\n", m.end)  # a table's cell: its words end its row
        if heading is not None:  # "2.2 Het pakket van € 6 miljard": its words end its line
            after = after[: max(0, heading - after_from)]
        if "___" in after and (rule := _NOTES_RULE.search(after)) is not None:
            # "... toegevoegd voor munitie.⏎_______________⏎1 Hiermee stijgt ... in 2021": the
            # rule over a page's footnotes; the notes' words are no amount's above it
            after = after[: rule.start()]
        if "(" in after:
            after = _CITATION.sub(lambda c: " " * len(c.group()), after)
        aside = _ASIDE.match(after)
        marked = 0  # the length of a footnote's number before the aside: "mln.3 (per 2012)"
        if aside is None and (m.quote.endswith(".") or m.quote[-1:].isalpha()):
            mark = _MARK_BEFORE_ASIDE.match(after)
            if mark is not None and (aside := _ASIDE.match(after[mark.end() :])) is not None:
                marked = mark.end()
        if aside is None and (rate := _RATE_BEFORE_YEARS.match(after)) is not None:
            aside = _ASIDE.match(after[rate.end() :])  # "€ 21,80 per maand (2025)"
            marked = rate.end()
        skip = marked + aside.end() if aside else 0
        apposed = _APPOSITION_OPENS.search(before, max(0, len(before) - 40)) is not None
        if apposed:
            stops = _AFTER_APPOSITION
        elif has_year(text[s_start : m.start]):
            stops = _AFTER_STOP  # "In 2023 ontving X € 3 mln, in 2024 ...": 2023 is its year
        else:
            stops = _AFTER_STOP_LAST
        stop = stops.search(year_after_in_place(after, following), skip)
        near_after = after[skip : stop.start()] if stop else after[skip:]
        years = (
            years_in(dated(aside_years(aside.group("aside") or "")))
            if aside
            else (None, None, None)
        )
        own_after = near_after
        shared_year = False  # a year before a bracketed sum that is both amounts' own
        label = OPEN_PAREN.search(after) if "(" in after else None
        if label and stop and stop.start() == label.start():
            # "(€ 23 miljoen) en de loonbijstelling 2020-2025 (€ 168 miljoen)": the words
            # after the last "en" name the next amount, and their years are its own. A year
            # the amount's preposition ties to it at once, how it counts between or not
            # (``_HOW_IT_COUNTS``), is its own, the bracket an aside in its clause that reads
            # the year too: nothing else before the bracket ("naar 5,9 mld euro in 2021 (–1,9
            # mld euro)") or the clause's other words ("€ X vanaf JJJJ te dekken uit de post
            # onvoorzien (€ Y)", "€ X per jaar vanaf JJJJ (Y in JJJJ en verder)", "een
            # kasschuif van € X in JJJJ naar JJJJ (€ Y)"), no "en" naming another noun among
            # them.
            joints = list(_LABEL_JOINT.finditer(near_after))
            if joints:
                own_after = near_after[: joints[-1].start()]
            else:
                counted = _HOW_IT_COUNTS.match(near_after)
                at_once = YEAR_AT_ONCE.match(near_after, counted.end() if counted else 0)
                shared_year = at_once is not None
                own_after = near_after if shared_year else ""
        if has_year(own_after) and any(last_years(text[max(prev_end, claimed) : m.start])[:2]):
            cause = _CAUSE.search(own_after)
            if cause is not None:  # "vanaf 2027 ... € 15 mln als gevolg van ... per 2026"
                own_after = own_after[: cause.start()]
        part = RELATIVE_PART.search(own_after) if may_hold(own_after, ("waar",)) else None
        if part:  # "€ 497 miljoen ... waarvan dit jaar € 60 miljoen": the part's year
            own_after = own_after[: part.start()]
        # "in 2022 2,5 miljoen beschikbaar ... voor activiteiten in 2022-2023": a year printed
        # right before the amount is its own, whatever years follow.
        near_before = before[-40:]
        adjacent = adjacent_year(dated(near_before)) or (
            may_join_year(near_before)
            and JOINED_YEAR.search(near_before)
            and not YEAR_AT_ONCE.match(own_after)
        )
        years_end = None  # where years read from ``own_after`` end in it
        if years[2] is None and not adjacent:
            rewritten = dated(runs_out_as_until(origin_year_as_in(own_after)))
            cut = stop is None and next_start < s_end and heading is None
            years, years_end = first_years(rewritten, cut_before_next=cut, closed=not cut)
            later = [span for span, _ in spans[i + 1 : i + 1 + MAX_PARTS]]
            parts_span, parts = years_of_parts_after(text, after_from, after, s_end, m, later)
            if parts_span[2] is not None and (
                none_but_parts(
                    years
                    if years[2] is not None
                    else _years_before(
                        text[_before_from(text, max(prev_end, claimed), m.start) : m.start],
                        dated,
                    ),
                    parts,
                )
            ):
                # "€ 25 mln voor 2024 (€ 10 mln) en 2025 (€ 15 mln)": the parts' years, the
                # first part's year no more the whole's than the last's; "... en de jaren
                # daarna (€ 5 mln)": from the first on; "in eerdere jaren (€ 5 mln) en 2025 (€ 2
                # mln)": up to the last
                years = parts_span
                years_end = None
            if (
                years[2] is not None
                and "sinds" in own_after
                and _SINCE_PAST_BRACKET.match(own_after) is not None
                and _BRACKET_CLOSES.match(text, m.end) is not None
                and _NOUN_BRACKET.search(before, max(0, len(before) - 30)) is not None
            ):
                # "Het project X (€ 2,5 – € 3,5 miljard) staat sinds 2019 op de lijst": the
                # state of the noun the bracket is an aside of, no years of its sum
                years, years_end = (None, None, None), None
            if rewritten != own_after:  # "dit jaar" written out: its offsets are not own_after's
                years_end = None
            closing = (
                _CLAUSE_YEARS.match(after, stop.start())
                if stop
                and (
                    _PHRASE_OF_ITS_OWN.search(near_after) is None
                    or (
                        _PURPOSE_CLOSED.search(near_after) is not None
                        and _COMPARED.search(near_after) is None
                    )
                )
                else None
            )
            if years[2] is None and closing:  # "trekt € 300 miljoen uit (2023-2026)."
                years = years_in(aside_years(closing.group("years")))
            if years[2] is None and (post := _POST_OF_YEAR.match(own_after)) is not None:
                year = int(post.group("a"))  # "€ 0,4 mln op het budget jeugdzorg 2025"
                years = (year, year, "in")
            if years[2] is None:  # "€ 3,2 mln (€ 1,6 mln in 2025 en"
                years = parts_by_year(text, after_from, after, s_end, m, later)
            if years[2] is None:  # "€ 230 mln, waarvan € 80 mln in"
                years = parts_after_whereof(text, after, next_start, s_end, m, later)
        source = "after"
        from_relative = False  # years read from "dit jaar" and its kin only (below)
        if years[2] is not None:
            # The words up to the year taken are claimed; a later year ("€ 1,5 miljard in
            # 2025 en vanaf 2026 structureel € 2 miljard") is left for the next amount.
            taken = year_end(own_after, years) if years_end is None else years_end
            claimed = after_from + skip + (len(own_after) if taken is None else taken)
            if shared_year:
                claimed = after_from
        else:
            begin = _before_from(text, max(prev_end, claimed), m.start)
            years = _years_before(text[begin : m.start], dated)
            # "kost dit jaar € X": the publication's year, not one the sentence prints; one
            # it prints before the amount may be what "dit jaar" points back at
            from_relative = (
                dated is not printed_only
                and years[2] is not None
                and years[:2] != _years_before(text[begin : m.start], printed_only)[:2]
                and not any(  # a year printed as one ("2024"), not inside a number ("20245")
                    int(t) in years[:2] for t in YEAR_TOKEN.findall(text[s_start : m.start])
                )
            )
            if years[2] is None and opens:  # "2025: de reserve daalde met € 3,2 miljoen."
                years = line_label_year(text, s_start)
            claimed = after_from
            source = "before"
        if years[2] is None and not opens:
            # "..., maar in de begrotingswijziging 2025 is € X": its clause's own document
            years = clause_document_year(before)
            source = "sentence" if years[2] is not None else source
        if (
            years[2] is None
            and not opens
            and not is_dated(near_after)  # "van € 3,5 mld uit november 2008": its own time
            and shares_years(rows[-1], before, text, text[s_start:first_start])
        ):
            years = (rows[-1]["year_from"], rows[-1]["year_to"], None)
            source = rows[-1]["_years_source"]
        if ":" in text[s_start : m.start] and (years[2] is None or years[0] is None):
            # "Vanaf 2026 loopt een deel hiervan door: voor X € 500 mln per jaar tot en met
            # 2028 en voor Y € 0,8 mld per jaar": the time the lead opens on
            colon_years = colon_time_years(text[s_start : m.start], years)
            if colon_years != years:
                years, source = colon_years, "lead"
        undated_opening = years[2] is None and opens
        if undated_opening and (lead := lead_in_years(model, s_start, m.start))[2] is not None:
            years, source = lead, "lead"  # "Voor 2026 gaat het om de volgende bedragen:⏎• € X"
        elif undated_opening:
            years = list_intro_years(model, s_start)
            if years[2] is None:  # "De jaarrekening 2008 sluit met een saldo van € 3,8 mln"
                years = document_year(text[s_start : m.start])
            if years[2] is None and _ANAPHOR.match(text, s_start):
                # "... in 2021 de maximaal beschikbare instroom ... Hiervoor is € 38 mln.":
                # "hiervoor" points back at the previous sentence, whose year is this one's.
                previous, _ = model.sentence_span(max(0, s_start - 1), max(0, s_start - 1))
                years = years_in(relative(text[previous:s_start]))
            source = "sentence" if years[2] is not None else source
            if years[2] is None and m.currency is None and (sign := _dangling_sign(text, m)):
                # "wordt in 2007 een bedrag van €⏎<page foot and head>⏎1,1 miljard": the
                # figure's own sign ends the page, and the words before it are its sentence's
                begin, _ = model.sentence_span(sign, sign + 1)
                years = last_years(closed_asides(dated(text[begin:sign])))
                source = "broken" if years[2] is not None else source
        role = role_of(before, after, near_after, opens, whole_opened and not opens)
        shared = spans[i - 1][0].scale_at if i else None
        in_list = not opens and shared is not None and shared >= m.start  # "€ 8, 10 en 10 mln"
        if in_list:
            role = rows[-1]["role"]
            years = (rows[-1]["year_from"], rows[-1]["year_to"], None)
            source = rows[-1]["_years_source"]
        elif not opens and role == "context" and _JOINED.fullmatch(before):
            role = rows[-1]["role"] if rows[-1]["role"] == "measure" else role
        elif not opens and rows[-1]["role"] == "part" and _NEXT_ITEM.search(before):
            role = "part"  # "waaronder jaarlijks € 38,6 miljoen voor X, € 14 miljoen voor Y"
        whole_opened = opens and role == "total" and bool(WHOLE_OPENING.match(before))
        opens_line = prev_end == 0 or text[prev_end - 1] == "\n"
        label = year_label(cell_label_as_colon(before, opens_line), after)
        if label is not None:  # "2026: € 45 mln", "(2025: € 12 mln)": the year it labels
            if label[:2] != years[:2]:
                # the words after it, whose years it does not take, are the next amount's
                # ("2031 t/m 2035   € 9,2 miljard⏎Voor de gronden is in 2023 € 1,5 miljard")
                claimed = after_from
            years, source = label, "label"
        if years[2] is None and m.start in lead_years:  # "In 2024 zijn (x € 1 mln):"
            years, source = lead_years[m.start], "sentence"
        if m.start in year_before:
            years = (*year_before[m.start], "in")
        elif source == "before":
            years = coming_years(before, years)
            if (
                years[0] is not None
                and years[1] is None
                and _SINCE_FROM.search(before, max(0, len(before) - 90))
                and _CHANGE_END.match(after)
            ):
                # "sinds 2008 opgelopen van € 4,6 mln naar": the level then; the change's end,
                # the level now, is of no year the sentence prints (``shares_years``)
                years, source = (years[0], years[0], "in"), "since"
        year_from, year_to, _ = years
        mine = near_after
        if stop is None and next_start < s_end and (joints := list(_BASIS_JOINT.finditer(mine))):
            # "oplopend tot € 3,2 mld in 2029 en structureel € 3,5 mld vanaf 2030": the words
            # after the last "en" before the next amount are that amount's
            mine = mine[: joints[-1].start()]
        basis = basis_of(before[-REACH:], mine, years)
        if m.start in year_before:
            # "in 2021 300, en in zowel 2022, als 2023 1.700": per year; "2007 e.v.: 87,5":
            # from that year on
            basis = "per_year" if year_before[m.start][1] is not None else "structural_from_year"
        elif basis == "structural_from_year" and years[2] == "per" and year_from == year_to:
            # "per 1 januari 2023 afgeschaft (structureel € 1,7 mld)": a date taking effect,
            # the structural amount's first year, no end ("met ingang van" is read so)
            year_to = None
        elif (
            years[2] in ("per", None)  # no preposition: the date before "van" gave the year
            and year_from is not None
            and year_from == year_to
            and not opens
            and _TO_LEVEL.fullmatch(before)
            and _set_for_good(text, rows[-1]["_span"][0], m.end, s_start) == year_from
        ):
            # "van € 57.000 naar € 52.500 per 1 januari 2025": the new level holds from then on
            year_to, basis = None, "structural_from_year"
        elif (
            basis == "structural_from_year"
            and year_from is not None
            and year_from == year_to
            and structural_from_change(text[s_start : m.start], year_from)
        ):
            # "wordt in 2027 verlaagd ..., wat structureel € X kost": the change's year on
            year_to = None
        if in_list or (not opens and role == "part" == rows[-1]["role"] and basis == "unknown"):
            basis = rows[-1]["basis"]  # items of one enumeration share how they count
        line, column = model.line_col(m.start)
        if (
            not opens
            and note is None  # a note's or a declaration's figure has its unit and its line
            and lacks_scale(m)
            and not _EUROS_AND_CENTS.search(m.quote)
            and not PER_UNIT.match(text, m.end)
            and rows[-1]["scale"] in ("mln", "mld")
        ):
            # "€ 750 miljard, waarvan € 6,1 beschikbaar komt": the unit of the whole. Not
            # euros and cents ("€ 90 miljoen per jaar, en € 2,50 per vervuilingseenheid"):
            # a face value, whose scale would be printed after its own figure.
            note = doc.offset(rows[-1]["line"], rows[-1]["column"])
            amount, _ = parse_quote(m.quote, rows[-1]["scale"])
            m = m._replace(amount_eur=amount, scale=rows[-1]["scale"], bare=False)
        coded = coded_currency(text, m) or currency_named_before(text, m)
        currency = (
            m.currency
            or guilders_before(text, m.start, m.end)
            or coded
            or implied_currency(rows, m, s_start, home, guilders and _before_euros(years))
        )
        qualifier = qualifier_word(qualifier_match(text, max(s_start, m.start - 30), m.start))
        if qualifier is None and "of" in m.quote and ROUNDED_BY_SPEECH.search(m.quote):
            # "een miljoen of vijf": about five million (the pattern's "of", tested first, is
            # in few quotes)
            qualifier = "ongeveer"
        if qualifier is None and not opens and rows[-1]["qualifier"] == "oplopend van":
            # "oplopend van € 5 miljoen in 2025 tot € 15 miljoen in 2027": the rise's end
            qualifier = "oplopend tot" if RISE_END.fullmatch(before) else None
        if qualifier is None and "saldo" in before.lower():
            # "Per saldo daalt de begroting in 2004 met € 49 mln": the net of what was said;
            # not past a comma ("Per saldo stijgen de lasten, doordat de heffing met € 2 mln")
            clause = before[max(map(before.rfind, ";:,")) + 1 :]
            qualifier = "per saldo" if PER_SALDO.search(clause) else None
        if qualifier is None:  # "800 euro per huishouden": an amount per unit, not a total
            each = PER_UNIT.match(text, m.end, s_end)  # "> € 3 mld. Per inwoner": not its unit
            qualifier = f"per {each.group('unit').lower()}" if each else None
        rows.append(
            {
                "amount_id": f"{doc.id}:{line}:{column}",
                "document_id": doc.id,
                "line": line,
                "column": column,
                "quote": m.quote,
                "amount_eur": m.amount_eur,
                "amount_eur_max": m.amount_eur_max,
                "currency": currency,
                "scale": m.scale,
                "scale_line": model.line_col(note)[0] if note is not None else None,
                "qualifier": qualifier,
                "year_from": year_from,
                "year_to": year_to,
                "year_source": None,
                "basis": basis,
                "role": role,
                "sentence": folded,
                **where,
                "_sentence_start": s_start,
                "_years_source": source,
                "_relative": source == "before" and from_relative,
                "_span": (m.start, m.end),
                "_printed_currency": m.currency or coded,
            }
        )
    pair_respectively(rows, model)
    pair_listed_years(rows, model)
    share_trailing_years(rows, text)
    years_said_after(rows, model)
    pair_change_ends(rows, text)
    date_change_before_its_ends(rows, text)
    span_cash_shifts(rows, model)
    date_path_changes(rows, text)
    date_by_consequence(rows, model)
    printed: dict[int, set[str]] = {}  # years printed per sentence, read once per sentence
    for row in rows:
        row["year_source"] = year_source(row, printed)
        del row["_sentence_start"], row["_years_source"], row["_span"], row["_printed_currency"]
        del row["_relative"]
    return rows
