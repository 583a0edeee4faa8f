"""The placement screen: one sum over the columns tells when no placement can hold."""

from __future__ import annotations

from decimal import Decimal
from itertools import combinations

from table_texts import cell_grid, cells_per_line, read_text, row_parents

from budgetkit.extract.tables_placement import (
    MAX_TABLE_PLACEMENTS,
    _fits,
    _fitting_picks,
    _may_fit,
)

D = Decimal


def test_a_total_the_loose_values_can_reach_passes_the_screen() -> None:
    """Parts 10 and 20 in full, a loose 5: placed in the second column the total 10 / 25
    holds, so the screen must let it be tried."""
    want = [D(10), D(25)]
    fixed = [D(10), D(20)]
    assert _may_fit(want, fixed, [[D(5)]], D(0))
    assert _fits(want, fixed, [D(0), D(5)], D(0))


def test_a_row_that_is_no_total_fails_the_screen_and_no_placement_holds() -> None:
    """A row 100 / 100 under the same parts: the columns together miss it by 165, more than
    any placement can mend, and indeed none holds."""
    want = [D(100), D(100)]
    fixed = [D(10), D(20)]
    assert not _may_fit(want, fixed, [[D(5)]], D(0))
    assert not any(_fits(want, fixed, extra, D(0)) for extra in ([D(5), D(0)], [D(0), D(5)]))


def test_rounding_within_each_columns_tolerance_passes_the_screen() -> None:
    """Rounded parts: each column one unit off in the same direction is still a total."""
    want = [D("10.1"), D("20.1"), None]
    fixed = [D(10), D(20), D(0)]
    assert _may_fit(want, fixed, [], D("0.1"))
    assert not _may_fit(want, fixed, [], D("0.05"))


def _regelingen(total: str, second: str) -> str:
    """A table printed one row a line one space apart under years, "Uitgaven" (``total``)
    printed above its regelingen, ``second`` printing fewer values than years."""
    return "\n".join(
        [
            "Tabel 3 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "Omschrijving 2025 2026 2027 2028",
            f"Uitgaven {total} 12.350 10.350 10.350",
            "Regeling zorgbonus 12.840 10.350 10.350 10.350",
            second,
        ]
    )


def test_a_year_opening_a_short_rows_values_after_its_word_may_be_its_labels() -> None:
    """ "Subsidieregeling mantelzorg 2025 48.700 2.000" under four years: read as three
    values, the year the first, no placement made "Uitgaven" above hold, and the row was
    left out. A bare year right after the label's word may be its last word: both readings
    are tried, and the one the total holds under places the row, the year in the label."""
    _tables, cells, _warnings = read_text(
        _regelingen("61.540", "Subsidieregeling mantelzorg 2025 48.700 2.000")
    )
    grid = cell_grid(cells)
    assert grid[("Subsidieregeling mantelzorg 2025", "2025")] == "48.700"
    assert grid[("Subsidieregeling mantelzorg 2025", "2026")] == "2.000"


def test_a_year_opening_a_short_rows_values_that_the_total_needs_stays_a_value() -> None:
    """The near form: where the total holds only with the year as the row's first value
    (12.840 + 2025 = 14.865), the year is a value and the label keeps its words."""
    _tables, cells, _warnings = read_text(
        _regelingen("14.865", "Subsidieregeling mantelzorg 2025 2.000")
    )
    grid = cell_grid(cells)
    assert grid[("Subsidieregeling mantelzorg", "2025")] == "2025"
    assert grid[("Subsidieregeling mantelzorg", "2026")] == "2.000"


def _receipts(receipts: str) -> str:
    """A budget table a plain text layer prints one row a line one space apart under
    headings across the page and the first columns' numbers ("(1) (2) (3)=(1)+(2)"), its
    receipts printing its stands alone, no total below them."""
    return "\n".join(
        [
            "Tabel 3 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "Stand Mutatie 1e Stand 1e Mutatie Mutatie",
            "vastgestelde suppletoire suppletoire 2026 2027",
            "begroting 2025 begroting 2025 begroting 2025",
            "(1) (2) (3)=(1)+(2)",
            "Verplichtingen 170.000 8.000 178.000 -2.500 -600",
            "Uitgaven 162.790 8.185 170.975 -2.650 -650",
            "Opdrachten 62.790 3.185 65.975 -1.650 -650",
            "Bijdrage aan medeoverheden 100.000 5.000 105.000 -1.000 0",
            receipts,
        ]
    )


