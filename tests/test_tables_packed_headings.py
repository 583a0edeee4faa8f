"""Tests of headings packed tighter than the values under them (``tables_packed_headings``)."""

from __future__ import annotations

from table_texts import cell_grid, read_text

_REST = [
    "                                                2024    2025 na      2026",
    "                                                       wijziging",
    "Lasten",
    "  2.1 Verkeer en vervoer                             4.210      4.388      4.502      4.610"
    "      4.655",
    "  2.2 Parkeren                                       1.105      1.190      1.230      1.244"
    "      1.260",
    "Totaal lasten                                        5.315      5.578      5.732      5.854"
    "      5.915",
]


def _kosten(top: str) -> str:
    """A municipal -layout page, "Wat gaat het kosten?", its heading block three lines deep
    under ``top``, the words packed left of the five columns of figures."""
    return "\n".join(["Wat gaat het kosten?", "Bedragen x € 1.000", "", top, *_REST])


def test_a_line_of_one_word_per_column_pairs_the_packed_block_with_the_columns() -> None:
    """ "Rekening Begroting Begroting   2027   2028" prints one word per column, each ending
    after the figures of the column before it and no later than its own column's: the
    words pair with the columns in order, and the lines under them join the word each
    stands over ("2025 na" / "wijziging" under the first "Begroting"). Before, no line
    headed the rows' five columns and no table was read."""
    top = (
        "                                             Rekening Begroting Begroting"
        "             2027       2028"
    )
    tables, cells, _warnings = read_text(_kosten(top))
    grid = cell_grid(cells)
    assert grid[("2.1 Verkeer en vervoer", "Rekening 2024")] == "4.210"
    assert grid[("2.2 Parkeren", "Begroting 2025 na wijziging")] == "1.190"
    assert grid[("Totaal lasten", "Begroting 2026")] == "5.732"
    assert grid[("Totaal lasten", "2028")] == "5.915"
    assert [table["title"] for table in tables] == ["Wat gaat het kosten?"]


def test_a_block_printing_no_line_of_one_word_per_column_is_not_paired() -> None:
    """Near form: the top line prints a word fewer than the rows' columns ("Rekening
    Begroting   2027   2028" over five): no line pairs word by word, and nothing is
    guessed: no table is read, as before."""
    top = (
        "                                            Rekening Begroting"
        "                        2027       2028"
    )
    tables, cells, warnings = read_text(_kosten(top))
    assert (tables, cells) == ([], [])
    assert any("look like table rows" in warning.reason for warning in warnings)


def test_one_run_alone_over_one_word_per_column_heads_that_column() -> None:
    """A run alone on the line above the words per column, distinct ("Rekening Begroting
    Raming   2027   2028"), standing over one of them ("Prognose" over "2027"), heads that
    column, no whole table: it joins the word under it. Taken for the table's name, the
    column lost it ("2027")."""
    prognose = " " * 80 + "Prognose"
    top = (
        "                                             Rekening Begroting Raming"
        "                2027       2028"
    )
    text = "\n".join(["Wat gaat het kosten?", "Bedragen x € 1.000", "", prognose, top, *_REST])
    tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("2.1 Verkeer en vervoer", "Prognose 2027")] == "4.610"
    assert grid[("2.2 Parkeren", "Raming 2026")] == "1.230"
    assert grid[("Totaal lasten", "2028")] == "5.915"
    assert [table["title"] for table in tables] == ["Wat gaat het kosten?"]


_STAAT = [
    "(bedragen x € 1.000)",
    "",
    "Art. Omschrijving                                               Begroting 2025",
    "                                                        Verplichtingen     Uitgaven"
    " Ontvangsten",
]
_ARTIKELEN = [
    "      Beleidsartikelen",
    "31    Landbouw en visserij                                     250.100       254.800"
    "        12.000",
    "32    Natuur                                                   162.200       164.150"
    "         9.400",
]


def _staat(caption: list[str], totaal: str) -> str:
    """A begrotingsstaat's -layout page under ``caption``: the corner and a name over
    the three columns, their words packed one space apart ("Uitgaven Ontvangsten"), the
    ``totaal`` row at the top, two articles under a group line."""
    return "\n".join([*caption, *_STAAT, totaal, *_ARTIKELEN])


_CAPTION = [
    "Begrotingsstaat van het Ministerie van Landbouw, Visserij en Natuur voor het jaar 2025"
]
_TOTAAL = (
    "      Totaal                                                   412.300       418.950"
    "        21.400"
)


def test_one_run_alone_over_the_words_per_column_names_the_table() -> None:
    """ "Begroting 2025" alone on the line above the words, one per column ("Verplichtingen
    Uitgaven Ontvangsten", distinct): it names the whole table, no column (as
    ``names_the_table`` says of a stacked block), and each column keeps its word; the
    corner ("Art. Omschrijving") heads the codes and labels."""
    grid = cell_grid(read_text(_staat(_CAPTION, _TOTAAL))[1])
    assert grid[("31 Landbouw en visserij", "Verplichtingen")] == "250.100"
    assert grid[("32 Natuur", "Uitgaven")] == "164.150"
    assert grid[("Totaal", "Ontvangsten")] == "21.400"


def test_a_year_alone_over_one_word_per_column_still_names_the_table() -> None:
    """Near form: the run alone names a year ("Begroting 2025"), set right over the first
    word only ("Verplichtingen"): the table's period, over its kinds of figures, names the
    whole table still, and each column keeps its word, as before."""
    staat = [
        "(bedragen x € 1.000)",
        "",
        "Art. Omschrijving                                       Begroting 2025",
        *_STAAT[3:],
    ]
    text = "\n".join([*_CAPTION, *staat, _TOTAAL, *_ARTIKELEN])
    grid = cell_grid(read_text(text)[1])
    assert grid[("31 Landbouw en visserij", "Verplichtingen")] == "250.100"
    assert grid[("Totaal", "Ontvangsten")] == "21.400"
