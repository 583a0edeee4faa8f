"""The text model every extractor reads: offsets, sentences, paragraphs; and the sha256."""

from __future__ import annotations

import hashlib
import pickle
import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from budgetkit.layout import FOOTNOTE_START, ODD_SPACES, PageLayout, lines_holding
from budgetkit.project import Project
from budgetkit.sources import SourceDocument, load_sources
from budgetkit.textmodel import MAX_SENTENCE, TextModel, at_literal, occurrences


def _sentences(model: TextModel) -> list[str]:
    ends = model.sentence_ends
    return [model.text[a:b].strip() for a, b in zip([0, *ends], ends, strict=False) if a < b]


def test_sha256_and_line_count_are_the_files(project: Project) -> None:
    for doc in load_sources(project):
        data = doc.path.read_bytes()
        assert doc.sha256 == hashlib.sha256(data).hexdigest()
        assert doc.line_count == data.count(b"\n") + (0 if data.endswith(b"\n") else 1)


def test_a_document_made_in_memory_or_sent_to_a_worker_has_the_files_sha256(
    project: Project,
) -> None:
    """The sha256 is hashed from the bytes as they are read; a document made from a text
    alone hashes its UTF-8, and one pickled for a worker process carries the hash along."""
    doc = load_sources(project)[0]
    expected = hashlib.sha256(doc.path.read_bytes()).hexdigest()
    made = SourceDocument(doc.id, doc.path, doc.source_path, doc.meta, doc.text)
    assert made.sha256 == pickle.loads(pickle.dumps(doc)).sha256 == expected


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


def test_no_abbreviation_ends_a_sentence_and_other_words_do() -> None:
    """Each abbreviation the sentence stop passes over, before a capital, and words ending in
    the same letters and in others, which end their sentence."""
    for word in ("ca.", "nr.", "art.", "o.a.", "d.w.z.", "vs.", "incl."):
        assert _sentences(TextModel(f"Zie {word} Artikel 3.")) == [f"Zie {word} Artikel 3."]
    for word in ("tabel.", "saldo.", "winter.", "raad.", "vast.", "plaats.", "kaal.", "weg."):
        assert _sentences(TextModel(f"Zie {word} Artikel 3.")) == [f"Zie {word}", "Artikel 3."]


@pytest.mark.parametrize("closer", [")", "]", "’", "”", '"'])
@pytest.mark.parametrize("gap", [" ", "\n\n   "])
def test_a_footnote_number_glued_after_a_stop_closing_a_bracket_or_quote_ends_it(
    closer: str, gap: str
) -> None:
    """A footnote's number glued after the stop that closes a bracket or a quotation ("...
    (percentage of completion).7⏎⏎Voor twee complexen ...") ends the sentence as it does after
    a word ("zijn.33 Op"): read as one sentence, the paragraph under it took the years the
    sentence before named ("Over 2024 is een winst ...") as its amounts' own."""
    opener = {")": "(", "]": "[", "’": "‘", "”": "“", '"': '"'}[closer]
    first = (
        "Over 2024 is een winst van k€ 1.850 tussentijds\n"
        f"genomen op basis van de POC-methode {opener}percentage of completion{closer}.7"
    )
    text = f"{first}{gap}Voor twee complexen is € 3,15 mln getroffen."
    assert _sentences(TextModel(text)) == [first, "Voor twee complexen is € 3,15 mln getroffen."]


@pytest.mark.parametrize("mark", ["[1]", "[12]", "¹", "²³"])
def test_a_bracketed_or_superscript_footnote_mark_after_a_stop_ends_the_sentence(mark: str) -> None:
    """A footnote's mark in square brackets or in superscript digits after a sentence's stop
    ("... € 7,5 miljard gereserveerd.[1] In JJJJ is € X uitgegeven", as web pages and word
    processors print notes) ends the sentence as a glued number does: read as one, the first
    amount took the next sentence's year and the second none."""
    first = f"Voor de periode 2021-2027 is € 7,5 miljard gereserveerd.{mark}"
    text = f"{first} In 2022 is € 1,3 miljard uitgegeven."
    assert _sentences(TextModel(text)) == [first, "In 2022 is € 1,3 miljard uitgegeven."]


@pytest.mark.parametrize("mark", ["3.1", "2.14", "12.2"])
@pytest.mark.parametrize("gap", [" ", "\n\n"])
def test_a_footnote_number_within_its_chapter_glued_after_a_stop_ends_the_sentence(
    mark: str, gap: str
) -> None:
    """A note numbered within its chapter, glued after the stop that closes a word
    ("... lager dan € 2 mln.3.1⏎⏎Het Rijk ...", a report's note 1 of chapter 3), ends the
    sentence as a plain note number does: read as one, the amount before it took the next
    paragraph's years and that paragraph's own amount none."""
    first = f"Bij 31 instellingen was de reserve lager dan € 2 mln.{mark}"
    second = "Het Rijk stelt in 2026-2029 samen € 90 miljoen beschikbaar."
    assert _sentences(TextModel(f"{first}{gap}{second}")) == [first, second]


def test_a_numbered_mark_before_a_lower_case_word_ends_no_sentence() -> None:
    """A number of a chapter and a note glued after a stop, a word in lower case after it,
    ends nothing: the sentence goes on ("mln.3.1 en"), as before."""
    text = "De reserve was lager dan € 2 mln.3.1 en de buffer nihil. Het Rijk betaalt."
    assert _sentences(TextModel(text)) == [
        "De reserve was lager dan € 2 mln.3.1 en de buffer nihil.",
        "Het Rijk betaalt.",
    ]


@pytest.mark.parametrize("label", ["2021-2024:", "2025:", "2022 – 2025:"])
def test_a_line_opening_on_a_year_label_ends_the_sentence_above(label: str) -> None:
    """A line opening on a year or a span of years and a colon after a stop ("... bedraagt €
    31,6 miljoen.⏎2021-2024: de reserve groeide ...") is a labelled item of its own, its first
    word in lower case or not: read as one sentence, the amount above took the label's
    years and the one under it none."""
    first = "De algemene reserve bedraagt € 31,6 miljoen."
    second = f"{label} de reserve groeide met gemiddeld € 1,1 miljoen per jaar."
    assert _sentences(TextModel(f"{first}\n{second}")) == [first, second]


