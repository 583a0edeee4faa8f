"""A table's title: its caption, the line above its headings, or the heading it stands under.

A table printed without a caption of its own is named by the line right above its headings;
where that line names nothing (a unit line, the column headings, no line at all), the line
naming it is looked for further up (``tables_titles.name_above``), past prose and parts of
names broken over lines, never above the table before it.
"""

from __future__ import annotations

import pytest
from table_texts import cell_grid, cells_per_line, printed, read_text

from budgetkit.extract.tables_titles import names_nothing, unmarked, wrapped_period, wrapped_title

COLUMNS = ["Begroting 2025", "Realisatie 2025", "2026", "2027"]


@pytest.mark.parametrize(
    ("title", "nothing"),
    [
        ("", True),
        ("Bedragen x € 1.000", True),
        ("(x € 1 mln)", True),
        ("Bedragen in €", True),
        # its own column headings, the labels' heading first or not
        ("Omschrijving Begroting 2025 Realisatie 2025", True),
        ("Kostensoort 2026 2027", True),
        ("2026 2027", True),
        # a name, with its unit or its period or not
        ("Staat van baten en lasten (bedragen x € 1.000)", False),
        ("Investeringsplanning 2026-2027", False),
        ("Tabel 4", False),
    ],
)
def test_a_unit_line_or_the_column_headings_name_no_table(title: str, nothing: bool) -> None:
    assert names_nothing(title, COLUMNS) is nothing


def _cell_table(*above: str) -> str:
    return cells_per_line(
        *above, "Omschrijving", "2025", "2026", "Subsidies", "12", "14", "Totaal", "12", "14"
    )


def _title(text: str) -> str:
    (table,), _cells, _warnings = read_text(text)
    return table["title"]


def test_a_heading_above_the_unit_line_names_the_table() -> None:
    """Over "Bedragen x € 1.000" and a sentence of prose, the section heading names the
    table, not the unit line."""
    text = _cell_table(
        "7.3 Staat van baten en lasten",
        "De baten stijgen in beide jaren.",
        "Bedragen x € 1.000",
    )
    assert _title(text) == "7.3 Staat van baten en lasten"


def test_a_title_right_above_the_headings_is_kept() -> None:
    text = _cell_table("Hoofdstuk 7", "Overzicht subsidies x € 1.000")
    assert _title(text) == "Overzicht subsidies x € 1.000"


@pytest.mark.parametrize(
    ("above", "title"),
    [
        # a paragraph wrapped over lines: none of its lines names the table, nor does any
        # other line above it
        (("De subsidies worden verdeeld volgens de verdeelsleutel van", "de regeling."), ""),
        (("De subsidies stijgen. Het kabinet trekt daarvoor geld uit", "in beide jaren."), ""),
        # a name broken over lines: its parts name nothing on their own; the unit line stays
        (("Bijdrage van", "Bedragen x € 1.000"), "Bedragen x € 1.000"),
        (("Ontvang-", "Bedragen x € 1.000"), "Bedragen x € 1.000"),
    ],
)
def test_prose_and_broken_names_are_no_title(above: tuple[str, ...], title: str) -> None:
    """Nothing above names the table: the unit line (or nothing) stays its title."""
    assert _title(_cell_table(*above)) == title


_UNIT_LINE = "Bedragen x € 1.000"


@pytest.mark.parametrize(
    ("above", "title"),
    [
        # a letter's fields, its place and date
        (("Datum 12 maart 2026", "Onderwerp Voortgang uitvoering"), _UNIT_LINE),
        (("Den Haag, 12 maart 2026",), _UNIT_LINE),
        # the items of a list, and the line opening it
        (("Het kabinet neemt de volgende maatregelen:", "• Versterking rechtspraak"), _UNIT_LINE),
        (("De middelen gaan naar:", "1. Lokaal bestuur", "2. Digitale overheid"), _UNIT_LINE),
        # a footnote of the text above
        (("Overzicht subsidies", "¹ Exclusief apparaatsuitgaven"), _UNIT_LINE),
        # a sentence running on after its article, its full stop left off: the heading over
        # it names the table
        (("Subsidies", "De subsidies worden verstrekt aan gemeenten en provincies"), "Subsidies"),
    ],
)
def test_a_line_that_is_no_heading_ends_the_search(above: tuple[str, ...], title: str) -> None:
    """Better no name than a wrong one: the unit line stays the title, or the heading over
    the sentence names the table."""
    assert _title(_cell_table(*above, _UNIT_LINE)) == title


def test_a_word_alone_over_the_unit_line_is_a_title() -> None:
    """A one-word title right above the unit line names the table: only right above the
    headings does a word alone head the labels."""
    text = _cell_table("Jaarverslag 2025", "Kasstroomoverzicht", "Bedragen x € 1.000")
    assert _title(text) == "Kasstroomoverzicht"


def test_a_word_alone_over_the_headings_heads_the_labels() -> None:
    """ "Kostensoort" printed as the labels' heading cell right above the year headings is
    no title: the heading above the unit line is."""
    text = cells_per_line(
        "Overzicht kosten",
        "Bedragen x € 1.000",
        "Kostensoort",
        "2025",
        "2026",
        "Personeel",
        "12",
        "14",
    )
    assert _title(text) == "Overzicht kosten"


def test_the_search_stops_at_the_table_above() -> None:
    """A second table under the first names itself by its own lines only: the first table's
    heading is not its name."""
    first = _cell_table("Overzicht subsidies", "Bedragen x € 1.000")
    second = cells_per_line(
        "Bedragen x € 1.000", "Omschrijving", "2025", "2026", "Leningen", "3", "4"
    )
    tables, _cells, _warnings = read_text(first + "\n\n\n" + second)
    assert [t["title"] for t in tables] == ["Overzicht subsidies", "Bedragen x € 1.000"]


def test_a_numbered_heading_over_a_table_whose_rows_open_with_a_code() -> None:
    """The first row's code printed on its own line ("VI" before its name) is the table's
    own line, no labels' heading; a section's number before its stop ("3. Kasschuiven")
    is no sentence's end."""
    text = cells_per_line(
        "3. Kasschuiven bij de Najaarsnota",
        "Per saldo schuift het kabinet uitgaven naar latere jaren.",
        "(bedragen x € 1 mln)",
        "Hfdst.",
        "Begroting",
        "2025",
        "2026",
        "VI",
        "Justitie en Veiligheid",
        "-45",
        "30",
    )
    assert _title(text) == "3. Kasschuiven bij de Najaarsnota"


def test_markdown_marks_are_no_part_of_a_title() -> None:
    text = (
        "**Tabel 1 Subsidies (bedragen x € 1 mln)**\n\n"
        "| Omschrijving | 2025 | 2026 |\n|:--|--:|--:|\n| Subsidies | 12 | 14 |"
    )
    assert _title(text) == "Tabel 1 Subsidies (bedragen x € 1 mln)"