def test_a_short_row_keeping_a_column_formula_goes_in_the_columns_it_ties() -> None:
    """ "Ontvangsten 5.200 14.300 19.500" under five columns, the third "(3)=(1)+(2)": no
    total places the row, and nothing on the line does; it was left out. Its values keep
    the formula in the three columns it ties, and nowhere else can it be checked: a total
    across the columns, they go there."""
    _tables, cells, _warnings = read_text(_receipts("Ontvangsten 5.200 14.300 19.500"))
    grid = cell_grid(cells)
    assert grid[("Ontvangsten", "Stand vastgestelde begroting 2025 (1)")] == "5.200"
    assert grid[("Ontvangsten", "Stand 1e suppletoire begroting 2025 (3)=(1)+(2)")] == "19.500"


def test_a_short_row_breaking_the_column_formula_is_left_out() -> None:
    """The near form: three values that do not keep the formula (5.200 + 14.300 is no
    20.000) tell no columns: the row is left out with a warning, as before."""
    _tables, cells, warnings = read_text(_receipts("Ontvangsten 5.200 14.300 20.000"))
    assert not [c for c in cells if c["row_label"] == "Ontvangsten"]
    assert any("Ontvangsten" in str(w) for w in warnings)


def _staat(total_uitgaven: str) -> str:
    """A begrotingsstaat printed one cell per line without blank lines, an empty line for
    an empty cell: "Totaal" first over the value-less groups and their coded articles, the
    last article printing two values for three columns (its Ontvangsten an empty line),
    then the next article of the law."""
    return "\n".join(
        [
            "Begrotingsstaat van het Ministerie van Infrastructuur en Waterstaat (XII) voor "
            "het jaar 2019 (bedragen x € 1.000)",
            "Art.", "Omschrijving", "Verplichtingen", "Uitgaven", "Ontvangsten", "",
            "Totaal", "9.120", total_uitgaven, "1.310", "",
            "Beleidsartikelen",
            "11", "Integraal waterbeheer", "2.400", "2.150", "300",
            "13", "Bodem en ondergrond", "1.600", "1.500", "210", "",
            "Niet-beleidsartikelen",
            "97", "Aflopende regelingen", "5.200", "4.900", "800",
            "98", "Algemeen departement", "– 80", "– 100", "",
            "Artikel 2",
            "Deze wet treedt in werking met ingang van 1 januari 2019.",
        ]
    )  # fmt: skip


def test_a_short_row_under_a_total_printed_first_goes_where_that_total_holds() -> None:
    """ "Totaal" printed as the table's first row sums every article below it, the groups
    printing no values. The last article's two values under three columns were left out:
    no closing row below closes their block, and "Totaal" has no rank of a total printed
    above its parts. It is that total: the one placement under which it holds in every
    column puts them under Verplichtingen and Uitgaven."""
    _tables, cells, warnings = read_text(_staat("8.450"))
    grid = cell_grid(cells)
    assert grid[("98 Algemeen departement", "Verplichtingen")] == "– 80"
    assert grid[("98 Algemeen departement", "Uitgaven")] == "– 100"
    assert ("98 Algemeen departement", "Ontvangsten") not in grid
    assert not any("Algemeen departement" in str(w) for w in warnings)


def test_a_short_row_under_a_total_printed_first_that_no_placement_holds_is_left_out() -> None:
    """The near form: where the first "Totaal" holds under no placement of the short row
    (its Uitgaven 8.460, 10 more than the articles), the sums tell no columns: the row is
    left out with a warning, as before."""
    _tables, cells, warnings = read_text(_staat("8.460"))
    assert not [c for c in cells if c["row_label"] == "98 Algemeen departement"]
    assert any("Algemeen departement" in str(w) for w in warnings)


