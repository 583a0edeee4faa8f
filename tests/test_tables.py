"""Tables: found by caption, read cell by cell, with unit, scale and the row hierarchy rebuilt.

Most tests run on the real documents; the expected spans and counts were read off the source
text by hand. The synthetic tables at the end show the parsing is about the layouts, not
about the tables of these five documents.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from decimal import Decimal
from typing import Any

import pytest
from frictionless import Resource, Schema
from inline_document import inline_document
from table_texts import cells_per_line, read_text, row_parents

from budgetkit.extract.money_quotes import parse_quote
from budgetkit.extract.tables import extract_tables
from budgetkit.extract.tables_hierarchy import INSTRUMENT, from_labels, rank
from budgetkit.extract.tables_layout import find_tables
from budgetkit.extract.warnings import ExtractWarning
from budgetkit.project import Project
from budgetkit.schemas import load_schema
from budgetkit.sources import SourceDocument, load_sources
from budgetkit.textmodel import TextModel

VNG = "vng-ledenbrief-rijksbegroting-2021"
VWS = "vws-begroting-2023-artikel-3"

#: table id -> (line_start, line_end, rows, columns, cells), read off the sources by hand.
EXPECTED = {
    f"{VNG}:tabel-1": (68, 94, 8, 5, 4 * 5 + 4 * 4),  # percentage rows print no Totaal
    f"{VNG}:tabel-2": (128, 134, 2, 4, 2 * 4),
    f"{VNG}:tabel-3": (184, 194, 4, 6, 4 * 6),
    f"{VWS}:tabel-15": (147, 938, 48, 7, 48 * 7),
    f"{VWS}:tabel-16": (970, 989, 4, 1, 4),
}

Rows = list[dict[str, Any]]


@pytest.fixture(scope="module")
def documents(project: Project) -> dict[str, SourceDocument]:
    return {doc.id: doc for doc in load_sources(project)}


@pytest.fixture(scope="module")
def extracted(documents: dict[str, SourceDocument]) -> dict[str, tuple[Rows, Rows]]:
    return {doc_id: extract_tables(doc) for doc_id, doc in documents.items()}


@pytest.fixture(scope="module")
def tables(extracted: dict[str, tuple[Rows, Rows]]) -> dict[str, dict[str, Any]]:
    return {t["table_id"]: t for rows, _cells in extracted.values() for t in rows}


@pytest.fixture(scope="module")
def cells(extracted: dict[str, tuple[Rows, Rows]]) -> dict[str, Rows]:
    by_table: dict[str, Rows] = defaultdict(list)
    for _rows, table_cells in extracted.values():
        for cell in table_cells:
            by_table[cell["table_id"]].append(cell)
    return by_table


def _rows(cells: Rows) -> dict[str, dict[str, Any]]:
    """row_id -> {label, parent, level, adds_up, values: {column: Decimal}}."""
    rows: dict[str, dict[str, Any]] = {}
    for cell in cells:
        row = rows.setdefault(
            cell["row_id"],
            {
                "label": cell["row_label"],
                "parent": cell["parent_row_id"],
                "level": cell["level"],
                "adds_up": cell["adds_up"],
                "group": cell["row_group"],
                "values": {},
            },
        )
        value = cell["value"]
        row["values"][cell["column_label"]] = Decimal(str(value)) if value is not None else None
    return rows


def _sum_failures(cells: Rows) -> list[str]:
    """Every (parent, column) whose value is not the sum of its children's."""
    rows = _rows(cells)
    children: dict[str, list[str]] = defaultdict(list)
    for row_id, row in rows.items():
        if row["parent"] is not None and row["adds_up"]:
            children[row["parent"]].append(row_id)
    failures = []
    for parent, kids in children.items():
        columns = set(rows[parent]["values"]).union(*(rows[k]["values"] for k in kids))
        for column in sorted(columns):
            expected = rows[parent]["values"].get(column) or 0
            total = sum((rows[k]["values"].get(column) or 0) for k in kids)
            if total != expected:
                failures.append(f"{parent} {column}: {expected} != {total}")
    return failures


# --- the real documents ---------------------------------------------------------------


def test_finds_exactly_the_printed_tables(tables: dict[str, dict[str, Any]]) -> None:
    assert sorted(tables) == sorted(EXPECTED)


