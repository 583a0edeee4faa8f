"""The rows of a table printed one cell per line, read under its heading.

Under a cell-per-line table's heading each row prints its label, maybe a code in a cell of
its own before it ("7", "11a)", "Div." under "Art."), then its run of values; a label
without values heads the rows under it or is the first part of a label wrapped over two
cells. This module reads those rows until an item ends the table: a text that starts no
row (``_ends``), a column number or another table's row, the heading's years printed again
(the next table, stacked without a caption). Values a row cannot place in the heading's
columns are kept loose (placed from the sums later, or left out with a warning), never
shifted into a wrong column. A table a PDF's text prints column by column, each heading
over its values, is put back in rows (``_by_columns``).
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise, takewhile

from budgetkit.extract.tables_cell_blocks import labelled_blocks
from budgetkit.extract.tables_cell_headings import (
    Heading,
    code_cell,
    has_period,
    heads_rows,
    is_prose,
)
from budgetkit.extract.tables_cell_items import (
    Item,
    code_at,
    code_before_label,
    goes_on_below,
    is_valued,
    next_solid,
)
from budgetkit.extract.tables_cell_runs import (
    CONVENTIONS,
    bullet_before,
    cells_up_to_last_value,
    empty_line_span,
    last_solid,
    note_reading,
    one_space_cells,
    past_cells,
    place_by_lines,
    place_run,
    placeholder_convention,
    run_at,
    spaces_are_cells,
    split,
)
from budgetkit.extract.tables_code_columns import CODE as CODES
from budgetkit.extract.tables_model import Cell, RawTable, Row
from budgetkit.extract.tables_stacked_headings import joined_heading
from budgetkit.extract.tables_tokens import (
    BROKEN_WORD,
    CAPTION,
    CODED_LABEL,
    column_year,
    is_code,
    is_year,
    parse_value,
    printed_decimals,
)
from budgetkit.extract.tables_units import read_unit
from budgetkit.extract.tables_vocabulary import (
    CLOSING,
    JOINING_END,
    PERIOD_HEADINGS,
    TOTAL,
    WAARVAN,
    heads_columns,
    is_share,
)
from budgetkit.layout import fold

#: Fewest cells a table has: one number under one heading is a footnote, not a table.
MIN_CELLS = 2


#: Longest text a code column prints in a row ("div.", "n.t.b.").
MAX_CODE = 8


def _coded_after(items: list[Item], pos: int) -> bool:
    """Whether the text item at ``pos`` is followed by a code and a label, its first coded
    row (a group row "1" / "Veiligheid" over "1.1" / "Crisisbeheersing" and its values)."""
    return code_before_label(items, next_solid(items, pos + 1))


def _ends(items: list[Item], pos: int, leaves: list[str]) -> bool:
    """Whether the text item at ``pos`` ends the table instead of starting a row."""
    item = items[pos]
    if CAPTION.match(item.text):
        return True
    # the heading printed again under it: years, or headings read as text ("2021*", "2021 1)")
    nxt = next_solid(items, pos + 1)
    years = []
    while nxt < len(items) and (
        items[nxt].kind == "Y" or (items[nxt].kind == "T" and fold(items[nxt].text) in leaves)
    ):
        years.append(items[nxt])
        nxt = next_solid(items, nxt + 1)
    if (
        years
        and all(any(y.text in leaf for leaf in leaves) for y in years)
        and (len(years) >= 2 or (len(leaves) == 1 and years[0].kind == "Y"))
    ):
        return True
    if not is_valued(items, pos):
        prose = is_prose(item.text) and not heads_rows(items, pos)
        return prose or read_unit(item.text, 0) is not None
    return False


def _heading_again(run: list[Item], leaves: list[str]) -> int | None:
    """Where in a row's run of cells the heading's years are printed again, if they are.

    Tables stacked without a caption between them: the next table's years follow the last
    row's cells ("10 917", " ", "2011", "2012", ...). Two or more consecutive years, each
    heading a column, end the run: they head the next table, they are not this row's cells.
    """
    for k in range(1, len(run)):
        if run[k].kind != "Y":
            continue
        rest = [item.text for item in run[k:] if item.kind != "P"]
        if len(rest) < 2 or any(item.kind not in "YP" for item in run[k:]):
            return None
        steps = [int(b) - int(a) for a, b in pairwise(rest) if a.isdigit() and b.isdigit()]
        consecutive = len(steps) == len(rest) - 1 and all(step == 1 for step in steps)
        headed = all(any(year in leaf for leaf in leaves) for year in rest)
        return k if consecutive and headed else None
    return None


def _code_column_cell(run: list[Item], width: int) -> bool:
    """Whether a run after a label opens with the cell of a code column the heading names
    between label and values ("Art.nr." before "Verplichtingen" / "Uitgaven" /
    "Ontvangsten"), no item of the row read as that cell yet: a code-like number before
    values that fill the ``width`` columns. Every row prints the code column's cell, a code
    or a placeholder, so the number is the code even where the run fits the columns with it
    read as a value as well, an empty cell after the values then taken for room to spare:
    "6" / "– 18.400" / "– 9.850" / " " is article 6's two amounts and an empty last
    column, not three amounts starting with 6."""
    return (
        bool(run)
        and run[0].kind in "VY"
        and is_code(run[0].text)
        and place_run(run[1:], width) is not None
    )


def _numbered_text_cell(run: list[Item], width: int) -> bool:
    """Whether a run after a label opens with a code-like number that is the cell of the code
    or text column standing between label and values: the values after it fill the
    ``width`` columns (``_code_column_cell``), and it does not fit them itself or is
    printed unlike them."""
    return _code_column_cell(run, width) and (
        place_run(run, width) is None or _unlike_the_values(run)
    )


def _code_elsewhere(items: list[Item], first: int, at: int) -> bool:
    """Whether the number at ``at`` is printed as a code right before another row's label
    of the table whose rows start at ``first`` (up to the first item no table crosses or
    the next caption): the codes a code column prints repeat over an article's rows."""
    text = items[at].text.strip()
    k = first
    while k < len(items) and items[k].kind not in "NX" and not CAPTION.match(items[k].text):
        if (
            k != at
            and items[k].kind in "VY"
            and items[k].text.strip() == text
            and k + 1 < len(items)
            and items[k + 1].kind == "T"
        ):
            return True
        k += 1
    return False


#: A footnote's mark: a number of one or two digits, no nil.
_NOTE_MARK = re.compile(r"[1-9]\d?")
#: Items after a row looked through for the footnote its mark points at.
_NOTE_REACH = 80


