"""Pipe tables (Markdown and its relatives), found by the rule line under their headings.

A pipe table prints its columns between "|": one or more heading rows, a rule of dashes
("|---|--:|"), then one row per line. The rule says how many columns there are, so a row
that prints a cell more (a footnote "1)" after the last value) or fewer (trailing empty
cells left out) keeps its values under their headings. Heading rows over one another join
per column, top first: a group heading printed once over the columns it spans ("2024" over
"Begroting" and "Realisatie") names each of them, and a row of column numbers ("(1)",
"(3)=(2)-(1)") ends the names, above or right under the rule, as do bare years or the
leaves of groups ("fouten" under "Verplichtingen") printed right under it. A row of
leaves right under the rule that prints no cell for a corner spanning both heading rows
(html2text's copy: "Art. | Omschrijving | <Groep> | <Groep>" over "Uitgaven | Ontvangsten |
Uitgaven | Ontvangsten", the rows wider than both) heads the last columns, under the
groups. A heading that prints its corner cell empty at the end instead of at the start (as
some sites convert tables) is read one column to the right.

The row labels are the first column unless its heading names a period; a code column
before the name joins the label ("11 | Apparaat"), and columns headed as codes or text
("Nr.", "Vindplaats") hold no values, whatever they print. A Markdown row is one line, its
fields whole: a column of words its heading names between the label and the values ("Nut"
over "MN" / "EN") is each row's text cell, no part of its label.

A grid table (pandoc's "+---+" borders around each row) is read the same way once each of its
rows is one line of cells: a cell's words wrapped over the lines of its row joined. So is a
table a text browser draws in a box ("┌─┬─┐", "│", "├─┼─┤"), one row a line, a label wrapped
inside its cell joined.
"""

from __future__ import annotations

import itertools
import re
from itertools import pairwise

from budgetkit.extract.tables_cell_groups import name_lost_groups
from budgetkit.extract.tables_code_columns import is_row_code
from budgetkit.extract.tables_column_groups import leaf_groups, run_names
from budgetkit.extract.tables_model import Cell, RawTable, Row
from budgetkit.extract.tables_stacked_headings import joined_heading
from budgetkit.extract.tables_titles import (
    EMPHASISED,
    caption_above,
    corner_caption,
    glued_caption,
    numbered_caption,
    title_above,
    unmarked,
)
from budgetkit.extract.tables_tokens import (
    BRACKETED,
    CAPTION,
    DATE,
    YEAR_IN,
    column_year,
    is_code,
    is_column,
    is_column_number,
    is_value,
    is_year_heading,
    numbers_no_columns,
    parse_value,
)
from budgetkit.extract.tables_units import unit_alone
from budgetkit.extract.tables_vocabulary import LABEL_HEADINGS, heading_kind, is_code_heading
from budgetkit.layout import fold

#: A rule line: cells of dashes, each may be flanked by colons (its alignment), closed by
#: one pipe or more: a converter that ends every line of the table with an empty cell
#: ("... | 2030 ||") ends its rule so too ("---|---||").
_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*(?:\|\s*)*$")
#: Most heading rows read over a rule.
MAX_HEADING_ROWS = 3
#: Markdown emphasis around a label ("**Totaal**").
_EMPHASIS = re.compile(r"^[*_]+|[*_]+$")
#: A word in a cell: a heading's, where a row prints figures or placeholders.
_WORD = re.compile(r"[^\W\d_]{2,}")
#: A date printed in figures ("1-1-2024", "31-12-2024"): a stand's day, heading its column.
Cells = list[tuple[str, int]]


def _is_rule(line: str) -> bool:
    return "-" in line and ("|" in line or "---" in line) and _RULE.match(line) is not None


def pipe_cells(line: str, opened: bool = True) -> Cells:
    """(cell text, 1-based column) of each cell of a pipe row, empty cells included. A pipe
    opening the row ("| Uitgaven | 44.316 |", as Markdown prints it) starts no cell, nor
    does one closing it; in a table whose rule opens with no pipe (``opened`` false), a row
    opening with one (" | Totaal | 6.348.700 |") starts with an empty cell."""
    parts = line.split("|")
    start = 0
    if opened and len(parts) > 1 and not parts[0].strip():
        start = len(parts[0]) + 1
        parts = parts[1:]
    if len(parts) > 1 and not parts[-1].strip():
        parts = parts[:-1]
    cells = []
    for part in parts:
        text = part.strip()
        offset = part.find(text) if text else 0
        # a cell in Markdown emphasis, the same marks opening and closing it ("**865,9**",
        # "_12_"): the marks are layout (a bold total row), the cell is what they enclose; a
        # footnote star after a figure ("1.234*") closes nothing it opened, and stays
        emphasised = EMPHASISED.fullmatch(text)
        if emphasised:
            text = emphasised.group(2)
            offset += len(emphasised.group(1))
        cells.append((text, start + offset + 1))
        start += len(part) + 1
    return cells


def _numbers_only(cells: Cells) -> bool:
    """A row of column numbers ("| | (1) | (2) | (3)=(2)-(1) |"): a heading row."""
    texts = [text for text, _col in cells if text]
    return bool(texts) and not cells[0][0] and all(map(is_column_number, texts))


def _years_only(cells: Cells, heading: list[Cells]) -> bool:
    """A row of bare periods under an empty label cell ("| | 2019 | 2020 | 2023 |", or
    years and dates: "| | 1-1-JJJJ | JJJJ | JJJJ | 31-12-JJJJ |" under a reserve's "Saldo |
    Toevoeging | Onttrekking | Saldo") where the heading rows name no year: the periods the
    columns are about, a last heading row printed under the rule (some sites put the rule
    under the first heading row only), not a row of figures; the heading's words over them
    are their groups ("Realisatie" over 2019-2023) or the first part of their names."""
    texts = [text for text, _col in cells if text]
    return (
        len(texts) >= 2
        and (not cells[0][0] or not cells[-1][0])
        and all(is_year_heading(text) or DATE.fullmatch(text) for text in texts)
        and not any(YEAR_IN.search(text) for row in heading for text, _col in row)
    )


