"""Tests of reading where a -layout table's columns stand (``tables_alignment``)."""

from __future__ import annotations

from table_texts import cell_grid, printed, read_text


def _suppletoire(zeros: str) -> str:
    """A suppletoire's -layout table, its headings stacked over column numbers and a group
    over the years, the last row printing ``zeros`` in the years' columns."""
    return "\n".join(
        [
            "Tabel 4.2 Budgettaire gevolgen van beleid artikel 4 (bedragen x € 1.000)",
            "",
            "                              Vastgestelde     Mutatie 1e      Stand 1e"
            "      Mutaties 1e suppletoire",
            "                                 begroting     suppletoire   suppletoire",
            "                                                begroting      begroting",
            "                                         (1)           (2)   (3)=(1)+(2)"
            "        2027      2028",
            "",
            "Verplichtingen                  2.102.410          98.305    2.200.715"
            "     74.210     61.880",
            "Uitgaven                        1.765.094          91.180    1.856.274"
            "     71.010     60.130",
            "Inkomensoverdrachten               17.440          -1.105       16.335"
            "     -1.200     -1.250",
            "Ontvangsten                        60.400          12.500       72.900" + zeros,
        ]
    )


def test_a_row_of_short_figures_a_few_places_off_the_columns_keeps_the_stacked_headings() -> None:
    """A PDF's text layer sets a row's "0" three places right of the figures above it,
    each still nearest its own column: the other rows align, so the columns stand where
    they do and the headings' words stacked over the column numbers join them. Before,
    that one row made the table unaligned and every column was named by its number alone
    ("(1)", "2027")."""
    grid = cell_grid(read_text(_suppletoire("             0          0"))[1])
    assert grid[("Uitgaven", "Vastgestelde begroting (1)")] == "1.765.094"
    assert grid[("Verplichtingen", "Mutatie 1e suppletoire begroting (2)")] == "98.305"
    assert grid[("Uitgaven", "Mutaties 1e suppletoire 2027")] == "71.010"
    assert grid[("Ontvangsten", "Mutaties 1e suppletoire 2028")] == "0"


def test_a_row_whose_figure_stands_half_a_gap_off_leaves_the_table_unaligned() -> None:
    """Near form: a row whose first "0" stands half a column's gap or more off its own
    column's figures (no nearer its own) tells no alignment, and the columns keep their
    numbers alone, as before."""
    grid = cell_grid(read_text(_suppletoire("                 0          0"))[1])
    assert grid[("Uitgaven", "(1)")] == "1.765.094"


def _packed(years: str) -> str:
    """A municipal -layout table whose heading lines ("Realisatie Begroting ..." over the
    years) a PDF's text layer packs tighter than the five columns of figures under them;
    ``years``: the line of years."""
    return "\n".join(
        [
            "Overzicht lasten per programma",
            "",
            "                               Realisatie Begroting Begroting           Raming"
            "      Raming",
            years,
            "Programma 1 Veiligheid                 8.412       8.950       9.104       9.230"
            "       9.377",
            "Programma 2 Verkeer                   12.310      12.874      13.020      13.115"
            "      13.240",
            "Totaal                                20.722      21.824      22.124      22.345"
            "      22.617",
        ]
    )


def test_headings_packed_tighter_than_their_figures_pair_with_the_columns_in_order() -> None:
    """Each year ends after the figures of the column before it and no later than its own
    column's, though "2023" stands nearer the next column's figures than its own: as many
    headings as figures, paired in order, so the columns stand aligned and the words over
    the years join them. Before, the table read as unaligned and every column was named by
    its year alone."""
    text = _packed(
        "                                     2022     2023      2024              2025        2026"
    )
    grid = cell_grid(read_text(text)[1])
    assert grid[("Programma 1 Veiligheid", "Realisatie 2022")] == "8.412"
    assert grid[("Programma 2 Verkeer", "Begroting 2023")] == "12.874"
    assert grid[("Totaal", "Begroting 2024")] == "22.124"
    assert grid[("Totaal", "Raming 2026")] == "22.617"


def test_a_heading_reaching_past_its_figures_leaves_the_packed_table_unaligned() -> None:
    """Near form: "2023" ends past the right edge of the figures it would head, as no
    heading does, and stands nearer no column alone: the rows are not read as aligned
    under the headings, and the columns keep their years alone, as before."""
    text = _packed(
        "                                     2022             2023  2024          2025        2026"
    )
    grid = cell_grid(read_text(text)[1])
    assert grid[("Programma 2 Verkeer", "2023")] == "12.874"
    assert grid[("Totaal", "2026")] == "22.617"


def _staat(rows: list[str]) -> str:
    """A begrotingsstaat's -layout table, its words packed one space apart over three
    columns ("Uitgaven Ontvangsten"), over ``rows``."""
    return "\n".join(
        [
            "Begrotingsstaat van het Ministerie van Landbouw, Visserij en Natuur voor het jaar"
            " 2025",
            "(bedragen x € 1.000)",
            "",
            "Art. Omschrijving                                               Begroting 2025",
            "                                                        Verplichtingen     Uitgaven"
            " Ontvangsten",
            *rows,
        ]
    )


