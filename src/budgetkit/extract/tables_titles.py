"""What a table prints above its column headings: a caption, a title, a unit line.

A table printed one row per line names itself in the few lines above its heading: a
"Tabel" caption ("Tabel 3 Uitgaven", or "Tabel 3 (vervolg)" going on from the page
before), else a short title or unit line ("Opbouw uitgaven x € 1.000"). The row reader and
the pipe reader both look for them here. The lines above and below a heading are found
past blank lines, as the text layer prints them (``nonblank_before``, ``nonblank``);
``MAX_HEADINGS`` bounds how far up a table's own lines may reach.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from budgetkit.extract.tables_glued_captions import caption_cut
from budgetkit.extract.tables_item_codes import code_shape
from budgetkit.extract.tables_row_values import MAX_LABEL, split_row
from budgetkit.extract.tables_tokens import CAPTION, CONTINUED, SENTENCE_STOP, is_year
from budgetkit.extract.tables_units import read_unit
from budgetkit.extract.tables_vocabulary import names_kind_of_rows

#: Heading lines allowed above a block's column heading line.
MAX_HEADINGS = 3


def nonblank(lines: list[str], start: int, limit: int) -> list[int]:
    found = []
    for i in range(start, min(len(lines), start + 4 * limit + 4)):
        if lines[i].strip():
            found.append(i)
            if len(found) > limit:
                break
    return found


def caption_above(lines: list[str], index: int) -> tuple[int, str] | None:
    """(0-based line, text) of the numbered caption among the few lines above a table's
    heading (``index``), the nearest first; Markdown's marks around it ("**Tabel N
    ...**", "## Tabel N ...", ``numbered_caption``) kept in the text: a Markdown page
    prints its caption so, and unseen it let a sentence further up that opens with the
    table's number ("Tabel N toont ...") name the table. A Markdown heading of a
    section ("## <kop>") ends the search: a caption above it is another section's (a page
    printing each caption under its table)."""
    for i in nonblank_before(lines, index, MAX_HEADINGS + 1):
        if numbered_caption(lines[i]):
            return i, lines[i]
        if _MARKDOWN_HEADING.match(lines[i]):
            return None
    return None


def nonblank_before(lines: list[str], index: int, limit: int) -> list[int]:
    found = []
    i = index - 1
    while i >= 0 and len(found) < limit:
        if lines[i].strip():
            found.append(i)
        i -= 1
    return found


def continues(line: str) -> bool:
    """A caption that says the table goes on from the page before ("Tabel 3 (vervolg)",
    "Tabel 3 ... (vervolg; in miljoenen euro)"), the form feed opening the new page maybe
    printed before it: that caption is the next page's first line."""
    text = line.lstrip("\f")
    return CAPTION.match(text) is not None and CONTINUED.search(text) is not None


def label_rest(lines: list[str], index: int) -> bool:
    """Whether a line is the rest of the label of a row printed right above it, wrapped
    onto one or two lines under its values ("Het bedrag van de overschrijding en de
    N.v.t." / "reden waarom de overschrijding al dan niet" / "is toegestaan"): it opens in
    lower case, and the line with text right above it, or the one above that, is a row
    ending in a value other than a year. No title nor group heading of a table below."""
    if not lines[index].lstrip()[:1].islower():
        return False
    for above in (index - 1, index - 2):
        if above < 0 or not lines[above].strip():
            return False
        row = split_row(lines[above], 1)
        if row is not None:
            return not is_year(row[1][-1][0])  # (a heading's line ends in a year)
    return False


def title_above(lines: list[str], heading: int) -> int:
    """Where the lines a table without a "Tabel" caption prints above its heading start:
    a short title or unit line right above it ("Opbouw uitgaven x € 1.000"), and a title
    right above a unit line ("Budgettaire gevolgen van beleid" / "Bedragen x € 1.000"),
    else the heading itself. A line naming the table before its unit in brackets is the
    title, and the line above it none ("Nr. 1 VOORSTEL VAN WET" over "Wijziging van de
    begrotingsstaat ... (bedragen x € 1.000)": ``_named_before_unit``). A line ending in a
    figure is another table's row unless it declares the unit."""
    top = heading
    for _ in range(2):
        above = nonblank_before(lines, top, 1)
        if not above or top - above[0] > 2:
            break
        text = lines[above[0]].strip()
        if label_rest(lines, above[0]):
            break  # the last label of a table above
        unit = read_unit(text, 0) is not None
        if len(text) > MAX_LABEL or "|" in text or text.endswith((".", ":", ";")):
            break
        if text[-1].isdigit() and not unit:
            break
        top = above[0]
        if not unit or _named_before_unit(text):
            break
    return top


