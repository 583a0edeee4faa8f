"""What publishing computes once so that serving a million rows stays fast, checked
against what the site would give without it.

- Facet counts: the site (``publish/plugins/budgetkit_facets.py``) reads a covered page's
  facets from the ``facet_counts`` table. The tests compare the real site with the same
  site whose plugin configuration names no stored facets, where every facet is Datasette's
  own GROUP BY over the same database: the two must give the same facets, value for value,
  label for label, link for link; and a database changed after its counts were stored
  must be caught.
- The search page reads hits in the order the amounts are stored (``stored_order``): its
  hits must be exactly those of a plain full-text query sorted the way the page promises.
- The table page's search box (``_zoek``) lists exactly the rows Datasette's ``_search``
  lists, page after page, on both its plans; it asks Datasette for no count and counts in
  the full-text index alone: the same number as Datasette's count, up to a cap.
- Excel files of whole tables, written at publish time: every row, the Excel variant's
  bytes, downloaded as a file.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from datasette.tracer import capture_traces
from publish_sample import make_sample_project, write_validation_report

from budgetkit.project import Project
from budgetkit.publish import publish
from budgetkit.publish.serving import site_files

#: Pages whose facets the stored counts cover: all rows, and one facet filter of each type.
COVERED = [
    "/budget/amounts.json?_facet=ministry&_facet=document_id&_facet=year_from&_facet=basis",
    "/budget/amounts.json?ministry=VWS&_facet=document_id&_facet=year_from&_facet=basis",
    "/budget/amounts.json?year_from=2021&_facet=document_id&_facet=ministry&_facet=year_from",
    "/budget/amounts.json?document_id=sample-b&_facet=ministry&_facet=basis&_facet=document_id",
    "/budget/amounts.json?ministry=OCW&_facet=document_id",
    "/budget/table_cells.json?_facet=table_id&_facet=year",
    "/budget/documents.json",  # facets from the metadata (default facets)
    "/budget/documents.json?budget_year=2022",
    "/budget/measures.json?document_id=sample-a&_facet=kind&_facet=ministry&_facet_size=1",
]
#: Pages they do not cover: Datasette counts, and must still be right.
NOT_COVERED = [
    "/budget/amounts.json?ministry=VWS&document_id=sample-a&_facet=basis",
    "/budget/amounts.json?_search=jeugd&_facet=document_id",
    "/budget/amounts.json?line__gt=2&_facet=document_id",
    "/budget/amounts.json?year_from=2021.0&_facet=document_id",
    "/budget/amounts.json?_facet=line",
]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The sample, with document B a year newer than A: the search page puts B first."""
    project = make_sample_project(tmp_path_factory.mktemp("precomputed"))
    documents = project.datapackage / "data" / "documents.csv"
    lines = documents.read_text(encoding="utf-8").split("\n")
    lines = [x.replace(",2021,", ",2022,") if x.startswith("sample-b,") else x for x in lines]
    documents.write_text("\n".join(lines), encoding="utf-8")
    write_validation_report(project)
    publish(project)
    return project


def _datasettes(project: Project):
    """The site as served, and the same site with Datasette counting every facet."""
    files = site_files(project)
    metadata = json.loads(files.metadata.read_text(encoding="utf-8"))
    metadata["plugins"]["budgetkit"]["facet_counts"] = {}
    counting = project.root / "counting-metadata.json"
    counting.write_text(json.dumps(metadata), encoding="utf-8")
    return files.datasette(), dataclasses.replace(files, metadata=counting).datasette()


async def _facets(ds, path: str) -> tuple[dict, list[str]]:
    traces: list[dict] = []
    with capture_traces(traces):
        response = await ds.client.get(path)
    assert response.status_code == 200, path
    return response.json()["facet_results"], [" ".join(t["sql"].split()) for t in traces]


async def _differences(project: Project, paths: list[str]) -> list[str]:
    site, own = _datasettes(project)
    return [
        path for path in paths if (await _facets(site, path))[0] != (await _facets(own, path))[0]
    ]


async def test_stored_counts_are_datasettes_own_counts(sample: Project) -> None:
    assert await _differences(sample, COVERED + NOT_COVERED) == []


async def test_covered_pages_read_the_stored_counts_and_group_nothing(sample: Project) -> None:
    site, _ = _datasettes(sample)
    for path in COVERED:
        facets, sql = await _facets(site, path)
        assert facets, path
        assert any("from facet_counts" in s for s in sql), path
        assert not any("count(*) as count from (" in s for s in sql), path


