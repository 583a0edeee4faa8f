"""Tests of a table printed in one column of a page of two (``tables_prose_beside``)."""

from __future__ import annotations

from table_texts import cell_grid, read_text

#: A page of two text columns, the table in the right one (pdftotext -layout): the left
#: column's prose stands on the caption's, the headings' and the rows' lines.
_BESIDE = [
    "Het college heeft in dit jaar de          De voorzieningen zijn bestemd voor",
    "voorzieningen opnieuw beoordeeld en       risico's die nu al bekend zijn.",
    "de stand aangepast aan de verwachte",
    "verplichtingen. Daarbij is gekeken        Tabel 7 Stand voorzieningen (x € 1.000)",
    "naar de lopende claims en naar de                                      Stand      Stand",
    "uitgaven voor onderhoud die in de                                       2023       2024",
    "komende jaren worden gedaan voor de       Voorziening groot onderhoud  4.100      3.800",
    "wegen en de gebouwen van de               Voorziening pensioenen       2.250      2.400",
    "gemeente. Het verloop per post is         Voorziening claims             610        450",
    "                                          Voorziening afvalstoffen       930      1.020",
    "toegelicht in de bijlage.                 Totaal voorzieningen         7.890      7.670",
]


def test_the_prose_beside_a_table_is_no_part_of_its_labels_or_title() -> None:
    """Each row line holds, left of its label and apart from it by the columns' gap, a line
    of the other column's prose: that prose was read as the label's opening words ("wegen
    en de gebouwen van de Voorziening pensioenen") and the title's. The table's own left
    edge is where the row without prose beside it starts; the labels start there."""
    tables, cells, _warnings = read_text("\n".join(_BESIDE))
    assert len(tables) == 1
    assert tables[0]["title"] == "Tabel 7 Stand voorzieningen (x € 1.000)"
    assert {cell["row_label"] for cell in cells} == {
        "Voorziening groot onderhoud",
        "Voorziening pensioenen",
        "Voorziening claims",
        "Voorziening afvalstoffen",
        "Totaal voorzieningen",
    }
    grid = cell_grid(cells)
    assert grid[("Voorziening pensioenen", "Stand 2024")] == "2.400"
    assert grid[("Totaal voorzieningen", "Stand 2023")] == "7.890"


def test_a_label_column_of_group_names_left_of_the_labels_is_kept() -> None:
    """Near form: a first label column of names opening with a capital, printed on a group's
    first row only ("Bestuur   Raad   120"), is the table's own column, no prose beside it:
    the rule leaves it as it was read."""
    text = "\n".join(
        [
            "Tabel 3 Lasten per taakveld (x € 1.000)",
            "",
            "                                         2023       2024",
            "Bestuur en ondersteuning   Raad           120        130",
            "                           College        340        350",
            "Veiligheid en handhaving   Brandweer      910        940",
            "                           Handhaving     220        230",
            "                           Totaal       1.590      1.650",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    labels = {cell["row_label"] for cell in cells}
    assert "Bestuur en ondersteuning Raad" in labels
    assert "Veiligheid en handhaving Brandweer" in labels
