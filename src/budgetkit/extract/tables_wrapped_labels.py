"""Row labels a table prints wrapped over two lines, joined into one.

A label too long for its column goes on on the next line: before its values ("Bijdrage
aan SSO's (exclusief" / "huisvesting) 120 130"), or after them, under the row
("Afwijking van het landelijk -3,8%" / "gemiddelde"). Such a line without values reads as
a group heading; this module tells it is the rest of a label instead, by how it opens (in
lower case), by where it stands (indented past the label, at no indent the table prints
its groups at, under the name past a code) and by how the line before ends (a bracket
left open, a joining word), and joins it, a word broken with a hyphen as a heading's is.
"""

from __future__ import annotations

import re
from collections.abc import Set

from budgetkit.extract.tables_heading_line import CHUNK
from budgetkit.extract.tables_model import Row
from budgetkit.extract.tables_page_turns import turns_page_at
from budgetkit.extract.tables_stacked_headings import joined_heading
from budgetkit.extract.tables_tokens import CHAPTER_CODE, NOTE, is_year
from budgetkit.extract.tables_tokens import indent as _indent
from budgetkit.extract.tables_units import unit_alone
from budgetkit.extract.tables_vocabulary import CLOSING, JOINING_END, WAARVAN

#: Words a wrapped label's first line can end in: the label goes on below.
#: Most lines a table's last label is wrapped onto, its values on its first line.
MAX_WRAPPED = 2
#: A footnote marked by a letter alone before its text ("a Inclusief de uitgaven ...").
_LETTER_NOTE = re.compile(r"[a-z]\)? [A-Z]")
_GOES_ON = re.compile(rf"{JOINING_END.pattern}|[,/\-–]$")
#: A figure's open range closing a label ("Maatwerkdienstverlening 18-", "jongeren 65-"):
#: under that age or amount, a dash after the digits and nothing after it.
_OPEN_RANGE = re.compile(r"\d[-–]$")


def _unfinished(text: str, valued: bool = False) -> bool:
    """A label's first line that cannot end it: a bracket left open ("Bijdrage aan SSO's
    (exclusief"), or a word that joins it to more ("... medeoverheden en"). On the line
    printing the row's values (``valued``) a dash right after a figure closes an open range
    ("Geëscaleerde zorg 18-   6.412"), no figure broken onto the next line: a figure's
    range wraps before the values are printed ("Investeringsplan 2024-" / "2028   100");
    read as unfinished, the group heading under the row was joined to its label."""
    if text.count("(") > text.count(")"):
        return True
    return _GOES_ON.search(text) is not None and not (valued and _OPEN_RANGE.search(text))


