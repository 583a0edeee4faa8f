"""The real chain on the real five documents: validate, publish, and query the site.

A copy of the project (sources, committed package, checks) is validated by the real
validation stage and published by `publish_command`, exactly as `budgetkit build` does;
the site is then queried through Datasette's own test client.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from datasette.utils import tilde_encode
from frictionless import Package

from budgetkit.project import Project
from budgetkit.publish.command import publish_command
from budgetkit.publish.serving import site_files

validate_command = pytest.importorskip("budgetkit.validate.command").validate_command


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> Project:
    root = tmp_path_factory.mktemp("chain")
    source = Path(__file__).resolve().parent.parent
    for name in ("sources", "schemas", "datapackage", "publish", "checks"):
        shutil.copytree(source / name, root / name, ignore=shutil.ignore_patterns("build"))
    validate_command(project_dir=root)  # raises typer.Exit(1) on data errors
    publish_command(project_dir=root)
    return Project(root)


@pytest.fixture
def ds(real: Project):
    return site_files(real).datasette()


def _csv_count(project: Project, path: str) -> int:
    with (project.datapackage / path).open(encoding="utf-8") as handle:
        return sum(1 for _ in csv.DictReader(handle))


async def test_every_resource_has_all_its_rows(ds, real: Project) -> None:
    descriptor = json.loads(real.descriptor.read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        response = await ds.client.get(f"/budget/{resource['name']}.json?_size=0")
        count = response.json()["filtered_table_rows_count"]
        assert count == _csv_count(real, resource["path"]), resource["name"]
    assert _csv_count(real, "data/amounts.csv") > 100


async def test_search_jeugd_finds_amounts_in_several_documents(ds) -> None:
    rows = (await ds.client.get("/budget/amounts.json?_search=jeugd&_shape=array&_size=max")).json()
    assert len({row["document_id"] for row in rows}) > 1
    assert all("jeugd" in (row["quote"] + (row["sentence"] or "")).lower() for row in rows)


async def test_every_canned_query_returns_rows(ds, real: Project) -> None:
    for name, query in site_files(real).site.queries.items():
        known = {"q": "jeugd", "tabel": "vws-begroting-2023-artikel-3:tabel-15"}
        params = {p: known.get(p, "") for p in re.findall(r":(\w+)", query["sql"])}
        response = await ds.client.get(f"/budget/{name}.json", params={**params, "_shape": "array"})
        assert response.status_code == 200, (name, response.text[:300])
        assert response.json(), name


async def test_findings_link_both_places(ds) -> None:
    rows = (await ds.client.get("/budget/numbers_that_do_not_add_up.json?_shape=array")).json()
    html = (await ds.client.get("/budget/numbers_that_do_not_add_up")).text
    compared = [row for row in rows if row["other_place"]]
    assert compared
    for row in compared:
        for place in (row["place"], row["other_place"]):
            document, line = place.rsplit(":", 1)
            assert f'href="/-/source/{document}#L{line}"' in html
            page = (await ds.client.get(f"/-/source/{document}")).text
            assert f'id="L{line}"' in page


async def test_every_amount_page_marks_its_quote(ds) -> None:
    rows = (
        await ds.client.get("/budget/amounts.json?_shape=array&_size=max&_col=amount_id")
    ).json()
    for row in rows[:: max(1, len(rows) // 60)]:  # a spread of amounts over every document
        html = (await ds.client.get(f"/budget/amounts/{tilde_encode(row['amount_id'])}")).text
        assert "<mark>" in html, row["amount_id"]
        assert "not at this place" not in html, row["amount_id"]


async def test_zip_validates_with_frictionless(real: Project) -> None:
    path = real.build / "datapackage.zip"
    with zipfile.ZipFile(path) as archive:
        assert all(info.date_time == (1980, 1, 1, 0, 0, 0) for info in archive.infolist())
    report = Package(str(path)).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