def _words_under_groups(cells: Cells, heading: list[Cells]) -> bool:
    """A row of words and no value under an empty label cell, some of them under the empty
    cells a group heading leaves after it (" | | <Kop> | <Kop> | <Kop> | ..." under "Hfd. |
    Omschrijving | <Groep> | | <Groep> | |"): the leaves of those groups, a
    last heading row printed under the rule (some sites put the rule under the first
    heading row only), not a row; read as a row, the columns under the groups' empty cells
    had no name and lost their values. A row with a label, or under a heading that spans no
    group over it, is a row."""
    texts = [text for text, _col in cells if text]
    above = [text for text, _col in heading[-1]]
    return (
        bool(texts)
        and not cells[0][0]
        and not any(map(is_value, texts))
        and any(
            cells[k][0] and not above[k] and above[k - 1]
            for k in range(2, min(len(cells), len(above)))
        )
    )


def _words_over_values(cells: Cells, heading: list[Cells], rows: list[Cells]) -> bool:
    """Whether the first row under the rule, its label cell empty, prints words and no
    value that tell apart columns the heading rows above name alike, each word in a column
    where at least half the rows under it print a value (" | <woord> <jaar> | <woord>
    <jaar> | " under "<eenheid> | <Kop> | <Kop> | <Kop'>"): the headings' last words, a second
    heading row that some sites print under the rule, not a row; read as one, the columns
    were named by their first words alone ("<Kop>" twice). A row's words stand in a
    column of labels ("|  | Lasten |  |" beside a code column: a group's name), never over
    values alone; a row of placeholders ("|  | - | - |") prints no words; words under
    headings each their own name no columns apart, and are read as before (a row)."""
    texts = [(k, text) for k, (text, _col) in enumerate(cells) if text]
    names = [
        " ".join(row[k][0] for row in heading if k < len(row) and row[k][0])
        for k in range(len(cells))
    ]
    return (
        bool(texts)
        and not cells[0][0]
        and all(_WORD.search(text) and not is_value(text) for _k, text in texts)
        and all(
            2 * sum(k < len(row) and is_value(row[k][0]) for row in rows) >= len(rows)
            for k, _text in texts
        )
        and any(
            names[a] == names[b] and cells[a][0] != cells[b][0]
            for a, _text in texts
            for b in range(1, len(cells))
            if b != a
        )
    )


def _names(rows: list[Cells], width: int, shifted: bool, spans_lost: bool = False) -> list[str]:
    """Each column's heading: its words in every heading row, top first, a group heading
    filled over the empty cells after it in a row that names fewer of the columns the last
    row heads than it does (a heading over no leaf, "Plafond" beside "Verplicht" over "2023
    2024", names a column of its own, no group). Where the rows print more cells than the
    rule counts (``spans_lost``), a heading row printing fewer cells is placed by
    ``_spanned_left``: one opening with a word, or with the empty corner before one."""
    texts = [[text for text, _col in row[:width]] for row in rows]
    texts = [
        _spanned_left(row, width)
        if spans_lost and row is not texts[-1] and any(row[:2]) and len(row) < width - 1
        else (["", *row[:-1]] if shifted else row) + [""] * (width - len(row))
        for row in texts
    ]
    under = [k for k, text in enumerate(texts[-1]) if text]
    for row in texts[:-1]:
        if sum(1 for k in under if row[k]) < len(under):
            for k in range(2, width):
                if not row[k] and row[k - 1]:
                    row[k] = row[k - 1]
    return [" ".join(row[k] for row in texts if row[k]) for k in range(width)]


def _spanned_left(row: list[str], width: int) -> list[str]:
    """A heading row printing fewer cells than the columns over a full row of leaves: its
    cells lost their spans in conversion. Its cells head the last columns one each, and
    its first group spans the columns between the labels' and those ("Realisatie |
    Vastgestelde begroting | Verschil | Ref." over "2019 | ... | 2023 | 2023 | 2023 |":
    Realisatie over the five years), as the groups of a staat print a run of periods first
    and one column each after it. The row's first cells, where they are the corner's
    (``corner_heading``: "Omschrijving | Realisatie | ...", "Art. | Omschrijving | ..."),
    head the label columns and the group after them spans; else, and where every cell is
    the corner's (no group to span: "Omschrijving | Bedragen x € 1.000"), the corner is
    among the cells left out. Read as a group, the corner's word named the first periods.
    An empty first cell is the corner printed empty ("| Realisatie | Vastgestelde begroting
    | Verschil", html2text's copy of an empty corner cell): it heads the labels too."""
    corner = 0
    while corner < len(row) - 1 and (not row[corner] or corner_heading(row[corner])):
        corner += 1
    if corner and not all(map(corner_heading, row)):
        return [*row[:corner], *[row[corner]] * (width - len(row)), *row[corner:]]
    return ["", *[row[0]] * (width - len(row) - 1), *row]


def corner_heading(text: str) -> bool:
    """Whether a heading cell stands over the labels' side: a code column's ("Art."), the
    labels' own (``LABEL_HEADINGS``: "Omschrijving") or the table's unit ("Bedragen x €
    1.000"), no group's name."""
    return (
        is_code_heading(text)
        or " ".join(text.lower().split()) in LABEL_HEADINGS
        or unit_alone(text, 0) is not None
    )


def _holds_values(rows: list[Cells], column: int) -> bool:
    """Whether any row prints a value in ``column`` (a text column, "bron", holds none)."""
    return any(column < len(cells) and is_value(cells[column][0]) for cells in rows)


def _label_columns(names: list[str], rows: list[Cells], texts_apart: bool) -> int:
    """How many columns at the left make up the row labels: the first, unless its heading
    names a period, and after it the columns of text up to the first that holds values (a
    code before the name, "11 | Apparaat | 1.000"). Under a period, the labels are the
    columns up to the first of values after one of text. A column printing plain figures
    prints its small negatives in brackets ("(180)") as figures too, however many rows
    print one; in a column of them alone they may be notes' numbers ("(1)"), text. Where
    ``texts_apart``, a text column the heading names ends the labels (``_text_between``)."""
    labels_first = not (names[0] and is_column(names[0]))
    seen_text = labels_first
    for column in range(1 if labels_first else 0, len(names)):
        if texts_apart and labels_first and _text_between(names, rows, column):
            return column
        filled = [row[column][0] for row in rows if column < len(row) and row[column][0]]
        values = sum(1 for text in filled if is_value(text))
        if values:
            values += sum(1 for text in filled if _small_bracketed(text))
        if filled and values * 2 <= len(filled):
            seen_text = True
        elif filled and seen_text:
            return column
    return 1 if seen_text else 0


