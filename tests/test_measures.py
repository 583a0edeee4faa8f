"""Measures on the real documents with real amounts, and the steward's curation file."""

from __future__ import annotations

import copy
import gc
import re
import weakref
from collections import Counter
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from budgetkit.errors import InputError
from budgetkit.extract import measures as measures_module
from budgetkit.extract.amounts import extract_amounts
from budgetkit.extract.curation import Curation, load_curation
from budgetkit.extract.measures import FUNDED_ROLES, extract_measures, title_from
from budgetkit.extract.sections import extract_sections
from budgetkit.project import Project
from budgetkit.sources import SourceDocument, load_sources

NO_CURATION = Curation(Path("checks/curation.yml"))
VNG = "vng-ledenbrief-rijksbegroting-2021"
VWS = "vws-begroting-2023-artikel-3"


@pytest.fixture(scope="module")
def docs(project: Project) -> dict[str, SourceDocument]:
    return {doc.id: doc for doc in load_sources(project)}


@pytest.fixture(scope="module")
def extracted(docs):
    """Per document: (sections, amounts, measures) with no curation applied."""
    result = {}
    for doc_id, doc in docs.items():
        sections = extract_sections(doc)
        amounts = extract_amounts(doc)
        measures = extract_measures(doc, sections, amounts, NO_CURATION)
        result[doc_id] = (sections, amounts, measures)
    return result


def _run(doc, extracted, curation):
    sections, amounts, _ = extracted[doc.id]
    amounts = copy.deepcopy(amounts)
    return extract_measures(doc, sections, amounts, curation), amounts


def _inside(measures, amounts):
    spans = {m["measure_id"]: (m["line_start"], m["line_end"]) for m in measures}
    for amount in amounts:
        if amount["measure_id"]:
            start, end = spans[amount["measure_id"]]
            assert start <= amount["line"] <= end, amount


def test_every_funded_amount_belongs_to_a_measure_inside_it(extracted):
    for doc_id, (sections, amounts, measures) in extracted.items():
        assert measures, doc_id
        for amount in amounts:
            assert (amount["measure_id"] is not None) == (amount["role"] in FUNDED_ROLES), amount
        _inside(measures, amounts)
        ids = [m["measure_id"] for m in measures]
        assert len(ids) == len(set(ids))
        section_ids = {s["section_id"]: s for s in sections}
        for measure in measures:
            assert measure["measure_id"] == f"{doc_id}:m{measure['line_start']}"
            assert measure["curated"] is False
            assert measure["kind"] in {"heading", "bullet", "paragraph", "block"}
            if measure["section_id"]:
                assert measure["ministry"] == section_ids[measure["section_id"]]["ministry"]
        used = {a["measure_id"] for a in amounts if a["measure_id"]}
        assert used == set(ids), "no measure without an amount"


def test_titles_are_short_and_readable(extracted):
    for _sections, _amounts, measures in extracted.values():
        for measure in measures:
            title = measure["title"]
            assert 2 <= len(title) <= 110, measure
            assert "\n" not in title and "  " not in title
            assert not title.endswith((",", ";", " en", " van")), measure


def test_bullet_with_its_budget_is_one_measure(extracted, docs):
    doc = docs[VWS]
    line = next(
        n
        for n, text in enumerate(doc.lines, 1)
        if "Eerste effecten scheiden van wonen en zorg (€" in text
    )
    _sections, amounts, measures = extracted[VWS]
    (amount,) = [a for a in amounts if a["line"] == line]
    measure = next(m for m in measures if m["measure_id"] == amount["measure_id"])
    assert (measure["kind"], measure["title"]) == (
        "bullet",
        "Eerste effecten scheiden van wonen en zorg",
    )


