"""Names over groups of columns, joined to the column headings under them.

A heading line whose headings repeat ("2016 2016 2016", "Verplichtingen Uitgaven
Ontvangsten" twice) has its columns' groups named on a line above it: "Realisatie
Vastgestelde begroting Verschil", or years alone ("2024 2025" over "Begroting Realisatie
Begroting Realisatie"), maybe over several lines. A line may also name each column in a
word of its own ("Rekening Begroting Begroting Raming ..." over the years). The labels'
headings may share such a line, left of the names ("Art.   Omschrijving", "Algemene
dekkingsmiddelen Rekening ..."): the corner, no name. Read as
headings of groups of rows, those lines were lost and two columns were named alike. This
module parts such a line into as many names as there are groups (or columns) and gives
each column its group's name; where the count does not fit, the headings stay as printed.
"""

from __future__ import annotations

import re
from itertools import pairwise, takewhile

from budgetkit.extract.tables_groups import numbered_names, numbers_alone
from budgetkit.extract.tables_heading_line import CHUNK, INFLECTED
from budgetkit.extract.tables_titles import nonblank_before
from budgetkit.extract.tables_tokens import column_year, is_column, is_column_number, is_year
from budgetkit.extract.tables_vocabulary import names_stage

#: What parts the names of a line of group headings: padding, or one space before a capital.
_PADDING = re.compile(r"[ \t\xa0]{2,}")
_BEFORE_CAPITAL = re.compile(r" (?=[^\W\d_a-z])")
#: Where a line of names one space apart may part: before a capital or a column number (a
#: formula computing its column glued to it, "(3)=(1)+(2)"), no other word glued to it.
_BEFORE_NAME = re.compile(r" (?=[^\W\d_a-z]|\(\d{1,2}\)(?!\S*[^\s()\d=+\-–−]))")
#: A heading drawn between rule dashes ("----- Lasten -----", "=== Baten ==="): it spans
#: the columns under its dashes, a group of them, never one column's name.
_DRAWN = re.compile(r"[-=_\u2012-\u2015\u2500\u2501\u2550]{3,}")


def column_groups(above: list[str], labels: list[str], start: int = 0) -> list[str] | None:
    """The column labels under a line of group headings whose leaves repeat ("Realisatie
    Vastgestelde begroting Verschil" over "2012 2013 2014 2015 2016 2016 2016"; "Vastgestelde
    begroting Mutaties 1e suppletoire begroting" over "Verplichtingen Uitgaven Ontvangsten"
    twice): a leaf that is no later year than the one before, or a word its group already
    has (a column number printed under each set aside: ``unnumbered``), starts the next
    group, and each leaf takes its group's name ("Verschil 2016"). The names are the last
    line's runs parted by padding, or, printed one space apart, its words
    from each capital on, or from each group's number on where each name opens with one
    (``_numbered_names``); used only where there are as many names as groups (else the
    repeated leaves stay as printed); names printed over two lines or more are joined
    (``_stacked_names``). A line above them that ends in as many column numbers ("Art.
    Omschrijving (1) (2)") numbers the groups ("(1) Vastgestelde begroting ...").
    ``start``: the 1-based column where the first leaf starts; the runs of a line parted
    by padding that end left of it stand over the labels ("Art.   Omschrijving" beside the
    groups' names): the corner's headings, no group's name."""
    above = [_without_corner(line, start) for line in above]
    text = above[-1].strip()
    names = (_PADDING if "  " in text else _BEFORE_CAPITAL).split(text)
    if all(map(is_year, text.split())):
        names = text.split()  # a year a group: "2024 2025" over its columns' words
    groups = leaf_groups(labels)
    named = len(above) - 1  # the top line of the names
    if (stacked := _stacked_names(above, groups[-1] + 1)) is not None:
        names, named = stacked
    elif len(names) != groups[-1] + 1 and (lined := _lined_names(above, groups[-1] + 1)):
        names, named = lined
    elif len(names) != groups[-1] + 1 and (numbered := _numbered_names(text, groups[-1] + 1)):
        names = numbered
    if len(names) != groups[-1] + 1:
        return None
    for line in above[named - 1 :: -1]:
        found = list(takewhile(is_column_number, reversed(line.split())))[::-1]
        if len(found) == len(names):
            names = [f"{number} {name}" for number, name in zip(found, names, strict=True)]
            break
    return [f"{names[group]} {label}" for group, label in zip(groups, labels, strict=True)]


