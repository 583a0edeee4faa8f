"""No link from data can run a script, in a real headless Chromium.

``sources.yml`` refuses a ``javascript:`` url; this test plants one in the published data
anyway (as a hand-edited package or another database would) and checks the two defences
behind that check: pages render only http(s) addresses as links, and the site's
Content-Security-Policy stops a ``javascript:`` link even if one were on the page.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from publish_sample import make_sample_project, write_validation_report
from test_browser import CHROMIUM, CHROMIUM_ARGS, _serve

from budgetkit.publish import publish

pytestmark = pytest.mark.browser

SCRIPT_URL = "javascript:alert(document.domain)"
PAGES = (
    "/",
    "/-/source/sample-a",
    "/budget/documents",
    "/budget/documents/sample-a",
    "/budget/amounts/sample-a-l4-c24",
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = make_sample_project(tmp_path_factory.mktemp("script-url"))
    documents = project.datapackage / "data" / "documents.csv"
    rows = list(csv.DictReader(io.StringIO(documents.read_text(encoding="utf-8"))))
    for row in rows:
        row["url"] = SCRIPT_URL if row["document_id"] == "sample-a" else " JavaScript:alert(2)"
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    documents.write_text(out.getvalue(), encoding="utf-8")
    write_validation_report(project)
    publish(project)
    yield from _serve(project)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


def test_no_page_links_a_script_url(page: Page, site: str) -> None:
    alerts: list[str] = []
    blocked: list[str] = []
    page.on("dialog", lambda dialog: (alerts.append(dialog.message), dialog.dismiss()))
    page.on(
        "console",
        lambda message: "Content Security Policy" in message.text and blocked.append(message.text),
    )
    for path in PAGES:
        response = page.goto(site + path)
        assert response is not None and response.status == 200, path
        hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
        assert hrefs, path
        scripts = [href for href in hrefs if not href.lower().startswith(("http:", "https:"))]
        assert scripts == [], (path, scripts)
    assert alerts == []
    assert blocked == [], "the policy blocks the site's own scripts"


def test_the_policy_stops_a_script_link_that_gets_onto_a_page(page: Page, site: str) -> None:
    """Defence in depth: plant a javascript: link in the live page and click it."""
    alerts: list[str] = []
    page.on("dialog", lambda dialog: (alerts.append(dialog.message), dialog.dismiss()))
    page.goto(site + "/budget/documents/sample-a")
    page.evaluate(
        "window.violations = []; document.addEventListener('securitypolicyviolation',"
        " event => window.violations.push(event.blockedURI))"
    )
    page.evaluate(
        """url => { const a = document.createElement('a'); a.id = 'planted'; a.href = url;
                    a.textContent = 'planted'; document.body.appendChild(a); }""",
        SCRIPT_URL,
    )
    page.click("#planted")
    page.wait_for_timeout(500)
    assert alerts == []
    assert page.evaluate("window.violations") != [], "no policy stopped the link"
