"""Tables flattened one row per line, found by their shape.

Two flattenings put a whole row on one line (pipe tables, a third, are ``tables_pipes``):

- **row per line** (letters, previews, municipal pages, a PDF's text layer): a heading line
  ending in column headings ("2018 2019 Totaal", "1-1-2023 1-1-2024", "2027 2028 Struc.",
  "2029 e.v.", column numbers "(1) (2) (3)=(1+2)", possibly after a corner label such as
  "Septembercirculaire 2020" or a unit), then one line per row, "label v1 v2 ...", and
  value-less lines that head a group of rows ("Vaste activa"). Several blocks may be stacked
  under one caption, each with its own heading lines and column heading line; a short line
  set apart by blank lines above a block's heading line is the title of a table of its own,
  no block's group. A label may end
  in a number ("Uitgavenkader bij Miljoenennota 2025"): only as many trailing numbers as
  there are columns are cells, and a year glued to the label is part of it when it dwarfs
  the row's values. A label a PDF wraps over two lines is joined.
- **aligned columns** (a PDF's text layer): once the rows with a value in every column
  stand under their headings, a row of fewer values, space thousands and a dash are read
  where they stand; the words printed over a heading in the lines above it join it
  ("Vastgestelde" / "begroting" / "2023"); a heading line of words alone ("Verplichtingen
  Uitgaven Ontvangsten") is read only there, right above rows no table read.

A table ends at the first line that fits neither its rows nor a new block: prose after it
has no values apart from its words by a column's padding, and heads no group of rows unless
a row follows it at once. A figure whose axis ticks survive as bare numbers has no heading
line with rows under it and is never read as a table.

This module finds the column heading lines and stacks a table's blocks. Each part of the
reading is a module of its own: one heading line (``tables_heading_line``), headings over
several lines (``tables_stacked_headings``, ``tables_placed_headings``; a part per line
without layout, ``tables_line_headings``; a line of every heading a line,
``tables_across_headings``), names over groups
of columns (``tables_column_groups``), headings of words alone (``tables_word_headings``),
a row's label and values (``tables_row_values``), values under their headings
(``tables_alignment``), one block's rows (``tables_block``) and their group headings
(``tables_groups``), wrapped labels (``tables_wrapped_labels``), label columns
(``tables_labels``), page breaks (``tables_page_breaks``), two tables side by side
(``tables_side_by_side``), a table beside a column of prose (``tables_prose_beside``)
and the caption or title above a table (``tables_titles``).
"""

from __future__ import annotations

import re
from collections.abc import Set
from decimal import Decimal
from itertools import compress, islice
from typing import TYPE_CHECKING

from budgetkit.extract.months import MONTHS
from budgetkit.extract.tables_alignment import (
    SLACK,
    aligned_ends,
    aligned_reading,
    heading_spans,
    left_aligned,
    under_headings,
    under_values,
)
from budgetkit.extract.tables_block import cell_place, is_under_rule, read_block
from budgetkit.extract.tables_code_columns import codes_off_labels
from budgetkit.extract.tables_column_groups import (
    closed_before,
    column_groups,
    column_words,
    opened_headings,
    unnumbered,
    years_above,
)
from budgetkit.extract.tables_groups import groups_above, is_group
from budgetkit.extract.tables_heading_line import (
    CHUNK,
    HEADING_RUN,
    TOTALS,
    split_heading,
    year_then_word,
)
from budgetkit.extract.tables_line_headings import line_headings, numbered_above
from budgetkit.extract.tables_model import Cell, RawTable, Row
from budgetkit.extract.tables_packed_headings import packed_heading
from budgetkit.extract.tables_page_breaks import (
    MAX_BREAK,
    RunningHeads,
    foot_over,
    names_document,
    opens_section,
    runs_nudged,
)
from budgetkit.extract.tables_page_turns import turns_page_at
from budgetkit.extract.tables_placed_headings import (
    block_heading,
    label_headings,
    placed_heading,
)
from budgetkit.extract.tables_prose_beside import prose_beside
from budgetkit.extract.tables_row_marks import marks_off_labels
from budgetkit.extract.tables_row_values import (
    PRINTED,
    Style,
    first_telling,
    padded_values,
    split_row,
    trailing_cells,
)
from budgetkit.extract.tables_short_headings import lowered_headings
from budgetkit.extract.tables_side_by_side import side_by_side
from budgetkit.extract.tables_stacked_headings import (
    MAX_STACKED,
    ends_broken_words,
    headings_below,
    numbers_elsewhere,
    periods_under_words,
    stacked_headings,
    stacked_on_starts,
)
from budgetkit.extract.tables_titles import (
    MAX_HEADINGS,
    caption_above,
    continues,
    glued_caption,
    nonblank,
    running_head,
    title_above,
    unmarked,
    wrapped_period,
)
from budgetkit.extract.tables_tokens import (
    BRACKETED,
    CAPTION,
    DASHES,
    DOT_THOUSANDS,
    NO_FIGURE,
    NOTE,
    SUPERSCRIPTS,
    ends_in_dotted,
    indent,
    is_column,
    is_column_number,
    is_point_decimal,
    is_value,
    is_year,
    parse_value,
    spaced_are_odd,
)
from budgetkit.extract.tables_units import read_unit
from budgetkit.extract.tables_vocabulary import heading_kind
from budgetkit.extract.tables_word_headings import (
    every_column_filled,
    filled_rows,
    named_above,
    one_each_below,
    told_by_labels,
    word_heading,
)
from budgetkit.extract.tables_wrapped_labels import printed_label
from budgetkit.layout import FOOTNOTE_START, PAGE_NUMBER, fold

if TYPE_CHECKING:
    from budgetkit.layout import PageLayout


#: A date with its day and month written out ("18 mei 2022"), as a report's head prints it.
_DAY_DATE = re.compile(rf"\d{{1,2}} (?:{'|'.join(MONTHS)}) \d{{4}}", re.IGNORECASE)

#: The end of one sentence and the start of the next inside a label: a word of small
#: letters (no abbreviation: "o.a.", "art.") and a full stop, a capital after it.
_SENTENCE_END = re.compile(r"(?<![.\w])[a-z]{3,}\. [A-Z][a-z]")

#: A sentence going on at the start of a line: a word of small letters at the margin, or
#: a bracket opening one ("(inclusief btw) besteed").
_GOES_ON = re.compile(r"\(?[a-z]{2,}\b")

#: A figure printed as prose prints money: with its currency sign or its scale word ("€ 83
#: miljoen", "12 mln euro"). A table prints its figures bare under the unit it names once.
_PROSE_MONEY = re.compile(r"€|\b(?:eur|euro|mln|miljoen|mld|mrd|miljard)\b", re.IGNORECASE)

#: The fewest words a sentence's start holds before the amount it ends in: a clause (its
#: subject, verb and what the amount is of), longer than a row's name.
_CLAUSE_WORDS = 6

#: Last character of a column heading line (a year, a date, "Totaal").
_HEADING_LAST = frozenset("0123456789l*" + SUPERSCRIPTS)  # a year may carry a footnote mark


def _label_indent(lines: list[str], index: int, label: str) -> int | None:
    """Where a row's label starts: on its values' line, or on the line above where the label
    is wrapped onto the values' line ("Bijdragen aan gemeen-" / "schappelijke regelingen");
    None where neither line starts with it (a tab's width no text knows)."""
    words = label.split()
    for k in (index, index - 1):
        line = lines[k] if k >= 0 else ""
        if words and "\t" not in line and line.split()[:1] == words[:1]:
            return len(line) - len(line.lstrip())
    return None