def _named_before_unit(text: str) -> bool:
    """Whether a line declaring a unit names a table before it, the unit closing the line
    in brackets ("Staat van reserves (bedragen x € 1.000)"): a name, not a unit's words
    alone ("(in miljoen EUR - prijzen 2018)", "Bedragen x € 1.000; uitkeringsjaar 2024")
    nor a sentence ("Lasten zijn negatief weergegeven, baten positief. (bedragen ...)")."""
    unit = read_unit(text, 0)
    if unit is None or not text.endswith(")") or "(" not in text:
        return False
    cut = text.rindex("(")
    name = text[:cut].strip()
    return (
        unit.text in text[cut:]
        and bool(name)
        and not name.endswith((".", ",", ":", ";"))
        and _SENTENCE_END.search(name) is None
    )


_PUNCTUATION = ".,:;()[]|'\"’“”€$£ƒ"
#: Words around a unit declaration that name nothing ("Bedragen x € 1.000", "(in
#: miljoenen euro's)"), and the words a label column's heading prints ("Omschrijving",
#: "Art.", "Nr."), which name no table either.
_NO_NAME_WORDS = frozenset(
    {"bedragen", "bedrag", "in", "x", "euro", "eur", "omschrijving", "art", "artikel", "nr"}
)
#: Share of a title's words that are its columns' words above which it is a line of the
#: column headings, not a name ("Vastgestelde begroting (1) Realisatie (2)").
_HEADING_WORDS = 0.8
#: A sentence's end and the next one's start inside a line of prose (``SENTENCE_STOP``, then
#: a capital).
_SENTENCE_END = re.compile(rf"{SENTENCE_STOP} +[A-Z]")
#: Words a sentence opens on (an article, a pronoun, a preposition, an imperative), and how
#: many words a name may run to after one ("De Koning", "Het Rijk en de gemeenten").
_SENTENCE_OPENINGS = frozenset(
    {"de", "het", "een", "dit", "deze", "die", "dat", "er", "in", "op", "voor", "met", "bij",
     "door", "na", "zie", "wij", "we", "ik", "u", "hierbij", "daarnaast", "ook", "zoals"}
)  # fmt: skip
_SHORT_NAME = 5
#: What opens no heading: a bullet, a footnote's mark, a source or note line, a letter's field.
_NOT_A_HEADING = re.compile(
    r"[•▪◦·‣∙*–—-]|[¹²³⁴⁵⁶⁷⁸⁹⁰]|\(?\d+\)[ \t]|(?i:bron|noot|datum|onderwerp|betreft"
    r"|kenmerk|ons[ \t]+kenmerk|uw[ \t]+kenmerk|geachte)\b"
)
#: A place and a date, as a letter prints them ("<Plaats>, N <maand> JJJJ").
_PLACE_AND_DATE = re.compile(r",[ \t]*\d{1,2}[ \t]+[a-z]+[ \t]+(?:19|20)\d\d$")
#: An item of a numbered list: its number's shape ("1.", "2)", "a.").
_ITEM = re.compile(r"(\d+[.)]|[a-z][.)])[ \t]")
#: Words that join a name to its next line: a line ending in one is a name broken there.
_JOINING = frozenset(
    {"en", "of", "van", "de", "het", "der", "per", "voor", "in", "op", "met", "te", "tot"}
)
#: A word broken by a hyphen inside a line ("<Woord>- <Woord>"), not a part left out before
#: "en" or "of" ("baten- en lasten").
_INNER_BREAK = re.compile(r"\w- (?!en |of )")
#: The rules of a table drawn in text ("|", "│"): a row or heading of a table, no name.
_RULED = re.compile(r"[|│┃]")
#: Nonblank lines above a table's own lines searched for its name (``name_above``): a unit
#: line and a sentence or two of prose may stand between a section heading and its table.
NAME_REACH = 4


#: Markdown's marks around a heading line: "#" levels before it, emphasis on both sides.
_MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+")
#: Markdown's emphasis around a whole text ("**Tabel 1 ...**", "*...*"), its words in group 2.
EMPHASISED = re.compile(r"(\*\*|__|\*|_)(\S(?:.*\S)?)\1")


