"""The published site through Datasette's own test client, on the small sample project.

Each test reads the real generated files (database, metadata, inspect data) and the real
templates and plugins in publish/, exactly as `budgetkit serve` does.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
import sqlite_utils
from frictionless import Package
from publish_sample import make_sample_project

from budgetkit.project import Project
from budgetkit.publish import publish
from budgetkit.publish.serving import site_files
from budgetkit.schemas import RESOURCES


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = make_sample_project(tmp_path_factory.mktemp("site"))
    publish(project)
    return project


@pytest.fixture
def ds(sample: Project):
    return site_files(sample).datasette()


def _csv_rows(project: Project, name: str) -> int:
    with (project.datapackage / "data" / f"{name}.csv").open(encoding="utf-8") as handle:
        return sum(1 for _ in csv.DictReader(handle))


async def test_every_resource_is_a_table_with_its_rows(ds, sample: Project) -> None:
    for name in RESOURCES:
        response = await ds.client.get(f"/budget/{name}.json?_shape=objects&_size=0")
        assert response.status_code == 200, name
        assert response.json()["filtered_table_rows_count"] == _csv_rows(sample, name), name


async def test_source_lines_hold_every_line_of_every_source(ds, sample: Project) -> None:
    sources = sorted(sample.sources.glob("*.txt"))
    assert len(sources) >= 2
    for source in sources:
        response = await ds.client.get(
            f"/budget/source_lines.json?_shape=array&document_id={source.stem}&_size=max"
        )
        lines = [row["text"] for row in response.json()]
        assert lines == source.read_text(encoding="utf-8").split("\n"), source.name


async def test_front_page_says_what_and_links_downloads(ds) -> None:
    html = (await ds.client.get("/")).text
    assert "Nederlandse begrotingsstukken" in html
    assert 'href="/download/datapackage.zip"' in html
    assert 'href="/-/excel/amounts.csv" download' in html  # every amount, for Excel
    assert 'action="/budget/zoeken"' in html  # the search box leads to the readable results
    assert 'href="https://example.org/sample-a"' in html  # the original, where known
    for query in ("amounts_per_ministry_and_year", "search_everything", "zoeken"):
        assert f'href="/budget/{query}"' in html


async def test_html_in_the_data_is_shown_as_text(ds) -> None:
    for path in ("/", "/budget/documents", "/budget/amounts/sample-a-l4-c24", "/-/source/sample-a"):
        html = (await ds.client.get(path)).text
        assert "<script>alert" not in html, path
        assert "&lt;script&gt;alert" in html, path


async def test_amount_page_marks_the_amount_in_its_source_lines(ds) -> None:
    html = (await ds.client.get("/budget/amounts/sample-a-l4-c24")).text
    # A quote that spans two lines is marked on both source lines, and nothing else is.
    source = html.split('class="source-context"', 1)[1]
    assert re.findall(r"<mark>(.*?)</mark>", source) == ["€ 12", "miljoen"]
    # The sentence above it marks the amount too, white space folded.
    assert "<mark>€ 12 miljoen</mark> naar de jeugdhulp" in html
    assert "Daarnaast gaat er ruim € 12 miljoen naar de jeugdhulp" in html  # the sentence
    assert 'href="/-/source/sample-a#L4"' in html
    assert "not at this place" not in html


async def test_a_quote_not_at_its_line_is_flagged_not_marked(tmp_path: Path) -> None:
    project = make_sample_project(tmp_path)
    amounts = project.datapackage / "data" / "amounts.csv"
    amounts.write_text(
        amounts.read_text(encoding="utf-8").replace("l3-c19,sample-a,3,19", "l3-c19,sample-a,3,20")
    )
    publish(project, check_validation=False)
    html = (
        await site_files(project).datasette().client.get("/budget/amounts/sample-a-l3-c19")
    ).text
    assert "<mark>" not in html.split('class="source-context"', 1)[1]
    assert "Het citaat staat niet op deze plaats in de bron" in html


async def test_source_page_numbers_every_line(ds) -> None:
    html = (await ds.client.get("/-/source/sample-a")).text
    assert 'id="L5"' in html and 'href="#L5"' in html
    assert (await ds.client.get("/-/source/no-such-document")).status_code == 404


async def test_euros_dutch_in_html_raw_in_csv_and_json(ds) -> None:
    html = (await ds.client.get("/budget/amounts?document_id=sample-a")).text
    assert "€ 75.500.000" in html
    rows = (await ds.client.get("/budget/amounts.json?_shape=array&document_id=sample-a")).json()
    assert {row["amount_eur"] for row in rows} == {75_500_000, 12_000_000}
    text = (await ds.client.get("/budget/amounts.csv?document_id=sample-a")).text
    assert "75500000" in text and "75.500.000" not in text


async def test_front_page_links_amounts_faceted_by_ministry_document_year_basis(ds) -> None:
    html = (await ds.client.get("/")).text
    link = re.search(r'href="(/budget/amounts\?_facet=[^"]+)"', html).group(1)
    data = (
        await ds.client.get(link.replace("&amp;", "&").replace("amounts?", "amounts.json?"))
    ).json()
    assert set(data["facet_results"]) == {"ministry", "document_id", "year_from", "basis"}
    assert data["facet_results"]["document_id"]["results"][0]["count"] == 2


@pytest.mark.parametrize("term", ["jeugd", "Jeugd", "jeugdzorg"])
async def test_search_finds_parts_of_compound_words(ds, term: str) -> None:
    rows = (await ds.client.get(f"/budget/amounts.json?_shape=array&_search={term}")).json()
    assert {row["document_id"] for row in rows} == {"sample-a", "sample-b"}


CANNED_PARAMETERS = {"q": "jeugd", "ministry": "", "tabel": "sample-a-t1", "pagina": ""}


async def test_every_canned_query_runs_and_returns_rows(ds, sample: Project) -> None:
    queries = site_files(sample).site.queries
    assert len(queries) >= 4
    for name, query in queries.items():
        params = {p: CANNED_PARAMETERS[p] for p in re.findall(r":(\w+)", query["sql"])}
        response = await ds.client.get(f"/budget/{name}.json", params={**params, "_shape": "array"})
        assert response.status_code == 200, (name, response.text[:300])
        assert response.json(), name


async def test_findings_data_keeps_both_places_and_signed_differences(ds) -> None:
    rows = (await ds.client.get("/budget/numbers_that_do_not_add_up.json?_shape=array")).json()
    assert [(r["place"], r["other_place"], r["difference_eur"]) for r in rows] == [
        ("sample-a:4", "sample-b:2", -63_500_000)
    ]


async def test_the_site_is_read_only(ds) -> None:
    assert not ds.databases["budget"].is_mutable
    response = await ds.client.get(
        "/budget.json", params={"sql": "delete from amounts", "_shape": "array"}
    )
    assert response.status_code == 400
    assert (await ds.client.get("/budget/amounts.json?_size=0")).json()[
        "filtered_table_rows_count"
    ] == 3
    assert ds.setting("sql_time_limit_ms") > 0 and ds.setting("max_returned_rows") > 0


async def test_only_read_only_plugins_are_loaded(ds, sample: Project) -> None:
    names = {plugin["name"] for plugin in (await ds.client.get("/-/plugins.json")).json()}
    ours = {path.name for path in site_files(sample).site.plugins.glob("*.py")}
    charts = {"datasette-dashboards", "datasette-leaflet", "datasette-render-markdown"}
    assert names == {"datasette-search-all", *charts, *ours}


async def test_zip_download_is_the_package_and_validates(ds, tmp_path: Path) -> None:
    response = await ds.client.get("/download/datapackage.zip")
    assert response.status_code == 200
    path = tmp_path / "datapackage.zip"
    path.write_bytes(response.content)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        descriptor = json.loads(archive.read("datapackage.json"))
    assert names == ["datapackage.json", *(r["path"] for r in descriptor["resources"])]
    report = Package(str(path)).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_metadata_is_generated_from_the_package(sample: Project) -> None:
    metadata = json.loads((sample.build / "metadata.json").read_text(encoding="utf-8"))
    descriptor = json.loads(sample.descriptor.read_text(encoding="utf-8"))
    site = site_files(sample).site
    assert metadata["title"] == site.labels.site["title"]  # the site's Dutch title
    assert metadata["databases"]["budget"]["tables"]["amounts"]["title"] == "Bedragen"
    assert metadata["license"] == descriptor["licenses"][0]["name"]
    tables = metadata["databases"]["budget"]["tables"]
    labels = site_files(sample).site.labels
    for resource in descriptor["resources"]:
        for field in resource["schema"]["fields"]:
            dutch = labels.column(resource["name"], field["name"])
            expected = dutch[1] if dutch else field.get("description", "")
            assert tables[resource["name"]]["columns"][field["name"]].startswith(expected)
    assert "Eenheid: euro" in tables["amounts"]["columns"]["amount_eur"]
    assert "amount_eur" in metadata["plugins"]["budgetkit"]["euro_columns"]


def test_csv_export_matches_package_rows(sample: Project) -> None:
    # The table export stays raw: same ids, same numbers as the package CSV.
    with (sample.datapackage / "data" / "amounts.csv").open(encoding="utf-8") as handle:
        expected = {r["amount_id"]: Decimal(r["amount_eur"]) for r in csv.DictReader(handle)}
    with sqlite3.connect(site_files(sample).db) as conn:
        rows = conn.execute("select amount_id, cast(amount_eur as text) from amounts")
        got = {key: Decimal(value) for key, value in rows}
    assert got == expected


async def _search_everything(ds, term: str) -> dict[str, list[dict]]:
    rows = (
        await ds.client.get("/budget/search_everything.json", params={"q": term, "_shape": "array"})
    ).json()
    found: dict[str, list[dict]] = {}
    for row in rows:
        found.setdefault(row["kind"], []).append(row)
    return found


async def test_search_everything_finds_words_starting_with_the_term_in_sources(ds) -> None:
    lines = (await _search_everything(ds, "jeugd"))["source line"]
    assert {row["place"].rsplit(":", 1)[0] for row in lines} == {"sample-a", "sample-b"}
    assert all(re.search(r"\bjeugd", row["found"], re.IGNORECASE) for row in lines)


async def test_source_lines_use_a_word_index_and_amounts_a_trigram_index(ds) -> None:
    """ "zorg" is inside "jeugdzorg": the amounts' trigram index finds it, the source
    lines' word index (prefix search only, a fraction of the size) does not."""
    found = await _search_everything(ds, "zorg")
    assert {row["place"].rsplit(":", 1)[0] for row in found["amount"]} == {"sample-a", "sample-b"}
    assert "source line" not in found