@pytest.mark.parametrize(
    "text",
    [
        # no stop before it
        "De reserve groeide in de periode\n2021-2024: gemiddeld € 1,1 miljoen per jaar.",
        # an abbreviation before it
        "De reserve groeit o.a.\n2025: met € 1,1 miljoen.",
        # the label on the stop's line
        "De reserve bedraagt € 31,6 miljoen. 2021-2024: groei.",
    ],
)
def test_a_year_label_ends_no_sentence_without_a_stop_before_its_line(text: str) -> None:
    assert _sentences(TextModel(text)) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Het fonds is gevuld.[1] daarna volgt € 5 mln.",  # a lower-case word goes on
        "Het fonds is gevuld [1] In 2022 volgt € 5 mln.",  # no stop before the mark
        "Het fonds is gevuld.[a] In 2022 volgt € 5 mln.",  # no number in the brackets
    ],
)
def test_a_bracket_after_a_stop_ends_no_sentence_unless_a_note_s_number_and_a_capital(
    text: str,
) -> None:
    """Only a number in square brackets or in superscript after a stop, a capital after it,
    is a footnote's mark ending the sentence."""
    assert _sentences(TextModel(text)) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "De kosten (zie de bijlage).2 bedragen dit jaar € 5 mln.",  # a lower-case word goes on
        "De kosten (zie de bijlage)2 Voor de scholen € 5 mln.",  # no stop before the number
        "De kosten (zie de bijlage).2,5 Miljoen euro gaat naar scholen.",  # a decimal
    ],
)
def test_a_number_after_a_bracket_ends_no_sentence_without_a_stop_and_a_capital(
    text: str,
) -> None:
    """A number glued after a bracket ends nothing where no stop stands between them or no
    capital follows it: only a footnote's number after a sentence's stop does."""
    assert _sentences(TextModel(text)) == [text]


@pytest.mark.parametrize("quote", ["'", "‘", "“", '"', "„"])
def test_a_quotation_opening_after_a_stop_starts_a_sentence(quote: str) -> None:
    """A quoted sentence after a stop ("... in 2026 ruim 55 euro.⏎'Een gemeente moet dan 2,8
    miljoen euro ombuigen,' zegt ..."), its opening quotation mark before the capital, is a
    sentence of its own: read as one with the sentence before, its amount took that year."""
    text = f"De korting loopt op in 2026. {quote}Dat kost ons 3 miljoen,{quote} zegt de wethouder."
    assert _sentences(TextModel(text)) == [
        "De korting loopt op in 2026.",
        f"{quote}Dat kost ons 3 miljoen,{quote} zegt de wethouder.",
    ]
    # a quotation mark before a lower-case word, as "'s-Gravenhage" prints one, opens none
    assert len(_sentences(TextModel("Zie de brief. 's middags volgt meer."))) == 1


@pytest.mark.parametrize("quote", ["’", "”", "'", '"', "»"])
@pytest.mark.parametrize("gap", [" ", " \n", "\n"])
def test_a_quotation_closing_after_a_stop_ends_its_sentence(quote: str, gap: str) -> None:
    """A quoted sentence whose closing mark follows its stop ("... dan begroot.’ Uit een
    peiling ...") ran on into the next sentence, whose years its amount took as stated: the
    sentence ends after the mark."""
    first = f"De wethouder zegt: {quote}Wij geven dit jaar 4 miljoen euro meer uit.{quote}"
    text = f"{first}{gap}Voor 2020 is het tekort groter."
    assert _sentences(TextModel(text)) == [first, "Voor 2020 is het tekort groter."]


@pytest.mark.parametrize(
    "text",
    [
        "Hij noemde het ‘een pleister.’ en ging door.",  # a word in lower case after it
        "Zie de nota ‘ca.’ Artikel 3.",  # an abbreviation's stop before the mark
    ],
)
def test_a_quotation_closing_after_a_stop_before_no_sentence_ends_none(text: str) -> None:
    """A closing mark after a stop ends a sentence only where one would end after the stop
    alone: a capital (or a quoted one) after white space."""
    assert len(_sentences(TextModel(text))) == 1


def test_a_numbered_heading_ends_the_sentence_before_it() -> None:
    """A paragraph's number before its capitalised title ("1.2 Uitgaven", "4.3.1 Jeugdzorg")
    is a heading line as an unnumbered one is: read as a sentence's start, the running head
    and the title above it ("Tweede Kamer, vergaderjaar 2020–2021, ...", "Najaarsnota 2020")
    went into the first sentence under it, and its amount took their years as stated."""
    text = (
        "Tweede Kamer, vergaderjaar 2020–2021, 35 650, nr. 1\n"
        "Najaarsnota 2020\n"
        "1.2 Uitgaven\n"
        "De uitgaven stijgen met € 1,2 miljard.\n"
        "4.3.1 Jeugdzorg\n"
        "Gemeenten krijgen 2.500 Euro per kind.\n"
    )
    model = TextModel(text)
    for amount in ("€ 1,2 miljard", "2.500 Euro"):
        begin, _ = model.sentence_span(text.index(amount), text.index(amount) + len(amount))
        assert text[begin:].startswith(("De uitgaven", "Gemeenten"))
    # a figure printing its thousands before a capital opens no heading
    assert _sentences(TextModel("Er komen er\n2.500 Woningen bij\nIn Utrecht.")) == [
        "Er komen er\n2.500 Woningen bij\nIn Utrecht."
    ]


@pytest.mark.parametrize("number", ["2", "2.", " 2\t", "12"])
def test_a_chapter_s_number_and_title_under_a_closed_line_is_a_heading(number: str) -> None:
    """A chapter's number alone before its title ("2 Belastingen en tarieven"), a line of its
    own under a paragraph's last sentence with no blank line between, is a heading: read as
    one sentence with the paragraphs around it, the amount above took the year of the
    sentence below as its own, and the sentence below lost its own to the bracket above."""
    text = (
        "Het saldo is € 2,4 miljoen (2025: + € 5,1 miljoen).\n"
        f"{number} Belastingen en tarieven\n"
        "De opbrengst stijgt in 2026 naar € 231,6 miljoen."
    )
    assert _sentences(TextModel(text)) == [
        "Het saldo is € 2,4 miljoen (2025: + € 5,1 miljoen).",
        f"{number} Belastingen en tarieven".strip(),
        "De opbrengst stijgt in 2026 naar € 231,6 miljoen.",
    ]
    # at the text's start and under a blank line too
    assert _sentences(TextModel("3 Investeringen\nIn 2026 investeert de gemeente.")) == [
        "3 Investeringen",
        "In 2026 investeert de gemeente.",
    ]
    assert _sentences(TextModel("Inleiding\n\n1 Financiën\nHet saldo stijgt.")) == [
        "Inleiding",
        "1 Financiën",
        "Het saldo stijgt.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a line opening on a number that goes on with the sentence above
        "Het geld wordt verdeeld over\n12 Veiligheidsregio's en de Politie\nIn 2026 volgt meer.",
        "Het kabinet trekt extra uit, namelijk\n2 Miljoen euro voor de jeugdzorg\nIn 2026 meer.",
        # the items of a list after its colon
        "De tarieven zijn:\n1 Woningen 0,0812%\n2 Niet-woningen 0,1210%\nDe raad stemt in.",
        # a title ending in a word that goes on, a figure in lower case, a page's number
        "Het saldo stijgt.\n2 Gemeenten krijgen geld van het\nRijk voor de opvang.",
        "Het saldo stijgt.\n2 miljoen euro extra gaat naar\nDe Rijksbegroting.",
        "Het saldo stijgt.\n12\nDe raad stemt in.",
    ],
)
def test_a_line_opening_on_a_number_is_no_heading_where_a_sentence_goes_on(text: str) -> None:
    """Only under a line closing a sentence, a blank line or at the text's start is a
    number and a title a chapter's heading: elsewhere the sentences stay as they were."""
    before = _sentences(TextModel(text))
    assert not any(re.fullmatch(r"\d{1,2}\.? [A-Z][^.]*", s) for s in before)


