"""The rows of one block under a column heading line, and where the block ends.

Under its heading line a block prints rows of a value per column, rows of fewer values,
lines without values that head a group of rows or go on with a label, a rule line and the
subtotal under it, and may run over a page break. It ends at the first line that fits
none of these: prose, a note, the next table. Its last rows are where a table and the prose
after it are hardest to tell apart, so a row of one value counts only where more rows
follow it or it is printed as the rows above it are (``_rows_follow``, ``_last_row``), and
a unit declaration ending in its figure ("Bedragen in EUR 1.000") ends the block as a
caption does. This module walks the lines of one block; the row reader stacks the blocks
of a table.
"""

from __future__ import annotations

import re
from collections.abc import Set

from budgetkit.extract.tables_alignment import (
    SLACK,
    aligned_reading,
    heading_spans,
    in_heading_order,
    readings_in_columns,
    sparse_reading,
    text_row,
    under_headings,
    under_values,
    value_ends,
)
from budgetkit.extract.tables_groups import is_group
from budgetkit.extract.tables_heading_line import split_heading
from budgetkit.extract.tables_labels import (
    numbered_labels,
    spanned_groups,
    without_margin,
    without_text_column,
)
from budgetkit.extract.tables_page_breaks import (
    RunningHeads,
    break_above_heading,
    heading_again,
    heading_printed_again,
    past_page_break,
    section_over,
)
from budgetkit.extract.tables_page_turns import turns_page, under_figures
from budgetkit.extract.tables_row_values import (
    PRINTED,
    Style,
    is_padded,
    padded_values,
    partitions,
    split_row,
    trailing_cells,
)
from budgetkit.extract.tables_stacked_headings import (
    continues_corner,
    finishes_broken_words,
    goes_on_beside_corner,
    joined_heading,
    numbers_under,
    periods_under_words,
)
from budgetkit.extract.tables_titles import nonblank, nonblank_before
from budgetkit.extract.tables_tokens import (
    BRACKETED,
    CAPTION,
    RULE_LINE,
    is_column_number,
    numbers_no_columns,
    printed_decimals,
)
from budgetkit.extract.tables_tokens import indent as _indent
from budgetkit.extract.tables_units import read_unit
from budgetkit.extract.tables_word_headings import word_heading
from budgetkit.extract.tables_wrapped_labels import ends_last_label, wrapped_labels
from budgetkit.layout import fold

#: Rows of one value in a row that a table printed one row per line may hold.
MAX_SINGLE = 5
#: A document's number in a row label, "nr." (or "nummer") before it ("Motie ... nr. 17").
_NUMBERED = re.compile(r"\b(?:nr|nummer)\.?[ \xa0]*\d[\d.,]*", re.IGNORECASE)
#: A part of a label in brackets ("(36 410, nr. 17)", "(huisvesting)"): never its values.
_BRACKETED = re.compile(r"\([^()]*\)")
#: The end of a parliamentary paper's reference, its dossier (a chapter's numeral after it)
#: then its number: "Kamerstuk 29 190 XIV, nr. 2", "..., vergaderjaar 2008–2009, 31 924 XI,
#: nr. 1": what a Kamerstuk's running head or foot prints before the page number.
#: A page's number as a running head or foot prints it: a plain number, three digits at most.
_PAGE_NUMBER = re.compile(r"\d{1,3}")
_PAPER = re.compile(r"\b\d{2} ?\d{3}(?:-\d+)?(?: [IVXL]+[A-Z]?)?, nr\. ?\d+$", re.IGNORECASE)


def is_under_rule(lines: list[str], index: int) -> bool:
    """Whether the line above line ``index``, past blank lines, is a rule line."""
    above = nonblank_before(lines, index, 1)
    return bool(above) and RULE_LINE.fullmatch(lines[above[0]].strip()) is not None