def _label_note_mark(items: list[Item], run: list[Item], at: int, pos: int, width: int) -> bool:
    """Whether the first item of a row's ``run`` is its label's footnote mark, a superscript
    a plain text layer drops onto a line of its own after the label ("<Naam>" / "1" / four
    amounts under four columns): the row prints one value more than the columns and no
    placeholder, the first a number of one or two digits on the line right under the label
    (``at``), and a footnote opening with that number and words is printed after the row
    (from ``pos``, "1 Inclusief ..."). Read as a value, the row printed too many and was left
    out."""
    first = run[0] if run else None
    if (
        first is None
        or first.kind != "V"
        or len(run) != width + 1
        or any(item.kind not in "VD" for item in run)
        or first.line != items[at].line + 1
        or _NOTE_MARK.fullmatch(first.text.strip()) is None
    ):
        return False
    foot = re.compile(rf"{first.text.strip()}\s+[^\W\d_]")
    return any(
        item.kind == "T" and foot.match(item.text) is not None
        for item in items[pos : pos + _NOTE_REACH]
    )


def _next_coded_row(items: list[Item], pos: int) -> bool:
    """Whether the text at ``pos`` is the label of a row with values that no total's or
    balance's word opens ("Totaal", "Saldo": rows printed without a code): one a code
    before it belongs to."""
    return (
        pos < len(items)
        and items[pos].kind == "T"
        and CLOSING.match(items[pos].text.strip()) is None
        and is_valued(items, pos)
    )


def _coded_like_the_next(items: list[Item], pos: int, width: int) -> bool:
    """Whether the label at ``pos`` opens a row whose ``width`` values are followed by the
    next row's code, right before that row's valued label ("Lasten" / seven spaces / "1" /
    "Veiligheid" / four amounts / "2" / "Verkeer" / four amounts ...). A column of codes
    printed as plain numbers in cells of their own before the labels, under no heading
    naming it, reads as values; the rows after the first tell it, each run ending in one
    code more than the columns before a label with values. Where they do, the number
    after a group row's placeholders is the first row's code, as theirs are: read as the
    group row's single value it fitted none of the columns and was lost, and the first row
    its code."""
    if not _next_coded_row(items, pos):
        return False
    run, end = run_at(items, pos + 1)
    values = [item for item in run if item.kind != "P"]
    return (
        len(values) == width + 1
        and run[-1] is values[-1]
        and is_code(values[-1].text)
        and _next_coded_row(items, end)
    )


def _total_after(items: list[Item], pos: int) -> bool:
    """Whether the text at ``pos`` opens a total or a balance ("Totaal", "Saldo"): a row
    printed without a code, so a number right before it is none of its."""
    return (
        pos < len(items)
        and items[pos].kind == "T"
        and CLOSING.match(items[pos].text.strip()) is not None
    )


#: A code as a code column prints it: one to three digits, then stops and one or two digits
#: per level ("11", "31.1"); compared level by level by ``_code_counts_on``.
_PLAIN_CODE = re.compile(r"\d{1,3}(?:\.\d{1,2})*")


def _code_counts_on(own: str, number: str) -> bool:
    """Whether ``number`` is the code after the row's own (``own``): both plain codes
    ("11", "31.1") of the same depth, the number the higher. A code column numbers its
    rows in ascending order (the articles of a begrotingsstaat), so a number right before
    the next label that comes after the row's own code is that label's, not a value."""
    own, number = own.strip(), number.strip()
    if not (_PLAIN_CODE.fullmatch(own) and _PLAIN_CODE.fullmatch(number)):
        return False
    mine = [int(part) for part in own.split(".")]
    next_ = [int(part) for part in number.split(".")]
    return len(mine) == len(next_) and next_ > mine


def _codes_run_on(items: list[Item], pos: int, number: str) -> bool:
    """Whether the row whose label is at ``pos`` is followed by a coded row whose code is
    higher than ``number`` (same depth): the code column's ascending order runs on past the
    number, so it can be the code of the label at ``pos``. A number the codes do not run on
    from (the last row's small value before an uncoded row and the total, "60" / "Nog te
    verdelen" / "Totaal") may as well be the row's own last value."""
    k = pos + 1
    while k < len(items) and items[k].kind != "T":
        k += 1
    if k - 1 <= pos or _total_after(items, k):
        return False
    if _code_counts_on(number, items[k - 1].text):
        return True
    # a group's heading between, printing no values ("Niet-beleidsartikelen" / "98" /
    # "<Naam>"): the codes run on in the coded row under it
    return code_before_label(items, k + 1) and _code_counts_on(number, items[k + 1].text)


def _code_after_empty_cells(run: list[Item], width: int) -> bool:
    """Whether a run ending in a code-like number is the row's cells, each empty one printed
    as one space, and then the next row's code, in a table whose rows print their codes in
    a cell of their own before their labels: one cell more than the ``width`` columns, and
    every placeholder one space (" " / "2.915" / "10" / "<Naam>" under two columns: an empty
    first cell, an amount, then article 10's row). Read with the number as the last
    column's, the placeholder right after the label was dropped as no cell, the row's amount
    moved a column to the left and the next row lost its code."""
    return (
        len(run) == width + 1
        and any(item.kind == "P" for item in run)
        and all(item.width <= 1 for item in run if item.kind == "P")
    )


def _fills_without_last(run: list[Item], width: int, conv: str | None) -> bool:
    """Whether a row's run, less its last item (the next row's code, or the one space of
    its empty code cell), fills the ``width`` columns with its placeholders read as the
    table prints them (``conv``), or under some reading where the table does not tell."""
    return place_run(run[:-1], width, (conv,) if conv else CONVENTIONS) is not None


def _code_by_convention(run: list[Item], width: int, conv: str) -> bool:
    """Whether a run ending in a code-like number fills the ``width`` columns without it
    and not with it, its placeholders read as the table prints its empty cells (``conv``,
    ``placeholder_convention``): three amounts / three spaces / "2" under six columns, in a
    table printing n spaces for n cells, is three amounts and three empty years, and "2"
    the next row's code; only a table printing 2n - 1 spaces fits it in as the last
    year's amount."""
    return _fills_without_last(run, width, conv) and place_run(run, width, (conv,)) is None


def _unlike_the_values(run: list[Item]) -> bool:
    """Whether a run's first number is printed unlike the values after it: a whole number
    before values that all print decimals ("37" before "– 120,0  80,0  40,0")."""
    values = [item.text for item in run[1:] if item.kind == "V"]
    return "," not in run[0].text and bool(values) and all("," in text for text in values)


