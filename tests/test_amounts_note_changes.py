"""Bare figures of change under a heading's unit note (``amounts_note_changes``)."""

from __future__ import annotations

from inline_document import inline_document

from budgetkit.extract.amounts import extract_amounts


def _read(text: str) -> list[tuple[int, str, int, str, int | None]]:
    return [
        (r["line"], r["quote"], r["amount_eur"], r["scale"], r["scale_line"])
        for r in extract_amounts(inline_document(text, published="2025-11"))
    ]


def test_a_heading_s_unit_note_scales_the_bare_changes_of_money_in_its_paragraph() -> None:
    """A heading declaring "(bedragen x € 1.000)" over a paragraph printing what the lasten,
    kosten and bijdragen change by as bare figures after a verb of change and "met" ("stijgen
    in JJJJ met N.NNN", "nemen toe met NNN", "daalt met -/- NNN"): each is in the note's
    unit, the accountant's minus kept. They were not read."""
    text = (
        "Financiële toelichting (bedragen x € 1.000)\n"
        "De lasten van het programma stijgen in 2026 met 2.310 ten opzichte van de\n"
        "begroting 2025. De oorzaken zijn:\n"
        "  • Onderwijs: de kosten van het leerlingenvervoer nemen toe met 415. Dit komt\n"
        "    vooral door de hogere tarieven.\n"
        "  • Sport: de bijdrage aan de zwembaden daalt met -/- 72, doordat een bad sluit.\n"
        "  • Cultuur: de subsidie aan de bibliotheek wordt verhoogd met 38.\n"
    )
    assert _read(text) == [
        (2, "2.310", 2_310_000, "duizend", 1),
        (4, "415", 415_000, "duizend", 1),
        (6, "-/- 72", -72_000, "duizend", 1),
        (7, "38", 38_000, "duizend", 1),
    ]
    alone = (
        "Bedragen x € 1 mln\n\nDe uitgaven aan jeugdzorg stijgen met 12,5 ten opzichte van 2025.\n"
    )
    assert _read(alone) == [(3, "12,5", 12_500_000, "mln", 1)]


def test_counts_shares_and_unruled_figures_under_a_heading_s_note_stay_unread() -> None:
    """Under the same heading a figure is no sum where nothing says money: a count after
    "rond" or in brackets ("(NNN.NNN inwoners)"), a change of an "aantal", a figure naming
    what it counts ("met NN fte", "met N,N%"), a clause with no money word, a change after
    the paragraph's end, and one under a note inside a sentence."""
    text = (
        "Financiële toelichting (bedragen x € 1.000)\n"
        "Het aantal cliënten stabiliseert rond 2.150 (gemeente met 100.512 inwoners).\n"
        "Het aantal fte bij de afdeling jeugd steeg met 37.\n"
        "De formatie voor de lasten van handhaving groeit met 12 fte.\n"
        "De lasten van de huur stijgen met 3,0%.\n"
        "De wachtlijst neemt af met 140.\n"
        "\n"
        "De lasten van het zwembad stijgen met 90.\n"
    )
    assert _read(text) == []
    inline = (
        "De mutaties zijn verwerkt (bedragen x € 1.000) in de begroting. De lasten stijgen\n"
        "daardoor met 250.\n"
    )
    assert _read(inline) == []


def test_a_dot_between_digits_opens_no_clause() -> None:
    """A thousands separator is no clause's end: "van 1.500 leerlingen" keeps the money
    word before it in the clause, as "van 1500 leerlingen" does, and "(2.500)" keeps an
    "aantal" before it there. The dot opened a clause, so the first was unread and the
    second read."""
    head = "Financiële toelichting (bedragen x € 1.000)\n"
    for count in ("1.500", "1500"):
        text = head + f"De kosten van {count} leerlingen stijgen met 20.\n"
        assert _read(text) == [(2, "20", 20_000, "duizend", 1)]
    text = head + "Het aantal woningen (2.500) groeit en de lasten stijgen met 300.\n"
    assert _read(text) == []


def test_a_sentence_s_end_after_a_figure_still_opens_a_clause() -> None:
    """Near form: a stop after a figure and before a space ends its sentence, so an
    "aantal" in the sentence before it does not reach the next change."""
    text = (
        "Financiële toelichting (bedragen x € 1.000)\n"
        "Het aantal fte steeg met 37. De lasten stijgen met 300.\n"
    )
    assert _read(text) == [(2, "300", 300_000, "duizend", 1)]