#: The tables a journalist reads: every column of these must have a Dutch label.
READ_TABLES = ("documents", "amounts", "tables", "table_cells", "findings", "measures")


def test_every_column_a_journalist_reads_has_a_dutch_label(project: Project) -> None:
    labels = site_files_labels(project)
    descriptor = json.loads(project.descriptor.read_text(encoding="utf-8"))
    missing = [
        f"{resource['name']}.{field['name']}"
        for resource in descriptor["resources"]
        if resource["name"] in READ_TABLES
        for field in resource["schema"]["fields"]
        if labels.column(resource["name"], field["name"]) is None
    ]
    assert missing == [], "add these to publish/labels.yml"


def site_files_labels(project: Project):
    from budgetkit.publish.site import load_site

    return load_site(project).labels


async def test_table_page_speaks_dutch_with_dutch_numbers(ds) -> None:
    html = (await ds.client.get("/budget/amounts")).text
    assert "<title>Bedragen: 3 rijen</title>" in html
    assert ">per jaar<" in html and ">per_year<" not in html  # code values in words
    header = re.search(r'<th [^>]*data-column="amount_eur"[^>]*>(.*?)</th>', html, re.S).group(1)
    assert ">Bedrag" in header  # the column's Dutch label, not amount_eur
    # The column help comes after the rows, folded away.
    assert html.index('class="rows-and-columns"') < html.index("Wat betekenen de kolommen?")