def wrapped_labels(
    lines: list[str], found: list[tuple[int, str, list[tuple[str, int]]]], widest: int = 0
) -> list[tuple[int, str, list[tuple[str, int]]]]:
    """The rows with a label wrapped over two lines joined, a word broken with a hyphen
    at the line's end joined as a heading's is ("Noord-" / "Hollandse": "Noord-Hollandse",
    ``joined_heading``). A line without values right
    under a row ends the row's label when it starts in lower case or with a bracket, or the
    row's label cannot end where it does (``_unfinished``), or it hangs under the name of
    a row that opens with a code (``_hangs_under``). A line without values right
    above a row is the start of the row's label, not a heading of the rows under it, when
    the row's label goes on in lower case ("Bijdrage aan medeoverheden" / "agentschappen
    1.200 1.300"; a label starts with a capital, "waarvan" rows apart, unless the rows after
    it start in lower case too) or is a year alone, when the line begins other rows' labels
    (``_starts_others``), when it cannot end a label (``_unfinished``), when a dump
    wrapped at the screen's width broke it there (``_broken_at_width``), when it stands
    level with the row in a table that indents rows under headings (``_level_with_its_row``)
    or when the row's label cell wrapped it under a heading (``_wrapped_in_cell``;
    ``widest``: the longest label the table's blocks above print on a row's line). A line
    without values right under a group heading from a code, hanging under its name
    (``_hangs_under``), is the rest of that heading."""
    valued = [label for _i, label, cells in found if cells]
    headed = _heading_indents(lines, found)
    joined: list[tuple[int, str, list[tuple[str, int]]]] = []
    for k, row in enumerate(found):
        index, label, cells = row
        previous = joined[-1] if joined else None
        reach = found[k - 1][0] if k else -1  # the line above, in ``previous`` if joined
        # (the rows after it read from the next on, not sliced off whole for each row)
        after = next(
            (found[j][1] for j in range(k + 1, len(found)) if not WAARVAN.match(found[j][1])), ""
        )
        # rows under a heading may all start in lower case ("mbo", "hbo", "wo"): then the
        # case says nothing, unless the row's label goes on below it too (a label of three
        # lines prints its values on the middle one, which starts in lower case as the
        # middle lines of the rows after it do)
        below = found[k + 1] if k + 1 < len(found) else None
        continued = below is not None and not below[2] and below[0] == index + 1
        goes_on = _opens_lower(label) and (
            not _opens_lower(after) or (continued and _opens_lower(below[1]))
        )
        # a year alone is a wrapped label's end ("Mutatie nota van wijziging" / "2019"),
        # unless the rows after it are labelled by years too (a series, one year a row)
        goes_on |= is_year(label.strip()) and not is_year(after.strip())
        if (
            previous is not None
            and not previous[2]
            and cells
            and previous[0] == index - 1
            and not WAARVAN.match(label)
            and not label.startswith(previous[1].split(" ", 1)[0])  # "Subsidies" / "Subsidies x"
            and (
                goes_on
                or _unfinished(previous[1])
                or _starts_others(previous[1], valued, [lab for _i, lab, _c in found])
                or _broken_at_width(lines, previous[0], index)
                or _level_with_its_row(lines, found, k)
                or _start_between_rows(lines, found, k)
                or _wrapped_in_cell(lines, found, k, widest)
                or _values_on_middle_line(lines, found, k)
                or _starts_coded_name(lines, previous[0])
            )
        ):
            joined[-1] = (index, _code_first(lines, previous[0], index, previous[1], label), cells)
        elif (
            previous is not None
            and previous[2]
            and not cells
            and not _starts_coded_name(lines, index)
            and not WAARVAN.match(label)
            and not _unit_line_over(label, below)
            and (
                # a third line of a label wrapped under its values ("Klimaatfonds:
                # verduurzaming industrie  -250,0 ..." / "en maatwerkafspraken met de
                # grootste" / "uitstoters"): it goes on as the second did, in lower case or
                # after a line that cannot end the label
                (
                    reach == index - 1 > previous[0]
                    and (label[:1].islower() or _unfinished(previous[1], valued=True))
                )
                # the end of the row above's label, wrapped under it ("... opvang
                # asielzoekers 905.400 ..." / "(COA) voor de opvang ..."): no heading of
                # the rows below
                or (
                    previous[0] == index - 1
                    and (
                        label[:1].islower()
                        or label[:1] == "("
                        or _unfinished(previous[1], valued=True)
                        or (
                            _hangs_under(lines[previous[0]], lines[index])
                            and _indent(lines[index]) not in headed
                        )
                        or _indented_end(lines, previous[0], index, below, headed)
                        or _heads_one_row(lines, found, k)
                        or _over_total_alone(lines, found, k)
                        or _name_wrapped_between_groups(lines, found, k)
                        or _name_set_apart_below(lines, found, k)
                        or _ends_label_above(lines, found, k)
                        or _values_on_middle_line(lines, found, k - 1)
                        or _level_between_rows(lines, found, k)
                    )
                )
            )
        ):
            joined[-1] = (previous[0], joined_heading([previous[1], label]), previous[2])
        elif (
            previous is not None
            and not previous[2]
            and not cells
            and previous[0] == index - 1
            and not WAARVAN.match(label)
            and len(CHUNK.findall(lines[index])) == 1
            and (
                # the middle line of a label wrapped over three lines, its values on the
                # last ("Reserve bodem, water en milieu ten" / "behoeve van de uitvoering
                # van het" / "bodemconvenant   8.120"): the line above cannot end a label,
                # or this one opens in lower case as no label does; one line without values
                # so far, which the row under it may go on (a heading wrapped over two lines
                # is one heading). Each line one run of words: lines of several are column
                # headings over a block
                (
                    len(CHUNK.findall(lines[index - 1])) == 1
                    and (
                        _unfinished(previous[1])
                        or (_opens_lower(label) and not _lower_rows(found, k))
                    )
                )
                # a group heading wrapped onto a line of its own, hanging under its name
                # past its code ("6      Sociale voorzieningen en maatschappelijke" / "
                # dienstverlening"): one heading of the rows under it, not two (lines of
                # several runs are column headings read as groups: no heading of rows)
                or (
                    len(CHUNK.findall(lines[index - 1])) <= 2  # a code and a name at most
                    and _hangs_under(lines[index - 1], lines[index])
                )
            )
        ):
            joined[-1] = (index, joined_heading([previous[1], label]), cells)
        else:
            joined.append(row)
    return joined


def _unit_line_over(label: str, below: tuple[int, str, list[tuple[str, int]]] | None) -> bool:
    """Whether a line without values under a row is a unit line over the rows under it
    ("mln euro", "x € 1.000", "% bbp" printed bare, rows following), no end of the row's
    label: a label says its unit in brackets ("Uitgaven" / "(x € 1 mln)")."""
    return below is not None and not label.startswith("(") and unit_alone(label, 0) is not None


#: A row opening with a code apart from its name by padding ("6      Ondersteuning ...",
#: "11a   Bijdrage ..."; a budget chapter's Roman numeral, maybe lettered, "IIB     Raad
#: van State ...", or a fund's letter, "B       Provinciefonds ...", as ``CODE`` reads
#: them in a code column): the name starts where the match ends.
_CODE_THEN_NAME = re.compile(rf" *(?:\d[\d.]*[a-z]?\)?|{CHAPTER_CODE}|[A-Z]) {{2,}}(?=\S)")