def _wrapped(items: list[Item], pos: int, label: str, at: int) -> bool:
    """Whether a label without values (the item at ``at``) is the first part of a label
    printed over two cells (as a Financieel Jaarverslag prints a long chapter name) or two
    lines of one cell, when right below it (at ``pos``) is a text with values: it ends in a
    joining word ("Overige Hoge Colleges van" / "Staat en Kabinetten"), the text on the next
    line opens with a bracketed word (``goes_on_below``), or, where blank
    lines part the cells, no blank line parts it from that text ("Sint" / "Eustatius":
    one name wrapped in its cell, no heading of the rows below; not where that text opens
    with its own code, "Art. 1 <Naam>", "1.01 <Naam>": a name starts there, the word above
    it is a group row's), or its last word is broken
    with a hyphen at the line's end and goes on in lower case on the next line ("Brandweer
    en rampen-" / "bestrijding": no heading ends in half a word), or the text on the next
    line opens with a word in lower case (``_lower_word``) and the next row's label does not
    ("Wlz: overheveling middelen" / "wijkverpleging": no label starts so), but for a part
    of the row above ("Apparaat" / "waarvan personeel": a row of its own). (A heading with a code
    over items without one, "11 Apparaat" / "Personeel", looks like a label wrapped after
    a noun; that is left a heading.)"""
    if pos >= len(items) or items[pos].kind != "T":
        return False
    if not is_valued(items, pos):
        # the first of three lines, the values after the last ("Exploitatiebijdrage
        # regionaal" / "openbaar vervoer per" / "spoor"): the middle one goes on below and
        # opens in lower case, or this one ends in a joining word
        middle = items[pos]
        return (
            middle.line == items[at].line + 1
            and not WAARVAN.match(middle.text)
            and (JOINING_END.search(label.rstrip()) is not None or _lower_word(middle.text))
            and _wrapped(items, pos + 1, middle.text, pos)
        )
    if JOINING_END.search(label.rstrip()) is not None or goes_on_below(items, at, pos):
        return True
    line, below = items[at].line, items[pos].line
    words = label.split()
    if (
        below == line + 1
        and words
        and BROKEN_WORD.fullmatch(words[-1])
        and items[pos].text[:1].islower()
    ):
        return True
    if (
        below == line + 1
        and _lower_word(items[pos].text)
        and not WAARVAN.match(items[pos].text)
        and not _next_label_lower(items, pos)
    ):
        return True
    after = next_solid(items, pos + 1)
    return (
        below == line + 1
        and (at == 0 or items[at - 1].line < line - 1)
        and after < len(items)
        and items[after].line > below + 1
        and not CODED_LABEL.match(items[pos].text)
    )


def _empty_cells_after(items: list[Item], pos: int) -> bool:
    """Whether the text at ``pos`` is followed by a placeholder wider than one space, then
    a valued label: a value-less row printing its empty cells over its first row
    ("Subsidies (regelingen)" / seven spaces / "Sportakkoord" / values), not the last text
    column's cell of the row above (one cell, the next label right after it). A text
    column's one empty cell prints one space in any convention."""
    nxt = pos + 1
    return (
        nxt + 1 < len(items)
        and items[nxt].kind == "P"
        and items[nxt].width > 1
        and items[nxt + 1].kind == "T"
        and is_valued(items, nxt + 1)
    )


def _lower_word(text: str) -> bool:
    """Whether ``text`` opens with a word in lower case throughout, as the rest of a label
    wrapped in its cell does ("langdurige ggz"); a name printed with a capital inside it
    opens in lower case too ("eHerkenning", "iDEAL") and is a label of its own."""
    word = text.split(maxsplit=1)[0] if text.strip() else ""
    return word[:1].islower() and not any(ch.isupper() for ch in word)


def _next_label_lower(items: list[Item], pos: int) -> bool:
    """Whether the label of the row after the valued text at ``pos`` opens in lower case
    too: rows under a heading may all do so ("mbo", "hbo", "wo"), and then a text in lower
    case is a row of its own, not a label's rest."""
    k = pos + 1
    while k < len(items) and items[k].kind in "VDPY":
        k += 1
    return k < len(items) and items[k].kind == "T" and items[k].text[:1].islower()


def _line_spans(head: Heading) -> tuple[int, int, set[int]] | None:
    """How many lines a row prints after its label in a table printing a cell a line, no
    blank line between (``Heading.lined``): first one a text column headed before the
    values ("Jaar raadsbesluit": "2021"), then one a column, then one a text column headed
    after the values ("Ref.", "Afsluiten ja/nee"), each an empty line where the cell is
    empty: (the text columns' lines before the values, the lines from the values on); and
    the lines a value-less row may leave before the next row's label: all of those, and
    the next row's code cell where a code column is headed before the labels ("Art.":
    "1.2" before "Bestuur en weerbaarheid", an empty line before a row without one). None
    where a code column stands between label and values (a row may leave its cell out)."""
    if not head.lined or head.code_between:
        return None
    before = head.text_cells if head.text_before else 0
    cells = len(head.leaves) + (head.texts_after if head.text_after else 0)
    lines = before + cells
    return before, cells, {lines, lines + 1} if "code" in head.kinds else {lines}


def _short_plain_row(run: list[Item], width: int) -> bool:
    """Whether a row's run prints fewer values than the ``width`` columns: in a table
    printing an empty cell as an empty line (``empty_line_span``), its empty cells may
    be empty lines (``place_by_lines``)."""
    return sum(1 for item in run if item.kind != "P") < width


def _group_lines_end(line: int, after: int | None, cells: int, lead: int) -> int | None:
    """The last line of a row printing no values (its label on ``line``, the next item on
    ``after``) in a table printing a cell a line: its empty cells' lines where as many empty
    lines as its ``cells`` follow it, then the next row (its code cell, empty or not, where
    the table prints one before the label: ``lead``), a group row's evidence that the rows
    under it print an empty cell as an empty line (``place_by_lines``). None where it prints
    fewer ("Kengetallen" right over "Aantal inwoners" where "Lasten" printed three): no
    group row of that table, so what its rows' lines tell is not known, and rows are placed
    by their lines no further until a group row prints its empty lines again."""
    end = line + cells
    return end if after is not None and end < after <= end + 1 + lead else None


#: An item's number closed by a bracket, in a cell of its own before its label ("1)",
#: "11a)", a saldibalans's items): a code, as "7" or "11a" is.
_ITEM_CODE = re.compile(r"\d{1,3}[a-z]?\)")