async def test_search_page_writes_euros_out_and_marks_term_and_amount(ds) -> None:
    html = (await ds.client.get("/budget/zoeken?q=jeugd")).text
    assert "<title>Zoeken: jeugd</title>" in html
    assert "€ 75.500.000" in html and "€ 75,5 miljoen" in html
    assert "<mark>€ 75,5 miljoen</mark>" in html  # the amount, marked in its sentence
    assert re.search(r"<mark>jeugd</mark>zorg", html, re.IGNORECASE)  # the term, marked
    assert 'href="/budget/amounts/sample-a-l3-c19"' in html
    assert "Letter B" in html and "begrotingsjaar 2021" in html
    assert "select " not in html.split("Voor wie SQL kent")[0]  # no SQL unless asked for


async def test_ministry_totals_ignore_case(ds) -> None:
    for ministry in ("vws", "VWS"):
        rows = (
            await ds.client.get(
                "/budget/amounts_per_ministry_and_year.json",
                params={"ministry": ministry, "_shape": "array"},
            )
        ).json()
        assert rows and {row["ministry"] for row in rows} == {"VWS"}


async def test_csv_downloads_and_excel_variant_has_bom_and_semicolons(ds) -> None:
    response = await ds.client.get("/budget/amounts.csv?_dl=1")
    assert response.headers["content-disposition"].startswith("attachment")
    html = (await ds.client.get("/budget/amounts?currency=EUR")).text  # a selection
    link = re.search(r'href="(/budget/amounts\.excel[^"]*)"[^>]*>CSV voor Excel', html).group(1)
    response = await ds.client.get(link.replace("&amp;", "&"))
    assert response.headers["content-disposition"] == ('attachment; filename="amounts-excel.csv"')
    body = response.content
    assert body.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["amount_id", "document_id", "line"]
    assert len(rows) == 4 and {len(row) for row in rows} == {len(rows[0])}
    assert "75500000" in rows[1] + rows[2] + rows[3]  # raw euros, the foreign key as its value
    assert "sample-a" in rows[1] + rows[2] + rows[3]


