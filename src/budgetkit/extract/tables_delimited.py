"""Tables whose cells a tab, a semicolon or a CSV's comma parts, read as pipe tables are.

An HTML table copied as text prints a tab between its cells ("1<TAB>Volksgezondheid<TAB>
612.430<TAB>598.210"), an empty cell as nothing between two tabs; a CSV download pasted into
a page parts them by ";" and quotes a field that holds one ('"Bijstand, Participatiewet en
Toeslagenwet"', the quotes no part of the text), or by "," as a spreadsheet exports it
with Dutch display formatting: every field holding a decimal comma quoted ('"5,8%"',
'"Indexatie 2026 (3,1%)"'), the others bare ("€ 1.304.118"). A comma parts two fields only
on a line that is a CSV record as a writer makes it, read by the csv module: no field
opening or ending in a space, which each comma of prose puts after it, and every field
holding a comma quoted (an unquoted "5,8" is two fields, so its row's count is off and the
table ends there). Either way the separator, not the spaces,
tells the columns, so the first line of a run of such lines heads them, one column per
field, and each line under it is a row, its fields under the headings in order: a row of
fewer fields is a group line or leaves its last cells empty, and rows of one field more
than the heading open with a field it leaves out (the corner, a code). The columns are then
read as a pipe table's are (``tables_pipes.table_of_cells``): the label columns (a code
before the name joins the label), the value columns and their names.
"""

from __future__ import annotations

import csv
import re

from budgetkit.extract.tables_model import RawTable
from budgetkit.extract.tables_pipes import Cells, table_of_cells
from budgetkit.extract.tables_tokens import is_column, is_value

#: The separators read, and whether a field may be quoted (a CSV's).
SEPARATORS = {"\t": False, ";": True, ",": True}
#: Fewest columns a heading line parts: two fields are a label and one value, as prose and
#: a line with one tab print them as well.
MIN_COLUMNS = 3
#: Two commas on a line, the fewest a heading line of ``MIN_COLUMNS`` comma-parted fields
#: holds: the lines to try found by one regex scan (most lines holding a comma hold one).
TWO_COMMAS = re.compile(r",[^\n,]*,")
#: Fewest rows with a value under a heading line.
MIN_ROWS = 2


def split_cells(line: str, separator: str, quoted: bool) -> Cells:
    """(text, 1-based column) of each field of a line, empty fields included; where
    ``quoted``, a field in double quotes may hold the separator and prints a quote as two
    (the quotes are no part of the text, its column the first character inside them). A
    line a comma parts is read by ``csv_record``: no fields where it is none."""
    if separator == ",":
        return csv_record(line) or []
    cells: Cells = []
    at = 0
    while True:
        while at < len(line) and line[at] in " \xa0":
            at += 1
        if quoted and at < len(line) and line[at] == '"':
            column = at + 2  # the first character inside the quote
            text, at = _quoted(line, at + 1)
            cells.append((text, column))
            end = line.find(separator, at)
        else:
            end = line.find(separator, at)
            raw = line[at:] if end < 0 else line[at:end]
            text = raw.strip()
            cells.append((text, at + raw.find(text) + 1 if text else at + 1))
        if end < 0:
            return cells
        at = end + 1


def csv_record(line: str) -> Cells | None:
    """(text, 1-based column) of each field of a line that is a record of a comma-separated
    file as the csv module reads it, None where it is none: a quote left open, or a bare
    field opening or ending in a space (prose: "Wij hebben, zoals gezegd, ..."). A quoted
    field's column is its first character inside the quotes."""
    if _spaced_bare(line):
        return None  # told before parsing
    try:
        [fields] = list(csv.reader([line], strict=True))
    except (csv.Error, ValueError):
        return None
    cells: Cells = []
    at = 0
    for field in fields:
        if line[at : at + 1] == '"':
            cells.append((field, at + 2))
            at += len(field) + field.count('"') + 2  # its quotes, each inner one doubled
        elif field != field.strip():
            return None
        else:
            cells.append((field, at + 1))
            at += len(field)
        if line[at : at + 1] not in (",", ""):
            return None  # not printed as the csv module writes it: no reading kept
        at += 1
    return cells if at >= len(line) else None


def _spaced_bare(line: str) -> bool:
    """Whether a line without quotes holds a comma beside a space: a bare field opening or
    ending in one, which ``csv_record`` refuses (prose, "Wij hebben, zoals gezegd, ...")."""
    return '"' not in line and (", " in line or " ," in line)


def _quoted(line: str, at: int) -> tuple[str, int]:
    """(text, index after the closing quote) of a quoted field opening at ``at``."""
    text = []
    while at < len(line):
        if line[at] == '"':
            if line[at + 1 : at + 2] == '"':
                text.append('"')
                at += 2
                continue
            return "".join(text), at + 1
        text.append(line[at])
        at += 1
    return "".join(text), at


def _heads(cells: Cells) -> bool:
    """Whether a line's fields head columns: three or more, none a value unless a period
    ("2024", "Totaal"), at least two of them printed."""
    texts = [text for text, _col in cells if text]
    return (
        len(cells) >= MIN_COLUMNS
        and len(texts) >= 2
        and all(is_column(text) or not is_value(text) for text in texts)
    )


def read_delimited_tables(lines: list[str], holding: dict[str, list[int]]) -> list[RawTable]:
    """Every table of fields parted by a tab, a ";" or a ","; ``holding``: for each
    separator, the (0-based, ascending) indexes of the lines holding it (a comma: two,
    ``TWO_COMMAS``)."""
    tables: list[RawTable] = []
    for separator, quoted in SEPARATORS.items():
        end = 0
        for index in holding.get(separator, []):
            # a heading line parts ``MIN_COLUMNS`` fields or more, so holds a separator less
            # (a quoted field holds more): told by a count before the line is split (most
            # lines holding a ";" are prose, one in a sentence)
            line = lines[index]
            if index < end or line.count(separator) < MIN_COLUMNS - 1:
                continue
            if separator == "," and _spaced_bare(line):
                continue  # prose, as most lines holding two commas are: no split
            heading = split_cells(line, separator, quoted)
            if not _heads(heading):
                continue
            below = index + 1
            first = split_cells(lines[below], separator, quoted) if below < len(lines) else []
            if len(first) == len(heading) + 1:
                # the rows open with a field the heading leaves out, its corner or a code
                # ("2024<TAB>2025" over "Zorg<TAB>900<TAB>950", "Omschrijving<TAB>Uitgaven"
                # over "1<TAB>Zorg<TAB>900")
                heading = [("", 1), *heading]
            width = len(heading)
            parsed: list[tuple[int, Cells]] = []
            i = below
            while i < len(lines) and separator in lines[i]:
                cells = split_cells(lines[i], separator, quoted)
                if len(cells) > width or (quoted and len(cells) != width):
                    break  # a CSV's rows print every field; a copy may leave the last out
                parsed.append((i, cells))
                i += 1
            valued = sum(1 for _i, cells in parsed if any(is_value(t) for t, _c in cells[1:]))
            if valued < MIN_ROWS:
                continue
            table = table_of_cells(lines, [heading], parsed, width, index, index + 1)
            if table is not None:
                tables.append(table)
                end = i
    return tables
