"""Tests of the note numbers a plain text layer prints after a row's values
(``tables_note_numbers``)."""

from __future__ import annotations

import pytest
from table_texts import cell_grid, printed, read_text, row_parents


def _table(last_heading: str, rows: list[str]) -> str:
    """A jaarverslag's table printed one row per line, single spaces between its cells,
    its headings' words over a line of periods; the last heading line ``last_heading``."""
    return "\n".join(
        [
            "Tabel 4 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "Realisatie Begroting",
            last_heading,
            "2022 2023 2023 2023",
            *rows,
            "Toelichting",
            "1. De verplichtingen zijn hoger dan begroot.",
        ]
    )


@pytest.mark.parametrize("heading", ["Verschil Ref.", "Verschil Ref. nr."])
def test_a_note_number_after_a_rows_values_under_a_ref_heading_is_no_value(heading: str) -> None:
    """Under a heading ending in "Ref." a row ends in the number of the note explaining it,
    one space after its last value ("Subsidies 318.440 ... 96.887 3"); rows no note
    explains print none. The number is no value: read as one, the row's first value was
    glued onto its label ("Subsidies 318.440") and every value stood a column to the left.
    "Ref. nr." heads the same column: its last word alone ("nr.") heads a code column, so
    the heading was not seen."""
    rows = [
        "Verplichtingen 3.004.812 2.945.106 3.310.455 1.092.463 1",
        "Uitgaven 2.999.005 2.924.898 3.320.664 1.092.860",
        "Opdrachten 5.120 6.044 8.150 14.755 2",
        "Subsidies 2.993.885 2.918.854 3.312.514 1.078.105 3",
        "Ontvangsten 14.306 6.810 2.500 44.618 4",
    ]
    _tables, cells, _warnings = read_text(_table(heading, rows))
    grid = cell_grid(cells)
    assert {cell["row_label"] for cell in cells} == {
        "Verplichtingen",
        "Uitgaven",
        "Opdrachten",
        "Subsidies",
        "Ontvangsten",
    }
    assert len(cells) == 20
    assert next(c["value_text"] for c in cells if c["row_label"] == "Opdrachten") == "5.120"
    assert "2" not in set(grid.values()) and "4" not in set(grid.values())
    assert row_parents(cells)["Subsidies"] == "Uitgaven"


def test_a_label_ending_in_a_number_without_a_note_heading_stays_as_printed() -> None:
    """The near form: without a note column's heading, a row printing one figure more than
    the periods has a label ending in a number ("Fonds 2"), which stays the label's."""
    rows = [
        "Fonds 1 1.200 1.300 1.400 100",
        "Fonds 2 2.200 2.300 2.400 100",
        "Totaal 3.400 3.600 3.800 200",
    ]
    _tables, cells, _warnings = read_text(_table("Verschil", rows))
    assert {c["row_label"] for c in cells} == {"Fonds 1", "Fonds 2", "Totaal"}
    assert [c["value_text"] for c in cells if c["row_label"] == "Fonds 2"][-1] == "100"
    assert len(cells) == 12