@pytest.mark.parametrize("table_id", sorted(EXPECTED))
def test_span_and_counts(
    table_id: str, tables: dict[str, dict[str, Any]], cells: dict[str, Rows]
) -> None:
    start, end, n_rows, n_columns, n_cells = EXPECTED[table_id]
    table = tables[table_id]
    assert (table["line_start"], table["line_end"]) == (start, end)
    assert (table["row_count"], table["column_count"]) == (n_rows, n_columns)
    assert len({c["row_id"] for c in cells[table_id]}) == n_rows
    assert len({c["column_label"] for c in cells[table_id]}) == n_columns
    assert len(cells[table_id]) == n_cells


def test_span_starts_at_caption_and_ends_at_last_cell(
    tables: dict[str, dict[str, Any]], cells: dict[str, Rows], documents: dict[str, SourceDocument]
) -> None:
    for table_id, table in tables.items():
        lines = documents[table["document_id"]].lines
        assert lines[table["line_start"] - 1].lstrip().startswith(f"Tabel {table['number']}")
        assert max(c["line"] for c in cells[table_id]) == table["line_end"]


@pytest.mark.parametrize("table_id", sorted(EXPECTED))
def test_value_text_is_the_text_on_its_line(
    table_id: str,
    tables: dict[str, dict[str, Any]],
    cells: dict[str, Rows],
    documents: dict[str, SourceDocument],
) -> None:
    doc = documents[tables[table_id]["document_id"]]
    for cell in cells[table_id]:
        text = cell["value_text"]
        assert doc.text_at(cell["line"], cell["column"], len(text)) == text
        number = text.rstrip("%").replace(".", "").replace(",", ".")
        assert Decimal(str(cell["value"])) == Decimal(number)


@pytest.mark.parametrize("table_id", sorted(EXPECTED))
def test_no_printed_number_is_left_out(
    table_id: str,
    tables: dict[str, dict[str, Any]],
    cells: dict[str, Rows],
    documents: dict[str, SourceDocument],
) -> None:
    """Each line holding cells reads back as its row label and exactly those cells."""
    table = tables[table_id]
    lines = documents[table["document_id"]].lines
    by_line: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for cell in cells[table_id]:
        by_line[cell["line"]].append(cell)
    for line, on_line in by_line.items():
        printed = lines[line - 1].split()
        label = on_line[0]["row_label"].split() if on_line[0]["row_line"] == line else []
        assert printed == label + [c["value_text"] for c in on_line]
    if table["layout"] == "cell_per_line":  # every other non-blank line is a label or heading
        other = [
            i
            for i in range(table["line_start"] + 1, table["line_end"] + 1)
            if lines[i - 1].strip() and i not in by_line
        ]
        assert len(other) == table["row_count"] + table["column_count"]


@pytest.mark.parametrize("table_id", sorted(EXPECTED))
def test_every_parent_is_the_sum_of_its_children(table_id: str, cells: dict[str, Rows]) -> None:
    assert _sum_failures(cells[table_id]) == []


def test_begroting_table_hierarchy(
    tables: dict[str, dict[str, Any]], cells: dict[str, Rows]
) -> None:
    rows = _rows(cells[f"{VWS}:tabel-15"])
    assert tables[f"{VWS}:tabel-15"]["hierarchy"] == "sums"
    assert max(r["level"] for r in rows.values()) == 4
    by_label = {r["label"]: (row_id, r) for row_id, r in rows.items()}
    for top in ("Verplichtingen", "Uitgaven", "Ontvangsten"):
        assert by_label[top][1]["level"] == 1 and by_label[top][1]["parent"] is None
    uitgaven = by_label["Uitgaven"][0]
    parts = [r for r in rows.values() if re.match(r"\d\. ", r["label"])]
    assert len(parts) == 2 and all(r["parent"] == uitgaven for r in parts)
    for row in rows.values():  # every row below the top has its parent, one level up
        if row["level"] > 1:
            assert rows[row["parent"]]["level"] == row["level"] - 1
        if row["label"] == "Overige":  # a line within an instrument, or the Ontvangsten
            assert rows[row["parent"]]["label"] not in ("Overige", "Uitgaven")
    instruments = [r for r in rows.values() if r["level"] == 3]
    assert len(instruments) == 6 + 7
    assert all(rank(r["label"]) == INSTRUMENT for r in instruments)