def ends_last_label(
    lines: list[str],
    index: int,
    found: list[tuple[int, str, list[tuple[str, int]]]],
    furniture: Set[int] = frozenset(),
) -> bool:
    """Whether a line without values right under a table's last row, or under the lines of
    its label wrapped onto the lines below it, a blank line or the text's end after them,
    ends that row's label wrapped onto it ("Afwijking van het landelijk   -3,8%" /
    "gemiddelde"; "Het bedrag van de overschrijding en de   N.v.t." / "reden waarom de
    overschrijding al dan niet" / "is toegestaan"): ``MAX_WRAPPED`` such lines at most, each
    opening as the rest of a label does or the row's label unable to end where it does, as
    between rows (``wrapped_labels``), none a note; no rows follow them to head, so they
    are no group heading. The page's foot under them (``turns_page_at``; ``furniture``: the
    page layout's running lines) ends them as a blank line does: the rows may go on past
    the page's turn, under the heading printed again."""
    if not found or not found[-1][2]:
        return False
    last = found[-1][0]
    end = index + 1
    while end < len(lines) and lines[end].strip() and not turns_page_at(lines, end, furniture):
        end += 1  # the run of lines the label may be wrapped onto ends at a blank line
    if not last < index < end <= last + 1 + MAX_WRAPPED:
        return False
    if any(not lines[k].strip() for k in range(last + 1, index)):
        return False
    text = lines[index].strip()
    if NOTE.match(text) or _LETTER_NOTE.match(text):
        return False  # a footnote under the table ("a Inclusief ...", "1) Exclusief ...")
    label = found[-1][1]
    return (
        _opens_lower(text)
        or text[:1] == "("
        or _unfinished(label, valued=True)
        or _hangs_under(lines[index - 1], lines[index])
        or (_level_with_item(lines, found, index) and _overflows(found, len(found) - 1, text))
    )


def _level_with_item(
    lines: list[str], found: list[tuple[int, str, list[tuple[str, int]]]], index: int
) -> bool:
    """Whether the line ``index`` stands level with the label of the table's last row, an
    item indented past a heading of the table printed without values ("Subsidies" / "
    Stichting Toegepast Onderzoek   1.150 ..." / "  Waterbeheer (STOWA)"): where the table
    sets its items, not its headings, in the label's column as a code's table sets a name
    past its code (``_hangs_under``)."""
    last = found[-1][0]
    if "\t" in lines[last] or "\t" in lines[index]:
        return False
    indent = _indent(lines[index])
    return indent == _indent(lines[last]) and any(
        not cells and "\t" not in lines[i] and _indent(lines[i]) < indent
        for i, _label, cells in found
    )


def _heads_one_row(
    lines: list[str], found: list[tuple[int, str, list[tuple[str, int]]]], k: int
) -> bool:
    """Whether the line without values at ``found[k]``, under a row with values, would head
    one row alone before a total or balance closes the rows, in a table printing no other
    line without values ("Nationaal Programma Rotterdam Zuid   8.120 ..." /
    "Woningverbetering Charlois" / "Gezond in de stad   6.400 ..." / "Totaal ..."): a
    table whose rows stand under no heading prints no heading over one row of them; the
    line is the rest of the label above it, wrapped in its cell, where its first word would
    not have fit after that label within the longest label another row prints on its line
    (the cell's width made it wrap there). A row under it indented past it is its child:
    the line heads it ("Incidentele middelen" / "   Eenmalige impuls   2.000")."""
    if k < 1 or any(not cells for j, (_i, _label, cells) in enumerate(found) if j != k):
        return False
    if k + 1 < len(found) and _indent(lines[found[k + 1][0]]) > _indent(lines[found[k][0]]):
        return False
    if not _overflows(found, k - 1, found[k][1]):
        return False
    rest = [CLOSING.match(label.strip()) is not None for _i, label, _cells in found[k + 1 :]]
    return len(rest) >= 2 and not rest[0] and rest[1]


def _over_total_alone(
    lines: list[str], found: list[tuple[int, str, list[tuple[str, int]]]], k: int
) -> bool:
    """Whether the line without values at ``found[k]``, right between a row with values and
    the total closing the rows, level with both ("Bijdrage aan de Rijksinspectie   1.780
    ..." / "Digitale Infrastructuur" / "Totaal bijdragen ...   16.700 ..."), is the rest of
    the label above it: as a heading it would head the total alone, which sums the rows
    above it. So where its first word would not have fit after that label within the
    longest label another row prints on its line (``_overflows``: the cell's width made it
    wrap there)."""
    if not 0 < k < len(found) - 1:
        return False
    (above, _label, cells), (index, line, _c), (total, closing, sums) = found[k - 1 : k + 2]
    return (
        bool(cells)
        and bool(sums)
        and above + 1 == index == total - 1
        and CLOSING.match(closing.strip()) is not None
        and _indent(lines[above]) == _indent(lines[index]) == _indent(lines[total])
        and _overflows(found, k - 1, line)
    )


