"""Page furniture between a figure and its scale word (``amounts_furniture``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from inline_document import inline_document

from budgetkit.extract import amounts_furniture
from budgetkit.extract.amounts import extract_amounts
from budgetkit.extract.money import find_money
from budgetkit.extract.warnings import ExtractWarning


@given(st.text(alphabet="0123456789 a€é", max_size=130))
def test_a_short_line_is_counted_without_its_digits(text: str) -> None:
    """``_short`` counts a line's digits instead of copying it without them: the same lines
    are short (1 to 60 characters left without the digits)."""
    without = text.translate(str.maketrans("", "", "0123456789"))
    assert amounts_furniture._short(text) == (0 < len(without) <= 60)


def test_a_document_without_a_line_to_test_for_furniture_lists_no_page_numbers() -> None:
    """``_may_cross_furniture`` lists the layout's page numbers only when a quote runs over a
    line's end or a line opens with a scale word: a document with neither is spared them,
    and one with a quote over a line's end still takes the test."""
    plain = inline_document(
        "Het kabinet trekt € 5 miljoen uit voor de jeugdzorg.\n\n12\n\nVerder niets."
    )
    assert not amounts_furniture._may_cross_furniture(plain.model, list(find_money(plain.text)))
    assert "page_numbers" not in plain.model.layout.__dict__
    broken = inline_document("Het kabinet trekt € 5\n\n12\n\nmiljoen uit voor de jeugdzorg.")
    assert amounts_furniture._may_cross_furniture(broken.model, list(find_money(broken.text)))
    assert "page_numbers" in broken.model.layout.__dict__


KAMERSTUK_FOOT = "Tweede Kamer, vergaderjaar 2023–2024, 36 410 XV, nr. 12"


@pytest.mark.parametrize(
    ("before", "foot", "quote", "amount"),
    [
        ("De regeling krijgt er in totaal € 2,6", f"{KAMERSTUK_FOOT} 7", "€ 2,6", 2_600_000_000),
        ("De regeling krijgt er in totaal € 2,6", "36 410 XV, nr. 12             7", "€ 2,6",
         2_600_000_000),
        ("Het kabinet reserveert hiervoor 480", f"{KAMERSTUK_FOOT}                 7", "480",
         480_000_000),
    ],
)  # fmt: skip
def test_a_page_s_foot_printed_as_a_paragraph_without_a_form_feed_is_page_furniture(
    before: str, foot: str, quote: str, amount: int
) -> None:
    """A text layer printing no form feed sets a page's head or foot apart by blank lines
    ("€ 2,6" / "" / "..., nr. 12   7" / "" / "miljard"): the figure before it kept in units
    or lost, and the page's number with the scale word stored ("7 miljard"). The scale word
    is the figure's; the page's number is no figure, left out and said."""
    scale = "miljard" if amount > 10**9 else "miljoen euro"
    text = (
        "De Kamer heeft gevraagd om een overzicht van de middelen voor de regeling.\n"
        f"Het kabinet stelt de bijdrage vast voor de hele looptijd.\n{before}\n\n{foot}\n\n"
        f"{scale} voor de jaren 2024 tot en met 2027.\nDe uitvoering ligt bij RVO.\n"
    )
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(inline_document(text), warnings)
    assert [(r["quote"], r["amount_eur"], r["line"], r["scale_line"]) for r in rows] == [
        (quote, amount, 3, 7)
    ]
    assert any("page furniture" in w.reason for w in warnings)


def test_a_paragraph_of_one_line_ending_in_a_figure_is_no_page_foot() -> None:
    """A line set apart after a line of text ending in no figure is a paragraph of its own,
    its number the figure of the scale word after the blank line; so is every line of a
    text printing a blank line after each."""
    text = (
        "De kosten van de jeugdzorg zijn hoger dan geraamd.\nHet kabinet neemt maatregelen."
        "\n\nDe bijdrage stijgt in 2025 met 120\n\nmiljoen euro. Dat wordt gedekt uit de\n"
        "reserve van het fonds.\n"
    )
    rows = extract_amounts(inline_document(text))
    assert [(r["quote"], r["amount_eur"]) for r in rows] == [("120\n\nmiljoen euro", 120_000_000)]
    spaced = "De bijdrage is € 4\n\nmiljoen; de kosten stijgen met 120\n\nmiljoen euro.\n"
    rows = extract_amounts(inline_document(spaced))
    assert [(r["quote"], r["amount_eur"]) for r in rows] == [
        ("€ 4\n\nmiljoen", 4_000_000),
        ("120\n\nmiljoen euro", 120_000_000),
    ]