def _unlabelled_row(
    text: str, width: int, ends: list[int]
) -> tuple[str, list[tuple[str, int]]] | None:
    """("", cells) of a line of values without a label, as a subtotal under a rule line
    prints them: where the columns' figures end (``ends``) the one reading of most values
    that stands there, else its values if no more than the columns. A reading that leaves
    a figure before its first cell leaves a label (a year labelling its row: "2021   1.300
    1.150"): no such line."""
    tokens = trailing_cells(text, width)
    if not tokens or text[: tokens[0][1] - 1].strip():
        return None
    if not ends:
        return ("", tokens) if len(tokens) <= width else None
    for count in range(len(ends), 0, -1):
        fits = {tuple(r) for r in partitions(text, tokens, count) if under_values(r, ends)}
        if len(fits) == 1:
            cells = list(fits.pop())
            return None if text[: cells[0][1] - 1].strip() else ("", cells)
        if fits:
            return None
    return None


def _values_below(lines: list[str], index: int, width: int) -> list[tuple[str, int]] | None:
    """The cells of the row whose label line ``index`` prints alone, where the line right
    under it prints a value for each of the ``width`` columns and nothing else (plain
    pdftotext output of cells it cannot keep on one line: "Provinciefonds" / "412.310
    418.920 425.140"), else None. A label over fewer values is a group heading's line, and
    a label over one figure is what a table printed one cell per line prints for every cell
    ("Realisatie" / "2024" / "mln euro"): a table of one column tells no such row."""
    if width < 2 or index + 1 >= len(lines) or not is_group(lines[index], inside=True):
        return None
    below = _unlabelled_row(lines[index + 1], width, [])
    return below[1] if below is not None and len(below[1]) == width else None


def _values_wrapped_on(
    lines: list[str], index: int, found: list[tuple[int, str, list[tuple[str, int]]]], width: int
) -> tuple[int, str, list[tuple[str, int]]] | None:
    """The row right above line ``index`` with the values this line prints alone added to
    its own, where a row printed with single spaces (a text browser's or a mail's dump,
    wrapped at the screen's width) ends in fewer values than the ``width`` columns and this
    line of values alone brings it to exactly ``width`` ("Onderuitputting ... -12,4 0,0
    0,0 0,0" / "0,0"); else None. The added values' columns count past the row's line and
    its line end (see ``cell_place``): each keeps the line it is printed on. Where the
    values stand aligned, a line of values alone is a subtotal, and a row of fewer values
    plus them making more or fewer than ``width`` tells no row."""
    if index >= len(lines) or not found or not found[-1][2] or found[-1][0] != index - 1:
        return None
    row, label, cells = found[-1]
    below = _unlabelled_row(lines[index], width, [])
    if below is None or len(cells) + len(below[1]) != width:
        return None
    if "  " in lines[row].strip() or "  " in lines[index].strip() or "\t" in lines[row]:
        return None
    past = len(lines[row]) + 1
    return row, label, [*cells, *((text, past + column) for text, column in below[1])]


def cell_place(lines: list[str], index: int, column: int) -> tuple[int, int]:
    """(1-based line, 1-based column) of a value read on the row of line ``index`` (0-based)
    at ``column``: a column past that line's end counts on into the next line, where the
    rest of a wrapped row's values stands (``_values_wrapped_on``)."""
    if column > len(lines[index]) + 1:
        return index + 2, column - len(lines[index]) - 1
    return index + 1, column


