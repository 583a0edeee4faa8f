"""Sections and ministries on the five real documents, and the traps of the extraction."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from inline_document import inline_document

from budgetkit.extract.ministries import (
    _ABBREVIATION,
    _NAME_PATTERNS,
    MINISTRY_ABBREVIATIONS,
    PLAIN_NAMES,
    _abbreviations,
    _name_match,
    ministry_mentions,
    ministry_named,
)
from budgetkit.extract.sections import SectionIndex, extract_sections
from budgetkit.project import Project
from budgetkit.sources import SourceDocument, load_sources


@pytest.fixture(scope="module")
def docs(project: Project) -> dict[str, SourceDocument]:
    return {doc.id: doc for doc in load_sources(project)}


@pytest.fixture(scope="module")
def sections(docs: dict[str, SourceDocument]) -> dict[str, list[dict]]:
    return {doc_id: extract_sections(doc) for doc_id, doc in docs.items()}


def _doc(text: str, **meta: object) -> SourceDocument:
    return inline_document(text, **meta)


def test_every_document_has_a_plausible_structure(sections, docs):
    for doc_id, rows in sections.items():
        lines = len(docs[doc_id].lines)
        # at least a heading per 100 lines, at most one per 10: neither missed nor prose
        assert lines / 100 < len(rows) < lines / 10, (doc_id, len(rows))
        assert {row["level"] for row in rows} >= {1, 2}, doc_id


def test_spans_nest_and_siblings_do_not_overlap(sections):
    for doc_id, rows in sections.items():
        by_id = {row["section_id"]: row for row in rows}
        assert len(by_id) == len(rows)
        for row in rows:
            assert row["section_id"] == f"{doc_id}:{row['line_start']}"
            assert row["line_start"] <= row["line_end"]
            parent = by_id.get(row["parent_section_id"])
            if row["parent_section_id"]:
                assert parent is not None
                assert parent["level"] < row["level"]
                assert (
                    parent["line_start"]
                    < row["line_start"]
                    <= row["line_end"]
                    <= parent["line_end"]
                )
        siblings: dict[str | None, list[dict]] = {}
        for row in rows:
            siblings.setdefault(row["parent_section_id"], []).append(row)
        for group in siblings.values():
            group.sort(key=lambda r: r["line_start"])
            for before, after in itertools.pairwise(group):
                assert before["line_end"] < after["line_start"], (before, after)


def test_headings_are_at_their_lines(sections, docs):
    for doc_id, rows in sections.items():
        doc = docs[doc_id]
        for row in rows:
            first_word = row["heading"].split()[0]
            assert first_word in doc.lines[row["line_start"] - 1], row


def test_numbered_chapters_follow_the_document(sections, docs):
    """Every chapter number printed at a line start in sequence is found, with its heading."""
    for doc_id in ("platform31-rijksbegroting-2020", "vng-ledenbrief-rijksbegroting-2021"):
        chapters = [row for row in sections[doc_id] if row["level"] == 1 and row["number"]]
        assert [int(row["number"]) for row in chapters] == list(range(1, len(chapters) + 1))
    vng = [
        r for r in sections["vng-ledenbrief-rijksbegroting-2021"] if r["level"] == 1 and r["number"]
    ]
    assert len(vng) == 10
    assert vng[3]["heading"] == "Onderwijs, Cultuur en Wetenschap"  # split over two lines
    taz = [
        r["number"] for r in sections["vws-kamerbrief-taz-2023"] if r["level"] == 1 and r["number"]
    ]
    assert taz == ["1", "2", "3", "4", "5", "6", "7"]


def test_platform31_ministry_summaries(sections):
    rows = sections["platform31-rijksbegroting-2020"]
    summaries = [r for r in rows if r["number"] and r["number"].startswith("3.")]
    assert [r["ministry"] for r in summaries] == [
        "FIN", "BZK", "IenW", "EZK", "LNV", "SZW", "OCW", "VWS", "JenV",
    ]  # fmt: skip
    by_id = {r["section_id"]: r for r in rows}
    for row in rows:
        parent = by_id.get(row["parent_section_id"] or "")
        if parent in summaries and not ministry_named(row["heading"]):
            assert row["ministry"] == parent["ministry"], row


def test_regioplus_chapter_per_ministry(sections, docs):
    rows = sections["regioplus-miljoenennota-2021"]
    chapters = [r for r in rows if r["level"] == 1 and r["heading"].startswith("Samenvatting")]
    printed = [
        line for line in docs["regioplus-miljoenennota-2021"].lines
        if line.strip().startswith("Samenvatting van de maatregelen van")
    ]  # fmt: skip
    assert len(chapters) == len(printed) == 6
    assert [c["ministry"] for c in chapters] == ["BZK", "VWS", "SZW", "OCW", "EZK", "JenV"]
    vws = chapters[1]
    inside = [r for r in rows if vws["line_start"] < r["line_start"] <= vws["line_end"]]
    assert len(inside) > 20
    assert all(r["ministry"] == "VWS" for r in inside if not ministry_named(r["heading"]))
    # a heading split over two lines that names another ministry's budget is that ministry's
    lnv = [r for r in rows if r["heading"].startswith("Extra informatie over Regio Deals")]
    assert [r["ministry"] for r in lnv] == ["LNV"]
    assert lnv[0]["heading"].endswith("Landbouw, Natuur en Voedselkwaliteit")


def test_whole_document_ministry_is_the_default(sections):
    for doc_id in ("vws-begroting-2023-artikel-3", "vws-kamerbrief-taz-2023"):
        assert {r["ministry"] for r in sections[doc_id]} == {"VWS"}


def test_page_headers_footnotes_and_lists_are_not_sections(sections, docs):
    platform = docs["platform31-rijksbegroting-2020"]
    header_lines = [
        n for n, line in enumerate(platform.lines, 1)
        if line.strip() == "Analyse, duiding en reflectie Rijksbegroting 2020"
    ]  # fmt: skip
    assert header_lines and set(header_lines) <= platform.model.layout.furniture
    for rows in sections.values():
        for row in rows:
            assert not re.search(
                r"Kamerstuk|Analyse, duiding|Vereniging van Nederlandse", row["heading"]
            )
    taz = [r["heading"] for r in sections["vws-kamerbrief-taz-2023"]]
    # "1. Ruimte voor innovatieve werkvormen" etc. enumerate the programme lines
    assert not [h for h in taz if h.startswith("Ruimte voor")]
    vws = [r["heading"] for r in sections["vws-begroting-2023-artikel-3"]]
    assert "Organisatie basiszorg" not in vws  # "2. Organisatie basiszorg" lists action lines
    # rows of the flattened budget table are not headings: table 15 has no sections
    table = [r for r in sections["vws-begroting-2023-artikel-3"] if 150 < r["line_start"] < 935]
    assert table == []


def test_table_of_contents_is_not_taken_for_the_chapters():
    text = (
        "Inhoud\n\n1 Inleiding ..... 3\n2 Financiën ..... 5\n\n"
        "1 Inleiding\n\nDit is de inleiding van het stuk.\n\n"
        "2 Financiën\n\nHet ministerie van Financiën trekt geld uit.\n"
    )
    rows = extract_sections(_doc(text))
    numbered = [(r["number"], r["heading"], r["line_start"]) for r in rows if r["number"]]
    assert numbered == [("1", "Inleiding", 6), ("2", "Financiën", 10)]
    assert rows[-1]["ministry"] == "FIN"


def test_section_at_gives_the_innermost_section(sections):
    rows = sections["vws-begroting-2023-artikel-3"]
    deepest = max(rows, key=lambda r: r["level"])
    assert SectionIndex(rows).at(deepest["line_start"]) is deepest
    assert SectionIndex(rows).at(deepest["line_end"]) is deepest
    assert SectionIndex(rows).at(0) is None


def test_ministry_names_map_to_codes():
    assert ministry_named("het ministerie van Binnenlandse Zaken en Koninkrijkrelaties") == "BZK"
    assert ministry_named("9 Volksgezondheid, Welzijn en Sport") == "VWS"
    assert ministry_named("Gemeentefonds") == "GF"
    assert ministry_named("10 Buitenlandse zaken en Ontwikkelingssamenwerking") == "BHOS"
    assert ministry_named("het ministerie van Economische Zaken en Klimaat") == "EZK"
    assert ministry_named("Ministerie van Landbouw, Natuur en\nVoedselkwaliteit") == "LNV"
    assert ministry_named("Sterke en levendige democratie") is None
    counts = ministry_mentions("de minister van VWS en het ministerie van Financiën; VWS betaalt")
    assert counts == {"VWS": 2, "FIN": 1}


def _line_of(doc: SourceDocument, text: str) -> int:
    return next(n for n, line in enumerate(doc.lines, 1) if line.strip() == text)


def test_signatures_and_quote_attributions_are_not_sections(sections, docs):
    """A foreword's closing name, role and organisation, and the name and role under an
    interview quote, are not headings; the foreword runs on over them."""
    signed = {
        "regioplus-miljoenennota-2021": ["Jelle Boonstra", "Directeur-bestuurder", "RegioPlus"],
        "platform31-rijksbegroting-2020": [
            "Hamit Karakus",
            "Algemeen directeur Platform31",
            "Roy Nieuwenhuis, adviseur TwynstraGudde en YURPS35",
            "Jochem Wellinga, senior business manager Balance",
        ],
        "vng-ledenbrief-rijksbegroting-2021": ["Leonard Geluk", "Algemeen directeur"],
    }
    for doc_id, texts in signed.items():
        starts = {row["line_start"]: row for row in sections[doc_id]}
        for text in texts:
            line = _line_of(docs[doc_id], text)
            assert line not in starts, (doc_id, text)
            owner = SectionIndex(sections[doc_id]).at(line)
            assert owner is None or owner["heading"] != text
    foreword = SectionIndex(sections["regioplus-miljoenennota-2021"]).at(31)
    assert foreword["heading"] == "Voorwoord" and foreword["line_end"] >= 103
    for rows in sections.values():
        for row in rows:
            assert not re.search(
                r", (?:\w+ ){0,2}\w*(?:directeur|adviseur|wethouder)", row["heading"]
            )
    # the chapters right after an attribution are still found
    numbers = {r["number"] for r in sections["platform31-rijksbegroting-2020"] if r["number"]}
    assert {"2.4", "2.5", "2.6"} <= numbers


def test_a_made_up_signature_and_attribution():
    """Break it on purpose: the same layout with a heading instead of a name is a heading."""
    text = (
        "Voorwoord\n\nDit is het voorwoord van de memo, met een hele zin erin.\n\n"
        "Jan de Vries\n\nDirecteur\n\n"
        "“Het moet anders, zei ze.”\n\nAnna Bos, wethouder Wonen gemeente Ede\n\n"
        "Nieuwe woningen\n\nHet kabinet bouwt meer woningen in de regio.\n"
    )
    headings = [r["heading"] for r in extract_sections(_doc(text, publisher="Stichting X"))]
    assert headings == ["Voorwoord", "Nieuwe woningen"]
    control = text.replace("Jan de Vries\n\nDirecteur", "Jan de Vries\n\nWoningbouw")
    assert "Woningbouw" in [r["heading"] for r in extract_sections(_doc(control))]


def test_question_headings_and_glued_footnote_numbers(sections, docs):
    """A question printed once is a heading ("Wat staat er niet in de Rijksbegroting?"), a
    question label repeated under every item is not; a heading after a sentence ending in
    a footnote number ("transitie.78") is found."""
    p31 = [r["heading"] for r in sections["platform31-rijksbegroting-2020"]]
    assert "Wat staat er niet in de Rijksbegroting?" in p31
    assert "Hoe lang bestaat de verhuurderheffing nog?" in p31
    assert "Leven Lang Ontwikkelen" in p31
    vng = [r["heading"] for r in sections["vng-ledenbrief-rijksbegroting-2021"]]
    assert not [h for h in vng if h.startswith(("Wat wil", "Wat betekent"))]
    assert "De opschalingskorting" in vng  # after a table row ending in a number


def test_an_extract_starts_at_its_root(sections):
    """The web page's "Base description which applies to whole site" above "3.3 Artikel 3"
    is not a section of the budget article."""
    rows = sections["vws-begroting-2023-artikel-3"]
    assert rows[0]["number"] == "3.3" and rows[0]["level"] == 1
    assert not [r for r in rows if r["heading"].startswith("Base description")]


# The rules of the heading reader and the section tree, each on a few lines of made-up text
# in the layout of a budget letter (prose wrapped at about 75 characters, blank lines between
# paragraphs). Each test fails when the rule it names is broken on purpose.


def _outline(text: str, **meta: object) -> list[tuple[int, str, int, int]]:
    """(level, heading, first line, last line) of each section, in document order."""
    rows = extract_sections(_doc(text, **meta))
    return [(r["level"], r["heading"], r["line_start"], r["line_end"]) for r in rows]


def _headings(text: str, **meta: object) -> list[str]:
    return [r["heading"] for r in extract_sections(_doc(text, **meta))]


_GROUPED = """\
1 Wonen