def test_a_rule_between_two_pages_without_a_form_feed_parts_no_figure_from_its_scale() -> None:
    """A text layer may print a rule between a page's foot and the next page's head, with no
    form feed, the whole text indented: the rule has the next page's words under it, no
    footnotes, and the figure ending the page takes the scale word opening the next one's
    text. Before, the rule opened a footnote block that ran over the next page's text, and
    the figure was refused as a euro's tenths without a scale."""
    text = "\n".join(
        [
            "   De gemeente ontvangt in 2025 een hogere algemene uitkering van € 4,5",
            "",
            "   Programmabegroting 2025                                       12",
            "   ________________________________________________________________________",
            "   Gemeente Utrecht                              3 Financiële positie",
            "",
            "       miljoen uit het Gemeentefonds.",
        ]
    )
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(inline_document(text), warnings)
    assert [(r["line"], r["quote"], r["amount_eur"]) for r in rows] == [(1, "€ 4,5", 4_500_000)]


def test_a_page_s_numbered_foot_and_the_next_head_without_a_form_feed_part_no_amount() -> None:
    """A page's foot printing its number set apart by spaces ("Jaarverslag VWS 2023    24"),
    the next page's head right under it ("Tweede Kamer, ..., nr. 1"), no form feed and no
    blank line: the signed figure ending the page before takes the scale word opening the
    next page's text. Before, the figure was lost and the head's Kamerstuk number stored
    with that scale ("1⏎miljoen")."""
    text = "\n".join(
        [
            "De subsidieregeling voor de zorgopleidingen is in 2023 verlengd.",
            "In totaal is daarvoor in 2023 een bedrag uitgekeerd van € 312,4",
            "Jaarverslag VWS 2023                                                    24",
            "Tweede Kamer, vergaderjaar 2023–2024, 36 560 XVI, nr. 1",
            "miljoen. Het aantal deelnemers nam toe met 1.200.",
        ]
    )
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(inline_document(text), warnings)
    assert [(r["line"], r["quote"], r["amount_eur"], r["scale_line"]) for r in rows] == [
        (2, "€ 312,4", 312_400_000, 5)
    ]


def test_a_running_line_between_a_sentence_s_lines_gives_its_amount_no_year() -> None:
    """A sentence running over a page break prints the running line, the page's number set
    apart at its start or end, among its words: its session year ("vergaderjaar 2011–2012")
    is no year of the amount after it, which had been given 2011-2012."""
    text = "\n".join(
        [
            "De tegenvallers worden binnen de begroting opgevangen. Voor de dijkversterking",
            "wordt de bijdrage aan het Deltafonds",
            "14                              Tweede Kamer, vergaderjaar 2011–2012, 33 000, nr. 1",
            "met € 80 miljoen verlaagd. Dat wordt gedekt uit de reserve.",
        ]
    )
    rows = extract_amounts(inline_document(text))
    assert [(r["quote"], r["year_from"], r["year_to"]) for r in rows] == [
        ("€ 80 miljoen", None, None)
    ]
    # a year in the sentence's own words, before the running line, is still read
    dated = text.replace("wordt de bijdrage", "wordt in 2012 de bijdrage")
    rows = extract_amounts(inline_document(dated))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(2012, 2012)]


