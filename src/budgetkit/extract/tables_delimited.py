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
than the heading open with a field it leaves out (the corner, a code), or, under a
heading that prints its corner empty over rows of a label and values, end with one (a note
column it leaves unnamed). Empty fields before a row's label that make it wider than the
rows opening with theirs are its indent, a level a field, no cells. A line of group
headings may stand over that heading, each group printed once where a browser flattens its
span ("<TAB>Realisatie<TAB>Begroting" over "<TAB>2022<TAB>2023<TAB>2023"): the years part
into its groups as repeated years do. Where the corner spans both heading rows, the
browser prints it on the first line only, beside the groups, and the line under it holds
the periods alone ("Art.<TAB>Realisatie<TAB>Raming" over "2023<TAB>...<TAB>2029"): the
periods part into the groups alike, or, one run of years under several groups, take them
from the budget's year (``_periods_alone``). The
columns are then read as a pipe table's are (``tables_pipes.table_of_cells``): the label
columns (a code before the name joins the label; a column of words the heading names
between the label and the values, "Programma", is each row's text cell), the value columns
and their names. The
tab fields are the cells: a reading of the same lines by their spaces never wins over
theirs (``RawTable.tabbed``), which split a label ending in a year into a label and a
value.
"""

from __future__ import annotations

import csv
import re

from budgetkit.extract.tables_cell_groups import name_lost_groups
from budgetkit.extract.tables_cell_headings import bare_years_before_numbered
from budgetkit.extract.tables_column_groups import leaf_groups, run_names, unnumbered
from budgetkit.extract.tables_model import RawTable
from budgetkit.extract.tables_pipes import Cells, corner_heading, table_of_cells
from budgetkit.extract.tables_tokens import is_column, is_value, is_year_heading
from budgetkit.extract.tables_vocabulary import heading_kind

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
#: Most group lines, holding no separator, one after the other among a table's rows.
MAX_GROUP_LINES = 3
#: Longest text of a group line: a longer one is prose.
MAX_GROUP_TEXT = 80


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


def _fields(lines: list[str], index: int, separator: str, quoted: bool) -> Cells:
    """The fields of line ``index`` (0-based), none past the text's end."""
    return split_cells(lines[index], separator, quoted) if index < len(lines) else []


def _leaves_under(cells: Cells, heading: Cells) -> bool:
    """Whether a line under a heading line heads the columns too, under groups the heading
    names: its corner field empty, each field it prints a period or words, and at least as
    many fields as the heading ("<TAB>2022<TAB>2023<TAB>2023" under "<TAB>Realisatie
    <TAB>Begroting<TAB>Noot", each group's span flattened to one field), or fewer under a
    heading that prints a group's span as empty fields over it ("<TAB>2022<TAB>2023<TAB>
    2024<TAB>2024" under "<TAB>Realisatie<TAB><TAB><TAB>Begroting<TAB>Noot"): that
    heading's fields stand over the columns one each, so the columns past the line's last
    field are ones it leaves unnamed (a note column). Read as a row, the years were values
    and the groups the columns' only names."""
    if not cells or cells[0][0] or not _heads(cells):
        return False
    return len(cells) >= len(heading) or any(not text for text, _col in heading[2 : len(cells)])


def _periods_alone(heading: Cells, leaves: Cells) -> tuple[Cells, Cells, list[str]] | None:
    """(group row, leaf row, group names whose spans are lost) of a heading of two rows whose
    corner cells span both: a browser prints those cells on the first line only, so the line
    under it holds the periods alone, no field for the corner ("Art.<TAB>Bedragen x € 1.000
    <TAB>Realisatie<TAB>Raming" over "2023<TAB>2024<TAB>...<TAB>2029"). The first line's
    corner is its first field, printed empty too where the corner cell is blank
    ("<TAB>Realisatie<TAB>..." over "2014<TAB>..."), and the code, unit and label headings
    after it ("Art.", "Bedragen x € 1.000", "Omschrijving"); the rest name the groups, each
    printed once. Where the periods part into as many runs as there are names (repeated
    years: "Realisatie<TAB>Vastgestelde begroting<TAB>Verschil" over "2015 ... 2019<TAB>
    2019<TAB>2019"), each run takes its name, and a last name of a text or note column
    ("Ref.") heads a column after them; one name heads every period (``run_names``; more
    runs than names name none); more names over one run of years lost their spans, which
    the budget's year may tell (``name_lost_groups``). Read as the
    corner's heading over a row of years, the years were values and the columns went
    unnamed. None for any other pair of lines."""
    years = [text for text, _col in leaves]
    # a period may print its column's number in its field ("2023 (1)" / "2023 (2)" /
    # "2023 (3)=(1)-(2)", a jaarverslag's numbered stages): a period still
    if len(years) < 2 or not all(is_year_heading(unnumbered(year)) for year in years):
        return _words_alone(heading, leaves)
    corner = 1
    while corner < len(heading) and corner_heading(heading[corner][0]):
        corner += 1
    names = [text for text, _col in heading[corner:]]
    while names and not names[-1]:
        names.pop()  # a column set apart and blanked (notes' numbers): the rows' last field
    if not names or not all(names):
        return None
    runs = _stage_printed_again(years, leaf_groups(years), names)
    after = names[runs[-1] + 1 :]
    if runs[-1] == 0 and len(names) > 1:  # no row of groups: the corner heads the labels
        return [], [*heading[:corner], *leaves], names
    if len(names) > 1 and (len(after) > 1 or not all(map(heading_kind, after))):
        return None
    if (named := run_names(names[: len(names) - len(after)], runs)) is None:
        return None
    over = [(name, col) for name, (_text, col) in zip(named, leaves, strict=True)]
    ends = [
        (name, col)
        for name, (_text, col) in zip(after, heading[corner + runs[-1] + 1 :], strict=False)
    ]
    top = [*heading[:corner], *over, *ends]
    bottom = [
        *(("", col) for _text, col in heading[:corner]),
        *leaves,
        *(("", col) for _n, col in ends),
    ]
    return top, bottom, []


def _stage_printed_again(years: list[str], runs: list[int], names: list[str]) -> list[int]:
    """The runs of the periods (``leaf_groups``) under group ``names`` printed once each,
    where the names are one more than the runs, the last no code or text column's, and the
    first run's bare years, each later than the one before, end in a period printing its
    column's number ("2020<TAB>2021<TAB>2022<TAB>2023 (1)<TAB>2023 (2)<TAB>..." under
    "Realisatie<TAB>Realisatie<TAB>Vastgestelde begroting<TAB>Verschil",
    ``bare_years_before_numbered``: the numbers counting from 1, the years rising): a jaarverslag
    printing its first stage again over the numbered year, so that period is a run of its
    own and the bare years the first name's. Read as one run, the names were too many for
    the runs and every column lost its group. Otherwise the runs as they are."""
    last = runs.index(1) - 1 if 1 in runs else len(runs) - 1
    if (
        len(names) != runs[-1] + 2
        or heading_kind(names[-1])
        or last < 1
        or bare_years_before_numbered(years) != last
    ):
        return runs
    return [*runs[:last], *(run + 1 for run in runs[last:])]


def _words_alone(heading: Cells, leaves: Cells) -> tuple[Cells, Cells, list[str]] | None:
    """(group row, leaf row, no lost names) of a two-row heading whose corner cells span
    both over groups of worded columns: as over periods (``_periods_alone``), the line
    under it prints the leaves alone ("Art.<TAB>Omschrijving<TAB>Ontwerpbegroting" over
    "Verplichtingen<TAB>Uitgaven<TAB>Ontvangsten", a begrotingsstaat). The first line is
    its corner, the first field and the corner's headings after it ("Art.",
    "Omschrijving", ``corner_heading``), then the groups' names, each printed once; the
    leaves are words, none a value. One name heads every leaf; several part the leaves
    where a leaf repeats one of its group ("(1) Vastgestelde begroting<TAB>(2) Mutaties"
    over "Verplichtingen<TAB>Uitgaven<TAB>Ontvangsten" twice, ``leaf_groups``), one name a
    run. Read as the corner over a row, the leaves were a row of labels and the values
    stood under the corner's names. None for any other pair of lines: names that are not
    as many as the runs do not tell which leaves each spans."""
    if len(leaves) < 2 or not all(text and not is_value(text) for text, _col in leaves):
        return None
    corner = 1
    while corner < len(heading) - 1 and corner_heading(heading[corner][0]):
        corner += 1
    names = [text for text, _col in heading[corner:]]
    if not all(names):
        return None
    named = run_names(names, leaf_groups([text for text, _col in leaves]))
    if named is None:
        return None
    top = [*heading[:corner], *((name, col) for name, (_t, col) in zip(named, leaves, strict=True))]
    bottom = [*(("", c) for _t, c in heading[:corner]), *leaves]
    return top, bottom, []


def _group_over_leaves(lines: list[str], index: int, separator: str, quoted: bool) -> bool:
    """Whether line ``index``, of two fields (fewer than ``MIN_COLUMNS``), heads a table as
    its corner and one group's name over worded leaves the line under it prints alone
    ("Programma<TAB>Begroting 2025" over "Lasten<TAB>Baten<TAB>Saldo", ``_words_alone``):
    the group's span lost, the line prints as few fields as a label and its value do, so
    it is taken only with such a leaves line under it, its two fields printed and neither
    a value unless a period, and the first row under them printing the corner's field and
    one per leaf (a line of two fields over a heading line of its own, "Bron<TAB>CBS" over
    "Programma<TAB>Lasten<TAB>Baten", has rows as wide as that heading)."""
    # (the leaves line and the first row under it print two fields or more each: neither
    # without the separator, the line is told at once, no field split)
    if (
        index + 2 >= len(lines)
        or separator not in lines[index + 1]
        or separator not in lines[index + 2]
    ):
        return False
    heading = split_cells(lines[index], separator, quoted)
    if len(heading) != 2 or not all(
        text and (is_column(text) or not is_value(text)) for text, _col in heading
    ):
        return False
    leaves = _fields(lines, index + 1, separator, quoted)
    first = _fields(lines, index + 2, separator, quoted)
    return len(first) == 1 + len(leaves) and _words_alone(heading, leaves) is not None


def _group_line(lines: list[str], index: int, separator: str, quoted: bool) -> bool:
    """Whether line ``index``, holding no separator, is a group row among a table's rows:
    a cell spanning every column ("Beleidsartikelen" over "1<TAB>Kabinet<TAB>9.412"), which a
    browser copies as its text alone, no tab, as it does a value-less heading of the rows
    under it. Taken only as a short text, no value nor a sentence, with a row printing a
    value right under it, or under the group lines that follow it (a group within a
    group): a note or a title after the table's last row stands over prose, a blank line,
    or another table's heading, whose fields print no value. Read as the table's end, the
    rows under the group were lost, or, the group first under the heading, every row."""
    for k in range(index, min(index + MAX_GROUP_LINES, len(lines))):
        text = lines[k].strip()
        if separator in lines[k]:
            cells = split_cells(lines[k], separator, quoted)
            return k > index and any(is_value(t) for t, _col in cells[1:])
        if not text or len(text) > MAX_GROUP_TEXT or text.endswith(".") or is_value(text):
            return False
    return False


def _printed_corner_off(heading: Cells, leaves: Cells) -> Cells:
    """The periods of a line under a heading whose corner spans both heading rows but is
    printed in the upper row only, the lower one opening with an empty field for each of
    its cells ("Art.<TAB>Omschrijving<TAB>Realisatie<TAB>..." over "<TAB><TAB>2021<TAB>
    ..."): the corner printed (its first field a word), two cells of it at least (the code
    and the labels' headings, ``corner_heading``), as many empty fields opening the line,
    then periods alone. Read as leaves under groups printed a field each
    (``_leaves_under``), the groups went over the wrong columns. Empty for any other line:
    one empty field under a blank corner is that reading's own form."""
    corner = 1
    while corner < len(heading) and corner_heading(heading[corner][0]):
        corner += 1
    if corner < 2 or not heading[0][0] or len(leaves) <= corner + 1:
        return []
    if any(text for text, _col in leaves[:corner]):
        return []
    periods = leaves[corner:]
    if not all(is_year_heading(unnumbered(text)) for text, _col in periods):
        return []
    return periods


def _widened(heading: Cells, first: Cells, end: int) -> Cells:
    """The heading of rows that print one field more than it: where it prints its corner,
    or the rows a code before their names, the field it leaves out opens the rows
    ("2024<TAB>2025" over "Zorg<TAB>900<TAB>950", "Omschrijving<TAB>Uitgaven" over
    "1<TAB>Zorg<TAB>900"); under an empty corner over rows of a label and then values, it
    ends them, a column the line does not name ("Noot", named on a group line above, or
    a mark): read as opening them, every value stood a column left of its heading. ``end``:
    the 1-based column after the heading line's text."""
    if heading[0][0] or (len(first) > 1 and first[1][0] and not is_value(first[1][0])):
        return [("", 1), *heading]
    return [*heading, ("", end)]


def _values_under_leaves(leaves: Cells, rows: list[Cells]) -> bool:
    """Whether the first row printing a value opens its values in the field of the first
    leaf (``leaves``: the periods under a corner spanning both heading rows, its fields
    empty before them): the corner names every field before the values ("Art.<TAB>
    Omschrijving" over a code and a label), so the field the rows print more ends them, a
    column of notes' numbers the line leaves unnamed. Read as opening them, every value
    stood a column right of its heading."""
    first = next((k for k, (text, _col) in enumerate(leaves) if text), None)
    for cells in rows:
        at = next((k for k, (text, _col) in enumerate(cells) if k and is_value(text)), None)
        if at is not None:
            return at == first
    return False


def _indents(rows: list[Cells]) -> list[int]:
    """How many empty fields indent each row: a copy of a table that indents its parts prints
    an empty field a level before their labels ("<TAB>Jeugdhulp<TAB>41.250" under
    "Uitgaven<TAB>448.950"), so they print more fields than the rows that open with their
    labels, the extra ones first and empty. Read as cells, the label stood under the first
    value column and the row ended the table (or, being the first row, opened every row
    with an empty column). None where no row opens with a label to measure them by (a code
    column: "<TAB>Totaal" under "Art.<TAB>Omschrijving" prints its code empty), nor past
    as many fields as those rows print at most (a row as wide is a code's or a note's)."""
    widths = [len(cells) for cells in rows if cells and cells[0][0] and not is_value(cells[0][0])]
    if not widths:
        return [0] * len(rows)
    widest = max(widths)
    indents = []
    for cells in rows:
        depth = next((k for k, (text, _col) in enumerate(cells) if text), 0)
        opens = depth > 0 and not is_value(cells[depth][0]) and len(cells) - depth <= widest
        indents.append(depth if opens and len(cells) > widest else 0)
    return indents


def _spread(groups: Cells, leaves: Cells) -> list[Cells]:
    """The group headings over the columns ``leaves`` heads, as heading rows for
    ``table_of_cells`` (none where there are none, or their spans cannot be told). A group
    line of as many fields as the leaves names each column (a span's other fields empty);
    one of fewer prints each group once, its span lost: the printed leaves part into runs
    as a line of group headings over repeated years does (``leaf_groups``: "2019 ... 2023
    2023 2023", three), each run under the next name, and each column the leaves leave
    unnamed after them under one name more where there is one ("Noot"). Where the corner
    spans both heading rows over several cells ("Art.<TAB>Omschrijving<TAB>(1) <naam>" over
    "<TAB><TAB>Verplichtingen<TAB>Uitgaven<TAB>..."), the leaves open with an empty field
    for each, and the group line's cells over them are the corner's (``corner_heading``),
    no group's: read as groups, they left the leaves' runs a name too many and every
    column lost its group. None either where no leaf after the first prints a name."""
    if not groups:
        return []
    if len(groups) >= len(leaves):
        return [groups]
    texts = [text for text, _col in leaves]
    corner = next((k for k, text in enumerate(texts) if k and text), None)
    if corner is None:
        return []  # no leaf after the first names a column: no run for a group to head
    printed = max(k for k, text in enumerate(texts) if text) + 1
    if corner >= len(groups) or not all(corner_heading(t) for t, _col in groups[1:corner]):
        return []
    if not all(texts[corner:printed]):
        return []
    runs = leaf_groups(texts[corner:printed])
    names = [text for text, _col in groups[corner:] if text]
    after = names[runs[-1] + 1 :]  # the names of the columns after the leaves
    named = run_names(names[: len(names) - len(after)], runs)
    if named is None or len(after) not in (0, len(texts) - printed):
        return []
    over = named + (after or [""] * (len(texts) - printed))
    spans = zip(over, leaves[corner:], strict=True)
    return [[*groups[:corner], *((name, col) for name, (_t, col) in spans)]]


def read_delimited_tables(
    lines: list[str], holding: dict[str, list[int]], budget_year: int | None = None
) -> list[RawTable]:
    """Every table of fields parted by a tab, a ";" or a ","; ``holding``: for each
    separator, the (0-based, ascending) indexes of the lines holding it (a comma: two,
    ``TWO_COMMAS``); ``budget_year``: the document's, which parts group headings whose spans
    the text lost (``name_lost_groups``)."""
    tables: list[RawTable] = []
    for separator, quoted in SEPARATORS.items():
        end = 0
        for index in holding.get(separator, []):
            # a heading line parts ``MIN_COLUMNS`` fields or more, so holds a separator less
            # (a quoted field holds more): told by a count before the line is split (most
            # lines holding a ";" are prose, one in a sentence)
            line = lines[index]
            count = line.count(separator)
            if index < end or count < MIN_COLUMNS - 2:
                continue
            if count < MIN_COLUMNS - 1 and not _group_over_leaves(lines, index, separator, quoted):
                continue
            if separator == "," and _spaced_bare(line):
                continue  # prose, as most lines holding two commas are: no split
            heading = split_cells(line, separator, quoted)
            if count >= MIN_COLUMNS - 1 and not _heads(heading):
                continue
            below = index + 1
            groups: Cells = []
            spread: Cells = []
            lost: list[str] = []
            leaves = _fields(lines, below, separator, quoted)
            corner_off = _printed_corner_off(heading, leaves)
            if corner_off and (alone := _periods_alone(heading, corner_off)) is not None:
                spread, heading, lost = alone
                below += 1
            elif _leaves_under(leaves, heading):
                groups, heading, below = heading, leaves, below + 1
            elif (alone := _periods_alone(heading, leaves)) is not None:
                spread, heading, lost = alone
                below += 1
            run: list[Cells] = []
            while below + len(run) < len(lines) and (
                separator in lines[below + len(run)]
                or _group_line(lines, below + len(run), separator, quoted)
            ):
                run.append(split_cells(lines[below + len(run)], separator, quoted))
            indents = _indents(run)
            run = [cells[depth:] for cells, depth in zip(run, indents, strict=True)]
            if run and len(run[0]) == len(heading) + 1:
                past = len(lines[below - 1]) + 1  # the column past the heading line's end
                if spread and _values_under_leaves(heading, run):
                    widened = [*heading, ("", past)]
                else:
                    widened = _widened(heading, run[0], past)
                if spread:  # the groups' row widened alike
                    opened = widened[1:] == heading
                    spread = [widened[0], *spread] if opened else [*spread, widened[-1]]
                heading = widened
            width = len(heading)
            parsed: list[tuple[int, Cells]] = []
            for i, cells in enumerate(run, below):
                if len(cells) > width or (quoted and len(cells) != width):
                    break  # a CSV's rows print every field; a copy may leave the last out
                parsed.append((i, cells))
            valued = sum(1 for _i, cells in parsed if any(is_value(t) for t, _c in cells[1:]))
            if valued < MIN_ROWS:
                continue
            heads = [spread, heading] if spread else [*_spread(groups, heading), heading]
            table = table_of_cells(lines, heads, parsed, width, index, below, texts_apart=True)
            if table is not None:
                if lost:
                    table.lost_groups = lost
                    name_lost_groups(table, budget_year)
                if any(indents):
                    for row in table.rows:
                        row.indent = indents[row.line - 1 - below]
                table.tabbed = separator == "\t"
                tables.append(table)
                end = below + len(parsed)
    return tables