def _staat_van_lasten(*waarvan: str) -> str:
    """A baten-lastenagentschap's staat printed one cell per line, its last two rows under
    a value-less group printing fewer values than columns and no placeholders; ``waarvan``:
    the cells of a partial "waarvan" row under the personnel costs (none: no such row)."""
    cells = [
        "Tabel 3 Staat van baten en lasten (bedragen x € 1.000)",
        "Omschrijving",
        "Begroting 2026 (1)",
        "Realisatie 2026 (2)",
        "Verschil (3)=(2)-(1)",
        "Realisatie 2025",
        "Lasten",
        "       ",
        "Apparaatskosten",
        *("10.000", "10.500", "500", "9.800"),
        "– personele kosten",
        *("6.000", "6.300", "300", "5.900"),
        *waarvan,
        "– materiële kosten",
        *("4.000", "4.200", "200", "3.900"),
        "Overige lasten",
        "       ",
        "– dotaties voorzieningen",
        *("120", "120", "90"),
        "– bijzondere lasten",
        *("30", "30"),
        "Totaal lasten",
        *("10.000", "10.650", "650", "9.890"),
    ]
    return "\n\n".join(cells)


def test_short_rows_under_a_closing_total_are_placed_past_a_waarvan_row() -> None:
    """Two rows printing fewer values than columns, under a total printed below a block
    whose subtotal ("Apparaatskosten") stands above its parts with a partial "waarvan" row
    among them: the share is no summand, so the subtotal still heads its parts and one
    placement of both rows makes "Totaal lasten" hold. Counted as a summand, the waarvan
    row broke the subtotal and the rows were left out."""
    grid = cell_grid(
        read_text(_staat_van_lasten("waarvan externe inhuur", "400", "700", "300", "500"))[1]
    )
    assert grid[("– dotaties voorzieningen", "Realisatie 2026 (2)")] == "120"
    assert grid[("– dotaties voorzieningen", "Realisatie 2025")] == "90"
    assert grid[("– bijzondere lasten", "Verschil (3)=(2)-(1)")] == "30"


def test_short_rows_under_a_closing_total_without_a_waarvan_row_are_placed_as_before() -> None:
    """Near form: the same block without the waarvan row places the rows as before."""
    grid = cell_grid(read_text(_staat_van_lasten())[1])
    assert grid[("– dotaties voorzieningen", "Realisatie 2026 (2)")] == "120"
    assert grid[("– bijzondere lasten", "Realisatie 2026 (2)")] == "30"


def _first_row_over_short_row(first: str) -> str:
    """A table one cell per line, no blank lines, its first row ``first`` printing what
    the two rows under it add up to in its first column; the second row prints one value
    for two columns."""
    return "\n".join(
        [
            "Tabel 6 Verloop reserve (bedragen x € 1.000)",
            "Omschrijving", "2025", "2026", "",
            first, "700", "400",
            "Toevoegingen", "450",
            "Onttrekkingen", "250", "400",
            "Stand 31 december", "900", "300",
            "",
            "Toelichting",
        ]
    )  # fmt: skip


def test_a_stand_printed_first_is_no_total_of_the_rows_under_it() -> None:
    """An opening stand ("Stand 1 januari") printed first is the level the mutations under
    it start from, not their sum: the short row's value is not placed by it (700 being
    450 + 250 by chance), and is left out with a warning. (It was placed under 2025 and
    the rows came under the stand.)"""
    _tables, cells, warnings = read_text(_first_row_over_short_row("Stand 1 januari"))
    assert not [c for c in cells if c["row_label"] == "Toevoegingen"]
    assert any("Toevoegingen" in str(w) for w in warnings)
    assert row_parents(cells).get("Onttrekkingen") != "Stand 1 januari"


def test_a_total_printed_first_still_places_the_short_row_under_it() -> None:
    """Near form: the first row names a total ("Totaal"): it sums the rows under it, and
    the one placement under which it holds puts the short row's value under 2025."""
    _tables, cells, _warnings = read_text(_first_row_over_short_row("Totaal"))
    assert cell_grid(cells)[("Toevoegingen", "2025")] == "450"