def test_a_kamerstuk_foot_a_sentence_runs_into_gives_its_amount_no_year() -> None:
    """A Kamerstuk's running foot with the page's number one space after the piece's, next
    to the form feed ("Tweede Kamer, vergaderjaar 2020–2021, 35 420, nr. 230 2"), that the
    sentence after the page break runs into for want of a stop, or that a sentence running
    over the break prints among its words: its session years are no years of the amount
    after it, which had been given 2020-2021."""
    foot = "Tweede Kamer, vergaderjaar 2020–2021, 35 420, nr. 230 2"
    after_stop = (
        f"Ondernemers met een omzetverlies komen in aanmerking.\n{foot}\n"
        "\fDaarnaast wordt het budget voor de regeling met\n€ 50 miljoen opgehoogd."
    )
    running = f"Daarnaast wordt het budget voor de\n{foot}\n\fregeling met € 50 miljoen opgehoogd."
    for text in (after_stop, running):
        rows = extract_amounts(inline_document(text))
        assert [(r["quote"], r["year_from"], r["year_to"]) for r in rows] == [
            ("€ 50 miljoen", None, None)
        ]
    # the session named in the sentence's own words, no line of its own, is still read
    own = running.replace(f"de\n{foot}\n\f", "het vergaderjaar 2020–2021 voor de\n")
    rows = extract_amounts(inline_document(own))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(2020, 2021)]
    # and a year the sentence prints after the foot
    dated = running.replace("regeling met", "regeling in 2021 met")
    rows = extract_amounts(inline_document(dated))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(2021, 2021)]


@pytest.mark.parametrize(
    "head",
    [
        "Voorstel Begroting 2031-2034                              pagina 2 van 7",
        "Begrotingsbrief 2031-2034                                 blz. 2/7",
        "pagina 2                                   Voorstel Begroting 2031-2034",
    ],
)
def test_a_head_saying_its_page_with_a_word_gives_the_sentence_after_it_no_year(head: str) -> None:
    """A letter's or council document's running head prints the page's number with its word
    and the count of pages ("Voorstel Begroting 2031-2034     pagina 2 van 7") between the
    end of one sentence and the first line of the next: the document's years in it are no
    years of an amount in that sentence, which had been given 2031-2034."""
    text = (
        "Het tekort is gedekt uit de reserve.\n"
        f"{head}\n"
        "De raad besluit het budget voor groenonderhoud met € 80.000 per\n"
        "jaar te verhogen."
    )
    rows = extract_amounts(inline_document(text))
    assert [(r["quote"], r["year_from"], r["year_to"]) for r in rows] == [("€ 80.000", None, None)]


def test_a_line_of_words_ending_in_a_count_of_pages_in_one_space_is_read_as_words() -> None:
    """Near form: a sentence's own line that names pages with single spaces ("zie pagina 2
    van 7") is no running head, and its year stays the amount's."""
    text = (
        "Het tekort is gedekt uit de reserve. In de Begroting 2031 staat op pagina 2 van 7\n"
        "een budget voor groenonderhoud van € 80.000 per\n"
        "jaar."
    )
    rows = extract_amounts(inline_document(text))
    assert [(r["quote"], r["year_from"], r["year_to"]) for r in rows] == [("€ 80.000", 2031, 2031)]


@pytest.mark.parametrize("count", ["3van11", "3 van11", "3van 11"])
def test_a_count_of_pages_glued_to_van_is_no_numbered_head(count: str) -> None:
    """A line ending in figures glued to "van" ("3van11") was taken for a running head
    printing the count of pages and blanked: "van" of a count of pages is a word between
    white space."""
    head = f"Stukken 2031-2034          {count}"
    between = f"de bijdrage voor\n{head}\nde regeling met "
    assert amounts_furniture.without_page_heads(between) == between


def test_a_count_of_pages_with_van_between_spaces_is_a_numbered_head() -> None:
    """Near form: "3 van 11" after a run of spaces is the page's count, and its line is
    blanked."""
    head = "Stukken 2031-2034          3 van 11"
    between = f"de bijdrage voor\n{head}\nde regeling met "
    assert amounts_furniture.without_page_heads(between) == between.replace(head, " " * len(head))


class _Unsought:
    """A stand-in for a pattern that must not be run."""

    def finditer(self, _window: str) -> None:
        raise AssertionError("sought a numbered head in a window of one line break")


