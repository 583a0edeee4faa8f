"""Tests of rebuilding a table's row hierarchy (``tables_hierarchy``)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from table_texts import cells_per_line, printed, read_text, row_parents

from budgetkit.extract.tables_hierarchy import (
    _MARK_ENDS,
    DIFFERENCE,
    FOOTNOTE_MARK,
    _column_sums,
    _worth,
    build,
)
from budgetkit.extract.tables_tokens import NO_FIGURE, UNKNOWN_FIGURE


def test_a_row_back_at_a_totals_indent_is_no_part_of_it() -> None:
    """A total printed above its indented parts, then a row back at the total's own indent
    that prints "p.m." only (a row no figure places: any sum admits it): the layout says it
    is no part of the total (it was put under it)."""
    text = "\n".join(
        [
            "Tabel 3.4 Uitgaven aan medeoverheden (x € 1 mln)",
            "",
            "                                        2025       2026       2027",
            "Uitkeringen aan medeoverheden          1.250      1.300      1.340",
            "  Gemeentefonds                          900        930        960",
            "  Provinciefonds                         350        370        380",
            "Nieuwe decentralisatie-uitkering                    p.m.       p.m.",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["Gemeentefonds"] == parents["Provinciefonds"] == "Uitkeringen aan medeoverheden"
    assert parents["Nieuwe decentralisatie-uitkering"] is None


def test_indents_bound_a_total_printed_above_its_parts_only_where_its_parts_are_indented() -> None:
    """Where the row under a total is not indented past it, or an indent is unknown, the
    numbers alone decide: the same rows at one indent keep the "p.m." row under the total."""
    labels = ["Uitkeringen", "Gemeentefonds", "Provinciefonds", "Nieuw"]
    values = [
        (Decimal(1250), Decimal(1300)),
        (Decimal(900), Decimal(930)),
        (Decimal(350), Decimal(370)),
        (None, None),
    ]
    kinds = ["amount"] * 4
    assert build(labels, values, kinds, indents=[0, 2, 2, 0]).parents == [None, 0, 0, None]
    assert build(labels, values, kinds, indents=[0, 0, 0, 0]).parents == [None, 0, 0, 0]
    assert build(labels, values, kinds, indents=[0, 2, 2, None]).parents == [None, 0, 0, 0]


def _slotwet(realisatie: str) -> str:
    return "\n".join(
        [
            "Tabel 3 Slotwetmutaties Provinciefonds 2024 (bedragen x € 1.000)",
            "",
            "Art.  Omschrijving                                Verplichtingen      Uitgaven",
            "      Stand 2e suppletoire begroting 2024              1.804.220     1.804.220",
            "1     Accres algemene uitkering                           14.310        14.310",
            "1     Decentralisatie-uitkeringen                        – 2.115       – 2.115",
            "      Totaal slotwetmutaties                              12.195        12.195",
            "",
            f"      Realisatie 2024                                  {realisatie}",
        ]
    )


def test_a_stand_after_a_total_of_mutations_closes_the_chain_even_with_a_typo() -> None:
    """A slotwet's chain of stands: the stand, its mutations, their total, then the
    realisation they come to. The realisation closes the stand and the total also where a
    figure is misprinted in one column (1.816.451 for 1.816.415): the failing sum is then a
    finding on the source (it was left without parts, the typo unseen)."""
    _tables, cells, _warnings = read_text(_slotwet("1.816.415     1.816.451"))
    parents = row_parents(cells)
    assert parents["Stand 2e suppletoire begroting 2024"] == "Realisatie 2024"
    assert parents["Totaal slotwetmutaties"] == "Realisatie 2024"
    assert parents["1 Accres algemene uitkering"] == "Totaal slotwetmutaties"
    # a row after the total that adds up in no column is no stand of the chain
    _tables, cells, _warnings = read_text(_slotwet("1.900.000     1.900.000"))
    parents = row_parents(cells)
    assert parents["Stand 2e suppletoire begroting 2024"] is None
    assert parents["Realisatie 2024"] is None


def test_a_row_that_names_the_rows_it_is_the_difference_of_is_no_part_of_them() -> None:
    """A row whose label ends in the numbers of the rows it is computed from with a minus
    ("(3) Ruimte (1) - (2)") is their difference: the minuend above it equals the subtrahend
    plus the difference in every column, which is no sum of parts, so all three stay flat
    rows; the equals form ("(=1-2)") says the same."""
    text = "\n".join(
        [
            "Tabel 4 Weerstandsvermogen (bedragen x € 1.000)",
            "",
            "                                             2025       2026       2027",
            "(1) Beschikbare weerstandscapaciteit        8.400      8.900      9.150",
            "(2) Benodigde weerstandscapaciteit          3.100      3.300      3.420",
            "(3) Vrije ruimte (1) - (2)                  5.300      5.600      5.730",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["(2) Benodigde weerstandscapaciteit"] is None
    assert parents["(3) Vrije ruimte (1) - (2)"] is None
    labels = ["1. Beschikbaar", "2. Benodigd", "Vrije ruimte (=1-2)"]
    values = [(Decimal(8400),), (Decimal(3100),), (Decimal(5300),)]
    assert build(labels, values, ["amount"] * 3).parents == [None, None, None]
    # a range in brackets is no formula: the same rows without one still add up
    labels = ["Kinderen", "Kinderen (0-3)", "Kinderen (4-12)"]
    assert build(labels, values, ["amount"] * 3).parents == [None, 0, 0]


def test_an_over_or_onderschrijding_is_no_part_of_the_spending_above_it() -> None:
    """The spending against its ceiling: the spending, the ceiling, then by how much it
    falls short of it or exceeds it. The spending is the ceiling plus the onderschrijding
    in every column, which adds up as a total printed above its parts would, but the last
    row is their difference: the ceiling and it are top rows, and the spending still closes
    the stand and the mutations above it."""
    text = "\n".join(
        [
            "Tabel 3 Uitgaven onder het kader (in mld euro)",
            "",
            "                                          2021     2022     2023",
            "",
            "Uitgaven bij ontwerpbegroting 2021       120,4    122,1    124,0",
            "Mutaties                                   1,2      0,9     -0,5",
            "Uitgaven bij Najaarsnota 2021            121,6    123,0    123,5",
            "",
            "Uitgavenplafond                          122,0    124,1    125,0",
            "Over- (+) / onderschrijding (-)           -0,4     -1,1     -1,5",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["Uitgaven bij ontwerpbegroting 2021"] == "Uitgaven bij Najaarsnota 2021"
    assert parents["Uitgavenplafond"] is None
    assert parents["Over- (+) / onderschrijding (-)"] is None
    labels = ["Netto uitgaven", "Plafond", "Onderschrijding (-) / overschrijding (+)"]
    assert build(labels, _CEILING, ["amount"] * 3).parents == [None, None, None]


#: A row, then two rows it is the sum of in its one column.
_CEILING = [(Decimal(1165),), (Decimal(1173),), (Decimal(-8),)]


@pytest.mark.parametrize(
    "last", ["Over/onderschrijding", "Overschrijdingen", "Onder- / overschrijding (-)"]
)
def test_an_over_or_onderschrijding_without_a_hyphen_or_in_the_plural_is_a_balance(
    last: str,
) -> None:
    """The difference named with a slash and no hyphen ("Over/onderschrijding"), in the
    plural, or with a sign in brackets: a balance, no part of the row above, as
    "Onderschrijding (-) / overschrijding (+)" is ("Onder- / overschrijding (-)" was one
    before as well)."""
    labels = ["Netto uitgaven", "Plafond", last]
    assert build(labels, _CEILING, ["amount"] * 3).parents == [None, None, None]


def test_an_overschrijding_of_a_named_item_is_a_part_under_its_heading() -> None:
    """An overschrijding followed by what exceeds ("Overschrijding zorg") is a line item: a
    part of the value-less heading above it, as the rows around it are. Read as a balance,
    it lost its parent and so did every row after it."""
    values = [None, (Decimal(10), Decimal(12)), (Decimal(5), Decimal(6)), (Decimal(3),) * 2]
    labels = ["Tegenvallers", "Loonkosten", "Overschrijding zorg", "Huisvesting"]
    assert build(labels, values, ["amount"] * 4).parents == [None, 0, 0, 0]


def test_a_part_named_with_the_same_first_letters_as_an_onderschrijding_adds_up() -> None:
    """A part whose name merely starts as an onder- or overschrijding does ("Onderhoud",
    "Overdrachten") is no difference: the two rows under the first still add up to it."""
    for last in ("Onderhoud", "Overdrachten"):
        labels = ["Netto uitgaven", "Plafond", last]
        assert build(labels, _CEILING, ["amount"] * 3).parents == [None, 0, 0]


def _three_years(title: str, *rows: str) -> str:
    return "\n".join(
        [
            title,
            "",
            "                                    2024     2025     2026",
            "",
            *rows,
        ]
    )


def test_a_row_equal_to_the_row_above_its_waarvan_rows_is_the_same_total_again() -> None:
    """A balance, its "waarvan" rows by sector, then the same balance by component: a row
    printing the balance's figures again over the components that add up to it. The sums
    would make it the first row's only part (equal, as a single part must be), but the
    waarvan rows already say what the first is made of: the second is a top row of its own,
    heading its components."""
    text = _three_years(
        "Tabel 5 Saldo naar sector (in % bbp)",
        "Saldo collectieve sector            -2,0     -2,4     -2,8",
        "waarvan centrale overheid           -1,8     -2,0     -2,5",
        "waarvan decentrale overheden        -0,3     -0,5     -0,4",
        "waarvan fondsen                      0,1      0,1      0,1",
        "Feitelijk saldo                     -2,0     -2,4     -2,8",
        "Structureel saldo                   -1,5     -2,0     -2,6",
        "Conjunctuur                         -0,5     -0,4     -0,2",
    )
    parents = row_parents(read_text(text)[1])
    assert parents["waarvan fondsen"] == "Saldo collectieve sector"
    assert parents["Feitelijk saldo"] is None
    assert parents["Conjunctuur"] == "Feitelijk saldo"


def test_an_instruments_one_regeling_after_its_waarvan_row_stays_its_part() -> None:
    """An instrument, a "waarvan" row, then its one regeling printing the same figures: the
    label cue places the regeling under the instrument, waarvan row or not."""
    text = _three_years(
        "Tabel 5 Budgettaire gevolgen (bedragen x € 1.000)",
        "Opdrachten                           500      400      300",
        "waarvan juridisch verplicht          450",
        "Onderzoek en advies                  500      400      300",
    )
    parents = row_parents(read_text(text)[1])
    assert parents["Onderzoek en advies"] == "Opdrachten"


def _structural_balance(share: str, last: str) -> list[int | None]:
    """The parents of a structural balance coded with capital letters: the balance of
    baten and lasten, the reserves' mutations, their sum named by its formula, the
    incidental part of that sum (``share``), then what is left of it (``last``)."""
    labels = [
        "A. Saldo van baten en lasten",
        "B. Mutaties reserves",
        "C=A+B Begrotingssaldo na bestemming",
        share,
        last,
    ]
    values = [
        (Decimal(-5000), Decimal(-2000), Decimal(1000)),
        (Decimal(6200), Decimal(2600), Decimal(-300)),
        (Decimal(1200), Decimal(600), Decimal(700)),
        (Decimal(-1500), Decimal(-800), Decimal(0)),
        (Decimal(2700), Decimal(1400), Decimal(700)),
    ]
    return build(labels, values, ["amount"] * len(labels)).parents


def test_a_waarvan_row_coded_with_a_letter_is_a_share_of_the_row_above() -> None:
    """ "D. waarvan ..." is a waarvan row as "4. Waarvan ..." is: a share of the row above
    it, no row the sums count. Read as a part, it and the row after it made up the sum
    above them and took its place: the sum no longer closed its own parts A and B. The
    structural saldo after it, C less D, is a balance (a saldo), no rest of C."""
    share = "D. waarvan incidentele baten en lasten (saldo)"
    assert _structural_balance(share, "E. Structureel begrotingssaldo") == [2, 2, None, 2, None]


def test_a_row_coded_with_a_letter_without_waarvan_is_a_row_the_sums_place() -> None:
    """The same row without "waarvan" is a row of its own, placed by the sums (the row
    above heads it and the row after it, which add up to it). Only what this rule decides
    is asserted: where A and B, which C's label sums, stand is another rule's."""
    share = "D. Incidentele baten en lasten (saldo)"
    assert _structural_balance(share, "E. Structureel begrotingssaldo")[3:] == [2, 2]


def test_a_row_whose_letter_formula_subtracts_is_no_rest_after_a_waarvan_row() -> None:
    """A label opening with the formula of a difference of lettered rows ("E=C-D ...") is
    a balance as "(3) Vrije ruimte (1) - (2)" is: after the waarvan row D it makes up C
    with D, but it is their difference, a top row, not the rest of C."""
    share = "D. waarvan incidentele baten en lasten (saldo)"
    last = "E=C-D Structureel begrotingssaldo"
    assert _structural_balance(share, last) == [2, 2, None, 2, None]


def test_a_letter_formula_that_only_adds_is_no_difference() -> None:
    """ "C=A+B ..." names the rows it sums, no difference."""
    assert DIFFERENCE.search("C=A+B Begrotingssaldo na bestemming") is None


def _kader(heading: str) -> dict[str, str | None]:
    """The parents of a ceiling's development: the level, a heading over changes printed
    without values (``heading``), two measures, an endogenous change and the rest, then the
    level they come to."""
    text = "\n".join(
        [
            "Tabel 2 Ontwikkeling uitgavenkader (in mld euro)",
            "",
            "                                         2024     2025     2026",
            "",
            "Uitgavenkader ontwerpbegroting 2024     300,0    305,0    310,0",
            heading,
            "Zorg                                      0,5      0,8      1,0",
            "Veiligheid                                0,2      0,3      0,4",
            "Endogene ontwikkelingen                  -0,3      0,4      0,1",
            "Overige mutaties                          0,1     -0,1      0,0",
            "Uitgavenkader Voorjaarsnota 2024        300,5    306,4    311,5",
        ]
    )
    return row_parents(read_text(text)[1])


def test_a_heading_of_policy_changes_holds_no_change_of_another_kind() -> None:
    """Under "Beleidsmatige mutaties" the measures are policy changes; "Endogene
    ontwikkelingen" is no policy, but a change beside them, and the rows after it up to the
    level the chain comes to are too: that level is their parent, as it is the first
    level's."""
    parents = _kader("Beleidsmatige mutaties")
    assert parents["Zorg"] == "Beleidsmatige mutaties"
    assert parents["Endogene ontwikkelingen"] == "Uitgavenkader Voorjaarsnota 2024"
    assert parents["Overige mutaties"] == "Uitgavenkader Voorjaarsnota 2024"
    assert parents["Uitgavenkader ontwerpbegroting 2024"] == "Uitgavenkader Voorjaarsnota 2024"


def test_a_change_of_another_kind_printed_indented_leaves_the_policy_heading() -> None:
    """The same chain, the endogenous change's label given with the white space it is
    printed indented by ("  Endogene ontwikkelingen"): it is read as every other label of
    the block is, stripped, and leaves the policy heading for the level the chain comes
    to, the rows after it too (it stayed under the heading). The heading, whose rows the
    level sums as well, is that level's part too."""
    rows = [
        ("300,0", "305,0", "310,0"), (), ("0,5", "0,8", "1,0"), ("0,2", "0,3", "0,4"),
        ("-0,3", "0,4", "0,1"), ("0,1", "-0,1", "0,0"), ("300,5", "306,4", "311,5"),
    ]  # fmt: skip
    labels = [
        "Uitgavenkader ontwerpbegroting 2024", "Beleidsmatige mutaties", "Zorg", "Veiligheid",
        "  Endogene ontwikkelingen", "Overige mutaties", "Uitgavenkader Voorjaarsnota 2024",
    ]  # fmt: skip
    values = [tuple(Decimal(text.replace(",", ".")) for text in row) or None for row in rows]
    found = build(labels, values, ["amount"] * 7, rows, [False] * 7, [0] * 7, [False] * 7)
    assert found.parents == [6, 6, 1, 1, 6, 6, None]


def test_a_heading_of_all_changes_holds_the_endogenous_ones_too() -> None:
    """Under a heading naming all the changes ("Mutaties") an endogenous one is one of them."""
    parents = _kader("Mutaties")
    assert parents["Endogene ontwikkelingen"] == "Mutaties"
    assert parents["Overige mutaties"] == "Mutaties"


def _two_headings(last: str) -> dict[str, str | None]:
    """The parents of a running total over two headings of changes printed without values:
    the level, the policy changes under their heading, the technical ones under theirs,
    then a last row (``last``: its three figures), named as the level is, no stand."""
    text = "\n".join(
        [
            "Tabel 3 Ontwikkeling uitgaven (in mln euro)",
            "",
            "                                   2024      2025      2026",
            "",
            "Uitgaven bij ontwerpbegroting    10.000    10.200    10.400",
            "Beleidsmatige mutaties",
            "Klimaat                             300       250",
            "Overige beleidsmatige mutaties      100       -40        60",
            "Technische mutaties",
            "Loon- en prijsbijstelling           210       215       220",
            "Overige technische mutaties         -11        26       -31",
            f"Uitgaven bij Voorjaarsnota     {last}",
        ]
    )
    return row_parents(read_text(text)[1])


def test_the_level_after_two_headings_of_changes_is_the_parent_of_both() -> None:
    """A running total printed as a level, two headings of changes each over its rows, and
    the level they come to at the bottom, named as the first is ("Uitgaven bij ..."), no
    stand: the last row is the sum of the first level and every change under both headings
    (within rounding: 2025 off by one), so it is the first level's parent and no change
    under the last heading. Only the changes under that last heading were summed with the
    level, so it stayed one more technical change."""
    parents = _two_headings("10.599    10.652    10.649")
    assert parents["Uitgaven bij Voorjaarsnota"] is None
    assert parents["Uitgaven bij ontwerpbegroting"] == "Uitgaven bij Voorjaarsnota"
    assert parents["Klimaat"] == "Beleidsmatige mutaties"
    assert parents["Overige technische mutaties"] == "Technische mutaties"


def test_a_last_row_that_is_no_level_stays_a_change_under_the_last_heading() -> None:
    """The near form: a last row that the level and the changes do not make (a change of its
    own, small figures) is read as before, one more change under the last heading."""
    parents = _two_headings("   15        12         9")
    assert parents["Uitgaven bij Voorjaarsnota"] == "Technische mutaties"
    assert parents["Uitgaven bij ontwerpbegroting"] is None


def test_a_total_whose_parts_add_up_closes_no_earlier_row_by_its_label() -> None:
    """A "Subtotaal" printed under the two rows it adds up exactly, a row above them that
    is no part of it (an fte count, "1,0" and "0,9", in a WNT table): found by their sums,
    the parts are its children and the earlier row stays a top row. The label's closing
    (a total whose sum fails still closes the rows since the last total) took the fte row
    too, as if the total had found no parts, for it looked for parts below it only."""
    labels = [
        "Omvang dienstverband (in fte)",
        "Beloning plus belastbare onkostenvergoedingen",
        "Beloningen betaalbaar op termijn",
        "Subtotaal",
        "Individueel toepasselijke bezoldigingsmaximum",
    ]
    values = [
        (Decimal("1.0"), Decimal("0.9")),
        (Decimal(187412), Decimal(141006)),
        (Decimal(23118), Decimal(17544)),
        (Decimal(210530), Decimal(158550)),
        (Decimal(223000), Decimal(167250)),
    ]
    texts = [tuple(f"{value:,}".replace(",", ".") for value in row) for row in values]
    texts[0] = ("1,0", "0,9")
    found = build(labels, values, ["amount"] * len(labels), texts)
    assert found.parents == [None, 3, 3, None, None]


