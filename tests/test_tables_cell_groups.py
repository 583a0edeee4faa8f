"""Tests of the groups over a cell-per-line table's columns (``tables_cell_groups``)."""

from __future__ import annotations

import pytest
from inline_document import inline_document
from table_texts import cell_grid, cells_per_line, read_text

from budgetkit.extract.tables import extract_tables
from budgetkit.extract.warnings import ExtractWarning

GROUPS_WITHOUT_SPANS = cells_per_line(
    "Tabel 3 Uitgaven per regeling (in mld euro)", " ", "Realisatie", "Raming", " ",
    "2024", "2025", "2026", "2027",
    "AOW", "48,6", "51,3", "53,9", "55,9",
    "WW", "4,2", "4,7", "5,0", "5,1",
    "Totaal", "52,8", "56,0", "58,9", "61,0",
)  # fmt: skip


def test_group_headings_whose_spans_the_text_lost_head_their_years() -> None:
    """A rijksfinancien page's two heading rows with colspans (review8 g14): " " /
    "Realisatie" / "Raming" over " " / 2024 ... 2027, flattened one cell a line, so no empty
    cell shows how many years each group spans. In a budget for 2026 the realised years are
    2024 and before, the planned ones 2025 and after: "Realisatie 2024", "Raming 2025", ...
    The columns were the bare years, the group row lost. Without the document's year
    nothing tells the spans and the years stay bare."""
    warnings: list[ExtractWarning] = []
    _tables, cells = extract_tables(
        inline_document(GROUPS_WITHOUT_SPANS, "mvt", budget_year=2026), warnings
    )
    assert [c["column_label"] for c in cells if c["row_label"] == "WW"] == [
        "Realisatie 2024", "Raming 2025", "Raming 2026", "Raming 2027",
    ]  # fmt: skip
    assert {c["year"] for c in cells if c["row_label"] == "WW"} == {2024, 2025, 2026, 2027}
    said = [w.reason for w in warnings if "without their spans" in w.reason]
    assert said and "'Realisatie' read over 2024-2024" in said[0] and "2025-2027" in said[0]
    _tables, cells, _warnings = read_text(GROUPS_WITHOUT_SPANS)
    assert [c["column_label"] for c in cells if c["row_label"] == "WW"] == [
        "2024", "2025", "2026", "2027",
    ]  # fmt: skip


