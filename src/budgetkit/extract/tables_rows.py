"""Tables flattened one row per line, found by their shape.

Two flattenings put a whole row on one line (pipe tables, a third, are ``tables_pipes``):

- **row per line** (letters, previews, municipal pages, a PDF's text layer): a heading line
  ending in column headings ("2018 2019 Totaal", "1-1-2023 1-1-2024", "2027 2028 Struc.",
  "2029 e.v.", column numbers "(1) (2) (3)=(1+2)", possibly after a corner label such as
  "Septembercirculaire 2020" or a unit), then one line per row, "label v1 v2 ...", and
  value-less lines that head a group of rows ("Vaste activa"). Several blocks may be stacked
  under one caption, each with its own heading lines and column heading line. A label may end
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
"""

from __future__ import annotations

import re
from collections.abc import Set
from itertools import compress
from typing import TYPE_CHECKING

from budgetkit.extract.tables_alignment import (
    _aligned_ends,
    _aligned_reading,
    _in_heading_order,
    _readings_in_columns,
    _spans,
    _sparse_reading,
    _under_headings,
    _under_values,
    _value_ends,
)
from budgetkit.extract.tables_column_groups import _column_groups, _column_words, _years_above
from budgetkit.extract.tables_groups import _groups_above, is_group
from budgetkit.extract.tables_heading_line import (
    _HEADING_RUN,
    _TOTALS,
    CHUNK,
    _split_heading,
    _year_then_word,
)
from budgetkit.extract.tables_labels import _numbered_labels, _spanned_groups, _without_text_column
from budgetkit.extract.tables_model import Cell, RawTable, Row
from budgetkit.extract.tables_page_breaks import _past_page_break
from budgetkit.extract.tables_placed_headings import (
    _block_heading,
    _label_headings,
    _placed_heading,
)
from budgetkit.extract.tables_row_values import (
    PRINTED,
    Style,
    _padded,
    _padded_values,
    _partitions,
    _split_row,
    _trailing_cells,
)
from budgetkit.extract.tables_side_by_side import _side_by_side
from budgetkit.extract.tables_stacked_headings import (
    MAX_STACKED,
    _ends_broken_words,
    _finishes_broken_words,
    _headings_below,
    _joined,
    _numbers_elsewhere,
    _numbers_under,
    _stacked_headings,
)
from budgetkit.extract.tables_titles import (
    MAX_HEADINGS,
    _continues,
    _nonblank,
    _nonblank_before,
    caption_above,
    title_above,
)
from budgetkit.extract.tables_tokens import (
    CAPTION,
    DASHES,
    SUPERSCRIPTS,
    fold,
    is_column_number,
    is_point_decimal,
    is_value,
    is_year,
    parse_value,
    printed_decimals,
    spaced_are_odd,
)
from budgetkit.extract.tables_units import read_unit
from budgetkit.extract.tables_word_headings import (
    _every_column_filled,
    _filled_rows,
    _named_above,
    _one_each_below,
    _word_heading,
)
from budgetkit.extract.tables_wrapped_labels import _ends_last_label, _wrapped_labels

if TYPE_CHECKING:
    from budgetkit.layout import PageLayout

#: Rows of one value in a row that a table printed one row per line may hold.
MAX_SINGLE = 5


#: Last character of a column heading line (a year, a date, "Totaal").
_HEADING_LAST = frozenset("0123456789l*" + SUPERSCRIPTS)  # a year may carry a footnote mark
#: A rule line: runs of three or more "-", "=" or "_" (a dash segment under each column),
#: or of the box-drawing lines a browser's text copy prints ("─", "━", "═").
_RULE_RUN = r"[-=_\u2012-\u2015\u2500\u2501\u2550]{3,}"
RULE_LINE = re.compile(rf"{_RULE_RUN}(?:[ \t]+{_RULE_RUN})*")
#: A document's number in a row label, "nr." (or "nummer") before it ("Motie ... nr. 17").
_NUMBERED = re.compile(r"\b(?:nr|nummer)\.?[ \xa0]*\d[\d.,]*", re.IGNORECASE)
#: A part of a label in brackets ("(36 410, nr. 17)", "(huisvesting)"): never its values.
_BRACKETED = re.compile(r"\([^()]*\)")