def _overview(total: str, balance_last: bool = False) -> str:
    """A municipal overview of general revenue, one row per line: a group heading printing
    no values, its items and their total, then the items the grand total adds to that
    total, one a balance's line item ("Saldo treasury") and one printing no value for the
    first of its four columns, no placeholder; the grand total prints ``total`` first. With
    ``balance_last`` the balance's line item is printed after the short row, right above
    the grand total."""
    balance = "Saldo treasury -700 -820 -900 -950"
    short = "Post onvoorzien 100 100 100"
    return "\n".join(
        [
            "Overzicht algemene middelen (bedragen x € 1.000)",
            "Omschrijving Rekening 2024 Begroting 2025 Raming 2026 Raming 2027",
            "Belastingen",
            "Onroerendezaakbelastingen 8.200 8.500 8.800 9.100",
            "Hondenbelasting 300 310 320 330",
            "Totaal belastingen 8.500 8.810 9.120 9.430",
            "Algemene uitkering 61.000 62.500 61.900 62.300",
            *((short, balance) if balance_last else (balance, short)),
            f"Totaal algemene middelen {total} 70.590 70.220 70.880",
            "",
            "Toelichting",
        ]
    )  # fmt: skip


def test_a_short_row_under_a_grand_total_over_a_group_total_goes_where_it_holds() -> None:
    """The grand total sums the group's total (its items counted once) and the rows after
    it, the balance's line item among them. The short row's three values were left out:
    the block the grand total closes started after "Saldo treasury", a closing word's
    line item, and held no subtotal. Counted over the group's total, the one placement
    that holds puts them under the last three columns; the rows are the total's parts."""
    _tables, cells, warnings = read_text(_overview("68.800"))
    grid = cell_grid(cells)
    assert ("Post onvoorzien", "Rekening 2024") not in grid
    assert grid[("Post onvoorzien", "Begroting 2025")] == "100"
    assert grid[("Post onvoorzien", "Raming 2027")] == "100"
    assert not any("Post onvoorzien" in str(w) for w in warnings)
    parents = row_parents(cells)
    assert parents["Totaal belastingen"] == "Totaal algemene middelen"
    assert parents["Saldo treasury"] == "Totaal algemene middelen"


def test_a_short_row_under_a_grand_total_no_placement_holds_is_left_out() -> None:
    """The near form: where the grand total holds under no placement (its first column 10
    more than its parts), the sums tell no columns and the row is left out with a warning,
    as before."""
    _tables, cells, warnings = read_text(_overview("68.810"))
    assert not [c for c in cells if c["row_label"] == "Post onvoorzien"]
    assert any("Post onvoorzien" in str(w) for w in warnings)


def _short_rows(first: list[str], second: list[str], total: list[str]) -> str:
    """Mutations per article one cell per line, no blank line and no placeholder: the two
    rows before "Totaal" print ``first`` and ``second``, fewer values than the columns."""
    return "\n".join(
        [
            "Tabel 5 Mutaties per artikel (bedragen x € 1.000)",
            "Omschrijving", "Verplichtingen", "Uitgaven", "Ontvangsten",
            "Waterbeheer", "-1.000", "-2.000", "300",
            "Landbouw", "3.000", "4.000", "-50",
            "Natuur", *first,
            "Nog onverdeeld", *second,
            "Totaal", *total,
        ]
    )  # fmt: skip


def test_a_short_row_before_a_balances_line_item_goes_where_the_grand_total_holds() -> None:
    """The short row stands before the balance's line item ("Saldo treasury"), a closing
    word's row that sums nothing: the total closing the short row is the grand total under
    both, not the balance, which is one of its parts. The one placement that holds puts the
    short row's values under the last three columns."""
    _tables, cells, warnings = read_text(_overview("68.800", balance_last=True))
    grid = cell_grid(cells)
    assert ("Post onvoorzien", "Rekening 2024") not in grid
    assert grid[("Post onvoorzien", "Begroting 2025")] == "100"
    assert not any("Post onvoorzien" in str(w) for w in warnings)
    parents = row_parents(cells)
    assert parents["Post onvoorzien"] == "Totaal algemene middelen"
    assert parents["Saldo treasury"] == "Totaal algemene middelen"


def test_a_short_row_before_a_balances_line_item_no_placement_holds_is_left_out() -> None:
    """The near form: the grand total holding under no placement, the short row before the
    balance is left out with a warning, as before."""
    _tables, cells, warnings = read_text(_overview("68.810", balance_last=True))
    assert not [c for c in cells if c["row_label"] == "Post onvoorzien"]
    assert any("Post onvoorzien" in str(w) for w in warnings)