#: Markdown emphasis around a title's opening words alone ("**Tabel 2** <naam>", as a page
#: setting only the caption's number in bold prints it), a space, colon or stop after the
#: closing marks; the words inside neither open nor end with a mark or a space.
_EMPHASISED_START = re.compile(r"^(\*\*|__|\*|_)([^\s*_](?:[^*_]*[^\s*_])?)\1(?=[\s:.])")


def unmarked(title: str) -> str:
    """A title without the marks a Markdown text prints around it ("## Tabel 1 ...",
    "**Tabel 1 ...**", "*Tabel 1 ...*", or around its opening words alone: "**Tabel 1**
    ..."): markup, no words of its name."""
    title = _MARKDOWN_HEADING.sub("", title)
    m = EMPHASISED.fullmatch(title)
    return m.group(2) if m else _EMPHASISED_START.sub(r"\2", title)


def numbered_caption(text: str) -> bool:
    """Whether a line is a numbered caption ("Tabel 3 ...", "*Tabel 3 ...*", "**Tabel 3
    ...**"), Markdown's marks around it set aside: the name a table prints of its own."""
    return CAPTION.match(unmarked(" ".join(text.split()))) is not None


def glued_caption(corner: str) -> tuple[str, str] | None:
    """(caption, the labels' own heading) of a table's corner cell that opens with a
    caption, as html2text prints a ``<caption>`` on the line of the heading row, before
    its first cell: a numbered caption ("Tabel 6.1 <naam> (in miljoenen euro) Hoofdstuk"),
    the caption naming the table and saying its unit, and a word after the unit's closing
    bracket that opens in a capital the corner's own heading, which the caption printed no
    bracket around; a numbered caption without a bracketed unit is the whole cell, but for
    the labels' heading after it ("Tabel N: <naam> Omschrijving"). A caption without a
    number is one only where its end is printed (``caption_cut``: "<naam> (bedragen x €
    1.000) Programma", "<naam> JJJJ Omschrijving"). None for any other cell."""
    text = " ".join(corner.split())
    cut = caption_cut(text)
    if not numbered_caption(text):
        return cut
    unit = read_unit(text, 0)
    close = text.find(")", text.find(unit.text) + len(unit.text)) if unit is not None else -1
    rest = text[close + 1 :].strip() if close > 0 else ""
    if rest[:1].isupper():
        return text[: close + 1], rest
    return cut or (text, "")


#: A wide gap between a line's words: the left and right parts of a page's running head
#: ("<onderwerp>" at the margin, "<publicatie> JJJJ" at the right edge).
_MARGINS_APART = re.compile(r"\S {10,}\S")


def running_head(text: str) -> bool:
    """Whether a line prints two parts at the page's margins, a running head's way: no
    figure ends its first part (a heading line of values prints gaps too, and names nothing
    anyway) and no part declares the unit (a title prints its unit at the right margin:
    "Overzicht van baten en lasten ... Bedragen x € 1.000")."""
    first = text.strip().split("  ")[0]
    return (
        _MARGINS_APART.search(text.strip()) is not None
        and not first[-1:].isdigit()
        and read_unit(text, 0) is None
    )


def _words(text: str) -> list[str]:
    """The words of a title or column label as printed, a span of years one word
    ("2025-2028": a title's period, where headings print each year)."""
    return [w for w in (run.strip(_PUNCTUATION) for run in text.lower().split()) if w]


def names_nothing(title: str, columns: list[str], above: str = "") -> bool:
    """Whether a table's title names nothing a journalist could search for: empty, a unit
    declaration alone ("Bedragen x € 1.000", "(x € 1 mln)"), or a line of its own column
    headings ("Omschrijving 2025 2026", "Vastgestelde begroting (1) Realisatie (2)"), most
    of its words its columns' words. A column's word its headings break over two lines
    ("Toevoe-" / "gingen", its label joining them: "Toevoe-gingen") prints its parts as
    words of the heading lines: its first part, the hyphen kept, on the upper line, and
    its rest on the line under it, where the line ``above`` the title prints that first
    part so. A word hyphened whole ("Niet-financiële") names none of its parts."""
    unit = read_unit(title, 0)
    rest = title.replace(unit.text, " ") if unit is not None else title
    words = [w for w in _words(rest) if w not in _NO_NAME_WORDS]
    if not words:
        return True
    named = {w for column in columns for w in _words(column)}
    broken = {w for w in _words(above) if w.endswith("-")}
    for head, _hyphen, rest in (w.rpartition("-") for w in list(named)):
        if head and rest:
            named.add(f"{head}-")  # the upper line of a word broken over two
            if f"{head}-" in broken:
                named.add(rest)  # its rest, right under that
    if len(words) > 2:
        words = words[1:]  # a heading line's first run may head the labels ("Budgetnr.")
    return sum(w in named for w in words) >= _HEADING_WORDS * len(words)