def _code_after_text_cell(items: list[Item], pos: int, head: Heading, texts: int) -> bool:
    """Whether the item at ``pos`` is a row's cell in a code column headed after the values
    behind a text column ("2023" / "Toelichting" / "Art." over "– 20.000" / "Uitstel naar
    2025" / "3"): ``texts`` cells after the values left to read, the next of them under a
    code heading, and a code right before the next row's label. Read as that label's code,
    every row took the code of the row above it."""
    column = len(head.kinds) - texts
    return (
        head.text_after
        and 0 <= column < len(head.kinds)
        and head.kinds[column] == "code"
        and items[pos].kind in "VY"
        and code_before_label(items, pos)
    )


def _blank_code_cell(items: list[Item], pos: int, head: Heading) -> bool:
    """Whether the item at ``pos`` is a row's empty code cell printed as one space right
    before its label, under a code column headed before the labels ("Art." / "Omschrijving"
    / the years / " " / "Verplichtingen"), or under a blank corner where the rows open with
    codes no value reads as (``Heading.corner_codes``: " " / " " / the years / " " /
    "Totaal lasten" / ... / "2.1" / "<taakveld>")."""
    return (
        ("code" in head.kinds or head.corner_codes)
        and 0 <= pos < len(items) - 1
        and items[pos].kind == "P"
        and items[pos].width == 1
        and items[pos + 1].kind == "T"
    )


