"""Unit notes governing bare figures: "(bedragen x € 1.000)", "(x € 1 mln)", "in miljoenen euro".

A figure printed without its scale ("€ 6,1") takes the unit a note declares: a
"(bedragen ...)" note in its text, a note alone on its line over a section's prose, or the
unit declared in brackets right after it ("€ 125.000 (x € 1.000)", and a bare figure printing
its thousands or decimals there: "stijgt met 48.750 (x € 1.000)"). Year-labelled figures
under a lead-in naming the unit ("(bedragen in miljoenen euro):" over "2025: + 80") are in
that unit, and so are the figures of items "label: figure" listed under a lead-in ending in
the unit's declaration ("(x € 1.000):" over "– bijdrage aan het fonds: 65.000"). A figure
printing its own scale, or a price per unit, keeps its own.
"""

from __future__ import annotations

import re

from budgetkit.extract.money_grammar import NUMBER
from budgetkit.extract.money_quotes import UNIT_TOKEN, MoneyMatch, parse_quote, printed_scale
from budgetkit.extract.tables_tokens import YEAR_IN
from budgetkit.extract.tables_units import COUNTED, MONEY_WORD
from budgetkit.textmodel import TextModel

# "800 euro per huishouden", "€ 1.300 per inwoner": an amount for each of something; "per
# jaar" and its kind say how an amount counts over time (``basis``), not what it is for.
PER_UNIT = re.compile(
    r"[\s\xa0]+per[\s\xa0]+(?!(?:jaar|maand|kwartaal|week|dag|periode|saldo|direct)\b)"
    r"(?P<unit>[^\W\d_]{3,30})\b",
    re.IGNORECASE,
)
# "(bedragen x 1000)" printed in prose: the bare numbers just after a year before it count
# in thousands ("in 2021 300, en in zowel 2022, als 2023 1.700 (bedragen x 1000)"), or in
# the unit a currency prefix says, in its case ("(bedragen x k€)", "(bedragen in M€)"), or
# in the unit it names in words ("(bedragen in miljoenen euro)", "(bedragen x € 1 mln)"),
# or by its scale's word or abbreviation and the currency's, in either order ("(bedragen in
# mln euro)", "(bedragen in € mld)", "(bedragen in miljarden euro)").
_NOTE_UNIT = (
    r"bedragen\s*(?:[x×]\s*(?:€\s*)?(?P<f>1\.?000(?:\.?000)?)"
    r"|(?:[x×]|in)\s*(?-i:(?P<prefix>[kKM])(?:€|EUR))"
    r"|in\s+(?P<plural>duizenden|miljoenen|miljarden)\s+(?:euro['’]?s|euro|€)"
    r"|in\s+(?:(?P<word>mln|mld|miljoen|miljard)\.?\s+(?:euro['’]?s|euro|€|EUR)(?![^\W\d_])"
    r"|(?:€|EUR)\s*(?P<after>mln|mld|miljoen|miljard)(?![^\W\d_]))"
    r"|[x×]\s*€\s*1\s*(?P<mln>mln\.?|miljoen))"
)
# Words may follow the unit in its brackets after a comma, saying how the figures were
# rounded or priced ("(bedragen x € 1 miljoen, afgerond)", "(x € 1.000, lopende prijzen)"),
# or a clause of its own after a semicolon, saying how their signs read ("(bedragen x €
# 1.000; - = nadeel)", "(x € 1 mln; + = voordeel, - = nadeel)"). Either may run on past
# the line's end, the bracket closing on the next line ("(bedragen x € 1.000; een⏎min
# betekent een tekort):") or on one of the two after it, a legend of two signs taking one
# or two full lines between ("(bedragen x € 1 mln; <the minus's legend>⏎<running on>, <the
# plus's⏎legend>):"), as a lead-in's wrapped words do; never past a blank line or an
# unclosed bracket. A bracket of its own inside it, closed on its line, is its words'
# ("(bedragen x € 1 mln; de⏎<noun> voor het <noun> (N% <noun>) zijn⏎bruto
# opgenomen):"). Either may open the next line ("(bedragen x € 1.000,⏎V = voordeel, N =
# nadeel):").
_IN_NOTE = r"(?:[^()\n]|\([^()\n]{1,40}\))"
_WRAPS = rf"(?:\r?\n[ \t\xa0]*[^()\s]{_IN_NOTE}{{0,80}}?){{0,3}}"
_NOTE_REST = (
    rf"(?:[ \t\xa0]*,[ \t\xa0]*(?:\r?\n[ \t\xa0]*)?[^\W\d_]{_IN_NOTE}{{0,30}}?{_WRAPS}"
    rf"|[ \t\xa0]*;[ \t\xa0]*(?:\r?\n[ \t\xa0]*)?[^()\s]{_IN_NOTE}{{0,60}}?{_WRAPS})?"
)
_SCALE_NOTE = re.compile(rf"\(\s*{_NOTE_UNIT}{_NOTE_REST}\s*\)", re.IGNORECASE)
# The same note printed alone on its line without brackets ("Bedragen x € 1.000" over an
# annual account's analysis of its differences), matched at the line's start; or ending its
# own sentence, the legend of the differences' marks or signs the rest of its line ("Bedragen
# x € 1.000. Een V staat voor voordeel, een N voor nadeel.", "Bedragen x € 1 mln. - =
# nadeel"), as the bracketed note prints it after a semicolon. The legend is known by its
# own form, a mark or sign and "=" or "staat voor" ("V = voordeel", "- = nadeel", "een N
# staat voor nadeel"): a sentence only naming a nadeel ("De tabel toont het nadeel per
# programma.") says what a table shows, and the note in it heads nothing.
_LEGEND_SENTENCE = (
    r"\.[ \t\xa0]+[^\n]*?(?:[+\-–−]|(?<![^\W\d_])(?-i:[NV]))"
    r"[ \t\xa0]*(?:=|staat[ \t\xa0]+voor(?![^\W\d_]))[^\n]*"
)
_BARE_NOTE = re.compile(
    rf"[ \t\xa0]*{_NOTE_UNIT}(?=(?:[ \t\xa0]*:?|{_LEGEND_SENTENCE})[ \t\xa0]*(?:\n|\Z))",
    re.IGNORECASE,
)
# A note ending its line, or its lead sentence before a colon ("de volgende kasschuiven
# verwerkt (bedragen in miljoenen euro):", "Financiële consequenties (bedragen x € 1.000)"):
# it heads the lines under it, to the paragraph's end. The lead sentence may go on after the
# note to that colon, over a line end or two ("Het saldo (bedragen x € 1.000; een min
# betekent een onttrekking) ziet er⏎als volgt uit:"): words only, no figure, bracket or
# sentence's end among them (a note inside a sentence that ends, "(bedragen x € 1.000) is
# verwerkt.", heads nothing).
_LEAD_GOES_ON = r"[^\W\d_][^\n().!?;:\d]{0,60}?"
_NOTE_HEADS = re.compile(
    rf"[ \t\xa0]*(?:{_LEAD_GOES_ON}(?:\n[ \t\xa0]*{_LEAD_GOES_ON}){{0,2}}[ \t\xa0]*:|:)?"
    r"[ \t\xa0]*\n"
)
# The sign of a bare figure: a minus or plus, or the accountant's "-/-" and "+/+".
_SIGN = r"(?:-/-|\+/\+|[–−+-])"
# An annual account's mark of a difference after its figure: V or N (capitals, whatever the
# pattern's flags), "voordelig" or "nadelig".
_DIFFERENCE_MARKS = r"(?:(?-i:[NV])|nadelig|voordelig)"
# Words in brackets after a bare figure that say how the sum counts ("N (nadelig)", "N
# (structureel)", "N (V)"): any other word there names what the figure counts ("N (fte)",
# "N (procent bbp)"), no sum in the note's unit.
_HOW_IT_COUNTS = (
    r"\([ \xa0]*(?:structure(?:el|le)|incidente(?:el|le)|eenmalig|cumulatie?f|jaarlijks"
    rf"|per[ \xa0]jaar|{_DIFFERENCE_MARKS})[ \xa0]*\)"
)
# A figure after a year label in the lines a note heads, signed or not, a space after its
# sign or not ("• Defensie: 2018 –320; 2019 +320", "2009: + 183", "2010: - 37", "2011: -/-
# 42", "Investering 2006: 1.250; kapitaallasten 2007 e.v.: 87,5 per jaar"): one space
# after the year or its colon (a table's columns stand wider apart), no year itself (a
# table's header of years), and ending its item: a ";" or "," or the line's end follows,
# after "per jaar" or a word in brackets ("18,5 (nadelig)") or not. "e.v." ("en volgende")
# after the year: from that year on.
_YEAR_LABEL = r"(?P<y>(?:19|20)\d\d)(?P<on>[ \xa0]e\.[ \xa0]?v\.)?:?"
_LABELLED_SUM = rf"(?P<n>(?:{_SIGN}[ \xa0]?)?(?!(?:19|20)\d\d\b){NUMBER})"
_LABELLED_FIGURE = re.compile(
    rf"\b{_YEAR_LABEL}[ \xa0]{_LABELLED_SUM}"
    rf"(?=(?:[ \xa0]per[ \xa0]jaar)?(?:[ \xa0]{_HOW_IT_COUNTS})?"
    r"(?:[;,]|\.?[ \t\xa0]*(?:\n|\Z)))",
    re.IGNORECASE,
)
# A year label opening its line and one figure after it, a column's gap between ("JJJJ   -N"
# under "<lead> (bedragen⏎x € 1.000; <legend>):"): a year and its sum a line, as
# ``_LABELLED_FIGURE`` reads them one space apart (its year label and figure: ``_YEAR_LABEL``,
# ``_LABELLED_SUM``), aligned. The gap is two spaces or more, or a tab (a text kept from a
# spreadsheet: "JJJJ<tab>-N"). An annual account's mark of a difference may follow the
# figure ("JJJJ      N V"; the sum as printed), and so may a remark after another gap,
# opening with a word and standing in no column of its own ("JJJJ    N    (raming)",
# "JJJJ    N    ratio N,N": the remark's own figure is no sum; ``_remark_keeps_sum`` says
# which remarks leave the figure a sum). A line of more figures is a
# table's row ("JJJJ   -N   -N"), and one of years its header ("JJJJ      JJJJ"): neither
# is read.
_GAP = r"(?:[ \t\xa0]{2,}|\t)"
_YEAR_LINE = re.compile(
    rf"^[ \t\xa0]*{_YEAR_LABEL}{_GAP}{_LABELLED_SUM}(?:[ \xa0]{_DIFFERENCE_MARKS})?"
    rf"(?:{_GAP}(?P<remark>\(?[^\W\d_](?:(?!{_GAP})[^\n])*?))?[;,.]?[ \t\xa0\r]*$",
    re.IGNORECASE | re.MULTILINE,
)
# What a labelled figure under a note is no amount in the note's unit for: a number
# opening with a zero (a reference, "kenmerk 2024 0012345"), or one after words on its line
# saying it counts ("Aantal extra militairen in 2019: 1.200", "Formatie in fte 2025: 14;
# 2026: 16", "Formatieplaatsen").
_NO_SUM = re.compile(r"[–−+-]?0\d")
_COUNTS_ITEM = re.compile(r"\baantal(?:len)?\b|\bfte\b|\bformatie(?:plaatsen)?\b", re.IGNORECASE)
# A labelled figure on the line printing a share after it ("Groei 2019 2,5 procent, 2020
# 3,1"): the items of one line count alike, the others are shares too.
_SHARE_ITEM = re.compile(
    rf"\b(?:19|20)\d\d:?[ \xa0][–−+-]?{NUMBER}[ \xa0]?(?:%|procent|procentpunt)",
    re.IGNORECASE,
)
_YEAR_THEN_NUMBER = re.compile(
    rf"(?:\bzowel\s+(?P<y0>(?:19|20)\d\d)\s*,?\s*als\s+)?"  # "in zowel 2022, als 2023 1.700"
    rf"\b(?P<y>(?:19|20)\d\d)[ \t\xa0]+(?P<n>{NUMBER})(?!\s*(?:procent|%))"
)
# A blank line ends the paragraph a scale note can speak for.
_BLANK_LINE = re.compile(r"\n[ \t\xa0]*\n")