def leaf_groups(labels: list[str]) -> list[int]:
    """The group (0, 1, ...) of each of the columns under a line of group headings: a leaf
    that is no later year than the one before ("2023" after "2019 ... 2023"), or a word its
    group already has (a column number printed under each set aside: ``unnumbered``),
    starts the next group."""
    groups = [0]
    leaves = [unnumbered(label) for label in labels]
    members = [leaves[0]]
    for before, after in pairwise(leaves):
        earlier, year = column_year(before), column_year(after)
        same = year > earlier if earlier is not None and year is not None else after not in members
        groups.append(groups[-1] + (0 if same else 1))
        members = [*members, after] if same else [after]
    return groups


def run_names(names: list[str], runs: list[int]) -> list[str] | None:
    """The name over each leaf under group headings printed once each, their spans lost
    (``names``), the leaves parted into runs (``runs``: ``leaf_groups``): one name a run, in
    order, or one name over every leaf. None where the names are neither one nor as many as
    the runs: which name heads which run nothing tells (read name by name, the last one
    stood over several runs and named two columns alike, "Raming 2024" twice)."""
    if len(names) == 1:
        return names * len(runs)
    if len(names) != runs[-1] + 1:
        return None
    return [names[run] for run in runs]


def unnumbered(label: str) -> str:
    """A column's heading without the column number printed under it ("Verplichtingen
    (4)"): the leaf a group repeats, which the numbers, one per column, make unlike."""
    words = label.split()
    while len(words) > 1 and is_column_number(words[-1]):
        words.pop()
    return " ".join(words)


def _numbered_names(text: str, count: int) -> list[str] | None:
    """The ``count`` names of a line printed one space apart whose names each open with
    their group's number, counting from 1 (``numbered_names``: "Art. Omschrijving (1)
    Vastgestelde begroting (2) Mutaties (+ of –) 1e suppletoire begroting"). Parted before
    each capital, the name's own capitals ("Mutaties", "Vastgestelde") and the corner's gave
    too many. None where the numbers are not ``count``."""
    numbered = numbered_names(text)
    return numbered[1] if numbered is not None and len(numbered[1]) == count else None


def _without_corner(line: str, start: int) -> str:
    """The line with its runs of words that end left of the 1-based column ``start``
    blanked, their places kept, where runs of words parted by padding follow them (the
    corner's headings: "Art.   Omschrijving   Vastgestelde begroting   Mutaties"); a line
    of one run, or one space apart, says nothing by where its words stand."""
    runs = list(CHUNK.finditer(line))
    corner = [run for run in runs[:-1] if run.end() < start]
    if not corner or "\t" in line:
        return line
    cut = corner[-1].end()
    return " " * cut + line[cut:]


def _stacked_names(above: list[str], count: int) -> tuple[list[str], int] | None:
    """(names, index of their top line in ``above``) of ``count`` column groups a text
    layer prints over lines parted by padding: a line of a run for each name, each line
    over it also a run over each ("Vastgestelde   Mutaties (+ of –)" over "begroting   2e
    suppletoire begroting"), each line under it going on with some of them ("Vastgestelde
    begroting   Mutaties (+ of –) 1e suppletoire" / "begroting"; "Oorspronkelijk
    vastgestelde   Realisatie   Verschil realisatie en" / "begroting   oorspronkelijk
    vastgestelde" / "begroting"); each run joins the name whose words it stands over. The
    line of a run for each name is the lowest, the groups' numbers ("(1)  (2)") none. None
    where no line prints a run for each name, or a run under it stands over no name or two."""
    base = next(
        (
            k
            for k in range(len(above) - 1, -1, -1)
            if _runs(above[k], count) and not _numbers(above[k], count)
        ),
        None,
    )
    if base is None:
        return None
    runs = _runs(above[base], count) or []
    names = [[text] for text, _a, _b in runs]
    spans = [(a, b) for _text, a, b in runs]
    for line in above[base + 1 :]:
        for text, a, b in _runs(line, 0) or []:
            under = [k for k, (start, end) in enumerate(spans) if start < b and a < end]
            if len(under) != 1:
                return None
            names[under[0]].append(text)
    top = base
    while top > 0 and (over := _runs(above[top - 1], count)) is not None:
        pairs = zip(over, spans, strict=True)
        if any(not (a < end and start < b) for (_t, a, b), (start, end) in pairs):
            break
        if _numbers(above[top - 1], count):
            break  # the groups' numbers ("(1)  (2)")
        for name, (text, _a, _b) in zip(names, over, strict=True):
            name.insert(0, text)
        top -= 1
    return [" ".join(name) for name in names], top