def _under_rule(lines: list[str], index: int) -> bool:
    """Whether the line above line ``index``, past blank lines, is a rule line."""
    above = _nonblank_before(lines, index, 1)
    return bool(above) and RULE_LINE.fullmatch(lines[above[0]].strip()) is not None


def _unlabelled_row(
    text: str, width: int, ends: list[int]
) -> tuple[str, list[tuple[str, int]]] | None:
    """("", cells) of a line of values without a label, as a subtotal under a rule line
    prints them: where the columns' figures end (``ends``) the one reading of most values
    that stands there, else its values if no more than the columns."""
    tokens = _trailing_cells(text, width)
    if not tokens or text[: tokens[0][1] - 1].strip():
        return None
    if not ends:
        return ("", tokens) if len(tokens) <= width else None
    for count in range(len(ends), 0, -1):
        fits = {tuple(r) for r in _partitions(text, tokens, count) if _under_values(r, ends)}
        if len(fits) == 1:
            return "", list(fits.pop())
        if fits:
            return None
    return None


def _values_below(lines: list[str], index: int, width: int) -> list[tuple[str, int]] | None:
    """The cells of the row whose label line ``index`` prints alone, where the line right
    under it prints a value for each of the ``width`` columns and nothing else (plain
    pdftotext output of cells it cannot keep on one line: "Provinciefonds" / "412.310
    418.920 425.140"), else None. A label over fewer values is a group heading's line."""
    if index + 1 >= len(lines) or not is_group(lines[index], inside=True):
        return None
    below = _unlabelled_row(lines[index + 1], width, [])
    return below[1] if below is not None and len(below[1]) == width else None