Dit hoofdstuk beschrijft wat de begroting betekent voor de woningmarkt.

Extra middelen tegen de woningnood in de regio's
Sociale huur

Het kabinet trekt de komende jaren extra geld uit voor de bouw van nieuwe
sociale huurwoningen in de regio. Gemeenten en corporaties maken samen
afspraken over de plaatsen waar die woningen komen en over de huurprijzen.

Middenhuur

Voor middenhuurwoningen komt er een nieuwe regeling voor de huurprijzen.
Het kabinet wil dat meer mensen met een middeninkomen een woning vinden.

2 Zorg

Gemeenten krijgen in 2022 extra geld voor de zorg in de wijk en de regio.

Preventie

Het kabinet investeert in preventie, zodat minder mensen zorg nodig hebben.
"""


def test_a_heading_right_after_a_heading_groups_the_headings_below_it():
    """A heading directly followed by another is a group heading: the heading after it is
    found although the group heading is long and has no full stop, and the unnumbered
    headings after it sit one level deeper, until the next numbered chapter."""
    assert _outline(_GROUPED) == [
        (1, "Wonen", 1, 15),
        (2, "Extra middelen tegen de woningnood in de regio's", 5, 15),
        (3, "Sociale huur", 6, 10),
        (3, "Middenhuur", 12, 15),
        (1, "Zorg", 17, 23),
        (2, "Preventie", 21, 23),
    ]


def test_a_budget_instrument_groups_the_items_below_it():
    text = (
        "1 Uitgaven\n\nDe uitgaven van het ministerie zijn verdeeld over de instrumenten.\n\n"
        "Subsidies\n\nHet ministerie verstrekt subsidies aan instellingen in de zorg.\n\n"
        "Subsidieregeling jeugdzorg\n\nDeze regeling loopt tot het einde van het jaar.\n\n"
        "Subsidieregeling mantelzorg\n\nDeze regeling is nieuw en start in het voorjaar.\n"
    )
    assert [(level, heading) for level, heading, *_ in _outline(text)] == [
        (1, "Uitgaven"),
        (2, "Subsidies"),
        (3, "Subsidieregeling jeugdzorg"),
        (3, "Subsidieregeling mantelzorg"),
    ]


_PARAGRAPH_ENDS = """\
1 Inleiding