@pytest.mark.parametrize(
    "above", ["De verdeling over de regio's is inmiddels bekend.\n", "Inleiding\n\n", ""]
)
def test_a_sentence_opening_on_a_number_wrapped_at_the_margin_is_no_heading(above: str) -> None:
    """A sentence opening on a number and a capital whose line ran to the margin, wrapped
    before a capital ("... uit het Fonds⏎Bodemsanering ..."): the next line's first word
    would not have fit on it, as wide as the lines around it run, so the line was wrapped,
    not ended. Read as a chapter's heading, the sentence was cut after its first line."""
    text = above + (
        "12 Gemeenten ontvangen in 2026 een bijdrage uit het Fonds\n"
        "Bodemsanering van in totaal € 4 miljoen. De verdeling over de\n"
        "gemeenten volgt later dit jaar.\n"
    )
    sentences = _sentences(TextModel(text))
    assert not any(s.endswith("Fonds") for s in sentences)
    assert any(s.endswith("Fonds\nBodemsanering van in totaal € 4 miljoen.") for s in sentences)


@pytest.mark.parametrize("above", ["De verdeling over de regio's is inmiddels bekend.\n", ""])
def test_a_chapter_s_line_short_of_the_margin_stays_a_heading(above: str) -> None:
    """The same number and title where its line stops short of the width the lines around it
    run to, the next line's first word fitting after it: a heading line, ended by its writer."""
    text = above + (
        "12 Gemeenten en het Fonds\n"
        "Bodemsanering is een taak van gemeenten, die in 2026 in totaal\n"
        "€ 4 miljoen ontvangen. De verdeling volgt later dit jaar.\n"
    )
    sentences = _sentences(TextModel(text))
    assert "12 Gemeenten en het Fonds" in sentences
    assert sentences[-2].startswith("Bodemsanering is een taak")


@pytest.mark.parametrize(
    "text",
    [
        # as long as the body's lines, the next word fitting within the margin a line
        # wrapped before a word in lower case shows ("... in⏎het", wider than "... 431,21.")
        "Het totaal aan investeringen bedraagt € 431,21.\n"
        "3 Investeringen in de openbare ruimte en wegen\n"
        "In 2026 investeert de gemeente € 12 miljoen in\n"
        "het onderhoud van bruggen en kademuren.\n",
        # longer than the body's lines: no wrapped line runs past the measure
        "De lasten dalen met € 431.000 ten opzichte van\n"
        "de begroting. Het totaal bedraagt € 2,1 miljoen.\n"
        "3 Investeringen in de openbare ruimte, wegen en bruggen\n"
        "In 2026 investeert de gemeente € 12 miljoen in\n"
        "het onderhoud van bruggen en kademuren.\n",
    ],
)
def test_a_chapter_s_line_as_long_as_a_narrow_body_stays_a_heading(text: str) -> None:
    """A chapter's number and title in a narrow column, its line as long as the body's or
    longer, the next line's first word fitting after it within the margin the body's wrapped
    lines show (or the line past that margin, where no wrapped line runs): ended by its
    writer, not wrapped. Taken for wrapped against the longest line alone (a paragraph's last,
    short of the margin) or against its own length, the sentences above and below ran on
    through it and each took the other's year."""
    sentences = _sentences(TextModel(text))
    assert any(s.startswith("3 Investeringen in de openbare ruimte") for s in sentences)
    assert sentences[-1].startswith("In 2026 investeert de gemeente")


@pytest.mark.parametrize(
    "text",
    [
        # a narrow column: the margin a line wrapped in lower case shows ("... in de⏎loop")
        # leaves no room for "Bodemsanering"
        "Het totaal aan investeringen bedraagt € 431,21.\n"
        "3 Gemeenten ontvangen in 2026 geld uit het Fonds\n"
        "Bodemsanering, in totaal € 4 miljoen, dat in de\n"
        "loop van het jaar wordt uitgekeerd.\n",
        # no line shows the margin: the longest line, this one, is as wide as is known
        "Het college heeft de begroting sluitend gemaakt.\n"
        "2 Nieuwe taken vragen in 2026 om extra formatie bij de afdeling\n"
        "Sociaal Domein, wat € 350.000 per jaar kost.\n",
    ],
)
def test_a_sentence_opening_on_a_number_wrapped_in_a_narrow_column_is_no_heading(
    text: str,
) -> None:
    """The same narrow column, a sentence opening on a number and a capital whose next word
    would have run past the margin the lines around it show: wrapped, one sentence still."""
    sentences = _sentences(TextModel(text))
    assert not any(re.fullmatch(r"\d{1,2}\.? [A-Z][^.]*", s) for s in sentences)
    numbered, below = text.split("\n")[1:3]
    assert any(f"{numbered}\n{below.split()[0]}" in s for s in sentences)


def test_a_heading_line_with_a_colon_inside_ends_the_sentence_it_stands_over() -> None:
    """A heading naming a subject and, after a colon, what the paragraph says of it ("Zorg:
    1,5 miljard erbij"), its own line over a capitalised one, a blank line between or not,
    is a sentence of its own, as a heading without the colon is: read as one with the
    sentence under it, the heading's amount took that sentence's year and the sentence's own
    amount lost it."""
    text = (
        "Het kabinet trekt geld uit. Een overzicht.\n\n"
        "Zorg: 1,5 miljard erbij\n"
        "Het budget voor de zorg stijgt in 2027 met 1,5 miljard euro.\n\n"
        "Onderwijs: 400 miljoen minder\n\n"
        "De scholen krijgen minder."
    )
    assert _sentences(TextModel(text)) == [
        "Het kabinet trekt geld uit.",
        "Een overzicht.",
        "Zorg: 1,5 miljard erbij",
        "Het budget voor de zorg stijgt in 2027 met 1,5 miljard euro.",
        "Onderwijs: 400 miljoen minder",
        "De scholen krijgen minder.",
    ]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # a line ending in its colon opens what follows (a list, a quotation)
        ("Het geld gaat naar:\nZorg en Onderwijs in 2026.", "naar:\nZorg"),
        # a colon inside a line of a sentence wrapped before a name: its last word goes on
        ("Het kabinet kiest: meer geld voor het\nRijksvastgoedbedrijf in 2026.", "het\nRijks"),
        # the same in a narrow column, the next word past the margin the lines around show
        (
            "De minister: er komt in 2026 een extra bijdrage uit het Fonds\n"
            "Bodemsanering van in totaal € 4 miljoen. De verdeling over de\n"
            "gemeenten volgt later dit jaar.",
            "Fonds\nBodemsanering",
        ),
    ],
)
def test_a_line_with_a_colon_is_no_heading_where_its_sentence_goes_on(
    text: str, joined: str
) -> None:
    """A colon ending a line, or inside a sentence's line wrapped before a capitalised word,
    ends no sentence there."""
    assert any(joined in sentence for sentence in _sentences(TextModel(text)))


