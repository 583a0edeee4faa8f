"""The publish stage: the validation gate, a database shaped by the schemas, atomic output."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import sqlite_utils
from publish_sample import make_sample_project, write_validation_report

from budgetkit.errors import InputError
from budgetkit.project import Project
from budgetkit.publish import publish
from budgetkit.publish.database import facet_indexes, index_columns
from budgetkit.publish.render import Place, dutch_number, euros, marked_spans
from budgetkit.publish.site import load_site


@pytest.fixture
def sample(tmp_path: Path) -> Project:
    return make_sample_project(tmp_path)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _build_files(project: Project) -> dict[str, str]:
    """Every published file (the Excel files are in a folder) -> its digest."""
    return {
        str(p.relative_to(project.build)): _digest(p)
        for p in sorted(project.build.rglob("*"))
        if p.is_file()
    }


# --- the gate ---------------------------------------------------------------------------


def test_refuses_without_a_validation_report(sample: Project) -> None:
    (sample.reports / "validation.json").unlink()
    with pytest.raises(InputError, match="run `budgetkit validate`") as error:
        publish(sample)
    assert error.value.path.endswith("reports/validation.md")
    assert not sample.build.exists()


def test_refuses_a_report_on_other_bytes(sample: Project) -> None:
    findings = sample.datapackage / "data" / "findings.csv"
    findings.write_text(findings.read_text(encoding="utf-8") + "\n")
    with pytest.raises(InputError, match="changed after it was validated"):
        publish(sample)


def test_refuses_a_package_with_data_errors(sample: Project) -> None:
    write_validation_report(sample, data_errors=2)
    with pytest.raises(InputError, match="2 data error") as error:
        publish(sample)
    assert error.value.path.endswith("reports/validation.md")


def test_refuses_an_unreadable_report(sample: Project) -> None:
    (sample.reports / "validation.json").write_text("{not json")
    with pytest.raises(InputError, match="unreadable validation report"):
        publish(sample)


# --- the database follows the schemas ------------------------------------------------


def test_keys_and_indexes_come_from_the_schemas(sample: Project) -> None:
    db = sqlite_utils.Database(publish(sample))
    descriptor = json.loads(sample.descriptor.read_text(encoding="utf-8"))
    site = load_site(sample)
    for resource in descriptor["resources"]:
        name, schema = resource["name"], resource["schema"]
        table = db[name]
        assert table.columns_dict.keys() == {f["name"] for f in schema["fields"]}
        assert table.pks == schema["primaryKey"]
        expected_fks = {
            (fk["fields"], fk["reference"]["resource"] or name, fk["reference"]["fields"])
            for fk in schema.get("foreignKeys", [])
        }
        found_fks = {(fk.column, fk.other_table, fk.other_column) for fk in table.foreign_keys}
        assert found_fks == expected_fks
        indexed = {tuple(index.columns) for index in table.indexes}
        leading = {columns[0] for columns in indexed} | {schema["primaryKey"][0]}
        for fk in schema.get("foreignKeys", []):
            assert fk["fields"] in leading, (name, fk)
        for field in schema["fields"]:
            if "enum" in field.get("constraints", {}):
                assert field["name"] in leading, (name, field["name"])
        for column in index_columns(name, schema, site):
            assert (column,) in indexed, (name, column)
        for columns in facet_indexes(name, schema, site):
            assert tuple(columns) in indexed, (name, columns)
        for facet in site.facets(name):
            assert (facet, *schema["primaryKey"]) in indexed or facet in schema["primaryKey"]
        if site.search(name):
            assert table.detect_fts() == f"{name}_fts"


def test_not_null_follows_required(sample: Project) -> None:
    db = sqlite_utils.Database(publish(sample))
    columns = {c.name: c for c in db["amounts"].columns}
    assert columns["quote"].notnull and not columns["qualifier"].notnull


# --- output is atomic and deterministic ----------------------------------------------


def test_a_failed_publish_keeps_the_previous_site(sample: Project) -> None:
    db = publish(sample)
    before = _build_files(sample)
    amounts = sample.datapackage / "data" / "amounts.csv"
    lines = amounts.read_text(encoding="utf-8").split("\n")
    lines[-2] = lines[-2].replace("75500000", "75.5 mln")  # not an integer
    amounts.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(InputError, match="not of its schema's type") as error:
        publish(sample, check_validation=False)
    assert error.value.path.endswith("amounts.csv") and error.value.line == len(lines) - 1
    assert _build_files(sample) == before
    assert db.exists()


def test_a_changed_source_is_refused(sample: Project) -> None:
    (sample.sources / "sample-b.txt").write_text("changed\n", encoding="utf-8")
    with pytest.raises(InputError, match="source changed since extraction"):
        publish(sample)


def test_same_package_same_zip_database_and_excel_files(sample: Project) -> None:
    publish(sample)
    first = _build_files(sample)
    publish(sample)
    assert _build_files(sample) == first
    assert {"budget.db", "datapackage.zip", "metadata.json", "inspect-data.json"} < set(first)
    assert {"excel/amounts-excel.csv", "excel/source_lines-excel.csv"} < set(first)


def test_inspect_counts_are_the_table_counts(sample: Project) -> None:
    db = sqlite_utils.Database(publish(sample))
    inspect = json.loads((sample.build / "inspect-data.json").read_text())["budget"]
    assert inspect["hash"] == _digest(sample.build / "budget.db")
    for name, info in inspect["tables"].items():
        assert db[name].count == info["count"]


# --- rendering helpers ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [(75_500_000, "€ 75.500.000"), (0, "€ 0"), (-63_500_000, "-€ 63.500.000"),
     (4262.6, "€ 4.262,60"), (1000.0, "€ 1.000"), (22.5, "€ 22,50"), (0.0285, "€ 0,0285")],
)  # fmt: skip
def test_euros_are_written_the_dutch_way(value, text) -> None:
    assert euros(value) == text


def test_dutch_number_groups_thousands() -> None:
    assert dutch_number(1234567) == "1.234.567"


def test_marked_spans_refuse_a_quote_that_is_not_there() -> None:
    lines = {4: "ruim € 12", 5: "miljoen naar"}
    place = Place("Source", "d", 4, 5, column=6, quote="€ 12\nmiljoen")
    assert marked_spans(place, lines) == {4: (5, 9), 5: (0, 7)}
    moved = Place("Source", "d", 4, 5, column=5, quote="€ 12\nmiljoen")
    assert marked_spans(moved, lines) is None


def test_amount_totals_add_up_to_the_amounts(sample: Project) -> None:
    db = sqlite_utils.Database(publish(sample))
    totals = db.execute("select sum(amounts), sum(stated_sum_eur) from amount_totals").fetchone()
    assert totals == db.execute("select count(*), sum(amount_eur) from amounts").fetchone()


def test_full_text_indexes_use_the_configured_tokenizer(sample: Project) -> None:
    db = sqlite_utils.Database(publish(sample))
    site = load_site(sample)
    assert site.tokenizer("amounts") == "trigram"
    assert site.tokenizer("source_lines").startswith("unicode61")
    for name in ("amounts", "source_lines"):
        assert f"tokenize='{site.tokenizer(name)}'" in db[f"{name}_fts"].schema
