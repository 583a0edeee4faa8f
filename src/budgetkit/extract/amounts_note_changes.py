"""Bare figures of change in the paragraph a heading's unit note governs.

A municipal programmabegroting explains its lasten and baten under a heading that declares
the unit once ("Toelichting op de lasten en baten (bedragen x € 1.000)", or "Bedragen x €
1.000" alone on its line), and the paragraph under it prints its changes as bare figures:
"de lasten stijgen in JJJJ met N.NNN", "de kosten van <post> nemen toe met NNN", "de
bijdrage daalt met -/- NNN". Such a figure is a sum in the note's unit only where everything
says money: it is what a money noun (``MONEY_WORD``: lasten, kosten, bijdrage) changes by,
a verb of change and "met" right before it in its clause, and it ends its clause, naming no
thing it counts after it ("met 23 fte", "met 4.200 studenten", "met 3,0%"). A count in the
same paragraph ("stabiliseert rond N.NNN", "(NNN.NNN inwoners)") is no change by "met", and
a clause about an "aantal" is a count's change ("het aantal fte steeg met 37"), whatever
money word it names too. The verb may follow the figure, as a subordinate clause orders it
("terwijl de lasten met NNN dalen"), and a sum may be named by its noun instead of changed
("het saldo is een nadeel van NNN.", "een rijksbijdrage van N.NNN"): the noun is money;
or stated by "bedragen" ("het budget bedraagt N.NNN.") or as a deviation ("de lasten vielen
N.NNN hoger uit") or as what a budget sets aside ("is voor subsidies N.NNN geraamd"), in a
clause naming money.
"""

from __future__ import annotations

import re

from budgetkit.extract.amounts_unit_notes import CENTS, note_scale, post_headings, section_stop
from budgetkit.extract.money_grammar import NUMBER
from budgetkit.extract.tables_units import MONEY_WORD
from budgetkit.textmodel import TextModel, heading_line_at