def read_block(
    lines: list[str],
    heading: tuple[str, list[tuple[str, int]]],
    start: int,
    style: Style = PRINTED,
    furniture: Set[int] = frozenset(),
    widest: int = 0,
    running: RunningHeads | None = None,
) -> tuple[list[tuple[int, str, list[tuple[str, int]]]], list[str], int]:
    """Rows (incl. value-less group rows) of one block; its columns; where it ends.
    ``style``: how the table prints its numbers; ``furniture``: the numbers of the page's
    running lines, which a page break parting the rows prints (``past_page_break``);
    ``widest``: the longest label the table's blocks above print on a row's line;
    ``running``: the running heads of ``lines``, read once per document (``RunningHeads``)."""
    _corner, tail = heading
    found: list[tuple[int, str, list[tuple[str, int]]]] = []
    # where the headings stand; once the first row with a value in every column has them in
    # order under the headings, parted by a column's padding, where it ends them (figures
    # are aligned on the right) tells the columns of a row of fewer values
    heads = [] if "\t" in lines[start - 1] else heading_spans(tail)
    every = list(range(len(heads)))
    ends: list[int] = []
    aligned = refuted = False
    pos = start
    i = start
    spaced = False  # blank lines stand between the rows found so far
    headed = 0  # the lines of ``found`` that go on with the headings, before any row
    ruled = False  # a rule line stands right above
    alone = _one_padded_column(lines[start - 1], tail)
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
        if i == start and tail and goes_on_beside_corner(lines[i], tail):
            # the corner's heading beside the headings' words going on under their columns
            # ("Hoofdstuk   uitgaven   heden"): a heading line, no row of text cells, which
            # ``headings_below`` joins to the headings
            found.append((i, fold(lines[i]), []))
            headed += 1
            i += 1
            continue
        if heads and text_row(lines[i], heads):
            if _heads_next(lines, i, heads):
                break
            i += 1  # a row of text cells under the headings ("Functie   Directeur   Lid")
            continue
        if i == start and (
            finishes_broken_words(lines[start - 1], lines[i])
            or (tail and continues_corner(lines[start - 1], lines[i], tail[0][1]))
        ):
            # "Hoofd-  Omschrijving  1994  1995" / "stuk", "Art.  Omschrijving  2007" /
            # "nr.": the heading's words go on
            i += 1
            continue
        after_blank = i > start and not lines[i - 1].strip()
        if len(found) == headed:  # no row yet, the headings' own lines at most
            spaced = after_blank  # a blank line under the headings: the rows are spaced too
            if (all(map(is_column_number, lines[i].split())) and numbers_under(lines[i], tail)) or (
                i == start and periods_under_words(lines[i], tail)
            ):
                # the columns' numbers under their headings ("2024   2024" / "(1)   (2)
                # (3)=(1)-(2)"), a year under a heading of words ("Mutatie" / "1999"):
                # headings, which ``headings_below`` joins to them
                found.append((i, fold(lines[i]), []))
                headed += 1
                i += 1
                continue
        if (cut := break_above_heading(lines, i, lines[start - 1], found)) is not None:
            # the heading printed again on the next page: the lines read since the page's
            # foot are the break's furniture, and the rows go on under the heading
            found = [row for row in found if row[0] < cut]
            i += 1
            continue
        if found and turns_page(lines, i):
            # a page's foot or head, the page seen to turn right there, reads as a row of one
            # value ("Najaarsnota 2016      67"): the rows go on past the break, or end; where
            # none goes on and its figure stands under the rows', it is the table's last row,
            # unless the rows go on under the headings printed again past the break
            resume = past_page_break(
                lines, i, start, len(tail), ends if aligned else [], style, furniture, running
            )
            if resume is not None:
                i = resume
                continue
            if not (aligned and under_figures(lines[i], ends)) or heading_again(
                lines, i, lines[start - 1]
            ):
                break
        numbered = split_heading(lines[i])
        figures = numbered is not None and _numbers_no_columns(numbered, len(tail))
        if figures and not style.brackets:
            style = style._replace(brackets=True)  # negatives in brackets, whatever came above
        split = split_row(lines[i], len(tail), style)
        if (
            numbered is not None
            and not figures
            and not _bracketed_row(split, len(tail), style, ends if aligned else [])
            and not _group_at_margin(lines, i, numbered, found)
        ):
            break
        below = section_over(lines, i, lines[start - 1]) if found and split is None else None
        if below is not None and (
            split_heading(lines[below]) is not None or word_heading(lines, below) is not None
        ):
            break  # a new section's heading over another table's headings, past a page break
        if (
            found
            and after_blank
            and not spaced
            and (
                split is None
                or len(split[1]) < len(tail)
                or (aligned and under_values(split[1], ends) is None)
            )
            and not (split is None and is_group(lines[i], inside=True))
            and not _full_rows_alike(lines, i, split, len(tail), style)
        ):
            # the rows stand line under line: past a blank line, a line of fewer values, or
            # of values standing under none of their aligned columns, is no row of theirs (a
            # page's footer: "Tweede Kamer, ..., nr. 1 43"; under one column, "Begroting
            # 2024   27"); where full rows resume past it, it parted the table over two pages,
            # as where they resume past the next page's running head (``past_page_break``);
            # a caption ("Tabel 27") opens the next table
            resume = next(
                (j for j in range(i + 1, min(len(lines), i + 4)) if lines[j].strip()), None
            )
            again = split_row(lines[resume], len(tail), style) if resume is not None else None
            if again is None or len(again[1]) != len(tail):
                resume = (
                    None
                    if CAPTION.match(lines[i])
                    else past_page_break(
                        lines,
                        i,
                        start,
                        len(tail),
                        ends if aligned else [],
                        style,
                        furniture,
                        running,
                    )
                )
                if resume is None:
                    break
            i = resume
            continue
        spaced = spaced or after_blank
        tab = "\t" in lines[i]  # a tab's width no text knows: no position to read
        if not ends and not refuted and not tab and heads and "  " in lines[i].strip():
            # a row of every column printed in columns may be read by where its values
            # stand before the columns are known ("Artikel 1      1 302   417   481")
            split = readings_in_columns(lines[i], heads, style) or split
            if split is None:
                split = sparse_reading(lines[i], heads, style)
        if (
            aligned
            and not tab
            and found
            and not after_blank
            and (blank := _unlabelled_row(lines[i], len(tail), ends)) is not None
        ):
            # a line of figures alone right under the rows, each under a column's figures, is
            # a subtotal printed without a label (its rule lost to the text layer: rows of
            # parts, then "      5.240      5.310      5.355" under their figures), never
            # a label of figures; a figure set apart by a blank line is a page's number
            split = blank
        elif aligned and not tab and (split is None or under_values(split[1], ends) != every):
            full_row = split is not None and len(split[1]) == len(heads)
            if full_row and padded_values(lines[i], split[1]):
                ends, aligned, refuted = [], False, True  # its columns stand elsewhere
            else:
                # in aligned columns, where the values stand tells how many a row prints,
                # which spaces part two numbers ("50 205 455" under two headings) and
                # whether a dash is a nil cell or a minus sign ("‒ 2,7 2,7"); a line whose
                # numbers stand elsewhere is no row ("... gestegen tot 1 302 485")
                split = aligned_reading(lines[i], ends, style)
        if alone and split is not None and not tab and not is_padded(lines[i], split[1][0][1]):
            # one value column, its heading apart from the corner by padding: a figure one
            # space after a word ("Onderwerp   Meicirculaire 2025" under "Datum   3 juni
            # 2025", a letter's header) is the words' own number, or a long label's value
            # pushed right; no other column's place tells which: a row only as a row of
            # one value between rows is (below), where rows follow it
            split = None
        if CAPTION.match(lines[i]) or (split is not None and _declares_unit(lines[i], split[1])):
            break  # the next table's caption: "Tabel 27", "... Bedragen in EUR 1.000"
        if (i + 1 in furniture or (after_blank and _paper_page(split))) and (
            split is None or len(split[1]) < len(tail)
        ):
            # a page's running head or foot is no row, whatever it ends in ("Gemeente
            # Veldhoven, Jaarrekening 2024 ... 32"), printed on every page or once, as a
            # Kamerstuk's reference and page number ("Kamerstuk 29 190 XIV, nr. 2   3"),
            # set apart from the rows by a blank line (a line right under a row naming a
            # paper is a row: "Motie Van der Lee c.s., Kamerstuk 36 410, nr. 17   5"); a
            # line printing a value in every column is one, though it repeats as running
            # lines do ("– waarvan apparaat 0 0 0 0")
            split = None
        if split is None and under_rule and found:
            split = _unlabelled_row(lines[i], len(tail), ends if aligned else [])
        if split is None and (row := _values_wrapped_on(lines, i, found, len(tail))) is not None:
            found[-1] = row  # the rest of the row above's values, wrapped onto this line
            pos = i + 1
            i += 1
            continue
        if split is None and (values := _values_below(lines, i, len(tail))) is not None:
            found.append((i + 1, fold(lines[i]), values))  # the label over its values
            pos = i + 2
            i += 2
            continue
        if split is None:
            single = _one_value_row(lines[i], style)
            # a small figure in brackets padded apart is a negative where the table prints
            # them so (``style.brackets``): a row of one value, no group's name ending in it
            group = is_group(lines[i], inside=bool(found)) and not (style.brackets and single)
            following = (group or bool(found) or single is not None) and _rows_follow(
                lines, i, len(tail), ends if aligned else [], style, heads
            )
            if group and following:
                found.append((i, fold(lines[i]), []))
                i += 1
                continue
            if group and not following and ends_last_label(lines, i, found, furniture):
                last, label, cells = found[-1]
                found[-1] = (last, joined_heading([label, fold(lines[i])]), cells)
                pos = i + 1
                i += 1
                continue
            if (
                group
                and found
                and _heads_past_break(
                    lines, i, start, len(tail), ends if aligned else [], style, found
                )
            ):
                # the page's last line, heading the rows past the break (no label's end)
                found.append((i, fold(lines[i]), []))
                i += 1
                continue
            # fewer values, each under a heading ("Eindejaarsmarge 0,8"), or one value
            # between rows ("waarvan juridisch verplicht 95%"): a row of its own; or the
            # first of a row's values, the rest wrapped onto the next line
            wrapped = single is not None and _values_wrapped_on(
                lines, i + 1, [(i, *single)], len(tail)
            )
            if split is None and (following or wrapped or _last_row(lines, i, found, single)):
                split = single
            if split is not None and aligned and _padded_figures(lines[i], split[1], style):
                split = None  # figures padded apart before it: values no column tells
            if split is None or _declares_unit(lines[i], split[1]):
                resume = past_page_break(
                    lines, i, start, len(tail), ends if aligned else [], style, furniture, running
                )
                if not found or resume is None:
                    break
                i = resume  # the table goes on on the next page, its header not repeated
                continue
        if len(split[1]) == len(heads) and not tab and padded_values(lines[i], split[1]):
            # a row of every column, its values in columns: the first sets where they end,
            # the others must end theirs there too
            if not refuted and not ends and in_heading_order(split[1], heads):
                ends = value_ends(split[1])
            elif ends and under_values(split[1], ends) != every:
                ends, refuted = [], True
            aligned = bool(ends)
        found.append((i, split[0], split[1]))
        pos = i + 1
        i += 1
    if alone and not any(
        is_padded(lines[i], cells[0][1]) and not _justified(lines[i][: cells[0][1] - 1])
        for i, _label, cells in found
        if cells
    ):
        # one value column whose rows all print their figure one space after a word, or
        # spaced as the words before it are: lines of prose ending in a number (justified,
        # as -layout prints it) under a line that reads as a heading (a page's running head
        # set in at the right, "Begroting 2025", "2025"), no rows of a table
        found = []
    while found and not found[-1][2]:
        if _heads_past_break(
            lines, found[-1][0], start, len(tail), ends if aligned else [], style, found[:-1]
        ):
            # the page's last line heads the rows past the break, under the heading printed
            # again: the table's group, read on under that heading
            pos = max(pos, found[-1][0] + 1)
            break
        index, label, _cells = found.pop()
        if ends_last_label(lines, index, found):
            # the last row's label wrapped onto a line read as a heading because rows went
            # on past the page's end, under the headings printed again: the label's end
            last, above, cells = found[-1]
            found[-1] = (last, joined_heading([above, label]), cells)
    found = without_margin(lines, found)
    found = numbered_labels(found, len(tail))
    found = wrapped_labels(lines, found, widest)
    found = spanned_groups(lines, lines[start - 1], found)
    found = without_text_column(lines, start - 1, found)
    width = max((len(cells) for _i, _label, cells in found), default=0)
    for i, _label, cells in found if heads and width else []:
        # a row of fewer values standing under the first headings, where no row fills
        # every column (a stand without the year a later budget adds): their columns too
        spots = under_headings(cells, heads) if padded_values(lines[i], cells) else None
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


