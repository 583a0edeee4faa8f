"""Tests of a column of codes printed between a row's label and its values, under a heading
of its own (``tables_code_columns``)."""

from __future__ import annotations

import pytest
from table_texts import cell_grid, read_text
from table_texts import printed as _printed

from budgetkit.extract import tables_code_columns
from budgetkit.extract.tables_model import Cell, Row

#: Where a suppletoire begroting's table of mutaties ends its article codes and its values.
_CODE_END = 42
_ENDS = (58, 70, 82, 94, 106, 118, 132)


def _mutaties(code_heading: str, rows: list[tuple[str, str, tuple[str, ...]]]) -> str:
    """A table of mutaties as pdftotext -layout prints it: ``code_heading`` over a column
    between the labels and the values, the values' group names beside it and their years a
    line below; each row a label, a code (maybe "") and a value per column (maybe "")."""
    return "\n".join(
        [
            "Tabel 2 Belangrijkste suppletoire mutaties (bedragen x € 1.000)",
            _printed("", (_CODE_END, 58, 82, 132), code_heading, "Verplichtingen", "Uitgaven",
                     "Ontvangsten"),
            _printed("", _ENDS, "2024", "2024", "2025", "2026", "2027", "2028", "2024"),
            "",
            *(_printed(label, (_CODE_END, *_ENDS), code, *values) for label, code, values in rows),
            "",
            "Ad 1. De bijstelling wordt toegelicht in de nota.",
        ]
    )  # fmt: skip


def test_codes_under_an_art_heading_between_labels_and_values_are_no_values() -> None:
    """An "Art." column between the labels and the values, its heading on the line of the
    values' group names: a number there ("31") read as the row's first value put every
    value a column to the left, an abbreviation ("Div.") glued onto the label and the row
    left out; placed by where they stand under the headings, a row printing only its last
    column's value and a subtotal line of figures alone are read too."""
    rows = [
        ("Stand ontwerpbegroting 2024", "", ("812.115", "611.402", "602.118", "600.845",
                                             "598.006", "597.440", "42.330")),
        ("Mutatie amendementen", "", ("2.500", "2.500", "0", "0", "0", "0", "")),
        ("Stand vastgestelde begroting 2024", "", ("814.615", "613.902", "602.118", "600.845",
                                                   "598.006", "597.440", "42.330")),
        ("Belangrijkste mutaties", "", ("", "", "", "", "", "", "")),
        ("1. Loonbijstelling 2024", "Div.", ("8.402", "8.402", "6.115", "5.870", "5.402",
                                             "5.402", "")),
        ("2. Capaciteit Politie", "31", ("5.000", "5.000", "10.400", "14.800", "16.700",
                                         "16.700", "")),
        ("3. Kasschuif Opvang", "37", ("0", "−8.500", "4.000", "4.500", "0", "0", "")),
        ("4. Boeteontvangsten", "33", ("", "", "", "", "", "", "−5.230")),
        ("Overige mutaties", "Div.", ("−418", "640", "315", "−187", "200", "200", "1.218")),
        ("", "", ("12.984", "5.542", "20.830", "24.983", "22.302", "22.302", "−4.012")),
        ("Stand 1e suppletoire begroting", "", ("827.599", "619.444", "622.948", "625.828",
                                                "620.308", "619.742", "38.318")),
    ]  # fmt: skip
    _tables, cells, _warnings = read_text(_mutaties("Art.", rows))
    grid = cell_grid(cells)
    assert grid[("2. Capaciteit Politie", "Verplichtingen 2024")] == "5.000"
    assert grid[("2. Capaciteit Politie", "Uitgaven 2028")] == "16.700"
    assert ("2. Capaciteit Politie", "Ontvangsten 2024") not in grid
    assert grid[("1. Loonbijstelling 2024", "Uitgaven 2025")] == "6.115"
    assert grid[("Overige mutaties", "Ontvangsten 2024")] == "1.218"
    assert grid[("4. Boeteontvangsten", "Ontvangsten 2024")] == "−5.230"
    assert grid[("", "Ontvangsten 2024")] == "−4.012"
    assert not {"31", "37", "33"} & {c["value_text"] for c in cells}
    assert len(cells) == 60