def _codes_after_label(names: list[str], rows: list[Cells], column: int) -> bool:
    """Whether ``column``, after the label's first, is a column of codes between the label
    and the values ("Omschrijving" / "Art." / "2016" over "Nota van wijziging" / "1" /
    value, "alle" and "div." on other rows): headed as codes, every field it fills a code
    (``is_row_code``), and a column of names before it, so no word of the label. Where the
    heading's fields stand a column off the rows' (a corner left out: "Art." over the
    names), the column is the names'; a code before the names opens the label."""
    if column < 1 or heading_kind(names[column]) != "code":
        return False
    filled = [row[column][0] for row in rows if column < len(row) and row[column][0]]
    named = any(text and not is_row_code(text) for row in rows for text, _col in row[:column])
    return named and bool(filled) and all(map(is_row_code, filled))


def _text_between(names: list[str], rows: list[Cells], column: int) -> bool:
    """Whether ``column``, right after the label's words, is a text column between the label
    and the values (a reserve's programme, "Programma" over "Bereikbaarheid", empty on the
    totals), no part of the label: its heading names it, as a text column's
    (``heading_kind``: "Toelichting", "Eenheid") or as a column of words every row that
    prints it prints (no figure, no code), beside a first column of words. A label split
    over two fields prints one heading over both, the second empty, so stays one; a code
    before the name ("Art." over "11") or a label's own heading ("Omschrijving") joins it."""
    name = names[column]
    if column < 1 or not name or name.lower() in LABEL_HEADINGS or heading_kind(name) == "code":
        return False
    if heading_kind(name) == "text":
        return True
    return all(_words(rows, k) for k in range(column + 1))


def _words(rows: list[Cells], column: int) -> bool:
    """Whether ``column`` prints words in some row and nothing else in any: no figure, no
    code ("IIB", a chapter's numeral, holds letters too), each field holding a letter."""
    filled = [row[column][0] for row in rows if column < len(row) and row[column][0]]
    return bool(filled) and all(
        not is_value(t) and not is_code(t) and any(map(str.isalpha, t)) for t in filled
    )


def _small_bracketed(text: str) -> bool:
    """A small figure in brackets no value reads as alone ("(180)", but not "(24,3)"): a
    negative or a column's or note's number, as its row or column tells."""
    return BRACKETED.fullmatch(text) is not None and not is_value(text)


def _heading_rows(lines: list[str], rule: int) -> list[int]:
    """The pipe lines right above the rule line (``rule``), top first. A line whose first
    cell opens with a numbered caption (``glued_caption``: html2text's ``<caption>`` on the
    heading row's line) is the first: a table prints its caption above all of its own
    lines, so the pipe lines over it are the rows of a table above, printed with no blank
    line between. Where the pipe lines above the rule run up to another table's rule, no
    blank line between, they are that table's rows (which end where this table's heading
    opens) and this table's heading is the line right above the rule with the group rows
    right above that (``_group_row``: words over the columns, no value)."""
    rows: list[int] = []
    i = rule - 1
    while i >= 0 and len(rows) < MAX_HEADING_ROWS and "|" in lines[i] and not _is_rule(lines[i]):
        rows.insert(0, i)
        if glued_caption(pipe_cells(lines[i])[0][0]) is not None:
            return rows
        i -= 1
    while i >= 0 and "|" in lines[i] and not _is_rule(lines[i]):
        i -= 1
    if len(rows) < 2 or i < 0 or not _is_rule(lines[i]):
        return rows
    first = len(rows) - 1
    while first > 0 and _group_row(pipe_cells(lines[rows[first - 1]])):
        first -= 1
    return rows[first:]


def _group_row(cells: Cells) -> bool:
    """Whether a pipe line is a heading's group row: words in a cell past the first (the
    groups over the columns), no value anywhere, as no row of a table's body prints."""
    texts = [text for text, _col in cells]
    return any(texts[1:]) and not any(map(is_value, texts))


def _opens_next_heading(lines: list[str], line: int) -> bool:
    """Whether the pipe line at ``line`` opens the heading of a table printed right below,
    no blank line between: a rule follows the pipe lines from it, the line under that rule
    prints the rule's cell count (a rule drawn under a heading, not a line drawn within a
    table's body before its total), and ``line`` is among the rows heading it."""
    rule = line
    while rule < len(lines) and "|" in lines[rule] and not _is_rule(lines[rule]):
        rule += 1
    if rule == line or rule + 1 >= len(lines) or not _is_rule(lines[rule]):
        return False
    under = lines[rule + 1]
    if "|" not in under or _is_rule(under):
        return False
    if len(pipe_cells(under)) != len(pipe_cells(lines[rule])):
        return False
    return line in _heading_rows(lines, rule)


#: Fewest rows under a rule that tell, printing more cells than it alike, that the rule
#: counts a heading row whose cells lost their spans.
_MIN_WIDER_ROWS = 3


