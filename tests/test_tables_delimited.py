"""Tables whose cells tabs part (``tables_delimited``): the tab fields are the cells.

An HTML table copied as text prints a tab between its cells: a label field stays whole (a
year at its end is part of it), an empty field is an empty cell in its column, and a note
column's field is a note, whatever a reading of the same lines by their spaces makes of
them. Each text is a few lines in the shape of a page, not copied from one.
"""

from __future__ import annotations

import pytest
from table_texts import cell_grid as _grid
from table_texts import read_text as _read
from table_texts import row_parents as _parents


def _tabbed(*rows: str) -> str:
    return "\n".join(rows)


def test_a_label_ending_in_a_year_is_one_tab_field() -> None:
    """A stand's build-up between tabs: the labels end in the year of their stand ("Stand
    ontwerpbegroting 2024"), the first rows leave the last column empty and the
    extrapolation fills only the last. Read by its spaces, each label's year was a first
    value, its values a column right, the rows under no total, and the row of one value
    after four empty fields was left out: more cells than the tab fields, so it won."""
    text = _tabbed(
        "Tabel 5 Opbouw uitgaven (bedragen x € 1.000)",
        "Omschrijving\t2025\t2026\t2027\t2028",
        "Stand ontwerpbegroting 2024\t36.900.000\t37.200.000\t37.600.000\t",
        "Mutaties 1e suppletoire begroting 2024\t− 86.000\t− 94.000\t− 101.000\t",
        "Nieuwe mutaties\t\t\t\t",
        "Accres\t− 214.000\t− 512.000\t− 688.000\t− 702.000",
        "Extrapolatie\t\t\t\t36.499.000",
        "Stand ontwerpbegroting 2025\t36.600.000\t36.594.000\t36.811.000\t35.797.000",
        "",
        "De mutaties worden hieronder toegelicht.",
    )
    [_table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Stand ontwerpbegroting 2024", "2025")] == "36.900.000"
    assert grid[("Stand ontwerpbegroting 2024", "2027")] == "37.600.000"
    assert ("Stand ontwerpbegroting 2024", "2028") not in grid
    assert grid[("Mutaties 1e suppletoire begroting 2024", "2026")] == "− 94.000"
    assert grid[("Extrapolatie", "2028")] == "36.499.000"
    assert "2024" not in {c["value_text"] for c in cells}
    assert len(cells) == 3 + 3 + 4 + 1 + 4
    assert _parents(cells)["Stand ontwerpbegroting 2024"] == "Stand ontwerpbegroting 2025"


def test_groups_over_years_and_a_note_column_the_year_line_leaves_out() -> None:
    """A jaarverslag's table between tabs: a line of groups, each printed once ("Realisatie"
    over five years, the span lost) and "Noot" last, over a line of years under an empty
    corner that leaves the note column out; a row leaves its first two years empty. The
    rows print a field more than the years: the note, at their end. Read as opening the
    rows, every value stood a column left; read by the spaces, the row of empty years put
    its values two columns left and its note "2" under the last year."""
    text = _tabbed(
        "Tabel 14.2 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
        "\tRealisatie\tVastgestelde begroting\tVerschil\tNoot",
        "\t2019\t2020\t2021\t2022\t2023\t2023\t2023",
        "Verplichtingen\t212\t198\t305\t246\t331\t287\t44\t1",
        "Uitgaven\t160\t198\t234\t210\t244\t214\t30\t",
        "Subsidies\t\t\t\t\t\t\t\t",
        "Fietsregeling\t\t\t18\t22\t31\t25\t6\t2",
        "Onderzoek\t4\t4\t4\t5\t5\t5\t0\t",
        "",
        "Toelichting op de financiële instrumenten",
    )
    [_table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Verplichtingen", "Realisatie 2019")] == "212"
    assert grid[("Verplichtingen", "Vastgestelde begroting 2023")] == "287"
    assert grid[("Verplichtingen", "Verschil 2023")] == "44"
    assert grid[("Fietsregeling", "Realisatie 2021")] == "18"
    assert grid[("Fietsregeling", "Verschil 2023")] == "6"
    assert ("Fietsregeling", "Realisatie 2019") not in grid
    assert len(cells) == 3 * 7 + 5
    assert _parents(cells)["Fietsregeling"] == "Subsidies"


@pytest.mark.parametrize(
    "groups", ["\tBegroting\t\tRealisatie\t", "\tBegroting\tRealisatie"], ids=["spans", "flat"]
)
def test_groups_over_repeated_years_name_their_columns(groups: str) -> None:
    """Near form: a line of groups over years under an empty corner, a span printed as
    empty fields or lost, as many fields in the rows as the years: each column its group's
    name, as before."""
    text = _tabbed(
        "Tabel 3 Uitgaven (bedragen x € 1.000)",
        groups,
        "\t2024\t2025\t2024\t2025",
        "Zorg\t900\t950\t910\t940",
        "Welzijn\t300\t320\t290\t330",
    )
    [_table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Zorg", "Begroting 2025")] == "950"
    assert grid[("Welzijn", "Realisatie 2024")] == "290"
    assert len(cells) == 8


def test_a_code_before_the_names_under_an_empty_corner_still_opens_the_rows() -> None:
    """Near form: rows one field wider than a heading with an empty corner, their second
    field a name after a code ("1<TAB>Zorg"): the field the heading leaves out opens them,
    as before, and the note column rule does not move the values."""
    text = _tabbed(
        "Uitgaven per artikel (bedragen x € 1.000)",
        "\tOmschrijving\t2024\t2025",
        "1\tZorg\t900\t950",
        "2\tWelzijn\t300\t320",
        "\tTotaal\t1.200\t1.270",
    )
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("1 Zorg", "2024")] == "900"
    assert grid[("2 Welzijn", "2025")] == "320"
    assert grid[("Totaal", "2025")] == "1.270"


def test_a_tab_table_with_a_year_column_keeps_the_years_as_labels() -> None:
    """Near form: a tab table whose first column is the year ("Jaar"): each year a row's
    label, never a value, and its figures under their headings."""
    text = _tabbed(
        "Ontwikkeling van de uitgaven (bedragen x € 1 mln)",
        "Jaar\tUitgaven\tOntvangsten\tSaldo",
        "2023\t1.200\t300\t900",
        "2024\t1.300\t350\t950",
        "2025\t1.350\t400\t950",
    )
    [_table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("2024", "Ontvangsten")] == "350"
    assert grid[("2025", "Saldo")] == "950"
    assert len(cells) == 9


def test_space_aligned_rows_whose_labels_end_in_a_year_are_not_changed() -> None:
    """Near form: the same build-up aligned by spaces, no tab: the tab rule does not apply,
    the rows read as before (the labels whole, each value under its year)."""
    text = _tabbed(
        "Tabel 5 Opbouw uitgaven (bedragen x € 1.000)",
        "Omschrijving                                 2025       2026       2027",
        "Stand ontwerpbegroting 2024                 1.000      1.100      1.200",
        "Mutaties 1e suppletoire begroting 2024         40         30         20",
        "Stand ontwerpbegroting 2025                 1.040      1.130      1.220",
    )
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Stand ontwerpbegroting 2024", "2025")] == "1.000"
    assert grid[("Mutaties 1e suppletoire begroting 2024", "2027")] == "20"
    assert len(cells) == 9


def test_a_single_tab_in_prose_makes_no_table() -> None:
    """Near form: one tab per line, a label and its amount in a letter or a sentence with a
    tab in it, is no tab table (a heading parts three fields or more)."""
    text = _tabbed(
        "Geachte voorzitter,",
        "",
        "Hierbij stuur ik u de stand per 1 januari 2024.\tDe bedragen zijn voorlopig.",
        "Het kabinet trekt in 2025\tin totaal € 40 miljoen uit voor deze regeling.",
        "",
        "Hoogachtend,",
    )
    tables, cells, _warnings = _read(text)
    assert not tables and not cells
