"""Tests of naming groups of columns from the line above (``tables_column_groups``)."""

from __future__ import annotations

import pytest
from table_texts import cell_grid, read_text


@pytest.mark.parametrize("gap", [" ", "    "])
def test_group_headings_over_repeated_years_name_their_columns(gap: str) -> None:
    """b12 printed one row per line: "Realisatie Vastgestelde begroting Verschil" over
    "2012 2013 2014 2016 2016 2016". Three columns headed "2016" were one label; each leaf
    takes its group's name, the group line heads no rows."""
    text = "\n".join(
        [
            "Tabel 2 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
            gap.join(["Realisatie", "Vastgestelde begroting", "Verschil"]),
            "2013 2014 2016 2016 2016",
            "Verplichtingen 1.552.656 1.295.704 1.450.000 1.500.000 - 50.000",
            "Uitgaven 1.552.656 1.295.704 1.440.000 1.480.000 - 40.000",
        ]
    )
    [table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Uitgaven", "Realisatie 2014")] == "1.295.704"
    assert grid[("Uitgaven", "Vastgestelde begroting 2016")] == "1.480.000"
    assert grid[("Verplichtingen", "Verschil 2016")] == "- 50.000"
    assert table["column_count"] == 5
    assert {c["row_group"] for c in cells} == {None}


def test_a_line_of_one_word_per_column_above_the_years_names_them() -> None:
    """A provincial budget's PDF prints "Rekening Begroting Begroting Raming" over the
    years: each word heads its column ("Rekening 2023"); they were read as a group of rows
    and realisation could not be told from budget."""
    text = "\n".join([
        "Programma 2 Natuur",
        "Rekening Begroting Begroting Raming",
        "(bedragen x € 1.000) 2023 2024 2025 2026",
        "Natuurbeheer 10.200 11.000 11.500 11.900",
        "Soortenbescherming 3.100 3.300 3.400 3.400",
        "Totaal lasten 13.300 14.300 14.900 15.300",
    ])  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Natuurbeheer", "Rekening 2023")] == "10.200"
    assert grid[("Soortenbescherming", "Begroting 2025")] == "3.400"
    assert grid[("Totaal lasten", "Raming 2026")] == "15.300"


def test_a_group_heading_drawn_between_dashes_names_no_single_column() -> None:
    """A heading drawn between rule dashes ("------ Baten ------") spans the columns under
    it: with the code's and the labels' headings beside it, its line parts into as many
    names as there are columns, but none of them is one column's name ("Code Realisatie
    2023" was stored); the years' own words head them."""
    text = "\n".join([
        "Overzicht baten per taakveld (bedragen x € 1.000)",
        "",
        "Code  Taakveld                        =========== Baten ===========",
        "                                      Realisatie  Begroting  Raming",
        "                                            2023       2024    2025",
        "0.1   Bestuur                              1.250      1.310   1.340",
        "0.2   Burgerzaken                            845        870     905",
        "2.1   Verkeer en vervoer                   3.410      3.520   3.600",
        "      Totaal baten                         5.505      5.700   5.845",
    ])  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {
        "Realisatie 2023",
        "Begroting 2024",
        "Raming 2025",
    }
    grid = cell_grid(cells)
    assert grid[("0.2 Burgerzaken", "Begroting 2024")] == "870"


def _laid_out(*runs: tuple[int, str]) -> str:
    """A line of a PDF's layout text: each run of words starting at its column."""
    line = ""
    for column, text in runs:
        line = f"{line:<{column}}{text}"
    return line


def _row(label: str, *values: str) -> str:
    """A row under nine columns of 16 characters each, its values flush right."""
    return f"{label:<31}" + "".join(f"{value:>16}" for value in values)


def test_a_wide_verantwoordingsstaat_names_its_three_groups_and_their_numbers() -> None:
    """A jaarverslag's verantwoordingsstaat printed by a PDF's layout text: nine columns
    under three numbered groups, "(3) = (2) – (1)" over the Verschil. The line of group
    names is wider than a label (its padding is the columns' room) and the spaced formula's
    dash was read as a nil cell, so both lines were taken for the title and every column
    kept its leaf alone ("Uitgaven" three times)."""
    leaves = ("Verplichtingen", "Uitgaven", "Ontvangsten")
    text = "\n".join([
        "Departementale verantwoordingsstaat 2013 van het Ministerie van Financiën (IXB)"
        " (bedragen x € 1 000)",
        "",
        _laid_out((36, "(1)"), (84, "(2)"), (132, "(3) = (2) – (1)")),
        _laid_out((36, "Vastgestelde begroting"), (84, "Realisatie"),
                  (132, "Verschil realisatie en vastgestelde")),
        _laid_out((132, "begroting")),
        _row("Art. Omschrijving", *leaves * 3),
        "",
        _row("     Totaal", "812 400", "809 100", "95 300", "790 210", "801 640", "97 020",
             "–22 190", "–7 460", "1 720"),
        _row("1    Belastingen", "512 400", "509 100", "80 300", "498 010", "503 240", "81 920",
             "–14 390", "–5 860", "1 620"),
        _row("2    Financiering staatsschuld", "300 000", "300 000", "15 000", "292 200",
             "298 400", "15 100", "–7 800", "–1 600", "100"),
    ])  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("1 Belastingen", "(1) Vastgestelde begroting Uitgaven")] == "509 100"
    assert grid[("1 Belastingen", "(2) Realisatie Verplichtingen")] == "498 010"
    verschil = "(3) = (2) – (1) Verschil realisatie en vastgestelde begroting"
    assert grid[("2 Financiering staatsschuld", f"{verschil} Ontvangsten")] == "100"
    assert grid[("Totaal", f"{verschil} Uitgaven")] == "–7 460"