def test_vng_measures_are_the_wat_wil_het_kabinet_blocks(extracted, docs):
    doc = docs[VNG]
    _sections, _amounts, measures = extracted[VNG]
    kinds = Counter(m["kind"] for m in measures)
    assert kinds["block"] > len(measures) / 2
    for measure in measures:
        if measure["kind"] == "block":
            assert doc.lines[measure["line_start"] - 1].strip() == "Wat wil het kabinet?"
            assert measure["title"] != "Wat wil het kabinet?"


def test_amounts_under_one_sub_heading_share_its_measure(extracted):
    sections, amounts, measures = extracted["regioplus-miljoenennota-2021"]
    (stagefonds,) = [s for s in sections if s["heading"] == "Stagefonds"]
    inside = [
        a for a in amounts
        if stagefonds["line_start"] <= a["line"] <= stagefonds["line_end"] and a["measure_id"]
    ]  # fmt: skip
    assert len(inside) >= 2
    assert {a["measure_id"] for a in inside} == {
        f"regioplus-miljoenennota-2021:m{stagefonds['line_start']}"
    }
    titles = {m["measure_id"]: m["title"] for m in measures}
    assert titles[inside[0]["measure_id"]] == "Stagefonds"


def test_a_title_is_read_only_for_a_unit_that_becomes_a_measure(
    extracted, docs, monkeypatch
) -> None:
    """Most units found for an amount are no measure's (a paragraph under a sub-heading that
    is itself the item, a unit an earlier amount made a measure of): their titles are never
    read, and each text read for a title is a paragraph's or bullet's that became one."""
    read: list[str] = []

    def recorded(text: str) -> str:
        read.append(text)
        return title_from(text)

    monkeypatch.setattr(measures_module, "title_from", recorded)
    for doc_id in ("regioplus-miljoenennota-2021", VWS):
        read.clear()
        measures, _amounts = _run(docs[doc_id], extracted, NO_CURATION)
        read_from = [m for m in measures if m["kind"] in ("paragraph", "bullet")]
        assert read and len(read) <= len(read_from), doc_id


def test_a_documents_layout_is_freed_without_the_cycle_collector(docs, extracted, monkeypatch):
    """A unit reads its title from the layout it is given and keeps none: the layout keeps
    its units, and extraction runs with the cycle collector off, so a unit keeping its
    layout would keep every document's layout, and the lines it holds, to the end of the
    run (peak memory at 100 copies of the sources 453 -> 738 MB)."""
    made = []

    class Recorded(measures_module._Layout):
        def __init__(self, *args) -> None:
            super().__init__(*args)
            made.append(weakref.ref(self))

    monkeypatch.setattr(measures_module, "_Layout", Recorded)
    gc.disable()
    try:
        for doc_id in ("regioplus-miljoenennota-2021", VWS):
            _run(docs[doc_id], extracted, NO_CURATION)
        assert len(made) == 2 and all(ref() is None for ref in made)
    finally:
        gc.enable()


def test_title_from_takes_the_first_clause():
    assert (
        title_from("• Samen Vitaal Ouder Worden (€ 25,5 miljoen);") == "Samen Vitaal Ouder Worden"
    )
    assert title_from("– Gemeentefonds. Het accres van tranche 2019 bedraagt") == "Gemeentefonds"
    assert title_from("In 2021 wordt € 37,5 mln. beschikbaar gesteld").startswith(
        "In 2021 wordt € 37,5 mln."
    )
    long = title_from(
        "Het kabinet maakt 2 miljard euro vrij om ervoor te zorgen dat starters sneller wonen"
    )
    # "mio." and "mrd." are abbreviations too, and an aside in them is money
    assert title_from("In 2021 wordt € 37,5 mio. beschikbaar gesteld").startswith(
        "In 2021 wordt € 37,5 mio."
    )
    assert title_from("Fietsbeleid (5 mrd) in de regio") == "Fietsbeleid in de regio"
    assert long.endswith("…") and len(long.split()) == 13
    # a list item's number is no clause (the title of a numbered item was "1")
    assert title_from("1. Woningbouwimpuls 2024: € 1 miljard voor woningen") == (
        "Woningbouwimpuls 2024"
    )
    assert title_from("b) Regio Oost: € 208 mln") == "Regio Oost"