async def test_a_wrong_address_gets_a_dutch_page_and_no_traceback(ds, capsys) -> None:
    for path in ("/nope", "/budget/nope", "/-/source/nope"):
        response = await ds.client.get(path)
        assert response.status_code == 404
        assert "Deze pagina bestaat niet" in response.text
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out


async def test_table_as_printed_writes_euros_out_and_links_each_cell(ds) -> None:
    html = (await ds.client.get("/budget/tabel?tabel=sample-a-t1")).text
    assert "<title>Uitgaven — Memo" in html
    assert ">€ 75.500.000</a>" in html  # 75.500 printed in thousands, written out in euros
    assert 'title="gedrukt: 75.500 (x € 1.000), regel 8"' in html
    cell = re.search(r'href="(/budget/table_cells/[^"]+)"', html).group(1)
    assert cell == "/budget/table_cells/sample-a-t1,r01,2021"
    page = (await ds.client.get(cell)).text
    source = page.split('class="source-context"', 1)[1]
    assert re.findall(r"<mark>(.*?)</mark>", source) == ["75.500"]  # the cell at its line
    assert "Jeugd, 2021: € 75.500.000" in page
    assert "regel 8 van de tekstversie" in page  # the citation
    # The flat cells stay available as data.
    cells = (await ds.client.get("/budget/tabel.json?tabel=sample-a-t1&_shape=array")).json()
    assert [(c["row_label"], c["value"]) for c in cells] == [("Jeugd", 75500)]


def test_printed_table_indents_rows_under_their_parents_and_orders_columns() -> None:
    from budgetkit.publish.printed import printed_table

    def cell(row_id, order, label, parent, column, column_order, value):
        return {
            "row_id": row_id, "row_order": order, "row_label": label, "parent_row_id": parent,
            "column_label": column, "column_order": column_order, "value": value,
            "value_text": str(value), "unit": "EUR", "scale_factor": 1000, "line": order,
        }  # fmt: skip

    cells = [
        cell("r03", 3, "Deel b", "r01", "2022", 2, 5),
        cell("r01", 1, "Totaal", None, "2021", 1, 10),
        cell("r02", 2, "Deel a", "r01", "2021", 1, 4),
        cell("r04", 4, "Waarvan x", "r02", "2021", 1, 1),
        cell("r01", 1, "Totaal", None, "2022", 2, 12),
    ]
    table = printed_table(cells)
    assert table.columns == ["2021", "2022"]
    assert [(row.label, row.depth) for row in table.rows] == [
        ("Totaal", 0), ("Deel a", 1), ("Deel b", 1), ("Waarvan x", 2)
    ]  # fmt: skip
    assert table.rows[0].cells["2022"].text == "€ 12.000"
    assert table.rows[0].cells["2022"].value_eur == 12_000
    assert "2022" not in table.rows[1].cells  # a blank cell stays blank