def test_a_year_ending_its_sentence_is_no_change_of_money() -> None:
    """A year after "met" and before a stop ("stijgen met 2026.") is no sum, as it is at
    the line's end; it was read as € 2.026.000. A figure whose digits go on past a
    separator after a year's digits ("met 2026,5") is a sum."""
    head = "Financiële toelichting (bedragen x € 1.000)\n"
    assert _read(head + "De lasten stijgen met 2026.\n") == []
    assert _read(head + "De lasten stijgen met 2026\n") == []
    assert _read(head + "De lasten stijgen met 2026,5.\n") == [
        (2, "2026,5", 2_026_500, "duizend", 1)
    ]


def test_a_change_per_head_is_no_sum_in_the_note_s_unit() -> None:
    """A change per inwoner or per leerling is in whole euros, not in the note's unit; it
    was read as thousands."""
    text = (
        "Financiële toelichting (bedragen x € 1.000)\n"
        "De bijdrage per inwoner stijgt met 3.\n"
        "De kosten per leerling nemen toe met 12.\n"
    )
    assert _read(text) == []


def test_per_saldo_or_per_year_keeps_a_change_in_the_note_s_unit() -> None:
    """Near form: "per saldo" and "per jaar" name no thing counted; the change is a sum."""
    text = (
        "Financiële toelichting (bedragen x € 1.000)\n"
        "De lasten nemen per saldo toe met 120.\n"
        "De kosten stijgen per jaar met 45.\n"
    )
    assert _read(text) == [(2, "120", 120_000, "duizend", 1), (3, "45", 45_000, "duizend", 1)]


def test_a_heading_without_blank_lines_ends_the_paragraph_a_note_governs() -> None:
    """A text printing no blank lines (a web page's text without its markup) runs the note's
    paragraph on into the next section: a change of money under a heading of its own, without
    a note (the lasten a household pays, in euros), was read in the note's unit."""
    text = (
        "Programma 4 Wonen\n"
        "Toelichting (bedragen x € 1.000)\n"
        "De lasten van het woonbeleid stijgen met 140, omdat het plan wordt herzien.\n"
        "Belastingen en heffingen\n"
        "De lasten voor een eenpersoonshuishouden stijgen met 12.\n"
        "Het college stelt de tarieven in december vast.\n"
    )
    assert _read(text) == [(3, "140", 140_000, "duizend", 2)]


def test_a_heading_line_right_under_the_note_opens_its_paragraph() -> None:
    """A heading of the paragraph's own right under the note ("Lasten") is its first line:
    the changes under it are read in the note's unit, as before, to the next heading."""
    text = (
        "Toelichting (bedragen x € 1.000)\n"
        "Lasten\n"
        "De kosten van de jeugdzorg stijgen met 820.\n"
        "De bijdrage aan de regio daalt met 45.\n"
    )
    assert _read(text) == [(3, "820", 820_000, "duizend", 1), (4, "45", 45_000, "duizend", 1)]


def test_a_note_over_posts_marking_their_deviations_governs_each_post_s_paragraph() -> None:
    """Under "Toelichting (bedragen x € 1.000)" a municipal begroting prints a heading per
    post with its deviation marked nadelig or voordelig ("Leerlingenvervoer (N 120)",
    "Zwembaden 45 V"), each over a paragraph explaining it in the same unit, without blank
    lines between: the note governs every post's paragraph. Only the first was read."""
    text = (
        "Toelichting op de verschillen (bedragen x € 1.000)\n"
        "Leerlingenvervoer (N 120)\n"
        "De kosten van het vervoer stijgen met 120.\n"
        "Zwembaden 45 V\n"
        "Door de nieuwe exploitant dalen de lasten met 45.\n"
        "Sportvelden (V 30)\n"
        "De bijdrage aan de verenigingen wordt verlaagd met 30.\n"
    )
    assert _read(text) == [
        (2, "120", 120_000, "duizend", 1),
        (3, "120", 120_000, "duizend", 1),
        (4, "45", 45_000, "duizend", 1),
        (5, "45", 45_000, "duizend", 1),
        (6, "30", 30_000, "duizend", 1),
        (7, "30", 30_000, "duizend", 1),
    ]