def note_scale(note: re.Match[str]) -> str:
    """The scale word of the unit a "(bedragen ...)" note prints: "duizend", "mln" or
    "mld"."""
    if note.group("f"):
        return "duizend" if note.group("f").replace(".", "") == "1000" else "mln"
    if note.group("prefix"):
        return "duizend" if note.group("prefix") in "kK" else "mln"
    named = (note.group("plural") or note.group("word") or note.group("after") or "").lower()
    if named == "duizenden":
        return "duizend"
    return "mld" if named.startswith(("mld", "miljard")) else "mln"


# A sentence's end or a clause's mark in the words before a note on its line. The stop of
# an abbreviation of dotted letters ("t.o.v.", "i.v.m.", "m.b.t.": a letter between two
# stops) ends no sentence: "Toelichting op de verschillen JJJJ t.o.v. JJJJ (bedragen x €
# 1.000)" is a heading.
_STOP = re.compile(r"(?:[!?:;]|(?<!\.[^\W\d_])\.)(?:[\s\xa0]|\Z)")
# A heading's number opening its line and ending in a stop, a letter or figures ("E.
# Toelichting op de financiële instrumenten (bedragen x € 1.000)", "3. Financiën", "4.2.
# Lasten"): it numbers the heading, ending no sentence before the note.
_HEADING_NUMBER = re.compile(r"[ \t\xa0]*(?:[A-Z]|\d{1,2}(?:\.\d{1,2})*)\.[ \t\xa0]+(?=[^\W\d_])")


def scale_notes(text: str) -> list[tuple[re.Match[str], bool]]:
    """Every "(bedragen ...)" note in ``text`` and every one printed alone on its line without
    brackets (``_BARE_NOTE``, found from the word's letters by ``str.find``, faster than a
    regex scanning for a line's start), in order, each with whether it heads a section: it
    stands alone on its line, or ends a heading's (words ending no sentence before it, no
    colon after it: "2.4 Analyse van de afwijkingen (bedragen x € 1.000)"; the stop of the
    heading's number is none, ``_HEADING_NUMBER``: "E. Toelichting ... (bedragen x €
    1.000)")."""
    notes = []
    for note in _SCALE_NOTE.finditer(text):
        line = text.rfind("\n", 0, note.start()) + 1
        numbered = _HEADING_NUMBER.match(text, line, note.start())
        line = numbered.end() if numbered else line
        heads = _NOTE_HEADS.match(text, note.end())
        alone = heads and ":" not in heads.group() and not _STOP.search(text, line, note.start())
        notes.append((note, bool(alone)))
    at = text.find("edragen")
    while at != -1:
        line = text.rfind("\n", 0, at) + 1
        if at > line and not text[line : at - 1].strip():
            bare = _BARE_NOTE.match(text, line)
            if bare is not None:
                notes.append((bare, True))
        at = text.find("edragen", at + 7)
    return sorted(notes, key=lambda item: item[0].start())


