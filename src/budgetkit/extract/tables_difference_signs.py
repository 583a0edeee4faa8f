"""The sign a row's mark of direction gives its difference, for the sums that rebuild parents.

A municipal budget may print the differences of its last column unsigned and say which way
each goes by a mark after it ("Verschil" / "V/N" over "119    V" / "81    N": voordelig or
nadelig; a difference of nil prints none). The figures stay as printed; but a total's
difference is the sum of its parts' signed as their marks say (119 V and 81 N make 38 V,
not 200), so the sums that find a total's parts read them so, or no part in that column
adds up and the total heads none of its rows. Which way is voordelig in the table's own
signs (realisatie less begroting where lasten are negative, or the other way round) does
not matter for a sum: either reading finds the same parts.
"""

from __future__ import annotations

from budgetkit.extract.tables_model import RawTable

#: The sign each mark of a difference's direction gives it: voordelig, nadelig.
DIRECTIONS = {"V": 1, "N": -1}
#: Fewest rows printing a mark that tell the column's figures are marked, not signed.
MIN_MARKED = 2


def difference_signs(table: RawTable, lines: list[str]) -> list[int] | None:
    """Per row of ``table``, the sign the mark printed after its last figure gives that
    figure (``DIRECTIONS``; 1 for a row printing none), where the table's last column is
    one of unsigned differences each marked so on its line, after it and its padding (a
    pipe table's rule "|" too): ``MIN_MARKED`` rows at least, every one with a figure other
    than nil in that column marked, nothing else printed after any row's last figure.
    ``lines``: the source's, each row's found by its cells' line. None where the column
    prints a negative figure (signed already: "-175 N"), a row's last figure is left
    unmarked or followed by other text, or too few are marked: the sums read the figures
    as printed."""
    if not table.columns:
        return None
    last = table.columns[-1]
    signs: list[int] = []
    marked = 0
    for row in table.rows:
        cell = next((c for c in row.cells if c.column_label == last), None)
        if cell is None or cell.value is None:
            signs.append(1)
            continue
        if cell.value < 0:
            return None
        line = lines[cell.line - 1] if 0 < cell.line <= len(lines) else ""
        after = line[cell.column - 1 + len(cell.text) :].replace("|", " ").split()
        if not after and cell.value == 0:
            signs.append(1)
            continue
        if len(after) != 1 or after[0] not in DIRECTIONS:
            return None
        signs.append(DIRECTIONS[after[0]])
        marked += 1
    return signs if marked >= MIN_MARKED else None
