"""The amounts extractor on the five real documents.

The expectations below are observations of the source texts (line numbers and values read
by hand from sources/*.txt), so they break if the extractor stops finding what is printed.
"""

from __future__ import annotations

import csv
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from inline_document import inline_document

from budgetkit.extract import amounts_furniture, amounts_years
from budgetkit.extract.amounts import extract_amounts
from budgetkit.extract.amounts_context_years import fill_context_years
from budgetkit.extract.amounts_years import first_years, years_in
from budgetkit.extract.money_quotes import parse_quote
from budgetkit.extract.warnings import ExtractWarning
from budgetkit.project import Project
from budgetkit.sources import SourceDocument, load_sources
from budgetkit.validate.dutchnumbers import read_money

REGIOPLUS = "regioplus-miljoenennota-2021"
PLATFORM31 = "platform31-rijksbegroting-2020"
VNG = "vng-ledenbrief-rijksbegroting-2021"
VWS = "vws-begroting-2023-artikel-3"
TAZ = "vws-kamerbrief-taz-2023"


@pytest.fixture(scope="module")
def documents(project: Project) -> dict[str, SourceDocument]:
    return {doc.id: doc for doc in load_sources(project)}


@pytest.fixture(scope="module")
def rows(documents: dict[str, SourceDocument]) -> dict[str, list[dict[str, Any]]]:
    return {doc_id: extract_amounts(doc) for doc_id, doc in documents.items()}


@pytest.fixture(scope="module")
def schema(project: Project) -> dict[str, Any]:
    return json.loads((project.schemas / "amounts.json").read_text(encoding="utf-8"))


def _at(rows: dict[str, list[dict[str, Any]]], doc_id: str, line: int) -> list[dict[str, Any]]:
    return [row for row in rows[doc_id] if row["line"] == line]


def _values(rows: dict[str, list[dict[str, Any]]], doc_id: str, line: int) -> list[int]:
    return [row["amount_eur"] for row in _at(rows, doc_id, line)]


def test_every_quote_is_at_its_line_and_parses_back(rows, documents) -> None:
    for doc_id, doc_rows in rows.items():
        doc = documents[doc_id]
        assert doc_rows, doc_id
        for row in doc_rows:
            assert doc.text_at(row["line"], row["column"], len(row["quote"])) == row["quote"]
            parsed = parse_quote(row["quote"], row["scale"])
            assert parsed == (row["amount_eur"], row["amount_eur_max"]), row["amount_id"]
            assert row["amount_id"] == f"{doc_id}:{row['line']}:{row['column']}"


def required(field: dict[str, Any]) -> bool:
    return bool(field.get("constraints", {}).get("required"))


def test_rows_fit_the_schema(rows, schema) -> None:
    fields = {field["name"]: field for field in schema["fields"]}
    enums = {
        name: set(field["constraints"]["enum"])
        for name, field in fields.items()
        if "enum" in field.get("constraints", {})
    }
    ids = set()
    for doc_rows in rows.values():
        for row in doc_rows:
            assert set(row) <= set(fields), set(row) - set(fields)
            assert {"ministry", "section_id", "measure_id"}.isdisjoint(row)
            for name, allowed in enums.items():
                if name in row and (row[name] is not None or required(fields[name])):
                    assert row[name] in allowed, (row["amount_id"], name, row[name])
            for name in ("year_from", "year_to"):
                assert row[name] is None or 1990 <= row[name] <= 2100
            assert row["amount_id"] not in ids
            ids.add(row["amount_id"])
            assert row["sentence"] and "\n" not in row["sentence"]


def test_rows_are_in_text_order(rows) -> None:
    for doc_rows in rows.values():
        keys = [(row["line"], row["column"]) for row in doc_rows]
        assert keys == sorted(keys)


@pytest.mark.parametrize(
    ("doc_id", "line", "quote", "amount", "amount_max"),
    [
        (REGIOPLUS, 203, "€ 482 mln.", 482_000_000, None),
        (REGIOPLUS, 256, "€ 1,15 mld.", 1_150_000_000, None),
        (REGIOPLUS, 587, "€ 1.000.-", 1_000, None),
        (REGIOPLUS, 591, "€ 500,-", 500, None),
        (REGIOPLUS, 643, "€ 80.100.000", 80_100_000, None),
        (REGIOPLUS, 689, "€ 0,9 à € 1 mld.", 900_000_000, 1_000_000_000),
        (REGIOPLUS, 918, "€ 32,8 \n\nmln.", 32_800_000, None),
        (REGIOPLUS, 1014, "€41 mln.", 41_000_000, None),
        (REGIOPLUS, 1417, "300 mln.", 300_000_000, None),
        (REGIOPLUS, 2320, "€ 5.310 mln.", 5_310_000_000, None),
        # "van €" ends line 2343: the amount's text starts there, its number on line 2345.
        (REGIOPLUS, 2343, "€ \n\n7.500,-", 7_500, None),
        (VNG, 2026, "€\xa0 \n51 miljoen", 51_000_000, None),
        (PLATFORM31, 153, "2 miljard euro", 2_000_000_000, None),
        (PLATFORM31, 173, "42.000 euro", 42_000, None),
        (PLATFORM31, 173, "38.000", 38_000, None),  # "van ruim 38.000 naar 42.000 euro"
        (PLATFORM31, 1087, "Twee miljard", 2_000_000_000, None),
        (PLATFORM31, 1354, "honderd miljoen", 100_000_000, None),
        (PLATFORM31, 4075, "100,0 miljoen euro", 100_000_000, None),
        (PLATFORM31, 4923, "100 miljoen", 100_000_000, None),
        (VNG, 62, "€\xa04.262,6 miljoen", 4_262_600_000, None),
        (VNG, 395, "€\xa0400.000", 400_000, None),
        (VNG, 2662, "€9,2 \nmiljoen", 9_200_000, None),
        (VWS, 51, "€\xa040\xa0miljoen", 40_000_000, None),
        (VWS, 948, "€\xa014,8\xa0miljard", 14_800_000_000, None),
        (TAZ, 731, "150 miljoen", 150_000_000, None),
        (TAZ, 862, "2,5 miljoen", 2_500_000, None),
        (TAZ, 879, "50.000 euro", 50_000, None),
    ],
)
def test_real_amounts_are_found(rows, doc_id, line, quote, amount, amount_max) -> None:
    found = [(r["quote"], r["amount_eur"], r["amount_eur_max"]) for r in _at(rows, doc_id, line)]
    assert (quote, amount, amount_max) in found


def test_taz_letter_has_exactly_its_three_amounts(rows) -> None:
    assert [(r["line"], r["amount_eur"]) for r in rows[TAZ]] == [
        (731, 150_000_000),
        (862, 2_500_000),
        (879, 50_000),
    ]


def test_list_sharing_one_unit_is_split_with_its_years(rows) -> None:
    """ "voor de jaren 2021, 2022 en 2023 respectievelijk € 8,10 \nen 10 miljoen": three
    years, so "8,10" is two items printed without the space after the comma; each item is
    quoted alone and takes the unit printed on the next line."""
    items = [r for r in rows[VNG] if r["line"] == 2682]
    assert [r["quote"] for r in items] == ["€\xa08", "10"]
    assert [(r["scale"], r["scale_line"]) for r in items] == [("mln", 2683), ("mln", 2683)]
    (last,) = _at(rows, VNG, 2683)
    assert last["quote"] == "10 miljoen"
    assert [r["amount_eur"] for r in [*items, last]] == [8_000_000, 10_000_000, 10_000_000]
    assert [r["year_from"] for r in [*items, last]] == [2021, 2022, 2023]


def test_scale_printed_in_prose_applies_to_bare_numbers(rows) -> None:
    found = [
        (r["quote"], r["amount_eur"], r["scale"], r["scale_line"])
        for r in _at(rows, REGIOPLUS, 270)
    ]
    assert found == [("300", 300_000, "duizend", 270), ("1.700", 1_700_000, "duizend", 270)]


@pytest.mark.parametrize(
    ("note", "factor"),
    [("(bedragen x k€)", 1_000), ("(bedragen in K€)", 1_000), ("(bedragen in M€)", 10**6)],
)
def test_a_prose_scale_note_with_a_currency_prefix_scales_bare_numbers(note, factor) -> None:
    text = f"Het budget stijgt: in 2021 300, en in 2023 1.700 {note}."
    found = [(q, a) for q, a, _m, _c in _read(text)]
    assert found == [("300", 300 * factor), ("1.700", 1_700 * factor)]


def _scaled(text: str) -> list[tuple[str, int, int | None, int | None, str, int | None]]:
    return [
        (r["quote"], r["amount_eur"], r["year_from"], r["year_to"], r["basis"], r["scale_line"])
        for r in extract_amounts(_doc(text))
    ]


def test_a_prose_note_heading_its_lines_scales_the_figures_after_their_year_labels() -> None:
    """A note ending the lead sentence before its colon, or a heading line, scales the bare
    figures the lines under it print after a year label, signed or not; they were lost."""
    kasschuiven = (
        "Bij Voorjaarsnota zijn de volgende kasschuiven verwerkt (bedragen in miljoenen euro):\n"
        "• Onderwijs, huisvesting: 2021 –45; 2022 +45\n"
        "• Infrastructuur, spoor: 2021 −120; 2023 +120\n"
        "De schuiven zijn over de hele periode budgetneutraal."
    )
    assert _scaled(kasschuiven) == [
        ("–45", -45_000_000, 2021, 2021, "per_year", 1),
        ("+45", 45_000_000, 2022, 2022, "per_year", 1),
        ("−120", -120_000_000, 2021, 2021, "per_year", 1),
        ("+120", 120_000_000, 2023, 2023, "per_year", 1),
    ]
    heading = (
        "Budgettaire gevolgen (bedragen x € 1.000)\n"
        "Investering 2025: 2.400; kapitaallasten 2026 e.v.: 96 per jaar."
    )
    assert _scaled(heading) == [
        ("2.400", 2_400_000, 2025, 2025, "per_year", 1),
        ("96", 96_000, 2026, None, "structural_from_year", 1),
    ]


def test_a_prose_note_scales_year_labelled_figures_with_a_space_after_their_sign() -> None:
    """A list under a lead sentence whose note names the unit prints each year's figure
    with a space after its sign ("2025: + 80", "2026: - 15"): in the note's unit, as "+80"
    is; they were lost."""
    bijstelling = (
        "De uitkering is ten opzichte van de vorige circulaire bijgesteld (bedragen in"
        " miljoenen euro):\n2025: + 80\n2026: - 15\n2027: + 210\n\nDe gevolgen per"
        " gemeente volgen."
    )
    assert _scaled(bijstelling) == [
        ("+ 80", 80_000_000, 2025, 2025, "per_year", 1),
        ("- 15", -15_000_000, 2026, 2026, "per_year", 1),
        ("+ 210", 210_000_000, 2027, 2027, "per_year", 1),
    ]


def test_a_lead_in_note_holding_a_clause_after_a_semicolon_scales_its_year_labels() -> None:
    """A lead-in's note whose brackets go on after the unit with a clause of their own,
    after a semicolon and over the line's end ("(bedragen x € 1.000; een⏎min betekent een
    tekort):"), heads the year-labelled figures under it as "(bedragen x € 1 mln):" does;
    they were lost. So does the sign legend of a list of labelled items."""
    saldo = (
        "Na verwerking ziet het saldo er als volgt uit (bedragen x € 1.000; een\n"
        "min betekent een tekort):\n2025: 527\n2026: -386\n2027: -1.945\n\nDekking volgt."
    )
    assert _scaled(saldo) == [
        ("527", 527_000, 2025, 2025, "per_year", 1),
        ("-386", -386_000, 2026, 2026, "per_year", 1),
        ("-1.945", -1_945_000, 2027, 2027, "per_year", 1),
    ]
    legend = (
        "De volgende mutaties zijn verwerkt (x € 1.000; - = nadeel):\n"
        "– bijdrage aan het Infrastructuurfonds: -65.000;\n"
        "– bijdrage aan het Gemeentefonds: 12.000.\n"
    )
    assert [(q, a) for q, a, _y, _t, _b, _l in _scaled(legend)] == [
        ("-65.000", -65_000_000),
        ("12.000", 12_000_000),
    ]


def test_a_note_s_clause_after_a_semicolon_may_wrap_over_two_line_ends() -> None:
    """A sign legend in a lead-in's note that takes a full line between the unit's line and
    the bracket's close ("(bedragen x € 1 mln; een min betekent⏎dat er meer is uitgegeven
    dan begroot, een plus dat er⏎geld is overgebleven):") heads the year-labelled figures
    under it, as one wrapping once does; they were lost."""
    saldo = (
        "Het saldo per jaar is (bedragen x € 1 mln; een min betekent\n"
        "dat er meer is uitgegeven dan begroot, een plus dat er\n"
        "geld is overgebleven):\n2024: -1,4\n2025: 0,6\n\nDekking volgt."
    )
    assert _scaled(saldo) == [
        ("-1,4", -1_400_000, 2024, 2024, "per_year", 1),
        ("0,6", 600_000, 2025, 2025, "per_year", 1),
    ]


def test_a_note_s_clause_after_a_semicolon_may_wrap_over_three_line_ends() -> None:
    """A sign legend in a lead-in's note taking two full lines between the unit's line and
    the bracket's close ("(bedragen x € 1.000; een⏎<the minus's legend>⏎<running on>, <the
    plus's legend>⏎<its end>):") heads the year-labelled figures under it, as one wrapping
    twice does; they were lost. Over a blank line, or closing inside its sentence, it heads
    none (unchanged)."""
    lead = (
        "Het resultaat is per jaar (bedragen x € 1.000; een\n"
        "negatief bedrag betekent dat de kosten van bouw- en woonrijp maken hoger\n"
        "uitvallen dan de opbrengsten uit de uitgifte van kavels, een positief bedrag\n"
        "dat er per saldo winst wordt genomen){end}\n2026: -385\n2027: 1.120\n\nDekking volgt."
    )
    assert _scaled(lead.format(end=":")) == [
        ("-385", -385_000, 2026, 2026, "per_year", 1),
        ("1.120", 1_120_000, 2027, 2027, "per_year", 1),
    ]
    assert _scaled(lead.format(end=" is verwerkt.")) == []
    assert _scaled(lead.replace("hoger\n", "hoger\n\n").format(end=":")) == []


@pytest.mark.parametrize(
    "rest",
    [") ziet er\nals volgt uit:", ") ziet er als volgt uit:", ") is per jaar\nals volgt:"],
)
def test_a_lead_in_going_on_after_its_note_to_a_colon_is_headed_by_it(rest: str) -> None:
    """A note closing inside its lead-in, the lead's words going on to the colon ending its
    line, on that line or over a line end ("(bedragen x € 1.000; een min betekent een
    onttrekking) ziet er⏎als volgt uit:"), heads the year-labelled figures under it as a
    note before the colon does; they were lost."""
    text = (
        "Het saldo van de voorziening (bedragen x € 1.000; een min\n"
        f"betekent een onttrekking{rest}\n2026: -240\n2027: -95\n\nDekking volgt."
    )
    assert _scaled(text) == [
        ("-240", -240_000, 2026, 2026, "per_year", 1),
        ("-95", -95_000, 2027, 2027, "per_year", 1),
    ]


@pytest.mark.parametrize(
    "rest",
    [
        # the lead's sentence ends, another opens: the note heads nothing under it
        ") blijft boven de ondergrens. De lengte in kilometers is:",
        # a figure, or no colon ending the lead
        ") is in 2026\nals volgt:",
        ") ziet er\nals volgt uit",
    ],
)
def test_a_note_inside_a_sentence_heads_nothing_under_a_lead_it_does_not_open(
    rest: str,
) -> None:
    text = (
        "Het saldo van de voorziening (bedragen x € 1.000; een min\n"
        f"betekent een onttrekking{rest}\n2026: -240\n2027: -95\n\nDekking volgt."
    )
    assert _scaled(text) == []


@pytest.mark.parametrize(
    "rest",
    [
        # the lead's words after the note say the figures are fte, or shares
        ") zijn hieronder\nomgerekend naar fte:",
        ") zijn, uitgedrukt\nin procenten van de totale begroting, als volgt:",
        ") geven het aantal\nplaatsen per jaar:",
    ],
)
def test_a_lead_going_on_to_name_counts_or_shares_after_its_note_reads_no_sums(
    rest: str,
) -> None:
    """The lead's words after the note's bracket are checked as an item's label is: where
    they name a count, fte, a share or a unit of their own, the figures under them are no
    sums in the note's unit (they were read as thousands of euros)."""
    text = (
        "De personele lasten van de kazernes (bedragen x € 1.000; inclusief inhuur"
        f"{rest}\n2026: 48,5\n2027: 51,0\n\nDekking volgt."
    )
    assert _scaled(text) == []


def test_a_lead_going_on_after_its_note_naming_money_still_reads_its_sums() -> None:
    """Near form: the lead's words after the note name what the sums are for, no unit of
    their own; the figures under it are sums in the note's unit."""
    text = (
        "De investeringen in materieel (bedragen x € 1.000; een min is een desinvestering) zijn"
        " voor de\nkomende jaren als volgt gepland:\n2026: 1.850\n2027: -310\n\nDekking volgt."
    )
    assert _scaled(text) == [
        ("1.850", 1_850_000, 2026, 2026, "per_year", 1),
        ("-310", -310_000, 2027, 2027, "per_year", 1),
    ]


def test_a_bracket_inside_a_note_s_wrapped_clause_is_its_words() -> None:
    """A bracket of its own inside a note's clause, closed on its line ("(bedragen x € 1 mln;
    de⏎kredieten voor het HWBP-deel (90% subsidie) zijn⏎bruto opgenomen):"), is the clause's
    words: the note heads the year-labelled figures under it (they were lost). An inner
    bracket left open, or closing past its line's end, makes no note (unchanged)."""
    lead = (
        "De kredieten zijn per jaar (bedragen x € 1 mln; de\n"
        "kredieten voor het HWBP-deel {inner} zijn\nbruto opgenomen):\n2026: 12,6\n2027: 8,9\n"
        "\nHet bestuur."
    )
    assert _scaled(lead.format(inner="(90% subsidie)")) == [
        ("12,6", 12_600_000, 2026, 2026, "per_year", 1),
        ("8,9", 8_900_000, 2027, 2027, "per_year", 1),
    ]
    assert _scaled(lead.format(inner="(90% subsidie")) == []
    assert _scaled(lead.format(inner="(90%\nsubsidie)")) == []


def test_a_note_s_words_after_a_comma_may_wrap_over_the_line_s_end() -> None:
    """Words after a comma in a note's brackets ("(bedragen x € 1.000, lopende⏎prijzen):")
    may run on past the line's end, the bracket closing on the next line, as a clause after
    a semicolon may: the note heads the year-labelled figures or the items under it."""
    saldo = (
        "Het saldo ziet er als volgt uit (bedragen x € 1.000, lopende\nprijzen):\n"
        "2025: 527\n2026: -386\n\nDekking volgt."
    )
    assert _scaled(saldo) == [
        ("527", 527_000, 2025, 2025, "per_year", 1),
        ("-386", -386_000, 2026, 2026, "per_year", 1),
    ]
    items = (
        "De volgende mutaties zijn verwerkt (x € 1.000, lopende\nprijzen):\n"
        "– bijdrage aan het Infrastructuurfonds: 65.000;\n"
    )
    assert [(q, a) for q, a, _y, _t, _b, _l in _scaled(items)] == [("65.000", 65_000_000)]


@pytest.mark.parametrize(
    ("note", "read"),
    [
        # how the sums were booked: the items are sums in the unit (they were lost)
        ("(bedragen x € 1 mln; de\nkredieten zijn\nbruto opgenomen)", True),
        ("(x € 1 mln, netto)", True),
        # near forms: other words, a word only opening so, say nothing of the sums
        ("(x € 1 mln; indexcijfers)", False),
        ("(x € 1 mln; brutering gemeentefonds)", False),
    ],
)
def test_a_lead_in_s_note_saying_how_its_sums_were_booked_leaves_its_list_read(
    note: str, read: bool
) -> None:
    """Words after the unit in a lead-in's brackets saying its sums were booked gross or net
    ("; de kredieten zijn bruto opgenomen", ", netto") say how they count, as "afgerond" or
    "lopende prijzen" do: the items under it are sums in the unit."""
    text = (
        f"De investeringskredieten zijn {note}:\n"
        "– dijkvak Zalkerveerweg: 12,6;\n– dijkvak Hasselt-Zwartsluis: 8,9.\n\nHet bestuur."
    )
    expected = [("12,6", 12_600_000), ("8,9", 8_900_000)] if read else []
    assert [(q, a) for q, a, _y, _t, _b, _l in _scaled(text)] == expected


@pytest.mark.parametrize(
    "note",
    [
        "(bedragen x € 1 mln; zie ook paragraaf 3.2)",
        "(x € 1 mln, zie de bijlage)",
        "(x € 1 mln; vgl. tabel 2)",
    ],
)
def test_a_cross_reference_in_a_lead_in_s_note_leaves_its_list_read(note: str) -> None:
    """A cross-reference after the unit in a lead-in's brackets ("(bedragen x € 1 mln; zie
    ook paragraaf 3.2):") says where more is told of the figures, nothing of what they
    count: the items under it are sums in the unit, as under "(bedragen x € 1 mln):". They
    were lost, as under words that may say the figures count no euros."""
    text = (
        f"Voor 2026 zijn de volgende posten voorzien {note}:\n"
        "– gebiedsprocessen veenweide: 4,2;\n– kennis en innovatie: 1,8.\n\nHet college."
    )
    assert [(q, a, y) for q, a, y, _t, _b, _l in _scaled(text)] == [
        ("4,2", 4_200_000, 2026),
        ("1,8", 1_800_000, 2026),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a blank line inside the brackets: no note, but words of two paragraphs
        "Het saldo (bedragen x € 1.000; een\n\nmin betekent een tekort):\n2025: 527\n2026: -386",
        # the note inside its sentence heads no line under it, its clause or not
        "Het saldo (bedragen x € 1.000; een min⏎is een tekort) is verwerkt.\n2025: 527",
        "Het saldo (bedragen x € 1 mln; een min betekent\ndat er meer is uitgegeven dan "
        "begroot, een plus dat er\ngeld is overgebleven) is verwerkt.\n2024: -1,4\n2025: 0,6",
        # a blank line inside a clause wrapping twice: words of two paragraphs
        "Het saldo per jaar is (bedragen x € 1 mln; een min betekent\ndat er meer is "
        "uitgegeven,\n\neen plus dat er geld is overgebleven):\n2024: -1,4\n2025: 0,6",
        # a clause saying what else the list counts, no sign: the items' unit is unclear
        "De volgende mutaties zijn verwerkt (x € 1.000; indexcijfers, zie de bijlage):\n"
        "– bijdrage aan het Infrastructuurfonds: 65.000;\n",
        # a hyphen in a span or a compound is no sign legend (was read and scaled)
        "De volgende mutaties zijn verwerkt (x € 1.000; raming 2024-2025):\n"
        "– bijdrage aan het Infrastructuurfonds: 65.000;\n",
        "De volgende mutaties zijn verwerkt (x € 1.000; niet-geoormerkt):\n"
        "– bijdrage aan het Infrastructuurfonds: 65.000;\n",
        # a blank line inside the brackets after a comma: no note, but words of two paragraphs
        "Het saldo ziet er als volgt uit (bedragen x € 1.000, lopende\n\nprijzen):\n"
        "2025: 527\n2026: -386",
        "De volgende mutaties zijn verwerkt (x € 1.000, lopende\n\nprijzen):\n"
        "– bijdrage aan het Infrastructuurfonds: 65.000;\n",
    ],
)
def test_a_note_s_clause_after_a_semicolon_heads_no_more_than_the_note_does(text: str) -> None:
    assert _scaled(text.replace("⏎", "\n")) == []


def test_a_year_opening_its_line_and_a_figure_after_a_column_s_gap_are_a_labelled_sum() -> None:
    """Under a lead-in's note, a line printing a year and one figure aligned after a wide gap
    ("2026   -740") is a year label and its sum, as "2026: -740" is; they were lost."""
    saldo = (
        "Het meerjarenbeeld laat het volgende saldo zien (bedragen\n"
        "x € 1.000; een negatief bedrag is een tekort):\n"
        "2026   -740\n2027   -2.310\n2029   415\nDe grootste oorzaak is de jeugdzorg."
    )
    assert _scaled(saldo) == [
        ("-740", -740_000, 2026, 2026, "per_year", 1),
        ("-2.310", -2_310_000, 2027, 2027, "per_year", 1),
        ("415", 415_000, 2029, 2029, "per_year", 1),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a row of two figures is a table's row, a line of two years its header
        "Het saldo ziet er als volgt uit (bedragen x € 1.000):\n2026   -740   -2.310\n",
        "Het saldo ziet er als volgt uit (bedragen x € 1.000):\n2025      2026\n",
        # words before the year: a running head and its page number
        "Het saldo ziet er als volgt uit (bedragen x € 1.000):\nVoorjaarsnota 2026     12\n",
        # no note over the lines: no unit for the figure
        "Het saldo ziet er als volgt uit:\n2026   -740\n",
    ],
)
def test_a_table_s_row_a_header_a_running_head_or_no_note_make_no_year_line_sum(text: str) -> None:
    assert _scaled(text) == []


def test_a_year_line_s_gap_may_be_a_tab_and_a_mark_or_a_remark_may_follow_its_figure() -> None:
    """A year line under a note reads its sum when a tab is the column's gap ("JJJJ<tab>-N"),
    when an annual account's mark of a difference follows the figure ("JJJJ      N V": the
    sum as printed) and when a remark follows it after another gap ("JJJJ    N    (raming)",
    "JJJJ    N    ratio N,N", the ratio read as no sum); each was lost."""
    saldo = (
        "De mutaties zijn (bedragen x € 1.000; een min is een onttrekking):\n"
        "2026\t-1.215\n2027      215 V\n2028      130 N\n2029    39.540    (raming)\n"
        "2030    4.850    ratio 1,6\n"
    )
    assert _scaled(saldo) == [
        ("-1.215", -1_215_000, 2026, 2026, "per_year", 1),
        ("215", 215_000, 2027, 2027, "per_year", 1),
        ("130", 130_000, 2028, 2028, "per_year", 1),
        ("39.540", 39_540_000, 2029, 2029, "per_year", 1),
        ("4.850", 4_850_000, 2030, 2030, "per_year", 1),
    ]


@pytest.mark.parametrize(
    "line",
    [
        # a remark naming what the figure counts: no sum in the note's unit
        "2026    412    woningen",
        "2026    48    fte",
        "2026    12    procent",
        # a remark and another column's figure: a table's row
        "2026    39.540    (raming)    40.695",
        # a tab between two figures: a table's row
        "2026\t-1.215\t-604",
        # letters after the figure that are no mark of a difference
        "2026      215 VB",
    ],
)
def test_a_year_line_s_remark_naming_a_count_or_another_column_reads_no_sum(line: str) -> None:
    assert _scaled(f"Het saldo ziet er als volgt uit (bedragen x € 1.000):\n{line}\n") == []


@pytest.mark.parametrize(
    "text",
    [
        # a note of counts over tabbed or remarked year lines
        "De prognose (aantallen; een min is een afname):\n2026\t412\n2027    386    (raming)\n",
        # fte under a note of their own
        "De formatie (in fte; inclusief vrijwilligers):\n2026\t412,5\n2027    418,0    V\n",
    ],
)
def test_tabbed_or_remarked_year_lines_under_no_money_note_read_nothing(text: str) -> None:
    assert _scaled(text) == []


@pytest.mark.parametrize(
    "remark",
    ["(weerstandsratio)", "ratio", "indexcijfer", "pct.", "(prijsindex)", "dekkingsgraad"],
)
def test_a_year_line_s_remark_naming_what_its_figure_is_reads_no_sum(remark: str) -> None:
    """A remark after a year line's figure holding no figure of its own names what the
    figure is: only words known to keep a sum leave it one in the note's unit (a ratio,
    an index or a share was read as thousands of euros)."""
    text = f"De kengetallen (bedragen x € 1.000):\n2026      1,6      {remark}\n"
    assert _scaled(text) == []


@pytest.mark.parametrize(
    "remark",
    ["(raming)", "(begroot)", "(realisatie)", "(netto schuld)", "V", "structureel", "ratio 1,6"],
)
def test_a_year_line_s_remark_keeping_its_sum_still_reads_it(remark: str) -> None:
    """Near form: a remark saying which estimate or account the sum is, how it counts or
    what money it is, or one holding a figure of its own, leaves the figure a sum."""
    text = f"Het saldo (bedragen x € 1.000):\n2026\t12.400\t{remark}\n"
    assert _scaled(text) == [("12.400", 12_400_000, 2026, 2026, "per_year", 1)]


@pytest.mark.parametrize(
    "remark",
    ["(structurele exploitatieruimte)", "incidentele dekkingsruimte", "(voorlopige score)"],
)
def test_a_year_line_s_remark_qualifying_a_measure_reads_no_sum(remark: str) -> None:
    """A word saying how a sum counts ("structureel", "voorlopig") before another noun
    qualifies what that noun names, a measure here: it keeps no sum (it was read as
    thousands of euros)."""
    text = f"De kengetallen (bedragen x € 1.000):\n2026      2,3      {remark}\n"
    assert _scaled(text) == []


@pytest.mark.parametrize(
    "remark",
    ["(structureel)", "incidenteel", "(voorlopig)", "voorlopig cijfer", "structureel saldo"],
)
def test_a_year_line_s_qualifying_word_alone_or_before_a_sum_keeps_it(remark: str) -> None:
    """Near form: the word alone, or before a word naming the figure or a sum, leaves the
    figure a sum."""
    text = f"Het saldo (bedragen x € 1.000):\n2026\t12.400\t{remark}\n"
    assert _scaled(text) == [("12.400", 12_400_000, 2026, 2026, "per_year", 1)]


@pytest.mark.parametrize(
    "remark", ["(berekening)", "(verrekening)", "(vergunningverlening)", "(woningen 12)"]
)
def test_a_year_line_s_remark_holding_a_money_word_inside_another_or_a_count_reads_no_sum(
    remark: str,
) -> None:
    """A money word inside another word ("rekening" in "berekening", "lening" in
    "vergunningverlening") names no money, and a remark naming a count names no sum even
    when it holds a figure of its own: no sum in the note's unit (each was read as one)."""
    text = f"Het saldo (bedragen x € 1.000):\n2026\t12.400\t{remark}\n"
    assert _scaled(text) == []


@pytest.mark.parametrize("remark", ["(rekening)", "(leningen)", "jaarrekening", "geldlening"])
def test_a_year_line_s_remark_naming_an_account_or_loans_keeps_its_sum(remark: str) -> None:
    """Near form: "rekening" and "lening" as words of their own name money."""
    text = f"Het saldo (bedragen x € 1.000):\n2026\t12.400\t{remark}\n"
    assert _scaled(text) == [("12.400", 12_400_000, 2026, 2026, "per_year", 1)]


@pytest.mark.parametrize("remark", ["(excl. btw)", "incl. btw", "(exclusief btw)", "inclusief btw"])
def test_a_year_line_s_remark_on_the_tax_keeps_its_sum(remark: str) -> None:
    """Whether a sum counts the tax is said of money only: the remark keeps the figure a
    sum in the note's unit (it was read as no sum)."""
    text = f"De investering (bedragen x € 1.000):\n2029      515      {remark}\n"
    assert _scaled(text) == [("515", 515_000, 2029, 2029, "per_year", 1)]


@pytest.mark.parametrize("remark", ["(btw-percentage)", "btw-quote"])
def test_a_year_line_s_remark_naming_the_tax_s_rate_reads_no_sum(remark: str) -> None:
    """Near form: a remark naming the tax's rate names what the figure is, no sum."""
    text = f"De kengetallen (bedragen x € 1.000):\n2026      21      {remark}\n"
    assert _scaled(text) == []


_KENGETALLEN = (
    "De kengetallen van de dienst zijn (bedragen x € 1.000):\n"
    "Exploitatieresultaat\n2024      -130\n2025       402\n{label}\n2024        48\n"
    "2025        51\n"
)


@pytest.mark.parametrize("label", ["Formatie in fte", "Aantal meldingen", "Bezettingsgraad (%)"])
def test_a_label_line_naming_another_unit_ends_what_a_money_note_heads(label: str) -> None:
    """Under "(bedragen x € 1.000):" a label line over year lines in euros, then a second label
    line counting staff, cases or a share: its year lines ("2024        48") are no sums in the
    note's unit (they were read as € 48.000 and € 51.000)."""
    assert _scaled(_KENGETALLEN.format(label=label)) == [
        ("-130", -130_000, 2024, 2024, "per_year", 1),
        ("402", 402_000, 2025, 2025, "per_year", 1),
    ]


def test_a_second_label_line_naming_money_keeps_the_note_s_unit() -> None:
    """Near form (unchanged): a second label line naming no other unit ("Algemene reserve")
    heads year lines still in the note's euros."""
    assert [s[:3] for s in _scaled(_KENGETALLEN.format(label="Algemene reserve"))] == [
        ("-130", -130_000, 2024),
        ("402", 402_000, 2025),
        ("48", 48_000, 2024),
        ("51", 51_000, 2025),
    ]


def test_a_year_line_s_label_may_end_in_a_colon_or_run_on_with_e_v() -> None:
    """A year line's label reads as a labelled figure's does: a colon after the year, and
    "e.v." ("en volgende") making the sum the year's and every later year's."""
    saldo = (
        "Het saldo ziet er als volgt uit (bedragen x € 1.000):\n"
        "2026:   -740\n2027 e.v.   415\n2028 e.v.:   20\n"
    )
    assert _scaled(saldo) == [
        ("-740", -740_000, 2026, 2026, "per_year", 1),
        ("415", 415_000, 2027, None, "structural_from_year", 1),
        ("20", 20_000, 2028, None, "structural_from_year", 1),
    ]


def test_a_list_of_differences_marked_v_or_n_under_a_legend_wrapped_after_a_comma() -> None:
    """Items whose figures an annual account marks voordelig or nadelig ("840 N"), under a
    lead-in whose note goes on after a comma on the next line with the marks' legend
    ("(bedragen x € 1.000,⏎V = voordeel, N = nadeel):"), are sums in the note's unit, as
    printed; they were lost (the note was not read past the comma, a legend after a comma was
    no legend, and a mark after a figure ended no item)."""
    oorzaken = (
        "De belangrijkste oorzaken zijn (bedragen x € 1.000,\n"
        "  V = voordeel, N = nadeel):\n"
        "     algemene uitkering (decembercirculaire)        2.105 V\n"
        "     Wmo-maatwerkvoorzieningen                        840 N\n"
        "Het dividend bedroeg € 2,47 per aandeel."
    )
    assert [(q, a) for q, a, _y, _t, _b, _l in _scaled(oorzaken)] == [
        ("2.105", 2_105_000),
        ("840", 840_000),
        ("€ 2,47", Decimal("2.47")),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # words on the next line after the comma saying neither how the sums count nor a legend
        "De belangrijkste oorzaken zijn (bedragen x € 1.000,\nindexcijfers):\n"
        "     Wmo-maatwerkvoorzieningen                        840 N\n",
        # no currency in the note: counts as often as sums
        "De belangrijkste oorzaken zijn (x 1.000,\nV = voordeel, N = nadeel):\n"
        "     Wmo-maatwerkvoorzieningen                        840 N\n",
        # letters after the figure that are no mark of a difference
        "De belangrijkste oorzaken zijn (bedragen x € 1.000,\nV = voordeel, N = nadeel):\n"
        "     Wmo-maatwerkvoorzieningen                        840 NL\n",
    ],
)
def test_a_wrapped_note_s_other_words_or_letters_after_a_figure_read_no_marked_list(
    text: str,
) -> None:
    assert _scaled(text) == []


def test_a_legend_s_marks_may_be_lower_case_or_bracketed_before_the_figure() -> None:
    """Under a lead whose note gives the marks' legend ("V = voordelig en N = nadelig"), an
    item marked in lower case ("<label>      N n") or with the mark in brackets before its
    figure ("<label>      (N) N") is a sum in the note's unit, as printed; both were lost."""
    afwijkingen = (
        "De prognose wijkt af op (bedragen x € 1.000, V = voordelig en N = nadelig):\n"
        "   Wmo huishoudelijke hulp                       1.105 N\n"
        "   Leerlingenvervoer                                76 n\n"
        "   Inhuur derden                               (N) 240\n"
        "   Opleidingen                                  (v) 65\n"
    )
    assert [(q, a) for q, a, _y, _t, _b, _l in _scaled(afwijkingen)] == [
        ("1.105", 1_105_000),
        ("76", 76_000),
        ("240", 240_000),
        ("65", 65_000),
    ]


@pytest.mark.parametrize(
    "item",
    [
        # no legend of the marks: a lower-case letter or a bracketed one may say anything
        "Leerlingenvervoer                                76 n",
        "Inhuur derden                               (N) 240",
        # letters after the figure that are no mark
        "Leerlingenvervoer                                76 nv",
        "Leerlingenvervoer                                76 x",
        # a bracketed word before the figure
        "Inhuur derden                               (NL) 240",
    ],
)
def test_marks_in_lower_case_or_before_the_figure_without_a_legend_read_nothing(item: str) -> None:
    assert _scaled(f"De afwijkingen zijn (bedragen x € 1.000, afgerond):\n   {item}\n") == []
    legend = "De afwijkingen zijn (bedragen x € 1.000; - = nadeel):\n"
    assert _scaled(f"{legend}   {item}\n") == []


def test_a_lead_declaring_sums_in_whole_euros_heads_a_list_of_sums_as_printed() -> None:
    """A lead whose note declares its sums in euros without a scale ("(bedragen in euro's,⏎V
    = voordeel, N = nadeel):") heads items whose figures are sums as printed ("184.250 V" is
    € 184.250); they were lost, the lead read only with a scale."""
    kapitaallasten = (
        "De verschillen in de kapitaallasten zijn (bedragen in euro's,\n"
        "V = voordeel, N = nadeel):\n"
        "     Afschrijvingen                                      184.250 V\n"
        "     Rentetoerekening                                     42.118 N\n"
    )
    assert [(q, a) for q, a, _y, _t, _b, _l in _scaled(kapitaallasten)] == [
        ("184.250", 184_250),
        ("42.118", 42_118),
    ]


@pytest.mark.parametrize(
    "note",
    [
        # no "bedragen": euros of what, is unsaid
        "(in euro's,\nV = voordeel, N = nadeel):",
        # a scale of counts, no currency
        "(x 1,\nV = voor de norm afgehandeld, N = na de norm):",
        # euros per something: a price, no sum
        "(bedragen in euro's per inwoner):",
        # other words after the comma
        "(bedragen in euro's, indexcijfers):",
    ],
)
def test_a_note_without_bedragen_or_with_other_words_heads_no_list_in_whole_euros(
    note: str,
) -> None:
    text = f"De verschillen zijn {note}\n     Afschrijvingen          184.250 V\n"
    assert _scaled(text) == []


def test_a_count_after_n_is_equals_is_no_legend_of_marks() -> None:
    """ "N =" after the note's comma is a legend only before what the mark means ("N =
    nadeel"): before a count ("N = 340 gemeenten", the number of cases) the note's other
    words say the figures may count no euros, and the list is not read (it was)."""
    count = (
        "Het gemiddelde tekort per gemeente is (x € 1.000, N = 340 gemeenten):\n"
        "     Wmo-maatwerkvoorzieningen                        840\n"
    )
    assert _scaled(count) == []


@pytest.mark.parametrize("legend", ["N = nadeel, V = voordeel", "N = nadelig", "V = voordelig"])
def test_a_legend_of_the_marks_after_the_note_s_comma_still_reads_the_list(legend: str) -> None:
    text = (
        f"De belangrijkste oorzaken zijn (bedragen x € 1.000, {legend}):\n"
        "     Wmo-maatwerkvoorzieningen                        840 N\n"
    )
    assert [(q, a) for q, a, _y, _t, _b, _l in _scaled(text)] == [("840", 840_000)]


@pytest.mark.parametrize(
    ("note", "scale", "unit"),
    [
        ("bedragen in miljoenen euro", "mln", 1_000_000),
        ("bedragen x € 1 mln", "mln", 1_000_000),
        ("bedragen x € 1.000", "duizend", 1_000),
    ],
)
def test_a_note_scaled_figure_with_decimals_keeps_the_notes_scale_line(
    note: str, scale: str, unit: int
) -> None:
    """A year-labelled figure with decimals under a lead-in note ("2028: +210,5", "2027:
    - 37,5"), last in its list or amid it, is scaled by the note: its scale_line is the
    note's line. It was taken for a part after a whole in millions ("€ 750 miljard,
    waarvan € 6,1") and pointed at the figure before it, a line printing no scale."""
    for lines, expected in [
        (
            "2026: + 120\n2027: - 37\n2028: +210,5",
            [("+ 120", 120, 2026), ("- 37", -37, 2027), ("+210,5", Decimal("210.5"), 2028)],
        ),
        (
            "2026: + 120\n2027: - 37,5\n2028: +210",
            [("+ 120", 120, 2026), ("- 37,5", Decimal("-37.5"), 2027), ("+210", 210, 2028)],
        ),
        (
            "2026: 120,5\n2027: 37,25\n2028: 210,5\n\nDe gevolgen per gemeente volgen.",
            [
                ("120,5", Decimal("120.5"), 2026),
                ("37,25", Decimal("37.25"), 2027),
                ("210,5", Decimal("210.5"), 2028),
            ],
        ),
    ]:
        text = f"De accressen wijzigen als volgt ({note}):\n{lines}"
        rows = [
            (r["quote"], r["amount_eur"], r["scale"], r["year_from"], r["scale_line"])
            for r in extract_amounts(_doc(text))
        ]
        assert rows == [(q, int(v * unit), scale, y, 1) for q, v, y in expected]


@pytest.mark.parametrize(
    "text",
    [
        # the note inside its sentence heads no line under it
        "De kasschuiven (bedragen in miljoenen euro) zijn verwerkt.\n• Defensie: 2018 –320",
        # a blank line under the note ends what it heads
        "Kasschuiven (bedragen in miljoenen euro):\n\nDefensie: 2018 –320; 2019 +320",
        # a table under it: a header of years, and columns standing wider apart
        "Meerjarenraming (bedragen x € 1.000)\n2024 2025 2026\nLasten  100  200  300",
        "Kasschuiven (bedragen in miljoenen euro)\nDefensie 2018    –320\nOnderwijs 2019    +45",
        # a figure that ends no item counts something the words after it name
        "Kasschuiven (bedragen in miljoenen euro)\nIn 2019 150 extra agenten; in 2020 3,5%.",
        # an item that says it counts ("Aantal", "fte"), and a reference opening with a zero,
        # are no amounts in the note's unit (they were stored as € 1.200 mln, € 450.000 and
        # € 12.345.000)
        "Kasschuiven (bedragen in miljoenen euro):\n• Aantal extra militairen in 2019: 1.200",
        "Gevolgen (bedragen x € 1.000)\nHet aantal woningen in 2027: 450.",
        "Gevolgen (bedragen x € 1.000)\nFormatie in fte 2025: 14; 2026: 16",
        "Overzicht (bedragen x € 1.000)\nZie de brief van 12 maart 2024, kenmerk 2024 0012345.",
        # items of a line of shares: the one printing no "procent" or "%" is a share too
        # (it was stored as € 3,1 mln)
        "Kasschuiven (bedragen in miljoenen euro):\n• Groei 2019 2,5 procent, 2020 3,1",
        "Kasschuiven (bedragen in miljoenen euro):\n• Groei 2019 2,5%; 2020: 3,1;",
    ],
)
def test_a_prose_note_scales_no_figure_it_does_not_head(text: str) -> None:
    assert _scaled(text) == []


def test_a_lead_in_declaring_a_unit_scales_the_figures_of_the_items_listed_under_it() -> None:
    """Items "label: figure" right under a lead-in ending in a unit declaration and a colon
    print bare figures in that unit, with a list mark or none, signed or not, a ";" or "."
    after them; the declaration may wrap. They were lost: no year labels them."""
    wrapped = (
        "De middelen worden als volgt over de provincies verdeeld (bedragen in\n"
        "mln euro):\n"
        "–   Provincie Utrecht: 12,5;\n"
        "–   Provincie Zeeland: 4,0;\n"
        "–   Provincie Drenthe: 8,25.\n"
        "\n"
        "De provincies leggen zelf de helft in."
    )
    assert _scaled(wrapped) == [
        ("12,5", 12_500_000, None, None, "unknown", 1),
        ("4,0", 4_000_000, None, None, "unknown", 1),
        ("8,25", 8_250_000, None, None, "unknown", 1),
    ]
    thousands = (
        "Dit bestaat uit de volgende mutaties (x € 1.000):\n"
        "• overboeking naar het Gemeentefonds: 48.000\n"
        "• loonbijstelling tranche 2023: 7.250\n"
        "• overige bijstellingen:   − 1.500\n"
    )
    assert [(q, a, y) for q, a, y, _t, _b, _l in _scaled(thousands)] == [
        ("48.000", 48_000_000, None),
        ("7.250", 7_250_000, 2023),
        ("− 1.500", -1_500_000, None),
    ]
    dated = (
        "In 2024 zijn de volgende mutaties verwerkt (bedragen x € 1 mln):\n"
        "Decentralisatie-uitkering Jeugd:     + 14,2\n"
        "Integratie-uitkering Participatie:   − 3,8\n"
    )
    assert [(q, a, y) for q, a, y, _t, _b, _l in _scaled(dated)] == [
        ("+ 14,2", 14_200_000, 2024),
        ("− 3,8", -3_800_000, 2024),
    ]
    worded = "De bijdragen per regio (x 1.000 euro):\n– Noord: 12,5;\n– Zuid: 4,0.\n"
    assert [(q, a) for q, a, _y, _t, _b, _l in _scaled(worded)] == [
        ("12,5", 12_500),
        ("4,0", 4_000),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a table's caption: the table reader reads what it heads
        "Tabel 3 Mutaties (x € 1.000):\nSubsidies: 4.500\nOpdrachten: 1.200",
        # items under a lead-in declaring no unit
        "De volgende mutaties zijn verwerkt:\n– Subsidies: 4.500;\n– Opdrachten: 1.200.",
        # a year, a count, a share and a reference are no sums in the lead's unit
        "Het project (bedragen x € 1.000):\n– Startjaar: 2025\n– Aantal projecten: 14\n"
        "– Groei in %: 2,5\n– Kenmerk: 0012345",
        # a line that is no item ends the list
        "De mutaties (x € 1 mln):\nDe rest volgt later.\nOverig: 300",
        # a scale naming no currency scales counts as often as sums
        "Het aantal deelnemers per regio (x 1.000):\n– Noord: 12,5;\n– Zuid: 4,0;\n",
        "De bevolking per provincie (x 1.000):\nGroningen: 586\nFriesland: 651\n",
        "Het aantal reizigers per lijn (x 1 mln):\n– Lijn 3: 1,4;\n",
    ],
)
def test_a_unit_lead_in_scales_no_figure_that_is_no_item_of_its_list(text: str) -> None:
    assert _scaled(text) == []


def test_a_caption_declaring_a_unit_scales_the_figures_of_the_list_under_it() -> None:
    """A unit declared in brackets closing a caption, no colon after it and words after the
    unit in it or not, heads the items listed under it as a lead-in ending in a colon does:
    items after a year label signed "-/-" or "+", and a legend's or listing's labels with
    one figure each set apart by a wide gap, a list mark or none. They were lost."""
    overview = (
        "Overzicht bijstellingen (bedragen x € 1 miljoen, afgerond)\n"
        "- uitkering 2026: + 120\n"
        "- compensatiefonds 2026: -/- 35\n"
    )
    assert [(q, a, y) for q, a, y, _t, _b, _l in _scaled(overview)] == [
        ("+ 120", 120_000_000, 2026),
        ("-/- 35", -35_000_000, 2026),
    ]
    legend = (
        "Figuur 2 Uitgaven per artikel (x € 1 miljoen)\n"
        "        Artikel 7      14,5\n"
        "        Artikel 12      3,0\n"
        "        Overig         80,0\n"
        "\n"
        "                                          17"
    )
    assert _scaled(legend) == [
        ("14,5", 14_500_000, None, None, "unknown", 1),
        ("3,0", 3_000_000, None, None, "unknown", 1),
        ("80,0", 80_000_000, None, None, "unknown", 1),
    ]
    bullets = (
        "Mutaties ten opzichte van de begroting (bedragen in € mln):\n"
        "  • hogere bijdrage               + 1.400\n"
        "  • lagere uitkering              − 650\n"
    )
    assert [(q, a) for q, a, _y, _t, _b, _l in _scaled(bullets)] == [
        ("+ 1.400", 1_400_000_000),
        ("− 650", -650_000_000),
    ]


def test_the_figures_an_item_says_after_its_label_are_in_the_unit_of_its_list() -> None:
    """An item under a lead-in declaring the unit ("(bedragen in miljoenen euro's):") may say
    more than one figure after its label's colon, each ending its clause or followed by its
    year or a word in brackets, and years of its own before it; a share in the label names
    what the sum is for. They were lost: only one figure ending the line was read."""
    text = (
        "De belangrijkste intensiveringen (bedragen in miljoenen euro's):\n"
        "– Zorg (norm 3%): 120 in 2026, oplopend naar 300 in 2029;\n"
        "– Wonen: 2025-2028 jaarlijks 40;\n"
        "– Cultuur: 15 (structureel).\n"
    )
    assert [(q, a, f, t) for q, a, f, t, _b, _l in _scaled(text)] == [
        ("120", 120_000_000, 2026, 2026),
        ("300", 300_000_000, 2029, 2029),
        ("40", 40_000_000, 2025, 2028),
        ("15", 15_000_000, None, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a figure after a word of the item's text numbers that word: an article, a chapter,
        # a motion ("zie motie 35 925"), not a sum
        "Gevolgen (bedragen x € 1.000):\nDekking: uit programma 6;\nToelichting: zie bijlage 2.",
        "De middelen (bedragen in € mln):\n– Wonen: ten laste van artikel 9;",
        "De middelen (bedragen in € mln):\n– Klimaat: zie motie 35 925.",
        # a word in brackets after the figure that says what it counts, not how a sum counts
        "De middelen (bedragen in € mln):\n– Onderwijs: 850 (fte) in 2027;\n– Zorg: 1,5 (procent).",
        # several figures after a label make a table's row, no item of a list
        "Voorzieningen (x € 1.000)\nVoorziening wachtgelden      1.800      1.650\n",
        # a label printing its own unit, or a figure per unit
        "Heffingen (x € 1.000)\nTarief rioolheffing (€)      265\nLasten per huishouden      980",
        "Heffingen (bedragen x € 1.000):\nKosten per inwoner: 740;",
        # labels that count or are a share under a money caption
        "Kerncijfers (x € 1.000)\nFormatieplaatsen      148\nLeerlingen      3.210",
        "Uitgangspunten (bedragen x € 1 miljoen):\nRentepercentage: 1,8;\nOppervlakte in ha: 2.300",
        # words after the unit naming what else the figures count: unclear, not read
        "Klanttevredenheid (x € 1 miljoen, rapportcijfers)\nLoket      7,4\nWebsite      6,8",
        # a caption declaring no currency scales counts as often as sums
        "Figuur 2 Deelnemers per regio (x 1.000)\n    Regio 3      14,5\n    Overig       8,0",
        # shares, and figures that count what the words after them name
        "Figuur 2 Groei per regio (x € 1 mln)\n    Noord      2,5%\n    Zuid       3,1%",
        "De intensiveringen (bedragen in miljoenen euro):\n– Politie: 1.200 extra agenten in 2026;",
        # a numbered list names its items, no sums
        "De mutaties (bedragen x € 1.000):\n1. Kasschuif regionale teams\n2. Loonbijstelling 2025",
        # a line of years heads a table's columns, which the table reader reads
        "Figuur 2 Uitgaven (x € 1 mln)\n       2024      2025\n   Noord   12   14",
        # a figure set wide apart after a year in its label stands in that year's column
        "Overzicht mutaties (x € 1 mln)\nDefensie 2018    –320\nOnderwijs 2019    +45",
        # the declaration of the figure ending a sentence is no caption of the lines under it
        "De uitgaven stijgen met 32.500 (x € 1.000)\nNoord      12,5\nZuid: 8\n",
    ],
)
def test_a_unit_list_takes_no_number_nor_count_for_a_sum(text: str) -> None:
    """Under a lead declaring a unit in euros, a figure that numbers a word of its item,
    counts what a bracket after it names, stands in a table row's columns, or is in the
    unit its label prints (its own, "per <eenheid>", a count, a share or a thing the
    lead's brackets give another unit) is no sum in the lead's unit. They were read as
    sums (begrotingsartikel 14 as € 14.000, 1.200 (fte) as € 1,2 mld). Nor is a figure
    under a caption declaring no currency, a share, a numbered list's item, a line of
    years or a sentence's figure before its own declaration."""
    rows = extract_amounts(_doc(text))
    assert [r for r in rows if r["scale_line"] is not None and r["line"] > r["scale_line"]] == []


def test_a_unit_list_still_reads_the_sums_beside_numbers_and_counts() -> None:
    """The near forms stay sums: a figure opening the item, after a year or after
    "jaarlijks" and "naar", a bracket saying how the sum counts, one figure after a wide
    gap, a money label beside a counted thing."""
    said = (
        "De middelen (bedragen in € mln):\n"
        "– Wonen: 2025-2027 jaarlijks 40;\n"
        "– Klimaat: 60 in 2026, oplopend naar 90 in 2028;\n"
        "– Cultuur: 12 (incidenteel).\n"
    )
    assert [(q, a) for q, a, _f, _t, _b, _l in _scaled(said)] == [
        ("40", 40_000_000),
        ("60", 60_000_000),
        ("90", 90_000_000),
        ("12", 12_000_000),
    ]
    listed = (
        "Kerncijfers (x € 1.000)\nVoorziening wachtgelden      1.800\nBijdrage woningen      640\n"
    )
    assert [(q, a) for q, a, _f, _t, _b, _l in _scaled(listed)] == [
        ("1.800", 1_800_000),
        ("640", 640_000),
    ]


def test_words_after_a_list_unit_naming_another_unit_take_out_the_items_they_name() -> None:
    """Words after the unit in a lead's brackets giving another thing its unit ("formatie in
    fte") say the items named so count in it: the other items stay sums in the lead's unit.
    "Formatie 3,5" was read as € 3.500."""
    staff = (
        "Personele gevolgen (bedragen x € 1.000, formatie in fte)\n"
        "Salarissen      215\n"
        "Formatie      3,5\n"
    )
    assert [(q, a) for q, a, _f, _t, _b, _l in _scaled(staff)] == [("215", 215_000)]


ANALYSE = (  # an annual account's analysis of differences under its section's unit line
    "3.2 Analyse van de afwijkingen programma 4 Onderwijs\n"
    "\n"
    "Bedragen x € 1.000\n"
    "\n"
    "Het programma sluit met een voordeel van € 118 V ten opzichte van de begroting.\n"
    "\n"
    "Leerlingenvervoer (€ 214 N)\n"
    "Het vervoer kostte € 214.000 meer dan geraamd; de ritprijs steeg tot € 38,40.\n"
    "\n"
    "Onderwijshuisvesting (€ 332 V)\n"
    "De nieuwbouw van de school liep vertraging op. De eigen bijdrage is € 35 per leerling.\n"
    "\n"
    "3.3 Programma 5 Sport\n"
    "De huur van de sporthal bedraagt € 640 per maand."
)


def test_a_unit_line_scales_the_deviations_its_analysis_marks_and_heads() -> None:
    """Under a unit line alone ("Bedragen x € 1.000") the deviations an analysis marks
    nadelig or voordelig, in its summary or in brackets ending a post's heading, count in
    the note's unit (they were stored as € 118, € 214 and € 332); a sum printed in full
    (its thousands or cents) is in euros; a figure in a sentence that prints neither may
    count in either and is refused with a warning; the next numbered heading ends the
    section."""
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc(ANALYSE), warnings)
    found = [(r["quote"], r["amount_eur"], r["scale"], r["scale_line"]) for r in rows]
    assert found == [
        ("€ 118", 118_000, "duizend", 3),
        ("€ 214", 214_000, "duizend", 3),
        ("€ 214.000", 214_000, "units", None),
        ("€ 38,40", Decimal("38.40"), "units", None),
        ("€ 332", 332_000, "duizend", 3),
        ("€ 640", 640, "units", None),
    ]
    assert [(w.line, "'€ 35'" in w.reason) for w in warnings] == [(11, True)]
    assert [read_money(r["quote"], r["scale"]).value for r in rows] == [a for _, a, _s, _l in found]


def test_a_unit_line_scales_the_marked_figures_ending_its_post_headings() -> None:
    """A post's heading may print its deviation without a sign ("Leerlingenvervoer 214 N",
    "(332 V)"): in the note's unit too; a marked figure inside a sentence is left."""
    text = (
        "Bedragen x € 1.000\n"
        "\n"
        "Leerlingenvervoer 214 N\n"
        "Het vervoer kostte € 214.000 meer dan geraamd.\n"
        "\n"
        "Onderwijshuisvesting (1.332 V)\n"
        "De nieuwbouw liep vertraging op; het voordeel is 12 N lager.\n"
    )
    rows = extract_amounts(_doc(text))
    found = [(r["quote"], r["amount_eur"], r["currency"], r["scale_line"]) for r in rows]
    assert found == [
        ("214", 214_000, "EUR", 1),
        ("€ 214.000", 214_000, "EUR", None),
        ("1.332", 1_332_000, "EUR", 1),
    ]
    assert [read_money(r["quote"], r["scale"]).value for r in rows] == [a for _, a, _c, _l in found]


def test_a_unit_note_scales_the_figures_its_post_headings_mark_before_them() -> None:
    """A municipal begroting prints a post's deviation with the mark before the figure, in
    brackets ending its heading ("Jeugdhulp (N 1.245)"), two for a post of lasten and baten
    ("(N 1.460 / V 1.270)"): each is in the note's unit. The figure without its thousands
    was refused, the others kept as € 1.245 and € 1.460."""
    text = (
        "Toelichting op de verschillen (bedragen x € 1.000)\n"
        "Leerlingenvervoer (V 214)\n"
        "Het vervoer is opnieuw aanbesteed.\n"
        "Wonen (N 1.460 / V 1.270)\n"
        "Meer huurders, gedekt door een hogere specifieke uitkering.\n"
    )
    rows = extract_amounts(_doc(text))
    assert [(r["line"], r["quote"], r["amount_eur"], r["scale_line"]) for r in rows] == [
        (2, "214", 214_000, 1),
        (4, "1.460", 1_460_000, 1),
        (4, "1.270", 1_270_000, 1),
    ]
    assert [read_money(r["quote"], r["scale"]).value for r in rows] == [
        214_000,
        1_460_000,
        1_270_000,
    ]


def test_a_lower_case_letter_or_a_year_after_the_mark_in_a_heading_s_brackets_is_no_sum() -> None:
    """Near form: "(n 12)" may count or number something, and "(N 2025)" names a year;
    neither is read as a deviation in the note's unit."""
    text = (
        "Toelichting op de verschillen (bedragen x € 1.000)\n"
        "Leerlingenvervoer (n 12)\n"
        "Het vervoer is opnieuw aanbesteed.\n"
        "Onderwijshuisvesting (N 2025)\n"
        "De nieuwbouw is vertraagd.\n"
    )
    assert extract_amounts(_doc(text)) == []


@pytest.mark.parametrize("bracket", ["(N 2024)", "(V 14 fte)", "(N 3 / V 2025)"])
def test_a_heading_s_bracket_reading_no_marked_figure_opens_no_section_under_a_unit_line(
    bracket: str,
) -> None:
    """A heading under a unit line ending in brackets the mark-before-figure reader refuses,
    a year after the mark or a figure naming what it counts, prints no deviation: it opens
    no section in the note's unit, as an unmarked heading does not, and a sum in the
    sentence under it is read as printed. It opened one, in which no figure was read and
    the sum was refused as of an unclear unit."""
    text = f"Bedragen x € 1.000\nSportvoorzieningen {bracket}\nDe huur is € 65 hoger.\n"
    assert _read(text) == [("€ 65", 65, None, "EUR")]


def test_a_heading_s_bracket_of_marked_figures_opens_its_section_under_a_unit_line() -> None:
    """Near form: "(V 14)" and "(N 3 / V 25)" print deviations: the section opens in the
    note's unit, each figure is read in it, and the unmarked sum under them is refused."""
    for bracket, figures in (("(V 14)", [14_000]), ("(N 3 / V 25)", [3_000, 25_000])):
        text = f"Bedragen x € 1.000\nSportvoorzieningen {bracket}\nDe huur is € 65 hoger.\n"
        assert [r["amount_eur"] for r in extract_amounts(_doc(text))] == figures


def test_an_unmarked_figure_in_brackets_ending_a_heading_under_a_unit_line_is_refused() -> None:
    """A section a unit line heads runs to the next numbered heading, past headings that
    are not numbered: a heading there may end in a tariff in brackets ("Hondenbelasting per
    hond (€ 120)"), no deviation. Unmarked, nadelig or voordelig, it was stored as € 120.000
    and € 2.000; which unit it counts in is unclear, so it is refused with a warning. The
    marked deviation in brackets still counts in the note's unit."""
    text = (
        "Bedragen x € 1.000\n"
        "\n"
        "Jeugdzorg met verblijf (€ 842 N)\n"
        "De kosten zijn hoger dan begroot door meer cliënten.\n"
        "\n"
        "Lokale heffingen\n"
        "\n"
        "De tarieven voor 2025 zijn als volgt vastgesteld.\n"
        "Hondenbelasting per hond (€ 120)\n"
        "Toeristenbelasting per overnachting (€ 2)\n"
    )
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc(text), warnings)
    assert [(r["quote"], r["amount_eur"]) for r in rows] == [("€ 842", 842_000)]
    assert [w.line for w in warnings] == [9, 10]


def test_a_unit_note_ending_a_heading_heads_its_section() -> None:
    """The note in brackets ending the section's heading heads the section as one alone on
    its line does."""
    text = (
        "Leerlingenvervoer en huisvesting (bedragen x € 1.000)\n"
        "Het programma sluit met een nadeel van € 96 N. De eigen bijdrage is € 35.\n"
    )
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc(text), warnings)
    assert [(r["quote"], r["amount_eur"], r["scale_line"]) for r in rows] == [("€ 96", 96_000, 1)]
    assert [w.line for w in warnings] == [2]


def test_a_note_printing_the_legend_of_the_marks_heads_its_analysis_of_differences() -> None:
    """A note printing the legend of the marks of difference ("(bedragen x € 1.000; V =
    voordeel, N = nadeel)", "Bedragen x € 1.000. Een V staat voor voordeel") heads an
    analysis of differences, its first line a summary sentence wrapped over the next: the
    deviation marked nadelig ending a post's heading is in its unit, a sum in cents as
    printed. The section was not opened: "€ 315 N" was read as € 315."""
    for note in (
        "4.3 Analyse van de verschillen (bedragen x € 1.000; V = voordeel, N = nadeel)",
        "Bedragen x € 1.000. Een V staat voor voordeel, een N voor nadeel.",
    ):
        text = (
            f"{note}\n"
            " Het programma sluit met een nadeel ten opzichte van de begroting na\n"
            " wijziging. Hieronder lichten wij de afwijkingen toe.\n"
            " Leerlingenvervoer € 315 N\n"
            " De eigen bijdrage per rit steeg naar € 2,50.\n"
        )
        rows = extract_amounts(_doc(text))
        assert [(r["line"], r["quote"], r["amount_eur"]) for r in rows] == [
            (4, "€ 315", 315_000),
            (5, "€ 2,50", Decimal("2.50")),
        ]


def test_a_note_without_a_legend_over_a_wrapped_sentence_heads_no_section() -> None:
    """Near form: the same note without the legend over a sentence wrapped over its first
    line heads no section of prose (its first line ends no sentence): the amount marked
    nadelig after it keeps its face value."""
    text = (
        "4.3 Analyse van de verschillen (bedragen x € 1.000)\n"
        " Het programma sluit met een nadeel ten opzichte van de begroting na\n"
        " wijziging. Hieronder lichten wij de afwijkingen toe.\n"
        " Leerlingenvervoer € 315 N\n"
    )
    rows = extract_amounts(_doc(text))
    assert [(r["line"], r["quote"], r["amount_eur"]) for r in rows] == [(4, "€ 315", 315)]


def test_an_unmarked_part_of_an_analysis_in_a_sentence_counts_in_its_note_s_unit() -> None:
    """In a section an analysis' note heads, an unmarked sum printing its sign and no
    thousands in a sentence naming no price ("van het nadeel is € 400 incidenteel", "de
    rapportagegrens van € 100", "verhoogd met € 287") counts in the note's unit, as the
    deviations marked around it do. They were refused as of an unclear unit."""
    text = (
        "Bedragen x € 1.000\n"
        "\n"
        "Jeugdhulp (€ 1.245 N)\n"
        "Van het nadeel is € 400 incidenteel; € 845 is structureel. Wij melden afwijkingen\n"
        "boven de rapportagegrens van € 100. De rijksbijdrage is verhoogd met € 287.\n"
    )
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc(text), warnings)
    assert [(r["line"], r["amount_eur"], r["scale_line"]) for r in rows] == [
        (3, 1_245_000, 1),
        (4, 400_000, 1),
        (4, 845_000, 1),
        (5, 100_000, 1),
        (5, 287_000, 1),
    ]
    assert warnings == []


def test_a_price_in_an_analysis_s_section_is_still_refused() -> None:
    """Near form: in the same section a price ("de huur is € 65 hoger", "de eigen bijdrage
    is € 35", "€ 12 per leerling") or an unmarked sum in brackets ending a heading ("(€
    120)") may count in euros or in the note's unit: each is refused with a warning."""
    text = (
        "Bedragen x € 1.000\n"
        "\n"
        "Jeugdhulp (€ 1.245 N)\n"
        "De huur is € 65 hoger. De eigen bijdrage is € 35. Het vervoer kost € 12 per leerling.\n"
        "Hondenbelasting (€ 120)\n"
    )
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc(text), warnings)
    assert [r["amount_eur"] for r in rows] == [1_245_000]
    assert [w.line for w in warnings] == [4, 4, 4, 5]


def test_a_compound_opened_by_a_price_s_word_names_a_sum_in_the_note_s_unit() -> None:
    """In a section an analysis' note heads, a compound that a price's word opens names a
    sum, not a price ("de prijscompensatie van € 210", "de huurinkomsten vallen € 90 lager
    uit", "de belastingopbrengst is € 340 lager"): each counts in the note's unit, as the
    deviations around it do. They were refused as prices, of an unclear unit."""
    text = (
        "Bedragen x € 1.000\n"
        "\n"
        "Parkeren (€ 640 N)\n"
        "De prijscompensatie van € 210 is verwerkt. De huurinkomsten vallen € 90 lager uit.\n"
        "De belastingopbrengst is € 340 lager.\n"
    )
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc(text), warnings)
    assert [(r["line"], r["amount_eur"], r["scale_line"]) for r in rows] == [
        (3, 640_000, 1),
        (4, 210_000, 1),
        (4, 90_000, 1),
        (5, 340_000, 1),
    ]
    assert warnings == []


def test_a_compound_headed_by_a_price_s_word_is_still_a_price() -> None:
    """Near form: a compound a price's word ends ("de parkeerheffing", "de huurprijs"), or
    the word in its plural ("de tarieven"), names a price: each sum is refused with a
    warning, of an unclear unit."""
    text = (
        "Bedragen x € 1.000\n"
        "\n"
        "Parkeren (€ 640 N)\n"
        "De parkeerheffing is € 3 hoger. De huurprijs stijgt € 45. De tarieven zijn € 2 hoger.\n"
    )
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc(text), warnings)
    assert [(r["line"], r["amount_eur"]) for r in rows] == [(3, 640_000)]
    assert [w.line for w in warnings] == [4, 4, 4]


def test_a_dotted_abbreviation_in_a_heading_ends_no_sentence_before_its_note() -> None:
    """A heading may abbreviate with dotted letters ("t.o.v.", "i.v.m."): their last stop
    ends no sentence, so the note ending the heading still heads its section. It headed
    nothing, and the change under it was unread."""
    for words in ("Verschillen 2026 t.o.v. 2025", "Mutaties i.v.m. de decentralisatie"):
        text = f"{words} (bedragen x € 1.000)\nDe lasten van het zwembad stijgen met 640.\n"
        rows = extract_amounts(_doc(text))
        assert [(r["quote"], r["amount_eur"], r["scale_line"]) for r in rows] == [
            ("640", 640_000, 1)
        ]


def test_a_heading_s_number_ending_in_a_stop_ends_no_sentence_before_its_note() -> None:
    """A heading numbered with a letter or figures and a stop ("C. Toelichting", "3.
    Financiën", "4.2. Lasten"): the number's stop ends no sentence, so the note ending the
    heading heads its section. It headed nothing, and the change under it was unread."""
    for words in ("C. Toelichting op de lasten", "3. Financiën", "4.2. Lasten"):
        text = f"{words} (bedragen x € 1.000)\nDe lasten van het zwembad stijgen met 640.\n"
        rows = extract_amounts(_doc(text))
        assert [(r["quote"], r["amount_eur"], r["scale_line"]) for r in rows] == [
            ("640", 640_000, 1)
        ]


def test_a_stop_after_a_number_inside_a_heading_s_words_still_ends_a_sentence() -> None:
    """Near form: a letter or figure and a stop after words on the line ("Zie bijlage C.
    Het overzicht", "verwerkt in fase 3. Het overzicht") ends a sentence there, and the
    note after it heads nothing."""
    for words in ("Zie bijlage C. Het overzicht", "Verwerkt in fase 3. Het overzicht"):
        text = f"{words} (bedragen x € 1.000)\nDe lasten van het zwembad stijgen met 640.\n"
        assert extract_amounts(_doc(text)) == []


def test_a_bare_note_followed_on_its_line_by_its_marks_legend_heads_its_section() -> None:
    """A note without brackets ending its own sentence, the legend of the differences'
    marks or signs the rest of its line ("Bedragen x € 1.000. Een V staat voor voordeel,
    een N voor nadeel.", "Bedragen x € 1.000. - = nadeel"), heads the section under it as
    one alone on its line does. It headed nothing: the change under it was unread."""
    for legend in ("Een V staat voor voordeel, een N voor nadeel.", "- = nadeel"):
        text = f"Bedragen x € 1.000. {legend}\n\nDe lasten van het zwembad stijgen met 640.\n"
        rows = extract_amounts(_doc(text))
        assert [(r["quote"], r["amount_eur"], r["scale_line"]) for r in rows] == [
            ("640", 640_000, 1)
        ]


def test_a_bare_note_followed_on_its_line_by_other_words_heads_nothing() -> None:
    """Near form: a note's sentence followed on its line by words of no legend ("Bedragen
    x € 1.000. De tabel toont de lasten."), naming a nadeel or voordeel in no legend's form
    too ("De tabel toont het nadeel per programma."), is a sentence about a table, and
    heads nothing."""
    for words in ("De tabel toont de lasten.", "De tabel toont het voordeel per programma."):
        text = f"Bedragen x € 1.000. {words}\n\nDe lasten van het zwembad stijgen met 640.\n"
        assert extract_amounts(_doc(text)) == []


def test_a_sentence_ending_before_a_note_on_its_line_still_keeps_it_from_heading() -> None:
    """Near form: a word's stop before a space ("verwerkt.") ends a sentence, and the note
    after it on its line heads nothing, abbreviations or not."""
    text = (
        "De mutaties zijn verwerkt. Zie de tabel (bedragen x € 1.000)\n"
        "De lasten van het zwembad stijgen met 640.\n"
    )
    assert extract_amounts(_doc(text)) == []


def test_a_unit_line_over_a_table_heads_no_section_of_prose() -> None:
    """A unit line over a table's header is the table's unit: the prose after the table
    prints its amounts as they are, none refused."""
    text = (
        "Bedragen x € 1.000\n"
        "Post                 Begroting  Realisatie\n"
        "Jeugdzorg                2.410       3.252\n"
        "\n"
        "De eigen bijdrage blijft € 35 per maand.\n"
    )
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc(text), warnings)
    assert [(r["quote"], r["amount_eur"]) for r in rows if r["line"] == 5] == [("€ 35", 35)]
    assert warnings == []


def test_part_without_printed_scale_takes_the_unit_of_its_whole(rows) -> None:
    """VNG prints "totaalbudget van € 750 miljard, waarvan € 6,1 beschikbaar komt"."""
    (part,) = _at(rows, VNG, 1522)
    assert (part["quote"], part["amount_eur"], part["scale"], part["scale_line"]) == (
        "€\xa06,1",
        6_100_000_000,
        "mld",
        1521,
    )
    assert part["role"] == "part"


@pytest.mark.parametrize(
    ("doc_id", "lines", "why"),
    [
        (PLATFORM31, (3330,), "2,6 miljoen 75-plussers"),
        (PLATFORM31, (535,), "11,8 miljard kubieke meter gas"),
        (PLATFORM31, (1871, 1872, 1873), "3 miljoen ton CO2"),
        (PLATFORM31, (3334,), "een half miljoen mensen met dementie"),
        (PLATFORM31, (3545,), "2,5 miljoen mensen laaggeletterd"),
        (PLATFORM31, (3704,), "1,35 miljoen huishoudens"),
        (PLATFORM31, (3853,), "7,5 miljoen containers"),
        (PLATFORM31, (5306,), "12 miljard Nm3"),
        (PLATFORM31, (6098,), "5 procent"),
        (PLATFORM31, (3528, 3540), "428-duizend jongeren in a URL"),
        (VNG, (132,), "table header (x € 1.000)"),
        (VNG, tuple(range(213, 237)), "axis ticks of a lost figure"),
        (VWS, (147,), "table title (bedragen x € 1.000)"),
        (REGIOPLUS, (95, 1094), "page header 'Zorg en Welzijn in de miljoenennota'"),
        (REGIOPLUS, (1052,), "30 à 35 duizend stagiairs"),
        (TAZ, (1377, 1598), "footnote numbers glued to words"),
    ],
)
def test_non_money_is_rejected(rows, documents, doc_id, lines, why) -> None:
    for line in lines:
        stray = [r["quote"] for r in _at(rows, doc_id, line)]
        assert stray == [], (why, line, documents[doc_id].lines[line - 1])


def test_dollars_keep_their_currency_and_are_never_euros(rows) -> None:
    """Platform31: "De kinderbijslag wordt per 2020 met 17,50 \n\ndollar extra verhoogd"."""
    (row,) = _at(rows, PLATFORM31, 6100)
    assert (row["quote"], row["amount_eur"], row["currency"]) == (
        "17,50 \n\ndollar",
        Decimal("17.5"),
        "USD",
    )
    assert all(r["currency"] == "EUR" for doc in rows.values() for r in doc if r is not row)


def test_stagiairs_line_keeps_only_its_euro_amount(rows) -> None:
    assert [r["quote"] for r in _at(rows, REGIOPLUS, 1054)] == ["€ 5,2 mln."]


def test_qualifiers_are_read(rows) -> None:
    assert [r["qualifier"] for r in _at(rows, REGIOPLUS, 779)] == ["een kleine"]
    assert [r["qualifier"] for r in _at(rows, REGIOPLUS, 1887)] == ["ruim"]
    assert [r["qualifier"] for r in _at(rows, REGIOPLUS, 1106)] == ["circa"]
    assert [r["qualifier"] for r in _at(rows, REGIOPLUS, 1231)] == [None, "oplopend tot"]
    assert [r["qualifier"] for r in _at(rows, VNG, 11)] == ["ruim"]


@pytest.mark.parametrize(
    ("doc_id", "line", "year_from", "year_to", "basis"),
    [
        (REGIOPLUS, 906, 2021, 2021, "per_year"),  # In 2021 wordt € 75,5 mln. ...
        (REGIOPLUS, 1173, 2023, None, "structural_from_year"),  # jaarlijks € 130 mln. vanaf 2023
        (REGIOPLUS, 1132, 2019, 2025, "total_over_period"),  # in de periode van 2019 - 2025
        (REGIOPLUS, 1136, 2019, 2023, "total_over_period"),  # 2019 tot en met juni 2023
        (REGIOPLUS, 2044, 2021, 2024, "total_over_period"),  # periode 2021 tot en met 2024
        (REGIOPLUS, 1633, None, None, "incidental"),  # incidenteel € 53 mln.
        (VNG, 62, 2018, 2021, "total_over_period"),  # in totaal ... voor de jaren 2018-2021
        (TAZ, 731, 2023, 2026, "total_over_period"),  # in de jaren 2023 t/m 2026
        (PLATFORM31, 2345, 2019, 2020, "total_over_period"),  # 16 mln ... om in 2019 en 2020
        (PLATFORM31, 5463, None, None, "incidental"),  # eenmalig 1,7 miljard ... jaarlijks 10
        (PLATFORM31, 4693, None, None, "structural_from_year"),  # structureel 100 mln per jaar
        (REGIOPLUS, 270, 2021, 2021, "per_year"),  # in 2021 300 ... (bedragen x 1000)
        (VNG, 125, 2020, 2021, "per_year"),  # van elk € 300 miljoen ... in 2020 en 2021
    ],
)
def test_years_and_basis(rows, doc_id, line, year_from, year_to, basis) -> None:
    first = _at(rows, doc_id, line)[0]
    assert (first["year_from"], first["year_to"], first["basis"]) == (year_from, year_to, basis)


def test_payments_in_two_years_get_their_own_year(rows) -> None:
    assert [r["year_from"] for r in _at(rows, REGIOPLUS, 643) + _at(rows, REGIOPLUS, 645)] == [
        2020,
        2021,
    ]
    # "Er komt in 2020 € 15 miljoen en in 2021 € 30 miljoen": the year before an amount is its own
    assert [r["year_from"] for r in _at(rows, VNG, 1760)] == [2020, 2021]
    # "Van deze € 65 miljoen wordt in 2023 € 62 miljoen overgeheveld"
    assert [r["year_from"] for r in _at(rows, VWS, 1017)] == [None, None, 2023]


@pytest.mark.parametrize(
    ("doc_id", "line", "roles"),
    [
        (REGIOPLUS, 2196, ["total"]),  # in totaal € 100 mln. beschikbaar, waarvan
        (REGIOPLUS, 2198, ["part"]),  # waarvan € 22,4 mln. in 2021
        (REGIOPLUS, 1633, ["measure", "part"]),  # € 53 mln. ... Hiervan is reeds € 22 mln.
        (VWS, 1017, ["measure", "total", "part"]),  # Van deze € 65 miljoen wordt € 62 miljoen
        (VWS, 61, ["measure"]),  # • Samen Vitaal Ouder Worden (€ 25,5 miljoen);
        (VNG, 2448, ["part", "part"]),  # waaronder jaarlijks € 38,6 miljoen voor X, € 14 ...
    ],
)
def test_roles(rows, doc_id, line, roles) -> None:
    assert [r["role"] for r in _at(rows, doc_id, line)] == roles


def test_sentence_is_the_amounts_sentence(rows) -> None:
    (row,) = _at(rows, REGIOPLUS, 1887)
    assert row["sentence"] == (
        "In 2021 is er ruim € 95 mln. beschikbaar voor de subsidieregeling NL leert door."
    )


def test_counts_per_document_are_plausible(rows) -> None:
    """Counts checked by hand against grep for €/mln/mld/miljoen/miljard/euro (see report)."""
    counts = {doc_id: len(doc_rows) for doc_id, doc_rows in rows.items()}
    assert counts[TAZ] == 3
    assert 95 <= counts[REGIOPLUS] <= 105
    assert 160 <= counts[PLATFORM31] <= 185
    assert 170 <= counts[VNG] <= 195
    assert 75 <= counts[VWS] <= 90


@pytest.mark.parametrize(
    ("doc_id", "line", "index", "year_from", "year_to"),
    [
        # "(over 2018-2020 ongeveer € 5 mld. structureel), heeft het kabinet ... een bonus van
        # netto € 1.000.-": the years inside the closed parenthesis are the € 5 mld.'s own.
        (REGIOPLUS, 587, 0, None, None),
        # "5 miljard euro in arbeidskostenontwikkeling over 2018-2020, geld uit voor een netto
        # bonus van €1.000 dit najaar": a year after the previous amount is that amount's.
        (REGIOPLUS, 1270, 0, None, None),
        (REGIOPLUS, 1268, 0, 2018, 2020),
        # "€ 333,3 miljoen voor het jaar 2020 ..., waaronder ... € 100 miljoen": a part shares.
        (VNG, 261, 0, 2020, 2020),
        # "de tranche 2021 van de regeerakkoordgelden (€ 23 miljoen) en de loonbijstelling
        # politie 2020-2025 (€ 168 miljoen)": each label's years go to its own amount.
        (VNG, 930, 0, 2021, 2021),
        (VNG, 931, 0, 2020, 2025),
        # "voor de periode vanaf maart tot en met mei 2020 € 150 mln."
        (REGIOPLUS, 739, 0, 2020, 2020),
        # "in de begroting 2021 ... € 7,1 mln." and "voor het uitvoeringsjaar 2023 ... € 19,5"
        (REGIOPLUS, 1355, 0, 2021, 2021),
        (VWS, 1133, 0, 2023, 2023),
        # "in zowel 2022, als 2023 1.700 (bedragen x 1000)"
        (REGIOPLUS, 270, 1, 2022, 2023),
        # "In 2018 ... waarbij de komende tien jaar € 1,15 mld. ingezet wordt"
        (REGIOPLUS, 256, 0, 2018, 2027),
        # Reported by auditor B: a list of years after a comma or dash.
        (PLATFORM31, 6895, 0, 2019, 2021),  # 1 miljard euro in 2019, 2020 en 2021
        (PLATFORM31, 3769, 0, 2019, 2023),  # verdeeld over de jaren 2019, 2020 en 2023
        (PLATFORM31, 2784, 0, 2020, 2021),  # gereserveerd, verspreid over 2020 en 2021
        (PLATFORM31, 3416, 0, 2019, 2021),  # - uitgesmeerd over 2019, 2020 en 2021 -
        # A year in brackets or after "tranche" / "macrobudget"
        (PLATFORM31, 1012, 0, 2018, 2018),  # 2,2 miljard euro (2018)
        (PLATFORM31, 1014, 0, 2019, 2019),  # en 1,8 miljard euro (2019)
        (PLATFORM31, 4458, 0, 2019, 2019),  # Het accres van tranche 2019 bedraagt 1.068 miljoen
        (VNG, 1943, 0, 2020, 2020),  # Het definitieve macrobudget 2020 bedraagt € 6.375 miljoen
        # A footnote mark glued to a full stop ends the sentence ("zijn.33 Op dit moment")
        (PLATFORM31, 1128, 0, None, None),
        (PLATFORM31, 3847, 0, None, None),  # after "witgewassen.97 Ook"
        # "dit jaar" and "volgend jaar" in a letter published in 2020
        (VNG, 1172, 0, 2020, 2020),
        (VNG, 1172, 1, 2021, 2021),
        (VNG, 1210, 0, 2021, 2021),  # "Tel mee met taal 2020-2024 ... volgend jaar € 21 miljoen"
        (VNG, 1171, 0, None, None),  # "€ 497 miljoen ... waarvan dit jaar ... € 60 miljoen"
        (VNG, 2003, 0, 2020, 2020),  # voor de periode van 1 maart 2020 tot 1 juni 2020
        # A sentence opening on "Hiervoor" / "Dit betreffen" takes the previous sentence's year
        (REGIOPLUS, 1122, 0, 2021, 2021),  # "... in 2021 benut zal worden. Hiervoor is € 38 mln."
        (
            REGIOPLUS,
            1891,
            0,
            2021,
            2021,
        ),  # "In 2021 ... € 95 mln. ... Dit betreffen ... (€ 30 mln.)"
        (REGIOPLUS, 2341, 0, None, None),  # "Hiermee kunnen 10.000 trajecten ... € 3.750,-"
        # "voor de Jeugdwet (€ 7,2 miljoen) en de Wmo (€ 20 miljoen) in 2022"
        (VWS, 1167, 1, 2022, 2022),
        (VWS, 1167, 2, 2022, 2022),
        (
            PLATFORM31,
            6399,
            0,
            2020,
            2020,
        ),  # "een verschuiving van 2021 naar 2020 ... 11,75 miljoen"
        # "in 2022 2,5 miljoen beschikbaar ... activiteiten die het LAZ in 2022–2023 organiseert"
        (TAZ, 862, 0, 2022, 2022),
        # "In 2023 worden onder meer de volgende activiteiten ondernomen:" then bullets
        (VWS, 51, 0, 2023, 2023),
        (VWS, 63, 0, 2023, 2023),
    ],
)
def test_years_found_by_audit(rows, doc_id, line, index, year_from, year_to) -> None:
    row = _at(rows, doc_id, line)[index]
    assert (row["year_from"], row["year_to"]) == (year_from, year_to), row["sentence"]


def test_year_before_the_first_amount_covers_the_later_ones(rows) -> None:
    """ "in 2023 € 5 miljoen beschikbaar gesteld en is er ruim 31 miljoen ... en 9 miljoen" """
    assert [r["year_from"] for r in _at(rows, VWS, 1037)] == [2023, 2023, 2023]


# Prose the five sources do not print, from the development corpus (../shared/corpus/prose).


def _doc(text: str, **meta: object) -> SourceDocument:
    return inline_document(text, **meta)


def _read(text: str, **meta: object) -> list[tuple[str, int, int | None, str]]:
    return [
        (r["quote"], r["amount_eur"], r["amount_eur_max"], r["currency"])
        for r in extract_amounts(_doc(text, **meta))
    ]


BONAIRE = (  # corpus prose page 05: dollars, then an amount that refers back to them
    "Deze afspraak uit 2010 is inmiddels herbevestigd. Dit jaar investeert Nederland 3 miljoen "
    "dollar in de infrastructuur om daarop vooruit te lopen, zegt Plasterk.\n\n"
    "Delegatieleider Clark Abraham is voorlopig gerust: “Drie miljoen in zes maanden is niet "
    "weinig.” Abraham is ook tevreden dat zijn eiland 10 miljoen dollar toegezegd heeft "
    "gekregen om armoede tegen te gaan.\n\nInvesteringen\nBZK investeert in 2015 en 2016 495.000 "
    "dollar om de Bonairiaanse economie te ontwikkelen, ook betaalt het ministerie 1,6 miljoen "
    "dollar om sociaal-economische problematiek aan te pakken. Het ministerie van "
    "Infrastructuur en Milieu (I en M) betaalt 3 miljoen euro voor de wijkaanpak en 9 miljoen "
    "voor de haven."
)


def test_dollars_keep_their_currency_and_bare_amounts_take_the_one_before() -> None:
    assert _read(BONAIRE, published="2015") == [
        ("3 miljoen dollar", 3_000_000, None, "USD"),
        ("Drie miljoen", 3_000_000, None, "USD"),
        ("10 miljoen dollar", 10_000_000, None, "USD"),
        ("495.000 dollar", 495_000, None, "USD"),
        ("1,6 miljoen dollar", 1_600_000, None, "USD"),
        ("3 miljoen euro", 3_000_000, None, "EUR"),
        ("9 miljoen", 9_000_000, None, "EUR"),
    ]


def test_bare_amount_far_from_any_currency_is_euros() -> None:
    text = "Het kostte 5 miljoen dollar." + " Daarna volgde een lange uitleg." * 30
    text += " Verder is er 460 miljoen voor de algemene heffingskorting."
    assert [r[3] for r in _read(text)] == ["USD", "EUR"]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # money in the sentence before says nothing of the count in this one
        (
            "Het aandeel sloot dinsdag op 12,40 euro. De bank noemt het vertrouwen van "
            "3 miljoen klanten van groot belang.",
            ["12,40 euro"],
        ),
        (
            "De premie stijgt met 4 euro per maand; het raakt 2 miljoen klanten direct.",
            ["4 euro"],
        ),
        # still money: a verb with its subject after it, an adverb after the figure
        (
            "De provincie gaf eerder 25 miljoen euro uit aan het gebied. Met deze 40 miljoen "
            "maken we het af.",
            ["25 miljoen euro", "40 miljoen"],
        ),
        (
            "Er is veel gemeenschapsgeld verdampt. Ik kom uit op ongeveer 160 mln. alleen "
            "voor de tunnels.",
            ["160 mln."],
        ),
    ],
)
def test_a_count_in_en_is_read_from_money_in_its_own_sentence(text: str, quotes: list[str]) -> None:
    """A bare figure before a word in "-en" counts what the word names unless its own
    sentence (or clause, after a semicolon) speaks of money: a price in the sentence before
    made "3 miljoen klanten" 3 million euros."""
    assert [r[0] for r in _read(text)] == quotes


def test_a_bare_amount_in_a_text_counting_in_guilders_is_guilders() -> None:
    """A text printing more amounts in guilders than in euros counts in guilders: a bare
    amount far from any printed currency is guilders there, euros elsewhere."""
    far = " Daarna volgde een lange uitleg over de verdeling." * 15
    text = (
        "Het Gemeentefonds groeit volgend jaar met ƒ 465 mln. Het accres voor 1997 bedraagt "
        "312 mln gulden, in 1998 komt daar nog ƒ 40 mln bij." + far + " Voor de grote steden "
        "blijft er dan een bedrag van 12 miljoen over."
    )
    assert [r[3] for r in _read(text)] == ["NLG", "NLG", "NLG", "NLG"]
    euros = text.replace("ƒ 465 mln", "€ 465 mln").replace("ƒ 40 mln", "€ 40 mln")
    assert [r[3] for r in _read(euros)] == ["EUR", "NLG", "EUR", "EUR"]


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopië ontvangt 470 miljoen birr voor irrigatie. Daarnaast gaat 5 miljoen naar "
        "scholen in de regio.",
        "De Wereldbank legt er USD 60 miljoen bij. Nederland besteedt in 2021 nog 12 miljoen "
        "aan klimaatfinanciering.",
    ],
)
def test_a_bare_amount_takes_no_other_figure_s_currency_from_the_sentence_before(
    text: str,
) -> None:
    """Another figure in the next sentence is other money: the document's euros, never the
    foreign currency of the sentence before (only a figure said again takes it, BONAIRE)."""
    assert [r[3] for r in _read(text)] == [_read(text)[0][3], "EUR"]
    assert _read(text)[0][3] != "EUR"


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("Rusland investeert 100 miljard roebel in de regio.", "roebel"),
        ("Canada leent 50 miljoen Canadese dollar uit.", "Canadese dollar"),
        ("IJsland betaalt 2 miljard IJslandse kronen.", "IJslandse kronen"),
        ("Tsjechië betaalt 2 miljard kronen.", "kronen"),
        ("India investeert 100 miljard Indiase roepies.", "Indiase roepies"),
        ("Hongarije betaalt 500 miljoen HUF.", "HUF"),
        ("Oostenrijk betaalde 5 miljard schilling.", "schilling"),
        ("Nigeria ontvangt 3 miljard naira (NGN).", "NGN"),
        # a code after the amount, a mark of an old currency, a CFA franc of no one zone
        ("Nigeria ontvangt 3 miljard NGN voor scholen.", "NGN"),
        ("Frankrijk betaalde 2 miljard FF.", "FF"),
        ("Mali ontvangt 3 miljard CFA-frank.", "CFA-frank"),
        # the currencies development aid is counted in, by name, with their country or not
        ("Oeganda ontvangt 5 miljard Oegandese shilling.", "Oegandese shilling"),
        ("Nigeria ontvangt 3 miljard naira.", "naira"),
        ("Ghana ontvangt 2 miljoen cedi voor scholen.", "cedi"),
        ("Malawi ontvangt 4 miljard kwacha.", "kwacha"),
        ("Vietnam ontvangt 5 miljard dong.", "dong"),
        ("Mozambique ontvangt 3 miljard meticais.", "meticais"),
        ("Hongkong leent 2 miljard Hongkong-dollar.", "Hongkong-dollar"),
        ("Kameroen ontvangt 5 miljard CFA-frank (XAF) voor wegen.", "XAF"),
        ("Canada betaalt tussen de 50 en 60 miljoen Canadese dollar.", "Canadese dollar"),
        ("Rusland geeft 1,2 miljard en 0,8 miljard roebel.", "roebel"),
    ],
)
def test_money_in_a_currency_without_a_code_is_said_and_never_euros(sentence, currency) -> None:
    """A currency the package keeps no code for: the amount is left out with a warning
    naming it, not stored as euros (nor as dollars, taken from an amount before it)."""
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc("Het IMF leent 2 miljard dollar uit. " + sentence), warnings)
    assert [row["currency"] for row in rows] == ["USD"]
    assert [w.reason for w in warnings if currency in w.reason]


@pytest.mark.parametrize(
    ("sentence", "quote", "amount", "currency"),
    [
        ("Kenia krijgt KES 3,2 miljard voor waterputten.", "3,2 miljard", 3_200_000_000, "KES"),
        ("Kenia krijgt 3,2 miljard KES voor waterputten.", "3,2 miljard", 3_200_000_000, "KES"),
        ("Frankrijk rekent op FRF 8 miljard.", "8 miljard", 8_000_000_000, "FRF"),
        ("Ethiopië besteedt 250 miljoen birr aan irrigatie.", "250 miljoen", 250_000_000, "ETB"),
        ("Italië raamde 1.200 miljard lire.", "1.200 miljard", 1_200_000_000_000, "ITL"),
        ("Spanje betaalde 200 miljard peseta's.", "200 miljard", 200_000_000_000, "ESP"),
        ("Bangladesh krijgt 2 miljard taka voor dijken.", "2 miljard", 2_000_000_000, "BDT"),
        # a currency word of no one currency, its ISO code in brackets after it
        (
            "Senegal ontvangt 4 miljard CFA-frank (XOF) voor scholen.",
            "4 miljard",
            4_000_000_000,
            "XOF",
        ),
    ],
)
def test_money_named_by_an_iso_code_the_package_keeps_is_stored_in_it(
    sentence: str, quote: str, amount: int, currency: str
) -> None:
    """An amount in birr, CFA francs or shillings by name and code ("470 miljoen birr (ETB)",
    "6,5 miljard CFA-frank (XOF)") was stored as euros, one by its code before it ("KES 2,6
    miljard") left out: a currency the package keeps a code for (with its Dutch name in
    publish/labels.yml), named by its code before the amount, by a word of its own after it, or
    by its code in brackets after its word, is the amount's; another figure in the next sentence
    that prints none is the document's euros, never the neighbour's currency."""
    rows = extract_amounts(
        _doc("Het IMF leent 2 miljard dollar uit. " + sentence + " Later volgt nog 5 miljoen.")
    )
    got = [(r["quote"], r["amount_eur"], r["currency"]) for r in rows]
    assert got == [
        ("2 miljard dollar", 2_000_000_000, "USD"),
        (quote, amount, currency),
        ("5 miljoen", 5_000_000, "EUR"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Spanje (ESP 47 miljoen inwoners) telt de meeste bezoekers.",
        "Werkloosheid 2024: ESP 2,8 miljoen werklozen, FRA 2,3 miljoen werklozen.",
    ],
)
def test_a_code_before_a_count_is_a_country_s_not_the_currency_s(sentence: str) -> None:
    """ISO codes of countries and of the currencies kept here are alike ("ESP" is Spain's
    and the peseta's): a count after one ("ESP 47 miljoen inwoners") was stored as 47
    million pesetas, and the euro amount after it took the peseta. A counted noun after the
    figure says it counts, as it does without the code."""
    rows = extract_amounts(_doc(sentence + " De bijdrage is 5 miljoen."))
    assert [(r["quote"], r["currency"]) for r in rows] == [("5 miljoen", "EUR")]


@pytest.mark.parametrize(
    ("sentence", "quote", "currency"),
    [
        ("China investeert 100 miljard renminbi in de regio.", "100 miljard renminbi", "CNY"),
        ("China investeert 100 miljard Chinese yuan.", "100 miljard Chinese yuan", "CNY"),
        ("Polen stelt 4,5 miljard zloty (PLN) beschikbaar.", "4,5 miljard zloty", "PLN"),
        ("Het quotum stijgt naar SDR 13,1 miljard.", "SDR 13,1 miljard", "XDR"),
        (
            "Oekraïne kampt met een tekort van 1.500 miljard hryvnia.",
            "1.500 miljard hryvnia",
            "UAH",
        ),
        # a list's first item, bare before the last's currency word: refused, never euros
        ("China geeft 1,2 miljard en 0,8 miljard renminbi.", "0,8 miljard renminbi", "CNY"),
        # "CNY" before the figure is not read as its sign: refused as an unknown code's
        ("China geeft CNY 12 miljard uit.", None, None),
    ],
)
def test_the_renminbi_the_zloty_and_drawing_rights_are_kept_in_their_currency(
    sentence: str, quote: str | None, currency: str | None
) -> None:
    """Amounts in renminbi, zloty and the IMF's drawing rights keep their currency: the first
    two were refused as currencies with no code, "SDR 13,1 miljard" was stored as euros."""
    rows = extract_amounts(_doc("Het IMF leent 2 miljard dollar uit. " + sentence))
    kept = [(quote, currency)] if quote else []
    assert [(row["quote"], row["currency"]) for row in rows][1:] == kept


def test_a_known_currency_with_its_country_stays_read() -> None:
    rows = extract_amounts(_doc("Zwitserland betaalt 2 miljard Zwitserse frank."))
    assert [(row["quote"], row["currency"]) for row in rows] == [
        ("2 miljard Zwitserse frank", "CHF")
    ]


def test_stated_years_are_the_sentences_own() -> None:
    """Corpus prose page 01: one year per amount, each printed just before it."""
    text = (
        "De Rijksbegroting wordt door de waterschappen in 2013 met 100 miljoen euro, in 2014 "
        "met 150 miljoen euro en vanaf 2015 met 200 miljoen euro per jaar ontlast."
    )
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows] == [
        (2013, 2013, "stated"),
        (2014, 2014, "stated"),
        (2015, None, "stated"),
    ]


def test_a_chapter_s_heading_between_paragraphs_parts_their_years() -> None:
    """A chapter's number and title on a line of its own between two paragraphs, no blank
    line around it ("2 Belastingen en tarieven"): the amount above took the year of the
    sentence below as stated, and the sentence below lost its own to the bracket above."""
    text = (
        "De begroting sluit met een saldo van € 2,4 miljoen (2025: + € 5,1 miljoen).\n"
        "2 Belastingen en tarieven\n"
        "De opbrengst van de heffingen stijgt in 2026 naar € 231,6 miljoen.\n"
        "De gemiddelde woonlasten bedragen € 431,21.\n"
        "3 Investeringen\n"
        "In 2026 investeert de gemeente € 96,8 miljoen, waarvan € 41,2 miljoen in scholen."
    )
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["year_from"], r["year_source"]) for r in rows] == [
        ("€ 2,4 miljoen", None, None),
        ("€ 5,1 miljoen", 2025, "stated"),
        ("€ 231,6 miljoen", 2026, "stated"),
        ("€ 431,21", None, None),
        ("€ 96,8 miljoen", 2026, "stated"),
        ("€ 41,2 miljoen", 2026, "stated"),
    ]


@pytest.mark.parametrize("above", ["Het college heeft de begroting sluitend gemaakt.\n", ""])
def test_a_sentence_opening_on_a_number_keeps_its_year_over_its_wrap(above: str) -> None:
    """A sentence opening on a number and a capital, wrapped where its line ran to the margin
    before another capital ("... uit het Fonds⏎Bodemsanering ..."), is no chapter's heading:
    cut there, its amount lost the year its first line states."""
    text = above + (
        "12 Gemeenten ontvangen in 2026 een bijdrage uit het Fonds\n"
        "Bodemsanering van in totaal € 4 miljoen. De verdeling over de\n"
        "gemeenten volgt later dit jaar.\n"
    )
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["year_from"], r["year_source"]) for r in rows] == [
        ("€ 4 miljoen", 2026, "stated")
    ]


def test_a_chapter_s_heading_in_a_narrow_column_parts_its_paragraphs_years() -> None:
    """A chapter's heading as long as the narrow column's lines, the next line's first word
    fitting within the margin a wrapped line shows: a heading, so the amount above takes no
    year from the paragraph below, and the one below keeps its own."""
    text = (
        "Het totaal aan investeringen bedraagt € 431,21.\n"
        "3 Investeringen in de openbare ruimte en wegen\n"
        "In 2026 investeert de gemeente € 12 miljoen in\n"
        "het onderhoud van bruggen en kademuren.\n"
    )
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["year_from"]) for r in rows] == [
        ("€ 431,21", None),
        ("€ 12 miljoen", 2026),
    ]


def test_a_year_right_after_the_amount_beats_one_joined_before_it() -> None:
    """VNG line 205: "de korting in 2020 met € 70 miljoen in 2021"."""
    (row,) = extract_amounts(_doc("de oploop van de korting in 2020 met € 70 miljoen in 2021."))
    assert (row["year_from"], row["year_to"]) == (2021, 2021)


def test_years_from_outside_the_sentence_are_context() -> None:
    """Corpus prose page 03: the year is in the sentence before; page 05: "Dit jaar"."""
    before = (
        "Het grootste voorbeeld was de Tegemoetkoming Vaste Lasten (TVL) over het jaar 2021. "
        "Hiervoor is € 7,9 miljard aan TVL-verleningen aangegaan."
    )
    (row,) = extract_amounts(_doc(before))
    assert (row["year_from"], row["year_source"]) == (2021, "context")
    (row,) = extract_amounts(
        _doc("Dit jaar investeert Nederland 3 miljoen dollar.", published="2015")
    )
    assert (row["year_from"], row["year_source"]) == (2015, "context")
    (row,) = extract_amounts(_doc("Dit betrof € 5,4 miljard aan voorschotten."))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (None, None, None)


def test_context_years_come_from_a_heading_else_the_budget_year() -> None:
    rows = [
        {"year_from": None, "year_to": None, "year_source": None, "section_id": "s2"},
        {"year_from": None, "year_to": None, "year_source": None, "section_id": "s3"},
        {"year_from": None, "year_to": None, "year_source": None, "section_id": None},
        {"year_from": 2019, "year_to": 2019, "year_source": "stated", "section_id": "s2"},
    ]
    sections = [
        {"section_id": "s1", "heading": "Uitgaven 2023", "parent_section_id": None},
        {"section_id": "s2", "heading": "Jeugdzorg", "parent_section_id": "s1"},
        {"section_id": "s3", "heading": "Meerjarig 2022-2025", "parent_section_id": "s1"},
    ]
    fill_context_years(rows, sections, 2024)
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows] == [
        (2023, 2023, "context"),  # the nearest heading naming one year
        (2024, 2024, "context"),  # a heading naming a period gives no single year
        (2024, 2024, "context"),  # no heading: the document's budget year
        (2019, 2019, "stated"),
    ]


def test_a_year_labelling_an_amount_in_a_heading_is_no_year_of_the_section() -> None:
    """A label line the section reader takes for a heading, an amount and last year's in
    brackets ("Onrechtmatig: € X (2023: € Y)"), gave the year of its last amount to its first
    and to every amount under it."""
    rows = [{"year_from": None, "year_to": None, "year_source": None, "section_id": "s2"}]
    sections = [
        {"section_id": "s1", "heading": "Rechtmatigheid 2024", "parent_section_id": None},
        {
            "section_id": "s2",
            "heading": "Onrechtmatig: € 268,1 miljoen (2023: € 94,5 miljoen)",
            "parent_section_id": "s1",
        },
    ]
    fill_context_years(rows, sections, 2025)
    assert (rows[0]["year_from"], rows[0]["year_source"]) == (2024, "context")


def test_a_year_heading_a_list_item_before_a_dash_is_the_items_year() -> None:
    """A list item a year heads after a bullet or before a dash ("• 2027 – € 1.100 mln") took no
    year of its own (the document's year was given to every item); that year heads the item as
    "2027:" does."""
    text = (
        "De commissie adviseert de volgende extra middelen:\n"
        "• 2026 – € 1.000 mln\n• 2027 – € 1.100 mln\n• 2028 – € 1.200 mln\n"
        "2029 - € 1.300 mln\n- 2030 € 1.400 mln\n"
    )
    rows = extract_amounts(_doc(text, published="2026"))
    assert [(r["quote"], r["year_from"], r["year_to"], r["basis"]) for r in rows] == [
        ("€ 1.000 mln", 2026, 2026, "per_year"),
        ("€ 1.100 mln", 2027, 2027, "per_year"),
        ("€ 1.200 mln", 2028, 2028, "per_year"),
        ("€ 1.300 mln", 2029, 2029, "per_year"),
        ("€ 1.400 mln", 2030, 2030, "per_year"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Het Aanvullend Beleidsakkoord trekt in 2009 en 2010 elk € 3 mld. uit voor stimulering.",
        "Nederland stelt in 2026 en 2027 ieder € 3,5 mld beschikbaar voor Oekraïne.",
    ],
)
def test_an_amount_each_of_several_years_gets_is_per_year(text: str) -> None:
    """An amount after several years and "elk" or "ieder" ("in 2009 en 2010 elk € 3 mld") was
    stored as a total over the years: each year gets it."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_to"] - row["year_from"], row["basis"]) == (1, "per_year")


def test_absurd_amount_becomes_a_warning_with_its_line() -> None:
    warnings: list[ExtractWarning] = []
    text = "Inleiding\n\nEr is € 9.300.000.000 mld. gereserveerd en € 5 mln. voor X."
    rows = extract_amounts(_doc(text), warnings)
    assert [r["quote"] for r in rows] == ["€ 5 mln."]
    ((warning,),) = [warnings]
    assert (warning.document_id, warning.line) == ("t", 3)
    assert "9.300.000.000 mld." in warning.reason


CORPUS_LINES = [  # short lines of the corpus prose and table pages, with traps and amounts
    "De besparingen lopen op tot 750 miljoen euro per jaar in 2020, waarvan de water-",
    "18-09-2012 - Nederland boven peil houden.",
    "De lokale overheden krijgen er vanaf 2026 één miljard bij",
    "(Kamerstuk 36 740, nr. 3). Dit betrof € 7,9 miljard aan TVL-verleningen",
    "BZK investeert in 2015 en 2016 495.000 dollar om de Bonairiaanse economie",
    "De werkloosheid komt in 2017 uit op 555.000 mensen zonder baan.",
    "ik mij niet herinneren dat ergens een stukje is aangelegd voor 30 à 35 mln. De",
    "tussen de €1,6 miljard en €1,8 miljard, aangezien er tussen de €5,4 miljard en",
    "het budget €3,8 miljard bedroeg1.1. Over 2021 werd becijferd",
    "Overzicht budgettaire gevolgen van beleid (in € 1 000)",
    "Budgettaire gevolgen van beleid (bedragen x € 1.000)",
    "2020 2021 2022 2023 2024",
    "1.911.712 – 3.422 ‒ 45 −12,5",
    "De individuele referentiewaarde (* € 1.000) voor Geldrop-Mierlo is voor 2023 € 4.602,-.",
    "met ingang van 2020 – 170 miljoen euro",
    "• Samen Vitaal Ouder Worden (€ 25,5 miljoen);",
    "in 2021 300, en in zowel 2022, als 2023 1.700 (bedragen x 1000).",
    "respectievelijk € 8,10",
    "en 10 miljoen",
    "€ 9.300.000.000 mld.",
    "eenmiljoen euro, Drie miljoen, tweeënhalf miljard dollar",
    "Dit jaar en volgend jaar, de komende tien jaar",
    "Er komt €5m extra, € 5 per m2, k€ 500 en 500 kEUR, M€ 5, € 1,2 bn, € 5 mio.",
    "mln. EUR 5 en € mln 2024 2025, € 5 m extra, € 2.5 miljard, m€ 5, € 2 bln",
    "vijfduizend euro, tien duizend euro, per duizend euro (bedragen x k€)",
]


# The development corpus's pages beside the project (../shared/corpus), when present.
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
PAGE_LINES = [
    line
    for path in sorted(CORPUS.glob("*/pages/*.txt"))
    for line in path.read_text(encoding="utf-8").split("\n")
]


@settings(max_examples=150, deadline=None)
@given(
    lines=st.lists(st.sampled_from(CORPUS_LINES + PAGE_LINES), max_size=25),
    joint=st.sampled_from(["\n", "\n\n", " ", "", "\n \n"]),
    published=st.sampled_from(["2020", "2020-09", "", "september"]),
)
def test_extraction_never_raises_on_shuffled_corpus_lines(
    lines: list[str], joint: str, published: str
) -> None:
    doc = _doc(joint.join(lines), published=published)
    for row in extract_amounts(doc, []):
        assert doc.text_at(row["line"], row["column"], len(row["quote"])) == row["quote"]
        assert parse_quote(row["quote"], row["scale"]) == (row["amount_eur"], row["amount_eur_max"])


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_extraction_never_raises_on_any_text(text: str) -> None:
    extract_amounts(_doc(text, published="2021"), [])


def test_the_package_says_where_every_year_comes_from(project: Project) -> None:
    """In the committed package every amount has a year (the five sources all have a budget
    year), stated years stand in the amount's own sentence, and all money is in euros."""
    path = project.datapackage / "data" / "amounts.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    for row in rows:
        assert row["year_source"] in ("stated", "context"), row["amount_id"]
        assert row["year_from"] or row["year_to"], row["amount_id"]
        if row["year_source"] == "stated":
            printed = {row["year_from"], row["year_to"]} - {""}
            assert printed & set(re.findall(r"\d{4}", row["sentence"])), row["amount_id"]
    stated = sum(row["year_source"] == "stated" for row in rows)
    assert 0.4 < stated / len(rows) < 0.8  # about half the money names its year


def test_a_later_year_is_left_for_the_next_amount() -> None:
    text = (
        "De gemeenten ontvangen € 1 miljard in 2024, € 1,5 miljard in 2025 en vanaf 2026 "
        "structureel € 2 miljard."
    )
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [
        (2024, 2024),
        (2025, 2025),
        (2026, None),
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Het Rijk betaalt de provincies voor 2024 € 210 miljoen. Voor 2025 gaat het om € 230"
            " miljoen, voor 2026 om € 250 miljoen en voor 2027 om € 265 miljoen.",
            [(2024, 2024), (2025, 2025), (2026, 2026), (2027, 2027)],
        ),
        (
            "De rijksbijdrage neemt in 2025 met € 4 mln toe en in 2026 met € 6 mln.",
            [(2025, 2025), (2026, 2026)],
        ),
        # a year after the amount and no new item opened before it: the amount's own
        (
            "Het fonds van € 12 mld. van 2019 wordt € 13 mld. in 2020.",
            [(2019, 2019), (2020, 2020)],
        ),
        # the first clause ends in a word after its amount, the next names its noun after
        # its year, or prints its guilder sign as a word before the figure
        (
            "Voor de kustversterking is voor 2026 een bedrag van € 40 mln gereserveerd en voor"
            " 2027 een bedrag van € 55 mln.",
            [(2026, 2026), (2027, 2027)],
        ),
        (
            "De uitgaven dalen in 1998 met f 12,5 miljoen en in 1999 met f 20 mln.",
            [(1998, 1998), (1999, 1999)],
        ),
        # the next item's noun after a word or two describing it ("een structureel tekort")
        (
            "Er resteert in 2026 een voordelig saldo van € 2,4 mln, in 2027 een nadelig saldo"
            " van € 0,4 mln en vanaf 2028 een structureel tekort van € 1,1 mln per jaar.",
            [(2026, 2026), (2027, 2027), (2028, None)],
        ),
        # the next item's noun left out, its "van" alone, the line broken or not
        (
            "Per saldo resulteert voor 2026 een positief saldo van € 155.000, voor 2027 een\n"
            "negatief saldo van € -2.480.000 en voor 2028 van € -6.200.000.",
            [(2026, 2026), (2027, 2027), (2028, 2028)],
        ),
        # "van" after a year no new item opens: the year is the first amount's still
        (
            "De provincie ontving € 4 mln in 2025, een stijging van € 1 mln.",
            [(2025, 2025), (None, None)],
        ),
        # a year before the joint is the first amount's still
        (
            "De gemeente krijgt € 3 mln in 2025 en het Rijk een extra bijdrage van € 2 mln.",
            [(2025, 2025), (None, None)],
        ),
        # "tot en met" is a year's end, no new item
        (
            "Er is € 8 mln beschikbaar tot en met 2026 en daarna niets.",
            [(None, 2026)],
        ),
        # an estimate "op" each year's amount: "raamt het tekort voor 2026 op ... en voor 2027 op"
        (
            "Het college raamt het tekort voor 2026 op € 14 mln en voor 2027 op € 19 mln.",
            [(2026, 2026), (2027, 2027)],
        ),
        (
            "De provincie schat de kosten in 2025 op 3,2 miljoen en in 2026 op 4,1 miljoen euro.",
            [(2025, 2025), (2026, 2026)],
        ),
        # a word of how the next sum counts or of its degree between its year and it
        (
            "Het Rijk geeft voor 2024 eenmalig € 30 mln en voor 2025 en 2026 elk € 35 mln.",
            [(2024, 2024), (2025, 2026)],
        ),
        (
            "De provincie krijgt € 3 mln extra en in 2026 ruim € 8 mln.",
            [(None, None), (2026, 2026)],
        ),
        # every word of degree (``ROUGHLY``) joins, a mean level's too
        (
            "Het kabinet trekt voor 2025 € 8 mln uit en voor 2026 gemiddeld € 9 mln.",
            [(2025, 2025), (2026, 2026)],
        ),
        # no new item opens before the years: they are the first amount's, "elk" its aside's
        (
            "De gemeenten krijgen € 3 mln voor 2025 en 2026, elk € 1,5 mln.",
            [(2025, 2026), (None, None)],
        ),
        # the first item's clause runs on for up to four words after its amount
        (
            "Het kabinet investeert 1,2 miljard extra in defensie en in 2026 nog eens 400 "
            "miljoen euro in de zorg.",
            [(None, None), (2026, 2026)],
        ),
        # "tussen" opening the next item's range joins its year to it
        (
            "Het Rijk geeft dit jaar € 12 mln aan wegen en in 2026 tussen € 8 en € 10 mln.",
            [(None, None), (2026, 2026)],
        ),
        # the first amount's own year before the joint stays its year
        (
            "Het kabinet investeert in 2025 1,2 miljard extra in defensie en in 2026 nog eens "
            "400 miljoen euro in de zorg.",
            [(2025, 2025), (2026, 2026)],
        ),
    ],
)
def test_a_year_opening_the_next_item_of_a_series_is_that_items(
    text: str, years: list[tuple[int, int]]
) -> None:
    """ "Voor 2023 gaat het om € 1,414 miljard en voor 2024 om € 1,514 miljard": the year after
    "en" joined to the next amount by small words is the next item's; the first amount took
    2024 and the second none."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "De gemeente krijgt € 3 mln voor de wijken en in 2026 tussen de gemeenten verdeeld"
            " € 2 mln.",
            [(None, None), (2026, 2026)],
        ),
        (
            "De gemeente kreeg € 5 mln van het Rijk en in 2026 werd daarvan € 3 mln besteed.",
            [(None, None), (2026, 2026)],
        ),
        (
            "De gemeente krijgt € 5 mln extra en vanaf 2026 jaarlijks daarbovenop € 3 mln.",
            [(None, None), (2026, None)],
        ),
    ],
)
def test_a_year_opening_a_conjunct_that_holds_the_next_amount_is_none_of_the_first_s(
    text: str, years: list[tuple[int, int | None]]
) -> None:
    """ "€ X voor de wijken en in JJJJ tussen de gemeenten verdeeld € Y": the year after "en"
    opens the conjunct the next amount stands in, words other than the small joining ones
    between or not; the first amount took it (a year its text never gives it)."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a break after the year: the conjunct ends there, its year the first amount's
        (
            "De provincie heeft € 5 mln beschikbaar gesteld en in 2026 uitgekeerd, waarvan"
            " € 3 mln aan gemeenten.",
            [(2026, 2026), (2026, 2026)],
        ),
        # the first amount's own year before "en"
        ("Het Rijk betaalde € 5 mln in 2025 en in 2026 € 3 mln.", [(2025, 2025), (2026, 2026)]),
        ("Er is € 5 mln gereserveerd voor 2025 en 2026 en € 3 mln voor 2027.",
         [(2025, 2026), (2027, 2027)]),
    ],
)  # fmt: skip
def test_a_year_closing_the_first_conjunct_stays_the_first_amount_s(
    text: str, years: list[tuple[int, int]]
) -> None:
    """Near the form above: a year after "en" whose conjunct ends before the next amount, or
    the first amount's own year before "en", stays the first amount's."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    "text",
    [
        "De heffing werd in 2014 ingevoerd bij de wet (nr. 12) en liep op tot structureel"
        " € 1,7 mld.",
        "Het fonds startte in 2019 met twaalf gemeenten en groeide tot circa € 40 mln.",
        "De bijdrage werd in 2020 verlaagd en daalde naar een tekort van € 3 mln.",
    ],
)
def test_a_year_inside_a_first_conjunct_dates_no_level_a_second_one_reaches(text: str) -> None:
    """ "X werd in JJJJ ingevoerd ... en liep op tot € Y": the year stands inside the first
    conjunct, after its subject and verb, and dates its event (an introduction, a start);
    the second conjunct, "en" and its verb of rising or falling to a level at once, reaches
    the amount later, at a time the sentence does not print. The amount took the year."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(None, None)]


@pytest.mark.parametrize(
    "text",
    [
        # an adverb between the verb of rising and its particle
        "De heffing werd in 2013 ingevoerd en liep daarna op tot ruim € 1,7 mld per jaar.",
        "Het programma is in 2018 gestart en nam vervolgens af tot € 20 mln.",
        # a verb of being and "nu": the present level
        "De belasting werd in 2012 ingevoerd en bedraagt nu circa € 500 mln per jaar.",
        "De regeling startte in 2019 en kost inmiddels € 80 mln.",
        # the first conjunct a rise as well, the second saying it came after
        "De bijdrage steeg in 2021 sterk en liep daarna op tot € 1,1 mld.",
    ],
)
def test_a_later_or_present_level_after_a_first_conjunct_s_year_takes_it_not(text: str) -> None:
    """ "werd in JJJJ ingevoerd en liep daarna op tot € X", "... en bedraagt nu € X": the
    year dates the first conjunct's event; the level came later ("daarna") or is today's
    ("nu"). The amount took the year."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(None, None)]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # the first conjunct is the rise or fall itself: its year is the level's
        ("De bijdrage steeg in 2024 sterk en liep op tot € 1,1 mld.", (2024, 2024)),
        ("Het tekort nam in 2025 toe en liep op tot € 2,3 mld.", (2025, 2025)),
        ("De uitgaven daalden in 2023 en liepen terug tot € 40 mln.", (2023, 2023)),
        ("Het budget liep in 2022 sterk op en groeide tot € 12 mln.", (2022, 2022)),
    ],
)
def test_a_first_conjunct_that_is_itself_the_rise_dates_the_level(
    text: str, years: tuple[int, int]
) -> None:
    """ "De bijdrage steeg in 2024 sterk en liep op tot € X" lost its year: a first conjunct
    whose own verb is a rise or fall tells the same movement as the second, the level is
    reached in its year."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [years]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a year opening the clause dates both conjuncts
        ("In 2024 werd de regeling verruimd en steeg het budget naar € 5 mln.", (2024, 2024)),
        # a year of the second conjunct, or after the level, is the level's
        ("De heffing begon in 2015 en liep in 2017 op tot € 1,7 mld.", (2017, 2017)),
        ("De korting werd in 2013 ingevoerd en loopt op tot € 975 mln in 2025.", (2025, 2025)),
        # a period opening at the year, or a change taking effect then, runs on
        ("Vanaf 2023 is de korting weer van kracht en loopt zij op tot € 975 mln.", (2023, None)),
        ("Die verlaging gaat in 2027 in en kost ruim € 3 mld per jaar.", (2027, None)),
        # no verb of a level reached: the first conjunct's year stays
        ("De regeling startte in 2020 en kostte € 5 mln.", (2020, 2020)),
        # a year of the second conjunct after a verb of being, or one naming no present
        ("De vergoeding werd in 2019 ingevoerd en bedraagt in 2024 € 60 mln.", (2024, 2024)),
        ("De regeling startte in 2020 en bedroeg € 5 mln.", (2020, 2020)),
    ],
)  # fmt: skip
def test_a_year_of_both_conjuncts_or_of_the_level_stays_the_amount_s(
    text: str, years: tuple[int, int | None]
) -> None:
    """Near the form above: a year opening the clause, one of the second conjunct or after
    the level, a period's start, and a first conjunct no level reached follows stay the
    amount's."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [years]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # the dash the next item's minus, or a separator
        (
            "Voor 2025 bedraagt de bijstelling + € 187 miljoen en voor 2026 – € 64 miljoen.",
            [(2025, 2025), (2026, 2026)],
        ),
        (
            "Voor 2025 bedraagt de bijstelling € 187 miljoen en voor 2026 – € 64 miljoen.",
            [(2025, 2025), (2026, 2026)],
        ),
        (
            "In 2025 gaat het om € 187 miljoen en in 2026 - € 64 miljoen.",
            [(2025, 2025), (2026, 2026)],
        ),
    ],
)
def test_a_year_opening_the_next_item_before_a_dash_is_that_items(
    text: str, years: list[tuple[int, int]]
) -> None:
    """ "Voor 2025 bedraagt de bijstelling + € 187 miljoen en voor 2026 – € 64 miljoen": a
    spaced dash between the next item's year and its amount keeps the year that item's, as
    small words do; the first amount took 2026 and the second none."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # no joint opens an item before the year: it is the first amount's, the dash a pause
        (
            "De uitgaven stijgen met € 5 mln in 2025 – € 3 mln meer dan begroot.",
            [(2025, 2025), (None, None)],
        ),
        (
            "De uitgaven stijgen met € 5 mln in 2025 - € 3 mln meer dan begroot.",
            [(2025, 2025), (None, None)],
        ),
    ],
)
def test_a_year_before_a_dash_and_no_joint_stays_the_amounts_before_it(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """Only a year a joint ("en", a comma) opens as the next item's goes to the amount after
    the dash; a year the amount's own clause ends in stays that amount's."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "De provincie trekt in 2025 en 2026 samen € 40 mln uit, naast het eerder toegezegde"
            " bedrag van € 12 mln uit maart 2024.",
            [(2025, 2026), (None, None)],
        ),
        (
            "In 2023 is € 8 miljoen besteed, bovenop de € 3 miljoen uit oktober 2022.",
            [(2023, 2023), (None, None)],
        ),
        # no date after it: the years of the amount before it are shared as before
        (
            "In 2023 is € 8 miljoen besteed, waarvan € 3 miljoen aan jeugdzorg.",
            [(2023, 2023), (2023, 2023)],
        ),
    ],
)
def test_an_amount_dated_by_a_month_after_it_takes_no_earlier_years(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """ "het eerder aangekondigde pakket van € 3,5 mld uit november 2008" took the years of
    the amount before it ("in 2009 en 2010 samen € 6 mld"): a month and its year after an
    amount date it, and it shares no other amount's years."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("De aardgasbaten brachten de staat sinds 1975 ruim 290 miljard euro op.", (1975, None)),
        ("Het fonds keerde circa € 12 mld uit sinds 1986, meldt het ministerie.", (1986, None)),
        # a figure of the 1900s after another word may count things: no year
        ("Er is € 5 mln beschikbaar voor 1950 woningen.", (None, None)),
    ],
)
def test_a_year_before_1990_after_sinds_is_a_start_year(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """ "sinds 1963 ruim 360 miljard euro": "sinds" takes a point in time, so its year of the
    1900s is the amount's first year, as "sinds 2012" is; only years from 1990 were read,
    and the amount got none of its own (the budget year from context)."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"]) == years
    assert row["year_source"] == ("stated" if years[0] else None)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a span opening before 1990, a dash glued between its years: the whole span
        (
            "De NAM droeg in 2023 nog 785 miljoen euro af; over 1963-2023 ontving de Staat in "
            "totaal circa € 363 miljard.",
            (1963, 2023),
        ),
        ("In de periode 1975–2020 keerde het fonds € 12 mld uit.", (1975, 2020)),
        ("Het fonds keerde € 12 mld uit over 1975-2020.", (1975, 2020)),
        # an old figure alone, or after "en", stays no year (unchanged)
        ("Voor 1950 woningen is € 5 mln nodig.", (None, None)),
        ("Tussen 1975 en 2020 keerde het fonds € 12 mld uit.", (None, None)),
        # a range counting things opens no span: no word of time before it
        ("Voor 1950-2050 nieuwe woningen is € 5 mln nodig.", (None, None)),
        ("Met 1900-2000 extra plaatsen is € 5 mln gemoeid.", (None, None)),
        # after "tussen" or "van" it is a span (unchanged)
        ("Tussen 1975-2020 keerde het fonds € 12 mld uit.", (1975, 2020)),
    ],
)
def test_a_span_of_years_may_open_before_1990(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """ "over 1963-2023 ... € 363 miljard" gave 2023-2023 (the old first year was read as no
    year, and the span's end as a year of its own): a figure of the 1900s glued by a dash to
    a year is the span's first year."""
    row = extract_amounts(_doc(text))[-1]
    assert (row["year_from"], row["year_to"]) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Sinds de start van de regeling in 2020 is inmiddels ruim € 1,6 miljard toegekend.",
            (2020, None),
        ),
        (
            "Het fonds heeft sinds de oprichting in 2015 in totaal € 50 mln uitgekeerd.",
            (2015, None),
        ),
        (
            "Sinds de invoering van het nieuwe plafond in 2008 is € 3 mld teruggevloeid.",
            (2008, None),
        ),
        # near forms: the main clause's own year after its verb, and "in" after another clause
        ("Sinds de crisis is in 2024 € 5 mln extra uitgegeven.", (2024, 2024)),
        ("De uitgaven stegen sinds de zomer en bedroegen in 2024 € 5 mln.", (2024, 2024)),
    ],
)
def test_an_event_since_which_a_sum_counts_dates_its_start_by_in_and_a_year(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """ "Sinds de start van de regeling in 2020 is inmiddels € 1,6 miljard toegekend": the year
    dates the event "sinds" opens the period at, as "sinds 2020" does (2020 on); it was read
    as "in 2020" alone, the sum that year's."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # the noun the subject of the clause "sinds" opens, the amount in it before its verb
        (
            "Sinds het kabinet in 2023 € 50 miljoen extra beschikbaar stelde, is het aantal "
            "aanvragen verdubbeld.",
            (2023, 2023),
        ),
        ("Sinds de gemeente in 2021 € 2 miljoen ontving, zijn er cursussen gestart.", (2021, 2021)),
        ("Sinds de provincie in 2022 eenmalig € 4 miljoen bijdroeg, draait het.", (2022, 2022)),
        ("Sinds de gemeente in 2021 voor de aanpak € 2 miljoen ontving, is er meer.", (2021, 2021)),
        ("Het aantal is verdubbeld, sinds het kabinet in 2023 € 50 miljoen gaf.", (2023, 2023)),
        # near forms: the clause closed by its comma, or the phrase's main verb after the year
        (
            "Sinds de Kamer in 2019 de motie aannam, is jaarlijks € 10 miljoen beschikbaar.",
            (2019, None),
        ),
        ("Sinds de decentralisatie in 2015 kregen gemeenten € 3,5 miljard extra.", (2015, None)),
        ("Sinds de start van de regeling in 2020, is in totaal € 5 mln toegekend.", (2020, None)),
        ("Het budget bedraagt sinds de invoering in 2015 € 5 mln per jaar.", (2015, None)),
    ],
)
def test_sinds_opening_a_clause_the_amount_stands_in_dates_the_amount_by_its_year(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """ "Sinds het kabinet in 2023 € 50 miljoen extra beschikbaar stelde, is ...": "sinds"
    opens a clause whose subject the noun is, and the amount stands in it before its verb, the
    year the clause's own; it was read as opening a period (2023 on) as "Sinds de start in
    2020 is € 5 mln toegekend" does, where the main clause's verb follows the phrase."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows] == [(*years, "stated")]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a prepositional phrase after the year, then the main clause's finite verb
        (
            "Sinds de invoering in 2019 van het nieuwe tarief is € 290 miljoen per jaar extra "
            "uitgegeven.",
            (2019, None),
        ),
        (
            "Sinds de start in 2020 met twaalf gemeenten is in totaal € 3 miljoen besteed.",
            (2020, None),
        ),
        (
            "Sinds de decentralisatie in 2015 voor de jeugdzorg heeft het Rijk € 1,6 miljard "
            "extra uitgegeven.",
            (2015, None),
        ),
        (
            "Sinds de start in 2021 via het fonds van de provincie kan jaarlijks € 2 miljoen "
            "worden besteed.",
            (2021, None),
        ),
        # near forms: the phrases in the clause "sinds" opens, its verb after the amount
        (
            "Sinds het kabinet in 2023 met zijn partners € 50 miljoen gaf, is er meer.",
            (2023, 2023),
        ),
        (
            "Sinds de gemeente in 2021 voor de aanpak van de staat € 2 miljoen ontving, is er "
            "meer.",
            (2021, 2021),
        ),
    ],
)
def test_a_finite_verb_past_the_phrases_after_sinds_and_its_year_opens_the_period(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """ "Sinds de invoering in 2019 van het nieuwe tarief is € 290 miljoen ...": the words
    after the year hold a prepositional phrase and then the main clause's finite verb, so
    "sinds" heads a phrase and the year opens the period (2019 on); only the first word after
    the year ("van") was read, as if the amount stood in a clause "sinds" opens (2019 alone).
    A clause "sinds" opens puts its verb after the amount, whatever phrases go before it."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows] == [(*years, "stated")]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a dash after the year the first amount's own words end in: a pause, no item's minus
        (
            "De mutatie bedraagt + € 5 mln in 2025 – € 3 mln in 2026.",
            [(2025, 2025), (2026, 2026)],
        ),
        (
            "Het saldo verbetert met + € 2 mln over 2024 – € 1 mln over 2025.",
            [(2024, 2024), (2025, 2025)],
        ),
        # near form: a joint opens the next item, its dash a minus; each keeps its year
        (
            "De mutatie bedraagt + € 5 mln in 2025 en – € 3 mln in 2026.",
            [(2025, 2025), (2026, 2026)],
        ),
    ],
)
def test_a_year_before_a_dash_in_a_signed_sentence_stays_the_amounts_it_follows(
    text: str, years: list[tuple[int, int]]
) -> None:
    """ "+ € 5 mln in 2025 – € 3 mln in 2026": the dash after "in 2025" was read as the next
    amount's minus, which took "in 2025" as its own year, the first amount left without."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


def test_relative_years_are_read_from_the_publication_date() -> None:
    text = "Vorig jaar ging er € 5 miljoen naar. Volgend jaar is het € 7 miljoen."
    rows = extract_amounts(_doc(text, published="2023-09"))
    assert [(r["year_from"], r["year_source"]) for r in rows] == [
        (2022, "context"),
        (2024, "context"),
    ]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("De besparingen lopen op tot 750 miljoen euro per jaar in 2020", "oplopend tot"),
        ("een extra bezuiniging van in totaal 600 miljoen euro tot 2028", "in totaal"),
        ("een tekort van tussen de €1,6 miljard en €1,8 miljard", "tussen de"),
        ("inmiddels al circa 130 mln. aan belastinggeld", "circa"),
        ("de energietoeslag te verhogen naar 800 euro per huishouden en om", "per huishouden"),
        ("structureel 100 miljoen euro per jaar", None),
    ],
)
def test_qualifiers_from_the_corpus(text: str, qualifier: str | None) -> None:
    (row,) = extract_amounts(_doc(text))
    assert row["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "De uitkering komt in 2024 uit op € 1,2 mld (2023: € 0,9 mld).",
            [(2024, 2024, "stated"), (2023, 2023, "stated")],
        ),
        (
            "De uitgaven stijgen naar € 80 mln (2025: € 12 mln).",
            [(None, None, None), (2025, 2025, "stated")],
        ),
        (
            "Voor de jaren 2025-2028 geldt: 2026: € 45 mln; 2027: € 50 mln.",
            [(2026, 2026, "stated"), (2027, 2027, "stated")],
        ),
        ("Reservering 2025-2026: ruim € 30 mln.", [(2025, 2026, "stated")]),
        ("Reservering 2025 t/m 2028: € 30 mln.", [(2025, 2028, "stated")]),
        # a year heading an item of a list or a bracket, no colon
        (
            "De opbrengst is € 14 mln (2024 € 12 mln).",
            [(None, None, None), (2024, 2024, "stated")],
        ),
        (
            "Het budget bedraagt in 2025 € 12 mln, 2026 € 18 mln en 2027 € 20 mln.",
            [(2025, 2025, "stated"), (2026, 2026, "stated"), (2027, 2027, "stated")],
        ),
        # a year heading an item whose sum stands in a bracket after it, signed or not
        (
            "Het accres wijzigt per jaar: 2025 (+ € 120 mln), 2026 (– € 35 mln) en 2027 "
            "(€ 40 mln).",
            [(2025, 2025, "stated"), (2026, 2026, "stated"), (2027, 2027, "stated")],
        ),
        (
            "De kasschuif levert op: 2026 (€ 8,1 mln) en 2027 (€ 4,0 mln).",
            [(2026, 2026, "stated"), (2027, 2027, "stated")],
        ),
        # years joined by "en" are a span, a year after a name no label
        ("Tussen 2020 en 2025 € 12 mln.", [(2020, 2025, "stated")]),
        ("In de Voorjaarsnota 2025 € 12 mln.", [(None, None, None)]),
        # a date labels an amount right after it by its year
        (
            "In de eerste ronde is 7 december 2023 € 355 mln toegekend, op 4 april 2024 € 245 mln.",
            [(2023, 2023, "stated"), (2024, 2024, "stated")],
        ),
        ("De reserve (stand 1-1-2024: € 41.815.000) is op.", [(2024, 2024, "stated")]),
        # a line may break after the label's colon
        (
            "De uitgaven bedroegen in 2024 € 812,5 miljoen (2023:\n€ 790,1 miljoen).",
            [(2024, 2024, "stated"), (2023, 2023, "stated")],
        ),
        ("De reserve (stand 1-1-2024:\n€ 41.815.000) is op.", [(2024, 2024, "stated")]),
        # a bracket opening on a year and a colon labels the amount in it, words between
        (
            "Het resultaat over 2024 bedraagt € 3,1 mln (2023: een nadelig saldo van € 2,4 mln).",
            [(2024, 2024, "stated"), (2023, 2023, "stated")],
        ),
        # a part of the labelled amount shares its year; one after its bracket closes does not
        (
            "Totaal 2026: € 30 mln, waarvan € 5 mln voor de regio.",
            [(2026, 2026, "stated"), (2026, 2026, "stated")],
        ),
        (
            "De baten stegen naar M€ 412,6 (2022: M€ 389,1), waarvan M€ 371,0 bijdrage.",
            [(None, None, None), (2022, 2022, "stated"), (None, None, None)],
        ),
        # "vanaf" before a label's one year: from that year on, no end
        (
            "De kapitaallasten:\n2025: € 69.000\n2026: € 152.300\nvanaf 2027: € 149.800 per jaar\n",
            [(2025, 2025, "stated"), (2026, 2026, "stated"), (2027, None, "stated")],
        ),
        (
            "De kapitaallasten:\n2025: € 69.000\n2026: € 152.300 per jaar\n",
            [(2025, 2025, "stated"), (2026, 2026, "stated")],
        ),
    ],
)
def test_a_year_labelling_an_amount_is_its_year(
    text: str, years: list[tuple[int | None, int | None, str | None]]
) -> None:
    """ "(2023: € 0,9 mld)" took the year of the amount before it, "2026: € 45 mln" none
    (the document's year in the package) or the years of the sentence's introduction."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a caption printed without a stop over rows of a year and a sum a tab apart
        (
            "Mutatie uitkering ten opzichte van de septembercirculaire 2019 (x € 1 mln)\n"
            "2020\t€ 118 mln\n2021\t€ 97 mln\n",
            [(2020, 2020), (2021, 2021)],
        ),
        # a noun's year ending the label cell, a plus sign before the sum or not
        (
            "De mutaties in deze brief:\n\nLoon- en prijsbijstelling 2023\t+ € 412 miljoen\n"
            "Accres 2023\t€ 230 miljoen\n",
            [(2023, 2023), (2023, 2023)],
        ),
    ],
)
def test_a_tab_ending_a_label_cell_that_names_a_year_labels_the_amount(
    text: str, years: list[tuple[int, int]]
) -> None:
    """A list line of two cells a tab apart ("2020<TAB>€ 118 mln", "Accres 2023<TAB>€ 230
    miljoen"), as a browser copies a row, is labelled by its first cell as "2020: € 118 mln"
    is: the first row under a caption printed without a stop, and a label naming a noun's
    year, gave no year."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows] == [
        (*y, "stated") for y in years
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a label cell naming no year: no year
        ("De mutaties:\n\nEnergiefonds voorzieningen\t€ 87 miljoen\n", [(None, None)]),
        # a tab between two sums: the second sum's words hold no label
        ("Stand\t€ 5 mln\t€ 6 mln in 2024\n", [(None, None), (2024, 2024)]),
    ],
)
def test_a_tab_after_no_year_label_names_no_year(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    rows = extract_amounts(_doc(text))
    got = [
        (r["year_from"], r["year_to"]) if r["year_source"] == "stated" else (None, None)
        for r in rows
    ]
    assert got == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a label cell naming a document's, an agreement's or a motion's year, or a price
        # level's or a reference date's: not the amount's year
        ("Effecten voor de gemeente\nJunicirculaire 2022\t€ 3,1 mln\n", [(None, None)]),
        ("Extra middelen\nRegeerakkoord 2017\t€ 40 mln\n", [(None, None)]),
        ("Indexering\nPrijsniveau 2023\t€ 0,8 mln\n", [(None, None)]),
        ("Uitgekeerd\nPeildatum 2022\t€ 75 mln\n", [(None, None)]),
    ],
)
def test_a_tab_after_a_label_of_another_years_thing_names_no_year(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """A label cell whose year is that of a document, an agreement, a decision, a price level
    or a reference date ("Septembercirculaire 2023<TAB>€ 1 mln") names the thing the amount
    stems from or is measured at, not the year the money is of: its tab is no colon."""
    rows = extract_amounts(_doc(text))
    got = [
        (r["year_from"], r["year_to"]) if r["year_source"] == "stated" else (None, None)
        for r in rows
    ]
    assert got == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # "motie" and "amendement" inside a longer word name no decision: the label's year
        ("Uitgaven\nPromotie 2024\t€ 2 mln\n", [(2024, 2024)]),
        ("Zorg\nEmotiezorg 2025\t€ 4 mln\n", [(2025, 2025)]),
        # near form: a motion as a word of its own still names its own year, not the money's
        ("Dekking\nMotie Jansen 2023\t€ 5 mln\n", [(None, None)]),
    ],
)
def test_a_tab_after_a_label_holding_motie_inside_a_word_names_its_year(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """The word "motie" or "amendement" names a decision only as a word of its own: inside a
    longer word ("Promotie 2024<TAB>€ 2 mln") the label is an ordinary one, its tab a colon."""
    rows = extract_amounts(_doc(text))
    got = [
        (r["year_from"], r["year_to"]) if r["year_source"] == "stated" else (None, None)
        for r in rows
    ]
    assert got == years


def test_a_row_of_a_year_labels_its_later_cells() -> None:
    """A row of three cells ("2027<TAB>€ 8 mln<TAB>€ 9 mln") labels both sums with its year:
    the label read for the first cell left the second the document's year."""
    rows = extract_amounts(_doc("Kasritme per project\n2027\t€ 8 miljoen\t€ 9 miljoen\n"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(2027, 2027), (2027, 2027)]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a noun's year before the colon, the amount's own years at once after it
        (
            "Wij wijzen op de korting in de voorjaarsnota 2025: € 40 miljoen in 2026 en 2027.",
            (2026, 2027),
        ),
        ("Zie de kaderbrief 2024: € 3 mln in 2025.", (2025, 2025)),
        # no year after the amount: the noun's year labels it, as before
        ("Zie de kaderbrief 2024: € 3 mln voor onderhoud.", (2024, 2024)),
        # a label's year alone: the label's, whatever follows
        ("De bijdrage:\n2025: € 12 mln in 2026\n", (2025, 2025)),
    ],
)
def test_a_noun_s_year_before_a_colon_gives_way_to_the_amount_s_own_years(
    text: str, years: tuple[int, int]
) -> None:
    """A year ending a noun before a colon ("in de voorjaarsnota 2025: € X") names that noun;
    where the amount prints its years at once after it ("€ 40 miljoen in 2026 en 2027") they
    are its own: it took the noun's year as a label's."""
    row = extract_amounts(_doc(text))[-1]
    assert (row["year_from"], row["year_to"]) == years


@pytest.mark.parametrize(
    "text",
    [
        "2025 tot 2027: € 30 miljoen per jaar.",
        "De bijdrage bedraagt:\n2024: € 10 miljoen\n2025 tot 2027: € 30 miljoen per jaar\n",
        "De bijdrage (2025 tot 2027: € 30 miljoen per jaar) is toegekend.",
    ],
)
def test_a_label_of_two_years_joined_by_tot_is_their_span(text: str) -> None:
    """ "2025 tot 2027: € X" gave 2027 to 2027, the "tot" passed over, where "2025 tot en
    met 2027:", "2025 t/m 2027:" and "van 2025 tot 2027" give the span: it is the span."""
    row = extract_amounts(_doc(text))[-1]
    assert (row["year_from"], row["year_to"], row["year_source"]) == (2025, 2027, "stated")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # "tot" before the label's one year, no year before it: the end alone, as before
        ("tot 2027: € 30 miljoen per jaar.", (None, 2027)),
        # "tot" between a bracket and the next year: a path's point, no span
        ("Het budget daalt van 2025 (€ 1,2 mld) tot 2029 (€ 0,8 mld).", (2029, 2029)),
        # the years of two labels each
        ("De bijdrage bedraagt:\n2025: € 10 miljoen\n2027: € 30 miljoen\n", (2027, 2027)),
    ],
)
def test_tot_joins_no_span_without_a_year_right_before_it(
    text: str, years: tuple[int | None, int | None]
) -> None:
    row = extract_amounts(_doc(text))[-1]
    assert (row["year_from"], row["year_to"]) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # "tot" or "tot en met" before a label's one year: the end, no start
        (
            "De huurlasten bedragen:\ntot en met 2026: € 85.000 per jaar\nvanaf 2027: nihil\n",
            [(None, 2026, "stated")],
        ),
        (
            "Compensatie:\ntot 2027: € 250.000 per jaar\nvanaf 2027: € 180.000 per jaar\n",
            [(None, 2027, "stated"), (2027, None, "stated")],
        ),
        # "en verder" or "e.v." after a label's one year: from that year on, no end
        (
            "De bijdrage bedraagt:\n2027: € 1.265.000\n2028 en verder: € 1.300.000 per jaar\n",
            [(2027, 2027, "stated"), (2028, None, "stated")],
        ),
        ("De bijdrage bedraagt:\n2028 e.v.: € 1.300.000 per jaar\n", [(2028, None, "stated")]),
    ],
)
def test_a_label_s_year_after_tot_or_before_en_verder_is_an_end_or_a_start(
    text: str, years: list[tuple[int | None, int | None, str | None]]
) -> None:
    """ "tot 2027: € X per jaar" gave 2027 to 2027, as a plain "2027: € X" reads, and "2028
    en verder: € X per jaar" no year at all: the label's year is the end ("tot JJJJ € X" in
    running text: no start) or the start of an open period ("in 2028 en verder")."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("De bijdrage bedraagt:\n2028 en 2029: € 1.300.000 per jaar\n", (2028, 2029)),
        ("De bijdrage bedraagt:\n2026 t/m 2028: € 1.300.000 per jaar\n", (2026, 2028)),
        ("De bijdrage bedraagt:\n2028: € 1.300.000 per jaar\n", (2028, 2028)),
    ],
)
def test_a_label_of_years_joined_or_alone_keeps_them(text: str, years: tuple[int, int]) -> None:
    """Near forms of "tot 2027:" and "2028 en verder:": a year joined to another by "en" or
    "t/m" and a year alone label the amount with just those years."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    "text",
    [
        "Gemeenten ontvangen voor de jeugdzorg in 2025\nen 2026 € 1,0 miljard per jaar extra.",
        "De bijdrage is in 2025\nen 2026: € 1,0 miljard per jaar.",
        "Het Rijk trekt voor 2025\r\nen 2026 € 1,0 miljard per jaar uit.",
    ],
)
def test_two_joined_years_a_text_layer_wraps_between_are_both_the_amounts(text: str) -> None:
    """ "in JJJJ⏎en JJJJ € X per jaar", a text layer's line break before "en", took the second
    year alone, as the label of an item "en JJJJ € X" heads: the break is white space, and the
    year before "en" joins the two as on one line."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (2025, 2026, "stated")


def test_a_year_heading_the_next_line_s_item_after_an_amount_is_that_item_s_alone() -> None:
    """An item "en JJJJ € Y" opening a line after the amount before it heads its own sum: the
    year before "en" is the first amount's, no part of a join of years."""
    rows = extract_amounts(_doc("In 2025 is € 3 mln begroot\nen 2026 € 4 mln."))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(2025, 2025), (2026, 2026)]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # an item's year opened to the later ones before its bracket: from that year on
        (
            "De bedragen zijn 2027 (€ 3 miljoen) en 2028 e.v. (€ 2 miljoen).",
            [(2027, 2027), (2028, None)],
        ),
        (
            "De bedragen zijn 2027 (€ 3 miljoen) en 2028 en verder (€ 2 miljoen).",
            [(2027, 2027), (2028, None)],
        ),
        # near forms: a year alone before the bracket, "e.v." with no bracket after it
        (
            "De bedragen zijn 2027 (€ 3 miljoen) en 2028 (€ 2 miljoen).",
            [(2027, 2027), (2028, 2028)],
        ),
        (
            "De bedragen zijn 2027 (€ 3 miljoen) en 2028 e.v. € 2 miljoen.",
            [(2027, 2027), (None, None)],
        ),
    ],
)
def test_an_item_s_year_opened_to_the_later_ones_heads_its_bracketed_sum_from_it_on(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """An item's year with "e.v." or "en verder" before the bracket holding its sum ("en 2028
    e.v. (€ N mln)") heads it from that year on, as "2028 e.v.: € N mln" does; it had none."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "De uitgaven voor het programma dalen van 2026 (€ 212 mln) naar 2028 (€ 150 mln).",
            [(2026, 2026), (2028, 2028)],
        ),
        (
            "Het budget loopt terug van 2025 (€ 1,2 miljard) tot 2029 (€ 0,8 miljard).",
            [(2025, 2025), (2029, 2029)],
        ),
        (
            "De reserve groeit tussen 2024 (€ 12 mln) en 2027 (€ 20 mln) sterk.",
            [(2024, 2024), (2027, 2027)],
        ),
        (
            "De onderbesteding is via een kasschuif aan 2026 (€ 40,5 miljoen) en 2027 (€ 12,0 "
            "miljoen) toegevoegd.",
            [(2026, 2026), (2027, 2027)],
        ),
        # "tot" and a year with no bracket closed before it: a period's end, as before
        ("De regeling loopt tot 2029 (€ 0,8 mld in totaal).", [(None, 2029)]),
    ],
)
def test_a_year_right_before_the_bracket_holding_an_amount_is_its_year(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """A path of levels by year prints each level in a bracket after its year, the years
    after "van", "naar", "tussen" or "tot" ("van 2026 (€ 212 mln) naar 2028 (€ 150 mln)"):
    each sum is its own year's. The second took the first's year (or only a period's end
    after "tot"), the first none after "tussen"."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years
    assert all(r["year_source"] == "stated" for r in rows)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "De minister schrapt € 1,2 miljard, € 1,4 miljard en € 1,6 miljard in "
            "respectievelijk 2025, 2026 en 2027.",
            [2025, 2026, 2027],
        ),
        (
            "De programma's ontvangen in respectievelijk 2024, 2025 en 2026 bijdragen van 2, 3 "
            "en 4 miljoen euro.",
            [2024, 2025, 2026],
        ),
        (
            "In 2022 adviseerde het Rijk compensatie van respectievelijk 1,6, 1,8 en 1,9 miljard "
            "euro over de jaren 2022, 2023 en 2024.",
            [2022, 2023, 2024],
        ),
        (
            "Voor de jaren 2021, 2022 en 2023 is respectievelijk € 8, 10 en 10 miljoen nodig.",
            [2021, 2022, 2023],
        ),
    ],
)
def test_respectively_pairs_the_years_after_it_too(text: str, years: list[int]) -> None:
    """Years listed after "respectievelijk" (before or after the amounts) were not paired:
    the amounts took the first year, a span or the document's year."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(y, y) for y in years]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # the items of the clause "respectievelijk" stands in, not the sentence's others
        (
            "Het kabinet stelt in 2026 € 1,8 miljard beschikbaar. Daarnaast zijn de volgende "
            "afspraken gemaakt:\n- jeugdzorg: respectievelijk € 120 milj., € 85 milj. en € 40 "
            "milj. in 2026, 2027 en 2028 voor de Hervormingsagenda;\n- Wmo: € 0,3 mld. "
            "structureel vanaf 2027.",
            [(2026, 2026), (2026, 2026), (2027, 2027), (2028, 2028), (2027, None)],
        ),
        # the first clause's year is no item's: no pairing, the clause's own year
        (
            "Resultaten verantwoordingsonderzoek 2021 Ministerie van VWS, Welzijn en Sport\n\n"
            "Publicatiedatum 18 mei 2022 | Rapport\n\n2.1 Financiële informatie\n\nIn 2021 gaf "
            "het ministerie € 33,9 miljard uit; de verplichtingen en de ontvangsten bedroegen "
            "respectievelijk € 35,2 miljard en € 1,4 miljard.",
            [(2021, 2021), (2021, 2021), (2021, 2021)],
        ),
        # a span stands for its years, one by one
        (
            "Pijler 1 ontvangt respectievelijk € 0,1, € 0,2, € 0,3 en € 0,4 mld in de jaren "
            "2008 tot en met 2011.",
            [(2008, 2008), (2009, 2009), (2010, 2010), (2011, 2011)],
        ),
        # a colon within the line introduces the items, in the same clause
        (
            "De bijdragen voor 2024, 2025 en 2026 bedragen respectievelijk: € 10 mln, € 12 mln "
            "en € 14 mln.",
            [(2024, 2024), (2025, 2025), (2026, 2026)],
        ),
        (
            "Voor de jaren 2024, 2025 en 2026 geldt het volgende: de bijdrage bedraagt "
            "respectievelijk € 10 mln, € 12 mln en € 14 mln.",
            [(2024, 2024), (2025, 2025), (2026, 2026)],
        ),
    ],
)
def test_respectively_pairs_the_items_and_years_of_its_own_clause(
    text: str, years: list[tuple[int, int | None]]
) -> None:
    """ "respectievelijk" pairs the items and years of its own clause: a list "respectievelijk
    € X, € Y en € Z in 2026, 2027 en 2028" in a sentence holding other amounts was not paired
    (the last item took the whole span); a year of the clause before a ";" was paired with the
    items after it; a span "in de jaren 2008 tot en met 2011" paired no item."""
    rows = extract_amounts(_doc(text, published="2025-07-03"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years
    assert {r["year_source"] for r in rows} == {"stated"}


@pytest.mark.parametrize(
    ("text", "quote", "years"),
    [
        # a quotation's sentence before the amount's, which opens on a quote mark
        (
            "„Wij hebben sinds 2015 al 0,4 Mton bespaard”, zegt de voorzitter. „Een ton CO2 "
            "minder uitstoten kost ons tussen de € 60 en € 90.",
            "€ 60 en € 90",
            (None, None, "unknown", None),
        ),
        # a headline, and the dateline under it: a date after "per jaar" is no year of its
        (
            "Waterschappen: CO2-beprijzing kost huishoudens € 14 per jaar\n27 januari 2026\n\n"
            "De 21 waterschappen stoten samen jaarlijks 1,2 megaton CO2 uit.",
            "€ 14",
            (None, None, "per_year", None),
        ),
    ],
)
def test_a_year_of_another_sentence_or_of_a_dateline_is_not_stated(
    text: str, quote: str, years: tuple[int | None, int | None, str, str | None]
) -> None:
    """A year of a quotation before the sentence, which the sentence reader runs on past ("„...
    sinds 2015 ...”, zegt ... € 60 en € 90"), and a news item's dateline under its headline are
    not the amount's stated years: they were taken as such."""
    (row,) = [r for r in extract_amounts(_doc(text, published="2026-01-27")) if r["quote"] == quote]
    # (the whole answer, not only what it is not: any other year would be as wrong)
    assert (row["year_from"], row["year_to"], row["basis"], row["year_source"]) == years


@pytest.mark.parametrize(
    ("opens", "closes"), [("'", "'"), ("‘", "’"), ("«", "»"), ('"', '"'), ("„", "”")]
)
def test_a_quotation_closed_by_a_typed_apostrophe_ends_its_sentence_for_years(
    opens: str, closes: str
) -> None:
    """A quotation closing on a typed apostrophe, or any other closing mark, after its stop, a
    blank line before the next paragraph ("... tot en met 2035 ... hersteld.'⏎⏎Het fonds ... €
    2 miljard per jaar"): its year is another sentence's, as after "”"; it was stored as the
    amount's stated end (after "’", "»" and '"' too: only "„", "”" and a typed apostrophe
    were looked for)."""
    text = (
        f"{opens}Tot en met 2035 moeten nog zo'n 900 kilometer kaden worden hersteld.{closes}\n\n"
        "Het Deltafonds (DF) heeft een budget van ongeveer € 2 miljard per jaar."
    )
    (row,) = extract_amounts(_doc(text, published="2025-02-20"))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (None, None, None)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a stop before a name opening on an apostrophe: no quotation closes there
        ("Vanaf 2027 ontvangt de gem. 's-Hertogenbosch € 4 mln per jaar.", (2027, None)),
        # a quotation inside the amount's sentence, closed before its stop
        ("In 2029 komt er 'een stevige impuls' van € 3 miljard.", (2029, 2029)),
    ],
)
def test_an_apostrophe_closing_no_sentence_keeps_the_years_before(
    text: str, years: tuple[int, int | None]
) -> None:
    """Near form: an apostrophe after a stop that opens a name, or a quotation closing inside
    the amount's sentence, ends no sentence: the year before it stays the amount's."""
    (row,) = extract_amounts(_doc(text, published="2025-02-20"))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


def test_a_year_after_na_is_a_bound_not_the_amounts_year() -> None:
    """A year after "na" is a bound ("verdwijnt het pakket ... na 2025"), not the amount's year:
    it was stored as the amount's stated year, per year."""
    text = "Tegelijk verdwijnt het budget van € 300 miljoen voor het regionaal ov na 2025."
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"], row["basis"]) == (None, None, "unknown")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "De werkgroepen moeten voor het einde van 2026 varianten opleveren, goed voor "
            "circa 12 miljard euro.",
            (None, None),
        ),
        ("Het kabinet zoekt vóór de zomer van 2025 dekking van € 300 mln.", (None, None)),
        ("Voor het begin van 2026 moet het fonds € 5 mln ophalen.", (None, None)),
        # "voor" and a season is as often "for": the season's year dates the money
        ("Voor de winter van 2022 is € 300 mln beschikbaar gesteld.", (2022, 2022)),
        ("Het kabinet trekt voor de zomer van 2025 € 20 mln uit.", (2025, 2025)),
        # a season of a year after "in" dates the money; "voor" and the year alone is "for"
        ("In het najaar van 2024 is € 40 mln uitgekeerd.", (2024, 2024)),
        ("Het kabinet trekt voor 2025 € 3 mln uit.", (2025, 2025)),
    ],
)
def test_a_deadline_before_van_and_the_year_is_not_the_amount_s_year(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """ "vóór" and a time of a year, or "voor" and a year's start or end, before "van" and
    the year can only be "before": a deadline for the work the clause names, no year of its
    money, which stored it as the amount's stated year. "Voor" and a season may be "for"."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"]) == years


@pytest.mark.parametrize(
    "text",
    [
        "Een huishouden betaalt in 2024 € 412 aan waterschapsbelasting, € 41 meer dan in 2023.",
        "Het BKZ komt in 2024 uit op € 103,6 miljard, € 5,1 miljard meer dan in 2023.",
    ],
)
def test_the_year_compared_with_is_not_the_amounts(text: str) -> None:
    """ "€ 41 meer dan in 2023" took 2023, the year it is compared with."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(2024, 2024), (2024, 2024)]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "De belastingontvangsten lagen in 2021 ruim 3 procent hoger dan in 2020; de "
            "meevaller liep op tot € 2,4 mld.",
            (2021, 2021),
        ),
        ("De uitgaven zijn dit jaar hoger dan in 2019 en bedragen € 4 mld.", (None, None)),
        # a clause of the year compared with: its amount is that year's
        ("De schade is groter dan in 2022, toen het ging om € 865 miljoen.", (2022, 2022)),
    ],
)
def test_a_year_compared_with_before_the_amount_is_not_the_amounts(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """ "lagen in 2020 lager dan in 2019; het verlies liep op tot € 1,1 mld" gave the loss
    2019, the year compared with: before the amount it is skipped as after it."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"]) == years


@pytest.mark.parametrize(
    "text",
    [
        "Op basis van de realisaties in 2024 wordt op de begroting een onderuitputting verwacht"
        " van € 0,4 mld.",
        "Op grond van het aantal leerlingen per 1 oktober 2024 (12.480) bedraagt de bijdrage"
        " € 3,1 mln.",
        "Uitgaande van de realisatie 2023 raamt het college de lasten op € 850.000.",
        # a circular's year is its basis's, whatever follows
        "Uitgaande van de meicirculaire 2024 is de algemene uitkering € 41,7 mln.",
    ],
)
def test_a_year_in_the_phrase_an_estimate_rests_on_is_not_the_amount_s(text: str) -> None:
    """A sentence opening with what its estimate or level rests on ("Op basis van de
    realisaties in JJJJ wordt ... € X verwacht"), the finite verb right after the year, gave
    the amount the basis's year as stated: the phrase runs to that verb, its year is none of
    the amount's."""
    (row,) = extract_amounts(_doc(text))
    assert row["year_source"] != "stated"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # the phrase ends before the year the verb takes
        (
            "Een gemeente ontvangt op basis van deze circulaire in 2024 ongeveer € 1,2 mln.",
            (2024, 2024),
        ),
        # after the basis, a year of the amount's own before the verb
        ("Op basis van de raming wordt in 2026 € 4 mln uitgegeven.", (2026, 2026)),
        ("Op basis van de realisatie is in 2025 € 2,5 mln nodig.", (2025, 2025)),
    ],
)
def test_a_year_after_the_phrase_an_estimate_rests_on_is_the_amount_s(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """Where the phrase of what an estimate rests on stands after the verb, or the year
    follows the sentence's verb, the year is the amount's, as before."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Op basis van de begroting 2026 is voor de Wmo € 7,3 mln beschikbaar.", 2026),
        ("Op basis van de prognose voor 2026 bedraagt het tekort op de jeugdzorg € 1,4 mln.", 2026),
        ("Op grond van de raming voor 2027 bedraagt de bijdrage € 650.000.", 2027),
    ],
)
def test_a_year_of_the_budget_or_forecast_an_amount_rests_on_is_the_amount_s(
    text: str, year: int
) -> None:
    """Where what the sum rests on is the budget, the forecast or the raming of a year ("Op
    basis van de begroting JJJJ is € X beschikbaar", "de prognose voor JJJJ bedraagt"), the
    sum is that document's figure, of its year: it was skipped as the basis's year."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (year, year, "stated")


@pytest.mark.parametrize(
    "text",
    [
        "Een gezin met een eigen woning van € 310.000 betaalt in 2022 gemiddeld € 412 aan "
        "gemeentelijke lasten.",
        "Een ondernemer met een omzet van € 2 mln ontvangt in 2024 circa € 40.000 steun.",
    ],
)
def test_a_year_after_the_verb_between_two_amounts_is_the_seconds(text: str) -> None:
    """ "een woning van € 240.000 betaalt in 2018 gemiddeld € 324" gave the house's value
    2018 and the charge none: a finite verb alone between the first amount and the year, a
    word of degree at most between the year and the second, puts the year in the predicate,
    with the second amount, the first ending the subject."""
    rows = extract_amounts(_doc(text))
    assert [r["year_from"] for r in rows] == [None, int(re.search(r"20\d\d", text)[0])]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "De uitgaven vallen € 40 mln lager uit doordat de tarieven in 2024 zijn gedaald "
            "tot gemiddeld 0,12 euro per liter.",
            [2024, 2024],
        ),
        ("De kosten stijgen met € 5 mln omdat het uurloon in 2025 naar € 31 gaat.", [2025, 2025]),
        # a comma or "en" after the year: another clause, whose amount is not timed by it
        (
            "De kosten stijgen met € 5 mln omdat het uurloon in 2025 stijgt, terwijl de "
            "bijdrage € 3 mln blijft.",
            [2025, None],
        ),
        (
            "De kosten stijgen met € 5 mln omdat het uurloon in 2025 stijgt en de bijdrage "
            "€ 3 mln blijft.",
            [2025, None],
        ),
    ],
)
def test_a_year_in_the_subordinate_clause_an_amount_stands_in_is_its_own(
    text: str, years: list[int | None]
) -> None:
    """An amount in a clause of "doordat", "omdat" ... whose year the amount before the
    clause took ("vallen € 2 mln lager uit doordat de prijzen in 2023 zijn gedaald tot 0,35
    euro") got the document's year: the year times the clause it stands in, its amount too."""
    rows = extract_amounts(_doc(text))
    assert [r["year_from"] for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Het programma Vervanging Mijnenbestrijdingscapaciteit (€ 1 – € 2,5 miljard) staat "
            "sinds 2018 op de lijst van grote projecten.",
            (None, None),
        ),
        ("De renovatie (circa € 40 mln) loopt sinds 2021 vertraging op.", (None, None)),
        # no bracket: the amount's own words
        ("De gemeente ontvangt € 5 mln per jaar sinds 2019.", (2019, None)),
    ],
)
def test_since_after_a_bracket_aside_of_a_noun_dates_no_sum(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """ "Het project X (€ 2,5 – € 3,5 miljard) staat sinds 2019 op de lijst" stored the
    project's sum as structural from 2019: "sinds" after the bracket dates a state of the
    noun the bracket is an aside of, not money of each year since."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"]) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Er is een kasschuif verwerkt van € 40 mln van 2024 naar 2025.", (2024, 2025)),
        (
            "Dit betreft een kasschuif van € 90 mln van 2024 naar de jaren 2026 tot en met 2028.",
            (2024, 2028),
        ),
        # before the amount a shift names the year the money now stands in
        ("Door een verschuiving van 2021 naar 2020 is er 11,75 miljoen euro.", (2020, 2020)),
    ],
)
def test_a_shift_after_an_amount_spans_the_years_it_leaves_and_reaches(
    text: str, years: tuple[int, int]
) -> None:
    """ "een kasschuif van € 312,4 mln van 2023 naar de jaren 2025 tot en met 2027" took
    2025-2027 and "van 2023 naar 2024" took 2024 alone: the shift changes the year it leaves
    as well as those it reaches, a span from the first to the last."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"]) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Er is een kasschuif verwerkt van € 40 mln uit 2031 naar 2032.", (2031, 2032)),
        ("Daarom wordt € 25 mln uit 2031 naar 2033 en 2034 geschoven.", (2031, 2034)),
        # the years on two lines of a wrapped text
        ("Er is een kasschuif van -/- € 12 mln uit 2031 naar\n2032 verwerkt.", (2031, 2032)),
    ],
)
def test_a_shift_out_of_a_year_after_an_amount_spans_the_years_it_leaves_and_reaches(
    text: str, years: tuple[int, int]
) -> None:
    """ "een kasschuif van € 40 mln uit 2031 naar 2032" took 2032 alone: "uit JJJJ naar" is
    the shift "van JJJJ naar" is, the year it leaves changed as well as those it reaches."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"]) == years


@pytest.mark.parametrize(
    "text",
    [
        "Eerder verschoof het kabinet € 1,2 à 1,5 miljard van 2024 naar latere jaren.",
        "Daarom is € 5 mln van 2024 doorgeschoven naar de jaren daarna.",
    ],
)
def test_a_shift_from_a_year_to_the_later_years_runs_from_it_on(text: str) -> None:
    """ "€ 1,2 à 1,5 miljard van 2024 naar latere jaren" took 2024 alone: the money leaves
    that year for those after it, none named, so its years run from it on, the end open, as
    "van 2024 naar 2026" spans both."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (2024, None, "stated")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a shift to a year it names spans both; "van" and a year alone is that year
        ("Er is € 40 mln van 2024 naar 2025 geschoven.", (2024, 2025)),
        ("De bijdrage van 2024 bedraagt naar verwachting € 5 mln.", (2024, 2024)),
    ],
)
def test_a_shift_to_a_year_named_or_van_alone_keep_their_years(
    text: str, years: tuple[int, int]
) -> None:
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"]) == years


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Door vertraging is € 60 mln van 2024 naar 2025 en latere jaren geschoven.", 2024),
        ("Bij het programma is € 90 mln van 2023 en 2024 naar latere jaren verschoven.", 2023),
        ("Voor het project is € 30 mln van 2024 naar toekomstige jaren doorgeschoven.", 2024),
        ("Daarnaast is € 5 mln doorgeschoven van 2024 naar latere begrotingsjaren.", 2024),
    ],
)
def test_a_shift_to_later_years_in_other_words_runs_from_its_first_year_on(
    text: str, first: int
) -> None:
    """ "van 2024 naar 2025 en latere jaren" gave 2024-2025, "van 2023 en 2024 naar latere
    jaren" 2023-2024, "naar toekomstige jaren" and "naar latere begrotingsjaren" the year
    alone: each moves the money to the years after it, none last, so it runs from the first
    year it leaves on, the end open, as "van 2024 naar latere jaren" does."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (first, None, "stated")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a shift to years it names, or two years and a place after "naar": not opened
        ("Er is € 40 mln van 2024 naar 2026 geschoven.", (2024, 2026)),
        ("Er is € 40 mln van 2024 naar 2025 en 2026 geschoven.", (2024, 2026)),
        ("Het budget van 2024 en 2025 gaat naar toekomstige projecten: € 8 mln.", (2024, 2025)),
    ],
)
def test_a_shift_to_named_years_keeps_its_last_year(text: str, years: tuple[int, int]) -> None:
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"]) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a noun's source year, no shift: read as before
        ("De raming uit 2031 bedroeg € 164 miljoen.", (2031, 2031)),
        # the money moved out of a year, no year it reaches: the year it leaves, the sum's
        ("Met een kasschuif wordt € 24 miljoen uit 2031 verschoven.", (2031, 2031)),
    ],
)
def test_uit_and_a_year_without_naar_is_no_shift(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """Near form: "uit JJJJ" without "naar" after it is no shift: a noun's source year reads
    as before, and right after the amount the year the sum stems from is its one year."""
    (row,) = extract_amounts(_doc(text))
    assert (
        row["year_from"] if row["year_source"] == "stated" else None,
        row["year_to"] if row["year_source"] == "stated" else None,
    ) == years


@pytest.mark.parametrize(
    "text",
    [
        "De vrijstelling daalt van € 57.000 naar € 52.500 per persoon per 1 januari 2025.",
        "Het tarief wordt verhoogd van € 2,10 naar € 2,35 per nacht per 1 juli 2025.",
    ],
)
def test_a_new_level_dated_per_a_date_holds_from_its_year_on(text: str) -> None:
    """ "van € 57.000 naar € 52.500 per persoon per 1 januari 2025" gave the new level 2025
    alone: a level changed "per" a date is set from then on and holds, as "per 2028" and
    "met ingang van" read; the old level names no year."""
    old, new = extract_amounts(_doc(text))
    assert (old["year_from"], old["year_to"]) == (None, None)
    assert (new["year_from"], new["year_to"], new["basis"]) == (2025, None, "structural_from_year")


@pytest.mark.parametrize(
    "text",
    [
        # no old level: the level's date alone, as the answers keep it
        "Het minimumloon stijgt per 1 januari 2025 naar € 14,06 bruto per uur.",
        # a new level of a year, no date taking effect
        "De huur stijgt van € 500 naar € 520 in 2025.",
        # a balance at a year's end: that date's stock
        "Daardoor daalt de reserve van € 64,2 miljoen naar € 50,2 miljoen per 31 december 2025.",
    ],
)
def test_a_level_of_a_year_or_without_its_old_level_keeps_its_one_year(text: str) -> None:
    *_, new = extract_amounts(_doc(text))
    assert (new["year_from"], new["year_to"]) == (2025, 2025)


@pytest.mark.parametrize(
    "text",
    [
        # a balance changing to its stock at the first of a month
        "Na de besluiten daalt de algemene reserve van € 20,5 mln naar € 17,1 mln per 1 januari"
        " 2025.",
        "De langlopende schuld loopt op van € 70 mln naar € 88 mln per 1 juli 2025, als de"
        " lening is afgesloten.",
        "De voorziening Riolering wordt afgebouwd van € 7,2 mln naar € 6,0 mln per 1 januari"
        " 2025 door de uitgevoerde werken.",
        # a level with its end after the date, or a later step after it
        "De toeslag gaat van € 80 naar € 120 per maand per 1 maart 2025 tot en met 31 december"
        " 2025.",
        "De grens daalt van € 40.000 naar € 38.000 per 1 januari 2025 en naar € 36.000 per 1"
        " januari 2026.",
        # a date named the reference date of an estimate
        "De geraamde kosten stegen van € 60 mln naar € 72 mln per 1 oktober 2025, de peildatum"
        " van de raming.",
    ],
)
def test_a_balance_or_a_level_with_an_end_dated_per_the_first_keeps_its_one_year(
    text: str,
) -> None:
    """ "daalt de algemene reserve van € A naar € B per 1 januari 2025" was given 2025 on,
    its end open, as a level set for good: a balance at a date is that date's stock; a level
    with an end after its date, or a later step after it, holds until then; a peildatum is
    an estimate's date. Each keeps the date's one year."""
    rows = extract_amounts(_doc(text))
    new = rows[1]
    assert (new["year_from"], new["year_to"]) == (2025, 2025)


def test_a_new_level_dated_per_the_first_before_its_van_holds_from_its_year_on() -> None:
    """ "gaat per 1 januari 2025 van € 2,10 naar € 2,45 per persoon per nacht" gave the new
    level 2025 alone: dated right before "van", the level is set from then on as one dated
    right after it is; the old level, the one before the date, names no year."""
    old, new = extract_amounts(
        _doc("De parkeerheffing gaat per 1 januari 2025 van € 1,80 naar € 2,05 per uur per auto.")
    )
    assert (old["year_from"], old["year_to"]) == (None, None)
    assert (new["year_from"], new["year_to"], new["basis"]) == (2025, None, "structural_from_year")


@pytest.mark.parametrize(
    "text",
    [
        # a date before a balance's change: that date's stock
        "De reserve gaat per 1 januari 2025 van € 8,0 mln naar € 6,5 mln.",
        # a year after "in" before the change: that year's change, as before
        "De huur stijgt in 2025 van € 500 naar € 520.",
    ],
)
def test_a_date_before_a_balance_or_a_year_in_keeps_its_one_year(text: str) -> None:
    new = extract_amounts(_doc(text))[1]
    assert (new["year_from"], new["year_to"]) == (2025, 2025)


def test_a_level_set_per_a_date_with_no_end_still_holds_from_its_year_on() -> None:
    """Near form: a level of no balance, dated per the first of a month and nothing after
    its date ending it, is set for good (the new-level rule keeps it)."""
    rows = extract_amounts(
        _doc("Het uurtarief wordt verhoogd van € 9,80 naar € 10,40 per 1 januari 2025. Dit geldt.")
    )
    new = rows[1]
    assert (new["year_from"], new["year_to"], new["basis"]) == (2025, None, "structural_from_year")


def test_a_year_after_uit_before_a_colon_labels_none_of_the_parts_after_it() -> None:
    """ "een kasschuif van € 30 mln uit 2024: € 20 mln schuift naar 2025 en € 10 mln naar
    2026" gave the first part 2024: "2024:" was read as a label of the amount after the
    colon, where "uit" makes the year the one the money leaves; each part goes to its own."""
    rows = extract_amounts(
        _doc(
            "Er is een kasschuif van € 30 mln uit 2024: € 20 mln schuift naar 2025 en € 10 mln"
            " naar 2026."
        )
    )
    assert [(r["quote"], r["year_from"], r["year_to"]) for r in rows] == [
        ("€ 30 mln", 2024, 2024),
        ("€ 20 mln", 2025, 2025),
        ("€ 10 mln", 2026, 2026),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Er is een kasschuif toegepast vanuit 2024: € 20 mln schuift naar 2025 en € 10 mln naar"
        " 2026.",
        "Er is € 30 mln geschoven uit het jaar 2024: € 20 mln naar 2025 en € 10 mln naar 2026.",
    ],
)
def test_a_year_after_vanuit_or_uit_het_jaar_before_a_colon_labels_no_part(text: str) -> None:
    """ "vanuit 2024: € 20 mln schuift naar 2025" and "uit het jaar 2024: € 20 mln naar 2025"
    gave the first part 2024: the same preposition as "uit 2024:", naming the year the money
    leaves, no label; each part goes to its own year."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows][-2:] == [(2025, 2025), (2026, 2026)]


@pytest.mark.parametrize(
    "text",
    [
        "Er is € 30 mln geschoven uit\n2024: € 20 mln schuift naar 2025 en € 10 mln naar 2026.",
        "Er is € 30 mln geschoven uit  2024: € 20 mln schuift naar 2025 en € 10 mln naar 2026.",
        "Er is een kasschuif toegepast vanuit\n2024: € 20 mln naar 2025 en € 10 mln naar 2026.",
        "Er is € 30 mln geschoven uit het\njaar 2024: € 20 mln naar 2025 en € 10 mln naar 2026.",
    ],
)
def test_a_year_after_uit_and_a_line_break_before_a_colon_labels_no_part(text: str) -> None:
    """ "uit⏎2024: € 20 mln schuift naar 2025" (a text layer's line break, or two spaces)
    gave the first part 2024: any whitespace after "uit" leaves the year the money leaves,
    no label, as one space does."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows][-2:] == [(2025, 2025), (2026, 2026)]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a year with no preposition, or another one, before its colon labels the amount
        # (over a line break too)
        (
            "De bijdragen per jaar:\n2024: € 20 mln en\n2025: € 30 mln.",
            [(2024, 2024), (2025, 2025)],
        ),
        ("De bijdragen per jaar: 2024: € 20 mln en 2025: € 30 mln.", [(2024, 2024), (2025, 2025)]),
        ("Het budget is verhoogd (2024: € 20 mln).", [(2024, 2024)]),
        # a year after a noun after "uit": the noun's label, as before
        ("Ontvangsten uit de begroting 2024: € 20 mln.", [(2024, 2024)]),
    ],
)
def test_a_year_and_its_colon_without_uit_still_label_the_amount(
    text: str, years: list[tuple[int, int]]
) -> None:
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Daarvan gaat € 100 mln naar 2025 en € 86,3 mln naar 2026.", [(2025, 2025), (2026, 2026)]),
        ("Van dit bedrag wordt € 6 miljoen via een kasschuif naar 2026 geschoven.", [(2026, 2026)]),
        # a shift naming the year it leaves as well keeps the span of both
        ("Van dit bedrag wordt € 6 miljoen van 2025 naar 2026 geschoven.", [(2025, 2026)]),
    ],
)
def test_the_year_money_moves_to_is_the_amounts(text: str, years: list[tuple[int, int]]) -> None:
    """ "Daarvan gaat € 100 mln naar 2025" dated the sum by the page's year: the year money
    goes or is shifted to ("naar JJJJ") is where it is spent, as most answers date it (the
    reviewed README's conventions that split)."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Kern\n- Jeugdzorg: € 250 mln incidenteel voor 2026\n"
            "- Korting Jeugd (€ 511 mln structureel): geschrapt\n",
            [(2026, 2026), (None, None)],
        ),
        (
            "Kern\n1. Jeugdzorg: € 250 mln incidenteel voor 2026\n"
            "2. Korting Jeugd (€ 511 mln structureel): geschrapt\n",
            [(2026, 2026), (None, None)],
        ),
        # the first item goes on with the list's lead ending in a colon; the lead's years are
        # the next items' too where it points at them ("zijn:", test_a_lead_in_s_years_...)
        (
            "De tarieven voor 2026 zijn:\n- heffing A: € 128,52 per woonruimte;\n"
            "- heffing B: € 88,14 per hectare.",
            [(2026, 2026), (2026, 2026)],
        ),
        # one line opening on a dash is no list: the sentence goes on
        (
            "Het kabinet trekt in 2026 € 5 mln uit\n- en daarnaast € 3 mln voor de jeugd.",
            [(2026, 2026), (2026, 2026)],
        ),
    ],
)
def test_each_item_of_a_dashed_or_numbered_list_is_a_sentence_of_its_own(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """An item without a stop under one reading "voor 2026" took that year: items a hyphen,
    an asterisk or a label opens, two or more lines in a row, are sentences of their own, as
    bulleted ones are."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Voor 2026 gaat het om de volgende bedragen:\n• € 1,2 miljard voor Oekraïne;\n"
            "• € 420 miljoen voor de asielopvang.",
            [(2026, 2026, "stated")] * 2,
        ),
        (
            "Structureel trekt het kabinet vanaf 2027 de volgende middelen uit:\n"
            "- defensie: € 2,5 miljard per jaar;\n- politie: € 300 mln per jaar;\n"
            "- onderwijs: € 150 mln per jaar.",
            [(2027, None, "stated")] * 3,
        ),
        # an item that states its own year keeps it
        (
            "Voor 2026 gaat het om de volgende bedragen:\n- A: € 1 mln;\n- B: € 2 mln in 2027;\n"
            "- C: € 3 mln.",
            [(2026, 2026, "stated"), (2027, 2027, "stated"), (2026, 2026, "stated")],
        ),
        # a lead naming no year gives its items none
        (
            "De dekking bestaat uit de volgende posten:\n- A: € 1 mln;\n- B: € 2 mln.",
            [(None, None, None)] * 2,
        ),
        # a lead naming its items otherwise than pointing at them gives them none
        (
            "Voor de jaren vanaf 2027 worden drie pakketten voorgelegd:\n"
            "– de ozb, opbrengst € 1,1 mln per jaar;\n– een taakstelling van € 750.000.",
            [(None, None, None)] * 2,
        ),
        # the lead's year reaches no item of a later list or paragraph
        (
            "Voor 2026 gaat het om de volgende bedragen:\n- A: € 1 mln;\n- B: € 2 mln.\n\n"
            "- C: € 3 mln;\n- D: € 4 mln.",
            [(2026, 2026, "stated")] * 2 + [(None, None, None)] * 2,
        ),
        (
            "Voor 2026 gaat het om de volgende bedragen:\n- A: € 1 mln.\n"
            "In totaal is dat weinig.\n- C: € 3 mln;\n- D: € 4 mln.",
            [(2026, 2026, "stated")] + [(None, None, None)] * 2,
        ),
    ],
)
def test_a_lead_in_s_years_are_stated_for_the_items_completing_it(
    text: str, years: list[tuple[int | None, int | None, str | None]]
) -> None:
    """Bullets under "Voor 2026 gaat het om de volgende bedragen:" got 2026 as a context year
    only, and the items after the first under "Structureel ... vanaf 2027 de volgende middelen
    uit:" none, the first (going on with the lead) 2027 stated: a lead pointing at its items
    and they form one sentence, and its years are each item's, stated."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a lead that is a time alone: every item completes it
        (
            "Met ingang van 2027:\n- heffing ingezetenen: € 133,66 per woonruimte;\n"
            "- zuiveringsheffing: € 78,31 per vervuilingseenheid.",
            [(2027, None, "stated")] * 2,
        ),
        (
            "Vanaf 2027:\n- Stadsschouwburg: € 1.500.000 per jaar;\n"
            "- Bibliotheek: € 2.180.000 per jaar;\n- Poppodium: € 400.000 per jaar.",
            [(2027, None, "stated")] * 3,
        ),
        ("In 2026 en 2027:\n- A: € 1 mln;\n- B: € 2 mln.", [(2026, 2027, "stated")] * 2),
        # a line opening a sentence after the last item, which printed no stop, ends the list
        (
            "Voor 2027 gelden de volgende uitgangspunten:\n- de ozb stijgt met 3,5 procent;\n"
            "- er wordt geen nieuwe schuld aangegaan\n"
            "De algemene reserve bedraagt daarmee € 12,4 miljoen.",
            [(None, None, None)],
        ),
    ],
)
def test_a_time_alone_leads_each_item_and_a_sentence_after_the_items_ends_the_list(
    text: str, years: list[tuple[int | None, int | None, str | None]]
) -> None:
    """Under "Vanaf 2027:" only the first item, going on with the lead, got 2027: a lead that
    is a time alone is completed by its items as one pointing at them is. And a sentence of
    its own under a list whose last item printed no stop ("... aangegaan⏎De algemene reserve
    bedraagt daarmee € X.") took the lead's year as an item would: no item's line, it opens
    on a capital, so the list has ended."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a lead naming more than its time: the second item is a sentence of its own
        (
            "De bijdrage stijgt vanaf 2027:\n- A: € 1 mln per jaar;\n- B: € 2 mln per jaar.",
            [(2027, None, "stated"), (None, None, None)],
        ),
        # an item wrapped before a name after a word that goes on, or in lower case, is one item
        (
            "Voor 2026 gaat het om de volgende bedragen:\n- de bouw van een sporthal in\n"
            "Goutum: € 5 mln;\n- de verduurzaming van het\nstadskantoor: € 2 mln.",
            [(2026, 2026, "stated")] * 2,
        ),
        (
            "Voor 2026 gaat het om de volgende bedragen:\n- A: € 1 mln;\n- er komt een buffer\n"
            "van € 2 mln voor tegenvallers.",
            [(2026, 2026, "stated")] * 2,
        ),
    ],
)
def test_a_lead_naming_more_than_a_time_or_an_item_s_wrap_keeps_its_reading(
    text: str, years: list[tuple[int | None, int | None, str | None]]
) -> None:
    """Near forms of "Vanaf 2027:" and of a sentence after the last item: a lead naming a
    verb besides its time leaves its years to the first item alone, and an item's line wrapped
    before a name or a word in lower case goes on with the item, in the lead's years."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "De kapitaallasten, in het eerste jaar (2027) € 81.250, te dekken uit de stelpost;",
            (2027, 2027),
        ),
        ("De lasten bedragen in de eerste jaren (2026 t/m 2028) € 12.500 per jaar.", (2026, 2028)),
        # a bracket of other words before the amount labels nothing
        ("In 2025 betaalt de gemeente (zie bijlage) € 81.250.", (2025, 2025)),
        # after a name it labels the amount; after a source "volgens" names it is a citation
        ("Het ministerie reserveert voor Defensie (2026) € 2 mld extra.", (2026, 2026)),
        ("Volgens de Rekenkamer (2024) € 2 mld extra nodig is in 2029.", (2029, 2029)),
        # ending an item's label before its colon, after a word or the label's number
        ("De middelen:\n- tranche 2 (2028): € 400 miljoen;\n- tranche 3: nog open.", (2028, 2028)),
        ("De middelen:\n- uitvoering (2026): € 40 miljoen;\n- overig: nog open.", (2026, 2026)),
        # a bracket of other words before the colon labels nothing; nor does a citation
        (
            "De middelen:\n- tranche 2 (zie bijlage): € 400 miljoen;\n- tranche 3: open.",
            (None, None),
        ),
        ("Volgens de Rekenkamer (2024): € 2 mld extra nodig in 2029.", (2029, 2029)),
        # the amount closing the item, a word of its basis and an aside after it or not
        (
            "De middelen:\n- uitvoering (2026): € 1,8 mln per jaar (excl. btw);\n- overig: open.",
            (2026, 2026),
        ),
        # a source's year over a finding quoted after the colon labels no amount in it
        (
            "Eerder:\n- Commissie (2024): € 3 mld aan lasten is niet gedekt;\n- Bureau: open.",
            (None, None),
        ),
        (
            "Eerder:\n- Planbureau (2023): € 2 mld extra valt hoger uit dan geraamd.",
            (None, None),
        ),
    ],
)
def test_a_bracketed_year_right_before_an_amount_labels_it(
    text: str, years: tuple[int, int]
) -> None:
    """ "in het eerste jaar (2027) € 81.250" took the page's year: a bracket holding only a
    year or a span right before the amount labels it, as "2027: € X" does."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"]) == years


def test_a_bracketed_year_labels_each_amount_closing_its_line_in_a_block() -> None:
    """Near the citation form: lines "<label> (JJJJ):   € X" one under the other, no stop
    after the amounts, are items each closed by its amount at the line's end."""
    text = (
        "Overzicht kredieten\nSporthal Noord (2027):                  € 18,5 mln\n"
        "Brug Oost (2027-2028):                  € 4,1 mln\n"
    )
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(2027, 2027), (2027, 2028)]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Kern\n- Btw-compensatiefonds: plafond 2026 € 3.871.000.000\n", (2026, 2026)),
        # a name with a capital and its year after the colon is no noun of the sum's year
        ("Kern\n- Btw-compensatiefonds: Voorjaarsnota 2026 € 3.871.000.000\n", (None, None)),
    ],
)
def test_an_items_noun_and_year_after_its_topic_and_colon_label_the_amount(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """ "- <topic>: plafond 2026 € X" took the page's year: the noun and year before the sum
    label it after the item's topic and colon as they do in an item without one."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"]) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Versterking van de keten: € 215 mln\n"
            "Het kabinet investeert vanaf 2026 structureel € 215 miljoen in de keten.",
            [(None, None), (2026, None)],
        ),
        # a labelled sum under a line, no blank line between, is a list's value: no heading
        (
            "De gemeente ontvangt in 2026:\nJeugdzorg: € 5 mln\nHet Rijk betaalt € 3 mln.",
            [(2026, 2026), (2026, 2026)],
        ),
        # a line with no colon before its sum goes on with the next: no heading
        (
            "Versterking van de keten met € 215 mln\n"
            "Het kabinet investeert vanaf 2026 structureel € 215 miljoen in de keten.",
            [(2026, None), (2026, None)],
        ),
    ],
)
def test_a_heading_of_a_topic_and_its_sum_after_a_colon_ends_its_sentence(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """ "<Onderwerp>: € 215 mln" on a line of its own, no stop after it, ran into the
    paragraph below and took its year: a short capitalised line holding a colon and the
    sum after it is a heading, as one saying "<Onderwerp>: N miljard erbij" is."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


def test_a_bracketed_year_after_an_amount_is_that_amount_s_not_the_next_one_s() -> None:
    """ "€ 10 mln (2024) € 12 mln (2025)" gave € 12 mln 2024: a bracket right after an amount's
    unit is that amount's year, never a label of the amount after it."""
    rows = extract_amounts(
        _doc("De bijdrage is € 5 miljoen (2024) € 7 miljoen (2025) en € 9 miljoen (2026).")
    )
    assert [(r["year_from"], r["year_to"]) for r in rows] == [
        (2024, 2024),
        (2025, 2025),
        (2026, 2026),
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Door het tarief van € 14,50 per week (2026) neemt het gebruik toe.", (2026, 2026)),
        ("De bijdrage van € 60 per inwoner (2025-2027) wordt jaarlijks betaald.", (2025, 2027)),
    ],
)
def test_a_bracketed_year_after_a_rate_s_unit_is_the_rate_s(
    text: str, years: tuple[int, int]
) -> None:
    """A bracket holding only a year or a span right after a rate's "per" phrase ("€ X per
    week (2026)") times the rate, as one right after its figure does ("€ X (2026)"), also
    where the clause goes on after it; it was read only where the bracket closed the
    clause."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # "in" and a year between a preposition or an article and a participle after the sum
        (
            "De baten zijn € 1,2 mln hoger door terugbetalingen van in 2020 en 2021 toegekende "
            "leningen.",
            (None, None),
        ),
        ("Er is € 3 mln nodig voor de in 2024 afgesloten contracten.", (None, None)),
        # before the sum the noun so dated is the sum's own: its year stays
        ("Het in 2023 verstrekte krediet van € 450.000 wordt verhoogd.", (2023, 2023)),
        # after a verb, "in" and the year time the sum
        ("Er is € 3 mln in 2024 afgesloten met de provincie.", (2024, 2024)),
    ],
)
def test_in_and_a_year_before_a_participle_after_the_sum_dates_a_later_noun(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """ "€ X hoger door terugbetalingen van in 2020 en 2021 toegekende leningen": "in" and the
    years stand inside a later noun phrase, between "van" and the participle before its
    noun, and date the loans, not the sum; they were taken as its years."""
    row = extract_amounts(_doc(text))[0]
    stated = row["year_source"] == "stated"
    assert ((row["year_from"], row["year_to"]) if stated else (None, None)) == years


@pytest.mark.parametrize(
    "text",
    [
        "Het gaat om € 4 mln die in 2025 ontvangen is.",
        "Er is € 4 mln aan middelen die in 2025 uitgegeven worden.",
    ],
)
def test_in_and_a_year_in_a_relative_clause_after_the_sum_is_the_sums(text: str) -> None:
    """ "€ X aan middelen die in 2025 uitgegeven worden": "die" opens a relative clause on the
    sum, its participle before an auxiliary, no noun after it to date: the year is the
    sum's. It was read as dating a later noun, "die" taken for an article. (The near forms,
    "voor de in 2024 afgesloten contracten", are in the test above.)"""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (2025, 2025, "stated")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a heading's label and its amount in a bracket, the paragraph right under it
        (
            "Toelichting op de verschillen.\n\nLeerlingenvervoer (voordeel € 0,4 mln)\n"
            "Door de aanbesteding van 2025 dalen de kosten.",
            (None, None),
        ),
        # the line under it opening in lower case: the sentence goes on, its year read
        (
            "Toelichting op de verschillen.\n\nDe kosten van het vervoer (€ 0,4 mln)\n"
            "worden in 2025 gedekt.",
            (2025, 2025),
        ),
    ],
)
def test_a_bracketed_amount_closing_a_heading_s_line_over_its_paragraph(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """ "<Post> (voordeel € X)" on a line of its own after a blank line, the paragraph under
    it with no blank line between and opening on a capital: a heading, a sentence of its
    own; the paragraph's year was read as its amount's."""
    row = extract_amounts(_doc(text))[0]
    stated = row["year_source"] == "stated"
    assert ((row["year_from"], row["year_to"]) if stated else (None, None)) == years


def test_a_bracket_after_a_rate_s_unit_holding_no_year_times_nothing() -> None:
    """A bracket after a rate's "per" phrase holding words, not a year, is no time of it."""
    (row,) = extract_amounts(_doc("Het tarief van € 14,50 per week (excl. btw) neemt toe."))
    assert row["year_source"] is None


def test_years_in_a_bracket_closing_the_clause_are_the_amounts() -> None:
    (row,) = extract_amounts(_doc("Het kabinet trekt € 300 miljoen uit (2023-2026)."))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (2023, 2026, "stated")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Voor de opvang is € 35 miljoen per jaar beschikbaar (2026 en 2027).", (2026, 2027)),
        ("De regeling kost € 8 mln per jaar (2025, 2026 en 2027);", (2025, 2027)),
        ("Het kabinet trekt € 300 miljoen uit (2023 t/m 2026).", (2023, 2026)),
        # years the bracket lists without a joint, or a bracket not closing the clause: none
        ("De regeling kost € 8 mln per jaar (2025, 2026).", (None, None)),
        ("De regeling kost € 8 mln per jaar (2025 en 2026) voor de gemeenten.", (None, None)),
    ],
)
def test_years_joined_in_a_bracket_closing_the_clause_are_the_amounts(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """A bracket closing the amount's clause that holds years joined by "en" or "t/m" ("€ 35
    miljoen per jaar (2026 en 2027);") gives the amount those years, as one holding a year or
    a span with a hyphen does; it took the document's year."""
    row = extract_amounts(_doc(text))[0]
    stated = row["year_source"] == "stated"
    assert ((row["year_from"], row["year_to"]) if stated else (None, None)) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a noun phrase of its own, or a comparison, between the amount and the bracket
        ("Het rijk stelt € 8 mln beschikbaar voor het vervolg op de drie onderzoeken (2018 en "
         "2020).", (None, None)),
        ("De schade bedroeg € 7 mln en daalde ten opzichte van eerdere jaren (2019-2021).",
         (None, None)),
        ("De lasten stijgen met € 1,5 mln door hogere prijzen dan in de vorige jaren (2021 en "
         "2022).", (None, None)),
        ("Het ministerie vorderde € 30 mln terug op grond van onze rapporten (2020 t/m 2022).",
         (None, None)),
        # a bare noun naming the purpose: the amount's years
        ("Het waterschap trekt € 9 mln uit voor dijkherstel (2026, 2027 en 2028).",
         (2026, 2028)),
        ("Voor de pilot is € 6 miljoen per jaar beschikbaar (2025-2027).", (2025, 2027)),
        # a phrase of "voor" or "als" the bracket closes, an article or number heading it or not
        ("Het Rijk trekt € 11 mln uit voor de dijkversterking (2025-2027).", (2025, 2027)),
        ("Er is € 6 mln per jaar beschikbaar voor dit programma (2024-2026).", (2024, 2026)),
        ("Het kabinet reserveert € 9 mln voor twee proeftuinen (2026 en 2027).", (2026, 2027)),
        ("De provincie investeert € 3 mln als cofinanciering (2025-2028).", (2025, 2028)),
        # but not past a comparison before it
        ("De lasten zijn € 2 mln hoger dan voor de regeling (2023 en 2024).", (None, None)),
    ],
)  # fmt: skip
def test_years_in_a_bracket_after_a_noun_phrase_of_its_own_are_that_phrase_s(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """A bracket closing the clause gives the amount its years only where no noun phrase of
    its own (an article, a determiner or a number heading it) or comparison stands between
    them ("€ 8 mln voor het vervolg op de drie onderzoeken (2018 en 2020)."): the years are
    that phrase's; the amount took them."""
    row = extract_amounts(_doc(text, published="2024-05-01"))[0]
    stated = row["year_source"] == "stated"
    assert ((row["year_from"], row["year_to"]) if stated else (None, None)) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("De middelen voor het fonds (€ 20 miljard, tot en met 2031) blijven staan.", (None, 2031)),
        ("Het programma (12 miljoen euro, vanaf 2026) gaat door.", (2026, None)),
        ("De regeling (€ 4 mln, in 2027) vervalt.", (2027, 2027)),
        # a comma before words that are no years still ends the amount's clause
        ("Het fonds (€ 20 miljard, ruim de helft) blijft tot en met 2031 bestaan.", (None, None)),
    ],
)
def test_years_after_a_comma_closing_the_amount_s_bracket_are_the_amount_s(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """A bracket holding an amount, a comma and a year expression ("(€ 35 miljard, tot en met
    2030)") gives the amount its years: the comma ended the clause before them, and the amount
    took the document's year."""
    row = extract_amounts(_doc(text))[-1]
    assert (row["year_from"], row["year_to"]) == years
    assert row["year_source"] == ("stated" if years != (None, None) else None)


def test_years_in_a_bracket_ending_a_list_item_s_line_are_that_item_s() -> None:
    """Items of a bulleted list print no full stop: a bracket of years at the end of an
    item's line ("▪ Wijkgericht werken: € 1,2 mln incidenteel (2025-2026)") closes that
    item's clause as one before a full stop does. It was read only before a stop or the
    text's end: the item took no year, the next items the one before's years as printed
    before them, and a sentence after the list those of its last item."""
    text = (
        "De volgende incidentele middelen worden ingezet:\n"
        "▪ Wijkgericht werken: € 1,2 mln incidenteel (2025-2026)\n"
        "▪ Verduurzaming maatschappelijk vastgoed: € 800.000 incidenteel (2025)\n"
        "▪ Woningbouwversnelling: € 500.000 incidenteel (2026)\n"
        "\n"
        "In totaal gaat het om € 2,5 mln incidenteel."
    )
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [
        (2025, 2026),
        (2025, 2025),
        (2026, 2026),
        (None, None),
    ]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Er zijn 2 miljoen Nederlandse huishoudens met schulden.", []),
        ("Er komen 1 miljoen Oekraïners naar Europa.", []),
        ("Het gaat om 3 miljoen nieuwe woningen.", []),
        # a plural of persons in "-isten" or of "-heid" counts, even with money said around it
        (
            "De sector derft $ 400 miljoen; in 2019 bezochten 1,3 miljoen toeristen het eiland.",
            ["$ 400 miljoen"],
        ),
        (
            "Het tarief is € 58,20 per vervuilingseenheid; het gaat om 27 miljoen "
            "vervuilingseenheden.",
            ["€ 58,20"],
        ),
        ("Er is 5 miljoen voor de kinderen.", ["5 miljoen"]),
        ("Er gaat 5 miljoen naar arme gezinnen.", ["5 miljoen"]),
        ("Er is 5 miljoen Europese subsidie.", ["5 miljoen"]),
        # a list's items count what its shared unit counts
        ("Er wonen 2, 3 en 4 miljoen inwoners in de drie regio's.", []),
        ("De regio's krijgen 2, 3 en 4 miljoen extra.", ["2", "3", "4 miljoen"]),
        # a footnote number glued to the unit is no count ("miljoen2")
        (
            "De tranches zijn 20, 30 en 40 miljoen2.\n\n2 Zie de bijlage.",
            ["20", "30", "40 miljoen"],
        ),
    ],
)
def test_bare_millions_of_things_are_not_money(text: str, quotes: list[str]) -> None:
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a headline over its dateline: the date starts the next line, no count of the amount
        ("Meer geld voor dijken: 25 miljoen\n12-03-2019, 09:45\nDe provincie ...", ["25 miljoen"]),
        ("Gemeente bezuinigt 40 miljoen\n\n12-03-2019, 09:45", ["40 miljoen"]),
        # a blank line ends the paragraph: the words under it count nothing of the amount
        (
            "Provincie investeert 40 miljoen\n\nInwoners van Zeeland krijgen een brug.",
            ["40 miljoen"],
        ),
        # across one line break, in the amount's paragraph, the noun still counts
        ("In de regio wonen ruim 2 miljoen\ninwoners.", []),
    ],
)
def test_a_bare_headline_amount_counts_nothing_printed_under_it(
    text: str, quotes: list[str]
) -> None:
    """A headline amount without currency was dropped as a count of the line under it: a
    dateline's figures ("12-03-2019") or a word opening the next paragraph ("Inwoners")."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("In Nederland wonen ruim 3,5 miljoen gepensioneerden.", []),
        ("Er zijn 1,7 miljoen zelfstandigen zonder personeel.", []),
        ("De Zvw kent ruim 17 miljoen verzekerden.", []),
        # a count the subject of a verb in "-en" that is also a noun of money ("verliezen")
        ("Ongeveer 2 miljoen verliezen hun baan.", []),
        # a verb in "-en", or money said around the amount: money
        ("Het kabinet wil 5 miljoen investeren in de regio.", ["5 miljoen"]),
        ("Gemeenten moeten 300 miljoen bezuinigen.", ["300 miljoen"]),
        ("Dat moet 288 miljoen opleveren.", ["288 miljoen"]),
        ("We moeten 18 miljard ombuigen.", ["18 miljard"]),
        ("Het Rijk wil 5 miljard lenen.", ["5 miljard"]),
        (
            "De regio krijgt € 20 miljoen. Ruim 5 miljoen vloeien naar Venlo.",
            ["€ 20 miljoen", "5 miljoen"],
        ),
        # a second word in "-en" ending the clause is its verb: the first one is what the
        # amount counts, whatever money the next clause says
        (
            "Nu ruim 1,1 miljoen ambtenaren thuiswerken, dalen de reiskosten met € 20 mln.",
            ["€ 20 mln."],
        ),
        (
            "Bij de screening, waaraan jaarlijks 0,8 miljoen mannen deelnamen, wordt € 30 mln "
            "besteed.",
            ["€ 30 mln"],
        ),
        # an auxiliary or a money noun there is no such verb
        (
            "Dat de provincie 5 miljoen uitgegeven heeft, kost ons € 1 mln.",
            ["5 miljoen", "€ 1 mln."],
        ),
        ("Als wij 5 miljoen investeren willen, lenen we.", ["5 miljoen"]),
        (
            "De gemeente stelt 5 miljoen eigen middelen, het Rijk € 3 mln.",
            ["5 miljoen", "€ 3 mln."],
        ),
        # an auxiliary or a modal right after the amount is the verb before the clause's
        # last, no noun the amount counts
        (
            "Het Rijk verwacht dat gemeenten 5 miljoen moeten bezuinigen, zegt de VNG.",
            ["5 miljoen"],
        ),
        ("De VNG zegt dat de provincies 5 miljoen zullen ontvangen.", ["5 miljoen"]),
        (
            "Het is de bedoeling dat wij 8 miljoen willen uitgeven, aldus de wethouder.",
            ["8 miljoen"],
        ),
    ],
)
def test_bare_millions_before_a_word_in_en_count_where_no_money_is_said(
    text: str, quotes: list[str]
) -> None:
    """ "3,5 miljoen gepensioneerden" was stored as euros: a word in "-en" after a bare
    amount is a plural noun or a verb, and only money said around it makes it a verb."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "De zorg kost dit jaar 14,2 miljard, tegen 11 miljard drie jaar eerder.",
            ["14,2 miljard", "11 miljard"],
        ),
        ("Het fonds groeide tot 4 miljard, twee keer zoveel als in 2020.", ["4 miljard"]),
        ("Het Rijk gaf 5 miljard twee jaar geleden uit.", ["5 miljard"]),
        # an ordinal or an adjective in "-e" before the noun still counts with it
        ("Er staan 2 miljoen tweede woningen leeg.", []),
        ("In de stad wonen 3 miljoen grote gezinnen.", []),
    ],
)
def test_a_number_word_after_bare_billions_opens_another_quantity(
    text: str, quotes: list[str]
) -> None:
    """ "tegen 9 miljard twee jaar geleden" was read as counting years: the cardinal "twee"
    ends in "-e" as an inflected adjective does, and "jaar" is a unit counted. A cardinal
    in words after the amount opens a quantity of its own."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # the clause's finite verb before the amount, nothing sending a verb to its end: the
        # word in "-en" ending it is the noun counted, money said around it or not
        (
            "De heffing levert jaarlijks 80 miljoen euro op. Ieder jaar versturen de "
            "belastingkantoren ruim 2,4 miljoen aanslagen.",
            ["80 miljoen euro"],
        ),
        (
            "De premie bedroeg € 1.250 per jaar voor elk van de 17 miljoen verzekerden.",
            ["€ 1.250"],
        ),
        # a modal, an auxiliary or a conjunction before it: a verb, the amount money
        ("Het fonds heeft 80 miljoen euro. Gemeenten moeten 5 miljoen besparen.", None),
        ("Het fonds heeft 80 miljoen euro. Daarvan gaan provincies 5 miljoen investeren.", None),
        ("Het fonds heeft 80 miljoen euro, omdat gemeenten 5 miljoen overhouden.", None),
        # one word before it is no clause of a subject and its verb
        ("Het fonds heeft 80 miljoen euro. Plan: 5 miljoen overhevelen.", None),
        # "krijgen", and "staan" or "liggen" in the singular (the sum its subject), send a
        # participle last; a particle in "-en" is no noun
        ("Het fonds heeft 80 miljoen euro. In de begroting staat 5 miljoen opgenomen.", None),
        ("Het fonds heeft 80 miljoen euro. De provincie krijgt 5 miljoen teruggegeven.", None),
        ("Het fonds heeft 80 miljoen euro. Gemeenten kregen 5 miljoen toegewezen.", None),
        ("Het fonds heeft 80 miljoen euro. Voor de regio ligt 5 miljoen vastgehouden.", None),
        ("Het fonds heeft 80 miljoen euro. Het Rijk brengt 5 miljoen bijeen.", None),
        # a count is a plural's subject, and a noun after "krijgen" is what it counts
        (
            "Het fonds heeft 80 miljoen euro. In de wachtrij staan 1,2 miljoen aanvragen.",
            ["80 miljoen euro"],
        ),
        (
            "Het fonds heeft 80 miljoen euro. De Belastingdienst kreeg 1,2 miljoen bezwaren.",
            ["80 miljoen euro"],
        ),
    ],
)
def test_a_word_in_en_ending_a_plain_main_clause_after_bare_millions_is_counted(
    text: str, quotes: list[str] | None
) -> None:
    """ "Jaarlijks behandelen de rechtbanken zo'n 1,6 miljoen zaken." was stored as € 1,6 mln
    where its paragraph spoke of money: a word in "-en" ending a clause whose verb stands
    before the amount, and no auxiliary, modal or conjunction that sends a verb last, is no
    verb but the noun the figure counts."""
    found = [r["quote"] for r in extract_amounts(_doc(text))]
    assert found == (quotes if quotes is not None else ["80 miljoen euro", "5 miljoen"])


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # "de" before the amount, a finite verb after the word in "-en": a noun phrase, counted
        (
            "Het energiebedrijf ontving 80 miljoen euro subsidie. Van de ruim 4 miljoen "
            "klanten heeft een derde een vast contract.",
            ["80 miljoen euro"],
        ),
        (
            "De premie is € 1.308 per jaar. Voor elk van de 2 miljoen zelfstandigen geldt "
            "een eigen regeling.",
            ["€ 1.308"],
        ),
        # a modal after it is the verb cluster of an infinitive; no determiner, a
        # nominalised infinitive: money
        (
            "Het fonds heeft 80 miljoen euro, omdat het kabinet de 5 miljoen investeren wil.",
            None,
        ),
        ("Het fonds heeft 80 miljoen euro. Jaarlijks 5 miljoen bezuinigen kost banen.", None),
    ],
)
def test_a_word_in_en_between_a_determiner_and_a_finite_verb_is_counted(
    text: str, quotes: list[str] | None
) -> None:
    """ "Van de ruim 17 miljoen verzekerden betaalt ..." was stored as € 17 mln where its
    paragraph spoke of money: "de N miljoen X" followed by a finite verb is a noun phrase,
    the word in "-en" the noun counted, no infinitive."""
    found = [r["quote"] for r in extract_amounts(_doc(text))]
    assert found == (quotes if quotes is not None else ["80 miljoen euro", "5 miljoen"])


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Er zijn 1,2 miljoen AOW-gerechtigden in Nederland.", []),
        ("Het gaat om 2 miljoen zzp'ers en flexwerkers.", []),
        ("Ruim 1 miljoen 65-plussers woont alleen.", []),
        ("Ruim 3 miljoen toeslagontvangers kregen een brief.", []),
        ("Zo'n 2,5 miljoen mkb'ers merken de lastenverzwaring.", []),
        # people named by an adjective or participle made a noun, money said or not
        ("Er zijn 1,2 miljoen uitkeringsgerechtigden; zij krijgen samen € 5 mld.", ["€ 5 mld."]),
        ("De 3,5 miljoen gepensioneerden krijgen € 200 extra.", ["€ 200"]),
        ("Ruim 6 miljoen belastingplichtigen krijgen € 3 mld terug.", ["€ 3 mld"]),
        ("Er zijn 1,1 miljoen werkenden met een laag inkomen; kosten € 1 mld.", ["€ 1 mld."]),
        ("Het Rijk wil € 5 mln en nog 5 miljoen aanwenden.", ["€ 5 mln", "5 miljoen"]),
        # money named after the amount, or an adverb: money
        ("Het Rijk trekt 300 miljoen BDU-middelen uit.", ["300 miljoen"]),
        ("Er gaat 5 miljoen subsidies naar sportclubs.", ["5 miljoen"]),
        ("Er komt 60 miljoen jaarlijks bij.", ["60 miljoen"]),
        ("Twee miljard bouwimpuls", ["Twee miljard"]),
        # any money noun of the one list (``money_nouns.MONEY_NOUNS``), not a count
        ("Het kabinet keert 40 miljoen compensaties uit aan ondernemers.", ["40 miljoen"]),
        ("Het kabinet verwerkt 3 miljard meevallers in de Voorjaarsnota.", ["3 miljard"]),
        ("Het kabinet trekt 1 miljard ineens uit.", ["1 miljard"]),
        ("Gemeenten houden 12 miljoen over tijdens de crisis.", ["12 miljoen"]),
    ],
)
def test_bare_millions_before_a_plural_noun_count_what_it_names(
    text: str, quotes: list[str]
) -> None:
    """A scale amount printing no currency, followed by a plural noun that is no money
    ("AOW-gerechtigden", "zzp'ers", "toeslagontvangers"), counts what the noun names: the
    count was stored as euros where the noun was not in the list of counted words."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


def test_bare_millions_before_fines_count_them() -> None:
    """Fines are imposed one by one, as claims are filed and orders placed: "N miljoen
    boetes" counts them, and so does a figure carrying the count on with its noun left out
    ("tegen N miljoen in JJJJ"). Both were stored as euros."""
    text = "In 2021 zijn 4,6 miljoen boetes uitgeschreven, tegen 5,3 miljoen in 2017.\n"
    assert extract_amounts(_doc(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "De gemeente ontving 2 miljoen aan boetes.",
        "De toezichthouder legde een boete op van 2 miljoen.",
        "Het kabinet trekt 2 miljoen extra uit voor handhaving.",
        "De provincie geeft 2 miljoen voor de handhaving van boetes.",
        "Het waterschap krijgt 2 miljoen minder uit de boetepot.",
    ],
)
def test_bare_millions_of_fines_or_of_more_or_less_stay_money(text: str) -> None:
    """Near form: the sum of fines ("2 miljoen aan boetes", "een boete van 2 miljoen") and
    a figure before "extra", "voor" or "minder" are money."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == ["2 miljoen"]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # an adverb or a preposition in "-s" after the amount: no plural, the amount money
        ("De gemeente zegt dat die 3,1 miljard grotendeels eenmalig is.", ["3,1 miljard"]),
        ("Van de reserve is 12 miljoen inmiddels uitgegeven.", ["12 miljoen"]),
        ("Het fonds keerde 40 miljoen merendeels aan scholen uit.", ["40 miljoen"]),
        ("Er is 8 miljoen sinds de start van het programma besteed.", ["8 miljoen"]),
        ("De provincie hield 6 miljoen wegens de vertraging achter.", ["6 miljoen"]),
        ("Het Rijk maakt 25 miljoen rechtstreeks over aan de regio's.", ["25 miljoen"]),
        ("Het waterschap draagt 2 miljoen enerzijds uit de reserve bij.", ["2 miljoen"]),
        # a plural noun in "-s" after it still counts what it names
        ("De regeling bereikt 7,2 miljoen huishoudens en kost € 300 mln.", ["€ 300 mln."]),
        ("Het ministerie telt 1,4 miljoen bezoekers per jaar.", []),
    ],
)
def test_bare_millions_before_an_adverb_in_s_are_money(text: str, quotes: list[str]) -> None:
    """A scale amount printing no currency, followed by an adverb or a preposition ending
    in "s" ("grotendeels", "inmiddels", "sinds", "wegens"), is money: the word is no plural
    noun naming what the amount counts, which the form "a word in -s" took it for, and the
    amount was dropped however much money its sentence said."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # no noun after it: what a count before it in its paragraph counts
        (
            "Het loket kreeg 3,4 miljoen meldingen. Daarvan is 2,2 miljoen inmiddels gesloten.",
            [],
        ),
        (
            "Van de 2,5 miljoen leerlingen wordt 1,1 miljoen rechtstreeks door de school bereikt.",
            [],
        ),
        (
            "Het netwerk bereikt 6,1 miljoen woningen. Die 0,3 miljoen dekken we met een regeling.",
            [],
        ),
        # a word of money before it in its own sentence: money, a count before it or not
        (
            "Het gaat om 1,3 miljoen huishoudens. Van het geld gaat 90 miljoen rechtstreeks "
            "naar gemeenten.",
            ["90 miljoen"],
        ),
    ],
)
def test_bare_millions_without_a_noun_after_a_count_count_on(text: str, quotes: list[str]) -> None:
    """A scale amount printing no currency followed by an adverb in "-s" or by "dekken", no
    noun of its own, refers back to a count printed before it in its paragraph ("3,4 miljoen
    meldingen. Daarvan is 2,2 miljoen inmiddels gesloten"): it counts what that count counts,
    unless its own sentence names money before it."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a paragraph of its own naming no currency: "dekken" covers a cost with money
        ("De heer Jansen (CDA):\nHoe wil de minister structureel 800 mln. dekken?", ["800 mln."]),
        ("Wethouder De Vries:\nDe raad wil 3 miljoen dekken.", ["3 miljoen"]),
        ("Mevrouw Bakker (GL):\nWaarmee gaat het kabinet 1,2 miljard dekken?", ["1,2 miljard"]),
        # a noun the amount counts stays a count, a verb of covering after it or not
        ("Hoe wil hij 2 miljoen woningen dekken?", []),
        ("De regeling moet 7,9 miljoen huishoudens dekken.", []),
    ],
)
def test_bare_millions_before_dekken_are_money(text: str, quotes: list[str]) -> None:
    """A scale amount printing no currency before "dekken" (to cover a cost with money), in a
    paragraph naming no currency (a speaker's turn in a debate), is money: the infinitive
    was read as a plural noun the amount counts, as no word of money was near it."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a paper or a decision counted, a word of money in its sentence or a sum after it or not
        ("De verwachte boeteopbrengst van 9,6 miljoen beschikkingen staat op artikel 33.3.", []),
        ("De subsidie dekt de kosten van 2 miljoen extra vergunningen.", []),
        (
            "Het UWV verwerkt jaarlijks 1,2 miljoen inschrijvingen, met een budget van € 40 mln.",
            ["€ 40 mln."],
        ),
        ("Het ministerie verwerkt 3 miljoen aanvragen en 2 miljoen herzieningen.", []),
        # a noun of money in "-ingen", listed or not, or one of a stem of money: the sum
        ("Het kabinet boekt 3 miljard bezuinigingen in.", ["3 miljard"]),
        ("Met de subsidie zijn 2 miljoen betalingen gedaan.", ["2 miljoen"]),
        (
            "De mutaties bestaan uit 2,4 miljoen onttrekkingen aan de algemene reserve en 1,1 "
            "miljoen toevoegingen aan de bestemmingsreserves.",
            ["2,4 miljoen", "1,1 miljoen"],
        ),
        (
            "Het resultaat daalt door 1,5 miljoen extra afschrijvingen op de scholen.",
            ["1,5 miljoen"],
        ),
        ("Daarnaast is 0,8 miljoen aflossingen op geldleningen ontvangen.", ["0,8 miljoen"]),
        (
            "De overschrijding bestaat uit 4 miljoen meerkosten en 1 miljoen indexeringen van "
            "contracten.",
            ["4 miljoen", "1 miljoen"],
        ),
        # a verb in "-ingen", a particle before it or not: money
        (
            "Doordat de lasten 5 miljoen omhooggingen, sluit de rekening met een tekort.",
            ["5 miljoen"],
        ),
        ("Omdat gemeenten vorig jaar 5 miljoen ontvingen, daalt het tekort.", ["5 miljoen"]),
        ("De gemeente wil het tekort met 2 miljoen terugdringen.", ["2 miljoen"]),
        ("Het Rijk wist voor de regio 4 miljoen te bedingen.", ["4 miljoen"]),
    ],
)
def test_bare_millions_before_a_paper_or_decision_count_what_it_names(
    text: str, quotes: list[str]
) -> None:
    """A scale amount printing no currency, followed by a paper or a decision handed out or
    filed ("beschikkingen", "vergunningen", "inschrijvingen"), counts what it names, whatever
    money its sentence says ("De verwachte boeteopbrengst van 9,6 miljoen beschikkingen" was
    stored as € 9,6 mln). Any plural in "-ingen" was so read before, which dropped money
    ("2,4 miljoen onttrekkingen", "1,5 miljoen extra afschrijvingen", "omhooggingen")."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a part of the count, its noun left out
        ("Er zijn 1,3 miljoen huurwoningen, waarvan circa 0,4 miljoen in de vrije sector.", []),
        (
            "In 2024 staan 1,2 miljoen leerlingen ingeschreven, van wie 0,3 miljoen in het vmbo.",
            [],
        ),
        # the count of another year beside it, or set against it
        ("Op het spoor werden 18,5 miljard reizigerskilometers afgelegd (2019: 21,3 miljard).", []),
        ("Er werden 4,2 miljoen vaccins gezet, tegen 3,9 miljoen een jaar eerder.", []),
        # the next figure of a list carrying on such a count
        (
            "Er kwamen 2,4 miljoen bezoekers, tegen respectievelijk 1,2 miljoen en 1,3 miljoen"
            " in de jaren ervoor.",
            [],
        ),
        # real money in the same forms stays money
        (
            "De gemeente ontvangt € 110 miljoen, waarvan 36,4 miljoen voor jeugdzorg.",
            ["€ 110 miljoen", "36,4 miljoen"],
        ),
        (
            "De uitgaven van 61,7 miljard (2019: 70,4 miljard) stijgen.",
            ["61,7 miljard", "70,4 miljard"],
        ),
        # money said between the count and the figure, or after the figure, makes it money
        (
            "Ruim 2 miljoen huishoudens betalen meer dan 3 miljard aan toeslagen terug.",
            ["3 miljard"],
        ),
        ("Er werden 10 miljoen mondkapjes geleverd, tegen 3 miljoen aan kosten.", ["3 miljoen"]),
        # money printed after the count: the figures after it go on with the money
        (
            "Er werden 10 miljoen mondkapjes geleverd tegen € 30 miljoen, waarvan 5 miljoen"
            " uit het fonds.",
            ["€ 30 miljoen", "5 miljoen"],
        ),
        # a sentence's end between them ends the count
        (
            "Er staan 1,2 miljoen leerlingen ingeschreven; de bekostiging bedraagt 12 miljard,"
            " waarvan 3 miljard voor het vmbo.",
            ["12 miljard", "3 miljard"],
        ),
    ],
)
def test_a_bare_figure_carrying_on_a_count_counts_what_it_counts(
    text: str, quotes: list[str]
) -> None:
    """A bare "N miljoen" after "waarvan", "van wie", "(2019:", "tegen", "dan", "of" or
    "respectievelijk" that carries on a count of a noun before it in its sentence, the noun
    left out, counts what the count counts: it was stored as euros."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


@pytest.mark.parametrize(
    "text",
    [
        "Het bedrijf mikt op 5 miljoen reizigers: 2 miljoen in 2026 en 3 miljoen in 2027.",
        "Er komen 4 miljoen bezoekers: ruim 1 miljoen in 2026 en 3 miljoen in 2027.",
        "Er komen 5 miljoen reizigers, waarvan 2 miljoen in 2026 en 3 miljoen in 2027.",
    ],
)
def test_the_parts_of_a_count_after_a_colon_or_its_years_count_what_it_counts(text: str) -> None:
    """A colon right after a count's words opens its split as "waarvan" does, and a part
    after the year the one before it is "in" goes on with it: "5 miljoen reizigers: 2
    miljoen in 2026 en 3 miljoen in 2027" stored both parts as euros."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == []


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a sum's split after a colon stays money
        (
            "Het budget is 5 miljoen: 2 miljoen in 2026 en 3 miljoen in 2027.",
            ["5 miljoen", "2 miljoen", "3 miljoen"],
        ),
        # a word of money between the count and the colon makes the parts money
        (
            "Het bedrijf mikt op 5 miljoen reizigers en krijgt subsidie: 2 miljoen in 2026.",
            ["2 miljoen"],
        ),
        # a sentence's end between them ends the count
        (
            "Er komen 5 miljoen reizigers bij. Het budget: 2 miljoen in 2026 en 3 miljoen in 2027.",
            ["2 miljoen", "3 miljoen"],
        ),
        # the parts of a sum after a colon, one bare
        (
            "In totaal is € 6 miljoen gereserveerd: € 4 miljoen in 2026 en 2 miljoen in 2027.",
            ["€ 6 miljoen", "€ 4 miljoen", "2 miljoen"],
        ),
    ],
)
def test_money_split_after_a_colon_stays_money(text: str, quotes: list[str]) -> None:
    """A colon opens a count's split only right after the count's words in its sentence,
    no money said between: a sum's parts after a colon stay money."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # "van hen": persons, the counted noun left out, whatever money the sentence says
        (
            "Ruim 3 miljoen ouderen ontvangen AOW; circa 1,2 miljoen van hen betaalt daarover"
            " meer belasting dan € 500 per jaar.",
            ["€ 500"],
        ),
        ("Van de werkenden krijgen 2 miljoen\nvan hen een toeslag van € 25.", ["€ 25"]),
        # a possessive after "van" names whose money it is: money
        ("Gemeenten gaan 2 miljoen van hun budget besteden aan armoede.", ["2 miljoen"]),
        # "terug" or a participle of taking after "van hen" says from them: a sum
        (
            "De ouders kregen € 300 miljoen. Het kabinet vordert 50 miljoen van hen terug.",
            ["€ 300 miljoen", "50 miljoen"],
        ),
        ("Van de gemeenten is 2 miljoen van hen ontvangen.", ["2 miljoen"]),
    ],
)
def test_bare_millions_of_them_count_persons(text: str, quotes: list[str]) -> None:
    """ "voor circa 1,1 miljoen van hen daalt de toeslag met meer dan € 100" was stored as
    € 1,1 mln: "van hen" names persons, the noun the figure counts left out."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # the things a bare figure counts, their value in brackets after them
        (
            "Voor de aankoop van 12 miljoen zelftesten (waarde € 48 mln) is geen aanbesteding"
            " gehouden.",
            ["€ 48 mln"],
        ),
        ("Het Rijk leverde 4 miljoen sneltesten (€ 15 miljoen) aan scholen.", ["€ 15 miljoen"]),
        # a verb of money before the bracket, a part in it, or a modal's infinitive: money
        ("De provincie wil 5 miljoen uitgeven (€ 2 mln in 2025).", ["5 miljoen", "€ 2 mln"]),
        (
            "De regio gaat 6 miljoen verbouwen (waarvan € 2 mln aan scholen).",
            ["6 miljoen", "€ 2 mln"],
        ),
        (
            "Gemeenten moeten samen 3 miljoen ophoesten (€ 1 mln per jaar).",
            ["3 miljoen", "€ 1 mln"],
        ),
    ],
)
def test_bare_millions_of_things_valued_in_brackets_count_them(
    text: str, quotes: list[str]
) -> None:
    """ "28 miljoen sneltesten (waarde € 91 mln)": the bracket's sum is the value of what the
    figure counts, so the word in "-en" is the noun counted; the count was stored as € 28 mln
    by the money the bracket printed in its clause."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # "alle" before the figure: the things counted, whatever money the paragraph says
        (
            "De voorraad is € 2 miljard waard. In 2025 wordt een telling uitgevoerd van alle"
            " 3,4 miljoen onderdelen in de magazijnen.",
            ["€ 2 miljard"],
        ),
        (
            "Het fonds kost € 40 miljoen per jaar. Het bereikt alle 1,5 miljoen leden.",
            ["€ 40 miljoen"],
        ),
        # a verb of money after it leaves the figure money
        (
            "Van het budget van € 8 miljoen kan de gemeente niet alle 5 miljoen besteden.",
            ["€ 8 miljoen", "5 miljoen"],
        ),
    ],
)
def test_bare_millions_after_alle_count_what_follows(text: str, quotes: list[str]) -> None:
    """A bare figure and scale after "alle" before a word in "-en" ("van alle 1,2 miljoen
    artikelen") was stored as euros: "alle" quantifies things counted, so the word in "-en"
    after the figure is the noun counted, not a verb the money before it in its paragraph is
    spent by."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # compounds cut short before "en"/"of" share the head after it
        ("Er lopen ruim 2 miljoen WW- en bijstandsuitkeringen.", []),
        (
            "Het Rijk betaalt € 30 mld aan 1,5 miljoen AOW-, WW- of bijstandsuitkeringen.",
            ["€ 30 mld"],
        ),
        # a noun of people or things heads a compound ("bijstandsuitkeringen", "huurwoningen")
        ("Er zijn 2 miljoen bijstandsuitkeringen; dat kost € 5 mld.", ["€ 5 mld."]),
        ("Het kabinet investeert in 1 miljoen sociale huurwoningen.", []),
        # money named after "en" stays money
        ("Er is 20 miljoen natuur- en milieusubsidies beschikbaar.", ["20 miljoen"]),
        ("Er gaat 20 miljoen naar zorg- en welzijnsinstellingen.", ["20 miljoen"]),
        # a verb ending in a counted noun ("be-stemmen", "ver-huizen") counts nothing
        (
            "Het kabinet trekt € 1 miljard uit en wil 300 miljoen bestemmen voor onderwijs.",
            ["€ 1 miljard", "300 miljoen"],
        ),
        (
            "Van de € 2 miljard zal 300 miljoen verhuizen naar artikel 4.",
            ["€ 2 miljard", "300 miljoen"],
        ),
    ],
)
def test_bare_millions_before_compounds_count_what_their_head_names(
    text: str, quotes: list[str]
) -> None:
    """ "2 miljoen WW- en bijstandsuitkeringen" was stored as € 2 mln: the counted noun
    heads a compound, after words cut short by a hyphen that share it."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("De euro noteerde vrijdag 1,0845 dollar.", []),
        ("De dollar kostte 0,92 euro.", []),
        ("De koers van de euro steeg naar 1,10 dollar.", []),
        ("Het bedrag is omgerekend tegen 1,08 dollar per euro.", []),
        # the currency after "per" named as any amount names it: a sign before the figure,
        # a country's prefix or adjective, a code
        ("Omgerekend is tegen Cg 1,79 per US-dollar.", []),
        ("Omgerekend tegen € 0,92 per Amerikaanse dollar.", []),
        ("Gerekend is met NAf. 1,79 per USD.", []),
        ("Omgerekend tegen € 0,92 per USD.", []),
        # a code after a whole figure the word "koers" names a rate
        ("Gerekend is met een koers van ¥ 158 per USD.", []),
        ("Omgerekend tegen € 1,17 per pond sterling.", []),
        ("Het Britse pond noteerde 1,17 euro.", []),
        # one unit of a currency, its price in another after it
        ("Een euro kost nu 1,08 dollar.", []),
        ("Eén euro was bij de invoering 2,20371 gulden waard.", []),
        # one unit of a currency set equal to a figure in another: neither side is money
        ("De koers is vast: 1 US-dollar is 1,79 Antilliaanse gulden.", []),
        ("Bij de invoering gold 1 euro = 1,08 dollar.", []),
        # a line wrapped inside the rate
        ("Omgerekend circa € 10,6 miljoen (koers: 1 dollar\n= 0,92 euro).", ["€ 10,6 miljoen"]),
        ("Bij de invoering gold 1 euro\n      is 1,08 dollar.", []),
        # the other currency by its ISO code, which no amount of it here is read in
        ("Omgerekend tegen de koers van die dag (1 EUR = 4,35 PLN; 1 USD = 16.200 IDR).", []),
        ("Omgerekend tegen de koers van die dag (EUR 1 = KES 131).", []),
        # one unit set equal to a list of figures in other currencies, words between
        (
            "Eén euro is sinds 1 januari 2002 gelijk aan 2,20371 gulden, 1,95583 Duitse mark"
            " en 40,3399 Belgische frank.",
            [],
        ),
        # money in the same sentence is money
        (
            "De euro noteerde 1,0845 dollar; de steun bedraagt 5 miljard dollar.",
            ["5 miljard dollar"],
        ),
    ],
)
def test_the_price_of_a_currency_is_no_amount(text: str, quotes: list[str]) -> None:
    """ "De euro noteerde 1,0845 dollar" was stored as 1,0845 US dollars."""
    warnings: list[ExtractWarning] = []
    assert [r["quote"] for r in extract_amounts(_doc(text), warnings)] == quotes
    assert any("exchange rate" in w.reason for w in warnings)


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "De leningen zijn uitbetaald: in totaal Afl. 1,2 miljard (koers: € 1 = Afl. 1,98).",
            ["Afl. 1,2 miljard"],
        ),
        ("Bij de uitbetaling gold 1 euro = Afl. 1,98.", []),
        ("Omgerekend tegen de koers van die dag (€ 1 = NLG 2,20371).", []),
    ],
)
def test_one_unit_set_equal_to_a_figure_after_a_currency_mark_is_a_rate(
    text: str, quotes: list[str]
) -> None:
    """One unit of a currency set equal to a figure after any currency's sign, code or mark
    ("€ 1 = Afl. 1,98", whose florin the scan reads as money only with a scale) is a rate:
    "€ 1" was stored as one euro."""
    warnings: list[ExtractWarning] = []
    assert [r["quote"] for r in extract_amounts(_doc(text), warnings)] == quotes
    assert any("exchange rate" in w.reason for w in warnings)


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a sum on the left, not one unit: both sides are money
        ("De lening van € 1 miljoen = Afl. 1,98 miljoen.", ["€ 1 miljoen", "Afl. 1,98 miljoen"]),
        # one unit equal to a figure after no currency's mark: no rate ("Art. 12")
        ("De bijdrage per inwoner is € 1 = art. 12 van de regeling.", ["€ 1"]),
    ],
)
def test_money_set_equal_to_no_rate_stays_money(text: str, quotes: list[str]) -> None:
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


@pytest.mark.parametrize(
    "text",
    [
        "Het ministerie rekent met een koers van $ 1,21 voor een euro.",
        "Bij de omrekening gold 1,08 dollar voor één euro.",
        "De begroting gaat uit van 0,86 pond sterling en 1,08 dollar voor 1 euro.",
    ],
)
def test_a_figure_quoted_as_a_rate_for_one_unit_of_another_currency_is_a_rate(
    text: str,
) -> None:
    """ "$ 1,21 voor een euro" was stored as 1,21 US dollars: "voor" and one unit of another
    currency say "per" as a rate is paid, what one euro buys."""
    warnings: list[ExtractWarning] = []
    assert extract_amounts(_doc(text), warnings) == []
    assert any("exchange rate" in w.reason for w in warnings)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a whole figure paid for one coin, or a sum of its own currency: money
        ("Een verzamelaar bood $ 40 voor één euro van Monaco.", "$ 40"),
        ("De gemeente legt € 2 voor een euro eigen bijdrage bij.", "€ 2"),
        # "voor" and a thing whose name starts like a currency
        ("De bank betaalde $ 1,50 voor een euromunt.", "$ 1,50"),
    ],
)
def test_a_figure_for_one_unit_not_quoted_as_a_rate_of_another_currency_stays_money(
    text: str, quote: str
) -> None:
    assert [r["quote"] for r in extract_amounts(_doc(text))] == [quote]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Rundvlees kost op de markt € 3,20 per pond.", "€ 3,20"),
        ("De heffing bedraagt € 0,92 per liter.", "€ 0,92"),
        ("De gemeente legt € 2 per euro subsidie bij.", "€ 2"),
        ("Het fonds betaalt US$ 0,50 per USD inleg.", "US$ 0,50"),
        ("De bijdrage is € 25 per BSN.", "€ 25"),
        # a currency's code that is initials too, after a figure not quoted as a rate: whole,
        # or above a thousand (a rate is quoted in cents below it: "€ 0,92 per USD")
        ("De delegatie kost gemiddeld € 450.000 per COP.", "€ 450.000"),
        ("Voor de monitoring trekt het kabinet € 250.000 per SDG uit.", "€ 250.000"),
        ("Deelname kost € 1.250,50 per SDG.", "€ 1.250,50"),
    ],
)
def test_a_price_per_unit_that_names_no_other_currency_is_money(text: str, quote: str) -> None:
    """A figure before "per" and a weight, a thing, its own currency or capitals naming no
    currency is a price or a sum, never a rate: "pond" alone is a weight. Three capitals
    that are a currency's code and a body's or a thing's initials ("COP", the climate summit;
    "SDG", a development goal) name a currency only after a figure quoted as a rate: the sum
    per summit was left out as an exchange rate."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == [quote]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("De koers van het aandeel sloot vrijdag op 12,35 euro.", "12,35 euro"),
        ("Bij de beursgang lag de koers op € 23,50 per aandeel.", "€ 23,50"),
    ],
)
def test_a_share_s_price_names_one_currency_and_is_money(text: str, quote: str) -> None:
    """A share's "koers" names one currency, an exchange rate two: "De koers van ING sloot
    op 7,50 euro" was dropped as an exchange rate."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == [quote]


def test_a_wisselkoers_is_a_rate_whatever_it_names() -> None:
    warnings: list[ExtractWarning] = []
    assert extract_amounts(_doc("De wisselkoers stond toen op 1,12 dollar."), warnings) == []
    assert any("exchange rate" in w.reason for w in warnings)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Voor een stad als Zwolle blijft er na de korting een miljoen of vijf over.",
            "een miljoen of vijf",
        ),
        ("Het project kost de gemeente een ton of drie aan subsidie.", "een ton of drie"),
        ("De operatie kost het Rijk een miljard of twaalf euro.", "een miljard of twaalf euro"),
    ],
)
def test_a_figure_rounded_as_speech_rounds_it_is_about_so_much(text: str, quote: str) -> None:
    """ "een miljoen of vijf" is about five million: it was stored as exactly five million,
    with no qualifier; it gets the qualifier of "about" (checks/tolerances.yml)."""
    assert [(r["quote"], r["qualifier"]) for r in extract_amounts(_doc(text))] == [
        (quote, "ongeveer")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Door de hogere dollarkoers (1 USD = € 0,88 ten opzichte van € 0,81 in de raming) "
        "stijgen de kosten.",
        "Gerekend is met 1 dollar = 0,90 euro tegen 0,95 euro vorig jaar.",
        "De begroting ging uit van 1 GBP = € 1,14 vergeleken met € 1,17 bij de Voorjaarsnota.",
    ],
)
def test_a_figure_set_against_a_rate_just_quoted_is_a_rate(text: str) -> None:
    """A figure in cents set against a rate quoted right before it ("1 USD = € 0,88 ten
    opzichte van € 0,81 in de raming") is that rate at another time or estimate, no sum:
    it was stored as 0,81 euro."""
    warnings: list[ExtractWarning] = []
    assert extract_amounts(_doc(text), warnings) == []
    assert sum("exchange rate" in w.reason for w in warnings) == 2


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a price per thing at that rate: money
        ("Bij 1 USD = € 0,88 tegen € 12,50 per vat blijft de raming gelijk.", ["€ 12,50"]),
        # a sum, not in cents, or after no rate: money
        ("Bij 1 USD = € 0,88 tegen € 3 miljoen vorig jaar.", ["€ 3 miljoen"]),
        ("De bijdrage is € 0,85 ten opzichte van € 0,92 vorig jaar.", ["€ 0,85", "€ 0,92"]),
    ],
)
def test_a_figure_set_against_no_rate_or_priced_per_thing_stays_money(
    text: str, quotes: list[str]
) -> None:
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


def test_a_koers_quoted_again_in_its_clause_is_a_rate() -> None:
    """A rate first quoted with both currencies and then again after "koers" with one
    ("gerekend met een koers van USD 1 = EUR 0,85, terwijl de echte koers EUR 0,91 was") is a
    rate both times: the second figure was stored as euros, a share's price."""
    text = "Gerekend is met een koers van USD 1 = EUR 0,85, terwijl de echte koers EUR 0,91 was."
    assert extract_amounts(_doc(text)) == []


def test_a_koers_after_a_semicolon_of_the_quoting_sentence_is_a_rate() -> None:
    """A semicolon joins clauses of one sentence: "tegen USD 1 = EUR 0,85; later gold een koers
    van EUR 0,91" quotes the same rate again, not a share's price; it was stored as euros."""
    text = "De raming ging uit van USD 1 = EUR 0,85; bij betaling gold een koers van EUR 0,91."
    assert extract_amounts(_doc(text)) == []


def test_a_koers_after_a_semicolon_without_a_rate_quoted_stays_money() -> None:
    """Near form: a semicolon clause whose sentence quotes no rate keeps a share's price money."""
    text = "Het fonds belegt in dollars; de koers van het aandeel sloot op 7,50 euro."
    (row,) = extract_amounts(_doc(text))
    assert row["amount_eur"] == 7.5


def test_a_koers_with_another_currency_glued_on_is_a_rate() -> None:
    """ "de dollarkoers van 0,91 euro" names both currencies, one glued to "koers": a rate, as
    "de koers van de dollar" is; it was stored as euros, a share's price."""
    text = "De begroting rekent met een dollarkoers van 0,91 euro."
    assert extract_amounts(_doc(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "De aandelenkoers sloot op 7,50 euro.",
        "De eurokoers van het aandeel sloot op 7,50 euro.",
    ],
)
def test_a_koers_with_no_other_currency_glued_on_stays_money(text: str) -> None:
    """Near forms: a glued word naming no currency or the figure's own keeps a price money."""
    (row,) = extract_amounts(_doc(text))
    assert row["amount_eur"] == 7.5


@pytest.mark.parametrize(
    "text",
    [
        "Het fonds belegt in dollars. De koers van het aandeel sloot op 7,50 euro.",
        "De winst was $ 3 miljoen, waarna de koers van het aandeel op 7,50 euro sloot.",
    ],
)
def test_a_koers_after_another_sentence_or_a_sum_in_another_currency_stays_money(
    text: str,
) -> None:
    """Another currency named in an earlier sentence, or in a sum printed with a scale, does
    not make a share's price a rate."""
    assert "7,50 euro" in [r["quote"] for r in extract_amounts(_doc(text))]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Gerekend is met 1 dollar = 0,85 euro, terwijl de koers van het aandeel op 7.500 "
            "euro sloot.",
            "7.500 euro",
        ),
        (
            "Gerekend is met 1 dollar = 0,85 euro, terwijl de koers van het aandeel op 7,50 "
            "euro sloot.",
            "7,50 euro",
        ),
        (
            "Gerekend is met USD 1 = EUR 0,85; nu de koers van de obligatie EUR 98,50 is, "
            "is het verschil klein.",
            "EUR 98,50",
        ),
    ],
)
def test_a_koers_of_a_thing_after_a_rate_quoted_in_its_clause_stays_money(
    text: str, quote: str
) -> None:
    """A price after "koers van het aandeel" (a thing, no currency) or printed whole (no
    cents) is money though its clause quoted a rate with one unit of another currency
    ("1 dollar = 0,85 euro"): it was dropped as that rate quoted again."""
    assert quote in [r["quote"] for r in extract_amounts(_doc(text))]


def test_a_koers_quoted_again_after_a_rate_of_one_unit_is_a_rate() -> None:
    """Near form: the rate quoted again in cents after a bare "koers" stays a rate."""
    text = "Geraamd is tegen 1 dollar = 0,90 euro, waar de koers later 0,95 euro was."
    assert extract_amounts(_doc(text)) == []


def test_an_amount_in_a_sentence_on_the_rate_is_money() -> None:
    rows = extract_amounts(_doc("De koers van de euro leidt tot 300 miljoen euro extra."))
    assert [r["quote"] for r in rows] == ["300 miljoen euro"]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # the words say money: a verb of paying after, a sum or a cost before, money after
        (
            "Uit de controle blijkt dat in totaal ruim twee ton te veel is gedeclareerd.",
            [("twee ton", 200_000)],
        ),
        ("Het comité kreeg een subsidie van anderhalve ton.", [("anderhalve ton", 150_000)]),
        ("Het pilotproject kost tweeëneenhalve ton.", [("tweeëneenhalve ton", 250_000)]),
        ("De gemeente geeft drie ton subsidie.", [("drie ton", 300_000)]),
        ("Er is een ton euro nodig.", [("een ton euro", 100_000)]),
        # "een ton of drie": about three tons, as speech rounds it ("of meer" counts none)
        ("Het pilotproject kost een ton of drie.", [("een ton of drie", 300_000)]),
        ("Het pilotproject kost een ton of meer.", [("een ton", 100_000)]),
        # tonnes, or the words do not say: never euros
        ("De uitstoot daalt met drie ton CO2.", []),
        ("Het transport kost drie ton CO2 per jaar.", []),
        ("De fabriek produceert drie ton per dag.", []),
        ("Het gaat niet om een paar ton.", []),
        ("Het project kreeg twee ton.", []),
    ],
)
def test_tons_are_money_only_where_the_words_say_so(
    text: str, quotes: list[tuple[str, int]]
) -> None:
    """A ton is a hundred thousand euros in Dutch money talk ("een subsidie van anderhalve
    ton") and a tonne elsewhere ("drie ton CO2"): the money was lost."""
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["amount_eur"]) for r in rows] == quotes
    for row in rows:
        assert parse_quote(row["quote"], row["scale"]) == (row["amount_eur"], None)
        assert read_money(row["quote"], row["scale"]).value == row["amount_eur"]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a comparative of price, or a cost after a word of more or less, right after the tons
        ("De dijkversterking wordt ruim vier ton duurder dan gepland.", [("vier ton", 400_000)]),
        ("Nieuwe sporthal 3 ton goedkoper", [("3 ton", 300_000)]),
        ("De renovatie gaat twee ton meer kosten.", [("twee ton", 200_000)]),
        # "duurder" says money where it stands, whatever the sentence weighs elsewhere
        (
            "De verwerking van 1.200 ton afval wordt drie ton duurder.",
            [("drie ton", 300_000)],
        ),
        # a weight heavier, a noun between the tons and the comparative, a bare "kost" after
        # the tons, a ton without a word of cost: never euros
        ("De nieuwe brug wordt vier ton zwaarder.", []),
        ("De uitstoot van twee ton CO2 wordt duurder.", []),
        ("Twee ton CO2 duurder", []),
        ("Het storten van twee ton kost veel.", []),
        ("Het project kreeg een ton.", []),
    ],
)
def test_tons_before_a_word_of_cost_are_money(text: str, quotes: list[tuple[str, int]]) -> None:
    """Tons before a comparative of price ("wordt ruim vier ton duurder dan gepland", a
    headline's "dijk 4 ton duurder") were refused as tonnes or euros: a price rises by money,
    and a weight is heavier ("vier ton zwaarder"); read from the words right after the tons."""
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["amount_eur"]) for r in rows] == quotes
    for row in rows:
        assert parse_quote(row["quote"], row["scale"]) == (row["amount_eur"], None)


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a sum of money before it in its sentence: a share of it in tons
        (
            "Een kwart miljard gulden voor 650 scholen, dat is nog geen vier ton per school.",
            [("Een kwart miljard gulden", 250_000_000), ("vier ton", 400_000)],
        ),
        # weighed, a figure of tons, or no sum before it: none
        (
            "De nieuwe kraan kost € 2 miljoen en weegt ruim vier ton.",
            [("€ 2 miljoen", 2_000_000)],
        ),
        (
            "De installatie kost € 2 miljoen en verwerkt 400 ton per dag.",
            [("€ 2 miljoen", 2_000_000)],
        ),
        (
            "Vier ton per school is te weinig voor € 5 miljoen aan boeken.",
            [("€ 5 miljoen", 5_000_000)],
        ),
        # a noun after the tons names the matter weighed, whatever the sentence spends
        (
            "Met € 10 miljoen extra voor de douane is vier ton cocaïne onderschept.",
            [("€ 10 miljoen", 10_000_000)],
        ),
        (
            "Het project van € 3 miljoen heeft drie ton asbest uit scholen verwijderd.",
            [("€ 3 miljoen", 3_000_000)],
        ),
        # roads and a weighted mean are no weighing: money stays money
        (
            "Het onderhoud van de provinciale wegen kost twee ton per jaar.",
            [("twee ton", 200_000)],
        ),
        (
            "Volgens het gewogen gemiddelde kost elke school twee ton euro.",
            [("twee ton euro", 200_000)],
        ),
    ],
)
def test_tons_in_words_after_a_sum_in_their_sentence_are_money(
    text: str, quotes: list[tuple[str, int]]
) -> None:
    """Tons in words after a sum of money in their sentence ("Een kwart miljard voor ..., dat is
    nog geen vier ton per school") are money: they were lost; a sum printed before a number of
    tons in words, in one sentence, says money."""
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["amount_eur"]) for r in rows] == quotes
    for row in rows:
        assert read_money(row["quote"], row["scale"]).value == row["amount_eur"]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # "een halve ton", "een kwart ton": the article is a part of the number
        ("De verbouwing kost een halve ton.", [("een halve ton", 50_000)]),
        ("De club kreeg een subsidie van een kwart ton.", [("een kwart ton", 25_000)]),
        # a verb of paying or investing before the tons, words between
        (
            "De drie waterschappen betalen samen nog eens twee ton, de provincie de rest.",
            [("twee ton", 200_000)],
        ),
        ("Het Rijk investeert dit jaar anderhalve ton in de pilot.", [("anderhalve ton", 150_000)]),
        # a separable verb of spending, "extra" between the tons and its particle
        (
            "Beide gemeenten leggen elk een halve ton extra in voor het onderhoud.",
            [("een halve ton", 50_000)],
        ),
        ("De provincie trekt twee ton extra uit voor de veerpont.", [("twee ton", 200_000)]),
        # a verb of costing before the tons, adverbs or its object between
        (
            "Een extra handhaver kost de gemeente jaarlijks al snel een ton.",
            [("een ton", 100_000)],
        ),
        (
            "Een wijkverpleegkundige kost gemiddeld ruim anderhalve ton per jaar.",
            [("anderhalve ton", 150_000)],
        ),
        # ... but not before a noun of matter: weighed
        ("Het nieuwe viaduct kost jaarlijks ruim twee ton zand.", []),
        # tonnes, or the words do not say: never euros
        ("De boeren betalen twee ton mest per jaar.", []),
        ("De gemeente betaalt voor de verwerking van twee ton.", []),
        ("De kraan tilt een halve ton.", []),
    ],
)
def test_tons_in_words_after_an_article_or_a_verb_of_paying_are_money(
    text: str, quotes: list[tuple[str, int]]
) -> None:
    """ "betalen samen nog eens twee ton" and "leggen elk een halve ton extra in voor" were
    lost: the verb of paying stood words before the tons, "extra" between the tons and the
    particle, and "een halve" was read as "halve" alone, the words before it unread."""
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["amount_eur"]) for r in rows] == quotes
    for row in rows:
        assert parse_quote(row["quote"], row["scale"]) == (row["amount_eur"], None)
        assert read_money(row["quote"], row["scale"]).value == row["amount_eur"]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("De gastouderopvang kost twee ton per jaar.", "twee ton"),
        ("Het fietspad van vijf kilometer kost twee ton.", "twee ton"),
        ("De houten brug kost twee ton.", "twee ton"),
        # "euro" after the tons says money, whatever matter the sentence names
        ("De olievlek kostte de provincie twee ton euro.", "twee ton euro"),
    ],
)
def test_tons_of_money_beside_words_that_only_start_like_weighed_matter(
    text: str, quote: str
) -> None:
    """The words of weighed matter are matched at a word's start ("gasprijs",
    "afvalstoffen"): "gastouderopvang", "kilometer" and "houten" took the sentence's tons
    for tonnes, and so did any matter beside "twee ton euro"; they were lost."""
    assert [(r["quote"], r["amount_eur"]) for r in extract_amounts(_doc(text))] == [
        (quote, 200_000)
    ]


HEADER = "Rijksbegroting 2025 | Financiën"


@pytest.mark.parametrize(
    ("text", "quote", "amount", "scale_line"),
    [
        # a page number alone on its line
        ("Het kabinet stelt hiervoor € 150\n\n12\n\nmln beschikbaar.", "€ 150", 150_000_000, 5),
        ("Er is in totaal 150\n\n- 7 -\n\nmiljoen euro beschikbaar.", "150", 150_000_000, 5),
        ("Er is in totaal 150\n\nPagina 7 van 12\n\nmiljoen euro over.", "150", 150_000_000, 5),
        # a running header (printed on every page) with its page number
        (
            f"{HEADER} 6\n\nHet kabinet trekt hiervoor € 2,5\n\n{HEADER} 7\n\nmld uit.",
            "€ 2,5",
            2_500_000_000,
            7,
        ),
        # a footnote at the page's foot, after a rule or not
        (
            "De bijdrage bedraagt € 45\n__________\n3 Kamerstukken II 2024/25, 36 600, nr. 4.\n"
            " mln per jaar.",
            "€ 45",
            45_000_000,
            4,
        ),
        (
            "De bijdrage bedraagt € 45\n\n3 Kamerstukken II 2024/25, 36 600, nr. 4.\n\n"
            "mln per jaar.",
            "€ 45",
            45_000_000,
            5,
        ),
    ],
)
def test_a_figure_takes_its_scale_across_the_page_furniture(
    text: str, quote: str, amount: int, scale_line: int
) -> None:
    """A PDF's text layer prints a page number, running header or footnote between a figure
    and its scale word: the figure was stored in units ("€ 150") and the page number with
    the scale word as an amount ("12 mln")."""
    warnings: list[ExtractWarning] = []
    (row,) = extract_amounts(_doc(text), warnings)
    line = text[: text.index(quote)].count("\n") + 1
    assert (row["quote"], row["amount_eur"], row["line"]) == (quote, amount, line)
    assert row["scale_line"] == scale_line
    assert parse_quote(row["quote"], row["scale"]) == (amount, None)


FOOTER = "Tweede Kamer, vergaderjaar 2019–2020, 35 300 A, nr. 74 1"


@pytest.mark.parametrize(
    ("text", "quote", "amount", "scale_line"),
    [
        # the page's footer, printed once, then the form feed glued before the next page's
        # first line (plain pdftotext)
        (
            f"Het totale budget komt daarmee uit op € 3,4\n\n{FOOTER}\n\fmiljard voor de jaren "
            "2020 tot en met 2025.",
            "€ 3,4",
            3_400_000_000,
            4,
        ),
        (
            f"Het budget komt uit op 300\n\n{FOOTER}\n\fmiljoen euro per jaar.",
            "300",
            300_000_000,
            4,
        ),
        # the next page's header after the form feed
        (
            "Het budget komt uit op € 3,4\n\fTweede Kamer der Staten-Generaal 2\n\nmiljard in "
            "totaal.",
            "€ 3,4",
            3_400_000_000,
            4,
        ),
    ],
)
def test_a_figure_takes_its_scale_across_a_page_footer_by_a_form_feed(
    text: str, quote: str, amount: int, scale_line: int
) -> None:
    """A figure, the page's footer printed once, a form feed and the scale word on the next page
    ("€ 3,4" / footer / "miljard") lost the amount: a line printing a page number beside a form
    feed is the page's furniture, and a scale word may follow the form feed."""
    warnings: list[ExtractWarning] = []
    (row,) = extract_amounts(_doc(text), warnings)
    assert (row["quote"], row["amount_eur"], row["line"]) == (quote, amount, 1)
    assert row["scale_line"] == scale_line
    assert read_money(row["quote"], row["scale"]).value == amount


@pytest.mark.parametrize(
    "text",
    [
        f"Het totale budget komt daarmee uit op € 3,4\n\n{FOOTER}\n\fmiljard voor de jaren "
        "2020 tot en met 2025, een stijging van ruim 10 procent.",
        "Het kabinet trekt hiervoor € 3,4\n\n12\n\nmiljard uit voor de jaren 2020 tot en met 2025.",
    ],
)
def test_an_amount_across_a_page_break_reads_the_words_after_its_scale_word(text: str) -> None:
    """An amount whose scale word is printed past a page break ("€ 3,4" / footer / "miljard voor
    de jaren 2020 tot en met 2025") read its years from the footer after the figure, and took
    none: the words after its scale word are its own."""
    (row,) = extract_amounts(_doc(text, published="2020-03-12"))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (2020, 2025, "stated")
    assert row["basis"] == "total_over_period"


def test_a_figure_before_a_form_feed_and_a_sentence_is_no_amount_across_it() -> None:
    text = f"Het aantal scholen is 650\n\n{FOOTER}\n\fDe minister geeft 5 miljoen euro."
    assert [r["quote"] for r in extract_amounts(_doc(text))] == ["5 miljoen euro"]


def test_a_page_s_first_line_ending_in_a_figure_its_scale_right_under_it_is_no_header() -> None:
    """A page's first line of text that ends in a number, as a header with its page number
    does, is a sentence where the next line, right under it, opens with the figure's scale
    word: "120" / "miljoen euro" was rejected as page furniture (a header's number)."""
    text = (
        "Het kabinet neemt maatregelen om de zorg betaalbaar te houden.\n\fIn 2025 stijgen de "
        "kosten van de jeugdzorg naar verwachting met 120\nmiljoen euro. Dat wordt gedekt.\n"
    )
    assert [(r["quote"], r["amount_eur"], r["line"]) for r in extract_amounts(_doc(text))] == [
        ("120\nmiljoen euro", 120_000_000, 2)
    ]
    # where the page before ends in a figure, the scale word is that figure's: the line is
    # the header, its number the page's
    text = (
        "De aardgasbaten kwamen in 2013 uit op € 14,9\n\n17\n\fFinancieel Jaarverslag van het "
        "Rijk 2013                    Hoofdstuk 2\nmld, ruim € 1,3 mld meer dan geraamd.\n"
    )
    quotes = [(r["quote"], r["amount_eur"]) for r in extract_amounts(_doc(text))]
    assert quotes == [("€ 14,9", 14_900_000_000), ("€ 1,3 mld", 1_300_000_000)]


LETTER_COLUMN = "Datum\n12 september 2025\nKenmerk\n2025-0000123456"


def test_a_letters_column_printed_on_every_page_is_page_furniture() -> None:
    """A Kamerbrief's text layer prints its "Datum" and "Kenmerk" column on every page:
    between a figure and its scale word it kept "€ 150" in units, and the kenmerk's number
    before the scale word was stored as € 123 miljard."""
    text = (
        f"{LETTER_COLUMN}\n\nHet kabinet trekt hiervoor € 150\n\nPagina 1 van 3\n\n"
        f"{LETTER_COLUMN}\n\nmln uit. Daarnaast is er € 25 mln voor de uitvoering."
    )
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc(text), warnings)
    assert [(r["quote"], r["amount_eur"], r["scale_line"]) for r in rows] == [
        ("€ 150", 150_000_000, 15),
        ("€ 25 mln", 25_000_000, None),
    ]


def test_a_running_line_with_its_page_number_inside_is_page_furniture() -> None:
    """A running line whose page number stands inside it ("Blad 3 van 7 - Kenmerk ...")
    repeats only without its digits: between a figure and its scale word it kept "€ 150"
    in units."""
    text = (
        "Blad 1 van 7 - Kenmerk FIN-2025-A\n\nHet kabinet trekt hiervoor € 150\n\n"
        "Blad 2 van 7 - Kenmerk FIN-2025-A\n\nmln uit voor de regio."
    )
    (row,) = extract_amounts(_doc(text))
    assert (row["quote"], row["amount_eur"], row["scale_line"]) == ("€ 150", 150_000_000, 7)


def test_a_page_number_is_never_an_amount() -> None:
    """A page number between a currency sign and the next page's figure ("€⏎⏎1⏎⏎250 mln")
    was stored as € 1: it is left out and said."""
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc("Voor de regeling is €\n\n1\n\n250 mln beschikbaar."), warnings)
    assert [(r["quote"], r["amount_eur"]) for r in rows] == [("250 mln", 250_000_000)]
    assert any("page furniture" in w.reason for w in warnings)


@pytest.mark.parametrize(
    "between",
    [
        # a running foot set apart by blank lines
        "\n\nJaarverslag Provincie Utrecht 2023 | Financiën | 14\n\n",
        # the page's number, a form feed and the next page's head
        "\n\n14\n\fJaarverslag Provincie Utrecht 2023\n",
    ],
)
def test_a_scale_word_hyphenated_over_page_furniture_is_read(between: str) -> None:
    """A scale word broken at its hyphen over a page break ("€ 1,314 mil-" / the page's foot /
    "jard moet bijdragen") was refused as an ambiguous "mil": its head and tail on either
    side of the furniture are the word, the figure's scale."""
    text = (
        "Het fonds is in 2020 opgericht om de regio te versterken. Gemeenten en provincie\n"
        f"dragen er samen aan bij. De provincie draagt in 2024 € 2,45 mil-{between}jard bij\n"
        "aan het fonds. Het fonds wordt beheerd door een stichting."
    )
    warnings: list[ExtractWarning] = []
    (row,) = extract_amounts(_doc(text), warnings)
    assert (row["quote"], row["amount_eur"], row["line"]) == ("€ 2,45", 2_450_000_000, 2)
    assert row["scale_line"] == text.count("\n")
    assert not warnings
    # a tail alone, no head before the furniture, is no scale word: the figure as printed
    text = text.replace(" mil-", "")
    assert [(r["quote"], r["amount_eur"]) for r in extract_amounts(_doc(text))] == [
        ("€ 2,45", Decimal("2.45"))
    ]


@pytest.mark.parametrize(
    "foot",
    [
        # a Kamerstuk's first page: its number, the ISSN and the printer's line
        "kst-36600-XV-12\nISSN 0921 - 7371\n's-Gravenhage 2024 Tweede Kamer, vergaderjaar "
        "2024–2025, 36 600 XV, nr. 12 1",
        # a later page's foot
        "Tweede Kamer, vergaderjaar 2019–2020, 35 300 A, nr. 74 3",
    ],
)
def test_a_kamerstuk_s_foot_with_its_page_number_is_page_furniture(foot: str) -> None:
    """A Kamerstuk's foot whose page number follows its "nr. 12" after one space, where the
    text layer prints no form feed: the page's number and the scale word after it were
    stored as € 1 miljard, and the figure before the foot ("€ 1,2") was lost."""
    text = (
        f"Het kabinet stelt hiervoor in 2025 € 1,2\n{foot}\nmiljard beschikbaar voor de "
        "regio's. Daarnaast gaat er € 40 miljoen naar de uitvoering."
    )
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc(text), warnings)
    assert [(r["quote"], r["amount_eur"], r["line"]) for r in rows] == [
        ("€ 1,2", 1_200_000_000, 1),
        ("€ 40 miljoen", 40_000_000, foot.count("\n") + 3),
    ]
    assert any("page furniture" in w.reason for w in warnings)


def test_a_lowest_and_a_highest_sum_each_in_full_are_two_amounts() -> None:
    """ "minimaal € A en maximaal € B" with both bounds printing their currency and neither a
    scale ("De eigen bijdrage is minimaal € 41,20 en maximaal € 3.118,40 per maand") was one
    range: the lower takes nothing from the upper, and the two are a tariff's bottom and top,
    each stated in full."""
    rows = extract_amounts(
        _doc("De eigen bijdrage is minimaal € 41,20 en maximaal € 3.118,40 per maand.")
    )
    assert [(r["quote"], r["amount_eur"], r["amount_eur_max"]) for r in rows] == [
        ("€ 41,20", Decimal("41.2"), None),
        ("€ 3.118,40", Decimal("3118.4"), None),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # near form: a lower bound without its currency still takes the upper's
        (
            "De subsidie is minimaal 200 en maximaal € 1.000 per vereniging.",
            [("minimaal 200 en maximaal € 1.000", 200, 1_000)],
        ),
        # and one without its scale the upper's scale
        (
            "De bijdrage is minimaal € 2 en maximaal € 3 miljoen.",
            [("minimaal € 2 en maximaal € 3 miljoen", 2_000_000, 3_000_000)],
        ),
    ],
)
def test_a_lower_bound_taking_the_upper_s_currency_or_scale_stays_one_range(
    text: str, found: list[tuple[str, int, int]]
) -> None:
    """Near form: "minimaal A en maximaal B" whose lower bound borrows the upper's currency or
    scale stays one range."""
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["amount_eur"], r["amount_eur_max"]) for r in rows] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Het accres komt daarmee minimaal € 1,5 en maximaal € 2 miljard hoger uit.",
            [("minimaal € 1,5 en maximaal € 2 miljard", 1_500_000_000, 2_000_000_000, None)],
        ),
        (
            "Minimaal 2 en maximaal 3 miljoen euro gaat naar de regio.",
            [("Minimaal 2 en maximaal 3 miljoen euro", 2_000_000, 3_000_000, None)],
        ),
        # an upper bound printing no scale or currency is no money's
        (
            "Het kost minimaal € 5 miljoen en maximaal 10 jaar.",
            [("€ 5 miljoen", 5_000_000, None, "minimaal")],
        ),
    ],
)
def test_minimaal_and_maximaal_bound_one_range(
    text: str, found: list[tuple[str, int, int | None, str | None]]
) -> None:
    """ "minimaal X en maximaal Y" ("minimaal € 1,5 en maximaal € 2 miljard") stored the upper
    bound alone and refused the lower: the two words join the bounds of one range, as "tussen"
    does, the lower taking the upper's unit."""
    rows = extract_amounts(_doc(text))
    assert [
        (r["quote"], r["amount_eur"], r["amount_eur_max"], r["qualifier"]) for r in rows
    ] == found
    for row in rows:
        money = read_money(row["quote"])
        assert (money.value, money.maximum) == (row["amount_eur"], row["amount_eur_max"])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "De heffing stijgt naar € 78,40 per v.e., een stijging van 42 eurocent.",
            [("€ 78,40", Decimal("78.4")), ("42 eurocent", Decimal("0.42"))],
        ),
        ("De accijns stijgt met 1,5 eurocent per liter.", [("1,5 eurocent", Decimal("0.015"))]),
        ("Het tarief daalt 100 eurocents.", [("100 eurocents", 1)]),
        # the word alone, or glued into a longer one: no amount
        ("De eurocent verdwijnt uit de kassa.", []),
        ("De 5 eurocentmunten verdwijnen.", []),
    ],
)
def test_eurocents_are_hundredths_of_a_euro(text: str, found: list[tuple[str, Any]]) -> None:
    """Eurocents ("een stijging van 42 eurocent", as tariffs are printed) were lost; 42 eurocent
    is 0,42 euro, read back alike by the strict reader."""
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["amount_eur"]) for r in rows] == found
    for row in rows:
        assert row["currency"] == "EUR"
        assert parse_quote(row["quote"]) == (row["amount_eur"], None)
        assert read_money(row["quote"]).value == row["amount_eur"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Bij een elektriciteitsprijs van 25 cent per kWh kost de regeling € 40 miljoen.",
            [("25 cent", Decimal("0.25")), ("€ 40 miljoen", 40_000_000)],
        ),
        ("De accijns op diesel stijgt met 3,5 cent per liter.", [("3,5 cent", Decimal("0.035"))]),
        # another currency in the sentence: whose cents? refused, never euros
        ("De olie kost 70 dollar per vat; de benzine 12 cent per liter meer.", [("70 dollar", 70)]),
        # no price of a unit, or "procent": left
        ("Het tarief daalt met 2 cent naar € 0,10 per kWh.", [("€ 0,10", Decimal("0.1"))]),
        ("De heffing stijgt 20 procent per jaar.", []),
    ],
)
def test_cents_alone_of_a_price_per_unit_are_hundredths(
    text: str, found: list[tuple[str, Any]]
) -> None:
    """A price per unit in cents ("een gasprijs van circa 20 cent per m³") was lost: "cent"
    alone after a figure and before "per" is the price of a unit in hundredths of the text's
    money, read back alike by the strict reader; not where the sentence names another
    currency."""
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["amount_eur"]) for r in rows] == found
    for row in rows:
        if row["quote"].endswith("cent"):
            assert row["currency"] == "EUR"
            assert parse_quote(row["quote"]) == (row["amount_eur"], None)
            assert read_money(row["quote"]).value == row["amount_eur"]


def test_cents_of_a_price_whose_figure_ends_the_line_above_are_read() -> None:
    """ "(18,6⏎cent per m³)" was lost: a figure at a line's end and "cent" opening the next
    line are one price in cents, as on one line; the quote keeps its line break and the
    strict reader reads it back."""
    text = "De prijs lag met 22,4 cent per m³ boven de raming (18,6\ncent per m³) van dat jaar."
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["amount_eur"], r["line"]) for r in rows] == [
        ("22,4 cent", Decimal("0.224"), 1),
        ("18,6\ncent", Decimal("0.186"), 1),
    ]
    assert read_money(rows[1]["quote"]).value == rows[1]["amount_eur"]


@pytest.mark.parametrize(
    "text",
    [
        # a figure ending the line above, and no price of a unit after its cents
        "De heffing steeg in dat jaar tot 18,6\ncent.",
        "De prijs daalde met 18,6\ncent meer dan verwacht.",
    ],
)
def test_a_figure_ending_a_line_before_cent_of_no_price_is_left(text: str) -> None:
    assert extract_amounts(_doc(text)) == []


def test_cents_in_a_paragraph_of_dollar_prices_are_never_euros() -> None:
    """ "daalt van US$ 1,72 naar US$ 1,60. Dat is 12⏎cent per liter. Diesel wordt 8⏎cent
    per liter goedkoper." stored the diesel's cents as euros: the sentence before it names
    no currency, but its paragraph goes on about dollar prices, whose cents these may be:
    refused, as cents in the sentence of another currency are."""
    text = (
        "De prijs van benzine daalt van US$ 1,72 naar\nUS$ 1,60. Dat is 12\ncent per liter."
        " Diesel wordt 8\ncent per liter goedkoper."
    )
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["currency"]) for r in rows] == [
        ("US$ 1,72", "USD"),
        ("US$ 1,60", "USD"),
    ]


def test_cents_after_a_paragraph_naming_dollars_are_euros() -> None:
    """Near form: a paragraph of its own, past a blank line, naming no other currency reads
    its cents as the text's euros."""
    text = (
        "De benzine kost US$ 1,60 per liter.\n\nIn Nederland daalt de energiebelasting met 0,6"
        "\ncent per kWh."
    )
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["currency"]) for r in rows][-1] == ("0,6\ncent", "EUR")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "De accijns stijgt; een pakje sigaretten wordt ongeveer 15 cent duurder.",
            [("15 cent", Decimal("0.15"))],
        ),
        ("Een liter benzine wordt 4 cent goedkoper.", [("4 cent", Decimal("0.04"))]),
        ("Diesel kost volgend jaar 5 cent meer per liter.", [("5 cent", Decimal("0.05"))]),
        # another currency in the sentence: whose cents? refused, never euros
        ("Een gallon kost 3 dollar; de benzine wordt 10 cent duurder.", [("3 dollar", 3)]),
        # no comparative of price right after the cents, or "procent": left
        ("Het tarief daalt met 2 cent meer dan verwacht.", []),
        ("Het tarief wordt 3 procent duurder.", []),
    ],
)
def test_cents_before_a_comparative_of_price_are_hundredths(
    text: str, found: list[tuple[str, Any]]
) -> None:
    """Cents before a comparative of price ("een pakje sigaretten wordt ongeveer 15 cent
    duurder") were lost: a price rises or falls by them as by cents per unit, in hundredths of
    the text's money; not where the sentence names another currency."""
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["amount_eur"]) for r in rows] == found
    for row in rows:
        if row["quote"].endswith("cent"):
            assert row["currency"] == "EUR"
            assert parse_quote(row["quote"]) == (row["amount_eur"], None)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Huishoudens betalen maximaal 38 ct/kWh en 132 ct per m³ gas.",
            [("38 ct", Decimal("0.38")), ("132 ct", Decimal("1.32"))],
        ),
        ("De netbeheerder rekent 2,5 ct. per kWh extra.", [("2,5 ct.", Decimal("0.025"))]),
        ("Een gasprijs van 90 cent/m³ is hoog.", [("90 cent", Decimal("0.9"))]),
        # another currency in the sentence, or no unit after it: left
        ("De olie kost 70 dollar per vat; de benzine 12 ct/liter meer.", [("70 dollar", 70)]),
        ("Het tarief daalt 3 ct, naar € 0,41 per kWh.", [("€ 0,41", Decimal("0.41"))]),
    ],
)
def test_ct_and_a_slash_before_the_unit_are_a_price_in_cents(
    text: str, found: list[tuple[str, Any]]
) -> None:
    """ "ct", the abbreviation of "cent", before "per" or a slash and a unit ("40 ct/kWh", as a
    price cap or a tariff is printed), is a price in hundredths of the text's money, as "20
    cent per m³" is; so is "cent/m³". Read back alike by the strict reader."""
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["amount_eur"]) for r in rows] == found
    for row in rows:
        if not row["quote"].startswith(("€", "70")):
            assert row["currency"] == "EUR"
            assert parse_quote(row["quote"]) == (row["amount_eur"], None)
            assert read_money(row["quote"]).value == row["amount_eur"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the sentence before names dollars: "dat" may be dollar cents
        (
            "De benzineprijs steeg tot 3 dollar per gallon. Per liter is dat 80 cent per liter.",
            [("3 dollar", 3)],
        ),
        ("Het Britse tarief stijgt van 20 pence naar 25 cent per kWh.", []),
        # the other currency in the paragraph before: the euro's cents, read
        (
            "De olieprijs steeg naar 90 dollar per vat.\n\n"
            "Voor de consument stijgt de accijns 10 cent per liter.",
            [("90 dollar", 90), ("10 cent", Decimal("0.1"))],
        ),
    ],
)
def test_cents_of_a_price_refused_where_the_sentence_before_names_another_currency(
    text: str, found: list[tuple[str, Any]]
) -> None:
    """Cents of a price referring back to a price in dollars ("Per liter is dat 80 cent")
    or beside pence may be the other currency's: refused, never stored as euros."""
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["amount_eur"]) for r in rows] == found


@pytest.mark.parametrize(
    "text",
    [
        "De uitgaven bedroegen fl. 297,3 miljard.",
        "Een meevaller van ongeveer Hfl 8 miljard.",
        "Dat kostte NLG 3 miljoen.",
        "Dat kostte f 2,5 miljoen.",
    ],
)
def test_guilders_by_their_older_marks_are_never_euros(text: str) -> None:
    """A Miljoenennota of the nineties: "fl. 297,3 miljard" is guilders (it was stored as
    euros, the bare amount taking the document's currency)."""
    (row,) = extract_amounts(_doc(text))
    assert row["currency"] == "NLG"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a full figure after a plain "f" in a sentence of a text naming guilders
        (
            "Het budget bedraagt ƒ 40 mln.; per gemeente komt dit neer op gemiddeld\n"
            "f 125 000 per jaar.",
            [("ƒ 40 mln.", 40_000_000), ("125 000", 125_000)],
        ),
        (
            "De eigen bijdrage in guldens stijgt (tot f 1.250,50 per maand).",
            [("1.250,50", Decimal("1250.5"))],
        ),
        (
            "De bijdrage, in guldens, is vastgesteld op f 12.500,- per leerling.",
            [("12.500,-", 12_500)],
        ),
        # no guilders named, a letter of an enumeration, a unit or no thousands: none
        ("Het kost gemiddeld f 95 000 per jaar.", []),
        ("Twee varianten (in guldens):\ne 12 000 woningen;\nf 14 000 woningen.", []),
        ("Uitgaven in guldens (x f 1.000)", []),
        ("De kosten in guldens: gemiddeld f 95.", []),
    ],
)
def test_a_plain_f_before_a_full_figure_signs_guilders(
    text: str, found: list[tuple[str, Any]]
) -> None:
    """ "gemiddeld f 95 000 per jaar" in a debate in guilders was lost: the plain "f" was read
    only before a figure with a scale word ("f 2,5 miljoen"), which the money reader finds
    bare."""
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["amount_eur"]) for r in rows] == found
    assert all(r["currency"] == "NLG" for r in rows)
    for row in rows:
        assert read_money(row["quote"], row["scale"]).value == row["amount_eur"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Het fonds groeit met ƒ 612 miljoen. Het nadeel is beperkt tot ten hoogste\n"
            "f 15 per inwoner per jaar.",
            [("ƒ 612 miljoen", 612_000_000), ("15", 15)],
        ),
        ("De kosten in guldens: gemiddeld f 95,50 per leerling.", [("95,50", Decimal("95.5"))]),
        # "onder" as the preposition, "lid" and "punt" after "per" (a member, a point): no
        # reference names a letter there
        ("De kosten in guldens blijven onder f 15 per inwoner per jaar.", [("15", 15)]),
        ("De kosten in guldens zijn f 15 per inwoner per jaar.", [("15", 15)]),
        ("De contributie in guldens bedraagt per lid f 25 per jaar.", [("25", 25)]),
        # no rate after it, a reference's letter, no guilders named: none
        ("De kosten in guldens: gemiddeld f 95 voor elke leerling.", []),
        ("De bedragen in guldens staan in bijlage f 15 per gemeente.", []),
        ("De guldens van artikel 12, lid 2, onder f 15 per gemeente.", []),
        ("De bedragen in guldens staan in punt f 15 per gemeente.", []),
        ("Het nadeel is ten hoogste f 15 per inwoner per jaar.", []),
    ],
)
def test_a_plain_f_before_a_small_figure_a_rate_follows_signs_guilders(
    text: str, found: list[tuple[str, Any]]
) -> None:
    """ "ten hoogste f 15 per inwoner per jaar" in a letter in guilders was lost: a plain "f"
    was read only before a figure printing its thousands, and a sum per person or per year is
    small. A rate after the figure says it is money."""
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["amount_eur"]) for r in rows] == found
    assert all(r["currency"] == "NLG" for r in rows)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # "frank" alone names no one currency: Swiss, Belgian, French?
        ("In 1999 bedroeg het krediet nog 32 miljard frank.", "32 miljard frank"),
        # a code of three capitals the reader keeps no currency for
        ("Kameroen leent XAF 42 miljoen.", "XAF 42 miljoen"),
        # a unit of account by its mark, before the figure or after it, or by its code
        ("Dat komt overeen met ongeveer UA 147 miljoen.", "UA 147 miljoen"),
        ("Nederland draagt 147 miljoen UA bij aan het fonds.", "147 miljoen"),
        ("Nederland draagt XUA 147 miljoen bij aan het fonds.", "XUA 147 miljoen"),
    ],
)
def test_money_whose_currency_is_unknown_is_said_and_never_euros(text: str, said: str) -> None:
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc("Het kost 5 miljoen euro. " + text), warnings)
    assert [(row["quote"], row["currency"]) for row in rows] == [("5 miljoen euro", "EUR")]
    assert [w.reason for w in warnings if said in w.reason]


@pytest.mark.parametrize(
    "text",
    [
        "Daarnaast krijgt NWO 100 miljoen voor onderzoek.",
        "Daarnaast krijgt UWV 100 miljoen voor de uitvoering.",
        "Daarnaast krijgt het UAF 100 miljoen voor studenten.",  # initials opening on "UA"
        "Voor Oekraïne (UA) is 100 miljoen beschikbaar.",  # a country's code in brackets
    ],
)
def test_an_organisations_initials_before_an_amount_are_no_currency(text: str) -> None:
    """Capitals before an amount are more often an organisation's than a currency's: only the
    codes and marks of currencies are read so (``amounts_currencies.ISO_CODES``,
    ``UNCODED_MARKS``)."""
    rows = extract_amounts(_doc(text))
    assert [(row["quote"], row["currency"]) for row in rows] == [("100 miljoen", "EUR")]


@pytest.mark.parametrize(
    "text",
    [
        "Voor het consortium ontvangt de Universiteit van Amsterdam 8 miljoen, UA 4 miljoen en "
        "de Erasmus Universiteit 3 miljoen.",
        "Van de 15 miljoen gaat naar TU Delft 9 miljoen en naar UA 6 miljoen.",
        # the unit named only paragraphs away
        "Het Afrikaans Ontwikkelingsfonds (ADF) rekent in Units of Account.\n\nDaarna "
        "volgt het onderwijs.\n\nIntussen.\n\nDe VU krijgt 8 miljoen, UA 4 miljoen.",
    ],
)
def test_ua_as_a_bodys_initials_before_an_amount_is_no_unit_of_account(text: str) -> None:
    """ "UA 4 miljoen" in a list of universities' shares was left out as money in the African
    Development Bank's unit of account: before a figure "UA" is that unit only where the
    paragraphs around it name it or its bank or fund, or a word of degree goes before it."""
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc(text), warnings)
    assert all(row["currency"] == "EUR" for row in rows)
    assert any(row["quote"].endswith(("4 miljoen", "6 miljoen")) for row in rows)
    assert not [w for w in warnings if "UA" in w.reason]


@pytest.mark.parametrize(
    "text",
    [
        "Het Afrikaans Ontwikkelingsfonds (ADF-17) rekent in Units of Account.\n\n"
        "Nederland draagt UA 147 miljoen bij.",
        "De African Development Bank krijgt UA 147 miljoen.",
        "Nederland draagt circa UA 147 miljoen bij.",
    ],
)
def test_ua_before_an_amount_is_the_unit_of_account_where_the_text_says_so(text: str) -> None:
    """Near form of the initials: with the unit or its fund named around it, or a word of
    degree before it, "UA" before a figure is still the unit of account, never euros."""
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc(text), warnings)
    assert rows == []
    assert [w for w in warnings if "UA 147 miljoen" in w.reason]


def test_a_refused_amount_leaves_its_neighbour() -> None:
    """Two amounts in currencies named by their country ("X miljard Surinaamse dollar; dat is
    ongeveer Y miljard Amerikaanse dollar"): both are read, each in its own currency (the second
    was refused beside the first)."""
    text = (
        "In Suriname loopt de staatsschuld op tot 42 miljard Surinaamse dollar; dat is "
        "ongeveer 1,2 miljard Amerikaanse dollar."
    )
    rows = extract_amounts(_doc(text))
    assert [(row["amount_eur"], row["currency"]) for row in rows] == [
        (42_000_000_000, "SRD"),
        (1_200_000_000, "USD"),
    ]


def test_english_thousands_take_no_unit_of_the_amount_before() -> None:
    """English thousands after an English amount with a scale ("€2.6bn ..., including EUR
    612,000,000") were stored as 612 billion billion: a comma read as decimals took the unit of
    the amount before it."""
    rows = extract_amounts(_doc("A first payment of €2.6bn was made, including EUR 612,000,000."))
    assert [row["amount_eur"] for row in rows] == [2_600_000_000, 612_000_000]


def test_english_thousands_of_one_group_take_no_unit_of_the_amount_before() -> None:
    """ "£780,000" in an English sentence after "USD 4.2 million" is read as thousands: its
    amount prints no decimals to take the million of the amount before (it would be 780
    million)."""
    text = "A licence of USD 4.2 million and a contract with a UK firm of £780,000."
    assert _read(text) == [
        ("USD 4.2 million", 4_200_000, None, "USD"),
        ("£780,000", 780_000, None, "GBP"),
    ]


def test_english_between_and_is_qualified_as_between() -> None:
    """ "between €1 billion and €1.5 billion": one range, qualified by "between" as a Dutch
    range by "tussen"."""
    rows = extract_amounts(_doc("Repairs will cost between €1 billion and €1.5 billion a year."))
    assert [(r["amount_eur"], r["amount_eur_max"], r["qualifier"]) for r in rows] == [
        (1_000_000_000, 1_500_000_000, "between")
    ]


@pytest.mark.parametrize("sign", ["₹", "₽", "₺", "₩"])
def test_money_after_an_unknown_currency_sign_is_said_and_never_euros(sign: str) -> None:
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(
        _doc(f"Het kost 5 miljoen euro. India leent {sign} 42 miljoen."), warnings
    )
    assert [(row["quote"], row["currency"]) for row in rows] == [("5 miljoen euro", "EUR")]
    assert [w.reason for w in warnings if f"{sign} 42 miljoen" in w.reason]


def test_tenths_of_a_euro_without_a_scale_are_refused() -> None:
    """ "€ 1,5, daarna € 2 miljard" stored € 1,50: a figure after "€" with one
    decimal and no scale has its scale elsewhere, and is refused with a warning, unless it
    follows a whole in millions in its sentence (then it takes that unit). Two decimals are
    cents; a prefix or a scale before the figure is the figure's scale."""
    warnings: list[ExtractWarning] = []
    text = (
        "Het kost € 1,5, daarna € 2 miljard. De bijdrage is € 2,50 per liter. "
        "Het totaal is € 75 miljoen, waarvan € 6,1 voor X. De baten zijn M€ 1,5.\n"
    )
    rows = extract_amounts(_doc(text), warnings)
    assert [(r["quote"], r["amount_eur"]) for r in rows] == [
        ("€ 2 miljard", 2_000_000_000),
        ("€ 2,50", 2.5),
        ("€ 75 miljoen", 75_000_000),
        ("€ 6,1", 6_100_000),
        ("M€ 1,5", 1_500_000),
    ]
    assert [w.reason for w in warnings if "'€ 1,5'" in w.reason]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Het fonds gaat naar onderwijs € 12,3, zorg € 8,4 en wonen € 5,1 miljard.",
            [
                ("€ 12,3", 12_300_000_000),
                ("€ 8,4", 8_400_000_000),
                ("€ 5,1 miljard", 5_100_000_000),
            ],
        ),
        (
            "De gemeente krijgt voor de aanpak € 2,6 of voor de uitvoering € 3,9 miljoen.",
            [("€ 2,6", 2_600_000), ("€ 3,9 miljoen", 3_900_000)],
        ),
    ],
)
def test_tenths_in_a_list_take_the_scale_its_last_item_prints(
    text: str, found: list[tuple[str, int]]
) -> None:
    """A list printing each item's sign and the scale word after its last item only
    ("<label> € X, <label> € Y en <label> € Z miljoen") refused its first items as a euro's
    tenths whose scale is elsewhere: it is the last item's, shared by the list."""
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["amount_eur"]) for r in rows] == found


@pytest.mark.parametrize(
    "text",
    [
        "Het kost € 1,5, daarna nog € 2 miljard.",  # a comma alone: no list's last joint
        "Het kost € 1,5 en het aandeel stijgt 3,2 miljoen.",  # the last item prints no sign
        "Het kost € 1,5 en daarnaast € 2,50 per liter.",  # the last prints no scale word
    ],
)
def test_tenths_before_an_amount_that_closes_no_list_are_refused(text: str) -> None:
    """Tenths of a euro without a scale before an amount that is no list's last item
    printing its scale keep being refused: their scale is elsewhere."""
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc(text), warnings)
    assert "€ 1,5" not in [r["quote"] for r in rows]
    assert [w.reason for w in warnings if "'€ 1,5'" in w.reason]


@pytest.mark.parametrize(
    "text",
    [
        "De prijs was € 1,5 en daarna zelfs € 2 miljoen.",
        "De raming is € 1,5 of misschien € 2 miljard.",
    ],
)
def test_tenths_before_an_adverb_of_time_or_likelihood_and_a_scaled_amount_are_refused(
    text: str,
) -> None:
    """ "€ 1,5 en daarna zelfs € 2 miljoen" read "daarna zelfs" as the last item's label and
    gave € 1,5 the list's millions: an adverb saying the figure came after or instead of the
    first names nothing an item is for, and the first figure need not share its scale."""
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc(text), warnings)
    assert "€ 1,5" not in [r["quote"] for r in rows]
    assert [w.reason for w in warnings if "'€ 1,5'" in w.reason]


def test_tenths_in_a_list_whose_last_label_names_what_it_is_for_take_its_scale() -> None:
    """Near form: a last item's label of an article and a noun ("en de dorpen € 3,9 miljoen")
    names what it is for: the list shares its scale."""
    rows = extract_amounts(_doc("Het fonds geeft de wijken € 2,6 en de dorpen € 3,9 miljoen."))
    assert [(r["quote"], r["amount_eur"]) for r in rows] == [
        ("€ 2,6", 2_600_000),
        ("€ 3,9 miljoen", 3_900_000),
    ]


@pytest.mark.parametrize(
    ("text", "kept", "refused"),
    [
        (
            "Het VK droeg £ 2,4 mld bij, Duitsland DM 28 mld en Frankrijk FF 30 mld.",
            [("£ 2,4 mld", "GBP"), ("DM 28 mld", "DEM")],
            1,
        ),
        (
            "De EU-begroting was ƒ 180 mld, of ECU 76,5 mld; NL betaalde 3,2 mld ecu.",
            [("ƒ 180 mld", "NLG"), ("ECU 76,5 mld", "XEU"), ("3,2 mld ecu", "XEU")],
            0,
        ),
        (
            "Duitsland betaalde ƒ 9 mld, ofwel 8 miljard D-mark of 8 mld Duitse mark.",
            [("ƒ 9 mld", "NLG"), ("8 miljard D-mark", "DEM"), ("8 mld Duitse mark", "DEM")],
            0,
        ),
    ],
)
def test_money_in_an_old_mark_keeps_its_own_currency(
    text: str, kept: list[tuple[str, str]], refused: int
) -> None:
    """A 1990s Miljoenennota: "DM 28 mld" after "£ 2,4 mld" was stored as pounds, "ECU 76,5
    mld" and "3,2 mld ecu" as guilders, then refused: the ecu and the D-mark, by mark, code
    or name, are their own currencies (XEU, DEM); a mark with no code here (FF) is still no
    amount's currency, and its amount is left out with a warning."""
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc(text), warnings)
    assert [(r["quote"], r["currency"]) for r in rows] == kept
    assert len(warnings) == refused and all("never stored as euros" in w.reason for w in warnings)
    for row in rows:
        assert read_money(row["quote"]).currency == row["currency"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Het ATP-fonds verloor 12 miljard Deense kronen; Noorwegen boekte NOK 150 miljard.",
            [("12 miljard Deense kronen", "DKK"), ("NOK 150 miljard", "NOK")],
        ),
        (
            "De AP7-buffer stortte SEK 2,1 miljard terug; de staat bespaart 38 miljard Zweedse "
            "kronen. Het ABP belegt € 62 miljard.",
            [
                ("SEK 2,1 miljard", "SEK"),
                ("38 miljard Zweedse kronen", "SEK"),
                ("€ 62 miljard", "EUR"),
            ],
        ),
        (
            "Denemarken leent DKK 3 mia en 500 miljoen NOK.",
            [("DKK 3 mia", "DKK"), ("500 miljoen NOK", "NOK")],
        ),
    ],
)
def test_scandinavian_crowns_keep_their_currency(text: str, kept: list[tuple[str, str]]) -> None:
    """Danish, Swedish and Norwegian crowns by code or by name with their country were refused;
    "kronen" alone (Czech? Icelandic?) still is."""
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["currency"]) for r in rows] == kept
    for row in rows:
        assert read_money(row["quote"]).currency == row["currency"]


REVIEWED_PAGES = Path(__file__).resolve().parents[1] / "benchmarks" / "coverage" / "reviewed"


def test_a_document_spared_the_furniture_pass_loses_nothing_by_it(monkeypatch) -> None:
    """``_may_cross_furniture`` spares most documents listing every line's repeats: on
    every corpus and reviewed page, and the sources, the amounts are the same as when every
    document takes the whole pass (and some pages do take it)."""
    paths = [
        *sorted(CORPUS.glob("*/pages/*.txt")),
        *sorted(REVIEWED_PAGES.glob("*/pages/*.txt")),
        *sorted((Path(__file__).resolve().parents[1] / "sources").glob("*.txt")),
    ]
    texts = [path.read_text(encoding="utf-8") for path in paths]
    spared = [extract_amounts(_doc(text)) for text in texts]
    taken = [amounts_furniture._may_cross_furniture(_doc(t).model, []) for t in texts]
    monkeypatch.setattr(amounts_furniture, "_may_cross_furniture", lambda model, found: True)
    assert [extract_amounts(_doc(text)) for text in texts] == spared
    assert len(texts) > 200 and 0 < sum(taken) < len(texts)


def test_page_furniture_between_a_figure_and_its_scale_word_is_still_read() -> None:
    """With the repeats of short lines and the lines of text around furniture listed by
    C-level passes, an amount over a running line and a page number is read as before, and a
    figure on a repeated short line is no amount."""
    page = "Kenmerk 2021-{n}\n\nDe gemeenten ontvangen in 2021 een bedrag van in totaal € 150"
    text = "\n\n".join(
        [
            page.format(n=1),
            "12",
            "Kenmerk 2021-2",
            "mln. voor de jeugdzorg, aldus het kabinet in de brief van vandaag aan de Kamer.",
        ]
    )
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["amount_eur"], r["scale"]) for r in rows] == [
        ("€ 150", 150_000_000, "mln")
    ]


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        ("De accresraming stijgt met ± € 480 mln ten opzichte van de septembercirculaire.", ["±"]),
        (
            "Een activiteit geldt als groot als de ICT-component > € 5 mln bedraagt; projecten "
            "< € 5 mln vallen buiten de rapportageplicht.",
            [">", "<"],
        ),
        ("De grootste overschrijding betreft het IV-landschap (≈ € 95 mln).", ["≈"]),
        ("Bij het programma daalt het budget juist met ~€ 12 mln.", ["~"]),
        ("De sloopkosten (plm. € 140.000) komen ten laste van de reserve.", ["plm."]),
        ("Projecten ‹ € 2 mln en projecten › € 8 mln worden apart gemeld.", ["<", ">"]),
    ],
)
def test_a_sign_before_an_amount_is_its_qualifier(text: str, qualifiers: list[str]) -> None:
    """'±', '≈', '~', 'plm.' stand for circa, '>' and '<' for meer and minder dan."""
    assert [r["qualifier"] for r in extract_amounts(_doc(text))] == qualifiers


def test_the_unit_of_the_next_sentence_is_no_qualifier() -> None:
    """ "een tekort van > € 3 mld. Per inwoner is dat ...": the amount is not per inhabitant."""
    text = (
        "Voor de gemeenten betekent dit in 2026 een tekort van € 3 mld. "
        "Per inwoner is dat bijna € 170."
    )
    assert [r["qualifier"] for r in extract_amounts(_doc(text))] == [None, "bijna"]


@pytest.mark.parametrize(
    ("text", "amount", "scale"),
    [
        (
            "In artikel 1 Primair onderwijs worden het verplichtingenbedrag en het "
            "uitgavenbedrag verhoogd met € 125.000 (x € 1.000).",
            125_000_000,
            "duizend",
        ),
        ("Het uitgavenbedrag wordt verlaagd met € 2.500\n(x 1.000 euro).", 2_500_000, "duizend"),
        ("Het artikel wordt verhoogd met € 12,5 (x € 1 mln).", 12_500_000, "mln"),
        # a bare figure printing its thousands: the declaration prints its sign
        ("Het totaal van de staat stijgt met 48.750 (x € 1.000).", 48_750_000, "duizend"),
        ("De uitgaven dalen met 1.250,5\n(x € 1 mln).", 1_250_500_000, "mln"),
        # a minus glued to the figure, or an accountant's "-/-", is its own
        (
            "Op de verplichtingen is een mutatie van –8.500 (x € 1.000) verwerkt.",
            -8_500_000,
            "duizend",
        ),
        ("De bijdrage daalt met -/- 2.400 (x € 1.000).", -2_400_000, "duizend"),
    ],
)
def test_a_unit_declared_right_after_a_figure_scales_it(text: str, amount: int, scale: str) -> None:
    """ "€ 125.000 (x € 1.000)" is € 125 mln: the bracket says the unit, it is no amount."""
    rows = extract_amounts(_doc(text))
    assert [(r["amount_eur"], r["scale"]) for r in rows] == [(amount, scale)]
    assert rows[0]["scale_line"] == text.count("\n", 0, text.index("(x")) + 1
    assert read_money(rows[0]["quote"], scale).value == amount  # the strict reader agrees
    # a figure without a group before a declaration is a year or a caption's number
    assert extract_amounts(_doc("Tabel 3 Uitgaven 2024 (x € 1.000)")) == []
    assert extract_amounts(_doc("Het aantal stijgt met 1.250 (x 1.000).")) == []
    # a dash between two figures opens no minus: a range of years or figures before it
    assert [r["amount_eur"] for r in extract_amounts(_doc("In 2024–1.250 (x € 1.000)."))] == []


def test_a_declaration_heading_the_columns_below_is_no_unit_of_the_figure_above() -> None:
    """A declaration opening a line of padded column headings is the corner of the table
    under it: the count ending the line above (the table before's) is no sum in thousands."""
    text = (
        "Tabel 2 Personeel\n"
        "Aantal medewerkers (fte)            1.234\n"
        "(x € 1.000)                          2024        2025\n"
        "Personeelskosten                    5.678       5.900\n"
    )
    assert [r["quote"] for r in extract_amounts(_doc(text)) if r["quote"] == "1.234"] == []
    signed = text.replace("    1.234", "€ 1.234")
    assert [r["amount_eur"] for r in extract_amounts(_doc(signed)) if "1.234" in r["quote"]] == [
        1_234
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Het kabinet trekt 90 miljoen euro uit voor 2025 tot en met 2027, dus 30 miljoen "
            "per jaar.",
            [(2025, 2027), (2025, 2027)],
        ),
        (
            "De premie komt in 2026 uit op € 1.860 per jaar, ofwel ruim € 155 per maand.",
            [(2026, 2026), (2026, 2026)],
        ),
        # every word of degree (``ROUGHLY``) may stand before the restatement, "ca." too
        (
            "Er is 600 miljoen euro voor 2020 en 2021 gereserveerd, dus ca. 300 miljoen per jaar.",
            [(2020, 2021), (2020, 2021)],
        ),
        # the restatement names what the sum is in its terms
        (
            "De bijdrage muteert met € -2,4 mln in 2025, oftewel een hogere uitgave van € 2,4 mln.",
            [(2025, 2025), (2025, 2025)],
        ),
        # a sum after "samen dus" is of the amounts before, of several years
        (
            "Er komt 2 miljard in 2024 en 3 miljard in 2025 bij, samen dus 5 miljard euro.",
            [(2024, 2024), (2025, 2025), (None, None)],
        ),
    ],
)
def test_an_amount_restating_the_one_before_shares_its_years(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """ ", dus 300 miljoen per jaar", ", ofwel € 155 per maand": the same money in other
    terms, of the years the amount before names."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


def test_an_aside_after_a_footnote_mark_glued_to_the_amount_is_still_its_own() -> None:
    """ "€ 12,4 mln.2 (stand per 1 januari 2024)": the note's number glued after the amount's
    stop hid the bracket after it, and with it the date the amount is of."""
    rows = extract_amounts(
        _doc("Het tekort is opgelopen tot € 12,4 mln.2 (stand per 1 januari 2024).")
    )
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(2024, 2024)]


@pytest.mark.parametrize(
    "text",
    [
        "De schuld is sinds 2015 gestegen van € 3,1 mln naar € 8,4 mln.",
        "Het verlies is sinds 2015 opgelopen van 3,1 miljoen euro tot 8,4 miljoen euro.",
    ],
)
def test_the_start_of_a_change_since_a_year_is_the_level_in_that_year(text: str) -> None:
    """ "sinds 2015 gestegen van € 3,1 mln naar € 8,4 mln": € 3,1 mln is the level of 2015,
    no sum from 2015 on; the level reached is of no year the sentence prints."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(2015, 2015), (None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Het kabinet bezuinigt in 2025 € 1,5 mld. extra, bovenop de 12 mld. uit het "
        "coalitieakkoord.",
        "De provincie trekt in 2026 € 4 mln uit, in aanvulling op de € 20 mln uit het fonds.",
    ],
)
def test_an_amount_another_is_added_to_takes_none_of_its_years(text: str) -> None:
    """ "€ 2,5 mld. extra, bovenop de 17 mld. uit het Strategisch Akkoord": the sum added to
    was decided before, of years the sentence does not print; it took the year of the
    extra."""
    rows = extract_amounts(_doc(text))
    assert [r["year_source"] for r in rows] == ["stated", None]


@pytest.mark.parametrize(
    "text",
    [
        "Voor de jaren 2025 en 2026 trekt de minister € 40 mln uit voor de jeugdzorg, bovenop de "
        "eerder toegezegde € 60 mln.",
        "In 2026 ontvangen de provincies € 12 mln, bovenop de reeds gereserveerde € 30 mln.",
        # a line break before the sum, as a PDF's text layer prints it
        "In 2026 ontvangen de provincies € 12 mln, bovenop de eerder uitgetrokken\n€ 30 mln.",
        "In 2026 ontvangen de provincies € 12 mln, bovenop de eerdere € 30 mln.",
    ],
)
def test_an_amount_added_to_that_was_decided_before_takes_none_of_its_years(text: str) -> None:
    """ "bovenop de eerder uitgetrokken € X": the words before the sum added to say it was
    decided before, of its own years; it took the years of the new money's lead."""
    rows = extract_amounts(_doc(text))
    assert [r["year_source"] for r in rows] == ["stated", None]


@pytest.mark.parametrize(
    "text",
    [
        # a participle of two words, a particle of its verb first
        "In 2026 ontvangen de provincies € 12 mln, in aanvulling op de eerder beschikbaar "
        "gestelde € 30 mln.",
        # two adverbs of time before the participle
        "Voor 2026 en 2027 trekt de minister jaarlijks € 12 mln uit, bovenop de al eerder "
        "toegezegde € 30 mln.",
    ],
)
def test_an_amount_added_to_that_was_decided_before_in_more_words_takes_none_of_its_years(
    text: str,
) -> None:
    """ "in aanvulling op de eerder beschikbaar gestelde € X", "bovenop de al eerder
    toegezegde € X": adverbs and a particle before the participle of deciding say the same
    as one word; the sum added to took the years of the new money's lead."""
    rows = extract_amounts(_doc(text))
    assert [r["year_source"] for r in rows] == ["stated", None]


@pytest.mark.parametrize(
    "text",
    [
        "In 2026 gaat € 10 mln naar de meldkamers, bovenop de eerder genoemde € 30 mln.",
        "In 2026 gaat € 10 mln naar de meldkamers, bovenop de hierboven vermelde € 30 mln.",
    ],
)
def test_an_amount_added_to_that_the_text_mentioned_before_keeps_the_sentences_year(
    text: str,
) -> None:
    """Near form: "bovenop de eerder genoemde € X" refers to a sum the text printed before,
    of the years its sentence names, no earlier decision: it keeps the sentence's year, as
    the amount before it."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(2026, 2026), (2026, 2026)]


@pytest.mark.parametrize("adjective", ["laatste", "vaste", "grote", "eerste"])
def test_an_amount_added_to_after_an_adjective_in_te_keeps_the_sentences_year(
    adjective: str,
) -> None:
    """ "bovenop de laatste € X": an adjective ending in "-te" or "-de" is no participle of
    deciding, and says nothing of the sum's years; it keeps the sentence's year, as the
    amount before it. It took none, any word in "-de" or "-te" read as a participle."""
    text = f"In 2026 ontvangen de provincies € 12 mln, bovenop de {adjective} € 30 mln."
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(2026, 2026), (2026, 2026)]


@pytest.mark.parametrize("participle", ["toegekende", "begrote", "verhoogde", "gereserveerde"])
def test_an_amount_added_to_after_one_participle_of_deciding_takes_none_of_its_years(
    participle: str,
) -> None:
    """Near form: a participle alone, of its shape ("toegekende", "begrote", "verhoogde"),
    says the sum added to was decided before: it takes none of the sentence's years."""
    text = f"In 2026 ontvangen de provincies € 12 mln, bovenop de {participle} € 30 mln."
    rows = extract_amounts(_doc(text))
    assert [r["year_source"] for r in rows] == ["stated", None]


def test_an_amount_added_to_that_a_noun_names_keeps_the_sentences_year() -> None:
    """ "bovenop de korting van € X": a noun names what the sum is, no earlier decision; the
    cut is of the year the sentence leads with, as the amount before it."""
    rows = extract_amounts(
        _doc("Voor 2027 daalt het accres met € 300 mln, bovenop de korting van € 1,1 mld.")
    )
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(2027, 2027), (2027, 2027)]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Het college meldt een onderbesteding van € 0,3 mln op het budget jeugdzorg 2025.", 2025),
        ("Wij dekken het tekort van € 80.000 uit de post onvoorzien 2024.", 2024),
        # a year after a name in capitals is the name's
        ("Het kabinet trekt € 5 mln uit op de post Voorjaarsnota 2025.", None),
    ],
)
def test_a_budget_post_of_a_year_after_an_amount_names_its_year(
    text: str, year: int | None
) -> None:
    """ "€ 0,4 mln op het budget subsidies sociaal domein 2025": the post's year is the
    money's; no year expression read it, and a year of the sentence before was taken."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"]) == (year, year)


def test_a_footnote_takes_no_year_from_the_next_footnote() -> None:
    """A footnote's sentence ends before the next note's number alone on its line, as a PDF's
    text prints it: the date of "2 Zie mijn brief van 12 december 2008" is not the € 4,5
    miljoen's year."""
    text = (
        "De zorgkantoren ontvangen een aanvullende toewijzing.\n\n   1\n   Het bedrag is "
        "inclusief € 4,5 miljoen voor de MEE-organisaties.\n   2\n   Zie mijn brief van "
        "12 december 2008 (Kamerstuk 31 700 XVI, nr. 89).\n"
    )
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["year_from"], r["basis"]) for r in rows] == [
        ("€ 4,5 miljoen", None, "unknown")
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Vanaf '27 komt er bovendien structureel 300 miljoen bij voor de marechaussee.",
            (2027, None, "stated", "structural_from_year"),
        ),
        (
            "In ’25 is 5 miljoen euro uitgetrokken voor de jeugdzorg.",
            (2025, 2025, "stated", "per_year"),
        ),
        (
            "Voor '28 reserveert het kabinet nog eens € 2,1 mrd voor de dijken.",
            (2028, 2028, "stated", "per_year"),
        ),
    ],
)
def test_a_year_printed_with_an_apostrophe_is_the_year_in_full(
    text: str, years: tuple[int | None, int | None, str, str]
) -> None:
    """News writes "vanaf '27" for vanaf 2027."""
    rows = extract_amounts(_doc(text, published="2025-09-16"))
    assert [(r["year_from"], r["year_to"], r["year_source"], r["basis"]) for r in rows] == [years]


@pytest.mark.parametrize(
    "text",
    [
        "Het kabinet trekt in 2026 € 900 miljoen uit voor de wijken. Daarvan is\n"
        "[€ 75 miljoen voor de aanpak van armoede]"
        "(https://www.rijksoverheid.nl/documenten/kamerbrieven/2025/05/20/aanpak-armoede-2026).",
        "Het kabinet trekt in 2027 € 900 miljoen uit voor de wijken. Hiervan is € 12 miljoen "
        "voor de wijkaanpak (zie www.gemeente.nl/wijkaanpak-2027).",
    ],
)
def test_a_year_in_a_web_address_is_no_year_the_sentence_states(text: str) -> None:
    """A link's target names a page: its dates and years are not the sentence's words, so
    the year the part takes from the sentence before stays one from context."""
    rows = extract_amounts(_doc(text))
    assert [r["year_source"] for r in rows] == ["stated", "context"]


def test_an_em_dash_glued_between_two_years_joins_their_span() -> None:
    """ "in 2023—2024" (a typed dash a word processor made an em dash) is a span as "2023–2024"
    is; the amount took the first year alone. Spaced, the dash sets a clause apart."""
    (row,) = extract_amounts(_doc("In de periode 2023—2026 is € 5 mln beschikbaar."))
    assert (row["year_from"], row["year_to"]) == (2023, 2026)
    (row,) = extract_amounts(_doc("In 2023 — € 5 mln — was het budget hoger."))
    assert (row["year_from"], row["year_to"]) == (2023, 2023)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Provincies verwachten in het zogeheten ravijnjaar 2026 een gat van € 2 miljard.", 2026),
        ("Over het boekjaar 2023 keert het bedrijf € 14 mln dividend uit.", 2023),
        ("In het kalenderjaar 2024 is 3,5 miljoen euro aan subsidie verleend.", 2024),
        # a year a figure is compared with or counted in is no time of the money
        ("De uitkering is € 40 mln hoger dan in het basisjaar 2019.", None),
        ("De bijdrage van € 12 mln is in het peiljaar 2023 vastgesteld.", None),
        ("Het ijkjaar 2019 geeft een niveau van € 3 mld.", None),
        # a year a thing is of: built, born
        ("Voor auto's met bouwjaar 2010 geldt een vrijstelling van € 1,2 mln.", None),
        ("Werknemers met geboortejaar 2001 krijgen een bonus van € 2 mln.", None),
    ],
)
def test_a_compound_of_jaar_before_a_year_names_that_year(text: str, years: int | None) -> None:
    """ "ravijnjaar 2026", "boekjaar 2023" name the year as "begrotingsjaar 2025" does."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"]) == (years, years)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Voor de najaarsronde 2020 is € 5 mld beschikbaar.", 2020),
        ("De openstellingsronde 2026 heeft een budget van € 8 mld.", 2026),
        ("De subsidieronde 2025 had een plafond van € 8 mld.", 2025),
        ("De ronde 2024 had een budget van € 8 miljard.", 2024),
        ("In de aanvraagronde 2019 is € 5 mln verdeeld.", 2019),
    ],
)
def test_a_round_before_a_year_names_that_year(text: str, year: int) -> None:
    """A subsidy's round and its year ("de voorjaarsronde 2019", "de openstellingsronde
    2026") is a slice of time as "tranche 2026" is: the round's budget is of that year."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (year, year, "stated")


@pytest.mark.parametrize(
    "text",
    [
        # the round is the one compared with: its year is not the sum's
        "De najaarsronde heeft een budget van € 5 mld, meer dan in de voorjaarsronde 2019.",
        # a round's number is no year
        "In ronde 3 is € 5 mln beschikbaar.",
        # an adjective ending in "ronde" names no round
        "De gegronde 2019 bezwaren kostten € 5 mln.",
        "De afgeronde 2019 projecten kostten € 5 mln.",
        "De ongegronde 2019 claims kostten € 5 mln.",
    ],
)
def test_a_round_compared_with_or_numbered_gives_no_year(text: str) -> None:
    """The near forms of a round's year: compared with ("meer dan in de voorjaarsronde
    2019") or numbered ("ronde 3"), the round names no year of the sum, and an adjective
    ending in "ronde" ("gegronde", "afgeronde") is no round."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"]) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Voor 2026 en latere jaren is structureel € 140 miljoen nodig.",
        "Het kabinet trekt € 1,5 mld uit (anderhalf miljard in 2026 en verder).",
        "Voor 2026 e.v. is structureel € 140 miljoen nodig.",
    ],
)
def test_a_year_and_the_later_ones_is_a_start_year(text: str) -> None:
    """ "2026 en latere jaren", "2026 en verder", "2026 e.v.": from 2026 on, no last year."""
    rows = extract_amounts(_doc(text))
    assert (rows[-1]["year_from"], rows[-1]["year_to"]) == (2026, None)


def test_the_basis_word_after_the_last_en_is_the_next_amounts() -> None:
    """ "oplopend tot € 3,2 mld in 2029 en structureel € 3,5 mld vanaf 2030": "structureel"
    names the second amount, the first is the sum of 2029."""
    text = (
        "Voor Defensie komt er in 2027 € 1,5 mld bij, oplopend tot € 3,2 mld in 2029 en "
        "structureel € 3,5 mld vanaf 2030."
    )
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["basis"]) for r in rows] == [
        ("€ 1,5 mld", "per_year"),
        ("€ 3,2 mld", "per_year"),
        ("€ 3,5 mld", "structural_from_year"),
    ]


def test_samen_before_an_amount_is_its_qualifier() -> None:
    """ "(samen € 8.450.000)": the sum of the parts before it, as "in totaal" is."""
    text = (
        "De bouwkosten zijn geraamd op € 7.610.000; daarnaast rekenen wij € 520.000 voor "
        "inrichting en € 320.000 voor onvoorzien (samen € 8.450.000)."
    )
    assert [r["qualifier"] for r in extract_amounts(_doc(text))] == [None, None, None, "samen"]


@pytest.mark.parametrize(
    "text",
    [
        "De ombuigingen lopen op van € 215 mln in 2004 tot € 395 mln in 2007.",
        "Er is € 15 mln vrijgemaakt, oplopend van € 5 mln in 2025 tot € 15 mln in 2027.",
    ],
)
def test_a_rise_from_one_amount_to_another_qualifies_both(text: str) -> None:
    """ "oplopend van A in 2025 tot B in 2027": A is where the rise starts, B where it ends."""
    assert [r["qualifier"] for r in extract_amounts(_doc(text))][-2:] == [
        "oplopend van",
        "oplopend tot",
    ]


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        ("Per saldo daalt de OCW-begroting in 2004 met € 49 mln.", ["per saldo"]),
        (
            "Vanaf 2025 wordt dat € 1 mld minus € 511 mln, per saldo dus € 489 mln.",
            [None, None, "per saldo"],
        ),
        (
            "Per saldo resteert een tegenvaller van € 135 mln; de dekking is € 100 mln.",
            ["per saldo", None],
        ),
        ("Per saldo stijgen de lasten, doordat de heffing met € 2 mln stijgt.", [None]),
    ],
)
def test_per_saldo_in_an_amounts_clause_is_its_qualifier(text: str, qualifiers: list) -> None:
    """ "Per saldo ... met € 49 mln": the net of what was said, not only right before it."""
    assert [r["qualifier"] for r in extract_amounts(_doc(text))] == qualifiers


def test_naar_verwachting_before_an_amount_is_its_qualifier() -> None:
    """ "levert naar verwachting 288 miljoen op": an estimate, as "naar schatting" is."""
    text = "De langstudeerboete levert naar verwachting 288 miljoen euro op."
    assert [r["qualifier"] for r in extract_amounts(_doc(text))] == ["naar verwachting"]


def test_english_quoted_in_dutch_qualifies_its_amounts_in_its_own_words() -> None:
    """ "at least 50 million dollars", "some EUR 11.2 billion": English qualifiers."""
    text = (
        "De gezaghebber zei: 'We need at least 50 million dollars for the airport.' "
        "The deduction costs some EUR 11.2 billion, up to EUR 300 million per year."
    )
    assert [r["qualifier"] for r in extract_amounts(_doc(text))] == ["at least", "some", "up to"]


@pytest.mark.parametrize("code", ["SDR", "XDR"])
def test_special_drawing_rights_are_never_euros(code: str) -> None:
    """ "naar SDR 13,1 miljard, omgerekend ruim 16 miljard euro": the IMF's unit, kept in its
    own code (XDR), not stored as euros from the amount after it."""
    text = f"Het quotum stijgt naar {code} 13,1 miljard, omgerekend ruim 16 miljard euro."
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["currency"]) for r in rows] == [
        (f"{code} 13,1 miljard", "XDR"),
        ("16 miljard euro", "EUR"),
    ]


def test_euros_and_cents_after_an_amount_in_millions_keep_their_face_value() -> None:
    """Euros and cents per unit after an amount in millions ("€ 90 miljoen per jaar ..., en om
    € 2,50 per vervuilingseenheid") stored the euros and cents as millions: a figure in euros
    and cents prints its face value, and only a figure in tenths ("waarvan € 6,1") lacks the
    unit of its whole."""
    text = (
        "De Unie vraagt het kabinet om een dikke € 90 miljoen per jaar voor de zuivering van "
        "afvalwater, en om € 2,50 per vervuilingseenheid voor medicijnresten."
    )
    assert [(q, a) for q, a, _m, _c in _read(text)] == [
        ("€ 90 miljoen", 90_000_000),
        ("€ 2,50", 2.5),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "De Unie vraagt om € 90 miljoen per jaar, en om € 2,5 per vervuilingseenheid.",
        "Het Rijk geeft € 90 miljoen. De heffing bedraagt € 2,5 per vervuilingseenheid.",
    ],
)
def test_a_price_per_unit_in_tenths_is_its_face_value(text: str) -> None:
    """After "€ 90 miljoen" a price per unit printed in tenths ("€ 2,5 per
    vervuilingseenheid") took the millions (2,5 million); alone it was refused as a figure
    whose scale is printed elsewhere. A price per unit is what it prints."""
    assert [(q, a) for q, a, _m, _c in _read(text)] == [
        ("€ 90 miljoen", 90_000_000),
        ("€ 2,5", 2.5),
    ]


def test_each_ton_of_a_sentence_is_read_by_the_words_right_after_it() -> None:
    """Tonnes and tons of money in one sentence ("goed voor 1.200 ton fosfaat per jaar, kreeg
    zes ton subsidie") lost the money: the weighed goods of the sentence made every "ton" in it
    a tonne, the one followed by "subsidie" too; each "ton" is read by the words right after
    it."""
    text = (
        "Een proef met fosfaatterugwinning in Friesland, goed voor 1.200 ton fosfaat per jaar, "
        "kreeg zes ton subsidie."
    )
    assert [(q, a) for q, a, _m, _c in _read(text)] == [("zes ton", 600_000)]
    assert _read("Het bedrijf kreeg een subsidie van drie ton voor drie ton CO2 per jaar.") == []


@pytest.mark.parametrize(
    ("text", "published", "found"),
    [
        (
            "Een huishouden gaat er zo'n 30 euro per maand op vooruit; voor lage inkomens is dat "
            "ongeveer een tientje meer.",
            "2025",
            [("30 euro", 30), ("een tientje", 10)],
        ),
        ("Een kaartje voor het museum kost een tientje.", "2024", [("een tientje", 10)]),
        # a mark at school, no money; ten guilders before the euro: refused
        ("Zij haalde een tientje voor wiskunde.", "2025", []),
        ("Voor lage inkomens is dat een tientje meer.", "1995", []),
    ],
)
def test_een_tientje_is_ten_euros_where_money_is_said(
    text: str, published: str, found: list[tuple[str, int]]
) -> None:
    """ "ongeveer een tientje meer" (ten euros a month) was missed: no figure is printed."""
    rows = extract_amounts(_doc(text, published=published))
    assert [(r["quote"], r["amount_eur"]) for r in rows] == found
    assert all(r["currency"] == "EUR" for r in rows)
    for r in rows:
        assert read_money(r["quote"]).value == r["amount_eur"]  # the strict reader agrees


@pytest.mark.parametrize(
    ("text", "quote", "amount", "currency", "scale_line"),
    [
        # a letter's second page opens with its reference column, printed on that page only
        (
            "Voor de invoering ontvangt de Belastingdienst in 2026 eenmalig € 4,5\n\n"
            "Pagina 1 van 3\n\fOns kenmerk\n48151623\nDatum\n3 juni 2025\n"
            "mln. voor de aanpassing van de systemen.",
            "€ 4,5",
            4_500_000,
            "EUR",
            8,
        ),
        # a Handelingen page's footer (chamber, committee, date; sheet number) before the
        # form feed, the guilder sign before the figure
        (
            "Voor de sociale vernieuwing is in totaal ƒ 2,7\n\n"
            "Eerste Kamer          Sociale Zaken          12 maart 1996\n"
            "EK 22                                       22-1043\n"
            "\fmld. beschikbaar tot en met 1998.",
            "ƒ 2,7",
            2_700_000_000,
            "NLG",
            5,
        ),
        # footnotes printed as a number alone over their indented text, then the footer
        (
            "          De gemeenten ontvangen daarnaast een decentralisatie-uitkering van € 12\n\n"
            "          3\n"
            "            Inclusief de middelen voor de regionale netwerken en de coördinatie.\n"
            "          4\n"
            "            Zie de brief van 4 maart 2024 (Kamerstuk 36 410 VII).\n\n"
            "Tweede Kamer, vergaderjaar 2023–2024, 36 410 VII, nr. 88                    2\n"
            "\f          miljoen, te verdelen naar het aantal inwoners.",
            "€ 12",
            12_000_000,
            "EUR",
            9,
        ),
        # no form feed: the line printing the page's number ends the page
        (
            "Voor de invoering ontvangt de Belastingdienst in 2026 eenmalig € 4,5\n\n"
            "Pagina 1 van 3\n\nOns kenmerk\n48151623\nDatum\n3 juni 2025\n"
            "mln. voor de aanpassing van de systemen.",
            "€ 4,5",
            4_500_000,
            "EUR",
            9,
        ),
        # the column's reference number, digits alone, right above the scale word: it was
        # stored as € 48 trillion
        (
            "Voor de invoering ontvangt de Belastingdienst in 2026 eenmalig € 4,5\n\n"
            "Pagina 1 van 3\n\fDatum\n3 juni 2025\nOns kenmerk\n48151623\n"
            "mln. voor de aanpassing van de systemen.",
            "€ 4,5",
            4_500_000,
            "EUR",
            8,
        ),
    ],
)
def test_a_signed_figure_takes_its_scale_across_the_short_lines_around_a_form_feed(
    text: str, quote: str, amount: int, currency: str, scale_line: int
) -> None:
    """The short lines a PDF prints once around a form feed (a page's footer, the next
    page's reference column) between a signed figure ending one page and a scale word
    opening the next are page furniture: the figure was stored in units (ƒ 2,70) and the
    column's date ("3 juni 2025" / "mln.") as € 2.025 mln."""
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc(text), warnings)
    assert [(r["quote"], r["amount_eur"], r["currency"], r["line"]) for r in rows] == [
        (quote, amount, currency, 1)
    ]
    assert rows[0]["scale_line"] == scale_line
    assert read_money(rows[0]["quote"], rows[0]["scale"]).value == amount


def test_a_footnote_mark_glued_to_a_figure_in_full_is_no_digit_of_it() -> None:
    """A figure in full with a footnote's mark glued to it ("€ 5.843.0002", footnote 2 at the
    page's foot) was left out as ambiguous: a last group of thousands one digit too long, where
    a footnote of that number is printed below, ends in the footnote's mark; the groups of three
    prove the figure."""
    text = (
        "De bijdrage stijgt in 2026 naar € 1.250.0003, zodat de kosten gedekt zijn.\n"
        "Daarnaast is € 75.00012 gereserveerd.\n\n"
        "3 Inclusief de btw.\n12 Eenmalig."
    )
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc(text), warnings)
    assert [(r["quote"], r["amount_eur"], r["line"]) for r in rows] == [
        ("€ 1.250.000", 1_250_000, 1),
        ("€ 75.000", 75_000, 2),
    ]
    assert not warnings
    assert [read_money(r["quote"]).value for r in rows] == [1_250_000, 75_000]
    # without the footnote below, the figure is left out with a warning, never guessed
    rows = extract_amounts(_doc("De bijdrage stijgt naar € 1.250.0003, zodat."), warnings)
    assert rows == [] and warnings


def test_a_footnote_mark_glued_to_the_stop_after_a_decimal_figure_is_no_digit_of_it() -> None:
    """ "€ 10,25.2 Het ..." was left out as ambiguous (a decimal point or thousands?): after
    a decimal comma's digits a full stop and a number glued to it read as no figure in any
    notation; the stop ends the sentence and the number is a note's mark, whether or not
    the page still prints the note."""
    text = (
        "Vanaf 2026 stijgt het uurtarief naar € 9,80.3 Het kabinet verwacht meer gebruik.\n"
        "De eigen bijdrage is € 1.204,5.12\nDaarna volgt een evaluatie."
    )
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc(text), warnings)
    assert [(r["quote"], r["amount_eur"], r["line"]) for r in rows] == [
        ("€ 9,80", Decimal("9.80"), 1),
        ("€ 1.204,5", Decimal("1204.5"), 2),
    ]
    assert not warnings
    assert rows[0]["year_from"] == 2026


def test_english_thousands_before_a_decimal_point_are_no_glued_mark() -> None:
    """ "€ 10,250.2" is a figure in English notation (thousands, then a decimal point), no
    decimal comma before a stop: it stays out with a warning, as before."""
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc("Het tarief is € 10,250.2 Het kabinet betaalt."), warnings)
    assert rows == [] and warnings


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "Een plaats in een gesloten instelling kost al snel vijftig mille per jaar.",
            [("vijftig mille", 50_000, "EUR")],
        ),
        (
            "De verbouwing van het gemeentehuis kostte 2,5 mille extra.",
            [("2,5 mille", 2_500, "EUR")],
        ),
        # guilders where the amount before it is in guilders
        (
            "Het accres is ƒ 40 mln; een kleine gemeente houdt er twintig mille van over.",
            [("ƒ 40 mln", 40_000_000, "NLG"), ("twintig mille", 20_000, "NLG")],
        ),
        # "pro mille" is per thousand, no money
        ("Het alcoholgehalte mag 0,5 pro mille zijn.", []),
    ],
)
def test_mille_after_a_number_is_a_thousand(text: str, quotes: list[tuple[str, int, str]]) -> None:
    """ "mille" after a number ("veertig mille": a thousand, as money is spoken) was lost."""
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["amount_eur"], r["currency"]) for r in rows] == quotes
    for row in rows:
        assert read_money(row["quote"], row["scale"]).value == row["amount_eur"]
        assert parse_quote(row["quote"], row["scale"]) == (row["amount_eur"], None)


@pytest.mark.parametrize(
    "text",
    [
        "De OZB bedraagt 1,5 mille van de WOZ-waarde.",  # a rate, no word of money
        "Het alcoholgehalte in het bloed mocht 0,5 pro mille zijn, niet 2 mille.",
        "Het tarief van de rioolheffing is 0,8 mille van de WOZ-waarde, en kost de burger"
        " dus weinig.",  # below one mille: a rate per thousand, whatever the sentence says
    ],
)
def test_mille_as_per_mille_is_no_money(text: str) -> None:
    """ "mille" is also a per mille: "1,5 mille van de WOZ-waarde" was stored as € 1.500,
    "0,8 mille" as € 800. Thousands of euros only where the sentence says money ("kost al
    snel veertig mille per jaar"), and one mille at least."""
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc(text), warnings)
    assert [r["quote"] for r in rows if "mille" in r["quote"]] == []


@pytest.mark.parametrize(
    "below",
    [
        # a numbered heading over its text: no note at the page's foot
        "2 Financiën\nDe gemeente ontvangt meer dan verwacht. Zij investeert in wegen en in\n"
        "groen, en in de sport. Het college legt dat in een nota vast en de raad\n"
        "besluit daarover in het voorjaar. De nota gaat ook in op de reserves,\n"
        "die de komende jaren op peil blijven.",
        # a table's row opening with a code
        "Tabel 2 Afval (bedragen x € 1.000)\nOmschrijving     2023     2024\n"
        "2 Afvalinzameling     5.843    5.902",
    ],
)
def test_a_line_opening_with_the_digit_that_is_no_footnote_proves_no_mark(below: str) -> None:
    """ "€ 5.843.0002" ends in a footnote's mark only where a footnote of that number stands
    among the notes at a page's foot: a numbered heading ("2 Financiën") with its text
    under it, or a table's row opening with the code 2, is none. The figure was stored as €
    5.843.000 on their word; it stays out with a warning, as without any line of that
    number."""
    text = (
        "De opbrengst afvalstoffenheffing stijgt naar € 5.843.0002, zodat de heffing\n"
        f"kostendekkend is.\n\n{below}"
    )
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc(text), warnings)
    assert [r["quote"] for r in rows if "5.843" in r["quote"]] == []
    assert any("5.843.0002" in w.reason for w in warnings)


@pytest.mark.parametrize(
    ("below", "found"),
    [
        # the notes right under the text's last sentence, then the page's foot
        ("1 Peildatum 31 december 2023.\n2 Exclusief 21% btw.", [("€ 840.000", 840_000)]),
        # a table's row with the code 2, under its caption and headings: no note
        ("Tabel 2 Afval (bedragen x € 1.000)\nOmschrijving 2023 2024\n2 Afvalinzameling 843 902",
         []),
    ],
)  # fmt: skip
def test_a_page_printing_no_blank_line_sets_its_notes_apart_by_a_sentence_s_end(
    below: str, found: list[tuple[str, int]]
) -> None:
    """A plain text layer printing no blank line on the page: "€ 840.0002" over footnote 2
    at the page's foot was left out, its note standing in one run with the page's text; the
    notes start under the line ending the text's last sentence. A table's row opening with
    the code 2 under its caption (no sentence's end above it) proves no mark."""
    text = (
        "Voor de herstructurering is een provinciale bijdrage van € 840.0002 toegezegd;\n"
        f"de gemeente draagt ook bij aan de subsidieregeling.\n{below}\n"
        "Provincie Noord-Brabant\npagina 1/3\n\fRisico's"
    )
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc(text), warnings)
    assert [(r["quote"], r["amount_eur"]) for r in rows if "840" in r["quote"]] == found
    assert any("840.0002" in w.reason for w in warnings) == (not found)


def test_a_footnote_wrapped_over_lines_above_a_page_footer_proves_the_mark() -> None:
    """The notes at a page's foot may wrap and stand above its footer and the form feed."""
    text = (
        "De bijdrage stijgt in 2026 naar € 1.250.0003, zodat de kosten gedekt zijn.\n\n"
        "3 Inclusief de btw-component en het deel voor de\nkwijtschelding.\n\n"
        "Tweede Kamer, vergaderjaar 2025–2026, 36 800 B, nr. 2                 7\n"
        "\fDe volgende pagina begint hier met een zin zonder bedrag erin, en loopt\n"
        "door over meer regels dan een noot ooit telt, zodat zij geen noot is maar\n"
        "lopende tekst van het document, die hier nog een regel verder gaat\n"
        "en pas hier eindigt."
    )
    rows = extract_amounts(_doc(text), [])
    assert [(r["quote"], r["amount_eur"]) for r in rows] == [("€ 1.250.000", 1_250_000)]


@pytest.mark.parametrize(
    "text",
    [
        "Den Haag, 3 juni 2025\nmln. extra voor de uitvoering is niet nodig.",
        "Vanaf 1 januari 2024 miljoen euro's aan subsidie verstrekt.",
    ],
)
def test_the_year_of_a_date_is_no_figure_of_an_amount(text: str) -> None:
    """A letter's date standing before a scale word ("3 juni 2025" / "mln.", a sidebar's
    date above the next page's text) was stored as € 2.025 mln: the year of a day and a
    month is no count of money."""
    warnings: list[ExtractWarning] = []
    assert extract_amounts(_doc(text), warnings) == []
    assert any("date" in w.reason for w in warnings)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Het tarief is € 4,50; 2,5 miljoen huishoudens betalen het.", [("€ 4,50", "4.50")]),
        ("De prijs per rit is € 2,75; 1,2 miljoen reizigers per jaar.", [("€ 2,75", "2.75")]),
        (
            "Het pakket loopt op van € 0,35; 0,6; 1,1 mld in de jaren 2026-2028.",
            [("€ 0,35", "350000000"), ("0,6", "600000000"), ("1,1 mld", "1100000000")],
        ),
    ],
)
def test_a_semicolon_before_a_count_ends_a_clause_not_a_series(
    text: str, kept: list[tuple[str, str]]
) -> None:
    """A figure after one sign joined by a semicolon shares the scale after the last
    (39a8d2e) where the series is money; where that scale counts a noun after it ("2,5
    miljoen huishoudens"), the semicolon ended a clause: the tariff before it is a sum as
    printed (it was stored as € 4,5 mln) and the count no money (it was stored as euros)."""
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["amount_eur"]) for r in rows] == [(q, Decimal(a)) for q, a in kept]


# A Kamerstuk's PDF page foot as plain pdftotext prints it: the document's code, the ISSN,
# place and year, the running foot and the page's number alone, then the form feed.
KST_FOOT = (
    "kst-36410-XV-12\nISSN 0921 - 7371\n's-Gravenhage 2024\n"
    "Tweede Kamer, vergaderjaar 2023–2024, 36 410 XV, nr. 12\n1\n\f"
)


@pytest.mark.parametrize(
    ("text", "quote", "amount"),
    [
        (
            f"Van dit bedrag is tot en met juni € 3,4\n{KST_FOOT}miljard, verdeeld over de 12\n"
            "provincies.",
            "€ 3,4",
            3_400_000_000,
        ),
        (
            f"Van het budget is € 150\n{KST_FOOT}mln uitgekeerd aan 412\ninstellingen.",
            "€ 150",
            150_000_000,
        ),
    ],
)
def test_a_scale_word_opening_a_page_whose_line_ends_in_a_number_is_no_header(
    text: str, quote: str, amount: int
) -> None:
    """In a letter's plain pdftotext layer, a figure before a page's foot and the form feed, its
    scale word opening the next page on a line ending in a number ("miljoen via de regeling
    uitgekeerd aan 412"), was stored in units: that line, beside the form feed and ending in a
    number, was taken for the page's header. A line opening with a scale word goes on with the
    text; no running line opens so."""
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["amount_eur"], r["line"]) for r in rows] == [(quote, amount, 1)]
    assert rows[0]["scale_line"] == 7


@pytest.mark.parametrize(
    "after", ["miljoen euro per jaar.", "miljoen euro per jaar voor ruim 120\ngemeenten."]
)
def test_a_running_foot_above_a_page_number_alone_is_no_figure(after: str) -> None:
    """A Kamerstuk's running foot above the page's number alone on its line ("..., 36 410
    XV, nr. 12" / "1" / form feed), between a figure printing no currency and the next
    page's scale word, gave its own number the scale: "12 miljoen" was stored. The line
    above a page number alone before a form feed is the page's footer; the figure before
    it, no sign telling it from a count, is left."""
    text = f"Het budget komt uit op 300\n{KST_FOOT}{after}"
    assert extract_amounts(_doc(text)) == []


@pytest.mark.parametrize(
    ("text", "kept", "rates"),
    [
        ("De valuta zijn ingekocht tegen 7,45 DKK, 0,86 GBP en 1,08 USD per euro.", [], 3),
        ("Het fonds rekent met 1,08 dollar en 0,86 pond per euro.", [], 2),
        # a price per thing is money, listed or not
        (
            "De raketten kosten 118 USD per stuk en de lanceerders 4,9 NOK per stuk.",
            [("118 USD", "USD"), ("4,9 NOK", "NOK")],
            0,
        ),
    ],
)
def test_figures_listed_before_one_per_currency_are_each_a_rate(
    text: str, kept: list[tuple[str, str]], rates: int
) -> None:
    """Rates listed before one "per" ("tegen een koers van X NOK en Y USD per euro") kept the
    first rate as an amount of kroner: figures each in a currency, listed before one "per" and
    the currency they price, are each the price of that currency, no amount."""
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc(text), warnings)
    assert [(r["quote"], r["currency"]) for r in rows] == kept
    assert sum("exchange rate" in w.reason for w in warnings) == rates


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a word of more or fewer between the figure and what it counts
        (
            "Er komen volgend jaar naar verwachting 2 miljoen extra reizigers; dat kost € 40 "
            "miljoen.",
            ["€ 40 miljoen"],
        ),
        (
            "De gemeente rekent met 1,2 miljoen meer inwoners en € 5 mln aan extra kosten.",
            ["€ 5 mln"],
        ),
        # a unit of measure: a volume of gas, an amount of energy
        (
            "De gaswinning daalt naar 12 miljard kuub per jaar; de baten dalen met € 2 mld.",
            ["€ 2 mld."],
        ),
        ("Het verbruik daalt met 3 miljoen gigajoule en € 1 mld aan kosten.", ["€ 1 mld"]),
        # more money stays money
        ("Het kabinet stelt 500 miljoen extra beschikbaar voor de zorg.", ["500 miljoen"]),
        ("De gemeente krijgt 2 miljoen meer dan vorig jaar.", ["2 miljoen"]),
    ],
)
def test_bare_millions_before_more_of_a_counted_noun_or_a_unit_count_it(
    text: str, quotes: list[str]
) -> None:
    """Counts with a scale word ("4 miljoen extra bezoekers", "8,1 miljard kuub" gas) were
    stored as euros in texts about money: a figure with a scale word before a noun it counts,
    "extra", "meer" or "minder" between, or before a unit of measure, is no money."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "Het college trekt dit jaar anderhalve ton uit voor de kandidatuur.",
            [("anderhalve ton", 150_000)],
        ),
        ("De gemeente steekt nog eens twee ton in het bidbook.", [("twee ton", 200_000)]),
        ("De provincie legt een ton bij.", [("een ton", 100_000)]),
        ("Het waterschap gaf vorig jaar drie ton uit aan de dijk.", [("drie ton", 300_000)]),
        # a preposition before a noun, or matter weighed in the sentence: none
        ("De kraan trekt twee ton uit de put.", []),
        ("De boer legt twee ton in de schuur.", []),
        ("De aannemer legt drie ton in het depot aan de rand van de stad.", []),
        ("De gemeente legt een ton extra in voor het zwembad.", [("een ton", 100_000)]),
        ("De fabriek stoot drie ton CO2 uit, en trekt twee ton uit voor filters.", []),
    ],
)
def test_tons_between_a_verb_of_spending_and_its_particle_are_money(
    text: str, quotes: list[tuple[str, int]]
) -> None:
    """Tons between a separable verb of spending and its particle ("trekt anderhalve ton uit
    voor ...", "steekt ... anderhalve ton in ...") were refused as tonnes or euros: a separable
    verb of spending ("uittrekken", "steken in", "bijleggen", "uitgeven") with the tons between
    it and its particle spends money; nothing weighed is spent so."""
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["amount_eur"]) for r in rows] == quotes
    for row in rows:
        assert read_money(row["quote"], row["scale"]).value == row["amount_eur"]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # the modal's infinitive ending the clause
        (
            "De ministeries krijgen minder budget. Gemeenten en provincies moeten samen 1,3 "
            "miljard inleveren.",
            ["1,3 miljard"],
        ),
        ("Het Rijk zal in die jaren 2 miljard terugvorderen.", ["2 miljard"]),
        # a modal right after the amount: the verb before the clause's last
        ("Het Rijk verwacht dat gemeenten 1,3 miljard moeten inleveren.", ["1,3 miljard"]),
        # a plural noun: a count, whatever the modal
        ("In 2030 zullen er 1,3 miljoen gepensioneerden zijn.", []),
        ("Er moeten 1,3 miljoen zonnepanelen komen.", []),
        ("Het kabinet wil dat 2 miljoen vrouwen kunnen deelnemen.", []),
        # a level the verb before reaches, a preposition before it: the noun after it counts
        ("Hun aantal kan oplopen tot ruim 2 miljoen zelfstandigen.", []),
    ],
)
def test_a_word_in_en_a_modal_sends_to_the_clause_s_end_is_its_verb(
    text: str, quotes: list[str]
) -> None:
    """A bare amount before an infinitive a modal sends to the clause's end ("... moeten samen
    1,3 miljard inleveren.") was refused as a count of that infinitive: a modal before a bare
    amount sends its infinitive to the clause's end, and a modal right after the amount is none
    of its nouns either; the word in "-en" there is a verb, not what the figure counts."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Van het verplichtingenbudget 2024 van € 412,6 mln is per 1 juli 2023 80% "
            "juridisch verplicht.",
            (2024, 2024),
        ),
        ("Het rekeningresultaat 2023 bedraagt ruim € 3,5 mln positief.", (2023, 2023)),
        # the noun and its year a change is made to, its verb and "met" before the change
        ("Het subsidieplafond 2024 wordt met € 14 mln verhoogd.", (2024, 2024)),
        ("De bijdrage 2025 is eenmalig met ruim € 3,2 mln verlaagd.", (2025, 2025)),
        ("Het investeringsbudget 2022 daalt met € 40 mln door vertraging.", (2022, 2022)),
        # the same with its verb first, a clause opening on an adverbial or a cause
        (
            "Door de hogere rijksuitgaven stijgt het accres 2025 met € 120,4 mln.",
            (2025, 2025),
        ),
        ("In de Najaarsnota wordt het kader 2026 eenmalig met € 8 mln verhoogd.", (2026, 2026)),
        ("Daardoor neemt de bijdrage 2024 toe met ruim € 3 mln.", (2024, 2024)),
        # words in -e between the noun's article and the noun, the verb first
        ("Daardoor stijgt de algemene uitkering 2024 met ruim € 2,1 mln.", (2024, 2024)),
        ("Hierdoor daalt het totale accres 2026 met € 95 mln.", (2026, 2026)),
        # the base the change is measured against set between the verb and "met"
        (
            "Het accres 2025 stijgt ten opzichte van de septembercirculaire 2024 met € 312 mln.",
            (2025, 2025),
        ),
        ("De uitkering 2026 daalt vergeleken met de raming met € 4,5 mln.", (2026, 2026)),
        # a noun and its year right before the bracket holding its sum
        ("Dat is € 87 mln minder dan het vastgestelde budget 2023 (€ 2.410 mln).", (2023, 2023)),
        # a year expression before the sum is none of a noun's
        ("De uitgaven lopen tot 2025 van € 5 mln op naar € 8 mln.", (None, 2025)),
        # a plural's verb, "uitkomen op", a noun heading a compound after its hyphen
        ("De rijksbijdragen 2022 bedroegen € 8,5 mln.", (2022, 2022)),
        ("Het accres 2026 komt daarmee uit op € 412 mln.", (2026, 2026)),
        ("Het plafond voor de ICT-projecten 2025 bedraagt € 3 mln.", (2025, 2025)),
        # what the level is named between its verb and the sum: "een", a word, a noun, "van"
        ("Het verwachte saldo 2025 komt uit op een tekort van € 2,4 mln.", (2025, 2025)),
        ("Het rekeningresultaat 2022 bedroeg een positief saldo van € 812.000.", (2022, 2022)),
    ],
)
def test_a_noun_s_year_before_its_sum_is_the_sum_s_year(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """A noun, its year and "van" or "bedraagt" before a sum name the sum's year ("het
    verplichtingenbudget 2008 van € X is per 1 augustus 2007 ... verplicht" took 2007, the date
    it reports at); so do a noun and its year a change is made to ("het budget 2025 wordt met
    € X opgehoogd"), which took the year from the document."""
    row = extract_amounts(_doc(text, published="2023-09-19"))[-1]
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a preposition governs the whole compound, its first part a name: no year of the sum
        ("Op grond van de Vis-saneringsregeling 2023 is € 90 mln gereserveerd.", (None, None)),
        ("In de EU-verordening 2021 is € 12 mln opgenomen.", (None, None)),
        # no preposition before the compound: the noun's year is still the level's
        ("De ICT-kosten 2024 zijn € 2,3 mln.", (2024, 2024)),
    ],
)
def test_a_preposition_before_a_hyphenated_compound_governs_its_noun_and_year(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """A noun ending a compound joined by hyphens ("de <Naam>-regeling 2023 is € X") starts at
    the compound's first part: a preposition before that governs the noun and its year (a
    source or a base, no subject of the copula), as it does before a noun alone; the hyphen
    hid it and the name's year was taken as the sum's."""
    (row,) = extract_amounts(_doc(text))
    stated = row["year_source"] == "stated"
    assert ((row["year_from"], row["year_to"]) if stated else (None, None)) == years


def test_a_name_after_words_in_e_and_its_year_is_no_noun_a_change_is_made_to() -> None:
    """Words in -e may stand between a changed noun's article and the noun ("stijgt de
    algemene uitkering 2024 met € X"), but a name in capitals after them is no such noun."""
    (row,) = extract_amounts(_doc("Daardoor stijgt de nieuwe Subsidieregeling 2024 met € 2 mln."))
    assert row["year_source"] is None


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a copula giving the noun its level, an adverbial phrase before the sum or none
        (
            "Het begrotingssaldo 2024 is na verwerking van deze voorstellen € 3.812.000 positief.",
            (2024, 2024),
        ),
        ("Het exploitatiesaldo 2023 was € 1,4 mln negatief.", (2023, 2023)),
        ("De apparaatskosten 2025 zijn inclusief de loonbijstelling € 48 mln.", (2025, 2025)),
        # a verb of a level with such a phrase
        ("Het rekeningresultaat 2024 bedraagt na bestemming € 812.000.", (2024, 2024)),
    ],
)
def test_a_noun_s_year_before_a_copula_or_a_phrase_and_its_sum_is_the_sum_s_year(
    text: str, years: tuple[int, int]
) -> None:
    """A noun and its year, then "is" or "was" and the sum, or "bedraagt" and an adverbial
    phrase before the sum, name the sum's year, as "bedraagt" right before it does: the year
    without a preposition before it was read as a name's ("Voorjaarsnota 2019") and the
    sum got none."""
    row = extract_amounts(_doc(text, published="2023-09-19"))[-1]
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    "text",
    [
        # a name in capitals and its year
        "De Voorjaarsnota 2024 is na verwerking van de mutaties € 3 mln positief.",
        # a noun a preposition governs: a cause, no subject; so where the text layer wrapped
        # the noun at a hyphen
        "Door de cao 2025 is € 3 mln extra nodig.",
        "Door de cao-\nafspraken 2025 is € 3 mln extra nodig.",
        # a phrase opening on no preposition, and a sum of another noun after "dan"
        "Het project 2024 is afgesloten met een tekort van € 1 mln.",
        "Het begrotingssaldo 2024 is lager dan het tekort van € 3 mln.",
    ],
)
def test_a_copula_after_a_name_a_governed_noun_or_before_another_noun_takes_no_noun_year(
    text: str,
) -> None:
    assert extract_amounts(_doc(text, published="2023-09-19"))[-1]["year_source"] != "stated"


@pytest.mark.parametrize(
    "text",
    [
        "Het sportakkoord 2021 is door een extra bijdrage van € 0,5 mln met twee jaar verlengd.",
        "Het coalitieprogramma 2022 is door de bezuiniging van € 1,5 mln deels onuitvoerbaar.",
        "De cao 2025 is na een looneis van € 200 per maand afgesloten.",
        "Het rekeningresultaat 2024 bedraagt door een bijdrage van € 0,8 mln meer dan begroot.",
    ],
)
def test_a_sum_in_the_phrase_after_a_noun_s_copula_or_verb_takes_no_noun_year(text: str) -> None:
    """A sum a preposition ending the phrase after "is" or "bedraagt" governs ("door een
    bijdrage van € X") is that phrase's noun's, no level the verb gives the noun before it:
    the noun's year is not the sum's."""
    row = extract_amounts(_doc(text, published="2023-09-19"))[0]
    assert (row["year_from"], row["year_to"]) == (None, None)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a phrase with "van" inside it, ending on its noun before the sum
        ("Het resultaat 2023 is volgens de jaarrekening van de stichting € 45.000 positief.", 2023),
        # a phrase, then the level named before the sum
        ("Het begrotingssaldo 2024 is na verwerking een voordeel van € 2 mln.", 2024),
    ],
)
def test_a_sum_after_a_whole_phrase_after_a_noun_s_copula_keeps_the_noun_s_year(
    text: str, years: int
) -> None:
    row = extract_amounts(_doc(text, published="2023-09-19"))[0]
    assert (row["year_from"], row["year_to"], row["year_source"]) == (years, years, "stated")


@pytest.mark.parametrize(
    "text",
    [
        # a name in capitals and its year: the document's, not the sum's
        "De Voorjaarsnota 2025 komt uit op een tekort van € 5 mln.",
        # a price level's year is the prices'
        "Het prijspeil 2024 komt uit op een bedrag van € 4 mln.",
        # "van" after the noun's year opens what it is of, not its sum's name
        "De kosten 2024 van een project van € 5 mln zijn hoog.",
    ],
)
def test_a_named_sum_after_a_name_price_level_or_van_takes_no_noun_year(text: str) -> None:
    """The name of the sum between "uitkomen op" or "bedragen" and the sum ("een nadeel van")
    lets the noun's year reach it, but only a noun's that sums: a document's name, a price
    level and a noun's year followed by "van" name no year of the sum."""
    row = extract_amounts(_doc(text))[-1]
    assert row["year_source"] != "stated"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a level set or estimated: the passive's verb, a word or two, its participle and "op"
        ("Het accres 2024 wordt definitief vastgesteld op € 1.146 mln.", (2024, 2024)),
        ("De taakstelling 2026 is voorlopig geraamd op € 45 mln.", (2026, 2026)),
        # the line wrapped between the verb's words
        ("Het accres 2023 wordt definitief\nvastgesteld op € 1.146 mln.", (2023, 2023)),
        # the verb first
        ("Daarmee wordt de uitkering 2025 vastgesteld op € 12,4 mln.", (2025, 2025)),
        # a decision's point: the infinitive with "te" before "op"
        (
            "De tarieven van de afvalstoffenheffing 2017 vast te stellen op € 276,48 per"
            " huishouden.",
            (2017, 2017),
        ),
        ("De bijdrage 2026 te bepalen op € 3,1 mln.", (2026, 2026)),
        # an item of a list after a bullet, its label ending in a noun and its year
        (
            "De stijging is als volgt opgebouwd:\n\n   •   accres (samen de trap op)     € 118,3"
            " mln\n   •   loon- en prijsbijstelling 2025         € 36,5 mln\n",
            (2025, 2025),
        ),
        ("De mutaties:\n- de compensatie 2023   € 12 mln\n", (2023, 2023)),
    ],
)
def test_a_noun_s_year_before_a_level_set_at_its_sum_or_heading_its_item_is_the_sum_s_year(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """A noun and its year a level is set or estimated at ("het accres 2024 wordt definitief
    vastgesteld op € X") and an item of a list whose label ends in a noun and its year
    ("•   loon- en prijsbijstelling 2025      € 36,5 mln") name the sum's year: both took the
    document's."""
    row = extract_amounts(_doc(text, published="2023-09-19"))[-1]
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    "text",
    [
        # a document's name in capitals and a price level, set at a sum or heading an item
        "De Voorjaarsnota 2023 wordt vastgesteld op € 5 mln.",
        "De Voorjaarsnota 2025 vast te stellen op € 3,1 mln.",
        "Het loonpeil 2024 is geraamd op € 3 mln.",
        "Het prijspeil 2024 te ramen op € 3 mln.",
        "De mutaties:\n   •   Miljoenennota 2025         € 36,5 mln\n",
        "De mutaties:\n   •   prijspeil 2025         € 36,5 mln\n",
        # a year ending a sentence's line, no item of a list
        "De raming van de bijstelling 2025         € 36,5 mln is voorlopig.",
    ],
)
def test_a_name_or_price_level_set_at_a_sum_or_heading_an_item_takes_no_noun_year(
    text: str,
) -> None:
    """A name with a capital and a price level name no year of the sum set at them or listed
    after them, and a noun's year before a sum outside a list's item is no label of it."""
    row = extract_amounts(_doc(text))[-1]
    assert row["year_source"] != "stated"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # the noun and its year in a phrase of what the level follows, no object of the verb
        (
            "Wij stellen u voor de leges conform de nota lokale heffingen 2023 vast te stellen op"
            " € 150 per aanvraag.",
            (None, None),
        ),
        (
            "De bijdrage aan de regio volgens de kadernota 2024 te bepalen op € 2,1 mln.",
            (None, None),
        ),
        (
            "De tarieven op basis van de kostendekkendheid 2023 vast te stellen op € 312.",
            (None, None),
        ),
        # a year tied to the level at once after it is the level's
        (
            "De leges conform de nota lokale heffingen 2023 worden vastgesteld op € 150 per"
            " aanvraag in 2025.",
            (2025, 2025),
        ),
        ("De tarieven 2023 vast te stellen op € 150 per aanvraag in 2025.", (2025, 2025)),
        # near forms: the noun and its year the verb's object, "van" a noun's own
        (
            "Wij stellen u voor de leges 2023 vast te stellen op € 150 conform de nota.",
            (2023, 2023),
        ),
        ("Het budget 2024 wordt vastgesteld op € 3 mln in plaats van € 4 mln.", (2024, 2024)),
        (
            "De tarieven van de afvalstoffenheffing 2017 vast te stellen op € 276,48 per"
            " huishouden.",
            (2017, 2017),
        ),
    ],
)
def test_a_noun_s_year_a_level_is_set_by_or_before_the_level_s_own_year_is_not_the_sum_s(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """ "de leges conform de nota lokale heffingen JJJJ vast te stellen op € X" took the nota's
    year: a noun and its year after "conform", "volgens" or "op basis van" name what the level
    follows, not what is set; and a year tied to the level right after it ("op € X per
    aanvraag in JJJJ") is the level's own, not the noun's before the verb."""
    row = extract_amounts(_doc(text))[0]
    assert (row["year_from"], row["year_to"]) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a second change under the first one's verb: a comma or "en", the noun and its year
        (
            "Het gemeentefonds 2023 is met € 40 mln verhoogd, het gemeentefonds 2024 met "
            "-/- € 12 mln.",
            [(2023, 2023), (2024, 2024)],
        ),
        (
            "De bijdrage 2025 wordt met € 3 mln verlaagd en de bijdrage 2026 met € 5 mln.",
            [(2025, 2025), (2026, 2026)],
        ),
        # "uitvallen": the sum right after the noun's year, the verb first
        (
            "Ten opzichte van de ontwerpbegroting viel het accres 2022 € 215 mln hoger uit.",
            [(2022, 2022)],
        ),
        ("Daardoor valt de uitkering 2026 circa € 4 mln lager uit.", [(2026, 2026)]),
        # a plus sign after a year's colon; two years before the colon are both the item's
        (
            "De raming is bijgesteld met:\n- 2024: −€ 320 mln;\n- 2025: +€ 145 mln;\n"
            "- 2026 en 2027: +€ 210 mln per jaar.",
            [(2024, 2024), (2025, 2025), (2026, 2027)],
        ),
    ],
)
def test_a_year_a_change_is_made_to_without_its_own_verb_or_met(
    text: str, years: list[tuple[int, int]]
) -> None:
    """A change printed without the words the noun-year forms expected: the second of two
    changes one verb governs ("het accres 2015 met -/- € 96 mln"), a sum after the year of what
    "valt" higher or lower "uit", an item's year label with a plus sign before the sum. Each
    took the document's year (the list's last item only its last year)."""
    rows = extract_amounts(_doc(text, published="2021-09-21"))
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows] == [
        (*y, "stated") for y in years
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # "uitvallen" with the noun first: the sum right after the verb, words between or none
        (
            "Het gemeentefonds 2023 valt € 96 mln hoger uit dan in de meicirculaire 2024 werd "
            "geraamd.",
            (2023, 2023),
        ),
        ("De kosten 2026 vallen naar verwachting € 2 mln lager uit.", (2026, 2026)),
        # a saldo's verbs of getting better or worse, noun first or verb first
        ("Het exploitatiesaldo 2024 verslechtert met ruim € 1,2 mln.", (2024, 2024)),
        ("Daardoor verbetert het resultaat 2025 met € 0,8 mln.", (2025, 2025)),
    ],
)
def test_a_noun_s_year_before_uitvallen_or_a_saldo_s_change_is_the_sum_s_year(
    text: str, years: tuple[int, int]
) -> None:
    """A noun and its year before "valt" and the sum ("het accres 2024 valt € X hoger uit dan
    ...") or before "verbetert met" ("het begrotingssaldo 2025 verbetert met € X") name the
    sum's year, as "stijgt met" and the verb-first "valt het accres 2016 € X hoger uit" do:
    both took the document's year (or, after "dan", none)."""
    row = extract_amounts(_doc(text, published="2021-09-21"))[0]
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    "text",
    [
        "De korting bedraagt nu € 0,8 miljard per jaar en loopt in 2027 af.",
        "De regeling kost € 5 mln per jaar en liep in 2027 af.",
        "De korting bedraagt € 0,8 miljard per jaar en loopt in 2027\naf.",
    ],
)
def test_a_sum_that_runs_out_in_a_year_holds_up_to_it(text: str) -> None:
    """ "€ X per jaar en loopt in JJJJ af": the year ends the sum's period, as "tot en met
    JJJJ" does; it was read as the sum's one year."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (None, 2027, "stated")


@pytest.mark.parametrize(
    "text",
    [
        "Het budget van € 5 mln loopt in 2027 op.",
        "De korting van € 0,8 miljard loopt in 2027 af naar € 0,2 miljard.",
        "De korting van € 0,8 miljard loopt in 2027\naf naar € 0,2 miljard.",
    ],
)
def test_a_sum_that_rises_in_a_year_or_runs_down_to_a_level_is_no_expiry(text: str) -> None:
    """Near forms: "loopt in JJJJ op" is the year's; "loopt in JJJJ af naar" a fall to a level,
    no end: both keep the year as the sum's one year."""
    row = extract_amounts(_doc(text))[0]
    assert (row["year_from"], row["year_to"]) == (2027, 2027)


@pytest.mark.parametrize(
    "text",
    [
        "De bijdrage kost € 4 mln per jaar en loopt eind 2027 af.",
        "Het fonds van € 4 mln per jaar dat in 2027 afloopt wordt niet verlengd.",
    ],
)
def test_a_sum_that_runs_out_at_a_years_end_or_in_a_clause_holds_up_to_it(text: str) -> None:
    """ "loopt eind JJJJ af" and a clause "dat in JJJJ afloopt" end the sum's period in that
    year as "loopt in JJJJ af" does; they were read as its one year or none."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (None, 2027, "stated")


@pytest.mark.parametrize(
    "text",
    [
        "De korting van € 0,8 miljard loopt eind 2027 af naar € 0,2 miljard.",
        "Het budget van € 5 mln dat in 2027 oploopt wordt verdeeld.",
    ],
)
def test_a_sum_that_falls_to_a_level_at_a_years_end_or_rises_keeps_its_year(text: str) -> None:
    """Near forms: a fall to a level ("loopt eind JJJJ af naar € Y") and a rise in a clause
    ("dat in JJJJ oploopt") keep the year as the sum's one year."""
    row = extract_amounts(_doc(text))[0]
    assert (row["year_from"], row["year_to"]) == (2027, 2027)


def test_a_year_read_from_dit_jaar_is_context_though_the_sentence_prints_it() -> None:
    """ "kost dit jaar € X" takes the publication's year from the date, context; that the
    sentence prints the same year for another thing ("... 5.000 plekken eind 2024") does not
    make it stated: it was stated."""
    text = (
        "De opvang kost dit jaar € 900 miljoen meer dan begroot, omdat er meer plaatsen nodig "
        "zijn: het rijk rekent op 5.000 plekken eind 2024."
    )
    (row,) = extract_amounts(_doc(text, published="2024-05-02"))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (2024, 2024, "context")


@pytest.mark.parametrize(
    "text",
    [
        "Gemeente met 20245 inwoners: de opvang kost dit jaar € 900 miljoen, het rijk rekent "
        "op 5.000 plekken eind 2024.",
        "Voor de 12024 aanvragen kost de opvang dit jaar € 900 miljoen, het rijk rekent op "
        "5.000 plekken eind 2024.",
    ],
)
def test_a_number_holding_the_year_s_digits_does_not_print_the_year_of_dit_jaar(
    text: str,
) -> None:
    """A number before the amount whose digits hold the year ("20245 inwoners") prints no
    year: "dit jaar" still takes the publication's year as context, the year printed after
    it being another thing's ("eind 2024"); it was stated."""
    (row,) = extract_amounts(_doc(text, published="2024-05-02"))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (2024, 2024, "context")


@pytest.mark.parametrize(
    ("text", "quote", "years"),
    [
        # a year the sentence prints before the amount, "dit jaar" elsewhere: stated
        (
            "In 2024 kost de opvang € 900 miljoen, meer dan dit jaar werd gedacht.",
            "€ 900 miljoen",
            (2024, 2024),
        ),
        # the year "volgend jaar" names, printed before the amount: what it points back at
        (
            "Tot medio 2025 komt er € 400 miljoen bij, waarvan volgend jaar € 150 miljoen.",
            "€ 150 miljoen",
            (2025, 2025),
        ),
        # a short year ("in '26") and "het jaar daarop" are printed years, not the date's
        (
            "De lasten komen in '26 uit op € 9,4 mld, tegen € 7,9 mld dit jaar.",
            "€ 9,4 mld",
            (2026, 2026),
        ),
        ("Voor 2026 is het € 2.465 en in het jaar daarop € 2.390.", "€ 2.390", (2027, 2027)),
    ],
)
def test_years_the_sentence_prints_stay_stated_beside_dit_jaar(
    text: str, quote: str, years: tuple[int, int]
) -> None:
    """Near forms: years the sentence prints, in full, short or counted on, stay stated, and
    so does the year "dit jaar" or its kin names where the sentence prints it before the
    amount."""
    rows = {r["quote"]: r for r in extract_amounts(_doc(text, published="2024-05-02"))}
    row = rows[quote]
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Bovenop de investering van € 40 miljoen uit 2019 komt nu meer geld.", (2019, 2019)),
        ("Het overschot van € 2 mln uit 2021 gaat naar de algemene reserve.", (2021, 2021)),
    ],
)
def test_uit_and_a_year_right_after_an_amount_is_the_year_it_stems_from(
    text: str, years: tuple[int, int]
) -> None:
    """ "€ X uit 2019", no shift's "naar" and year after it, is the sum of that year, as "€ X
    in 2019" is: it took none."""
    row = extract_amounts(_doc(text, published="2021-09-21"))[0]
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Het college stelt voor € 5 mln uit 2023 mee te nemen naar 2024.", (2023, 2024)),
        ("Er wordt € 8 mln uit 2022 doorgeschoven naar de jaren 2023 en 2024.", (2022, 2024)),
        ("De toeslag van € 900 uit 2022 en 2023 keert niet terug.", (2022, 2023)),
        ("De toeslag van € 900 uit 2022 tot en met 2024 keert niet terug.", (2022, 2024)),
    ],
)
def test_uit_a_year_of_a_shift_or_a_list_keeps_its_span(text: str, years: tuple[int, int]) -> None:
    """A shift ("uit JJJJ ... naar JJJJ") or years joined ("uit JJJJ en JJJJ") after "uit" keep
    the span they read, not the first year alone."""
    row = extract_amounts(_doc(text, published="2021-09-21"))[0]
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Er rest een voordeel van € 5 mln uit 2023 en een nadeel van € 2 mln.", (2023, 2023)),
        ("De reservering van € 3 mln uit 2029 en latere jaren valt vrij.", (2029, None)),
    ],
)
def test_uit_a_year_and_en_of_no_year_is_the_sums_origin(
    text: str, years: tuple[int, int | None]
) -> None:
    """An "en" after "€ X uit JJJJ" that joins another noun or later years lists no other year
    of the sum: "uit JJJJ" is its origin, as "in JJJJ" reads; it gave no year."""
    row = extract_amounts(_doc(text, published="2021-09-21"))[0]
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


def test_uit_a_year_and_en_eerder_keeps_no_year() -> None:
    """Near form: "uit JJJJ en eerder" is a span back in time, no year of the sum's own."""
    text = "De middelen van € 4 mln uit 2019 en eerdere jaren vallen vrij."
    row = extract_amounts(_doc(text, published="2021-09-21"))[0]
    assert row["year_source"] != "stated"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("De uitkering 2026 valt\n€ 3,4 mln hoger uit dan begroot.", (2026, 2026)),
        ("Het budget 2025\nbedraagt € 12 mln.", (2025, 2025)),
        ("Hierdoor daalt de bijdrage 2027\nmet € 0,9 mln.", (2027, 2027)),
    ],
)
def test_a_noun_s_year_before_its_sum_holds_across_a_hard_line_break(
    text: str, years: tuple[int, int]
) -> None:
    """A text layer's hard line break between the noun and year, their verb and the sum
    ("de uitkering 2026 valt⏎€ X hoger uit") is white space: the noun's year is the sum's as
    on one line; it took none (or the document's)."""
    row = extract_amounts(_doc(text, published="2021-09-21"))[0]
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    "text",
    [
        "Het overschot van € 2 mln uit 2021 en het tekort van € 1 mln uit 2022 gaan naar de "
        "reserve.",
        "De bijdrage van € 2 mln uit 2021 of de lening van € 1 mln uit 2022 dekt het tekort.",
    ],
)
def test_uit_a_year_then_a_joiner_and_no_year_is_each_sum_s_own_year(text: str) -> None:
    """ "€ X uit JJJJ en ..." with no year after the joiner joins two clauses, no list of
    years: each sum stems from its own year; the first took none."""
    rows = extract_amounts(_doc(text, published="2021-09-21"))
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows] == [
        (2021, 2021, "stated"),
        (2022, 2022, "stated"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Op grond van de junicirculaire 2026 valt de uitkering\n€ 1,7 mln hoger uit.",
        "De steun 2024 valt\nonder de € 200.000 die de verordening toestaat.",
    ],
)
def test_a_line_break_does_not_make_a_governed_noun_s_year_the_sum_s(text: str) -> None:
    """Across a line break as on one line, a noun a preposition governs, or "valt" setting
    no sum out, names no year of the sum."""
    row = extract_amounts(_doc(text))[0]
    noun_year = int(re.search(r"20\d\d", text).group())
    assert (row["year_from"], row["year_source"]) != (noun_year, "stated")


@pytest.mark.parametrize(
    "text",
    [
        # a preposition governs the noun and its year: a source, a cause or a base
        "Op grond van de junicirculaire 2026 valt de uitkering € 1,7 mln hoger uit dan begroot.",
        "De integratie-uitkering volgens de meicirculaire 2023 valt € 0,6 mln lager uit.",
        "Het saldo na de decembercirculaire 2024 verslechtert daarmee met € 2,2 mln.",
        "Door de nieuwe cao 2024 verbetert dit met € 0,7 mln.",
        # "vallen" with no "uit", "mee" or "tegen" after the sum: no change at all
        "Instellingen die onder de regeling 2022 vallen krijgen € 9 mln extra.",
        "De steun 2024 valt onder de € 200.000 die de verordening toestaat.",
        "De bijdrage 2027 valt buiten de € 4 mln die voor 2028 is gereserveerd.",
    ],
)
def test_a_noun_s_year_that_is_no_subject_of_the_change_is_no_year_of_the_sum(text: str) -> None:
    """The noun-first change ("de bijdrage 2025 valt € X hoger uit", "het saldo 2024
    verslechtert met € X") reads the noun's year only where the noun is what changes: not
    where a preposition governs it ("op basis van de meicirculaire 2025 valt ...", "door de
    cao 2025 verslechtert dit met"), nor where "valt" sets no sum out ("valt onder de € X");
    each took that year."""
    row = extract_amounts(_doc(text))[0]
    noun_year = int(re.search(r"20\d\d", text).group())
    assert (row["year_from"], row["year_source"]) != (noun_year, "stated")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a year printed after the sum is still its own
        ("Door de nieuwe cao 2024 verslechtert dit met € 0,5 mln in 2027.", (2027, 2027)),
        # "van" ties the year to the subject; a plural subject; "meevallen"
        ("Het saldo van de jaarrekening 2023 valt € 1,4 mln hoger uit dan verwacht.", (2023, 2023)),
        (
            "De kosten van de jeugdzorg 2025 vallen naar verwachting € 2 mln hoger uit.",
            (2025, 2025),
        ),
        ("De bijdrage 2026 valt € 3 mln mee.", (2026, 2026)),
        # words between the sum and the comparative before "uit", "mee/tegen met" before it
        ("Het accres 2025 valt € 25 miljoen structureel hoger uit.", (2025, 2025)),
        ("De algemene uitkering 2026 valt € 12 mln per saldo lager uit.", (2026, 2026)),
        ("Het accres 2025 valt mee met € 30 mln.", (2025, 2025)),
        ("Het accres 2023 viel tegen met € 18 mln.", (2023, 2023)),
        # "op" or "in" the books of a year after the subject: the subject's year
        ("Het resultaat op de jaarrekening 2024 verbetert met € 2 mln.", (2024, 2024)),
        ("Het tekort in de begroting 2026 neemt toe met € 3 mln.", (2026, 2026)),
    ],
)
def test_the_subject_s_year_of_a_change_stays_the_sum_s(text: str, years: tuple[int, int]) -> None:
    """Near the forms above: the noun "van" ties to the subject, a plural subject of
    "vallen ... uit", "valt ... mee" and a year printed after the sum keep their years."""
    row = extract_amounts(_doc(text, published="2021-09-21"))[0]
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    "text",
    [
        # a name in capitals, a price level, no noun's year at all: the comparison's is none
        "De Voorjaarsnota 2025 valt € 5 mln hoger uit.",
        "Het prijspeil 2024 valt € 3 mln hoger uit.",
        "Het accres valt € 96 mln hoger uit dan in de meicirculaire 2024 werd geraamd.",
    ],
)
def test_uitvallen_after_a_name_a_price_level_or_no_noun_year_takes_no_year(text: str) -> None:
    """The noun-first "valt" reads only a noun in lower case and its year: a document's name,
    a price level and a year no noun heads give the sum none."""
    row = extract_amounts(_doc(text))[0]
    assert row["year_source"] != "stated"


@pytest.mark.parametrize("gap", [" " * 200, " " * 120 + "\n" + " " * 80, "\xa0" * 200])
def test_a_layout_s_long_white_space_between_noun_verb_and_met_reads_in_one_pass(gap: str) -> None:
    """A text layer's layout (pdftotext -layout) pads columns with runs of hundreds of spaces:
    the white space between the noun and its year, the verb and "met" is read one way only,
    so a run that ends on no sum is given up at once, not after trying each split of the run
    between the gap's spaces, its line break and the spaces after it (minutes on a page);
    the same words ending on a sum still read the noun's year."""
    missed = ("daalt de bijdrage 2027" + gap + "met" + gap + "x ") * 20
    assert amounts_years._VERB_NOUN_YEAR.search(missed) is None
    falls = ("De bijdrage 2027" + gap + "daalt" + gap + "met" + gap + "x ") * 20
    assert amounts_years._NOUN_YEAR.search(falls) is None
    found = amounts_years._VERB_NOUN_YEAR.search(missed + "daalt de bijdrage 2028" + gap + "met ")
    assert found is not None and found.group("a") == "2028"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Het begrotingssaldo 2026 verbetert hierdoor naar € 2,3 miljoen positief.", (2026, 2026)),
        ("Het tekort 2026 loopt op naar € 14 mln.", (2026, 2026)),
        ("De bijdrage 2025 stijgt naar € 12 mln.", (2025, 2025)),
        ("Hierdoor daalt het tekort 2027 naar € 0,8 mln.", (2027, 2027)),
    ],
)
def test_a_noun_s_year_before_a_change_to_a_level_is_the_level_s_year(
    text: str, years: tuple[int, int]
) -> None:
    """A noun and its year, a verb of change and "naar" the level it reaches ("het saldo JJJJ
    verbetert naar € X", "het tekort JJJJ loopt op naar € X", verb first or noun first): the
    level is the noun's in its year, as the change after "met" is. Each took no year."""
    row = extract_amounts(_doc(text, published="2021-09-21"))[0]
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Het budget 2025 stijgt naar € 30 mln in 2028.", (2028, 2028)),
        ("Het tekort 2025 loopt op naar € 14 mln in 2029.", (2029, 2029)),
        ("Het subsidieplafond 2025 stijgt naar € 12 mln vanaf 2027.", (2027, None)),
        ("Hierdoor daalt het tekort 2026 naar € 0,8 mln in 2028.", (2028, 2028)),
        ("Het tekort 2025 loopt op naar € 14 mln in 2027 en € 18 mln in 2028.", (2027, 2027)),
    ],
)
def test_a_year_right_after_a_level_reached_is_the_level_s_year(
    text: str, years: tuple[int, int | None]
) -> None:
    """Near the form above: a year printed right after the level "naar" reaches ("stijgt
    naar € X in JJJJ", "vanaf JJJJ") says when it is reached; the noun's year before the verb
    is where the change starts. The noun's year overrode it."""
    row = extract_amounts(_doc(text, published="2021-09-21"))[0]
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    "text",
    [
        # a preposition governs the noun: the cause, not what changes
        "Door de cao 2024 daalt dit naar € 3 mln.",
        # a name with a capital, a price level, a verb of no change
        "De Voorjaarsnota 2025 stijgt naar € 5 mln.",
        "Het prijspeil 2024 stijgt naar € 3 mln.",
        "De overdracht 2025 gaat naar € 3 mln.",
    ],
)
def test_naar_after_no_subject_s_year_takes_no_year(text: str) -> None:
    """Near the form above: "naar" reads the noun's year only where the noun is what changes
    and a verb of change stands between."""
    row = extract_amounts(_doc(text))[0]
    assert row["year_source"] != "stated"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Dat komt bovenop de € 1,4 miljard die bij de Voorjaarsnota 2025 (Kamerstuk 36 725, "
            "nr. 1) al voor 2026 was gereserveerd.",
            (2026, 2026),
        ),
        (
            "Het restant van € 30 mln dat in de Najaarsnota 2024 (Kamerstukken II 2024/25, "
            "36 650, nr. 1) voor 2025 is gereserveerd, blijft staan.",
            (2025, 2025),
        ),
    ],
)
def test_a_cited_document_in_the_amount_s_clause_ends_no_clause(
    text: str, years: tuple[int, int]
) -> None:
    """A bracket citing a document ("(Kamerstuk N, nr. N)") after a word of the clause after
    an amount is an aside of that word: the clause goes on past it to its year. The bracket
    ended the clause, and the amount took no year."""
    row = extract_amounts(_doc(text))[0]
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    "text",
    [
        # the document's name's year is no year of the amount, cited or not
        "Dat komt bovenop de € 1,4 miljard die bij de Voorjaarsnota 2025 (Kamerstuk 36 725, "
        "nr. 1) was gereserveerd.",
        # the citation's own years are the document's
        "Het kabinet reserveert € 5 mln (Kamerstukken II 2023-2024, 36 410, nr. 5).",
    ],
)
def test_a_cited_document_gives_the_amount_no_year(text: str) -> None:
    """Near the form above: neither the cited document's name nor the citation's own numbers
    and years give the amount a year."""
    row = extract_amounts(_doc(text))[0]
    assert row["year_source"] != "stated"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Het kabinet trekt € 45 mln uit, te verdelen over 2025 en 2026.", (2025, 2026)),
        ("Er is € 1,8 miljard gereserveerd, te besteden in 2027–2030.", (2027, 2030)),
        ("De provincie stelt 12 miljoen euro beschikbaar, uit te geven in 2026.", (2026, 2026)),
        # any clause of "te" and an infinitive: what is still to be done with the amount
        (
            "Voor de lastenverlichting is € 3 mld gereserveerd, in te voeren in twee stappen "
            "tot en met 2027.",
            (None, 2027),
        ),
        ("Het fonds kreeg € 20 miljard, te betalen in de jaren 2025-2031.", (2025, 2031)),
        # an adverb of how often or how exclusively timing it
        ("Het Rijk stelt 80 miljoen euro extra beschikbaar, alleen in 2027.", (2027, 2027)),
        ("De provincie draagt € 2 mln bij, eenmalig in 2025.", (2025, 2025)),
        # across a page's foot between the figure and its scale word
        (
            "Voor de regeling wordt € 8,6\n\nTweede Kamer, vergaderjaar 2023–2024, 36 410 XV, "
            "nr. 12 3\n\nmiljoen toegevoegd, te verdelen over 2025 en 2026.",
            (2025, 2026),
        ),
    ],
)
def test_the_years_an_amount_is_still_to_be_spread_or_spent_over_are_its_own(
    text: str, years: tuple[int | None, int]
) -> None:
    """Years an amount is still to be spread or spent over, after a comma ("€ X toegevoegd, te
    verdelen over 2020 en 2021", "€ X gereserveerd, te besteden in 2022–2025"), are its own; it
    took the document's year: a comma before what is still to be spread or spent over years ends
    no clause, as one before "verspreid over" does not."""
    (row,) = extract_amounts(_doc(text, published="2024-09-17"))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    "text",
    [
        "In het schooljaar 2024/2025 is voor de regeling € 12 mln beschikbaar.",
        "Scholen ontvangen in 2023/24 € 35 mln extra voor de bijscholing.",
        "Voor het schooljaar 2025/26 is € 8 mln gereserveerd.",
    ],
)
def test_a_year_over_two_calendar_years_is_no_amount_s_year(text: str) -> None:
    """A year and the next after a slash ("schooljaar 2024/25", "2018/2019") is a school,
    academic or parliamentary year over two calendar years: its first year was taken as the
    amount's, stated."""
    (row,) = extract_amounts(_doc(text, published="2022-09-20"))
    assert row["year_source"] != "stated" and row["year_from"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Met het onderwijsakkoord van maart 2022 is voor de scholen € 180 mln beschikbaar.",
        "Bij Koninklijk Besluit van 14 februari 2022 is € 2,5 mln toegekend aan de stichting.",
        "In mijn brief van 3 Oktober 2022 heb ik € 40 mln voor de regeling toegezegd.",
    ],
)
def test_a_date_naming_a_thing_made_is_no_year_of_the_money(text: str) -> None:
    """A date after "van" and a noun ("het werkdrukakkoord van februari 2018", "Koninklijk
    Besluit van 28 januari 2013") says when the agreement, decision or letter was made: its year
    was taken as the amount's, stated."""
    (row,) = extract_amounts(_doc(text, published="2024-09-17"))
    assert row["year_source"] != "stated" and row["year_from"] is None


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Op 30 juni 2021 bedroeg de openstaande vordering nog € 4,6 miljard.", 2021),
        ("Op 31 december 2024 stond er € 12 mln op de bestemmingsreserve.", 2024),
    ],
)
def test_a_date_after_op_before_a_verb_of_a_level_dates_the_stock(text: str, year: int) -> None:
    """ "Op 30 juni 2021 bedroeg de vordering € X" gave no year: the date opening the clause
    before a finite verb of a level dates the stock, as "per 1 januari" and a date does."""
    (row,) = extract_amounts(_doc(text, published="2024-09-17"))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (year, year, "stated")


@pytest.mark.parametrize(
    "text",
    [
        "Op 2 juli 2019 heeft de raad een krediet van € 3,1 mln beschikbaar gesteld.",
        "Het college heeft op 14 maart 2023 besloten de regeling met € 400.000 te verruimen.",
    ],
)
def test_a_date_after_op_before_another_verb_dates_an_event_not_the_money(text: str) -> None:
    """Near form: "op" and a date before any other verb dates a decision or an event, no
    year of the money (as before)."""
    (row,) = extract_amounts(_doc(text, published="2024-09-17"))
    assert row["year_source"] != "stated"


@pytest.mark.parametrize(
    "text",
    [
        "Op 1 januari 2024 ligt er een voorstel om € 5 mln te besteden aan de wegen.",
        "Op 12 mei 2023 stond de wethouder stil bij de subsidie van € 250.000.",
    ],
)
def test_staan_or_liggen_after_a_date_naming_no_money_dates_no_sum(text: str) -> None:
    """ "ligt er een voorstel" and "stond de wethouder" are verbs of being: the date is the
    proposal's or the event's, no year of the sum after them. It was stated."""
    (row,) = extract_amounts(_doc(text, published="2024-09-17"))
    assert row["year_source"] != "stated"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Op 31 december 2024 stond nog € 4,3 mln open aan voorschotten.", 2024),
        ("Op 30 juni 2023 lag het saldo van de reserve op € 2,1 mln.", 2023),
        ("De bijdrage is € 95 per inwoner die op 1 januari 2022 stond ingeschreven.", 2022),
    ],
)
def test_staan_or_liggen_before_a_sum_or_a_money_noun_dates_the_stock(text: str, year: int) -> None:
    """Near form: "staan" or "liggen" with a sum right after it, a noun of money as its
    subject or a participle of a state after it names a level or a count's date: the date
    is the sum's (as before)."""
    (row,) = extract_amounts(_doc(text, published="2024-09-17"))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (year, year, "stated")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("De uitgaven van december 2023 bedroegen € 12 miljoen.", 2023),
        ("De huurtoeslag van januari 2025 bedraagt € 300 per maand.", 2025),
    ],
)
def test_a_month_after_money_paid_over_it_names_the_money_s_year(text: str, year: int) -> None:
    """A month after "van" and a noun of money paid over it ("de uitgaven van december
    2023") is the money's time, no date a thing was made: its year is the amount's."""
    (row,) = extract_amounts(_doc(text, published="2026-09-17"))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (year, year, "stated")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Het fonds sloot 2023 af met een overschot van € 4,2 mln.", 2023),
        ("De gemeente sluit 2024 af met een tekort van 1,3 miljoen euro.", 2024),
        ("De waterschappen sloten 2022 af met een positief resultaat van € 61 mln.", 2022),
    ],
)
def test_a_year_closed_with_a_result_is_the_result_s_year(text: str, year: int) -> None:
    """A verb of closing a year before a result ("... sluit 2022 af met een negatief resultaat
    van € X", "sloot") names that year, the result's: it took the document's year."""
    (row,) = extract_amounts(_doc(text, published="2025-05-20"))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (year, year, "stated")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("De bestemmingsreserve bedroeg eind 2019 € 12,4 miljoen.", 2019),
        ("Van het krediet is ultimo 2023 EUR 8,1 miljoen besteed.", 2023),
        ("De gemeente verwacht medio 2025 een tekort van 2,5 miljoen euro.", 2025),
    ],
)
def test_a_point_of_a_year_before_an_amount_names_its_year(text: str, year: int) -> None:
    """A point of a year before an amount ("bedroeg eind 2010 EUR X"; "ultimo", "medio",
    "begin") names that year: it took the document's year."""
    (row,) = extract_amounts(_doc(text, published="2026-05-20"))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (year, year, "stated")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Voor de periode van 1 september 2023 tot en met 31 augustus 2024 is een bedrag"
            " van € 12.500.000 beschikbaar.",
            (2023, 2024),
        ),
        ("Van 1 januari 2025 tot 1 juli 2026 is € 4 miljoen gereserveerd.", (2025, 2026)),
    ],
)
def test_a_period_between_two_dates_spans_both_years(text: str, years: tuple[int, int]) -> None:
    """A period between two full dates ("voor de periode van 1 juli 2021 tot en met 31 juli 2022
    een bedrag van € X") spans both years: it took the second alone, a day before the closing
    date's month hiding the span."""
    (row,) = extract_amounts(_doc(text, published="2026-05-20"))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Voor de periode van 1 april tot en met 30 november 2022 is ten hoogste € 600 miljoen"
            " beschikbaar.",
            2022,
        ),
        ("De gemeenten ontvangen van 15 januari tot 1 juli 2023 in totaal € 80 miljoen.", 2023),
        ("Vanaf 1 mei t/m 31 oktober 2021 is circa € 2,3 miljard uitgekeerd.", 2021),
    ],
)
def test_a_period_opening_on_a_day_without_its_year_lies_in_the_closing_year(
    text: str, year: int
) -> None:
    """A period whose opening date prints a day and a month but no year ("van 15 maart tot en
    met 31 december 2020") lies within the closing date's year, as "vanaf maart tot en met mei
    2020" does; the day before the opening month left the closing year an end alone."""
    (row,) = extract_amounts(_doc(text, published="2026-05-20"))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (year, year, "stated")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Tot en met 31 december 2022 is ten hoogste € 600 miljoen beschikbaar.", (None, 2022)),
        (
            "Van 1 april 2022 tot en met 30 november 2023 is € 600 miljoen beschikbaar.",
            (2022, 2023),
        ),
    ],
)
def test_a_closing_date_alone_or_after_a_dated_opening_keeps_its_own_span(
    text: str, years: tuple[int | None, int]
) -> None:
    """Only an opening day and month without a year take the closing date's year: a closing
    date alone stays an end, and an opening date printing its year opens the period there."""
    (row,) = extract_amounts(_doc(text, published="2026-05-20"))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    "text",
    [
        "Daarnaast leidt de uitspraak van de Hoge Raad van 6 juni 2024 tot een derving van circa"
        " € 1,1 miljard per jaar.",
        "De beschikking van 12 maart 2023 tot terugvordering van € 2,4 miljoen is verstuurd.",
    ],
)
def test_a_date_before_tot_and_words_names_no_year_of_the_money(text: str) -> None:
    """ "de uitspraak van 6 juni 2024 tot een derving van € X" took 2024: "tot" after a date
    was read as the end of a period that opens at it, whatever followed. A period's end is a
    day, a month or a year; "tot" and other words lead elsewhere, and the date names when the
    thing was made."""
    (row,) = extract_amounts(_doc(text, published="2026-05-20"))
    assert row["year_source"] != "stated"


@pytest.mark.parametrize(
    "text",
    [
        "Voor de periode van 1 maart 2020 tot en met juni 2021 is € 4 miljoen betaald.",
        "De uitkering van 1 maart 2020 – 1 juni 2021 bedroeg € 4 miljoen.",
    ],
)
def test_a_date_before_the_end_of_its_period_still_opens_the_period(text: str) -> None:
    """A month or a day after "tot en met" or a dash ends the period the first date opens."""
    (row,) = extract_amounts(_doc(text, published="2026-05-20"))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (2020, 2021, "stated")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a verb of lasting before "van": "tot" and an event still ends what lasts
        (
            "De regeling geldt van 1 januari 2024 tot de inwerkingtreding van de wet en kost € 6"
            " miljoen.",
            (2024, 2024),
        ),
        ("Het project liep van maart 2022 tot de oplevering en kostte € 3 miljoen.", (2022, 2022)),
        # a point of the year after "tot" ends the span in that year
        (
            "De regeling geldt van 1 januari 2024 tot eind 2025 en heeft een budget van € 8"
            " miljoen.",
            (2024, 2025),
        ),
        ("Van 2024 tot eind 2026 is jaarlijks € 5 mln beschikbaar.", (2024, 2026)),
        # near forms: a decision's date before "tot" and words is when it was made
        (
            "Het besluit van 12 mei 2023 tot vaststelling van de plafonds stelt € 900.000"
            " beschikbaar.",
            (None, None),
        ),
        ("In 2023 en begin 2024 is € 8 miljoen uitgegeven.", (2024, 2024)),
    ],
)
def test_a_period_what_lasts_runs_over_ends_at_an_event_or_a_point_of_a_year(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """ "De regeling geldt van 1 januari 2024 tot de inwerkingtreding van de wet" lost its year:
    after a verb of lasting ("geldt", "liep", "duurt") "tot" and an event end the period the
    date opens, as a day would; and "van 1 januari 2024 tot eind 2025" read 2024 alone, the
    point of the year after "tot" hiding the span's end."""
    (row,) = extract_amounts(_doc(text, published="2026-05-20"))
    assert (row["year_from"], row["year_to"]) == years


@pytest.mark.parametrize(
    "text",
    [
        "De lasten voor jeugdzorg stijgen ten opzichte van de begroting 2024 met € 312.000.",
        "De uitgaven dalen vergeleken met de begroting 2023 met 2,1 miljoen euro.",
        # the base's year alone, its "van" opening the year's expression
        "De lasten voor jeugdzorg stijgen ten opzichte van 2024 met € 312.000.",
        "Het budget daalt ten opzichte van\n2023 met € 1,5 miljoen.",
    ],
)
def test_the_year_of_a_change_s_base_is_not_the_change_s(text: str) -> None:
    """The year of the base a change is measured against ("stijgen ten opzichte van de begroting
    2023 met k€ X") is not the change's: it was taken as stated."""
    (row,) = extract_amounts(_doc(text, published="2026-05-20"))
    assert row["year_source"] != "stated"


@pytest.mark.parametrize(
    "text",
    [
        "Het tekort komt in 2024 uit op € 4,2 mld, tegen € 5,1 mld een jaar eerder.",
        "De opbrengst was in 2022 € 80 mln en € 95 mln het jaar daarvoor.",
        # "daarna" right after the amount, a word of how often or of the years between or not
        "De korting levert € 30 mln op in 2025 en € 60 mln per jaar daarna.",
        "De regeling kost € 12 mln in 2024 en € 20 mln in de jaren daarna.",
    ],
)
def test_an_amount_of_a_time_counted_from_another_shares_no_year(text: str) -> None:
    """An amount of a time counted from another's ("in 1998 uit op X, tegen Y een jaar eerder")
    shares no year: the second was given 1998 as stated, but "een jaar eerder" times it itself,
    a year the sentence does not print."""
    rows = extract_amounts(_doc(text, published="2026-05-20"))
    assert rows[0]["year_source"] == "stated"
    assert rows[1]["year_source"] != "stated"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Het grootste deel, circa € 3,2 miljoen, is in 2024 aan scholen uitgekeerd.", 2024),
        ("Het tekort, 1,5 miljoen euro, wordt in 2026 uit de reserve gedekt.", 2026),
    ],
)
def test_an_amount_set_between_commas_before_its_verb_takes_the_clause_s_year(
    text: str, year: int
) -> None:
    """An amount set between commas before its verb ("Een deel daarvan, ongeveer € X, is in 2022
    niet ... geteld") took the document's year: the comma closing the apposition, the finite
    verb after it, does not end the amount's clause."""
    (row,) = extract_amounts(_doc(text, published="2027-05-20"))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (year, year, "stated")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Het eerste deel, € 20 miljoen, komt in 2026 beschikbaar; de rest later.", 2026),
        ("Het grootste deel daarvan, 26,7 mld euro, valt in 2025; de rest in 2026.", 2025),
        ("De tweede tranche, circa € 4 miljoen, gaat in 2027 naar de regio's.", 2027),
    ],
)
def test_an_apposed_amount_before_a_verb_of_coming_or_falling_takes_the_clause_s_year(
    text: str, year: int
) -> None:
    """The verb after an amount set between commas as its subject's apposition may be any
    finite verb of the clause, not only "is" or "wordt": "komt", "valt", "gaat", "blijft"
    ("Het eerste deel, € 20 miljoen, komt in 2026 beschikbaar"). After those the comma was
    taken for the clause's end and the year left out."""
    row = extract_amounts(_doc(text, published="2025-05-20"))[0]
    assert (row["year_from"], row["year_to"], row["year_source"]) == (year, year, "stated")


@pytest.mark.parametrize(
    "text",
    [
        "Het budget bedraagt € 5 miljoen, was in 2020 nog € 3 miljoen.",
        "De bijdrage bedraagt structureel € 12 miljoen, wordt vanaf 2027 geïndexeerd.",
    ],
)
def test_an_amount_its_clause_opened_takes_no_year_of_the_clause_after_its_comma(
    text: str,
) -> None:
    """An amount no comma opens as an apposition ends its clause at the comma after it, a
    finite verb after that or not: the next clause's year ("was in 2020 nog € 3 miljoen",
    "wordt vanaf 2027 geïndexeerd") is not its own."""
    rows = extract_amounts(_doc(text, published="2026-05-20"))
    assert rows[0]["year_source"] != "stated"


def test_the_bound_of_an_open_span_is_no_point_of_a_year() -> None:
    """ "tot eind 2024": the end of a span whose start is not printed, read as before."""
    (row,) = extract_amounts(_doc("Het fonds heeft tot eind 2024 nog 3 miljoen euro nodig."))
    assert row["year_source"] != "stated"


@pytest.mark.parametrize(
    "text",
    [
        "Het budget is in prijspeil 2023 van € 400 mln verhoogd naar € 450 mln.",
        "De reeks in prijzen 2024 bedraagt € 1,2 mld.",
        "Het plafond in loonpeil 2022 van € 80 mln blijft gelijk.",
    ],
)
def test_the_year_of_a_price_level_before_a_sum_is_not_the_sum_s_year(text: str) -> None:
    """A sum said in the prices of a year ("in prijspeil 2023 van € 400 mln", "in prijzen
    2024 bedraagt") is counted in that year's prices: the year is no label of the sum, as
    "het verplichtingenbudget 2024 van" is."""
    row = extract_amounts(_doc(text, published="2025-09-16"))[0]
    printed = int(re.search(r"20\d\d", text).group())
    assert (row["year_from"], row["year_source"]) != (printed, "stated")


def test_a_text_line_above_a_page_number_alone_keeps_its_figure_for_the_next_pages_scale() -> None:
    """A page's last line of text may end in a figure whose scale word opens the next page,
    the page's number alone between them ("... stijgt in 2025 tot 412" / "3" / form feed /
    "miljoen euro."). That line is no running foot: no line above it ends in a figure the
    scale word might await instead (as the text's "uit op 300" above a Kamerstuk's foot
    does). It was taken for the page's footer and the amount lost."""
    text = (
        "Jeugdzorg\n\nDe bijdrage van het Rijk aan de gemeenten voor de jeugdzorg stijgt in "
        "2025 tot 412\n3\n\fmiljoen euro. Dat is meer dan vorig jaar.\n"
    )
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["amount_eur"], r["line"]) for r in rows] == [("412", 412_000_000, 3)]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "4 Resultaat\n\nDe jaarrekening 2022 sluit met een nadelig saldo van € 1,7 miljoen,\n"
            "tegen een begroot tekort van € 0,4 miljoen.",
            [(2022, 2022), (2022, 2022)],
        ),
        (
            "In het financieel jaarverslag 2019 verantwoordt het fonds uitgaven van\n"
            "€ 48,2 miljoen. Het budget was € 50 miljoen.",
            [(2019, 2019), (None, None)],
        ),
        # a document named with a capital is none of this rule's
        ("De Voorjaarsnota 2021 schuift € 3 miljoen naar later.", [(None, None)]),
        # the budget of a year, one or several, words between it and the verb or none
        (
            "De definitieve budgetten 2024 van de drie regio's bedragen respectievelijk\n"
            "€ 12,5 mln (Noord) en € 8,1 mln (Zuid).",
            [(2024, 2024), (2024, 2024)],
        ),
        ("In het budget 2023 is € 4,6 miljoen gereserveerd voor onderhoud.", [(2023, 2023)]),
        # a budget of several years named by its first is none
        ("Het meerjarenbudget 2024 bevat jaarlijks € 5 mln voor beheer.", [(None, None)]),
        # a text layer's line break after the article or the preposition
        (
            "4 Resultaat\n\nDe\njaarrekening 2008 sluit met een voordelig saldo van € 3,84"
            " miljoen.",
            [(2008, 2008)],
        ),
        ("Toelichting\n\nIn het\nbudget 2023 is € 4,6 miljoen gereserveerd.", [(2023, 2023)]),
        ("Toelichting\n\nDe\nVoorjaarsnota 2021 schuift € 3 miljoen naar later.", [(None, None)]),
        # an amendment of a year's budget, not one named with a capital
        (
            "De\ntweede begrotingswijziging 2025 sluit met een nadelig saldo van € 1.245.000.",
            [(2025, 2025)],
        ),
        ("De Begrotingswijziging 2025 sluit met een nadelig saldo van € 1,2 mln.", [(None, None)]),
    ],
)
def test_a_budget_document_s_year_opening_the_sentence_is_its_sums_year(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """A budget document's year opening the sentence as its topic ("De jaarrekening 2008 sluit
    met een saldo van € X", "In de financiële verantwoording 2005 troffen wij fouten aan van EUR
    X") gave no year: the accounts of a year, the sentence's topic, report that year's sums
    (past a heading the sentence reader joined to the sentence); the next sentence's sums are
    not dated by it. So does a budget of a year ("De voorlopige budgetten 2020 van de steden
    bedragen ...", "In het budget 2020 is € X opgenomen"), which gave none."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a noun and its year after the document's, nearer the sum: what the sum is of
        ("De begrotingswijziging 2025 verhoogt de bijdrage 2026 met € 45.000.", [(2026, 2026)]),
        ("De begrotingswijziging 2025 brengt de bijdrage 2026 op € 45.000.", [(2026, 2026)]),
        ("De jaarrekening 2024 verlaagt de bijdrage 2025 met € 45.000.", [(2025, 2025)]),
        # a later clause opening on a document of its own
        (
            "In het\nbudget 2023 is € 2 miljoen opgenomen, maar in de begrotingswijziging 2025 is"
            " € 3 miljoen extra beschikbaar gesteld.",
            [(2023, 2023), (2025, 2025)],
        ),
        # near forms: a base a preposition governs, a clause of no document of its own
        (
            "De begrotingswijziging 2025 verhoogt ten opzichte van de raming 2024 het budget met"
            " € 45.000.",
            [(2025, 2025)],
        ),
        (
            "In het budget 2023 is € 2 miljoen opgenomen, maar daarvan is € 1 miljoen besteed.",
            [(2023, 2023), (2023, 2023)],
        ),
        ("Het college verhoogt het budget 2026 met € 2 mln.", [(2026, 2026)]),
    ],
)
def test_a_document_s_year_reaches_no_later_noun_s_or_clause_s_own_year(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """ "De begrotingswijziging 2025 verhoogt de bijdrage 2026 met € X" took the document's
    2025: a noun and its year nearer the sum, no preposition governing them, name what the
    sum is of ("verhoogt" and "verlaagt" before them as "stijgt" is); and a clause opening
    on a document of its own ("..., maar in de begrotingswijziging 2025 is € Y") dates its
    sums by it, not by the sentence's first document."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Gemeentelijke lasten 2024: eigenaar betaalt gemiddeld 41 euro meer\n\n"
            "Huishoudens betalen meer dan vorig jaar.",
            [(2024, 2024)],
        ),
        ("Miljoenennota 2023: kabinet trekt 5 miljard uit voor koopkracht", [(2023, 2023)]),
        ("Meerjarenraming 2024-2027: tekort loopt op tot € 4 mld", [(2024, 2027)]),
        # a colon without a year before it, or after more than a topic: none
        ("Koopkracht: kabinet trekt 5 miljard uit", [(None, None)]),
    ],
)
def test_a_topic_s_year_before_a_colon_heads_the_clause_after_it(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """A headline "Topic YEAR: clause" ("Waterschapsbelastingen 2020: huishouden betaalt
    gemiddeld 14 euro meer") gave the clause's amount no year: the year heads the clause as a
    label's year heads the amount right after its colon."""
    rows = extract_amounts(_doc(text, published="2023-09-19"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "Ook de Raad van State moet het volgend jaar met twee ton minder doen.",
            [("twee ton", 200_000, "EUR")],
        ),
        (
            "Het museum kan het met een halve ton extra stellen.",
            [("een halve ton", 50_000, "EUR")],
        ),
        # a noun of matter after the tons: weighed
        ("De kwekerij moet het met een ton minder kunstmest doen.", []),
    ],
)
def test_tons_made_do_with_are_money(text: str, quotes: list[tuple[str, int, str]]) -> None:
    """ "Het Koninklijk Huis moet het met een ton minder doen" was refused (euros or tonnes?):
    "het doen met" a number of tons, a word of more or less between or none, is a budget
    made do with; nothing weighed is so, and a noun after the tons names the matter."""
    rows = extract_amounts(_doc(text, published="2023-09-19"))
    assert [(r["quote"], r["amount_eur"], r["currency"]) for r in rows] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "Voor de haalbaarheidsstudie is vorig jaar al twee ton beschikbaar gesteld.",
            [("twee ton", 200_000, "EUR")],
        ),
        (
            "De provincie heeft anderhalve ton ter beschikking gesteld voor het onderzoek.",
            [("anderhalve ton", 150_000, "EUR")],
        ),
        # what merely is available may be weighed
        ("Bij de gemeentewerf is nog twee ton strooizout beschikbaar.", []),
    ],
)
def test_tons_made_available_are_money(text: str, quotes: list[tuple[str, int, str]]) -> None:
    """Tons made available ("is al twee ton beschikbaar gesteld") were refused (euros or
    tonnes?): a sum is made available ("beschikbaar gesteld", "ter beschikking gesteld") as it
    is granted or reserved, and nothing weighed is budgeted so."""
    rows = extract_amounts(_doc(text, published="2023-09-19"))
    assert [(r["quote"], r["amount_eur"], r["currency"]) for r in rows] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "Op het onderhoud van de parken wordt komend jaar anderhalve ton bezuinigd.",
            [("anderhalve ton", 150_000, "EUR")],
        ),
        (
            "Het waterschap heeft vorig jaar twee ton bezuinigd op inhuur.",
            [("twee ton", 200_000, "EUR")],
        ),
        # a noun right after the tons names the matter
        ("Op de wegen is dit jaar twee ton strooizout bezuinigd.", []),
    ],
)
def test_tons_cut_from_a_budget_are_money(text: str, quotes: list[tuple[str, int, str]]) -> None:
    """Tons cut ("wordt drie ton bezuinigd") were refused (euros or tonnes?): a budget is cut
    ("bezuinigd") as a sum is saved ("bespaard"), and nothing weighed is so; a noun right after
    the tons still names matter."""
    rows = extract_amounts(_doc(text, published="2023-09-19"))
    assert [(r["quote"], r["amount_eur"], r["currency"]) for r in rows] == quotes


def test_an_amount_dated_before_the_euro_in_a_text_printing_guilders_is_in_guilders() -> None:
    """A text of the euro's first years printing euros with guilders beside them ("€ X (ƒ Y)")
    stored an amount dated 1999 and printing no currency as euros, the document's currency by
    count: an amount printing no currency whose own years end before 2002 is in the money of
    that time, guilders, in a text that prints guilders. A later or open span, and a text
    printing no guilders, keep the document's currency."""
    text = (
        "Voorgesteld wordt een krediet van € 5.000.000 (ƒ 11.018.550) te verlenen.\n"
        "Voor het vooronderzoek is in 1998 al drie ton beschikbaar gesteld. In 2000 is\n"
        "daarnaast 1,2 miljoen uitgegeven aan grondaankopen. In 2003 volgt 2,5 miljoen\n"
        "voor de aanleg; vanaf 2001 komt er jaarlijks 0,4 miljoen bij."
    )
    rows = extract_amounts(_doc(text, published="2001-09-11"))
    got = [(r["quote"], r["currency"], r["year_to"]) for r in rows]
    assert got == [
        ("€ 5.000.000", "EUR", None),
        ("ƒ 11.018.550", "NLG", None),
        ("drie ton", "NLG", 1998),
        ("1,2 miljoen", "NLG", 2000),
        ("2,5 miljoen", "EUR", 2003),
        ("0,4 miljoen", "EUR", None),
    ]
    (euros,) = extract_amounts(_doc("In 2000 is 1,2 miljoen uitgegeven aan grond."))
    assert euros["currency"] == "EUR"


def test_a_later_text_quoting_guilders_counts_its_past_in_euros() -> None:
    """An amount dated before 2002 is in guilders (432dfe4) only in a text of that time: a
    text published years later that quotes one old guilder amount with its sign counts its
    own past in euros, a series over the euro's start in one currency."""
    text = (
        "Destijds kostte de aanleg van het museum ƒ 10 miljoen. In 1999 bedroegen de\n"
        "uitgaven 120 miljoen, in 2014 180 miljoen. De begroting kent een post van € 5 miljoen."
    )
    later = extract_amounts(_doc(text, published="2015-09-15"))
    assert [(r["quote"], r["currency"]) for r in later] == [
        ("ƒ 10 miljoen", "NLG"),
        ("120 miljoen", "EUR"),
        ("180 miljoen", "EUR"),
        ("€ 5 miljoen", "EUR"),
    ]
    then = extract_amounts(_doc(text, published="2001-09-15"))
    assert [r["currency"] for r in then][:2] == ["NLG", "NLG"]


@pytest.mark.parametrize(
    ("text", "published", "currency"),
    [
        # two Caribbean guilders in the text: the bracketed code says which
        (
            "Aruba krijgt 60 miljoen florin (AWG). Curaçao ontvangt een lening van 95,2 "
            "miljoen gulden (ANG) en Sint Maarten 30 miljoen ANG.",
            "2021-03-01",
            "ANG",
        ),
        # in the guilder's own time the code still says which
        ("Curaçao ontvangt een lening van 95,2 miljoen gulden (ANG).", "1999-06-01", "ANG"),
        ("Het fonds betaalde 12 miljoen gulden (NLG) terug.", "2021-03-01", "NLG"),
    ],
)
def test_a_guilder_s_code_in_brackets_after_it_says_which_guilder(
    text: str, published: str, currency: str
) -> None:
    """ "138,9 miljoen gulden (ANG)" beside florins (AWG) was refused as a guilder of unknown
    kind, and would have been the Dutch one before the euro: the ISO code in brackets right
    after the currency word names it."""
    rows = extract_amounts(_doc(text, published=published))
    guilders = [r["currency"] for r in rows if "gulden" in r["quote"]]
    assert guilders == [currency]


@pytest.mark.parametrize(
    ("text", "currencies"),
    [
        # the land the amount's clause names
        (
            "Aruba leende Afl. 250 miljoen van Nederland, Curaçao kreeg NAf 80 miljoen en Sint "
            "Maarten ruim 45 miljoen gulden.",
            [("Afl. 250 miljoen", "AWG"), ("NAf 80 miljoen", "ANG"), ("45 miljoen gulden", "ANG")],
        ),
        (
            "Curaçao ontvangt NAf 60 miljoen en Aruba 30 miljoen gulden, zo meldt de "
            "Rijksministerraad. De lening aan Aruba is Afl. 30 miljoen.",
            [("NAf 60 miljoen", "ANG"), ("30 miljoen gulden", "AWG"), ("Afl. 30 miljoen", "AWG")],
        ),
        # the land named last before it, in the paragraph before: "het land"
        (
            "Curaçao krijgt van Nederland NAf 90 miljoen aan liquiditeitssteun.\n\n"
            "Eerder kreeg het land al Fl. 400 miljoen. Aruba ontving Afl. 200 miljoen.",
            [
                ("NAf 90 miljoen", "ANG"),
                ("400 miljoen", "ANG"),  # the mark before it is no part of the quote
                ("Afl. 200 miljoen", "AWG"),
            ],
        ),
    ],
)
def test_a_guilder_in_a_text_printing_two_caribbean_guilders_is_its_land_s(
    text: str, currencies: list[tuple[str, str]]
) -> None:
    """ "Sint Maarten ruim 45 miljoen gulden" beside Antillean guilders (NAf) and Aruban
    florins (Afl.) was refused as a guilder of unknown kind: the land named last before it
    counts in one of the guilders the text prints, and that one it is."""
    rows = extract_amounts(_doc(text, published="2020-11-24"))
    assert [(r["quote"], r["currency"]) for r in rows] == currencies


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        # the land compared with named last: the sentence speaks of the other one
        (
            "Curaçao kreeg NAf 90 miljoen, Aruba Afl. 80 miljoen. Anders dan Curaçao heeft het "
            "land ook de lening van 60 miljoen gulden afgelost.",
            "AWG",
        ),
        (
            "Curaçao kreeg NAf 90 miljoen, Aruba Afl. 80 miljoen. In tegenstelling tot Aruba "
            "leent het land nog eens 50 miljoen gulden.",
            "ANG",
        ),
        # near form: a land after "als" meaning "if" is the sentence's own
        (
            "Curaçao kreeg NAf 90 miljoen, Aruba Afl. 80 miljoen. Als Aruba de voorwaarden "
            "vervult, krijgt het land nog eens 50 miljoen gulden.",
            "AWG",
        ),
    ],
)
def test_a_guilder_after_a_land_compared_with_is_the_guilder_of_the_land_before(
    text: str, currency: str
) -> None:
    """ "Anders dan Curaçao heeft het land ... 60 miljoen gulden": the land named last is the
    one compared with, not the one "het land" is; the land named before it decides. It took
    the guilder of the land compared with."""
    rows = extract_amounts(_doc(text, published="2021-03-03"))
    assert [r["currency"] for r in rows if r["quote"].endswith("gulden")] == [currency]


@pytest.mark.parametrize(
    "text",
    [
        # no land named before it: unknown, not stored
        "Nederland leent NAf 80 miljoen en Afl. 250 miljoen uit. Het gaat om 45 miljoen gulden.",
        # a land counting in neither of the guilders the text prints: unknown, not stored
        "Aruba kreeg Afl. 250 miljoen en Sint Maarten XCG 40 miljoen. Suriname leende 45 "
        "miljoen gulden.",
    ],
)
def test_a_guilder_beside_two_caribbean_guilders_and_no_land_of_theirs_is_refused(
    text: str,
) -> None:
    """Where no land named before it tells which of the printed guilders "gulden" is, it
    stays refused with a warning, never stored as one of them at a guess."""
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc(text, published="2020-11-24"), warnings)
    assert all("gulden" not in r["quote"] for r in rows)
    assert any("guilder" in w.reason for w in warnings)


@pytest.mark.parametrize(
    ("text", "currencies"),
    [
        # a text printing amounts in the Antillean guilder means it by "gulden" alone
        (
            "Curaçao reserveert NAf. 30 miljoen voor de zorg. Het land komt dit jaar 120 "
            "miljoen gulden tekort.",
            [("NAf. 30 miljoen", "ANG"), ("120 miljoen gulden", "ANG")],
        ),
        # a land of another guilder named, none of its amounts printed: unknown, not stored
        ("Sint Maarten heeft dit jaar een tekort van 180 miljoen gulden.", []),
        # a Dutch text whose sentence speaks of the guilder's time, or marks it Dutch
        ("In 1996 kregen de gemeenten 600 miljoen gulden extra.", [("600 miljoen gulden", "NLG")]),
        (
            "De bouw kostte destijds ruim 40 miljoen gulden.",
            [("40 miljoen gulden", "NLG")],
        ),
        ("De raming was Hfl 8 miljard.", [("8 miljard", "NLG")]),
        # nothing says which guilder: not stored
        ("De nieuwe schouwburg kost 40 miljoen gulden.", []),
    ],
)
def test_a_guilder_in_a_text_of_the_euro_s_time_is_the_dutch_one_only_where_it_says(
    text: str, currencies: list[tuple[str, str]]
) -> None:
    """ "180 miljoen gulden" in a 2018 text on Sint Maarten was stored as Dutch guilders, gone
    since 2002: after the euro came a guilder is the Dutch one only where a mark of it, its
    time (a year before 2002, "destijds") or a euro amount beside it says so; the Caribbean
    one the text prints amounts in; else unknown and refused with a warning."""
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc(text, published="2018-04-16"), warnings)
    assert [(r["quote"], r["currency"]) for r in rows] == currencies
    assert any("guilder" in w.reason for w in warnings) == (not currencies)


@pytest.mark.parametrize(
    ("text", "currencies"),
    [
        # one guilder amount dated in the Dutch guilder's time: the text's others are Dutch
        (
            "De eerste raming kwam uit op ƒ 7,4 miljard. Bij het besluit was dat opgelopen "
            "tot ƒ 8,9 miljard (prijspeil 1995).",
            [("ƒ 7,4 miljard", "NLG"), ("ƒ 8,9 miljard", "NLG")],
        ),
        (
            "De bouw kostte 40 miljoen gulden. Hfl 5 miljoen daarvan kwam van de provincie.",
            [("40 miljoen gulden", "NLG"), ("5 miljoen", "NLG")],
        ),
        # a land of another guilder named: a dated one is no Dutch one either (unchanged)
        (
            "De schouwburg kostte in 1998 40 miljoen gulden. Sint Maarten komt 180 miljoen "
            "gulden tekort.",
            [],
        ),
        # no guilder of the text dated or marked: unknown, not stored (unchanged)
        ("De schouwburg kost 40 miljoen gulden. De verbouwing kost 12 miljoen gulden.", []),
    ],
)
def test_a_guilder_in_a_text_printing_the_dutch_one_elsewhere_is_the_dutch_one(
    text: str, currencies: list[tuple[str, str]]
) -> None:
    """A guilder amount whose own sentence says nothing of the guilder's time, in a text of
    the euro's time whose other guilder amount is the Dutch one by its year, mark or code
    ("ƒ 8,9 miljard (prijspeil 1995)"), was refused as a guilder of unknown kind: the text
    means one guilder by them all, as one printing a Caribbean guilder means that one."""
    rows = extract_amounts(_doc(text, published="2022-03-02"))
    assert [(r["quote"], r["currency"]) for r in rows] == currencies


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the text counts in guilders (more amounts in them than in euros): a bare amount
        # in a sentence naming no currency is judged as a guilder amount is
        (
            "Curaçao heeft een tekort van 100 miljoen gulden. De regering bezuinigt 30 miljoen.",
            [],
        ),
        (
            "In 1996 kregen de gemeenten 600 miljoen gulden. In 1998 volgde nog 200 miljoen.",
            [("600 miljoen gulden", "NLG"), ("200 miljoen", "NLG")],
        ),
    ],
)
def test_a_text_of_the_euro_s_time_counting_in_guilders_judges_its_bare_amounts(
    text: str, found: list[tuple[str, str]]
) -> None:
    """A bare amount in a text printing more amounts in guilders than in euros took the
    Dutch guilder, gone since 2002, in a text of 2018: it is the guilder the text prints, the
    Dutch one where its sentence speaks of that guilder's time, else unknown and refused."""
    rows = extract_amounts(_doc(text, published="2018-04-16"))
    assert [(r["quote"], r["currency"]) for r in rows] == found


def test_a_guilder_of_unknown_kind_takes_the_bare_amounts_after_it_along() -> None:
    """A guilder amount of unknown kind refused in the middle of a sentence broke reading the
    amounts after it (the sentence's earlier amount missing), and a bare amount after it
    took the euro: it takes no currency of a refused amount, and is refused too."""
    text = (
        "Sint Maarten komt dit jaar 180 miljoen gulden tekort en volgend jaar nog eens 20 "
        "miljoen. Nederland leent het land 50 miljoen euro."
    )
    warnings: list[ExtractWarning] = []
    rows = extract_amounts(_doc(text, published="2018-04-16"), warnings)
    assert [(r["quote"], r["currency"]) for r in rows] == [("50 miljoen euro", "EUR")]
    assert sum("guilder" in w.reason for w in warnings) == 2


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a noun after the tons names the matter weighed, whatever is done with it
        ("Voor de winter is twee ton strooizout beschikbaar gesteld aan de gemeenten.", []),
        ("De gemeente heeft twee ton zout ter beschikking gesteld.", []),
        # the participle right after the tons, or a preposition between: money
        ("Er is twee ton door de provincie uitgekeerd.", [("twee ton", 200_000, "EUR")]),
        (
            "In 2019 is twee ton beschikbaar gesteld voor het onderzoek.",
            [("twee ton", 200_000, "EUR")],
        ),
        # "een ton bijleggen" is money (3a81646's audit): the idiom, not a weight
        ("De gemeente legt 2 ton bij voor het zwembad.", [("2 ton", 200_000, "EUR")]),
        ("Het Rijk legt nog een ton bij.", [("een ton", 100_000, "EUR")]),
        # tons of matter put on a stock weigh
        ("De aannemer legt nog 2 ton zand bij.", []),
        ("De boer legt 2 ton bij de schuur.", []),
    ],
)
def test_tons_of_a_matter_made_available_weigh(
    text: str, quotes: list[tuple[str, int, str]]
) -> None:
    """A participle of paying or making available after a number of tons (3a81646) says
    money only where no noun stands right after the tons: "twee ton strooizout beschikbaar
    gesteld" makes salt available, and was stored as € 200.000."""
    rows = extract_amounts(_doc(text, published="2020-09-15"))
    assert [(r["quote"], r["amount_eur"], r["currency"]) for r in rows] == quotes


@pytest.mark.parametrize(
    ("text", "published", "quotes"),
    [
        # an estimate of tons in a paragraph printing money
        (
            "De subsidie van de bibliotheek gaat met 250.000 euro omlaag. Sluiting van het bad "
            "levert ruim twee ton per jaar op.",
            "2023-09-19",
            [("250.000 euro", 250_000, "EUR"), ("twee ton", 200_000, "EUR")],
        ),
        (
            "Boeren betalen voortaan ƒ 13,25 per hectare. LTO spreekt van een verhoging van "
            "ruim 1,5 ton voor de sector.",
            "1996-11-21",
            [("ƒ 13,25", Decimal("13.25"), "NLG"), ("1,5 ton", 150_000, "NLG")],
        ),
        # a change of tons: a word of more or less after them
        (
            "Voor inhuur is twee ton extra nodig; de post onvoorzien (€ 75.000) blijft.",
            "2023-09-19",
            [("twee ton", 200_000, "EUR"), ("€ 75.000", 75_000, "EUR")],
        ),
        # a word of money after the word of less: said where it stands
        (
            "De bibliotheek krijgt jaarlijks anderhalve ton minder subsidie.",
            "2023-09-19",
            [("anderhalve ton", 150_000, "EUR")],
        ),
        # a participle of paying on the next line of a wrapped text
        (
            "De brug kost € 2 miljoen. Voor het fietspad was al ruim een ton\ngereserveerd.",
            "2023-09-19",
            [("€ 2 miljoen", 2_000_000, "EUR"), ("een ton", 100_000, "EUR")],
        ),
        # another number of tons in the sentence, none of a matter: each of them money
        (
            "Het bad kost € 3 miljoen. De sluiting levert ruim twee ton per jaar op en volgend "
            "jaar nog een ton extra.",
            "2023-09-19",
            [
                ("€ 3 miljoen", 3_000_000, "EUR"),
                ("twee ton", 200_000, "EUR"),
                ("een ton", 100_000, "EUR"),
            ],
        ),
        # no sum in the paragraph, but the euro its figures count in: a unit declaration
        (
            "Per saldo daalt het tekort met circa drie ton per jaar. De tabel hieronder geeft "
            "de mutaties (bedragen x € 1.000, - = nadeel).",
            "2023-09-19",
            [("drie ton", 300_000, "EUR")],
        ),
    ],
)
def test_tons_rounded_in_a_paragraph_of_money_are_money(
    text: str, published: str, quotes: list[tuple[str, int, str]]
) -> None:
    """Tons said as an estimate ("Dat levert ruim twee ton per jaar op", "een verhoging van
    ruim 1,5 ton voor de sector") or a change ("twee ton extra nodig") were refused or left,
    the words right around them naming no money: money talk rounds its sums to tons, and a
    paragraph printing money (a sum, or the euro of a unit declaration) that weighs nothing
    speaks of money; in a paragraph of guilders they are guilders."""
    rows = extract_amounts(_doc(text, published=published))
    assert [(r["quote"], r["amount_eur"], r["currency"]) for r in rows] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # no money in the paragraph, or only in another one
        ("Sluiting van het bad levert ruim twee ton per jaar op.", []),
        (
            "Het bad kost € 3 miljoen.\n\nDe sluiting levert ruim twee ton op.",
            [("€ 3 miljoen", 3_000_000, "EUR")],
        ),
        ("Bedragen x € 1.000.\n\nDe sluiting levert ruim twee ton op.", []),
        # a matter after the tons, a paragraph that weighs or prices per ton: tonnes
        ("De gemeente kocht voor € 5.000 ruim twee ton zout.", [("€ 5.000", 5_000, "EUR")]),
        (
            "Het bad kost € 3 miljoen. De nieuwe kraan weegt ruim vier ton.",
            [("€ 3 miljoen", 3_000_000, "EUR")],
        ),
        (
            "De oogst is ruim acht ton per hectare; de boer krijgt € 200 per ton.",
            [("€ 200", 200, "EUR")],
        ),
        # a matter named by another number of tons of the sentence: more of it
        (
            "Voor de wegen is € 3 miljoen beschikbaar. De machine legt 1,5 ton asfalt per dag "
            "en bijna een ton extra in het weekend.",
            [("€ 3 miljoen", 3_000_000, "EUR")],
        ),
        # a bound of weight, and hundreds of tons: no estimate of a sum
        (
            "Vrachtwagens boven 3,5 ton betalen € 0,15 per kilometer.",
            [("€ 0,15", Decimal("0.15"), "EUR")],
        ),
        (
            "De installatie van € 2 miljoen verwerkt ruim 400 ton per dag.",
            [("€ 2 miljoen", 2_000_000, "EUR")],
        ),
    ],
)
def test_tons_rounded_outside_money_or_weighed_stay_no_money(
    text: str, quotes: list[tuple[str, int, str]]
) -> None:
    """An estimate of tons is money only in a paragraph that prints money and weighs
    nothing, no matter after the tons, and only of a number a sum is said in."""
    rows = extract_amounts(_doc(text, published="2023-09-19"))
    assert [(r["quote"], r["amount_eur"], r["currency"]) for r in rows] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "Het Rijk trekt 40 miljoen euro uit voor de regio. Het dorp Westerwijk krijgt "
            "bovendien drie ton voor een nieuwe sporthal.",
            [("40 miljoen euro", 40_000_000, "EUR"), ("drie ton", 300_000, "EUR")],
        ),
        (
            "Voor cultuur is € 2 miljoen gereserveerd. Het museum ontving vorig jaar "
            "anderhalve ton.",
            [("€ 2 miljoen", 2_000_000, "EUR"), ("anderhalve ton", 150_000, "EUR")],
        ),
    ],
)
def test_tons_received_in_a_paragraph_of_money_are_money(
    text: str, quotes: list[tuple[str, int, str]]
) -> None:
    """Tons a finite verb of receiving takes as its object ("het dorp krijgt drie ton voor
    een sporthal") were refused as tonnes or euros: in a paragraph printing money and
    weighing nothing, what a town or a body receives is a sum of money."""
    rows = extract_amounts(_doc(text, published="2023-09-19"))
    assert [(r["quote"], r["amount_eur"], r["currency"]) for r in rows] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # no money in the paragraph, or only in another one
        ("Het dorp Westerwijk krijgt drie ton voor een nieuwe sporthal.", []),
        (
            "Het Rijk trekt 40 miljoen euro uit.\n\nHet dorp krijgt drie ton.",
            [("40 miljoen euro", 40_000_000, "EUR")],
        ),
        # a matter after the tons, or a paragraph that weighs: tonnes
        (
            "De gemeente betaalt € 8.000. Het depot krijgt drie ton strooizout.",
            [("€ 8.000", 8_000, "EUR")],
        ),
        (
            "De gemeente betaalt € 8.000. De stort ontvangt drie ton per week uit het afval.",
            [("€ 8.000", 8_000, "EUR")],
        ),
    ],
)
def test_tons_received_outside_money_or_weighed_stay_no_money(
    text: str, quotes: list[tuple[str, int, str]]
) -> None:
    """Receiving says no money alone: tons received are money only in a paragraph printing
    money and weighing nothing, no matter after them."""
    rows = extract_amounts(_doc(text, published="2023-09-19"))
    assert [(r["quote"], r["amount_eur"], r["currency"]) for r in rows] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a yearly share, the paragraph's money after it or in the sentence before
        (
            "Het college wil het budget voor speeltuinen met twee ton per jaar verhogen, "
            "oplopend naar € 0,4 mln.",
            [("twee ton", 200_000, "EUR"), ("€ 0,4 mln.", 400_000, "EUR")],
        ),
        (
            "Het Rijk trekt 80 miljoen euro uit voor muziekscholen. Voor een middelgrote "
            "gemeente gaat het om vier ton per jaar.",
            [("80 miljoen euro", 80_000_000, "EUR"), ("vier ton", 400_000, "EUR")],
        ),
        # a sum per month
        (
            "De huur van de sporthal stijgt naar € 40.000 per maand. Voor het zwembad gaat "
            "het om een halve ton per maand.",
            [("€ 40.000", 40_000, "EUR"), ("een halve ton", 50_000, "EUR")],
        ),
    ],
)
def test_tons_per_year_or_month_in_a_paragraph_of_money_are_money(
    text: str, quotes: list[tuple[str, int, str]]
) -> None:
    """Tons as a sum per year or month ("gaat het om vier ton per jaar", "met twee ton per
    jaar verhogen") in a paragraph printing money and weighing nothing were left: money talk
    states its budgets as yearly sums rounded to tons, as it states an estimate."""
    rows = extract_amounts(_doc(text, published="2023-09-19"))
    assert [(r["quote"], r["amount_eur"], r["currency"]) for r in rows] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a share over land, heads, days or those who get it, or a paragraph that weighs
        (
            '"Twee ton per gemeente is welkom," zegt de wethouder. "Maar het Rijk bezuinigt '
            'ook 300 miljoen euro op de jeugdzorg."',
            [("300 miljoen euro", 300_000_000, "EUR")],
        ),
        (
            "De pachter betaalt € 800 per hectare. De oogst is vier ton per hectare.",
            [("€ 800", 800, "EUR")],
        ),
        (
            "Het bad kost € 3 miljoen. De installatie verwerkt twee ton per dag.",
            [("€ 3 miljoen", 3_000_000, "EUR")],
        ),
        (
            "De stort kost € 3 miljoen. Het afval groeit met twee ton per jaar.",
            [("€ 3 miljoen", 3_000_000, "EUR")],
        ),
        # no money in the paragraph
        ("Voor een middelgrote gemeente gaat het om vier ton per jaar.", []),
    ],
)
def test_tons_per_land_heads_or_days_or_without_money_stay_no_money(
    text: str, quotes: list[tuple[str, int, str]]
) -> None:
    """Near form: tons shared over land, heads, days or recipients, in a paragraph that
    weighs, or in one printing no money, are left as before: no sum."""
    rows = extract_amounts(_doc(text, published="2023-09-19"))
    assert [(r["quote"], r["amount_eur"], r["currency"]) for r in rows] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a bare noun after "aan" names the matter the tons weigh
        (
            "De stort kost € 3 miljoen. Er komt drie ton per jaar aan restafval bij.",
            [("€ 3 miljoen", 3_000_000, "EUR")],
        ),
        # "Euro 6" is an engine's emission class, no money printed in the paragraph
        ("De bus rijdt op Euro 6-diesel. Hij stoot circa twee ton per jaar minder uit.", []),
    ],
)
def test_tons_per_year_of_a_matter_or_beside_an_emission_class_stay_no_money(
    text: str, quotes: list[tuple[str, int, str]]
) -> None:
    """Tons per year followed by "aan" and a bare noun ("drie ton per jaar aan restafval")
    weigh that matter; "Euro 6" names an emission class, not the euro: neither makes the
    tons a sum of money."""
    rows = extract_amounts(_doc(text, published="2023-09-19"))
    assert [(r["quote"], r["amount_eur"], r["currency"]) for r in rows] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "De gemeente trekt € 2 mln uit. De vereniging krijgt een ton per jaar aan subsidie.",
            [("€ 2 mln", 2_000_000, "EUR"), ("een ton", 100_000, "EUR")],
        ),
        (
            "De stort kost € 3 miljoen. De gemeente betaalt circa twee ton per jaar aan de stort.",
            [("€ 3 miljoen", 3_000_000, "EUR"), ("twee ton", 200_000, "EUR")],
        ),
    ],
)
def test_tons_per_year_paid_to_someone_or_as_subsidy_stay_money(
    text: str, quotes: list[tuple[str, int, str]]
) -> None:
    """Near form: "aan" before a word of money ("aan subsidie") or before an article naming
    who is paid ("aan de stort") keeps the yearly tons money."""
    rows = extract_amounts(_doc(text, published="2023-09-19"))
    assert [(r["quote"], r["amount_eur"], r["currency"]) for r in rows] == quotes


def test_a_budget_of_several_years_names_no_year_of_its_sums() -> None:
    """A budget document and its year dates the sums a sentence reports in it (4f5159c) only
    where it is of one year: a meerjarenbegroting is named by its first year and holds sums
    of every year it covers."""
    text = (
        "In de meerjarenbegroting 2024 is jaarlijks € 5 mln opgenomen voor onderhoud.\n"
        "In de begroting 2024 is € 2 mln opgenomen voor de brug."
    )
    rows = extract_amounts(_doc(text, published="2023-11-01"))
    assert [(r["quote"], r["year_from"], r["year_to"]) for r in rows] == [
        ("€ 5 mln", None, None),
        ("€ 2 mln", 2024, 2024),
    ]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # two nouns joined after the figure, in a paragraph of money: what it counts
        (
            "Het programma kost € 45 miljoen.\n\nVia de programma's werden 3,2 miljoen "
            "vrouwen en meisjes\nbereikt.",
            ["€ 45 miljoen"],
        ),
        (
            "De regeling kost € 80 miljoen. Er zijn 1,1 miljoen leraren of schoolleiders "
            "aangeschreven.",
            ["€ 80 miljoen"],
        ),
        # coins and notes after the scale word: pieces counted, in a text of guilders too
        (
            "De omwisseling kost ƒ 95 mln. De Staat laat 4,2 miljard euromunten slaan en "
            "drukt 1,5 miljard bankbiljetten.",
            ["ƒ 95 mln."],
        ),
        # verbs joined after it are no nouns: money
        (
            "Het Rijk wil € 10 miljoen sparen. Gemeenten moeten 5 miljoen investeren en "
            "uitgeven aan groen.",
            ["€ 10 miljoen", "5 miljoen"],
        ),
    ],
)
def test_nouns_joined_or_coins_after_a_bare_figure_are_counted(
    text: str, quotes: list[str]
) -> None:
    """A bare "N miljoen" before two nouns joined by "en" or "of", the first in "-en" as a
    verb could be ("vrouwen en meisjes"), counts what they name: a verb joins another verb,
    never a plural noun. Coins and notes after the scale word ("euromunten",
    "bankbiljetten") are pieces counted, no sum of money. Before, money printed before
    them made the first word a verb and the figure euros (or guilders)."""
    assert [quote for quote, *_ in _read(text)] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # an adverb grading the adjective before a noun of things counted: a count
        (
            "Het Rijk stelt € 30 miljoen beschikbaar. De aanpak richt zich op 1,8 miljoen"
            " matig geïsoleerde huurwoningen.",
            ["€ 30 miljoen"],
        ),
        (
            "De regeling kost € 12 miljoen en bereikt 2 miljoen laag opgeleide werknemers.",
            ["€ 12 miljoen"],
        ),
        # a preposition before the adjective: money spent on the things
        (
            "Het Rijk stelt € 30 miljoen beschikbaar, waarvan 4 miljoen voor nieuwe woningen.",
            ["€ 30 miljoen", "4 miljoen"],
        ),
    ],
)
def test_bare_millions_of_graded_adjective_nouns_count_them(text: str, quotes: list[str]) -> None:
    """ "2,5 miljoen slecht geïsoleerde woningen": an uninflected adverb before the inflected
    adjective leaves the noun after them what the figure counts; the count was stored as
    euros by the money its paragraph printed."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a participle ends the clause after the word in "-en": its object, a noun counted
        (
            "Uit het fonds van € 40 miljoen wordt de sloop van ruim 2 miljoen kippenstallen"
            " betaald, verspreid over vier jaar.",
            ["€ 40 miljoen"],
        ),
        # the money of its sentence is per one of the word's noun: the word is that noun
        (
            "De kosten van € 90 miljoen worden omgeslagen. Bij 1,5 miljoen nabestaanden"
            " stijgt de heffing daardoor met € 20 per nabestaande.",
            ["€ 90 miljoen", "€ 20"],
        ),
        (
            "De regeling kost € 6 miljoen. Met 3 miljoen stallen komt dat neer op € 2 per stal.",
            ["€ 6 miljoen", "€ 2"],
        ),
        # a verb of money in "-en", or a price per something else: money
        (
            "De gemeente ontvangt € 8 miljoen en wil daarvan 5 miljoen besteden, € 10 per inwoner.",
            ["€ 8 miljoen", "5 miljoen", "€ 10"],
        ),
    ],
)
def test_bare_millions_before_a_participle_or_priced_per_one_count_them(
    text: str, quotes: list[str]
) -> None:
    """A word in "-en" after a bare "N miljoen" is the noun the figure counts where a
    participle ends the clause right after it ("2 miljoen kippenstallen betaald,"), or where
    its sentence prices one of it ("17,2 miljoen verzekerden ... € 16 per verzekerde"):
    neither follows an infinitive. The count was stored as euros by the money around it."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # "aantal" in a sentence before: the figure's own sentence says money
        (
            "De regeling dekt 12% van het totale aantal vergunningen. De tegenvaller wordt"
            " gedekt uit de onderuitputting (25 miljoen) en uit de reserve.",
            ["25 miljoen"],
        ),
        # "aantal" in its own sentence: a count
        ("Het aantal aanvragen steeg in 2024 tot 2 miljoen.", []),
    ],
)
def test_the_number_word_counts_only_in_the_bare_amounts_own_sentence(
    text: str, quotes: list[str]
) -> None:
    """ "het aantal" before a bare "N miljoen" makes it a count in its own sentence only;
    one sentence earlier it named another number, and the sum after it was lost."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # "wat" opens a clause of money after "het aantal": what the change yields
        (
            "Het aantal vestigingen wordt gehalveerd, wat 300 miljoen moet opleveren.",
            ["300 miljoen"],
        ),
        ("Het aantal loketten daalt, hetgeen 2 miljard bespaart.", ["2 miljard"]),
        # no money named in the "wat" clause: still the count
        ("Het aantal aanvragen stijgt, wat neerkomt op 2 miljoen.", []),
        # "aantal" in the "wat" clause itself: its count
        ("De regels worden versoepeld, wat het aantal aanvragen op 2 miljoen brengt.", []),
    ],
)
def test_a_what_clause_of_money_after_the_number_word_holds_money(
    text: str, quotes: list[str]
) -> None:
    """ "het aantal" is the subject of the clause before a comma and "wat" or "hetgeen";
    the bare figure in that relative clause is what the change brings about, money where
    the clause names money ("opleveren", "besparen"). It was left out as a count."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a date taking effect and a structural amount: from its year on
        (
            "Het eigen risico wordt per 1 januari 2026 verlaagd (structureel € 2,1 mld).",
            [(2026, None, "structural_from_year")],
        ),
        ("Per 1 juli 2025 daalt de heffing met structureel € 300 miljoen.", [(2025, None,
         "structural_from_year")]),
        # a sum at a date, not said to be structural: that year
        ("Per 1 juli 2024 is € 30 miljoen overgeheveld.", [(2024, 2024, "per_year")]),
    ],
)  # fmt: skip
def test_a_structural_amount_from_a_date_taking_effect_has_no_end(
    text: str, years: list[tuple[int, int | None, str]]
) -> None:
    """ "per 1 januari 2023 afgeschaft (structureel € 1,7 mld)": "per" and a date say when a
    change takes effect, as "met ingang van" does, so a structural amount counts from that
    year on; it was given that year alone."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"], r["basis"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a change dated "in" its year, its cost in a clause on it: from that year on
        (
            "De huurtoeslag wordt in 2026 verhoogd van € 210 naar € 230 per maand, wat het "
            "Rijk structureel ruim 1,4 miljard euro per jaar kost.",
            [
                (None, None, "per_year"),
                (2026, 2026, "per_year"),
                (2026, None, "structural_from_year"),
            ],
        ),
        (
            "De kinderbijslag wordt in 2028 verhoogd met € 12 per kind, hetgeen structureel € "
            "150 mln kost.",
            [(2028, 2028, "per_year"), (2028, None, "structural_from_year")],
        ),
        (
            "In 2026 wordt de heffingskorting afgebouwd; dit levert structureel € 900 mln op.",
            [(2026, None, "structural_from_year")],
        ),
        # an earlier "in" and year in the clause before the change's own
        (
            "In 2025 blijft het tarief gelijk en in 2027 wordt het verlaagd, wat structureel "
            "€ 40 mln kost.",
            [(2027, None, "structural_from_year")],
        ),
    ],
)
def test_a_structural_cost_of_a_change_dated_in_its_year_has_no_end(
    text: str, years: list[tuple[int | None, int | None, str]]
) -> None:
    """ "wordt in 2027 verlaagd naar € X, wat de overheid structureel € Y kost": the clause
    after the change says what it costs from the year it takes effect on, as "per" and a
    date say it; the structural sum was given that year alone (the start of the change
    "van € A" keeps no year, as before)."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"], r["basis"]) for r in rows] == years


def test_a_structural_sum_after_a_level_of_a_later_year_than_a_change_keeps_that_year() -> None:
    """Near form: a change dated by an earlier "in" and year, the amount's clause after a
    level of a later one ("In 2025 wordt het tarief verlaagd en in 2027 bedraagt het € X,
    wat structureel € Y kost"): the change is not of the amount's year, which stays alone."""
    text = (
        "In 2025 wordt het tarief verlaagd en in 2027 bedraagt het gemiddeld € 385, wat de "
        "overheid structureel € 2 miljard kost."
    )
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(2027, 2027), (2027, 2027)]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a level of that year, no change: that year alone
        (
            "Het eigen risico bedraagt in 2027 gemiddeld € 385, wat de overheid structureel € 2 "
            "miljard kost.",
            [(2027, 2027), (2027, 2027)],
        ),
        # a rise reaching a level in a year: that year alone
        (
            "De korting loopt in 2029 op tot € 1 miljard, wat de gemeenten structureel € 40 mln "
            "kost.",
            [(2029, 2029), (2029, 2029)],
        ),
    ],
)
def test_a_structural_sum_after_a_level_of_a_year_keeps_that_year(
    text: str, years: list[tuple[int, int]]
) -> None:
    """The near forms: no participle of a change after "in" and the year, so the structural
    sum in the clause after it is of that year alone, as before."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years
    assert rows[-1]["basis"] == "structural_from_year"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # words that open a period at their year: from it on
        ("De VNG vraagt ingaande 2026 structureel € 3 miljard extra.", (2026, None)),
        ("Per 2028 wordt het eigen risico met € 35 verhoogd.", (2028, None)),
        ("Repairs will cost €1.5 billion a year from 2026 onwards.", (2026, None)),
        # English "from" and "to": a span
        ("The ministry set aside EUR 75 million from 2018 to 2020.", (2018, 2020)),
        # "per" and a date is a date the sum is of, without a structural word
        ("Per 1 juli 2024 is € 30 miljoen overgeheveld.", (2024, 2024)),
        # a balance "per" a year is the balance as that year stands, no period opening
        ("De stand van het fonds per 2028 bedraagt € 3 miljard.", (2028, 2028)),
        ("Het saldo per 2024 was € 12 miljoen.", (2024, 2024)),
    ],
)
def test_words_opening_a_period_at_a_year_leave_its_end_open(
    text: str, years: tuple[int, int | None]
) -> None:
    """ "ingaande 2026", "per 2028" and English "from 2026 (onwards)" open a period as "vanaf"
    and "met ingang van" do; each was read as that one year, or as none."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a yearly sum from the year a change takes effect: from that year on
        (
            "Die verlaging gaat in 2027 in en kost ruim 3 miljard euro per jaar.",
            (2027, None, "structural_from_year"),
        ),
        (
            "De maatregel treedt in 2027 in werking en levert jaarlijks € 40 miljoen op.",
            (2027, None, "structural_from_year"),
        ),
        (
            "Per 1 januari 2026 kost de maatregel € 5 mln per jaar.",
            (2026, None, "structural_from_year"),
        ),
        # no word of a yearly sum: that year
        ("De korting van € 674 miljoen gaat in 2026 in.", (2026, 2026, "per_year")),
        # "in" and a place after the year is no verb's particle
        (
            "Het kabinet investeert in 2025 in Nederland € 5 mln per jaar.",
            (2025, 2025, "per_year"),
        ),
        # nor is "in" joined to another preposition before a place
        (
            "Het kabinet investeert in 2025 in en rond Schiphol € 5 miljoen per jaar.",
            (2025, 2025, "per_year"),
        ),
    ],
)
def test_a_yearly_sum_from_the_year_a_change_takes_effect_has_no_end(
    text: str, years: tuple[int, int | None, str]
) -> None:
    """ "gaat in 2027 in", "treedt in 2027 in werking" and "per 1 januari 2026" say when a
    change takes effect; a sum "per jaar" or "jaarlijks" after it counts from that year on,
    and was given that year alone."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"], row["basis"]) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "De bijstelling van € 1,2 mln voor de jeugdzorg heeft betrekking op 2023 maar wordt"
            " pas in deze suppletoire begroting verwerkt.",
            (2023, 2023),
        ),
        ("Een correctie van € 4 mln heeft betrekking\nop 2022 en is nu geboekt.", (2022, 2022)),
    ],
)
def test_the_year_a_sum_has_betrekking_op_is_its_own(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """ "heeft betrekking op 2016" says what year a sum is of, booked later: the sum took no
    year, or the budget year of its heading."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    "text",
    [
        "De uitgavenplafonds worden reëel, in prijzen van 2019, vastgesteld; de loon- en "
        "prijsbijstelling (gemiddeld € 3,1 mld per jaar) valt erbuiten.",
        "De kosten bedragen in euro's van 2015 circa € 640 mln.",
        "Het kabinet trekt op het loon- en prijspeil van 2022 € 75 mln uit voor de regeling.",
    ],
)
def test_the_year_of_the_prices_a_sum_is_counted_in_is_not_its_year(text: str) -> None:
    """A year after "in prijzen van", "in euro's van", "prijspeil van": the level of prices
    the sum is counted in, as "prijspeil 2023" is (``_PRICE_LEVEL``), not the year of the sum,
    which the sentence does not print. It took that year as stated."""
    rows = extract_amounts(_doc(text, published="2021-09-21"))
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows] == [(None, None, None)]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a price level labelling the amount after its colon, or its bracket
        (
            "Het komt uit op US$ 27,4 miljard (in prijzen van 2021: US$ 23,9 miljard).",
            [(None, None), (None, None)],
        ),
        ("Het budget bedraagt € 5 mln (loon- en prijspeil 2024: € 5,2 mln).", [(None, None)] * 2),
        ("De reeks in prijzen van 2021 (€ 23,9 mld) stijgt.", [(None, None)]),
        # a year alone labels its amount, as a path of levels by year does
        ("De uitgaven zijn € 27,4 miljard (2021: € 23,9 miljard).", [(None, None), (2021, 2021)]),
        (
            "De reeks loopt van 2021 (€ 23,9 mld) naar 2025 (€ 30 mld).",
            [(2021, 2021), (2025, 2025)],
        ),
    ],
)
def test_a_price_level_labelling_an_amount_names_no_year_of_it(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """ "(in prijzen van 2021: US$ 23,9 miljard)": the year after a price level is the
    prices', whether a colon or a bracket follows it, as without them; read as the label
    of the amount after it, it was that amount's stated year."""
    rows = extract_amounts(_doc(text, published="2025-08-28"))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


def test_a_labelled_amount_leaves_the_years_after_it_to_the_next() -> None:
    """An amount whose year a label before it gives ("2029 t/m 2032   € 6,1 miljard") does
    not claim the year printed after it: the next amount, in a sentence the list's lines run
    into without a full stop, took none and lost "in 2024"."""
    text = (
        "De middelen zijn als volgt verdeeld:\n"
        "2025 t/m 2028     € 3,4 miljard\n"
        "2029 t/m 2032     € 6,1 miljard\n"
        "Voor de sanering van bodems is in 2024 een bedrag van € 0,8 miljard gereserveerd."
    )
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [
        (2025, 2028),
        (2029, 2032),
        (2024, 2024),
    ]


def test_a_sign_left_before_a_page_break_keeps_its_sentences_year() -> None:
    """A letter's page break between an amount's sign and its figure ("wordt in 2024 een
    bedrag van €", the page's foot and the next page's head, "2,4 miljoen overgeheveld") cut
    its sentence: the figure took no year of the words before the sign."""
    text = (
        "Voor de jeugdhulp wordt in 2024 een bedrag van €\n"
        "Vereniging van Nederlandse Gemeenten 1/3\n"
        "Lbr. 23/101\n"
        "2,4 miljoen overgeheveld naar het gemeentefonds.\n"
        "Daarnaast is er geld voor\n"
        "12 miljoen euro aan projecten."
    )
    rows = extract_amounts(_doc(text))
    assert [(r["quote"], r["year_from"], r["year_source"]) for r in rows] == [
        ("2,4 miljoen", 2024, "stated"),
        ("12 miljoen euro", None, None),
    ]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a plural "zijn"/"worden" and a participle after the word: its subject, a noun
        (
            "De opbrengst daalt met € 8 mln, omdat 2,1 miljoen aanslagen werden verstuurd.",
            ["€ 8 mln"],
        ),
        # "minder" or "meer" between: the forms after the word still tell a noun
        (
            "De ontvangsten dalen met € 4 mln, doordat 0,8 miljoen minder boetebeschikkingen"
            " zijn\n   uitgevaardigd dan geraamd.",
            ["€ 4 mln"],
        ),
        # a finite verb of paying after the word: its subject, a noun
        (
            "De zorguitgaven stegen tot € 40 mld. De 12 miljoen aangeslotenen betaalden"
            " gemiddeld € 30 per maand.",
            ["€ 40 mld.", "€ 30"],
        ),
        # a verb of money compared, or a money noun after the word: money
        (
            "Het fonds krijgt € 9 mln. Gemeenten willen daarvan 2 miljoen minder uitgeven aan"
            " zorg en 1 miljoen meer afdragen.",
            ["€ 9 mln.", "2 miljoen", "1 miljoen"],
        ),
        (
            "Het fonds kost € 9 mln en heeft 3 miljoen eigen bijdragen ontvangen.",
            ["€ 9 mln", "3 miljoen"],
        ),
    ],
)
def test_bare_millions_before_a_passive_or_paying_verb_count_them(
    text: str, quotes: list[str]
) -> None:
    """A word in "-en" after a bare "N miljoen" ("meer" or "minder" between or not) is the
    plural noun the figure counts where a plural "zijn"/"worden" and a participle follow it
    ("2 miljoen aanslagen werden verstuurd") or a finite verb of paying does ("16 miljoen
    verzekerden betaalden"): no infinitive is followed by either. The count was stored as
    euros by the money around it."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the florin's plain "f" before both bounds: one range, in guilders
        (
            "De exploitatiebijdrage bedraagt f 10 tot f 40 mln. per jaar.",
            [("10 tot f 40 mln.", 10_000_000, 40_000_000, "NLG")],
        ),
        (
            "Het tekort loopt op van f 1 à f 3 mld.",
            [("1 à f 3 mld.", 1_000_000_000, 3_000_000_000, "NLG")],
        ),
        # the "f" before the upper bound alone still makes the range guilders, never euros
        ("Het tekort is 5 tot f 25 mln.", [("5 tot f 25 mln.", 5_000_000, 25_000_000, "NLG")]),
    ],
)
def test_a_range_of_plain_f_guilders_is_one_amount(
    text: str, expected: list[tuple[str, int, int, str]]
) -> None:
    """A range printing the florin's plain "f" before its upper bound ("f 5 tot f 25 mln.")
    was read as its upper bound alone: the lower one lost and the maximum stored as the
    amount."""
    assert [
        (r["quote"], r["amount_eur"], r["amount_eur_max"], r["currency"])
        for r in extract_amounts(_doc(text))
    ] == expected


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a numbered heading; the paragraph under it dates a decision
        (
            "4.1 Een extra investering van € 2 miljard\n\n"
            "Het kabinet heeft in mei 2024 besloten de regeling te verlengen.",
            (None, None),
        ),
        # a heading without a number; the paragraph under it names a year
        (
            "Meer geld voor de jeugdzorg: € 300 mln\n\nDe middelen gaan in 2026 naar het fonds.",
            (None, None),
        ),
        # a heading naming its own year keeps it
        ("3.2 De uitgaven: € 436,2 miljard in 2025\n\nDe uitgaven stijgen.", (2025, 2025)),
        # a blank line printed under every line of a paragraph: the sentence goes on in
        # lower case, and its year is the amount's
        (
            "Inleiding\n\nHet kabinet reserveert € 6 miljard\n\nvoor de jaren 2024 tot en met"
            " 2026.",
            (2024, 2026),
        ),
    ],
)
def test_a_heading_s_amount_takes_no_year_from_the_paragraph_under_it(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """A heading stands alone between blank lines and prints no closing stop, so the sentence
    reader runs it on into the paragraph under it; that paragraph's year was read as the
    heading's amount's own (stated)."""
    row = extract_amounts(_doc(text, published="2024-09-17"))[0]
    assert (row["year_from"], row["year_to"]) == years


def test_the_parts_in_a_bracket_after_a_noun_s_year_and_sum_are_of_that_year() -> None:
    """A bracket opened right after a sum a noun's year labels, words before each sum in it
    ("het subsidieplafond 2025 bedraagt € 40 mln (eerste tranche € 25 mln, tweede tranche
    € 15 mln)"), splits that sum: its parts are of the noun's year. They took the
    document's year as context (a label's year was its amount's and "waarvan" parts' only)."""
    text = (
        "Het subsidieplafond 2025 bedraagt € 40 mln (eerste tranche € 25 mln, tweede\n"
        "tranche € 15 mln). Daarvan is € 31 mln aangevraagd."
    )
    rows = extract_amounts(_doc(text, published="2024-09-17"))
    assert [(r["quote"], r["year_from"], r["year_to"], r["year_source"]) for r in rows] == [
        ("€ 40 mln", 2025, 2025, "stated"),
        ("€ 25 mln", 2025, 2025, "stated"),
        ("€ 15 mln", 2025, 2025, "stated"),
        ("€ 31 mln", None, None, None),
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "De uitgaven stijgen van 4,1 mld euro in 2023 naar 4,6 mld euro in 2026 (+0,5 mld\n"
            "euro).",
            [(2023, 2023), (2026, 2026)],
        ),
        # the bracketed sum reads the year too
        (
            "De bijdrage aan het fonds daalt naar € 8 mln voor 2027 (− € 2 mln ten opzichte van "
            "2026).",
            [(2027, 2027), (2027, 2027)],
        ),
        # other words of the amount's clause between the year and the bracket
        (
            "De kapitaallasten van € 87.500 vanaf 2007 te dekken uit de post onvoorzien "
            "(€ 25.000).",
            [(2007, None), (2007, None)],
        ),
        # how the amount counts between it and the year
        (
            "Het kabinet komt gemeenten tegemoet met € 1,2 mld per jaar vanaf 2026 (anderhalf "
            "miljard in 2027 en verder, inclusief de middelen voor de jeugdzorg).",
            [(2026, None), (2027, None)],
        ),
        (
            "Er is een kasschuif van -€ 3 mln in 2024 naar 2025 (€ 2 mln) en 2026 (€ 1 mln).",
            [(2024, 2024), (2025, 2025), (2026, 2026)],
        ),
    ],
)
def test_a_year_tied_to_an_amount_before_a_bracketed_sum_is_the_amount_s_own(
    text: str, years: list[tuple[int, int]]
) -> None:
    """A year a preposition ties to an amount right after it, a bracket holding a sum after
    the year ("naar 5,9 mld euro in 2021 (–1,9 mld euro)"), is the amount's own, and the
    bracketed sum's: the words before such a bracket were read as the bracketed sum's label
    only, and the amount got none."""
    rows = extract_amounts(_doc(text, published="2024-09-17"))
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows[: len(years)]] == [
        (*y, "stated") for y in years
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a year glued by a hyphen to the prices or wages the sum is counted in
        (
            "Er is € 3 miljoen in 2024-prijzen nodig voor de renovatie (€ 3,3 miljoen in prijzen"
            " 2025).",
            [(None, None), (None, None)],
        ),
        ("Het budget bedraagt in 2023-lonen € 12 mln.", [(None, None)]),
        ("Dat kost € 40 mln in 2025-prijspeil.", [(None, None)]),
        # near forms: the year of the amount, a price level of its own or none
        ("In 2026 is € 3 miljoen in 2024-prijzen nodig.", [(2026, 2026)]),
        ("Er is € 3 miljoen in 2024 nodig voor de renovatie (€ 1 miljoen).", [(2024, 2024)] * 2),
        ("Er is € 3 miljoen in 2024-2025 nodig.", [(2024, 2025)]),
    ],
)
def test_a_year_glued_to_prices_is_their_level_not_the_sum_s_year(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """ "€ 3 miljoen in 2024-prijzen" took 2024 as the sum's year, and the bracketed sum after
    it too: a year a hyphen joins to "prijzen", "lonen" or a "-peil" is the level the sum is
    counted in, as "in prijzen 2024" is."""
    rows = extract_amounts(_doc(text, published="2025-09-17"))
    stated = [
        (r["year_from"], r["year_to"]) if r["year_source"] == "stated" else (None, None)
        for r in rows
    ]
    assert stated == years


@pytest.mark.parametrize(
    "text",
    [
        # the year not right after the amount: the words before the bracket are its sum's
        "De kapitaallasten van € 87.500 te dekken vanaf 2007 uit de post onvoorzien (€ 25.000).",
        # "en" and a noun of its own: its year is the bracketed sum's
        "Het budget van € 5 mln voor de regeling en de bijdrage 2025 (€ 2 mln) zijn verwerkt.",
    ],
)
def test_a_year_not_tied_to_an_amount_before_a_bracketed_sum_is_the_bracket_s_alone(
    text: str,
) -> None:
    """Only a year right after an amount is its own when a bracket with a sum follows its
    clause: one further on, or after "en" and another noun, is the bracketed sum's."""
    first, bracketed = extract_amounts(_doc(text, published="2024-09-17"))
    assert (first["year_from"], first["year_to"]) == (None, None)
    assert bracketed["year_source"] == "stated"


def test_a_year_ending_its_sentence_before_a_glued_footnote_number_is_read() -> None:
    """A footnote's number glued after the stop that ends a sentence on a year ("een tekort
    van 2,3 mld euro in 2026.3 De schuld stijgt") hid the year: "2026.3" was taken for a
    decimal no year is part of. A stop, a digit or two and a word after white space is none."""
    text = (
        "Het EMU-saldo verslechtert tot een tekort van 2,3 mld euro in 2026.3 De schuld stijgt\n"
        "in dezelfde periode licht.\n\n3 Het bbp bedraagt naar verwachting 1.150 mld euro."
    )
    row = extract_amounts(_doc(text, published="2024-09-17"))[0]
    assert (row["quote"], row["year_from"], row["year_to"], row["year_source"]) == (
        "2,3 mld euro",
        2026,
        2026,
        "stated",
    )


@pytest.mark.parametrize("mark", ["3.1", "12.4", "2.10"])
def test_a_year_ending_its_sentence_before_a_chapter_numbered_footnote_is_read(mark: str) -> None:
    """A note numbered by its chapter glued after the stop ending a sentence on a year ("...
    waarvan € 30 mln in 2026.3.1 De rest ...") hid the year, and the part took the whole's
    span: two numbers of a digit or two, a stop between, and a word after white space are
    no decimal either."""
    text = (
        "De provincie heeft voor de jaren 2025-2028 in totaal € 90 mln gereserveerd, waarvan "
        f"€ 30 mln in 2026.{mark}\n\nDe rest volgt later."
    )
    rows = extract_amounts(_doc(text, published="2024-09-17"))
    assert [(r["quote"], r["year_from"], r["year_to"]) for r in rows] == [
        ("€ 90 mln", 2025, 2028),
        ("€ 30 mln", 2026, 2026),
    ]


@pytest.mark.parametrize("tail", ["2026.3.125 De rest", "2026.3.1.4 De rest", "2026.3.1,5"])
def test_a_year_glued_to_more_than_a_chapter_numbered_mark_is_no_year(tail: str) -> None:
    """A year glued to a longer run of numbers (three digits after the second stop, a third
    stop, a decimal comma) is no year before a note's mark: left as before."""
    text = (
        "De provincie heeft voor de jaren 2025-2028 in totaal € 90 mln gereserveerd, waarvan "
        f"€ 30 mln in {tail}."
    )
    rows = extract_amounts(_doc(text, published="2024-09-17"))
    assert [(r["quote"], r["year_from"], r["year_to"]) for r in rows] == [
        ("€ 90 mln", 2025, 2028),
        ("€ 30 mln", 2025, 2028),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "De uitgaven 2024 bedragen € 5 mln (voorheen € 4 mln).",
        "Het subsidieplafond 2025 bedraagt € 40 mln (in de vorige ronde € 35 mln).",
        "De omzet 2023 kwam uit op € 30 mln (ter vergelijking: het jaar daarvoor € 28 mln).",
        "Het budget 2018 bedroeg € 12 mld (oorspronkelijk € 10 mld en later € 11 mld).",
    ],
)
def test_sums_in_a_bracket_that_do_not_add_up_to_the_dated_sum_take_not_its_year(
    text: str,
) -> None:
    """Sums in a bracket after a sum a noun's year dates split it only where they add up to
    it: "€ 5 mln (voorheen € 4 mln)" is another time's sum, and was stored as 2024's."""
    rows = extract_amounts(_doc(text, published="2024-09-17"))
    assert rows[0]["year_source"] == "stated"
    assert [(r["year_from"], r["year_source"]) for r in rows[1:]] == [(None, None)] * (
        len(rows) - 1
    )


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Het Rijk draagt € 30 mln bij, in 2025 en 2026 samen, aan de versterking van de "
            "dijken.",
            (2025, 2026),
        ),
        ("De gemeente ontvangt 12 miljoen euro extra, voor 2024, uit het fonds.", (2024, 2024)),
        # one after a comma ending the sentence, a bracket of a sign's mark between or not
        ("Wij ramen een nadeel van € 1,3 miljoen per jaar, vanaf 2026 structureel.", (2026, None)),
        ("De kosten stijgen met € 0,8 mln per jaar (N), vanaf 2027 structureel.", (2027, None)),
        ("De opbrengst stijgt met € 0,4 mln (V), in 2027.", (2027, 2027)),
        ("De Rijksoverheid draagt 50 miljoen bij, in 2025 en 2026.", (2025, 2026)),
        ("Het kost de regeling 40 miljoen euro per jaar, vanaf 2025.", (2025, None)),
        # a year the sentence names before the amount is its own: not the last one
        ("In 2023 ontving de gemeente een bijdrage van € 3 mln, in 2024 niets.", (2023, 2023)),
        ("Het tekort over 2024 was € 3 mln, over 2025 onbekend.", (2024, 2024)),
    ],
)
def test_a_year_expression_set_off_by_commas_after_an_amount_times_it(
    text: str, years: tuple[int, int]
) -> None:
    """A year expression set off by commas after the amount's clause, a word after it or none
    ("Die 75 miljoen komt er, voor 2015 en 2016 samen, uit het budget"), is an adverbial the
    clause goes on past: its years are the amount's. The comma before it ended the clause.
    So does one ending the sentence, and a bracket holding only the mark of a deviation's
    sign ("(N)", "(V)") ended it before ("een nadeel van € 1,3 miljoen per jaar (N), vanaf
    2026 structureel." took no year)."""
    row = extract_amounts(_doc(text, published="2023-09-19"))[0]
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    "text",
    [
        # a bracket of words ends the clause: its year is another's
        "De gemeente betaalt € 5 mln per jaar (de provincie vanaf 2027), zo blijkt uit de brief.",
        # a year opening a clause of its own past the mark and the comma
        "De gemeente betaalt € 5 mln per jaar (N), in 2020 was dat nog minder.",
        # a year and a word of its own ending the sentence: another clause
        "De subsidie bedraagt € 2 mln per jaar, vanaf 2027 nihil.",
        "De gemeente ontving € 0,7 mln, in 2024 minder.",
        "Het project kost € 5 mln, in 2026 volgt een evaluatie.",
        # a sign's mark with words after it, no comma: the year is the cause's
        "Wmo: € 0,6 mln nadelig (N) als gevolg van hogere tarieven in 2025.",
        "De lasten stijgen met € 0,4 mln per jaar (V) door lagere prijzen in 2024.",
    ],
)
def test_a_year_past_a_clause_s_end_after_an_amount_is_not_its_own(text: str) -> None:
    """A bracket of words, or a comma before a year that opens a clause of its own, still
    ends the amount's clause: the year after it times something else."""
    row = extract_amounts(_doc(text, published="2023-09-19"))[0]
    assert (row["year_from"], row["year_to"]) == (None, None)


def test_the_change_after_a_path_of_two_levels_by_year_is_the_change_over_both_years() -> None:
    """A change printed right after a path of two levels by year ("van 73,4 mld euro in 2017
    tot 85,0 mld euro in 2021, een stijging van 11,6 mld euro", "naar 5,9 mld euro in 2021
    (–1,9 mld euro)") that is the difference of the levels is the change over both years:
    it took the later level's year or none. A sum that is no such difference keeps its own."""
    text = (
        "De uitgaven aan onderwijs stijgen van 41,2 mld euro in 2024 tot 44,0 mld euro in\n"
        "2028, een toename van 2,8 mld euro. De rentelasten dalen van 9,6 mld euro in 2024\n"
        "naar 8,1 mld euro in 2028 (−1,5 mld euro). De lasten stijgen van 3,0 mld euro in\n"
        "2024 naar 3,4 mld euro in 2028 (0,1 mld euro meer dan geraamd)."
    )
    rows = extract_amounts(_doc(text, published="2023-09-19"))
    assert [(r["quote"], r["year_from"], r["year_to"], r["year_source"]) for r in rows[:8]] == [
        ("41,2 mld euro", 2024, 2024, "stated"),
        ("44,0 mld euro", 2028, 2028, "stated"),
        ("2,8 mld euro", 2024, 2028, "stated"),
        ("9,6 mld euro", 2024, 2024, "stated"),
        ("8,1 mld euro", 2028, 2028, "stated"),
        ("−1,5 mld euro", 2024, 2028, "stated"),
        ("3,0 mld euro", 2024, 2024, "stated"),
        ("3,4 mld euro", 2028, 2028, "stated"),
    ]
    assert (rows[-1]["quote"], rows[-1]["year_from"]) == ("0,1 mld euro", 2028)
    assert [r["basis"] for r in rows if r["year_from"] != r["year_to"]] == ["cumulative"] * 2


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Het kabinet wil de tijdelijke middelen voor de wijkaanpak, in totaal ruim 600\n"
            "miljoen euro, vanaf 2026 structureel aan het fonds toevoegen.",
            (2026, None),
        ),
        (
            "De provincie zet de reserve, ongeveer € 45 miljoen, in 2025 in voor de dijken.",
            (2025, 2025),
        ),
    ],
)
def test_a_year_after_the_comma_closing_an_apposed_amount_is_its_clause_s(
    text: str, years: tuple[int, int | None]
) -> None:
    """An amount set between commas as its noun's apposition, up to three words after the
    opening comma ("voor jeugd, in totaal bijna twee miljard euro, vanaf 2023 structureel
    toe te voegen"), is part of a clause that goes on past the closing comma: a year
    expression right after that comma times it. The comma ended its clause."""
    row = extract_amounts(_doc(text, published="2023-09-19"))[0]
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    "text",
    [
        "Het kabinet schuift € 60 mln via een kasschuif door naar 2026 en 2027 (elk € 30 mln).",
        "Van de middelen gaat € 8 mln naar de jaren 2026 en 2027 (ieder € 4 mln).",
    ],
)
def test_a_sum_in_a_bracket_right_after_the_years_an_amount_took_shares_them(text: str) -> None:
    """A bracket opened right after the years the amount before it took, "elk" or "ieder"
    before its sum or nothing ("naar 2019 en 2020 (elk € 125 mln)"), holds an aside of those
    years: the sum took none."""
    rows = extract_amounts(_doc(text, published="2025-09-16"))
    assert [(r["year_from"], r["year_to"], r["year_source"]) for r in rows] == [
        (2026, 2027, "stated")
    ] * 2


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Uit het onderzoek van 2019 bleek dat gemeenten met een tekort van meer dan € 2\n"
            "miljoen vaker bezuinigden op jeugdzorg.",
            (None, None),
        ),
        ("In het bestuursakkoord van 2018 staat een bijdrage van € 40 mln per jaar.", (None, None)),
        # a budget of a year is no such thing: its year is the money's
        ("In de begroting van 2013 is € 12,4 miljard aan maatregelen opgenomen.", (2013, 2013)),
    ],
)
def test_a_year_dating_a_study_or_agreement_is_no_year_of_the_money(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """A study, report or agreement and its year after "van" ("uit de evaluatie van 2010 bleek
    dat ... projecten van meer dan € 100 miljoen") dates the thing, as a month's date after
    "van" does ("het werkdrukakkoord van februari 2018"): that year was stored as the amount's
    (stated)."""
    row = extract_amounts(_doc(text, published="2023-09-19"))[0]
    got = (row["year_from"], row["year_to"]) if row["year_source"] == "stated" else (None, None)
    assert got == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Het resterende deel van € 2,1 mln is bestuurlijk gebonden aan het Actieplan Wadden\n"
            "2024-2028.",
            (None, None),
        ),
        ("Er is € 4 mln toegekend aan het programma NOVA 2023-2026.", (None, None)),
        # a span a preposition or a noun of years introduces is the amount's
        ("Er is € 30 mln gereserveerd voor de jaren 2024-2028.", (2024, 2028)),
        ("Het fonds ontvangt € 12 mln in 2025-2027.", (2025, 2027)),
        # a compound of an abbreviation and a common noun is no name: its span as the
        # noun's alone ("de subsidies 2025-2028")
        (
            "De verplichtingen zijn € 87,6 miljoen hoger door het meerjarig verplichten van de\n"
            "BIS-subsidies 2025-2028.",
            (2025, 2028),
        ),
        ("Het kabinet trekt € 300 mln uit voor de ICT-projecten 2024-2026.", (2024, 2026)),
    ],
)
def test_a_span_of_years_ending_a_name_after_an_amount_is_the_name_s(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """A span of years right after a word with a capital, no preposition before it, in the
    words after an amount ("gebonden aan het Meerjarenprogramma KNMI 2021-2025") is part of
    the name, as a single year after a name is ("de Voorjaarsnota 2019"): it was stored as
    the amount's years (stated)."""
    row = extract_amounts(_doc(text, published="2023-09-19"))[0]
    got = (row["year_from"], row["year_to"]) if row["year_source"] == "stated" else (None, None)
    assert got == years


@pytest.mark.parametrize(
    "text",
    ["De totale kosten vóór 2030 bedragen € 12 mld.", "Het tekort vóór 2030 bedraagt € 12 mld."],
)
def test_voor_stressed_as_before_a_year_is_no_noun_of_that_year(text: str) -> None:
    """ "vóór 2030" before a sum's verb is a time before that year, as the year reader takes
    it elsewhere ("Vóór 2030 bedragen de kosten"), not a noun and its year: the sum was
    stored as 2030's, stated."""
    row = extract_amounts(_doc(text, published="2023-09-19"))[-1]
    assert row["year_source"] != "stated"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Kerncijfers\nLeerlingen per 1 oktober 2025: 2.310\nScholen: 14\n"
            "Gemiddelde bijdrage per leerling: € 1.245",
            [(None, None)],
        ),
        # the item's own label still dates it
        (
            "Inwoners per 1 januari 2025: 41.020\nVoorziening 2024: € 2,1 mln",
            [(2024, 2024)],
        ),
        # an introduction ending in a colon dates the items under it
        (
            "De gemeente ontvangt in 2025:\nJeugdzorg: € 5 mln\nWmo: € 3 mln",
            [(2025, 2025), (2025, 2025)],
        ),
    ],
)
def test_a_year_in_a_labelled_line_above_is_no_year_of_the_next_lines_amount(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """Lines of labelled values printed without stops ("Inwoners per 1 januari 2024:
    15.412⏎Woningvoorraad: 6.921⏎Gemiddelde woonlasten: € 1.018") read as one sentence: the
    amount took the date of a line above, which is that line's item's."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Vanaf 2027 stijgen de uitgaven met € 15 mln per jaar als gevolg van de verhoging"
            " van het minimumloon per 1 januari 2026.",
            [(2027, None)],
        ),
        (
            "In 2025 daalt het budget met € 4 mln vanwege de afbouw van de regeling in 2024.",
            [(2025, 2025)],
        ),
        # no year of its own clause before the amount: the cause's year is the one it has
        (
            "Het budget is verhoogd met € 162 mln als gevolg van de indexatie over 2019.",
            [(2019, 2019)],
        ),
        # a base compared with before the amount is no year of its own: the cause's stays
        (
            "Ten opzichte van 2024 stijgen de personeelslasten met € 3 mln vanwege de hogere"
            " cao-lonen in 2026.",
            [(2026, 2026)],
        ),
    ],
)
def test_a_year_in_a_cause_after_the_amount_yields_to_its_own_clauses(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """ "Vanaf 2027 ... € 15 mln per jaar als gevolg van ... per 1 januari 2026": the date
    times the cause; the year the amount's clause prints before it is the amount's."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "De lasten bedragen in 2026 € 142,7 mln; het saldo van € 111,5 mln is € 3,9 mln"
            " hoger dan in de begroting 2025.",
            [(2026, 2026), (2026, 2026), (2026, 2026)],
        ),
        ("Het saldo is € 3,9 mln hoger ten opzichte van de begroting 2025.", [(None, None)]),
        # no comparison: the budget's year is the amount's
        ("Het saldo is € 3,9 mln hoger in de begroting 2025.", [(2025, 2025)]),
        # "dan" after no comparative is "then": the budget's year is the amount's
        (
            "Als de raad hiermee instemt, wordt dan in de begroting 2026 € 1,5 mln opgenomen.",
            [(2026, 2026)],
        ),
        ("Het accres valt € 412 mln hoger uit dan in de septembercirculaire 2024.", [(None, None)]),
        # an adjective or two of the budget's name between the article and it
        (
            "Dat is € 21,4 mln (3,1%) minder dan in de vastgestelde begroting 2023 was geraamd.",
            [(None, None)],
        ),
        (
            "Het saldo is € 2 mln lager dan bij de eerste suppletoire begroting 2025.",
            [(None, None)],
        ),
        # "dan" after no comparative, an adjective too: "then", the budget's year the amount's
        (
            "Als de raad instemt, wordt dan in de vastgestelde begroting 2026 € 1,5 mln opgenomen.",
            [(2026, 2026)],
        ),
    ],
)
def test_a_budget_compared_with_after_the_amount_names_no_year_of_it(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """ "€ 3,9 mln hoger dan in de begroting 2025": the base compared with, its noun between
    "dan in de" and the year, is no year of the amount, as "hoger dan in 2025" is not."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Het budget stijgt met € 2,4 mln naar € 38,6 mln in 2026.",
            [(2026, 2026), (2026, 2026)],
        ),
        # a stand at a date: its change names no year
        (
            "De reserve daalt met € 85 mln tot € 210 mln eind 2025.",
            [(None, None), (2025, 2025)],
        ),
        # a change with its own year keeps it
        (
            "Het budget stijgt in 2025 met € 2,4 mln naar € 38,6 mln in 2026.",
            [(2025, 2025), (2026, 2026)],
        ),
        # a change spread over years is of no one year
        (
            "De reserve groeit jaarlijks met € 5 mln naar € 40 mln in 2030.",
            [(None, None), (2030, 2030)],
        ),
        (
            "De bijdrage loopt de komende jaren op met € 8 mln naar € 30 mln in 2029.",
            [(None, None), (2029, 2029)],
        ),
    ],
)
def test_a_change_takes_the_year_its_level_is_reached_in(
    text: str, years: list[tuple[int | None, int | None]]
) -> None:
    """ "stijgt met € 2,4 mln naar € 38,6 mln in 2026": the change is of the year its level is
    reached in, as where that year stands before both ("stijgt in 2026 met ... naar ...")."""
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == years


@pytest.mark.parametrize(
    "text",
    [
        "De waterschappen ramen in hun begrotingen 2025 samen € 4,1 miljard aan lasten.",
        "In de begrotingen 2025 is voor onderhoud € 80 mln opgenomen.",
    ],
)
def test_budgets_in_the_plural_name_their_year_as_one_budget_does(text: str) -> None:
    """ "in hun begrotingen 2025 samen € X": the budgets of many bodies for one year name that
    year as "de begroting 2025" does (it took none)."""
    row = extract_amounts(_doc(text))[0]
    assert (row["year_from"], row["year_to"], row["year_source"]) == (2025, 2025, "stated")


def test_budgets_over_a_span_in_the_plural_keep_the_span() -> None:
    """Near form: the plural over a span of years names the span, as the singular does."""
    for noun in ("begroting", "begrotingen"):
        row = extract_amounts(_doc(f"De {noun} 2025-2028 bevatten € 12 mln voor onderhoud."))[0]
        assert (row["year_from"], row["year_to"]) == (2025, 2028)


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "Het budget voor de wegen blijft € 250.000. Met de nieuwe pekelinstallatie is er "
            "drie ton per jaar minder strooizout nodig.",
            [("€ 250.000", 250_000, "EUR")],
        ),
        (
            "De gemeente trekt € 90.000 uit voor de kantine. Die gooit nu een ton per maand "
            "meer brood weg dan nodig.",
            [("€ 90.000", 90_000, "EUR")],
        ),
    ],
)
def test_tons_per_span_with_a_change_of_matter_after_them_weigh(
    text: str, quotes: list[tuple[str, int, str]]
) -> None:
    """Tons per year or month followed by a word of more or less and a noun ("drie ton per
    jaar minder strooizout") name the matter weighed: no money, whatever the paragraph
    prints (they were read as a yearly sum)."""
    rows = extract_amounts(_doc(text, published="2023-09-19"))
    assert [(r["quote"], r["amount_eur"], r["currency"]) for r in rows] == quotes


def test_tons_per_span_with_a_change_naming_no_matter_are_money() -> None:
    """Near form: a word of more or less after the span and then no noun ("twee ton per jaar
    extra.") names nothing weighed: a yearly sum, as before."""
    rows = extract_amounts(
        _doc(
            "Het budget voor speeltuinen is € 0,4 mln. Het college trekt er twee ton per jaar "
            "extra voor uit.",
            published="2023-09-19",
        )
    )
    assert [(r["quote"], r["amount_eur"], r["currency"]) for r in rows] == [
        ("€ 0,4 mln.", 400_000, "EUR"),
        ("twee ton", 200_000, "EUR"),
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Er is € 7 mln uit 2031 doorgeschoven naar 2032.", (2031, 2032)),
        ("De raad besloot € 310.000 uit 2031 mee te nemen naar 2032.", (2031, 2032)),
        (
            "Het college wil € 90.000 uit 2031 over te hevelen naar de jaren 2032 en 2033.",
            (2031, 2033),
        ),
    ],
)
def test_a_shift_with_its_verb_between_the_years_spans_them(
    text: str, years: tuple[int, int]
) -> None:
    """ "€ X uit 2031 doorgeschoven naar 2032", "uit 2031 mee te nemen naar 2032" took the year
    reached alone: the verb of the shift between the year it leaves and "naar" (a participle,
    or a particle, "te" and the infinitive) leaves the shift "uit JJJJ naar JJJJ" it is."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"]) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a finite verb between, "naar" and no year: no shift, the year the sum stems from
        ("Het tekort van € 3 mln uit 2031 loopt naar verwachting op.", (2031, 2031)),
        ("Het overschot van € 0,6 mln uit 2031 gaat naar de algemene reserve.", (2031, 2031)),
    ],
)
def test_uit_a_year_and_a_verb_without_a_year_after_naar_is_no_shift(
    text: str, years: tuple[int | None, int | None]
) -> None:
    """Near form: a verb after "uit JJJJ" and a "naar" printing no year moves nothing between
    years: no span; the year is the one the sum stems from, as "€ X uit JJJJ" alone reads."""
    (row,) = extract_amounts(_doc(text))
    assert (
        row["year_from"] if row["year_source"] == "stated" else None,
        row["year_to"] if row["year_source"] == "stated" else None,
    ) == years


@pytest.mark.parametrize(
    "text",
    [
        "Om de vertraging op te vangen wordt € 40 mln uit 2031 via een kasschuif naar 2032 en"
        " 2033 verplaatst.",
        "Het niet bestede deel, € 40 mln, gaat uit 2031 via de eindejaarsmarge naar 2033.",
    ],
)
def test_a_shift_with_its_means_between_the_years_spans_them(text: str) -> None:
    """ "€ X uit 2031 via een kasschuif naar 2032 en 2033" took the years reached alone: the
    means of the shift between the year it leaves and "naar" ("via" and a noun) leaves the
    shift "uit JJJJ naar JJJJ" it is, as a participle there does."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (2031, 2033, "stated")


def test_uit_a_year_and_via_a_noun_without_a_year_after_naar_is_no_shift() -> None:
    """Near form: "via" and a noun after "uit JJJJ", then "naar" and no year, moves nothing
    between years: the year is the one the sum stems from."""
    (row,) = extract_amounts(
        _doc("Het overschot van € 0,6 mln uit 2031 gaat via de raad naar de algemene reserve.")
    )
    assert (row["year_from"], row["year_to"], row["year_source"]) == (2031, 2031, "stated")


def test_tons_beside_a_food_bank_are_money() -> None:
    """A "voedselbank" in the paragraph is an institution, no food weighed: tons per quarter
    there in a paragraph of money are a sum (the paragraph was taken to weigh "voedsel")."""
    rows = extract_amounts(
        _doc(
            "Voor Zevenaar gaat het om twee ton per kwartaal. Dat geld gaat nu naar de "
            "voedselbank. De gemeente haalt € 180.000 uit de reserve.",
            published="2023-09-19",
        )
    )
    assert [(r["quote"], r["amount_eur"]) for r in rows] == [
        ("twee ton", 200_000),
        ("€ 180.000", 180_000),
    ]


def test_tons_beside_food_itself_still_weigh() -> None:
    """Near form: "voedsel" itself, or a compound other than the food bank
    ("voedselverspilling"), still weighs the paragraph: the tons are no money."""
    rows = extract_amounts(
        _doc(
            "De kantine gooit twee ton per kwartaal weg; dat is voedselverspilling. De gemeente "
            "trekt € 180.000 uit.",
            published="2023-09-19",
        )
    )
    assert [r["quote"] for r in rows] == ["€ 180.000"]


def test_the_bounds_of_an_estimate_are_one_range() -> None:
    """ "De kosten worden geraamd op minimaal € A en maximaal € B": the bounds of one sum not
    yet known, a range as "tussen de € A en € B" is, though each prints its currency in full
    (they were split into two amounts)."""
    rows = extract_amounts(
        _doc(
            "De kosten van de evaluatie worden geraamd op minimaal € 120.000 en maximaal € 150.000."
        )
    )
    assert [(r["amount_eur"], r["amount_eur_max"]) for r in rows] == [
        (Decimal("120000"), Decimal("150000"))
    ]


def test_a_tariff_s_bottom_and_top_after_another_verb_stay_two_amounts() -> None:
    """Near form: the bottom and top of a tariff ("bedraagt minimaal € A en maximaal € B per
    maand") are two sums each stated in full, as before."""
    rows = extract_amounts(
        _doc("De bijdrage bedraagt minimaal € 52,40 en maximaal € 1.210,00 per maand.")
    )
    assert [(r["amount_eur"], r["amount_eur_max"]) for r in rows] == [
        (Decimal("52.4"), None),
        (Decimal("1210"), None),
    ]


def test_tons_per_year_in_a_quote_after_a_paragraph_of_money_are_money() -> None:
    """Tons inside a quotation in a paragraph printing no money of its own speak of the money
    the paragraph before names (a news text): "zes ton per jaar" there, after a paragraph
    printing euros and weighing nothing, is a yearly sum (it was left unread)."""
    rows = extract_amounts(
        _doc(
            "Het Rijk trekt 400 miljoen euro uit voor de jeugdzorg.\n\n"
            '"Voor een stad als de onze gaat het om zes ton per jaar", zegt de wethouder.',
            published="2023-09-19",
        )
    )
    assert [(r["quote"], r["amount_eur"]) for r in rows] == [
        ("400 miljoen euro", 400_000_000),
        ("zes ton", 600_000),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the paragraph before weighs
        "De gemeente betaalt 2 miljoen euro voor de verwerking van afval.\n\n"
        '"Bij ons gaat het om zes ton per jaar", zegt de wethouder.',
        # money only two paragraphs up
        "Het Rijk trekt 400 miljoen euro uit.\n\nDe wethouder is somber.\n\n"
        '"Bij ons gaat het om zes ton per jaar", zegt zij.',
        # no quotation: the paragraph alone, as before
        "Het Rijk trekt 400 miljoen euro uit.\n\nBij ons gaat het om zes ton per jaar.",
    ],
)
def test_tons_after_a_weighing_or_moneyless_paragraph_or_unquoted_stay_no_money(
    text: str,
) -> None:
    """Near form: a paragraph before that weighs, one printing no money, or tons in no
    quotation say no sum."""
    rows = extract_amounts(_doc(text, published="2023-09-19"))
    assert "zes ton" not in [r["quote"] for r in rows]


@pytest.mark.parametrize(
    "text",
    [
        "De bezuiniging loopt op van € 0,3 mld. in 2026 tot € 1,2 mld. in 2029 en is daarna "
        "structureel. Cumulatief gaat het om € 2,8 mld.",
        "De extra bijdrage bedraagt € 1,2 mld. in 2029 en blijft vervolgens structureel.",
    ],
)
def test_a_year_then_and_structural_afterwards_opens_the_years(text: str) -> None:
    """An amount's year followed by a conjunct closing its clause that says the sum stays so
    after it ("... € X in JJJJ en is daarna structureel."): from that year on, no end, as "JJJJ
    en verder" is; it was that year alone, beside a basis of structural from that year."""
    row = next(r for r in extract_amounts(_doc(text)) if r["quote"] == "€ 1,2 mld.")
    assert (row["year_from"], row["year_to"], row["year_source"]) == (2029, None, "stated")


@pytest.mark.parametrize(
    "text",
    [
        "De korting bedraagt € 1,2 mld. in 2029 en is daarna structureel; de gemeenten vangen "
        "haar op.",
        "De bijdrage is € 1,2 mld. in 2029 en blijft daarna structureel, meldt het ministerie.",
        "De verlaging bedraagt € 1,2 mld. in 2029 en is vanaf dan structureel.",
        "Het budget groeit tot € 1,2 mld. in 2029 en blijft vervolgens structureel op dat niveau.",
    ],
)
def test_a_year_then_structural_afterwards_closed_by_its_clause_opens_the_years(
    text: str,
) -> None:
    """The conjunct saying the sum stays so after its year also where the amount's clause
    ends at a semicolon or a comma (the words read end there), after "vanaf dan", and with
    the level it stays at ("op dat niveau"): from that year on, no end."""
    row = next(r for r in extract_amounts(_doc(text)) if r["quote"] == "€ 1,2 mld.")
    assert (row["year_from"], row["year_to"], row["year_source"]) == (2029, None, "stated")


@pytest.mark.parametrize(
    "text",
    [
        "De bijdrage bedraagt € 1,2 mld. in 2029 en is daarna structureel lager; zo wordt "
        "bespaard.",
        "Het Rijk betaalt € 1,2 mld. in 2029 en daarna structureel minder, zegt de minister.",
    ],
)
def test_a_year_then_structural_with_a_change_after_it_is_the_years_own(text: str) -> None:
    """Near form: "en is daarna structureel lager" says the sum does not stay: the amount is
    of its year alone, whatever ends the clause after it."""
    row = next(r for r in extract_amounts(_doc(text)) if r["quote"] == "€ 1,2 mld.")
    assert (row["year_from"], row["year_to"], row["year_source"]) == (2029, 2029, "stated")


def test_a_window_of_unknown_end_is_no_closed_clause_for_structural_afterwards() -> None:
    """ "in 2028 en daarna structureel" at the end of words a caller reads years from without
    saying they end the amount's clause (``years_in``: a lead before the amount, a
    consequence's clause): the words may go on to another sum ("en daarna structureel € Y"),
    so the year is its own; every such caller's window was taken as closed, the flag being
    "not cut before the next amount"."""
    assert years_in("in 2028 en daarna structureel") == (2028, 2028, "in")
    # only the caller that knows the window ends the clause says so
    assert first_years("in 2028 en daarna structureel", closed=True)[0] == (2028, None, "vanaf")


def test_a_window_whose_conjunct_ends_at_a_stop_opens_the_years_after_structural() -> None:
    """Near form: a window whose conjunct closes at a stop reads "in 2028 en daarna
    structureel." from 2028 on, as before, whatever its caller says."""
    assert years_in("in 2028 en daarna structureel.") == (2028, None, "vanaf")


def test_a_year_then_structural_before_another_sum_is_the_years_own() -> None:
    """Near form: "en daarna structureel" before another sum ("€ X in JJJJ en daarna
    structureel € Y") tells how the next sum counts: the first is of its year alone."""
    text = "De bijdrage bedraagt € 1,2 mld. in 2029 en daarna structureel € 1,5 mld."
    row = next(r for r in extract_amounts(_doc(text)) if r["quote"] == "€ 1,2 mld.")
    assert (row["year_from"], row["year_to"], row["year_source"]) == (2029, 2029, "stated")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "De kinderopvangtoeslag valt € 85 miljoen lager uit, omdat minder gezinnen (1,12 "
            "miljoen) hem aanvragen.",
            "€ 85 miljoen",
        ),
        ("De subsidie van € 4 mln trok meer bezoekers (ruim 2,3 miljoen) dan verwacht.", "€ 4 mln"),
    ],
)
def test_bare_millions_alone_in_a_bracket_after_a_counted_noun_count_it(
    text: str, quote: str
) -> None:
    """A bare "N miljoen" alone in a bracket right after a noun of people or things counted
    ("minder gezinnen (1,12 miljoen)"): how many of them, no money, whatever money its
    sentence names; it was stored as euros."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Er rijden meer personenauto's (8,9 miljoen) rond, wat de schatkist € 50 mln oplevert.",
        "Er rijden meer bestelauto’s (ruim 1 miljoen) rond; de belasting brengt € 50 mln op.",
    ],
)
def test_bare_millions_in_a_bracket_after_vehicles_count_them(text: str) -> None:
    """A bare "N miljoen" alone in a bracket after a plural of vehicles ("personenauto's
    (8,9 miljoen)") counts them, as one after "huishoudens" does: it was stored as euros."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == ["€ 50 mln"]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a noun of money before the bracket: the bracket's figure is that money
        (
            "De uitgaven (2,4 miljoen) vallen € 1 mln hoger uit.",
            ["2,4 miljoen", "€ 1 mln"],
        ),
        # the bracket holds more than the figure, right after a counted noun: an aside
        (
            "De toeslag voor minder gezinnen (1,4 miljoen extra) kost € 5 mln.",
            ["1,4 miljoen", "€ 5 mln."],
        ),
    ],
)
def test_bare_millions_in_a_bracket_after_no_counted_noun_stay_money(
    text: str, quotes: list[str]
) -> None:
    """Near form: a bracket after a noun of money, or one holding more words than the
    figure, stays money as read."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("De uitkeringen (2,4 miljoen) vallen € 1 mln hoger uit.", ["2,4 miljoen", "€ 1 mln"]),
        (
            "De biljetten (3,5 miljoen) zijn vernietigd; dat kostte € 1 mln.",
            ["3,5 miljoen", "€ 1 mln."],
        ),
    ],
)
def test_bare_millions_in_a_bracket_after_a_noun_that_may_be_money_stay_money(
    text: str, quotes: list[str]
) -> None:
    """ "De uitkeringen (2,4 miljoen)": a noun of payments, cases or papers before the bracket
    may stand for money (the benefits' sum), unlike one of people or physical things; the
    bracket's figure stays money as read. It was dropped as a count, the bracket rule
    sharing the list of nouns a figure before them counts."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == quotes


def test_bare_millions_before_a_noun_that_may_be_money_still_count_it() -> None:
    """Near form: a bare "N miljoen" before such a noun ("2 miljoen aanvragen") still counts
    it, as before: only the bracket after it no longer does."""
    text = "Er kwamen 2 miljoen aanvragen binnen, die de dienst € 5 mln kosten."
    assert [r["quote"] for r in extract_amounts(_doc(text))] == ["€ 5 mln"]


def test_school_years_through_a_last_school_year_span_to_its_end() -> None:
    """School years printed as two calendar years a dash apart, "tot en met" the last ("over
    de schooljaren 2020-2021 tot en met 2023-2024"): the period runs to the last one's end;
    it was the first school year alone."""
    text = (
        "Dat waren tijdelijke middelen van in totaal 6,2 mld. over de schooljaren 2020-2021 "
        "tot en met 2023-2024."
    )
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (2020, 2024, "stated")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # the school years before the amount, "t/m" the last
        (
            "Scholen kregen over de schooljaren 2020-2021 t/m 2023-2024 samen 6,2 mld.",
            (2020, 2024),
        ),
        # seasons before the amount, "tot en met" the last
        ("De clubs kregen voor de seizoenen 2021-2022 tot en met 2023-2024 € 9 mln.", (2021, 2024)),
        # a school year "tot en met" a calendar year, before or after the amount
        ("Vanaf schooljaar 2023-2024 tot en met 2027 loopt de subsidie van € 9 mln.", (2023, 2027)),
        ("De subsidie van € 9 mln loopt vanaf schooljaar 2023-2024 tot en met 2027.", (2023, 2027)),
    ],
)
def test_school_years_through_a_last_year_before_the_amount_span_to_its_end(
    text: str, years: tuple[int, int]
) -> None:
    """School years "tot en met" a last school year before the amount, as after it, and a
    school year "tot en met" a calendar year: the period runs from the first one's start to
    the last year's end; the last expression read alone gave its own school year (or no
    start at all)."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a span of more years than a school year's two, before "tot en met" another
        ("Er is € 8 mln voor de jaren 2021-2024 tot en met 2027-2028.", (2021, 2024)),
        # one school year alone
        ("Er is € 8 mln voor het schooljaar 2024-2025.", (2024, 2025)),
        # one school year alone before the amount
        ("Voor het schooljaar 2024-2025 ontvangen scholen nog € 8 mln.", (2024, 2025)),
    ],
)
def test_a_span_not_of_school_years_or_alone_keeps_its_years(
    text: str, years: tuple[int, int]
) -> None:
    """Near form: a span wider than a school year before "tot en met" after the amount, or
    one school year alone, keeps the span as printed. (Not the wide span before the amount:
    no one reading of it is right, and the rule leaves it as it was.)"""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


def test_a_year_of_an_item_ended_by_a_semicolon_over_a_blank_line_is_not_the_next_items() -> None:
    """A motion's considerations, each ending in a semicolon over a blank line, the next
    opening in lower case ("constaterende dat ... vanaf 2026 ...;⏎⏎overwegende dat ...
    jaarlijks € 60 mln. nodig hebben;"): the sentence reader runs on past the blank line, and
    the year of the item before was stored as the amount's stated start."""
    text = (
        "De Kamer,\n\ngehoord de beraadslaging,\n\n"
        "constaterende dat het budget voor het mbo vanaf 2026 met 4% daalt;\n\n"
        "overwegende dat instellingen jaarlijks minimaal € 60 mln. nodig hebben;\n\n"
        "verzoekt de regering dit te dekken,\n\nen gaat over tot de orde van de dag."
    )
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (None, None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Vanaf 2026 daalt het budget met 4%; scholen hebben jaarlijks minimaal € 60 mln. nodig.",
        "constaterende dat vanaf 2026 het budget met 4% daalt;\n"
        "overwegende dat scholen jaarlijks minimaal € 60 mln. nodig hebben;",
    ],
)
def test_a_year_before_a_semicolon_not_over_a_blank_line_stays_the_amounts(text: str) -> None:
    """Near form: a semicolon inside a line, or ending one with no blank line under it, ends
    no item here: the year before it is still read as the amount's."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (2026, None, "stated")


def test_an_amount_of_a_later_consideration_takes_none_of_an_earlier_amounts_years() -> None:
    """A motion's consideration after one ending in a semicolon over a blank line that
    prints an amount of its own year ("constaterende dat ... in 2024 nog € 60 mln. ...;⏎⏎van
    mening dat een regeling van € 40 mln. ..."): the second amount is its own item's, no
    year given; it took the earlier amount's year, the sentence reader running on past."""
    text = (
        "De Kamer,\n\nconstaterende dat het fonds in 2024 nog € 60 mln. heeft toegekend;\n\n"
        "overwegende dat hogescholen worden getroffen;\n\n"
        "van mening dat een regeling van € 40 mln. kan helpen;\n\n"
        "verzoekt de regering dit te regelen."
    )
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_source"]) for r in rows] == [(2024, "stated"), (None, None)]


def test_an_amount_of_the_next_lettered_item_under_a_lead_keeps_its_year() -> None:
    """Near form: lettered items under one lead ("Het plafond voor 2026 bedraagt € X,
    waarvan:⏎⏎a. ... € Y;⏎⏎b. ... € Z"), each ending in a semicolon over a blank line, are
    one enumeration: every item keeps the lead's year."""
    text = (
        "Het plafond voor het jaar 2026 bedraagt € 75 mln, waarvan:\n\n"
        "a. voor behandelcapaciteit € 40 mln;\n\nb. voor huisartsen € 25 mln;\n\n"
        "c. voor digitale zorg € 10 mln."
    )
    rows = extract_amounts(_doc(text))
    assert [(r["year_from"], r["year_to"]) for r in rows] == [(2026, 2026)] * 4


def test_a_year_with_a_chapter_note_glued_without_a_stop_is_the_amounts_year() -> None:
    """A note numbered by its chapter glued to the year that ends the amount's sentence, no
    stop between ("tot ruim €6 miljard in 20272.4. Dat is"): the year is the amount's, as with
    the stop ("in 2027.2.4"); the glued figure read as no year at all."""
    text = "De kosten groeien naar verwachting tot ruim €6 miljard in 20272.4. Dat is veel."
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (2027, 2027, "stated")


@pytest.mark.parametrize(
    "text",
    [
        # a figure of five digits, no note
        "Er is €6 miljard voor 20272 woningen.",
        # a decimal point and a scale word after it: a figure, whatever it is
        "Het budget is €6 miljard in 20272.4 miljoen inwoners.",
    ],
)
def test_a_longer_figure_starting_like_a_year_is_no_year(text: str) -> None:
    """Near form: five digits, or a figure with a decimal point going on in its clause, is no
    year with a note glued to it."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (None, None, None)


@pytest.mark.parametrize(
    ("text", "first_year"),
    [
        (
            "Het fonds gaf € 6,2 mld uit over de schooljaren 2020-2021 tot en met 2023-2024; dat"
            " is € 2.900 per leerling.",
            2020,
        ),
        (
            "De sportbonden krijgen € 9 mln voor de seizoenen 2021-2022 t/m 2023-2024, en"
            " daarnaast € 300.000 voor de koepel.",
            2021,
        ),
    ],
)
def test_a_period_through_school_years_after_an_amount_is_none_of_the_next_ones(
    text: str, first_year: int
) -> None:
    """ "€ 6,2 mld over de schooljaren 2020-2021 tot en met 2023-2024; dat is € 2.900 per
    leerling" gave the per-pupil amount 2023-2024: the words read with the first amount's
    period ended at its first school year, and the next amount took "tot en met 2023-2024"
    for its own."""
    first, second = extract_amounts(_doc(text))
    assert (first["year_from"], first["year_to"]) == (first_year, 2024)
    assert second["year_source"] != "stated"


def test_a_school_year_alone_after_an_amount_leaves_the_next_amount_its_own_years() -> None:
    """Near form: one school year after an amount, the next amount printing its own year
    (as before)."""
    first, second = extract_amounts(
        _doc("Er is € 8 mln voor het schooljaar 2024-2025 en € 3 mln in 2026.")
    )
    assert (first["year_from"], first["year_to"]) == (2024, 2025)
    assert (second["year_from"], second["year_to"]) == (2026, 2026)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Voor de renovatie schuift € 60 mln uit 2025 en 2026 naar 2028.", (2025, 2028)),
        ("Voor de aanschaf wordt € 75 mln van 2029 en 2030 naar 2026 gehaald.", (2026, 2030)),
    ],
)
def test_a_shift_from_two_years_after_an_amount_spans_all_its_years(
    text: str, years: tuple[int, int]
) -> None:
    """ "€ 60 mln uit 2025 en 2026 naar 2028" gave 2025-2026: a shift leaving two years
    joined by "en" moves the money between those and the year it goes to, as one leaving a
    single year does ("uit 2025 naar 2028": 2025-2028), from the first to the last, a
    forward shift too."""
    (row,) = extract_amounts(_doc(text))
    assert (row["year_from"], row["year_to"], row["year_source"]) == (*years, "stated")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # "van" two years before "naar" and a noun, no year after it: those two years
        ("Het budget van 2024 en 2025 gaat naar de regio's: € 8 mln.", (2024, 2025)),
        # two years after "in", "naar" and a next amount: a level's years, no shift
        ("De bijdrage loopt op van € 10 mln in 2024 en 2025 naar € 20 mln in 2026.", (2024, 2025)),
    ],
)
def test_two_years_before_naar_without_a_shift_keep_their_years(
    text: str, years: tuple[int, int]
) -> None:
    """Near forms: two years joined by "en" before "naar" that name no year the money moves
    to keep the two years (as before)."""
    row = extract_amounts(_doc(text))[0]
    assert (row["year_from"], row["year_to"]) == years


@pytest.mark.parametrize(
    "text",
    [
        "De zorgtoeslag kost € 5,1 miljard. Zorgverzekeraars hebben samen 17,6 miljoen"
        " verzekerden; dat aantal groeit.",
        "Het kader stijgt naar € 97 miljard. De 16 miljoen verzekerden betalen de premie.",
    ],
)
def test_bare_millions_before_verzekerden_count_the_insured(text: str) -> None:
    """ "hebben samen 17,6 miljoen verzekerden;" was stored as € 17,6 mln where its paragraph
    spoke of money: "hebben" sends no participle to the clause's end here, and the word is
    no verb but the insured, people counted as "inwoners" are; now listed among them."""
    assert [r["quote"] for r in extract_amounts(_doc(text))] == [
        "€ 5,1 miljard" if "5,1" in text else "€ 97 miljard"
    ]


def test_bare_millions_before_a_verb_of_insuring_stay_money() -> None:
    """Near form: a verb of the same stem before the amount leaves a bare sum after it money
    (as before)."""
    text = "Het fonds heeft 80 miljoen euro. Daarmee verzekeren zij 5 miljoen extra."
    assert [r["quote"] for r in extract_amounts(_doc(text))] == ["80 miljoen euro", "5 miljoen"]