def _spans_lost(lines: list[str], rule: int, opened: bool, heading: list[Cells]) -> int:
    """How many columns a pipe table holds where its rule (``lines[rule]``) counts fewer: the
    rule was drawn under a heading row whose cells lost their spans in conversion
    ("Realisatie | Vastgestelde begroting | Verschil | Ref. |" over five years, a year, a
    year and a note column), and every row under it, at least ``_MIN_WIDER_ROWS``, prints
    as many cells as each other, more than the rule and every heading row. Cut to the
    rule's count, the rows lost their later values. 0 where the rule counts the columns.
    A pipe line opening the next table's heading (``_opens_next_heading``: a table printed
    right under the last row, no blank line between) ends the rows counted, as the rows
    reader ends the rows there: counted, its cells made the rows' counts differ and the
    spans lost went unseen. A row over a rule drawn within the table (before its total,
    the line under it no heading of that rule's count) is a row the reader reads, so it
    is counted: left out, the rows above it were too few to tell the spans lost, and the
    rows were cut to the rule's count. A value-less heading row (a label, every cell after
    it empty) may print a cell fewer, its last empty cell read as a closing pipe
    ("Subsidies | | | |  "): it is left out of the counts unless it prints more cells than the
    rows of values."""
    counts = []
    bare: list[int] = []  # the counts of value-less heading rows (a label alone)
    i = rule + 1
    while i < len(lines) and "|" in lines[i] and not _is_rule(lines[i]):
        if _opens_next_heading(lines, i):
            break
        cells = pipe_cells(lines[i], opened)
        if any(text for text, _col in cells[1:]) or not cells[0][0]:
            counts.append(len(cells))
        else:
            bare.append(len(cells))
        i += 1
    ruled = len(pipe_cells(lines[rule]))
    if len(counts) < _MIN_WIDER_ROWS or len(set(counts)) != 1 or counts[0] <= ruled:
        return 0
    if any(count > counts[0] for count in bare):
        return 0
    return counts[0] if all(len(row) < counts[0] for row in heading) else 0


def _corner_over_labels(heading: list[Cells], rows: list[Cells], width: int) -> list[Cells]:
    """The heading row of a pipe table whose rows print more cells than it (``width``,
    ``_spans_lost``), placed with its corner spanning the label columns: a converter that
    prints a cell spanning columns once (html2text: the corner over a code and a name,
    "<Kop> | 2022 | 2023" over "<code> | <naam> | 412 | 438") leaves the heading a cell
    short at the labels. So placed where, as printed, a heading after the corner stands
    over a column holding no value (the names) while, placed so, each stands over values
    and the columns the corner spans after the first (which may print a code in figures)
    hold none; as printed, every period stood a column left of its values and the last
    column had none. A heading printed over value columns, the rows' extra cells after
    them (a note), stays as printed; so does a heading of more rows, whose upper rows
    ``_spanned_left`` places."""
    row = heading[-1] if len(heading) == 1 else []
    lost = width - len(row)
    if not row or lost < 1:
        return heading
    printed = range(1, len(row))
    if all(_holds_values(rows, k) for k in printed):
        return heading
    if any(_holds_values(rows, k) for k in range(1, lost + 1)):
        return heading
    if not all(_holds_values(rows, k + lost) for k in printed):
        return heading
    return [[row[0], *[("", row[0][1])] * lost, *row[1:]]]


def _leaves_without_corner(
    lines: list[str], rule: int, opened: bool, heading: list[Cells]
) -> tuple[list[Cells], int, list[str]] | None:
    """(heading rows, columns, group names whose spans are lost) of a pipe table whose
    heading of two rows lost its spans in conversion, its corner cells spanning both: the
    first row prints the corner and each group once ("Art. | Omschrijving | (1) Vastgestelde
    begroting | (2) Mutaties", the rule counting as many), the row right under the rule the
    leaves alone, no cell for the corner ("Verplichtingen | Uitgaven | Ontvangsten |
    Verplichtingen | ..."; "2024 | 2025 na wijziging | 2026 | ..."), and the rows under it
    more cells than the leaves, at least ``_MIN_WIDER_ROWS`` of them all the columns.
    The leaves head the last columns, the corner the ones the rows print before them; the
    leaves part into runs as repeated ones do (``leaf_groups``), each under the next group,
    one group over them all, or, over one run of periods, groups whose spans the budget's
    year may tell (``name_lost_groups``). Read as a row, the leaves were a row's labels
    and values, every heading stood over the wrong column, and the rows were cut to the
    rule's count. None for any other shape."""
    if len(heading) != 1 or not heading[0] or not heading[0][0][0] or rule + 1 >= len(lines):
        return None
    leaves = pipe_cells(lines[rule + 1], opened)
    while leaves and not leaves[-1][0]:
        leaves.pop()  # a converter's trailing empty cell
    texts = [text for text, _col in leaves]
    periods = [column_year(text) is not None for text in texts]
    if len(texts) < 2 or not all(texts) or (any(map(is_value, texts)) and not all(periods)):
        return None  # (words, or periods alone: a row prints a figure)
    counts = []
    i = rule + 2
    while i < len(lines) and "|" in lines[i] and not _is_rule(lines[i]):
        counts.append(len(pipe_cells(lines[i], opened)))
        i += 1
    width = max(counts, default=0)
    if counts.count(width) < _MIN_WIDER_ROWS:
        return None  # (a row may leave its last empty cells out)
    corner = width - len(texts)
    top = heading[0][corner:]
    names = [text for text, _col in top]
    if corner < 1 or len(heading[0]) < corner + 1 or not all(names):
        return None
    runs = leaf_groups(texts)
    if len(names) > 1 and runs[-1] == 0 and all(periods):  # no row of groups: the corner heads
        return [[*heading[0][:corner], *leaves]], width, names
    if (named := run_names(names, runs)) is None:
        return None
    over = [(name, col) for name, (_t, col) in zip(named, leaves, strict=True)]
    blanks = [("", col) for _text, col in heading[0][:corner]]
    return [[*heading[0][:corner], *over], [*blanks, *leaves]], width, []


def _row_past_blank(lines: list[str], blank: int, opened: bool, width: int) -> int | None:
    """Where a pipe table goes on past the blank line ``blank``: at the next line when it
    is a row of as many cells as the table's columns and no heading of a new table (no
    rule under it), as a converter that puts a blank line between the rows prints them;
    else None: the blank line ends the table, as it ends a Markdown table."""
    nxt = blank + 1
    while nxt < len(lines) and not lines[nxt].strip():
        nxt += 1
    if nxt - blank > 1 or nxt == len(lines) or "|" not in lines[nxt] or _is_rule(lines[nxt]):
        return None
    if len(pipe_cells(lines[nxt], opened)) != width:
        return None
    if nxt + 1 < len(lines) and _is_rule(lines[nxt + 1]):
        return None
    return nxt