def test_an_unmarked_heading_after_a_note_s_post_is_not_governed_by_it() -> None:
    """Near form: a heading printing no marked deviation after a post ("Belastingen en
    heffingen") opens a section the note does not govern (the lasten of a household, in
    euros), though a post's heading is above it."""
    text = (
        "Toelichting op de verschillen (bedragen x € 1.000)\n"
        "Leerlingenvervoer (N 120)\n"
        "De kosten van het vervoer stijgen met 120.\n"
        "Belastingen en heffingen\n"
        "De lasten voor een eenpersoonshuishouden stijgen met 12.\n"
    )
    assert [row[:2] for row in _read(text)] == [(2, "120"), (3, "120")]


def test_a_change_s_figure_before_its_verb_or_before_its_cause_is_read() -> None:
    """A subordinate clause prints the verb of change after the figure ("terwijl de kosten
    met NNN stijgen", "doordat de kosten met NNN zijn gestegen", "met NN afnam"), and a
    figure may be followed by its cause ("dalen met N.NNN door een lager aantal"): each
    is a change of money in the note's unit. They were unread."""
    text = (
        "Toelichting (bedragen x € 1.000)\n"
        "Het budget stijgt met 310, terwijl de kosten met 275 stijgen.\n"
        "Er is een nadeel doordat de kosten met 120 zijn gestegen.\n"
        "Het resultaat verbetert omdat de bijdrage aan de regio met 40 afnam.\n"
        "De huisvestingslasten dalen met 1.460 door een lager aantal leerlingen.\n"
    )
    assert [row[:3] for row in _read(text)] == [
        (2, "310", 310_000),
        (2, "275", 275_000),
        (3, "120", 120_000),
        (4, "40", 40_000),
        (5, "1.460", 1_460_000),
    ]


def test_a_figure_before_a_verb_that_counts_or_names_its_thing_stays_unread() -> None:
    """Near form: "met 12 fte dalen" names what the figure counts, "het aantal cliënten met
    35 daalt" is a count's change, and "met 3 procent stijgen" a share: none is read."""
    text = (
        "Toelichting (bedragen x € 1.000)\n"
        "Het budget blijft gelijk, terwijl de lasten met 12 fte dalen.\n"
        "De kosten blijven gelijk omdat het aantal cliënten met 35 daalt.\n"
        "De lasten zullen met 3 procent stijgen.\n"
    )
    assert _read(text) == []


def test_a_sum_named_by_its_money_noun_and_van_ending_its_clause_is_read() -> None:
    """A paragraph under the note names sums by their noun and "van" ("het resultaat is een
    tekort van NNN.", "een grotere subsidie (AFKORTING) van N.NNN tegenover.", wrapped over
    a line's end): in the note's unit. They were unread."""
    text = (
        "Toelichting op de verschillen (bedragen x € 1.000)\n"
        "Wonen (N 1.460 / V 1.270)\n"
        "De huisvestingslasten nemen toe met 1.460. Daar staat een grotere subsidie\n"
        "(SPUK) van 1.270 tegenover. Het resultaat is een tekort van 190.\n"
    )
    assert [row[:3] for row in _read(text)] == [
        (2, "1.460", 1_460_000),
        (2, "1.270", 1_270_000),
        (3, "1.460", 1_460_000),
        (4, "1.270", 1_270_000),
        (4, "190", 190_000),
    ]


def test_a_count_a_price_or_a_thing_named_after_van_is_no_sum_in_the_note_s_unit() -> None:
    """Near form: a figure after "van" naming what it counts ("de kosten van 412
    cliënten"), an "aantal" ("een aantal van 412"), a tariff in euros ("een tarief van
    21,80") and a noun that is no money ("een groep van 40") stay unread."""
    text = (
        "Toelichting op de verschillen (bedragen x € 1.000)\n"
        "Het gaat om de kosten van 412 cliënten. Het betreft een aantal van 412.\n"
        "De gemeente hanteert een tarief van 21,80. Het betreft een groep van 40.\n"
    )
    assert _read(text) == []


def test_a_sum_after_van_printing_cents_or_after_a_thing_s_means_is_not_in_the_note_s_unit() -> (
    None
):
    """A figure printing its cents after a money noun and "van" ("een eigen bijdrage van
    NN,NN.") is a price or a sum in full, in euros, as it is elsewhere under a note; and
    "middelen" inside a compound naming things ("hulpmiddelen", "geneesmiddelen") is no
    money noun. Both were read in the note's unit (€ 21.800, € 95.000)."""
    text = (
        "Toelichting op de verschillen (bedragen x € 1.000)\n"
        "Inwoners betalen per rit een eigen bijdrage van 3,45. De gemeente verstrekt\n"
        "hulpmiddelen van 95. Het gaat ook om geneesmiddelen van 60.\n"
    )
    assert _read(text) == []


