"""Tests of where a cell-per-line table's rows start (``tables_cell_starts``)."""

from __future__ import annotations

import pytest
from table_texts import cell_grid, cells_per_line, read_text, row_parents


def test_a_time_series_labels_its_rows_by_year() -> None:
    """A Miljoenennota annex printed one cell per line: each year followed by its values is
    a row label, not a column heading (the table was dropped)."""
    text = cells_per_line(
        "Tabel 1.3 EMU-saldo en EMU-schuld (x € 1 mld)", " ", "EMU-saldo", "EMU-schuld",
        "2014", "– 15,3", "450,9", "2015", "– 13,5", "441,5", "2016", "0,2", "434,1",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("2015", "EMU-schuld")] == "441,5" and grid[("2016", "EMU-saldo")] == "0,2"
    assert {c["column_label"] for c in cells} == {"EMU-saldo", "EMU-schuld"}


def test_municipal_taakvelden_with_empty_coded_group_rows() -> None:
    """Baten en lasten per taakveld: each group row prints an empty code cell, its name and
    an empty cell (" " / "Bestuur en ondersteuning" / " "), each row its code first ("0.1" /
    "Bestuur"): the group rows are no headings (every value went one column right)."""
    text = cells_per_line(
        "Baten en lasten per taakveld (bedragen x € 1.000)", "Taakveld", " ",
        "Lasten", "Baten", "Saldo",
        " ", "Bestuur en ondersteuning", " ",
        "0.1", "Bestuur", "8.412", "120", "-8.292",
        "0.2", "Burgerzaken", "3.560", "1.480", "-2.080",
        " ", "Veiligheid", " ",
        "1.1", "Crisisbeheersing", "14.320", "0", "-14.320",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("0.1 Bestuur", "Lasten")] == "8.412"
    assert grid[("1.1 Crisisbeheersing", "Saldo")] == "-14.320"
    assert row_parents(cells)["0.2 Burgerzaken"] == "Bestuur en ondersteuning"


def test_municipal_taakvelden_with_coded_group_rows() -> None:
    """The same with the group rows' codes printed ("0" / "Bestuur en ondersteuning" /
    " "): the code after the last heading is no value of a row "Saldo" (every value went
    one column over)."""
    text = cells_per_line(
        "Overzicht taakvelden", "Baten en lasten per taakveld (bedragen x € 1.000)",
        "Taakveld", " ", "Lasten", "Baten", "Saldo",
        "0", "Bestuur en ondersteuning", " ",
        "0.1", "Bestuur", "8.412", "120", "-8.292",
        "0.2", "Burgerzaken", "3.560", "1.480", "-2.080",
        "1", "Veiligheid", " ",
        "1.1", "Crisisbeheersing", "14.320", "0", "-14.320",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("0.1 Bestuur", "Lasten")] == "8.412"
    assert grid[("1.1 Crisisbeheersing", "Saldo")] == "-14.320"
    assert {c["column_label"] for c in cells} == {"Lasten", "Baten", "Saldo"}


def test_coded_group_rows_printed_without_empty_cells() -> None:
    """A plain text layer prints a coded group row's empty cells as nothing ("0" / "Bestuur
    en ondersteuning" / "0.1" / "Bestuur"): the code after the last heading is no value of
    a row "Saldo", and the group row is no heading (the corner "Taakveld" headed the first
    column and every value went one column over)."""
    text = cells_per_line(
        "Overzicht baten en lasten per taakveld", "Bedragen x € 1.000",
        "Taakveld", "Lasten", "Baten", "Saldo",
        "0", "Bestuur en ondersteuning",
        "0.1", "Bestuur", "8.412", "120", "-8.292",
        "0.2", "Burgerzaken", "3.560", "1.480", "-2.080",
        "1", "Veiligheid",
        "1.1", "Crisisbeheersing", "14.320", "0", "-14.320",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("0.1 Bestuur", "Lasten")] == "8.412"
    assert grid[("1.1 Crisisbeheersing", "Saldo")] == "-14.320"
    assert {c["column_label"] for c in cells} == {"Lasten", "Baten", "Saldo"}
    assert row_parents(cells)["0.2 Burgerzaken"] == "0 Bestuur en ondersteuning"


def test_a_last_heading_over_a_coded_first_row_stays_a_heading() -> None:
    """Near form: the last heading right above the first row's code ("Saldo" / "0.1" /
    "Bestuur"), no code before it, heads the last column: no group row."""
    text = cells_per_line(
        "Overzicht baten en lasten per taakveld", "Bedragen x € 1.000",
        "Taakveld", "Lasten", "Baten", "Saldo",
        "0.1", "Bestuur", "8.412", "120", "-8.292",
        "0.2", "Burgerzaken", "3.560", "1.480", "-2.080",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("0.1 Bestuur", "Lasten")] == "8.412"
    assert grid[("0.2 Burgerzaken", "Saldo")] == "-2.080"
    assert {c["column_label"] for c in cells} == {"Lasten", "Baten", "Saldo"}


def test_a_heading_cell_whose_year_stands_alone_under_its_word_is_no_first_row() -> None:
    """A municipal jaarrekening printed as plain text one cell per line wraps each heading
    cell over two lines ("Begroting" / "primitief 2022", "Begroting" / "na wijziging 2022",
    "Rekening" / "2022") before "Verschil": the last cell's year stands alone under its
    word, the same year the lines above end in. That word and year are a heading, not a
    first row of one value (the rows were read under the first four lines, their values
    under "Begroting", "primitief 2022", ... and the "row" left out with a warning)."""
    text = "\n".join(
        [
            "Overzicht baten en lasten per programma (bedragen x € 1.000)",
            "Programma",
            "Begroting", "primitief 2022",
            "Begroting", "na wijziging 2022",
            "Rekening", "2022",
            "Verschil",
            "Veiligheid", "8.412", "8.630", "8.517", "113",
            "Verkeer en vervoer", "12.044", "12.911", "13.205", "-294",
            "Onderwijs", "6.730", "6.802", "6.655", "147",
        ]
    )  # fmt: skip
    _tables, cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Veiligheid", "Verschil")] == "113"
    assert grid[("Verkeer en vervoer", "Verschil")] == "-294"
    assert grid[("Onderwijs", "Verschil")] == "147"
    assert "Rekening" not in {c["row_label"] for c in cells}
    assert not warnings


def test_heading_blocks_of_a_word_over_a_year_parted_by_blank_lines() -> None:
    """Plain pdftotext with a blank line between every cell prints each heading as a block
    of its lines ("Realisatie" / "2019", a blank line, "Realisatie" / "2020"): a word over
    a year, no row whose one value is a year (a table of rows "Realisatie" was read, of
    one value each, the years, and the real rows left out)."""
    realised = [f"Realisatie\n{year}" for year in range(2019, 2024)]
    text = cells_per_line(
        "Tabel 12 Budgettaire gevolgen van beleid artikel 2 (bedragen x € 1.000)",
        *realised, "Begroting\n2023", "Verschil\n2023",
        "Verplichtingen", "84.300", "91.250", "88.000", "87.400", "86.900", "85.000", "1.900",
        "Uitgaven", "82.100", "90.040", "88.000", "87.400", "86.900", "85.000", "1.900",
        "Subsidies", "52.100", "57.040", "55.000", "54.400", "53.900", "52.000", "1.900",
        "Opdrachten", "30.000", "33.000", "33.000", "33.000", "33.000", "33.000", "0",
    )  # fmt: skip
    _tables, cells, warnings = read_text(text)
    grid = cell_grid(cells)
    assert not warnings
    assert grid[("Verplichtingen", "Realisatie 2019")] == "84.300"
    assert grid[("Opdrachten", "Begroting 2023")] == "33.000"
    assert grid[("Subsidies", "Verschil 2023")] == "1.900"
    assert row_parents(cells)["Subsidies"] == "Uitgaven"
    assert len(cells) == 28


