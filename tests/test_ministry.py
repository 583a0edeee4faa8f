"""The ministry of amounts: by heading in chapters per ministry, by the text in thematic ones."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from inline_document import inline_document

from budgetkit.extract import ministry
from budgetkit.extract.amounts import extract_amounts
from budgetkit.extract.curation import load_curation
from budgetkit.extract.ministry import MinistryPlacer, named_in
from budgetkit.extract.pipeline import extract_document
from budgetkit.extract.sections import SectionIndex, extract_sections
from budgetkit.project import Project
from budgetkit.sources import SourceDocument, load_sources

P31 = "platform31-rijksbegroting-2020"
VNG = "vng-ledenbrief-rijksbegroting-2021"


@pytest.fixture(scope="module")
def docs(project: Project) -> dict[str, SourceDocument]:
    return {doc.id: doc for doc in load_sources(project)}


@pytest.fixture(scope="module")
def placed(docs):
    """Per document: sections and amounts, each amount with the ministry it is given."""
    result = {}
    for doc_id, doc in docs.items():
        sections = extract_sections(doc)
        amounts = extract_amounts(doc)
        placer = MinistryPlacer(doc, SectionIndex(sections))
        for amount in amounts:
            amount["ministry"] = placer.place(amount["line"], amount["column"])
        result[doc_id] = (sections, amounts)
    return result


def _at(placed, doc_id: str, line: int) -> list[str | None]:
    return [a["ministry"] for a in placed[doc_id][1] if a["line"] == line]


def _section(placed, doc_id: str, number: str) -> dict:
    return next(s for s in placed[doc_id][0] if s["number"] == number)


def _doc(text: str, **meta: object) -> SourceDocument:
    return inline_document(text, **meta)


def test_the_sentence_names_the_budget(placed):
    assert _at(placed, P31, 2345) == ["IenW"]  # "In de begroting van IenW is 16 miljoen euro"
    assert _at(placed, P31, 2989) == ["OCW"]  # "in de OCW-begroting 11,75 miljoen euro"
    assert _at(placed, P31, 3146) == ["GF", "GF"]  # the accres of the gemeentefonds


def test_an_earlier_sentence_of_the_paragraph_names_it(placed):
    # "En eenmalig komt daar in 2020 88 miljoen euro bij." after the IenW sentence
    assert _at(placed, P31, 2347) == ["IenW"]
    # the OCW budget is named six lines and a bulleted list before the mbo fund
    assert _at(placed, P31, 2925) == _at(placed, P31, 2927) == ["OCW"]
    # EZK's budget, named after "Voor dit plan is 100 miljoen euro", is about another plan
    assert _at(placed, P31, 2934) == [None]


def test_a_footnote_is_its_own_paragraph(placed):
    # footnote 81 (the SZW inspectorate) stands inside 2.5 Sociaal domein
    assert _at(placed, P31, 3065) == ["SZW"]


def test_the_government_as_a_whole_is_no_ministry(placed):
    # "Voorlopig trekt het Rijk ... € 300 miljoen uit", the Gemeentefonds named sentences back
    assert _at(placed, VNG, 23) == [None]


def test_thematic_amounts_get_no_ministry_from_mention_counts(placed):
    amounts = placed[P31][1]
    sustainability = _section(placed, P31, "2.2")
    inside = [
        a for a in amounts
        if sustainability["line_start"] <= a["line"] <= sustainability["line_end"]
    ]  # fmt: skip
    assert len(inside) >= 7
    assert {a["ministry"] for a in inside} == {None}  # the text names none; LNV was guessed
    social = _section(placed, P31, "2.5")
    assert not [a for a in amounts if a["line"] == 3644 and a["ministry"] == "VWS"]
    assert social["ministry"] is None


def test_every_thematic_ministry_is_named_in_its_paragraph(docs, placed):
    """Each ministry given from the text can be pointed to in the text around the amount."""
    found = 0
    for doc_id, (sections, amounts) in placed.items():
        placer = MinistryPlacer(docs[doc_id], SectionIndex(sections))
        for amount in amounts:
            section = placer.sections.at(amount["line"])
            if not placer.thematic(section) or amount["ministry"] is None:
                continue
            found += 1
            lines = placer.paragraph(section, amount["line"])
            text = " ".join(docs[doc_id].lines[n - 1] for n in lines)
            assert amount["ministry"] in named_in(text) | {"GF"}, amount
    assert found >= 10


def test_chapters_per_ministry_keep_the_section_ministry(docs, placed):
    changed = 0
    for doc_id, (sections, amounts) in placed.items():
        placer = MinistryPlacer(docs[doc_id], SectionIndex(sections))
        for amount in amounts:
            section = placer.sections.at(amount["line"])
            expected = (section or {}).get("ministry") or docs[doc_id].ministry
            if placer.thematic(section):
                changed += amount["ministry"] != expected
            else:
                assert amount["ministry"] == expected, amount
    assert changed > 0
    # Platform31 chapter 3: every amount in 3.x has its ministry's code
    chapter = _section(placed, P31, "3")
    for amount in placed[P31][1]:
        if chapter["line_start"] <= amount["line"] <= chapter["line_end"]:
            section = SectionIndex(placed[P31][0]).at(amount["line"])
            assert section["ministry"] and amount["ministry"] == section["ministry"], amount


def test_thematic_sections_carry_a_ministry_only_when_named_alone(placed):
    assert [_section(placed, P31, f"2.{n}")["ministry"] for n in range(1, 7)] == [None] * 6
    opgave = next(
        s for s in placed[P31][0] if s["heading"] == "De opgave" and s["line_start"] == 623
    )
    assert opgave["ministry"] is None  # one passing mention of EZK in 1.4
    assert [_section(placed, P31, f"3.{n}")["ministry"] for n in (3, 7)] == ["IenW", "OCW"]


def test_a_made_up_thematic_chapter():
    """Break it on purpose: a section naming LNV most, with amounts of other budgets."""
    text = (
        "1 Inleiding\n\nHet ministerie van LNV en de minister van LNV, met het ministerie "
        "van LNV.\n\n"
        "2 Duurzaamheid\n\n"
        "Het ministerie van LNV werkt aan de eiwittransitie. De minister van LNV is tevreden.\n"
        "Voor warmtenetten komt 10 miljoen euro beschikbaar.\n\n"
        "In de begroting van het ministerie van EZK staat een nieuwe regeling. Daarvoor is "
        "20 miljoen euro beschikbaar. De minister van Onderwijs krijgt 5 miljoen euro.\n\n"
        "Het kabinet trekt 7 miljoen euro uit. Het ministerie van VWS en het ministerie van "
        "SZW, en ook OCW, geven 8 miljoen euro.\n"
    )
    doc = _doc(text)
    sections = extract_sections(doc)
    assert [s["ministry"] for s in sections] == ["LNV", None]  # named alone; named with EZK
    lines = doc.lines
    placer = MinistryPlacer(doc, SectionIndex(sections))

    def at(needle: str) -> str | None:
        line = next(n for n, t in enumerate(lines, 1) if needle in t)
        return placer.place(line, lines[line - 1].index(needle) + 1)

    assert at("10 miljoen") == "LNV"  # an earlier sentence of its paragraph
    assert at("20 miljoen") == "EZK"
    assert at("5 miljoen") == "OCW"  # a short title
    assert at("7 miljoen") is None  # the cabinet, though EZK is named in the paragraph
    assert at("8 miljoen") is None  # three ministries, none before the others


def test_whole_document_ministry_wins():
    text = "1 Inleiding\n\nIn de begroting van IenW is 10 miljoen euro beschikbaar.\n"
    doc = _doc(text, ministry="VWS")
    sections = extract_sections(doc)
    assert MinistryPlacer(doc, SectionIndex(sections)).place(3, 35) == "VWS"


def test_the_pipeline_places_amounts_by_the_text(project, docs):
    rows = extract_document(docs[P31], load_curation(project))
    by_line = {a["line"]: a["ministry"] for a in rows["amounts"]}
    assert (by_line[2345], by_line[2989], by_line[1568]) == ("IenW", "OCW", None)


# Phrases each of the placer's patterns matches, for the test of the word tests that spare a
# sentence the pattern's scan (``may_name_*``).
_PHRASES = {
    "short title": (
        ministry._SHORT_TITLES,
        ministry.may_name_title,
        [
            "Minister van Onderwijs",
            "ministerie van het Landbouw",
            "begroting van Justitie",
            "Staatssecretaris van de Sociale  Zaken",
            "staatssecretaris van\nInfrastructuur",
        ],
    ),
    "fund": (ministry._FUNDS, ministry.may_name_fund, ["gemeentefonds", "provinciefonds"]),
    "accres": (ministry._ACCRES, ministry.may_name_accres, ["accres"]),
    "government": (
        ministry._GOVERNMENT,
        ministry.may_name_government,
        ["kabinet", "Kabinet", "Rijk", "regering", "Regering"],
    ),
}
# What a letter matches, ignoring case, besides its two cases.
_ALSO = {"s": "ſ", "i": "ıİ", "k": "K"}


def _spelled(phrase: str) -> st.SearchStrategy[str]:
    """``phrase`` with each letter in either case or as its odd twin, if it has one."""
    letters = [
        st.sampled_from(sorted({c, c.upper(), c.lower(), *_ALSO.get(c, "")})) for c in phrase
    ]
    return st.tuples(*letters).map("".join)


def _texts(phrases: list[str]) -> st.SearchStrategy[str]:
    """A phrase, spelled any way, between other characters."""
    glue = st.sampled_from(["", " ", "x", ".", "\n", "é"])
    spelled = st.sampled_from(phrases).flatmap(_spelled)
    return st.tuples(glue, spelled, glue).map("".join)


@pytest.mark.parametrize("name", sorted(_PHRASES))
def test_a_word_test_lets_every_match_of_its_pattern_through(name: str) -> None:
    pattern, may_match, phrases = _PHRASES[name]
    for phrase in phrases:  # as printed: a match, which its word test lets through
        assert pattern.search(phrase) is not None and may_match(phrase), phrase

    @settings(max_examples=400, deadline=None)
    @given(_texts(phrases))
    def check(text: str) -> None:
        if pattern.search(text) is not None:
            assert may_match(text), text

    check()