# A bare figure as the paragraphs print a sum: a sign, the accountant's "-/-" or "+/+" or
# none before it, no currency (a "€ N" is read as any amount is), no year.
_SIGNED = rf"(?:(?:-/-|\+/\+|[–−+-])[ \xa0]?)?(?!(?:19|20)\d\d(?!\d|[.,]\d)){NUMBER}"
# A verb of change (stijgen, dalen, toe- and afnemen, verhogen, verlagen, groeien, in their
# forms), then "met" later in its clause (no sentence's or clause's mark, no comma, no other
# figure between), then the bare figure: a sign or the accountant's "-/-" or none, no
# currency (a "€ N" is read as any amount is), no year.
_CHANGE = (
    r"(?<![^\W\d_])(?:stijg(?:t|en)|steeg|stegen|gestegen|daal(?:t|de|den)?|dalen|gedaald"
    r"|(?:neemt|nemen|nam|namen)(?=[^\n.;:!?,\d]{0,80}?[ \t\xa0]+(?:toe|af)[ \t\xa0]+met\b)"
    r"|(?:toe|af)(?:genomen|nemen)|verho(?:og|ogt|ogd|ogde|ogden|gen)|verla(?:ag|agt|agd"
    r"|agde|agden|gen)|opgehoogd|verminderd|vermeerderd|groei(?:t|en|de|den)|gegroeid)"
    r"(?![^\W\d_])"
)
# What follows a figure ending its clause: a mark and a space, the line's end, words
# opening what the change is measured against or caused by, or an annual account's mark of a
# difference in brackets ("nemen toe met N.NNN (N).", "dalen met NNN (V)", over a line's
# end or not): it says the figure is a deviation in money, nadelig or voordelig.
_CLAUSE_ENDS = (
    r"[.,;:][ \t\xa0\n]|[.,;:]?[ \t\xa0]*(?:\n|\Z)"
    r"|[ \t\xa0]*(?:\n[ \t\xa0]*)?\((?-i:[NV])\)"
    r"|[ \t\xa0]+(?:ten[ \t\xa0]+opzichte|t\.o\.v\.|als[ \t\xa0]+gevolg|doordat|door|vanwege)"
    r"(?![^\W\d_])"
)
# The words between the verb and "met": no sentence's or clause's mark, no comma, no figure
# but a year ("stijgen in JJJJ met N"), over one line's end at most.
_BETWEEN = r"(?:[^\n.;:!?,\d]|(?<!\d)(?:19|20)\d\d(?!\d))"
_FIGURE_OF_CHANGE = re.compile(
    rf"{_CHANGE}(?P<between>{_BETWEEN}{{0,80}}?(?:\n{_BETWEEN}{{0,80}}?)?)"
    r"(?<![^\W\d_])met[ \t\xa0]+"
    rf"(?P<n>{_SIGNED})"
    # it ends its clause: a mark and a space, the line's end, or words opening what the
    # change is measured against or caused by ("ten opzichte van", "als gevolg van", "door
    # een hoger aantal": a cause, where a count would name its thing)
    rf"(?={_CLAUSE_ENDS})",
    re.IGNORECASE,
)
# The same figure in a subordinate clause's order, the verb of change after it ("terwijl de
# lasten met NNN dalen", "doordat de kosten met 120 zijn gestegen", "omdat de bijdrage met
# 40 wordt verlaagd"), an auxiliary between or none, the verb ending the clause.
# A separable verb is joined there ("met 120 toeneemt", "afnam").
_AUXILIARY = r"(?:is|zijn|wordt|worden|werd|werden)[ \t\xa0]+"
_JOINED = r"(?<![^\W\d_])(?:toe|af)(?:neemt|nam|namen)(?![^\W\d_])"
_FIGURE_BEFORE_CHANGE = re.compile(
    r"(?<![^\W\d_])met[ \t\xa0]+"
    rf"(?P<n>{_SIGNED})"
    rf"[ \t\xa0]+(?:{_AUXILIARY})?(?:{_CHANGE}|{_JOINED})(?={_CLAUSE_ENDS})",
    re.IGNORECASE,
)
# A sum named by its noun, "van" and the figure ending its clause ("het saldo is een nadeel
# van NNN.", "een hogere bijdrage (AFKORTING) van N.NNN tegenover."): the noun, a bracket
# of a few words after it or none, is money itself (``MONEY_WORD``: a bijdrage, the lasten,
# a bedrag) or an account's result (``_RESULT``), and "tegenover" may close the clause
# after the figure (what a sum stands against), or a finite verb of which the noun is the
# subject may follow it (``_VERB_AFTER``: "de geraamde ontvangsten van N.NNN betreffen
# <bijdragen>", "de lasten van NNN zijn gedekt"). "De kosten van 412 cliënten" names what
# it counts after the figure: no clause's end. A figure printing cents ("een eigen bijdrage
# van NN,NN.", ``CENTS``) is a price or a sum in full, in euros, as it is anywhere under a
# note (``section_units``): not in the note's unit.
# (the words may wrap: a gap of spaces, one line's end among them)
_GAP = r"(?=\s)[ \t\xa0]*(?:\n[ \t\xa0]*)?"
_VERB_AFTER = (
    r"[ \t\xa0]+(?:betreft|betreffen|is|zijn|wordt|worden|werd|werden|was|waren|blijft"
    r"|blijven|bestaat|bestaan|komt|komen)(?![^\W\d_])"
)
_SUM_OF = re.compile(
    rf"(?<![^\W\d_])(?P<noun>[^\W\d_][\w-]*)(?:{_GAP}\([^()\n]{{1,30}}\))?{_GAP}van{_GAP}"
    rf"(?P<n>{_SIGNED})"
    rf"(?:[ \t\xa0]+tegenover(?=[.,;:]?[ \t\xa0\n]|\Z)|(?={_CLAUSE_ENDS}|{_VERB_AFTER}))",
    re.IGNORECASE,
)
# A sum stated by the verb "bedragen" in its singular or past ("het opdrachtenbudget
# bedraagt N.NNN.", "de bijdrage bedraagt N.NNN en is bestemd voor", "bedroeg in JJJJ
# daardoor NNN"): a few words or a year between, the figure ending its clause or followed
# by "en" and no other figure. The plural present "bedragen" is left: it is the noun as
# often ("alle bedragen zijn x 1.000."). The clause names money (``MONEY_WORD``), as a
# change's does: "de wachttijd bedraagt 6 weken" names its unit, "het aantal bedraagt 212"
# counts.
_AMOUNTS_TO = re.compile(
    r"(?<![^\W\d_])(?:bedraagt|bedroeg|bedroegen)"
    r"(?:[ \t\xa0]+(?:[^\W\d_]{2,}|(?:19|20)\d\d)){0,3}[ \t\xa0]+"
    rf"(?P<n>{_SIGNED})"
    rf"(?={_CLAUSE_ENDS}|[ \t\xa0]+en\s(?!\s*[\d€]))",
    re.IGNORECASE,
)
# A deviation from the estimate stated by its comparative ("de lasten vielen N.NNN hoger
# uit dan begroot", "de kosten zijn NNN lager dan geraamd", "de baten vallen NN lager
# uit"): a verb of turning out or a copula, the figure, "hoger" or "lager", then "uit" or
# "dan". The clause names money (``MONEY_WORD``): "het aantal is 40 hoger dan" counts.
_DEVIATION = re.compile(
    r"(?<![^\W\d_])(?:valt|vallen|viel|vielen|is|zijn|was|waren)[ \t\xa0]+"
    rf"(?P<n>{_SIGNED})"
    r"[ \t\xa0]+(?:hoger|lager)(?=[ \t\xa0]+(?:uit|dan)(?![^\W\d_]))",
    re.IGNORECASE,
)
# A sum a budget sets aside, the participle right after the figure ("in JJJJ is voor
# subsidies N.NNN geraamd", "is NNN begroot voor", "wordt NN uitgetrokken", "is N.NNN
# gereserveerd", "is NNN bestemd voor"): what is estimated or set aside is the figure
# itself, no thing it counts (which would stand between: "NN plaatsen gereserveerd"). The
# clause names money (``MONEY_WORD``).
_SET_ASIDE = re.compile(
    r"(?<![\w.,€$£ƒ¤/%+\-–−])"
    rf"(?P<n>{_SIGNED})"
    r"[ \t\xa0]+(?:geraamd|begroot|uitgetrokken|gereserveerd|bestemd)(?![^\W\d_])",
    re.IGNORECASE,
)
# A sum a kasschuif moves between years ("schuift NN van JJJJ naar JJJJ", "wordt NNN naar
# voren gehaald", "NN naar achteren geschoven"): the figure, then the years or the way it
# moves, in a clause with a verb or noun of shifting (``_SHIFTS``): what moves between
# years under a note of money is a sum. "Van NNN naar NNN" is a figure's own change, no
# sum moved.
_SHIFTED = re.compile(
    r"(?<![\w.,€$£ƒ¤/%+\-–−])(?<!van[ \t\xa0])"
    rf"(?P<n>{_SIGNED})"
    r"(?=[ \t\xa0]+(?:van[ \t\xa0]+(?:19|20)\d\d[ \t\xa0]+)?naar[ \t\xa0]+"
    r"(?:(?:19|20)\d\d(?!\d)|voren|achteren)(?![^\W\d_]))",
    re.IGNORECASE,
)
# "haalt" and "gehaald" are a shift as words of their own ("wordt NNN naar voren gehaald"),
# not inside another verb ("herhaalt", "behaalt", "achterhaald"); the stems of "schuiven"
# shift inside their compounds too ("kasschuif", "verschuiving", "doorgeschoven").
_SHIFTS = re.compile(
    r"schuif|schuiv|schoof|schoven|(?<![^\W\d_])(?:gehaald|haalt)(?![^\W\d_])", re.IGNORECASE
)


