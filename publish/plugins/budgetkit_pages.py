"""The pages that make the data citable: a row's source in context, and whole sources.

Every row that points into a source (an amount, a reference, a finding, a measure) shows
the lines around it on its row page with the quoted text marked, and links to
``/-/source/<document>#L<line>``, the whole source text with numbered lines. The front
page gets the list of documents and the download links.
"""

from __future__ import annotations

import urllib.parse

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode, urlsafe_components
from datasette.utils.asgi import NotFound, Response

from budgetkit.publish.findings_text import KINDS, explain, finding_kind, importance
from budgetkit.publish.printed import cell_euros
from budgetkit.publish.render import euros, line_html, marked_spans, money, places

CONTEXT = 3  # lines shown before and after the place
MAX_SPAN = 15  # lines of a long span (a measure, a section) shown before "…"
FRONT_PAGE_DOCUMENTS = 50  # more are listed on the documents table


def _config(datasette) -> dict:
    return datasette.plugin_config("budgetkit") or {}


async def _lines(db, document_id: str, first: int, last: int) -> dict[int, str]:
    result = await db.execute(
        "select line, text from source_lines where document_id = ? and line between ? and ?",
        [document_id, first, last],
    )
    return {row["line"]: row["text"] for row in result.rows}


async def _document(db, document_id: str) -> dict | None:
    result = await db.execute("select * from documents where document_id = ?", [document_id])
    row = result.first()
    return dict(row) if row else None


async def _context(datasette, db, place) -> dict:
    last = min(place.last_line, place.line + MAX_SPAN)
    lines = await _lines(db, place.document_id, place.line - CONTEXT, last + CONTEXT)
    spans = marked_spans(place, lines)
    focus = range(place.line, last + 1)
    return {
        "label": place.label,
        "document": await _document(db, place.document_id),
        "document_id": place.document_id,
        "line": place.line,
        "quote_found": spans is not None,
        "href": datasette.urls.path(f"/-/source/{tilde_encode(place.document_id)}#L{place.line}"),
        "lines": [
            {
                "number": number,
                "html": line_html(text, (spans or {}).get(number)),
                "focus": number in focus,
            }
            for number, text in sorted(lines.items())
        ],
    }


async def _row(db, table: str, pks: str) -> dict | None:
    keys = await db.primary_keys(table)
    values = urlsafe_components(pks)
    if not keys or len(keys) != len(values):
        return None
    where = " and ".join(f"[{key}] = ?" for key in keys)
    result = await db.execute(f"select * from [{table}] where {where}", values)
    row = result.first()
    return dict(row) if row else None


async def _cell_in_its_table(db, cell: dict) -> dict:
    """A table cell with what its page needs from its table: the document it is printed
    in, the table's title, and its printed text as the quote to mark at its line."""
    result = await db.execute(
        "select document_id, title from tables where table_id = ?", [cell["table_id"]]
    )
    table = result.first()
    if table is None:
        return cell
    return {
        **cell,
        "document_id": table["document_id"],
        "table_title": table["title"],
        "quote": cell.get("value_text"),
    }


def _row_title(table: str, row: dict, document: dict | None) -> str | None:
    """What a row is, in words: '€ 40.000.000 in 2023 — <document>' for an amount."""
    where = document["title"] if document else row.get("document_id")
    if table == "table_cells" and row.get("table_title"):
        value_eur = cell_euros(row)
        value = euros(value_eur) if value_eur is not None else row.get("value_text") or ""
        return f"{row.get('row_label')}, {row.get('column_label')}: {value} — {row['table_title']}"
    if table == "amounts" and row.get("amount_eur") is not None:
        currency = row.get("currency") or "EUR"
        amount = money(row["amount_eur"], currency)
        if row.get("amount_eur_max"):
            amount += f" tot {money(row['amount_eur_max'], currency)}"
        year = f" in {row['year_from']}" if row.get("year_from") else ""
        if year and row.get("year_source") == "context":
            year += " (jaar uit de omgeving)"
        return f"{amount}{year} — {where}"
    if table == "documents":
        return row.get("title")
    if table == "findings":
        return f"Bevinding in {where}"
    label = row.get("title") or row.get("heading") or row.get("quote") or row.get("row_label")
    return f"{label} — {where}" if label and where else None


def _cite(datasette, request, row: dict, document: dict | None) -> str | None:
    """One line to paste into an article or a note: document, publisher, line, this page."""
    line = row.get("line") or row.get("line_start")
    if not document or not line:
        return None
    publisher = f" ({document['publisher']})" if document.get("publisher") else ""
    url = datasette.absolute_url(request, request.path)
    return (
        f"{document['title']}{publisher}, regel {line} van de tekstversie; "
        f"budgetkit-gegevens: {url}"
    )


DOCUMENT_AMOUNTS = 100  # the largest amounts listed on a document's page; all are a link away


async def _document_page(db, document_id: str) -> dict:
    """What a document's page lists: its largest amounts, its tables and its findings."""
    amounts = await db.execute(
        "select * from amounts where document_id = ? order by amount_eur desc, line limit ?",
        [document_id, DOCUMENT_AMOUNTS],
    )
    count = await db.execute("select count(*) from amounts where document_id = ?", [document_id])
    tables = await db.execute(
        "select table_id, title, line_start, unit, row_count from tables"
        " where document_id = ? order by line_start",
        [document_id],
    )
    findings = await db.execute(
        "select * from findings where document_id = ? or other_document_id = ?"
        " order by abs(difference) desc, line",
        [document_id, document_id],
    )
    return {
        "document_amounts": [dict(row) for row in amounts.rows],
        "document_amount_count": count.first()[0],
        "document_tables": [dict(row) for row in tables.rows],
        "document_findings": [dict(row) for row in findings.rows],
    }