def test_a_bold_caption_under_a_section_heading_names_the_table_not_the_heading() -> None:
    """A Markdown page prints a section's heading, then the table's caption in bold over
    the pipe table ("## Uitgaven" / "**Tabel 1 ...**"): the caption names the table, the
    heading the section. (The heading above it was taken, the first line over the table.)"""
    text = (
        "## Uitgaven\n\n**Tabel 1 Subsidies (bedragen x € 1 mln)**\n\n"
        "| Omschrijving | 2025 | 2026 |\n|:--|--:|--:|\n| Subsidies | 12 | 14 |"
    )
    assert _title(text) == "Tabel 1 Subsidies (bedragen x € 1 mln)"


def test_a_bold_line_naming_no_table_under_a_section_heading_leaves_the_heading() -> None:
    """The near form: a bold line over the table that is no caption (a note, "**Bedragen
    x € 1 mln**") leaves the section's heading its title, as before."""
    text = (
        "## Subsidies aan gemeenten\n\n**Bedragen x € 1 mln**\n\n"
        "| Omschrijving | 2025 | 2026 |\n|:--|--:|--:|\n| Subsidies | 12 | 14 |"
    )
    assert _title(text) == "Subsidies aan gemeenten"


_RUNNING_HEAD = (
    "{head}\n\n\n{title}\n\n"
    "                                      2024       2025\n\n"
    "Rijk                               -11 240     -7 390\n"
    "Lokale overheid                     -1 732     -1 015\n"
    "Totaal                             -12 972     -8 405"
)


@pytest.mark.parametrize(
    ("head", "title", "named"),
    [
        # a running head, its parts at the margins: no name of the table below it
        (
            "Overheid                                        Statistisch jaarboek 2009",
            "7.3  Overheidsfinanciën naar subsector",
            "7.3 Overheidsfinanciën naar subsector",
        ),
        # a title with its unit at the right margin is the title
        (
            "",
            "Overzicht van het EMU-saldo                     Bedragen x € 1 mln",
            "Overzicht van het EMU-saldo Bedragen x € 1 mln",
        ),
    ],
)
def test_a_running_head_above_a_title_is_no_name(head: str, title: str, named: str) -> None:
    assert _title(_RUNNING_HEAD.format(head=head, title=title)) == named


def _laid_out_table(*above: str) -> str:
    """A table a PDF's layout text prints, the lines ``above`` right over its headings."""
    ends = (60, 75)
    return "\n".join(
        [
            "Tweede Kamer, vergaderjaar 2023–2024, 36 410 IXB, nr. 1",
            "",
            *above,
            "",
            printed("Omschrijving", ends, "2024", "2025"),
            printed("Subsidies", ends, "12.400", "14.100"),
            printed("Opdrachten", ends, "3.200", "3.350"),
            printed("Totaal", ends, "15.600", "17.450"),
        ]
    )


_STAAT = "Wijziging van de begrotingsstaat van het Ministerie van Financiën (IXB) voor het"


@pytest.mark.parametrize(
    ("above", "title"),
    [
        # the name's last line opens in lower case, its first ends in a joining word
        (
            (_STAAT, "jaar 2024 (wijziging samenhangende met de Voorjaarsnota)"),
            f"{_STAAT} jaar 2024 (wijziging samenhangende met de Voorjaarsnota)",
        ),
        # the name's last line opens with a bracket: a remark on the line above
        (
            ("Begrotingsstaat van het Ministerie van Financiën (IXB) 2024", "(Slotwet)"),
            "Begrotingsstaat van het Ministerie van Financiën (IXB) 2024 (Slotwet)",
        ),
        # a caption printing its number alone, its name on the line under it
        (
            ("Tabel 45.1", "Budgettaire gevolgen van beleid (x € 1 000)"),
            "Tabel 45.1 Budgettaire gevolgen van beleid (x € 1 000)",
        ),
        # a caption going on in lower case, and closing the bracket it opens, below it
        (
            ("Tabel 2 Verticale toelichting uitgaven 1e suppletoire", "begroting 2024 (bedragen x",
             "€ 1.000)"),
            "Tabel 2 Verticale toelichting uitgaven 1e suppletoire begroting 2024 (bedragen x"
            " € 1.000)",
        ),
    ],
)  # fmt: skip
def test_a_name_wrapped_over_lines_is_the_title_whole(above: tuple[str, ...], title: str) -> None:
    """A text layer wraps a long caption or title onto the next lines: the title was the
    name's last line alone ("jaar 2024 (wijziging ...)"), or the caption's first line,
    which named a part of it."""
    assert _title(_laid_out_table(*above)) == title


@pytest.mark.parametrize(
    ("above", "title"),
    [
        # a heading over a title opening with a capital: a heading, no part of the title
        (("Hoofdstuk 3", "Overzicht subsidies"), "Overzicht subsidies"),
        # a caption over a unit line in lower case: the unit names nothing
        (("Tabel 2 Uitgaven per instrument", "x € 1.000"), "Tabel 2 Uitgaven per instrument"),
        # a caption's number alone over a unit line opening with a capital: no name
        (("Tabel 2", "Bedragen x € 1.000"), "Tabel 2"),
        # a caption naming its table over a line opening with a capital: no part of it
        (("Tabel 2 Uitgaven", "Subsidies aan gemeenten"), "Tabel 2 Uitgaven"),
        # a sentence ended above a line opening in lower case
        (("De subsidies zijn verlaagd.", "overzicht subsidies 2024"), "overzicht subsidies 2024"),
        # a paragraph's line ending in a joining word, the float breaking its sentence, over
        # a caption: the caption's word and number begin the name
        (
            ("De uitgaven stijgen vooral door de middelen voor de uitvoering van de",
             "Tabel 3.2 Budgettaire gevolgen van beleid (bedragen x € 1.000)"),
            "Tabel 3.2 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
        ),
        # a paragraph's line holding a sentence's end, its last word broken, over a caption
        # or a title: a paragraph's, no part of the name
        (
            ("De mutaties zijn hieronder weergegeven. Zij worden ver-",
             "Tabel 5 Mutaties artikel 6 (bedragen x € 1.000)"),
            "Tabel 5 Mutaties artikel 6 (bedragen x € 1.000)",
        ),
    ],
)  # fmt: skip
def test_lines_around_a_whole_name_are_no_part_of_it(above: tuple[str, ...], title: str) -> None:
    """The near forms: the lines next to a title that opens with a capital under a line
    ending no word that joins, a unit line, and a sentence are no part of it."""
    assert _title(_laid_out_table(*above)) == title