def test_numbers_and_label_cues_agree_on_the_begroting_table(cells: dict[str, Rows]) -> None:
    rows = _rows(cells[f"{VWS}:tabel-15"])
    ids = sorted(rows)
    from_numbers = [rows[i]["parent"] for i in ids]
    by_labels = from_labels([rank(rows[i]["label"]) for i in ids])
    assert from_numbers == [None if p is None else ids[p] for p in by_labels]


def test_units_and_scales(
    tables: dict[str, dict[str, Any]], cells: dict[str, Rows], documents: dict[str, SourceDocument]
) -> None:
    for table in tables.values():
        if table["scale_text"] is not None:
            line = documents[table["document_id"]].lines[table["scale_line"] - 1]
            assert table["scale_text"] in line
    t15 = tables[f"{VWS}:tabel-15"]
    assert (t15["unit"], t15["scale_factor"], t15["scale_line"]) == ("EUR", 1000, 147)
    t16 = tables[f"{VWS}:tabel-16"]
    assert (t16["unit"], t16["scale_factor"]) == ("percent", 1)
    assert {c["unit"] for c in cells[f"{VWS}:tabel-16"]} == {"percent"}
    t2 = tables[f"{VNG}:tabel-2"]
    assert (t2["unit"], t2["scale_factor"], t2["scale_line"]) == ("EUR", 1000, 132)
    for table_id in (f"{VNG}:tabel-1", f"{VNG}:tabel-2"):  # money and percentage rows mixed
        for cell in cells[table_id]:
            percent = cell["value_text"].endswith("%")
            assert (cell["unit"], cell["scale_factor"]) == (
                ("percent", 1) if percent else ("EUR", 1000)
            )


@pytest.mark.parametrize("number", ["1", "3"])
def test_scale_read_from_the_prose_agrees_with_a_cell(
    number: str, tables: dict[str, dict[str, Any]], cells: dict[str, Rows]
) -> None:
    """Where only the prose prints the unit, the quoted amount is a cell times the scale."""
    table = tables[f"{VNG}:tabel-{number}"]
    assert table["scale_line"] < table["line_start"]  # the prose above the table
    amount, _ = parse_quote(table["scale_text"])
    decimals = (
        len(table["scale_text"].split(",")[1].split()[0]) if "," in table["scale_text"] else 0
    )
    tolerance = 10**6 // 10**decimals / 2
    assert any(
        abs(c["value"] * table["scale_factor"] - amount) <= tolerance
        for c in cells[table["table_id"]]
        if c["unit"] == "EUR"
    )


def test_stacked_blocks_keep_their_heading(cells: dict[str, Rows]) -> None:
    rows = _rows(cells[f"{VNG}:tabel-1"])
    groups = [r["group"] for _id, r in sorted(rows.items())]
    assert (
        groups == ["Startnota kabinet-Rutte III"] * 4 + ["Definitief regeerperiode Rutte III"] * 4
    )
    assert {r["label"] for r in rows.values()} == {
        "Accres",
        "Accrespercentage",
        "Reëel accrespercentage",
        "Reëel accres",
    }


def test_totaal_column_is_the_sum_of_the_years(cells: dict[str, Rows]) -> None:
    for row in _rows(cells[f"{VNG}:tabel-1"]).values():
        values = row["values"]
        if "Totaal" in values:
            assert values["Totaal"] == sum(v for k, v in values.items() if k != "Totaal")


def test_axis_ticks_of_a_figure_are_not_a_table(
    tables: dict[str, dict[str, Any]], documents: dict[str, SourceDocument]
) -> None:
    lines = documents[VNG].lines
    figure = next(i for i, line in enumerate(lines, 1) if "Figuur 4." in line)
    assert lines[figure + 1].strip() == "1.000"  # the ticks are there ...
    for table in tables.values():  # ... and no table covers them
        if table["document_id"] == VNG:
            assert not table["line_start"] <= figure + 2 <= table["line_end"]
    ticks = "\n".join(lines[figure - 1 : figure + 24])
    assert find_tables(TextModel(ticks)).tables == []