def _wrapped_rest(
    lines: list[str], at: int, last: tuple[int, Cells], opened: bool, width: int
) -> Cells | None:
    """The cells the line ``at`` prints of the row ``last`` above it, where a converter
    wrapping long lines (html2text) broke that row after a pipe: the row ends in a pipe,
    prints fewer cells than the table's columns, and the line under it prints figures
    alone, as many as the cells left; else None. Any other line under a short row is a
    row of its own, or ends the table."""
    row, cells = last
    if row != at - 1 or not lines[row].rstrip().endswith("|") or len(cells) >= width:
        return None
    text = lines[at].strip()
    if not text or _is_rule(lines[at]):
        return None
    rest = pipe_cells(lines[at], opened) if "|" in text else [(text, lines[at].index(text) + 1)]
    if len(cells) + len(rest) != width or not all(t and is_value(t) for t, _col in rest):
        return None
    return rest


#: Most words of a section row a converter prints without pipes ("Lasten", "Baten").
_MAX_SECTION_WORDS = 6


def _section_row(lines: list[str], index: int, opened: bool, width: int) -> bool:
    """Whether a line without a pipe inside a pipe table is a row of one cell spanning the
    table (a colspan cell: "Lasten", "Baten"), which a converter such as html2text prints
    without any pipe: a few words, no figure, no sentence, with a row of the table's own
    ``width`` right under it that heads no new table (no rule under that). Read as the
    table's end, the section's rows were cut off and no table was read; read so, the
    section row heads the rows under it, as a value-less group heading does."""
    text = lines[index].strip()
    words = text.split()
    if not words or len(words) > _MAX_SECTION_WORDS or text.endswith((".", ":", ";", ",")):
        return False
    if any(map(str.isdigit, text)) or not text[0].isupper():
        return False
    nxt = index + 1
    if nxt >= len(lines) or "|" not in lines[nxt] or _is_rule(lines[nxt]):
        return False
    if nxt + 1 < len(lines) and _is_rule(lines[nxt + 1]):
        return False
    return len(pipe_cells(lines[nxt], opened)) == width


def read_pipe_tables(
    lines: list[str], piped: list[int], budget_year: int | None = None
) -> list[RawTable]:
    """Every pipe table; ``piped``: the (0-based, ascending) indexes of the lines holding
    "|", where a rule line can be; ``budget_year``: the document's, which parts group
    headings whose spans the text lost (``name_lost_groups``)."""
    tables = []
    for index in piped:
        if index == 0 or not _is_rule(lines[index]):
            continue
        heads = _heading_rows(lines, index)
        if not heads:
            continue
        opened = lines[index].lstrip().startswith("|")
        heading = [pipe_cells(lines[i], opened) for i in heads]
        lost: list[str] = []
        i = index + 1
        if (cornerless := _leaves_without_corner(lines, index, opened, heading)) is not None:
            heading, width, lost = cornerless
            spans_lost = 0
            i += 1
        else:
            spans_lost = _spans_lost(lines, index, opened, heading)
            width = spans_lost or len(pipe_cells(lines[index]))
        parsed: list[tuple[int, Cells]] = []
        wraps: dict[int, dict[int, int]] = {}
        while i < len(lines):
            if not lines[i].strip() and parsed:
                nxt = _row_past_blank(lines, i, opened, width)
                if nxt is None:
                    break
                i = nxt
                continue
            if parsed and (rest := _wrapped_rest(lines, i, parsed[-1], opened, width)):
                row, cells = parsed[-1]
                wraps[row] = {k: i for k in range(len(cells), width)}
                cells.extend(rest)
                i += 1
                continue
            if "|" not in lines[i] and _section_row(lines, i, opened, width):
                parsed.append((i, [(lines[i].strip(), len(lines[i]) - len(lines[i].lstrip()) + 1)]))
                i += 1
                continue
            if "|" not in lines[i] or _is_rule(lines[i]):
                break
            if _opens_next_heading(lines, i):
                break  # the heading of the next table, no row of this one
            cells = pipe_cells(lines[i], opened)[:width]
            if not parsed and (
                _numbers_only(cells)
                or _years_only(cells, heading)
                or _words_under_groups(cells, heading)
            ):
                heading.append(cells)  # column numbers, years or leaves right under the rule
            else:
                parsed.append((i, cells))
            i += 1
        if len(parsed) > 1 and _words_over_values(
            parsed[0][1], heading, [c for _i, c in parsed[1:]]
        ):
            heading.append(parsed.pop(0)[1])  # the headings' last words, under the rule
        if not parsed:
            continue
        if spans_lost:
            heading = _corner_over_labels(heading, [c for _i, c in parsed], width)
        # (one row a line, its fields whole: a text column is no part of the label)
        table = table_of_cells(
            lines,
            heading,
            parsed,
            width,
            heads[0],
            index,
            texts_apart=True,
            spans_lost=bool(spans_lost),
            wraps=wraps,
        )
        if table is not None:
            if lost:
                table.lost_groups = lost
                name_lost_groups(table, budget_year)
            tables.append(table)
    return tables


#: Fewest columns a pipe line with no rule under it heads: two cells are a label and one
#: value, as prose parted by a pipe ("Kamerstuk 36 600 | nr. 4") prints them as well.
MIN_RULELESS_COLUMNS = 3
#: Fewest rows of figures under a pipe line with no rule that heads columns.
MIN_RULELESS_ROWS = 2


def _heads_columns(cells: Cells) -> bool:
    """Whether a pipe row can head columns with no rule under it: three or more cells, the
    first the corner (empty or words) and every other a period or words, no figure."""
    rest = [text for text, _col in cells[1:]]
    return (
        len(cells) >= MIN_RULELESS_COLUMNS
        and all(rest)
        and all(is_column(text) or not is_value(text) for text in (cells[0][0], *rest))
    )


def _figures(cells: Cells) -> bool:
    """Whether a pipe row prints a label and a figure (or a nil) in every cell after it."""
    return bool(cells[0][0]) and all(text and is_value(text) for text, _col in cells[1:])