def _block(
    lines: list[str],
    heading: tuple[str, list[tuple[str, int]]],
    start: int,
    style: Style = PRINTED,
    furniture: Set[int] = frozenset(),
) -> tuple[list[tuple[int, str, list[tuple[str, int]]]], list[str], int]:
    """Rows (incl. value-less group rows) of one block; its columns; where it ends.
    ``style``: how the table prints its numbers; ``furniture``: the numbers of the page's
    running lines, which a page break parting the rows prints (``_past_page_break``)."""
    _corner, tail = heading
    found: list[tuple[int, str, list[tuple[str, int]]]] = []
    # where the headings stand; once the first row with a value in every column has them in
    # order under the headings, parted by a column's padding, where it ends them (figures
    # are aligned on the right) tells the columns of a row of fewer values
    heads = [] if "\t" in lines[start - 1] else _spans(tail)
    every = list(range(len(heads)))
    ends: list[int] = []
    aligned = refuted = False
    pos = start
    i = start
    spaced = False  # blank lines stand between the rows found so far
    ruled = False  # a rule line stands right above
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        if RULE_LINE.fullmatch(lines[i].strip()):
            # a rule ("-----", "=====", a dash segment under each column) is layout: no
            # row, no label; a line of values alone under it is the sum of the rows above
            ruled = True
            i += 1
            continue
        under_rule, ruled = ruled, False
        if i == start and _finishes_broken_words(lines[start - 1], lines[i]):
            i += 1  # "Hoofd-  Omschrijving  1994  1995" / "stuk": the heading's word goes on
            continue
        after_blank = i > start and not lines[i - 1].strip()
        if not found:
            spaced = after_blank  # a blank line under the headings: the rows are spaced too
            if all(map(is_column_number, lines[i].split())) and _numbers_under(lines[i], tail):
                # the columns' numbers under their headings ("2024   2024" / "(1)   (2)
                # (3)=(1)-(2)"): headings, which ``_headings_below`` joins to them
                found.append((i, fold(lines[i]), []))
                i += 1
                continue
        if _split_heading(lines[i]) is not None:
            break
        split = _split_row(lines[i], len(tail), style)
        if (
            found
            and after_blank
            and not spaced
            and (split is None or len(split[1]) < len(tail))
            and not (split is None and is_group(lines[i], inside=True))
        ):
            # the rows stand line under line: past a blank line, a line of fewer values is
            # no row of theirs (a page's footer: "Tweede Kamer, ..., nr. 1 43"); where full
            # rows resume past it, it parted the table over two pages
            resume = next(
                (j for j in range(i + 1, min(len(lines), i + 4)) if lines[j].strip()), None
            )
            again = _split_row(lines[resume], len(tail), style) if resume is not None else None
            if again is None or len(again[1]) != len(tail):
                break
            i = resume
            continue
        spaced = spaced or after_blank
        tab = "\t" in lines[i]  # a tab's width no text knows: no position to read
        if not ends and not refuted and not tab and heads and "  " in lines[i].strip():
            # a row of every column printed in columns may be read by where its values
            # stand before the columns are known ("Artikel 1      1 302   417   481")
            split = _readings_in_columns(lines[i], heads, style) or split
            if split is None:
                split = _sparse_reading(lines[i], heads, style)
        if aligned and not tab and (split is None or _under_values(split[1], ends) != every):
            full_row = split is not None and len(split[1]) == len(heads)
            if full_row and _padded_values(lines[i], split[1]):
                ends, aligned, refuted = [], False, True  # its columns stand elsewhere
            else:
                # in aligned columns, where the values stand tells how many a row prints,
                # which spaces part two numbers ("50 205 455" under two headings) and
                # whether a dash is a nil cell or a minus sign ("‒ 2,7 2,7"); a line whose
                # numbers stand elsewhere is no row ("... gestegen tot 1 302 485")
                split = _aligned_reading(lines[i], ends, style)
        if CAPTION.match(lines[i]) or (split is not None and _declares_unit(lines[i], split[1])):
            break  # the next table's caption: "Tabel 27", "... Bedragen in EUR 1.000"
        if split is None and under_rule and found:
            split = _unlabelled_row(lines[i], len(tail), ends if aligned else [])
        if split is None and (values := _values_below(lines, i, len(tail))) is not None:
            found.append((i + 1, fold(lines[i]), values))  # the label over its values
            pos = i + 2
            i += 2
            continue
        if split is None:
            group = is_group(lines[i], inside=bool(found))
            single = _one_value_row(lines[i], style)
            following = (group or bool(found) or single is not None) and _rows_follow(
                lines, i, len(tail), ends if aligned else [], style
            )
            if group and following:
                found.append((i, fold(lines[i]), []))
                i += 1
                continue
            if group and not following and _ends_last_label(lines, i, found):
                last, label, cells = found[-1]
                found[-1] = (last, _joined([label, fold(lines[i])]), cells)
                pos = i + 1
                i += 1
                continue
            # fewer values, each under a heading ("Eindejaarsmarge 0,8"), or one value
            # between rows ("waarvan juridisch verplicht 95%"): a row of its own
            if split is None and (following or _last_row(lines, i, found, single)):
                split = single
            if split is None or _declares_unit(lines[i], split[1]):
                resume = _past_page_break(
                    lines, i, start, len(tail), ends if aligned else [], style, furniture
                )
                if not found or resume is None:
                    break
                i = resume  # the table goes on on the next page, its header not repeated
                continue
        if len(split[1]) == len(heads) and not tab and _padded_values(lines[i], split[1]):
            # a row of every column, its values in columns: the first sets where they end,
            # the others must end theirs there too
            if not refuted and not ends and _in_heading_order(split[1], heads):
                ends = _value_ends(split[1])
            elif ends and _under_values(split[1], ends) != every:
                ends, refuted = [], True
            aligned = bool(ends)
        found.append((i, split[0], split[1]))
        pos = i + 1
        i += 1
    while found and not found[-1][2]:
        found.pop()
    found = _numbered_labels(lines, found, len(tail))
    found = _wrapped_labels(lines, found)
    found = _spanned_groups(lines, lines[start - 1], found)
    found = _without_text_column(lines, lines[start - 1], found)
    width = max((len(cells) for _i, _label, cells in found), default=0)
    for i, _label, cells in found if heads and width else []:
        # a row of fewer values standing under the first headings, where no row fills
        # every column (a stand without the year a later budget adds): their columns too
        spots = _under_headings(cells, heads) if _padded_values(lines[i], cells) else None
        width = max(width, len(tail) - spots[0]) if spots else width
    columns = [token for token, _col in tail[len(tail) - width :]] if width else []
    return found, columns, pos


#: The figure a unit declaration ends in ("x € 1.000", "EUR 1 000", "x 1 mln"... "1").
_UNIT_FIGURE = re.compile(r"1(?:[ .\xa0]?000)*")