def test_findings_are_explained_in_dutch_and_year_mismatches_show_no_difference() -> None:
    from budgetkit.publish.findings_text import explain, finding_kind, importance

    prose = {
        "check": "prose_vs_table", "line": 944, "other_line": 222, "year": 2023,
        "actual": 337_600_000, "expected": 359_544_000, "difference": -21_944_000,
        "tolerance": 51_000, "document_id": "d",
    }  # fmt: skip
    assert explain(prose, "Tabel 15") == (
        "De tekst noemt € 337.600.000 voor 2023 (regel 944), maar Tabel 15 drukt "
        "€ 359.544.000 (regel 222): de tekst noemt € 21.944.000 minder."
    )
    years = {
        "check": "year_mismatch", "line": 3769, "other_line": 4075, "actual": 100_000_000,
        "expected": 100_000_000, "difference": 0, "tolerance": 550_000, "document_id": "d",
    }  # fmt: skip
    assert finding_kind(years) == "years" and "€ 0" not in explain(years)
    rounding = {**prose, "difference": 40_000}
    assert finding_kind(prose) == "inconsistent" and finding_kind(rounding) == "rounding"
    bigger = {**prose, "difference": -30_000_000}
    ordered = sorted([rounding, years, prose, bigger], key=importance)
    assert ordered == [bigger, prose, years, rounding]


async def test_findings_page_explains_and_shows_both_places(ds) -> None:
    html = (await ds.client.get("/budget/numbers_that_do_not_add_up")).text
    assert "Dit document noemt € 12.000.000 voor 2021 (regel 4)" in html
    article = html.split('<article class="finding', 1)[1].split("</article>", 1)[0]
    assert "In de bron: Memo" in article and "Vergeleken met: Letter B, regel 2" in article
    assert 'href="/-/source/sample-b#L2"' in article


async def test_document_page_says_what_it_is_and_lists_amounts_tables_findings(ds) -> None:
    html = (await ds.client.get("/budget/documents/sample-a")).text
    assert 'href="https://example.org/sample-a"' in html  # the original
    assert "Bedragen (2)" in html and "Tabellen (1)" in html and "Bevindingen (1)" in html
    assert 'href="/budget/tabel?tabel=sample-a-t1"' in html
    footer = html.split('<footer class="ft">', 1)[1]
    assert 'Bron: <a href="/budget/documents/sample-a">' in footer
    assert "Letter B" not in footer  # an amount's or document's footer names only its own


async def test_amount_page_cites_its_document_line_and_page(ds) -> None:
    html = (await ds.client.get("/budget/amounts/sample-a-l3-c19")).text
    assert "<title>€ 75.500.000 in 2021 — Memo" in html
    cite = re.search(r'<span class="cite-text">(.*?)</span>', html).group(1)
    assert "regel 3 van de tekstversie" in cite
    assert "/budget/amounts/sample-a-l3-c19" in cite
    footer = html.split('<footer class="ft">', 1)[1]
    assert "Letter B" not in footer


async def test_a_ministry_total_drills_down_to_exactly_its_amounts(ds) -> None:
    html = (await ds.client.get("/budget/amounts_per_ministry_and_year?ministry=vws")).text
    assert '<option value="VWS" selected>' in html  # chosen from a list, case-insensitive
    links = re.findall(r'<a class="drill" href="([^"]+)">(\d+) bedr', html)
    assert links
    for href, count in links:
        url = href.replace("&amp;", "&").replace("/budget/amounts?", "/budget/amounts.json?")
        data = (await ds.client.get(url + "&_size=0")).json()
        assert data["filtered_table_rows_count"] == int(count), href