def test_a_sum_after_van_printing_a_decimal_or_a_budget_s_means_stays_in_the_note_s_unit() -> None:
    """Near form: a figure printing one decimal ("een bijdrage van NN,N.") or its thousands,
    and "middelen" alone, after an abbreviation's hyphen or in a budget's compound
    ("rijksmiddelen"), name sums in the note's unit."""
    text = (
        "Toelichting op de verschillen (bedragen x € 1.000)\n"
        "De provincie levert een bijdrage van 34,5. Er vervalt een subsidie van 2.150.\n"
        "Er resteren middelen van 75. Het betreft SPUK-middelen van 40.\n"
        "Er zijn rijksmiddelen van 310.\n"
    )
    assert [row[:3] for row in _read(text)] == [
        (2, "34,5", 34_500),
        (2, "2.150", 2_150_000),
        (3, "75", 75_000),
        (3, "40", 40_000),
        (4, "310", 310_000),
    ]


def test_a_lead_in_s_list_and_a_heading_s_subsections_are_governed_past_blank_lines() -> None:
    """A paragraph under the note ending in a lead-in's colon ("De oorzaken zijn:") goes on
    in the items of its list, blank lines between them; and a note's heading over a
    subheading alone ("Lasten", then a blank line) declares its unit for every subsection
    under it, to a numbered heading. Only the note's first paragraph was read."""
    text = (
        "Toelichting op de verschillen (bedragen x € 1.000)\n"
        "De lasten van het programma stijgen met 930. De oorzaken zijn:\n"
        "\n"
        "  • Wegen: de kosten van het onderhoud nemen toe met 610.\n"
        "\n"
        "  • Groen: de lasten van het maaien stijgen met 320.\n"
    )
    assert [row[:3] for row in _read(text)] == [
        (2, "930", 930_000),
        (4, "610", 610_000),
        (6, "320", 320_000),
    ]
    text = (
        "Financiële toelichting (bedragen x € 1.000)\n"
        "\n"
        "Lasten\n"
        "\n"
        "De kosten van de huisvesting stijgen met 240.\n"
        "\n"
        "Baten\n"
        "\n"
        "De bijdrage van het Rijk daalt met 75.\n"
        "\n"
        "4.2 Personeel\n"
        "\n"
        "De lasten van de inhuur stijgen met 12.\n"
    )
    assert [row[:3] for row in _read(text)] == [(5, "240", 240_000), (9, "75", 75_000)]


def test_a_paragraph_after_a_blank_line_no_list_item_nor_subsection_stays_ungoverned() -> None:
    """Near form: after a paragraph ending in no colon, or a lead-in's paragraph followed by
    one opening with no list's mark, the next paragraph is another's; and a note's heading
    over prose (no subheading alone under it) heads no subsections."""
    text = (
        "Toelichting (bedragen x € 1.000)\n"
        "De lasten stijgen met 140. De oorzaken zijn de volgende:\n"
        "\n"
        "De lasten voor een eenpersoonshuishouden stijgen met 12.\n"
        "\n"
        "Tarieven\n"
        "\n"
        "De kosten van een paspoort stijgen met 3.\n"
    )
    assert [row[:3] for row in _read(text)] == [(2, "140", 140_000)]


def test_a_numbered_heading_after_a_bulleted_list_ends_the_list_a_note_governs() -> None:
    """A numbered section's heading after the items of a list opened by bullets ("4.
    Risico's" under "• <post>: ... met NNN") is no item of that list: the note over the list
    does not govern the section under it. It was read as a numbered item, and the change in
    the next section taken in the note's unit."""
    text = (
        "2.3 Baten (bedragen x € 1.000)\n"
        "\n"
        "De verschillen zijn:\n"
        "\n"
        "• Parkeren: de kosten van de handhaving dalen met 210.\n"
        "\n"
        "5. Reserves\n"
        "De lasten van de egalisatie stijgen met 800.\n"
    )
    assert [row[:3] for row in _read(text)] == [(5, "210", 210_000)]