def _declares_unit(line: str, cells: list[tuple[str, int]]) -> bool:
    """Whether a line read as a row of one value is a unit declaration ending in its figure
    (a caption or note, "Overzicht ... Bedragen in EUR 1.000")."""
    return (
        len(cells) == 1
        and _UNIT_FIGURE.fullmatch(cells[0][0]) is not None
        and read_unit(line, 0) is not None
    )


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
            if (text := folded[number - 1])[-2:-1].isdecimal() or text.endswith(_TOTALS)
        ]
    )
    if headings is None:
        # a heading whose last column is a word after the years, printed apart by a column's
        # padding ("2029  Structureel"): looked for on the lines holding two spaces only
        worded = [i for i in layout.spaced if _year_then_word(folded[i])]
        candidates = sorted({*candidates, *worded}) if worded else candidates
    for index in candidates:
        if headings is not None and index and _ends_broken_words(lines[index - 1], lines[index]):
            index -= 1  # "Verplich-" / "tingen": the heading starts on the line above
        line = lines[index]
        if index < end or "|" in line:
            continue
        # a line that is its own fold (one run of words from the margin, single spaces: most
        # lines tried, prose ending in a year) prints no heading parted by where its words
        # stand (``_placed_heading``), and heads a block only if that run reads as headings
        prose = folded[index] == line.rstrip()
        heading = _split_heading(line, not prose) or (
            None if prose else _placed_heading(lines, index)
        )
        heading = heading and _label_headings(lines, index, heading)
        if headings is not None and (  # the line above rows no table read
            heading is None or _more_values_below(lines, index, len(heading[1]))
        ):  # words ending in a year heading fewer columns than the rows print: words each
            heading = _word_heading(lines, index)
        top = None
        if (
            heading is None
            or _more_values_below(lines, index, len(heading[1]))
            or _numbers_elsewhere(lines, index, heading[1])
        ):
            # "(1)" or "2024" alone over rows of three values heads nothing, unless it ends
            # headings whose lines stand over the values ("Saldo" / "31 december" / "2026")
            if prose and not _HEADING_RUN.fullmatch(folded[index]):
                continue  # (``_block_heading``'s first test, on the line's one run)
            block = _block_heading(lines, index)
            if block is None:
                continue
            heading, top, index = block
        halves = _side_by_side(lines, index, heading) if top is None else None
        if halves is not None:  # two tables side by side: each read on its own
            read = [
                table
                for half in halves
                if (again := _split_heading(half[index])) is not None
                and (table := _read_table(half, index, again, furniture=furniture)) is not None
            ]
            for side, table in enumerate(read, 1):
                table.half = side
            if len(read) == len(halves):
                tables += read
                end = max(table.line_end for table in read)
                continue
        table = _read_table(lines, index, heading, top, furniture)
        if table is not None:
            tables.append(table)
            end = table.line_end  # 0-based index of the line after the last row
    return tables


def _rows_follow(
    lines: list[str], index: int, width: int, ends: list[int], style: Style = PRINTED
) -> bool:
    """Whether a row follows line ``index``: a row of two values or more (or, in columns
    whose figures end at ``ends``, of values standing there), past at most ``MAX_SINGLE``
    group headings and rows of one value (``_one_value_row``)."""
    for i in _nonblank(lines, index + 1, MAX_SINGLE):
        line = lines[i]
        if _split_row(line, width, style) is not None or (
            ends and _aligned_reading(line, ends, style)
        ):
            return True
        if not (is_group(line, inside=True) or _one_value_row(line, style)):
            return False
    return False


#: First words of a sentence that a table's row label does not start with.
_SENTENCE_STARTS = frozenset(
    {
        *("de", "het", "een", "in", "dit", "deze", "dat", "die", "er", "zie", "ook", "wij"),
        *("we", "u", "ten", "met", "door", "voor", "na", "op"),
    }
)