# Deviations in brackets ending a post's heading with the mark before each figure, as a
# municipal begroting prints them: "Jeugdhulp (N 1.245)", a post of two "(N N.NNN / V
# N.NNN)" (its lasten and baten). Capitals only: "(n 12)" may number or count something;
# no year ("(N 2025)") and no figure naming what it counts ("(V 12 fte)").
_MARK_THEN_FIGURE = rf"(?-i:[NV])[ \xa0](?!(?:19|20)\d\d\b){NUMBER}"
_MARKED_BRACKET = (
    rf"\((?P<marked>[ \xa0]*{_MARK_THEN_FIGURE}(?:[ \xa0]*[/;,][ \xa0]*{_MARK_THEN_FIGURE})*)"
    r"[ \xa0]*\)"
)
# A note alone on its line heads a section of prose where the first line under it ends a
# sentence or a heading with an amount in brackets ("Jeugdzorg met verblijf (€ 842 N)", the
# mark before the figure or after it: "Jeugdhulp (N 1.245)"); over a table's header ("Code
# Provincie  Algemene uitkering") it is the table's unit.
_SECTION_OPENS = re.compile(
    r"[ \t\xa0]*:?[ \t\xa0]*\n(?:[ \t\xa0]*\n)*[^\n]*?"
    rf"(?:[.!?][\"”’)]?|\([ \t\xa0]*€[^()\n]*\)|\d[ \xa0]{_DIFFERENCE_MARKS}\)?"
    rf"|{_MARKED_BRACKET})"
    r"[ \t\xa0]*(?:\n|\Z)"
)
# The legend of an annual account's marks of difference printed with the note ("(bedragen x
# € 1.000; V = voordeel, N = nadeel)", "Bedragen x € 1.000. Een V staat voor voordeel"):
# the note heads an analysis of differences, whatever its first line under it (a summary
# sentence wrapped over lines, "Het programma sluit met een nadeel van € N.NNN ten
# opzichte van de⏎begroting ..."), as one over a post's marked heading does.
_NOTE_LEGEND = re.compile(
    r"(?<![^\W\d_])(?-i:[VN])[ \t\xa0]*(?:=|staat[ \t\xa0]+voor(?![^\W\d_]))", re.IGNORECASE
)
# The end of the section a note alone on its line heads: the next numbered heading ("2.5
# Analyse ...", "Hoofdstuk 3").
_SECTION_END = re.compile(
    r"\n[ \t\xa0]*(?:\d{1,2}(?:\.\d{1,2})+\.?[ \t\xa0]+[^\W\d_]|(?i:hoofdstuk|paragraaf)\b)"
)
# An annual account's analysis of its differences marks each deviation nadelig or voordelig
# after its figure ("€ 947 N", "(€ 210 V)"), in the unit of the section's note.
_DIFFERENCE_MARK = re.compile(rf"[ \xa0]?{_DIFFERENCE_MARKS}(?![\w\-])")
# A figure printing no sign so marked, ending a post's heading ("Jeugdzorg met verblijf 842
# N", "Wmo-hulpmiddelen (315 N)"): no year, no part of a figure or a code before it.
_MARKED_FIGURE = re.compile(
    rf"(?<![\w.,€$£ƒ/%\-–])(?P<n>(?!(?:19|20)\d\d\b){NUMBER})"
    rf"[ \xa0]{_DIFFERENCE_MARKS}\)?[ \t\xa0]*(?:\n|\Z)"
)
_MARKED_HEADING = re.compile(r"[ \t\xa0]*[^\W\d_][^.!?;:()\n]{0,80}[ \t\xa0]\(?")
# The same deviations in brackets ending a post's heading (``_MARKED_BRACKET``).
_MARKED_BEFORE = re.compile(rf"{_MARKED_BRACKET}[ \t\xa0]*(?:\n|\Z)")
_MARKED_ITEM = re.compile(rf"(?-i:[NV])[ \xa0](?P<n>{NUMBER})")


def _marked_figures(text: str, begin: int, stop: int) -> list[tuple[int, int, str]]:
    """(start, end, figure) of the deviations ending the posts' headings between ``begin``
    and ``stop``, marked after the figure (``_MARKED_FIGURE``: "Jeugdzorg 842 N", "(332
    V)") or before it in brackets (``_MARKED_BEFORE``: "Jeugdhulp (N 1.245)", "(N N.NNN / V
    N.NNN)"), each on a line opening with a heading's words (``_MARKED_HEADING``)."""
    found = []
    for f in _MARKED_FIGURE.finditer(text, begin, stop):
        if _MARKED_HEADING.fullmatch(text, text.rfind("\n", 0, f.start()) + 1, f.start()):
            found.append((f.start("n"), f.end("n"), f.group("n")))
    for f in _MARKED_BEFORE.finditer(text, begin, stop):
        if _MARKED_HEADING.fullmatch(text, text.rfind("\n", 0, f.start()) + 1, f.start() + 1):
            items = _MARKED_ITEM.finditer(text, f.start("marked"), f.end("marked"))
            found.extend((i.start("n"), i.end("n"), i.group("n")) for i in items)
    return sorted(found)


def post_headings(text: str, begin: int, stop: int) -> list[int]:
    """The line ends of the posts' headings between ``begin`` and ``stop`` that print their
    deviation marked nadelig or voordelig (``_marked_figures``: "Jeugdhulp (N 1.245)",
    "Leerlingenvervoer 214 N"): each opens a paragraph explaining that deviation, in the
    unit of the note over them."""
    ends = {text.find("\n", start) for start, _, _ in _marked_figures(text, begin, stop)}
    return sorted(len(text) if end < 0 else end for end in ends)


def section_stop(text: str, at: int) -> int:
    """Where the section a note at ``at`` heads ends at the latest: the next numbered
    heading (``_SECTION_END``: "2.5 Analyse ...", "Hoofdstuk 3"), or the text's end."""
    end = _SECTION_END.search(text, at)
    return end.start() if end else len(text)


#: A figure's cents ("12,50", "21,80"): a price or a sum in full, in euros, whatever unit a
#: note prints.
CENTS = re.compile(r",\d\d(?!\d)")
# A figure printed with its thousands or its cents ("842.000", "2 415 000", "12,50"): a sum
# in full, in euros, whatever unit a note prints.
_IN_FULL = re.compile(rf"\d{{1,3}}(?:[.\xa0\u202f\u2009 ]\d{{3}})+(?![\d.])|{CENTS.pattern}")


# A price in a sentence: a tariff, a rent, a levy, a fee or a person's own contribution
# ("de eigen bijdrage is € NN", "de huur is € NN hoger", "het tarief van € NN"), or a sum
# "per" a thing or a time after the figure ("€ NN per leerling", "€ NN per maand"): in
# euros as printed, or in the note's unit, which is unclear. The word is a price where it
# ends its word, alone or heading a compound ("de rioolheffing", "de hondenbelasting"), in
# its plural too; a compound it opens names a sum ("de prijscompensatie", "de
# huurinkomsten", "de belastingopbrengst"), and "belasting" alone is the taxes' whole.
_PRICED = re.compile(
    r"(?:(?<![^\W\d_])[^\W\d_]*?(?:prijs|prijzen|tarief|tarieven|huur|huren|heffing|heffingen"
    r"|leges|abonnement|abonnementen)|[^\W\d_]belasting(?:en)?"
    r"|(?<![^\W\d_])eigen[ \t\xa0\n]+bijdragen?)(?![^\W\d_])",
    re.IGNORECASE,
)
_PER_AFTER = re.compile(r"[ \t\xa0]*\n?[ \t\xa0]*per[ \t\xa0]", re.IGNORECASE)