async def test_other_pages_are_left_to_datasette(sample: Project) -> None:
    site, _ = _datasettes(sample)
    for path in NOT_COVERED:
        facets, sql = await _facets(site, path)
        assert facets, path
        assert not any("from facet_counts" in s for s in sql), path


async def test_a_database_changed_after_its_counts_were_stored_is_caught(
    sample: Project, tmp_path: Path
) -> None:
    """The comparison above is what guards the stored counts: it fails on stale counts."""
    stale = Project(tmp_path / "stale")
    shutil.copytree(sample.root, stale.root)
    with sqlite3.connect(site_files(stale).db) as conn:
        conn.execute("update amounts set ministry = 'OCW' where document_id = 'sample-b'")
    assert await _differences(stale, COVERED[:2]) == COVERED[:2]


def test_every_faceted_table_has_its_counts(sample: Project) -> None:
    metadata = json.loads(site_files(sample).metadata.read_text(encoding="utf-8"))
    covered = metadata["plugins"]["budgetkit"]["facet_counts"]
    assert covered["amounts"] == {
        "ministry": "text",
        "document_id": "text",
        "year_from": "integer",
        "basis": "text",
    }
    with sqlite3.connect(site_files(sample).db) as conn:
        stored = set(conn.execute("select distinct table_name, facet_column from facet_counts"))
        for table, columns in covered.items():
            for column in columns:
                (values,) = conn.execute(
                    f'select count(distinct "{column}") from "{table}"'
                ).fetchone()
                assert ((table, column) in stored) == (values > 0), (table, column)


#: The search page's promise, as a plain query: every amount whose quote or sentence holds
#: the term, newest budget year first, then by document, line and column.
SEARCH_AS_PROMISED = """
select a.amount_id from amounts a join documents d on d.document_id = a.document_id
where a.rowid in (select rowid from amounts_fts where amounts_fts match ?)
order by d.budget_year desc, a.document_id, a.line, a."column"
"""


@pytest.mark.parametrize("term", ["jeugd", "Jeugdzorg", "75,5", "miljoen", "zorg", "qqq"])
async def test_search_page_gives_the_promised_hits_in_the_promised_order(
    sample: Project, term: str
) -> None:
    site = site_files(sample).datasette()
    rows = (await site.client.get(f"/budget/zoeken.json?_shape=array&q={term}")).json()
    with sqlite3.connect(site_files(sample).db) as conn:
        expected = [row[0] for row in conn.execute(SEARCH_AS_PROMISED, [f'"{term}"'])]
    assert [row["amount_id"] for row in rows] == expected
    if term == "jeugd":  # B (2022) before A (2021), A's amounts in line order
        assert expected == ["sample-b-l2-c19", "sample-a-l3-c19", "sample-a-l4-c24"]


def _row_count(html: str) -> str:
    return " ".join(re.search(r'<h3 class="row-count">(.*?)</h3>', html, re.S).group(1).split())


def _capped_site(project: Project, cap: int):
    """The site with another search_count_cap (the search box's count and plan switch)."""
    files = site_files(project)
    metadata = json.loads(files.metadata.read_text(encoding="utf-8"))
    metadata["plugins"]["budgetkit"]["search_count_cap"] = cap
    capped = project.root / f"capped-{cap}-metadata.json"
    capped.write_text(json.dumps(metadata), encoding="utf-8")
    return dataclasses.replace(files, metadata=capped).datasette()


async def _ids(site, path: str) -> list[str]:
    """Every amount id the search's pages list, following the next links."""
    ids: list[str] = []
    path += "&_shape=objects"
    while path:
        page = (await site.client.get(path)).json()
        ids += [row["amount_id"] for row in page["rows"]]
        path = page["next_url"] and page["next_url"].split("://", 1)[-1].split("/", 1)[-1]
        path = path and "/" + path
    return ids


SEARCH_TERMS = ["jeugd", "miljoen", "75,5", "ruim", "qqq"]