@pytest.mark.parametrize(
    ("lines", "whole"),
    [
        # a caption's word and number begin the name, whatever the line above ends in
        (["De middelen worden besteed aan de programma's van het", "Overzicht 4 Subsidies"],
         "Overzicht 4 Subsidies"),
        (["Zie voor de toelichting de", "Figuur 2 Uitgaven per jaar"],
         "Figuur 2 Uitgaven per jaar"),
        # an appendix's letter and a point before the number ("B.2"), as "Tabel B.2" has
        (["De middelen worden besteed aan de programma's van het", "Overzicht B.4 Subsidies"],
         "Overzicht B.4 Subsidies"),
        (["Zie voor de toelichting de", "Figuur C.2 Uitgaven per jaar"],
         "Figuur C.2 Uitgaven per jaar"),
        # a paragraph's last line holding a sentence's end: the name going on in lower case
        # goes on from no such line
        (["De mutaties zijn hieronder weergegeven. Zij worden toegelicht in de",
          "overzicht subsidies 2024"], "overzicht subsidies 2024"),
        # the fire: a name's first line ending in a joining word, its rest in lower case
        (["Overzicht van de subsidies van het", "ministerie in 2024"],
         "Overzicht van de subsidies van het ministerie in 2024"),
    ],
)  # fmt: skip
def test_a_caption_or_a_paragraph_line_is_no_name_s_first_line(
    lines: list[str], whole: str
) -> None:
    """A caption opens its name, and a line holding a sentence's end closes a paragraph:
    the name under them is not joined onto them."""
    assert wrapped_title(lines, 1, lines[1], []) == whole


#: Where a balance's columns end: its notes' references ("Toelichting"), then two dates.
_BALANCE_ENDS = (62, 78, 94)


def _balance_with_notes(*above: str) -> str:
    """A balance printed with ``pdftotext -layout`` under ``above`` and its unit line, a
    column of the notes' references ("5.4.1") between its labels and its dates."""
    return "\n".join(
        [
            *above,
            "",
            "(bedragen x € 1.000)",
            "",
            printed("ACTIVA", _BALANCE_ENDS, "Toelichting", "31-12-2024", "31-12-2023"),
            "",
            "Vaste activa",
            printed("  Materiële vaste activa", _BALANCE_ENDS, "5.4.1", "18.412", "17.950"),
            printed("  Financiële vaste activa", _BALANCE_ENDS, "5.4.2", "2.310", "1.884"),
            printed("Totaal vaste activa", _BALANCE_ENDS, "", "20.722", "19.834"),
        ]
    )


def test_the_heading_over_a_heading_line_with_a_text_column_names_the_table() -> None:
    """The table's own column heading line prints a text column's heading too ("ACTIVA
    Toelichting 31-12-2024 31-12-2023"), so it reads as no line of the dates alone, and
    ending in a figure, as no name either: the search for the name stopped there, and the
    unit line was the title. The table's own lines are passed over: the heading over the
    unit line names it."""
    assert _title(_balance_with_notes("4.2 Balans per 31 december 2024")) == (
        "4.2 Balans per 31 december 2024"
    )


def test_a_line_that_is_no_heading_above_a_tables_own_lines_still_ends_the_search() -> None:
    """Past the same heading line, a list's item above the unit line names no table:
    the unit line stays the title."""
    text = _balance_with_notes("De balans is als volgt:", "• Balans per 31 december 2024")
    assert _title(text) == "(bedragen x € 1.000)"


def _pipe_table(label: str, *values: str) -> str:
    return (
        "| Omschrijving | 2025 | 2026 |\n|---|---:|---:|\n"
        + "".join(f"| {label} {n} | {value} | {value} |\n" for n, value in enumerate(values, 1))
        + f"| Totaal | {sum(map(int, values))} | {sum(map(int, values))} |"
    )


@pytest.mark.parametrize("between", ["Door afronding tellen de bedragen niet altijd op.\n\n", ""])
def test_a_caption_under_a_table_names_it(between: str) -> None:
    """A page printing each caption under its table ("*Tabel 2 ...*" after the rows, a
    section heading above): the caption is the table's title and says its unit; the table
    under the next heading takes no unit from the caption of the one above it."""
    text = (
        f"## Uitkeringen\n\n{_pipe_table('Uitkering', '120', '80')}\n\n"
        f"*Tabel 2 Omvang uitkeringen 2025 (bedragen x € 1.000)*\n{between}"
        f"## Kerncijfers\n\n{_pipe_table('Post', '3', '4')}\n\n"
        "*Tabel 3 Kerncijfers 2025*\n\nDe VNG adviseert gemeenten deze cijfers te gebruiken."
    )
    tables, _cells, _warnings = read_text(text)
    assert [(t["title"], t["number"], t["unit_label"]) for t in tables] == [
        ("Tabel 2 Omvang uitkeringen 2025 (bedragen x € 1.000)", "2", "x € 1.000"),
        ("Tabel 3 Kerncijfers 2025", "3", ""),
    ]


@pytest.mark.parametrize(
    "after",
    [
        # right over the next table's headings, emphasised or not
        "*Tabel 3 Kerncijfers*\n\n" + _pipe_table("Post", "3", "4"),
        "Tabel 3 Kerncijfers\n\n" + _pipe_table("Post", "3", "4"),
        # closing a text cut before its table; its number alone, its name on the next line
        "Tabel 4 Accres",
        "Tabel 4\nAccres gemeentefonds\n\nHet accres stijgt.",
        # over a line of years or a unit line, a table no reader took
        "Tabel 4 Accres\n\n                         2025       2026",
        "Tabel 4 Accres\n(bedragen x € 1 mln)",
    ],
)
def test_a_caption_under_a_table_that_heads_what_follows_names_no_table_above(after: str) -> None:
    """A caption printed under a table that stands over the next table, or over what the
    text lost, or that prints its name on the line under it, is no caption of the table
    above: that one keeps the heading it stands under."""
    text = f"## Uitkeringen\n\n{_pipe_table('Uitkering', '120', '80')}\n\n{after}"
    tables, _cells, _warnings = read_text(text)
    assert tables[0]["title"] == "Uitkeringen"
    assert [t["title"] for t in tables[1:]] == (["Tabel 3 Kerncijfers"] if "|" in after else [])


def _cornered(corner: str, above: str = "D. Budgettaire gevolgen van beleid") -> str:
    return (
        f"{above}\n{corner} | Realisatie | | Begroting |\n---|---|---|---|\n"
        " | 2023 | 2024 | 2024 |\nUitgaven | 150 | 160 | 155 |\nOntvangsten | 12 | 14 | 10 |"
    )


def test_a_caption_in_the_corner_of_the_headings_names_the_table() -> None:
    """A pipe table printing its caption in the first cell of its headings, over the labels
    ("Artikel 6 Sport en bewegen (bedragen x € 1.000) | Realisatie | ..."): the corner is
    its title, not the section heading above it."""
    (table,), _cells, _warnings = read_text(
        _cornered("Artikel 6 Sport en bewegen (bedragen x € 1.000)")
    )
    assert (table["title"], table["unit_label"]) == (
        "Artikel 6 Sport en bewegen (bedragen x € 1.000)",
        "x € 1.000",
    )


def test_a_numbered_caption_in_the_corner_of_the_headings_names_the_table() -> None:
    """A converter that merges the table's caption into the first cell of its headings
    ("Tabel 41 Uitgaven (in miljoenen euro) | Realisatie | ...", html2text): the corner,
    numbered as a caption is, is the title, without the column headings on its line (they
    were taken into the title as well)."""
    (table,), _cells, _warnings = read_text(
        _cornered("Tabel 41 Uitgaven Sport (in miljoenen euro)", "Verticale toelichting")
    )
    assert (table["title"], table["unit_label"]) == (
        "Tabel 41 Uitgaven Sport (in miljoenen euro)",
        "mln euro",
    )


