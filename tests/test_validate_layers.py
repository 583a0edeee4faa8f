"""Each validation layer, broken on purpose on a copy of the real project, must say so.

The committed package must pass with its findings listed; every other test damages one
thing (a table cell, a quote's line, a foreign key, a linked amount, a source's bytes) and
checks that the right layer names the right place.
"""

from __future__ import annotations

import json

import pytest
import yaml
from validate_helpers import edit_rows, read_rows

from budgetkit.errors import InputError
from budgetkit.fingerprint import package_fingerprint
from budgetkit.project import Project
from budgetkit.publish.gate import require_validated
from budgetkit.validate import validate


@pytest.fixture(scope="module")
def full_run(tmp_path_factory):
    """All six layers once on a copy of the committed project (the GX layer is slow)."""
    import shutil

    from conftest import COPIED, ROOT

    root = tmp_path_factory.mktemp("project")
    for name in COPIED:
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("build"))
    project = Project(root)
    return project, validate(project)


def test_committed_package_passes_with_findings(full_run):
    project, report = full_run
    assert report.data_errors == 0, [e for layer in report.layers for e in layer.errors][:5]
    assert report.findings, "the sources do contain inconsistencies; none were found"
    saved = json.loads((project.reports / "validation.json").read_text(encoding="utf-8"))
    assert saved["data_errors"] == 0
    assert saved["package_fingerprint"] == package_fingerprint(project)
    assert set(saved["layers"]) == {layer.name for layer in report.layers}
    assert (project.reports / "validation.md").read_text(encoding="utf-8").startswith("# Valid")
    assert (project.reports / "data-docs" / "index.html").is_file()
    rows = read_rows(project.datapackage / "data" / "findings.csv")
    assert len(rows) == len(report.findings)
    assert all(row["message"] and row["document_id"] for row in rows)


def test_findings_and_links_are_deterministic(full_run):
    project, _ = full_run
    findings = project.datapackage / "data" / "findings.csv"
    links = project.checks / "links.yml"
    proposals = project.reports / "proposed-links.yml"
    before = findings.read_bytes(), links.read_bytes(), proposals.read_bytes()
    validate(project, ["totals", "consistency"])
    assert (findings.read_bytes(), links.read_bytes(), proposals.read_bytes()) == before


def _is_tabel_15_leaf(row: dict[str, str]) -> bool:
    return (
        row["table_id"].endswith(":tabel-15")
        and bool(row["parent_row_id"])
        and row["adds_up"] == "true"
        and bool(row["year"])
        and row["value"] not in ("", "0")
    )


def test_changed_table_cell_is_named_by_totals(project_copy: Project):
    cells = project_copy.datapackage / "data" / "table_cells.csv"
    cell = edit_rows(
        cells, _is_tabel_15_leaf, lambda r: r.update(value=str(int(float(r["value"])) + 1000))
    )
    report = validate(project_copy, ["totals"])
    sums = [f for f in report.findings if f["check"] == "table_sum"]
    assert any(
        f["table_id"] == cell["table_id"]
        and f["row_id"] == cell["parent_row_id"]
        and f["year"] == int(cell["year"])
        for f in sums
    ), sums
    finding = next(f for f in sums if f["row_id"] == cell["parent_row_id"])
    assert "Tabel 15" in finding["message"] and cell["year"] in finding["message"]


def test_moved_quote_is_named_by_provenance(project_copy: Project):
    amounts = project_copy.datapackage / "data" / "amounts.csv"
    amount = edit_rows(
        amounts, lambda r: "\n" not in r["quote"], lambda r: r.update(line=str(int(r["line"]) + 1))
    )
    report = validate(project_copy, ["provenance"])
    errors = [e for e in report.layer("provenance").errors if e.key == amount["amount_id"]]
    assert [e.check for e in errors] == ["quote"]
    assert errors[0].source_path.startswith("sources/")
    assert f"stands at line {amount['line']}" in errors[0].message
    assert not report.passed


def test_misparsed_amount_is_named_by_provenance(project_copy: Project):
    amounts = project_copy.datapackage / "data" / "amounts.csv"
    amount = edit_rows(
        amounts, lambda r: True, lambda r: r.update(amount_eur=str(int(r["amount_eur"]) * 10))
    )
    report = validate(project_copy, ["provenance"])
    errors = [e for e in report.layer("provenance").errors if e.key == amount["amount_id"]]
    assert [e.check for e in errors] == ["amount-value"]