def _title_of_all(text: str) -> str:
    """The title as the first clause of the whole paragraph, folded in full."""
    m = measures_module
    folded = m.drop_asides(m._LIST_NUMBER.sub("", m._BULLET.sub("", m.fold_text(text))))
    clause = folded
    for end in m._CLAUSE_END.finditer(folded):
        words = folded[: end.start()].split()
        if end.group() == "." and words and words[-1].lower() in m._ABBREVIATIONS:
            continue
        if end.group().startswith(",") and len(words) < 3:
            continue
        clause = folded[: end.start()]
        break
    clause = re.sub(r"(?<=[a-zà-ÿ])\d{1,3}$", "", clause.strip())
    return m._cut(clause) if clause else m._cut(folded)


_PARAGRAPH_PARTS = st.sampled_from(
    [
        "Het", "kabinet", "trekt", "geld", "uit", "voor", "Fietsbeleid", "mln", "nr", "ca",
        "bijv", "a", "wonen12", "2021", "€", "5", " ", " ", " ", "  ", "\n", "-\n", ". ", ", ",
        "; ", ": ", " – ", " - ", ".", ",", "(", ")", "(€ 5 mln)", "(zie", "euro)", "• ",
        "Tot slot,", "werkgelegen-\n  heid", "x" * 60,
    ]
)  # fmt: skip


# Long words up to about where the head ends (fewer than a dozen of them), then anything.
_PARAGRAPHS = st.builds(
    lambda lead, words, rest: (
        ("Werkgelegenheid " + "woningbouwopgave " * 9)[:lead] + "".join(words) + "".join(rest)
    ),
    st.integers(100, 175),
    st.lists(_PARAGRAPH_PARTS, max_size=8),
    st.lists(_PARAGRAPH_PARTS, max_size=40),
)


@settings(max_examples=800, deadline=None)
@given(st.one_of(_PARAGRAPHS, st.lists(_PARAGRAPH_PARTS, max_size=90).map("".join)))
def test_a_title_read_from_the_head_of_a_paragraph_is_the_one_all_of_it_gives(text):
    """``title_from`` reads a long paragraph's first words where they decide the title: it
    must give what reading all of it gives (a clause ending just past the head, an aside
    closing past it, a word hyphenated over the cut, fewer than a dozen words before it)."""
    assert title_from(text) == _title_of_all(text)


@pytest.mark.parametrize(
    "lead",
    [
        "Werkgelegenheid " + "woningbouwopgave " * 9,
        "de " * 60,
        "begrotingen " * 14,
        "Het kabinet (zie de brief. Daarin " + "woningbouwopgave " * 8,
    ],
)
def test_a_title_is_the_same_whatever_stands_where_the_head_ends(lead):
    """Each kind of clause end, aside and line break placed at every offset around the end of
    the head a title is first read from, after long words, many short ones, a dozen, or an
    aside opened early (and closed, with its money, past the head)."""
    read = measures_module._TITLE_READ
    for snippet in [
        ".x meer woorden", ". Een zin", "-\nwoord verder. Eind", "(€ 5 mln) en verder",
        "(zie € 5 mln) verder", ", en dan. Eind", " – dan", "5. Het", "nr. 5 Het",
        "wonen12. Het", "; daarna", ":\n• item", "€ 5 mln) verder",
    ]:  # fmt: skip
        for offset in range(-8, 9):
            text = lead[: read + offset] + snippet + " en nog wat woorden." * 3
            assert title_from(text) == _title_of_all(text), text


# --- curation --------------------------------------------------------------------------