def test_the_numbered_items_of_a_list_opened_by_a_number_stay_governed() -> None:
    """Near form: a list whose first item opens on a number goes on in its numbered items,
    blank lines between them, each change in the note's unit."""
    text = (
        "2.3 Baten (bedragen x € 1.000)\n"
        "\n"
        "De verschillen zijn:\n"
        "\n"
        "1. Parkeren: de kosten van de handhaving dalen met 210.\n"
        "\n"
        "2. Leges: de lasten stijgen met 95.\n"
    )
    assert [row[:3] for row in _read(text)] == [(5, "210", 210_000), (7, "95", 95_000)]


def test_a_sum_stated_by_bedraagt_in_a_clause_of_money_is_read() -> None:
    """A sum under the note stated by "bedraagt" or "bedroeg" ("het budget bedraagt
    N.NNN.", "de bijdrage bedraagt NNN en is", "bedroeg in JJJJ daardoor NN."), in a clause
    naming money: in the note's unit. They were unread."""
    text = (
        "Toelichting (bedragen x € 1.000)\n"
        "Het onderzoeksbudget bedraagt 12.480. De bijdrage aan de regio bedraagt 735 en\n"
        "is bestemd voor de veiligheidshuizen. De lasten bedroegen in 2024 daardoor 96.\n"
    )
    assert [row[:3] for row in _read(text)] == [
        (2, "12.480", 12_480_000),
        (2, "735", 735_000),
        (3, "96", 96_000),
    ]


def test_bedraagt_before_a_count_a_unit_or_the_noun_bedragen_reads_no_sum() -> None:
    """Near form: "bedraagt" before a figure naming its unit ("6 weken", "87%"), in a
    clause of a count ("het aantal ... bedraagt 212") or of no money, and "bedragen" as the
    noun ("alle bedragen zijn x 1.000.") read no sum."""
    text = (
        "Toelichting (bedragen x € 1.000)\n"
        "De wachttijd bedraagt 6 weken. Het aandeel van de lasten bedraagt 87%.\n"
        "Het aantal cliënten bedraagt 212. De opkomst bedroeg 54.\n"
        "Alle bedragen zijn x 1.000.\n"
    )
    assert _read(text) == []


def test_a_sum_named_by_its_money_noun_and_van_before_its_verb_is_read() -> None:
    """A money noun, "van" and the figure followed by the verb of which the noun is the
    subject ("de geraamde ontvangsten van NNN betreffen", "de lasten van N.NNN zijn"): the
    figure ends the noun's phrase, a sum in the note's unit. It was unread."""
    text = (
        "Toelichting (bedragen x € 1.000)\n"
        "De geraamde ontvangsten van 640 betreffen huren. De lasten van 1.310 zijn gedekt.\n"
    )
    assert [row[:3] for row in _read(text)] == [(2, "640", 640_000), (2, "1.310", 1_310_000)]


def test_a_money_noun_and_van_before_a_counted_noun_or_verb_of_no_noun_reads_no_sum() -> None:
    """Near form: the figure after a money noun and "van" followed by what it counts ("de
    kosten van 412 cliënten zijn"), or after a noun of no money before a verb ("een groep
    van 40 is"), reads no sum."""
    text = (
        "Toelichting (bedragen x € 1.000)\n"
        "De kosten van 412 cliënten zijn hoger. Een groep van 40 is gestart.\n"
    )
    assert _read(text) == []


def test_a_change_marked_nadelig_or_voordelig_in_brackets_after_its_figure_is_read() -> None:
    """An annual account marks a change's figure "(N)" or "(V)" after it ("nemen toe met
    N.NNN (N).", "dalen met NNN (V) door"), the mark wrapped to the next line or not: the
    figure is a deviation in the note's unit. The mark was no clause's end: unread."""
    text = (
        "Toelichting (bedragen x € 1.000)\n"
        "De lasten nemen toe met 2.140 (N). De kosten van het onderhoud dalen met 310\n"
        "(V) door een nieuw contract.\n"
    )
    assert [row[:3] for row in _read(text)] == [(2, "2.140", 2_140_000), (2, "310", 310_000)]


def test_a_bracketed_word_or_lower_case_letter_after_a_change_s_figure_reads_no_sum() -> None:
    """Near form: a thing the figure counts in brackets after it ("met 12 (fte)") or a
    lower case letter in brackets (a list's item "(a)", "(n)") is no mark of a difference."""
    text = (
        "Toelichting (bedragen x € 1.000)\n"
        "De lasten van de formatie stijgen met 12 (fte). De kosten dalen met 4 (n) en 5 (a).\n"
    )
    assert _read(text) == []