def read_table(items: list[Item], first: int, head: Heading) -> tuple[RawTable, int] | None:
    width = len(head.leaves)
    after_values = head.texts_after if head.text_after else 0  # text columns' cells after them
    columns = (
        width + head.code_between + (head.text_cells if head.text_before else 0) + after_values
    )
    # how the table prints runs of empty cells (``placeholder_convention``), read where a
    # row first prints a placeholder wider than one space
    conv: str | None = None
    conv_read = False
    # whether it prints each empty cell as a space of its own (``spaces_are_cells``), read
    # where a row first prints placeholders of one space only
    spaces: bool | None = None
    # where it prints an empty cell as an empty line (``empty_line_span``): the lines a row
    # prints after its label (a column's, a text column's after them), and whether a code
    # column's cell before the label takes a line of its own (``lead_lines``)
    spans = _line_spans(head)
    span = empty_line_span(items, first, spans[2]) if spans else None
    before_lines, cells_lines = spans[:2] if spans else (0, width)
    lead_lines = span - before_lines - cells_lines if span is not None else 0
    # the last line of the rows read so far while each starts right under the lines of the
    # one above, from a group row's empty lines on (``_group_lines_end``); None once one
    # does not: a row's lines are then no sure count of its cells (``place_by_lines``)
    lined_to: int | None = items[first - 1].line if first > 0 else None
    start: int | None = None  # the line the row being read starts on
    rows: list[Row] = []
    bare: list[int] = []  # rows read from figures alone after a row's own, no label printed
    pos = first
    code = ""
    carried = ""
    last_valued = -1
    again: int | None = None
    codes_read = False  # a row above printed its code in a cell of its own before its label
    # a row printed its empty code cell as one space before its label, under a code column
    # headed before the labels: the first row, or one whose values fill the columns
    blank_codes = _blank_code_cell(items, first - 1, head)
    while pos < len(items) and again is None:
        item = items[pos]
        start = item.line if start is None else start
        if item.kind == "P" or (item.kind == "D" and pos + 1 < len(items)):
            pos += 1
            continue
        if item.kind in "NX":
            break
        if head.codes_after and code_cell(items, pos):
            pos += 1  # the row above's code, printed after its values: no label's
            continue
        if item.kind in "VY":  # a code printed in its own cell before the label
            if not code_before_label(items, pos):
                break
            code = item.text
            codes_read = True
            pos += 1
            continue
        if _ends(items, pos, head.leaves):
            break
        if (
            (code_at(items, pos) or _ITEM_CODE.fullmatch(item.text))
            and pos + 1 < len(items)
            and items[pos + 1].kind == "T"
        ):  # "7" or "11a)" in a cell of its own before the label: prepended to it
            code = item.text
            pos += 1
            continue
        if _written_code(items, pos, head):  # "Div." under "Art.": the code written out
            code = item.text
            pos += 1
            continue
        at = pos  # the label's item
        label = f"{code} {item.text}" if code else item.text
        opened_by_code = bool(code)
        row_code = code
        if carried:  # the start of this label, wrapped over a cell of its own above it
            label, carried = joined_heading([carried, label]), ""
        code = ""
        pos += 1
        texts = head.text_cells if head.text_before else 1
        kinds = "TVY" if head.dated else "T"  # a date: a year, a span, "n.n.b."
        text_cell = (
            pos + texts <= len(items)
            and all(items[k].kind in kinds for k in range(pos, pos + texts))
            and is_valued(items, pos + texts - 1)
        )
        if span is not None and before_lines:
            # an empty cell an empty line: the text columns' cells are the lines right
            # under the label, or empty ("Totaal" / "" / four amounts)
            text_cell = text_cell and all(
                items[pos + k].line == items[at].line + 1 + k for k in range(texts)
            )
        elif text_cell and head.dated and items[pos].kind in "VY":
            # a figure after the label is the date column's cell where the values after it
            # fill the columns, not where only it and they do: a total prints no date
            # ("Totaal" / four amounts under a year's heading and four columns; an empty
            # cell after its values is a text column's)
            ahead, _end = run_at(items, pos)
            while ahead and ahead[-1].kind == "P":
                ahead.pop()
            text_cell = place_run(ahead, width) is None or place_run(ahead[1:], width) is not None
        if text_cell and head.text_before and not head.dated and not head.code_between:
            # the text after a heading row is the next row's label where its own text cell,
            # a small number, stands before exactly the values ("Belangrijkste mutaties" /
            # "<Naam>" / "N" / five values under "Ref." and five years);
            # under a code column between the text columns and the values, such a number
            # is that column's cell ("<Naam>" / "N" / five values under "Instrument" /
            # "Art." and five years)
            ahead, _end = run_at(items, pos + texts)
            text_cell = not _numbered_text_cell(ahead, width)
        coded = head.code_between  # a code column ("Art.nr.") may stand after the label
        own_text = None
        if text_cell and (head.text_before or (coded and len(items[pos].text) <= MAX_CODE)):
            own_text = (items[pos].line, items[pos].text)
            pos += texts  # the text columns' cells, or a code column's written out ("div.")
        # the line the row's cells are counted from: where an empty cell is an empty line,
        # that of the text columns' last cell before the values, printed or not
        anchor = items[at].line + before_lines if span is not None else items[pos - 1].line
        run, pos = run_at(items, pos)
        code_read = own_text is not None
        if (
            coded
            and own_text is None
            and len(run) > 1
            and run[0].kind == "P"
            and run[0].width <= 1
            and place_run(run[1:], width) is not None
        ):
            # the code column's empty cell (a stand or total has no article): one cell
            # whatever the page's placeholders, it stands before the values, so an empty
            # value cell after them is the last column's ("Stand ontwerpbegroting 2025" /
            # " " / four values / " " under "Art." and five years)
            run = run[1:]
            code_read = True
        numbered = coded or (head.text_before and own_text is None)
        opens = _code_column_cell if coded and not code_read else _numbered_text_cell
        # a code cell before exactly the values, a dash the last of them ("1" / three amounts
        # / "-"): the dash is a nil cell, not the next label's bullet
        lead = numbered and opens(run, width)
        if bullet_before(items, run, pos) and sum(i.kind != "P" for i in run) > width + lead:
            run.pop()  # the next label's bullet: the row prints its cells without it
            pos -= 1
        if numbered and opens(run, width):
            # the code column's cell between label and values ("33"), or the text column's
            # printed as a small number ("Ref." / "Art.": "1", "2" before five values)
            run = run[1:]
        if _label_note_mark(items, run, at, pos, width):
            run = run[1:]  # the label's footnote mark, dropped onto a line of its own
        again = _heading_again(run, head.leaves)
        if again is not None:
            pos -= len(run) - again
            run = run[:again]
        # the text columns' cells still to be read after the values, the code column's
        # where the rows print their codes after their values: counted as a text column's,
        # the code is no value where an empty cell opens the row (" " / "18.500" / "6")
        texts = head.texts_after if head.text_after or head.codes_after else 0
        if span is not None and run and all(anchor < i.line <= anchor + cells_lines for i in run):
            # where the table prints an empty cell as an empty line, a number on a text
            # column's line, after the last column's, is that column's cell (a note's "1"
            # after a row whose first years are empty lines), no value
            noted = [i.line - anchor - width for i in run if i.line > anchor + width]
            texts -= max(noted, default=0)
            run = [i for i in run if i.line <= anchor + width]
        values = [i for i in run if i.kind != "P"]
        if (
            texts
            and run
            and run[-1].kind == "P"
            and (len(values) == width or place_run(run[:-1], width) is not None)
        ):
            # the text column's empty cell (a row without a footnote), after the values or
            # after the row's own empty cells (" " / " " / "96%" / " " / " ")
            run.pop()
            texts -= 1
        followed = pos < len(items) and items[pos].kind == "T"
        blank_codes = blank_codes or (
            len(values) == width and _blank_code_cell(items, pos - 1, head)
        )
        # where the table prints an empty cell as an empty line, a row whose values stand
        # on the lines after its label, one a column, prints its text columns' cells on the
        # lines after them: a text further down is none (its cells were empty lines), but
        # the next row's code ("1.2") or a value-less row ("Subsidies (regelingen)")
        lines_end = (
            anchor + cells_lines
            if span is not None and all(anchor < i.line <= anchor + width for i in run)
            else None
        )
        if (
            texts > 1
            and len(run) > width + texts
            and run[-1] is values[-1]
            and is_code(values[-1].text)
            and followed
            and is_valued(items, pos)
        ):
            run.pop()  # the next row's code, after every text column's cell (empty or not)
            pos -= 1
            values.pop()
        if not conv_read and any(i.kind == "P" and i.width > 1 for i in run):
            # (every cell a row with values prints, where none stands before the values)
            printed = None if head.text_before or head.code_between else width + after_values
            conv = placeholder_convention(items, first, {width, columns}, printed)
            conv_read = True
        extra = len(values) - width
        spaced = (
            not conv
            and any(i.kind == "P" for i in run)
            and all(i.width == 1 for i in run if i.kind == "P")
        )
        if spaced and spaces is None:
            spaces = spaces_are_cells(items, first, columns)
        counted = conv or ("same" if spaced and spaces else None)
        if not counted and texts:
            counted = note_reading(run, head.leaves)  # (a note's number, not a value, where either)
        if not counted and texts and one_space_cells(run):
            counted = "same"  # (a space a cell, whatever the table's convention)
        by_cells = (
            counted if texts and values and not (head.text_before or head.code_between) else None
        )
        if by_cells:
            # the empty cells before the values count as the table prints them: "   " /
            # five values / "3" is two empty years, five values and a note's number
            # where the table's rows print 2n - 1 spaces for n cells, and so is " " / " " /
            # five values / "3" where they print a space a cell
            extra = (cells_up_to_last_value(run, by_cells) or len(values)) - width
        if texts and 0 < extra <= min(texts, len(values)) and last_solid(run) is values[-1]:
            # the text columns' cells printed as numbers (a footnote's, an evaluation's
            # year, "n.v.t."), and the next row's empty code cell after them; counted by
            # cells, they start after the row's first ``width`` cells, an empty text
            # column's placeholder among them
            first_text = run.index(values[-extra])
            if by_cells:
                first_text = past_cells(run, width, by_cells) or first_text
            texts -= len(run) - run[::-1].index(values[-1]) - first_text
            del run[first_text:]
        elif (
            values
            and followed
            and run[-1] is values[-1]
            and len(values) in (1, width + 1)
            and is_code(run[-1].text)
            and len(values) != width
        ):
            run.pop()
            if len(values) == 1 and _total_after(items, pos):
                run.append(values[-1])  # a total prints no code: the number is this row's
            elif (
                "code" in head.kinds
                or (head.coded_rows and width > 1 and is_valued(items, pos))
                or (
                    len(values) == width + 1 and (is_valued(items, pos) or _coded_after(items, pos))
                )
            ):
                # the next row's code (under a code heading, in rows that open with their
                # codes after a group row's label, or before its label)
                pos -= 1
            elif len(values) == 1 and run and _coded_like_the_next(items, pos, width):
                # a group row's empty cells, then the first row's code: the number is that
                # row's, as the codes of the rows after it are theirs
                pos -= 1
            elif len(values) == 1:  # a lone small number is this row's single value
                run.append(values[-1])
            # else a footnote number after the last row, not a cell
        elif (
            values
            and followed
            and run[-1] is values[-1]
            and is_code(run[-1].text)
            and place_run(run[:-1], width) is not None
            and (
                place_run(run, width) is None
                or ("code" in head.kinds and _code_elsewhere(items, first, pos - 1))
                or (conv and _code_by_convention(run, width, conv))
                or (codes_read and is_valued(items, pos) and _code_after_empty_cells(run, width))
            )
        ):
            # a code-like number right before the next label, after a row whose cells fill
            # the columns with its placeholders without it: the next row's code
            # ("64.102" / " " / "64.102" / five spaces / "33" / "Ontvangsten" under eight
            # columns: two amounts and six empty cells, then article 33's row). Under a
            # code column headed first, the number is that cell even where one reading of
            # the placeholders fits it in the row's last column too where another row
            # prints it as its code (an article's "33" over its "Verplichtingen",
            # "Uitgaven" and "Ontvangsten"); a number no row prints so ("100" / "  " / "48"
            # / "Totaal") is as likely the row's last value, and the sums read it so, unless
            # the table's own way of printing empty cells fits it in no column
            run.pop()
            pos -= 1
        elif (
            "code" in head.kinds
            and opened_by_code
            and values
            and run[-1] is values[-1]
            and (
                len(values) < width
                or (
                    _code_counts_on(row_code, values[-1].text)
                    and not _coded_after(items, pos)
                    and _codes_run_on(items, pos, values[-1].text)
                )
            )
            and len(values) == len(run)
            and is_code(values[-1].text)
            and _next_coded_row(items, pos)
        ):
            # a row printing fewer values than the columns and nothing for its empty cells
            # ("33" / "<Naam>" / four amounts under six columns), then a code-like number
            # right before a label with values: under a code column headed before the
            # labels, in a row opened by its own code, the number is the next row's code
            # ("34" / "<Naam>"), no value of this row: that row is not left the one without
            # its code, and this one's columns are left to the sums. Where the number would
            # fill the row's last column, only if it comes after the row's own code and
            # before the code of the coded row after that label ("11" / "<Naam>" / two
            # amounts / "12" / "<Naam>" / three amounts / "14"): the code column's order
            # places it; a small last value before an uncoded row and the total stays the
            # row's own value
            run.pop()
            pos -= 1
            values.pop()
        elif (
            blank_codes
            and followed
            and 0 < len(values) < width
            and run[-1].kind == "P"
            and run[-1].width == 1
            and (len(run) == len(values) + 1 or _fills_without_last(run, width, conv))
        ):
            # a row printing fewer values than the columns and nothing for its empty cells,
            # then one space right before the next label: under a code column headed before
            # the labels whose rows print an empty code cell so (" " / "Uitgaven"), the
            # next row's empty code cell, no empty last cell of this row ("N.NN" / "<Naam>"
            # / an amount short of the years / " " / "Ontvangsten"): its columns are left
            # to the sums. So too after a row printing its empty cells as placeholders
            # whose own cells fill the columns without that space ("   " / five amounts /
            # " " / "Ontvangsten" under seven columns: two empty years, 2n - 1 spaces, and
            # five amounts; read with the space as its last cell, the run of spaces was
            # one cell and every amount a column early)
            run.pop()
            pos -= 1
        while texts > 0 and values and pos < len(items):
            if lines_end is not None and items[pos].line > lines_end:
                break
            if items[pos].kind != "T":
                if not _code_after_text_cell(items, pos, head, texts):
                    break
                pos += 1  # the code column's cell after a text column's, no next row's code
                texts -= 1
                continue
            after = next_solid(items, pos + 1)
            coded = _coded_after(items, pos)  # the next row's code, then its label
            cell = (coded or not is_valued(items, pos)) and not CAPTION.match(items[pos].text)
            if not (cell and after < len(items) and (coded or items[after].kind == "T")):
                break
            if texts == 1 and _empty_cells_after(items, pos):
                break  # a group row printing its empty cells, no text column's cell
            pos += 1  # the text column's cell (a caption is the next table's)
            texts -= 1
        row_line = item.line
        if not any(i.kind != "P" for i in run):
            if _wrapped(items, pos, label, at):
                carried = label
                continue
            # a row of nothing prints a placeholder for its cells, a whitespace character a
            # cell at least (n spaces for n cells, or 2n - 1); fewer ("Eigen vermogen" / " "
            # over two columns, as every heading of its table prints) are a spacer under a
            # heading of the rows below it
            blank = sum(i.width for i in run) >= width
            rows.append(Row(fold(label), row_line, [], empty=bool(run) and blank))
            after = items[pos].line if pos < len(items) else None
            lines_after = before_lines + cells_lines
            lined_to, start = _group_lines_end(row_line, after, lines_after, lead_lines), None
            continue
        lines = None
        # the row's first line: its code cell's, empty or not, where a code column's cell
        # takes a line of its own before the label
        row_start = row_line - lead_lines if lead_lines else start
        in_line = lined_to is not None and row_start == lined_to + 1
        if span is not None and _short_plain_row(run, width) and in_line:
            after = items[pos].line if pos < len(items) else None
            ends = anchor + cells_lines
            closed = after is not None and ends < after <= ends + 1 + lead_lines
            lines = place_by_lines(run, width, anchor, closed)
        # the row's lines end at its last column's (or text column's) where its cells stand
        # on the lines after its label's, one a column
        lined = in_line and all(anchor < i.line <= anchor + width for i in run)
        lined_to, start = anchor + cells_lines if lined else None, None
        above = any(row.cells for row in rows)
        for placeholder, placed in [(None, lines)] if lines else split(run, width, above, conv):
            row_label = fold(label) if placeholder is None else ""
            line = row_line if placeholder is None else placeholder.line
            if placed is None:  # placed from the sums later, or left out with a warning
                loose = [
                    Cell("", 0, i.text, parse_value(i.text), i.line, i.column)
                    for i in run
                    if i.kind != "P"
                ]
                rows.append(Row(row_label, line, [], loose=loose))
                break
            cells = [
                Cell(leaf, order, cell.text, parse_value(cell.text), cell.line, cell.column)
                for order, (leaf, cell) in enumerate(zip(head.leaves, placed, strict=True), 1)
                if cell is not None
            ]
            own = own_text if placeholder is None else None
            if placeholder is not None and placeholder.kind != "P":
                bare.append(len(rows))
            rows.append(Row(row_label, line, cells, text_cell=own))
            last_valued = max(last_valued, max(c.line for c in cells))
    after_values: list[Row] = []
    while rows and not rows[-1].cells and not rows[-1].loose:
        after_values.insert(0, rows.pop())
    doubt = _labels_after_values(rows, bare, after_values) or _labels_before_values(rows, bare)
    if sum(len(row.cells) for row in rows) < MIN_CELLS:
        return None
    end = pos
    while end > first and items[end - 1].line > last_valued:
        end -= 1
    start_item = head.caption or items[head.start]
    caption = head.caption.text if head.caption else ""
    table = RawTable(
        number="",
        caption=caption,
        line_start=start_item.line,
        line_end=last_valued,
        layout="cell_per_line",
        rows=rows,
        columns=list(head.leaves),
        notes=[(note.line, note.text) for note in head.notes],
        lost_groups=list(head.lost_groups),
        doubts=[*head.doubts, *([doubt] if doubt else [])],
        article=head.article,
    )
    if head.caption:
        match = CAPTION.match(head.caption.text)
        table.number = match.group("number") if match else ""
    read = _by_columns(table, items, head)
    if read.columns == head.leaves and (blocks := _column_blocks(items, head)):
        labels, values = blocks
        height = sum(item.kind != "T" and item.kind != "Y" for item in values[0])
        # a label or two more than values: the corner, a wrapped rest or an unlabelled row
        # (``_column_blocks``); more: the headings without values, named by their totals
        columns, rows = labelled_blocks(labels, values) if len(labels) > height + 1 else ([], [])
        read.rows, read.columns = rows, columns or read.columns
        read.line_end = max([read.line_end, *(c.line for row in rows for c in row.cells)])
        read.doubts.append(
            (
                items[head.rows].line,
                f"{len(values)} columns printed one after the other, each a heading over its "
                "values, under a block of labels: "
                + (
                    "read column by column, the labels without values the headings their "
                    "totals name"
                    if rows
                    else "which label line is the corner, a label's wrapped rest or a "
                    "heading without values the text does not tell; not read"
                ),
            )
        )
    if head.refused:
        read.rows = []  # said, not stored: see ``Heading.refused``
    return read, end