def _write(project: Project, data: dict) -> Path:
    path = project.checks / "curation.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_the_committed_curation_file_applies(project, docs, extracted):
    curation = load_curation(project)
    raw = yaml.safe_load((project.checks / "curation.yml").read_text(encoding="utf-8"))
    assert raw["measures"] and raw["amounts"]
    for doc_id, doc in docs.items():
        measures, amounts = _run(doc, extracted, curation)
        by_id = {m["measure_id"]: m for m in measures}
        _inside(measures, amounts)
        for key, fix in raw["measures"].items():
            if not key.startswith(f"{doc_id}:"):
                continue
            if "merge_into" in fix:
                assert key not in by_id
                assert by_id[fix["merge_into"]]["curated"] is True
            if "title" in fix:
                assert by_id[key]["title"] == fix["title"] and by_id[key]["curated"] is True
        for key, fix in raw["amounts"].items():
            if key.startswith(f"{doc_id}:"):
                (amount,) = [a for a in amounts if a["amount_id"] == key]
                assert amount["measure_id"] == fix["measure_id"]


def test_curation_changes_title_merge_and_assignment(project_copy, docs, extracted):
    doc = docs[VWS]
    _sections, amounts, measures = extracted[VWS]
    first, second, third = measures[0], measures[1], measures[2]
    moved = next(a for a in amounts if a["measure_id"] == third["measure_id"])
    _write(
        project_copy,
        {
            "measures": {
                first["measure_id"]: {"title": "Scheiden van wonen en zorg"},
                second["measure_id"]: {"merge_into": first["measure_id"]},
            },
            "amounts": {moved["amount_id"]: {"measure_id": first["measure_id"]}},
        },
    )
    curated, curated_amounts = _run(doc, extracted, load_curation(project_copy))
    by_id = {m["measure_id"]: m for m in curated}
    assert by_id[first["measure_id"]]["title"] == "Scheiden van wonen en zorg"
    assert by_id[first["measure_id"]]["curated"] is True
    assert second["measure_id"] not in by_id
    merged = {a["amount_id"] for a in amounts if a["measure_id"] == second["measure_id"]}
    assert merged
    assert all(
        a["measure_id"] == first["measure_id"] for a in curated_amounts if a["amount_id"] in merged
    )
    (assigned,) = [a for a in curated_amounts if a["amount_id"] == moved["amount_id"]]
    assert assigned["measure_id"] == first["measure_id"]
    _inside(curated, curated_amounts)
    assert len(curated) < len(measures)


def test_curation_splits_a_measure_in_two(project_copy, docs, extracted):
    """``split_at`` cuts a measure at a line: its amounts from there on form a new measure
    that can be titled under its own id; a line outside the measure is refused."""
    doc = docs[VNG]
    _sections, amounts, measures = extracted[VNG]
    lines_of = {
        m["measure_id"]: sorted({a["line"] for a in amounts if a["measure_id"] == m["measure_id"]})
        for m in measures
    }
    whole = next(m for m in measures if len(lines_of[m["measure_id"]]) >= 2)
    at = lines_of[whole["measure_id"]][-1]
    new_id = f"{VNG}:m{at}"
    _write(
        project_copy,
        {
            "measures": {
                whole["measure_id"]: {"split_at": at},
                new_id: {"title": "Het tweede deel"},
            }
        },
    )
    curated, curated_amounts = _run(doc, extracted, load_curation(project_copy))
    by_id = {m["measure_id"]: m for m in curated}
    assert by_id[new_id]["title"] == "Het tweede deel" and by_id[new_id]["curated"] is True
    assert by_id[whole["measure_id"]]["line_end"] < at == by_id[new_id]["line_start"]
    moved = {a["amount_id"] for a in amounts if a["measure_id"] == whole["measure_id"]}
    assert {a["measure_id"] for a in curated_amounts if a["amount_id"] in moved} == {
        whole["measure_id"],
        new_id,
    }
    assert all(
        (a["line"] >= at) == (a["measure_id"] == new_id)
        for a in curated_amounts
        if a["amount_id"] in moved
    )
    _inside(curated, curated_amounts)
    assert len(curated) == len(measures) + 1

    _write(project_copy, {"measures": {whole["measure_id"]: {"split_at": whole["line_start"]}}})
    with pytest.raises(InputError, match="split_at") as caught:
        _run(doc, extracted, load_curation(project_copy))
    assert caught.value.line == 2


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"measures": {f"{VWS}:m99999": {"title": "x"}}}, "unknown measure_id"),
        ({"amounts": {f"{VWS}:1:1": {"measure_id": f"{VWS}:m99999"}}}, "unknown amount_id"),
        ({"measures": {"no-such-document:m3": {"title": "x"}}}, "names no document"),
    ],
)
def test_an_unknown_id_is_refused_with_file_and_line(project_copy, docs, extracted, data, message):
    path = _write(project_copy, {"measures": {}, **data} if "amounts" in data else data)
    key = next(iter(next(iter(data.values()))))
    expected_line = next(
        n for n, text in enumerate(path.read_text().splitlines(), 1) if key in text
    )
    with pytest.raises(InputError) as caught:
        curation = load_curation(project_copy)
        _run(docs[VWS], extracted, curation)
    assert message in caught.value.message
    assert caught.value.path == str(path)
    assert caught.value.line == expected_line
    assert str(caught.value).startswith(f"{path}:{expected_line}: ")