def read_ruleless_pipe_tables(lines: list[str], piped: list[int]) -> list[RawTable]:
    """Every pipe table printed with no rule line under its headings (a word processor's
    export, "Jaar | 2021 | 2022" over "Jeugdbescherming | 412,5 | 438,1"): the first of a
    run of pipe lines heads the columns when its cells are periods or words, and the lines
    under it are the rows while they print as many cells, at least two of them a label and
    figures in every other cell (what tells a table from prose with pipes in it). A run
    with a rule line in it is ``read_pipe_tables``'s. ``piped``: the (0-based, ascending)
    indexes of the lines holding "|"."""
    holding = set(piped)
    tables = []
    for index in piped:
        if index - 1 in holding or _is_rule(lines[index]):
            continue
        opened = lines[index].lstrip().startswith("|")
        heading = pipe_cells(lines[index], opened)
        if not _heads_columns(heading):
            continue
        width = len(heading)
        parsed: list[tuple[int, Cells]] = []
        i = index + 1
        while i in holding and not _is_rule(lines[i]):
            cells = pipe_cells(lines[i], opened)
            if len(cells) != width:
                break
            parsed.append((i, cells))
            i += 1
        if i in holding and _is_rule(lines[i]):
            continue
        if sum(1 for _i, cells in parsed if _figures(cells)) < MIN_RULELESS_ROWS:
            continue
        table = table_of_cells(lines, [heading], parsed, width, index, index + 1)
        if table is not None:
            tables.append(table)
    return tables


def table_of_cells(
    lines: list[str],
    heading: list[Cells],
    parsed: list[tuple[int, Cells]],
    width: int,
    head: int,
    rule: int,
    texts_apart: bool = False,
    spans_lost: bool = False,
    wraps: dict[int, dict[int, int]] | None = None,
) -> RawTable | None:
    """The table of rows whose cells the separators between them already part (a pipe
    table's "|", a grid's borders, a tab or a CSV's ";"): ``heading``, the heading rows'
    cells, top first; ``parsed``, each row's (0-based line, cells); ``width``, the number of
    columns; ``head``, the first heading line and ``rule``, the line that ends the heading
    (0-based). None where no column holds values. ``texts_apart``: a column of words the
    heading names between the labels and the values is each row's text cell, no part of its
    label, as a copy whose separators part whole fields prints it (a tab's, a CSV's); a
    drawn table's text cell, wrapped over lines as its label is, stays read with the label.
    ``spans_lost``: the rows print more cells than the rule counts (``_spans_lost``), so a
    shorter heading row's cells lost their spans (``_spanned_left``). ``wraps``: for a row
    (by its 0-based line) wrapped over lines, the 0-based line of each of its cells (by
    column) printed below it."""
    wraps = wraps or {}
    # a caption printed in the corner, before the first heading's cell, is no column's
    # heading: the table's caption, the corner keeping the labels' heading after it
    glued = glued_caption(heading[0][0][0]) if heading and heading[0] else None
    if glued is not None:
        heading = [[(glued[1], heading[0][0][1]), *heading[0][1:]], *heading[1:]]
    # the corner printed empty at the end of the heading, a period over the labels: the
    # rows fill the column under it; where every row leaves it empty too, it is an empty
    # cell closing every line, and the heading stands over its own columns
    leaf = [text for text, _col in heading[-1]]
    first = [cells[0][0] for _i, cells in parsed if cells and cells[0][0]]
    shifted = (
        len(leaf) == width
        and bool(leaf[0])
        and not leaf[-1]
        and any(not is_value(text) for text in first)
        and any(len(cells) == width and cells[-1][0] for _i, cells in parsed)
    )
    names = _names(heading, width, shifted, spans_lost)
    rows_cells = [cells for _i, cells in parsed]
    labels = _label_columns(names, rows_cells, texts_apart)
    value_columns = [
        k
        for k in range(labels, width)
        if names[k] and not heading_kind(names[k]) and _holds_values(rows_cells, k)
    ]
    if not value_columns:
        return None
    texts = texts_apart and labels < width and _text_between(names, rows_cells, labels)
    order = {k: n for n, k in enumerate(value_columns, 1)}
    # a code column after the label's ("Omschrijving" / "Art." / "2016" over "<Naam>" / "11"
    # / value): the row's article, neither label nor value; one before it opens the label
    worded = [k for k in range(labels) if not _codes_after_label(names, rows_cells, k)]
    rows: list[Row] = []
    for i, cells in parsed:
        if not any(text for text, _col in cells):
            continue  # a row of empty cells spaces the rows apart: no row, no group's head
        label = _EMPHASIS.sub(
            "", " ".join(cells[k][0] for k in worded if k < len(cells) and cells[k][0])
        )
        row_cells = [
            Cell(names[k], order[k], text, parse_value(text), wraps.get(i, {}).get(k, i) + 1, col)
            for k, (text, col) in enumerate(cells)
            if k in order
            and text
            and (is_value(text) or _bracketed_in_row(text, label, cells, order))
        ]
        row = Row(fold(label), i + 1, row_cells)
        if texts and labels < len(cells) and cells[labels][0]:
            row.text_cell = (i + 1, cells[labels][0])
        rows.append(row)
    caption = (head, glued[0]) if glued is not None else caption_above(lines, head)
    match = CAPTION.match(unmarked(fold(caption[1]))) if caption else None
    top = caption[0] + 1 if caption else title_above(lines, head)
    notes = [(i + 1, lines[i]) for i in range(top, rule) if lines[i].strip()]
    columns = [names[k] for k in value_columns]
    corner = None
    # (a numbered caption above the heading is the table's; one in the heading's corner is
    # the corner's, its line the heading's)
    above = [text for i, text in notes if i <= head]
    if not caption and not shifted and not any(map(numbered_caption, above)):
        corner = _corner(lines, heading[0][:labels], head, rule, columns)
    return RawTable(
        number=match.group("number") if match else "",
        caption=caption[1] if caption else corner[1] if corner else "",
        line_start=caption[0] + 1 if caption else top + 1,
        line_end=max((c.line for r in rows for c in r.cells), default=rule + 1),
        layout="pipe",
        rows=rows,
        columns=columns,
        notes=notes,
        caption_line=corner[0] if corner else 0,
    )