def _labels_after_values(
    rows: list[Row], bare: list[int], after: list[Row]
) -> tuple[int, str] | None:
    """The doubt where the table's last rows print their figures with no label between
    them (``bare``: rows read from figures alone after a row's own, as a text layer printing
    no blank lines prints unlabelled subtotals) and labels without values follow the last
    of them (``after``), as many or more: a text layer's block order may have printed
    those rows' labels after all the values ("<Rij>" / six figures / "<Groep>" / "<Rij>" /
    "Totaal"). More labels than rows leave which is a group row's untold; as many do not
    tell those rows from unlabelled subtotals under which the text's next headings follow.
    So the rows are kept as read, and the doubt said. None where the table ends otherwise."""
    tail = 0
    while tail < len(rows) and len(rows) - 1 - tail in bare:
        tail += 1
    if not tail or len(after) < max(tail, 2):
        return None
    names = ", ".join(f"'{row.label}'" for row in after)
    return (
        after[0].line,
        f"the last {tail} rows print their figures without labels, and {len(after)} labels "
        f"without values follow them ({names}): the labels may be theirs, printed after the "
        "values; not placed",
    )


def _labels_before_values(rows: list[Row], bare: list[int]) -> tuple[int, str] | None:
    """The doubt where labels without values stand right above a row whose figures are
    followed by rows printing figures alone (``bare``), the labels at least as many as
    those rows: a text layer's block order may have printed a block of labels before the
    values of all of them ("<Rij>" / "<Rij>" / "<Rij>" / figures / figures / figures), so
    that each label is a row of its own, not a heading. As many do not tell those rows
    from headings over unlabelled subtotals, so the rows are kept as read, and the doubt
    said (the mirror of ``_labels_after_values``). None where no such run stands."""
    for k, row in enumerate(rows):
        if not row.cells or k in bare:
            continue
        figures_alone = len(list(takewhile(lambda j: j in bare, range(k + 1, len(rows)))))
        labels = len(list(takewhile(_without_values, reversed(rows[:k]))))
        if figures_alone and labels >= figures_alone:
            names = ", ".join(f"'{above.label}'" for above in rows[k - labels : k])
            return (
                rows[k - labels].line,
                f"{labels} labels without values ({names}) stand above '{row.label}', after "
                f"whose figures {figures_alone} rows print figures alone: the labels may be "
                "theirs, printed before the values; not placed",
            )
    return None