def _name_wrapped_between_groups(
    lines: list[str], found: list[tuple[int, str, list[tuple[str, int]]]], k: int
) -> bool:
    """Whether the line without values at ``found[k]``, hanging under the name of the coded
    row above it where the table prints its group headings too, would head one coded row
    alone before another such heading ("7     Oorlogsgetroffenen en Herinnering   406.115
    ..." / "      Wereldoorlog II" / "8     Tegemoetkoming ...   172.004 ..." / "
    Niet-beleidsartikelen"), the row's label too long to have taken its first word (the
    cell's width made it wrap, ``_overflows``): the rest of the name, wrapped, not a group
    of one row between groups. A heading whose group holds more rows, or under a label
    leaving room for its word ("46     Sport" / "       Niet-beleidsartikelen"), stays one."""
    if not 0 < k < len(found) - 2:
        return False
    (above, _label, _cells), (index, label, _c) = found[k - 1], found[k]
    (row, _name, cells), (after, _next, after_cells) = found[k + 1], found[k + 2]
    return (
        _hangs_under(lines[above], lines[index])
        and _overflows(found, k - 1, label)
        and bool(cells)
        and after == row + 1
        and not after_cells
        and _hangs_under(lines[row], lines[after])
        and _indent(lines[after]) == _indent(lines[index])
    )


def _name_set_apart_below(
    lines: list[str], found: list[tuple[int, str, list[tuple[str, int]]]], k: int
) -> bool:
    """Whether the line without values at ``found[k]``, right under the coded row above it
    and hanging under that row's name, is set apart from the lines below it by a blank line
    ("4     Consulaire dienstverlening en uitdragen   45.210 ..." / "      Nederlandse
    waarden" / "" / "      Niet-beleidsartikelen"), the row's label too long to have taken
    its first word (``_overflows``): a heading stands with the rows it heads, not set apart
    from them and glued to the row above, so the line is the rest of that row's name,
    wherever the table sets its headings. A line under a label leaving room for its word
    ("46     Sport" / "       Niet-beleidsartikelen"), or with rows right under it, stays
    a heading."""
    index, label = found[k][0], found[k][1]
    return (
        k > 0
        and index + 1 < len(lines)
        and not lines[index + 1].strip()
        and _hangs_under(lines[found[k - 1][0]], lines[index])
        and _overflows(found, k - 1, label)
    )


def _ends_label_above(
    lines: list[str], found: list[tuple[int, str, list[tuple[str, int]]]], k: int
) -> bool:
    """Whether the line without values at ``found[k]``, between two rows with values and
    level with both in a table that indents its rows under its headings (so no heading:
    ``_level_with_its_row``), ends the label of the row above, its values on its first
    line (a long label with its values / a word or two under it / the next row's label and values),
    rather than starting the label of the row below: a label wraps where its next word does not fit
    its cell, and the row above's label could not have taken the line's first word (``_overflows``),
    while the line could have taken the first word of the row below, so it starts no label that goes
    on there. Where the line could not have taken it either ("  Netto-vlottende schulden met een
    rentetypische looptijd" / "  < 1 jaar   1.806.430"), it starts the row below's label; so too
    where the line says it goes on there, ending in a hyphen, a comma, a joining word or a bracket
    left open (``_unfinished``: a line ending in "Noord-" over "Oost   300 ..."), or the row below
    opens in lower case as the rest of a label does (a line over "  en verder   300 ...") where the
    rows after it do not (``_lower_rows``): a label's width says where it may wrap, its words where
    it does."""
    if not 0 < k < len(found) - 1:
        return False
    (above, _label, _cells), (index, line, _c), (row, below, cells) = found[k - 1 : k + 2]
    return (
        bool(cells)
        and row == index + 1
        and not _unfinished(line)
        and not (_opens_lower(below) and not _lower_rows(found, k + 1))
        and _indent(lines[above]) == _indent(lines[index])
        and _level_with_its_row(lines, found, k + 1)
        and _overflows(found, k - 1, line)
        and not _overflows(found, k, below)
    )


def _values_on_middle_line(
    lines: list[str], found: list[tuple[int, str, list[tuple[str, int]]]], k: int
) -> bool:
    """Whether the row ``found[k]`` prints its values on the middle line of its label wrapped
    over three, the line right above it and the line right under it without values and level
    with it ("  <label, first part>" / "  <label, second part>   <value> ..." / "  <label,
    last part>"), as a PDF's text layer prints a cell centred on its row's height:
    right under a row standing left of them (their parent, the table indenting its rows
    under it), and over a row standing left of them. Neither line heads rows: a heading's
    rows stand deeper than it, while the row under the first line stands level with it and
    the one under the last stands left of it. Read as headings, the first line became the
    row's parent and the last a heading of nothing, the row's label their middle alone.
    Two such labels one right under the other are read alike: the three lines under the
    last one, or above the first, printed as one such label (``_three_lines``) stand in
    for the row standing left, as the centred cells part the lines between the two rows'
    values evenly (a line each); the last of a run of them may stand over a row of one line
    level with it (the list goes on: "Bijdrage aan de OESO   400"). A line over a row it is
    level with but with no such line under the row, or under which rows go on at its
    indent where no such label stands right above it, is left to the rules for two lines."""
    if not 2 <= k < len(found) - 2 or not _three_lines(lines, found, k):
        return False
    over, index, after = found[k - 2][0], found[k][0], found[k + 2][0]
    if over + 1 != found[k - 1][0]:
        return False
    indent = _indent(lines[index])
    run = k >= 4 and _indent(lines[over]) == indent and _three_lines(lines, found, k - 3)
    before = (bool(found[k - 2][2]) and _indent(lines[over]) < indent) or run
    level = _indent(lines[after]) == indent and found[k + 2][0] == found[k + 1][0] + 1
    below = _indent(lines[after]) < indent or (
        level
        and (
            (k + 3 < len(found) and _three_lines(lines, found, k + 3))
            or (run and bool(found[k + 2][2]))
        )
    )
    return before and below


