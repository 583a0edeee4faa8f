"""The site in Dutch: template filters for numbers, euros, labels and code values, and
error pages without a traceback in the terminal.

Datasette 0.65 has no translations; its templates are overridden in publish/templates
and use these filters. The words come from publish/labels.yml via the generated
metadata's ``plugins.budgetkit`` block.
"""

from __future__ import annotations

import traceback
from weakref import WeakKeyDictionary

from datasette import hookimpl
from datasette.plugins import pm
from datasette.utils import append_querystring, tilde_encode
from datasette.utils.asgi import Base400, Response
from datasette.views.base import DatasetteError

from budgetkit.publish.render import (
    dutch_number,
    euros,
    euros_in_words,
    marked_sentence,
    money,
    safe_url,
)

#: The plugin configuration per Datasette instance: the filters run for every header,
#: facet value and cell, and ``datasette.plugin_config`` copies the whole configuration
#: on each call; the metadata of the immutable site never changes while it is served.
_CONFIGS: WeakKeyDictionary = WeakKeyDictionary()


def _config(datasette) -> dict:
    config = _CONFIGS.get(datasette)
    if config is None:
        config = _CONFIGS[datasette] = datasette.plugin_config("budgetkit") or {}
    return config


def _number(value) -> str:
    """A count the Dutch way (2.771); anything that is not a number is shown as it is."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "" if value is None else str(value)
    return dutch_number(value)


#: Datasette's filter operations, as the filter form and the row count say them.
LOOKUPS = {
    "exact": "=", "not": "≠", "contains": "bevat", "endswith": "eindigt op",
    "startswith": "begint met", "gt": ">", "gte": "≥", "lt": "<", "lte": "≤",
    "like": "lijkt op (like)", "notlike": "lijkt niet op", "glob": "patroon (glob)",
    "in": "is een van", "notin": "is geen van", "arraycontains": "lijst bevat",
    "arraynotcontains": "lijst bevat niet", "date": "datum", "isnull": "is leeg",
    "notnull": "is niet leeg", "isblank": "is leeg of blanco", "notblank": "is niet blanco",
}  # fmt: skip


def _euros(value) -> str:
    return euros(value) if isinstance(value, int | float) else ""


def _euros_in_words(value, currency: str | None = "EUR") -> str:
    return euros_in_words(value, currency) if isinstance(value, int | float) else ""


def _money(value, currency: str | None = "EUR") -> str:
    return money(value, currency) if isinstance(value, int | float) else ""


@hookimpl
def prepare_jinja2_environment(env, datasette):
    def column_label(column: str, table: str | None = None) -> str:
        labels = _config(datasette).get("column_labels", {})
        if table and column in labels.get(table, {}):
            return labels[table][column]
        return column

    def value_label(value, column: str) -> str:
        if value is None:
            return ""
        codes = _config(datasette).get("value_labels", {}).get(column, {})
        return codes.get(str(value), str(value))

    def table_title(table: str) -> str:
        return _config(datasette).get("table_titles", {}).get(table, table)

    def column_order(display_columns, table: str | None) -> list[int]:
        """Indexes of the columns in display order: the table's ``first_columns`` (site.yml)
        in that order, then the rest as the schema has them."""
        first = _config(datasette).get("first_columns", {}).get(table or "", [])
        names = [column["name"] for column in display_columns]
        leading = [names.index(name) for name in first if name in names]
        return leading + [i for i in range(len(names)) if i not in leading]

    def row_href(column: str, value, table: str | None) -> str | None:
        """Where a key in a row's field points: the row it names in its own table."""
        other = _config(datasette).get("row_links", {}).get(column)
        if not other or other == table or not isinstance(value, str):
            return None
        database = _config(datasette).get("database")
        return datasette.urls.row(database, other, tilde_encode(value))

    def first_count(display_columns, table: str | None) -> int:
        """How many of the shown columns are the table's ``first_columns`` (0: none)."""
        first = set(_config(datasette).get("first_columns", {}).get(table or "", []))
        return sum(1 for column in display_columns if column["name"] in first)

    env.globals["rijlink"] = row_href
    env.filters["aantal_eerst"] = first_count
    env.globals["append_querystring"] = append_querystring  # table pages have it; queries not
    env.globals["budget_database"] = _config(datasette).get("database", "budget")
    env.filters["kolomvolgorde"] = column_order
    env.filters["filternaam"] = lambda key: LOOKUPS.get(key, key)
    env.filters["getal"] = _number
    env.filters["euro"] = _euros
    env.filters["geld"] = _money
    env.filters["euro_woorden"] = _euros_in_words
    env.filters["kolom"] = column_label
    env.filters["code"] = value_label
    env.filters["tabeltitel"] = table_title
    env.filters["markeer"] = marked_sentence
    env.filters["veilige_url"] = safe_url
    env.filters["tilde"] = tilde_encode


#: Datasette's own exception handler: it prints a full traceback with every local
#: variable for each mistyped address. This plugin's handler replaces it.
DEFAULT_HANDLER = "datasette.handle_exception"


@hookimpl
def startup(datasette):
    if pm.has_plugin(DEFAULT_HANDLER):
        pm.unregister(name=DEFAULT_HANDLER)


@hookimpl
def handle_exception(datasette, request, exception):
    """A wrong address (404) or a bad parameter (400) is the reader's slip, not a bug:
    a Dutch page and one access-log line, no traceback. A real error (500) still prints
    its traceback once, plainly, for whoever runs the site."""

    async def page():
        if isinstance(exception, Base400):
            status, message = exception.status, exception.args[0] if exception.args else ""
        elif isinstance(exception, DatasetteError):
            status, message = exception.status, exception.message
        else:
            status, message = 500, str(exception)
            traceback.print_exception(exception)
        if request.path.split("?")[0].endswith(".json"):
            return Response.json({"ok": False, "error": message, "status": status}, status=status)
        html = await datasette.render_template(
            ["error.html"], {"status": status, "error": message}, request=request
        )
        return Response.html(html, status=status)

    return page