def test_rows_fit_the_schemas(project: Project, extracted: dict[str, tuple[Rows, Rows]]) -> None:
    """Frictionless validates the rows against the Table Schemas (keys within a resource)."""
    for resource, index in (("tables", 0), ("table_cells", 1)):
        descriptor = dict(load_schema(project.schemas, resource))
        descriptor.pop("foreignKeys", None)
        schema = Schema.from_descriptor(descriptor)
        names = schema.field_names
        rows = [row for pair in extracted.values() for row in pair[index]]
        assert all(set(row) <= set(names) for row in rows), resource
        data = [names] + [[_csv(row.get(name)) for name in names] for row in rows]
        report = Resource(data=data, schema=schema).validate()
        assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]


def _csv(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def test_output_is_deterministic(documents: dict[str, SourceDocument]) -> None:
    doc = documents[VWS]
    assert extract_tables(doc) == extract_tables(doc)


# --- synthetic tables: the layouts, not these tables ----------------------------------


def _document(text: str, doc_id: str = "synthetic") -> SourceDocument:
    return inline_document(text, doc_id)


def _cell_per_line(caption: str, years: list[str], rows: list[tuple[str, list[str]]]) -> str:
    out = ["Enige inleidende tekst over het artikel.", "", caption, "\xa0", ""]
    for year in years:
        out += [year, ""]
    for label, values in rows:
        out += [label, ""]
        for value in values:
            out += [value, ""]
        if label in ("Uitgaven", "Verplichtingen"):
            out += ["\xa0 " * (len(years) + 1), ""]
    out += ["Toelichting", "", "Subsidies", "", "De subsidies gaan naar ...", ""]
    return "\n".join(out)


ARTICLE_7 = [  # a made-up article: two parts, negative-free, an "Overige" twin, zero rows
    ("Verplichtingen", ["1.200", "1.300", "1.400"]),
    ("Uitgaven", ["1.100", "1.250", "1.400"]),
    ("1. Veilig verkeer", ["600", "650", "700"]),
    ("Subsidies (regelingen)", ["400", "450", "500"]),
    ("Verkeersveiligheid", ["300", "300", "350"]),
    ("Overige", ["100", "150", "150"]),
    ("Opdrachten", ["200", "200", "200"]),
    ("Overige", ["200", "200", "200"]),
    ("2. Schone lucht", ["500", "600", "700"]),
    ("Bijdrage aan agentschappen", ["500", "600", "700"]),
    ("Meetnet", ["480", "600", "700"]),
    ("Onderzoek", ["20", "0", "0"]),
    ("Leningen", ["0", "0", "0"]),
    ("Overige", ["0", "0", "0"]),
    ("Ontvangsten", ["30", "-", "10"]),
]


def test_synthetic_begroting_table() -> None:
    text = _cell_per_line(
        "Tabel 42 Budgettaire gevolgen van beleid artikel 7 (bedragen x €\xa01.000)",
        ["2024", "2025", "2026"],
        ARTICLE_7,
    )
    [table], table_cells = extract_tables(_document(text))
    assert table["table_id"] == "synthetic:tabel-42"
    assert (table["unit"], table["scale_factor"], table["hierarchy"]) == ("EUR", 1000, "sums")
    assert (table["row_count"], table["column_count"]) == (len(ARTICLE_7), 3)
    assert table["line_end"] == max(c["line"] for c in table_cells)
    assert text.split("\n")[table["line_end"] + 1] == "Toelichting"
    rows = _rows(table_cells)
    parents = {
        rows[r]["label"] + r: rows[p]["label"] if p else None
        for r in rows
        for p in [rows[r]["parent"]]
    }
    assert parents["Uitgavenr02"] is None
    assert parents["1. Veilig verkeerr03"] == "Uitgaven"
    assert parents["Overiger06"] == "Subsidies (regelingen)"
    assert parents["Overiger08"] == "Opdrachten"  # equal to its parent, still its child
    assert parents["Leningenr13"] == "2. Schone lucht"  # zero instrument, not a Meetnet line
    assert parents["Overiger14"] == "Leningen"
    assert parents["Ontvangstenr15"] is None
    # the nil "-" on its own line is an empty cell, not listed
    assert [c["value"] for c in table_cells if c["row_id"] == "r15"] == [30, 10]
    assert _sum_failures(table_cells) == []


def test_a_total_that_does_not_add_up_is_kept_for_the_validation_layer() -> None:
    broken = [(label, list(values)) for label, values in ARTICLE_7]
    broken[4] = ("Verkeersveiligheid", ["300", "310", "350"])  # Subsidies no longer adds up
    text = _cell_per_line(
        "Tabel 3 Budgettaire gevolgen (bedragen x €\xa01.000)", ["2024", "2025", "2026"], broken
    )
    [table], table_cells = extract_tables(_document(text))
    assert table["hierarchy"] == "labels"
    rows = _rows(table_cells)
    assert rows["r05"]["parent"] == "r04" and rows["r04"]["parent"] == "r03"
    assert _sum_failures(table_cells) == ["r04 2025: 450 != 460"]


def test_synthetic_row_per_line_table_with_scale_in_the_prose() -> None:
    text = "\n".join(
        [
            "De gemeenten krijgen in 2024 in totaal € 2,5 miljard, waarvan € 1.500,0 miljoen",
            "voor jeugd.",
            "",
            "Tabel 9. Verdeling naar taak",
            "",
            "Bedragen 2023 2024 Totaal",
            "",
            "Jeugd 1.400.000 1.500.000 2.900.000",
            "",
            "Wmo 900.000 1.000.000 1.900.000",
            "",
            "Groei in % 3,1% 4,2%",
            "",
            "Daarnaast is er ruimte voor nieuw beleid.",
        ]
    )
    warnings: list[ExtractWarning] = []
    [table], table_cells = extract_tables(_document(text), warnings)
    assert (table["line_start"], table["line_end"]) == (4, 12)
    assert (table["unit"], table["scale_factor"], table["scale_line"]) == ("EUR", 1000, 1)
    # no line of the table says its unit: the summary says where it was read instead
    [warning] = warnings
    assert warning.line == 4
    assert "no unit printed; x € 1.000 read from the amount" in warning.reason
    assert "at line 1" in warning.reason
    assert table["scale_text"] in ("€ 2,5 miljard", "€ 1.500,0 miljoen")
    rows = _rows(table_cells)
    assert [r["label"] for _id, r in sorted(rows.items())] == ["Jeugd", "Wmo", "Groei in %"]
    assert rows["r03"]["values"] == {"2023": Decimal("3.1"), "2024": Decimal("4.2")}
    assert {c["unit"] for c in table_cells if c["row_id"] == "r03"} == {"percent"}
    assert all(r["parent"] is None for r in rows.values())


def test_waarvan_row_is_part_of_its_parent_but_not_a_summand() -> None:
    text = _cell_per_line(
        "Tabel 2 Budgettaire gevolgen van beleid (bedragen x €\xa01.000)",
        ["2024", "2025"],
        [
            ("Verplichtingen", ["90", "80"]),
            ("Waarvan garantieverplichtingen", ["10", "10"]),
            ("Uitgaven", ["70", "80"]),
            ("Subsidies", ["70", "80"]),
            ("Regeling A", ["50", "60"]),
            ("Regeling B", ["20", "20"]),
        ],
    )
    [_table], table_cells = extract_tables(_document(text))
    rows = _rows(table_cells)
    assert (rows["r02"]["parent"], rows["r02"]["adds_up"]) == ("r01", False)
    assert rows["r05"]["parent"] == "r04" and rows["r05"]["adds_up"] is True
    assert _sum_failures(table_cells) == []


def test_caption_without_a_table_is_not_a_table() -> None:
    text = "Tabel 5 laat zien dat de uitgaven stijgen.\nDat komt door de vergrijzing.\n"
    assert extract_tables(_document(text)) == ([], [])


def test_back_to_back_tables_and_a_scale_note_under_the_caption() -> None:
    """A caption right after a table's last cell starts a new table; it is no row label."""
    first = _cell_per_line(
        "Tabel 3.1 Budgettaire gevolgen van beleid",
        ["2024", "2025"],
        [("Uitgaven", ["30", "40"]), ("Opdrachten", ["30", "40"])],
    )
    first = first.replace(
        "Tabel 3.1 Budgettaire gevolgen van beleid\n",
        "Tabel 3.1 Budgettaire gevolgen van beleid\n(bedragen x € 1.000)\n",
    )
    first = first[: first.index("Toelichting")]
    second = "\n".join(
        ["Tabel 3.2 Ontvangsten", "", "2024", "", "2025", "", "Leges", "", "5", "", "6", ""]
    )
    rows_text = "\n".join(
        ["Tabel 4. Kerncijfers", "", "Stand 2024 2025", "", "Gemeenten 342 342", ""]
    )
    tables, table_cells = extract_tables(_document(first + second + rows_text))
    assert [t["number"] for t in tables] == ["3.1", "3.2", "4"]
    assert [t["row_count"] for t in tables] == [2, 1, 1]
    assert (tables[0]["scale_factor"], tables[0]["scale_text"]) == (1000, "x € 1.000")
    assert (
        tables[0]["line_end"] < tables[1]["line_start"]
        and tables[1]["line_end"] < tables[2]["line_start"]
    )
    assert (tables[2]["unit"], tables[2]["unit_label"], tables[2]["scale_factor"]) == (None, "", 1)
    assert {c["table_id"] for c in table_cells} == {t["table_id"] for t in tables}


def _random_article(seed: int, cues: bool) -> tuple[list[tuple[str, list[int]]], list[int | None]]:
    """A made-up, adding-up begroting table (rows, parent index per row), 4 levels deep."""
    rng = random.Random(seed)
    instruments = ["Subsidies (regelingen)", "Opdrachten", "Bijdrage aan agentschappen"]
    rows: list[tuple[str, list[int]]] = []
    parents: list[int | None] = []

    def add(label: str, values: list[int], parent: int | None) -> int:
        rows.append((label, values))
        parents.append(parent)
        return len(rows) - 1

    def leaves(n: int) -> list[list[int]]:
        return [[rng.randint(-2_000, 90_000) for _year in range(5)] for _leaf in range(n)]

    def total(parts: list[list[int]]) -> list[int]:
        return [sum(column) for column in zip(*parts, strict=True)]

    plan = {p: {k: leaves(rng.randint(1, 4)) for k in range(rng.randint(1, 3))} for p in (1, 2)}
    parts = {p: {k: total(v) for k, v in plan[p].items()} for p in plan}
    uitgaven = total([total(list(parts[p].values())) for p in plan])
    add("Verplichtingen" if cues else "Kas", [v + 11 for v in uitgaven], None)
    top = add("Uitgaven" if cues else "Totaal", uitgaven, None)
    for p in plan:
        part = add(
            f"{p}. Onderdeel" if cues else f"Onderdeel {p}", total(list(parts[p].values())), top
        )
        for k, regelingen in plan[p].items():
            name = instruments[k] if cues else f"Post {p}{k}"
            instrument = add(name, parts[p][k], part)
            for n, values in enumerate(regelingen):
                add(f"Regeling {p}{k}{n}", values, instrument)
    return rows, parents


@pytest.mark.parametrize("cues", [True, False], ids=["label-cues", "numbers-only"])
@pytest.mark.parametrize("seed", range(15))
def test_random_begroting_tables_get_their_hierarchy_back(seed: int, cues: bool) -> None:
    rows, parents = _random_article(seed, cues)
    years = [str(2023 + i) for i in range(5)]
    printed = [(label, [f"{v:,}".replace(",", ".") for v in values]) for label, values in rows]
    text = _cell_per_line("Tabel 7 Budgettaire gevolgen (bedragen x € 1.000)", years, printed)
    [table], table_cells = extract_tables(_document(text))
    assert table["hierarchy"] == "sums"
    found = _rows(table_cells)
    expected = [None if p is None else f"r{p + 1:02d}" for p in parents]
    assert [found[f"r{i + 1:02d}"]["parent"] for i in range(len(rows))] == expected


def _flexibility(total_share: str) -> str:
    """A budget flexibility table one cell per line: each row's amount and its share of
    the total in a column of its own, the total printed above its parts."""
    return cells_per_line(
        "Tabel 3.2 Budgetflexibiliteit (bedragen x € 1.000)", " ", "2026", "in %",
        "Totaal geraamde uitgaven", "500.000", total_share,
        "Juridisch verplicht", "450.000", "90,0%",
        "Bestuurlijk gebonden", "30.000", "6,0%",
        "Nog niet ingevuld", "20.000", "4,0%",
    )  # fmt: skip


def test_a_column_of_shares_beside_amounts_adds_up_to_no_total() -> None:
    """The total above its parts leaves its share's cell empty: the shares of its parts
    (90%, 6%, 4%) add up to no figure of that column, so they are not read as amounts the
    total must hold; its parts are its children by their amounts (they had no parent: the
    empty cell read as a nil the shares did not add up to)."""
    _tables, cells, _warnings = read_text(_flexibility(" "))
    parents = row_parents(cells)
    assert parents["Juridisch verplicht"] == "Totaal geraamde uitgaven"
    assert parents["Nog niet ingevuld"] == "Totaal geraamde uitgaven"
    assert parents["Totaal geraamde uitgaven"] is None


def test_a_total_printing_its_share_as_a_hundred_percent_heads_its_parts_as_before() -> None:
    """Near form: the total prints its share, 100,0%: its parts are its children, as
    they were when the shares were summed too."""
    _tables, cells, _warnings = read_text(_flexibility("100,0%"))
    parents = row_parents(cells)
    assert parents["Juridisch verplicht"] == "Totaal geraamde uitgaven"
    assert parents["Bestuurlijk gebonden"] == "Totaal geraamde uitgaven"


def test_a_column_headed_as_percentages_printing_bare_shares_adds_up_to_no_total() -> None:
    """The shares print no percent sign ("88,0"), their heading "in %" saying them
    percentages: they are left out of the sums as signed shares are, and the total above
    its parts, its share's cell empty, heads them (it headed none: the bare shares were
    read as amounts adding up to its empty cell)."""
    text = cells_per_line(
        "Tabel 6.1 Budgetflexibiliteit (bedragen x € 1.000)", " ", "2027", "in %",
        "Totaal geraamde uitgaven", "250.000", " ",
        "Juridisch verplicht", "220.000", "88,0",
        "Beleidsmatig gereserveerd", "18.000", "7,2",
        "Nog niet ingevuld", "12.000", "4,8",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["Juridisch verplicht"] == "Totaal geraamde uitgaven"
    assert parents["Nog niet ingevuld"] == "Totaal geraamde uitgaven"
    assert parents["Totaal geraamde uitgaven"] is None


def test_a_table_whose_every_column_is_headed_as_percentages_keeps_summing() -> None:
    """Near form: every column's heading says percentages ("2026 (%)", "2027 (%)"): a
    table of shares alone keeps every column in the sums, and the total printed first,
    100,0 in each, heads the parts by them."""
    text = cells_per_line(
        "Tabel 2 Verdeling uitgaven naar sector", " ", "2026 (%)", "2027 (%)",
        "Totaal", "100,0", "100,0",
        "Zorg", "45,5", "46,0",
        "Onderwijs", "30,0", "29,5",
        "Overig", "24,5", "24,5",
    )  # fmt: skip
    _tables, cells, _warnings = read_text(text)
    parents = row_parents(cells)
    assert parents["Zorg"] == parents["Overig"] == "Totaal"


def _pipe_article(share_label: str) -> str:
    """A beleidsartikel printed as a pipe table under no caption and no unit, a row of
    percentages in one year among the amounts."""
    return "\n".join(
        [
            "Er zijn geen beleidswijzigingen.",
            "2022 | 2023 | 2024 | 2025 | |",
            "---|---|---|---|---|",
            "Verplichtingen | 41.200 | 38.900 | 36.500 | 36.500 |",
            "Uitgaven | 40.100 | 39.800 | 36.500 | 36.500 |",
            f"{share_label} |   | 72% |   |   |",
            "Subsidies (regelingen) |   |   |   |   |",
            "Innovatieregeling | 40.100 | 39.800 | 36.500 | 36.500 |",
            "Ontvangsten | 0 | 0 | 0 | 0 |",
            "Budgetflexibiliteit",
        ]
    )


def test_a_waarvan_row_of_percentages_leaves_a_table_printing_no_unit_without_one() -> None:
    """A table printing no unit whose "waarvan juridisch verplicht" row prints its share as a
    percentage ("72%") among the amounts: the share is a ratio of the table's own figures,
    no second unit, so the table's unit stays the one nothing says (empty), as it does
    beside a said unit. Before, the one percent made the table mixed."""
    tables, cells, _warnings = read_text(_pipe_article("Waarvan juridisch verplicht (in %)"))
    assert [t["unit"] for t in tables] == [None]
    share = next(c for c in cells if c["row_label"].startswith("Waarvan"))
    assert share["value_text"] == "72%"


def test_a_row_of_percentages_of_its_own_beside_amounts_printing_no_unit_is_mixed() -> None:
    """The same table whose row of percentages is a measure of its own ("Realisatiegraad"),
    no share of the row above: two units beside each other, the table mixed as before."""
    tables, _cells, _warnings = read_text(_pipe_article("Realisatiegraad (in %)"))
    assert [t["unit"] for t in tables] == ["mixed"]


def _units_in_labels(last_label: str) -> str:
    """A pipe table under no unit line whose every label says its row's unit, amounts in
    millions, then a row of percentages (``last_label``)."""
    return "\n".join(
        [
            "Tabel 5 Uitgaven jeugdhulp 2023-2026",
            "| | 2023 | 2024 | 2025 | 2026 |",
            "|---|---|---|---|---|",
            "| Jeugdhulp met verblijf (in € mln) | 2.410 | 2.530 | 2.610 | 2.700 |",
            "| Jeugdhulp zonder verblijf (in € mln) | 1.890 | 1.950 | 2.040 | 2.120 |",
            "| Totaal jeugdhulp (in € mln) | 4.300 | 4.480 | 4.650 | 4.820 |",
            f"| {last_label} | 3,1% | 4,2% | 3,8% | 3,7% |",
        ]
    )


def test_labels_each_saying_their_units_money_and_a_rate_of_their_own_make_a_mixed_table() -> None:
    """A table printing no unit for the whole whose every label says its row's: money "(in
    € mln)" over a rate of its own ("Groei (in %)"): each label says its own row's unit,
    and the table's is mixed. The first label's millions were taken for the table's."""
    tables, cells, _warnings = read_text(_units_in_labels("Groei jeugdhulp (in %)"))
    assert [t["unit_label"] for t in tables] == ["mixed"]
    units = {c["row_label"]: c["unit_label"] for c in cells}
    assert units["Totaal jeugdhulp (in € mln)"] == "mln euro"
    assert units["Groei jeugdhulp (in %)"] == "%"


def test_labels_saying_their_units_over_a_waarvan_share_in_percent_keep_the_money_unit() -> None:
    """The same table whose row of percentages is a share of the row above it ("waarvan
    juridisch verplicht (in %)"): a ratio of the table's own figures, no unit of its own,
    so the labels' millions stay the table's unit."""
    tables, _cells, _warnings = read_text(_units_in_labels("waarvan juridisch verplicht (in %)"))
    assert [t["unit_label"] for t in tables] == ["mln euro"]


def _reserves(group: str, label: str) -> str:
    """A municipal staat of reserves as html2text prints it: one row per line, single
    spaces apart, two spaces ending each line, a group heading (``group``) printed without
    values over its reserves, the first of them ``label``."""
    return "\n".join([
        "Bedragen x € 1.000",
        "",
        "Omschrijving Saldo 1-1-2026 Toevoegingen 2026 Onttrekkingen 2026 Saldo 31-12-2026  ",
        "Algemene reserve 21.400 1.200 3.100 19.500  ",
        f"{group}  ",
        f"{label} 4.800 600 900 4.500  ",
        "Reserve onderhoud wegen 2.300 400 500 2.200  ",
        "Totaal bestemmingsreserves 7.100 1.000 1.400 6.700  ",
    ])  # fmt: skip


def test_a_group_heading_set_in_markdown_bold_parents_its_rows_by_its_words() -> None:
    """html2text prints a group heading set in bold between Markdown's marks
    ("**Bestemmingsreserves**"): the marks are layout, so the rows under it name the
    heading by its words as their parent."""
    _tables, cells, _warnings = read_text(
        _reserves("**Bestemmingsreserves**", "Reserve sociaal domein")
    )
    parents = row_parents(cells)
    assert parents["Reserve sociaal domein"] == "Bestemmingsreserves"
    assert parents["Reserve onderhoud wegen"] == "Bestemmingsreserves"


def test_a_label_with_a_footnote_star_after_it_keeps_its_star() -> None:
    """Near form: a star after a label's last word ("Reserve sociaal domein*", a footnote's
    mark) opens no emphasis it closes: the label keeps it, as before."""
    _tables, cells, _warnings = read_text(
        _reserves("Bestemmingsreserves", "Reserve sociaal domein*")
    )
    parents = row_parents(cells)
    assert parents["Reserve sociaal domein*"] == "Bestemmingsreserves"
