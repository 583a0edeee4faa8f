"""Tests of the lines shaped as a table that no reader took, said instead of lost
(``tables_unread``): here, cells printed one a line."""

from __future__ import annotations

from table_texts import cells_per_line, read_text

_CAPTION = "Tabel 1.2 Budgettaire gevolgen van beleid (bedragen x € 1.000)"
_LABELS = ["Verplichtingen", "Uitgaven", "Opdrachten", "Ontvangsten"]


def _cell_warnings(text: str) -> list[tuple[int, str]]:
    """(line, reason) of each warning of cells one a line that no table read."""
    _tables, _cells, warnings = read_text(text)
    return [(w.line, w.reason) for w in warnings if "table cells, one a line" in w.reason]


def test_a_table_printed_a_column_a_block_that_no_reader_takes_is_said_once() -> None:
    """A PDF's plain text prints the labels one a line, then each column's figures one a
    line, a block each, blank lines between the blocks and no heading over them: no reader
    takes it, and its figures were dropped without a word. One warning at the first figure,
    counting the run's lines (blank lines do not part it)."""
    blocks = [["218.402", "217.250", "12.118", "1.204"], ["301.775", "275.453", "– 1.558", "-"]]
    lines = [
        "De uitgaven stijgen in 2017.",
        "",
        _CAPTION,
        *_LABELS,
        "",
        *blocks[0],
        "",
        *blocks[1],
        "",
        "Toelichting op de financiële instrumenten",
    ]
    _tables, cells, _warnings = read_text("\n".join(lines))
    assert not cells
    first = lines.index("218.402") + 1
    assert _cell_warnings("\n".join(lines)) == [
        (first, "8 lines look like table cells, one a line; no table read")
    ]


def test_a_table_read_one_cell_per_line_raises_no_warning() -> None:
    """The same figures under a heading of years, each row's label before its cells: the
    table is read, and its cells (and its heading block of years one a line) are no
    unread run."""
    text = cells_per_line(
        _CAPTION,
        "2017", "2018", "2019", "2020",
        "Verplichtingen", "218.402", "217.250", "12.118", "1.204",
        "Uitgaven", "301.775", "275.453", "– 1.558", "-",
    )  # fmt: skip
    tables, cells, _warnings = read_text(text)
    assert len(tables) == 1 and len(cells) == 7  # the nil "-" is no cell
    assert _cell_warnings(text) == []


def test_amounts_in_prose_rows_of_one_figure_and_a_charts_axis_raise_no_warning() -> None:
    """Near forms that are no table's cells one a line: a list of amounts one a line among
    words, rows of one figure each (a label between every two figures), and a chart's axis
    under its caption, its ticks one a line stepping evenly down to 0."""
    text = "\n".join(
        [
            "Het kabinet trekt extra geld uit:",
            "- € 12,5 miljoen voor de jeugdzorg;",
            "- € 4.100 per leerling;",
            "- 1.250 extra plaatsen;",
            "- 300 fte bij de Belastingdienst.",
            "",
            cells_per_line("Vrijwilligerswerk", "41 230", "Mantelzorg", "12 870",
                            "Gehandicaptenbeleid", "412 870", "Totaal", "466 970"),
            "",
            "Figuur 4. Oploop opschalingskorting (x € miljoen)",
            cells_per_line("1.000", "800", "600", "400", "200", "0"),
            "2019 2020 2021 2022 2023",
            "",
            "De korting blijft staan.",
        ]
    )  # fmt: skip
    assert _cell_warnings(text) == []