def _last_row(
    lines: list[str],
    index: int,
    found: list[tuple[int, str, list[tuple[str, int]]]],
    single: tuple[str, list[tuple[str, int]]] | None,
) -> bool:
    """Whether a row of one value no row follows is still the table's last row ("Nog te
    verdelen posten – 5,9"): printed right under the rows and as they are (apart from its
    label by padding where theirs are), its figure with decimals, as many as theirs, its
    label holding no figure and not starting as a sentence does, and no sentence going on
    under it. A whole number there may end prose as well ("Zie pagina 12"): no row then."""
    valued = [(i, cells) for i, _label, cells in found if cells]
    if single is None or not valued or found[-1][0] != index - 1:
        return False
    (label, [(figure, column)]), (above, cells) = single, valued[-1]
    if _padded(lines[above], cells[0][1]) and not _padded(lines[index], column):
        return False
    after = _nonblank(lines, index + 1, 0)
    if after and lines[after[0]].strip()[:1].islower():
        return False  # a sentence going on below ("... met 4,5" / "miljoen euro ...")
    named = _NUMBERED.sub("", _BRACKETED.sub("", label))  # a reference names the row
    if any(map(str.isdigit, named)) or label.split(" ", 1)[0].lower() in _SENTENCE_STARTS:
        return False  # "De stijging van het saldo in 2025 bedraagt 5,0"
    return 0 < printed_decimals(figure) == printed_decimals(cells[-1][0])


def _one_value_row(text: str, style: Style = PRINTED) -> tuple[str, list[tuple[str, int]]] | None:
    """A row of one value ("Eindejaarsmarge 0,8", "waarvan juridisch verplicht 95%"), not a
    clause of prose ending in a number ("..., zie Kamerstuk 36 200, nr. 5"): its label holds
    no comma or semicolon outside brackets (a reference in brackets is part of a name:
    "Motie Van Dijk c.s. (36 410, nr. 17)")."""
    row = _split_row(text, 1, style)
    if row is None:
        return None
    return row if not any(mark in _BRACKETED.sub("", row[0]) for mark in ",;") else None


def _more_values_below(lines: list[str], index: int, width: int) -> bool:
    """Whether the row under line ``index`` prints more values than ``width`` headings: read
    with that many, its label still ends in two values, or in one parted from its words by
    a column's padding ("Jeugd 10 20" under one heading; "Artikel 3" and "Miljoenennota
    2025" end in a number of their own); where its spaces do not tell one number from the
    next (space thousands), where it ends in more values parted by padding than that."""
    # the first row under it, past heading or group lines that end in no value
    # ("Vastgestelde begroting Mutaties ..." under "Art. Omschrijving (1) (2)", "Bedragen x
    # € 1.000   Begroting   Realisatie ..." under the years of its groups)
    below = _nonblank(lines, index + 1, MAX_HEADINGS + 1)
    first = next((i for i in below if _trailing_cells(lines[i], 1)), None)
    row = _split_row(lines[first], width) if first is not None else None
    if first is None:
        return False
    if row is None:  # the spaces do not tell where one number ends: the padding does
        return _padded_runs(lines[first]) > width  # ("31 240   32 050   30 602   1 448-")
    words = row[0].split()
    if len(words) < 2 or not is_value(words[-1]):
        return False
    label = lines[first][: row[1][0][1] - 1].rstrip()  # as printed, its spaces kept
    padded = label[: len(label) - len(words[-1])].endswith("  ")
    return is_value(words[-2]) or (padded and not is_year(words[-1]))


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


def _read_table(
    lines: list[str],
    index: int,
    first: tuple[str, list[tuple[str, int]]],
    top: int | None = None,
    furniture: Set[int] = frozenset(),
) -> RawTable | None:
    """The table whose first column heading line is ``lines[index]`` (``_read_blocks``). A
    table prints its thousands one way: where it reads with dot thousands ("1.250") and
    numbers joined over a space ("250 300" as 250.300, or a label's "2" and 250 as 2.250),
    the spaces parted two numbers, and it is read again without joining any (unless the
    joined numbers are the more: then the dots are the odd ones). ``furniture``: the
    numbers of the page's running header and footer lines."""
    table = _read_blocks(lines, index, first, top=top, furniture=furniture)
    if table is None:
        return None
    printed = [cell.text for row in table.rows for cell in (*row.cells, *row.loose)]
    style = PRINTED
    if spaced_are_odd(printed):
        style = Style(space_thousands=False)
        table = _read_blocks(lines, index, first, style, top=top, furniture=furniture)
    if table is not None and _points_are_odd(printed):
        style = style._replace(point_decimals=False)
        table = _read_blocks(lines, index, first, style, top=top, furniture=furniture)
    if table is not None and _prints_minus_after(lines, table):
        style = style._replace(minus_after=True)
        table = _read_blocks(lines, index, first, style, top=top, furniture=furniture) or table
    return table