def test_a_column_of_article_numbers_between_text_columns_and_values_is_text() -> None:
    """A begroting's overview of funds printed one cell per line gives each row its name,
    its manager, the budget articles it falls under ("2", "3, 4", "n.v.t.") and two
    amounts, as many cells as the captioned heading names columns. The article column
    holds a text in one row, so it is a text column in every row: its "2" and "5" are no
    amounts, and the amounts stand under the two headings that end the rows."""
    text = "\n".join(
        [
            "Tabel 12 Overzicht van de fondsen (bedragen x € 1 mln)",
            "Naam fonds", "Beheerder", "Begrotingsartikelen", "Stand 2023", "Stand 2024",
            "Groeifonds regio", "RVO", "2", "1.250", "1.310",
            "Innovatiekrediet", "RVO", "3, 4", "410", "395",
            "Dutch Good Growth Fund", "FMO", "5", "88", "92",
            "Energietransitiefonds", "Invest-NL", "n.v.t.", "500", "650",
            "",
            "De stand is het vermogen van het fonds op 31 december van het jaar.",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Groeifonds regio", "Stand 2023")] == "1.250"
    assert grid[("Dutch Good Growth Fund", "Stand 2024")] == "92"
    assert grid[("Energietransitiefonds", "Stand 2023")] == "500"
    assert {c["column_label"] for c in cells} == {"Stand 2023", "Stand 2024"}
    assert {c["value_text"] for c in cells} >= {"1.310", "395", "650"}
    assert not {"2", "5", "n.v.t."} & {c["value_text"] for c in cells}
    assert len(cells) == 8


def test_a_wrapped_label_and_a_line_ending_in_a_colon_are_no_text_cells() -> None:
    """A nota's plain text layer prints a cell a line, no blank line between: a label wrapped
    in its cell, its word broken at the line's end ("Zorgtoesla-" / "gen (volume)"), and a
    line ending in a colon over the rows it heads ("Mutaties Voorjaarsnota:") are no label
    beside a text cell. (Three such rows in a row read as a text column: each row's label
    was the line above it, the heading's last line the first row's.)"""
    text = "\n".join(
        [
            "Tabel 3.2 Ontwikkeling zorguitgaven 2011 (in miljoenen euro)",
            "Bruto",
            "uitgaven 2011",
            "Netto",
            "uitgaven 2011",
            "Stand ontwerpbegroting 2011",
            "71.310",
            "63.045",
            "Mutaties Voorjaarsnota:",
            "Loon- en prijsontwikkeling",
            "412",
            "377",
            "Zorgtoesla-",
            "gen (volume)",
            "−265",
            "−265",
            "Overige mutaties",
            "58",
            "−12",
            "Stand Voorjaarsnota 2011",
            "71.515",
            "63.145",
            "",
            "De stand is inclusief de loon- en prijsbijstelling.",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    labels = {c["row_label"] for c in cells}
    assert grid[("Stand ontwerpbegroting 2011", "Bruto uitgaven 2011")] == "71.310"
    assert grid[("Loon- en prijsontwikkeling", "Netto uitgaven 2011")] == "377"
    assert grid[("Zorgtoesla-gen (volume)", "Bruto uitgaven 2011")] == "−265"
    assert not labels & {"uitgaven 2011", "Mutaties Voorjaarsnota:", "Zorgtoesla-"}


def test_rows_that_fit_the_heading_block_by_chance_before_a_longer_row_make_no_grid() -> None:
    """An agency's staat of three numbered columns printed one cell per line, its group rows
    ("Baten", "Lasten") without placeholders: under the caption, the three headings and
    "Baten" are four texts, and the first rows print four cells each (a label, three
    amounts), "Lasten" / "Apparaatskosten" / two amounts too. But the row after them goes on
    with a cell ("57 400"): not every row prints as many cells as the block names, so the
    block is no grid whose second column is text; the heading is read as the rows print it."""
    text = cells_per_line(
        "Tabel 12 Begroting van baten en lasten van agentschap Dienst Landelijk Beheer "
        "voor het jaar 2019 (bedragen x € 1.000)",
        "(1) Oorspronkelijk vastgestelde begroting", "(2) Mutatie 1e suppletoire begroting",
        "(3)=(1)+(2) Totaal geraamd 2019",
        "Baten",
        "Opbrengst moederdepartement", "61 450", "– 1 230", "60 220",
        "Opbrengst derden", "3 805", " ", "3 805",
        "Totaal baten", "65 255", "– 1 230", "64 025",
        "Lasten",
        "Apparaatskosten", "58 300", "– 900", "57 400",
        "Afschrijvingskosten", "4 100", "– 330", "3 770",
        "Totaal lasten", "62 400", "– 1 230", "61 170",
        "Saldo van baten en lasten", "2 855", " ", "2 855",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == {
        "(1) Oorspronkelijk vastgestelde begroting", "(2) Mutatie 1e suppletoire begroting",
        "(3)=(1)+(2) Totaal geraamd 2019",
    }  # fmt: skip
    assert grid[("Opbrengst moederdepartement", "(1) Oorspronkelijk vastgestelde begroting")] == (
        "61 450"
    )
    assert grid[("Apparaatskosten", "(3)=(1)+(2) Totaal geraamd 2019")] == "57 400"
    assert row_parents(cells)["Afschrijvingskosten"] == "Lasten"
    assert len(cells) == 19


def test_a_heading_ending_in_its_column_number_is_no_group_row() -> None:
    """A jaarverslag's budgettaire gevolgen printed one cell per line, each row after a
    spacer cell: under the article's title, the caption saying the unit, a blank corner,
    then headings numbering their columns, the last by how it is computed ("Verschil
    (3)=(1)-(2)") or by the number after the one before it ("Verschil (3)"). That heading, a
    spacer under it, is no group row: read as one, it became every row's parent and the
    caption the first column's heading, every value one column off."""
    for last in ("Verschil (3)=(1)-(2)", "Verschil (3)"):
        text = cells_per_line(
            "Artikel 4 Natuur en biodiversiteit",
            "Budgettaire gevolgen van beleid (x € 1 000)", " ",
            "Realisatie 2016 (1)", "Vastgestelde begroting 2016 (2)", last,
            "   ", "Verplichtingen:", "58 210", "61 005", "– 2 795",
            "   ", "Uitgaven:", "57 904", "60 118", "– 2 214",
            "   ", "Subsidies", "41 200", "42 000", "– 800",
            "   ", "Opdrachten", "16 704", "18 118", "– 1 414",
        )  # fmt: skip
        tables, cells, _warnings = read_text(text)
        grid = cell_grid(cells)
        assert grid[("Verplichtingen:", "Realisatie 2016 (1)")] == "58 210"
        assert grid[("Opdrachten", last)] == "– 1 414"
        assert row_parents(cells)["Uitgaven:"] is None
        assert tables[0]["unit_label"] == "x € 1.000"


def _groups_over_numbered_leaves(leaves: tuple[str, str], first_row: str) -> str:
    """A suppletoire's subsidies table one cell per line, blank lines between: a blank
    corner, one group a leaf, the first leaves numbered ("Realisatie" / "Begroting" /
    "Verschil" / "Realisatie" over "2013 (1)" / "2013 (2)" / ``leaves``)."""
    return cells_per_line(
        "Tabel 2.2 Subsidies naar regeling (bedragen x € 1.000)", " ",
        "Realisatie", "Begroting", "Verschil", "Realisatie", " ",
        "2013 (1)", "2013 (2)", *leaves,
        first_row, "54.260", "52.110", "2.150", "49.870",
        "Regeling armoedebestrijding", "33.100", "32.100", "1.000", "31.440",
        "Totaal subsidies", "87.360", "84.210", "3.150", "81.310",
    )  # fmt: skip


def test_a_heading_computing_its_column_over_a_bare_year_is_no_first_row() -> None:
    """A heading saying how its column is computed ("2013 (3)=(1)–(2)") followed by the
    next leaf, a bare year ("2012"), is the heading block's, not a row whose one value is
    that year: read as the first row, the heading block ended a leaf early, the groups
    took the first two columns and every leaf moved two columns over ('Verschil' over the
    realisation's figures)."""
    text = _groups_over_numbered_leaves(
        ("2013 (3)=(1)–(2)", "2012"), "Regeling re-integratie jongeren"
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Regeling re-integratie jongeren", "Realisatie 2013 (1)")] == "54.260"
    assert grid[("Regeling re-integratie jongeren", "Verschil 2013 (3)=(1)–(2)")] == "2.150"
    assert grid[("Totaal subsidies", "Realisatie 2012")] == "81.310"


def test_a_first_row_whose_label_ends_in_a_bracketed_number_stays_a_row() -> None:
    """The near form: a row's label ending in a bracketed number that computes nothing and
    follows no heading numbered one less ("Regeling jongeren (2)" after "2012 (4)") is the
    first row still, its values under the leaves."""
    text = _groups_over_numbered_leaves(("2013 (3)", "2012 (4)"), "Regeling jongeren (2)")
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Regeling jongeren (2)", "Realisatie 2013 (1)")] == "54.260"
    assert grid[("Regeling jongeren (2)", "Realisatie 2012 (4)")] == "49.870"


def test_a_first_row_whose_note_mark_follows_the_last_leafs_number_stays_a_row() -> None:
    """A first row whose label ends in its note's mark ("Bijdrage aan DUO (4)") right after
    leaves numbered up to that mark's number less one ("2014 (3)=(1)–(2)") is a row: amounts
    follow it, where a heading is followed by the next leaf, a year (the near form above,
    "2013 (3)=(1)–(2)" / "2012", unchanged). Read as a leaf, the table was lost."""
    text = cells_per_line(
        "Tabel 3.5 Bijdragen aan zbo's (bedragen x € 1.000)", " ",
        "Realisatie", "Begroting", "Verschil", " ",
        "2014 (1)", "2014 (2)", "2014 (3)=(1)–(2)",
        "Bijdrage aan DUO (4)", "412.350", "405.100", "7.250",
        "Bijdrage aan NWO", "880.210", "884.000", "– 3.790",
        "Totaal bijdragen aan zbo's", "1.292.560", "1.289.100", "3.460",
    )  # fmt: skip
    tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Bijdrage aan DUO (4)", "Realisatie 2014 (1)")] == "412.350"
    assert grid[("Bijdrage aan DUO (4)", "Verschil 2014 (3)=(1)–(2)")] == "7.250"
    assert tables[0]["unit_label"] == "x € 1.000"


def _one_column_series(*head: str, values: tuple[str, ...] = ("540", "1.210", "2.220")) -> str:
    """A letter's small table a web page prints one cell per line, no blank line between:
    the headings, then each year over its one whole figure."""
    rows = [
        cell
        for year, value in zip(("2025", "2026", "2027"), values, strict=True)
        for cell in (year, value)
    ]
    lead = "Hiervoor is vanaf 2025 structureel geld uitgetrokken. Het budget loopt als volgt op:"
    return "\n".join([lead, *head, *rows, "Met ingang van 2025 wordt de uurprijs verhoogd."])


def test_a_captioned_time_series_of_whole_figures_has_no_codes() -> None:
    """Under a numbered caption, a whole figure after a year label ("2025" / "540") is the
    row's value, not a code before a row labelled "2026" (rows were "540 2026" under a
    column "2025")."""
    _tables, cells, _warnings = read_text(
        _one_column_series("Tabel 2 Extra middelen", "Jaar", "Bedrag (x € 1 mln)")
    )
    assert cell_grid(cells) == {
        ("2025", "Bedrag (x € 1 mln)"): "540",
        ("2026", "Bedrag (x € 1 mln)"): "1.210",
        ("2027", "Bedrag (x € 1 mln)"): "2.220",
    }


def test_a_years_corner_heads_a_one_column_series_without_a_caption() -> None:
    """ "Jaar" over the value column's heading, rows labelled by years: a table of one column
    as a caption would say, in the heading's unit (was read as rows "540 2026", "2027"
    under a column "2025")."""
    _tables, cells, _warnings = read_text(_one_column_series("Jaar", "Extra middelen (x € 1 mln)"))
    assert [c["row_label"] for c in cells] == ["2025", "2026", "2027"]
    assert {c["column_label"] for c in cells} == {"Extra middelen (x € 1 mln)"}
    assert [c["value_eur"] for c in cells] == [540_000_000, 1_210_000_000, 2_220_000_000]


def test_a_word_corner_over_years_and_figures_is_no_one_column_table() -> None:
    """Without a caption, a corner that names no years ("Post") over year lines and figures
    stays as it was read: the corner alone does not say a table of one column."""
    text = _one_column_series("Post", "Extra middelen (x € 1 mln)")
    before = [(c["row_label"], c["column_label"]) for c in read_text(text)[1]]
    assert ("2026", "Extra middelen (x € 1 mln)") not in before


def _reserves(*group: str) -> str:
    """A municipal 'Overzicht reserves' one cell per line without blank lines: a corner
    ("Reserve") over four value columns, then ``group`` (a group row's label and its empty
    cells, a line each) over its reserves and their total."""
    return "\n".join(
        (
            "Overzicht reserves", "Bedragen x € 1.000", "Reserve", "Saldo 1-1-2024",
            "Toevoegingen", "Onttrekkingen", "Saldo 31-12-2024",
            *group,
            "Algemene reserve", "12.400", "1.300", "900", "12.800",
            "Reserve parkeren", "2.100", "0", "350", "1.750",
            "Totaal algemene reserves", "14.500", "1.300", "1.250", "14.550",
        )
    )  # fmt: skip


def test_a_label_over_an_empty_cell_per_column_is_a_group_row_not_a_heading() -> None:
    """A value-less group row printed as its label and one whitespace line per column
    ("Algemene reserves" / " " / " " / " " / " " over rows of four values) heads the rows
    below it: read as the last heading, it named the last column and every heading moved
    one column over, the corner "Reserve" naming the first."""
    _tables, cells, _warnings = read_text(_reserves("Algemene reserves", " ", " ", " ", " "))
    grid = cell_grid(cells)
    assert grid[("Algemene reserve", "Saldo 1-1-2024")] == "12.400"
    assert grid[("Reserve parkeren", "Saldo 31-12-2024")] == "1.750"
    assert {c["column_label"] for c in cells} == {
        "Saldo 1-1-2024", "Toevoegingen", "Onttrekkingen", "Saldo 31-12-2024",
    }  # fmt: skip
    assert row_parents(cells)["Reserve parkeren"] == "Algemene reserves"


def test_a_label_over_fewer_empty_cells_than_columns_is_no_group_row() -> None:
    """Two whitespace lines under a table of four value columns are no row of its width:
    the label over them is not taken for a group row heading the reserves."""
    _tables, cells, _warnings = read_text(_reserves("Algemene reserves", " ", " "))
    assert "Algemene reserves" not in set(row_parents(cells).values())


# A justified paragraph as ``pdftotext -layout`` prints it (lines wrapped mid-sentence, none
# ending on a stop), over a chart: its caption, its axis's ticks a line each, its years on one.
_PROSE_OVER_A_CHART = (
    "2     Financieel beheer\n"
    "\n"
    "2.1   Rechtmatigheid\n"
    "      De uitgaven van het ministerie bedroegen in 2023  €  8,9  miljard. Wij stelden voor\n"
    "      €  412,6  miljoen aan fouten en onzekerheden in de verplichtingen, uitgaven  en\n"
    "      ontvangsten vast. Dat is 4,6% van de totale verantwoorde bedragen en ligt  boven\n"
    "      de rapporteringstolerantie van 1% op begrotingsniveau. Het grootste deel, € 281,0\n"
    "      miljoen, betreft de specifieke uitkering aan gemeenten (artikel 4  Woning-\n"
    "      markt), waarvoor gemeenten de informatie niet tijdig aanleverden.1\n"
    "\n"
    "      Figuur 3   Fouten en onzekerheden 2021-2023 (bedragen x € 1 miljoen)\n"
    "      500\n"
    "      250\n"
    "      0\n"
    "               2021         2022         2023\n"
    "\n"
)


def test_a_charts_caption_over_its_axis_is_no_row_and_the_prose_above_no_heading() -> None:
    """Under a chart's caption ("Figuur 3 ..."), its ticks and years are its axis: read as a
    row labelled by the caption, they made the paragraph's lines above column headings, and
    the table over them took the paragraph's amounts out of the prose."""
    tables, cells, _warnings = read_text(_PROSE_OVER_A_CHART + "2.2   Aanbesteding\n")
    assert tables == [] and cells == []


@pytest.mark.parametrize("number", ["B.3", "B.3.1"])
def test_a_charts_caption_numbered_with_an_appendix_letter_is_a_charts_caption(
    number: str,
) -> None:
    """A chart's caption may be numbered with an appendix's letter, maybe and a point
    ("Figuur B.3 ..."), as a table's caption is ("Tabel B.2"): its ticks and years stay its
    axis, no row, and the paragraph above no heading."""
    text = _PROSE_OVER_A_CHART.replace("Figuur 3 ", f"Figuur {number} ")
    tables, cells, _warnings = read_text(text + "2.2   Aanbesteding\n")
    assert tables == [] and cells == []


def test_a_table_under_a_chart_is_still_read() -> None:
    """A table printed after a chart is read as before: the caption ends the chart's axis."""
    table = cells_per_line(
        "Tabel 1.3 EMU-saldo en EMU-schuld (x € 1 mld)", " ", "EMU-saldo", "EMU-schuld",
        "2014", "– 15,3", "450,9", "2015", "– 13,5", "441,5", "2016", "0,2", "434,1",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(_PROSE_OVER_A_CHART + table)
    grid = cell_grid(cells)
    assert grid[("2015", "EMU-schuld")] == "441,5" and grid[("2016", "EMU-saldo")] == "0,2"
    assert {c["column_label"] for c in cells} == {"EMU-saldo", "EMU-schuld"}


def test_a_last_heading_over_an_empty_cell_per_column_stays_the_last_heading() -> None:
    """The near form of a group row: the heading's second row printed blank, one whitespace
    line per value column under the corner's cell spanning both rows ("Reserve" /
    "Begroting" / "Wijzigingen" / "Realisatie" / "Verschil" / " " / " " / " " / " "). The
    cells under the unit are a corner and four headings with "Verschil", three without it:
    "Verschil" is the last heading, no group row's label taking the corner as a column."""
    text = "\n".join(
        (
            "Overzicht reserves", "Bedragen x € 1.000", "Reserve", "Begroting",
            "Wijzigingen", "Realisatie", "Verschil", " ", " ", " ", " ",
            "Algemene reserve", "12.400", "1.300", "900", "12.800",
            "Reserve parkeren", "2.100", "0", "350", "1.750",
            "Totaal reserves", "14.500", "1.300", "1.250", "14.550",
        )
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Algemene reserve", "Begroting")] == "12.400"
    assert grid[("Reserve parkeren", "Verschil")] == "1.750"
    assert "Reserve" not in {c["column_label"] for c in cells}
    assert "Verschil" not in set(row_parents(cells).values())


def _article_table(title_cells: str) -> str:
    """A rijksbegroting.nl article table under "Art." / "Omschrijving" / three years: its
    title row ("5" / the article's name) prints its empty cells as ``title_cells``, then a
    one-space line before the first row."""
    return cells_per_line(
        "Budgettaire gevolgen van beleid (x € 1 000)", "Art.", "Omschrijving",
        "2008", "2009", "2010",
        "5", "Verbeteren luchtkwaliteit", title_cells, " ",
        "Verplichtingen", "118 240", "96 805", "110 934", " ",
        "Uitgaven", "113 649", "111 909", "108 888", " ",
        "Ontvangsten", "3 110", "1 785", "950",
    )  # fmt: skip


def test_an_articles_title_row_printing_its_empty_cells_as_one_placeholder_is_a_row() -> None:
    """The article's code and name over its empty cells, printed as one placeholder as wide
    as the three cells print (five spaces: 2n - 1) and the one space before the next row,
    are a value-less row under the heading, not the heading's last cells (no table was
    read: the heading ran into the title's code)."""
    _tables, cells, _warnings = read_text(_article_table(" " * 5))
    grid = cell_grid(cells)
    assert grid[("Verplichtingen", "2008")] == "118 240"
    assert grid[("Ontvangsten", "2010")] == "950"
    assert {c["column_label"] for c in cells} == {"2008", "2009", "2010"}
    # n spaces for n cells reads so too
    _tables, cells, _warnings = read_text(_article_table(" " * 3))
    assert cell_grid(cells)[("Uitgaven", "2009")] == "111 909"


def test_a_title_rows_placeholder_as_wide_as_no_row_of_cells_stays_unread() -> None:
    """The near form: a placeholder four spaces wide reads as no three cells (n spaces for
    n, or 2n - 1), so the text before it is no row of the table's width, and the rule reads
    nothing there."""
    _tables, cells, _warnings = read_text(_article_table(" " * 4))
    assert "Verplichtingen" not in {c["row_label"] for c in cells}


def _reserves_under_a_unit(code: str, empties: int) -> str:
    """A provincial reserves table flattened one cell per line: the unit printed after the
    headings, then a value-less group row (its code cell ``code``, its name and ``empties``
    empty cells), rows each opening with its code, a spacer code cell and the total."""
    coded = (lambda *cells: (code, *cells)) if code else (lambda *cells: cells)
    return cells_per_line(
        "Tabel 3 Verloop van de reserves", "Reserve", "Saldo 2025", "Saldo 2026",
        "Saldo 2027", "Bedragen x € 1.000",
        *coded("Bestemmingsreserves", *[" "] * empties),
        *(("R05",) if code else ()), "Reserve Natuur", "63.875", "52.110", "44.387",
        *(("R12",) if code else ()), "Reserve Mobiliteit", "81.244", "67.918", "49.306",
        *coded("Totaal bestemmingsreserves", "145.119", "120.028", "93.693"),
    )  # fmt: skip


@pytest.mark.parametrize("code", ["", " "])
def test_a_group_row_padded_with_empty_cells_right_under_the_unit_line_is_a_row(
    code: str,
) -> None:
    """A value-less group row right under the unit line closing the heading block, one empty
    cell per value column, after an empty code cell where the rows print codes: the first
    row, the group of the rows under it. Under a unit the heading block was counted from,
    the group's name was read as the last heading (too few cells between), and with its
    code cell the group row was no coded group row (one empty cell only): no table read."""
    tables, cells, _warnings = read_text(_reserves_under_a_unit(code, 3))
    label = "R12 Reserve Mobiliteit" if code else "Reserve Mobiliteit"
    grid = cell_grid(cells)
    assert grid[(label, "Saldo 2027")] == "49.306"
    assert {c["column_label"] for c in cells} == {"Saldo 2025", "Saldo 2026", "Saldo 2027"}
    assert row_parents(cells)[label] == "Bestemmingsreserves"
    assert [table["unit_label"] for table in tables] == ["x € 1.000"]


def test_a_coded_group_row_with_empty_cells_of_no_rows_width_stays_unread() -> None:
    """The near form: two empty cells after the group's name over rows of three values are
    no row of the table's width, and the rule reads no group row there: the heading block
    runs into the group's cells as before the rule, and no table is read."""
    tables, cells, _warnings = read_text(_reserves_under_a_unit(" ", 2))
    assert (tables, cells) == ([], [])


def _measures(after: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> str:
    """A begroting's table of measures one cell per line: "Maatregel" / "Instrument" /
    "Art." / three years, then the headings ``after`` the years ("Vindplaats" or none),
    the ``rows`` and a total whose text and code cells print empty."""
    empties = (" ",) * len(after)
    return cells_per_line(
        "Tabel 4 Intensiveringen coalitieakkoord (bedragen x € 1 mln)", "Maatregel",
        "Instrument", "Art.", "2026", "2027", "2028", *after,
        *(cell for row in rows for cell in row),
        "Totaal", " ", " ", "55,0", "62,5", "70,0", *empties,
    )  # fmt: skip


_SOURCED = (
    ("Onderhoud vaarwegen", "Opdrachten", "4", "40,0", "45,0", "50,0", "Kamerstuk 36 410, nr. 3"),
    ("Verduurzaming bruggen", "Subsidies", "2", "10,0", "12,5", "15,0", "Coalitieakkoord, p. 12"),
    ("Beheer netwerk", "Opdrachten", "4", "5,0", "5,0", "5,0", "Kamerbrief 3 maart 2025"),
)


@pytest.mark.parametrize("sourced", [True, False])
def test_a_text_column_no_word_of_ours_names_before_a_code_column_is_the_rows_text(
    sourced: bool,
) -> None:
    """Each row prints its label, its instrument ("Opdrachten", "Subsidies": a word no
    heading of ours names, repeated down the column), its article's code, its values and,
    where the heading names one after the years, its source ("Vindplaats": a text with
    numbers in it). The instrument is the row's text cell and the code the code column's:
    the label is the first column's. (The instrument was read as the row's label and the
    real label as a value-less heading over it, or the table not at all.)"""
    rows = _SOURCED if sourced else tuple(row[:-1] for row in _SOURCED)
    text = _measures(("Vindplaats",) if sourced else (), rows)
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Onderhoud vaarwegen", "2026")] == "40,0"
    assert grid[("Verduurzaming bruggen", "2028")] == "15,0"
    assert grid[("Totaal", "2027")] == "62,5"
    assert {c["row_label"] for c in cells} == {
        "Onderhoud vaarwegen",
        "Verduurzaming bruggen",
        "Beheer netwerk",
        "Totaal",
    }
    assert {c["column_label"] for c in cells} == {"2026", "2027", "2028"}
    assert row_parents(cells)["Beheer netwerk"] == "Totaal"
    assert len(cells) == 12


def test_a_label_with_its_code_under_a_value_less_heading_row_keeps_its_parent() -> None:
    """The near form: no text column between the label and the code, and the rows' instrument
    printed as a value-less row over them ("Opdrachten" / "Onderhoud vaarwegen" / "4" /
    values / its source). Each label is followed by its code alone, no second text: the
    instrument heads the rows under it, no row's text cell."""
    text = cells_per_line(
        "Tabel 4 Intensiveringen coalitieakkoord (bedragen x € 1 mln)", "Maatregel",
        "Art.", "2026", "2027", "2028", "Vindplaats",
        "Opdrachten", " ", " ", " ", " ", " ",
        "Onderhoud vaarwegen", "4", "40,0", "45,0", "50,0", "Kamerstuk 36 410, nr. 3",
        "Beheer netwerk", "4", "5,0", "5,0", "5,0", "Kamerbrief 3 maart 2025",
        "Subsidies", " ", " ", " ", " ", " ",
        "Verduurzaming bruggen", "2", "10,0", "12,5", "15,0", "Coalitieakkoord, p. 12",
        "Totaal", " ", "55,0", "62,5", "70,0", " ",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    parents = row_parents(cells)
    assert grid[("Onderhoud vaarwegen", "2026")] == "40,0"
    assert grid[("Verduurzaming bruggen", "2028")] == "15,0"
    assert parents["Onderhoud vaarwegen"] == "Opdrachten"
    assert parents["Verduurzaming bruggen"] == "Subsidies"
    assert {c["row_label"] for c in cells} == {
        "Onderhoud vaarwegen",
        "Beheer netwerk",
        "Verduurzaming bruggen",
        "Totaal",
    }


def test_labels_wrapped_in_their_cells_before_a_code_column_stay_one_label_each() -> None:
    """The near form: every row's label wrapped over two lines of its cell ("Onderhoud
    vaarwegen" / "en sluizen", no blank line between, where blank lines part the cells),
    then its code, values and source under "Maatregel" / "Art." / three years /
    "Vindplaats". Two texts before each row's values, but the second goes on the first's
    cell: one label, no text column."""
    rows = (
        ("Onderhoud vaarwegen\nen sluizen", "4", "40,0", "45,0", "50,0", "Kamerstuk 36 410, nr. 3"),
        ("Verduurzaming bruggen\nen viaducten", "2", "10,0", "12,5", "15,0", "Coalitieakkoord"),
        ("Beheer netwerk\nhoofdvaarwegen", "4", "5,0", "5,0", "5,0", "Kamerbrief 3 maart 2025"),
    )
    text = cells_per_line(
        "Tabel 4 Intensiveringen coalitieakkoord (bedragen x € 1 mln)", "Maatregel",
        "Art.", "2026", "2027", "2028", "Vindplaats",
        *(cell for row in rows for cell in row),
        "Totaal", " ", "55,0", "62,5", "70,0", " ",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells)[("Verduurzaming bruggen en viaducten", "2027")] == "12,5"
    assert {c["row_label"] for c in cells} == {
        "Onderhoud vaarwegen en sluizen",
        "Verduurzaming bruggen en viaducten",
        "Beheer netwerk hoofdvaarwegen",
        "Totaal",
    }
    assert row_parents(cells)["Beheer netwerk hoofdvaarwegen"] == "Totaal"


def _articles_in_groups(numbered: bool, *empties: str) -> str:
    """A nota's table of spending per article one cell per line: "Art." / "Omschrijving"
    over the labels, a word heading per column, each closed by its column's number where
    ``numbered`` ("Stand ontwerpbegroting 2021" / "(1)" / ... / "(3)=(1)+(2)"), then
    value-less group rows (an empty code cell, the group's name, the ``empties`` of its
    cells) over rows each opening with its article's code, and the total."""

    def heading(name: str, number: str) -> tuple[str, ...]:
        return (name, number) if numbered else (name,)

    return cells_per_line(
        "Tabel 2.1 Opbouw uitgaven per artikel (bedragen x € 1.000)", "Art.", "Omschrijving",
        *heading("Stand ontwerpbegroting 2021", "(1)"), *heading("Mutaties", "(2)"),
        *heading("Stand Najaarsnota 2021", "(3)=(1)+(2)"),
        " ", "Beleidsartikelen", *empties,
        "31", "Politie", "6.712.304", "146.115", "6.858.419",
        "32", "Rechtspleging", "1.402.118", "11.456", "1.413.574",
        " ", "Niet-beleidsartikelen", *empties,
        "91", "Apparaatsuitgaven", "498.712", "17.330", "516.042",
        " ", "Totaal uitgaven", "8.613.134", "174.901", "8.788.035",
    )  # fmt: skip


@pytest.mark.parametrize("numbered", [True, False])
@pytest.mark.parametrize("empties", [(" " * 3,), (" ",) * 3])
def test_group_rows_over_coded_rows_under_a_code_heading_are_rows(
    numbered: bool, empties: tuple[str, ...]
) -> None:
    """Under "Art." / "Omschrijving", a group row (its empty code cell, its name, its empty
    cells as one placeholder or one a column) right above the first row's code ("31" /
    "Politie") belongs to the rows, like every group row above a coded first row: read as
    the last heading, it took a column and the first heading was left over, so no table was
    read at all (the rows' codes were seen first, and the group rows above the first code
    were never looked for)."""
    _tables, cells, _warnings = read_text(_articles_in_groups(numbered, *empties))
    grid = cell_grid(cells)
    first, last = ("(1)", "(3)=(1)+(2)") if numbered else ("", "")
    assert grid[("31 Politie", f"Stand ontwerpbegroting 2021 {first}".strip())] == "6.712.304"
    assert grid[("91 Apparaatsuitgaven", f"Stand Najaarsnota 2021 {last}".strip())] == "516.042"
    assert grid[("Totaal uitgaven", "Mutaties (2)" if numbered else "Mutaties")] == "174.901"
    parents = row_parents(cells)
    assert parents["32 Rechtspleging"] == "Beleidsartikelen"
    assert parents["91 Apparaatsuitgaven"] == "Niet-beleidsartikelen"
    assert len(cells) == 12


def test_a_text_over_empty_cells_of_no_rows_width_above_a_coded_row_stays_a_heading() -> None:
    """The near form: two empty cells after the group's name over rows of three values are
    no row of the table's width, so the text is no group row and the rule reads none there:
    the heading block runs into it as before, and the table is not read."""
    tables, cells, _warnings = read_text(_articles_in_groups(True, " ", " "))
    assert (tables, cells) == ([], [])


def _managed(first_cell: str, heading: str = "Beheerder") -> str:
    """An overview of grants a cell per line: each its name, the ministry managing it (a
    short text, no value, under ``heading``) and three years; their total first with
    ``first_cell`` in the text column, and a part of the first grant printing that cell
    empty (" ")."""
    return cells_per_line(
        "Tabel 2.4 Uitkeringen (bedragen x € 1.000)",
        "Uitkering", heading, "2025", "2026", "2027",
        "Totaal uitkeringen", first_cell, "1.500", "1.600", "1.400",
        "Beschermd wonen", "VWS", "1.000", "1.050", "1.050",
        "waarvan Wmo-deel", " ", "800", "820", "820",
        "Onderwijsachterstanden", "OCW", "400", "430", " ",
        "Zorg en Veiligheidshuizen", "JenV", "100", "120", "350",
    )  # fmt: skip


def _assert_text_cells(cells: list[dict[str, object]]) -> None:
    grid = cell_grid(cells)
    parents = row_parents(cells)
    assert grid[("Totaal uitkeringen", "2025")] == "1.500"
    assert grid[("Beschermd wonen", "2026")] == "1.050"
    assert grid[("Onderwijsachterstanden", "2026")] == "430"
    assert grid[("Zorg en Veiligheidshuizen", "2027")] == "350"
    assert {c["row_label"] for c in cells} == {
        "Totaal uitkeringen",
        "Beschermd wonen",
        "waarvan Wmo-deel",
        "Onderwijsachterstanden",
        "Zorg en Veiligheidshuizen",
    }
    assert parents["Beschermd wonen"] == "Totaal uitkeringen"
    assert parents["waarvan Wmo-deel"] == "Beschermd wonen"
    assert {c["column_label"] for c in cells} == {"2025", "2026", "2027"}
    assert len(cells) == 14


@pytest.mark.parametrize(
    ("first_cell", "heading"), [(" ", "Beheerder"), ("div.", "Beheerder"), (" ", "Eenheid")]
)
def test_a_text_column_no_word_of_ours_names_with_cells_left_empty(
    first_cell: str, heading: str
) -> None:
    """A text column between the labels and the years, headed by a word of its own
    ("Beheerder"), its cell empty (" ") in some rows, the first row's too or not: each row
    prints a label, a text ("VWS") or an empty cell, then its values. The text is the row's
    text cell, not its label: each row keeps its own label and the total is its parent.
    (Each ministry was read as a row's label and the real label as a value-less heading
    over it: the rows' count of texts differs, and no text column was seen.) The same under
    a heading of ours ("Eenheid": a unit per row) is the named text column's, read as
    before: the unit is each row's text cell, never a label."""
    _tables, cells, _warnings = read_text(_managed(first_cell, heading))
    _assert_text_cells(cells)


def test_an_empty_first_cell_of_a_row_is_no_text_column_s_where_the_rows_print_none() -> None:
    """The first row printing an empty cell after its label, then one value fewer than the
    columns (a total with no realisation), over rows printing a label and a value a column:
    the placeholder is the row's empty first column, no text column's cell."""
    text = cells_per_line(
        "Tabel 3 Uitgaven (bedragen x € 1.000)",
        "Omschrijving", "Realisatie 2024", "2025", "2026",
        "Totaal", " ", "1.600", "1.400",
        "Beschermd wonen", "900", "1.050", "1.050",
        "Maatschappelijke opvang", "400", "550", "350",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Totaal", "2025")] == "1.600"
    assert ("Totaal", "Realisatie 2024") not in grid
    assert grid[("Maatschappelijke opvang", "Realisatie 2024")] == "400"
    assert len(cells) == 8


def _mutations(*group: str, coded: bool = True) -> str:
    """A suppletoire's table of its main mutations flattened one cell per line: under
    "Art." (``coded``) each row opens with its code cell, " " for a stand, a dotted article
    part ("1.1") for a mutation, then its label and three values; ``group``: cells printed
    right under the headings, before the first row."""
    code = (lambda cell: (cell,)) if coded else (lambda _cell: ())
    return cells_per_line(
        "Tabel 1 Belangrijkste mutaties 2e suppletoire begroting 2022 (bedragen x € 1.000)",
        *code("Art."), "Omschrijving", "Verplichtingen", "Uitgaven", "Ontvangsten",
        *group,
        *code(" "), "Stand ontwerpbegroting 2022", "3.512.406", "3.512.406", "0",
        *code("1.1"), "Accres provinciefonds", "‒ 31.224", "‒ 31.224", "0",
        *code("1.2"), "Regio Deals", "8.420", "8.420", "2.318",
        *code(" "), "Stand tweede suppletoire begroting 2022", "3.489.602", "3.489.602", "2.318",
    )  # fmt: skip


@pytest.mark.parametrize("group", [(), (" ", "Nieuwe mutaties", "   ")])
def test_the_last_heading_over_the_first_rows_empty_code_cell_is_no_group_row(
    group: tuple[str, ...],
) -> None:
    """Under a code column's heading every row prints its code cell before its label, a
    group row too (" " / "Nieuwe mutaties" / "   "): the last heading ("Ontvangsten") over
    the first row's empty code cell (" ") has none before it, only the heading before it
    ("Uitgaven"), so it is the last heading, no value-less group row. Read as a group row
    (the rows' dotted codes, "1.1", read as texts, told no coded rows), it left the labels'
    heading "Omschrijving" over the first values, every column one over, and became the
    last row's parent."""
    _tables, cells, _warnings = read_text(_mutations(*group))
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == {"Verplichtingen", "Uitgaven", "Ontvangsten"}
    assert grid[("1.2 Regio Deals", "Ontvangsten")] == "2.318"
    assert grid[("Stand ontwerpbegroting 2022", "Verplichtingen")] == "3.512.406"
    parents = set(row_parents(cells).values())
    assert "Ontvangsten" not in parents
    assert ("Nieuwe mutaties" in parents) == bool(group)


def test_a_group_row_right_under_headings_of_no_code_column_stays_a_group_row() -> None:
    """The near form: no code column headed, no row prints a code cell, and a value-less
    group row right under the last heading ("Nieuwe mutaties" / "     ") is the first row
    and its rows' parent, as before."""
    text = cells_per_line(
        "Tabel 1 Belangrijkste mutaties (bedragen x € 1.000)",
        "Omschrijving", "2022", "2023", "2024",
        "Nieuwe mutaties", "     ",
        "Accres provinciefonds", "‒ 31.224", "‒ 31.224", "0",
        "Regio Deals", "8.420", "8.420", "0",
        "Totaal nieuwe mutaties", "‒ 22.804", "‒ 22.804", "0",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {"2022", "2023", "2024"}
    assert row_parents(cells)["Regio Deals"] == "Nieuwe mutaties"
    assert cell_grid(cells)[("Regio Deals", "2022")] == "8.420"


def test_the_last_heading_over_a_blank_code_cell_of_dotted_codes_is_no_group_row() -> None:
    """The rows open with taakveld codes no value reads as ("2.1", "0.10") under a blank
    corner, no "Art." naming the column, and the first row, a total, prints its code cell
    blank: "Verschil" / " " / "Totaal lasten" is the last heading over that empty code
    cell, as under a code column's heading. Read as a value-less group row, it left three
    headings over rows of four values and the rows above "Totaal baten" were lost."""
    text = cells_per_line(
        "Wat heeft het gekost?", " ", " ", "Begroting 2024", "Realisatie 2024", "Verschil",
        " ", "Totaal lasten", "9.300", "9.450", "-150",
        "2.1", "Verkeer en vervoer", "6.100", "6.300", "-200",
        "2.2", "Parkeren", "3.200", "3.150", "50",
        " ", "Totaal baten", "1.050", "1.180", "130",
        "0.10", "Mutaties reserves", "0", "100", "100",
        "2.2", "Parkeren", "1.050", "1.080", "30",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == {"Begroting 2024", "Realisatie 2024", "Verschil"}
    assert grid[("Totaal lasten", "Verschil")] == "-150"
    assert grid[("2.1 Verkeer en vervoer", "Begroting 2024")] == "6.100"
    assert grid[("0.10 Mutaties reserves", "Realisatie 2024")] == "100"
    parents = row_parents(cells)
    assert parents["2.1 Verkeer en vervoer"] == "Totaal lasten"
    assert parents["0.10 Mutaties reserves"] == "Totaal baten"
    assert len(cells) == 18


def test_a_group_row_under_the_headings_of_rows_printing_one_code_stays_a_group_row() -> None:
    """The near form: one row alone opens with a dotted code ("2.1"), the others print no
    code cell: no code column, so the value-less group row right under the last heading
    ("Lasten" / "   ") stays the first row and its rows' parent, as before."""
    text = cells_per_line(
        "Wat heeft het gekost?", " ", "Begroting 2024", "Realisatie 2024", "Verschil",
        "Lasten", "   ",
        "2.1", "Verkeer en vervoer", "6.100", "6.300", "-200",
        "Parkeren", "3.200", "3.150", "50",
        "Totaal lasten", "9.300", "9.450", "-150",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {"Begroting 2024", "Realisatie 2024", "Verschil"}
    parents = row_parents(cells)
    assert parents["2.1 Verkeer en vervoer"] == parents["Parkeren"] == "Lasten"
    assert cell_grid(cells)[("Parkeren", "Verschil")] == "50"


def _uitkeringen(recipients: bool) -> str:
    """A ministry's overview of specific grants one cell per line, blank lines between: an
    "Art." code before each name, then (where ``recipients``) a text column "Ontvanger"
    between the name and five years' amounts; empty amounts a space each, a total with an
    empty code (and an empty recipient)."""
    grants = [
        ("3", "SPUK Sportakkoord", "Gemeenten", "28.400", "28.400", "14.200", " ", " "),
        ("3", "SPUK Lokale preventie", "Gemeenten, GGD'en", *["12.150"] * 5),
        ("5", "SPUK Zorgakkoorden", "Gemeenschappelijke regelingen", " ", "4.500", "4.500",
         "4.500", " "),
        ("5", "SPUK Acute zorg BES", "Openbare lichamen BES", *["6.820"] * 5),
        (" ", "Totaal", " ", "47.370", "51.870", "37.670", "23.470", "18.970"),
    ]  # fmt: skip
    return cells_per_line(
        "Tabel 73 Overzicht specifieke uitkeringen (bedragen x € 1.000)",
        "Art.", "Naam specifieke uitkering", *["Ontvanger"][:recipients],
        "2025", "2026", "2027", "2028", "2029",
        *(cell for code, name, recipient, *amounts in grants
          for cell in (code, name, *[recipient][:recipients], *amounts)),
        "Toelichting",
    )  # fmt: skip


def test_a_text_column_between_coded_labels_and_the_values_is_the_rows_text() -> None:
    """Each row prints its code, its name, then its recipient, then its amounts: the
    recipient is the cell of a text column before the values, the code prepended to the
    name. Read from the recipient (the first text followed by a value), the heading's
    block stopped at the code above it, and every row of the table was lost."""
    _tables, cells, warnings = read_text(_uitkeringen(recipients=True))
    assert not warnings and len(cells) == 21
    grid = cell_grid(cells)
    assert grid[("3 SPUK Sportakkoord", "2027")] == "14.200"
    assert ("3 SPUK Sportakkoord", "2028") not in grid
    assert grid[("5 SPUK Zorgakkoorden", "2026")] == "4.500"
    assert grid[("Totaal", "2029")] == "18.970"
    assert {c["column_label"] for c in cells} == {"2025", "2026", "2027", "2028", "2029"}
    assert row_parents(cells)["5 SPUK Acute zorg BES"] == "Totaal"


def test_coded_labels_with_their_values_right_after_them_have_no_text_column() -> None:
    """The near form: the same rows without a recipient, the amounts right after the
    name: no text column, read as before."""
    _tables, cells, warnings = read_text(_uitkeringen(recipients=False))
    assert not warnings and len(cells) == 21
    grid = cell_grid(cells)
    assert grid[("3 SPUK Lokale preventie", "2029")] == "12.150"
    assert grid[("5 SPUK Zorgakkoorden", "2026")] == "4.500"
    assert grid[("Totaal", "2025")] == "47.370"


def _article_mutations() -> str:
    """A suppletoire's main mutations as a site copies its table, a cell a line and a blank
    line between: the corner "Uitgaven", the code column's "Artikelnr." and the year, each
    row's article code between its label and its value, the stands' code cells empty."""
    return cells_per_line(
        "Overzicht met belangrijkste suppletoire uitgavenmutaties 2013 (x € 1 000)",
        "Uitgaven", "Artikelnr.", "2013",
        "Stand 1e suppletoire begroting 2013", " ", "5 231 870",
        "Mutaties 2e suppletoire begroting:", " ", " ",
        "Hogere uitgaven WW-uitkeringen", "2", "214 500",
        "Lagere uitgaven kinderopvangtoeslag", "4", "– 96 230",
        "Overboeking naar het Gemeentefonds", "3", "– 18 400",
        "Overige mutaties", "Div", "7 345",
        "Stand 2e suppletoire begroting 2013", " ", "5 339 085",
    )  # fmt: skip


def test_a_code_heading_over_the_year_parted_by_blank_lines_is_no_first_row() -> None:
    """ "Artikelnr." / "2013" under a caption printing 2013, a blank line between each
    cell: the heading's last cells, as line under line, not a row whose one value is
    2013. Read so, the code column was read as one of values, headed by the caption,
    and the value column by "Uitgaven"; the row coded "Div" lost its value."""
    tables, cells, _warnings = read_text(_article_mutations())
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == {"2013"}
    assert grid[("Overige mutaties", "2013")] == "7 345"
    assert grid[("Hogere uitgaven WW-uitkeringen", "2013")] == "214 500"
    assert tables[0]["title"].startswith("Overzicht met belangrijkste")


def test_a_row_whose_one_figure_reads_as_a_year_under_rows_of_figures_stays_a_row() -> None:
    """Near form: a label over "2013" right under a row of figures, a blank line between
    each cell: the rows above end the walk up, so the year is that row's value."""
    text = cells_per_line(
        "Tabel 2 Kengetallen onderwijs 2013", "Omschrijving", "Aantal",
        "Scholen", "2.100", "Vestigingen", "2013", "Leerlingen", "18.400",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Vestigingen", "Aantal")] == "2013"
    assert grid[("Leerlingen", "Aantal")] == "18.400"


def _mutations_with_article_column(first_code: str) -> str:
    """A suppletoire begroting's mutations one cell per line under "Omschrijving" / "Art." /
    "Verplichtingen" / "Uitgaven" / "Ontvangsten": each row its label, its article
    (``first_code`` for the opening stand, an empty cell for the stands after it, a number
    or "div." for the mutations), then its three amounts; a blank row and a group row
    (its empty cells one placeholder) between the stands and the mutations."""
    return cells_per_line(
        "Tabel 3 Suppletoire mutaties 2025 (bedragen x € 1.000)",
        "Omschrijving", "Art.", "Verplichtingen", "Uitgaven", "Ontvangsten",
        "Vastgestelde begroting 2025", first_code, "8.301.000", "8.250.400", "412.300",
        "Stand 1e suppletoire begroting 2025", " ", "8.301.000", "8.250.400", "412.300",
        "         ",
        "Mutaties 2e suppletoire begroting:", "       ",
        "Bijdrage aan provincies", "7", "12.500", "12.500", " ",
        "Overige mutaties", "div.", "1.120", "1.120", "– 310",
        "Stand 2e suppletoire begroting 2025", " ", "8.314.620", "8.263.020", "412.000",
    )  # fmt: skip


@pytest.mark.parametrize("code", ["alle", "div."])
def test_the_first_rows_article_written_out_between_label_and_values_is_no_label(
    code: str,
) -> None:
    """The opening stand names its article in words ("alle": every article, "div.") in the
    code column between the label and the values: read from that word, the stand's label
    headed one more column, every amount went a column over and each row's code became its
    label."""
    _tables, cells, _warnings = read_text(_mutations_with_article_column(code))
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == {"Verplichtingen", "Uitgaven", "Ontvangsten"}
    assert grid[("Vastgestelde begroting 2025", "Verplichtingen")] == "8.301.000"
    assert grid[("Overige mutaties", "Ontvangsten")] == "– 310"
    assert len(cells) == 14


def test_the_first_rows_empty_article_cell_between_label_and_values() -> None:
    """The near form: the opening stand's article cell printed empty (" "): its label is the
    first valued text, and the rows read as before."""
    _tables, cells, _warnings = read_text(_mutations_with_article_column(" "))
    grid = cell_grid(cells)
    assert {c["column_label"] for c in cells} == {"Verplichtingen", "Uitgaven", "Ontvangsten"}
    assert grid[("Vastgestelde begroting 2025", "Verplichtingen")] == "8.301.000"
    assert grid[("Overige mutaties", "Ontvangsten")] == "– 310"
    assert len(cells) == 14