def test_corrupted_source_fails_sha256(project_copy: Project):
    documents = read_rows(project_copy.datapackage / "data" / "documents.csv")
    path = project_copy.root / documents[0]["source_path"]
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    report = validate(project_copy, ["provenance"])
    errors = [e for e in report.layer("provenance").errors if e.check == "sha256"]
    assert [e.key for e in errors] == [documents[0]["document_id"]]


def test_broken_foreign_key_is_caught_by_structure(project_copy: Project):
    amounts = project_copy.datapackage / "data" / "amounts.csv"
    amount = edit_rows(amounts, lambda r: True, lambda r: r.update(document_id="no-such-document"))
    report = validate(project_copy, ["structure"])
    errors = report.layer("structure").errors
    assert [(e.check, e.resource, e.key) for e in errors] == [
        ("foreign-key", "amounts", amount["amount_id"])
    ]
    assert errors[0].row == 2


def test_a_report_of_some_layers_cannot_open_publishing(project_copy: Project):
    """Some layers passing is not the package passing: such a report takes no fingerprint,
    and the publishing gate refuses it by name, not as a package changed since."""
    assert validate(project_copy, ["structure"]).passed
    saved = json.loads((project_copy.reports / "validation.json").read_text(encoding="utf-8"))
    assert saved["package_fingerprint"] == "" and saved["data_errors"] == 0
    with pytest.raises(InputError, match="some layers only"):
        require_validated(project_copy)


def _confirmed_pair(project: Project):
    """A confirmed link, a year, and the amount ids of the second measure in that year,
    where both measures state an equal amount for that single year."""
    links = yaml.safe_load((project.checks / "links.yml").read_text(encoding="utf-8"))["links"]
    amounts = read_rows(project.datapackage / "data" / "amounts.csv")
    for link in links:
        if link["status"] != "confirmed":
            continue
        first, second = (
            [a for a in amounts if a["measure_id"] == m and a["year_from"] == a["year_to"] != ""]
            for m in link["measures"]
        )
        for a in first:
            if any(
                b["amount_eur"] == a["amount_eur"] and b["year_from"] == a["year_from"]
                for b in second
            ):
                year = a["year_from"]
                return a, {
                    b["amount_id"]
                    for b in amounts
                    if b["measure_id"] == link["measures"][1]
                    and b["year_from"] == year
                    and b["year_to"] in (year, "")
                }
    raise AssertionError("no confirmed link whose measures state an equal amount for one year")


def test_different_amount_in_linked_document_is_found(project_copy: Project):
    mine, theirs = _confirmed_pair(project_copy)
    amounts = project_copy.datapackage / "data" / "amounts.csv"
    rows = read_rows(amounts)
    for amount_id in sorted(theirs):
        edit_rows(
            amounts,
            lambda r, amount_id=amount_id: r["amount_id"] == amount_id,
            lambda r: r.update(amount_eur=str(int(r["amount_eur"]) * 3 + 7_000_000)),
        )
    other_document = next(r["document_id"] for r in rows if r["amount_id"] in theirs)
    report = validate(project_copy, ["consistency"])
    found = [f for f in report.findings if f["check"] == "cross_document"]
    assert any(
        {f["document_id"], f["other_document_id"]} == {mine["document_id"], other_document}
        and f["year"] == int(mine["year_from"])
        for f in found
    ), found


def test_duplicate_place_fails_expectations(project_copy: Project):
    amounts = project_copy.datapackage / "data" / "amounts.csv"
    rows = read_rows(amounts)
    first = rows[0]
    edit_rows(
        amounts,
        lambda r: r["amount_id"] == rows[1]["amount_id"],
        lambda r: r.update(
            document_id=first["document_id"], line=first["line"], column=first["column"]
        ),
    )
    report = validate(project_copy, ["expectations"])
    errors = report.layer("expectations").errors
    assert {e.check for e in errors} == {"expectation"}
    assert any("expect_compound_columns_to_be_unique" in e.message for e in errors)


def _errors(project: Project, layer: str) -> set[tuple]:
    report = validate(project, [layer])
    # Frictionless reports a repeated single-field key twice (unique-error, primary-key).
    return {(e.resource, e.row, e.field) for e in report.layer(layer).errors}