def _points_are_odd(texts: list[str]) -> bool:
    """Whether a table's cells (``texts``) print a decimal point before one digit ("11.1")
    beside dot thousands or decimal commas ("1.250", "4,5"): a table prints its numbers one
    way, so such a point is no decimal one (an article's code ending a label), and the
    table is read again without them."""
    others = (text for text in texts if is_value(text) and ("." in text or "," in text))
    return any(map(is_point_decimal, texts)) and any(others)


#: A figure with its minus printed after it, glued or one space apart ("5.350-", "5.350 -").
_MINUS_AFTER = re.compile(rf"\d[ \xa0]?[{DASHES}]$")


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
) -> RawTable | None:
    """The table whose first column heading line is ``lines[index]``, split as ``first``;
    a heading of words alone (``_word_heading``) only where its rows stand aligned under it.
    ``style``: how the table prints its numbers (``_read_table``). ``top``: where
    headings read from several lines by where they stand (``_block_heading``) start; they
    too are kept only over aligned rows. A block under page furniture alone (a running
    footer and header, lines numbered in ``furniture``) that repeats the block's column
    headings above it goes on with that block: the table runs over a page break."""
    rows: list[Row] = []
    printed_blocks: list[tuple[tuple[str, ...], str | None]] = []  # (columns, group) each
    paged = False  # the block is headed by page furniture alone
    columns: list[str] = []
    notes: list[tuple[int, str]] = []
    blocks = 0
    heading_index = index
    start = index
    caption = caption_above(lines, index)
    group_lines = _groups_above(lines, index, caption[0] + 1 if caption else 0)
    if caption is None and group_lines and read_unit(lines[group_lines[0]], 0):
        group_lines = []
    head_end = group_lines[0] if group_lines else index  # where the first block's head starts
    worded = top is not None or _split_heading(lines[index]) is None
    while True:
        heading = first if heading_index == index else _split_heading(lines[heading_index])
        assert heading is not None
        group = " ".join(fold(lines[i]) for i in group_lines) or None
        found, block_columns, end = _block(lines, heading, heading_index + 1, style, furniture)
        headings = heading[1][-len(block_columns) :] if block_columns else []
        if worded:
            # where the full rows stand aligned, a row of fewer values is placed by where
            # its values stand, as under any heading, and does not end the table
            full = _aligned_ends(lines, heading_index, headings, found) if headings else []
            found, end = _filled_rows(lines, found, len(block_columns), end, full)
        if not found:
            break
        ends = _aligned_ends(lines, heading_index, headings, found)
        if (
            worded
            and not ends
            and not _every_column_filled(lines, lines[heading_index], found, headings)
        ):
            return None
        if blocks == 0:
            start = group_lines[0] if group_lines else heading_index
        notes += [(i + 1, lines[i]) for i in (*group_lines, heading_index)]
        if ends and top is not None and blocks == 0:
            block_columns = [text for text, _col in headings]  # read with the lines above
            notes[-1:] = [(i + 1, lines[i]) for i in range(top, heading_index + 1) if lines[i]]
            group_lines = [i for i in group_lines if i < top]
            group = " ".join(fold(lines[i]) for i in group_lines) or None
            start = min(start, top)
        elif ends:
            floor = caption[0] + 1 if caption and blocks == 0 else heading_index - MAX_STACKED
            block_columns, top = _stacked_headings(lines, heading_index, floor, headings)
            block_columns, found, below = _headings_below(
                lines, heading_index, headings, block_columns, found
            )
            notes += [(i + 1, lines[i]) for i in below]
            group_lines = [i for i in group_lines if i < top]
            group = " ".join(fold(lines[i]) for i in group_lines) or None
            if blocks == 0:
                start = min(start, top)
        elif found and not found[0][2] and found[0][0] == heading_index + 1:
            units = _one_each_below(lines[found[0][0]], len(block_columns))
            if units is not None:  # "Bedrag Aandeel" / "(x € 1.000) (%)", printed unaligned
                block_columns = [f"{c} {u}" for c, u in zip(block_columns, units, strict=True)]
                notes.append((found[0][0] + 1, lines[found[0][0]]))
                found = found[1:]
        elif all(map(is_column_number, block_columns)) and blocks == 0 and found:
            # column numbers under a line of headings printed unaligned ("Realisatie 2024
            # Begroting 2025 Verschil" / "(1) (2) (3)=(2)-(1)"): the headings they number
            named = _named_above(lines, heading_index, len(block_columns), caption, found)
            if named is not None:
                block_columns = [f"{h} {n}" for h, n in zip(named, block_columns, strict=True)]
                notes.insert(len(notes) - 1, (heading_index, lines[heading_index - 1]))
                group_lines = [i for i in group_lines if i < heading_index - 1]
                group = " ".join(fold(lines[i]) for i in group_lines) or None
                start = min(start, heading_index - 1)
        repeated = len(set(block_columns)) < len(block_columns)
        if group_lines and repeated:
            named = _column_groups([lines[i] for i in group_lines], block_columns)
            if named is not None:  # the lines above name groups of columns, not of rows
                block_columns, group_lines, group = named, [], None
        elif (
            repeated and (years := _years_above(lines, heading_index, caption, blocks)) is not None
        ):
            named = _column_groups([lines[years]], block_columns)
            if named is not None:
                block_columns = named
                notes.insert(len(notes) - 1, (years + 1, lines[years]))
                start = min(start, years) if blocks == 0 else start
        elif group_lines and (words := _column_words(lines[group_lines[-1]], block_columns)):
            block_columns, group_lines = words, group_lines[:-1]
            group = " ".join(fold(lines[i]) for i in group_lines) or None
        for i, label, cells in found:
            again = _aligned_reading(lines[i], ends, style) if ends and cells else None
            if again and (_under_values(cells, ends) is None or len(again[1]) > len(cells)):
                # read before the columns were known: "1 302 485" as three values, or as
                # one value with "1 302 417" left in the label
                label, cells = again
            printed = [Cell("", 0, text, parse_value(text), i + 1, col) for text, col in cells]
            row = Row(label, i + 1, [], group if blocks or group_lines else None, blocks)
            row.ruled = _under_rule(lines, i)
            spots = _under_values(cells, ends) if len(cells) < len(block_columns) else None
            if spots is not None:
                row.cells = [
                    Cell(block_columns[k], 0, c.text, c.value, c.line, c.column)
                    for k, c in zip(spots, printed, strict=True)
                ]
            elif len(cells) < len(block_columns):
                row.loose = printed  # no placeholders: placed from the sums, or left out
                if "\t" not in lines[heading_index] and _padded_values(lines[i], cells):
                    # where no sum tells, the headings the values stand under do
                    row.printed_under = _under_headings(cells, _spans(headings))
            else:
                row.cells = [
                    Cell(block_columns[k], 0, c.text, c.value, c.line, c.column)
                    for k, c in enumerate(printed)
                ]
            rows.append(row)
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
        ahead = _nonblank(lines, end, MAX_HEADINGS)
        nxt = next((k for k, i in enumerate(ahead) if _split_heading(lines[i])), None)
        if nxt is None or nxt == 0:
            break  # (a heading line right under the rows starts a new table)
        paged = all(i + 1 in furniture or _continues(lines[i]) for i in ahead[:nxt])
        if paged and _split_heading(lines[ahead[nxt]]) != _split_heading(lines[heading_index]):
            break  # another table on the next page
        if not paged and any(not is_group(lines[i]) for i in ahead[:nxt]):
            break
        group_lines = [] if paged else ahead[:nxt]
        heading_index = ahead[nxt]
    if not rows:
        return None
    for row in rows:
        for cell in row.cells:
            cell.column_order = columns.index(cell.column_label) + 1
    if caption:
        start = caption[0]
        # the lines between the caption and the headings (a unit note) belong to the table
        head = range(caption[0] + 1, head_end)
        notes[:0] = [(i + 1, lines[i]) for i in head if lines[i].strip()]
    else:  # a title without "Tabel" names the table
        top = title_above(lines, head_end)
        notes[:0] = [(i + 1, lines[i]) for i in range(top, head_end) if lines[i].strip()]
    last = max(cell.line for row in rows for cell in (*row.cells, *row.loose))
    match = CAPTION.match(caption[1]) if caption else None
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