def test_a_difference_column_the_periods_do_not_name_is_no_note_column() -> None:
    """A heading ending in a text column's word ("Toelichting") over fewer periods than
    value columns ("Begroting Rekening Verschil Toelichting" over "2023 2023"): every row's
    extra figure is its difference (Rekening - Begroting), not in the notes' order, and the
    total's no note's number at all. The figures are values, none blanked."""
    text = "\n".join(
        [
            "Tabel 5 Lasten per taakveld (bedragen x € 1.000)",
            "Begroting Rekening Verschil Toelichting",
            "2023 2023",
            "Bestuur 1.250 1.310 60",
            "Burgerzaken 840 812 28",
            "Wegen 2.100 2.188 88",
            "Groen 640 655 15",
            "Totaal 4.830 4.965 191",
            "",
            "De verschillen worden hieronder toegelicht.",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    printed = {cell["value_text"] for cell in cells}
    assert {"60", "28", "88", "15", "191"} <= printed


def test_note_numbers_out_of_order_or_on_every_row_stay_as_printed() -> None:
    """Note numbers run down the table in the notes' order, and rows no note explains print
    none: small last figures on every row ("3", "1", "2") are a column of values."""
    rows = [
        "Opdrachten 5.120 6.044 8.150 14.755 3",
        "Subsidies 2.993.885 2.918.854 3.312.514 1.078.105 1",
        "Ontvangsten 14.306 6.810 2.500 44.618 2",
    ]
    _tables, cells, _warnings = read_text(_table("Verschil Ref.", rows))
    assert "3" in {cell["value_text"] for cell in cells}


def test_last_figures_making_their_rows_difference_are_values_even_in_order() -> None:
    """Small last figures in rising order beside a row printing none still make each row's
    difference ("1.250 1.265 15": 1.265 - 1.250): a column of differences, kept as values."""
    text = "\n".join(
        [
            "Tabel 5 Lasten per taakveld (bedragen x € 1.000)",
            "Begroting Rekening Verschil Toelichting",
            "2023 2023",
            "Bestuur 1.250 1.265 15",
            "Burgerzaken 812 840 28",
            "Wegen 2.100 2.188 88",
            "Groen 640 640",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert {"15", "28", "88"} <= {cell["value_text"] for cell in cells}


def _baten_per_programma(heading: str) -> dict[tuple[str, str], str]:
    """The cells, by row and column, of a one-row-per-line table of three programmes' baten
    under the heading line ``heading`` and a line of two periods."""
    text = "\n".join(
        [
            "Tabel 7 Baten per programma (bedragen x € 1.000)",
            heading,
            "2024 2024",
            "Beheer 2.400 2.515 115",
            "Onderwijs 930 902 28",
            "Totaal 3.330 3.417 143",
            "",
            "De afwijkingen worden hieronder toegelicht.",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    return cell_grid(cells)


def test_a_text_columns_heading_heads_none_of_the_values() -> None:
    """A heading line ending in a text column's heading ("Toelichting", "Opmerking") over
    a line of the periods: the text column heads no values, so the line's other words head
    the rows' three values, the first no corner over the labels, and no figure is glued to
    a label ("Beheer 2.400")."""
    grid = _baten_per_programma("Raming Realisatie Afwijking Opmerking")
    assert grid[("Beheer", "Raming 2024")] == "2.400"
    assert grid[("Beheer", "Realisatie 2024")] == "2.515"
    assert grid[("Totaal", "Afwijking")] == "143"


def test_a_word_heading_values_at_the_line_end_still_heads_them() -> None:
    """Near form: the same table's heading line opening on a corner word ("Programma") and
    ending in a column of values ("Afwijking") names four headings over three values: its
    first word stays the corner over the labels."""
    grid = _baten_per_programma("Programma Raming Realisatie Afwijking")
    assert grid[("Beheer", "Raming 2024")] == "2.400"
    assert grid[("Totaal", "Afwijking")] == "143"


def _layout_table(rows: list[tuple[str, tuple[str, ...]]], ref: str = "Ref.") -> str:
    """A jaarverslag's table as ``pdftotext -layout`` prints it: three value columns, their
    years on one line that ends in the note column's heading (``ref``), each row's values
    right-aligned at their columns and a note's number, where the row has one, one space
    after the last value."""
    ends = (40, 52, 64)
    return "\n".join(
        [
            "Tabel 7 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            printed("", (40, 64), "Realisatie", "Verschil"),
            printed("", ends, "2021", "2022", "2022") + f" {ref}",
            *(
                printed(label, ends, *values[:3]) + (f" {values[3]}" if len(values) > 3 else "")
                for label, values in rows
            ),
            "",
            "Toelichting",
            "1. De uitgaven zijn hoger door de loonbijstelling.",
        ]
    )


def test_a_note_heading_on_the_line_of_periods_heads_the_numbers_after_the_values() -> None:
    """A layout text layer sets the note column's heading on the line of the periods at its
    column's place ("2021 2022 2022 Ref."), and each explained row's number one space after
    its last value ("2.198.400 53.006 1"). The numbers are no values: read as one, every
    row printing one stood a column to the left and its first value joined its label."""
    rows = [
        ("Uitgaven", ("2.299.445", "2.284.462", "47.776")),
        ("   Justitiële Inrichtingen", ("2.105.310", "2.198.400", "53.006", "1")),
        ("   Reclassering", ("180.220", "192.310", "–5.097", "2")),
        ("Ontvangsten", ("31.544", "27.500", "6.480", "3")),
    ]
    _tables, cells, _warnings = read_text(_layout_table(rows))
    grid = cell_grid(cells)
    assert grid[("Justitiële Inrichtingen", "Verschil 2022")] == "53.006"
    assert grid[("Ontvangsten", "Realisatie 2021")] == "31.544"
    assert {"1", "2", "3"}.isdisjoint(grid.values())
    assert len(cells) == 12


def test_small_last_figures_out_of_order_under_a_ref_on_the_periods_line_stay_values() -> None:
    """The near form: under the same heading, small last figures that do not run down the
    table in the notes' order ("3" above "1") are no notes' numbers, and stay as printed."""
    rows = [
        ("Uitgaven", ("2.299.445", "2.284.462", "47.776")),
        ("   Justitiële Inrichtingen", ("2.105.310", "2.198.400", "53.006", "3")),
        ("Ontvangsten", ("31.544", "27.500", "6.480", "1")),
    ]
    _tables, cells, _warnings = read_text(_layout_table(rows))
    grid = cell_grid(cells)
    assert grid[("Justitiële Inrichtingen", "Verschil 2022")] == "53.006"
    assert grid[("Justitiële Inrichtingen", "Verschil Ref.")] == "3"
    assert grid[("Ontvangsten", "Verschil Ref.")] == "1"


@pytest.mark.parametrize("heading", ["Art.", "Artikelnr."])
def test_codes_one_space_after_the_values_under_a_glued_code_heading_are_no_values(
    heading: str,
) -> None:
    """A code column's heading set one space after the last year ("2024 Art.") over codes
    each set one space after its row's last value ("61.250 4"): no note's heading, so no
    notes' numbers, but the layout's glued code heading's cells, no values. Read as values,
    each coded row printed one figure too many under a column of its own."""
    rows = [
        ("Apparaat", ("412.300", "398.120", "14.180")),
        ("   Subsidies", ("1.020.410", "959.160", "61.250", "4")),
        ("   Bijdragen", ("88.740", "91.005", "–2.265", "6")),
        ("Ontvangsten", ("12.600", "9.950", "2.650", "9")),
    ]
    _tables, cells, _warnings = read_text(_layout_table(rows, heading))
    grid = cell_grid(cells)
    assert grid[("Subsidies", "Verschil 2022")] == "61.250"
    assert {"4", "6", "9"}.isdisjoint(grid.values())
    assert len(cells) == 12


def test_figures_one_space_after_the_values_under_a_glued_values_heading_stay_values() -> None:
    """The near form: the heading set one space after the last year names values ("Fte"):
    its figures, one space after each row's last value, are a value column of their own."""
    rows = [
        ("Apparaat", ("412.300", "398.120", "14.180", "12")),
        ("   Subsidies", ("1.020.410", "959.160", "61.250", "4")),
        ("Ontvangsten", ("12.600", "9.950", "2.650", "9")),
    ]
    _tables, cells, _warnings = read_text(_layout_table(rows, "Fte"))
    grid = cell_grid(cells)
    assert grid[("Subsidies", "Verschil 2022")] == "61.250"
    assert grid[("Subsidies", "Verschil Fte")] == "4"