def test_a_short_row_every_placement_reads_alike_is_placed_beside_a_lone_zero() -> None:
    """A short row whose two values add up to the total in one pair of columns only, beside
    a row printing one "0", which fits any column: every placement that holds puts the
    first row's values in the same columns, so the sums place it; the zero, which they
    place anywhere, is left out with a warning. The zero's readings made the block
    ambiguous and both rows were left out."""
    _tables, cells, warnings = read_text(
        _short_rows(["500", "-700"], ["0"], ["2.500", "1.300", "250"])
    )
    grid = cell_grid(cells)
    assert (grid[("Natuur", "Verplichtingen")], grid[("Natuur", "Uitgaven")]) == ("500", "-700")
    assert ("Natuur", "Ontvangsten") not in grid
    assert not [c for c in cells if c["row_label"] == "Nog onverdeeld"]
    assert any("Nog onverdeeld" in str(w) for w in warnings)
    assert not any("Natuur" in str(w) for w in warnings)


def test_short_rows_the_placements_read_differently_are_both_left_out() -> None:
    """The near form: two short rows of "100" / "100" each, where the total needs one 100
    more in Verplichtingen and Ontvangsten and two in Uitgaven: one placement puts the
    first row's under Verplichtingen and Uitgaven, another under Uitgaven and Ontvangsten.
    No row reads alike in every placement, so both are left out and said."""
    _tables, cells, warnings = read_text(
        _short_rows(["100", "100"], ["100", "100"], ["2.100", "2.200", "350"])
    )
    assert not [c for c in cells if c["row_label"] in ("Natuur", "Nog onverdeeld")]
    assert any("Natuur" in str(w) for w in warnings)
    assert any("Nog onverdeeld" in str(w) for w in warnings)


def _ends_early(*tail: str) -> str:
    """A budget table one cell a line over five years, its instrument heading printed
    without a placeholder; ``tail``: its last rows and what follows them."""
    return cells_per_line(
        "Tabel 3 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
        "Omschrijving", "2025", "2026", "2027", "2028", "2029",
        "Verplichtingen", "84.120", "80.300", "79.000", "79.000", "79.000",
        "Uitgaven", "82.400", "81.150", "79.000", "79.000", "79.000",
        "Opdrachten",
        "3.01 Dijkversterking", "62.400", "61.150", "59.000", "59.000", "59.000",
        "3.02 Onderzoek", "20.000", "20.000", "20.000", "20.000", "20.000",
        *tail,
    )  # fmt: skip


def test_a_tables_last_row_stopping_short_keeps_the_first_columns() -> None:
    """A table's last row printing fewer values than years and no placeholders, the page's
    text right after it ("Ontvangsten" / three values / "Toelichting ..."): its row stops
    where its values do, the years after them left empty, as a row printed one a line
    whose last cells are blank; no total in the table to tell otherwise. It was left out."""
    text = _ends_early(
        "Ontvangsten", "12.410", "9.300", "9.300",
        "Toelichting op de instrumenten", "De bijdragen lopen op tot 2029.",
    )  # fmt: skip
    _tables, cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Ontvangsten", "2025")] == "12.410"
    assert grid[("Ontvangsten", "2027")] == "9.300"
    assert ("Ontvangsten", "2028") not in grid
    assert len(cells) == 23 and not warnings


def test_a_row_stopping_short_with_rows_after_it_is_still_left_out() -> None:
    """The near form: the same row with a row of every year after it: where its empty cells
    stand nothing tells, the rows after it go on; left out with a warning, as before."""
    text = _ends_early(
        "Ontvangsten", "12.410", "9.300", "9.300",
        "Bijdrage derden", "1.200", "1.200", "1.200", "1.200", "1.200",
        "Toelichting",
    )  # fmt: skip
    _tables, cells, warnings = read_text(text)
    assert not [c for c in cells if c["row_label"] == "Ontvangsten"]
    assert any("Ontvangsten" in str(w) for w in warnings)