async def _row_contexts(datasette, request) -> dict:
    config = _config(datasette)
    db = datasette.get_database(config.get("database"))
    table = tilde_decode(request.url_vars["table"])
    if table not in config.get("resources", ()):
        return {}
    row = await _row(db, table, request.url_vars["pks"]) or {}
    if table == "table_cells" and row:
        row = await _cell_in_its_table(db, row)
    document = await _document(db, row["document_id"]) if row.get("document_id") else None
    if table == "documents":
        document = row
    extra = await _document_page(db, row["document_id"]) if table == "documents" and row else {}
    if table == "findings" and row:
        titles = await db.execute(
            "select title from tables where table_id = ?", [row.get("table_id")]
        )
        title = titles.first()
        row = {**row, "context": explain(row, title["title"] if title else None)}
    return {
        **extra,
        "source_sentence": row.get("sentence") or row.get("context"),
        "printed_table_link": (
            datasette.urls.path(
                f"/{config.get('database')}/tabel?tabel={urllib.parse.quote(row['table_id'])}"
            )
            if table in ("table_cells", "tables") and row.get("table_id")
            else None
        ),
        "source_marks": [row["quote"]] if row.get("quote") else [],
        "source_contexts": [await _context(datasette, db, place) for place in places(row)],
        "row_title": _row_title(table, row, document),
        "cite": _cite(datasette, request, row, document),
        "footer_document": document,
        "budget_database": config.get("database"),
    }


async def _front_page(datasette) -> dict:
    config = _config(datasette)
    db = datasette.get_database(config.get("database"))
    documents = await db.execute(
        "select d.*, (select count(*) from amounts a where a.document_id = d.document_id)"
        " as amount_count from documents d order by d.budget_year, d.document_id limit ?",
        [FRONT_PAGE_DOCUMENTS],
    )
    total = await db.execute("select count(*) from documents")
    return {
        "budget_documents": [dict(row) for row in documents.rows],
        "budget_document_count": total.first()[0],
        "budget_download": datasette.urls.path(config.get("download", "")),
        "budget_database": config.get("database"),
        "budget_resources": config.get("resources", []),
        "budget_facet_links": config.get("facet_links", {}),
        "budget_queries": (datasette.metadata("queries", database=config.get("database")) or {}),
        "budget_charts": {
            slug: dashboard
            for slug, dashboard in (datasette.plugin_config("datasette-dashboards") or {}).items()
            if slug != "tabel"  # shown on each table's own page
        },
    }


async def _ministries(datasette) -> dict:
    """The ministries to choose from (from the precomputed totals: a handful of rows)."""
    db = datasette.get_database(_config(datasette).get("database"))
    result = await db.execute(
        "select distinct ministry from amount_totals where ministry is not null order by 1"
    )
    return {"ministry_choices": [row[0] for row in result.rows]}


FINDINGS_SHOWN = 200  # findings explained with both places; the rest are in the download


async def _findings_page(datasette) -> dict:
    """Every finding in words, grouped (news, years, rounding), most important first,
    each with both places' source lines."""
    db = datasette.get_database(_config(datasette).get("database"))
    result = await db.execute(
        "select f.*, t.title as table_title from findings f"
        " left join tables t on t.table_id = f.table_id"
    )
    findings = sorted((dict(row) for row in result.rows), key=importance)
    shown = []
    for finding in findings[:FINDINGS_SHOWN]:
        shown.append(
            {
                **finding,
                "kind": finding_kind(finding),
                "explanation": explain(finding, finding.get("table_title")),
                "contexts": [await _context(datasette, db, place) for place in places(finding)],
            }
        )
    return {
        "finding_groups": [
            (kind, title, [f for f in shown if f["kind"] == kind]) for kind, title in KINDS.items()
        ],
        "finding_count": len(findings),
    }


@hookimpl
def extra_template_vars(template, view_name, request, datasette):
    if view_name == "row" and request is not None:
        return lambda: _row_contexts(datasette, request)
    if template.startswith("query-") and template.endswith("-amounts_per_ministry_and_year.html"):
        return lambda: _ministries(datasette)
    if template.startswith("query-") and template.endswith("-numbers_that_do_not_add_up.html"):
        return lambda: _findings_page(datasette)
    if template == "index.html":
        return lambda: _front_page(datasette)
    return None


async def source_page(datasette, request):
    """A whole source text, one numbered, linkable line per row."""
    db = datasette.get_database(_config(datasette).get("database"))
    document_id = tilde_decode(request.url_vars["document_id"])
    document = await _document(db, document_id)
    if document is None:
        raise NotFound("No such document")
    result = await db.execute(
        "select line, text from source_lines where document_id = ? order by line", [document_id]
    )
    return Response.html(
        await datasette.render_template(
            "source.html",
            {
                "document": document,
                "lines": result.rows,
                "database": _config(datasette).get("database"),
            },
            request=request,
        )
    )


@hookimpl
def register_routes():
    return [(r"^/-/source/(?P<document_id>[^/]+)$", source_page)]


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.path("/static/budgetkit.css")]