def corner_caption(corner: str, columns: list[str]) -> bool:
    """Whether the corner cell of a table's headings (over its labels) is its caption: a
    name of more than one word beside the unit it declares ("Artikel N <naam> (bedragen x €
    1.000) | Realisatie | ..."), as pages that print the caption inside the table's first
    cell do. A unit alone ("(x € 1.000)"), the labels' heading ("Omschrijving",
    "Taakveld (x € 1.000)": a word alone) or the column headings name no table; nor does a
    corner printing no unit (a fund's or an article's name over its rows), which heads
    the labels as often as it names the table."""
    unit = read_unit(corner, 0)
    if unit is None:
        return False
    words = [w for w in _words(corner.replace(unit.text, " ")) if w not in _NO_NAME_WORDS]
    return len(words) > 1 and not names_nothing(corner, columns)


def corner_of_heading_line(text: str, columns: list[str]) -> str:
    """The caption a table's own heading line prints in its corner, before the column
    headings one space apart ("<naam> (bedragen in €) 2025 2026 2027", as html2text prints
    a table's first row when the page puts the caption in the corner cell): the corner
    alone, where it names the table and says its unit (``corner_caption``); the headings
    after it are no words of its name. Any other text as it is (a labels' heading before
    the headings, "Omschrijving 2025 2026", names no table: the title is looked for
    elsewhere)."""
    printed = " ".join(text.split())
    headings = " " + " ".join(" ".join(column.split()) for column in columns)
    if len(columns) < 2 or not printed.endswith(headings):
        return text
    corner = printed[: -len(headings)]
    return corner if corner_caption(corner, columns) else text


def _prose(lines: list[str], i: int, text: str) -> bool:
    """Whether line ``i`` is a line of a paragraph, not a heading: it ends a sentence, opens in
    lower case (a sentence's rest wrapped onto it), holds a sentence's end before another's
    start, the line right below it goes on in lower case (the paragraph wraps there), or it
    runs on for many words after an article, a pronoun or a preposition (a sentence's
    subject or adverb: "De <noun> worden verstrekt aan ..."; a name opens on its noun)."""
    if text.endswith((".", ";", ",")) or text[0].islower() or _SENTENCE_END.search(text):
        return True
    words = text.split()
    if len(words) > _SHORT_NAME and words[0].lower() in _SENTENCE_OPENINGS:
        return True
    below = lines[i + 1].lstrip() if i + 1 < len(lines) else ""
    return below[:1].islower()


def _broken(text: str) -> bool:
    """Whether a line is a part of a name broken over lines, no name of its own: it ends in a
    word broken by a hyphen ("<Woo>-") or a word that joins what follows ("<Kop> per",
    "<Kop> van", "... <naam> en"), or breaks a word inside ("<Woord>- <Woord>"; not
    "baten- en lasten", where the hyphen leaves out a part)."""
    return (
        text.endswith("-")
        or text.rsplit(None, 1)[-1].lower() in _JOINING
        or _INNER_BREAK.search(text) is not None
    )


#: Lines a caption or title may be wrapped onto besides its first.
_MOST_WRAPPED = 2
#: A caption's word and its number opening a line ("Tabel 3.2 ...", "Figuur 4 ...",
#: "Overzicht 2 ..."): the first line of a name, which goes on from no line above it.
_NUMBERED_NAME = re.compile(
    r"[ \t\xa0]*(?:Tabel|Table|Figuur|Figure|Grafiek|Overzicht|Bijlage)[ \t\xa0]+(?:[A-Z]\.?)?\d+"
    r"(?:\.\d+)*[a-z]?[.:]?(?:[ \t\xa0]|$)"
)


def _wrap_stops(line: str, columns: list[str]) -> bool:
    """Whether a line next to a caption or title is no part of it: blank, a running head,
    a sentence's or list's end, a list's item, a bullet or a note, a line naming nothing (a
    unit line, the column headings) or a row (ending in a figure that is no year)."""
    text = " ".join(line.split())
    if not text or running_head(line) or text.endswith((".", ":", ";")):
        return True
    if _ITEM.match(text) or _NOT_A_HEADING.match(text):
        return True
    last = text.rsplit(None, 1)[-1]
    return names_nothing(text, columns) or (last[-1].isdigit() and not is_year(last))