def _corner(
    lines: list[str], cells: Cells, head: int, rule: int, columns: list[str]
) -> tuple[int, str] | None:
    """(1-based line, text) of the caption a table prints in the corner of its first
    heading row (``cells``: that row's cells over the labels; ``corner_caption``), its
    line the first heading line printing it; None where the corner names no table."""
    text = fold(" ".join(text for text, _col in cells if text))
    if not text or not corner_caption(text, columns):
        return None
    first = text.split()[0]
    line = next((i for i in range(head, rule + 1) if first in lines[i]), head)
    return line + 1, text


def _bracketed_in_row(text: str, label: str, cells: Cells, order: dict[int, int]) -> bool:
    """Whether ``text`` is a small accountant's negative ("(425)") in a row's value column:
    alone it reads as a column number, but where the separators part the cells and the row
    prints a label and a figure in another value column, it stands among the row's figures
    as a cells-per-line run takes one after its values (``tables_cell_runs.run_at``); so it
    does in a row of such figures alone that number no columns (``numbers_no_columns``:
    "(312)" in every year, "(250)" in four and the last left empty), as a row printed one a
    line reads them. Rising ones ("(1) | (2) | (3)") stay column numbers, no row's cells."""
    if BRACKETED.fullmatch(text) is None or not label.strip():
        return False
    values = [other for k, (other, _col) in enumerate(cells) if k in order and other]
    return any(map(is_value, values)) or numbers_no_columns(
        [other for other in values if BRACKETED.fullmatch(other)], len(order)
    )


#: A grid table's border line: "+" between runs of "-" (or "=" under the heading, ":" for
#: an alignment), one run a column.
_BORDER = re.compile(r"^[ \t]*\+(?:[-=:]+\+)+[ \t]*$")


def _grid_block(lines: list[str], first: int, stop: int, plus: list[int]) -> list[Cells]:
    """Each line's cells of a grid table's row printed over lines ``first`` to ``stop``
    (exclusive), parted where the border above puts its "+" (``plus``, 0-based)."""
    block = []
    for line in lines[first:stop]:
        cells = []
        for left, right in pairwise(plus):
            part = line[left + 1 : right]
            text = part.strip()
            cells.append((text, left + 2 + part.find(text) if text else left + 2))
        block.append(cells)
    return block


def _joined_cells(block: list[Cells]) -> Cells:
    """A grid row's cells with the words a cell wraps over its lines joined, top first."""
    return [
        (" ".join(text for text in (cells[k][0] for cells in block) if text), block[0][k][1])
        for k in range(len(block[0]))
    ]


def read_grid_tables(lines: list[str], bordered: list[int]) -> list[RawTable]:
    """Every grid table (as pandoc writes one): "+---+---+" border lines around each row,
    "+===+" under the heading, the cells between "|" at the border's "+" columns, a cell's
    words wrapped over the lines of its row. The row's values stand on its first line with
    values, its label is its wrapped words joined ("Bijdrage aan het Gemeentefonds" / "voor
    de uitvoering ..."); the rows are then read as a pipe table's. ``bordered``: the
    (0-based, ascending) indexes of the lines holding "+-", where a border can be."""
    tables: list[RawTable] = []
    end = 0
    for index in bordered:
        if index < end or not _BORDER.match(lines[index]):
            continue
        plus = [k for k, char in enumerate(lines[index]) if char == "+"]
        borders = [index]
        i = index + 1
        while i < len(lines) and lines[i].strip()[:1] in ("|", "+"):
            if _BORDER.match(lines[i]):
                if [k for k, char in enumerate(lines[i]) if char == "+"] != plus:
                    break
                borders.append(i)
            i += 1
        ruled = [b for b in borders if "=" in lines[b]]
        if len(borders) < 3 or len(ruled) > 1:
            continue
        blocks = [(a + 1, b) for a, b in pairwise(borders) if b > a + 1]
        under = ruled[0] if ruled else borders[1]
        heading = [_joined_cells(_grid_block(lines, a, b, plus)) for a, b in blocks if b <= under]
        if not ruled and any(is_value(t) and not is_column(t) for row in heading for t, _c in row):
            continue  # no "+===+" and a first row of figures: a grid without a heading
        body = [(a, b) for a, b in blocks if b > under]
        if any(_lines_valued(lines, a, b, plus) > 1 for a, b in body):
            # two lines of values between two borders: borders around groups of rows, not
            # around each row (a text browser's box drawn in ASCII), one row a line
            parsed = _rows_by_line(lines, body, plus)
            heading = [_box_heading(lines, a, b, plus) for a, b in blocks if b <= under]
            table = table_of_cells(lines, heading, parsed, len(plus) - 1, index, under)
            if table is not None:
                table.notes = [(n, text) for n, text in table.notes if n - 1 < index]
                tables.append(table)
                end = borders[-1] + 1
            continue
        parsed: list[tuple[int, Cells]] = []
        for a, b in body:
            block = _grid_block(lines, a, b, plus)
            valued = [k for k, cells in enumerate(block) if any(is_value(t) for t, _c in cells)]
            at = valued[0] if valued else 0
            joined = _joined_cells(block)
            # a value is read where it is printed; a label's wrapped words are joined
            cells = [
                block[at][k] if is_value(block[at][k][0]) else joined[k] for k in range(len(joined))
            ]
            parsed.append((a + at, cells))
        if not heading or not parsed:
            continue
        table = table_of_cells(lines, heading, parsed, len(plus) - 1, index, under)
        if table is not None:
            tables.append(table)
            end = borders[-1] + 1
    return tables