@pytest.mark.parametrize(
    ("corner", "above", "title"),
    [
        # the labels' heading, a unit alone, a word alone with its unit, a name without one
        ("Omschrijving", "D. Budgettaire gevolgen", "D. Budgettaire gevolgen"),
        ("(x € 1.000)", "D. Budgettaire gevolgen", "D. Budgettaire gevolgen"),
        ("Omschrijving (x € 1.000)", "D. Budgettaire gevolgen", "D. Budgettaire gevolgen"),
        ("Taakveld (x € 1.000)", "D. Budgettaire gevolgen", "D. Budgettaire gevolgen"),
        ("Artikel 6 Sport en bewegen", "D. Budgettaire gevolgen", "D. Budgettaire gevolgen"),
        # a caption of its own above the headings names the table
        (
            "Artikel 6 Sport (x € 1.000)",
            "Tabel 4 Budgettaire gevolgen",
            "Tabel 4 Budgettaire gevolgen",
        ),
        ("Artikel 6 Sport (x € 1.000)", "**Tabel 4 Uitgaven**", "Tabel 4 Uitgaven"),
    ],
)
def test_a_corner_naming_no_table_leaves_the_title(corner: str, above: str, title: str) -> None:
    assert _title(_cornered(corner, above)) == title


def _row_table(*above: str) -> str:
    """A table printed one row per line, padded, under the lines ``above`` its headings."""
    return "\n".join(
        [
            *above,
            "",
            "Nr.  Omschrijving                          2025      2026      2027",
            "1    Cofinanciering regiodeal              250       250         0",
            "2    Inhuur transitie sociaal domein       480       320         0",
            "     Totaal incidentele lasten             730       570         0",
        ]
    )


def _row_title(text: str) -> str:
    tables, _cells, _warnings = read_text(text)
    return str(tables[0]["title"])


def test_a_name_before_its_unit_in_brackets_is_the_title_not_the_line_above() -> None:
    """A line naming the table before its unit in brackets ("Overzicht incidentele baten
    en lasten (bedragen x € 1.000)") was passed as a unit line, and the section's heading
    above it ("Paragraaf 9 Structureel begrotingsevenwicht") taken for the title; a unit
    line's name is the line above only where the unit line names nothing else."""
    text = _row_table(
        "Paragraaf 9 Structureel begrotingsevenwicht",
        "",
        "Overzicht incidentele baten en lasten (bedragen x € 1.000)",
    )
    assert _row_title(text) == "Overzicht incidentele baten en lasten (bedragen x € 1.000)"


@pytest.mark.parametrize(
    "unit",
    [
        "(bedragen x € 1.000)",
        "Bedragen x € 1.000; uitkeringsjaar 2025",
        "Lasten zijn negatief weergegeven. (bedragen x € 1.000)",
    ],
)
def test_a_unit_line_naming_nothing_before_its_unit_leaves_the_title_above(unit: str) -> None:
    """The near forms: a unit in brackets alone, a unit line going on after its unit, or a
    sentence before the unit's brackets name no table: the line above them does."""
    text = _row_table("Overzicht incidentele baten en lasten", "", unit)
    assert _row_title(text) == "Overzicht incidentele baten en lasten"


@pytest.mark.parametrize("number", ["B.2", "B.2.1", "B2"])
def test_a_caption_numbered_with_an_appendix_letter_and_a_point_names_the_table(
    number: str,
) -> None:
    """An appendix's table is numbered with its letter, a point and its number ("Tabel
    B.2 Investeringsplan JJJJ-JJJJ" over "Bedragen x € 1.000"): a caption as "Tabel B2" is.
    Read as no caption, the unit line under it was the title."""
    text = _row_table(f"Tabel {number} Incidentele lasten 2025-2027", "Bedragen x € 1.000")
    assert _row_title(text) == f"Tabel {number} Incidentele lasten 2025-2027"


@pytest.mark.parametrize("number", ["B.", "B.a", "BB.2"])
def test_a_letter_and_a_point_with_no_number_after_them_is_no_caption(number: str) -> None:
    """The near forms: a letter with no number after its point, or two letters before it,
    number no table, so the line is no caption, and ending in a figure it is no title
    either; the unit line stays the title, as before."""
    above = f"Tabel {number} Incidentele lasten 2025-2027"
    assert _row_title(_row_table(above, "Bedragen x € 1.000")) == "Bedragen x € 1.000"


def test_the_heading_of_a_text_column_between_labels_and_values_is_no_title() -> None:
    """A provincial paragraph's kengetallen one cell per line: the labels' heading
    ("Kengetal"), a unit column's ("Eenheid", its cells "%" or "x € 1 mln") between the
    labels and the values, and a norm column's ("Norm") after them, each a word alone,
    under the section's heading and a sentence. Only one word alone was taken for the
    labels' heading: the norm column's took it, and "Eenheid" became the title."""
    text = cells_per_line(
        "Kengetallen",
        "De tabel toont de kengetallen van de provincie en de gekozen normen.",
        "Kengetal", "Eenheid", "Realisatie 2023", "Begroting 2024", "Norm",
        "Netto schuldquote", "%", "-12%", "8%", "< 90%",
        "Solvabiliteitsratio", "%", "63", "51", "> 20%",
        "Weerstandsvermogen", "x € 1 mln", "94", "90", "> 50",
    )  # fmt: skip
    tables, cells, _warnings = read_text(text)
    assert [table["title"] for table in tables] == ["Kengetallen"]
    assert len(cells) == 6


def test_a_word_alone_over_the_labels_heading_without_text_columns_is_the_title() -> None:
    """The near form: no text column, so one word alone above the headings heads the
    labels ("Kengetal") and the word alone above it ("Kengetallen") names the table."""
    text = cells_per_line(
        "Kengetallen", "Kengetal", "Realisatie 2023", "Begroting 2024",
        "Netto schuldquote", "-12%", "8%",
        "Solvabiliteitsratio", "63%", "51%",
    )  # fmt: skip
    tables, cells, _warnings = read_text(text)
    assert [table["title"] for table in tables] == ["Kengetallen"]
    assert cell_grid(cells)[("Solvabiliteitsratio", "Begroting 2024")] == "51%"


_STACKED_HEADINGS = (
    "Stand ontwerpbegroting 2024", "Mutatie 1e suppletoire begroting 2024", "Mutatie 2025",
    "Mutatie 2026",
)  # fmt: skip


def _stacked_articles(*corners: str) -> str:
    """A chapter's non-policy articles printed one cell per line as one table each under
    one caption, each part opening with ``corners``' cell over the same headings."""
    parts = []
    for k, corner in enumerate(corners, start=1):
        parts += [corner, *_STACKED_HEADINGS, "       "]
        parts += ["VERPLICHTINGEN", f"{k}1 200", "– 300", "– 50", "– 50"]
        parts += ["UITGAVEN", f"{k}1 200", "– 300", "– 50", "– 50"]
        parts += ["Personeel", f"{k}0 100", "200", "100", "100"]
        parts += ["Materieel", "1 100", "– 500", "– 150", "– 150"]
    return cells_per_line(
        "4. De niet-beleidsartikelen",
        "Budgettaire gevolgen van beleid (bedragen x € 1 000)",
        *parts,
        "Toelichting",
    )