#: A gap of two spaces or more between two words.
_WIDE_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")


def _justified(before: str) -> bool:
    """Whether the text ``before`` a figure spaces its words as widely as the figure stands
    from it, in two gaps at least: a line of justified prose ("en   de   netto   schuldquote
    stijgt   naar   15,2"), where a row's label ("2.  Solvabiliteitsratio") is padded
    apart from its value wider than between its words."""
    gaps = [len(gap) for gap in _WIDE_GAP.findall(before.strip())]
    return len(gaps) >= 2 and max(gaps) >= len(before) - len(before.rstrip())


def _full_rows_alike(
    lines: list[str],
    index: int,
    split: tuple[str, list[tuple[str, int]]] | None,
    width: int,
    style: Style,
) -> bool:
    """Whether a line past a blank line printing a value under every column (``split``,
    ``width`` columns) is a row of the table, though its values stand off the columns the
    rows above end in: the line right under it prints as many values, each ending where
    its own does, within ``SLACK`` (rows set apart under a total, their last columns
    printed further right, "‒ 0,9    ‒ 0,6" over "66,2     65,1"). A page's foot, which
    such a line otherwise is, stands alone."""
    if split is None or len(split[1]) != width or index + 1 >= len(lines):
        return False
    below = split_row(lines[index + 1], width, style)
    return (
        below is not None
        and len(below[1]) == width
        and all(
            abs(a - b) <= SLACK
            for a, b in zip(value_ends(below[1]), value_ends(split[1]), strict=True)
        )
    )