Gemeenten krijgen in 2022 extra geld voor drie taken in het sociaal domein:
• de opvang van dak- en thuislozen en de begeleiding van mensen in de wijk
• de jeugdzorg en de ondersteuning van gezinnen met kinderen in de regio
Armoedebeleid

Het kabinet trekt in 2022 extra geld uit voor de aanpak van de armoede,
vooral in de grote steden in het westen en in de krimpregio's in het noorden van
Nederland

Daarnaast komt er geld voor de schuldhulpverlening door de gemeenten zelf.
"""


def test_a_heading_starts_only_where_the_text_before_it_is_finished():
    """After a bullet a heading may start; the last word of a sentence wrapped onto its own
    line ("Nederland") is not a heading."""
    assert _headings(_PARAGRAPH_ENDS) == ["Inleiding", "Armoedebeleid"]


_NUMBERED_LISTS = """\
1 Inleiding

Deze brief beschrijft de gevolgen van de begroting voor de gemeenten.

2 Zorg
2.1 Algemeen
2.2 Jeugdzorg

Het kabinet trekt extra geld uit voor de jeugdzorg in de komende jaren.
De maatregelen in dit hoofdstuk zijn:
1. Meer geld voor de wijkteams.
2. Minder regels voor zorgaanbieders.
3 Onderwijs

