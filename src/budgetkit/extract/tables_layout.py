"""Finding every table of a document, whichever way text extraction flattened it.

Each layout has its reader (``tables_cells`` one cell per line, ``tables_rows`` one row per
line, ``tables_pipes`` pipe and grid tables, ``tables_delimited`` cells parted by tabs or
semicolons, read as pipe tables); all of them find tables by their shape, not by a caption.
Where two readers claim the same lines, the reading that places more cells wins, so a
row-per-line reading of a few lines never cuts a cell-per-line table in two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set
from typing import NamedTuple

from budgetkit.extract.money_currencies import CURRENCIES
from budgetkit.extract.tables_alignment import text_row
from budgetkit.extract.tables_captions_below import captions_below
from budgetkit.extract.tables_cell_items import CellKinds
from budgetkit.extract.tables_cells import read_cell_tables
from budgetkit.extract.tables_code_columns import CODE, code_columns
from budgetkit.extract.tables_delimited import TWO_COMMAS, read_delimited_tables
from budgetkit.extract.tables_groups import is_group
from budgetkit.extract.tables_heading_line import CHUNK, split_heading
from budgetkit.extract.tables_inner_texts import inner_text_columns, says_unit, without_spans
from budgetkit.extract.tables_model import Cell, RawTable, Row
from budgetkit.extract.tables_note_numbers import note_number_columns
from budgetkit.extract.tables_page_turns import turns_page
from budgetkit.extract.tables_pipes import (
    BOX_TOPS,
    read_box_tables,
    read_grid_tables,
    read_pipe_tables,
    read_ruleless_pipe_tables,
)
from budgetkit.extract.tables_placed_headings import trailing_values
from budgetkit.extract.tables_row_marks import plain_mark_columns
from budgetkit.extract.tables_rows import read_row_tables
from budgetkit.extract.tables_titles import nonblank, nonblank_before
from budgetkit.extract.tables_tokens import (
    CAPTION,
    DASHES,
    NO_FIGURE,
    RULE_LINE,
    is_column,
    is_value,
    is_year_heading,
)
from budgetkit.extract.tables_unit_columns import unit_columns
from budgetkit.extract.tables_unread import row_like, unread_cells, unread_rows
from budgetkit.extract.tables_vocabulary import (
    MARK_INITIALS,
    TEXT_HEADING_ENDS,
    heading_kind,
    names_note,
)
from budgetkit.layout import lines_holding, lines_matching
from budgetkit.textmodel import TextModel

__all__ = ["Cell", "Found", "RawTable", "Row", "find_tables"]

#: Lines of rows or group headings climbed over above a run of unread rows to its heading.
CLIMB = 3
#: Lines climbed over in all, rows included, above a run of unread rows.
MAX_CLIMB = 4 * CLIMB


def _cells(table: RawTable) -> int:
    return sum(len(row.cells) for row in table.rows)


class Found(NamedTuple):
    """The tables of a document and the runs of row-shaped lines none of them covers, and
    of lines printing one cell each."""

    tables: list[RawTable]
    unread: list[tuple[int, int]]  # (first line, number of lines), 1-based
    unread_cells: list[tuple[int, int]]  # the same, of lines printing one cell each


def find_tables(model: TextModel) -> Found:
    """Every table in a document's text, in printed order, none overlapping another; and the
    runs of lines shaped as rows, or as cells one a line, that no table covers.

    Pipe tables are looked for only on the lines holding "|", found by a scan of the text.
    A column heading line is first looked for by its last characters (a year, a total); the
    line right above a run of rows no table read is then tried too, which finds a heading
    whose last column is a word ("2028 Struc.") without testing every line of prose for one.
    """
    lines = model.lines
    if "\r" in model.text:
        # a file saved with CRLF line ends: the "\r" is the end of the line, not a cell's
        # whitespace (a blank line would read as a placeholder, an empty cell)
        lines = [line[:-1] if line.endswith("\r") else line for line in lines]
    leaders = leader_lines(model)
    if leaders:
        lines = list(lines)
        for index in leaders:
            lines[index] = without_leaders(lines[index])
    guilders = guilder_lines(model)
    if guilders:
        lines = list(lines)
        for index in guilders:
            lines[index] = without_guilder_signs(lines[index])
    marked = note_mark_lines(lines, model.layout.spaced)
    noted: dict[int, int] = {}  # where each blanked note's mark started
    if marked:
        lines = list(lines)
        for index in marked:
            noted[index] = note_mark_start(lines[index])
            lines[index] = without_note_mark(lines[index])
    inner_marked = without_inner_note_marks(lines, model.layout.spaced)
    if inner_marked:
        lines = list(lines)
        for index, line in inner_marked.items():
            lines[index] = line
    marks, marked_headings = mark_columns(model, lines)
    lines = _blanked_from(lines, marks)
    plain_marks, plain_mark_headings = plain_mark_columns(model, lines)
    lines = _blanked_from(lines, plain_marks)
    norms, norm_headings = norm_columns(model, lines)
    lines = _blanked_from(lines, norms)
    texts, text_headings = text_columns(model, lines, noted)
    units: dict[int, str] = {}  # 1-based line: a unit its text after the values says
    for index, start in texts.items():
        said = lines[index][start:].strip()
        if index not in text_headings and says_unit(said):
            units[index + 1] = said
    lines = _blanked_from(lines, texts)
    lines = _blanked_from(lines, note_number_columns(model, lines))
    codes = code_columns(model, lines)
    if codes:
        lines = list(lines)
        for index, spans in codes.items():
            lines[index] = without_spans(lines[index], spans)
    # a column of units between the labels and the values ("Eenheid" over "€ mln" / "%"):
    # each row's unit its text cell, as for a column of units after the values
    unit_spans, inner_units, unit_headings = unit_columns(model, lines)
    if unit_spans:
        lines = list(lines)
        for index, spans in unit_spans.items():
            lines[index] = without_spans(lines[index], spans)
        units.update(inner_units)
    inner, inner_headings = inner_text_columns(model, lines)
    inner_headings = sorted({*inner_headings, *unit_headings})
    if inner:
        lines = list(lines)
        for index, spans in inner.items():
            lines[index] = without_spans(lines[index], spans)
    layout = model.layout
    stated = str(model.budget_year or "")
    year = int(stated) if stated.isdigit() else None  # places groups whose spans are lost
    kinds = CellKinds()  # the lines read as cells, shared by the readers of cells
    found = read_cell_tables(lines, layout, year, kinds)
    found += read_row_tables(lines, layout)
    if marked_headings or plain_mark_headings or norm_headings or text_headings or inner_headings:
        # a heading line without a column's
        headings = {
            *marked_headings,
            *plain_mark_headings,
            *norm_headings,
            *text_headings,
            *inner_headings,
        }
        found += read_row_tables(lines, layout, sorted(headings))
    piped = lines_holding(model, "|")
    found += read_pipe_tables(lines, piped, year)
    found += read_ruleless_pipe_tables(lines, piped)
    found += read_grid_tables(lines, lines_holding(model, "+-", rare_start=True))
    # (a scan for each corner: str.find, many times faster than one regex for them all)
    tops = sorted({i for corner in BOX_TOPS for i in lines_holding(model, corner)})
    found += read_box_tables(lines, tops)
    # (the lines a comma may part found by one scan for two: most lines holding one are prose)
    holding = {
        "\t": lines_holding(model, "\t"),
        ";": lines_holding(model, ";"),
        ",": lines_matching(model, TWO_COMMAS),
    }
    found += read_delimited_tables(lines, holding, year)
    kept = _without_overlaps(found)
    unread = unread_rows(model, kept)
    above = {line - 1 for run, _count in unread for line in _lines_above(model, run)}
    above = sorted(above.union(_under_captions(model, lines, kept)))
    if above and (more := read_row_tables(lines, layout, above)):
        kept = _without_overlaps(kept + more)
        unread = unread_rows(model, kept)
    if units:
        _units_after_values(kept, units)
    captions_below(lines, kept, unread)
    return Found(kept, unread, unread_cells(model, kept, kinds))


def _blanked_from(lines: list[str], starts: dict[int, int]) -> list[str]:
    """``lines`` with each line in ``starts`` blanked from where it says (a column read
    apart: marks, norms, texts after the values), as long as before, so the columns left
    stand where they were printed; ``lines`` itself where none is."""
    if not starts:
        return lines
    lines = list(lines)
    for index, start in starts.items():
        lines[index] = lines[index][:start].ljust(len(lines[index]))
    return lines


def _units_after_values(tables: list[RawTable], units: dict[int, str]) -> None:
    """Each row whose text column after its values says its unit ("fte", "m2", "k€" under
    "Eenheid", blanked by ``text_columns``) keeps it as its text cell, which the scale
    reader reads (``tables_scale``): blanked and lost, a count of fte took the table's
    euros ("Formatie   12   13   fte" stored as € 12.000 under "x € 1.000")."""
    for table in tables:
        for row in table.rows:
            if row.text_cell is None and row.line in units:
                row.text_cell = (row.line, units[row.line])


#: A dot leader after a label, solid or spaced ("Omzetbelasting ..........", "Accijnzen . .
#: . .", "Inhuur derden.......3.100"), of full stops, ellipses or middle dots ("·····"), up
#: to the figures or the line's end.
_LEADER = re.compile(
    r"(?<=[^\s.\u2026\xb7])[ \xa0]*(?:[.\u2026\xb7][ \xa0]*){4,}(?=[-\u2212\d(]|$)"
)
#: What a line holding a leader holds: found by scans of the text, not a test per line.
LEADER_MARKS = ("....", ". . . .", "\u2026\u2026", "\xb7\xb7", "\xb7 \xb7")
#: The marks of full stops, found by one scan from each "." (see ``leader_lines``).
_LEADER_STOPS = re.compile(r"\.(?:\.\.\.| \. \. \.)")


def leader_lines(model: TextModel) -> list[int]:
    """0-based indices of the lines holding one of ``LEADER_MARKS``, ascending: the two marks
    of full stops by one regex scan, the others (ellipses, middle dots) from each of their
    first character, which most texts do not hold (a ``str.find`` scan for each mark of
    several characters cost more than reading the tables of a text without them)."""
    found = set(lines_matching(model, _LEADER_STOPS))
    for mark in LEADER_MARKS[2:]:
        found.update(lines_holding(model, mark, rare_start=True))
    return sorted(found)


def without_leaders(line: str) -> str:
    """The line with its dot leader blanked, each character a space: a leader leads the eye
    from a label to its figures and is no word of the label nor part of a value; the
    figures keep their columns, so each cell still points to where it is printed."""
    return _LEADER.sub(lambda m: " " * len(m.group()), line)


#: A guilder sign before a table's figure, after a column's padding ("Zaken    f 186
#: f 192", "Totaal    ƒ 83.083"): as financial statements print it, on the first and the
#: total rows only, the others bare.
_GUILDER_SIGN = re.compile(r"(?<=[ \t\xa0]{2})(?:ƒ|f|fl\.|[Hh]fl\.?)[ \xa0]?(?=[-\u2212]?\d)")
#: How a guilder amount is signed ("f 186", "ƒ 83.083", "fl. 12", "Hfl 40", "hfl 40"), after
#: two spaces ("  fl." is found as "  f").
_GUILDER_AFTER_PADDING = re.compile("  (?:f|ƒ|[Hh]fl)")


def guilder_lines(model: TextModel) -> list[int]:
    """0-based indices of the lines holding a guilder sign after two spaces ("  f", "  ƒ",
    "  fl.", "  Hfl", "  hfl"), ascending: looked for only on the lines holding two spaces,
    which the page layout lists (a few in a hundred), instead of by scans of the whole text
    from each "f" and "ƒ"."""
    lines, search = model.lines, _GUILDER_AFTER_PADDING.search
    return [index for index in model.layout.spaced if search(lines[index])]


def without_guilder_signs(line: str) -> str:
    """The line with each guilder sign before a figure blanked, each character a space: the
    sign says the currency the table's unit says, and is no word of the label nor part of
    the cell, which is the figure (a row that signs its first figure read as a label ending
    in "f 186 f", its values lost); the figures keep their columns."""
    return _GUILDER_SIGN.sub(lambda m: " " * len(m.group()), line)


#: A note's mark ending a row after its last figure, apart by a column's padding ("11.630
#: 1)" under "Ref."): it points to a note under the table, and is neither a value nor part of
#: one.
_NOTE_MARK = re.compile(r"(?<=\d)[ \t\xa0]{2,}\d{1,2}\)[ \t\xa0]*$")
#: A note's mark ending a row one space after its last figure ("0 1)"): a mark only where
#: its note stands under the row (``_note_below``), as a letter is.
_NOTE_MARK_CLOSE = re.compile(r"(?<=\d)[ \t\xa0](\d{1,2})\)[ \t\xa0]*$")
#: A note's letter ending a row after its last figure, a space apart at least ("-1.120 a"):
#: a mark only where its note stands under the row (``_note_below``).
_NOTE_LETTER = re.compile(r"(?<=\d)[ \t\xa0]+([a-e])[ \t\xa0]*$")
#: The letters ``_NOTE_LETTER`` reads: a line ending in another (most lines ending in a
#: small letter) is not searched.
_NOTE_LETTERS = ("a", "b", "c", "d", "e")
#: Lines looked through under a row for the note a mark of it points to (a letter ending it,
#: a mark in brackets between its figures), and over it for a label marking that note.
NOTE_REACH = 20


def note_mark_lines(lines: list[str], spaced: list[int]) -> list[int]:
    """0-based indices of the ``lines`` (their line ends cut: a CRLF file's "\r" too) ending
    in a note's mark after a figure, ascending: looked for only on the lines holding two
    spaces (``spaced``) that end in ")" (``_NOTE_MARK``) or in a small letter
    (``_NOTE_LETTER``, where its note follows)."""
    return [index for index in spaced if _ends_in_mark(lines, index)]


def _ends_in_mark(lines: list[str], index: int) -> bool:
    """Whether line ``index`` ends in a note's mark after a figure: a number in brackets
    (``_NOTE_MARK``; one space after the figure, ``_NOTE_MARK_CLOSE``, where its note stands
    under it, as a text layer sets a mark printed close to the figure), or a small letter
    whose note stands under it (``_NOTE_LETTER``)."""
    line = lines[index]
    end = line.rstrip()[-1:]
    if end == ")":
        if _NOTE_MARK.search(line) is not None:
            return True
        close = _NOTE_MARK_CLOSE.search(line)
        return close is not None and _note_below(lines, index, close.group(1))
    match = _NOTE_LETTER.search(line) if end in _NOTE_LETTERS else None
    return match is not None and _note_below(lines, index, match.group(1))


def _note_below(lines: list[str], index: int, letter: str) -> bool:
    """Whether a line under row ``index`` (``NOTE_REACH`` lines at most) opens with
    ``letter`` and then a note's words ("a  Vanaf 2026 is ...", "a) Inclusief ..."): the
    note the letter after the row's last figure points to. Read as a cell, the letter
    ended the row in no figure: the row and every row under it were lost, the total too."""
    opens = re.compile(rf"[ \t\xa0]*{letter}(?:\)[ \t\xa0]*|[ \t\xa0]+)[^\W\d_]")
    return any(opens.match(line) for line in lines[index + 1 : index + 1 + NOTE_REACH])


def _mark_of(line: str) -> re.Match[str]:
    """The note's mark ending ``line``, which ``note_mark_lines`` found on it."""
    match = _NOTE_MARK.search(line) or _NOTE_MARK_CLOSE.search(line) or _NOTE_LETTER.search(line)
    assert match is not None
    return match


def note_mark_start(line: str) -> int:
    """Where the note's mark ending ``line`` (found by ``note_mark_lines``) starts."""
    match = _mark_of(line)
    return match.start() + len(match.group()) - len(match.group().lstrip())


def without_note_mark(line: str) -> str:
    """The line with the note's mark ending it blanked, each character a space: the row's
    figures keep their columns, and the row reads as many values as the columns (read as a
    cell, the mark made the row one value too many, or no row at all)."""
    match = _mark_of(line)
    return line[: match.start()] + " " * len(match.group()) + line[match.end() :]


#: A note's mark in brackets between a row's figures, after a figure padded apart from what
#: stands before it (a cell, not a year ending the label: "<noun> JJJJ-JJJJ (N)") and
#: before a further cell (a figure, or a nil dash: any of ``DASHES`` or an em dash), a space
#: apart at least from each ("N.NNN  (N)     -"): the mark with the space before it, and the
#: note's number, captured.
_INNER_NOTE_MARK = re.compile(
    rf"(?<=[ \t\xa0]{{2}})[{DASHES}\u2014(]?\d[\d.,]*\)?([ \t\xa0]+\((\d{{1,2}})\))"
    rf"(?=[ \t\xa0]+(?:[{DASHES}\u2014(]?\d|[{DASHES}\u2014](?:[ \t\xa0]|$)))"
)


#: Lines looked through either side of a row for a column a bracketed figure stands in.
_COLUMN_REACH = 3
#: A cell of a column of figures as a row prints it, its end the column's: a figure, maybe in
#: brackets or after a minus, a nil's dash (maybe after the euro sign: "€ -"), or what stands
#: for a figure ("pm", "n.v.t."). A column of nil dashes holding one bracketed "(2)" is a
#: column: the bracket a negative in it.
_COLUMN_CELL = re.compile(
    rf"(?<!\S)(?:[-\u2013\u2014(]?\d[\d.,]*\)?|(?:€[ \xa0]?)?[{DASHES}\u2014]"
    rf"|(?i:{NO_FIGURE.pattern}))(?!\S)"
)
#: A note's mark a row's label ends with, before the row's padding or the line's end
#: ("<label> (N)   NN.NNN"); the note's number captured.
_LABEL_MARK = re.compile(r"[^\W\d_][ \xa0]?\((\d{1,2})\)(?=[ \t\xa0]{2}|[ \t\xa0]*$)")


def without_inner_note_marks(lines: list[str], spaced: list[int]) -> dict[int, str]:
    """The ``lines`` (0-based, among those holding two spaces, ``spaced``) printing a note's
    mark in brackets between their figures (``_INNER_NOTE_MARK``: "N.NNN   N.NNN  (N)     -",
    the mark set after the figure it explains) whose note opens a line under the row ("(N)
    <words> ..."), each with such marks blanked, each character a space: the figures keep
    their columns. Read as a cell, the mark made the row one value too many, or, before a
    nil dash, ended its figures off the columns: the row was lost, and with a table's first
    row the table. A small figure in brackets without such a note, or whose note a label
    marks, stays a cell: a negative printed so."""
    blanked: dict[int, str] = {}
    for index in spaced:
        line = lines[index]
        if ")" not in line:
            continue
        marks = [
            match
            for match in _INNER_NOTE_MARK.finditer(line)
            if not _in_a_column(lines, index, match.end(1))
            and _row_note_below(lines, index, match.group(2))
        ]
        for match in reversed(marks):
            line = line[: match.start(1)] + " " * len(match.group(1)) + line[match.end(1) :]
        if marks:
            blanked[index] = line
    return blanked


def _in_a_column(lines: list[str], index: int, end: int) -> bool:
    """Whether a cell on a line next to row ``index`` (``_COLUMN_REACH`` lines either way),
    a figure or a nil (``_COLUMN_CELL``), ends where a bracketed figure of the row ends
    (``end``, a bracket's width either way): then it stands in a column, a negative printed
    so, whatever a note says; a column of nil dashes is one as much as a column of figures."""
    near = (
        lines[max(0, index - _COLUMN_REACH) : index] + lines[index + 1 : index + 1 + _COLUMN_REACH]
    )
    return any(abs(cell.end() - end) <= 1 for line in near for cell in _COLUMN_CELL.finditer(line))


def _row_note_below(lines: list[str], index: int, number: str) -> bool:
    """Whether a line under row ``index`` (``NOTE_REACH`` lines at most) opens with
    ``number`` in brackets and then a note's words ("(N) <words> ..."), no label from
    ``NOTE_REACH`` lines over the row down to that note ending with that mark
    (``_LABEL_MARK``): a note a label marks ("<label> (N)") is the label's, and a
    bracketed "(2)" between a row's figures a negative, not a second mark of it."""
    opens = re.compile(rf"[ \t\xa0]*\({number}\)[ \t\xa0]*[^\W\d_]")
    for below in range(index + 1, min(len(lines), index + 1 + NOTE_REACH)):
        if opens.match(lines[below]):
            return not any(
                mark.group(1) == number
                for line in lines[max(0, index - NOTE_REACH) : below]
                for mark in _LABEL_MARK.finditer(line)
            )
    return False


#: A mark ending a row after its last figure, apart by a column's padding: a word of one to
#: three letters, or two such parted by a slash ("-334  N" under "V/N", voordelig or
#: nadelig; "1.250  I" under "I/S"; "498.210  G/P"; "412  nee" under "Tolerantie- / grens
#: overschreden", a yes or no); a currency's code ("1.250   USD" under "Valuta") is none:
#: blanked, its figures took the table's euros. A layout may set the mark one space after
#: its figure, the two printed as one run right-aligned ("345 V" over "1.532 V"): such a
#: mark is one only where it is the initial of a pair of marks, "V" or "N", "I" or "S" (a
#: word one space after a figure is the figure's scale, "€ 4,5 mln"), and stands at its
#: column's one place (``_joins``).
_ROW_MARK = re.compile(r"(?<=[\d%])([ \t\xa0]+)([^\W\d_]{1,3}(?:/[^\W\d_]{1,2})?)[ \t\xa0]*$")
#: Characters left of a column's first mark a line reaching that column may end at (a "G/P"
#: centred where a "G" starts).
MARK_SLACK = 2
#: A word of a few letters in a column of codes, standing for several or all of them
#: ("Div", "Alle"): no figure, so no value either.
_CODE_WORD = re.compile(r"[^\W\d_]{2,4}\.?")
#: Most words of the heading over a column of marks ("V/N", "I/S", "Ontvangers").
MARK_HEADING_WORDS = 3
#: Lines climbed over above a column's first mark to its heading.
MARK_CLIMB = 8


def mark_columns(model: TextModel, lines: list[str]) -> tuple[dict[int, int], list[int]]:
    """({0-based line index: where its text to blank starts}, the heading lines, ascending)
    for each column of marks a table prints after its values (``_ROW_MARK``, looked for on
    the lines holding two spaces that end in a letter): two marks at least, one under
    another, no other text reaching the first one's column between them, under a heading
    of words without a figure that ends its line past the values ("Verschil  V/N":
    pdftotext may print it off its marks, but never over the figures). The marks and
    their heading are neither values nor labels: read with them, the heading line ended in
    no period and the rows in no figure, and the table was lost. Without such a heading a
    column of letters is left as printed (a value column's "PM"), unless its letters are
    the initials of one pair of marks (``_pair_initials``)."""
    found: dict[int, int] = {}
    headings: list[int] = []
    rows = {
        index: (match.start(), match.start(2))
        for index in model.layout.spaced
        if lines[index].rstrip()[-1:].isalpha()
        and (match := _ROW_MARK.search(lines[index]))
        and not is_value(match.group(2))  # "PM", "nvt": a value's cell that holds no figure
        and match.group(2) not in CURRENCIES  # "USD", "CHF": the currency its figures are in
        and (len(match.group(1)) > 1 or _pair_initials([match.group(2)]))
    }
    for first in sorted(rows):
        if first in found:
            continue
        figures, at = rows[first]
        heading = _mark_heading(lines, first, figures, at)
        if heading is not None and heading[0] in rows:
            continue  # (a row's mark heads no marks)
        run = {first: at}
        for index in range(first + 1, len(lines)):
            if index in rows and _joins(rows[first], rows[index]):
                run[index] = rows[index][1]  # (a wider figure or label may push its mark off)
            elif heading is not None and (words := _worded_mark(lines[index], at)) is not None:
                run[index] = words
            elif len(lines[index].rstrip()) > at - MARK_SLACK and not _rule(lines[index]):
                break  # text reaching the column: prose, the page's furniture
        if len(run) < 2:
            continue
        if heading is not None:
            found[heading[0]] = heading[1]
            headings.append(heading[0])
        elif not _pair_initials(lines[index][start:].strip() for index, start in run.items()):
            continue
        found.update(run)
    return found, sorted(headings)


def _rule(line: str) -> bool:
    """Whether ``line`` is a rule alone (``RULE_LINE``): a layout draws one over a total
    across every column, its marks' too ("---------" over "Totaal  -100.804  19 N"); it
    is no text, and the column of marks goes on under it to the total's mark."""
    return RULE_LINE.fullmatch(line.strip()) is not None


def _joins(first: tuple[int, int], row: tuple[int, int]) -> bool:
    """Whether a row's mark ((where its figures end, where the mark starts), as ``first``)
    goes on the column of marks the row ``first`` opens: one apart from its figure by a
    column's padding joins a column of such (a wider figure or label may push it off), one
    a space after its figure only at the place of the column's first mark, as a layout
    sets a run of figure and mark right-aligned ("345 V" over "1.532 V"). A pair's initial
    one space after a figure anywhere else ("375 N" under "2.140 V", the two runs starting
    at one left edge) is a word of its line: read as a mark, it was taken from a row or a
    line of prose."""
    padded = first[1] - first[0] > 1 and row[1] - row[0] > 1
    return padded or row[1] == first[1]


#: A cell of a few short words ending a row after its last figure, apart by a column's
#: padding ("86   Wet LB"): an abbreviation of more than one word in a column of marks.
_WORDED_MARK = re.compile(
    rf"(?<=[\d%])[ \t\xa0]{{2,}}([^\W\d_]+\.?(?:[ \xa0][^\W\d_]+\.?){{1,{MARK_HEADING_WORDS - 1}}})"
    r"[ \t\xa0]*$"
)


def _worded_mark(line: str, at: int) -> int | None:
    """Where a row's cell of a few words starts in a column of marks under a heading whose
    first mark starts at ``at`` (``mark_columns``), starting there too (within
    ``MARK_SLACK``): the column's cells are codes, and one of them may be two or three short
    words ("BP" / "OFM" / "Wet LB" under "Wet"). Read as text reaching the
    column, it ended the marks' rows and left the rest of them to be read with their
    marks: the rows ended in no figure and the table was lost from there. None for a line
    ending otherwise."""
    match = _WORDED_MARK.search(line)
    if match is None or abs(match.start(1) - at) > MARK_SLACK:
        return None
    return match.start(1)


def _pair_initials(marks: Iterable[str]) -> bool:
    """Whether a column's ``marks`` are all initials of one pair of marks (``MARK_INITIALS``:
    "V" and "N", or "I" and "S"), which a municipal budget may print after its differences
    under no heading of their own ("Verschil" over "189  V" / "460  N": the sentence above
    the table says what they mean). Any other letters under no heading are left as printed:
    a footnote's letter, a value column's "PM"."""
    printed = set(marks)
    return any(printed <= pair for pair in MARK_INITIALS)


#: A norm ending a row after its last value, a figure after a comparison sign (">130%", "<
#: 0%", "≥ 1,0"), as a kengetallen table prints its signaleringswaarde in a column of its own.
_NORM_END = re.compile(
    r"(?<=\S)[ \t\xa0]+([<>\u2264\u2265]=?[ \xa0]?[-\u2212\u2013]?\d[\d.,]*[ \xa0]?%?)[ \t\xa0]*$"
)
#: The signs that open a norm.
_NORM_SIGNS = ("<", ">", "\u2264", "\u2265")
#: The heading of a column of norms: one word after the values' headings ("Signalering").
_NORM_HEADING = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*\.?")


def norm_columns(model: TextModel, lines: list[str]) -> tuple[dict[int, int], list[int]]:
    """({0-based line index: where its text to blank starts}, the heading lines) for each
    column of norms a table prints after its values, one row per line, spaced or not
    ("1a Netto schuldquote 88% 92% 85% >130%" under "Kengetal Rekening 2015 Begroting 2016
    Rekening 2016 Signalering"): the norm ending each row (``_NORM_END``, after a value)
    and the word ending the heading line right above them, whose other headings end in a
    period. A figure after a comparison sign is a bound, no amount or rate of the row: read
    with it, the rows ended in no value and the table was lost; with its heading alone, the
    values stood a column to the right. Every row down to the table's end prints a norm,
    two at least (group lines between them print none): a row ending in a bare figure
    there leaves the column unsure, and the lines are left as printed."""
    rows: dict[int, int] = {}
    for sign in _NORM_SIGNS:
        for index in lines_holding(model, sign, rare_start=True):
            match = _NORM_END.search(lines[index])
            before = lines[index][: match.start()].split() if match else []
            if match and len(before) > 1 and is_value(before[-1]):
                rows[index] = match.start(1)
    found: dict[int, int] = {}
    headings: list[int] = []
    for first in sorted(rows):
        if first in found:
            continue
        above = nonblank_before(lines, first, 1)
        heading = _norm_heading(lines[above[0]]) if above else None
        run = _norm_rows(lines, first, rows) if heading is not None else []
        if heading is not None and len(run) >= 2:
            found[above[0]] = heading
            found.update((index, rows[index]) for index in run)
            headings.append(above[0])
    return found, sorted(headings)


def _norm_heading(line: str) -> int | None:
    """Where the heading of a column of norms starts on a heading line ending in it: one
    word, after headings that end in a period or total (``split_heading`` reads the line
    without it); None for any other line."""
    text = line.rstrip()
    cut = max(text.rfind(" "), text.rfind("\t"), text.rfind("\xa0"))
    if cut < 0 or not _NORM_HEADING.fullmatch(text, cut + 1):
        return None
    return cut + 1 if split_heading(text[:cut].rstrip()) is not None else None


def _norm_rows(lines: list[str], first: int, rows: dict[int, int]) -> list[int]:
    """The rows ending in a norm (``rows``) from line ``first`` down to the table's end, past
    blank and group lines; none where a row ending in a value without a norm comes first."""
    run: list[int] = []
    for index in range(first, len(lines)):
        text = lines[index].strip()
        if index in rows:
            run.append(index)
        elif text and not is_group(text, inside=True):
            words = text.split()
            return [] if len(words) > 1 and is_value(words[-1]) else run
        elif not text and index > first and not lines[index - 1].strip():
            break  # two blank lines: the table has ended
    return run


#: Lines read under the heading of a text column printed after the values.
MAX_TEXT_ROWS = 40
#: Fewest rows printing a cell under a heading of words no list holds that tell a text column.
MIN_TEXT_CELLS = 2


def text_columns(
    model: TextModel, lines: list[str], noted: dict[int, int] | None = None
) -> tuple[dict[int, int], list[int]]:
    """({0-based line index: where its text to blank starts}, the heading lines) for each
    column of text a table prints after its values, one row per line, under a heading that
    says so ("Aantal   Toelichting", ``heading_kind``): each row's text from that column on
    ("2   Specialistische kennis, 2 opdrachten tot 2022"), a figure of its own included, and
    the lines its text wraps onto. Neither values nor labels: read with them, the rows
    ended in no figure and were lost, or the text's last figure was taken for a value.
    Looked for on the lines holding two spaces whose last run is such a heading; the rows
    end at the first line whose text stands elsewhere or follows no value.

    A heading of words no list holds ("Totaal  Oordeel" over "1.844  ernstige
    onvolkomenheid" / "312  geen") heads such a column too where what its rows print
    under it is what the column is: words without a figure, or a note's mark (``noted``:
    the marks blanked before, where each started: "– 3.118  1)" under "Ref."), in two
    rows at least and in at least half the rows that print a figure before it, the word
    before the heading no figure (the heading line is no row of values), and no figure
    under it (a value column's)."""
    found: dict[int, int] = {}
    headings: list[int] = []
    noted = noted or {}
    pages = {number - 1 for number in model.layout.page_numbers}
    for index in model.layout.spaced:
        line = lines[index].rstrip()
        known = line.lower().endswith(TEXT_HEADING_ENDS)
        if not known and not line[-1:].isalpha() and not line.endswith("."):
            continue  # (most lines holding two spaces are prose or rows of figures)
        chunks = list(CHUNK.finditer(lines[index]))
        glued = _glued_heading(lines[index])
        if glued is not None:
            span, kind = glued
        elif len(chunks) < 3:
            continue
        else:
            span, kind = chunks[-1].span(), heading_kind(chunks[-1].group())
        if known and kind == "text":
            cells = _text_cells(lines, index, span, noted)
        elif kind == "code":
            cells = _codes_after_values(lines, index, span, noted)
        elif glued is None and _word_heading(chunks):
            cells = _worded_cells(lines, index, span[0], noted, pages)
        else:
            continue
        if cells:
            found.update(cells)
            found[index] = span[0]
            headings.append(index)
    return found, sorted(headings)


def _glued_heading(line: str) -> tuple[tuple[int, int], str] | None:
    """(its span, its ``heading_kind``) of the heading of a code or text column that ends
    a line of the value columns' periods one space after the last ("2017 Art.", "2017
    Artikelnr."): a layout text layer sets a narrow column's heading so, one run with the
    years, whichever word names the column. None for any other line (a note column's
    "Ref." so set is ``tables_note_numbers``', whose numbers follow the values one space
    after, not under their heading)."""
    last = None  # (every word before the last is tested as it is passed: most lines fail
    count = 0  # on their first word, and are read no further)
    for word in _WORD.finditer(line):
        if last is not None and not is_column(last.group()):
            return None
        last = word
        count += 1
    if last is None or count < 2:
        return None
    heading = last.group()
    kind = heading_kind(heading)
    return (last.span(), kind) if kind is not None and not names_note(heading) else None


#: A run of what is no space: a word of a line (``_glued_heading``).
_WORD = re.compile(r"\S+")


def _word_heading(chunks: list[re.Match[str]]) -> bool:
    """Whether a heading line's last run may head a column of text it names in words of its
    own: a few words without a figure, after a run that is no figure, or after the years
    heading the value columns ("Kengetal   2023   2024   2025   Beoordeling"): a line
    whose every figure is a year heads columns, where a row of values ending in words
    ("1.844  ernstige onvolkomenheid") prints amounts."""
    words = chunks[-1].group().split()
    figures = [word for chunk in chunks[:-1] for word in chunk.group().split() if is_value(word)]
    return (
        len(words) <= MARK_HEADING_WORDS
        and not any(ch.isdigit() for ch in chunks[-1].group())
        and (not is_value(chunks[-2].group().split()[-1]) or all(map(is_year_heading, figures)))
    )


def _text_cells(
    lines: list[str], index: int, span: tuple[int, int], noted: dict[int, int]
) -> dict[int, int]:
    """{line index: where its text cell starts} for the rows under a known text heading
    printed over ``span`` (its first column, the one past its last) on line ``index``: a
    cell starts under the heading, from its first character to its last (within
    ``MARK_SLACK``), as a text starts where its heading does and a note's number stands
    centred or right under a heading wider than itself ("1" under "Ref.")."""
    start = span[0]
    cells: dict[int, int] = {}
    for i in range(index + 1, min(len(lines), index + MAX_TEXT_ROWS)):
        line = lines[i].rstrip()
        if len(line) <= start - MARK_SLACK:
            if i in noted and _under(noted[i], span):
                cells[i] = noted[i]  # a note's mark, blanked before: "1)" under "Ref."
                continue
            if CAPTION.match(line):
                break
            continue  # a blank line, a row without text, a group's label
        if turns_page(lines, i):
            break  # the page's foot: its number stands where a note's may
        if _value_short_of(line, start - MARK_SLACK):
            continue  # a row without a cell here, its last value set a place or two right
        at = line.find("  ", max(start - MARK_SLACK - 2, 0))
        at = len(line) - len(line[at:].lstrip()) if at >= 0 else _after_one_space(line)
        if not _under(at, span):
            break  # text standing elsewhere: prose, the page's furniture
        before = line[:at].split()
        if before and not is_value(before[-1]):
            break
        cells[i] = at
    return cells


def _after_one_space(line: str) -> int:
    """Where the last word of a row starts where it follows the row's last value one space
    after (a layout text layer setting a narrow column's cell so, as its heading one space
    after the last year: "2022 Art." over "53.006 1"); -1 where the line ends otherwise."""
    words = line.split()
    if len(words) < 2 or not is_value(words[-2]):
        return -1
    return len(line) - len(words[-1])


def _codes_after_values(
    lines: list[str], index: int, span: tuple[int, int], noted: dict[int, int]
) -> dict[int, int]:
    """{line index: where its code starts} for the rows under a heading of codes ending a
    heading line, after the values' headings ("Realisatie   Verschil   Nr." over "... 2.577
    1"): the number of the note explaining a row, or a code printed after its values, no
    value either way (read as one, "Verplichtingen 1" took a figure too many, its first
    glued onto the label). Where it stands decides: a heading of codes before the values'
    heads codes between label and values (``tables_code_columns``). Each cell a code, as
    ``_text_cells`` reads it after a value, or a word of a few letters standing for
    several or all codes ("Div", "Alle"); none where a cell is anything else (a value
    column under a heading read as a code's)."""
    cells = _text_cells(lines, index, span, noted)
    texts = [lines[i][at:].strip() for i, at in cells.items() if i not in noted]
    coded = all(CODE.fullmatch(text) or _CODE_WORD.fullmatch(text) for text in texts)
    return cells if coded else {}


def _value_short_of(line: str, reach: int) -> bool:
    """Whether a line reaching a text column's cells (``reach``: where the first may start)
    ends in a value that starts left of there, apart from the text before it by padding: a
    value of the column before, set a place or two further right than the others in a
    ragged layout ("4.650   52" ending where "–5.280   1" ends its figure), so the row holds
    no cell in the text column. Read as text standing elsewhere, it ended the column's rows,
    and the note numbers under it were taken for values, each row's first glued onto its
    label."""
    runs = list(CHUNK.finditer(line))
    return len(runs) > 1 and runs[-1].start() < reach and is_value(runs[-1].group())


def _under(at: int, span: tuple[int, int]) -> bool:
    """Whether a cell starting at ``at`` starts under a heading printed over ``span``."""
    return span[0] - MARK_SLACK <= at <= span[1] - 1 + MARK_SLACK


def _worded_cells(
    lines: list[str], index: int, start: int, noted: dict[int, int], pages: Set[int]
) -> dict[int, int]:
    """{line index: where its text cell starts} for the rows under a heading of words no
    list holds (``text_columns``), or none where they do not print a text column: each
    cell starting where the heading starts, as text does (a code set right under a wider
    heading, "USD" under "Valuta", may be a column its words do not say is no value's).
    ``pages``: the indexes of the lines holding only a page's number, which may stand
    under the column past the prose after the table ("87" at the page's right margin):
    the page's furniture, no cell (taken for one, its figure told a value column)."""
    cells = {
        i: at
        for i, at in _text_cells(lines, index, (start, start + 1), noted).items()
        if i not in pages
    }
    texts = [lines[i][at:].strip() for i, at in cells.items() if i not in noted]
    if any(any(ch.isdigit() for ch in text) or is_value(text.split()[0]) for text in texts):
        return {}  # a figure under it: a value column's
    end = max(cells, default=index)
    figured = sum(
        1
        for i in range(index + 1, end + 1)
        if (words := lines[i][: cells.get(i, len(lines[i]))].split()) and is_value(words[-1])
    )
    if len(cells) < MIN_TEXT_CELLS or 2 * len(cells) < figured:
        return {}
    return cells


def _mark_heading(lines: list[str], first: int, figures: int, at: int) -> tuple[int, int] | None:
    """(line index, start) of the heading over a column of marks whose first mark, on line
    ``first``, starts at ``at`` after figures ending at ``figures``: the last run of words
    of the nearest line above that reaches the column, starting past the figures, with no
    figure; None where that line ends in anything else."""
    for index in range(first - 1, max(first - 1 - MARK_CLIMB, -1), -1):
        text = lines[index].rstrip()
        if len(text) <= at - MARK_SLACK:
            continue  # a blank line, a group's label, a row without a mark
        last = list(CHUNK.finditer(text))[-1]
        words = last.group().split()
        if (
            last.start() <= figures
            or len(words) > MARK_HEADING_WORDS
            or any(c.isdigit() for c in last.group())
        ):
            return None
        return index, last.start()
    return None


#: Lines read under a caption no table covers for the table's column headings.
CAPTION_CLIMB = 2


def _under_captions(model: TextModel, lines: list[str], kept: list[RawTable]) -> list[int]:
    """0-based indices of the first lines of text under each table caption ("Tabel 4.3
    ...") that no table read covers, up to ``CAPTION_CLIMB`` of them (a unit line may come
    first): a small table's heading of words over rows of one value each ("Categorie
    Mutatie" over "Huishouden, huurwoning   2,4%") prints no rows of two figures, which
    ``unread_rows`` looks for, yet its caption says a table stands there."""
    covered = [(table.line_start, table.line_end) for table in kept]
    found: list[int] = []
    # (found from each capital T: a scan for one character is several times faster than
    # one for the word, and few of a text's characters are a T)
    for index in lines_holding(model, "Tabel", rare_start=True):
        if not CAPTION.match(lines[index]) or any(a <= index + 1 <= b for a, b in covered):
            continue
        below = nonblank(lines, index + 1, CAPTION_CLIMB - 1)
        found += [i for i in below if not CAPTION.match(lines[i])]
    return found


def _lines_above(model: TextModel, run: int) -> list[int]:
    """The lines that may head a run of rows no table read (``run``: its first line): the
    content line right above it, and above that, over rows and up to ``CLIMB`` lines of
    group headings (or of labels wrapped over two lines, whose first line reads as one),
    the next ones (a begrotingsstaat prints its "Totaal" row and a "Beleidsartikelen"
    group line between its heading of words and the rows no reader took, and wraps long
    article names: "NN  <Naam> en bijdrage aan" / "het <Naam>  N.NNN.NNN").
    A rule line is layout, stepped over, neither a heading nor a group line: ``pdftotext
    -layout`` draws one across the page between the headings and the rows ("(1)   (2)" /
    "––––––––"), too long to read as a group line, and the climb ended there."""
    found: list[int] = []
    groups = 0  # the rows climbed over are not counted: a row of values heads no rows
    # nor are rows of text cells standing where the run's values stand ("Dienstbetrekking?
    # ja   ja" over "Beloning   € 187.412   € 141.006"): rows of the same table
    spans = [
        (start + 1, start + len(value)) for value, start in trailing_values(model.lines[run - 1])
    ]
    line = model.layout.previous(run)
    while line is not None and groups <= CLIMB and len(found) <= MAX_CLIMB:
        text = model.lines[line - 1].strip()
        if RULE_LINE.fullmatch(text):
            line = model.layout.previous(line)
            continue  # layout: no heading, no group
        found.append(line)
        if not row_like(" ".join(text.split())) and not text_row(model.lines[line - 1], spans):
            if not is_group(text):
                break
            groups += 1
        line = model.layout.previous(line)
    return found


def _without_overlaps(found: list[RawTable]) -> list[RawTable]:
    """The tables in printed order, a table overlapping one that places more cells left out
    (the two halves of tables printed side by side do not overlap), or one whose cells tabs
    part: where a tab parts the fields, the fields are the cells, and a reading of the same
    lines by their spaces places more only by splitting one (a label ending in a year,
    "Stand 2024<TAB>1.000", read as a label and two values)."""
    found = sorted(found, key=lambda t: (not t.tabbed, -_cells(t), t.line_start))
    kept: list[RawTable] = []
    for table in found:
        if all(
            table.line_end < k.line_start
            or table.line_start > k.line_end
            or {table.half, k.half} == {1, 2}
            for k in kept
        ):
            kept.append(table)
    return sorted(kept, key=lambda t: (t.line_start, t.half))