@pytest.mark.parametrize("cap", [1000, 1])  # 1: every term with 2+ matches takes the index walk
@pytest.mark.parametrize("term", SEARCH_TERMS)
async def test_search_box_lists_what_datasettes_search_lists(
    sample: Project, term: str, cap: int
) -> None:
    site = _capped_site(sample, cap)
    by_datasette = await _ids(site, f"/budget/amounts.json?_search={term}&_size=1")
    by_box = await _ids(site, f"/budget/amounts.json?_zoek={term}&_nocount=1&_size=1")
    assert by_box == by_datasette
    filtered = "&ministry=VWS&document_id=sample-a"
    assert await _ids(site, f"/budget/amounts.json?_zoek={term}{filtered}") == await _ids(
        site, f"/budget/amounts.json?_search={term}{filtered}"
    )


@pytest.mark.parametrize("term", SEARCH_TERMS)
async def test_search_box_counts_in_the_index_what_datasette_counts(
    sample: Project, term: str
) -> None:
    site = site_files(sample).datasette()
    counted = (await site.client.get(f"/budget/amounts?_search={term}")).text
    traces: list[dict] = []
    with capture_traces(traces):
        from_box = (await site.client.get(f"/budget/amounts?_zoek={term}&_nocount=1")).text
    assert _row_count(from_box) == _row_count(counted)
    assert _row_count(from_box).startswith(("0 rijen", "1 rij ", "2 rijen", "3 rijen"))
    assert not any("count(*) from amounts where" in t["sql"] for t in traces)
    assert '<input type="search" name="_zoek"' in from_box.replace('id="_zoek" ', "")
    assert '<input type="hidden" name="_nocount" value="1">' in from_box


async def test_search_box_says_more_than_the_cap(sample: Project) -> None:
    site = _capped_site(sample, 1)
    many = (await site.client.get("/budget/amounts?_zoek=jeugd&_nocount=1")).text
    assert _row_count(many).startswith("meer dan 1 rijen met „jeugd”")
    one = (await site.client.get("/budget/amounts?_zoek=ruim&_nocount=1")).text
    assert _row_count(one).startswith("1 rij met „ruim”")


def _excel_rows(body: bytes) -> list[list[str]]:
    assert body.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark
    assert body.endswith(b"\r\n") and b"\n" not in body.split(b"\r\n")[0]  # rows end in CRLF
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"), newline=""), delimiter=";"))


async def test_every_listed_table_downloads_whole_in_the_excel_variant(sample: Project) -> None:
    files = site_files(sample)
    site = files.datasette()
    tables = json.loads(files.metadata.read_text())["plugins"]["budgetkit"]["excel_tables"]
    assert {"amounts", "table_cells", "source_lines", "measure_links"} <= set(tables)
    with sqlite3.connect(files.db) as conn:
        for table in tables:
            response = await site.client.get(f"/-/excel/{table}.csv")
            assert response.status_code == 200, table
            assert response.headers["content-disposition"] == (
                f'attachment; filename="{table}-excel.csv"'
            )
            rows = _excel_rows(response.content)
            columns = [row[1] for row in conn.execute(f'pragma table_info("{table}")')]
            (count,) = conn.execute(f'select count(*) from "{table}"').fetchone()
            assert rows[0] == columns and len(rows) == count + 1, table
            assert {len(row) for row in rows} == {len(columns)}, table
    assert "facet_counts" not in tables
    assert (await site.client.get("/-/excel/facet_counts.csv")).status_code == 404


async def test_excel_variant_writes_numbers_the_dutch_excel_way(sample: Project) -> None:
    site = site_files(sample).datasette()
    links = _excel_rows((await site.client.get("/-/excel/measure_links.csv")).content)
    assert links[1][links[0].index("score")] == "1,5"  # a decimal comma
    amounts = _excel_rows((await site.client.get("/-/excel/amounts.csv")).content)
    euros = [row[amounts[0].index("amount_eur")] for row in amounts[1:]]
    assert sorted(euros) == ["12000000", "75500000", "75500000"]  # no thousands separator
    assert "€ 12\nmiljoen" in [row[amounts[0].index("quote")] for row in amounts[1:]]


async def test_table_page_links_the_whole_table_and_says_where_a_selection_is_capped(
    sample: Project,
) -> None:
    site = site_files(sample).datasette()
    whole = (await site.client.get("/budget/amounts")).text
    assert 'href="/-/excel/amounts.csv" download' in whole
    assert "/budget/amounts.excel" not in whole
    selection = (await site.client.get("/budget/amounts?ministry=VWS")).text
    assert 'href="/-/excel/amounts.csv" download' in selection
    assert 'href="/budget/amounts.excel?ministry=VWS' in selection
    assert "hoogstens 1.000 rijen" in selection