def read_row_tables(
    lines: list[str], layout: PageLayout, headings: list[int] | None = None
) -> list[RawTable]:
    """Every table printed one row per line, possibly as stacked blocks; ``layout``: the
    page layout of the lines, whose folded lines' last character is the line's last one
    that is not white space. ``headings``: the only lines (0-based, ascending) to try as a
    table's column heading line, instead of those the first test below finds."""
    tables: list[RawTable] = []
    end = 0
    furniture = layout.furniture
    running = RunningHeads(lines)  # read once, as far down as a table past a page break asks
    # a cheap first test: a column heading line ends in a year, date or total (its last
    # character tested for every line with text by a C-level pass), and a column heading
    # (``PERIOD``) ends in two digits or is a total
    folded = layout.folded
    ends = map(_HEADING_LAST.__contains__, layout.filled_lasts)
    candidates = (
        headings
        if headings is not None
        else [
            number - 1
            for number in compress(layout.filled, ends)
            if (text := folded[number - 1])[-2:-1].isdecimal() or text.endswith(TOTALS)
        ]
    )
    if headings is None:
        # a heading whose last column is a word after the years, printed apart by a column's
        # padding ("2029  Structureel"): looked for on the lines holding two spaces only
        worded = [i for i in layout.spaced if year_then_word(folded[i])]
        candidates = sorted({*candidates, *worded}) if worded else candidates
    for index in candidates:
        if headings is not None and index and ends_broken_words(lines[index - 1], lines[index]):
            index -= 1  # "Verplich-" / "tingen": the heading starts on the line above
        if index >= end and (lowered := lowered_headings(lines, index)) is not None:
            lines = lowered  # a column's heading a line shorter than the rest, lowered
        line = lines[index]
        if index < end or "|" in line or wrapped_period(lines, index):
            continue
        # a line that is its own fold (one run of words from the margin, single spaces: most
        # lines tried, prose ending in a year) prints no heading parted by where its words
        # stand (``placed_heading``), and heads a block only if that run reads as headings
        prose = folded[index] == line.rstrip()
        heading = split_heading(line, not prose) or (
            None if prose else placed_heading(lines, index)
        )
        heading = heading and label_headings(lines, index, heading)
        top = None
        if headings is not None and (  # the line above rows no table read
            heading is None or _more_values_below(lines, index, heading[1])
        ):  # words ending in a year heading fewer columns than the rows print: words each
            heading = word_heading(lines, index)
            if heading is None and (parts := line_headings(lines, index)) is not None:
                heading, top, index = parts  # a part per line ("Realisatie" / "2018")
        if (
            heading is not None
            and not numbers_elsewhere(lines, index, heading[1])
            and _more_values_below(lines, index, heading[1], dotted=True)
            and not _more_values_below(lines, index, heading[1])
            and (parts := line_headings(lines, index)) is not None
        ):  # a label's last figure with dot thousands, one value more than the line heads:
            heading, top, index = parts  # the block a part per line ("Bijdrage" / "2024 2025")
        if (
            heading is None
            or _more_values_below(lines, index, heading[1])
            or numbers_elsewhere(lines, index, heading[1])
        ):
            # "(1)" or "2024" alone over rows of three values heads nothing, unless it ends
            # headings whose lines stand over the values ("Saldo" / "31 december" / "2026")
            if prose and not HEADING_RUN.fullmatch(folded[index]):
                continue  # (``block_heading``'s first test, on the line's one run)
            # or headings packed tighter than the values, a word per column on one line
            block = block_heading(lines, index) or packed_heading(lines, index)
            if block is None:
                continue
            heading, top, index = block
        beside = prose_beside(lines, index, heading) if top is None else None
        if beside is not None and (alone := split_heading(beside[index])) is not None:
            # a table in one column of a page of two: read without the prose beside it
            table = _read_table(beside, index, alone, None, furniture, running.halves(beside))
            if table is not None:
                _corner_named_by_total(table)
                tables.append(table)
                end = table.line_end
                continue
        halves = side_by_side(lines, index, heading) if top is None else None
        if halves is not None:  # two tables side by side: each read on its own
            read = [
                table
                for half in halves
                if (again := split_heading(half[index])) is not None
                and (
                    table := _read_table(
                        half, index, again, furniture=furniture, running=running.halves(half)
                    )
                )
                is not None
            ]
            for side, table in enumerate(read, 1):
                table.half = side
            if len(read) == len(halves):
                tables += read
                end = max(table.line_end for table in read)
                continue
        table = _read_table(lines, index, heading, top, furniture, running)
        if table is not None:
            _corner_named_by_total(table)
            tables.append(table)
            end = table.line_end  # 0-based index of the line after the last row
    return tables


#: A total naming what it closes: "Totaal lasten", "Totale baten", "Subtotaal lasten".
_TOTAL_NAMING = re.compile(r"(?:sub)?tota(?:al|le)\s+(?P<name>[^\W\d_]+)", re.IGNORECASE)


def _corner_named_by_total(table: RawTable) -> None:
    """The first heading of a line of words one space apart opens with the labels' heading
    where that word is what the table's total closes ("Lasten Primitieve begroting 2024
    Begroting na wijziging 2024 ..." over the programmes and "Totaal lasten"): the corner
    ("Lasten"), no part of the first column's heading, which the line's spaces could not
    tell (``_worded_heading`` keeps such words in the first heading). Taken only where
    the rest of the heading opens with a capital, as a heading of its own does."""
    if not table.columns:
        return
    first = table.columns[0]
    word, _space, rest = first.partition(" ")
    if not rest[:1].isupper() or not any(map(str.isdigit, rest)):
        return
    named = {
        match.group("name").lower()
        for row in table.rows
        if (match := _TOTAL_NAMING.fullmatch(row.label.strip())) is not None
    }
    if word.lower() not in named or rest in table.columns:
        return
    table.columns[0] = rest
    for row in table.rows:
        for cell in (*row.cells, *row.loose):
            if cell.column_label == first:
                cell.column_label = rest


def _more_values_below(
    lines: list[str], index: int, headings: list[tuple[str, int]], dotted: bool = False
) -> bool:
    """Whether the row under line ``index`` prints more values than its ``headings``: read
    with that many, its label still ends in two values, or in one parted from its words by
    a column's padding ("Jeugd 10 20" under one heading; "Artikel 3" and "Miljoenennota
    2025" end in a number of their own); where its spaces do not tell one number from the
    next (space thousands), where it ends in more values parted by padding than that.
    With ``dotted``, also where its label ends in a figure with dot thousands
    (``ends_in_dotted``: "Breda 11.640.215" under "2024 2025")."""
    # the first row under it, past heading or group lines that end in no value
    # ("Vastgestelde begroting Mutaties ..." under "Art. Omschrijving (1) (2)", "Bedragen x
    # € 1.000   Begroting   Realisatie ..." under the years of its groups) and the year
    # right under a heading of words that ends it ("Mutatie" / "1999": no row's value), or
    # one column's heading ending there (``_heading_end``)
    width = len(headings)
    below = nonblank(lines, index + 1, MAX_HEADINGS + 1)
    if below and below[0] == index + 1 and periods_under_words(lines[index + 1], headings):
        below = below[1:]
    rows = [
        i
        for i in below
        if trailing_cells(lines[i], 1)
        and not (i == index + 1 and _heading_end(lines[index], lines[i]))
    ]
    first = first_telling(lines, rows)
    if first is None:
        return False
    if _row_more(lines, first, width, dotted):
        return True
    # a first row leaving a cell empty (no placeholder: "11.420   1.310      512   12.218"
    # under five columns) prints as many values as the line heads; a row right under it
    # printing more, each apart by a column's padding, tells the columns as well, where no
    # heading of a column holding no values, on this line or the two over it (codes,
    # "Art.nr."; notes, "Noot"), heads one whose codes or note numbers the rows print among
    # their figures
    heads = (run for line in lines[max(0, index - 2) : index + 1] for run in CHUNK.findall(line))
    if any(heading_kind(run) is not None for run in heads):
        return False
    return any(_padded_runs(lines[i]) > width for i in rows if i > first)


