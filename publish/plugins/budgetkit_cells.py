"""Readable cells in the HTML pages: Dutch euros, Dutch code values, links to the source line.

Only the HTML changes; CSV and JSON keep raw numbers and plain ``document:line`` text.
Which columns hold euros comes from the schemas (``unit: EUR``), via the generated
metadata's ``plugins.budgetkit`` block.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from datasette import hookimpl
from datasette.utils import tilde_encode
from markupsafe import Markup, escape

from budgetkit.publish.render import money

#: The plugin configuration per Datasette instance. ``render_cell`` runs for every cell
#: (900 on a 50-row page), and ``datasette.plugin_config`` copies the whole configuration
#: on each call; the metadata of the immutable site never changes while it is served.
_CONFIGS: WeakKeyDictionary = WeakKeyDictionary()

#: Columns holding a line number, and the column naming the document that line is in.
LINE_COLUMNS = {"line": "document_id", "line_start": "document_id", "other_line": None}


def source_link(datasette, document_id: str, line: int, text: str) -> Markup:
    href = datasette.urls.path(f"/-/source/{tilde_encode(document_id)}#L{line}")
    return Markup('<a href="{}">{}</a>').format(href, text)


def _place(datasette, value: str) -> Markup | None:
    """'document-id:123' (a citable place in canned queries) -> link to that source line."""
    document_id, _, line = value.rpartition(":")
    if not document_id or not line.isdigit():
        return None
    return source_link(datasette, document_id, int(line), value)


def _get(row, column: str):
    """A row's raw value; table pages hand over expanded foreign keys as {value, label}."""
    try:
        value = row[column]
    except (IndexError, KeyError):  # sqlite3.Row raises IndexError for an unknown name
        return None
    return value["value"] if isinstance(value, dict) else value


def _line(datasette, row, column: str, value: int) -> Markup | None:
    if column == "other_line":
        document = _get(row, "other_document_id") or _get(row, "document_id")
    else:
        document = _get(row, LINE_COLUMNS[column])
    return source_link(datasette, document, value, str(value)) if document else None


def _record(datasette, database, row_tables: dict, column: str, value: str) -> Markup | None:
    """Link a query result's key to its row: 'record' is 'table/key'; 'amount_id' and
    'other_amount_id' are keys of the table whose primary key is amount_id."""
    if column == "record":
        other_table, _, key = value.partition("/")
    else:
        names = [name for name in row_tables if column == name or column.endswith(f"_{name}")]
        if not names:
            return None
        other_table, key = row_tables[names[0]], value
    href = datasette.urls.row(database, other_table, tilde_encode(key))
    return Markup('<a href="{}">{}</a>').format(href, escape(value))


def _config(datasette) -> dict:
    config = _CONFIGS.get(datasette)
    if config is None:
        config = datasette.plugin_config("budgetkit") or {}
        config["euro_columns"] = frozenset(config.get("euro_columns", ()))
        _CONFIGS[datasette] = config
    return config


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if value is None or isinstance(value, bool):
        return None
    config = _config(datasette)
    is_euro = column in config.get("euro_columns", ()) or column.endswith("_eur")
    if is_euro and isinstance(value, int | float):
        currency = _get(row, "currency") or "EUR"  # amounts in another currency say so
        return Markup('<span class="eur">{}</span>').format(money(value, currency))
    if isinstance(value, str) and (column == "place" or column.endswith("_place")):
        return _place(datasette, value)
    if column in LINE_COLUMNS and isinstance(value, int):
        return _line(datasette, row, column, value)
    codes = config.get("value_labels", {}).get(column)
    if codes and isinstance(value, str) and value in codes:
        return Markup('<span class="code" title="{}">{}</span>').format(value, codes[value])
    if table is None and isinstance(value, str):
        return _record(datasette, database, config.get("row_links", {}), column, value)
    return None
