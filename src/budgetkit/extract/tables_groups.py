"""Lines without values that head a group of rows.

Between a table's rows, and right above its column heading line, short lines without cells
name the rows under them ("Vaste activa", "Programma 1 Bestuur en dienstverlening",
"Mutaties 1e suppletoire begroting 2024"). Telling such a line from a row, from prose and
from a caption is one test (``is_group``), asked by the row reader, the readers of headings
over several lines and the layout's finder of tables; this module holds it and the two
places it is asked about: a group from the margin and the groups above a heading line.
"""

from __future__ import annotations

import re

from budgetkit.extract.tables_code_columns import CODE
from budgetkit.extract.tables_row_values import CELL, MAX_LABEL
from budgetkit.extract.tables_titles import MAX_HEADINGS, label_rest, nonblank_before
from budgetkit.extract.tables_tokens import CAPTION, DASHES, is_column_number
from budgetkit.extract.tables_units import read_unit
from budgetkit.extract.tables_vocabulary import JOINING_END

#: A dash or bullet opening a line (an item, "- Waarvan ..."): no nil cell.
_BULLET = re.compile(rf"^[{DASHES}•][ \t\xa0]+")
#: A year ending a line after a word: part of a group heading, not a cell.
_LAST_YEAR = re.compile(r"(?<=[^\W\d])[ \t\xa0]+(?:19|20)\d\d$")
#: Initials ending a name, a legal form ("Energiefonds NH U.A.", "Houdstermaatschappij
#: B.V."): their last full stop ends no sentence.
_INITIALS_END = re.compile(r"(?<!\S)(?:[A-Z]\.){2,}$")
#: A word of a name (three letters at least): what follows the number of a named group.
_NAME_WORD = re.compile(r"[^\W\d_]{3,}")
#: A column's number with the formula computing it from others, printed spaced ("(3) = (2)
#: – (1)", "(4) = (1) + (2) + (3)"): its dash is an operator, no nil cell.
_FORMULA = re.compile(r"(?<!\S)\(\d{1,2}\)(?: ?[=+\-–−] ?\(\d{1,2}\))+(?!\S)")
#: A sentence ending inside the line and the next one going on after it: a full stop after
#: a lower-case word (group 1; no abbreviation's dotted letters before it, "t.b.v."), then a
#: capital opening a clause ("... gepubliceerd. De belangrijkste", "per jaar. Dat is"). An
#: abbreviation before a one-word name ("subsidie aan prov. Utrecht") has no lower-case word
#: after it; one before a longer name is told by its length (``_SHORT_FORM``).
_SENTENCE_INSIDE = re.compile(
    r"(?<![\w.])([a-zà-ÿ]{3,})\.[ \t\xa0]+[A-Z][a-zà-ÿ]*[ \t\xa0]+[a-zà-ÿ]{2,}"
)
#: The most letters of a short form a table's labels print with a full stop before a name
#: and its lower-case words ("Overige uitg. Sociaal domein", "Afschrijvingen mat. Vaste
#: activa", "Bijdragen resp. Gemeenten en provincies", "excl.", "incl."): after such a word
#: the stop ends a sentence only in a line of prose's length (``_PROSE_WORDS``).
_SHORT_FORM = 4
#: The fewest words of a line of prose wrapped line by line: a group heading names its rows
#: in fewer ("€ 50 miljoen per jaar. Dat helpt de gemeenten" is prose).
_PROSE_WORDS = 7


def is_group(text: str, inside: bool = False) -> bool:
    """A short line without cells (an opening dash is an item's): the heading of the rows
    under it, or a label's first line (``wrapped_labels``). It may end in a year,
    which names the budget it heads ("Mutaties 1e suppletoire begroting 2024"), or in the
    initials of a legal form ("Ontwikkelingsfonds NH U.A."), and, between
    a table's rows (``inside``), in a colon ("Belangrijkste mutaties:"); above a table a
    line ending in a colon introduces it in prose, and one ending in a question mark titles
    the page's part ("Wat mag het kosten?"). A line in which one sentence ends and the next
    goes on is prose, whatever it ends in: a text layer printing a letter's sentences line
    by line under a letterhead's date or a running head's."""
    text = text.strip()
    if not 0 < len(text) <= MAX_LABEL or CAPTION.match(text) is not None:
        return False
    ended = text.endswith((".", ";") if inside else (".", ":", ";", "?"))
    if ended and _INITIALS_END.search(text) is None:
        return False
    if "." in text and _sentence_inside(text):
        return False  # prose wrapped line by line, a sentence ending inside the line
    words = _FORMULA.sub("", _LAST_YEAR.sub("", _BULLET.sub("", text)))
    # a number inside the words is part of the name when words follow it ("Programma 1
    # Bestuur en dienstverlening"), or a word joining it to the next line ("Kasschuif naar
    # 2027 en" / "latere jaren   – 120,0": a label's first line, its values on its last); a
    # row ends in its cells (or a "V"/"N" after them)
    cells = list(CELL.finditer(words))
    if not cells:
        return True
    after = words[cells[-1].end() :]
    return _NAME_WORD.search(after) is not None or JOINING_END.search(after.lower()) is not None