def _row_more(lines: list[str], first: int, width: int, dotted: bool) -> bool:
    """Whether the row ``lines[first]`` prints more values than ``width`` headings
    (``_more_values_below``)."""
    row = split_row(lines[first], width)
    if row is None:  # the spaces do not tell where one number ends: the padding does
        return _padded_runs(lines[first]) > width  # ("31 240   32 050   30 602   1 448-")
    words = row[0].split()
    if len(words) < 2:
        return False
    label = lines[first][: row[1][0][1] - 1].rstrip()  # as printed, its spaces kept
    padded = label[: len(label) - len(words[-1])].endswith("  ")
    # a nil dash in a column's padding after a figure ("412.305      -") is a cell the
    # heading line leaves unnamed as much as a figure is: fewer headings than the rows'
    # cells ("1-1-2023" / "31-12-2023" under five headings a line up)
    nil = len(words[-1]) == 1 and words[-1] in DASHES and padded and is_value(words[-2])
    if not (is_value(words[-1]) or nil):
        return False
    if is_value(words[-2]) or (padded and not is_year(words[-1])):
        return True
    if dotted and ends_in_dotted(label):  # "Breda 11.640.215" under "2024 2025"
        return True
    # a signed figure printed with a space after its minus ("– 98.200"): one value, its
    # own run of the label after a column's padding
    runs = CHUNK.findall(label)
    return len(runs) > 1 and " " in runs[-1] and is_value(runs[-1])


def _heading_end(heading: str, line: str) -> bool:
    """Whether ``line``, right under the column heading line ``heading``, is the last line
    of one column's heading, wrapped under the rest ("Oorspronkelijk" / "vastgestelde" /
    "begroting 2023" over the first column, "vastgestelde   2023   2022" the line above):
    one run of words ending in a year, standing under the first run of a heading line that
    hangs over the columns (set in from the margin, clear of the labels). Read as the first
    row, its year was that row's one value, so the heading line, naming only some columns,
    seemed to head every value of the rows and glued the rest to their labels. It heads
    one column; the rows under it fix how many there are."""
    runs = list(CHUNK.finditer(line))
    over = CHUNK.search(heading)
    return (
        over is not None
        and over.start() > 0
        and len(runs) == 1
        and runs[0].start() < over.end()
        and over.start() < runs[0].end()
        and is_year(runs[0].group().split()[-1])
    )


def _padded_runs(line: str) -> int:
    """How many values end a row, each a run of its own apart from the one before by a
    column's padding (two spaces or more), after a label: figures with space thousands
    ("31 240   32 050") are counted one each, which the spaces alone do not tell."""
    if "\t" in line:
        return 0
    chunks = [m.group() for m in CHUNK.finditer(line)]
    count = 0
    while count < len(chunks) - 1 and is_value(chunks[-1 - count]):
        count += 1
    return count


#: An item's number in a column of its own ("1", "12", "4a", "1.2"): no thousands, no sign.
_ITEM_NUMBER = re.compile(r"\d{1,3}[a-z]?(?:\.\d{1,2})?")


def _item_numbers_into_labels(rows: list[Row], columns: list[str]) -> None:
    """The cells of a column headed as one of items' numbers ("Art.", "Artikel", "Nr.",
    "Code": ``heading_kind``) that each print such a number (``_ITEM_NUMBER``) moved from
    the values into their rows' labels ("Loonbijstelling   1   1.250" names "Loonbijstelling
    1"), as where a row prints none the others' numbers already join their labels: read as
    values, an article's number was stored as an amount in the table's unit (article 4 as
    € 4.000 under "x € 1.000"). Changes ``rows`` and ``columns`` in place."""
    for label in [label for label in columns if heading_kind(label) == "code"]:
        cells = [cell for row in rows for cell in row.cells if cell.column_label == label]
        if not cells or not all(_ITEM_NUMBER.fullmatch(cell.text) for cell in cells):
            continue
        for row in rows:
            own = [cell for cell in row.cells if cell.column_label == label]
            if own:
                row.label = f"{row.label} {own[0].text}"
                row.cells = [cell for cell in row.cells if cell.column_label != label]
        columns.remove(label)


def _read_table(
    lines: list[str],
    index: int,
    first: tuple[str, list[tuple[str, int]]],
    top: int | None = None,
    furniture: Set[int] = frozenset(),
    running: RunningHeads | None = None,
) -> RawTable | None:
    """The table whose first column heading line is ``lines[index]`` (``_read_blocks``). A
    table prints its thousands one way: where it reads with dot thousands ("1.250") and
    numbers joined over a space ("250 300" as 250.300, or a label's "2" and 250 as 2.250),
    the spaces parted two numbers, and it is read again without joining any (unless the
    joined numbers are the more: then the dots are the odd ones). ``furniture``: the
    numbers of the page's running header and footer lines; ``running``: the running heads
    of ``lines`` (``RunningHeads``), read once per document."""
    table = _read_blocks(lines, index, first, top=top, furniture=furniture, running=running)
    if table is None or _dated_prose(table, lines):
        return None
    printed = [cell.text for row in table.rows for cell in (*row.cells, *row.loose)]
    style = PRINTED
    if spaced_are_odd(printed):
        style = Style(space_thousands=False)
        table = _read_blocks(
            lines, index, first, style, top=top, furniture=furniture, running=running
        )
    if table is not None and _points_are_odd(printed):
        style = style._replace(point_decimals=False)
        table = _read_blocks(
            lines, index, first, style, top=top, furniture=furniture, running=running
        )
    if table is not None and _prints_minus_after(lines, table):
        style = style._replace(minus_after=True)
        table = (
            _read_blocks(lines, index, first, style, top=top, furniture=furniture, running=running)
            or table
        )
    if table is not None and _prints_brackets(lines, table):
        style = style._replace(brackets=True)
        table = (
            _read_blocks(lines, index, first, style, top=top, furniture=furniture, running=running)
            or table
        )
    return table


def _dated_prose(table: RawTable, lines: list[str]) -> bool:
    """Whether ``table`` is a report's or a letter's head read as one: its only column
    "headed" by the date printed under the title ("18 mei 2022"), its rows sentences of
    prose that end in a figure ("Defensie gaf ... uit. Wij vonden voor € 1.312 miljoen").
    A row label holding the end of one sentence and the start of the next is never a row's
    name, nor is a row that is a sentence running on below it (``_runs_on``). A date with
    its day is the document's, not a column's, when nothing else heads one."""
    if len(table.columns) != 1 or not _DAY_DATE.fullmatch(table.columns[0].strip()):
        return False
    valued = {row.line for row in table.rows if row.cells}
    return any(
        row.cells and (_SENTENCE_END.search(row.label) or _runs_on(lines, row, valued))
        for row in table.rows
    )


