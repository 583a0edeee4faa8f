"""The text model every extractor reads: offsets, sha256, sentences, paragraphs."""

from __future__ import annotations

import hashlib

from hypothesis import given
from hypothesis import strategies as st

from budgetkit.project import Project
from budgetkit.sources import load_sources
from budgetkit.textmodel import MAX_SENTENCE, TextModel


def _sentences(model: TextModel) -> list[str]:
    ends = model.sentence_ends
    return [model.text[a:b].strip() for a, b in zip([0, *ends], ends, strict=False) if a < b]


def test_sha256_and_line_count_are_the_files(project: Project) -> None:
    for doc in load_sources(project):
        data = doc.path.read_bytes()
        assert doc.sha256 == hashlib.sha256(data).hexdigest()
        assert doc.line_count == data.count(b"\n") + (0 if data.endswith(b"\n") else 1)


@given(st.text(alphabet="ab \n€.", max_size=200), st.data())
def test_offsets_and_lines_agree(text: str, data: st.DataObject) -> None:
    model = TextModel(text)
    offset = data.draw(st.integers(0, len(text)))
    line, column = model.line_col(offset)
    assert model.offset(line, column) == offset
    assert text.split("\n")[line - 1][: column - 1] == text[model.line_starts[line - 1] : offset]


def test_sentences_end_at_stops_bullets_and_headings_not_abbreviations() -> None:
    text = (
        "Het kabinet trekt ca. € 5 mln. uit voor art. 3. Daarna volgt meer.\n"
        "Preventie\n"
        "Gemeenten krijgen geld:\n"
        "• voor jeugdzorg\n"
        "• voor de Wmo. Klaar"
    )
    assert _sentences(TextModel(text)) == [
        "Het kabinet trekt ca. € 5 mln. uit voor art. 3.",
        "Daarna volgt meer.",
        "Preventie",
        "Gemeenten krijgen geld:",
        "• voor jeugdzorg",
        "• voor de Wmo.",
        "Klaar",
    ]


def test_a_sentence_around_an_amount_is_found_by_its_offsets() -> None:
    text = "Eerst dit. Voor het fonds is € 5 miljoen beschikbaar. Dan dat."
    model = TextModel(text)
    start = text.index("€")
    begin, end = model.sentence_span(start, start + len("€ 5 miljoen"))
    assert text[begin:end].strip() == "Voor het fonds is € 5 miljoen beschikbaar."


def test_a_run_without_sentence_ends_is_cut_at_white_space() -> None:
    words = " ".join(f"woord{i}" for i in range(2000))  # about 16,000 characters
    model = TextModel(words)
    pieces = _sentences(model)
    assert len(pieces) > 1 and " ".join(pieces) == words
    assert all(len(piece) <= MAX_SENTENCE for piece in pieces)
    assert all(not piece.startswith(" ") and piece.split()[0] in words for piece in pieces)
    assert model.sentence_cuts and all(words[cut - 1] == " " for cut in model.sentence_cuts)
    assert not TextModel("Kort. Zo is het.").sentence_cuts


def test_paragraphs_step_over_running_headers_and_line_spacing() -> None:
    # double spaced: one empty line is line spacing, two end the paragraph; the running
    # header between them is neither
    text = "Eerste regel van de alinea\n\ntweede regel.\n\nRijksbegroting 2021\n\n\nNieuwe\n"
    layout = TextModel(text, "", 2021).layout
    assert layout.double_spaced
    assert layout.furniture == {5}
    assert layout.paragraph(1, 1, 9) == [1, 3]
    assert layout.paragraph(3, 1, 9) == [1, 3]
    assert layout.paragraph(8, 1, 9) == [8]
    assert layout.paragraph(3, 2, 9) == [3]  # kept within the bounds asked for
    single = TextModel("Een regel\nen nog een.\n\nNieuwe alinea.\n").layout  # not spaced
    assert not single.double_spaced
    assert single.paragraph(2, 1, 5) == [1, 2] and single.paragraph(4, 1, 5) == [4]