def _without_values(row: Row) -> bool:
    """Whether a row prints no values at all, not even ones left unplaced."""
    return not row.cells and not row.loose and not row.empty


#: A column's heading of words ending in its year ("Rekening 2023", "Begroting 2024").
_WORDS_AND_YEAR = re.compile(r"[^\W\d_][^\W\d]*(?: [^\W\d]+)* (?:19|20)\d\d")


def _by_columns(table: RawTable, items: list[Item], head: Heading) -> RawTable:
    """The table as printed column by column, where it may have been (a PDF's text without
    layout: the label column's heading and labels, then each column's heading and values,
    one per line: "Omschrijving" / "Lasten" / "Baten" / "Saldo" / "Rekening 2023" /
    "48.312" / ...). Such text is the same, line for line, as its transpose printed row by
    row (rows "Rekening 2023", columns "Lasten", "Baten", "Saldo"), and only what the two
    sets of labels are tells them apart. Read as rows, the table is its transpose where
    its row labels are words ending in a year, each, and its headings name none (the
    periods are read as the columns, as the model keeps a cell's year in its column), or
    where its headings are its labels (``_labels_as_headings``); the choice is said. Only
    where every row prints a value under every heading; each cell keeps its own line."""
    rows = table.rows
    full = all(len(row.cells) == len(table.columns) and not row.loose for row in rows)
    if len(rows) < 2 or not full or any(row.text_cell for row in rows):
        return table
    named = [item for item in items[head.start : head.rows] if item.kind == "T"]
    corner = named[: len(named) - len(table.columns)]
    named = named[len(named) - len(table.columns) :]
    if [fold(item.text) for item in named] != [fold(label) for label in table.columns]:
        return table
    if _periods_as_rows(table):
        reading = "the periods as columns"
    elif _labels_as_headings(table, corner[-1].text if corner else ""):
        reading = "the parts of the last heading's total as rows"
    else:
        return table
    columns = [row.label for row in rows]
    table.doubts.append(
        (
            rows[0].line,
            f"rows {', '.join(repr(label) for label in columns)} under headings "
            f"{', '.join(repr(label) for label in table.columns)}, one cell per line: "
            "printed column by column, or its transpose row by row, the text does not "
            f"tell; read with {reading}",
        )
    )
    table.rows = [
        Row(
            fold(item.text),
            item.line,
            [
                Cell(row.label, order, cell.text, cell.value, cell.line, cell.column)
                for order, row in enumerate(rows, 1)
                for cell in row.cells[k : k + 1]
            ],
        )
        for k, item in enumerate(named)
    ]
    table.columns = columns
    return table


def _periods_as_rows(table: RawTable) -> bool:
    """Whether, read as rows, every row label is words ending in a year ("Rekening 2023")
    and no heading names one: the periods, which head a table's columns. A time series
    whose rows are bare years is printed so."""
    return all(_WORDS_AND_YEAR.fullmatch(row.label) for row in table.rows) and not any(
        column_year(label) is not None for label in table.columns
    )