def test_a_column_of_figures_under_a_values_heading_stays_a_column_of_values() -> None:
    """The near form: the column between the labels and the values is headed as values
    ("Aantal"), not as codes: its figures are the rows' values, as printed."""
    rows = [
        ("Stand ontwerpbegroting 2024", "12", ("812.115", "611.402", "602.118", "600.845",
                                               "598.006", "597.440", "42.330")),
        ("1. Loonbijstelling 2024", "31", ("8.402", "8.402", "6.115", "5.870", "5.402",
                                           "5.402", "")),
        ("2. Capaciteit Politie", "37", ("5.000", "5.000", "10.400", "14.800", "16.700",
                                         "16.700", "")),
        ("Stand 1e suppletoire begroting", "80", ("825.517", "624.804", "618.633", "621.515",
                                                  "620.108", "619.542", "42.330")),
    ]  # fmt: skip
    text = _mutaties("Aantal", rows)
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("2. Capaciteit Politie", "Aantal")] == "37"
    assert grid[("2. Capaciteit Politie", "Verplichtingen 2024")] == "5.000"


def test_codes_opening_their_rows_under_an_art_heading_stay_in_the_labels() -> None:
    """The near form: the article's code opens its row ("Art.   Omschrijving" over "01
    Apparaat"), no label stands before it: it names the row and stays in its label."""
    text = "\n".join(
        [
            "Tabel 3 Uitgaven per artikel (bedragen x € 1.000)",
            _printed("", (6, 20, 52, 62), "Art.", "Omschrijving", "2024", "2025"),
            "",
            _printed("  01    Apparaat", (52, 62), "3.800", "4.000"),
            _printed("  02    Technologiebeleid", (52, 62), "36.300", "54.700"),
            _printed("  03    Innovatie", (52, 62), "12.100", "13.200"),
        ]
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert {c["row_label"] for c in cells} == {
        "01 Apparaat",
        "02 Technologiebeleid",
        "03 Innovatie",
    }
    assert len(cells) == 6


def test_a_code_after_the_label_in_a_row_printed_one_space_apart_is_no_part_of_it() -> None:
    """A plain text layer prints a suppletoire's mutaties one row a line, one space apart,
    under "Art." in the corner and the years: the article number ("9") or "div." between
    a row's label and its values, and none on the stand rows. The row reader takes the
    values from the line's end, so the code stayed in the label ("Lerarenbeurs 9"); the
    heading of codes over the labels tells it is the code column's, a stand's year ("Stand
    ontwerpbegroting 2016") the label's own."""
    text = "\n".join(
        [
            "Tabel 2 Departementale verticale toelichting uitgaven (bedragen x € 1.000)",
            "Art. 2016 2017 2018",
            "Stand ontwerpbegroting 2016 34.612.480 34.805.112 35.001.930",
            "Lerarenbeurs 9 -12.500 -8.000 0",
            "Vroegschoolse educatie 1 10.000 10.000 10.000",
            "Loon- en prijsbijstelling div. 385.044 388.210 390.777",
            "Overige mutaties 412 3.877 -1.020",
            "Stand 1e suppletoire begroting 2016 34.985.436 35.198.199 35.401.687",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Lerarenbeurs", "2016")] == "-12.500"
    assert grid[("Vroegschoolse educatie", "2018")] == "10.000"
    assert grid[("Loon- en prijsbijstelling", "2017")] == "388.210"
    assert grid[("Stand ontwerpbegroting 2016", "2016")] == "34.612.480"


def test_a_labels_own_number_under_a_corner_naming_no_codes_stays_in_it() -> None:
    """Under a corner that heads the labels alone ("Omschrijving"), a number ending a label
    is the label's own ("Regio 3"), as is the number after a word naming codes ("Artikel
    12") under "Art.": neither is taken off."""
    text = "\n".join(
        [
            "Tabel 5 Bijdragen per regio (bedragen x € 1.000)",
            "Omschrijving 2016 2017 2018",
            "Regio 3 1.250 1.300 1.350",
            "Regio 4 480 495 510",
            "Totaal 1.730 1.795 1.860",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells)[("Regio 3", "2017")] == "1.300"
    articles = "\n".join(
        [
            "Tabel 6 Mutaties per artikel (bedragen x € 1.000)",
            "Art. 2016 2017 2018",
            "Artikel 12 1.250 1.300 1.350",
            "Artikel 13 480 495 510",
            "Totaal 1.730 1.795 1.860",
        ]
    )
    _tables, cells, _warnings = read_text(articles)
    assert cell_grid(cells)[("Artikel 13", "2018")] == "510"


def test_a_labels_own_number_in_a_row_set_apart_from_its_code_stays_in_it() -> None:
    """Audit 4: under "Art." in the corner, a layout setting the code apart from label and
    values ("Regio Deals ronde 4      3      12.000") has its code column read apart already;
    the number ending the label ("ronde 4", "fase 2") is the label's own and stays (it was
    taken off every such row, two rows so ending: "Regio Deals ronde" twice)."""

    def row(label: str, code: str, *values: str) -> str:
        return label.ljust(44) + code.rjust(4) + "".join(v.rjust(10) for v in values)

    text = "\n".join(
        [
            "Tabel 3 Suppletoire mutaties (bedragen x € 1.000)",
            "",
            row("Omschrijving", "Art.", "2024", "2025"),
            "",
            row("Regio Deals ronde 4", "3", "12.000", "8.000"),
            row("Regio Deals ronde 5", "3", "10.000", "6.000"),
            row("Nationaal Groeifonds fase 2", "4", "5.000", "5.000"),
            row("Totaal", "", "27.000", "19.000"),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Regio Deals ronde 4", "2024")] == "12.000"
    assert grid[("Regio Deals ronde 5", "2025")] == "6.000"
    assert grid[("Nationaal Groeifonds fase 2", "2024")] == "5.000"


def test_a_list_of_codes_under_an_art_heading_is_no_part_of_the_label() -> None:
    """A mutation on several articles prints them all under "Art.nr." ("1, 3"), in a
    layout that sets the column apart and in one that prints the row one space apart: the
    list is the code column's, as a single code ("11") or "Div." is (it was glued onto the
    label: "Kasschuif Nationaal Programma Onderwijs 1, 3")."""

    def row(label: str, code: str, *values: str) -> str:
        return label.ljust(44) + code.rjust(10) + "".join(v.rjust(17) for v in values)

    spaced = "\n".join(
        [
            "Tabel 2 Belangrijkste suppletoire mutaties (bedragen x € 1.000)",
            row("", "Art.nr.", "Verplichtingen", "Uitgaven"),
            row("Stand vastgestelde begroting 2024", "", "49.271.604", "48.976.455"),
            row("Loon- en prijsbijstelling 2024", "Div.", "1.212.418", "1.212.418"),
            row("Ramingsbijstelling studiefinanciering", "11", "– 42.118", "– 42.118"),
            row("Kasschuif Nationaal Programma Onderwijs", "1, 3", "0", "– 150.000"),
            row("Stand 1e suppletoire begroting 2024", "", "50.441.904", "49.896.755"),
        ]
    )
    plain = "\n".join(
        [
            "Tabel 2 Departementale verticale toelichting uitgaven (bedragen x € 1.000)",
            "Art. 2016 2017 2018",
            "Lerarenbeurs 9 -12.500 -8.000 0",
            "Kasschuif Nationaal Programma Onderwijs 1, 3 0 -150.000 150.000",
            "Loon- en prijsbijstelling div. 385.044 388.210 390.777",
        ]
    )
    for text, column, value in ((spaced, "Uitgaven", "– 150.000"), (plain, "2017", "-150.000")):
        _tables, cells, _warnings = read_text(text)
        assert cell_grid(cells)[("Kasschuif Nationaal Programma Onderwijs", column)] == value
        assert not [c for c in cells if c["row_label"].endswith(("1, 3", "11", "9", "div."))]


def test_a_list_ending_a_label_under_a_corner_naming_no_codes_stays_in_it() -> None:
    """The near form: under a corner heading the labels alone ("Omschrijving"), a list
    ending a label ("Regio's 1, 3") is the label's own and stays in it."""
    text = "\n".join(
        [
            "Tabel 5 Bijdragen per regio (bedragen x € 1.000)",
            "Omschrijving 2016 2017 2018",
            "Regio's 1, 3 1.250 1.300 1.350",
            "Regio's 2, 4 480 495 510",
            "Totaal 1.730 1.795 1.860",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells)[("Regio's 1, 3", "2017")] == "1.300"
    assert cell_grid(cells)[("Regio's 2, 4", "2018")] == "510"


def _with_label(label: str) -> str:
    """A table of mutaties (``_mutaties``) one row of which (``label``) prints its code "4"
    and no Ontvangsten value: six figures and the code, as many runs as columns."""
    full = ("812.115", "611.402", "602.118", "600.845", "598.006", "597.440", "42.330")
    return _mutaties(
        "Art.",
        [
            ("Stand ontwerpbegroting 2024", "", full),
            ("Zorgakkoorden", "1", ("42.118", "42.118", "38.412", "30.870", "0", "0", "")),
            (label, "4", ("12.500", "12.500", "24.118", "24.118", "24.118", "24.118", "")),
        ],
    )


def test_a_label_running_on_beside_the_code_column_leaves_the_code_no_value() -> None:
    """A label running on to within two characters of the "Art." heading
    ("Opleidingen: medisch specialisten GGZ    4") stands before the column, not under it:
    its row's code "4" is blanked as the other rows' are, not read as its Verplichtingen
    value with every value a column to the left."""
    label = "Opleidingen: medisch specialisten GGZ"
    _tables, cells, _warnings = read_text(_with_label(label))
    grid = cell_grid(cells)
    assert grid[(label, "Verplichtingen 2024")] == "12.500"
    assert grid[(label, "Uitgaven 2028")] == "24.118"
    assert not any(cell["value_text"] == "4" for cell in cells)


def test_a_short_label_beside_the_code_column_reads_as_before() -> None:
    """A label ending well before the column: its code was blanked already, and is."""
    _tables, cells, _warnings = read_text(_with_label("Opleidingen"))
    grid = cell_grid(cells)
    assert grid[("Opleidingen", "Verplichtingen 2024")] == "12.500"
    assert grid[("Zorgakkoorden", "Uitgaven 2026")] == "30.870"


#: Where a Voorjaarsnota's table of mutaties ends its article codes and its years' values.
_ART_END = 42
_YEAR_ENDS = (51, 60, 69)


def _ontvangsten(code_heading: str, label: str, code: str) -> str:
    """A short table of mutaties as pdftotext -layout prints it: ``code_heading`` over a
    column between the labels and the years, on the years' line; one mutatie (``label``,
    its code ``code`` under the heading, maybe "") among rows printing none."""
    ends = (_ART_END, *_YEAR_ENDS)
    return "\n".join(
        [
            "Tabel 5 Niet-belastingontvangsten (bedragen in miljoenen euro)",
            "",
            _printed("", ends, code_heading, "2024", "2025", "2026"),
            _printed("Stand ontwerpbegroting 2024", ends, "", "96,4", "80,1", "80,1"),
            "Technische mutaties",
            _printed(label, ends, code, "6,2", "0,0", "0,0"),
            _printed("Totaal technische mutaties", ends, "", "6,2", "0,0", "0,0"),
            _printed("Stand Voorjaarsnota 2024", ends, "", "102,6", "80,1", "80,1"),
        ]
    )


def test_one_code_under_an_art_heading_is_no_part_of_its_label() -> None:
    """A heading of codes ("Art.") names its column however few rows fill it: a table of
    few mutaties codes one row ("Boeteopbrengsten NVWA   2" under "Art."), and that code
    is the row's article, no part of its label (it was glued onto the label, the column
    told only by two codes)."""
    _tables, cells, _warnings = read_text(_ontvangsten("Art.", "Boeteopbrengsten NVWA", "2"))
    grid = cell_grid(cells)
    assert grid[("Boeteopbrengsten NVWA", "2024")] == "6,2"
    assert grid[("Boeteopbrengsten NVWA", "2026")] == "0,0"
    assert not any(cell["value_text"] == "2" for cell in cells)


@pytest.mark.parametrize("code_heading", ["", "Art."])
def test_a_labels_own_number_standing_under_no_code_heading_stays_in_it(code_heading: str) -> None:
    """The near form: the number ending a label one space after its words ("Boeteopbrengsten
    fase 2"), under no heading of codes, or far left of an "Art." column no row fills: the
    label's own, as before."""
    label = "Boeteopbrengsten fase 2"
    _tables, cells, _warnings = read_text(_ontvangsten(code_heading, label, ""))
    grid = cell_grid(cells)
    assert grid[(label, "2024")] == "6,2" and grid[(label, "2026")] == "0,0"


#: Where a municipal table of incidentele lasten ends its programme numbers and its years.
_PROGRAMME_ENDS = (58, 68, 78, 88, 98)


def _incidentele_lasten(heading: str, rows: list[tuple[str, str, tuple[str, ...]]]) -> str:
    """A programmabegroting's table of incidentele lasten as pdftotext -layout prints it:
    ``heading`` over a narrow column between the labels and the years, on the years' line;
    each row a label, a figure under the heading (maybe "") and a value per year (maybe "")."""
    return "\n".join(
        [
            "Tabel 5.2 Overzicht incidentele lasten (bedragen x € 1.000)",
            "",
            _printed("", _PROGRAMME_ENDS, heading, "2025", "2026", "2027", "2028"),
            *(_printed(label, _PROGRAMME_ENDS, code, *values) for label, code, values in rows),
            "",
            "De begroting is in alle jaren sluitend.",
        ]
    )


@pytest.mark.parametrize("code_heading", ["Progr.", "Prog."])
def test_programme_numbers_between_labels_and_years_are_no_values(code_heading: str) -> None:
    """A municipality's programme number ("Progr." over "0" ... "9") stands between a row's
    label and its years: a digit under the heading was read as the first year's value (the
    row's values a column to the right), glued onto the label ("... Sneek 3"), and rows
    leaving their first years empty were left out; as a code, each value is placed by where
    it stands under its year."""
    rows = [
        ("Implementatie Omgevingswet", "1", ("450", "300", "", "")),
        ("Tijdelijke formatie sociaal domein", "7", ("1.200", "1.200", "600", "")),
        ("Bijdrage herinrichting centrum Sneek", "3", ("800", "800", "800", "800")),
        ("Culturele Hoofdstad-programma 2028", "6", ("", "", "250", "500")),
        ("Vervanging software belastingen", "0", ("", "420", "", "")),
        ("Totaal incidentele lasten", "", ("2.450", "2.720", "1.650", "1.300")),
    ]
    _tables, cells, _warnings = read_text(_incidentele_lasten(code_heading, rows))
    grid = cell_grid(cells)
    assert grid[("Implementatie Omgevingswet", "2025")] == "450"
    assert grid[("Tijdelijke formatie sociaal domein", "2027")] == "600"
    assert grid[("Bijdrage herinrichting centrum Sneek", "2028")] == "800"
    assert grid[("Culturele Hoofdstad-programma 2028", "2027")] == "250"
    assert grid[("Vervanging software belastingen", "2026")] == "420"
    assert {c["column_label"] for c in cells} == {"2025", "2026", "2027", "2028"}
    assert len(cells) == 16


@pytest.mark.parametrize("heading", ["Fte", "Aantal"])
def test_small_numbers_under_a_values_heading_between_labels_and_years_stay_values(
    heading: str,
) -> None:
    """The near form: the narrow column of small numbers is headed as values ("Fte",
    "Aantal"), not as codes: its figures are the rows' values, a column of their own."""
    rows = [
        ("Implementatie Omgevingswet", "1", ("450", "300", "300", "300")),
        ("Tijdelijke formatie sociaal domein", "7", ("1.200", "1.200", "600", "600")),
        ("Bijdrage herinrichting centrum Sneek", "3", ("800", "800", "800", "800")),
        ("Totaal incidentele lasten", "11", ("2.450", "2.300", "1.700", "1.700")),
    ]
    _tables, cells, _warnings = read_text(_incidentele_lasten(heading, rows))
    grid = cell_grid(cells)
    assert grid[("Tijdelijke formatie sociaal domein", heading)] == "7"
    assert grid[("Totaal incidentele lasten", heading)] == "11"
    assert grid[("Tijdelijke formatie sociaal domein", "2025")] == "1.200"
    assert len(cells) == 20


def _plain_mutaties(*rows: str) -> str:
    """A suppletoire's table of mutaties as a plain text layer prints it, a row a line one
    space apart under "Art. nr." in the corner: ``rows`` between its two stands."""
    return "\n".join(
        [
            "Tabel 2 Belangrijkste uitgavenmutaties (bedragen x € 1.000)",
            "Art. nr. 2024 2025 2026",
            "Stand ontwerpbegroting 2024 17.412.608 16.981.240 16.702.115",
            "Versterking strafrechtketen 33 12.500 25.000 25.000",
            "Overige beleidsmatige mutaties div. 3.812 -1.205 2.440",
            *rows,
            "Stand eerste suppletoire begroting 2024 17.831.135 17.409.255 17.118.659",
        ]
    )


def test_a_code_after_a_label_ending_in_a_reference_or_a_year_is_no_part_of_it() -> None:
    """A label ending in figures of its own, a reference its bracket closes ("(36 410 VI,
    nr. 24)") or a year before an abbreviation ("tranche 2024 div."), is followed by its
    row's code as a label ending in a word is: the code is taken off (it stayed in the
    label, "... nr. 24) 33", the word before it holding no letter)."""
    motie = "Motie Van Nispen over rechtsbijstand (36 410 VI, nr. 24)"
    tranche = "Loon- en prijsbijstelling tranche 2024"
    text = _plain_mutaties(
        f"{motie} 33 4.000 8.000 8.000",
        f"{tranche} div. 402.915 398.220 395.104",
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[(motie, "2025")] == "8.000"
    assert grid[(tranche, "2024")] == "402.915"
    assert grid[("Versterking strafrechtketen", "2026")] == "25.000"
    assert not [c for c in cells if c["row_label"].endswith((" 33", " div."))]


def test_a_number_after_a_figure_ending_a_label_stays_in_it() -> None:
    """The near form: a label ending in a figure alone and a number after it ("Kamerstuk
    36 410", "Regeling 2024 12"): the number may be the figure's next group or a second
    figure of the label's, no code is told, and the label stays whole."""
    rows = ("Bijdrage Kamerstuk 36 410 1.000 2.000 3.000", "Regeling 2024 12 400 400 400")
    _tables, cells, _warnings = read_text(_plain_mutaties(*rows))
    grid = cell_grid(cells)
    assert grid[("Bijdrage Kamerstuk 36 410", "2024")] == "1.000"
    assert grid[("Regeling 2024 12", "2026")] == "400"


def _short_rows(corner: str, final: str, *rows: str) -> str:
    """A table of mutaties one row a line one space apart, its thousands dotted, under
    ``corner`` and four years: ``rows`` (each printing fewer values than years) after full
    rows of a code, over the final stand of the figures ``final`` their values complete."""
    return "\n".join(
        [
            "Tabel 2 Belangrijkste uitgavenmutaties (bedragen x € 1.000)",
            f"{corner} 2024 2025 2026 2027",
            "Stand ontwerpbegroting 2024 1.000.000 1.100.000 1.200.000 1.300.000",
            "Versterking strafrechtketen 33 12.500 25.000 25.000 25.000",
            "Overige beleidsmatige mutaties div. 3.812 -1.205 2.440 1.000",
            *rows,
            f"Stand eerste suppletoire begroting 2024 {final}",
        ]
    )


def test_a_code_opening_a_short_rows_figures_is_no_value() -> None:
    """A row printing fewer values than years under "Art." in the corner: the row reader
    took its code as its first value ("Woningbouwimpuls 1 245.000 180.000": three values),
    the sums placing it failed and the row was left out. In a table dotting its thousands
    the small bare figure before the first dotted value is the code, and a bare year before
    it the label's ("afrekening 2022 4 14.230")."""
    text = _short_rows(
        "Art.",
        "1.275.542 1.303.795 1.227.440 1.326.000",
        "Woningbouwimpuls 1 245.000 180.000",
        "Verhuurderheffing: afrekening 2022 4 14.230",
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Woningbouwimpuls", "2024")] == "245.000"
    assert grid[("Woningbouwimpuls", "2025")] == "180.000"
    assert grid[("Verhuurderheffing: afrekening 2022", "2024")] == "14.230"
    assert not [c for c in cells if c["value_text"] in ("1", "4", "2022")]


def test_a_small_figure_opening_a_short_row_under_no_code_heading_stays_a_value() -> None:
    """The near form: under a corner naming no codes ("Omschrijving") a short row's small
    bare figure before a dotted one ("Bijdrage gemeenten 4 245.000") is its first value,
    as the sums place it."""
    text = _short_rows(
        "Omschrijving",
        "1.030.542 1.123.799 1.472.440 1.326.000",
        "Bijdrage gemeenten 4 245.000",
        "Afrekening heffing 14.230",
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Bijdrage gemeenten", "2025")] == "4"
    assert grid[("Bijdrage gemeenten", "2026")] == "245.000"


@pytest.mark.parametrize("bare", ["1250", "-1250", "−1250", "–1250", "(1250)", "(−1250)"])
def test_a_short_rows_small_figure_stays_a_value_where_full_rows_print_bare_thousands(
    bare: str,
) -> None:
    """The near form of a code opening a short row's figures: where a full row prints a
    figure of four digits or more with no dot, whatever minus sign or brackets it prints
    ("−1250", "(1250)"), the table does not dot its thousands throughout, and a short row's
    first small figure ("Woningbouwimpuls 1 245.000") may be a value: no code is taken
    off."""
    full = f"Overige mutaties 3.812 {bare} 2.440"
    short = "Woningbouwimpuls 1 245.000"
    lines = [full, short]

    def cells(line: int, texts: list[str]) -> list[Cell]:
        text = lines[line - 1]
        return [Cell("", k, t, None, line, text.index(t) + 1) for k, t in enumerate(texts)]

    rows = [
        Row("Overige mutaties", 1, cells(1, ["3.812", bare, "2.440"])),
        Row("Woningbouwimpuls", 2, [], loose=cells(2, ["1", "245.000"])),
    ]
    assert tables_code_columns._codes_off_short_rows(rows, lines) == []
    # with the full row's figure dotted, the short row's "1" is its code
    rows[0].cells[1].text = "1.250"
    assert [found[1:] for found in tables_code_columns._codes_off_short_rows(rows, lines)] == [
        ("Woningbouwimpuls", rows[1].loose[1:])
    ]


def _dekking(first: str) -> str:
    """A letter's table of measures under "Art." as ``pdftotext -layout`` prints it, each
    cell ending two characters left of its heading's end, its last row printing two
    values, ``first`` the first, right after its code "div."."""
    heads = (48, 57, 66, 75, 84, 93)
    ends = tuple(end - 2 for end in heads)
    return "\n".join(
        [
            "Tabel 2 Budgettaire gevolgen pakket (bedragen in mln euro)",
            "",
            _printed("", heads, "Art.", "2025", "2026", "2027", "2028", "2029"),
            "",
            _printed("Totaal dekking", ends, "", "-1.290", "-790", "-290", "-290", "-290"),
            _printed("Verlaging budget uitvoering", ends, "7", "-40", "-40", "-40", "-40", "-40"),
            _printed(
                "Hogere opbrengst heffing", ends, "div.", "-250", "-250", "-250", "-250", "-250"
            ),
            _printed("Onderuitputting", ends, "div.", first, "-500", "", "", ""),
        ]
    )


def test_a_wide_first_value_after_a_code_leaves_the_code_its_column() -> None:
    """A short row whose first value is wide enough to reach back into the room right of
    the code heading ("Onderuitputting   div.   -1.000   -500" under "Art.   2025"): the
    value stands past the heading's end, in the next column, and the code is the row's as
    in the rows above. It was left in the label ("Onderuitputting div.")."""
    cells = read_text(_dekking("-1.000"))[1]
    assert {c["row_label"] for c in cells} >= {"Onderuitputting", "Hogere opbrengst heffing"}
    assert "Onderuitputting div." not in {c["row_label"] for c in cells}


def test_a_narrow_first_value_after_a_code_was_read_so_already() -> None:
    """The near form: a first value standing clear of the heading ("-100") leaves the code
    its column, as before."""
    cells = read_text(_dekking("-100"))[1]
    assert "Onderuitputting" in {c["row_label"] for c in cells}


def _dekking_alle(label: str, code: str) -> str:
    """The measures' table under "Art." (``_dekking``), a row ``label`` printing ``code``
    under the heading, its first value wide enough to reach into the heading's slack, and
    a row "div." printing such a value too."""
    heads = (48, 57, 66, 75, 84)
    ends = tuple(end - 2 for end in heads)
    return "\n".join(
        [
            "Tabel 2 Dekking van het pakket (bedragen in mln euro)",
            "",
            _printed("", heads, "Art.", "2025", "2026", "2027", "2028"),
            "",
            _printed("Totaal dekking", ends, "", "-11.590", "-490", "410", "10"),
            _printed("Verlaging subsidiebudgetten", ends, "7", "-40", "-40", "-40", "-40"),
            _printed("Hogere opbrengst heffing", ends, "div.", "-250", "-250", "-250", "-250"),
            _printed(label, ends, code, "-1.300", "300", "700", "300"),
            _printed("Onderuitputting", ends, "div.", "-10.000", "-500", "", ""),
        ]
    )


def test_a_word_standing_alone_under_the_code_heading_is_the_rows_code() -> None:
    """A short word in lower case standing alone under "Art.", the label and the figures
    apart from it ("Kasschuif   alle   -1.300": every policy article), is the row's code
    as "div." is. It stayed in the label ('Kasschuif alle') once the wide "div." row below
    was read as coded and no second text was left to make a column of texts."""
    labels = {c["row_label"] for c in read_text(_dekking_alle("Kasschuif", "alle"))[1]}
    assert "Kasschuif" in labels
    assert "Kasschuif alle" not in labels


def test_a_labels_last_word_before_the_code_heading_stays_the_labels() -> None:
    """The near form: the same word one space after the label's, left of the column
    ("Kasschuif alle" over nothing under "Art."), is the label's: it stays there."""
    labels = {c["row_label"] for c in read_text(_dekking_alle("Kasschuif alle", ""))[1]}
    assert "Kasschuif alle" in labels


def _two_code_columns(middle: str, rows: list[tuple[str, str, str, tuple[str, str]]]) -> str:
    """A jaarrekening's overview of incidentele lasten as pdftotext -layout prints it: a
    column headed "Progr." opening each row (its programme), the label, a narrow column
    headed ``middle`` and two value columns, each cell printing its euro sign."""
    ends = (50, 78, 102)
    return "\n".join(
        [
            "Overzicht incidentele lasten 2023",
            _printed("", (78, 102), "Begroting", "Realisatie"),
            _printed("Progr.", ends, middle, "na wijziging", "2023"),
            *(
                _printed(f"{code:<9}{label}", ends, number, *values)
                for code, label, number, values in rows
            ),
            "",
            "De lasten zijn incidenteel: zij doen zich maximaal drie jaar voor.",
        ]
    )


def test_every_heading_of_codes_on_the_heading_line_heads_its_own_codes() -> None:
    """A table may print two columns of codes: the programme opening each row ("Progr.")
    and a reference number between label and values ("Nr."). Only the first heading of
    codes on the line was read, so the reference numbers were taken for values: every
    row printed one figure more than the columns, none was read. The codes opening the
    rows stay in their labels, those after them are no values."""
    rows = [
        ("4", "Energietoeslag minima", "1", ("€ 1.450.000", "€ 1.386.420")),
        ("3", "Herinrichting Stationsplein", "3", ("€ 640.000", "")),
        ("6", "Onttrekking reserve", "6", ("-€ 120.000", "-€ 120.000")),
        ("", "Totaal incidentele lasten", "", ("€ 1.970.000", "€ 1.266.420")),
    ]
    _tables, cells, _warnings = read_text(_two_code_columns("Nr.", rows))
    grid = cell_grid(cells)
    assert grid[("4 Energietoeslag minima", "Begroting na wijziging")] == "€ 1.450.000"
    assert grid[("3 Herinrichting Stationsplein", "Begroting na wijziging")] == "€ 640.000"
    assert grid[("6 Onttrekking reserve", "Realisatie 2023")] == "-€ 120.000"
    assert len(cells) == 7


def test_a_number_column_under_a_values_heading_beside_codes_stays_values() -> None:
    """The near form: the narrow column between label and values headed as values
    ("Aantal"), the programmes' codes opening the rows: its figures are values."""
    rows = [
        ("4", "Energietoeslag minima", "12", ("€ 1.450.000", "€ 1.386.420")),
        ("6", "Onttrekking reserve", "3", ("-€ 120.000", "-€ 120.000")),
    ]
    _tables, cells, _warnings = read_text(_two_code_columns("Aantal", rows))
    grid = cell_grid(cells)
    assert grid[("4 Energietoeslag minima", "Aantal")] == "12"
    assert grid[("6 Onttrekking reserve", "Aantal")] == "3"


def _one_year_mutaties(rows: list[tuple[str, str, str]]) -> str:
    """A table of mutaties as pdftotext -layout prints it: "Omschrijving", "Art.nr." over
    the codes and the years on one line; each row a label, a code (maybe "") and one value
    per year (maybe ""), the label and code printed as given (``label`` may hold its code
    one space after it, as a long label pushes it)."""
    ends = (60, 72, 84)
    return "\n".join(
        [
            "Tabel 3 Mutaties 1e suppletoire begroting (bedragen x € 1.000)",
            _printed("Omschrijving", (36, *ends), "Art.nr.", "2025", "2026", "2027"),
            *(
                _printed(label.ljust(30) + code if code else label, ends, *values)
                for label, code, values in rows
            ),
            "",
            "Toelichting bij de mutaties.",
        ]
    )


def test_a_code_a_long_label_runs_into_is_no_part_of_the_label() -> None:
    """The longest label runs on up to the column of codes and a text layer prints its
    code one space after its last word, left of the column ("<long label> 2" beside
    "<label>   4" under "Art.nr."): the code is no word of the label, as the codes under
    the heading are none of theirs."""
    rows = [
        ("Stand ontwerpbegroting", "", ("512.400", "498.300", "490.100")),
        ("1. Kasschuif", "4", ("-12.000", "6.000", "6.000")),
        ("2. Vaste lasten (TVL) 2", "", ("385.000", "", "")),
        ("3. Loonbijstelling", "div.", ("4.820", "4.710", "4.690")),
        ("Stand 1e suppletoire begroting", "", ("890.220", "509.010", "500.790")),
    ]
    _tables, cells, _warnings = read_text(_one_year_mutaties(rows))
    grid = cell_grid(cells)
    assert grid[("2. Vaste lasten (TVL)", "2025")] == "385.000"
    assert grid[("1. Kasschuif", "2026")] == "6.000"


def test_a_number_ending_a_label_in_a_table_no_row_prints_a_code_in_stays() -> None:
    """Near form: under an "Art.nr." heading no row prints a code: a number ending a label
    one space after its last word is the label's own ("Regio Deals ronde 2")."""
    rows = [
        ("Stand ontwerpbegroting", "", ("512.400", "498.300", "490.100")),
        ("1. Regio Deals ronde 2", "", ("12.000", "6.000", "6.000")),
        ("Stand 1e suppletoire begroting", "", ("524.400", "504.300", "496.100")),
    ]
    _tables, cells, _warnings = read_text(_one_year_mutaties(rows))
    assert cell_grid(cells)[("1. Regio Deals ronde 2", "2025")] == "12.000"
