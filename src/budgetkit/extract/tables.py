"""Every printed table of a document as rows of the ``tables`` and ``table_cells`` resources.

The work is split by concern: ``tables_layout`` finds tables by their shape and reads their
rows and cells in every flattened layout, ``tables_scale`` finds unit and scale,
``tables_hierarchy`` rebuilds the parent rows. This module joins them into schema rows keyed
by field name. Every cell keeps its line, character column and exact text, so each stored
value points to its source; what could not be read is said as an ``ExtractWarning``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import groupby
from typing import Any

from budgetkit.extract.tables_cell_items import cell_kind
from budgetkit.extract.tables_difference_signs import difference_signs
from budgetkit.extract.tables_heading_line import CHUNK
from budgetkit.extract.tables_hierarchy import Hierarchy, build
from budgetkit.extract.tables_layout import RawTable, find_tables
from budgetkit.extract.tables_model import Cell, Row
from budgetkit.extract.tables_page_breaks import page_turn
from budgetkit.extract.tables_placement import place_from_sums
from budgetkit.extract.tables_scale import (
    PERCENT,
    Scale,
    is_percent,
    prose_unit_reaches,
    scale_in_cells,
    section_note,
    table_scale,
    unit_line,
)
from budgetkit.extract.tables_titles import (
    EMPHASISED,
    corner_of_heading_line,
    name_above,
    names_nothing,
    part_name,
    running_head,
    unmarked,
    wrapped_title,
)
from budgetkit.extract.tables_tokens import (
    CAPTION,
    CONTINUED,
    DASHES,
    SPACE_THOUSANDS,
    column_year,
    plain_number,
    spaced_are_odd,
)
from budgetkit.extract.tables_units import read_unit
from budgetkit.extract.warnings import ExtractWarning
from budgetkit.layout import fold
from budgetkit.sources import SourceDocument

Rows = list[dict[str, Any]]
#: A digit: a cell printing one holds a figure, no placeholder or mark.
_DIGIT = re.compile(r"\d")


def _blocks(table: RawTable) -> list[list[int]]:
    """Row indexes per stacked block, in printed order (one block for most tables)."""
    numbered = enumerate(table.rows)
    return [[i for i, _row in group] for _b, group in groupby(numbered, key=lambda p: p[1].block)]


def _hierarchy(
    table: RawTable,
    percent: list[bool],
    units: list[str] | None = None,
    signs: list[int] | None = None,
) -> tuple[list[int | None], list[bool], str]:
    """(parent index per row, 'waarvan' flag per row, how the hierarchy was found);
    ``percent``: whether each row holds percentages; ``units``: in a table of mixed units,
    the unit and scale each row's label declares ("x € 1.000", "fte", "x € 1"): rows of two
    units are never parts of one sum; ``signs``: per row, the sign its mark of direction
    gives its last column's unsigned difference (``difference_signs``), which the sums
    read it with."""
    parents: list[int | None] = [None] * len(table.rows)
    partial = [False] * len(table.rows)
    sources: set[str] = set()
    for whole in _blocks(table):
        # rows with values in unknown columns are left out, and rows that alone make up a
        # total in their columns (their parent is known) are left out of the sums
        block = [i for i in whole if not table.rows[i].loose and table.rows[i].part_of is None]
        rows = [table.rows[i] for i in block]
        values: list[tuple[Decimal | None, ...] | None] = []
        texts: list[tuple[str, ...]] = []
        summed = _summed_columns(table.columns, rows, [percent[i] for i in block])
        signed = summed[-1:] == table.columns[-1:]  # the marks' column is still the last
        for index, row in zip(block, rows, strict=True):
            by_column = {cell.column_label: cell for cell in row.cells}
            if not row.cells:
                values.append(None)
                texts.append(())
                continue
            printed = [by_column[c].value if c in by_column else None for c in summed]
            if signs is not None and signed and printed[-1] is not None:
                printed[-1] *= signs[index]
            values.append(tuple(printed))
            texts.append(tuple(by_column[c].text if c in by_column else "" for c in summed))
        kinds = [
            "percent" if percent[i] else units[i] if units is not None else "amount" for i in block
        ]
        ruled = [row.ruled for row in rows]
        indents = [row.indent for row in rows]
        empty = [row.empty for row in rows]
        found: Hierarchy = build(
            [row.label for row in rows], values, kinds, texts, ruled, indents, empty
        )
        for position, index in enumerate(block):
            parent = found.parents[position]
            parents[index] = None if parent is None else block[parent]
            partial[index] = found.partial[position]
        for index in whole:
            if table.rows[index].part_of is not None:
                parents[index] = table.rows[index].part_of
        sources.add(found.source)
    source = "labels" if "labels" in sources else "sums" if "sums" in sources else "flat"
    return parents, partial, source


def _summed_columns(columns: list[str], rows: list[Row], percent: list[bool]) -> list[str]:
    """The columns whose figures the sums that place the rows read: all but the columns
    of shares beside rows of amounts, every figure of such a column printed with "%" ("2025"
    / "in %": each row's amount and its share of the total). A share adds up to no figure of
    its total's column (the total prints 100% or leaves its cell empty), so read as an amount
    it kept a total above its parts from heading them. So is a column whose heading says
    its figures percentages ("in %", "(%)"), which may then print them bare ("97,2"). A
    table of shares alone, or of rows of percentages, keeps every column."""
    amounts = [row for row, share in zip(rows, percent, strict=True) if not share and row.cells]
    if not amounts:
        return columns
    shares = [
        column
        for column in columns
        if (
            figures := [
                cell.text
                for row in amounts
                for cell in row.cells
                if cell.column_label == column and _DIGIT.search(cell.text)
            ]
        )
        and (all(figure.rstrip().endswith("%") for figure in figures) or _heads_percentages(column))
    ]
    if not shares or len(shares) == len(columns):
        return columns
    return [column for column in columns if column not in shares]


def _heads_percentages(column: str) -> bool:
    """Whether a column's heading says its figures are percentages ("in %", "Aandeel (%)"),
    not percentages of the bbp, which are a table's measure of their own."""
    unit = read_unit(column, 0)
    return unit is not None and unit.label == "%"


def _take_unit_lines(table: RawTable) -> list[Scale | None]:
    """Takes the lines that print a unit alone inside the table (``unit_line``: "mld euro",
    "% bbp") out of its rows: no rows, nor groups of the rows under them. Returns, for each
    row left, the unit of the last such line above it (None above the first)."""
    kept: list[Row] = []
    under: list[Scale | None] = []
    index: dict[int, int] = {}  # old row index -> new, for ``part_of``
    current: Scale | None = None
    for old, row in enumerate(table.rows):
        unit = unit_line(row)
        if unit is not None:
            current = unit
            continue
        index[old] = len(kept)
        kept.append(row)
        under.append(current)
    if len(kept) < len(table.rows):
        for row in kept:
            if row.part_of is not None:
                row.part_of = index.get(row.part_of)
        table.rows = kept
    return under


def _refuse_spaced(table: RawTable) -> list[tuple[int, str]]:
    """Leave out, and say, each cell of a table printing dot thousands that holds figures
    joined over a space ("| 250 300 |" beside "1.250"): two values one space apart, or one?
    The row reader reads such a table again without joining (``tables_rows``); a cell's
    text printed so in another layout cannot be parted into its columns."""
    texts = [cell.text for row in table.rows for cell in (*row.cells, *row.loose)]
    if not spaced_are_odd(texts):
        return []
    said: list[tuple[int, str]] = []
    for row in table.rows:
        for cell in (*row.cells, *row.loose):
            if SPACE_THOUSANDS.search(cell.text):
                said.append(
                    (
                        cell.line,
                        f"'{cell.text}' parts its figures by a space in a table of dot "
                        "thousands: two values or one, not stored",
                    )
                )
        row.cells = [cell for cell in row.cells if not SPACE_THOUSANDS.search(cell.text)]
        row.loose = [cell for cell in row.loose if not SPACE_THOUSANDS.search(cell.text)]
    return said


def _table_id(doc: SourceDocument, table: RawTable, taken: set[str]) -> str:
    """``doc:tabel-15`` for a numbered caption, else ``doc:tabel-l120`` by its first line."""
    table_id = (
        f"{doc.id}:tabel-{table.number}" if table.number else f"{doc.id}:tabel-l{table.line_start}"
    )
    if table_id in taken:  # a number printed twice (two chapters): tell them apart by line
        table_id = f"{table_id}-l{table.line_start}"
    taken.add(table_id)
    return table_id


def _placeholder(table: RawTable, cell: Cell) -> bool:
    """Whether ``cell`` is a nil printed on a line of its own in a table of one cell per
    line, a dash alone ("-", "€ -"): the page's mark for an empty cell, as a line of white
    space is, so no cell of the package (the README's answers list no empty cell). The
    readers keep it, a nil counting nothing in the sums that place the rows, and a row of
    such dashes is still a row of figures, no heading of the rows under it. A dash alone or
    the euro sign before one opens with one of them (``_NIL_FIRST``): any other text, a
    figure, is no nil, and is not read again by every pattern ``cell_kind`` tries."""
    if table.layout != "cell_per_line":
        return False
    text = cell.text.strip()
    return text[:1] in _NIL_FIRST and cell_kind(text) == "D"


#: What a nil printed alone opens with: a dash, or the euro sign before one (the empty text,
#: which ``cell_kind`` reads as a dash too, is in every string).
_NIL_FIRST = DASHES + "€"


def _valued_parent(parents: list[int | None], shown: list[list[Cell]], index: int) -> int | None:
    """The nearest ancestor that outputs cells (``shown``: each row's, its nil dashes left
    out, ``_placeholder``): the row a cell's value adds up into. A row printing nil dashes
    alone outputs none, so no cell points at it."""
    parent = parents[index]
    while parent is not None and not shown[parent]:
        parent = parents[parent]
    return parent


def _euros(value: Decimal | None, scale: Scale) -> int | Decimal | None:
    """The value in euros: whole euros, or the cents a cell in euros prints ("€ 98,12" under
    "Tarief (€ per woonruimte)"), never rounded to a sum the table does not state."""
    if value is None or scale.unit != "EUR":
        return None
    amount = value * scale.factor
    whole = amount.to_integral_value()
    return int(whole) if amount == whole else amount.normalize()


def _title(doc: SourceDocument, table: RawTable, floor: int) -> str:
    """The caption; without one, the first line printed above the headings that is no
    sentence (a sentence declaring the unit, "... geschiedt in duizenden euro's.", is a
    note, not the table's name), else the first such line; where that names nothing (a
    unit line, the column headings, no line: ``names_nothing``) or is a sentence, the line
    naming the table further up, below the table above (``name_above``), the sentence only
    where none does. A caption or title a text layer
    wrapped over lines is joined with its other lines (``wrapped_title``). Markdown's marks
    of a heading or of emphasis around it ("**Tabel 1 ...**", "## Tabel 1 ...") are no part
    of it. A line above the headings reading as a caption once those marks are set aside
    names the table before any line over it: a Markdown page prints its caption in bold
    under the section's heading ("## Accres" / "**Tabel 1 ...**"), which names the section."""
    if table.caption:
        title, line = unmarked(fold(table.caption)), table.caption_line or table.line_start
    else:
        notes = [
            (unmarked(fold(text)), running_head(text), line)
            for line, text in table.notes
            if text.strip()
        ]
        named = [(text, line) for text, head, line in notes if not text.endswith(".") and not head]
        captions = [(text, line) for text, line in named if CAPTION.match(text)]
        title, line = (
            captions or named or [(text, line) for text, _head, line in notes] or [("", 0)]
        )[0]
        title = corner_of_heading_line(title, table.columns)
    # a sentence above the headings (the section's intro saying the unit) is a note: a line
    # naming the table between it and the headings names it first
    sentence = not table.caption and title.endswith(".")
    above = doc.lines[line - 2] if 1 < line <= len(doc.lines) + 1 else ""
    if not sentence and not names_nothing(title, table.columns, above):
        if 0 < line <= len(doc.lines) and unmarked(fold(doc.lines[line - 1])) == title:
            title = unmarked(fold(wrapped_title(doc.lines, line - 1, title, table.columns)))
        if table.article is not None and table.article[0] == line:
            title = f"{title} {table.article[1]}"  # the article the caption goes on with
        return title
    first = table.rows[0]
    own = {line - 1 for line, _text in table.notes}
    if table.caption:
        # a caption naming nothing (a unit line read as one) opens the table's heading
        # block: the lines under it down to the first row are its headings (a group's name
        # over every column, "Begroting 2027", kept off the leaves), no name of the table
        own |= set(range(table.line_start, first.line - 1))
    texted = any(row.text_cell for row in table.rows)
    valued = [row.label for row in table.rows if row.cells]
    found = name_above(
        doc.lines, first.line - 1, floor, table.columns, fold(first.label), own, texted, valued
    )
    if found is None:
        return title
    # wrapped over lines as a caption may be ("<Naam> voor het jaar JJJJ" / "(wijziging
    # ...)"): taken alone, the name's last line named a part of it
    index, name = found
    return unmarked(fold(wrapped_title(doc.lines, index, unmarked(name), table.columns)))


def _stacked(doc: SourceDocument, above: RawTable, table: RawTable) -> bool:
    """Whether ``table`` is printed right under ``above`` as a part of it: no caption nor
    note of its own, and not a line with text between ``above``'s last value and its
    headings. A heading line of its own naming the same columns is no note ("PASSIVA
    31-12-2012   31-12-2011" under the rows of "ACTIVA   31-12-2012   31-12-2011": the
    other side of one balance, under its one title and unit). A page's turn between them
    (``page_turn``: the foot, the next page's running head) is the page's layout, no line
    of either: the passiva printed on the next page, the balance's title and unit printed
    only over the activa, are still its other side."""
    if table.caption or table.line_start <= above.line_end:
        return False
    turn = page_turn(doc.lines, above.line_end, doc.model.layout.furniture)
    notes = [(line, text) for line, text in table.notes if line - 1 not in turn]
    if notes and (table.columns != above.columns or not _headings_only(table, notes)):
        return False
    between = range(above.line_end, table.line_start - 1)
    return not any(doc.lines[i].strip() for i in between if i not in turn)


def _headings_only(table: RawTable, notes: list[tuple[int, str]]) -> bool:
    """Whether each of a table's notes in ``notes`` (those of them that are its own) is a
    line of its column headings: every run of it between paddings but the first (the
    labels' heading, "PASSIVA") is part of a column's name, one at least; or, printed one
    space apart, the labels' heading and then the columns' names in order ("Baten Rekening
    2019 Begroting 2020"). A title of its own ("Overzicht incidentele baten") is none."""
    names = [fold(label) for label in table.columns]
    joined = " " + " ".join(names)
    for _line, text in notes:
        if fold(" ".join(text.split())).endswith(joined):
            continue  # printed one space apart: the labels' heading, then every column's name
        runs = [fold(run) for run in CHUNK.findall(text)]
        named = [any(run in name for name in names) for run in runs]
        if not any(named) or not all(named[1:]):
            return False
    return True


def _levels_in_order(parents: list[int | None]) -> list[int]:
    levels = [0] * len(parents)
    for index in range(len(parents)):
        depth, parent = 1, parents[index]
        while parent is not None:
            depth, parent = depth + 1, parents[parent]
        levels[index] = depth
    return levels


def _unemphasise_labels(table: RawTable) -> None:
    """Set each row's label without the Markdown emphasis a converter prints around it
    whole ("**Bestemmingsreserves**", a group heading set in bold, as html2text prints
    it): the marks are layout, no words of the label. Kept, the label named the rows under
    it as their parent with its marks, and a bold total's word ("**Totaal ...**") opened
    no total. Done before the sums place loose rows and the hierarchy reads the labels."""
    for row in table.rows:
        if (emphasised := EMPHASISED.fullmatch(row.label)) is not None:
            row.label = emphasised.group(2)


def extract_tables(
    doc: SourceDocument, warnings: list[ExtractWarning] | None = None
) -> tuple[Rows, Rows]:
    """(tables rows, table_cells rows) for one document, in printed order.

    What cannot be read (a row whose values cannot be placed in columns, a table without a
    printed unit, lines shaped as rows, or as cells one a line, where no table was read) is
    appended to ``warnings``. ``ministry`` is left to the pipeline, which knows the sections.
    """
    said = warnings if warnings is not None else []
    tables: Rows = []
    cells: Rows = []
    taken: set[str] = set()
    found, unread, unread_cells = find_tables(doc.model)
    units: dict[str, Scale] = {}  # the unit of each numbered table, for its continuation
    # the last captioned table, its unit and its title
    previous: tuple[RawTable, Scale, str] | None = None
    # the unit the prose above the last table said for its section's tables, and that
    # table's last line
    prose_unit: tuple[Scale, int] | None = None
    for runs, shape in ((unread, "table rows"), (unread_cells, "table cells, one a line")):
        for line, count in runs:
            said.append(
                ExtractWarning(doc.id, line, f"{count} lines look like {shape}; no table read")
            )
    stated = str(doc.model.budget_year or "")
    # the document's last line of text (1-based): a row's values on it may be cut short
    # (looked for from the end: the first such line met there is the last)
    lines = doc.lines
    text_end = next((n for n in range(len(lines), 0, -1) if lines[n - 1].strip()), 0)
    year = int(stated) if stated.isdigit() else None
    for table in found:
        if not table.rows:  # a table the reader found but would not read: said, not stored
            for line, reason in table.doubts:
                said.append(
                    ExtractWarning(doc.id, line, f"table at line {table.line_start}: {reason}")
                )
            continue
        table_id = _table_id(doc, table, taken)
        # (the table above ends at its last row, or at its caption printed under the rows)
        above_ends = max(
            (max(t.line_end, t.caption_line) for t in found if t.line_end < table.line_start),
            default=0,
        )
        # (a unit line is taken before the sums place loose rows: its one is no value)
        under = _take_unit_lines(table)
        _unemphasise_labels(table)
        for line, reason in [
            *table.doubts,
            *_refuse_spaced(table),
            *place_from_sums(table, year, text_end),
        ]:
            said.append(ExtractWarning(doc.id, line, f"table {table_id}: {reason}"))
        if not table.rows:  # its rows all printed a unit alone ("Bedragen x" / "€ 1 mln")
            continue
        percent = [
            is_percent(row) or (unit is not None and unit.unit == "percent")
            for row, unit in zip(table.rows, under, strict=True)
        ]
        section_unit = (
            prose_unit[0] if prose_unit and prose_unit_reaches(doc, prose_unit[1], table) else None
        )
        scale, row_scales, column_scales = table_scale(
            doc, table, percent, under, above_ends, section_unit
        )
        noted = section_note(doc, table, scale)
        prose_unit = (noted, table.line_end) if noted is not None else None
        if scale.unit is None and CONTINUED.search(table.caption) and table.number in units:
            # "Tabel 2 (vervolg)": the rest of table 2 after a page break, in its unit
            scale = units[table.number]
            row_scales = [scale if s.unit is None else s for s in row_scales]
        stacked = scale.unit is None and previous is not None and _stacked(doc, previous[0], table)
        if stacked and previous is not None:
            # a part printed right under a captioned table (its "Ontvangsten" under its
            # "Uitgaven"), no caption or note of its own: the caption's unit is its too
            scale = previous[1]
            row_scales = [scale if s.unit is None else s for s in row_scales]
        # a part stacked under a table is a part of it: its title names both (the balance's
        # caption over its ACTIVA and PASSIVA: the column headings over the passiva are no
        # name), as its unit is their one
        title = previous[2] if stacked and previous is not None else _title(doc, table, above_ends)
        # (a part naming itself over its headings is that part of the caption's table: each
        # part takes the caption's title and its own name, the next part no name of this one,
        # nor of the article the caption went on with over the first part)
        base = title
        if not stacked and table.article is not None and title.endswith(f" {table.article[1]}"):
            base = title[: -len(table.article[1]) - 1]
        if stacked and (name := part_name(doc.lines, table.line_start - 1, table.columns)):
            title = f"{base} {name}"
        known = scale.unit not in (None, "mixed")
        noted = table.caption or table.notes or stacked
        previous = (table, scale, base) if known and noted else None
        if table.number and scale.unit not in (None, "mixed"):  # a mixed one's rows say theirs
            units.setdefault(table.number, scale)
        if scale.unit is None:
            said.append(
                ExtractWarning(
                    doc.id,
                    table.line_start,
                    f"table {table_id}: no unit printed; values kept without euros",
                )
            )
        elif scale.from_prose:
            said.append(
                ExtractWarning(
                    doc.id,
                    table.line_start,
                    f"table {table_id}: no unit printed; {scale.label} read from the amount "
                    f"“{' '.join((scale.text or '').split())}” at line {scale.line}, which equals"
                    " one of its cells",
                )
            )
        for row, own in zip(table.rows, row_scales, strict=True):
            # in a table of mixed units, a row that prints none of its own has none (where
            # its column says none either): said, as a table without a unit is
            unsaid = [c for c in row.cells if c.column_label not in column_scales]
            if scale.unit == "mixed" and own.unit is None and unsaid:
                reason = f"row {row.label!r} prints no unit; values kept without euros"
                said.append(ExtractWarning(doc.id, row.line, f"table {table_id}: {reason}"))
        for label, own in column_scales.items():
            if scale.unit == "mixed" and own.unit is None:  # "Inwoners" beside "€ 48,12"
                reason = f"column {label!r} prints no unit; values kept without euros"
                said.append(ExtractWarning(doc.id, table.line_start, f"table {table_id}: {reason}"))
        row_units = None
        if scale.unit == "mixed":  # each row's own unit ("x € 1.000", "fte", "x € 1")
            row_units = [f"{own.unit}:{own.factor}" if own.unit else "amount" for own in row_scales]
        signs = difference_signs(table, doc.model.lines)
        parents, partial, source = _hierarchy(table, percent, row_units, signs)
        levels = _levels_in_order(parents)
        row_ids = [f"r{order:02d}" for order in range(1, len(table.rows) + 1)]
        shown = [[c for c in row.cells if not _placeholder(table, c)] for row in table.rows]
        valued = [cells for cells in shown if cells]
        tables.append(
            {
                "table_id": table_id,
                "document_id": doc.id,
                "number": table.number or None,
                "title": title,
                "line_start": table.line_start,
                "line_end": table.line_end,
                "unit": scale.unit,
                "unit_label": scale.label,
                "scale_factor": scale.factor,
                "scale_text": scale.text,
                "scale_line": scale.line,
                "layout": table.layout,
                "hierarchy": source,
                "row_count": len(valued),
                "column_count": len({c.column_label for cells in valued for c in cells}),
            }
        )
        labels = {cell.column_label for row in table.rows for cell in row.cells}
        years = {label: column_year(label) for label in labels}  # once per column
        for index, row in enumerate(table.rows):
            parent = _valued_parent(parents, shown, index)
            printed_parent = parents[index]
            for cell in shown[index]:
                own = column_scales.get(cell.column_label) or row_scales[index]
                money = own.unit not in (None, "percent", "count", "mixed")
                if money and cell.text.rstrip().endswith("%"):
                    # a share beside the money ("Aandeel N%"), in euros or in a column's
                    # own currency ("in mld gulden JJJJ" over "N%"): no money
                    own = PERCENT
                elif cell.text[-1:].isalpha() and (printed := scale_in_cells([cell])):
                    own = printed  # "€ 12,5 mln": the cell says its scale, whatever the rest
                cells.append(
                    {
                        "table_id": table_id,
                        "row_id": row_ids[index],
                        "row_order": index + 1,
                        "row_label": row.label,
                        "row_line": row.line,
                        "row_group": row.group,
                        "parent_row_id": None if parent is None else row_ids[parent],
                        "parent_row_label": (
                            None if printed_parent is None else table.rows[printed_parent].label
                        ),
                        "level": levels[index],
                        "adds_up": None if parent is None else not partial[index],
                        "column_label": cell.column_label,
                        "column_order": cell.column_order,
                        "year": years[cell.column_label],
                        "value": plain_number(cell.value),
                        "value_eur": _euros(cell.value, own),
                        "value_text": cell.text,
                        "unit": own.unit,
                        "unit_label": own.label,
                        "scale_factor": own.factor,
                        "line": cell.line,
                        "column": cell.column,
                    }
                )
    return tables, cells
