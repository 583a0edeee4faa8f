"""Tests of the groups over a cell-per-line table's columns (``tables_cell_groups``)."""

from __future__ import annotations

import pytest
from inline_document import inline_document
from table_texts import cell_grid, cells_per_line, read_text, row_parents

from budgetkit.extract.tables import extract_tables
from budgetkit.extract.tables_cell_groups import beside_repeated_leaves
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


def test_three_group_headings_whose_spans_the_text_lost_head_their_years() -> None:
    """A municipal budget's heading of two rows flattened one cell a line: " " / "Rekening"
    / "Begroting" / "Meerjarenraming" / " " / 2022 ... 2027, no empty cell showing a span.
    In a budget for 2024 the accounts are 2022, the budget in force and the budget itself
    2023 and 2024, the multi-year estimates after. Three groups were refused: the columns
    stayed the bare years."""
    text = cells_per_line(
        "Tabel 2 Lasten per taakveld (bedragen x € 1.000)", " ",
        "Rekening", "Begroting", "Meerjarenraming", " ",
        "2022", "2023", "2024", "2025", "2026", "2027",
        "Sport", "2.410", "2.515", "2.604", "2.610", "2.615", "2.620",
        "Cultuur", "1.118", "1.202", "1.250", "1.250", "1.250", "1.250",
    )  # fmt: skip
    _tables, cells, warnings = read_text(text, budget_year=2024)
    assert [c["column_label"] for c in cells if c["row_label"] == "Sport"] == [
        "Rekening 2022", "Begroting 2023", "Begroting 2024",
        "Meerjarenraming 2025", "Meerjarenraming 2026", "Meerjarenraming 2027",
    ]  # fmt: skip
    said = [w.reason for w in warnings if "without their spans" in w.reason]
    assert said and "'Begroting' over 2023-2024" in said[0]


def test_the_budget_in_force_and_the_draft_budget_head_one_year_each() -> None:
    """A Miljoenennota annex copied by a browser, tab-parted, its corner spanning both
    heading rows (the years line prints no field for it): "Vastgestelde begroting",
    "Ontwerpbegroting" and "Meerjarencijfers" over consecutive years, the spans lost. In the
    Miljoenennota for 2021 the budget in force heads 2020, the draft 2021, the multi-year
    figures the years after."""
    text = "\n".join(
        (
            "Tabel 4.1 Uitgaven per fonds (in miljoenen euro)",
            "Fonds\tVastgestelde begroting\tOntwerpbegroting\tMeerjarencijfers",
            "2020\t2021\t2022\t2023\t2024",
            "A\tInfrastructuurfonds\t6.100\t6.240\t6.300\t6.410\t6.500",
            "D\tDeltafonds\t1.310\t1.402\t1.388\t1.390\t1.395",
            "\tTotaal\t7.410\t7.642\t7.688\t7.800\t7.895",
        )
    )
    _tables, cells, _warnings = read_text(text, budget_year=2021)
    grid = cell_grid(cells)
    assert grid[("A Infrastructuurfonds", "Vastgestelde begroting 2020")] == "6.100"
    assert grid[("D Deltafonds", "Ontwerpbegroting 2021")] == "1.402"
    assert grid[("Totaal", "Meerjarencijfers 2024")] == "7.895"
    assert len(cells) == 15


def test_lost_groups_whose_words_tell_no_years_stay_bare() -> None:
    """Near form: the same tab-parted heading under groups whose first names no stage a
    budget's year places ("Mutaties" before "Raming"): nothing tells where "Raming" opens,
    so the columns stay the bare years, as before."""
    text = "\n".join(
        (
            "Tabel 4.2 Mutaties per fonds (in miljoenen euro)",
            "Fonds\tMutaties\tRaming",
            "2020\t2021\t2022\t2023",
            "A\tInfrastructuurfonds\t100\t240\t300\t410",
            "D\tDeltafonds\t310\t402\t388\t390",
        )
    )
    _tables, cells, _warnings = read_text(text, budget_year=2021)
    assert [c["column_label"] for c in cells if c["row_label"] == "D Deltafonds"] == [
        "2020", "2021", "2022", "2023",
    ]  # fmt: skip