def _sentence_inside(text: str) -> bool:
    """Whether a sentence ends inside the line and the next goes on: a stop after a word
    longer than a short form, or after any word in a line as long as prose. A short form's
    stop before a name ("Uitgaven incl. Btw compensatiefonds") reads the same as a short
    word's ending a sentence ("per jaar. Dat is"); only prose runs on for a line's length."""
    long = len(text.split()) >= _PROSE_WORDS
    return any(long or len(m.group(1)) > _SHORT_FORM for m in _SENTENCE_INSIDE.finditer(text))


def margin_group(line: str) -> bool:
    """Whether a line is a group heading from the margin ("Programma 2 Bereikbaarheid"): a
    number in its words names the group, it is no cell under a heading."""
    return not line[:1].isspace() and "\t" not in line and is_group(line)


def coded_group(line: str, row: str) -> bool:
    """Whether a line is a group heading set in past a column of codes ("         Lasten"
    over "1        Bestuur en dienstverlening   18.412 ..."): a group's words (``is_group``)
    starting where the label of ``row``, the first row under it, starts after the code that
    row prints at the margin, padding between them. A value-less heading leaves the code
    column's cell empty, so it stands in the labels' column, not at the margin; one set in
    anywhere else (a row's label wrapped, prose indented) is none."""
    words = line.lstrip()
    indent = len(line) - len(words)
    code = CODE.match(row)
    return (
        indent > 0
        and "\t" not in line
        and code is not None
        and row[code.end() : indent].isspace()
        and indent - code.end() > 1
        and row[indent : indent + 1].strip() != ""
        and is_group(words)
    )


def groups_above(lines: list[str], index: int, floor: int) -> list[int]:
    """Short heading lines right above a column heading line (stacked block headings). A
    line's length is its words': the padding between its runs is the room of the columns
    they stand over, as wide as the table ("(1) Oorspronkelijk vastgestelde" ... "(3)
    Verschil realisatie en oorspronkelijk" over nine columns). The line of the groups'
    numbers alone over as many lines as that ("(1)  (2)  (3)=(2)-(1)" over three lines of
    names) is theirs too: it numbers the names, and read as the title it lost them. So is a
    group's own number printed on a line of its own above its name ("(1)" / "Vastgestelde
    begroting" / "(2)" / "Mutaties 1e suppletoire begroting"): only the lines of names count
    to ``MAX_HEADINGS``."""
    above: list[int] = []
    names = 0
    # each line of names under a line of its number, and a line of numbers over them all
    for i in nonblank_before(lines, index, 2 * MAX_HEADINGS + 1):
        words = " ".join(lines[i].split())
        if i < floor or read_unit(lines[i], 0) or label_rest(lines, i):
            break
        if not (is_group(words) or _numbered_group_line(words)):
            break
        numbers = numbers_alone(words)
        if names == MAX_HEADINGS and not numbers:
            break
        above.append(i)
        names += not numbers
    return above[::-1]


#: A group's number opening its name on a line one space apart ("(2) Mutaties (+ of –)"),
#: maybe with the formula computing its columns ("(3)=(2)-(1) Verschil"); group 1: the number.
_NAME_NUMBER = re.compile(r"(?<!\S)\((\d{1,2})\)(?:\s?=\s?\S+)?(?= )")


def numbered_names(text: str) -> tuple[str, list[str]] | None:
    """(corner, names) of a line printed one space apart whose names each open with their
    group's number, counting from 1 ("Art. Omschrijving (1) Vastgestelde begroting (2)
    Mutaties (+ of –) 1e suppletoire begroting"): each name runs from its number to the
    next, the words before the first are the corner's. None where no number opens a name
    or the numbers are not 1, 2, ...."""
    marks = list(_NAME_NUMBER.finditer(text))
    if not marks or [int(m.group(1)) for m in marks] != list(range(1, len(marks) + 1)):
        return None
    ends = [m.start() for m in marks[1:]] + [len(text)]
    names = [text[m.start() : end].strip() for m, end in zip(marks, ends, strict=True)]
    return text[: marks[0].start()].strip(), names


def _numbered_group_line(text: str) -> bool:
    """Whether a line names two groups or more of columns, each opening with its number
    (``numbered_names``), each name and the corner before them, if any, a group's heading
    (``is_group``): a begrotingsstaat printed without layout names its three groups ("(1)
    <Kop> (2) <Kop> (3) <Kop>") on one line over their leaves, which may be longer than
    any one heading."""
    numbered = numbered_names(text)
    if numbered is None:
        return False
    corner, names = numbered
    return len(names) >= 2 and all(map(is_group, [*names, corner] if corner else names))


def numbers_alone(text: str) -> bool:
    """Whether a line prints column numbers alone, a formula among them maybe ("(1) (2)
    (3)=(2)-(1)", "(1) (2) (3) = (2) – (1)", "(2)")."""
    numbers = _FORMULA.sub("(0)", text).split()
    return bool(numbers) and all(map(is_column_number, numbers))