def _part_of_analysis(model: TextModel, m: MoneyMatch) -> bool:
    """Whether an unmarked sum printing its sign and no thousands ("€ 400") in a section an
    analysis' note heads counts in the note's unit, as the deviations marked around it do:
    it stands in a sentence (not in brackets ending a heading, "<Heffing> per hond (€
    120)") naming no price (``_PRICED``) and no "per" follows it (``_PER_AFTER``). A
    municipal analysis prints the parts of its deviations ("van het nadeel is € 400
    incidenteel"), its threshold ("groter dan de rapportagegrens van € 100") and the
    causes' sums ("verhoogd met € 287") in the unit its note declares."""
    text = model.text
    if not m.quote.startswith("€") or _PER_AFTER.match(text, m.end):
        return False
    if text[text.rfind("\n", 0, m.start) + 1 : m.start].rstrip(" \t\xa0").endswith("("):
        return False
    start, end = model.sentence_span(m.start, m.end)
    return not _PRICED.search(text, start, end)


def section_units(
    model: TextModel,
    notes: list[tuple[re.Match[str], bool]],
    matches: list[MoneyMatch],
    rejected: list[tuple[int, str]],
) -> tuple[list[MoneyMatch], dict[int, int]]:
    """``matches`` read in the unit of a note alone on its line over prose
    (``_SECTION_OPENS``) or printing the legend of the marks of difference
    (``_NOTE_LEGEND``) above them, to the section's end (``_SECTION_END``) or the next
    note, with the offset of the note that scales each.

    An annual account's analysis of its differences prints such a note over posts whose
    headings and summary print their deviations in it ("Bedragen x € 1.000" over "Jeugdzorg
    met verblijf (€ 842 N)": € 842.000), while the prose under them may print euros in full
    ("zijn € 842.000 hoger dan begroot"). An amount printing a sign and no scale is in the
    note's unit where it is marked nadelig or voordelig (``_DIFFERENCE_MARK``), in a
    sentence or in brackets ending a post's heading ("(€ 842 N)"), and so is a figure
    printing no sign so marked, after it or before it (``_marked_figures``: "Jeugdzorg 842
    N", "Jeugdhulp (N 1.245)"); any other printing
    its thousands or its cents is a sum in full (``_IN_FULL``), as printed; one in a
    sentence naming no price is a part of the analysis, in the note's unit
    (``_part_of_analysis``: "van het nadeel is € 400 incidenteel"); the rest ("(€ 120)"
    unmarked ending a heading, a tariff, "€ 35 per leerling") are refused with a warning:
    which unit they count in is unclear."""
    text = model.text
    sections = []
    for i, (note, alone) in enumerate(notes):
        line_end = text.find("\n", note.end())
        legend = _NOTE_LEGEND.search(text, note.start(), len(text) if line_end < 0 else line_end)
        if not alone or not (legend or _SECTION_OPENS.match(text, note.end())):
            continue
        stop = section_stop(text, note.end())
        if i + 1 < len(notes):
            stop = min(stop, notes[i + 1][0].start())
        sections.append((note, note.end(), stop))
    if not sections:
        return matches, {}
    scaled: dict[int, int] = {}
    for note, begin, stop in sections:
        scale = note_scale(note)
        taken = [(m.start, m.end) for m in matches]
        bare = [
            MoneyMatch(start, end, figure, parse_quote(figure, scale)[0], None, scale, False)
            for start, end, figure in _marked_figures(text, begin, stop)
            if not any(s <= start < e for s, e in taken)
        ]
        if bare:
            matches = sorted([*matches, *bare], key=lambda m: m.start)
            scaled.update((m.start, note.start()) for m in bare)
        read = {m.start for m in bare}  # read in the note's unit already (``_marked_figures``)
        inside = [
            m
            for m in matches
            if begin <= m.start < stop
            and m.start not in read
            and m.currency in (None, "EUR")
            and m.scale_at is None
            and m.amount_eur_max is None
            and printed_scale(m.quote) is None
        ]
        if not inside:
            continue
        marked, unmarked = {}, []
        for m in inside:
            if _DIFFERENCE_MARK.match(text, m.end):
                amount, _ = parse_quote(m.quote, scale)
                marked[m.start] = m._replace(amount_eur=amount, scale=scale)
            else:
                unmarked.append(m)
        refused = set()
        for m in unmarked:
            if _IN_FULL.search(m.quote):
                continue  # "€ 842.000", "€ 12,50": a sum in full, as printed
            if _part_of_analysis(model, m):
                amount, _ = parse_quote(m.quote, scale)
                marked[m.start] = m._replace(amount_eur=amount, scale=scale)
                continue
            refused.add(m.start)
            rejected.append(
                (
                    m.start,
                    f"amount '{m.quote}' under the unit note '{note.group().strip()}' (line "
                    f"{model.line_col(note.start())[0]}): whether it counts in that unit is "
                    "unclear: not stored",
                )
            )
        matches = [marked.get(m.start, m) for m in matches if m.start not in refused]
        scaled.update(dict.fromkeys(marked, note.start()))
    return matches, scaled


