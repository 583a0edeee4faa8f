"""Tests of tables a PDF's text without layout prints a column a block (``tables_cell_blocks``)."""

from __future__ import annotations

from table_texts import cell_grid, read_text, row_parents

_HEAD = ["Het saldo verbetert verder.", "Tabel 2.4 Saldo naar sector (in procenten bbp)"]
_YEARS = ["2021", "2022", "2023"]


def test_periods_then_labels_then_values_column_by_column_are_read_as_rows() -> None:
    """Under its caption the periods, then the labels, then n values per period, one per
    line: the values run column after column, as the labels' block says the text does.
    (No row was read: no label is followed by its values.)"""
    labels = ["Staat", "Gemeenten", "Fondsen", "Totaal sector"]
    values = [
        "–2,0",
        "0,3",
        "0,5",
        "–1,2",
        "–1,4",
        "–0,1",
        "0,6",
        "–0,9",
        "–0,8",
        "0,2",
        "0,9",
        "0,3",
    ]
    text = "\n".join([*_HEAD, *_YEARS, *labels, *values, "Bron: CBS."])
    [table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert table["unit_label"] == "% bbp"
    assert grid[("Staat", "2021")] == "–2,0" and grid[("Staat", "2022")] == "–1,4"
    assert grid[("Totaal sector", "2023")] == "0,3"
    assert len(cells) == 12
    assert row_parents(cells)["Gemeenten"] == "Totaal sector"


def test_blocks_whose_sizes_do_not_agree_or_without_a_tables_caption_stay_unread() -> None:
    """A label wrapped over two lines (or a corner over the labels) leaves n * k values
    for n + 1 label lines: which value is whose the text does not tell, and nothing is
    read. A figure's caption over years, names and figures is no table's."""
    labels = ["Staat", "Gemeenten en", "provincies", "Totaal sector"]
    values = ["–2,0", "0,3", "–1,7", "–1,4", "–0,1", "–1,5", "–0,8", "0,2", "–0,6"]
    text = "\n".join([*_HEAD, *_YEARS, *labels, *values, "Bron: CBS."])
    _tables, cells, _warnings = read_text(text)
    assert not cells
    labels = ["Staat", "Gemeenten", "Totaal sector"]
    text = "\n".join(["Figuur 2.4 Saldo naar sector", *_YEARS, *labels, *values, "Bron: CBS."])
    _tables, cells, _warnings = read_text(text)
    assert not cells