def test_a_last_row_stopping_short_where_the_text_ends_is_still_left_out() -> None:
    """The near form: the row's values end the text (a page cut short after them): whether
    the row stops there or the text does, nothing tells; left out with a warning."""
    _tables, cells, warnings = read_text(_ends_early("Ontvangsten", "12.410", "9.300", "9.300"))
    assert not [c for c in cells if c["row_label"] == "Ontvangsten"]
    assert any("Ontvangsten" in str(w) for w in warnings)


def _provisions(*short: tuple[str, ...]) -> str:
    """A table of provisions printed one cell per line, its empty cells gone: a full row,
    the ``short`` rows (label and values) and the full total."""
    return "\n".join(
        [
            "Tabel 6.2 Verloop voorzieningen (bedragen x € 1.000)",
            "Omschrijving", "Saldo 1-1-2024", "Toevoegingen", "Onttrekkingen", "Vrijval",
            "Saldo 31-12-2024",
            "Voorziening A", "1.000", "110", "220", "30", "860",
            *(cell for row in short for cell in row),
            "Totaal voorzieningen", "15.370", "570", "670", "105", "15.165",
        ]
    )  # fmt: skip


_FIVE_SHORT = (
    ("Voorziening B", "2.310", "145", "2.455"),
    ("Voorziening C", "3.470", "260", "3.210"),
    ("Voorziening D", "1.590", "75", "1.515"),
    ("Voorziening E", "4.120", "315", "4.435"),
)


def test_short_rows_whose_placements_multiply_past_the_budget_are_placed_from_the_sums() -> None:
    """Five short rows of three values under five columns: ten placements each, a hundred
    thousand together, more than a block may try one by one, so all five were left out.
    Summed per half of the rows (a hundred and a thousand placements), joined where the
    first column holds, the one placement that makes the total hold in every column
    places them all."""
    text = _provisions(*_FIVE_SHORT, ("Voorziening F", "2.880", "190", "2.690"))
    _tables, cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Voorziening B", "Toevoegingen")] == "145"
    assert grid[("Voorziening C", "Onttrekkingen")] == "260"
    assert grid[("Voorziening D", "Vrijval")] == "75"
    assert grid[("Voorziening F", "Saldo 31-12-2024")] == "2.690"
    assert len(cells) == 25 and not warnings
    assert row_parents(cells)["Voorziening E"] == "Totaal voorzieningen"


def test_short_rows_past_the_budget_no_placement_holds_for_are_left_out() -> None:
    """The near form: the last short row's values make the total hold in no placement
    ("180" where the total needs 190): every short row is left out with a warning, as
    before, none shifted into a column."""
    text = _provisions(*_FIVE_SHORT, ("Voorziening F", "2.880", "180", "2.690"))
    _tables, cells, warnings = read_text(text)
    assert not [c for c in cells if c["row_label"] not in ("Voorziening A", "Totaal voorzieningen")]
    assert sum("left out" in str(w) for w in warnings) == 5


def test_a_last_row_printing_more_values_than_columns_is_still_left_out() -> None:
    """The near form: the last row before the page's text prints more values than the table
    has columns (seven under five years): it stops nowhere short, and no column takes its
    values; left out with a warning, as before the last-row rule (which put them past the
    table's last column)."""
    text = _ends_early(
        "Ontvangsten", "12.410", "9.300", "9.300", "9.300", "9.300", "1.000", "1.000",
        "Toelichting op de instrumenten", "De bijdragen lopen op tot 2029.",
    )  # fmt: skip
    _tables, cells, warnings = read_text(text)
    assert not [c for c in cells if c["row_label"] == "Ontvangsten"]
    assert any("Ontvangsten" in str(w) and "left out" in str(w) for w in warnings)


def test_rows_of_zeros_whose_placements_all_add_up_spend_the_budget_and_are_left_out() -> None:
    """Three short rows of three zeros under ten years: each of their 120 placements adds
    up, so every one of the first half's joins every one of the second's, 1,728,000 in all
    (minutes to check) though the halves cost 120 and 14,400. The joined placements are
    spent from the table's budget too: past it none is tried, and the rows are left out
    with their warnings, none put in a column."""
    years = [str(year) for year in range(2020, 2030)]
    full = [f"1.{k}00" for k in range(10)]
    text = cells_per_line(
        "Tabel 4 Budgettaire gevolgen (bedragen x € 1.000)", "Omschrijving", *years,
        "Regeling A", *full,
        *(cell for label in ("B", "C", "D") for cell in (f"Regeling {label}", "0", "0", "0")),
        "Totaal", *full,
    )  # fmt: skip
    _tables, cells, warnings = read_text(text)
    assert {c["row_label"] for c in cells} == {"Regeling A", "Totaal"}
    assert sum("3 values for 10 columns" in str(w) for w in warnings) == 3
    choices = [[(0, spots) for spots in combinations(range(10), 3)] for _ in range(3)]
    zeros = [D(0)] * 10
    budget = [MAX_TABLE_PLACEMENTS]
    picks = _fitting_picks(choices, [[D(0)] * 3] * 3, zeros, zeros, D(0), 1, budget)
    assert picks == [] and budget[0] < 0


