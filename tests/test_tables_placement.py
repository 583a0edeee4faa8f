"""The placement screen: one sum over the columns tells when no placement can hold."""

from __future__ import annotations

from decimal import Decimal

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