#: A text browser's box around a table (w3m, elinks): its top border ("┌──┬──┐"), the rule
#: under the heading and between groups of rows ("├──┼──┤"), its bottom ("└──┴──┘"), and
#: "│" between the cells of a line; in thin, heavy ("┏━┳━┓", "┃") or double lines ("╔═╦═╗",
#: "║"), or these mixed ("╔═╤═╗", "╟─┼─╢").
_LINE = "─━═"
_BOX_TOP = re.compile(rf"^[ \t]*[┌┏╔╒╓][{_LINE}┬┳╦╤╥]*[{_LINE}][┐┓╗╕╖][ \t]*$")
_BOX_RULE = re.compile(rf"^[ \t]*[├┣╠╞╟][{_LINE}┼╋╬╪╫]*[{_LINE}][┤┫╣╡╢][ \t]*$")
_BOX_BOTTOM = re.compile(rf"^[ \t]*[└┗╚╘╙][{_LINE}┴┻╩╧╨]*[{_LINE}][┘┛╝╛╜][ \t]*$")
#: What opens a box's line of cells.
_BOX_SIDES = ("│", "┃", "║")
#: The top left corners, where a box starts.
BOX_TOPS = ("┌", "┏", "╔", "╒", "╓")


def _box_corners(line: str) -> list[int]:
    """0-based columns of a box border's corners and joints: where "│" parts the cells."""
    return [k for k, char in enumerate(line) if not char.isspace() and char not in _LINE]


def read_box_tables(lines: list[str], tops: list[int]) -> list[RawTable]:
    """Every table a text browser draws in a box (``tops``: the 0-based, ascending indexes
    of the lines holding a top left corner, ``BOX_TOPS``): the lines between the top border
    and the first rule are the heading, a cell's words wrapped over them joined per column
    ("Uitgaven" / "t/m 2015"); then one row a line up to the bottom border, the rules
    between groups of rows passed over. A line printing only a label right under a row with
    values (no rule between) is the rest of that row's label, wrapped inside its cell,
    where its first word would not have fit after the label's last ("Dijkversterking
    Lekdijk traject" / "Culemborg-Vianen"); else it heads the rows under it. The rows are
    then read as a pipe table's."""
    tables: list[RawTable] = []
    for index in tops:
        if not _BOX_TOP.match(lines[index]):
            continue
        corners = _box_corners(lines[index])
        rule = next(
            (
                i
                for i in range(index + 1, len(lines))
                if not lines[i].lstrip().startswith(_BOX_SIDES)
            ),
            len(lines),
        )
        if rule == len(lines) or not _BOX_RULE.match(lines[rule]) or rule == index + 1:
            continue
        if _box_corners(lines[rule]) != corners:
            continue
        heading = [_box_heading(lines, index + 1, rule, corners)]
        body: list[tuple[int, int]] = []  # the groups of rows between rules
        i = start = rule + 1
        while i < len(lines) and not _BOX_BOTTOM.match(lines[i]):
            if _BOX_RULE.match(lines[i]):
                body.append((start, i))
                start = i + 1
            elif not lines[i].lstrip().startswith(_BOX_SIDES):
                break
            i += 1
        body.append((start, i))
        parsed = _rows_by_line(lines, body, corners)
        if not parsed:
            continue
        table = table_of_cells(lines, heading, parsed, len(corners) - 1, index, rule)
        if table is not None:
            # the box and its heading are no title nor note of the table
            table.notes = [(n, text) for n, text in table.notes if n - 1 < index]
            tables.append(table)
    return tables


def _box_heading(lines: list[str], first: int, stop: int, plus: list[int]) -> Cells:
    """A box's heading cells, printed on lines ``first`` to ``stop`` (exclusive): the words
    wrapped inside a cell joined, a word broken at a hyphen as printed ("Toevoe-" /
    "gingen": "Toevoe-gingen")."""
    block = _grid_block(lines, first, stop, plus)
    return [
        (joined_heading([cells[k][0] for cells in block if cells[k][0]]), block[0][k][1])
        for k in range(len(block[0]))
    ]


def _lines_valued(lines: list[str], first: int, stop: int, plus: list[int]) -> int:
    """How many of the lines ``first`` to ``stop`` (exclusive) print a value in a cell."""
    block = _grid_block(lines, first, stop, plus)
    return sum(1 for cells in block if any(is_value(text) for text, _col in cells[1:]))


def _rows_by_line(
    lines: list[str], groups: list[tuple[int, int]], plus: list[int]
) -> list[tuple[int, Cells]]:
    """The rows of a box, one a line, in its groups of lines between rules (``groups``:
    (first, stop) each, 0-based, stop exclusive), its cells parted at ``plus`` (0-based
    columns of the borders' corners): a line printing no value right under a row with
    values in its group is the rest of that row's text cells, its label's or another's,
    each joined to the cell above it (``_wraps_cells``)."""
    rooms = [right - left - 1 for left, right in itertools.pairwise(plus)]
    parsed: list[tuple[int, Cells]] = []
    for first, stop in groups:
        for k, cells in enumerate(_grid_block(lines, first, stop, plus)):
            if k and parsed and _wraps_cells(cells, parsed[-1][1], rooms):
                joined = [
                    (joined_heading([text, below]) if below else text, column)
                    for (text, column), (below, _c) in zip(parsed[-1][1], cells, strict=True)
                ]
                parsed[-1] = (parsed[-1][0], joined)
            elif any(text for text, _col in cells):
                parsed.append((first + k, cells))
    return parsed


def _wraps_cells(cells: Cells, above: Cells, rooms: list[int]) -> bool:
    """Whether a box's line (``cells``) is the rest of text cells of the row above it
    (``above``), wrapped inside them (``rooms``: each cell's width in characters): the row
    above prints values, the line none past its label (a label may end in a year:
    "Mutatie suppletoir" / "2025"), and each word it prints opens under a text of the row
    above whose cell its first word would not have fit in ("Dijkversterking Lekdijk" /
    "traject Culemborg-Vianen" under a label, "conform" / "planning" under a column of
    text)."""
    printed = [(k, text) for k, (text, _col) in enumerate(cells) if text]
    if not printed or len(cells) != len(above) or len(cells) > len(rooms):
        return False
    if not any(text and is_value(text) for text, _col in above[1:]):
        return False
    return all(
        above[k][0]
        and (k == 0 or not (is_value(text) or is_value(above[k][0])))
        and len(above[k][0]) + 1 + len(text.split()[0]) > rooms[k]
        for k, text in printed
    )
