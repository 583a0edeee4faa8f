"""Tables as printed: the ``tabel`` canned query's page pivots its cells back into the
printed table, and lists every table to choose from.

The cells come from the canned query (so the page's CSV and JSON are the flat cells);
the pivot is ``budgetkit.publish.printed``; what the table is comes from ``tables``.
"""

from __future__ import annotations

from datasette import hookimpl
from datasette.utils import tilde_encode

from budgetkit.publish.printed import printed_table

TABLE_CHOICES = 200  # tables listed to choose from


def _config(datasette) -> dict:
    return datasette.plugin_config("budgetkit") or {}


async def _table_page(datasette, request) -> dict:
    db = datasette.get_database(_config(datasette).get("database"))
    table_id = request.args.get("tabel", "")
    info = await db.execute(
        "select t.*, d.title as document_title, d.publisher, d.url as document_url"
        " from tables t join documents d on d.document_id = t.document_id"
        " where t.table_id = ?",
        [table_id],
    )
    found = info.first()
    # The tables to choose from: the document's own (a site can hold thousands of tables;
    # all are a link away on the tables table), or the first ones when none is chosen.
    tables = await db.execute(
        "select t.table_id, t.title, d.title as document_title"
        " from tables t join documents d on d.document_id = t.document_id"
        " where ? is null or t.document_id = ?"
        " order by t.document_id, t.line_start limit ?",
        [found["document_id"] if found else None] * 2 + [TABLE_CHOICES],
    )
    chart = _config(datasette).get("chart_embed")
    return {
        "chart_embed": datasette.urls.path(chart) if chart else None,
        "table_choices": [dict(row) for row in tables.rows],
        "printed_info": dict(found) if found else None,
        "footer_document": (
            {
                "document_id": found["document_id"],
                "title": found["document_title"],
                "publisher": found["publisher"],
            }
            if found
            else None
        ),
    }


@hookimpl
def extra_template_vars(template, request, datasette):
    if request is not None and template.startswith("query-") and template.endswith("-tabel.html"):
        return lambda: _table_page(datasette, request)
    return None


def cell_path(cell) -> str:
    """A cell's row path (its primary key table_id, row_id, column_label, tilde-encoded)."""
    return ",".join(tilde_encode(str(cell[key])) for key in ("table_id", "row_id", "column_label"))


@hookimpl
def prepare_jinja2_environment(env, datasette):
    env.filters["als_tabel"] = lambda rows: printed_table(dict(row) for row in rows)
    env.filters["celpad"] = cell_path