def _one_padded_column(heading: str, tail: list[tuple[str, int]]) -> bool:
    """Whether a heading line heads one value column, printed apart from a corner label by
    a column's padding ("Omschrijving      2024", "Datum      3 juni 2025") or set in over
    its column with the corner left blank ("            Begroting 2025"): a layout that
    parts its cells by padding, whose rows print their value so (a line of prose under a
    page's running head, "... komt uit op 2,9", prints its figure one space after a word)."""
    return (
        len(tail) == 1
        and tail[0][1] > 1  # (a heading at the margin over single-spaced rows: no layout)
        and is_padded(heading, tail[0][1])
        and "\t" not in heading
    )


def _heads_next(lines: list[str], index: int, heads: list[tuple[int, int]]) -> bool:
    """Whether a line of words under every column (``text_row``) printed past a blank
    line heads a next table rather than being a row of text cells of this one: a model
    table of persons prints its text rows right under its heading or a row, and the next
    one's names over their columns after a blank line ("bedragen x € 1   mr. H. Visser
    dr. J. Kok")."""
    return not lines[index - 1].strip() and text_row(lines[index], heads)


def _heads_past_break(
    lines: list[str],
    index: int,
    start: int,
    width: int,
    ends: list[int],
    style: Style,
    found: list[tuple[int, str, list[tuple[str, int]]]],
) -> bool:
    """Whether the group heading at ``lines[index]``, the last line of its page, heads rows
    the table goes on with on the next one: a form feed turns the page under it, the
    table's column heading line (``lines[start - 1]``) is printed again there and rows
    follow it, the first indented past the line, as a table indenting its items under its
    headings sets them; and the line stands left of the row right above it, where the rest
    of that row's label, wrapped, never starts ("    Centraal Justitieel Incassobureau
    48.212 ..." / "  Subsidies (regelingen)" / form feed, running head / "Art.  Omschrijving
    2023 ..." / "    Halt   24.118 ..."). The break's lines are its furniture
    (``break_above_heading``); the heading is the group of the rows past it. A line level
    with the rows around it ("2.1 Investeringsbudget Stedelijke   352 110 ..." /
    "Vernieuwing (ISV)") tells no heading from a label's end, unless the table sets its
    group headings level with its rows (a group row of ``found`` stands there: plain text
    prints every line at the margin, "Beleidsartikelen" over "1 Primair onderwijs ...")
    and the line opens with a capital, as a heading does and the rest of a label
    ("schoolkosten") does not."""
    again = heading_printed_again(lines, index, lines[start - 1])
    if again is None or not any(lines[j].startswith("\f") for j in range(index + 1, again + 1)):
        return False
    above = nonblank_before(lines, index, 1)
    first = nonblank(lines, again + 1, 0)
    indent = _indent(lines[index])
    if not above or not first or "\t" in lines[index]:
        return False
    left = indent < _indent(lines[above[0]]) and indent < _indent(lines[first[0]])
    level = (
        indent == _indent(lines[above[0]]) == _indent(lines[first[0]])
        and lines[index].strip()[:1].isupper()
        and any(not cells and _indent(lines[i]) == indent for i, _label, cells in found)
    )
    return (left or level) and _rows_follow(lines, again, width, ends, style)


