"""Tests of joining row labels wrapped over two lines (``tables_wrapped_labels``)."""

from __future__ import annotations

import pytest
from table_texts import cell_grid, printed, read_text, row_parents


def test_a_wrapped_label_written_like_other_rows_is_one_label() -> None:
    """b03 printed by a PDF with labels wrapped: "Uitvoeringsmutaties" over
    "Sectorplannen/Armoede" begins labels as other rows do ("Uitvoeringsmutaties TW"), so
    it is the start of that row's label, not the heading of the rows under it; a line that
    begins no other row's label stays a group heading."""
    text = "\n".join(
        [
            "Tabel 1 Suppletoire mutaties (bedragen x € 1.000)",
            "                                       2015",
            "Uitvoeringsmutaties TW                4.711",
            "Uitvoeringsmutaties",
            "Sectorplannen/Armoede              – 10.000",
            "Uitvoeringsmutaties Wajong           12.706",
            "Bijdrage aan agentschappen",
            "RVO                                   1.000",
            "Subtotaal                             8.417",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert cell_grid(cells)[("Uitvoeringsmutaties Sectorplannen/Armoede", "2015")] == "– 10.000"
    assert parents["RVO"] == "Bijdrage aan agentschappen"


def test_a_wrapped_label_opening_with_the_rows_prefix_is_one_label() -> None:
    """c02 printed by a PDF with labels wrapped: "Bij: Overbruggingskrediet" over "FBN/ABN"
    opens with the "Bij:" other rows open with, so it starts that row's label; the total
    under them then closes all four rows."""
    text = "\n".join(
        [
            "Tabel 4.1 Financieringsbehoefte Rijk (in miljoenen euro)",
            "                                       2011     2012",
            "EMU-tekort Rijk                      14 617   10 275",
            "Bij: Ktv's en financiële",
            "transacties                           5 196    2 169",
            "Bij: Overbruggingskrediet",
            "FBN/ABN                               – 825        0",
            "Bij: Derdenrekening                     136    – 186",
            "Financieringstekort Rijk             19 124   12 258",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert cell_grid(cells)[("Bij: Overbruggingskrediet FBN/ABN", "2011")] == "– 825"
    assert parents["Bij: Derdenrekening"] == "Financieringstekort Rijk"


@pytest.mark.parametrize(
    ("start", "rest"),
    [
        ("Bijdrage aan medeoverheden", "agentschappen"),  # goes on in lower case
        ("Bijdrage aan SSO's (exclusief", "DICTU)"),  # a bracket left open
        ("Bijdrage aan provincies en", "Gemeenten"),  # a joining word ends the line
        ("- Waarvan overige personele", "uitgaven"),  # an item's label
    ],
)
def test_a_row_label_wrapped_over_two_lines_is_one_label(start: str, rest: str) -> None:
    """A PDF wraps a long row label in its column: the line without values above the row is
    the label's start, not a heading of the rows under it. (A "waarvan" row's whole holds
    it: "Subsidies" then prints the sum the total counts.)"""
    waarvan = "Waarvan" in start
    text = "\n".join(
        [
            "Tabel 3 Uitgaven (bedragen x € 1.000)",
            "                                      2024      2025",
            "Subsidies                            "
            + ("2.200     2.400" if waarvan else "1.000     1.100"),
            start,
            f"{rest:33}    1.200     1.300",
            "Opdrachten                             300       400",
            "Totaal                               2.500     2.800",
        ]
    )
    _tables, cells, warnings = read_text(text)
    label = f"{start} {rest}"
    assert cell_grid(cells)[(label, "2025")] == "1.300" and not warnings
    # a "waarvan" row is a part of the row above it, not a summand of the total
    assert row_parents(cells)[label] == ("Subsidies" if waarvan else "Totaal")


def test_a_heading_over_rows_is_no_wrapped_label() -> None:
    """A heading of its own ("Subsidies") over rows that start with a capital stays their
    heading."""
    text = "\n".join(
        [
            "                                      2024      2025",
            "Subsidies",
            "Regeling A                           1.200     1.300",
            "Regeling B                             300       400",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert row_parents(cells) == {"Regeling A": "Subsidies", "Regeling B": "Subsidies"}


def test_a_wrapped_label_over_a_waarvan_row_is_one_label() -> None:
    """Second review: the rows after a wrapped label may start with "waarvan" in lower case;
    the label is still joined."""
    text = "\n".join(
        [
            "Omschrijving 2023 2024",
            "Apparaatsuitgaven kerndepartement",
            "inclusief agentschappen 1.200 1.300",
            "waarvan personeel 800 900",
            "Subsidies 30 40",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    label = "Apparaatsuitgaven kerndepartement inclusief agentschappen"
    assert row_parents(cells)["waarvan personeel"] == label


def test_a_label_wrapped_under_its_values_ends_there() -> None:
    """A PDF prints a long label's end on the line under its values ("Bijdrage aan het
    Waterschapshuis voor 1.200 ..." / "(HWH) de gezamenlijke informatievoorziening", "... en" /
    "beheer"): the end belongs to that label, not a heading of the rows below (the label was
    cut and the rows below got it as their parent)."""
    text = "\n".join([
        "Tabel 5.1 Bijdragen (bedragen x € 1.000)",
        "2024 2025 2026",
        "Uitgaven 3.500 3.700 3.900",
        "Bijdrage aan het Waterschapshuis voor 1.200 1.250 1.300",
        "(HWH) de gezamenlijke informatievoorziening",
        "Subsidie voor onderzoek naar waterkwaliteit en 800 850 900",
        "beheer",
        "Opdrachten",
        "Monitoring grondwater 1.500 1.600 1.700",
    ])  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    labels = {c["row_label"]: c["parent_row_label"] for c in cells}
    assert (
        "Bijdrage aan het Waterschapshuis voor (HWH) de gezamenlijke informatievoorziening"
        in labels
    )
    assert "Subsidie voor onderzoek naar waterkwaliteit en beheer" in labels
    assert labels["Monitoring grondwater"] == "Opdrachten"


def test_a_label_wrapped_under_its_values_over_two_lines_ends_on_the_second() -> None:
    """A Kamerbrief's table of kasschuiven prints a long label's rest on two lines under
    its values ("Rijksvastgoedbedrijf: renovatie  -40,0 ..." / "van de rijkskantoren en
    de huisvesting van" / "uitvoeringsorganisaties"): only the first was joined, the second
    read as a heading and made the parent of the rows below it."""
    text = "\n".join([
        "Tabel 2 Kasschuiven (bedragen x € 1 mln)",
        "                                          2024     2025     2026    Totaal",
        "Defensie: investeringen materieel       -310,0    150,0    160,0       0,0",
        "Rijksvastgoedbedrijf: renovatie          -40,0     20,0     20,0       0,0",
        "van de rijkskantoren en de huisvesting van",
        "uitvoeringsorganisaties",
        "Gemeentefonds: specifieke uitkeringen    -30,0     30,0      0,0       0,0",
        "Totaal kasschuiven                      -380,0    200,0    180,0       0,0",
    ])  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    label = (
        "Rijksvastgoedbedrijf: renovatie van de rijkskantoren en de huisvesting van "
        "uitvoeringsorganisaties"
    )
    assert cell_grid(cells)[(label, "2025")] == "20,0"
    assert parents["Gemeentefonds: specifieke uitkeringen"] == parents[label]


def test_a_label_ending_in_an_english_joining_word_goes_on_below() -> None:
    """A PDF's text layer wraps a row's label naming an international body before the line
    of its values: the first part ends in an English word that joins it to more ("... Fund
    for" / "Agricultural Development (IFAD) 3.200 ..."), so it is no heading of the rows
    under it (the values kept only the tail as their label, under the wrong parent)."""
    text = "\n".join(
        [
            "Tabel 4.2 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "2025 2026 2027",
            "Uitgaven 9.700 9.900 10.100",
            "Subsidies",
            "Subsidie voedselzekerheid 6.500 6.600 6.700",
            "Bijdrage aan (inter)nationale organisaties",
            "Bijdrage aan het International Fund for",
            "Agricultural Development (IFAD) 3.200 3.300 3.400",
            "Ontvangsten 100 100 100",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    label = "Bijdrage aan het International Fund for Agricultural Development (IFAD)"
    assert cell_grid(cells)[(label, "2026")] == "3.300"
    assert {c["line"] for c in cells if c["row_label"] == label} == {8}


def test_a_label_ending_in_any_preposition_goes_on_below() -> None:
    """A label's first line ending in a preposition of either language ("tegen", "tussen",
    "with") cannot end the label: the line is its start, no heading of the rows under it
    (the values kept only the tail as their label)."""
    text = "\n".join(
        [
            "Tabel 4.2 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "2025 2026 2027",
            "Uitgaven 9.700 9.900 10.100",
            "Subsidies",
            "Subsidie voedselzekerheid 6.500 6.600 6.700",
            "Bijdrage aan het Comité van het VN-Verdrag tegen",
            "Foltering (CAT) 2.100 2.200 2.300",
            "Bijdrage aan de Stichting Samenwerking tussen",
            "Nederland en Suriname 1.100 1.200 1.300",
            "Bijdrage aan het Partnership with",
            "Africa (PwA) 900 950 1.000",
            "Ontvangsten 100 100 100",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert (
        grid[("Bijdrage aan het Comité van het VN-Verdrag tegen Foltering (CAT)", "2026")]
        == "2.200"
    )
    assert (
        grid[("Bijdrage aan de Stichting Samenwerking tussen Nederland en Suriname", "2026")]
        == "1.200"
    )
    assert grid[("Bijdrage aan het Partnership with Africa (PwA)", "2026")] == "950"


def test_the_last_rows_label_wrapped_before_a_blank_line_is_one_label() -> None:
    """A provincial begroting dumped by a text browser (lynx -dump): long labels wrap onto
    a line without values, the last row's too, a blank line after it ("Afwijking van het
    landelijk   -3,8%" / "gemiddelde"). Its end is joined as a wrapped label's between
    rows is; no rows follow it to head. The last row's label lost its end."""
    text = "\n".join(
        [
            "   Tabel 4.1 Kengetallen opcenten",
            "",
            "                                        Rekening 2022 Begroting 2023 Begroting 2024",
            "   Aantal opcenten                               79,1           79,1           80,5",
            "   Tarief personenauto 1.000 kg                 € 243          € 247          € 252",
            "   benzine (per jaar)",
            "   Afwijking van het landelijk                  -2,1%          -1,8%          -1,2%",
            "   gemiddelde",
            "",
            "   [14]4.2 Leges",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    labels = {c["row_label"] for c in cells}
    assert labels == {
        "Aantal opcenten", "Tarief personenauto 1.000 kg benzine (per jaar)",
        "Afwijking van het landelijk gemiddelde",
    }  # fmt: skip


def test_a_label_a_text_dump_broke_at_the_screens_width_goes_on_on_the_row_under_it() -> None:
    """A text browser's dump wraps a row longer than the screen at a word: a label's first
    line alone, so long that the row under it could not start on it ("... in verband met
    de" / "Hanzelijn ... -212,4 ..."), is the start of that row's label, even where the rest
    opens with a capital; a short line that fits the next word is a group heading. The
    width is what the text's other lines reach (here the prose under the table)."""
    text = "\n".join(
        [
            "   Tabel 4.2 Uitgavenmutaties Infrastructuurfonds (x € 1 mln)",
            "",
            "   2009 2010 2011 2012",
            "   Stand ontwerpbegroting 2009 8.102,5 8.344,1 8.512,0 8.630,7",
            "   Mutaties 1e suppletoire begroting 2009",
            "   Kasschuif in verband met vertraging bij de aanleg van de spoorverdubbeling",
            "   Amsterdam-Lelystad -140,0 90,0 50,0 0,0",
            "   Overige mutaties 2,5 1,0 0,0 0,0",
            "   Stand 1e suppletoire begroting 2009 7.965,0 8.435,1 8.562,0 8.630,7",
            "",
            "   De kasschuif volgt uit de vertraging bij de aanleg van de spoorverdubbeling",
            "   tussen Amsterdam en Lelystad.",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    kasschuif = (
        "Kasschuif in verband met vertraging bij de aanleg van de spoorverdubbeling"
        " Amsterdam-Lelystad"
    )
    assert cell_grid(cells)[(kasschuif, "2009")] == "-140,0"
    assert (
        parents[kasschuif]
        == parents["Overige mutaties"]
        == "Mutaties 1e suppletoire begroting 2009"
    )


def test_the_last_rows_label_wrapped_over_three_lines_is_joined() -> None:
    """A WNT-style table ends in a row whose long label runs over three lines, its values
    on the first ("Het bedrag van de overschrijding en de   N.v.t." / "reden waarom de
    overschrijding al dan niet" / "is toegestaan"): both lines below it, up to the blank
    line, are its label's rest. Only one such line was joined, so the label was cut."""
    text = "\n".join(
        [
            "Tabel 4 Bezoldiging toezichthouders",
            "",
            "bedragen x € 1                                  Voorzitter            Lid",
            "Bezoldiging                                     € 31.200              € 20.800",
            "Individueel toepasselijke maximum               € 35.550              € 23.700",
            "Het bedrag van de overschrijding en de          N.v.t.                N.v.t.",
            "reden waarom de overschrijding al dan niet",
            "is toegestaan",
            "",
            "De bezoldiging bleef binnen het maximum.",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    labels = {cell["row_label"] for cell in cells}
    assert (
        "Het bedrag van de overschrijding en de reden waarom de overschrijding al dan niet "
        "is toegestaan"
    ) in labels
    assert "Bezoldiging" in labels


def test_letter_footnotes_right_under_the_last_row_are_no_part_of_its_label() -> None:
    """Two footnotes marked by letters right under a table's last row, no blank line
    between ("a Inclusief ...", "b Exclusief ..."): notes, not the rest of its label."""
    text = "\n".join(
        [
            "Tabel 2 Uitgaven per artikel (x € 1 mln)",
            "Artikel                                 2024        2025",
            "Hoofdwegennet                        2.500,0     2.612,4",
            "Spoorwegen                           2.712,9a    2.804,1",
            "Totaal                               5.212,9     5.416,5b",
            "a Inclusief de uitgaven voor de HSL-Zuid",
            "b Exclusief de bijdrage aan het Deltafonds",
            "",
            "De uitgaven stijgen.",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert {cell["row_label"] for cell in cells} == {"Hoofdwegennet", "Spoorwegen", "Totaal"}


def test_a_line_that_would_head_one_row_of_a_table_without_headings_ends_the_label() -> None:
    """A circulaire printed with pdftotext -layout lists its uitkeringen without any group
    heading; one name is too long for its cell and wraps, its values on the first line
    ("Nationaal Programma Rotterdam Zuid    8.120  8.340" / "Woningverbetering Charlois"),
    then one row and the total. A heading over that one row in a table of no other
    headings is no heading: the line ends the label above it, whose first word it would not
    have fit in the label's column. The line was read as the heading of the next row. A
    line over two rows or more stays their heading."""
    lines = [
        "Tabel 3.2 Decentralisatie-uitkeringen 2024-2027 (bedragen x € 1.000)",
        "",
        "                                               2024      2025      2026      2027",
        "Brede aanpak dak- en thuisloosheid           41.200    42.050    42.100    42.300",
        "Vrouwenopvang en huiselijk geweld           112.430   113.010   113.500   114.120",
        "Nationaal Programma Rotterdam Zuid            8.120     8.340",
        "Woningverbetering Charlois",
        "Gezond in de stad                             6.400     6.400     6.400     6.400",
        "Totaal                                      168.150   169.800   162.000   162.820",
    ]
    _tables, cells, _warnings = read_text("\n".join(lines))
    grid = cell_grid(cells)
    label = "Nationaal Programma Rotterdam Zuid Woningverbetering Charlois"
    assert grid[(label, "2025")] == "8.340"
    assert row_parents(cells)["Gezond in de stad"] == "Totaal"
    sport = "Sport en bewegen                              2.100     2.100     2.100     2.100"
    two = [*lines[:-1], sport, lines[-1]]
    _tables, cells, _warnings = read_text("\n".join(two))
    assert row_parents(cells)["Gezond in de stad"] == "Woningverbetering Charlois"


def test_the_rest_of_a_label_wrapped_under_a_table_titles_no_table_below() -> None:
    """Two model tables of persons one under the other, the first ending in a label
    wrapped onto two lines in lower case ("... en de   N.v.t." / "reden waarom ..." / "is
    toegestaan"): those lines end the row above, no title nor group of the table below,
    which is titled by its own line ("1c. Toezichthoudende topfunctionarissen"); and the
    names over its columns, printed past a blank line, head that next table, not a row of
    text of the first: the second table's rows were read as the first's, under its
    persons' names."""
    first = [
        "1a. Topfunctionarissen met dienstbetrekking",
        "",
        "bedragen x € 1                                  Directeur             Lid",
        "Beloning                                        € 160.120             € 115.830",
        "Bezoldiging                                     € 182.400             € 131.950",
        "Het bedrag van de overschrijding en de          N.v.t.                N.v.t.",
        "reden waarom de overschrijding al dan niet",
        "is toegestaan",
        "",
    ]
    second = [
        "1c. Toezichthoudende topfunctionarissen",
        "",
        "bedragen x € 1                                  mr. H. Visser         dr. J. Kok",
        "Functiegegevens                                 Voorzitter            Lid",
        "Bezoldiging                                     € 26.840              € 17.900",
        "Individueel toepasselijk maximum                € 33.450              € 22.300",
    ]
    tables, cells, _warnings = read_text("\n".join([*first, *second]))
    assert [table["title"] for table in tables] == [first[0], second[0]]
    groups = {cell["row_group"] for cell in cells if cell["line"] > len(first)}
    assert groups <= {None, second[0]}


def test_a_line_over_one_row_indented_under_it_heads_that_row() -> None:
    """A line without values over one row before the total is no label's rest where that
    row is indented past it, as a heading's child is ("Incidentele middelen" / "   Eenmalige
    impuls   2.000"): it was joined to the label above ("Structurele bijdrage gemeenten
    Incidentele middelen") and its row lost its group."""
    lines = [
        "Tabel 2 Dekking (bedragen x € 1.000)",
        "",
        "                                          2025       2026",
        "Structurele bijdrage gemeenten           8.120      8.300",
        "Incidentele middelen",
        "   Eenmalige impuls                      2.000          0",
        "Totaal                                  10.120      8.300",
    ]
    _tables, cells, _warnings = read_text("\n".join(lines))
    assert cell_grid(cells)[("Structurele bijdrage gemeenten", "2025")] == "8.120"
    assert row_parents(cells)["Eenmalige impuls"] == "Incidentele middelen"


@pytest.mark.parametrize("rest", ["< 1 jaar", "Rijk en provincies"])
def test_a_line_level_with_its_row_in_an_indented_table_starts_its_label(rest: str) -> None:
    """A balance sheet indents the rows under each heading ("Vlottende activa" / "  Voorraden")
    and nests a heading deeper ("  Eigen vermogen" / "    Algemene reserve"): a line without
    values under a row and level with the row under it ("  Netto-vlottende schulden met een
    rentetypische looptijd" / "  < 1 jaar   1.806.430") heads no rows, which would stand
    deeper; it is the start of that row's label, and the row stays under the heading above.
    It was read as the heading of that row and of the rows after it."""
    rows = [
        ("Vaste passiva", None),
        ("  Eigen vermogen", None),
        ("    Algemene reserve", ("1.250.000", "1.180.000")),
        ("    Bestemmingsreserves", ("612.400", "640.150")),
        ("  Voorzieningen", ("310.220", "298.040")),
        ("Totaal vaste passiva", ("2.172.620", "2.118.190")),
        ("", None),
        ("Vlottende passiva", None),
        ("  Overlopende passiva", ("402.660", "377.049")),
        ("  Netto-vlottende schulden met een rentetypische looptijd", None),
        (f"  {rest}", ("1.806.430", "1.512.915")),
        ("  Crediteuren", ("96.118", "141.370")),
        ("Totaal vlottende passiva", ("2.305.208", "2.031.334")),
    ]
    text = "\n".join(
        [
            "Tabel 7 Balans per 31 december 2024 (bedragen x € 1)",
            "",
            "PASSIVA".ljust(60) + "31-12-2024".rjust(12) + "31-12-2023".rjust(15),
            *(
                label
                if values is None
                else label.ljust(60) + values[0].rjust(12) + values[1].rjust(15)
                for label, values in rows
            ),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    joined = f"Netto-vlottende schulden met een rentetypische looptijd {rest}"
    assert cell_grid(cells)[(joined, "31-12-2024")] == "1.806.430"
    assert parents[joined] == "Vlottende passiva"
    assert parents["Crediteuren"] == "Vlottende passiva"
    assert parents["Algemene reserve"] == "Eigen vermogen"
    assert parents["Voorzieningen"] == "Vaste passiva"


def _cultuur(broken: bool) -> str:
    """An OCW article table printed one row a line, an agentschap's name wrapped in its
    label cell under its heading, the table broken over a page or not."""

    def row(label: str, *values: str) -> str:
        return label.ljust(34) + "".join(v.rjust(11) for v in values)

    caption = "Tabel 14.1 Budgettaire gevolgen van beleid artikel 14 Cultuur"
    heading = row("Bedragen x € 1.000", "2025", "2026", "2027")
    running = "Tweede Kamer, vergaderjaar 2024–2025, 36 600 VIII, nr. 2".ljust(80) + "61"
    page_break = ["", "", running, "", caption + " (vervolg)", heading, ""] if broken else []
    return "\n".join(
        [
            running,
            "",
            caption,
            heading,
            "",
            row("Verplichtingen", "412.300", "398.100", "401.200"),
            row("Uitgaven", "405.800", "399.650", "400.150"),
            "Subsidies (regelingen)",
            row("Instandhouding rijksmonumenten", "88.400", "90.100", "91.300"),
            row("Musea", "120.500", "118.200", "118.700"),
            *page_break,
            "Opdrachten",
            row("Onderzoek", "12.300", "11.900", "11.900"),
            "Bijdrage aan agentschappen",
            "Rijksdienst voor het Cultureel",
            row("Erfgoed (RCE)", "184.600", "179.450", "178.250"),
            row("Ontvangsten", "1.200", "1.200", "1.200"),
        ]
    )


@pytest.mark.parametrize("broken", [False, True])
def test_a_name_wrapped_in_its_cell_under_a_heading_is_one_label(broken: bool) -> None:
    """An agentschap's name too long for the label column goes on on the line of its values
    ("Rijksdienst voor het Cultureel" / "Erfgoed (RCE)   184.600"), right under its
    instrument's heading: the first line fits the column (as long as the longest label a row
    prints on its line, on the page above the break too), the next word would not have. It
    is the start of the row's label, not a heading nested under "Bijdrage aan
    agentschappen"; read as one, the row lost its name's start and its instrument."""
    _tables, cells, _warnings = read_text(_cultuur(broken))
    parents = row_parents(cells)
    name = "Rijksdienst voor het Cultureel Erfgoed (RCE)"
    assert cell_grid(cells)[(name, "2026")] == "179.450"
    assert parents[name] == "Bijdrage aan agentschappen"
    assert parents["Onderzoek"] == "Opdrachten"


def test_a_heading_nested_without_indent_stays_a_heading() -> None:
    """A heading nested under another in a table printing no indent ("Lasten" /
    "Apparaatskosten" / "Personele kosten") leaves room in the label column for its first
    row's first word, and one running past the longest label over the empty columns
    ("Bijdragen aan medeoverheden en andere instellingen") fits no label cell: both head
    their rows, no label's start wrapped."""

    def row(label: str, *values: str) -> str:
        return label.ljust(34) + "".join(v.rjust(12) for v in values)

    text = "\n".join(
        [
            "Tabel 3 Staat van baten en lasten (bedragen x € 1.000)",
            "",
            row("", "2024", "2025"),
            "Baten",
            row("Opbrengst moederdepartement", "98.400", "101.250"),
            row("Totaal baten", "98.400", "101.250"),
            "Lasten",
            "Apparaatskosten",
            row("Personele kosten", "61.300", "63.010"),
            row("Materiële kosten", "30.100", "31.240"),
            row("Totaal lasten", "91.400", "94.250"),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert row_parents(cells)["Personele kosten"] == "Apparaatskosten"
    spanning = "\n".join(
        [
            "Tabel 4 Uitgaven per instrument (bedragen x € 1.000)",
            "",
            row("", "2024", "2025"),
            "Uitgaven",
            "Bijdragen aan medeoverheden en andere instellingen",
            row("Gemeenten", "7.000", "7.000"),
            row("Provincies", "3.000", "3.500"),
            row("Totaal bijdragen", "10.000", "10.500"),
        ]
    )
    _tables, cells, _warnings = read_text(spanning)
    parents = row_parents(cells)
    assert parents["Gemeenten"] == "Bijdragen aan medeoverheden en andere instellingen"


def test_a_line_a_later_total_names_heads_its_rows_not_the_first_ones_label() -> None:
    """A line without values under the heading, level with the row under it, that a total
    further down names ("Incidentele lasten" ... "Totaal incidentele lasten") heads a group
    of rows: it is no start of the first row's label wrapped in its cell, however long
    that label would be joined."""
    text = "\n".join(
        [
            "Incidentele baten en lasten (bedragen x € 1.000)",
            "",
            "Omschrijving                       Begroting na   Realisatie",
            "                                      wijziging",
            "Incidentele lasten",
            "Herindeling                                  85           97",
            "Omgevingswet                                130          145",
            "Totaal incidentele lasten                   215          242",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells)[("Herindeling", "Begroting na wijziging")] == "85"
    assert row_parents(cells)["Herindeling"] == "Incidentele lasten"


def test_a_heading_over_a_row_of_a_table_set_by_single_spaces_is_no_wrapped_label() -> None:
    """A web page's text of a municipal table prints each row on one line, its values a
    single space after its label, under two levels of headings without values
    ("Incidentele lasten" / "Programma 3 ..."). Such a text sets no label in a cell of a
    width, so the second heading is no start of the row's label wrapped in its cell (it
    was joined to the first row's label, which lost its programme). A table set in padded
    columns still joins a label wrapped in its cell."""
    single = "\n".join(
        [
            "Overzicht incidentele lasten",
            "Bedragen in €",
            "Omschrijving Begroting 2023 Rekening 2023",
            "Incidentele lasten",
            "Programma 3 Economie en werkgelegenheid",
            "Evenementenbeleid 45.000 52.310",
            "Programma 4 Onderwijs",
            "Onderwijshuisvesting tijdelijke lokalen 2023-2024 410.000 388.120",
            "Totaal incidentele lasten 455.000 440.430",
        ]
    )
    _tables, cells, _warnings = read_text(single)
    parents = row_parents(cells)
    assert parents["Evenementenbeleid"] == "Programma 3 Economie en werkgelegenheid"

    def row(label: str, *values: str) -> str:
        return label.ljust(34) + "".join(v.rjust(10) for v in values)

    padded = "\n".join(
        [
            "Tabel 4 Uitgaven artikel 2 (bedragen x € 1.000)",
            "",
            row("", "2024", "2025"),
            row("Uitgaven", "21.300", "22.100"),
            "Bijdrage aan agentschappen",
            "Rijksdienst voor Ondernemend",
            row("Nederland (RVO)", "9.871", "10.200"),
            row("Centraal Bureau Rijvaardigheid", "11.429", "11.900"),
        ]
    )
    _tables, cells, _warnings = read_text(padded)
    parents = row_parents(cells)
    assert parents["Rijksdienst voor Ondernemend Nederland (RVO)"] == "Bijdrage aan agentschappen"


def test_a_group_heading_wrapped_under_its_name_past_its_code_is_one_heading() -> None:
    """A municipal table by function wraps a long hoofdfunctie heading, no values on either
    line, the rest hanging under the name past its code ("6      Sociale voorzieningen en
    maatschappelijke" / "       dienstverlening"), as a wrapped row's label does. The two
    lines are one heading of the rows under it: before, the second line was a heading of
    its own, of no rows, and the rows lost their group."""

    def row(label: str, *values: str) -> str:
        return label.ljust(44) + "".join(v.rjust(11) for v in values)

    text = "\n".join(
        [
            "Tabel 5 Lasten per hoofdfunctie (bedragen x € 1.000)",
            "",
            row("Functie  Omschrijving", "2025", "2026"),
            "6        Sociale voorzieningen en maatschappelijke",
            "         dienstverlening",
            row("610      Bijstandsverlening", "41.200", "42.100"),
            row("620      Maatschappelijke begeleiding", "3.150", "3.300"),
            row("         Totaal hoofdfunctie 6", "44.350", "45.400"),
            "7        Volksgezondheid en milieu",
            row("721      Afvalverwijdering", "9.800", "10.050"),
            row("         Totaal hoofdfunctie 7", "9.800", "10.050"),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    group = "6 Sociale voorzieningen en maatschappelijke dienstverlening"
    parents = row_parents(cells)
    assert parents["610 Bijstandsverlening"] == group
    assert parents["620 Maatschappelijke begeleiding"] == group
    assert parents["721 Afvalverwijdering"] == "7 Volksgezondheid en milieu"
    assert "dienstverlening" not in parents.values()


def test_the_last_rows_name_wrapped_onto_a_line_ending_in_a_legal_form_is_joined() -> None:
    """The last row of a table of participations wraps its name, the rest ending in the
    initials of the legal form ("Coöperatieve Wind-" / "ontwikkelingsfonds Oost U.A."):
    the full stop after the initials ends no sentence, so the line is the rest of the
    label (the hyphen kept as printed), not prose after the table."""

    def row(label: str, *values: str) -> str:
        return label.ljust(38) + "".join(v.rjust(11) for v in values)

    text = "\n".join(
        [
            "Tabel 6.4 Deelnemingen (x € 1.000)",
            "",
            row("", "2024", "2025"),
            row("Afvalzorg Holding", "4.120", "4.380"),
            row("Coöperatieve Wind-", "18.300", "17.455"),
            "  ontwikkelingsfonds Oost U.A.",
            "",
            "Bron: jaarrekeningen van de deelnemingen.",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Coöperatieve Wind-ontwikkelingsfonds Oost U.A.", "2025")] == "17.455"


def test_a_heading_level_under_an_uncoded_total_marks_where_the_headings_stand() -> None:
    """A begrotingsstaat printed by a PDF's layout text, no blank line among its rows: the
    total, then "Beleidsartikelen" right under it, the articles with their codes, then
    "Niet-beleidsartikelen" right under the last article, where that article's name would
    go on. The first heading stands level under a row printing no code, as no name's rest
    does: its indent is where the table prints headings, so the second is one too. Before,
    the second was joined to the last article's name and the rows under it kept the first
    heading as parent."""
    text = "\n".join([
        "Begrotingsstaat van het Ministerie van Sociale Zaken en Werkgelegenheid (XV) voor het"
        " jaar 2009 (bedragen x € 1 000)",
        "",
        "Art.  Omschrijving                          Verplichtingen      Uitgaven   Ontvangsten",
        "      Totaal                                    27 812 430    27 790 115     1 216 500",
        "      Beleidsartikelen",
        "41    Inkomensbeleid                               412 300       410 950         2 100",
        "42    Arbeidsparticipatie                        1 921 400     1 918 600        14 250",
        "46    Inkomensbescherming met activering         5 102 330     5 101 820        11 400",
        "      Niet-beleidsartikelen",
        "97    Aflopende regelingen                          36 400        36 400             0",
        "98    Algemeen                                     310 200       322 345         1 750",
    ])  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["46 Inkomensbescherming met activering"] == "Beleidsartikelen"
    assert parents["97 Aflopende regelingen"] == "Niet-beleidsartikelen"
    assert parents["98 Algemeen"] == "Niet-beleidsartikelen"


@pytest.mark.parametrize(
    ("first", "middle"),
    [
        ("Voorziening wachtgelden ten", "laste van de exploitatie van het"),
        ("Bijdrage aan de gemeenschappelijke", "regeling voor de uitvoering van het"),
    ],
)
def test_a_label_wrapped_over_three_lines_its_values_on_the_last_is_one_label(
    first: str, middle: str
) -> None:
    """A row's label wrapped over three lines in its cell, its values on the last: the
    first line cannot end a label (a joining word, "ten" as well) or the middle one opens
    in lower case. Only the middle line was joined to the row, the first read as a heading
    and made the row's parent; now the three lines are one label under the row's own
    heading."""
    text = "\n".join(
        [
            "Staat van voorzieningen (bedragen x € 1.000)",
            "                                      Saldo 1-1-2023   Dotaties   Saldo 31-12-2023",
            "Voorzieningen",
            "Voorziening groot onderhoud                    8.400      1.200              9.600",
            first,
            middle,
            "sociaal plan                                   2.100        300              2.400",
            "Voorziening debiteuren                           900        100              1.000",
            "Totaal voorzieningen                          11.400      1.600             13.000",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    label = f"{first} {middle} sociaal plan"
    assert cell_grid(cells)[(label, "Dotaties")] == "300"
    assert row_parents(cells)[label] == row_parents(cells)["Voorziening debiteuren"]


#: A begrotingsstaat printed by a PDF's layout text: the articles' codes in a column of their
#: own, the group headings where the names start; ``{wrapped}`` a line under article 7.
_STAAT = "\n".join([
    "Departementale begrotingsstaat van het Ministerie van Volksgezondheid, Welzijn en Sport"
    " (XVI) voor het jaar 2023 (bedragen x € 1.000)",
    "",
    "Art.  Omschrijving                                Verplichtingen      Uitgaven   Ontvangsten",
    "",
    "      Totaal                                           4.160.391     4.118.442       95.430",
    "      Beleidsartikelen",
    "1     Volksgezondheid                                  1.604.211     1.589.302        40.120",
    "3     Langdurige zorg en ondersteuning                 1.108.440     1.101.980         2.310",
    "{row}",
    "{wrapped}",
    "8     Tegemoetkoming specifieke kosten                   172.004       172.004             0",
    "      Niet-beleidsartikelen",
    "10    Apparaatsuitgaven                                  308.712       302.655        26.300",
    "11    Nominaal en onvoorzien                             – 41.250      – 41.250           0",
])  # fmt: skip


def test_an_articles_name_wrapped_under_its_values_between_groups_is_one_name() -> None:
    """A long article name wrapped in its cell, its values on the first line, its rest on
    the next where the names and the group headings start ("7     Oorlogsgetroffenen en
    Herinnering   406.115 ..." / "      Wereldoorlog II"), one coded row and then the next
    group's heading under it: read as a heading, it headed article 8 alone and the first
    line's name lost its end. The name could not have taken the word (the longest
    one-line name is shorter)."""
    text = _STAAT.format(
        row="7     Oorlogsgetroffenen en Herinnering                  406.115       406.115"
        "             0",
        wrapped="      Wereldoorlog II",
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["7 Oorlogsgetroffenen en Herinnering Wereldoorlog II"] == "Beleidsartikelen"
    assert parents["8 Tegemoetkoming specifieke kosten"] == "Beleidsartikelen"
    assert parents["10 Apparaatsuitgaven"] == "Niet-beleidsartikelen"


def test_a_heading_of_one_article_under_a_short_name_stays_a_heading() -> None:
    """The near form: the line under article 7 heads article 8 alone before the next
    group, but the name above it is short ("7     Jeugd"): its word would have fit after
    it, so no cell's width wrapped it there; it is a group's heading."""
    text = _STAAT.format(
        row="7     Jeugd                                              406.115       406.115"
        "             0",
        wrapped="      Oorlogsgetroffenen",
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["7 Jeugd"] == "Beleidsartikelen"
    assert parents["8 Tegemoetkoming specifieke kosten"] == "Oorlogsgetroffenen"


#: A jaarverslag's budgetary table (-layout) whose page turns after ``{last}``: the page's
#: foot and head, the headings printed again, the rows going on.
_TURNING = "\n".join([
    "Tabel 11.1 Budgettaire gevolgen van beleid artikel 11 (bedragen x € 1.000)",
    "                                                            Realisatie       Verschil",
    "                                          2012       2013       2014           2014",
    "Verplichtingen                       1.140.023  1.172.385  1.201.447       – 16.658",
    "Uitgaven                             1.148.185  1.179.100  1.199.921       – 17.553",
    "Opdrachten",
    "  Waterveiligheid                        8.131      7.540      6.915        – 1.335",
    "Subsidies",
    "{last}",
    "{under}",
    "",
    "",
    "Jaarverslag en slotwet Ministerie van Infrastructuur en Milieu 2014                  41",
    "\fInfrastructuur en Milieu                                        Beleidsartikelen",
    "",
    "                                                            Realisatie       Verschil",
    "                                          2012       2013       2014           2014",
    "Bijdrage aan agentschappen",
    "  Rijkswaterstaat                      117.904    121.330    119.876        – 1.664",
    "Ontvangsten                              6.540      7.031      9.876          4.876",
])  # fmt: skip


def test_the_last_label_before_a_page_break_wrapped_level_with_it_is_one_label() -> None:
    """An item's label wrapped under its values, level with it, indented past the table's
    headings ("Subsidies" / "  Stichting Toegepast Onderzoek   980 ..." / "  Waterbeheer
    (STOWA)"), the page turning under it and the rows going on past the headings printed
    again: read as a heading (rows follow it), then dropped as one over no row, the label
    lost its end. Its first word would not have fit after the label within the longest
    other label."""
    text = _TURNING.format(
        last="  Stichting Toegepast Onderzoek          980        980      1.012             12",
        under="  Waterbeheer (STOWA)",
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["Stichting Toegepast Onderzoek Waterbeheer (STOWA)"] == "Subsidies"
    assert parents["Rijkswaterstaat"] == "Bijdrage aan agentschappen"


def test_a_line_level_under_a_short_last_label_before_a_page_break_is_no_part_of_it() -> None:
    """The near form: the last row's label is short ("  STOWA"), the line under it would
    have fit after it within the longest other label: no cell wrapped it, so it is no part
    of the label."""
    text = _TURNING.format(
        last="  STOWA                                  980        980      1.012             12",
        under="  Beheer",
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["STOWA"] == "Subsidies"
    assert parents["Rijkswaterstaat"] == "Bijdrage aan agentschappen"


#: A begrotingsstaat (-layout) whose last article before the next group is ``{row}``, a
#: line ``{wrapped}`` under it, then a blank line and the next group's heading.
_STAAT_SPACED = "\n".join([
    "Departementale begrotingsstaat van het Ministerie van Buitenlandse Zaken (V) voor het"
    " jaar 2015 (bedragen x € 1.000)",
    "",
    "Art.  Omschrijving                                Verplichtingen      Uitgaven   Ontvangsten",
    "",
    "      Totaal                                           1.313.853     1.300.322       79.620",
    "",
    "      Beleidsartikelen",
    "2     Veiligheid en stabiliteit                          246.805       233.112        12.000",
    "3     Europese samenwerking                              109.538       109.238        29.120",
    "{row}",
    "{wrapped}",
    "",
    "      Niet-beleidsartikelen",
    "7     Apparaat                                           912.300       912.985             0",
])  # fmt: skip


def test_an_articles_name_wrapped_under_its_values_then_a_blank_line_is_one_name() -> None:
    """An article's name wrapped in its cell, its rest on the next line where the names
    start ("4     Consulaire dienstverlening en uitdragen   45.210 ..." / "      Nederlandse
    waarden"), a blank line and the next group's heading under it: glued to the row above
    and set apart from what follows, it is the name's end, though the table sets its
    headings at that indent (read as a heading of no rows, the name lost its end)."""
    text = _STAAT_SPACED.format(
        row="4     Consulaire dienstverlening en uitdragen             45.210        44.987"
        "        38.400",
        wrapped="      Nederlandse waarden",
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    name = "4 Consulaire dienstverlening en uitdragen Nederlandse waarden"
    assert cell_grid(cells)[(name, "Uitgaven")] == "44.987"
    assert parents[name] == parents["2 Veiligheid en stabiliteit"] == "Beleidsartikelen"
    assert parents["7 Apparaat"] == "Niet-beleidsartikelen"


def test_a_line_under_a_short_name_then_a_blank_line_is_no_part_of_it() -> None:
    """The near form: the name above the line is short ("4     Jeugd"): the line's word
    would have fit after it, so no cell's width wrapped it there, and the name stays as
    printed."""
    text = _STAAT_SPACED.format(
        row="4     Jeugd                                               45.210        44.987"
        "        38.400",
        wrapped="      Nederlandse waarden",
    )
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells)[("4 Jeugd", "Uitgaven")] == "44.987"
    assert row_parents(cells)["7 Apparaat"] == "Niet-beleidsartikelen"


def _projects(wrapped: list[tuple[str, tuple[str, ...] | None]]) -> str:
    """An investment table printed by pdftotext -layout: projects indented under their
    phase's heading, ``wrapped`` three rows among them (a label, its values or None)."""

    def row(label: str, values: tuple[str, ...] | None) -> str:
        return label if values is None else label.ljust(54) + "".join(v.rjust(9) for v in values)

    rows: list[tuple[str, tuple[str, ...] | None]] = [
        ("Projecten in uitvoering", None),
        ("  N201 Amstelveen-Uithoorn (fase 2)", ("612", "240", "180")),
        ("  N207 Leimuiden-Alphen", ("145", "60", "45")),
        *wrapped,
        ("Subtotaal uitvoering", ("1.957", "810", "601")),
        ("Projecten in voorbereiding", None),
        ("  N237 Amersfoort-Soest", ("88", "12", "30")),
        ("Totaal", ("2.045", "822", "631")),
    ]
    return "\n".join(
        [
            "Tabel 5 Provinciale wegenprojecten (bedragen x € 1 mln)",
            "Project".ljust(54) + "".join(y.rjust(9) for y in ("Budget", "2025", "2026")),
            *(row(label, values) for label, values in rows),
        ]
    )


def test_a_label_wrapped_under_its_values_level_with_the_rows_ends_the_row_above() -> None:
    """A project's name too long for its cell goes on under the line of its values, level
    with the rows ("  N208 Verbreding knooppunt Hillegom-aansluiting   980 ..." / "
    Lisserbroek" / "  N36 Almelo-Wierden   220 ..."), in a table indenting its rows under
    their phase's heading: the name above could not have taken "Lisserbroek" in its cell,
    while "Lisserbroek" could have taken "N36" after it, so the line starts no label that
    goes on below. It was glued to the next row's label ("Lisserbroek N36 Almelo-Wierden")."""
    text = _projects(
        [
            ("  N208 Verbreding knooppunt Hillegom-aansluiting", ("980", "410", "290")),
            ("  Lisserbroek", None),
            ("  N36 Almelo-Wierden", ("220", "100", "86")),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid, parents = cell_grid(cells), row_parents(cells)
    name = "N208 Verbreding knooppunt Hillegom-aansluiting Lisserbroek"
    assert grid[(name, "Budget")] == "980" and grid[("N36 Almelo-Wierden", "2025")] == "100"
    assert parents[name] == parents["N36 Almelo-Wierden"] == "Projecten in uitvoering"


def test_a_label_level_with_the_rows_too_long_to_take_the_next_word_starts_the_row_below() -> None:
    """The near form: under a row whose long label could not have taken its first word, the
    line level with the rows is itself as long as a label's line can be ("  N208 Verbreding
    knooppunt Hillegom-aansluiting" / "  Lisserbroek   980 ..."), so it could not have
    taken the next row's first word either: it starts that row's label, its values on its
    last line, as before."""
    text = _projects(
        [
            ("  N36 Almelo-Wierden en turbokruising Ypelo", ("220", "100", "86")),
            ("  N208 Verbreding knooppunt Hillegom-aansluiting", None),
            ("  Lisserbroek", ("980", "410", "290")),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid, parents = cell_grid(cells), row_parents(cells)
    name = "N208 Verbreding knooppunt Hillegom-aansluiting Lisserbroek"
    assert (
        grid[(name, "Budget")] == "980"
        and grid[("N36 Almelo-Wierden en turbokruising Ypelo", "2025")] == "100"
    )
    assert (
        parents[name]
        == parents["N36 Almelo-Wierden en turbokruising Ypelo"]
        == "Projecten in uitvoering"
    )


def _taakvelden(*rows: str) -> str:
    """A municipal overview per taakveld as a plain text layer prints it: one row a line,
    single spaces, the taakveld's code opening its label, value-less group headings."""
    return "\n".join(
        [
            "Overzicht van baten en lasten per taakveld (bedragen x € 1.000)",
            "Taakveld Lasten Baten Saldo",
            "6 Sociaal domein",
            "6.71 Maatwerkdienstverlening 18+ 24.870 1.412 -23.458",
            *rows,
            "7 Volksgezondheid en milieu",
            "7.1 Volksgezondheid 5.870 118 -5.752",
            "7.2 Riolering 11.412 13.905 2.493",
            "Totaal 73.357 15.447 -57.910",
        ]
    )


def test_a_label_closing_in_an_age_range_on_its_values_line_ends_there() -> None:
    """ "6.72 Maatwerkdienstverlening 18- 31.205 0 -31.205": the dash after the figure
    closes an age range (under 18) on the line printing the row's values, no word broken
    onto the next line. Read as unfinished, the group heading under it ("7
    Volksgezondheid en milieu") was joined to the label and the rows under it kept the
    group above as their parent."""
    text = _taakvelden("6.72 Maatwerkdienstverlening 18- 31.205 0 -31.205")
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert cell_grid(cells)[("6.72 Maatwerkdienstverlening 18-", "Saldo")] == "-31.205"
    assert parents["6.72 Maatwerkdienstverlening 18-"] == "6 Sociaal domein"
    assert parents["7.1 Volksgezondheid"] == "7 Volksgezondheid en milieu"


def test_a_word_broken_at_the_values_line_still_goes_on_below() -> None:
    """A word broken at its hyphen on the line printing the row's values ("6.72 Jeugdhulp
    Noord- 31.205 0 -31.205" / "Brabant"): letters before the hyphen, the label goes on
    below, as before."""
    text = _taakvelden("6.72 Jeugdhulp Noord- 31.205 0 -31.205", "Brabant")
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells)[("6.72 Jeugdhulp Noord-Brabant", "Saldo")] == "-31.205"
    assert row_parents(cells)["7.1 Volksgezondheid"] == "7 Volksgezondheid en milieu"


@pytest.mark.parametrize(
    ("line", "start", "name"),
    [
        (  # a word broken with a hyphen: the label goes on below
            "  Fietsverbinding Hoofddorp-",
            "  Nieuw-Vennep",
            "Fietsverbinding Hoofddorp-Nieuw-Vennep",
        ),
        (  # a joining word ends the line
            "  Ontsluiting Lisse en",
            "  Fietsverbinding Hillegom",
            "Ontsluiting Lisse en Fietsverbinding Hillegom",
        ),
        (  # a comma ends the line
            "  Ontsluiting bedrijventerrein,",
            "  Fietsverbinding Lisse",
            "Ontsluiting bedrijventerrein, Fietsverbinding Lisse",
        ),
        (  # a bracket left open
            "  Ontsluiting bedrijventerrein (fase",
            "  Twee)",
            "Ontsluiting bedrijventerrein (fase Twee)",
        ),
        (  # the row below opens in lower case, as the rest of a label does
            "  Ontsluiting bedrijventerrein",
            "  en fietsverbinding",
            "Ontsluiting bedrijventerrein en fietsverbinding",
        ),
    ],
)  # fmt: skip
def test_a_line_level_with_the_rows_that_says_it_goes_on_starts_the_row_below(
    line: str, start: str, name: str
) -> None:
    """A line without values between two rows, level with both under a row whose long label
    could not have taken its first word, starts the row below's label where its own words
    say the label goes on (a hyphen, a joining word, a comma or a bracket left open at its
    end) or the row below opens in lower case: a label's width says where it may wrap, its
    words where it does. The line was the end of the row above's label ("... Hillegom-
    aansluiting Fietsverbinding Hoofddorp-", "Nieuw-Vennep" a row of its own)."""
    text = _projects(
        [
            ("  N208 Verbreding knooppunt Hillegom-aansluiting", ("980", "410", "290")),
            (line, None),
            (start, ("220", "100", "86")),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid, parents = cell_grid(cells), row_parents(cells)
    above = "N208 Verbreding knooppunt Hillegom-aansluiting"
    assert grid[(above, "Budget")] == "980" and grid[(name, "2025")] == "100"
    assert parents[above] == parents[name] == "Projecten in uitvoering"


@pytest.mark.parametrize(
    ("line", "ended"),
    [
        ("  Lisserbroek (fase 1)", "Lisserbroek (fase 1)"),  # a bracket closed
        ("  Lisse-Lisserbroek", "Lisse-Lisserbroek"),  # a hyphen inside a name
    ],
)
def test_a_line_level_with_the_rows_ending_as_a_label_does_still_ends_the_row_above(
    line: str, ended: str
) -> None:
    """The near form: a line that ends as a label may (a bracket closed, a hyphen inside a
    word, not at its end) over a row opening in capitals is still the end of the row above's
    label, which could not have taken its first word."""
    text = _projects(
        [
            ("  N208 Verbreding knooppunt Hillegom-aansluiting", ("980", "410", "290")),
            (line, None),
            ("  N36 Almelo-Wierden", ("220", "100", "86")),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[(f"N208 Verbreding knooppunt Hillegom-aansluiting {ended}", "Budget")] == "980"
    assert grid[("N36 Almelo-Wierden", "2025")] == "100"


def _articles() -> str:
    """A budget's article table as pdftotext -layout prints it: article parts with a code
    and values, value-less instrument headings hanging under their names, the items
    indented past those; "Opdrachten" stands left of the item above it."""
    lines = [
        "Tabel 31 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
        "",
        "Art.   Omschrijving                                   2024       2025",
        "",
        "       Uitgaven                                      3.000      3.300",
        "",
        "34.1   Tenuitvoerlegging sancties                    2.800      3.080",
        "       Bijdrage aan agentschappen",
        "         Dienst Justitiële Inrichtingen             2.500      2.750",
        "       Opdrachten",
        "         Elektronische monitoring                      300        330",
        "",
        "34.2   Jeugd                                           200        220",
        "       Subsidies (regelingen)",
        "         Halt                                          200        220",
    ]
    return "\n".join(lines)


def test_a_heading_hanging_under_a_coded_rows_name_over_indented_items_heads_them() -> None:
    """A value-less line hanging under the name of a coded row with values ("34.1
    Tenuitvoerlegging sancties   2.800" / "       Bijdrage aan agentschappen") at the indent
    where the table prints a heading left of the item above it ("Opdrachten"), items
    indented past it under it, heads those items: no rest of the name above."""
    _tables, cells, _warnings = read_text(_articles())
    parents = row_parents(cells)
    assert parents["Dienst Justitiële Inrichtingen"] == "Bijdrage aan agentschappen"
    assert parents["Elektronische monitoring"] == "Opdrachten"
    assert parents["Halt"] == "Subsidies (regelingen)"
    assert parents["34.1 Tenuitvoerlegging sancties"] == "Uitgaven"


def test_a_line_hanging_under_a_coded_name_with_no_heading_left_of_items_ends_it() -> None:
    """Where no heading stands left of an item above it, a line hanging under a coded row's
    name is the rest of that name, as before ("12     Ondersteuning Rijkswaterstaat   100"
    / "       Landelijke Diensten")."""
    text = "\n".join(
        [
            "Art.   Omschrijving                                   2024       2025",
            "11     Verkeer en vervoer                              300        330",
            "12     Ondersteuning Rijkswaterstaat                   100        110",
            "       Landelijke Diensten",
            "13     Bereikbaarheid                                  200        220",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("12 Ondersteuning Rijkswaterstaat Landelijke Diensten", "2025")] == "110"


#: A begrotingsstaat's plain text layer (no padding) whose page turns under the row
#: ``{last}`` and the line ``{under}``: the page's foot ending in its number, the next
#: page's caption and headings printed again on a form feed, the rows going on.
_STAAT_TURNING = "\n".join([
    "Wijziging van de begrotingsstaat van het Ministerie van Sport (XVI) (bedragen x € 1.000)",
    "Art. Omschrijving Verplichtingen Uitgaven Ontvangsten",
    "Totaal 9.555.411 9.379.752 203.514",
    "Beleidsartikelen",
    "1 Volksgezondheid 1.904.512 1.872.309 9.215",
    "{last}",
    "{under}",
    "Tweede Kamer, vergaderjaar 2021–2022, 36 120 XVI, nr. 1 2",
    "\fWijziging van de begrotingsstaat van het Ministerie van Sport (XVI) (bedragen x € 1.000)",
    "Art. Omschrijving Verplichtingen Uitgaven Ontvangsten",
    "8 Tegemoetkoming specifieke kosten 31.020 31.020 0",
    "Niet-beleidsartikelen",
    "10 Apparaatsuitgaven 460.512 460.512 10.604",
    "Tweede Kamer, vergaderjaar 2021–2022, 36 120 XVI, nr. 1 3",
])  # fmt: skip


def test_the_last_label_before_a_page_foot_ending_in_a_joining_word_goes_on_below() -> None:
    """A plain text layer prints the page's last row's label wrapped onto the line under
    it ("7 Oorlogsgetroffenen en   347.190 ..." / "Herinneringscultuur"), then the page's
    foot with no blank line between: the foot ends the lines the label may be wrapped
    onto, as a blank line does, and the label cannot end on "en". Before, the line was
    taken for a heading of rows past the break, the label lost its end and the rows under
    the headings printed again on the next page were no part of the table."""
    text = _STAAT_TURNING.format(
        last="7 Oorlogsgetroffenen en 347.190 347.190 85", under="Herinneringscultuur"
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("7 Oorlogsgetroffenen en Herinneringscultuur", "Uitgaven")] == "347.190"
    assert grid[("8 Tegemoetkoming specifieke kosten", "Verplichtingen")] == "31.020"
    assert len({c["table_id"] for c in cells}) == 1


def test_a_line_under_the_last_label_before_a_page_foot_that_can_end_stays_apart() -> None:
    """The near form: the label can end where it does ("7 Oorlogsgetroffenen"), and the
    line under it opens as a heading does: no part of the label."""
    text = _STAAT_TURNING.format(
        last="7 Oorlogsgetroffenen 347.190 347.190 85", under="Herinneringscultuur"
    )
    _tables, cells, _warnings = read_text(text)
    assert cell_grid(cells)[("7 Oorlogsgetroffenen", "Uitgaven")] == "347.190"


def _instruments(*rows: tuple[str, tuple[str, str, str] | None]) -> str:
    """A jaarverslag's table as ``pdftotext -layout`` prints it, its items indented under
    the instruments, every instrument printing values; ``rows`` go on under the last
    instrument (a label's line, its values or None), before the receipts."""

    def row(label: str, *values: str) -> str:
        return printed(label, (50, 62, 74), *values)

    return "\n".join(
        [
            "Tabel 5.2 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "",
            row("", "Realisatie", "Begroting", "Verschil"),
            row("", "2023", "2023", "2023"),
            "",
            row("Uitgaven", "9.520", "9.400", "120"),
            row("Subsidies", "5.400", "5.300", "100"),
            row("  Regeling herstel", "1.280", "1.300", "-20"),
            row("  Regeling preventie", "4.120", "4.000", "120"),
            *(label if values is None else row(label, *values) for label, values in rows),
            row("Ontvangsten", "310", "300", "10"),
        ]
    )


def test_a_label_wrapped_over_three_lines_its_values_on_the_middle_is_one_label() -> None:
    """A PDF's text layer prints an item's label wrapped over three lines with its values on
    the middle one, the cell centred on the row's height ("  Bijdrage aan het Fonds" / "
    Herstel Waterschade   4.120 ..." / "  Limburg 2021"), right under its instrument and
    over the next instrument, both standing left of it. Neither line heads rows: the row
    under the first stands level with it, the one under the last left of it. The first was
    read as the row's parent and the last as a heading of nothing: the label was its middle
    line alone."""
    text = _instruments(
        ("Bijdrage aan ZBO's/RWT's", ("4.120", "4.100", "20")),
        ("  Bijdrage aan het Fonds", None),
        ("  Herstel Waterschade", ("4.120", "4.100", "20")),
        ("  Limburg 2021", None),
    )
    _tables, cells, _warnings = read_text(text)
    label = "Bijdrage aan het Fonds Herstel Waterschade Limburg 2021"
    assert cell_grid(cells)[(label, "Realisatie 2023")] == "4.120"
    assert row_parents(cells)[label] == "Bijdrage aan ZBO's/RWT's"
    assert {c["line"] for c in cells if c["row_label"] == label} == {12}


def test_a_line_under_the_middle_line_with_rows_under_it_is_no_part_of_the_label() -> None:
    """The near form: the line under the row with values has a row under it indented past
    it ("  Overige fondsen" / "    Fonds Slachtofferhulp   880 ..."): it heads that row, a
    new row, no label's end, as before."""
    text = _instruments(
        ("Bijdrage aan ZBO's/RWT's", ("5.000", "4.940", "60")),
        ("  Bijdrage aan het Fonds", None),
        ("  Herstel Waterschade", ("4.120", "4.100", "20")),
        ("  Overige fondsen", None),
        ("    Fonds Slachtofferhulp", ("880", "840", "40")),
    )
    _tables, cells, _warnings = read_text(text)
    assert not any(c["row_label"].endswith("Overige fondsen") for c in cells)
    assert cell_grid(cells)[("Fonds Slachtofferhulp", "Realisatie 2023")] == "880"


def _two_wrapped(second_ends: bool) -> str:
    """Two items right under each other, each label wrapped over lines around its values
    ("  Bijdrage aan het Fonds" / "  Herstel Waterschade   4.120 ..." / "  Limburg 2021" /
    "  Bijdrage aan de Stichting" / "  Nationaal Restauratiefonds   2.660 ..."), the second
    going on onto a third line where ``second_ends``, then a plain item level with them."""
    rows = [
        ("Bijdrage aan ZBO's/RWT's", ("7.660", "7.500", "160")),
        ("  Bijdrage aan het Fonds", None),
        ("  Herstel Waterschade", ("4.120", "4.100", "20")),
        ("  Limburg 2021", None),
        ("  Bijdrage aan de Stichting", None),
        ("  Nationaal Restauratiefonds", ("2.660", "2.600", "60")),
    ]
    if second_ends:
        rows.append(("  voor monumenten", None))
    rows.append(("  Bijdrage aan Staatsbosbeheer", ("880", "800", "80")))
    return _instruments(*rows)


def test_two_labels_wrapped_over_three_lines_right_under_each_other_are_two_labels() -> None:
    """Two labels each wrapped over three lines, values on the middle one, the second right
    under the first and a plain item level with them after it: the three lines of the
    second stand in for the row left of the first that closes a lone one, as the centred
    cells part the lines between the two rows' values a line each. The first was its
    middle line alone ('Herstel Waterschade'), its other lines lost."""
    _tables, cells, _warnings = read_text(_two_wrapped(second_ends=True))
    first = "Bijdrage aan het Fonds Herstel Waterschade Limburg 2021"
    second = "Bijdrage aan de Stichting Nationaal Restauratiefonds voor monumenten"
    grid, parents = cell_grid(cells), row_parents(cells)
    assert grid[(first, "Realisatie 2023")] == "4.120"
    assert grid[(second, "Verschil 2023")] == "60"
    assert parents[first] == parents[second] == "Bijdrage aan ZBO's/RWT's"
    assert parents["Bijdrage aan Staatsbosbeheer"] == "Bijdrage aan ZBO's/RWT's"


def test_a_label_over_three_lines_before_one_over_two_is_left_to_the_two_line_rules() -> None:
    """The near form: the second label wraps over two lines only, its values on the last
    ("  Bijdrage aan de Stichting" / "  Nationaal Restauratiefonds   2.660 ..."): the line
    between the two rows' values ("  Limburg 2021") may end the first label or open the
    second, and the lines no longer part evenly; the first row's three lines are not read
    as one label, and the second keeps its two."""
    _tables, cells, _warnings = read_text(_two_wrapped(second_ends=False))
    labels = {c["row_label"] for c in cells}
    assert "Bijdrage aan de Stichting Nationaal Restauratiefonds" in labels
    assert not any("Limburg 2021" in label for label in labels)


#: An instrument's label reaching near its values, over items indented under it.
_ORGANISATIONS = "Bijdragen aan internationale organisaties"


def _three_wrapped(*above: tuple[str, tuple[str, str, str] | None]) -> str:
    """A label wrapped over three lines around its values ("  Bijdrage aan het Hoge" /
    "  Commissariaat voor de   3.050 ..." / "  Vluchtelingen (UNHCR)") under ``above``,
    then a plain item level with it, all under one instrument adding them up."""
    rows = [
        *above,
        ("  Bijdrage aan het Hoge", None),
        ("  Commissariaat voor de", ("3.050", "2.900", "150")),
        ("  Vluchtelingen (UNHCR)", None),
        ("  Bijdrage aan de OESO", ("400", "400", "0")),
    ]
    figures = [values for _label, values in rows if values is not None]
    total = [
        f"{sum(int(v[c].replace('.', '')) for v in figures):,}".replace(",", ".") for c in range(3)
    ]
    return "\n".join(
        [
            "Tabel 5.2 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "",
            printed("", (50, 62, 74), "Realisatie", "Begroting", "Verschil"),
            printed("", (50, 62, 74), "2023", "2023", "2023"),
            "",
            printed(_ORGANISATIONS, (50, 62, 74), *total),
            *(
                label if values is None else printed(label, (50, 62, 74), *values)
                for label, values in rows
            ),
            printed("Ontvangsten", (50, 62, 74), "310", "300", "10"),
        ]
    )


def test_the_last_of_three_labels_wrapped_over_three_lines_before_a_plain_item_is_one() -> None:
    """Three labels each wrapped over three lines right under each other, then a plain item
    level with them: the last one's first line became the parent of its middle line and
    of the plain item ('Bijdrage aan het Hoge'), its last line lost. The labels above it,
    read alike, tell the list goes on at their indent."""
    text = _three_wrapped(
        ("  Bijdrage aan de Internationale", None),
        ("  Organisatie voor Migratie", ("1.840", "1.800", "40")),
        ("  (IOM) Genève", None),
        ("  Contributie aan het", None),
        ("  Asielagentschap van de", ("2.210", "2.300", "-90")),
        ("  Europese Unie (EUAA)", None),
    )
    _tables, cells, _warnings = read_text(text)
    third = "Bijdrage aan het Hoge Commissariaat voor de Vluchtelingen (UNHCR)"
    grid, parents = cell_grid(cells), row_parents(cells)
    assert grid[(third, "Realisatie 2023")] == "3.050"
    assert parents[third] == parents["Bijdrage aan de OESO"] == _ORGANISATIONS
    assert parents["Contributie aan het Asielagentschap van de Europese Unie (EUAA)"] == (
        _ORGANISATIONS
    )


def test_a_lone_label_over_three_lines_before_a_plain_item_is_left_to_the_two_line_rules() -> None:
    """Near form: the same label alone under its parent's row, a plain item level with it
    after it: no label wrapped so stands right above it, and the lines around its values
    are left to the rules for two lines, as before."""
    _tables, cells, _warnings = read_text(_three_wrapped())
    labels = {c["row_label"] for c in cells}
    assert "Bijdrage aan het Hoge Commissariaat voor de Vluchtelingen (UNHCR)" not in labels


def _agencies(last: str, rest: str) -> str:
    """A table of agencies set flush left, its labels wrapped over lines of their own, its
    last item ``last`` printing its values on its first line and ``rest`` under it, right
    over the total."""

    def row(label: str, *values: str) -> str:
        return printed(label, (46, 58, 70), *values)

    return "\n".join(
        [
            "Tabel 41 Specificatie bijdragen aan agentschappen (bedragen x € 1.000)",
            "",
            row("", "Realisatie", "Begroting", "Verschil"),
            row("Agentschap", "2024", "2024", "2024"),
            "",
            "Bijdrage aan de Rijksdienst voor",
            row("Ondernemend Nederland voor de", "12.400", "12.000", "400"),
            "uitvoering van subsidieregelingen",
            row(last, "1.900", "1.900", "0"),
            rest,
            row("Totaal bijdragen aan agentschappen", "14.300", "13.900", "400"),
        ]
    )


def test_a_line_between_the_last_item_and_the_total_ends_the_items_label() -> None:
    """The last item's label wrapped onto a line of its own, its values on its first line,
    right over the total ("Bijdrage aan de Rijksinspectie   1.900 ..." / "Digitale
    Infrastructuur" / "Totaal ..."): as a heading it would head the total alone, and it
    was lost; its first word would not have fit after the label within the longest label
    printed on a row's line, so it ends that label."""
    _tables, cells, _warnings = read_text(
        _agencies("Bijdrage aan de Rijksinspectie", "Digitale Infrastructuur")
    )
    labels = {c["row_label"] for c in cells}
    assert "Bijdrage aan de Rijksinspectie Digitale Infrastructuur" in labels
    assert "Bijdrage aan de Rijksinspectie" not in labels


def test_a_short_line_between_a_short_item_and_the_total_is_no_part_of_its_label() -> None:
    """Near form: the line's first word would have fit after the item's short label
    ("Rijksinspectie" / "Overig"): the cell's width did not wrap the label there, and the
    line is not joined to it."""
    _tables, cells, _warnings = read_text(_agencies("Rijksinspectie", "Overig"))
    labels = {c["row_label"] for c in cells}
    assert "Rijksinspectie Overig" not in labels
    assert cell_grid(cells)[("Rijksinspectie", "Realisatie 2024")] == "1.900"


def _regeling_wrapped(indent: str) -> str:
    """A -layout beleidsartikel whose instruments stand at the margin right under the rows
    above them, the regelingen set in under them; one regeling's label wrapped onto a
    line of its own under its values' line, printed at ``indent``."""
    return "\n".join(
        [
            "Tabel 9.2 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            "                                               2024      2025",
            "Uitgaven                                     41.210    44.118",
            "Subsidies",
            "  Verkeersveiligheid                          8.412     9.106",
            "Bijdrage aan ZBO's/RWT's",
            "  Bijdrage aan het Centraal Bureau           26.105    28.287",
            indent + "Rijvaardigheidsbewijzen",
            "  Bijdrage aan de RDW                         6.693     6.725",
        ]
    )


def test_a_line_level_with_the_rows_around_it_ends_the_label_above() -> None:
    """The instruments at the margin each head rows set in under them, so a line without
    values level with the rows right above and below it heads nothing: it is the rest of
    the label above, wrapped under its values' line. Before, it was the parent of the row
    under it, and the label above was cut short."""
    _tables, cells, _warnings = read_text(_regeling_wrapped("  "))
    parents = row_parents(cells)
    label = "Bijdrage aan het Centraal Bureau Rijvaardigheidsbewijzen"
    assert cell_grid(cells)[(label, "2025")] == "28.287"
    assert parents["Bijdrage aan de RDW"] == parents[label] == "Bijdrage aan ZBO's/RWT's"


def test_a_line_at_the_margin_between_rows_set_in_stays_a_heading() -> None:
    """Near form: the same line at the margin, where the table prints its headings, heads
    the row under it, as before."""
    _tables, cells, _warnings = read_text(_regeling_wrapped(""))
    parents = row_parents(cells)
    assert parents["Bijdrage aan de RDW"] == "Rijvaardigheidsbewijzen"
    assert parents["Bijdrage aan het Centraal Bureau"] == "Bijdrage aan ZBO's/RWT's"


def _bottom_aligned(first: tuple[str, str]) -> str:
    """An ontwerpbegroting's table as pdftotext -layout prints it, labels wrapped over two
    or three lines with the values on the last (the PDF's cells aligned at their bottom),
    every line at the margin; ``first``: the two lines of the first label under Uitgaven,
    its values on the second."""
    ends = (44, 55, 66)
    return "\n".join(
        [
            "Tabel 16.2 Budgettaire gevolgen van beleid (x € 1.000)",
            printed("", ends, "2013", "2014", "2015"),
            printed("Uitgaven", ends, "880 014", "866 772", "859 305"),
            first[0],
            printed(first[1], ends, "94 120", "94 120", "94 120"),
            "Nederlandse Organisatie voor",
            "Wetenschappelijk Onderzoek (NWO):",
            printed("basisbekostiging en Topsectoren", ends, "607 744", "598 010", "592 315"),
            printed("Overige subsidies", ends, "178 150", "174 642", "172 870"),
            "",
            "Toelichting",
        ]
    )


def test_a_line_between_rows_starts_a_label_where_labels_print_values_last() -> None:
    """Where a table prints its wrapped labels' values on their last line (another label
    going on in lower case under a line ending in "voor"), a line without values between two
    rows, level with both, after which the row's first word would not have fit in the labels'
    room ("Bekostiging Koninklijke Nederlandse" / "Akademie van Wetenschappen (KNAW)   94
    120"), is the start of that row's label: read as a heading, it was the parent of every
    row under it, and the row was named by its last line alone."""
    text = _bottom_aligned(("Bekostiging Koninklijke Nederlandse", "Akademie van Wetenschappen"))
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    label = "Bekostiging Koninklijke Nederlandse Akademie van Wetenschappen"
    assert parents[label] == "Uitgaven"
    assert parents["Overige subsidies"] == "Uitgaven"


def test_a_short_line_between_rows_whose_row_would_have_fit_after_it_is_a_heading() -> None:
    """The near form: after a short line ("Opdrachten") the row's first word would have fit
    in the labels' room: a heading of the rows under it, as before."""
    text = _bottom_aligned(("Opdrachten", "Onderzoek en ontwikkeling"))
    _tables, cells, _warnings = read_text(text)
    assert row_parents(cells)["Onderzoek en ontwikkeling"] == "Opdrachten"


def _staat_total_left(under_total: str) -> str:
    """A begrotingsstaat printed by a PDF's layout text, no blank line among its rows, its
    total set two characters left of the articles' names and ``under_total`` right under
    it, level with those names past their codes."""
    return "\n".join([
        "Begrotingsstaat van het Ministerie van Infrastructuur (XII) voor het jaar 2021",
        "(bedragen x € 1.000)",
        "",
        "Art. Omschrijving                              Verplichtingen     Uitgaven  Ontvangsten",
        "       Totaal                                       8.412.300    8.102.950      412.800",
        f"         {under_total}",
        "11       Integraal waterbeheer                      1.204.100    1.190.400       12.300",
        "13       Bodem en ondergrond                          112.800      108.650        1.500",
        "14       Wegen en verkeersveiligheid                6.240.000    6.001.200      390.000",
        "         Niet-beleidsartikelen",
        "97       Aflopende regelingen                           5.400        2.700            0",
        "98       Apparaat                                     850.000      800.000        9.000",
    ])  # fmt: skip


def test_a_heading_under_a_total_set_left_of_the_names_stands_level_with_its_rows() -> None:
    """The total printed a little left of the names, the heading under it level with the
    names of the coded rows under it: its rows stand at its indent, as a heading's do, so
    it heads them and the second heading at that indent is one too. Before, the first was
    joined to the total's label ("Totaal Beleidsartikelen") as the rest of it, and the
    second to the last article's name."""
    _tables, cells, _warnings = read_text(_staat_total_left("Beleidsartikelen"))
    parents = row_parents(cells)
    assert "Totaal" in parents
    assert parents["11 Integraal waterbeheer"] == "Beleidsartikelen"
    assert parents["14 Wegen en verkeersveiligheid"] == "Beleidsartikelen"
    assert parents["98 Apparaat"] == "Niet-beleidsartikelen"


def test_a_total_s_rest_in_lower_case_level_with_the_names_stays_its_label() -> None:
    """The same line under the total opening in lower case: the rest of the total's
    label, wrapped, no heading, wherever it stands."""
    _tables, cells, _warnings = read_text(_staat_total_left("en agentschappen"))
    labels = {c["row_label"] for c in cells}
    assert "Totaal en agentschappen" in labels


def _chapters_total_left(last_line: str) -> str:
    """A table of net spending per budget chapter printed by a PDF's layout text: the
    chapters coded by Roman numerals, maybe lettered, and the funds by a letter, the total
    set a character left of the names, "Begrotingen" right under it level with the names
    past their codes, and ``last_line`` right under the last chapter."""
    return "\n".join([
        "Tabel 4.1 Netto-uitgaven per hoofdstuk (bedragen x € 1 mln)",
        "",
        "         Hoofdstuk                                 Ontwerpbegroting   Voorjaarsnota",
        "        Totaal                                               51.300          52.010",
        "         Begrotingen",
        " IIB     Raad van State                                         120             124",
        " IV      Koninkrijksrelaties                                    480             502",
        " VIII    Onderwijs, Cultuur en Wetenschap                     5.600           5.734",
        last_line,
        " B       Provinciefonds                                       3.900           3.950",
        " C       Gemeentefonds                                       41.200          41.700",
    ])  # fmt: skip


def test_headings_under_a_total_over_rows_coded_by_roman_numerals_and_letters() -> None:
    """Chapters coded by Roman numerals ("IV", "IIB") and funds by a letter ("B") are
    rows opening with a code as numbered articles are: the line under the total, level
    with the names past those codes, is a heading of the rows under it, and the line at
    the names' start under the last chapter is the next heading. Before, the first was
    joined to the total's label ("Totaal Begrotingen") and the second to the last
    chapter's name, every row under the total."""
    _tables, cells, _warnings = read_text(_chapters_total_left("         Begrotingsfondsen"))
    parents = row_parents(cells)
    assert "Totaal" in parents
    assert parents["IV Koninkrijksrelaties"] == "Begrotingen"
    assert parents["VIII Onderwijs, Cultuur en Wetenschap"] == "Begrotingen"
    assert parents["B Provinciefonds"] == "Begrotingsfondsen"


def test_a_lower_case_line_under_a_chapter_coded_by_a_roman_numeral_stays_its_name() -> None:
    """The line under the last chapter opening in lower case, at the names' start: the
    rest of that chapter's name, wrapped, no heading."""
    _tables, cells, _warnings = read_text(_chapters_total_left("         en Sport"))
    labels = {c["row_label"] for c in cells}
    assert "VIII Onderwijs, Cultuur en Wetenschap en Sport" in labels


def _staat_names_bottom_aligned(first_name: str) -> str:
    """A begrotingsstaat printed by a PDF's layout text with its cells aligned at their
    bottom: the total first, set a character left of the names, then ``first_name`` right
    under it at the names' start past the codes, over the first article ("14  en
    ruimtelijke ordening"), and an article lower down whose name wraps the same way, its
    code and values on its last line."""
    return "\n".join([
        "Begrotingsstaat van het Ministerie van Binnenlandse Zaken (VII) voor het jaar 2027",
        "(bedragen x € 1.000)",
        "",
        " Art.   Omschrijving                            Verplichtingen     Uitgaven  Ontvangsten",
        "       Totaal                                        4.310.500    4.209.900       61.200",
        first_name,
        " 14     en ruimtelijke ordening                      2.950.000    2.900.100       41.000",
        " 16     Openbaar bestuur                               610.300      575.600        6.200",
        "        Arbeidszaken en personeelsbeleid",
        " 18     publieke sector                                350.200      334.200        9.000",
        " 98     Apparaat kerndepartement                       400.000      400.000        5.000",
    ])  # fmt: skip


def test_a_name_wrapped_over_a_coded_row_printing_its_values_below_is_that_rows() -> None:
    """A line at the names' start right over a coded row whose name goes on in lower case
    is the first line of that row's name, its code and values printed on the last (cells
    aligned at their bottom), even right under the total: no heading of the rows under it
    and no rest of the total's label. Its code heads the whole name ("14 Volkshuisvesting
    en ruimtelijke ordening"), also where the first line cannot end a label ("18
    Arbeidszaken en ..."). Before, the first line headed every article as the total's
    child, and the code stood inside the name."""
    text = _staat_names_bottom_aligned("        Volkshuisvesting")
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["14 Volkshuisvesting en ruimtelijke ordening"] == "Totaal"
    assert parents["16 Openbaar bestuur"] == "Totaal"
    assert parents["18 Arbeidszaken en personeelsbeleid publieke sector"] == "Totaal"
    assert parents["Totaal"] is None


def test_a_heading_over_coded_rows_whose_names_open_as_names_do_stays_a_heading() -> None:
    """The near form: the row under the line opens its name with a capital ("14  Wonen en
    ruimtelijke ordening"): the line is a heading of the articles under it, as before."""
    text = _staat_names_bottom_aligned("        Beleidsartikelen").replace(
        " 14     en ruimtelijke ordening    ", " 14     Wonen en ruimtelijke ordening"
    )
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["14 Wonen en ruimtelijke ordening"] == "Beleidsartikelen"
    assert parents["16 Openbaar bestuur"] == "Beleidsartikelen"


def _article_with_codes(indent: int) -> str:
    """A suppletoire begroting's article table as ``pdftotext -layout`` prints it: a code
    column ("Art.") left of the names, the top rows set in at the names' corner, the
    instruments' headings set in ``indent`` spaces (value-less lines), each under a row and
    over coded rows ("7.1" / "<naam>" / values) whose names stand further right."""
    ends = (60, 72, 84)

    def row(code: str, name: str, *values: str) -> str:
        return printed(f"{code:<10}{name}" if code else f"      {name}", ends, *values)

    return "\n".join(
        [
            "Tabel 7.1 Budgettaire gevolgen van beleid artikel 7 (bedragen x € 1.000)",
            printed("", ends, "Begroting", "Mutatie", "Stand"),
            printed("Art.  Omschrijving", ends, "(1)", "(2)", "(3)=(1)+(2)"),
            row("", "Uitgaven", "85.400", "– 2.100", "83.300"),
            " " * indent + "Subsidies",
            row("7.1", "Regeling innovatieve zorg", "20.400", "– 2.500", "17.900"),
            " " * indent + "Opdrachten",
            row("7.2", "Onderzoek en monitoring", "65.000", "400", "65.400"),
            row("", "Ontvangsten", "1.200", "", "1.200"),
        ]
    )


def test_headings_set_in_between_the_code_and_the_names_head_the_coded_rows() -> None:
    """Each instrument's heading stands one space past the top rows' names and left of the
    coded rows' names: the next row's code at the margin left of it makes no row stand left
    of the heading; it heads the rows under it, no end of the label above ("Uitgaven
    Subsidies", "Regeling innovatieve zorg Opdrachten")."""
    _tables, cells, _warnings = read_text(_article_with_codes(7))
    parents = row_parents(cells)
    assert parents["7.1 Regeling innovatieve zorg"] == "Subsidies"
    assert parents["7.2 Onderzoek en monitoring"] == "Opdrachten"
    assert cell_grid(cells)[("Uitgaven", "Begroting (1)")] == "85.400"


def test_a_line_under_a_coded_name_past_where_the_next_name_starts_goes_on_the_name() -> None:
    """The near form: a line without values under a row's name, set in further than the next
    coded row's name, is the rest of that name, wrapped: a heading would stand left of the
    names it heads."""
    ends = (60, 72, 84)
    text = "\n".join(
        [
            "Tabel 7.2 Budgettaire gevolgen van beleid artikel 7 (bedragen x € 1.000)",
            printed("", ends, "Begroting", "Mutatie", "Stand"),
            printed("Art.  Omschrijving", ends, "(1)", "(2)", "(3)=(1)+(2)"),
            printed("      Uitgaven", ends, "85.400", "– 2.100", "83.300"),
            printed("7.1       Bijdrage aan de provincie", ends, "20.400", "– 2.500", "17.900"),
            "            Zuid-Holland",
            printed("7.2       Onderzoek en monitoring", ends, "65.000", "400", "65.400"),
        ]
    )
    _tables, cells, _warnings = read_text(text)
    labels = {c["row_label"] for c in cells}
    assert "7.1 Bijdrage aan de provincie Zuid-Holland" in labels