def wrapped_title(lines: list[str], index: int, title: str, columns: list[str]) -> str:
    """A table's name printed on line ``index`` (0-based) with the lines a text layer
    wrapped it onto: the lines right above that it goes on from, where it opens in lower
    case or with a bracket ("<Naam> ... voor het" / "jaar JJJJ (wijziging ...)"; "<Naam>
    JJJJ" / "(wijziging ...)") or the line above ends in a joining word or a broken one
    ("... samenhangende met de" / "<Nota>) (bedragen x € 1.000)"); and the lines right
    under it going on in lower case, or closing a bracket it opens ("Tabel N <Naam> van
    de" / "<rest> (bedragen x" / "€ 1.000)"), or naming a caption that prints its number
    alone ("Tabel N" / "<Naam>"). Taken alone, the name's last line named a part of it,
    the caption's first line lost the rest. A caption's word and number begin the name
    (``_NUMBERED_NAME``), and a line holding a sentence's end inside it is a paragraph's
    last line: no name goes on from them ("... voor de uitvoering van de" / "Tabel 3.2
    <Naam>"; "... weergegeven. Zij worden ver-" / "<Naam>"), the float breaking a sentence."""
    first = title  # the top line taken so far
    for above in range(index - 1, max(index - 1 - _MOST_WRAPPED, -1), -1):
        if _NUMBERED_NAME.match(first) or _wrap_stops(lines[above], columns):
            break
        text = " ".join(lines[above].split())
        if _SENTENCE_END.search(text):
            break
        if not (first[0].islower() or first[0] == "(" or _broken(text)):
            break
        title, first = f"{text} {title}", text
    for below in range(index + 1, min(index + 1 + _MOST_WRAPPED, len(lines))):
        text = " ".join(lines[below].split())
        if _wrap_stops(lines[below], columns):
            break
        numbered = (m := CAPTION.match(title)) is not None and m.end() == len(title)
        if not (text[0].islower() or title.count("(") > title.count(")") or numbered):
            break
        title = f"{title} {text}"
    return title


def _no_name(lines: list[str], i: int, text: str) -> bool:
    """Whether a line that is no prose still names no table below it: a bullet or a list's
    item, a line opening a list (ending in a colon), a footnote or a source line, a letter's
    date or field ("<Plaats>, N <maand> JJJJ", "Onderwerp ..."), a row of figures or of a
    ruled table, or a line too long for a heading. A name printing the table's unit at its
    right end ("Overzicht <onderwerp>   Bedragen x € 1.000") ends in the unit's figure, no
    row's."""
    last = text.split()[-1]
    unit = read_unit(text, 0)
    figure = last[-1].isdigit() and not (unit is not None and text.endswith(unit.text))
    if (
        len(text) > 2 * MAX_LABEL
        or text.endswith(":")
        or _RULED.search(text)
        or (figure and not is_year(last))
        or _NOT_A_HEADING.match(text)
        or _PLACE_AND_DATE.search(text)
    ):
        return True
    above = next((lines[j].strip() for j in nonblank_before(lines, i, 1)), "")
    # an item of a list: the line above opens the list or is an item of the same shape
    return above.endswith(":") or bool(
        (m := _ITEM.match(text))
        and (n := _ITEM.match(above))
        and code_shape(m.group(1)) == code_shape(n.group(1))
    )


#: Fewest words of a line a period alone under it ends: a title or a sentence wrapped, no
#: heading's part ("Stand" / "2021", "Vastgestelde begroting na wijziging" / "2021").
_WRAPPED_WORDS = 6


def wrapped_period(lines: list[str], index: int) -> bool:
    """Whether line ``index`` is a period alone at the margin ending the line of words
    right above it, wrapped there: a caption or a sentence of many words from the margin
    going on, ending in a word of letters in lower case, no stop nor bracket after it
    ("Begrotingsstaat van het Ministerie ... voor het jaar" / "2021"; a caption closed by
    its unit note, "... (in mld euro, -/- is verslechtering)" / "2023", heads the year).
    Read as a column heading over the rows far right of it, it made the table one column
    wide, each row's other figures its label's words."""
    text = lines[index]
    if index == 0 or text[:1].isspace() or not is_year(text.strip()):
        return False
    above = lines[index - 1]
    words = above.split()
    return (
        not above[:1].isspace()
        and "  " not in above.strip()
        and len(words) >= _WRAPPED_WORDS
        and words[-1].isalpha()
        and words[-1].islower()
    )


