"""The years a whole takes from its parts by year printed after it (``amounts_parts``)."""

from __future__ import annotations

import pytest
from inline_document import inline_document

from budgetkit.extract.amounts import extract_amounts


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a bracket after the amount splits it into parts each in a year: the whole spans them
        (
            "Voor het toezicht wordt € 4,8 miljoen aan uitvoeringskosten geraamd (€ 2,4 mln in"
            " 2026 en € 2,4 mln in 2027).",
            [(2026, 2027), (2026, 2026), (2027, 2027)],
        ),
        # a bracket of one part, or of parts without years, gives the whole none
        (
            "Voor het toezicht wordt € 4,8 miljoen geraamd (waarvan € 2,4 mln voor personeel).",
            [(None, None), (None, None)],
        ),
    ],
)
def test_an_amount_split_into_yearly_parts_in_a_bracket_spans_their_years(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """ "€ N miljoen ... geraamd (€ N mln in JJJJ en € N mln in JJJJ)": the bracket lists the
    whole's parts by year, so the whole is of those years; it had none."""
    rows = extract_amounts(inline_document(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # parts adding up to the whole: it spans their years
        (
            "De eenmalige kosten van de fusie zijn geraamd op € 45 miljoen, waarvan € 30\n"
            "miljoen in 2025 en € 15 miljoen in 2026.",
            [(2025, 2026), (2025, 2025), (2026, 2026)],
        ),
        (
            "Het Rijk stelt € 1,2 mld beschikbaar, waarvan € 400 mln in 2024, € 500 mln in 2025 "
            "en € 300 mln in 2026.",
            [(2024, 2026), (2024, 2024), (2025, 2025), (2026, 2026)],
        ),
        # parts leaving some of the whole unplaced: the whole's years are not printed
        (
            "Er is € 90 miljoen gereserveerd, waarvan € 20 miljoen in 2025 en € 30 miljoen in "
            "2026.",
            [(None, None), (2025, 2025), (2026, 2026)],
        ),
    ],
)
def test_a_whole_split_after_waarvan_into_parts_by_year_spans_their_years(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """A whole split after ", waarvan" into parts, each a sum and its year, that add up to it
    spans the parts' years (as parts in a bracket after it do); it took none of its own."""
    rows = extract_amounts(inline_document(text, published="2024-09-17"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years
    assert [r["year_source"] for r in rows if r["year_from"]] == ["stated"] * sum(
        1 for y in years if y[0]
    )


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Wij stellen voor om € 25 miljoen toe te voegen aan de reserve, verdeeld over 2024\n"
            "(€ 10 miljoen) en 2025 (€ 15 miljoen).",
            [(2024, 2025), (2024, 2024), (2025, 2025)],
        ),
        # the first part's year right after the whole is no more its year than the last's
        (
            "Het Rijk reserveert € 1,2 mld voor 2024 (€ 0,4 mld), 2025 (€ 0,5 mld) en 2026 "
            "(€ 0,3 mld).",
            [(2024, 2026), (2024, 2024), (2025, 2025), (2026, 2026)],
        ),
        # a shift: the year the money leaves, and those it moves to
        (
            "Door vertraging wordt € 64 mln van 2012 naar 2014 (€ 40 mln) en 2015 (€ 24 mln) "
            "geschoven.",
            [(2012, 2015), (2014, 2014), (2015, 2015)],
        ),
        # its participle before "naar"
        (
            "Door vertraging wordt € 120,5 mln van 2024 verschoven naar 2025 (€ 80,4 mln) en 2026 "
            "(€ 40,1 mln).",
            [(2024, 2026), (2025, 2025), (2026, 2026)],
        ),
    ],
)
def test_a_whole_before_its_parts_each_a_year_and_its_sum_in_brackets_spans_their_years(
    text: str, years: list[tuple[int, int]]
) -> None:
    """A whole whose words end on its parts, each a year and its sum in brackets after it,
    that add up to it, spans the parts' years, as parts listed after ", waarvan" do; it took
    none, or the first part's year alone."""
    rows = extract_amounts(inline_document(text, published="2024-09-17"))
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows] == [
        (*y, "stated") for y in years
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # parts leaving some of the whole unplaced: the whole's years are not printed
        (
            "Wij reserveren € 25 miljoen, verdeeld over 2024 (€ 10 miljoen) en 2025 (€ 12 "
            "miljoen).",
            [(None, None), (2024, 2024), (2025, 2025)],
        ),
        # one part: the year the words give, as before
        ("Wij reserveren € 25 miljoen voor 2024 (€ 10 miljoen).", [(2024, 2024), (2024, 2024)]),
        # the whole is not in the parts' sentence
        (
            "Er resteert € 21,3 mln. Deze middelen zijn via een kasschuif naar 2022 (€ 15,0 mln) "
            "en 2023 (€ 6,3 mln) doorgeschoven.",
            [(None, None), (2022, 2022), (2023, 2023)],
        ),
    ],
)
def test_parts_by_year_in_brackets_give_no_years_to_a_whole_they_do_not_make_up(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    rows = extract_amounts(inline_document(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a year of the whole's own before it, or after it before the parts
        (
            "De reserve bereikt eind 2026 een stand van € 20 mln door de stortingen in 2024 "
            "(€ 8 mln) en 2025 (€ 12 mln).",
            [(2026, 2026), (2024, 2024), (2025, 2025)],
        ),
        (
            "De nieuwe kosten, € 14 mln, vallen in 2027 en vervangen de ramingen voor 2025 "
            "(€ 6 mln) en 2026 (€ 8 mln).",
            [(2027, 2027), (2025, 2025), (2026, 2026)],
        ),
        # parts the whole is compared with, its years named nowhere
        (
            "De kosten van € 14 mln zijn evenveel als de tekorten over 2023 (€ 6 mln) en 2024 "
            "(€ 8 mln) samen.",
            [(None, None), (2023, 2023), (2024, 2024)],
        ),
        (
            "Het budget van € 9 mln is hoger dan de uitgaven in 2023 (€ 4 mln) en 2024 (€ 5 "
            "mln) samen.",
            [(None, None), (2023, 2023), (2024, 2024)],
        ),
    ],
)
def test_sums_by_year_in_brackets_compared_with_a_whole_or_after_its_own_year_leave_its_years(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """Sums by year in brackets that add up to a whole are its parts only where its own
    words name no other year and do not compare it with them: a year of its own is its
    year, the parts another noun's; compared, the whole has no year printed."""
    rows = extract_amounts(inline_document(text, published="2025-10-23"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # the whole's own year is its first part's
        (
            "Het tekort over 2025 komt uit op € 9 mln, verdeeld over 2025 (€ 4 mln) en 2026 "
            "(€ 5 mln).",
            (2025, 2026),
        ),
        # a name's year before it is no year of the whole's
        (
            "In de Voorjaarsnota 2024 is € 14 mln verdeeld over 2025 (€ 8 mln) en 2026 (€ 6 mln).",
            (2025, 2026),
        ),
        # parts after a colon
        (
            "Wij reserveren € 25 mln voor de transformatie: 2026 (€ 10 mln), 2027 (€ 10 mln) "
            "en 2028 (€ 5 mln).",
            (2026, 2028),
        ),
    ],
)
def test_a_whole_naming_its_first_part_s_year_or_a_name_s_spans_its_parts_years(
    text: str, years: tuple[int, int]
) -> None:
    row = extract_amounts(inline_document(text, published="2025-10-23"))[0]
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Wij reserveren € 25 miljoen voor de transformatie, verdeeld over 2026 (€ 10 miljoen),"
            " 2027 (€ 10 miljoen) en de jaren daarna (€ 5 miljoen).",
            [(2026, None), (2026, 2026), (2027, 2027), (None, None)],
        ),
        (
            "Het Rijk reserveert € 1,2 mld voor 2024 (€ 0,4 mld) en latere jaren (€ 0,8 mld).",
            [(2024, None), (2024, 2024), (None, None)],
        ),
    ],
)
def test_a_whole_whose_last_part_is_of_the_years_after_runs_from_the_first_part_on(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """A whole before its parts by year whose last part is of the years after the others,
    named by no year ("2027 (€ 10 mln) en de jaren daarna (€ 5 mln)"), runs from the first
    part's year on, its end open, as "voor 2026 en latere jaren" does; the parts did not add
    up without it, and the whole took no years (or the first part's alone)."""
    rows = extract_amounts(inline_document(text, published="2025-09-16"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # the parts leave some of the whole unplaced: no years of the whole
        (
            "Wij reserveren € 25 miljoen, verdeeld over 2026 (€ 10 miljoen), 2027 (€ 10 miljoen)"
            " en de jaren daarna (€ 3 miljoen).",
            [(None, None), (2026, 2026), (2027, 2027), (None, None)],
        ),
        # the later years print no sum: the parts by year make it up, and it spans their years
        (
            "Wij reserveren € 25 miljoen, verdeeld over 2026 (€ 10 miljoen), 2027 (€ 15 miljoen)"
            " en de jaren daarna.",
            [(2026, 2027), (2026, 2026), (2027, 2027)],
        ),
    ],
)
def test_an_open_last_part_gives_no_open_end_to_a_whole_its_parts_do_not_make_up(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    rows = extract_amounts(inline_document(text, published="2025-09-16"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Gemeenten krijgen 1,1 miljard euro extra via het gemeentefonds, verdeeld over 2026 "
            "(600 miljoen euro) en 2027 (500 miljoen euro).",
            [(2026, 2027), (2026, 2026), (2027, 2027)],
        ),
        (
            "Voor het toezicht wordt 4,8 miljoen euro geraamd (2,4 miljoen euro in 2026 en 2,4 "
            "miljoen euro in 2027).",
            [(2026, 2027), (2026, 2026), (2027, 2027)],
        ),
    ],
)
def test_parts_printing_the_currency_s_word_after_their_scale_are_parts_by_year(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """A part's sum may print the currency's word after its scale ("2026 (600 miljoen
    euro)", "(2,4 miljoen euro in 2026 en ...)"), as a press text prints every amount: the
    whole spans the parts' years, as after "€ 600 mln"; it took none."""
    rows = extract_amounts(inline_document(text, published="2025-09-16"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


def test_parts_printing_the_currency_s_word_give_no_years_to_a_whole_they_do_not_make_up() -> None:
    text = (
        "Gemeenten krijgen 1,1 miljard euro extra, verdeeld over 2026 (600 miljoen euro) en "
        "2027 (400 miljoen euro)."
    )
    rows = extract_amounts(inline_document(text, published="2025-09-16"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [
        (None, None),
        (2026, 2026),
        (2027, 2027),
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # each part names the year it is for: the whole spans them (it had none)
        (
            "Voor de jeugdzorg komt er 2,4 miljard euro bij (1,3 miljard euro voor 2026 en 1,1 "
            "miljard euro voor 2027).",
            [(2026, 2027), (2026, 2026), (2027, 2027)],
        ),
        # near forms: a part for a purpose, not a year, or a single part, split nothing
        (
            "Voor de jeugdzorg komt er € 2,4 mld bij (€ 1,3 mld voor 2026 en € 1,1 mld voor "
            "personeel).",
            [(None, None), (2026, 2026), (2026, 2026)],
        ),
        (
            "Voor de jeugdzorg komt er € 2,4 mld bij (€ 1,3 mld voor 2026).",
            [(None, None), (2026, 2026)],
        ),
    ],
)
def test_parts_in_a_bracket_may_name_the_year_they_are_for(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """ "(€ N mld voor JJJJ en € N mld voor JJJJ)" lists the whole's parts by year as "in
    JJJJ" does: the whole spans their years."""
    rows = extract_amounts(inline_document(text, published="2025-09-16"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # the later years named by their first year and "e.v.": the whole from the first on
        (
            "Voor de inzet is € 9 miljoen beschikbaar, verdeeld over 2026 (€ 4 miljoen), 2027 "
            "(€ 3 miljoen) en 2028 e.v. (€ 2 miljoen).",
            [(2026, None), (2026, 2026), (2027, 2027), (2028, None)],
        ),
        # the later years ending "tot en met" a year: the whole ends there
        (
            "Het programma krijgt € 24 miljoen, verdeeld over 2026 (€ 9 miljoen), 2027 (€ 8 "
            "miljoen) en de latere jaren tot en met 2030 (€ 7 miljoen).",
            [(2026, 2030), (2026, 2026), (2027, 2027), (None, 2030)],
        ),
        # near forms: parts not making up the whole give it nothing, "e.v." or "t/m" alike
        (
            "Voor de inzet is € 9 miljoen beschikbaar, verdeeld over 2026 (€ 4 miljoen), 2027 "
            "(€ 3 miljoen) en 2028 e.v. (€ 1 miljoen).",
            [(None, None), (2026, 2026), (2027, 2027), (2028, None)],
        ),
        (
            "Het programma krijgt € 24 miljoen, verdeeld over 2026 (€ 9 miljoen), 2027 (€ 8 "
            "miljoen) en de latere jaren t/m 2030 (€ 5 miljoen).",
            [(None, None), (2026, 2026), (2027, 2027), (None, 2030)],
        ),
    ],
)
def test_the_open_last_part_may_name_the_first_or_last_of_its_years(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """The last part of the years after the others may be "JJJJ e.v." (from JJJJ on) or end
    "tot en met JJJJ": the whole runs from the first part's year on, open or to JJJJ, as
    after "de jaren daarna"; it had none."""
    rows = extract_amounts(inline_document(text, published="2025-09-16"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # the first part of the years before the others: the whole up to the last part's year
        (
            "Van de € 12 miljoen is al € 7 miljoen besteed, in eerdere jaren (€ 5 miljoen) en "
            "2025 (€ 2 miljoen).",
            [(None, None), (None, 2025), (None, None), (2025, 2025)],
        ),
        # the last part so
        (
            "Aan de regio's is € 15 miljoen toegekend, verdeeld over 2024 (€ 6 miljoen), 2025 "
            "(€ 5 miljoen) en de jaren daarvoor (€ 4 miljoen).",
            [(None, 2025), (2024, 2024), (2025, 2025), (None, None)],
        ),
        # near forms: parts not making up the whole, parts open at both ends and a
        # comparison with them give the whole nothing
        (
            "Aan de regio's is € 15 miljoen toegekend, verdeeld over 2024 (€ 6 miljoen), 2025 "
            "(€ 5 miljoen) en de jaren daarvoor (€ 2 miljoen).",
            [(None, None), (2024, 2024), (2025, 2025), (None, None)],
        ),
        (
            "Aan de regio's is € 15 miljoen toegekend, verdeeld over eerdere jaren (€ 4 "
            "miljoen), 2025 (€ 5 miljoen) en latere jaren (€ 6 miljoen).",
            [(None, None), (None, None), (2025, 2025), (None, None)],
        ),
        (
            "Aan de regio's is € 15 miljoen toegekend, evenveel als in eerdere jaren (€ 10 "
            "miljoen) en 2025 (€ 5 miljoen) samen.",
            [(None, None), (None, None), (2025, 2025)],
        ),
    ],
)
def test_a_part_of_the_years_before_the_others_leaves_the_whole_s_start_open(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """The first or last of a whole's parts may be of the years before the others ("in
    eerdere jaren (€ N mln) en JJJJ (€ N mln)", "... en de jaren daarvoor (€ N mln)"): the
    whole runs up to the last part's year, its start open, as its end is after "de jaren
    daarna"; it had none."""
    rows = extract_amounts(inline_document(text, published="2025-09-16"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # after ", waarvan" or in a bracket, the last part in the years after the others:
        # the whole from the first part's year on (it had none)
        (
            "De regeling krijgt € 40 miljoen, waarvan € 25 miljoen in 2026 en € 15 miljoen in "
            "de jaren daarna.",
            [(2026, None), (2026, 2026), (None, None)],
        ),
        (
            "De regeling kost € 40 miljoen (€ 25 miljoen in 2026 en € 15 miljoen in de jaren "
            "nadien).",
            [(2026, None), (2026, 2026), (None, None)],
        ),
        # near forms: parts not making up the whole, the undated part first, no dated part,
        # and two amounts without a whole give no open years
        (
            "De regeling krijgt € 40 miljoen, waarvan € 25 miljoen in 2026 en € 10 miljoen in "
            "de jaren daarna.",
            [(None, None), (2026, 2026), (None, None)],
        ),
        (
            "Er is € 7 miljoen besteed, waarvan € 5 miljoen in eerdere jaren en € 2 miljoen in "
            "2025.",
            [(None, None), (None, None), (2025, 2025)],
        ),
        (
            "De regeling krijgt € 40 miljoen, waarvan € 25 miljoen in de jaren daarna.",
            [(None, None), (None, None)],
        ),
        (
            "De regeling krijgt € 45 miljoen in 2021 en € 95 miljoen in de jaren daarna.",
            [(2021, 2021), (None, None)],
        ),
    ],
)
def test_a_last_part_listed_sum_first_in_the_years_after_leaves_the_end_open(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """Parts listed sum first, after ", waarvan" or in a bracket, may end on one in the years
    after the others ("€ N mln in JJJJ en € N mln in de jaren daarna"), as parts ending the
    whole's words may ("JJJJ (€ N mln) en de jaren daarna (€ N mln)"): the whole runs from
    the first part's year on."""
    rows = extract_amounts(inline_document(text, published="2025-09-16"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # parts by year after a colon adding up to the whole: it spans them (it had none)
        (
            "Voor laadinfrastructuur is € 5 miljoen beschikbaar: € 2 miljoen in 2026 en € 3 "
            "miljoen in 2027.",
            [(2026, 2027), (2026, 2026), (2027, 2027)],
        ),
        (
            "Voor laadinfrastructuur is € 5 miljoen beschikbaar: € 2 miljoen in 2026 en € 3 "
            "miljoen in de jaren nadien.",
            [(2026, None), (2026, 2026), (None, None)],
        ),
        # near forms: parts not adding up, parts by purpose, a comparison after the colon
        (
            "Voor laadinfrastructuur is € 5 miljoen beschikbaar: € 2 miljoen in 2026 en € 2 "
            "miljoen in 2027.",
            [(None, None), (2026, 2026), (2027, 2027)],
        ),
        (
            "De kosten bedragen € 5 miljoen: € 2 miljoen voor personeel en € 3 miljoen voor "
            "materieel.",
            [(None, None), (None, None), (None, None)],
        ),
        (
            "De kosten stijgen tot € 5 miljoen: hoger dan de € 2 miljoen in 2026 en € 3 miljoen "
            "in 2027.",
            [(None, None), (2026, 2026), (2027, 2027)],
        ),
    ],
)
def test_a_whole_split_after_a_colon_into_parts_by_year_spans_their_years(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """A colon may introduce a whole's parts by year as ", waarvan" does ("€ N mln
    beschikbaar: € N mln in JJJJ en € N mln in JJJJ"): where they add up to it, the whole
    spans their years."""
    rows = extract_amounts(inline_document(text, published="2025-09-16"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # parts "voor" their years that do not add up to the whole: no years (it had 2026-2027)
        (
            "Voor de regio's is € 2,5 miljard bestemd (€ 1,3 miljard voor 2026 en € 1,1 miljard "
            "voor 2027).",
            [(None, None), (2026, 2026), (2027, 2027)],
        ),
        # near form: parts "in" their years are taken as printed, as before
        (
            "Voor de regio's is € 2,5 miljard bestemd (€ 1,3 miljard in 2026 en € 1,1 miljard "
            "in 2027).",
            [(2026, 2027), (2026, 2026), (2027, 2027)],
        ),
    ],
)
def test_parts_for_their_years_give_their_years_only_to_a_whole_they_make_up(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """Parts "voor JJJJ" in a bracket after a whole give it their years only where their
    sums add up to its, as parts after ", waarvan" do: "voor" may name what the money is
    for, and parts not adding up leave some of it to other years or none."""
    rows = extract_amounts(inline_document(text, published="2025-09-16"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # the last part in the years after or before the others, named by no year: its own
        # years, not the year of the part before it (it took that year)
        (
            "De regeling krijgt € 40 miljoen, waarvan € 25 miljoen in 2026 en € 15 miljoen in "
            "latere jaren.",
            [(2026, None), (2026, 2026), (None, None)],
        ),
        (
            "Voor de binnensteden is € 16 miljoen uitgegeven, waarvan € 10 miljoen in 2025 en "
            "€ 6 miljoen in de jaren daarvoor.",
            [(None, 2025), (2025, 2025), (None, None)],
        ),
        (
            "Voor verkeersveiligheid is € 6 miljoen gereserveerd: € 4 miljoen in 2026 en € 2 "
            "miljoen in latere jaren.",
            [(2026, None), (2026, 2026), (None, None)],
        ),
        # near forms: a sum after one dated by a year before both, or naming its own year,
        # keeps the year it had
        (
            "In 2026 gaat € 4 miljoen naar wegen en € 2 miljoen naar fietspaden.",
            [(2026, 2026), (2026, 2026)],
        ),
        (
            "De regeling krijgt € 40 miljoen, waarvan € 25 miljoen in 2026 en € 15 miljoen in "
            "het jaar 2027.",
            [(None, None), (2026, 2026), (2027, 2027)],
        ),
    ],
)
def test_a_part_in_years_named_by_no_year_takes_no_year_of_the_part_before_it(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """A sum "in latere jaren", "in de jaren daarvoor" is of years its sentence names by no
    year: it does not share the year of the sum before it ("€ 25 mln in 2026 en € 15 mln in
    latere jaren" gave the € 15 mln 2026)."""
    rows = extract_amounts(inline_document(text, published="2025-09-16"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # the last part from its first year on in words ("en volgende jaren", "en de jaren
        # daarna"): the whole from the first part's year on (it had none)
        (
            "Het fonds krijgt € 12 miljoen, verdeeld over 2026 (€ 5 miljoen), 2027 (€ 4 miljoen)"
            " en 2028 en volgende jaren (€ 3 miljoen).",
            [(2026, None), (2026, 2026), (2027, 2027), (2028, None)],
        ),
        # the last part a span of years printed from the first to the last: the whole to its
        # last (it had none)
        (
            "Het fonds krijgt € 24 miljoen, verdeeld over 2026 (€ 9 miljoen), 2027 (€ 8 miljoen)"
            " en de jaren 2028 tot en met 2030 (€ 7 miljoen).",
            [(2026, 2030), (2026, 2026), (2027, 2027), (2028, 2030)],
        ),
        (
            "Het fonds krijgt € 24 miljoen, verdeeld over 2026 (€ 9 miljoen), 2027 (€ 8 miljoen)"
            " en 2028-2030 (€ 7 miljoen).",
            [(2026, 2030), (2026, 2026), (2027, 2027), (2028, 2030)],
        ),
        # near forms: parts not making up the whole, and a comparison with them, give it none
        (
            "Het fonds krijgt € 14 miljoen, verdeeld over 2026 (€ 5 miljoen), 2027 (€ 4 miljoen)"
            " en 2028 en volgende jaren (€ 3 miljoen).",
            [(None, None), (2026, 2026), (2027, 2027), (2028, None)],
        ),
        (
            "Het fonds krijgt € 25 miljoen, verdeeld over 2026 (€ 9 miljoen), 2027 (€ 8 miljoen)"
            " en de jaren 2028 tot en met 2030 (€ 7 miljoen).",
            [(None, None), (2026, 2026), (2027, 2027), (2028, 2030)],
        ),
        (
            "Het fonds krijgt € 24 miljoen, evenveel als 2026 (€ 9 miljoen), 2027 (€ 8 miljoen)"
            " en de jaren 2028 tot en met 2030 (€ 7 miljoen) samen.",
            [(None, None), (None, None), (2027, 2027), (2028, 2030)],
        ),
    ],
)
def test_the_last_part_may_be_its_first_year_and_those_after_or_a_closed_span(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """The last of the parts ending a whole's words may be its first year and the later
    years in words ("2028 en volgende jaren (€ N mln)"), as "2028 e.v." is, or a span of
    years from the first to the last ("de jaren 2028 tot en met 2030 (€ N mln)", "2028-2030"):
    the whole runs from the first part's year on, open or to the span's last."""
    rows = extract_amounts(inline_document(text, published="2025-09-16"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    "text",
    [
        # after ", waarvan"
        "Uit het fonds wordt € 840 miljoen overgeboekt, waarvan € 240 miljoen voor 2025 en de "
        "rest voor 2026-2028.",
        # in a bracket
        "Uit het fonds wordt € 840 miljoen overgeboekt (€ 240 miljoen voor 2025 en het restant "
        "voor 2026-2028).",
    ],
)
def test_a_last_part_naming_the_rest_of_the_whole_spans_its_years_too(text: str) -> None:
    """The last part the rest of the whole, named by no sum ("waarvan € X voor JJJJ en de
    rest voor JJJJ-JJJJ"): the parts make up the whole by what it names, and the whole spans
    their years; it had the first part's year from the document, or none."""
    rows = extract_amounts(inline_document(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(2025, 2028), (2025, 2025)]


@pytest.mark.parametrize(
    "text",
    [
        # the part's sum leaves nothing over: no rest to span years for
        "Uit het fonds wordt € 240 miljoen overgeboekt, waarvan € 240 miljoen voor 2025 en de "
        "rest voor 2026-2028.",
        # parts that print their sums and do not add up: as before, no years
        "Uit het fonds wordt € 840 miljoen overgeboekt, waarvan € 240 miljoen voor 2025 en € "
        "300 miljoen voor 2026.",
    ],
)
def test_a_rest_with_nothing_left_or_parts_not_adding_up_give_the_whole_no_years(
    text: str,
) -> None:
    """Near form: a part whose sum is the whole leaves no rest, and sums by year that do not
    make up the whole give it no years."""
    rows = extract_amounts(inline_document(text))
    assert (rows[0]["year_from"], rows[0]["year_to"]) == (None, None)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # four words of the whole's clause before ", waarvan", a compound among them
        (
            "Uit het fonds wordt € 840 miljoen overgeboekt naar de IenW-begroting, waarvan € 240 "
            "miljoen voor 2025 en de rest voor 2026-2028.",
            (2025, 2028),
        ),
        (
            "Er gaat € 500 miljoen naar het nieuwe MKB-fonds, waarvan € 200 miljoen in 2025 en "
            "€ 300 miljoen in 2026.",
            (2025, 2026),
        ),
    ],
)
def test_parts_after_waarvan_past_four_words_of_the_whole_s_clause_span_its_years(
    text: str, years: tuple[int, int]
) -> None:
    """Parts after ", waarvan" past four words of the whole's clause, a compound joined by a
    hyphen among them ("overgeboekt naar de IenW-begroting, waarvan ..."): the whole spans
    their years, as after three words; it had none."""
    rows = extract_amounts(inline_document(text))
    assert (rows[0]["year_from"], rows[0]["year_to"]) == years


def test_parts_after_waarvan_past_six_words_give_no_years() -> None:
    """Near form: six words of a clause before ", waarvan" are more than the reach, which
    stays no wider than the forms seen: the whole keeps no years."""
    text = (
        "Er gaat € 500 miljoen naar het nieuwe fonds voor ondernemers, waarvan € 200 miljoen in "
        "2025 en € 300 miljoen in 2026."
    )
    rows = extract_amounts(inline_document(text))
    assert (rows[0]["year_from"], rows[0]["year_to"]) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # the line breaks after "en", the next part's year opening the next line
        "De provincie reserveert € 30 miljoen, verdeeld over 2027 (€ 12 miljoen) en\n"
        "2028 (€ 18 miljoen). Het geld gaat naar fietspaden.",
        # a layout's text layer indents every line
        " De provincie reserveert € 30 miljoen, verdeeld over 2027 (€ 12 miljoen) en\n"
        " 2028 (€ 18 miljoen). Het geld gaat naar fietspaden.",
    ],
)
def test_a_line_break_after_en_before_a_part_s_year_joins_it_as_a_space_does(text: str) -> None:
    """The white space around the "en" joining two parts, each a year and its sum in
    brackets, may be a line break and the next line's indent: the last part is its year's,
    and the whole spans both parts' years, as on one line (the last part took no year, and
    the whole none where the line was indented)."""
    rows = extract_amounts(inline_document(text, published="2026-09-15"))
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows] == [
        (2027, 2028, "stated"),
        (2027, 2027, "stated"),
        (2028, 2028, "stated"),
    ]


def test_a_word_ending_in_en_before_a_line_opening_on_a_year_joins_no_part() -> None:
    """Near form: a word merely ending in "en" at a line's end ("gemeenten") is no "en"
    joining parts: the year opening the next line before a bracketed sum labels nothing."""
    text = (
        "Het geld van de provincie gaat naar fietspaden in de gemeenten\n"
        "2028 (€ 18 miljoen is al toegezegd) en verder naar wegen."
    )
    rows = extract_amounts(inline_document(text, published="2026-09-15"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(None, None)]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        # "uit" names the year the shift leaves
        (
            "Het betreft een kasschuif van € 50 miljoen uit 2026 naar 2027 (€ 20 miljoen) en"
            " 2028 (€ 30 miljoen).",
            (2026, 2028),
        ),
        # the whole printed as that year's fall, the parts as rises
        (
            "Het betreft een kasschuif van -/- € 50 miljoen uit 2026 naar 2027 (+ € 20 miljoen)"
            " en 2028 (+ € 30 miljoen).",
            (2026, 2028),
        ),
    ],
)
def test_a_shift_out_of_a_year_uit_names_spans_it_and_its_parts_years(
    text: str, whole: tuple[int, int]
) -> None:
    """A whole moved "uit" a year "naar" parts, each a year and its sum in brackets
    (a plus sign before it or not), spans the year it leaves and the parts' years, as after
    "van": the parts add up to its size, its sign the fall of the year it leaves."""
    rows = extract_amounts(inline_document(text, published="2026-09-15"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [whole, (2027, 2027), (2028, 2028)]


def test_rises_that_do_not_add_up_to_the_fall_of_a_shift_give_it_no_span() -> None:
    """Near form: parts whose sums do not add up to the whole's size leave it the years its
    own words give, the shift to the first part's year."""
    text = (
        "Het betreft een kasschuif van -/- € 50 miljoen uit 2026 naar 2027 (+ € 20 miljoen)"
        " en 2028 (+ € 20 miljoen)."
    )
    rows = extract_amounts(inline_document(text, published="2026-09-15"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [
        (2026, 2027),
        (2027, 2027),
        (2028, 2028),
    ]