def test_contracts_find_what_frictionless_finds(project_copy: Project):
    """One error of each column kind the benchmark injects, found at the same rows by
    Frictionless (structure) and by Pandera (contracts); the foreign key only by the first."""
    amounts = project_copy.datapackage / "data" / "amounts.csv"
    rows = read_rows(amounts)
    damage = {
        rows[1]["amount_id"]: {"line": "abc"},  # type
        rows[2]["amount_id"]: {"scale": "zz"},  # enum
        rows[3]["amount_id"]: {"document_id": "nope"},  # foreign key
        rows[5]["amount_id"]: {"year_from": "1200"},  # minimum
        rows[4]["amount_id"]: {"amount_id": rows[0]["amount_id"]},  # primary key
    }
    for amount_id, change in damage.items():
        edit_rows(
            amounts, lambda r, a=amount_id: r["amount_id"] == a, lambda r, c=change: r.update(c)
        )
    by_frictionless = _errors(project_copy, "structure")
    by_pandera = _errors(project_copy, "contracts")
    assert by_frictionless - by_pandera == {("amounts", 5, "document_id")}
    assert {(row, field) for _, row, field in by_frictionless} == {
        (3, "line"),
        (4, "scale"),
        (5, "document_id"),
        (7, "year_from"),
        (6, "amount_id"),
    }


def test_prose_restating_a_changed_total_is_found(project_copy: Project):
    """A prose total that agrees with a table's "Totaal" cell stops agreeing when it changes."""
    data = project_copy.datapackage / "data"
    tables = {t["table_id"]: t for t in read_rows(data / "tables.csv")}
    amounts = [a for a in read_rows(data / "amounts.csv") if a["year_to"] != a["year_from"]]
    for cell in read_rows(data / "table_cells.csv"):
        if not cell["column_label"].lower().startswith("totaal") or cell["unit"] != "EUR":
            continue
        euros = float(cell["value"]) * int(cell["scale_factor"])
        doc = tables[cell["table_id"]]["document_id"]
        stated = [
            a
            for a in amounts
            if a["document_id"] == doc and abs(int(a["amount_eur"]) - euros) <= 50_000
        ]
        if stated:
            break
    else:
        raise AssertionError("no prose amount restates a Totaal cell")
    edit_rows(
        data / "table_cells.csv",
        lambda r: (
            (r["table_id"], r["row_id"], r["column_label"])
            == (cell["table_id"], cell["row_id"], cell["column_label"])
        ),
        lambda r: r.update(value=str(round(float(r["value"]) * 1.1))),
    )
    report = validate(project_copy, ["totals"])
    checks = {(f["check"], f["line"]) for f in report.findings}
    assert ("prose_vs_table", int(stated[0]["line"])) in checks, report.findings
    assert ("table_total_column", int(cell["line"])) in checks, report.findings


def _prose_vs_table(report) -> dict[int, dict]:
    return {f["line"]: f for f in report.findings if f["check"] == "prose_vs_table"}


def test_instrument_total_across_article_parts_is_compared(project_copy: Project):
    """Prose stating an instrument's budget is read against the sum of that instrument's rows
    under every article part; making the rows add up to the prose silences the finding."""
    before = _prose_vs_table(validate(project_copy, ["totals"]))
    summed = [f for f in before.values() if f["row_id"] is None]
    assert summed, "no prose figure was read against a sum of namesake rows"
    finding = min(summed, key=lambda f: f["line"])
    assert "rows)" in finding["message"]
    cells = project_copy.datapackage / "data" / "table_cells.csv"
    scale = next(
        int(t["scale_factor"])
        for t in read_rows(project_copy.datapackage / "data" / "tables.csv")
        if t["table_id"] == finding["table_id"]
    )
    shift = (finding["actual"] - finding["expected"]) / scale
    edit_rows(
        cells,
        lambda r: (
            r["table_id"] == finding["table_id"]
            and r["line"] == str(finding["other_line"])
            and r["year"] == str(finding["year"])
        ),
        lambda r: r.update(value=str(round(float(r["value"]) + shift))),
    )
    after = _prose_vs_table(validate(project_copy, ["totals"]))
    assert finding["line"] not in after, after.get(finding["line"])
    assert set(after) == set(before) - {finding["line"]}