def test_lost_groups_beside_the_unit_in_their_corner_head_their_years() -> None:
    """The group row's corner cell prints the table's unit where an empty cell would stand
    ("Bedragen x € 1.000" / "Realisatie" / "Vastgestelde begroting" / "Raming" / " " /
    2024 ... 2029): it is the corner all the same, so the groups lost their spans and the
    budget's year places them. Taken for a heading of words, it left the years bare."""
    text = cells_per_line(
        "Tabel 3.2 Uitgaven artikel 3 (bedragen x € 1.000)", "Bedragen x € 1.000",
        "Realisatie", "Vastgestelde begroting", "Raming", " ",
        "2024", "2025", "2026", "2027", "2028", "2029",
        "Uitgaven", "8.410", "8.515", "8.604", "8.610", "8.615", "8.620",
        "Ontvangsten", "118", "202", "250", "250", "250", "250",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text, budget_year=2026)
    assert [c["column_label"] for c in cells if c["row_label"] == "Uitgaven"] == [
        "Realisatie 2024", "Vastgestelde begroting 2025", "Raming 2026",
        "Raming 2027", "Raming 2028", "Raming 2029",
    ]  # fmt: skip


def test_a_title_of_words_before_lost_groups_is_no_corner() -> None:
    """Near form: a line of words other than the unit before the groups ("Artikel 3
    Onderwijs" / "Realisatie" / "Raming" / " " / 2024 ...): no corner of the group row, so
    nothing shows the names are a row of groups, and the years stay bare."""
    text = cells_per_line(
        "Tabel 3.2 Uitgaven artikel 3 (bedragen x € 1.000)", "Artikel 3 Onderwijs",
        "Realisatie", "Raming", " ",
        "2024", "2025", "2026", "2027",
        "Uitgaven", "8.410", "8.515", "8.604", "8.610",
        "Ontvangsten", "118", "202", "250", "250",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text, budget_year=2026)
    assert [c["column_label"] for c in cells if c["row_label"] == "Uitgaven"] == [
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


@pytest.mark.parametrize("last", ["Struc.", "structureel"])
def test_groups_without_spans_over_leaves_that_tell_none_keep_their_leaves(last: str) -> None:
    """The same row of groups over years and a last column headed "Struc." or "structureel".
    "Struc.": no leaf finishes a group's heading, so nothing tells whether "Raming" spans the
    last years and "Struc." or that column alone. "structureel", in lower case: its group
    "Raming" heads years as well ("Raming 2025", "Raming structureel"), so the leaf tells not
    where "Realisatie" ends (they were "Realisatie 2024" ... "Realisatie 2026", "Raming
    structureel"). The columns keep their own headings, as before."""
    text = cells_per_line(
        "Tabel 4 Uitgaven (in mln euro)", " ", "Realisatie", "Raming", " ",
        "2024", "2025", "2026", last,
        "Subsidies", "12,0", "13,5", "14,0", "14,0",
        "Opdrachten", "3,1", "3,4", "3,6", "3,6",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert [c["column_label"] for c in cells if c["row_label"] == "Opdrachten"] == [
        "2024", "2025", "2026", last,
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
        ("Uitgaven", "Rekening", "Begroting", "Raming", "Raming"),  # a group, no corner
    ],
)
def test_names_as_many_as_the_years_without_both_corners_name_none(
    heading: tuple[str, ...],
) -> None:
    """The near forms: a row of names as many as the years with no cell over the labels
    (the caption right above it), or years with no empty corner before them under a word
    that is no labels' heading (a group over them all, or rows of unequal width), do not
    show each name over its own year: the years stay as printed."""
    _tables, cells, _warnings = read_text(_one_name_each(*heading, "2024", "2025", "2026", "2027"))
    assert {c["column_label"] for c in cells} == {"2024", "2025", "2026", "2027"}
    assert len(cells) == 12


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


def test_the_labels_heading_spanning_both_rows_leaves_the_years_no_corner() -> None:
    """An ontwerpbegroting's two heading rows flattened one cell per line, the labels'
    heading spanning both ("Omschrijving" with rowspan): the first row names each column
    ("Realisatie" / "Vastgestelde begroting" / "Ontwerpbegroting" / "Raming" / "Raming"),
    the second prints the years with no corner of its own, the first right after the last
    name. Each year takes the name above it; the years were left bare, as where no corner
    tells the rows apart."""
    text = _one_name_each(
        "Omschrijving", "Realisatie", "Vastgestelde begroting", "Ontwerpbegroting", "Raming",
        "2024", "2025", "2026", "2027",
    )  # fmt: skip
    _tables, cells, warnings = read_text(text)
    assert not warnings
    assert [c["column_label"] for c in cells if c["row_label"] == "Programma 1"] == [
        "Realisatie 2024", "Vastgestelde begroting 2025", "Ontwerpbegroting 2026", "Raming 2027",
    ]  # fmt: skip


def test_groups_after_the_labels_heading_spanning_both_rows_head_their_years() -> None:
    """The same with fewer names than years, "Raming" spanning the last five
    ("Omschrijving" / "Realisatie" / "Vastgestelde begroting" / "Raming" over 2019 ...
    2025, no corner before the years): groups whose spans the text lost, which a budget
    for 2021 places as it prints them (realised 2019, the budget in force 2020, estimates
    after). They were left bare; without the document's year they still are."""
    text = cells_per_line(
        "Budgettaire gevolgen van beleid (x € 1 000)",
        "Omschrijving", "Realisatie", "Vastgestelde begroting", "Raming",
        "2019", "2020", "2021", "2022", "2023", "2024", "2025",
        "Uitgaven", "0", "12 400", "30 100", "28 700", "25 000", "25 000", "25 000",
        "Loonbijstelling", "0", "8 400", "20 100", "18 700", "15 000", "15 000", "15 000",
        "Prijsbijstelling", "0", "4 000", "10 000", "10 000", "10 000", "10 000", "10 000",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text, budget_year=2021)
    assert [c["column_label"] for c in cells if c["row_label"] == "Prijsbijstelling"] == [
        "Realisatie 2019", "Vastgestelde begroting 2020", "Raming 2021", "Raming 2022",
        "Raming 2023", "Raming 2024", "Raming 2025",
    ]  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {str(year) for year in range(2019, 2026)}


def test_a_row_naming_each_column_over_repeated_years_joins_each_its_name() -> None:
    """An agentschap's staat van baten en lasten: "Omschrijving" / "Oorspronkelijk
    vastgestelde begroting" / "Realisatie" / "Verschil" / "Realisatie" over " " / "2024" /
    "2024" / "2024" / "2023", a name over each year. The repeated years are no copies of
    leaves under groups: every name spans one column. Read as groups over the repeats, the
    last three names took the columns and the first was lost."""
    text = cells_per_line(
        "Tabel 2 Staat van baten en lasten (bedragen x € 1.000)",
        "Omschrijving", "Oorspronkelijk vastgestelde begroting", "Realisatie", "Verschil",
        "Realisatie", " ", "2024", "2024", "2024", "2023",
        "Omzet moederdepartement", "21.400", "22.050", "650", "20.900",
        "Omzet derden", "1.300", "1.120", "– 180", "1.410",
        "Totaal baten", "22.700", "23.170", "470", "22.310",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert [c["column_label"] for c in cells if c["row_label"] == "Omzet derden"] == [
        "Oorspronkelijk vastgestelde begroting 2024", "Realisatie 2024", "Verschil 2024",
        "Realisatie 2023",
    ]  # fmt: skip


def test_groups_over_repeated_years_fewer_than_the_years_keep_their_reading() -> None:
    """Near form: groups fewer than the years, the repeats parting them (" " / "Realisatie"
    / "Vastgestelde begroting" / "Verschil" over " " / 2021 ... 2024 / 2024 / 2024): each
    part under its group as before."""
    text = cells_per_line(
        "Tabel 7.1 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
        " ", "Realisatie", "Vastgestelde begroting", "Verschil",
        " ", "2021", "2022", "2023", "2024", "2024", "2024",
        "Verplichtingen", "10.100", "10.400", "10.900", "11.200", "11.000", "200",
        "Uitgaven", "9.800", "10.300", "10.700", "11.100", "11.000", "100",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert [c["column_label"] for c in cells if c["row_label"] == "Uitgaven"] == [
        "Realisatie 2021", "Realisatie 2022", "Realisatie 2023", "Realisatie 2024",
        "Vastgestelde begroting 2024", "Verschil 2024",
    ]  # fmt: skip


def test_the_labels_heading_opening_headings_spanning_both_rows_heads_no_column() -> None:
    """A jaarverslag's two heading rows flattened from merged cells under the labels'
    heading, which spans both rows ("Artikel 2" / "Realisatie" / "Vastgestelde begroting
    2024" / "Verschil 2024" / "2020" ... "2024"): the headings with a year span both rows
    and are the last columns, the group over the years comes first. Read in printed order,
    the two last headings took the first columns and every year stood two columns right."""
    text = cells_per_line(
        "Tabel 2.1 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
        "Artikel 2", "Realisatie", "Vastgestelde begroting 2024", "Verschil 2024",
        "2020", "2021", "2022", "2023", "2024",
        "Verplichtingen", "50.100", "51.200", "52.300", "53.400", "54.500", "55.000", "– 500",
        "Uitgaven", "49.100", "50.200", "51.300", "52.400", "53.500", "54.000", "– 500",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert [c["column_label"] for c in cells if c["row_label"] == "Uitgaven"] == [
        "Realisatie 2020", "Realisatie 2021", "Realisatie 2022", "Realisatie 2023",
        "Realisatie 2024", "Vastgestelde begroting 2024", "Verschil 2024",
    ]  # fmt: skip


def test_two_groups_over_the_years_alone_are_no_corner_and_a_group() -> None:
    """Near form: two words and no heading of a column spanning both rows ("Realisatie" /
    "Raming" / "2024" ... "2027", no corners): the first word is a group, not the labels'
    heading, and the groups' spans are lost as before (the years stay bare without the
    document's year)."""
    text = cells_per_line(
        "Tabel 3 Uitgaven (in mld euro)", "Realisatie", "Raming",
        "2024", "2025", "2026", "2027",
        "AOW", "48,6", "51,3", "53,9", "55,9",
        "WW", "4,2", "4,7", "5,0", "5,1",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {"2024", "2025", "2026", "2027"}
    assert len(cells) == 8


def test_headings_spanning_both_rows_beside_groups_head_a_column_each() -> None:
    """An audit report's table flattened one cell per line: a first heading row of the
    labels' heading, a column spanning both rows ("Uitgaven"), two groups ("Fouten",
    "Onzekerheden") and a text column ("Grens overschreden?"), over a second row repeating
    "bedrag" / "in %" under each group; every row prints its article's code in a cell of
    its own, five values and "ja" or "nee". The rows print more values than the leaves: the
    column left over is the spanning heading's, and the columns printing percentages tell
    which first-row cells are the groups. Read as leaves aligned to the right, "Onzekerheden"
    and "Grens overschreden?" headed values, and the codes were read as values under "in %"
    with "nee" as the row's label."""
    text = cells_per_line(
        "Tabel 3 Fouten en onzekerheden per artikel, 2019", "(bedragen x € 1 miljoen)",
        "Artikel", "Uitgaven", "Fouten", "Onzekerheden", "Grens overschreden?",
        "bedrag", "in %", "bedrag", "in %",
        "2", "Wegen", "1.204,5", "3,1", "0,3%", "12,0", "1,0%", "nee",
        "5", "Spoor", "2.310,0", "40,2", "1,7%", "2,2", "0,1%", "ja",
        "8", "Vaarwegen", "640,8", " ", " ", "1,4", "0,2%", "nee",
        "9", "Luchtvaart", "88,1", "0,4", "0,5%", " ", " ", "nee",
        " ", "Totaal", "4.243,4", "43,7", "1,0%", "15,6", "0,4%", " ",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("2 Wegen", "Uitgaven")] == "1.204,5"
    assert grid[("5 Spoor", "Fouten in %")] == "1,7%"
    assert grid[("8 Vaarwegen", "Onzekerheden bedrag")] == "1,4"
    assert grid[("9 Luchtvaart", "Fouten bedrag")] == "0,4"
    assert grid[("Totaal", "Onzekerheden in %")] == "0,4%"
    assert {c["column_label"] for c in cells} == {
        "Uitgaven", "Fouten bedrag", "Fouten in %", "Onzekerheden bedrag", "Onzekerheden in %",
    }  # fmt: skip
    assert len(cells) == 21
    assert row_parents(cells)["5 Spoor"] == "Totaal"


def test_a_heading_spanning_both_rows_after_the_groups_heads_the_last_column() -> None:
    """The same shape with the spanning heading printed after the groups ("Fouten" /
    "Onzekerheden" / "Totaal" over "bedrag" / "%" twice), no codes, no text column: the
    percentages stand in the second and fourth columns, so the groups come first and
    "Totaal" heads the last column."""
    text = cells_per_line(
        "Tabel 2 Fouten en onzekerheden 2021 (bedragen x € 1 miljoen)",
        "Onderdeel", "Fouten", "Onzekerheden", "Totaal",
        "bedrag", "%", "bedrag", "%",
        "Subsidies", "3,4", "0,8%", "1,0", "0,2%", "4,4",
        "Opdrachten", "0,9", "0,1%", "6,5", "0,9%", "7,4",
        "Totaal", "4,3", "0,4%", "7,5", "0,6%", "11,8",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Subsidies", "Fouten %")] == "0,8%"
    assert grid[("Opdrachten", "Onzekerheden bedrag")] == "6,5"
    assert grid[("Opdrachten", "Totaal")] == "7,4"
    assert len(cells) == 15


def test_groups_over_repeated_leaves_with_no_spanning_heading_keep_their_reading() -> None:
    """Near form: the first row holds the labels' heading and the groups alone, as many
    columns as the leaves ("Artikel" / "Fouten" / "Onzekerheden" over "bedrag" / "in %"
    twice): each leaf takes its group as before, no column left over."""
    text = cells_per_line(
        "Tabel 4 Fouten en onzekerheden 2019 (bedragen x € 1 miljoen)",
        "Artikel", "Fouten", "Onzekerheden",
        "bedrag", "in %", "bedrag", "in %",
        "Wegen", "3,1", "0,3%", "12,0", "1,0%",
        "Spoor", "40,2", "1,7%", "2,2", "0,1%",
        "Totaal", "43,3", "1,2%", "14,2", "0,4%",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Wegen", "Fouten bedrag")] == "3,1"
    assert grid[("Spoor", "Onzekerheden in %")] == "0,1%"
    assert len(cells) == 12


def test_which_first_row_cells_are_groups_is_left_open_where_no_percentage_tells() -> None:
    """Near form: leaves saying no percentage, or no cell printing one, tell no placing of
    the groups among the first row's cells: none is guessed (the cells after the corner
    might be a spanning column and two groups in any order)."""
    row = ["Uitgaven", "Fouten", "Onzekerheden"]
    assert beside_repeated_leaves(row, 2, ["bedrag", "aantal"], {2, 4}) is None
    assert beside_repeated_leaves(row, 2, ["bedrag", "in %"], set()) is None
    assert beside_repeated_leaves(row, 2, ["bedrag", "in %"], {2, 4}) == [
        (0, None), (1, 0), (1, 1), (2, 0), (2, 1),
    ]  # fmt: skip


def test_unit_lines_over_repeated_years_each_head_their_copy() -> None:
    """A changeover year's table flattened one cell per line prints its figures in
    guilders and in euros: after an empty corner, two group headings that each say a
    unit ("in mln gulden" / "in mln euro") over the years printed twice. Each unit heads
    its copy of the years ("in mln euro 2002"), so the guilder columns are never stored as
    euros and the table is mixed; read as the table's notes, the first unit was every
    column's and the copies were told apart by a number alone ("2001 (2)"). A row of
    percentages stays percentages in both currencies' columns."""
    text = "\n".join([
        "Tabel 4.2 Uitgaven aan infrastructuur 2001-2002",
        " ",
        "in mln gulden",
        "in mln euro",
        "2001", "2002", "2001", "2002",
        "Wegen", "2.204,0", "2.310,5", "1.000,1", "1.048,5",
        "Spoor", "1.102,0", "1.190,2", "500,1", "540,1",
        "Totaal", "3.306,0", "3.500,7", "1.500,2", "1.588,6",
        "Aandeel in de uitgaven", "1,8%", "1,9%", "1,8%", "1,9%",
    ])  # fmt: skip
    [table], cells, _warnings = read_text(text)
    got = {(c["row_label"], c["column_label"]): c for c in cells}
    assert got[("Wegen", "in mln gulden 2001")]["value_text"] == "2.204,0"
    assert got[("Wegen", "in mln gulden 2001")]["value_eur"] is None
    assert got[("Spoor", "in mln euro 2002")]["value_eur"] == 540_100_000
    assert table["unit"] == "mixed"
    assert {c["unit"] for c in cells if c["row_label"] == "Aandeel in de uitgaven"} == {"percent"}


def test_one_unit_line_over_groups_of_repeated_years_stays_the_tables_note() -> None:
    """Near form: one line saying the table's unit over two group headings of words and
    the years they repeat (" " / "(bedragen x € 1 mln)" / "Begroting" / "Realisatie" /
    years twice): the unit is the table's, the words head the years."""
    text = "\n".join([
        "Tabel 5 Uitgaven per jaar",
        " ",
        "(bedragen x € 1 mln)",
        "Begroting",
        "Realisatie",
        "2023", "2024", "2023", "2024",
        "Wegen", "204,0", "210,5", "200,1", "214,5",
        "Spoor", "102,0", "110,2", "100,1", "114,1",
    ])  # fmt: skip
    [table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Wegen", "Begroting 2023")] == "204,0"
    assert grid[("Spoor", "Realisatie 2024")] == "114,1"
    assert table["unit_label"] == "x € 1 mln"


def _stages_over_years(*heading: str) -> str:
    """An article's budgetary table flattened one cell per line, its caption printing no
    unit, under ``heading``."""
    return cells_per_line(
        "Tabel 2 Budgettaire gevolgen van beleid artikel 1", *heading,
        "Verplichtingen", "3.434.480", "3.598.113", "3.744.902", "3.812.447",
        "Uitgaven", "3.421.760", "3.598.113", "3.744.902", "3.812.447",
        "Algemene uitkering", "3.251.660", "3.401.287", "3.532.114", "3.598.002",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("heading", "columns"),
    [
        (
            (" ", "Realisatie", "Vastgestelde begroting", "Raming", "Raming"),
            ["Realisatie 2022", "Vastgestelde begroting 2023", "Raming 2024", "Raming 2025"],
        ),
        (
            (" ", "Realisatie", "Raming", " ", " "),
            ["Realisatie 2022", "Raming 2023", "Raming 2024", "Raming 2025"],
        ),
    ],
)
@pytest.mark.parametrize("unit", ["x € 1.000", "Bedragen x € 1.000"])
def test_the_unit_in_the_corner_of_the_years_row_leaves_the_row_above_heading_them(
    heading: tuple[str, ...], columns: list[str], unit: str
) -> None:
    """A heading of two rows flattened one cell per line, the second opening with the
    table's unit where its empty corner would stand (" " / "Realisatie" / ... / "x € 1.000"
    / "2022" / ...): the unit is the table's note and the corner of the years' row, so the
    row above heads the years as over an empty corner, one name a year or a group over its
    empty cells. Read as the note closing what stands above it, it cut the names off, and
    the columns were the bare years (review71 vh13: 43 of 43 labels)."""
    text = _stages_over_years(*heading, unit, "2022", "2023", "2024", "2025")
    [table], cells, _warnings = read_text(text)
    assert [c["column_label"] for c in cells if c["row_label"] == "Uitgaven"] == columns
    assert table["unit_label"] == "x € 1.000" and len(cells) == 12


def test_a_unit_line_between_a_title_and_the_years_heads_no_column() -> None:
    """The near form: a unit line under a title of words, right over the years (a section's
    name, "Provinciefonds" / "x € 1.000" / "2022" / ...): no row of names stands above, so
    the title heads no year and the years stay as printed."""
    text = _stages_over_years("Provinciefonds", "x € 1.000", "2022", "2023", "2024", "2025")
    [table], cells, _warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {"2022", "2023", "2024", "2025"}
    assert table["unit_label"] == "x € 1.000" and len(cells) == 12


def test_lost_groups_over_years_parted_by_a_gap_head_each_run() -> None:
    """A browser's copy of a table of kengetallen, its corner spanning both heading rows:
    "Realisatie" and "Streefwaarde" printed once over 2021 2022 2023 2030, the spans lost.
    The years part into two runs of consecutive years, as many as the groups, so the gap is
    the spans' bound, whatever the words and the budget's year: before, a group that is no
    budget's stage left the years bare."""
    text = "\n".join(
        (
            "Tabel 2.1 Kengetallen (in %)",
            "Kengetal\tRealisatie\tStreefwaarde",
            "2021\t2022\t2023\t2030",
            "Aandeel hersteld binnen een jaar\t41\t44\t47\t75",
            "Aandeel tevreden gebruikers\t58\t63\t71\t90",
        )
    )
    _tables, cells, _warnings = read_text(text, budget_year=2025)
    assert [c["column_label"] for c in cells if c["row_label"].endswith("gebruikers")] == [
        "Realisatie 2021", "Realisatie 2022", "Realisatie 2023", "Streefwaarde 2030",
    ]  # fmt: skip


def test_lost_groups_over_more_runs_of_years_than_groups_stay_bare() -> None:
    """Near form: the years part into three runs under two groups (2019 / 2021 2022 / 2030):
    the gaps do not tell which bound is the spans', so the years stay as printed."""
    text = "\n".join(
        (
            "Tabel 2.1 Kengetallen (in %)",
            "Kengetal\tRealisatie\tStreefwaarde",
            "2019\t2021\t2022\t2030",
            "Aandeel hersteld binnen een jaar\t41\t44\t47\t75",
            "Aandeel tevreden gebruikers\t58\t63\t71\t90",
        )
    )
    _tables, cells, _warnings = read_text(text, budget_year=2025)
    assert [c["column_label"] for c in cells if c["row_label"].endswith("gebruikers")] == [
        "2019", "2021", "2022", "2030",
    ]  # fmt: skip