def _runs_on(lines: list[str], row: Row, valued: Set[int]) -> bool:
    """Whether ``row`` is the first line of a sentence that runs on below it ("In 2024 is
    aan de renovatie ... € 6,2 miljoen" / "(inclusief btw) besteed, ..."): its "label" a
    clause (``_CLAUSE_WORDS`` words at least on its line), its one value money as prose
    prints it (``_PROSE_MONEY``), and the next line, no row of values (``valued``: their
    line numbers), going on at the margin in small letters (``_GOES_ON``). A table's row
    whose name wraps under it ("Bestemmingsreserve egalisatie 2.315" / "tarieven") or a
    note under its total ("bedragen afgerond ...") prints a name and a bare figure under
    the table's unit."""
    cell = row.cells[-1]
    words = lines[cell.line - 1][: cell.column - 1].split()
    return (
        len(words) >= _CLAUSE_WORDS
        and _PROSE_MONEY.search(cell.text) is not None
        and row.line < len(lines)
        and row.line + 1 not in valued
        and _GOES_ON.match(lines[row.line]) is not None
    )


def _year_columns(rows: list[Row], columns: list[str]) -> set[int]:
    """The columns (indexes into ``columns``) whose every cell is a year ("2027") or says
    it has no figure ("n.n.b."), two years at least, in a block whose other cells print
    their thousands with a dot ("18.412"): a figure of four digits in such a table would
    print "2.027", so these are years (a project's end, "Einde looptijd"), a text column,
    whatever its heading says."""
    by_column: dict[str, list[str]] = {label: [] for label in columns}
    for row in rows:
        for cell in row.cells:
            by_column.setdefault(cell.column_label, []).append(cell.text)
    found: set[int] = set()
    for k, label in enumerate(columns):
        texts = by_column[label]
        years = sum(1 for text in texts if is_year(text))
        if years < 2 or not all(is_year(text) or NO_FIGURE.fullmatch(text) for text in texts):
            continue
        others = (text for other, cells in by_column.items() if other != label for text in cells)
        if any(DOT_THOUSANDS.search(text) for text in others):
            found.add(k)
    return found


def _without_text_cells(
    lines: list[str], rows: list[Row], columns: list[str], headings: list[tuple[str, int]]
) -> list[str]:
    """The block's columns without those headed as text ("Toelichting", "Oplevering": a
    project's year of opening, "2026", "2027-2028", "n.n.b."), their cells taken out of the
    ``rows``: no values, whatever they read as. A text a row's values did not take, printed
    under such a heading at the end of the label ("N33 Assen-Zuidbroek   2027-2028"), is no
    part of the label either. ``headings``: where the columns' headings stand."""
    texts = {k for k, label in enumerate(columns) if heading_kind(label) == "text"}
    texts |= _year_columns(rows, columns)
    if not texts:
        return columns
    named = {columns[k] for k in texts}
    spans = heading_spans(headings) if len(headings) == len(columns) else []
    for row in rows:
        row.cells = [cell for cell in row.cells if cell.column_label not in named]
        first = min((cell.column for cell in (*row.cells, *row.loose)), default=0)
        runs = list(CHUNK.finditer(lines[row.line - 1][: first - 1])) if first else []
        last = runs[-1] if len(runs) > 1 else None
        if (
            last is not None
            and spans
            and any(
                spans[k][0] - SLACK <= last.end() and last.start() < spans[k][1] + SLACK
                for k in texts
            )
        ):
            cut = fold(last.group())
            row.label = row.label[: -len(cut)].rstrip() if row.label.endswith(cut) else row.label
    return [label for k, label in enumerate(columns) if k not in texts]


def _period_left_of_a_word_column(
    named: list[tuple[str, int]], kept: list[tuple[str, int]]
) -> bool:
    """Whether the rows print fewer values than a heading line names where the headings
    left out, the first ones, name periods and the last one kept names none ("Kengetal
    Rekening 2015 Begroting 2016 Rekening 2016 Signalering" over rows of three values): the
    empty column may be the word's (a column of norms or notes left blank) as well as the
    first period's, and nothing tells which. Read from the end, the values stood a
    column to the right, under the wrong years; such a table is left unread (said)."""
    if not kept or len(kept) >= len(named):
        return False
    dropped = named[: len(named) - len(kept)]
    return any(is_column(name.split()[-1]) for name, _col in dropped) and not is_column(
        kept[-1][0].split()[-1]
    )


def _page_foot(line: str) -> bool:
    """Whether a line is a page's foot or head printing its page number in a run of its own
    ("Pagina 3 van 5   Onze referentie 2024-0000312457", "blz. 4", "– 12 –"): between
    two blocks under the same headings, the page turns there and the rows go on. A bare
    number is no such run (a year heading a group of rows prints so)."""
    return any(
        PAGE_NUMBER.fullmatch(run) is not None and not run.isdigit()
        for run in re.split(r"\s{2,}", line.strip())
    )