def test_a_part_stacked_under_a_caption_naming_itself_over_its_headings_takes_its_name() -> None:
    """Articles printed as one table each under one caption, the next right under the rows
    of the one before, each naming itself in the corner over the same headings ("12
    Apparaat", then "13 Nominaal en onvoorzien"): each part below is the caption's table
    and its own name, not the caption alone, which named every part alike; a third part
    takes the caption and its own name, none of the part above."""
    tables, _cells, _warnings = read_text(
        _stacked_articles("12 Apparaat", "13 Nominaal en onvoorzien", "14 Nog onverdeeld")
    )
    caption = "Budgettaire gevolgen van beleid (bedragen x € 1 000)"
    assert [t["title"] for t in tables] == [
        f"{caption} 12 Apparaat",
        f"{caption} 13 Nominaal en onvoorzien",
        f"{caption} 14 Nog onverdeeld",
    ]


def test_a_part_stacked_under_a_caption_heading_its_labels_only_keeps_the_caption() -> None:
    """The same parts where the lower one's corner heads its labels ("Omschrijving"), no
    name: its title is the caption's alone, as before (the first part's is the caption and
    the article named under it, as the development corpus's b01 names it)."""
    tables, _cells, _warnings = read_text(_stacked_articles("12 Apparaat", "Omschrijving"))
    caption = "Budgettaire gevolgen van beleid (bedragen x € 1 000)"
    assert [t["title"] for t in tables] == [f"{caption} 12 Apparaat", caption]


def _begrotingsstaat(name: str, group: bool = True) -> str:
    """A begrotingsstaat printed one cell per line: ``name``, the unit line, the code's and
    labels' headings, with ``group`` a group's name over every column ("Begroting 2027"),
    its leaves."""
    cells = ["Wetsartikelen", "Artikel 1", "De begrotingsstaat wordt vastgesteld als volgt."]
    cells += [name, "Bedragen x € 1.000", "Art.", "Omschrijving"]
    cells += ["Begroting 2027"] if group else []
    cells += ["Verplichtingen", "Uitgaven", "Ontvangsten", " "]
    cells += ["Totaal", "31.200.000", "31.150.000", "31.150.000"]
    cells += ["1", "Algemene uitkering", "30.000.000", "29.950.000", "0"]
    cells += ["2", "Integratie-uitkeringen", "1.200.000", "1.200.000", "0"]
    cells += ["Toelichting bij de begrotingsstaat"]
    return "\n".join(cell if cell.startswith("Bedragen") else f"{cell}\n" for cell in cells)


@pytest.mark.parametrize(
    "name",
    [
        "Begrotingsstaat van het Gemeentefonds (B) voor het jaar 2027",
        "Tabel 1 Begrotingsstaat van het Gemeentefonds (B) voor het jaar 2027",
    ],
)
def test_a_group_over_every_column_under_the_unit_line_is_no_title(name: str) -> None:
    """The unit line read as the caption names nothing, so the name is looked for up from
    the rows: the group's name over every column ("Begroting 2027", kept off the leaves)
    stood there first and was the title. The lines under the caption are the table's
    headings; the name is the line above the unit line, a caption or not."""
    [table], cells, _warnings = read_text(_begrotingsstaat(name))
    assert table["title"] == name and table["unit_label"] == "x € 1.000"
    assert len(cells) == 9


def test_the_name_over_the_unit_line_of_headings_without_a_group_is_the_title() -> None:
    """Without a group's name in the heading block the leaves name nothing, and the line
    above the unit line is the title."""
    name = "Begrotingsstaat van het Gemeentefonds (B) voor het jaar 2027"
    [table], _cells, _warnings = read_text(_begrotingsstaat(name, group=False))
    assert table["title"] == name


def _stands(*above: str) -> str:
    """A verticale toelichting one cell a line: the lines ``above`` over its one year, the
    stands and the mutations between them."""
    return cells_per_line(
        *above,
        "2025",
        "Stand Miljoenennota 2025", "9.412,6",
        "Beleidsmatige mutaties", " ",
        "Kasschuif vaarwegen", "‒ 120,0",
        "Loonbijstelling", "84,3",
        "Stand Voorjaarsnota 2025", "9.376,9",
        "Toelichting",
    )  # fmt: skip


_INTRO = (
    "De tabellen in deze bijlage geven per begroting de stand Miljoenennota 2025, de "
    "mutaties en de stand Voorjaarsnota 2025. Bedragen in miljoenen euro."
)


def test_a_line_naming_the_table_under_a_sentence_saying_its_unit_is_its_title() -> None:
    """The section's intro sentence says the unit ("... Bedragen in miljoenen euro."), so it
    is read with the table, a note; the caption printed under it, over the headings
    ("INFRASTRUCTUUR EN WATERSTAAT: UITGAVEN"), names the table. The sentence was the
    title, a note being no name."""
    text = _stands(
        "Bijlage 2 Verticale toelichting",
        _INTRO,
        "Infrastructuur en Waterstaat",
        "INFRASTRUCTUUR EN WATERSTAAT: UITGAVEN",
        " ",
    )
    [table], cells, _warnings = read_text(text)
    assert table["title"] == "INFRASTRUCTUUR EN WATERSTAAT: UITGAVEN"
    assert table["unit_label"] == "mln euro" and len(cells) == 4


def test_a_sentence_saying_the_unit_with_no_line_naming_the_table_stays_its_title() -> None:
    """The near form: no line above the headings names the table, only the sentence: it
    stays the title, as before."""
    sentence = (
        "De tabel geeft de stand Miljoenennota 2025, de mutaties en de stand Voorjaarsnota "
        "2025 van het Gemeentefonds. Bedragen in miljoenen euro."
    )
    [table], _cells, _warnings = read_text(_stands(sentence))
    assert table["title"] == sentence


def _bold_over_unit_line(bold: str) -> str:
    """A converted page: a line in Markdown bold ("**<bold>**") over a unit line and a pipe
    table."""
    return "\n".join(
        [
            "Kamerstuk 36 999 XX, nr. 2",
            "",
            f"**{bold}**",
            "",
            "Bedragen x € 1.000",
            "",
            "Art. | Omschrijving | Uitgaven | Ontvangsten",
            "---|---|---|---",
            "1 | Cultuur | 1.020 | 21",
            "2 | Erfgoed | 412 | 15",
        ]
    )


def test_a_long_name_in_markdown_bold_over_the_unit_line_is_the_title() -> None:
    """A converted page prints the table's name in bold ("**<Naam>**"), too long for a
    title line of the heading block, over a unit line and a pipe table: the stars are
    layout, so the line is read by its words, a heading naming the table. Read with its
    opening star, it was a bullet that ended the search, and the unit line was the title."""
    name = (
        "Wijziging van de begrotingsstaat van het Ministerie van Voorbeelden (XX) voor het"
        " jaar 2025 (wijziging samenhangende met de Voorjaarsnota)"
    )
    [table], _cells, _warnings = read_text(_bold_over_unit_line(name))
    assert table["title"] == name


