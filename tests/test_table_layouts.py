"""Table layouts, units and warnings on short texts shaped like the corpus pages.

Each text is a few lines written in the shape a real page prints (the page it imitates is
named), not copied from one: the reader must get the layout, not the words.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from table_texts import cell_grid as _grid
from table_texts import cells_per_line as _cells_per_line
from table_texts import printed as _printed
from table_texts import read_text as _read
from table_texts import row_parents as _parents

from budgetkit.extract import tables, tables_pipes, tables_placement
from budgetkit.extract.tables_hierarchy import build
from budgetkit.extract.tables_layout import RawTable, guilder_lines, leader_lines
from budgetkit.extract.tables_tokens import parse_value, printed_decimals
from budgetkit.extract.tables_units import read_unit
from budgetkit.extract.tables_unread import row_like
from budgetkit.extract.warnings import ExtractWarning
from budgetkit.textmodel import TextModel

# --- placeholders ----------------------------------------------------------------------


def test_crlf_line_ends_read_as_line_ends_not_placeholders() -> None:
    """A page saved with CRLF line ends: every blank line between cells is "\r", which must
    not read as a placeholder (an empty cell) and shift the cells after it."""
    text = _cells_per_line(
        "Tabel 4 Budgettaire gevolgen van beleid (bedragen x € 1.000)", " ",
        "2023", "2024", "2025",
        "Uitgaven", "1.200", "1.300", "1.400",
        "Subsidies", " ",
        "Regeling A", "700", " ", "900",
        "Regeling B", "500", "1.300", "500",
    )  # fmt: skip
    lf_tables, lf_cells, _w = _read(text)
    tables, cells, warnings = _read(text.replace("\n", "\r\n"))
    assert _grid(cells) == _grid(lf_cells) and len(cells) == 8
    assert _grid(cells)[("Regeling A", "2025")] == "900"
    assert [c["line"] for c in cells] == [c["line"] for c in lf_cells]
    assert _parents(cells) == _parents(lf_cells) and not warnings
    assert tables[0]["unit_label"] == lf_tables[0]["unit_label"] == "x € 1.000"


def test_a_row_without_placeholders_is_placed_by_the_total_under_it() -> None:
    """b04: three values for four columns; only one placement makes 'Totaal baten' hold."""
    text = _cells_per_line(
        "Bedragen x € 1 000", "Omschrijving", "Begroting (1)", "Realisatie (2)",
        "Verschil (2) – (1)", "Realisatie vorig jaar",
        "Opbrengst moederdepartement", "8 647", "15 305", "6 658", "7 391",
        "Opbrengst derden", "550", "– 550", "499",
        "Totaal baten", "9 197", "15 305", "6 108", "7 890",
    )  # fmt: skip
    _tables, cells, warnings = _read(text)
    placed = [c["column_label"] for c in cells if c["row_label"] == "Opbrengst derden"]
    assert placed == ["Begroting (1)", "Verschil (2) – (1)", "Realisatie vorig jaar"]
    assert warnings == []


def test_a_row_the_sums_cannot_place_is_left_out_with_a_warning() -> None:
    """The same row under a total that two placements satisfy: never a guess."""
    text = _cells_per_line(
        "Bedragen x € 1 000", "Omschrijving", "Begroting", "Realisatie", "Vorig jaar",
        "Opbrengst moederdepartement", "100", "100", "100",
        "Opbrengst derden", "5", "5",
        "Totaal baten", "105", "105", "105",
    )  # fmt: skip
    [table], cells, warnings = _read(text)
    assert "Opbrengst derden" not in {c["row_label"] for c in cells}
    assert len(cells) == 6
    [warning] = warnings
    assert warning.line == text.split("\n").index("Opbrengst derden") + 1
    assert "left out" in warning.reason and table["table_id"] in warning.reason


def _cash_flows(*rows: str) -> str:
    """An agentschap's kasstroomoverzicht one cell per line, each item's code opening its
    label, under a budget, a realisation, their difference and last year's realisation."""
    return _cells_per_line(
        "Tabel 7 Kasstroomoverzicht (bedragen x € 1.000)", " ", "Begroting (1)",
        "Realisatie (2)", "Verschil (3)=(2)-(1)", "Realisatie vorig jaar (4)", *rows,
    )  # fmt: skip


def test_rows_without_placeholders_are_placed_by_the_numbered_total_their_codes_name() -> None:
    """A lettered part printing two values for four columns ("3b.") is placed where the
    numbered total below its lettered rows ("3.") holds, an item printing one ("4.") where
    the row whose formula names it ("5. ... (=1+2+3+4)") holds: neither label opens with
    a total's word, so both rows were left out with a warning, and the totals' parts lost
    their parents."""
    text = _cash_flows(
        "1. Stand 1 januari", "500", "620", "120", "480",
        "2. Operationele kasstroom", "80", "100", "20", "90",
        "3a. Investeringen (–/–)", "– 300", "– 250", "50", "– 200",
        "3b. Desinvesteringen (+)", "40", "40",
        "3. Totaal investeringskasstroom", "– 300", "– 210", "90", "– 200",
        "4. Financieringskasstroom", "– 60",
        "5. Stand 31 december (=1+2+3+4)", "280", "510", "230", "310",
    )  # fmt: skip
    _tables, cells, warnings = _read(text)
    grid = _grid(cells)
    assert grid[("3b. Desinvesteringen (+)", "Realisatie (2)")] == "40"
    assert grid[("3b. Desinvesteringen (+)", "Verschil (3)=(2)-(1)")] == "40"
    assert grid[("4. Financieringskasstroom", "Realisatie vorig jaar (4)")] == "– 60"
    assert len(cells) == 5 * 4 + 2 + 1 and warnings == []
    parents = _parents(cells)
    assert parents["3b. Desinvesteringen (+)"] == "3. Totaal investeringskasstroom"
    total = "5. Stand 31 december (=1+2+3+4)"
    assert parents["4. Financieringskasstroom"] == parents["1. Stand 1 januari"] == total


def test_rows_of_another_number_or_a_formula_naming_an_unprinted_row_place_nothing() -> None:
    """Near forms: lettered rows of another number ("2a.", "2b.") are no parts of the
    numbered row under them ("3."), though one placement would make its sums hold; a
    formula naming a number no row is coded with ("(=1+2+3+4+5)" under "1." to "4.") does
    not say which rows it sums. The rows stay left out with a warning."""
    text = _cash_flows(
        "2a. Ontvangsten (+)", "100", "120", "20", "110",
        "2b. Uitgaven (–/–)", "40", "40",
        "3. Saldo", "100", "160", "60", "110",
    )  # fmt: skip
    _tables, cells, warnings = _read(text)
    assert "2b. Uitgaven (–/–)" not in {c["row_label"] for c in cells}
    assert [w for w in warnings if "no placeholders" in w.reason]
    text = _cash_flows(
        "1. Stand 1 januari", "500", "620", "120", "480",
        "2. Operationele kasstroom", "80", "100", "20", "90",
        "3. Investeringskasstroom", "– 300", "– 210", "90", "– 200",
        "4. Financieringskasstroom", "– 60",
        "6. Stand 31 december (=1+2+3+4+5)", "280", "510", "230", "310",
    )  # fmt: skip
    _tables, cells, warnings = _read(text)
    assert "4. Financieringskasstroom" not in {c["row_label"] for c in cells}
    assert [w for w in warnings if "no placeholders" in w.reason]


def _stand_with_extrapolation(extrapolation: str, stand_2023: str, before: str = " ") -> str:
    """A Najaarsnota stand table printed one cell per line, the 'Extrapolatie' row printing
    its one value without placeholders for the years before it."""
    return _cells_per_line(
        "Uitgaven (x € 1 mln)", " ", "2021", "2022", "2023",
        "Stand Miljoenennota (excl. IS)", "45,7", "47,2", before,
        "Beleidsmatige mutaties", "   ", "Diversen", "0,4", "0,2", " ", " ", "0,4", "0,2", " ",
        "Extrapolatie", extrapolation,
        "Totaal mutaties sinds Miljoenennota", "0,4", "0,2", " ",
        "Stand Najaarsnota (subtotaal)", "46,1", "47,4", stand_2023,
    )  # fmt: skip


def test_a_row_that_alone_makes_up_a_total_in_one_column_is_placed_there() -> None:
    """A stand's new year: no row above prints a value under it and the total below is the
    one value of 'Extrapolatie', so that is its column and that total its parent, although
    it is printed above 'Totaal mutaties' (which sums only the rows above it)."""
    _tables, cells, warnings = _read(_stand_with_extrapolation("47,4", "47,4"))
    assert _grid(cells)[("Extrapolatie", "2023")] == "47,4" and not warnings
    parents = _parents(cells)
    assert parents["Extrapolatie"] == "Stand Najaarsnota (subtotaal)"
    assert parents["Totaal mutaties sinds Miljoenennota"] == "Stand Najaarsnota (subtotaal)"


@pytest.mark.parametrize(
    ("extrapolation", "stand_2023", "before"),
    [("47,4", "47,5", " "), ("47,4", "47,4", "0,1")],
    ids=["the total is not the value", "a row above fills the column"],
)
def test_a_row_alone_is_not_placed_where_the_total_does_not_tell(
    extrapolation: str, stand_2023: str, before: str
) -> None:
    """Not equal to the total below it, or in a column a row above fills too (then the
    total is no longer the value alone): left out with a warning."""
    text = _stand_with_extrapolation(extrapolation, stand_2023, before)
    _tables, cells, warnings = _read(text)
    assert "Extrapolatie" not in {c["row_label"] for c in cells}
    assert [w.reason for w in warnings if "Extrapolatie" in w.reason]


def _instruments(uitgaven_2023: str) -> str:
    """A beleidsartikel's table one cell per line: "Uitgaven" over its instruments, each
    over its regelingen, one instrument printed without values ("Inkomensoverdrachten")
    over a regeling and a correction printing its one value without placeholders."""
    return _cells_per_line(
        "Tabel 12 Budgettaire gevolgen van beleid (bedragen x € 1.000)", " ",
        "2023", "2024", "2025",
        "Uitgaven", uitgaven_2023, "1.100", "1.200",
        "Subsidies (regelingen)", "400", "450", "500",
        "Regeling A", "250", "300", "300",
        "Regeling B", "150", "150", "200",
        "Inkomensoverdrachten",
        "Tegemoetkoming transitievergoeding", "350", "350", "350",
        "Correctie voorgaande jaren", "– 50",
        "Bijdrage aan agentschappen", "300", "300", "350",
        "Nederlandse Arbeidsinspectie", "300", "300", "350",
    )  # fmt: skip


def test_a_loose_row_under_an_instrument_printed_without_values_is_placed_by_uitgaven() -> None:
    """The correction's instrument prints no values, so no block narrower than the one
    under "Uitgaven" holds it, and that one counts each regeling twice (its instrument
    and itself) unless each instrument's subtotal counts instead of its parts: read so,
    only 2023 makes "Uitgaven" hold."""
    _tables, cells, warnings = _read(_instruments("1.000"))
    assert _grid(cells)[("Correctie voorgaande jaren", "2023")] == "– 50"
    assert _parents(cells)["Correctie voorgaande jaren"] == "Inkomensoverdrachten"
    assert not warnings


def test_a_loose_row_the_grouped_sums_do_not_place_is_left_out() -> None:
    """What must not change: where "Uitgaven" holds without the correction in every
    column, no column takes it: left out with a warning."""
    _tables, cells, warnings = _read(_instruments("1.050"))
    assert "Correctie voorgaande jaren" not in {c["row_label"] for c in cells}
    assert [w for w in warnings if "Correctie" in w.reason]


# --- headings ------------------------------------------------------------------------


def test_column_number_row_is_joined_to_the_headings() -> None:
    """b01: a separate row '(1) (2) (3)=(1+2)' under word headings; leaves without number."""
    text = _cells_per_line(
        "Budgettaire gevolgen van beleid (bedragen x € 1 000)",
        "Stand begroting 2011", "Mutaties 2011", "Stand na mutaties 2011", "Mutatie 2012",
        " ", "(1)", "(2)", "(3)=(1+2)", "       ",
        "Uitgaven", "100 000", "– 3 783", "96 217", "595",
        "Apparaat", "100 000", "– 3 783", "96 217", "595",
    )  # fmt: skip
    [table], cells, _warnings = _read(text)
    assert table["unit_label"] == "x € 1.000"
    labels = sorted({c["column_label"] for c in cells}, key=lambda c: c[-9:])
    assert "Stand na mutaties 2011 (3)=(1+2)" in labels and "Mutatie 2012" in labels
    assert _grid(cells)[("Apparaat", "Mutaties 2011 (2)")] == "– 3 783"
    assert _parents(cells)["Apparaat"] == "Uitgaven"


def test_group_headings_over_repeated_leaves() -> None:
    """c04: '(1) Vastgesteld' and '(2) Mutaties' each over 'Uitgaven' and 'Ontvangsten';
    article codes in their own cell before the label."""
    text = _cells_per_line(
        "De bedragen luiden in duizenden euro's.",
        "Art.", "Omschrijving", "(1) Vastgesteld", "(2) Mutaties",
        "Uitgaven", "Ontvangsten", "Uitgaven", "Ontvangsten",
        "Totaal", "43.252", "0", "909", "166",
        "1", "Uitkering", "8.354", "0", "188", "166",
        "2", "Functionele uitgaven", "34.898", "0", "721", "0",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("1 Uitkering", "(2) Mutaties Ontvangsten")] == "166"
    assert grid[("2 Functionele uitgaven", "(1) Vastgesteld Uitgaven")] == "34.898"
    assert {c["unit_label"] for c in cells} == {"x € 1.000"}


def test_a_prefixed_unit_declared_in_the_prose_above() -> None:
    """A sentence some lines above the table ("weergegeven in k€") declares its unit."""
    text = _cells_per_line(
        "De financiële gegevens in dit hoofdstuk zijn, tenzij anders aangegeven, weergegeven "
        "in k€ en in lopende prijzen; de cijfers over 2023 zijn voorlopig en kunnen nog "
        "wijzigen, omdat de jaarrekening van de uitvoeringsorganisatie nog niet is "
        "vastgesteld door het bestuur.",
        "Toelichting op de cijfers volgt in paragraaf 4.",
        "Zie ook de bijlage.",
        "Ook de meerjarenraming is opgenomen.",
        "Art.", "Omschrijving", "2023", "2024",
        "1", "Uitkering", "8.354", "8.500",
        "2", "Functionele uitgaven", "34.898", "35.000",
    )  # fmt: skip
    [table], _cells, _warnings = _read(text)
    assert (table["unit_label"], table["scale_factor"]) == ("x € 1.000", 1_000)


def _under_a_long_sentence(note: str) -> str:
    """A table one cell per line under a paragraph too long for a note line, ``note``
    inside its sentence."""
    return _cells_per_line(
        "Het overzicht hieronder geeft de algemene dekkingsmiddelen per soort, zoals "
        f"opgenomen in de begroting en de meerjarenraming {note}. De opbrengst van de "
        "onroerendezaakbelastingen stijgt met de inflatiecorrectie en de groei van het "
        "aantal woningen in de nieuwe wijken.",
        "Omschrijving", "2024", "2025",
        "Onroerendezaakbelastingen", "14.210", "14.905",
        "Dividend", "812", "650",
    )  # fmt: skip


def test_a_unit_note_in_brackets_inside_a_long_sentence_above_declares_the_unit() -> None:
    """A note in brackets naming the amounts ("(bedragen x € 1.000)") inside a sentence of
    a paragraph too long to be a note line above the table declares its unit, as the
    same note on a short line does (the table was left without one)."""
    [table], _cells, _warnings = _read(_under_a_long_sentence("(bedragen x € 1.000)"))
    assert (table["unit_label"], table["scale_factor"]) == ("x € 1.000", 1_000)


def test_a_bracket_naming_no_amounts_inside_a_long_sentence_declares_no_unit() -> None:
    """Near form: a bracket in the sentence that is no note of the amounts ("(zie
    bijlage 3)") declares nothing: the table stays without a unit, as before."""
    [table], _cells, _warnings = _read(_under_a_long_sentence("(zie bijlage 3)"))
    assert not table["unit_label"]


def test_text_columns_are_not_values() -> None:
    """c02 'bron' after the values, b10 'Vindplaats' before them: full of numbers, no values."""
    after = _cells_per_line(
        "Tabel 4.1 Financieringsbehoefte (in miljoenen euro)", " ",
        "2011", "2012", "bron",
        "EMU-tekort Rijk", "14 617", "10 275", "zie tabel 3.3",
        "Derdenrekening", "136", "– 186", " ",
        "Financieringstekort", "14 753", "10 089",
    )  # fmt: skip
    _tables, cells, _warnings = _read(after)
    assert len(cells) == 6 and all(c["column_label"] in ("2011", "2012") for c in cells)
    before = _cells_per_line(
        "Tabel 1 Overzicht maatregelen (bedragen x € 1.000)",
        "Naam begroting", "Vindplaats", "2021",
        "Nota van Wijziging 2021", "Kamerstukken II 2020/21, 35570 B, nr. 3", "396.897",
        "Eerste suppletoire begroting 2021", "Kamerstukken II 2020/21, 35850 B, nr. 1", "9.477",
        "Totaal", " ", "406.374",
    )  # fmt: skip
    _tables, cells, _warnings = _read(before)
    assert [c["row_label"] for c in cells] == [
        "Nota van Wijziging 2021",
        "Eerste suppletoire begroting 2021",
        "Totaal",
    ]
    assert _parents(cells)["Nota van Wijziging 2021"] == "Totaal"


def test_a_column_of_yes_or_no_words_after_the_values_is_no_value_and_no_row() -> None:
    """An audit report's text layer (-layout) ends each row with a yes or a no ("ja",
    "nee") under a heading of two lines after the money ("Tolerantie" / "overschreden"),
    its chapter codes in a column of their own left of the names ("VII", "XIII"). The
    words and their heading are neither values nor labels: a word of three letters was not
    taken for such a mark, the rows ended in no figure, and the table was lost."""
    ends = (52, 68, 83)
    text = "\n".join(
        [
            "Tabel 4 Onrechtmatige uitgaven per hoofdstuk (bedragen in € miljoen)",
            "",
            _printed("", ends, "Uitgaven", "Onrechtmatig", "Tolerantie"),
            _printed("", ends, "2023", "2023", "overschreden"),
            _printed("VII   Binnenlandse Zaken", ends, "8.412", "37", "nee"),
            _printed("XIII  Economische Zaken", ends, "6.905", "188", "ja"),
            _printed("XIV   Landbouw en Natuur", ends, "3.224", "41", "ja"),
            _printed("      Overige hoofdstukken", ends, "96.310", "602", "nee"),
            "",
            _printed("      Totaal", ends, "114.851", "868", ""),
        ]
    )  # fmt: skip
    [table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert table["unit_label"] == "mln euro" and table["column_count"] == 2
    assert grid[("VII Binnenlandse Zaken", "Onrechtmatig 2023")] == "37"
    assert grid[("XIII Economische Zaken", "Uitgaven 2023")] == "6.905"
    assert grid[("Totaal", "Onrechtmatig 2023")] == "868"
    assert not any(c["value_text"] in ("ja", "nee") for c in cells)


def test_a_column_printing_pm_after_the_values_keeps_its_cells() -> None:
    """A column of money whose amounts are not yet known prints "PM" (pro memorie) in each
    row, under a heading of words after the other columns ("Raming"): a value's cell that
    holds no figure, not a mark such as "V" or "N" beside a difference. Its cells are kept
    with their text and no value; the column was blanked as one of marks."""
    ends = (45, 61, 77)
    text = "\n".join(
        [
            "Overzicht investeringen                             Bedragen x € 1.000",
            "",
            _printed("", ends, "Begroting", "Realisatie", "Raming"),
            _printed("Brede school Noord", ends, "1.200", "1.150", "PM"),
            _printed("Sporthal De Wetering", ends, "2.450", "2.610", "PM"),
            _printed("Totaal", ends, "3.650", "3.760", "PM"),
        ]
    )  # fmt: skip
    [_table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Sporthal De Wetering", "Raming")] == "PM"
    assert grid[("Totaal", "Realisatie")] == "3.760"
    assert [c["value"] for c in cells if c["column_label"] == "Raming"] == [None, None, None]


@pytest.mark.parametrize("heading", ["V/N", "I/S"])
def test_a_column_of_marks_after_the_values_is_no_value_and_no_row(heading: str) -> None:
    """A municipal jaarrekening's text layer (-layout) prints a column of marks after the
    difference ("V" or "N", voordelig or nadelig; "I" or "S", incidenteel or structureel),
    its heading off the marks, right of them. The marks and their heading are neither
    values nor labels: read with them, the heading line ended in no period, the rows in no
    figure, and the whole table was lost. A row without a mark (a nil difference) is read
    as the others."""
    ends = (45, 61, 77, 90)
    marks = {"V/N": ("V", "N", "N"), "I/S": ("S", "I", "I")}[heading]
    text = "\n".join(
        [
            "Overzicht lasten per programma                             Bedragen x € 1.000",
            "",
            _printed("", (41, 61), "Primaire", "Begroting na"),
            _printed("", (45, 61, 77, 90, 96), "begroting 2023", "wijziging 2023",
                     "Rekening 2023", "Verschil", heading),
            "",
            "Lasten",
            _printed("  1 Bestuur", ends, "3.120", "3.310", "3.268", "42") + f"  {marks[0]}",
            _printed("  2 Ruimte", ends, "6.840", "7.210", "7.544", "-334") + f"  {marks[1]}",
            _printed("  3 Onderwijs", ends, "1.730", "2.050", "2.050", "0"),
            _printed("Totaal lasten", ends, "11.690", "12.570", "12.862", "-292") + f"  {marks[2]}",
            "",
            "De lasten van het programma Ruimte vallen hoger uit door de gladheidsbestrijding.",
        ]
    )  # fmt: skip
    [table], cells, _warnings = _read(text)
    assert table["unit_label"] == "x € 1.000"
    grid = _grid(cells)
    assert {column for _row, column in grid} == {
        "Primaire begroting 2023", "Begroting na wijziging 2023", "Rekening 2023", "Verschil",
    }  # fmt: skip
    assert grid[("2 Ruimte", "Verschil")] == "-334"
    assert grid[("3 Onderwijs", "Verschil")] == "0"
    assert grid[("Totaal lasten", "Rekening 2023")] == "12.862"
    assert _parents(cells)["1 Bestuur"] == "Lasten"
    assert not any(c["value_text"] in marks for c in cells)


def _unheaded_marks(marks: tuple[str, str, str]) -> str:
    """A jaarrekening's table (-layout) whose differences end in a letter each, under no
    heading of their own: "Verschil" heads the figures, the sentence above says what the
    letters mean."""
    ends = (45, 61, 77, 90)
    return "\n".join(
        [
            "Het verschil is weergegeven met V (voordeel) of N (nadeel) ten opzichte van de"
            " begroting, per programma.",
            "",
            "Tabel 3.1 Overzicht van baten en lasten 2023 (bedragen x € 1.000)",
            "",
            _printed("", ends, "Begroting", "Begroting", "Rekening", "Verschil"),
            _printed("", ends[:3], "primitief", "na wijziging", "2023"),
            "",
            _printed("Programma 1 Veiligheid", ends, "-6.597", "-6.864", "-6.675", "189")
            + f"  {marks[0]}",
            _printed("Programma 2 Wonen", ends, "-3.068", "-3.432", "-3.892", "460")
            + f"  {marks[1]}",
            _printed("Programma 3 Sport", ends, "-1.200", "-1.200", "-1.200", "0"),
            _printed("Saldo van baten en lasten", ends, "-10.865", "-11.496", "-11.767", "271")
            + f"  {marks[2]}",
            "",
            "Het resultaat na bestemming bedraagt € 1,4 miljoen voordelig.",
        ]
    )


def test_a_column_of_marks_under_no_heading_of_its_own_is_no_value() -> None:
    """A column of "V" and "N" after the differences, the initials of one pair of marks
    (voordelig, nadelig), under no heading of its own ("Verschil" ends left of them, the
    prose above reaches past them): marks, no values. Read with them, the rows ended in no
    figure and the whole table was lost."""
    [table], cells, _warnings = _read(_unheaded_marks(("V", "N", "V")))
    assert table["unit_label"] == "x € 1.000"
    grid = _grid(cells)
    assert grid[("Programma 1 Veiligheid", "Verschil")] == "189"
    assert grid[("Programma 2 Wonen", "Begroting na wijziging")] == "-3.432"
    assert grid[("Programma 3 Sport", "Verschil")] == "0"
    assert grid[("Saldo van baten en lasten", "Rekening 2023")] == "-11.767"


def test_footnote_letters_under_no_heading_of_their_own_are_left_as_printed() -> None:
    """The near form: letters after the figures that are no pair's initials ("a", "b", a
    footnote's letter) under no heading are left as printed, as before: the rows end in no
    figure, and no row is read from them."""
    _tables, cells, _warnings = _read(_unheaded_marks(("a", "b", "a")))
    assert not any(cell["row_label"] == "Programma 2 Wonen" for cell in cells)


def _marks_a_space_after(differences: tuple[str, ...], ends: tuple[int, ...]) -> str:
    """A jaarrekening's table (-layout) whose differences each end in a mark one space after
    the figure, under no heading of their own: ``differences`` ("2.140 V"), each ending at
    its row's place in ``ends``."""
    columns = (40, 54, 68)
    rows = [
        ("Programma A Openbare orde", ("-7.412", "-7.905", "-5.765")),
        ("Programma B Onderwijs", ("-12.300", "-12.640", "-13.015")),
        ("Programma C Cultuur", ("-2.115", "-2.150", "-1.988")),
    ]
    return "\n".join(
        [
            "Tabel 2 Baten en lasten per programma 2024 (bedragen x € 1.000)",
            "",
            _printed("", (*columns, 82), "Begroting", "Begroting", "Rekening", "Verschil"),
            _printed("", columns, "primitief", "na wijziging", "2024"),
            "",
            *(
                _printed(label, (*columns, end), *values, difference)
                for (label, values), difference, end in zip(rows, differences, ends, strict=True)
            ),
            "",
            "V = voordelig, N = nadelig ten opzichte van de begroting na wijziging.",
        ]
    )


def test_marks_a_space_after_right_aligned_differences_are_no_values() -> None:
    """A layout printing each difference and its mark as one run, right-aligned ("2.140 V"
    over "375 N"), sets the mark one space after the figure, every mark at one place: a
    column of marks as one apart by padding is. Read with them, the rows ended in no figure
    and the whole table was lost."""
    text = _marks_a_space_after(("2.140 V", "375 N", "162 V"), (82, 82, 82))
    [table], cells, _warnings = _read(text)
    assert table["unit_label"] == "x € 1.000"
    grid = _grid(cells)
    assert grid[("Programma A Openbare orde", "Verschil")] == "2.140"
    assert grid[("Programma B Onderwijs", "Verschil")] == "375"
    assert grid[("Programma C Cultuur", "Rekening 2024")] == "-1.988"
    assert not any(cell["value_text"] in ("V", "N") for cell in cells)


def test_letters_a_space_after_figures_at_no_one_place_are_left_as_printed() -> None:
    """The near form: letters one space after figures set from one left edge ("2.140 V"
    over "375 N" starting where it starts) stand at no one place, no column a layout sets:
    left as printed, as before, and the rows ending in them are read as no rows."""
    text = _marks_a_space_after(("2.140 V", "375 N", "162 V"), (82, 80, 80))
    _tables, cells, _warnings = _read(text)
    assert not any(cell["row_label"] == "Programma B Onderwijs" for cell in cells)
    # the place alone tells: the same marks set at one place are read as a column of marks
    at_one_place = _marks_a_space_after(("2.140 V", "375 N", "162 V"), (82, 82, 82))
    assert _grid(_read(at_one_place)[1])[("Programma B Onderwijs", "Verschil")] == "375"


def _ruled_total(text: str, rule: str) -> str:
    """``text`` (``_marks_a_space_after``) with ``rule`` printed under its rows and a total
    under it, its difference and mark as one run at the rows' place."""
    rows, note = text.rsplit("\n\n", 1)
    total = _printed("Totaal lasten", (40, 54, 68, 82), "-21.827", "-22.695", "-20.768", "1.927 V")
    return "\n".join([rows, rule, total, "", note])


def test_a_rule_over_the_total_is_no_text_ending_a_column_of_marks() -> None:
    """A layout drawing a rule over the total across every column, its marks' too
    ("-------" over "Totaal lasten  ...  1.927 V"): the rule is no text reaching the
    marks' column, and the total's mark goes on in the column above it. Taken for text, it
    ended the column, the total ended in a letter and was lost with its parts' parent."""
    rule = " " * 30 + "-" * 54
    text = _ruled_total(_marks_a_space_after(("2.140 V", "375 N", "162 V"), (82, 82, 82)), rule)
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Totaal lasten", "Verschil")] == "1.927"
    assert grid[("Totaal lasten", "Rekening 2024")] == "-20.768"
    assert not any(cell["value_text"] in ("V", "N") for cell in cells)


def test_a_blank_line_over_a_total_under_a_column_of_marks_reads_as_before() -> None:
    """The near form: the total under its parts past a blank line, no rule ("" over
    "Totaal lasten  ...  1.927 V"): its mark joins the column as before, the same cells."""
    text = _ruled_total(_marks_a_space_after(("2.140 V", "375 N", "162 V"), (82, 82, 82)), "")
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Totaal lasten", "Verschil")] == "1.927"
    assert grid[("Programma B Onderwijs", "Verschil")] == "375"
    assert not any(cell["value_text"] in ("V", "N") for cell in cells)


def test_a_code_columns_heading_beside_one_period_heads_a_table() -> None:
    """A nota's text layer (-layout) prints one value column, its year at the right of a
    heading line that opens with the code column's heading ("Art.   2024"), padding
    between. The year heads the values and the code word is the corner: read as words
    before a lone year (prose ending in a year), the line headed nothing and the table was
    lost."""
    end = (70,)
    text = "\n".join(
        [
            "Tabel 2.4.1 Uitgavenmutaties Infrastructuur en Waterstaat",
            "(bedragen x € 1 mln)",
            "",
            _printed("Art.", end, "2024"),
            "",
            _printed("      Stand ontwerpbegroting 2024", end, "8.412,6"),
            _printed("      Mutaties 1e suppletoire begroting", end, "133,2"),
            _printed("      Stand 1e suppletoire begroting 2024", end, "8.545,8"),
            "",
            "      Belangrijkste mutaties",
            _printed("12    Hoofdwegennet", end, "− 21,4"),
            _printed("14    Regionaal vervoer", end, "8,0"),
            _printed("      Stand Najaarsnota 2024", end, "8.532,4"),
        ]
    )
    [table], cells, _warnings = _read(text)
    assert table["unit_label"] == "x € 1 mln"
    grid = _grid(cells)
    assert {column for _row, column in grid} == {"2024"}
    assert grid[("12 Hoofdwegennet", "2024")] == "− 21,4"
    assert grid[("Stand Najaarsnota 2024", "2024")] == "8.532,4"
    assert len(cells) == 6


def test_a_group_heading_merged_over_the_second_rows_years_heads_them_where_it_stands() -> None:
    """A suppletoire begroting's two heading rows flattened from merged cells, one cell per
    line: the first row's headings each head one column over both rows ("Vastgestelde
    begroting 2025", "Stand 2e suppletoire begroting 2025") but a group without a year
    ("Mutaties 2e suppletoire begroting"), which spans the second row's years. The years
    stand where the group is printed, each with its words, and the stand printed after the
    group comes after them: read in printed order, every column was named by its
    neighbour's heading and the first one lost."""
    text = _cells_per_line(
        "Tabel 3.1 Budgettaire gevolgen van beleid artikel 3 (bedragen x € 1.000)", " ",
        "Vastgestelde begroting 2025", "Mutaties 2e suppletoire begroting",
        "Stand 2e suppletoire begroting 2025", "2025", "2026", "2027", "2028",
        "Verplichtingen", "412.300", "–8.100", "–2.400", "–2.400", "0", "404.200",
        "Uitgaven", "405.150", "–6.250", "–2.400", "–2.400", "0", "398.900",
        "Subsidies", "305.150", "–6.250", "–2.400", "–2.400", "0", "298.900",
        "Opdrachten", "100.000", " ", " ", " ", " ", "100.000",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Uitgaven", "Vastgestelde begroting 2025")] == "405.150"
    assert grid[("Uitgaven", "Mutaties 2e suppletoire begroting 2025")] == "–6.250"
    assert grid[("Uitgaven", "Mutaties 2e suppletoire begroting 2028")] == "0"
    assert grid[("Uitgaven", "Stand 2e suppletoire begroting 2025")] == "398.900"
    assert grid[("Opdrachten", "Stand 2e suppletoire begroting 2025")] == "100.000"
    assert len({c["column_label"] for c in cells}) == 6


#: A jaarrekening's staat van voorzieningen printed one cell per line, a blank line between
#: rows, running over a page break: the page's number, then the next page's running head.
_VOORZIENINGEN_OVER_A_BREAK = (
    "Tabel 8 Staat van voorzieningen (bedragen x € 1.000)", "",
    "Omschrijving", "Saldo 1-1-2024", "Toevoegingen", "Aanwendingen", "Saldo 31-12-2024", "",
    "Voorziening groot onderhoud", "4.100", "900", "650", "4.350", "",
    "Personele voorzieningen", "",
    "Voorziening pensioenen", "2.300", "210", "180", "2.330", "",
    "87",
    "\fGemeente Voorbeeld – Jaarrekening 2024", "",
    "Voorziening wachtgelden", "640", "120", "310", "450", "",
    "Totaal personele voorzieningen", "2.940", "330", "490", "2.780", "",
    "Totaal voorzieningen", "7.040", "1.230", "1.140", "7.130", "",
)  # fmt: skip


def test_a_page_break_inside_a_table_printed_one_cell_per_line_heads_no_rows() -> None:
    """A jaarrekening's plain text layer (one cell per line, a blank line between rows) runs
    a table over a page break: the page's number alone on its line, then the next page's
    running head on the line the form feed opens. Both are page furniture: the head is no
    group row over the rows after the break (they stay under the group above it), the
    number no cell."""
    rows = _VOORZIENINGEN_OVER_A_BREAK
    _tables, cells, _warnings = _read("\n".join(rows))
    parents = _parents(cells)
    assert parents["Voorziening wachtgelden"] == "Personele voorzieningen"
    assert parents["Voorziening pensioenen"] == "Personele voorzieningen"
    assert not any("Jaarrekening" in (c["parent_row_label"] or "") for c in cells)
    assert not any(c["value_text"] == "87" for c in cells)
    assert len(cells) == 20


def test_a_small_captioned_table_of_one_column_is_read() -> None:
    """A Miljoenennota annex prints, under a larger table, a small one of one column, one
    cell per line: its caption, the labels' heading and the column's ("Jaar" /
    "Werkloosheid"), then three rows labelled by their years, one value each. A numbered
    caption over rows of one value each is a table (it was passed over: one value a row
    under headings without a period reads as a note and its figure)."""
    text = _cells_per_line(
        "Tabel 4.3 Werkloosheid in procenten van de beroepsbevolking",
        "Jaar", "Werkloosheid",
        "2022", "3,5", "2023", "3,6", "2024*", "3,9",
        "* raming",
        "De werkloosheid loopt in 2024 licht op.",
    )  # fmt: skip
    [table], cells, _warnings = _read(text)
    assert table["title"] == "Tabel 4.3 Werkloosheid in procenten van de beroepsbevolking"
    grid = _grid(cells)
    assert grid == {("2022", "Werkloosheid"): "3,5", ("2023", "Werkloosheid"): "3,6",
                    ("2024*", "Werkloosheid"): "3,9"}  # fmt: skip


def test_a_captioned_table_of_one_word_headed_column_printed_one_row_per_line() -> None:
    """A waterschap's begroting prints a small table of one column under its caption: a
    corner and one word apart by padding ("Type huishouden   Stijging"), then a row per
    line of one percentage each, and the page's footer after a blank line ending in the
    page number. Rows of one figure are no run of rows ``unread_rows`` looks for, and one
    heading has no neighbour to place it by: the table was lost. The footer, whose figure
    stands under no column, is no row of it."""
    text = "\n".join(
        [
            "De lastendruk stijgt in 2025 voor de meeste huishoudens.",
            "",
            "Tabel 5.2 Stijging woonlasten 2025 ten opzichte van 2024",
            "",
            "Type huishouden                               Stijging",
            "Eenpersoonshuishouden, huur                       1,8%",
            "Meerpersoonshuishouden, eigen woning              4,2%",
            "Bedrijf met 20 vervuilingseenheden               -0,6%",
            "",
            "Begroting 2025 Waterschap Vallei en Veluwe                                 41",
        ]
    )
    [table], cells, _warnings = _read(text)
    assert table["title"] == "Tabel 5.2 Stijging woonlasten 2025 ten opzichte van 2024"
    assert table["unit"] == "percent"
    assert _grid(cells) == {
        ("Eenpersoonshuishouden, huur", "Stijging"): "1,8%",
        ("Meerpersoonshuishouden, eigen woning", "Stijging"): "4,2%",
        ("Bedrijf met 20 vervuilingseenheden", "Stijging"): "-0,6%",
    }


def test_word_headings_that_are_names_printed_with_digits_head_their_columns() -> None:
    """A CPB doorrekening heads its columns with party names, some printed with digits in
    them ("D66", "JA21", "50PLUS") beside names with a hyphen ("GL-PvdA"): names, no
    figures, so the line of words heads the rows under it. Taken for no heading, the
    table was lost with its rows said as unread."""
    text = "\n".join(
        [
            "Tabel 2.4 Effect op de overheidsfinanciën in 2030 (mld euro)",
            "",
            "                          PVV     D66    JA21  GL-PvdA  50PLUS",
            "",
            "Lastenverlichting         4,2    -1,8     6,1     -9,4     2,0",
            "Extra uitgaven zorg       2,5     1,1    -0,8      5,6     3,3",
            "EMU-saldo                -6,7     0,7    -5,3      3,8    -5,3",
        ]
    )
    [table], cells, warnings = _read(text)
    assert not warnings and table["unit_label"] == "mld euro"
    grid = _grid(cells)
    assert len(grid) == 15
    assert grid[("Lastenverlichting", "D66")] == "-1,8"
    assert grid[("Extra uitgaven zorg", "JA21")] == "-0,8"
    assert grid[("EMU-saldo", "50PLUS")] == "-5,3"
    assert grid[("EMU-saldo", "GL-PvdA")] == "3,8"
    # printed without layout, one space apart: the names head the columns too
    plain = "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())
    _tables, cells, warnings = _read(plain)
    assert not warnings and _grid(cells) == grid


def test_a_footnote_letter_glued_to_a_figure_is_no_part_of_it_nor_of_the_label() -> None:
    """A Rekenkamer table marks a figure with a footnote's letter glued to it ("412,8b",
    the note "b Exclusief ..." under the table): the value is the figure, its text kept as
    printed. Read as no cell, the figure went into the row's label and its column was left
    empty."""
    text = "\n".join(
        [
            "Tabel 3 Uitgaven en fouten per artikel, 2023 (bedragen x € 1 mln)",
            "",
            "Artikel                                      Uitgaven      Fouten",
            "",
            "1 Integraal waterbeheer                       1.215,4         3,1",
            "2 Waterveiligheid                               412,8b        0,0",
            "3 Zoetwatervoorziening                           98,6         0,4",
            "Totaal                                        1.726,8         3,5",
            "",
            "b Exclusief de bijdrage aan het Deltafonds (€ 52,0 mln).",
        ]
    )
    _tables, cells, _warnings = _read(text)
    row = {c["column_label"]: (c["value_text"], c["value"]) for c in cells if c["line"] == 6}
    assert row == {"Uitgaven": ("412,8b", 412.8), "Fouten": ("0,0", 0)}
    assert {c["row_label"] for c in cells if c["line"] == 6} == {"2 Waterveiligheid"}


def test_a_captioned_count_of_two_rows_with_a_text_column_after_it_is_read() -> None:
    """A jaarverslag's bijlage prints, one cell per line, a small count table under its
    caption: the labels' heading, the count's and a text column's ("Toelichting") after
    it, then two rows, each a label, its count and its text ("n.v.t." or a sentence with
    its own figures). The text column's heading says a table stands there: two rows
    suffice (three were asked of a table of one column, and it was lost). The last row's
    "n.v.t." is its text cell too, no second value column ("0" was put under "Onderdeel")."""
    sentence = "Juridische specialisten voor 3 spoedopdrachten in 2023"
    rows = [("Kerndepartement", "2", sentence), ("Dienst Justitiële Inrichtingen", "0", "n.v.t.")]
    for printed in (rows, rows[::-1]):
        text = _cells_per_line(
            "Tabel 42 Inhuur externen buiten raamcontracten boven het maximumuurtarief",
            "Onderdeel", "Aantal overschrijdingen", "Toelichting",
            *(cell for row in printed for cell in row),
            "Het aandeel externe inhuur bedroeg 9,8%.",
        )  # fmt: skip
        [table], cells, _warnings = _read(text)
        assert table["number"] == "42" and table["unit"] is None
        assert _grid(cells) == {
            ("Kerndepartement", "Aantal overschrijdingen"): "2",
            ("Dienst Justitiële Inrichtingen", "Aantal overschrijdingen"): "0",
        }


def test_a_column_of_dates_headed_before_the_values_is_text_whatever_each_date_reads_as() -> None:
    """A project overview prints, one cell per line, the year a project opens between its
    name and its budgets ("Oplevering": "2026", "2027-2028", "n.n.b."): each row's date is
    the item after its label, a year, a span or a word, never a value. A span read as text
    became a row's label and the row's budgets moved a column to the left; the years were
    stored as values."""
    text = _cells_per_line(
        "Tabel 12.3 Projectoverzicht hoofdwegennet", "Bedragen x € 1 mln",
        "Oplevering", "Projectbudget", "Uitgaven t/m 2024", "2025", "2026",
        "A12 Ede-Grijsoord", "2026", "410,5", "288,0", "64,2", "58,3",
        "N33 Assen-Zuidbroek", "2027-2028", "225,0", "40,1", "55,6", "71,0",
        "A27 Houten-Hooipolder", "n.n.b.", "pm", "12,4", "9,8", "pm",
        "Totaal", " ", "635,5", "340,5", "129,6", "129,3",
    )  # fmt: skip
    [table], cells, _warnings = _read(text)
    assert table["column_count"] == 4
    grid = _grid(cells)
    assert len(grid) == 16 and "Oplevering" not in {column for _row, column in grid}
    assert grid[("N33 Assen-Zuidbroek", "Projectbudget")] == "225,0"
    assert grid[("N33 Assen-Zuidbroek", "2026")] == "71,0"
    assert grid[("A27 Houten-Hooipolder", "Projectbudget")] == "pm"
    assert grid[("A12 Ede-Grijsoord", "Uitgaven t/m 2024")] == "288,0"
    assert _parents(cells)["N33 Assen-Zuidbroek"] == "Totaal"


def test_a_text_column_after_the_values_printed_one_row_per_line_is_no_cell() -> None:
    """A count table of a PDF's text layer prints a text column after its values under a
    heading that says so ("Toelichting"): a sentence with figures of its own, wrapped onto
    the next line, or "n.v.t.". The text is neither value nor label: the row ending in a
    sentence ended in no figure and was lost, and "n.v.t." was a cell of the text column."""
    text = "\n".join(
        [
            "Tabel 42 Inhuur externen buiten raamcontracten boven het maximumuurtarief",
            "",
            "Onderdeel                        Aantal overschrijdingen   Toelichting",
            "Kerndepartement                                        2   Juridische specialisten",
            "                                                           voor 3 spoedopdrachten",
            "Dienst Justitiële Inrichtingen                         0   n.v.t.",
            "",
            "Het aandeel externe inhuur bedroeg 9,8%.",
        ]
    )
    [table], cells, _warnings = _read(text)
    assert table["column_count"] == 1
    assert _grid(cells) == {
        ("Kerndepartement", "Aantal overschrijdingen"): "2",
        ("Dienst Justitiële Inrichtingen", "Aantal overschrijdingen"): "0",
    }
    mutations = "\n".join(
        [
            "Tabel 7 Mutaties 2024 (bedragen x € 1.000)",
            "",
            "Omschrijving                     2024       2025   Toelichting",
            "Subsidies sport                 1.200      1.300   Zie paragraaf 3.2",
            "Jeugdzorg                       2.450      2.100   Hogere instroom in 2023",
            "Beheer openbare ruimte            800        650",
            "Totaal                          4.450      4.050",
        ]
    )
    _tables, cells, warnings = _read(mutations)
    assert not warnings and len(cells) == 8
    assert _grid(cells)[("Jeugdzorg", "2025")] == "2.100"
    assert _parents(cells)["Jeugdzorg"] == "Totaal"


def _ragged_table(last: str, year: str, figures: tuple[str, str, str, str, str]) -> str:
    """A jaarverslag's table as ``pdftotext -layout`` prints it: three value columns, then a
    column headed ``last`` over ``year`` ("" for none) holding a small figure on the rows
    that print one (``figures``, "" for none; the fourth row prints none), the fourth row's
    values set a place further right than the others' (a ragged layout), its last ending
    just short of the last column."""
    ends, ragged = (44, 56, 68), (45, 57, 69)
    at = 70 + len(last)  # where the last heading ends, two spaces past "Verschil"

    def _row(row: tuple[str, ...], figure: str) -> str:
        return _printed(row[0], (*ends, at), *row[1:], figure)

    rows = [
        ("Uitgaven", "12.400", "12.090", "310"),
        ("Subsidies", "8.200", "7.950", "250"),
        ("  Regeling jeugd", "5.100", "4.900", "200"),
        ("Opdrachten", "4.200", "4.140", "60"),
        ("  Opdrachten toezicht", "4.200", "4.140", "60"),
    ]
    return "\n".join(
        [
            "Tabel 6.2 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "",
            _printed("", (*ends, at), "Realisatie", "Begroting", "Verschil", last),
            _printed("", (*ends, at), "2024", "2024", "2024", year),
            "",
            *(_row(row, figure) for row, figure in zip(rows[:3], figures[:3], strict=True)),
            _printed("  Regeling sport", ragged, "3.100", "3.050", "50"),
            *(_row(row, figure) for row, figure in zip(rows[3:], figures[3:], strict=True)),
            "",
            "Toelichting",
        ]
    )


def test_a_ragged_value_short_of_a_note_column_ends_none_of_its_rows() -> None:
    """A row whose last value a PDF's text layer sets a place further right than the
    others', so that it ends just short of a "Noot" column ("3.050      50" where "4.900
    200    1" ends its figure a place left), holds no note: the rows under the heading go
    on past it. Read as text standing elsewhere, it ended the note column's rows, and the
    note number of a row below ("2") was taken for a value: the row's first value glued
    onto its label ("Opdrachten toezicht 4.200"), every value a column to the left."""
    _tables, cells, _warnings = _read(_ragged_table("Noot", "", ("", "", "1", "", "2")))
    grid = _grid(cells)
    assert {c["column_label"] for c in cells} == {
        "Realisatie 2024",
        "Begroting 2024",
        "Verschil 2024",
    }
    assert grid[("Opdrachten toezicht", "Realisatie 2024")] == "4.200"
    assert grid[("Opdrachten toezicht", "Verschil 2024")] == "60"
    assert grid[("Regeling sport", "Verschil 2024")] == "50"


def test_small_figures_under_a_value_heading_past_a_ragged_row_stay_values() -> None:
    """The near form: under a heading naming values ("Aantal" over "2024"), the small
    figures ending the rows are a column of values, past the ragged row as above it."""
    _tables, cells, _warnings = _read(_ragged_table("Aantal", "2024", ("9", "5", "3", "4", "2")))
    grid = _grid(cells)
    assert grid[("Opdrachten toezicht", "Aantal 2024")] == "2"
    assert grid[("Regeling jeugd", "Aantal 2024")] == "3"
    assert grid[("Opdrachten toezicht", "Realisatie 2024")] == "4.200"
    assert grid[("Regeling sport", "Verschil 2024")] == "50"


def test_a_column_headed_as_text_holds_no_values_in_a_table_printed_one_row_per_line() -> None:
    """The project overview of a PDF's text layer, one row per line: the year a project
    opens stands between its name and its budgets under "Oplevering" ("2026", "2027-2028",
    "n.n.b."). A column headed as text holds no values, whatever its cells read as ("2026"
    was stored as a value), and a span read as no cell is no part of the label either."""
    text = "\n".join(
        [
            "Tabel 12.3 Projectoverzicht hoofdwegennet (bedragen x € 1 mln)",
            "",
            "Project                  Oplevering  Projectbudget  Uitgaven t/m 2024   2025   2026",
            "A12 Ede-Grijsoord              2026          410,5              288,0   64,2   58,3",
            "N33 Assen-Zuidbroek       2027-2028          225,0               40,1   55,6   71,0",
            "A27 Houten-Hooipolder        n.n.b.             pm               12,4    9,8     pm",
            "Totaal                                       635,5              340,5  129,6  129,3",
        ]
    )
    [table], cells, warnings = _read(text)
    grid = _grid(cells)
    assert not warnings and table["column_count"] == 4 and len(grid) == 16
    assert "Oplevering" not in {column for _row, column in grid}
    assert grid[("N33 Assen-Zuidbroek", "Projectbudget")] == "225,0"
    assert grid[("A12 Ede-Grijsoord", "2026")] == "58,3"
    assert _parents(cells)["N33 Assen-Zuidbroek"] == "Totaal"


_RESERVES_ROWS = "\n".join(
    [
        "Tabel 5 Verloop reserves (bedragen x € 1.000)",
        "",
        "Reserve                Saldo 1-1-2024  Toevoegingen  Onttrekkingen  Saldo per balansdatum",
        "Algemene reserve               12.400         1.250            800                 12.850",
        "Reserve sociaal domein          3.200           400            650                  2.950",
        "Totaal                         15.600         1.650          1.450                 15.800",
    ]
)
_RESERVES_CELLS = _cells_per_line(
    "Tabel 5 Verloop reserves (bedragen x € 1.000)",
    "Reserve", "Saldo 1-1-2024", "Toevoegingen", "Onttrekkingen", "Saldo per balansdatum",
    "Algemene reserve", "12.400", "1.250", "800", "12.850",
    "Reserve sociaal domein", "3.200", "400", "650", "2.950",
    "Totaal", "15.600", "1.650", "1.450", "15.800",
)  # fmt: skip


@pytest.mark.parametrize("text", [_RESERVES_ROWS, _RESERVES_CELLS], ids=["rows", "cells"])
def test_a_heading_naming_an_amount_at_a_date_heads_values(text: str) -> None:
    """ "Saldo per balansdatum" (a reserve's amount at the balance date) ends in "datum" as
    a date column's heading does ("Vervaldatum"), but names what stands at the date: its
    column holds values. Read as a date column, its figures were dropped (one row per
    line) or every figure moved one column left, the first under "Reserve" (one cell per
    line)."""
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert len(grid) == 12
    assert grid[("Algemene reserve", "Saldo 1-1-2024")] == "12.400"
    assert grid[("Algemene reserve", "Onttrekkingen")] == "800"
    assert grid[("Reserve sociaal domein", "Saldo per balansdatum")] == "2.950"
    assert grid[("Totaal", "Saldo per balansdatum")] == "15.800"


def test_marks_standing_off_one_column_are_marks_and_letters_under_a_year_are_values() -> None:
    """pdftotext -layout prints a column of marks ragged ("V" and "N" are not as wide, a
    wider figure pushes its mark right): marks one under another are that column's all the
    same (read as one column at the first mark's place, the others were left to the rows,
    which were lost). Letters under a year ("PM", pro memorie) are values: a row's letters
    head no column of marks below it (read as such a heading, the table was lost)."""
    ends = (45, 61, 77, 90)
    text = "\n".join(
        [
            "Overzicht lasten per programma                             Bedragen x € 1.000",
            "",
            _printed("", (45, 61, 77, 90, 96), "Begroting 2023", "Na wijziging",
                     "Rekening 2023", "Verschil", "V/N"),
            _printed("1 Bestuur 1)", ends, "3.120", "3.310", "3.268", "42") + "      V",
            _printed("2 Ruimte", ends, "6.840", "7.210", "7.544", "-334") + "  N",
            _printed("3 Veiligheid", ends, "1.730", "2.050", "2.062", "-12") + "   N",
            _printed("Totaal", ends, "11.690", "12.570", "12.874", "-304") + "  N",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert len(cells) == 16
    assert grid[("1 Bestuur 1)", "Verschil")] == "42"
    assert grid[("3 Veiligheid", "Verschil")] == "-12"
    ends = (50, 62)
    text = "\n".join(
        [
            "Tabel 5 Stelposten (bedragen x € 1.000)",
            "",
            _printed("", ends, "2024", "2025"),
            _printed("Loonbijstelling", ends, "1.200", "PM"),
            _printed("Prijsbijstelling", ends, "800", "PM"),
            _printed("Totaal", ends, "2.000", "PM"),
        ]
    )
    _tables, cells, _warnings = _read(text)
    assert _grid(cells)[("Prijsbijstelling", "2025")] == "PM"
    assert len(cells) == 6


def test_an_indented_page_keeps_its_code_corner_and_its_page_breaks() -> None:
    """A text copied with a left margin indents every line, the code column's heading too
    ("  Art.    2024") and the form feed of a page break ("  \\fGemeente ..."): "Art."
    still heads the codes, not a column of values (the minus signs went under it), and
    the next page's running head is still no group row."""
    end = (72,)
    lines = [
        "Tabel 2.4.1 Uitgavenmutaties Infrastructuur en Waterstaat",
        "(bedragen x € 1 mln)",
        "",
        _printed("Art.", end, "2024"),
        "",
        _printed("      Stand ontwerpbegroting 2024", end, "8.412,6"),
        _printed("12    Hoofdwegennet", end, "− 21,4"),
        _printed("14    Regionaal vervoer", end, "8,0"),
        _printed("      Stand Najaarsnota 2024", end, "8.399,2"),
    ]
    _tables, cells, _warnings = _read("\n".join("  " + line if line else "" for line in lines))
    assert _grid(cells) == {
        ("Stand ontwerpbegroting 2024", "2024"): "8.412,6",
        ("12 Hoofdwegennet", "2024"): "− 21,4",
        ("14 Regionaal vervoer", "2024"): "8,0",
        ("Stand Najaarsnota 2024", "2024"): "8.399,2",
    }
    rows = _VOORZIENINGEN_OVER_A_BREAK
    _tables, cells, _warnings = _read("\n".join("  " + row if row else "" for row in rows))
    assert _parents(cells)["Voorziening wachtgelden"] == "Personele voorzieningen"
    assert len(cells) == 20


def test_a_caption_declaring_the_unit_over_a_word_and_years_heads_no_column() -> None:
    """A municipal investment plan, one cell per line, prints its caption with the unit
    ("Investeringsplanning 2025-2027 (bedragen x € 1.000)") right over its headings, a word
    then bare years ("Krediet" / "2025" / ...), no corner. The caption names a period but is
    no heading of a first row over merged cells: the word heads the first column, the years
    the others, and the caption's unit is the table's."""
    text = _cells_per_line(
        "Investeringsplanning 2025-2027 (bedragen x € 1.000)",
        "Krediet", "2025", "2026", "2027",
        "Totaal investeringen", "11.050", "3.450", "4.000", "3.600",
        "Reconstructie Dorpsstraat", "4.250", "1.250", "3.000", "-",
        "Vervanging openbare verlichting", "6.800", "2.200", "1.000", "3.600",
    )  # fmt: skip
    [table], cells, _warnings = _read(text)
    assert table["unit_label"] == "x € 1.000"
    assert {c["column_label"] for c in cells} == {"Krediet", "2025", "2026", "2027"}
    assert _grid(cells)[("Reconstructie Dorpsstraat", "Krediet")] == "4.250"


# --- one row per line, pipes, several tables ------------------------------------------


def test_row_per_line_label_ending_in_a_year() -> None:
    """c03: the first number glued to the label is part of it; a short row fills from the left."""
    text = "\n".join(
        [
            "Tabel 1 Kadertoets uitgaven",
            "(in miljarden euro) 2025 2026 2027",
            "Kader bij Miljoenennota 2025 427 455 476,9",
            "Foutief kader in Voorjaarsnota 2025 425,5 449,6 482,5",
            "Correcties 0,2 0,3",
            "Correct kader bij Voorjaarsnota 2025 425,7 449,9 482,5",
            "Deze tabel vervangt de eerder gepubliceerde tabel.",
        ]
    )
    [table], cells, _warnings = _read(text)
    assert (table["layout"], table["unit_label"]) == ("row_per_line", "mld euro")
    grid = _grid(cells)
    assert grid[("Kader bij Miljoenennota 2025", "2025")] == "427"
    assert grid[("Foutief kader in Voorjaarsnota 2025", "2027")] == "482,5"
    assert ("Correcties", "2027") not in grid
    assert _parents(cells)["Correcties"] == "Correct kader bij Voorjaarsnota 2025"


_MEASURES = ("Uitgaven (mln euro)", "Ontvangsten (mln euro)", "Saldo (mln euro)")
_MEASURED_ROWS = (("2021", "12.345", "11.000", "-1.345"), ("2022", "13.100", "12.600", "-500"))


@pytest.mark.parametrize(
    "table_lines",
    [
        [
            _printed("", (40, 66, 86), *_MEASURES),
            *(_printed(year, (40, 66, 86), *values) for year, *values in _MEASURED_ROWS),
        ],
        [
            f"| Onderwerp | {' | '.join(_MEASURES)} |",
            "|---|---:|---:|---:|",
            *(f"| {' | '.join(row)} |" for row in _MEASURED_ROWS),
        ],
    ],
    ids=["layout", "pipes"],
)
def test_headings_each_closing_on_their_unit_over_a_rows_lines(table_lines: list[str]) -> None:
    """A statistics table view's measures, each heading closing on its unit ("Uitgaven (mln
    euro)" / ...), printed a row a line by ``pdftotext -layout`` or as pipes under the
    page's navigation lines: each heading heads its column, none of the navigation does,
    the table's unit the one they share (as one cell a line prints them:
    ``test_tables_cell_headings``)."""
    [table], cells, _warnings = _read("\n".join(["StatLine", "Tabel", "Grafiek", "", *table_lines]))
    grid = _grid(cells)
    assert {column for _row, column in grid} == set(_MEASURES)
    assert grid[("2022", "Saldo (mln euro)")] == "-500"
    assert table["unit_label"] == "mln euro"


def test_a_table_a_text_browser_draws_in_a_box_is_read_as_a_pipe_table() -> None:
    """A waterschap's or gemeente's web page dumped by a text browser (w3m) draws its table
    in a box: "┌─┬─┐" on top, "│" between the cells, "├─┼─┤" under the heading and between
    groups of rows, "└─┴─┘" below. A heading's words wrapped inside its cell join per
    column ("Toevoe-" / "gingen"); a label wrapped inside its cell, its values on its first
    line, joins where its next word would not have fit ("Reserve egalisatie" /
    "afvalstoffenheffing"); a line of a label alone right under a rule heads the rows under
    it; the text column ("Soort") holds no values. No reader knew the box: the table was
    lost. Drawn in ASCII ("+--+", "|"), the borders around groups of rows, not around each
    row as a grid table's, it reads the same (its rows were joined into one); and so in
    double lines."""
    text = "\n".join(
        [
            "Overzicht reserves 2023 (bedragen x € 1.000)",
            "",
            "┌──────────────────────────┬──────────┬──────────┬──────────┬─────────┐",
            "│Reserve                   │     Saldo│ Toevoe-  │ Onttrek- │Soort    │",
            "│                          │  1-1-2023│ gingen   │ kingen   │         │",
            "├──────────────────────────┼──────────┼──────────┼──────────┼─────────┤",
            "│Algemene reserve          │    14.250│     1.800│     2.600│vrij     │",
            "├──────────────────────────┼──────────┼──────────┼──────────┼─────────┤",
            "│Bestemmingsreserves       │          │          │          │         │",
            "│Reserve egalisatie        │     3.900│       400│     1.150│bestemd  │",
            "│afvalstoffenheffing       │          │          │          │         │",
            "│Reserve sociaal domein    │     2.100│         0│       -75│bestemd  │",
            "├──────────────────────────┼──────────┼──────────┼──────────┼─────────┤",
            "│Totaal                    │    20.250│     2.200│     3.675│         │",
            "└──────────────────────────┴──────────┴──────────┴──────────┴─────────┘",
        ]
    )
    [table], cells, warnings = _read(text)
    assert not warnings and table["unit_label"] == "x € 1.000" and table["column_count"] == 3
    grid = _grid(cells)
    assert len(grid) == 12
    assert grid[("Reserve egalisatie afvalstoffenheffing", "Toevoe-gingen")] == "400"
    assert grid[("Reserve sociaal domein", "Onttrek-kingen")] == "-75"
    assert grid[("Totaal", "Saldo 1-1-2023")] == "20.250"
    parents = _parents(cells)
    assert parents["Reserve sociaal domein"] == "Bestemmingsreserves"
    assert parents["Algemene reserve"] == "Totaal"
    assert {c["line"] for c in cells if c["row_label"].startswith("Reserve egal")} == {10}
    ascii_box = text.translate(str.maketrans("┌┬┐├┼┤└┴┘─│", "+++++++++-|"))
    _tables, drawn, _warnings = _read(ascii_box)
    assert _grid(drawn) == grid
    # drawn in double lines outside and thin ones inside ("╔═╤═╗", "║", "╟─┼─╢")
    double = text.translate(str.maketrans("┌┬┐├┤└┴┘", "╔╤╗╟╢╚╧╝")).split("\n")
    double = [
        line.replace("─", "═")
        if line[:1] in "╔╚"
        else f"║{line[1:-1]}║"
        if line[:1] == "│"
        else line
        for line in double
    ]
    _tables, drawn, _warnings = _read("\n".join(double))
    assert _grid(drawn) == grid


def test_a_text_cell_wrapped_inside_a_box_goes_on_with_its_row() -> None:
    """A box's text column may wrap its cell as the label's does ("conform" / "planning"):
    the line printing only that rest, no label and no value, is the rest of the row above,
    not a row of its own; read alone it headed the rows under it ("Sluis Eefde" was put
    under a group "planning")."""
    text = "\n".join(
        [
            "Tabel 2 Projecten (bedragen x € 1.000)",
            "┌──────────────────────────┬────────────┬──────────┬──────────┐",
            "│Project                   │Toelichting │2025      │2026      │",
            "├──────────────────────────┼────────────┼──────────┼──────────┤",
            "│Zandsuppleties            │conform     │       850│       900│",
            "│                          │planning    │          │          │",
            "│Sluis Eefde               │gereed      │        12│        14│",
            "├──────────────────────────┼────────────┼──────────┼──────────┤",
            "│Totaal                    │            │       862│       914│",
            "└──────────────────────────┴────────────┴──────────┴──────────┘",
        ]
    )
    [_table], cells, _warnings = _read(text)
    parents = _parents(cells)
    assert "planning" not in set(parents.values())
    sluis = next(label for label in parents if label.startswith("Sluis Eefde"))
    assert parents[sluis] == "Totaal"
    (zand,) = {label for label, _c in _grid(cells) if label.startswith("Zandsuppleties")}
    assert "planning" in zand and _grid(cells)[(zand, "2026")] == "900"


def test_pipe_table_with_its_empty_heading_cell_at_the_end() -> None:
    """a09: '2019 | 2020 | |' has no corner cell; the years stay over their values."""
    text = "\n".join(
        [
            "2019 | 2020 | 2021 | |",
            "---|---|---|---|",
            "Uitgaven | 44.316 | 54.989 | 47.401 | |",
            "Vrije uitkering | 44.316 | 54.989 | 47.401 | |",
            "Budgetflexibiliteit",
        ]
    )
    [table], cells, warnings = _read(text)
    assert table["layout"] == "pipe"
    assert _grid(cells)[("Uitgaven", "2019")] == "44.316"
    assert {c["line"] for c in cells} == {3, 4}
    assert table["unit"] is None and "no unit" in warnings[0].reason


def test_pipe_table_whose_group_heading_lost_its_spans_over_years_with_the_corner_at_the_end() -> (
    None
):
    """A converter drops the colspans of a jaarverslag's group heading ("Realisatie |
    Vastgestelde begroting | Verschil | Ref. |", four cells, the rule under it counting
    four) and prints the years' empty corner at the end: every row prints nine cells, so
    the table has nine columns, the years' row heads them a column to the right, and the
    groups head the last columns one each, Realisatie spanning the years before them.
    Cut to the rule's four columns, the rows lost all but their first two values."""
    text = "\n".join(
        [
            "Realisatie | Vastgestelde begroting | Verschil | Ref. |",
            "---|---|---|---|",
            "2022 | 2023 | 2024 | 2024 | 2024 | | |",
            "Verplichtingen | 51.200 | 48.930 | 60.115 | 55.000 | 5.115 | 1 |",
            "Uitgaven | 50.870 | 49.310 | 58.402 | 56.250 | 2.152 | |",
            "Subsidies | 12.004 | 11.870 | 14.402 | 13.250 | 1.152 | 2 |",
            "Opdrachten | 38.866 | 37.440 | 44.000 | 43.000 | 1.000 | |",
        ]
    )
    [table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Verplichtingen", "Realisatie 2022")] == "51.200"
    assert grid[("Uitgaven", "Realisatie 2024")] == "58.402"
    assert grid[("Subsidies", "Vastgestelde begroting 2024")] == "13.250"
    assert grid[("Opdrachten", "Verschil 2024")] == "1.000"
    assert table["column_count"] == 5


def _lost_spans_over_years(heading: str) -> dict[tuple[str, str], str]:
    """The cells of html2text's copy of a jaarverslag table whose group heading lost its
    spans (``heading``, the rule under it counting its cells), the years' row under the
    rule opening with the corner's empty cell, and every row eight cells."""
    rule = "|".join(["---"] * heading.count("|")) + "|---  "
    text = "\n".join(
        [
            heading + "  ",
            rule,
            "| 2019 | 2020 | 2021 | 2022 | 2023 | 2023 | 2023  ",
            "Verplichtingen | 410.200 | 388.015 | 402.310 | 415.800 | 420.118 | 433.000 "
            "| – 12.882  ",
            "Uitgaven | 398.406 | 401.220 | 399.870 | 412.005 | 431.640 | 425.500 | 6.140  ",
            "Ontvangsten | 12.004 | 11.870 | 14.402 | 13.250 | 12.800 | 12.800 | 0  ",
        ]
    )
    _tables, cells, _warnings = _read(text)
    return _grid(cells)


def test_pipe_table_whose_lost_spans_heading_prints_the_labels_corner_first() -> None:
    """The same form with the labels' own heading printed first ("Omschrijving |
    Realisatie | Vastgestelde begroting | Verschil", four cells over seven values): that
    cell heads the labels, and Realisatie after it spans the five years. Read as one of
    the groups, the corner named the first four years and Realisatie the fifth alone."""
    grid = _lost_spans_over_years("Omschrijving | Realisatie | Vastgestelde begroting | Verschil")
    assert grid[("Verplichtingen", "Realisatie 2019")] == "410.200"
    assert grid[("Uitgaven", "Realisatie 2022")] == "412.005"
    assert grid[("Uitgaven", "Realisatie 2023")] == "431.640"
    assert grid[("Ontvangsten", "Vastgestelde begroting 2023")] == "12.800"
    assert grid[("Verplichtingen", "Verschil 2023")] == "– 12.882"


def test_a_lost_spans_heading_of_corner_cells_alone_spans_no_unit() -> None:
    """A heading row of the corner's cells alone ("Omschrijving | Bedragen x € 1.000"), no
    group among them: the unit is no group spanning the columns, the corner placed as it
    is where the row prints no corner (the unit cell was copied over every column)."""
    placed = tables_pipes._spanned_left(["Omschrijving", "Bedragen x € 1.000"], 5)
    assert placed == ["", "Omschrijving", "Omschrijving", "Omschrijving", "Bedragen x € 1.000"]


def test_pipe_table_whose_lost_spans_heading_leaves_the_corner_out_is_read_as_before() -> None:
    """Without the corner's cell ("Realisatie | Vastgestelde begroting | Verschil"), its
    first cell is a group's: it spans the years between the labels and the last columns."""
    grid = _lost_spans_over_years("Realisatie | Vastgestelde begroting | Verschil")
    assert grid[("Verplichtingen", "Realisatie 2019")] == "410.200"
    assert grid[("Uitgaven", "Realisatie 2023")] == "431.640"
    assert grid[("Verplichtingen", "Verschil 2023")] == "– 12.882"


def test_pipe_table_whose_lost_spans_heading_prints_the_corner_empty() -> None:
    """The same form with the corner printed as an empty cell ("| Realisatie | Vastgestelde
    begroting | Verschil", html2text's copy of an empty corner over a group heading):
    the empty cell heads the labels, and Realisatie after it spans the five years. Read
    with the empty cell as a group, the years were named from the wrong group."""
    grid = _lost_spans_over_years("| Realisatie | Vastgestelde begroting | Verschil")
    assert grid[("Verplichtingen", "Realisatie 2019")] == "410.200"
    assert grid[("Uitgaven", "Realisatie 2023")] == "431.640"
    assert grid[("Ontvangsten", "Vastgestelde begroting 2023")] == "12.800"
    assert grid[("Verplichtingen", "Verschil 2023")] == "– 12.882"


def test_lost_spans_are_told_by_the_rows_of_values_past_value_less_headings() -> None:
    """A value-less heading row printing a cell fewer than the rows of values (its last
    empty cell read as a closing pipe: "Subsidies | | | | | | |  ") does not hide that the
    rows print more cells than the rule counts: the rows of values tell the columns.
    Counted with them, the counts differed, and every row was cut to the rule's four
    columns."""
    rows = [
        "Verplichtingen | 410.200 | 388.015 | 402.310 | 415.800 | 420.118 | 433.000 | 12.882  ",
        "Subsidies | | | | | | |  ",
        "Regeling A | 98.406 | 101.220 | 99.870 | 112.005 | 131.640 | 125.500 | 6.140  ",
        "Opdrachten | | | | | | |  ",
        "Onderzoek | 12.004 | 11.870 | 14.402 | 13.250 | 12.800 | 12.800 | 0  ",
    ]
    text = "\n".join(
        [
            "| Realisatie | Vastgestelde begroting | Verschil  ",
            "---|---|---|---  ",
            "| 2019 | 2020 | 2021 | 2022 | 2023 | 2023 | 2023  ",
            *rows,
        ]
    )
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Regeling A", "Realisatie 2023")] == "131.640"
    assert grid[("Onderzoek", "Vastgestelde begroting 2023")] == "12.800"
    assert grid[("Verplichtingen", "Verschil 2023")] == "12.882"


def test_value_less_headings_printing_fewer_cells_than_the_rule_tell_no_lost_spans() -> None:
    """Where the rows of values print as many cells as the rule counts, value-less headings
    printing fewer (their last empty cell read as a closing pipe) are no sign of lost
    spans: the rule's columns stand, each year over its values."""
    text = "\n".join(
        [
            "Omschrijving | 2022 | 2023 | 2024  ",
            "---|---|---|---  ",
            "Verplichtingen | 410.200 | 388.015 | 402.310  ",
            "Subsidies | | |  ",
            "Regeling A | 98.406 | 101.220 | 99.870  ",
            "Opdrachten | | |  ",
            "Onderzoek | 12.004 | 11.870 | 14.402  ",
        ]
    )
    [table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Regeling A", "2024")] == "99.870"
    assert grid[("Onderzoek", "2022")] == "12.004"
    assert table["column_count"] == 3


def test_pipe_table_whose_leaves_under_the_rule_print_no_corner_cells() -> None:
    """html2text's copy of a begrotingsstaat's heading of two rows whose corner cells ("Art.",
    "Omschrijving") span both: the first row prints them and each group once (four cells,
    the rule counting four), the row under the rule the six leaves alone, and the rows
    eight cells (a row without a code opens with "| ", one leaves its last empty cell out).
    The leaves head the last six columns, each run of them under the next group; read as a
    row, the leaves were a row and the rows were cut to the rule's four columns."""
    text = "\n".join(
        [
            "Art. | Omschrijving | (1) Vastgestelde begroting | (2) Mutaties suppletoire  ",
            "---|---|---|---  ",
            "Verplichtingen | Uitgaven | Ontvangsten | Verplichtingen | Uitgaven | Ontvangsten  ",
            "| Totaal | 1.400 | 1.510 | 230 | 25 | 30 | 7  ",
            "1 | Bestuur | 800 | 810 | 200 | 20 | 20 | 5  ",
            "2 | Wonen | 500 | 600 | 20 | 5 | 10 |   ",
            "3 | Integratie | 100 | 100 | 10 | 0 | 0 | 2  ",
        ]
    )
    [_table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Totaal", "(1) Vastgestelde begroting Verplichtingen")] == "1.400"
    assert grid[("1 Bestuur", "(1) Vastgestelde begroting Ontvangsten")] == "200"
    assert grid[("2 Wonen", "(2) Mutaties suppletoire Uitgaven")] == "10"
    assert grid[("Totaal", "(2) Mutaties suppletoire Ontvangsten")] == "7"
    assert len(cells) == 6 + 6 + 5 + 6


def test_pipe_table_whose_periods_under_the_rule_print_no_corner_under_lost_groups() -> None:
    """The same form over a municipal overview: "Programma | Rekening | Begroting |
    Meerjarenraming" over "2023 | 2024 na wijziging | 2025 | 2026 | 2027", one run of
    periods, so the groups' spans are lost; in a budget for 2025 the accounts head 2023,
    the budget 2024 and 2025, the estimates after (a leaf's words after its year kept)."""
    text = "\n".join(
        [
            "Programma | Rekening | Begroting | Meerjarenraming  ",
            "---|---|---|---  ",
            "2023 | 2024 na wijziging | 2025 | 2026 | 2027  ",
            "Lasten |  |  |  |  |   ",
            "1\\. Bestuur | 4.100.000 | 4.250.000 | 4.300.000 | 4.310.000 | 4.320.000  ",
            "2\\. Wonen | 2.000.000 | 2.100.000 | 2.150.000 | 2.150.000 | 2.150.000  ",
            "Totaal lasten | 6.100.000 | 6.350.000 | 6.450.000 | 6.460.000 | 6.470.000  ",
        ]
    )
    [_table], cells, _warnings = _read(text, budget_year=2025)
    columns = [c["column_label"] for c in cells if c["row_label"] == "Totaal lasten"]
    assert columns == [
        "Rekening 2023", "Begroting 2024 na wijziging", "Begroting 2025",
        "Meerjarenraming 2026", "Meerjarenraming 2027",
    ]  # fmt: skip
    assert len(cells) == 15


def test_pipe_table_whose_rows_print_a_cell_more_than_some_keeps_the_rules_columns() -> None:
    """Near form: rows that print a cell more than the rule unevenly (a note after some
    rows' last value) keep the rule's columns, the note no value, as before."""
    text = "\n".join(
        [
            "| Omschrijving | 2023 | 2024 |",
            "|---|---|---|",
            "| Uitgaven | 412 | 398 | 1) |",
            "| Subsidies | 212 | 198 |",
            "| Opdrachten | 200 | 200 | 2) |",
        ]
    )
    [table], cells, _warnings = _read(text)
    assert _grid(cells)[("Opdrachten", "2024")] == "200"
    assert table["column_count"] == 2


@pytest.mark.parametrize(
    ("heading", "rule", "close"),
    [
        ("Bedragen x € 1.000 | 2024 | 2025 | 2026 ||", "---|---|---|---||", " ||"),
        ("Bedragen x € 1.000 | 2024 | 2025 | 2026 | |", "---|---|---|---|---|", " | |"),
    ],
    ids=["doubled-pipe", "empty-cell"],
)
def test_a_pipe_table_closing_every_line_with_an_empty_cell(heading, rule, close) -> None:
    """A converter that ends every line of a pipe table with an empty cell (" ||", or " | |"
    under a rule that counts it): the rule closed by "||" is a rule (no table was read), and
    the heading's empty last cell, over a column every row leaves empty, is no corner printed
    at the end (the years were shifted one column, the unit in the corner heading the first
    values). The corner's unit is the table's."""
    rows = ["Uitgaven | 3.100 | 3.700 | 4.050", "Opdrachten | 45 | 51 | 48"]
    text = "\n".join(["Beleid", heading, rule, *(row + close for row in rows), "Toelichting"])
    [table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert (grid[("Uitgaven", "2024")], grid[("Opdrachten", "2026")]) == ("3.100", "48")
    assert {c["column_label"] for c in cells} == {"2024", "2025", "2026"}
    assert table["unit_label"] == "x € 1.000"


def test_a_heading_empty_at_the_end_over_rows_filling_it_is_shifted_whatever_closes_them() -> None:
    """a09's heading ("2019 | 2020 | 2021 | |", no corner cell) over rows that print a value
    in its last column, each closed by a doubled pipe: the years stay over their values."""
    text = "\n".join(
        [
            "2019 | 2020 | 2021 | |",
            "---|---|---|---|",
            "Uitgaven | 44.316 | 54.989 | 47.401 ||",
            "Vrije uitkering | 44.316 | 54.989 | 47.401 ||",
        ]
    )
    [_table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert (grid[("Uitgaven", "2019")], grid[("Vrije uitkering", "2021")]) == ("44.316", "47.401")


def test_pipe_table_whose_spans_were_lost_counts_the_row_over_a_rule_before_its_total() -> None:
    """A group heading that lost its spans ("Realisatie | Vastgestelde begroting |
    Verschil | Noot |", the rule under it counting four) over the years and two rows, the
    second with a rule drawn under it before the total, the line under that rule printing
    more cells than it (no next table's heading): the rows reader reads that second row,
    so it counts among the rows that print more cells than the rule and the spans lost
    are seen. Left out of the count, the rows above it were too few, and every row was cut
    to the rule's four cells: its first two values under the wrong names."""
    text = "\n".join(
        [
            "Realisatie | Vastgestelde begroting | Verschil | Noot |",
            "---|---|---|---|",
            "2021 | 2022 | 2023 | 2023 | 2023 | | |",
            "Bijdragen | 7.310 | 7.702 | 8.015 | 7.900 | 115 | 1 |",
            "Leningen | 2.044 | 2.190 | 2.305 | 2.350 | – 45 | |",
            "---|---|---|---|",
            "Totaal | 9.354 | 9.892 | 10.320 | 10.250 | 70 | |",
        ]
    )
    [table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Bijdragen", "Realisatie 2021")] == "7.310"
    assert grid[("Leningen", "Realisatie 2023")] == "2.305"
    assert grid[("Leningen", "Verschil 2023")] == "– 45"
    assert table["column_count"] == 5


def test_pipe_table_whose_spans_were_lost_right_over_the_next_table_keeps_its_own_rows() -> None:
    """The near form: the line over the second rule prints that rule's cell count, as does
    the line under it, the heading of a table printed right under the rows, no blank line
    between: it ends the rows counted, so the first table's spans lost are seen from its
    own rows and the next table keeps its columns, as before."""
    text = "\n".join(
        [
            "Realisatie | Vastgestelde begroting | Verschil | Noot |",
            "---|---|---|---|",
            "2021 | 2022 | 2023 | 2023 | 2023 | | |",
            "Bijdragen | 7.310 | 7.702 | 8.015 | 7.900 | 115 | 1 |",
            "Leningen | 2.044 | 2.190 | 2.305 | 2.350 | – 45 | |",
            "Garanties | 512 | 498 | 530 | 540 | – 10 | |",
            "Ontvangsten | 2024 | 2025 |",
            "---|---|---|",
            "Rente | 310 | 325 |",
        ]
    )
    tables_read, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Garanties", "Vastgestelde begroting 2023")] == "540"
    assert grid[("Rente", "2025")] == "325"
    assert [t["column_count"] for t in tables_read] == [5, 2]


def test_pipe_table_printed_as_markdown_keeps_its_labels() -> None:
    """b11 as Markdown prints it, each row opening with a pipe: the opening pipe starts no
    cell, so the labels stay labels (they were read as empty, the table as unlabelled rows)."""
    text = "\n".join(
        [
            "| Omschrijving | Vastgestelde begroting (1) | Mutaties (2) | Stand (3) = (1) + (2) |",
            "|---|---|---|---|",
            "| Verplichtingen | 387.279 | ‒ 333.167 | 54.112 |",
            "| Uitgaven | 387.279 | ‒ 333.167 | 54.112 |",
        ]
    )
    [table], cells, _warnings = _read(text)
    assert table["layout"] == "pipe"
    grid = _grid(cells)
    assert grid[("Uitgaven", "Mutaties (2)")] == "‒ 333.167"
    assert grid[("Verplichtingen", "Stand (3) = (1) + (2)")] == "54.112"
    lines = text.split("\n")
    for cell in cells:  # each cell's column points at its text on its line
        start, printed = cell["column"] - 1, cell["value_text"]
        assert lines[cell["line"] - 1][start : start + len(printed)] == printed


def test_pipe_table_code_column_joins_the_label_and_a_text_column_is_no_value() -> None:
    """a12/b10/b12 as pipes: an article code in its own cell before the name is part of the
    label; a 'Vindplaats' text column and a footnote-number column ('Nr.') after the values
    hold no value and head none."""
    text = "\n".join(
        [
            "| Art. | Omschrijving | 2023 | 2024 | Vindplaats | Nr. |",
            "|---|---|---|---|---|---|",
            "| 6 | Apparaat | 10.000 | 12.000 | blz. 4 | |",
            "| 6.1 | Personeel | 7.000 | 9.000 | blz. 5 | 1 |",
            "| 6.2 | Materieel | 3.000 | 3.000 | | 2 |",
        ]
    )
    [_table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("6.1 Personeel", "2024")] == "9.000"
    assert {c["column_label"] for c in cells} == {"2023", "2024"}
    assert _parents(cells)["6.2 Materieel"] == "6 Apparaat"


@pytest.mark.parametrize(
    ("heading", "rule", "row"),
    [
        ("| | 2024 | 2025 |", "|---|---|---|", "| Subsidies | 20,0 | 21,0 | 1) |"),
        ("| | 2024 | 2025 | |", "|---|---|---|---|", "| Subsidies | 20,0 | 21,0 | 1) |"),
        ("| | 2024 | 2025 |", "|:--|--:|--:|", "| Subsidies | 20,0 | 21,0 |"),
    ],
)
def test_pipe_rows_keep_their_values_under_the_rules_columns(heading, rule, row) -> None:
    """Review findings: a row printing a cell more than the heading (a footnote "1)") put
    every value one column to the left; a rule of "--:" (Markdown's alignment) was no rule.
    The rule says how many columns there are."""
    lines = ["Tabel 2 Uitgaven (x € 1 mln)", heading, rule, "| Apparaat | 10,0 | 11,0 |", row]
    _tables, cells, _warnings = _read("\n".join([*lines, "| **Totaal** | 30,0 | 32,0 |"]))
    grid = _grid(cells)
    assert (grid[("Subsidies", "2024")], grid[("Subsidies", "2025")]) == ("20,0", "21,0")
    assert grid[("Totaal", "2025")] == "32,0"  # emphasis is no part of the label
    assert {c["column_label"] for c in cells} == {"2024", "2025"}


def test_pipe_heading_rows_join_per_column_and_a_group_spans_its_columns() -> None:
    """Review findings: a group row ("2024" over "Begroting" and "Realisatie") and a row of
    column numbers, above or right under the rule, join the column names; a caption's
    amount belongs to the table, not to the prose."""
    text = "\n".join(
        [
            "Tabel 3 Verdeling van de extra € 300 miljoen (x € 1 mln)",
            "| | 2024 | | 2025 | |",
            "| | Begroting | Realisatie | Begroting | Realisatie |",
            "|---|---|---|---|---|",
            "| | (1) | (2) | (3) | (4) |",
            "| Apparaat | 10,0 | 11,0 | 12,0 | 12,5 |",
        ]
    )
    [table], cells, _warnings = _read(text)
    assert table["line_start"] == 1
    assert {c["column_label"] for c in cells} == {
        "2024 Begroting (1)",
        "2024 Realisatie (2)",
        "2025 Begroting (3)",
        "2025 Realisatie (4)",
    }
    assert {c["row_label"] for c in cells} == {"Apparaat"}


def test_a_row_of_bare_years_under_the_rule_is_the_last_heading_row() -> None:
    """A pipe table whose rule stands under its first heading row only: the group words
    (" | Realisatie | | | Begroting |") above the rule, the years under it as if they were a
    row of figures. The years end the column names, each group spanning the empty cells
    after it, and are no row."""
    text = "\n".join(
        [
            "Tabel 4 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            " | Realisatie | | | Begroting | Verschil |",
            "---|---|---|---|---|---|",
            " | 2021 | 2022 | 2023 | 2023 | 2023 |",
            "Uitgaven | 1.200 | 1.300 | 1.400 | 1.350 | 50 |",
            "Ontvangsten | 10 | 20 | 30 | 30 | 0 |",
        ]
    )
    [table], cells, _warnings = _read(text)
    assert table["column_count"] == 5
    grid = _grid(cells)
    assert grid[("Uitgaven", "Realisatie 2022")] == "1.300"
    assert grid[("Uitgaven", "Begroting 2023")] == "1.350"
    assert grid[("Ontvangsten", "Verschil 2023")] == "0"
    assert {c["row_label"] for c in cells} == {"Uitgaven", "Ontvangsten"}


_GROUPED = "Art. | Omschrijving | Verplichtingen | | Uitgaven | |"
_LEAVES = " | | fouten | onzekerheden | fouten | onzekerheden |"
_GROUPED_ROWS = [
    "6 | Justitie | 48,2 | 112,7 | 61,4 | - |",
    "10 | Defensie | 214,6 | - | 302,8 | 415,6 |",
    " | Totaal | 262,8 | 112,7 | 364,2 | 415,6 |",
]


def test_leaves_printed_under_the_rule_join_the_groups_over_them() -> None:
    """A pipe table whose rule stands under the group row only: the leaves (" | | fouten |
    onzekerheden | ...") come right after it, empty under the label cells, words under the
    empty cells each group leaves after it. They are the last heading row, read as they are
    when printed above the rule: "Verplichtingen fouten", "Uitgaven onzekerheden". Read as
    a row, the columns under the empty group cells had no name and lost their values."""
    caption = "Tabel 3 Fouten en onzekerheden per artikel (bedragen x € 1 mln)"
    under = [caption, _GROUPED, "---|---|---|---|---|---|", _LEAVES, *_GROUPED_ROWS]
    above = [caption, _GROUPED, _LEAVES, "---|---|---|---|---|---|", *_GROUPED_ROWS]
    _tables, cells, _warnings = _read("\n".join(under))
    grid = _grid(cells)
    assert grid[("6 Justitie", "Verplichtingen onzekerheden")] == "112,7"
    assert grid[("10 Defensie", "Uitgaven onzekerheden")] == "415,6"
    assert grid[("Totaal", "Uitgaven fouten")] == "364,2"
    assert _grid(_read("\n".join(above))[1]) == grid


@pytest.mark.parametrize(
    ("heading", "first"),
    [
        # a labelled row of words under the groups: a group's row, no heading
        (_GROUPED, "Beleidsartikelen | | fouten | onzekerheden | fouten | onzekerheden |"),
        # words under a heading spanning no group over them: a row, as before
        ("Art. | Omschrijving | Verplichtingen | Uitgaven | Ontvangsten | Saldo |", _LEAVES),
    ],
)
def test_words_under_the_rule_without_a_group_over_them_or_with_a_label_stay_a_row(
    heading: str, first: str
) -> None:
    """The near forms: a row after the rule with a label, or whose words stand under no
    group's empty cell, is not taken for the leaves of groups: the heading stays as printed
    above the rule."""
    rule = "---|" * len(heading.split("|")[:-1])
    _tables, cells, _warnings = _read(
        "\n".join(["Tabel 3 (x € 1 mln)", heading, rule, first, *_GROUPED_ROWS])
    )
    assert "Verplichtingen fouten" not in {c["column_label"] for c in cells}
    assert "Verplichtingen" in {c["column_label"] for c in cells}


_STANDS = [
    "Aardgasbaten | 2.415 | 1.200 | −1.215",
    "Rente-ontvangsten | 3.870 | 3.105 | −765",
    "Totaal | 6.285 | 4.305 | −1.980",
]


def test_words_under_the_rule_telling_apart_headings_alike_end_those_headings() -> None:
    """A pipe table printed with a second heading row under the rule (" | Vnj 2024 | MN
    2025 | " under "(in miljoenen euro) | Stand | Stand | Verschil"): its words, under the
    empty label cell and over columns of values, tell apart the two columns the row above
    names alike. They end those headings ("Stand Vnj 2024"), no row; read as a row, both
    columns were named "Stand"."""
    heading = "(in miljoenen euro) | Stand | Stand | Verschil"
    text = "\n".join(
        ["Tabel 3.2.1 Niet-belastingontvangsten", "", heading, "---|---|---|---",
         " | Vnj 2024 | MN 2025 | ", *_STANDS]
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Aardgasbaten", "Stand Vnj 2024")] == "2.415"
    assert grid[("Rente-ontvangsten", "Stand MN 2025")] == "3.105"
    assert grid[("Totaal", "Verschil")] == "−1.980"
    assert {c["row_label"] for c in cells} == {"Aardgasbaten", "Rente-ontvangsten", "Totaal"}


@pytest.mark.parametrize(
    ("heading", "first"),
    [
        # words after a label: a row of words, as before
        ("(in miljoenen euro) | Stand | Stand | Verschil", "Overig | Vnj 2024 | MN 2025 | "),
        # words under headings each their own: they tell no columns apart, a row
        ("(in miljoenen euro) | Voorjaar | Najaar | Verschil", " | Vnj 2024 | MN 2025 | "),
    ],
)
def test_words_under_the_rule_with_a_label_or_under_distinct_headings_head_nothing(
    heading: str, first: str
) -> None:
    """The near forms: words after a label, or under headings that name each column apart,
    end no heading: the columns keep their names as printed above the rule."""
    text = "\n".join(["Tabel 3.2.1", "", heading, "---|---|---|---", first, *_STANDS])
    _tables, cells, _warnings = _read(text)
    names = {c["column_label"] for c in cells}
    assert names and not any("2024" in name or "2025" in name for name in names)


def test_an_unlabeled_row_of_year_like_figures_under_year_headings_stays_a_row() -> None:
    """Where the heading already names the years, an unlabeled first row whose figures
    happen to read as years is a row of figures, not a heading row."""
    text = "\n".join(
        [
            "| | 2022 | 2023 |",
            "|---|---|---|",
            "| | 2019 | 2020 |",
            "| Uitgaven | 1.200 | 1.300 |",
        ]
    )
    _tables, cells, _warnings = _read(text)
    assert _grid(cells)[("", "2023")] == "2020"
    assert _grid(cells)[("Uitgaven", "2022")] == "1.200"


def test_a_pipe_row_opening_with_an_empty_code_cell_keeps_its_columns() -> None:
    """The Financieel Jaarverslag's chapter table as pipes without opening pipes (review
    finding): the total row prints its empty code cell as " | Totaal | ...", which is no
    opening pipe there; its values were shifted one column and the label took a value."""
    text = "\n".join(
        [
            "Tabel 1.2 Uitgaven 2023 (x € 1.000)",
            "Onderdeel | Begroting | Realisatie | Verschil | |",
            "---|---|---|---|---|",
            "I | Koning | 48.300 | 49.012 | 712 |",
            "IIA | Staten-Generaal | 190.400 | 201.330 | 10.930 |",
            " | Totaal | 238.700 | 250.342 | 11.642 |",
        ]
    )
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Totaal", "Verschil")] == "11.642"
    assert grid[("IIA Staten-Generaal", "Begroting")] == "190.400"
    assert _parents(cells)["I Koning"] == "Totaal"


def test_pipe_labels_that_look_like_numbers_stay_labels() -> None:
    """Review finding: years or article numbers as row labels under a corner heading
    ("Jaar", "Artikel") are labels, not a column of values."""
    text = "\n".join(["| Jaar | Uitgaven |", "|---|---|", "| 2021 | 1.200 |", "| 2022 | 1.300 |"])
    _tables, cells, _warnings = _read(text)
    assert _grid(cells) == {("2021", "Uitgaven"): "1.200", ("2022", "Uitgaven"): "1.300"}


def test_pipe_table_takes_its_unit_from_the_lines_between_caption_and_heading() -> None:
    """b06 as pipes: 'Tabel 26', a blank line, then the unit on a line of its own; and a
    captionless pipe table is titled by the short line right above it (b09)."""
    text = "\n".join(
        [
            "Tabel 26",
            "",
            "In miljoenen euro's",
            "| | 2023 | 2024 |",
            "|---|---|---|",
            "| Stand Miljoenennota 2023 | 89,9 | 88,6 |",
            "",
            "Opbouw ontvangsten x € 1.000",
            "| | 2019 | 2020 |",
            "|---|---|---|",
            "| Stand ontwerpbegroting 2019 | 11.903 | 11.903 |",
        ]
    )
    first, second = _read(text)[0]
    assert (first["unit_label"], first["title"]) == ("mln euro", "Tabel 26")
    assert (second["unit_label"], second["title"]) == ("x € 1.000", "Opbouw ontvangsten x € 1.000")


def test_pipe_rows_are_never_the_headings_of_a_table_printed_one_cell_per_line() -> None:
    """b09 with its first table as pipes: the cell-per-line table under it must not take the
    pipe rows above its years as its column headings (that reading placed more cells, so it
    won, and both tables were lost)."""
    pipes = "\n".join(
        [
            "Opbouw uitgaven x € 1.000",
            "| | 2019 | 2020 |",
            "|---|---|---|",
            "| Stand ontwerpbegroting 2019 | 730.754 | 683.879 |",
            "| Nieuwe mutaties | – 4.379 | 8.050 |",
            "| Stand ontwerpbegroting 2020 | 726.375 | 691.929 |",
            "",
        ]
    )
    cells_below = _cells_per_line(
        "Toelichting belangrijkste nieuwe mutaties (bedragen x € 1.000)",
        " ",
        "2019",
        "2020",
        "Preventieakkoord",
        "21.200",
        "9.000",
    )
    tables, cells, _warnings = _read(pipes + "\n" + cells_below)
    assert [t["layout"] for t in tables] == ["pipe", "cell_per_line"]
    grid = _grid(cells)
    assert grid[("Nieuwe mutaties", "2019")] == "– 4.379"
    assert grid[("Preventieakkoord", "2020")] == "9.000"


def test_word_heading_above_a_total_and_a_group_line_heads_the_rows_below_them() -> None:
    """c04's begrotingsstaat printed by a PDF's text layer: the heading of words, then its
    'Totaal' row and a 'Beleidsartikelen' group line, then the article rows. The heading is
    found over the lines between it and the rows no table read."""
    text = "\n".join(
        [
            "Tabel 5.1 Begrotingsstaat (bedragen x € 1.000)",
            "Art.  Omschrijving                 Verplichtingen    Uitgaven   Ontvangsten",
            "      Totaal                              43.252       43.252             0",
            "      Beleidsartikelen",
            "1     Grondwettelijke uitkering            8.354        8.354             0",
            "2     Functionele uitgaven                28.914       28.914             0",
            "3     Doorbelaste uitgaven                 5.984        5.984             0",
        ]
    )
    [table], cells, warnings = _read(text)
    assert table["unit_label"] == "x € 1.000" and not warnings
    grid = _grid(cells)
    assert grid[("2 Functionele uitgaven", "Uitgaven")] == "28.914"
    assert grid[("Totaal", "Verplichtingen")] == "43.252"
    assert _parents(cells)["3 Doorbelaste uitgaven"] == "Beleidsartikelen"


def test_tables_printed_one_row_per_line_are_titled_and_parted_by_their_captions() -> None:
    """b03 printed by a PDF's text layer: a caption without "Tabel" ends in its unit's
    figure ("Bedragen in EUR 1.000"); it titles the table under it, and it is no row of
    the table above (it was read as a row of value 1.000 and the two tables as one). A
    label wrapped before its year ("Stand na 2e suppletoire" / "begroting 2015") is one."""
    text = "\n".join(
        [
            "Overzicht met belangrijkste uitgavenmutaties 2015 Bedragen in EUR 1.000",
            "                                                  2015",
            "Stand ontwerpbegroting 2015                 32.421.680",
            "Mutatie nota van wijziging",
            "2015                                           – 956.075",
            "Stand na 2e suppletoire begroting 2015      31.465.605",
            "",
            "Overzicht met belangrijkste ontvangstenmutaties 2015 Bedragen in EUR 1.000",
            "                                                  2015",
            "Stand ontwerpbegroting 2015                  1.685.276",
            "Vermoedelijke uitkomsten 2015                   31.001",
        ]
    )
    first, second = _read(text)[0]
    assert first["title"].startswith("Overzicht met belangrijkste uitgavenmutaties")
    assert second["title"].startswith("Overzicht met belangrijkste ontvangstenmutaties")
    assert (first["line_end"], second["unit_label"]) == (6, "x € 1.000")
    _tables, cells, _warnings = _read(text)
    assert "1.000" not in {c["value_text"] for c in cells}
    assert _grid(cells)[("Mutatie nota van wijziging 2015", "2015")] == "– 956.075"


def test_one_space_rows_last_row_of_one_value_and_the_next_caption() -> None:
    """a02 and b06 printed by a text layer with one space between values: a last row of one
    figure printed like the rows' figures is a row ("Nog te verdelen posten – 5,9"); a
    sentence of whole numbers under it is not; "Tabel 27" starts the next table, it is no
    row of value 27 that would join the two tables."""
    text = "\n".join(
        [
            "Tabel 26",
            "In miljoenen euro's",
            "2011 2012 2013",
            "UITGAVEN – 5,7 – 8,8 – 8,8",
            "Prijsbijstelling – 0,1 – 9,0 – 9,0",
            "Onvoorzien 0,3 0,3 0,3",
            "Nog te verdelen posten – 5,9",
            "",
            "Tabel 27",
            "In miljoenen euro's",
            "2011 2012 2013",
            "Ontvangsten 7,6 7,6 7,5",
            "Technisch 0,3 0,3 0,3",
        ]
    )
    first, second = _read(text)[0]
    assert (first["line_end"], second["line_start"]) == (7, 9)
    _tables, cells, _warnings = _read(text)
    assert _grid(cells)[("Nog te verdelen posten", "2011")] == "– 5,9"
    whole = "\n".join(["Tabel 1 (x € 1.000)", "2024 2025", "Subsidies 120 130", "Zie pagina 12"])
    [table], _cells, _warnings = _read(whole)
    assert table["line_end"] == 3


def test_loose_rows_are_placed_side_by_side_where_zeros_fit_any_column() -> None:
    """b06 with one space between values: under the subtotal "Technisch", "Overboekingen
    0,4 0,0 0,0" adds up with its zeros in any later column; the placement that keeps the
    row's values side by side is the one taken, so no cell is left out or put elsewhere."""
    text = "\n".join(
        [
            "Tabel 26 (in miljoenen euro)",
            "2023 2024 2025 2026",
            "Stand Miljoenennota 2023 89,9 88,6 88,3 91,0",
            "Technisch 4,0 8,0 5,3 5,5",
            "Kasschuiven ‒ 2,7 2,7",
            "Eindejaarsmarge 0,8",
            "Loonbijstelling 5,5 5,3 5,3 5,5",
            "Overboekingen met andere begrotingen 0,4 0,0 0,0",
            "Stand Voorjaarsnota 2023 93,9 96,6 93,6 96,5",
        ]
    )
    _tables, cells, warnings = _read(text)
    grid = _grid(cells)
    assert not warnings
    assert (grid[("Kasschuiven", "2024")], grid[("Eindejaarsmarge", "2023")]) == ("2,7", "0,8")
    overboekingen = {c["column_label"] for c in cells if c["row_label"].startswith("Overb")}
    assert overboekingen == {"2023", "2024", "2025"}


def test_aligned_heading_of_a_word_beside_words_ending_in_a_year() -> None:
    """A municipal table printed by a text layer: "Begroting 2024" and a column of a word,
    "Aandeel", in aligned columns; it was no heading (the rows were said as unread)."""
    text = "\n".join(
        [
            "Tabel 2 Lasten per programma (bedragen x € 1.000)",
            "Programma                       Begroting 2024   Aandeel",
            "1. Bestuur                               5.200      10%",
            "2. Sociaal domein                       46.800      90%",
            "Totaal                                  52.000     100%",
        ]
    )
    _tables, cells, warnings = _read(text)
    assert not warnings
    grid = _grid(cells)
    assert (grid[("1. Bestuur", "Aandeel")], grid[("Totaal", "Begroting 2024")]) == (
        "10%",
        "52.000",
    )
    # a share printed beside the money is a percentage, never euros (review finding)
    share = next(c for c in cells if c["value_text"] == "10%")
    money = next(c for c in cells if c["value_text"] == "52.000")
    assert (share["unit"], share["value_eur"], money["value_eur"]) == ("percent", None, 52_000_000)


@pytest.mark.parametrize(
    "after",
    [
        ["In 2024 stijgen de uitgaven met 4,5", "miljoen euro als gevolg van de loonbijstelling."],
        ["De stijging van het saldo bedraagt 5,0"],
        ["Stijging saldo in 2025 5,0"],
        ["", "Overzicht gemeenten Bedragen in EUR 1.000", "2024 2025 2026", "Amsterdam 1 2 3"],
    ],
)
def test_a_line_under_rows_on_lines_is_no_last_row_when_prose_or_a_caption(after) -> None:
    """Review findings: a sentence ending in a figure with decimals, a label holding a
    year, a caption ending in its unit's figure: none is a last row of the table above."""
    rows = ["Tabel 2 Kerncijfers (x € 1 mln)", "2023 2024 2025", "Uitgaven 90,5 95,0 100,0"]
    tables, cells, _warnings = _read("\n".join([*rows, "Ontvangsten 10,5 10,0 10,0", *after]))
    assert tables[0]["line_end"] == 4
    assert {c["line"] for c in cells if c["table_id"] == tables[0]["table_id"]} == {3, 4}


@pytest.mark.parametrize(
    ("group", "rows"),
    [
        (
            "Uitvoeringsmutaties",
            ["Uitvoeringsmutaties WKB 10 10", "Uitvoeringsmutaties overig 5 5"],
        ),
        ("Subsidies", ["Subsidies cultuur 10 10", "Subsidies sport 20 20"]),
        ("Bijdragen", ["2023 10 10", "2024 20 20"]),
    ],
)
def test_a_group_line_over_rows_written_like_it_stays_their_heading(group, rows) -> None:
    """Review findings: a group line over rows whose labels start as it does, or over rows
    labelled by years, is their heading, not the start of the first one's label."""
    lines = ["Tabel 3 Mutaties (x € 1.000)", "2024 2025", group, *rows, "Totaal 30 30"]
    _tables, cells, _warnings = _read("\n".join(lines))
    first = rows[0].rsplit(" ", 2)[0]
    assert _parents(cells)[first] == group


def test_tables_stacked_without_captions_are_split_at_the_years_printed_again() -> None:
    """c02 printed without its captions: the second table's years follow the first table's
    last row after a placeholder. They head a new table; they are not an unlabelled row of
    cells 2011, 2012, ... in the first."""
    text = _cells_per_line(
        "2011", "2012", "2013",
        "Tekort", "14 617", "10 275", "6 015",
        "Aflossingen", "30 000", "31 500", "29 000",
        "Financieringsbehoefte", "44 617", "41 775", "35 015",
        " ",
        "2011", "2012", "2013",
        "Schuld primo", "369 894", "391 418", "407 011",
        "Mutatie", "21 524", "15 593", "18 223",
        "Schuld ultimo", "391 418", "407 011", "425 234",
    )  # fmt: skip
    tables, cells, _warnings = _read(text)
    assert len(tables) == 2
    assert not any(c["value_text"].startswith("201") for c in cells)
    assert [c["row_label"] for c in cells if c["column_label"] == "2011"] == [
        "Tekort", "Aflossingen", "Financieringsbehoefte", "Schuld primo", "Mutatie",
        "Schuld ultimo",
    ]  # fmt: skip
    second = {c["table_id"] for c in cells if c["row_label"] == "Schuld primo"}
    assert second == {tables[1]["table_id"]}


def test_accountants_minus_in_both_layouts() -> None:
    """Municipal budgets often print a negative as "-/- 1.250" (and a positive as "+/+
    4.100"): a cell, not a text that ends the row (one cell per line) or the row's label
    (one row per line)."""
    per_cell = _cells_per_line(
        "Tabel 5 Saldo (bedragen x € 1.000)", " ",
        "2023", "2024", "2025",
        "Baten", "+/+ 4.100", "4.200", "4.300",
        "Lasten", "-/- 5.350", "-/- 4.000", "-/- 4.100",
        "Saldo", "-/- 1.250", "200", "200",
    )  # fmt: skip
    per_row = "\n".join(
        [
            "Tabel 5 Saldo (bedragen x € 1.000)",
            "Omschrijving 2023 2024 2025",
            "Baten +/+ 4.100 4.200 4.300",
            "Lasten -/- 5.350 -/- 4.000 -/- 4.100",
            "Saldo -/- 1.250 200 200",
        ]
    )
    for text in (per_cell, per_row):
        _tables, cells, _warnings = _read(text)
        values = {(c["row_label"], c["column_label"]): c["value"] for c in cells}
        assert values[("Lasten", "2023")] == -5350 and values[("Baten", "2023")] == 4100
        assert values[("Saldo", "2023")] == -1250 and values[("Saldo", "2025")] == 200
        assert len(cells) == 9


def _two_tables(second_caption: str, mark: str) -> str:
    """Two stacked tables one cell per line, year headings printed with ``mark``, a "bron"
    text column and the second table under ``second_caption``."""
    years = [f"{year}{mark}" for year in ("2011", "2012", "2013")]
    return _cells_per_line(
        "Tabel 1 Financieringsbehoefte (in miljoenen euro)", " ",
        *years, "bron",
        "Tekort", "14 617", "10 275", "6 015",
        "Aflossingen", "30 000", "31 500", "29 000",
        "Financieringsbehoefte", "44 617", "41 775", "35 015",
        " ",
        second_caption, " ",
        *years, "bron",
        "Schuld primo", "369 894", "391 418", "407 011",
        "Mutatie", "21 524", "15 593", "18 223",
        "Schuld ultimo", "391 418", "407 011", "425 234",
    )  # fmt: skip


@pytest.mark.parametrize("mark", ["", "*", " 1)"])
@pytest.mark.parametrize(
    "caption", ["Tabel 2 Opbouw schuld (in miljoenen euro)", "DELTAFONDS: ONTVANGSTEN"]
)
def test_the_next_tables_caption_and_headings_end_a_table(caption: str, mark: str) -> None:
    """Year headings with a footnote mark ("2011*") read as text, not years: the next table's
    caption must not be taken for the text column's cell, and a caption-less title (a fund's
    name in capitals) followed by the headings printed again must end the table."""
    tables, cells, _warnings = _read(_two_tables(caption, mark))
    assert len(tables) == 2
    by_table = {c["row_label"]: c["table_id"] for c in cells}
    assert by_table["Schuld primo"] == tables[1]["table_id"] != by_table["Tekort"]
    assert {c["row_label"] for c in cells if c["table_id"] == tables[0]["table_id"]} == {
        "Tekort", "Aflossingen", "Financieringsbehoefte",
    }  # fmt: skip
    assert {c["column_label"] for c in cells} == {f"{y}{mark}" for y in ("2011", "2012", "2013")}


def test_a_euro_sign_before_a_negative_value_in_both_layouts() -> None:
    """Cells printed "€ 4.100" and "€ – 1.250": the sign after the euro sign is still the
    cell's minus, and the line still a cell (the one-cell-per-line scan looks for them)."""
    per_cell = _cells_per_line(
        "Saldo", " ",
        "2023", "2024",
        "Baten", "€ 4.100", "€ 4.200",
        "Lasten", "€ – 5.350", "€ -4.000",
        "Saldo", "€ – 1.250", "€ 200",
    )  # fmt: skip
    per_row = "\n".join(
        [
            "Saldo",
            "Omschrijving 2023 2024",
            "Baten € 4.100 € 4.200",
            "Lasten € –5.350 € -4.000",
            "Saldo € –1.250 € 200",
        ]
    )
    for text in (per_cell, per_row):
        _tables, cells, _warnings = _read(text)
        values = {(c["row_label"], c["column_label"]): c["value"] for c in cells}
        assert values[("Lasten", "2023")] == -5350 and values[("Lasten", "2024")] == -4000
        assert values[("Saldo", "2023")] == -1250 and len(cells) == 6


def test_a_euro_sign_and_minus_before_space_thousands_in_a_row() -> None:
    """One row per line with space thousands: "€ – 5 000" is one cell, its minus after the
    euro sign (read as "€", "– 5" and "000", the row's cells shifted into the label)."""
    text = "\n".join(
        [
            "Tabel 1 Uitgaven (x € 1.000)",
            "",
            "Omschrijving 2024 2025 2026",
            "Jeugdzorg € 12 500 € – 5 000 € 3 000",
            "Wonen € 1 250 € 2 000 € – 300",
            "Totaal € 13 750 € – 3 000 € 2 700",
        ]
    )
    _tables, cells, _warnings = _read(text)
    values = {(c["row_label"], c["column_label"]): c["value"] for c in cells}
    assert values == {
        ("Jeugdzorg", "2024"): 12500, ("Jeugdzorg", "2025"): -5000, ("Jeugdzorg", "2026"): 3000,
        ("Wonen", "2024"): 1250, ("Wonen", "2025"): 2000, ("Wonen", "2026"): -300,
        ("Totaal", "2024"): 13750, ("Totaal", "2025"): -3000, ("Totaal", "2026"): 2700,
    }  # fmt: skip


def _row_table(*rows: str) -> str:
    return "\n".join(["Tabel 1 Uitgaven (x € 1.000)", "Omschrijving 2023 2024 2025", *rows])


def test_a_dash_alone_in_a_row_is_a_nil_cell_not_the_next_value_s_minus() -> None:
    """ "100 – 300" under three columns is 100, nil, 300 (read as 100 and -300 it shifted
    300 into 2024 as a negative); "– 3 505" under as many columns as it fills stays a minus."""
    _tables, cells, _warnings = _read(
        _row_table("Subsidies 100 – 300", "Opdrachten - 50 60", "Bijdragen 5 10 –")
    )
    values = {(c["row_label"], c["column_label"]): (c["value_text"], c["value"]) for c in cells}
    assert values[("Subsidies", "2024")] == ("–", None)
    assert values[("Subsidies", "2025")] == ("300", 300)
    assert values[("Opdrachten", "2023")] == ("-", None)
    assert values[("Bijdragen", "2025")] == ("–", None)
    _tables, cells, _warnings = _read(_row_table("Saldo – 3 505 – 1 887 200"))
    assert [c["value"] for c in cells] == [-3505, -1887, 200]
    # with space thousands too: nil, 1 000, 2 000 (not "– 1 000", "2", "000")
    _tables, cells, _warnings = _read(_row_table("Subsidies – 1 000 2 000"))
    assert [c["value_text"] for c in cells] == ["–", "1 000", "2 000"]


def test_a_row_missing_a_cell_inside_is_placed_by_the_sums_one_missing_its_last_kept() -> None:
    """No placeholder for an empty cell: the total under the rows places "Subsidies 100 300"
    in 2023 and 2025, or, when no placement adds up, leaves the row out with a warning; where
    no total closes the rows, the values keep the first columns (text extraction drops the
    blank cells at a row's end: a percentage under "Totaal")."""
    _tables, cells, warnings = _read(
        _row_table("Subsidies 100 300", "Opdrachten 0 50 60", "Totaal 100 50 360")
    )
    grid = _grid(cells)
    assert (grid[("Subsidies", "2023")], grid[("Subsidies", "2025")]) == ("100", "300")
    assert ("Subsidies", "2024") not in grid and not warnings
    # under a total no placement adds up to: left out and said, not put in the first columns
    _tables, cells, warnings = _read(
        _row_table("Subsidies 300 100", "Opdrachten 0 50 60", "Totaal 100 50 360")
    )
    assert "Subsidies" not in {c["row_label"] for c in cells}
    assert [w.line for w in warnings] == [3]
    _tables, cells, _warnings = _read(_row_table("Jeugd 1.400 1.500 2.900", "Groei in % 3,1% 4,2%"))
    grid = _grid(cells)
    assert (grid[("Groei in %", "2023")], grid[("Groei in %", "2024")]) == ("3,1%", "4,2%")


def test_a_group_heading_ending_in_a_year_inside_a_row_per_line_table() -> None:
    """A suppletoire begroting's "Mutaties 1e suppletoire begroting 2024" heads the changes
    under it; its year is part of its name, not a cell, so the table goes on below it."""
    text = "\n".join(
        [
            "Tabel 3 Mutaties (bedragen x € 1 mln)",
            "                                         2024     2025",
            "Stand ontwerpbegroting 2024            10.000   10.100",
            "Mutaties 1e suppletoire begroting 2024",
            "Loon- en prijsbijstelling                 120      120",
            "Kasschuif                                 -50       50",
            "Stand 1e suppletoire begroting 2024    10.070   10.270",
        ]
    )
    _tables, cells, warnings = _read(text)
    assert not warnings
    assert _grid(cells)[("Stand 1e suppletoire begroting 2024", "2025")] == "10.270"
    assert _parents(cells)["Kasschuif"] == "Mutaties 1e suppletoire begroting 2024"


@pytest.mark.parametrize(("pad", "column"), [("", "2023"), (" " * 10, "2024")])
def test_one_value_between_rows_is_placed_under_the_heading_it_is_printed_under(
    pad: str, column: str
) -> None:
    """ "waarvan juridisch verplicht 95%" prints one value between the rows of a budget
    table: it is a row, and where the columns are printed aligned, the value goes under the
    heading it stands under, not into the first column."""
    text = "\n".join(
        [
            "Tabel 5 Budgettaire gevolgen van beleid (bedragen in miljoenen euro's)",
            "",
            "Omschrijving                    2023      2024      2025",
            "Verplichtingen               1.200,5   1.300,2   1.400,0",
            "Uitgaven                     1.000,0   1.100,0   1.200,0",
            "waarvan juridisch verplicht     " + pad + "95%",
            "Programma-uitgaven             900,0   1.000,0   1.100,0",
            "Apparaatsuitgaven              100,0     100,0     100,0",
        ]
    )
    tables, cells, warnings = _read(text)
    assert len(tables) == 1 and not warnings
    share = [c for c in cells if c["row_label"] == "waarvan juridisch verplicht"]
    assert [(c["column_label"], c["value"], c["adds_up"]) for c in share] == [(column, 95, False)]
    assert _parents(cells)["Apparaatsuitgaven"] == "Uitgaven"


def test_a_row_missing_a_value_in_aligned_columns_keeps_its_columns() -> None:
    """A blank cell inside a row printed with its columns aligned: each value goes under
    the heading it is printed under, though no total tells; with a tab between the values
    (whose width no text knows) the row keeps its first columns, as before."""
    aligned = "\n".join(
        [
            "Omschrijving          2023      2024      2025",
            "Baten                  100       200       300",
            "Bijdrage derden         50                 150",
            "Lasten                 400       500       600",
        ]
    )
    _tables, cells, _warnings = _read(aligned)
    assert _grid(cells)[("Bijdrage derden", "2025")] == "150"
    assert ("Bijdrage derden", "2024") not in _grid(cells)
    tabbed = aligned.replace(
        "Bijdrage derden         50                 150", "Bijdrage derden\t50\t150"
    )
    _tables, cells, _warnings = _read(tabbed)
    assert _grid(cells)[("Bijdrage derden", "2024")] == "150"


def test_a_pdf_text_layer_table_under_a_caption_and_a_unit_line() -> None:
    """A table as a PDF's text layer prints it (b06 shape): the caption, the unit on a line
    of its own, the years, then rows aligned on the right, several of them printing only
    some years. The unit between caption and headings is the table's; each value goes under
    the year it stands under; a heading ending in a colon inside the table heads its rows."""
    text = "\n".join(
        [
            "Tabel 26",
            "",
            "In miljoenen euro's",
            "                                       2023   2024   2025",
            "Stand Miljoenennota 2023               89,9   88,6   88,3",
            "Mutaties:",
            "Kasschuiven                           ‒ 2,7    2,7",
            "Eindejaarsmarge                         0,8",
            "Extrapolatie                                          0,5",
            "Loonbijstelling                         3,1    3,1    3,1",
            "Stand Voorjaarsnota 2023               91,1   94,4   91,9",
        ]
    )
    [table], cells, warnings = _read(text)
    assert (table["unit_label"], table["line_start"], table["line_end"]) == ("mln euro", 1, 11)
    assert not warnings
    grid = _grid(cells)
    assert grid[("Kasschuiven", "2023")] == "‒ 2,7" and grid[("Kasschuiven", "2024")] == "2,7"
    assert grid[("Eindejaarsmarge", "2023")] == "0,8"
    assert grid[("Extrapolatie", "2025")] == "0,5" and ("Extrapolatie", "2023") not in grid
    assert _parents(cells)["Loonbijstelling"] == "Mutaties:"


def test_rows_printed_one_per_line_are_no_headings_of_a_table_printed_a_cell_per_line() -> None:
    """A table printed one row per line right above one printed one cell per line: its row
    lines are whole rows, never the column headings or labels of the table below."""
    text = "\n".join(
        [
            "Opbouw uitgaven x € 1.000",
            "                                   2019      2020      2021",
            "Stand ontwerpbegroting 2019     730.754   683.879   676.433",
            "Mutatie nota van wijziging       38.090    36.925    11.725",
            "Stand ontwerpbegroting 2020     768.844   720.804   688.158",
            "",
            _cells_per_line(
                "Opbouw ontvangsten x € 1.000", "2019", "2020", "2021",
                "Stand ontwerpbegroting 2019", "11.903", "11.903", "11.903",
                "Stand ontwerpbegroting 2020", "11.903", "11.903", "11.903",
            ),
        ]
    )  # fmt: skip
    tables, cells, _warnings = _read(text)
    assert [t["layout"] for t in tables] == ["row_per_line", "cell_per_line"]
    assert {c["column_label"] for c in cells} == {"2019", "2020", "2021"}
    assert len(cells) == 15


def test_loose_rows_under_a_subtotal_printed_above_them_are_placed_by_its_sum() -> None:
    """One space between values and no blank cells (a text layer without layout): a row of
    fewer values than columns is placed by the sums, here those of the subtotal printed
    above it ("Technisch"), which the closing total sums instead of its parts."""
    text = "\n".join(
        [
            "Tabel 27 (in miljoenen euro's)",
            "2023 2024 2025",
            "Stand Miljoenennota 2023 7,6 7,6 7,5",
            "Technisch 0,3 0,3 7,8",
            "Extrapolatie 7,5",
            "Overig 0,3 0,3 0,3",
            "Stand Voorjaarsnota 2023 7,9 7,9 15,3",
        ]
    )
    _tables, cells, warnings = _read(text)
    assert _grid(cells)[("Extrapolatie", "2025")] == "7,5" and not warnings
    assert _parents(cells)["Extrapolatie"] == "Technisch"


def _grouped_mutations(beleid_2026: str, stand_2026: str) -> str:
    """A Voorjaarsnota's stand table as a kamerstuk's text layer prints it: one row per
    line, one space apart, no placeholders; two groups of mutations printing their values
    above their parts, then the new stand (the old one and the two groups)."""
    return "\n".join(
        [
            "Tabel 12 Uitgaven (in miljoenen euro's)",
            "2026 2027 2028",
            "Stand ontwerpbegroting 2026 100,0 110,0 120,0",
            f"Beleidsmatige mutaties {beleid_2026} 5,0 3,0",
            "1. Subsidie regio 10,0 5,0 3,0",
            "2. Vogelgriep 2,0",
            "Technische mutaties 1,0 4,0 2,0",
            "3. Kasschuif −3,0 3,0",
            "4. Loonbijstelling 4,0 1,0 2,0",
            f"Stand Voorjaarsnota 2026 {stand_2026} 119,0 125,0",
        ]
    )


def test_loose_rows_under_groups_printed_above_their_parts_are_placed_by_the_stand() -> None:
    """Rows of fewer values than columns in groups of mutations that print their sums above
    their parts: the stand closing them sums each group instead of its parts. Summing every
    row counted each mutation twice, no placement held, and both rows were left out; read
    as groups and their parts, one placement holds."""
    _tables, cells, warnings = _read(_grouped_mutations("12,0", "113,0"))
    grid = _grid(cells)
    assert grid[("2. Vogelgriep", "2026")] == "2,0"
    assert (grid[("3. Kasschuif", "2026")], grid[("3. Kasschuif", "2027")]) == ("−3,0", "3,0")
    assert ("3. Kasschuif", "2028") not in grid and not warnings
    parents = _parents(cells)
    assert parents["2. Vogelgriep"] == "Beleidsmatige mutaties"
    assert parents["3. Kasschuif"] == "Technische mutaties"
    assert parents["Technische mutaties"] == "Stand Voorjaarsnota 2026"


def test_loose_rows_under_a_group_its_parts_do_not_make_are_left_out() -> None:
    """The same table with a group whose sum its parts make under no placement (13,0 over
    10,0 and 2,0): no reading as groups holds, and the loose rows are left out and said,
    never put where the sums do not tell."""
    _tables, cells, warnings = _read(_grouped_mutations("13,0", "114,0"))
    labels = {c["row_label"] for c in cells}
    assert not labels & {"2. Vogelgriep", "3. Kasschuif"}
    assert len(warnings) == 2 and all("left out" in w.reason for w in warnings)


def test_reading_a_block_as_groups_is_bounded_per_row() -> None:
    """Rows of equal values each read as the one part of the row above, their readings
    multiplying (a Fibonacci number of them for 40 rows): past MAX_GROUPINGS_PER_ROW
    readings a row the search gives up, and the block's loose rows are left out."""
    rows = [[Decimal(1)]] * 40
    labels = ["Mutatie"] * 40
    with pytest.raises(tables_placement._TooManyGroupings):
        tables_placement._adds_up_grouped(rows, [Decimal(7)], Decimal(0), labels)
    assert tables_placement._adds_up_grouped(rows[:3], [Decimal(2)], Decimal(0), labels[:3])


def test_numbered_rows_of_equal_values_are_siblings_not_a_group_and_its_part() -> None:
    """Rows coded alike ("1. <post>" over "2. <post>") are items side by side: the first
    is no subtotal of the second however equal their values. Read so, "1." was left out of
    the total, and a loose row was placed where only that reading held; no placement holds
    now, and the loose row is left out and said. The rule's own form, a group without a code
    over its numbered parts, is placed (the near form, further above)."""
    text = "\n".join([
        "Tabel 6 Mutaties (bedragen x € 1 mln)",
        "2026 2027 2028",
        "1. Loonbijstelling 2,0 2,0 2,0",
        "2. Prijsbijstelling 2,0 2,0 2,0",
        "3. Kasschuif −1,0 1,0",
        "Totaal mutaties 1,0 3,0 2,0",
    ])  # fmt: skip
    _tables, cells, warnings = _read(text)
    assert "3. Kasschuif" not in {c["row_label"] for c in cells}
    assert [w.reason for w in warnings if "Kasschuif" in w.reason]
    assert _parents(cells)["1. Loonbijstelling"] == "Totaal mutaties"
    rows = [[Decimal(2)], [Decimal(2)]]
    assert tables_placement._adds_up_grouped(rows, [Decimal(2)], Decimal(0), ["Loon", "Prijs"])
    assert not tables_placement._adds_up_grouped(rows, [Decimal(2)], Decimal(0), ["1. L", "2. P"])


@pytest.mark.parametrize("aligned", [True, False])
def test_a_row_printing_pm_for_a_figure_is_a_row_of_a_table_printed_one_row_per_line(
    aligned: bool,
) -> None:
    """A memorie van toelichting's text layer prints "p.m." where an amount is not yet
    known ("Voeding fonds  50,0  p.m.  p.m."): cells without a figure, as "n.v.t." is, and
    the table goes on under them (it stopped at that row, the rest said as unread)."""
    rows = [
        ("", "2026", "2027", "2028"),
        ("Verhoging kinderopvangtoeslag", "120,0", "135,0", "140,0"),
        ("Voeding fonds", "50,0", "p.m.", "pm"),
        ("Uitvoeringskosten", "2,5", "2,0", "2,0"),
        ("Totaal", "172,5", "137,0", "142,0"),
    ]
    lines = [
        label.ljust(30) + "".join(cell.rjust(10) for cell in cells)
        if aligned
        else " ".join([label, *cells]).strip()
        for label, *cells in rows
    ]
    text = "\n".join(["Tabel 3 Budgettaire gevolgen (bedragen x € 1 mln)", *lines])
    _tables, cells, warnings = _read(text)
    grid = _grid(cells)
    assert (grid[("Voeding fonds", "2027")], grid[("Voeding fonds", "2028")]) == ("p.m.", "pm")
    assert {c["value"] for c in cells if c["row_label"] == "Voeding fonds"} == {50, None}
    assert grid[("Totaal", "2028")] == "142,0" and len(cells) == 12 and not warnings
    assert _parents(cells)["Uitvoeringskosten"] == "Totaal"


@pytest.mark.parametrize("thousands", [".", " "])
def test_a_row_of_a_worded_heading_with_an_empty_last_cell_is_placed_not_the_end(
    thousands: str,
) -> None:
    """An archived begrotingsstaat's text layer, headed by words alone, leaves a cell blank
    without a placeholder ("18.420  18.420" under Verplichtingen and Uitgaven, no
    Ontvangsten): its values stand where the full rows' figures end, so they are placed
    there and the rows below, the total under its rule too, are read. The table stopped at
    that row and the rest was said as unread. Printed with space thousands ("120 400"), its
    rows read more ways than one by their figures alone, and its headings are placed by
    where they stand over the values (no table was read)."""
    t = thousands
    text = "\n".join(
        [
            "BEGROTINGSSTAAT 1998 (bedragen x ƒ 1000)",
            "",
            "Art.    Omschrijving             Verplichtingen      Uitgaven   Ontvangsten",
            "",
            f"02.01   Algemeen bestuur                120{t}400       118{t}300         3{t}100",
            f"02.02   Bijdragen aan gemeenten          45{t}000        45{t}000",
            f"03.01   Huisvesting                      60{t}250        58{t}900           800",
            "                                 ------------------------------------------",
            f"        Totaal                          225{t}650       222{t}200         3{t}900",
        ]
    )
    [table], cells, warnings = _read(text)
    grid = _grid(cells)
    assert grid[("02.02 Bijdragen aan gemeenten", "Uitgaven")] == f"45{thousands}000"
    assert ("02.02 Bijdragen aan gemeenten", "Ontvangsten") not in grid
    assert grid[("03.01 Huisvesting", "Ontvangsten")] == "800"
    assert grid[("Totaal", "Ontvangsten")] == f"3{thousands}900" and not warnings
    assert _parents(cells)["03.01 Huisvesting"] == "Totaal"
    assert table["unit_label"] == "x ƒ 1.000"


@pytest.mark.parametrize(
    "names",
    [
        (
            "                                         Vastgestelde begroting     "
            " Mutaties (+ of –) 2e suppletoire",
            "                                                                     "
            "             begroting",
        ),
        (
            "                                              Vastgestelde          "
            "                Mutaties (+ of –)",
            "                                               begroting            "
            "          2e suppletoire begroting",
        ),
    ],
)
def test_a_begrotingsstaat_with_headings_broken_over_lines_and_wrapped_labels_is_read(
    names: tuple[str, str],
) -> None:
    """A suppletoire begrotingsstaat by pdftotext -layout: its leaf headings broken with a
    hyphen onto the next line ("Verplich-" / "tingen", joined as printed, hyphen kept), two
    of them one space apart over two
    columns ("Uitgaven Ontvangsten"), a group name wrapped onto a line of its own ("...
    2e suppletoire" / "begroting") under its number, or both names over two lines, and
    article names wrapped with the values on their last line, one at a hyphen ("Zuid-" /
    "Hollandse kust"). Each heading is read by where its words stand over the values, each
    group names its columns, and the labels are joined. No table was read: the rows were
    said as unread (and names over two lines lost their first)."""
    text = "\n".join(
        [
            "Wijziging van de begrotingsstaat van het Ministerie van"
            " Infrastructuur en Waterstaat (XII)",
            "voor het jaar 2025 (wijziging samenhangende met de Najaarsnota)",
            "",
            "Bedragen in € 1.000",
            "",
            "                                                        (1)          "
            "                         (2)",
            *names,
            "Art.  Omschrijving                       Verplich-   "
            " Uitgaven Ontvangsten     Verplich-    Uitgaven Ontvangsten",
            "                                            tingen                   "
            "             tingen",
            "      Totaal                               812.400     806.150     "
            " 20.300        14.250      12.900       1.100",
            "",
            "      Beleidsartikelen",
            "31    Bijdragen aan de uitvoering van",
            "      het waterbeheer                      500.000     498.650     "
            " 12.000        10.000       9.000         600",
            "32    Bijdrage aan de provincie Zuid-",
            "      Hollandse kust                       312.400     307.500      "
            " 8.300         4.250       3.900         500",
            "33    Waterkwaliteit                             0           0       "
            "    0             0           0           0",
            "",
            "Toelichting",
            "De mutaties op artikel 31 hangen samen met de hogere bijdrage aan het waterbeheer.",
        ]
    )
    [table], cells, warnings = _read(text)
    assert table["unit_label"] == "x € 1.000" and len(cells) == 24 and not warnings
    kust = "32 Bijdrage aan de provincie Zuid-Hollandse kust"
    assert [c["column_label"] for c in cells if c["row_label"] == kust] == [
        "(1) Vastgestelde begroting Verplich-tingen",
        "(1) Vastgestelde begroting Uitgaven",
        "(1) Vastgestelde begroting Ontvangsten",
        "(2) Mutaties (+ of –) 2e suppletoire begroting Verplich-tingen",
        "(2) Mutaties (+ of –) 2e suppletoire begroting Uitgaven",
        "(2) Mutaties (+ of –) 2e suppletoire begroting Ontvangsten",
    ]
    grid = _grid(cells)
    assert grid[(kust, "(2) Mutaties (+ of –) 2e suppletoire begroting Uitgaven")] == "3.900"
    parents = _parents(cells)
    assert parents["31 Bijdragen aan de uitvoering van het waterbeheer"] == "Beleidsartikelen"
    assert parents[kust] == "Beleidsartikelen" and parents["Totaal"] is None


def test_word_headings_broken_with_a_hyphen_are_joined_as_printed() -> None:
    """A koopkracht table by pdftotext -layout (the Miljoenennota's, in %): word headings
    wrapped over two lines, some broken with a hyphen at the line's end ("Uitkerings-" /
    "gerechtigden"), others at a space ("Alle" / "huishoudens"). A broken word is joined as
    printed, its hyphen kept ("Uitkerings-gerechtigden", as c04 and m04 answer
    "Verplich-tingen"); the hyphen was dropped ("Uitkeringsgerechtigden")."""
    text = "\n".join(
        [
            "Tabel 3.1 Koopkracht naar inkomensbron (mediane mutaties in %)",
            "",
            " " * 30 + "Uitkerings-     Gepensio-          Alle",
            " " * 14 + "Werkenden      gerechtigden        neerden   huishoudens",
            "1e inkomensgroep" + " " * 9 + "1,4" + " " * 14 + "0,9" + " " * 12 + "0,6"
            + " " * 11 + "1,0",
            "2e inkomensgroep" + " " * 9 + "1,1" + " " * 13 + "-0,5" + " " * 12 + "0,3"
            + " " * 11 + "0,7",
        ]
    )  # fmt: skip
    [table], cells, _warnings = _read(text)
    assert table["unit_label"] == "%"
    assert [c["column_label"] for c in cells if c["row_label"] == "2e inkomensgroep"] == [
        "Werkenden",
        "Uitkerings-gerechtigden",
        "Gepensio-neerden",
        "Alle huishoudens",
    ]
    assert _grid(cells)[("2e inkomensgroep", "Uitkerings-gerechtigden")] == "-0,5"


ALIGNED = [
    "Tabel 1 Uitgaven (x € 1 mln)",
    "Omschrijving" + " " * 20 + "2023" + " " * 8 + "2024",
    "Uitgaven" + " " * 26 + "10" + " " * 10 + "20",
    "Ontvangsten" + " " * 24 + "5" + " " * 11 + "5",
]


@pytest.mark.parametrize(
    "after",
    [
        "Dit is toegelicht in paragraaf 3.2 op pagina 12",  # its number ends under 2024
        "De bedragen zijn ontleend aan de begroting 2024",
        "Bron: begroting 2024, tabel 3.1".ljust(46) + "12",  # a source line, its 12 aligned
        "De uitgaven zijn in 2024 gestegen tot 1 302 485",  # space thousands
    ],
)
def test_a_sentence_after_an_aligned_table_is_no_row_of_it(after: str) -> None:
    """A number that ends a sentence under an aligned table may end under a heading, but it
    follows its word after one space, not after a column's padding: the table ends at its
    last row (review finding)."""
    [table], cells, _warnings = _read("\n".join([*ALIGNED, after]))
    assert table["line_end"] == 4 and len(cells) == 4


def test_justified_prose_above_a_table_is_no_heading_of_its_columns() -> None:
    """Prose above a table without a caption ends at the right margin, where the last
    column ends: a run of words longer than a column, or reaching over the labels, is no
    heading's words."""
    prose = [
        "Het kabinet trekt extra geld uit voor de jeugdzorg. De bedragen staan",
        "in de tabel hieronder, verdeeld over de jaren en de posten van dit nu.",
    ]
    table = [
        label.ljust(54) + "".join(value.rjust(8) for value in values)
        for label, values in (
            ("Omschrijving", ("2023", "2024")),
            ("Uitgaven", ("10", "20")),
            ("Ontvangsten", ("5", "5")),
        )
    ]
    assert len(table[0]) == len(prose[1])  # the last heading ends where the prose does
    [found], cells, _warnings = _read("\n".join([*prose, *table]))
    assert found["line_start"] == 3
    assert {c["column_label"] for c in cells} == {"2023", "2024"}


def test_wrapped_prose_after_a_table_is_no_group_or_label_of_it() -> None:
    """A table printed with one space between values ends where a line that is no row and
    heads no row right under it stands: wrapped prose after it, though it holds numbers
    ("Kamerstuk 36 200, nr. 5"), is neither a group heading nor a row (review finding)."""
    text = "\n".join(
        [
            "Tabel 3 Uitgaven (x € 1 mln)",
            "Omschrijving 2023 2024",
            "Jeugd 10 20",
            "Zorg 30 40",
            "De bedragen in deze tabel zijn ontleend aan de",
            "brief van de minister, zie Kamerstuk 36 200, nr. 5",
            "en de tabel hieronder 2025",
            "Wmo 1 2",
            "Jeugd 3 4",
        ]
    )
    tables, cells, _warnings = _read(text)
    assert (tables[0]["line_start"], tables[0]["line_end"]) == (1, 4)
    assert {c["line"] for c in cells} <= {3, 4, 8, 9}


def test_rows_that_all_start_in_lower_case_keep_their_heading() -> None:
    """Sector labels are often lower-case abbreviations ("mbo", "hbo", "wo"): rows that all
    start in lower case stay under the heading above them, not joined to it as one wrapped
    label (review finding)."""
    text = "\n".join(
        [
            "Tabel 3 Uitgaven onderwijs (x € 1 mln)",
            "Sector 2023 2024",
            "Onderwijs",
            "mbo 10 20",
            "hbo 30 40",
            "wo 50 60",
        ]
    )
    _tables, cells, _warnings = _read(text)
    assert _parents(cells) == {"mbo": "Onderwijs", "hbo": "Onderwijs", "wo": "Onderwijs"}


@pytest.mark.parametrize("lone", ["(1)", "2029 e.v."])
def test_a_heading_of_fewer_columns_than_the_rows_print_heads_nothing(lone: str) -> None:
    """A lone heading over rows of three values heads no one-column table whose labels
    swallow the other two values: the rows are said, not misread (review finding)."""
    text = "\n".join(["Zie noot", lone, "Jeugd 10 20 30", "Zorg 40 50 60"])
    tables, _cells, warnings = _read(text)
    assert tables == []
    assert [w.reason for w in warnings] == ["2 lines look like table rows; no table read"]


def test_headings_centred_over_wide_columns_of_values_aligned_on_the_right() -> None:
    """A PDF centres its headings over columns whose figures it aligns on the right (b02
    shape): a short value in a wide column ends far right of its heading's middle, nearer
    the next heading's, so a row of fewer values is placed where the figures of the full
    rows end, not by the headings alone."""
    widths = (24, 12, 12)

    def line(label: str, *cells: str) -> str:
        return label.ljust(20) + "".join(c.rjust(w) for c, w in zip(cells, widths, strict=True))

    heading = " " * 20 + "".join(
        h.center(w) for h, w in zip(("2010", "2011", "2012"), widths, strict=True)
    )
    text = "\n".join(
        [
            "Tabel B1 (x € 1 000)",
            heading,
            line("Verplichtingen", "1 302 485", "417 858", "481 550"),
            line("Kosten", "5", "", "620"),
            line("Uitkeringen", "1 302 480", "417 858", "480 930"),
        ]
    )
    _tables, cells, warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Kosten", "2010")] == "5" and grid[("Kosten", "2012")] == "620"
    assert ("Kosten", "2011") not in grid and not warnings


def _aligned(heading: list[str], *rows: tuple[str, ...], width: int = 12) -> list[str]:
    """A table as a PDF's text layer prints it: labels in 30 characters, each value and
    heading right-aligned in ``width``."""
    return [
        " " * 30 + "".join(h.rjust(width) for h in heading),
        *(label.ljust(30) + "".join(v.rjust(width) for v in values) for label, *values in rows),
    ]


def test_aligned_rows_are_read_where_their_figures_end() -> None:
    """Second review: in aligned columns a lone value with space thousands stays one value
    under the column its figures end in ("1 302 485" is not 1 and 302 485); a label ending
    in a number keeps it ("Artikel 1", then 1 302); a sentence after the table whose number
    has space thousands is no row; a first row of one value, and rows with nil dashes, are
    read."""
    lines = _aligned(
        ["2022", "2023", "2024"],
        ("Eindejaarsmarge", "", "", "8"),
        ("Artikel 1", "1 302", "417", "481"),
        ("Kosten", "", "1 302 485", ""),
        ("Baten", "10", "15", "–"),
        ("Saldo", "1 312", "1 303 917", "489"),
        width=14,
    )
    text = "\n".join(
        ["Tabel 1 X (x € 1 mln)", *lines, "", "De uitgaven zijn in 2024 gestegen tot 1 302 485"]
    )
    [table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert table["line_end"] == 7
    assert grid[("Kosten", "2023")] == "1 302 485" and ("Kosten", "2022") not in grid
    assert grid[("Artikel 1", "2022")] == "1 302"
    assert grid[("Eindejaarsmarge", "2024")] == "8" and grid[("Baten", "2024")] == "–"


def test_a_first_row_whose_label_ends_in_a_number_is_read_where_its_figures_end() -> None:
    """Second review: "Artikel 1" then 1 302 as the first rows of an aligned table: the
    label keeps its number, the value its thousands (it was "Artikel 1 1" and 302)."""
    rows = (("Artikel 1", "1 302", "417", "481"), ("Artikel 2", "2 000", "1 000", "12"))
    text = "\n".join(["Tabel 1 X (x € 1 mln)", *_aligned(["2022", "2023", "2024"], *rows)])
    _tables, cells, warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Artikel 1", "2022")] == "1 302" and grid[("Artikel 2", "2023")] == "1 000"
    assert not warnings


@pytest.mark.parametrize(
    ("rows", "parents"),
    [
        # nested group headings in a table printed without layout
        (
            ["Uitgaven", "Programma Jeugd", "Jeugdhulp 10 20", "Programma Zorg", "Wmo 1 2"],
            {"Jeugdhulp": "Programma Jeugd", "Wmo": "Programma Zorg"},
        ),
        # a group of a row of one value and a full row
        (
            ["Jeugdhulp 10 20", "Mutaties", "Eindejaarsmarge 5", "Kasschuif 1 -1", "Totaal 16 19"],
            {"Eindejaarsmarge": "Mutaties", "Kasschuif": "Mutaties"},
        ),
        # a group heading longer than sixty characters
        (
            ["Programma 1: Versterken van de sociale basisinfrastructuur in wijken", "Jeugd 10 20"],
            {"Jeugd": "Programma 1: Versterken van de sociale basisinfrastructuur in wijken"},
        ),
    ],
)
def test_groups_and_one_value_rows_in_a_table_without_layout(
    rows: list[str], parents: dict[str, str]
) -> None:
    """Second review: group headings, nested or long, and rows of one value do not end a
    table printed with one space between values."""
    text = "\n".join(["Tabel 3 Uitgaven (x € 1 mln)", "Omschrijving 2023 2024", *rows])
    _tables, cells, warnings = _read(text)
    assert {label: _parents(cells)[label] for label in parents} == parents
    assert not [w for w in warnings if w.reason.endswith("no table read")]


def test_a_label_ending_in_a_number_under_a_word_column_and_a_lone_year() -> None:
    """Second review: "Artikel 3 10 20 30" under "2027 2028 Struc." is read (the label ends
    in its own number); a lone "2024" over rows of three values heads nothing."""
    _tables, cells, _warnings = _read(
        "Omschrijving 2027 2028 Struc.\nArtikel 3 10 20 30\nArtikel 4 1 2 3"
    )
    assert _grid(cells)[("Artikel 3", "Struc.")] == "30"
    tables, _cells, warnings = _read("Zie noot\n2024\nJeugd 10 20 30\nZorg 40 50 60")
    assert tables == [] and [w.reason.split()[0] for w in warnings] == ["2"]


def test_a_running_header_apart_from_the_headings_is_not_stacked_on_them() -> None:
    """Second review: a running header right-aligned above a table, a blank line between,
    is no word of the last column's heading."""
    lines = _aligned(
        ["2022", "2023", "2024"], ("Kosten", "5", "20", "30"), ("Baten", "10", "15", "20")
    )
    text = "\n".join([" " * 60 + "Jaarverslag VWS", "", *lines])
    _tables, cells, _warnings = _read(text)
    assert {c["column_label"] for c in cells} == {"2022", "2023", "2024"}


def test_a_code_and_label_parted_by_a_tab_are_one_label() -> None:
    """A row "1<TAB>Arbeidsmarkt<TAB>1.200": its label is the code and the name, one space
    between, as the page shows them."""
    text = "Art.\tOmschrijving\t2023\t2024\n1\tArbeidsmarkt\t1.200\t1.300\n2\tBijstand\t800\t900\n"
    _tables, cells, _warnings = _read(text)
    assert {c["row_label"] for c in cells} == {"1 Arbeidsmarkt", "2 Bijstand"}


@pytest.mark.parametrize(
    "line",
    [
        "Het kabinet trekt in 2021 geld uit tot 2022",  # prose: no rows follow it
        "Tabel 3 Uitgaven 2022 en 2023",  # a number other than a year: a caption
    ],
)
def test_a_line_of_words_and_years_without_rows_under_it_heads_no_table(line: str) -> None:
    tables, _cells, _warnings = _read(f"{line}\n\nDe gemeenten krijgen meer geld.\n")
    assert tables == []


@pytest.mark.parametrize(
    ("heading", "rows", "said"),
    [
        # column headings of several words, no year or capital to part them: no reader can
        # split them
        (
            "Realisatie vastgestelde begroting verschil",
            ["Verplichtingen 1.234 2.345 -1.111", "", "Uitgaven 1.111 2.222 -1.111"],
            (3, "2"),
        ),
        # single-spaced word headings over rows a minus printed apart reads two ways
        (
            "Programma Lasten Baten Saldo",
            ["Bestuur 12.345 2.345 – 10.000", "Wmo 8.000 500 – 7.500"],
            (3, "2"),
        ),
    ],
)
def test_rows_no_table_reads_are_said_at_their_line(
    heading: str, rows: list[str], said: tuple[int, str]
) -> None:
    """Lines shaped as a table's rows that no table covers are not silently lost: one
    warning at the first of them, counting them (a blank line between them does not part
    them)."""
    text = "\n".join(["Tabel 1 Uitgaven (bedragen x € 1.000)", heading, *rows, "", "Tekst."])
    _tables, _cells, warnings = _read(text)
    unread = [w for w in warnings if "look like table rows" in w.reason]
    assert [(w.line, w.reason.split()[0]) for w in unread] == [said]


def test_prose_and_read_tables_raise_no_unread_rows_warning() -> None:
    """A read table's rows, one line of prose ending in figures ("Kamerstuk 36 200"), and
    prose lines ending in a year each are no unread table."""
    text = "\n".join(
        [
            "Omschrijving 2023 2024",
            "Baten 4.100 4.200",
            "Lasten 5.350 4.000",
            "",
            "Zie Kamerstuk 36 200",
            "Het kabinet trekt geld uit in 2023",
            "en de gemeenten volgen in 2024",
        ]
    )
    tables, _cells, warnings = _read(text)
    assert len(tables) == 1
    assert not [w for w in warnings if w.reason.endswith("no table read")]


@pytest.mark.parametrize(
    "note", ["1) Inclusief de loon- en prijsbijstelling 2023.", "¹ Voorlopig 2023", "Bron: CBS"]
)
def test_a_note_under_a_table_heads_no_table(note: str) -> None:
    """b09 with a footnote under its first table: the short note line is not a heading of the
    next table (a heading with a year in it broke that table's headings: its cells were lost)."""
    text = _cells_per_line(
        "Opbouw uitgaven x € 1.000", " ",
        "2019", "2020", "2021",
        "Stand ontwerpbegroting 2019", "730.754", "683.879", "676.433",
        "Nieuwe mutaties", "– 4.379", "8.050", "16.017",
        "Stand ontwerpbegroting 2020", "726.375", "691.929", "692.450",
        note,
        "Toelichting belangrijkste nieuwe mutaties (bedragen x € 1.000)", " ",
        "2019", "2020", "2021",
        "Toezicht NVWA", "2.000", "3.000", "3.000",
        "Overige mutaties", "– 6.379", "5.050", "13.017",
    )  # fmt: skip
    tables, cells, _warnings = _read(text)
    assert len(tables) == 2 and len(cells) == 15
    assert {c["table_id"] for c in cells if c["row_label"] == "Toezicht NVWA"} == {
        tables[1]["table_id"]
    }
    assert {c["column_label"] for c in cells} == {"2019", "2020", "2021"}


def test_a_percent_note_above_the_caption() -> None:
    """c02's "(in procenten bbp)" printed on its own line above the caption: the table is in
    % bbp, not just percentages because its cells print "%"."""
    text = _cells_per_line(
        "(in procenten bbp)",
        "Tabel 4.3 Opbouw EMU-schuldquote", " ",
        "2011", "2012", "2013",
        "EMU-schuldquote primo", "62,9%", "64,7%", "65,3%",
        "EMU-tekort", "4,2%", "2,9%", "2,5%",
        "EMU-schuldquote ultimo", "64,7%", "65,3%", "66,1%",
    )  # fmt: skip
    [table], cells, _warnings = _read(text)
    assert table["unit_label"] == "% bbp" and len(cells) == 9


def test_a_source_line_under_the_table_declares_its_unit() -> None:
    """A caption without a unit, the unit said only in the source line printed under the
    table ("Bron: ...; bedragen in miljarden euro, prijspeil 2025"): the table is in mld
    euro (it had no unit), and the year in that line is no value."""
    text = _cells_per_line(
        "Tabel 2.1 Uitgavenplafonds", " ",
        "Kader", "2025", "2026",
        "Plafond Rijksbegroting", "215,8", "219,4",
        "Plafond Zorg", "102,7", "107,8",
        "Totaal plafonds", "318,5", "327,2",
        "Bron: Ministerie van Financiën; bedragen in miljarden euro, prijspeil 2025.",
    )  # fmt: skip
    [table], cells, _warnings = _read(text)
    assert table["unit_label"] == "mld euro" and table["scale_factor"] == 10**9
    assert len(cells) == 6


def test_a_line_of_prose_above_the_caption_declares_no_unit() -> None:
    """A sentence starting with "In" and naming procenten is not a note in brackets: the
    table's unit stays what its cells print."""
    text = _cells_per_line(
        "In procenten bbp daalt de schuld.",
        "Tabel 4.3 Opbouw EMU-schuldquote", " ",
        "2011", "2012", "2013",
        "EMU-schuldquote primo", "62,9%", "64,7%", "65,3%",
        "EMU-tekort", "4,2%", "2,9%", "2,5%",
        "EMU-schuldquote ultimo", "64,7%", "65,3%", "66,1%",
    )  # fmt: skip
    [table], cells, _warnings = _read(text)
    assert table["unit_label"] != "% bbp" and len(cells) == 9


@pytest.mark.parametrize(
    "sentence",
    [
        "Alle bedragen in euro's zijn afgerond.",  # a sentence about the amounts, no note
        "De uitgaven in euro per inwoner stijgen.",
    ],
)
def test_a_sentence_naming_euros_declares_no_unit(sentence: str) -> None:
    """Only a note that is nothing but "(bedragen) in €|euro('s)" says a table is in euros
    as they are; a sentence that names euros says nothing about the table's scale."""
    assert read_unit(sentence, 1) is None


def test_euros_declared_in_a_heading_lines_corner_are_the_tables_unit() -> None:
    """A jaarrekening's table (-layout) declares its whole euros in the corner of its top
    heading line, a column's padding after the note ("Bedragen in euro's   Saldo   ..."):
    the note ends there as at a line's end. Read as running on into the headings, it
    declared nothing and the table had no unit."""
    ends = (52, 68, 84)
    text = "\n".join(
        [
            "Voorzieningen",
            "",
            _printed("Bedragen in euro's", ends, "Saldo", "Dotaties", "Saldo"),
            _printed("", ends, "1-1-2023", "2023", "31-12-2023"),
            _printed("Voorziening wethouderspensioenen", ends, "4.812.300", "318.700", "5.131.000"),
            _printed("Voorziening groot onderhoud", ends, "1.207.450", "96.000", "1.303.450"),
            _printed("Totaal voorzieningen", ends, "6.019.750", "414.700", "6.434.450"),
        ]
    )
    [table], cells, _warnings = _read(text)
    assert (table["unit_label"], table["scale_factor"]) == ("euro", 1)
    eur = {c["value_text"]: c["value_eur"] for c in cells}
    assert eur["318.700"] == 318_700


def test_euros_named_in_a_line_going_on_one_space_apart_declare_no_unit() -> None:
    """The near form: "in euro's" at a line's start going on one space apart ("In euro's
    gemeten ...") is a sentence's, as before: only a column's padding ends the note."""
    assert read_unit("In euro's gemeten stijgen de lasten", 1) is None
    assert read_unit("Bedragen in euro's 2023", 1) is None


def test_euros_declared_for_rates_in_a_heading_lines_corner_are_the_tables_unit() -> None:
    """A municipality's table of rates (-layout) declares them in euros in the corner of its
    heading line, a column's padding after it ("Tarieven in euro's   2024   2025"), its
    figures in cents: whole euros, as "Bedragen in euro's" says. Read as no note, the table
    had no unit."""
    ends = (58, 72)
    text = "\n".join(
        [
            "Tabel 3 Woonlasten eenpersoonshuishouden",
            "",
            _printed("Tarieven in euro's", ends, "2024", "2025"),
            _printed("Rioolheffing gebruiker", ends, "187,40", "195,20"),
            _printed("Afvalstoffenheffing eenpersoonshuishouden", ends, "301,12", "318,55"),
            _printed("Totaal", ends, "488,52", "513,75"),
        ]
    )
    [table], cells, _warnings = _read(text)
    assert (table["unit_label"], table["scale_factor"]) == ("euro", 1)
    assert {c["value_text"]: c["value_eur"] for c in cells}["195,20"] == Decimal("195.2")


def test_rates_named_in_euros_in_a_sentence_declare_no_unit() -> None:
    """The near form: "Tarieven in euro's" going on one space apart is a sentence's
    ("Tarieven in euro's zijn afgerond"), and a note naming no rates nor amounts ("Woonlasten
    in euro's") is none of this form, as before."""
    assert read_unit("Tarieven in euro's zijn afgerond op hele centen", 1) is None
    assert read_unit("Woonlasten in euro's", 1) is None


@pytest.mark.parametrize(
    "line",
    [
        "In euro's  gemeten is het tekort hoger dan verwacht.",
        "In euro  komt dit neer op een stijging.",
        "(in euro's   Stand",
    ],
)
def test_euros_named_in_justified_prose_or_an_open_bracket_declare_no_unit(line: str) -> None:
    """Justified prose (-layout) sets its words two or three spaces apart: "in euro's" at a
    line's start, words in lower case after such a gap, is a sentence's, no heading line's
    corner; and a note opened by a bracket ends at its close, not at a gap."""
    assert read_unit(line, 1) is None


def test_euros_in_a_corner_over_headings_set_close_or_words_set_wide_are_the_unit() -> None:
    """Near form: the corner's note before headings of capitals or figures a narrow padding
    apart, or before any words a wide padding apart, declares whole euros."""
    assert read_unit("Bedragen in euro's   Saldo   Dotaties   2023", 1) is not None
    wide = read_unit("Bedragen in euro's          Stand per 1 januari   Mutaties", 1)
    assert wide is not None and (wide.label, wide.factor) == ("euro", 1)


def test_a_table_in_euros_gets_its_values_as_euros() -> None:
    text = _cells_per_line(
        "Tabel 2 Lokale heffingen (bedragen in €)", "2023", "2024",
        "Onroerendezaakbelasting", "312", "330",
        "Afvalstoffenheffing", "288", "295",
    )  # fmt: skip
    [table], cells, warnings = _read(text)
    assert (table["unit"], table["unit_label"], table["scale_factor"]) == ("EUR", "euro", 1)
    assert [c["value_eur"] for c in cells] == [312, 330, 288, 295] and not warnings


def test_two_empty_lines_between_cells() -> None:
    """b10 printed with two empty lines between cells: a row of a label, a text cell and one
    value spreads its values nine lines apart, and they must still read as a table."""
    text = "\n\n\n".join(
        [
            "Tabel 1 Overzicht maatregelen (bedragen x € 1.000)",
            "Naam begroting", "Vindplaats", "2021",
            "2e Incidentele suppletoire begroting 2020", "Kamerstukken II 2019/20, 35544, nr. 1",
            "160.000",
            "Nota van Wijziging ontwerpbegroting 2021", "Kamerstukken II 2020/21, 35570 B, nr. 3",
            "396.897",
            "Incidentele suppletoire begroting 2021", "Kamerstukken II 2020/21, 35679, nr. 1",
            "19.000",
        ]
    )  # fmt: skip
    [table], cells, _warnings = _read(text)
    assert [c["value"] for c in cells] == [160000, 396897, 19000]
    assert {c["column_label"] for c in cells} == {"2021"}
    assert table["unit_label"] == "x € 1.000"


@pytest.mark.parametrize("mark", ["", " 1)", "*", "¹"])
def test_a_footnote_mark_after_a_top_label(mark: str) -> None:
    """a03 with "Verplichtingen 1)": still a top row, so Uitgaven (equal to it) is not its part."""
    text = _cells_per_line(
        "Tabel 95.1 Budgettaire gevolgen (bedragen x € 1.000)", " ",
        "2023", "2024",
        f"Verplichtingen{mark}", "100", "110",
        f"Uitgaven{mark}", "100", "110",
        "Subsidies", "60", "70",
        "Opdrachten", "40", "40",
        f"Ontvangsten{mark}", "5", "5",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    assert _parents(cells) == {
        f"Verplichtingen{mark}": None,
        f"Uitgaven{mark}": None,
        "Subsidies": f"Uitgaven{mark}",
        "Opdrachten": f"Uitgaven{mark}",
        f"Ontvangsten{mark}": None,
    }


def test_several_tables_on_one_page_get_distinct_deterministic_ids() -> None:
    """b07: two tables without a 'Tabel N' caption, each with its own headings."""
    one = _cells_per_line(
        "I De Koning: UITGAVEN", " ", "2021", "2022",
        "Stand 2021", "45,7", "47,2", "Mutaties", "1,1", "1,0", "Stand 2022", "46,8", "48,2",
    )  # fmt: skip
    two = _cells_per_line(
        "I DE KONING: ONTVANGSTEN", " ", "2021", "2022",
        "Stand 2021", "0,1", "0,1", "Mutaties", "0,2", "0,0", "Stand 2022", "0,3", "0,1",
    )  # fmt: skip
    text = one + "\n\n" + two
    tables, cells, _warnings = _read(text)
    assert [t["table_id"] for t in tables] == ["page:tabel-l1", "page:tabel-l27"]
    assert _read(text)[1] == cells
    assert _parents(cells)["Mutaties"] == "Stand 2022"


# --- cell values ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("309 905", Decimal(309905)),
        ("1.068,2", Decimal("1068.2")),
        ("– 26.605", Decimal(-26605)),
        ("‒ 12.557", Decimal(-12557)),
        ("−5", Decimal(-5)),
        ("-15.129", Decimal(-15129)),
        ("–202", Decimal(-202)),
        ("-/- 1.250", Decimal(-1250)),
        ("-/-87,5", Decimal("-87.5")),
        ("1.250 -/-", Decimal(-1250)),
        ("1.104,2a", Decimal("1104.2")),
        ("12a", None),
        ("€ – 5,7", Decimal("-5.7")),
        ("€ -5.000", Decimal(-5000)),
        ("64,7 %", Decimal("64.7")),
        ("64,7%", Decimal("64.7")),
        ("15,5%%", Decimal("15.5")),
        ("€ 650,00", Decimal(650)),
        ("€ 12,5 mln", Decimal("12.5")),
        ("-€ 18,3 mln", Decimal("-18.3")),
        ("€ 2 mld", Decimal(2)),
        ("€12mln", Decimal(12)),
        ("12,5 mln", None),
        ("...", None),
        ("n.v.t.", None),
    ],
)
def test_cell_values(text: str, value: Decimal | None) -> None:
    assert parse_value(text) == value


def test_cells_printing_currency_and_scale_are_values_in_that_unit() -> None:
    """A Kamerbrief's table prints no unit line: every cell carries its currency and scale
    ("€ 12,5 mln", the minus before the euro sign: "-€ 4,0 mln"), one per line without blank
    lines. The figure is the value, the word the unit ("mln euro", in euros times a
    million); a "PM" beside them prints no figure. No cell was read: no table. A cell
    printing another scale than the others says its own ("€ 1,1 mld" beside "€ 800 mln")."""
    text = "\n".join(
        [
            "In de tabel hieronder staan de financiële gevolgen en de dekking.",
            "Tabel Financiële gevolgen",
            *("Maatregel", "2026", "2027", "Structureel"),
            *("Verlaging eigen bijdrage", "€ 4,0 mln", "€ 4,5 mln", "€ 4,5 mln"),
            *("Extra inzet wijkteams", "€ 1,5 mln", "€ 2,0 mln", "PM"),
            *("Dekking: onderuitputting", "-€ 5,5 mln", "-€ 6,5 mln", "-€ 4,5 mln"),
            "Met deze dekking is de maatregel budgettair neutraal.",
        ]
    )
    [table], cells, warnings = _read(text)
    assert (table["unit_label"], table["scale_factor"]) == ("mln euro", 10**6)
    by_place = {(c["row_label"], c["column_label"]): c for c in cells}
    cell = by_place[("Dekking: onderuitputting", "2027")]
    assert (cell["value_text"], cell["value"], cell["value_eur"]) == (
        "-€ 6,5 mln",
        -6.5,
        -6_500_000,
    )
    pm = by_place[("Extra inzet wijkteams", "Structureel")]
    assert (pm["value"], pm["value_eur"]) == (None, None)
    assert len(cells) == 9 and not warnings
    scales = "\n".join(
        [
            *("Tabel Gevolgen", "Maatregel", "2026", "2027"),
            *("Maatregel A", "€ 800 mln", "€ 1,1 mld", "Maatregel B", "€ 300 mln", "€ 400 mln"),
        ]
    )
    _tables, cells, _warnings = _read(scales)
    assert {c["value_text"]: c["value_eur"] for c in cells} == {
        "€ 800 mln": 800_000_000, "€ 1,1 mld": 1_100_000_000,
        "€ 300 mln": 300_000_000, "€ 400 mln": 400_000_000,
    }  # fmt: skip
    headlines = "\n".join(
        [
            *("Prinsjesdag 2025 in cijfers", "16 september 2025", ""),
            *("€ 4,2 mld", "Zoveel gaat er volgend jaar naar defensie en veiligheid.", ""),
            *("1,8%", "De verwachte groei van de economie volgend jaar.", ""),
            *("320.000", "Huishoudens die een hogere huurtoeslag krijgen dan dit jaar."),
        ]
    )  # a headline's figure over its sentence, among figures printed bare: no table
    assert _read(headlines)[:2] == ([], [])


def test_figures_printing_currency_and_scale_are_cells_of_a_row_printed_on_one_line() -> None:
    """The same letter's table by a PDF's text layer, one row per line: "€ 4,0 mln" is one
    cell, a "PM" too, under years and a word column ("Structureel"), whose heading is
    found above the rows no table read. No table was read, nor were the rows said."""
    text = "\n".join(
        [
            "Tabel Financiële gevolgen",
            "",
            "Maatregel                               2026          2027   Structureel",
            "Verlaging eigen bijdrage           € 4,0 mln     € 4,5 mln     € 4,5 mln",
            "Extra inzet wijkteams              € 1,5 mln     € 2,0 mln            PM",
            "Dekking: onderuitputting          -€ 5,5 mln    -€ 6,5 mln    -€ 4,5 mln",
            "Saldo                              € 0,0 mln     € 0,0 mln     € 0,0 mln",
        ]
    )
    [table], cells, warnings = _read(text)
    assert (table["unit_label"], table["scale_factor"]) == ("mln euro", 10**6) and not warnings
    grid = _grid(cells)
    assert grid[("Dekking: onderuitputting", "Structureel")] == "-€ 4,5 mln"
    assert grid[("Extra inzet wijkteams", "Structureel")] == "PM" and len(cells) == 12
    eur = {c["value_text"]: c["value_eur"] for c in cells}
    assert eur["-€ 6,5 mln"] == -6_500_000 and eur["PM"] is None
    assert _parents(cells)["Extra inzet wijkteams"] == "Saldo"


def test_no_figure_cells_keep_their_text() -> None:
    text = _cells_per_line(
        "Tabel 5 Kerncijfers (x € 1.000)", "2023", "2024",
        "Subsidies", "...", "120", "Leningen", "n.v.t.", "80",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    empty = [(c["row_label"], c["value_text"], c["value"]) for c in cells if c["value"] is None]
    assert empty == [("Subsidies", "...", None), ("Leningen", "n.v.t.", None)]


def test_a_sentence_declaring_the_unit_does_not_title_the_table() -> None:
    """A begrotingsstaat (review finding): the sentence "De vaststelling ... geschiedt in
    duizenden euro's." above the caption declares the unit; the caption names the table."""
    text = _cells_per_line(
        "De vaststelling van de begrotingsstaat geschiedt in duizenden euro's.",
        "Begrotingsstaat van het Ministerie van Sociale Zaken (XV) (bedragen x € 1.000)",
        "Verplichtingen", "Uitgaven",
        "Arbeidsmarkt", "419.887", "402.515",
        "Bijstand", "12.300", "12.100",
    )  # fmt: skip
    [table], _cells, _warnings = _read(text)
    assert table["title"].startswith("Begrotingsstaat van het Ministerie")


def test_a_code_column_between_the_label_and_the_values_holds_no_values() -> None:
    """A Voorjaarsnota's departmental mutations (review finding): an "Art.nr." column after
    the label prints "33", "37" or "div."; it was read as the first year's value and the
    rows lost their last value or were split in two."""
    text = _cells_per_line(
        "Tabel 40 Uitgavenmutaties (bedragen x € 1 mln)", " ", "Art.nr.", "2024", "2025", "2026",
        "Stand ontwerpbegroting 2024", " ", "17.101,2", "16.888,4", "16.520,0",
        "1. Versterking strafrechtketen", "33", "45,0", "60,0", "60,0",
        "2. Kasschuif asielketen", "37", "– 120,0", "80,0", " ",
        "3. Diverse kleine mutaties", "div.", "2,1", "– 0,4", "0,0",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("1. Versterking strafrechtketen", "2026")] == "60,0"
    assert grid[("2. Kasschuif asielketen", "2024")] == "– 120,0"
    assert grid[("3. Diverse kleine mutaties", "2025")] == "– 0,4"
    assert "div." not in {c["row_label"] for c in cells}


def test_a_code_columns_empty_cell_before_the_values_shifts_no_value() -> None:
    """A mutation table on a rijksfinancien page (review8 g03): "Art." between the label
    and the years, a stand's code cell empty (" "), and its last year left empty too (" "
    under 2030). The empty cell before the values is the code's: the stand's four values
    are 2026-2029. They were read one column right (2026 under 2027, ..., 2029 under
    2030)."""
    text = _cells_per_line(
        "Tabel 2 Beleidsmatige mutaties (bedragen x € 1 mln)", "Uitgaven", "Art.",
        "2026", "2027", "2028", "2029", "2030",
        "Stand ontwerpbegroting 2025", " ", "612,4", "598,0", "598,0", "598,0", " ",
        "Hogere terugontvangsten uit afrekeningen", "3", "42,5", "10,0", "0,0", "0,0", "0,0",
        "Overige mutaties", "div.", "-3,1", "0,4", "0,4", "0,4", "598,4",
        "Stand ontwerpbegroting 2026", " ", "651,8", "608,4", "598,4", "598,4", "1.196,8",
    )  # fmt: skip
    _tables, cells, warnings = _read(text)
    stand = {c["column_label"]: c["value_text"] for c in cells if c["row_label"].endswith("2025")}
    assert stand == {"2026": "612,4", "2027": "598,0", "2028": "598,0", "2029": "598,0"}
    grid = _grid(cells)
    assert grid[("Hogere terugontvangsten uit afrekeningen", "2026")] == "42,5"
    assert grid[("Overige mutaties", "2030")] == "598,4" and not warnings


def test_date_and_evaluation_columns_after_the_years_hold_no_values() -> None:
    """A subsidy overview on a rijksfinancien page (review8 g10): an "Art." code before
    each name, four year columns, then "Laatste evaluatie", "Volgende evaluatie" and
    "Vervaldatum", whose years, "n.v.t." and dates are no values. The years were read as
    values, every value one column right, and each date as a row heading the next one."""
    text = _cells_per_line(
        "Tabel 62 Overzicht subsidieregelingen", "Bedragen x € 1.000", "Art.",
        "Naam subsidie(regeling)", "2026", "2027", "2028", "2029",
        "Laatste evaluatie", "Volgende evaluatie", "Vervaldatum",
        "1", "Regionale ontwikkelingsmaatschappijen", "18.200", "18.200", "18.200", "18.200",
        "2022", "2027", "1-1-2028",
        "2", "Borgstelling MKB-kredieten", "41.350", "39.800", "38.200", "38.200",
        " ", " ", " ",
        "3", "Innovatiekrediet", "64.120", "58.400", "52.100", "52.100",
        "2021", "2026", "1-7-2027",
        "4", "Regeling ondernemerschap Caribisch Nederland", "1.850", "1.850", "0", "0",
        "n.v.t.", "2027", "31-12-2027",
        " ", "Totaal", "125.520", "118.250", "108.500", "108.500", " ", " ", " ",
    )  # fmt: skip
    [table], cells, _warnings = _read(text)
    assert table["unit_label"] == "x € 1.000"
    assert {c["column_label"] for c in cells} == {"2026", "2027", "2028", "2029"}
    grid = _grid(cells)
    assert grid[("2 Borgstelling MKB-kredieten", "2026")] == "41.350"
    # the next row's code after a row whose text cells are all empty is its code
    assert grid[("3 Innovatiekrediet", "2029")] == "52.100"
    assert grid[("4 Regeling ondernemerschap Caribisch Nederland", "2029")] == "0"
    assert grid[("Totaal", "2029")] == "108.500" and len(cells) == 20
    assert {c["parent_row_label"] for c in cells if c["row_label"] != "Totaal"} == {"Totaal"}


def test_headings_that_say_their_columns_unit_head_their_columns() -> None:
    """Zorguitgaven per sector (review finding): "Uitgaven 2025 (mld euro)" and "Aandeel
    (%)" are headings that say their column's unit; the second was taken for a unit note
    and the table read as nothing. Each column keeps its own unit."""
    text = _cells_per_line(
        "Tabel 1.3 Zorguitgaven naar sector", " ", "Uitgaven 2025 (mld euro)", "Aandeel (%)",
        "Ziekenhuiszorg", "33,4", "31,5",
        "Langdurige zorg", "72,6", "68,5",
        "Totaal", "106,0", "100,0",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    by_column = {c["column_label"]: c for c in cells if c["row_label"] == "Ziekenhuiszorg"}
    money, share = by_column["Uitgaven 2025 (mld euro)"], by_column["Aandeel (%)"]
    assert (money["value_eur"], share["unit"], share["value_eur"]) == (
        33_400_000_000,
        "percent",
        None,
    )


def test_an_article_code_under_the_last_heading_is_no_value_of_it() -> None:
    """A begrotingsstaat without a total row first (review finding): "Ontvangsten" / "1" /
    "Arbeidsmarkt" / values: the "1" is the first row's article code, so "Ontvangsten" is
    the last heading, not a row of value 1 heading every row under it."""
    text = _cells_per_line(
        "Begrotingsstaat (bedragen x € 1.000)",
        "Art.", "Omschrijving", "Verplichtingen", "Uitgaven", "Ontvangsten",
        "1", "Arbeidsmarkt", "419.887", "402.515", "122.300",
        "2", "Bijstand", "7.652.300", "7.650.114", "118.902",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    assert _grid(cells)[("1 Arbeidsmarkt", "Ontvangsten")] == "122.300"
    assert {c["column_label"] for c in cells} == {"Verplichtingen", "Uitgaven", "Ontvangsten"}
    assert _parents(cells)["2 Bijstand"] is None


def test_a_caption_over_two_years_is_no_row_of_the_years() -> None:
    """Review finding: a section heading, an article heading, then a caption without
    "Tabel" over "2024" / "2025": the caption was read as a row of the years and the two
    headings above it as the columns. Years alone after a text head the table."""
    text = _cells_per_line(
        "Algemene Zaken", "Artikel 1 Voorlichting", "Uitgaven voorlichting (x € 1.000)", " ",
        "2024", "2025",
        "Campagnes", "1.200", "1.350",
        "Onderzoek", "300", "310",
    )  # fmt: skip
    [table], cells, _warnings = _read(text)
    assert (table["title"], table["unit_label"]) == (
        "Uitgaven voorlichting (x € 1.000)",
        "x € 1.000",
    )
    assert _grid(cells) == {
        ("Campagnes", "2024"): "1.200",
        ("Campagnes", "2025"): "1.350",
        ("Onderzoek", "2024"): "300",
        ("Onderzoek", "2025"): "310",
    }


def test_headings_without_a_year_before_a_run_of_years_head_columns_too() -> None:
    """A suppletoire begroting's table (review finding): "Stand vastgestelde begroting",
    "Mutaties 1e suppletoire begroting", then "Mutatie 2025", "Mutatie 2026". The two
    headings of a year were taken for the table's only columns and rows of four values
    read as nothing: where the rows print more values than the run of years, the headings
    before it head columns too."""
    text = _cells_per_line(
        "Budgettaire gevolgen van beleid (bedragen x € 1.000)", " ",
        "Stand vastgestelde begroting", "Mutaties 1e suppletoire begroting",
        "Mutatie 2025", "Mutatie 2026",
        "Uitgaven", "100", "5", "3", "3",
        "Ontvangsten", "10", "0", "0", "0",
    )  # fmt: skip
    _tables, cells, warnings = _read(text)
    assert not warnings
    grid = _grid(cells)
    assert grid[("Uitgaven", "Mutaties 1e suppletoire begroting")] == "5"
    assert grid[("Ontvangsten", "Mutatie 2026")] == "0"
    assert len(cells) == 8


def test_a_footnote_column_after_the_values_holds_no_values() -> None:
    """A jaarverslag's "Voetnoot" column: its numbers refer to notes, they are no values,
    and a row without a note (a placeholder there) and the last row (its note the page's
    last line) are read like the others (review findings)."""
    text = _cells_per_line(
        "Tabel 9 Budgettaire gevolgen van beleid (bedragen x € 1.000)", " ",
        "Realisatie 2023", "Vastgestelde begroting 2023", "Verschil 2023", "Voetnoot",
        "Verplichtingen", "3.102.118", "3.021.000", "81.118", "1",
        "Uitgaven", "3.088.904", "3.030.500", "58.404", " ",
        "Ontvangsten", "41.880", "40.000", "1.880", "2",
    )  # fmt: skip
    _tables, cells, warnings = _read(text)
    assert not warnings
    assert {c["column_label"] for c in cells} == {
        "Realisatie 2023",
        "Vastgestelde begroting 2023",
        "Verschil 2023",
    }
    assert _grid(cells)[("Ontvangsten", "Verschil 2023")] == "1.880"


def test_a_municipal_voordeel_nadeel_column_holds_no_values() -> None:
    """A municipal jaarstukken table (review finding): a "V/N" column after the difference
    prints "V" or "N" (voordeel, nadeel); its letter was glued to the next row's label and
    every column shifted. It is a text column."""
    text = _cells_per_line(
        "Wat heeft het gekost?", "Bedragen x € 1.000",
        "Begroting 2024", "Realisatie 2024", "Verschil", "V/N",
        "Taakveld 6.1 Samenkracht", "3.980", "3.702", "278", "V",
        "Taakveld 6.71 Maatwerk 18+", "10.455", "11.030", "– 575", "N",
        "Totaal lasten", "14.435", "14.732", "– 297", "N",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert {c["column_label"] for c in cells} == {"Begroting 2024", "Realisatie 2024", "Verschil"}
    assert grid[("Taakveld 6.71 Maatwerk 18+", "Verschil")] == "– 575"
    assert grid[("Totaal lasten", "Begroting 2024")] == "14.435"


def test_a_unit_column_holds_no_values() -> None:
    """Miljoenennota key figures (review finding): an "Eenheid" column prints each row's
    unit ("% bbp", "mld euro") between the label and the years; it is text, no values,
    the rows' labels stay their own, and each row takes the unit it prints (the table's is
    "mixed")."""
    text = _cells_per_line(
        "Tabel 1.1 Kerngegevens economie", " ", "Eenheid", "2024", "2025",
        "Werkloosheid", "% beroepsbevolking", "3,7", "3,9",
        "EMU-saldo", "% bbp", "– 2,0", "– 2,5",
        "Collectieve uitgaven", "mld euro", "491,3", "518,6",
    )  # fmt: skip
    [table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert (grid[("Werkloosheid", "2025")], grid[("EMU-saldo", "2024")]) == ("3,9", "– 2,0")
    assert len(cells) == 6 and table["unit"] == "mixed"
    units = {c["row_label"]: (c["unit_label"], c["value_eur"]) for c in cells}
    assert units["EMU-saldo"] == ("% bbp", None)
    assert units["Werkloosheid"] == ("%", None)
    assert units["Collectieve uitgaven"] == ("mld euro", 518_600_000_000)


def test_pro_memorie_and_a_committed_share_without_placeholder() -> None:
    """ "p.m." (an amount not yet known) is a cell without a value, as "n.v.t." is; a
    "waarvan juridisch verplicht" percentage printed without placeholders stands under the
    budget year (review findings), wherever the table starts: a begroting for 2026 prints
    2025 first; where no column names the budget year it is left out with a warning (it
    was put under the first column whatever its year)."""
    text = _cells_per_line(
        "Tabel 6 Budgettaire gevolgen van beleid (bedragen x € 1.000)", " ",
        "2025", "2026", "2027",
        "Uitgaven", "1.200", "p.m.", "PM",
        "Waarvan juridisch verplicht (in %)", "87,5%",
        "Subsidies", "1.200", "p.m.", "PM",
        "Bijdragen", "800", "nnb", "n.n.b.",
    )  # fmt: skip
    _tables, cells, warnings = _read(text, budget_year=2026)
    assert not warnings
    grid = _grid(cells)
    assert (grid[("Uitgaven", "2026")], grid[("Subsidies", "2027")]) == ("p.m.", "PM")
    assert grid[("Bijdragen", "2025")] == "800"  # "nnb": nog niet bekend, no figure either
    marked = ("p.m.", "PM", "nnb", "n.n.b.")
    assert {c["value"] for c in cells if c["value_text"] in marked} == {None}
    assert grid[("Waarvan juridisch verplicht (in %)", "2026")] == "87,5%"
    for year in (2024, None):
        _tables, cells, warnings = _read(text, budget_year=year)
        assert not [c for c in cells if c["value_text"] == "87,5%"]
        assert any("one share committed" in w.reason for w in warnings)


@pytest.mark.parametrize(
    ("printed", "decimals"),
    [("– 5,9", 1), ("62,9 %", 1), ("1.068,25", 2), ("1.250", 0), ("14 617", 0), ("n.v.t.", 0)],
)
def test_the_decimals_a_figure_prints(printed: str, decimals: int) -> None:
    """The precision rows are compared by and sums hold to: one reading for both."""
    assert printed_decimals(printed) == decimals


# --- units ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "label", "factor"),
    [
        ("(x € 1 000)", "x € 1.000", 1_000),
        ("Budgettaire gevolgen (bedragen x € 1.000)", "x € 1.000", 1_000),
        ("Overzicht (in € 1 000)", "x € 1.000", 1_000),
        ("Uitgaven (bedragen * € 1.000)", "x € 1.000", 1_000),
        ("Bedragen in EUR 1.000", "x € 1.000", 1_000),
        ("bedragen x 1.000", "x € 1.000", 1_000),
        ("Bedragen x € 1 mln", "x € 1 mln", 10**6),
        ("(bedragen x € 1 miljoen)", "x € 1 mln", 10**6),
        ("(x € 1 mld)", "x € 1 mld", 10**9),
        ("(in miljoenen euro)", "mln euro", 10**6),
        ("In miljoenen euro's", "mln euro", 10**6),
        ("bedragen in mln euro", "mln euro", 10**6),
        ("(in miljarden euro, min = onderschrijding)", "mld euro", 10**9),
        ("Verschil 2028-2023 in mld.", "mld euro", 10**9),
        # the multiplication sign, prefixes of the currency, and other scale words
        ("Budgettaire gevolgen van beleid (× € 1.000)", "x € 1.000", 1_000),
        ("Uitgaven (× € 1 mln)", "x € 1 mln", 10**6),
        ("Uitgaven (x k€)", "x € 1.000", 1_000),
        ("Uitgaven (in k€)", "x € 1.000", 1_000),
        ("bedragen in K€", "x € 1.000", 1_000),
        ("Uitgaven (bedragen in kEUR)", "x € 1.000", 1_000),
        ("Uitgaven (k€)", "x € 1.000", 1_000),
        ("Uitgaven (x MEUR)", "x € 1 mln", 10**6),
        ("Uitgaven (in M€)", "mln euro", 10**6),
        ("Uitgaven (in mio €)", "mln euro", 10**6),
        ("Uitgaven (x € 1 mio)", "x € 1 mln", 10**6),
        ("Bedragen in € mio.", "mln euro", 10**6),
        # euros as they are (a municipality's budget), the note alone or in brackets
        ("Baten en lasten (bedragen in €)", "euro", 1),
        ("Bedragen in euro's", "euro", 1),
        ("(in euro)", "euro", 1),
        # the typesetter's apostrophe, as a PDF's text layer prints it
        ("Lasten per taakveld (in euro’s)", "euro", 1),
        ("Bedragen in miljoenen euro’s", "mln euro", 10**6),
        # amounts in millions: money, in the budget's currency
        ("(bedragen in miljoenen)", "mln euro", 10**6),
        ("Bedragen in duizenden", "x € 1.000", 1_000),
    ],
)
def test_unit_forms(printed: str, label: str, factor: int) -> None:
    unit = read_unit(printed, 1)
    assert unit is not None and (unit.label, unit.kind, unit.factor) == (label, "EUR", factor)


def test_a_scale_prefix_counts_in_its_case() -> None:
    """ "k€" and "K€" are thousands, "M€" millions; "m€" (milli or mega?) and the Dutch word
    "keur" declare nothing."""
    assert read_unit("(x K€)", 1).factor == 1_000
    assert read_unit("(x M€)", 1).factor == 10**6
    for text in ("Uitgaven (x m€)", "Producten met het keur van de inspectie"):
        assert read_unit(text, 1) is None, text


@pytest.mark.parametrize(
    ("printed", "label", "factor"),
    [
        ("Aantal uitkeringen (x 1.000)", "x 1.000", 1_000),
        ("Tabel 3 Leerlingen en studenten (x 1.000)", "x 1.000", 1_000),
        ("Werkgelegenheid (x 1.000 personen)", "x 1.000", 1_000),
        ("Woningvoorraad: woningen (in 1.000)", "x 1.000", 1_000),
        ("Waterverbruik (x 1 mln m3)", "x 1 mln", 10**6),
        # what it counts printed right after the note, whatever the caption's other words
        ("Tabel 4 Volumeontwikkeling (x 1.000 uitkeringsjaren)", "x 1.000", 1_000),
        ("Uitgaven en volumes (x 1.000 uitkeringsjaren)", "x 1.000", 1_000),
        ("Bezetting x 1.000 vte", "x 1.000", 1_000),
    ],
)
def test_a_scale_note_without_currency_beside_a_count_counts(
    printed: str, label: str, factor: int
) -> None:
    """ "(x 1.000)" prints no currency: beside what a table counts it scales the count, and
    the values are never taken as euros."""
    unit = read_unit(printed, 1)
    assert unit is not None and (unit.label, unit.kind, unit.factor) == (label, "count", factor)


@pytest.mark.parametrize(
    "printed",
    [
        "Kosten per fte (x 1.000)",
        "Uitgaven per leerling (x 1.000)",
        "Aantal en bedragen x 1.000",
        "Inhuur fte (in kEUR)",  # the currency in the prefixed code names money
        "Aantal fte (MEUR)",
        "Aantallen (bedragen x 1.000 euro)",  # the word after the note is the currency
        "Aantal en bedragen (x 1.000, tenzij anders vermeld)",
    ],
)
def test_a_count_word_beside_money_leaves_the_note_in_euros(printed: str) -> None:
    unit = read_unit(printed, 1)
    assert unit is not None and unit.kind == "EUR" and unit.factor in (1_000, 10**6)
    assert read_unit("Aantal uitkeringen (x 1.000)", 1).kind == "count"
    assert read_unit("Aantal keurmerken (x 1.000)", 1).kind == "count"


def test_a_count_table_gets_no_euros() -> None:
    text = _cells_per_line(
        "Tabel 5 Aantal uitkeringen (x 1.000)", " ",
        "2023", "2024",
        "WW", "250", "260",
        "Bijstand", "420", "430",
        "Totaal", "670", "690",
    )  # fmt: skip
    [table], cells, _warnings = _read(text)
    assert (table["unit"], table["unit_label"], table["scale_factor"]) == (
        "count",
        "x 1.000",
        1_000,
    )
    assert {c["unit"] for c in cells} == {"count"}
    assert all(c["value_eur"] is None for c in cells)


def test_a_count_table_naming_what_it_counts_after_its_note_gets_no_euros() -> None:
    """A volume table on a rijksfinancien page (review8 g14): "(x 1.000 uitkeringsjaren)",
    no currency, what it counts printed right after the scale. It was read as x € 1.000,
    counts stored as euros."""
    text = _cells_per_line(
        "Tabel 4 Volumeontwikkeling (x 1.000 uitkeringsjaren)", " ",
        "2024", "2025",
        "AOW", "3.612", "3.668",
        "WW", "168", "181",
        "Totaal", "3.780", "3.849",
    )  # fmt: skip
    [table], cells, _warnings = _read(text)
    assert (table["unit"], table["unit_label"]) == ("count", "x 1.000")
    assert all(c["value_eur"] is None for c in cells) and len(cells) == 6


def test_a_caption_in_fte_says_the_table_counts_fte() -> None:
    """A formation table's caption says its unit in brackets, "(in fte)", as a money table's
    says "(in € 1.000)": the table counts fte, its unit is "fte" (it said none and warned)."""
    text = _cells_per_line(
        "Tabel 8 Formatie kerndepartement (in fte)", "Onderdeel",
        "Realisatie 2024", "Begroting 2025",
        "Directie A", "412,8", "431,5",
        "Directie B", "118,2", "124,7",
        "Totaal", "531,0", "556,2",
    )  # fmt: skip
    [table], cells, warnings = _read(text)
    assert (table["unit"], table["unit_label"], table["scale_factor"]) == ("count", "fte", 1)
    assert all(c["value_eur"] is None for c in cells) and len(cells) == 6
    assert not any("no unit" in w.reason for w in warnings)


@pytest.mark.parametrize(
    "printed",
    [
        "Omvang dienstverband (als deeltijdfactor in fte)",  # the bracket's last words
        "Extra handhaving openbare ruimte (2 fte)",  # a measure's size
        "Kosten per fte",
        "Formatie in fte's per directie",  # words, no note in brackets
    ],
)
def test_fte_named_otherwise_than_as_a_note_declares_no_unit(printed: str) -> None:
    assert read_unit(printed, 1) is None, printed


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("Personele uitgaven (x € 1.000) en formatie (in fte)", "x € 1.000"),
        ("Formatie (in fte) en loonsom (bedragen in mln euro)", "mln euro"),
        ("Formatie en bezetting (in fte)", "fte"),  # no scale note beside it: fte
    ],
)
def test_a_money_note_beside_an_fte_note_is_the_unit(printed: str, label: str) -> None:
    unit = read_unit(printed, 1)
    assert unit is not None and unit.label == label, printed


@pytest.mark.parametrize("formation", ["Formatie (fte)", "Formatie"])
def test_a_caption_naming_money_and_fte_keeps_the_money_rows_in_euros(formation: str) -> None:
    """A caption declaring two measures, "Personele uitgaven (x € 1.000) en formatie (in
    fte)": the money rows are in thousands of euros (the "(in fte)" note took the whole table
    for a count, the money lost); a row whose label names fte counts fte, a mixed table."""
    text = (
        "Tabel 5 Personele uitgaven (x € 1.000) en formatie (in fte)\n\n"
        "                              2024        2025\n"
        "Ambtelijk personeel          45.120      46.010\n"
        "Externe inhuur                3.250       2.900\n"
        "Totaal personele uitgaven    48.370      48.910\n"
        f"{formation:<29}   512         520\n\n"
        "De formatie groeit licht.\n"
    )
    [table], cells, _ = _read(text)
    money = [c["value_eur"] for c in cells if c["row_label"] == "Externe inhuur"]
    assert money == [3_250_000, 2_900_000]
    fte = formation.endswith("(fte)")  # the label names fte: its row counts fte
    row = [c["value_eur"] for c in cells if c["row_label"] == formation]
    assert row == ([None, None] if fte else [512_000, 520_000])
    assert table["unit_label"] == ("mixed" if fte else "x € 1.000")


def test_a_table_printing_its_euro_sign_in_every_cell_is_in_euros() -> None:
    """A municipal lastendruk table (review8 g13, reviewed w17): no unit line, "€" in every
    cell, whole euros with cents. Every row says euros: so does the table (it said none
    and warned)."""
    text = _cells_per_line(
        "Tabel 9 Lastendruk voorbeeldhuishoudens", "Huishouden", "2025", "2026",
        "Eenpersoonshuishouden, huurwoning", "€ 132,60", "€ 138,96",
        "Meerpersoonshuishouden, koopwoning met WOZ-waarde € 350.000", "€ 312,84", "€ 327,90",
    )  # fmt: skip
    [table], cells, warnings = _read(text)
    assert (table["unit"], table["unit_label"], table["scale_factor"]) == ("EUR", "euro", 1)
    assert {c["value_eur"] for c in cells if c["column_label"] == "2026"} == {
        Decimal("138.96"),
        Decimal("327.90"),
    }
    assert not any("no unit" in w.reason for w in warnings)


def test_a_second_table_under_one_caption_takes_its_unit() -> None:
    """One caption over two tables printed one under the other (review8 g03): "Tabel 2 ...
    (bedragen x € 1 mln)", an "Uitgaven" table, then right under its last row an
    "Ontvangsten" table with headings of its own and no caption or note. The second is in
    the caption's unit; it had none. A table after a line of prose keeps its own."""
    text = _cells_per_line(
        "Tabel 2 Beleidsmatige mutaties (bedragen x € 1 mln)",
        "Uitgaven", "2026", "2027",
        "Stand ontwerpbegroting 2025", "22.412,6", "22.680,4",
        "Stand ontwerpbegroting 2026", "22.533,9", "22.815,8",
        "Ontvangsten", "2026", "2027",
        "Stand ontwerpbegroting 2025", "612,4", "598,0",
        "Stand ontwerpbegroting 2026", "651,8", "608,4",
    )  # fmt: skip
    uitgaven, ontvangsten = _read(text)[0]
    assert uitgaven["unit_label"] == ontvangsten["unit_label"] == "x € 1 mln"
    prose = "De ontvangsten van het ministerie staan in de tabel hieronder."
    parted = text.replace("\n\nOntvangsten", f"\n\n{prose}\n\nOntvangsten")
    assert _read(parted)[0][1]["unit_label"] == ""


def test_the_second_side_of_a_balance_under_one_title_takes_its_unit() -> None:
    """A balance printed one row a line under one title and unit ("Balans per 31 december
    2024" / "(bedragen x € 1.000)"): the ACTIVA rows, blank lines, then the PASSIVA rows
    under a heading line of their own naming the same columns, no title nor text of their
    own. The passiva are in the title's unit; they had none (values kept without euros).
    A second table under a title of its own ("Overzicht incidentele baten") is none: its
    notes are no headings, and the first one's unit may not be its."""

    def row(label: str, *values: str) -> str:
        return label.ljust(40) + "".join(v.rjust(14) for v in values)

    def balance(second: list[str]) -> str:
        return "\n".join(
            [
                "4.2 Balans per 31 december 2024",
                "(bedragen x € 1.000)",
                "",
                row("ACTIVA", "31-12-2024", "31-12-2023"),
                row("Materiële vaste activa", "18.412", "17.950"),
                row("Liquide middelen", "2.310", "1.884"),
                row("Totaal activa", "20.722", "19.834"),
                "",
                "",
                *second,
                row("PASSIVA", "31-12-2024", "31-12-2023"),
                row("Eigen vermogen", "9.120", "8.700"),
                row("Vaste schulden", "11.602", "11.134"),
                row("Totaal passiva", "20.722", "19.834"),
            ]
        )

    activa, passiva = _read(balance([]))[0]
    assert activa["unit_label"] == passiva["unit_label"] == "x € 1.000"
    cells = _read(balance([]))[1]
    assert {c["value_eur"] for c in cells if c["row_label"] == "Totaal passiva"} == {
        20_722_000,
        19_834_000,
    }
    # a second table titled on its own is no side of the first: its notes are no headings
    columns = ["31-12-2024", "31-12-2023"]
    heading = RawTable(
        "", "", 11, 14, "row_per_line", columns=columns, notes=[(11, row("PASSIVA", *columns))]
    )
    titled = RawTable(
        "", "", 9, 14, "row_per_line", columns=columns, notes=[(9, "Overzicht passiva")]
    )
    assert tables._headings_only(heading, heading.notes)
    assert not tables._headings_only(titled, titled.notes)


def _balance_row(label: str, *values: str) -> str:
    """A balance's row as ``pdftotext -layout`` prints it: the label padded, each date's
    value right-aligned."""
    return label.ljust(40) + "".join(value.rjust(14) for value in values)


#: A balance's PASSIVA under a heading line of their own naming the ACTIVA's dates.
_PASSIVA = [
    _balance_row("PASSIVA", "31-12-2024", "31-12-2023"),
    _balance_row("Eigen vermogen", "9.120", "8.700"),
    _balance_row("Vaste schulden", "11.602", "11.134"),
    _balance_row("Totaal passiva", "20.722", "19.834"),
]


def _balance(between: list[str], under: list[str] = _PASSIVA) -> str:
    """A balance under one title and unit, its ACTIVA rows, the lines ``between``, then
    the lines ``under`` (its PASSIVA rows under a heading line of their own naming the
    same dates)."""
    return "\n".join(
        [
            "4.2 Balans per 31 december 2024",
            "(bedragen x € 1.000)",
            "",
            _balance_row("ACTIVA", "31-12-2024", "31-12-2023"),
            _balance_row("Materiële vaste activa", "18.412", "17.950"),
            _balance_row("Liquide middelen", "2.310", "1.884"),
            _balance_row("Totaal activa", "20.722", "19.834"),
            "",
            "",
            *between,
            *under,
        ]
    )


def test_the_second_side_of_a_balance_takes_the_title_over_both() -> None:
    """The PASSIVA printed right under the ACTIVA, under one title and unit, are the other
    side of one balance: named by the title over both, as they are in its unit. Their own
    lines name nothing (a heading line of the dates), and the title search stops at the
    table above: their heading line was their title ("PASSIVA 31-12-2024 31-12-2023")."""
    activa, passiva = _read(_balance([]))[0]
    assert activa["title"] == passiva["title"] == "4.2 Balans per 31 december 2024"


def test_a_second_table_under_a_caption_of_its_own_keeps_it() -> None:
    """A table under a caption of its own ("Tabel 4.3 Passiva") is no side of the one
    above: its title is its caption."""
    _activa, passiva = _read(_balance(["Tabel 4.3 Passiva", ""]))[0]
    assert passiva["title"] == "Tabel 4.3 Passiva"


def _parts_and_counts(between: list[str], corner: str) -> str:
    """A captioned table's Uitgaven part, its Ontvangsten part stacked right under it
    under a heading line of the same years, then the lines ``between`` and a third part
    of the same years headed ``corner``: counts."""
    return "\n".join(
        [
            "Tabel 4.1 Uitgaven en ontvangsten artikel 4 (bedragen x € 1.000)",
            "",
            _balance_row("Uitgaven", "2025", "2026", "2027"),
            _balance_row("Subsidies", "12.405", "12.610", "12.610"),
            _balance_row("Opdrachten", "8.330", "8.115", "7.905"),
            _balance_row("Totaal uitgaven", "20.735", "20.725", "20.515"),
            "",
            _balance_row("Ontvangsten", "2025", "2026", "2027"),
            _balance_row("Boeten", "14.405", "14.405", "14.405"),
            _balance_row("Leges", "3.118", "3.205", "3.290"),
            _balance_row("Totaal ontvangsten", "17.523", "17.610", "17.695"),
            "",
            *between,
            _balance_row(corner, "2025", "2026", "2027"),
            _balance_row("Inspecties", "4.120", "4.300", "4.300"),
            _balance_row("Opgelegde boetes", "812", "840", "850"),
            _balance_row("Bezwaarschriften", "96", "90", "90"),
            "",
            "Het aantal inspecties stijgt in 2026.",
        ]
    )


def _named(text: str) -> dict[str, tuple[str, str]]:
    """Each row label of ``text`` read as tables: its table's title and unit."""
    tables, cells, _warnings = _read(text)
    named = {t["table_id"]: (t["title"], t["unit_label"]) for t in tables}
    return {c["row_label"]: named[c["table_id"]] for c in cells}


def test_a_part_under_a_title_line_of_its_own_is_a_table_of_its_own() -> None:
    """A short line without figures set apart by blank lines from the rows above and from
    the heading line under it ("Kengetallen handhaving" over "Aantallen   2025   2026
    2027") names a table of its own, however alike its years: read as a group of the
    stacked Ontvangsten part's rows, that part and the counts were one table, named by the
    line and without the caption's unit. The Ontvangsten stay a part of the captioned
    table, under its title and unit."""
    named = _named(_parts_and_counts(["Kengetallen handhaving", ""], "Aantallen"))
    caption = "Tabel 4.1 Uitgaven en ontvangsten artikel 4 (bedragen x € 1.000)"
    assert named["Subsidies"] == named["Leges"] == (caption, "x € 1.000")
    assert named["Inspecties"] == named["Bezwaarschriften"] == ("Kengetallen handhaving", "")


def test_a_groups_name_right_over_a_parts_heading_stays_in_the_part() -> None:
    """The near form: the name printed right over the next heading line, no blank line
    between ("Overige ontvangsten" over "   2025   2026   2027"), heads a block of the
    stacked part, under the caption and its unit, as before."""
    named = _named(_parts_and_counts(["Overige ontvangsten"], ""))
    caption = "Tabel 4.1 Uitgaven en ontvangsten artikel 4 (bedragen x € 1.000)"
    assert named["Leges"] == named["Inspecties"] == (caption, "x € 1.000")


#: A municipal jaarrekening's page foot, its page number padded apart at the end.
_FOOT = "Jaarstukken 2024".ljust(40) + "Gemeente Voorbeeld".ljust(40) + "88"


def test_the_second_side_of_a_balance_past_a_page_turn_takes_its_title_and_unit() -> None:
    """The PASSIVA printed on the next page: the page's foot with its number, the next
    page's running head opening on a form feed ("Hoofdstuk 4 Jaarrekening"), set apart by a
    blank line, then their heading line; the balance's title and unit are printed only over
    the ACTIVA. The turn is the pages' layout: the passiva are still the balance's other
    side, in its unit and named by its title. The running head was their title, and they
    had no unit (values kept without euros); it is no cell either."""
    activa, passiva = _read(_balance([_FOOT, "\fHoofdstuk 4 Jaarrekening", ""]))[0]
    assert passiva["unit_label"] == "x € 1.000"
    assert passiva["title"] == activa["title"] == "4.2 Balans per 31 december 2024"
    cells = _read(_balance([_FOOT, "\fHoofdstuk 4 Jaarrekening", ""]))[1]
    assert {c["value_eur"] for c in cells if c["row_label"] == "Totaal passiva"} == {
        20_722_000,
        19_834_000,
    }
    assert not [c for c in cells if "Hoofdstuk" in c["row_label"]]


@pytest.mark.parametrize(
    "between",
    [
        # the next page opens on a caption of its own
        [_FOOT, "\fTabel 4.3 Passiva", ""],
        # no foot shows the page turning: the new page's first line may be a table's title
        ["\fOverzicht passiva", ""],
    ],
)
def test_a_table_past_a_page_turn_under_a_name_of_its_own_keeps_it(between: list[str]) -> None:
    """Past the same page's turn, a caption of its own, or the new page's first line where
    no foot shows the turn, names the table under it: no side of the balance above, its
    title its own and no unit taken from it."""
    _activa, passiva = _read(_balance(between))[0]
    assert passiva["title"] == between[-2].lstrip("\f")
    assert passiva["unit_label"] == ""


#: A page's foot printing its number alone, centred.
_BARE_FOOT = "88".rjust(40)

#: A note's table of one item of the balance, under the same dates.
_NOTE_TABLE = [
    _balance_row("Vaste activa", "31-12-2024", "31-12-2023"),
    "",
    _balance_row("Gebouwen", "12.102", "11.640"),
    _balance_row("Gronden", "6.310", "6.310"),
    _balance_row("Totaal", "18.412", "17.950"),
]


@pytest.mark.parametrize(
    "section", ["\f4.3 Toelichting op de balans", "\fToelichting op de balans"]
)
def test_a_table_under_a_section_opening_the_next_page_keeps_its_own_title(section: str) -> None:
    """Past a foot printing the page's number alone, the next page opens on a section's
    heading, set apart by a blank line as a running head is, over a table of the balance's
    dates ("Vaste activa   31-12-2024   31-12-2023"): a table of its own, named by the
    section, no unit printed. Nothing shows the heading to be a running head (it names no
    document nor the chapter above, heads no other page, prints no parts apart): taken for
    one, the table was stacked under the balance as a side of it, its title and unit."""
    _activa, note = _read(_balance([_BARE_FOOT, section, ""], _NOTE_TABLE))[0]
    assert note["title"] == section.lstrip("\f")
    assert note["unit_label"] == ""


@pytest.mark.parametrize(
    "head",
    [
        "\fJaarrekening 2024 Gemeente Voorbeeld",  # names the document with its year
        "\fHoofdstuk 4 Jaarrekening",  # names the chapter of "4.2 Balans ..."
        "\fJaarrekening".ljust(40) + "Gemeente Voorbeeld",  # parts set apart across the page
    ],
)
def test_the_second_side_past_a_bare_page_number_and_a_running_head_stays_its_side(
    head: str,
) -> None:
    """Past the same foot, a new page's first line shown to be its running head (naming the
    document, the chapter the balance stands in, or printing its parts apart) is the
    page's layout: the PASSIVA under it are the balance's other side, in its unit and under
    its title."""
    activa, passiva = _read(_balance([_BARE_FOOT, head, ""]))[0]
    assert passiva["title"] == activa["title"] == "4.2 Balans per 31 december 2024"
    assert passiva["unit_label"] == "x € 1.000"


def test_a_single_spaced_heading_line_under_a_table_takes_its_unit() -> None:
    """A municipal overview printed one space apart under one unit line ("Bedragen x €
    1.000"): the Lasten rows, then right under them a heading line of its own ("Baten
    Realisatie 2023 Begroting 2024 ...") naming the same columns, one space apart, and the
    Baten rows. The Baten are in the unit line's unit; they had none. A line of other
    words in its place is a title of its own, not a heading line."""
    years = "Realisatie 2023 Begroting 2024 Raming 2025"

    def overview(second: str) -> str:
        return "\n".join(
            [
                "Meerjarig overzicht programma's",
                "",
                "Bedragen x € 1.000",
                "",
                f"Lasten {years}",
                "Bestuur 12.410 12.880 13.020",
                "Wonen 30.112 31.004 31.550",
                "Totaal lasten 42.522 43.884 44.570",
                f"{second}",
                "Bestuur 2.130 2.210 2.250",
                "Wonen 8.044 8.310 8.400",
                "Totaal baten 10.174 10.520 10.650",
                "",
                "Het saldo wordt gedekt uit de algemene middelen.",
            ]
        )

    lasten, baten = _read(overview(f"Baten {years}"))[0]
    assert lasten["unit_label"] == baten["unit_label"] == "x € 1.000"
    columns = ["Realisatie 2023", "Begroting 2024", "Raming 2025"]
    heading = RawTable(
        "", "", 9, 12, "row_per_line", columns=columns, notes=[(9, f"Baten {years}")]
    )
    titled = RawTable(
        "", "", 9, 12, "row_per_line", columns=columns, notes=[(9, "Overzicht baten")]
    )
    assert tables._headings_only(heading, heading.notes)
    assert not tables._headings_only(titled, titled.notes)


def test_a_table_in_k_euro_gets_its_euros() -> None:
    """A caption "(x k€)" scales the cells by a thousand, and the note is its scale text."""
    text = _cells_per_line(
        "Tabel 2 Uitgaven regeling (x k€)", " ",
        "2023", "2024",
        "Subsidies", "1.200", "1.300",
        "Opdrachten", "300", "400",
        "Totaal", "1.500", "1.700",
    )  # fmt: skip
    [table], cells, _warnings = _read(text)
    assert (table["unit_label"], table["scale_factor"]) == ("x € 1.000", 1_000)
    assert table["scale_text"] == "x k€"
    euros = {(c["row_label"], c["column_label"]): c["value_eur"] for c in cells}
    assert euros[("Subsidies", "2023")] == 1_200_000


@pytest.mark.parametrize(
    "printed", ["Tabel 4.3 Opbouw EMU-schuldquote (in procenten bbp)", "in % bbp"]
)
def test_percent_of_gdp(printed: str) -> None:
    unit = read_unit(printed, 1)
    assert unit is not None and (unit.label, unit.kind, unit.factor) == ("% bbp", "percent", 1)


@pytest.mark.parametrize(
    "text",
    [
        "het kabinet trekt € 333 mln uit",
        "in 2024 1.000 inwoners",
        "Bijdrage aan medeoverheden",
        "Aantal woningen (in miljoenen)",
        "honderden miljoenen",
        "(bedragen in miljoenen Amerikaanse dollars)",
        "(bedragen in duizenden woningen)",
        "(bedragen in miljoenen, volumes in duizenden)",
    ],
)
def test_amounts_and_counts_are_no_unit(text: str) -> None:
    assert read_unit(text, 1) is None


def test_value_eur_uses_the_tables_scale_and_a_column_of_its_own() -> None:
    """c05: a table in millions whose last column is in billions."""
    text = _cells_per_line(
        "Tabel 19 Ontwikkeling (bedragen in mln euro)", " ",
        "2022", "2023", "Verschil 2028-2023 in mld.",
        "Zorg", "93.521", "103.004", "4,8",
        "Onderwijs", "51.123", "54.008", "‒ 0,9",
        "Totaal", "144.644", "157.012", "3,9",
    )  # fmt: skip
    [table], cells, _warnings = _read(text)
    assert (table["unit_label"], table["scale_factor"]) == ("mln euro", 10**6)
    euros = {(c["row_label"], c["column_label"][:4]): c["value_eur"] for c in cells}
    assert euros[("Zorg", "2022")] == 93_521_000_000
    assert euros[("Onderwijs", "Vers")] == -900_000_000
    assert all(c["value"] is not None for c in cells)


def test_a_column_heading_that_says_its_unit_is_not_the_tables_unit() -> None:
    """c05 printed without its caption: "in mld." heads one column; the other columns' unit
    is not printed, so the table has none (and no euros) rather than billions for all."""
    text = _cells_per_line(
        "Horizontale ontwikkeling per begrotingshoofdstuk", " ",
        "2022", "2023", "Verschil 2028-2023 in mld.",
        "Zorg", "93.521", "103.004", "4,8",
        "Onderwijs", "51.123", "54.008", "‒ 0,9",
        "Totaal", "144.644", "157.012", "3,9",
    )  # fmt: skip
    [table], cells, _warnings = _read(text)
    assert (table["unit_label"], table["scale_factor"]) == ("", 1)
    euros = {(c["row_label"], c["column_label"][:4]): c["value_eur"] for c in cells}
    assert euros[("Zorg", "2022")] is None
    assert euros[("Onderwijs", "Vers")] == -900_000_000


def test_no_printed_unit_is_said_and_never_euros() -> None:
    """c07: a balance sheet without a unit: values kept, no euros, a warning."""
    text = "\n".join(
        [
            "Activa 1-1-2023 1-1-2024",
            "Vaste activa",
            "Immateriële vaste activa 13.049 12.362",
            "Materiële vaste activa 133.570 135.518",
            "Totaal Vaste activa 146.619 147.880",
        ]
    )
    [table], cells, warnings = _read(text)
    assert (table["unit"], table["unit_label"], table["scale_factor"]) == (None, "", 1)
    assert all(c["value_eur"] is None for c in cells)
    assert [w.reason for w in warnings] == [
        f"table {table['table_id']}: no unit printed; values kept without euros"
    ]
    parents = _parents(cells)
    assert parents["Materiële vaste activa"] == "Vaste activa"  # the heading, not the total


def test_rows_with_their_own_unit() -> None:
    """c08: a row in euros, a row of percentages, a row of counts: the table is mixed."""
    text = _cells_per_line(
        "Algemene Indicatoren", "2015", "2016", "Toelichting",
        "Formatie: FTE per 1.000 inwoners", "7,2", "7,2",
        "Apparaatskosten per inwoner", "€ 650,00", "€ 668,00",
        "Overhead: % van totale lasten", "7,01%", "7,29%",
    )  # fmt: skip
    [table], cells, _warnings = _read(text)
    assert table["unit"] == "mixed"
    units = {c["row_label"][:8]: (c["unit"], c["value_eur"]) for c in cells}
    assert units["Apparaat"] == ("EUR", 668)
    assert units["Overhead"] == ("percent", None)
    assert units["Formatie"] == ("count", None)  # FTE counted, never euros


def test_percentages_with_a_space_before_the_sign_in_both_layouts() -> None:
    """c02 4.3 printed "62,9 %": still a percentage cell, one cell per line or one row per line."""
    per_cell = _cells_per_line(
        "Tabel 4.3 Opbouw EMU-schuldquote (in procenten bbp)", " ",
        "2011", "2012",
        "EMU-schuldquote primo", "62,9 %", "64,7 %",
        "EMU-tekort", "4,2 %", "– 2,9 %",
    )  # fmt: skip
    per_row = "\n".join(
        [
            "Tabel 4.3 Opbouw EMU-schuldquote (in procenten bbp)",
            "Omschrijving 2011 2012",
            "EMU-schuldquote primo 62,9 % 64,7 %",
            "EMU-tekort 4,2 % – 2,9 %",
        ]
    )
    for text in (per_cell, per_row):
        [table], cells, _warnings = _read(text)
        values = {(c["row_label"], c["column_label"]): c["value"] for c in cells}
        assert values == {
            ("EMU-schuldquote primo", "2011"): 62.9,
            ("EMU-schuldquote primo", "2012"): 64.7,
            ("EMU-tekort", "2011"): 4.2,
            ("EMU-tekort", "2012"): -2.9,
        }
        assert table["unit_label"] == "% bbp"


# --- hierarchy -----------------------------------------------------------------------


def test_totals_above_and_below_their_parts() -> None:
    """c01: group totals above their parts, grand totals below; 'waarvan' no summand."""
    text = _cells_per_line(
        "Tabel 2.1 Ontvangsten (in miljoenen euro)", " ", "MN", "NJN",
        "Indirecte belastingen", " ", "60", "62",
        "Omzetbelasting", " ", "50", "51",
        "Accijnzen", " ", "10", "11",
        "Directe belastingen", " ", "40", "45",
        "Loonbelasting", " ", "40", "45",
        "Totaal belastingen", " ", "100", "107",
        "Premies", " ", "30", "30",
        "waarvan zorgpremies", " ", "20", "20",
        "Totaal belastingen en premies", " ", "130", "137",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    parents = _parents(cells)
    assert parents["Omzetbelasting"] == "Indirecte belastingen"
    assert parents["Indirecte belastingen"] == "Totaal belastingen"
    assert parents["Directe belastingen"] == "Totaal belastingen"
    assert parents["Totaal belastingen"] == "Totaal belastingen en premies"
    assert parents["waarvan zorgpremies"] == "Premies"
    assert parents["Totaal belastingen en premies"] is None
    adds = {c["row_label"]: c["adds_up"] for c in cells}
    assert adds["waarvan zorgpremies"] is False and adds["Premies"] is True


def test_dash_items_under_headings_closed_by_totals() -> None:
    """b04: a staat van baten en lasten; dash items belong to the row printed above them, a
    heading without values reaches only up to the total that closes it."""
    text = _cells_per_line(
        "Bedragen x € 1 000", "Begroting", "Realisatie",
        "Baten", "  ",
        "Opbrengst moederdepartement", "900", "950",
        "Opbrengst derden", "100", "90",
        "Totaal baten", "1 000", "1 040",
        "Lasten", "  ",
        "Apparaatskosten", "  ",
        "– personele kosten", "600", "610",
        "– materiële kosten", "300", "320",
        "Afschrijvingskosten", "  ",
        "– materieel", "20", "  ",
        "– immaterieel", "  ",
        "Rentelasten", "80", "100",
        "Totaal lasten", "1 000", "1 030",
        "Saldo van baten en lasten", "0", "10",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    parents = _parents(cells)
    assert parents["– personele kosten"] == parents["– materiële kosten"] == "Apparaatskosten"
    assert parents["– materieel"] == "Afschrijvingskosten"
    assert parents["Rentelasten"] == "Lasten"
    assert parents["Opbrengst derden"] == "Baten"
    assert parents["Totaal baten"] is parents["Totaal lasten"] is None
    assert parents["Saldo van baten en lasten"] is None
    parts = [c for c in cells if c["row_label"].startswith("–")]
    assert parts and all(c["adds_up"] for c in parts)  # summands, unlike "waarvan" rows


def test_dash_rows_that_do_not_add_up_to_the_row_above_are_not_its_items() -> None:
    """A dash run is a list of parts only when the row above is a heading or their sum."""
    text = _cells_per_line(
        "Bedragen x € 1 000", "2024", "2025",
        "Subsidies", "100", "100",
        "– regeling A", "30", "30",
        "– regeling B", "20", "20",
        "Opdrachten", "50", "50",
        "Totaal", "150", "150",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    parents = _parents(cells)
    assert "Subsidies" not in (parents["– regeling A"], parents["– regeling B"])


def test_a_heading_closed_by_a_total_that_rounds() -> None:
    """c07: a balance sheet, one row per line; a heading's rows add up to the total under it
    only within rounding, and the heading is that total's single part."""
    text = "\n".join(
        [
            "Passiva 1-1-2024 1-1-2025",
            "Vaste passiva",
            "Eigen vermogen 52.517 56.581",
            "Voorzieningen 23.187 23.480",
            "Vaste schulden met een looptijd van één jaar of langer 86.384 75.977",
            "Totaal vaste passiva 162.088 156.039",
            "Vlottende passiva",
            "Overlopende passiva 15.788 15.788",
            "Totaal vlottende passiva 15.788 15.788",
            "Totaal passiva 177.876 171.827",
        ]
    )
    _tables, cells, _warnings = _read(text)
    parents = _parents(cells)
    assert parents["Eigen vermogen"] == parents["Voorzieningen"] == "Vaste passiva"
    assert parents["Vaste schulden met een looptijd van één jaar of langer"] == "Vaste passiva"
    assert parents["Totaal vaste passiva"] == "Totaal passiva"


def test_a_row_printed_in_one_column_is_no_total_of_rows_printed_in_others() -> None:
    """b07: an "Extrapolatie" value in the last year only, printed between the mutations and
    their total; its empty cells say it adds nothing up in the other years."""
    text = _cells_per_line(
        "Bedragen x € 1 mln", "2024", "2025", "2026",
        "Stand ontwerpbegroting", "45,7", "47,2", "   ",
        "Mutaties", "     ",
        "Diversen", "0,4", "0,2", "   ",
        "Loonbijstelling", "0,7", "0,8", "   ",
        "Extrapolatie", "   ", "   ", "48,2",
        "Totaal mutaties", "1,1", "1,0", "   ",
        "Stand suppletoire begroting (subtotaal)", "46,8", "48,2", "48,2",
        "Stand suppletoire begroting", "46,8", "48,2", "48,2",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    parents = _parents(cells)
    assert parents["Diversen"] == parents["Loonbijstelling"] == "Mutaties"
    assert "Extrapolatie" not in parents.values()


def test_value_less_headings_and_rounding() -> None:
    """b12/a11: instrument headings without values parent the rows under them; a sum off by
    0,1 in a table with one decimal still adds up."""
    text = _cells_per_line(
        "Bedragen x € 1 mln", "2024", "2025",
        "Uitgaven", "10,1", "12,0",
        "Opdrachten", "      ",
        "Onderzoek", "3,3", "4,0",
        "Bijdragen aan medeoverheden", "      ",
        "Regeling A", "3,4", "4,0",
        "Regeling B", "3,3", "4,0",
        "Ontvangsten", "1,0", "1,0",
    )  # fmt: skip
    [table], cells, _warnings = _read(text)
    parents = _parents(cells)
    assert parents["Onderzoek"] == "Opdrachten"
    assert parents["Regeling A"] == parents["Regeling B"] == "Bijdragen aan medeoverheden"
    assert parents["Ontvangsten"] is None
    by_row = {c["row_label"]: c["parent_row_id"] for c in cells}
    uitgaven = next(c["row_id"] for c in cells if c["row_label"] == "Uitgaven")
    assert by_row["Regeling A"] == uitgaven  # the sum goes to the nearest row with values
    assert table["hierarchy"] == "sums"


def test_a_stand_adding_a_new_year_still_closes_the_rows_it_sums() -> None:
    """A stand printed after its parts prints the newest year a later budget adds, which the
    older stand and the changes it sums do not: that trailing column says nothing about the
    sum, the other years add up, so the stand is still their parent (and itself part of the
    stand that closes the table). A column inside the printed ones still has to add up."""
    years = [str(y) for y in range(2021, 2027)]
    text = _cells_per_line(
        "Uitgaven", " ", *years,
        "Stand Miljoenennota 2021", "45,7", "47,2", "47,2", "47,2", "47,2", " ",
        "Totaal mutaties sinds Miljoenennota 2021", "1,1", "1", "1", "1", "1", " ",
        "Stand Miljoenennota 2022 (subtotaal)", "46,8", *["48,2"] * 5,
        "Totaal Internationale samenwerking", "      ",
        "Stand Miljoenennota 2022", "46,8", *["48,2"] * 5,
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    subtotal = "Stand Miljoenennota 2022 (subtotaal)"
    assert _parents(cells) == {
        "Stand Miljoenennota 2021": subtotal,
        "Totaal mutaties sinds Miljoenennota 2021": subtotal,
        subtotal: "Stand Miljoenennota 2022",
        "Stand Miljoenennota 2022": None,
    }
    # a first year its parts leave blank is no newest year: the stand sums nothing there
    labels = ["Stand 2021", "Mutaties", "Stand 2022"]
    parts = [(None, Decimal(5)), (None, Decimal(1))]
    for first in (None, Decimal(7)):
        found = build(labels, [*parts, (first, Decimal(6))], ["amount"] * 3)
        assert found.source == ("sums" if first is None else "labels")


def test_a_begrotingsreserve_row_of_zeros_is_an_instrument_under_uitgaven() -> None:
    """A begrotingsreserve line printing zeros proves no sum; its label names a financial
    instrument, so it stands beside "Materiële uitgaven" under "Uitgaven",
    not under the instrument printed above it."""
    text = _cells_per_line(
        "Uitgaven", " ", "2023", "2024",
        "Uitgaven", "110", "120",
        "Personele uitgaven", "60", "70",
        "Materiële uitgaven", "50", "50",
        "ICT", "30", "30",
        "overige materiële uitgaven", "20", "20",
        "Begrotingsreserve schatkistbankieren", "0", "0",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    parents = _parents(cells)
    assert parents["ICT"] == "Materiële uitgaven"
    assert parents["Begrotingsreserve schatkistbankieren"] == "Uitgaven"


def test_a_balance_is_no_item_of_the_heading_printed_above_it() -> None:
    """A municipal "Wat heeft het gekost?" (review finding): "Saldo van baten en lasten"
    under the heading "Baten" and its items is the balance of the table, not a part of
    Baten."""
    text = _cells_per_line(
        "Wat heeft het gekost? (bedragen x € 1.000)", " ", "Begroting 2025", "Raming 2026",
        "Lasten", " ", "Veiligheid", "5.880", "6.012",
        "Baten", " ", "Leges", "310", "250",
        "Saldo van baten en lasten", "– 5.570", "– 5.762",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    parents = _parents(cells)
    assert (parents["Leges"], parents["Saldo van baten en lasten"]) == ("Baten", None)


def test_a_programmes_balance_of_its_own_rows_stays_under_its_heading() -> None:
    """A municipal overview prints each programme as a heading over "Lasten", "Baten" and
    "Saldo" (baten minus lasten): the balance is the programme's, under its heading, so
    the programmes' balances can be told apart (they had no parent)."""
    text = _cells_per_line(
        "Overzicht baten en lasten (bedragen x € 1.000)", " ", "2025", "2026",
        "1 Bestuur", " ", "Lasten", "22.100", "23.400", "Baten", "3.100", "2.900",
        "Saldo", "-19.000", "-20.500",
        "2 Veiligheid", " ", "Lasten", "14.200", "15.100", "Baten", "400", "390",
        "Saldo", "-13.800", "-14.710",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    saldo = {c["parent_row_label"] for c in cells if c["row_label"] == "Saldo"}
    assert saldo == {"1 Bestuur", "2 Veiligheid"}


def test_a_balance_below_its_rows_is_not_their_parent_when_no_sum_holds() -> None:
    """b04's staat van baten en lasten without its totals: 'Saldo' is baten minus lasten, so
    it does not close the rows above as a failing total would (that would report a sum
    error the source does not have); a 'Totaal' whose sum fails still does."""
    saldo = _cells_per_line(
        "Bedragen x € 1.000",
        "Omschrijving",
        "2022",
        "2023",
        "Lasten",
        "45.120",
        "47.300",
        "Baten",
        "12.004",
        "11.800",
        "Saldo",
        "-33.116",
        "-35.500",
    )
    _tables, cells, _warnings = _read(saldo)
    assert _parents(cells) == {"Lasten": None, "Baten": None, "Saldo": None}
    total = saldo.replace("Saldo", "Totaal")
    _tables, cells, _warnings = _read(total)
    assert _parents(cells)["Lasten"] == "Totaal"


def test_loose_row_under_a_total_printed_above_it_is_placed_by_its_sum() -> None:
    """Review finding: a begroting's "Uitgaven" printed above its instruments did not place
    a row of fewer values ("Bijdrage agentschappen 0 10 20"); its values stood in the first
    columns. Its sum tells 2025-2027."""
    text = "\n".join(
        [
            "Tabel 4 Budgettaire gevolgen van beleid (x € 1.000)",
            "2024 2025 2026 2027",
            "Uitgaven 100 100 110 120",
            "Subsidies 60 60 60 60",
            "Opdrachten 40 40 40 40",
            "Bijdrage agentschappen 0 10 20",
        ]
    )
    _tables, cells, _warnings = _read(text)
    placed = {c["column_label"]: c["value_text"] for c in cells if c["row_label"].startswith("Bij")}
    assert placed == {"2025": "0", "2026": "10", "2027": "20"}
    assert _parents(cells)["Bijdrage agentschappen"] == "Uitgaven"


def _loose_block(name: str, loose: list[tuple[list[int], int]]) -> list[str]:
    """Rows on lines of nine year columns: three full rows, the ``loose`` rows of four
    values (each its values and the column they start at) and the total that places
    them."""
    full = [[100 + r] * 9 for r in range(3)]
    total = [sum(row[k] for row in full) for k in range(9)]
    for values, at in loose:
        for k, value in enumerate(values):
            total[at + k] += value
    lines = [f"Regeling {name}{r} " + " ".join(map(str, row)) for r, row in enumerate(full)]
    lines += [
        f"Overig {name}{chr(65 + n)} " + " ".join(map(str, values))
        for n, (values, _at) in enumerate(loose)
    ]
    return [*lines, f"Totaal {name} " + " ".join(map(str, total))]


def test_placing_loose_rows_by_sums_is_bounded_per_table() -> None:
    """Review finding: every full row above loose rows was tried as their subtotal, each
    time up to 20,000 placements, so one table took seconds. A table spends at most
    MAX_TABLE_PLACEMENTS: a block it can still afford is placed, the next (three rows of
    four values in nine columns: 126 and 15,876 placements for its two halves) is left
    out with its warnings, though alone it is placed."""
    heading = ["Tabel 9 Overzicht (x € 1.000)", " ".join(str(year) for year in range(2021, 2030))]
    y = [([5, 6, 7, 8], 0), ([50, 60, 70, 80], 4), ([500, 600, 700, 800], 2)]
    second = _loose_block("y", y)
    _tables, cells, warnings = _read("\n".join([*heading, *second]))
    assert not warnings and {c["row_label"] for c in cells} >= {"Overig yA", "Overig yC"}
    x = [([1, 2, 3, 4], 0), ([10, 20, 30, 40], 5), ([100, 200, 300, 400], 3)]
    both = [*heading, *_loose_block("x", x), *second]
    _tables, cells, warnings = _read("\n".join(both))
    placed = {c["row_label"] for c in cells}
    assert {"Overig xA", "Overig xC"} <= placed and not placed & {"Overig yA", "Overig yC"}
    assert [w.line for w in warnings] == [13, 14, 15]


# --- never crash ---------------------------------------------------------------------


def test_a_table_longer_than_the_numeric_parse_takes_keeps_its_rows_and_label_hierarchy() -> None:
    """Review finding: a register of 300 groups of four rules (1,500 lines) ran the numeric
    parse past Python's recursion limit and stopped extraction. Beyond MAX_NUMERIC_ROWS the
    hierarchy comes from the label cues alone, and every row is kept."""
    lines = ["Tabel 1 Subsidieregister (x € 1.000)", "2024 2025 2026"]
    for group in range(300):
        name = "Groep " + "".join(chr(97 + int(d)) for d in f"{group:03d}")  # "Groep aaa"
        lines.append(name)
        lines += [f"Regeling {group}-{k} {10 + k} {20 + k} {30 + k}" for k in range(4)]
    [table], cells, _warnings = _read("\n".join(lines))
    assert len(cells) == 300 * 4 * 3
    assert table["hierarchy"] in ("labels", "flat")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n\n",
        " \n \n \n",
        "2020\n\n2021\n\n",
        "Tabel 1\n\n2020\n\n2021\n\nUitgaven\n\n1\n\n2\n\n3\n\n4\n\n5",
        "| a | b |\n---|---|\n| 1 | 2 |",
        "Uitgaven | 1 | 2\n---|---\n",
        "x\n\n–\n\n–\n\n(1)\n\n(2)=(1)\n\n...\n\nn.v.t.",
        "Activa 2020 2021\nVaste activa\nTotaal 1 2 3 4 5 6",
        "\n\n".join(["Kop", "2020", "2021", "A", "1", " " * 40, "B", "2", "3", "4"]),
    ],
)
def test_odd_shapes_never_raise(text: str) -> None:
    tables, cells, warnings = _read(text)
    assert all(isinstance(w, ExtractWarning) for w in warnings)
    assert {c["table_id"] for c in cells} <= {t["table_id"] for t in tables}


def test_unit_in_a_caption_written_as_a_sentence() -> None:
    """b03: 'Budgettaire gevolgen van beleid, Beleidsartikel 1 (bedragen x € 1.000).'"""
    text = _cells_per_line(
        "Budgettaire gevolgen van beleid, Beleidsartikel 1 Arbeidsmarkt (bedragen x € 1.000).",
        " ", "2015", "2016", "Uitgaven", "1.200", "1.300", "Subsidies", "1.200", "1.300",
    )  # fmt: skip
    [table], cells, warnings = _read(text)
    assert (table["unit_label"], table["scale_line"]) == ("x € 1.000", 1)
    assert cells[0]["value_eur"] == 1_200_000 and warnings == []


def test_unit_note_above_a_row_per_line_table_but_not_an_amount_in_prose() -> None:
    note = "\n".join(["Bedragen x € 1.000", "Post 2024 2025", "Jeugd 1.400 1.500", "Wmo 900 1.000"])
    [table], _cells, _warnings = _read(note)
    assert (table["unit_label"], table["scale_factor"]) == ("x € 1.000", 1000)
    prose = "\n".join(
        [
            "Het kabinet trekt voor jeugd in 2024 in totaal 300",
            "miljoen uit.",
            "Post 2024 2025",
            "Jeugd 1.400 1.500",
            "Wmo 900 1.000",
        ]
    )
    [table], _cells, warnings = _read(prose)
    assert table["unit_label"] == "" and "no unit" in warnings[0].reason


def test_a_top_label_printed_again_is_a_part_of_it() -> None:
    """a11: Ontvangsten (total) > Ontvangsten (instrument, no values) > Ontvangsten."""
    text = _cells_per_line(
        "Tabel 3 Apparaat (bedragen x € 1.000)", "2023", "2024",
        "Uitgaven", "10", "12", "Personeel", "10", "12",
        "Ontvangsten", "5", "6", "Ontvangsten", "   ", "Ontvangsten", "5", "6",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    rows = {(c["row_label"], c["row_id"]): c["parent_row_label"] for c in cells}
    assert sorted(rows.values(), key=str) == [None, None, "Ontvangsten", "Uitgaven"]


def test_a_total_off_by_more_than_rounding_still_closes_its_rows() -> None:
    """A 'Totaal' below its parts that the sums do not explain keeps them as its children, so
    the validation layer reports the failing sum as a finding on the source."""
    text = _cells_per_line(
        "Tabel 19 Uitgaven per hoofdstuk (bedragen in mln euro)", " ", "2022", "2023",
        "Zorg", "93.521", "103.004",
        "Onderwijs", "51.123", "54.008",
        "Defensie", "11.690", "14.027",
        "Totaal", "157.334", "171.039",
    )  # fmt: skip
    [table], cells, _warnings = _read(text)
    assert table["hierarchy"] == "labels"
    parents = _parents(cells)
    assert parents["Zorg"] == parents["Defensie"] == "Totaal"
    totals = {c["column_label"]: c["value"] for c in cells if c["row_label"] == "Totaal"}
    parts = [c for c in cells if c["parent_row_label"] == "Totaal" and c["column_label"] == "2022"]
    assert sum(c["value"] for c in parts) == totals["2022"] - 1_000  # the printed error


def test_row_per_line_with_space_thousands() -> None:
    """A Miljoenennota annex as a one-row-per-line preview: '369 894' is one number, and a
    row is read only where the spaces leave a single reading."""
    text = "\n".join(
        [
            "Tabel 4.2 Opbouw EMU-schuld (in miljoenen euro) 2011 2012",
            "EMU-schuld primo 369 894 391 418",
            "Financieringstekort Rijk 19 125 12 258",
            "ING back-up faciliteit – 3 505 – 1 887",
            "EMU-schuld ultimo 385 514 401 789",
        ]
    )
    [table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("EMU-schuld primo", "2012")] == "391 418"
    assert grid[("ING back-up faciliteit", "2011")] == "– 3 505"
    assert [c["value"] for c in cells if c["row_label"] == "EMU-schuld ultimo"] == [
        385514,
        401789,
    ]
    assert _parents(cells)["Financieringstekort Rijk"] == "EMU-schuld ultimo"
    assert table["unit_label"] == "mln euro"


# --- review: unseen begrotingsstaten, municipal and suppletoire pages -----------------


def test_a_group_row_printed_right_under_the_years_is_a_row_not_a_heading() -> None:
    """Without placeholders, a group row ("Lasten") right after the year headings looks like
    one more heading: with rows as wide as the years it heads no column, and every value
    stays under its own year (it went one column right: 2024's value stored as 2025's)."""
    text = _cells_per_line(
        "Tabel 3 Budgettaire gevolgen (bedragen x € 1.000)", "2024", "2025", "2026",
        "Lasten", "Personeel", "100", "110", "120", "Materieel", "50", "55", "60",
        "Totaal lasten", "150", "165", "180",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert (grid[("Personeel", "2024")], grid[("Materieel", "2026")]) == ("100", "60")
    assert {c["column_label"] for c in cells} == {"2024", "2025", "2026"}
    assert _parents(cells)["Personeel"] == "Lasten"


def test_a_word_heading_over_a_year_and_a_word_keeps_its_last_heading() -> None:
    """The control: rows as wide as all the headings, the word after the years is one."""
    text = _cells_per_line(
        "Tabel 3 (bedragen x € 1.000)", "2024", "2025", "Totaal",
        "Personeel", "100", "110", "210", "Materieel", "50", "55", "105",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    assert _grid(cells)[("Materieel", "Totaal")] == "105"


def test_single_spaced_headings_name_their_column_groups_from_the_lines_above() -> None:
    """Two groups of the same three headings: the group line above names them (split at its
    capitals), and column numbers ending the line above that number them."""
    text = "\n".join(
        [
            "Wijziging begrotingsstaat (bedragen x € 1.000)",
            "Art. Omschrijving (1) (2)",
            "Vastgestelde begroting Mutaties 1e suppletoire begroting",
            "Verplichtingen Uitgaven Ontvangsten Verplichtingen Uitgaven Ontvangsten",
            "Totaal 73.404.623 73.397.462 439.420 488.050 489.450 25.700",
            "1 Arbeidsmarkt 201.456 199.876 12.300 2.000 3.400 0",
            "2 Bijstand 7.654.321 7.650.210 61.200 -12.000 -12.000 4.500",
        ]
    )
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("2 Bijstand", "(2) Mutaties 1e suppletoire begroting Uitgaven")] == "-12.000"
    assert grid[("Totaal", "(1) Vastgestelde begroting Verplichtingen")] == "73.404.623"


def test_a_unit_opening_a_line_of_word_and_year_headings_is_its_corner() -> None:
    """A municipal budget's text layer: "Bedragen x € 1.000" before "Realisatie 2022
    Begroting 2023 ..." is the corner, not words of the first heading; a question line
    above ("Wat mag het kosten?") titles the page's part, it groups no rows."""
    text = "\n".join(
        [
            "Wat mag het kosten?",
            "",
            "Bedragen x € 1.000 Realisatie 2022 Begroting 2023 Raming 2024",
            "Lasten",
            "6.1 Samenkracht en burgerparticipatie 14.512 15.230 16.110",
            "6.3 Inkomensregelingen 61.230 64.780 68.910",
            "Totaal lasten 75.742 80.010 85.020",
        ]
    )
    tables, cells, _warnings = _read(text)
    assert _grid(cells)[("6.3 Inkomensregelingen", "Begroting 2023")] == "64.780"
    assert tables[0]["unit_label"] == "x € 1.000"
    assert {c["row_group"] for c in cells} == {None}


def test_a_suppletoire_with_six_undated_headings_before_its_years() -> None:
    """A 1e suppletoire's stand table: six headings without a year ("Mutatie Nota van
    Wijziging (2)", "Stand vastgestelde begroting (4)=(1)+(2)+(3)", ...) before the years
    of the later mutations; rows print a placeholder for each empty cell, so fewer values
    than columns, but every row spans all ten (the table was dropped)."""
    head = [
        "Tabel 4.1 Budgettaire gevolgen van beleid", "Bedragen x € 1.000", "Omschrijving",
        "Stand ontwerpbegroting 2019 (1)", "Mutatie Nota van Wijziging (2)",
        "Mutatie amendementen (3)", "Stand vastgestelde begroting (4)=(1)+(2)+(3)",
        "Mutatie 1e suppletoire begroting (5)", "Stand 1e suppletoire begroting (6)=(4)+(5)",
        "Mutatie 2020", "Mutatie 2021", "Mutatie 2022", "Mutatie 2023",
    ]  # fmt: skip
    rows = [
        ("Uitgaven", "123.200", "250", "1.500", "124.950", "2.280", "127.230",
         "950", "550", "950", "950"),
        ("Opdrachten", "12.880", " ", " ", "12.880", "– 3.150", "9.730",
         "– 1.000", "– 1.000", "– 1.000", "– 1.000"),
        ("Ontvangsten", "2.100", " ", " ", "2.100", "3.412", "5.512", "0", "0", "0", "0"),
    ]  # fmt: skip
    _tables, cells, _warnings = _read(_cells_per_line(*head, *(c for row in rows for c in row)))
    grid = _grid(cells)
    assert grid[("Opdrachten", "Mutatie 1e suppletoire begroting (5)")] == "– 3.150"
    assert grid[("Ontvangsten", "Mutatie 2023")] == "0"
    assert ("Opdrachten", "Mutatie amendementen (3)") not in grid
    assert len(cells) == 26


@pytest.mark.parametrize(
    "columns",
    [("Verplichtingen", "Uitgaven", "Ontvangsten"), ("2024", "2025", "2026")],
    ids=["words", "years"],
)
@pytest.mark.parametrize("group", [(), ("Beleidsartikelen",)], ids=["flat", "grouped"])
def test_a_begrotingsstaat_with_codes_before_the_labels_keeps_its_columns(
    columns: tuple[str, ...], group: tuple[str, ...]
) -> None:
    """ "Art." / "Omschrijving" heading a code column before the labels: the placeholder
    before the first row ("Totaal" prints no code) is its empty code cell, not a group row
    of the last heading, and the first value is no code after the label (every value went
    one column left: article codes stored as values)."""
    text = _cells_per_line(
        "Begrotingsstaat (bedragen x € 1.000)", "Art.", "Omschrijving", *columns, " ",
        "Totaal", "300", "290", "20", *group,
        "31", "Politie", "100", "90", "10", "32", "Rechtspleging", "200", "200", "10",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert [grid[("Totaal", c)] for c in columns] == ["300", "290", "20"]
    assert [grid[("32 Rechtspleging", c)] for c in columns] == ["200", "200", "10"]
    assert len(cells) == 9


def test_a_note_column_after_a_worded_corner_keeps_labels_and_columns() -> None:
    """A Miljoenennota annex: "Garantie" / "Noot" / "Plafond" / "Uitstaand 2020" /
    "Uitstaand 2021", the first row's note cell empty: the last heading is no row label,
    a note ("1)") is no row label either, and every value stays under its heading (they went
    one column left, into the corner's)."""
    text = _cells_per_line(
        "Tabel 6.1 Overzicht uitstaande garanties (in mln euro)",
        "Garantie", "Noot", "Plafond", "Uitstaand 2020", "Uitstaand 2021",
        "Garantie BMKB-C", " ", "1.500,0", "412,3", "1.021,7",
        "Garantie Ondernemingsfinanciering (GO-C)", "1)", "10.000,0", "3.210,5", "2.874,1",
        "Borgstelling MKB-landbouwkredieten", " ", "250,0", "98,4", "101,2",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Garantie BMKB-C", "Plafond")] == "1.500,0"
    assert grid[("Garantie Ondernemingsfinanciering (GO-C)", "Uitstaand 2021")] == "2.874,1"
    assert {c["row_label"] for c in cells} == {
        "Garantie BMKB-C", "Garantie Ondernemingsfinanciering (GO-C)",
        "Borgstelling MKB-landbouwkredieten",
    }  # fmt: skip


def test_a_municipal_v_n_column_after_the_values_and_a_group_row_under_it() -> None:
    """A municipal jaarverslag: "Verschil" / "V/N", then the group row "Lasten" without a
    placeholder: "Lasten" heads no column (no value column is headed after the text
    column the rows print after their values) and each row's "V" or "N" is no part of the
    next row's label (it was glued on: "V Openbare orde en veiligheid")."""
    text = _cells_per_line(
        "Bedragen x € 1.000", "Begroting 2022", "Realisatie 2022", "Verschil", "V/N",
        "Lasten",
        "Crisisbeheersing en brandweer", "12.870", "12.410", "460", "V",
        "Openbare orde en veiligheid", "9.120", "9.450", "330", "N",
        "Totaal lasten", "21.990", "21.860", "130", "V",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Openbare orde en veiligheid", "Verschil")] == "330"
    assert grid[("Crisisbeheersing en brandweer", "Begroting 2022")] == "12.870"
    assert {c["row_label"] for c in cells} == {
        "Crisisbeheersing en brandweer", "Openbare orde en veiligheid", "Totaal lasten",
    }  # fmt: skip
    assert _parents(cells)["Openbare orde en veiligheid"] in ("Lasten", "Totaal lasten")


def test_column_numbers_after_empty_cells_number_the_last_columns() -> None:
    """A jaarverslag's heading: realisations of five years, then the budget and the
    difference, their column numbers printed after five empty cells: "(1)" numbers
    "Realisatie 2021", not "Realisatie 2017", and the groups still name the columns."""
    text = _cells_per_line(
        "Tabel 12 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
        "Omschrijving", "Realisatie", "Vastgestelde begroting", "Verschil", " ",
        "2019", "2020", "2021", "2021", "2021",
        " ", " ", " ", "(1)", "(2)", "(3)=(1)-(2)",
        "Verplichtingen", "713.620", "735.455", "824.113", "765.400", "58.713",
        "Uitgaven", "705.844", "720.112", "801.200", "790.000", "11.200",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    columns = [c["column_label"] for c in cells if c["row_label"] == "Uitgaven"]
    assert columns == [
        "Realisatie 2019", "Realisatie 2020", "Realisatie 2021 (1)",
        "Vastgestelde begroting 2021 (2)", "Verschil 2021 (3)=(1)-(2)",
    ]  # fmt: skip


def test_a_plus_before_a_mutation_is_part_of_its_value() -> None:
    """A Kamerbrief's table of measures prints what adds with a plus ("+ 50,0"), one cell
    per line or one row per line: the cell is a value, never a heading or a label."""
    per_line = _cells_per_line(
        "Tabel 2 Financiële gevolgen (bedragen x € 1 mln)", "Maatregel", "2024", "2025",
        "Investering in personeel", "+ 50,0", "+ 120,0",
        "Doelmatigheid inkoop", "– 30,0", "– 60,0",
    )  # fmt: skip
    on_lines = "\n".join(
        [
            "Tabel 1.2 Opbouw EMU-saldo (in mld euro)",
            "2023 2024",
            "Rijk -10,4 -12,1",
            "Decentrale overheden +1,2 +0,8",
            "EMU-saldo -9,2 -11,3",
        ]
    )
    for text, label in ((per_line, "Investering in personeel"), (on_lines, "Decentrale overheden")):
        _tables, cells, _warnings = _read(text)
        values = [c["value"] for c in cells if c["row_label"] == label]
        assert values and all(value > 0 for value in values), cells


@pytest.mark.parametrize(
    ("label", "percent"),
    [
        ("Verhoging laag btw-tarief van 9% naar 21% op logies", False),
        ("Verlaging tarief box 2 naar 24,5 %", False),
        ("Korting van 5 procent op de heffing", False),
        ("Kinderopvang: vergoedingspercentage naar 96%", False),
        ("Verhoging btw-percentage met 2 procentpunt", False),
        ("Aandeel (%)", True),
        ("Groei in procenten", True),
        ("Percentage juridisch verplicht", True),
        ("Vergoedingspercentage", True),
        ("Aandeel boven 80% (%)", True),
        ("Percentage huishoudens onder 120 procent sociaal minimum", True),
        ("Percentage cliënten met meer dan 50% korting", True),
        ("Percentage huishoudens tot 130% van het sociaal minimum", True),
    ],
)
def test_a_percentage_in_a_label_makes_a_row_of_percentages_only_as_its_unit(
    label: str, percent: bool
) -> None:
    """A lastenmaatregel names the rates it changes ("van 9% naar 21%"): its cells are still
    millions of euros (they were stored as percentages, without euros); a label that says
    its row is in percent ("Aandeel (%)") keeps them percentages."""
    text = _cells_per_line(
        "Tabel 3 Lastenmaatregelen (bedragen x € 1 mln)", " ", "2024", "2025",
        label, "1.200", "1.250", "Overige maatregelen", "50", "55",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    row = [c for c in cells if c["row_label"] == label]
    assert [c["value_eur"] is None for c in row] == [percent, percent]
    if not percent:
        assert row[0]["value_eur"] == 1_200_000_000


def test_a_measure_naming_the_rate_it_sets_counts_in_the_total_a_row_printing_rates_not() -> None:
    """ "Vergoedingspercentage naar 96%" names a measure and its rate: its money adds up with
    the other measures into "Totaal" (it was a row of percentages, left out of the sum, its
    millions stored without euros); the same label over cells printing "%" is a row of
    percentages still."""
    rows = ("Verhoging kindgebonden budget", "110,0", "112,5")
    total = ("Totaal", "110,0", "562,5")
    text = _cells_per_line(
        "Tabel 2 Intensiveringen (bedragen x € 1 mln)", " ", "2026", "2027", *rows,
        "Kinderopvang: vergoedingspercentage naar 96%", "0,0", "450,0", *total,
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    measure = [c for c in cells if c["row_label"].startswith("Kinderopvang")]
    assert [(c["parent_row_label"], c["value_eur"]) for c in measure] == [
        ("Totaal", 0),
        ("Totaal", 450_000_000),
    ]
    text = _cells_per_line(
        "Tabel 2 Intensiveringen (bedragen x € 1 mln)", " ", "2026", "2027", *rows,
        "Kinderopvang: vergoedingspercentage naar 96%", "95%", "96%", "Totaal", "110,0", "112,5",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    rates = [c for c in cells if c["row_label"].startswith("Kinderopvang")]
    assert [(c["unit"], c["value_eur"]) for c in rates] == [("percent", None)] * 2


def test_a_threshold_in_a_rates_name_keeps_its_row_of_percentages_under_a_money_total() -> None:
    """A rate under a money table's total names whom it counts by a threshold ("onder N
    procent", "meer dan N%"): no word of change sets a rate, so the percentage word is the
    row's unit (its figures were stored as millions of euros); a measure's label setting its
    rate after "naar" beside it keeps its money (the near form)."""
    money = ("Uitgaven bijzondere bijstand", "110,0", "112,5", "Uitgaven kwijtschelding")
    for label, unit in (
        ("Percentage huishoudens onder 120 procent sociaal minimum", "percent"),
        ("Percentage cliënten met meer dan 50% korting", "percent"),
        ("Bijstand: normpercentage naar 110% sociaal minimum", "EUR"),
    ):
        text = _cells_per_line(
            "Tabel 2 Kerncijfers armoedebeleid (bedragen x € 1 mln)", " ", "2024", "2025",
            *money, "40,0", "41,0", "Totaal", "150,0", "153,5", label, "12,3", "12,1",
        )  # fmt: skip
        _tables, cells, _warnings = _read(text)
        row = [c for c in cells if c["row_label"] == label]
        assert [c["unit"] for c in row] == [unit, unit], row


def test_single_spaced_headings_of_words_and_dates_over_a_reserves_table() -> None:
    """A municipal overview of reserves, one row per line: "Reserve Stand 1-1-2024
    Toevoegingen Onttrekkingen Stand 31-12-2024" heads four columns ("Stand 1-1-2024" one
    of them), not two columns of words ending in a date (the table was left unread)."""
    text = "\n".join(
        [
            "Overzicht reserves",
            "(bedragen x € 1.000)",
            "Reserve Stand 1-1-2024 Toevoegingen Onttrekkingen Stand 31-12-2024",
            "Algemene reserve 41.230 2.500 1.200 42.530",
            "Reserve Sociaal domein 2022-2025 8.760 0 2.190 6.570",
            "Totaal reserves 50.000 2.500 3.390 49.100",
        ]
    )
    _tables, cells, warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Reserve Sociaal domein 2022-2025", "Stand 31-12-2024")] == "6.570"
    assert grid[("Algemene reserve", "Toevoegingen")] == "2.500"
    assert not [w for w in warnings if "look like table rows" in w.reason]


def test_two_rows_read_as_one_run_widen_no_heading() -> None:
    """No caption, a corner "Omschrijving" over the years, and a mutation printed with its
    unlabelled subtotal (" " / values): the two rows' values read as one run of twice as
    many, which does not make the page's lines above the years column headings (the
    regression a perturbed corpus page showed: every value under a page line)."""
    years = ["2021", "2022", "2023", "2024"]
    text = _cells_per_line(
        "Base description which applies to whole site", "De Koning",
        "I De Koning: UITGAVEN", "Omschrijving", *years,
        "Stand Miljoenennota 2021", "45,7", "47,2", "47,2", "47,2",
        "Beleidsmatige mutaties", "   ",
        "Diversen", "0,4", "0,2", "0,2", "0,2", " ", "0,4", "0,2", "0,2", "0,2", " ",
        "Technische mutaties", "   ",
        "Loonbijstelling", "0,7", "0,8", "0,8", "0,8", " ", "0,7", "0,8", "0,8", "0,8", " ",
        "Stand Miljoenennota 2022", "46,8", "48,2", "48,2", "48,2",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    assert {c["column_label"] for c in cells} == set(years)
    assert _grid(cells)[("Stand Miljoenennota 2022", "2024")] == "48,2"


def test_a_page_footer_under_a_table_printed_line_under_line_is_no_row() -> None:
    """A Miljoenennota's text layer: the page's footer ("Tweede Kamer, vergaderjaar
    2023–2024, 36 410, nr. 1 43") past a blank line under rows printed line under line is
    no row of two values (it was stored as € 1 mld and € 43 mld); in a table whose rows
    stand a blank line apart, a row of fewer values past a blank line still is one."""
    rows = ["Rijksbegroting in enge zin 212,4 223,9 229,1", "waarvan Defensie 15,4 19,0 20,1"]
    footer = "Tweede Kamer, vergaderjaar 2023–2024, 36 410, nr. 1 43"
    text = "\n".join(["Tabel 3.1 Netto uitgaven (mld euro)", "2023 2024 2025", *rows, "", footer])
    _tables, cells, _warnings = _read(text)
    assert len(cells) == 6 and footer.split(",")[0] not in {c["row_label"] for c in cells}
    spaced = "\n\n".join(
        ["Tabel 1 Accres (x € 1.000)", "2018 2019 2020 Totaal", "Accres 1.124 1.063 1.137 3.324",
         "Accrespercentage 6,75% 6,09% 4,43%"]
    )  # fmt: skip
    _tables, cells, _warnings = _read(spaced)
    assert [c["value_text"] for c in cells if c["row_label"] == "Accrespercentage"] == [
        "6,75%", "6,09%", "4,43%",
    ]  # fmt: skip


def test_a_unit_under_each_year_is_its_columns_unit() -> None:
    """A Miljoenennota annex as a pipe table: "mld euro" and "% bbp" under each year. The
    money columns keep their euros (they were stored as % bbp, the first unit the heading
    row prints) and the table's unit is mixed."""
    text = "\n".join(
        [
            "Tabel 2.3 Ontwikkeling EMU-schuld naar subsector",
            "| | 2023 | | 2024 | |",
            "| | mld euro | % bbp | mld euro | % bbp |",
            "|---|---|---|---|---|",
            "| EMU-schuld collectieve sector | 474,3 | 45,7 | 502,7 | 46,2 |",
            "| Rijk | 448,2 | 43,2 | 476,9 | 43,8 |",
        ]
    )
    tables, cells, _warnings = _read(text)
    by_column = {c["column_label"]: c for c in cells if c["row_label"] == "Rijk"}
    assert by_column["2023 mld euro"]["value_eur"] == 448_200_000_000
    assert by_column["2024 % bbp"]["value_eur"] is None
    assert by_column["2024 % bbp"]["unit"] == "percent"
    assert tables[0]["unit_label"] == "mixed"


@pytest.mark.parametrize("space", ["\u2009", "\u202f", "\xa0"], ids=["thin", "narrow", "nbsp"])
def test_thin_and_narrow_spaces_part_thousands(space: str) -> None:
    """A figure whose thousands a thin space parts ("309 905") is one value, not a label
    "309" and a value 905."""
    text = _cells_per_line(
        "Tabel 3 Uitgaven (bedragen x € 1.000)", " ", "2024", "2025",
        "Uitgaven", f"309{space}905", f"287{space}183", "Ontvangsten", "12", "13",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    assert [c["value"] for c in cells if c["row_label"] == "Uitgaven"] == [309905, 287183]


def test_codes_before_the_labels_without_a_code_heading_stay_the_labels() -> None:
    """A municipal overview per programme: each label follows its number ("2" / "Veiligheid")
    under no "Art." heading; a row's run then ends in the next row's code, which is that
    row's, not a footnote to drop ("Veiligheid" lost its "2")."""
    text = _cells_per_line(
        "Overzicht baten en lasten per programma (bedragen x € 1.000)", " ", " ",
        "Lasten", "Baten", "Saldo",
        "1", "Bestuur en dienstverlening", "24.310", "3.450", "– 20.860",
        "2", "Veiligheid", "21.870", "980", "– 20.890",
        "3", "Sociaal domein", "198.760", "68.420", "– 130.340",
        " ", "Totaal programma's", "245.040", "72.850", "– 172.190",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    labels = [c["row_label"] for c in cells if c["column_label"] == "Lasten"]
    assert labels == [
        "1 Bestuur en dienstverlening", "2 Veiligheid", "3 Sociaal domein", "Totaal programma's",
    ]  # fmt: skip


def test_a_programme_code_of_a_letter_and_number_in_its_own_cell_opens_its_label() -> None:
    """A provincial begrotingsapp prints each programme's code in a cell of its own before
    its name ("P1" / "Mobiliteit"), under "Programma" and a blank heading: the code opens
    the label as a number does ("P1 Mobiliteit"). It was read as a group heading of no
    values, every programme its only row."""
    text = _cells_per_line(
        "Overzicht baten en lasten per programma (bedragen x € 1 miljoen)",
        "Programma", " ", "Begroting 2025", "Begroting 2026",
        "Lasten", " ", "412,5", "430,1",
        "P1", "Mobiliteit", "250,2", "262,0",
        "P2", "Natuur en water", "162,3", "168,1",
        "Baten", " ", "-80,4", "-82,0",
        "P1", "Mobiliteit", "-50,1", "-51,0",
        "P2", "Natuur en water", "-30,3", "-31,0",
        "Saldo van baten en lasten", " ", "332,1", "348,1",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    rows = [c["row_label"] for c in cells if c["column_label"] == "Begroting 2026"]
    assert rows == [
        "Lasten", "P1 Mobiliteit", "P2 Natuur en water",
        "Baten", "P1 Mobiliteit", "P2 Natuur en water", "Saldo van baten en lasten",
    ]  # fmt: skip
    parents = {(c["row_label"], c["value_text"]): c["parent_row_label"] for c in cells}
    assert parents[("P2 Natuur en water", "168,1")] == "Lasten"
    assert parents[("P1 Mobiliteit", "-51,0")] == "Baten"


def test_a_numbered_row_naming_the_rows_it_sums_is_their_total() -> None:
    """An agency's vermogensontwikkeling numbers its rows and says the last one's sum in its
    label ("4. Eigen vermogen per 31/12 (1+2+3)"): it is the total of rows 1 to 3, row 3 a
    heading over its parts 3a-3b, not a numbered row beside them (the numbers' cue kept
    the rows apart and none had a parent)."""
    text = _cells_per_line(
        "Tabel 12 Vermogensontwikkeling", "Bedragen x € 1.000",
        " ", "Realisatie 2023", "Realisatie 2024",
        "1.", "Eigen vermogen per 1/1", "8.210", "8.950",
        "2.", "Saldo van baten en lasten", "1.240", "-610",
        "3.", "Directe mutaties in het eigen vermogen", " ",
        "3a.", "Uitkering winst aan moederdepartement", "-500", "0",
        "3b.", "Overige mutaties", "0", "200",
        "4.", "Eigen vermogen per 31/12 (1+2+3)", "8.950", "8.540",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    parents = _parents(cells)
    assert parents["1. Eigen vermogen per 1/1"] == "4. Eigen vermogen per 31/12 (1+2+3)"
    assert parents["2. Saldo van baten en lasten"] == "4. Eigen vermogen per 31/12 (1+2+3)"
    assert parents["3b. Overige mutaties"] == "3. Directe mutaties in het eigen vermogen"
    assert parents["4. Eigen vermogen per 31/12 (1+2+3)"] is None


def test_a_closing_row_of_zeros_closes_the_rows_above_that_net_to_nothing() -> None:
    """A letter's budget-neutral measure: the costs, then their dekking, then "Saldo" of
    zeros. The saldo is the sum of the rows above it, which print figures and net to
    nothing in every column (a row of zeros proved no sum, and none had a parent); over
    rows of zeros alone it still parents nothing."""
    text = _cells_per_line(
        "Tabel 1 Financiële gevolgen (x € 1 mln)", "Maatregel", "2026", "2027",
        "Verlaging eigen bijdrage", "4,0", "4,5",
        "Extra inzet wijkteams", "1,5", "2,0",
        "Dekking: onderuitputting", "-5,5", "-6,5",
        "Saldo", "0,0", "0,0",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    parents = _parents(cells)
    assert parents["Extra inzet wijkteams"] == "Saldo"
    assert parents["Dekking: onderuitputting"] == "Saldo" and parents["Saldo"] is None
    nothing = _cells_per_line(
        "Tabel 2 Financiële gevolgen (x € 1 mln)", "Maatregel", "2026", "2027",
        "Verlaging eigen bijdrage", "0,0", "0,0",
        "Saldo", "0,0", "0,0",
    )  # fmt: skip
    _tables, cells, _warnings = _read(nothing)
    assert _parents(cells)["Verlaging eigen bijdrage"] is None


def test_a_label_closed_by_subtotaal_in_brackets_is_the_total_of_the_rows_above() -> None:
    """The inhuur externen bijlage of a jaarverslag closes each category's numbered items
    with "<category> (subtotaal)": a total printed below its parts, also where it has one
    part of equal value (the part was made the parent of its subtotal, which then closed
    nothing)."""
    text = _cells_per_line(
        "Tabel 52 Uitgaven inhuur externen 2023 (bedragen x € 1.000)",
        "Inhuur externen", "Kerndepartement", "Agentschappen",
        "1. Interim-management", "840", "2.310",
        "2. Beleidsadvies", "1.210", "95",
        "Beleidsgevoelig (subtotaal)", "2.050", "2.405",
        "3. Uitzendkrachten", "3.400", "12.750",
        "Ondersteuning bedrijfsvoering (subtotaal)", "3.400", "12.750",
        "Totaal uitgaven inhuur externen", "5.450", "15.155",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    parents = _parents(cells)
    total = "Totaal uitgaven inhuur externen"
    assert parents["3. Uitzendkrachten"] == "Ondersteuning bedrijfsvoering (subtotaal)"
    assert parents["Ondersteuning bedrijfsvoering (subtotaal)"] == total
    assert parents["Beleidsgevoelig (subtotaal)"] == total
    assert parents["2. Beleidsadvies"] == "Beleidsgevoelig (subtotaal)"


def test_a_numbered_row_naming_its_sum_after_an_equals_sign_is_their_total() -> None:
    """A kasstroomoverzicht closes its numbered rows with the stand they come to, its sum
    written after an equals sign ("5. Stand per 31 december (=1+2+3+4)"): the opening stand
    and the three flows are its parts, as for "(1+2+3)" without the sign."""
    text = _cells_per_line(
        "Tabel 9 Kasstroomoverzicht", "Bedragen x € 1.000",
        " ", "Begroting 2025", "Realisatie 2025",
        "1.", "Rekening-courant 1 januari", "3.120", "3.480",
        "2.", "Totaal operationele kasstroom", "1.750", "1.320",
        "3a.", "-/- totaal investeringen", "-1.600", "-1.269",
        "3b.", "+/+ boekwaarde desinvesteringen", "100", "100",
        "3.", "Totaal investeringskasstroom", "-1.500", "-1.169",
        "4.", "Totaal financieringskasstroom", "0", "150",
        "5.", "Rekening-courant 31 december (=1+2+3+4)", "3.370", "3.781",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    parents = _parents(cells)
    total = "5. Rekening-courant 31 december (=1+2+3+4)"
    assert parents["1. Rekening-courant 1 januari"] == total
    assert parents["2. Totaal operationele kasstroom"] == total
    assert parents["3. Totaal investeringskasstroom"] == total
    assert parents["4. Totaal financieringskasstroom"] == total
    assert parents["3a. -/- totaal investeringen"] == "3. Totaal investeringskasstroom"
    assert parents[total] is None


def test_a_code_written_out_before_its_label_is_its_code() -> None:
    """A Voorjaarsnota table: "Art." over a code column, the labels' heading printed blank;
    "Div." (diverse articles) is the code of the row it opens, not a group heading of the
    rows below it."""
    text = _cells_per_line(
        "Tabel 31 Departementale begroting (uitgaven)", "Bedragen x € 1 mln", "Art.", " ",
        "2024", "2025", " ",
        "Stand ontwerpbegroting 2024", "16.540,3", "16.012,8", " ",
        "Technische mutaties", "   ",
        "Div.", "Loonbijstelling", "310,2", "305,1",
        "33", "Kasschuif", "-30,0", "30,0",
        "Div.", "Prijsbijstelling", "98,7", "97,3",
        "Totaal technische mutaties", "378,9", "432,4",
        "Stand Voorjaarsnota 2024", "16.919,2", "16.445,2",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    parents = _parents(cells)
    assert {"Div. Loonbijstelling", "33 Kasschuif", "Div. Prijsbijstelling"} <= set(parents)
    assert parents["Div. Prijsbijstelling"] in ("Technische mutaties", "Totaal technische mutaties")


@pytest.mark.parametrize(
    ("caption", "label", "factor"),
    [
        ("Tabel 5 Vrije uitkering (bedragen in USD, x 1.000)", "x $ 1.000", 1_000),
        ("Tabel 5 Vrije uitkering (bedragen x US$ 1.000)", "x $ 1.000", 1_000),
        ("Tabel 5 Vrije uitkering (bedragen x USD 1 mln)", "x $ 1 mln", 10**6),
        ("Tabel 5 Vrije uitkering (in USD mln)", "mln dollar", 10**6),
        ("Tabel 5 Vrije uitkering (in mln US-dollar)", "mln dollar", 10**6),
    ],
)
def test_a_table_in_another_currency_keeps_its_currency_and_stores_no_euros(
    caption: str, label: str, factor: int
) -> None:
    """The BES islands' budget in dollars: the scale note names USD, so no cell is stored
    as euros (they were € 43.210.000 under "x 1.000"), and the table says it counts
    dollars and at what scale (the unit was left empty)."""
    text = _cells_per_line(caption, " ", "2024", "2025", "Bonaire", "43,2", "47,9",
                           "Saba", "9,9", "10,9")  # fmt: skip
    tables, cells, _warnings = _read(text)
    assert len(cells) == 4 and all(c["value_eur"] is None for c in cells)
    assert (tables[0]["unit"], tables[0]["unit_label"], tables[0]["scale_factor"]) == (
        "USD",
        label,
        factor,
    )
    assert {c["unit"] for c in cells} == {"USD"}


@pytest.mark.parametrize(
    ("caption", "label", "factor", "printed"),
    [
        ("Tabel 3.2 Netto-uitgaven (in mln. gulden)", "mln gulden", 10**6, "in mln."),
        ("Tabel 3.2 Netto-uitgaven (bedragen x ƒ 1.000)", "x ƒ 1.000", 1_000, "x ƒ 1.000"),
        ("Tabel 3.2 Netto-uitgaven (bedragen in miljoenen guldens)", "mln gulden", 10**6,
         "miljoenen guldens"),
        # the florin as a PDF's text layer gives it: a plain "f" before the note's scale
        ("Tabel 3.2 Netto-uitgaven (bedragen x f 1.000)", "x ƒ 1.000", 1_000, "x f 1.000"),
        ("Tabel 3.2 Netto-uitgaven (x f 1 mln)", "x ƒ 1 mln", 10**6, "x f 1 mln"),
        # the guilder's abbreviations ("mld gld" of the CPB's tables, "Hfl", "Dfl"): not
        # read as a currency, the scale alone was read as euros
        ("Tabel 4.3 Collectieve lasten (mld gld)", "mld gulden", 10**9, "mld gld"),
        ("Tabel 2.1 Uitgaven (bedragen x Hfl 1.000)", "x ƒ 1.000", 1_000, "x Hfl 1.000"),
        ("Tabel 2.1 Uitgaven (in Dfl mln)", "mln gulden", 10**6, "in Dfl mln"),
        # "fl." alone, as older Miljoenennota's abbreviate the florin: not the euro
        ("Tabel 2.1 Uitgaven (mln fl.)", "mln gulden", 10**6, "mln fl."),
        ("Tabel 2.1 Uitgaven (bedragen x fl. 1.000)", "x ƒ 1.000", 1_000, "x fl. 1.000"),
    ],
)  # fmt: skip
def test_a_table_in_guilders_stores_no_euros(
    caption: str, label: str, factor: int, printed: str
) -> None:
    """A Miljoenennota of the 1990s: "(in mln. gulden)" was read as millions of euros (the
    guilders were stored as euros). The table keeps its currency (NLG), never euros."""
    text = _cells_per_line(caption, " ", "1995", "1996", "Onderwijs", "36.512", "37.104",
                           "Defensie", "13.870", "13.512")  # fmt: skip
    tables, cells, _warnings = _read(text)
    assert len(cells) == 4 and all(c["value_eur"] is None for c in cells)
    assert (tables[0]["unit"], tables[0]["unit_label"], tables[0]["scale_factor"]) == (
        "NLG",
        label,
        factor,
    )
    assert {c["unit"] for c in cells} == {"NLG"}
    assert tables[0]["scale_text"] == printed


@pytest.mark.parametrize(
    "caption",
    [
        "Tabel 2.4 Bijdragen (in mln DKK)",
        "Tabel 2.4 Uitgaven (x 1.000 DM)",
        "Tabel 2.4 Schuldsanering (bedragen in ANG x 1.000)",
        "Tabel 2.4 Contributie (x 1.000 Zwitserse frank)",
    ],
)
def test_a_table_in_a_currency_no_label_names_stores_no_euros(caption: str) -> None:
    """A note naming a currency the unit labels do not know, by its code or its name
    ("DKK", "DM", "ANG", "frank"), was read by its scale alone as euros: it declares no
    unit, and no value is stored as euros."""
    text = _cells_per_line(caption, " ", "1998", "1999", "Onderwijs", "36.512", "37.104",
                           "Defensie", "13.870", "13.512")  # fmt: skip
    _tables, cells, _warnings = _read(text)
    assert len(cells) == 4
    assert all(c["value_eur"] is None and c["unit"] != "EUR" for c in cells)


def test_a_column_or_row_of_fte_is_a_count_not_money() -> None:
    """Personnel tables print fte beside euros: "Aantal fte" and "Bezetting (fte)" count
    people (they were stored as thousands of euros)."""
    text = _cells_per_line(
        "Tabel 3 Personeel (bedragen x € 1.000)", " ", "Aantal fte", "Personele uitgaven",
        "Kerndepartement", "1.845,3", "181.230", "Agentschap", "412,0", "38.100",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    by_column = {(c["row_label"], c["column_label"]): c for c in cells}
    assert by_column[("Kerndepartement", "Aantal fte")]["value_eur"] is None
    assert by_column[("Kerndepartement", "Aantal fte")]["unit"] == "count"
    assert by_column[("Agentschap", "Personele uitgaven")]["value_eur"] == 38_100_000
    rows = _cells_per_line(
        "Tabel 4 Agentschap (bedragen x € 1.000)", " ", "2023", "2024",
        "Personele uitgaven", "181.230", "185.000", "Bezetting (fte)", "1.845,3", "1.850,0",
    )  # fmt: skip
    _tables, cells, _warnings = _read(rows)
    assert {c["value_eur"] for c in cells if c["row_label"] == "Bezetting (fte)"} == {None}


@pytest.mark.parametrize("layout", ["rows", "cells"])
def test_negatives_in_brackets_and_footnote_marks_after_figures(layout: str) -> None:
    """An accountant's negative printed in brackets ("(1.204)") is a negative cell, in both
    layouts; a footnote mark after a figure or a year ("32,9¹", "2024*") is not part of it
    (such rows were left out, or the table dropped)."""
    rows = [
        ("Lasten", "(5.350)", "(4.000)"),
        ("Baten", "1.200¹", "1.300"),
        ("Saldo", "(4.150)", "(2.700)"),
    ]
    if layout == "rows":
        text = "\n".join(["Tabel 1 Saldi (bedragen x € 1.000)", "Omschrijving 2023 2024*",
                          *(" ".join(row) for row in rows)])  # fmt: skip
    else:
        text = _cells_per_line("Tabel 1 Saldi (bedragen x € 1.000)", " ", "2023", "2024*",
                               *(cell for row in rows for cell in row))  # fmt: skip
    _tables, cells, _warnings = _read(text)
    values = {(c["row_label"], c["column_label"]): c["value"] for c in cells}
    assert values[("Lasten", "2023")] == -5350 and values[("Saldo", "2024*")] == -2700
    assert values[("Baten", "2023")] == 1200


def _circular(marks: tuple[str, str], notes: tuple[str, ...]) -> str:
    """A municipality's development of its algemene uitkering as ``pdftotext -layout``
    prints it: two rows ending in a note's letter after their last figure (``marks``),
    ``notes`` under the table."""
    ends = (62, 73, 84, 95)
    return "\n".join(
        [
            "Tabel 2.4 Ontwikkeling algemene uitkering (bedragen x € 1.000)",
            "",
            _printed("Omschrijving", ends, "2025", "2026", "2027", "2028"),
            "",
            _printed("Algemene uitkering Meicirculaire 2024", ends, "98.412", "99.105",
                     "100.260", "101.315"),
            _printed("Accres", ends, "2.106", "2.480", "2.915", "3.310"),
            _printed("Opschalingskorting", ends, "0", "-1.120", "-1.120", "-1.120")
            + f" {marks[0]}",
            _printed("Jeugdzorg", ends, "-1.310", "-1.645", "-1.980", "-2.150")
            + f" {marks[1]}",
            _printed("Hoeveelheidsverschillen", ends, "415", "430", "445", "460"),
            "",
            _printed("Algemene uitkering Septembercirculaire 2024", ends, "99.623",
                     "99.250", "100.520", "101.815"),
            "",
            *notes,
        ]
    )  # fmt: skip


def test_a_notes_letter_after_a_rows_last_figure_is_no_cell() -> None:
    """A letter one space after a row's last figure ("-1.120 a"), its note under the table
    opening with it ("a  Vanaf 2026 ..."): a note's mark, neither a value nor a label's
    word. Read as a cell, the row ended in no figure: it and every row under it were
    lost, the total too."""
    notes = (
        "a  Vanaf 2026 is rekening gehouden met de opschalingskorting.",
        "b  Inclusief de extra korting uit de Hervormingsagenda Jeugd.",
    )
    _tables, cells, warnings = _read(_circular(("a", "b"), notes))
    assert not warnings and len(cells) == 24
    grid = _grid(cells)
    assert grid[("Opschalingskorting", "2028")] == "-1.120"
    assert grid[("Jeugdzorg", "2028")] == "-2.150"
    assert grid[("Hoeveelheidsverschillen", "2025")] == "415"
    parents = _parents(cells)
    assert parents["Jeugdzorg"] == "Algemene uitkering Septembercirculaire 2024"


def test_a_letter_after_a_rows_last_figure_without_its_note_stays_as_printed() -> None:
    """The near form: the same letters with no note under the table opening with them (a
    sentence after it): nothing says they are marks, and the rows are read as before,
    the two rows ending in them left out of the table."""
    notes = ("Het accres is de jaarlijkse groei van het gemeentefonds.",)
    _tables, cells, _warnings = _read(_circular(("a", "b"), notes))
    rows = {c["row_label"] for c in cells}
    assert "Accres" in rows
    assert not {"Opschalingskorting", "Jeugdzorg"} & rows


def test_small_negatives_in_brackets_after_a_rows_values() -> None:
    """An agentschap's staat van baten en lasten: "(8)" in a row's values is a negative of
    eight, not a column number (the rest of the table fell apart); the heading's column
    numbers stay column numbers."""
    text = _cells_per_line(
        "Tabel 40 Staat van baten en lasten (bedragen x € 1.000)", " ",
        "Begroting (1)", "Realisatie (2)", "Verschil (3)=(2)-(1)",
        "Opbrengst moederdepartement", "45.210", "44.006", "(1.204)",
        "Rentebaten", "10", "2", "(8)",
        "Totaal baten", "45.220", "44.008", "(1.212)",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    values = {(c["row_label"], c["column_label"]): c["value"] for c in cells}
    assert values[("Rentebaten", "Verschil (3)=(2)-(1)")] == -8
    assert values[("Totaal baten", "Begroting (1)")] == 45220


def test_headings_that_each_say_their_columns_unit() -> None:
    """ "Bedrag (x € 1 mld)" / "Aandeel (%)": every heading declares a unit, so none is a
    unit note above the headings (the table was dropped without a warning); each column
    keeps its own unit and the table is mixed."""
    text = _cells_per_line(
        "Tabel 2.4 Netto uitgaven per ministerie 2023", " ", "Bedrag (x € 1 mld)", "Aandeel (%)",
        "Sociale Zaken en Werkgelegenheid", "112,4", "36,6",
        "Volksgezondheid, Welzijn en Sport", "98,1", "31,9",
    )  # fmt: skip
    tables, cells, _warnings = _read(text)
    by_column = {c["column_label"]: c for c in cells if c["row_label"].startswith("Sociale")}
    assert by_column["Bedrag (x € 1 mld)"]["value_eur"] == 112_400_000_000
    assert by_column["Aandeel (%)"]["unit"] == "percent"
    assert tables[0]["unit_label"] == "mixed"


def test_a_text_column_no_heading_word_names_is_read_as_text() -> None:
    """A fund's projects: "Project" / "Fase" / "Totaal" / "2025" / "2026", each row a name,
    its phase ("Realisatie"), then values. "Fase" is no known text heading, but every row
    prints two texts before its values: the second is the row's text cell, not its label
    (values went under the wrong columns, a project name became a heading)."""
    text = _cells_per_line(
        "Tabel 7 Overzicht projecten (bedragen x € 1 mln)", "Project", "Fase", "Totaal",
        "2025", "2026",
        "Vervanging M-fregatten", "Realisatie", "4.412,0", "502,3", "688,1",
        "Vervanging Fennek", "Voorbereiding", "310,8", "4,1", "18,0",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Vervanging M-fregatten", "Totaal")] == "4.412,0"
    assert grid[("Vervanging Fennek", "2026")] == "18,0"
    assert {c["row_label"] for c in cells} == {"Vervanging M-fregatten", "Vervanging Fennek"}


def test_two_text_columns_between_label_and_values_are_both_text() -> None:
    """A province's investment list prints two text columns before the values ("Gebied" /
    "Status": "Noord" / "In uitvoering"): both are the row's text cells, the values stay
    under their own headings (the values shifted into the texts' columns, a label became a
    heading)."""
    text = _cells_per_line(
        "Investeringen infrastructuur (bedragen x € 1.000)", "Investering", "Gebied",
        "Status", "Krediet", "2026", "2027",
        "Rondweg Oost", "Noord", "In uitvoering", "12.500", "4.000", "3.500",
        "Brug Zuidkanaal", "Zuid", "Gepland", "8.200", "1.200", "5.000",
        "Fietspad Dijkweg", "West", "Gepland", "2.150", "650", "1.500",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Rondweg Oost", "Krediet")] == "12.500"
    assert grid[("Brug Zuidkanaal", "2027")] == "5.000"
    assert grid[("Fietspad Dijkweg", "2026")] == "650"
    assert {c["row_label"] for c in cells} == {
        "Rondweg Oost",
        "Brug Zuidkanaal",
        "Fietspad Dijkweg",
    }


def test_space_thousands_in_a_first_column_stay_where_the_total_says_so() -> None:
    """The same shape where the total adds up with the thousands: "Bijdrage 1 250 80 60" is
    1.250 (a label does not end in every number that precedes a value)."""
    text = "\n".join([
        "Tabel 4 Bijdragen (bedragen x € 1 mln) 2025 2026 2027",
        "Bijdrage 1 250 80 60",
        "Programma leefbaarheid 30 30 30",
        "Totaal 1 280 110 90",
    ])  # fmt: skip
    _tables, cells, _warnings = _read(text)
    assert _grid(cells)[("Bijdrage", "2025")] == "1 250"


def test_rows_ending_in_nil_dashes_keep_every_column() -> None:
    """A municipal investment plan prints nil cells as "-" at the end of several rows and
    "pm" where the sum is not known: those dashes are nil cells, not the next label's bullet
    (the width was read one short, the first row was lost and every value moved a column);
    a nil on a line of its own is an empty cell, not listed."""
    text = _cells_per_line(
        "Investeringen 2025-2027 (bedragen x € 1.000)", "Investering", "Krediet",
        "2025", "2026", "2027",
        "Totaal investeringen", "9.300", "3.100", "4.200", "2.000",
        "Sporthal Noord", "5.000", "1.000", "4.000", "-",
        "Kademuur Oude Haven", "pm", "pm", "p.m.", "-",
        "Speelplaatsen", "4.300", "2.100", "200", "2.000",
        "Brug Westsingel", "p.m.", "-", "-", "pm",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Totaal investeringen", "Krediet")] == "9.300"
    assert grid[("Sporthal Noord", "2026")] == "4.000"
    assert ("Sporthal Noord", "2027") not in grid and grid[("Brug Westsingel", "2027")] == "pm"
    assert grid[("Speelplaatsen", "Krediet")] == "4.300"
    assert {c["row_label"] for c in cells} >= {"Sporthal Noord", "Speelplaatsen"}


def test_a_nil_dash_on_a_line_of_its_own_is_no_cell() -> None:
    """A municipal "Wat mag het kosten?" one cell per line, no blank lines, a lone "-" for
    each nil ("94" / "-" / "-" under three years): the dash is the page's mark for an
    empty cell, as a line of white space is, and is not listed (it was a cell of no value,
    three extra); a row of dashes alone still stands as a row of figures, no heading. The
    near forms keep theirs: a minus glued to its figure ("-500"), a nil printed "0", and
    "n.v.t." (its text kept, no value)."""
    text = "\n".join(
        [
            "Tabel 4.3 Financiën programma 4 Onderwijs",
            "Bedragen x € 1.000", "Rekening 2023", "Begroting 2024", "Begroting 2025",
            "4.1 Openbaar basisonderwijs", "94", "-", "-",
            "4.2 Onderwijshuisvesting", "312", "0", "1.850",
            "4.3 Leerlingzaken", "-", "-", "-",
            "Toevoegingen aan reserves", "-500", "n.v.t.", "-1.400",
        ]
    )  # fmt: skip
    [table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid == {
        ("4.1 Openbaar basisonderwijs", "Rekening 2023"): "94",
        ("4.2 Onderwijshuisvesting", "Rekening 2023"): "312",
        ("4.2 Onderwijshuisvesting", "Begroting 2024"): "0",
        ("4.2 Onderwijshuisvesting", "Begroting 2025"): "1.850",
        ("Toevoegingen aan reserves", "Rekening 2023"): "-500",
        ("Toevoegingen aan reserves", "Begroting 2024"): "n.v.t.",
        ("Toevoegingen aan reserves", "Begroting 2025"): "-1.400",
    }
    values = {c["value_text"]: c["value"] for c in cells}
    assert (values["-500"], values["n.v.t."]) == (Decimal(-500), None)
    assert _parents(cells)["Toevoegingen aan reserves"] is None
    assert (table["row_count"], table["column_count"]) == (3, 3)


def test_a_dash_before_a_label_is_its_bullet() -> None:
    """The other reading of a dash before a label: a waarvan list printed with bullets
    ("–" / "eigen personeel" / values): the dash is no cell of the row above."""
    text = _cells_per_line(
        "Tabel 9.1 Apparaatsuitgaven (bedragen x € 1.000)", " ", "2024", "2025", "2026",
        "Personele uitgaven", "1.500", "1.600", "1.700",
        "waarvan", " ",
        "–", "eigen personeel", "1.200", "1.300", "1.350",
        "–", "externe inhuur", "300", "300", "350",
        "Materiële uitgaven", "800", "820", "840",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("eigen personeel", "2024")] == "1.200"
    assert grid[("externe inhuur", "2026")] == "350"
    assert grid[("Personele uitgaven", "2026")] == "1.700"


def test_a_group_row_right_under_numbered_headings_is_a_row() -> None:
    """An agencies' begrotingsstaat: numbered headings ("(1) Vastgestelde begroting" ...
    "(3) Totaal geraamd"), then an agency's name with no placeholder before its rows: the
    name heads rows, not a fourth column (every value moved a column, a heading lost)."""
    text = _cells_per_line(
        "Begrotingsstaat agentschappen 2025 (bedragen x € 1.000)", "Omschrijving",
        "(1) Vastgestelde begroting", "(2) Mutatie", "(3) Totaal geraamd",
        "Dienst Wegverkeer", "Totale baten", "250.000", "4.000", "254.000",
        "Totale lasten", "248.000", "5.000", "253.000",
        "Kadaster", "Totale baten", "90.000", "1.000", "91.000",
        "Totale lasten", "89.500", "500", "90.000",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    columns = {c["column_label"] for c in cells}
    assert columns == {"(1) Vastgestelde begroting", "(2) Mutatie", "(3) Totaal geraamd"}
    baten = [c for c in cells if c["row_label"] == "Totale baten"]
    assert {c["parent_row_label"] for c in baten} == {"Dienst Wegverkeer", "Kadaster"}
    assert {c["value_text"] for c in baten if c["column_label"] == "(2) Mutatie"} == {
        "4.000",
        "1.000",
    }


def test_a_note_column_after_grouped_years_is_no_group() -> None:
    """A jaarverslag's two heading rows (groups "Realisatie" / "Vastgestelde begroting" /
    "Verschil" over years) with a note column "Ref." last: the groups name the years in
    order, a row's note number is no value and the next row's code stays its code (the
    groups shifted one to the right, the first row was lost, codes were read as notes)."""
    text = _cells_per_line(
        "Tabel 4.2 Budgettaire gevolgen van beleid (bedragen x € 1.000)", "Art.",
        "Omschrijving", "Realisatie", "Vastgestelde begroting", "Verschil", "Ref.", " ", " ",
        "2022", "2023", "2024", "2024", "2024", " ",
        " ", "Verplichtingen", "500", "600", "700", "650", "50", "1",
        " ", "Uitgaven", "480", "590", "690", "640", "50", " ",
        "4.1", "Bijdragen", "300", "390", "490", "440", "50", "2",
        "4.2", "Opdrachten", "180", "200", "200", "200", "0", " ",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Verplichtingen", "Realisatie 2022")] == "500"
    assert grid[("Verplichtingen", "Verschil 2024")] == "50"
    assert grid[("4.1 Bijdragen", "Vastgestelde begroting 2024")] == "440"
    assert grid[("4.2 Opdrachten", "Realisatie 2024")] == "200"
    assert not [c for c in cells if c["column_label"].startswith("Ref.")]


def test_a_total_column_after_single_spaced_word_headings_heads_its_own_column() -> None:
    """ "Artikel Fouten Onzekerheden Totaal" over rows of three values: "Totaal" heads a
    column of its own (it was joined to the word before, as a date is, and the corner word
    "Artikel" headed the first values)."""
    text = "\n".join([
        "Tabel 3 Fouten per artikel (bedragen x € 1 mln)",
        "Artikel Fouten Onzekerheden Totaal",
        "Artikel 12 Hoofdwegennet 40,3 31,1 71,4",
        "Artikel 13 Spoorwegen 6,8 3,8 10,6",
        "Totaal 47,1 34,9 82,0",
    ])  # fmt: skip
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Artikel 12 Hoofdwegennet", "Fouten")] == "40,3"
    assert grid[("Artikel 13 Spoorwegen", "Onzekerheden")] == "3,8"
    assert grid[("Totaal", "Totaal")] == "82,0"


def test_a_tariff_in_a_table_of_thousands_is_in_euros_with_its_cents() -> None:
    """A water board's cost table in "x € 1.000" prints its tariffs per household in euros
    ("Tarief (€ per woonruimte)" / "€ 98,12"): those cells are euros as printed, cents kept
    (they were stored as € 98.120 and rounded)."""
    text = _cells_per_line(
        "Tabel 4 Kosten en tarieven 2025 (x € 1.000)", " ", "Watersysteem", "Zuivering",
        "Netto kosten", "72.330", "87.420",
        "Tarief ingezetenen (€ per woonruimte)", "98,12", "64,30",
        "Tarief bedrijven", "€ 71,05", "€ 59,40",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    euros = {(c["row_label"], c["column_label"]): c["value_eur"] for c in cells}
    assert euros[("Netto kosten", "Watersysteem")] == 72_330_000
    assert euros[("Tarief ingezetenen (€ per woonruimte)", "Watersysteem")] == Decimal("98.12")
    assert euros[("Tarief bedrijven", "Zuivering")] == Decimal("59.4")


def test_row_labels_saying_different_units_say_only_their_own() -> None:
    """An agency's indicators, no unit in the caption, each row its own ("Omzet (x € 1.000)",
    "Kostprijs per aanvraag (in €)"): a row that says none ("Klanttevredenheid
    (rapportcijfer)" / "7,5") is no money (it was stored as € 7.500, in the first row's
    unit)."""
    text = _cells_per_line(
        "Tabel 8 Doelmatigheidsindicatoren", "Omschrijving", "2024", "2025",
        "Omzet (x € 1.000)", "58.310", "61.240",
        "Kostprijs per aanvraag (in €)", "41,35", "42,10",
        "Klanttevredenheid (rapportcijfer)", "7,5", "7,6",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    euros = {(c["row_label"], c["column_label"]): c["value_eur"] for c in cells}
    assert euros[("Omzet (x € 1.000)", "2024")] == 58_310_000
    assert euros[("Kostprijs per aanvraag (in €)", "2025")] == Decimal("42.1")
    assert euros[("Klanttevredenheid (rapportcijfer)", "2024")] is None


def test_row_labels_saying_one_money_unit_and_percentages_say_only_their_own() -> None:
    """Key figures with a unit per row, two in the same money unit and one in percent
    ("Lumpsum (x € 1 mln)", "Indexering (%)"): a row that says none ("Prijsindexcijfer" /
    "104,2") is no money (it was stored as € 104,2 mln, in the first row's unit)."""
    text = _cells_per_line(
        "Tabel 4 Kerngegevens lumpsumbekostiging", " ", "2024", "2025",
        "Lumpsum (x € 1 mln)", "4.812", "4.960",
        "Loon- en prijsbijstelling (x € 1 mln)", "112", "148",
        "Indexering (%)", "2,3%", "3,0%",
        "Prijsindexcijfer", "104,2", "107,3",
    )  # fmt: skip
    tables, cells, warnings = _read(text)
    euros = {(c["row_label"], c["column_label"]): c["value_eur"] for c in cells}
    assert euros[("Lumpsum (x € 1 mln)", "2024")] == 4_812_000_000
    assert euros[("Loon- en prijsbijstelling (x € 1 mln)", "2025")] == 148_000_000
    assert euros[("Prijsindexcijfer", "2024")] is None
    assert tables[0]["unit"] == "mixed"
    assert any("'Prijsindexcijfer' prints no unit" in w.reason for w in warnings)


def test_columns_whose_headings_name_guilders_and_euros_keep_each_its_currency() -> None:
    """A changeover table prints one year in guilders and in euros under one note without a
    currency ("(bedragen x 1.000)", headings "Gulden" / "Euro"): the guilder column is no
    euros (it was stored as € 45.120.000), the euro column is, the table is mixed."""
    text = _cells_per_line(
        "Tabel 2 Uitgaven per artikel 2001 (bedragen x 1.000)", " ", "Gulden", "Euro",
        "Openbare orde", "45.120", "20.474",
        "Rampenbestrijding", "12.300", "5.581",
        "Totaal", "57.420", "26.055",
    )  # fmt: skip
    tables, cells, _warnings = _read(text)
    got = {(c["row_label"], c["column_label"]): (c["unit"], c["value_eur"]) for c in cells}
    assert got[("Openbare orde", "Gulden")] == ("NLG", None)
    assert got[("Totaal", "Euro")] == ("EUR", 26_055_000)
    assert (tables[0]["unit"], tables[0]["unit_label"]) == ("mixed", "mixed")
    assert {c["unit_label"] for c in cells} == {"x ƒ 1.000", "x € 1.000"}


def test_a_column_printing_no_euro_sign_beside_columns_that_each_print_one_is_no_money() -> None:
    """No unit line; two columns print the euro sign in every cell ("€ 31,25", "€
    137.813"), one prints none ("Leerlingen": "4.410"): that one is no euros (it was stored
    as € 4.410, the unit the prose's "€ 31,25" gave the whole table), the table is mixed."""
    text = _cells_per_line(
        "De bijdrage per leerling blijft in 2024 € 31,25.",
        "Bijdragen leerplicht 2024", "Gemeente", "Leerlingen", "Bijdrage per leerling",
        "Bijdrage 2024",
        "Assen", "4.410", "€ 31,25", "€ 137.813",
        "Tynaarlo", "2.916", "€ 31,25", "€ 91.125",
        "Totaal", "7.326", " ", "€ 228.938",
    )  # fmt: skip
    tables, cells, warnings = _read(text)
    got = {(c["row_label"], c["column_label"]): c["value_eur"] for c in cells}
    assert got[("Assen", "Leerlingen")] is None
    assert got[("Totaal", "Leerlingen")] is None
    assert got[("Assen", "Bijdrage per leerling")] == Decimal("31.25")
    assert got[("Totaal", "Bijdrage 2024")] == 228_938
    assert tables[0]["unit"] == "mixed"
    assert any("column 'Leerlingen' prints no unit" in w.reason for w in warnings)


def test_a_rows_number_with_its_sum_is_its_code() -> None:
    """A kadertoets numbers its rows and prints how a row is made ("3 = 1 + 2") in the
    number's cell: that cell is the row's code, not a heading over the rows below (it
    became their parent and lost its own label)."""
    text = _cells_per_line(
        "Tabel 3.2 Kadertoets (in mln euro)", " ", " ", "2025", "2026",
        "1", "Uitgavenkader bij Startnota", "1.000,0", "1.100,0",
        "2", "Prijsbijstelling", "20,0", "‒ 10,0",
        "3 = 1 + 2", "Uitgavenkader (stand Miljoenennota)", "1.020,0", "1.090,0",
        "4", "Uitgaven onder het kader", "1.010,0", "1.080,0",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    parents = {c["row_label"]: c["parent_row_label"] for c in cells}
    assert parents["3 = 1 + 2 Uitgavenkader (stand Miljoenennota)"] is None
    assert (
        parents["1 Uitgavenkader bij Startnota"] == "3 = 1 + 2 Uitgavenkader (stand Miljoenennota)"
    )
    assert parents["4 Uitgaven onder het kader"] is None


def test_a_time_series_printed_one_row_per_line_under_word_headings() -> None:
    """A jaarverslag's series: "Jaar EMU-saldo EMU-schuld Collectieve lastendruk" over
    rows "2015 -2,0 64,6 37,3": each row is a year, each word heading starts with a
    capital ("Collectieve lastendruk" one heading); the table was not read at all."""
    text = "\n".join([
        "Tabel 4.1 Overheidsfinanciën 2019-2022 (in % bbp)",
        "Jaar EMU-saldo EMU-schuld Collectieve lastendruk",
        "2019 1,8 48,5 39,3",
        "2020 -3,7 54,7 39,7",
        "2021 -2,4 51,7 39,9",
        "2022 0,0 50,1 39,2",
        "Bron: CBS",
    ])  # fmt: skip
    tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("2019", "EMU-saldo")] == "1,8"
    assert grid[("2020", "EMU-schuld")] == "54,7"
    assert grid[("2022", "Collectieve lastendruk")] == "39,2"
    assert tables[0]["unit_label"] == "% bbp" and len(cells) == 12


def test_a_difference_marked_voordeel_or_nadeel_after_its_figure() -> None:
    """A municipal jaarrekening prints "3.690 N" (nadeel) in its Verschil column: one cell
    of 3690, its text kept, not a label (every row's label went wrong)."""
    text = _cells_per_line(
        "Afwijkingen begroting en rekening (bedragen x € 1.000)", "Programma",
        "Begroting na wijziging", "Rekening", "Verschil",
        "1 Jeugd", "45.210", "48.900", "3.690 N",
        "2 Zorg en welzijn", "21.300", "20.100", "1.200 V",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    verschil = {c["row_label"]: c for c in cells if c["column_label"] == "Verschil"}
    assert verschil["1 Jeugd"]["value"] == 3690 and verschil["1 Jeugd"]["value_text"] == "3.690 N"
    assert verschil["2 Zorg en welzijn"]["value"] == 1200


def test_a_table_continued_after_a_page_break_keeps_its_unit() -> None:
    """ "Tabel 2 (vervolg)" prints the rest of table 2 on the next page without its unit:
    the unit of table 2 (its rows were stored without euros, a warning that no unit was
    printed); read as the same table, which goes on under its continued caption."""
    text = "\n".join(
        [
            "Tabel 2 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "2023 2024 2025",
            "Uitgaven 68.120 72.400 70.110",
            "NVWA 21.050 22.400 21.400",
            "",
            "Tabel 2 (vervolg)",
            "2023 2024 2025",
            "Ontvangsten 30.100 33.000 32.500",
        ]
    )
    tables, cells, warnings = _read(text)
    assert [t["unit_label"] for t in tables] == ["x € 1.000"]
    assert {c["value_eur"] for c in cells if c["row_label"] == "Ontvangsten"} == {
        30_100_000, 33_000_000, 32_500_000,
    }  # fmt: skip
    assert not [w for w in warnings if "no unit" in w.reason]


# --- review round 4: the header block (labels, years, groups, header lines) -------------


def test_a_line_of_words_under_the_headings_goes_on_with_them_and_is_no_row() -> None:
    """A jaarverslag's text layer prints the end of a heading on the line under the heading
    line, before the rows ("Verschil" / "in procenten"): its words stand under their column,
    none where the labels stand, so they go on with that heading. The line was read as a
    group of rows, the parent of every row, and the percentages as euros."""
    text = "\n".join(
        [
            "Tabel 5 Apparaatsuitgaven kerndepartement (bedragen x € 1.000)",
            "",
            "                                  Begroting 2026    Realisatie 2026       Verschil",
            "                                                                      in procenten",
            "Personele uitgaven                        41.300             43.100            4,4",
            "Materiële uitgaven                        12.100             11.500           -5,0",
            "Totaal                                    53.400             54.600            2,2",
        ]
    )
    [table], cells, warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Materiële uitgaven", "Verschil in procenten")] == "-5,0" and not warnings
    assert grid[("Totaal", "Realisatie 2026")] == "54.600"
    assert _parents(cells)["Personele uitgaven"] == "Totaal"
    share = next(c for c in cells if c["value_text"] == "4,4")
    assert (share["unit"], share["value_eur"]) == ("percent", None)
    assert table["column_count"] == 3


@pytest.mark.parametrize("wrapped", [False, True])
def test_aligned_headings_that_each_say_their_columns_unit(wrapped: bool) -> None:
    """A municipal programme budget's text layer heads its columns "Bedrag (x € 1.000)" and
    "Aandeel (%)", on one line or with each unit wrapped under its word: each column keeps
    its own unit (money in thousands, shares in percent) and the table is mixed. No table
    was read (the rows were said as unread)."""
    if wrapped:
        heading = [
            "                                             Bedrag        Aandeel",
            "                                        (x € 1.000)            (%)",
        ]
    else:
        heading = ["                                 Bedrag (x € 1.000)    Aandeel (%)"]
    text = "\n".join(
        [
            "Tabel 4 Lasten per programma 2026",
            "",
            *heading,
            "Programma 1 Bestuur en organisatie            18.400           12,1",
            "Programma 2 Sociaal domein                   121.900           80,2",
            "Programma 3 Ruimte                            11.700            7,7",
            "Totaal                                       152.000          100,0",
        ]
    )
    [table], cells, warnings = _read(text)
    by_column = {c["column_label"]: c for c in cells if c["row_label"].endswith("Sociaal domein")}
    assert set(by_column) == {"Bedrag (x € 1.000)", "Aandeel (%)"} and not warnings
    assert by_column["Bedrag (x € 1.000)"]["value_eur"] == 121_900_000
    assert (by_column["Aandeel (%)"]["unit"], by_column["Aandeel (%)"]["value_eur"]) == (
        "percent",
        None,
    )
    assert table["unit_label"] == "mixed"


def test_a_pipe_group_heading_spans_its_leaves_beside_a_column_of_one_heading_row() -> None:
    """A two-row pipe heading: "Kasuitgaven" over "2024" and "2025", beside "Regeling" and
    "Plafond" printed in the first row only. The group spans both its leaves ("Kasuitgaven
    2025"); it spanned none, as the first row named as many columns as the second."""
    text = "\n".join(
        [
            "Tabel 12 Subsidieplafonds en kasritme (bedragen x € 1 mln)",
            "",
            "| Regeling | Plafond | Kasuitgaven | |",
            "| | | 2024 | 2025 |",
            "|---|---|---|---|",
            "| Warmtefonds | 400 | 120 | 180 |",
            "| Isolatieregeling | 250 | 90 | 110 |",
        ]
    )
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Warmtefonds", "Kasuitgaven 2025")] == "180"
    assert grid[("Isolatieregeling", "Kasuitgaven 2024")] == "90"
    assert grid[("Isolatieregeling", "Plafond")] == "250"


def test_headings_placed_over_a_sparse_first_row_take_the_columns_the_rows_below_fill() -> None:
    """A staat van reserves whose headings hang over three lines, the last naming only the
    two balances ("1-1-2024", "31-12-2024"), and whose first row leaves a column empty
    (spaces only: no toevoeging to the algemene reserve): the columns are those the rows
    under the headings fill, not only the first row's, so each heading finds its column.
    Placed over the first row alone, "Toevoe-" stood over no value and the table was lost."""
    text = "\n".join(
        [
            "Staat van reserves 2024",
            "(bedragen x € 1.000)",
            "",
            "                                   Saldo    Toevoe-   Onttrek-      Saldo",
            "                                     per     gingen     kingen        per",
            "Reserve                         1-1-2024                       31-12-2024",
            "",
            "Algemene reserve                  12.400                1.250      11.150",
            "Reserve sociaal domein             3.120       800                  3.920",
            "Reserve onderhoud gebouwen         2.015       310        540       1.785",
            "Totaal reserves                   17.535     1.110      1.790      16.855",
        ]
    )
    [table], cells, warnings = _read(text)
    grid = _grid(cells)
    assert not warnings and table["column_count"] == 4 and len(cells) == 14
    assert grid[("Algemene reserve", "Onttrek-kingen")] == "1.250"
    assert ("Algemene reserve", "Toevoe-gingen") not in grid
    assert grid[("Reserve sociaal domein", "Toevoe-gingen")] == "800"
    assert ("Reserve sociaal domein", "Onttrek-kingen") not in grid
    assert grid[("Totaal reserves", "Saldo per 31-12-2024")] == "16.855"
    assert _parents(cells)["Algemene reserve"] == "Totaal reserves"


def test_headings_placed_by_position_over_rows_and_a_page_footer_below_them() -> None:
    """A short staat van reserves, its headings hanging over three lines, then the page's
    footer ending in the page number: the footer's figure stands under no heading, so the
    columns are the first row's (taken as a column the rows fill, it left a column without
    words and the table was lost)."""
    text = "\n".join(
        [
            "Staat van reserves 2024",
            "(bedragen x € 1.000)",
            "",
            "                                   Saldo    Toevoe-   Onttrek-      Saldo",
            "                                     per     gingen     kingen        per",
            "Reserve                         1-1-2024                       31-12-2024",
            "",
            "Algemene reserve                  12.400       800      1.250      11.950",
            "Totaal reserves                   12.400       800      1.250      11.950",
            "",
            "Jaarstukken 2024 Gemeente Voorbeeld                                        27",
        ]
    )
    [table], cells, warnings = _read(text)
    grid = _grid(cells)
    assert not warnings and table["column_count"] == 4 and len(grid) == 8
    assert grid[("Algemene reserve", "Toevoe-gingen")] == "800"
    assert grid[("Totaal reserves", "Saldo per 31-12-2024")] == "11.950"


def test_a_line_of_word_headings_over_a_sparse_first_row_heads_the_columns_below() -> None:
    """A staat van vaste activa heads its columns with one word each on one line, and its
    first row leaves columns empty (spaces only): the words stand over the columns the rows
    under them fill, not only the first row's. Placed over the first row alone, two words
    over no value of it were joined into one heading ("Bijdragen  Restwaarde") over the
    last value, and the rows under it, printing more values, ended the table."""
    text = "\n".join(
        [
            "Staat van vaste activa 2023",
            "(bedragen x € 1.000)",
            "",
            "Omschrijving          Boekwaarde  Investering  Afschrijving  Bijdragen  Restwaarde",
            "",
            "Immateriële activa           412           96           138                    370",
            "Gronden en terreinen       8.214          310                                8.524",
            "Bedrijfsgebouwen          46.912        3.847         1.876        450      48.433",
            "Totaal                    55.538        4.253         2.014        450      57.327",
        ]
    )
    [table], cells, warnings = _read(text)
    grid = _grid(cells)
    assert not warnings and table["column_count"] == 5 and len(grid) == 17
    assert grid[("Immateriële activa", "Restwaarde")] == "370"
    assert grid[("Immateriële activa", "Afschrijving")] == "138"
    assert ("Immateriële activa", "Bijdragen") not in grid
    assert grid[("Gronden en terreinen", "Restwaarde")] == "8.524"
    assert grid[("Bedrijfsgebouwen", "Bijdragen")] == "450"


def test_units_under_single_spaced_word_headings_are_their_columns_units() -> None:
    """A page printed without layout wraps each heading's unit onto the next line, one
    space apart ("Taakveld Bedrag Aandeel" / "(x € 1.000) (%)"): the units go with the
    headings in order. The unit line was read as a group of rows, every row's parent, and
    the table had no unit."""
    text = "\n".join(
        [
            "Tabel 3 Lasten per taakveld 2026",
            "Taakveld Bedrag Aandeel",
            "(x € 1.000) (%)",
            "Bestuur en ondersteuning 14.900 11,2",
            "Veiligheid 9.300 7,0",
            "Sociaal domein 108.800 81,8",
            "Totaal 133.000 100,0",
        ]
    )
    [table], cells, _warnings = _read(text)
    by_column = {c["column_label"]: c for c in cells if c["row_label"] == "Veiligheid"}
    assert by_column["Bedrag (x € 1.000)"]["value_eur"] == 9_300_000
    assert by_column["Aandeel (%)"]["unit"] == "percent"
    assert _parents(cells)["Veiligheid"] == "Totaal" and table["unit_label"] == "mixed"


def test_single_spaced_headings_with_an_ordinal_and_years_part_at_their_capitals() -> None:
    """A suppletoire printed without layout: "Omschrijving Vastgestelde begroting 2026
    Mutaties 1e suppletoire Stand 2026" over rows of three values. A heading starts at a
    capital and goes on in lower case, with an ordinal ("1e") or its year; the line headed
    no table (the ordinal stopped the reading)."""
    text = "\n".join(
        [
            "Tabel 2 Eerste suppletoire begroting 2026 artikel 4 (bedragen x € 1.000)",
            "Omschrijving Vastgestelde begroting 2026 Mutaties 1e suppletoire Stand 2026",
            "Verplichtingen 310.450 -8.200 302.250",
            "Uitgaven 305.900 4.150 310.050",
            "Ontvangsten 6.300 700 7.000",
        ]
    )
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Uitgaven", "Mutaties 1e suppletoire")] == "4.150"
    assert grid[("Ontvangsten", "Vastgestelde begroting 2026")] == "6.300"
    assert grid[("Verplichtingen", "Stand 2026")] == "302.250"


@pytest.mark.parametrize("under", ["unit", "numbers"])
def test_years_over_repeated_words_beside_a_unit_corner_or_over_column_numbers(under: str) -> None:
    """The years of a jaarverslag's column groups over "Begroting Realisatie" twice, the
    words' line opening with the unit ("Bedragen x € 1.000"), or column numbers under the
    words: each column still takes its year ("2025 Realisatie (2)"). The years' line headed
    two columns with the unit line as the rows' parent, or the numbers kept the years off."""
    words = "Begroting    Realisatie     Begroting    Realisatie"
    heading = (
        ["Bedragen x € 1.000               " + words]
        if under == "unit"
        else [
            "                                 " + words,
            "                                       (1)           (2)           (3)           (4)",
        ]
    )
    text = "\n".join(
        [
            "Tabel 3 Budgettaire gevolgen van beleid artikel 12"
            + ("" if under == "unit" else " (bedragen x € 1.000)"),
            "",
            "                                         2025                        2026",
            *heading,
            "Verplichtingen                     212.300       208.114       225.000       231.870",
            "Uitgaven                           205.200       201.663       218.900       220.115",
        ]
    )
    [table], cells, warnings = _read(text)
    numbers = {"unit": ["", "", "", ""], "numbers": [" (1)", " (2)", " (3)", " (4)"]}[under]
    assert [c["column_label"] for c in cells if c["row_label"] == "Uitgaven"] == [
        f"2025 Begroting{numbers[0]}",
        f"2025 Realisatie{numbers[1]}",
        f"2026 Begroting{numbers[2]}",
        f"2026 Realisatie{numbers[3]}",
    ]
    assert table["unit_label"] == "x € 1.000" and not warnings
    assert _parents(cells)["Uitgaven"] is None


def test_a_begrotingsstaat_text_layer_numbers_its_groups_over_their_names() -> None:
    """A departementale begrotingsstaat by a text layer: "(1)" and "(2)" over the group
    names, each centred over three columns ("Vastgestelde begroting", "Mutaties 1e
    suppletoire begroting") over "Verplichtingen Uitgaven Ontvangsten" twice. Every column
    takes its group's number and name ("(2) Mutaties 1e suppletoire begroting Uitgaven");
    the numbers went to the middle column of each group alone."""
    text = "\n".join(
        [
            "Departementale begrotingsstaat van het Ministerie van Infrastructuur en "
            "Waterstaat (XII) voor het jaar 2026 (eerste suppletoire begroting)",
            "Bedragen in EUR 1.000",
            "",
            "                                          (1)                        "
            "                  (2)",
            "                               Vastgestelde begroting                "
            "   Mutaties 1e suppletoire begroting",
            "Art.  Omschrijving       Verplichtingen   Uitgaven   Ontvangsten   "
            " Verplichtingen   Uitgaven   Ontvangsten",
            "      Totaal                  9.876.543  9.500.000       400.000     "
            "      120.000    110.000        5.000",
            "      Beleidsartikelen",
            "11    Integraal waterbeleid     300.000    290.000        10.000     "
            "       20.000     15.000        1.000",
            "12    Hoofdwegennet           9.576.543  9.210.000       390.000     "
            "      100.000     95.000        4.000",
        ]
    )
    _tables, cells, _warnings = _read(text)
    labels = [c["column_label"] for c in cells if c["row_label"] == "12 Hoofdwegennet"]
    assert labels == [
        "(1) Vastgestelde begroting Verplichtingen",
        "(1) Vastgestelde begroting Uitgaven",
        "(1) Vastgestelde begroting Ontvangsten",
        "(2) Mutaties 1e suppletoire begroting Verplichtingen",
        "(2) Mutaties 1e suppletoire begroting Uitgaven",
        "(2) Mutaties 1e suppletoire begroting Ontvangsten",
    ]


def test_a_group_over_years_beside_columns_of_their_own_heads_only_its_years() -> None:
    """A jaarverslag's text layer: "Realisatie" over five years, and beside it
    "Vastgestelde" / "begroting" and "Verschil" each flush with a column of its own, all on
    one line. The group heads its five years ("Realisatie 2023"), the others their own
    column; the realised years were bare (the last one's nearest chunk was the budget's)."""
    text = "\n".join(
        [
            "Tabel 2 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "",
            "                                          Realisatie                 "
            "      Vastgestelde     Verschil",
            "                                                                     "
            "         begroting",
            "                            2019      2020      2021      2022     "
            " 2023           2023         2023",
            "Verplichtingen            10.100    10.800    11.250    11.900   "
            " 12.400         12.000          400",
            "Uitgaven                  10.000    10.700    11.200    11.850   "
            " 12.300         12.100          200",
        ]
    )
    _tables, cells, _warnings = _read(text)
    assert [c["column_label"] for c in cells if c["row_label"] == "Uitgaven"] == [
        *(f"Realisatie {year}" for year in range(2019, 2024)),
        "Vastgestelde begroting 2023",
        "Verschil 2023",
    ]


@pytest.mark.parametrize(
    ("heading", "under", "labels"),
    [
        (
            "Realisatie 2025 Begroting 2026 Verschil",
            "(1) (2) (3)=(2)-(1)",
            ["Realisatie 2025 (1)", "Begroting 2026 (2)", "Verschil (3)=(2)-(1)"],
        ),
        ("2026 2027 2028", "raming raming raming", ["2026 raming", "2027 raming", "2028 raming"]),
    ],
)
def test_a_headings_second_line_printed_without_layout_is_no_row(
    heading: str, under: str, labels: list[str]
) -> None:
    """Headings printed without layout over two lines, the second one item per column:
    column numbers under "Realisatie 2025 Begroting 2026 Verschil" (the numbers headed the
    columns alone, the words were lost), "raming" under each year (read as a group of rows,
    every row's parent). Each column takes both."""
    text = "\n".join(
        [
            "Tabel 12 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            heading,
            under,
            "Verplichtingen 45.200 44.000 -1.200",
            "Uitgaven 43.100 43.500 400",
        ]
    )
    _tables, cells, _warnings = _read(text)
    assert [c["column_label"] for c in cells if c["row_label"] == "Uitgaven"] == labels
    assert _parents(cells)["Uitgaven"] is None


def test_second_heading_rows_printed_one_cell_per_line_join_their_columns() -> None:
    """Two heading rows of a web page flattened one cell per line, each opening with an
    empty corner: "Bedrag" "Aandeel" over "(x € 1.000)" "(%)" (the units alone headed the
    columns), and "Realisatie" and "Begroting" each spanning two years (the group row
    counted the years' corner as a column, so the groups were dropped)."""
    units = _cells_per_line(
        "Tabel 4 Lasten per taakveld 2026", " ", "Bedrag", "Aandeel", " ", "(x € 1.000)", "(%)",
        "Bestuur", "12.400", "10,6",
        "Veiligheid", "8.300", "7,1",
    )  # fmt: skip
    _tables, cells, _warnings = _read(units)
    by_column = {c["column_label"]: c for c in cells if c["row_label"] == "Veiligheid"}
    assert by_column["Bedrag (x € 1.000)"]["value_eur"] == 8_300_000
    assert by_column["Aandeel (%)"]["unit"] == "percent"
    groups = _cells_per_line(
        "Tabel 5 Kerncijfers (bedragen x € 1.000)", " ",
        "Realisatie", " ", "Begroting", " ", " ",
        "2023", "2024", "2025", "2026",
        "Uitgaven", "1.204", "1.388", "1.512", "1.600",
    )  # fmt: skip
    _tables, cells, _warnings = _read(groups)
    assert [c["column_label"] for c in cells] == [
        "Realisatie 2023", "Realisatie 2024", "Begroting 2025", "Begroting 2026",
    ]  # fmt: skip


def test_padded_headings_ending_in_column_numbers_head_their_columns() -> None:
    """A suppletoire's text layer numbers each heading on its own line ("Vastgestelde
    begroting 2026 (1)   Mutaties (2)   Stand 2026 (3)=(1)+(2)"): each heading keeps its
    number (the line headed no table: a number ended no heading of words)."""
    text = "\n".join(
        [
            "Tabel 2 Eerste suppletoire begroting 2026 (bedragen x € 1.000)",
            "",
            "Omschrijving  Vastgestelde begroting 2026 (1)   Mutaties (2)   Stand 2026 (3)=(1)+(2)",
            "Verplichtingen                        250.000         12.500                  262.500",
            "Uitgaven                              248.000         10.200                  258.200",
        ]
    )
    _tables, cells, warnings = _read(text)
    assert [c["column_label"] for c in cells if c["row_label"] == "Uitgaven"] == [
        "Vastgestelde begroting 2026 (1)", "Mutaties (2)", "Stand 2026 (3)=(1)+(2)",
    ]  # fmt: skip
    assert not warnings


# --- review round 4: cell values, units and parents ------------------------------------


def test_a_table_with_dot_thousands_never_joins_two_values_over_one_space() -> None:
    """A PDF text layer of a table printing dot thousands ("1.250     3.400"): a long label
    pushes a row's small values right, "250 300" one space apart, which ended under 2025
    read as 250.300 (1,000 times too much); and one row per line, a label ending in its
    article number ("Bijdrage artikel 2 250 300 1.000") read as 2.250. A table that prints
    dot thousands prints no space thousands: the spaces part values."""
    aligned = "\n".join(
        [
            "Tabel 3 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "",
            "Omschrijving                              2024      2025      2026",
            "Verplichtingen                           1.250     3.400     2.100",
            "Uitgaven                                 1.250     3.400     2.100",
            "Subsidies                                  250       300     1.000",
            "Bijdragen aan medeoverheden en agentschappen     250 300     1.000",
            "Opdrachten                                 750     2.800       100",
        ]
    )
    per_row = "\n".join(
        [
            "Tabel 3 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "Omschrijving 2024 2025 2026",
            "Uitgaven 1.250 3.400 2.100",
            "Bijdrage artikel 2 250 300 1.000",
            "Opdrachten 1.000 3.100 1.100",
        ]
    )
    for text, label in (
        (aligned, "Bijdragen aan medeoverheden en agentschappen"),
        (per_row, "Bijdrage artikel 2"),
    ):
        _tables, cells, _warnings = _read(text)
        row = {c["column_label"]: c["value"] for c in cells if c["row_label"] == label}
        assert row == {"2024": 250, "2025": 300, "2026": 1000}
        assert max(c["value"] for c in cells) == 3400


def test_a_table_with_space_thousands_still_joins_them() -> None:
    """The control: a table printing space thousands ("1 250") joins them."""
    text = "\n".join(
        [
            "Tabel 3 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "Omschrijving 2024 2025 2026",
            "Uitgaven 1 250 3 400 2 100",
            "Subsidies 250 1 300 1 000",
        ]
    )
    _tables, cells, _warnings = _read(text)
    row = {c["column_label"]: c["value"] for c in cells if c["row_label"] == "Subsidies"}
    assert row == {"2024": 250, "2025": 1300, "2026": 1000}


def test_an_accountants_minus_after_the_figure_makes_it_negative() -> None:
    """A staat van baten en lasten printing a negative as "5.350-" or "5.350 -" (the minus
    after the figure, as accountants do) and "(1.250)": the value is negative, in each
    layout. The dash after a figure was no cell ("5.350-" ended the table) or a nil cell of
    the next column ("5.350 -"); one space apart in a row printed one space apart, where a
    minus cannot be told from a nil cell, a dash alone stays nil."""
    aligned = "\n".join(
        [
            "Staat van baten en lasten (bedragen x € 1.000)",
            "",
            "                                 Realisatie       Begroting",
            "                                       2023            2024",
            "Baten                                 4.100           4.200",
            "Lasten                                5.350 -         4.000 -",
            "Saldo                                 1.250 -           200",
        ]
    )
    per_row = "\n".join(
        [
            "Tabel 5 Staat van baten en lasten (bedragen x € 1.000)",
            "Omschrijving Realisatie 2023 Begroting 2024",
            "Baten 4.100 4.200",
            "Lasten 5.350- 4.000-",
            "Saldo (1.250) 200",
        ]
    )
    per_cell = _cells_per_line(
        "Tabel 5 Staat van baten en lasten (bedragen x € 1.000)", " ",
        "Realisatie 2023", "Begroting 2024",
        "Baten", "4.100", "4.200",
        "Lasten", "5.350-", "4.000 -",
        "Saldo", "1.250 -", "200",
    )  # fmt: skip
    for text in (aligned, per_row, per_cell):
        _tables, cells, _warnings = _read(text)
        values = {(c["row_label"], c["column_label"][-4:]): c["value"] for c in cells}
        assert values == {
            ("Baten", "2023"): 4100, ("Baten", "2024"): 4200,
            ("Lasten", "2023"): -5350, ("Lasten", "2024"): -4000,
            ("Saldo", "2023"): -1250, ("Saldo", "2024"): 200,
        }  # fmt: skip
        assert _parents(cells)["Lasten"] == "Saldo"
    _tables, cells, _warnings = _read(_row_table("Bijdragen 5 10 –"))
    assert [c["value"] for c in cells] == [5, 10, None]


def test_an_accountants_minus_after_the_figure_as_a_slashed_mark() -> None:
    """A municipal rapportage prints a nadelig figure with the accountant's "-/-" after it
    ("450 -/-", the unit line saying "-/- = nadelig"): the mark belongs to the figure
    before it, in every layout. Read as a lone token it was no cell, the rows ended in no
    figure and the whole table was lost."""
    aligned = "\n".join(
        [
            "Tabel 3 Verloop begrotingssaldo",
            "(bedragen x € 1.000; + = voordelig, -/- = nadelig)",
            "",
            "Omschrijving                               2024        2025        2026",
            "Saldo primitieve begroting                  812         240     120 -/-",
            "Hogere energiekosten                    310 -/-     150 -/-",
            "Algemene uitkering septembercirculaire      425         390         410",
            "Totaal mutaties                             115     240 -/-         410",
            "Saldo na rapportage                         927           0         290",
        ]
    )
    per_cell = _cells_per_line(
        "Tabel 3 Verloop begrotingssaldo (bedragen x € 1.000)", " ",
        "2024", "2025",
        "Saldo primitieve begroting", "812", "240",
        "Hogere energiekosten", "310 -/-", "150 -/-",
        "Totaal mutaties", "502", "90",
    )  # fmt: skip
    _tables, cells, _warnings = _read(aligned)
    values = {(c["row_label"], c["column_label"]): c["value"] for c in cells}
    assert values == {
        ("Saldo primitieve begroting", "2024"): 812,
        ("Saldo primitieve begroting", "2025"): 240,
        ("Saldo primitieve begroting", "2026"): -120,
        ("Hogere energiekosten", "2024"): -310,
        ("Hogere energiekosten", "2025"): -150,
        ("Algemene uitkering septembercirculaire", "2024"): 425,
        ("Algemene uitkering septembercirculaire", "2025"): 390,
        ("Algemene uitkering septembercirculaire", "2026"): 410,
        ("Totaal mutaties", "2024"): 115,
        ("Totaal mutaties", "2025"): -240,
        ("Totaal mutaties", "2026"): 410,
        ("Saldo na rapportage", "2024"): 927,
        ("Saldo na rapportage", "2025"): 0,
        ("Saldo na rapportage", "2026"): 290,
    }
    assert {c["value_text"] for c in cells if c["value"] == -310} == {"310 -/-"}
    _tables, cells, _warnings = _read(per_cell)
    values = {(c["row_label"], c["column_label"]): c["value"] for c in cells}
    assert values[("Hogere energiekosten", "2024")] == -310
    assert values[("Hogere energiekosten", "2025")] == -150


def test_a_table_printing_the_slashed_minus_after_its_figures_one_space_apart() -> None:
    """The same rapportage as plain text, its cells one space apart: a row ending in "-/-"
    says the table prints the accountant's minus after its figures, so every "-/-" is the
    minus of the figure before it, also in a row whose last figure is positive ("Lagere
    leges 60 -/- 25 40": -60, 25, 40; read as "-/- 25", a minus before the next figure,
    the signs of two cells were wrong; a row ending in "-/-" was no row)."""
    text = "\n".join(
        [
            "Tabel 3 Verloop begrotingssaldo (bedragen x € 1.000; -/- = nadelig)",
            "Omschrijving 2024 2025 2026",
            "Saldo primitieve begroting 812 240 120 -/-",
            "Hogere energiekosten 310 -/- 150 -/- 90 -/-",
            "Lagere leges 60 -/- 25 40",
            "Algemene uitkering 425 390 410",
            "Totaal mutaties 55 265 360",
            "Saldo na rapportage 867 505 240",
        ]
    )
    _tables, cells, warnings = _read(text)
    values = {(c["row_label"], c["column_label"]): c["value"] for c in cells}
    assert not warnings and len(values) == 18
    assert [values[("Lagere leges", year)] for year in ("2024", "2025", "2026")] == [-60, 25, 40]
    assert values[("Hogere energiekosten", "2026")] == -90
    assert values[("Saldo primitieve begroting", "2026")] == -120
    assert _parents(cells)["Lagere leges"] == "Totaal mutaties"


def test_rows_printing_the_minus_glued_after_a_figure_are_rows_no_table_read() -> None:
    """A municipal begrotingswijziging as ``pdftotext -layout`` prints it: its headings end
    in no year ("voor wijziging   Wijziging   na wijziging"), so the table is found from the
    run of rows under them that no table read; its negatives print the accountant's minus
    glued after the figure ("85.000-"), hanging one character past the column. A line
    ending in such a figure, or holding one, was no row: the run broke at each, the line
    above the rest was a row, and no table was read. Lines of one such figure each
    ("Saldo   638.500-") are still no run of rows."""
    ends = (62, 76, 92)

    def row(label: str, *texts: str) -> str:
        line = _printed(label, ends, *(text.rstrip("-") for text in texts))
        for end, text in zip(ends, texts, strict=True):
            if text.endswith("-"):
                line = line[:end] + "-" + line[end + 1 :]
        return line

    text = "\n".join(
        [
            "Begrotingswijziging 2026-04 (bedragen in €)",
            "",
            _printed("", ends, "Begroting 2026", "", "Begroting 2026"),
            _printed("Omschrijving", ends, "voor wijziging", "Wijziging", "na wijziging"),
            "",
            row("Overhead", "38.412.600", "215.000", "38.627.600"),
            row("Verkeer en vervoer", "14.906.250", "85.000-", "14.821.250"),
            row("Samenkracht", "11.204.700", "62.500", "11.267.200"),
            row("Milieubeheer", "6.102.800", "48.000-", "6.054.800"),
            row("Totaal lasten", "70.626.250", "144.500", "70.770.750"),
        ]
    )
    _tables, cells, _warnings = _read(text)
    values = {(c["row_label"], c["column_label"]): c["value"] for c in cells}
    assert len(values) == 15
    assert values[("Verkeer en vervoer", "Wijziging")] == -85000
    assert values[("Milieubeheer", "Wijziging")] == -48000
    assert values[("Milieubeheer", "Begroting 2026 na wijziging")] == 6054800
    lone = "\n".join(["Uitkomst", "Saldo lasten          638.500-", "Saldo baten    40.000-"])
    _tables, cells, warnings = _read(lone)
    assert not cells and not warnings


def test_a_year_with_a_dash_after_it_is_an_open_period_no_minus() -> None:
    """An overview whose rows print the period a scheme runs ("Looptijd": "2024-", from
    that year on) before its budget: a year with a dash after it is an open period, not a
    figure with the accountant's minus, so the lines hold one figure each and make no run
    of rows. They were read as a table storing the years as negatives (-2024 euros)."""
    ends = (44, 57)
    text = "\n".join(
        [
            "Overzicht regelingen (bedragen x € 1.000)",
            "",
            _printed("Regeling", ends, "Looptijd", "Budget"),
            "",
            _printed("Regeling woningbouw", ends, "2024-", "12.500"),
            _printed("Regeling sportparken", ends, "2025-", "8.000"),
            _printed("Regeling bibliotheken", ends, "2023-", "4.000"),
        ]
    )
    _tables, cells, _warnings = _read(text)
    assert not [c for c in cells if c["value"] < 0]


def test_footnotes_breaking_a_kamerstuks_number_at_its_hyphen_are_no_rows() -> None:
    """Footnotes under a table citing Kamerstuk numbers broken over the line at their
    hyphen ("36 600-" / "VII, nr. 2"): a whole number and a dash ending a line may be a
    number going on below, no figure with the accountant's minus, so the lines are no run
    of rows (they were said as "3 lines look like table rows"). Lines ending in an amount
    with the minus and its separators ("1.164.000-", "48,5-") still are rows."""
    ends = (50, 62)
    table = [
        "Tabel 2 Uitgaven (bedragen x € 1.000)",
        "",
        _printed("", ends, "2025", "2026"),
        _printed("Subsidies", ends, "12", "14"),
        _printed("Opdrachten", ends, "3", "4"),
        "",
    ]
    notes = [
        "1 Zie Kamerstuk 36 200-",
        "  XV, nr. 4 en Kamerstuk 36 350-",
        "2 Brief van 3 maart, 36 410-",
        "  VIII, nr. 7",
    ]
    _tables, cells, warnings = _read("\n".join([*table, *notes]))
    assert len(cells) == 4
    assert not [w for w in warnings if "look like table rows" in w.reason]
    assert row_like("Verkeer en vervoer 1.204.000 1.164.000-")
    assert row_like("Milieubeheer 6.102,8 48,5-")


@pytest.mark.parametrize("mark", ["w.v.", "w.o.", "waaronder", "- w.v."])
def test_abbreviated_waarvan_rows_are_parts_not_summands(mark: str) -> None:
    """ "w.v." (waarvan) and "w.o." (waaronder) rows are parts of the row above that do not
    add up to it, as "waarvan" rows are (they were taken for summands of the total below,
    or its own rows)."""
    text = "\n".join(
        [
            "Tabel 4 Uitgaven Koninkrijksrelaties (bedragen x € 1.000)",
            "Omschrijving 2024 2025",
            "Caribisch Nederland 52.400 53.800",
            f"{mark} Bonaire 35.200 36.100",
            f"{mark} Sint Eustatius 9.800 10.100",
            "Koninkrijkssamenwerking 12.000 12.500",
            f"{mark} Sint Maarten 4.000 4.100",
            "Totaal 64.400 66.300",
        ]
    )
    _tables, cells, _warnings = _read(text)
    parents = _parents(cells)
    adds = {c["row_label"]: c["adds_up"] for c in cells}
    assert parents[f"{mark} Bonaire"] == parents[f"{mark} Sint Eustatius"] == "Caribisch Nederland"
    assert parents[f"{mark} Sint Maarten"] == "Koninkrijkssamenwerking"
    assert parents["Caribisch Nederland"] == parents["Koninkrijkssamenwerking"] == "Totaal"
    assert adds[f"{mark} Bonaire"] is False and adds["Caribisch Nederland"] is True


@pytest.mark.parametrize(
    ("label", "costs"),
    [
        ("Gemiddelde kosten per leerling", ["€ 3.140", "€ 3.210", "€ 3.290"]),
        ("Gemiddelde kosten per leerling (in €)", ["3.140", "3.210", "3.290"]),
    ],
)
def test_a_unit_printed_in_one_row_is_that_rows_unit_not_the_tables(
    label: str, costs: list[str]
) -> None:
    """Kengetallen of a sector, counts in every row but one, which prints its euros ("€
    3.140", or "(in €)" in its label), and the prose above restating one of them: the table
    was stored in euros (1.450.200 leerlingen as € 1.450.200). The unit one row prints is
    its own: the rows that print none keep their values without a unit, with a warning."""
    text = "\n".join(
        [
            "De gemiddelde kosten per leerling stijgen in 2024 naar € 3.210.",
            "",
            "Tabel 7 Kengetallen primair onderwijs",
            "Omschrijving 2023 2024 2025",
            "Leerlingen 1.450.200 1.440.100 1.431.000",
            "Scholen 6.210 6.180 6.150",
            "Leraren (fte) 98.400 97.900 97.300",
            " ".join([label, *costs]),
        ]
    )
    [table], cells, warnings = _read(text)
    units = {c["row_label"]: (c["unit"], c["value_eur"]) for c in cells if c["year"] == 2024}
    assert table["unit"] == "mixed"
    assert units == {
        "Leerlingen": (None, None),
        "Scholen": (None, None),
        "Leraren (fte)": ("count", None),
        label: ("EUR", 3210),
    }
    said = sorted(w.reason for w in warnings)
    assert said == [
        f"table {table['table_id']}: row 'Leerlingen' prints no unit; values kept without euros",
        f"table {table['table_id']}: row 'Scholen' prints no unit; values kept without euros",
    ]


def test_a_table_declared_in_money_holding_counts_is_mixed() -> None:
    """A programme's "Wat heeft het gekost?" in thousands with a row "Formatie (fte)", a
    table of staff per unit with a column "Aantal fte": the table holds another kind of
    unit than it declares, so its unit is mixed (it was stored as "x € 1.000"); each row
    and column keeps its own."""
    programme = _cells_per_line(
        "Wat heeft het gekost?", "Bedragen x € 1.000", " ", "Begroting 2023", "Rekening 2023",
        "Ruimtelijke ordening", "12.450", "13.120",
        "Volkshuisvesting", "8.760", "9.870",
        "Totaal lasten", "21.210", "22.990",
        "Formatie (fte)", "86,4", "87,2",
    )  # fmt: skip
    staff = _cells_per_line(
        "Tabel 12 Bezetting en personele uitgaven 2025 (bedragen x € 1.000)", " ",
        "Aantal fte", "Personele uitgaven",
        "Kerndepartement", "1.845,3", "181.230",
        "Logius", "702,0", "70.120",
        "Totaal", "2.547,3", "251.350",
    )  # fmt: skip
    for text in (programme, staff):
        [table], cells, _warnings = _read(text)
        assert (table["unit"], table["unit_label"], table["scale_factor"]) == ("mixed", "mixed", 1)
        units = {(c["unit"], c["scale_factor"]) for c in cells}
        assert units == {("EUR", 1000), ("count", 1)}
    [table], cells, _warnings = _read(programme)
    fte = [c["value_eur"] for c in cells if c["row_label"] == "Formatie (fte)"]
    assert fte == [None, None] and table["scale_text"] == "x € 1.000"


#: A forecast table in billions whose last rows stand under a line of their own unit,
#: ``pdftotext -layout`` (a CPB raming's "Overheidsfinanciën").
_SWITCHED = (
    "Tabel 2.4     Collectieve sector, 2024-2026 (mld euro, tenzij anders vermeld)",
    "",
    "                                      2024     2025     2026",
    "",
    "Collectieve lasten                   401,2    419,8    436,5",
    "Collectieve uitgaven                 498,6    517,3    539,0",
    "",
    "{line}",
    "{row}                                  -1,9     -2,4     -2,7",
    "Bruto schuld                          43,8     45,1     47,3",
)


def test_a_unit_line_switching_the_rows_under_it_makes_the_table_mixed() -> None:
    """A caption in billions "tenzij anders vermeld", then a line "in % bbp" over the last
    rows: the rows under the line print another unit than those above it, so the table's
    unit is mixed (it was the caption's "mld euro"); each row keeps its own."""
    text = "\n".join(_SWITCHED).replace("{line}", "in % bbp").replace("{row}", "Saldo     ")
    [table], cells, _warnings = _read(text)
    assert (table["unit"], table["unit_label"]) == ("mixed", "mixed")
    units = {c["row_label"]: c["unit_label"] for c in cells}
    assert units["Collectieve uitgaven"] == "mld euro"
    assert units["Bruto schuld"] == "% bbp"


@pytest.mark.parametrize(("line", "row"), [("mld euro", "Saldo     "), ("", "Saldo (% bbp)")])
def test_a_unit_line_saying_the_caption_s_unit_or_a_row_s_own_percent_keeps_it(
    line: str, row: str
) -> None:
    """Near forms: the line says the caption's unit again, or no line and one row's label
    says its percent of bbp (a ratio of the table's figures): the table stays in billions."""
    text = "\n".join(_SWITCHED).replace("{line}", line).replace("{row}", row)
    tables_read, _cells, _warnings = _read(text)
    assert tables_read[0]["unit_label"] == "mld euro"


def test_a_unit_line_over_every_row_is_the_table_s() -> None:
    """Near form: a unit line right under the headings, over all the rows, under a caption
    saying none: it is the table's unit, no switch."""
    text = "\n".join((*_SWITCHED[:3], "in % bbp", *_SWITCHED[4:6]))
    text = text.replace(" (mld euro, tenzij anders vermeld)", "")
    [table], _cells, _warnings = _read(text)
    assert table["unit_label"] == "% bbp"


@pytest.mark.parametrize(
    "above",
    [
        (),
        ("Collectieve lasten                    n.v.t.   n.v.t.   n.v.t.",),
    ],
)
def test_a_unit_line_under_no_figured_row_switches_nothing(above: tuple[str, ...]) -> None:
    """Near forms: the caption saying billions, a unit line "in % bbp" stands over every
    row, or only under rows printing no figure ("n.v.t."): no row in the caption's unit
    prints a figure above the line, so the line switches no unit away from it, and the
    table keeps the caption's."""
    rows = (*above, "", "in % bbp", *_SWITCHED[8:]) if above else ("in % bbp", *_SWITCHED[4:6])
    text = "\n".join((*_SWITCHED[:4], *rows)).replace("{row}", "Saldo     ")
    [table], _cells, _warnings = _read(text)
    assert (table["unit"], table["unit_label"]) == ("EUR", "mld euro")


#: A municipal budget's section, one row per line: the prose above the first table says
#: the unit, a sentence of prose leads to the second, which prints none.
_SECTION = (
    "{note}",
    "",
    "Overzicht lasten per taakveld",
    "Taakveld Begroting 2025 Raming 2026",
    "Bestuur 19.874 19.650",
    "Veiligheid 6.712 6.790",
    "Totaal lasten 26.586 26.440",
    "",
    "{between}",
    "Begroting 2025 Raming 2026",
    "Toevoegingen aan reserves -3.500 -1.800",
    "Onttrekkingen aan reserves 2.870 1.010",
    "Geraamd resultaat -630 -790",
)


def _section(note: str, between: str) -> list[dict[str, object]]:
    text = "\n".join(_SECTION).replace("{note}", note).replace("{between}", between)
    tables_read, _cells, _warnings = _read(text)
    assert len(tables_read) == 2
    return tables_read


def test_a_unit_said_in_the_prose_over_a_section_goes_on_to_its_next_table() -> None:
    """The prose over the section's first table declares the unit after a sentence ("...
    per taakveld. Bedragen x € 1.000."), a sentence of prose leads to the next table, which
    prints none: the text's unit is the section's, so the next table takes it too (it was
    left without a unit)."""
    note = "Hieronder staan de lasten per taakveld en het resultaat. Bedragen x € 1.000."
    between = "Het saldo wordt als volgt verrekend met de reserves."
    assert [t["unit_label"] for t in _section(note, between)] == ["x € 1.000", "x € 1.000"]


@pytest.mark.parametrize(
    ("note", "between"),
    [
        ("Bedragen x € 1.000", "Het saldo wordt als volgt verrekend met de reserves."),
        (
            "Hieronder de lasten. Bedragen x € 1.000.",
            "3.2 Reserves\n\nHet saldo gaat naar de reserves.",
        ),
        ("Hieronder de lasten. Bedragen x € 1.000.", "Het saldo (bedragen x € 1)."),
        (
            "Hieronder de lasten. Bedragen x € 1.000.",
            "Bedragen x € 1 mln.\n"
            "De verrekening met de reserves volgt uit het besluit van de raad in het voorjaar.\n"
            "De reserves komen daarmee weer op het niveau dat de nota voorschrijft.\n"
            "Het saldo wordt als volgt verrekend met de reserves.",
        ),
    ],
)
def test_a_tables_own_unit_line_or_a_new_section_passes_no_unit_on(note: str, between: str) -> None:
    """Near forms: a unit line alone over the first table is its own (no table takes its
    unit from the caption of the table above it); a section's heading between the tables,
    or another note (one too far above the next table for it to take that note as its
    own), ends the prose's unit: the next table takes none of it."""
    assert _section(note, between)[1]["unit_label"] != "x € 1.000"


@pytest.mark.parametrize(
    "title",
    [
        "Aantal te bouwen woningen per complex",
        "Formatie per afdeling (fte)",
        "Bezettingsgraad in %",
    ],
)
def test_a_table_whose_title_names_a_count_or_share_takes_no_unit_from_the_sections_prose(
    title: str,
) -> None:
    """The prose over the section's first table says its unit after a sentence, a sentence
    leads to a second table whose title says it counts houses or staff, or holds shares: no
    money, so the section's unit is none of its (it was stored in x € 1.000)."""
    note = "Hieronder staan de lasten per taakveld. Bedragen x € 1.000."
    between = f"In de complexen worden de volgende aantallen gebouwd.\n\n{title}"
    first, second = _section(note, between)
    assert (first["unit_label"], second["unit"]) == (
        "x € 1.000",
        None if "%" not in title else "percent",
    )


def test_a_table_whose_title_names_money_takes_the_sections_unit() -> None:
    """Near form: the second table's own plain title names money ("Mutaties reserves",
    "Kosten per complex": "per" and a thing counted are no count): the section's unit goes
    on to it, as 0c047a1f has it."""
    note = "Hieronder staan de lasten per taakveld. Bedragen x € 1.000."
    for title in ("Mutaties reserves", "Kosten bouw woningen per complex"):
        between = f"Het saldo wordt als volgt verrekend met de reserves.\n\n{title}"
        assert [t["unit_label"] for t in _section(note, between)] == ["x € 1.000", "x € 1.000"]


def test_a_sentence_wrapped_over_two_lines_passes_the_sections_unit_on() -> None:
    """The sentence between the section's tables printed wrapped, its first line ending in
    no full stop over a line opening in lower case ("... staan in de" / "volgende tabel."):
    one sentence of prose, no heading, so the section's unit goes on to the next table
    under its own plain title (it was left without a unit)."""
    note = "Hieronder staan de lasten per taakveld. Bedragen x € 1.000."
    between = (
        "Het saldo wordt verrekend met de reserves. De mutaties staan in de\n"
        "volgende tabel.\n\nMutaties reserves"
    )
    assert [t["unit_label"] for t in _section(note, between)] == ["x € 1.000", "x € 1.000"]


def test_a_line_without_full_stop_over_a_capitalised_line_passes_no_unit_on() -> None:
    """Near form: a line ending in no full stop over a line opening with a capital is a
    heading ("Reserves" / "Het saldo ..."), a new section: the unit goes no further."""
    note = "Hieronder staan de lasten per taakveld. Bedragen x € 1.000."
    between = "Reserves\nHet saldo wordt als volgt verrekend met de reserves."
    assert _section(note, between)[1]["unit_label"] != "x € 1.000"


#: A table in thousands with a column of percentages beside its amounts, headed by words
#: saying so ("Verschil in %") or not ("Aandeel"), one cell per line.
_RATE_COLUMN = (
    "Tabel 3 Lasten per taakveld (bedragen x € 1.000)", " ", "Begroting", "Realisatie",
    "{heading}",
    "Bestuur", "1.200", "1.282", "6,8%",
    "Economie", "3.400", "3.281", "-3,5%",
    "Totaal", "4.600", "4.563", "-0,8%",
)  # fmt: skip


@pytest.mark.parametrize("heading", ["Verschil in %", "Aandeel", "Mutatie (%)"])
def test_a_column_of_percentages_beside_the_amounts_keeps_the_caption_s_unit(
    heading: str,
) -> None:
    """A column of percentages beside amounts in the unit the caption declares ("Verschil
    in %": "6,8%", "Aandeel": "58,4%"): the rates are ratios of the table's figures, as a
    row of them is ("waarvan juridisch verplicht 95%"), so the table's unit stays the
    caption's (it was "mixed", where the answers keep "x € 1.000" as printed); each rate
    stays in percent, never euros."""
    text = _cells_per_line(*_RATE_COLUMN).replace("{heading}", heading)
    [table], cells, _warnings = _read(text)
    assert (table["unit"], table["unit_label"], table["scale_factor"]) == ("EUR", "x € 1.000", 1000)
    rates = [(c["unit"], c["value_eur"]) for c in cells if c["column_label"] == heading]
    assert rates == [("percent", None)] * 3
    money = {c["value_text"]: c["value_eur"] for c in cells if c["column_label"] == "Realisatie"}
    assert money["1.282"] == 1_282_000


def test_a_column_of_counts_beside_percentages_still_makes_the_table_mixed() -> None:
    """The near form: beside the rates a column of counts ("Aantal fte": "12,5"), another
    kind than the caption's money: the table stays mixed, each column in its own unit."""
    text = "\n".join(
        [
            "Tabel 3 Lasten per taakveld (bedragen x € 1.000)",
            "Realisatie Aantal fte Aandeel",
            "Bestuur 1.282 12,5 28,1%",
            "Economie 3.281 30,0 71,9%",
            "Totaal 4.563 42,5 100,0%",
        ]
    )
    [table], cells, _warnings = _read(text)
    assert table["unit"] == "mixed"
    units = {c["column_label"]: c["unit"] for c in cells}
    assert units == {"Realisatie": "EUR", "Aantal fte": "count", "Aandeel": "percent"}


@pytest.mark.parametrize(
    "row",
    [
        "Gemiddelde toeslag per huishouden (x € 1) 2.811 2.987",
        "EMU-schuldquote (in procenten bbp) 64,7% 65,3%",
        "waarvan juridisch verplicht 95% 80%",
    ],
)
def test_money_in_another_scale_or_a_row_of_shares_keeps_the_tables_unit(row: str) -> None:
    """The controls: a row of euros in another scale is still money, and a row of
    percentages is a ratio of the table's figures; the table keeps its unit."""
    text = "\n".join(
        [
            "Tabel 9 Kerncijfers huurtoeslag (bedragen x € 1 mln)",
            "Omschrijving 2022 2023",
            "Uitgaven huurtoeslag 2.345,1 2.501,2",
            row,
            "Terugvorderingen – 112,4 – 98,0",
        ]
    )
    [table], _cells, _warnings = _read(text)
    assert (table["unit"], table["unit_label"]) == ("EUR", "x € 1 mln")


# --- cause A: a label holding digits, rows placed by where their values stand -------------


def _layout_row(label: str, *values: str, first: int = 44, step: int = 10) -> str:
    """A row as ``pdftotext -layout`` prints it: each value ending under its year heading
    (the first ending at ``first``), blank cells left as spaces."""
    line = label
    for k, value in enumerate(values):
        if value:
            line = line.ljust(first + k * step - len(value)) + value
    return line


def _stand_table(*rows: tuple[str, ...]) -> str:
    years = ["2026", "2027", "2028", "2029", "2030"]
    return "\n".join(
        [
            "Tabel 4 Opbouw uitgaven artikel 7 (bedragen x € 1 mln)",
            "",
            _layout_row("", *years),
            *(_layout_row(label, *values) for label, *values in rows),
            "",
            "De stand wijkt af door de aangenomen moties en amendementen.",
        ]
    )


_STAND = ("Stand ontwerpbegroting 2026", "842,6", "838,1", "830,0", "826,4", "")
_MOTIE = ("Motie Grinwis c.s. (36 600 XII, nr. 31)", "5,0", "", "", "", "")
_AMENDEMENT = ("Amendement Kops nr. 14", "", "2,5", "2,5", "", "")
_SCHUIF = ("Kasschuif spoorprojecten", "-12,0", "6,0", "6,0", "", "")
_EXTRA = ("Extrapolatie", "", "", "", "", "826,4")


def test_a_label_s_reference_and_year_are_label_and_rows_keep_their_columns() -> None:
    """A row naming a motie or amendement by its Kamerstuk ("(36 600 XII, nr. 31)", "nr.
    14") with one value is a row of the table, not its end, and the numbers in its label
    are no values; a year one space after the label ("Stand ontwerpbegroting 2026") names
    the stand, its values apart by the columns' padding. Each row's values keep the columns
    they stand under. (The first such row ended the table, the rows above it filled from
    the left, and the label's year was stored as a value.)"""
    total = ("Stand 1e suppletoire begroting 2026", "835,6", "846,6", "838,5", "826,4", "826,4")
    text = _stand_table(_STAND, _MOTIE, _SCHUIF, _AMENDEMENT, _EXTRA, total)
    [_table], cells, warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Stand ontwerpbegroting 2026", "2026")] == "842,6"
    assert grid[("Stand ontwerpbegroting 2026", "2029")] == "826,4"
    assert ("Stand ontwerpbegroting 2026", "2030") not in grid
    assert grid[("Motie Grinwis c.s. (36 600 XII, nr. 31)", "2026")] == "5,0"
    assert grid[("Amendement Kops nr. 14", "2027")] == "2,5"
    assert grid[("Amendement Kops nr. 14", "2028")] == "2,5"
    assert grid[("Extrapolatie", "2030")] == "826,4"
    assert grid[("Stand 1e suppletoire begroting 2026", "2030")] == "826,4"
    assert not any(c["value_text"] in ("2026", "31", "14") for c in cells)
    assert len(cells) == 4 + 1 + 3 + 2 + 1 + 5 and not warnings
    assert _parents(cells)["Motie Grinwis c.s. (36 600 XII, nr. 31)"] == total[0]


def test_rows_of_fewer_values_take_the_headings_they_stand_under_without_a_total() -> None:
    """Where no row fills every column and no total tells by its sums, the headings the
    values stand under tell their columns (the values went to the first columns, and the
    stand's own year, its label's, was read as its first value)."""
    text = _stand_table(_STAND, _SCHUIF, _AMENDEMENT, _EXTRA, _MOTIE)
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Stand ontwerpbegroting 2026", "2026")] == "842,6"
    assert grid[("Kasschuif spoorprojecten", "2028")] == "6,0"
    assert grid[("Amendement Kops nr. 14", "2027")] == "2,5"
    assert grid[("Extrapolatie", "2030")] == "826,4"
    assert grid[("Motie Grinwis c.s. (36 600 XII, nr. 31)", "2026")] == "5,0"
    assert len(cells) == 4 + 3 + 2 + 1 + 1


# --- cause F: cells parted by tabs or semicolons -------------------------------------------


def test_cells_parted_by_tabs_are_columns_empty_between_two_tabs() -> None:
    """An HTML table copied as text: a tab between the cells, the empty code cell of a
    total and an empty value cell as nothing between two tabs, the programme number a code
    column joining the label. (No table was read: the words heading the columns have no
    year and the tabs left no positions.)"""
    text = "\n".join(
        [
            "Overzicht van baten en lasten per programma (bedragen x € 1.000)",
            "Programma\tNaam\tLasten\tBaten\tSaldo",
            "1\tBestuur en dienstverlening\t6.120\t-1.240\t4.880",
            "2\tVeiligheid\t3.450\t-210\t3.240",
            "3\tOnderwijs\t5.800\t-2.100\t3.700",
            "4\tAlgemene dekkingsmiddelen\t\t-11.820\t-11.820",
            "\tTotaal\t15.370\t-15.370\t0",
            "",
            "Het saldo van baten en lasten is sluitend.",
        ]
    )
    [table], cells, warnings = _read(text)
    grid = _grid(cells)
    assert grid[("1 Bestuur en dienstverlening", "Lasten")] == "6.120"
    assert grid[("4 Algemene dekkingsmiddelen", "Baten")] == "-11.820"
    assert ("4 Algemene dekkingsmiddelen", "Lasten") not in grid
    assert grid[("Totaal", "Saldo")] == "0"
    assert len(cells) == 3 * 3 + 2 + 3 and not warnings
    assert _parents(cells)["2 Veiligheid"] == "Totaal"
    assert (table["unit_label"], table["scale_factor"]) == ("x € 1.000", 1000)
    lines = text.split("\n")
    for cell in cells:  # each value points to where it stands
        at = cell["column"] - 1
        assert lines[cell["line"] - 1][at : at + len(cell["value_text"])] == cell["value_text"]


def test_lettered_parts_of_a_numbered_item_are_its_parts_printed_above_it() -> None:
    """An agentschap's kasstroomoverzicht, one cell per line, item codes in their own cell:
    "3a." and "3b." are parts of "3." printed below them, and "5. ... (=1+2+3+4)" closes
    the numbered items. With "3b." all zeros, "3a." equals "3.", so the sums alone let
    "3a." head "3b." and "3."; a lettered code is a level under the numbered ones."""
    text = _cells_per_line(
        "Tabel 8 Kasstroomoverzicht agentschap (bedragen x € 1.000)", " ",
        "2024", "2025",
        "1.", "Rekening-courant RHB 1 januari", "12.400", "10.150",
        "2.", "Totaal operationele kasstroom", "4.300", "5.100",
        "3a.", "-/- totaal investeringen", "−6.550", "−4.800",
        "3b.", "+/+ totaal boekwaarde desinvesteringen", "0", "0",
        "3.", "Totaal investeringskasstroom", "−6.550", "−4.800",
        "4a.", "-/- aflossingen op leningen", "−3.200", "−3.400",
        "4b.", "+/+ beroep op leenfaciliteit", "3.200", "2.000",
        "4.", "Totaal financieringskasstroom", "0", "−1.400",
        "5.", "Rekening-courant RHB 31 december (=1+2+3+4)", "10.150", "9.050",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    parents = _parents(cells)
    assert parents["3a. -/- totaal investeringen"] == "3. Totaal investeringskasstroom"
    assert parents["3b. +/+ totaal boekwaarde desinvesteringen"] == (
        "3. Totaal investeringskasstroom"
    )
    assert parents["4b. +/+ beroep op leenfaciliteit"] == "4. Totaal financieringskasstroom"
    closing = "5. Rekening-courant RHB 31 december (=1+2+3+4)"
    assert parents["3. Totaal investeringskasstroom"] == closing
    assert parents["4. Totaal financieringskasstroom"] == closing
    assert parents["1. Rekening-courant RHB 1 januari"] == closing


def test_a_small_negative_in_brackets_between_tabs_is_a_cell() -> None:
    """A spreadsheet pasted as text prints an accountant's small negative in brackets
    ("(425)", a voordeel) in a value column between tabs: a cell of the row, as "(1.204)"
    is, not a column number (those head the columns, no row's label before them). It was
    dropped, the saldo's other years kept."""
    text = "\n".join(
        [
            "Tabel 2 Incidentele baten en lasten\tbedragen x € 1.000",
            "Nr.\tOmschrijving\t2025\t2026\t2027",
            "1\tInhuur projectleider\t300\t150\t",
            "5\tVerkoop kavels\t725\t\t",
            "\tSaldo incidentele baten en lasten\t(425)\t150\t0",
            "",
            "Een bedrag tussen haakjes is een voordeel.",
        ]
    )
    _tables, cells, _warnings = _read(text)
    saldo = {c["column_label"]: c["value"] for c in cells if c["row_label"].startswith("Saldo")}
    assert saldo == {"2025": -425, "2026": 150, "2027": 0}


_BRACKETED_PIPES = (
    "Tabel 4 Ontwikkeling exploitatie (bedragen x € 1.000)",
    "| Omschrijving | 2025 | 2026 | 2027 |",
    "|---|---|---|---|",
)


def test_a_pipe_row_of_bracketed_figures_that_number_no_columns_is_a_row() -> None:
    """A pipe table printing its negatives in brackets: a row whose every figure is a
    small one in brackets, the same in each year ("(180)") or in fewer years, the last
    left empty ("(75) | (75) | "), prints no plain figure beside them. Read as column
    numbers, both rows were dropped, and the total over them no longer added up: its
    parts lost their parent. Figures that do not rise number no columns: negatives."""
    text = "\n".join(
        [
            *_BRACKETED_PIPES,
            "| Loonkosten | (1.150) | (1.200) | (1.250) |",
            "| Huur gebouwen | (180) | (180) | (180) |",
            "| Subsidie provincie | (75) | (75) | |",
            "| Totaal | (1.405) | (1.455) | (1.430) |",
        ]
    )
    _tables, cells, _warnings = _read(text)
    values = {(c["row_label"], c["column_label"]): c["value"] for c in cells}
    assert [values[("Huur gebouwen", year)] for year in ("2025", "2026", "2027")] == [-180] * 3
    assert values[("Subsidie provincie", "2026")] == -75
    assert ("Subsidie provincie", "2027") not in values
    parents = _parents(cells)
    assert {parents[label] for label in ("Loonkosten", "Huur gebouwen")} == {"Totaal"}


def test_a_labelled_pipe_row_of_rising_column_numbers_holds_no_cells() -> None:
    """Near form: a row printing its label over rising small figures in brackets ("(1) |
    (2) | (3)", the columns' numbers printed again under the heading's words) numbers the
    columns, in a table printing its negatives in brackets too: no cells."""
    text = "\n".join(
        [
            *_BRACKETED_PIPES,
            "| Kolom | (1) | (2) | (3) |",
            "| Loonkosten | (1.150) | (1.200) | (1.250) |",
            "| Huur gebouwen | (180) | 95 | (180) |",
        ]
    )
    _tables, cells, _warnings = _read(text)
    assert {c["line"] for c in cells} == {5, 6}
    assert {c["value_text"] for c in cells if c["line"] == 6} == {"(180)", "95"}


def test_a_csv_parted_by_semicolons_with_quoted_labels_is_a_table() -> None:
    """A CSV download pasted into a page: ";" parts the fields, a label holding a comma is
    quoted (the quotes no part of it, a doubled quote one quote), numbers print without
    thousands separators and the unit stands in the line above. Prose with semicolons is
    no table."""
    text = "\n".join(
        [
            "Bron: open data provincie, bedragen x € 1.000",
            "Code;Omschrijving;Begroting 2025;Begroting 2026",
            '710;"Provinciefonds, algemene uitkering";412800;421300',
            "720;Opcenten motorrijtuigenbelasting;198400;203100",
            '730;"Dividend ""Enexis"" en overige deelnemingen";2150;2150',
            ";Totaal;613350;626550",
            "",
            "De opcenten stijgen met de inflatie; het dividend blijft gelijk; 2026 volgt.",
            "Zie ook: 12; 14; 16.",
        ]
    )
    [table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("710 Provinciefonds, algemene uitkering", "Begroting 2025")] == "412800"
    assert grid[('730 Dividend "Enexis" en overige deelnemingen', "Begroting 2026")] == "2150"
    assert grid[("Totaal", "Begroting 2026")] == "626550"
    assert len(cells) == 8 and table["unit_label"] == "x € 1.000"
    assert _parents(cells)["720 Opcenten motorrijtuigenbelasting"] == "Totaal"
    lines = text.split("\n")
    for cell in cells:
        at = cell["column"] - 1
        assert lines[cell["line"] - 1][at : at + len(cell["value_text"])] == cell["value_text"]


def test_a_csv_parted_by_commas_with_quoted_dutch_decimals_is_a_table() -> None:
    """A spreadsheet's open-data download shown as text: "," parts the fields, a field
    holding a decimal comma is quoted ('"12,5%"', a heading '"Groei (2,4%)"'), the others
    bare, the euro sign in each money cell. Read by the csv module: a quoted comma is no
    separator. Prose above and below, its commas followed by a space, is no table. (No
    table was read.)"""
    text = "\n".join(
        [
            "Bijdragen deelnemers 2025",
            "Gemeente, provincie en waterschap dragen samen bij, naar rato van inwoners.",
            "",
            'Deelnemer,Inwoners,Bijdrage 2024,"Groei (2,4%)",Bijdrage 2025,Aandeel',
            'Arnhem,164.096,€ 2.410.300,€ 57.847,€ 2.468.147,"48,2%"',
            'Renkum,"31.205",€ 612.040,€ 14.689,€ 626.729,"12,3%"',
            'Rheden,43.600,€ 1.990.660,€ 47.776,€ 2.038.436,"39,5%"',
            'Totaal,238.901,€ 5.013.000,€ 120.312,€ 5.133.312,"100,0%"',
            "",
            "De bijdragen, zoals vastgesteld, gaan in op 1 januari, na goedkeuring, 2025.",
        ]
    )
    [table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Arnhem", "Groei (2,4%)")] == "€ 57.847"
    assert grid[("Rheden", "Aandeel")] == "39,5%"
    assert {c["value"] for c in cells if c["column_label"] == "Aandeel"} == {48.2, 12.3, 39.5, 100}
    assert grid[("Renkum", "Inwoners")] == "31.205"
    assert len(cells) == 4 * 5 and table["unit"] == "mixed"
    assert _parents(cells)["Renkum"] == "Totaal"
    lines = text.split("\n")
    for cell in cells:
        at = cell["column"] - 1
        assert lines[cell["line"] - 1][at : at + len(cell["value_text"])] == cell["value_text"]


def test_lines_of_prose_with_as_many_commas_are_no_csv() -> None:
    """Prose whose lines each hold two commas parts no fields: a comma of prose has a
    space after it, a CSV's none."""
    text = "\n".join(
        [
            "Wij ramen de lasten, na indexatie, op 2.410 in 2025",
            "en de baten, zonder incidenten, op 1.990 in 2025",
            "zodat het saldo, naar verwachting, op 420 uitkomt",
        ]
    )
    tables, cells, _warnings = _read(text)
    assert not tables and not cells


# --- cause H: grid tables -----------------------------------------------------------------


def test_a_grid_table_with_labels_wrapped_inside_their_cells() -> None:
    """A grid table as pandoc writes it: "+---+" borders around each row, "+===+" under a
    heading of two lines per cell, a label wrapped over the lines of its row with its
    values on the first. The row label joins the wrapped words, a heading cell's lines join
    top first. (No table was read.)"""
    text = "\n".join(
        [
            "Tabel 2.4 Bijdragen aan medeoverheden (bedragen x € 1.000)",
            "",
            "+--------------------------------+-----------+-----------+",
            "| Ontvanger                      | Begroting | Raming    |",
            "|                                | 2025      | 2026      |",
            "+================================+===========+===========+",
            "| Provincies, voor de regionale  | 14.250    | 14.900    |",
            "| energiestrategieën             |           |           |",
            "+--------------------------------+-----------+-----------+",
            "| Gemeenten                      | 36.800    | 37.450    |",
            "+--------------------------------+-----------+-----------+",
            "| Waterschappen                  | 2.100     | 2.100     |",
            "+--------------------------------+-----------+-----------+",
            "| Totaal                         | 53.150    | 54.450    |",
            "+--------------------------------+-----------+-----------+",
            "",
            "De bijdrage aan de waterschappen is gelijk gebleven.",
        ]
    )
    [table], cells, warnings = _read(text)
    grid = _grid(cells)
    label = "Provincies, voor de regionale energiestrategieën"
    assert grid[(label, "Begroting 2025")] == "14.250"
    assert grid[(label, "Raming 2026")] == "14.900"
    assert grid[("Totaal", "Raming 2026")] == "54.450"
    assert len(cells) == 8 and not warnings
    assert _parents(cells)[label] == "Totaal"
    assert {c["line"] for c in cells if c["row_label"] == label} == {7}
    assert table["unit_label"] == "x € 1.000" and table["line_end"] == 14
    lines = text.split("\n")
    for cell in cells:
        at = cell["column"] - 1
        assert lines[cell["line"] - 1][at : at + len(cell["value_text"])] == cell["value_text"]
    # without "+===+" a first row of figures heads nothing: no columns to name
    headless = "\n".join(lines[:3] + lines[6:])
    assert _read(headless)[0] == []


# --- cause I: rule lines ------------------------------------------------------------------


def test_a_pandoc_simple_table_s_dash_segments_are_no_label() -> None:
    """pandoc's plain text table: a dash segment under each column after the heading and
    after the last row; the segments are no part of the first row's label."""
    text = "\n".join(
        [
            "Tabel 5.2 Opbrengst belastingen (bedragen x € 1.000)",
            "",
            "  Belasting                  Raming 2025   Raming 2026",
            "  -------------------------- ------------- -------------",
            "  Onroerendezaakbelasting           9.870        10.150",
            "  Toeristenbelasting                 1.240         1.300",
            "  Precariobelasting                   310           320",
            "  -------------------------- ------------- -------------",
        ]
    )
    _tables, cells, _warnings = _read(text)
    assert {c["row_label"] for c in cells} == {
        "Onroerendezaakbelasting",
        "Toeristenbelasting",
        "Precariobelasting",
    }
    assert len(cells) == 6


# --- cause K: dot leaders -----------------------------------------------------------------


def test_dot_leaders_are_no_part_of_a_row_label() -> None:
    """A PDF's dot leaders between label and values, solid or spaced, of any length and up
    to the figure, lead the eye to the figures: no word of the label, no part of a value,
    which keeps its place on the line (they were kept in the label, and a leader glued to
    the figure ended the table)."""
    text = "\n".join(
        [
            "Tabel 2.3 Apparaatsuitgaven kerndepartement (bedragen x € 1.000)",
            "",
            "                                                  2025       2026",
            "Personele uitgaven                             184.300    186.950",
            "  waarvan eigen personeel . . . . . . . . . .  152.100    154.800",
            "  waarvan externe inhuur . . . . . . . . . . .  32.200     32.150",
            "Materiële uitgaven...............................61.750     60.900",
            "Totaal apparaatsuitgaven ....                  246.050    247.850",
        ]
    )
    _tables, cells, _warnings = _read(text)
    assert {c["row_label"] for c in cells} == {
        "Personele uitgaven",
        "waarvan eigen personeel",
        "waarvan externe inhuur",
        "Materiële uitgaven",
        "Totaal apparaatsuitgaven",
    }
    assert _grid(cells)[("Materiële uitgaven", "2026")] == "60.900"
    assert _parents(cells)["Materiële uitgaven"] == "Totaal apparaatsuitgaven"
    lines = text.split("\n")
    for cell in cells:
        at = cell["column"] - 1
        assert lines[cell["line"] - 1][at : at + len(cell["value_text"])] == cell["value_text"]


def test_group_lines_over_rows_of_mixed_units_each_head_their_own_rows() -> None:
    """A table of key figures (kerngegevens): value-less group lines over rows that each
    print their own unit, a growth rate beside a rate and an amount. Each group line heads
    the rows up to the next one, whatever their kinds; none of them is a sum."""
    text = "\n".join(
        [
            "Tabel 2.1 Macro-economische kerncijfers, 2024-2026",
            "",
            "                                              2024      2025      2026",
            "Wereldeconomie",
            "  Groei wereldhandel (volume, %)               2,1       2,8       3,0",
            "  Wisselkoers (dollar per euro)                1,10      1,12      1,12",
            "Arbeidsmarkt",
            "  Werkgelegenheid (%)                          0,8       0,6       0,5",
            "  Werkloze beroepsbevolking (x 1.000)          372       388       401",
            "Overheid",
            "  Begrotingssaldo (% bbp)                     -1,8      -2,2      -2,6",
            "  Belastingontvangsten (mld euro)            401,7     419,3     436,0",
            "",
            "Bron: ramingen. Mutaties per jaar in %, tenzij anders vermeld.",
        ]
    )
    _tables, cells, _warnings = _read(text)
    parents = _parents(cells)
    assert parents["Groei wereldhandel (volume, %)"] == "Wereldeconomie"
    assert parents["Wisselkoers (dollar per euro)"] == "Wereldeconomie"
    assert parents["Werkgelegenheid (%)"] == "Arbeidsmarkt"
    assert parents["Werkloze beroepsbevolking (x 1.000)"] == "Arbeidsmarkt"
    assert parents["Begrotingssaldo (% bbp)"] == "Overheid"
    assert parents["Belastingontvangsten (mld euro)"] == "Overheid"


def test_a_bold_markdown_row_is_read_as_any_other_row() -> None:
    """A Markdown table that prints its total row in bold ("| **Totaal** | **1.204,6** |"):
    the marks are emphasis, never part of the label or the value, and the row closes the
    rows above it as an unmarked total does (the row was skipped, its parts left
    without a parent)."""
    text = "\n".join(
        [
            "### Tabel 4 Uitgaven regio-envelop per provincie (x € 1 mln)",
            "",
            "| Provincie | 2024 | 2025 |",
            "|:----------|-----:|-----:|",
            "| Groningen | 310,2 | 298,7 |",
            "| Drenthe | 184,9 | 201,4 |",
            "| Overijssel | 709,5 | 688,3 |",
            "| **Totaal** | **1.204,6** | **1.188,4** |",
        ]
    )
    _tables, cells, _warnings = _read(text)
    assert _grid(cells)[("Totaal", "2025")] == "1.188,4"
    assert _parents(cells)["Drenthe"] == "Totaal"
    lines = text.split("\n")
    for cell in cells:
        at = cell["column"] - 1
        assert lines[cell["line"] - 1][at : at + len(cell["value_text"])] == cell["value_text"]


@pytest.mark.parametrize("sign", ["f ", "ƒ ", "ƒ", "€ "])
def test_a_currency_sign_on_the_first_and_total_rows_only_signs_the_figure(sign: str) -> None:
    """An older jaarverslag prints the currency before the figures of its first and its
    total row only, the rows between bare ("f 1.250" ... "f 4.310"): the cell is the
    figure, the sign no word of the label, and the total closes the rows above it (the
    signed rows were lost, the sign glued into the label)."""
    rows = [
        ("Rijksbijdrage", f"{sign}1.250", f"{sign}1.310"),
        ("Opbrengst leges", "2.140", "2.205"),
        ("Overige opbrengsten", "920", "875"),
        ("Totaal baten", f"{sign}4.310", f"{sign}4.390"),
    ]
    text = "\n".join(
        [
            "Tabel 5 Baten van de dienst (in duizenden guldens)",
            "",
            f"{'':32}{'1991':>12}{'1992':>12}",
            *(f"{label:32}{a:>12}{b:>12}" for label, a, b in rows),
        ]
    )
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Rijksbijdrage", "1991")].endswith("1.250")
    assert grid[("Totaal baten", "1992")].endswith("4.390")
    assert _parents(cells)["Rijksbijdrage"] == "Totaal baten"
    assert len(cells) == 8
    lines = text.split("\n")
    for cell in cells:
        at = cell["column"] - 1
        assert lines[cell["line"] - 1][at : at + len(cell["value_text"])] == cell["value_text"]


def test_a_table_printing_its_minus_after_the_figure_one_space_apart() -> None:
    """A staat van baten en lasten printed one space apart, its minus after the figure
    ("Lasten 5.350 - 4.000 -"): the dash after each figure is its minus, also where it
    could be the next figure's ("Saldo 1.250 - 200": -1.250 and 200). The row was read as
    "Lasten 5.350" with "- 4.000" and a nil cell, the balance as 1.250 and -200."""
    _tables, cells, _warnings = _read(
        "\n".join(
            [
                "Tabel 5 Staat van baten en lasten (bedragen x € 1.000)",
                "Omschrijving 2023 2024",
                "Baten 4.100 4.200",
                "Lasten 5.350 - 4.000 -",
                "Saldo 1.250 - 200",
            ]
        )
    )
    values = {(c["row_label"], c["column_label"]): c["value"] for c in cells}
    assert values == {
        ("Baten", "2023"): 4100, ("Baten", "2024"): 4200,
        ("Lasten", "2023"): -5350, ("Lasten", "2024"): -4000,
        ("Saldo", "2023"): -1250, ("Saldo", "2024"): 200,
    }  # fmt: skip
    # a table that prints no minus after a figure reads a dash before one as its minus,
    # and a dash ending a row whose label ends in its own number as a nil cell
    _tables, cells, _warnings = _read(_row_table("Saldo 1.250 - 200 300", "Artikel 12 5 10 –"))
    assert [c["value"] for c in cells] == [1250, -200, 300, 5, 10, None]


def test_a_cell_joined_over_a_space_in_a_table_of_dot_thousands_is_not_stored() -> None:
    """A pipe table printing dot thousands with a cell "250 300" (two values run into one
    cell): it was stored as 250.300. Two values or one, no column tells: left out, said."""
    text = "\n".join(
        [
            "| Omschrijving | 2024 | 2025 | 2026 |",
            "|---|---|---|---|",
            "| Uitgaven | 1.250 | 3.400 | 2.100 |",
            "| Subsidies | 250 300 | | 1.000 |",
            "| Opdrachten | 1.000 | 3.100 | 1.100 |",
        ]
    )
    _tables, cells, warnings = _read(text)
    assert max(c["value"] for c in cells) == 3400
    assert any("'250 300'" in w.reason and w.line == 4 for w in warnings)


def test_a_heading_word_broken_with_a_hyphen_over_the_next_line_is_no_row() -> None:
    """A PDF breaks the corner's heading word with a hyphen ("Begrotings-" / "post") right
    under the column heading line: the rest of the word goes on with the heading, it is no
    group of rows and no row's parent (it was made every row's parent, the total above them
    none)."""
    text = "\n".join(
        [
            "Tabel 7 Uitgaven per begrotingspost (x € 1 mln)",
            "",
            "Begrotings-   Omschrijving                          2024        2025",
            "post",
            "",
            "A             Arbeidsmarkt                         412,0       430,5",
            "B             Bijstand                             901,3       944,8",
            "C             Kinderopvang                         286,7       301,2",
            "              Totaal                             1.600,0     1.676,5",
        ]
    )
    _tables, cells, _warnings = _read(text)
    parents = _parents(cells)
    assert "post" not in parents
    assert {parents[label] for label in parents if label != "Totaal"} == {"Totaal"}
    assert len(cells) == 8


def test_an_abbreviated_heading_word_broken_with_a_hyphen_is_no_row() -> None:
    """An abbreviation broken at its full stop ("Gem.-" / "code": gemeentecode, as a
    circulaire's bijlage heads its column of CBS codes) goes on on the next line as any
    broken heading word does: no group of rows and no row's parent (it was made every
    row's parent, the total below them none)."""
    text = "\n".join(
        [
            "Tabel 4 Uitkering per gemeente (bedragen x € 1.000)",
            "",
            "Gem.-   Gemeente                       2024        2025",
            "code",
            "0014    Groningen                     1.204       1.310",
            "0363    Amsterdam                     4.880       5.020",
            "0599    Rotterdam                     3.115       3.240",
            "        Totaal                        9.199       9.570",
        ]
    )
    _tables, cells, _warnings = _read(text)
    parents = _parents(cells)
    assert "code" not in parents
    assert {parents[label] for label in parents if label != "Totaal"} == {"Totaal"}
    assert parents["Totaal"] is None
    assert len(cells) == 8


def test_tab_rows_opening_with_a_field_the_heading_leaves_out() -> None:
    """A copied begrotingsstaat whose heading row has no cell over the article numbers:
    each row prints one field more than the heading, the code its heading leaves out, so
    the heading's first field names the second column (no table was read)."""
    text = "\n".join(
        [
            "Begrotingsstaat Infrastructuur en Waterstaat (bedragen x € 1.000)",
            "Omschrijving\tVerplichtingen\tUitgaven\tOntvangsten",
            "\tTotaal\t2.310.400\t2.290.150\t41.200",
            "11\tIntegraal waterbeleid\t310.400\t298.150\t1.200",
            "13\tBodem en ondergrond\t2.000.000\t1.992.000\t40.000",
        ]
    )
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("11 Integraal waterbeleid", "Uitgaven")] == "298.150"
    assert grid[("Totaal", "Ontvangsten")] == "41.200"
    assert _parents(cells)["13 Bodem en ondergrond"] == "Totaal" and len(cells) == 9


def test_leaders_of_middle_dots_or_ellipses_are_no_part_of_a_row_label() -> None:
    """A leader printed with middle dots ("·····") or ellipsis characters ("……") leads
    to the figures as one of full stops does (it was kept in the label)."""
    text = "\n".join(
        [
            "Tabel 4 Huisvestingskosten (bedragen x € 1.000)",
            "",
            "                                     2025       2026",
            "Huur kantoren ····················   4.120      4.250",
            "Onderhoud ……………………………………………………………    880        910",
            "Totaal                               5.000      5.160",
        ]
    )
    _tables, cells, _warnings = _read(text)
    assert {c["row_label"] for c in cells} == {"Huur kantoren", "Onderhoud", "Totaal"}
    assert _parents(cells)["Onderhoud"] == "Totaal"


def test_a_pipe_row_of_empty_cells_spaces_the_rows_and_heads_none() -> None:
    """A Miljoenennota's pretty-printed pipe table parts its starting stand from the
    mutations by a row of empty cells: no row, so the stand printed below closes the
    stand above and the mutations (they were the parts of an empty group heading)."""
    text = "\n".join(
        [
            "Tabel 4.2.1 Ontwikkeling uitgavenplafond Sociale Zekerheid (in mld euro)",
            "",
            "|                                    |    2026 |    2027 |",
            "|------------------------------------|---------|---------|",
            "| Uitgavenplafond Miljoenennota 2025 |    98,4 |   101,2 |",
            "|                                    |         |         |",
            "| Loon- en prijsbijstelling          |     2,1 |     2,3 |",
            "| Overige mutaties                   |   − 0,3 |     0,4 |",
            "| Uitgavenplafond Miljoenennota 2026 |   100,2 |   103,9 |",
        ]
    )
    [table], cells, warnings = _read(text)
    parents = _parents(cells)
    assert parents["Overige mutaties"] == "Uitgavenplafond Miljoenennota 2026"
    assert parents["Uitgavenplafond Miljoenennota 2025"] == "Uitgavenplafond Miljoenennota 2026"
    assert len(cells) == 8 and table["row_count"] == 4 and not warnings


def test_a_pipe_table_with_a_blank_line_between_its_rows_goes_on() -> None:
    """A converter that prints a blank line between a table's rows: a pipe row of as many
    cells as the rule's columns right after one blank line is a row of the same table (the
    table ended at the first blank line); a new table's heading over its own rule is not."""
    text = "\n".join(
        [
            "Tabel 8 Subsidies per regeling (bedragen x € 1 mln)",
            "",
            "| Regeling | 2025 | 2026 |",
            "|----------|-----:|-----:|",
            "| Regeling stimulering duurzame energieproductie | 80,0 | 82,5 |",
            "",
            "| Regeling groen gas | 40,0 | 42,5 |",
            "",
            "| Totaal | 120,0 | 125,0 |",
            "",
            "| Regeling | 2027 | 2028 |",
            "|----------|-----:|-----:|",
            "| Regeling groen gas | 44,0 | 45,0 |",
        ]
    )
    (first, second), cells, _warnings = _read(text)
    own = [c for c in cells if c["table_id"] == first["table_id"]]
    assert _parents(own)["Regeling groen gas"] == "Totaal"
    assert _grid(own)[("Totaal", "2026")] == "125,0" and len(own) == 6
    assert first["line_end"] == 9 and second["line_start"] > 9


@pytest.mark.parametrize("outer", [True, False])
def test_a_pipe_table_without_a_rule_line_is_read(outer: bool) -> None:
    """A table exported from a word processor as pipes with no rule of dashes under its
    headings ("| Regeling | 2025 | 2026 |" over "| Huurtoeslag | 4.812,0 | 5.020,3 |", with or
    without the outer pipes): its first row heads the columns when its cells are years or
    words and the rows under it print figures in as many cells (the rule line was what told
    a pipe table, so none was read); prose with a pipe in it heads no table."""

    def row(*cells: str) -> str:
        line = " | ".join(cells)
        return f"| {line} |" if outer else line

    text = "\n".join(
        [
            "Tabel 4 Uitgaven aan toeslagen (bedragen x € 1 mln)",
            row("Regeling", "2025", "2026", "2027"),
            row("Huurtoeslag", "4.812,0", "5.020,3", "5.104,8"),
            row("Zorgtoeslag", "5.930,4", "6.115,0", "6.240,2"),
            row("Kindgebonden budget", "2.410,6", "2.388,1", "2.395,0"),
            row("Totaal", "13.153,0", "13.523,4", "13.740,0"),
            "Bron: Dienst Toeslagen.",
            "",
            "Zie de brief van 12 maart | Kamerstuk 36 600 | nr. 4",
            "De bedragen zijn | afgerond op | tientallen | miljoenen.",
        ]
    )
    [table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert table["column_count"] == 3 and len(cells) == 12
    assert grid[("Zorgtoeslag", "2026")] == "6.115,0"
    assert grid[("Totaal", "2027")] == "13.740,0"
    assert _parents(cells)["Huurtoeslag"] == "Totaal"
    assert "Regeling" not in {c["column_label"] for c in cells}


@given(
    st.lists(
        st.text(alphabet=[" ", ".", "\u2026", "\xb7", "f", "\u0192", "l", "H", "h", "1", "\t"]),
        max_size=8,
    )
)
def test_leader_and_guilder_lines_are_the_lines_holding_a_mark(lines: list[str]) -> None:
    """The lines a dot leader or a guilder sign is blanked on are found by a few regex and
    single-character scans of the text: the same lines as a test of every line for every
    mark ("....", ". . . .", "……", "··", "· ·"; "  f", "  ƒ", "  fl.", "  Hfl", "  hfl")."""
    model = TextModel("\n".join(lines))
    leaders = ("....", ". . . .", "\u2026\u2026", "\xb7\xb7", "\xb7 \xb7")
    signs = ("  f", "  \u0192", "  fl.", "  Hfl", "  hfl")
    assert leader_lines(model) == [i for i, t in enumerate(lines) if any(m in t for m in leaders)]
    assert guilder_lines(model) == [i for i, t in enumerate(lines) if any(s in t for s in signs)]


def test_figures_with_a_decimal_point_before_one_digit_are_read() -> None:
    """A docx preview with English number formatting prints its decimals after a point
    ("104.2", "-3.4", "0.0") and no thousands separator: a point before one digit is no
    thousands separator, so it is a decimal one (no row was read: no table). In a table that
    prints dot thousands, such a figure is a code ending a label ("Artikel 11.1"), no value."""
    text = "\n".join(
        [
            "Tabel 5 Ontwikkeling uitgaven per sector",
            "(in miljarden euro) 2025 2026 2027",
            "Onderwijs 52.0 51.6 51.2",
            "Veiligheid 18.4 19.1 19.9",
            "Correctie kasschuif 0.0 -1.2 1.2",
            "Totaal 70.4 69.5 72.3",
            "",
            "Vraag 12",
        ]
    )
    [table], cells, warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Onderwijs", "2025")] == "52.0"
    assert grid[("Correctie kasschuif", "2026")] == "-1.2"
    assert {c["value"] for c in cells if c["row_label"] == "Totaal"} == {70.4, 69.5, 72.3}
    assert len(cells) == 12 and not warnings
    assert _parents(cells)["Veiligheid"] == "Totaal"
    assert table["unit_label"] == "mld euro"
    coded = "\n".join(
        [
            "Tabel 6 Uitgaven (x € 1.000) 2025 2026 2027",
            "Subsidies 1.250 1.300 1.350",
            "Artikel 11.1 450 460",
            "Bijdragen 2.400 2.450 2.500",
        ]
    )
    _tables, cells, _warnings = _read(coded)
    assert "11.1" not in {c["value_text"] for c in cells}


def _spread_rows(*rows: tuple[str, str, str]) -> list[str]:
    """Rows of a -layout table: a label, then two figures right-aligned under the years."""
    return [label.ljust(30) + a.rjust(10) + b.rjust(12) for label, a, b in rows]


def test_the_labels_heading_beside_the_words_over_the_years_is_the_corner() -> None:
    """A -layout heading of two lines: the labels' heading with the unit at the margin and
    a word over each year ("Lasten (x € 1.000)   Rekening   Begroting" over "2023  2024").
    The words join their years ("Rekening 2023"); the line was taken for a unit note, which
    ends the headings, and the columns were the bare years."""
    text = "\n".join(
        [
            "Overzicht lasten naar categorie",
            "",
            "Lasten (x € 1.000)".ljust(32) + "Rekening".rjust(8) + "Begroting".rjust(12),
            " " * 36 + "2023" + "2024".rjust(12),
            *_spread_rows(
                ("Personeel", "18.420", "19.050"),
                ("Huisvesting", "3.210", "3.300"),
                ("Totaal lasten", "21.630", "22.350"),
            ),
        ]
    )
    [table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Personeel", "Rekening 2023")] == "18.420"
    assert grid[("Totaal lasten", "Begroting 2024")] == "22.350"
    assert table["unit_label"] == "x € 1.000"


def test_two_tables_side_by_side_under_a_line_of_years_printed_twice() -> None:
    """Two -layout tables printed side by side whose heading line prints only their years,
    the same twice ("2023  2024      2023  2024"), their labels' headings on the line above:
    the right table starts where the first row's second label does. Read as one table, the
    left table was lost and each right row's label held the left row."""
    left = [
        "Lasten (x € 1.000)".ljust(32) + "Rekening".rjust(8) + "Begroting".rjust(12),
        " " * 36 + "2023" + "2024".rjust(12),
        *_spread_rows(("Personeel", "18.420", "19.050"), ("Huisvesting", "3.210", "3.300")),
        *_spread_rows(("Totaal lasten", "21.630", "22.350")),
    ]
    right = [
        "Baten (x € 1.000)".ljust(32) + "Rekening".rjust(8) + "Begroting".rjust(12),
        " " * 36 + "2023" + "2024".rjust(12),
        *_spread_rows(("Belastingen", "15.100", "15.800"), ("Leges", "1.940", "2.010")),
        *_spread_rows(("Totaal baten", "17.040", "17.810")),
    ]
    text = "\n".join(
        [
            "Overzicht van lasten en baten",
            "",
            *(a.ljust(60) + "    " + b for a, b in zip(left, right, strict=True)),
            "",
            "Het saldo is negatief.",
        ]
    )
    tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert len(tables) == 2 and len(cells) == 12
    assert grid[("Huisvesting", "Begroting 2024")] == "3.300"
    assert grid[("Leges", "Rekening 2023")] == "1.940"
    assert _parents(cells)["Leges"] == "Totaal baten"


def test_a_stand_and_its_mutations_place_a_row_printed_without_placeholders() -> None:
    """A stand table printed one cell per line: the new stand is the old one plus the
    mutations under it, so where a mutation prints two values for four years and no
    placeholders ("Kasschuif" ‒ 1,2 / 1,2), that sum tells their columns (the mutations
    alone were tried against the new stand: nothing fitted, and the row was left out)."""
    text = _cells_per_line(
        "Tabel 7 Uitgaven (in miljoenen euro's)", "2025", "2026", "2027", "2028",
        "Stand ontwerpbegroting 2025", "40,2", "41,0", "41,5", "42,0",
        "Loonbijstelling", "1,1", "1,1", "1,2", "1,2",
        "Kasschuif", "‒ 1,2", "1,2",
        "Stand eerste suppletoire begroting 2025", "41,3", "40,9", "43,9", "43,2",
    )  # fmt: skip
    _tables, cells, warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Kasschuif", "2026")] == "‒ 1,2"
    assert grid[("Kasschuif", "2027")] == "1,2"
    assert not any(row == "Kasschuif" and col in ("2025", "2028") for row, col in grid)
    assert not warnings


def test_an_item_code_with_a_letter_in_its_own_cell_opens_the_label() -> None:
    """An agency's cash flow statement printed one cell per line numbers its items in a
    cell of their own before the label, parts by a letter ("2a.", "2b.") under their total
    ("2."): such a code is the label's, like "1." (it was read as a group row over the
    label, its parent)."""
    text = _cells_per_line(
        "Tabel 9 Kasstroomoverzicht (bedragen x € 1.000)", "2025", "2026",
        "1.", "Rekening courant 1 januari", "12.000", "10.500",
        "2a.", "-/- investeringen", "– 4.000", "– 3.500",
        "2b.", "+/+ desinvesteringen", "500", "250",
        "2.", "Totaal investeringskasstroom", "– 3.500", "– 3.250",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("2a. -/- investeringen", "2026")] == "– 3.500"
    assert grid[("2b. +/+ desinvesteringen", "2025")] == "500"
    assert _parents(cells)["2b. +/+ desinvesteringen"] == "2. Totaal investeringskasstroom"


def test_a_group_code_after_a_row_s_values_opens_the_next_group_row() -> None:
    """A municipal taakveld table printed one cell per line: a group row is its code and
    name over an empty cell ("4" / "Onderwijs" / " "), its coded rows under it. The group's
    code follows the row above's values, one figure too many for it: it is the next group's
    code, since a code and a label follow that group's name (it was dropped as a footnote
    number, and the group and its rows' parent lost the code)."""
    text = _cells_per_line(
        "Lasten en baten per taakveld (bedragen x € 1.000)",
        "Taakveld", " ", "Lasten", "Baten", "Saldo",
        "3", "Economie", " ",
        "3.1", "Economische ontwikkeling", "2.150", "300", "-1.850",
        "3.4", "Economische promotie", "640", "910", "270",
        "4", "Onderwijs", " ",
        "4.2", "Onderwijshuisvesting", "5.300", "120", "-5.180",
        "4.3", "Onderwijsbeleid en leerlingenzaken", "3.870", "1.450", "-2.420",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    parents = _parents(cells)
    assert parents["3.4 Economische promotie"] == "3 Economie"
    assert parents["4.2 Onderwijshuisvesting"] == "4 Onderwijs"
    assert parents["4.3 Onderwijsbeleid en leerlingenzaken"] == "4 Onderwijs"
    assert _grid(cells)[("3.4 Economische promotie", "Saldo")] == "270"


def test_a_note_cell_after_the_values_is_no_group_over_the_next_coded_row() -> None:
    """A jaarverslag overview printed one cell per line: a code cell before each label and
    a "Toelichting" column after the values ("zie artikel 3"). The note is followed by the
    next row's code and label, not by a text: it is still the note's cell (it was read as a
    value-less group row, the next row's parent)."""
    text = _cells_per_line(
        "Tabel 2 Belangrijkste verschillen (bedragen x € 1 mln)",
        "Art.", "Omschrijving", "Begroting", "Realisatie", "Verschil", "Toelichting",
        "3", "Langdurige zorg", "310,0", "325,5", "15,5", "zie artikel 3",
        "7", "Arbeidsmarktbeleid", "84,2", "80,1", "– 4,1", "zie artikel 7",
        "9", "Opleidingen", "52,0", "49,6", "– 2,4", "zie paragraaf 2.1",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    parents = _parents(cells)
    assert parents["7 Arbeidsmarktbeleid"] is None
    assert parents["9 Opleidingen"] is None
    assert _grid(cells)[("9 Opleidingen", "Verschil")] == "– 2,4"
    assert "zie artikel 7" not in {c["row_label"] for c in cells}


def test_a_table_over_a_page_break_with_its_years_repeated_is_one_table() -> None:
    """A PDF's text layer of a table running over a page break: the page's footer and the
    next page's header (a running line with its page number), then the year line printed
    again and the rest of the rows. It is one table: the rows after the break go on under
    the instrument line above it (they were a second table, their parent lost)."""
    running = "Tweede Kamer, vergaderjaar 2025–2026, 36 800 XIV, nr. 2"
    years = "2025 2026 2027"
    text = "\n".join(
        [
            f"{running} 14",
            "",
            "Tabel 3 Budgettaire gevolgen van beleid artikel 2 Natuur (bedragen x € 1.000)",
            years,
            "Uitgaven 9.000 9.300 9.600",
            "Bijdrage aan agentschappen",
            "Staatsbosbeheer 5.000 5.100 5.200",
            "",
            f"{running} 15",
            "",
            years,
            "Rijksdienst voor Ondernemend Nederland 4.000 4.200 4.400",
            "Ontvangsten 300 300 300",
            "",
            "De uitgaven stijgen door de uitvoering van het natuurpakket.",
        ]
    )
    tables, cells, _warnings = _read(text)
    assert len(tables) == 1 and len(cells) == 12
    parents = _parents(cells)
    assert parents["Rijksdienst voor Ondernemend Nederland"] == "Bijdrage aan agentschappen"
    assert parents["Staatsbosbeheer"] == "Bijdrage aan agentschappen"


def test_a_table_continued_under_its_caption_marked_vervolg_is_one_table() -> None:
    """After a page break the caption is printed again, marked as continued ("Tabel 5
    (vervolg)"), over the year line and the rest of the rows: one table, the rows going on
    under the instrument line above the break (they were a second table)."""
    years = "2025 2026 2027"
    text = "\n".join(
        [
            "Tabel 5 Budgettaire gevolgen van beleid artikel 1 Gemeentefonds (x € 1.000)",
            years,
            "Uitgaven 9.000 9.300 9.600",
            "Bijdrage aan medeoverheden",
            "Algemene uitkering 7.000 7.100 7.200",
            "",
            "Tabel 5 (vervolg)",
            years,
            "Decentralisatie-uitkeringen 2.000 2.200 2.400",
            "Ontvangsten 50 0 0",
        ]
    )
    tables, cells, _warnings = _read(text)
    assert len(tables) == 1 and len(cells) == 12
    assert _parents(cells)["Decentralisatie-uitkeringen"] == "Bijdrage aan medeoverheden"


def test_a_waarvan_row_after_its_item_code_is_part_of_the_row_above() -> None:
    """A budgetflexibiliteit table numbers its rows in a cell of their own ("2." /
    "Waarvan apparaatsuitgaven"): the code opens the label, and the row is still a part of
    the row above it, its parent (the code hid the "Waarvan", and the row had none)."""
    text = _cells_per_line(
        "Tabel 4.2 Budgetflexibiliteit artikel 4 (bedragen x € 1.000)", " ", " ", "2026",
        "1.", "Totaal geraamde kasuitgaven", "31.400",
        "2.", "Waarvan apparaatsuitgaven", "1.200",
        "3.", "Dus: totaal geraamde programma-uitgaven", "30.200",
        "4.", "Waarvan juridisch verplicht", "88%",
        "5.", "Waarvan bestuurlijk gebonden", "12%",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    parents = _parents(cells)
    assert parents["2. Waarvan apparaatsuitgaven"] == "1. Totaal geraamde kasuitgaven"
    assert (
        parents["5. Waarvan bestuurlijk gebonden"] == "3. Dus: totaal geraamde programma-uitgaven"
    )


def test_a_balance_is_no_part_of_a_total_printed_above_it() -> None:
    """An agencies' begrotingsstaat printed one cell per line: under each agency its
    "Totale baten", "Totale lasten" and "Saldo van baten en lasten". Baten is lasten plus the
    saldo, but the saldo is their difference, not a part of the baten: each row's parent is
    the agency (the baten were the parent of the lasten and the saldo)."""
    text = _cells_per_line(
        "Begrotingsstaat van de baten-lastenagentschappen (bedragen x € 1.000)",
        "Omschrijving", "(1) Vastgestelde begroting", "(2) Mutatie", "(3) Totaal geraamd",
        "Dienst Wegbeheer",
        "Totale baten", "812.000", "12.000", "824.000",
        "Totale lasten", "809.500", "15.000", "824.500",
        "Saldo van baten en lasten", "2.500", "– 3.000", "– 500",
        "Dienst Vaarwegen",
        "Totale baten", "301.000", "4.000", "305.000",
        "Totale lasten", "300.000", "4.000", "304.000",
        "Saldo van baten en lasten", "1.000", "0", "1.000",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    parents = {(c["row_label"], c["line"]): c["parent_row_label"] for c in cells}
    first = {label: parent for (label, line), parent in parents.items() if line < 40}
    assert first["Totale lasten"] == "Dienst Wegbeheer"
    assert first["Saldo van baten en lasten"] == "Dienst Wegbeheer"


def test_balances_alone_are_the_parts_of_a_balance_printed_above_them() -> None:
    """A Miljoenennota's EMU-saldo over the saldo of each subsector: balances alone add up to
    the balance above them, which is their parent (a balance beside other rows is their
    difference; the rule for that left these rows without a parent)."""
    text = "\n".join(
        [
            "Tabel 2.3 EMU-saldo naar subsector (x € 1 mln)",
            "",
            "                                          2025        2026",
            "EMU-saldo collectieve sector           -28.400     -31.200",
            "Saldo van het Rijk                     -25.100     -27.900",
            "Saldo van de decentrale overheden       -4.300      -4.600",
            "Saldo van de sociale fondsen             1.000       1.300",
        ]
    )
    _tables, cells, warnings = _read(text)
    parents = _parents(cells)
    assert parents["Saldo van het Rijk"] == "EMU-saldo collectieve sector"
    assert parents["Saldo van de sociale fondsen"] == "EMU-saldo collectieve sector"
    assert parents["EMU-saldo collectieve sector"] is None
    assert len(cells) == 8 and not warnings


#: A suppletoire begroting's headings as pdftotext -layout prints them: three lines of words
#: centred off their columns, two headings one space apart on the year line ("begroting 2026
#: begroting 2026"), the column numbers under the first three columns on a fourth line.
_CENTRED_SUPPLETOIRE_HEADINGS = (
    _printed("", (56, 71, 84), "Vastgestelde", "Mutatie 2e", "Stand 2e"),
    _printed("", (55, 70, 85, 95, 105, 115), "begroting", *["suppletoire"] * 2, *["Mutatie"] * 3),
    _printed(
        "", (55, 86, 95, 105, 115), "2026", "begroting 2026 begroting 2026", "2027", "2028", "2029"
    ),
    _printed("", (55, 68, 84), "(1)", "(2)", "(3)=(1)+(2)"),
)


def test_centred_headings_over_several_lines_two_on_a_line_and_numbered_below() -> None:
    """A suppletoire begroting's text layer (-layout): headings of three lines whose words
    pdftotext centres off their columns, two of them one space apart on the year line
    ("begroting 2026 begroting 2026"), the column numbers on a fourth line under them
    ("(1)   (2)   (3)=(1)+(2)"), and a label ending in a year ("Kaderrichtlijn Water 2027")
    read where its values stand. Each run of words heads the column it stands over, the two
    on one line parted where they stand, the numbers join their headings, and the table goes
    on past the label with a year (no table was read: the run over two columns, then the
    line of numbers under the years, ended the headings and the rows)."""
    ends = (56, 69, 83, 93, 103, 113)
    text = "\n".join(
        [
            "Tabel 4 Budgettaire gevolgen van beleid artikel 13 (bedragen x € 1.000)",
            "",
            *_CENTRED_SUPPLETOIRE_HEADINGS,
            _printed(
                "Verplichtingen", ends, "215.400", "-12.300", "203.100", "2.500", "1.000", "0"
            ),
            _printed("Uitgaven", ends, "198.750", "-3.250", "195.500", "8.000", "6.000", "0"),
            "",
            _printed("Opdrachten", ends, "98.750", "2.750", "101.500", "3.000", "2.000", "0"),
            _printed(
                "Kaderrichtlijn Water 2027",
                ends,
                "60.000",
                "-9.000",
                "51.000",
                "5.000",
                "4.000",
                "0",
            ),
            _printed(
                "Bijdrage aan medeoverheden", ends, "40.000", "3.000", "43.000", "0", "0", "0"
            ),
            "",
            _printed("Ontvangsten", ends, "1.200", "300", "1.500", "0", "0", "0"),
        ]
    )
    _tables, cells, warnings = _read(text)
    grid = _grid(cells)
    assert len(cells) == 36 and not warnings
    assert grid[("Verplichtingen", "Vastgestelde begroting 2026 (1)")] == "215.400"
    assert grid[("Uitgaven", "Mutatie 2e suppletoire begroting 2026 (2)")] == "-3.250"
    assert grid[("Opdrachten", "Stand 2e suppletoire begroting 2026 (3)=(1)+(2)")] == "101.500"
    assert grid[("Kaderrichtlijn Water 2027", "Mutatie 2028")] == "4.000"
    assert grid[("Ontvangsten", "Mutatie 2029")] == "0"


def test_column_numbers_one_space_apart_and_a_column_of_note_marks_after_the_values() -> None:
    """A jaarverslag's text layer: the years over the values, the column numbers under the
    last three, two of them one space apart ("(2) (3)=(1)-(2)"), and a "Ref." column of note
    marks after the Verschil ("1)", pointing to the notes under the table). The numbers join
    their years; a mark is no value and leaves the row's values in their columns (no table
    was read: the line of numbers ended the rows, and a mark made a row no row)."""
    ends = (55, 64, 73, 82, 91, 105, 117)
    text = "\n".join(
        [
            "Tabel 9.2 Budgettaire gevolgen van beleid artikel 9 Spoor (bedragen x € 1.000)",
            "",
            _printed("", (68, 100, 119), "Realisatie", "Vastgestelde", "Ref."),
            _printed("", (100, 111), "begroting", "Verschil"),
            _printed(
                "",
                (53, 62, 71, 80, 89, 103, 114),
                "2019",
                "2020",
                "2021",
                "2022",
                "2023",
                "2023",
                "2023",
            ),
            _printed("", (89, 115), "(1)", "(2) (3)=(1)-(2)"),
            _printed(
                "Verplichtingen",
                (*ends, 122),
                "12.400",
                "13.150",
                "11.980",
                "14.020",
                "15.300",
                "14.000",
                "1.300",
                "1)",
            ),
            _printed(
                "Uitgaven",
                ends,
                "11.900",
                "12.700",
                "12.050",
                "13.400",
                "14.100",
                "14.600",
                "– 500",
            ),
            "",
            _printed(
                "Subsidies",
                (*ends, 122),
                "4.200",
                "4.350",
                "4.400",
                "4.600",
                "4.900",
                "5.400",
                "– 500",
                "2)",
            ),
            _printed("Opdrachten", ends, "7.700", "8.350", "7.650", "8.800", "9.200", "9.200", "0"),
            "",
            _printed(
                "Ontvangsten", (*ends, 122), "310", "290", "305", "330", "615", "300", "315", "3)"
            ),
            "",
            "1) De hogere verplichtingen betreffen een meerjarige opdracht.",
            "2) Een deel van de subsidies is later verleend.",
            "3) Betreft een terugbetaling.",
        ]
    )
    [table], cells, _warnings = _read(text)
    assert len(cells) == 35 and table["column_count"] == 7
    by_order = {(c["row_label"], c["column_order"]): c for c in cells}
    assert by_order[("Verplichtingen", 5)]["value_text"] == "15.300"
    assert by_order[("Verplichtingen", 5)]["column_label"].endswith("2023 (1)")
    assert by_order[("Subsidies", 7)]["value_text"] == "– 500"
    assert by_order[("Subsidies", 7)]["column_label"].endswith("2023 (3)=(1)-(2)")
    assert by_order[("Ontvangsten", 6)]["value_text"] == "300"
    assert by_order[("Ontvangsten", 6)]["column_label"].endswith("2023 (2)")
    assert not any(c["value_text"].endswith(")") for c in cells)


def test_a_word_column_after_the_years_heads_rows_whose_labels_wrap_over_three_lines() -> None:
    """A Kamerbrief's table (-layout): a heading line ending in a word column after the years
    ("2030  Structureel"), and measures whose labels are sentences wrapped over three lines,
    the values on the middle one, which holds numbers of its own ("van 12 naar 16 uur").
    The heading heads the rows (the table was not found: the heading line ends in no year,
    and the label lines between the rows hid them as a run of rows), each row's label is its
    three lines."""
    ends = (67, 76, 85, 94, 107)
    text = "\n".join(
        [
            "Tabel 2 Maatregelen en financiële gevolgen (x € 1 mln)",
            "",
            _printed("", ends, "2027", "2028", "2029", "2030", "Structureel"),
            "Verlenging van de subsidie voor praktijkondersteuning",
            _printed(
                "in de huisartsenzorg van 12 naar 16 uur per week in",
                ends,
                "6,5",
                "13,0",
                "13,0",
                "13,0",
                "13,0",
            ),
            "de regio's met de grootste tekorten aan zorgpersoneel",
            _printed(
                "Opleidingsplaatsen voor verpleegkundig specialisten",
                ends,
                "4,0",
                "8,0",
                "8,0",
                "8,0",
                "8,0",
            ),
            "Dekking uit de middelen voor de Hervormingsagenda",
            _printed(
                "(artikel 4 Zorgbreed beleid) en uit de meevaller op",
                ends,
                "-10,5",
                "-21,0",
                "-21,0",
                "-21,0",
                "-21,0",
            ),
            "de uitgaven aan de subsidieregeling medisch specialisten",
            "",
            _printed("Totaal", ends, "0,0", "0,0", "0,0", "0,0", "0,0"),
        ]
    )
    _tables, cells, warnings = _read(text)
    grid = _grid(cells)
    first = (
        "Verlenging van de subsidie voor praktijkondersteuning in de huisartsenzorg van 12 "
        "naar 16 uur per week in de regio's met de grootste tekorten aan zorgpersoneel"
    )
    assert len(cells) == 20 and not warnings
    assert grid[(first, "2027")] == "6,5" and grid[(first, "Structureel")] == "13,0"
    assert {c["line"] for c in cells if c["row_label"] == first} == {5}
    dekking = (
        "Dekking uit de middelen voor de Hervormingsagenda (artikel 4 Zorgbreed beleid) en uit "
        "de meevaller op de uitgaven aan de subsidieregeling medisch specialisten"
    )
    assert grid[(dekking, "2030")] == "-21,0"


def test_labels_of_three_lines_each_with_its_values_on_the_middle_line() -> None:
    """Every row's label wrapped over three lines, its values on the middle line, which
    starts in lower case as the middle lines of the other rows do: the line above is the
    start of the label, not a group heading over the row (the rows' labels lost their first
    lines to headings of one row each)."""
    ends = (67, 76, 85, 94)
    text = "\n".join(
        [
            "Tabel 3 Maatregelen arbeidsmarkt zorg (x € 1 mln)",
            "",
            _printed("", ends, "2027", "2028", "2029", "2030"),
            "Verlenging van de subsidie voor praktijkondersteuning",
            _printed(
                "in de huisartsenzorg van 12 naar 16 uur per week in",
                ends,
                "6,5",
                "13,0",
                "13,0",
                "13,0",
            ),
            "de regio's met de grootste tekorten aan zorgpersoneel",
            "Ondersteuning van werkgevers in de ouderenzorg",
            _printed(
                "bij het opleiden van zij-instromers (programmalijn 3)",
                ends,
                "4,0",
                "8,0",
                "8,0",
                "8,0",
            ),
            "en het begeleiden van nieuwe medewerkers",
            "Dekking uit de middelen voor de Hervormingsagenda",
            _printed(
                "(artikel 4 Zorgbreed beleid) en uit de meevaller op",
                ends,
                "-10,5",
                "-21,0",
                "-21,0",
                "-21,0",
            ),
            "de uitgaven aan de subsidieregeling medisch specialisten",
            "",
            _printed("Totaal", ends, "0,0", "0,0", "0,0", "0,0"),
        ]
    )
    _tables, cells, _warnings = _read(text)
    labels = {c["row_label"] for c in cells}
    assert labels == {
        "Verlenging van de subsidie voor praktijkondersteuning in de huisartsenzorg van 12 "
        "naar 16 uur per week in de regio's met de grootste tekorten aan zorgpersoneel",
        "Ondersteuning van werkgevers in de ouderenzorg bij het opleiden van zij-instromers "
        "(programmalijn 3) en het begeleiden van nieuwe medewerkers",
        "Dekking uit de middelen voor de Hervormingsagenda (artikel 4 Zorgbreed beleid) en uit "
        "de meevaller op de uitgaven aan de subsidieregeling medisch specialisten",
        "Totaal",
    }
    assert all(c["parent_row_label"] in (None, "Totaal") for c in cells)


def test_a_result_of_zeros_closes_the_balance_and_the_reserves_mutations_above_it() -> None:
    """A provincial or municipal meerjarenraming ends in its balance, the mutations of the
    reserves and the result they come to ("Geraamd resultaat", a balanced budget: 0,0 in
    every year). The result closes the three rows above it, as a total does (a row of zeros
    proved no sum, and the result named no total: the rows had no parent)."""
    ends = (56, 67, 78)
    text = "\n".join(
        [
            "Tabel 4 Meerjarenraming 2026-2028 (bedragen in miljoenen euro)",
            "",
            _printed("", ends, "2026", "2027", "2028"),
            _printed("Totaal lasten", ends, "512,4", "498,1", "490,6"),
            _printed("Totaal baten", ends, "497,0", "492,3", "493,2"),
            "",
            _printed("Saldo van baten en lasten", ends, "(15,4)", "(5,8)", "2,6"),
            _printed("Toevoegingen aan reserves", ends, "(6,1)", "(4,0)", "(7,9)"),
            _printed("Onttrekkingen aan reserves", ends, "21,5", "9,8", "5,3"),
            _printed("Geraamd resultaat", ends, "0,0", "0,0", "0,0"),
        ]
    )
    _tables, cells, _warnings = _read(text)
    parents = _parents(cells)
    assert parents["Saldo van baten en lasten"] == "Geraamd resultaat"
    assert parents["Toevoegingen aan reserves"] == "Geraamd resultaat"
    assert parents["Onttrekkingen aan reserves"] == "Geraamd resultaat"
    assert parents["Geraamd resultaat"] is None and parents["Totaal baten"] is None


@pytest.mark.parametrize("name", ["(inter)nationale", "(inter-)nationale", "internationale"])
def test_the_instrument_for_international_organisations_printed_with_brackets(name: str) -> None:
    """The instrument "Bijdrage aan (inter)nationale organisaties", as budgets print it with
    brackets, is an instrument as "Bijdrage aan agentschappen" is: a part of Uitgaven, never
    of the instrument printed as a heading above it (read without its cue, it went under
    the agencies' heading, whose sums it fit)."""
    ends = (60, 70)
    text = "\n".join(
        [
            "Tabel 8.2 Budgettaire gevolgen van beleid artikel 8 (bedragen x € 1.000)",
            "",
            _printed("", ends, "2025", "2026"),
            _printed("Uitgaven", ends, "21.400", "22.100"),
            _printed("Opdrachten", ends, "3.100", "3.200"),
            "Bijdrage aan agentschappen",
            _printed("Rijkswaterstaat", ends, "16.000", "16.500"),
            _printed(f"Bijdrage aan {name} organisaties", ends, "2.300", "2.400"),
        ]
    )
    _tables, cells, _warnings = _read(text)
    parents = _parents(cells)
    assert parents["Rijkswaterstaat"] == "Bijdrage aan agentschappen"
    assert parents[f"Bijdrage aan {name} organisaties"] == "Uitgaven"
    assert parents["Opdrachten"] == "Uitgaven"


def test_a_group_word_off_the_centre_of_its_years_heads_them_all_and_a_notes_heading_none() -> None:
    """A jaarverslag's text layer moves the group word "Realisatie", centred over five
    years, off their centre (over the third), and prints a "Noot" heading over a column of
    note marks right of the last column. The word heads all five years; the notes heading
    heads no value column (it went to the Verschil and the lines above it were lost: the
    years were bare). A word over the first of the years, the others bare, heads it alone."""
    ends = (53, 62, 71, 80, 89, 103, 114)
    values = ("8.120", "7.940", "8.310", "8.655", "9.102", "9.450", "– 348")
    text = "\n".join(
        [
            "Tabel 5.2 Budgettaire gevolgen van beleid artikel 5 (bedragen x € 1.000)",
            "",
            _printed("", (68, 100, 119), "Realisatie", "Vastgestelde", "Noot"),
            _printed("", (100, 111), "begroting", "Verschil"),
            _printed("", ends, "2020", "2021", "2022", "2023", "2024", "2024", "2024"),
            _printed("Uitgaven", ends, *values),
            _printed("Ontvangsten", ends, "310", "290", "305", "330", "615", "300", "315"),
        ]
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    labels = sorted({(c["column_order"], c["column_label"]) for c in cells})
    assert [label for _order, label in labels] == [
        "Realisatie 2020", "Realisatie 2021", "Realisatie 2022", "Realisatie 2023",
        "Realisatie 2024", "Vastgestelde begroting 2024", "Verschil 2024",
    ]  # fmt: skip
    first = "\n".join(
        [
            "Tabel 5.3 Uitgaven per jaar (bedragen x € 1.000)",
            "",
            _printed("", (53,), "Raming"),
            _printed("", ends[:4], "2021", "2022", "2023", "2024"),
            _printed("Uitgaven", ends[:4], "8.120", "7.940", "8.310", "8.655"),
            _printed("Ontvangsten", ends[:4], "310", "290", "305", "330"),
        ]
    )
    _tables, cells, _warnings = _read(first)
    assert {c["column_label"] for c in cells} == {"Raming 2021", "2022", "2023", "2024"}


def test_note_marks_after_the_values_of_a_file_saved_with_crlf_line_ends() -> None:
    """The note marks ending rows ("1)" under "Ref.") are layout in a file saved with CRLF
    line ends too (the "\\r" before the line's end hid the mark, and no table was read)."""
    ends = (56, 68, 80)
    text = "\r\n".join(
        [
            "Tabel 6.2 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "",
            _printed("", (*ends, 88), "2024", "2025", "2026", "Ref."),
            _printed("Verplichtingen", (*ends, 87), "12.400", "13.150", "11.980", "1)"),
            _printed("Uitgaven", ends, "11.900", "12.700", "12.050"),
            _printed("Ontvangsten", (*ends, 87), "310", "290", "305", "2)"),
            "",
            "1) Een meerjarige opdracht.",
            "2) Een terugbetaling.",
        ]
    )
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert len(cells) == 9 and grid[("Ontvangsten", "2026")] == "305"
    assert grid[("Verplichtingen", "2026")] == "11.980"


def test_column_numbers_under_none_of_the_years_read_the_headings_from_all_their_lines() -> None:
    """Headings over four lines whose last line but one ends in years under the last columns
    only ("2026  begroting 2026 begroting 2026  2027 ..."), the column numbers under the
    first columns: read as the heading line, the years named five columns of seven, and the
    rows printing space thousands read as five values. The numbers standing under none of
    the years, the headings are read from all their lines by where they stand (the rows'
    first values went into their labels, the others under the wrong years)."""
    ends = (56, 69, 83, 93, 103, 113)
    text = "\n".join(
        [
            "Tabel 4 Budgettaire gevolgen van beleid artikel 13 (bedragen x € 1 000)",
            "",
            *_CENTRED_SUPPLETOIRE_HEADINGS,
            _printed(
                "Verplichtingen", ends, "215 400", "-12 300", "203 100", "2 500", "1 000", "0"
            ),
            _printed("Uitgaven", ends, "198 750", "-3 250", "195 500", "8 000", "6 000", "0"),
        ]
    )
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert len(cells) == 12
    assert grid[("Verplichtingen", "Vastgestelde begroting 2026 (1)")] == "215 400"
    assert grid[("Uitgaven", "Stand 2e suppletoire begroting 2026 (3)=(1)+(2)")] == "195 500"
    assert grid[("Uitgaven", "Mutatie 2027")] == "8 000"


def test_a_heading_of_words_over_values_stays_where_one_long_label_runs_under_it() -> None:
    """One long label running on under the first value column's heading (its word starting
    right under the heading's first letter, its value right-aligned after it) does not make
    that heading the labels' own: the other rows print their values there, so the credits
    stay under "Investeringskrediet" (they were read as the realisation's)."""
    lines = [
        "Tabel 5 Lopende investeringskredieten (bedragen x € 1.000)",
        "                      Investeringskrediet   Realisatie 2024   Raming 2025",
        "Renovatie sporthal De Meent         4.200                           2.100",
        "Nieuwbouw brandweerkazerne          6.800                           3.900",
        "Vervanging riolering                2.400                           1.000",
        "Totaal                             13.400                           7.000",
    ]
    _tables, cells, _warnings = _read("\n".join(lines))
    grid = _grid(cells)
    assert grid[("Renovatie sporthal De Meent", "Investeringskrediet")] == "4.200"
    assert grid[("Totaal", "Investeringskrediet")] == "13.400"
    assert not any(c["column_label"] == "Realisatie 2024" for c in cells)


def test_a_table_whose_orientation_the_text_does_not_tell_says_its_choice() -> None:
    """One cell per line, a table printed column by column reads line for line as its
    transpose printed row by row ("Realisatie 2023" / "12.480" / ... is a column's heading
    and values, or a row's label and values): the reader takes the periods as columns (the
    model keeps a cell's year in its column) and says so, as nothing in the text tells."""
    text = "\n".join(
        [
            "Tabel 7 Lasten en baten (bedragen x € 1.000)",
            *("Lasten", "Baten", "Saldo"),
            *("Realisatie 2023", "12.480", "-3.120", "9.360"),
            *("Begroting 2024", "13.050", "-3.300", "9.750"),
        ]
    )
    _tables, cells, warnings = _read(text)
    assert _grid(cells)[("Saldo", "Begroting 2024")] == "9.750"
    assert {c["year"] for c in cells} == {2023, 2024}
    (said,) = [w for w in warnings if "does not tell" in w.reason]
    assert said.line == 5
    assert "'Realisatie 2023', 'Begroting 2024'" in said.reason


def test_a_begrotingsstaat_headed_by_words_over_a_group_line_is_read() -> None:
    """A slotwet's begrotingsstaat by pdftotext -layout: its columns headed by words alone
    ("Verplichtingen  Uitgaven  Ontvangsten"), a group line ("Beleidsartikelen") between
    the headings and the first row, empty cells, a spaced dash minus, and article names
    wrapped onto a line without values that starts under the name, past the code column,
    in capitals ("Ondersteuning Rijkswaterstaat" / "Landelijke Diensten"). The heading of
    words was looked for on the group line only: no table was read; the wrapped name's end
    then read as a group heading of the rows after it."""
    text = "\n".join(
        [
            "Tabel 2 Slotwetmutaties per artikel (bedragen x € 1.000)",
            "",
            "Art.   Omschrijving                     Verplichtingen      Uitgaven   Ontvangsten",
            "",
            "Beleidsartikelen",
            "11     Integraal waterbeleid                  – 4.210       – 1.930           315",
            "12     Ondersteuning Rijkswaterstaat            7.480         6.020",
            "       Landelijke Diensten",
            "13     Ruimtelijke ontwikkeling                               – 512            40",
            "Niet-beleidsartikelen",
            "97     Algemeen departement                     – 300         – 280",
            "98     Apparaat                                 1.150           940         – 120",
            "",
            "       Totaal                                   4.120         4.238           235",
            "",
            "De grootste mutatie betreft artikel 12.",
        ]
    )
    [_table], cells, warnings = _read(text)
    assert len(cells) == 15 and not warnings
    grid = _grid(cells)
    water = "12 Ondersteuning Rijkswaterstaat Landelijke Diensten"
    assert grid[("11 Integraal waterbeleid", "Verplichtingen")] == "– 4.210"
    assert grid[(water, "Uitgaven")] == "6.020"
    assert grid[("13 Ruimtelijke ontwikkeling", "Ontvangsten")] == "40"
    parents = _parents(cells)
    assert parents[water] == "Beleidsartikelen"
    assert parents["97 Algemeen departement"] == "Niet-beleidsartikelen"
    assert parents["Totaal"] is None


def test_a_group_line_under_the_names_where_the_groups_are_printed_is_a_heading() -> None:
    """A begrotingsstaat by pdftotext -layout, space thousands, its group lines printed
    under the names past the code column ("       Beleidsartikelen" after a blank line):
    a line there right under an article's row ("       Niet-beleidsartikelen") is the next
    group's heading, not the rest of that article's name. It was joined to the name
    ("46 Sport Niet-beleidsartikelen") and the articles under it took the group above."""
    text = "\n".join(
        [
            "Begrotingsstaat van het Ministerie (XVI) voor het jaar 2010",
            "(bedragen x € 1 000)",
            "",
            "Art.   Omschrijving                     Verplichtingen        Uitgaven    Ontvangsten",
            "",
            "       Totaal                              1 170 431       1 161 142          52 540",
            "",
            "       Beleidsartikelen",
            "45     Jeugd                                 620 431         611 822           1 300",
            "46     Sport                                 121 830         118 660               0",
            "       Niet-beleidsartikelen",
            "98     Algemeen                              420 170         423 160          51 240",
            "99     Nominaal en onvoorzien                  8 000           7 500               0",
            "",
            "kst-32123-XVI-2",
        ]
    )
    _tables, cells, _warnings = _read(text)
    parents = _parents(cells)
    assert parents["46 Sport"] == "Beleidsartikelen"
    assert parents["98 Algemeen"] == "Niet-beleidsartikelen"
    assert parents["99 Nominaal en onvoorzien"] == "Niet-beleidsartikelen"


def test_headings_over_two_lines_under_a_corner_of_two_runs_are_joined() -> None:
    """A municipal staat van geldleningen by pdftotext -layout: its headings over two lines
    ("Saldo" over "1-1-2024", "Aflossing" over "2024"), the top line opening with a corner
    of two runs over the code column and the names ("Nr.   Geldgever"). The top line was
    left out (only one run of a corner was passed over): three columns were all "2024"."""
    text = "\n".join(
        [
            "Bedragen in euro",
            "",
            "Nr.        Geldgever                        Saldo     Aflossing         Saldo"
            "       Rente",
            "                                         1-1-2024          2024    31-12-2024"
            "        2024",
            "",
            "40.1187    BNG Bank                      5.000.000       250.000     4.750.000"
            "      98.400",
            "80.2215    NWB Bank                      3.200.000       400.000     2.800.000"
            "      61.120",
            "           Totaal                        8.200.000       650.000     7.550.000"
            "     159.520",
        ]
    )
    _tables, cells, _warnings = _read(text)
    assert [c["column_label"] for c in cells if c["row_label"] == "Totaal"] == [
        "Saldo 1-1-2024", "Aflossing 2024", "Saldo 31-12-2024", "Rente 2024",
    ]  # fmt: skip
    assert _grid(cells)[("80.2215 NWB Bank", "Rente 2024")] == "61.120"


def test_an_item_number_closed_by_a_bracket_in_its_own_cell_opens_its_label() -> None:
    """A saldibalans on a web page, a cell per line: each item's number closed by a bracket
    in a cell of its own before its name ("1)" / "Uitgaven ten laste van de begroting",
    "11a)"). It is prepended as a code is ("11a) Tegenrekening ..."); it took the label's
    place, the name lost."""
    text = _cells_per_line(
        "Tabel 40 Saldibalans per 31 december 2023 (bedragen x € 1.000)", " ",
        "Debet", "31-12-2023", "31-12-2022",
        "1)", "Uitgaven ten laste van de begroting 2023", "12.410.300", "11.980.120",
        "3)", "Liquide middelen", "410", "388",
        "11a)", "Extra-comptabele vorderingen", "84.200", "90.015",
        " ", "Totaal debet", "12.494.910", "12.070.523",
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    labels = [c["row_label"] for c in cells if c["column_label"] == "31-12-2023"]
    assert labels == [
        "1) Uitgaven ten laste van de begroting 2023", "3) Liquide middelen",
        "11a) Extra-comptabele vorderingen", "Totaal debet",
    ]  # fmt: skip


def test_rows_of_space_thousands_under_some_of_the_headings_are_read() -> None:
    """A staat van geldleningen by pdftotext -layout with space thousands ("5 000 000"),
    its rows leaving columns empty (a new loan has no opening balance, the others no
    drawing): which spaces part two numbers the padding and the headings above tell, each
    value apart from the one before by a column's padding and under a heading of its own.
    No table was read: the rows were said as unread."""
    text = "\n".join(
        [
            "Bedragen in euro",
            "",
            "Nr.        Geldgever                             Saldo       Opgenomen "
            "      Aflossing           Saldo         Rente",
            "                                              1-1-2024            2024 "
            "           2024      31-12-2024          2024",
            "",
            "40.1187    BNG Bank                          5 000 000 "
            "                        250 000       4 750 000        98 400",
            "40.1215    BNG Bank                                          2 000 000 "
            "                      2 000 000         8 000",
            "80.2215    NWB Bank                          3 200 000 "
            "                        400 000       2 800 000        61 120",
            "           Totaal                            8 200 000       2 000 000 "
            "        650 000       9 550 000       167 520",
        ]
    )
    _tables, cells, warnings = _read(text)
    assert len(cells) == 16 and not warnings
    grid = _grid(cells)
    assert grid[("40.1187 BNG Bank", "Aflossing 2024")] == "250 000"
    assert grid[("40.1215 BNG Bank", "Opgenomen 2024")] == "2 000 000"
    assert grid[("40.1215 BNG Bank", "Saldo 31-12-2024")] == "2 000 000"
    assert grid[("Totaal", "Rente 2024")] == "167 520"


def test_space_thousands_with_a_minus_after_under_headings_over_two_lines_are_read() -> None:
    """A waterschap's jaarrekening by pdftotext -layout with space thousands and the minus
    printed after the figure ("1 448-"), under headings over two lines whose last column
    has a word on the top line only ("Verschil"). The minus closes its figure, the number
    before it joins it ("1 448-" is one value), and a row whose spaces do not tell its
    values says by its padding that it prints more values than the bottom heading line
    names. Read under the bottom line's three headings, the figures were cut apart
    ("Waterkwaliteit 22 600 22 910" / "23")."""
    text = "\n".join(
        [
            "Tabel 5 Netto lasten per taak    (bedragen x € 1.000)",
            "",
            "                       Begroting        Begroting         Rekening         Verschil",
            "                       primitief         na wijz.             2023",
            "",
            "Waterkeringen             31 240           32 050           30 602            1 448-",
            "Waterkwaliteit            22 600           22 910           23 377              467",
            "Wegen                      5 120            5 260            5 011              249-",
            "                --------------------------------------------------------------------",
            "Totaal netto lasten       58 960           60 220           58 990            1 230-",
        ]
    )
    _tables, cells, warnings = _read(text)
    assert len(cells) == 16 and not warnings
    grid = _grid(cells)
    assert grid[("Waterkeringen", "Verschil")] == "1 448-"
    assert grid[("Waterkwaliteit", "Rekening 2023")] == "23 377"
    assert grid[("Totaal netto lasten", "Begroting na wijz.")] == "60 220"
    values = {(c["row_label"], c["column_label"]): c["value"] for c in cells}
    assert values[("Totaal netto lasten", "Verschil")] == -1230


#: A provincial staat van investeringskredieten's caption and headings as pdftotext -layout
#: prints them: words over two lines ("Beschikbaar" / "krediet", "Uitgaven" / "t/m 2023"),
#: then a group line naming a programme by its number.
_CREDITS_HEADINGS = (
    "Tabel 7 Staat van investeringskredieten                      (bedragen in € 1.000)",
    "",
    "                                 Beschikbaar      Uitgaven      Uitgaven      Restant",
    "                                    krediet     t/m 2023          2024      krediet",
    "",
    "Programma 2 Bereikbaarheid",
)


def test_headings_of_words_over_two_lines_above_a_numbered_group_line_are_read() -> None:
    """A provincial staat van investeringskredieten by pdftotext -layout: its headings words
    over two lines, no year alone on the last ("Beschikbaar" / "krediet", "Uitgaven" / "t/m
    2023"), and a group line naming a programme by its number ("Programma 2 Bereikbaarheid")
    between the headings and the first row. The "t/m" did not read as a heading word, and
    the group line was taken for the first row (its "2" a value): no table was read."""
    text = "\n".join(
        [
            *_CREDITS_HEADINGS,
            "Fietspaden provinciale wegen            8.400        2.150         3.020        3.230",
            "Verkeersveiligheid kruispunten          6.250        1.104         2.388        2.758",
            "Subtotaal programma 2                  14.650        3.254         5.408        5.988",
        ]
    )
    [_table], cells, _warnings = _read(text)
    assert len(cells) == 12
    grid = _grid(cells)
    assert grid[("Fietspaden provinciale wegen", "Uitgaven t/m 2023")] == "2.150"
    assert grid[("Verkeersveiligheid kruispunten", "Restant krediet")] == "2.758"
    assert grid[("Subtotaal programma 2", "Beschikbaar krediet")] == "14.650"


def test_a_heading_cell_broken_over_two_lines_between_blank_lines_is_one_heading() -> None:
    """A rijksfinancien table one cell per line, a blank line between cells, whose heading
    cells print the year and the word over two lines with no blank line between ("2023" /
    "realisatie"): each cell is one heading. Each line was read as a heading of its own, and
    the columns took the first three lines ("2023", "realisatie", "2024")."""
    text = _cells_per_line(
        "Tabel 4 Niet-belastingontvangsten (in miljarden euro)",
        "2023\nrealisatie", "2024\nraming", "2025\nraming",
        "Totaal niet-belastingontvangsten", "31,4", "33,0", "34,2",
        "Aardgasbaten", "4,1", "3,2", "2,6",
        "Overige ontvangsten", "27,3", "29,8", "31,6",
    )  # fmt: skip
    [_table], cells, _warnings = _read(text)
    assert len(cells) == 9
    grid = _grid(cells)
    assert grid[("Totaal niet-belastingontvangsten", "2023 realisatie")] == "31,4"
    assert grid[("Aardgasbaten", "2024 raming")] == "3,2"
    assert grid[("Overige ontvangsten", "2025 raming")] == "31,6"


def test_a_code_column_after_the_labels_leaves_them_also_as_an_abbreviation_and_wrapped() -> None:
    """A suppletoire begroting's table by pdftotext -layout with an article column between
    the labels and the figures ("Art." over "12", "13" and "div."): the codes are not the
    labels' words, also the abbreviation "div." (diversen), and also where the label wraps
    onto the next line past its code ("(nieuwe  13" / "dijkversterking)"). "div." was kept
    as a word of its label, and the wrapped label took the code inside it."""
    text = "\n".join(
        [
            "Tabel 2 Belangrijkste suppletoire mutaties (bedragen x € 1 mln)",
            "",
            "                                       Art.     2025     2026     2027",
            "Stand vastgestelde begroting 2025              837,4    802,1    804,3",
            "1. Loon- en prijsbijstelling 2025      div.     18,7     15,2     15,9",
            "2. Kasschuif Ontsluiting Lelystad      12      -85,0    -40,0     60,0",
            "3. Overboeking Deltafonds (nieuwe      13      -12,4    -12,4    -12,4",
            "   dijkversterking)",
            "Overige mutaties                       div.     -3,1      0,8      1,2",
            "Stand 1e suppletoire begroting 2025            755,6    763,7    868,0",
        ]
    )
    [_table], cells, _warnings = _read(text)
    rows = {c["row_label"] for c in cells}
    assert rows == {
        "Stand vastgestelde begroting 2025",
        "1. Loon- en prijsbijstelling 2025",
        "2. Kasschuif Ontsluiting Lelystad",
        "3. Overboeking Deltafonds (nieuwe dijkversterking)",
        "Overige mutaties",
        "Stand 1e suppletoire begroting 2025",
    }
    assert _grid(cells)[("Overige mutaties", "2026")] == "0,8"


def test_the_rest_of_a_label_indented_under_its_row_is_joined_to_it() -> None:
    """A staat van investeringskredieten by pdftotext -layout printing the values on a
    label's first line and the rest of the label indented on the next ("Reconstructie
    N-wegen en fietspaden   38.500 ..." / "  Noordoost"), the next row from the margin
    again, the group lines from the margin too. The indented line was read as a group
    heading of the rows after it."""
    text = "\n".join(
        [
            *_CREDITS_HEADINGS,
            "Reconstructie N-wegen en fietspaden     8.400        2.150         3.020        3.230",
            "  Noordoost",
            "Verkeersveiligheid kruispunten          6.250        1.104         2.388        2.758",
            "Subtotaal programma 2                  14.650        3.254         5.408        5.988",
        ]
    )
    [_table], cells, _warnings = _read(text)
    assert len(cells) == 12
    grid = _grid(cells)
    assert grid[("Reconstructie N-wegen en fietspaden Noordoost", "Restant krediet")] == "3.230"
    assert {c["row_label"] for c in cells} == {
        "Reconstructie N-wegen en fietspaden Noordoost",
        "Verkeersveiligheid kruispunten",
        "Subtotaal programma 2",
    }


def test_unit_lines_inside_a_table_give_the_rows_under_them_their_unit() -> None:
    """A table whose unit changes halfway prints it on a line of its own over each part
    ("mln euro", then "% bbp"): those lines are no rows and no groups of the rows under
    them (they were every row's parent, and the table had no unit); the rows take the unit
    of the line above them, and the table is mixed."""
    text = "\n".join(
        [
            "Tabel 3.2 Kerngegevens sociale zekerheid, 2023-2026",
            "",
            "                                   2023      2024      2025      2026",
            "",
            "mln euro",
            "Uitgaven sociale zekerheid       98.412   102.730   106.118   109.905",
            "  Werknemersregelingen           41.200    43.110    44.560    46.020",
            "  Volksverzekeringen             57.212    59.620    61.558    63.885",
            "",
            "% bbp",
            "Uitgaven sociale zekerheid         9,7       9,8       9,9       9,9",
            "Uitkeringsvolume                  11,2      11,0      10,9      10,8",
        ]
    )
    [table], cells, _warnings = _read(text)
    assert (table["unit"], table["unit_label"]) == ("mixed", "mixed")
    assert "mln euro" not in {c["row_label"] for c in cells}
    by_line = {(c["line"], c["column_label"]): c for c in cells}
    first, share = by_line[(6, "2023")], by_line[(11, "2023")]
    assert (first["value_eur"], first["unit_label"], first["parent_row_label"]) == (
        98_412_000_000,
        "mln euro",
        None,
    )
    assert (share["value_eur"], share["unit_label"], share["parent_row_label"]) == (
        None,
        "% bbp",
        None,
    )
    assert by_line[(7, "2024")]["parent_row_label"] == "Uitgaven sociale zekerheid"


def test_rows_above_the_only_unit_line_inside_a_table_take_no_unit_from_it() -> None:
    """A unit line says the unit of the rows under it ("mld euro" over the expenditure),
    not of those printed above it ("Werkloosheid 3,6", a percentage printing no sign): with
    no other unit printed, those are left without one and said. They took the line's unit
    as the table's, and 3,6% unemployment was stored as € 3,6 mld."""
    text = "\n".join(
        [
            "Tabel 8 Kerncijfers sociale zekerheid",
            "",
            "                                   2023        2024",
            "Werkloosheid                        3,6         3,9",
            "Arbeidsparticipatie                71,2        71,5",
            "",
            "mld euro",
            "Uitgaven WW                         4,8         5,1",
            "Uitgaven bijstand                   6,9         7,2",
        ]
    )
    [table], cells, warnings = _read(text)
    euros = {(c["row_label"], c["column_label"]): c["value_eur"] for c in cells}
    assert euros[("Werkloosheid", "2023")] is None
    assert euros[("Arbeidsparticipatie", "2024")] is None
    assert euros[("Uitgaven WW", "2023")] == 4_800_000_000
    assert table["unit"] == "mixed"
    assert any("'Werkloosheid' prints no unit" in w.reason for w in warnings)


@pytest.mark.parametrize(
    ("lines", "count"),
    [
        (["2010", "", "Bedragen x € 1 mln"], 0),  # its only row prints a unit alone
        (["2010", "", "Bedragen x € 1 mln", "Uitgaven   12,4"], 1),  # a row under it
    ],
)
def test_a_table_whose_rows_all_print_a_unit_alone_is_no_table(
    lines: list[str], count: int
) -> None:
    """A year over a unit line printed as a label and a cell ("Bedragen x" / "€ 1 mln"):
    the unit line taken out of the rows, no row was left, and naming the table from its
    first row crashed the extraction. It is no table; a row under the unit line still is."""
    tables, cells, _warnings = _read("\n".join(lines))
    assert len(tables) == count and len(cells) == count


def _counts_over_money(unit_line: str) -> str:
    """A table whose rows count things above a unit line printed alone and rows of money
    under it."""
    return "\n".join(
        [
            "Tabel 6 Kengetallen onderwijs",
            "",
            "Omschrijving                     2023        2024",
            "Aantal leerlingen               1.200       1.250",
            "Aantal scholen                     12          12",
            unit_line,
            "Lumpsum                         4.500       4.600",
            "Materiële instandhouding          800         820",
        ]
    )


def test_a_unit_line_whose_one_reads_as_a_value_is_no_row() -> None:
    """A unit line inside a table printing its one as a figure ("x € 1.000" over the
    rows of money, under rows that count) is no row "x" of one value: it was stored as a
    cell of € 1.000. It gives the rows under it their unit; those above print none."""
    text = _counts_over_money("x € 1.000")
    _tables, cells, _warnings = _read(text)
    euros = {(c["row_label"], c["column_label"]): c["value_eur"] for c in cells}
    assert "x" not in {c["row_label"] for c in cells}
    assert euros[("Lumpsum", "2023")] == 4_500_000
    assert euros[("Aantal scholen", "2024")] is None


#: Where a municipal overview's three columns end, as ``pdftotext -layout`` prints them.
_THREE = (50, 61, 72)


def _overview_under_unit_line(caption: str) -> list[str]:
    """A municipal overview under ``caption``: a heading of two lines, the unit line right
    under it ("bedragen x € 1.000", the one read as a value), rows a total closes."""
    return [
        caption,
        "",
        _printed("", _THREE, "Begroting", "Raming", "Raming"),
        _printed("", _THREE, "2025", "2026", "2027"),
        "bedragen x € 1.000",
        _printed("Septembercirculaire", _THREE, "618", "904", "1.102"),
        _printed("Loon- en prijsontwikkeling", _THREE, "-944", "-981", "-1.020"),
        _printed("Totaal ontwikkelingen", _THREE, "-326", "-77", "82"),
    ]


def test_a_unit_line_under_the_headings_of_a_summed_table_gives_its_unit() -> None:
    """The unit line printed right under a heading of two lines, its one read as the one
    value of a row "bedragen x" for three columns: in a block a total closes, the sums
    placed no such row and it was left out with a warning, before the unit lines were
    taken, so the table had no unit (review71 vh08). It is the table's unit line, taken
    first: no row, its unit the table's."""
    [table], cells, warnings = _read("\n".join(_overview_under_unit_line("Tabel 1 Mutaties")))
    assert table["unit_label"] == "x € 1.000"
    assert "bedragen x" not in {c["row_label"] for c in cells} and len(cells) == 9
    assert _grid(cells)[("Totaal ontwikkelingen", "Raming 2027")] == "82"
    assert {c["value_eur"] for c in cells if c["row_label"] == "Septembercirculaire"} == {
        618_000,
        904_000,
        1_102_000,
    }
    assert not any("bedragen x" in w.reason for w in warnings)


def test_a_unit_line_above_an_unrelated_table_gives_only_that_table_its_unit() -> None:
    """The near form: a table printing its unit in its caption ("(in mln euro)"), a
    paragraph, then another table under its unit line ("Bedragen x € 1.000" over its
    headings): each keeps its own unit, and no unit line is a row of either."""
    text = "\n".join(
        [
            "Tabel 1 Mutaties (in mln euro)",
            "",
            "Omschrijving                        2025        2026",
            "Subsidies                           12,5        13,0",
            "Opdrachten                           4,2         4,4",
            "",
            "De mutaties worden hieronder per regeling toegelicht, in duizenden euro's.",
            "",
            "Tabel 2 Regelingen",
            "Bedragen x € 1.000",
            "Omschrijving                        2025        2026",
            "Regeling A                         8.100       8.400",
            "Regeling B                         4.400       4.600",
        ]
    )
    first, second = _read(text)[0]
    assert (first["unit_label"], second["unit_label"]) == ("mln euro", "x € 1.000")
    _tables, cells, _warnings = _read(text)
    assert {c["row_label"] for c in cells} == {
        "Subsidies",
        "Opdrachten",
        "Regeling A",
        "Regeling B",
    }


def test_a_unit_printed_bare_under_a_row_is_the_unit_line_of_the_rows_under_it() -> None:
    """A unit printed bare on a line of its own right under a row ("Aantal scholen 12" /
    "mln euro" / "Lumpsum 4.500") is the unit line of the rows under it, as one past a
    blank line is: it was read as the end of the row's label ("Aantal scholen mln euro")
    and 12 schools were stored as € 12 mln. (A unit in brackets there may end the label,
    as labels print their unit: "Uitgaven" / "(x € 1 mln)".)"""
    text = _counts_over_money("mln euro")
    _tables, cells, _warnings = _read(text)
    euros = {(c["row_label"], c["column_label"]): c["value_eur"] for c in cells}
    assert euros[("Aantal scholen", "2023")] is None
    assert euros[("Lumpsum", "2023")] == 4_500_000_000
    assert euros[("Materiële instandhouding", "2024")] == 820_000_000


def _guarantees(restant_total: str) -> str:
    return _cells_per_line(
        "Staat van verstrekte garanties (bedragen in €)",
        "Geldnemer", "Hoofdsom", "Percentage", "Restant 31-12-2024", "Risico gemeente",
        "Woonstichting De Linie", "8.000.000", "50%", "6.200.000", "3.100.000",
        "Stichting Zwembad De Wiel", "1.200.000", "100%", "840.000", "840.000",
        "Tennisvereniging Smash", "300.000", "100%", "120.000", "120.000",
        "Totaal", "9.500.000", restant_total, "4.060.000",
    )  # fmt: skip


def test_a_total_printing_fewer_values_than_columns_is_placed_where_the_sums_pin_the_gap() -> None:
    """The last row, a total below its parts, leaves a column of percentages blank without a
    placeholder: three values for four columns. The values around the blank column equal
    their columns' sums, which pins it, so each value goes where it adds up (the row was
    dropped without a word); where the value next to the gap does not add up, no placement
    is pinned, and the row is left out with a warning, never guessed."""
    _tables, cells, warnings = _read(_guarantees("7.160.000"))
    placed = {c["column_label"]: c["value_text"] for c in cells if c["row_label"] == "Totaal"}
    assert placed == {
        "Hoofdsom": "9.500.000", "Restant 31-12-2024": "7.160.000", "Risico gemeente": "4.060.000",
    }  # fmt: skip
    assert warnings == []
    _tables, cells, warnings = _read(_guarantees("7.161.000"))
    assert "Totaal" not in {c["row_label"] for c in cells} and len(cells) == 12
    [warning] = warnings
    assert "'Totaal'" in warning.reason and "left out" in warning.reason


def test_a_label_wrapped_inside_a_box_may_end_in_a_year() -> None:
    """The rest of a label wrapped inside a box's cell may be a year alone ("Mutatie
    suppletoir" / "2025"): it goes on with the label, as any word that did not fit does;
    it is no value of a row of its own."""
    text = "\n".join(
        [
            "Tabel 2 Mutaties (bedragen x € 1.000)",
            "┌──────────────────┬──────────┬──────────┐",
            "│Omschrijving      │2025      │2026      │",
            "├──────────────────┼──────────┼──────────┤",
            "│Stand ontwerp-    │     1.200│     3.400│",
            "│begroting 2025    │          │          │",
            "│Mutatie suppletoir│        24│        28│",
            "│2025              │          │          │",
            "│Totaal            │     1.224│     3.428│",
            "└──────────────────┴──────────┴──────────┘",
        ]
    )
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Mutatie suppletoir 2025", "2026")] == "28"
    assert {label for label, _c in grid} == {
        "Stand ontwerp-begroting 2025",
        "Mutatie suppletoir 2025",
        "Totaal",
    }


def test_a_column_of_currency_codes_after_the_values_is_no_column_of_marks() -> None:
    """A list of loans or guarantees may print each row's currency in a column after its
    amount ("Valuta": "USD", "CHF", "EUR"). A code of three capitals is no mark beside a
    figure (as "nee" or "V/N" are): blanked as one, the dollars and francs were stored in
    the table's euros. Whatever is read, no figure printed beside another currency is
    stored as euros."""
    ends = (41, 50)
    text = "\n".join(
        [
            "Tabel 4 Openstaande leningen (bedragen x 1.000)",
            "",
            _printed("Lening", ends, "Hoofdsom", "Valuta"),
            _printed("Lening Wereldbank", ends, "1.250", "USD"),
            _printed("Lening EIB", ends, "980", "EUR"),
            _printed("Lening Zwitserland", ends, "450", "CHF"),
        ]
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    assert not [c for c in cells if c["value_text"] in ("1.250", "450") and c["unit"] == "EUR"]


def test_a_unit_column_after_the_values_gives_each_row_its_unit() -> None:
    """An apparaat table prints each row's unit after its values, under "Eenheid" ("k€",
    "fte", "m2"). The column is no value and no label, and is blanked as a text column;
    but it says each row's unit: lost, the formation in fte and the floor space in m2 took
    the table's euros (12 fte stored as € 12.000 under "x € 1.000")."""
    text = "\n".join(
        [
            "Tabel 5 Apparaat (bedragen x € 1.000)",
            "",
            "Omschrijving                  2024        2025     Eenheid",
            "Personeel                    1.250       1.300     k€",
            "Materieel                      480         495     k€",
            "Formatie                        12          13     fte",
            "Huisvesting                  3.200       3.200     m2",
        ]
    )
    _tables, cells, _warnings = _read(text)
    units = {(c["row_label"], c["column_label"]): c["unit"] for c in cells}
    assert units[("Formatie", "2024")] == "count"
    assert units[("Huisvesting", "2025")] == "count"
    assert units[("Personeel", "2024")] == "EUR"
    assert not [
        c for c in cells if c["row_label"] in ("Formatie", "Huisvesting") and c["unit"] == "EUR"
    ]


def test_a_column_of_words_after_the_values_under_a_heading_no_list_holds() -> None:
    """An audit report's text layer (-layout) prints, after each ministry's amounts, its
    judgement in words under a heading of its own ("Beoordeling": "voldoende", "ernstige
    onvolkomenheid"), the total row none. The words after each row's last figure, under a
    word heading at the right, are a text column: blanked, the table is read (read with
    them, no row ended in a figure and the table was lost)."""
    text = "\n".join(
        [
            "Tabel 3 Fouten en onzekerheden per ministerie in 2023",
            "Bedragen x € 1 miljoen",
            "",
            _printed("", (46, 58, 70, 82, 95), "Uitgaven", "Fouten", "Onzeker", "Totaal",
                     "Beoordeling"),
            _printed("Justitie en Veiligheid", (46, 58, 70, 82), "17.450", "612", "318", "930")
            + "  voldoende",
            _printed("Infrastructuur en Waterstaat", (46, 58, 70, 82), "12.880", "1.402", "77",
                     "1.479") + "  ernstige onvolkomenheid",
            _printed("Financiën", (46, 58, 70, 82), "9.310", "88", "-", "88") + "  voldoende",
            _printed("Totaal", (46, 58, 70, 82), "39.640", "2.102", "395", "2.497"),
            "",
            "Bron: jaarverslagen 2023.",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Justitie en Veiligheid", "Uitgaven")] == "17.450"
    assert grid[("Infrastructuur en Waterstaat", "Totaal")] == "1.479"
    assert grid[("Totaal", "Onzeker")] == "395"
    assert {c["column_label"] for c in cells} == {"Uitgaven", "Fouten", "Onzeker", "Totaal"}
    assert not any("voldoende" in c["row_label"] for c in cells)


def _kengetallen(last: str, cells: tuple[str, str]) -> str:
    """A provincial begroting's kengetallen (-layout): years under "Rekening" / "Begroting"
    on two lines, then ``last`` heading a column after the years whose two rows print
    ``cells``, each from where the heading starts; prose after the table, the page's number
    at the right margin under that column."""
    ends = (56, 70, 84)
    return "\n".join(
        [
            "Tabel 4.3 Kengetallen financiële positie",
            _printed("", ends, "Rekening", "Begroting", "Begroting"),
            _printed("Kengetal", ends, "2023", "2024", "2025").ljust(87) + last,
            _printed("1a. Netto schuldquote", ends, "-12,4%", "3,8%", "15,2%").ljust(87) + cells[0],
            _printed("2.  Solvabiliteitsratio", ends, "61,3%", "55,7%", "48,0%").ljust(87)
            + cells[1],
            _printed("4.  Grondexploitatie", ends, "n.v.t.", "n.v.t.", "n.v.t."),
            "",
            "De netto schuldquote stijgt tot 15,2% in 2025 door de investeringen.",
            "",
            _printed("", (89,), "87"),
        ]
    )


def test_a_column_of_words_after_the_years_under_a_heading_no_list_holds() -> None:
    """A kengetallen table of a -layout text layer prints a judgement in words after the
    values ("neutraal", "gunstig") under a heading of its own on the years' line ("2025
    Beoordeling"). A line whose every figure is a year heads columns, so the word after them
    may head a text column as after words: blanked, the table is read (the word after a
    figure was taken for a row of values' text, and the rows, ending in words, were lost;
    the page's number under the column counted as a figure printed there)."""
    text = _kengetallen("Beoordeling", ("neutraal", "gunstig"))
    [table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert table["column_count"] == 3 and len(grid) == 9
    assert grid[("1a. Netto schuldquote", "Rekening 2023")] == "-12,4%"
    assert grid[("2. Solvabiliteitsratio", "Begroting 2025")] == "48,0%"
    assert not any(c["value_text"] in ("neutraal", "gunstig") for c in cells)


def test_a_word_after_the_years_heading_figures_stays_a_value_column() -> None:
    """Near form: the word after the years heads figures ("Structureel": "-10,0%",
    "45,0%"): a value column, read with the years."""
    text = _kengetallen("Structureel", ("-10,0%", "45,0%"))
    [table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert table["column_count"] == 4
    assert grid[("1a. Netto schuldquote", "Structureel")] == "-10,0%"
    assert grid[("2. Solvabiliteitsratio", "Structureel")] == "45,0%"


@pytest.mark.parametrize("corner", ["", "Omschrijving"])
def test_one_value_column_headed_by_words_and_a_year_set_over_it(corner: str) -> None:
    """A provincial begroting (-layout) prints a small table of one value column, its
    heading words ending in a year ("Begroting 2025") set in over the figures, the labels'
    heading blank or at the margin. The heading stands over the first row's one value, apart
    from its label by padding: it heads that column (one heading of words and a year, with
    no second column beside it, was no heading line and the table was lost)."""
    ends = (72,)
    text = "\n".join(
        [
            "Tabel 4.2 Weerstandsratio",
            _printed(corner, ends, "Begroting 2025"),
            _printed("Beschikbare weerstandscapaciteit (x € 1 mln)", ends, "62,4"),
            _printed("Benodigde weerstandscapaciteit (x € 1 mln)", ends, "21,3"),
            _printed("Weerstandsratio", ends, "2,9"),
            "",
            "De ratio is ruim voldoende.",
        ]
    )
    [table], cells, _warnings = _read(text)
    assert table["column_count"] == 1
    assert _grid(cells) == {
        ("Beschikbare weerstandscapaciteit (x € 1 mln)", "Begroting 2025"): "62,4",
        ("Benodigde weerstandscapaciteit (x € 1 mln)", "Begroting 2025"): "21,3",
        ("Weerstandsratio", "Begroting 2025"): "2,9",
    }


@pytest.mark.parametrize("head", ["Begroting 2025", "2025"])
def test_prose_ending_in_figures_under_a_running_head_set_in_is_no_table(head: str) -> None:
    """Near form: a page's running head set in at the right ("Begroting 2025", "2025") over
    prose whose lines end in a figure one space after a word ("... uit op 2,9"): no row
    prints its value apart by padding, so no table (under the bare year the lines were
    read as rows of one value each)."""
    text = "\n".join(
        [
            _printed("", (72,), head),
            "De weerstandsratio komt in de begroting uit op 2,9",
            "en de netto schuldquote stijgt naar 15,2",
            "zodat de ratio ruim voldoende blijft op 2,9",
            "",
        ]
    )
    tables_read, cells, _warnings = _read(text)
    assert not tables_read and not cells


def _justified(text: str, width: int) -> str:
    """``text`` on one line of ``width`` as justified prose: its word gaps widened evenly."""
    words = text.split()
    spaces, gaps = width - sum(map(len, words)), len(words) - 1
    line = ""
    for k, word in enumerate(words[:-1]):
        line += word + " " * (spaces // gaps + (k < spaces % gaps))
    return line + words[-1]


def test_justified_prose_ending_in_figures_under_a_running_year_set_in_is_no_table() -> None:
    """Near form: justified prose (-layout widens its word gaps to the margin) under a bare
    year set in at the right: its figures stand two or three spaces from the words before
    them, as wide apart as those words are from each other: no padding of a column, no
    table (each line was read as a row of one value under "2025")."""
    text = "\n".join(
        [
            _printed("", (72,), "2025"),
            "",
            _justified("De weerstandsratio komt in de begroting van de provincie uit op 2,9", 72),
            _justified("en de netto schuldquote stijgt in dezelfde periode naar 15,2", 72),
            _justified("terwijl de solvabiliteit van de provincie daalt tot 48,0", 72),
            "zodat de ratio ruim voldoende blijft.",
            "",
        ]
    )
    tables_read, cells, _warnings = _read(text)
    assert not tables_read and not cells


def test_a_note_column_headed_on_the_year_line_after_the_values() -> None:
    """A jaarverslag's budgetary table (-layout) prints its note column's heading on the
    line of years, after the Verschil ("2023   Verschil   Ref."), and a note's mark after
    some rows' last figure ("– 1.250  1)"). The marks are no values, and the heading no
    column of them: the table is read with its years (the heading ended the years' line
    in a word and no table was read)."""
    ends = (44, 54, 64, 78, 90)
    text = "\n".join(
        [
            "Tabel 7 Budgettaire gevolgen van beleid artikel 3 Natuur",
            "Bedragen x € 1.000",
            _printed("", (54, 78), "Realisatie", "Vastgestelde"),
            _printed("", (44, 54, 64, 78, 90, 96), "2021", "2022", "2023", "begroting",
                     "Verschil", "Ref."),
            _printed("", (78, 90), "2023", "2023"),
            _printed("Verplichtingen", (*ends, 96), "81.200", "90.415", "88.730", "89.980",
                     "– 1.250", "1)"),
            _printed("Uitgaven", ends, "79.880", "86.002", "91.114", "90.000", "1.114"),
            _printed("Subsidies", (*ends, 96), "41.300", "45.900", "47.220", "46.000", "1.220",
                     "2)"),
            _printed("Opdrachten", ends, "38.580", "40.102", "43.894", "44.000", "– 106"),
            _printed("Ontvangsten", ends, "1.210", "980", "1.004", "1.000", "4"),
            "",
            "1) Zie de toelichting.",
            "2) Inclusief een kasschuif.",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Verplichtingen", "Verschil 2023")] == "– 1.250"
    assert grid[("Subsidies", "Realisatie 2022")] == "45.900"
    assert grid[("Ontvangsten", "Realisatie 2021")] == "1.210"
    assert len(cells) == 25
    assert not any(c["value_text"] in ("1)", "2)") for c in cells)


#: A jaarverslag's budgetary table (-layout) with a note column "Ref." after the Verschil:
#: where each heading line ends, the note's number ending a row one column past the heading.
_REF_HEADINGS = (
    _printed("", (56, 82, 91, 98), "Realisatie", "Vastgestelde", "Verschil", "Ref."),
    _printed("", (80,), "begroting"),
    _printed("", (44, 56, 68, 80, 91), "2022", "2023", "2024", "2024", "2024"),
)
_REF_ENDS = (44, 56, 68, 80, 91)


def test_a_note_number_set_right_under_a_wider_ref_heading_is_no_value() -> None:
    """pdftotext -layout sets a note's number right or centred under its "Ref." heading,
    past the heading's first character ("– 1.335     1" under "Ref."), and only on the
    rows a note explains. Read as a value, it made the row one too many: its first value
    glued onto the label ("Waterveiligheid 12.406") and every value a column to the left."""
    text = "\n".join(
        [
            "Tabel 11.1 Budgettaire gevolgen van beleid artikel 11 (bedragen x € 1.000)",
            *_REF_HEADINGS,
            _printed("Verplichtingen", _REF_ENDS, "21.093", "20.554", "21.447", "23.105",
                     "– 1.658"),
            _printed("Uitgaven", _REF_ENDS, "20.958", "20.050", "19.921", "21.474", "– 1.553"),
            _printed("  Waterveiligheid", (*_REF_ENDS, 99), "12.406", "9.872", "6.915", "8.250",
                     "– 1.335", "1"),
            _printed("  Oppervlaktewateren", _REF_ENDS, "4.218", "3.905", "3.862", "4.020",
                     "– 158"),
            _printed("Ontvangsten", (*_REF_ENDS, 98), "12.304", "8.118", "9.876", "5.000",
                     "4.876", "2"),
            "",
            "1. De aanbesteding is vertraagd.",
            "2. Meer boeteontvangsten dan geraamd.",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Waterveiligheid", "Realisatie 2022")] == "12.406"
    assert grid[("Waterveiligheid", "Verschil 2024")] == "– 1.335"
    assert grid[("Ontvangsten", "Realisatie 2022")] == "12.304"
    assert grid[("Ontvangsten", "Verschil 2024")] == "4.876"
    assert len(cells) == 25


def test_a_page_number_under_a_ref_heading_stays_the_pages_foot() -> None:
    """The near form: the page's foot under a table with a note column prints its number
    where a note's would stand, under "Ref."; it is the page's foot, no note: the rows go on
    under the headings printed again on the next page (read as ending the note column, the
    number left the foot a line of words and the next page's years a row)."""
    text = "\n".join(
        [
            "Tabel 11.1 Budgettaire gevolgen van beleid artikel 11 (bedragen x € 1.000)",
            *_REF_HEADINGS,
            _printed("Verplichtingen", _REF_ENDS, "21.093", "20.554", "21.447", "23.105",
                     "– 1.658"),
            _printed("Uitgaven", _REF_ENDS, "20.958", "20.050", "19.921", "21.474", "– 1.553"),
            _printed("  Waterveiligheid", _REF_ENDS, "12.406", "9.872", "6.915", "8.250",
                     "– 1.335"),
            "",
            "",
            _printed("Jaarverslag Infrastructuur en Milieu 2024", (98,), "41"),
            "\fInfrastructuur en Milieu                       Beleidsartikelen",
            "",
            *_REF_HEADINGS,
            _printed("  Oppervlaktewateren", _REF_ENDS, "4.218", "3.905", "3.862", "4.020",
                     "– 158"),
            _printed("Ontvangsten", _REF_ENDS, "12.304", "8.118", "9.876", "5.000", "4.876"),
            "",
            "1. De aanbesteding is vertraagd.",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Ontvangsten", "Realisatie 2022")] == "12.304"
    assert not [c for c in cells if c["value_text"] in ("2022", "41")]
    assert len(cells) == 25


#: A jaarverslag's budgetary table (-layout) whose last heading, on the first heading line
#: after the Verschil, is "Nr.": the number of the note explaining a row, after its values.
_NR_HEADINGS = (
    _printed("", (57, 91, 101, 107), "Realisatie", "Vastgestelde", "Verschil", "Nr."),
    _printed("", (89,), "begroting"),
    _printed("", (44, 53, 62, 89, 99), "2016", "2017", "2018", "2018", "2018"),
)
_NR_ENDS = (44, 53, 62, 89, 99)


def test_note_numbers_under_a_nr_heading_after_the_values_are_no_values() -> None:
    """A code's heading ending the heading line, after the values' headings ("Verschil
    Nr."), heads what a row prints after its values: a note's number ("2.577     1"), no
    value, as under "Ref.". Read as a value, it glued onto the label ("Verplichtingen 1")
    and every value moved a column to the left."""
    text = "\n".join(
        [
            "Tabel 14 Budgettaire gevolgen van beleid artikel 13 (bedragen x € 1.000)",
            "",
            *_NR_HEADINGS,
            _printed("Verplichtingen", (*_NR_ENDS, 105), "71.215", "94.860", "82.117",
                     "79.540", "2.577", "1"),
            _printed("Uitgaven", _NR_ENDS, "65.417", "82.585", "73.346", "70.764", "2.582"),
            _printed("  Bodemsanering", _NR_ENDS, "2.450", "2.116", "1.904", "2.300", "– 396"),
            _printed("  Kennisontwikkeling", (*_NR_ENDS, 105), "6.340", "7.012", "6.580",
                     "7.784", "– 1.204", "2"),
            _printed("Ontvangsten", (*_NR_ENDS, 105), "2.640", "1.120", "3.304", "1.250",
                     "2.054", "3"),
            "",
            "Toelichting",
            "1. Verplichtingen",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Verplichtingen", "Realisatie 2016")] == "71.215"
    assert grid[("Verplichtingen", "Verschil 2018")] == "2.577"
    assert grid[("Ontvangsten", "Verschil 2018")] == "2.054"
    assert not [c for c in cells if c["value_text"] in ("1", "2", "3")]
    assert len(cells) == 25


def test_codes_under_a_nr_heading_between_labels_and_values_stay_a_code_column() -> None:
    """The near form: "Nr." before the values' headings heads the codes a row prints
    between its label and its values (``tables_code_columns``): where the heading stands
    decides, the codes neither values nor labels, every value under its own heading."""
    ends = (50, 64, 74, 84)
    text = "\n".join(
        [
            "Tabel 3 Mutaties (bedragen x € 1.000)",
            "",
            _printed("", ends, "Nr.", "2023", "2024", "2025"),
            _printed("Capaciteit politie", ends, "31", "58.000", "58.000", "104.000"),
            _printed("Loon- en prijsbijstelling", ends, "12", "268.402", "268.402", "266.115"),
            _printed("Overige mutaties", ends, "7", "1.250", "1.300", "1.350"),
        ]
    )
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Capaciteit politie", "2023")] == "58.000"
    assert grid[("Overige mutaties", "2025")] == "1.350"
    assert len(cells) == 9


def test_a_long_label_run_into_its_first_value_pushes_the_whole_row_right() -> None:
    """pdftotext -layout of a begroting's table whose label is longer than its column: the
    label runs into the first value with one space and the layout keeps the row's gaps, so
    every value stands one same offset right of its column ("... gemeentelijke
    dienstverlening 12.480      13.115 ..."). The row was no row: the table ended there and
    the rows under it were lost. A row whose values are pushed by unequal offsets is no
    layout's: not read."""
    ends = (46, 57, 68, 79, 90)

    def pushed(label: str, *texts: str) -> str:
        first = len(label) + 1 + len(texts[0])  # one space after the label
        offset = first - ends[0]
        return _printed(label + " ", tuple(e + offset for e in ends), *texts)

    text = "\n".join(
        [
            "Tabel 5 Budgettaire gevolgen van beleid artikel 2 (bedragen x € 1.000)",
            "",
            _printed("", ends, "2025", "2026", "2027", "2028", "2029"),
            "",
            _printed("Verplichtingen", ends, "98.400", "99.115", "97.020", "96.884", "96.207"),
            _printed("Uitgaven", ends, "97.310", "98.212", "97.870", "96.214", "96.380"),
            _printed("Subsidies", ends, "24.218", "25.550", "25.755", "25.114", "25.465"),
            pushed("  Subsidieregeling digitale gemeentelijke dienstverlening", "12.480",
                   "13.115", "13.200", "12.900", "13.000"),
            _printed("  Overige subsidies", ends, "11.738", "12.435", "12.555", "12.214", "12.465"),
            _printed("Opdrachten", ends, "73.092", "72.662", "72.115", "71.100", "70.915"),
            pushed("  Onderzoek naar de toegankelijkheid van overheidswebsites", "‒1.250",
                   "2.300", "2.410", "2.500", "2.615"),
            _printed("  Overige opdrachten", ends, "74.342", "70.362", "69.705", "68.600",
                     "68.300"),
            _printed("Ontvangsten", ends, "1.215", "884", "3.502", "2.200", "1.911"),
        ]
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    label = "Subsidieregeling digitale gemeentelijke dienstverlening"
    assert [grid[(label, year)] for year in ("2025", "2029")] == ["12.480", "13.000"]
    label = "Onderzoek naar de toegankelijkheid van overheidswebsites"
    assert [grid[(label, year)] for year in ("2025", "2026")] == ["‒1.250", "2.300"]
    assert grid[("Ontvangsten", "2027")] == "3.502"
    assert len(cells) == 45
    # the same row with its values after the first two characters further right is no
    # layout's row: its figures are not read as the five columns
    uneven = text.replace("12.480     13.115", "12.480       13.115")
    _tables, cells, _warnings = _read(uneven)
    assert not any(c["value_text"] in ("12.480", "13.115") for c in cells)


def test_a_new_regeling_missing_its_first_cells_is_placed_by_its_instrument_s_sum() -> None:
    """A page printed one cell per line drops the empty cells of a regeling new in the
    later years without a placeholder. Only the block under "Uitgaven" was tried, which
    counts each instrument and its regelingen twice, so the row was left out; the
    regelingen add up to their instrument printed above them ("Subsidies (regelingen)"),
    which tells the columns."""
    cells = [
        "Tabel 12 Budgettaire gevolgen van beleid artikel 3 (bedragen x € 1.000)",
        *["Art.", "2023", "2024", "2025", "2026"],
        *["Uitgaven", "50.000", "52.000", "61.500", "63.000"],
        *["Subsidies (regelingen)", "30.000", "31.000", "40.500", "42.000"],
        *["Regeling jeugdsport", "18.000", "18.500", "19.000", "19.500"],
        *["Regeling sportakkoord", "12.000", "12.500", "13.000", "13.500"],
        *["Tegemoetkoming energiekosten", "8.500", "9.000"],
        *["Opdrachten", "20.000", "21.000", "21.000", "21.000"],
        *["Onderzoek", "20.000", "21.000", "21.000", "21.000"],
    ]
    _tables, found, warnings = _read(_cells_per_line(*cells))
    placed = {
        c["column_label"]: c["value_text"] for c in found if c["row_label"].startswith("Tege")
    }
    assert placed == {"2025": "8.500", "2026": "9.000"}
    assert _parents(found)["Tegemoetkoming energiekosten"] == "Subsidies (regelingen)"
    assert not [w for w in warnings if "Tegemoetkoming" in str(w)]


@pytest.mark.parametrize("gap", [" ", "   "])
def test_a_column_of_norms_after_the_values_is_no_value(gap: str) -> None:
    """A paragraaf weerstandsvermogen prints its kengetallen with the norm of each after the
    values ("Norm" over "< 90%", "> 20%"), one row per line, spaced or not. A figure after a
    comparison sign is a bound, no value of the row: read with it, the rows ended in no
    value and the table was lost; with its heading alone the values stood a column to the
    right. A table whose row ends in a bare figure under that heading is no such column."""

    def row(label: str, *cells: str) -> str:
        return gap.join([label, *cells])

    lines = [
        "Tabel 4 Financiële kengetallen",
        row("Omschrijving", "Jaarrekening 2022", "Begroting 2023", "Begroting 2024", "Norm"),
        row("Netto schuldquote", "64%", "71%", "76%", "< 90%"),
        row("Solvabiliteitsratio", "31%", "29%", "27%", ">20%"),
        row("Structurele exploitatieruimte", "1,4%", "-0,2%", "0,6%", ">0%"),
        "",
        "De schuldquote blijft onder de norm.",
    ]
    [table], cells, _warnings = _read("\n".join(lines))
    grid = _grid(cells)
    assert table["unit_label"] == "%" and len(cells) == 9
    # (single-spaced, the corner's word is read into the first heading: nothing parts them)
    assert sorted({column for _row, column in grid})[:2] == ["Begroting 2023", "Begroting 2024"]
    assert len({column for _row, column in grid}) == 3
    assert grid[("Netto schuldquote", "Begroting 2024")] == "76%"
    assert grid[("Structurele exploitatieruimte", "Begroting 2023")] == "-0,2%"
    # a row ending in a bare figure where the others print a norm: the column is unsure
    lines[4] = row("Structurele exploitatieruimte", "1,4%", "-0,2%", "0,6%", "0%")
    _tables, cells, _warnings = _read("\n".join(lines))
    assert not cells  # (left as printed: no table read)


def test_a_row_printing_no_figure_leaves_a_table_of_percentages_one_of_percentages() -> None:
    """A province's kengetallen, every figure a percentage, one kengetal not applicable
    ("n.v.t." in each column, no grondexploitatie): that row prints no figure and says
    nothing of the unit, so the table is in %, not mixed, and no row is said to print none."""
    text = "\n".join(
        [
            "Tabel 3 Financiële kengetallen",
            "Kengetal                      Rekening 2022   Begroting 2023   Rekening 2023",
            "Netto schuldquote                    -8,2%            4,0%           -10,1%",
            "Solvabiliteitsratio                    62%             58%              65%",
            "Grondexploitatie                    n.v.t.          n.v.t.           n.v.t.",
            "Belastingcapaciteit                    97%             98%              98%",
        ]
    )
    [table], cells, warnings = _read(text)
    assert table["unit_label"] == "%" and table["unit"] == "percent"
    assert _grid(cells)[("Grondexploitatie", "Begroting 2023")] == "n.v.t."
    assert {c["unit_label"] for c in cells} == {"%"}
    assert not any("prints no unit" in str(w) for w in warnings)


def test_a_ratio_under_rows_whose_labels_say_their_unit_is_no_money() -> None:
    """A municipal paragraaf weerstandsvermogen prints the unit in the labels of its two
    capacities, each with figures of its own, the parts of the first under it, and the
    ratio of the two last ("Ratio weerstandsvermogen   1,9"). Two labels of rows of
    figures saying a unit say their own rows': the first's is not the table's, so the
    ratio is stored without euros (before, as € 1.900), the parts adding up to the first
    are in its unit, and the table is mixed."""
    text = "\n".join(
        [
            "Tabel 5 Weerstandsvermogen",
            "                                                    31-12-2022    31-12-2023",
            "Beschikbare weerstandscapaciteit (x € 1.000)             41.250        44.600",
            "Algemene reserve                                         28.400        30.150",
            "Reserve grondexploitatie                                  6.850         7.450",
            "Onvoorzien                                                6.000         7.000",
            "Benodigde weerstandscapaciteit (x € 1.000)               21.710        23.480",
            "Ratio weerstandsvermogen                                    1,9           1,9",
        ]
    )
    [table], cells, warnings = _read(text)
    assert table["unit_label"] == "mixed"
    units = {(c["row_label"], c["column_label"]): c["unit_label"] for c in cells}
    assert units[("Ratio weerstandsvermogen", "31-12-2023")] == ""
    assert units[("Reserve grondexploitatie", "31-12-2022")] == "x € 1.000"
    assert units[("Benodigde weerstandscapaciteit (x € 1.000)", "31-12-2022")] == "x € 1.000"
    assert _parents(cells)["Onvoorzien"] == "Beschikbare weerstandscapaciteit (x € 1.000)"
    assert any("'Ratio weerstandsvermogen' prints no unit" in str(w) for w in warnings)


@pytest.mark.parametrize("sign", ["(€)", "(euro)", "(EUR)"])
def test_a_euro_sign_alone_in_brackets_after_a_label_says_euros_as_printed(sign: str) -> None:
    """A jaarverslag's table of schuld en woonlasten prints each row's unit in its label: a
    count of inhabitants, a WOZ-waarde "(x € 1.000)", amounts per household in euros with
    the sign alone in brackets ("Woonlasten per huishouden (€)"), as "(%)" says percentages.
    Those rows are in euros as printed; they were read as printing no unit (warned, kept
    without euros) beside the rows that said theirs."""
    assert read_unit(f"Woonlasten per huishouden {sign}", 1) is not None
    text = "\n".join(
        [
            "Tabel 6 Schuld en woonlasten",
            "Omschrijving 2023 2024",
            "Aantal inwoners per 1 januari 61.420 61.875",
            f"Netto schuld per inwoner {sign} 1.412 1.388",
            "Gemiddelde WOZ-waarde (x € 1.000) 298 312",
            f"Woonlasten per huishouden {sign} 902 944",
        ]
    )
    [table], cells, warnings = _read(text)
    units = {c["row_label"]: c["unit_label"] for c in cells}
    assert table["unit_label"] == "mixed" and not warnings
    assert units[f"Woonlasten per huishouden {sign}"] == "euro"
    assert units["Gemiddelde WOZ-waarde (x € 1.000)"] == "x € 1.000"
    assert units["Aantal inwoners per 1 januari"] == ""


def test_rows_whose_labels_say_one_unit_over_their_parts_are_a_table_in_that_unit() -> None:
    """A municipal overview prints "(x € 1.000)" in the labels of its Lasten, Baten and
    Saldo, their parts under them printing none, the Baten one part ("Leges"). Every row
    says that unit or adds up, alone or with others, to a row that does: the table is in it.
    The single part was left without a unit and parent, and the table was mixed (the
    labels of two rows of figures saying a unit were read as saying their own rows' only)."""
    text = "\n".join(
        [
            "Tabel 2 Financieel overzicht",
            "                              2023      2024",
            "Lasten (x € 1.000)           1.200     1.300",
            "Personeel                      800       900",
            "Materieel                      400       400",
            "Baten (x € 1.000)              300       300",
            "Leges                          300       300",
            "Saldo (x € 1.000)             -900    -1.000",
        ]
    )
    [table], cells, warnings = _read(text)
    assert table["unit_label"] == "x € 1.000"
    assert {c["unit_label"] for c in cells} == {"x € 1.000"}
    assert _parents(cells)["Leges"] == "Baten (x € 1.000)"
    assert not any("prints no unit" in str(w) or "no unit printed" in str(w) for w in warnings)


def test_a_row_citing_a_kamerstuk_with_one_value_is_no_page_foot() -> None:
    """A -layout table of amendementen cites each in its label in the words of a Kamerstuk's
    foot ("Omtzigt, Tweede Kamer, vergaderjaar 2023–2024, 36 410, nr. 14" and one value,
    "250"): folded, the row reads as a foot with its page's number, but it stands between
    rows ending in figures where its own ends: a row, kept (it was dropped as furniture)."""
    ends = (80, 92)
    text = "\n".join(
        [
            "Tabel 3 Dekking amendementen (bedragen x € 1.000)",
            "",
            _printed("Amendement", ends, "2024", "2025"),
            _printed("Van der Lee, Tweede Kamer, vergaderjaar 2023–2024, 36 410, nr. 12", ends,
                     "500", "500"),
            _printed("Omtzigt, Tweede Kamer, vergaderjaar 2023–2024, 36 410, nr. 14", ends,
                     "", "250"),
            _printed("Bontenbal, Tweede Kamer, vergaderjaar 2023–2024, 36 410, nr. 15", ends,
                     "300", "300"),
            _printed("Totaal", ends, "800", "1.050"),
            "",
        ]
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    label = "Omtzigt, Tweede Kamer, vergaderjaar 2023–2024, 36 410, nr. 14"
    assert _grid(cells)[(label, "2025")] == "250"
    assert _parents(cells)[label] == "Totaal"


@pytest.mark.parametrize(
    ("label", "counts"),
    [
        ("Extra handhaving openbare ruimte (2 fte)", False),
        ("Uitbreiding toezicht met 12,5 fte", False),
        ("Formatie (fte)", True),
        ("Aantal fte", True),
    ],
)
def test_a_number_of_fte_in_a_label_names_the_measure_not_its_rows_unit(
    label: str, counts: bool
) -> None:
    """A municipal table of mutations in thousands names a measure's size in its label
    ("Extra handhaving (2 fte)"): its figures are still money, so the table keeps the
    caption's unit (it was "mixed") and the group heading over it stands for the sum of its
    rows, so the subtotals and the opening balance come under the total below them (they
    had no parent). A label saying its row counts fte ("Formatie (fte)", "Aantal fte")
    still counts them: the table is mixed and that row has no euros."""
    text = "\n".join(
        [
            "Tabel 1 Ontwikkeling begrotingssaldo (bedragen x € 1.000; - = nadeel)",
            "Omschrijving 2025 2026",
            "Saldo programmabegroting 1.245 -312",
            "Autonome ontwikkelingen",
            "Loon- en prijsontwikkeling -860 -875",
            "Jeugdzorg: hogere volumes -1.500 -1.200",
            "Subtotaal autonome ontwikkelingen -2.360 -2.075",
            "Nieuw beleid",
            "Verkeersveiligheid schoolroutes -175 -175",
            f"{label} -140 -140",
            "Subtotaal nieuw beleid -315 -315",
            "Nieuw begrotingssaldo -1.430 -2.702",
        ]
    )
    [table], cells, _warnings = _read(text)
    row = [c["value_eur"] for c in cells if c["row_label"] == label]
    assert table["unit_label"] == ("mixed" if counts else "x € 1.000")
    assert row == ([None, None] if counts else [-140_000, -140_000])
    parents = _parents(cells)
    if not counts:
        assert parents[label] == "Nieuw beleid"
        for part in ("Saldo programmabegroting", "Subtotaal nieuw beleid"):
            assert parents[part] == "Nieuw begrotingssaldo"


def test_a_unit_printed_in_the_only_column_of_figures_is_the_tables() -> None:
    """A list of zbo's, one cell per line, whose caption prints no unit: text columns
    ("RWT", "ZBO") and one column of figures headed "Bedrag 2025 (x € 1.000)". The unit
    every column of figures prints is the table's (it was left empty and warned of, though
    each cell had its euros), read on the heading's line."""
    text = _cells_per_line(
        "Tabel 72 Overzicht zbo's en rwt's", "Naam organisatie", "RWT", "ZBO",
        "Bedrag 2025 (x € 1.000)",
        "Koninklijke Bibliotheek (KB)", "ja", "ja", "98.402",
        "Commissariaat voor de Media", "nee", "ja", "9.118",
        "Stichting Participatiefonds", "ja", "ja", "n.v.t.",
    )  # fmt: skip
    [table], cells, warnings = _read(text)
    assert (table["unit"], table["unit_label"], table["scale_factor"]) == ("EUR", "x € 1.000", 1000)
    assert text.splitlines()[table["scale_line"] - 1] == "Bedrag 2025 (x € 1.000)"
    assert [c["value_eur"] for c in cells if c["value"] is not None] == [98_402_000, 9_118_000]
    assert not [w for w in warnings if "no unit printed" in w.reason]


def test_a_unit_printed_over_some_columns_of_figures_only_is_theirs() -> None:
    """The near form: one column of figures says its unit ("Bedrag (x € 1.000)"), another
    says none ("Aantal instellingen" is a count, "2025" nothing): the table's unit is not
    the one column's, so it stays mixed or empty, and the column keeps its own."""
    counted = _cells_per_line(
        "Tabel 8 Bijdragen per sector", "Sector", "Aantal instellingen", "Bedrag (x € 1.000)",
        "Hogescholen", "36", "3.805.115",
        "Universiteiten", "14", "5.870.402",
    )  # fmt: skip
    unsaid = _cells_per_line(
        "Tabel 9 Bijdragen per sector", "Sector", "2025", "Bedrag (x € 1.000)",
        "Hogescholen", "36", "3.805.115",
        "Universiteiten", "14", "5.870.402",
    )  # fmt: skip
    [table], cells, _warnings = _read(counted)
    assert table["unit_label"] == "mixed"
    [table], cells, _warnings = _read(unsaid)
    assert table["unit_label"] == ""
    assert {c["value_eur"] for c in cells if c["column_label"] == "2025"} == {None}


@pytest.mark.parametrize(
    ("whole", "part", "counts"),
    [
        ("Bezetting in fte", "waarvan uitbreiding 18 fte", True),
        ("Formatie (fte)", "waarvan tijdelijk", True),
        ("Personele uitgaven", "waarvan inhuur (max. 10% = 4 fte)", False),
        ("Personele uitgaven", "waarvan uitbreiding 18 fte", False),
    ],
)
def test_a_part_of_a_row_that_counts_counts_whatever_fte_its_label_names(
    whole: str, part: str, counts: bool
) -> None:
    """An apparatus table in thousands prints the staff its money pays for as a row that
    counts ("Bezetting in fte   412") and a part of it under it ("waarvan uitbreiding 18 fte
    18"): the part's figures are part of a count, a count too, whatever number of fte its
    label names (it was stored as 18 x € 1.000). The near form: a part of a row of money
    printing no unit of its own ("Personele uitgaven" over "waarvan inhuur (max. 10% = 4
    fte)") is money, the number of fte the measure's size."""
    text = "\n".join(
        [
            "Tabel 8 Apparaatsuitgaven (bedragen x € 1.000)",
            "Omschrijving 2024 2025 2026",
            "Materiële uitgaven 12.600 12.900 13.000",
            f"{whole} 412 430 434",
            f"{part} 18 18 18",
            "Totaal apparaatsuitgaven 53.850 55.700 56.100",
        ]
    )
    [table], cells, _warnings = _read(text)
    row = {c["value_eur"] for c in cells if c["row_label"] == part}
    assert row == ({None} if counts else {18_000})
    assert {c["unit"] for c in cells if c["row_label"] == part} == {"count" if counts else "EUR"}
    assert table["unit_label"] == ("mixed" if counts else "x € 1.000")
    assert _parents(cells)[part] == whole
    assert {c["value_eur"] for c in cells if c["row_label"] == "Materiële uitgaven"} == {
        12_600_000,
        12_900_000,
        13_000_000,
    }


def _taakvelden(headings: list[str], values: list[tuple[str, ...]]) -> str:
    """A municipal -layout table whose caption prints no unit: three taakvelden and their
    total, ``headings`` the heading lines (each heading right-aligned over its column) and
    ``values`` each row's figures."""
    labels = ("Bestuur en ondersteuning", "Veiligheid", "Sociaal domein", "Totaal lasten")
    return "\n".join(
        [
            "Tabel 2.4 Lasten per taakveld",
            *("Taakveld".ljust(36) + "".join(h.rjust(24) for h in line.split("|"))
              for line in headings),
            *(label.ljust(36) + "".join(v.rjust(24) for v in row)
              for label, row in zip(labels, values, strict=True)),
        ]
    )  # fmt: skip


_MONEY = [
    ("12.410", "13.020", "13.650"),
    ("6.230", "6.480", "6.910"),
    ("38.005", "39.870", "40.102"),
    ("56.645", "59.370", "60.662"),
]
_RATES = [
    ("3,6", "3,9", "4,1"),
    ("2,9", "2,5", "2,2"),
    ("0,7", "1,1", "1,5"),
    ("7,2", "7,5", "7,8"),
]


@pytest.mark.parametrize(
    ("headings", "values", "unit"),
    [
        (["2023|2024|2025 (x € 1.000)"], _MONEY, "x € 1.000"),
        (["Rekening|Begroting|Begroting", "2023|2024|2025 (in € 1 000)"], _MONEY, "x € 1.000"),
        (["2023|2024|2025 (€ mln)"], _MONEY, "mln euro"),
        (["2023|2024|2025 (%)"], _RATES, "%"),
    ],
)
def test_a_unit_closing_the_last_of_a_run_of_years_is_the_tables(
    headings: list[str], values: list[tuple[str, ...]], unit: str
) -> None:
    """A run of years printing its unit once, in brackets one space after its last year
    ("2023   2024   2025 (x € 1.000)", "Begroting" over "2025 (in € 1 000)", "2025 (%)"),
    where no other heading prints one: the table's unit, every column's. It was the last
    column's only: the other years' figures were kept without euros and the table warned
    that it printed no unit."""
    [table], cells, warnings = _read(_taakvelden(headings, values))
    assert table["unit_label"] == unit
    assert {c["unit_label"] for c in cells} == {unit}
    assert not [w for w in warnings if "no unit printed" in str(w)]
    if unit == "x € 1.000":
        assert {c["value_eur"] for c in cells if c["row_label"] == "Veiligheid"} == {
            6_230_000,
            6_480_000,
            6_910_000,
        }


@pytest.mark.parametrize(
    ("headings", "values", "own"),
    [
        (  # a share of the last year beside its money: a column of its own
            ["2023|2024|2025|2025 (%)"],
            [
                (*row, share)
                for row, share in zip(_MONEY, ("21,9", "11,4", "66,1", "100,0"), strict=True)
            ],
            "2025 (%)",
        ),
        (  # a share headed apart from the years it stands beside
            ["Realisatie 2023|Begroting 2024|Aandeel 2025 (%)"],
            _RATES,
            "Aandeel 2025 (%)",
        ),
        (  # a count headed by other words than the column saying its money
            ["Inwoners 2024|2025 (x € 1.000)"],
            [row[1:] for row in _MONEY],
            "2025 (x € 1.000)",
        ),
    ],
)
def test_a_unit_closing_a_heading_unlike_the_others_stays_its_columns(
    headings: list[str], values: list[tuple[str, ...]], own: str
) -> None:
    """The near forms: a unit closing the last heading where that column measures something
    else than the years beside it (the last year again, "2025" / "2025 (%)"; other words,
    "Begroting 2024" / "Aandeel 2025 (%)", "Inwoners 2024" / "2025 (x € 1.000)") is that
    column's alone: the others keep no unit and the table warns that it prints none."""
    [table], cells, warnings = _read(_taakvelden(headings, values))
    assert table["unit_label"] == ""
    assert {c["unit_label"] for c in cells if c["column_label"] != own} == {""}
    assert {c["unit_label"] for c in cells if c["column_label"] == own} != {""}
    assert [w for w in warnings if "no unit printed" in str(w)]


_PAGE_RULE = "–" * 104  # a rule of en dashes across a pdftotext -layout page


def test_a_rule_across_the_page_under_headings_ending_in_column_numbers_is_stepped_over() -> None:
    """A Kamerstuk's verantwoordingsstaat by ``pdftotext -layout``: three heading lines,
    the last of column numbers alone ("(1)   (2)"), a rule of en dashes across the page,
    then the rows, going on past a page break without their headings. The heading ends in
    no year, so it is looked for above the rows no table read; the rule is layout between
    them, stepped over (too long for a group line, it ended the climb and the rows were
    said, unread)."""
    ends = (38, 51, 66)
    head = "Tweede Kamer, vergaderjaar 2000–2001, 27 570 XIV, nr. 1"
    text = "\n".join(
        [
            "Tabel 4 Uitgaven per artikel (bedragen x € 1.000)",
            "",
            _printed("", ends, "Vastgestelde", "", "Verschil"),
            _printed("Art.  Omschrijving", ends, "begroting", "Realisatie", "(3)=(2)–(1)"),
            _printed("", ends, "(1)", "(2)", ""),
            _PAGE_RULE,
            _printed("1     Beleid", ends, "12.400", "13.100", "700"),
            _printed("2     Uitvoering", ends, "8.200", "7.900", "– 300"),
            "",
            "",
            "                                    12",
            f"\f{head}                                  13",
            "",
            "",
            _printed("3     Toezicht", ends, "4.000", "4.000", "0"),
            _PAGE_RULE,
            _printed("      Totaal", ends, "24.600", "25.000", "400"),
        ]
    )
    [table], cells, warnings = _read(text)
    assert table["unit_label"] == "x € 1.000" and not warnings
    grid = _grid(cells)
    assert grid[("1 Beleid", "Vastgestelde begroting (1)")] == "12.400"
    assert grid[("2 Uitvoering", "Verschil (3)=(2)–(1)")] == "– 300"
    assert grid[("3 Toezicht", "Realisatie (2)")] == "4.000" and len(cells) == 12
    assert _parents(cells)["3 Toezicht"] == "Totaal"


def test_a_rule_across_the_page_under_a_sentence_heads_no_rows() -> None:
    """The near form: a sentence of prose over the rule, no heading. Stepping over the rule
    finds the sentence, which heads no columns: the rows stay unread, and are said."""
    ends = (38, 51, 66)
    text = "\n".join(
        [
            "De gerealiseerde uitgaven per artikel vergeleken met de begroting van 2000.",
            _PAGE_RULE,
            _printed("1     Beleid", ends, "12.400", "13.100", "700"),
            _printed("2     Uitvoering", ends, "8.200", "7.900", "– 300"),
            _printed("3     Toezicht", ends, "4.000", "4.000", "0"),
        ]
    )
    tables, cells, warnings = _read(text)
    assert (tables, cells) == ([], [])
    assert [w.reason for w in warnings] == ["3 lines look like table rows; no table read"]


def _reserves_and_loans(*between: str, apart: bool = True) -> str:
    """A table of reserves, ``between`` (lines set apart by blank lines, or, not ``apart``,
    printed line under line after one blank line), then a table of loans of as many columns
    under a heading line of its own."""
    printed = [part for line in between for part in (line, "")] if apart else ["", *between]
    return "\n".join(
        [
            "Stand reserves per 31 december 2024 (x € 1.000)",
            "",
            "Reserve                  Stand 1-1-2024    Toevoeging   Onttrekking  Stand 31-12-2024",
            "Algemene reserve                 18.412         2.300        -1.150            19.562",
            "Reserve kapitaallasten            9.305           640          -480             9.465",
            "Totaal reserves                  27.717         2.940        -1.630            29.027",
            *([""] if apart else []),
            *printed,
            "Geldgever                             2024         2025          2026          2027",
            "Bank Nederlandse Gemeenten          84.500       79.200        73.900        68.600",
            "Onderhandse leningen                 6.300        5.400         4.500         3.600",
            "Totaal vaste schuld                 90.800       84.600        78.400        72.200",
        ]
    )


def test_a_sections_heading_and_a_caption_naming_a_unit_part_two_tables() -> None:
    """Two lines set apart by blank lines between two tables of four columns, a section's
    heading and a caption naming a unit ("Paragraaf 5 Financiering" / "Leningenportefeuille
    ... (bedragen x € 1.000)"): read as group lines of a block of the table above, the two
    were one table, the loans under the reserves' title. A group's name prints no unit."""
    caption = "Leningenportefeuille vaste schuld 2024-2027 (bedragen x € 1.000)"
    named = _named(_reserves_and_loans("Paragraaf 5 Financiering", caption))
    assert named["Algemene reserve"][0] == "Stand reserves per 31 december 2024 (x € 1.000)"
    assert named["Bank Nederlandse Gemeenten"] == (caption, "x € 1.000")


def test_two_lines_naming_no_unit_between_two_parts_stay_one_table() -> None:
    """Near form: the second line names no unit ("Vaste schuld"): the two parts stay one
    table, as before."""
    tables, _cells, _warnings = _read(
        _reserves_and_loans("Paragraaf 5 Financiering", "Vaste schuld")
    )
    assert len(tables) == 1


def test_a_caption_naming_a_unit_printed_line_under_line_parts_two_tables() -> None:
    """A caption naming a unit between two tables of four columns, under a section's
    heading printed right over it or alone, and right over the next heading line: read as
    group lines of a block of the table above, the two were one table, the loans under the
    reserves' title. A group's name prints no unit, however the lines are set."""
    caption = "Leningenportefeuille vaste schuld 2024-2027 (bedragen x € 1.000)"
    for between in (["Paragraaf 5 Financiering", caption], [caption]):
        named = _named(_reserves_and_loans(*between, apart=False))
        assert named["Algemene reserve"][0] == "Stand reserves per 31 december 2024 (x € 1.000)"
        assert named["Bank Nederlandse Gemeenten"] == (caption, "x € 1.000")


def test_group_names_naming_no_unit_printed_line_under_line_stay_one_table() -> None:
    """Near form: lines naming no unit printed so ("Paragraaf 5 Financiering" / "Vaste
    schuld", or "Vaste schuld" alone right over the heading line): a group's name over its
    block, one table, as before."""
    for between in (["Paragraaf 5 Financiering", "Vaste schuld"], ["Vaste schuld"]):
        tables, _cells, _warnings = _read(_reserves_and_loans(*between, apart=False))
        assert len(tables) == 1


def test_dates_and_years_under_the_rule_end_the_pipe_headings_above() -> None:
    """A reserves' table printed with its second heading row under the rule ("| |
    1-1-JJJJ | JJJJ | JJJJ | 31-12-JJJJ |" under "Reserve | Saldo | Toevoeging | Onttrekking
    | Saldo"): dates and years under an empty label cell, where the heading names no year,
    end the names above (read as a row, both stands were named "Saldo")."""
    text = "\n".join(
        [
            "| Reserve | Saldo | Toevoeging | Onttrekking | Saldo |",
            "|---|---|---|---|---|",
            "| | 1-1-2024 | 2024 | 2024 | 31-12-2024 |",
            "| Algemene reserve | 118.450 | 14.320 | 9.875 | 122.895 |",
            "| Reserve Ringweg | 45.800 | 8.500 | - | 54.300 |",
            "| Totaal reserves | 164.250 | 22.820 | 9.875 | 177.195 |",
        ]
    )
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Algemene reserve", "Saldo 1-1-2024")] == "118.450"
    assert grid[("Reserve Ringweg", "Toevoeging 2024")] == "8.500"
    assert grid[("Totaal reserves", "Saldo 31-12-2024")] == "177.195"
    assert {c["row_label"] for c in cells} == {
        "Algemene reserve",
        "Reserve Ringweg",
        "Totaal reserves",
    }


@pytest.mark.parametrize(
    ("heading", "first"),
    [
        # a date beside a figure: a row
        ("| Reserve | Saldo | Toevoeging |", "| | 1-1-2024 | 14.320 |"),
        # dates under headings that name the years already: a row, as before
        ("| Reserve | Stand 2024 | Stand 2025 |", "| | 1-1-2024 | 1-1-2025 |"),
    ],
)
def test_dates_under_the_rule_beside_a_figure_or_under_years_head_nothing(
    heading: str, first: str
) -> None:
    """The near forms: dates beside a figure, or under headings naming their years, end no
    heading: the columns keep their names as printed above the rule."""
    text = "\n".join(
        [heading, "|---|---|---|", first, "| Algemene reserve | 118.450 | 14.320 |",
         "| Totaal | 118.450 | 14.320 |"]
    )  # fmt: skip
    _tables, cells, _warnings = _read(text)
    names = {c["column_label"] for c in cells}
    assert names and not any("1-1-" in name for name in names)


def test_a_pipe_column_of_words_between_the_label_and_the_values_is_no_part_of_the_label() -> None:
    """A Markdown table parts whole fields, one row a line: a column of words its heading
    names between the labels and the values ("Nut" over "MN" / "EN", an investment's kind)
    is each row's text cell, no part of its label (read with it, every label ended in the
    kind: "Reconstructie Zutphenseweg MN")."""
    text = "\n".join(
        [
            "| Investering | Nut | Krediet | 2025 | 2026 |",
            "|---|---|---|---|---|",
            "| Reconstructie Zutphenseweg | MN | 3.200 | 400 | 1.800 |",
            "| Riolering vervangingsplan | EN | 5.800 | 1.450 | 1.450 |",
            "| Totaal investeringen | | 9.000 | 1.850 | 3.250 |",
        ]
    )
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Reconstructie Zutphenseweg", "Krediet")] == "3.200"
    assert grid[("Riolering vervangingsplan", "2026")] == "1.450"
    assert {c["column_label"] for c in cells} == {"Krediet", "2025", "2026"}


@pytest.mark.parametrize(
    ("heading", "rows", "label"),
    [
        # a code before the name joins the label
        (
            "| Art. | Omschrijving | 2025 | 2026 |",
            ("| 6 | Apparaat |", "| 7 | Materieel |"),
            "6 Apparaat",
        ),
        # a label split over two fields under one heading stays one
        (
            "| Omschrijving | | 2025 | 2026 |",
            ("| Apparaat | personeel |", "| Materieel | inhuur |"),
            "Apparaat personeel",
        ),
    ],
)
def test_a_pipe_code_or_a_label_split_over_two_fields_still_joins_the_label(
    heading: str, rows: tuple[str, str], label: str
) -> None:
    """The near forms: a code column before the name, or the label's second field under no
    heading of its own, join the label as before."""
    text = "\n".join(
        [heading, "|---|---|---|---|", f"{rows[0]} 1.000 | 1.200 |", f"{rows[1]} 300 | 350 |"]
    )
    _tables, cells, _warnings = _read(text)
    assert _grid(cells)[(label, "2026")] == "1.200"


def _mutaties_with_codes(codes: tuple[str, str, str], heading: str = "Art.") -> str:
    """A Najaarsnota's overview of mutaties as pdftotext -layout prints it: one value column
    ("Uitgaven" over "2017"), the heading of a narrow column after it one space after the
    year ("2017 Art."), and each mutation's ``codes`` under it, a few places after its
    value."""
    end = 80

    def row(label: str, value: str, code: str = "") -> str:
        line = label.ljust(end - len(value)) + value
        return f"{line}    {code}" if code else line

    return "\n".join(
        [
            "Tabel 1 Belangrijkste suppletoire mutaties (bedragen x € 1.000)",
            "Uitgaven".rjust(end),
            "2017".rjust(end) + f" {heading}",
            row("Stand 1e suppletoire begroting 2017", "12.352.735"),
            "",
            "Belangrijkste mutaties 2e suppletoire begroting:",
            row("Hogere instroom leerlingen", "41.210", codes[0]),
            row("Loon- en prijsbijstelling", "12.450", codes[1]),
            row("Overige mutaties", "3.391", codes[2]),
            row("Stand 2e suppletoire begroting 2017", "12.409.786"),
            "",
            "De mutaties worden per artikel toegelicht.",
        ]
    )


def test_codes_under_a_heading_set_one_space_after_the_last_year_are_no_values() -> None:
    """A layout text layer sets a narrow code column's heading one space after the last
    year ("2017 Art."), one run with it: the heading was not seen, and the codes after
    the values ("3", "Div", "Alle": a word for several or all articles) were taken for
    values or joined the labels. Every row keeps its own label and value."""
    _tables, cells, _warnings = _read(_mutaties_with_codes(("3", "Div", "Alle")))
    values = {c["row_label"]: c["value_text"] for c in cells}
    assert values == {
        "Stand 1e suppletoire begroting 2017": "12.352.735",
        "Hogere instroom leerlingen": "41.210",
        "Loon- en prijsbijstelling": "12.450",
        "Overige mutaties": "3.391",
        "Stand 2e suppletoire begroting 2017": "12.409.786",
    }


def test_figures_under_a_values_heading_after_the_last_year_stay_values() -> None:
    """The near form: the heading after the year names values ("Fte"), not codes: the
    figures under it are no codes, but a column of values of its own."""
    _tables, cells, _warnings = _read(_mutaties_with_codes(("3", "11", "14"), "Fte"))
    grid = _grid(cells)
    assert grid[("Hogere instroom leerlingen", "Fte")] == "3"
    assert grid[("Overige mutaties", "Fte")] == "14"


def test_codes_under_a_text_heading_set_one_space_after_the_last_year_are_no_values() -> None:
    """The heading glued to the year may name its column as a text column's word does
    ("Artikelnr.", the article's number): read as a heading of codes all the same, the codes
    after the values ("3", "Div", "11") are neither values nor part of the labels, where
    the line was taken for no heading and the table was lost."""
    _tables, cells, _warnings = _read(_mutaties_with_codes(("3", "Div", "11"), "Artikelnr."))
    values = {c["row_label"]: c["value_text"] for c in cells}
    assert values == {
        "Stand 1e suppletoire begroting 2017": "12.352.735",
        "Hogere instroom leerlingen": "41.210",
        "Loon- en prijsbijstelling": "12.450",
        "Overige mutaties": "3.391",
        "Stand 2e suppletoire begroting 2017": "12.409.786",
    }
    assert {c["column_label"] for c in cells} == {"Uitgaven 2017"}


def _wrapped_pipe_table(first_row: str, wrapped: str) -> str:
    """A pipe table as html2text prints one, its long rows wrapped: ``first_row`` and the
    line under it, ``wrapped``, then the rows after them."""
    return "\n".join(
        [
            "Tabel 12 Uitgaven (in miljoenen euro)",
            "",
            " | 2024| 2025| 2026| 2027",
            "---|---|---|---|---",
            first_row,
            wrapped,
            "Beleidsmatige mutaties|  |  |  |  ",
            "Subsidieregeling wonen| 40,0| 20,0| | ",
            "Stand Voorjaarsnota 2024| 4.252,1| 4.197,4| 4.160,3| 4.141,4  ",
        ]
    )


def test_a_pipe_row_wrapped_after_a_pipe_keeps_its_last_figures_on_the_line_below() -> None:
    """html2text wraps a long pipe row after a pipe: the row ends in "|" with a cell less than
    the table's columns, and its last figure stands alone on the next line. That figure is
    the row's last cell, on its own line (the table ended at it: no row under it was read)."""
    row = "Stand ontwerpbegroting 2024| 4.212,1| 4.177,4| 4.160,3|"
    _tables, cells, _warnings = _read(_wrapped_pipe_table(row, "4.141,4  "))
    grid = _grid(cells)
    assert grid[("Stand ontwerpbegroting 2024", "2027")] == "4.141,4"
    [last] = [c for c in cells if c["value_text"] == "4.141,4" and c["line"] == 6]
    assert last["row_label"] == "Stand ontwerpbegroting 2024"
    assert grid[("Subsidieregeling wonen", "2025")] == "20,0"
    assert len(cells) == 10


@pytest.mark.parametrize(
    "row",
    [
        # the row prints every cell: the figure under it is no cell of it
        "Stand ontwerpbegroting 2024| 4.212,1| 4.177,4| 4.160,3| 4.141,4",
        # the row ends in a value, no pipe: not wrapped after a cell
        "Stand ontwerpbegroting 2024| 4.212,1| 4.177,4| 4.160,3",
    ],
)
def test_a_figure_under_a_pipe_row_not_wrapped_after_a_pipe_is_no_cell_of_it(row: str) -> None:
    """The near forms: a line of a figure alone under a row that prints all its cells, or
    that ends in a value, is no part of the row; the table ends above it, as before."""
    _tables, cells, _warnings = _read(_wrapped_pipe_table(row, "1.234,5"))
    assert not any(c["value_text"] == "1.234,5" for c in cells)
    assert {c["row_label"] for c in cells} == {"Stand ontwerpbegroting 2024"}


def test_pipe_table_whose_section_rows_print_no_pipe_reads_every_section() -> None:
    """html2text prints a row of one cell spanning the table (a colspan: "Lasten", "Baten")
    without any pipe, between pipe rows of the table's width. Such a line of words is the
    section's heading row, not the table's end: read as the end, the rows under the rule
    were cut off and no table was read at all."""
    text = "\n".join(
        [
            "Programma | Rekening 2023 | Begroting 2024 | Rekening 2024  ",
            "---|---|---|---  ",
            "Lasten  ",
            "Onderwijs | 4.100 | 4.250 | 4.300  ",
            "Cultuur | 1.200 | 1.150 | 1.180  ",
            "Baten  ",
            "Onderwijs | 600 | 650 | 640  ",
            "Cultuur | 90 | 80 | 85  ",
        ]
    )
    [_table], cells, _warnings = _read(text)
    at = {(c["line"], c["column_label"]): c["value_text"] for c in cells}
    assert at[(4, "Rekening 2023")] == "4.100"
    assert at[(8, "Rekening 2024")] == "85"
    assert len(cells) == 4 * 3
    assert {c["parent_row_label"] for c in cells if c["line"] in (4, 5)} == {"Lasten"}
    assert {c["parent_row_label"] for c in cells if c["line"] in (7, 8)} == {"Baten"}


def test_a_sentence_after_a_pipe_table_ends_it() -> None:
    """Near form: a line without a pipe after a pipe table that is a sentence, not a
    section's words ("De cijfers zijn voorlopig.") ends the table, even where pipe rows of
    the same width follow it: they are no rows of that table."""
    text = "\n".join(
        [
            "Programma | Rekening 2023 | Begroting 2024 | Rekening 2024",
            "---|---|---|---",
            "Onderwijs | 4.100 | 4.250 | 4.300",
            "Cultuur | 1.200 | 1.150 | 1.180",
            "De cijfers over 2024 zijn voorlopig.",
            "Sport | 600 | 650 | 640",
            "Welzijn | 90 | 80 | 85",
        ]
    )
    _tables, cells, _warnings = _read(text)
    assert {c["row_label"] for c in cells if c["line"] in (3, 4)} == {"Onderwijs", "Cultuur"}
    assert not any(c["row_label"].startswith("De cijfers") for c in cells)


def _captions_on_heading_lines(second_caption: str) -> str:
    """Two pipe tables as html2text prints them from HTML tables with a ``<caption>``: each
    caption on the line of its heading row, before the first "|", and the second table
    right under the first's last row, no blank line between."""
    return "\n".join(
        [
            "## Bijlage 4 Jeugd",
            "",
            "Tabel 4.1 Uitgaven jeugdzorg (in miljoenen euro) | 2022 | 2023 | 2024  ",
            "---|---|---|---  ",
            "Jeugdhulp | 412 | 438 | 451  ",
            "Jeugdbescherming | 96 | 101 | 104  ",
            "Totaal | 508 | 539 | 555  ",
            f"{second_caption} | 2022 | 2023 | 2024  ",
            "---|---|---|---  ",
            "Aantal trajecten | 31,2 | 32,0 | 32,9  ",
            "Gemiddelde duur | 14,1 | 13,8 | 13,5  ",
            "",
            "De cijfers over 2024 zijn ramingen.",
        ]
    )


def test_a_caption_printed_on_the_pipe_heading_line_names_its_table_and_ends_the_one_above() -> (
    None
):
    """A caption printed on the line of its pipe table's heading row (html2text's
    ``<caption>``) names the table and says its unit; it is the table's first line, so the
    rows of a table printed right above it are no headings of its own, and the line with
    a rule under it is no row of the table above. The tables were read as one, the first
    one's rows the second's column headings."""
    text = _captions_on_heading_lines("Tabel 4.2 Jeugdzorgtrajecten (x 1.000)")
    first, second = _read(text)[0]
    assert (first["title"], first["unit_label"]) == (
        "Tabel 4.1 Uitgaven jeugdzorg (in miljoenen euro)",
        "mln euro",
    )
    assert second["title"] == "Tabel 4.2 Jeugdzorgtrajecten (x 1.000)"
    cells = _read(text)[1]
    grid = _grid(cells)
    assert (grid[("Totaal", "2024")], grid[("Gemiddelde duur", "2022")]) == ("555", "14,1")
    assert {c["column_label"] for c in cells} == {"2022", "2023", "2024"}
    assert not any(c["line"] == 8 for c in cells)


def test_a_caption_glued_before_the_corners_own_heading_leaves_the_heading_out_of_the_title() -> (
    None
):
    """A caption glued to the corner's own heading ("... (in miljoenen euro) Artikel | 2022
    | ..."): the word after the unit's bracket heads the labels, no word of the caption."""
    text = _captions_on_heading_lines("Tabel 4.2 Trajecten (bedragen x € 1 mln) Soort")
    _first, second = _read(text)[0]
    assert second["title"] == "Tabel 4.2 Trajecten (bedragen x € 1 mln)"


def _pipe_tables_back_to_back(second_corner: str) -> str:
    """Two pipe tables printed with no blank line between (html2text, a table right after
    another), the first under a caption paragraph, the second with no caption of its own."""
    return "\n".join(
        [
            "Tabel 3 Uitgaven per taak (x € 1.000)",
            "",
            "Taak | 2024 | 2025 | 2026  ",
            "---|---|---|---  ",
            "Wegen | 410 | 422 | 431  ",
            "Groen | 96 | 99 | 104  ",
            "Totaal uitgaven | 506 | 521 | 535  ",
            f"{second_corner} | 2024 | 2025 | 2026  ",
            "---|---|---|---  ",
            "Reserve wegen | 1.210 | 1.105 | 980  ",
            "Reserve groen | 312 | 300 | 288  ",
            "Totaal voorzieningen | 1.522 | 1.405 | 1.268  ",
        ]
    )


def test_a_pipe_table_right_under_another_tables_rows_heads_itself_by_its_one_line() -> None:
    """A pipe table printed right under another pipe table's rows, no blank line and no
    numbered caption between: the pipe lines above its rule up to the other table's rule
    are that table's rows, and its heading is the one line right above its own rule. Read
    as its heading rows, the rows above it left no column its own values and it was lost."""
    text = _pipe_tables_back_to_back("Voorzieningen (bedragen x € 1.000)")
    tables_read, cells, _warnings = _read(text)
    assert len(tables_read) == 2
    grid = _grid(cells)
    assert (grid[("Reserve wegen", "2024")], grid[("Totaal voorzieningen", "2026")]) == (
        "1.210",
        "1.268",
    )
    assert (grid[("Totaal uitgaven", "2026")], grid[("Wegen", "2024")]) == ("535", "410")
    assert {c["column_label"] for c in cells} == {"2024", "2025", "2026"}


def test_pipe_heading_rows_over_a_rule_under_a_blank_line_stay_whole() -> None:
    """Near form: a pipe table of two heading rows over its rule, a blank line above them
    (no other table's rows): both rows head its columns, as before."""
    text = "\n".join(
        [
            "Omschrijving | Begroting | Begroting | Realisatie  ",
            " | 2024 | 2025 | 2024  ",
            "---|---|---|---  ",
            "Wegen | 410 | 422 | 431  ",
            "Groen | 96 | 99 | 104  ",
        ]
    )
    _tables, cells, _warnings = _read(text)
    assert _grid(cells)[("Groen", "Realisatie 2024")] == "104"
    assert _grid(cells)[("Wegen", "Begroting 2025")] == "422"


def test_a_rule_within_a_pipe_tables_body_leaves_the_row_above_it_a_row() -> None:
    """A rule drawn within a table's body, before its total ("|---|", fewer cells than the
    rows under it), heads no next table: the row above it stays a row of the table (it was
    taken as the heading of a table of the total alone and lost)."""
    text = "\n".join(
        [
            "Tabel 3 Uitgaven per taak (x € 1.000)",
            "",
            "| Taak | 2024 | 2025 | 2026 |",
            "|---|---|---|---|",
            "| Wegen | 410 | 422 | 431 |",
            "| Groen | 96 | 99 | 104 |",
            "|---|",
            "| Totaal | 506 | 521 | 535 |",
        ]
    )
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert (grid[("Wegen", "2024")], grid[("Groen", "2026")]) == ("410", "104")


def test_a_two_row_heading_right_under_another_tables_rows_stays_whole() -> None:
    """A pipe table of a group row and a periods row over its rule, printed right under
    another table's rows: both rows head its columns (the group row prints words over the
    columns and no value, as no row of the table above does); the table above keeps its
    rows."""
    text = _pipe_tables_back_to_back("Voorzieningen").replace(
        "Voorzieningen | 2024 | 2025 | 2026  ",
        "Voorzieningen | Begroting | Begroting | Realisatie  \n | 2024 | 2025 | 2024  ",
    )
    tables_read, cells, _warnings = _read(text)
    assert len(tables_read) == 2
    grid = _grid(cells)
    assert grid[("Reserve groen", "Begroting 2025")] == "300"
    assert grid[("Totaal voorzieningen", "Realisatie 2024")] == "1.268"
    assert grid[("Totaal uitgaven", "2026")] == "535"


def test_a_pipe_corner_naming_its_table_without_a_number_reads_as_before() -> None:
    """Near form: a corner printing a name and its unit but no numbered caption ("<naam>
    (x € 1.000) | 2022 | ..."), under a blank line, is the corner's caption, as before."""
    text = "\n".join(
        [
            "Uitgaven jeugdzorg (bedragen x € 1.000) | 2022 | 2023",
            "---|---|---",
            "Jeugdhulp | 412 | 438",
            "Jeugdbescherming | 96 | 101",
        ]
    )
    [table], cells, _warnings = _read(text)
    assert (table["title"], table["unit_label"]) == (
        "Uitgaven jeugdzorg (bedragen x € 1.000)",
        "x € 1.000",
    )
    assert _grid(cells)[("Jeugdbescherming", "2023")] == "101"


def test_a_pipe_heading_a_cell_short_of_its_rows_spans_the_label_columns_with_its_corner() -> None:
    """A pipe table whose corner spans a code and a name column (html2text prints a spanning
    cell once): the heading row, and the rule under it, print a cell fewer than every row.
    The periods head the last columns, where the values are, and the corner both label
    columns; placed as printed, every period stood a column left of its values and the
    last year had none."""
    text = "\n".join(
        [
            "Artikel | 2022 | 2023 | 2024  ",
            "---|---|---|---  ",
            "1 | Jeugdhulp | 412 | 438 | 451  ",
            "2 | Jeugdbescherming | 96 | 101 | 104  ",
            "3 | Jeugdreclassering | 40 | 41 | 43  ",
            "| Totaal | 548 | 580 | 598  ",
        ]
    )
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert (grid[("1 Jeugdhulp", "2022")], grid[("Totaal", "2024")]) == ("412", "598")
    assert {c["column_label"] for c in cells} == {"2022", "2023", "2024"}
    assert len(cells) == 12


def test_a_pipe_heading_over_its_values_with_a_note_cell_after_each_row_reads_as_before() -> None:
    """Near form: rows that each print a cell more than the heading after their values (a
    note in words) keep the heading over the values as printed, the note no value."""
    text = "\n".join(
        [
            "Omschrijving | 2022 | 2023 | 2024  ",
            "---|---|---|---  ",
            "Jeugdhulp | 412 | 438 | 451 | zie noot  ",
            "Jeugdbescherming | 96 | 101 | 104 | zie noot  ",
            "Jeugdreclassering | 40 | 41 | 43 | raming  ",
        ]
    )
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert (grid[("Jeugdhulp", "2022")], grid[("Jeugdreclassering", "2024")]) == ("412", "43")
    assert len(cells) == 9


def _laws_after_values(last_law: str) -> str:
    """A tax plan's table of budgetary effects (-layout) whose rows end in the law each
    measure is in, a code of a few letters under a heading after the values ("Wet"),
    the last measure's one of two words (``last_law``), and a total printing none."""
    ends = (50, 60, 70, 82)
    return "\n".join(
        [
            "Tabel 4 Budgettaire gevolgen van het pakket (in mln euro)",
            "",
            _printed("", ends, "2025", "2026", "2027", "Struc.") + "      Wet",
            "Loonbelasting",
            _printed("  Verlaging tarief", ends, "-820", "-845", "-870", "-870") + "      BP",
            _printed("  Verhoging heffingskorting", ends, "-215", "-220", "-224", "-224")
            + "      OFM",
            "Overig",
            _printed("  Verhoging tabaksaccijns", ends, "310", "318", "322", "322") + "      BP",
            _printed("  Heffing op vliegtickets", ends, "0", "84", "86", "86")
            + f"      {last_law}",
            _printed("Totaal", ends, "-725", "-663", "-686", "-686"),
            "",
            "BP = Belastingplan; OFM = overige fiscale maatregelen.",
        ]
    )


def test_a_law_of_two_words_in_a_column_of_marks_under_its_heading_is_no_value() -> None:
    """A column of law codes after the values ("BP", "OFM") under a heading of its own
    ("Wet") holds one code of two words ("Wet LB"), starting where the others do: a cell of
    the column too. Read as text reaching the column, it ended the column's rows, and that
    row and the total under it, read with the cell, ended in no figure: lost."""
    _tables, cells, _warnings = _read(_laws_after_values("Wet LB"))
    grid = _grid(cells)
    assert grid[("Heffing op vliegtickets", "2026")] == "84"
    assert grid[("Totaal", "Struc.")] == "-686"
    assert _parents(cells)["Heffing op vliegtickets"] == "Overig"
    assert not any(c["value_text"] in ("BP", "OFM", "Wet LB") for c in cells)


def test_a_law_of_one_word_in_a_column_of_marks_reads_as_before() -> None:
    """The near form: every law a code of one word ("VB"), as any column of marks under a
    heading, read as before."""
    _tables, cells, _warnings = _read(_laws_after_values("VB"))
    grid = _grid(cells)
    assert grid[("Heffing op vliegtickets", "2026")] == "84"
    assert grid[("Totaal", "Struc.")] == "-686"


def _coded_pipe_table_over_another(total: str) -> str:
    """A pipe table whose corner spans a code and a name column (html2text prints it once,
    the heading a cell short), its last row ``total``, and a second table printed right
    under it, no blank line between, its caption glued to its corner's heading."""
    return "\n".join(
        [
            "Artikel | 2022 | 2023 | 2024  ",
            "---|---|---|---  ",
            "1 | Jeugdhulp | 412 | 438 | 451  ",
            "2 | Jeugdbescherming | 96 | 101 | 104  ",
            "3 | Jeugdreclassering | 40 | 41 | 43  ",
            total,
            "Tabel 2 Uitgaven per regio (bedragen x € 1 mln)Regio | 2022 | 2023 | 2024  ",
            "---|---|---|---  ",
            "Noord | 120 | 125 | 130  ",
            "Zuid | 428 | 455 | 468  ",
            "Totaal | 548 | 580 | 598  ",
        ]
    )


def test_a_pipe_heading_a_cell_short_spans_the_labels_above_a_table_printed_right_under() -> None:
    """The next table's heading, a pipe line with a rule under it, printed right under the
    last row: it is no row of the table above, so its cell count does not hide that every
    row prints a cell more than the heading (the corner spanning code and name). Counted as
    a row, the periods stood a column left of their values and the last year had none."""
    _tables, cells, _warnings = _read(
        _coded_pipe_table_over_another("| Totaal | 548 | 580 | 598  ")
    )
    grid = _grid(cells)
    assert (grid[("1 Jeugdhulp", "2022")], grid[("1 Jeugdhulp", "2024")]) == ("412", "451")
    assert grid[("Zuid", "2023")] == "455"


def test_a_pipe_heading_over_rows_of_unequal_counts_above_a_table_stays_as_printed() -> None:
    """Near form: a row of the table above prints as many cells as the heading (a total
    with no code cell), so the rows do not all print a cell more: the heading stays as
    printed, as before."""
    _tables, cells, _warnings = _read(_coded_pipe_table_over_another("Totaal | 548 | 580 | 598  "))
    grid = _grid(cells)
    assert grid[("Totaal", "2022")] == "548"
    assert grid[("1 Jeugdhulp", "2023")] == "412"


def _under_a_paragraph(first: str, second: str) -> str:
    """A table one row per line right under a paragraph of prose whose lines are ``first``
    and ``second`` (a note may be broken between them) and one more."""
    ends = (48, 62)
    return "\n".join(
        [
            "Bijlage 3 Staat van reserves",
            first,
            second,
            "worden via de exploitatie verwerkt.",
            _printed("Omschrijving", ends, "1-1-2024", "31-12-2024"),
            _printed("Algemene reserve", ends, "12.420", "13.218"),
            _printed("Reserve wegen", ends, "2.150", "1.432"),
        ]
    )


def test_a_unit_note_a_line_break_cuts_in_the_prose_above_declares_the_unit() -> None:
    """A note in the paragraph right above the table that the line breaks ("... per reserve
    weergegeven. Bedragen x €" / "1.000. De stortingen ..."): read across the break, it
    declares the table's unit, as the same note on one line does (the table was left
    without one); its text is the part printed on its first line."""
    [table], _cells, _warnings = _read(
        _under_a_paragraph(
            "In de staat is het verloop per reserve weergegeven. Bedragen x €",
            "1.000. De stortingen en onttrekkingen gaan via de resultaatbestemming en",
        )
    )
    assert (table["unit_label"], table["scale_factor"]) == ("x € 1.000", 1_000)
    assert (table["scale_text"], table["scale_line"]) == ("x €", 2)


def test_a_sentence_ending_its_line_before_a_figure_declares_no_unit() -> None:
    """Near form: the line above ends its sentence and the next opens with a figure ("...
    per reserve weergegeven." / "1.000 woningen ..."): no note runs over the break, and the
    table stays without a unit."""
    [table], _cells, _warnings = _read(
        _under_a_paragraph(
            "In de staat is het verloop per reserve weergegeven, in euro.",
            "1.000 woningen krijgen een bijdrage uit de reserve; de stortingen en",
        )
    )
    assert not table["unit_label"]