@pytest.mark.parametrize(
    "text",
    [
        # its last word goes on ("in het", "voor de")
        "Het tekort daalt. In 2012 is het geld gestort in het\n"
        "Europees Fonds voor Regionale Ontwikkeling, samen € 1,8 mld.",
        # wrapped at the margin the lines around it show ("... over de⏎gemeenten")
        "Gemeenten ontvangen in 2026 een bijdrage uit het nieuwe Fonds\n"
        "Bodemsanering van in totaal € 4 miljoen. De verdeling over de\n"
        "gemeenten volgt later dit jaar.",
    ],
)
def test_a_sentence_s_line_wrapped_before_a_capitalised_word_is_no_heading(text: str) -> None:
    """A short capitalised line without punctuation over a capitalised line is a heading
    only where it was ended by its writer: a line of a sentence wrapped before a name, its
    last word going on or the name not fitting within the margin, is one sentence with the
    next line. Cut there, the sentence's year stayed above and its amount below took none."""
    first, second = text.split("\n")[:2]
    assert any(
        f"{first.split('. ')[-1]}\n{second.split()[0]}" in s for s in _sentences(TextModel(text))
    )


def test_a_heading_short_of_the_margin_over_a_wrapped_paragraph_stays_one() -> None:
    """A heading over a paragraph wrapped in a narrow column, the next line's first word
    fitting after it within the margin: ended by its writer, a sentence of its own."""
    text = (
        "Extra geld voor de jeugdzorg\n"
        "Gemeenten ontvangen in 2026 een bijdrage van in totaal € 4\n"
        "miljoen voor de jeugdzorg. De verdeling over de gemeenten\n"
        "volgt later dit jaar.\n"
    )
    assert _sentences(TextModel(text))[0] == "Extra geld voor de jeugdzorg"


def test_a_list_item_closed_by_a_semicolon_ends_before_the_next_item() -> None:
    """Items of a list each closed by a semicolon at the line's end, the next opening on a
    hyphen, an asterisk or a label, are sentences of their own: read as one, each amount
    took a year another item prints. A semicolon inside a line, or before a line that opens
    no item, ends nothing."""
    text = (
        "overwegende dat:\n"
        "- de huur sinds 2021 gelijk is gebleven op € 40.000 per jaar;\n"
        "- de kosten van het beheer ongeveer € 12.000 bedragen;\n"
        "* de post onvoorzien in 2026 € 250.000 is;\n"
        "b) het budget vanaf 2027 wordt verhoogd; de raad stemt in;\n"
        "en gaat over tot de orde van de dag."
    )
    assert _sentences(TextModel(text)) == [
        "overwegende dat:\n- de huur sinds 2021 gelijk is gebleven op € 40.000 per jaar;",
        "- de kosten van het beheer ongeveer € 12.000 bedragen;",
        "* de post onvoorzien in 2026 € 250.000 is;",
        "b) het budget vanaf 2027 wordt verhoogd; de raad stemt in;\nen gaat over tot de orde "
        "van de dag.",
    ]


def test_a_labelled_heading_after_a_blank_line_may_print_an_amount() -> None:
    """A heading after a blank line that opens on an item's label and prints an amount ("b.
    Extra € 300 miljoen voor jeugdzorg") ends its sentence: joined to the sentence under it,
    its amount took that sentence's year and the next amount none. A labelled line without
    a blank line before it, a list's item after a colon and a row of leader dots are none."""
    text = (
        "Het kabinet kiest voor lagere lasten.\n\n"
        "b. Extra € 300 miljoen voor jeugdzorg\n"
        "Gemeenten krijgen in 2026 € 300 miljoen extra.\n\n"
        "2) Korting van € 20 miljoen op de Wmo\n\n"
        "De Wmo krijgt € 20 miljoen minder."
    )
    assert _sentences(TextModel(text)) == [
        "Het kabinet kiest voor lagere lasten.\n\nb. Extra € 300 miljoen voor jeugdzorg",
        "Gemeenten krijgen in 2026 € 300 miljoen extra.",
        "2) Korting van € 20 miljoen op de Wmo",
        "De Wmo krijgt € 20 miljoen minder.",
    ]
    for kept, joined in (
        ("Zo gaat het.\na. Het pakket van € 5 miljard\nDe Wmo krijgt meer.", "€ 5 miljard\nDe Wmo"),
        ("De tekorten zijn:\n\na. Jeugdzorg € 12,4 mln\nWmo € 3,1 mln", "€ 12,4 mln\nWmo"),
        ("Zo verdeeld.\n\na. Jeugdzorg ..... € 12,4 mln\nWmo ..... € 3,1 mln", "€ 12,4 mln\nWmo"),
        # a numbered paragraph wrapped before a name: a heading never ends in an article
        (
            "Zo gaat het.\n\n1. Het kabinet trekt € 5 mln uit voor de\nNederlandse Voedsel- en "
            "Warenautoriteit in 2025.",
            "voor de\nNederlandse",
        ),
    ):
        assert any(joined in sentence for sentence in _sentences(TextModel(kept)))


@pytest.mark.parametrize(
    "head",
    [
        "Tweede Kamer, vergaderjaar 2023–2024             36 410 XV, nr. 12              4",
        "36 410 XV, nr. 12                                                          5",
        "Rijksjaarverslag 2023 Sociale Zaken en Werkgelegenheid\t\t\t17",
    ],
)
def test_a_page_s_running_head_with_its_number_is_no_part_of_a_sentence(head: str) -> None:
    """A running head or foot as a text layer laid out prints it, words and the page's number
    set apart by a column's padding, an empty line after it, opens no sentence: read as the
    start of the sentence under it, its years ("vergaderjaar 2023–2024") were the amount's
    own, and a sentence before it ran on into it."""
    text = (
        f"{head}\n\nHet budget voor de regeling bedraagt € 412 miljoen en de uitvoering\n"
        "kost € 8 miljoen.\n\nDe Kamer wordt geïnformeerd over de uitgaven en de stand\n"
        f"van de reserve van het fonds\n\n{head}\n\nDe minister besluit daarover in juni.\n"
    )
    model = TextModel(text)
    begin, _ = model.sentence_span(text.index("€ 412"), text.index("€ 412") + 5)
    assert text[begin:].lstrip().startswith("Het budget")
    after = text.index("fonds") + len("fonds")
    _, end = model.sentence_span(after - 5, after)
    assert text[after:end].strip() == ""
    # a figure after a column's padding before a lower-case word goes on in it
    assert len(_sentences(TextModel("De kosten bedragen  12\n\nmiljoen euro. Dat is veel."))) == 2


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