Scholen krijgen extra geld voor het wegwerken van achterstanden.
"""


def test_numbered_headings_against_numbered_lists():
    """An item of an enumeration ("2. Minder regels") is not a chapter; a chapter printed
    right after the list ("3 Onderwijs", numbered in another style) and a section printed
    right after the heading before it ("2.2" under "2.1") are."""
    numbered = [
        (r["number"], r["heading"]) for r in extract_sections(_doc(_NUMBERED_LISTS)) if r["number"]
    ]
    assert numbered == [
        ("1", "Inleiding"),
        ("2", "Zorg"),
        ("2.1", "Algemeen"),
        ("2.2", "Jeugdzorg"),
        ("3", "Onderwijs"),
    ]


_NUMBER_SEQUENCE = """\
1 Inleiding

Het kabinet trekt meer geld uit voor de zorg en het onderwijs in de regio:
5 miljoen euro voor de wijkteams
2 miljoen euro voor de jeugdzorg

2 Zorg

De wijzigingen staan in de begrotingsstaat van het artikel over de zorg.

3.1 Subsidies

Het budget voor subsidies stijgt in de komende jaren met enkele procenten.

2.1 Preventie

Het kabinet investeert in preventie, zodat minder mensen zorg nodig hebben.

2.4 Bijdrage aan medeoverheden

Gemeenten krijgen een bijdrage voor de uitvoering van het preventieakkoord.

2.2 Jeugdzorg

Het kabinet trekt extra geld uit voor de jeugdzorg in de komende jaren.
"""


def test_numbered_headings_follow_their_numbering():
    """A numbered line is a heading only where its number follows the numbering so far and
    its text starts with a capital: not an amount opening a line ("2 miljoen euro"), not a
    code of another chapter ("3.1" in chapter 2), not a number that skips ahead ("2.4" after
    "2.1")."""
    numbered = [
        (r["number"], r["heading"]) for r in extract_sections(_doc(_NUMBER_SEQUENCE)) if r["number"]
    ]
    assert numbered == [
        ("1", "Inleiding"),
        ("2", "Zorg"),
        ("2.1", "Preventie"),
        ("2.2", "Jeugdzorg"),
    ]


_OPENINGS = """\
1 Inleiding
Deze brief gaat over de gevolgen van de Rijksbegroting voor de gemeenten en
de provincies. Het kabinet trekt meer geld uit voor wonen en voor de zorg.

Sociale huur

Het kabinet trekt de komende jaren extra geld uit voor de bouw van nieuwe
sociale huurwoningen in de regio, samen met de gemeenten en corporaties.

Middenhuur
Voor middenhuurwoningen komt er een regeling.

Bijlagen
"""


def test_a_paragraph_starts_after_a_heading():
    """A numbered heading may have its text on the next line, filled to the width; an
    unnumbered one has a blank line or a short line after it; a heading-like last line with
    nothing after it is none."""
    assert _outline(_OPENINGS) == [
        (1, "Inleiding", 1, 13),
        (2, "Sociale huur", 5, 8),
        (2, "Middenhuur", 10, 13),
    ]


_SPLIT_HEADINGS = """\
Inleiding

Deze brief gaat over de gevolgen van de Rijksbegroting voor de gemeenten.

Versterking van woningen en het herstel van schade in het aardbevingsgebied
Groningen