def test_a_long_sentence_in_markdown_bold_over_the_unit_line_is_no_title() -> None:
    """Near form: the bold line is a sentence ("**<Zin>.**"): prose, no name, and the line
    above it names nothing either, so the unit line stays the title."""
    sentence = (
        "De bedragen in deze tabel zijn voorlopig en worden bij de tweede suppletoire"
        " begroting van dit jaar nog bijgesteld."
    )
    [table], _cells, _warnings = read_text(_bold_over_unit_line(sentence))
    assert table["title"] == "Bedragen x € 1.000"


def _taakvelden(caption: str) -> str:
    """A municipal -layout page: a section's heading and intro, then ``caption`` and a
    blank line over a table whose heading lines name nothing (words over years)."""
    return "\n".join(
        [
            "3.2 Baten per taakveld",
            "De baten zijn per taakveld opgenomen, inclusief de algemene uitkering.",
            "",
            caption,
            "",
            "                                          Realisatie     Begroting      Raming"
            "      Raming",
            "                                                2024          2025        2026"
            "        2027",
            "Wonen en bouwen                                8.412         8.950       9.104"
            "       9.230",
            "Openbaar groen                                12.310        12.874      13.020"
            "      13.115",
            "Totaal                                        20.722        21.824      22.124"
            "      22.345",
        ]
    )


def test_a_name_printing_its_unit_at_the_right_margin_names_the_table() -> None:
    """The line naming the table prints the unit at the page's right margin ("Overzicht
    ... Bedragen x € 1.000"), too long to be read as the line right above the headings:
    it ends in the unit's figure, no row's, and names the table. Before, a line ending in
    a figure was taken for another table's row, and the column headings were the title."""
    caption = f"Overzicht baten per taakveld{' ' * 58}Bedragen x € 1.000"
    (table,) = read_text(_taakvelden(caption))[0]
    assert table["title"] == "Overzicht baten per taakveld Bedragen x € 1.000"


def test_a_name_ending_in_a_number_before_its_unit_in_brackets_names_the_table() -> None:
    """Near form: a name whose own words end in a number before the unit closing it in
    brackets ("Overzicht baten per programma 3 (bedragen in €)") ends in the unit, no
    figure: it names the table, as before (read without its unit, its last word was the
    programme's number, and the heading line was the title)."""
    caption = "Overzicht baten per programma 3 (bedragen in €)"
    # two blank lines under it: the name is found looking up from the headings
    (table,) = read_text(_taakvelden(f"{caption}\n"))[0]
    assert table["title"] == caption


def test_a_line_ending_in_a_figure_of_its_own_still_names_no_table() -> None:
    """Near form: a line ending in a figure that declares no unit ("... Saldo 1.240") is
    a row of a table above, no name: the search stops there, and the heading line stays
    the title, as before."""
    caption = f"Overzicht baten per taakveld{' ' * 58}Saldo 1.240"
    (table,) = read_text(_taakvelden(caption))[0]
    assert table["title"] == "Realisatie Begroting Raming Raming"


RESERVES = ["Saldo 1-1-2025", "Toevoe-gingen", "Onttrek-kingen", "Saldo 31-12-2025"]


def test_a_heading_line_printing_the_ends_of_broken_words_names_nothing() -> None:
    """The lower heading line of a table whose headings break words over two lines
    ("Toevoe-" / "gingen"), its columns' labels joining them ("Toevoe-gingen"): each of
    its words is a part of a column's word, so it is the column headings, no name. Before,
    "gingen" and "kingen" were no column's words, and the line was the table's title."""
    assert names_nothing(
        "1-1-2025 gingen kingen 31-12-2025", RESERVES, "Saldo Toevoe- Onttrek- Saldo"
    )


def test_the_upper_line_of_broken_words_names_nothing() -> None:
    """The upper heading line of such a table prints the broken words' first parts, their
    hyphens kept ("Saldo Toevoe- Onttrek- Saldo"): the column headings too, no name. Its
    words with their hyphens were no column's words, and the line named the table."""
    assert names_nothing("Saldo Toevoe- Onttrek- Saldo", RESERVES)


def test_the_parts_of_a_word_hyphened_whole_name_something() -> None:
    """A column's word hyphened whole, printed on one line ("Niet-financiële activa"),
    breaks over no lines: a name printing a part of it ("Financiële activa") names
    something, as does a line under no broken word's first part."""
    columns = ["Begroting 2025", "Niet-financiële activa"]
    assert not names_nothing("Financiële activa", columns)
    assert not names_nothing("1-1-2025 gingen kingen 31-12-2025", RESERVES, "Verloop reserves")


def test_a_name_sharing_no_broken_words_part_still_names_the_table() -> None:
    """Near form: a line of words no column's broken word holds ("Verloop reserves
    2025") names the table, as before."""
    assert not names_nothing("Verloop reserves 2025", RESERVES)


_WRAPPED = "Begrotingsstaat van het Ministerie van Landbouw, Visserij en Natuur voor het jaar"


def test_a_caption_wrapped_before_its_year_is_no_column_heading() -> None:
    """A caption wrapped by the text layer before its year ("... voor het jaar" / "2025"):
    the year alone at the margin ends the caption, heads no column, and the table under
    it is read under its own headings, named by the caption with its year. Before, the
    year was read as the heading of one column, each row's other figures its label's
    words, and the caption lost its year."""
    text = "\n".join(
        [
            _WRAPPED,
            "2025",
            "(bedragen x € 1.000)",
            "",
            "Art. Omschrijving                                   Verplichtingen     Uitgaven"
            "   Ontvangsten",
            "31    Landbouw en visserij                                250.100      254.800"
            "        12.000",
            "32    Natuur                                              162.200      164.150"
            "         9.400",
        ]
    )
    tables, cells, _warnings = read_text(text)
    assert [table["title"] for table in tables] == [f"{_WRAPPED} 2025"]
    assert cell_grid(cells)[("32 Natuur", "Uitgaven")] == "164.150"


@pytest.mark.parametrize(
    ("above", "wrapped"),
    [
        (_WRAPPED, True),
        # a heading's part a line ("Realisatie" / "2025"), a short name, a sentence's end
        ("Realisatie", False),
        ("Vastgestelde begroting na wijziging", False),
        ("De raming is verlaagd ten opzichte van de begroting voor het jaar.", False),
        # words set in, or parted by padding: a heading line's, no caption's
        (f"   {_WRAPPED}", False),
    ],
)
def test_a_year_alone_ends_only_a_long_line_of_words_going_on(above: str, wrapped: bool) -> None:
    """A year alone at the margin ends the line above it only where that line is many
    words from the margin, ending in a word in lower case; a heading's part over its year
    is none."""
    assert wrapped_period([above, "2025"], 1) is wrapped


