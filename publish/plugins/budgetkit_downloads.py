"""A CSV that a Dutch-locale Excel opens as columns: ``.excel`` next to Datasette's ``.csv``.

Excel set to Dutch reads a plain UTF-8 CSV as one column (it expects ';' as the
separator) and garbles '€' (it guesses the encoding unless a byte-order mark says
UTF-8). This output renderer writes the same rows as Datasette's CSV, with ';', a BOM,
and decimal commas, as a download. The standard CSV stays as it is, for everything else.
"""

from __future__ import annotations

import csv
import io

from datasette import hookimpl
from datasette.utils.asgi import Response

BOM = "\ufeff"


def _cell(value) -> str:
    """Numbers the way Dutch Excel reads them: no thousands separator, a decimal comma."""
    if isinstance(value, dict):  # a foreign key Datasette expanded to {value, label}
        value = value.get("value")
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value).replace(".", ",")
    return str(value)


def render_excel_csv(columns, rows, database, table, query_name, request):
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row[column]) for column in columns])
    name = table or query_name or database
    return Response(
        out.getvalue(),
        content_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{name}-excel.csv"'},
    )


@hookimpl
def register_output_renderer(datasette):
    return {"extension": "excel", "render": render_excel_csv}