Het kabinet trekt extra geld uit voor de versterking van de woningen.

Meer geld voor gemeenten
en provincies

Het Gemeentefonds en het Provinciefonds groeien mee met de uitgaven.

Cultuur, Media,
Sport en Recreatie

Ook de culturele instellingen krijgen in de komende jaren meer geld.
Gemeenten krijgen extra geld voor
• jeugdzorg
• de Wmo

Het kabinet verdeelt dat geld via het Gemeentefonds over de gemeenten.
"""


def test_a_heading_split_over_lines_is_joined():
    """A heading continues on the next line after a first line filled to the width, before
    a line in lower case and after a comma; a bullet never continues one."""
    assert _headings(_SPLIT_HEADINGS) == [
        "Inleiding",
        "Versterking van woningen en het herstel van schade in het aardbevingsgebied Groningen",
        "Meer geld voor gemeenten en provincies",
        "Cultuur, Media, Sport en Recreatie",
    ]


def test_a_numbered_line_never_continues_a_heading():
    """In double-spaced text a paragraph's lines ending in "van" and "in" look like a
    heading split over lines; the numbered heading after them starts its own heading
    instead of being joined onto them."""
    prose = (
        "Het kabinet trekt extra geld uit voor de gemeenten en de provincies in het land.\n\n"
        "De verdeling volgt uit de nieuwe verdeelmodellen die per taak gelden voor hen.\n\n"
    )
    text = (
        "1 Inleiding\n\n"
        + prose * 3
        + "De gemeenten krijgen extra geld voor de uitvoering van\n\n"
        + "de nieuwe taken in het sociaal domein in\n\n"
        + "2 Financiën\n\n"
        + prose * 2
    )
    assert _headings(text) == ["Inleiding", "Financiën"]


_NOT_HEADINGS = """\
Inleiding

Deze brief gaat over de gevolgen van de Rijksbegroting voor de gemeenten in het
land. Het kabinet trekt meer geld uit voor wonen, zorg en onderwijs in de regio.
Gemeenten krijgen dat geld voor een deel via het Gemeentefonds en voor een deel
via specifieke uitkeringen die per taak worden verdeeld.

Gemeentelijke uitvoeringskosten van de decentralisatie-uitkeringen in de jeugdzorg

Het kabinet licht die kosten toe in de Miljoenennota.

Wat het kabinet in de komende vier jaar voor de gemeenten in het land wil doen

Dat staat in het regeerakkoord.

(x € 1.000)

Extra middelen voor gemeenten en

Meer informatie op www.rijksfinancien.nl

Gemeentefonds 2.134 2.250

Figuur 2 Ontwikkeling van de uitgaven

Het kabinet maakt nieuwe afspraken met de gemeenten over de uitgaven. Die
afspraken gaan over de taken die gemeenten uitvoeren en het geld dat daarbij
hoort, zodat gemeenten weten waar ze aan toe zijn.
De verdeling van het extra geld over gemeenten, provincies en waterschappen in het land volgt
uit de nieuwe verdeelmodellen

(Nieuwe) afspraken met gemeenten

Het kabinet maakt nieuwe afspraken met de gemeenten over de uitgaven.
"""


def test_lines_that_only_look_like_headings():
    """Between blank lines, after finished text, these are no headings: a line longer than
    a heading, a line of sixteen words, a unit, a line ending in "en", a web address, a
    flattened table row, a caption, a sentence without its full stop whose first line is
    wider than the text; a heading may open with a bracket."""
    assert _headings(_NOT_HEADINGS) == ["Inleiding", "(Nieuwe) afspraken met gemeenten"]


def test_a_numbered_heading_may_be_longer_than_an_unnumbered_one():
    """The number does not count towards a heading's length: a title of 80 characters with
    its number is a heading."""
    text = (
        "1 Uitgaven\n\n"
        "De uitgaven van het ministerie stijgen in de komende jaren door de nieuwe taken\n"
        "die gemeenten en provincies uitvoeren. Dit hoofdstuk beschrijft die uitgaven.\n\n"
        "1.1 Budgettaire gevolgen van beleid en een toelichting op de financiële instrumenten\n\n"
        "De tabel hieronder geeft de uitgaven per instrument voor de komende jaren weer.\n"
        "Na de tabel volgt een toelichting op de grootste wijzigingen per instrument.\n"
    )
    assert _headings(text) == [
        "Uitgaven",
        "Budgettaire gevolgen van beleid en een toelichting op de financiële instrumenten",
    ]


def test_footnote_numbers_glued_to_a_heading_are_left_out():
    text = (
        "1 Inleiding\n\nDeze brief gaat over de gevolgen van de begroting.\n\n"
        "1.1 Maatregelen12\n\nHet kabinet neemt maatregelen voor de gemeenten.\n\n"
        "Investeringen in wonen3\n\nHet kabinet investeert in de bouw van woningen.\n"
    )
    assert _headings(text) == ["Inleiding", "Maatregelen", "Investeringen in wonen"]


_QUESTIONS = """\
Gemeentefonds