def name_above(
    lines: list[str],
    top: int,
    floor: int,
    columns: list[str],
    first_label: str = "",
    own: Set[int] = frozenset(),
    text_column: bool = False,
    labels: Sequence[str] = (),
) -> tuple[int, str] | None:
    """(0-based index, text) of the line that names a table whose own lines above its rows
    name nothing: up from
    ``top`` (0-based index of the table's first row) to ``floor`` (the line after the table
    above), past blank lines, lines naming nothing (its column headings, a unit line), a word
    alone heading its labels, parts of names broken over lines and up to ``NAME_REACH``
    lines of prose, the first line that reads as a heading: the section heading the table
    stands under ("N.N <Kop>" over "Bedragen x € 1 000" and the
    headings). A line that is no heading and no prose (``_no_name``) ends the search: what
    stands above it is no name of this table. Better no name than a wrong one: the line
    right above the headings stays the title then. The cells of ``first_label`` (the first
    row's label, a code printed on its own line before the name: "VI" over "<Naam>") are
    the table's own lines, and so are those of ``own`` (0-based: the lines its reader read
    as its unit line and column headings, which name nothing where the first of them names
    nothing): a heading line printing a text column's heading too ("ACTIVA   Toelichting
    31-12-2023   31-12-2022", its notes' references no values) reads as no line of the
    columns, and ending in a figure, as no name either, which ended the search there.
    Words alone in the heading block head the table's columns of text, no name of it: one
    above the headings for the labels and, where the table prints a ``text_column`` (a row's
    text cell), one for it between the labels and the values ("Kengetal" / "Eenheid" / the
    years), and any printed under the headings, right above the rows (a text column's after
    the values: "Signaalwaarde").
    Counted as one word alone, the text column's heading ("Eenheid") was the title. Above
    a unit line too, a word alone right over the headings that names the kind of item the
    rows are (``names_kind_of_rows`` of the rows' ``labels``: "Reserve" over "Reserve
    <a>" / "Algemene reserve") heads the labels, no name of the table."""
    prose = 0
    # words alone right above the headings head the label column and a text column
    labels_heading = 2 if text_column else 1
    headed = False  # a line of the column headings met, going up
    cornered = False  # the labels' corner naming the rows' kind met, going up
    below_headings = True
    for i in range(top - 1, floor - 1, -1):
        # a line in Markdown emphasis ("**<Naam>**") is read by its words: the marks are
        # layout, and the opening star no bullet
        text = unmarked(" ".join(lines[i].split()))
        if not text:
            continue
        if below_headings and first_label.startswith(text):
            continue  # the first row's code, printed on its own line before its name
        below_headings = False
        if i in own or names_nothing(text, columns, lines[i - 1] if i else ""):
            headed = True
            if read_unit(text, 0) is not None:
                labels_heading = 0  # above a unit line, a word alone is a title
            continue
        if labels_heading and " " not in text:
            labels_heading -= headed  # one under the headings heads a column after the values
            continue
        if headed and not cornered and names_kind_of_rows(text, list(labels)):
            cornered = True  # (the labels' one corner)
            continue
        labels_heading = 0
        if _broken(text):
            continue
        if wrapped_period(lines, i):
            continue  # the end of the name above it, wrapped there
        if _prose(lines, i, text):
            prose += 1
            if prose > NAME_REACH:
                return None
            continue  # prose between the heading and its table
        if _no_name(lines, i, text):
            return None
        return i, f"{text} {lines[i + 1].strip()}" if wrapped_period(lines, i + 1) else text
    return None


def part_name(lines: list[str], start: int, columns: list[str]) -> str | None:
    """The name a part stacked under a captioned table prints over its own column headings,
    in the corner above its labels: the first line with text from ``start`` (0-based, the
    part's first line), right above the first column's heading, that names something
    (``names_nothing``: no labels' heading, unit or year). Pages printing a chapter's
    articles as one table each under one caption ("10 Apparaatsuitgaven", then "11 Nominaal
    en onvoorzien" over the same headings) or a balance's two sides ("ACTIVA", "PASSIVA")
    name each part there; the caption alone names them all alike. None where the part
    prints no such line."""
    found = nonblank(lines, start, 1)
    if len(found) < 2 or not columns:
        return None
    name, heading = (" ".join(lines[i].split()) for i in found)
    if not heading or not " ".join(columns[0].split()).startswith(heading):
        return None
    return None if names_nothing(name, columns) else name