def _rows_follow(
    lines: list[str],
    index: int,
    width: int,
    ends: list[int],
    style: Style = PRINTED,
    heads: list[tuple[int, int]] | None = None,
) -> bool:
    """Whether a row follows line ``index``: a row of two values or more (or, in columns
    whose figures end at ``ends``, of values standing there, or a label alone over a line
    of its values, ``_values_below``), past at most ``MAX_SINGLE`` group headings and rows
    of one value (``_one_value_row``), not past a next table's heading (``_heads_next``,
    where the columns stand at ``heads``)."""
    for i in nonblank(lines, index + 1, MAX_SINGLE):
        line = lines[i]
        if heads and _heads_next(lines, i, heads):
            return False
        if (
            split_row(line, width, style) is not None
            or (ends and aligned_reading(line, ends, style))
            or _values_below(lines, i, width) is not None
            or ((numbered := split_heading(line)) and _numbers_no_columns(numbered, width))
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
    if is_padded(lines[above], cells[0][1]) and not is_padded(lines[index], column):
        return False
    after = nonblank(lines, index + 1, 0)
    if after and lines[after[0]].strip()[:1].islower():
        return False  # a sentence going on below ("... met 4,5" / "miljoen euro ...")
    named = _NUMBERED.sub("", _BRACKETED.sub("", label))  # a reference names the row
    if any(map(str.isdigit, named)) or label.split(" ", 1)[0].lower() in _SENTENCE_STARTS:
        return False  # "De stijging van het saldo in 2025 bedraagt 5,0"
    return 0 < printed_decimals(figure) == printed_decimals(cells[-1][0])


def _paper_page(split: tuple[str, list[tuple[str, int]]] | None) -> bool:
    """Whether a line read as a row of one value is a parliamentary paper's running head or
    foot: its reference, ending in the paper's dossier and number outside brackets, and the
    page number ("Kamerstuk 29 190 XIV, nr. 2   3"): a plain number of three digits at
    most. A row naming a paper prints the reference in brackets ("Motie Van Dijk c.s. (36
    410, nr. 17)   12,0"), or outside them with its amount, decimals or thousands printed
    ("Motie Van der Lee c.s., Kamerstuk 36 410, nr. 17   3,0"): a row, kept."""
    return (
        split is not None
        and len(split[1]) == 1
        and _PAGE_NUMBER.fullmatch(split[1][0][0]) is not None
        and _PAPER.search(_BRACKETED.sub("", split[0])) is not None
    )


def _group_at_margin(
    lines: list[str],
    index: int,
    heading: tuple[str, list[tuple[str, int]]],
    found: list[tuple[int, str, list[tuple[str, int]]]],
) -> bool:
    """Whether a line that reads as a heading of columns ("Totaal") is a word alone at the
    labels' margin, the rows above it labelled from there or further in: a value-less row
    heading the rows under it (a block of totals under blocks of sectors, each "Totaal" /
    "Uitgaven" / ...), not the heading of a block of its own, which stands over the values
    it heads. It ended the table, the block under it lost."""
    corner, tokens = heading
    line = lines[index]
    if corner or len(tokens) != 1 or any(map(str.isdigit, line)):
        return False
    labelled = [lines[i] for i, label, cells in found if label and cells]
    margin = len(line) - len(line.lstrip())
    return bool(labelled) and all(margin <= len(row) - len(row.lstrip()) for row in labelled)


def _bracketed_row(
    split: tuple[str, list[tuple[str, int]]] | None, width: int, style: Style, ends: list[int]
) -> bool:
    """Whether a line that ends as a heading of column numbers ("(140)   (14)") is a row of
    a table printing its negatives in brackets (``style.brackets``): a label and a value in
    every column, small figures in brackets among them ("Reserve wegen   126   (140)
    (14)", "Saldo   (20)   (82)   (102)"), or, in columns whose figures end at ``ends``, a
    label and fewer values each ending under a column's figures ("Energiekosten ...
    (212)   (150)   (100)" under four columns, the last blank): a row placed by where its
    values stand. It ended the table, its rows below lost."""
    if not style.brackets or split is None:
        return False
    label, cells = split
    placed = len(cells) == width or (
        bool(label) and bool(ends) and under_values(cells, ends) is not None
    )
    return placed and any(BRACKETED.fullmatch(text) for text, _col in cells)


def _numbers_no_columns(heading: tuple[str, list[tuple[str, int]]], width: int) -> bool:
    """Whether a line that reads as a label over column numbers ("Saldo   (612)   (540)
    (705)", "Herinrichting   (350)   (250)") prints figures in brackets that number no
    columns (``numbers_no_columns``: they do not rise, pass the columns there are, or hold
    decimals): a row's negatives, whatever the rows above print. Read as a heading, it
    ended the table, its rows below lost (all of them where rows of such figures come
    first)."""
    label, headings = heading
    return bool(label.strip()) and numbers_no_columns([text for text, _col in headings], width)


def _one_value_row(text: str, style: Style = PRINTED) -> tuple[str, list[tuple[str, int]]] | None:
    """A row of one value ("Eindejaarsmarge 0,8", "waarvan juridisch verplicht 95%"), not a
    clause of prose ending in a number ("..., zie Kamerstuk 36 200, nr. 5"): its label holds
    no comma or semicolon outside brackets (a reference in brackets is part of a name:
    "Motie Van Dijk c.s. (36 410, nr. 17)")."""
    row = split_row(text, 1, style)
    if row is None:
        return None
    return row if not any(mark in _BRACKETED.sub("", row[0]) for mark in ",;") else None


def _padded_figures(text: str, cells: list[tuple[str, int]], style: Style = PRINTED) -> bool:
    """Whether a line read as a row of one value (``cells``) prints a figure after words
    before it, apart from what stands before it by a column's padding: in aligned columns,
    a value standing under none ("... uitvoering 1.480       2.115" before "2.200", a long
    label pushing its figures right by unequal offsets), which leaves the row no row of one
    value; not a label's own number ("Regeling 2024", one space after its word) nor a code
    at the margin ("6.1")."""
    text = text[: cells[0][1] - 1]
    return any(
        text[: column - 1].strip() and is_padded(text, column)
        for _token, column in trailing_cells(text, len(text), style)
    )