def test_a_numbered_head_is_sought_between_two_lines_and_a_foot_with_one_break(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A numbered head is blanked only between two lines of the window, so a window of one
    line break is not searched for one; a Kamerstuk's foot, whose words say it whole, is
    blanked there too, on the window's first line."""
    head = "Jaarverslag OCW 2021          11"
    between = f"de bijdrage voor\n{head}\nde regeling met "
    assert amounts_furniture.without_page_heads(between) == between.replace(head, " " * len(head))
    edge = f"{head}\nde regeling met "  # its line cut at the window's start: not known whole
    assert amounts_furniture.without_page_heads(edge) == edge
    foot = "Tweede Kamer, vergaderjaar 2020–2021, 35 420, nr. 230 2"
    monkeypatch.setattr(amounts_furniture, "_NUMBERED_HEAD", _Unsought())
    assert amounts_furniture.without_page_heads(f"{foot}\nde regeling met ") == (
        " " * len(foot) + "\nde regeling met "
    )


# A Kamerstuk's first page as plain pdftotext prints its foot: a footnote's number over its
# text, the document's code, the ISSN, the printer's place and year, the running foot with
# the page's number alone under it, then the form feed: seven lines.
FIRST_FOOT = (
    "1\nZie voor een toelichting per begroting de bijlage bij de nota van wijziging.\n"
    "kst-36640-4\nISSN 0921 - 7371\n's-Gravenhage 2024\n"
    "Tweede Kamer, vergaderjaar 2024–2025, 36 640, nr. 4\n1\n\f"
)


def test_a_first_page_s_foot_and_footnote_part_no_figure_from_its_scale() -> None:
    """A signed figure ending a Kamerstuk's first page ("jaarlijks € 350"), its footnote and
    foot (seven lines) before the scale word opening the next page ("miljoen voor ..."),
    was stored as € 350: the run of furniture stepped over six lines at most, counting the
    page numbers the layout already knows. Those are furniture however many stand there;
    only the lines the run takes on its own word count. Quoted as the figure, its scale's
    line said, as every amount read over a page's furniture."""
    text = (
        "Voor de jaren 2025 tot en met 2028 reserveert het kabinet jaarlijks € 350\n"
        f"{FIRST_FOOT}miljoen voor de regionale ov-concessies.\n"
    )
    rows = extract_amounts(inline_document(text))
    assert [(r["line"], r["quote"], r["amount_eur"], r["scale_line"]) for r in rows] == [
        (1, "€ 350", 350_000_000, 9)
    ]


def test_short_lines_past_the_run_s_bound_still_part_a_figure_from_a_scale() -> None:
    """Lines the layout does not know as furniture still count: past six of them (short
    lines of a page's foot or head, none a page number or a running line) a figure ending a
    page and a scale word opening a later line are not joined."""
    unknown = "\n".join(f"Regel {word}" for word in ("een", "twee", "drie", "vier", "vijf", "zes"))
    text = f"Het kabinet reserveert jaarlijks € 350\n{unknown}\n\fmiljoen voor de concessies.\n"
    rows = extract_amounts(inline_document(text))
    assert [(r["quote"], r["amount_eur"]) for r in rows if "350" in r["quote"]] == [("€ 350", 350)]


def test_a_first_page_s_foot_gives_the_sentence_over_it_no_year() -> None:
    """A sentence running over a Kamerstuk's first page break prints its foot among its
    words: the foot with the page's number alone under it ("..., 36 640, nr. 4" / "1") and
    the printer's place and year over it ("'s-Gravenhage 2024") print years of the page,
    none of the amount after them, which had been given 2024-2025."""
    text = f"Het kabinet reserveert daarvoor\n{FIRST_FOOT}in totaal € 1,4 miljard.\n"
    rows = extract_amounts(inline_document(text))
    assert [(r["quote"], r["year_from"], r["year_to"]) for r in rows] == [
        ("€ 1,4 miljard", None, None)
    ]
    # a year the sentence prints before the foot is still its own
    dated = text.replace("daarvoor", "daarvoor in 2026")
    rows = extract_amounts(inline_document(dated))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(2026, 2026)]


def test_a_kamerstuk_cited_at_a_line_s_end_is_no_foot_without_a_page_number_under_it() -> None:
    """The foot's words without the page's number alone on the line under them may end a
    line of a sentence citing the piece: its lines are kept as words (no place and year
    over it blanked either)."""
    window = (
        "Het kabinet verwijst naar\n's-Gravenhage 2024\n"
        "Tweede Kamer, vergaderjaar 2024–2025, 36 640, nr. 4\nen reserveert "
    )
    assert amounts_furniture.without_page_heads(window) == window
