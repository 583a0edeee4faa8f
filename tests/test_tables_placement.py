"""The placement screen: one sum over the columns tells when no placement can hold."""

from __future__ import annotations

from decimal import Decimal

from table_texts import cell_grid, read_text

from budgetkit.extract.tables_placement import _fits, _may_fit

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
