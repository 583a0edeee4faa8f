"""References on the five real documents: every Kamerstuk cited is found, quoted exactly."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budgetkit.extract import references
from budgetkit.extract.references import dossier_code, extract_references
from budgetkit.project import Project
from budgetkit.sources import SourceDocument, load_sources

TAZ = "vws-kamerbrief-taz-2023"


@pytest.fixture(scope="module")
def docs(project: Project) -> dict[str, SourceDocument]:
    return {doc.id: doc for doc in load_sources(project)}


@pytest.fixture(scope="module")
def refs(docs: dict[str, SourceDocument]) -> dict[str, list[dict]]:
    return {doc_id: extract_references(doc) for doc_id, doc in docs.items()}


def _at(doc: SourceDocument, needle: str) -> tuple[int, int]:
    """(line, column) where ``needle`` starts in the source, found independently."""
    return doc.line_col(doc.text.index(needle))


def test_every_kamerstuk_mention_is_a_reference(refs, docs):
    """Each "Kamerstuk"/"Kamerstukken" in the text (what grep counts) starts a reference."""
    for doc_id, doc in docs.items():
        mentions = [
            doc.line_col(m.start()) for m in re.finditer(r"\bKamerstuk(?:ken)?\b", doc.text)
        ]
        found = [(r["line"], r["column"]) for r in refs[doc_id] if r["kind"] == "kamerstuk"]
        assert found == mentions, doc_id
    assert len([r for r in refs[TAZ] if r["kind"] == "kamerstuk"]) >= 50


def test_quotes_are_exact_at_line_and_column(refs, docs):
    for doc_id, rows in refs.items():
        doc = docs[doc_id]
        ids = [r["reference_id"] for r in rows]
        assert len(ids) == len(set(ids))
        assert [(r["line"], r["column"]) for r in rows] == sorted(
            (r["line"], r["column"]) for r in rows
        )
        for row in rows:
            assert doc.text_at(row["line"], row["column"], len(row["quote"])) == row["quote"], row
            assert row["reference_id"] == f"{doc_id}:{row['line']}:{row['column']}"
            assert " ".join(row["quote"].split())[:20] in row["context"], row


def test_footnote_number_glued_in_front(refs, docs):
    line, column = _at(docs[TAZ], "29 Kamerstuk 29 282, nr. 502")
    row = next(r for r in refs[TAZ] if r["line"] == line)
    assert row["column"] == column + 3
    assert row["quote"] == "Kamerstuk 29 282, nr. 502"
    assert (row["dossier"], row["number"]) == ("29282", "502")


def test_dossier_forms(refs, docs):
    by_quote = {r["quote"]: r for rows in refs.values() for r in rows}
    joint = by_quote["Kamerstukken 29 544 en 31 311, nr. 1198"]
    assert (joint["dossier"], joint["number"]) == ("29544;31311", "1198")
    session = by_quote["Kamerstukken II 2021/22, 29389, nr. 111"]
    assert (session["dossier"], session["number"]) == ("29389", "111")
    chapter = by_quote["Kamerstuk 36 200 XVI, nr. 62"]
    assert chapter["dossier"] == "36200-XVI"
    assert dossier_code("21 501-31") == "21501-31"
    split = [r for r in refs[TAZ] if "\n" in r["quote"] and r["kind"] == "kamerstuk"]
    assert split, "a citation broken over two lines keeps its newline"
    assert all(r["quote"].replace("\n", "") in docs[TAZ].text.replace("\n", "") for r in split)


def test_moties_with_members_and_their_kamerstuk(refs, docs):
    doc = docs[TAZ]
    moties = [r for r in refs[TAZ] if r["kind"] == "motie"]
    printed = re.findall(r"[Mm]otie\s+van\s+(?:het\s+lid|de\s+leden)", doc.text)
    assert len([m for m in moties if re.search(r"\svan\s", m["quote"])]) == len(printed)
    # "de motie van het lid Tielen21": footnote 21 gives the Kamerstuk
    footnote = re.search(r"(?m)^21 Kamerstuk (\d\d \d{3} XVI), nr\. (\d+)", doc.text)
    line, column = _at(doc, "motie van het lid Tielen21")
    tielen = next(r for r in moties if (r["line"], r["column"]) == (line, column))
    assert tielen["quote"] == "motie van het lid Tielen"
    assert tielen["dossier"] == dossier_code(footnote.group(1))
    assert tielen["number"] == footnote.group(2)
    # a motie cited with its Kamerstuk in brackets right after it
    agema = [m for m in moties if m["quote"] == "Motie van het lid Agema"]
    assert agema and agema[0]["dossier"] == "31765" and agema[0]["number"] == "595"


def test_toezeggingen_and_short_motie_forms(refs):
    toezeggingen = [r for r in refs[TAZ] if r["kind"] == "toezegging"]
    assert len(toezeggingen) >= 5
    assert all("toezegging" in r["context"] for r in toezeggingen)
    vng = [r["quote"] for r in refs["vng-ledenbrief-rijksbegroting-2021"] if r["kind"] == "motie"]
    assert "motie Segers/Asscher" in vng
    regioplus = [r for r in refs["regioplus-miljoenennota-2021"] if r["kind"] == "motie"]
    assert [(r["dossier"], r["number"]) for r in regioplus] == [("35300-XVI", "72")]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Kamerstuk", "Kamerstukken", "K", "amerstuk", "Kamerstu", "Kamer", "motie", "Motie",
             "otie", "oti", "ot", "ie", "amendement", "mendement", "toezegging", "oezegging", " ",
             "\n", "€", "x"]
        ),
        max_size=30,
    ).map("".join)
)  # fmt: skip
def test_each_anchor_word_scan_finds_every_occurrence(text: str) -> None:
    """The scan chosen for each anchor word finds where ``str.find`` would, one after another."""
    places = references._word_places(text)
    assert sorted(places) == sorted({w for words in references._ANCHORS.values() for w, _ in words})
    for word, found in places.items():
        expected, at = [], text.find(word)
        while at >= 0:
            expected.append(at)
            at = text.find(word, at + len(word))
        assert found == expected, (word, text)