# A remark after a year line's figure that leaves it a sum in the note's unit: one saying
# which estimate or account the sum is ("(raming)", "(begroot)", "(realisatie)", "(V)"), or
# one naming money ("(netto schuld)", "lasten", "reserve", "(excl. btw)", "inclusief btw":
# whether the sum counts the tax is said of money only), where it names no measure
# (``_REMARK_MEASURE``: "prijsindex" names money and an index); or one holding a figure of
# its own, no year (what it names is that figure: "ratio N,N", "solvabiliteit N%").
# "Rekening" and "lening" name money as words of their own only ("jaarrekening" and
# "geldlening" with them), as the tax's words and a qualifier (``_REMARK_QUALIFIER``) do:
# "(berekening)", "(verrekening)" and "(vergunningverlening)" name no money.
_REMARK_KEEPS_SUM = re.compile(
    r"raming|begro(?:ot|ting)|reali(?:satie|seerd)|gerealiseerd|prognose"
    r"|wijziging|per[ \xa0]jaar|voorde(?:el|lig)|nade(?:el|lig)"
    r"|(?<![^\W\d_])(?:(?-i:[NV])|(?:(?:jaar)?rekening|(?:geld)?lening)(?:en)?)(?![^\W\d_])"
    r"|schuld|saldo|reserve|resultaat|vermogen|voorziening|investering"
    rf"|(?<![^\W\d_])(?:excl|incl)(?:\.|usief)[ \xa0]*btw(?![^\W\d_])|{MONEY_WORD.pattern}",
    re.IGNORECASE,
)
# A word saying which estimate the sum is or how it counts ("(voorlopig)", "structureel",
# "(primitief)", "incidenteel"): it keeps the sum as a word of its own, alone or before a
# word that keeps one or names the figure ("voorlopig cijfer", "primitieve begroting",
# "structureel saldo"). Before another noun it qualifies what that names ("(structurele
# exploitatieruimte)": a measure, its figure a share), as the noun's own stem.
_REMARK_QUALIFIER = re.compile(
    r"(?<![^\W\d_])(?:verwacht|voorlopig|werkelijk|actue(?:e|l)|primitie(?:f|v)|bijgesteld"
    r"|gewijzigd|structure(?:e|l)|incidente(?:e|l)|eenmalig|cumulatie(?:f|v)|jaarlijks)"
    r"[^\W\d_]{0,2}(?![^\W\d_])(?P<next>[ \xa0]+[^\W\d_]+)?",
    re.IGNORECASE,
)
_REMARK_FIGURE_WORD = re.compile(r"[ \xa0]+(?:cijfers?|stand|bedragen)\Z", re.IGNORECASE)
_REMARK_MEASURE = re.compile(
    r"ratio|index|quote|graad|pct|percent|procent|%|kengetal|norm", re.IGNORECASE
)
_REMARK_FIGURE = re.compile(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d")


def _remark_keeps_sum(remark: str) -> bool:
    """Whether a year line's ``remark`` (``_YEAR_LINE``) leaves its figure a sum in the
    note's unit: it holds a figure of its own (``_REMARK_FIGURE``), or words known to keep
    a sum (``_REMARK_KEEPS_SUM``) and no measure's name (``_REMARK_MEASURE``); either way
    it names no count, share or unit of its own (``_counts_no_sum``; a thing ``COUNTED``
    names anywhere in it, no money word with it: "(woningen N)"). Any other remark is
    taken to name what the figure is ("(weerstandsratio)", "ratio", "indexcijfer", "pct.",
    "woningen"), no sum. Known words are asked for rather than measures refused: the
    measures a remark may name are many and open ("solvabiliteit", "dekkingsgraad",
    "leerlingen"), the words that keep a sum few, and a ratio stored as thousands of euros
    costs more than a sum left unread."""
    keeps = _REMARK_FIGURE.search(remark) or (
        (_REMARK_KEEPS_SUM.search(remark) or _remark_qualifies_sum(remark))
        and not _REMARK_MEASURE.search(remark)
    )
    counts = COUNTED.search(remark) and not MONEY_WORD.search(remark)
    return bool(keeps) and not counts and not _counts_no_sum(remark, None)


def _remark_qualifies_sum(remark: str) -> bool:
    """Whether a word of ``remark`` saying which estimate a sum is or how it counts
    (``_REMARK_QUALIFIER``) stands as a word of its own, or before a word naming the figure
    or keeping a sum ("voorlopig cijfer", "primitieve begroting"): before another noun it
    describes what that noun names ("structurele exploitatieruimte", a share), no sum."""
    for m in _REMARK_QUALIFIER.finditer(remark):
        after = m.group("next")
        if after is None or _REMARK_FIGURE_WORD.match(after) or _REMARK_KEEPS_SUM.search(after):
            return True
    return False


def _label_counts(above: str) -> bool:
    """Whether the label line nearest over a labelled figure in the lines a note heads (the
    last line of words and no figure in ``above``) names another unit than the note's money:
    it counts or prints a unit of its own (``_counts_no_sum``: "Formatie in fte", "Aantal
    meldingen", "Bezettingsgraad (%)") and names no money. Under "(bedragen x € 1.000):" a
    label line "Exploitatieresultaat" heads year lines in euros, and a second one "Formatie
    in fte" heads lines of staff ("2024        48"): the note's unit is no longer theirs."""
    for label in reversed(above.splitlines()):
        label = label.strip(" \t\xa0\r:")
        if label and not any(c.isdigit() for c in label):
            return _counts_no_sum(label, None) and not MONEY_WORD.search(label)
    return False


def _lead_names_no_sum(going_on: str) -> bool:
    """Whether the lead's words ``going_on`` after its note's bracket, to the colon ending
    it (``_NOTE_HEADS``), say the figures under it are no sums in the note's unit: they
    count, are shares or print a unit of their own (``_counts_no_sum``, as an item's label
    or a remark is read: "(bedragen x € N; ...) zijn <adverb>⏎omgerekend naar fte:",
    ") zijn, uitgedrukt⏎in procenten van <noun>, als volgt:"). The note gives
    the sums the figures were worked out from; the lead's last words say what they are."""
    return _counts_no_sum(" ".join(going_on.split()).strip(" :"), None)


def external_scale(
    model: TextModel, notes: list[tuple[re.Match[str], bool]]
) -> list[tuple[int, int, str, int, tuple[int, int | None]]]:
    """(start, end, scale, note offset, (first, last) year) of bare numbers a "(bedragen x
    1000)" note scales, with the year or years printed just before each: before the note in
    its sentence, or under it in the lines it heads (``_NOTE_HEADS``), after a year label
    there (``_LABELLED_FIGURE``, or opening a line of its own: ``_YEAR_LINE``; "2007 e.v."
    has no last year)."""
    found = []
    seen: set[int] = set()
    text = model.text
    for i, (note, _alone) in enumerate(notes):
        scale = note_scale(note)
        if note.re is _BARE_NOTE:
            continue  # a section's unit (``section_units``); it ends the note before it
        start, _ = model.sentence_span(note.start(), note.end())
        blanks = [m.end() for m in _BLANK_LINE.finditer(text, start, note.start())]
        start = blanks[-1] if blanks else start
        if re.search(r"\btabel\b", text[start : note.start()], re.I):
            continue  # a table title, and tables are extracted elsewhere
        for m in _YEAR_THEN_NUMBER.finditer(text, start, note.start()):
            first = int(m.group("y0") or m.group("y"))
            if m.start("n") not in seen:
                seen.add(m.start("n"))
                found.append(
                    (m.start("n"), m.end("n"), scale, note.start(), (first, int(m.group("y"))))
                )
        heads = _NOTE_HEADS.match(text, note.end())
        if heads is None or _lead_names_no_sum(heads.group()):
            continue
        blank = _BLANK_LINE.search(text, heads.start())
        end = blank.start() if blank else len(text)
        if i + 1 < len(notes):
            end = min(end, notes[i + 1][0].start())  # the next note heads what follows it
        labelled = [
            *_LABELLED_FIGURE.finditer(text, heads.end(), end),
            *_YEAR_LINE.finditer(text, heads.end(), end),
        ]
        for m in sorted(labelled, key=lambda m: m.start()):
            year = int(m.group("y"))
            line = text.rfind("\n", 0, m.start()) + 1
            if _NO_SUM.match(m.group("n")) or _COUNTS_ITEM.search(text, line, m.start()):
                continue  # "kenmerk 2024 0012345", "Aantal militairen in 2019: 1.200"
            if _label_counts(text[heads.end() : line]):
                continue  # "Formatie in fte" over "2024        48": no sums
            if m.groupdict().get("remark") and not _remark_keeps_sum(m.group("remark")):
                continue  # "JJJJ    N    (fte)", "JJJJ    N,N    (<noun>ratio)": no sums
            line_end = text.find("\n", m.end())
            if _SHARE_ITEM.search(text, line, len(text) if line_end < 0 else line_end):
                continue  # "Groei 2019 2,5 procent, 2020 3,1": shares, no sums
            if m.start("n") not in seen:
                seen.add(m.start("n"))
                found.append(
                    (m.start("n"), m.end("n"), scale, note.start(),
                     (year, None if m.group("on") else year))
                )  # fmt: skip
    return found


# A lead-in ending its line with a unit declared in brackets ("De middelen worden als
# volgt verdeeld (bedragen in mln euro):", "de volgende mutaties (x € 1.000):", "(in €
# mln):", "(x k€):"): the items listed under it print bare figures in that unit. The
# declaration may wrap ("(bedragen in" / "mln euro):"), and words may follow the unit in it
# ("(bedragen x € 1 miljoen, afgerond)"). It names the currency, by its sign, code or word: a
# bare "(x 1.000):" scales counts as often ("Het aantal deelnemers per regio (x 1.000):",
# "De bevolking per provincie (x 1.000):"), so it makes no figure a sum. Without a colon it
# closes a caption ("Overzicht mutaties (x € 1 mln)", "Figuur 3 Uitgaven per artikel (x €
# 1 miljoen)"): words ending no sentence and no figure it declares (``_FIGURE_BEFORE``).
# Sums may be declared in whole euros, no scale ("(bedragen in euro's, V = voordeel, N =
# nadeel):"): the word "bedragen" says they are sums, and they count as printed.
_LIST_FACTOR = r"(?:1[.\xa0 ]?000(?:[.\xa0 ]?000)?|1[ \t\xa0]*(?:mln\.?|miljoen|mld\.?|miljard))"
_LIST_LEAD = re.compile(
    r"\([ \t\xa0]*(?:(?P<whole>bedragen\s+in\s+(?:euro['’]?s|euro|€|EUR))|(?:bedragen\s+)?"
    rf"(?:[x×*][ \t\xa0]*(?:(?:€|EUR)[ \t\xa0]*{_LIST_FACTOR}(?:[ \t\xa0]*euro)?"
    rf"|{_LIST_FACTOR}[ \t\xa0]*euro)"
    r"|in\s+(?:(?:€|EUR)[ \t\xa0]*(?:mln\.?|mld\.?|miljoen|miljard|miljoenen|miljarden)"
    r"|(?:mln\.?|mld\.?|duizenden|miljoenen|miljarden)\s+(?:euro['’]?s|euro|€))"
    r"|(?:[x×]|in)[ \t\xa0]*(?-i:[kKM])(?:€|EUR)))"
    rf"(?P<rest>{_NOTE_REST})[ \t\xa0]*\)[ \t\xa0]*(?P<colon>:)?[ \t\xa0]*\n",
    re.IGNORECASE,
)
# The words after the unit in a lead's brackets: how its sums were rounded, priced or
# booked ("afgerond", "lopende prijzen", "prijspeil 2024", "tenzij anders vermeld", "bruto
# opgenomen", "netto"), or what else
# the list counts and in which unit ("formatie in fte": items whose label names it count
# fte). Any other words ("indexcijfers") may say the figures count no euros at all: such a
# list is not read. A clause after a semicolon or a comma saying how the figures' signs or
# marks read ("; - = nadeel", "; een min betekent een tekort", ", V = voordeel, N = nadeel")
# says they are signed or marked sums, and a cross-reference ("; zie ook paragraaf 3.2")
# says nothing of them: the list is read.
_REST_PRICED = re.compile(r"\b(?:afgerond|prijzen|prijspeil|tenzij|bruto|netto)\b", re.IGNORECASE)
# A legend, that is: a sign and "=" ("- = nadeel", "-/- = tekort"), an annual account's
# mark of a difference and "=" ("V = voordeel", "N = nadeel"; "N =" only before what it
# means, as a count is printed so too: "N = 340 gemeenten"), or "min", "plus", "negatief"
# or "tekort" standing alone as words ("een min betekent een tekort"); not any hyphen (";
# raming 2024-2025", "; niet-geoormerkt"), which says nothing of the signs.
_REST_SIGNS = re.compile(
    r"[ \t\xa0]*[;,][^()]*?(?:[+\-–−][ \t\xa0]*=|(?<![^\W\d_])(?-i:V)[ \t\xa0]*="
    r"|(?<![^\W\d_])(?-i:N)[ \t\xa0]*=[ \t\xa0]*(?:na|voor)de(?:el|lig)(?![^\W\d_])"
    r"|(?<![^\W\d_\-])(?:min|plus|negatief|tekort)(?![^\W\d_\-]))",
    re.IGNORECASE,
)
# A cross-reference ("; zie ook paragraaf 3.2", "; zie de bijlage", ", vgl. tabel 2"): it
# says where more is told of the figures, nothing of what they count; the list is read.
_REST_REFERS = re.compile(
    r"[ \t\xa0]*[;,][ \t\xa0]*(?:\r?\n[ \t\xa0]*)?(?:zie|vgl\.|vergelijk)(?![^\W\d_])",
    re.IGNORECASE,
)
_REST_OTHER_UNIT = re.compile(
    r"[ \t\xa0]*,[ \t\xa0]*(?P<thing>[^\W\d_]{3,})[ \t\xa0]+(?:in|x)[ \t\xa0]+[^()\n]{1,20}\Z",
    re.IGNORECASE,
)
# An item of such a list: a list mark or none, a label opening with a letter, and either a
# colon and what the item says ("–   <Naam>: N;", "<Naam>:   − N", "– <Naam>: N in JJJJ,
# oplopend naar N in JJJJ;"), or one figure ending the line after a gap of two spaces or
# more, as a legend or a listing aligns its figures ("Artikel N      N", "• <label>      +
# N"), an annual account's mark of a difference after it or not ("<label>      N V", "N N":
# voordelig, nadelig; the sum as printed). Under a legend of the marks (``_MARKS_LEGEND``)
# the mark may be printed in lower case ("<label>      N n") or in brackets before the figure
# ("<label>      (N) N"); ``_item_figures`` reads those only there. A line printing anything
# else ends the list.
_LIST_ITEM = re.compile(
    r"[ \t\xa0]*(?:[–−•·▪◦*-]|\d{1,2}[.)]|[a-z][.)])?[ \t\xa0]*"
    r"(?P<label>[^\W\d_][^:;\n]*?)"
    r"(?::(?P<says>[^\n]*)"
    r"|[ \t\xa0]{2,}(?:\([ \xa0]?(?P<before>[NVnv])[ \xa0]?\)[ \xa0]?)?"
    rf"(?P<n>(?:{_SIGN}[ \xa0]?)?{NUMBER})"
    rf"(?:[ \xa0](?P<mark>{_DIFFERENCE_MARKS}|[nv](?![\w\-])))?[ \t\xa0]*[;.,]?[ \t\xa0]*)"
    r"(?:\n|\Z)"
)
# A legend of an annual account's marks in a lead's brackets ("V = voordeel", "N = nadelig"):
# the marks are printed as they choose, in lower case or in brackets before the figure.
_MARKS_LEGEND = re.compile(r"(?<![^\W\d_])(?:V|N)[ \t\xa0]*=")
# A bare figure of what an item says, signed or not, a space after its sign or not: no year
# nor a part of a span of years ("2026-2029"), no sum printed with its currency ("€ 450"),
# and ending the item or its clause, or followed only by the year or the words in brackets
# it is of ("N;", "− N", "N in JJJJ,", "N (structureel)."). A figure followed by a word
# counts that word ("N agenten", "N procent", "N (fte)"), or prints its own scale.
_SAID_FIGURE = re.compile(
    r"(?<![\w.,/€$£ƒ¤%+\-–−])(?<!€[ \xa0])"
    rf"(?P<n>(?:{_SIGN}[ \xa0]?)?(?!(?:19|20)\d\d(?!\d|[.,]\d)){NUMBER})"
    rf"(?=[ \t\xa0]*(?:[;.,]?[ \t\xa0]*\Z|[;,]|{_HOW_IT_COUNTS}"
    r"|(?:in|vanaf|per|tot[ \xa0]en[ \xa0]met|t/m|tot)[ \xa0]+(?:19|20)\d\d(?!\d)))",
    re.IGNORECASE,
)
# What may stand before a sum an item says: nothing (the figure opens it), a clause's mark, a
# year ("JJJJ: N", "in JJJJ, oplopend naar N"), or a word of how the sum counts or moves
# ("JJJJ-JJJJ jaarlijks N", "oplopend naar N", "tot N"). A figure after any other word is
# that word's number ("begrotingsartikel N", "hoofdstuk N", "motie N"), no sum.
_SUM_BEFORE = re.compile(
    r"(?:\A|[;,]|(?<!\d)(?:19|20)\d\d(?:[ \xa0]e\.[ \xa0]?v\.)?:?"
    r"|\b(?:jaarlijks|naar|tot|structureel|incidenteel|eenmalig))[ \t\xa0]*\Z",
    re.IGNORECASE,
)
# Another figure a wide gap sets in a label before the item's last: a table's row of
# columns ("<Naam>      N      N"), no sum a list says.
_FIGURE_COLUMN = re.compile(rf"[ \t\xa0]{{2,}}(?:{_SIGN}[ \xa0]?)?\d")
# A label printing its own unit at its end, in brackets or after "in" ("Tarief <heffing>
# (€)", "<Naam> (jaren)", "<Naam> in ha"): its figure is in that unit, not the lead's; so
# is a label's figure "per <eenheid>" (``PER_UNIT``: "Lasten per inwoner").
_OWN_UNIT = re.compile(
    r"(?:\([ \xa0]*(?:in[ \xa0]+)?|\bin[ \xa0]+)(?:€|eur(?:o['’]?s?)?|%|procent(?:en)?|fte|jaren"
    r"|jaar|maanden|weken|dagen|uren|ha|hectare|km|m[23²³]|ton|kg|stuks|aantal(?:len)?)"
    r"[ \xa0]*\)?[ \t\xa0]*\Z",
    re.IGNORECASE,
)
# A label saying its figure is a share, no sum ("Groei in %: 2,5", "Aandeel (procent)"); a
# share the label prints with its own figure names what the sum is for ("Defensie (NAVO-norm
# 2%): 450").
_SHARE_LABEL = re.compile(r"(?<!\d)(?<!\d[ \xa0])(?:%|\bprocent)|percentage", re.IGNORECASE)


def _lead_scale(lead: str) -> str:
    """The scale word of the unit a list's lead-in declares: "mld", "mln" or "duizend"."""
    folded = "".join(lead.lower().split())
    if re.search(r"mld|miljard", folded):
        return "mld"
    if re.search(r"mln|miljoen|m€|meur|000\.?000", folded):
        return "mln"
    return "duizend"


def _item_figures(text: str, item: re.Match[str], legend: bool) -> list[re.Match[str]]:
    """The bare figures of one list item (``_LIST_ITEM``): the one after its wide gap, where
    its label holds no year nor another figure (a table's columns) and its mark, if printed
    in lower case or before the figure, has a ``legend`` in the lead (without one, "N n"
    may count something else), or those of what it says after its colon (``_SAID_FIGURE``)
    where they stand as sums (``_SUM_BEFORE``)."""
    if item.group("n") is not None:
        mark = item.group("mark")
        if not legend and (item.group("before") or (mark and mark.islower())):
            return []
        label = item.group("label")
        # a year in the label (``YEAR_IN``): the figure a wide gap sets after it stands in the
        # year's column of a table ("Defensie 2018    –320"), as the year labels
        # ``external_scale`` reads stand one space apart
        return [] if YEAR_IN.search(label) or _FIGURE_COLUMN.search(label) else [item]
    says = item.start("says")
    return [
        f
        for f in _SAID_FIGURE.finditer(text, says, item.end("says"))
        if _SUM_BEFORE.search(text[says : f.start()])
    ]


def _counts_no_sum(label: str, other: str | None) -> bool:
    """Whether an item's ``label`` says its figure is no sum in the lead's unit: it counts
    (``_COUNTS_ITEM``, or a thing ``COUNTED`` names opens it and no word of money stands in
    it: "Inwoners", but "Bijdrage woningen" and "Onderwijs, bezuiniging op internationale
    studenten" are money), is a share, prints its own unit (``_OWN_UNIT``, ``PER_UNIT``),
    or names the ``other`` thing the lead's brackets give a unit of ("formatie in fte")."""
    folded = label.lower()
    return bool(
        _COUNTS_ITEM.search(label)
        or (COUNTED.match(label) and not MONEY_WORD.search(label))
        or _SHARE_LABEL.search(label)
        or _OWN_UNIT.search(label)
        or PER_UNIT.search(label)
        or (other and other in folded)
    )


def listed_figures(model: TextModel) -> list[tuple[int, int, str, int]]:
    """(start, end, scale, lead offset) of the bare figures a list prints right under a
    lead-in declaring their unit (``_LIST_LEAD``), one item a line (``_LIST_ITEM``), to the
    first line that is no such item or prints no such figure. Each figure is in the lead's
    unit; an item whose label says it counts ("Aantal ...", "fte") or is a share or prints
    its own unit (``_counts_no_sum``), or a figure opening with a zero (a reference), is no
    sum and is passed over. A lead of whole euros ("(bedragen in euro's, ...)") gives the
    scale "units", any other its note's. Words after the unit in the lead's brackets that
    say neither how the sums were rounded, priced or booked (``_REST_PRICED``: "afgerond",
    "prijspeil JJJJ", "bruto", "netto"), nor how their signs or marks read (``_REST_SIGNS``;
    under a legend of the marks, ``_MARKS_LEGEND``, an item may print its mark in lower
    case or in brackets before its figure, ``_item_figures``), nor where to look further (a
    cross-reference, ``_REST_REFERS``), nor what other thing the list counts in which unit
    leave the list unread. A lead in a table's caption ("Tabel N ...") heads a table, which
    the table reader reads; so does a lead whose first line under it is no item (a line of
    column headings)."""
    text = model.text
    found = []
    for lead in _LIST_LEAD.finditer(text):
        line = text.rfind("\n", 0, lead.start()) + 1
        if lead.group("colon") is None and (
            _STOP.search(text, line, lead.start())
            or _FIGURE_BEFORE.search(text, max(line, lead.start() - 30), lead.start())
        ):
            continue  # "... met N.NNN (x € 1.000)": the unit of a figure, no caption's
        start, _ = model.sentence_span(lead.start(), lead.start() + 1)
        blanks = [m.end() for m in _BLANK_LINE.finditer(text, start, lead.start())]
        start = blanks[-1] if blanks else start
        if re.search(r"\btabel\b", text[start : lead.start()], re.IGNORECASE):
            continue
        rest, other = lead.group("rest"), None
        if (
            rest
            and not _REST_PRICED.search(rest)
            and not _REST_SIGNS.match(rest)
            and not _REST_REFERS.match(rest)
        ):
            names = _REST_OTHER_UNIT.match(rest)
            if names is None:
                continue  # "(x € 1 miljoen, <woorden>)": what the figures count is unclear
            other = names.group("thing").lower()
        scale = "units" if lead.group("whole") else _lead_scale(lead.group())
        legend = bool(rest and _MARKS_LEGEND.search(rest))
        at = lead.end()
        while (item := _LIST_ITEM.match(text, at)) is not None and (
            figures := _item_figures(text, item, legend)
        ):
            at = item.end()
            if _counts_no_sum(item.group("label"), other):
                continue
            found.extend(
                (f.start("n"), f.end("n"), scale, lead.start())
                for f in figures
                if not _NO_SUM.match(f.group("n"))
            )
    return found


#: A figure after "€" with one decimal and no scale ("€ 1,5"): euros and cents print two
#: decimals ("€ 1,50").
_TENTHS = re.compile(r"€[ \xa0]?\d+,\d")
# Between the items of a list that prints each item's sign and its scale word after the last
# item only, each item after a label of a few words or none ("<label> € X, <label> € Y en
# <label> € Z miljoen", "€ X en € Y miljard"): a comma between the items, "en" or "of"
# before the last (a comma before it or not), a line's end in any white space. A comma alone
# before the last is no list ("€ 1,5, daarna € 2 miljard": a figure whose scale is elsewhere).
# A label names what an item is for ("onderwijs", "voor de uitvoering"); an adverb of time or
# of likelihood says the last figure came after or instead of the first ("€ 1,5 en daarna
# zelfs € 2 miljoen", "of misschien"), a figure that need not share its scale: none is one.
_SPACE = r"(?:[ \t\xa0]+(?:\r?\n[ \t\xa0]*)?|\r?\n[ \t\xa0]*)"
_ADVERB = (
    r"(?i:daarna|daarnaast|later|vervolgens|toen|nu|zelfs|misschien|mogelijk|wellicht"
    r"|waarschijnlijk|uiteindelijk|nog|ook)(?![^\W\d_])"
)
_LABEL = rf"(?:(?!{_ADVERB})[^\W\d_][^\s,.;:!?()€]*{_SPACE}){{0,3}}"
_ITEM_COMMA = re.compile(rf",{_SPACE}?{_LABEL}")
_ITEM_LAST = re.compile(rf",?{_SPACE}?(?:en|of){_SPACE}{_LABEL}")


def _list_scale(text: str, matches: list[MoneyMatch], at: int) -> MoneyMatch | None:
    """The last item of the list ``matches[at]`` opens (``_ITEM_COMMA``, ``_ITEM_LAST``),
    where every item before it prints its sign, one decimal and no scale (``_TENTHS``: tenths
    of a euro, which no sum in euros prints; "€ 8" or "€ 8,25" may be euros) and the last
    prints millions or billions: the items before it count in its scale word, printed once
    for all of them."""
    for i in range(at + 1, len(matches)):
        previous, item = matches[i - 1], matches[i]
        gap = (previous.end, item.start)
        if _ITEM_LAST.fullmatch(text, *gap):
            last = item.scale in ("mln", "mld") and printed_scale(item.quote) is not None
            return item if last and item.currency == previous.currency else None
        if not (_ITEM_COMMA.fullmatch(text, *gap) and _TENTHS.fullmatch(item.quote)):
            return None
        if not lacks_scale(item) or item.currency != previous.currency:
            return None
    return None


# The unit a figure counts in, declared in brackets right after it, as a begrotingsamendement
# prints the staat's sums: "verhoogd met € 125.000 (x € 1.000)" is € 125 mln ("(x 1.000
# euro)", "(× € 1 mln)" too). The "€ 1.000" in it is no amount (``find_money``).
# A declaration opening the next line and followed on it by padded headings ("(x € 1.000)
#        2024      2025") is the corner of the table below, declaring its columns, not the
# unit of the figure ending the line above (a count closing the table before: "Aantal
# medewerkers (fte)      1.234").
_DECLARED_AFTER = re.compile(
    r"[ \t\xa0]*(?:(?P<wrapped>\r?\n)[ \t\xa0]*)?\([ \t\xa0]*(?:bedragen[ \t\xa0]+)?[x×*]"
    r"[ \t\xa0]*(?:(?:€|EUR)[ \t\xa0]*)?(?:1[.\xa0 ]?000(?P<millions>[.\xa0 ]?000)?"
    r"|1[ \t\xa0]*(?:(?P<mln>mln\.?|miljoen)|(?P<mld>mld\.?|miljard)))"
    r"(?:[ \t\xa0]*euro)?[ \t\xa0]*\)(?(wrapped)(?![ \t\xa0]{2,}\S))",
    re.IGNORECASE,
)


def declared_units(text: str, matches: list[MoneyMatch]) -> list[MoneyMatch]:
    """``matches``, a figure in euros without a scale word followed by the unit it counts in
    (``_DECLARED_AFTER``) read in that unit: the scale is the declaration's, and ``scale_at``
    points at it (the row's ``scale_line``)."""
    read = []
    for m in matches:
        declared = (
            _DECLARED_AFTER.match(text, m.end)
            if "(" in text[m.end : m.end + 30] and m.scale == "units" and m.scale_at is None
            else None
        )
        if declared is not None and (m.currency or "EUR") == "EUR":
            scale = (
                "mld"
                if declared.group("mld")
                else "mln"
                if declared.group("mln") or declared.group("millions")
                else "duizend"
            )
            amount, amount_max = parse_quote(m.quote, scale)
            m = m._replace(
                amount_eur=amount,
                amount_eur_max=amount_max,
                scale=scale,
                scale_at=text.index("(", declared.start()),
            )
        read.append(m)
    return read


# A bare figure printing its thousands or decimals ("32.500", "1.250,5") right before a
# declaration in euros (``_DECLARED_AFTER``): "het totaal stijgt met 32.500 (x € 1.000)" is
# € 32,5 mln, the sign printed in the declaration only. A minus or plus glued to it, or an
# accountant's "-/-", is its own ("een mutatie van –12.000 (x € 1.000)": € 12 mln less). A
# figure without a group ("2024 (x € 1.000)", "Artikel 12 (x € 1.000)") is a year or a
# number of a caption.
_FIGURE_BEFORE = re.compile(
    r"(?<![\w.,€$£ƒ¤\-\u2212\u2013/+])"
    r"(?P<n>(?:(?:-/-|\+/\+)[ \xa0]?|[–−+-])?(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+))"
    r"[ \t\xa0]*(?:\r?\n[ \t\xa0]*)?\Z"
)
_DECLARATION_OPENS = re.compile(r"\([ \t\xa0]*(?:bedragen[ \t\xa0]+)?[x×*]", re.IGNORECASE)


def declared_figures(text: str, matches: list[MoneyMatch]) -> list[MoneyMatch]:
    """Bare figures before a unit declaration naming euros (``_FIGURE_BEFORE``), read in its
    unit as ``declared_units`` reads a signed one, outside ``matches`` (the amounts found)."""
    found = []
    for opens in _DECLARATION_OPENS.finditer(text):
        begin = text.rfind("(", 0, opens.end())
        figure = _FIGURE_BEFORE.search(text, max(0, begin - 30), begin)
        if figure is None:
            continue
        start, end = figure.span("n")
        declared = _DECLARED_AFTER.match(text, end)
        if (
            declared is None
            or not re.search(r"€|(?i:eur)", declared.group())
            or any(m.start < end and start < m.end for m in matches)
        ):
            continue
        quote = figure.group("n")
        bare = MoneyMatch(start, end, quote, parse_quote(quote)[0], None, "units", False, "EUR")
        found.extend(declared_units(text, [bare]))
    return found


def without_their_scale(
    model: TextModel, matches: list[MoneyMatch], rejected: list[tuple[int, str]]
) -> list[MoneyMatch]:
    """``matches`` less the figures in tenths of a euro without a scale that follow no amount
    in millions or billions in their sentence ("minimaal € 1,5 en maximaal € 2 miljard"):
    their scale is printed elsewhere, and € 1,50 would be a wrong face value. After such a
    whole ("€ 750 miljard, waarvan € 6,1") the part takes the whole's unit
    (``extract_amounts``), and an item of a list whose last item alone prints the scale
    ("€ 1,2, € 3,4 en € 5,6 miljoen", ``_list_scale``) takes that scale. A price per unit
    ("€ 2,5 per vervuilingseenheid", ``PER_UNIT``) is its face value, wherever it stands: no
    sum of millions is counted per inhabitant."""
    kept: list[MoneyMatch] = []
    for at, m in enumerate(matches):
        if (
            _TENTHS.fullmatch(m.quote)
            and lacks_scale(m)
            and not PER_UNIT.match(model.text, m.end)
            and (last := _list_scale(model.text, matches, at)) is not None
        ):
            # "<label> € X, <label> € Y en <label> € Z miljoen": the list's scale word
            unit = UNIT_TOKEN.search(last.quote)
            assert unit is not None  # (the last item prints its scale word)
            amount, _ = parse_quote(m.quote, last.scale)
            m = m._replace(amount_eur=amount, scale=last.scale, scale_at=last.start + unit.start())
        elif (
            _TENTHS.fullmatch(m.quote)
            and lacks_scale(m)
            and not PER_UNIT.match(model.text, m.end)
            and not (
                kept
                and kept[-1].scale in ("mln", "mld")
                and kept[-1].end > model.sentence_span(m.start, m.end)[0]
            )
        ):
            rejected.append(
                (
                    m.start,
                    f"amount '{m.quote}': tenths of a euro and no scale, which is printed "
                    "elsewhere: not stored",
                )
            )
            continue
        kept.append(m)
    return kept


#: A figure's comma before a group of three: the parts before and after it.
_COMMA_GROUP = re.compile(r"(\d+),(\d{3})(?!\d)")


def lacks_scale(m: MoneyMatch) -> bool:
    """A euro amount with decimals but no printed scale ("€ 6,1"): its unit is elsewhere.
    ("EUR 612,000,000" prints English thousands, no decimals; so does "EUR 250,000" that
    ``find_money`` read as thousands in an English sentence: its amount is the figure
    without the comma.)"""
    if m.quote.count(",") != 1 or m.amount_eur_max is not None or m.scale_at is not None:
        return False
    group = _COMMA_GROUP.search(m.quote)
    if group is not None and m.amount_eur == int(group.group(1) + group.group(2)):
        return False
    return printed_scale(m.quote) is None