def test_yearless_budget_figure_is_read_for_the_budget_year(project_copy: Project):
    """A section headed by a table row's label that opens with a yearless amount restates the
    budget year's cell: change the cell and the prose is named, unless the steward turns the
    reading off."""
    data = project_copy.datapackage / "data"
    documents = {d["document_id"]: d for d in read_rows(data / "documents.csv")}
    tables = {t["table_id"]: t for t in read_rows(data / "tables.csv")}
    headings = {s["section_id"]: s["heading"].lower() for s in read_rows(data / "sections.csv")}
    amounts = [
        a
        for a in read_rows(data / "amounts.csv")
        if not a["year_from"] or a["year_source"] == "context"  # the text names no year
    ]
    pair = None
    for cell in read_rows(data / "table_cells.csv"):
        table = tables[cell["table_id"]]
        if cell["year"] != documents[table["document_id"]]["budget_year"] or not cell["value"]:
            continue
        euros = float(cell["value"]) * int(cell["scale_factor"])
        pair = next(
            (
                a
                for a in amounts
                if a["document_id"] == table["document_id"]
                and headings.get(a["section_id"]) == cell["row_label"].lower()
                and abs(int(a["amount_eur"]) - euros) < 0.001 * euros
            ),
            None,
        )
        if pair:
            break
    assert pair, "no yearless prose amount restates a budget-year cell under its row's heading"
    assert int(pair["line"]) not in _prose_vs_table(validate(project_copy, ["totals"]))
    edit_rows(
        data / "table_cells.csv",
        lambda r: (
            (r["table_id"], r["row_id"], r["year"])
            == (cell["table_id"], cell["row_id"], cell["year"])
        ),
        lambda r: r.update(value=str(round(float(r["value"]) * 1.2))),
    )
    found = _prose_vs_table(validate(project_copy, ["totals"]))
    assert int(pair["line"]) in found, found
    assert "the budget year" in found[int(pair["line"])]["message"]

    tolerances = project_copy.checks / "tolerances.yml"
    settings = yaml.safe_load(tolerances.read_text(encoding="utf-8"))
    settings["totals"]["yearless_amounts_in_budget_year"] = False
    tolerances.write_text(yaml.safe_dump(settings), encoding="utf-8")
    assert int(pair["line"]) not in _prose_vs_table(validate(project_copy, ["totals"]))


def test_a_part_its_section_adds_up_is_not_a_restatement(project_copy: Project, monkeypatch):
    """A prose figure that, with the other amounts of its section, adds up to the table's cell
    is one of its parts; change another part and the figure is named again."""
    from budgetkit.validate import totals

    kept = _prose_vs_table(validate(project_copy, ["totals"]))
    with monkeypatch.context() as patch:
        patch.setattr(totals, "_one_of_the_parts", lambda *args: False)
        every = _prose_vs_table(validate(project_copy, ["totals"]))
    parts = {line: f for line, f in every.items() if line not in kept}
    assert parts, "no prose figure was recognised as one of its section's parts"
    line, finding = min(parts.items())
    amounts = project_copy.datapackage / "data" / "amounts.csv"
    rows = read_rows(amounts)
    mine = next(
        a for a in rows if a["document_id"] == finding["document_id"] and a["line"] == str(line)
    )
    other = next(
        a
        for a in rows
        if a["section_id"] == mine["section_id"]
        and a["amount_id"] != mine["amount_id"]
        and abs(int(a["amount_eur"]) - finding["expected"]) > 0.01 * finding["expected"]
    )
    edit_rows(
        amounts,
        lambda r: r["amount_id"] == other["amount_id"],
        lambda r: r.update(amount_eur=str(int(r["amount_eur"]) * 2)),
    )
    assert line in _prose_vs_table(validate(project_copy, ["totals"]))


def _year_mismatches(report, *, within: bool) -> list[dict]:
    return [
        f
        for f in report.findings
        if f["check"] == "year_mismatch" and (f["document_id"] == f["other_document_id"]) == within
    ]


def _context(project: Project):
    from budgetkit.validate.config import Tolerances
    from budgetkit.validate.consistency import Context

    sentences = [row["sentence"] for row in read_rows(project.datapackage / "data" / "amounts.csv")]
    return Context(Tolerances(project), sentences)


def _typed(row: dict[str, str]) -> dict:
    return {**row, "sentence": row["sentence"] or None}