def test_a_deviation_stated_by_hoger_or_lager_in_a_clause_of_money_is_read() -> None:
    """A deviation from the estimate stated by its comparative ("de lasten vielen N.NNN
    hoger uit dan begroot", "de kosten zijn NNN lager dan geraamd"): in the note's unit.
    It was unread."""
    text = (
        "Analyse van het resultaat (bedragen x € 1.000)\n"
        "De lasten vielen 2.310 hoger uit dan begroot. De kosten zijn 145 lager dan geraamd.\n"
    )
    assert [row[:3] for row in _read(text)] == [(2, "2.310", 2_310_000), (2, "145", 145_000)]


def test_a_comparative_of_a_count_or_of_no_money_reads_no_sum() -> None:
    """Near form: the same comparative in a clause of a count ("het aantal meldingen was 40
    hoger dan") or of no money ("de opkomst viel 12 lager uit"), or with a noun between
    ("zijn 40 woningen hoger"), reads no sum."""
    text = (
        "Analyse van het resultaat (bedragen x € 1.000)\n"
        "Het aantal meldingen was 40 hoger dan verwacht. De opkomst viel 12 lager uit.\n"
        "De lasten van de bouw zijn 40 woningen hoger dan gepland.\n"
    )
    assert _read(text) == []


def test_a_sum_set_aside_by_its_participle_in_a_clause_of_money_is_read() -> None:
    """What a budget estimates or sets aside, the participle right after the figure ("is
    voor subsidies N.NNN geraamd", "is voor de bijdrage NNN gereserveerd"): in the note's
    unit. It was unread."""
    text = (
        "Toelichting op de instrumenten (bedragen x € 1.000)\n"
        "In 2026 is voor subsidies 3.215 geraamd. Voor de bijdrage is 410 gereserveerd.\n"
    )
    assert [row[:4] for row in _read(text)] == [
        (2, "3.215", 3_215_000, "duizend"),
        (2, "410", 410_000, "duizend"),
    ]


def test_a_participle_after_a_counted_noun_or_in_a_clause_of_no_money_reads_no_sum() -> None:
    """Near form: a thing counted between the figure and the participle ("zijn 40 plaatsen
    gereserveerd"), a clause of no money ("zijn 12 bestemd voor starters"), or a year
    before it ("in 2026 geraamd") reads no sum."""
    text = (
        "Toelichting op de instrumenten (bedragen x € 1.000)\n"
        "Voor de subsidie zijn 40 plaatsen gereserveerd. Van de woningen zijn 12 bestemd\n"
        "voor starters. De lasten zijn in 2026 geraamd.\n"
    )
    assert _read(text) == []


def test_a_note_naming_its_scale_by_word_and_its_currency_scales_the_changes() -> None:
    """A note naming its scale by its word or abbreviation and its currency, in either
    order ("(bedragen in mln euro)", "(bedragen in € mld)", "(bedragen in miljarden
    euro)"), declares the unit of the changes under it as "(bedragen x € 1 mln)" does. It
    was no note: the changes were unread."""
    for note, scale, amount in (
        ("(bedragen in mln euro)", "mln", 12_500_000),
        ("(bedragen in € mln)", "mln", 12_500_000),
        ("(bedragen in mld euro)", "mld", 12_500_000_000),
        ("(bedragen in miljarden euro)", "mld", 12_500_000_000),
    ):
        text = f"Overige mutaties {note}\nDe uitgaven aan de zorg stijgen met 12,5.\n"
        assert _read(text) == [(2, "12,5", amount, scale, 1)]


def test_a_note_naming_a_scale_without_a_currency_declares_no_unit_of_money() -> None:
    """Near form: a scale without a currency ("(bedragen in mln)", "(in mln inwoners)")
    may count anything: the change under it stays unread."""
    for note in ("(bedragen in mln)", "(in mln inwoners)"):
        text = f"Overige mutaties {note}\nDe uitgaven aan de zorg stijgen met 12,5.\n"
        assert _read(text) == []