def _reference_paragraphs(layout: PageLayout) -> dict[int, list[int]]:
    """Paragraph of each content line, walking the lines one by one: every line is either
    stepped over (a running line, or a footnote line in the text's walk), a blank line
    (a break when more of them follow each other than line spacing allows) or content."""
    tolerance = 1 if layout.double_spaced else 0
    count = len(layout.lines)
    paragraphs: dict[int, list[int]] = {}
    for in_note in (False, True):
        current: list[int] | None = None
        gap = 0
        for number in range(1, count + 1):
            if number in layout.furniture or (number in layout.footnotes) != in_note:
                if in_note:
                    current = None
                continue
            if not layout.lines[number - 1].strip():
                gap += 1
                if gap > tolerance:
                    current = None
                continue
            if current is None or (in_note and FOOTNOTE_START.match(layout.lines[number - 1])):
                current = []
            gap = 0
            current.append(number)
            paragraphs[number] = current
    return paragraphs


def _reference_furniture(lines: list[str], title: str, budget_year: int) -> set[int]:
    """Running lines found by normalising every line (its fold without a page number)."""

    def normal(line: str) -> str:
        return " ".join(re.sub(r"\s*\d+\s*$", "", line).split())

    normals = [normal(line) for line in lines]
    numbered = {
        n for n, line in zip(normals, lines, strict=True) if n and re.search(r"\s\d+\s*$", line)
    }
    counts = Counter(normals)
    targets = {n for n in numbered if counts[n] >= 2}
    # a row printed twice: its words end in a figure that is no year, and every line of
    # it ends in the same number, where a page's number changes
    targets -= {
        n
        for n in targets
        if re.search(r"(?:^|\s)[-–−]?(?!(?:19|20)\d\d$)[\d.,]*\d$", n)
        and len({line.split()[-1] for line, m in zip(lines, normals, strict=True) if m == n}) == 1
    }
    if normal(title) in numbered or counts[normal(title)] >= 2:
        targets.add(normal(title))  # printed once and bare, the title is a heading
    ending = f"Rijksbegroting {budget_year}"
    return {
        number
        for number, (n, line) in enumerate(zip(normals, lines, strict=True), start=1)
        if (n in targets or re.match(rf"^.{{0,60}}\b{ending}$", " ".join(line.split())))
        and len(n) <= 80
        and re.search(r"[^\W\d]{3}", n)
    }


_SPACED = ["a", " ", "\t", "é", "€", "\xa0", "\x85", "\u2000", "\u2009", "\u200a", "\u3000"]


@given(st.lists(st.text(alphabet=_SPACED, max_size=8)))
def test_every_line_is_folded_whatever_white_space_it_holds(lines: list[str]) -> None:
    """Folded lines are found by scans: white space other than a space that is not ASCII
    ("\xa0", "\u2009", "\u3000") is looked for only on the lines that are not ASCII; every
    line must still be its fold, on a text of ASCII lines and wider ones."""
    layout = TextModel("\n".join(lines)).layout
    assert layout.folded == [" ".join(line.split()) for line in lines or [""]]


_LAYOUT_LINES = st.sampled_from(
    [
        "",
        "  ",
        "Tekst van een alinea",
        "nog meer tekst.",
        "Rijksbegroting 2021",
        "Ons Land 12",
        "Ons Land 13",
        "Ons  Land",
        "Financiën Rijksbegroting 2021 7",
        "Regeling sport   3.100   50",
        "Regeling sport   3.100   60",
        "__________",
        "12 Kamerstuk 35 000, nr. 4",
        " ingesprongen tekst",
        "woord\tna  tab\xa0en",
    ]
)


@given(
    st.lists(_LAYOUT_LINES, max_size=40),
    st.sampled_from(["", "Ons Land", "__________", "Tekst van een alinea"]),
)
def test_layout_agrees_with_a_walk_over_every_line(lines: list[str], title: str) -> None:
    """The layout's folded lines, running lines, neighbours and paragraphs are computed from
    lists of the lines with text, the few lines ending in a digit and gaps between lines; a
    plain walk over every line must agree, whatever the running lines, rules, footnote blocks
    and line spacing."""
    layout = TextModel("\n".join(lines), title, 2021).layout
    assert layout.folded == [" ".join(line.split()) for line in layout.lines]
    assert layout.furniture == _reference_furniture(layout.lines, title, 2021)
    count = len(layout.lines)
    text = [n for n in range(1, count + 1) if layout.folded[n - 1] and n not in layout.furniture]
    for number in range(1, count + 1):
        before = [n for n in text if n < number]
        after = [n for n in text if n > number]
        assert layout.previous(number) == (before[-1] if before else None)
        assert layout.next(number) == (after[0] if after else None)
    reference = _reference_paragraphs(layout)
    for number in range(1, count + 1):
        assert layout.paragraph(number, 1, count) == reference.get(number, [number])


def test_odd_spaces_are_every_white_space_but_space_and_line_break() -> None:
    """The written-out list folding relies on: a white space it missed would stay unfolded."""
    every = "".join(c for c in map(chr, range(0x110000)) if c.isspace() and c not in " \n")
    assert every == ODD_SPACES


_RUNNING = """\
Financiën van gemeenten 12
Samenvatting
De uitgaven aan de jeugdzorg stijgen in de komende vier jaar met in totaal ongeveer 300
miljoen euro per jaar. Gemeenten krijgen dat geld via het Gemeentefonds.
De bedragen in deze brief komen uit de ontwerpbegroting en de Rijksbegroting 2021
Financiën van gemeenten 13
Tabel 1 Uitgaven aan de jeugdzorg (x € 1 mln)
2022 2023 2024 2025
1.520 1.610 1.700 1.790
Jeugdzorg
De uitgaven aan de jeugdzorg stijgen in de komende vier jaar met in totaal ongeveer 300
miljoen euro per jaar, zo staat in de tabel hieronder.
Tabel 2 Uitgaven aan de Wmo (x € 1 mln)
2022 2023 2024 2025
Gemeenten en provincies Rijksbegroting 2021
Meer informatie staat in de bijlage.4
Meer informatie staat in de bijlage.5
"""


