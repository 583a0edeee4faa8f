"""Extraction never crashes on a document, whatever its text.

Hypothesis builds documents from the development corpus's real pages (their lines
shuffled, dropped, duplicated, joined, blanked) and from arbitrary text, and runs the whole
per-document extraction on each: it must not raise, and what it stores must still point
into the text (every amount's quote at its line and column, its sentence where the
sentence columns say, every reference's quote at its place).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from budgetkit.extract.curation import Curation
from budgetkit.extract.pipeline import extract_document
from budgetkit.extract.warnings import ExtractWarning
from budgetkit.sources import SourceDocument

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
PAGES = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*/pages/*.txt"))]
SOURCES = Path(__file__).resolve().parents[1] / "sources"
META = {
    "title": "Rijksbegroting 2021",
    "publisher": "Test",
    "kind": "memo",
    "published": "2021-09-15",
    "budget_year": 2021,
    "license": "CC0-1.0",
}
# Pieces of budget prose and tables that the readers react to, for the arbitrary texts.
TOKENS = [
    "€", "€ ", "5", "1.000", "2,5", "miljoen", "miljard", "mln.", "mld", "euro", "duizend",
    "x € 1.000", "(bedragen x 1000)", "Tabel 3.1", "Kamerstuk 29 282, nr. 5", "motie van het lid",
    "toezegging", "2021", "2020-2023", "in 2022", "vanaf 2024", "respectievelijk", "waarvan",
    "Totaal", "per jaar", "structureel", "ministerie van VWS", "BZK", "Gemeentefonds", "•", "–",
    "-", ".", ". ", ";", ":", ",", "(", ")", "?", "\n", "\n\n", " ", "\xa0", "_______", "1.2",
    "3 Inleiding", "Subsidies", "Wat wil het kabinet?", "dit jaar", "volgend jaar", "%", "n.v.t.",
    "...", "|", "\t", "-5", "7,5 miljard dollar", "1 2 3 (4)=(1+2+3)",
]  # fmt: skip


def _document(text: str) -> SourceDocument:
    return SourceDocument("robust", Path("robust.txt"), "sources/robust.txt", dict(META), text)


def _extract(text: str) -> tuple[SourceDocument, dict, list[ExtractWarning]]:
    doc = _document(text)
    warnings: list[ExtractWarning] = []
    rows = extract_document(doc, Curation(Path("checks/curation.yml")), warnings)
    return doc, rows, warnings


def _points_into_the_text(doc: SourceDocument, rows: dict, warnings: list) -> None:
    for amount in rows["amounts"]:
        quote = amount["quote"]
        assert doc.text_at(amount["line"], amount["column"], len(quote)) == quote, amount
        start = doc.offset(amount["sentence_line_start"], amount["sentence_column_start"])
        end = doc.offset(amount["sentence_line_end"], amount["sentence_column_end"]) + 1
        assert " ".join(doc.text[start:end].split()) == amount["sentence"], amount
        assert start <= doc.offset(amount["line"], amount["column"]) < end, amount
    for reference in rows["references"]:
        quote = reference["quote"]
        assert doc.text_at(reference["line"], reference["column"], len(quote)) == quote
    for cell in rows["table_cells"]:
        assert (
            doc.text_at(cell["line"], cell["column"], len(cell["value_text"]))
            == (cell["value_text"])
        )
    for warning in warnings:
        assert warning.document_id == "robust" and 1 <= warning.line <= len(doc.lines)


@st.composite
def corpus_texts(draw: st.DrawFn) -> str:
    """A real page (or two run together), its lines shuffled in places, dropped,
    duplicated, joined to their neighbour or blanked."""
    lines = draw(st.sampled_from(PAGES)).split("\n")
    if draw(st.booleans()):
        lines += draw(st.sampled_from(PAGES)).split("\n")
    rng: random.Random = draw(st.randoms(use_true_random=False))
    for _ in range(draw(st.integers(0, 12))):
        if not lines:
            break
        at = rng.randrange(len(lines))
        operation = draw(st.sampled_from(["shuffle", "drop", "duplicate", "join", "blank"]))
        if operation == "shuffle":
            part = lines[at : at + rng.randint(2, 30)]
            rng.shuffle(part)
            lines[at : at + len(part)] = part
        elif operation == "drop":
            del lines[at : at + rng.randint(1, 5)]
        elif operation == "duplicate":
            lines[at:at] = lines[at : at + rng.randint(1, 10)]
        elif operation == "join" and at + 1 < len(lines):
            lines[at : at + 2] = [lines[at] + rng.choice(["", " "]) + lines[at + 1]]
        elif operation == "blank":
            lines[at] = rng.choice(["", " ", "\xa0"])
    return "\n".join(lines)


pytestmark = pytest.mark.skipif(not PAGES, reason=f"no corpus pages in {CORPUS}")
_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(corpus_texts())
def test_corpus_pages_mangled_never_crash_extraction(text: str) -> None:
    _points_into_the_text(*_extract(text))


@_SETTINGS
@given(
    st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=12)), max_size=120).map("".join)
)
def test_arbitrary_text_never_crashes_extraction(text: str) -> None:
    _points_into_the_text(*_extract(text))


@_SETTINGS
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_any_characters_never_crash_extraction(text: str) -> None:
    _points_into_the_text(*_extract(text))


def test_every_real_page_and_source_extracts_whole_and_joined() -> None:
    """Each page and source as it is, and with all its lines joined into one."""
    texts = PAGES + [path.read_text(encoding="utf-8") for path in sorted(SOURCES.glob("*.txt"))]
    for text in texts:
        _points_into_the_text(*_extract(text))
        _points_into_the_text(*_extract(text.replace("\n", " ")))


@pytest.mark.parametrize(
    "letter, case_only", [("i", "\u0131"), ("I", "\u0130"), ("s", "\u017f"), ("k", "\u212a")]
)
def test_letters_matching_only_ignoring_case_never_crash_extraction(
    letter: str, case_only: str
) -> None:
    """Every page with one letter printed as one that a pattern ignoring case matches to it
    but whose lower case is another ("ı" for "i": "x € 1 mıljoen"), as OCR and odd fonts
    print them: words looked up by their lower case after such a match must not fail."""
    for text in PAGES:
        _points_into_the_text(*_extract(text.replace(letter, case_only)))