async def test_every_chart_query_runs_and_adds_only_what_may_be_added(ds, sample) -> None:
    metadata = json.loads((sample.build / "metadata.json").read_text(encoding="utf-8"))
    dashboards = metadata["plugins"]["datasette-dashboards"]
    for slug, dashboard in dashboards.items():
        for name, chart in dashboard["charts"].items():
            sql = re.sub(r"\[\[.*?\]\]", "", chart["query"], flags=re.S)
            params = {"tabel": "sample-a-t1"} if ":tabel" in sql else {}
            response = await ds.client.get("/budget.json", params={"sql": sql, **params})
            assert response.status_code == 200, (slug, name, response.text[:300])
            assert response.json()["rows"], (slug, name)
    # Per document and year: each document's own per-year measure amounts, nothing else.
    sql = re.sub(r"\[\[.*?\]\]", "", dashboards["geld-per-jaar"]["charts"]["per-document"]["query"])
    rows = (await ds.client.get("/budget.json", params={"sql": sql, "_shape": "array"})).json()
    assert {(r["document"], r["jaar"], r["miljoen_euro"]) for r in rows} == {
        ("Memo <script>alert('title')</script> jeugd", 2021, 87.5),
        ("Letter B", 2021, 75.5),
    }


def test_money_in_another_currency_is_never_shown_as_euros() -> None:
    from budgetkit.publish.render import euros_in_words, money

    assert money(1_500_000, "USD") == "USD 1.500.000"
    assert money(1_500_000, "EUR") == "€ 1.500.000"
    assert euros_in_words(2_000_000, "NLG") == "NLG 2 miljoen"


def test_charts_add_only_per_year_euro_measure_amounts_per_document(sample: Project) -> None:
    """The charts' data leaves out what must not be added; each kind is broken on purpose."""
    from budgetkit.publish import summaries
    from budgetkit.publish.database import create_table, derived_schemas

    db = sqlite_utils.Database(memory=True)
    db["documents"].insert_all(
        [{"document_id": "a", "title": "A"}, {"document_id": "b", "title": "B"}]
    )
    kept = {"currency": "EUR", "role": "measure", "basis": "per_year", "year_from": 2021,
            "amount_eur_max": None, "ministry": "VWS"}  # fmt: skip
    amounts = [
        {**kept, "document_id": "a", "amount_eur": 10},
        {**kept, "document_id": "a", "amount_eur": 5},
        {**kept, "document_id": "b", "amount_eur": 7},  # another document: its own bar
        {**kept, "document_id": "a", "amount_eur": 1000, "currency": "USD"},
        {**kept, "document_id": "a", "amount_eur": 2000, "role": "part"},
        {**kept, "document_id": "a", "amount_eur": 3000, "role": "total"},
        {**kept, "document_id": "a", "amount_eur": 4000, "amount_eur_max": 5000},
        {**kept, "document_id": "a", "amount_eur": 6000, "basis": "total_over_period"},
        {**kept, "document_id": "a", "amount_eur": 7000, "year_from": None},
    ]
    db["amounts"].insert_all(amounts)
    for name in ("amount_totals", "chart_amounts"):
        create_table(db, name, derived_schemas(sample)[name], iter(()))
    summaries.fill_amount_totals(db)
    rows = db.execute("select document_id, year, amounts, sum_eur from chart_amounts").fetchall()
    assert sorted(rows) == [("a", 2021, 2, 15), ("b", 2021, 1, 7)]


def test_every_currency_an_amount_may_have_is_named_in_dutch(project: Project) -> None:
    """The site shows an amount's currency in words ("Chinese yuan", not "CNY"): every code
    the amounts schema allows has its Dutch name in publish/labels.yml, so a currency the
    extractor learns is not shown as a bare code."""
    labels = site_files_labels(project)
    descriptor = json.loads(project.descriptor.read_text(encoding="utf-8"))
    amounts = next(r for r in descriptor["resources"] if r["name"] == "amounts")
    field = next(f for f in amounts["schema"]["fields"] if f["name"] == "currency")
    named = labels.values.get("currency", {})
    assert [code for code in field["constraints"]["enum"] if code not in named] == []


async def test_an_amounts_currency_shows_its_dutch_name(ds) -> None:
    html = (await ds.client.get("/budget/amounts")).text
    assert 'title="EUR">euro<' in html