def _staat(*head: str) -> str:
    """A verantwoordingsstaat's layout text: its title and unit on two lines, the lines
    ``head`` over the leaves printed three times, and two rows."""
    leaves = ("Verplichtingen", "Uitgaven", "Ontvangsten")
    return "\n".join([
        "Departementale verantwoordingsstaat 2021 van het Ministerie van Financiën (IXB)",
        "(bedragen x € 1.000)",
        "",
        *head,
        _row("Art. Omschrijving", *leaves * 3),
        _row("     Totaal", "812.400", "809.100", "95.300", "790.210", "801.640", "97.020",
             "– 22.190", "– 7.460", "1.720"),
        _row("1    Belastingen", "512.400", "509.100", "80.300", "498.010", "503.240",
             "81.920", "– 14.390", "– 5.860", "1.620"),
    ])  # fmt: skip


def test_group_names_wrapped_under_their_first_line_name_their_columns() -> None:
    """A verantwoordingsstaat's layout text prints the groups' numbers on a line of their
    own ("(1)  (2)  (3)=(2)-(1)"), then a line of a run for each name, then two lines going
    on with some names ("begroting" under the first, "oorspronkelijk vastgestelde" and
    "begroting" under the third): four lines over the leaves. Each run joins the name it
    stands over, the numbers number them; the numbers' line was read as the title and
    the names as none, so every column was named by its leaf alone."""
    text = _staat(
        _laid_out((47, "(1)"), (85, "(2)"), (114, "(3)=(2)-(1)")),
        _laid_out((38, "Oorspronkelijk vastgestelde"), (76, "Realisatie"),
                  (114, "Verschil realisatie en")),
        _laid_out((38, "begroting"), (114, "oorspronkelijk vastgestelde")),
        _laid_out((114, "begroting")),
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    first = "(1) Oorspronkelijk vastgestelde begroting"
    assert grid[("1 Belastingen", f"{first} Uitgaven")] == "509.100"
    assert grid[("Totaal", "(2) Realisatie Ontvangsten")] == "97.020"
    verschil = "(3)=(2)-(1) Verschil realisatie en oorspronkelijk vastgestelde begroting"
    assert grid[("1 Belastingen", f"{verschil} Verplichtingen")] == "– 14.390"


def test_a_line_of_words_over_three_lines_of_names_numbers_no_group() -> None:
    """The near form: over the three lines of names a line of words, no numbers alone,
    stays out of the column labels (the table's, not the groups'), numbering none."""
    text = _staat(
        _laid_out((38, "Stand per 31 december")),
        _laid_out((38, "Oorspronkelijk vastgestelde"), (76, "Realisatie"),
                  (114, "Verschil realisatie en")),
        _laid_out((38, "begroting"), (114, "oorspronkelijk vastgestelde")),
        _laid_out((114, "begroting")),
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    labels = {c["column_label"] for c in cells}
    assert not any("Stand" in label or label.startswith("(") for label in labels)


def test_a_wrapped_run_under_two_names_leaves_the_leaves_as_printed() -> None:
    """The near form: a run under the line of names that stands over two of them tells
    which name it goes on with no more than none: the leaves stay as printed."""
    text = _staat(
        _laid_out((38, "Oorspronkelijk vastgestelde"), (76, "Realisatie"),
                  (114, "Verschil realisatie en")),
        _laid_out((60, "begroting en realisatie"), (114, "oorspronkelijk vastgestelde")),
        _laid_out((114, "begroting")),
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {"Verplichtingen", "Uitgaven", "Ontvangsten"}


def test_group_names_printed_over_lines_one_space_apart_name_their_columns() -> None:
    """A text layer without padding prints the group names' first lines side by side and
    a name's next word on a line of its own ("Realisatie Vastgestelde" / "begroting" /
    "Verschil") over years that repeat: the lines read on, parted before each capital,
    name the three groups, and each year takes its group's name."""
    text = "\n".join([
        "Tabel 4 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
        "Realisatie Vastgestelde",
        "begroting",
        "Verschil",
        "2019 2020 2021 2021 2021",
        "Verplichtingen 1.210 1.340 1.420 1.350 70",
        "Uitgaven 1.190 1.310 1.400 1.330 70",
    ])  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Verplichtingen", "Realisatie 2020")] == "1.340"
    assert grid[("Uitgaven", "Realisatie 2021")] == "1.400"
    assert grid[("Uitgaven", "Vastgestelde begroting 2021")] == "1.330"
    assert grid[("Verplichtingen", "Verschil 2021")] == "70"


def test_lines_parting_into_more_names_than_groups_leave_the_years_as_printed() -> None:
    """Lines whose words part into more names than the years make groups ("Realisatie" /
    "Vastgestelde begroting" / "Na Wijziging" / "Verschil" over three groups) tell no
    group's name: the years stay as printed."""
    text = "\n".join([
        "Tabel 4 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
        "Realisatie Vastgestelde",
        "begroting Na Wijziging",
        "Verschil",
        "2019 2020 2021 2021 2021",
        "Verplichtingen 1.210 1.340 1.420 1.350 70",
        "Uitgaven 1.190 1.310 1.400 1.330 70",
    ])  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert {c["column_label"] for c in cells} <= {"2019", "2020", "2021"}


def test_the_labels_heading_before_the_words_of_each_column_is_the_corner() -> None:
    """The labels' heading printed on the line of the columns' names, one space apart
    ("Algemene middelen Rekening Begroting Raming Raming" over four years): one name more
    than columns, each after the first a word, so the first heads the labels and the
    others the columns ("Rekening 2022")."""
    text = "\n".join([
        "Tabel 6 Overzicht algemene middelen",
        "(bedragen x € 1.000)",
        "Algemene middelen Rekening Begroting Raming Raming",
        "2022 2023 2024 2025",
        "Provinciefonds 102.744 106.318 109.902 111.270",
        "Dividenden 11.208 8.500 6.300 6.300",
        "Totaal algemene middelen 113.952 114.818 116.202 117.570",
    ])  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Provinciefonds", "Rekening 2022")] == "102.744"
    assert grid[("Dividenden", "Begroting 2023")] == "8.500"
    assert grid[("Totaal algemene middelen", "Raming 2025")] == "117.570"


def test_one_name_more_than_columns_with_a_name_of_several_words_names_none() -> None:
    """One name more than columns where a name after the first holds several words
    ("Begroting na wijziging"): which name is the corner the words do not tell, so the
    years stay as printed."""
    text = "\n".join([
        "Tabel 6 Overzicht algemene middelen",
        "(bedragen x € 1.000)",
        "Algemene middelen Rekening Begroting na wijziging Raming Raming",
        "2022 2023 2024 2025",
        "Provinciefonds 102.744 106.318 109.902 111.270",
        "Dividenden 11.208 8.500 6.300 6.300",
        "Totaal algemene middelen 113.952 114.818 116.202 117.570",
    ])  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert {c["column_label"] for c in cells} == {"2022", "2023", "2024", "2025"}


def _staat_row(label: str, *values: str) -> str:
    """A row of a begrotingsstaat: the code and the label, then six columns of 16."""
    return f"{label:<40}" + "".join(f"{value:>16}" for value in values)


def test_the_corners_headings_beside_the_groups_names_name_no_group() -> None:
    """A begrotingsstaat prints the code's and the labels' headings on the line of the
    groups' names ("Art.   Omschrijving   Vastgestelde begroting   Mutaties (+ of –) 1e
    suppletoire", the last wrapped onto the next line) over leaves printed under each
    group: the runs over the labels are the corner, the other two name the groups."""
    leaves = ("Verplichtingen", "Uitgaven", "Ontvangsten")
    text = "\n".join([
        "Wijziging van de begrotingsstaat voor het jaar 2010 (bedragen x € 1 000)",
        f"{'Art.   Omschrijving':<44}{'Vastgestelde begroting':<48}"
        "Mutaties (+ of –) 1e suppletoire",
        " " * 92 + "begroting",
        _staat_row("", *leaves * 2),
        "",
        _staat_row("       Totaal", "5 200", "5 100", "300", "120", "110", "10"),
        _staat_row("  1    Internationale orde", "3 000", "2 900", "200", "100", "90", "10"),
        _staat_row("  2    Veiligheid", "2 200", "2 200", "100", "20", "20", "0"),
    ])  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("1 Internationale orde", "Vastgestelde begroting Uitgaven")] == "2 900"
    mutaties = "Mutaties (+ of –) 1e suppletoire begroting"
    assert grid[("2 Veiligheid", f"{mutaties} Verplichtingen")] == "20"
    assert grid[("Totaal", f"{mutaties} Ontvangsten")] == "10"


def test_names_over_the_columns_more_than_the_groups_beside_the_corner_name_none() -> None:
    """Beside the corner's headings, three names over two groups of leaves: which leaves
    each names the line does not tell, so the leaves stay as printed."""
    leaves = ("Verplichtingen", "Uitgaven", "Ontvangsten")
    text = "\n".join([
        "Wijziging van de begrotingsstaat voor het jaar 2010 (bedragen x € 1 000)",
        f"{'Art.   Omschrijving':<44}{'Vastgestelde begroting':<48}Mutaties      Nieuwe stand",
        _staat_row("", *leaves * 2),
        "",
        _staat_row("       Totaal", "5 200", "5 100", "300", "120", "110", "10"),
        _staat_row("  1    Internationale orde", "3 000", "2 900", "200", "100", "90", "10"),
        _staat_row("  2    Veiligheid", "2 200", "2 200", "100", "20", "20", "0"),
    ])  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert not any("Vastgestelde" in c["column_label"] for c in cells)


def test_group_names_each_opening_with_their_number_on_one_line_name_their_columns() -> None:
    """A plain text layer prints the corner and both numbered group names on one line one
    space apart ("Art. Omschrijving (1) Vastgestelde begroting (2) Mutaties (+ of –) 1e
    suppletoire begroting") over the leaves twice. Parted before each capital it gave four
    names for two groups, and the repeated leaves stayed bare; each name runs from its
    number to the next, the corner's words before the first name no group."""
    text = "\n".join(
        [
            "Wijziging van de begrotingsstaat (bedragen x € 1.000)",
            "Art. Omschrijving (1) Vastgestelde begroting (2) Mutaties (+ of –) 1e suppletoire "
            "begroting",
            "Verplichtingen Uitgaven Ontvangsten Verplichtingen Uitgaven Ontvangsten",
            "Totaal 3.913.864 3.903.422 2.803.834 39.810 20.404 7.310",
            "1 Woningmarkt 2.137.518 2.137.518 8.000 5.000 5.000 0",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Totaal", "(1) Vastgestelde begroting Uitgaven")] == "3.903.422"
    want = "(2) Mutaties (+ of –) 1e suppletoire begroting Ontvangsten"
    assert grid[("Totaal", want)] == "7.310"


def test_numbers_inside_a_name_that_do_not_count_the_groups_part_nothing() -> None:
    """The near form: a line one space apart whose bracketed numbers do not open one name
    each, counting from 1 ("Mutaties (2) Stand (3)" over two groups) is not parted at them;
    the repeated leaves stay as printed."""
    text = "\n".join(
        [
            "Tabel 3 Mutaties (bedragen x € 1.000)",
            "Art. Omschrijving Mutaties (2) Stand (3)",
            "Verplichtingen Uitgaven Verplichtingen Uitgaven",
            "Totaal 3.913.864 3.903.422 39.810 20.404",
            "1 Woningmarkt 2.137.518 2.137.518 5.000 5.000",
        ]
    )
    _tables, cells, _warnings = read_text(text)
    assert not any(c["column_label"].startswith("(") for c in cells)


def _three_groups(groups: str) -> str:
    return "\n".join(
        [
            "Nr. 1 VOORSTEL VAN WET",
            "Wijziging van de begrotingsstaat van het Gemeentefonds (bedragen x € 1.000)",
            groups,
            " ".join(["Verplichtingen Uitgaven Ontvangsten"] * 3),
            "Totaal 36.743.285 36.743.285 36.741.575 715.540 715.540 715.540 -160.970 "
            "-160.970 -161.095",
            "1 Algemene uitkering 34.812.450 34.812.450 34.812.450 612.300 612.300 612.300 "
            "-184.210 -184.210 -184.210",
        ]
    )


def test_three_numbered_group_names_on_a_line_longer_than_a_heading_name_their_columns() -> None:
    """A begrotingsstaat of three groups printed without layout: the corner and the three
    numbered names on one line, longer than any one heading line may be ("Art. Omschrijving
    (1) Vastgestelde begroting (2) Mutaties 1e suppletoire begroting (3) Mutaties 2e
    suppletoire begroting"). Each name is as short as a heading, and the line heads the
    leaves; it was not read as a line of groups at all, and the leaves stayed bare. The
    title is the line naming the table beside its unit, not the line above it."""
    groups = (
        "Art. Omschrijving (1) Vastgestelde begroting (2) Mutaties 1e suppletoire begroting "
        "(3) Mutaties 2e suppletoire begroting"
    )
    [table], cells, _warnings = read_text(_three_groups(groups))
    grid = cell_grid(cells)
    assert grid[("Totaal", "(1) Vastgestelde begroting Ontvangsten")] == "36.741.575"
    assert grid[("1 Algemene uitkering", "(3) Mutaties 2e suppletoire begroting Uitgaven")] == (
        "-184.210"
    )
    assert table["title"].startswith("Wijziging van de begrotingsstaat")


def test_a_long_line_whose_numbers_do_not_count_from_one_names_no_groups() -> None:
    """The near form: as long a line over the same leaves whose bracketed numbers do not
    open names counting from 1 ("(2) ... (3) ... (4)") is no line of groups: the leaves
    stay as printed."""
    groups = (
        "Art. Omschrijving (2) Vastgestelde begroting (3) Mutaties 1e suppletoire begroting "
        "(4) Mutaties 2e suppletoire begroting"
    )
    _tables, cells, _warnings = read_text(_three_groups(groups))
    assert not any(c["column_label"].startswith("(") for c in cells)


def test_names_over_the_first_headings_only_join_them_up_to_the_last_going_on() -> None:
    """A heading block printed without layout whose top line opens the first headings only
    ("Realisatie Vastgestelde" over "2023" / "begroting 2024" / "2025" ...): "begroting"
    opens in lower case, so it goes on with a name above, and the names are as many as the
    leaves up to it: one each, in turn ("Realisatie 2023", "Vastgestelde begroting 2024"),
    the later years bare. Read as a group of rows, the line named no column."""
    text = "\n".join([
        "Tabel 9 Kasstroomoverzicht van het agentschap (bedragen x € 1.000)",
        "Realisatie Vastgestelde",
        "2023 begroting 2024 2025 2026 2027",
        "1. Rekening courant RHB 1 januari 12.400 10.300 9.800 9.100 8.700",
        "2. Totaal operationele kasstroom 6.200 6.100 6.300 6.300 6.400",
    ])  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert [c["column_label"] for c in cells[:5]] == [
        "Realisatie 2023", "Vastgestelde begroting 2024", "2025", "2026", "2027",
    ]  # fmt: skip
    assert {c["row_group"] for c in cells} == {None}


@pytest.mark.parametrize(
    "top",
    [
        # three names over the two leaves up to the last opening in lower case: which later
        # year the third heads is not told
        "Realisatie Vastgestelde Raming",
        "Agentschap Rijksvastgoed",  # a name over the table, no heading's first line
        "Realisatie Raming",  # a stage's name over "begroting 2024", a heading of its own
    ],
)
def test_names_that_open_no_heading_of_their_leaves_leave_them_as_printed(top: str) -> None:
    """Parted at its capitals, a line above names the leaves up to the last going on in
    lower case only where its parts are as many as those leaves and each opens its leaf's
    heading: a stage ("Realisatie") over a year alone, an adjective inflected before its
    noun ("Vastgestelde") over the rest of a heading. A name over the table gave "Agentschap
    2023" and "Rijksvastgoed begroting 2024"; "Raming" over "begroting 2024" gave "Raming
    begroting 2024". The leaves stay as printed, the line a group of the rows, every cell
    still found."""
    text = "\n".join([
        "Tabel 9 Kasstroomoverzicht van het agentschap (bedragen x € 1.000)",
        top,
        "2023 begroting 2024 2025 2026 2027",
        "1. Rekening courant RHB 1 januari 12.400 10.300 9.800 9.100 8.700",
        "2. Totaal operationele kasstroom 6.200 6.100 6.300 6.300 6.400",
    ])  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert [c["column_label"] for c in cells[:5]] == [
        "2023", "begroting 2024", "2025", "2026", "2027",
    ]  # fmt: skip
    assert len(cells) == 10


@pytest.mark.parametrize(
    ("last", "leaves"),
    [
        ("2023 realisatie 2024 2025 2026 2027", ["2023 realisatie", "2024", "2025"]),
        ("2023 werkelijk 2024 geraamd 2025 2026 2027", ["2023 werkelijk", "2024 geraamd", "2025"]),
    ],
)
def test_words_in_lower_case_after_a_year_with_no_line_above_close_that_year(
    last: str, leaves: list[str]
) -> None:
    """A heading line right under the caption with words in lower case after a year: no
    line above opens a heading they could go on with, and a heading never opens in lower
    case, so they close the year before them ("2023 realisatie"; they were read with the
    year after them, "realisatie 2024", each qualifier shifted a year)."""
    text = "\n".join([
        "Tabel 9 Kasstroomoverzicht van het agentschap (bedragen x € 1.000)",
        last,
        "1. Rekening courant RHB 1 januari 12.400 10.300 9.800 9.100 8.700",
        "2. Totaal operationele kasstroom 6.200 6.100 6.300 6.300 6.400",
    ])  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert [c["column_label"] for c in cells[:3]] == leaves
    assert len(cells) == 10


def test_a_word_in_lower_case_on_a_line_above_its_year_stays_with_that_year() -> None:
    """The near form: a word printed over one year of a padded heading ("ontwerp" over
    1997) is that year's heading's first line, not a word after the year before it."""
    text = "\n".join([
        "Tabel 3.1 Ontwikkeling netto-uitgaven (in mld. gulden)",
        "",
        "                                         ontwerp",
        "                                1996      1997      1998",
        "",
        "Sociale zekerheid                1,3       1,6       0,9",
        "Onderwijs                        0,5       0,6       0,4",
    ])  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    assert [c["column_label"] for c in cells[:3]] == ["1996", "ontwerp 1997", "1998"]


def _numbered_staat(leaves: tuple[str, ...]) -> str:
    """A begrotingsstaat's layout text: two groups' names, the second wrapped onto a line
    of its own, over the six leaves ``leaves``, a column number under each."""
    return "\n".join([
        "Wijziging van de begrotingsstaat van het Ministerie van Financiën (IXB) voor het"
        " jaar 2024",
        "(bedragen x € 1.000)",
        "",
        _laid_out((54, "Vastgestelde begroting"), (102, "Mutaties (+ of –) 1e suppletoire")),
        _laid_out((114, "begroting")),
        _staat_row("Art. Omschrijving", *leaves),
        _staat_row("", *(f"({k})" for k in range(1, 7))),
        "",
        _staat_row("     Totaal", "812.400", "809.100", "95.300", "– 2.210", "1.640", "720"),
        _staat_row("1    Belastingen", "512.400", "509.100", "80.300", "– 1.010", "3.240", "920"),
    ])  # fmt: skip


def test_groups_over_leaves_numbered_under_them_name_their_columns() -> None:
    """The leaves each group repeats, each numbered on the line under them ("(1)" ...
    "(6)"), under names one of which is wrapped onto a second line: the numbers made
    every leaf unlike the others ("Verplichtingen (1)", "Verplichtingen (4)"), so no group
    was read and the names were lost. The groups are read from the leaves without their
    numbers, and each column keeps its number."""
    leaves = ("Verplichtingen", "Uitgaven", "Ontvangsten")
    _tables, cells, _warnings = read_text(_numbered_staat(leaves * 2))
    grid = cell_grid(cells)
    assert grid[("Totaal", "Vastgestelde begroting Verplichtingen (1)")] == "812.400"
    mutaties = "Mutaties (+ of –) 1e suppletoire begroting"
    assert grid[("1 Belastingen", f"{mutaties} Uitgaven (5)")] == "3.240"
    assert grid[("Totaal", f"{mutaties} Ontvangsten (6)")] == "720"


def test_names_over_numbered_leaves_that_do_not_repeat_name_no_group() -> None:
    """The near form: six leaves each printed once, numbered under them: nothing says the
    lines above name groups of them, so no column takes their names."""
    leaves = ("Verplichtingen", "Uitgaven", "Ontvangsten", "Baten", "Lasten", "Saldo")
    _tables, cells, _warnings = read_text(_numbered_staat(leaves))
    labels = {c["column_label"] for c in cells}
    assert len(labels) == 6
    assert not any("Vastgestelde" in label or "Mutaties" in label for label in labels)


def _numbers_a_line(*head: str) -> str:
    """A begrotingsstaat's plain text layer (no padding): its caption, the lines ``head``
    naming the groups, the leaves twice, and two rows."""
    return "\n".join([
        "Wijziging van de begrotingsstaat van het Ministerie van Sport (XVI) voor het jaar 2022",
        "(wijziging samenhangende met de Voorjaarsnota) (bedragen x € 1.000)",
        "Art. Omschrijving",
        *head,
        "Verplichtingen Uitgaven Ontvangsten Verplichtingen Uitgaven Ontvangsten",
        "Totaal 9.555.411 9.379.752 203.514 2.881.717 2.778.760 310.650",
        "1 Volksgezondheid 1.904.512 1.872.309 9.215 412.006 398.740 1.200",
    ])  # fmt: skip


def test_a_group_number_on_a_line_of_its_own_above_each_name_numbers_that_name() -> None:
    """Each group's number printed on a line of its own above its name ("(1)" /
    "Vastgestelde begroting" / "(2)" / "Mutaties (+ of –) 1e suppletoire begroting"): the
    numbers are no lines of names (three of those at most above a heading line), and each
    opens the name under it. Before, the walk up stopped short of "(1)", which was taken
    for the table's title, and "(2)" closed the name above it ("Vastgestelde begroting (2)
    Verplichtingen")."""
    text = _numbers_a_line(
        "(1)", "Vastgestelde begroting", "(2)", "Mutaties (+ of –) 1e suppletoire begroting"
    )
    [table], cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Totaal", "(1) Vastgestelde begroting Uitgaven")] == "9.379.752"
    want = "(2) Mutaties (+ of –) 1e suppletoire begroting Ontvangsten"
    assert grid[("1 Volksgezondheid", want)] == "1.200"
    assert table["title"].startswith("Wijziging van de begrotingsstaat")


def test_a_group_number_on_a_line_of_its_own_under_each_name_stays_that_names() -> None:
    """Each number printed under its name instead ("Vastgestelde begroting" / "(1)" / ...):
    the names open with words, and a number after a name is that name's. Before, the walk
    up stopped short of the first name, which was taken for the table's title, and the
    leaves stayed bare."""
    text = _numbers_a_line(
        "Vastgestelde begroting", "(1)", "Mutaties (+ of –) 1e suppletoire begroting", "(2)"
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Totaal", "Vastgestelde begroting (1) Uitgaven")] == "9.379.752"
    want = "Mutaties (+ of –) 1e suppletoire begroting (2) Ontvangsten"
    assert grid[("1 Volksgezondheid", want)] == "1.200"


def test_a_number_under_the_first_name_only_stays_that_names() -> None:
    """The near form: one number, printed under the first name ("Vastgestelde begroting" /
    "(1)" / "Mutaties ..."): the names open with words, the number closes the name above
    it, read as before."""
    text = _numbers_a_line(
        "Vastgestelde begroting", "(1)", "Mutaties (+ of –) 1e suppletoire begroting"
    )
    _tables, cells, _warnings = read_text(text)
    grid = cell_grid(cells)
    assert grid[("Totaal", "Vastgestelde begroting (1) Uitgaven")] == "9.379.752"
    want = "Mutaties (+ of –) 1e suppletoire begroting Ontvangsten"
    assert grid[("1 Volksgezondheid", want)] == "1.200"