def _padded_foot_over(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` is a page's running foot over its number alone on the next
    line, a form feed under that (``foot_over``), its parts set apart by padding
    ("Programmabegroting 2025-2028      Gemeente Hengelo"): a sentence, a note or the next
    table's caption over the page's number prints no padding, and ends the table there."""
    return foot_over(lines, index) and "  " in lines[index].strip()


def _foot_over_head(lines: list[str], index: int, head: int, furniture: Set[int]) -> bool:
    """Whether ``lines[index]`` is a page's foot printing no number, naming the document
    with its year (``names_document``: "<Publicatie> JJJJ"), the next page's head under it
    (``lines[head]``, the next line with text) opening on a form feed and printing the
    page's number ("Tweede Kamer, ..., nr. 1      3"): a Kamerstuk numbers its pages in
    the head, so the turn shows only there, and the foot set apart under the rows is the
    last line of the page before, no line of the table nor a title of the rows past the
    break (asked where the table's heading must be printed again under the head:
    ``_heading_again``). A caption there opens another table, and a line naming no
    document with its year (a title, "Overzicht <onderwerp>") is no foot: the search for
    the heading again ends there."""
    text = lines[index].strip()
    return (
        lines[head].startswith("\f")
        and turns_page_at(lines, head, furniture)
        and CAPTION.match(text) is None
        and names_document(text)
    )


def _title_apart(
    lines: list[str], end: int, between: list[int], heading: int, own: str | None = None
) -> bool:
    """Whether the group-like lines ``between`` the rows above (ending before ``end``, a
    blank line under them) and the next block's heading line (``heading``) title a table of
    their own. One line without figures set apart by a blank line from both, no running
    head, does ("Totaal ..." / "" / "Kengetallen <noun>" / "" / "Aantallen   JJJJ
    JJJJ"): a group's name stands right over its block's heading ("Ontvangsten" / "   JJJJ
    JJJJ"). Read as a block of the part above, however alike its columns, the two parts
    were one table named by the line: the part above lost its caption and unit, the counts
    took neither. Lines whose last names a unit do too, however they are set, apart or line
    under line, right over the heading or not ("Paragraaf N <noun>" /
    "<noun> ... (bedragen x € N)" / "<heading>   JJJJ ..."): a section's
    heading and the caption of a table of its own, or the caption alone; a group's name
    prints no unit. So does a numbered caption of another number than the table's own
    (``own``, where it has one), its number no figure of a row ("### Tabel 2 <naam>" /
    "x € 1 mln   JJJJ ..."): a group's name is no caption, and a caption printed as
    continued over a table's next part ("Tabel 1 (vervolg)") goes on with it, whether or
    not the table printed its own caption above."""
    if not between or not end < between[0]:
        return False
    if read_unit(lines[between[-1]], 0) is not None:
        return True
    # a caption printed as continued goes on with a table, never opens one, whatever its
    # number and whether or not the table above printed its own
    numbers = [_caption_number(lines[i]) for i in between if not continues(unmarked(lines[i]))]
    if any(number is not None and number != own for number in numbers):
        return True
    if len(between) > 1 or between[-1] >= heading - 1:
        return False
    text = lines[between[0]]
    return not any(ch.isdigit() for ch in text) and not running_head(text)


def _caption_number(line: str) -> str | None:
    """The number of the numbered caption a line is ("Tabel 2 ...", "### Tabel 2 ...",
    Markdown's marks set aside), else None."""
    match = CAPTION.match(unmarked(fold(line)))
    return match.group("number") if match else None


def _named_alike(
    lines: list[str], end: int, between: list[int], heading: int, first_heading: int, named: int
) -> bool:
    """Whether the group lines ``between`` the rows above (ending before ``end``) and the
    next block's heading line (``heading``) name a table of their own as the first block's
    group lines name the table (``named``: how many lines they are, 0 where a caption or
    title above them names it): as many lines, set apart from the rows above by a blank
    line, over the first block's heading line (``lines[first_heading]``) printed again
    ("Overzicht lasten per programma" / "Programma  Rekening JJJJ ..." / rows / "" /
    "Overzicht baten per programma" / the same heading line / rows). Under a caption or
    title naming the whole ("Tabel 1 ..." / "Startnota" / "2018  2019" / ... / "Definitief"
    / "2018  2019"), or a line of the first block's more than the next block prints (a
    plain title over the first group's name: "Meerjarenraming ..." / "Bestaand beleid" /
    headings / rows / "" / "Nieuw beleid" / headings), the group lines head parts of one
    table."""
    return (
        named == len(between) > 0
        and end < between[0]
        and split_heading(lines[heading]) == split_heading(lines[first_heading])
    )


def _trailing_values(text: str) -> list[Decimal]:
    """The figures a row's line ends in, in order (none where it ends in words)."""
    values: list[Decimal] = []
    for token in reversed(text.split()):
        value = parse_value(token) if is_value(token) else None
        if value is None:
            break
        values.append(value)
    return values[::-1]


def _totals_both(lines: list[str], above: Row, heading: int) -> bool:
    """Whether a row printed a blank line under the next block (its heading line at
    ``heading``) adds up the last row of the block ``above`` ends with and the next block's
    last row, column by column: a grand total over both ("Totaal bestaand beleid" /
    ... / "Totaal nieuw beleid" / "" / "Totaal programma ..."), so the blocks are parts of
    one table, whatever names them."""
    end = heading + 1
    while end < len(lines) and lines[end].strip():
        end += 1
    after = nonblank(lines, end, 0)
    if not after or not above.cells or any(cell.value is None for cell in above.cells):
        return False
    first = [cell.value for cell in above.cells if cell.value is not None]
    last, total = _trailing_values(lines[end - 1]), _trailing_values(lines[after[0]])
    return len(first) == len(last) == len(total) and all(
        a + b == t for a, b, t in zip(first, last, total, strict=True)
    )


def _heading_again(
    lines: list[str], end: int, index: int, top: int | None, furniture: Set[int]
) -> int | None:
    """Where a table's heading (``lines[top]`` to ``lines[index]``, as printed: words, or
    several lines; or those lines moved as one, ``_moved_as_one``) is printed again right under
    the page's running head or foot (``furniture``) or the caption going on ("Tabel 3 ...
    (vervolg)"), one such line at least, after the rows ending at ``end``: the table runs over a
    page break and goes on under it. A foot printing its parts over its number alone, a form
    feed under that (``_padded_foot_over``), turns the page too: the number ends no line of the
    foot's. The page's footnotes under the rows, above its foot, are passed over
    (``_past_page_notes``). The index of the repeated heading's last line, else None."""
    first = top if top is not None and top <= index else index
    heading = [lines[i].rstrip() for i in range(first, index + 1) if lines[i].strip()]
    past = _past_page_notes(lines, index + 1, end, furniture)
    ahead = nonblank(lines, past, MAX_HEADINGS + len(heading))
    k = 0
    turned = False
    above: set[str] | None = None  # the lines above the heading, folded
    while k < len(ahead):
        line = lines[ahead[k]]
        if turns_page_at(lines, ahead[k], furniture) or _padded_foot_over(lines, ahead[k]):
            turned = True
        elif (
            not turned
            and k + 1 < len(ahead)
            and _foot_over_head(lines, ahead[k], ahead[k + 1], furniture)
        ):
            pass  # the page's foot printing no number: the head under it turns the page
        elif not turned:
            break
        else:
            # past the page's foot, the next page's head printed as it stands above the
            # table's caption or title ("Miljoenennota 2016" over the first page too), found
            # once in the text and not (yet) known as a running line; the table's own
            # lines (its unit note under the caption) are none
            if above is None:
                caption = caption_above(lines, first)
                start = caption[0] if caption else title_above(lines, first)
                above = {fold(lines[i]) for i in range(start)}
            if fold(line) not in above:
                break
        k += 1
    again = [lines[i].rstrip() for i in ahead[k : k + len(heading)]]
    if k and (_moved_as_one(again, heading) or _runs_nudged(again, heading)):
        return ahead[k + len(heading) - 1]
    return _period_line_again(lines, end, past, heading, furniture)


def _moved_as_one(again: list[str], heading: list[str]) -> bool:
    """Whether the lines ``again`` are the lines ``heading`` (as printed) moved as one: each the
    same past its indent (and a form feed opening its page), every indent moved alike, or by
    none. A PDF's text layer sets each page's lines by that page's margin, so a heading printed
    again past a page break may stand a place or two right of where it stood, the rows under it
    with it ("Realisatie ... Verschil" over the years, two places right on the next page).
    Compared as printed, the heading was another, and the rows past the break a table of their
    own, cut off from their groups above it."""
    if len(again) != len(heading) or not heading:
        return False
    shifts = {
        indent(line) - indent(own) if line.lstrip("\f ") == own.lstrip("\f ") else None
        for line, own in zip(again, heading, strict=True)
    }
    return len(shifts) == 1 and None not in shifts


def _runs_nudged(again: list[str], heading: list[str]) -> bool:
    """Whether the lines ``again`` print the lines ``heading`` (as printed) run for run, the
    same runs of words in the same order, each standing within ``NUDGE`` places of where it
    stood, though not all moved alike (``runs_nudged``). A PDF's text layer places each run
    of a page by its own coordinates, rounded: on the next page the corner's heading
    ("Omschrijving") may stand where it stood while the columns' headings stand a place
    left, so the lines are no heading moved as one (``_moved_as_one``), and the rows past
    the break were read as a table of their own, cut off from the totals and groups above
    the break."""
    return len(again) == len(heading) and bool(heading) and all(map(runs_nudged, again, heading))


def _period_line_again(
    lines: list[str], end: int, past: int, heading: list[str], furniture: Set[int]
) -> int | None:
    """Where a table's column heading line (``heading``: its periods, "2002   2003 ...
    2006") is printed again, alone, where it stood or moved with the page's margin
    (``_moved_as_one``; its groups' words over it, "Realisatie ... Verschil", left out),
    right past the page's foot and the next page's head after the rows ending at ``end``:
    the page turns there, shown by a page number (alone, or in a padded run of its own at a
    foot's end: "Tweede Kamer, ..., nr. 1      23") or a running line, the next page's lines
    opening on a form feed, and the rows go on under the headings of the page before. A
    line of words right under the last row, no value in it, is passed over (it may be the
    row's label going on, or a group heading of the rows on the next page: which, nothing
    tells). A caption between (a next table's) is no page's head, nor is a section's
    heading opening the new page (``opens_section``: "5.3 Baten per programma", numbered
    as no part of the section above): the heading under it heads a table of its own. The
    heading's lines over its periods (``heading``, as printed, the period line last:
    "Realisatie   Raming   Raming" over "2014   2015   2016") may be printed again over
    it there too. The page's footnotes under the rows, above its foot, are passed over (up
    to ``past``: ``_past_page_notes``). The index of the repeated line, else None."""
    turned = False
    above = {line.strip() for line in heading[:-1]}
    for i in nonblank(lines, past, MAX_HEADINGS + 3 + len(above)):
        line = lines[i]
        if i == end and "  " not in line.strip() and split_row(line, 1) is None:
            continue  # a line of words right under the rows (a label's rest, left unread)
        if _moved_as_one([line.rstrip()], heading[-1:]):
            return i if turned else None
        if turned and line.lstrip("\f").strip() in above:
            continue  # the heading's words over its periods, printed again
        if turns_page_at(lines, i, furniture) or _padded_foot_over(lines, i):
            turned = True
        elif not (line.startswith("\f") and turned and CAPTION.match(line[1:]) is None):
            return None  # (the next page's head, under the foot of the page before)
        elif opens_section(lines, i):
            return None  # a section's heading opens the new page: the heading under it is its
    return None


def _past_page_notes(lines: list[str], start: int, end: int, furniture: Set[int]) -> int:
    """The first line from ``end`` (under a table's last row; its rows from ``start``) past
    the footnotes a page prints under the rows above its foot ("1) <note words> ...",
    "Bron: ...", each a mark, then words one space apart, and the lines such a
    note wraps onto), where those notes stand: a table run over a page break, a note to the
    rows above the break set at the page's foot, goes on under its heading printed again
    past that foot as where no note is printed. A note opened by a bare number ("1 De lasten
    ...") is one only where the rows print that number as a mark (``_marked``): else it is
    an item of a numbered list, the text under the table. A note wraps only onto the lines
    right under it that go on with it (``_wraps_note``): a paragraph after a blank line,
    or a caption (the next table's, at the page's foot), ends the notes. A line showing the
    page turn (``turns_page_at``) is no note; ``end`` where no note stands there. Notes and
    their foot are a page break's few lines (``MAX_BREAK`` lines of text, as past the
    break): a note's words running on further are prose, no page's foot."""
    past = end
    opened: int | None = None  # the last note's first line
    filled = (i for i in range(end, len(lines)) if lines[i].strip())
    for i in islice(filled, MAX_BREAK):
        text = lines[i].strip()
        if "  " in text or turns_page_at(lines, i, furniture) or CAPTION.match(text):
            break
        bare = FOOTNOTE_START.match(text)
        if NOTE.match(text) or (bare and _marked(lines[start:end], text.split(maxsplit=1)[0])):
            opened = i
        elif opened is None or i != past or not _wraps_note(lines[opened], lines[i]):
            break
        past = i + 1
    else:
        return end  # no foot within a page break's lines: the words run on as prose
    return past


#: Digits as the raised marks a footnote's number is printed in.
_RAISED = str.maketrans("1234567890", SUPERSCRIPTS)


def _marked(rows: list[str], number: str) -> bool:
    """Whether one of ``rows`` prints ``number`` as a footnote's mark after a word: glued
    to it ("<word>1"), closed by a bracket ("<word> 1)") or raised ("<word>¹").
    A number standing apart ("Totaal programma 1") is the label's own."""
    raised = number.translate(_RAISED)
    mark = re.compile(rf"[^\W\d]{number}(?!\d)|(?<!\d){number}\)|{raised}(?![{SUPERSCRIPTS}])")
    return any(mark.search(row) for row in rows)


def _wraps_note(note: str, line: str) -> bool:
    """Whether ``line``, printed right under the first line of a note (``note``), no blank
    line between, goes on with it: indented under the note's words, or opening in lower
    case (the sentence going on). A line opening in a capital where the note opens is a
    paragraph of its own."""
    text = line.lstrip()
    return len(line) - len(text) > len(note) - len(note.lstrip()) or text[:1].islower()


def _block_heading_again(
    lines: list[str], index: int, heading: tuple[str, list[tuple[str, int]]]
) -> tuple[tuple[str, list[tuple[str, int]]], int | None] | None:
    """(headings, the first line of them or None) of a later block's column heading line
    (``lines[index]``, split as ``heading``), read as the first block's is
    (``read_row_tables``): where its headings are fewer than the values its rows print
    ("1-1-2024 Toevoegingen Onttrekkingen   31-12-2024", headings one space apart, over four
    columns), by where the words of it and the lines above it stand over the rows' values
    (``block_heading``), those lines then its heading, no group of rows. None where that
    does not read them either: the line heads no block of these rows."""
    if not _more_values_below(lines, index, heading[1]) and not numbers_elsewhere(
        lines, index, heading[1]
    ):
        return heading, None
    block = block_heading(lines, index)
    if block is None or block[2] != index:
        return None
    return block[0], block[1]


def _points_are_odd(texts: list[str]) -> bool:
    """Whether a table's cells (``texts``) print a decimal point before one digit ("11.1")
    beside dot thousands or decimal commas ("1.250", "4,5"): a table prints its numbers one
    way, so such a point is no decimal one (an article's code ending a label), and the
    table is read again without them."""
    others = (text for text in texts if is_value(text) and ("." in text or "," in text))
    return any(map(is_point_decimal, texts)) and any(others)


#: A figure with its minus printed after it, glued or one space apart ("5.350-", "5.350 -",
#: "5.350 -/-").
_MINUS_AFTER = re.compile(rf"\d[ \xa0]?(?:-/-|[{DASHES}])$")


#: A negative in brackets printed in full, apart from what stands before it by a column's
#: padding: with thousands or decimals ("(1.412)", "(12 500)", "(12,5)"), which no column
#: number prints.
_BRACKETED_FIGURE = re.compile(
    r"  \((?:\d{1,3}(?:[.\xa0\u2009\u202f ]\d{3})+(?:,\d+)?|\d+,\d+)\)(?!\S)"
)


def _prints_brackets(lines: list[str], table: RawTable) -> bool:
    """Whether a table prints its negatives in brackets, as a spreadsheet's accounting
    format does: a row's line holds such a figure in full ("(1.412)", "(3.880)"), read or
    not (a row whose small negative "(620)" stopped the reading has it in its label). Then
    a small figure in brackets padded apart in its rows is a negative too ("(620)"), where
    elsewhere it may be a column number ("(1)") or a note's; so too where a row reads a small
    one among its plain figures ("18   21   (3)", ``trailing_cells``): then a row printing
    only such figures ("Saldo   (113)   (64)") reads them as negatives too."""
    return any(
        _BRACKETED_FIGURE.search(lines[row.line - 1])
        or any(BRACKETED.fullmatch(cell.text) for cell in row.cells)
        for row in table.rows
    )


def _prints_minus_after(lines: list[str], table: RawTable) -> bool:
    """Whether a table prints a negative's minus after its figure, as accountants do: a
    cell so read ("5.350-"), or a row whose line ends in a figure and a dash where reading
    each dash as the minus of the figure after it left a figure in the row's label
    ("Lasten 5.350 - 4.000 -" read as "Lasten 5.350", "- 4.000", nil; a label's own number,
    "Artikel 12 5 10 –", takes no dash). Then every dash one space after a figure in it is
    that figure's minus ("Saldo 1.250 - 200": -1.250 and 200, not 1.250 and -200)."""
    for row in table.rows:
        if any(_MINUS_AFTER.search(cell.text) for cell in row.cells):
            return True
        text = lines[row.line - 1].rstrip()
        stolen = bool(row.cells) and row.cells[0].text[:1] in DASHES
        if stolen and row.label[-1:].isdigit() and _MINUS_AFTER.search(text):
            return True
    return False


def _read_blocks(
    lines: list[str],
    index: int,
    first: tuple[str, list[tuple[str, int]]],
    style: Style = PRINTED,
    top: int | None = None,
    furniture: Set[int] = frozenset(),
    running: RunningHeads | None = None,
) -> RawTable | None:
    """The table whose first column heading line is ``lines[index]``, split as ``first``;
    a heading of words alone (``word_heading``) only where its rows stand aligned under it.
    ``style``: how the table prints its numbers (``_read_table``). ``top``: where
    headings read from several lines by where they stand (``block_heading``) start; they
    too are kept only over aligned rows. A block under page furniture alone (a running
    footer and header, lines numbered in ``furniture``) that repeats the block's column
    headings above it goes on with that block: the table runs over a page break."""
    rows: list[Row] = []
    printed_blocks: list[tuple[tuple[str, ...], str | None]] = []  # (columns, group) each
    paged = False  # the block is headed by page furniture alone
    repeated = False  # the block is headed by the first block's heading lines again
    shift = 0  # how many places right of the first block's heading it is printed again
    first_columns: list[str] = []  # the first block's columns, text columns among them
    columns: list[str] = []
    notes: list[tuple[int, str]] = []
    blocks = 0
    heading_index = index
    bottom = index  # the first block's last heading line, lines under it going on with it
    start = index
    corner = first[0]  # the labels' heading, which may head a code column after them
    caption = caption_above(lines, index if top is None else top)
    group_lines = groups_above(lines, index, caption[0] + 1 if caption else 0)
    if caption is None and group_lines and read_unit(lines[group_lines[0]], 0):
        group_lines = []
    head_end = group_lines[0] if group_lines else index  # where the first block's head starts
    # how many group lines the first block prints where they are the table's only name (no
    # caption nor title over them), else 0
    named_by_groups = (
        len(group_lines) if caption is None and title_above(lines, head_end) == head_end else 0
    )
    worded = top is not None or split_heading(lines[index]) is None
    while True:
        heading = (
            (first[0], [(text, column + shift) for text, column in first[1]])
            if heading_index == index or repeated
            else split_heading(lines[heading_index])
        )
        assert heading is not None
        placed = None  # where a later block's headings read by where they stand start
        if blocks and not repeated:
            again = _block_heading_again(lines, heading_index, heading)
            if again is None:
                break  # a heading line that heads no block of these rows: a table of its own
            heading, placed = again
        group = " ".join(fold(lines[i]) for i in group_lines) or None
        widest = max((printed_label(lines, row) for row in rows), default=0)
        found, block_columns, end = read_block(
            lines, heading, heading_index + 1, style, furniture, widest, running
        )
        headings = heading[1][-len(block_columns) :] if block_columns else []
        if blocks == 0 and _period_left_of_a_word_column(heading[1], headings):
            return None
        # every cell standing where its heading starts: placed by where it stands
        left = (worded or placed is not None) and bool(headings) and left_aligned(headings, found)
        unplaced = (worded or placed is not None) and not left
        if unplaced:
            # where the full rows stand aligned, a row of fewer values is placed by where
            # its values stand, as under any heading, and does not end the table
            full = aligned_ends(lines, heading_index, headings, found) if headings else []
            told = told_by_labels(lines[heading_index])
            found, end = filled_rows(lines, found, len(block_columns), end, full, told)
        if not found:
            break
        ends = aligned_ends(lines, heading_index, headings, found)
        if placed is not None and not ends:
            break  # headings read by where they stand are kept only over aligned rows
        if (
            worded
            and not ends
            and not left
            and not every_column_filled(lines, lines[heading_index], found, headings)
        ):
            return None
        if blocks == 0:
            start = group_lines[0] if group_lines else heading_index
        notes += [(i + 1, lines[i]) for i in (*group_lines, heading_index)]
        if repeated:
            block_columns = list(first_columns)  # the first block's, read there
        elif top is not None and blocks == 0:
            block_columns = [text for text, _col in headings]  # read with the lines above
            notes[-1:] = [(i + 1, lines[i]) for i in range(top, heading_index + 1) if lines[i]]
            group_lines = [i for i in group_lines if i < top]
            group = " ".join(fold(lines[i]) for i in group_lines) or None
            start = min(start, top)
            head_end = min(head_end, top)  # the title stands above the parts
        elif placed is not None:
            block_columns = [text for text, _col in headings]  # read with the lines above
            notes[-1:] = [(i + 1, lines[i]) for i in range(placed, heading_index + 1) if lines[i]]
            group_lines = [i for i in group_lines if i < placed]
            group = " ".join(fold(lines[i]) for i in group_lines) or None
        elif ends or (not worded and headings and left_aligned(headings, found)):
            floor = caption[0] + 1 if caption and blocks == 0 else heading_index - MAX_STACKED
            below = []
            if ends:
                block_columns, top = stacked_headings(lines, heading_index, floor, headings)
                block_columns, found, below = headings_below(
                    lines, heading_index, headings, block_columns, found
                )
            else:  # every cell printed from its column's left edge, its heading's words too
                block_columns, top = stacked_on_starts(lines, heading_index, floor, headings)
            group_lines = [i for i in group_lines if i < top]
            group = " ".join(fold(lines[i]) for i in group_lines) or None
            if blocks == 0:
                start = min(start, top)
                # the lines of words over the headings are the table's (a unit among them,
                # "Lasten (x € 1.000)"), and its title stands above them
                head = (*group_lines, *range(top, heading_index + 1))
                notes = [(i + 1, lines[i]) for i in head if lines[i].strip()]
                head_end = min(head_end, top)
            notes += [(i + 1, lines[i]) for i in below]
            bottom = below[-1] if below and blocks == 0 else bottom
        elif found and not found[0][2] and found[0][0] == heading_index + 1:
            units = one_each_below(lines[found[0][0]], len(block_columns))
            if units is not None:  # "Bedrag Aandeel" / "(x € 1.000) (%)", printed unaligned
                block_columns = [f"{c} {u}" for c, u in zip(block_columns, units, strict=True)]
                notes.append((found[0][0] + 1, lines[found[0][0]]))
                found = found[1:]
        elif all(map(is_column_number, block_columns)) and blocks == 0 and found:
            # column numbers under a line of headings printed unaligned ("Realisatie 2024
            # Begroting 2025 Verschil" / "(1) (2) (3)=(2)-(1)"): the headings they number
            named = named_above(lines, heading_index, len(block_columns), caption, found)
            over = heading_index - 1
            if named is None and (
                parts := numbered_above(lines, heading_index, len(block_columns))
            ):
                named, over = parts  # "Vastgestelde" / "begroting" / "2013" / ... a part per line
                caption = caption or caption_above(lines, over)  # above the parts
            if named is not None:
                block_columns = [f"{h} {n}" for h, n in zip(named, block_columns, strict=True)]
                notes[-1:-1] = [(i + 1, lines[i]) for i in range(over, heading_index) if lines[i]]
                group_lines = [i for i in group_lines if i < over]
                group = " ".join(fold(lines[i]) for i in group_lines) or None
                start = min(start, over)
                head_end = min(head_end, over)
                # the lines over the numbers are the heading printed again past a page
                # break with them (``_heading_again``), not the numbers' line alone
                top = over
        repeated = len(set(block_columns)) < len(block_columns)
        # leaves a group repeats, maybe each numbered under it ("Verplichtingen (1)" ...
        # "Verplichtingen (4)"), under lines that may name the groups
        named = (
            column_groups(
                [lines[i] for i in group_lines], block_columns, headings[0][1] if headings else 0
            )
            if group_lines and len(set(map(unnumbered, block_columns))) < len(block_columns)
            else None
        )
        if group_lines and (repeated or named is not None):
            if named is not None:  # the lines above name groups of columns, not of rows
                if blocks == 0:
                    # they are the heading's first lines, printed again with it past a page
                    # break ("Verplichtingen   Uitgaven   Ontvangsten" / "2024   2024 ...
                    # 2028   2024"): the heading looked for there (``_heading_again``)
                    top = min(group_lines[0], index if top is None else top)
                block_columns, group_lines, group = named, [], None
        elif repeated and (years := years_above(lines, heading_index, caption, blocks)) is not None:
            named = column_groups([lines[years]], block_columns)
            if named is not None:
                block_columns = named
                notes.insert(len(notes) - 1, (years + 1, lines[years]))
                start = min(start, years) if blocks == 0 else start
        elif group_lines and (
            (words := column_words(lines[group_lines[-1]], block_columns))
            or (words := opened_headings(lines[group_lines[-1]], block_columns))
        ):
            block_columns, group_lines = words, group_lines[:-1]
            group = " ".join(fold(lines[i]) for i in group_lines) or None
        elif not group_lines and (closed := closed_before(lines[heading_index], block_columns)):
            block_columns = closed
        for i, label, cells in found:
            again = aligned_reading(lines[i], ends, style) if ends and cells else None
            if again and (under_values(cells, ends) is None or len(again[1]) > len(cells)):
                # read before the columns were known: "1 302 485" as three values, or as
                # one value with "1 302 417" left in the label
                label, cells = again
            printed = [
                Cell("", 0, text, parse_value(text), *cell_place(lines, i, col))
                for text, col in cells
            ]
            row = Row(label, i + 1, [], group if blocks or group_lines else None, blocks)
            # a rule between the headings and the first row rules the headings off: no
            # sum's line, closing no rows above it
            row.ruled = i != found[0][0] and is_under_rule(lines, i)
            row.indent = _label_indent(lines, i, label)
            spots = under_values(cells, ends) if len(cells) < len(block_columns) else None
            if spots is not None:
                row.cells = [
                    Cell(block_columns[k], 0, c.text, c.value, c.line, c.column)
                    for k, c in zip(spots, printed, strict=True)
                ]
            elif len(cells) < len(block_columns):
                row.loose = printed  # no placeholders: placed from the sums, or left out
                if "\t" not in lines[heading_index] and padded_values(lines[i], cells):
                    # where no sum tells, the headings the values stand under do
                    row.printed_under = under_headings(cells, heading_spans(headings))
                row.sums_only = unplaced and not row.printed_under
            else:
                row.cells = [
                    Cell(block_columns[k], 0, c.text, c.value, c.line, c.column)
                    for k, c in enumerate(printed)
                ]
            rows.append(row)
        if blocks == 0:
            first_columns = list(block_columns)
        block_columns = _without_text_cells(
            lines, [row for row in rows if row.block == blocks], block_columns, headings
        )
        for label in block_columns:
            if label not in columns:
                columns.append(label)
        printed_blocks.append((tuple(block_columns), group if blocks or group_lines else None))
        if paged and printed_blocks[-1][0] == printed_blocks[-2][0]:
            # the same columns over a page break: the rows go on in the block above
            printed_blocks[-1] = printed_blocks[-2]
            for row in rows:
                if row.block == blocks:
                    row.block, row.group = blocks - 1, printed_blocks[-1][1]
            printed_blocks.pop()
            blocks -= 1
        blocks += 1
        again = _heading_again(lines, end, bottom, top, furniture)
        if again is not None:
            heading_index, group_lines, paged, repeated = again, [], True, True
            # the next page's margin may set the heading and its rows apart from the first's
            shift = indent(lines[again]) - indent(lines[bottom])
            continue
        repeated = False
        ahead = nonblank(lines, end, MAX_HEADINGS)
        nxt = next((k for k, i in enumerate(ahead) if split_heading(lines[i])), None)
        if nxt is None or nxt == 0:
            break  # (a heading line right under the rows starts a new table)
        paged = all(
            i + 1 in furniture or continues(lines[i]) or _page_foot(lines[i]) for i in ahead[:nxt]
        )
        other = split_heading(lines[ahead[nxt]]) != split_heading(lines[heading_index])
        if other and (paged or any(lines[i].startswith("\f") for i in ahead[: nxt + 1])):
            # another table on the next page: past the page's turn (a form feed) a heading
            # line of other columns, under the page's furniture or a section's heading
            # ("4 Niet-beleidsartikelen", "Bijlage 4"), heads a table of its own; the
            # table's rows go on past a page break only under its own heading again
            break
        if not paged and any(not is_group(lines[i]) for i in ahead[:nxt]):
            break
        own = _caption_number(caption[1]) if caption else None
        if not paged and _title_apart(lines, end, ahead[:nxt], ahead[nxt], own):
            break  # the next block's own title: a table of its own
        if (
            not paged
            and _named_alike(lines, end, ahead[:nxt], ahead[nxt], index, named_by_groups)
            and not _totals_both(lines, rows[-1], ahead[nxt])
        ):
            break  # named as the first block is, by its own lines: a table of its own
        group_lines = [] if paged else ahead[:nxt]
        heading_index = ahead[nxt]
    if not rows:
        return None
    _item_numbers_into_labels(rows, columns)
    codes_off_labels(corner, rows, lines)
    marks_off_labels(corner, rows, lines)
    for row in rows:
        for cell in row.cells:
            cell.column_order = columns.index(cell.column_label) + 1
    glued = glued_caption(corner) if caption is None and top is None else None
    if glued is not None:
        # a numbered caption printed on the heading line, before the periods (a converter
        # printing a table's <caption> on its first row's line): the table's caption and
        # unit; read as a note, the whole line, its periods too, was the title
        caption = (index, glued[0])
    if caption:
        start = caption[0]
        # the lines between the caption and the headings (a unit note) belong to the table
        head = range(caption[0] + 1, head_end)
        notes[:0] = [(i + 1, lines[i]) for i in head if lines[i].strip()]
    else:  # a title without "Tabel" names the table
        top = title_above(lines, head_end)
        notes[:0] = [(i + 1, lines[i]) for i in range(top, head_end) if lines[i].strip()]
    last = max(cell.line for row in rows for cell in (*row.cells, *row.loose))
    match = CAPTION.match(unmarked(fold(caption[1]))) if caption else None
    return RawTable(
        number=match.group("number") if match else "",
        caption=caption[1] if caption else "",
        line_start=start + 1,
        line_end=last,
        layout="row_per_line",
        rows=rows,
        columns=columns,
        notes=notes,
    )
