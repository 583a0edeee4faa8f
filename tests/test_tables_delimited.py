"""Tables whose cells tabs part (``tables_delimited``): the tab fields are the cells.

An HTML table copied as text prints a tab between its cells: a label field stays whole (a
year at its end is part of it), an empty field is an empty cell in its column, and a note
column's field is a note, whatever a reading of the same lines by their spaces makes of
them. Each text is a few lines in the shape of a page, not copied from one.
"""

from __future__ import annotations

import pytest
from table_texts import cell_grid as _grid
from table_texts import read_text as _read
from table_texts import row_parents as _parents

from budgetkit.extract.tables_column_groups import leaf_groups
from budgetkit.extract.tables_delimited import _spread, _stage_printed_again, read_delimited_tables


def _tabbed(*rows: str) -> str:
    return "\n".join(rows)


def test_a_label_ending_in_a_year_is_one_tab_field() -> None:
    """A stand's build-up between tabs: the labels end in the year of their stand ("Stand
    ontwerpbegroting 2024"), the first rows leave the last column empty and the
    extrapolation fills only the last. Read by its spaces, each label's year was a first
    value, its values a column right, the rows under no total, and the row of one value
    after four empty fields was left out: more cells than the tab fields, so it won."""
    text = _tabbed(
        "Tabel 5 Opbouw uitgaven (bedragen x € 1.000)",
        "Omschrijving\t2025\t2026\t2027\t2028",
        "Stand ontwerpbegroting 2024\t36.900.000\t37.200.000\t37.600.000\t",
        "Mutaties 1e suppletoire begroting 2024\t− 86.000\t− 94.000\t− 101.000\t",
        "Nieuwe mutaties\t\t\t\t",
        "Accres\t− 214.000\t− 512.000\t− 688.000\t− 702.000",
        "Extrapolatie\t\t\t\t36.499.000",
        "Stand ontwerpbegroting 2025\t36.600.000\t36.594.000\t36.811.000\t35.797.000",
        "",
        "De mutaties worden hieronder toegelicht.",
    )
    [_table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Stand ontwerpbegroting 2024", "2025")] == "36.900.000"
    assert grid[("Stand ontwerpbegroting 2024", "2027")] == "37.600.000"
    assert ("Stand ontwerpbegroting 2024", "2028") not in grid
    assert grid[("Mutaties 1e suppletoire begroting 2024", "2026")] == "− 94.000"
    assert grid[("Extrapolatie", "2028")] == "36.499.000"
    assert "2024" not in {c["value_text"] for c in cells}
    assert len(cells) == 3 + 3 + 4 + 1 + 4
    assert _parents(cells)["Stand ontwerpbegroting 2024"] == "Stand ontwerpbegroting 2025"


def test_groups_over_years_and_a_note_column_the_year_line_leaves_out() -> None:
    """A jaarverslag's table between tabs: a line of groups, each printed once ("Realisatie"
    over five years, the span lost) and "Noot" last, over a line of years under an empty
    corner that leaves the note column out; a row leaves its first two years empty. The
    rows print a field more than the years: the note, at their end. Read as opening the
    rows, every value stood a column left; read by the spaces, the row of empty years put
    its values two columns left and its note "2" under the last year."""
    text = _tabbed(
        "Tabel 14.2 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
        "\tRealisatie\tVastgestelde begroting\tVerschil\tNoot",
        "\t2019\t2020\t2021\t2022\t2023\t2023\t2023",
        "Verplichtingen\t212\t198\t305\t246\t331\t287\t44\t1",
        "Uitgaven\t160\t198\t234\t210\t244\t214\t30\t",
        "Subsidies\t\t\t\t\t\t\t\t",
        "Fietsregeling\t\t\t18\t22\t31\t25\t6\t2",
        "Onderzoek\t4\t4\t4\t5\t5\t5\t0\t",
        "",
        "Toelichting op de financiële instrumenten",
    )
    [_table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Verplichtingen", "Realisatie 2019")] == "212"
    assert grid[("Verplichtingen", "Vastgestelde begroting 2023")] == "287"
    assert grid[("Verplichtingen", "Verschil 2023")] == "44"
    assert grid[("Fietsregeling", "Realisatie 2021")] == "18"
    assert grid[("Fietsregeling", "Verschil 2023")] == "6"
    assert ("Fietsregeling", "Realisatie 2019") not in grid
    assert len(cells) == 3 * 7 + 5
    assert _parents(cells)["Fietsregeling"] == "Subsidies"


@pytest.mark.parametrize(
    "groups", ["\tBegroting\t\tRealisatie\t", "\tBegroting\tRealisatie"], ids=["spans", "flat"]
)
def test_groups_over_repeated_years_name_their_columns(groups: str) -> None:
    """Near form: a line of groups over years under an empty corner, a span printed as
    empty fields or lost, as many fields in the rows as the years: each column its group's
    name, as before."""
    text = _tabbed(
        "Tabel 3 Uitgaven (bedragen x € 1.000)",
        groups,
        "\t2024\t2025\t2024\t2025",
        "Zorg\t900\t950\t910\t940",
        "Welzijn\t300\t320\t290\t330",
    )
    [_table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Zorg", "Begroting 2025")] == "950"
    assert grid[("Welzijn", "Realisatie 2024")] == "290"
    assert len(cells) == 8


def test_a_code_before_the_names_under_an_empty_corner_still_opens_the_rows() -> None:
    """Near form: rows one field wider than a heading with an empty corner, their second
    field a name after a code ("1<TAB>Zorg"): the field the heading leaves out opens them,
    as before, and the note column rule does not move the values."""
    text = _tabbed(
        "Uitgaven per artikel (bedragen x € 1.000)",
        "\tOmschrijving\t2024\t2025",
        "1\tZorg\t900\t950",
        "2\tWelzijn\t300\t320",
        "\tTotaal\t1.200\t1.270",
    )
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("1 Zorg", "2024")] == "900"
    assert grid[("2 Welzijn", "2025")] == "320"
    assert grid[("Totaal", "2025")] == "1.270"


def test_a_code_column_between_the_label_and_the_values_is_no_part_of_the_label() -> None:
    """A Kamerstuk's table of mutaties copied from the browser heads its article numbers
    "Art." AFTER the labels' heading: each row prints its article ("4", "alle", "div.")
    between its label and its value, an empty field on the stands and totals. The code is
    neither label nor value (an article's number, as under "Art." before the values of a
    row printed on one line): read as a column of the labels, it was glued to each label
    ("Raming uitkeringen 4", "Loonbijstelling div.")."""
    text = _tabbed(
        "Tabel 3 Suppletoire mutaties 2027 (bedragen x € 1.000)",
        "Omschrijving\tArt.\t2027",
        "Stand ontwerpbegroting 2027\talle\t5.100.000",
        "Nota van wijziging\t2\t– 2.000",
        "Stand vastgestelde begroting 2027\t\t5.098.000",
        "Mutaties Najaarsnota\t\t",
        "Raming uitkeringen\t4\t– 1.500",
        "Loonbijstelling\tdiv.\t2.500",
        "Totaal mutaties Najaarsnota\t\t1.000",
        "Stand 2e suppletoire begroting 2027\t\t5.099.000",
    )
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Stand ontwerpbegroting 2027", "2027")] == "5.100.000"
    assert grid[("Raming uitkeringen", "2027")] == "– 1.500"
    assert grid[("Loonbijstelling", "2027")] == "2.500"
    assert _parents(cells)["Raming uitkeringen"] == "Mutaties Najaarsnota"
    assert len(cells) == 7


def test_a_code_column_before_the_labels_still_opens_them() -> None:
    """Near form: "Art." heads the FIRST column, before the labels' heading: each row's
    code is printed before its name and opens its label ("4 Uitkeringen"), as before."""
    text = _tabbed(
        "Tabel 5 Uitgaven per artikel (bedragen x € 1.000)",
        "Art.\tOmschrijving\t2026\t2027",
        "4\tUitkeringen\t900\t950",
        "7\tToezicht\t300\t320",
        "\tTotaal\t1.200\t1.270",
    )
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("4 Uitkeringen", "2026")] == "900"
    assert grid[("7 Toezicht", "2027")] == "320"
    assert grid[("Totaal", "2027")] == "1.270"


def test_a_tab_table_with_a_year_column_keeps_the_years_as_labels() -> None:
    """Near form: a tab table whose first column is the year ("Jaar"): each year a row's
    label, never a value, and its figures under their headings."""
    text = _tabbed(
        "Ontwikkeling van de uitgaven (bedragen x € 1 mln)",
        "Jaar\tUitgaven\tOntvangsten\tSaldo",
        "2023\t1.200\t300\t900",
        "2024\t1.300\t350\t950",
        "2025\t1.350\t400\t950",
    )
    [_table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("2024", "Ontvangsten")] == "350"
    assert grid[("2025", "Saldo")] == "950"
    assert len(cells) == 9


def test_space_aligned_rows_whose_labels_end_in_a_year_are_not_changed() -> None:
    """Near form: the same build-up aligned by spaces, no tab: the tab rule does not apply,
    the rows read as before (the labels whole, each value under its year)."""
    text = _tabbed(
        "Tabel 5 Opbouw uitgaven (bedragen x € 1.000)",
        "Omschrijving                                 2025       2026       2027",
        "Stand ontwerpbegroting 2024                 1.000      1.100      1.200",
        "Mutaties 1e suppletoire begroting 2024         40         30         20",
        "Stand ontwerpbegroting 2025                 1.040      1.130      1.220",
    )
    _tables, cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Stand ontwerpbegroting 2024", "2025")] == "1.000"
    assert grid[("Mutaties 1e suppletoire begroting 2024", "2027")] == "20"
    assert len(cells) == 9


def test_a_single_tab_in_prose_makes_no_table() -> None:
    """Near form: one tab per line, a label and its amount in a letter or a sentence with a
    tab in it, is no tab table (a heading parts three fields or more)."""
    text = _tabbed(
        "Geachte voorzitter,",
        "",
        "Hierbij stuur ik u de stand per 1 januari 2024.\tDe bedragen zijn voorlopig.",
        "Het kabinet trekt in 2025\tin totaal € 40 miljoen uit voor deze regeling.",
        "",
        "Hoogachtend,",
    )
    tables, cells, _warnings = _read(text)
    assert not tables and not cells


def test_rows_indented_by_empty_fields_before_their_labels_go_on_under_the_heading() -> None:
    """A budget table between tabs under an empty corner: the totals open with their
    labels, the instruments under them open with an empty field (the copy's indent), so
    print one field more than the heading, the extra one first and empty; a value-less
    instrument heading does so too, and a percentage under the second year. Read as cells,
    the first indented row was one field too wide and ended the table at the totals."""
    text = _tabbed(
        "Tabel 4.1 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
        "\t2023\t2024\t2025",
        "Verplichtingen\t451.200\t459.800\t470.100",
        "Uitgaven\t53.650\t51.700\t50.450",
        "\twaarvan juridisch verplicht\t\t91%\t",
        "\tSubsidies\t\t\t",
        "\tJeugdhulp\t41.250\t38.900\t37.400",
        "\tPreventie\t12.400\t12.800\t13.050",
        "Ontvangsten\t1.200\t1.200\t1.200",
        "",
        "Toelichting op de instrumenten",
    )
    [_table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Jeugdhulp", "2023")] == "41.250"
    assert grid[("Preventie", "2025")] == "13.050"
    assert grid[("waarvan juridisch verplicht", "2024")] == "91%"
    assert grid[("Ontvangsten", "2025")] == "1.200"
    assert len(cells) == 4 * 3 + 1 + 3
    parents = _parents(cells)
    assert parents["Jeugdhulp"] == "Subsidies" and parents["Preventie"] == "Subsidies"


def test_an_indented_value_less_group_heads_the_rows_indented_under_it() -> None:
    """Parts indented by one empty field a level under a heading that names its corner:
    "Materieel", value-less one level in, heads the rows two levels in under it, as
    "Personeel" heads its own; the total at the margin is theirs (it read as a part of
    the total, its rows under the total directly)."""
    text = _tabbed(
        "Tabel 9 Apparaatsuitgaven (bedragen x € 1.000)",
        "Omschrijving\tRealisatie 2022\tBegroting 2023",
        "\tPersoneel\t209.840\t211.750",
        "\t\tEigen personeel\t182.410\t190.250",
        "\t\tInhuur externen\t27.430\t21.500",
        "\tMaterieel\t\t",
        "\t\tICT\t41.250\t43.800",
        "\t\tHuisvesting\t22.480\t22.900",
        "Totaal apparaatsuitgaven\t273.570\t278.450",
    )
    [_table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("ICT", "Begroting 2023")] == "43.800"
    assert grid[("Totaal apparaatsuitgaven", "Realisatie 2022")] == "273.570"
    assert len(cells) == 6 * 2
    parents = _parents(cells)
    assert parents["ICT"] == "Materieel" and parents["Huisvesting"] == "Materieel"
    assert parents["Eigen personeel"] == "Personeel"
    assert parents["Personeel"] == "Totaal apparaatsuitgaven"


def test_an_empty_code_as_wide_as_the_coded_rows_is_no_indent() -> None:
    """Near form: under "Art.<TAB>Omschrijving", a total and group rows print their code
    empty ("<TAB>Totaal"), as many fields as the coded rows: no row opens with its label,
    so no empty field is an indent, and the rows read as before."""
    text = _tabbed(
        "Tabel 2 Begrotingsstaat (bedragen x € 1.000)",
        "Art.\tOmschrijving\tVerplichtingen\tUitgaven",
        "\tTotaal\t1.300\t1.250",
        "\tBeleidsartikelen\t\t",
        "1\tVolksgezondheid\t600\t590",
        "2\tCuratieve zorg\t700\t660",
    )
    [_table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("1 Volksgezondheid", "Uitgaven")] == "590"
    assert grid[("Totaal", "Verplichtingen")] == "1.300"
    assert len(cells) == 6


def test_years_under_groups_printing_their_spans_leave_the_note_column_unnamed() -> None:
    """A group line printing each span as empty fields and naming the note column last
    ("<TAB>Realisatie<TAB><TAB><TAB>Vastgestelde begroting<TAB>Verschil<TAB>Noot") over
    a line of years one field shorter (the note column has no year), the rows as wide as
    the group line: the years head the columns under their groups, the note is no value.
    Read as a row, the years were a row of values and the columns had only the groups'
    names, a row's first years lost."""
    text = _tabbed(
        "Tabel 14.3 Uitgaven verkeersveiligheid (bedragen x € 1.000)",
        "\tRealisatie\t\t\tVastgestelde begroting\tVerschil\tNoot",
        "\t2022\t2023\t2024\t2024\t2024",
        "Verkeersveiligheidsfonds\t31.200\t33.400\t35.120\t34.000\t1.120\t4",
        "Impuls verkeersveiligheid 2024\t\t\t12.400\t15.000\t− 2.600\t5",
        "Campagnes\t8.120\t7.950\t8.310\t8.000\t310\t",
        "",
        "Toelichting",
    )
    [_table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Verkeersveiligheidsfonds", "Realisatie 2023")] == "33.400"
    assert grid[("Verkeersveiligheidsfonds", "Verschil 2024")] == "1.120"
    assert grid[("Impuls verkeersveiligheid 2024", "Realisatie 2024")] == "12.400"
    assert grid[("Campagnes", "Vastgestelde begroting 2024")] == "8.000"
    assert ("Impuls verkeersveiligheid 2024", "Realisatie 2022") not in grid
    assert {c["value_text"] for c in cells}.isdisjoint({"2022", "4", "5"})
    assert len(cells) == 5 + 3 + 5


def test_a_named_column_of_words_between_label_and_values_is_a_text_cell() -> None:
    """A statement of reserves between tabs: a column "Programma" between the label and the
    values prints the programme each reserve belongs to, words on every item, empty on the
    totals. It is a text cell of the row, no part of its label: read as one, every label
    was glued to its programme ("Reserve Mobiliteitsfonds Bereikbaarheid")."""
    text = _tabbed(
        "Tabel 3 Staat van reserves (bedragen x € 1.000)",
        "Reserve\tProgramma\tSaldo 1-1\tToevoegingen\tSaldo 31-12",
        "Reserve wegen\tMobiliteit\t4.000\t1.000\t5.000",
        "Reserve natuur\tGroen en water\t2.500\t\t2.500",
        "Totaal reserves\t\t6.500\t1.000\t7.500",
        "",
        "De reserves zijn toereikend.",
    )
    [_table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Reserve wegen", "Saldo 1-1")] == "4.000"
    assert grid[("Reserve natuur", "Saldo 31-12")] == "2.500"
    assert grid[("Totaal reserves", "Toevoegingen")] == "1.000"
    assert {c["column_label"] for c in cells} == {"Saldo 1-1", "Toevoegingen", "Saldo 31-12"}
    assert _parents(cells)["Reserve wegen"] == "Totaal reserves"


def test_a_label_split_over_two_fields_under_one_heading_stays_one_label() -> None:
    """Near form: the heading prints one label heading and an empty field over the label's
    two fields ("Reserve" over "Reserve wegen" and "onderhoud"): no heading names the
    second field, so it is the rest of the label, not a text cell."""
    text = _tabbed(
        "Tabel 3 Staat van reserves (bedragen x € 1.000)",
        "Reserve\t\tSaldo 1-1\tToevoegingen\tSaldo 31-12",
        "Reserve wegen\tonderhoud\t4.000\t1.000\t5.000",
        "Reserve natuur\tbeheer\t2.500\t\t2.500",
        "Totaal reserves\t\t6.500\t1.000\t7.500",
    )
    [_table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Reserve wegen onderhoud", "Saldo 1-1")] == "4.000"
    assert grid[("Reserve natuur beheer", "Saldo 31-12")] == "2.500"
    assert len(cells) == 3 + 2 + 3


def test_a_corner_spanning_both_heading_rows_leaves_the_years_line_without_it() -> None:
    """A browser's copy of a heading of two rows whose corner cells ("Art.", the unit) span
    both: the second line prints the years alone, no field for the corner, under a line of
    groups each printed once ("Realisatie" over one year, "Raming" over the rest, the spans
    lost). The groups are read over the years as a budget for its year has them; read as
    the corner's heading over a row of years, the years were values and no row was read."""
    text = _tabbed(
        "Tabel 8 Budgettaire gevolgen van beleid artikel 4 (bedragen x € 1.000)",
        "Art.\tBedragen x € 1.000\tRealisatie\tRaming",
        "2022\t2023\t2024\t2025",
        "\tVerplichtingen\t5.120\t4.800\t4.950\t5.010",
        "\tUitgaven\t4.730\t4.790\t4.940\t5.000",
        "4.01\tVeilig verkeer\t\t\t\t",
        "\tSubsidies\t1.210\t1.300\t1.340\t1.360",
        "\tOpdrachten\t3.520\t3.490\t3.600\t3.640",
        "\tOntvangsten\t120\t110\t110\t110",
    )
    [_table], cells, _warnings = _read(text, budget_year=2024)
    grid = _grid(cells)
    assert grid[("Verplichtingen", "Realisatie 2022")] == "5.120"
    assert grid[("Verplichtingen", "Raming 2023")] == "4.800"
    assert grid[("Opdrachten", "Raming 2025")] == "3.640"
    assert grid[("Ontvangsten", "Realisatie 2022")] == "120"
    assert len(cells) == 5 * 4
    assert _parents(cells)["Subsidies"] == "4.01 Veilig verkeer"


def test_one_group_over_years_printed_without_the_corner_heads_them_all() -> None:
    """The same form with a code column after the label ("Omschrijving<TAB>Art." spanning
    both rows) and one group over every year: each year takes the group's word, and the
    article numbers between the label and the values are no values."""
    text = _tabbed(
        "Tabel 2 Belangrijkste mutaties (bedragen x € 1 mln)",
        "Omschrijving\tArt.\tUitgaven",
        "2023\t2024\t2025",
        "Stand ontwerpbegroting\t\t812,4\t790,2\t788,0",
        "Loonbijstelling\t3\t12,1\t12,3\t12,3",
        "Prijsbijstelling\t4\t5,0\t5,1\t5,2",
        "Kasschuif\tdiv.\t– 20,0\t20,0\t",
        "Stand suppletoire begroting\t\t809,5\t827,6\t805,5",
    )
    [_table], cells, _warnings = _read(text, budget_year=2023)
    grid = _grid(cells)
    assert grid[("Loonbijstelling", "Uitgaven 2023")] == "12,1"
    assert grid[("Kasschuif", "Uitgaven 2024")] == "20,0"
    assert grid[("Stand suppletoire begroting", "Uitgaven 2025")] == "805,5"
    assert "3" not in {c["value_text"] for c in cells}
    assert len(cells) == 3 + 3 + 3 + 2 + 3


def test_groups_printed_without_the_corner_and_no_budget_year_leave_the_years_bare() -> None:
    """Near form: the corner-less years line under two groups whose spans are lost, in a
    document whose year is not known: nothing tells where "Raming" opens, so the columns
    are the years as printed, no group guessed."""
    text = _tabbed(
        "Tabel 8 Uitgaven (bedragen x € 1.000)",
        "Omschrijving\tRealisatie\tRaming",
        "2022\t2023\t2024",
        "Uitgaven\t4.730\t4.790\t4.940",
        "Ontvangsten\t120\t110\t110",
    )
    [_table], cells, _warnings = _read(text, budget_year=None)
    grid = _grid(cells)
    assert grid[("Uitgaven", "2022")] == "4.730"
    assert grid[("Ontvangsten", "2024")] == "110"
    assert len(cells) == 6


@pytest.mark.parametrize(
    ("years", "names"),
    [
        # the corner spans both rows, printed blank: the years line has no field for it
        ("2019\t2020\t2021\t2021\t2021", ("Realisatie 2020", "Verschil 2021")),
        # near form: the years line prints its own blank corner field, as before
        ("\t2019\t2020\t2021\t2021\t2021", ("Realisatie 2020", "Verschil 2021")),
    ],
)
def test_groups_beside_a_blank_corner_spanning_both_rows_head_the_years_alone_under_them(
    years: str, names: tuple[str, str]
) -> None:
    """A browser's copy of a jaarverslag heading whose blank corner cell spans both heading
    rows: the group line opens with the corner's empty field ("<TAB>Realisatie<TAB>
    Vastgestelde begroting<TAB>Verschil"), the years line under it has no field for the
    corner and stands one field left of the rows. The years part into the groups as with a
    corner that names something; read as the heading's leaves, the groups were lost and
    the columns named by their bare years."""
    text = _tabbed(
        "Tabel 3.2 Budgettaire gevolgen van beleid (bedragen x € 1.000)",
        "\tRealisatie\tVastgestelde begroting\tVerschil",
        years,
        "Verplichtingen\t81.200\t83.400\t85.120\t84.000\t1.120",
        "Uitgaven\t80.950\t82.700\t84.910\t84.000\t910",
        "Subsidies\t40.100\t41.300\t42.800\t42.000\t800",
        "Opdrachten\t40.850\t41.400\t42.110\t42.000\t110",
    )
    [_table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Verplichtingen", names[0])] == "83.400"
    assert grid[("Uitgaven", "Vastgestelde begroting 2021")] == "84.000"
    assert grid[("Opdrachten", names[1])] == "110"
    assert len(cells) == 4 * 5


def test_a_code_and_a_label_heading_over_both_rows_head_the_labels_not_a_group() -> None:
    """The corner of a jaarverslag's table copied by a browser names the code and then the
    labels ("Art.<TAB>Omschrijving"), the groups after it printed once over repeated years
    and a note column ("Ref.") the rows fill with a number or leave empty: "Omschrijving"
    heads the labels as "Art." heads the codes, so each run of years takes the next group.
    Taken for a group, the groups outnumbered the runs and the years stayed bare."""
    text = _tabbed(
        "Tabel 4.2 Budgettaire gevolgen van beleid artikel 7 (bedragen x € 1.000)",
        "Art.\tOmschrijving\tRealisatie\tVastgestelde begroting\tVerschil\tRef.",
        "2020\t2021\t2022\t2022\t2022",
        "\tVerplichtingen\t5.120\t4.800\t4.950\t4.700\t250\t1",
        "\tUitgaven\t4.730\t4.790\t4.940\t4.900\t40\t",
        "7.01\tWegen\t4.730\t4.790\t4.940\t4.900\t40\t",
        "\tOntvangsten\t120\t110\t130\t100\t30\t2",
    )
    [_table], cells, _warnings = _read(text, budget_year=2022)
    grid = _grid(cells)
    assert grid[("Verplichtingen", "Realisatie 2020")] == "5.120"
    assert grid[("Uitgaven", "Realisatie 2022")] == "4.940"
    assert grid[("7.01 Wegen", "Vastgestelde begroting 2022")] == "4.900"
    assert grid[("Ontvangsten", "Verschil 2022")] == "30"
    assert len(cells) == 4 * 5


def _numbered_stages(groups: str) -> str:
    """A jaarverslag's table copied by a browser, its corner ("Art.<TAB>Omschrijving")
    spanning both heading rows, the ``groups`` after it printed once, over a periods line
    whose last periods print their columns' numbers in their fields ("2022 (1)")."""
    return _tabbed(
        "Tabel 4.4 Budgettaire gevolgen van beleid artikel 9 (bedragen x € 1.000)",
        f"Art.\tOmschrijving\t{groups}",
        "2020\t2021\t2022 (1)\t2022 (2)\t2022 (3)=(1)-(2)",
        "\tVerplichtingen\t6.120\t5.800\t5.950\t5.700\t250",
        "\tUitgaven\t5.730\t5.790\t5.940\t5.900\t40",
        "9.01\tHavens\t5.730\t5.790\t5.940\t5.900\t40",
        "\tOntvangsten\t220\t210\t230\t200\t30",
    )


def test_periods_numbered_in_their_fields_part_into_the_groups_as_bare_years() -> None:
    """The periods line prints each numbered column's number in its field ("2022 (1)" /
    "2022 (2)" / "2022 (3)=(1)-(2)"): those are periods still, whose years part into the
    groups as bare repeated years do ("Realisatie" over 2020 ... "2022 (1)"). Read as no
    periods, the groups were lost and the columns kept their years and numbers alone."""
    text = _numbered_stages("Realisatie\tVastgestelde begroting\tVerschil")
    [_table], cells, _warnings = _read(text, budget_year=2022)
    grid = _grid(cells)
    assert grid[("Verplichtingen", "Realisatie 2020")] == "6.120"
    assert grid[("Uitgaven", "Realisatie 2022 (1)")] == "5.940"
    assert grid[("9.01 Havens", "Vastgestelde begroting 2022 (2)")] == "5.900"
    assert grid[("Ontvangsten", "Verschil 2022 (3)=(1)-(2)")] == "30"
    assert len(cells) == 4 * 5


def test_numbered_periods_under_fewer_groups_than_their_runs_keep_their_headings() -> None:
    """Near form: two groups over the three runs of those periods: which group heads which
    run nothing tells, and the periods keep their own headings, as before."""
    [_table], cells, _warnings = _read(_numbered_stages("Realisatie\tVerschil"), budget_year=2022)
    assert {c["column_label"] for c in cells} == {
        "2020", "2021", "2022 (1)", "2022 (2)", "2022 (3)=(1)-(2)",
    }  # fmt: skip


def test_a_stage_printed_again_over_the_numbered_year_heads_it_alone() -> None:
    """One group more than the runs of periods, the first stage printed again over the
    first numbered period ("Realisatie<TAB>Realisatie<TAB>Vastgestelde begroting<TAB>
    Verschil" over "2020 ... 2022 (1)<TAB>2022 (2)<TAB>2022 (3)=(1)-(2)"): the bare years
    are the first group's, the numbered period a run of its own under the second. Read as
    one run, the groups were too many and every column lost its group."""
    text = _numbered_stages("Realisatie\tRealisatie\tVastgestelde begroting\tVerschil")
    [_table], cells, _warnings = _read(text, budget_year=2022)
    grid = _grid(cells)
    assert grid[("Verplichtingen", "Realisatie 2020")] == "6.120"
    assert grid[("Uitgaven", "Realisatie 2022 (1)")] == "5.940"
    assert grid[("9.01 Havens", "Vastgestelde begroting 2022 (2)")] == "5.900"
    assert grid[("Ontvangsten", "Verschil 2022 (3)=(1)-(2)")] == "30"
    assert len(cells) == 4 * 5


def test_one_group_more_than_runs_of_bare_years_leaves_their_headings() -> None:
    """Near form: one group more than the runs of periods, but the periods bare, none
    printing its column's number ("2020<TAB>2021<TAB>2022<TAB>2022<TAB>2022"): no stage
    printed again tells which group heads which run, and the periods keep their own
    headings, as before."""
    groups = "Realisatie\tRealisatie\tVastgestelde begroting\tVerschil"
    text = _numbered_stages(groups).replace(
        "2022 (1)\t2022 (2)\t2022 (3)=(1)-(2)", "2022\t2022\t2022"
    )
    [_table], cells, _warnings = _read(text, budget_year=2022)
    assert {c["column_label"] for c in cells} == {"2020", "2021", "2022"}


def test_a_group_word_after_the_code_heading_stays_a_group() -> None:
    """Near form: after "Art." the line names a group, no labels' heading ("Art.<TAB>
    Uitgaven<TAB>Ontvangsten" over runs of repeated years): each run keeps its group."""
    text = _tabbed(
        "Tabel 4.3 Uitgaven en ontvangsten (bedragen x € 1.000)",
        "Art.\tUitgaven\tOntvangsten",
        "2021\t2022\t2021\t2022",
        "7.01\tWegen\t4.730\t4.790\t120\t110",
        "7.02\tVaarwegen\t1.730\t1.790\t20\t10",
        "7.03\tSpoor\t2.730\t2.790\t12\t11",
    )
    [_table], cells, _warnings = _read(text, budget_year=2022)
    grid = _grid(cells)
    assert grid[("7.01 Wegen", "Uitgaven 2021")] == "4.730"
    assert grid[("7.03 Spoor", "Ontvangsten 2022")] == "11"


def test_a_label_heading_beside_the_code_in_a_corner_over_both_rows_is_no_group() -> None:
    """The corner spanning both heading rows holds the code's heading and the labels' own
    ("Art.<TAB>Omschrijving"): "Omschrijving" names what the rows are, no group of years,
    so the groups after it ("Realisatie", "Raming") are read over the years as a budget
    for its year has them. Taken for a third group, the three were read over the four years
    by the budget year and left the years bare."""
    text = _tabbed(
        "Tabel 8 Budgettaire gevolgen van beleid artikel 4 (bedragen x € 1.000)",
        "Art.\tOmschrijving\tRealisatie\tRaming",
        "2022\t2023\t2024\t2025",
        "\tVerplichtingen\t5.120\t4.800\t4.950\t5.010",
        "\tUitgaven\t4.730\t4.790\t4.940\t5.000",
        "\tOntvangsten\t120\t110\t110\t110",
    )
    [_table], cells, _warnings = _read(text, budget_year=2024)
    grid = _grid(cells)
    assert grid[("Verplichtingen", "Realisatie 2022")] == "5.120"
    assert grid[("Uitgaven", "Raming 2023")] == "4.790"
    assert grid[("Ontvangsten", "Raming 2025")] == "110"
    assert len(cells) == 3 * 4


def test_more_runs_of_years_than_groups_printed_without_the_corner_name_no_group() -> None:
    """Two groups printed once ("Realisatie", "Raming") over three runs of the same years:
    which group heads which run nothing tells. Read group by group, the last one stood over
    the last two runs and named two columns alike ("Raming 2024" twice); the years stay as
    printed, no group guessed."""
    text = _tabbed(
        "Tabel 8 Budgettaire gevolgen van beleid artikel 4 (bedragen x € 1.000)",
        "Art.\tBedragen x € 1.000\tRealisatie\tRaming",
        "2023\t2024\t2023\t2024\t2023\t2024",
        "\tVerplichtingen\t5.120\t4.800\t4.950\t5.010\t5.100\t5.200",
        "\tUitgaven\t4.730\t4.790\t4.940\t5.000\t5.050\t5.060",
    )
    _tables, cells, _warnings = _read(text, budget_year=2024)
    assert not [c for c in cells if "Raming" in c["column_label"]]


@pytest.mark.parametrize(
    ("heading", "column"),
    [
        # the corner cells span both rows: the leaves line prints the worded columns alone
        (("Art.\tOmschrijving\tBegroting", "Lasten\tBaten\tSaldo"), "Begroting Baten"),
        # near form: one heading line, no group over it, read as before
        (("Art.\tOmschrijving\tLasten\tBaten\tSaldo",), "Baten"),
    ],
)
def test_a_corner_spanning_both_rows_over_worded_leaves_leaves_them_alone_under_one_group(
    heading: tuple[str, ...], column: str
) -> None:
    """A browser's copy of a heading of two rows whose corner cells ("Art.", "Omschrijving")
    span both, over one group of worded columns: the leaves line has no field for the
    corner. Each leaf is read under the group; read as the corner over a row, the leaves
    were a row of labels and no column was named by them."""
    text = _tabbed(
        "Tabel 1 Staat van baten en lasten (bedragen x € 1.000)",
        *heading,
        "\u00a0\tTotaal\t9.500\t2.100\t-7.400",
        "1\tOnderwijs\t4.000\t1.000\t-3.000",
        "2\tZorg\t5.500\t1.100\t-4.400",
    )
    [_table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("Totaal", column)] == "2.100"
    assert grid[("2 Zorg", column)] == "1.100"
    assert len(cells) == 3 * 3


def test_a_two_field_heading_over_worded_leaves_printed_alone_heads_a_table() -> None:
    """The corner ("Programma") and one group ("Begroting 2026") spanning three worded
    columns print as a line of two fields, fewer than a heading line's, over the leaves
    line: read as its heading, each leaf under the group; skipped for its two fields, the
    leaves line headed the table and the group was lost."""
    text = _tabbed(
        "Tabel 2 Overzicht van baten en lasten per programma (bedragen x € 1.000)",
        "Programma\tBegroting 2026",
        "Lasten\tBaten\tSaldo",
        "1. Bestuur\t4.000\t1.000\t-3.000",
        "2. Zorg\t5.500\t1.100\t-4.400",
        "3. Wonen\t2.200\t900\t-1.300",
    )
    [_table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("1. Bestuur", "Begroting 2026 Lasten")] == "4.000"
    assert grid[("3. Wonen", "Begroting 2026 Saldo")] == "-1.300"
    assert len(cells) == 3 * 3


def test_a_two_field_line_over_a_heading_line_of_its_own_stays_out_of_the_heading() -> None:
    """Near form: a line of two fields ("Bron<TAB>Rekenkamer") over a heading line of
    three whose rows print as many fields: the heading line heads the table alone, its
    words no leaves of a group the line above names."""
    text = _tabbed(
        "Bron\tRekenkamer",
        "Programma\tLasten\tBaten",
        "1. Bestuur\t4.000\t1.000",
        "2. Zorg\t5.500\t1.100",
        "3. Wonen\t2.200\t900",
    )
    [_table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("1. Bestuur", "Lasten")] == "4.000"
    assert grid[("3. Wonen", "Baten")] == "900"
    assert len(cells) == 3 * 2


def test_a_block_of_words_read_and_dropped_before_a_table_does_not_hide_it() -> None:
    """A block of tab-parted words whose rows print a field more than its heading (a list of
    contacts) is widened, then dropped for want of values; the table a few lines under it
    is read all the same. The widening once kept the heading line's width where the reader
    keeps the line its last table ended at, so every line before that column's number was
    skipped and the table under the block was lost."""
    lines = [
        "Contactpersonen",
        "Naam\tFunctie\tAfdeling",
        "Jansen\tbeleidsmedewerker\tFinanciën\tkamer 4",
        "De Vries\tcontroller\tFinanciën\tkamer 7",
        "",
        "Tabel 2 Uitgaven (bedragen x € 1.000)",
        "Programma\t2024\t2025",
        "Stand ontwerpbegroting 2024\t4.100\t4.250",
        "Mutatie Voorjaarsnota 2024\t1.200\t1.150",
        "Stand Voorjaarsnota 2024\t5.300\t5.400",
    ]
    holding = {"\t": [i for i, line in enumerate(lines) if "\t" in line]}
    [table] = read_delimited_tables(lines, holding)
    assert [row.label for row in table.rows] == [line.split("\t")[0] for line in lines[7:]]


@pytest.mark.parametrize(
    ("leaves", "columns"),
    [
        # each group over the same worded leaves: the repeats part them, one run a group
        (
            "Lasten\tBaten\tLasten\tBaten",
            {"(1) Ontwerpbegroting Lasten", "(1) Ontwerpbegroting Baten",
             "(2) Mutaties Lasten", "(2) Mutaties Baten"},
        ),
        # the last groups over one leaf each, a word the first group had
        (
            "Lasten\tBaten\tSaldo\tSaldo",
            {"(1) Ontwerpbegroting Lasten", "(1) Ontwerpbegroting Baten",
             "(1) Ontwerpbegroting Saldo", "(2) Mutaties Saldo"},
        ),
    ],
)  # fmt: skip
def test_groups_over_worded_leaves_under_a_corner_spanning_both_rows_head_their_runs(
    leaves: str, columns: set[str]
) -> None:
    """A browser's copy of a begrotingsstaat's heading of two rows: the corner ("Art.",
    "Omschrijving") spans both, so the leaves line prints the worded columns alone, under
    two groups each printed once. The leaves part where a word repeats one of its run, one
    run a group, as repeated years do; read as the corner over a row of labels, the
    values stood under no heading and the table was lost."""
    text = _tabbed(
        "Tabel 3 Begrotingsstaat (bedragen x € 1.000)",
        "Art.\tOmschrijving\t(1) Ontwerpbegroting\t(2) Mutaties",
        leaves,
        "1\tOnderwijs\t4.000\t1.000\t300\t-20",
        "2\tZorg\t5.500\t1.100\t-150\t40",
    )
    [_table], cells, _warnings = _read(text)
    assert {c["column_label"] for c in cells} == columns
    last = leaves.split("\t")[-1]
    assert _grid(cells)[("2 Zorg", f"(2) Mutaties {last}")] == "40"


def test_groups_not_as_many_as_the_runs_of_worded_leaves_name_no_leaf() -> None:
    """Near form: two groups over three leaves that repeat no word ("Lasten" / "Baten" /
    "Saldo"): which group spans which leaves the text does not tell, so no leaf is given a
    group's words."""
    text = _tabbed(
        "Tabel 3 Begrotingsstaat (bedragen x € 1.000)",
        "Art.\tOmschrijving\tBegroting\tRealisatie",
        "Lasten\tBaten\tSaldo",
        "1\tOnderwijs\t4.000\t1.000\t-3.000",
        "2\tZorg\t5.500\t1.100\t-4.400",
    )
    _tables, cells, _warnings = _read(text)
    assert not any(c["column_label"].startswith(("Begroting ", "Realisatie ")) for c in cells)


def test_group_rows_printed_without_a_tab_among_the_rows_head_the_rows_under_them() -> None:
    """A browser copies a row of one cell spanning every column ("Beleidsartikelen") as
    its text alone, no tab: a group row among the tab-parted rows, whose rows stand under
    it. Read as the table's end, only the row before the first group was left, too few for
    a table."""
    text = _tabbed(
        "Tabel 4 Begrotingsstaat (bedragen x € 1.000)",
        "Art.\tOmschrijving\tVerplichtingen\tUitgaven\tOntvangsten",
        "\tTotaal\t9.500\t9.400\t700",
        "Beleidsartikelen",
        "1\tOnderwijs\t4.000\t3.900\t500",
        "2\tZorg\t5.300\t5.300\t200",
        "Niet-beleidsartikelen",
        "3\tApparaat\t200\t200\t0",
    )
    [_table], cells, _warnings = _read(text)
    grid = _grid(cells)
    assert grid[("2 Zorg", "Uitgaven")] == "5.300"
    assert grid[("3 Apparaat", "Verplichtingen")] == "200"
    parents = _parents(cells)
    assert parents["1 Onderwijs"] == "Beleidsartikelen"
    assert parents["3 Apparaat"] == "Niet-beleidsartikelen"
    assert len(cells) == 4 * 3


def test_a_line_without_a_tab_over_another_tables_heading_ends_the_table() -> None:
    """Near form: a note right under the last row, then the next table's heading line: no
    row printing a value follows the note, so it is no group row and the two tables stay
    apart, each with its own rows."""
    text = _tabbed(
        "Programma\t2024\t2025",
        "Bestuur\t4.100\t4.250",
        "Zorg\t1.200\t1.150",
        "Bron: eigen begroting",
        "Programma\tLasten\tBaten",
        "Bestuur\t3.000\t800",
        "Zorg\t900\t100",
    )
    tables, cells, _warnings = _read(text)
    assert len(tables) == 2
    assert {c["row_label"] for c in cells} == {"Bestuur", "Zorg"}
    assert len(cells) == 8


def _corner_over_periods(periods: str) -> str:
    """A jaarverslag's table copied by a browser: the corner ("Art.<TAB>Omschrijving")
    and the groups printed once on the first heading line, then the ``periods`` line."""
    return _tabbed(
        "Tabel 6.2 Budgettaire gevolgen van beleid artikel 12 (bedragen x € 1.000)",
        "Art.\tOmschrijving\tRealisatie\tVastgestelde begroting\tVerschil",
        periods,
        "\tVerplichtingen\t8.400\t8.150\t8.920\t8.700\t220",
        "\tUitgaven\t8.310\t8.240\t8.880\t8.650\t230",
        "12.01\tVaarwegen\t8.310\t8.240\t8.880\t8.650\t230",
        "\tOntvangsten\t45\t60\t52\t50\t2",
    )


def test_periods_under_a_corner_printed_in_the_upper_row_only_take_the_groups() -> None:
    """The corner printed in the upper heading row only, the periods line opening with an
    empty field for each of its cells ("<TAB><TAB>2021 ..."): the periods part into the
    groups as where the line prints no field for the corner. Read as leaves under groups a
    field each, the groups fell over the wrong columns and the values went astray."""
    text = _corner_over_periods("\t\t2021\t2022\t2023 (1)\t2023 (2)\t2023 (3)=(1)-(2)")
    [_table], cells, _warnings = _read(text, budget_year=2023)
    grid = _grid(cells)
    assert grid[("Verplichtingen", "Realisatie 2021")] == "8.400"
    assert grid[("Uitgaven", "Realisatie 2023 (1)")] == "8.880"
    assert grid[("12.01 Vaarwegen", "Vastgestelde begroting 2023 (2)")] == "8.650"
    assert grid[("Ontvangsten", "Verschil 2023 (3)=(1)-(2)")] == "2"
    assert len(cells) == 4 * 5


def test_periods_under_a_corner_left_blank_in_the_upper_row_are_leaves_under_groups() -> None:
    """The near form: a blank corner of one field over a periods line opening with one
    empty field ("<TAB>Realisatie<TAB>Raming" over "<TAB>2023<TAB>2024"): the leaves under
    groups printed a field each, read as before."""
    text = _tabbed(
        "Tabel 2 Uitgaven (bedragen x € 1.000)",
        "\tRealisatie\tRaming",
        "\t2023\t2024",
        "Programma A\t1.200\t1.300",
        "Programma B\t2.400\t2.500",
        "Totaal\t3.600\t3.800",
    )
    [_table], cells, _warnings = _read(text, budget_year=2024)
    grid = _grid(cells)
    assert grid[("Programma A", "Realisatie 2023")] == "1.200"
    assert grid[("Totaal", "Raming 2024")] == "3.800"


_STAGES = ["Realisatie", "Realisatie", "Vastgestelde begroting", "Verschil"]


@pytest.mark.parametrize(
    "years",
    [
        # the numbers not counting from 1: no column's own number after its year
        ["2020", "2021", "2022 (2)", "2022 (3)", "2022 (4)"],
        # the numbered period no later than the bare years before it
        ["2021", "2022", "2022 (1)", "2022 (2)", "2022 (3)=(1)-(2)"],
    ],
)
def test_a_stage_printed_again_needs_numbers_from_one_after_rising_years(
    years: list[str],
) -> None:
    """The first stage printed again heads the numbered period alone only where the periods
    are a jaarverslag's (``bare_years_before_numbered``): bare years rising, then the
    columns numbered from 1, of a later year still. Otherwise the runs are as they are."""
    runs = leaf_groups(years)
    assert _stage_printed_again(years, runs, _STAGES) == runs


def test_a_stage_printed_again_over_numbers_from_one_parts_the_runs() -> None:
    """Near form: the years rising and the numbers from 1, the numbered period a run of its
    own, as before."""
    years = ["2020", "2021", "2022 (1)", "2022 (2)", "2022 (3)=(1)-(2)"]
    assert _stage_printed_again(years, leaf_groups(years), _STAGES) == [0, 0, 1, 2, 3]


def _staat(corner: str) -> str:
    """A begrotingsstaat a browser copies: a group line of the corner's cells (``corner``)
    and two numbered stages, each printed once, over a line opening with an empty field per
    corner cell and then the leaves, repeated under each stage."""
    return _tabbed(
        "Wijziging van de begrotingsstaat van het Fonds (bedragen x € 1.000)",
        f"{corner}\t(1) Vastgestelde begroting\t(2) Mutaties 1e suppletoire begroting",
        "\t\tVerplichtingen\tUitgaven\tOntvangsten\tVerplichtingen\tUitgaven\tOntvangsten",
        "\tTotaal\t2.400\t2.300\t150\t−120\t−80\t10",
        "1\tBeheer\t1.500\t1.450\t100\t−70\t−50\t5",
        "2\tOnderhoud\t900\t850\t50\t−50\t−30\t5",
    )


def test_groups_beside_a_corner_of_two_cells_over_both_rows_head_their_leaves() -> None:
    """The corner spans both heading rows over two cells ("Art.<TAB>Omschrijving"), so the
    leaves line opens with two empty fields: those group line cells are the corner's, and
    the stages after them each head their run of leaves. Read as groups, the corner's
    cells left the runs a name too many and every column lost its stage."""
    [_table], cells, _warnings = _read(_staat("Art.\tOmschrijving"))
    grid = _grid(cells)
    assert grid[("1 Beheer", "(1) Vastgestelde begroting Uitgaven")] == "1.450"
    assert grid[("2 Onderhoud", "(2) Mutaties 1e suppletoire begroting Ontvangsten")] == "5"
    assert grid[("Totaal", "(2) Mutaties 1e suppletoire begroting Verplichtingen")] == "−120"


def test_a_second_corner_cell_naming_a_group_leaves_the_leaves_ungrouped() -> None:
    """Near form: where the group line's cell over the second empty field names no corner
    heading ("Art.<TAB>Fonds": a word of no code, label or unit heading), nothing says it
    is the corner's, so no group is spread over the leaves, as before."""
    _tables, cells, _warnings = _read(_staat("Art.\tFonds"))
    assert cells
    assert not [c for c in cells if "Vastgestelde" in c["column_label"]]


def test_a_leaves_line_naming_only_its_first_field_spreads_no_group() -> None:
    """A leaves line of fewer fields than its group line, naming only the first: no leaf
    after the first names a column, so no run stands for a group to head and the groups
    spread over none (they raised StopIteration looking for the corner's end)."""
    assert _spread([("Art.", 1), ("Fonds", 2)], [("Omschrijving", 1), ("", 2), ("", 3)]) == []


def test_groups_over_runs_of_repeated_years_spread_over_their_runs() -> None:
    """Near form: a leaves line naming its columns after the first ("2023 2024 2023 2024"
    under "Begroting" and "Realisatie") still spreads each group over its run."""
    groups = [("", 0), ("Begroting", 1), ("", 2), ("Realisatie", 3)]
    leaves = [("Omschrijving", 0), ("2023", 1), ("2024", 2), ("2023", 3), ("2024", 4)]
    assert _spread(groups, leaves) == [
        [("", 0), ("Begroting", 1), ("Begroting", 2), ("Realisatie", 3), ("Realisatie", 4)]
    ]