def _numbers(line: str, count: int) -> bool:
    """Whether a line ends in ``count`` column numbers ("(1)  (2)", "Art.  (1)  (2)")."""
    return len(list(takewhile(is_column_number, reversed(line.split())))) == count


def _lined_names(above: list[str], count: int) -> tuple[list[str], int] | None:
    """(names, index of their top line in ``above``) of ``count`` column groups a text
    layer without padding prints over several lines one space apart, the first lines of
    names side by side and a name's next words on a line of their own ("Realisatie
    Vastgestelde" / "begroting" / "Verschil"): the fewest last lines, the top one opening
    with a capital, whose words parted before each capital give that many names, a line
    opening in lower case going on with the name above it. None where no lines give so
    many, or a line is parted by padding (``_stacked_names`` reads those). Where the names
    open with a group's number printed on a line of its own, each such number opens the
    name under it ("(1)" / "Vastgestelde begroting" / "(2)" / "Mutaties 1e suppletoire
    begroting"), never ends the one above it, and the top line is never one under such a
    number; a number printed under the first name ("Realisatie" / "(1)") is that name's."""
    for top in range(len(above) - 2, -1, -1):
        texts = [line.strip() for line in above[top:]]
        if any("  " in text or "\t" in text for text in texts):
            return None
        if top and numbers_alone(above[top - 1]):
            continue
        text = " ".join(texts)
        if numbers_alone(texts[0]):
            names = _opened_names(text)
            if numbers_alone(names[-1]):
                continue
        else:
            names = _BEFORE_CAPITAL.split(text)
        if (texts[0][:1].isupper() or numbers_alone(texts[0])) and len(names) == count:
            return names, top
    return None


def _opened_names(text: str) -> list[str]:
    """The names of a line one space apart parted before each capital and each column
    number, a column number opening the name after it ("(1) Vastgestelde begroting (2)
    Mutaties": "(1) Vastgestelde begroting", "(2) Mutaties")."""
    names: list[str] = []
    for part in _BEFORE_NAME.split(text):
        if names and numbers_alone(names[-1]):
            names[-1] = f"{names[-1]} {part}"
        else:
            names.append(part)
    return names


def _runs(line: str, count: int) -> list[tuple[str, int, int]] | None:
    """The runs of words of a line parted by padding, (text, start, end), where it prints
    ``count`` of them (any number for 0), else None."""
    runs = [(m.group(), m.start(), m.end()) for m in CHUNK.finditer(line)]
    return runs if runs and (not count or len(runs) == count) else None


def years_above(
    lines: list[str], heading_index: int, caption: tuple[int, str] | None, blocks: int
) -> int | None:
    """The line right above a column heading line when it holds years alone ("2024 2025"
    over "Begroting Realisatie Begroting Realisatie"): the years of its column groups, no
    group of rows (``groups_above`` takes no line of figures). Never the caption."""
    above = nonblank_before(lines, heading_index, 1)
    floor = caption[0] + 1 if caption and blocks == 0 else 0
    if not above or above[0] < floor or heading_index - above[0] > 2:
        return None
    tokens = lines[above[0]].split()
    return above[0] if len(tokens) >= 2 and all(map(is_year, tokens)) else None


#: The fewest columns a line of words names one by one (``column_words``): a row group's
#: name may well be two capitalised words ("Gemeente Utrecht").
MIN_WORDED = 3