Het Gemeentefonds groeit in 2022 mee met de uitgaven van het Rijk.
Wat betekent dit voor gemeenten?
Gemeenten krijgen meer geld voor hun taken.

Jeugdzorg

Het kabinet trekt extra geld uit voor de jeugdzorg in de komende jaren.
Wat betekent dit voor gemeenten?
Gemeenten krijgen een deel van dat geld via het Gemeentefonds.

Wmo

Het kabinet past de eigen bijdrage voor de Wmo aan vanaf volgend jaar.
Wat betekent dit voor gemeenten?
Gemeenten ontvangen minder eigen bijdragen.

Waarom krijgen gemeenten in de komende jaren minder geld uit het Gemeentefonds?

Het kabinet legt dat uit in de Miljoenennota, die op Prinsjesdag verschijnt.

Hoe groot is het tekort?
Het tekort van gemeenten op de jeugdzorg loopt in de komende jaren verder op.

Wat staat er niet in de begroting?

Het kabinet laat de keuzes over de grote hervormingen aan een nieuw kabinet.
"""


def test_a_question_printed_once_is_a_heading_a_repeated_label_is_not():
    """A question repeated under every item is a label; a long question and one followed by
    the rest of its paragraph are part of the text."""
    assert _headings(_QUESTIONS) == [
        "Gemeentefonds",
        "Jeugdzorg",
        "Wmo",
        "Wat staat er niet in de begroting?",
    ]


_FOOTNOTE_BLOCK = """\
Inleiding

Het kabinet trekt in 2022 extra geld uit voor de regio's in het land.3
__________
3 Zie de brief van de minister over de stand van zaken, met als titel:
Regio Deals en de begroting

 Gemeenten krijgen dat geld via een specifieke uitkering in het fonds.
"""


def test_a_footnote_block_holds_no_heading():
    assert _headings(_FOOTNOTE_BLOCK) == ["Inleiding"]


def test_a_signature_is_told_from_a_heading_by_the_role_after_it():
    """A heading of a few words, one in lower case, is no name even when the paragraph below
    it opens with a role ("Minister ..."); a long attribution line still ends the quote, so
    that the heading after it is found."""
    text = (
        "Kosten van zorg\n\n"
        "Minister en Kamer zijn het eens over de groei van de uitgaven aan de zorg.\n"
        "De uitgaven stijgen in de komende jaren sneller dan de economie groeit.\n"
        "“We moeten de zorg betaalbaar houden voor iedereen, ook in de toekomst.”\n"
        "Marieke Jansen, senior adviseur gemeentefinanciën bij de Vereniging van Nederlandse "
        "Gemeenten\n\n"
        "Nieuwe woningen\n\n"
        "Het kabinet bouwt meer woningen in de regio. Gemeenten wijzen daarvoor\n"
        "nieuwe plaatsen aan, samen met de provincies en de corporaties.\n"
    )
    assert _headings(text) == ["Kosten van zorg", "Nieuwe woningen"]


def test_a_single_heading_naming_a_ministry_is_no_chapter():
    """Unnumbered headings naming a ministry are chapters only when at least three share
    their opening; one such heading stays under its numbered chapter."""
    text = (
        "1 Financiën van gemeenten\n\n"
        "De gemeenten krijgen meer geld uit het fonds. Dat geld groeit mee met de\n"
        "uitgaven van het Rijk, volgens de normeringssystematiek.\n\n"
        "Bijdrage van het ministerie van Financiën\n\n"
        "Het ministerie draagt bij aan de kosten van de uitvoering door de\n"
        "gemeenten, zoals in eerdere jaren.\n"
    )
    assert [(level, heading) for level, heading, *_ in _outline(text)] == [
        (1, "Financiën van gemeenten"),
        (2, "Bijdrage van het ministerie van Financiën"),
    ]


def test_a_section_ends_before_the_blank_lines_after_it():
    """A section's last line is its last line of text: the blank lines before the next
    heading belong to the section above it, and those at the document's end to none."""
    rows = extract_sections(_doc(_GROUPED + "\n\n"))
    spans = [(r["heading"], r["line_start"], r["line_end"]) for r in rows]
    assert spans[2:4] == [("Sociale huur", 6, 10), ("Middenhuur", 12, 15)]
    index = SectionIndex(rows)
    assert index.at(11)["heading"] == "Extra middelen tegen de woningnood in de regio's"
    assert index.at(len(_GROUPED.splitlines()) + 1) is None


_CHAPTERS_PER_MINISTRY = """\
Samenvatting van de maatregelen van het ministerie van VWS

Het kabinet trekt in de komende jaren extra geld uit voor de zorg in de regio.
Gemeenten voeren een deel van die taken uit, met geld uit het Gemeentefonds.

Extra middelen voor de zorg in de wijk en in de regio
Jeugdzorg

Gemeenten krijgen extra geld voor de jeugdzorg in de komende jaren, zodat
kinderen en gezinnen sneller de hulp krijgen die zij nodig hebben.

Samenvatting van de maatregelen van het ministerie van OCW

Scholen krijgen extra geld voor het wegwerken van achterstanden bij de
leerlingen, en gemeenten voor de huisvesting van scholen.

Onderwijshuisvesting

Gemeenten zijn verantwoordelijk voor de huisvesting van scholen in hun
gemeente, en krijgen daarvoor geld uit het Gemeentefonds.

Samenvatting van de maatregelen van het ministerie van SZW

Het kabinet verhoogt het minimumloon en de uitkeringen die daaraan zijn
gekoppeld, zodat meer mensen rond kunnen komen.
"""