def _baten_lasten(withdrawals: str, result: str) -> str:
    """A municipality's overview of baten and lasten one row per line, the unit in the
    heading's corner: the lasten and baten per programme under value-less headings, their
    saldo, the reserves' mutations (``withdrawals``: the withdrawals' row, its first year
    empty and dropped without a trace) and the result (``result``) they come to."""
    return "\n".join(
        [
            "Bedragen x € 1.000 Rekening 2024 Begroting 2025 Begroting 2026 Raming 2027",
            "Lasten",
            "1 Veiligheid 3.100 3.250 3.400 3.420",
            "2 Onderwijs 4.200 4.410 4.530 4.600",
            "Totaal lasten 7.300 7.660 7.930 8.020",
            "Baten",
            "1 Veiligheid 900 950 980 990",
            "2 Onderwijs 5.400 5.600 5.750 5.800",
            "Totaal baten 6.300 6.550 6.730 6.790",
            "Saldo van baten en lasten -1.000 -1.110 -1.200 -1.230",
            "Toevoegingen aan reserves 400 300 250 250",
            f"Onttrekkingen aan reserves {withdrawals}",
            f"Geraamd resultaat {result}",
            "",
            "Het resultaat is structureel sluitend.",
        ]
    )


def test_a_short_row_the_result_carries_the_saldo_through_is_placed_by_the_signs() -> None:
    """A short row among the reserves' mutations, between the saldo and the result they come
    to: no total sums those rows, but the result is the saldo less the additions and plus
    the withdrawals in every year, with the withdrawals in the last three years only. Left
    to the block's sums, the row was left out with a warning."""
    _tables, cells, warnings = read_text(_baten_lasten("1.450 1.500 1.520", "-1.400 40 50 40"))
    grid = cell_grid(cells)
    assert ("Onttrekkingen aan reserves", "Rekening 2024") not in grid
    assert grid[("Onttrekkingen aan reserves", "Begroting 2025")] == "1.450"
    assert grid[("Onttrekkingen aan reserves", "Raming 2027")] == "1.520"
    assert not [w for w in warnings if "Onttrekkingen" in w.reason]


def test_a_short_row_the_result_does_not_carry_the_saldo_through_is_still_left_out() -> None:
    """The near form: a result that is the saldo plus or minus the rows in no placement of
    the short row (a misprinted year) places nothing: the row is left out and said, as
    before."""
    _tables, cells, warnings = read_text(_baten_lasten("1.450 1.500 1.520", "-1.400 40 50 45"))
    assert not [c for c in cells if c["row_label"] == "Onttrekkingen aan reserves"]
    assert any("Onttrekkingen" in w.reason and "left out" in w.reason for w in warnings)


def _stand_over_mutations(later: str) -> str:
    """A fund's stand one cell per line, no blank lines: the earlier stand, mutations with
    no heading above them, their subtotal "Totaal mutaties" below them, then a row printing
    no value for the first of four years and leaving no trace of it, and the later stand
    (first value ``later``)."""
    return "\n".join(
        [
            "Tabel 4 Opbouw uitgavenraming gemeentefonds (x € 1.000)",
            " ", "2024", "2025", "2026", "2027",
            "Stand ontwerpbegroting 2024", "500.000", "510.000", "520.000", "530.000",
            "Accres", "3.000", "-1.200", "4.500", "6.000",
            "Overige mutaties", "700", "300", "-100", "-100",
            "Totaal mutaties", "3.700", "-900", "4.400", "5.900",
            "Loon- en prijsbijstelling", "8.250", "8.250", "8.250",
            "Stand ontwerpbegroting 2025", later, "517.350", "532.650", "544.150",
            "De raming volgt de ontwikkeling van de rijksuitgaven.",
        ]
    )  # fmt: skip


