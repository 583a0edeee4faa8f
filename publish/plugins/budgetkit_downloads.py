"""Downloads a Dutch-locale Excel opens as columns (``budgetkit.publish.excel``).

- ``/-/excel/<table>.csv``: the whole table, written at publish time into
  ``publish/build/excel/`` (the site's ``download`` folder), sent as a download.
- ``.excel`` next to Datasette's ``.csv`` on any table or query page: the rows of that page
  (a filtered view, a query's result), at most the site's row limit (``max_returned_rows``),
  the same way. The standard CSV stays as it is, for everything else.
"""

from __future__ import annotations

import io

from datasette import hookimpl
from datasette.utils.asgi import AsgiFileDownload, NotFound, Response

from budgetkit.publish.excel import EXCEL_MAX_ROWS, FOLDER, file_name, write_excel_csv
from budgetkit.publish.metadata import DOWNLOAD_MOUNT

#: Arguments that select fewer rows than the whole table (besides column filters).
SELECTING = ("_search", "_zoek", "_where", "_through")


def render_excel_csv(columns, rows, database, table, query_name, request):
    out = io.StringIO()
    write_excel_csv(out, columns, ([row[column] for column in columns] for row in rows))
    name = table or query_name or database
    return Response(
        out.getvalue(),
        content_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{file_name(name)}"'},
    )


async def whole_table(datasette, request):
    """A table's publish-time Excel file; only tables the site lists have one."""
    table = request.url_vars["table"]
    folder = dict(datasette.static_mounts).get(DOWNLOAD_MOUNT)
    config = datasette.plugin_config("budgetkit") or {}
    if folder is None or table not in (config.get("excel_tables") or []):
        raise NotFound("no such table")
    return AsgiFileDownload(
        f"{folder}/{FOLDER}/{file_name(table)}",
        filename=file_name(table),
        content_type="text/csv; charset=utf-8",
    )


@hookimpl
def register_output_renderer(datasette):
    return {"extension": "excel", "render": render_excel_csv}


@hookimpl
def register_routes():
    return [(r"^/-/excel/(?P<table>[^/]+)\.csv$", whole_table)]


def _whole(request) -> bool:
    """The page shows the whole table: no filter, search or extra condition."""
    return not any(
        not key.startswith("_") or "__" in key or key.startswith(SELECTING)
        for key in (request.args if request is not None else ())
    )


@hookimpl
def extra_template_vars(datasette, table, database, request):
    """What the download links say (``_downloads.html``): the table's publish-time Excel
    file, whether the page is the whole table, and the row limit of a page's download."""
    config = datasette.plugin_config("budgetkit") or {}
    found = table and database == config.get("database")
    return {
        "excel_whole_table": datasette.urls.path(f"/-/excel/{table}.csv")
        if found and table in (config.get("excel_tables") or [])
        else None,
        "excel_view_is_whole": _whole(request),
        "excel_row_limit": datasette.setting("max_returned_rows"),
        "excel_sheet_rows": EXCEL_MAX_ROWS,
    }