def test_one_measure_given_two_years_in_one_document_is_found(project_copy: Project):
    """Equal amounts with the same words around them in one document: the finding on the
    real package goes when their years agree, and one appears when a pair's years differ."""
    amounts = project_copy.datapackage / "data" / "amounts.csv"
    found = _year_mismatches(validate(project_copy, ["consistency"]), within=True)
    assert found, "the sources put one measure in two different years; not found"
    rows = read_rows(amounts)
    context = _context(project_copy)
    for f in found:
        a, b = (
            next(
                r
                for r in rows
                if r["document_id"] == f["document_id"]
                and r["line"] == str(n)
                and r["amount_eur"] == str(int(f["actual"]))
            )
            for n in (f["line"], f["other_line"])
        )
        assert a["amount_eur"] == b["amount_eur"]
        assert (a["year_from"], a["year_to"]) != (b["year_from"], b["year_to"])
        assert a["measure_id"] or b["measure_id"]
        assert context.same_money(_typed(a), _typed(b))
    for f in found:
        theirs = next(
            r
            for r in rows
            if r["document_id"] == f["document_id"]
            and r["line"] == str(f["other_line"])
            and r["amount_eur"] == str(int(f["actual"]))
        )
        edit_rows(
            amounts,
            lambda r, f=f: (
                r["document_id"] == f["document_id"]
                and r["line"] == str(f["line"])
                and r["amount_eur"] == str(int(f["actual"]))
            ),
            lambda r, theirs=theirs: r.update(
                year_from=theirs["year_from"], year_to=theirs["year_to"]
            ),
        )
    assert not _year_mismatches(validate(project_copy, ["consistency"]), within=True)

    # Same amount, same words, same years elsewhere in one document: give one another year.
    rows = read_rows(amounts)
    pair = next(
        (a, b)
        for a in rows
        for b in rows
        if a["amount_id"] < b["amount_id"]
        and a["document_id"] == b["document_id"]
        and a["amount_eur"] == b["amount_eur"]
        and a["year_from"] == b["year_from"] != ""
        and a["sentence"] != b["sentence"]
        and (a["measure_id"] or b["measure_id"])
        and context.same_money(_typed(a), _typed(b))
    )
    edit_rows(
        amounts,
        lambda r: r["amount_id"] == pair[0]["amount_id"],
        lambda r: r.update(year_from=str(int(r["year_from"]) + 3), year_to=""),
    )
    found = _year_mismatches(validate(project_copy, ["consistency"]), within=True)
    assert {(f["line"], f["other_line"]) for f in found} == {
        (int(pair[0]["line"]), int(pair[1]["line"]))
    } or {(f["line"], f["other_line"]) for f in found} == {
        (int(pair[1]["line"]), int(pair[0]["line"]))
    }, found


def test_compounds_share_their_parts(project: Project):
    """Platform31 calls one fund "Ondermijningsfonds" and later "Ondermijningsbestrijdingsfonds":
    split into words the documents also use alone, the two names share ondermijning + fonds."""
    context = _context(project)
    assert context.parts("ondermijningsfonds") == {"ondermijning", "fonds"}
    assert {"ondermijning", "fonds"} <= context.parts("ondermijningsbestrijdingsfonds")
    assert context.parts("ondermijning") == frozenset()


def test_linked_equal_amounts_in_other_years_need_the_same_words(project_copy: Project):
    """A confirmed link compares an amount put in another year only when the words around
    the two amounts say it is the same money; give one the other's sentence and it is."""
    rows = read_rows(project_copy.datapackage / "data" / "amounts.csv")
    documents = read_rows(project_copy.datapackage / "data" / "documents.csv")
    budget_year = {d["document_id"]: d["budget_year"] for d in documents}
    context = _context(project_copy)
    a, b = next(
        (a, b)
        for a in rows
        for b in rows
        if a["document_id"] < b["document_id"]
        and budget_year[a["document_id"]] == budget_year[b["document_id"]] != ""
        and a["measure_id"]
        and b["measure_id"]
        and a["amount_eur"] == b["amount_eur"]
        and a["year_from"] != b["year_from"]
        and "" not in (a["year_from"], b["year_from"])
        and not context.same_money(_typed(a), _typed(b))
    )
    path = project_copy.checks / "links.yml"
    links = yaml.safe_load(path.read_text(encoding="utf-8"))["links"]
    links.append(
        {
            "id": f"{a['measure_id']} ~ {b['measure_id']}",
            "status": "confirmed",
            "measures": sorted([a["measure_id"], b["measure_id"]]),
        }
    )
    path.write_text(yaml.safe_dump({"links": links}, sort_keys=False), encoding="utf-8")

    def named() -> bool:
        found = _year_mismatches(validate(project_copy, ["consistency"]), within=False)
        return any({f["line"], f["other_line"]} == {int(a["line"]), int(b["line"])} for f in found)

    assert not named()
    borrowed = " ".join(b["sentence"].split()).replace(" ".join(b["quote"].split()), a["quote"])
    edit_rows(
        project_copy.datapackage / "data" / "amounts.csv",
        lambda r: r["amount_id"] == a["amount_id"],
        lambda r: r.update(sentence=borrowed),
    )
    assert named()
