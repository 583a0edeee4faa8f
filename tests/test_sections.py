"""Sections and ministries on the five real documents, and the traps of the extraction."""

from __future__ import annotations

import itertools
import re

import pytest
from inline_document import inline_document

from budgetkit.extract.ministries import ministry_mentions, ministry_named
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