def test_a_short_row_after_a_subtotal_under_a_stand_goes_where_the_later_stand_holds() -> None:
    """The later stand is the earlier one, the mutations' subtotal and the short row: its
    three values go under the last three years, where it holds in every column (the first
    year's stand is the earlier one and the subtotal alone). The earlier stand was counted
    among the parts of the subtotal below the mutations, nothing held, and the row was left
    out; the stand is the level the mutations change, counted beside their subtotal."""
    _tables, cells, warnings = read_text(_stand_over_mutations("503.700"))
    grid = cell_grid(cells)
    assert ("Loon- en prijsbijstelling", "2024") not in grid
    assert grid[("Loon- en prijsbijstelling", "2025")] == "8.250"
    assert grid[("Loon- en prijsbijstelling", "2027")] == "8.250"
    assert not any("Loon- en prijsbijstelling" in str(w) for w in warnings)
    parents = row_parents(cells)
    assert parents["Accres"] == "Totaal mutaties"
    assert parents["Loon- en prijsbijstelling"] == "Stand ontwerpbegroting 2025"


def test_a_short_row_after_a_subtotal_no_placement_holds_is_left_out() -> None:
    """The near form: where the later stand holds under no placement (its first year 10
    more than the earlier stand and the subtotal), the sums tell no columns and the row is
    left out with a warning, never shifted into the first years."""
    _tables, cells, warnings = read_text(_stand_over_mutations("503.710"))
    assert not [c for c in cells if c["row_label"] == "Loon- en prijsbijstelling"]
    assert any("Loon- en prijsbijstelling" in str(w) for w in warnings)


def _voorzieningen(last_total: str) -> str:
    """A municipal staat of provisions as a converter prints it one row per line, single
    spaces apart and no trace of an empty cell: a first row outside any group, a group
    heading printed without values, its provisions (two printing three values for four
    columns), the group's total (``last_total``) and the table's."""
    return "\n".join([
        "Bedragen x € 1.000",
        "",
        "Omschrijving Stand 1-1-2026 Vermeerderingen 2026 Verminderingen 2026 Stand 31-12-2026",
        "Voorziening pensioenen 8.200 600 450 8.350",
        "Onderhoudsvoorzieningen",
        "Voorziening wegen 5.400 1.100 4.300",
        "Voorziening gebouwen 2.700 800 3.500",
        "Voorziening riolering 1.900 300 250 1.950",
        f"Totaal onderhoudsvoorzieningen {last_total}",
        "Totaal voorzieningen 18.200 1.700 1.800 18.100",
    ])  # fmt: skip


def test_loose_rows_under_a_value_less_group_heading_add_up_to_the_groups_total() -> None:
    """The group's total closes a block that opens with a row above the group heading,
    which the table's total sums instead: the block from the top does not add up, the rows
    under the heading do (5.400 + 2.700 + 1.900 = 10.000; 300 alone is the group's 300
    more), so each loose row is placed there. Read from the top only, they were left out."""
    _tables, cells, warnings = read_text(_voorzieningen("10.000 1.100 1.350 9.750"))
    grid = cell_grid(cells)
    assert grid[("Voorziening wegen", "Verminderingen 2026")] == "1.100"
    assert ("Voorziening wegen", "Vermeerderingen 2026") not in grid
    assert grid[("Voorziening gebouwen", "Vermeerderingen 2026")] == "800"
    assert grid[("Voorziening gebouwen", "Stand 31-12-2026")] == "3.500"
    assert not warnings


def test_loose_rows_the_groups_total_does_not_explain_stay_out() -> None:
    """Near form: a group's total the rows under the heading do not add up to (its
    additions 900, no placement reaching them) places nothing: the loose rows are left out
    with a warning, as before."""
    _tables, cells, warnings = read_text(_voorzieningen("10.000 900 1.350 9.750"))
    assert not [c for c in cells if c["row_label"] == "Voorziening wegen"]
    assert any("Voorziening wegen" in w.reason for w in warnings)