def test_malformed_curation_is_refused(project_copy):
    path = project_copy.checks / "curation.yml"
    path.write_text(f'measures:\n  "{VWS}:m51":\n    titel: "typo"\n', encoding="utf-8")
    with pytest.raises(InputError, match="unknown setting 'titel'") as caught:
        load_curation(project_copy)
    assert caught.value.line == 3
    path.write_text("measures: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError, match="invalid YAML"):
        load_curation(project_copy)


def test_no_curation_file_means_no_corrections(project_copy):
    (project_copy.checks / "curation.yml").unlink()
    curation = load_curation(project_copy)
    assert curation.measures == {} and curation.amounts == {}
    assert re.fullmatch(r".*curation\.yml", str(curation.path))


P31 = "platform31-rijksbegroting-2020"


def _measure_of(extracted, doc_id: str, line: int) -> dict:
    _sections, amounts, measures = extracted[doc_id]
    ids = {a["measure_id"] for a in amounts if a["line"] == line and a["measure_id"]}
    (measure_id,) = ids
    return next(m for m in measures if m["measure_id"] == measure_id)


def _text_lines(doc: SourceDocument, measure: dict) -> int:
    return sum(
        1 for line in doc.lines[measure["line_start"] - 1 : measure["line_end"]] if line.strip()
    )


def test_long_sections_are_split_into_items(extracted, docs):
    """A long section ("2.6 Veiligheid", "Veilige, slimme en duurzame mobiliteit") is not one
    measure: its amounts belong to the bullets and paragraphs that describe their items."""
    sections, _amounts, measures = extracted[P31]
    for heading in ("Veiligheid", "Veilige, slimme en duurzame mobiliteit"):
        (section,) = [s for s in sections if s["heading"] == heading]
        inside = [
            m for m in measures
            if section["line_start"] <= m["line_start"] <= section["line_end"]
        ]  # fmt: skip
        assert len(inside) >= 3, heading
        assert all(m["line_end"] - m["line_start"] < 80 for m in inside), heading
        assert f"{P31}:m{section['line_start']}" not in {m["measure_id"] for m in inside}
    for doc_id, (_s, _a, rows) in extracted.items():
        for measure in rows:  # no measure is more than a page of text
            assert _text_lines(docs[doc_id], measure) <= 75, measure


def test_amounts_belong_to_their_bullet_sub_item_or_paragraph(extracted, docs):
    doc = docs[P31]
    lines = {
        key: next(n for n, text in enumerate(doc.lines, 1) if key in text)
        for key in ("waarvoor tussen 2020 en 2024", "Het Klimaatakkoord bevat een extra")
    }
    sub_item = _measure_of(extracted, P31, lines["waarvoor tussen 2020 en 2024"])
    assert sub_item["kind"] == "bullet"
    assert sub_item["title"].startswith("De uitwerking van maatregelen voor de stimulering")
    bike = _measure_of(extracted, P31, lines["Het Klimaatakkoord bevat een extra"])
    assert (bike["kind"], bike["title"]) == ("bullet", "Fietsbeleid")  # the bold lead-in
    # the police money right under its sub-heading: the heading and its first paragraph
    (police,) = [m for m in extracted[P31][2] if m["title"].endswith("gebiedsgerichte politiezorg")]
    assert police["kind"] == "heading" and police["line_end"] - police["line_start"] < 25
    # a paragraph deep in "2.6 Veiligheid" is titled by its subject and its first clause
    fund = _measure_of(
        extracted, P31, next(n for n, t in enumerate(doc.lines, 1) if "Ondermijningsfonds" in t)
    )
    assert fund["kind"] == "paragraph" and fund["title"].startswith(
        "Veiligheid: De financiële middelen"
    )


def test_a_bullet_keeps_its_sentences_after_a_line_end(extracted):
    """ "NL leert door. In 2021 is er ruim € 95 miljoen ... (€ 42 miljoen) ... € 18 miljoen":
    the sentences after the first one's line end are the same bullet's."""
    _sections, amounts, measures = extracted[VNG]
    nl = next(m for m in measures if m["title"] == "NL leert door")
    assert nl["kind"] == "bullet"
    inside = [a for a in amounts if a["measure_id"] == nl["measure_id"]]
    assert sorted(a["amount_eur"] for a in inside) == [18e6, 30e6, 42e6, 95e6]


def test_blocks_end_at_the_next_label_unless_an_amount_is_further(extracted, docs):
    doc = docs[VNG]
    _sections, amounts, measures = extracted[VNG]
    for measure in measures:
        if measure["kind"] != "block":
            continue
        later_labels = [
            n for n in range(measure["line_start"] + 1, measure["line_end"] + 1)
            if doc.lines[n - 1].strip() == "Wat wil het kabinet?"
        ]  # fmt: skip
        assert not later_labels, measure
        last = max(a["line"] for a in amounts if a["measure_id"] == measure["measure_id"])
        assert measure["line_end"] == last or doc.lines[measure["line_end"]].strip().endswith("?")


def test_titles_of_one_item_compare_across_documents(extracted):
    """The RegioPlus memo and the VNG letter (both on Rijksbegroting 2021) title their
    measures by the item, without list references ("Ad5 Zorgbonus")."""
    regio = {m["title"] for m in extracted["regioplus-miljoenennota-2021"][2]}
    assert "Zorgbonus" in regio and not [t for t in regio if t.startswith("Ad")]
    vng = {m["title"] for m in extracted[VNG][2]}
    for title in ("Jeugd", "Pensioen", "Breed Offensief"):
        assert title in vng
    assert {"Jeugd", "Pensioenen", "Het Breed Offensief"} <= regio


def test_title_from_skips_a_connective():
    assert title_from("Tot slot, het kabinet trekt 20 miljoen uit.") == (
        "Tot slot, het kabinet trekt 20 miljoen uit"
    )
    assert title_from("– Fietsbeleid. Het kabinet wil meer fietsers.") == "Fietsbeleid"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab1).;:,–- \n\t\xa0", max_size=40))
def test_clause_ends_are_those_of_the_three_plain_alternatives(text: str) -> None:
    """``_CLAUSE_END`` starts on one class and tells the alternative by a look-behind: it
    finds what the plain alternation of the three kinds of clause end finds."""
    plain = re.compile(r"[.;:](?<=\w.)(?=\s|$)|,(?<=[\w)],)\s|\s[–-]\s")
    found = [(m.span(), m.group()) for m in measures_module._CLAUSE_END.finditer(text)]
    assert found == [(m.span(), m.group()) for m in plain.finditer(text)], text