def _statement_under(name: list[str]) -> str:
    """A suppletoire wet's begrotingsstaat (-layout): its name over ``name``'s lines, the
    unit line, then, apart by blank lines as a PDF's text layer sets the table off, its
    column headings, which name nothing."""
    ends = (45, 60, 75)
    return "\n".join(
        [
            "Tweede Kamer, vergaderjaar 2025–2026, 36 800 VII, nr. 5",
            "",
            *name,
            "(bedragen x € 1.000)",
            "",
            "",
            "",
            printed("Art.  Omschrijving", ends, "Stand 2026", "Mutatie", "Nieuwe stand"),
            printed("      Totaal", ends, "812.400", "12.300", "824.700"),
            printed("1     Openbaar bestuur", ends, "512.400", "10.100", "522.500"),
            printed("2     Woningmarkt", ends, "300.000", "2.200", "302.200"),
        ]
    )


def test_a_name_found_above_a_heading_block_naming_nothing_keeps_its_wrapped_lines() -> None:
    """The table's name, looked for above headings that name nothing (the column headings
    set off by blank lines), printed over two lines, the second opening with a bracket ("<Naam>
    voor het jaar 2026" / "(wijziging samenhangende met de najaarsnota)"): the second goes
    on with the first, as a caption's does. Taken alone, the line found named a part of
    the name only."""
    [table], _cells, _warnings = read_text(
        _statement_under(
            [
                "Wijziging van de begrotingsstaat van het Ministerie van Binnenlandse Zaken voor"
                " het jaar 2026",
                "(wijziging samenhangende met de najaarsnota)",
            ]
        )
    )
    assert table["title"] == (
        "Wijziging van de begrotingsstaat van het Ministerie van Binnenlandse Zaken voor het"
        " jaar 2026 (wijziging samenhangende met de najaarsnota)"
    )


def test_a_name_found_above_a_heading_block_on_one_line_is_the_title_as_before() -> None:
    """The near form: the name printed on one line, the line above it a running head apart
    by a blank line: that line alone is the title, as before."""
    [table], _cells, _warnings = read_text(
        _statement_under(["Wijziging van de begrotingsstaat van het Ministerie van BZK 2026"])
    )
    assert table["title"] == "Wijziging van de begrotingsstaat van het Ministerie van BZK 2026"


def _captioned_pipe_table(caption: str) -> str:
    """A Markdown pipe table under its caption line (``caption``), under a sentence of the
    section's intro that opens with the table's number."""
    return "\n".join(
        [
            "## Jeugd",
            "",
            "Tabel 5.3 toont de uitgaven aan jeugdzorg in de begroting en de suppletoire wet.",
            "",
            caption,
            "",
            "| Begroting 2024 | Suppletoire 2024",
            "---|---|---",
            "Jeugdhulp | 412 | 438",
            "Jeugdbescherming | 96 | 101",
        ]
    )


def test_a_caption_in_markdown_emphasis_names_its_table_over_a_sentence_above() -> None:
    """A numbered caption printed in Markdown's emphasis ("**Tabel 5.3 ...**"), as an HTML
    page converted to Markdown prints a bold caption paragraph, is the table's caption:
    unseen, the sentence above it opening with the same number named the table."""
    text = _captioned_pipe_table("**Tabel 5.3 Uitgaven jeugdzorg (in miljoenen euro)**")
    [table], _cells, _warnings = read_text(text)
    assert (table["title"], table["unit_label"]) == (
        "Tabel 5.3 Uitgaven jeugdzorg (in miljoenen euro)",
        "mln euro",
    )


def test_a_caption_without_emphasis_names_its_table_as_before() -> None:
    """Near form: the caption printed without emphasis, the nearest numbered line above the
    heading, names the table, as before."""
    text = _captioned_pipe_table("Tabel 5.3 Uitgaven jeugdzorg (in miljoenen euro)")
    [table], _cells, _warnings = read_text(text)
    assert table["title"] == "Tabel 5.3 Uitgaven jeugdzorg (in miljoenen euro)"


def _rows_under_a_caption_line(heading: str) -> str:
    """A table printed one row per line (a converter ignoring the table's markup, one row a
    line) under its heading line ``heading``."""
    return "\n".join(
        [
            "## Gemeentefonds",
            "",
            "De tabel laat de ontwikkeling van het accres zien.",
            "",
            heading,
            "Accres vorige circulaire 1.184 1.002 1.315",
            "Loon- en prijsontwikkeling 612 798 803",
            "Accres deze circulaire 1.796 1.800 2.118",
        ]
    )


def test_a_caption_printed_on_the_heading_line_before_the_periods_is_the_title() -> None:
    """A caption printed on the line of the periods it heads ("Tabel 2 <naam> (bedragen x
    € 1 mln) 2024 2025 2026", the table's <caption> on its first row's line): the caption
    names the table, the periods no words of its name."""
    heading = "Tabel 2 Ontwikkeling accres (bedragen x € 1 mln) 2024 2025 2026"
    [table], cells, _warnings = read_text(_rows_under_a_caption_line(heading))
    assert (table["title"], table["unit_label"]) == (
        "Tabel 2 Ontwikkeling accres (bedragen x € 1 mln)",
        "x € 1 mln",
    )
    assert cell_grid(cells)[("Accres deze circulaire", "2026")] == "2.118"


def test_a_heading_line_without_a_numbered_caption_reads_as_before() -> None:
    """Near form: a corner naming the rows without a number ("Accres (bedragen x € 1 mln)
    2024 ...") is no caption: the section's heading names the table, as before."""
    heading = "Accres (bedragen x € 1 mln) 2024 2025 2026"
    [table], cells, _warnings = read_text(_rows_under_a_caption_line(heading))
    assert (table["title"], table["unit_label"]) == ("Gemeentefonds", "x € 1 mln")
    assert cell_grid(cells)[("Accres deze circulaire", "2026")] == "2.118"


def test_a_caption_with_only_its_number_in_emphasis_names_its_table_over_a_sentence() -> None:
    """A numbered caption printing only its number in Markdown's emphasis ("**Tabel 5.3**
    <naam>", a page setting the number alone in bold) is the table's caption, the marks no
    part of its title: unseen, the sentence above opening with the same number named it."""
    text = _captioned_pipe_table("**Tabel 5.3** Uitgaven jeugdzorg (in miljoenen euro)")
    [table], _cells, _warnings = read_text(text)
    assert (table["title"], table["unit_label"]) == (
        "Tabel 5.3 Uitgaven jeugdzorg (in miljoenen euro)",
        "mln euro",
    )


def test_a_sentence_opening_with_a_bold_table_number_names_no_captioned_table() -> None:
    """Near form: a sentence above opening with the table's number in bold ("**Tabel 5.3**
    toont ...") over a plain caption right above the table: the nearer caption names it."""
    text = _captioned_pipe_table("Tabel 5.3 Uitgaven jeugdzorg (in miljoenen euro)").replace(
        "Tabel 5.3 toont", "**Tabel 5.3** toont"
    )
    [table], _cells, _warnings = read_text(text)
    assert table["title"] == "Tabel 5.3 Uitgaven jeugdzorg (in miljoenen euro)"