def test_running_lines_are_short_worded_lines_repeated_with_a_page_number() -> None:
    """A running header repeats with a page number, and a footer names the budget after a
    few words; a line of text that happens to repeat with a number at its end (longer than a
    header), a repeated row of years (no words), a sentence ending in the budget's name
    after more than a footer's words and a sentence repeated with a footnote number glued to
    it (not a page number after a space) are text."""
    layout = TextModel(_RUNNING, "", 2021).layout
    assert layout.furniture == {1, 6, 15}


_FOOTNOTES = """\
Het kabinet trekt extra geld uit voor de regio's.2 Gemeenten krijgen
daarvan het grootste deel, via het Gemeentefonds.3
__________
2 Zie de brief van de minister over de Regio Deals,
met de stand van zaken per regio.
3 Zie de Miljoenennota, bijlage 10.
Financiën van gemeenten 12
De provincies krijgen de rest van het geld, via het Provinciefonds.
Ondertekening: ____________________
De gemeenteraad stelt de begroting vast in november.
Financiën van gemeenten 13
"""


def test_a_footnote_block_runs_from_its_rule_to_the_running_header() -> None:
    """The notes after a rule are a block, each note a paragraph of its own; the block ends
    at the page's running header; a line with a blank to fill in is no rule."""
    layout = TextModel(_FOOTNOTES, "", 2021).layout
    assert layout.furniture == {7, 11}
    assert layout.footnotes == {3, 4, 5, 6}
    assert layout.paragraph(4, 1, 11) == [4, 5]
    assert layout.paragraph(6, 1, 11) == [6]
    assert layout.paragraph(8, 1, 11) == [1, 2, 8, 9, 10]


def test_a_footnote_block_is_at_most_a_page_of_notes() -> None:
    """Without an indented line or a running header after it, a block ends after forty
    lines: the text after that is not taken for notes."""
    lines = ["Het kabinet trekt extra geld uit voor de regio's.1", "__________"]
    lines += ["1 Zie de brief over de Regio Deals.", "2 Zie de Miljoenennota."]
    lines += [f"In {year} krijgen de provincies extra geld voor de regio." for year in range(48)]
    layout = TextModel("\n".join(lines), "", 2021).layout
    assert layout.footnotes == set(range(2, 43))


@given(
    st.lists(
        st.sampled_from(
            [
                "",
                "Wat nu?",
                "Wat nu? ",
                "a?b",
                "?\t",
                "_____",
                "__ _",
                "R",
                "Rijksbegroting 2021",
                "xRijksbegroting",
                "Rijk ___ R_____",
                "Rijksbegrotin",
                "Tabel 4.3 Uitgaven",
                "TTabel",
                "T Tabe",
            ]
        ),
        max_size=30,
    )
)
def test_layout_scans_find_what_a_pattern_finds(lines: list[str]) -> None:
    """The question lines are read from the lines' last characters and the rules and budget
    footers and table captions found from their rare first character: the same lines as the
    whole-text pattern and the plain search they replace."""
    model = TextModel("\n".join(lines), "", 2021)
    questions = re.compile(r"\?[^\S\n]*$", re.MULTILINE).finditer(model.text)
    assert model.layout.questions == [model.line_col(m.start())[0] for m in questions]
    for word in ("_____", "Rijksbegroting", "Tabel"):
        plain = [index for index, line in enumerate(model.lines) if word in line]
        assert lines_holding(model, word, rare_start=True) == plain


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a blank line before a numbered paragraph, a footnote or a heading ends a sentence
        ("De kosten liepen op tot € 14.700 per jaar.\n\n2.1 Omzet\nDe omzet was hoger.", 1),
        ("Er is € 10,6 miljoen beschikbaar.\n\n6 Kamerstukken II 2021/22, 24170, nr. 253", 1),
        # not before a lower-case word: "mln." over a page break, the sentence goes on
        ("Ook wordt in totaal € 20 mln.\n\ngeïnvesteerd in patiëntveiligheid.", 3),
    ],
)
def test_a_blank_line_ends_a_sentence_unless_it_goes_on_in_lower_case(
    text: str, first: int
) -> None:
    model = TextModel(text)
    begin, end = model.sentence_span(text.index("€"), text.index("€") + 1)
    assert begin == 0 and model.line_col(end)[0] == first


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        # the next note's number and its text on one line: the note above ends at its stop
        (
            "12 Jaarstukken 2020 t/m 2024, programma 2.\n"
            "13 De reserve daalde van € 14,3 miljoen naar € 4,7 miljoen.",
            "13 De",
        ),
        ("1 Kamerstuk 36 200 A, nr. 8.\n2 Exclusief btw: € 1.076 mln.", "2 Exclusief"),
        # a stop of an abbreviation the documents use inside sentences goes on
        ("Zie Kamerstuk 31 839, nr.\n12 Gemeenten ontvangen € 5 mln.", "Zie"),
    ],
)
def test_a_stop_ends_a_sentence_before_a_line_opening_on_a_note_number(
    text: str, opens: str
) -> None:
    """A footnote line ending in a stop ("..., programma 2.") ran on into the next note
    printed on a line of its own after its number ("13 De reserve daalde ..."): only a
    number alone on its line was read as the next note's, and the amounts of the note below
    took the years of the one above."""
    model = TextModel(text)
    begin, end = model.sentence_span(text.index("€"), text.index("€") + 1)
    assert text[begin:end].lstrip().startswith(opens)


@given(
    st.lists(
        st.sampled_from(["il-", "il", "-", "NA", "Na", "N", "a", "A", "l", "i", " ", "\n"]),
        max_size=30,
    ).map("".join)
)
def test_a_literal_found_from_its_rare_character_is_found_where_the_pattern_is(
    text: str,
) -> None:
    """``at_literal`` looking for one character of the literal (``rare``) finds what the
    pattern's own scan finds, overlapping occurrences of the literal included ("il-il-")."""
    for literal, rare in (("il-", 2), ("NA", 0), ("Na", 0), ("Nal", 1), ("lil", 0)):
        regex = re.compile(re.escape(literal) + "[ a-z]?")
        found = [m.span() for m in at_literal(regex, text, literal, 0, rare)]
        assert found == [m.span() for m in regex.finditer(text)], (literal, text)


@given(st.lists(st.sampled_from(["Ton", "ton", "T", "To", "n", " ", "TonTon"]), max_size=20))
def test_occurrences_from_a_rare_character_are_those_of_the_word(parts: list[str]) -> None:
    """``occurrences`` looking for one character of the word finds the same offsets."""
    text = "".join(parts)
    for word, rare in (("Ton", 0), ("oTo", 1), ("TonT", 0)):
        assert list(occurrences(text, word, rare)) == list(occurrences(text, word)), text