def _baten(overige: str) -> str:
    return "\n".join(
        [
            "Tabel 4 Meerjarenraming (bedragen x € 1.000)",
            "",
            "                                    Begroting    Raming    Raming    Raming",
            "                                         2025      2026      2027      2028",
            "",
            "Lasten                                 12.400    12.700    12.950    13.200",
            "   Programma Veiligheid                 9.100     9.300     9.480     9.650",
            "   Overhead                             3.300     3.400     3.470     3.550",
            "",
            "Baten                                  12.380    12.690    12.980    13.190",
            "   Bijdragen deelnemers                10.900    11.180    11.420    11.640",
            f"   Overige baten                      {overige}",
            "",
            "Saldo van baten en lasten                 -20       -10        30       -10",
        ]
    )


def test_indented_parts_keep_their_total_above_them_where_one_figure_is_misprinted() -> None:
    """A total printed above parts indented past it whose sum fails in one column (12.980
    printed for 12.970): the indentation still shows them as its parts, so the failing sum
    is a finding on the source (the parts had lost their parent, the typo unseen). Where
    the sum fails in most columns the rows are no parts of it."""
    _tables, cells, _warnings = read_text(_baten(" 1.480     1.510     1.550     1.550"))
    parents = row_parents(cells)
    assert parents["Programma Veiligheid"] == "Lasten"
    assert parents["Bijdragen deelnemers"] == parents["Overige baten"] == "Baten"
    assert parents["Saldo van baten en lasten"] is None
    _tables, cells, _warnings = read_text(_baten(" 1.380     1.410     1.450     1.450"))
    parents = row_parents(cells)
    assert parents["Bijdragen deelnemers"] is None and parents["Overige baten"] is None


@given(st.text(alphabet=list("Uitgaven 12()*¹²³\xa0\n.a"), max_size=14))
def test_a_footnote_mark_ends_in_one_of_the_characters_looked_for(label: str) -> None:
    """``rank`` takes a footnote mark off only a label ending in one of ``_MARK_ENDS``
    ("Uitgaven 1)", "Uitgaven*", "Uitgaven¹"): every mark the pattern finds ends in one."""
    for mark in FOOTNOTE_MARK.finditer(label.strip()):
        assert mark.group()[-1] in _MARK_ENDS


def test_the_rest_after_a_waarvan_row_is_a_part_of_the_row_both_make_up() -> None:
    """A budget flexibility table numbers its items: "1. Totaal geraamde kasuitgaven",
    "2. Waarvan apparaatsuitgaven", "3. Dus programma-uitgaven" (1 minus 2), then the
    "waarvan" parts of 3. Item 3 is the rest of item 1 once item 2 is counted: with item 2
    it makes up item 1 in every column, so both are its parts and add up to it (item 3
    stood at the top, as a row of its own, and item 2 was a part not adding up). A nil
    "waarvan" row proves no such sum: the rest is then just the whole again."""
    rows = [
        ("1. Totaal geraamde kasuitgaven", "240 310", "236 120", "231 900"),
        ("2. Waarvan apparaatsuitgaven", "31 200", "30 950", "30 700"),
        ("3. Dus programma-uitgaven", "209 110", "205 170", "201 200"),
        ("4. Waarvan juridisch verplicht", "180 000", "150 000", "120 000"),
        ("5. Waarvan bestuurlijk gebonden", "20 000", "30 000", "40 000"),
        ("6. Waarvan nog niet ingevuld/vrij te besteden", "9 110", "25 170", "41 200"),
    ]
    lines = [
        "Tabel 4.3 Budgetflexibiliteit artikel 4 (x € 1 000)",
        "",
        f"{'':48}2011     2012     2013",
    ]
    lines += [f"{label:<46}{a:>7}  {b:>7}  {c:>7}" for label, a, b, c in rows]
    _tables, cells, _warnings = read_text("\n".join(lines))
    parents = row_parents(cells)
    assert parents["3. Dus programma-uitgaven"] == "1. Totaal geraamde kasuitgaven"
    assert parents["2. Waarvan apparaatsuitgaven"] == "1. Totaal geraamde kasuitgaven"
    assert parents["5. Waarvan bestuurlijk gebonden"] == "3. Dus programma-uitgaven"
    adds = {c["row_label"]: c["adds_up"] for c in cells}
    assert adds["2. Waarvan apparaatsuitgaven"] and adds["3. Dus programma-uitgaven"]
    labels = [label for label, *_values in rows[:3]]
    values = [(Decimal(59095),), (Decimal(0),), (Decimal(59095),)]
    found = build(labels, values, ["amount"] * 3)
    assert found.parents == [None, 0, None] and found.partial == [False, True, False]


def _rest_or_balance(last: str) -> list[int | None]:
    """The parents of an item, a waarvan row of it, and then ``last``: the two rows under
    the item make it up in every column."""
    labels = ["1. Totaal geraamde kasuitgaven", "2. Waarvan apparaatsuitgaven", last]
    values = [
        (Decimal(240310), Decimal(236120), Decimal(231900)),
        (Decimal(31200), Decimal(30950), Decimal(30700)),
        (Decimal(209110), Decimal(205170), Decimal(201200)),
    ]
    return build(labels, values, ["amount"] * 3).parents


@pytest.mark.parametrize("last", ["3. Programma-uitgaven (=1-2)", "Saldo", "Onderschrijding"])
def test_a_balance_after_a_waarvan_row_is_no_rest_of_the_row_above(last: str) -> None:
    """A row after a waarvan row that with it makes up the row above is no rest of that
    row where its label names a balance: a difference whose formula it prints ("3.
    Programma-uitgaven (=1-2)"), a "Saldo" or an onderschrijding, the same labels that
    make a row a balance anywhere else in the block (a "Saldo" was taken for the rest)."""
    assert _rest_or_balance(last) == [None, 0, None]


def test_a_structural_saldo_after_the_waarvan_row_of_a_saldo_is_no_rest_of_it() -> None:
    """A municipality's structural balance: the saldo after its reserves, the incidental
    part of it as a "waarvan" row, then the structural saldo, the saldo less that part. It
    makes up the saldo with the waarvan row in every column, but a saldo named in a
    compound or after its kind ("Structureel begrotingssaldo") is their difference, a
    balance as any "Saldo": a top row, and the waarvan row stays a part not adding up."""
    labels = [
        "Resultaat na reservemutaties",
        "waarvan eenmalige baten en lasten",
        "Structureel begrotingssaldo",
    ]
    values = [
        (Decimal(-310500), Decimal(48200), Decimal(512000)),
        (Decimal(-45000), Decimal(-120000), Decimal(12000)),
        (Decimal(-265500), Decimal(168200), Decimal(500000)),
    ]
    found = build(labels, values, ["amount"] * 3)
    assert found.parents == [None, 0, None] and found.partial == [False, True, False]


@pytest.mark.parametrize(
    "last", ["Overige mutaties per saldo", "Gemiddeld saldo overige posten", "Saldo-effect rente"]
)
def test_a_saldo_inside_a_phrase_after_a_waarvan_row_is_the_rest(last: str) -> None:
    """The near form of the structural saldo: a row naming "saldo" inside a phrase, not a
    saldo's compound or kind ending its label ("Overige mutaties per saldo": the other
    changes netted), is no balance: with the waarvan row it makes up the row above in every
    column, so it is that row's rest, as a row naming no saldo is (it was left at the top)."""
    labels = ["Totaal mutaties", "waarvan loon- en prijsbijstelling", last]
    values = [
        (Decimal(640), Decimal(655), Decimal(702)),
        (Decimal(115), Decimal(121), Decimal(128)),
        (Decimal(525), Decimal(534), Decimal(574)),
    ]
    assert build(labels, values, ["amount"] * 3).parents == [None, 0, 0]


def test_the_rest_named_without_a_formula_after_a_waarvan_row_is_a_part() -> None:
    """Near form: the rest named without a formula ("3. Dus programma-uitgaven") is a part
    of the row it and the waarvan row make up, as before."""
    assert _rest_or_balance("3. Dus programma-uitgaven") == [None, 0, 0]


def test_a_top_row_after_a_waarvan_row_is_no_rest_of_the_row_above() -> None:
    """A guarantee article's verplichtingen are mostly its guarantees ("Verplichtingen" /
    "waarvan garantieverplichtingen") and, for the rest, its uitgaven' own: "Uitgaven"
    printed next makes up "Verplichtingen" with the share in every year. The cues put
    "Uitgaven" at the top level, beside "Verplichtingen", never under it (it was read as
    the rest of the verplichtingen). A row no cue ranks at the top is still such a rest."""
    labels = ["Verplichtingen", "waarvan garantieverplichtingen", "Uitgaven", "Opdrachten"]
    values = [
        (Decimal(6407), Decimal(5126)),
        (Decimal(6255), Decimal(5000)),
        (Decimal(152), Decimal(126)),
        (Decimal(152), Decimal(126)),
    ]
    found = build(labels, values, ["amount"] * 4)
    assert found.parents == [None, 0, None, 2]
    rest = ["Totaal apparaat", "waarvan personeel", "Materieel", "ICT"]
    found = build(rest, values, ["amount"] * 4)
    assert found.parents[2] == 0