# A sum coordinated with one read before it in its clause, its verb left out as said once
# ("Hiervan is N.NNN bestemd voor <A> en NNN voor <B>", "is NNN begroot voor <A> en NN
# voor <B>"): "en", the figure, then "voor" and what it is for, as the sum before it
# stands.
_COORDINATED = re.compile(
    r"(?<![^\W\d_])en[ \t\xa0]+(?:\n[ \t\xa0]*)?"
    rf"(?P<n>{_SIGNED})"
    r"(?=[ \t\xa0]+(?:\n[ \t\xa0]*)?voor(?![^\W\d_]))",
    re.IGNORECASE,
)
# A part of the sum named before ("Hiervan is N.NNN bestemd voor", "Daarvan wordt NNN
# gereserveerd", "waarvan NN"): the clause is about that sum's money.
_OF_THIS = re.compile(r"(?<![^\W\d_])(?:hier|daar|waar)van(?![^\W\d_])", re.IGNORECASE)
# The parts of the sum named before, listed with each figure in brackets after what it is
# for ("Dit betreft onder meer onderzoek voor <X> (N.NNN) en <Y>", "Hiervan gaat naar <X>
# (NNN)"): the clause opens on the sum, by "Dit/Dat betreft", "Het gaat om" or a part of
# it (``_OF_THIS``), and the figure stands alone in its brackets, signed as any sum here is
# ("(-/- NNN)").
_BRACKETED = re.compile(
    r"(?<=[^\W\d_])[ \t\xa0]+\([ \xa0]*"
    rf"(?P<n>{_SIGNED})[ \xa0]*\)"
)
_ON_THE_SUM = re.compile(
    r"\A\s*(?:(?:dit|dat)[ \t\xa0\n]+(?:betreft|omvat)|het[ \t\xa0\n]+gaat[ \t\xa0\n]+om)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)

# A budget's change named as such ("de mutatie in JJJJ bedraagt daardoor -NNN", "de
# kasschuif bedraagt NN"): a change of a budget is money, as its lasten and kosten are.
_BUDGET_CHANGE = re.compile(r"(?<![^\W\d_])(?:mutatie|kasschui[fv])", re.IGNORECASE)
_RESULT = re.compile(r"(?:na|voor)deel|saldo|tekort|overschot|resultaat", re.IGNORECASE)


def _of_money(
    text: str, m: re.Match[str], begin: int, stop: int, read: set[int], paragraph: int
) -> bool:
    """Whether the clause from ``begin`` of the figure ``m`` reads (to ``stop`` at the
    latest) is about money: a sum named by its money noun and "van" is (``_SUM_OF``); a
    kasschuif's figure where the clause names a shift (``_SHIFTS``), before the figure or
    after it to the clause's end ("wordt NNN naar voren gehaald;"); any other where the
    clause before the figure names money (``MONEY_WORD``) or a budget's change
    (``_BUDGET_CHANGE``), or, after a sum ``read`` in its paragraph (from ``paragraph``),
    names a part of that sum (``_OF_THIS``: "Hiervan is N.NNN bestemd"). A figure
    coordinated with a sum (``_COORDINATED``) is about money where that sum was read in its
    clause, and one alone in brackets (``_BRACKETED``) where its clause opens on the sum
    read before it in its paragraph (``_ON_THE_SUM``, ``_OF_THIS``: "Dit betreft <X>
    (N.NNN)")."""
    if m.re is _SUM_OF:
        return True
    if m.re is _COORDINATED:
        return any(begin <= r < m.start("n") for r in read)
    if m.re is _BRACKETED:
        clause = text[begin : m.start("n")]
        return any(paragraph <= r < m.start("n") for r in read) and bool(
            _ON_THE_SUM.match(clause) or _OF_THIS.search(clause)
        )
    if m.re is _SHIFTED:
        closes = _CLAUSE_OPENS.search(text, m.end(), stop)
        return bool(_SHIFTS.search(text, begin, closes.start() if closes else stop))
    clause = text[begin : m.start("n")]
    return bool(
        MONEY_WORD.search(clause)
        or _BUDGET_CHANGE.search(clause)
        or (any(paragraph <= r < m.start("n") for r in read) and _OF_THIS.search(clause))
    )


# A price or a tariff is one per thing, in euros as printed ("een tarief van 21,80."), not
# a sum in the note's unit.
_PRICE = re.compile(r"prijs|tarie", re.IGNORECASE)
# "middelen" is money alone, after an abbreviation's hyphen ("BDU-middelen") or in the few
# compounds naming a budget's means; most of its compounds are things ("hulpmiddelen",
# "geneesmiddelen", "vervoermiddelen"), which ``MONEY_WORD`` finds inside any word.
_MEANS = re.compile(
    r"(?:[^\W\d_]+-|rijks|begrotings|dekkings|financierings|investerings|impuls)?middelen",
    re.IGNORECASE,
)


def _names_a_sum(noun: str) -> bool:
    """Whether the noun before "van" names a sum (``_SUM_OF``): a money word in it
    (``MONEY_WORD``) other than "middelen", a budget's means (``_MEANS``) or an account's
    result (``_RESULT``), and no price (``_PRICE``)."""
    money = any(w.group().lower() != "middelen" for w in MONEY_WORD.finditer(noun))
    return (
        money or bool(_MEANS.fullmatch(noun)) or bool(_RESULT.fullmatch(noun))
    ) and not _PRICE.search(noun)


# A clause about a number of things: its figure counts them ("het aantal fte steeg met 37").
_COUNT = re.compile(r"(?<![^\W\d_])aantal(?:len)?(?![^\W\d_])", re.IGNORECASE)
# "per" and a noun of what is counted in the clause ("de bijdrage per inwoner stijgt met 3",
# "de kosten per leerling nemen toe met 12"): a change per head or per thing, in whole
# euros, not in the note's unit. "per saldo" and "per" a time ("per jaar", "per 1 januari")
# name no such thing.
_PER_UNIT = re.compile(
    r"(?<![^\W\d_])per[ \t\xa0]+(?!(?:saldo|jaar|jaren|begrotingsjaar|maand|kwartaal|week"
    r"|dag|periode|ingang|direct)(?![^\W\d_]))[^\W\d_]",
    re.IGNORECASE,
)
# Where a clause opens: a sentence's or clause's mark, a list's bullet. A mark between two
# digits is a number's separator ("1.500 leerlingen", "(2.500)"), no clause's end; a line's
# end is none either, as a sentence wraps over it ("de lasten van de\nbibliotheek stijgen").
_CLAUSE_OPENS = re.compile(r"(?<!\d)[.;:!?]|[.;:!?](?!\d)|•")
# A blank line ends the paragraph a note governs; those right under the note open none.
_BLANK_LINE = re.compile(r"\n[ \t\xa0]*\n")
_BLANKS_UNDER = re.compile(r"(?:\n[ \t\xa0]*(?=\n))*")


def _next_heading(text: str, begin: int, end: int) -> int:
    """Where the paragraph from ``begin`` (a note's line's end, blank lines passed) to ``end``
    stops at a heading line (``heading_line_at``) after its first line: a text printing no
    blank line between its sections (a heading without a note over "de lasten per
    huishouden stijgen met NN", euros) runs on into the next section, which the note does
    not govern. Its first line may be a heading of its own under the note ("Lasten")."""
    at = text.find("\n", begin + 1, end)
    while at >= 0:
        if heading_line_at(text, at + 1):
            return at
        at = text.find("\n", at + 1, end)
    return end


def _paragraph(text: str, line_end: int, stop: int) -> tuple[int, int]:
    """The paragraph under the line ending at ``line_end``: blank lines right under it
    passed over, to the next blank line or heading line (``_next_heading``), no further
    than ``stop``."""
    begin = _BLANKS_UNDER.match(text, line_end).end()
    blank = _BLANK_LINE.search(text, begin + 1)
    end = min(blank.start() if blank else len(text), stop)
    return begin, _next_heading(text, begin, end)


# A list's mark opening an item ("• Jeugdhulp: ...", "  * Onderhoud: ...", "1. ...", "a) ...").
# A number is the mark only of a list that opened on one (``_NUMBERED``): after items under
# bullets, "4. Risico's" is the next numbered section's heading, no item.
_LIST_MARK = re.compile(r"[ \t\xa0]*(?:[•·▪◦*–-]|\d{1,2}[.)]|[a-z][.)])[ \t\xa0]")
_NUMBERED = re.compile(r"[ \t\xa0]*\d")
# A heading of a section's own rank, which ends the subsections a note's heading heads: one
# numbered ("4.4 Artikel 12", "F. Budgetflexibiliteit", "3 Financiën") or naming its part
# and that part's number ("Artikel 12 Waterveiligheid", "Hoofdstuk 3", "Programma 4 Wonen").
_RANKED = re.compile(
    r"[ \t\xa0]*(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.|(?i:hoofdstuk|paragraaf|(?:beleids)?artikel"
    r"|programma|bijlage|onderdeel)[ \t\xa0]+\d{1,3}[a-z]?)(?![\w.])"
)


def _governed(text: str, line_end: int, stop: int) -> list[tuple[int, int]]:
    """The paragraphs a note on the line ending at ``line_end`` governs (``_paragraph``), no
    further than ``stop``: the one under it, and past the blank lines after it

    - the items of a list a paragraph's lead-in opens with its colon ("De belangrijkste
      verschillen zijn:" over "• Jeugdhulp: de kosten ... stijgen met N.NNN"), each opening
      with a list's mark (``_LIST_MARK``), apart by blank lines or not: the lead-in's
      sentence goes on in them;
    - where the first paragraph under the note is a heading of its own alone, a subheading
      with a blank line under it ("Toelichting op de financiële instrumenten (bedragen x €
      1.000)" over "Subsidies", "Opdrachten", each over its paragraph), every subsection
      after it, to a heading of the note's heading's rank (``_RANKED``: numbered, or
      "Artikel N") or a numbered section's end (``section_stop``): a heading that heads only
      headings declares its unit for all of them.

    Any other paragraph after a blank line is another's, which the note does not govern; so
    is one under a heading printed with no blank line above it after the note's paragraph
    (``_next_heading``: a text printing no blank lines tells no subsection from a section)."""
    start, end = _paragraph(text, line_end, stop)
    paragraphs = [(start, end)]
    subsections = bool(heading_line_at(text, start + 1) and text.find("\n", start + 1) == end)
    stop = min(stop, section_stop(text, start + 1))
    listing = False
    numbered = False  # whether the list's first item opened on a number
    while end < stop:
        lead = text[start:end].rstrip().endswith(":")
        listing = lead or (listing and bool(_LIST_MARK.match(text, start + 1)))
        start, following = _paragraph(text, end, stop)
        if following <= end:
            break
        line = start + 1
        if lead:
            numbered = bool(_NUMBERED.match(text, line))
        item = (
            listing
            and _LIST_MARK.match(text, line)
            and (numbered or not _NUMBERED.match(text, line))
        )
        if not item and not (subsections and not _RANKED.match(text, line)):
            break
        paragraphs.append((start, following))
        end = following
    return paragraphs


def changes_under_notes(
    model: TextModel, notes: list[tuple[re.Match[str], bool]]
) -> list[tuple[int, int, str, int]]:
    """(start, end, scale, note offset) of the bare figures of change
    (``_FIGURE_OF_CHANGE``) in the paragraphs each note ending a heading or standing alone
    on its line governs (``scale_notes``' notes that head a section; ``_governed``: the
    paragraph right under it, the list its lead-in opens, the subsections of a heading over
    a subheading), no further than the next note. A note in a table's caption ("Tabel 3
    ... (x € 1.000)") heads the table, which the table reader reads.

    A note over an analysis of differences governs its posts too: the paragraph under each
    post's heading that prints its deviation marked nadelig or voordelig (``post_headings``:
    "Jeugdhulp (N 1.245)" over "de lasten stijgen met 1.245"), to the section's end
    (``section_stop``) or the next note. A heading printing no marked figure is another
    section's, which the note does not govern (the lasten of a household, in euros)."""
    text = model.text
    found: list[tuple[int, int, str, int]] = []
    for i, (note, heads) in enumerate(notes):
        if not heads:
            continue
        line = text.rfind("\n", 0, note.start()) + 1
        if re.search(r"\btabel\b", text[line : note.start()], re.IGNORECASE):
            continue
        begin = text.find("\n", note.end())
        if begin < 0:
            continue
        stop = notes[i + 1][0].start() if i + 1 < len(notes) else len(text)
        paragraphs = _governed(text, begin, stop)
        posts = post_headings(text, begin, min(stop, section_stop(text, begin)))
        paragraphs.extend(_paragraph(text, end, stop) for end in posts)
        scale = note_scale(note)
        read: set[int] = set()
        for start, end in paragraphs:
            figures = [
                *_FIGURE_OF_CHANGE.finditer(text, start, end),
                *_FIGURE_BEFORE_CHANGE.finditer(text, start, end),
                *_AMOUNTS_TO.finditer(text, start, end),
                *_DEVIATION.finditer(text, start, end),
                *_SET_ASIDE.finditer(text, start, end),
                *_SHIFTED.finditer(text, start, end),
                *_COORDINATED.finditer(text, start, end),
                *_BRACKETED.finditer(text, start, end),
                *(
                    m
                    for m in _SUM_OF.finditer(text, start, end)
                    if _names_a_sum(m.group("noun"))
                    and not CENTS.search(m.group("n"))  # a price or a sum in full, in euros
                ),
            ]
            for m in sorted(figures, key=lambda m: m.start("n")):
                opens = [c.end() for c in _CLAUSE_OPENS.finditer(text, start, m.start())]
                clause_start = opens[-1] if opens else start
                clause = text[clause_start : m.start("n")]
                if (
                    m.start("n") not in read
                    and _of_money(text, m, clause_start, end, read, start)
                    and not _COUNT.search(clause)
                    and not _PER_UNIT.search(clause)
                ):
                    read.add(m.start("n"))
                    found.append((m.start("n"), m.end("n"), scale, note.start()))
    return found