@pytest.mark.parametrize(
    ("caption", "title"),
    [
        ("**Tabel 5.3**: Uitgaven jeugdzorg", "Tabel 5.3: Uitgaven jeugdzorg"),
        ("**Tabel 5.3**. Uitgaven jeugdzorg", "Tabel 5.3. Uitgaven jeugdzorg"),
        ("**Tabel 5.3 ** Uitgaven jeugdzorg", "**Tabel 5.3 ** Uitgaven jeugdzorg"),
        # near form: a space after the closing marks, as before
        ("**Tabel 5.3** Uitgaven jeugdzorg", "Tabel 5.3 Uitgaven jeugdzorg"),
    ],
)
def test_emphasis_around_a_captions_number_closes_before_a_colon_or_stop(
    caption: str, title: str
) -> None:
    """The marks around a caption's opening words close on a word, before a space, a colon or
    a stop ("**Tabel 2**: <naam>"): a mark is no word of the title, and a space before the
    closing marks ends no emphasis (left as printed, not half unmarked)."""
    assert unmarked(caption) == title


def _rows_under_a_glued_heading(heading: str) -> str:
    """A table printed one row per line with single spaces, each line ending in two (a
    converter ignoring the table's markup), under its heading line ``heading``."""
    return "\n".join(
        [
            "## Financieel overzicht",
            "",
            "De tabel geeft de lasten per programma.",
            "",
            f"{heading}  ",
            "1 Bestuur 1.210 1.305 1.402  ",
            "2 Veiligheid 812 844 901  ",
            "Totaal lasten 2.022 2.149 2.303  ",
        ]
    )


def test_a_caption_without_a_number_glued_before_worded_headings_is_the_title() -> None:
    """A caption closed by its unit note and printed on the heading line, before the
    corner and headings of words each ending in a year ("<naam> (bedragen x € 1.000)
    Programma Rekening JJJJ Begroting JJJJ ...", a <caption> on the heading row's line): the
    caption names the table and says its unit, the headings after it head the columns.
    Read whole, the note stopped the headings and no table was read."""
    heading = (
        "Lasten per programma (bedragen x € 1.000) Programma Rekening 2023 Begroting 2024"
        " Begroting 2025"
    )
    [table], cells, _warnings = read_text(_rows_under_a_glued_heading(heading))
    assert (table["title"], table["unit_label"]) == (
        "Lasten per programma (bedragen x € 1.000)",
        "x € 1.000",
    )
    assert cell_grid(cells)[("2 Veiligheid", "Rekening 2023")] == "812"
    assert cell_grid(cells)[("Totaal lasten", "Begroting 2025")] == "2.303"


def test_a_unit_note_opening_the_heading_line_names_no_table() -> None:
    """Near form: a unit note opening the heading line, no name before it ("(bedragen x €
    1.000) Programma ..."), ends no caption: the section's heading names the table and the
    note says its unit, as before."""
    heading = "(bedragen x € 1.000) Programma Rekening 2023 Begroting 2024 Begroting 2025"
    [table], cells, _warnings = read_text(_rows_under_a_glued_heading(heading))
    assert (table["title"], table["unit_label"]) == ("Financieel overzicht", "x € 1.000")
    assert cell_grid(cells)[("Totaal lasten", "Begroting 2025")] == "2.303"


def test_a_caption_in_the_corner_before_year_headings_is_the_title_without_them() -> None:
    """A caption printed in the corner of the heading line, the years one space after it
    ("<naam> (bedragen in €) 2023 2024 2025": the page puts the caption in the corner cell):
    the corner names the table, the years are its columns, no words of its name (the
    title was the whole line, the years included)."""
    heading = "Lasten per programma en jaar (bedragen x € 1.000) 2023 2024 2025"
    [table], cells, _warnings = read_text(_rows_under_a_glued_heading(heading))
    assert (table["title"], table["unit_label"]) == (
        "Lasten per programma en jaar (bedragen x € 1.000)",
        "x € 1.000",
    )
    assert cell_grid(cells)[("Totaal lasten", "2025")] == "2.303"


def test_a_labels_heading_before_year_headings_still_names_no_table() -> None:
    """Near form: a word heading the labels before the years ("Programma 2023 2024 2025")
    is no caption: the section's heading names the table, as before."""
    [table], _cells, _warnings = read_text(_rows_under_a_glued_heading("Programma 2023 2024 2025"))
    assert table["title"] == "Financieel overzicht"


def _rows_under_a_labels_heading(heading: str) -> str:
    """A table of two columns printed one row per line under its heading line ``heading``."""
    return "\n".join(
        [
            "## Incidentele posten",
            "",
            "Posten vanaf € 50.000 zijn opgenomen.",
            "",
            f"{heading}  ",
            "Verkiezingen 48 51  ",
            "Omgevingswet 275 241  ",
            "Totaal 323 292  ",
        ]
    )


def test_a_caption_glued_before_the_labels_heading_is_the_title() -> None:
    """A caption printed on the heading line before the word heading the labels ("<naam>
    JJJJ Omschrijving Begroting Realisatie"): no caption prints that word after its name,
    so the caption ends there and names the table; read as the corner, the whole line was
    the title."""
    heading = "Overzicht incidentele lasten 2024 Omschrijving Begroting Realisatie"
    [table], cells, _warnings = read_text(_rows_under_a_labels_heading(heading))
    assert table["title"] == "Overzicht incidentele lasten 2024"
    assert cell_grid(cells)[("Omgevingswet", "Realisatie")] == "241"


def test_a_labels_heading_after_a_code_heading_names_no_table() -> None:
    """Near form: the labels' word after a code column's heading ("Art. Omschrijving") ends
    no caption: the section's heading names the table, as before."""
    [table], cells, _warnings = read_text(
        _rows_under_a_labels_heading("Art. Omschrijving Begroting Realisatie")
    )
    assert table["title"] == "Incidentele posten"
    assert cell_grid(cells)[("Omgevingswet", "Realisatie")] == "241"


def test_a_numbered_caption_glued_before_the_labels_heading_of_single_words_is_the_title() -> None:
    """A numbered caption printed on a heading line of single words before the word heading
    the labels ("Tabel N: <naam> JJJJ Omschrijving Lasten Baten"): the caption's number
    stopped the words, so the line headed nothing and the rows under it were no table.
    The words after the caption's end head the columns, and the caption names the table."""
    heading = "Tabel 7: Incidentele posten 2025 Omschrijving Lasten Baten"
    [table], cells, _warnings = read_text(_rows_under_a_labels_heading(heading))
    assert table["title"] == "Tabel 7: Incidentele posten 2025"
    assert cell_grid(cells)[("Omgevingswet", "Baten")] == "241"
    assert cell_grid(cells)[("Totaal", "Lasten")] == "323"


def test_a_numbered_caption_on_its_own_line_over_single_words_is_the_title() -> None:
    """Near form: the same caption on a line of its own over the heading line of single
    words: the caption names the table and the words head the columns, as before."""
    text = _rows_under_a_labels_heading("Omschrijving Lasten Baten").replace(
        "Omschrijving Lasten Baten", "Tabel 7: Incidentele posten 2025  \nOmschrijving Lasten Baten"
    )
    [table], cells, _warnings = read_text(text)
    assert table["title"] == "Tabel 7: Incidentele posten 2025"
    assert cell_grid(cells)[("Omgevingswet", "Baten")] == "241"