def _three_lines(
    lines: list[str], found: list[tuple[int, str, list[tuple[str, int]]]], k: int
) -> bool:
    """Whether the row ``found[k]`` prints its values between two lines without values,
    one right above it and one right under it, all three level and no tab among them: the
    shape of a label wrapped over three lines, its values on the middle one."""
    if not 1 <= k < len(found) - 1:
        return False
    (above, _a, above_cells), (index, _l, cells), (below, _b, below_cells) = found[k - 1 : k + 2]
    if not cells or above_cells or below_cells or not above + 1 == index == below - 1:
        return False
    if any("\t" in lines[i] for i in (above, index, below)):
        return False
    return _indent(lines[above]) == _indent(lines[index]) == _indent(lines[below])


def _overflows(found: list[tuple[int, str, list[tuple[str, int]]]], k: int, line: str) -> bool:
    """Whether the first word of ``line``, a line without values under the row ``found[k]``,
    would not have fit after that row's label within the longest label another row with
    values prints: the cell's width made the label wrap there, where a short label
    ("46 Sport") leaves room that a heading under it does not take."""
    word = line.split(maxsplit=1)[:1]
    longest = max(
        (len(label.strip()) for j, (_i, label, cells) in enumerate(found) if cells and j != k),
        default=0,
    )
    return bool(word) and len(found[k][1].strip()) + 1 + len(word[0]) > longest


def _heading_indents(
    lines: list[str], found: list[tuple[int, str, list[tuple[str, int]]]]
) -> set[int]:
    """Where a table prints its group headings: the indents of its lines without values
    that no row stands right above (a blank line or the heading before them, "Totaal ..." /
    "" / "       Beleidsartikelen"), or that stand level under a row printing no code as a
    heading does (``_heads_under_total``). A line at such an indent under a row is another heading
    ("       Niet-beleidsartikelen" under "46     Sport   121 830 ..."), not the rest of
    the row's name (``_hangs_under``)."""
    rows = {index: (label, cells) for index, label, cells in found}
    return {
        _indent(lines[index])
        for k, (index, label, cells) in enumerate(found)
        if not cells
        and "\t" not in lines[index]
        and (
            index - 1 not in rows
            or _heads_under_total(lines, index, label, *rows[index - 1])
            or _heads_after_items(lines, found, k)
        )
    }


def _heads_after_items(
    lines: list[str], found: list[tuple[int, str, list[tuple[str, int]]]], k: int
) -> bool:
    """Whether the line without values at ``found[k]`` stands left of where the line of the
    row with values right above it starts, and the row right under it is indented past it
    ("    Centraal Justitieel Incassobureau   48.212 ..." / "  Subsidies (regelingen)" / "
    Reclasseringsorganisaties   318.405 ..."): a label's wrapped rest never starts left of
    its label, so the line closes the items above and heads those below, and its indent is
    where the table prints its headings. A line there under a coded row, hanging under its
    name ("34.2   Jeugd   196.438 ..." / "       Bijdrage aan agentschappen" / "
    Dienst Justitiële Inrichtingen   168.914 ..."), is another such heading, not the rest of
    that name (``_hangs_under``)."""
    if not 0 < k < len(found) - 1:
        return False
    (above, _label, above_cells), (index, _line, _c), (row, _row, cells) = found[k - 1 : k + 2]
    if not above_cells or above != index - 1 or row != index + 1 or not cells:
        return False
    if any("\t" in lines[i] for i in (above, index, row)):
        return False
    indent = _indent(lines[index])
    return indent < _indent(lines[above]) and indent < _indent(lines[row])


def _heads_under_total(
    lines: list[str], index: int, label: str, above: str, cells: list[tuple[str, int]]
) -> bool:
    """Whether a line without values right under a row with values that prints no code is
    a heading all the same ("       TOTAAL   3 116 550 ..." / "       Beleidsartikelen"):
    level with that row's label, or with the name of the coded row right under it, past
    its code ("       Totaal   N.NNN.NNN ..." / "         Beleidsartikelen" / "11
    <Naam> ...": a total set a little left of the names, the heading's rows at its
    indent as a heading's are), opening as a label does (not in lower case nor with a
    bracket), under a label that can end where it does; read so, its indent is where the
    table prints its headings."""
    row = lines[index - 1]
    indent = _indent(lines[index])
    name = _CODE_THEN_NAME.match(lines[index + 1]) if index + 1 < len(lines) else None
    return (
        bool(cells)
        and "\t" not in row
        and _CODE_THEN_NAME.match(row) is None
        and (_indent(row) == indent or (name is not None and name.end() == indent))
        and not _starts_coded_name(lines, index)
        and not _opens_lower(label)
        and label[:1] != "("
        and not _unfinished(above, valued=True)
    )