def test_a_group_row_over_years_printed_one_cell_per_line_spans_its_empty_cells() -> None:
    """A web page's heading of two rows flattened one cell per line: a corner, then
    "Realisatie", "Begroting" and an empty cell for each further column "Begroting" spans,
    over "2023" "2024" "2025" and a source column. Each year takes the group it stands under
    ("Begroting 2025"); the groups were dropped (years alone, realisation and budget one
    kind of column)."""
    text = cells_per_line(
        "Tabel 6 Kerncijfers studiefinanciering (bedragen x € 1 mln)", " ",
        "Realisatie", "Begroting", " ", " ",
        "2023", "2024", "2025", "Bron",
        "Uitgaven basisbeurs", "1.204,5", "1.388,0", "1.512,3", "DUO",
        "Aanvullende beurs", "845,1", "902,6", "955,0", "DUO",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Uitgaven basisbeurs", "Realisatie 2023")] == "1.204,5"
    assert grid[("Aanvullende beurs", "Begroting 2025")] == "955,0"
    assert len(cells) == 6
    raming = cells_per_line(
        "Tabel 3 Meerjarenraming (bedragen x € 1.000)", " ",
        "Begroting", "Raming", " ", " ",
        "2026", "2027", "2028", "2029",
        "Apparaat", "8.100", "8.250", "8.300", "8.300",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(raming)
    assert [c["column_label"] for c in cells] == [
        "Begroting 2026", "Raming 2027", "Raming 2028", "Raming 2029",
    ]  # fmt: skip


def test_a_leaf_in_lower_case_ends_its_group_heading_and_tells_the_spans() -> None:
    """A Miljoenennota page's two heading rows with colspans, flattened one cell a line
    (review62 uy09): " " / "Raming" / "Totaal" over " " / 2026 ... 2029 / "kabinetsperiode".
    No empty cell shows the spans, but a heading never opens in lower case: "kabinetsperiode"
    is the rest of the heading "Totaal" opens, that group spans it alone, and "Raming" the
    years before it. The columns were the bare years and "kabinetsperiode"."""
    text = cells_per_line(
        "Tabel 2 Lastenontwikkeling (in miljarden euro)", " ", "Raming", "Totaal", " ",
        "2026", "2027", "2028", "2029", "kabinetsperiode",
        "Belastingplan", "- 2,3", "- 0,4", "0,2", "0,1", "- 2,4",
        "Premies", "1,6", "1,1", "0,8", "0,9", "4,4",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert [c["column_label"] for c in cells if c["row_label"] == "Premies"] == [
        "Raming 2026", "Raming 2027", "Raming 2028", "Raming 2029", "Totaal kabinetsperiode",
    ]  # fmt: skip


def test_groups_without_spans_over_leaves_all_capitalised_keep_their_leaves() -> None:
    """The same row of groups over years and a column headed "Struc.": no leaf finishes a
    group's heading, so nothing tells whether "Raming" spans the last years and "Struc." or
    that column alone; the columns keep their own headings, as before."""
    text = cells_per_line(
        "Tabel 4 Uitgaven (in mln euro)", " ", "Realisatie", "Raming", " ",
        "2024", "2025", "2026", "Struc.",
        "Subsidies", "12,0", "13,5", "14,0", "14,0",
        "Opdrachten", "3,1", "3,4", "3,6", "3,6",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert [c["column_label"] for c in cells if c["row_label"] == "Opdrachten"] == [
        "2024", "2025", "2026", "Struc.",
    ]  # fmt: skip


def _one_name_each(*heading: str) -> str:
    """A municipal overview of lasten flattened one cell per line under ``heading``."""
    return cells_per_line(
        "Tabel 5 Overzicht van baten en lasten (bedragen x € 1.000)", *heading,
        "Programma 1", "1.200", "1.250", "1.300", "1.320",
        "Programma 2", "2.400", "2.450", "2.500", "2.520",
        "Totaal lasten", "3.600", "3.700", "3.800", "3.840",
    )  # fmt: skip


@pytest.mark.parametrize("corner", ["Omschrijving", " "])
def test_a_row_naming_each_column_over_the_years_joins_each_its_name(corner: str) -> None:
    """A web page's heading of two rows flattened one cell per line, the first naming each
    column in a cell of its own after the labels' heading ("Omschrijving" / "Rekening" /
    "Begroting" / "Raming" / "Raming"), the second the years after its empty corner: each
    cell spans one column, so each year takes the name above it ("Rekening 2024"). The
    names were as many as the years, no group's span shown nor lost, and the columns were
    the bare years, accounts and budget one kind."""
    text = _one_name_each(
        corner, "Rekening", "Begroting", "Raming", "Raming", " ", "2024", "2025", "2026", "2027"
    )
    _tables, cells, warnings = read_text(text)
    assert not warnings
    assert [c["column_label"] for c in cells if c["row_label"] == "Programma 2"] == [
        "Rekening 2024", "Begroting 2025", "Raming 2026", "Raming 2027",
    ]  # fmt: skip
    assert cell_grid(cells)[("Totaal lasten", "Raming 2026")] == "3.800"


@pytest.mark.parametrize(
    "heading",
    [
        ("Rekening", "Begroting", "Raming", "Raming", " "),  # no corner over the names
        ("Omschrijving", "Rekening", "Begroting", "Raming", "Raming"),  # no corner to the years
    ],
)
def test_names_as_many_as_the_years_without_both_corners_name_none(
    heading: tuple[str, ...],
) -> None:
    """The near forms: a row of names as many as the years with no cell over the labels
    (the caption right above it), or years with no empty corner before them (one row of
    headings, or rows of unequal width), do not show each name over its own year: the
    years stay as printed."""
    _tables, cells, _warnings = read_text(_one_name_each(*heading, "2024", "2025", "2026", "2027"))
    assert {c["column_label"] for c in cells} == {"2024", "2025", "2026", "2027"}
    assert len(cells) == 12


def test_a_leaf_in_lower_case_under_a_group_of_a_periods_figures_tells_no_spans() -> None:
    """The same row of groups over years and a column headed "structureel" in lower case:
    its group "Raming" heads years as well ("Raming 2025", "Raming structureel"), so the
    leaf tells not where "Realisatie" ends; the columns keep their own headings, as before
    (they were "Realisatie 2024" ... "Realisatie 2026", "Raming structureel")."""
    text = cells_per_line(
        "Tabel 4 Uitgaven (in mln euro)", " ", "Realisatie", "Raming", " ",
        "2024", "2025", "2026", "structureel",
        "Subsidies", "12,0", "13,5", "14,0", "14,0",
        "Opdrachten", "3,1", "3,4", "3,6", "3,6",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert [c["column_label"] for c in cells if c["row_label"] == "Opdrachten"] == [
        "2024", "2025", "2026", "structureel",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "heading",
    [
        (" ", "Omschrijving", "Realisatie", "Begroting", "Raming"),  # the labels' heading
        ("Omschrijving", "Uitgaven", "Realisatie", "Begroting", "Raming"),  # a group over them
    ],
)
def test_a_stage_spanning_two_years_leaves_the_years_bare(heading: tuple[str, ...]) -> None:
    """Where one stage's name spans two years, the names are one fewer than the years, and
    the cell before them (the labels' heading, a group heading them all) made up the number:
    "Omschrijving 2024" or "Uitgaven 2024", each stage shifted a year. The years stay bare;
    a row of stages one a year after the labels' heading names each (the rule's own form,
    last)."""
    _tables, cells, _warnings = read_text(
        _one_name_each(*heading, " ", "2024", "2025", "2026", "2027")
    )
    assert {c["column_label"] for c in cells} == {"2024", "2025", "2026", "2027"}
    assert len(cells) == 12
    stages = ("Omschrijving", "Realisatie", "Vastgestelde begroting", "Raming", "Raming", " ")
    _tables, cells, _warnings = read_text(_one_name_each(*stages, "2024", "2025", "2026", "2027"))
    assert [c["column_label"] for c in cells if c["row_label"] == "Programma 1"] == [
        "Realisatie 2024", "Vastgestelde begroting 2025", "Raming 2026", "Raming 2027",
    ]  # fmt: skip
