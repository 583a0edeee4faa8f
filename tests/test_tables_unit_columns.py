"""Tests of a column of units printed between a row's label and its values under a heading
naming it ("Eenheid"), one row per line (``tables_unit_columns``)."""

from __future__ import annotations

from table_texts import read_text, row_parents


def _key_figures(heading: str, units: tuple[str, str, str, str]) -> str:
    """A table of key figures as a layout text layer prints it: the column saying each
    row's unit set centred under ``heading``, so its cells start where their width puts
    them."""
    money, part, share, count = units
    return "\n".join(
        [
            "Tabel 4 Kerncijfers uitvoering 2024-2025",
            f"{'':52}{heading:^9}{'2024':>10}{'2025':>10}",
            f"{'Uitgaven':52}{money:^9}{'8.412':>10}{'8.905':>10}",
            f"{'waarvan subsidies':52}{part:^9}{'1.204':>10}{'1.330':>10}",
            f"{'Onrechtmatig bestede middelen, in % van de uitgaven':52}{share:^9}"
            f"{'0,4':>10}{'0,3':>10}",
            f"{'Aantal bezwaarschriften':52}{count:^9}{'312':>10}{'287':>10}",
            "Bron: jaarverslag 2025",
        ]
    )


def test_a_column_of_units_under_eenheid_is_each_rows_unit_not_its_labels_words() -> None:
    """Each row's unit printed in a column of its own ("€ mln", "%", "aantal" under
    "Eenheid") between its label and its figures: the unit is the row's (money, a share, a
    count: the table's unit mixed), and no word of its label. Read with the label,
    "Uitgaven € mln" named the row, and its "waarvan" row's parent with it."""
    text = _key_figures("Eenheid", ("€ mln", "€ mln", "%", "aantal"))
    tables, cells, _warnings = read_text(text)
    assert [t["unit_label"] for t in tables] == ["mixed"]
    units = {c["row_label"]: (c["unit"], c["unit_label"]) for c in cells}
    assert units == {
        "Uitgaven": ("EUR", "mln euro"),
        "waarvan subsidies": ("EUR", "mln euro"),
        "Onrechtmatig bestede middelen, in % van de uitgaven": ("percent", "%"),
        "Aantal bezwaarschriften": ("count", ""),
    }
    assert row_parents(cells)["waarvan subsidies"] == "Uitgaven"
    assert {c["column_label"] for c in cells} == {"2024", "2025"}


def test_a_column_of_words_under_a_heading_naming_no_units_stays_in_the_labels() -> None:
    """The same column under a heading that names no column of units ("Soort") printing
    words: not read as units, the rows keep reading as before (the words in the label)."""
    text = _key_figures("Soort", ("kas", "kas", "ratio", "stuks"))
    _tables, cells, _warnings = read_text(text)
    assert {c["row_label"] for c in cells} == {
        "Uitgaven kas",
        "waarvan subsidies kas",
        "Onrechtmatig bestede middelen, in % van de uitgaven ratio",
        "Aantal bezwaarschriften stuks",
    }


def test_a_column_under_eenheid_printing_a_word_that_says_no_unit_is_no_column_of_units() -> None:
    """The column under "Eenheid" with one cell that says no unit ("kas" among "€ mln" and
    "aantal"): not a column of units (one text refuses it), so every row keeps its text in
    its label, as a column of words would."""
    text = _key_figures("Eenheid", ("€ mln", "€ mln", "kas", "aantal"))
    _tables, cells, _warnings = read_text(text)
    assert {c["row_label"] for c in cells} == {
        "Uitgaven € mln",
        "waarvan subsidies € mln",
        "Onrechtmatig bestede middelen, in % van de uitgaven kas",
        "Aantal bezwaarschriften aantal",
    }