def test_chapters_per_ministry_end_the_groups_of_the_chapter_before():
    """Unnumbered headings naming a ministry with a shared opening are chapters; a group
    heading in one chapter does not push the headings of the next chapter down."""
    assert [(level, heading) for level, heading, *_ in _outline(_CHAPTERS_PER_MINISTRY)] == [
        (1, "Samenvatting van de maatregelen van het ministerie van VWS"),
        (2, "Extra middelen voor de zorg in de wijk en in de regio"),
        (3, "Jeugdzorg"),
        (1, "Samenvatting van de maatregelen van het ministerie van OCW"),
        (2, "Onderwijshuisvesting"),
        (1, "Samenvatting van de maatregelen van het ministerie van SZW"),
    ]


_FUND = """\
1 Gemeentefonds

Het Gemeentefonds is de algemene uitkering aan gemeenten. Het fonds groeit
mee met de uitgaven van het Rijk, volgens de normeringssystematiek.

Jeugdzorg

Gemeenten krijgen extra geld voor de jeugdzorg. Het ministerie van VWS
betaalt dat uit zijn begroting; de minister van VWS maakt afspraken met
de gemeenten, en het ministerie van Financiën houdt toezicht.

Wegen

De gemeenten krijgen geld voor het onderhoud van wegen van het ministerie
van Infrastructuur en Waterstaat.

Armoede

Het ministerie van SZW en het ministerie van BZK trekken samen op. De
minister van SZW en de minister van BZK sturen samen een brief.
"""


def test_sections_below_a_fund_take_the_ministry_their_text_names_most():
    """Below a fund's heading a section is the fund's unless its text names one ministry
    at least twice and in over half of its mentions: "Jeugdzorg" names VWS twice and
    Financiën once; "Wegen" names a ministry once; "Armoede" names two ministries equally."""
    rows = extract_sections(_doc(_FUND))
    assert [(r["heading"], r["ministry"]) for r in rows] == [
        ("Gemeentefonds", "GF"),
        ("Jeugdzorg", "VWS"),
        ("Wegen", "GF"),
        ("Armoede", "GF"),
    ]


_EXTRACT = """\
Over deze website

3.3 Artikel 3 Langdurige zorg

De uitgaven aan de langdurige zorg stijgen in de komende jaren verder door
de vergrijzing en de hogere lonen in de zorg.

1 Participatie van mensen met een beperking

Het kabinet trekt extra geld uit voor de gehandicaptenzorg in de regio.
Gemeenten en zorgkantoren maken daarover samen afspraken.

Gehandicaptenzorg

Zorgkantoren kopen de zorg in bij de aanbieders in hun regio, en maken
afspraken over de prijs en de kwaliteit van die zorg.

2 Zorg tegen aanvaardbare kosten

Het kabinet houdt de uitgaven aan de langdurige zorg beheersbaar.
"""


def test_the_numbering_in_an_extract_nests_below_its_root():
    """In an extract of a budget ("3.3 Artikel 3", its parent number never printed) the
    numbering after the root, restarting at "1" or continuing the root's ("3.3.1"), is one
    level below it."""
    outline = [
        (1, "Artikel 3 Langdurige zorg", 3, 20),
        (2, "Participatie van mensen met een beperking", 8, 16),
        (3, "Gehandicaptenzorg", 13, 16),
        (2, "Zorg tegen aanvaardbare kosten", 18, 20),
    ]
    assert _outline(_EXTRACT) == outline
    continued = _EXTRACT.replace("\n1 Participatie", "\n3.3.1 Participatie")
    continued = continued.replace("\n2 Zorg", "\n3.3.2 Zorg")
    assert _outline(continued) == outline
    # the root's next sibling ("3.4") stands beside it, and its numbering below it
    sibling = (
        "\n3.4 Artikel 4 Jeugd\n\nHet kabinet trekt geld uit voor de jeugdzorg in de regio.\n"
        "\n3.4.1 Jeugdhulp\n\nDe gemeenten kopen de jeugdhulp in bij de aanbieders.\n"
    )
    assert _outline(continued + sibling) == [
        *outline,
        (1, "Artikel 4 Jeugd", 22, 28),
        (2, "Jeugdhulp", 26, 28),
    ]
    # a numbering restarted below the root ("1", "2") keeps "3.4" below its own "3"
    restarted = _EXTRACT.replace("\n2 Zorg", "\n3 Zorg").replace(
        "\n1 Participatie", "\n2 Participatie"
    )
    restarted = restarted.replace(
        "\n2 Participatie", "\n1 Inleiding\n\nDit artikel gaat over de zorg.\n\n2 Participatie"
    )
    sub = "\n3.4 Toezicht\n\nDe zorgkantoren worden gecontroleerd door de toezichthouder.\n"
    levels = [(level, heading) for level, heading, _start, _end in _outline(restarted + sub)]
    assert levels[-1] == (3, "Toezicht")