def _starts_coded_name(lines: list[str], index: int) -> bool:
    """Whether the line without values at ``index`` is the first line of the name of the
    coded row right under it, printed with its values on its last line: it stands where
    that row's name starts past its code, and the name goes on in lower case, as no name
    starts ("         Bijdrage aan het Deltafonds" / "12       en het Mobiliteitsfonds
    5.812.600 ..."). A heading there has its rows' names open as names do."""
    if index + 1 >= len(lines) or "\t" in lines[index] or "\t" in lines[index + 1]:
        return False
    code = _CODE_THEN_NAME.match(lines[index + 1])
    return (
        code is not None
        and code.end() == _indent(lines[index])
        and _opens_lower(lines[index + 1][code.end() :])
    )


def _code_first(lines: list[str], above: int, index: int, start: str, label: str) -> str:
    """The label of the row on line ``index`` (``label``, its code first where it prints
    one) joined after its start printed on line ``above`` (``start``): where the row opens
    with a code apart from its name (``_CODE_THEN_NAME``) and the start stands past that
    code, over the name, the start goes on the name, after the code ("Circulaire economie
    en" / "21   duurzaamheid": "21 Circulaire economie en duurzaamheid"): the code heads
    the whole name, as the answers prepend it."""
    line = lines[index]
    code = _CODE_THEN_NAME.match(line)
    head = line[: code.end()].strip() if code else ""
    if (
        code is None
        or "\t" in lines[above]
        or _indent(lines[above]) < code.end()
        or not label.startswith(head + " ")
    ):
        return joined_heading([start, label])
    return f"{head} {joined_heading([start, label[len(head) + 1 :]])}"


def _indented_end(
    lines: list[str],
    row: int,
    index: int,
    below: tuple[int, str, list[tuple[str, int]]] | None,
    headed: set[int],
) -> bool:
    """Whether a line without values under a row (``row``, ``index``: their lines) is
    indented past that row's label, at no indent where the table prints its headings, and
    the next row stands left of it ("Reconstructie N-wegen en fietspaden   38.500 ..." /
    "  Noordoost" / "Vervanging ..."): the rest of the row's label, wrapped; a heading
    would have its rows under it at its indent or deeper. A next row opening with a code
    apart from its name stands where its name does ("6.1    Logius   118.302 ..."): the
    code column left of the headings says nothing, and a heading between coded rows
    ("        Opdrachten", under the row's "Uitgaven") was joined to the row above."""
    indent = _indent(lines[index])
    if below is None or "\t" in lines[index] or "\t" in lines[row]:
        return False
    code = _CODE_THEN_NAME.match(lines[below[0]])
    start = code.end() if code else _indent(lines[below[0]])
    return indent > _indent(lines[row]) and indent not in headed and start < indent


def _hangs_under(row: str, line: str) -> bool:
    """Whether a line without values starts where the name of the row above starts past
    its code ("12     Ondersteuning Rijkswaterstaat" / "       Landelijke Diensten"): a
    code column's table prints its group headings and next codes in the code column, so
    a line under the name, with no code of its own, is the rest of that name."""
    code = _CODE_THEN_NAME.match(row)
    if code is None or "\t" in row or "\t" in line:
        return False
    return len(line) - len(line.lstrip(" ")) == code.end()


def _broken_at_width(lines: list[str], above: int, index: int) -> bool:
    """Whether a line without values (``above``) ends where a text dump wrapped at the
    screen's width had to break it: printed with single spaces as the row under it is, it
    is so long that the first word of that row (``index``) would have run past the longest
    of the text's other lines, which it does not pass itself ("Kasschuif ... vertraging van
    de spoorprojecten" / "Hanzelijn en Utrecht-Geldermalsen -212,4 ..." at 80 characters):
    the start of that row's label; a heading of the rows under it is short, and fits the
    next word."""
    head, row = lines[above].rstrip(), lines[index].strip()
    if "  " in head.strip() or "  " in row or "\t" in head or "\t" in lines[index]:
        return False
    word = row.split(" ", 1)[0]
    # the width is what the other lines reach: a line longer than all of them is no line
    # broken at it (a long group heading over short rows)
    width = max((len(line.rstrip()) for k, line in enumerate(lines) if k != above), default=0)
    return len(head) <= width < len(head) + 1 + len(word)


def _lower_rows(found: list[tuple[int, str, list[tuple[str, int]]]], k: int) -> bool:
    """Whether the rows after the first row with values from ``found[k]`` on open in lower
    case too (rows under a heading may all: "mbo", "hbo"), past "waarvan" rows: then a
    line opening so is no wrapped label's rest by its case."""
    valued = next((j for j in range(k, len(found)) if found[j][2]), len(found))
    later = (label for _i, label, _c in found[valued + 1 :] if not WAARVAN.match(label))
    return _opens_lower(next(later, ""))