def column_words(text: str, labels: list[str]) -> list[str] | None:
    """The column labels under a line that names each column in a word of its own
    ("Rekening Begroting Begroting Raming Raming Raming" over "2023 ... 2028", a provincial
    budget's PDF): "Rekening 2023", ... Only where the line parts, by padding or before each
    capital, into exactly as many names as there are columns, three at least, none holding a
    figure (else the line is a group of rows: "Programma 3 Bereikbaarheid") and none drawn
    between rule dashes (a group of columns over them: "Nr.  Programma  --- Lasten ---").
    Parted before each capital into one name more, each name after the first a word of its
    own, the first is the labels' heading (the corner: "Algemene dekkingsmiddelen Rekening
    Begroting ... Raming"), printed on the line of the columns' names, over no column."""
    stripped = text.strip()
    names = (_PADDING if "  " in stripped else _BEFORE_CAPITAL).split(stripped)
    if "  " not in stripped and len(names) == len(labels) + 1 and " " not in "".join(names[1:]):
        names = names[1:]
    if len(labels) < MIN_WORDED or len(names) != len(labels):
        return None
    if any(character.isdigit() for character in stripped) or _DRAWN.search(stripped):
        return None
    return [f"{name} {label}" for name, label in zip(names, labels, strict=True)]


def opened_headings(text: str, labels: list[str]) -> list[str] | None:
    """The column labels under a line printed without layout that opens some headings only
    ("<Naam> <Naam>" over "JJJJ" / "begroting JJJJ" / "JJJJ" / ...): a heading never opens in
    lower case, so a leaf that does goes on with a heading the line above opens; its words
    parted before each capital are the first lines of the headings up to the last such leaf,
    one each in turn (the text layer prints a line's words left to right), and the leaves
    after it, headings of one line, get none ("Realisatie JJJJ", "Vastgestelde begroting
    JJJJ", "JJJJ"). Only where the names are as many as those leaves, each leaf among them
    is a period or opens in lower case, each name opens its leaf's heading
    (``_opens_heading``), and the line holds no figure and no padding (words parted by
    padding stand over their own columns, which ``stacked_headings`` reads)."""
    stripped = text.strip()
    continued = [k for k, label in enumerate(labels) if label[:1].islower()]
    if not continued or "  " in stripped or any(character.isdigit() for character in stripped):
        return None
    names = _BEFORE_CAPITAL.split(stripped)
    opened = labels[: continued[-1] + 1]
    if len(names) != len(opened) or not all(
        (label[:1].islower() or is_year(label)) and _opens_heading(name, label)
        for name, label in zip(names, opened, strict=True)
    ):
        return None
    return [f"{name} {label}" for name, label in zip(names, opened, strict=True)] + labels[
        len(opened) :
    ]


def closed_before(text: str, labels: list[str]) -> list[str] | None:
    """The column labels of a heading line ``text`` with no line above it under the
    caption, where words in lower case it prints between two periods were read as going on
    with a heading above ("JJJJ" / "realisatie JJJJ", as ``split_heading`` parts "JJJJ
    realisatie JJJJ JJJJ" for ``opened_headings``): nothing above opens a heading for them,
    and a heading never opens in lower case, so they close the period before them ("JJJJ
    realisatie", "JJJJ werkelijk" / "JJJJ geraamd"), which heads its column with them.
    None where no leaf opens in lower case, one does after a leaf other than a period
    alone (once its own words went to the period before it), or its words stand on a line
    above its period ("ontwerp" over "JJJJ" among the years: a heading of two lines)."""
    closed = list(labels)
    for k, label in enumerate(labels):
        if not label[:1].islower():
            continue
        words, _space, period = label.rpartition(" ")
        if k == 0 or not words or not is_column(period) or not is_column(closed[k - 1]):
            return None
        if label not in text:
            return None
        closed[k - 1 : k + 1] = [f"{closed[k - 1]} {words}", period]
    return closed if closed != labels else None


def _opens_heading(name: str, leaf: str) -> bool:
    """Whether a part of a line above opens the heading of the leaf under it: over a period
    alone, a name of a budget's stage ("Realisatie" over "JJJJ", ``names_stage``); over a
    leaf going on in lower case, words ending in an adjective inflected before its noun
    ("Vastgestelde" over "begroting JJJJ", ``INFLECTED``), as no heading ends. A line of
    other words parted at its capitals is a name over the table ("<Dienst> <Naam>"), and a
    stage's name over a leaf in lower case is a heading of its own ("Raming" over
    "begroting JJJJ"), not that leaf's first word."""
    if leaf[:1].islower():
        return INFLECTED.fullmatch(name.split()[-1]) is not None
    return names_stage(name)
