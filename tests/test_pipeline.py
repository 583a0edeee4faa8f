"""What the extraction stage joins: prose amounts beside the tables found among them."""

from __future__ import annotations

from pathlib import Path

from inline_document import inline_document

from budgetkit.extract.curation import Curation
from budgetkit.extract.pipeline import extract_document

_PRICED = (
    "De mutaties staan in onderstaande tabel.\n"
    "\n"
    "  Mutatie                          2024             2025\n"
    "  Accres                           € 120 mln        € 95 mln\n"
    "  Loonbijstelling                  € 40 mln         € 45 mln\n"
    "  Totaal                           € 160 mln        € 140 mln\n"
    "\n"
    "Het accres valt in 2024 met € 120 mln hoger uit.\n"
)
_BARE = (
    "De mutaties staan in onderstaande tabel (x € 1 mln).\n"
    "\n"
    "  Mutatie                          2024             2025\n"
    "  Accres                           € 120 mln        95\n"
    "  Loonbijstelling                  40               45\n"
    "  Totaal                           160              140\n"
    "\n"
    "Het accres valt in 2024 met € 120 mln hoger uit.\n"
)


def _amounts(text: str) -> list[tuple[int, int, int | None, str | None]]:
    meta = {"title": "Brief", "publisher": "Test", "kind": "memo", "license": "test"}
    # the document's budget year is none of the tables' and sentences' years, so an amount given
    # it as context is told from one reading its own
    doc = inline_document(text, published="2023", budget_year=2023, **meta)
    rows = extract_document(doc, Curation(Path("checks/curation.yml")))
    return [
        (row["line"], row["amount_eur"], row["year_from"], row["year_source"])
        for row in rows["amounts"]
    ]


def test_the_cells_of_a_table_each_printing_its_currency_are_amounts_too() -> None:
    """A table inside prose every cell of which prints its own "€ … mln" sets out amounts in
    columns: each cell is an amount as the prose's are, its year its column's (the heading's,
    so context). A cell's words end at its row: the sentence under the table keeps its own
    "in 2024" (stated), which the last cell took when the prose reader ran on past the table."""
    rows = _amounts(_PRICED)
    assert rows == [
        (4, 120_000_000, 2024, "context"),
        (4, 95_000_000, 2025, "context"),
        (5, 40_000_000, 2024, "context"),
        (5, 45_000_000, 2025, "context"),
        (6, 160_000_000, 2024, "context"),
        (6, 140_000_000, 2025, "context"),
        (8, 120_000_000, 2024, "stated"),
    ]


def test_a_table_of_bare_figures_gives_no_amounts() -> None:
    """Figures in a table's unit ("95" in a table "(x € 1 mln)") are its cells only: the prose
    amounts on its lines stay dropped, a cell printing its "€" among them too."""
    assert [row[0] for row in _amounts(_BARE)] == [8]


_PRICED_TOTAL = (
    "De mutaties staan in onderstaande tabel.\n"
    "\n"
    "  Mutatie                  2024            2025            Totaal\n"
    "  Accres                   € 120 mln       € 95 mln        € 215 mln\n"
    "  Loonbijstelling          € 40 mln        € 45 mln        € 85 mln\n"
    "\n"
    "Het accres valt in 2024 met € 120 mln hoger uit.\n"
)


def test_a_priced_cell_under_a_column_naming_no_year_has_none() -> None:
    """A cell of a priced table under a column naming no year ("Totaal") has no year: the
    years around the table (its other columns', the heading's, the budget year) are other
    amounts', so it is not given the document's budget year as context either."""
    assert _amounts(_PRICED_TOTAL) == [
        (4, 120_000_000, 2024, "context"),
        (4, 95_000_000, 2025, "context"),
        (4, 215_000_000, None, None),
        (5, 40_000_000, 2024, "context"),
        (5, 45_000_000, 2025, "context"),
        (5, 85_000_000, None, None),
        (7, 120_000_000, 2024, "stated"),
    ]
