"""Tests of a cell-per-line table read as a grid by its heading's width (``tables_cell_grids``)."""

from __future__ import annotations

from table_texts import cell_grid, cells_per_line, read_text, row_parents

_CAPTION = "Tabel 41 Overzicht ZBO's en RWT's (bedragen x € 1.000)"
_NOTE = "De Stichting Beheer Archieven ontvangt geen bijdrage uit de begroting."
#: The annex's heading and four organisations a cell a line: name, the "RWT" and "ZBO"
#: marks (an "x" or a placeholder), the article, the contribution, the website.
_ORGANISATIONS = (
    "Naam organisatie", "RWT", "ZBO", "Begrotingsartikel", "Raming 2024",
    "Verwijzing naar website",
    "Dienst Uitvoering Subsidies", "x", "x", "2", "14.300", "www.dus.nl",
    "Kiesraad", " ", "x", "5", "2.150", "www.kiesraad.nl",
    "Stichting Beheer Archieven", "x", " ", "3", "n.v.t.", "www.sba.nl",
    "Raad voor Cultuur", " ", "x", "4", "1.870", "www.cultuur.nl",
)  # fmt: skip


def test_an_overview_of_organisations_reads_its_one_value_column_among_marks_and_texts() -> None:
    """A begroting's annex of its zbo's and rwt's prints, a cell a line, each organisation's
    name, an "x" or a placeholder under "RWT" and "ZBO", the article it falls under (a
    number), its contribution (or "n.v.t.") and its website. Every row prints one cell per
    heading: the amount is the one value column, the article no value and the website no
    next row's label. Read by kinds, each mark was a label and each website a parent."""
    text = cells_per_line(
        _CAPTION,
        *_ORGANISATIONS,
        "Toelichting", _NOTE,
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Dienst Uitvoering Subsidies", "Raming 2024")] == "14.300"
    assert grid[("Kiesraad", "Raming 2024")] == "2.150"
    assert grid[("Stichting Beheer Archieven", "Raming 2024")] == "n.v.t."
    assert grid[("Raad voor Cultuur", "Raming 2024")] == "1.870"
    assert {c["column_label"] for c in cells} == {"Raming 2024"}
    assert set(row_parents(cells).values()) == {None}
    assert len(cells) == 4


def test_marks_in_words_and_the_amount_before_the_articles_and_the_vindplaats() -> None:
    """The same annex with its marks in words ("ja" / "nee"), the amount before the article
    column (one row's articles a list, "3 en 4"), a dash for a row without a contribution
    and a "Vindplaats" column: the amounts stand under "Raming 2024", the articles and
    places are no cells, and the dash is the page's empty cell."""
    text = cells_per_line(
        _CAPTION,
        "Naam organisatie", "ZBO", "RWT", "Raming 2024", "Begrotingsartikel", "Vindplaats",
        "Dienst Uitvoering Subsidies", "ja", "ja", "14.300", "2", "www.dus.nl",
        "Kiesraad", "ja", "nee", "2.150", "5", "www.kiesraad.nl",
        "Stichting Beheer Archieven", "nee", "ja", "-", "3 en 4", "www.sba.nl",
        "Raad voor Cultuur", "ja", "nee", "1.870", "4", "www.cultuur.nl",
        "Toelichting", _NOTE,
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Dienst Uitvoering Subsidies", "Raming 2024")] == "14.300"
    assert grid[("Kiesraad", "Raming 2024")] == "2.150"
    assert grid[("Raad voor Cultuur", "Raming 2024")] == "1.870"
    assert {c["row_label"] for c in cells} == {
        "Dienst Uitvoering Subsidies",
        "Kiesraad",
        "Raad voor Cultuur",
    }
    assert not {"2", "5", "4"} & {c["value_text"] for c in cells}
    assert len(cells) == 3


def test_a_note_column_between_label_and_values_reads_as_before() -> None:
    """Near form: a table of regelingen printing a note's number or a placeholder between
    each label and its two years' amounts ("Noot"), and an article column before the
    labels ("Art."). The note column holds no values and the code column heads the labels:
    both are read as the rows' own reading reads them, the amounts under their years and
    the article prepended to the label."""
    noted = cells_per_line(
        "Tabel 5 Subsidies per regeling (bedragen x € 1.000)",
        "Regeling", "Noot", "2024", "2025",
        "Regeling innovatie", "1", "1.200", "1.300",
        "Regeling vakmanschap", " ", "800", "900",
        "Regeling regio", "2", "450", "500",
        "Totaal", " ", "2.450", "2.700",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(noted)
    grid = cell_grid(cells)
    assert grid[("Regeling innovatie", "2024")] == "1.200"
    assert grid[("Regeling vakmanschap", "2025")] == "900"
    assert grid[("Totaal", "2025")] == "2.700"
    assert not {"1", "2"} & {c["value_text"] for c in cells}
    assert row_parents(cells)["Regeling regio"] == "Totaal"
    assert len(cells) == 8
    coded = cells_per_line(
        "Tabel 6 Uitgaven per artikel (bedragen x € 1.000)",
        "Art.", "Omschrijving", "2024", "2025",
        "1", "Bestuur", "3.100", "3.200",
        "2", "Veiligheid", "7.400", "7.500",
        "3", "Wonen", "2.900", "2.800",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(coded)
    grid = cell_grid(cells)
    assert grid[("1 Bestuur", "2024")] == "3.100"
    assert grid[("3 Wonen", "2025")] == "2.800"
    assert len(cells) == 6


def test_a_total_printing_its_amount_alone_closes_the_overview() -> None:
    """The overview of zbo's and rwt's closed by a total that prints its amount alone,
    no cell for the marks, the article or the website ("Totaal" / "18.320"): the total is
    the grid's last row, its amount under the value column, and the organisations its
    parts. Before, a row printing fewer cells after the grid left it unread, and the
    rows' own reading shifted every row."""
    text = cells_per_line(
        _CAPTION,
        *_ORGANISATIONS,
        "Totaal", "18.320",
        "Toelichting", _NOTE,
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Kiesraad", "Raming 2024")] == "2.150"
    assert grid[("Totaal", "Raming 2024")] == "18.320"
    assert row_parents(cells)["Raad voor Cultuur"] == "Totaal"
    assert len(cells) == 5


def test_a_total_printing_its_values_alone_under_a_note_column_reads_as_before() -> None:
    """Near form: a garanties overview whose only column without values is a note's
    ("Noot": "1)" or a placeholder), closed by a total printing its values alone: the
    rows' own reading reads it (the notes no values), as before."""
    text = cells_per_line(
        "Tabel 6.1 Overzicht uitstaande garanties (in mln euro)",
        "Garantie", "Noot", "Plafond", "Uitstaand 2024",
        "Garantie bedrijfsfinanciering", " ", "1.500,0", "412,3",
        "Garantie exportkredieten", "1)", "10.000,0", "3.210,5",
        "Borgstelling landbouwkredieten", " ", "250,0", "98,4",
        "Totaal", "11.750,0", "3.721,2",
        "1) Inclusief de tijdelijke verruiming.",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Garantie exportkredieten", "Plafond")] == "10.000,0"
    assert grid[("Borgstelling landbouwkredieten", "Uitstaand 2024")] == "98,4"
    assert grid[("Totaal", "Uitstaand 2024")] == "3.721,2"
    assert "1)" not in {c["value_text"] for c in cells}
    assert row_parents(cells)["Garantie exportkredieten"] == "Totaal"
    assert len(cells) == 8


def test_an_overview_without_a_caption_opens_at_the_line_saying_its_unit() -> None:
    """The overview printed without a numbered caption: a title ("Bijlage 3 ..."), a line
    saying the unit alone, then the headings and the rows. The unit's line opens the table
    as a caption would, the title over it names it, and the rows are read as a grid; read by
    kinds, each mark was a label and each website a parent."""
    text = cells_per_line(
        "Bijlage 3 Overzicht ZBO's en RWT's",
        "(bedragen x € 1.000)",
        *_ORGANISATIONS,
        "Toelichting", _NOTE,
    )  # fmt: skip
    tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Kiesraad", "Raming 2024")] == "2.150"
    assert grid[("Raad voor Cultuur", "Raming 2024")] == "1.870"
    assert len(cells) == 4
    assert [t["title"] for t in tables] == ["Bijlage 3 Overzicht ZBO's en RWT's"]


def test_a_note_column_under_a_unit_line_without_a_caption_reads_as_before() -> None:
    """Near form: a garanties overview without a caption, a line saying its unit over the
    headings, whose only column without values is a note's ("Noot": "1)" or a placeholder):
    the rows' own reading reads it, the notes no values, as before."""
    text = cells_per_line(
        "Overzicht uitstaande garanties",
        "(in mln euro)",
        "Garantie", "Noot", "Plafond", "Uitstaand 2024",
        "Garantie bedrijfsfinanciering", " ", "1.500,0", "412,3",
        "Garantie exportkredieten", "1)", "10.000,0", "3.210,5",
        "Borgstelling landbouwkredieten", " ", "250,0", "98,4",
        "1) Inclusief de tijdelijke verruiming.",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Garantie exportkredieten", "Plafond")] == "10.000,0"
    assert grid[("Borgstelling landbouwkredieten", "Uitstaand 2024")] == "98,4"
    assert "1)" not in {c["value_text"] for c in cells}
    assert len(cells) == 6


def test_headings_without_a_corner_under_a_unit_line_read_as_before() -> None:
    """Near form: a municipal "Wat heeft het gekost?" under a line saying the unit, its
    headings periods with no corner over the labels ("Begroting 2024" first), a "V/N"
    mark after the difference, and a group row ("Lasten") right under the headings. The
    first heading names a period: no grid (it would count "Lasten" a heading), and the
    rows' own reading reads the rows under their group, as before."""
    text = cells_per_line(
        "Wat heeft het gekost?",
        "Bedragen x € 1.000",
        "Begroting 2024", "Realisatie 2024", "Verschil", "V/N",
        "Lasten",
        "Openbare orde", "8.760", "9.120", "360", "N",
        "Brandweer", "12.340", "12.100", "240", "V",
        "Toezicht", "2.310", "2.380", "70", "N",
        "Totaal lasten", "23.410", "23.600", "190", "N",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Openbare orde", "Begroting 2024")] == "8.760"
    assert grid[("Toezicht", "Verschil")] == "70"
    assert grid[("Totaal lasten", "Realisatie 2024")] == "23.600"
    assert row_parents(cells)["Brandweer"] == "Lasten"
    assert len(cells) == 12