def test_a_list_item_without_a_stop_ends_before_a_blank_line_and_a_capital() -> None:
    """A list's last item printed without a stop, a blank line and a paragraph after it: the
    paragraph is a sentence of its own (it ran on into the item's, whose amounts read its
    years); an item going on past a blank line in lower case or a figure stays one."""
    text = (
        "De bedragen per jaar zijn:\n"
        "- 2025: € 4,1 miljard\n"
        "- 2026: € 3,9 miljard (waarvan € 1,2 miljard)\n"
        "\n"
        "Over 2024 tot en met 2026 loopt de korting op tot € 0,8 miljard.\n"
        "- Voor de periode\n"
        "\n"
        "2020–2022 is € 95 mln gemoeid."
    )
    assert _sentences(TextModel(text))[-2:] == [
        "Over 2024 tot en met 2026 loopt de korting op tot € 0,8 miljard.",
        "- Voor de periode\n\n2020–2022 is € 95 mln gemoeid.",
    ]
    # (each item of the list is a sentence of its own, the first with the lead)
    assert _sentences(TextModel(text))[:2] == [
        "De bedragen per jaar zijn:\n- 2025: € 4,1 miljard",
        "- 2026: € 3,9 miljard (waarvan € 1,2 miljard)",
    ]


def test_a_kamerstuk_foot_printed_once_is_furniture_a_citation_of_the_piece_is_text() -> None:
    """A Kamerstuk's foot says it is one by its words, the page's number one space after
    the piece's: printed once, where a table or a sentence runs over the page, it is a
    running line. A line citing the piece prints no page number after it: text."""
    text = "\n".join(
        [
            "De minister schrijft dit in",
            "Tweede Kamer, vergaderjaar 2024–2025, 36 740 XXIII, nr. 2",
            "en nog meer tekst.",
            "Tweede Kamer, vergaderjaar 2024–2025, 36 740 XXIII, nr. 2 9",
            "\fVolgende pagina.",
        ]
    )
    layout = TextModel(text).layout
    assert layout.feet == {4}
    assert layout.furniture == {4}
    assert layout.next(3) == 5


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        (
            "De kaders gelden voor de meerjarenraming 2027-2029.\n"
            "2026 is het ravijnjaar: de bijdrage daalt dan met € 4,1 miljoen.",
            "2026 is",
        ),
        ("Dat loopt tot en met 2029. 2026 is het jaar waarin € 4 mln wegvalt.", "2026 is"),
        ("De middelen zijn toegekend. 54 gemeenten ontvangen samen € 325 miljoen.", "54 gemeenten"),
    ],
)
def test_a_sentence_opening_on_a_year_or_figure_and_a_word_ends_the_one_before(
    text: str, opens: str
) -> None:
    """A stop closing a year or a word, then a figure and a word in lower case ("... 2027-2029.
    2026 is het ravijnjaar: ... € 4,1 miljoen"), starts a sentence: read as one with the
    sentence before, the amount took that sentence's years (2027-2029) as its own."""
    model = TextModel(text)
    begin, end = model.sentence_span(text.index("€"), text.index("€") + 1)
    assert text[begin:end].lstrip().startswith(opens)


@pytest.mark.parametrize(
    "text",
    [
        # abbreviations before a figure, a list's number, a figure cut after its stop
        "Zie nr. 12 voor € 5 mln.",
        "Zie blz. 41 en 42 voor € 5 mln.",
        "Het kost fl. 3,2 mld of € 1,5 mld.",
        "Het geldt resp. 2026 en 2027 voor € 5 mln.",
        "Per 1 jan. 2026 is er € 5 mln.",
        "Er zijn de punten:\n1. 2026 is het jaar van € 5 mln.",
        "Het bedrag is € 1. 000 per jaar.",
        # a long abbreviation before an amount: the figure's unit follows it
        "Voor 2026 krijgen de gemeenten ongev. 20 miljoen euro, € 5 mln voor de regio.",
        "In 2025 is het bedrag cumul. 45 mln, of € 9 mln per jaar.",
        # a note's number and a web address after the stop
        "Zie jeugdreclassering. 90 https://www.cbs.nl/nl 91 In 2017 is € 5 mln meer uitgegeven.",
    ],
)
def test_a_figure_after_an_abbreviation_or_a_list_number_starts_no_sentence(text: str) -> None:
    """Near form: the stop of an abbreviation printed before a figure ("nr. 12", "resp.
    2026"), of a list's number ("1. 2026") or of a figure's own digits, and a note's number
    before a web address, end no sentence."""
    model = TextModel(text)
    begin, _end = model.sentence_span(text.index("€"), text.index("€") + 1)
    assert begin == 0


def test_a_line_left_of_a_set_in_list_s_mark_is_a_sentence_of_its_own() -> None:
    """A list set in from its paragraph's margin, its last item printed without a stop, and
    a line opening on a capital back at the margin: the paragraph goes on after the list, a
    sentence of its own (it ran on into the item's, which read its year)."""
    text = (
        "   De belangrijkste mutaties zijn (bedragen x € 1 mln):\n"
        "     – asielopvang COA                  1.350\n"
        "     – onderuitputting Klimaatfonds    –1.100\n"
        "   Daarnaast wordt in 2025 een bedrag van € 3,5 miljard gereserveerd."
    )
    assert _sentences(TextModel(text))[-2:] == [
        "– onderuitputting Klimaatfonds    –1.100",
        "Daarnaast wordt in 2025 een bedrag van € 3,5 miljard gereserveerd.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the item's text wrapped at the mark's margin, or right of it
        "   Het kabinet besluit:\n   – de bijdrage aan het fonds in 2025 te verhogen\n"
        "   Extra middelen voor de regio € 5 mln.",
        "   Het kabinet besluit:\n   – de bijdrage aan het fonds te verhogen\n"
        "     Nederlandse Voedsel- en Warenautoriteit € 5 mln.",
        # an item ending in a comma or a word that goes on, over a line left of its mark
        "   Het kabinet besluit:\n     – de bijdrage in 2025 te verhogen,\n"
        "   Zodat de regio € 5 mln krijgt.",
        "   Het kabinet besluit:\n     – de bijdrage in 2025 over te maken aan de\n"
        "   Nederlandse Voedsel- en Warenautoriteit: € 5 mln.",
    ],
)
def test_a_line_at_or_right_of_an_item_s_mark_or_after_an_open_item_goes_on_with_it(
    text: str,
) -> None:
    assert len(_sentences(TextModel(text))) == 2