def test_rows_of_another_unit_are_no_parts_of_a_total_closing_them() -> None:
    """An overview of apparaatskosten prints, between the money rows its total sums, rows
    in another unit, each saying its own in its label: a count of fte and an average price
    in whole euros. A total printed under them closes only the rows of its own unit ("x €
    1.000"): the count and the price stay top rows (they were made parts of the total)."""
    text = "\n".join(
        [
            "Tabel 7 Apparaatskosten en formatie",
            "",
            "                                        2025       2026       2027",
            "Loonkosten (x € 1.000)                42.310     41.880     41.020",
            "Formatie (fte)                         412,5      405,0      398,5",
            "Loonkosten per fte (x € 1)           102.570    103.407    102.936",
            "Huisvesting en ICT (x € 1.000)        11.690     11.420     11.480",
            "Totaal apparaatskosten (x € 1.000)    54.000     53.300     52.500",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    total = "Totaal apparaatskosten (x € 1.000)"
    assert parents["Loonkosten (x € 1.000)"] == total
    assert parents["Huisvesting en ICT (x € 1.000)"] == total
    assert parents["Formatie (fte)"] is None
    assert parents["Loonkosten per fte (x € 1)"] is None


def test_a_row_making_up_a_whole_with_its_waarvan_rows_in_one_column_only_is_no_rest() -> None:
    """A row printed after "waarvan" rows is their whole's rest where, with them, it makes
    it up in every column; in a table of one column that may be chance ("Ontvangsten" 60
    under "Totaal uitgaven" 100 and "waarvan personeel" 40): it stays a row of its own,
    no part of the uitgaven."""
    labels = ["Totaal uitgaven", "waarvan personeel", "Ontvangsten"]
    one = [(Decimal(100),), (Decimal(40),), (Decimal(60),)]
    assert build(labels, one, ["amount"] * 3).parents == [None, 0, None]
    two = [(Decimal(100), Decimal(120)), (Decimal(40), Decimal(50)), (Decimal(60), Decimal(70))]
    assert build(labels, two, ["amount"] * 3).parents == [None, 0, 0]


def _balance(equity_total: bool) -> str:
    """An agentschap's balance sheet as a web page prints it, one cell per line: "Activa"
    and its items, their total, then "Passiva" over "Eigen vermogen" (two headings without
    values), its reserves, maybe their total, the debts and the total of the liabilities,
    which equals the total of the assets."""

    def row(label: str, now: str, before: str) -> list[str]:
        return [label, "", now, "", before, ""]

    lines = ["Tabel 12 Balans per 31 december 2023 (bedragen x € 1.000)", ""]
    lines += ["31-12-2023", "", "31-12-2022", "", "Activa", ""]
    lines += row("Materiële vaste activa", "1.204.310", "1.187.020")
    lines += row("Vorderingen", "36.450", "41.210")
    lines += row("Liquide middelen", "88.240", "72.770")
    lines += row("Totaal activa", "1.329.000", "1.301.000")
    lines += ["Passiva", "", "Eigen vermogen", ""]
    lines += row("Exploitatiereserve", "64.500", "58.300")
    lines += row("Onverdeeld resultaat", "6.200", "6.200")
    if equity_total:
        lines += row("Totaal eigen vermogen", "70.700", "64.500")
    lines += row("Leningen bij het ministerie van Financiën", "1.118.300", "1.102.500")
    lines += row("Kortlopende schulden", "140.000", "134.000")
    lines += row("Totaal passiva", "1.329.000", "1.301.000")
    return "\n".join(lines).rstrip()


def test_a_heading_over_a_heading_stands_for_the_sum_of_the_rows_under_both() -> None:
    """ "Passiva" printed over "Eigen vermogen", neither with values: the outer heading
    stands for what the inner one does and its own rows, as the inner one stands for its
    reserves. Counted as nothing, the inner heading made "Passiva" stand for nil, and
    "Totaal activa" (equal to "Totaal passiva", as a balance's totals are) passed for the
    part of "Totaal passiva" that the liabilities did not make up. With the equity's own
    total printed, the reserves are the parts of their heading, as the assets are of
    "Activa", and that heading the part of the equity's total."""
    for equity_total in (False, True):
        _tables, cells, _warnings = read_text(_balance(equity_total))
        parents = row_parents(cells)
        assert parents["Totaal activa"] is None
        assert parents["Totaal passiva"] is None
        assert parents["Liquide middelen"] == "Activa"
        assert parents["Exploitatiereserve"] == "Eigen vermogen"
    assert row_parents(cells)["Totaal eigen vermogen"] == "Totaal passiva"


def test_a_row_printing_its_cells_empty_heads_no_rows() -> None:
    """Two instrument rows printed with their cells empty (white space under each year, no
    figure) over a row of figures that alone makes up the row above them: rows of nothing,
    no headings, so the row of figures is the part of the row above, not of the empty rows
    over it (which, taken for headings of headings, would stand for its sum)."""
    blank = "      "
    lines = ["Tabel 8 Budgettaire gevolgen artikel 14 Nog onverdeeld (bedragen x € 1.000)", ""]
    lines += ["2025", "", "2026", "", "2027", ""]
    lines += ["Uitgaven", "", "12.400", "", "18.300", "", "21.950", ""]
    lines += ["Loonbijstelling", "", blank, "", "Prijsbijstelling", "", blank, ""]
    lines += ["Nog onverdeeld", "", "12.400", "", "18.300", "", "21.950"]
    _tables, cells, _warnings = read_text("\n".join(lines))
    assert row_parents(cells)["Nog onverdeeld"] == "Uitgaven"


def test_an_unlabelled_subtotal_under_no_heading_sums_the_rows_above_it() -> None:
    """A subtotal printed without a label and without its rule (lost to the text layer)
    right under rows that no heading without values stands over: it can restate no
    heading's rows, so it sums the rows above it, their parent, and is itself a part of
    the total under it. (They had no parent: the sum went unchecked.) Under a heading
    printed without values it restates that heading's rows, as before."""
    text = "\n".join(
        [
            "Tabel 5.3 Uitgaven volkshuisvesting (in mln gulden)",
            "",
            "                                        1994        1995        1996",
            "Individuele huursubsidie              2.410       2.585       2.710",
            "Objectsubsidies                       1.950       1.820       1.705",
            "Stadsvernieuwing                        880         905         940",
            "                                      5.240       5.310       5.355",
            "Af: ontvangsten rente en aflossing  – 1.120     – 1.185     – 1.240",
            "Netto-uitgaven volkshuisvesting       4.120       4.125       4.115",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    ids = {c["row_label"]: c["row_id"] for c in cells}
    parents = {c["row_label"]: c["parent_row_id"] for c in cells}
    for part in ("Individuele huursubsidie", "Objectsubsidies", "Stadsvernieuwing"):
        assert parents[part] == ids[""]
    assert parents[""] == ids["Netto-uitgaven volkshuisvesting"]
    assert parents["Af: ontvangsten rente en aflossing"] == ids["Netto-uitgaven volkshuisvesting"]
    assert row_parents(cells)["Objectsubsidies"] == ""


def test_per_saldo_closes_a_total_and_its_cover_netting_to_nothing() -> None:
    """A nota's budgetary problem and its cover: the problems, their total, the cuts that
    cover it, then "Per saldo" printing 0 in every year. "Per saldo" (net) closes the rows
    above it as "Saldo" does: its zeros are the total plus the cuts, their parent. A row of
    zeros proves no sum without such a word, so they were left without one."""
    text = "\n".join(
        [
            "Tabel 3.1 Budgettaire problematiek (in mln euro)",
            "",
            "                                              2025     2026     2027",
            "",
            "Hogere rentelasten                             320      410      480",
            "Lagere aardgasbaten                            150      120       90",
            "Totaal problematiek                            470      530      570",
            "Ombuigingen (zie bijlage 2)                   -470     -530     -570",
            "Per saldo                                        0        0        0",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["Hogere rentelasten"] == "Totaal problematiek"
    assert parents["Totaal problematiek"] == "Per saldo"
    assert parents["Ombuigingen (zie bijlage 2)"] == "Per saldo"
    assert parents["Per saldo"] is None


def test_a_capitalised_row_after_the_lower_case_parts_of_a_heading_is_its_sibling() -> None:
    """An older begroting prints an instrument without values over its regelingen in lower
    case, then the next instrument with values in a capital, one cell per line with no
    indentation ("Bijzondere uitkeringen" / "bijzondere uitkeringen gemeenten" / "...
    provincies" / "Apparaat en onderzoek"). The sums hold either way (the heading stands
    for its parts' sum), so the capital tells: the instrument is the heading's sibling
    under Uitgaven, not a third part of it (it was)."""
    text = cells_per_line(
        "Tabel 4 Budgettaire gevolgen van beleid",
        "x € 1 000",
        " ", "2023", "2024", "2025",
        "Verplichtingen", "812 400", "820 100", "826 300",
        "Uitgaven", "810 900", "820 100", "826 300",
        "Bijzondere uitkeringen",
        "bijzondere uitkeringen gemeenten", "402 100", "405 000", "407 200",
        "bijzondere uitkeringen provincies", "396 300", "402 600", "406 600",
        "Apparaat en onderzoek", "12 500", "12 500", "12 500",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["bijzondere uitkeringen gemeenten"] == "Bijzondere uitkeringen"
    assert parents["bijzondere uitkeringen provincies"] == "Bijzondere uitkeringen"
    assert parents["Apparaat en onderzoek"] == "Uitgaven"


def test_a_programmes_saldo_beside_a_column_of_differences_stays_under_its_programme() -> None:
    """A municipal jaarrekening's overview of baten and lasten prints each programme as a
    heading without values over its "Lasten", "Baten" and "Saldo" (baten - lasten), and a
    "Verschil" column that signs each row's difference by whether it is favourable: there
    the saldo's difference is the sum of the lasten's and the baten's, not their
    difference. The saldo is still the programme's own balance, one of its rows (it was
    read as closing the programme, and left without a parent)."""
    text = "\n".join(
        [
            "Overzicht van baten en lasten 2024 (bedragen x € 1.000)",
            "",
            "                                           Begroting      Rekening",
            "                                        na wijziging          2024    Verschil",
            "",
            "Programma 4 Onderwijs",
            "  Lasten                                      12.480        11.930         550",
            "  Baten                                        2.210         2.640         430",
            "  Saldo                                      -10.270        -9.290         980",
            "",
            "Programma 5 Sport, cultuur en recreatie",
            "  Lasten                                      30.115        31.002        -887",
            "  Baten                                        4.800         4.512        -288",
            "  Saldo                                      -25.315       -26.490      -1.175",
            "",
            "Saldo van baten en lasten                    -35.585       -35.780        -195",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    parents = {(c["line"], c["row_label"]): c["parent_row_label"] for c in cells}
    assert parents[(9, "Saldo")] == "Programma 4 Onderwijs"
    assert parents[(14, "Saldo")] == "Programma 5 Sport, cultuur en recreatie"
    assert parents[(12, "Lasten")] == "Programma 5 Sport, cultuur en recreatie"


def test_a_waarvan_row_larger_than_the_row_above_it_is_part_of_the_top_row_holding_it() -> None:
    """A total printed above two groups of parts, then a "waarvan" row after the second
    group's last part ("waarvan apparaatskosten" of the whole, larger than that part in
    every year): a part is never larger than its whole, so it is no part of the row above;
    the top of that row's chain of parents holds it and every part of theirs (the nearer
    group may not). A mutation's part may be larger than the mutation (other parts offset
    it), so a row printing a figure below zero keeps the row above as its whole."""
    text = "\n".join(
        [
            "Tabel 5.2 Uitgaven uitvoeringsorganisaties (x € 1 mln)",
            "",
            "                                        2025       2026       2027",
            "Totaal uitvoering                      9.400      9.650      9.900",
            "Uitkeringen                            5.200      5.350      5.500",
            "  Werkloosheid                         3.100      3.200      3.300",
            "  Arbeidsongeschiktheid                2.100      2.150      2.200",
            "Toeslagen                              4.200      4.300      4.400",
            "  Huurtoeslag                          3.600      3.680      3.760",
            "  Zorgtoeslag                            600        620        640",
            "  waarvan apparaatskosten                810        830        850",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["Zorgtoeslag"] == "Toeslagen"
    assert parents["waarvan apparaatskosten"] == "Totaal uitvoering"
    labels = ["Totaal", "Mutatie", "waarvan loonbijstelling"]
    mutation = [
        (Decimal(100), Decimal(120)),
        (Decimal(-42), Decimal(18)),
        (Decimal(-60), Decimal(-35)),
    ]
    assert build(labels, mutation, ["amount"] * 3).parents[2] == 1


def _coded_groups(*after: tuple[str, ...]) -> str:
    """A fund's article one cell per line: Uitgaven over a coded group and its three coded
    parts, a "waarvan" row larger than the last part, then the rows ``after``."""
    return cells_per_line(
        "Tabel 2.1 Budgettaire gevolgen van beleid artikel 2", "(bedragen x € 1 miljoen)",
        " ", "2025", "2026", "2027",
        "Uitgaven", *(("412,0", "398,5", "371,0") if after else ("400,0", "386,0", "359,0")),
        "2.01 Dijkversterking", "400,0", "386,0", "359,0",
        "2.01.01 Primaire keringen", "210,0", "205,0", "199,0",
        "2.01.02 Rivierverruiming", "150,0", "141,0", "130,0",
        "2.01.03 Kustlijnzorg", "40,0", "40,0", "30,0",
        "waarvan bijdrage aan beheerders", "95,0", "99,0", "104,0",
        *(cell for row in after for cell in row),
        "Ontvangsten", "88,0", "80,0", "75,0",
    )  # fmt: skip


def test_a_waarvan_row_after_a_coded_groups_last_part_is_part_of_that_group() -> None:
    """A "waarvan" row larger than the coded part above it, printed after a group's last
    part and before the next group of the same total: the total is still open there (its
    next part follows), so the waarvan row is the closed group's part, not the total's."""
    text = _coded_groups(("2.02 Studies", "12,0", "12,5", "12,0"))
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["2.01.03 Kustlijnzorg"] == "2.01 Dijkversterking"
    assert parents["waarvan bijdrage aan beheerders"] == "2.01 Dijkversterking"
    assert parents["2.02 Studies"] == "Uitgaven"


def test_a_waarvan_row_after_the_last_part_of_every_holder_is_the_outermost_ones() -> None:
    """The near form: the group is the total's last part, so every holder is closed after
    the waarvan row: its whole stays the top of the chain, as for a waarvan row after the
    last part of two groups."""
    _tables, cells, _warnings = read_text(_coded_groups())
    assert row_parents(cells)["waarvan bijdrage aan beheerders"] == "Uitgaven"


def test_a_waarvan_row_larger_than_a_change_summed_into_the_total_below_stays_its_part() -> None:
    """A change summed with a level into the total closing below them ("Stand
    ontwerpbegroting" + "Mutaties 1e suppletoire" = "Stand 1e suppletoire") may be smaller
    than its part (other changes offset it, all figures positive): the "waarvan" row under
    it is its part, not the closing total's."""
    text = "\n".join(
        [
            "Tabel 2.1 Budgettaire gevolgen van beleid (x € 1.000)",
            "",
            "                                            2025         2026         2027",
            "Stand ontwerpbegroting 2025              1.000.000    1.100.000    1.150.000",
            "Mutaties 1e suppletoire begroting           10.000       20.000       15.000",
            "  waarvan loon- en prijsbijstelling         25.000       30.000       31.000",
            "Stand 1e suppletoire begroting 2025      1.010.000    1.120.000    1.165.000",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["Mutaties 1e suppletoire begroting"] == "Stand 1e suppletoire begroting 2025"
    assert parents["waarvan loon- en prijsbijstelling"] == "Mutaties 1e suppletoire begroting"


def test_the_level_the_changes_under_a_heading_come_to_closes_the_chain() -> None:
    """A ceiling's chain printed without the word "Stand": the ceiling of the spring
    memorandum, a heading of changes printed without values, the changes, then the ceiling
    they come to (one year off by a rounding). The closing ceiling was read as one more
    change under the heading; it is the level the chain comes to, parent of the opening
    ceiling, and the rows after it leave the heading."""
    text = "\n".join(
        [
            "Tabel 2.1 Uitgavenplafond zorg 2025-2028 (bedragen in miljarden euro)",
            "",
            "                                           2025     2026     2027     2028",
            "Plafond Voorjaarsnota 2024                 90,2     93,5     96,1     98,8",
            "Mutaties",
            "Loon- en prijsbijstelling                   1,1      1,3      1,4      1,5",
            "Maatregelen hoofdlijnenakkoord             -0,8     -1,6     -2,2     -2,9",
            "Overig                                      0,2      0,1     -0,1      0,0",
            "Plafond Miljoenennota 2025                 90,7     93,3     95,2     97,5",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["Plafond Voorjaarsnota 2024"] == "Plafond Miljoenennota 2025"
    assert parents["Plafond Miljoenennota 2025"] is None
    assert parents["Loon- en prijsbijstelling"] == "Mutaties"
    assert parents["Overig"] == "Mutaties"


def test_changes_printed_before_the_heading_of_changes_are_summed_by_the_level_below() -> None:
    """The chain of a ceiling one cell per line: the opening level, a change printed at the
    top level ("Loon- en prijsbijstelling"), a heading of changes printed without values
    (its empty cells one placeholder), its changes, one more change, then the level they
    all come to (one year off by a rounding). Counting only the heading's rows from the
    level, no row of the heading's was the closing level: it stayed a change under the
    heading, and the opening level and the first change were left without a parent."""
    text = cells_per_line(
        "Tabel 2.3 Ontwikkeling uitgavenplafond (in miljarden euro)", " ",
        "2025", "2026", "2027", "2028",
        "Plafond Voorjaarsnota 2024", "90,2", "93,5", "96,1", "98,8",
        "Loon- en prijsbijstelling", "1,1", "1,3", "1,4", "1,5",
        "Plafondcorrecties", "       ",
        "Overboekingen", "0,3", "‒ 0,2", "‒ 0,4", "‒ 0,4",
        "Zorgmutaties", "‒ 0,1", "0,2", "0,0", "0,1",
        "Intensiveringen", " ", "0,8", "1,0", "0,7",
        "Plafond Miljoenennota 2025", "91,5", "95,6", "98,2", "100,7",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    closing = "Plafond Miljoenennota 2025"
    assert parents["Plafond Voorjaarsnota 2024"] == closing
    assert parents["Loon- en prijsbijstelling"] == closing
    assert parents[closing] is None
    assert parents["Overboekingen"] == parents["Zorgmutaties"] == "Plafondcorrecties"


def test_rows_before_a_heading_that_no_row_of_its_sums_keep_their_places() -> None:
    """The near form: rows printed before a heading without values and rows under it, no
    row of which the rows above it add up to (a begroting's own articles, no chain): the
    heading keeps its rows and the rows before it stay at the top level, as before."""
    text = cells_per_line(
        "Tabel 4 Uitgaven per onderdeel (bedragen x € 1.000)", " ", "2025", "2026",
        "Apparaat", "4.200", "4.300",
        "Huisvesting", "1.100", "1.150",
        "Programma", "   ",
        "Subsidies", "2.500", "2.600",
        "Opdrachten", "900", "950",
        "Bijdragen", "6.000", "6.100",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["Apparaat"] is None and parents["Huisvesting"] is None
    assert parents["Subsidies"] == parents["Bijdragen"] == "Programma"


def test_the_whole_named_after_the_last_group_is_no_member_of_it() -> None:
    """Purchasing power by household group one cell per line: two groups printed without
    values ("Naar inkomen", "Naar huishoudtype"), their medians, then "Alle huishoudens",
    the median of all (no sum of any rows). Nothing but its label tells it from one more
    member of the last group, under which it was put: it names the whole the groups part."""
    text = cells_per_line(
        "Tabel 3 Koopkrachtontwikkeling (mediane mutaties in %)", " ", "2024", "2025",
        "Naar inkomen", "   ",
        "Laagste inkomens", "2,1", "0,9",
        "Hoogste inkomens", "0,8", "0,2",
        "Naar huishoudtype", "   ",
        "Alleenstaanden", "1,6", "0,5",
        "Paren met kinderen", "1,2", "0,4",
        "Alle huishoudens", "1,4", "0,5",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["Alle huishoudens"] is None
    assert parents["Paren met kinderen"] == parents["Alleenstaanden"] == "Naar huishoudtype"


@pytest.mark.parametrize(
    "label", ["Alle overige subsidies", "Alle overige subsidies (incidenteel)"]
)
def test_all_the_other_items_after_a_groups_rows_stay_one_of_them(label: str) -> None:
    """The near form: "Alle overige ..." after a group's rows, a remark in brackets after it
    or not, is one more item of the group, the rest of its items, no whole of the table: it
    stays under the heading, as before."""
    text = cells_per_line(
        "Tabel 5 Subsidies (bedragen x € 1.000)", " ", "2024", "2025",
        "Subsidies", "   ",
        "Cultuurfonds", "1.200", "1.250",
        "Erfgoed", "800", "820",
        label, "300", "310",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert row_parents(cells)[label] == "Subsidies"


def test_the_whole_named_with_a_remark_in_brackets_is_no_member_of_the_last_group() -> None:
    """A whole "Alle huishoudens" may say how it is measured in brackets after its noun
    ("(mediaan)"): it still names the whole the groups part, and ends the last group."""
    text = cells_per_line(
        "Tabel 4 Koopkracht (mediane mutaties in %)", " ", "2025", "2026",
        "Naar inkomensbron", "   ",
        "Werkenden", "1,7", "0,6",
        "Gepensioneerden", "1,1", "0,2",
        "Naar huishoudtype", "   ",
        "Tweeverdieners", "1,8", "0,6",
        "Alleenstaanden", "1,3", "0,3",
        "Alle huishoudens (mediaan)", "1,5", "0,4",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["Alle huishoudens (mediaan)"] is None
    assert parents["Alleenstaanden"] == "Naar huishoudtype"


def test_an_instrument_s_cue_is_read_after_the_code_printed_before_its_label() -> None:
    """A begroting's budgettaire gevolgen one cell per line prints each item's code in a cell
    of its own, prepended to its label ("7.4 Opdrachten"). After an instrument printed
    without values over its items ("Bijdrage aan medeoverheden" / "7.2 ..." / "7.3 ..."),
    an instrument printing its own values is its sibling, not one more item under it: the
    sums allow both, and the instrument's cue, hidden by the code, was not read."""
    text = cells_per_line(
        "Tabel 7.1 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
        "Art.", "Omschrijving", "2025", "2026", "2027",
        " ", "Uitgaven", "60.500", "61.000", "61.200",
        " ", "Programma-uitgaven", "52.500", "53.000", "53.200",
        " ", "Subsidies", " ",
        "7.1", "Regeling schone lucht", "4.500", "4.500", "4.500",
        " ", "Bijdrage aan medeoverheden", " ",
        "7.2", "Specifieke uitkering luchtkwaliteit", "30.000", "30.500", "30.700",
        "7.3", "Decentralisatie-uitkering geluid", "8.000", "8.000", "8.000",
        "7.4", "Opdrachten", "10.000", "10.000", "10.000",
        " ", "Apparaatsuitgaven", "8.000", "8.000", "8.000",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["7.3 Decentralisatie-uitkering geluid"] == "Bijdrage aan medeoverheden"
    assert parents["7.4 Opdrachten"] == "Programma-uitgaven"
    assert parents["Apparaatsuitgaven"] == "Uitgaven"


def test_two_equal_totals_printed_one_after_the_other_are_neither_inside_the_other() -> None:
    """A balance sheet printing both sides' totals under all its rows ("Totaal activa" /
    "Totaal passiva", equal as a balance's are): neither sums the other, they are the two
    sides of the balance (one took the other as its one part). A total closing rows right
    above it keeps them."""
    labels = ["Activa", "Vorderingen", "Liquide middelen", "Passiva", "Eigen vermogen"]
    labels += ["Schulden", "Totaal activa", "Totaal passiva"]
    values = [None, (Decimal(40),), (Decimal(60),), None, (Decimal(30),)]
    values += [(Decimal(70),), (Decimal(100),), (Decimal(100),)]
    parents = build(labels, values, ["amount"] * 8).parents
    assert parents[6] is None and parents[7] is None
    assert parents[1] == parents[2] == 0
    closed = build(
        ["Eigen vermogen", "Schulden", "Totaal passiva"], values[4:6] + values[7:], ["amount"] * 3
    )
    assert closed.parents == [2, 2, None]


def _spending_split(*rows: str) -> str:
    """A begroting table one row per line whose Uitgaven split into the programme's and the
    apparatus' spending, ``rows`` under the Uitgaven."""
    return "\n".join(
        [
            "Tabel 5 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "                                  2024      2025",
            "Verplichtingen                   1.500     1.600",
            "Uitgaven                         1.400     1.500",
            *rows,
            "Ontvangsten                         20        30",
        ]
    )


def test_apparaatsuitgaven_after_a_value_less_programma_uitgaven_is_its_sibling() -> None:
    """ "Programma-uitgaven" printed without values over the article's numbered parts, then
    "Apparaatsuitgaven" with values: the two halves of the Uitgaven, the apparatus never a
    part of the programme (a value-less heading sums whatever it heads, so the sums alone
    put it under the programme)."""
    text = _spending_split(
        "Programma-uitgaven",
        "1. Preventie                       900     1.000",
        "2. Zorg                            300       300",
        "Apparaatsuitgaven                  200       200",
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["1. Preventie"] == "Programma-uitgaven"
    assert parents["2. Zorg"] == "Programma-uitgaven"
    assert parents["Apparaatsuitgaven"] == "Uitgaven"


def test_a_value_less_apparaatsuitgaven_after_a_valued_programma_uitgaven_heads_its_parts() -> None:
    """A valued "Programma-uitgaven" over its numbered parts, then a value-less
    "Apparaatsuitgaven" over its instruments: each heads its own parts, both under the
    Uitgaven (the instruments were put under the Uitgaven, past their heading)."""
    text = _spending_split(
        "Programma-uitgaven               1.200     1.300",
        "1. Preventie                       900     1.000",
        "2. Zorg                            300       300",
        "Apparaatsuitgaven",
        "Personele uitgaven                 150       150",
        "Materiële uitgaven                  50        50",
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["Programma-uitgaven"] == "Uitgaven"
    assert parents["2. Zorg"] == "Programma-uitgaven"
    assert parents["Personele uitgaven"] == "Apparaatsuitgaven"
    assert parents["Materiële uitgaven"] == "Apparaatsuitgaven"


def test_numbered_parts_and_apparaatsuitgaven_under_uitgaven_stay_as_they_were() -> None:
    """Without a "Programma-uitgaven" heading the numbered parts and a value-less
    "Apparaatsuitgaven" over its instruments are the Uitgaven's parts, as before."""
    text = _spending_split(
        "1. Preventie                       900     1.000",
        "2. Zorg                            300       300",
        "Apparaatsuitgaven",
        "Personele uitgaven                 150       150",
        "Materiële uitgaven                  50        50",
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["1. Preventie"] == "Uitgaven"
    assert parents["2. Zorg"] == "Uitgaven"
    assert parents["Personele uitgaven"] == "Apparaatsuitgaven"


def _nota(final: tuple[str, str]) -> str:
    """A nota's verticale toelichting one cell per line: a stand, its changes under two
    headings printed without values, their total without a label, then the stand
    ``final`` (per year)."""
    return cells_per_line(
        "JUSTITIE: UITGAVEN", " ", "2024", "2025",
        "Stand Miljoenennota 2024", "1.250,0", "1.310,5",
        "Beleidsmatige mutaties", " ",
        "Gevangeniswezen", "40,2", "12,0",
        "Rechtspraak", "‒ 6,5", "3,1",
        "Technische mutaties", " ",
        "Loonbijstelling", "18,4", "18,4",
        "Diversen", "0,9", "‒ 1,0",
        " ", "53,0", "32,5",
        "Stand Voorjaarsnota 2024", *final,
    )  # fmt: skip


def test_a_stand_after_an_unlabelled_total_of_changes_closes_the_chain() -> None:
    """The total of the changes printed without a label, right above the stand they come
    to: the first stand and that total are the later stand's parts (the first stand was
    left at the top, the stand's sum unchecked). The changes keep their headings."""
    _tables, cells, _warnings = read_text(_nota(("1.303,0", "1.343,0")))
    ids = {c["row_label"]: c["row_id"] for c in cells}
    parents = {c["row_label"]: c["parent_row_id"] for c in cells}
    assert parents["Stand Miljoenennota 2024"] == ids["Stand Voorjaarsnota 2024"]
    assert parents[""] == ids["Stand Voorjaarsnota 2024"]
    assert row_parents(cells)["Rechtspraak"] == "Beleidsmatige mutaties"
    assert parents["Stand Voorjaarsnota 2024"] is None


def test_a_stand_the_first_stand_and_unlabelled_total_do_not_make_keeps_it_apart() -> None:
    """The near form: a last row the first stand plus the unlabelled total does not make
    (another level, not the stand they come to): the first stand stays at the top."""
    _tables, cells, _warnings = read_text(_nota(("1.400,0", "1.450,0")))
    assert row_parents(cells)["Stand Miljoenennota 2024"] is None


def _ceiling(level: str, final: str, last: tuple[str, str]) -> str:
    """A ceiling's development one cell per line: the ``level`` at the budget, corrections
    under a heading printed without values, their total without a label, then the row
    ``final`` printing ``last`` (per sector)."""
    return cells_per_line(
        "Tabel 4.2 Plafonds (in miljarden euro)", " ", "Rijk", "Zorg",
        level, "210,4", "88,1",
        "Correcties", "   ",
        "Loonbijstelling", "2,2", "0,9",
        "Overhevelingen", "‒ 0,4", "0,4",
        " ", "1,8", "1,3",
        final, *last,
    )  # fmt: skip


def test_a_later_stage_of_the_level_after_an_unlabelled_total_closes_the_chain() -> None:
    """The row after the unlabelled total of the corrections names the first level's kind
    again by its first word ("Plafond begroting" / ... / "Plafond jaarverslag"), no total's
    word: where the level plus that total make it, both are its parts (they were left at
    the top). The corrections keep their heading."""
    text = _ceiling("Plafond begroting", "Plafond jaarverslag", ("212,2", "89,4"))
    _tables, cells, _warnings = read_text(text)
    ids = {c["row_label"]: c["row_id"] for c in cells}
    parents = {c["row_label"]: c["parent_row_id"] for c in cells}
    assert parents["Plafond begroting"] == parents[""] == ids["Plafond jaarverslag"]
    assert row_parents(cells)["Overhevelingen"] == "Correcties"
    assert parents["Plafond jaarverslag"] is None


def test_a_row_of_another_kind_after_an_unlabelled_total_keeps_the_level_apart() -> None:
    """The near form: the row after the total names another kind of row ("Netto-uitgaven")
    though its figures are the level plus the total: no label tells it is the level's
    later stage, and the level stays at the top."""
    text = _ceiling("Plafond begroting", "Netto-uitgaven", ("212,2", "89,4"))
    _tables, cells, _warnings = read_text(text)
    assert row_parents(cells)["Plafond begroting"] is None


@pytest.mark.parametrize(
    ("level", "final"),
    [("Netto uitgaven", "Netto ontvangsten"), ("Bruto lasten", "Bruto baten")],
)
def test_a_row_of_another_kind_after_the_levels_first_word_keeps_the_level_apart(
    level: str, final: str
) -> None:
    """A row after the unlabelled total sharing the level's first word but naming another
    kind after it ("Netto uitgaven" / ... / "Netto ontvangsten"), no stage or document: no
    later stage of the level though its figures are the level plus the total, so the level
    stays at the top (it was made that row's part)."""
    text = _ceiling(level, final, ("212,2", "89,4"))
    _tables, cells, _warnings = read_text(text)
    assert row_parents(cells)[level] is None


@pytest.mark.parametrize("final", ["Plafond Voorjaarsnota", "Plafond 1e suppletoire begroting"])
def test_a_later_stage_named_by_its_document_closes_the_chain(final: str) -> None:
    """The near form: the row names the level's kind and then its document or stage
    ("Plafond Voorjaarsnota"): the level at a later stage, its part, as before."""
    text = _ceiling("Plafond Miljoenennota", final, ("212,2", "89,4"))
    _tables, cells, _warnings = read_text(text)
    ids = {c["row_label"]: c["row_id"] for c in cells}
    parents = {c["row_label"]: c["parent_row_id"] for c in cells}
    assert parents["Plafond Miljoenennota"] == ids[final]


def _nog_onverdeeld(first: str, label: str) -> str:
    """An article's table, one cell per line: Uitgaven, then ``first`` printed with its
    cells empty (one placeholder of seven spaces for three cells), then rows under it."""
    lines = ["Tabel 12.1 Budgettaire gevolgen artikel 12 (bedragen x € 1.000)"]
    lines += ["2025", "2026", "2027"]
    lines += ["Uitgaven", "1.000", "1.110", "1.230"]
    lines += [first, "       "]
    lines += ["Prijsbijstelling", "400", "410", "420"]
    lines += [label, "100", "100", "100"]
    lines += ["Nog te verdelen", "500", "600", "710"]
    lines += ["Ontvangsten", "0", "0", "0"]
    return cells_per_line(*lines)


def test_a_row_printed_empty_over_all_of_its_parents_rows_is_a_row_of_nothing() -> None:
    """A row printed with its cells empty right under the row above its parts, no cue in
    its label, and nothing but the next top row ending the rows after it: as their heading
    it would be the parent's only part, restating it, so it is a row of nothing and the
    rows after it are the parent's own parts."""
    _tables, cells, _warnings = read_text(_nog_onverdeeld("Loonbijstelling", "Onvoorzien"))
    parents = row_parents(cells)
    for row in ("Prijsbijstelling", "Onvoorzien", "Nog te verdelen"):
        assert parents[row] == "Uitgaven"


def test_a_row_printed_empty_keeps_its_rows_under_a_cue_or_before_a_heading() -> None:
    """The same row printed empty heads the rows under it where its label is an instrument
    ("Opdracht", singular or plural), or where a heading of its own (a row without values)
    ends its rows before the parent's last row."""
    _tables, cells, _warnings = read_text(_nog_onverdeeld("Opdracht", "Onvoorzien"))
    parents = row_parents(cells)
    for row in ("Prijsbijstelling", "Onvoorzien", "Nog te verdelen"):
        assert parents[row] == "Opdracht"
    text = _nog_onverdeeld("Loonbijstelling", "Onvoorzien")
    text = text.replace("Onvoorzien\n\n100\n\n100\n\n100", "Onvoorzien\n\n       ")
    text = text.replace("1.000\n\n1.110\n\n1.230", "900\n\n1.010\n\n1.130")
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["Prijsbijstelling"] == "Loonbijstelling"
    assert parents["Nog te verdelen"] == "Onvoorzien"


def test_a_split_printed_within_each_numbered_part_is_that_parts() -> None:
    """Each numbered part split apart, its own "Programma-uitgaven" and "Apparaatsuitgaven"
    printed after it and adding up to it: the halves are the part's, and the next part is
    the Uitgaven's again (the fixed rank of the halves put both under the Uitgaven and the
    second part under the first part's "Apparaatsuitgaven")."""
    text = _spending_split(
        "1. Preventie                     1.000     1.100",
        "Programma-uitgaven                 900     1.000",
        "Apparaatsuitgaven                  100       100",
        "2. Zorg                            400       400",
        "Programma-uitgaven                 350       350",
        "Apparaatsuitgaven                   50        50",
    )
    _tables, cells, _warnings = read_text(text)
    parents = {
        (c["row_label"], c["value_text"]): c["parent_row_label"]
        for c in cells
        if c["column_label"] == "2024"
    }
    assert parents[("1. Preventie", "1.000")] == "Uitgaven"
    assert parents[("Programma-uitgaven", "900")] == "1. Preventie"
    assert parents[("Apparaatsuitgaven", "100")] == "1. Preventie"
    assert parents[("2. Zorg", "400")] == "Uitgaven"
    assert parents[("Programma-uitgaven", "350")] == "2. Zorg"
    assert parents[("Apparaatsuitgaven", "50")] == "2. Zorg"


def test_apparaatsuitgaven_after_the_last_part_not_adding_up_to_it_stays_the_uitgavens() -> None:
    """The near form: the table's own "Programma-uitgaven" over the parts, then
    "Apparaatsuitgaven" after the last part, not its sum: the table's other half, under the
    Uitgaven as before."""
    text = _spending_split(
        "Programma-uitgaven               1.300     1.400",
        "1. Preventie                     1.000     1.100",
        "2. Zorg                            300       300",
        "Apparaatsuitgaven                  100       100",
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["2. Zorg"] == "Programma-uitgaven"
    assert parents["Apparaatsuitgaven"] == "Uitgaven"


def test_value_less_halves_after_a_numbered_part_head_its_instruments() -> None:
    """The order tells it where no sum can: a "Programma-uitgaven" printed after a numbered
    part, where the table's own would head the parts, opens that part's split; its
    value-less halves head the part's instruments and the next part is the Uitgaven's (it
    was put under the first part's "Apparaatsuitgaven")."""
    text = _spending_split(
        "1. Preventie                     1.000     1.100",
        "Programma-uitgaven",
        "Subsidies                          900     1.000",
        "Apparaatsuitgaven",
        "Personele uitgaven                 100       100",
        "2. Zorg                            400       400",
        "Programma-uitgaven",
        "Subsidies                          350       350",
        "Apparaatsuitgaven",
        "Personele uitgaven                  50        50",
    )
    _tables, cells, _warnings = read_text(text)
    rows = {(c["row_label"], c["value_text"]): c for c in cells if c["column_label"] == "2024"}
    assert rows[("2. Zorg", "400")]["parent_row_label"] == "Uitgaven"
    assert rows[("Subsidies", "900")]["parent_row_label"] == "Programma-uitgaven"
    assert rows[("Subsidies", "900")]["level"] == rows[("1. Preventie", "1.000")]["level"] + 2
    assert rows[("Personele uitgaven", "50")]["parent_row_label"] == "Apparaatsuitgaven"


def test_numbered_rows_after_an_instrument_without_values_are_its_lines() -> None:
    """An instrument printed without values, then numbered rows ("1. Algemene uitkering",
    "2. Integratie-uitkeringen"): the numbering is the instrument's lines', so the
    instrument heads them (the cue of an article's numbered part, which ranks above the
    instruments, had left it heading nothing)."""
    labels = ["Uitgaven:", "Bijdragen aan medeoverheden", "1. Algemene uitkering"]
    labels += ["2. Integratie-uitkeringen", "Ontvangsten:"]
    values = [(Decimal(300), Decimal(330)), None, (Decimal(200), Decimal(210))]
    values += [(Decimal(100), Decimal(120)), (Decimal(300), Decimal(330))]
    kinds = ["amount"] * 5
    assert build(labels, values, kinds).parents == [None, 0, 1, 1, None]
    assert build(labels, values, kinds, empty=[False, True, False, False, False]).parents == [
        None,
        0,
        1,
        1,
        None,
    ]


def test_numbered_parts_over_instruments_keep_their_rank() -> None:
    """Numbered parts printed before the instruments under them ("1. Participatie" /
    "Subsidies" / a regeling), and a numbered part after an instrument that prints its
    own values, are the article's parts, as before: the instruments come under them."""
    labels = ["Uitgaven", "1. Participatie", "Subsidies", "Regeling A", "Opdrachten"]
    labels += ["2. Werk", "Subsidies", "Regeling B"]
    values = [(Decimal(100), Decimal(110)), None, None, (Decimal(30), Decimal(30))]
    values += [(Decimal(10), Decimal(10)), None, None, (Decimal(60), Decimal(70))]
    kinds = ["amount"] * 8
    assert build(labels, values, kinds).parents == [None, 0, 1, 2, 1, 0, 5, 6]


def _figures(*rows: tuple[int | None, ...]) -> list[tuple[Decimal | None, ...]]:
    """Rows of whole figures, None for a cell printing no figure ("pm")."""
    return [tuple(None if v is None else Decimal(v) for v in row) for row in rows]


def test_a_row_matched_by_the_row_under_it_only_on_zeros_is_not_its_parent() -> None:
    """A row printing a figure where the row under it prints "pm", and zeros where that
    row prints its zeros ("Loonbijstelling 0 3.210 pm" over "Prijsbijstelling 0 pm pm"):
    the columns the sum is held to hold nothing but nil, which proves no sum, so both are
    parts of the row above them."""
    labels = ["Uitgaven", "Loonbijstelling", "Prijsbijstelling", "Onvoorzien"]
    values = _figures(
        (0, 4210, 1000, 1000),
        (0, 3210, None, None),
        (0, None, None, None),
        (0, 1000, 1000, 1000),
    )
    assert build(labels, values, ["amount"] * 4).parents == [None, 0, 0, 0]


def test_a_stand_printing_a_newer_year_than_its_parts_still_closes_them() -> None:
    """The near form: a stand closing the stand and the changes above it, printing a year
    they do not print; the columns they share hold figures that add up, so it is their
    total as before."""
    labels = ["Stand ontwerpbegroting", "Mutaties", "Stand Voorjaarsnota"]
    values = _figures((100, 110, None), (5, 0, None), (105, 110, 120))
    assert build(labels, values, ["amount"] * 3).parents == [2, 2, None]


def _rows(*rows: tuple[str, tuple[int, int] | None]) -> tuple[list[str], list, list[str]]:
    """Labels, values (two columns, None for a row printed without values) and kinds."""
    labels = [label for label, _ in rows]
    values = [None if v is None else tuple(Decimal(x) for x in v) for _, v in rows]
    return labels, values, ["amount"] * len(rows)


def _ontvangsten(restated: bool) -> tuple[list[str], list, list[str]]:
    """Ontvangsten over a heading printed without values and its rows, with or without a
    subtotal without a label restating them, then two rows of its own."""
    subtotal = [("", (60, 70))] if restated else []
    return _rows(
        ("Ontvangsten", (160, 190)),
        ("Heffingen", None),
        ("Pluimvee", (20, 30)),
        ("Varkens", (40, 40)),
        *subtotal,
        ("Bijdrage EU", (30, 40)),
        ("Bijdrage begroting", (70, 80)),
    )


def test_a_heading_restated_by_an_unlabelled_subtotal_stands_for_nothing_in_the_sum() -> None:
    """A heading printed without values inside a row with values, its rows restated by a
    subtotal without a label: the subtotal is the summand, the heading counts nothing, so
    the subtotal and the rows after it are parts of the row above (they had no parent: the
    heading and the subtotal counted twice, so no sum held)."""
    parents = build(*_ontvangsten(True)).parents
    assert parents == [None, 0, 1, 1, 0, 0, 0]


def test_a_heading_no_subtotal_restates_stands_for_its_rows() -> None:
    """The near form: no subtotal under the heading's rows: it stands for their sum, the
    only part of the row above (no heading's end is printed, so its rows run on)."""
    assert build(*_ontvangsten(False)).parents == [None, 0, 1, 1, 1, 1]


def _gemeentefonds(code: str) -> tuple[list[str], list, list[str]]:
    """Programma-uitgaven over coded rows, one of them (``code``) printed without values
    over regelingen restated by a subtotal without a label, Apparaatsuitgaven, the total
    printed below them, then Ontvangsten equal to it."""
    return _rows(
        ("Programma-uitgaven", None),
        ("1.1 Algemene uitkering", (500, 510)),
        ("1.2 Aanvullende uitkeringen", (20, 20)),
        (f"{code}Integratie-uitkering sociaal domein", None),
        ("Jeugd", (30, 35)),
        ("Wmo 2015", (40, 45)),
        ("", (70, 80)),
        ("1.4 Overige decentralisatie-uitkeringen", (100, 110)),
        ("Apparaatsuitgaven", None),
        ("1.5 Kosten Financiële-verhoudingswet", (2, 2)),
        ("Totaal uitgaven", (692, 722)),
        ("Ontvangsten", (692, 722)),
    )


def test_a_heading_coded_as_the_rows_above_it_is_one_of_them() -> None:
    """A heading printed without values whose code is of the rows above it ("1.3" after
    "1.1" and "1.2") is one of the outer heading's rows: its regelingen under it, the
    subtotal restating them and the next coded row under the outer heading (they went to
    the total printed below). A top row ("Ontvangsten") closes no rows above it, even where
    it equals the total printed right above it (it took "Totaal uitgaven" for its part)."""
    parents = build(*_gemeentefonds("1.3 ")).parents
    assert parents == [10, 0, 0, 0, 3, 3, 0, 0, 10, 8, None, None]


def test_an_uncoded_heading_ends_the_heading_above_it() -> None:
    """The near form: without a code the inner heading is the outer one's sibling, as two
    instruments printed without values are; the top row still closes nothing."""
    parents = build(*_gemeentefonds("")).parents
    assert parents[3] == parents[0] == 10 and parents[7] != 0 and parents[-1] is None


def _apparatus_then_a_heading(heading: str) -> list[int | None]:
    """Parents of Uitgaven over Apparaatsuitgaven (its two instruments printed with
    values) and then ``heading`` printed without values over one regeling."""
    labels = [
        "Uitgaven",
        "Apparaatsuitgaven",
        "Personele uitgaven",
        "Materiële uitgaven",
        heading,
        "Fractievergoedingen",
        "Ontvangsten",
    ]
    rows = [(164, 173), (136, 144), (91, 97), (45, 47), None, (28, 29), (2, 2)]
    values = [None if row is None else tuple(map(Decimal, row)) for row in rows]
    return build(labels, values, ["amount"] * len(labels)).parents


def test_a_ranked_heading_after_a_total_above_its_parts_heads_the_rows_under_it() -> None:
    """An instrument printed without values ("Subsidies (regelingen)") right after the
    last part of a row printed above its parts ("Apparaatsuitgaven" over its personele
    and materiële uitgaven) heads the regeling under it, both under Uitgaven: taken as a
    part of nil closing Apparaatsuitgaven, it left its regeling to Uitgaven and was put
    under Apparaatsuitgaven itself."""
    parents = _apparatus_then_a_heading("Subsidies (regelingen)")
    assert parents[:6] == [None, 0, 1, 1, 0, 4]


def test_a_value_less_row_no_cue_ranks_may_still_close_the_rows_above() -> None:
    """The near form: a row printed without values that no cue ranks may be no heading
    at all (a page's foot read as a row): the first parse, which counts it as a part of
    nil closing Apparaatsuitgaven, stands, and the regeling stays under Uitgaven."""
    parents = _apparatus_then_a_heading("Tweede Kamer, vergaderjaar 2022–2023, 36 360 IIA, nr. 1")
    assert parents[:6] == [None, 0, 1, 1, 1, 0]


def _instrument_printed_again(between: list[str], uitgaven: int) -> list[int | None]:
    """Parents of Uitgaven over Subsidies and its regeling, then Opdrachten printed again
    with the rows ``between`` (10 each) before the second, and an
    instrument named by no cue ("Bijdrage aan (andere) begrotingshoofdstukken") over its
    one regeling."""
    labels = [
        "Uitgaven",
        "Subsidies (regelingen)",
        "Stichting Reclassering",
        "Opdrachten",
        *between,
        "Opdrachten",
        "Bijdrage aan (andere) begrotingshoofdstukken",
        "Ministerie van VWS",
    ]
    figures = [uitgaven, 50, 50, 10, *(10 for _ in between), 10, 5, 5]
    rows = [(Decimal(f), Decimal(f)) for f in figures]
    return build(labels, rows, ["amount"] * len(labels)).parents


def test_a_regeling_named_as_its_instrument_is_its_part() -> None:
    """A regeling printed right under its instrument with the instrument's own label
    ("Opdrachten" / "Opdrachten", the same figures) is its part: kept as an instrument's
    cue it could come under no instrument, the sums could not be parsed and the labels
    alone put it beside its instrument and the next instrument no cue names under the
    instrument above (the sums settle both: 65 = 50 + 10 + 5)."""
    parents = _instrument_printed_again([], 65)
    assert parents == [None, 0, 1, 0, 3, 0, 5]


def test_an_instrument_printed_again_further_down_stays_an_instrument() -> None:
    """The near form: an instrument's label printed again below rows of its own is no
    repeat right under it but the cue of an instrument (where the sums fail, 66, the
    labels put it beside the first, under Uitgaven)."""
    parents = _instrument_printed_again(["Onderzoek"], 66)
    assert parents[5] == 0


def _apparaat(*last: tuple[str, str, str, str]) -> str:
    """An apparaatsuitgaven table (-layout) of two kinds of uitgaven, then ``last``."""
    rows = [
        ("Personele uitgaven", "700", "710", "720"),
        ("Materiële uitgaven", "300", "310", "320"),
        *last,
    ]
    return "\n".join(
        [
            "Tabel 3 Apparaatsuitgaven (bedragen x € 1.000)",
            "".ljust(38) + "".join(year.rjust(12) for year in ("2024", "2025", "2026")),
            "",
            *(label.ljust(38) + "".join(v.rjust(12) for v in values) for label, *values in rows),
            "",
        ]
    )


def test_the_first_top_row_under_rows_of_lower_rank_is_their_total() -> None:
    """Audit: a top row (Uitgaven) closes no rows above it where another top row stands
    above it (a fund's Ontvangsten after its uitgaven); printed under the rows it sums, the
    table's first top row is their total (the kinds of uitgaven had no parent)."""
    _tables, cells, _warnings = read_text(_apparaat(("Uitgaven", "1.000", "1.020", "1.040")))
    parents = row_parents(cells)
    assert parents["Personele uitgaven"] == parents["Materiële uitgaven"] == "Uitgaven"
    assert parents["Uitgaven"] is None


def test_a_top_row_after_another_top_row_closes_no_rows_above_it() -> None:
    """The near form: "Uitgaven" heads its rows, and "Ontvangsten" printed under them equal
    to their sum is no total of them."""
    text = _apparaat(("Ontvangsten", "1.000", "1.020", "1.040"))
    text = text.replace("\n\nPersonele", "\n\n" + "Uitgaven".ljust(38) + "".join(
        v.rjust(12) for v in ("1.000", "1.020", "1.040")) + "\nPersonele")  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["Personele uitgaven"] == "Uitgaven"
    assert parents["Ontvangsten"] is None


def _titled_article(*rows: str) -> str:
    """An article table whose title row ("5" / the article's name, a placeholder as wide
    as its three empty cells) stands right under the heading, over ``rows``."""
    return cells_per_line(
        "Budgettaire gevolgen van beleid (x € 1 000)", "Art.", "Omschrijving",
        "2008", "2009", "2010",
        "5", "Verbeteren luchtkwaliteit", " " * 5, " ",
        *rows,
    )  # fmt: skip


def test_a_title_row_over_the_first_top_row_heads_none_of_the_top_rows() -> None:
    """An article's title row printed without values above Verplichtingen, Uitgaven and
    Ontvangsten is the table's name, not their heading: the top rows stay top rows, and
    the spending's split and its parts keep Uitgaven as their parent."""
    text = _titled_article(
        "Verplichtingen", "118 240", "96 805", "110 934", " ",
        "Uitgaven", "113 649", "111 909", "108 888", " ",
        "Programma-uitgaven", "95 999", "93 789", "90 998", " ",
        "5.1 Schone lucht", "95 999", "93 789", "90 998", " ",
        "Apparaatsuitgaven", "17 650", "18 120", "17 890", " ",
        "Ontvangsten", "3 110", "1 785", "950",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["Verplichtingen"] is None
    assert parents["Uitgaven"] is None
    assert parents["Ontvangsten"] is None
    assert parents["Programma-uitgaven"] == parents["Apparaatsuitgaven"] == "Uitgaven"
    assert parents["5.1 Schone lucht"] == "Programma-uitgaven"


def test_a_heading_without_values_under_a_top_row_still_heads_its_rows() -> None:
    """The near form: headings printed without values under Uitgaven (groups of regions)
    head the rows under them as any heading does, and a title row over rows no cue ranks
    heads them all."""
    text = _titled_article(
        "Uitgaven", "400", "415", "430", " ",
        "Caribisch Nederland", " " * 5, " ",
        "Bonaire", "200", "205", "210", " ",
        "Saba", "100", "105", "110", " ",
        "Europees Nederland", " " * 5, " ",
        "Utrecht", "100", "105", "110",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["Bonaire"] == parents["Saba"] == "Caribisch Nederland"
    assert parents["Utrecht"] == "Europees Nederland"
    _tables, cells, _warnings = read_text(
        _titled_article("Bonaire", "200", "205", "210", " ", "Saba", "100", "105", "110")
    )
    parents = row_parents(cells)
    assert parents["Bonaire"] == parents["Saba"] == "5 Verbeteren luchtkwaliteit"


def _baten_en_lasten(subtotal: str, total: str) -> str:
    """A municipal overview printed with its layout kept: programmes under the value-less
    heading "Lasten", a total of them, "Overhead" and the heading's total (``total``)."""
    return "\n".join(
        [
            "Tabel 6.1 Overzicht van baten en lasten",
            "",
            "                                   Begroting   Begroting",
            "Bedragen x € 1.000                      2025        2026",
            "",
            "Lasten",
            "  1  Bestuur                             100         110",
            "  2  Veiligheid                           50          60",
            f"     {subtotal:<28}   150         170",
            "     Overhead                            30          35",
            f"Totaal lasten                     {total}",
        ]
    )


def test_a_subtotal_inside_a_heading_that_its_total_counts_heads_the_rows_above_it() -> None:
    """Programmes, their subtotal and a row after it under the value-less heading "Lasten",
    then "Totaal lasten", which adds up the subtotal and that row: the subtotal is one of
    the heading's rows and the programmes' parent, no end of the heading's reach that left
    it and the rows after it to the total (the heading is no part of its total, which
    stands beside it)."""
    text = _baten_en_lasten("Subtotaal programma's", "       180         205")
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["1 Bestuur"] == "Subtotaal programma's"
    assert parents["Subtotaal programma's"] == "Lasten"
    assert parents["Overhead"] == "Lasten"
    assert parents["Totaal lasten"] is None


def test_a_total_the_next_total_does_not_count_ends_the_heading_s_reach() -> None:
    """The same rows, "Totaal programma's" then a row that alone makes up the next total:
    the first total closes the heading's rows, as "Totaal baten" under "Baten" does, and
    the row after it is the next total's part."""
    _tables, cells, _warnings = read_text(
        _baten_en_lasten("Totaal programma's", "        30          35")
    )
    parents = row_parents(cells)
    assert parents["1 Bestuur"] == "Lasten"
    assert parents["Totaal programma's"] is None
    assert parents["Overhead"] == "Totaal lasten"


def _stands(between: list[str]) -> str:
    """A table of suppletoire mutations printed with its layout kept: the draft budget's
    stand, the rows ``between``, the adopted budget's stand, the main mutations under a
    value-less heading and the stand they come to."""
    adopted, first = ("216.305", "232.295") if between else ("214.305", "230.295")
    return "\n".join(
        [
            "Tabel 2 Belangrijkste suppletoire mutaties (bedragen x € 1.000)",
            "",
            "                                                   2025        2026",
            "Stand ontwerpbegroting 2025                      214.305     198.770",
            *between,
            f"Stand vastgestelde begroting 2025                {adopted}     198.770",
            "Belangrijkste mutaties",
            "Afrekening voorschotten                            4.120           0",
            "Huurontvangsten                                   11.870      11.870",
            f"Stand 1e suppletoire begroting 2025              {first}     210.640",
        ]
    )


def test_a_stand_equal_to_the_stand_above_it_closes_it_and_heads_nothing_after_it() -> None:
    """Two stands printing the same figures, no mutation between them (the adopted budget
    as drafted): the later stand is the level the earlier comes to, as it is over the
    mutations between where some are printed, and the heading under it heads the main
    mutations; the earlier stand heading the later one (a sum of one part) left the
    heading as a part of nothing and its mutations to the last stand."""
    _tables, cells, _warnings = read_text(_stands([]))
    parents = row_parents(cells)
    assert parents["Stand ontwerpbegroting 2025"] == "Stand vastgestelde begroting 2025"
    assert parents["Stand vastgestelde begroting 2025"] == "Stand 1e suppletoire begroting 2025"
    assert parents["Afrekening voorschotten"] == "Belangrijkste mutaties"


def test_stands_with_a_mutation_between_them_keep_their_chain() -> None:
    """The same table with a mutation printed between the first two stands: the later
    stand closes the earlier and the mutation, as before."""
    mutation = "Mutaties Nota van wijziging                        2.000           0"
    _tables, cells, _warnings = read_text(_stands([mutation]))
    parents = row_parents(cells)
    assert parents["Stand ontwerpbegroting 2025"] == "Stand vastgestelde begroting 2025"
    assert parents["Mutaties Nota van wijziging"] == "Stand vastgestelde begroting 2025"
    assert parents["Afrekening voorschotten"] == "Belangrijkste mutaties"


def _investeringen(subtotal: str) -> str:
    """A table of investments printed a cell per line: rows under the value-less heading
    "Investeringen", a total of them (``subtotal``), a contribution and the net total."""
    return cells_per_line(
        "Tabel 6 Investeringen 2025 (bedragen x € 1.000)",
        *("2025", "2026", "Investeringen"),
        *("Vervanging riolering", "100", "150", "Renovatie sporthal", "200", "250"),
        *(subtotal, "300", "400", "Bijdrage provincie", "-100", "-150"),
        *("Totaal netto investeringen", "200", "250"),
    )


def test_the_heading_s_own_total_ends_its_reach_though_the_next_total_counts_it() -> None:
    """The heading's own total, whose label names it ("Totaal investeringen" under
    "Investeringen"), closes the heading's rows though the net total below adds it up with
    the row after it: the total and that row are the net total's parts, not the heading's."""
    _tables, cells, _warnings = read_text(_investeringen("Totaal investeringen"))
    parents = row_parents(cells)
    assert parents["Vervanging riolering"] == "Investeringen"
    assert parents["Totaal investeringen"] == "Totaal netto investeringen"
    assert parents["Bijdrage provincie"] == "Totaal netto investeringen"
    assert parents["Totaal netto investeringen"] is None


def test_a_subtotal_not_naming_the_heading_stays_inside_its_reach() -> None:
    """The same rows with a subtotal whose label does not name the heading ("Subtotaal
    projecten"): one of the heading's rows, as "Subtotaal programma's" under "Lasten"."""
    _tables, cells, _warnings = read_text(_investeringen("Subtotaal projecten"))
    parents = row_parents(cells)
    assert parents["Vervanging riolering"] == "Subtotaal projecten"
    assert parents["Subtotaal projecten"] == "Investeringen"
    assert parents["Bijdrage provincie"] == "Investeringen"


def _reserves(last_label: str, last: str, saldo: str = "Saldo van baten en lasten") -> str:
    """A programme's lasten and baten, their saldo (labelled ``saldo``), the reserves'
    mutations under a heading printed without values, then ``last_label`` with the figures
    ``last``."""
    return "\n".join(
        [
            "Tabel 4 Financieel overzicht programma 2 (bedragen x € 1.000)",
            "",
            "                                      2025       2026       2027",
            "Totaal lasten                        9.400      9.800     10.100",
            "Totaal baten                         2.100      2.200      2.300",
            f"{saldo:<36}-7.300     -7.600     -7.800",
            "Mutaties reserves",
            "Toevoegingen aan reserves              400        150          0",
            "Onttrekkingen aan reserves           1.250        900        600",
            f"{last_label:<36}{last}",
        ]
    )


def test_a_result_carrying_the_saldo_through_a_headings_rows_is_no_part_of_it() -> None:
    """The saldo, less what goes into the reserves and plus what comes out of them (the
    rows of a heading printed without values), is the table's result after them: a top
    row, not a third mutation of the reserves."""
    for label in ("Saldo na bestemming", "Geraamd resultaat"):
        _tables, cells, _warnings = read_text(_reserves(label, "   -6.450     -6.850     -7.200"))
        parents = row_parents(cells)
        assert parents["Toevoegingen aan reserves"] == "Mutaties reserves"
        assert parents["Onttrekkingen aan reserves"] == "Mutaties reserves"
        assert parents[label] is None
        assert parents["Saldo van baten en lasten"] is None


def test_a_saldo_named_with_its_stage_is_carried_through_the_headings_rows() -> None:
    """A jaarrekening names its saldo and its result by their stage ("Gerealiseerd saldo
    van baten en lasten", "Gerealiseerd resultaat"; "Geraamd ..." in a begroting): the
    participle before "saldo" leaves it the balance, as "Geraamd resultaat" is a result.
    Read as no balance, the saldo was no row the result could carry, and the result was
    put under "Mutaties reserves" as a third mutation."""
    for saldo, result in (
        ("Gerealiseerd saldo", "Gerealiseerd resultaat"),
        ("Geraamd saldo van baten en lasten", "Geraamd resultaat"),
    ):
        _tables, cells, _warnings = read_text(
            _reserves(result, "   -6.450     -6.850     -7.200", saldo)
        )
        parents = row_parents(cells)
        assert parents["Onttrekkingen aan reserves"] == "Mutaties reserves"
        assert parents[result] is None
        assert parents[saldo] is None


def _receipts(label: str) -> str:
    """Receipts under a heading printed without values, the second row labelled ``label``."""
    return "\n".join(
        [
            "Tabel 4 Ontvangsten programma 2 (bedragen x € 1.000)",
            "",
            "                                      2025       2026       2027",
            "Ontvangsten",
            "Rijksbijdrage                        9.400      9.800     10.100",
            f"{label:<36}   350        400        450",
            "Rente                                  100        100        100",
        ]
    )


def test_a_saldo_named_with_what_was_done_to_it_is_a_line_item() -> None:
    """A participle before "saldo" that names no stage of the budget's cycle but what was
    done with the amount ("Verrekend saldo van voorgaande jaren", "Gestort saldo van de
    rekening-courant", "Gemiddeld saldo") makes a line item, one of the heading's rows;
    read as a balance it ended the heading's reach above it."""
    for label in (
        "Verrekend saldo van voorgaande jaren",
        "Gestort saldo van de rekening-courant",
        "Gemiddeld saldo",
        "Besteed saldo",
    ):
        _tables, cells, _warnings = read_text(_receipts(label))
        parents = row_parents(cells)
        assert parents[label] == "Ontvangsten", label
        assert parents["Rente"] == "Ontvangsten", label


def test_a_saldo_named_with_its_stage_ends_the_headings_reach() -> None:
    """Near form: a stage before "saldo" ("Geraamd saldo", "Gerealiseerd saldo van baten en
    lasten") leaves it the balance, no row of the heading above it."""
    for label in ("Geraamd saldo", "Gerealiseerd saldo van baten en lasten"):
        _tables, cells, _warnings = read_text(_receipts(label))
        assert row_parents(cells)[label] is None, label


def test_a_result_not_carrying_a_staged_saldo_stays_under_the_heading() -> None:
    """Near form: the same staged saldo, but a last row the saldo and the reserves' rows do
    not make (a reserve's own result): still one of the heading's rows."""
    _tables, cells, _warnings = read_text(
        _reserves(
            "Onverdeeld resultaat", "      310        120         45",
            "Gerealiseerd saldo",
        )
    )  # fmt: skip
    parents = row_parents(cells)
    assert parents["Onverdeeld resultaat"] == "Mutaties reserves"


def test_a_closing_row_that_carries_nothing_through_stays_under_the_heading() -> None:
    """A row labelled as a result that the saldo and the heading's rows do not make (a
    reserve's own result, printed among the reserves) is one of the heading's rows."""
    _tables, cells, _warnings = read_text(
        _reserves("Onverdeeld resultaat", "      310        120         45")
    )
    parents = row_parents(cells)
    assert parents["Onverdeeld resultaat"] == "Mutaties reserves"


def _programmes(*blocks: tuple[str, list[tuple[str, str]]]) -> str:
    """A table of programmes, each a heading printed without values over its rows (label,
    figures in two columns)."""
    lines = [
        "Lasten en baten per programma (bedragen x € 1.000)",
        "",
        "                                          Begroting      Raming",
        "                                               2025        2026",
    ]
    for heading, rows in blocks:
        lines.append(heading)
        lines += [f"  {label:<38}{figures}" for label, figures in rows]
    return "\n".join(lines)


def test_a_sibling_programmes_saldo_carried_through_the_next_programme_heads_nothing() -> None:
    """A programme's own saldo is no result of the table: where it plus or minus the next
    programme's rows happens to make that programme's saldo (a saldo of 0: any two rows'
    difference is; or one twice the other), the next saldo is still its programme's."""
    for first, second in (
        ("    -1.000      -1.100", "      -500        -550"),
        ("         0           0", "      -500        -550"),
    ):
        lasten = "     1.000       1.100" if first.split()[0] == "0" else "     3.400       3.550"
        baten = "     1.000       1.100" if first.split()[0] == "0" else "     2.400       2.450"
        _tables, cells, _warnings = read_text(
            _programmes(
                (
                    "Programma 1 Bestuur",
                    [
                        ("Lasten bestuur", lasten),
                        ("Baten bestuur", baten),
                        ("Saldo programma 1", first),
                    ],
                ),
                (
                    "Programma 2 Verkeer",
                    [
                        ("Lasten verkeer", "       800         850"),
                        ("Baten verkeer", "       300         300"),
                        ("Saldo programma 2", second),
                    ],
                ),
            )
        )
        assert row_parents(cells)["Saldo programma 2"] == "Programma 2 Verkeer"


def test_a_saldo_after_one_row_under_a_heading_is_the_headings() -> None:
    """A heading of one row: the row above plus or minus it makes any sum, so a saldo
    after it carries nothing through ("Onvoorzien" 0, then "Overhead" / "Lasten overhead"
    / "Saldo overhead")."""
    _tables, cells, _warnings = read_text(
        _programmes(
            (
                "Algemene dekkingsmiddelen",
                [
                    ("Belastingen", "     6.780       7.050"),
                    ("Algemene uitkering", "    51.200      52.940"),
                    ("Onvoorzien", "         0           0"),
                ],
            ),
            (
                "Overhead",
                [
                    ("Lasten overhead", "     8.420       8.760"),
                    ("Saldo overhead", "    -8.420      -8.760"),
                ],
            ),
        )
    )
    assert row_parents(cells)["Saldo overhead"] == "Overhead"


def test_a_programmes_own_saldo_and_reserves_stay_under_it() -> None:
    """A programme's saldo right after its rows, the previous programme's saldo of 0 above
    its heading: the saldo and the reserves' rows and result after it are the programme's."""
    _tables, cells, _warnings = read_text(
        _programmes(
            (
                "Programma 8 Wonen",
                [
                    ("Lasten wonen", "     1.310       1.380"),
                    ("Baten wonen", "     1.310       1.380"),
                    ("Saldo van baten en lasten wonen", "         0           0"),
                ],
            ),
            (
                "Programma 9 Sociaal domein",
                [
                    ("Lasten sociaal domein", "    22.100      22.950"),
                    ("Baten sociaal domein", "     5.450       5.600"),
                    ("Saldo van baten en lasten", "   -16.650     -17.350"),
                    ("Toevoegingen aan reserves", "       150         100"),
                    ("Onttrekkingen aan reserves", "       900         750"),
                    ("Resultaat programma 9", "   -15.900     -16.700"),
                ],
            ),
        )
    )
    parents = row_parents(cells)
    for label in (
        "Saldo van baten en lasten",
        "Toevoegingen aan reserves",
        "Resultaat programma 9",
    ):
        assert parents[label] == "Programma 9 Sociaal domein"


def test_a_result_carrying_a_saldo_after_totals_of_headings_is_no_part() -> None:
    """Near form: the saldo carried is the table's own, printed after the totals that end
    the headings over the lasten and the baten ("Lasten" / rows / "Totaal lasten" /
    "Baten" / rows / "Totaal baten" / "Saldo van baten en lasten"): the result after the
    reserves' mutations is a top row."""
    text = "\n".join(
        [
            "Tabel 4 Financieel overzicht programma 4 (bedragen x € 1.000)",
            "",
            "                                      2025       2026",
            "Lasten",
            "Onderwijshuisvesting                 23.944     26.512",
            "Onderwijsbeleid                      15.873     16.209",
            "Totaal lasten                        39.817     42.721",
            "Baten",
            "Onderwijshuisvesting                  1.150      1.150",
            "Onderwijsbeleid                       7.015      6.480",
            "Totaal baten                          8.165      7.630",
            "Saldo van baten en lasten           -31.652    -35.091",
            "Mutaties reserves",
            "Toevoegingen aan reserves                 0        250",
            "Onttrekkingen aan reserves            2.315      3.020",
            "Saldo na bestemming                 -29.337    -32.321",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["Onttrekkingen aan reserves"] == "Mutaties reserves"
    assert parents["Saldo na bestemming"] is None


def _numbered_items(*rows: tuple[str, str, str, str, str]) -> str:
    """A statement of numbered items, one cell per line, its code in a cell of its own."""
    cells = [cell for row in rows for cell in row]
    return cells_per_line(
        "Tabel 6 Kasstroomoverzicht (bedragen x € 1.000)", " ",
        "Begroting", "Realisatie", "Verschil", *cells,
    )  # fmt: skip


def test_a_numbered_total_below_its_lettered_parts_keeps_them_with_a_misprinted_figure() -> None:
    """Rows coded "3a." and "3b." printed above "3." are its parts by their codes: the
    total keeps them where one of its figures is misprinted (-1.196 printed for -1.169),
    so the failing sum is a finding on the source; they were left without a parent."""
    text = _numbered_items(
        ("1.", "Stand 1 januari", "3.120", "3.480", "360"),
        ("3a.", "Investeringen", "-1.600", "-1.269", "331"),
        ("3b.", "Desinvesteringen", "100", "100", "0"),
        ("3.", "Totaal investeringskasstroom", "-1.500", "-1.196", "331"),
        ("4.", "Stand 31 december", "1.620", "2.284", "664"),
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["3a. Investeringen"] == "3. Totaal investeringskasstroom"
    assert parents["3b. Desinvesteringen"] == "3. Totaal investeringskasstroom"
    assert parents["3. Totaal investeringskasstroom"] is None


def test_lettered_rows_of_another_number_or_another_reckoning_have_no_coded_total() -> None:
    """Near forms: lettered rows of another number ("2a.", "2b.", then "3.") are no parts
    of the numbered row under them, even where its figures add up in most columns; a
    numbered row printed above its lettered rows heads them and sums nothing above it;
    and "4." computed from "4a." and "4b." another way (a norm, their product) adds up
    in no column, so it closes neither."""
    text = _numbered_items(
        ("2a.", "Investeringen", "-1.600", "-1.269", "331"),
        ("2b.", "Desinvesteringen", "100", "100", "0"),
        ("3.", "Financiering", "-1.500", "-1.196", "331"),
        ("4.", "Stand 31 december", "1.620", "2.284", "664"),
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["2a. Investeringen"] is None and parents["2b. Desinvesteringen"] is None
    text = _numbered_items(
        ("3.", "Totaal investeringskasstroom", "-1.500", "-1.196", "331"),
        ("3a.", "Investeringen", "-1.600", "-1.269", "331"),
        ("3b.", "Desinvesteringen", "100", "100", "0"),
        ("4.", "Stand 31 december", "1.620", "2.284", "664"),
    )
    _tables, cells, _warnings = read_text(text)
    assert row_parents(cells)["3. Totaal investeringskasstroom"] is None
    text = _numbered_items(
        ("4a.", "Begrotingstotaal", "1.000", "1.200", "200"),
        ("4b.", "Percentage", "20", "20", "0"),
        ("4.", "Norm (4a x 4b/100)", "200", "240", "40"),
    )
    _tables, cells, _warnings = read_text(text)
    assert set(row_parents(cells).values()) == {None}


def _kasstroom_closing_on(label: str, realised: str) -> dict[str, str | None]:
    """The rows' parents in a numbered kasstroomoverzicht with lettered parts under its item
    3, closed by a row labelled ``label`` whose second figure prints ``realised``."""
    text = _numbered_items(
        ("1.", "Stand 1 januari", "3.120", "3.480", "360"),
        ("2.", "Operationele kasstroom", "1.750", "1.320", "-430"),
        ("3a.", "Investeringen", "-1.600", "-1.269", "331"),
        ("3b.", "Desinvesteringen", "100", "100", "0"),
        ("3.", "Totaal investeringskasstroom", "-1.500", "-1.169", "331"),
        ("4.", label, "3.370", realised, "261"),
    )
    _tables, cells, _warnings = read_text(text)
    return row_parents(cells)


def test_a_total_whose_label_names_the_rows_it_sums_keeps_them_with_a_misprinted_figure() -> None:
    """A row whose label ends in the numbers of the rows it sums ("(=1+2+3)") is the total
    of the rows coded with those numbers, not of the lettered parts between them: it keeps
    them where one of its figures is misprinted (3.361 printed for 3.631), so the failing
    sum is a finding on the source; they were left without a parent."""
    parents = _kasstroom_closing_on("Stand 31 december (=1+2+3)", "3.361")
    total = "4. Stand 31 december (=1+2+3)"
    assert parents["1. Stand 1 januari"] == parents["2. Operationele kasstroom"] == total
    assert parents["3. Totaal investeringskasstroom"] == total
    assert parents["3a. Investeringen"] == "3. Totaal investeringskasstroom"


def test_a_formula_followed_by_a_remark_in_brackets_still_names_the_rows_summed() -> None:
    """The label of the closing row wraps onto a remark in brackets of its own after its
    formula ("(=1+2+3)" / "(inclusief deposito's)"): the formula still names the rows it
    sums, and they are its parts (numbered items side by side before, with no parent)."""
    parents = _kasstroom_closing_on("Stand 31 december (=1+2+3) (inclusief deposito's)", "3.631")
    total = "4. Stand 31 december (=1+2+3) (inclusief deposito's)"
    assert parents["1. Stand 1 januari"] == parents["2. Operationele kasstroom"] == total
    assert parents["3. Totaal investeringskasstroom"] == total
    assert parents["3a. Investeringen"] == "3. Totaal investeringskasstroom"


def test_a_remark_holding_a_figure_after_the_formula_names_no_row() -> None:
    """Only the formula names the rows a total sums: a remark in brackets after it may hold
    figures of its own ("(=1+2+3)" / "(maximale roodstand 2 mln)"), which are no rows'
    numbers. The total keeps the rows its formula names where a misprinted figure leaves
    its sums short (the remark's "2" was read as a row named twice, and they had no
    parent)."""
    text = _numbered_items(
        ("1.", "Stand 1 januari", "3.120", "3.480", "360"),
        ("2.", "Operationele kasstroom", "1.750", "1.320", "-430"),
        ("3.", "Investeringskasstroom", "-1.500", "-1.169", "331"),
        ("4.", "Stand 31 december (=1+2+3) (maximale roodstand 2 mln)", "3.370", "3.661", "261"),
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    total = "4. Stand 31 december (=1+2+3) (maximale roodstand 2 mln)"
    assert parents["1. Stand 1 januari"] == parents["2. Operationele kasstroom"] == total
    assert parents["3. Investeringskasstroom"] == total


def test_a_remark_holding_the_missing_number_does_not_complete_the_formula() -> None:
    """Near form: a formula naming a row not printed ("(=1+2+3+4)" under rows "1." to "3.")
    names no rows, also where the remark after it holds a printed row's number ("(zie
    noot 1)"): the rows stay without a parent."""
    text = _numbered_items(
        ("1.", "Stand 1 januari", "3.120", "3.480", "360"),
        ("2.", "Operationele kasstroom", "1.750", "1.320", "-430"),
        ("3.", "Totaal investeringskasstroom", "-1.500", "-1.169", "331"),
        ("5.", "Stand 31 december (=1+2+3+4) (zie noot 1)", "3.370", "3.361", "261"),
    )
    _tables, cells, _warnings = read_text(text)
    assert set(row_parents(cells).values()) == {None}


def test_a_remark_in_brackets_without_a_formula_names_no_rows_summed() -> None:
    """Near form: the same closing row with a remark in brackets but no formula before it
    names no rows: the numbered items stay side by side, the lettered ones under their own
    total."""
    text = _numbered_items(
        ("1.", "Stand 1 januari", "3.120", "3.480", "360"),
        ("2.", "Operationele kasstroom", "1.750", "1.320", "-430"),
        ("3a.", "Investeringen", "-1.600", "-1.269", "331"),
        ("3b.", "Desinvesteringen", "100", "100", "0"),
        ("3.", "Totaal investeringskasstroom", "-1.500", "-1.169", "331"),
        ("4.", "Stand 31 december (inclusief deposito's)", "3.370", "3.631", "261"),
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["1. Stand 1 januari"] is None
    assert parents["3. Totaal investeringskasstroom"] is None
    assert parents["3a. Investeringen"] == "3. Totaal investeringskasstroom"


def test_a_formula_naming_a_row_not_printed_closes_nothing_by_its_label() -> None:
    """Near form: a formula naming a row no row above is coded with ("(=1+2+3+4)" under
    rows "1." to "3.") does not say which rows it sums, though the rows printed add up to
    it in most columns (the unprinted row nil there): they stay without a parent."""
    text = _numbered_items(
        ("1.", "Stand 1 januari", "3.120", "3.480", "360"),
        ("2.", "Operationele kasstroom", "1.750", "1.320", "-430"),
        ("3.", "Totaal investeringskasstroom", "-1.500", "-1.169", "331"),
        ("5.", "Stand 31 december (=1+2+3+4)", "3.370", "3.361", "261"),
    )
    _tables, cells, _warnings = read_text(text)
    assert set(row_parents(cells).values()) == {None}


def _two_blocks(result: str) -> str:
    """Baten and lasten, each a heading printed without values over its rows and closed by
    its total (the baten's off by 0,1 in 2026: rounding), then a last row ``result``
    printing baten less lasten."""
    return "\n".join(
        [
            "Tabel 3 Meerjarenraming baten en lasten (x € 1 mln)",
            "",
            "                                   2025       2026       2027",
            "Baten",
            "Bijdrage ministerie                148,6      152,3      161,8",
            "Opbrengst verkoop                   21,4       19,8       18,5",
            "Overige baten                       12,9        8,6        9,1",
            "Totaal baten                       182,9      180,8      189,4",
            "Lasten",
            "Personeelskosten                   151,3      158,7      166,2",
            "Afschrijvingen                      18,9       20,4       21,7",
            "Totaal lasten                      170,2      179,1      187,9",
            f"{result:<35}{'12,7':>5}{'1,7':>11}{'1,5':>11}",
        ]
    )


def test_a_total_closing_a_headings_rows_heads_no_row_after_it() -> None:
    """A total printed under the rows of a heading printed without values ("Baten" / its
    rows / "Totaal baten") closes that heading's block: it heads no row printed after it,
    even where those rows add up to it ("Totaal lasten" plus a result named by no balance's
    word, "Exploitatieresultaat": baten is lasten plus the result, a difference, no sum).
    Both were hung under "Totaal baten"."""
    _tables, cells, _warnings = read_text(_two_blocks("Exploitatieresultaat"))
    parents = row_parents(cells)
    assert parents["Bijdrage ministerie"] == "Baten"
    assert parents["Personeelskosten"] == "Lasten"
    assert parents["Totaal baten"] is None
    assert parents["Totaal lasten"] is None
    assert parents["Exploitatieresultaat"] is None


def test_a_total_printed_above_its_parts_with_no_block_above_it_still_heads_them() -> None:
    """A total under a heading printed without values but right under it, no rows between
    ("Ontvangsten" / "Totaal ontvangsten" / its parts), closes no block: it heads the rows
    after it that add up to it, as before."""
    text = "\n".join(
        [
            "Tabel 4 Ontvangsten (x € 1.000)",
            "",
            "                                   2025       2026",
            "Ontvangsten",
            "Totaal ontvangsten                 1.500      1.620",
            "Leges                                900        960",
            "Boetes                               600        660",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["Leges"] == parents["Boetes"] == "Totaal ontvangsten"


@pytest.mark.parametrize(
    "rows",
    [
        [  # a footnote's numbers in a label: no formula of the rows above
            ("1. Personeel", "400", "420"),
            ("2. Materieel", "100", "95"),
            ("3. Inhuur externen (1+2)", "500", "130"),
            ("4. Huisvesting", "80", "82"),
        ],
        [  # lettered rows over another item coded with their number
            ("7a. Bijdrage agentschappen", "300", "310"),
            ("7b. Bijdrage fondsen", "200", "0"),
            ("7. Apparaat", "500", "450"),
            ("8. Nog onverdeeld", "20", "25"),
        ],
        [  # a norm reckoned from its lettered rows another way
            ("4a. Begrotingstotaal", "1.000", "1.200"),
            ("4b. Opslag", "10", "20"),
            ("4. Norm (4a + 1%)", "1.010", "1.212"),
        ],
    ],
)
def test_a_coded_total_adding_up_in_one_of_two_columns_closes_nothing(
    rows: list[tuple[str, str, str]],
) -> None:
    """Two value columns: the rows a numbered row's code or label names add up to it in
    one column by chance, not in the other, so nothing says they are its parts (they were
    taken as such, the sum holding in "at least half" the columns). Near form: the tests
    above, a total misprinted in one of three columns, keep their parts."""
    text = "\n".join(
        [
            "Tabel 5 Kosten uitvoering (bedragen x € 1.000)",
            "",
            printed("", (50, 64), "Begroting", "Realisatie"),
            *(printed(label, (50, 64), *values) for label, *values in rows),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert len(cells) == 2 * len(rows)
    assert set(row_parents(cells).values()) == {None}


def _parents_per_line(cells: list[dict[str, object]]) -> dict[int, object]:
    """Each row's parent by its line: the blocks under each heading repeat their labels."""
    return {c["line"]: c["parent_row_label"] for c in cells}


_ENDS = (60, 75)


def test_a_heading_over_a_chain_of_stands_is_its_last_stands_parent() -> None:
    """Each article a heading printed without values over its own chain of stands (the
    opening stand and the mutations make the closing one): the chain's parts are the
    closing stand's, and the closing stand, left at the top, was no row of the article, so
    the blocks that repeat their labels under each heading could not be told apart."""
    text = "\n".join(
        [
            "Tabel 1 Opbouw mutaties per artikel (bedragen x € 1.000)",
            "",
            printed("Omschrijving", _ENDS, "Uitgaven", "Ontvangsten"),
            "",
            "Artikel 1 Arbeidsmarkt",
            printed("  Stand ontwerpbegroting 2023", _ENDS, "400", "20"),
            printed("  Mutaties suppletoire begroting", _ENDS, "10", "5"),
            printed("  Stand slotwet 2023", _ENDS, "410", "25"),
            "",
            "Artikel 2 Bijstand",
            printed("  Stand ontwerpbegroting 2023", _ENDS, "300", "10"),
            printed("  Mutaties suppletoire begroting", _ENDS, "-10", "5"),
            printed("  Stand slotwet 2023", _ENDS, "290", "15"),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    parents = _parents_per_line(cells)
    assert parents[6] == parents[7] == parents[11] == parents[12] == "Stand slotwet 2023"
    assert parents[8] == "Artikel 1 Arbeidsmarkt"
    assert parents[13] == "Artikel 2 Bijstand"


@pytest.mark.parametrize(
    ("heading", "total"),
    [
        ("Artikel 1 Arbeidsmarkt", "Totaal"),  # the heading heads the rows, the total none
        ("Lasten", "Totaal lasten"),  # the heading's own total
    ],
)
def test_a_heading_whose_rows_a_total_closes_heads_no_total(heading: str, total: str) -> None:
    """Near form: a heading printed without values over rows that a total closes heads
    those rows, and the total, closing the heading's reach, stays at the top."""
    text = "\n".join(
        [
            "Tabel 1 Lasten per artikel (bedragen x € 1.000)",
            "",
            printed("Omschrijving", _ENDS, "2024", "2025"),
            "",
            heading,
            printed("  Regeling A", _ENDS, "400", "20"),
            printed("  Regeling B", _ENDS, "10", "5"),
            printed(f"  {total}", _ENDS, "410", "25"),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    parents = _parents_per_line(cells)
    assert parents == {6: heading, 7: heading, 8: None}


def test_a_parent_printing_nil_dashes_alone_is_passed_over_for_one_with_cells() -> None:
    """A parent printed one cell per line with a nil dash in every column ("Saldo" / "-" /
    "-": 100 and -100 add up to nil) outputs no cell, its dashes the page's marks for empty
    cells: its parts point past it to the nearest ancestor that outputs cells, never at a
    row id no cell carries."""
    _tables, cells, _warnings = read_text(
        cells_per_line(
            "Tabel 1 Lasten (x € 1.000)",
            "Omschrijving",
            "2024",
            "2025",
            "Post A",
            "100",
            "200",
            "Post B",
            "-100",
            "-200",
            "Saldo",
            "-",
            "-",
            "Post C",
            "50",
            "60",
            "Totaal",
            "50",
            "60",
        )
    )
    rows = {cell["row_id"] for cell in cells}
    assert "Saldo" not in {cell["row_label"] for cell in cells}
    assert row_parents(cells)["Post A"] == "Saldo"  # the printed parent, as before
    assert all(cell["parent_row_id"] in rows for cell in cells if cell["parent_row_id"])


def _coded_items(second: str) -> str:
    """A budgettaire gevolgen one cell per line: a value-less item "1.01 ..." over its
    regelingen (their code cells empty), then a row coded ``second`` printing its values."""
    return cells_per_line(
        "Tabel 3 Budgettaire gevolgen van beleid artikel 1 (bedragen x € 1.000)",
        " ", " ", "2023", "2024", "2025",
        " ", "Uitgaven", "534.640", "35.000", "20.000",
        "1.01", "Investeren in waterveiligheid", " ",
        " ", "Hoogwaterbeschermingsprogramma", "402.150", "35.000", "20.000",
        " ", "Afsluitdijk", "98.630", " ", " ",
        " ", "Ruimte voor de Rivier", "1.450", " ", " ",
        second, "Apparaatskosten", "32.410", " ", " ",
        " ", "Ontvangsten", "15.200", "3.000", "18.200",
    )  # fmt: skip


def test_a_row_coded_as_a_value_less_items_sibling_is_no_part_of_it() -> None:
    """ "1.02 ..." after the regelingen of "1.01 ..." (printed without values): the sums
    hold with it under the item (whose sum it would raise) as under "Uitgaven", and the
    item, standing for the sum of its rows, took it. Its code puts it at the item's level:
    a part of "Uitgaven", as the item is."""
    _tables, cells, _warnings = read_text(_coded_items("1.02"))
    parents = row_parents(cells)
    assert parents["Afsluitdijk"] == "1.01 Investeren in waterveiligheid"
    assert parents["1.02 Apparaatskosten"] == "Uitgaven"


def test_a_row_coded_deeper_than_a_value_less_item_stays_its_part() -> None:
    """Near form: coded "1.01.4", a part of the item's code, the row stays one of its rows."""
    _tables, cells, _warnings = read_text(_coded_items("1.01.4"))
    parents = row_parents(cells)
    assert parents["1.01.4 Apparaatskosten"] == "1.01 Investeren in waterveiligheid"


def _chapters(label: str, code: str) -> str:
    """Spending changes per chapter, one cell per line, a run of empty cells one line of
    white space, the total at the bottom; the third row, ``label``, prints no figure and
    the row under it opens with ``code``."""
    blank = "     "
    lines = ["Tabel 1.3.1 Uitgavenmutaties per hoofdstuk (in mln euro)", ""]
    lines += ["Hoofdstuk", "", "Beleidsmatig", "", "Technisch", "", "Totaal", ""]
    lines += ["IV Koninkrijksrelaties", "", "12,5", "", " ", "", "12,5", ""]
    lines += ["VI Justitie en Veiligheid", "", "96,0", "", "‒ 212,7", "", "‒ 116,7", ""]
    lines += [label, "", blank, ""]
    lines += [f"{code} Defensie", "", "250,0", "", "‒ 415,3", "", "‒ 165,3", ""]
    lines += [f"{code}I Economische Zaken", "", "1.480,6", "", "‒ 36,9", "", "1.443,7", ""]
    lines += ["Totaal", "", "1.839,1", "", "‒ 664,9", "", "1.174,2"]
    return "\n".join(lines)


def test_a_row_without_figures_heads_no_row_coded_at_its_own_level() -> None:
    """A chapter printed without figures ("VII Binnenlandse Zaken", a run of empty cells)
    among chapters coded as it is ("X Defensie", "XI ..."): a chapter beside them, no
    heading over them, so they are parts of the total below as the chapters above it are.
    It was read as their heading, and they its parts."""
    text = _chapters("VII Binnenlandse Zaken en Koninkrijksrelaties", "X")
    parents = row_parents(read_text(text)[1])
    assert parents["X Defensie"] == "Totaal"
    assert parents["XI Economische Zaken"] == "Totaal"
    assert parents["VI Justitie en Veiligheid"] == "Totaal"


def test_a_row_without_figures_over_rows_coded_otherwise_still_heads_them() -> None:
    """The near form: a row printed without figures whose label opens with no chapter's
    code ("Overige hoofdstukken") over the coded chapters heads them, as before."""
    text = _chapters("Overige hoofdstukken", "X")
    parents = row_parents(read_text(text)[1])
    assert parents["X Defensie"] == "Overige hoofdstukken"


def _chapter_parts(label: str) -> str:
    """Spending changes per chapter, one cell per line: ``label`` printed without figures
    (a run of empty cells) over the chapter's two lettered parts "IXA" and "IXB", then
    "X Defensie" and the total."""
    blank = "     "
    lines = ["Tabel 1.4 Uitgavenmutaties per hoofdstuk (in mln euro)", ""]
    lines += ["Hoofdstuk", "", "Beleidsmatig", "", "Technisch", "", "Totaal", ""]
    lines += ["VIII Onderwijs, Cultuur en Wetenschap", "", "120,4", "", "‒ 15,0", "", "105,4", ""]
    lines += [label, "", blank, ""]
    lines += ["IXA Nationale Schuld", "", "0,0", "", "‒ 212,5", "", "‒ 212,5", ""]
    lines += ["IXB Financiën", "", "44,1", "", "3,2", "", "47,3", ""]
    lines += ["X Defensie", "", "250,0", "", "‒ 415,3", "", "‒ 165,3", ""]
    lines += ["Totaal", "", "414,5", "", "‒ 639,6", "", "‒ 225,1"]
    return "\n".join(lines)


def test_a_chapter_without_figures_heads_its_lettered_parts() -> None:
    """A chapter printed without figures ("IX Financiën en Nationale Schuld") over its
    parts lettered on its own numeral ("IXA", "IXB"): their code goes on with the
    chapter's, so it heads them, and the next chapter ("X Defensie") stands beside it.
    Read as siblings, the parts went to the total."""
    parents = row_parents(read_text(_chapter_parts("IX Financiën en Nationale Schuld"))[1])
    assert parents["IXA Nationale Schuld"] == "IX Financiën en Nationale Schuld"
    assert parents["IXB Financiën"] == "IX Financiën en Nationale Schuld"
    assert parents["X Defensie"] == "Totaal"


def test_a_chapter_without_figures_over_another_chapters_parts_heads_none() -> None:
    """The near form: a chapter of another numeral ("VII Binnenlandse Zaken") printed
    without figures over "IXA" and "IXB" heads neither: they are no parts of it."""
    parents = row_parents(read_text(_chapter_parts("VII Binnenlandse Zaken"))[1])
    assert parents["IXA Nationale Schuld"] == "Totaal"
    assert parents["IXB Financiën"] == "Totaal"


def test_a_code_going_on_with_a_rows_own_figures_is_its_parts() -> None:
    """The near form in figures: a function printed without figures ("2 Verkeer") over
    rows whose codes go on with its own ("210 Reconstructie", "221 Beschoeiing"), shaped
    alike: its parts, no siblings, so it heads them, as before."""
    text = "\n".join(
        [
            "Bijlage 4 Staat van investeringen (bedragen x € 1.000)",
            "",
            "                                              Krediet   Uitgaven     Raming",
            "2        Verkeer en vervoer",
            "210      Reconstructie Stationsweg              2.850      1.120      1.730",
            "221      Beschoeiing Oude Haven                 1.175        215        600",
            "         Totaal hoofdfunctie 2                  4.025      1.335      2.330",
        ]
    )
    parents = row_parents(read_text(text)[1])
    assert parents["210 Reconstructie Stationsweg"] == "2 Verkeer en vervoer"


def _fund(inner: str) -> str:
    """A fund's verticale toelichting one cell per line: a stand, two headings without
    figures each printed with a line of white space for its cells (``inner`` nested in the
    first), the mutations under them, the stand they come to at the bottom."""
    blank = "   "
    lines = ["B Gemeentefonds: uitgaven", "", "2025", "", "2026", "", "2027", ""]
    lines += ["Stand Voorjaarsnota 2024", "", "43.575,9", "", "42.940,2", "", "43.218,6", ""]
    lines += ["Beleidsmatige mutaties", "", blank, ""]
    lines += [inner, "", blank, ""] if inner else []
    lines += ["Accres", "", "488,0", "", "512,6", "", "530,1", ""]
    lines += ["Opschalingskorting", "", "‒ 675,0", "", "‒ 675,0", "", "‒ 675,0", ""]
    lines += ["Technische mutaties", "", blank, ""]
    lines += ["Loon- en prijsbijstelling", "", "1.038,2", "", "1.041,7", "", "1.049,9", ""]
    lines += ["Stand Miljoenennota 2025", "", "44.427,1", "", "43.819,5", "", "44.123,6"]
    return "\n".join(lines)


def test_a_heading_printing_its_cells_empty_inside_another_stands_for_its_rows() -> None:
    """Headings printed without figures, each with its empty cells as a line of white
    space, one nested in the other ("Beleidsmatige mutaties" over "Rijksbegroting" over
    the mutations), under a stand at the bottom: the inner heading heads its rows and
    stands for their sum, so the outer one does too and the stand below adds up. Counted
    as a row of nothing, the inner heading made the outer one nil: the mutations went to
    the outer heading, the last one to the stand."""
    parents = row_parents(read_text(_fund("Rijksbegroting"))[1])
    assert parents["Accres"] == "Rijksbegroting"
    assert parents["Opschalingskorting"] == "Rijksbegroting"
    assert parents["Loon- en prijsbijstelling"] == "Technische mutaties"
    assert parents["Stand Voorjaarsnota 2024"] == "Stand Miljoenennota 2025"


def test_headings_printing_their_cells_empty_side_by_side_head_their_rows() -> None:
    """The near form: the same headings side by side, none nested, head their rows, as
    before."""
    parents = row_parents(read_text(_fund(""))[1])
    assert parents["Opschalingskorting"] == "Beleidsmatige mutaties"
    assert parents["Loon- en prijsbijstelling"] == "Technische mutaties"


def _investments(last: str) -> str:
    """Budgettaire gevolgen one cell per line: "Investeringen" printed without values over
    two regelingen, then a row ``last`` printing its values, all of them adding up to
    "Uitgaven" above."""
    return cells_per_line(
        "Tabel 7 Budgettaire gevolgen van beleid artikel 6 (bedragen x € 1.000)",
        " ", "2024", "2025",
        "Uitgaven", "2.468.800", "2.510.000",
        "Investeringen",
        "Maritiem materieel", "1.398.420", "1.400.000",
        "Land materieel", "1.045.880", "1.090.000",
        last, "24.500", "20.000",
    )  # fmt: skip


def test_an_instrument_after_the_regelingen_of_a_value_less_heading_is_its_sibling() -> None:
    """ "Bijdrage aan agentschappen", an instrument, after the regelingen under
    "Investeringen" (printed without values, no cue of its own): the heading stands at the
    instruments' level, so the instrument is a part of "Uitgaven" beside it, not one more
    of its rows (the sums hold either way; the heading took it)."""
    _tables, cells, _warnings = read_text(_investments("Bijdrage aan agentschappen"))
    parents = row_parents(cells)
    assert parents["Land materieel"] == "Investeringen"
    assert parents["Bijdrage aan agentschappen"] == "Uitgaven"


def test_a_regeling_after_the_regelingen_of_a_value_less_heading_stays_its_part() -> None:
    """Near form: a row no cue ranks ("Munitie") after them is one more of its rows."""
    _tables, cells, _warnings = read_text(_investments("Munitie"))
    assert row_parents(cells)["Munitie"] == "Investeringen"


def _waarvan_after_instruments(last: str) -> str:
    """Budgettaire gevolgen one cell per line: "Uitgaven", its "waarvan programma-uitgaven",
    two coded instruments, then a "waarvan" row ``last``."""
    return cells_per_line(
        "Tabel 5.1 Budgettaire gevolgen van beleid (x € 1 000)",
        " ", "2013", "2014",
        "Uitgaven", "2 609 188", "2 623 963",
        "waarvan programma-uitgaven", "2 602 970", "2 617 505",
        "5.1 Bekostiging hbo-instellingen", "2 561 240", "2 579 690",
        "5.2 Subsidies", "41 730", "37 815",
        last, "6 218", "6 458",
    )  # fmt: skip


def test_a_waarvan_row_naming_a_half_of_the_spending_is_no_part_of_an_instrument() -> None:
    """ "waarvan apparaatsuitgaven" after "5.2 Subsidies": a half of the spending cannot
    be inside an instrument, so it is a part of "Uitgaven", as "waarvan
    programma-uitgaven" is (it was taken as a part of the instrument above it)."""
    _tables, cells, _warnings = read_text(_waarvan_after_instruments("waarvan apparaatsuitgaven"))
    parents = row_parents(cells)
    assert parents["waarvan programma-uitgaven"] == "Uitgaven"
    assert parents["waarvan apparaatsuitgaven"] == "Uitgaven"


def test_a_waarvan_row_naming_no_cued_part_stays_a_part_of_the_row_above() -> None:
    """Near form: "waarvan onderzoek", no cue, is a part of "5.2 Subsidies" above it."""
    _tables, cells, _warnings = read_text(_waarvan_after_instruments("waarvan onderzoek"))
    assert row_parents(cells)["waarvan onderzoek"] == "5.2 Subsidies"


def test_a_numbered_total_above_numbered_items_heads_them() -> None:
    """A budget flexibility table numbers its rows and prints the total first ("1. Totaal
    geraamde uitgaven", then "2." to "5.", which add up to it): the numbered total is their
    total printed above them, a level up; they were read as items side by side, none
    under another, and had no parent."""
    text = cells_per_line(
        "Tabel 7.2 Budgetflexibiliteit (bedragen x € 1.000)", " ", "2026",
        "1. Totaal geraamde uitgaven", "84.200",
        "2. Juridisch verplicht", "71.500",
        "3. Complementair noodzakelijk", "0",
        "4. Bestuurlijk gebonden", "9.300",
        "5. Nog niet ingevuld/vrij te besteden", "3.400",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    total = "1. Totaal geraamde uitgaven"
    assert parents["2. Juridisch verplicht"] == parents["4. Bestuurlijk gebonden"] == total
    assert parents["5. Nog niet ingevuld/vrij te besteden"] == total
    assert parents[total] is None


def test_numbered_totals_side_by_side_keep_their_cues() -> None:
    """Near forms: numbered totals side by side, a balance after them ("1. Totaal baten",
    "2. Totaal lasten", "3. Saldo", baten being lasten plus the balance): the first heads
    neither of the others though they add up to it. And an older budget flexibility table
    whose total a "waarvan" row follows ("2. Waarvan apparaatsuitgaven") and then the rest
    ("3. Dus: totaal geraamde programma-uitgaven", equal to the first where the "waarvan"
    row is nil) keeps its rows side by side."""
    text = cells_per_line(
        "Tabel 4 Exploitatie (bedragen x € 1.000)", " ", "2025", "2026",
        "1. Totaal baten", "52.000", "54.000",
        "2. Totaal lasten", "50.500", "53.100",
        "3. Saldo", "1.500", "900",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert set(row_parents(cells).values()) == {None}
    text = cells_per_line(
        "Tabel 6.2 Budgetflexibiliteit (bedragen x € 1.000)", " ", "2017",
        "1. Totaal geraamde kasuitgaven", "61.400",
        "2. Waarvan apparaatsuitgaven", "0",
        "3. Dus: totaal geraamde programma-uitgaven", "61.400",
        "4. Waarvan juridisch verplicht", "95%",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["3. Dus: totaal geraamde programma-uitgaven"] is None
    assert parents["1. Totaal geraamde kasuitgaven"] is None


def test_a_numbered_total_over_a_net_sum_keeps_its_rows_side_by_side() -> None:
    """A numbered total, what is taken off it and the net sum left ("1. Totaal lasten",
    "2. Baten", "3. Netto lasten"; or a balance, "3. Saldo"): the second and third add up
    to the first by identity, a difference, not its parts; no row heads another."""
    for net in ("3. Netto lasten", "3. Netto-lasten", "3. Saldo"):
        text = cells_per_line(
            "Tabel 3 Lasten en baten van het fonds (bedragen x € 1.000)", " ", "2026", "2027",
            "1. Totaal lasten", "64.100", "70.300",
            "2. Baten", "21.600", "24.050",
            net, "42.500", "46.250",
        )  # fmt: skip
        _tables, cells, _warnings = read_text(text)
        assert set(row_parents(cells).values()) == {None}, net


def test_a_numbered_total_over_items_naming_net_sums_later_in_their_words_heads_them() -> None:
    """Near form: items whose words name "netto" after their opening ("3. Bestuurlijk
    gebonden (netto)") are parts still: the numbered total above heads them."""
    text = cells_per_line(
        "Tabel 5.1 Budgetflexibiliteit (bedragen x € 1.000)", " ", "2027",
        "1. Totaal geraamde uitgaven", "52.700",
        "2. Juridisch verplicht", "40.100",
        "3. Bestuurlijk gebonden (netto)", "8.900",
        "4. Nog niet ingevuld/vrij te besteden", "3.700",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    total = "1. Totaal geraamde uitgaven"
    assert parents["2. Juridisch verplicht"] == parents["3. Bestuurlijk gebonden (netto)"] == total
    assert parents["4. Nog niet ingevuld/vrij te besteden"] == total


def _one_year_flexibility(rest: str) -> str:
    """A budget flexibility table of one year, one cell per line: the total, "waarvan"
    rows (one of them nil) and the rest after them, ``rest`` its figure."""
    return cells_per_line(
        "Tabel 8.2 Budgetflexibiliteit (bedragen x € 1.000)", " ", "2027",
        "1. Totaal geraamde uitgaven", "640.000",
        "2. Waarvan juridisch verplicht", "600.500",
        "3. Waarvan complementair noodzakelijk", "0",
        "4. Waarvan bestuurlijk gebonden", "25.000",
        "5. Waarvan beleidsmatig gereserveerd", "9.700",
        "6. Nog niet ingevuld/vrij te besteden", rest,
    )  # fmt: skip


def test_the_rest_after_many_waarvan_rows_in_one_column_is_a_part_of_their_row() -> None:
    """One year: the rest ("6. Nog niet ingevuld", 4.800) and three "waarvan" rows printing
    a figure make up the total exactly, the split exhaustive: the rest is a part of the
    total (it stood at the top: in one column, one sum might be chance)."""
    parents = row_parents(read_text(_one_year_flexibility("4.800"))[1])
    assert parents["6. Nog niet ingevuld/vrij te besteden"] == "1. Totaal geraamde uitgaven"
    assert parents["2. Waarvan juridisch verplicht"] == "1. Totaal geraamde uitgaven"


def test_a_row_after_waarvan_rows_not_making_up_their_row_stays_at_the_top() -> None:
    """Near form: the row after them does not make up the total with them (4.900): no
    rest, as before."""
    parents = row_parents(read_text(_one_year_flexibility("4.900"))[1])
    assert parents["6. Nog niet ingevuld/vrij te besteden"] is None


def _flexibility_with_share(share_after: str) -> str:
    """A budget flexibility table of two years, a "waarvan" row printed right under the row
    ``share_after``, one cell per line."""
    rows = [
        ("1. Totaal geraamde uitgaven", "96.000", "98.500"),
        ("2. Juridisch verplicht", "80.000", "79.000"),
        ("3. Bestuurlijk gebonden", "10.500", "12.000"),
        ("4. Nog niet ingevuld/vrij te besteden", "5.500", "7.500"),
    ]
    cells: list[str] = []
    for label, first, second in rows:
        cells += [label, first, second]
        if label == share_after:
            cells += ["waarvan loonkosten", "30.000", "31.000"]
    return cells_per_line(
        "Tabel 6.3 Budgetflexibiliteit (bedragen x € 1.000)", " ", "2026", "2027", *cells
    )


def test_a_numbered_total_over_items_one_with_a_waarvan_row_heads_them() -> None:
    """A "waarvan" row under one of the numbered items ("2. Juridisch verplicht" /
    "waarvan loonkosten") is that item's share: the numbered total above still heads the
    items. (A "waarvan" row anywhere after the total kept them side by side.)"""
    parents = row_parents(read_text(_flexibility_with_share("2. Juridisch verplicht"))[1])
    total = "1. Totaal geraamde uitgaven"
    assert parents["2. Juridisch verplicht"] == parents["3. Bestuurlijk gebonden"] == total
    assert parents["4. Nog niet ingevuld/vrij te besteden"] == total
    assert parents["waarvan loonkosten"] == "2. Juridisch verplicht"
    assert parents[total] is None


def test_a_waarvan_row_right_under_a_numbered_total_keeps_the_items_beside_it() -> None:
    """Near form: the "waarvan" row stands right under the numbered total: the rows are
    totals side by side, as before; no item comes under the total."""
    parents = row_parents(read_text(_flexibility_with_share("1. Totaal geraamde uitgaven"))[1])
    assert parents["2. Juridisch verplicht"] is None
    assert parents["3. Bestuurlijk gebonden"] is None


def _ratios(last: str) -> str:
    """Ratios one cell per line, every value a percentage, the last row labelled ``last``
    and within two points of the sum of the rows above it in each column."""
    return cells_per_line(
        "Tabel 7 Kengetallen", " ", "Rekening 2024", "Begroting 2025",
        "Netto schuldquote", "60%", "58%",
        "Solvabiliteitsratio", "25%", "27%",
        "Grondexploitatie", "9%", "10%",
        last, "93%", "97%",
    )  # fmt: skip


def test_ratios_that_add_up_to_a_ratio_below_only_by_rounding_sum_nothing() -> None:
    """Percentages no label closes are ratios of wholes of their own: that three of them add
    up to a fourth within the rounding allowed a sum is chance, and put the fourth over
    the others as their total."""
    _tables, cells, _warnings = read_text(_ratios("Belastingcapaciteit"))
    assert set(row_parents(cells).values()) == {None}


def test_percentages_a_total_closes_still_sum_within_rounding() -> None:
    """The near form: a label that closes the rows above ("Totaal") says the percentages
    are shares of one whole, so within rounding they still add up to it."""
    _tables, cells, _warnings = read_text(_ratios("Totaal"))
    assert row_parents(cells)["Netto schuldquote"] == "Totaal"


def test_signed_percentages_of_a_chain_still_sum_within_rounding() -> None:
    """The near form: a ratio's level and its signed changes to the next level (a debt
    ratio, its deficit, the denominator's effect) add up only within rounding, and still
    make a chain: the changes are the closing level's parts."""
    text = cells_per_line(
        "Tabel 8 Schuldquote (in procenten bbp)", " ", "2025", "2026",
        "Schuldquote begin", "50,1%", "49,8%",
        "Tekort", "1,2%", "0,9%",
        "Noemereffect", "-1,4%", "-1,3%",
        "Schuldquote eind", "49,8%", "49,5%",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert row_parents(cells)["Noemereffect"] == "Schuldquote eind"


def _regions(
    *last: tuple[str, list[Decimal] | None],
) -> tuple[list[str], list[list[Decimal] | None]]:
    """Two regions' blocks of the same rows under value-less headings, then ``last``."""
    rows = [
        ("Noord", None),
        ("Lasten", [Decimal("120"), Decimal("130")]),
        ("Baten", [Decimal("45"), Decimal("50")]),
        ("Zuid", None),
        ("Lasten", [Decimal("80"), Decimal("85")]),
        ("Baten", [Decimal("30"), Decimal("35")]),
        *last,
    ]
    return [label for label, _v in rows], [v for _label, v in rows]


def test_a_total_printing_no_values_over_rows_heads_them() -> None:
    """A block of totals under the blocks it adds up, headed as they are ("Totaal" printed
    without values, then the same rows): the heading sums nothing above it, it heads the
    rows under it as the regions' headings head theirs."""
    labels, values = _regions(
        ("Totaal", None),
        ("Lasten", [Decimal("200"), Decimal("215")]),
        ("Baten", [Decimal("75"), Decimal("85")]),
    )
    parents = build(labels, values, ["amount"] * len(labels)).parents
    assert [labels[p] if p is not None else None for p in parents[6:]] == [None, "Totaal", "Totaal"]
    assert parents[4] == parents[5] == 3


def test_a_total_printing_no_values_under_the_last_row_heads_nothing() -> None:
    """A value-less total printed last heads no row, and the regions keep their rows."""
    labels, values = _regions(("Totaal", None))
    parents = build(labels, values, ["amount"] * len(labels)).parents
    assert parents == [None, 0, 0, None, 3, 3, None]


def _two(*values: str) -> list[Decimal]:
    return [Decimal(value) for value in values]


def test_a_heading_over_the_first_of_repeated_blocks_heads_its_top_row() -> None:
    """Sectors printed as value-less headings over the same rows ("Plafond", "Uitgaven"):
    the top cue "Uitgaven" made the first heading the table's title, heading no row from
    that cue on, while the later headings (whose "Uitgaven" repeats a label) headed theirs.
    Blocks of the same rows are the headings' groups, the first as the others."""
    labels = ["Onderwijs", "Plafond", "Uitgaven", "Zorg", "Plafond", "Uitgaven"]
    values = [None, _two("50", "52"), _two("49", "53"), None, _two("70", "72"), _two("71", "72")]
    parents = build(labels, values, ["amount"] * len(labels)).parents
    assert parents == [None, 0, 0, None, 3, 3]


def test_an_articles_title_over_its_one_block_of_top_rows_heads_none() -> None:
    """An article's title printed without values over its Verplichtingen, Uitgaven and
    Ontvangsten (one block, repeated nowhere) is the table's title: the top rows head
    themselves."""
    labels = [
        "Artikel 3 Onderwijs",
        "Verplichtingen",
        "Uitgaven",
        "Subsidies",
        "Opdrachten",
        "Ontvangsten",
    ]
    values = [None, _two("50", "52"), _two("49", "53"), _two("40", "41"), _two("9", "12")]
    values.append(_two("3", "3"))
    parents = build(labels, values, ["amount"] * len(labels)).parents
    assert parents == [None, None, None, 2, 2, None]


def test_a_row_whose_letters_in_brackets_subtract_is_no_rest_after_a_waarvan_row() -> None:
    """The letter formula may end the label in brackets instead ("E. <saldo> (C-D)", as
    "C. <saldo> (A+B)" ends their sum's): E is still C minus D, a top row, no rest of C."""
    share = "D. Waarvan incidentele baten en lasten (saldo)"
    last = "E. Structureel begrotingssaldo (C-D)"
    assert _structural_balance(share, last) == [2, 2, None, 2, None]


def test_letters_in_brackets_that_add_or_a_range_of_numbers_are_no_difference() -> None:
    """Near forms: bracketed letters that only add name a sum, and a bracketed pair of
    numbers without "=" may be a range: no difference."""
    assert DIFFERENCE.search("C. Begrotingssaldo na bestemming (A+B)") is None
    assert DIFFERENCE.search("Leerlingen (4-12)") is None


def _nested_headings(under: str) -> str:
    """An article's table, one cell per line: Uitgaven, then ``under`` (a heading printed
    with its cells empty, or a row of figures), then a heading printed empty, its two
    rows, and a row named as the same kind of item as that heading."""
    lines = ["Tabel 5.1 Budgettaire gevolgen van beleid artikel 5 (bedragen x € 1.000)", " "]
    lines += ["2025", "2026", "2027"]
    lines += ["Uitgaven", "1.000", "1.100", "1.200"]
    lines += under.split("|")
    lines += ["Onderhoud gebouwen", "             "]
    lines += ["Kazernes", "300", "320", "340"]
    lines += ["Havens", "200", "210", "220"]
    lines += ["Onderhoud terreinen", "500", "570", "640"]
    lines += ["Ontvangsten", "40", "40", "40"]
    return cells_per_line(*lines)


def test_a_heading_nested_in_a_heading_heads_its_rows_up_to_its_namesake() -> None:
    """Two headings printed with their cells empty, one right under the other
    ("<Instrument>" / "<Soort> <a>" / its rows / "<Soort> <b>" / values): the inner one is
    nested in the outer and heads the rows under it, up to the row named as the same kind
    of item ("Onderhoud terreinen" after "Onderhoud gebouwen"), its sibling under the outer
    heading. Taken for a row of nothing, the inner heading headed no row and every row
    was the outer heading's."""
    _tables, cells, _warnings = read_text(_nested_headings("Opdrachten|             "))
    parents = row_parents(cells)
    assert parents["Kazernes"] == parents["Havens"] == "Onderhoud gebouwen"
    assert parents["Onderhoud terreinen"] == "Opdrachten"
    assert parents["Ontvangsten"] is None


def test_a_row_printed_empty_under_a_row_of_figures_stays_a_row_of_nothing() -> None:
    """Near form: the heading printed empty right under a row of figures, its parent
    (no heading printed without values over it): a row of nothing, as before; the rows
    after it are the parent's own parts, the one named alike too."""
    _tables, cells, _warnings = read_text(_nested_headings("Opdrachten|1.000|1.100|1.200"))
    parents = row_parents(cells)
    for row in ("Kazernes", "Havens", "Onderhoud terreinen"):
        assert parents[row] == "Opdrachten"


def test_a_row_labelled_by_a_percentages_unit_alone_restates_the_row_above_it() -> None:
    """A row whose label is a percentage's unit alone ("in % bbp", "in %") under a row of
    amounts restates that row as a share: it names nothing else, so the row above is its
    parent, and it adds up to nothing. The sums skip a percentage, and left it under no row
    (after a total) or under the row above's own whole (after a "waarvan" row)."""
    text = "\n".join(
        [
            "Tabel 2 Vorderingensaldo naar subsector (mln euro)",
            "",
            "                                 2022       2023       2024",
            "Rijk                           -8.412     -6.105     -4.930",
            "Lokale overheid                -1.240       -980       -715",
            "Totaal                         -9.652     -7.085     -5.645",
            "in % bbp                         -1,1       -0,7       -0,5",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert row_parents(cells)["in % bbp"] == "Totaal"
    assert {c["adds_up"] for c in cells if c["row_label"] == "in % bbp"} == {False}
    assert row_parents(cells)["Rijk"] == "Totaal"


def test_a_row_naming_words_before_its_percentage_is_no_restatement_of_the_row_above() -> None:
    """A row of percentages that names what it measures ("Groei in %", "idem, in % bbp")
    says more than a unit: it keeps the parent the sums and cues give it (none here)."""
    text = "\n".join(
        [
            "Tabel 2 Vorderingensaldo naar subsector (mln euro)",
            "",
            "                                 2022       2023       2024",
            "Rijk                           -8.412     -6.105     -4.930",
            "Lokale overheid                -1.240       -980       -715",
            "Totaal                         -9.652     -7.085     -5.645",
            "idem, in % bbp                   -1,1       -0,7       -0,5",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert row_parents(cells)["idem, in % bbp"] is None


def _saldo_development(headings: bool) -> str:
    """A nota's -layout table of one year: the balance at the budget, its changes (grouped
    under value-less headings where ``headings`` says so, beside a change of their own)
    and the balance they come to, then a share of bbp that is no part of it."""
    ends = (72,)
    groups = {
        "Uitgavenmutaties": ["  Rijksbegroting", "  Zorg"],
        "Inkomstenmutaties": ["  Belastingen", "  Niet-belastingontvangsten"],
    }
    values = iter(["1,2", "-0,5", "3,4", "0,3"])
    rows: list[str] = []
    for heading, items in groups.items():
        rows += [heading] if headings else []
        rows += [printed(item if headings else item.strip(), ends, next(values)) for item in items]
    return "\n".join(
        [
            "Tabel 2.3 Ontwikkeling van het EMU-saldo 2024 (in mld euro)",
            "",
            printed("", ends, "2024"),
            printed("Financieringstekort Miljoenennota 2024", ends, "-18,6"),
            *rows,
            printed("Mutatie tekort lokale overheden", ends, "0,4"),
            printed("Financieringstekort Najaarsnota 2024", ends, "-13,8"),
            printed("Financieringstekort in procenten bbp", ends, "-1,3%"),
            "",
            "De mutaties tellen door afronding niet altijd op.",
        ]
    )


def test_a_stand_under_headings_of_changes_closes_them_and_the_rows_beside_them() -> None:
    """A balance printed under the balance it starts from, two value-less headings over
    their changes and a change of its own, which add up to it (the headings standing for
    their rows' sums): it closes them all, the first balance and the lone change its
    parts; each heading keeps its rows. The headings ended the siblings its sum was
    looked for among, and no row had that balance as its parent."""
    _tables, cells, _warnings = read_text(_saldo_development(True))
    parents = row_parents(cells)
    stand = "Financieringstekort Najaarsnota 2024"
    assert parents["Financieringstekort Miljoenennota 2024"] == stand
    assert parents["Mutatie tekort lokale overheden"] == stand
    assert parents["Zorg"] == "Uitgavenmutaties"
    assert parents["Niet-belastingontvangsten"] == "Inkomstenmutaties"
    assert parents[stand] is None


def test_a_stand_under_ungrouped_changes_closes_them_as_before() -> None:
    """The near form: the same changes under no headings; the balance closes them all, as
    before."""
    _tables, cells, _warnings = read_text(_saldo_development(False))
    parents = row_parents(cells)
    assert (
        parents["Financieringstekort Miljoenennota 2024"] == "Financieringstekort Najaarsnota 2024"
    )
    assert parents["Zorg"] == "Financieringstekort Najaarsnota 2024"
    assert parents["Mutatie tekort lokale overheden"] == "Financieringstekort Najaarsnota 2024"


def _nested_kinds(after: str) -> str:
    """``_nested_headings``' table whose inner heading's first rows share its first word
    ("Onderhoud daken" / "Onderhoud kades" under "Onderhoud gebouwen"), then ``after``, a
    row named with one of the heading's words, then the receipts."""
    lines = ["Tabel 5.1 Budgettaire gevolgen van beleid artikel 5 (bedragen x € 1.000)", " "]
    lines += ["2025", "2026", "2027"]
    lines += ["Uitgaven", "1.000", "1.100", "1.200"]
    lines += ["Opdrachten", "             "]
    lines += ["Onderhoud gebouwen", "             "]
    lines += ["Onderhoud daken", "300", "320", "340"]
    lines += ["Onderhoud kades", "200", "210", "220"]
    lines += [after, "500", "570", "640"]
    lines += ["Ontvangsten", "40", "40", "40"]
    return cells_per_line(*lines)


def test_a_nested_headings_sibling_by_its_other_word_past_rows_named_by_its_first() -> None:
    """An inner heading whose first rows share its first word ("Onderhoud daken" under
    "Onderhoud gebouwen": its kinds, kept under it) still ends at a row sharing its other
    word ("Nieuwbouw gebouwen"), its sibling under the outer heading. The first row named
    so switched every sibling off, and that row went under the inner heading."""
    _tables, cells, _warnings = read_text(_nested_kinds("Nieuwbouw gebouwen"))
    parents = row_parents(cells)
    assert parents["Onderhoud daken"] == parents["Onderhoud kades"] == "Onderhoud gebouwen"
    assert parents["Nieuwbouw gebouwen"] == "Opdrachten"


def test_a_row_sharing_the_word_the_first_rows_share_stays_under_the_nested_heading() -> None:
    """The near form: a later row sharing the same first word as the first rows
    ("Onderhoud bruggen" after "Onderhoud kades"): one more of the heading's kinds, under
    it as before."""
    _tables, cells, _warnings = read_text(_nested_kinds("Onderhoud bruggen"))
    parents = row_parents(cells)
    assert parents["Onderhoud bruggen"] == "Onderhoud gebouwen"


def test_a_nested_heading_of_a_plural_heads_a_row_naming_one_item_in_the_singular() -> None:
    """A heading nested in another ("Subsidies" / "Subsidies cultuur", both printed empty)
    over rows one of which names its item by the heading's first word in the singular
    ("Subsidie podiumkunsten"): a member of the group the plural names, no sibling of the
    heading; it heads all its rows. Read as a sibling, that row and the rows after it went
    to the outer heading."""
    lines = ["Tabel 5.1 Budgettaire gevolgen van beleid artikel 5 (bedragen x € 1.000)", " "]
    lines += ["2025", "2026", "2027"]
    lines += ["Uitgaven", "1.000", "1.100", "1.200"]
    lines += ["Subsidies", "             ", "Subsidies cultuur", "             "]
    lines += ["Musea", "300", "320", "340"]
    lines += ["Subsidie podiumkunsten", "200", "210", "220"]
    lines += ["Bibliotheken", "500", "570", "640"]
    lines += ["Ontvangsten", "40", "40", "40"]
    _tables, cells, _warnings = read_text(cells_per_line(*lines))
    parents = row_parents(cells)
    for row in ("Musea", "Subsidie podiumkunsten", "Bibliotheken"):
        assert parents[row] == "Subsidies cultuur"


def test_a_headings_worth_sums_its_rows_per_column_as_whole_numbers() -> None:
    """A heading printed without values is worth its rows' sums per column, counted as the
    parse counts them (``_column_sums``: an empty cell 0, a column none prints None), in the
    rows' own whole numbers, not turned into decimals."""
    values = [None, (100, None, 5), (20, None), (7, 1, 1)]
    worth = _worth([None, 0, 0, None], values, 0)
    assert worth == (120, None, 5)
    assert all(type(v) is int for v in worth if v is not None)


def test_column_sums_keep_decimals_and_a_columns_absence() -> None:
    """Near form: the parse's decimals sum as before, a column no row prints staying None."""
    assert _column_sums([[Decimal("1.5"), None], None, [Decimal("2"), None]]) == [
        Decimal("3.5"),
        None,
    ]


def _fund_receipts(last: str) -> str:
    """A Najaarsnota's receipts of a small fund one cell per line: a stand, a heading of
    changes and one change, their total and the stand they come to (``last``), every other
    figure nil."""
    return cells_per_line(
        "Tabel 9 Verticale toelichting Provinciefonds: ontvangsten (bedragen x € 1 mln)",
        "2024",
        "Stand ontwerpbegroting 2024", "0,0",
        "Beleidsmatige mutaties", " ",
        "Overige mutaties", "0,0",
        "Totaal mutaties 2024", "0,0",
        "Stand Najaarsnota 2024", last,
    )  # fmt: skip


def test_a_chain_of_stands_printing_only_zeros_is_closed_by_its_labels() -> None:
    """Every figure nil: no sum tells a part from its whole, so the labels do as the sums
    of the same chain with figures do. The last stand closes the first stand and the total
    of the changes (left at the top level, as if no row added up)."""
    _tables, cells, _warnings = read_text(_fund_receipts("0,0"))
    parents = row_parents(cells)
    assert parents["Stand ontwerpbegroting 2024"] == "Stand Najaarsnota 2024"
    assert parents["Totaal mutaties 2024"] == "Stand Najaarsnota 2024"
    assert parents["Overige mutaties"] == "Beleidsmatige mutaties"
    assert parents["Stand Najaarsnota 2024"] is None


def test_a_last_stand_printing_a_figure_the_chain_does_not_make_closes_nothing() -> None:
    """The near form: the last stand prints a figure the nil stand and changes do not add up
    to (a misprint, or a stand of another line): the figures speak, and no chain is
    closed by the labels alone."""
    _tables, cells, _warnings = read_text(_fund_receipts("4,2"))
    parents = row_parents(cells)
    assert parents["Stand ontwerpbegroting 2024"] is None
    assert parents["Totaal mutaties 2024"] is None


def _cover(labels: list[str]) -> list[int | None]:
    """The parents of a heading printed without values, four rows under it, and the total
    of them all below."""
    values: list[tuple[Decimal, ...] | None] = [
        None,
        (Decimal(14210), Decimal(14905)),
        (Decimal(2310), Decimal(2455)),
        (Decimal(98402), Decimal(104870)),
        (Decimal(812), Decimal(650)),
        (Decimal(115734), Decimal(122880)),
    ]
    return build(labels, values, ["amount"] * len(labels)).parents


def test_a_heading_naming_a_kind_of_general_cover_heads_no_row_naming_another() -> None:
    """An overview of algemene dekkingsmiddelen prints its kinds of general cover (lokale
    heffingen, algemene uitkering, dividend, ...) side by side: "Lokale heffingen" printed
    without values heads its taxes, and "Algemene uitkering gemeentefonds" and "Dividend"
    after them are its siblings under the total, not its rows (the heading took every row
    up to the total, the sums holding either way)."""
    labels = [
        "Lokale heffingen",
        "Onroerendezaakbelastingen",
        "Parkeerbelasting",
        "Algemene uitkering gemeentefonds",
        "Dividend",
        "Totaal algemene dekkingsmiddelen",
    ]
    parents = _cover(labels)
    assert parents[1:5] == [0, 0, 5, 5]


def test_a_heading_naming_no_kind_of_general_cover_heads_the_rows_up_to_the_total() -> None:
    """Near form: a heading naming no kind of cover ("Belastingen") heads every row under it
    up to the total, as before: the labels say nothing of where its rows end."""
    labels = [
        "Belastingen",
        "Onroerendezaakbelastingen",
        "Parkeerbelasting",
        "Bijdrage gemeenschappelijke regeling",
        "Rente",
        "Totaal baten",
    ]
    parents = _cover(labels)
    assert parents[1:5] == [0, 0, 0, 0]


def _growth(last: str) -> str:
    """A fund's growth per year one row per line: the spring figure, the autumn change and
    the autumn figure they come to, a total printed below its parts that names no total;
    the change and the autumn figure print ``last`` in the last year."""
    return "\n".join(
        [
            "Tabel 4 Groei van het fonds",
            "",
            "x € 1 mln 2024 2025 2026 2027",
            "Groei voorjaar 2024 840 910 1.020 1.105",
            f"Bijstelling najaar 2024 65 -12 140 {last}",
            f"Groei najaar 2024 905 898 1.160 {last}",
            "",
            "De groei voor 2027 volgt later.",
        ]
    )


def test_a_total_printing_a_figure_not_yet_known_closes_its_parts() -> None:
    """A total below its parts printing "..." in a year not known yet, its change there
    "..." too while the first part prints a figure: the cell says nothing of its parts'
    sum, which holds in every other year. Read as an empty cell, it held the parts to nil
    there, the figure refuted the sum and the rows were left flat."""
    _tables, cells, _warnings = read_text(_growth("..."))
    parents = row_parents(cells)
    assert parents["Groei voorjaar 2024"] == "Groei najaar 2024"
    assert parents["Bijstelling najaar 2024"] == "Groei najaar 2024"


def test_a_total_printing_n_v_t_still_holds_its_parts_to_nil() -> None:
    """The near form: "n.v.t." (not applicable) is no figure not yet known: the parts are
    held to nil there, the first part's figure refutes the sum, and the rows stay flat, as
    before."""
    _tables, cells, _warnings = read_text(_growth("n.v.t."))
    parents = row_parents(cells)
    assert parents["Groei voorjaar 2024"] is None
    assert parents["Bijstelling najaar 2024"] is None


def _tariffs(second: str) -> str:
    """A municipality's tariffs in euros with cents, tab-separated, the third row printing
    the same two tariffs as the second; ``second``: the third row's label."""
    return "\n".join(
        [
            "Tabel 3 Tarieven 2026 (bedragen in euro)",
            "Heffing\tTarief 2025\tTarief 2026",
            "Afvalstoffenheffing (per huishouden)\t€ 312,40\t€ 318,90",
            "Rioolheffing (per aansluiting)\t€ 201,15\t€ 207,60",
            f"{second}\t€ 201,15\t€ 207,60",
            "Marktgeld (per m2)\t€ 2,10\t€ 2,15",
            "",
            "De tarieven stijgen met de inflatie.",
        ]
    )


def test_two_rows_named_as_items_of_one_kind_and_equal_are_siblings() -> None:
    """Two tariffs named as items of one kind ("<Soort>heffing (per aansluiting)" twice),
    equal in both years: equal figures of two siblings prove no sum. Read from the sums
    alone, the second was the first's only part."""
    _tables, cells, _warnings = read_text(_tariffs("Reinigingsheffing (per aansluiting)"))
    parents = row_parents(cells)
    assert parents["Reinigingsheffing (per aansluiting)"] is None
    assert parents["Rioolheffing (per aansluiting)"] is None


def test_an_equal_row_named_as_no_item_of_the_same_kind_stays_the_only_part() -> None:
    """The near form: a row under it named as no item of the same kind ("Vastrecht"),
    equal in both years, is still read as its only part, as before."""
    _tables, cells, _warnings = read_text(_tariffs("Vastrecht"))
    assert row_parents(cells)["Vastrecht"] == "Rioolheffing (per aansluiting)"


@pytest.mark.parametrize("text", ["...", "…", "p.m.", "PM", "n.n.b.", "nnb", "n.b."])
def test_a_figure_not_yet_known_is_printed_instead_of_a_figure(text: str) -> None:
    """The words for a figure not yet known are written once: each is one printed instead
    of a figure too, so the sums' reader and the row reader cannot drift apart."""
    assert UNKNOWN_FIGURE.fullmatch(text)
    assert NO_FIGURE.fullmatch(text)


@pytest.mark.parametrize("text", ["n.v.t.", "NVT"])
def test_a_figure_that_does_not_apply_is_no_figure_not_yet_known(text: str) -> None:
    """Near form: "n.v.t." (not applicable) stands instead of a figure but is no figure not
    yet known: a row's sum there is nil, not unknown."""
    assert NO_FIGURE.fullmatch(text)
    assert not UNKNOWN_FIGURE.fullmatch(text)
