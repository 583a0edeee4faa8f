"""Where a table printed one cell per line starts: its first row, and what heads it.

A text followed by a value is a row's label, but not every such text starts a table's
rows: a caption or corner over year headings ("Uitgaven voorlichting (x € 1.000)" /
"2024" / "2025"), the last heading before a row's code, or a time series whose rows are
labelled by years. And the first valued row is not always the first row: group rows right
above it, a code cell before its label or text cells after it belong to the rows, not to
the heading. This module answers both, so that the heading is read from the right line
and the rows from the right item.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from budgetkit.extract.tables_cell_headings import (
    CODED_REACH,
    MAX_HEAD,
    WRITTEN_CODE,
    Heading,
    has_period,
    read_heading,
)
from budgetkit.extract.tables_cell_items import (
    Item,
    code_at,
    code_before_label,
    goes_on_below,
    is_valued,
    periods_in_order,
    unit_line,
)
from budgetkit.extract.tables_cell_runs import cells_in, data_width, rows_preview, run_at
from budgetkit.extract.tables_tokens import (
    BROKEN_WORD,
    CAPTION,
    NUMBERED_HEADING,
    YEAR_IN,
    is_code,
    is_year_heading,
)
from budgetkit.extract.tables_units import read_unit
from budgetkit.extract.tables_vocabulary import is_code_heading


def first_row(items: list[Item], pos: int, floor: int) -> int:
    """The first row of a table whose first valued row is at ``pos``: value-less group rows
    (a label and its placeholder) right above it belong to the rows, not to the headings, and
    so does the first line of its label wrapped in its cell (``goes_on_below``). Above a
    first row printing its code, the group rows are looked for above the code, under a code
    column's heading too ("Art." / "Omschrijving" / ... / " " / "Beleidsartikelen" / "    "
    / "NN" / "<Naam>"): read as the last heading, the group's name took a column and left
    a heading over none, and no table was read. Under a code column's heading a group row
    opens with its code cell as every row does (``_code_cell_before``): a text over the
    first row's empty code cell with none before it is the last heading. So it is under a
    blank corner where the rows print codes no value reads as (``_codes_open_rows``)."""
    first = pos - 1 if pos - 1 > floor and goes_on_below(items, pos - 1, pos) else pos
    if first - 1 > floor and items[first - 1].kind in "TV" and code_at(items, first - 1):
        return _coded_groups(items, first - 1, floor)
    coded = _code_headed(items, pos, floor)  # looked for once, for both tests below
    if coded and _coded_rows(items, pos):
        return pos  # the placeholder before the first label is its empty code cell
    # rows opening with codes no value reads as ("1.1" / "<taakveld>"): a code column
    # under a blank corner (" " / " " / the values' headings), as under "Art."
    coded = coded or _codes_open_rows(items, pos)
    while (label := _group_label(items, first, pos, floor)) is not None:
        heading = items[label].text
        if (
            has_period(heading)
            or CAPTION.match(heading)
            or read_unit(heading, 0)
            or numbered_column(items, label)
            or (coded and not _code_cell_before(items, label, floor))
        ):
            break
        first = label
        while first - 2 >= floor and items[first - 1].kind == "P" and items[first - 2].kind == "P":
            first -= 1
    return first


def _group_label(items: list[Item], first: int, pos: int, floor: int) -> int | None:
    """The label of a value-less group row right above the row at ``first``, if the items
    there are one: a text followed by one placeholder (a run of empty cells printed as one
    whitespace line), or by one placeholder per value column, as many as the rows from
    ``pos`` print values (``data_width``): each empty cell a line of its own ("Algemene
    reserves" / " " / " " / " " / " " over rows of four values). Read as the last heading,
    such a label took the last column's name and every heading moved one column over, the
    corner ("Reserve") naming the first. Or by one placeholder as wide as those cells
    print (n spaces for n cells, or 2n - 1) and the one space before the next label (its
    empty code cell, or a spacer): an article's title row under "Art." / "Omschrijving" /
    the years ("5" / its name / 13 spaces over seven columns / " "), read as the
    heading's last cells, left no heading and no table. A text followed by some other
    number of placeholders is no row of the table's width, and is left to the heading."""
    blank = first
    while blank - 1 > floor and items[blank - 1].kind == "P":
        blank -= 1
    empties = first - blank
    if empties == 0 or blank - 1 < floor or items[blank - 1].kind != "T":
        return None
    if empties == 1:
        return blank - 1
    width = data_width(rows_preview(items, pos), False)
    if _heading_short(items, blank - 1, width, floor):
        return None
    if empties == width or _empty_row_then_spacer(items[blank:first], width):
        return blank - 1
    return None


def _empty_row_then_spacer(blanks: list[Item], width: int) -> bool:
    """Whether the placeholders ``blanks`` after a label are a row's ``width`` empty cells
    printed as one placeholder, wider than one space (n spaces or 2n - 1), and then one
    space before the next row."""
    if len(blanks) != 2 or width < 2 or blanks[1].width != 1:
        return False
    return cells_in(blanks[:1], "same") == width or cells_in(blanks[:1], "odd") == width


def _heading_short(items: list[Item], label: int, width: int, floor: int) -> bool:
    """Whether the heading cells printed between the table's caption or unit and the text
    at ``label`` are too few to head a corner and ``width`` value columns without it: then
    the text is the last heading ("Reserve" / "Begroting" / "Wijzigingen" / "Realisatie" /
    "Verschil" over an empty cell per column, the heading's second row printed blank), not
    a group row's label. Without a caption or unit above, nothing tells. A unit printed right
    above the text closes the heading block ("Saldo 2027" / "Bedragen x € 1.000" /
    "Bestemmingsreserves" / " " / " " / " "): the text is under the headings, a group row's."""
    if label - 1 >= floor and unit_line(items[label - 1]):
        return False
    marks = [
        k
        for k in range(floor, label)
        if items[k].kind == "T" and (CAPTION.match(items[k].text) or read_unit(items[k].text, 0))
    ]
    return bool(marks) and label - marks[-1] - 1 < width + 1


def numbered_column(items: list[Item], k: int) -> bool:
    """Whether the text item ``k`` is a column's heading by its number, not a row's label
    (a group row's, or a first row's whose one value is the next leaf's bare year: "2013
    (3)=(1)–(2)" / "2012"): the formula computing its column from columns before it
    ("Verschil (3)=(1)-(2)"), or the number next after the one ending the item before it
    ("Realisatie 2011 (1)" / "Vastgestelde begroting 2011 (2)" / "Verschil (3)"). A row's
    label ends in no column's number; read as a group row, the last heading became every
    row's parent and the caption above a column's heading; read as the first row, the
    heading block ended a leaf early and every leaf moved columns over."""
    numbered = NUMBERED_HEADING.search(items[k].text)
    if numbered is None:
        return False
    if numbered.group(2):
        return True
    above = items[k - 1] if k else None
    before = NUMBERED_HEADING.search(above.text) if above and above.kind in "TY" else None
    return before is not None and int(before.group(1)) + 1 == int(numbered.group(1))


def _coded_groups(items: list[Item], code: int, floor: int) -> int:
    """The first row above a first row's code at ``code`` (municipal taakvelden: "0.1" /
    "Bestuur" under "Taakveld"): group rows printed as a code cell, empty or not, a label
    and an empty cell ("0" / "Bestuur en ondersteuning" / " "), or one empty cell per value
    column, as many as the rows below print values (" " / "Bestemmingsreserves" / " " / " "
    / " " over "<code>" / a label / three values), not headings. A plain text layer prints
    the group's empty cells as nothing ("0" / "Bestuur en ondersteuning" / "0.1" /
    "Bestuur"): a text between two codes is a row's label too, a heading opens with no code.
    Other counts of empty cells are no row of the table's width."""
    first = code
    width = 0
    while True:
        label = first - 1
        while label >= floor and items[label].kind == "P":
            label -= 1
        empties = first - 1 - label
        if empties > 1 and not width:
            width = data_width(rows_preview(items, code), False)
        if not (
            label - 1 >= floor
            and (
                (empties >= 1 and empties in (1, width))
                or (empties == 0 and is_code(items[label - 1].text))
            )
            and items[label].kind == "T"
            and (items[label - 1].kind == "P" or is_code(items[label - 1].text))
            and not has_period(items[label].text)
            and not CAPTION.match(items[label].text)
            and not read_unit(items[label].text, 0)
        ):
            return first
        first = label - 1


def _code_headed(items: list[Item], pos: int, floor: int) -> bool:
    """Whether a code column's heading ("Art.") stands in the heading block above the
    table's first valued row at ``pos``."""
    return any(
        items[k].kind == "T" and is_code_heading(items[k].text)
        for k in range(max(floor, pos - MAX_HEAD), pos)
    )


def _code_cell_before(items: list[Item], label: int, floor: int) -> bool:
    """Whether the label at ``label`` opens with a code cell under a code column's heading,
    empty (" ") or not ("5" / "<Naam>"): every row of such a table, a group row too, prints
    one before its label. A text right before it ("Uitgaven" / "Ontvangsten" / " " / the
    first row) makes it the last heading, over the values, and the placeholder after it the
    first row's empty code cell."""
    return label - 1 >= floor and (items[label - 1].kind == "P" or code_at(items, label - 1))


def _coded_rows(items: list[Item], pos: int) -> bool:
    """Whether the rows of a table whose first valued row is at ``pos``, under a code
    column's heading ("Art.", ``_code_headed``), open with codes ("31" / "Politie" /
    values), twice at least in the rows that follow: the placeholder before the first label
    is then its empty code cell."""

    def opens(k: int) -> bool:
        return items[k].kind == "V" and code_before_label(items, k)

    return _valued_rows_opening(items, pos, opens) >= 2


def _codes_open_rows(items: list[Item], pos: int) -> bool:
    """Whether the rows of a table whose first valued row is at ``pos`` open with codes that
    read as no value, twice at least in the rows that follow: a dotted taakveld or article
    part ("1.1", "0.10", "6.2.1"), a letter's ("IIB", "A1"), each before a valued label. A
    municipal page prints that code column under a blank corner cell (" " / " " / the
    values' headings), no "Art." heading naming it, and a total's code cell empty (" " /
    "Totaal lasten"): every row, a group row too, opens with its code cell there as under
    "Art.", so a text over the first row's empty code cell with none before it is the last
    heading. Read as a value-less group row ("Verschil" / " "), it left the heading a column
    short and every row a value too many. (A code that reads as a value, "11", may as well
    be the last value of the row above: those tell no code column without a heading.)"""

    def opens(k: int) -> bool:
        return items[k].kind == "T" and items[k + 1].kind == "T" and code_at(items, k)

    return _valued_rows_opening(items, pos, opens) >= 2


def _valued_rows_opening(items: list[Item], pos: int, opens: Callable[[int], bool]) -> int:
    """How many valued labels in the ``CODED_REACH`` items after ``pos`` follow an item
    ``opens`` takes for a row's code in a cell of its own right before its label."""
    return sum(
        is_valued(items, k + 1)
        for k in range(pos + 1, min(len(items) - 1, pos + CODED_REACH))
        if opens(k)
    )


def head_for(items: list[Item], pos: int, floor: int) -> tuple[Heading, int] | None:
    """The heading of a table whose first row is at ``pos``, and where its rows start
    (``_head_for``). Without a code heading, rows opening with codes no value reads as
    (``_codes_open_rows``) are a code column under a blank corner: the heading records it
    (``Heading.corner_codes``), so the rows read their empty code cells as under "Art."."""
    found = _head_for(items, pos, floor)
    if found is not None and "code" not in found[0].kinds:
        found[0].corner_codes = _codes_open_rows(items, found[1])
    return found


def _head_for(items: list[Item], pos: int, floor: int) -> tuple[Heading, int] | None:
    """The heading of a table whose first row is at ``pos``, and where its rows start: a code
    cell before the first label, or a text cell after it, belongs to the rows."""
    first = pos
    before = items[pos - 1] if pos > floor else None
    if before is not None and before.kind in "TVY" and is_code(before.text):
        first = pos - 1
    head = read_heading(items, first, floor)
    if head is None and first == pos and _coded_text_cell(items, pos, floor):
        # the first row's code, its label, then its text cell ("3" / "<Naam>" /
        # "Gemeenten"): the heading stands over the code (a code column's "Art." first,
        # then "Naam" / "Ontvanger" / the years), and the text column between the label
        # and the values is the one the rows print there
        other = read_heading(items, pos - 2, floor)
        if other is not None and not other.text_before and not other.code_between:
            other.text_before, other.text_cells = True, 1
            return other, pos - 2
    if head is not None and head.codes_after:
        return head, head.rows  # the texts after the values: the rows' codes, not cells
    if (
        head is not None
        and not head.code_between
        and (written := _written_code_first(items, pos, floor)) is not None
    ):
        return written, pos - 1
    # the valued text at ``pos`` may be the first row's text cell, its label right above:
    # not when a placeholder follows the text (the label's own empty note cell: "Garantie
    # BMKB-C" / " " / "1.500,0" under "Noot" / "Plafond", the last heading above it)
    text_cell = (
        before is not None
        and before.kind == "T"
        and first == pos
        and not (pos + 1 < len(items) and items[pos + 1].kind == "P")
    )
    if head is not None and not head.text_before and text_cell and "text" in head.kinds:
        other = read_heading(items, pos - 1, floor)
        if other is not None and other.text_before:
            return other, pos - 1
    if head is not None and not head.text_before and not head.code_between and not text_cell:
        # the first row's text cell printed empty (" "): its label at ``pos``
        run, end = run_at(items, pos + 1)
        width = len(head.leaves)
        if len(run) == width + 1 and run[0].kind == "P" and _text_cell_rows(items, end, width):
            head.text_before, head.text_cells = True, 1
            return head, head.rows
    # the text columns a heading of ours names stand after the values ("Vindplaats"), where
    # it names any: each row prints their cells after its values, before the next label
    after = head.texts_after if head is not None and head.text_after else 0
    texts = _texts_per_row(items, pos, after) if head is not None and text_cell else 0
    if not texts and text_cell and head is not None and not head.text_before:
        # the same where a row after the first prints its text cell empty: the count of
        # texts a row prints differs, and the first row's label is right above ``pos``
        other = read_heading(items, pos - 1, floor)
        run, end = run_at(items, pos + 1)
        if (
            other is not None
            and not other.text_before
            and not other.code_between
            and len(run) == len(other.leaves)
            and _text_cell_rows(items, end, len(other.leaves))
        ):
            other.text_before, other.text_cells = True, 1
            return other, pos - 1
    if texts and head is not None and not head.text_before:
        # text columns no word of ours names ("Categorie", "Fase": "<Woord>" / "Realisatie";
        # "Instrument" / "Art." / years / "Vindplaats": "Subsidies" / "N"): every row
        # prints a label, its texts, then its values, a code column's cell between and the
        # named text columns' cells after them as the heading says
        other = read_heading(items, pos - texts + 1, floor)
        if other is not None and (
            len(other.leaves) == len(head.leaves) or _code_and_values(items, pos, other)
        ):
            other.text_before, other.text_cells = True, texts - 1
            other.text_after, other.texts_after = bool(after), max(after, 1)
            return other, pos - texts + 1
    return (head, head.rows) if head is not None else None


def _written_code_first(items: list[Item], pos: int, floor: int) -> Heading | None:
    """The heading over a first row whose valued text at ``pos`` is its code written out
    ("alle", "div.": every article, several) in a code column between its label, right
    above, and its values: a heading read from the label that names that column between
    ("Omschrijving" / "Art." / "Verplichtingen" / "Uitgaven" / "Ontvangsten" over "<Stand>"
    / "alle" / three amounts), the row printing a value for each of its columns and no
    empty cell. Read from the code, the label headed one more column, every value went a
    column over and each row's code became its label. None where the text is no such code
    or the heading names no code column between."""
    if pos - 1 <= floor or items[pos - 1].kind != "T":
        return None
    if WRITTEN_CODE.fullmatch(items[pos].text.strip()) is None:
        return None
    head = read_heading(items, pos - 1, floor)
    if head is None or not head.code_between:
        return None
    run, _end = run_at(items, pos + 1)
    valued = bool(run) and all(item.kind in "VY" for item in run)
    return head if valued and len(run) == len(head.leaves) else None


def _coded_text_cell(items: list[Item], pos: int, floor: int) -> bool:
    """Whether the valued text at ``pos`` is the first row's cell in a text column between
    its label and its values, under a code column printed before the labels: a code, a
    label, then that text, and the next row after the values the same (its code ending
    the run, then two texts, the second valued: "3" / "SPUK Sportakkoord" / "Gemeenten" /
    three amounts and two spaces / "3" / "SPUK Lokale preventie" / "Gemeenten, GGD'en" /
    five amounts). Read from the text cell, the heading's block stopped at the code above
    it, and the table was lost."""
    if pos - 2 <= floor or items[pos - 1].kind != "T":
        return False
    code = items[pos - 2]
    if code.kind not in "TVY" or not is_code(code.text):
        return False
    run, end = run_at(items, pos + 1)
    return (
        len(run) > 1
        and run[-1].kind in "VY"
        and is_code(run[-1].text)
        and end + 1 < len(items)
        and items[end].kind == "T"
        and items[end + 1].kind == "T"
        and is_valued(items, end + 1)
    )


#: Rows after the first that must print a text cell of their own, beside their label.
MIN_TEXT_CELLS = 2
#: Rows after the first read for the text column's cells.
TEXT_CELL_REACH = 6


def _text_cell_rows(items: list[Item], end: int, width: int) -> bool:
    """Whether the rows from ``end`` (the label after the first row) print a text column
    between their labels and the ``width`` values that no word of ours names
    ("Fondsbeheerder": "VWS" / "OCW"), its cells empty in some rows (" "): each row a label,
    one text or placeholder, then a cell for each column, at least ``MIN_TEXT_CELLS`` of
    them a text, up to the table's end or ``TEXT_CELL_REACH`` rows. Read without the text
    column, every row's text was its label and its label a value-less group row above it;
    a row printing an empty text cell was read by the count of its texts as of another
    shape, and no text column was seen."""
    texts = 0
    rows = 0
    while rows < TEXT_CELL_REACH and end < len(items) and items[end].kind == "T":
        labels = 0
        while end + labels < len(items) and items[end + labels].kind == "T":
            labels += 1
        run, after = run_at(items, end + labels)
        if labels == 2 and len(run) == width:
            texts += 1
        elif not (labels == 1 and len(run) == width + 1 and run[0].kind == "P"):
            return False
        rows += 1
        end = after
    return texts >= MIN_TEXT_CELLS


def _code_and_values(items: list[Item], pos: int, head: Heading) -> bool:
    """Whether the row whose last text is at ``pos`` prints, right after it, the cell of the
    code column ``head`` names between the labels and the values and one value for each of
    its columns, none empty ("Opdrachten" / "N" / three amounts under "Instrument" /
    "Art." and three years). Read from the text cell, the heading block ran on into the
    row's label, which then headed the code's cell as one more column."""
    run, _end = run_at(items, pos + 1)
    return (
        head.code_between
        and bool(run)
        and all(item.kind in "VY" for item in run)
        and is_code(run[0].text)
        and len(run) == len(head.leaves) + 1
    )


def _texts_per_row(items: list[Item], pos: int, cells_after: int = 0) -> int:
    """How many texts each row prints before its values, a label and text cells, when the
    first row's last text is at ``pos``: the count the next rows (two at most) print too and
    the first row does (its label and text cells right above ``pos``); 0 for fewer than two
    or rows that disagree. A text right above the next on the next line is no cell of its
    own where it ends in a word broken at the line's end and the next goes on in lower case
    ("<Woord>-" / "<woord> (<noot>)": one label wrapped in its cell), where it ends in a
    colon ("<Kop>:": a line heading the rows under it), or where blank lines part the
    row's cells, whatever it ends in ("<Naam>" / "<woorden>": the label's cell wrapped):
    read as a label and a text cell, three rows so made a text column of the labels, each
    row's label the line above it. ``cells_after``: the text columns the heading names
    after the values ("Vindplaats"); the texts a row prints right after its values are
    first those columns' cells, unless it prints them empty (a placeholder ends its
    values), and only the texts after them open the next row."""
    # blank lines part the row's cells where one stands between its last text and its values
    parted = pos + 1 < len(items) and items[pos + 1].line > items[pos].line + 1
    counts: list[int] = []
    at = pos
    while len(counts) < 2:
        run, after = run_at(items, at + 1)
        if not (run and run[-1].kind == "P"):
            after += cells_after
        count = 0
        while after + count < len(items) and items[after + count].kind == "T":
            count += 1
        if count == 0 or not is_valued(items, after + count - 1):
            break
        counts.append(
            count
            - sum(
                _no_cell(text, below, parted)
                for text, below in pairwise(items[after : after + count])
            )
        )
        at = after + count - 1
    if not counts or counts[0] < 2 or any(count != counts[0] for count in counts):
        return 0
    first = pos - counts[0] + 1
    if first < 0 or any(items[k].kind != "T" for k in range(first, pos)):
        return 0
    return counts[0]


def _no_cell(text: Item, below: Item, parted: bool) -> bool:
    """Whether ``text``, right above the text ``below``, is no cell of its own beside it
    (``_texts_per_row``): a label's first line broken in a word, or a line ending in a colon;
    where blank lines part the cells (``parted``), any text right above the next on the
    next line: a label wrapped in its cell ("<Naam>" / "<woorden>")."""
    if below.line != text.line + 1:
        return False
    words = text.text.split()
    broken = bool(words) and BROKEN_WORD.fullmatch(words[-1]) is not None
    return parted or (broken and below.text[:1].islower()) or text.text.rstrip().endswith(":")


_YEARS_RUN = re.compile(r"[PD]*Y(?:[PD]*Y)+[PD]*T")


def years_follow(kinds: str, pos: int) -> bool:
    """Whether the text at ``pos`` is followed by years alone, two or more, then a text: a
    caption or corner over the table's column headings ("Uitgaven voorlichting (x € 1.000)"
    / "2024" / "2025" / "Campagnes"), not a row of the years as values."""
    return _YEARS_RUN.match(kinds, pos + 1) is not None


#: Most headings of a word over one year a heading block prints (``word_over_a_year``).
MAX_PAIRED = 8


def word_over_a_year(items: list[Item], kinds: str, pos: int) -> bool:
    """Whether the text at ``pos`` is one of the headings a plain text layer prints as a
    word over one year, each on its own line and no blank line between ("Rekening" /
    "2005" / "Begroting" / "2006" / "Begroting" / "2007" / "Lasten"): two such pairs at
    least, one after the other, their years in a period's order (``periods_in_order``),
    then a text (the first row's label) or the row of column numbers under the headings
    ("Mutatie" / "2024" / "(1)" / "(2)"). Each word is the first line of a heading, not a
    row whose one value is a year."""
    if kinds[pos + 1 : pos + 2] != "Y":
        return False
    start = pos
    while start >= 2 and kinds[start - 2 : start] == "TY":
        start -= 2
    end = pos
    while kinds[end : end + 2] == "TY":
        end += 2
    pairs = (end - start) // 2
    return (
        2 <= pairs <= MAX_PAIRED
        and (kinds[end : end + 1] == "T" or kinds[end : end + 2] == "NN")
        and kinds[start - 1 : start] != "Y"
        and periods_in_order(items, [(k, k + 1) for k in range(start, end, 2)])
    )


#: How many lines apart a page prints its cells: line under line, or a blank line between
#: each (a site's table copied a cell a line, "2013" two lines under "Artikelnr.").
_CELL_STEPS = (1, 2)


def year_ends_heading(items: list[Item], kinds: str, pos: int) -> bool:
    """Whether the text at ``pos`` and the year under it are a heading's last cell, as a
    plain text layer prints a heading block whose cells each wrap over lines ("Primaire" /
    "begroting 2020" / "Begroting na" / "wijziging 2020" / "Jaarrekening" / "2020" /
    "Verschil"): a text line under line with a year alone and then a text, the lines right
    above it (texts and years, line under line) holding that same year, wherever the cell
    wraps it ("Begroting" / "2022" / "primitief", "Begroting" / "2022 na" / "wijziging"):
    that year is the period of the heading block's columns, not a row's one value. Line
    under line as the page spaces its cells (``_CELL_STEPS``): a site's table copied a cell
    a line with a blank line between each prints its heading's last cells so too (a
    caption "... 2013 (x € 1 000)" / "Uitgaven" / "Artikelnr." / "2013" over the rows).
    Read as a row of one value, "Artikelnr." / "2013" opened the table and the code column
    was read as one of values, the caption as its heading."""
    if kinds[pos + 1 : pos + 3] != "YT":
        return False
    year = items[pos + 1].text.strip()
    step = items[pos + 1].line - items[pos].line
    if step not in _CELL_STEPS:
        return False
    k = pos - 1
    while k >= 0 and kinds[k] in "TY" and items[k].line == items[k + 1].line - step:
        if year in YEAR_IN.findall(items[k].text):
            return True
        k -= 1
    return False


_CODE_THEN_ROW = re.compile(r"P*VP*T(?=P*[VD])|P*VP*TP+(?=[TV]T)")
#: A code, a text, then right after it another code, a text and a value: a group row printed
#: without an empty cell after its label, over its first coded row.
_CODED_GROUP_BARE = re.compile(r"P*VP*T(?=[TV]P*TP*[VD])")


def code_follows(items: list[Item], kinds: str, pos: int) -> bool:
    """Whether the text at ``pos`` is followed by a code alone and then a row ("Ontvangsten"
    / "1" / "Arbeidsmarkt" / "419.887"), or a coded group row ("Saldo" / "0" / "Bestuur en
    ondersteuning" / " " / "0.1" / "Bestuur"): the number is that row's code, so the text
    is the last column heading, not a row of value 1. The coded group row may print no empty
    cell ("Saldo" / "0" / "Bestuur en ondersteuning" / "0.1" / "Bestuur"): two codes, each
    before a text, the second row's followed by values. A year a time series labels its row by
    (``years_as_labels``: "2025" / "540" / "2026" / "1.210") is no heading: the whole figure
    after it is its row's value, however like a code it looks."""
    if is_year_heading(items[pos].text):
        return False
    match = _CODE_THEN_ROW.match(kinds, pos + 1)
    if match is None:
        match = _CODED_GROUP_BARE.match(kinds, pos + 1)
        if match is None or not is_code(items[match.end()].text):
            return False
    code = next(item for item in items[pos + 1 : match.end()] if item.kind == "V")
    return is_code(code.text) and "," not in code.text and "." not in code.text


#: Three years or more, each followed by as many values: a time series.
_SERIES = re.compile(r"(?:Y[VDP]+){3,}")
_SEGMENT = re.compile(r"Y[VDP]+")


def years_as_labels(items: list[Item], kinds: str) -> str:
    """A time series labels its rows by year ("2014" / "– 15,3" / "450,9" / "2015" / ...):
    years each followed by the same number of cells, three times at least, are row labels,
    not column headings; their items become texts (``items`` is changed in place) and the
    kinds string is returned as it now reads. (Column headings of years are followed by
    another year or a label, never by a value.)"""
    found = list(kinds)
    for run in _SERIES.finditer(kinds):
        segments = list(_SEGMENT.finditer(kinds, run.start(), run.end()))
        widths = {len(m.group()) for m in segments[:-1]}  # the last may be cut short
        if len(widths) != 1 or len(segments[-1].group()) > widths.pop():
            continue
        for m in segments:
            items[m.start()] = items[m.start()]._replace(kind="T")
            found[m.start()] = "T"
    return "".join(found)