@pytest.mark.parametrize("date", ["3 maart 2024", "28 september 2021"])
def test_a_headline_over_a_dateline_is_a_heading(date: str) -> None:
    """A headline over a date alone on its line, as news pages print them: the headline is a
    heading, as over a capitalised line, and the first sentence under the date does not take
    it in (it took the headline's year as its own); the date stamp alone between blank
    lines is a sentence of its own too."""
    sentence = "Het Rijk maakt volgend jaar € 5 mln vrij."
    text = f"Gemeenten krijgen in 2025 meer geld\n\n{date}\n\n{sentence}"
    model = TextModel(text)
    begin, end = model.sentence_span(text.index("€ 5"), text.index("€ 5") + 3)
    assert text[begin:end].strip() == sentence


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_headline_right_over_a_dateline_with_no_blank_line_under_it_is_a_heading(
    gap: str,
) -> None:
    """A headline printing a year over a date alone on its line with the first sentence
    right under the date, no blank line between them (as a text layer may print a news
    page): only the dateline (``_DATELINE``) makes the headline a heading, as no blank line
    sets the date apart as a stamp; read as one, the sentence took the headline's year."""
    text = (
        f"Gemeenten krijgen in 2025 meer geld{gap}12 december 2019\n"
        "Het Rijk maakt volgend jaar € 5 mln vrij."
    )
    model = TextModel(text)
    begin, _ = model.sentence_span(text.index("€ 5"), text.index("€ 5") + 3)
    assert "2025" not in text[begin:]


def test_a_headline_over_a_line_opening_on_a_date_and_going_on_is_no_heading() -> None:
    """Near form: a line opening on a date and going on in words is a sentence's, not a
    dateline, and the line above is read as before."""
    text = "Gemeenten krijgen meer geld\n\n3 maart 2024 besloot het Rijk € 5 mln vrij te maken."
    model = TextModel(text)
    begin, _ = model.sentence_span(text.index("€ 5"), text.index("€ 5") + 3)
    assert text[begin:].startswith("Gemeenten")


def test_each_key_figure_and_its_caption_are_a_sentence() -> None:
    """Key figures printed one under the other, each a sum alone on its line with its
    caption under it ("€ 12,5 miljard⏎uitgaven aan zorg in 2024"), ran as one sentence: a
    figure took the year of another's caption, or none of its own. Each is a sentence."""
    text = (
        "Kerncijfers\n\n€ 12,5 miljard\nuitgaven aan zorg in 2024\n€ 730 miljoen\n"
        "onderbesteding\n€ 3,1 miljard\nontvangsten in 2024\n\nDe tekst gaat verder."
    )
    assert _sentences(TextModel(text)) == [
        "Kerncijfers",
        "€ 12,5 miljard\nuitgaven aan zorg in 2024",
        "€ 730 miljoen\nonderbesteding",
        "€ 3,1 miljard\nontvangsten in 2024",
        "De tekst gaat verder.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence wrapped around its sum: the line above goes on
        "Het Rijk stelt een bedrag van\n€ 12,5 miljard\nbeschikbaar voor de zorg in 2024.",
        "De zorg kost in 2024 samen,\n€ 12,5 miljard\nmeer dan verwacht.",
        # the line under the sum closes a sentence: no caption
        "Het Rijk stelt beschikbaar\n€ 12,5 miljard\nvoor de zorg in 2024.",
    ],
)
def test_a_sum_alone_on_a_line_of_a_wrapped_sentence_is_no_key_figure(text: str) -> None:
    """A sum alone on its line inside a sentence wrapped around it ends no sentence."""
    assert len(_sentences(TextModel(text))) == 1


def test_a_sum_alone_on_a_line_of_a_sentence_wrapped_over_more_lines_is_no_key_figure() -> None:
    """A sentence wrapped over four lines with its sum alone on the second and lower case
    under it was cut around the sum and its next line as a key figure and its caption: the
    sum lost the year its sentence prints above it. A caption closes its block; this goes on."""
    text = "In 2024 geeft de gemeente\n€ 12,5 mln\nuit aan jeugdzorg en\nonderwijs."
    assert len(_sentences(TextModel(text))) == 1


def test_a_last_key_figure_whose_caption_ends_the_text_is_a_sentence() -> None:
    """Near form: a key figure and its caption at the text's end, under a heading and a
    blank line, are still a sentence of their own."""
    text = "Kerncijfers\n\n€ 12,5 miljard\nuitgaven aan zorg in 2024\n€ 3,1 miljard\nontvangsten"
    assert _sentences(TextModel(text)) == [
        "Kerncijfers",
        "€ 12,5 miljard\nuitgaven aan zorg in 2024",
        "€ 3,1 miljard\nontvangsten",
    ]


@pytest.mark.parametrize("stamp", ["3 juni 2023 09:12", "3 juni 2023, 09.12 uur Bijgewerkt: 10.05"])
def test_a_date_stamp_between_blank_lines_is_a_sentence_of_its_own(stamp: str) -> None:
    """A news page's date stamp on a line of its own between blank lines, under a headline
    printing no stop, ran with the headline and the first sentence as one: that sentence's
    "dit jaar" read the stamp's year as stated. The stamp is a sentence of its own."""
    text = (
        f"Kabinet trekt geld uit voor dijken\n\n{stamp}\n\n"
        "Het kabinet trekt dit jaar 1 miljard uit."
    )
    sentences = _sentences(TextModel(text))
    assert stamp in sentences
    assert sentences[-1] == "Het kabinet trekt dit jaar 1 miljard uit."


@pytest.mark.parametrize("blank", ["  ", "\t", "\xa0 "])
def test_a_date_stamp_under_a_blank_line_holding_white_space_is_a_sentence_of_its_own(
    blank: str,
) -> None:
    """A blank line above the stamp that holds spaces (as a text layer prints one) kept the
    stamp from being read as one, though a blank line under it may hold them: the headline,
    the stamp and the first sentence ran as one, and "dit jaar" took the stamp's year."""
    stamp = "3 juni 2023 09:12"
    text = (
        f"Kabinet trekt geld uit voor dijken\n{blank}\n{stamp}\n\n"
        "Het kabinet trekt dit jaar 1 miljard uit."
    )
    sentences = _sentences(TextModel(text))
    assert stamp in sentences
    assert sentences[-1] == "Het kabinet trekt dit jaar 1 miljard uit."


@pytest.mark.parametrize(
    "text",
    [
        # a date opening a line inside a paragraph: a sentence's words
        "Het kabinet besloot op\n3 juni 2023 om de dijken te versterken",
        # a date line followed by the rest of its paragraph, no blank line under it
        "Kabinet trekt geld uit\n\n3 juni 2023 besloot het kabinet\nom de dijken te versterken",
    ],
)
def test_a_date_opening_a_line_of_a_paragraph_is_no_stamp(text: str) -> None:
    """A date opening a line that is not alone between blank lines ends no sentence."""
    assert "3 juni 2023" not in _sentences(TextModel(text))
