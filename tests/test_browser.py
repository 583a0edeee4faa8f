"""A journalist's path through the real site, in a real headless Chromium.

A real server is started the way users start it (`serve_command`, which execs Datasette)
on a free localhost port; Playwright drives Debian's Chromium (never a downloaded one).
Screenshots of every step go to test-artifacts/screenshots/.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from publish_sample import make_sample_project, write_validation_report

from budgetkit.project import Project
from budgetkit.publish import publish

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip
SHOTS = Path(__file__).resolve().parent.parent / "test-artifacts"
SERVE = (
    "import sys; from pathlib import Path; from budgetkit.publish.command import serve_command; "
    "serve_command(project_dir=Path(sys.argv[1]), port=int(sys.argv[2]))"
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make chromium`")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _serve(project: Project) -> Iterator[str]:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-c", SERVE, str(project.root), str(port)],
        stdout=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        assert url in server.stdout.readline()  # serve prints the local URL first
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url + "/-/versions.json", timeout=2):
                    break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, "no server"
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("real")
    source = Path(__file__).resolve().parent.parent
    for name in ("sources", "schemas", "datapackage", "publish", "checks"):
        if (source / name).exists():
            shutil.copytree(source / name, root / name, ignore=shutil.ignore_patterns("build"))
    project = Project(root)
    write_validation_report(project)
    publish(project)
    yield from _serve(project)


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = make_sample_project(tmp_path_factory.mktemp("sample"))
    publish(project)
    yield from _serve(project)


@pytest.fixture
def outside() -> list[str]:
    """Requests the page tried to send off this machine (all are refused: the site must
    work without internet, charts included)."""
    return []


@pytest.fixture
def page(browser: Browser, outside: list[str]) -> Iterator[Page]:
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})

    def refuse_outside(route) -> None:
        if route.request.url.startswith("http://127.0.0.1:"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", refuse_outside)
    page = context.new_page()
    yield page
    context.close()


def _shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def test_search_jeugdzorg_and_open_a_hit(page: Page, real_site: str) -> None:
    page.goto(real_site + "/")
    expect(page.locator("h2", has_text="Waar de gegevens vandaan komen")).to_be_visible()
    expect(page.locator('a[href="/download/datapackage.zip"]')).to_be_visible()
    _shot(page, "search-01-front-page")

    page.fill("#search-all-q", "jeugdzorg")
    page.press("#search-all-q", "Enter")
    page.wait_for_url(re.compile(r"/budget/zoeken\?q=jeugdzorg"))
    hits = page.locator("ol.hits li.hit")
    expect(hits.first).to_be_visible()
    assert hits.count() > 1
    first = hits.first
    expect(first.locator(".hit-amount .eur").first).to_have_text(re.compile(r"^€ [\d.]+$"))
    expect(first.locator(".in-words")).to_contain_text(re.compile(r"miljoen|miljard"))
    expect(first.locator("blockquote mark", has_text=re.compile("jeugdzorg", re.I))).to_be_visible()
    expect(first.locator(".hit-source a").first).to_be_visible()  # the document
    assert (
        "select"
        not in page.locator("section.content").inner_text().lower().split("voor wie sql kent")[0]
    )
    _shot(page, "search-02-results-for-jeugdzorg")

    first.locator(".hit-amount a").click()
    page.wait_for_url(re.compile(r"/budget/amounts/"))
    mark = page.locator(".source-context mark").first
    expect(mark).to_be_visible()
    quote = page.locator("tr.field-quote td").inner_text()
    assert mark.inner_text().strip() in quote
    expect(page.locator("tr.field-amount_eur td .eur")).to_have_text(re.compile(r"^€ [\d.]+$"))
    expect(page.locator(".source-context .warning")).to_have_count(0)
    expect(page.locator(".cite")).to_contain_text("regel")
    _shot(page, "search-03-the-amount-with-its-sentence")

    page.locator("a", has_text="Brontekst openen bij regel").first.click()
    page.wait_for_url(re.compile(r"/-/source/[^#]+#L\d+$"))
    line = page.url.rsplit("#L", 1)[1]
    target = page.locator(f"tr#L{line}")
    expect(target).to_be_in_viewport()
    _shot(page, "search-04-source-at-the-line")


def test_download_a_csv_and_the_excel_variant(page: Page, real_site: str) -> None:
    page.goto(real_site + "/budget/amounts")
    page.locator("#_zoek").fill("jeugdzorg")  # the table page's search box
    page.locator("#_zoek").press("Enter")
    page.wait_for_url(re.compile(r"_zoek=jeugdzorg"))
    expect(page.locator("h3.row-count")).to_contain_text("rijen met „jeugdzorg”")
    with page.expect_download() as download_info:
        page.locator(".export-links a", has_text=re.compile("^CSV$")).click()
    download = download_info.value
    with Path(download.path()).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    # raw numbers (cents kept as printed), not "€ …"
    assert rows and all(re.fullmatch(r"-?\d+(?:\.\d+)?", row["amount_eur"]) for row in rows)
    assert all("jeugdzorg" in (row["quote"] + row["sentence"]).lower() for row in rows)
    with page.expect_download() as download_info:
        page.locator(".export-links a", has_text="CSV voor Excel (deze selectie)").click()
    excel = download_info.value
    assert excel.suggested_filename == "amounts-excel.csv"
    data = Path(excel.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8, € survives
    excel_rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert excel_rows[0][0] == "amount_id"
    assert [row[0] for row in excel_rows[1:]] == [row["amount_id"] for row in rows]
    assert "€" in data.decode("utf-8-sig")
    _shot(page, "download-01-after-csv-and-excel")
    # the whole table, written at publish time: every amount, not one page's
    with page.expect_download() as download_info:
        page.locator(".export-links a", has_text="CSV voor Excel (hele tabel").click()
    whole = download_info.value
    assert whole.suggested_filename == "amounts-excel.csv"
    data = Path(whole.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    whole_rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    with urllib.request.urlopen(real_site + "/budget/amounts.json?_size=1") as response:
        count = json.load(response)["filtered_table_rows_count"]
    assert whole_rows[0] == excel_rows[0] and len(whole_rows) == count + 1 > len(excel_rows)


TABEL_15 = "vws-begroting-2023-artikel-3:tabel-15"


def test_read_tabel_15_as_a_table_and_follow_a_cell_to_its_line(
    page: Page, real_site: str, outside: list[str]
) -> None:
    page.goto(real_site + "/budget/documents/vws-begroting-2023-artikel-3")
    page.locator("a", has_text="Tabel 15").first.click()
    page.wait_for_url(re.compile(r"/budget/tabel\?tabel="))
    table = page.locator("table.printed-table")
    expect(table).to_be_visible()
    headers = table.locator("thead th").all_inner_texts()
    assert headers[1:] == ["2021", "2022", "2023", "2024", "2025", "2026", "2027"]
    first = table.locator("tbody tr").first
    expect(first.locator("th")).to_have_text("Verplichtingen")
    # 16.187.537 printed in thousands: written out as euros, not as a bare number.
    expect(first.locator("td").nth(2)).to_have_text("€ 16.187.537.000")
    # Rows are indented under their parents.
    indents = {row.get_attribute("class") for row in table.locator("tbody tr[class^=depth]").all()}
    assert {"depth-0", "depth-1", "depth-2"} <= indents
    _shot(page, "tabel-15-01-as-printed")

    first.locator("td").nth(2).locator("a").click()
    page.wait_for_url(re.compile(r"/budget/table_cells/"))
    expect(page.locator("h1")).to_contain_text("Verplichtingen, 2023: € 16.187.537.000")
    mark = page.locator(".source-context tr.focus mark")
    expect(mark).to_have_text("16.187.537")
    expect(page.locator(".cite")).to_contain_text("regel 170 van de tekstversie")
    _shot(page, "tabel-15-02-a-cell-at-its-line")

    page.locator("a", has_text="Brontekst openen bij regel 170").click()
    page.wait_for_url(re.compile(r"/-/source/[^#]+#L170$"))
    expect(page.locator("tr#L170")).to_be_in_viewport()
    expect(page.locator("tr#L170")).to_contain_text("16.187.537")
    _shot(page, "tabel-15-03-the-source-line")
    assert outside == []


def test_see_the_chart_of_money_per_year(page: Page, real_site: str, outside: list[str]) -> None:
    page.goto(real_site + "/")
    page.locator("a", has_text="Geld per jaar").first.click()
    page.wait_for_url(re.compile(r"/-/dashboards/geld-per-jaar"))
    for chart in ("per-ministerie", "per-document"):
        drawn = page.locator(f"#chart-{chart} canvas, #chart-{chart} svg.marks")
        expect(drawn.first).to_be_visible(timeout=15000)
    legend = page.locator("#chart-per-document")
    expect(legend).to_contain_text("Ledenbrief Rijksbegroting 2021")
    _shot(page, "chart-01-money-per-year")
    page.select_option("#ministerie", "VWS")
    page.locator('input[type="submit"][value="Toepassen"]').click()
    page.wait_for_url(re.compile(r"ministerie=VWS"))
    expect(
        page.locator("#chart-per-ministerie canvas, #chart-per-ministerie svg").first
    ).to_be_visible(timeout=15000)
    _shot(page, "chart-02-money-per-year-vws")
    assert outside == []  # the charts' JavaScript comes with the plugin, not from a CDN


def test_drill_from_a_ministry_total_to_its_amounts(page: Page, real_site: str) -> None:
    page.goto(real_site + "/budget/amounts_per_ministry_and_year")
    page.select_option("#ministerie", "VWS")
    page.locator('input[type="submit"][value="Tonen"]').click()
    page.wait_for_url(re.compile(r"ministry=VWS"))
    row = page.locator("table.totals tbody tr", has_text="2023").filter(has_text="per jaar")
    link = row.locator("a.drill")
    count = int(re.match(r"\d+", link.inner_text()).group(0))
    _shot(page, "drill-01-vws-totals")
    link.click()
    page.wait_for_url(re.compile(r"/budget/amounts\?"))
    expect(page.locator("h3.row-count")).to_contain_text(f"{count} rijen")
    years = page.locator("td.col-year_from").all_inner_texts()
    assert years and set(years) == {"2023"}
    assert set(page.locator("td.col-basis").all_inner_texts()) == {"per jaar"}
    assert set(page.locator("td.col-ministry").all_inner_texts()) == {"VWS"}
    _shot(page, "drill-02-the-amounts-behind-it")


def test_open_a_finding_and_see_both_places(page: Page, real_site: str) -> None:
    page.goto(real_site + "/")
    page.locator("a", has_text="Waar de getallen niet kloppen").first.click()
    first = page.locator("article.finding").first
    expect(first.locator(".explanation")).to_contain_text("De tekst noemt")
    places = first.locator(".side-by-side .source-context")
    expect(places).to_have_count(2)
    expect(places.nth(0)).to_contain_text("In de bron")
    expect(places.nth(1)).to_contain_text("Vergeleken met")
    # Largest difference first.
    differences = [
        int(text.replace("€ ", "").replace(".", ""))
        for text in page.locator("#inconsistent ~ article h3 .eur").all_inner_texts()
    ]
    assert differences == sorted(differences, reverse=True)
    _shot(page, "finding-01-largest-first-both-places")
    first.locator("h3 a").click()
    page.wait_for_url(re.compile(r"/budget/findings/"))
    expect(page.locator(".source-context")).to_have_count(2)
    _shot(page, "finding-02-its-own-page")


def test_amount_page_is_readable_on_a_phone(browser: Browser, real_site: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(real_site + "/budget/zoeken?q=jeugdzorg")
    page.locator("ol.hits .hit-amount a").first.click()
    page.wait_for_url(re.compile(r"/budget/amounts/"))
    expect(page.locator("h1.row-title")).to_be_in_viewport()
    expect(page.locator("blockquote.sentence mark")).to_be_in_viewport()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways ({width}px)"
    _shot(page, "phone-01-amount-page-390px")
    context.close()


def test_html_in_the_data_is_shown_as_text(page: Page, sample_site: str) -> None:
    alerts: list[str] = []
    page.on("dialog", lambda dialog: (alerts.append(dialog.message), dialog.dismiss()))
    for path in ("/", "/budget/documents", "/budget/amounts/sample-a-l4-c24"):
        page.goto(sample_site + path)
        expect(page.locator("body")).to_contain_text("<script>alert(")
    _shot(page, "07-script-shown-as-text")
    assert alerts == []


def test_column_menu_speaks_dutch(page: Page, sample_site: str) -> None:
    page.goto(sample_site + "/budget/amounts")
    page.locator("th.col-line .dropdown-menu-icon").click()
    menu = page.locator(".dropdown-menu")
    expect(menu).to_be_visible()
    expect(menu.locator(".dropdown-sort-asc")).to_have_text("Oplopend sorteren")
    expect(menu.locator(".dropdown-facet")).to_have_text("Tellen per waarde")
    column_type = menu.locator(".dropdown-column-type")
    expect(column_type).to_have_text("Soort: geheel getal, altijd ingevuld")
    assert "Sort" not in menu.inner_text() and "Type:" not in menu.inner_text()
    _shot(page, "column-menu-in-dutch")