def _opens_lower(label: str) -> bool:
    """Whether a line of a label opens as the rest of one does: in lower case, or with a
    bracket before lower case ("(artikel 3 ...) en uit de")."""
    return label[:1].islower() or (label[:1] == "(" and label[1:2].islower())


def _starts_others(start: str, valued: list[str], others: list[str]) -> bool:
    """Whether a line without values begins two labels of rows with values or more
    (``valued``), as the start of a label does ("Uitvoeringsmutaties" / "Uitvoeringsmutaties
    WKB"), or opens with a prefix ending in a colon that two other lines (``others``) open
    with ("Bij: Overbruggingskrediet" / "Bij: Derdenrekening"): its rows are written alike,
    so it is the start of one wrapped over two lines, not their heading."""
    if sum(label.startswith(start + " ") for label in valued) >= 2:
        return True
    first = start.split(" ", 1)[0]
    prefix = first + " "
    alike = sum(label.startswith(prefix) and label != start for label in others)
    return first[-1:] == ":" and alike >= 2


def _level_with_its_row(
    lines: list[str], found: list[tuple[int, str, list[tuple[str, int]]]], k: int
) -> bool:
    """Whether the line without values right above the row ``found[k]``, itself right under
    a row with values, stands at the indent of both, in a table that indents the rows
    under each of its headings past the heading ("Vlottende activa" / "  Voorraden   214"):
    a heading there would have its rows deeper; level with them, the line is the start of
    the row's label, wrapped in its cell ("  Voorraden   214" / "  Uitzettingen met een
    rentetypische looptijd" / "  < 1 jaar   1.806"). The table's headings are its lines
    without values that no row with values stands right above (a blank line or another
    heading before them); one at least, each over rows deeper than itself."""
    if k < 2:
        return False
    (above, _label, _c), (index, _row, _cells) = found[k - 1], found[k]
    valued = {i for i, _l, cells in found if cells}
    if above - 1 not in valued or "\t" in lines[above] or "\t" in lines[index]:
        return False
    if _indent(lines[above]) != _indent(lines[index]):
        return False
    headings = 0
    for j, (i, _l, cells) in enumerate(found):
        if cells or i - 1 in valued or j == k - 1:
            continue
        first = next((r for r, _l2, c in found[j + 1 :] if c), None)
        if first is None or "\t" in lines[i] or _indent(lines[first]) <= _indent(lines[i]):
            return False
        headings += 1
    return headings > 0


def _start_between_rows(
    lines: list[str], found: list[tuple[int, str, list[tuple[str, int]]]], k: int
) -> bool:
    """Whether the line without values right above the row ``found[k]`` and right under
    a row with values, all three level, is the start of the row's label, in a table that
    prints its wrapped labels' values on their last line ("Uitgaven   857 966 ..." /
    "Bekostiging Koninklijke Nederlandse" / "Akademie van Wetenschappen (KNAW)   92 110
    ..."): another label of the table wraps so, seen by its case or by a line that cannot
    end a label (``_bottom_aligned``), and the row's first word would not have fit after
    the line in the labels' room, left of the first value any row prints, two spaces apart
    (the cell's width made it wrap). A heading there leaves room for its first row's first
    word ("Uitgaven   ..." / "Opdrachten" / "Onderzoek   2.103"). A table printing any
    row's values one space after its label sets no label cell of a width: none is read so."""
    if k < 2:
        return False
    (over, _o, over_cells), (above, start, _a), (index, row, _c) = found[k - 2 : k + 1]
    if not over_cells or over != above - 1 or any("\t" in lines[i] for i in (over, above, index)):
        return False
    if not _indent(lines[over]) == _indent(lines[above]) == _indent(lines[index]):
        return False
    starts = [(lines[i], cells[0][1] - 1) for i, _l, cells in found if cells]
    if not all(at >= 2 and line[at - 2 : at] == "  " for line, at in starts):
        return False  # a row set by single spaces: no label cell of a width to wrap in
    word = row.split(maxsplit=1)[:1]
    room = min(at for _line, at in starts) - 2
    fits = _indent(lines[above]) + len(start.strip()) + 1 + len(word[0]) <= room if word else True
    return not fits and _bottom_aligned(lines, found, k - 1)


def _bottom_aligned(
    lines: list[str], found: list[tuple[int, str, list[tuple[str, int]]]], skip: int
) -> bool:
    """Whether a table prints a wrapped label's values on its last line: a line without
    values other than ``found[skip]``, right above a row with values and level with it,
    that cannot end a label (``_unfinished``) or under which the row goes on in lower case,
    as no label starts (rows that all open so, "mbo", "hbo", tell nothing)."""
    for j in range(len(found) - 1):
        (above, start, above_cells), (index, row, cells) = found[j], found[j + 1]
        if j == skip or above_cells or not cells or above != index - 1:
            continue
        if _indent(lines[above]) != _indent(lines[index]) or WAARVAN.match(row):
            continue
        if _unfinished(start) or (_opens_lower(row) and not _lower_rows(found, j + 2)):
            return True
    return False