_MINISTRY_WORDS = st.sampled_from(
    [
        *MINISTRY_ABBREVIATIONS,
        *PLAIN_NAMES,
        *("Buitenlandse zaken", "Zaken", "en", "x", "K", "W", "V", "S", "Economische  Zaken"),
    ]
)
_BETWEEN = st.sampled_from(["", " ", ", ", " en ", "\n", "&", "het ministerie van "])


@given(st.lists(st.tuples(_MINISTRY_WORDS, _BETWEEN), max_size=12))
def test_ministry_scans_find_what_their_patterns_find(pieces: list[tuple[str, str]]) -> None:
    """Abbreviations are found from their last character, a name at an offset by one pattern
    of all names, a heading's names only where their first word stands: the same matches as
    the pattern of all abbreviations, the names tried one by one, every name's pattern."""
    _assert_ministry_scans("".join(word + between for word, between in pieces))


def test_ministry_scans_on_the_sources(docs):
    for doc in docs.values():
        _assert_ministry_scans(doc.text, offsets=False)


def _assert_ministry_scans(text: str, offsets: bool = True) -> None:
    assert [m.span() for m in _abbreviations(text)] == [
        m.span() for m in _ABBREVIATION.finditer(text)
    ]
    for offset in range(len(text)) if offsets else ():
        one_by_one = next(
            (
                (code, m.end())
                for pattern, code in _NAME_PATTERNS
                if (m := pattern.match(text, offset))
            ),
            None,
        )
        if one_by_one:
            assert _name_match(text, offset) == one_by_one
    hits = [
        (m.start(), -len(m.group()), code)
        for pattern, code in _NAME_PATTERNS
        for m in pattern.finditer(text)
    ] + [
        (m.start(), -len(m.group()), MINISTRY_ABBREVIATIONS[m.group(1)])
        for m in _ABBREVIATION.finditer(text)
    ]
    assert ministry_named(text) == (min(hits)[2] if hits else None)


def _web_page(title: str, first_line: str) -> str:
    """A news item as a web page prints it: each paragraph on one line, its subheadings on
    lines of their own between them, no blank lines in between."""
    long = " ".join(["De waterschappen maken zich zorgen over de bezuinigingen."] * 6)
    return "\n".join(
        [
            first_line,
            "",
            "12-09-2023 - " + long,
            long,
            "Afspraken met het Rijk",
            "In 2019 hebben het Rijk en de gemeenten afspraken gemaakt. " + long,
            "Extra korting op het gemeentefonds",
            "Uit de begroting blijkt een korting van 300 miljoen euro. " + long,
        ]
    )


def test_a_web_page_has_its_title_and_its_one_line_subheadings_as_sections():
    """Paragraphs printed on one line each (the text far wider than any page column): a
    short line between two of them is a heading, though the long line below it would, in
    text wrapped to a column, be the rest of its paragraph; the title printed once as the
    first line is the page's first section, not a running header."""
    title = "Gemeenten: zorgen over de Miljoenennota"
    doc = inline_document(_web_page(title, title), "web", title=title)
    headings = [(row["line_start"], row["heading"]) for row in extract_sections(doc)]
    assert headings == [
        (1, title),
        (5, "Afspraken met het Rijk"),
        (7, "Extra korting op het gemeentefonds"),
    ]


def test_the_title_with_a_page_number_stays_a_running_header():
    """The title printed with a page number after it is a PDF's running header even once."""
    title = "Gemeenten: zorgen over de Miljoenennota"
    doc = inline_document(_web_page(title, f"{title} 3"), "web", title=title)
    assert 1 not in [row["line_start"] for row in extract_sections(doc)]


def test_a_row_label_over_a_value_printed_with_a_figure_dash_or_minus_sign_is_no_heading() -> None:
    """A web page printing a mutations table one cell per line gives a negative value
    with any of the dashes a minus sign is printed as: a hyphen, an en dash, a figure dash
    ("‒ 6,8") or a minus sign ("− 2,0"). The label above such a value is a row's, as above
    one printed "127,3": no heading, and no section, whose words ("Overboeking naar LNV")
    would give the table under it that ministry."""
    text = (
        "Infrastructuur en Waterstaat\n\nUITGAVEN\n\n2019\n\n"
        "Stand Voorjaarsnota 2019\n\n8.214,6\n\n"
        "Kasschuif Wegen\n\n‒ 22,5\n\n"
        "Overboeking naar LNV\n\n− 6,8\n\n"
        "Loonbijstelling\n\n13,1\n\n"
        "Stand Najaarsnota 2019\n\n8.198,4\n"
    )
    headings = _headings(text)
    assert "Kasschuif Wegen" not in headings
    assert "Overboeking naar LNV" not in headings