def test_a_sum_a_kasschuif_moves_between_years_is_read() -> None:
    """Under a note of money a figure moved between years by a kasschuif ("schuift NN van
    JJJJ naar JJJJ", "wordt NN naar voren gehaald van JJJJ naar JJJJ") is a sum in the
    note's unit. It was unread."""
    text = (
        "Kasschuiven (bedragen x € 1 mln)\n"
        "Bij Defensie schuift 40 van 2024 naar 2025. Bij VWS wordt 25 naar voren gehaald\n"
        "van 2026 naar 2024.\n"
    )
    assert [row[:4] for row in _read(text)] == [
        (2, "40", 40_000_000, "mln"),
        (2, "25", 25_000_000, "mln"),
    ]


def test_a_figure_s_own_change_or_a_move_of_no_shift_reads_no_sum() -> None:
    """Near form: a figure changing from one to another ("van 212 naar 248"), a figure
    naming what it counts ("schuift 3 maanden naar achteren") and a move in a clause naming
    no shift ("de vergadering gaat 2 naar voren") read no sum."""
    text = (
        "Kasschuiven (bedragen x € 1 mln)\n"
        "Het budget schuift terwijl de deelname steeg van 212 naar 248. De planning schuift\n"
        "3 maanden naar achteren. De vergadering over de lasten gaat 2 naar voren.\n"
    )
    assert _read(text) == []


def test_a_verb_holding_haalt_inside_it_names_no_shift() -> None:
    """A verb holding "haalt" inside it ("herhaalt", "behaalt") names no shift between
    years: a figure before "naar" a year or "naar voren" in its clause reads no sum. It was
    read as a kasschuif's sum in the note's unit."""
    text = (
        "Planning (bedragen x € 1.000)\n"
        "De vereniging herhaalt de meting met 40 van 2026 naar 2027.\n"
        "De school behaalt ruim 300 naar voren in de ranglijst.\n"
    )
    assert _read(text) == []


def test_haalt_or_gehaald_as_words_of_their_own_still_name_a_shift() -> None:
    """Near form: "gehaald" and "haalt" as words of their own name a shift ("wordt NN naar
    voren gehaald", "haalt NNN naar JJJJ"): each figure is a sum in the note's unit."""
    text = (
        "Planning (bedragen x € 1.000)\n"
        "Het werk wordt 40 naar voren gehaald. Het Rijk haalt 300 naar 2026.\n"
    )
    assert [row[:3] for row in _read(text)] == [(2, "40", 40_000), (2, "300", 300_000)]


def test_a_budget_s_change_named_mutatie_or_kasschuif_is_money() -> None:
    """A clause naming a budget's change as such ("de mutatie in JJJJ bedraagt daardoor
    −NN", "de kasschuif bedraagt NN") is about money, as one naming lasten or kosten is:
    its figure is in the note's unit. It was unread."""
    text = (
        "Overige mutaties (bedragen x € 1 mln)\n"
        "De mutatie in 2025 bedraagt daardoor −60. De kasschuif bedraagt 35.\n"
    )
    assert [row[:3] for row in _read(text)] == [(2, "−60", -60_000_000), (2, "35", 35_000_000)]


def test_a_word_holding_mutatie_inside_it_is_no_budget_s_change() -> None:
    """Near form: "mutatie" inside another word ("personeelsmutaties": staff changes) names
    no budget's change: a clause of staff stays unread."""
    text = (
        "Overige mutaties (bedragen x € 1 mln)\n"
        "Het aantal personeelsmutaties bedraagt 60. De personeelsmutaties bedroegen 35.\n"
    )
    assert _read(text) == []


def test_a_part_of_a_sum_read_before_it_in_its_paragraph_is_read() -> None:
    """A clause naming a part of the sum named before it ("Hiervan is N.NNN bestemd voor",
    "Daarvan is NNN gereserveerd"), after a sum read in its paragraph, is about that sum's
    money: its figure is in the note's unit. It was unread, its clause naming no money."""
    text = (
        "Toelichting op de instrumenten (bedragen x € 1.000)\n"
        "Voor subsidies is 3.215 geraamd. Hiervan is 1.200 bestemd voor de musea.\n"
        "Daarvan is 300 gereserveerd voor de restauratie.\n"
    )
    assert [row[:3] for row in _read(text)] == [
        (2, "3.215", 3_215_000),
        (2, "1.200", 1_200_000),
        (3, "300", 300_000),
    ]