def _level_between_rows(
    lines: list[str], found: list[tuple[int, str, list[tuple[str, int]]]], k: int
) -> bool:
    """Whether the line without values ``found[k]``, right between two rows with values,
    stands at the indent of both, in a table whose every other line without values heads
    rows set in past it, each printed right under a row ("  Wegen   4.120 ..." /
    "Bijdrage aan ZBO's/RWT's" / "  Bijdrage aan het Centraal Bureau   6.105 ..." /
    "  Rijvaardigheidsbewijzen" / "  Bijdrage aan de RDW   3.840 ..."): a heading there
    would stand left of its rows as the others do, so level with them the line is the
    rest of the label above, wrapped in its cell under the values' line (a PDF's cells
    printed from the top). Where the headings stand apart from the rows above them (a
    blank line or another heading before them), such a line starts the row below
    (``_level_with_its_row``)."""
    if not 0 < k < len(found) - 1:
        return False
    (above, _a, above_cells), (index, _l, _c), (row, _r, cells) = found[k - 1 : k + 2]
    if not above_cells or not cells or above != index - 1 or row != index + 1:
        return False
    if any("\t" in lines[i] for i in (above, index, row)):
        return False
    if not _indent(lines[above]) == _indent(lines[index]) == _indent(lines[row]):
        return False
    valued = {i for i, _l2, c in found if c}
    headings = 0
    for j, (i, _l2, c) in enumerate(found):
        if c or j == k:
            continue
        first = next((r for r, _l3, c3 in found[j + 1 :] if c3), None)
        if i - 1 not in valued or first is None or "\t" in lines[i]:
            return False
        if _indent(lines[first]) <= _indent(lines[i]):
            return False
        headings += 1
    return headings > 0


def printed_label(lines: list[str], row: Row) -> int:
    """How long the label a row prints on the line of its values is (0 for a row without
    values): a label wrapped over two lines prints its start on the line above."""
    first = min((cell.column for cell in (*row.cells, *row.loose)), default=0)
    return len(lines[row.line - 1][: first - 1].strip()) if first else 0


def _wrapped_in_cell(
    lines: list[str], found: list[tuple[int, str, list[tuple[str, int]]]], k: int, widest: int
) -> bool:
    """Whether the line without values right above the row ``found[k]``, itself right under
    a heading, is the start of that row's label wrapped in its cell ("Bijdrage aan
    agentschappen" / "Rijksdienst voor Ondernemend" / "Nederland (RVO)   9.871 ..."): it
    stands level with the row (a table printing no indent there tells no heading from a
    label's start by it), it fits within the longest label a row of the table prints on its
    line (``widest``, of the blocks above, or of this one: a heading may run on over the
    empty columns, a label's line ends in its cell), and the row's first word would not
    have fit after it there (the cell's width made it wrap). A heading nested under another,
    its rows level with it, leaves room for its first row's first word ("Lasten" /
    "Apparaatskosten" / "– personele kosten   121.630"). A table whose every row prints
    its values one space after its label (``_set_by_single_spaces``) has no label cell of
    a width to wrap in."""
    if k < 2 or _set_by_single_spaces(lines, found):
        return False
    (over, _heading, over_cells), (above, start, _c), (index, row, _cells) = found[k - 2 : k + 1]
    if over_cells or over != above - 1 or "\t" in lines[above] or "\t" in lines[index]:
        return False
    if not _indent(lines[over]) <= _indent(lines[above]) == _indent(lines[index]):
        return False  # (a line standing right of it is no heading: a heading's end)
    longest = max(
        (len(lines[i][: cells[0][1] - 1].strip()) for i, _label, cells in found if cells),
        default=0,
    )
    longest = max(longest, widest)
    word = row.split(maxsplit=1)[:1]
    if _closed_by_total(found, k, start):
        return False
    return bool(word) and len(start.strip()) <= longest < len(start.strip()) + 1 + len(word[0])


def _set_by_single_spaces(
    lines: list[str], found: list[tuple[int, str, list[tuple[str, int]]]]
) -> bool:
    """Whether every row printing values prints its first one a single space after its
    label ("Energietoeslag minima 1.920.000 2.104.700"): a text that sets its rows by
    single spaces, no columns padded to a width."""
    starts = [(lines[i], cells[0][1] - 1) for i, _label, cells in found if cells]
    return bool(starts) and all(
        at >= 2 and line[at - 1] == " " and line[at - 2] != " " for line, at in starts
    )


#: A total's label naming what it closes: "Totaal incidentele lasten", "Subtotaal baten".
_TOTAL_OF = re.compile(r"(?:sub)?totaal[ \xa0]+(?P<name>.+)", re.IGNORECASE)


def _closed_by_total(
    found: list[tuple[int, str, list[tuple[str, int]]]], k: int, start: str
) -> bool:
    """Whether a row after ``found[k]`` is the total of the line ``start`` ("Incidentele
    lasten" ... "Totaal incidentele lasten"): that line names a group of rows, no label's
    first words."""
    name = " ".join(start.split()).lower()
    return any(
        (total := _TOTAL_OF.fullmatch(" ".join(label.split()))) is not None
        and total.group("name").lower() == name
        for _i, label, cells in found[k:]
        if cells
    )
