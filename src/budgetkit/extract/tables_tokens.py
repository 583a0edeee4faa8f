"""The smallest pieces of a printed table: a cell value, a column heading, a caption.

Every layout (one cell per line, one row per line, pipe tables) is read with the same token
grammar, so a number means the same thing whichever way the table was flattened. The grammar
covers the printed forms of Dutch budget tables: dot or (narrow) space thousands separators,
a decimal comma, the four dashes used as a minus sign (``-``, ``–``, ``‒``, ``−``, with or
without a space before the digits) and the accountant's ``-/-``, a plus sign (``+ 50,0``,
a mutation that adds), the accountant's minus after the figure (``1.250-``, ``1.250 -``,
``1.250 -/-``), a euro sign inside the cell (before or after the sign), percentages (also
``%%``, ``72 %``), and the ``...`` and ``n.v.t.`` of a cell that has no figure.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise

from budgetkit.extract import months
from budgetkit.extract.tables_units import SCALE_WORDS

#: "Tabel 15 Budgettaire ...", "Tabel 1. Confrontatie ...", "Tabel B1: ..." starting a line;
#: an appendix's letter may stand apart from the number by a point ("Tabel B.2 ...").
CAPTION = re.compile(
    r"^[ \t\xa0]*Tabel[ \t\xa0]+(?P<number>(?:[A-Z]\.?)?\d+(?:\.\d+)*[a-z]?)[.:]?(?:[ \t\xa0]+|$)"
)

#: A chart's caption ("Figuur 3   Fouten en onzekerheden ...", "Grafiek 2.1: ...") starting a
#: line: the numbers a text layer prints under it are the chart's axis (ticks "500" / "250" /
#: "0", then its years on one line), no row of which the caption is the label.
FIGURE_CAPTION = re.compile(
    r"^[ \t\xa0]*(?:Figuur|Grafiek|Figure)[ \t\xa0]+(?:[A-Z]\.?)?\d+(?:\.\d+)*[a-z]?[.:]?"
    r"(?:[ \t\xa0]+|$)"
)

#: A heading ending in its column's number, maybe with the formula computing the column
#: from others ("Mutatie NvW (2)", "Stand 1e suppletoire begroting (4)=(1)+(2)+(3)",
#: "Verschil (3)=(1)-(2)"): the number (group 1) and the formula (group 2).
NUMBERED_HEADING = re.compile(
    r"\S\s+\((\d{1,2})\)(\s*=\s*\(?\d{1,2}\)?(?:\s*[+\-–−]\s*\(?\d{1,2}\)?)+)?\s*$"
)


#: A caption that continues a table over a page break ("Tabel 2 (vervolg)").
CONTINUED = re.compile(r"\(?\bvervolg\b", re.IGNORECASE)

#: A footnote ("1) Inclusief ...", "¹ ...", "* voorlopig") or a source line ("Bron: ...")
#: under a table: short, but it ends the table above and heads none below.
NOTE = re.compile(
    r"(?:\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹]+|\*+)[ \xa0]*[^\W\d]|(?:bron(?:nen)?|noot)[ \xa0]*:", re.IGNORECASE
)

#: A heading's word a line's end breaks ("Toevoe-", "Onttrek-"): letters, then a hyphen;
#: an abbreviation keeps its full stop before it ("Gem.-" / "code": Gemeentecode).
BROKEN_WORD = re.compile(r"[^\W\d_]{2,}\.?-")

#: Characters printed as a minus sign before a number.
DASHES = "-–‒−"
#: A date printed day, month and year, the year in full ("1-1-2024", "31-12-2023").
DATE = re.compile(r"\d{1,2}-\d{1,2}-(?:19|20)\d\d")
#: A sentence's stop inside prose: after a word, not after a section's or item's number
#: ("N. <Kop>"); what must follow it is the reader's to say.
SENTENCE_STOP = r"(?<=[^\W\d_])[.!?]"
#: A whole number printed as digits alone, no sign, separator or mark ("4", "2022", "36").
UNDOTTED = re.compile(r"\d+")
#: The accountant's minus (municipal budgets): before the figure ("-/- 450") or after it
#: ("450 -/-", explained in the unit line as "-/- = nadelig").
MINUS_AFTER = "-/-"
#: A minus sign as a pattern: a dash, or the accountant's "-/-".
MINUS = rf"(?:-/-|[{DASHES}])"
_SPACE = "[ \xa0\u2009\u202f]"
#: A plus before a mutation: "+ 50,0", or the accountant's "+/+" (the twin of "-/-").
PLUS = r"(?:\+/\+|\+)"
#: What may stand before a cell's digits, as the scanners that find cells look for it: a
#: minus or a plus (a mutation table's "+ 50,0"), a euro sign, or both ("-5", "€ 4.100",
#: "€ – 1.250").
SIGNED = rf"(?:(?:{MINUS}|{PLUS})[ \xa0]?)?(?:€[ \xa0]?(?:{MINUS}[ \xa0]?)?)?"

#: Superscript digits, a footnote's mark.
SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
#: A footnote mark after a figure or a year ("32,9¹", "1.200*", "2023*"): not part of it.
FOOTNOTE_MARK = rf"(?:[{SUPERSCRIPTS}]+|\*+)"
#: A footnote's letter glued to a figure with a decimal comma or dot thousands ("1.104,2a",
#: its note "a Inclusief ..." under the table): not part of it. A letter after a bare
#: integer may be a code ("12a"), and a letter a scale word starts ("2,5m") is left alone.
NOTE_LETTER = r"(?:(?<=,\d)|(?<=,\d\d)|(?<=\.\d{3}))[a-d]"
#: A cell's number: sign, optional euro sign, thousands groups, decimals, percent signs.
NUMBER = re.compile(
    rf"(?:(?P<sign>{MINUS})|{PLUS})?{_SPACE}?(?:(?P<euro>€){_SPACE}?(?P<sign2>{MINUS})?{_SPACE}?)?"
    rf"(?:(?P<digits>\d{{1,3}}(?:\.\d{{3}})+|\d{{1,3}}(?:{_SPACE}\d{{3}})+|\d+)"
    rf"(?P<decimals>,\d+)?"
    # an accountant's negative in brackets, printed in full ("(1.204)", "(12,5)", "(12 500)":
    # the brackets hold one figure, so a space in them parts its thousands): a bare "(1)" is
    # a column number
    rf"|\((?P<paren>\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d{{1,3}}(?:{_SPACE}\d{{3}})+(?:,\d+)?"
    rf"|\d+,\d+)\))"
    rf"(?P<percent>{_SPACE}?%+)?(?:,-)?"
    # an accountant's minus after the figure ("1.250-", "1.250 -", "1.250 -/-"), where none
    # stands before it: one sign at most
    rf"(?(sign)|(?(sign2)|(?(paren)|(?P<trail>{_SPACE}?(?:-/-|[{DASHES}]))?)))"
    rf"(?:{FOOTNOTE_MARK}|{NOTE_LETTER})?"
    # a cell that prints its currency prints its scale too ("€ 12,5 mln", "-€ 18,3 mln",
    # glued "€12mln": a letter's table without a unit line): the word is the cell's unit,
    # the figure its value
    rf"(?(euro)(?:{_SPACE}?(?P<scale>{'|'.join(SCALE_WORDS)})\.?)?)"
    # a municipal difference marked voordeel or nadeel after its figure ("3.690 N")
    rf"(?:{_SPACE}[VN])?"
)
#: A small negative in brackets ("(8)", "(12,5)"), which outside a row's values is a
#: column number: read as a cell only where a row's values stand.
BRACKETED = re.compile(r"\((\d{1,3}(?:,\d+)?)\)")
#: A figure with a decimal point before one digit ("412.7", "-3.4", "0.0"): no thousands
#: separator stands before one digit, so the point is a decimal one (a table printed with
#: English number formatting). Not a ``NUMBER``: an article's code prints so too ("11.1"),
#: so only the row reader takes it, in a table that prints no other kind of figure.
POINT_DECIMAL = re.compile(rf"(?P<sign>{MINUS})?{_SPACE}?(?P<whole>\d+)\.(?P<digit>\d)")
#: A figure not yet known, printed in its cell instead of one ("...", "p.m.", pro memorie;
#: "n.n.b." or "nnb", nog niet bekend): the row's sum there is unknown, not nil. The words
#: are written once here, for ``NO_FIGURE`` and the sums' reader alike.
UNKNOWN_FIGURE = re.compile(r"\.{3}|…|p\.m\.?|pm|n\.n\.b\.?|nnb|n\.b\.", re.IGNORECASE)
#: Printed instead of a figure: the cell exists but holds no number, one not yet known
#: (``UNKNOWN_FIGURE``) or none that applies ("n.v.t.", niet van toepassing).
NO_FIGURE = re.compile(rf"{UNKNOWN_FIGURE.pattern}|n\.v\.t\.?|nvt", re.IGNORECASE)

#: A year standing alone as a column heading.
YEAR = re.compile(r"(?:19|20)\d\d")
#: The first two characters of every year ``YEAR`` and ``is_year_heading`` read: a test of
#: a text's start that spares the pattern where the text cannot be one.
CENTURIES = ("19", "20")
#: A year anywhere in a text, no digit either side ("Raming 2025", "2024-2025").
YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_YEAR_MARKED = re.compile(rf"(?:19|20)\d\d{FOOTNOTE_MARK}?")
#: The months, as a date written out names them ("31 december 2024", "31 dec. 2024").
MONTHS = (
    *months.MONTHS,
    *(r"jan\.?", r"feb\.?", r"mrt\.?", r"apr\.?", r"jun\.?", r"jul\.?", r"aug\.?"),
    *(r"sept?\.?", r"okt\.?", r"nov\.?", r"dec\.?"),
)
#: A date with its month written out: "31 december 2024", "1 januari 2026".
MONTH_DATE = rf"\d{{1,2}}[ \xa0](?:{'|'.join(MONTHS)})[ \xa0](?:19|20)\d\d"
#: A quarter with its year: "Q1 2024", "K1 2024" (kwartaal), "1e kwartaal 2024", "2024-Q1".
QUARTER = (
    r"(?:[QK][1-4]|[1-4]e[ \xa0]kwartaal)[ \xa0](?:19|20)\d\d"
    r"|(?:19|20)\d\d[-–/]?[QK][1-4]"
)
#: A period printed as words and figures one space apart that heads one column.
SPACED_PERIOD = rf"{MONTH_DATE}|{QUARTER}"
#: A column heading that names a period: a year, a span, a date, a quarter, a year glued to
#: letters ("MN2021"), or a heading ending in a year ("Realisatie 2018", "Raming 2019").
PERIOD = re.compile(
    rf"(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?{FOOTNOTE_MARK}?"
    rf"|\d{{1,2}}-\d{{1,2}}-(?:19|20)\d\d|{SPACED_PERIOD}"
    r"|[A-Za-z]{1,5}(?:19|20)\d\d"
    r"|Totaal|totaal|Total"
)
#: A column-number row cell: "(1)", "(3)=(1+2)", "(4)=(1+2+3)", "(2) – (1)", "1".
COLUMN_NUMBER = re.compile(r"\(\d+\)(?:[ ]?[=+–-][ ]?\(?[\d+ –-]+\)?(?:[ ]?[+–-][ ]?\(\d+\))*)?")
#: A budget chapter's Roman numeral, maybe lettered ("IV", "IIB"): a code of ``CODE``'s, and
#: the code a row may print before its name apart by padding (``tables_wrapped_labels``).
CHAPTER_CODE = r"[IVXL]{1,5}[A-C]?"

#: An article or item code printed in its own cell: "11.1", "6.0", "7", "3a.", "IIA", "B",
#: a register's number printed with its leading zeros ("0014", a municipality's CBS code:
#: no amount is printed so, "0" and "0,5" are), a programme's letter and number ("P1", "B12"),
#: or a row's number with the sum that makes it ("4 = 1 + 2 + 3", a kadertoets).
CODE = re.compile(
    rf"\d{{1,3}}(?:\.\d{{1,2}})*[a-z]?\.?|0\d{{1,5}}|{CHAPTER_CODE}|[A-Z]\d{{0,2}}"
    rf"|\d{{1,2}} ?= ?\d{{1,2}}(?: ?[+{DASHES}] ?\d{{1,2}})+"
)

#: The digits of an article's or item's code printed before a row's name, maybe parted by
#: dots and lettered ("3", "3.4", "1.01", "12a"): ``CODE_BEFORE`` of ``tables_hierarchy``
#: and ``CODED_LABEL``.
CODE_DIGITS = r"\d{1,3}(?:\.\d{1,2})*[a-z]?"

#: A row label opening with its article's or item's code, printed in the label's own cell
#: ("Art. 1 Arbeidsmarkt", "Artikel 4 <Naam>", "1.01 <Naam>"): a name starts there, with a
#: capital. Not an ordinal ("1e suppletoire begroting", "2e Kamer": a name's first word) nor
#: a number before a word in lower case ("100 jaar", "1 januari 2024": a phrase's).
CODED_LABEL = re.compile(
    rf"(?:(?i:art(?:ikel)?)\.?[ \xa0]*)?(?!\d{{1,3}}(?:e|ste|de)[ \xa0]){CODE_DIGITS}\.?[ \xa0]+"
    r"[A-Z\xc0-\xd6\xd8-\xde]"
)

#: A rule line: runs of three or more "-", "=" or "_" (a dash segment under each column),
#: of the box-drawing lines a browser's text copy prints ("─", "━", "═"), or of five or more
#: dots, the dotted rule of older typeset tables ("......", "·····", "……"; fewer may be an
#: ellipsis).
_RULE_RUN = r"(?:[-=_\u2012-\u2015\u2500\u2501\u2550]{3,}|[.\u00b7\u2026]{5,})"
RULE_LINE = re.compile(rf"{_RULE_RUN}(?:[ \t]+{_RULE_RUN})*")

#: A figure with dot thousands ("1.250") and one with space thousands ("1 250").
DOT_THOUSANDS = re.compile(r"\d\.\d{3}(?!\d)")
SPACE_THOUSANDS = re.compile(rf"\d{_SPACE}\d{{3}}(?!\d)")


def spaced_are_odd(texts: list[str]) -> bool:
    """Whether a table's cells (``texts``) print dot thousands and, fewer of them, figures
    joined over a space: a table prints its thousands one way, so those spaces part two
    values ("250 300" is 250 and 300, never 250.300)."""
    dots = sum(1 for text in texts if DOT_THOUSANDS.search(text))
    return 0 < sum(1 for text in texts if SPACE_THOUSANDS.search(text)) < dots


def cell_scale(text: str) -> str | None:
    """The scale word a cell prints after its figure and euro sign ("€ 12,5 mln": "mln"),
    in lower case; None where it prints none."""
    match = NUMBER.fullmatch(text.strip())
    scale = match.group("scale") if match else None
    return scale.lower() if scale else None


def is_value(token: str) -> bool:
    """A cell that holds a number or says it holds none."""
    token = token.strip()
    return NUMBER.fullmatch(token) is not None or NO_FIGURE.fullmatch(token) is not None


def ends_in_dotted(label: str) -> bool:
    """Whether a row's label ends in a figure with dot thousands ("Breda 11.640.215"): a
    value, never a number of the label's own ("Artikel 3", "fase 2", "Miljoenennota
    2025"), which prints no thousands. Read as the label's, the row seemed to print one
    value fewer than it does."""
    words = label.split()
    return len(words) > 1 and DOT_THOUSANDS.search(words[-1]) is not None and is_value(words[-1])


def is_point_decimal(token: str) -> bool:
    """A figure with a decimal point before one digit (``POINT_DECIMAL``)."""
    return POINT_DECIMAL.fullmatch(token.strip()) is not None


def is_year(token: str) -> bool:
    return YEAR.fullmatch(token.strip()) is not None


def is_year_heading(token: str) -> bool:
    """A year alone as a heading, maybe with a footnote mark ("2023*": a forecast)."""
    return _YEAR_MARKED.fullmatch(token.strip()) is not None


def is_column(token: str) -> bool:
    """A token that can head a value column in a one-row-per-line heading."""
    return PERIOD.fullmatch(token) is not None


def is_column_number(token: str) -> bool:
    return COLUMN_NUMBER.fullmatch(token.strip()) is not None


def numbers_no_columns(texts: list[str], width: int) -> bool:
    """Whether small figures in brackets printed after a row's label (``texts``, each a
    ``BRACKETED``) number no columns, so are the row's negatives: column numbers count the
    columns up from the left ("(1)   (2)   (3)"), so figures that do not rise ("(612)
    (540)", "(312)" in every year), one past the ``width`` value columns and the labels',
    or one with decimals, are no column's number, whatever the table prints elsewhere."""
    numbers = [BRACKETED.fullmatch(text) for text in texts]
    if not numbers or not all(numbers):
        return False
    groups = [number.group(1) for number in numbers if number]
    if any("," in group for group in groups):
        return True  # decimals: no column's number
    figures = [int(group) for group in groups]
    return any(b <= a for a, b in pairwise(figures)) or max(figures) > width + 1


#: A region's two capitals and number ("PVNN", a province's CBS code; "GMNNNN"): a code
#: only where its table shows a column of them (``tables_cell_items.code_at``), for a label
#: prints so too ("<XX>NN" over the rows it groups).
REGION_CODE = re.compile(r"[A-Z]{2}\d{2,4}")


def is_code(token: str) -> bool:
    return CODE.fullmatch(token.strip()) is not None


_DATE = re.compile(r"\d-\d{1,2}-(?:19|20)\d\d")
_SEPARATOR = re.compile(r"[ .\xa0\u2009\u202f]")


def column_year(label: str) -> int | None:
    """The year a column is about: its own label's last year, when it names exactly one."""
    years = YEAR_IN.findall(label)
    if len(set(years)) == 1 and not _DATE.search(label):
        return int(years[0])
    return None


def parse_value(text: str) -> Decimal | None:
    """The number a cell prints, in the table's own unit; None for '...' or 'n.v.t.'.

    Percent cells give the percentage ("97,80%" is 97.80), never the fraction: the unit
    says it is a percentage.
    """
    match = NUMBER.fullmatch(text.strip())
    if match is None:
        point = POINT_DECIMAL.fullmatch(text.strip())  # "-3.4" read as a cell of a row
        if point:
            value = Decimal(f"{point.group('whole')}.{point.group('digit')}")
            return -value if point.group("sign") else value
        small = BRACKETED.fullmatch(text.strip())  # "(8)" read as a cell of a row
        return -Decimal(small.group(1).replace(",", ".")) if small else None
    if match.group("paren"):
        whole, _, fraction = match.group("paren").partition(",")
        return -Decimal(_SEPARATOR.sub("", whole) + (f".{fraction}" if fraction else ""))
    digits = _SEPARATOR.sub("", match.group("digits"))
    decimals = (match.group("decimals") or "").replace(",", ".")
    value = Decimal(digits + decimals)
    negative = match.group("sign") or match.group("sign2") or match.group("trail")
    return -value if negative else value


def printed_decimals(text: str) -> int:
    """How many decimals a printed figure shows ("– 5,9": 1, "62,9 %": 1, "1.250": 0); 0
    for a text that is no figure. The precision a sum of such figures holds to."""
    match = NUMBER.fullmatch(text.strip())
    if match and match.group("paren"):
        return len(match.group("paren").partition(",")[2])
    if match is None and POINT_DECIMAL.fullmatch(text.strip()):
        return 1
    decimals = match.group("decimals") if match else None
    return len(decimals) - 1 if decimals else 0


def plain_number(value: Decimal | None) -> int | float | None:
    """A cell value as the package stores it: an int when whole, else a float."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def indent(line: str) -> int:
    """Where a line's text starts: the spaces before it, past a form feed opening its page
    ("\f   Totaal" stands three in, as "   Totaal" does)."""
    text = line.lstrip("\f")
    return len(text) - len(text.lstrip(" "))
