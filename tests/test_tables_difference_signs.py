"""Tests of the sign a mark of direction gives a difference (``tables_difference_signs``)."""

from __future__ import annotations

import pytest
from table_texts import cell_grid, printed, read_text, row_parents

_ROWS = (
    ("Programma 1 Bestuur", "-4.812", "-5.106", "-4.987", "119", "V"),
    ("Programma 2 Veiligheid", "-2.415", "-2.530", "-2.611", "81", "N"),
    ("Programma 3 Verkeer", "-3.960", "-4.212", "-4.212", "0", ""),
    ("Programma 4 Sociaal domein", "-28.940", "-30.115", "-31.420", "1.305", "N"),
    ("Algemene dekkingsmiddelen", "40.100", "42.200", "43.427", "1.227", "V"),
)
_SALDO = ("Saldo van baten en lasten", "-27", "237", "197", "40", "N")


def _layout(rows: tuple[tuple[str, ...], ...], signed: bool = False) -> str:
    """The balance per programme as ``pdftotext -layout`` prints it: four columns, the last
    the difference (unsigned, or ``signed``), then its mark under "V/N"."""
    ends = (54, 68, 81, 93, 100)

    def line(label: str, *cells: str) -> str:
        figures = list(cells)
        if signed and cells[-1] == "N":
            figures[3] = f"-{figures[3]}"
        return printed(label, ends, *figures)

    return "\n".join(
        [
            "Tabel 3.2 Saldo van baten en lasten per programma (bedragen x € 1.000)",
            "",
            printed("", ends, "Begroting", "Begroting", "Realisatie", "Verschil", "V/N"),
            printed("", ends, "primitief", "na wijziging", "2024", "", ""),
            "",
            *(line(*row) for row in rows),
            "",
            line(*_SALDO),
        ]
    )


def _piped(rows: tuple[tuple[str, ...], ...]) -> str:
    """The same as a pipe table, the marks in a column of their own, empty for nil."""
    return "\n".join(
        [
            "Tabel 4.1 Saldo van baten en lasten per programma (bedragen x € 1.000)",
            "",
            "| Omschrijving | Begroting primitief | Begroting na wijziging | Realisatie 2024 "
            "| Verschil | V/N |",
            "|---|---|---|---|---|---|",
            *(f"| {' | '.join(row)} |" for row in (*rows, _SALDO)),
        ]
    )


@pytest.mark.parametrize("text", [_layout(_ROWS), _piped(_ROWS)], ids=["layout", "pipe"])
def test_unsigned_differences_marked_v_or_n_add_up_as_their_marks_sign_them(text: str) -> None:
    """The programmes' differences printed unsigned, each marked voordelig or nadelig: as
    printed they add up to 2.732, not the balance's 40, and the balance headed none of
    them. Signed by their marks (V one way, N the other), they add up to it, as every
    other column does: the programmes are its parts. The figures stay as printed."""
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["Programma 2 Veiligheid"] == "Saldo van baten en lasten"
    assert parents["Algemene dekkingsmiddelen"] == "Saldo van baten en lasten"
    assert cell_grid(cells)[("Programma 2 Veiligheid", "Verschil")] == "81"


def test_signed_differences_beside_their_marks_add_up_as_printed() -> None:
    """The near form: the differences signed ("-81" and its "N"): a negative figure says
    the column is signed already, and the sums read the figures as printed."""
    _tables, cells, _warnings = read_text(_layout(_ROWS, signed=True))
    parents = row_parents(cells)
    assert parents["Programma 2 Veiligheid"] == "Saldo van baten en lasten"
    assert cell_grid(cells)[("Programma 2 Veiligheid", "Verschil")] == "-81"


def test_a_difference_left_unmarked_reads_no_column_as_marked() -> None:
    """The near form: one difference other than nil printed without a mark: the marks do
    not sign the column, the figures are read as printed and their unsigned sum makes
    the balance no total of the programmes, as before."""
    rows = (*_ROWS[:3], (*_ROWS[3][:5], ""), _ROWS[4])
    _tables, cells, _warnings = read_text(_layout(rows))
    assert row_parents(cells)["Programma 2 Veiligheid"] is None