def _labels_as_headings(table: RawTable, corner: str) -> bool:
    """Whether, read as rows, the headings are the table's row labels and its rows the
    columns ("Taakveld" / "0.1 Bestuur" / ... / "Totaal programma N", then "Lasten" and
    its values, "Baten", "Saldo"; or the labels, then "2024" and its values, "2025", ...):
    the last heading is a total ("Totaal ...", "Stand ...") that adds up the headings
    before it in every row, the rows closed by their total as a table prints its rows;
    there are more headings than rows, as a table prints more rows than columns, or the
    rows are years one after the other ("2019" / ... / "2023"), which head a budget
    table's columns whatever their count; every row names what heads a column (a period,
    "Lasten", ``_names_column``) and not every heading does, as a table printed row by
    row with a total column names its rows ("Verplichtingen", "Kerndepartement",
    "Formatie (fte)") under headings of periods, stages and stands ("Vastgestelde
    begroting" / "Mutaties" / "Stand"), or of parts ("Personeel" / "Materieel" /
    "Totaal"); and the headings are no run of periods, which head columns. A corner naming
    periods ("Jaar") says the rows are years, printed row by row with a total column."""
    *parts, total = table.columns
    if not TOTAL.match(total):
        return False
    if len(table.columns) <= len(table.rows) and not _successive_years(table.rows):
        return False
    if not all(_names_column(row.label) for row in table.rows):
        return False
    if all(_names_column(label) for label in table.columns):
        return False
    years = [year for label in parts if (year := column_year(label)) is not None]
    if len(years) == len(parts) and all(a < b for a, b in pairwise(years)):
        return False
    return fold(corner).lower() not in PERIOD_HEADINGS and all(
        _totals_the_rest(row.cells) for row in table.rows
    )


def _successive_years(rows: list[Row]) -> bool:
    """Whether every row's label is a bare year, each the year after the one above."""
    years = [int(row.label) if is_year(row.label) else 0 for row in rows]
    return all(years) and all(b - a == 1 for a, b in pairwise(years))


def _names_column(label: str) -> bool:
    """Whether a label names what heads a budget table's column: a period ("2024",
    "Stand meicirculaire 2024") or a word that heads columns (``heads_columns``)."""
    return column_year(label) is not None or heads_columns(label)


def _totals_the_rest(cells: list[Cell]) -> bool:
    """Whether the last cell's value is the sum of the others', to one unit of the last
    digit printed (rounding). A cell under a share's heading ("waarvan volume") is a part
    of the cell before it, counted there: no summand of the total."""
    if any(cell.value is None for cell in cells):
        return False
    summed = [cell.value for cell in cells if not is_share(cell.column_label)]
    if len(summed) < 2:
        return False
    *parts, total = summed
    unit = Decimal(1).scaleb(-max(printed_decimals(cell.text) for cell in cells))
    return abs(sum(parts, Decimal(0)) - total) <= unit


def _column_blocks(items: list[Item], head: Heading) -> tuple[list[Item], list[list[Item]]] | None:
    """The block of labels and the column blocks (each a heading over its values) of a
    table a PDF's text without layout prints column by column, as it prints widely spaced
    columns: a block of label lines naming no period, then blocks each of a heading (a
    period in one of them at least, "Realisatie" / "2018") over as many values, line under
    line, a blank line between blocks; None for any other text. Where each block holds as
    many values as the label block holds lines, or one fewer, which line is then the
    corner ("Omschrijving") or the wrapped rest of a label above it ("Materiële uitgaven"
    / "waarvan ICT"), or where a row printed without a label stands, the text does not
    tell: every value would be as likely stored in another row, and ``read_table`` says so
    and stores none. Where the labels outnumber the values by more, they are read column by
    column only where the labels without values are the headings their totals name
    (``tables_cell_blocks.labelled_blocks``). (Read as rows, the headings were row labels
    and the labels the columns.) Only where a block's heading takes more than one line
    ("Realisatie" / "2018"): a table printed a row a block, each block a label of one line
    over its values, has the same shape ("Omschrijving" / "Begroting" / "Realisatie" /
    "Verschil", then "Resultaat 2024" / "253.740" / ...) and is read as printed. Where the
    label block opens with a corner's word, or the counts leave one reading ("waarvan" no
    label's rest), the table is read (``tables_cell_blocks.column_block_tables``) and this
    refusal gives way to it."""
    labels: list[Item] = []
    for item in reversed(items[head.start : head.rows]):
        if labels and item.line != labels[-1].line - 1:
            break
        labels.append(item)
    if len(labels) < 3 or any(item.kind != "T" or has_period(item.text) for item in labels):
        return None
    blocks: list[list[Item]] = []
    counts: list[int] = []
    dated = wrapped = False
    pos, last = head.rows, labels[0].line
    while pos < len(items) and items[pos].line > last + 1:
        end = pos + 1
        while end < len(items) and items[end].line == items[end - 1].line + 1:
            end += 1
        kinds = "".join(item.kind for item in items[pos:end])
        heading = len(kinds) - len(kinds.lstrip("TY"))
        values = kinds[heading:]
        if not heading or len(values) < 2 or values.strip("VD"):
            break
        counts.append(len(values))
        blocks.append(items[pos:end])
        dated = dated or has_period(" ".join(item.text for item in items[pos : pos + heading]))
        wrapped = wrapped or heading > 1
        pos, last = end, items[end - 1].line
    size = counts[0] if counts else 0
    if len(counts) < 2 or set(counts) != {size} or not (dated and wrapped) or len(labels) < size:
        return None
    return labels[::-1], blocks


def _written_code(items: list[Item], pos: int, head: Heading) -> bool:
    """Whether the text at ``pos`` is a code column's cell written out before its label
    ("Div." / "Loonbijstelling" under "Art." / "Omschrijving": diverse articles): a short
    abbreviation ending in a full stop right before a valued label; or, under a code
    column headed before the values' columns ("Art." / " " / "2024" ...), a list of codes
    a comma and a space apart ("2, 4", "1, 3, 5": a mutation on several articles names
    each, ``CODES``). (A list read as no code was a group row over the rows under it, its
    row's label left without its code. Under a code column headed last, the lists may be
    the rows' codes after their values that ``codes_after_values`` could not place.)"""
    text = items[pos].text
    return (
        "code" in head.kinds
        and not head.code_between
        and (
            (len(text) <= MAX_CODE and text.endswith("."))
            or (
                "," in text
                and head.kinds[-1] != "code"
                and CODES.fullmatch(text.strip()) is not None
            )
        )
        and pos + 1 < len(items)
        and items[pos + 1].kind == "T"
        and is_valued(items, pos + 1)
    )