_TOTAAL_OFF = (
    "      Totaal                                                    412.300     418.950"
    "      21.400"
)
_NATUUR = (
    "32    Natuur                                                   162.200       164.150"
    "         9.400"
)


def test_a_total_above_its_parts_standing_off_their_columns_leaves_them_aligned() -> None:
    """The first full row, a total printed above its parts, ends its figures a few places
    off the columns the rows under it share: the columns are where most full rows end
    them, the total still nearest its own in each. Before, the columns were read off the
    total alone, no other row stood under them, and the table was not read."""
    landbouw = (
        "31    Landbouw en visserij                                     250.100       254.800"
        "        12.000"
    )
    rows = [_TOTAAL_OFF, "      Beleidsartikelen", landbouw, _NATUUR]
    grid = cell_grid(read_text(_staat(rows))[1])
    assert grid[("Totaal", "Uitgaven")] == "418.950"
    assert grid[("31 Landbouw en visserij", "Ontvangsten")] == "12.000"
    assert grid[("32 Natuur", "Verplichtingen")] == "162.200"


def test_full_rows_sharing_no_columns_are_still_unaligned() -> None:
    """Near form: the second article also stands off the others, so no columns are shared
    by most full rows: nothing is read as aligned, and the table is not read, as before."""
    landbouw = (
        "31    Landbouw en visserij                                    250.100         254.800"
        "      12.000"
    )
    rows = [_TOTAAL_OFF, "      Beleidsartikelen", landbouw, _NATUUR]
    tables, cells, warnings = read_text(_staat(rows))
    assert (tables, cells) == ([], [])
    assert any("look like table rows" in warning.reason for warning in warnings)


def _jaarverslag(short_at: tuple[int, int]) -> str:
    """A suppletoire's -layout table, headings stacked over column numbers, a row of one
    percentage under the first column, three rows of long figures ending at 92 and 104 in
    the last two columns, and four rows whose short figures ("0") end at ``short_at`` (the
    1-based places of the last two columns' ends), one of them a place off in the second."""
    ends = (52, 66, 80, 92, 104)
    short = (*ends[:3], *short_at)
    off = (ends[0], ends[1] + 1, *short[2:])
    return "\n".join(
        [
            "Tabel 4 Budgettaire gevolgen van beleid artikel 12 Havens (bedragen x € 1.000)",
            printed("", ends, "Vastgestelde", "Mutatie 1e", "Stand 1e", "Mutatie", "Mutatie"),
            printed("", ends, "begroting", "suppletoire", "suppletoire", "2026", "2027"),
            printed("", ends, "(1)", "(2)", "(3)=(1)+(2)", "", ""),
            printed("Verplichtingen", ends, "812.400", "12.350", "824.750", "3.000", "1.500"),
            printed("waarvan juridisch verplicht", ends[:1], "97%"),
            printed("Uitgaven", ends, "790.120", "10.200", "800.320", "3.000", "1.500"),
            printed("Subsidies", ends, "640.000", "8.000", "648.000", "3.000", "1.500"),
            printed("Opdrachten", short, "75.120", "1.200", "76.320", "0", "0"),
            printed("Leningen", off, "70.000", "– 1.000", "69.000", "0", "0"),
            printed("Bijdrage aan agentschappen", short, "5.000", "2.000", "7.000", "0", "0"),
            printed("Ontvangsten", short, "4.000", "0", "4.000", "0", "0"),
        ]
    )


def test_columns_where_most_full_rows_end_them_each_though_no_row_ends_all_there() -> None:
    """A PDF's text layer sets the short figures of the last columns ("0") a place or two
    right of the long ones above them, and one row's second figure a place off too, so the
    full rows split among three sets of ends, none shared by most nor the first row's by
    most: the columns stand where most full rows end each of them, every row still nearest
    its own, and the headings stacked over the column numbers join them. Before, the table
    read as unaligned, its headings read by where they stand were refused, and no table
    was read."""
    tables, cells, _warnings = read_text(_jaarverslag((93, 106)))
    assert len(tables) == 1
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Vastgestelde begroting (1)")] == "790.120"
    assert grid[("Leningen", "Stand 1e suppletoire (3)=(1)+(2)")] == "69.000"
    assert grid[("Ontvangsten", "Mutatie 2027")] == "0"
    assert grid[("waarvan juridisch verplicht", "Vastgestelde begroting (1)")] == "97%"


def test_full_rows_ending_where_the_first_does_keep_its_ends() -> None:
    """Near form: the short figures end where the long ones do; the first row's ends are
    the columns', read as before."""
    grid = cell_grid(read_text(_jaarverslag((92, 104)))[1])
    assert grid[("Ontvangsten", "Mutatie 2027")] == "0"
    assert grid[("Uitgaven", "Mutatie 2026")] == "3.000"