def test_a_part_named_after_no_sum_read_in_its_paragraph_reads_no_sum() -> None:
    """Near form: "Hiervan" after a count, no sum read before it in its paragraph ("Het
    plan telt 40 woningen. Hiervan zijn 12 bestemd voor starters."), refers to no money."""
    text = (
        "Toelichting op de instrumenten (bedragen x € 1.000)\n"
        "Het plan telt 40 woningen. Hiervan zijn 12 bestemd voor starters.\n"
    )
    assert _read(text) == []


def test_a_sum_coordinated_with_one_read_in_its_clause_is_read() -> None:
    """A figure coordinated with a sum read before it in its clause, the verb said once
    ("is N.NNN bestemd voor <A> en NNN voor <B>", "is NNN begroot voor <A> en NNN voor
    <B>"), is a sum in the note's unit as the first is. It was unread."""
    text = (
        "Toelichting (bedragen x € 1.000)\n"
        "Voor subsidies is 2.150 bestemd voor de musea en 1.300 voor de bibliotheken.\n"
        "Voor de subsidie is 500 begroot voor de jeugd en 250 voor de ouderen.\n"
    )
    assert [row[:3] for row in _read(text)] == [
        (2, "2.150", 2_150_000),
        (2, "1.300", 1_300_000),
        (3, "500", 500_000),
        (3, "250", 250_000),
    ]


def test_a_figure_after_en_with_no_sum_read_in_its_clause_reads_no_sum() -> None:
    """Near form: "en N voor" in a clause where no sum was read ("er zijn 40 plaatsen voor
    de jeugd en 60 voor de ouderen"), or after a sum of another clause, reads no sum."""
    text = (
        "Toelichting (bedragen x € 1.000)\n"
        "Er zijn 40 plaatsen voor de jeugd en 60 voor de ouderen.\n"
        "De lasten stijgen met 40. Er zijn 12 plaatsen en 30 voor de ouderen.\n"
    )
    assert [row[:3] for row in _read(text)] == [(3, "40", 40_000)]


def test_a_part_listed_in_brackets_under_the_sum_it_belongs_to_is_read() -> None:
    """A clause opening on the sum read before it ("Dit betreft", "Het gaat om",
    "Hiervan") lists its parts with each figure alone in brackets after what it is for
    ("Dit betreft onder meer onderzoek voor <X> (N.NNN)"): each is in the note's unit. They
    were unread."""
    text = (
        "Opdrachten (bedragen x € 1.000)\n"
        "Het opdrachtenbudget bedraagt 9.120. Dit betreft onder meer onderzoek voor de\n"
        "dijken (4.300) en advies. Hiervan gaat ook een deel naar de monitoring (610).\n"
    )
    assert [row[:3] for row in _read(text)] == [
        (2, "9.120", 9_120_000),
        (3, "4.300", 4_300_000),
        (3, "610", 610_000),
    ]


def test_a_part_in_brackets_signed_by_the_accountant_s_minus_is_read() -> None:
    """A part listed in brackets under the sum it belongs to may print the accountant's
    minus or plus ("(-/- 250)", "(+/+ 75)"), as every other figure under the note may: each
    is in the note's unit, signed. Only a sign of one character was read there."""
    text = (
        "Subsidies (bedragen x € 1.000)\n"
        "Het subsidiebudget bedraagt 3.400. Dit betreft onder meer een korting op de\n"
        "sport (-/- 250) en een ophoging voor de cultuur (+/+ 75).\n"
    )
    assert [row[:3] for row in _read(text)] == [
        (2, "3.400", 3_400_000),
        (3, "-/- 250", -250_000),
        (3, "+/+ 75", 75_000),
    ]


def test_a_figure_in_brackets_not_opening_on_a_sum_read_reads_no_sum() -> None:
    """Near form: a figure in brackets in a clause that does not open on the sum ("Er zijn
    veel woningen (2.500)"), or under "Dit betreft" with no sum read before it in its
    paragraph, reads no sum."""
    text = (
        "Opdrachten (bedragen x € 1.000)\n"
        "Dit betreft onderzoek voor de dijken (4.300). De lasten stijgen met 9.120. Er zijn\n"
        "veel woningen (2.500) in het gebied.\n"
    )
    assert [row[:3] for row in _read(text)] == [(2, "9.120", 9_120_000)]
    signed = (
        "Opdrachten (bedragen x € 1.000)\n"
        "De lasten stijgen met 9.120. Het saldo van de woningen (-/- 250) is onbekend.\n"
    )
    assert [row[:3] for row in _read(signed)] == [(2, "9.120", 9_120_000)]
